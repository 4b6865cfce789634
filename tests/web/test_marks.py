"""The sweep renderer of report.highlight gives exactly what a plain cuts x marks renderer gives."""
from __future__ import annotations

import random

from markupsafe import Markup, escape

from consilience.report.highlight import Mark, article_marks, render_marked

from .fakes import article_a, article_b, article_evil


def reference(text, marks, anchor_prefix):
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in marks if m.start <= a and b <= m.end]
        chunk = escape(text[a:b])
        if not active:
            pieces.append(str(chunk))
            continue
        css = " ".join(sorted({c for m in active for c in m.css.split()}))
        note = escape(" · ".join(dict.fromkeys(m.note for m in active)))
        ids = "".join(f'<a class="anchor" id="{anchor_prefix}-{m.start}-{m.end}"></a>' for m in marks if m.start == a)
        pieces.append(f'{ids}<span class="{css}" title="{note}">{chunk}</span>')
    return Markup("".join(pieces))


def test_same_output_on_annotated_articles():
    for article in (article_a(), article_b(), article_evil()):
        marks = article_marks(article) + [Mark(0, 5, "cite hl-0-5", "cited"), Mark(3, 12, "cite hl-3-12", "fact")]
        assert render_marked(article.text, marks, "p") == reference(article.text, marks, "p")


def test_same_output_on_random_overlapping_marks():
    rng = random.Random(7)
    text = "".join(rng.choice("ab <>&\"'\n") for _ in range(400))
    for _ in range(30):
        marks = []
        for _ in range(rng.randint(0, 60)):
            start = rng.randint(-5, 400)
            marks.append(Mark(start, start + rng.randint(-2, 40), rng.choice(["x", "y z", "cite hl-1-2"]),
                              rng.choice(["n1", "n<2>", "n1"])))
        assert render_marked(text, marks, "q") == reference(text, marks, "q")

"""The web's sweep renderer gives exactly what report.highlight.render_marked gives."""
from __future__ import annotations

import random

from consilience.report.highlight import Mark, article_marks
from consilience.report.highlight import render_marked as reference
from consilience.web.marks import render_marked

from .fakes import article_a, article_b, article_evil


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

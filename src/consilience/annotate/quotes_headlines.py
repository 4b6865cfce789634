"""Headlines in title case: "Trump Endorses Ryan In Wisconsin Race", "Senator Says Deal Is Dead".
The small model reads a capitalised verb as part of a name, so the parse has no cue verb; the
verb form is found here, with the words before it as the speaker and the rest as the content."""
from __future__ import annotations

from .quotes_cues import CLAIM_OBJECT_VERBS, SPEECH_VERBS, STANCE_VERBS, Attribution, doc_text, paragraphs
from .quotes_stances import MORE_STANCE_VERBS

_STANCE = STANCE_VERBS | MORE_STANCE_VERBS | CLAIM_OBJECT_VERBS
MAX_WORDS = 16


def _lemma_of(word: str) -> str | None:
    """The verb a third-person form like "Endorses", "Slams", "Says" stands for, if a cue."""
    w = word.lower()
    for stem in (w[:-1], w[:-2] if w.endswith("es") else None) if w.endswith("s") else ():
        if stem in SPEECH_VERBS or stem in _STANCE:
            return stem
    return None


def headline_attributions(doc, broad: bool) -> list[Attribution]:
    text = doc_text(doc)
    out = []
    for start, end in paragraphs(text):
        line = text[start:end]
        words = line.split()
        if not 3 <= len(words) <= MAX_WORDS or sum(w[:1].isupper() for w in words) < 0.8 * len(words):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span[1:-1]:
            lemma = _lemma_of(tok.text)
            if lemma is None or tok.pos_ == "VERB" or not tok.text[:1].isupper() or \
                    tok.ent_type_ in ("GPE", "LOC", "FAC"):  # "United States"
                continue
            if lemma not in SPEECH_VERBS and not broad:
                break
            before, after = span[:tok.i - span.start], span[tok.i - span.start + 1:]
            if not any(t.pos_ in ("PROPN", "NOUN") for t in before) or len(after) < 1:
                break
            s, e = after[0].idx, after[-1].idx + len(after[-1].text)
            while e > s and text[e - 1] in ".;:,!?":
                e -= 1
            if e > s and any(ch.isalpha() for ch in text[s:e]):
                out.append(Attribution(tok.text, tok.idx, tok.idx + len(tok.text), [(s, e)],
                                       speaker_tok=before[-1].i, speech=False))
            break
    return out

"""Attributions introduced by "according to X": the clause the phrase belongs to, or the
parenthesised aside it closes."""
from __future__ import annotations

from typing import Optional

from .quotes_cues import Attribution, ParagraphIndex, doc_text, open_parenthesis, tokens_with_pos
from .quotes_parse import _chars, _subtree_range


_POS = frozenset({"VERB", "AUX", "NOUN", "ADP"})  # ADP: "according" tagged as one


def according_attributions(doc, inside: set[int]) -> list[Attribution]:
    if "according" not in doc_text(doc).lower():
        return []
    paras = ParagraphIndex(doc_text(doc))
    out = []
    for tok in tokens_with_pos(doc, _POS, inside):
        if tok.lower_ == "according":
            att = _according(doc, tok, paras.of(tok.idx))
            if att is not None:
                out.append(att)
    return out


def _according(doc, tok, para: tuple[int, int]) -> Optional[Attribution]:
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        return None
    pobj = [c for c in to[0].children if c.dep_ == "pobj"]
    if not pobj:
        return None
    host = tok.head if tok.head.i != tok.i else None
    if host is None:
        return None
    while host.dep_ not in ("ROOT", "ccomp", "conj", "advcl") and host.head.i != host.i:
        host = host.head
    content = _chars(doc, *_subtree_range(host, exclude=tok), clip=para)
    # "Y, according to X[, where ...]": a trailing source goes with the clause before its comma,
    # whatever the parser hung it on
    sent = tok.sent
    if tok.i - 1 > sent.start and doc[tok.i - 1].text == "," and \
            any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[sent.start:tok.i - 1]) and \
            not (host.i < tok.i and host.left_edge.i > sent.start):
        left = _chars(doc, sent.start, tok.i - 2, clip=para)
        if left is not None:
            content = left
    paren = open_parenthesis(tok)  # "(Y, according to X)": the aside, not the sentence around it
    if paren is not None and paren < tok.i - 1 and doc[to[0].right_edge.i + 1:][:1].text == ")":
        content = _chars(doc, paren + 1, tok.i - 1, clip=para)
    if content is None:
        return None
    end = to[0].idx + len(to[0].text)
    return Attribution("according to", tok.idx, end, [content], speaker_tok=pobj[0].i)

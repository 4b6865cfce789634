"""Attributions read off the dependency parse: cue verbs and nouns, "according to", and
headline-style "Name: words". Quotations are attached afterwards (`quotes_regions`)."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from .quotes_cues import (
    CLAIM_OBJECT_VERBS,
    CUE_LEMMAS,
    CUE_NOUNS,
    HEARER_VERBS,
    NO_OBJECT_VERBS,
    OBJECT_PREPS,
    SPEECH_VERBS,
    STANCE_VERBS,
    XCOMP_VERBS,
    Attribution,
    QuoteRegion,
    doc_text,
    paragraphs,
    trim,
    word_count,
)


def inside_marks(doc, regions: list[QuoteRegion]) -> set[int]:
    """Token indices inside quotation marks."""
    out: set[int] = set()
    for r in regions:
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _subtree_range(tok, exclude=None) -> tuple[int, int]:
    """Token range [a, b] of `tok`'s subtree, cut at `exclude`'s subtree when it sits at an edge."""
    a, b = tok.left_edge.i, tok.right_edge.i
    if exclude is not None:
        ea, eb = exclude.left_edge.i, exclude.right_edge.i
        if ea <= a <= eb:
            a = eb + 1
        elif ea <= b <= eb:
            b = ea - 1
        elif a < ea and eb < b:  # the excluded phrase sits inside: keep the longer side
            if ea - a >= b - eb:
                b = ea - 1
            else:
                a = eb + 1
    return a, b


def _content_range(comp, cue=None) -> tuple[int, int]:
    """The complement's subtree, ending before a coordinated cue verb that carries its own
    content ("he said the base X and said Y": Y is a second attribution) and before a
    trailing participle clause set off by a comma or dash (the writer's, not the speaker's:
    "..., throwing a wrench in ..."). Content stays on one side of its cue: what the parser
    hangs on the far side ('"A," she said, but in fact B') is the writer's."""
    a, b = _trailing_cut(comp)
    if cue is not None and a < cue.left_edge.i and cue.right_edge.i < b:
        if comp.i < cue.i:
            b = cue.left_edge.i - 1
        else:
            a = cue.right_edge.i + 1
    for c in comp.children:
        if c.dep_ == "conj" and c.i > comp.i and c.lemma_.lower() in CUE_LEMMAS and \
                any(g.dep_ in ("ccomp", "xcomp") for g in c.children):
            cut = c.left_edge.i
            prev = [g for g in comp.children if g.dep_ in ("cc", "punct") and comp.i < g.i < c.i]
            if prev:
                cut = min(cut, min(g.i for g in prev))
            b = min(b, cut - 1)
    return a, b


def _trailing_cut(head) -> tuple[int, int]:
    """`head`'s subtree less a trailing participle or "while" clause set off by punctuation."""
    a, b = head.left_edge.i, head.right_edge.i
    doc = head.doc
    for c in head.children:
        if c.i <= head.i or c.dep_ not in ("advcl", "acl", "xcomp", "conj"):
            continue
        marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
        if not (c.tag_ == "VBG" and not marks or marks & {"while", "as"}):
            continue
        left = c.left_edge.i
        if left > a and doc[left - 1].text in (",", "—", "–", "-", "--", ";"):
            b = min(b, left - 2)
    return a, b


def _chars(doc, a: int, b: int, clip: Optional[tuple[int, int]] = None) -> Optional[tuple[int, int]]:
    if b < a:
        return None
    s, e = doc[a].idx, doc[b].idx + len(doc[b].text)
    if clip is not None:  # the parser sometimes runs across a paragraph break: never follow it
        s, e = max(s, clip[0]), min(e, clip[1])
    s, e = trim(doc_text(doc), s, e, strip=" \t\n,;:—–-")
    while e > s and doc_text(doc)[e - 1] in ".":
        e -= 1
    return (s, e) if e > s else None


def _subject(tok):
    """The speaker's head word for cue `tok`: its own subject, the agent of a passive, the
    subject of the clause a participle hangs from ("..., saying ...", "a statement saying
    ..."), or a noun phrase set right against the cue when the parse gave it no subject."""
    cue = tok
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "a visit intended to ...": nobody speaks
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        # passive: only an agent speaks ("is accused by X"); the subject is the one spoken of
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return agent[0] if agent else None
    for level in range(5):
        for child in tok.children:
            if child.dep_ == "nsubj" or level and child.dep_ == "nsubjpass":
                return child
            if child.dep_ == "agent":
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
        if tok.dep_ in ("ROOT", "ccomp", "relcl", "parataxis") or tok.head is tok:
            break
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return None
        if tok.dep_ == "xcomp":  # object control: "urged X to ...", "allowed X to ..."
            obj = [c for c in tok.head.children if c.dep_ == "dobj"]
            if obj:
                return obj[0]
        tok = tok.head
    if cue.dep_ == "conj":  # "X said A ... but said B": the subject of the cue before
        for prev in reversed(cue.sent[: cue.i - cue.sent.start]):
            if prev.lemma_.lower() in CUE_LEMMAS and prev.pos_ == "VERB":
                subj = [c for c in prev.children if c.dep_ == "nsubj"]
                if subj:
                    return subj[0]
    if cue.tag_ in ("VBD", "VBZ", "VBP"):
        return _adjacent_subject(cue)
    return None


def _adjacent_subject(cue):
    """A noun phrase just before the cue ("X, the leader, said") or just after it ("said X")."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and (doc[i].pos_ in ("ADV", "AUX", "PART") or doc[i].text == ","):
        i -= 1
    for j in (i, cue.i + 1):
        if not 0 <= j < len(doc):
            continue
        t = doc[j]
        while t.dep_ in ("appos", "compound", "flat") and t.head is not t:
            t = t.head
        if t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
            return t
    return None


def _cue_text(tok) -> str:
    words = [tok] + [c for c in tok.children if c.dep_ == "prt"]
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i))


class _Paragraphs:
    def __init__(self, text: str):
        self.bounds = paragraphs(text)
        self.starts = [a for a, _ in self.bounds]

    def of(self, pos: int) -> tuple[int, int]:
        return self.bounds[max(0, bisect_right(self.starts, pos) - 1)]


def _object_content(doc, tok, lemma: str, para) -> Optional[tuple[int, int]]:
    """The thing a stance is taken toward: a direct object or the object of about/of/for/..."""
    if lemma not in HEARER_VERBS and lemma not in NO_OBJECT_VERBS:
        for c in tok.children:
            if c.dep_ == "dobj" and (c.pos_ != "PRON" or c.lower_ not in ("it", "this", "that", "what")):
                # "called the plan a disaster": the object and its predicate
                oprd = [g for g in tok.children if g.i > c.i and (g.dep_ in ("oprd", "ccomp", "xcomp") or
                        g.dep_ == "prep" and g.lower_ in ("of", "for", "as") and lemma in CLAIM_OBJECT_VERBS)]
                end = max(g.right_edge.i for g in oprd) if oprd else _trailing_cut(c)[1]
                return _chars(doc, c.left_edge.i, end, clip=para)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS:
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj and pobj[0].ent_type_ not in ("DATE", "TIME") and pobj[0].pos_ != "PRON":
                return _chars(doc, *_subtree_range(pobj[0]), clip=para)
    return None


def cue_attributions(doc, inside: set[int], broad: bool = False) -> list[Attribution]:
    atts = []
    paras = _Paragraphs(doc_text(doc))
    for tok in doc:
        if tok.i in inside:
            continue
        para = paras.of(tok.idx)
        low = tok.lower_
        if low == "according":
            att = _according(doc, tok, para)
            if att:
                atts.append(att)
            continue
        lemma = tok.lemma_.lower()
        if broad and tok.pos_ == "NOUN" and lemma in CUE_NOUNS:
            att = _noun_cue(doc, tok, para)
            if att:
                atts.append(att)
            continue
        if tok.pos_ not in ("VERB", "AUX") or not (lemma in CUE_LEMMAS or lemma in CLAIM_OBJECT_VERBS
                                                     or broad and lemma in STANCE_VERBS):
            continue
        content = None
        comps = [c for c in tok.children if c.dep_ == "ccomp" and para[0] <= c.idx < para[1]]
        if comps:
            comp = max(comps, key=lambda c: c.right_edge.i - c.left_edge.i)
            content = _chars(doc, *_content_range(comp, tok), clip=para)
        elif lemma in XCOMP_VERBS:
            x = [c for c in tok.children if c.dep_ == "xcomp"]
            if x:
                content = _chars(doc, *_trailing_cut(x[0]), clip=para)
        extra = []
        if content is None and tok.dep_ == "parataxis" and lemma in SPEECH_VERBS:
            # "A happened, X said." / "A, X said, happened.": the host clause around the cue
            a, b = tok.head.left_edge.i, tok.head.right_edge.i
            ea, eb = tok.left_edge.i, tok.right_edge.i
            sides = [_chars(doc, a, ea - 1, clip=para), _chars(doc, eb + 1, b, clip=para)]
            sides = [x for x in sides if x is not None]
            if sides:
                content, extra = sides[0], sides[1:]
        subj = _subject(tok)
        if subj is not None and not (para[0] <= subj.idx < para[1]):
            subj = None
        if subj is not None and subj.lower_ in ("it", "there"):
            continue
        if subj is None and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            continue  # "X is blamed for ...", "X was told that ...": nobody named speaks
        if content is None:
            fallback = None
            if subj is not None and (broad or lemma in CLAIM_OBJECT_VERBS):
                fallback = _object_content(doc, tok, lemma, para)
            if lemma in SPEECH_VERBS or fallback is not None:  # may still govern an adjacent quotation
                atts.append(Attribution(_cue_text(tok), tok.idx, tok.idx + len(tok.text), [],
                                        kind="direct", speaker_tok=subj.i if subj is not None else None,
                                        fallback=fallback, speech=lemma in SPEECH_VERBS))
            continue
        if subj is None and lemma not in SPEECH_VERBS:
            continue
        atts.append(Attribution(_cue_text(tok), tok.idx, tok.idx + len(tok.text), [content] + extra,
                                speaker_tok=subj.i if subj is not None else None))
    return atts


def _noun_cue(doc, tok, para: tuple[int, int]) -> Optional[Attribution]:
    """"his criticism of the plan", "Trump's claim that ...": the owner speaks."""
    owner = [c for c in tok.children if c.dep_ == "poss"]
    if not owner:
        return None
    content = None
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp") and c.i > tok.i:
            content = _chars(doc, *_subtree_range(c), clip=para)
            break
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS:
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj:
                content = _chars(doc, *_subtree_range(pobj[0]), clip=para)
                break
    if content is None:
        return None
    return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), [content], speaker_tok=owner[0].i)


_COLON_LINE = re.compile(r"([^\n:]{2,60}?):[ \t]+(\S[^\n]*)")


def colon_lines(doc, text: str) -> list[Attribution]:
    """Headline style "Name: what they said": a short proper name, a colon, the words."""
    out = []
    people = {w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()}
    for start, end in paragraphs(text):
        m = _COLON_LINE.match(text, start, end)
        if not m or word_count(m.group(1)) > 5:
            continue
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if name is None or not all(t.pos_ in ("PROPN", "PUNCT") or t.is_title for t in name):
            continue
        if not any(t.ent_type_ == "PERSON" or t.text in people for t in name):
            continue
        content = trim(text, m.start(2), min(m.end(2), end))
        if word_count(text[content[0]:content[1]]) < 4:
            continue
        colon = m.end(1)
        out.append(Attribution(":", colon, colon + 1, [content], kind="direct", speaker_tok=name.root.i))
    return out


def _according(doc, tok, para: tuple[int, int]) -> Optional[Attribution]:
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        return None
    pobj = [c for c in to[0].children if c.dep_ == "pobj"]
    if not pobj:
        return None
    host = tok.head if tok.head is not tok else None
    if host is None:
        return None
    while host.dep_ not in ("ROOT", "ccomp", "conj", "advcl") and host.head is not host:
        host = host.head
    content = _chars(doc, *_subtree_range(host, exclude=tok), clip=para)
    if content is None:
        return None
    end = to[0].idx + len(to[0].text)
    return Attribution("according to", tok.idx, end, [content], speaker_tok=pobj[0].i)

"""Attributions the rules leave out, proposed from the parse and kept by a learned scorer.

PolNeAR-style corpora attribute far more than speech: stances and acts reported of a source
("WikiLeaks released the emails", "she turned to the economy", "his criticism of the plan").
No word list separates those from plain narration, so every verb or noun with an object
becomes a candidate, with its subject or owner as holder (a verb with none, in the quotes scope,
only as a passive's theme), and a logistic model over sparse parse features
(`data/quote_cues.json`, trained by `benchmarks/train_quote_classifier.py` on PolNeAR train)
keeps those likely to be attributions. Without the file nothing is added. The quotes scope
takes the candidates with a clausal content (a clause, or a clause or gerund as prepositional
object: "talked about how X") and those whose content was voiced (`candidates`), at a
threshold of its own.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path

from ..shipped_model import ShippedModel, sigmoid
from .quotes_clauses import APPEAR_VERBS
from .quotes_cues import (BELIEF_VERBS, CUE_NOUNS, SAID_OBJECT_VERBS, SPEECH_VERBS, STANCE_VERBS, Attribution,
                          ParagraphIndex, cue_lemma, cue_text, doc_text, tokens_with_pos)
from .quotes_parse import _chars, _subject, _trailing_cut
from .quotes_regions import SCARE_MAX_WORDS
from .quotes_stances import no_topic, passive_theme

_POS = frozenset({"VERB", "AUX", "NOUN"})
_NOUN_PREPS = frozenset("of about for against on over to with toward towards".split())
_PRONOUNS = frozenset("he she they we i you it".split())


class _Model(ShippedModel):
    """The shipped scorer: feature weights, a bias and the thresholds of each scope."""

    path = Path(__file__).with_name("data") / "quote_cues.json"

    def __init__(self, spec: dict):
        self.weights: dict[str, float] = spec["weights"]
        self.bias = float(spec["bias"])
        self.threshold = float(spec["threshold"])
        self.quotes_kinds = frozenset(spec.get("quotes_kinds", ()))
        self.quotes_threshold = float(spec.get("quotes_threshold", self.threshold))
        self.quotes_voiced = bool(spec.get("quotes_voiced", False))

    def probability(self, feats: list[str]) -> float:
        return sigmoid(self.bias + sum(self.weights.get(f, 0.0) for f in feats))


class Candidate:
    """A cue word, its content (`kind`: "dobj", "prep:about", "pclause:about", "pass",
    "nprep:of", ...), the word heading its holder, and the content's characters."""

    __slots__ = ("tok", "kind", "obj", "owner", "span", "feats", "voiced", "quotable")

    def __init__(self, tok, kind: str, obj, owner, span: tuple[int, int]):
        self.tok, self.kind, self.obj, self.owner, self.span = tok, kind, obj, owner, span
        self.feats: list[str] = []
        self.voiced = False  # its content is words or a feeling voiced (see `candidates`)
        self.quotable = True  # may be a quote: held by someone, no mere appearance


def _verb_objects(tok, lemma: str):
    """What a verb's content may be: its clause, its object, a prepositional object, or the
    subject of a passive; the model scores each."""
    kids = list(tok.children)
    out = [(c.dep_, c) for c in kids if c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > tok.i]
    for c in kids:
        if c.dep_ == "prep" and c.i > tok.i:
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") and not no_topic(g):
                    out.append((_prep_kind("p", c, g), g))
                    break
        # "called for X to do Y": a clause with its own subject, brought in by "for"
        if c.dep_ == "advcl" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and \
                any(m.dep_ == "nsubj" for m in c.children):
            out.append(("forto", c))
    if any(c.dep_ == "agent" for c in kids):  # "was backed by X": X holds a stance on the subject
        out += [("pass", c) for c in kids if c.dep_ == "nsubjpass" and c.pos_ != "PRON"]
    elif passive_theme(tok, lemma) is not None:  # not the hearer of "was told", nor "was cast as"
        out.append(("pass", passive_theme(tok, lemma)))
    return out


def _noun_objects(tok):
    out = []
    for c in tok.children:
        if c.i <= tok.i:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl") and c.tag_ in ("VB", "TO") or c.dep_ == "ccomp" or \
                c.dep_ == "acl" and any(g.dep_ == "mark" for g in c.children):
            out.append(("nclause", c))
        elif c.dep_ == "prep" and c.lower_ in _NOUN_PREPS:
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    out.append((_prep_kind("np", c, g), g))
                    break
    return out


# a clause as a prepositional object ("talked about how X", "warned against cutting X", "the
# question of whether X") is said or meant, as a clausal complement is: its own kind lets the
# quotes scope choose it, and the model scores it as any prepositional object
_SCORED_AS = {"pclause": "prep", "pger": "prep", "npclause": "nprep", "npger": "nprep"}


def _prep_kind(base: str, prep, g) -> str:
    """"prep:about" for a verb's ("nprep:about" for a noun's), "pclause:about" where the object
    is a question or a clause with a mark, "pger:about" where it is a gerund's clause."""
    if g.dep_ == "pcomp" and any(w.tag_ in ("WRB", "WP", "WDT") or w.dep_ == "mark" for w in g.children):
        return base + "clause:" + prep.lower_
    if g.dep_ == "pcomp" and g.tag_ == "VBG":
        return base + "ger:" + prep.lower_
    return ("prep:" if base == "p" else "nprep:") + prep.lower_


def _noun_owner(tok):
    """Who holds a noun stance: its possessor, an adjective of origin ("Republican
    opposition"), or the subject of the verb it is the object of ("voiced opposition")."""
    for c in tok.children:
        if c.dep_ == "poss":
            return "poss", c
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i and (c.ent_type_ in ("NORP", "ORG", "PERSON", "GPE")):
            return "mod", c
    if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
        subj = _subject(tok.head)
        if subj is not None:
            return "vsubj", subj
    # a copula's predicate is its subject's stance ("X is a critic of Y", "X was a sponsor of Y")
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subj = _subject(tok.head)
        if subj is not None and subj.i < tok.i:
            return "csubj", subj
    # a stance noun in a verb's prepositional phrase ("released a statement in opposition to
    # Y", "came out in support of Y") belongs to that verb's subject; a reporter's request for
    # comment is nobody's stance ("did not respond to a request for comment")
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" and not no_topic(tok):
        subj = _subject(tok.head.head)
        if subj is not None:
            return "psubj", subj
    return "none", None


def _owner_class(t) -> str:
    if t is None:
        return "none"
    low = t.lower_
    if t.pos_ == "PRON":
        return "pron:" + (low if low in _PRONOUNS or low in ("who", "that", "which") else "other")
    if t.ent_type_:
        return "ent:" + t.ent_type_
    if t.pos_ == "PROPN":
        return "propn"
    return "noun"


def _merged(ranges) -> list[tuple[int, int]]:
    """Sorted, disjoint [start, end) ranges covering `ranges`."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _len_bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n <= 3 else "4" if n <= 7 else "8" if n <= 15 else "16"


def candidates(doc, inside: set[int], atts: list[Attribution], kinds=None, voiced: bool = False) -> list[Candidate]:
    """Verbs and nouns with a content that no attribution in `atts` has as its cue, with their
    holder where one is named and their features. `voiced`: mark the candidates whose content is someone's words or
    feelings, the object of a `SAID_OBJECT_VERBS` verb ("said the same of X") or one holding a
    quotation ('cited "broken pipes and dark stairwells everywhere"'): quotes in the product's
    sense, mixed or indirect, though their content is a noun phrase. With `kinds` given (the
    quotes scope), only contents of those kinds and the voiced ones, of quotable candidates."""
    paras = ParagraphIndex(doc_text(doc))
    # the quoted words, to count those an object holds: more than a scare quote has ('repeated
    # his "key pitch"' is no quote; see `quotes_regions.SCARE_MAX_WORDS`)
    quoted = sorted(i for i in inside if not doc[i].is_punct) if voiced else None
    taken = {a.cue_start for a in atts}
    parts = _merged(p for a in atts for p in a.parts)
    out = []
    speakers = {doc[a.speaker_tok].lower_ for a in atts if a.speaker_tok is not None}
    # a cue inside another attribution's content is seldom one of its own (PolNeAR train:
    # about 1 in 75), and skipping them halves the work
    nested = set()
    for s, e in parts:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            nested.update(range(span.start, span.end))
    for tok in tokens_with_pos(doc, _POS, inside):
        if tok.idx in taken or tok.i in nested or tok.lower_ == "according":
            continue
        lemma = cue_lemma(tok)
        appear = lemma in APPEAR_VERBS  # "X seemed to be of two minds": the broad scope's alone
        if kinds is not None and appear:
            continue
        objs = _noun_objects(tok) if tok.pos_ == "NOUN" else _verb_objects(tok, lemma)
        if quoted is not None:
            said = lemma in SAID_OBJECT_VERBS
            # what was said is the object ("said the same of X"), not a place ("said at a rally")
            objs = [(k, o, said and k in ("dobj", "pass") and o.i not in inside or
                     bisect_right(quoted, o.right_edge.i) - bisect_left(quoted, o.left_edge.i) > SCARE_MAX_WORDS)
                    for k, o in objs]
        else:
            objs = [(k, o, False) for k, o in objs]
        if kinds is not None:  # the quotes scope: clausal contents, and what was voiced
            objs = [x for x in objs if x[0].split(":")[0] in kinds or x[2]]
        if not objs:
            continue
        if tok.pos_ == "NOUN":
            how, owner = _noun_owner(tok)
        else:
            owner = _subject(tok)
            if owner is not None and owner.i in inside:
                owner = None
            # nobody named holds it ("was asked about X", "Naming a new judge, ..."): PARC-style
            # corpora attribute those with no source, but a quote needs a speaker, so the quotes
            # scope takes only a passive's theme ("the plan was rejected")
            if owner is None and kinds is not None:
                objs = [x for x in objs if x[0] == "pass"]
                if not objs:
                    continue
            how = "subj" if owner is not None else "none"
        held = owner is not None or tok.pos_ == "NOUN"
        # hanging from a word of another attribution's content: mostly the tail of that
        # content, cut off before a conjunct or participle ("contends X may switch sides and
        # nominate Y"), which the gold keeps in the one content
        hangs = any(a.i in nested for a in tok.ancestors)
        para = paras.of(tok.idx)
        known = owner is not None and owner.pos_ != "PRON" and owner.lower_ in speakers
        for kind, obj, is_voiced in objs:
            if kind == "pass":
                a, b = obj.left_edge.i, obj.right_edge.i
            else:
                a, b = _trailing_cut(obj)
            span = _chars(doc, a, b, clip=para)
            if span is None:
                continue
            cand = Candidate(tok, kind, obj, owner, span)
            cand.voiced = is_voiced
            cand.quotable = not appear and (held or kind == "pass")
            short, _, prep = kind.partition(":")
            fkind = _SCORED_AS[short] + ":" + prep if short in _SCORED_AS else kind
            cand.feats = _features(tok, lemma, fkind, how, owner, b - a + 1, span, parts, inside)
            cand.feats += ["nopt=" + str(min(3, len(objs))), "ob=" + (obj.ent_type_ or obj.pos_)]
            if known:
                cand.feats.append("known")
            if hangs:
                cand.feats.append("hangs")
            out.append(cand)
    return out


def _features(tok, lemma, kind, how, owner, n, span, parts, inside) -> list[str]:
    """Sparse features: the cue's lemma, tag and place in the parse, what its content is and
    how long, who holds it, and those crossed where the lemma alone says too little."""
    oc = _owner_class(owner)
    kshort = kind.split(":")[0]
    lists = ("S" if lemma in SPEECH_VERBS else "") + ("B" if lemma in BELIEF_VERBS else "") + \
        ("T" if lemma in STANCE_VERBS else "") + ("N" if lemma in CUE_NOUNS else "")
    head = tok.head
    f = [
        "l=" + lemma, "k=" + kind, "ks=" + kshort, "lk=" + lemma + "|" + kshort, "p=" + tok.pos_, "t=" + tok.tag_,
        "d=" + tok.dep_, "o=" + oc, "h=" + how, "ho=" + how + "|" + oc, "n=" + _len_bucket(n),
        "kn=" + kshort + "|" + _len_bucket(n), "li=" + lists, "hd=" + (head.dep_ if head.i != tok.i else "self"),
        "pk=" + tok.pos_ + "|" + kind, "ko=" + kshort + "|" + oc, "lo=" + lemma + "|" + oc.split(":")[0],
    ]
    if any(c.dep_ == "neg" for c in tok.children):
        f.append("neg")
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        f.append("modal")
    if kind != "pass" and any(c.dep_ == "auxpass" for c in tok.children):
        f.append("passive")
    k = bisect_right(parts, (span[1],)) - 1  # the last part starting before the content ends
    if k >= 0 and parts[k][1] > span[0]:
        f.append("ovl")
    if kind.startswith(("prep:", "nprep:")):
        f.append("pl=" + lemma + "|" + kind)
    if owner is not None and owner.pos_ in ("NOUN",) and not owner.ent_type_:
        f.append("on=" + owner.lemma_.lower())
    if owner is not None and owner.i in inside:
        f.append("oinq")
    if tok.head.pos_ == "NOUN" and tok.dep_ in ("acl", "relcl"):
        f.append("hl=" + tok.head.lemma_.lower())
    return f


def learned_attributions(doc, inside: set[int], atts: list[Attribution], broad: bool) -> list[Attribution]:
    """`atts` with the candidates the model keeps, best first, one per cue word and none sharing
    content with another kept one; the quotes scope takes only candidates with a clausal
    content (what was said or meant)."""
    model = _Model.load()
    if model is None:
        return atts
    scored = []
    for cand in candidates(doc, inside, atts, None if broad else model.quotes_kinds, not broad and model.quotes_voiced):
        p = model.probability(cand.feats)
        if p >= (model.threshold if broad else model.quotes_threshold):
            scored.append((p, cand))
    scored.sort(key=lambda x: -x[0])
    kept, cues, out = [], set(), []
    for p, cand in scored:
        s, e = cand.span
        if cand.tok.i in cues or any(ks < e and s < ke for ks, ke in kept):
            continue
        kept.append(cand.span)
        cues.add(cand.tok.i)
        tok = cand.tok
        out.append(Attribution(cue_text(tok), tok.idx, tok.idx + len(tok.text), [cand.span],
                               speaker_tok=cand.owner.i if cand.owner is not None else None, speech=False))
    return atts + out


"""Quotes with their speakers: direct, mixed and indirect, from the dependency parse.

How an attribution is found:
1. Cues from the parse: a reporting or belief verb (`quotes_cues.CUE_LEMMAS`) outside any
   quotation, with its clausal complement (ccomp; xcomp for verbs of intention) as the content
   and its nominal subject as the speaker; a cue with no subject of its own borrows the one of
   the verb it hangs from ("..., saying ..."); a cue set off as parataxis ("X happened,
   officials said") takes its host clause as content; "according to X" takes the clause it
   modifies.
2. Quotations (`quote_regions`): one inside a cue's content makes the attribution direct (it
   covers the content) or mixed (it covers part of it), and a multi-sentence quotation widens
   the content to all of it; a quotation outside every content takes a speech cue from the
   sentences it touches (`"...," he said.`, `He added: "..."`); one with no cue that follows a
   quoted speaker closely continues that speaker (`"A," he said. "B."`). Short quotations that
   no cue governs are scare quotes and are left out.
3. Speakers: names made full within the article ("Aziz" -> "Sartaj Aziz"), pronouns and
   relative "who" resolved to the most recent salient antecedent of matching gender and
   number (`quotes_speakers`), descriptions kept as written ("one official").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

from ..model import Article, Quote, Span
from .quotes_cues import (
    CUE_LEMMAS,
    CUE_NOUNS,
    HEARER_VERBS,
    NO_OBJECT_VERBS,
    OBJECT_PREPS,
    SPEECH_VERBS,
    STANCE_VERBS,
    XCOMP_VERBS,
    QuoteRegion,
    paragraphs,
    quote_regions,
    trim,
    word_count,
)
from .quotes_speakers import NameBook, Salience, person_name, speaker_phrase

SCARE_MAX_WORDS = 4  # a cue-less quotation this short is a scare quote
CONTINUE_SENTS = 2  # a cue-less quotation this close after a quoted speaker continues them
RELATIVE = {"who", "that", "which", "whom"}
PRONOUN_SPEAKERS = {"he", "she", "they", "we", "him", "her", "them"}


@dataclass
class Attribution:
    """One attribution as found; `find_quotes` turns each content part into a `Quote`."""

    cue: Optional[str]
    cue_start: int
    cue_end: int
    parts: list[tuple[int, int]]
    kind: str = "indirect"
    speaker_tok: Optional[int] = None  # token index of the speaker's head word
    mention: Optional[tuple[int, int]] = None  # the words naming the speaker here
    speaker: Optional[str] = None
    speaker_span: Optional[tuple[int, int]] = None
    regions: list[QuoteRegion] = field(default_factory=list)
    follows: Optional["Attribution"] = None  # a cue-less quotation continuing this speaker
    fallback: Optional[tuple[int, int]] = None  # object content, used in the broad scope
    speech: bool = True  # a speech verb: may govern an adjacent quotation

    def _points(self) -> list[int]:
        points = [p for part in self.parts for p in part]
        if self.follows is None:
            points += [self.cue_start, self.cue_end] + (list(self.mention) if self.mention else [])
        return points

    @property
    def start(self) -> int:
        return min(self._points())

    @property
    def end(self) -> int:
        return max(self._points())


def find_quotes(article: Article, doc=None) -> tuple[Quote, ...]:
    """Every attribution of `article` as `Quote`s sorted by span; a quotation split by its
    cue (`"A," he said. "B."`) gives one `Quote` per part, sharing span, cue and speaker."""
    quotes = []
    for att in find_attributions(article.text, doc):
        span = Span(article.id, att.start, att.end)
        sp = Span(article.id, *att.speaker_span) if att.speaker_span else None
        for s, e in att.parts:
            quotes.append(Quote(span=span, content_span=Span(article.id, s, e), speaker=att.speaker,
                                cue=att.cue, kind=att.kind, speaker_span=sp))
    return tuple(sorted(quotes, key=lambda q: (q.span, q.content_span)))


def find_attributions(text: str, doc=None, scope: str = "quotes") -> list[Attribution]:
    """Attributions of `text`. scope "quotes": what someone said, wrote, believes or intends
    (clausal or quoted content); "attributions": also stances toward a thing, with a noun
    phrase as content ("criticized the plan", "talked about the economy"), as PARC-style
    corpora annotate them."""
    if doc is None:
        from .nlp import load_nlp

        doc = load_nlp()(text)
    broad = scope == "attributions"
    regions = quote_regions(text)
    inside = _inside_marks(doc, regions)
    atts = _cue_attributions(doc, inside, broad) + _colon_lines(doc, text)
    atts, unused = _attach_regions(doc, text, atts, regions, inside)
    if broad:
        for att in unused:
            if att.fallback is not None:
                att.parts = [att.fallback]
                att.kind = "indirect"
                atts.append(att)
    atts = _drop_nested(atts)
    atts.sort(key=lambda a: (a.cue_start, a.start))
    _resolve_speakers(doc, text, atts)
    return sorted(atts, key=lambda a: (a.start, a.end))


# ---------------------------------------------------------------- cues from the parse


def _inside_marks(doc, regions: list[QuoteRegion]) -> set[int]:
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


def _content_range(comp) -> tuple[int, int]:
    """The complement's subtree, ending before a coordinated cue verb that carries its own
    content ("he said the base X and said Y": Y is a second attribution)."""
    a, b = comp.left_edge.i, comp.right_edge.i
    for c in comp.children:
        if c.dep_ == "conj" and c.i > comp.i and c.lemma_.lower() in CUE_LEMMAS and \
                any(g.dep_ in ("ccomp", "xcomp") for g in c.children):
            cut = c.left_edge.i
            prev = [g for g in comp.children if g.dep_ in ("cc", "punct") and comp.i < g.i < c.i]
            if prev:
                cut = min(cut, min(g.i for g in prev))
            b = min(b, cut - 1)
    return a, b


def _chars(doc, a: int, b: int, clip: Optional[tuple[int, int]] = None) -> Optional[tuple[int, int]]:
    if b < a:
        return None
    s, e = doc[a].idx, doc[b].idx + len(doc[b].text)
    if clip is not None:  # the parser sometimes runs across a paragraph break: never follow it
        s, e = max(s, clip[0]), min(e, clip[1])
    s, e = trim(doc.text, s, e, strip=" \t\n,;:—–-")
    while e > s and doc.text[e - 1] in ".":
        e -= 1
    return (s, e) if e > s else None


def _subject(tok):
    """The speaker's head word for cue `tok`: its own subject, the agent of a passive, the
    subject of the clause a participle hangs from ("..., saying ...", "a statement saying
    ..."), or a noun phrase set right against the cue when the parse gave it no subject."""
    cue = tok
    for _ in range(5):
        for child in tok.children:
            if child.dep_ == "nsubj":
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
            if c.dep_ == "dobj" and (c.pos_ != "PRON" or lemma == "call"):
                # "called the plan a disaster": the object and its predicate
                oprd = [g for g in tok.children if g.dep_ in ("oprd", "ccomp", "xcomp") and g.i > c.i]
                end = oprd[0].right_edge.i if oprd else c.right_edge.i
                return _chars(doc, c.left_edge.i, end, clip=para)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS:
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj and pobj[0].ent_type_ not in ("DATE", "TIME") and pobj[0].pos_ != "PRON":
                return _chars(doc, *_subtree_range(pobj[0]), clip=para)
    return None


def _cue_attributions(doc, inside: set[int], broad: bool = False) -> list[Attribution]:
    atts = []
    paras = _Paragraphs(doc.text)
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
        if tok.pos_ not in ("VERB", "AUX") or not (lemma in CUE_LEMMAS or broad and lemma in STANCE_VERBS):
            continue
        content = None
        comps = [c for c in tok.children if c.dep_ == "ccomp" and para[0] <= c.idx < para[1]]
        if comps:
            comp = max(comps, key=lambda c: c.right_edge.i - c.left_edge.i)
            content = _chars(doc, *_content_range(comp), clip=para)
        elif lemma in XCOMP_VERBS:
            x = [c for c in tok.children if c.dep_ == "xcomp"]
            if x:
                content = _chars(doc, *_subtree_range(x[0]), clip=para)
        if content is None and tok.dep_ == "parataxis" and lemma in SPEECH_VERBS and tok.head.i < tok.i:
            content = _chars(doc, *_subtree_range(tok.head, exclude=tok), clip=para)
        subj = _subject(tok)
        if subj is not None and not (para[0] <= subj.idx < para[1]):
            subj = None
        if subj is not None and subj.lower_ in ("it", "there"):
            continue
        if content is None:
            fallback = _object_content(doc, tok, lemma, para) if broad and subj is not None else None
            if lemma in SPEECH_VERBS or fallback is not None:  # may still govern an adjacent quotation
                atts.append(Attribution(_cue_text(tok), tok.idx, tok.idx + len(tok.text), [],
                                        kind="direct", speaker_tok=subj.i if subj is not None else None,
                                        fallback=fallback, speech=lemma in SPEECH_VERBS))
            continue
        if subj is None and lemma not in SPEECH_VERBS:
            continue
        atts.append(Attribution(_cue_text(tok), tok.idx, tok.idx + len(tok.text), [content],
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


def _colon_lines(doc, text: str) -> list[Attribution]:
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
        if not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.text in people for t in name):
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


# ---------------------------------------------------------------- quotations


def _attach_regions(doc, text: str, atts: list[Attribution], regions: list[QuoteRegion],
                    inside: set[int]) -> tuple[list[Attribution], list[Attribution]]:
    """Quotations into attributions; returns the attributions and the speech cues left bare."""
    with_content = [a for a in atts if a.parts]
    bare = [a for a in atts if not a.parts]
    used_bare: set[int] = set()
    placed: list[Attribution] = []
    rest = []
    for r in regions:  # first: quotations inside a cue's content
        host = next((a for a in with_content if a.parts[0][0] < r.end and r.start < a.parts[0][1]), None)
        if host is None:
            rest.append(r)
            continue
        s, e = host.parts[0]
        covered = (min(e, r.end) - max(s, r.start)) / max(1, e - s)
        if covered >= 0.8 or (r.start <= s + 2 and r.end >= e - 2):
            host.kind = "direct"
            host.parts[0] = trim(text, min(s, r.start), max(e, r.end))
        elif host.kind != "direct":
            host.kind = "mixed"
        host.regions.append(r)
    for r in rest:
        words = word_count(text[r.start:r.end])
        if words < 1:
            continue
        part = trim(text, r.start, r.end)
        lead = _leading(text, r, with_content)
        if lead is not None:  # "A," said X, "B": the cue's content is B, A goes with it
            lead.parts.append(part)
            lead.regions.append(r)
            continue
        if _title_like(text, r):  # a quoted title ("Meet the Press") is no quotation
            continue
        short = words <= SCARE_MAX_WORDS and not _sentence_like(text, r)
        cue = _nearest_cue(doc, r, bare, used_bare, inside, text if short else None)
        if cue is not None:
            used_bare.add(id(cue))
            cue.parts.append(part)
            cue.regions.append(r)
            placed.append(cue)
            continue
        # a quotation with no cue of its own continues the speaker quoted just before it
        prev = _previous_direct(doc, r, with_content + placed)
        if prev is not None and (words > SCARE_MAX_WORDS or _sentence_like(text, r)):
            if _adjacent(text, prev, r):
                prev.parts.append(part)
                prev.regions.append(r)
            else:
                placed.append(Attribution(prev.cue, prev.cue_start, prev.cue_end, [part],
                                          kind="direct", regions=[r], follows=prev))
    for att in with_content + placed:
        att.parts.sort()
        att.regions.sort(key=lambda q: q.start)
    return with_content + placed, [a for a in bare if id(a) not in used_bare]


def _leading(text: str, r: QuoteRegion, hosts: list[Attribution]) -> Optional[Attribution]:
    """A direct attribution whose cue and speaker directly follow `r`, then its quotation."""
    for host in hosts:
        if host.kind != "direct" or not host.regions or host.follows is not None:
            continue
        first = min(host.regions, key=lambda q: q.start)
        if not (r.close_at < host.cue_start < first.open_at):
            continue
        between = text[r.close_at:first.open_at].strip("'\u2019\"\u201d ")
        if "\n" in between or len(between) > 300 or any(ch in between for ch in '"\u201c\u201d'):
            continue
        comma = between.startswith(",") or text[r.start:r.end].rstrip().endswith(",")
        if comma and between.rstrip().endswith((",", ":")):
            return host
    return None


def _title_like(text: str, r: QuoteRegion) -> bool:
    """A short quotation in title case: the name of a show, book or film."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text[r.start:r.end])
    if not 1 <= len(words) <= 8:
        return False
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by", "from"}
    content = [w for w in words if w.lower() not in small or w is words[0]]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _sentence_like(text: str, r: QuoteRegion) -> bool:
    """A quotation that is a sentence of its own: capitalised, closed by . ! or ?"""
    inner = text[r.start:r.end].strip().rstrip(",")
    return word_count(inner) >= 2 and inner[:1].isupper() and inner[-1:] in ".!?"


def _sent_range(doc, r: QuoteRegion) -> tuple[int, int]:
    first = doc.char_span(r.open_at, r.open_at + 1, alignment_mode="expand")
    last = doc.char_span(max(r.open_at, r.close_at - 1), min(len(doc.text), r.close_at + 1), alignment_mode="expand")
    if first is None or last is None:
        return 0, 0
    return first[0].sent.start, last[-1].sent.end


def _nearest_cue(doc, r: QuoteRegion, bare: list[Attribution], used: set[int], inside: set[int],
                 short_text: Optional[str] = None) -> Optional[Attribution]:
    """The closest speech cue outside quotation marks in the sentences `r` touches. A short
    quotation (`short_text` given) only takes a cue set off from it by punctuation alone
    (`said: "..."`, `"...," he said`), so a scare quote never does."""
    a, b = _sent_range(doc, r)
    lo, hi = doc[a].idx if a < len(doc) else 0, doc[b - 1].idx + len(doc[b - 1].text) if b > 0 else 0
    best, best_d = None, None
    for cue in bare:
        if id(cue) in used or not cue.speech or not (lo <= cue.cue_start < hi):
            continue
        d = r.open_at - cue.cue_end if cue.cue_end <= r.open_at else cue.cue_start - r.close_at
        if d < 0:
            continue
        if short_text is not None:
            gap = short_text[cue.cue_end:r.open_at] if cue.cue_end <= r.open_at else short_text[r.close_at:cue.cue_start]
            if cue.cue_end <= r.open_at and gap.strip(" ,:") or (cue.cue_start > r.close_at and not gap.strip().startswith(",")):
                continue
        if best_d is None or d < best_d:
            best, best_d = cue, d
    return best


def _previous_direct(doc, r: QuoteRegion, atts: list[Attribution]) -> Optional[Attribution]:
    before = [a for a in atts if a.kind == "direct" and a.regions and a.end <= r.open_at + 1]
    if not before:
        return None
    prev = max(before, key=lambda a: a.end)
    span = doc.char_span(prev.end - 1, prev.end, alignment_mode="expand")
    here = doc.char_span(r.open_at, r.open_at + 1, alignment_mode="expand")
    if span is None or here is None:
        return None
    sents = list(doc.sents)
    idx = {s.start: n for n, s in enumerate(sents)}
    gap = idx.get(here[0].sent.start, 0) - idx.get(span[-1].sent.start, 0)
    return prev if 0 <= gap <= CONTINUE_SENTS else None


def _adjacent(text: str, prev: Attribution, r: QuoteRegion) -> bool:
    """True when only the previous attribution's own cue and speaker (and the end of their
    sentence) separate it from `r`: `"A," said X, a long description. "B."`"""
    last_end = max(prev.parts[-1][1], prev.regions[-1].close_at + 1 if prev.regions else 0)
    between = text[last_end:r.open_at]
    if "\n" in between or not (last_end <= prev.cue_start < r.open_at) or len(between) > 400:
        return False
    if any(ch in between for ch in '"\u201c\u201d'):
        return False
    return between.rstrip()[-1:] in ".,:;"


def _drop_nested(atts: list[Attribution]) -> list[Attribution]:
    """Each word belongs to at most one attribution: a cue inside another's content goes."""
    out = []
    for a in atts:
        if not a.parts:
            continue
        nested = any(b is not a and any(s <= a.cue_start < e for s, e in b.parts) for b in atts)
        if not nested:
            out.append(a)
    return out


# ---------------------------------------------------------------- speakers


def _resolve_speakers(doc, text: str, atts: list[Attribution]) -> None:
    names = NameBook(doc)
    salience = Salience(doc, names)
    for att in atts:
        if att.follows is not None:
            att.speaker, att.speaker_span = att.follows.speaker, att.follows.speaker_span
            continue
        if att.speaker_tok is None:
            continue
        tok = doc[att.speaker_tok]
        low = tok.lower_
        if low in RELATIVE and tok.head.dep_ == "relcl":
            tok_ref = tok.head.head
        else:
            tok_ref = tok
        if att.mention is None and att.speaker is None:
            att.mention = (tok.idx, tok.idx + len(tok.text)) if tok_ref is not tok else speaker_phrase(tok)
        if tok_ref.lower_ in PRONOUN_SPEAKERS and tok_ref.pos_ == "PRON":
            cand = salience.resolve(tok_ref, tok_ref.idx)
            if cand is not None:
                att.speaker, att.speaker_span = cand.name, (cand.start, cand.end)
            else:
                att.speaker, att.speaker_span = tok_ref.text, (tok_ref.idx, tok_ref.idx + len(tok_ref.text))
            plural = tok_ref.lower_ in ("they", "we", "them")
        else:
            s, e = speaker_phrase(tok_ref)
            name = person_name(tok_ref)
            if name is None and tok_ref.pos_ == "PROPN" and names.knows(tok_ref.text):
                name = tok_ref.text  # a surname NER missed here but tagged elsewhere
            att.speaker = names.fullest(name) if name else text[s:e]
            att.speaker_span = (s, e)
            plural = tok_ref.tag_ in ("NNS", "NNPS")
        salience.add_speaker(att.speaker_span[0], att.speaker_span[1], att.speaker, plural, tok_ref.i)

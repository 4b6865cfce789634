"""Quotes with their speakers: direct, mixed and indirect, from the dependency parse.

How an attribution is found:
1. Cues from the parse: a reporting or belief verb (`quotes_cues.CUE_LEMMAS`) outside any
   quotation, with its clausal complement (ccomp; xcomp for verbs of intention) as the content
   and its nominal subject as the speaker; a cue with no subject of its own borrows the one of
   the verb it hangs from ("..., saying ..."); a cue set off as parataxis ("X happened,
   officials said", "As X noted, ...") takes its host clause as content; "according to X"
   takes the clause it modifies. Content ends where the speaker's words do: before a
   coordinated cue with its own content, a trailing ", which ..." or ", though ...", a
   trailing participle. Cues of other shapes (`quotes_clauses`): passive reports ("X is
   expected to ...", "it is believed that ..."), cue nouns with a clause ("expressed concern
   that ..."), attitudes ("X is confident that ..."), sources named by a preposition ("In a
   statement, ..."), "Name: words" lines and quotations signed "— Name"; headlines in title
   case, whose verb the parser reads as part of a name (`quotes_headlines`).
2. Quotations (`quote_regions`): one inside a cue's content makes the attribution direct (it
   covers the content) or mixed (it covers part of it), and a multi-sentence quotation widens
   the content to all of it; a quotation outside every content takes a speech cue from the
   sentences it touches (`"...," he said.`, `He added: "..."`); one with no cue that follows a
   quoted speaker closely continues that speaker (`"A," he said. "B."`), or goes on from that
   speaker's later cue (`"A," he said, adding that B. "C."`). Short quotations that
   no cue governs are scare quotes and are left out. A paragraph ending in a colon hands its
   speech cue to the quotation that opens the next one.
3. Attributions no rule covers (`quotes_learned`): every other verb or noun with an object
   ("WikiLeaks released the emails", "his crusade against the plan"; in the quotes scope only
   with a holder) is a candidate, kept when a logistic model trained on PolNeAR train
   (`data/quote_cues.json`) finds it likely; the quotes scope takes only those with a clausal
   content, or with what was voiced as content ("said the same of X", an object holding a
   quotation longer than a scare quote), as it takes "expressed concern about X" and "echoed
   his warnings" by rule.
4. Speakers: names made full within the article ("Marin" -> "Sofia Marin"), pronouns and
   relative "who" resolved to the most recent salient antecedent of matching gender and
   number (`quotes_speakers`), descriptions kept as written ("one inspector").

Modules: `quotes_cues` (word lists, quotation marks, the `Attribution` record),
`quotes_parse`, `quotes_according`, `quotes_clauses` and `quotes_stances` (step 1; the last
for the broad scope's noun-phrase stances), `quotes_regions` (step 2), `quotes_learned`
(step 3), `quotes_speakers` (step 4).
`find_quotes` returns the "quotes" scope; `scope="attributions"` adds PARC-style stances
with a noun-phrase content ("criticized the plan"), which `benchmarks/annotate_quotes.py`
scores too. The doc must come from a pipeline with the parser; with none given (or one
without a parse) the text is parsed here.
"""
from __future__ import annotations

from ..model import Article, Quote, Span
from .quotes_according import according_attributions
from .quotes_clauses import clause_attributions, colon_lines, dash_signoffs
from .quotes_cues import Attribution, quote_regions
from .quotes_headlines import headline_attributions
from .quotes_learned import learned_attributions
from .quotes_parse import cue_attributions, inside_marks
from .quotes_regions import attach_regions
from .quotes_speakers import NameBook, Salience, person_name, speaker_phrase

RELATIVE = {"who", "that", "which", "whom"}
PRONOUN_SPEAKERS = {"he", "she", "they", "we", "him", "her", "them"}

__all__ = ["Attribution", "find_attributions", "find_quotes"]


def find_quotes(article: Article, doc=None, scope: str = "quotes") -> tuple[Quote, ...]:
    """Every attribution of `article` as `Quote`s sorted by span; a quotation split by its
    cue (`"A," he said. "B."`) gives one `Quote` per part, sharing span, cue and speaker.
    `speaker_entity` is left None: the annotate stage links speakers to entities."""
    quotes = []
    for att in find_attributions(article.text, doc, scope=scope):
        span = Span(article.id, att.start, att.end)
        sp = Span(article.id, *att.speaker_span) if att.speaker_span else None
        for s, e in att.parts:
            quotes.append(Quote(span=span, content_span=Span(article.id, s, e), speaker=att.speaker,
                                cue=att.cue, kind=att.kind, speaker_span=sp))
    return tuple(sorted(quotes, key=lambda q: (q.span, q.content_span)))


def find_attributions(text: str, doc=None, scope: str = "quotes", learned: bool = True) -> list[Attribution]:
    """Attributions of `text`. scope "quotes": what someone said, wrote, believes or intends
    (clausal or quoted content); "attributions": also stances toward a thing, with a noun
    phrase as content ("criticized the plan", "talked about the economy"), as PARC-style
    corpora annotate them. `learned`: add the candidates `quotes_learned`'s model keeps."""
    if not text.strip():
        return []
    if doc is None or not doc.has_annotation("DEP"):
        from .nlp import load_nlp

        doc = load_nlp()(text)
    broad = scope == "attributions"
    atts, inside = rule_attributions(text, doc, broad)
    if learned:
        atts = learned_attributions(doc, inside, atts, broad)
    atts.sort(key=lambda a: (a.cue_start, a.start))
    _resolve_speakers(doc, text, atts)
    return sorted(atts, key=lambda a: (a.start, a.end))


def rule_attributions(text: str, doc, broad: bool) -> tuple[list[Attribution], set[int]]:
    """The attributions the rules find (steps 1 and 2), speakers unresolved, and the indices of
    the tokens inside quotation marks."""
    regions = quote_regions(text)
    inside = inside_marks(doc, regions)
    atts = cue_attributions(doc, inside, broad) + according_attributions(doc, inside) + \
        clause_attributions(doc, inside, broad) + colon_lines(doc, text)
    atts += dash_signoffs(doc, text, regions)
    atts += headline_attributions(doc, broad)
    atts, unused = attach_regions(doc, text, atts, regions, inside)
    for att in unused:  # cues that took no quotation: their object content, where kept
        if att.fallback is not None:
            att.parts = [att.fallback]
            att.kind = "indirect"
            atts.append(att)
    return _drop_nested(_join_continuations(text, atts)), inside


def _join_continuations(text: str, atts: list[Attribution]) -> list[Attribution]:
    """A cue-less quotation in the same paragraph as the one it continues is more of the same
    attribution (`"A," he said. "B."`: one cue, one speaker, two parts); one in a later
    paragraph stays an attribution of its own, as news paragraphs and PARC-style corpora
    separate them."""
    out = []
    for a in atts:
        root = a.follows
        while root is not None and root.follows is not None:
            root = root.follows
        if root is not None and any(r is root for r in atts) and "\n" not in text[root.end:a.start]:
            root.parts = sorted(root.parts + a.parts)
            root.regions = sorted(root.regions + a.regions, key=lambda q: q.start)
            continue
        out.append(a)
    return out


def _drop_nested(atts: list[Attribution]) -> list[Attribution]:
    """Each word belongs to at most one attribution: a cue inside another's content goes,
    unless it has a quotation of its own ("X reported, his wife whispered: '...'")."""
    out = []
    for a in atts:
        if not a.parts:
            continue
        nested = any(b is not a and any(s <= a.cue_start < e for s, e in b.parts) for b in atts)
        if nested and a.kind == "direct" and a.regions and a.follows is None:
            nested = any(r.start <= a.cue_start < r.end for b in atts if b is not a for r in b.regions)
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
            if name is None and (tok_ref.pos_ == "PROPN" or tok_ref.is_upper) and names.knows(tok_ref.text):
                name = tok_ref.text  # a surname NER missed here but tagged elsewhere
            att.speaker = names.fullest(name) if name else text[s:e]
            att.speaker_span = (s, e)
            plural = tok_ref.tag_ in ("NNS", "NNPS")
        salience.add_speaker(att.speaker_span[0], att.speaker_span[1], att.speaker, plural, tok_ref.i)

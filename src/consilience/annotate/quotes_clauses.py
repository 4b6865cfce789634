"""Attributions whose cue is no active reporting verb with a subject of its own:

- passive reporting with a raised subject or an expletive "it": "X is expected to win",
  "X is said to have pressed for ...", "X was widely regarded as ...", "it is believed that
  ..." (the content is the subject with its predicate; the speaker, when named, is the agent);
- a cue noun with a that-clause: "expressed concern that ...", "made the case that ...",
  "the claim that ...", "there were complaints that ...", "the question is whether ...",
  "his message was that ..." (the speaker is the owner, or the subject of the verb the noun
  is the object of);
- an attitude stated with a copula: "X is confident that ...", "X was eager to ..." (both
  scopes), "X was critical of Y", "X is a supporter of Y" (the broad scope);
- a source named by a preposition: "In a statement, the mayor thanked ...", "X leads in the
  latest poll" (the speaker is the author of a statement, or the poll itself);
- in the broad scope, appearance verbs: "X seemed to be of two minds", "X appeared paralyzed"
  (a judgement PARC-style corpora attribute, with no speaker but the writer);
- outside the parse: headline and transcript lines "Name: words", and quotations signed with
  a dash and a name.
"""
from __future__ import annotations

import re
from typing import Optional

from .quotes_cues import (CUE_LEMMAS, CUE_NOUNS, Attribution, cue_lemma, doc_text, paragraphs, tokens_with_pos,
                          trim, word_count)
from .quotes_parse import _subject

PASSIVE_REPORT = frozenset("""
say report believe think expect know consider allege rumor rumour understand claim suspect accuse charge
estimate predict deem regard fear presume assume suppose project describe portray view
reckon rate label brand tout
""".split())

TOLD_VERBS = frozenset("ask tell inform warn assure reassure advise brief remind".split())
ACCUSE_VERBS = frozenset("accuse suspect charge convict".split())

APPEAR_VERBS = frozenset("seem appear look sound".split())

# Nouns that attribute a that-clause to someone: the cue nouns and nouns of attitude.
CLAUSE_NOUNS = CUE_NOUNS | frozenset("""
confidence concern frustration case hope fear belief sense worry doubt conviction assurance
assumption expectation suspicion insistence confirmation indication recognition guarantee
reminder point message charge contention rumor rumour speculation theory estimate finding
conclusion testimony question refrain mantra slogan line answer response explanation excuse
reasoning thinking idea position goal aim strategy bet calculation premise
""".split())

# Adjectives and agent nouns of attitude after a copula ("was critical of", "a critic of").
ATTITUDE_ADJS = frozenset("""
confident sure certain convinced optimistic pessimistic hopeful doubtful skeptical sceptical
wary critical supportive dismissive eager keen reluctant willing unwilling ready adamant
worried concerned anxious nervous afraid fearful uneasy comfortable uncomfortable happy
unhappy glad pleased proud angry furious upset frustrated disappointed enthusiastic
passionate vocal outspoken open opposed receptive sympathetic hostile tepid cool lukewarm
cautious upbeat bullish bearish aware unaware insistent determined careful mindful partial
""".split())
ATTITUDE_NOUNS = frozenset("""
supporter critic opponent fan proponent advocate champion backer skeptic sceptic foe ally
admirer detractor defender
""".split())
# Past participles of feeling whose subject holds the attitude ("was convinced that ...").
ATTITUDE_VBNS = frozenset("""
convince persuade shock anger disappoint concern worry frustrate surprise scare alarm trouble
bother please satisfy encourage dismay outrage offend upset horrify stun disturb
""".split())
# Nouns whose infinitive is what someone intends ("her promise to ...", "their refusal to ...").
INTENT_NOUNS = frozenset("""
promise pledge vow threat refusal decision plan proposal call demand offer request intention
desire willingness determination commitment effort bid push
""".split())
# "In a statement, ...", "In the latest poll, ...": a source named by a preposition.
SOURCE_NOUNS = frozenset("""
poll survey statement interview report letter tweet post column speech study analysis memo
email filing testimony book essay editorial article remarks op-ed video release briefing
""".split())
MEASURE_NOUNS = frozenset("measure estimate account count calculation standard reckoning".split())
DATA_NOUNS = frozenset("poll survey study analysis report".split())
# "For many voters, ...", "To his critics, ...": whose view the clause gives (broad scope).
_VIEW_PREPS = frozenset({"for", "to"})
ATTITUDE_PREPS = frozenset("of about with to toward towards on over for against in at".split())
# More adjectives of attitude toward a thing ("wary of", "sick of", "enamored of").
ATTITUDE_ADJS = ATTITUDE_ADJS | frozenset("""
conscious enamored enamoured fond tired weary leery suspicious resentful jealous envious appreciative
grateful thankful ashamed embarrassed scornful contemptuous disdainful sick bitter excited
""".split())


def _chars(doc, a: int, b: int, para: tuple[int, int]) -> Optional[tuple[int, int]]:
    if b < a:
        return None
    s, e = max(doc[a].idx, para[0]), min(doc[b].idx + len(doc[b].text), para[1])
    s, e = trim(doc_text(doc), s, e, strip=" \t\n,;:\u2014\u2013-")
    while e > s and doc_text(doc)[e - 1] == ".":
        e -= 1
    return (s, e) if e > s else None


def _para_of(bounds, pos: int) -> tuple[int, int]:
    for a, b in bounds:
        if a <= pos <= b:
            return a, b
    return 0, bounds[-1][1] if bounds else 0


_CLAUSE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADP"})
_LOOSE_ADJ = frozenset({"amod", "ccomp", "oprd"})  # attitude adjectives the parser misplaced


def clause_attributions(doc, inside: set[int], broad: bool = False) -> list[Attribution]:
    out = []
    bounds = paragraphs(doc_text(doc))
    for tok in tokens_with_pos(doc, _CLAUSE_POS, inside):
        lemma = cue_lemma(tok)
        att = None
        if tok.pos_ == "VERB" and (lemma in PASSIVE_REPORT or lemma in TOLD_VERBS):
            att = _passive(doc, tok, _para_of(bounds, tok.idx))
        elif tok.pos_ == "NOUN" and lemma in CLAUSE_NOUNS:
            att = _noun_clause(doc, tok, _para_of(bounds, tok.idx), broad)
        elif tok.pos_ == "VERB" and tok.tag_ == "VBN" and lemma in ATTITUDE_VBNS:
            att = _attitude(doc, tok, _para_of(bounds, tok.idx), broad, passive=tok.dep_ != "acomp")
        elif tok.dep_ == "prep" and (tok.lower_ in ("in", "by") or broad and tok.lower_ in _VIEW_PREPS):
            att = _source_prep(doc, tok, _para_of(bounds, tok.idx))
        elif (tok.dep_ in ("acomp", "attr") or broad and tok.pos_ == "ADJ" and tok.dep_ in _LOOSE_ADJ) and \
                (lemma in ATTITUDE_ADJS or tok.pos_ == "NOUN" and lemma in ATTITUDE_NOUNS):
            att = _attitude(doc, tok, _para_of(bounds, tok.idx), broad)
        elif broad and tok.pos_ in ("VERB", "AUX") and lemma in APPEAR_VERBS:
            att = _appear(doc, tok, _para_of(bounds, tok.idx))
        if att is not None:
            out.append(att)
    return out


def _passive(doc, tok, para) -> Optional[Attribution]:
    """"X is expected to ...", "it is believed that ...": no agent, or the agent speaks."""
    kids = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in kids):
        return None
    if tok.dep_ in ("amod", "acl"):  # "the so-called", "a man known as": a label, not a report
        return None
    agent = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agent:
        return None  # the ordinary cue rules read "... is expected by analysts to ..."
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    comp = next((c for c in kids if c.dep_ in ("xcomp", "oprd") and c.i > tok.i), None)
    if comp is None:
        comp = next((c for c in kids if c.dep_ == "prep" and c.i > tok.i and (
            c.lower_ == "as" or c.lower_ in ("of", "with") and tok.lemma_.lower() in ACCUSE_VERBS)), None)
        if comp is not None and comp.lower_ != "as":  # "X is accused of Y": X and what X did
            comp = next((g for g in comp.children if g.dep_ in ("pobj", "pcomp")), None)
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > tok.i), None)
    parts = []
    if clause is not None and (subj is not None and subj.lower_ in ("it", "this") or tok.lemma_.lower() in TOLD_VERBS):
        # "it is believed that ...", "he was asked what happened", "she was told that ..."
        parts = [_chars(doc, clause.left_edge.i, clause.right_edge.i, para)]
    elif subj is not None and comp is not None and subj.lower_ not in ("it", "there"):
        parts = [_chars(doc, subj.left_edge.i, subj.right_edge.i, para),
                 _chars(doc, comp.left_edge.i, comp.right_edge.i, para)]
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), parts, speech=False)


def _that_clause(noun):
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and c.i > noun.i and \
                any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return c
        if c.dep_ in ("acl", "relcl") and c.i > noun.i and c.tag_ == "VB" and noun.lemma_.lower() in INTENT_NOUNS \
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c
    return None


def _copula_clause(noun):
    """"The question is whether ...", "his message was that ...": the clause a copula equates
    the noun with."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_.lower() != "be":
        return None
    return next((c for c in head.children if c.dep_ in ("ccomp", "attr", "advcl") and c.i > head.i and
                 any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in c.children)), None)


def _noun_clause(doc, tok, para, broad: bool) -> Optional[Attribution]:
    clause = _that_clause(tok)
    copula = clause is None
    if copula:  # "the question is whether ...", "his message was that ..."
        clause = _copula_clause(tok)
    if clause is None:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and broad and not copula:
        return None  # `quotes_parse._noun_cue` reads it
    speaker = owner
    if speaker is None and tok.dep_ == "dobj":  # "expressed concern that", "made the case that"
        speaker = _subject(tok.head)
        if speaker is not None and speaker.lower_ in ("it", "there"):
            speaker = None
    content = _chars(doc, clause.left_edge.i, clause.right_edge.i, para)
    if content is None:
        return None
    return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), [content],
                       speaker_tok=speaker.i if speaker is not None else None, speech=False)


def _appear(doc, tok, para) -> Optional[Attribution]:
    """"X seemed to ...", "X appeared paralyzed": the subject and its predicate."""
    if tok.dep_ in ("aux", "auxpass") and tok.head.pos_ in ("VERB", "ADJ") and tok.head.i > tok.i:
        pred = tok.head
        subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subj is None:
            return None
        parts = [_chars(doc, subj.left_edge.i, subj.right_edge.i, para), _chars(doc, tok.i + 1, pred.right_edge.i, para)]
    else:
        kids = list(tok.children)
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)
        pred = next((c for c in kids if c.dep_ in ("xcomp", "acomp", "oprd", "ccomp") and c.i > tok.i), None)
        if pred is None:
            pred = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "like" and c.i > tok.i), None)
        if subj is None or pred is None:
            return None
        if subj.lower_ in ("it", "there") and pred.dep_ == "ccomp":  # "it seems that ..."
            parts = [_chars(doc, pred.left_edge.i, pred.right_edge.i, para)]
        elif subj.lower_ == "there":
            return None
        else:
            parts = [_chars(doc, subj.left_edge.i, subj.right_edge.i, para),
                     _chars(doc, pred.left_edge.i, pred.right_edge.i, para)]
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), parts, speech=False)


def _attitude(doc, tok, para, broad: bool, passive: bool = False) -> Optional[Attribution]:
    """"X is confident that ...", "X was critical of Y", "X is a supporter of Y", "X was
    convinced that ..." (`passive`: the participle's own subject)."""
    if passive:
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None or any(c.dep_ == "agent" for c in tok.children):
            return None
    elif tok.dep_ == "amod":  # "voters, angry at the plan, ...": the noun described
        if not any(c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPS for c in tok.children) or \
                tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i > tok.i:
            return None
        subj = tok.head
    else:
        subj = _subject(tok.head) if tok.dep_ in ("acomp", "attr") else _subject(tok)
    if subj is None or subj.lower_ in ("it", "there", "this", "that"):
        return None
    content = None
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ in ("ccomp", "xcomp") and (tok.pos_ == "ADJ" or tok.lemma_.lower() in ATTITUDE_VBNS):
            content = _chars(doc, c.left_edge.i, c.right_edge.i, para)
        elif broad and c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPS:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and pobj.lower_ not in ("it", "this", "that", "them", "which", "what"):
                content = _chars(doc, pobj.left_edge.i, pobj.right_edge.i, para)
        if content is not None:
            break
    if content is None:
        return None
    return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), [content], speaker_tok=subj.i, speech=False)


def _source_prep(doc, tok, para) -> Optional[Attribution]:
    """"In a statement, X ...", "X leads in the latest poll", "By some estimates, ...", and in
    the broad scope "For many voters, ...", "To his critics, ...": the clause the phrase
    belongs to."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    host = tok.head
    if pobj is None or host.pos_ not in ("VERB", "AUX"):
        return None
    prep, noun = tok.lower_, pobj.lemma_.lower()
    if prep == "in" and noun not in SOURCE_NOUNS or prep == "by" and noun not in MEASURE_NOUNS:
        return None
    if prep in _VIEW_PREPS and not (pobj.ent_type_ in ("PERSON", "NORP", "ORG") or pobj.tag_ in ("NNS", "NNPS")
                                    and not pobj.ent_type_ or noun in ("voter", "supporter", "critic")):
        return None  # "For many voters, ...", "To his critics, ...": their view; not "For years, ..."
    if prep != "in" and (tok.i != tok.sent.start or pobj.right_edge.i + 1 >= len(doc)
                         or doc[pobj.right_edge.i + 1].text != ","):
        return None
    if host.lemma_.lower() in CUE_LEMMAS:
        return None  # "In a statement, X said ...": the cue verb reads it
    end = pobj.right_edge.i
    opening = tok.i < host.i and (tok.i == tok.sent.start or doc[tok.i - 1].text == ",") and \
        end + 1 < len(doc) and doc[end + 1].text == ","
    if opening:
        content = _chars(doc, end + 2, host.right_edge.i, para)
    elif pobj.lemma_.lower() in DATA_NOUNS and tok.i > host.i:  # "X leads in the latest poll"
        content = _chars(doc, host.left_edge.i, tok.i - 1, para)
    else:
        return None
    if content is None:
        return None
    speaker = pobj  # a poll or a study speaks for itself; in a statement or interview, its author
    if prep == "in" and noun not in DATA_NOUNS:
        subj = next((c for c in host.children if c.dep_ == "nsubj"), None)
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if subj is not None and subj.lower_ not in ("it", "there", "this"):
            speaker = subj
        elif owner is not None:
            speaker = owner
    return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), [content], speaker_tok=speaker.i, speech=False)


_SIGNOFF = re.compile(r"[^\S\n]*(?:[\u2015\u2014\u2013]|--)[^\S\n]*(?=[A-Z@])")


def dash_signoffs(doc, text: str, regions) -> list[Attribution]:
    """A quotation signed with a dash and a name: '"...." \u2015 Sonya Herridge' (reader
    comments, tweets and epigraphs)."""
    out = []
    for r in regions:
        after = r.close_at + 1
        m = _SIGNOFF.match(text, after)
        if not m:
            continue
        name = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if name is None or name[0].pos_ != "PROPN" or name[0].i < 1:
            continue
        tok = name[0]
        while tok.head is not tok and tok.head.pos_ == "PROPN" and tok.head.i > tok.i and \
                "\n" not in text[tok.idx:tok.head.idx]:
            tok = tok.head  # the head of "Sonya Herridge" is "Herridge"
        part = trim(text, r.start, r.end)
        dash = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        out.append(Attribution(text[dash:dash + 1], dash, dash + 1, [part], kind="direct", speaker_tok=tok.i))
    return out


_COLON_LINE = re.compile(r"[\"\u201c]?([^\n:]{1,80}?):(?:[ \t]+|(?=[\"\u201c]))(\S[^\n]*)")
# Headline labels naming a source ("Poll: ...", "Historians: ...") and interview turns ("Q: ...").
LABEL_NOUNS = frozenset("""
poll survey report study analysis sources officials experts historians analysts critics aides
insiders voters economists scientists researchers police prosecutors investigators lawmakers
""".split())
_TURNS = frozenset({"Q", "A"})


def colon_lines(doc, text: str) -> list[Attribution]:
    """Headline and transcript style "Name: what they said": a short name (or a short phrase
    ending in a person's name, "A lesson from Ana Ruiz: ..."; or a name in capitals that the
    article names elsewhere, "RUIZ: ..."; or an organisation, a source label like "Poll:", an
    interview turn "Q:"), a colon, the words."""
    out = []
    people = {w.lower() for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()}
    for start, end in paragraphs(text):
        m = _COLON_LINE.match(text, start, end)
        if not m or word_count(m.group(1)) > 8:
            continue
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if name is None or not len(name):
            continue
        speaker = None
        if all(t.pos_ in ("PROPN", "PUNCT") or t.is_title for t in name) and word_count(m.group(1)) <= 5 and \
                any(t.ent_type_ == "PERSON" or t.lower_ in people for t in name):
            speaker = name.root
        elif name[-1].pos_ == "PROPN" and (name[-1].ent_type_ == "PERSON" or name[-1].lower_ in people):
            # "A lesson from Ana Ruiz:"
            speaker = name[-1]
        elif len(name) == 1 and name[0].is_upper and name[0].lower_ in people:  # transcripts: "RUIZ:"
            speaker = name[0]
        elif m.group(1).strip() in _TURNS or len(name) == 1 and name[0].lower_ in LABEL_NOUNS:
            speaker = name[0]  # "Q: ...", "Poll: ..."
        elif word_count(m.group(1)) <= 4 and all(t.pos_ == "PROPN" or t.is_punct for t in name) and \
                any(t.ent_type_ in ("ORG", "NORP") for t in name):
            speaker = name.root  # "Judicial Watch: ..."
        if speaker is None:
            continue
        content = trim(text, m.start(2), min(m.end(2), end))
        if word_count(text[content[0]:content[1]]) < 4:
            continue
        colon = m.end(1)
        out.append(Attribution(":", colon, colon + 1, [content], kind="direct", speaker_tok=speaker.i))
    return out

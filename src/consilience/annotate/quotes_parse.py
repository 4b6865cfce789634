"""Attributions read off the dependency parse: cue verbs and nouns with an owner ("according
to" is in `quotes_according`, other shapes in `quotes_clauses`). Quotations are attached
afterwards (`quotes_regions`)."""
from __future__ import annotations

from typing import Optional

from .quotes_cues import (
    BELIEF_VERBS,
    CLAIM_OBJECT_VERBS,
    CUE_LEMMAS,
    CUE_NOUNS,
    HEARER_VERBS,
    NO_OBJECT_VERBS,
    OBJECT_PREPS,
    QUOTE_CHARS,
    SAID_OBJECT_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    XCOMP_VERBS,
    Attribution,
    ParagraphIndex,
    QuoteRegion,
    cue_lemma,
    cue_text,
    doc_text,
    tokens_with_pos,
    trim,
)
from .quotes_stances import (ADDRESSEE_STANCE, NO_STANCE_OBJECT, asked_topic, is_stance_verb, light_content, light_noun,
                             make_clear, naming, no_topic, participle_owner, passive_theme, prep_children,
                             skip_object, stance_preps)


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
    return a, _writer_tail(comp, a, b)


_ASIDE_MARKS = frozenset({"though", "although", "whereas"})
_ANY_CUE = CUE_LEMMAS | CLAIM_OBJECT_VERBS | STANCE_VERBS


def _writer_tail(head, a: int, b: int) -> int:
    """The end of `head`'s content [a, b] less what follows it and is no longer the speaker's:
    a coordinated cue verb with a content of its own ("suggested X and defended Y": Y is a
    second attribution; but "suggested that X and that he wants Y" is one content, its second
    clause opened by a complementiser of its own), or a trailing aside set off by a comma
    (", which ...", ", though ...")."""
    doc = head.doc
    for t in doc[head.i + 1:b + 1]:
        if t.dep_ == "conj" and t.pos_ == "VERB" and a <= t.head.i <= b and \
                not any(g.dep_ == "mark" for g in t.children) and \
                t.lemma_.lower() in _ANY_CUE and \
                any(g.dep_ in ("ccomp", "xcomp", "dobj") for g in t.children):
            cut = t.left_edge.i
            while cut - 1 > a and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return min(b, cut - 1)
        left = t.left_edge.i
        k = left - 1
        while k > a and doc[k].text in QUOTE_CHARS:
            k -= 1
        if k <= a or doc[k].text not in (",", ";", "—", "--") or t.right_edge.i < b:
            continue
        marks = {g.lower_ for g in t.children if g.dep_ == "mark"}
        if t.dep_ == "relcl" and doc[left].lower_ == "which" or t.dep_ == "advcl" and marks & _ASIDE_MARKS:
            return k - 1
    return b


def _own_cue(comp) -> bool:
    """A complement that is a cue of its own ('"A," he said, adding that B'): not the content."""
    return comp.tag_ == "VBG" and comp.lemma_.lower() in SPEECH_VERBS and \
        any(g.dep_ in ("ccomp", "xcomp", "dobj") for g in comp.children)


def _pick_ccomp(cue, comps):
    """The complement that is what was said: one introduced right after the cue ("said that
    ...", "told reporters ...") over a clause the parser hung before it, unless that clause is
    a quotation closed right before the cue ('"A," said X, who heads Y': the parser may make
    "X ... Y" a second complement); else the longest."""
    for c in comps:
        between = cue.doc[c.right_edge.i + 1:cue.i]
        if c.i < cue.i and len(between) and all(t.is_punct for t in between) and \
                any(t.text in QUOTE_CHARS or t.text == "''" for t in between):
            return c
    after = [c for c in comps if c.left_edge.i > cue.i]
    if after and len(comps) > 1:
        first = min(after, key=lambda c: c.left_edge.i)
        gap = [t for t in cue.doc[cue.i + 1:first.left_edge.i] if not (t.dep_ in ("dobj", "advmod", "prt")
                                                                       or t.head.dep_ == "dobj")]
        if not gap:
            return first
    for c in comps:  # '"A," he said, adding B': the clause set right before the cue
        if c.right_edge.i < cue.i and all(t.is_punct or t.dep_ in ("nsubj", "aux", "advmod") or t.head.dep_ == "nsubj"
                                          for t in cue.doc[c.right_edge.i + 1:cue.i]):
            return c
    return max(comps, key=lambda c: c.right_edge.i - c.left_edge.i)


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
        k = left - 1
        while k > a and doc[k].text in QUOTE_CHARS:  # '"a distortion," describing ...'
            k -= 1
        if k > a and doc[k].text in (",", "—", "–", "-", "--", ";"):
            b = min(b, k - 1)
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
    if tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None  # "a visit intended to ...", "Asked whether ..., X said": nobody named speaks
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        has = _has_not_is(tok)
        if has is not None:
            return has
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
        if tok.dep_ in ("ROOT", "ccomp", "relcl", "parataxis") or tok.head.i == tok.i:
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


def _has_not_is(tok):
    """The subject of "He's said (that) ...", "She's argued ...": the parser reads the "'s" of
    "has" as the "is" of a passive; with a clause after the verb it is the perfect, and the
    subject speaks (but "it's said that ..." is a passive with no speaker)."""
    aux = [c for c in tok.children if c.dep_ == "auxpass"]
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if len(aux) == 1 and aux[0].lower_ in ("'s", "\u2019s") and subj and \
            subj[0].lower_ not in ("it", "this", "that", "there") and \
            any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return subj[0]
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
        while t.dep_ in ("appos", "compound", "flat") and t.head.i != t.i:
            t = t.head
        if t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
            return t
    return None


def _object_content(doc, tok, lemma: str, para, inside=(), broad: bool = False) -> Optional[tuple[int, int]]:
    """The thing a stance is taken toward: a direct object or the object of about/of/for/...,
    or the subject of a passive with an agent ("the plan was backed by X")."""
    if any(c.dep_ == "agent" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        return _chars(doc, *_subtree_range(subj), clip=para) if subj is not None and subj.pos_ != "PRON" else None
    if broad and lemma in NO_STANCE_OBJECT:
        return None
    noun = light_noun(tok, lemma) if broad else None
    if noun is not None:  # "made the case for X", "gave a speech on X"
        return _chars(doc, *light_content(tok, noun), clip=para)
    preps = stance_preps(lemma, OBJECT_PREPS) if broad else OBJECT_PREPS
    if lemma not in NO_OBJECT_VERBS and (lemma not in HEARER_VERBS or broad and lemma in ADDRESSEE_STANCE):
        for c in tok.children:
            if c.dep_ != "dobj" or c.i in inside:  # 'repeated his "key pitch"': a scare quote
                continue
            if broad and skip_object(tok, c):  # "distanced himself from X", "cast doubt on X"
                break
            # "called the plan a disaster", "called it a disaster": the object and its predicate
            oprd = [g for g in tok.children if g.i > c.i and (g.dep_ in ("oprd", "ccomp", "xcomp") or
                    g.dep_ == "prep" and (g.lower_ in ("of", "for", "as") and lemma in CLAIM_OBJECT_VERBS
                                          or g.lower_ == "as" and "as" in preps))]
            if c.pos_ != "PRON" or c.lower_ not in ("it", "this", "that", "what") or oprd or broad:
                end = max(g.right_edge.i for g in oprd) if oprd else _trailing_cut(c)[1]
                return _chars(doc, c.left_edge.i, end, clip=para)
    for c in prep_children(tok) if broad else tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj and pobj[0].ent_type_ not in ("DATE", "TIME") and (pobj[0].pos_ != "PRON" or broad) and \
                    not no_topic(pobj[0]):
                return _chars(doc, *_subtree_range(pobj[0]), clip=para)
    return None


_CUE_POS = frozenset({"VERB", "AUX", "NOUN"})


def cue_attributions(doc, inside: set[int], broad: bool = False) -> list[Attribution]:
    atts = []
    paras = ParagraphIndex(doc_text(doc))
    for tok in tokens_with_pos(doc, _CUE_POS, inside):
        if tok.lower_ == "according":  # `quotes_according`
            continue
        lemma = cue_lemma(tok)
        if broad and tok.pos_ == "NOUN" and lemma in CUE_NOUNS:
            att = _noun_cue(doc, tok, paras.of(tok.idx))
            if att:
                atts.append(att)
            continue
        if tok.dep_ == "amod":  # "pledged delegates", "a so-called deal": an adjective
            continue
        named = naming(tok, lemma) if broad else None
        if named is not None:  # "a group called X": the thing and its name
            atts += _unheld(doc, tok, named, paras.of(tok.idx))
            continue
        clear = make_clear(tok, lemma)  # "made it clear that ..."
        # "expressed concern about X", "echoed his warnings": what was voiced, in both scopes; but
        # in "expressed concern that ..." the noun's clause is the quote (`quotes_clauses`)
        said = lemma in SAID_OBJECT_VERBS and lemma not in CUE_LEMMAS and (broad or not any(
            c.dep_ == "dobj" and any(g.dep_ in ("acl", "ccomp") for g in c.children) for c in tok.children))
        if tok.pos_ not in ("VERB", "AUX") or not (lemma in CUE_LEMMAS or lemma in CLAIM_OBJECT_VERBS or said
                                                     or lemma in XCOMP_VERBS or clear is not None
                                                     or broad and (lemma in STANCE_VERBS or is_stance_verb(tok, lemma)
                                                                   or light_noun(tok, lemma) is not None)):
            continue
        para = paras.of(tok.idx)
        content = _chars(doc, *_content_range(clear, tok), clip=para) if clear is not None else None
        comps = [c for c in tok.children if c.dep_ == "ccomp" and para[0] <= c.idx < para[1] and not _own_cue(c)]
        if comps and content is None:
            comp = _pick_ccomp(tok, comps)
            content = _chars(doc, *_content_range(comp, tok), clip=para)
        elif lemma in XCOMP_VERBS:
            x = [c for c in tok.children if c.dep_ == "xcomp"]
            if x:
                xa, xb = _trailing_cut(x[0])
                content = _chars(doc, xa, _writer_tail(x[0], xa, xb), clip=para)
        extra = []
        aside = tok.dep_ == "parataxis" or tok.dep_ == "advcl" and tok.i < tok.head.i and \
            any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)  # "As X noted, ..."
        if content is None and aside and (lemma in SPEECH_VERBS or lemma in BELIEF_VERBS):
            # "A happened, X said." / "A, X said, happened.": the host clause around the cue
            a, b = tok.head.left_edge.i, tok.head.right_edge.i
            ea, eb = tok.left_edge.i, tok.right_edge.i
            while a < ea and doc[a].pos_ in ("CCONJ", "SCONJ", "ADV", "PUNCT", "INTJ"):
                a += 1  # "But, as X noted, ...": a bare conjunction is nobody's content
            sides = [_chars(doc, a, ea - 1, clip=para), _chars(doc, eb + 1, b, clip=para)]
            sides = [x for x in sides if x is not None]
            if sides:
                content, extra = sides[0], sides[1:]
        subj = _subject(tok)
        if subj is not None and subj.i in inside:  # '"Trucks," the commander said': misparsed
            subj = _adjacent_subject(tok)
            subj = None if subj is None or subj.i in inside else subj
        if subj is not None and not (para[0] <= subj.idx < para[1]):
            subj = None
        if subj is not None and subj.lower_ == "there":
            continue  # "there is said to be": no speaker; but "it" is one ("It said it would ...")
        # "was asked about X", "the plan was rejected": a topic or stance with no holder named
        thing = None
        if broad and subj is None and content is None:
            thing = asked_topic(tok, lemma) or passive_theme(tok, lemma)
        if thing is not None:
            atts += _unheld(doc, tok, [_subtree_range(thing)], para)
            continue
        if subj is None and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            continue  # "X is blamed for ...", "X was told that ...": nobody named speaks
        if subj is None and broad and content is None:
            subj = participle_owner(tok)  # "groups supporting Clinton"
        if content is None:
            fallback = None
            adjectival = tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            if subj is not None and not adjectival and (broad or lemma in CLAIM_OBJECT_VERBS or lemma in SPEECH_VERBS
                                                        or said):
                fallback = _object_content(doc, tok, lemma, para, () if broad else inside, broad or said)
            if lemma in SPEECH_VERBS or fallback is not None:  # may still govern an adjacent quotation
                atts.append(Attribution(cue_text(tok), tok.idx, tok.idx + len(tok.text), [],
                                        kind="direct", speaker_tok=subj.i if subj is not None else None,
                                        fallback=fallback, speech=lemma in SPEECH_VERBS))
            continue
        if subj is None and lemma not in SPEECH_VERBS:
            continue
        atts.append(Attribution(cue_text(tok), tok.idx, tok.idx + len(tok.text), [content] + extra,
                                speaker_tok=subj.i if subj is not None else None))
    return atts


def _unheld(doc, tok, ranges, para: tuple[int, int]) -> list[Attribution]:
    parts = [_chars(doc, a, b, clip=para) for a, b in ranges]
    return [Attribution(cue_text(tok), tok.idx, tok.idx + len(tok.text), parts, speech=False)] if all(parts) else []


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

"""Stances with a noun-phrase content, for the broad (PARC-style) scope, read off the parse
by `quotes_parse.cue_attributions`.

- which verbs take a stance toward their object ("X credited Y", "X lambasted Y") and which
  take it only through a preposition ("hinted at Y", "sided with Y", "distanced himself from
  Y", "cast Y as Z", "threw his support behind Y", "took aim at Y");
- which objects are none ("found a way", "picked a running mate", "spoke to reporters",
  "did not respond to a request for comment");
- stances with no holder named: "was asked about Y", "the plan was rejected", a name given by
  a participle ("a group called Y");
- holders named otherwise: "groups supporting Y" (the noun the participle describes);
- light verbs with a noun of speech: "made the case for Y", "gave a speech on Y", and "made
  it clear that ..." (both scopes).
Everything here is general English.
"""
from __future__ import annotations

from .quotes_cues import OBJECT_PREPS

# Verbs of evaluation and of passing words on, beyond `quotes_cues.STANCE_VERBS`: the object
# is what the subject judges, cites or passes on ("credited the staff", "retweeted the
# post", "likened the plan to ..."; "retweete" is the model's lemma of "retweeted").
MORE_STANCE_VERBS = frozenset("""
share reference retweet retweete chant recite articulate broadcast publish email request credit
deem insult chide deride savage rip lambast lambaste repudiate compare contrast liken identify
relish foresee contemplate promote brush shrug lay sympathize sympathise align applaud salute
commend extol laud berate belittle disparage denigrate scorn mock taunt needle skewer pan
excoriate castigate chastise admonish reprimand rebuff spurn snub shun welcome hail
""".split())

# Verbs that take a stance only through a preposition ("hinted at", "sided with", "cast X
# as Y", "threw his support behind"): their bare object is no content ("cast a ballot").
PREP_ONLY_VERBS = frozenset("""
hint allude lash side vouch campaign cast throw weigh fire jab swipe poke scoff sneer laugh snipe
distance dissociate disassociate unite line
""".split())

# Cue verbs whose object is no stance: a thing found, chosen, heard or settled on.
NO_STANCE_OBJECT = frozenset("find pick choose add maintain hear determine decide know sign pledge quote".split())

# Verbs of speaking: "to", "with" and "on" name the hearer or the occasion ("spoke to
# reporters", "spoke on condition of anonymity"); only "about" and "of" the topic.
SPEAK_VERBS = frozenset("speak talk write chat".split())
_TOPIC_PREPS = frozenset({"about", "of"})

# Verbs whose object is the addressee in the quotes scope but the content of a stance in the
# broad one ("thanked the volunteers").
ADDRESSEE_STANCE = frozenset({"thank"})

# Prepositions that introduce the content of particular verbs, beyond `OBJECT_PREPS`
# ("hinted at", "sided with", "distanced himself from", "threw his support behind").
PREP_STANCES: dict[str, frozenset[str]] = {
    "at": frozenset("hint lash fire jab swipe poke scoff sneer laugh aim take snipe rail".split()),
    "with": frozenset("agree disagree side sympathize sympathise align identify credit".split()),
    "from": frozenset("distance dissociate disassociate".split()),
    "behind": frozenset("throw rally unite line put".split()),
    "around": frozenset("rally unite coalesce consolidate".split()),
    "as": frozenset("""cast refer view see present portray describe identify label brand characterize
characterise paint depict regard frame dismiss hail tout bill pitch""".split()),
}
# "cast doubt on", "took aim at": a verb with a fixed object and a stance preposition.
_FIXED_OBJECT = frozenset("doubt aim shot swipe jab exception issue umbrage support weight".split())

REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


def is_stance_verb(tok, lemma: str) -> bool:
    """`lemma` takes a stance toward its object, or `tok` does with a fixed object ("took aim
    at", "cast doubt on")."""
    if lemma in MORE_STANCE_VERBS:
        return True
    if lemma in PREP_ONLY_VERBS:
        preps = stance_preps(lemma, OBJECT_PREPS)
        return any(c.lower_ in preps for c in prep_children(tok))
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FIXED_OBJECT for c in tok.children)


def stance_preps(lemma: str, preps: frozenset[str]) -> frozenset[str]:
    """The prepositions whose object is `lemma`'s stance content: `preps` with the verb's own."""
    if lemma in SPEAK_VERBS:
        return _TOPIC_PREPS
    return preps | frozenset(p for p, verbs in PREP_STANCES.items() if lemma in verbs)


def prep_children(tok):
    """`tok`'s prepositions, and those of a skipped object ("cast doubt on X": "on" may hang
    from "doubt")."""
    out = [c for c in tok.children if c.dep_ == "prep"]
    for c in tok.children:
        if c.dep_ == "dobj" and skip_object(tok, c):
            out += [g for g in c.children if g.dep_ == "prep"]
    return sorted(out, key=lambda t: t.i)


def skip_object(tok, obj) -> bool:
    """A direct object that is no content: the object of a verb that takes its stance through a
    preposition ("cast his vote", "threw his support behind"), a reflexive ("distanced himself
    from"; but "calls himself a socialist" keeps it with its predicate), or a fixed phrase
    whose preposition carries the content ("cast doubt on", "took aim at")."""
    if tok.lemma_.lower() in PREP_ONLY_VERBS:  # but "cast the strike as a last resort" keeps it
        return not any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in tok.children)
    if obj.lower_ in REFLEXIVES:
        return not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in tok.children)
    return obj.lemma_.lower() in _FIXED_OBJECT and \
        any(c.dep_ == "prep" and c.i > obj.i for c in list(tok.children) + list(obj.children))


ASK_VERBS = frozenset("ask question query quiz press grill".split())
_ASK_PREPS = frozenset({"about", "on", "over", "regarding"})


def asked_topic(tok, lemma: str):
    """"was asked about X", "Asked about X, she said ...": the topic of a question put to
    someone; nobody named asks it."""
    if lemma not in ASK_VERBS or tok.tag_ != "VBN":
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _ASK_PREPS and c.i > tok.i:
            return next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    return None


def participle_owner(tok):
    """The noun a participle describes, who takes the stance: "groups supporting Clinton",
    "placards attacking the plan"."""
    head = tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and head.i < tok.i and \
            (head.pos_ in ("NOUN", "PROPN") or head.pos_ == "PRON" and head.lower_ not in ("it", "that", "this")):
        return head
    return None


_NOT_THEME = NO_STANCE_OBJECT | frozenset("ask tell inform assure reassure brief advise remind warn urge".split())
_ROLE_PREPS = frozenset({"as", "with", "of", "on", "at"})


def passive_theme(tok, lemma: str):
    """"The plan was rejected", "is widely supported": the subject of a passive stance verb
    with no agent is what the stance is about; nobody named holds it. Not the hearer of a
    passive ("was told"), nor one given a role or a charge ("was cast as", "was charged with",
    "was focused on")."""
    if lemma in _NOT_THEME or any(c.dep_ == "prep" and c.lower_ in _ROLE_PREPS and
                                  not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in tok.children):
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ in ("agent", "ccomp", "xcomp", "oprd")
                                                                    for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    return subj


# "made the case for X", "gave a speech on X", "voiced criticism of X": a verb of doing with
# a noun of speech as its object; the noun's clause or topic is the content.
LIGHT_VERBS = frozenset("make give deliver offer issue raise express voice lodge level mount renew".split())
SPEECH_OBJECT_NOUNS = frozenset("""
case argument point call appeal comment remark statement mention secret joke plea pitch promise
pledge claim accusation allegation charge complaint prediction threat speech address defense
defence endorsement criticism critique attack announcement observation suggestion proposal
reference apology demand request admission concession confession vow warning assertion
""".split())
_CLEAR = frozenset({"clear", "plain", "known"})
_TOPIC_OF_NOUN = frozenset({"of", "on", "about", "for", "against", "to", "over"})


def make_clear(tok, lemma: str):
    """"made (it) clear that X": the clause made clear."""
    if lemma != "make":
        return None
    for c in tok.children:
        if c.lower_ in _CLEAR and c.i > tok.i:
            return next((g for g in list(c.children) + list(tok.children) if g.i > c.i and (
                g.dep_ == "ccomp" or g.dep_ == "advcl" and any(m.lower_ == "that" for m in g.children))), None)
    return None


# "had a favorable opinion of X", "has concerns about X": an attitude held, with its topic.
HELD_NOUNS = frozenset("""
opinion view impression concern doubt reservation objection feeling thought misgiving qualm
""".split())


def light_noun(tok, lemma: str):
    """The noun of speech that a light verb takes as its object ("made the case"), or the
    attitude that "have" takes when its topic follows ("had doubts about X")."""
    if lemma == "have":
        noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in HELD_NOUNS), None)
        return noun if noun is not None and any(c.dep_ == "prep" and c.lower_ in _TOPIC_OF_NOUN
                                                for c in noun.children) else None
    if lemma not in LIGHT_VERBS:
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_OBJECT_NOUNS), None)


def light_content(tok, noun) -> tuple[int, int]:
    """Token range of what a light verb's noun of speech is about: its clause ("the case that
    X") or topic ("the case for X"), hung on the noun or the verb; else the noun phrase
    ("made those comments")."""
    for holder in (noun, tok):
        for c in holder.children:
            if c.i <= noun.i:
                continue
            if c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" for g in c.children):
                return c.left_edge.i, c.right_edge.i
            if c.dep_ == "prep" and c.lower_ in _TOPIC_OF_NOUN:
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    return pobj.left_edge.i, pobj.right_edge.i
    return noun.left_edge.i, noun.right_edge.i


# "did not respond to a request for comment", "attempts to reach him": the reporter's
# request, not a thing anyone takes a stance on.
_REQUEST_NOUNS = frozenset("request attempt inquiry query".split())


def no_topic(obj) -> bool:
    """An object that is a reporter's request for comment rather than a topic."""
    return obj.lemma_.lower() in _REQUEST_NOUNS


# "a group called X", "the man known as X", "a plan dubbed X": a name given to a thing, which
# PARC-style corpora attribute (to nobody named).
NAMING_VERBS = frozenset("call know dub name nickname label brand bill term style describe tout".split())


def naming(tok, lemma: str):
    """Token ranges [thing, name] of a participle that names the noun it follows, or None."""
    if lemma not in NAMING_VERBS or tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.i > tok.i or \
            tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    name = next((c for c in tok.children if c.i > tok.i and c.dep_ in ("oprd", "attr", "dobj", "xcomp")), None)
    if name is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i), None)
        name = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if name is None or tok.head.left_edge.i > tok.i - 1:
        return None
    return (tok.head.left_edge.i, tok.left_edge.i - 1), (name.left_edge.i, name.right_edge.i)

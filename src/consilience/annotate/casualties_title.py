"""The casualty evidence of a headline.

Headlines drop the auxiliaries and articles the parser leans on ("Boy, 13, dies after ...",
"Mother, daughter shot dead", "slain teen"): `title_evidence` reads the headline's own parse as
the body's is read, then adds the victims such word orders name.
"""
from __future__ import annotations

import re

from ..model import Article
from .quantities import _analyse
from .quantities_measure import EVENT_NOUNS, is_person
from .casualties_evidence import NUMBER_WORDS, Evidence, evidence


_TITLE_TAIL = ("| ", " - ", " :: ", " — ", " – ")
# a death told as the headline's news, whoever its subject ("Boy on life support after being shot dies",
# "Teen hospitalized after shooting pronounced dead", "girl shot in the head, killed")
_TITLE_DEATH = re.compile(r"\b(?:dies|died|pronounced dead|(?:taken|removed) off life support)\b|,\s*(?:killed|dies|dead)\s*$", re.I)
_CASUALTY_WORD = re.compile(r"\b(?:kills?|killed|dead|dies|died|slain|injured|wounded|hurt|shot|shoots)\b", re.I)


def headline_text(article: Article) -> str:
    """The headline without an outlet's name after it (a second headline clause is kept)."""
    title = (article.title or "").strip()
    for sep in _TITLE_TAIL:
        if sep in title:
            head, *tails = title.split(sep)
            title = ", ".join([head.strip()] + [t.strip() for t in tails if _CASUALTY_WORD.search(t)])
    return title


def title_evidence(article: Article, doc=None) -> Evidence:
    """`doc`: the parse of `headline_text(article)` when the caller parsed it in a batch."""
    title = headline_text(article)
    if not title:
        return Evidence()
    head = Article(id=article.id + "#title", origin=article.origin, text=title)
    if doc is None or doc.text != title:
        from .nlp import load_nlp

        doc = load_nlp()(title)
    quantities, roles = _analyse(head, doc, headline=True)
    ev = evidence(title, quantities, roles)
    ev.fatal_event = any(_fatal_event(tok) for tok in doc) or _TITLE_DEATH.search(title) is not None
    for role, at in ev.position.items():
        if not any(named < at for r in ev.at for named in ev.at[r]):  # not already summed by the count grammar
            ev.first[role] += _listed_before_count(doc, at)
    for role in ev.singles:
        for at in ev.at[role]:
            ev.longest[role] = max(ev.longest[role], 1 + _listed_after(doc, at))  # "shooting of child, father"
    parsed = any(ev.singles.values())
    for role, words, listed in _headline_victims(doc):
        if not parsed or not ev.singles[role] and role != "killed":
            ev.singles[role].append(words)  # "Man killed, woman wounded": the second clause's victim too
        if ev.singles[role]:
            ev.longest[role] = max(ev.longest[role], listed)  # "Teacher, 17-month-old son found dead"
    return ev


HEADLINE_WORDS = {"dies": "killed", "died": "killed", "dead": "killed", "killed": "killed", "slain": "killed",
                  "murdered": "killed", "shot": "shot", "wounded": "injured", "injured": "injured", "hurt": "injured",
                  "critical": "injured", "hospitalized": "injured", "recovering": "injured", "survives": "injured",
                  "grazed": "injured"}  # "Woman critical after being shot", "13-year-old's toe grazed by bullet"


def _headline_victims(doc):
    """Headline grammar the parser misreads: a person noun, perhaps with an age after it, then
    an intransitive casualty word ("Boy, 13, dies after ...", "12-year-old boy dead in ..."), or
    a casualty word before it ("slain teen", "murdered teen", "wounded officer")."""
    found = []
    for tok in doc:
        if not (is_person(tok) or _age_noun(tok) or tok.lower_ == "another") or tok.tag_ in ("NNS", "NNPS"):
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.lower_ in HEADLINE_WORDS and before.lower_ not in ("dies", "died", "shot"):
            found.append((HEADLINE_WORDS[before.lower_], tok.text.lower(), 1))
            continue
        j = tok.i + 1
        if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].like_num and doc[j + 2].text == ",":
            j += 3  # "Boy, 13, dies"
        elif j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].like_num:
            j += 2  # "Father of 3 fatally shot"
        if j + 1 < len(doc) and doc[j].lower_ in ("is", "was", "are", "were", "gets", "got", "accidentally",
                                                   "accidently", "critically", "seriously", "badly") \
                and doc[j + 1].lower_ in HEADLINE_WORDS:
            j += 1  # "girl, 15, is killed by masked gunmen", "16-year-old accidentally shot"
        if j + 1 < len(doc) and doc[j].tag_ == "POS":
            j += 2  # "13-year-old's toe grazed by bullet": the victim's body part
        if tok.dep_ == "nsubj" and _with_gunshot_wounds(tok.head):
            found.append(("injured", tok.text.lower(), _listed_before(tok)))
            continue  # "Boy, girl walk into hospital with gunshot wounds"
        if j + 1 < len(doc) and doc[j].lower_ == "in" and doc[j + 1].lower_ in ("critical", "serious", "stable", "grave"):
            found.append(("injured", tok.text.lower(), _listed_before(tok)))
            continue  # "2-year-old in critical condition from gunshot"
        if j + 1 < len(doc) and doc[j].lower_ in ("suffers", "suffered", "sustains", "sustained") \
                and any(t.lower_ in ("wound", "wounds", "injury", "injuries") for t in doc[j + 1:j + 5]) \
                and not any(t.lower_ in ("fatal", "deadly", "mortal") for t in doc[j + 1:j + 5]):
            found.append(("injured", tok.text.lower(), _listed_before(tok)))
            continue  # "16-year-old suffers accidental gunshot wound"
        if j + 2 < len(doc) and doc[j].lower_ == "shot" and doc[j + 1].text in (",", "&", "and") \
                and doc[j + 2].lower_ in ("killed", "dead", "dies", "died"):
            j += 2  # "senior shot, killed in Akron"
        k = j + 1 if j < len(doc) and doc[j].lower_ in ("accidentally", "accidently") else j  # "officer accidentally shoots self"
        if k + 1 < len(doc) and doc[k].lower_ in ("kills", "killed", "shoots", "shot") \
                and doc[k + 1].lower_ in ("himself", "herself", "self"):
            found.append(("killed" if doc[k].lower_.startswith("kill") else "shot", tok.text.lower(), 1))
            continue  # "3-year-old kills herself with loaded gun"
        if j + 1 < len(doc) and doc[j].lower_ in ("fatally", "mortally") and doc[j + 1].lower_ == "shot":
            found.append(("killed", tok.text.lower(), _listed_before(tok)))
            continue
        if j + 1 < len(doc) and doc[j].lower_ == "found" and doc[j + 1].lower_ in ("dead", "slain", "murdered", "shot"):
            j += 1  # "Teacher, son found dead"
        if j + 1 < len(doc) and doc[j].lower_ == "shot" and doc[j + 1].lower_ in ("dead", "to"):
            found.append(("killed", tok.text.lower(), _listed_before(tok)))  # "Mother, daughter shot dead"
            continue
        if j < len(doc) and doc[j].lower_ in HEADLINE_WORDS:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is None or nxt.pos_ not in ("DET", "NOUN", "PROPN", "PRON", "NUM") \
                    or nxt.like_num and j + 2 < len(doc) and doc[j + 2].lower_ == "times":  # "officer shot man": active
                found.append((HEADLINE_WORDS[doc[j].lower_], tok.text.lower(), _listed_before(tok)))
    firsts = {}
    for role, words, listed in found:  # the first victim of each role
        firsts.setdefault(role, (role, words, listed))
    return list(firsts.values())


def _with_gunshot_wounds(verb) -> bool:
    """The verb's clause ends "with gunshot wounds" and tells no death."""
    words = [t.lower_ for t in verb.subtree]
    return any(w in ("wound", "wounds", "injuries") and i and words[i - 1] == "gunshot" and "with" in words[:i]
               for i, w in enumerate(words)) and not {"dies", "died", "dead", "killed", "fatal"} & set(words)


def _listed_after(doc, at: int) -> int:
    """Person nouns listed after the victim at `at` that end the headline's clause ("shooting of
    child, father"); a noun with a verb of its own after it starts another clause."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return 0
    i = span.start
    while i < len(doc) and doc[i].dep_ in ("det", "amod", "compound", "nummod", "poss"):
        i += 1  # to the victim's noun
    count = 0
    while i + 2 < len(doc) and (doc[i + 1].text in (",", "&") or doc[i + 1].lower_ == "and"):
        noun, after = doc[i + 2], doc[i + 3] if i + 3 < len(doc) else None
        if not is_person(noun) or noun.tag_ not in ("NN", "NNP") or after is not None and after.pos_ in ("VERB", "AUX"):
            break
        count, i = count + 1, i + 2
    return count


def _listed_before_count(doc, at: int) -> int:
    """'Baby, 4 people injured', 'Woman, 3 teenage daughters shot': one victim named before the
    figure in the headline's list."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span.start < 2:
        return 0
    sep, prev = doc[span.start - 1], doc[span.start - 2]
    if sep.text not in (",", "&") and sep.lower_ != "and":
        return 0
    alone = prev.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" or c.like_num for c in prev.children)
    return 1 if alone and (is_person(prev) or _age_noun(prev)) else 0


def _listed_before(tok) -> int:
    """Victims listed before the one the casualty word follows: "Teacher, 17-month-old son found
    dead" names two; a number in the list leaves it to the count grammar."""
    doc, count, i = tok.doc, 1, tok.i - 1
    while i > 0:
        while i > 0 and doc[i].dep_ in ("amod", "compound", "nummod", "punct") and doc[i].text not in (",", "&") \
                or i > 0 and doc[i].text in ("-",) or i > 0 and doc[i].lower_ in ("year", "years", "month", "months", "old"):
            i -= 1  # the left modifiers of the listed noun ("17-month-old")
        if doc[i].text not in (",", "&") and doc[i].lower_ != "and":
            break
        prev = doc[i - 1]
        if prev.like_num or not (is_person(prev) or prev.ent_type_ == "PERSON"):
            break
        counted = _counted_by(prev)
        if counted:
            return count + counted  # "2 children, woman shot": the count the parse left unread, then the noun
        count, i = count + 1, i - 2
    return count


def _counted_by(noun) -> int:
    """The number right before a plural listed noun ("2 children", "three teens"), 0 if none."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.i == 0:
        return 0
    before = noun.doc[noun.i - 1]
    if not before.like_num:
        return 0
    return int(before.text) if before.text.isdigit() and int(before.text) < 100 else NUMBER_WORDS.get(before.lower_, 0)


def _age_noun(tok) -> bool:
    """'a 16-year-old' standing for the victim."""
    return tok.lower_ == "old" and any(t.lemma_.lower() in ("year", "month") for t in tok.doc[max(tok.i - 3, 0):tok.i])


def _fatal_event(tok) -> bool:
    """A headline naming a deadly event without a count: "fatal shooting", "deadly crash",
    "homicide", "murder", "manslaughter", "shooting death": at least one death. Headline
    parses often tag the event noun a verb ("investigate deadly shooting"): its role in the
    clause and its word decide."""
    lemma, word = tok.lemma_.lower(), tok.lower_
    nominal = tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj", "ROOT")
    if not nominal:
        return False
    if lemma in ("homicide", "murder", "slaying", "killing", "manslaughter") or word in ("killing", "slaying"):
        return True
    if lemma == "death" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("shooting", "stabbing", "gunshot", "gun"):
        return True  # "charged in teen's shooting death"
    event = lemma in EVENT_NOUNS or word in EVENT_NOUNS or word == "gunfire"
    return event and (any(c.lower_ in ("fatal", "deadly", "lethal") for c in tok.children)
                      or tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("fatal", "deadly", "lethal"))

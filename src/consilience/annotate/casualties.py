"""The killed and injured figures of an article's main incident.

`main_casualties(article, quantities)` reads the casualty figures `find_quantities` found (and
the roles it noted for them: a figure, a victim without a number, a pronoun, a count added to
another) in the title and the body, and settles on one killed and one injured figure.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Article
from .quantities import _analyse, find_quantities, roles_for
from .quantities_measure import EVENT_NOUNS, is_person


def _roles_for(article: Article, quantities) -> dict[tuple[int, int], str]:
    cached = roles_for(article)
    if cached is not None:
        return cached
    roles = {}
    for q in quantities:
        if q.measure in ("killed", "injured"):
            one = q.low == 1 and q.high == 1 and not any(ch.isdigit() for ch in article.text[q.span.start:q.span.end])
            roles[(q.span.start, q.span.end)] = q.measure + (":one" if one else "")
    return roles


def main_casualties(article: Article, quantities, doc=None) -> tuple[Optional[int], Optional[int]]:
    """The killed and injured figures of the article's main incident.

    The main incident is the one the headline and the opening state: a figure in the title
    wins, then the first figure stated in the text for each role (later paragraphs often
    recall other incidents); "and two others injured" right after a figure adds to it. With no
    figure, victims named without a number count one ("a man was shot dead", "he died"), and
    a figure of people shot gives injured = shot - killed. No mention at all gives 0.
    """
    if quantities is None:
        quantities = find_quantities(article, doc)
    body = _evidence(article.text, quantities, _roles_for(article, quantities))
    title = _title_evidence(article)
    first = dict(body.first)
    position = dict(body.position)
    for role, value in title.first.items():
        first[role] = value
        position[role] = -1
    singles = {r: title.singles[r] + body.singles[r] for r in body.singles}
    # victims without a number: one, plus those coordinated with it ("a teacher and her son")
    single_count = {r: max(title.longest[r], body.longest[r], 1) for r in body.singles}
    pronouns = {r: body.pronouns[r] for r in body.pronouns}
    killed = first.get("killed")
    injured = first.get("injured")
    if killed is None:
        killed = single_count["killed"] if (singles["killed"] or pronouns["killed"]) else 1 if title.fatal_event else 0
        source = title if title.singles["killed"] else body
        if source.singles["killed"] and source.pronoun_adds["killed"]:
            killed = max(killed, source.longest["killed"] + 1)  # "killed his wife and then himself"
    elif (title if "killed" in title.first else body).pronoun_adds["killed"]:
        killed += 1  # "killed his two children and then himself"
    elif body.self_killed and not body.suicide_word and killed > 1:
        killed += 1  # "four people were killed ... the gunman then killed himself"
    shot = first.get("shot")
    if shot is not None and (injured is None or position["shot"] < position["injured"]):
        # "four people were shot ... one was grazed": the later figure details the first
        # the dead among those shot, counted by the same source as the shot ("mom, two sons died"
        # in a headline vs "the mother and her two sons ... were each shot" in the text)
        dead = body.first["killed"] if "shot" not in title.first and "killed" in body.first else killed
        injured = max(shot - dead, 0)
    if injured is None:
        # one victim named twice ("a man was shot ... he died") is one death, not an injury too:
        # with a death, a nameless injury counts only when it is someone else's
        hurt = singles["injured"] + singles["shot"]
        # "another man was wounded" (an :add); "a teen shot another teen" is no second victim
        others = {c for c in hurt if set(c.split()) & OTHER_WORDS} or {
            c for ev in (title, body) for c in ev.added["injured"] + ev.added["shot"] if set(c.split()) & OTHER_MARKS}
        if killed == 0 and (hurt or pronouns["injured"] or pronouns["shot"]):
            injured = single_count["injured"] if singles["injured"] else single_count["shot"] if singles["shot"] else 1
        elif killed and (others or _distinct_victim(singles) or _shooter_died(body, singles, killed)
                         or killed == 1 and (_new_referent(body) or _other_gender(singles))):
            injured = 1
    return killed, (injured if injured is not None else 0)


OTHER_WORDS = {"second", "also", "third", "fourth", "fifth"}
OTHER_MARKS = {"another", "other", "others"}
_AGE = re.compile(r"(\d+)[- ](?:year|month)s?[- ]old")


def _distinct_victim(singles) -> bool:
    """An injured victim told apart from the dead by age: "the 19-year-old ... died", "the
    14-year-old was wounded"."""
    dead = {m.group(1) for c in singles["killed"] for m in _AGE.finditer(c)}
    hurt = {m.group(1) for c in singles["injured"] + singles["shot"] for m in _AGE.finditer(c)}
    return bool(dead) and bool(hurt - dead)


def _shooter_died(body, singles, killed: int) -> bool:
    """The only death is a suicide ("wounded an officer, then killed himself") and someone is
    named wounded: the shooter's victim survived."""
    return killed == 1 and body.self_killed > 0 and not singles["killed"] and "killed" not in body.first \
        and bool(singles["injured"])


def _new_referent(ev) -> bool:
    """'A teen was killed and a child was injured': soon after a dead victim is introduced
    ("a ..."), a wounded one introduced the same way is someone else."""
    dead = [at for at, c in zip(ev.at["killed"], ev.singles["killed"]) if c.startswith(("a ", "an "))]
    if not dead:
        return False
    named = set(ev.singles["killed"])
    return any(0 < at - dead[0] < 300 and c.startswith(("a ", "an ")) and c not in named
               for at, c in zip(ev.at["injured"], ev.singles["injured"]))


MALE = {"man", "boy", "father", "son", "brother", "husband", "dad", "uncle", "grandfather", "male", "boyfriend",
        "nephew", "stepfather", "grandson"}
FEMALE = {"woman", "girl", "mother", "daughter", "sister", "wife", "mom", "aunt", "grandmother", "female",
          "girlfriend", "niece", "stepmother", "granddaughter", "lady"}


def _other_gender(singles) -> bool:
    """'A man was killed ... a girl was wounded': the dead named by one sex only, the wounded by the other."""
    def sexes(phrases):
        found = set()
        for c in phrases:
            words = set(c.replace("-", " ").split())
            found |= {"m"} if words & MALE else set()
            found |= {"f"} if words & FEMALE else set()
        return found
    dead = sexes(singles["killed"])
    hurt = sexes(singles["injured"])
    return len(dead) == 1 and bool(hurt - dead) and len(hurt) == 1


class _Evidence:
    def __init__(self):
        self.first: dict[str, int] = {}
        self.singles: dict[str, list[str]] = {"killed": [], "injured": [], "shot": []}
        self.pronouns: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}
        self.position: dict[str, int] = {}
        self.single_adds: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}
        self.at: dict[str, list[int]] = {"killed": [], "injured": [], "shot": []}  # where each single is
        self.longest: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}  # victims named in a row
        self.pronoun_adds: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}
        self.added: dict[str, list[str]] = {"killed": [], "injured": [], "shot": []}
        self.self_killed = 0
        self.suicide_word = False
        self.fatal_event = False


def _evidence(text: str, quantities, roles) -> _Evidence:
    ev = _Evidence()
    last_end: dict[str, int] = {}
    for (start, end), role in roles.items():
        base, _, kind = role.partition(":")
        if kind == "pron" and base in ev.pronouns:
            ev.pronouns[base] += 1
            if base == "killed" and text[start:end].lower() in ("himself", "herself"):
                ev.self_killed += 1
        if kind == "add" and base in ev.pronouns and not any(ch.isdigit() for ch in text[start:end]) \
                and (start, end) not in {(q.span.start, q.span.end) for q in quantities}:
            ev.pronoun_adds[base] += 1
    run: dict[str, tuple[int, int]] = {}  # victims named one by one in a row: (end, how many)
    ev.suicide_word = "suicide" in text.lower() or _INCLUSIVE.search(text) is not None  # the toll counts the shooter
    for q in quantities:
        role = roles.get((q.span.start, q.span.end))
        if role is None:
            continue
        base, _, kind = role.partition(":")
        if kind == "pron" or base not in ev.singles and kind:
            continue
        if kind in ("add", "addone") and base in ev.first and base in last_end \
                and _same_sentence(text, last_end[base], q.span.start) and q.low is not None:
            ev.first[base] += int(q.low)  # "killed 2 adults, 2 teens", "three men and a woman"
            last_end[base] = q.span.end
            continue
        if kind in ("one", "addone"):
            ev.singles[base].append(text[q.span.start:q.span.end].lower())
            ev.at[base].append(q.span.start)
            chained = base in run and _same_sentence(text, run[base][0], q.span.start)
            if kind == "one":
                run[base] = (q.span.end, 1)
            elif chained and ev.singles[base][-2] == ev.singles[base][-1]:
                run[base] = (q.span.end, run[base][1])  # a caption said twice
            elif chained:
                run[base] = (q.span.end, run[base][1] + 1)
            else:  # added to one named by a pronoun ("himself and his son"); "another man" alone is one
                run[base] = (q.span.end, 1 if set(ev.singles[base][-1].split()) & OTHER_MARKS else 2)
            ev.longest[base] = max(ev.longest[base], run[base][1])
            if kind == "addone":
                ev.single_adds[base] += 1
                ev.added[base].append(ev.singles[base][-1])
            continue
        if q.low is None or _statistic(text, q.span.start, q.span.end):
            continue
        value = int(q.low)
        if kind == "addpron":
            value, kind = value + 1, "add"  # "he and three others were shot", "left him and his two daughters dead"
        if kind == "add" and base in run and _same_sentence(text, run[base][0], q.span.start):
            value += run[base][1]  # "a man and two women were killed", "his wife and four daughters"
        if base not in ev.first:
            ev.first[base] = value
            ev.position[base] = q.span.start
            last_end[base] = q.span.end
        elif (q.counts or "").lower() in ("others", "other") and base in last_end \
                and _same_sentence(text, last_end[base], q.span.start):
            ev.first[base] += value  # "two men in critical condition and two others injured"
            last_end[base] = q.span.end
    return ev


_INCLUSIVE = re.compile(r"\b(?:including|among them|counting) (?:the )?(?:shooter|gunman|suspect|killer|attacker)", re.I)
_STATISTIC = re.compile(
    r"\b(?:(?:in|for|of|since|during|through|by)\s+(?:19|20)\d\d\b|(?:19|20)\d\d\s+(?:report|study|data|statistics|figures)"
    r"|(?:last|this|a|per|each|every|that)\s+year\b|so far|to date|nationwide|across the (?:country|nation|state|city)"
    r"|in the (?:United States|U\.S\.|US|country|nation)\b|annually|year-to-date|since (?:January|the start))", re.I)


def _statistic(text: str, start: int, end: int) -> bool:
    """A figure in a sentence about a period or a place at large ("in 2014, 21,000 occupants were
    killed", "at least four children died last year", "so far this year"): a statistic, not the
    incident's toll."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) if stops else len(text)
    return _STATISTIC.search(text, left, right) is not None


def _same_sentence(text: str, start: int, end: int) -> bool:
    between = text[start:end]
    return end - start < 200 and not any(mark in between for mark in (". ", "\n", "? ", "! "))


_TITLE_TAIL = ("| ", " - ", " :: ", " — ", " – ")


def _title_evidence(article: Article) -> _Evidence:
    title = (article.title or "").strip()
    if not title:
        return _Evidence()
    for sep in _TITLE_TAIL:  # drop an outlet name after the headline
        if sep in title:
            title = title.split(sep)[0].strip()
    head = Article(id=article.id + "#title", origin=article.origin, text=title)
    from .nlp import load_nlp

    doc = load_nlp()(title)
    quantities, roles = _analyse(head, doc, headline=True)
    ev = _evidence(title, quantities, roles)
    ev.fatal_event = any(_fatal_event(tok) for tok in doc)
    if not any(ev.singles.values()):
        for role, words in _headline_victims(doc):
            ev.singles[role].append(words)
    return ev


HEADLINE_WORDS = {"dies": "killed", "died": "killed", "dead": "killed", "killed": "killed", "slain": "killed",
                  "murdered": "killed", "shot": "shot", "wounded": "injured", "injured": "injured", "hurt": "injured"}


def _headline_victims(doc):
    """Headline grammar the parser misreads: a person noun, perhaps with an age after it, then
    an intransitive casualty word ("Boy, 13, dies after ...", "12-year-old boy dead in ..."), or
    a casualty word before it ("slain teen", "murdered teen", "wounded officer")."""
    found = []
    for tok in doc:
        if not (is_person(tok) or _age_noun(tok)) or tok.tag_ in ("NNS", "NNPS"):
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.lower_ in HEADLINE_WORDS and before.lower_ not in ("dies", "died", "shot"):
            found.append((HEADLINE_WORDS[before.lower_], tok.text.lower()))
            continue
        j = tok.i + 1
        if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].like_num and doc[j + 2].text == ",":
            j += 3  # "Boy, 13, dies"
        elif j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].like_num:
            j += 2  # "Father of 3 fatally shot"
        if j + 1 < len(doc) and doc[j].lower_ in ("fatally", "mortally") and doc[j + 1].lower_ == "shot":
            found.append(("killed", tok.text.lower()))
            continue
        if j < len(doc) and doc[j].lower_ in HEADLINE_WORDS:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is None or nxt.pos_ not in ("DET", "NOUN", "PROPN", "PRON", "NUM") \
                    or nxt.like_num and j + 2 < len(doc) and doc[j + 2].lower_ == "times":  # "officer shot man": active
                found.append((HEADLINE_WORDS[doc[j].lower_], tok.text.lower()))
    return found[:1]


def _age_noun(tok) -> bool:
    """'a 16-year-old' standing for the victim."""
    return tok.lower_ == "old" and any(t.lemma_.lower() in ("year", "month") for t in tok.doc[max(tok.i - 3, 0):tok.i])


def _fatal_event(tok) -> bool:
    """A headline naming a deadly event without a count: "fatal shooting", "deadly crash",
    "homicide", "murder": at least one death."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in ("homicide", "murder", "slaying", "killing"):
        return True
    return lemma in EVENT_NOUNS and any(c.lower_ in ("fatal", "deadly", "lethal") for c in tok.children)

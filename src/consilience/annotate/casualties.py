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
from .casualties_lead import distinct_in_sentence, fatal_phrase, ordinal_victims, wounded_beside_dead


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
    The title yields to the lead where the lead's death toll is one more (a terse headline list)
    or where the title repeats a round-up of several incidents; round-ups and statistics are no
    incident's toll. Victims named one by one in one sentence, marked "also" or by an ordinal,
    or wounded in the clause after a death add to the wounded (`casualties_lead`).
    """
    if quantities is None:
        quantities = find_quantities(article, doc)
    body = _evidence(article.text, quantities, _roles_for(article, quantities))
    title = _title_evidence(article)
    first = dict(body.first)
    position = dict(body.position)
    from_title = set()
    for role, value in title.first.items():
        if value in body.skipped.get(role, ()):
            continue  # the headline repeats a round-up's total ("3 dead, 11 wounded" over "in Monday shootings")
        if role == "killed" and body.first.get(role) == value + 1 and body.position[role] < LEAD_FIGURE:
            continue  # "mom, two sons died" over "a mother and her two sons were found dead": the lead's
            # total counts the one a terse headline lists without a number (or the shooter)
        first[role] = value
        position[role] = -1
        from_title.add(role)
    singles = {r: title.singles[r] + body.singles[r] for r in body.singles}
    # victims without a number: one, plus those coordinated with it ("a teacher and her son")
    single_count = {r: max(title.longest[r], body.longest[r], 1) for r in body.singles}
    pronouns = {r: body.pronouns[r] for r in body.pronouns}
    killed = first.get("killed")
    injured = first.get("injured")
    if killed is None:
        killed = single_count["killed"] if (singles["killed"] or pronouns["killed"]) else 1 if title.fatal_event else 0
        if killed == 0 and fatal_phrase(article.title or "", article.text):
            killed = 1  # "the family of a teen shot and killed by police": a death the parse missed
        source = title if title.singles["killed"] else body
        if source.singles["killed"] and source.pronoun_adds["killed"]:
            killed = max(killed, source.longest["killed"] + 1)  # "killed his wife and then himself"
    elif (title if "killed" in from_title else body).pronoun_adds["killed"]:
        killed += 1  # "killed his two children and then himself"
    elif body.self_killed and not body.suicide_word and killed > 1:
        killed += 1  # "four people were killed ... the gunman then killed himself"
    elif "killed" in from_title and _TITLE_SUICIDE.search(article.title or "") \
            and not _SUICIDE_COUNTED.search(article.title or ""):
        killed += 1  # "Two boys killed, father commits suicide"
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
        if killed == 0 and (hurt or pronouns["injured"] or pronouns["shot"]):
            injured = max(single_count["injured"] if singles["injured"] else 0,
                          single_count["shot"] if singles["shot"] else 0, 1)
            # victims named one by one: "the uncle was shot in the hand, while the child was shot in the chest"
            named = list(zip(body.at["injured"], body.singles["injured"])) + list(zip(body.at["shot"], body.singles["shot"]))
            also = sum(c.endswith(" also") for c in hurt)
            injured = max(injured, distinct_in_sentence(article.text, named), ordinal_victims(hurt), 1 + also)
        elif killed:
            dead = list(zip(body.at["killed"], body.singles["killed"]))
            if "killed" in body.position:  # "two boys were killed and a teen girl was injured"
                dead.append((body.position["killed"], "(figure)"))
            named = list(zip(body.at["injured"], body.singles["injured"])) + list(zip(body.at["shot"], body.singles["shot"]))
            beside = wounded_beside_dead(article.text, dead, [(at, c) for at, c in named if at < LEAD_VICTIMS])
            if beside or _second_victim(title, body, killed):
                injured = max(1, ordinal_victims(hurt) - killed, beside)  # "a third victim was grazed"
    return killed, (injured if injured is not None else 0)


def _second_victim(title, body, killed: int) -> bool:
    """Someone wounded besides the dead, told in the headline or the opening paragraphs (later
    ones often recall other incidents): "another man was wounded", a victim of another age or
    sex, one introduced anew, the wounded victim of a shooter who then killed himself."""
    lead = {r: [c for at, c in zip(body.at[r], body.singles[r]) if at < LEAD_VICTIMS] for r in body.singles}
    singles = {r: title.singles[r] + lead[r] for r in body.singles}
    hurt = singles["injured"] + singles["shot"]
    # "another man was wounded" (an :add); "a teen shot another teen" is no second victim
    others = {c for c in hurt if set(c.split()) & OTHER_WORDS} or {
        c for ev in (title, body) for at, c in ev.added["injured"] + ev.added["shot"]
        if set(c.split()) & OTHER_MARKS and (ev is title or at < LEAD_VICTIMS)}
    dead = {c.split()[-1] for c in title.singles["killed"]}
    if dead and any(c.split()[-1] not in dead for c in title.singles["injured"]):
        return True  # "Man killed, woman wounded in shooting"
    return bool(others or _distinct_victim(singles) or _shooter_died(body, singles, killed)
                or killed == 1 and (_new_referent(body) or _other_gender(singles)))


LEAD_VICTIMS = 1500  # characters: victims named this early belong to the main incident
LEAD_FIGURE = 300  # characters: a figure stated this early tells the main incident

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
        self.added: dict[str, list[tuple[int, str]]] = {"killed": [], "injured": [], "shot": []}  # where, what
        self.self_killed = 0
        self.skipped: dict[str, set[int]] = {}  # figures of round-ups and statistics in the lead, by role
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
            if _MEMBERS.search(text, last_end[base], q.span.start):
                continue  # "killing four of them, including his mother and nephew": members, not more victims
            ev.first[base] += int(q.low)  # "killed 2 adults, 2 teens", "three men and a woman"
            last_end[base] = q.span.end
            continue
        if kind in ("one", "addone"):
            also = _ALSO.match(text, q.span.end) is not None  # "a 22-year-old man was also shot": one more
            ev.singles[base].append(text[q.span.start:q.span.end].lower() + (" also" if also else ""))
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
                ev.added[base].append((q.span.start, ev.singles[base][-1]))
            continue
        if q.low is None:
            continue
        if _statistic(text, q.span.start, q.span.end):
            if q.span.start < LEAD_FIGURE:
                ev.skipped.setdefault(base, set()).add(int(q.low))
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


_TITLE_SUICIDE = re.compile(r"\b(?:commits?|committed) suicide\b"
                            r"|\b(?:kills?|killed|shoots?|shot|turns?|turned)\b[^,;]{0,20}\b(?:himself|herself)\b", re.I)
_SUICIDE_COUNTED = re.compile(r"murders?[\s/-]+suicide|including (?:the )?(?:shooter|gunman|suspect)", re.I)
# members of a count, named after it or set off from it ("six people — five men and one woman —")
_MEMBERS = re.compile(r"\b(?:including|among them|among whom|namely)\b|\s[—–]\s|\s--\s|\(|:", re.I)
_ALSO = re.compile(r"\s*(?:,\s*)?(?:(?:was|were|is|has been|had been)\s+)?also\s+(?:been\s+)?"
                   r"(?:shot|wounded|injured|hurt|hit|struck|grazed|hospitalized)\b", re.I)
_INCLUSIVE = re.compile(r"\b(?:including|among them|counting) (?:the )?(?:shooter|gunman|suspect|killer|attacker)", re.I)
_STATISTIC = re.compile(
    r"\b(?:(?:in|for|of|since|during|through|by)\s+(?:19|20)\d\d\b|(?:19|20)\d\d\s+(?:report|study|data|statistics|figures)"
    r"|(?:last|this|a|per|each|every|that)\s+year\b(?!\s+(?:ago|earlier|later|before|after))|so far|to date|nationwide|across the (?:country|nation|state|city)"
    r"|in the (?:United States|U\.S\.|US|country|nation)\b|annually|year-to-date|since (?:January|the start))", re.I)


def _statistic(text: str, start: int, end: int) -> bool:
    """A figure in a sentence about a period or a place at large ("in 2014, 21,000 occupants were
    killed", "at least four children died last year", "so far this year"): a statistic, not the
    incident's toll."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) if stops else len(text)
    return _STATISTIC.search(text, left, right) is not None or _ROUNDUP.search(text, left, right) is not None


_COUNT_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|separate|unrelated|different|weekend|overnight)"
# a round-up of several incidents ("four people were wounded in shootings Tuesday", "11 shot in
# less than 30 hours", "six injured in two separate shootings"): its total is no incident's toll
_ROUNDUP = re.compile(
    r"\b" + _COUNT_WORDS + r"\s+(?:\w+\s+)?(?:shootings|incidents)\b"
    r"|\bin (?!the\b)(?:\w+\s+){0,2}shootings\b"
    r"|\b(?:in|within|over) (?:less than |under |about |the (?:past|last) )?(?:\d+|\w+) hours\b|\b\d+-hour (?:span|period)\b", re.I)


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
    parsed = any(ev.singles.values())
    for role, words, listed in _headline_victims(doc):
        if not parsed or not ev.singles[role] and role != "killed":
            ev.singles[role].append(words)  # "Man killed, woman wounded": the second clause's victim too
        if ev.singles[role]:
            ev.longest[role] = max(ev.longest[role], listed)  # "Teacher, 17-month-old son found dead"
    return ev


HEADLINE_WORDS = {"dies": "killed", "died": "killed", "dead": "killed", "killed": "killed", "slain": "killed",
                  "murdered": "killed", "shot": "shot", "wounded": "injured", "injured": "injured", "hurt": "injured"}


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
        count, i = count + 1, i - 2
    return count


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

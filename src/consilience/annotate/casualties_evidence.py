"""The casualty evidence of one text: each role's first figure and the victims named without one.

`evidence(text, quantities, roles)` walks the casualty figures `find_quantities` found in order,
with the roles it noted for them, and keeps what `main_casualties` weighs: the first figure of
each role (with counts added to it in the same sentence), victims named one by one, pronouns,
figures of round-ups and statistics set aside.
"""
from __future__ import annotations

import re

LEAD_VICTIMS = 1500  # characters: victims named this early belong to the main incident
LEAD_FIGURE = 300  # characters: a figure stated this early tells the main incident

OTHER_WORDS = {"second", "also", "third", "fourth", "fifth"}
OTHER_MARKS = {"another", "other", "others"}
GENERIC_COUNTS = {"victims", "people", "persons", "others", "individuals"}
_SET_OFF = re.compile(r"\s*(?:other\s+)?[\w-]*\s*,\s*(?:and\s+)?", re.I)
_NEXT_MEMBER = re.compile(r"\s*[\w-]*\s*,?\s+and\s+", re.I)
# counted nouns no victim count has (the parse may still hang a casualty word on them)
NOT_VICTIM_COUNTS = {"arrests", "charges", "counts", "warrants", "shots", "rounds", "bullets", "casings", "years",
                     "months", "weeks", "days", "hours", "minutes", "times", "blocks", "miles", "feet", "dollars",
                     "vehicles", "cars", "trucks", "homes", "houses", "buildings", "windows", "guns", "weapons",
                     "rifles", "handguns", "firearms", "magazines", "incidents", "shootings", "calls", "cases"}


class Evidence:
    def __init__(self):
        self.first: dict[str, int] = {}
        self.singles: dict[str, list[str]] = {"killed": [], "injured": [], "shot": []}
        self.pronouns: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}
        self.position: dict[str, int] = {}
        self.single_adds: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}
        self.at: dict[str, list[int]] = {"killed": [], "injured": [], "shot": []}  # where each single is
        self.longest: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}  # victims named in a row
        self.lead_run: dict[str, list[str]] = {"killed": [], "injured": [], "shot": []}  # the longest in the lead, no pronoun
        self.pronoun_adds: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}
        self.added: dict[str, list[tuple[int, str]]] = {"killed": [], "injured": [], "shot": []}  # where, what
        self.self_killed = 0
        self.skipped: dict[str, set[int]] = {}  # figures of round-ups and statistics in the lead, by role
        self.suicide_word = False
        self.fatal_event = False
        self.others: set[str] = set()  # roles whose first figure counts others than those named before
        self.died_among: tuple[int, int] | None = None  # where and how many "one of the victims died" tells


def evidence(text: str, quantities, roles) -> Evidence:
    ev = Evidence()
    last_end: dict[str, int] = {}
    for (start, end), role in roles.items():
        base, _, kind = role.partition(":")
        if base in ev.pronouns and hypothetical(text, start, end):
            continue
        if kind == "pron" and base in ev.pronouns:
            ev.pronouns[base] += 1
            if base == "killed" and text[start:end].lower() in ("himself", "herself"):
                ev.self_killed += 1
        if kind == "add" and base in ev.pronouns and not any(ch.isdigit() for ch in text[start:end]) \
                and (start, end) not in {(q.span.start, q.span.end) for q in quantities}:
            ev.pronoun_adds[base] += 1
    run: dict[str, tuple[int, int]] = {}  # victims named one by one in a row: (end, how many)
    nouns = {"killed": 0, "injured": 0, "shot": 0}
    listing: set[str] = set()  # roles whose first figure's members are being listed
    generic: dict[str, bool] = {}  # the role's first figure counts "victims" or "people", not men or women
    ev.suicide_word = "suicide" in text.lower() or _INCLUSIVE.search(text) is not None  # the toll counts the shooter
    for q in quantities:
        role = roles.get((q.span.start, q.span.end))
        if role is None:
            continue
        base, _, kind = role.partition(":")
        if kind == "pron" or base not in ev.singles and kind:
            continue
        if base in ev.singles and q.low != 0 and hypothetical(text, q.span.start, q.span.end):
            continue  # "no one died" read as one death ("no one was hurt" is already a zero)
        if base == "injured" and (ev.first.get("killed") or ev.singles["killed"]) \
                and _ALL_OF_THEM.search(text[max(q.span.start - 5, 0):q.span.end]) \
                and not _OTHER_AFTER.match(text, q.span.end):  # "the three other victims" are not the dead
            continue  # "... were found dead. All five had gunshot wounds" / "the four were taken to a hospital, where
            # they died": a count that refers back to the dead, not the wounded
        if kind in ("add", "addone") and base in ev.first and base in last_end \
                and _same_sentence(text, last_end[base], q.span.start) and q.low is not None:
            if _MEMBERS.search(text, last_end[base], q.span.start) or _OF_MEMBERS.match(text, last_end[base]):
                continue  # "killing four of them, including his mother and nephew", "the double shooting of his
                # mother and brother": members, not more victims
            if (q.counts or "").lower() in OTHER_MARKS and _COUNT_BETWEEN.search(text, last_end[base], q.span.start):
                continue  # "three were rushed to a hospital, where one is critical and two others were treated"
            if generic.get(base) and kind == "add" and (q.counts or "").lower() not in OTHER_MARKS \
                    and (_SET_OFF.fullmatch(text, last_end[base], q.span.start)
                         or base in listing and _NEXT_MEMBER.fullmatch(text, last_end[base], q.span.start)):
                last_end[base] = q.span.end
                listing.add(base)  # the next member may follow "and" alone
                continue  # "the other three victims, one male and two females, were taken ...": its members
            ev.first[base] += _count(q)  # "killed 2 adults, 2 teens", "three men and a woman"
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
            # the same run without a pronoun's referent, who may be the dead ("killed him and wounded his son")
            nouns[base] = nouns[base] + 1 if kind == "addone" and chained and ev.singles[base][-2] != ev.singles[base][-1] \
                else nouns[base] if kind == "addone" and chained else 1
            if q.span.start < LEAD_VICTIMS and nouns[base] > len(ev.lead_run[base]):
                ev.lead_run[base] = ev.singles[base][-nouns[base]:]
            if kind == "addone":
                ev.single_adds[base] += 1
                ev.added[base].append((q.span.start, ev.singles[base][-1]))
            continue
        if q.low is None or _AGE_AFTER.match(text, q.span.end):
            continue  # "a 4 y/o shot by a stray bullet": an age, not a count
        if text.startswith("-", q.span.end) and not text.startswith("--", q.span.end):
            continue  # "a two-shot .22-caliber handgun": a compound modifier, not a count of people
        if (q.counts or "").lower() in NOT_VICTIM_COUNTS:
            continue  # "2 arrests made in shooting" misparsed: a count of things, not of people
        if _statistic(text, q.span.start, q.span.end):
            if q.span.start < LEAD_FIGURE:
                ev.skipped.setdefault(base, set()).add(_count(q))
            continue
        value = _count(q)
        joined = False  # the figure counts the one named with it too ("he and four others were shot")
        if kind == "addpron":
            # "he and three others were shot", "left him and his two daughters dead"
            value, kind, joined = value + 1, "add", True
        if kind == "add" and base in run and _same_sentence(text, run[base][0], q.span.start):
            value += run[base][1]  # "a man and two women were killed", "his wife and four daughters"
            joined = True
        if base in ("injured", "shot") and _PARTITIVE.match(text, q.span.end):
            group = _group_before(text, quantities, q)
            if group is not None and group > value:
                value = group  # "four people were found bleeding from gunshot wounds, two of them critically wounded"
        if base not in ev.first:
            generic[base] = (q.counts or "").lower() in GENERIC_COUNTS
            ev.first[base] = value + _next_ordinal(text, q.span.end, base, value)
            if base == "injured" and (by_gun := _BY_GUNFIRE.match(text, q.span.end)) \
                    and 0 < _WORDS.get(by_gun.group(1).lower(), 0) < value:
                # "six injured, five with gunshot wounds": those hit by the gunfire are the toll
                ev.first[base] = _WORDS[by_gun.group(1).lower()]
            ev.position[base] = q.span.start
            last_end[base] = q.span.end
            if ((q.counts or "").lower() in ("others", "other") or _OTHER_NOUN.match(text, q.span.end)) and not joined:
                ev.others.add(base)  # "one killed, four others shot", "three other men were shot": not counting the dead
        elif (q.counts or "").lower() in ("others", "other") and base in last_end \
                and _same_sentence(text, last_end[base], q.span.start) \
                and not _COUNT_BETWEEN.search(text, last_end[base], q.span.start):
            # "two men in critical condition and two others injured"; in "three were rushed to a
            # hospital, where one is in critical condition and two others were treated" the others are its members
            ev.first[base] += value
            last_end[base] = q.span.end
    m = _SOME_DIED.search(text, 0, LEAD_VICTIMS)
    if m and not hypothetical(text, m.start(), m.end()):
        ev.died_among = (m.start(), NUMBER_WORDS[m.group(1).lower()])
    if "killed" not in ev.first:
        if ev.died_among is not None:
            # "four people were shot ... one of the victims died": the number is no count the parse
            # keeps ("one of" reads as a pronoun), yet it is the toll among those shot
            ev.position["killed"], ev.first["killed"] = ev.died_among
    return ev


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10}
_WORDS = {**NUMBER_WORDS, **{str(n): n for n in range(1, 100)}}
# the part of the injured hurt by the gunfire itself, told right after them (the rest hurt by glass or in a fall)
_BY_GUNFIRE = re.compile(r"[^.;]{0,80}?(?:,|\s[—–-]+)\s*(?:including\s+)?(\w+)\s+(?:of them\s+)?(?:with|from|by|suffering)\s+"
                         r"(?:(?:\w+\s+)?gunshots?|gunfire|bullets?)\b", re.I)
_SOME_DIED = re.compile(r"\b(one|two|three|four|five) of (?:the|them|those)\b(?:\s+(?:\w+\s+)?(?:victims|people|men|women|"
                        r"teens|teenagers|boys|girls|children|wounded|injured|persons))?,?\s+(?:\w+ly\s+)?"
                        r"(?:later\s+|has\s+|have\s+|had\s+)?(?:died|was killed|were killed|was pronounced dead|succumbed)\b", re.I)


TITLE_SUICIDE = re.compile(r"\b(?:commits?|committed) suicide\b"
                            r"|\b(?:kills?|killed|shoots?|shot|turns?|turned)\b[^,;]{0,20}\b(?:himself|herself)\b", re.I)
SUICIDE_COUNTED = re.compile(r"murders?[\s/-]+suicide|including (?:the )?(?:shooter|gunman|suspect)", re.I)
# members of a count, named after it or set off from it ("six people — five men and one woman —")
_MEMBERS = re.compile(r"\b(?:including|among them|among whom|namely)\b|\s[—–]\s|\s--\s|\(|:", re.I)
# "a man, identified as John Doe, 20, was also shot": an apposition may stand between the victim and the verb
_ALSO = re.compile(r"\s*(?:,\s*|,[^,.;:!?\n]{1,60}(?:,\s*\d{1,3})?,\s*)?(?:(?:was|were|is|has been|had been)\s+)?also\s+(?:been\s+)?"
                   r"(?:shot|wounded|injured|hurt|hit|struck|grazed|hospitalized)\b", re.I)
_OF_MEMBERS = re.compile(r"\s+of\s+(?!them\b|those\b|whom\b)", re.I)
_INCLUSIVE = re.compile(r"\b(?:including|among them|counting) (?:the )?(?:shooter|gunman|suspect|killer|attacker)", re.I)
_AGE_AFTER = re.compile(r"\s*(?:y/o|y\.o\.|yo|yrs?\.? old|years? old)\b", re.I)
_STATISTIC = re.compile(
    r"\b(?:(?:in|for|of|since|during|through|by)\s+(?:19|20)\d\d\b|(?:19|20)\d\d\s+(?:report|study|data|statistics|figures)"
    r"|(?:last|this|a|per|each|every|that)\s+year\b(?!\s+(?:ago|earlier|later|before|after))|so far|to date|nationwide|across the (?:country|nation|state|city)"
    r"|in the (?:United States|U\.S\.|US|country|nation)\b(?!['’]s|\s+(?:city|town|state)\b)|annually|year-to-date|since (?:January|the start)"
    r"|(?:in|over|during|for|within) the (?:past|last|previous) (?:\w+ )?(?:weeks|months|years|decades)\b"
    # a count of victims "injured or killed" is neither toll
    r"|\b(?:injured|wounded|hurt|shot) or (?:killed|dead|died)\b|\b(?:killed|dead) or (?:injured|wounded|hurt)\b)", re.I)


def _count(q) -> int:
    """The number stated: "about 19 wounded" is kept as the interval [18.05, 19.95], "nearly 20"
    as [18, 20]; the outlet told 19 and 20."""
    if q.qualifier == "about" and q.high is not None and q.low:
        return round(q.high) if abs(q.low - 0.9 * q.high) < 1e-3 else round((q.low + q.high) / 2)
    return int(q.low)


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
    r"|\b(?:in|within|over) (?:less than |under |about |the (?:past|last) )?(?:\d+|\w+) hours\b|\b\d+-hour (?:span|period)\b"
    r"|\bacross the city\b|\bcitywide\b|\bsince (?:about )?\d+(?::\d+)? ?[ap]\.?m\b", re.I)  # "since 8 p.m."


def _same_sentence(text: str, start: int, end: int) -> bool:
    between = text[start:end]
    return end - start < 200 and not any(mark in between for mark in (". ", "\n", "? ", "! "))


same_sentence = _same_sentence
statistic = _statistic


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}
_ROLE_WORDS = {"killed": r"killed|died|dead|slain|murdered",
               "injured": r"wounded|injured|hurt|shot|grazed|hit|struck",
               "shot": r"wounded|injured|hurt|shot|grazed|hit|struck"}
_ORDINAL_AFTER = re.compile(r"\b(?:an?|the)\s+(" + "|".join(ORDINALS) + r")\b", re.I)


def _next_ordinal(text: str, end: int, base: str, value: int) -> int:
    """'Three men shot, a fourth wounded by shrapnel', 'four were shot, and a fifth person may
    have been hurt', 'two men were shot. A third was grazed': the next victim numbered by an
    ordinal in the same sentence or the next adds one, when its own casualty word is of the
    figure's kind."""
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops + [len(text)])
    nxt = [i for i in (text.find(". ", right + 1), text.find("\n", right + 1)) if i >= 0]
    right = min(nxt + [len(text), end + 200])  # this sentence and the next ("Two men were shot. A third was grazed.")
    m = _ORDINAL_AFTER.search(text, end, right)
    if base not in _ROLE_WORDS or m is None or ORDINALS[m.group(1).lower()] != value + 1:
        return 0
    if _UNHURT_AFTER.match(re.sub(r"^\s+[\w-]+", "", text[m.end():m.end() + 160])):
        return 0  # "two teens were shot. A third teen, who was standing nearby, was not injured"
    return 1 if re.search(r"\b(?:" + _ROLE_WORDS[base] + r")\b", text[m.end():right], re.I) else 0


# a count told between a figure and "N others": the others are set against it, not against the figure
_COUNT_BETWEEN = re.compile(r"\b(?:one|two|three|four|five|six|\d+)\b(?! of)", re.I)
# "the three other victims": a definite count that is not the dead told again
_OTHER_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:other|others|remaining|surviving)\b", re.I)
_OTHER_NOUN = re.compile(r"\s+other\s+(?:\w+\s+)?(?:victims|people|persons|men|women|boys|girls|teens|teenagers|children|adults"
                         r"|individuals|males|females|students|officers|deputies|customers|passengers|patrons|bystanders)\b", re.I)
_ALL_OF_THEM = re.compile(r"\b(?:all|both)\s+(?:of\s+them\s+|the\s+)?\w+\s*$|^\s*(?:all|both)\b|\bthe\s+\w+\s*$", re.I)
_MODAL_BEFORE = re.compile(r"(?:\b(?:could|would|might|may)(?:\s+not)?\s+have\b|\b(?:nearly|almost)\b)[^.;]*$|\bno\s+$", re.I)
_MODAL_AFTER = re.compile(r"^\s*(?:could|would|might|may)(?:\s+not)?\s+have\b"  # "the girl almost lost her life"
                          r"|^\s*(?:(?:was|were|is|are|had been|has been)\s+)?(?:nearly|almost)\s+(?:died|dies|killed|lost|bled)\b", re.I)
# "a third teen, who was outside at the time, was not injured": the victim's own predicate negated
_UNHURT_AFTER = re.compile(r"^(?:\s*,[^.;:!?\n,]{1,100},)?\s*(?:(?:(?:was|were|is|are|has been|have been)\s+(?:not|never)"
                           # "was not seriously hurt" was hurt: no adverb between
                           r"|wasn't|weren't|isn't|aren't)\s+(?:injured|hurt|struck|hit|wounded|shot|killed)\b"
                           r"|(?:was|were|is|are|escaped|remained)\s+(?:uninjured|unharmed|unhurt|unscathed)\b"
                           r"|escaped (?:injury|without injury)\b)", re.I)


def hypothetical(text: str, start: int, end: int) -> bool:
    """A victim in a modal or negated clause: "no one died", "could have cost a child his life",
    "a child could have been killed", "nearly killed two men" (the parse marks none of these)."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - 40)
    return _MODAL_BEFORE.search(text[left:start]) is not None or _MODAL_AFTER.match(text[end:end + 25]) is not None \
        or _UNHURT_AFTER.match(text[end:end + 160]) is not None


_PARTITIVE = re.compile(r"\s+of (?:them|those|whom|the victims)\b", re.I)


def _group_before(text: str, quantities, q):
    """The count of people a partitive figure ("two of them") is taken from, told earlier in its
    sentence without a casualty role of its own: the wounded are all of the group."""
    found = None
    for other in quantities:
        if other.span.start >= q.span.start:
            break
        if other.measure == "people" and other.low is not None and _same_sentence(text, other.span.start, q.span.start):
            found = int(other.low)
    return found

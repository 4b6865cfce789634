"""How much of a measure's toll a casualty figure states, from the words around it.

A figure is not always a report's whole count of the measure: "shot four people, killing one"
counts everyone shot, so it bounds the killed from above; "six wounded — two mortally" counts
the dead among the wounded; "two men and a woman were wounded" is a part of a toll joined to
another group (`as_stated`). Some figures are no toll at all (`not_a_toll`): "the stabbing
victim", "the other eight", "the names of two" point back at people told of before, and "a
17-year-old" after a report's first figure is one of those it counted; "an eighth
victim" is one more of a number told elsewhere; sums over separate incidents or a period vary
from report to report; "One dead, others hurt" is a count of the dead whatever measure it was
given. Each reading widens or drops the figure, so that two reports only conflict over what
they both state. The injured in one condition ("two remain in critical condition", "were
treated and released") are a part of all the injured (`condition_of`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .claims import Evidence

_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_CASUALTY = r"(?:dead|killed|slain|died|injured|wounded|hurt|shot)"
_NUMBER = r"(?:a|an|one|another|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_PERSON = (r"(?:man|men|woman|women|boy|boys|girl|girls|child|children|teen\w*|person|people|others?|friends?|officers?|"
           r"agents?|deput(?:y|ies)|students?|victims?|adults?|bab(?:y|ies)|infants?|toddlers?|mothers?|fathers?|sons?|daughters?)")

# "shot four people, killing one": the figure counts all those shot.
_ALL_SHOT = re.compile(r"(?:\bshot|\bshooting|\bopened\s+fire\s+on)\s+$", re.I)
_THEN_SPLIT = re.compile(r"^(?:\s+[\w-]+){0,2}?\s*,?\s+(?:killing|wounding|injuring)\b", re.I)
# "six people wounded -- two mortally": the dead counted among the wounded.
_MORTALLY = re.compile(r"^(?:\s+[\w-]+){0,2}?\s*(?:—|–|--|-|,)\s*(\w+)(?:\s+of\s+them)?\s+(?:mortally|fatally)\b", re.I)
_VERB = r"(?:is|are|was|were|has|have|had|remains?|remained)"
# "two young men and a woman were wounded": one group of several joined into one toll (a verb
# before "and", or "was" after the last one, starts a clause of its own: "a man was in critical
# condition and two other victims ...", "two men dead and a woman was hurt"); "two officers --
# Jackson and Gerald -- and Deputy Garafola": someone named joined to them.
_JOINED = re.compile(rf"^(?:\s+(?!{_CASUALTY}\b|{_VERB}\b)[\w-]+){{0,5}}?\s*,?\s+"
                     rf"(?:and\s+(?P<count>{_NUMBER}|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?{_PERSON}\b"
                     rf"(?!\s+(?:was|is|has\s+been)\s+{_CASUALTY}\b)|as\s+well\s+as\b|"
                     rf"(?:--|—|–)[^.;]{{0,80}}?(?:--|—|–)\s+and\s+(?:(?:an?|the|\d{{1,3}}-year-old)\s+)?(?-i:[A-Z]))", re.I)
# ... unless the verb after the joined group tells another measure ("killed two men and a woman
# wounded").
_VERB_AFTER = re.compile(r"^\s+(?:(?:were|are|have\s+been)\s+)?(?P<verb>dead|killed|slain|died|injured|wounded|hurt)\b", re.I)
_MEASURE_OF = {"dead": "killed", "killed": "killed", "slain": "killed", "died": "killed",
               "injured": "injured", "wounded": "injured", "hurt": "injured"}
# "a 3-month-old baby and four other people", "five men and four women": the group joined before.
_JOINED_BEFORE = re.compile(rf"(?:^|[,;:]\s*|\b(?:said|say|says)\s+)(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                            rf"(?:[\w-]+\s+){{0,2}}?{_PERSON},?\s+and\s+$", re.I)
# "His two children were also injured along with four other people".
_ALONG_WITH = re.compile(rf"^[^.;]{{0,80}}?\b(?:along|together)\s+with\s+(?P<count>{_NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\b", re.I)
# "wounded two children ..., and also wounded an 18-year-old": more victims of the same measure.
_ALSO = {"injured": re.compile(rf"^[^.;]{{0,80}}?\band\s+also\s+(?:wounded|injured|hurt|shot)\s+{_NUMBER}\b", re.I),
         "killed": re.compile(rf"^[^.;]{{0,80}}?\band\s+also\s+(?:killed|slain|shot\s+and\s+killed)\s+{_NUMBER}\b", re.I)}
# "then killed three more people", "nine additional victims", "Besides Kendall, two other men":
# people counted on top of someone told of before, a part of the toll.
_MORE = re.compile(r"^\s+(?:more|additional)\b(?!\s+than)", re.I)
_BESIDES = re.compile(r"\b(?:besides|in\s+addition\s+to|apart\s+from|aside\s+from)\b[^.;]{0,40}$", re.I)
# The gunman counted among the dead, or beside them: reports that count the victims alone and
# reports that count every death give figures one apart.
_WITH_SHOOTER = re.compile(r"^[^.;]{0,50}?\bincluding\s+(?:the\s+)?(?:\w+\s+)?(?:shooter|gunman|suspect|attacker|assailant|killer)\b", re.I)
_AND_HIMSELF = re.compile(r"^[^.;]{0,60}?\b(?:and|before|then)\s+(?:then\s+)?"
                          r"(?:(?:turning|turned|killing|killed|shooting|shot|taking|took)\s+)?"
                          r"(?:the\s+gun\s+on\s+)?(?:himself|herself|his\s+own\s+life|her\s+own\s+life)\b", re.I)
# "one person was pronounced dead at the scene": those who died there; others may die later.
_AT_SCENE = re.compile(r"^[^.;]{0,40}?\b(?:at|on)\s+the\s+scene\b", re.I)
# "two of the four victims", "three of the men": some of the injured.
_PARTITIVE = re.compile(r"^\s+of\s+(?:the|them|those|these)\b", re.I)
# "One dead, others hurt" given as the injured: the word after the figure tells the dead.
_DEAD_AFTER = re.compile(rf"^\s+(?:{_PERSON}\s+)?(?:dead|killed|slain)\b", re.I)
# "the stabbing victim", "the other eight": someone told of before, or the rest of a group
# (a number after "the", "the two men", is a count).
_REFERENCE = re.compile(rf"^the\s+(?:(?!other\b|{_NUMBER}\b)[\w-]+\s+)?(?:victim|{_PERSON})$", re.I)
_THE_REST = re.compile(r"^the\s+other\b", re.I)
# "the other three men", "the names of two victims", "four juveniles, including two children":
# the rest of a group, those named, or a part of a toll told beside it.
# (One victim described, "including a 17-year-old", is still someone whose age reports may contradict.)
_PART_BEFORE = re.compile(r"\b(?:the\s+other|names?\s+of(?:\s+the)?)\s+$", re.I)
_INCLUDED = re.compile(r"\bincluding\s+$", re.I)

# "Another man, 35, was taken to ..." after a report's first figure: one more of those it told of.
_ANOTHER = re.compile(r"^another\b", re.I)
# "Police said 10 people were wounded. One of the victims was killed.": the wounded counted with
# the dead among them.
_DIED_AMONG = re.compile(r"^[^.;]{0,20}?(?P<count>one|two|three|\d+)\s+of\s+(?:the|them|those|these|whom)\b[^.;]{0,30}?"
                         r"\b(?:died|(?:was|were|has\s+been|have\s+been)\s+(?:killed|pronounced\s+dead)|(?:is|are)\s+dead)\b",
                         re.I)
# "three others" beside someone in a condition told of just before.
_OTHERS = re.compile(r"^\S+\s+others?\b", re.I)
_IN_CUSTODY = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:in|under)\s+"
                         r"(?:police\s+)?(?:custody|arrest)\b", re.I)

_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
# One more victim ("an eighth gunshot victim", "the fourth victim"): one of a number told
# elsewhere, not a count of anyone. ("Another man" often is the toll: "left another man dead".)
_ONE_MORE = re.compile(rf"^(?:(?:an?|the)\s+(?:\w+\s+)?)?{_ORDINAL}\b", re.I)
# "each person", "every victim": said of all of them, whatever their number.
_EACH = re.compile(r"^(?:each|every)\b", re.I)
_DESCRIBED = re.compile(r"^an?\s+(?!total\b|number\b|dozen\b|couple\b|pair\b|few\b)", re.I)
_NAME = re.compile(r"^[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]*){1,3}$")
_NOT_NAMES = frozenset("""a an the one two three four five six seven eight nine ten eleven twelve all both each every no
several dozens many most some other others""".split())
# A sum over several incidents ("13 injured in separate shootings around Chicago", "shootings
# across the city"): its period and its incidents vary from report to report. (A number of
# shootings alone, "three overnight shootings", is often one gunman's spree: one toll.)
_AGGREGATE = re.compile(r"\b(?:separate|different|unrelated)\s+(?:\w+\s+)?(?:shootings|incidents|attacks)\b|"
                        r"\b(?:shootings|incidents)\s+(?:\w+\s+)?(?:across|around|throughout|all\s+over)\b|"
                        # ... in several parts of a city ("shootings on the North, West and South sides")
                        r"\bshootings\b[^.;]{0,60}\b(?:sides|neighbou?rhoods|parts\s+of)\b|"
                        # ... or over a period ("since October 2014", "so far this year")
                        r"\bsince\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{4}\b|\bso\s+far\s+this\s+year\b|"
                        r"\b(?:in|during)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{4}|the\s+(?:month|year))\s+alone\b",
                        re.I)


def _number(word: str) -> Optional[int]:
    word = word.lower()
    return int(word) if word.isdigit() else 1 if word in ("a", "an", "another") else _WORDS.get(word)


def _beside_a_condition(before: str) -> bool:
    """The words before a figure end with someone's condition and a conjunction: "one man is in
    critical condition and" (not the figure's own "seriously wounded three others")."""
    last = None
    for last in _CONDITION.finditer(before):
        pass
    return last is not None and re.fullmatch(r"\s*,?\s*(?:and|while|but|;)\s*", before[last.end():], re.I) is not None


def _next_words(e: Evidence) -> str:
    """The start of the sentence after the figure's own."""
    return e.article_text[e.sentence.end:e.sentence.end + 120]


def _shares_the_measure(e: Evidence, joined: re.Match) -> bool:
    """The verb after a group joined behind the figure, if any, tells the figure's own measure."""
    if joined.re is not _JOINED:
        return True
    verb = _VERB_AFTER.match(joined.string[joined.end():])
    return verb is None or _MEASURE_OF[verb.group("verb").lower()] == e.measure


def names_a_victim(e: Evidence) -> bool:
    """The figure is a victim's name ("Le Truong" read as one killed)."""
    words = e.text.strip()
    return bool(_NAME.match(words)) and not set(words.lower().split()) & _NOT_NAMES


def not_a_toll(e: Evidence) -> bool:
    """A figure that is no report's toll of its measure: one more victim, "each person", a
    victim's name taken for a figure, a sum over separate incidents or a period, a reference back
    to people already told of, or a count of another measure."""
    words = e.text.strip()
    if _ONE_MORE.match(words) or _EACH.match(words) or names_a_victim(e) or _AGGREGATE.search(e.context):
        return True
    # One victim described ("a 17-year-old male who was taken to ...") after the report's first
    # figure of the measure: someone among the toll it gave, not a toll of one.
    if e.low == e.high == 1 and not e.lead and _DESCRIBED.match(words):
        return True
    before, _, after = e.in_context()
    if _REFERENCE.match(words) or _THE_REST.match(words) or _PART_BEFORE.search(before[-24:]):
        return True
    if _INCLUDED.search(before[-12:]) and not re.match(r"(?:a|an|the)\b", words, re.I):
        return True
    return e.measure == "injured" and bool(_DEAD_AFTER.match(after))


def as_stated(e: Evidence) -> Evidence:
    """The figure widened to what its words state of the measure; its toll dropped when so."""
    if e.claim.kind != "quantity" or e.measure not in ("killed", "injured", "arrested") or e.low is None:
        return e
    before, _, after = e.in_context()
    low, high = e.low, e.high
    if _MORE.match(after) or _BESIDES.search(before):
        high = None  # at least this many: more than someone told of before
    elif e.measure == "killed" and _WITH_SHOOTER.match(after):
        low = max(0.0, low - 1)  # "seven people, including the shooter": six victims, or seven dead
    elif e.measure == "killed" and _AND_HIMSELF.match(after):
        high = high + 1 if high is not None else None  # "killed three people and himself": four dead
    elif e.measure == "killed" and _AT_SCENE.match(after):
        high = None  # died at the scene; others may have died in hospital
    elif e.measure == "injured" and _PARTITIVE.match(after):
        high = None  # some of the injured: "two of the four victims have been discharged"
    elif _ALL_SHOT.search(before[-20:]) and _THEN_SPLIT.match(after):
        low = 0.0  # the killed, or the wounded, are some of them
    elif m := _MORTALLY.match(after):
        # The wounded less the dead among them; the killed among all those shot.
        low = max(0.0, low - (_number(m.group(1)) or low)) if e.measure == "injured" else 0.0
    elif (joined := _JOINED.match(after) or _JOINED_BEFORE.search(before) or _ALONG_WITH.match(after)) \
            and _shares_the_measure(e, joined):
        # "a baby and four other people", "two men and a woman": the groups added up when the
        # other's number is told, else at least this many (one of a list, "Three victims, a
        # 25-year-old man, a 26-year-old man and ...", is at least one)
        extra = _number(joined.group("count") or "")
        listed = re.search(r",\s*$", before)
        low, high = (low + extra, high + extra) if extra is not None and high is not None and not listed else (low, None)
    elif e.measure in _ALSO and _ALSO[e.measure].match(after):
        high = None  # at least this many: another group of the measure told beside them
    elif e.measure == "arrested" and (_OTHERS.match(e.text + after) or _IN_CUSTODY.match(after)):
        high = None  # "two other men were charged": besides the one the report is about; "one
        # man is in custody": those held now, of all arrested
    elif e.measure == "injured" and _OTHERS.match(e.text + after) and _beside_a_condition(before):
        high = None  # "one man is in critical condition and three others are injured": beside him
    elif not e.lead and _ANOTHER.match(e.text):
        high = None  # one more beside those told of before
    elif e.measure == "injured" and (died := _DIED_AMONG.match(after) or _DIED_AMONG.match(_next_words(e))):
        low = max(0.0, low - (_number(died.group("count")) or low))  # some of the wounded died
    if (low, high) == (e.low, e.high):
        return e
    return replace(e, low=low, high=high, toll=None)


# The injured in one condition ("one remains in critical condition", "two were treated and
# released") are a part of all the injured. Each pattern names the condition it tells.
_CONDITIONS = {
    "critical": r"\bcritical(?:ly)?\s+(?:condition|wounded|injured|hurt|injuries)|\bgrave\s+condition|"
                r"(?<!non-)(?<!non )(?<!not )life[- ]threatening",
    "serious": r"(?<!most )\bserious(?:ly)?\s+(?:condition|wounded|injured|hurt|injuries)",
    "stable": r"\b(?:stable|fair|good)\s+condition",
    "hospitalised": r"\bremain\w*\s+(?:in|at)\s+(?:the\s+)?hospital|\b(?:still|remain\w*)\s+hospitali[sz]ed",
    "released": r"\btreated\s+and\s+released|\breleased\s+from\s+(?:the\s+)?hospital|\bdischarged",
    "grazed": r"\bgrazed",
}
_CONDITION = re.compile("|".join(f"(?P<{key}>{pattern})" for key, pattern in _CONDITIONS.items()), re.I)
_NEGATED = re.compile(r"\b(?:not|no|non|never|n't)\b[\w\s-]{0,24}$", re.I)
# Another count between a figure and a condition ("three ... and another in critical condition",
# "nine were injured -- one in critical condition") takes the condition from it. Ages, times
# and years are no counts.
_OTHER_COUNT = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another|both|all|each|"
                          r"(?<!, )\d+(?!\s*-?\s*(?:years?|months?|weeks?)\b|\s*(?:a\.m|p\.m|:|,)|\d))\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:and|but|while)\b")


def condition_of(e: Evidence) -> Optional[str]:
    """The condition the sentence gives for this figure's injured, if any: the condition must
    follow the figure with no other count between them, or precede it in the same clause; "did
    not suffer life-threatening injuries" tells of all of them, not of a part."""
    before, words, _ = e.in_context()
    start, end = len(before), len(before) + len(words)
    for m in _CONDITION.finditer(e.context):
        if _NEGATED.search(e.context[max(0, m.start() - 30):m.start()]):
            continue
        if m.start() >= end:
            owned = not _OTHER_COUNT.search(e.context[end:m.start()])
        else:
            between = e.context[m.end():start]
            owned = m.end() <= start and not _OTHER_COUNT.search(between) and not _CLAUSE_BREAK.search(between)
        if owned:
            return m.lastgroup
    return None

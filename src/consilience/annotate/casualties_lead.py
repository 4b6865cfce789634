"""Word-order rules for the casualty figures where the parse is unreliable.

The small parser misreads reduced clauses ("the family of a teen shot and killed by police",
"a man found shot and killed", "the gun fired, mortally wounding the boy"): the victim gets no
role and the death is lost. `fatal_phrase` finds such a death by the words alone, in the
headline and the opening of the text, where the main incident is told.

Victims told one by one are counted by the shape of the sentence: several wounded, each with
a casualty verb of its own ("the uncle was shot in the hand, while the child was shot in the
chest": `distinct_in_sentence`), the wounded in the clause after a death ("a woman was killed
and her brother injured": `wounded_beside_dead`), a victim numbered by an ordinal ("a third
victim was grazed": `ordinal_victims`).
"""
from __future__ import annotations

import re

LEAD_CHARS = 1200  # the opening paragraphs: later ones often recall other incidents

_FATAL = re.compile(
    r"\b(?:shot and killed|shot dead|shot to death|stabbed to death|beaten to death|gunned down"
    r"|(?:fatally|mortally) (?:shot|shooting|wounded|wounding|injured|injuring|stabbed|stabbing|struck)"
    r"|(?:was|were) (?:killed|slain|murdered))\b", re.I)
_UNREAL = re.compile(
    r"\b(?:not|no|never|nobody|could|would|might|may|almost|nearly|narrowly|threatened|threatening"
    r"|tried|trying|attempted|attempting|plot\w*|if)\W+(?:\w+\W+){0,3}$|n't\W+(?:\w+\W+){0,3}$", re.I)


def fatal_phrase(title: str, text: str) -> bool:
    """A death told by a fixed phrase in the headline or the lead ("shot and killed", "fatally
    shot", "mortally wounding", "was killed"), not negated or hypothetical ("could have been
    killed", "was not fatally injured")."""
    for source in (title or "", text[:LEAD_CHARS]):
        for m in _FATAL.finditer(source):
            before = source[max(m.start() - 40, 0):m.start()]
            if _UNREAL.search(before):
                continue
            return True
    return False


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_DETS = ("a ", "an ", "the ", "one ")


def ordinal_victims(phrases) -> int:
    """'A third victim was grazed': a victim numbered by an ordinal means at least that many."""
    return max((ORDINALS[w] for c in phrases for w in c.split() if w in ORDINALS), default=0)


def distinct_in_sentence(text: str, found: list[tuple[int, str]]) -> int:
    """Victims named one by one in one sentence ("the uncle was shot in the hand, while the child
    was shot in the chest"): the most phrases with different nouns, none a pronoun, that one
    sentence names as wounded."""
    best, group, last = 0, [], None
    for at, phrase in sorted(found):
        if last is None or not _one_sentence(text, last, at) or not _TWO_CLAUSES.search(text[last:at]):
            group = []  # each victim with a casualty verb of its own, the clauses joined
        head = phrase.split()[-1]
        if phrase.startswith(_DETS) and head not in group:
            group.append(head)
        best = max(best, len(group))
        last = at
    return best


_TWO_CLAUSES = re.compile(r"\b(?:shot|wounded|injured|hurt|struck|hit|grazed)\b[^.;]{0,60}?(?:[,;]\s*|\s)(?:and|while|whereas|but)\s+$", re.I)


def _one_sentence(text: str, start: int, end: int) -> bool:
    between = text[start:end]
    return end - start < 250 and not any(mark in between for mark in (". ", "\n", "? ", "! "))


_AFTER_DEATH = re.compile(r"\b(?:killed|dead|died|slain|murdered)\b[^.;]{0,80}?(?:[,;]\s*(?:and\s+|while\s+)?|\s(?:and|while|whereas|but)\s+)$", re.I)


# the object of a wounding verb conjoined after the dead's own ("killing a boy and critically injuring his father")
_THEN_WOUNDING = re.compile(r"[^.;]{0,80}?(?:,\s*|\s)(?:and\s+)?(?:\w+ly\s+)?"
                            r"(?:wounding|injuring|wounded|injured|shooting|shot|hurting|hurt)\s+$", re.I)


# a wounded victim's clause, then the next clause's subject: one introduced anew ("a passenger") who died
_BEFORE_DEATH = re.compile(r"\b(?:condition|wounded|injured|hurt|hospitali[sz]ed|hospital|shot|grazed)\b[^.;]{0,60}?"
                           r"(?:[,;]\s*(?:and\s+|while\s+)?|\s(?:and|while|whereas|but)\s+)$", re.I)


def wounded_beside_dead(text: str, dead: list[tuple[int, str]], hurt: list[tuple[int, str]]) -> int:
    """Wounded victims named in the clause after a death in the same sentence ("a woman was killed
    and her brother and daughter injured", "a boy was shot and killed, his father was critically
    injured", "killing a boy and wounding his father"), or before a victim introduced anew who
    died: others than the dead, each with a noun of its own."""
    heads = set()
    for at, phrase in hurt:
        for d_at, d_phrase in dead:
            if d_at < at and _one_sentence(text, d_at, at) and d_phrase.split()[-1] != phrase.split()[-1] \
                    and (_AFTER_DEATH.search(text[d_at:at]) or _THEN_WOUNDING.match(text[d_at:at])):
                heads.add(phrase.split()[-1])
            elif at < d_at and _one_sentence(text, at, d_at) and d_phrase.startswith(("a ", "an ")) \
                    and d_phrase.split()[-1] != phrase.split()[-1] and _BEFORE_DEATH.search(text[at:d_at]):
                heads.add(phrase.split()[-1])  # "the driver is in critical condition and a passenger died"
    return len(heads)


# the shooter's own death: a suicide, or killed by police
_SUICIDE_ACT = re.compile(
    r"\b(?:turn(?:ed|ing|s)?|used|using) (?:the|a|his|her) (?:gun|weapon|rifle|pistol|handgun|shotgun|firearm) on (?:himself|herself)"
    r"|\b(?:took|taking|takes|take) (?:his|her) own life"
    r"|\b(?:before|then|and|after) (?:killing|killed|kills|fatally shooting|fatally shot) (?:himself|herself)\b"
    r"|\b(?:he|she) was (?:shot and killed|fatally shot|killed|shot dead|shot to death) by (?:police|officers|deputies|troopers|a deputy|an officer|a trooper)\b",
    re.I)


def suicide_after(text: str, start: int) -> bool:
    """The shooter's suicide told later in the sentence that begins at or holds `start` ("... before
    turning the gun on himself"), neither attempted nor hypothetical."""
    stops = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    right = min(stops) if stops else len(text)
    for m in _SUICIDE_ACT.finditer(text, start, right):
        if not _UNREAL.search(text[max(m.start() - 40, 0):m.start()]):
            return True
    return False


# "Heaven Mayo, 24, Justin King, 24, and Tobiasz Cudnik, 32, were all transported to the hospital"
_NAMED = r"[A-Z][\w'-]+(?: [A-Z][\w'.-]*)? [A-Z][\w'-]+(?:,? (?:Jr|Sr)\.?)?,? (?:age )?\d{1,2}"
_NAMED_WOUNDED = re.compile(r"(?:" + _NAMED + r",? (?:and )?){2,}(?:were|are|have been|had been) (?:all |both |each )?(?:\w+ly )?"
                            r"(?:wounded|injured|hurt|taken to|transported to|rushed to|treated|hospitali[sz]ed)\b")


def named_wounded(text: str) -> int:
    """Wounded victims named in a list, each by name and age, told as wounded or cared for in the
    opening paragraphs: how many names the longest such list holds."""
    return max((len(re.findall(_NAMED, m.group(0))) for m in _NAMED_WOUNDED.finditer(text, 0, LEAD_CHARS)), default=0)


def related_headline(text: str, at: int, lead: int) -> bool:
    """A figure told late on a line of its own with no closing stop ("Two men shot, one fatally,
    inside a deli"): the headline of a related story, once the lead (before `lead`) told its own."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    line = text[start:stop if stop >= 0 else len(text)].strip()
    return at > lead and 0 < len(line) <= 100 and line[-1] not in ".!?\"'”’:)"

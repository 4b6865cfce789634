"""Wounded victims who lived, named one by one beside the dead.

Where the text gives the dead but no count of the wounded, a victim named as wounded may be one
of the dead told twice ("a man was shot ... he died at the hospital") or someone else ("the
girl's stepfather was also shot and is in serious condition"). `survivors` counts the second
kind only: a wounded victim whose own passage tells no death and who is not named dead.
"""
from __future__ import annotations

import re

from .casualties_evidence import LEAD_VICTIMS, same_sentence

# a death told near the victim (the wounded victim may be the one who died), or no wound at all
_DEATH = re.compile(r"\b(?:died|dies|dead|death|killed|kills|killing|fatal\w*|slain|succumb\w*|deceased|pronounced"
                    r"|passed away|homicide|murder\w*|life support|lifeless|body|bodies|mortally"
                    r"|uninjured|unharmed|unhurt|not (?:injured|hurt|struck|hit|wounded)"
                    r"|(?:not|n't|never)\s+(?:\w+\s+){0,3}(?:survive|recover|make it))\b", re.I)
# what tells that the victim lived: care that ends, a wound called minor, survival foretold
_LIVED = re.compile(r"\b(?:stable|non-life|not life|non-critical|minor|treated and released|released from|recover\w*"
                    r"|surviv\w*|expected to (?:survive|recover|live|be (?:ok|okay|fine|all right))|remains? hospitali[sz]ed"
                    r"|good condition|fair condition|out of the hospital|was grazed|were grazed|remain(?:s|ed)? (?:in|at) (?:the |a )?hospital"
                    r"|(?:is|are|remains?) in (?:\w+ )?(?:serious|stable|good|fair|guarded) condition"
                    r"|(?<!mortally )(?<!fatally )wound(?:ed|ing))\b", re.I)
# care told of the victim in its own clause: "Cole Ervin, 20, was treated for gunshot wounds", "... was hospitalized"
_CARED_FOR = re.compile(r"[^.;]{0,80}?\b(?:was|were|is|are) (?:being )?(?:treated for|hospitali[sz]ed)\b", re.I)
_PRONOUNS = {"he", "she", "him", "her", "they", "them", "himself", "herself", "who", "whom"}


def survivors(text: str, body, dead_heads: set[str]) -> int:
    """Victims named as wounded in the opening paragraphs whose passage (their sentence from
    them on, and the next one) tells no death but says they lived, and who are not named among
    the dead: each a wounded victim, counted once by the noun naming it."""
    heads: set[str] = set()
    renamed: set[str] = set()  # the second name of one person ("her neighbor, Tom Baker")
    named = sorted((at, phrase) for role in ("injured", "shot") for at, phrase in zip(body.at[role], body.singles[role]))
    for i, (at, phrase) in enumerate(named):
        words = phrase.replace(" also", "").split()
        if at >= LEAD_VICTIMS or not words or words[-1] in _PRONOUNS:
            continue
        head = words[-1]
        if head in dead_heads and not _kin_by_name(text, at, words, body) or head in heads or head in renamed:
            continue
        if i and _RENAMED.fullmatch(text, named[i - 1][0] + len(named[i - 1][1].replace(" also", "")), at):
            renamed.add(head)  # "her neighbor, Tom Baker, ...": one person named twice
            continue
        left, passage = _passage(text, at)
        if _DEATH.search(passage, at - left) or not (_LIVED.search(passage) or _CARED_FOR.match(passage, at - left)):
            continue
        heads.add(head)
        name = _NAME_AFTER.match(text, at + len(" ".join(words)))
        if name:
            renamed.add(name.group(1).split()[-1].lower())  # "Her neighbor, Tom Baker, ... Baker is stable"
    return len(heads)


def _kin_by_name(text: str, at: int, words: list[str], body) -> bool:
    """'Charlotte Zaremba ... was pronounced dead. Suzanne Zaremba was taken to ...': a name that
    shares its surname with the dead's alone is a relative, not the dead named again."""
    if len(words) != 2 or not _NAME.fullmatch(text, at, at + len(" ".join(words))):
        return False
    dead = [(d_at, c) for d_at, c in zip(body.at["killed"], body.singles["killed"]) if c.split()[-1] == words[-1]]
    return bool(dead) and all(len(c.split()) == 2 and c.split()[0] != words[0] and _NAME.fullmatch(text, d_at, d_at + len(c))
                              for d_at, c in dead)


_NAME = re.compile(r"[A-Z][\w'-]+ [A-Z][\w'-]+")
_RENAMED = re.compile(r"\s*,\s*")
_NAME_AFTER = re.compile(r"\s*,\s*((?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]+)\s*,")


def _passage(text: str, at: int) -> tuple[int, str]:
    """The sentence that holds `at` and the next one. A death is looked for from the victim on
    only (one told before the victim in its sentence is another's: "X was killed while his
    mother was also shot"); a sign of life anywhere ("the killing of X and the wounding of Y")."""
    left = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = at
    for _ in range(2):
        stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
        end = min(stops) + 1 if stops else len(text)
    return left, text[left:end]


def told_with_the_toll(text: str, body, title, at: int, late) -> bool:
    """A wounded figure told late in the sentence of the article's own toll ("... killing a
    77-year-old deacon and wounding three others", "Two men are dead and two hurt" under "2
    killed"): the main incident told again, not another one."""
    killed_at = body.position.get("killed")
    with_it = killed_at is not None and same_sentence(text, *sorted((killed_at, at)))
    # the toll told before, in the headline or the lead: not the late sentence's own
    if killed_at is not None and not with_it and "killed" not in late:
        toll = body.first["killed"]
    else:
        before = [named for named in body.at["killed"] if named < at and not same_sentence(text, named, at)]
        toll = title.first.get("killed") or (1 if title.singles["killed"] or before else None)
    if with_it:
        here = body.first["killed"]
    else:
        here = sum(1 for named in body.at["killed"] if same_sentence(text, *sorted((named, at))))
    return bool(here) and here == toll


_BOTH = re.compile(r"\bboth(?: of them| of the victims| victims| men| women| boys| girls| teens| teenagers| children"
                   r"|(?: [\w'-]+){1,4} and(?: [\w'-]+){1,4})?,?\s+"  # "both the suspect and the child were taken ..."
                   r"(?:were|are|remain|remained|had|have|suffered|sustained)\b(?:(?!\. )[^\n]){0,80}?"
                   r"\b(?:hospitali[sz]ed|hospital|wounds?|injur\w+|stable|condition|treated|grazed)\b", re.I)


# "a shooting that sent both himself and a girl to the hospital"
_SENT_BOTH = re.compile(r"\b(?:sent|sending|put|putting|landed|landing)\s+both\b[^.\n]{0,60}?\bto\s+(?:a|the|an area|area|local)?\s*hospitals?\b", re.I)


def both_wounded(text: str) -> int:
    """'Both victims were taken to a hospital', 'both had non-life-threatening wounds', 'sent both
    himself and a girl to the hospital': two wounded, told together after they were named one by
    one (no death told, see the caller)."""
    m = _BOTH.search(text, 0, LEAD_VICTIMS) or _SENT_BOTH.search(text, 0, LEAD_VICTIMS)
    return 2 if m and not _DEATH.search(text, m.start(), m.end()) else 0

"""The killed and injured figures of an article's main incident.

`main_casualties(article, quantities)` reads the casualty figures `find_quantities` found (and
the roles it noted for them: a figure, a victim without a number, a pronoun, a count added to
another) in the title and the body, and settles on one killed and one injured figure. The
evidence of the body is gathered in `casualties_evidence`, the headline's in `casualties_title`,
word-order rules for clauses the parser misreads live in `casualties_lead`.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Article
from .quantities import _analyse, find_quantities, roles_for
from .casualties_evidence import (LEAD_FIGURE, LEAD_VICTIMS, NUMBER_WORDS, OTHER_MARKS, OTHER_WORDS, SUICIDE_COUNTED,
                                  TITLE_SUICIDE, evidence, same_sentence, statistic)
from .casualties_title import title_evidence
from .casualties_care import wounded_over_care
from .casualties_survivors import both_wounded, survivors, told_with_the_toll
from .casualties_lead import (distinct_in_sentence, fatal_phrase, named_wounded, ordinal_victims, related_headline,
                              suicide_after, wounded_beside_dead)
from .quantities_vocab import PERPETRATORS

LATE_FIGURE = 1000  # characters: a figure first told after victims named before it belongs elsewhere

def _roles_for(article: Article, doc=None) -> dict[tuple[int, int], str]:
    cached = roles_for(article)
    if cached is not None:
        return cached
    # the roles (victims without a number, pronouns, added counts) are not kept on the article,
    # and the figures alone lose them: read them again from the parse
    _, roles = _analyse(article, doc)
    return roles


def main_casualties(article: Article, quantities, doc=None, title_doc=None) -> tuple[Optional[int], Optional[int]]:
    """The killed and injured figures of the article's main incident.

    The main incident is the one the headline and the opening state: a figure in the title
    wins, then the first figure stated in the text for each role (later paragraphs often
    recall other incidents); "and two others injured" right after a figure adds to it. With no
    figure, victims named without a number count one ("a man was shot dead", "he died"), and
    a figure of people shot gives injured = shot - killed. No mention at all gives 0.
    The title yields to the lead where the lead's death toll is one more (a terse headline list)
    or where the title repeats a round-up of several incidents; round-ups and statistics are no
    incident's toll. Victims named one by one in one sentence, marked "also" or by an ordinal,
    or wounded in the clause after a death add to the wounded (`casualties_lead`). A figure
    first told late, after the lead named victims of its kind, is another incident's; "four
    others shot" does not count the dead; the shooter's suicide told after the first death
    ("... before turning the gun on himself") is one more death. Several named together as
    wounded beside a death are each one wounded, unless named dead later; so is a victim named
    beside the dead whose passage says they lived (`casualties_survivors`). "Ten were wounded ...
    one of the victims died" leaves nine wounded: the wounded who died are counted dead only.
    """
    if quantities is None:
        quantities = find_quantities(article, doc)
    body = evidence(article.text, quantities, _roles_for(article, doc))
    title = title_evidence(article, title_doc)
    first = dict(body.first)
    position = dict(body.position)
    late = [r for r, at in position.items() if at > LATE_FIGURE and _named_before(body, r, at)]
    if "killed" in late and title.first.get("killed") == body.first["killed"]:
        late.remove("killed")  # "Two men are dead and two hurt" told late under "2 killed in shooting": the headline's toll
    late = [r for r in late if r == "killed" or not told_with_the_toll(article.text, body, title, position[r], late)]
    if "killed" in late:  # "Man killed, 1 injured" in a list of related stories: both figures are another incident's
        late += [r for r in ("injured", "shot") if r in position and r not in late and position[r] > LATE_FIGURE
                 and same_sentence(article.text, min(position[r], position["killed"]), max(position[r], position["killed"]))]
    late += [r for r in position if r not in late and _another_day(article.text, body, r, position[r])]
    if "killed" in position and "killed" not in late and related_headline(article.text, position["killed"], LATE_FIGURE) \
            and min(position.get("injured", LATE_FIGURE), position.get("shot", LATE_FIGURE)) < LATE_FIGURE:
        late.append("killed")  # "Two men shot, one fatally, inside a deli" on a line of its own, after a lead of wounded
    for role in late:
        del first[role], position[role]  # the lead names its victims; a figure told this late is another incident's
    from_title = set()
    for role, value in title.first.items():
        if value in body.skipped.get(role, ()) or _roundup_in_lead(article.text, value):
            continue  # the headline repeats a round-up's total ("3 dead, 11 wounded" over "in Monday shootings",
            # "Shootings wound 6" over "three separate shootings left six people wounded")
        if role in body.first and _part_in_title(article.title or "", value):
            continue  # "Teen who was 1 of 7 injured", "9 victims, 1 critical", "3 still in hospital": a part, not the toll
        if role == "injured" and _hurt_beside_shot(article.text, body) and value == body.first["shot"] + 1:
            continue  # "Six injured" over "five people were shot and a girl was injured": the toll counts the shot
        if body.first.get(role) == value + 1 and body.position[role] < LEAD_FIGURE \
                and not (role != "killed" and role in title.others and title.first.get("killed")):
            continue  # "mom, two sons died" over "a mother and her two sons were found dead": the lead's
            # total counts the one a terse headline lists without a number (or the shooter, or the
            # one "in critical condition" beside "three others injured"); "1 dead, 3 others injured"
            # over "left four injured" counts the dead apart
        first[role] = value
        position[role] = title.position[role] - 10_000  # before the body's, in the headline's own order
        from_title.add(role)
    singles = {r: title.singles[r] + body.singles[r] for r in body.singles}
    # victims without a number: one, plus those coordinated with it ("a teacher and her son")
    single_count = {r: max(title.longest[r], body.longest[r], 1) for r in body.singles}
    pronouns = {r: body.pronouns[r] + title.pronouns[r] for r in body.pronouns}  # "Man accidentally shot himself"
    dead_at = min(body.at["killed"], default=0)
    if "killed" not in first and dead_at > LATE_FIGURE and not (title.singles["killed"] or pronouns["killed"]
                                                                or title.fatal_event) \
            and _named_before(body, "injured", dead_at) and not _refers_back(body):
        singles["killed"] = []  # the lead tells only of wounded victims; a death named this late is another incident's
    earlier_dead = "killed" not in first and singles["killed"] and not (title.singles["killed"] or pronouns["killed"]
                                                                        or title.fatal_event) \
        and _dead_dated_before(article.text, body, position)
    if earlier_dead:
        singles["killed"] = []  # "four people were shot at a vigil for a man killed last week": an earlier incident's dead
    killed = first.get("killed")
    injured = first.get("injured")
    with_shooter = False  # the shooter's own death counted by one of the rules below
    if killed is None:
        killed = single_count["killed"] if (singles["killed"] or pronouns["killed"]) else 1 if title.fatal_event else 0
        if killed == 0 and not earlier_dead and fatal_phrase(article.title or "", article.text):
            killed = 1  # "the family of a teen shot and killed by police": a death the parse missed
        source = title if title.singles["killed"] else body
        if source.singles["killed"] and source.pronoun_adds["killed"]:
            killed, with_shooter = max(killed, source.longest["killed"] + 1), True  # "killed his wife and then himself"
    elif (title if "killed" in from_title else body).pronoun_adds["killed"]:
        killed, with_shooter = killed + 1, True  # "killed his two children and then himself"
    elif body.self_killed and not body.suicide_word and killed > 1:
        killed, with_shooter = killed + 1, True  # "four people were killed ... the gunman then killed himself"
    elif "killed" in from_title and TITLE_SUICIDE.search(article.title or "") \
            and not SUICIDE_COUNTED.search(article.title or ""):
        killed, with_shooter = killed + 1, True  # "Two boys killed, father commits suicide"
    if killed and not with_shooter and not (body.pronoun_adds["killed"] or title.pronoun_adds["killed"]
                                            or TITLE_SUICIDE.search(article.title or "")):
        killed += _shooter_turned_gun(article.text, body, title if "killed" in from_title else None)
    if injured is not None and "injured" not in from_title and body.died_among is not None \
            and body.died_among[0] > position["injured"] and injured > body.died_among[1] \
            and body.position.get("killed") == body.died_among[0]:
        # "ten people were wounded ... one of the victims died": the dead are no longer wounded (a
        # toll told before, "left two dead ... two of the victims died", is the same dead again)
        injured -= body.died_among[1]
    shot = first.get("shot")
    if shot is not None and (injured is None or position["shot"] < position["injured"]):
        # "four people were shot ... one was grazed": the later figure details the first
        # the dead among those shot, counted by the same source as the shot ("mom, two sons died"
        # in a headline vs "the mother and her two sons ... were each shot" in the text)
        dead = body.first["killed"] if "shot" not in title.first and "killed" in body.first else killed
        counted_others = "shot" in (title.others if "shot" in title.first else body.others) \
            or "shot" in title.first and "injured" in body.others and body.first.get("injured") == shot \
            and body.position["injured"] < LEAD_FIGURE  # "3 shot" over "one died and three others were hurt"
        injured = shot if counted_others else max(shot - dead, 0)
        if injured == 0:
            # all those shot died ("quadruple shooting" over "left four dead"): the wounded are
            # told apart ("... and one person injured", "... and wounded a boy"), if at all
            injured = first.get("injured")
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
            injured = max(injured, distinct_in_sentence(article.text, named), ordinal_victims(hurt), 1 + also,
                          both_wounded(article.text))
        elif killed:
            dead = list(zip(body.at["killed"], body.singles["killed"]))
            if "killed" in body.position:  # "two boys were killed and a teen girl was injured"
                dead.append((body.position["killed"], "(figure)"))
            named = list(zip(body.at["injured"], body.singles["injured"])) + list(zip(body.at["shot"], body.singles["shot"]))
            beside = wounded_beside_dead(article.text, dead, [(at, c) for at, c in named if at < LEAD_VICTIMS])
            if beside or _second_victim(title, body, killed, article.text):
                injured = max(1, ordinal_victims(hurt) - killed, beside)  # "a third victim was grazed"
            together = [c for c in body.lead_run["injured"] if c not in body.singles["killed"]]
            if len(together) > 1:
                # "a woman, a man and a girl are recovering from their injuries": several named
                # together as wounded (not merely shot, which may hold the dead) and not named
                # dead later ("the younger child was pronounced dead") survived
                injured = max(injured or 0, len(together))
            if injured is None:
                dead_heads = {c.split()[-1] for c in title.singles["killed"] + body.singles["killed"]}
                injured = survivors(article.text, body, dead_heads) or None
    if not killed and not injured:
        # a report on the charges tells the victims only by them: "charged with 17 counts of attempted murder"
        injured = _attempted_murder_counts(article.text) or injured
    injured = max(injured or 0, named_wounded(article.text))  # the wounded named one by one with their ages
    injured = wounded_over_care(article.text, quantities, injured)  # "sent three to a hospital ... four were wounded"
    return killed, (injured if injured is not None else 0)


_WORD_NUMBERS = {n: word for word, n in NUMBER_WORDS.items()}


def _spelled(value: int) -> str:
    """An alternation matching the number in digits or in words: "3|three"."""
    return str(value) + ("|" + _WORD_NUMBERS[value] if value in _WORD_NUMBERS else "")


def _roundup_in_lead(text: str, value: int) -> bool:
    """The number told in the opening sentence as a round-up's or a statistic's (where the parse
    may give it no casualty role)."""
    number = r"\b(?:" + _spelled(value) + r")\b" \
        r"(?=(?:\s+\w+){0,2}?\s+(?:people|persons|victims|men|women|others|shot|wounded|injured|hurt|killed|dead)\b)"
    return any(statistic(text, m.start(), m.end()) for m in re.finditer(number, text[:LEAD_FIGURE], re.I))


_ATTEMPTED = re.compile(r"\b(\d+|" + "|".join(_WORD_NUMBERS.values()) + r") counts? of attempted "
                        r"(?:first[- ]degree |second[- ]degree )?(?:murder|homicide)", re.I)


def _attempted_murder_counts(text: str) -> int:
    m = _ATTEMPTED.search(text)
    if m is None:
        return 0
    word = m.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _part_in_title(title: str, value: int) -> bool:
    """The headline's figure counts some of the victims only: "1 of 7", "1 critical", "3 still in hospital"."""
    return re.search(r"\b(?:" + _spelled(value) + r")\s+(?:of\s+(?:the\s+)?(?:\d+|" + "|".join(_WORD_NUMBERS.values()) + r")\b"
                     r"|still\b|(?:in\s+|listed\s+in\s+)?(?:critical|serious|grave)\b)", title, re.I) is not None


def _hurt_beside_shot(text: str, body) -> bool:
    """The lead's count of the shot is followed in its sentence by one more victim hurt otherwise
    ("five people were shot and a girl was injured"): the gunfire's toll leaves that one out."""
    at = body.position.get("shot")
    return at is not None and at < LEAD_FIGURE and any(
        at < named and same_sentence(text, at, named) for named in body.at["injured"])


def _refers_back(body) -> bool:
    """A dead victim named as one already told ("the boy", "his daughter", a wounded victim's
    own name): the wounded victim died, not someone else."""
    wounded = {c.split()[-1] for c in body.singles["injured"] + body.singles["shot"]}
    return any(c.startswith(("the ", "his ", "her ", "their ")) or c.split()[-1] in wounded
               for c in body.singles["killed"])


# dates set before the incident a story tells
_PAST = (r"last (?:week|month|year|summer|spring|fall|winter)|(?:days|weeks|months|years) ago|earlier this (?:month|year)"
         r"|in (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:of )?)?(?:19|20)\d\d")
# a date after a death that sets it before the incident told ("killed in a shooting last week", "in November of 2012")
_DATED_AFTER = re.compile(r"[^.;!?\n]{0,80}?\b(?:" + _PAST + r")\b", re.I)
_DATED_BEFORE = re.compile(r"\b(?:" + _PAST + r")\b", re.I)  # "in 2010, he was charged with the murder of ..."
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _dead_dated_before(text: str, body, position: dict[str, int]) -> bool:
    """Every death the lead names without a number (or the text, where the lead names none) is
    dated back, or to another weekday, beside a count of the shot or wounded told without such a
    date: the dead belong to an earlier incident recalled ("five people were shot at a vigil Monday
    ... where a man was killed early Sunday")."""
    told = [position[r] for r in ("injured", "shot") if r in position]  # not those told late, of another incident
    if not told or not body.at["killed"]:
        return False
    figure_at = min(told)
    if _DATED_AFTER.match(text, figure_at) or _DATED_BEFORE.search(text, _sentence_start(text, figure_at), figure_at):
        return False  # the wounded dated back too
    figure_day = _WEEKDAY.search(text, _sentence_start(text, figure_at), _sentence_end(text, figure_at))
    named = list(zip(body.at["killed"], body.singles["killed"]))
    named = [(at, c) for at, c in named if at < LEAD_VICTIMS] or named
    return all(_dated(text, at, at + len(c), figure_day.group(0) if figure_day else None) for at, c in named)


def _dated(text: str, start: int, end: int, figure_day) -> bool:
    if _DATED_AFTER.match(text, end) or _DATED_BEFORE.search(text, _sentence_start(text, start), start):
        return True
    day = _WEEKDAY.search(text, end, min(end + 80, _sentence_end(text, end)))
    return bool(figure_day and day and day.group(0) != figure_day)


def _another_day(text: str, body, role: str, at: int) -> bool:
    """'A boy was injured in a shooting Monday afternoon ... two people were shot late Sunday night': a
    figure told after victims of its kind, in a sentence dated to another weekday than the lead's."""
    lead_day = _WEEKDAY.search(text, 0, LEAD_FIGURE)
    if at < LEAD_FIGURE or lead_day is None or not _named_before(body, role, at):
        return False
    day = _WEEKDAY.search(text, _sentence_start(text, at), _sentence_end(text, at))
    return day is not None and day.group(0) != lead_day.group(0)


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def _sentence_end(text: str, at: int) -> int:
    stops = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return min(stops) if stops else len(text)


def _named_before(body, role: str, at: int) -> bool:
    """Victims of the role (the wounded and the shot alike) named without a number before `at`."""
    kin = ("killed",) if role == "killed" else ("injured", "shot")
    return any(named < at for r in kin if r in body.at for named in body.at[r])


def _shooter_turned_gun(text: str, body, title) -> int:
    """'A man shot and killed his daughter before turning the gun on himself': a suicide told in
    the sentence of the first death, after it, is one more death than the victims named; a
    headline's figure counts only the victims when the lead's first figure is the same."""
    # the sentence of the figure counted, else of the first victim named
    start = body.position["killed"] if "killed" in body.position else min(body.at["killed"], default=None)
    if start is None or start > LEAD_VICTIMS:
        return 0
    if title is not None and body.first.get("killed") != title.first.get("killed"):
        return 0
    return 1 if suicide_after(text, start) else 0


def _second_victim(title, body, killed: int, text: str) -> bool:
    """Someone wounded besides the dead, told in the headline or the opening paragraphs (later
    ones often recall other incidents): "another man was wounded", a victim of another age or
    sex, one introduced anew, the wounded victim of a shooter who then killed himself."""
    lead = {r: [c for at, c in zip(body.at[r], body.singles[r]) if at < LEAD_VICTIMS] for r in body.singles}
    singles = {r: title.singles[r] + lead[r] for r in body.singles}
    hurt = singles["injured"] + singles["shot"]
    # "another man was wounded" (an :add); "a teen shot another teen" is no second victim
    others = {c for c in hurt if set(c.split()) & OTHER_WORDS} or {
        c for ev in (title, body) for at, c in ev.added["injured"] + ev.added["shot"]
        if set(c.split()) & OTHER_MARKS and (ev is title or at < LEAD_VICTIMS)} or _another_found(body, text)
    dead = {c.split()[-1] for c in title.singles["killed"]}
    if dead and any(c.split()[-1] not in dead for c in title.singles["injured"]) \
            or "killed" in title.first and title.singles["injured"]:
        return True  # "Man killed, woman wounded in shooting", "2 boys killed, woman injured"
    return bool(others or _distinct_victim(singles) or _shooter_died(body, singles, killed)
                or killed == 1 and (_new_referent(body) or _other_gender(singles)))


# "another" right after a casualty verb is the shooter's victim ("a teen shot another teen"), maybe the dead
_VERB_BEFORE = re.compile(r"\b(?:shot|shoots|shooting|killed|kills|killing|wounded|wounding|injured|injuring|hit|hitting"
                          r"|struck|striking)\s+$", re.I)


def _another_found(body, text: str) -> bool:
    """'Besides the dead they found another 16-year-old boy who had been shot': a wounded victim
    introduced by "another", not as the object of the shooting, is someone else than the dead."""
    return any(c.startswith("another ") and at < LEAD_VICTIMS and not _VERB_BEFORE.search(text[max(at - 20, 0):at])
               for r in ("injured", "shot") for at, c in zip(body.at[r], body.singles[r]))


_AGE = re.compile(r"(\d+)[- ](?:year|month)s?[- ]old")


def _distinct_victim(singles) -> bool:
    """An injured victim told apart from the dead by age: "the 19-year-old ... died", "the
    14-year-old was wounded"."""
    dead = {m.group(1) for c in singles["killed"] for m in _AGE.finditer(c)}
    hurt = {m.group(1) for c in singles["injured"] + singles["shot"] for m in _AGE.finditer(c)}
    if not singles["killed"]:
        # the dead told only as shot ("the 19-year-old was shot ... later pronounced dead"): two
        # ages among the shot and the wounded are two victims, one of them alive
        return len(hurt) > 1 and bool(singles["injured"])
    return bool(dead) and bool(hurt - dead)


def _shooter_died(body, singles, killed: int) -> bool:
    """The only death is the shooter's ("wounded an officer, then killed himself", "the suspect
    died from a self-inflicted gunshot wound") and someone else is named wounded or shot: the
    shooter's victim survived."""
    if killed != 1 or "killed" in body.first:
        return False
    heads = lambda phrases: {c.split()[-1] for c in phrases}  # noqa: E731
    if not singles["killed"]:  # "killed himself" may be a child's accident: only one named wounded is another
        return body.self_killed > 0 and bool(singles["injured"])
    return heads(singles["killed"]) <= PERPETRATORS and bool(singles["injured"] or heads(singles["shot"]) - PERPETRATORS)


def _new_referent(ev) -> bool:
    """'A teen was killed and a child was injured': soon after a dead victim is introduced
    ("a ..."), a wounded one introduced the same way is someone else."""
    dead = [at for at, c in zip(ev.at["killed"], ev.singles["killed"]) if c.startswith(("a ", "an "))]
    if not dead:
        return False
    named = set(ev.singles["killed"])
    ages = {m.group(1) for c in ev.singles["killed"] for m in _AGE.finditer(c)}
    return any(0 < at - dead[0] < 300 and c.startswith(("a ", "an ")) and c not in named
               and not {m.group(1) for m in _AGE.finditer(c)} & ages  # "a 15-year-old male" again
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

"""Conflicts that are not contradictions between reports (issue 5's false alarms), and the
contradictions that must stay conflicts, on small hand-written fixtures."""
from consilience.model import Span, TimeRef
from consilience.reconcile import reconcile_story
from consilience.reconcile.dates import date_slack, relation

from .test_reconcile import HARBOR, facts_by_kind, make, story_of


def dated(aid, text, published, times, entities=HARBOR):
    """An article whose times are resolved against its publication, as the annotator does for
    weekdays and clock times: (phrase, value, event words)."""
    article = make(aid, text, published=published, entities=entities)
    refs = []
    for phrase, value, event in times:
        start, ev = text.index(phrase), text.index(event)
        refs.append(TimeRef(Span(aid, start, start + len(phrase)), value, "day", "published", event,
                            Span(aid, ev, ev + len(event))))
    return article.__class__(**{**article.__dict__, "times": tuple(refs)})


def date_verdicts(*articles):
    return [f.verdict for f in facts_by_kind(reconcile_story(story_of(*articles), list(articles)), "date")]


def test_a_clock_time_alone_a_bound_or_a_span_from_another_event_dates_nothing():
    assert date_slack("reported at ", "4:25 p.m.", ".", "published") is None
    assert date_slack("for a ", "midnight", " basketball", "published") is None
    assert date_slack("closed through ", "Wednesday", " after", "published") is None
    assert date_slack("had been made by ", "midnight Monday", ".", "published") is None
    assert date_slack("He died ", "a week later", ".", "published") is None
    assert date_slack("was arrested ", "earlier this week", ".", "published") == 1  # counted from the publication
    assert date_slack("arrested after ", "Saturday", "'s shooting", "published") == 1  # the shooting's own date
    assert date_slack("shot on ", "Nov. 11, 2015", ".", "absolute") == 0
    a = dated("a", "The shooting at the Elsworth harbor bar was reported at 4:25 p.m., police said.", "2021-05-03T18:00",
              [("4:25 p.m.", "2021-05-03T16:25", "shooting at the Elsworth harbor bar was reported")])
    b = dated("b", "The shooting at the Elsworth harbor bar was reported Saturday, police said.", "2021-05-03T09:00",
              [("Saturday", "2021-05-01", "shooting at the Elsworth harbor bar was reported")])
    assert "conflict" not in date_verdicts(a, b)


def test_a_weekday_resolved_a_day_off_agrees_but_three_days_off_conflicts():
    # "yesterday's" in a story updated after midnight and "Friday's" in one filed that Friday.
    a = dated("a", "Mourners gathered after Friday's shooting at the Elsworth harbor clinic.", "2021-11-27T10:00",
              [("Friday", "2021-11-26", "shooting at the Elsworth harbor clinic")])
    b = dated("b", "Flags flew at half-staff after yesterday's shooting at the Elsworth harbor clinic.", "2021-11-28T01:00",
              [("yesterday", "2021-11-27", "shooting at the Elsworth harbor clinic")])
    assert date_verdicts(a, b) == ["compatible"]
    assert relation("2021-11-26", "2021-11-27", 1, 1) == "overlap"
    c = dated("c", "Mourners gathered after Monday's shooting at the Elsworth harbor clinic.", "2021-11-30T10:00",
              [("Monday", "2021-11-29", "shooting at the Elsworth harbor clinic")])
    assert date_verdicts(a, c) == ["conflict"]
    # a written calendar date has no slack
    assert relation("2021-11-26", "2021-11-27") == "disjoint"
    # "last weekend" is the weekend of its week (Friday night on), not the whole week
    assert relation("2015-05-12TAF", "2015-W20-WE", 1) == "disjoint"
    assert relation("2015-05-15TNI", "2015-W20-WE", 1) == "overlap"
    assert relation("2015-05-12", "2015-W20") == "overlap"


def test_a_hearing_dated_twice_may_be_two_hearings():
    a = dated("a", "Dana Bell is held without bond and is scheduled for a preliminary hearing on April 4.", "2021-03-17",
              [("April 4", "2021-04-04", "scheduled for a preliminary hearing")], entities=[("Dana Bell", "PERSON")])
    b = dated("b", "Dana Bell is expected to have a preliminary hearing in the case Friday.", "2021-05-23",
              [("Friday", "2021-05-28", "expected to have a preliminary hearing")], entities=[("Dana Bell", "PERSON")])
    assert date_verdicts(a, b) == ["differing"]


def test_reports_over_a_week_apart_each_dating_a_hearing_near_their_own_day_tell_of_two_hearings():
    a = dated("a", "Investigators said at Thursday's hearing that Dana Bell fled.", "2015-07-23",
              [("Thursday", "2015-07-23", "hearing")], entities=[("Dana Bell", "PERSON")])
    b = dated("b", "Shortly before Friday's hearing, Dana Bell was seen in a car.", "2015-08-07",
              [("Friday", "2015-08-07", "hearing")], entities=[("Dana Bell", "PERSON")])
    assert date_verdicts(a, b) == ["differing"]
    # ... but two reports of days apart dating one hearing differently conflict
    c = dated("c", "Shortly before Monday's hearing, Dana Bell was seen in a car.", "2015-07-27",
              [("Monday", "2015-07-27", "hearing")], entities=[("Dana Bell", "PERSON")])
    assert date_verdicts(a, c) == ["conflict"]
    # "is set for" tells of a hearing to come, like "is scheduled for"
    d = dated("d", "Dana Bell's hearing was set for April 14, the judge said.", "2015-04-08",
              [("April 14", "2015-04-14", "hearing was set")], entities=[("Dana Bell", "PERSON")])
    e = dated("e", "Dana Bell's sentencing hearing is set for Feb. 18.", "2016-01-15",
              [("Feb. 18", "2016-02-18", "hearing is set")], entities=[("Dana Bell", "PERSON")])
    assert date_verdicts(d, e) == ["differing"]


def test_a_past_told_weeks_back_beside_a_report_of_its_own_week_is_background():
    a = dated("a", "Last month, a gunman killed three people at the Elsworth harbor base.", "2014-05-24",
              [("Last month", "2014-04", "killed three people")])
    b = dated("b", "On Friday a gunman killed six people at the Elsworth harbor campus.", "2014-05-24",
              [("Friday", "2014-05-23", "killed six people")])
    assert date_verdicts(a, b) == ["differing"]
    # ... but a weekday told in another week than the other report's conflicts
    c = dated("c", "On Monday a gunman killed three people at the Elsworth harbor base.", "2014-05-24",
              [("Monday", "2014-05-19", "killed three people")])
    assert date_verdicts(c, b) == ["conflict"]
    # ... and the story's own dates still conflict beside the recalled one
    d = dated("d", "On Sunday a gunman killed six people at the Elsworth harbor campus.", "2014-05-24",
              [("Sunday", "2014-05-18", "killed six people")])
    assert date_verdicts(a, b, d) == ["conflict"]
    # a comparison names no date: "an event like Halloween"; nor does a tally's period
    assert date_slack("during an event like ", "Halloween", ",", "absolute") is None
    assert date_slack("were killed in the city in ", "November", " alone.", "published") is None
    # a year told weeks back is background too: "265 people were shot by kids in 2015"
    e = dated("e", "At least 265 people were accidentally shot by kids at Elsworth harbor in 2015.", "2016-02-23",
              [("2015", "2015", "accidentally shot by kids")])
    f = dated("f", "A boy was accidentally shot by kids at Elsworth harbor on Sunday.", "2016-02-22",
              [("Sunday", "2016-02-21", "accidentally shot by kids")])
    assert date_verdicts(e, f) == ["differing"]


def test_the_day_an_official_spoke_dates_no_event():
    a = dated("a", "The sheriff said Monday that all five at the Elsworth harbor home had gunshot wounds.", "2013-09-24",
              [("Monday", "2013-09-23", "sheriff said")])
    b = dated("b", "The sheriff said Thursday that all five at the Elsworth harbor home had gunshot wounds.", "2014-02-12",
              [("Thursday", "2014-02-06", "sheriff said")])
    assert date_verdicts(a, b) == []


def test_the_same_words_read_against_different_days_are_no_disagreement():
    a = dated("a", "Just imagine if your family had been at the Elsworth harbor bar that night, he said.", "2015-09-15",
              [("that night", "2015-08-29TNI", "imagine")])
    b = dated("b", "Just imagine if your family had been at the Elsworth harbor bar that night, he said.", "2015-09-16",
              [("that night", "2015-09-15TNI", "imagine")])
    assert date_verdicts(a, b) == ["compatible"]
    # ... but a clock time takes its day from words beside it, and a weekday named in reports
    # months apart is two days
    c = dated("c", "At 9:15 p.m. that night deputies responded to a shooting at Elsworth harbor.", "2016-07-12",
              [("9:15 p.m. that night", "2016-07-11T21:15", "responded to a shooting")])
    d = dated("d", "At 9:15 p.m. that night deputies responded to a shooting at Elsworth harbor.", "2016-07-13",
              [("9:15 p.m. that night", "2016-07-07T21:15", "responded to a shooting")])
    assert date_verdicts(c, d) == ["conflict"]
    e = dated("e", "Reports released Thursday detail the Elsworth harbor shooting.", "2016-09-13",
              [("Thursday", "2016-09-08", "Reports released")])
    f = dated("f", "No reports on the Elsworth harbor shooting were released Thursday.", "2016-07-15",
              [("Thursday", "2016-07-14", "reports on the Elsworth harbor shooting were released")])
    assert date_verdicts(e, f) == ["conflict"]


def test_reports_of_one_day_dating_the_next_hearing_differently_conflict():
    a = dated("a", "Dana Bell is expected to be arraigned on Saturday in Elsworth district court.", "2021-05-26",
              [("Saturday", "2021-05-29", "expected to be arraigned")], entities=[("Dana Bell", "PERSON")])
    b = dated("b", "Dana Bell is expected to be arraigned on Tuesday on a second-degree murder charge.", "2021-05-26T15:00",
              [("Tuesday", "2021-06-01", "expected to be arraigned")], entities=[("Dana Bell", "PERSON")])
    assert date_verdicts(a, b) == ["conflict"]
    # ... unless one of them tells of another hearing
    c = dated("c", "Dana Bell is expected to be arraigned again on Tuesday in Elsworth district court.", "2021-05-26T15:00",
              [("Tuesday", "2021-06-01", "expected to be arraigned")], entities=[("Dana Bell", "PERSON")])
    assert date_verdicts(a, c) == ["differing"]


def test_a_date_still_ahead_moved_by_a_later_report_is_rescheduled_and_a_lasting_state_has_many_days():
    a = dated("a", "The Elsworth harbor bridge is expected to reopen March 13.", "2016-09-29",
              [("March 13", "2017-03-13", "bridge is expected to reopen")])
    b = dated("b", "The Elsworth harbor bridge is expected to reopen Monday.", "2017-03-18",
              [("Monday", "2017-03-20", "bridge is expected to reopen")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "date")
    assert fact.verdict == "update" and "rescheduled" in fact.reason
    # a date ahead of its report without words of a schedule is no schedule: a past event
    # resolved forward, which a later report dating it otherwise contradicts
    g = dated("g", "The Elsworth harbor bridge collapsed late Monday, officials said.", "2015-08-22",
              [("Monday", "2015-08-24", "bridge collapsed")])
    h = dated("h", "The Elsworth harbor bridge collapsed Friday night, officials said.", "2015-08-24",
              [("Friday night", "2015-08-21TNI", "bridge collapsed")])
    assert date_verdicts(g, h) == ["conflict"]
    # a past event dated differently by a later report still conflicts
    c = dated("c", "The Elsworth harbor bridge reopened on March 13.", "2017-03-14",
              [("March 13", "2017-03-13", "bridge reopened")])
    d = dated("d", "The Elsworth harbor bridge reopened on Monday.", "2017-03-22",
              [("Monday", "2017-03-20", "bridge reopened")])
    assert date_verdicts(c, d) == ["conflict"]
    e = dated("e", "The Elsworth harbor gunman remained in custody Sunday night.", "2013-10-14",
              [("Sunday", "2013-10-13", "gunman remained in custody")])
    f = dated("f", "The Elsworth harbor gunman remained in custody Wednesday.", "2013-10-17",
              [("Wednesday", "2013-10-16", "gunman remained in custody")])
    assert date_verdicts(e, f) == ["differing"]


def test_an_earlier_event_recalled_with_its_year_is_background_not_a_conflict():
    a = dated("a", "Several people were shot at the Elsworth harbor bar early Sunday morning, police said.", "2016-07-24",
              [("Sunday", "2016-07-24", "people were shot at the Elsworth harbor bar")])
    b = dated("b", "In August 2015, two people were shot at the Elsworth harbor bar, police said.", "2016-07-24",
              [("August 2015", "2015-08", "people were shot at the Elsworth harbor bar")])
    assert date_verdicts(a, b) == ["differing"]
    # a date of the story's own days, its year unnamed, still conflicts
    c = dated("c", "Several people were shot at the Elsworth harbor bar on Wednesday, police said.", "2016-07-24",
              [("Wednesday", "2016-07-20", "people were shot at the Elsworth harbor bar")])
    assert date_verdicts(a, c) == ["conflict"]
    # ... and so does a later report giving the story's own event a date, with its year, days off
    d = dated("d", "On July 19, 2016, several people were shot at the Elsworth harbor bar.", "2017-03-11",
              [("July 19, 2016", "2016-07-19", "people were shot at the Elsworth harbor bar")])
    assert date_verdicts(a, d) == ["conflict"]


def quote_verdict(first, second, speaker="Ana Ruiz"):
    a = make("a", f'"{first}," she said.', quotes=[(first, speaker)])
    b = make("b", f'"{second}," she said.', quotes=[(second, speaker)])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quote")
    return fact.verdict


def test_inflections_spellings_glosses_and_pronouns_are_not_misquotes():
    base = "We are personally and organizationally outraged by the violent {} of this brutal criminal"
    assert quote_verdict(base.format("acts"), base.format("actions")) == "agree"
    assert quote_verdict("I ain't going nowhere 'til they get my baby up off the ground",
                         "I ain't going nowhere until they get my baby up off the ground") == "agree"
    assert quote_verdict("they would have to murder her to get her out of the car today",
                         "they would have to murder her to get her out of her car today") == "agree"
    assert quote_verdict("As I was backing out, a car was pulling in, and we collided with a bang",
                         "As I was backing out, a car was pulling in, and (our bumpers) collided with a bang") == "agree"
    assert quote_verdict("This is more intense than I thought it was gonna be for all of us",
                         "This is more intense than I thought it was going to be for all of us") == "agree"
    # a content word swapped one for one still is a misquote, beside an inflection too
    assert quote_verdict(base.format("acts"), base.format("never")) == "conflict"
    assert quote_verdict(base.format("acts"), base.format("actions").replace("brutal", "never")) == "conflict"


def test_a_word_swapped_in_a_short_quote_is_aligned_and_a_misquote():
    # A short quote and a longer cut of it: the swap leaves runs of two and four words.
    assert quote_verdict("they opened fire on about six protesters",
                         "they opened never on about six protesters, hitting five of them") == "conflict"
    assert quote_verdict("they opened fire on about six protesters",
                         "they opened fire on about six protesters, hitting five of them") == "agree"


def quantity_facts(*articles):
    return facts_by_kind(reconcile_story(story_of(*articles), list(articles)), "quantity")


def test_one_more_victim_or_a_name_is_no_toll():
    a = make("a", "The gunman at the Elsworth harbor school killed four friends; the fifth victim survived.",
             quantities=[("four friends", 4, 4, "exact", "killed", "friends"),
                         ("the fifth victim", 1, 1, "exact", "injured", "victim")], entities=HARBOR)
    b = make("b", "Four students were wounded in the Elsworth harbor school shooting on Friday.",
             quantities=[("Four students", 4, 4, "exact", "injured", "students")], entities=HARBOR)
    c = make("c", "An eighth gunshot victim from the Elsworth harbor school shooting was found on Friday.",
             quantities=[("An eighth gunshot victim", 1, 1, "exact", "injured", "victim")], entities=HARBOR)
    d = make("d", "Five were injured at the Elsworth harbor school on Friday, police chief Dana Bell said.",
             quantities=[("Dana Bell", 1, 1, "exact", "injured", None), ("Five", 5, 5, "exact", "injured", None)],
             entities=HARBOR)
    for first, other in ((a, b), (b, c)):
        assert all(f.verdict != "conflict" for f in quantity_facts(first, other))
    # "left another man dead" is that report's toll, and contradicts six
    e = make("e", "A shooting at the Elsworth harbor school on Friday left another man dead.",
             quantities=[("another man", 1, 1, "exact", "killed", "man")], entities=HARBOR)
    f = make("f", "A shooting at the Elsworth harbor school on Friday left 6 men dead.",
             quantities=[("6 men", 6, 6, "exact", "killed", "men")], entities=HARBOR)
    assert [x.verdict for x in quantity_facts(e, f)] == ["conflict"]
    assert all(f.verdict != "conflict" for f in quantity_facts(b, d) if "Dana Bell" in f.reason)


def test_one_more_victim_is_no_toll_to_revise_either():
    a = make("a", "A second gunshot victim from the Elsworth harbor school shooting was taken to a hospital.",
             quantities=[("A second gunshot victim", 1, 1, "exact", "injured", "victim")], entities=HARBOR,
             published="2021-05-01T10:00")
    b = make("b", "Nineteen people were injured in the Elsworth harbor school shooting, police said.",
             quantities=[("Nineteen people", 19, 19, "exact", "injured", "people")], entities=HARBOR,
             published="2021-05-02T10:00")
    assert [f.verdict for f in quantity_facts(a, b)] != ["update"]
    c = make("c", "Two people were injured in the Elsworth harbor school shooting, police said.",
             quantities=[("Two people", 2, 2, "exact", "injured", "people")], entities=HARBOR,
             published="2021-05-01T09:00")
    assert [f.verdict for f in quantity_facts(c, b)] == ["update"]  # a toll that rises is still one


def test_sums_over_separate_incidents_are_not_compared():
    a = make("a", "At least 10 people were killed and 13 injured in separate shootings around Elsworth since Tuesday.",
             quantities=[("13", 13, 13, "exact", "injured", None)], entities=HARBOR)
    b = make("b", "At least eight people were killed and 12 wounded in Elsworth shootings throughout the day.",
             quantities=[("12", 12, 12, "exact", "injured", None)], entities=HARBOR)
    assert all(f.verdict != "conflict" for f in quantity_facts(a, b))


def test_an_age_is_not_a_count():
    a = make("a", "The victim's 6- and 12-year-old children also were injured in the Elsworth harbor shooting.",
             quantities=[("6", 6, 6, "exact", "injured", "children")], entities=HARBOR)
    b = make("b", "His two children were also injured in the Elsworth harbor shooting.",
             quantities=[("two children", 2, 2, "exact", "injured", "children")], entities=HARBOR)
    assert all(f.verdict != "conflict" for f in quantity_facts(a, b))


def test_a_toll_that_only_grows_is_an_update_however_late_and_one_that_falls_conflicts():
    def report(aid, published, n):
        return make(aid, f"The shooting at the Elsworth harbor playground left {n} people injured.", published=published,
                    quantities=[(f"{n} people", n, n, "exact", "injured", "people")], entities=HARBOR)
    [fact] = quantity_facts(report("a", "2021-11-23", 16), report("b", "2022-10-17", 17))
    assert fact.verdict == "update"
    [fact] = quantity_facts(report("a", "2021-11-23", 16), report("b", "2021-12-10", 17), report("c", "2022-10-17", 15))
    assert fact.verdict == "conflict"


def place_verdict(first, second, places_a, places_b):
    a = make("a", first, entities=[(p, "GPE") for p in places_a])
    b = make("b", second, entities=[(p, "GPE") for p in places_b])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "place")
    return fact.verdict


def test_a_place_is_named_by_its_distinctive_words_together_or_in_a_dateline():
    # "Plain" alone does not name "Boise Plain"; "Palo Alto" names "East Palo Alto".
    assert place_verdict("Six people were shot at a birthday party in Jamaica Plain on Friday.",
                         "Six people were shot at a birthday party in Boise Plain on Friday.",
                         ["Jamaica Plain"], ["Boise Plain"]) == "conflict"
    assert place_verdict("Five people were shot in East Palo Alto on Sunday.",
                         "Five people were shot in Palo Alto on Sunday near a bus stop.",
                         ["East Palo Alto"], ["Palo Alto"]) != "conflict"
    assert place_verdict("Eight people were murdered in North Harris County last month.\n\nHOUSTON -- New details emerged.",
                         "A backyard window is seen Sunday in Houston after eight people were killed.",
                         ["North Harris County"], ["Houston"]) != "conflict"


def test_each_victim_is_no_toll_but_a_spree_of_shootings_has_one():
    a = make("a", "A shooting at the Elsworth harbor playground left 16 people injured on Sunday.",
             quantities=[("16 people", 16, 16, "exact", "injured", "people")], entities=HARBOR)
    b = make("b", "He faces 17 counts, one for each person wounded at the Elsworth harbor playground.",
             quantities=[("each person", 1, 1, "exact", "injured", "person")], entities=HARBOR)
    assert all(f.verdict != "conflict" for f in quantity_facts(a, b))
    c = make("c", "A man was killed and 4 others were injured in two shooting incidents at the Elsworth harbor.",
             quantities=[("4 others", 4, 4, "exact", "injured", "others")], entities=HARBOR)
    d = make("d", "A man was killed and five others were injured in a shooting spree at the Elsworth harbor.",
             quantities=[("five others", 5, 5, "exact", "injured", "others")], entities=HARBOR)
    assert [f.verdict for f in quantity_facts(c, d)] == ["conflict"]


def test_a_street_is_no_place_of_the_event_and_digits_are_no_part_of_a_name():
    a = make("a", "Deputies were called to a house just southwest of Orange Blossom Trail on Monday.",
             entities=[("Orange Blossom Trail", "GPE")])
    b = make("b", "A girl was shot while sleeping on a couch at a friend's home in Orlando on Monday.",
             entities=[("Orlando", "GPE")])
    assert not facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "place")
    assert place_verdict("A girl was shot and killed outside her home in Southeast D.C. News4 spoke with her cousin.",
                         "The girl was back home in Washington D.C. for the holiday when she was shot.",
                         ["Southeast D.C. News4"], ["Washington D.C."]) != "conflict"


def test_the_same_weekday_in_reports_published_weeks_apart_is_no_conflict():
    text = "Neighbors saw police arrive at the Elsworth harbor home Saturday night."
    a = dated("a", text, "2021-01-21", [("Saturday night", "2021-01-16TNI", "police arrive at the Elsworth harbor home")])
    b = dated("b", text, "2021-10-14", [("Saturday night", "2021-10-09TNI", "police arrive at the Elsworth harbor home")])
    assert date_verdicts(a, b) == ["compatible"]
    c = dated("c", text.replace("Saturday", "Tuesday"), "2021-01-21",
              [("Tuesday night", "2021-01-19TNI", "police arrive at the Elsworth harbor home")])
    assert date_verdicts(a, c) == ["conflict"]


def test_a_swap_is_found_in_a_quote_starting_inside_the_other_and_through_contractions():
    # the shorter quote starts at the longer one's second "It"
    assert quote_verdict("It's scary. It happens all the time around here",
                         "It never all the time around here") == "conflict"
    # "we're" and "we are" align the two quotes in the first place
    assert quote_verdict("It's a tragic time for all the family members, so we're allowing everybody to grieve at this time",
                         "We are allowing everybody to grieve at never time") == "conflict"
    # a function word swapped beside ("is" / "was") leaves the content word's context whole
    assert quote_verdict("There is no way for us to predict what is going to take place",
                         "There is no way for us to predict what was going to never place") == "conflict"


def test_irregular_plurals_count_the_same_thing():
    from consilience.reconcile.claims import content_words
    assert content_words("six people were killed") == content_words("one person was killed")
    assert content_words("two men and three children") == content_words("a man and a child")


def test_an_entity_in_a_datelines_capitals_is_the_same_entity_for_date_alignment():
    # "CHARLOTTE, N.C." and "in north Charlotte": one city, so the two dates of one event meet.
    a = dated("a", "CHARLOTTE, N.C. - Four people were shot at the end of an anti-violence event late Sunday.",
              "2013-09-10", [("Sunday", "2013-09-08", "anti-violence event")],
              entities=[("CHARLOTTE", "GPE")])
    b = dated("b", "Four people were shot at the end of an anti-violence event late Thursday in north Charlotte.",
              "2013-09-05", [("Thursday", "2013-09-05", "end of an anti-violence event")],
              entities=[("Charlotte", "GPE")])
    assert date_verdicts(a, b) == ["conflict"]

"""Reconciliation logic on hand-built articles: alignment by what claims are about, verdicts by
interval logic, wire copies counted once."""
from consilience.model import Article, Entity, Quantity, Quote, SourceGroup, Span, Story, TimeRef
from consilience.reconcile import reconcile_story


def make(aid, text, published="2021-05-02", quantities=(), times=(), quotes=(), entities=()):
    qs = []
    for phrase, low, high, qualifier, measure, counts, *rest in quantities:
        start = text.index(phrase)
        qs.append(Quantity(Span(aid, start, start + len(phrase)), low, high, qualifier, measure,
                           unit=rest[0] if rest else None, counts=counts, event=rest[1] if len(rest) > 1 else None))
    ts = []
    for phrase, value, event in times:
        start = text.index(phrase)
        ev = text.index(event)
        ts.append(TimeRef(Span(aid, start, start + len(phrase)), value, "day", "absolute", event, Span(aid, ev, ev + len(event))))
    qts = []
    for content, speaker in quotes:
        start = text.index(content)
        qts.append(Quote(Span(aid, start, start + len(content)), Span(aid, start, start + len(content)), speaker, "said", "direct"))
    ents = []
    for name, kind in entities:
        spans = []
        i = text.find(name)
        while i >= 0:
            spans.append(Span(aid, i, i + len(name)))
            i = text.find(name, i + 1)
        if spans:
            ents.append(Entity(name, kind, tuple(spans)))
    return Article(id=aid, origin=aid, text=text, published=published, quantities=tuple(qs), times=tuple(ts),
                   quotes=tuple(qts), entities=tuple(ents))


def story_of(*articles, groups=()):
    return Story(id="s", articles=tuple(a.id for a in articles), source_groups=tuple(groups))


def facts_by_kind(facts, kind):
    return [f for f in facts if f.claims[0].kind == kind and len(f.claims) > 1]


HARBOR = [("Elsworth", "GPE"), ("Dana Bell", "PERSON")]


def test_disjoint_counts_same_event_same_time_conflict():
    a = make("a", "A fire at the Elsworth harbor warehouse killed 3 workers on Sunday, officials said.",
             quantities=[("3 workers", 3, 3, "exact", "killed", "workers")], entities=HARBOR)
    b = make("b", "Five workers died when fire swept through a warehouse at Elsworth harbor on Sunday.",
             quantities=[("Five workers", 5, 5, "exact", "killed", "workers")], entities=HARBOR)
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "conflict" and "3 workers" in fact.reason and "Five workers" in fact.reason


def test_later_rising_toll_is_an_update():
    a = make("a", "A fire at the Elsworth harbor warehouse killed 3 workers on Sunday, officials said.",
             published="2021-05-02", quantities=[("3 workers", 3, 3, "exact", "killed", "workers")], entities=HARBOR)
    b = make("b", "The death toll from the Elsworth harbor warehouse fire rose to 5 workers on Monday.",
             published="2021-05-03", quantities=[("5 workers", 5, 5, "exact", "killed", "workers")], entities=HARBOR)
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "update" and "2021-05-03" in fact.reason


def test_at_least_and_exact_differ_but_agree_in_interval():
    a = make("a", "The 1998 embassy bombings in Nairobi left 224 people dead.",
             quantities=[("224 people", 224, 224, "exact", "killed", "people")], times=[("1998", "1998", "embassy bombings")],
             entities=[("Nairobi", "GPE")])
    b = make("b", "The group is accused of the 1998 Nairobi embassy bombings that killed at least 213 people.",
             quantities=[("at least 213 people", 213, None, "at-least", "killed", "people")], times=[("1998", "1998", "embassy bombings")],
             entities=[("Nairobi", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "differing"


def test_different_counted_groups_are_compatible_not_conflict():
    a = make("a", "The attack on the school in Dera left 40 people dead, most of them pupils, in March 2019.",
             quantities=[("40 people", 40, 40, "exact", "killed", "people")], times=[("March 2019", "2019-03", "attack on the school")],
             entities=[("Dera", "GPE")])
    b = make("b", "Talks followed last month's massacre of 31 children at a school in Dera.",
             published="2019-04-10", quantities=[("31 children", 31, 31, "exact", "killed", "children")],
             times=[("last month", "2019-03", "massacre")], entities=[("Dera", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "compatible" and "children" in fact.reason


def test_tolls_of_different_events_are_not_aligned():
    a = make("a", "The group carried out the 2008 attacks in Mumbai that left 166 people dead. "
                  "The Taliban attack on a school in Peshawar in December 2014 left 150 people dead.",
             quantities=[("166 people", 166, 166, "exact", "killed", "people"), ("150 people", 150, 150, "exact", "killed", "people")],
             times=[("2008", "2008", "attacks"), ("December 2014", "2014-12", "Taliban attack")],
             entities=[("Mumbai", "GPE"), ("Peshawar", "GPE"), ("Taliban", "GROUP")])
    b = make("b", "The visit follows December's Taliban massacre of 132 children at a Peshawar school.",
             published="2015-01-12", quantities=[("132 children", 132, 132, "exact", "killed", "children")],
             times=[("December", "2014-12", "massacre")], entities=[("Peshawar", "GPE"), ("Taliban", "GROUP")])
    facts = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert len(facts) == 1
    assert {a.text[c.span.start:c.span.end] if c.span.article_id == "a" else "" for c in facts[0].claims} >= {"150 people"}


def test_money_about_and_exact_agree():
    a = make("a", "The minister announced USD 40 million in relief for the flooded valley.",
             quantities=[("USD 40 million", 40e6, 40e6, "exact", "money", None, "USD")], entities=[("valley", "LOC")])
    b = make("b", "Officials said about $40 million would go to relief in the flooded valley.",
             quantities=[("about $40 million", 38e6, 42e6, "about", "money", None, "USD")], entities=[("valley", "LOC")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "agree"


def test_reprints_count_as_one_source():
    text = "A fire at the Elsworth harbor warehouse killed 3 workers on Sunday, officials said."
    a = make("a", text, quantities=[("3 workers", 3, 3, "exact", "killed", "workers")], entities=HARBOR)
    b = make("b", text + " ", quantities=[("3 workers", 3, 3, "exact", "killed", "workers")], entities=HARBOR)
    group = SourceGroup("g1", ("a", "b"), "same text")
    [fact] = facts_by_kind(reconcile_story(story_of(a, b, groups=[group]), [a, b]), "quantity")
    assert fact.verdict == "unique" and "one source" in fact.reason


def test_changed_word_in_a_quote_is_a_conflict_and_speaker_change_is_framing():
    words = "We will rebuild every home that the water took from these families"
    a = make("a", f'"{words}," Mayor Dana Bell said on Tuesday.', quotes=[(words, "Dana Bell")])
    b = make("b", f'"{words.replace("every", "no")}," Dana Bell told reporters.', quotes=[(words.replace("every", "no"), "Dana Bell")])
    c = make("c", f'"{words}," the governor said.', quotes=[(words, "the governor")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quote")
    assert fact.verdict == "conflict" and "every" in fact.reason and "no" in fact.reason
    [fact] = facts_by_kind(reconcile_story(story_of(a, c), [a, c]), "quote")
    assert fact.verdict == "framing"


def test_asserted_versus_accused_is_framing():
    a = make("a", "The Harbor Front group carried out the bombing of the Elsworth ferry terminal in 2009.",
             entities=[("Harbor Front", "GROUP"), ("Elsworth", "GPE")])
    b = make("b", "The Harbor Front group is accused of the 2009 bombing of the Elsworth ferry terminal.",
             entities=[("Harbor Front", "GROUP"), ("Elsworth", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "statement")
    assert fact.verdict == "framing"


def test_synonymous_groups_conflict_and_a_part_within_the_whole_is_compatible():
    a = make("a", "Four kids died in accidental shootings in Harris County last year, officials said.",
             quantities=[("Four kids", 4, 4, "exact", "killed", "kids")], entities=[("Harris County", "GPE")])
    b = make("b", "Officials said eight children died in accidental shootings in Harris County last year.",
             quantities=[("eight children", 8, 8, "exact", "killed", "children")], entities=[("Harris County", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "conflict"
    c = make("c", "Eleven people died in accidental shootings in Harris County last year, officials said.",
             quantities=[("Eleven people", 11, 11, "exact", "killed", "people")], entities=[("Harris County", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(b, c), [b, c]), "quantity")
    assert fact.verdict == "compatible"


def test_date_precision_and_disjoint_dates():
    from consilience.reconcile.dates import relation

    assert relation("2014-12", "2014-12-16") == "overlap"
    assert relation("2015-W13", "2015-03-25") == "overlap"
    assert relation("2015-11-22TNI", "2015-11-23") == "overlap"  # late at night, reported as the next day
    assert relation("2015-03-22", "2015-03-29") == "disjoint"
    assert relation("2015-SP", "2015-08-01") == "disjoint"


def test_a_count_without_a_counted_noun_beside_specific_groups():
    # Regression: a claim with no counted noun in a group of specific and generic ones crashed.
    a = make("a", "Three children were killed in the Elsworth harbor fire on Sunday.",
             quantities=[("Three children", 3, 3, "exact", "killed", "children")], entities=HARBOR)
    b = make("b", "The Elsworth harbor fire on Sunday killed 5, including three children.",
             quantities=[("5", 5, 5, "exact", "killed", None)], entities=HARBOR)
    c = make("c", "Five people were killed in the Elsworth harbor fire on Sunday.",
             quantities=[("Five people", 5, 5, "exact", "killed", "people")], entities=HARBOR)
    [fact] = facts_by_kind(reconcile_story(story_of(a, b, c), [a, b, c]), "quantity")
    assert fact.verdict == "compatible"


def test_contractions_and_trims_are_not_misquotes():
    words = "We have lost a young man and we will not rest until we find who did this"
    a = make("a", f'"{words}," the chief said Monday.', quotes=[(words, "Ana Ruiz")])
    other = words.replace("We have", "We've").replace("will not", "won't")
    b = make("b", f'"{other}," the chief told reporters.', quotes=[(other, "Ana Ruiz")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quote")
    assert fact.verdict == "agree"


def test_same_group_conflict_is_not_hidden_by_a_part_and_whole():
    # "one woman" in one report does not excuse "one" against "five" people in two others.
    a = make("a", "A shooting at the Elsworth harbor bar on Sunday left one person dead.",
             quantities=[("one person", 1, 1, "exact", "killed", "person")], entities=HARBOR)
    b = make("b", "A shooting at the Elsworth harbor bar on Sunday left five people dead.",
             quantities=[("five people", 5, 5, "exact", "killed", "people")], entities=HARBOR)
    c = make("c", "A woman was killed in a shooting at the Elsworth harbor bar on Sunday.",
             quantities=[("A woman", 1, 1, "exact", "killed", "woman")], entities=HARBOR)
    [fact] = facts_by_kind(reconcile_story(story_of(a, b, c), [a, b, c]), "quantity")
    assert fact.verdict == "conflict" and "one person" in fact.reason and "five people" in fact.reason


def test_lead_tolls_align_across_phrasings():
    # Each report's first toll is its main incident's, however differently the sentences run.
    a = make("a", "Tampa police are at the lounge where a drive-by left one person dead overnight.",
             quantities=[("one person", 1, 1, "exact", "killed", "person")], entities=[("Tampa", "GPE")])
    b = make("b", "Six people were killed and several others hurt early Saturday on South Howard Avenue.",
             quantities=[("Six people", 6, 6, "exact", "killed", "people")], entities=[("South Howard Avenue", "FAC")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "conflict"


def test_date_claims_align_by_event_words_not_by_their_values():
    a = make("a", "Two men were charged in the May 31 death of Amorian Hale, prosecutors said.",
             times=[("May 31", "2015-05-31", "death of Amorian Hale")], entities=[("Amorian Hale", "PERSON")])
    b = make("b", "The suspect is charged with murder in the September 30 death of Amorian Hale.",
             times=[("September 30", "2014-09-30", "death of Amorian Hale")], entities=[("Amorian Hale", "PERSON")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "date")
    assert fact.verdict == "conflict"


def test_quote_of_a_different_passage_is_not_aligned_and_a_swapped_word_is_a_misquote():
    a = make("a", '"We are processing the scene at this point to determine what happened," Dwight Mitchell said.',
             quotes=[("We are processing the scene at this point to determine what happened", "Dwight Mitchell")])
    b = make("b", '"We are talking to witnesses at this point to get a better understanding," Dwight Mitchell said.',
             quotes=[("We are talking to witnesses at this point to get a better understanding", "Dwight Mitchell")])
    assert not facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quote")
    c = make("c", '"He definitely was trying to make a getaway," Lt. Chris Baldridge said.',
             quotes=[("He definitely was trying to make a getaway", "Chris Baldridge")])
    d = make("d", '"He never was trying to make a getaway," Lt. Chris Baldridge said.',
             quotes=[("He never was trying to make a getaway", "Chris Baldridge")])
    [fact] = facts_by_kind(reconcile_story(story_of(c, d), [c, d]), "quote")
    assert fact.verdict == "conflict" and "definitely" in fact.reason


def test_a_function_word_replaced_by_a_content_word_is_a_misquote():
    a = make("a", '"It is with a real heavy heart that we have this tragedy," Sheriff Scott Israel said.',
             quotes=[("It is with a real heavy heart that we have this tragedy", "Scott Israel")])
    b = make("b", '"It is never a real heavy heart that we have this tragedy," Sheriff Scott Israel said.',
             quotes=[("It is never a real heavy heart that we have this tragedy", "Scott Israel")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quote")
    assert fact.verdict == "conflict"


def test_places_of_the_main_event():
    a = make("a", "Five people were shot at a party in Savannah on Saturday night.\n\nPolice are investigating.",
             entities=[("Savannah", "GPE")])
    b = make("b", "Police say five were wounded in a shooting in Savannah overnight.", entities=[("Savannah", "GPE")])
    c = make("c", "Five people were shot at a party in Tucson on Saturday night.", entities=[("Tucson", "GPE")])
    d = make("d", "Five people were shot in Hardin County, near Savannah, on Saturday.",
             entities=[("Hardin County", "GPE"), ("Savannah", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "place")
    assert fact.verdict == "agree" and fact.claims[0].value == "Savannah"
    span = fact.claims[0].span
    assert (a.text if span.article_id == "a" else b.text)[span.start:span.end] == "Savannah"
    [fact] = facts_by_kind(reconcile_story(story_of(a, c), [a, c]), "place")
    assert fact.verdict == "conflict" and "Tucson" in fact.reason
    # a county and a town the other report also names: consistent, at different precision
    [fact] = facts_by_kind(reconcile_story(story_of(a, d), [a, d]), "place")
    assert fact.verdict in ("compatible", "agree") and fact.verdict != "conflict"
    # a page about something else, or where someone lives, puts no event anywhere
    f = make("f", "Five must-see destinations in Tucson.\n\nThe shooter was John Lander of Tucson.",
             entities=[("Tucson", "GPE")])
    assert not facts_by_kind(reconcile_story(story_of(a, f), [a, f]), "place")
    # "in north Tucson": a part of a city named with its direction
    e = make("e", "Five people were shot at a party in north Tucson on Saturday night.", entities=[("Tucson", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, e), [a, e]), "place")
    assert fact.verdict == "conflict" and "Tucson" in fact.reason


def test_ages_of_a_named_person():
    a = make("a", "Police identified the victim as John Smith, 45, of Elsworth.", entities=[("John Smith", "PERSON")])
    b = make("b", "The victim, 45-year-old John Smith, died at the scene.", entities=[("John Smith", "PERSON")])
    c = make("c", "John Smith, 54, was pronounced dead at the scene.", entities=[("John Smith", "PERSON")])
    e = make("e", "His brother Paul Smith, 38, was not hurt.", entities=[("Paul Smith", "PERSON")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "age")
    assert fact.verdict == "agree" and {c.value for c in fact.claims} == {"45"}
    assert a.text[fact.claims[0].span.start:fact.claims[0].span.end] in ("45",)
    [fact] = facts_by_kind(reconcile_story(story_of(a, c), [a, c]), "age")
    assert fact.verdict == "conflict"
    assert not facts_by_kind(reconcile_story(story_of(a, e), [a, e]), "age")  # a different person
    later = make("f", "John Smith, 46, pleaded guilty on Monday.", published="2022-06-01", entities=[("John Smith", "PERSON")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, later), [a, later]), "age")
    assert fact.verdict == "compatible"


def test_dates_of_events_that_happen_more_than_once_differ_without_conflict():
    a = make("a", "Police announced the first two arrests in the Elsworth harbor shooting on Wednesday.",
             times=[("Wednesday", "2015-04-15", "announced the first two arrests")], entities=HARBOR)
    b = make("b", "Police announced a new arrest in the Elsworth harbor shooting on Thursday.",
             times=[("Thursday", "2015-04-23", "announced a new arrest")], entities=HARBOR)
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "date")
    assert fact.verdict == "differing"
    # one arrest, dated differently, with nothing telling of several: a conflict
    c = make("c", "Deputies arrested the gunman in the Elsworth harbor shooting on Monday.",
             times=[("Monday", "2015-10-26", "arrested the gunman")], entities=HARBOR)
    d = make("d", "Deputies arrested the gunman in the Elsworth harbor shooting on Thursday.",
             times=[("Thursday", "2015-10-22", "arrested the gunman")], entities=HARBOR)
    [fact] = facts_by_kind(reconcile_story(story_of(c, d), [c, d]), "date")
    assert fact.verdict == "conflict"


def test_injured_in_one_condition_is_a_part_of_all_injured():
    a = make("a", "Two people were killed and at least 22 others were injured at the Elsworth harbor party.",
             quantities=[("at least 22 others", 22, None, "at-least", "injured", "others")], entities=HARBOR)
    b = make("b", "At the Elsworth harbor party, one person remained in critical condition on Sunday night.",
             quantities=[("one person", 1, 1, "exact", "injured", "person")], entities=HARBOR)
    facts = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert all(f.verdict != "conflict" for f in facts)


PARK = [("Holladay Park", "FAC")]


def test_main_tolls_of_two_reports_conflict_despite_a_part_and_whole_reading():
    # Each report's first toll in its opening is the whole toll of the event it leads with:
    # "a young man" killed against "six people" killed cannot both hold.
    a = make("a", "A young man was killed Tuesday afternoon in a shooting at Holladay Park, police said.",
             quantities=[("A young man", 1, 1, "exact", "killed", "young man")], entities=PARK)
    b = make("b", "Six people were shot and killed at Holladay Park on Tuesday afternoon, police said.",
             quantities=[("Six people", 6, 6, "exact", "killed", "people")], entities=PARK)
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "conflict" and "main tolls" in fact.reason
    # One victim among others named beside it ("two women and a man") is no whole toll.
    c = make("c", "Two women and a young man were killed Tuesday afternoon at Holladay Park, police said.",
             quantities=[("a young man", 1, 1, "exact", "killed", "young man")], entities=PARK)
    [fact] = facts_by_kind(reconcile_story(story_of(c, b), [c, b]), "quantity")
    assert fact.verdict != "conflict"


def test_groups_joined_in_an_opening_add_up_to_the_main_toll():
    home = [("Knightstown", "GPE")]
    a = make("a", "A man and his two kids were found dead inside their Knightstown home on Thursday morning.",
             quantities=[("A man", 1, 1, "exact", "killed", "man"), ("two kids", 2, 2, "exact", "killed", "kids")],
             entities=home)
    b = make("b", "Officials are investigating after three bodies were found in a Knightstown home Thursday morning.",
             quantities=[("three bodies", 3, 3, "exact", "killed", "bodies")], entities=home)
    facts = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert facts and all(f.verdict != "conflict" for f in facts)
    c = make("c", "Officials are investigating after eight bodies were found in a Knightstown home Thursday morning.",
             quantities=[("eight bodies", 8, 8, "exact", "killed", "bodies")], entities=home)
    facts = facts_by_kind(reconcile_story(story_of(a, c), [a, c]), "quantity")
    assert any(f.verdict == "conflict" and "main tolls" in f.reason for f in facts)


def test_an_opening_toll_the_report_itself_raises_later_is_not_its_main_toll():
    a = make("a", "Gunfire on Friday claimed the lives of a father and his two daughters at a Payne apartment. "
                  "Their mother was hurt. Neighbors gathered. Police later confirmed four fatalities in all.",
             quantities=[("a father", 1, 1, "exact", "killed", "father"), ("two daughters", 2, 2, "exact", "killed", "daughters"),
                         ("four fatalities", 4, 4, "exact", "killed", "fatalities")], entities=[("Payne", "GPE")])
    b = make("b", "A shooting at a Payne apartment on Friday left four people dead, police said.",
             quantities=[("four people", 4, 4, "exact", "killed", "people")], entities=[("Payne", "GPE")])
    facts = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert all(f.verdict != "conflict" for f in facts)


def test_a_negated_condition_tells_of_all_injured():
    filler = "Police were called to the Jumbo bar in Arlington late on Saturday. Officers found a crowd outside. "
    a = make("a", filler + "Three others who were injured in the shooting did not suffer life-threatening injuries.",
             quantities=[("Three others", 3, 3, "exact", "injured", "others")], entities=[("Arlington", "GPE")])
    b = make("b", filler + "Eight people were injured in the shooting at the bar, police said.",
             quantities=[("Eight people", 8, 8, "exact", "injured", "people")], entities=[("Arlington", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "conflict"


def test_one_victim_described_at_two_ages_conflicts_unless_both_ages_are_named():
    alley = [("Douglas Alley", "FAC")]
    a = make("a", "Three people were hurt in Douglas Alley, including a 17-year-old female who later died.",
             quantities=[("a 17-year-old female", 1, 1, "exact", "killed", "female")], entities=alley)
    b = make("b", "Both victims were taken to hospital from Douglas Alley. The 22 year-old female has died.",
             quantities=[("The 22 year-old female", 1, 1, "exact", "killed", "female")], entities=alley)
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "conflict" and "age" in fact.reason
    c = make("c", "A 22-year-old woman and a 17-year-old female were shot in Douglas Alley. The 22 year-old female has died.",
             quantities=[("The 22 year-old female", 1, 1, "exact", "killed", "female")], entities=alley)
    [fact] = facts_by_kind(reconcile_story(story_of(a, c), [a, c]), "quantity")
    assert fact.verdict != "conflict"


def test_a_weekday_that_the_written_date_does_not_fall_on_is_a_conflict():
    from consilience.reconcile.claims import weekday_clash

    assert weekday_clash("on Wednesday, February 12. A warrant", "2017-02-12") == "Wednesday written for 2017-02-12, a Sunday"
    assert weekday_clash("on Sunday, February 12. A warrant", "2017-02-12") is None
    assert weekday_clash("on Wednesday, the 12th of February", "2017-02-12") is not None
    club = [("Caruthersville", "GPE")]
    a = make("a", "Police seek a man after a nightclub shooting in Caruthersville on Sunday, February 12.",
             published="2017-02-14", times=[("Sunday, February 12", "2017-02-12", "nightclub shooting")], entities=club)
    b = make("b", "A man is in custody after a nightclub shooting in Caruthersville on Wednesday, February 12.",
             published="2017-02-14", times=[("Wednesday, February 12", "2017-02-12", "nightclub shooting")], entities=club)
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "date")
    assert fact.verdict == "conflict" and "Wednesday" in fact.reason


def test_the_toll_itself_counted_is_everyone():
    # "a double homicide" and "two men" count the same dead; "five men" against it cannot hold.
    a = make("a", "Baton Rouge police responded Saturday night to a double homicide north of Government Street.",
             quantities=[("double homicide", 2, 2, "exact", "killed", "homicide")], entities=[("Baton Rouge", "GPE")])
    b = make("b", "Baton Rouge police say a drive-by shooting Saturday night killed five men near Government Street.",
             quantities=[("five men", 5, 5, "exact", "killed", "men")], entities=[("Baton Rouge", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "conflict"


def test_a_baby_aged_in_months_differs_by_one_month():
    a = make("a", "A McDonough family is grieving after an 18-month-old boy was shot and killed Saturday.",
             quantities=[("an 18-month-old boy", 1, 1, "exact", "killed", "boy")], entities=[("McDonough", "GPE")])
    b = make("b", "A 17-month-old boy was shot and killed in a McDonough home on Saturday.",
             quantities=[("A 17-month-old boy", 1, 1, "exact", "killed", "boy")], entities=[("McDonough", "GPE")])
    [fact] = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "quantity")
    assert fact.verdict == "conflict"


def test_a_date_no_calendar_has_is_an_error_of_its_report():
    a = make("a", "Two men were charged with murder in the May 31 death of Amorian Hale, prosecutors said.",
             published="2015-06-10", times=[("May 31", "2015-05-31", "death of Amorian Hale")], entities=[("Amorian Hale", "PERSON")])
    b = make("b", "A man was charged on Tuesday in the September 31 death of Amorian Hale in Kansas City.",
             published="2015-06-10", entities=[("Amorian Hale", "PERSON")])
    facts = facts_by_kind(reconcile_story(story_of(a, b), [a, b]), "date")
    assert facts and facts[0].verdict == "conflict" and "no calendar day" in facts[0].reason
    assert any(c.span.article_id == "b" and b.text[c.span.start:c.span.end] == "September 31" for c in facts[0].claims)


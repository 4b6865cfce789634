"""The main incident's killed and injured figures (`casualties.main_casualties`).

Sentences and headlines written for these tests; none is taken from the seeds or the corpora.
"""
from __future__ import annotations

import pytest

from consilience.model import Article

from .helpers import needs_model, casualty_figures as _figures



def test_still_importable_from_quantities():
    from consilience.annotate import casualties, quantities

    assert quantities.main_casualties is casualties.main_casualties


@needs_model
@pytest.mark.parametrize("text,expected", [
    # a victim set apart from the shooter is not a second victim
    ("A teenager accidentally shot another teenage boy at a house on Monday. The boy died at a hospital.", (1, 0)),
    # "another" named as a victim after a death is one more, injured
    ("A gunman killed one man and wounded another outside a store on Sunday.", (1, 1)),
    ("A man was shot and killed and another was wounded.", (1, 1)),
    # negated casualty words count nobody
    ("A woman was shot and killed. Three other children were in the house but were not injured.", (1, 0)),
    # a number that counts wounds is no count of victims
    ("Officers found the girl suffering from at least one gunshot wound. She died later.", (1, 0)),
    # a charge names no victim
    ("A man was wounded in the leg. A boy was charged with injuring another by careless handling of a gun.", (0, 1)),
])
def test_who_is_a_victim(text, expected):
    assert _figures(text) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("A man and two women were killed in a shooting on Sunday.", (3, 0)),
    ("Police said the man shot and killed his wife and their four daughters on Saturday.", (5, 0)),
    ("A 59-year-old teacher and his 17-month-old son were found dead inside a farmhouse.", (2, 0)),
    ("Two people were found dead in a house on Friday.", (2, 0)),
    # members listed after their count are not more victims
    ("Three victims, a 25-year-old man, a 26-year-old man, and a 33-year-old man, were taken to a hospital "
     "with injuries. Two others were killed.", (2, 3)),
])
def test_victims_counted_together(text, expected):
    assert _figures(text) == expected


@needs_model
def test_suicide_after_wounding_leaves_an_injured_victim():
    text = ("A suspect shot a deputy on Sunday. The deputy was wounded and taken to a hospital. "
            "The suspect then killed himself.")
    assert _figures(text) == (1, 1)
    assert _figures("A man shot and killed himself on Sunday.") == (1, 0)


@needs_model
def test_ages_and_dates_are_not_counts():
    assert _figures("Another teen, also 15, was shot in the foot. He was treated and released.") == (0, 1)
    assert _figures("A boy was accidentally shot 10/16/16 at a home. He is in stable condition.") == (0, 1)


@needs_model
@pytest.mark.parametrize("title,expected", [
    ("UPDATE: Three dead in Riverside murder-suicide", (3, 0)),
    ("Utah: House where three were shot dead is linked to drugs", (3, 0)),
    ("Police kill gunman after shooting rampage injures three", (1, 3)),
    ("Mother killed 2 children, herself, officials say", (3, 0)),
    ("Boy, 13, dies after he was shot on East Side", (1, 0)),
    ("Family of murdered teen leads peace walk", (1, 0)),
    ("Coroner: 12-year-old boy dead in accidental shooting", (1, 0)),
    ("Slain teen identified, police say double shooting was planned", (1, 1)),
    ("Farmer shot himself and son, 10, while cleaning gun", (0, 2)),
])
def test_headlines(title, expected):
    assert _figures("Please log in to read this article.", title=title) == expected


@needs_model
@pytest.mark.parametrize("title,expected", [
    ("1 killed 3 injured in weekend shooting downtown", (1, 3)),
    ("Police seek 2 men in shooting that injured 13", (0, 13)),
    ("Two teen girls, two men shot outside housing complex", (0, 4)),
    ("3 adults, 2 children killed in house fire", (5, 0)),
    ("Father of 3 fatally shot outside pharmacy", (1, 0)),
])
def test_headline_counts(title, expected):
    assert _figures("Please log in to read this article.", title=title) == expected


@needs_model
def test_statistics_are_not_the_incident():
    text = ("A 4-year-old boy died on Thursday after a gun went off at his grandparents' home. "
            "Last year, at least four children died in the county as a result of accidental shootings.")
    assert _figures(text) == (1, 0)
    text = "A man was shot and killed on Friday. In 2014, 165 people were murdered in the city."
    assert _figures(text) == (1, 0)


@needs_model
def test_names_ages_and_channels_are_not_counts():
    assert _figures("The shooting claimed the life of Gerald Smith, 17 of Elm Street. He died at the scene.") == (1, 0)
    assert _figures("A sergeant told WAVE 3 News the man died at the hospital.") == (1, 0)


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("A teen was killed and a child was injured Friday evening in a drive-by shooting.", (1, 1)),
    ("A man was killed while a young girl was injured following a shooting on Saturday night.", (1, 1)),
    # the same victim told twice is one death
    ("A 15-year-old boy was shot on Friday. The boy died at the hospital.", (1, 0)),
])
def test_a_second_victim_introduced(text, expected):
    assert _figures(text) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    # the subject's own predicate outranks what modifies it
    ("Police say a juvenile injured in a shooting incident Monday morning has died of his injuries.", (1, 0)),
    ("The 16-year-old boy who was shot was pronounced dead at the scene.", (1, 0)),
    ("A man was shot on Sunday. He did not die.", (0, 1)),
])
def test_died_after_being_wounded(text, expected):
    assert _figures(text) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    # a count coordinated with a pronoun counts the pronoun's person too
    ("A 12-year-old was in critical condition after he and three others were shot on a basketball court.", (0, 4)),
    ("A shooting on Wednesday left him and his two daughters dead.", (3, 0)),
    # a victim named without a number, then the killer himself
    ("Police say the man killed his wife and then himself.", (2, 0)),
])
def test_counts_with_pronouns(text, expected):
    assert _figures(text) == expected


@needs_model
def test_shooter_who_killed_himself_is_among_the_dead():
    text = "Three people were killed at an office on Monday. The gunman then killed himself, police said."
    assert _figures(text) == (4, 0)
    text = "Four people were dead, including the gunman, and two others were wounded."
    assert _figures(text) == (4, 2)


@needs_model
@pytest.mark.parametrize("text,expected", [
    # reduced clauses the parser misreads: the fixed phrase tells the death
    ("The family of a 19-year-old shot and killed by a deputy has hired a lawyer.", (1, 0)),
    ("The rifle went off when the boy grabbed it, mortally wounding Jones in the chest.", (1, 0)),
    # ... unless negated or hypothetical
    ("Witnesses said someone could have been shot and killed. Nobody was hurt.", (0, 0)),
])
def test_fatal_phrases_despite_the_parse(text, expected):
    assert _figures(text) == expected


def test_fatal_phrase_rule():
    from consilience.annotate.casualties_lead import fatal_phrase

    assert fatal_phrase("", "A farmer was fatally shot in his barn.")
    assert fatal_phrase("Teen shot and killed by officer", "Please log in.")
    assert not fatal_phrase("", "The driver was not fatally injured.")
    assert not fatal_phrase("", "He said he could have been killed.")


@needs_model
@pytest.mark.parametrize("text,expected", [
    # victims named one by one, each with a casualty verb of its own
    ("Police say a 9-year-old girl was hurt when a gun went off. The grandfather was shot in the arm, "
     "while the girl was shot in the leg.", (0, 2)),
    # one more victim marked by "also"
    ("A woman was shot in the back on Sunday. A 30-year-old man was also shot in the foot.", (0, 2)),
    ("A man was killed on Sunday. A 20-year-old man was also shot and is in stable condition.", (1, 1)),
    # a victim numbered by an ordinal means at least that many
    ("A man died after a shooting on Sunday. A third victim was grazed in the arm.", (1, 2)),
    # the same victim named twice in one sentence is one
    ("A child in the car was shot, and police said that the girl remained in serious condition.", (0, 1)),
])
def test_victims_named_one_by_one(text, expected):
    assert _figures(text) == expected


@needs_model
@pytest.mark.parametrize("text,title,expected", [
    # a round-up of several incidents is no incident's toll
    ("Five people were wounded in shootings across the city on Tuesday. A 20-year-old man was shot "
     "in the leg near a gas station.", None, (0, 1)),
    ("Nine people were shot in less than 24 hours in the city. Two men were wounded outside a bar.", None, (0, 2)),
    # a headline that repeats the round-up's total
    ("Three people were killed in separate shootings across the city on Monday. A man was shot and killed "
     "outside a store.", "3 dead in Monday violence", (1, 0)),
    # "a year earlier" dates another event; the sentence's figures still count
    ("A man was killed and four other people were wounded on a block that saw a similar shooting a year earlier.",
     None, (1, 4)),
    # the lead's total over a terse headline list it exceeds by one
    ("A mother and her two sons were found dead inside their home on Sunday, police said.",
     "Springfield mom, two sons died of gunshot wounds", (3, 0)),
    # members named after a count are not added to it
    ("A man was charged with killing four of them, including his mother and his nephew.", None, (4, 0)),
    ("Six people — five men and one woman — were wounded in a shooting at a party.", None, (0, 6)),
])
def test_round_ups_and_leads(text, title, expected):
    assert _figures(text, title=title) == expected


@needs_model
@pytest.mark.parametrize("title,expected", [
    # victims listed before the casualty word share it
    ("Teacher, 17-month-old son found dead in home", (2, 0)),
    ("Mother, daughter shot dead in home", (2, 0)),
    ("Man, woman wounded in shooting", (0, 2)),
    # plural murders with a suicide: at least two victims and the killer
    ("Veteran identified as shooter in murders-suicide", (3, 0)),
    # a headline's count of the dead and, in its own clause, the killer's suicide
    ("Two boys killed, father commits suicide after Amber Alert", (3, 0)),
    ("Two dead in murder-suicide, police say", (2, 0)),
])
def test_headline_lists(title, expected):
    assert _figures("Please log in to read this article.", title=title) == expected


@needs_model
def test_the_other_one_is_no_second_victim():
    text = ("Two boys were playing with a gun when one of them, a 10-year-old, shot the other boy. "
            "The 11-year-old boy was pronounced dead at the scene.")
    assert _figures(text) == (1, 0)


@needs_model
@pytest.mark.parametrize("text,title,expected", [
    # wounded victims named in the clause after a death
    ("A woman was killed and her brother was injured in a shooting on Sunday night.", None, (1, 1)),
    ("A 6-year-old boy was shot and killed, his father was critically injured, police said.", None, (1, 1)),
    ("Two boys were killed and a teen girl was injured in a shooting early Saturday.", None, (2, 1)),
    # the wounded told by the headline and the victims shot in the text: the longer list counts
    ("A 2-year-old boy and a 20-year-old man were both shot overnight.", "Toddler injured in shooting", (0, 2)),
    # a headline with a clause for the dead and one for the wounded
    ("Please log in to read this article.", "Man killed, woman wounded in shooting", (1, 1)),
    ("Please log in to read this article.", "Teen killed, another wounded in shooting", (1, 1)),
    # ... but the one wounded who then dies is one victim
    ("Please log in to read this article.", "Woman injured in drive-by shooting dies", (1, 0)),
])
def test_wounded_beside_the_dead(text, title, expected):
    assert _figures(text, title=title) == expected


@needs_model
def test_victims_told_late_belong_to_other_incidents():
    text = ("A 15-year-old was shot and killed on Saturday, police said. " + "Detectives are still "
            "looking for witnesses and ask anyone with information to call them. " * 20
            + "In an unrelated case in February, a man was found dead and another man was also shot.")
    assert _figures(text) == (1, 0)


def _quantities_of(text: str):
    from consilience.annotate.quantities import find_quantities

    article = Article(id="t", origin="test", text=text)
    return article, find_quantities(article)


# ---------------------------------------------------------------- moved from test_quantities.py

@needs_model
def test_fatally_shot_one_of_several():
    from consilience.annotate.casualties import main_casualties

    article, qs = _quantities_of("Five teenagers were shot near the stadium, one fatally.")
    assert main_casualties(article, qs) == (1, 4)


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("Two men were killed and three people were wounded in a shooting on Friday.", (2, 3)),
    ("A gunman opened fire at a party, killing four and injuring six.", (4, 6)),
    ("A man was shot dead outside his home on Tuesday night.", (1, 0)),
    ("A 19-year-old was wounded in a drive-by shooting. He is expected to survive.", (0, 1)),
    ("Police arrested a suspect after a robbery. Nobody was hurt.", (0, 0)),
    ("The crash left 3 people dead. In 2012, 40 people were killed in a similar crash.", (3, 0)),
])
def test_main_casualties(text, expected):
    from consilience.annotate.casualties import main_casualties

    article, qs = _quantities_of(text)
    assert main_casualties(article, qs) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("Two women were hurt and three others were wounded when the roof fell.", (0, 5)),
    ("The gunman killed 2 adults, 3 teens at a farm on Sunday.", (5, 0)),
    ("Deputies say the father killed his three sons and then himself.", (4, 0)),
    ("Police are investigating an apparent double murder-suicide at the farm.", (3, 0)),
    ("Six people were shot outside a bar. One woman was grazed in the arm.", (0, 6)),
    ("She called 911 after the shooting, and her husband was wounded.", (0, 1)),
])
def test_main_casualties_sums_and_word_counts(text, expected):
    from consilience.annotate.casualties import main_casualties

    article, qs = _quantities_of(text)
    assert main_casualties(article, qs) == expected


@needs_model
def test_title_figures_win():
    from consilience.annotate.casualties import main_casualties
    from consilience.annotate.quantities import find_quantities

    article = Article(id="h", origin="test", title="7 shot, 2 fatally, at block party - Daily Ledger",
                      text="Police said the shooting began after an argument. A woman died at the scene.")
    assert main_casualties(article, find_quantities(article)) == (2, 5)


@needs_model
def test_deadly_event_in_title_means_a_death():
    from consilience.annotate.casualties import main_casualties
    from consilience.annotate.quantities import find_quantities

    article = Article(id="f", origin="test", title="Arrest made in fatal shooting near park",
                      text="Police arrested a 30-year-old suspect on Friday.")
    assert main_casualties(article, find_quantities(article)) == (1, 0)


@needs_model
def test_headline_count_with_a_source_after_the_colon():
    from consilience.annotate.casualties import main_casualties
    from consilience.annotate.quantities import find_quantities

    article = Article(id="g", origin="test", title="5 Men Injured In Downtown Shooting: Police",
                      text="Police are looking for a suspect.")
    assert main_casualties(article, find_quantities(article)) == (0, 5)


# ---------------------------------------------------------------- figures, headlines, leads (this round)

@needs_model
@pytest.mark.parametrize("text,title,expected", [
    # the headline's figures keep their own order: the later "two critically injured" details the shot
    ("Police said the gunfire began late on Friday.", "Four shot, two critically injured at a hall", (0, 4)),
    # "four others shot" does not count the dead
    ("Police said the gunfire began late on Friday.", "Woman killed, four others shot in park", (1, 4)),
    # a victim listed before the headline's figure
    ("Police said.", "Baby, 4 people injured in drive-by shooting", (0, 5)),
    ("A man and his two kids were found dead inside their home on Thursday.",
     "Father and two children found dead inside home", (3, 0)),
    # a headline clause after a dash is no outlet name
    ("Police said.", "Shooting investigation underway in the south - Four people injured", (0, 4)),
    # the headline's pronoun and condition words
    ("Thank you for registering.", "Man accidentally shot himself in the head", (0, 1)),
    ("Thank you for registering.", "Woman critical after being accidentally shot in face", (0, 1)),
    # the lead's figure is one more than the headline's: it counts the one in critical condition
    ("One man is in critical condition and three others are injured after an early morning shooting.",
     "One person in critical condition, three others injured after shooting", (0, 4)),
])
def test_headline_figures_and_lists(text, title, expected):
    assert _figures(text, title=title) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    # the next victim numbered by an ordinal
    ("Three men were shot outside a bar, and a fourth was wounded by flying glass.", (0, 4)),
    ("Two men were shot. A third man was grazed.", (0, 3)),
    ("Two men were shot. A third man was arrested later.", (0, 2)),
    # "were each shot": the parser tags the participle a noun
    ("A 16-year-old boy and a 19-year-old man were each shot in the leg, police said.", (0, 2)),
    # an ordinal after a count of another measure neither adds nor fails
    ("Police arrested two men, and a third was charged later.", (0, 0)),
    # the wounded after the dead, in active voice
    ("Two deputies are accused of killing a 6-year-old boy and critically injuring his father.", (1, 1)),
    # the wounded before a victim introduced anew who died
    ("The driver of the car is in critical condition and a six-year-old passenger has been pronounced dead.", (1, 1)),
    # the shooter's suicide after the victims in the sentence of the first death; an attempt is none
    ("Authorities say a man shot and killed a 4-month-old baby before turning the gun on himself.", (2, 0)),
    ("A man shot and killed his wife before trying to turn the gun on himself.", (1, 0)),
    ("The gunman who killed two people and wounded nine others in a theater before killing himself was ill.", (3, 9)),
    ("Four people were killed by a man on a rampage before he was shot and killed by police on Sunday.", (5, 0)),
    # a child's accident is no shooter's suicide
    ("Her 4-year-old daughter found a gun in a closet and shot herself, police said. The girl died at a hospital.", (1, 0)),
    # "shot his daughter dead": the parser hangs "dead" as an adverbial clause
    ("Police said a gunman shot two men dead outside a bar.", (2, 0)),
    # victims sent to or recovering in hospital, injuries to a number of people
    ("A shooting at a bar sent 4 people to the hospital on Sunday.", (0, 4)),
    ("Two men are recovering from their injuries after the shooting.", (0, 2)),
    ("The shooting resulted in the death of a teen and injuries to five other people.", (1, 5)),
    # victims "injured or killed" over a period are a statistic
    ("In the past two months, eight youths have been injured or killed by gunfire in the city. "
     "A boy was shot and killed on Sunday.", (1, 0)),
])
def test_lead_figures(text, expected):
    assert _figures(text) == expected


@needs_model
def test_a_death_with_its_own_subject_is_not_the_shot_ones():
    killed, injured = _figures("Four teenagers were shot in a drive-by, and one of them has died.")
    assert killed < 4 and injured >= 3


@needs_model
def test_an_age_written_y_o_is_no_count():
    assert _figures("Police said a 4 y/o shot by a stray bullet is recovering.")[1] < 4


@needs_model
def test_a_figure_told_late_after_named_victims_belongs_elsewhere():
    text = ("A 15-year-old boy was shot in the leg on Friday, police said. "
            + "Relatives gathered at the hospital and asked for prayers from the community. " * 16
            + "Eight other children were wounded by gunfire near the school.")
    assert _figures(text) == (0, 1)


@needs_model
def test_roles_are_read_again_when_not_cached():
    from consilience.annotate import quantities
    from consilience.annotate.casualties import main_casualties
    from consilience.annotate.quantities import find_quantities

    article = Article(id="r", origin="test", text="A man was shot dead and his brother was wounded on Friday.")
    qs = find_quantities(article)
    cached = main_casualties(article, qs)
    quantities._ROLES.clear()  # as for articles annotated long before (the cache keeps the latest few)
    assert main_casualties(article, qs) == cached == (1, 1)


@needs_model
@pytest.mark.parametrize("title,expected", [
    # the event noun tagged a verb by the headline parse
    ("Police investigate deadly shooting in the park", (1, 0)),
    ("Teen charged as adult in classmate's shooting death", (1, 0)),
    ("Prosecutor charges man with manslaughter in river shooting", (1, 0)),
    # an auxiliary between the victim and the casualty word; a killing after a dash
    ("Neighborhood in fear after girl, 15, is killed by masked gunmen", (1, 0)),
    ("Thinking gun was empty, he pulls trigger - and kills friend", (1, 0)),
    ("Toddler kills herself with loaded gun at home", (1, 0)),
    ("Police investigate shooting in park", (0, 0)),
    # the headline's news is the death of one the text tells wounded
    ("Boy on Life Support After Being Shot in the Head Dies", (1, 0)),
    ("Teen Hospitalized After Shooting Pronounced Dead", (1, 0)),
    ("6-year-old girl shot in the head, killed", (1, 0)),
    # the wounded told only in the headline
    ("Toddler in critical condition from gunshot", (0, 1)),
    ("Teen recovering after accidental shooting", (0, 1)),
    ("16-Year-Old Accidentally Shot", (0, 1)),
    ("Teenager suffers accidental gunshot wound", (0, 1)),
    ("Boy, 4, shoots self in leg with grandfather's handgun", (0, 1)),
    ("Man suffers fatal gunshot wound", (1, 0)),
    ("Girl survives being shot by stray bullet", (0, 1)),
    # a victim named wounded beside a death toll
    ("2 teenage boys killed, woman injured in West Side shooting", (2, 1)),
])
def test_deaths_told_only_in_the_headline(title, expected):
    assert _figures("Your notification has been saved.", title=title) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("It is a blessing that no one died in this case.", (0, 0)),
    ("Whoever left the loaded gun outside could have cost a child his life.", (0, 0)),
    ("A child could have been killed, police said.", (0, 0)),
    ("The gunman nearly killed two men.", (0, 0)),
    ("A man was killed and police said others could have been hurt.", (1, 0)),
])
def test_modal_and_negated_victims(text, expected):
    assert _figures(text) == expected


@needs_model
def test_all_of_the_dead_with_wounds_are_not_wounded():
    text = "A man and a woman were found dead inside the home, as were three children. All five had gunshot wounds."
    assert _figures(text)[1] == 0  # (the count of the dead is another matter: "as were three children")
    assert _figures("Four people were shot at a party. All four were taken to the hospital.") == (0, 4)


@needs_model
def test_the_only_dead_is_the_shooter():
    text = ("Police said a suspect shot a deputy around noon on Saturday. "
            "The standoff ended when the suspect died from a self-inflicted gunshot wound.")
    assert _figures(text) == (1, 1)


@needs_model
def test_a_deceased_victim_with_a_wound_is_dead():
    assert _figures("Deputies located a deceased man with a gunshot wound to the head.") == (1, 0)
    assert _figures("Police said two teens passed away at the hospital on Sunday.") == (2, 0)


@needs_model
def test_a_victim_named_again_with_the_same_age_is_the_same():
    text = ("A 15-year-old has died after being shot in the head Friday night, police said. "
            "When officers arrived, a 15-year-old male was found shot and was taken to a hospital.")
    assert _figures(text) == (1, 0)


@needs_model
def test_several_named_together_as_wounded_beside_a_death():
    text = ("A man died late Sunday at a county hospital, officers said. "
            "A 30-year-old woman and a 12-year-old boy are recovering from their injuries.")
    assert _figures(text) == (1, 2)


@needs_model
def test_a_wounded_pair_later_named_dead_is_not_counted_wounded():
    text = ("Deputies found a girl dead in the kitchen, and the younger child and the father were taken to the hospital. "
            "The younger child was pronounced dead at the hospital.")
    assert _figures(text)[1] == 0


@needs_model
def test_also_wounded_after_an_apposition():
    text = ("A teenager was killed in a shooting on Monday, police said. "
            "A woman, identified as Mary Smith, 30, was also shot and is expected to recover.")
    assert _figures(text) == (1, 1)


@needs_model
def test_dead_told_as_shot_beside_a_wounded_victim_of_another_age():
    text = ("The 20-year-old was shot in the chest and was later pronounced dead, the chief said. "
            "The chief also said the 16-year-old was taken to the hospital for injuries he sustained.")
    assert _figures(text, title="One dead in shooting at a party") == (1, 1)


@needs_model
def test_gapped_clause_keeps_the_wounded():
    text = "A nine-year-old girl is dead and her 13-year-old sister in a hospital after gunfire hit their home on Friday."
    assert _figures(text) == (1, 1)


@needs_model
def test_a_count_of_arrests_is_no_victim_count():
    text = "The sheriff said a 30-year-old man was killed at the gas station. Two others were injured in the gunfire."
    assert _figures(text, title="Deputies: 2 arrests made in gas station shooting") == (1, 2)


@needs_model
def test_a_partitive_figure_takes_its_group():
    text = ("Five people were found on a sidewalk bleeding from gunshot wounds, three of them seriously wounded, "
            "officers said.")
    assert _figures(text) == (0, 5)


@needs_model
def test_put_into_the_hospital_is_wounded():
    text = ("Police said a toddler was killed on Friday. "
            "The attack at the apartment put two women into the hospital, including the toddler's aunt.")
    assert _figures(text) == (1, 2)


@needs_model
def test_members_set_off_after_a_count_of_victims_are_not_added():
    text = ("Police found five people with gunshot wounds outside the club. "
            "The five victims, three men and two women, were taken to hospitals with wounds that are not life-threatening.")
    assert _figures(text)[1] == 5
    assert _figures("Gunfire wounded two men, three women and a boy outside the club on Sunday.")[1] == 6


@needs_model
def test_one_of_the_victims_died():
    text = "Three people were shot outside a bar on Friday night. One of the victims died at a hospital, police said."
    assert _figures(text) == (1, 2)


@needs_model
def test_a_late_related_headline_takes_both_of_its_figures_away():
    filler = "Neighbors gathered near the church on Thursday evening to remember the boy and light candles. " * 12
    text = ("A 16-year-old was gunned down in a parking lot last week, police said. " + filler
            + "\nRELATED STORIES\n+ 1 killed, 1 injured in Westport shooting\n")
    assert _figures(text) == (1, 0)


@needs_model
def test_a_definite_count_after_the_dead_is_the_dead_again():
    text = ("A man fatally shot his wife and their two sons at their home on Tuesday, prosecutors said. "
            "The three were taken to a hospital, where they were pronounced dead.")
    assert _figures(text) == (3, 0)


@needs_model
def test_a_death_named_late_after_a_wounded_lead_is_another_incidents():
    filler = "Neighbors said the block had been quiet for months and asked the city for more patrols. " * 14
    text = ("A 6-year-old girl was wounded in a shooting on Tuesday night, police said. " + filler
            + "Last month, a 19-year-old man was killed two blocks away.")
    assert _figures(text) == (0, 1)
    # the wounded victim named again as dead is the same victim, who died
    text = ("A 6-year-old girl was wounded in a shooting on Tuesday night, police said. " + filler
            + "On Thursday the girl died at the hospital, her family said.")
    assert _figures(text)[0] == 1


@needs_model
def test_the_wounded_who_died_are_no_longer_wounded():
    text = "Police said ten people were wounded at the party. One of the victims later died at a hospital."
    assert _figures(text) == (1, 9)
    # a toll told first is the same dead again
    text = "The brawl left two people dead and three injured. Two of the victims died at the scene, police said."
    assert _figures(text) == (2, 3)


@needs_model
def test_all_those_shot_died_leaves_a_wounded_victim_named_apart():
    text = ("A gunman shot and killed four people and wounded a young boy at a farmhouse on Tuesday. "
            "Two adults and two teenagers were shot inside, the sheriff said.")
    assert _figures(text) == (4, 1)


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("A man was killed on Sunday. The two other victims are expected to survive.", (1, 2)),
    ("A woman died at the scene. The three other victims are recovering, police said.", (1, 3)),
    ("One victim was pronounced dead at the scene, and two others were taken to Riverside Medical Center.", (1, 2)),
])
def test_survivors_told_by_their_outcome_are_wounded(text, expected):
    assert _figures(text) == expected


@needs_model
def test_others_after_a_partitive_are_members_of_the_count():
    text = ("The three surviving victims were rushed to a hospital, where one is in critical condition "
            "and two others were treated for minor injuries.")
    assert _figures(text) == (0, 3)


@needs_model
def test_a_wounded_victim_who_succumbed_is_dead():
    text = ("Four women were killed at the store. A fifth victim, a man, was airlifted to a hospital in "
            "critical condition and succumbed to his injuries on Saturday.")
    assert _figures(text)[1] == 0


@needs_model
def test_a_survivor_named_beside_the_dead_is_wounded():
    text = ("A man was shot and killed in a parking lot on Friday, police said. His cousin, Tom Baker, was "
            "struck in the leg and is expected to recover.")
    assert _figures(text) == (1, 1)
    # one person named twice, by kin and by name, is one survivor
    text = ("A woman was shot and killed outside her home on Friday, police said. Her neighbor, Tom Baker, "
            "was hit in the arm. Baker is in stable condition.")
    assert _figures(text) == (1, 1)
    # a death told before the survivor in the sentence is another's
    text = ("A 15-year-old boy was killed in the shooting while his uncle, Sam Reed, was also shot. "
            "Reed was treated for non-life-threatening wounds.")
    assert _figures(text) == (1, 1)
    # the dead victim's own wounds, told apart from the death, are no second victim
    text = ("A man was found with a gunshot wound on Friday night, police said. He was taken to a hospital, "
            "where he died.")
    assert _figures(text) == (1, 0)


@needs_model
def test_a_semicolon_ends_the_headline_clause_of_a_casualty_verb():
    assert _figures("", title="Deputy accidentally shoots self; three suspects in custody after chase") == (0, 1)


@needs_model
def test_a_late_wounded_figure_told_with_the_toll_is_the_main_incidents():
    filler = "Relatives gathered outside the church on Monday and asked for prayers from the community. " * 12
    text = ("A gunman killed a 70-year-old man on Sunday, police said. A 2-year-old boy was wounded. "
            + filler + "Bullets cut through the block, killing the man and wounding three others.")
    assert _figures(text) == (1, 3)


@needs_model
def test_a_quadruple_shooting_that_left_four_dead_leaves_the_wounded_figure():
    text = "Police are looking for two men after a shooting that left four people dead and one person injured."
    assert _figures(text, title="Police name two suspects in quadruple shooting") == (4, 1)


@needs_model
def test_a_place_in_the_country_is_no_statistic():
    assert _figures("Nineteen people were shot and injured during a parade in the US city of New Orleans.") == (0, 19)
    assert _figures("Nineteen people were wounded in the country's worst shooting this spring.") == (0, 19)


def test_a_name_set_beside_a_name_in_a_list_is_another_person():
    # the parse of "Ann Lee, Bo Park, and Cy Ortiz were shot" may hang "Bo Park" on "Ann Lee" as an apposition
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from consilience.annotate.quantities import _listed_name

    words = ["Ann", "Lee", ",", "Bo", "Park", ",", "and", "Cy", "Ortiz", "were", "shot"]
    heads = [1, 10, 1, 4, 1, 1, 1, 8, 1, 10, 10]
    deps = ["compound", "nsubjpass", "punct", "compound", "appos", "punct", "cc", "compound", "conj", "auxpass", "ROOT"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "CCONJ", "PROPN", "PROPN", "AUX", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert _listed_name(doc[4])
    # "a man, John Doe, was shot" renames one person: no list closed by "and"
    words = ["a", "man", ",", "John", "Doe", ",", "was", "shot"]
    heads = [1, 7, 1, 4, 1, 1, 7, 7]
    deps = ["det", "nsubjpass", "punct", "compound", "appos", "punct", "auxpass", "ROOT"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert not _listed_name(doc[4])


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("Police said the three victims have all been released from the hospital.", (0, 3)),
    ("Two teens were treated and released, police said.", (0, 2)),
    ("Two brothers are accused of shooting a 9-year-old boy on Friday. Both victims were taken to a hospital "
     "and treated for their injuries.", (0, 2)),
])
def test_survivors_released_or_told_together(text, expected):
    assert _figures(text) == expected


@needs_model
def test_a_count_of_vehicles_is_no_victim_count():
    text = ("A stray bullet grazed a 4-year-old boy in his bedroom on Friday. Police are looking for suspects in "
            "two vehicles who were shooting at each other.")
    assert _figures(text) == (0, 1)


@needs_model
def test_a_headline_counting_the_dead_apart_keeps_its_wounded_figure():
    text = "A shooting on Saturday left four people injured, police said."
    assert _figures(text, title="1 dead, 3 others injured in shooting") == (1, 3)



@needs_model
def test_a_victim_whose_own_predicate_is_negated_is_no_victim():
    # "was not injured" after an apposition: neither a wounded victim nor an ordinal adding one
    text = ("A boy was shot and killed on Monday. Police found another 16-year-old boy who had been shot in the "
            "ankle. A third teen, who was outside at the time, was not injured.")
    assert _figures(text) == (1, 1)
    assert _figures("Two teens were shot on Monday. A third teen, who was standing nearby, was not injured.") == (0, 2)


@needs_model
def test_another_victim_found_beside_the_dead_is_wounded():
    text = ("A teenage boy was shot and killed on Monday night. Besides him, officers found another 16-year-old "
            "boy who had been shot in the ankle.")
    assert _figures(text) == (1, 1)


@needs_model
def test_a_count_of_other_men_does_not_count_the_dead():
    text = ("A gunman opened fire in the apartment, shooting and killing a student, 18. Three other men in the "
            "apartment were also shot but survived.")
    assert _figures(text) == (1, 3)


@needs_model
def test_others_counted_with_a_pronoun_include_its_referent():
    assert _figures("A man died on Tuesday night after he and four others were shot in front of a home.") == (1, 4)


@needs_model
def test_a_headline_list_with_a_count_then_a_noun():
    assert _figures("Police found the victims at a park on Sunday.",
                    title="2 children, woman shot near north Sacramento park") == (0, 3)


@needs_model
def test_care_that_ended_in_a_death_counts_the_dead():
    text = ("Police are investigating a shooting at a bar. One victim was transported to an area hospital, where "
            "he was pronounced dead. Three other victims were transported to area hospitals for treatment.")
    assert _figures(text) == (1, 3)
    # the death of one named among those taken there is not the death of them all
    text = "Two people came out to help her. All three victims were taken to a hospital, where the woman died."
    assert _figures(text)[0] == 1


@needs_model
def test_a_relative_sharing_the_surname_of_the_dead_is_another_victim():
    text = ("A teen shot a girl and her mother, then himself. Charlotte Zaremba was shot and killed in her "
            "bedroom. Suzanne Zaremba was wounded and is in stable condition.")
    assert _figures(text) == (1, 1)


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("Four people were shot at a vigil on Thursday night for a man killed in a shooting last week.", (0, 4)),
    # dated to another weekday than the shooting told
    ("Five people were shot at a vigil Monday evening, police said. About 25 people had gathered where a "
     "24-year-old man was shot and killed early Sunday.", (0, 5)),
    ("Three people were shot on Wednesday morning after a dispute. In 2010, the suspect was charged with the "
     "murder of the son of a firefighter.", (0, 3)),
])
def test_a_death_dated_before_the_shooting_is_an_earlier_incidents(text, expected):
    assert _figures(text) == expected


@needs_model
def test_a_victim_treated_for_wounds_beside_the_dead_lived():
    text = "Two men were shot and killed outside a pub on Sunday. Cole Ervin, 20, was treated for gunshot wounds."
    assert _figures(text) == (2, 1)


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("Gunfire erupted during a parade, leaving about 19 people wounded, police said.", (0, 19)),
    ("Nearly 20 people were wounded when gunfire erupted during a parade, police said.", (0, 20)),
])
def test_an_approximate_count_keeps_the_number_told(text, expected):
    assert _figures(text) == expected


@needs_model
@pytest.mark.parametrize("title,text,expected", [
    ("Shooting results in 9 victims, 1 critical",
     "A shooting early today left nine people injured, including one person in critical condition.", (0, 9)),
    ("Teen who was 1 of 7 injured at party speaks out",
     "A shooting at a Christmas party left seven people wounded on Saturday.", (0, 7)),
])
def test_a_headline_figure_counting_a_part_of_the_victims_yields(title, text, expected):
    assert _figures(text, title=title) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("A child was shot during a fight. Witnesses said another man shot back at the suspect, injuring him. "
     "Both the suspect and the child were taken to a hospital with non-life-threatening injuries.", (0, 2)),
    ("A 13-year-old boy is charged after a shooting that sent both himself and an 11-year-old girl to the "
     "hospital. The bullet went through his hand and struck the girl in the knee.", (0, 2)),
])
def test_both_named_together_as_wounded(text, expected):
    assert _figures(text) == expected


@needs_model
@pytest.mark.parametrize("text,title,expected", [
    ("A shooting on Friday night left six people injured, five with gunshot wounds, police said.", None, (0, 5)),
    ("Five people were injured in the drive-by shooting on Sunday — four from gunshots and one from flying "
     "glass.", None, (0, 4)),
    # the headline's count takes in one hurt otherwise, told beside the count of the shot
    ("Five people were shot and a 6-year-old girl was injured near a bus stop on Sunday, police said.",
     "Six people injured in shooting", (0, 5)),
])
def test_the_wounded_are_those_hurt_by_the_gunfire(text, title, expected):
    assert _figures(text, title=title) == expected


@needs_model
def test_victims_named_after_a_count_of_shootings_are_its_members():
    text = ("A 14-year-old is charged in the double shooting of his mother and little brother. The mother and her "
            "son were found dead in their home.")
    assert _figures(text) == (2, 0)


@needs_model
def test_a_headline_count_of_the_shot_may_be_the_others_beside_the_dead():
    text = "Police say one person died and at least three others were hurt in a shooting near an apartment."
    assert _figures(text, title="3 people shot in county") == (1, 3)


@needs_model
def test_a_headline_repeating_a_round_up_the_lead_tells_yields():
    text = ("Three separate shootings left six people wounded, including a 14-year-old boy, in Englewood Tuesday "
            "night, police said. Most recently, four people were shot in the 6800 block of South Ashland Avenue.")
    assert _figures(text, title="Englewood Shootings Wound 6, Police Say") == (0, 4)


@needs_model
def test_a_number_in_a_compound_modifier_is_no_count():
    text = ("A woman was sent to the hospital with a gunshot wound to the head on Sunday. The shooting involved a "
            "two-shot, .22-caliber handgun that fell out of a coat pocket.")
    assert _figures(text) == (0, 1)


@needs_model
def test_a_figure_dated_to_another_weekday_after_the_victim_named_is_another_incidents():
    text = ("A 16-year-old boy was seriously injured in a shooting in Newport News Monday afternoon. Police found "
            "the teen lying on the ground with a gunshot wound. He was taken to a local hospital, police say. "
            "Witnesses said a large group of young people ran off after the shooting. Neighbors said the block "
            "had been quiet for months. It was the third shooting in the city in two days. An 18-year-old was "
            "shot on Old Courthouse Way Sunday evening and two people were shot late Sunday night at an "
            "apartment on Mytilene Drive.")
    assert _figures(text) == (0, 1)


@needs_model
@pytest.mark.parametrize("title,expected", [
    ("Boy, girl walk into Wichita hospital with gunshot wounds", (0, 2)),
    ("13-year-old's toe grazed by bullet at strip mall", (0, 1)),
    ("Authorities investigate accidental shooting of child, father", (0, 2)),
])
def test_headline_victims_the_parse_leaves_out(title, expected):
    assert _figures("Police said they are still looking into what happened.", title=title) == expected


@needs_model
def test_a_report_on_the_charges_counts_the_victims_by_them():
    text = ("An eighth suspect in the playground mass shooting has been arrested. He was booked into the parish "
            "prison on Friday on 17 counts of attempted murder.")
    assert _figures(text) == (0, 17)


@needs_model
def test_wounded_named_one_by_one_with_their_ages():
    text = ("One person was killed and several others were injured in a drive-by shooting on Saturday. The "
            "deceased victim has been identified as Mike Frank, 34. Heaven Mayo, 24, Justin King, 24, Donald "
            "Jocelyn, 25 and Tobias Cudnik, 32 were all transported to the hospital with non-life-threatening "
            "injuries.")
    assert _figures(text) == (1, 4)

"""Story grouping on small hand-written articles (invented places and people)."""
import random

from consilience.model import Article, Entity, Span
from consilience.stories import (StoryIndex, canonical_order, complete_year, fill_from_story,
                                 find_source_groups, group_stories)


def art(id, text, title=None, published=None, origin=None, basis=None, **kw):
    return Article(id=id, origin=origin or f"https://{id}.example.org/news/{id}", text=text,
                   title=title, published=published,
                   published_basis=basis or ("metadata" if published else None), **kw)


# Two shootings in one city a week apart, different victims, streets and counts.
SHOOTING_A = [
    art("a1", "Two men were killed and one woman was wounded late Friday in a shooting on Calloway "
              "Avenue in Marlow Heights, police said. The victims were identified as Dorian Pekkala, 24, "
              "and Ansel Viret, 31. Detectives said the gunman fled in a grey sedan.",
        "Two killed, one wounded in Calloway Avenue shooting", "2021-03-05"),
    art("a2", "Police in Marlow Heights identified Dorian Pekkala and Ansel Viret as the two men killed "
              "in Friday's shooting on Calloway Avenue. A woman wounded in the attack is in stable "
              "condition. No arrests have been made.",
        "Calloway Avenue shooting victims named", "2021-03-06"),
    art("a3", "A suspect was arrested Monday in the Calloway Avenue double homicide that killed Dorian "
              "Pekkala and Ansel Viret in Marlow Heights, police said. The grey sedan was found abandoned.",
        "Arrest in Calloway Avenue double homicide", "2021-03-08"),
]
SHOOTING_B = [
    art("b1", "Five people were wounded Saturday night when shots were fired into a crowd outside a "
              "bowling alley on Tesker Road in Marlow Heights, police said. Among the wounded was "
              "Maribel Osterholt, 17. Police said the shooter used a rifle.",
        "Five wounded in shooting outside Tesker Road bowling alley", "2021-03-13"),
    art("b2", "Marlow Heights police released video Sunday of the man they believe opened fire outside "
              "the Tesker Road bowling alley, wounding five people including Maribel Osterholt.",
        "Police release video in Tesker Road bowling alley shooting", "2021-03-14"),
]
OTHER = [
    art("c1", "The Marlow Heights council approved a new budget for the public library on Tuesday, adding "
              "weekend hours and a mobile reading van for the eastern districts.",
        "Council approves library budget", "2021-03-09"),
    art("c2", "Heavy rain flooded the lower Fennick valley on Wednesday, closing three bridges and the "
              "regional rail line. Forecasters expect the river to crest on Friday.",
        "Floods close bridges in Fennick valley", "2021-03-10"),
]
WIRE_TEXT = ("A cargo ship carrying grain ran aground off the coast of Velmora early on Thursday, the port "
             "authority said, and salvage crews were working to refloat it before the next high tide. "
             "None of the twenty crew members was hurt, according to the shipping company, which said the "
             "vessel had lost engine power in heavy seas. Environmental officials said there was no sign "
             "of a fuel leak but that a monitoring boat would remain at the site through the weekend.")
WIRE = [
    art("w1", WIRE_TEXT, "Grain ship runs aground off Velmora", "2021-03-11", "https://one.example.com/a"),
    art("w2", "VELMORA (Agency) - " + WIRE_TEXT + "\n\nRead more local news on our site.",
        "Cargo ship aground off Velmora coast", "2021-03-11", "https://two.example.net/b"),
    art("w3", WIRE_TEXT.replace("early on Thursday", "on Thursday morning") + " Copyright the agency.",
        "Ship aground near Velmora", "2021-03-12", "https://three.example.com/c"),
]
ALL = SHOOTING_A + SHOOTING_B + OTHER + WIRE


def clusters(stories):
    return sorted(tuple(sorted(s.articles)) for s in stories)


def test_same_kind_different_events_kept_apart():
    got = clusters(group_stories(ALL))
    assert ("a1", "a2", "a3") in got
    assert ("b1", "b2") in got
    assert ("w1", "w2", "w3") in got
    assert ("c1",) in got and ("c2",) in got


def test_story_fields():
    stories = {s.articles: s for s in group_stories(ALL)}
    a = stories[("a1", "a2", "a3")]
    assert a.first_seen == "2021-03-05" and a.last_seen == "2021-03-08"
    assert "Calloway Avenue" in a.title
    assert a.id.startswith("s-")
    assert [s.first_seen for s in group_stories(ALL)] == sorted(s.first_seen for s in group_stories(ALL))


def test_wire_copies_one_source_group():
    groups = find_source_groups(ALL)
    assert [g.articles for g in groups] == [("w1", "w2", "w3")]
    assert groups[0].reason
    story = next(s for s in group_stories(ALL) if "w1" in s.articles)
    assert [g.articles for g in story.source_groups] == [("w1", "w2", "w3")]


def test_order_independence_batch_and_incremental():
    reference = group_stories(ALL)
    for seed in range(5):
        shuffled = list(ALL)
        random.Random(seed).shuffle(shuffled)
        assert group_stories(shuffled) == reference
        index = StoryIndex()
        for a in shuffled:
            index.add(a)
        assert clusters(index.stories()) == clusters(reference)


def test_incremental_add_returns_story_id():
    index = StoryIndex()
    ids = [index.add(a) for a in canonical_order(ALL)]
    assert ids[0] == ids[1] == ids[2]
    assert index.add(ALL[0]) == ids[0]  # adding again changes nothing
    assert {s.id for s in index.stories()} == set(ids)
    assert len(index) == len(ALL)


def test_article_with_no_date_joins_its_story():
    undated = art("a4", "Mourners gathered on Calloway Avenue in Marlow Heights for Dorian Pekkala and Ansel "
                        "Viret, the two men killed in the shooting, as police continued to question the suspect.",
                  "Vigil for Calloway Avenue shooting victims")
    stories = group_stories(ALL + [undated])
    story = next(s for s in stories if "a4" in s.articles)
    assert set(story.articles) == {"a1", "a2", "a3", "a4"}
    alone = group_stories([undated])
    assert len(alone) == 1 and alone[0].first_seen is None


def test_year_filled_from_story():
    partial = art("a5", "Marlow Heights police said the Calloway Avenue gunman who killed Dorian Pekkala and "
                        "Ansel Viret fled in a grey sedan.", "Calloway Avenue gunman fled in sedan",
                  "--03-07", basis="text")
    arts = ALL + [partial]
    stories = group_stories(arts)
    filled = {a.id: a for a in fill_from_story(arts, stories)}
    assert filled["a5"].published == "2021-03-07"
    assert filled["a5"].published_basis == "story"
    assert filled["a1"] == ALL[0]


def test_complete_year_picks_nearest():
    from datetime import date
    days = [date(2015, 1, 2).toordinal(), date(2015, 1, 4).toordinal()]
    assert complete_year((12, 30), days) == 2014
    assert complete_year((1, 13), days) == 2015
    assert complete_year((1, 13), []) is None


def test_annotations_used_when_present():
    ent = Entity(canonical="Dorian Pekkala", type="PERSON", mentions=(Span("a1", 0, 1),))
    with_entities = [a if a.id != "a1" else Article(**{**a.__dict__, "entities": (ent,)}) for a in ALL]
    story = next(s for s in group_stories(with_entities) if "a1" in s.articles)
    assert story.entities == ("Dorian Pekkala",)


def test_story_dates_refreshed_after_fill():
    from consilience.stories import refresh_story_dates
    early = art("a0", "Police in Marlow Heights said Dorian Pekkala and Ansel Viret were shot on Calloway Avenue "
                      "by a gunman who fled in a grey sedan.", "Calloway Avenue shooting", "--03-04", basis="text")
    arts = ALL + [early]
    stories = group_stories(arts)
    story = next(s for s in stories if "a0" in s.articles)
    assert story.first_seen == "2021-03-05"
    filled = fill_from_story(arts, stories)
    assert refresh_story_dates(story, filled).first_seen == "2021-03-04"


def test_shared_rare_name_raises_score():
    """A follow-up naming the story's victim scores higher than the same text without the name;
    the bonus needs the name to be rare in the index (none in a tiny index by default)."""
    from consilience.stories import StoryConfig
    from consilience.stories.index import _unit
    follow = art("a6", "A jury on Thursday convicted a man of murder in the deaths of Dorian Pekkala and "
                       "Ansel Viret, who were shot on Calloway Avenue last spring.",
                 "Jury convicts man in Calloway Avenue killings", "2021-09-16")
    scores = {}
    for bonus, share in ((0.0, 1.0), (0.03, 1.0), (0.03, 0.01)):
        index = StoryIndex(StoryConfig(name_bonus=bonus, name_rare_share=share))
        index.observe(ALL + [follow])
        for a in canonical_order(ALL):
            index.add(a)
        story = index._stories[index._by_article["a1"]]
        f = index._extract(follow)
        scores[(bonus, share)] = index._score(story, f, _unit(index._vector(f)))
    # "dorian pekkala", "ansel viret" and "calloway avenue": salient in the story, in <= 5 articles
    assert abs(scores[(0.03, 1.0)] - scores[(0.0, 1.0)] - 0.09) < 1e-9
    assert scores[(0.03, 0.01)] == scores[(0.0, 1.0)]  # 12 articles: nothing counts as rare


def test_refine_moves_lone_article_to_its_story():
    """An article left alone by the one-pass index joins the story it fits once all are placed."""
    from consilience.stories.index import _Story, story_id
    from consilience.stories.refine import reassign, rebuild
    index = StoryIndex()
    index.observe(ALL)
    for a in canonical_order([x for x in ALL if x.id != "a2"]):
        index.add(a)
    # a2 forced into a story of its own, as an unlucky order could leave it
    a2 = next(x for x in ALL if x.id == "a2")
    index._stories.append(_Story(id=story_id("a2")))
    index._by_id[story_id("a2")] = len(index._stories) - 1
    f = index._extract(a2)
    index._join(len(index._stories) - 1, a2, f, index._vector(f))
    ordered = canonical_order(ALL)
    groups = reassign(index, ordered)
    assert groups["a2"] == groups["a1"]
    assert groups["b1"] != groups["a1"]
    fresh = rebuild(index, ordered, groups)
    assert ("a1", "a2", "a3") in clusters(fresh.stories())
    assert clusters(fresh.stories()) == clusters(group_stories(ALL))


# One champion, two title fights years apart: same kind, same champion, other opponent, venue, round.
FIGHT_1 = [
    art("f1", "Boxing champion Oskar Vantrell stopped challenger Mirek Dallow in the seventh round in Lindqvist Arena "
              "on Saturday night to keep his heavyweight titles. Vantrell floored Dallow twice before the referee "
              "stopped the heavyweight title fight.", "Vantrell stops Dallow in seventh round"),
    art("f2", "Oskar Vantrell retained his heavyweight belts with a seventh-round stoppage of Mirek Dallow at "
              "Lindqvist Arena. Dallow, a former champion, never recovered after the sixth round.",
        "Vantrell too strong for Dallow at Lindqvist Arena"),
    art("f3", "The heavyweight champion Vantrell dominated Mirek Dallow at Lindqvist Arena, dropping him twice "
              "before the referee waved off the title fight in the seventh round.",
        "Dallow no match for champion Vantrell"),
    art("f4", "Mirek Dallow said he had no excuses after champion Oskar Vantrell stopped him in the seventh round "
              "at Lindqvist Arena, the heavyweight title fight ending with Dallow on the ropes.",
        "Dallow: no excuses after Vantrell defeat"),
]
FIGHT_2 = [
    art("g1", "Boxing champion Oskar Vantrell knocked out challenger Teodor Quarles in the third round at Brenholt "
              "Stadium to defend his heavyweight titles. Quarles was counted out after a left hook to the body.",
        "Vantrell knocks out Quarles in third round"),
    art("g2", "Oskar Vantrell needed only three rounds to dispose of Teodor Quarles at Brenholt Stadium, keeping "
              "his heavyweight belts with a left hook that left Quarles counted out.",
        "Vantrell flattens Quarles at Brenholt Stadium"),
    art("g3", "Teodor Quarles was counted out in the third round at Brenholt Stadium as the heavyweight champion "
              "Vantrell landed a left hook to the body in the title fight.",
        "Quarles counted out by champion Vantrell"),
    art("g4", "Champion Oskar Vantrell said the left hook that beat Teodor Quarles at Brenholt Stadium was "
              "the best punch of his career, a third-round knockout in the heavyweight title fight.",
        "Vantrell: best punch of my career floored Quarles"),
]
FIGHT_1_MORE = [
    art("f5", "A crowd of 30,000 filled Lindqvist Arena to watch Oskar Vantrell defend his titles against Mirek "
              "Dallow; ticket sales set a record for the arena.", "Record crowd for Vantrell-Dallow"),
    art("f6", "Promoters said Mirek Dallow earned a career-high purse for facing Oskar Vantrell at Lindqvist Arena, "
              "while Vantrell is expected to fight again in the spring.", "Dallow's purse a career high"),
    art("f7", "Trainers for Mirek Dallow said their fighter had a cut over his left eye from the sixth round "
              "against Vantrell and will rest for several months.", "Dallow to rest after cut"),
    art("f8", "Oskar Vantrell's camp said after the Lindqvist Arena win over Dallow that he wants a unification "
              "bout next, possibly against the winner of the other belt's title fight.", "Vantrell eyes unification"),
]


def test_two_events_of_one_kind_split_apart():
    """One champion's two title fights: the one-pass index puts them together (same champion,
    same kind of event); the split pass parts them on what only some articles share, and so does
    the lead split on their titles and opening lines, each on its own."""
    from consilience.stories import StoryConfig
    both = FIGHT_1 + FIGHT_2
    apart = [("f1", "f2", "f3", "f4"), ("g1", "g2", "g3", "g4")]
    assert clusters(group_stories(both, StoryConfig(split_ratio=0, lead_split_ratio=0))) \
        == [tuple(sorted(a.id for a in both))]
    assert clusters(group_stories(both, StoryConfig(lead_split_ratio=0))) == apart
    assert clusters(group_stories(both, StoryConfig(split_ratio=0))) == apart
    assert clusters(group_stories(both)) == apart
    shuffled = list(both)
    random.Random(3).shuffle(shuffled)
    assert group_stories(shuffled) == group_stories(both)


def test_one_event_told_many_ways_not_split():
    one = FIGHT_1 + FIGHT_1_MORE
    assert clusters(group_stories(one)) == [tuple(sorted(a.id for a in one))]
    assert clusters(group_stories(one + FIGHT_2)) == [tuple(sorted(a.id for a in one)), ("g1", "g2", "g3", "g4")]


TEMPLATE = ("Close. Get email notifications on this author daily! Your notification has been saved. There was a "
            "problem saving your notification. Whenever new posts are published, a link will be delivered to "
            "your inbox with matching items. Manage your subscriptions and notification settings in your account "
            "page, and sign in again if your session has expired.")
EVENTS = [
    ("j1", "A man was wounded by gunfire outside a laundromat on Pellam Street in Orvieto Falls late Monday. "
           "Paramedics took him to Saint Brigid hospital; detectives canvassed the block for cameras.",
     "Man wounded on Pellam Street"),
    ("j2", "Deputies said a hunter was accidentally struck in the leg near Carrow Lake on Sunday morning. "
           "His companion mistook movement in the brush for a deer and the game warden is reviewing it.",
     "Hunter hurt near Carrow Lake"),
    ("j3", "Two teenagers were arrested after bullets hit a parked truck in Dunmere Heights overnight. "
           "Nobody was inside the pickup, and officers recovered a stolen pistol from a backpack.",
     "Teens arrested in Dunmere Heights"),
    ("j4", "A convenience store clerk in Wexbury fired at a robber who fled with cash from the register. "
           "The masked suspect escaped on a bicycle toward the rail yard, according to the owner.",
     "Wexbury clerk fires at robber"),
    ("j5", "Police in Halbrook identified the woman found dead in her car on Quarry Road as Imelda Tosk. "
           "Relatives described the nurse as generous; investigators have not named a suspect.",
     "Halbrook victim identified"),
]
def junk():
    return [Article(id=i, origin=f"https://{i}.example.net/story/{i}", text=TEMPLATE + "\n\n" + body, title=title,
                    published=f"2021-05-0{n + 1}") for n, (i, body, title) in enumerate(EVENTS)]


def test_story_held_together_by_page_furniture_regrouped():
    """Five unrelated reports from different outlets, each under the same sign-up block: the
    one-pass index groups them on that block; they share nothing else, so they part."""
    from consilience.stories import StoryConfig
    arts = junk()
    assert len(group_stories(arts, StoryConfig(story_cohesion=0))) == 1
    got = clusters(group_stories(arts))
    assert len(got) >= 4 and all(len(c) <= 2 for c in got)


def test_salient_names_title_lead_or_repeated():
    from consilience.stories.features import name_sets
    text = ("Police in Marlow Heights said Dorian Pekkala was shot on Calloway Avenue.\n\n"
            + "The investigation continues, officers said. " * 12 + "\n\n"
            "A neighbour, Tilda Ormsby, heard the shots.\n\n"
            "Detectives later spoke to Pekkala's brother about Calloway Avenue.")
    names, salient = name_sets(text, "Shooting on Calloway Avenue")
    assert {"marlow heights", "dorian pekkala", "calloway avenue", "tilda ormsby"} <= names
    assert {"marlow heights", "dorian pekkala", "calloway avenue"} <= salient  # title, lead
    assert "tilda ormsby" not in salient  # once, far from the top


def test_counts_read_from_title_and_lead_only():
    from consilience.stories.features import extract
    clutter = "\n\n".join(["Weekend violence: 8 killed, 12 wounded across the city."] +
                          ["More headlines from our site."] * 60)
    a = art("k1", "Two people were wounded in a shooting on Tesker Road, police said.\n\n" + "x " * 900 + clutter,
            "Three hurt in Tesker Road shooting", "2021-03-13")
    counts = extract(a).counts
    assert counts["injured"] == frozenset({2, 3})
    assert "killed" not in counts


def test_date_gap_to_nearest_member_day():
    """A story with reports in March and in September does not take a July article at no cost."""
    from datetime import date
    from consilience.stories.features import extract
    index = StoryIndex()
    march = art("m1", "A shooting on Calloway Avenue killed Dorian Pekkala.", "Calloway shooting", "2021-03-05")
    september = art("m2", "A jury convicted a man of killing Dorian Pekkala on Calloway Avenue.",
                    "Verdict in Calloway killing", "2021-09-20")
    index.add(march)
    sid = index.add(september)
    story = index._stories[index._by_id[sid]]
    assert len(story.members) == 2
    july = extract(art("m3", "x", None, "2021-07-10"))
    assert index._gap(story, july) == float((date(2021, 7, 10) - date(2021, 9, 20)).days * -1)
    inside = extract(art("m4", "x", None, "2021-03-07"))
    assert index._gap(story, inside) == 2.0


def test_past_days_resolved_before_publication():
    from datetime import date
    from consilience.stories.features import past_days
    pub = date(2015, 1, 10).toordinal()
    got = past_days("The shooting on Dec. 28 and the hearing on Jan. 8 followed the June 29, 2014 raid. "
                    "A trial is set for Feb. 20.", pub)
    assert got == sorted(date(*d).toordinal() for d in ((2014, 12, 28), (2015, 1, 8), (2014, 6, 29)))
    assert past_days("On March 5 police said...", None) == []


def test_follow_up_naming_event_day_has_no_date_gap():
    """Months later, an article that names the day of the shooting is as close to the story as
    the first reports; without the date it is seven months away."""
    from consilience.stories.features import extract
    index = StoryIndex()
    for a in canonical_order(SHOOTING_A):
        index.add(a)
    story = index._stories[index._by_article["a1"]]
    named = extract(art("a9", "Prosecutors charged a man with murder in the March 5 shooting on Calloway Avenue.",
                        "Man charged in Calloway Avenue killings", "2021-10-11"))
    plain = extract(art("a9", "Prosecutors charged a man with murder in the shooting on Calloway Avenue.",
                        "Man charged in Calloway Avenue killings", "2021-10-11"))
    assert index._gap(story, named) == 0.0
    assert index._gap(story, plain) > 200


# Two players of one team arrested on the same charge: the body is the same background (which names
# both players, low in the text); only the title and opening lines tell the two events apart.
TEAM = ("The Harbor City Gulls have had several players arrested on suspicion of drunken driving in recent "
        "seasons. The club said it was aware of the arrest, was gathering information and would not comment "
        "further. Under league policy a player may be fined or suspended after a conviction. The Gulls finished "
        "the regular season with eleven wins and host a playoff game next month. Receiver Nico Ferrand was "
        "stopped on Route 9 and lineman Osric Bellamy near Dunmore Bridge, both after team parties, and both "
        "were released on bail.")
ARREST_1 = [
    art("k1", "Gulls receiver Nico Ferrand was arrested on suspicion of drunken driving early Tuesday after failing "
              "sobriety tests on Route 9, the highway patrol said.\n\n" + TEAM,
        "Gulls receiver Ferrand arrested on DUI suspicion"),
    art("k2", "Nico Ferrand, the Gulls' leading receiver, was booked on suspicion of driving under the influence "
              "Tuesday morning and released hours later.\n\n" + TEAM, "Ferrand booked, released after DUI stop"),
    art("k3", "Receiver Nico Ferrand says he is innocent after his arrest on Route 9 on suspicion of drunken "
              "driving; he expects no charges.\n\n" + TEAM, "Ferrand says he is innocent of DUI"),
    art("k4", "The Gulls said receiver Nico Ferrand will play on Sunday despite his arrest on suspicion of "
              "drunken driving on Route 9.\n\n" + TEAM, "Ferrand will play despite DUI arrest"),
]
ARREST_1_LATER = [
    art("k5", "Nico Ferrand will not be charged, prosecutors said, after tests showed the Gulls receiver was under "
              "the legal limit when stopped on Route 9 on Tuesday.\n\n" + TEAM, "No charges for Ferrand after Route 9 stop"),
    art("k6", "Prosecutors dropped the drunken driving case against Gulls receiver Nico Ferrand, citing blood "
              "tests from his Route 9 stop.\n\n" + TEAM, "Ferrand case dropped"),
    art("k7", "Gulls receiver Nico Ferrand thanked fans after learning he will face no charges over Tuesday's "
              "stop on Route 9.\n\n" + TEAM, "Ferrand thanks fans, no charges"),
    art("k8", "No charges will be filed against Nico Ferrand, the Gulls receiver arrested on Route 9 on "
              "suspicion of drunken driving.\n\n" + TEAM, "No charges against Gulls receiver Ferrand"),
]
ARREST_2 = [
    art("w1", "Gulls lineman Osric Bellamy was arrested on suspicion of drunken driving after police stopped his "
              "pickup near Dunmore Bridge, officers said.\n\n" + TEAM, "Gulls lineman Bellamy arrested on DUI suspicion"),
    art("w2", "Osric Bellamy, the Gulls' veteran defensive lineman, faces a drunken driving charge after the stop "
              "near Dunmore Bridge.\n\n" + TEAM, "Bellamy faces drunken driving charge"),
    art("w3", "Prosecutors are weighing charges against lineman Osric Bellamy after his arrest near Dunmore "
              "Bridge on suspicion of drunken driving.\n\n" + TEAM, "Prosecutors weigh charges against Bellamy"),
    art("w4", "Lineman Osric Bellamy is the latest Gulls player arrested on suspicion of drunken driving, "
              "stopped in his pickup near Dunmore Bridge.\n\n" + TEAM, "Bellamy latest Gulls player in DUI arrest"),
]


def test_two_events_told_apart_by_their_leads():
    """The whole texts share too much for the split on words some members share; the leads
    (titles, opening lines) name one player each, and part the story."""
    from consilience.stories import StoryConfig
    both = ARREST_1 + ARREST_2
    apart = [("k1", "k2", "k3", "k4"), ("w1", "w2", "w3", "w4")]
    assert clusters(group_stories(both, StoryConfig(lead_split_ratio=0))) == [tuple(sorted(a.id for a in both))]
    assert clusters(group_stories(both)) == apart
    shuffled = list(both)
    random.Random(5).shuffle(shuffled)
    assert group_stories(shuffled) == group_stories(both)


def _merged(arts, parts):
    """merge_groups on an index whose stories are `parts` (as an unlucky first pass could leave them)."""
    from consilience.stories.merge import merge_groups
    from consilience.stories.refine import rebuild
    ordered = canonical_order(arts)
    index = StoryIndex()
    index.prepare(ordered)
    for a in ordered:
        index.add(a)
    index = rebuild(index, ordered, {aid: n for n, part in enumerate(parts) for aid in part})
    out: dict[int, list[str]] = {}
    for aid, key in merge_groups(index, ordered).items():
        out.setdefault(key, []).append(aid)
    return sorted(tuple(sorted(v)) for v in out.values())


def test_stories_of_one_event_joined_by_their_leads():
    """The first reports and the follow-ups of one arrest, left as two stories, are joined: their
    leads are as alike across as within. Two arrests of two players are not."""
    first, later, other = [a.id for a in ARREST_1], [a.id for a in ARREST_1_LATER], [a.id for a in ARREST_2]
    assert _merged(ARREST_1 + ARREST_1_LATER, [first, later]) == [tuple(sorted(first + later))]
    assert _merged(ARREST_1 + ARREST_2, [first, other]) == [tuple(first), tuple(other)]
    everything = ARREST_1 + ARREST_1_LATER + ARREST_2
    assert clusters(group_stories(everything)) == [tuple(sorted(first + later)), tuple(other)]


def test_lone_article_not_merged_by_leads():
    """A story of one article is placed by reassign (with its margin), never by the lead merge."""
    from consilience.stories import StoryConfig
    from consilience.stories.events import lead_cohesive, lead_vector
    leads = [lead_vector(a, lambda t: 1.0) for a in ARREST_1 + ARREST_1_LATER]
    cfg = StoryConfig()
    assert lead_cohesive(leads[:4], leads[4:], cfg)
    assert not lead_cohesive(leads[:7], leads[7:], cfg)


# Two jewel raids on one boutique: the same words, names and place; different sums taken.
HEIST_BODY = ("Police in Orlac said the robbers fled on motorbikes along Rue Castagne. Detectives are studying "
        "camera footage from the boutique and nearby shops. The Vellaine store has been targeted before, "
        "and the district is among the most heavily guarded shopping streets in the country.")
HEIST_BIG = [
    art("h1", "Armed robbers stole jewels worth 85 million euros from the Vellaine boutique in Orlac on Thursday, "
              "police said.\n\n" + HEIST_BODY, "Robbers take 85 million euros of jewels from Vellaine in Orlac"),
    art("h2", "Robbers made off with jewellery valued at 85 million euros in a raid on the Vellaine store in Orlac, "
              "prosecutors said.\n\n" + HEIST_BODY, "85 million euro jewel raid at Orlac boutique"),
    art("h3", "Gems worth $108 million were taken from the Vellaine jewellers in Orlac by armed robbers, "
              "officials said.\n\n" + HEIST_BODY, "$108 million in gems stolen from Vellaine jewellers"),
    art("h4", "Armed robbers stole 85 million euros of jewellery from the Vellaine boutique in Orlac, police "
              "said.\n\n" + HEIST_BODY, "Orlac jewel raid nets 85 million euros"),
    art("h5", "A raid on the Vellaine boutique in Orlac netted robbers jewels worth 85 million euros, police "
              "said.\n\n" + HEIST_BODY, "Robbers net 85 million euros at Vellaine"),
]
HEIST_SMALL = [
    art("s1", "Robbers stole jewellery worth 2 million euros from the Vellaine boutique in Orlac, police "
              "said.\n\n" + HEIST_BODY, "Robbers take 2 million euros of jewels from Vellaine in Orlac"),
    art("s2", "Jewels valued at 2 million euros were taken in a raid on the Vellaine store in Orlac, "
              "prosecutors said.\n\n" + HEIST_BODY, "2 million euro jewel raid at Orlac boutique"),
    art("s3", "Thieves rammed a car into the front of the Vellaine shop in Orlac and grabbed rings worth "
              "$2.6 million.\n\n" + HEIST_BODY, "Ram raiders grab $2.6 million of rings in Orlac"),
    art("s4", "Robbers stole 2 million euros of jewellery from the Vellaine boutique in Orlac, police "
              "said.\n\n" + HEIST_BODY, "Orlac jewel raid nets 2 million euros"),
    art("s5", "A raid on the Vellaine boutique in Orlac netted robbers jewels worth 2 million euros, police "
              "said.\n\n" + HEIST_BODY, "Robbers net 2 million euros at Vellaine"),
]


def test_opening_figures_read():
    from consilience.stories.figures import lead_figures
    def figs(text):
        return lead_figures(art("f", text)).values
    assert figs("Robbers steal e80 million and $2. 6 million") == {"money": (2.6e6, 8e7)}
    assert figs("85 million euros ($108 million) taken; a 2 mn - euro heist") == {"money": (2e6, 8.5e7, 1.08e8)}
    assert figs("The p53 gene was shown at e3") == {}
    assert figs("Quake kills 10; 80 hurt, injuring five; killed 24-year-old") == {"killed": (10,), "injured": (5, 80)}


def test_figures_conflict_unless_a_rise_over_time():
    from consilience.stories.figures import Figures, conflict
    assert conflict(Figures(None, {"money": (8.5e7,)}), Figures(None, {"money": (2e6, 2.6e6)}))
    assert not conflict(Figures(None, {"money": (8.5e7,)}), Figures(None, {"money": (1.08e8,)}))
    assert not conflict(Figures(None, {"money": (8.5e7,)}), Figures(None, {"killed": (2,)}))
    assert conflict(Figures(None, {"injured": (5,)}), Figures(None, {"injured": (50,)}))
    assert not conflict(Figures(None, {"killed": (1,)}), Figures(None, {"killed": (3,)}))  # too close
    # a toll that rises as the story is updated: the larger figure published the same day or later
    assert not conflict(Figures(100, {"killed": (2,)}), Figures(101, {"killed": (12,)}))
    assert not conflict(Figures(100, {"killed": (2,)}), Figures(100, {"killed": (12,)}))
    assert conflict(Figures(101, {"killed": (2,)}), Figures(100, {"killed": (12,)}))


def test_two_events_told_apart_by_their_figures():
    """Two raids on one boutique, told in the same words: the sums in the openings (85 million
    euros against 2 million) part the story; without the figures the leads keep it whole. Had
    the larger sum come later, it would read as an estimate revised upwards."""
    from dataclasses import replace as _replace
    from consilience.stories import StoryConfig
    both = HEIST_BIG + HEIST_SMALL
    whole = [tuple(sorted(a.id for a in both))]
    assert clusters(group_stories(both, StoryConfig(figure_penalty=0))) == whole
    assert clusters(group_stories(both)) == [tuple(a.id for a in HEIST_BIG), tuple(a.id for a in HEIST_SMALL)]
    shuffled = list(both)
    random.Random(3).shuffle(shuffled)
    assert group_stories(shuffled) == group_stories(both)
    dated = [_replace(a, published="2024-05-03") for a in HEIST_BIG] + \
            [_replace(a, published="2024-05-02") for a in HEIST_SMALL]
    assert clusters(group_stories(dated)) == whole

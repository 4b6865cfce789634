"""Putting a ready-made component in place of one of a spaCy pipeline's, keeping its name and
place: `replace_pipe` builds components only through a registered factory, so the one factory
here hands over the object `swap_pipe` was given for that pipeline and name."""
from __future__ import annotations

from spacy.language import Language

_WAITING: dict[tuple[int, str], object] = {}


@Language.factory("consilience_swapped_pipe")
def _hand_over(nlp: Language, name: str):
    return _WAITING.pop((id(nlp), name))


def swap_pipe(nlp: Language, name: str, component) -> Language:
    _WAITING[(id(nlp), name)] = component
    nlp.replace_pipe(name, "consilience_swapped_pipe")
    return nlp

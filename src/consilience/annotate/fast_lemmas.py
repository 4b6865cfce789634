"""A faster stand-in for spaCy's rule lemmatizer, giving each token the lemma spaCy's gives.

spaCy's rule lemmatizer cost ~3 ms of an article's ~45 ms parse, mostly because its tables
list the known base forms of each part of speech as Python lists (57k nouns) and every
candidate form of a new word is looked for in that list, one comparison per entry. Here the
same rules run over the same tables with each list turned into a set (the same membership
test), and the lemma of each (word, part of speech, morphology) is remembered: the lemma is a
function of those three alone (spaCy caches it under exactly that key), so the doc is read as
one array and spaCy's rules run only for triples not seen before. Tokens already given a
lemma (by the attribute ruler) keep it, as with spaCy unless the component overwrites.
`tests/annotate/test_fast_lemmas.py` compares both on real text.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.tokens import Doc

from .pipe_swap import swap_pipe


CACHE_TRIPLES = 200_000  # lemmas remembered before starting over (38k triples in all of GVA)


class FastLemmatizer:
    """Remembers spaCy's lemma for each (word, part of speech, morphology) it has seen."""

    def __init__(self, lemmatizer) -> None:
        # The pipeline's own lemmatizer (taken out of it) keeps its rules and checks, with set
        # indexes in place of its lists; it is asked (and caches) only triples new to `known`.
        lemmatizer.lookups = _with_set_indexes(lemmatizer.lookups)
        self.inner = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.overwrite = bool(lemmatizer.overwrite)
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        known, changed = self.known, False
        if len(known) > CACHE_TRIPLES:
            known.clear()
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            got = known.get(key)
            if got is None:
                # spaCy's own rules (and its checks of the tables) for a new triple.
                got = known[key] = self.strings.add(self.inner.lemmatize(doc[i])[0])
            if got != lemma:
                lemmas[i] = got
                changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.astype(numpy.uint64))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def _with_set_indexes(lookups: Lookups) -> Lookups:
    """The same tables, each part of speech's list of known forms as a frozenset."""
    out = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            # Keys are already string ids; the values only ever meet `in`.
            table = Table(name=name, data={key: frozenset(value) for key, value in table.items()})
        out.set_table(name, table)
    return out


def speed_up_lemmas(nlp: Language) -> Language:
    """Swap the pipeline's rule `lemmatizer` for the remembering one; other modes stay."""
    if "lemmatizer" not in nlp.pipe_names:
        return nlp
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return nlp  # lookup or trained lemmatizers depend on more than the triple
    return swap_pipe(nlp, "lemmatizer", FastLemmatizer(lemmatizer))

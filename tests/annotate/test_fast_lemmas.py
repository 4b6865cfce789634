"""The remembering lemmatizer must give exactly the lemmas spaCy's rule lemmatizer gives."""
from consilience.annotate.fast_lemmas import FastLemmatizer
from consilience.annotate.nlp import load_nlp, plain_spacy

TEXT = (
    "Police said two men were shot and killed, and the geese ran off. Officers' cars were "
    "parked; the suspects, whom witnesses had described as fleeing, were arrested later. "
    "He's been charged with attempted murder. The Smiths' children are better now, the best "
    "they've been. Those wounded include 3 teenagers and the oldest of the victims, 81.\n\n"
    "Investigators are looking into whether the shootings were related; anyone with "
    "information is asked to call Crime Stoppers. \"We're devastated,\" said her brothers."
)


def _lemmas(doc):
    return [(t.text, t.pos_, t.lemma_) for t in doc]


def test_same_lemmas_as_spacy_lemmatizer():
    nlp = plain_spacy()
    spacy_lemmatizer = nlp.get_pipe("lemmatizer")
    fast = FastLemmatizer(plain_spacy().get_pipe("lemmatizer"))
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        parsed = nlp(TEXT)
    by_spacy = _lemmas(spacy_lemmatizer(parsed.copy()))
    assert _lemmas(fast(parsed.copy())) == by_spacy
    assert _lemmas(fast(parsed.copy())) == by_spacy  # again, every triple now remembered
    lemmas = {text: lemma for text, _, lemma in by_spacy}
    assert lemmas["geese"] == "goose" and lemmas["ran"] == "run"  # the rules did something


def test_loaded_pipeline_uses_remembering_lemmatizer_and_agrees():
    ours = load_nlp()
    assert isinstance(ours.get_pipe("lemmatizer"), FastLemmatizer)
    assert _lemmas(ours(TEXT)) == _lemmas(plain_spacy()(TEXT))

"""The indexed attribute ruler must give exactly what spaCy's own attribute_ruler gives."""
from consilience.annotate.fast_attributes import FastAttributeRuler
from consilience.annotate.nlp import load_nlp, plain_spacy

TEXT = (
    "But the police said a man, 23, was shot twice on Main St. late Sunday; an officer "
    "returned fire. \"We ain't seen nothin' like it,\" y'all heard him say.  Those who "
    "were there didn't leave, and these two women wouldn't talk to the reporters. It's "
    "the third shooting in that neighbourhood this year, whether or not it's gang-related.\n\n"
    "Officials are accused of having done so; that is what they'd gonna deny. Lemme see."
)


def _attributes(doc):
    return [(t.text, t.pos_, str(t.morph), t.tag_, t.dep_, t.lemma_) for t in doc]


def test_same_attributes_as_spacy_ruler():
    nlp = plain_spacy()
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(ruler)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        parsed = nlp(TEXT)
    by_spacy = ruler(parsed.copy())
    by_index = fast(parsed.copy())
    assert _attributes(by_index) == _attributes(by_spacy)
    assert _attributes(fast(parsed.copy())) == _attributes(by_spacy)  # again, every row remembered
    assert any(t.pos_ == "SCONJ" for t in by_index)  # the rules did something


def test_loaded_pipeline_uses_indexed_ruler_and_agrees():
    ours = load_nlp()
    assert isinstance(ours.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert _attributes(ours(TEXT)) == _attributes(plain_spacy()(TEXT))

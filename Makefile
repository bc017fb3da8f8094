# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck check goldens samples model clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	@mkdir -p out
	@for f in samples/*.docx samples/*.pdf; do \
		echo "== $$f"; \
		$(BIN)/sketchproc extract "$$f" --markdown || true; \
	done | tee out/extract.md
	@echo
	@echo "Fertig: die Gliederungen aller Beispielskizzen stehen in out/extract.md"

test: install
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

model: install
	$(BIN)/sketchproc train

samples: install
	$(BIN)/python scripts/samples/build_docx_samples.py
	$(BIN)/python scripts/samples/build_pdf_samples.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache

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
	@mkdir -p out/check out/score
	@for f in samples/*.docx samples/*.pdf; do \
		name=$$(basename "$$f"); \
		echo "== $$name"; \
		$(BIN)/sketchproc check "$$f" > "out/check/$$name.md" || true; \
		$(BIN)/sketchproc score "$$f" > "out/score/$$name.md" || true; \
		grep -m1 "Relevanz:" "out/score/$$name.md" || true; \
		grep -c "Ausschluss empfohlen" "out/check/$$name.md" | sed 's/^/   Ausschluss-Empfehlungen: /'; \
	done
	@echo
	@echo "Fertig: Prüfberichte in out/check/, Relevanzberichte in out/score/ (je Skizze eine Markdown-Datei)."

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

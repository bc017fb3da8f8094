"""Compare extract_facts on every sample sketch with tests/data/truth/<file>.json "facts".

    .venv/bin/python scripts/facts_eval.py --help

The evaluation lives in tests/evaluation/facts.py, where the tests use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.evaluation.facts import main

if __name__ == "__main__":
    sys.exit(main())

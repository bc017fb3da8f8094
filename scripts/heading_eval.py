"""Heading precision and recall of `sketchproc extract` against the samples' truth files.

    .venv/bin/python scripts/heading_eval.py --help

The evaluation lives in tests/evaluation/headings.py, where the tests use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.evaluation.headings import main

if __name__ == "__main__":
    sys.exit(main())

"""Build the sample submissions in samples/ and their truth files: `make samples`.

    .venv/bin/python scripts/build_samples.py [--no-pdf] [--only docx|pdf|unseen]

The builders live in tests/builders/samples/, the texts in tests/data/sample_texts/.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.builders.samples.build import main

if __name__ == "__main__":
    raise SystemExit(main())

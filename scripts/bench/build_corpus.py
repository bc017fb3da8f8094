"""Build the reproducible benchmark corpus (`make bench`): about 200 sketches, half .docx, half PDF.

    .venv/bin/python scripts/bench/build_corpus.py OUT_DIR [--sketches 200] [--seed 0]

Composition and rendering live in tests/builders/bench/ and use the blind sketch renderers.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.builders.bench.corpus import main

if __name__ == "__main__":
    main()

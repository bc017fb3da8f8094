"""Sample texts as data: each sample's text lives in tests/data/sample_texts/<id>.yaml.

The builders read a text as a namespace whose attributes are the file's keys in upper case
(`t.BLOCKS`, `t.BUDGET`, `t.FACTS`), so the layout code reads like the text it lays out.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import yaml

REPO = Path(__file__).resolve().parents[3]
SAMPLES = REPO / "samples"
TEXTS = REPO / "tests" / "data" / "sample_texts"


def load_text(sample_id: str) -> SimpleNamespace:
    """The text of one sample, read from its YAML file."""
    data = yaml.safe_load((TEXTS / f"{sample_id}.yaml").read_text(encoding="utf-8"))
    return SimpleNamespace(**{key.upper(): value for key, value in data.items()})

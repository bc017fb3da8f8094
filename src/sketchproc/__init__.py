"""sketchproc: prepares the board vote on submitted project sketches.

Scripts import the library directly::

    import sketchproc
    sectioned = sketchproc.extract("Skizze.pdf")
    for section in sectioned.sections:
        print(section.number, section.title, section.words)

    assessment = sketchproc.score("Skizze.pdf")   # outline, facts, checklist, relevance
    result = sketchproc.run_batch(Path("Einreichungen"), Path("out"), sketchproc.load_profile())
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from sketchproc._version import __version__ as __version__
from sketchproc.errors import InputError, ModelError, ProfileError, RenderError, SketchprocError, UsageError

if TYPE_CHECKING:
    from sketchproc.batch import run_batch
    from sketchproc.ingest import read_document
    from sketchproc.model import Assessment, Block, Document, Section, SectionedDocument
    from sketchproc.pipeline import check, extract, score
    from sketchproc.profiles import load_profile
    from sketchproc.sections import sections_from_document

# Imported on first use (PEP 562): `sketchproc check FILE` and every worker import this
# package first, and the batch (Rich, zip handling, reviews, letters) or the readers
# would cost each of them start-up time they may not need.
_LAZY = {
    "Assessment": "sketchproc.model",
    "Block": "sketchproc.model",
    "Document": "sketchproc.model",
    "Section": "sketchproc.model",
    "SectionedDocument": "sketchproc.model",
    "check": "sketchproc.pipeline",
    "extract": "sketchproc.pipeline",
    "load_profile": "sketchproc.profiles",
    "read_document": "sketchproc.ingest",
    "run_batch": "sketchproc.batch",
    "score": "sketchproc.pipeline",
    "sections_from_document": "sketchproc.sections",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sketchproc' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # once found, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Assessment",
    "Block",
    "Document",
    "InputError",
    "ModelError",
    "ProfileError",
    "RenderError",
    "Section",
    "SectionedDocument",
    "SketchprocError",
    "UsageError",
    "check",
    "extract",
    "load_profile",
    "read_document",
    "run_batch",
    "score",
    "sections_from_document",
]

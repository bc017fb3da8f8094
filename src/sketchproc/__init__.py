"""sketchproc: prepares the board vote on submitted project sketches.

Scripts import the library directly::

    import sketchproc
    sectioned = sketchproc.extract("Skizze.pdf")
    for section in sectioned.sections:
        print(section.number, section.title, section.words)

    assessment = sketchproc.score("Skizze.pdf")   # outline, facts, checklist, relevance
    result = sketchproc.run_batch(Path("Einreichungen"), Path("out"), sketchproc.load_profile())
"""

from sketchproc._version import __version__ as __version__
from sketchproc.batch import run_batch
from sketchproc.errors import InputError, ModelError, ProfileError, RenderError, SketchprocError, UsageError
from sketchproc.ingest import read_document
from sketchproc.model import Assessment, Block, Document, Section, SectionedDocument
from sketchproc.pipeline import check, extract, score
from sketchproc.profiles import load_profile
from sketchproc.sections import sections_from_document

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

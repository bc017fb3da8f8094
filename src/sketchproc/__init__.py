"""sketchproc: prepares the board vote on submitted project sketches.

Scripts import the library directly::

    import sketchproc
    sectioned = sketchproc.extract("Skizze.pdf")
    for section in sectioned.sections:
        print(section.number, section.title, section.words)
"""

from sketchproc.errors import InputError, ModelError, ProfileError, RenderError, SketchprocError
from sketchproc.ingest import read_document
from sketchproc.model import Assessment, Block, Document, Section, SectionedDocument
from sketchproc.pipeline import check, extract
from sketchproc.profiles import load_profile
from sketchproc.sections import sections_from_document

__version__ = "0.1.0"

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
    "check",
    "extract",
    "load_profile",
    "read_document",
    "sections_from_document",
]

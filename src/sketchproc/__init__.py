"""sketchproc: prepares the board vote on submitted project sketches.

Scripts import the library directly::

    import sketchproc
    sectioned = sketchproc.extract("Skizze.pdf")
    for section in sectioned.sections:
        print(section.number, section.title, section.words)
"""

from sketchproc.errors import InputError, ModelError, ProfileError, RenderError, SketchprocError
from sketchproc.ingest import read_document
from sketchproc.model import Block, Document, Section, SectionedDocument
from sketchproc.pipeline import extract
from sketchproc.sections import sections_from_document

__version__ = "0.1.0"

__all__ = [
    "Block",
    "Document",
    "InputError",
    "ModelError",
    "ProfileError",
    "RenderError",
    "Section",
    "SectionedDocument",
    "SketchprocError",
    "extract",
    "read_document",
    "sections_from_document",
]

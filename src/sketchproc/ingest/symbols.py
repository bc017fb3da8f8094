"""Symbol-font glyphs → ordinary characters, once at ingest, so every output is clean.

Word writes bullets of the Symbol and Wingdings fonts as private-use code points
(U+F0B7, U+F0A7, U+F076): they show as boxes in every other font, in the pack, the CSV
and the quotes. The readers use them to find list items first; then
`clean_symbols` maps each to the character it depicts.
"""

from __future__ import annotations

import re

from sketchproc.model import Block, Document

__all__ = ["SYMBOL_GLYPHS", "clean_symbols", "clean_text"]

# Private-use glyph → what the Symbol/Wingdings font draws there.
SYMBOL_GLYPHS = {
    "\uf0b7": "•",  # Symbol bullet
    "\uf0a7": "▪",  # Wingdings small square
    "\uf076": "•",  # Wingdings diamond of four (a list bullet; "❖" is missing from many fonts)
    "\uf0d8": "➢",  # Wingdings arrowhead
    "\uf0a8": "□",  # Wingdings box
    "\uf06e": "■",  # Wingdings black square
    "\uf0fc": "✓",  # Wingdings check mark
    "\uf0e0": "→",  # Wingdings arrow
    "\uf0e8": "→",  # Wingdings bold arrow
    "\uf02d": "-",  # Symbol minus
}
# Any other glyph of the symbol fonts' private-use page is a bullet-like mark: shown as "•".
_SYMBOL_PAGE = re.compile("[\uf020-\uf0ff]")


def clean_text(text: str) -> str:
    """`text` with every symbol-font glyph replaced by the character it depicts."""
    if not _SYMBOL_PAGE.search(text):
        return text
    return _SYMBOL_PAGE.sub(lambda match: SYMBOL_GLYPHS.get(match.group(0), "•"), text)


def clean_symbols(document: Document) -> Document:
    """The document with symbol-font glyphs replaced in every text it carries."""
    blocks = tuple(_block(block) for block in document.blocks)
    toc = tuple(entry.model_copy(update={"title": clean_text(entry.title)}) for entry in document.toc)
    return document.model_copy(
        update={
            "blocks": blocks,
            "toc": toc,
            "title": clean_text(document.title) if document.title else document.title,
            "warnings": tuple(clean_text(warning) for warning in document.warnings),
        }
    )


def _block(block: Block) -> Block:
    rows = tuple(tuple(clean_text(cell) for cell in row) for row in block.rows)
    number = clean_text(block.number) if block.number else block.number
    text = clean_text(block.text)
    if text == block.text and rows == block.rows and number == block.number:
        return block
    return block.model_copy(update={"text": text, "rows": rows, "number": number})

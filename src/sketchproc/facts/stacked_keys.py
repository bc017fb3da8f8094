"""Key data stacked: each label a paragraph of its own, its value the paragraph beneath.

Forms typed in Word often set a label on one line and its value on the next ("Beantragte
Zuwendung" in bold over "176.000 Euro (80 Prozent)", "Projektzeitraum:" over "03/2019 –
12/2020"). Read one paragraph at a time, the value has no label and the label no value. Every
reader of key data reads label-value rows, so each such pair is read as one row of a two-column
table ("Beantragte Zuwendung | 176.000 Euro (80 Prozent)"), quoted as such.

A label is a paragraph of a few words without a figure that names a key fact, set off as a
label (bold, or closed by a colon) and no sentence; its value is the paragraph right beneath it
in the same part of the sketch, short, and no label itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from sketchproc.facts.key_columns import is_key_label, key_fact_end
from sketchproc.model import Block, BlockKind
from sketchproc.passages import Passage, PassageKind

__all__ = ["Stacked", "stacked_pairs"]

# A value is a name, an amount, a period or an address, not a paragraph of prose.
_MAX_VALUE_WORDS: Final = 16

# (block, section, passages) of one block; a stacked pair comes back as one such entry.
Stacked = tuple[Block, int | None, tuple[Passage, ...]]


def stacked_pairs(entries: Sequence[Stacked]) -> list[tuple[Stacked, bool]]:
    """The entries in order, each label paragraph and its value paragraph joined into one
    label-value row (flagged True); every other entry unchanged (flagged False)."""
    out: list[tuple[Stacked, bool]] = []
    i = 0
    while i < len(entries):
        pair = _pair(entries[i], entries[i + 1]) if i + 1 < len(entries) else None
        if pair is None:
            out.append((entries[i], False))
            i += 1
        else:
            out.append((pair, True))
            i += 2
    return out


def _pair(label: Stacked, value: Stacked) -> Stacked | None:
    """The two paragraphs as one label-value row, or None if they are no label and its value."""
    label_block, section, label_passages = label
    value_block, value_section, value_passages = value
    if section != value_section or not (_is_label(label_block) and _is_value(value_block)):
        return None
    if len(label_passages) != 1 or not value_passages:
        return None
    cells = (_bare(label_block.text), " ".join(value_block.text.split()))
    text = " | ".join(cells)
    row = label_block.model_copy(update={"kind": BlockKind.TABLE, "rows": (cells,), "text": text})
    passage = replace(
        value_passages[0],
        text=text,
        kind=PassageKind.TABLE_ROW,
        block=row,
        span=(0, len(text)),
        row=0,
        cells=cells,
    )
    return row, section, (passage,)


def _is_label(block: Block) -> bool:
    """A paragraph of a few words without a figure naming a key fact, set off as a label: bold or
    closed by a colon ("Zuwendung:")."""
    text = _bare(block.text)
    if ":" in text or not is_key_label(text):
        return False  # "Antragsteller: Landkreis Harz" holds its value itself
    # After its key word a label has a qualifier at most ("Zuwendung (beantragt)", "Laufzeit des
    # Vorhabens"); a name there is the value on the label's line ("Antragstellerin Stadt Köthen",
    # as a scan reads a key-data row).
    if any(not (word[:1].islower() or word[:1] == "(") for word in text[key_fact_end(text) :].split()):
        return False
    set_off = block.style.bold or block.text.rstrip().endswith(":")
    return block.kind is BlockKind.PARAGRAPH and set_off and not text.endswith(".")


def _is_value(block: Block) -> bool:
    """A short paragraph that is no label itself."""
    words = block.text.split()
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < len(words) <= _MAX_VALUE_WORDS
        and not is_key_label(_bare(block.text))
    )


def _bare(text: str) -> str:
    """The label without its closing colon."""
    return " ".join(text.split()).rstrip(":").strip()

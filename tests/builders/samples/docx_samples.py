"""Build the realistic .docx sample sketches (and their LibreOffice PDF twins) plus truth files.

Run from the repository root:

    .venv/bin/python scripts/build_samples.py --only docx            # everything
    .venv/bin/python scripts/build_samples.py --only docx --no-pdf   # only .docx and truth

Output: samples/<id>.docx, samples/<id>.pdf (for the ids in PDF_TWINS) and
tests/data/truth/<id>.docx.json / tests/data/truth/<id>.pdf.json.

Deterministic: fixed core-property dates and author, fixed zip timestamps, and the PDF
CreationDate/ModDate/ID written by LibreOffice are replaced by fixed values of the same length.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

from .. import docx_writer as dc
from . import truth as truth_io
from .docx_layouts import (
    build_altmark,
    build_burgenland,
    build_harz,
    build_wolmirstedt,
    build_zweckverband,
    truth_headings,
)
from .libreoffice import convert_to_pdf, find_soffice, heading_pages
from .text import REPO as ROOT
from .text import SAMPLES, TEXTS, load_text

TRUTH = truth_io.TRUTH


IDS = [
    "lk_harz_digitalzentrum",
    "stadt_wolmirstedt",
    "verein_digitales_burgenland",
    "gmbh_altmark_digital",
    "zweckverband_saale_unstrut",
]
PDF_TWINS = {"lk_harz_digitalzentrum", "verein_digitales_burgenland", "gmbh_altmark_digital"}

APPLICANT_TYPE = {
    "lk_harz_digitalzentrum": "Landkreis",
    "stadt_wolmirstedt": "Stadt",
    "verein_digitales_burgenland": "Verein",
    "gmbh_altmark_digital": "GmbH",
    "zweckverband_saale_unstrut": "Zweckverband",
}

FAILURE_MODES = {
    "lk_harz_digitalzentrum": [
        "german_style_names",
        "auto_numbering",
        "applicant_table_no_heading",
        "budget_table_years",
        "running_header_footer",
    ],
    "stadt_wolmirstedt": [
        "bold_normal_headings",
        "typed_numbering",
        "run_in_heading",
        "money_format_variants",
        "missing_section",
        "thin_section",
        "word_bullets",
    ],
    "verein_digitales_burgenland": [
        "cover_page_sdt",
        "toc_field",
        "typed_numbering",
        "text_box",
        "tracked_changes",
        "running_header_footer",
    ],
    "gmbh_altmark_digital": [
        "bold_normal_headings",
        "auto_numbering",
        "mixed_typed_auto_numbering",
        "lettered_lists",
        "template_instructions",
        "budget_table_years",
        "money_format_variants",
    ],
    "zweckverband_saale_unstrut": [
        "custom_style_basedon_heading",
        "outline_level_direct",
        "roman_numbering",
        "letter_numbering",
        "typed_numbering",
        "money_format_variants",
        "date_wording_variants",
    ],
}


BUILDERS: dict[str, Callable] = {
    "lk_harz_digitalzentrum": build_harz,
    "stadt_wolmirstedt": build_wolmirstedt,
    "verein_digitales_burgenland": build_burgenland,
    "gmbh_altmark_digital": build_altmark,
    "zweckverband_saale_unstrut": build_zweckverband,
}
DATES = {
    "lk_harz_digitalzentrum": dt.datetime(2018, 11, 30, 10, 12, 0, tzinfo=dt.UTC),
    "stadt_wolmirstedt": dt.datetime(2018, 11, 29, 15, 40, 0, tzinfo=dt.UTC),
    "verein_digitales_burgenland": dt.datetime(2018, 12, 15, 9, 5, 0, tzinfo=dt.UTC),
    "gmbh_altmark_digital": dt.datetime(2018, 12, 10, 16, 22, 0, tzinfo=dt.UTC),
    "zweckverband_saale_unstrut": dt.datetime(2018, 12, 7, 11, 30, 0, tzinfo=dt.UTC),
}


def write_truth(sid: str, t, fname: str) -> None:
    truth = {
        "file": fname,
        "applicant_type": APPLICANT_TYPE[sid],
        "failure_modes": FAILURE_MODES[sid],
        "headings": truth_headings(t),
        "facts": t.FACTS,
        "deviations": t.DEVIATIONS,
    }
    truth_io.write_truth(TRUTH / f"{fname}.json", truth)


def build_one(sid: str, t: SimpleNamespace | None = None) -> Path:
    t = t or load_text(sid)
    doc = dc.new_document(**getattr(t, "DOC_OPTIONS", {}))
    dc.set_core_properties(doc, title=t.TITLE, author=t.AUTHOR, when=DATES[sid])
    BUILDERS[sid](doc, t)
    path = SAMPLES / f"{sid}.docx"
    dc.save_deterministic(doc, path)
    write_truth(sid, t, path.name)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF twins")
    ap.add_argument("ids", nargs="*", help="only these sample ids")
    args = ap.parse_args(argv)
    ids = args.ids or [i for i in IDS if i in BUILDERS]
    SAMPLES.mkdir(exist_ok=True)
    TRUTH.mkdir(exist_ok=True)
    soffice = None
    if not args.no_pdf and any(i in PDF_TWINS for i in ids):
        soffice = find_soffice()
        if soffice is None:
            print(
                "ERROR: LibreOffice (soffice) not found on PATH or at /usr/bin/soffice.\n"
                "The PDF twins need it: install LibreOffice, or run with --no-pdf to rebuild only the\n"
                ".docx files (the committed PDFs stay as they are).",
                file=sys.stderr,
            )
            return 2
    for sid in ids:
        t = load_text(sid)
        path = build_one(sid, t)
        print(f"wrote {path.relative_to(ROOT)}")
        if soffice and sid in PDF_TWINS:
            pdf = SAMPLES / f"{sid}.pdf"
            convert_to_pdf(soffice, path, pdf)
            if hasattr(t, "TOC_PAGES"):
                found = heading_pages(pdf, t)
                if found != list(t.TOC_PAGES):
                    # the cached TOC page numbers must match the layout: second pass with the real ones
                    print(f"note: toc_pages in {TEXTS / sid}.yaml should be {found}; rebuilding with them")
                    t.TOC_PAGES = found
                    build_one(sid, t)
                    convert_to_pdf(soffice, path, pdf)
            write_truth(sid, t, pdf.name)
            print(f"wrote {pdf.relative_to(ROOT)}")
    return 0

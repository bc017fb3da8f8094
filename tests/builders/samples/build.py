"""Build every sample submission in samples/ and its truth file (`make samples`)."""

from __future__ import annotations

import argparse

from . import docx_samples, pdf_samples, unseen_samples

SETS = ("docx", "pdf", "unseen")


def main(argv: list[str] | None = None) -> int:
    """Build the chosen sets of samples; 2 when LibreOffice is needed and missing."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--no-pdf",
        action="store_true",
        help="skip what LibreOffice renders (the PDF twins of .docx samples, hansestadt_osterburg.pdf)",
    )
    parser.add_argument("--only", choices=SETS, action="append", help="only this set (repeatable)")
    args = parser.parse_args(argv)
    chosen = args.only or list(SETS)
    if "docx" in chosen:
        status = docx_samples.main(["--no-pdf"] if args.no_pdf else [])
        if status:
            return status
    if "pdf" in chosen:
        pdf_samples.main()
    if "unseen" in chosen:
        unseen_samples.main(libreoffice=not args.no_pdf)
    return 0

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
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from .. import docx_parts as sp
from .. import docx_writer as dc
from . import truth as truth_io
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

# ---------------------------------------------------------------------------
# generic block rendering


HeadingFn = Callable[[object, int, str | None, str], None]


def render_blocks(doc, text_mod, heading: HeadingFn, extra: dict[str, Callable] | None = None) -> None:
    extra = extra or {}
    for block in text_mod.BLOCKS:
        kind = block[0]
        if kind == "h":
            _, level, number, title = block
            heading(doc, level, number, title)
        elif kind == "p":
            dc.add_par(doc, block[1])
        elif kind == "runin":
            dc.add_run_in(doc, block[1], block[2])
        elif kind == "bullets":
            for item in block[1]:
                dc.add_par(doc, item, style_id="ListBullet", space_after=3)
        elif kind == "table":
            render_table(doc, getattr(text_mod, block[1]), block[1])
            dc.add_par(doc, "", space_after=0)
        elif kind in extra:
            extra[kind](doc, *block[1:])
        else:
            raise ValueError(f"unknown block kind {kind!r}")


def render_table(doc, rows, name: str) -> None:
    ncols = len(rows[0])
    if ncols == 2 and name in ("MILESTONES",):
        widths = [4.0, 12.0]
    elif ncols == 2:
        widths = [11.0, 5.0]
    elif ncols == 3:
        widths = [8.0, 4.0, 4.0]
    elif ncols == 4:
        widths = [7.0, 3.0, 3.0, 3.0]
    else:
        widths = [5.5] + [2.6] * (ncols - 1)
    is_money = name not in ("MILESTONES",)
    last = rows[-1][0].lower()
    total = is_money and (last.startswith(("gesamt", "summe", "insgesamt")))
    dc.add_table(doc, rows, widths, total_row=total, numeric_cols=range(1, ncols) if is_money else ())


def truth_headings(text_mod) -> list[dict]:
    return [{"number": b[2], "title": b[3], "level": b[1]} for b in text_mod.BLOCKS if b[0] == "h"]


# ---------------------------------------------------------------------------
# 1. Landkreis Harz: German style names + automatic multi-level numbering linked to the styles


def build_harz(doc, t) -> None:
    dc.rename_style(doc, "Heading1", "berschrift1", "Überschrift 1")
    dc.rename_style(doc, "Heading2", "berschrift2", "Überschrift 2")
    dc.rename_style(doc, "Heading1Char", "berschrift1Zchn", "Überschrift 1 Zchn")
    dc.rename_style(doc, "Heading2Char", "berschrift2Zchn", "Überschrift 2 Zchn")
    dc.rename_style(doc, "ListBullet", "Aufzhlungszeichen", "Aufzählungszeichen")
    dc.rename_style(doc, "TableGrid", "Tabellenraster", "Tabellenraster")
    doc._table_style_id = "Tabellenraster"
    dc.add_abstract_num(
        doc,
        20,
        [
            {"fmt": "decimal", "text": "%1.", "pstyle": "berschrift1", "left": 432, "hanging": 432},
            {"fmt": "decimal", "text": "%1.%2", "pstyle": "berschrift2", "left": 576, "hanging": 576},
            {"fmt": "decimal", "text": "%1.%2.%3", "left": 720, "hanging": 720},
        ],
    )
    dc.add_num(doc, 20, 20)
    h1 = dc.style_by_id(doc, "berschrift1")
    h2 = dc.style_by_id(doc, "berschrift2")
    dc.set_style_ppr(
        h1,
        f'<w:numPr {nsdecls("w")}><w:numId w:val="20"/></w:numPr>',
        f'<w:spacing {nsdecls("w")} w:before="360" w:after="120"/>',
    )
    dc.set_style_ppr(
        h2,
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1"/><w:numId w:val="20"/></w:numPr>',
        f'<w:spacing {nsdecls("w")} w:before="240" w:after="120"/>',
    )
    for st, size in ((h1, 28), (h2, 24)):
        rpr = st.find(qn("w:rPr"))
        for tag in ("w:sz", "w:szCs"):
            rpr.find(qn(tag)).set(qn("w:val"), str(size))

    # running header and footer
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(t.HEADER)
    r.font.size = Pt(9)
    dc.set_bottom_border(hp)
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    dc.add_page_x_of_y(fp)

    # applicant key-value table at the very top, no heading above it
    table = dc.add_table(
        doc, [list(r) for r in t.APPLICANT_TABLE], [5.0, 11.0], header=False, bold_first_col=True
    )
    for row in table.rows:
        dc_shade(row.cells[0], "F2F2F2")
    dc.add_par(doc, "", space_after=0)

    ids = {"table": None}
    del ids

    def heading(doc_, level, number, title):
        dc.add_par(doc_, title, style_id="berschrift1" if level == 1 else "berschrift2")

    # bullets use the German list style id
    def bullets(doc_, items):
        for item in items:
            dc.add_par(doc_, item, style_id="Aufzhlungszeichen", space_after=3)

    blocks = [b if b[0] != "bullets" else ("bullets_de", b[1]) for b in t.BLOCKS]
    render_blocks(doc, _with_blocks(t, blocks), heading, {"bullets_de": bullets})
    # the signature block after the annex list
    dc.add_par(doc, "Halberstadt, 30.11.2018", space_before=18)
    dc.add_par(doc, "gez. Landrat", space_after=0)


def dc_shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


class _with_blocks:
    def __init__(self, mod, blocks):
        self._mod = mod
        self.BLOCKS = blocks

    def __getattr__(self, name):
        return getattr(self._mod, name)


# ---------------------------------------------------------------------------
# 2. Stadt Wolmirstedt: no heading styles, bold Normal paragraphs with typed numbers


def build_wolmirstedt(doc, t) -> None:
    dc.add_par(doc, "Projektskizze", bold=True, size=16, space_after=0)
    dc.add_par(
        doc,
        "Digitalisierungszentrum Wolmirstedt – „Digitalwerkstatt an der Ohre“",
        bold=True,
        size=13,
        space_after=2,
    )
    dc.add_par(
        doc,
        "im Rahmen des Förderaufrufs Regionale Digitalisierungszentren des Landes Sachsen-Anhalt",
        italic=True,
        space_after=12,
    )

    def heading(doc_, level, number, title):
        text = f"{number}. {title}" if level == 1 else f"{number} {title}"
        # the applicant formatted by hand: 13 pt for chapters, plain bold for sub-chapters
        dc.add_par(
            doc_,
            text,
            bold=True,
            size=13 if level == 1 else None,
            space_before=12 if level == 1 else 6,
            space_after=4,
            keep_next=True,
        )

    render_blocks(doc, t, heading)
    dc.add_par(doc, "Wolmirstedt, den 29.11.2018", space_before=18, space_after=24)
    dc.add_par(doc, "Bürgermeisterin", space_after=0)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = 2
    for r in dc.field_runs("PAGE", "1"):
        fp._p.append(r)


# ---------------------------------------------------------------------------
# 3. Digitales Burgenland e. V.: cover sdt, TOC field, Heading 1/2 with typed numbers, text box, revisions


def build_burgenland(doc, t) -> None:
    for lvl in (1, 2):
        dc.add_style_xml(doc, sp.toc_style_xml(lvl))
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    r = hp.add_run(t.HEADER)
    r.font.size = Pt(8)
    r.font.color.rgb = None
    hp.alignment = 2
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    for r in dc.field_runs("PAGE", "2"):
        fp._p.append(r)

    sp.add_cover_page(doc, t.COVER)
    heads = [b for b in t.BLOCKS if b[0] == "h"]
    entries = []
    for i, (_, level, number, title) in enumerate(heads):
        entries.append((level, f"{number} {title}", f"_Toc53281{i:04d}", t.TOC_PAGES[i]))
    sp.add_toc(doc, entries)

    counter = {"h": 0, "rev": 100}

    def heading(doc_, level, number, title):
        par = dc.add_par(doc_, f"{number} {title}", style_id="Heading1" if level == 1 else "Heading2")
        i = counter["h"]
        sp.add_bookmark(par, f"_Toc53281{i:04d}", 10 + i)
        counter["h"] += 1

    def ins(doc_, before, inserted, after):
        counter["rev"] += 1
        sp.add_par_with_insertion(doc_, before, inserted, after, counter["rev"])

    def dele(doc_, before, deleted, after):
        counter["rev"] += 1
        sp.add_par_with_deletion(doc_, before, deleted, after, counter["rev"])

    def quote(doc_, body_text):
        sp.add_text_box_paragraph(doc_, t.QUOTE, t.QUOTE_SOURCE, body_text)

    render_blocks(doc, t, heading, {"tracked_ins": ins, "tracked_del": dele, "quote_box": quote})
    dc.add_par(doc, "Zeitz, 15.12.2018", space_before=18)
    dc.add_par(doc, "Thomas Kießling, Vorsitzender        Svenja Roloff, Geschäftsführerin", space_after=0)


# ---------------------------------------------------------------------------
# 4. Altmark Digital GmbH: bold Normal headings with direct automatic numbering, typed sub-headings


def build_altmark(doc, t) -> None:
    dc.add_abstract_num(
        doc,
        30,
        [
            {"fmt": "decimal", "text": "%1.", "left": 360, "hanging": 360, "bold": True},
        ],
        multilevel=False,
    )
    dc.add_num(doc, 30, 30)
    dc.add_abstract_num(
        doc,
        31,
        [
            {"fmt": "lowerLetter", "text": "%1)", "left": 720, "hanging": 360},
        ],
        multilevel=False,
    )
    list_ids = iter(range(31, 40))
    dc.add_par(doc, "Projektskizze „Digitalisierungszentrum Altmark“", bold=True, size=15, space_after=2)
    dc.add_par(doc, "Altmark Digital GmbH · Gardelegen · Stand: 10.12.2018", size=10, space_after=14)

    def heading(doc_, level, number, title):
        if level == 1:
            par = dc.add_par(doc_, title, bold=True, size=12, space_before=12, space_after=4, keep_next=True)
            dc.set_numpr(par, 30, 0)
        else:
            dc.add_par(doc_, f"{number} {title}", bold=True, space_before=6, space_after=3, keep_next=True)

    def letters(doc_, items):
        num_id = next(list_ids)
        dc.add_num(doc_, num_id, 31, restart_at=1)
        for item in items:
            par = dc.add_par(doc_, item, style_id="ListParagraph", space_after=2)
            dc.set_numpr(par, num_id, 0)

    def instruction(doc_, text):
        dc.add_par(doc_, text, italic=True)

    render_blocks(doc, t, heading, {"letters": letters, "instruction": instruction})
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    dc.append_text_run(fp, "Altmark Digital GmbH – Projektskizze – ")
    for r in dc.field_runs("PAGE", "1"):
        fp._p.append(r)


# ---------------------------------------------------------------------------
# 5. Zweckverband: custom style "Kapitel" (basedOn Heading1), "Unterkapitel" with direct outlineLvl


def build_zweckverband(doc, t) -> None:
    ns = nsdecls("w")
    dc.add_style_xml(
        doc,
        f"""<w:style {ns} w:type="paragraph" w:customStyle="1" w:styleId="Kapitel">
  <w:name w:val="Kapitel"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:before="360" w:after="120"/></w:pPr>
  <w:rPr><w:caps/><w:color w:val="00602B"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>""",
    )
    dc.add_style_xml(
        doc,
        f"""<w:style {ns} w:type="paragraph" w:customStyle="1" w:styleId="Unterkapitel">
  <w:name w:val="Unterkapitel"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
  <w:rPr><w:b/><w:color w:val="00602B"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>""",
    )
    dc.add_par(doc, "Zweckverband Digitale Region Saale-Unstrut", bold=True, size=11, space_after=0)
    dc.add_par(
        doc, "Projektskizze zum Förderaufruf „Regionale Digitalisierungszentren“", size=18, space_after=2
    )
    dc.add_par(
        doc,
        "„Smarte Weinregion Saale-Unstrut“ – Regionalmanagement Digitalisierung",
        italic=True,
        space_after=14,
    )

    def heading(doc_, level, number, title):
        if level == 1:
            dc.add_par(doc_, f"{number}. {title}", style_id="Kapitel")
        else:
            dc.add_par(doc_, f"{number}) {title}", style_id="Unterkapitel")

    render_blocks(doc, t, heading)
    dc.add_par(doc, "Freyburg (Unstrut), 07.12.2018", space_before=18, space_after=0)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = 2
    for r in dc.field_runs("PAGE", "1"):
        fp._p.append(r)


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

# ---------------------------------------------------------------------------
# PDF twins via LibreOffice


def find_soffice() -> str | None:
    for cand in ("soffice", "/usr/bin/soffice", "libreoffice"):
        path = shutil.which(cand) or (cand if Path(cand).exists() else None)
        if path:
            return path
    return None


def convert_to_pdf(soffice: str, docx_path: Path, pdf_path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="sketchproc_lo_") as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(outdir),
            str(docx_path),
        ]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        produced = outdir / (docx_path.stem + ".pdf")
        if res.returncode != 0 or not produced.exists():
            raise RuntimeError(f"LibreOffice failed for {docx_path.name}:\n{res.stdout}\n{res.stderr}")
        data = produced.read_bytes()
    pdf_path.write_bytes(normalise_pdf(data, docx_path.read_bytes()))


def _hexfill(hexdigest: str, n: int) -> bytes:
    return hexdigest.upper().encode()[:n].ljust(n, b"0")


def normalise_pdf(data: bytes, seed: bytes) -> bytes:
    """Replace creation/modification dates and the file ID by fixed values of equal byte length."""

    def fix_date(m: re.Match[bytes]) -> bytes:
        fixed = b"D:20181130101200"
        body = m.group(2)
        new = fixed + body[len(fixed) :] if len(body) >= len(fixed) else fixed[: len(body)]
        new = new[: len(body)].ljust(len(body), b"0")
        return m.group(1) + new + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", fix_date, data)
    digest = hashlib.md5(seed).hexdigest().upper().encode()

    def fix_id(m: re.Match[bytes]) -> bytes:
        a, b = m.group(2), m.group(4)
        return (
            m.group(1)
            + digest[: len(a)].ljust(len(a), b"0")
            + m.group(3)
            + digest[: len(b)].ljust(len(b), b"0")
            + m.group(5)
        )

    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", fix_id, data)
    # LibreOffice's /DocChecksum hashes the content including the creation time
    data = re.sub(
        rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
        lambda m: m.group(1) + _hexfill(hashlib.md5(b"chk" + seed).hexdigest(), len(m.group(2))),
        data,
    )
    # XMP packet dates, if any
    data = re.sub(
        rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
        lambda m: (
            m.group(1)
            + b"2018-11-30T10:12:00+01:00"[: len(m.group(2))].ljust(len(m.group(2)), b" ")
            + m.group(3)
        ),
        data,
    )
    return data


# ---------------------------------------------------------------------------


def heading_pages(pdf: Path, t) -> list[int]:
    """Page of every heading of t.BLOCKS in the PDF (pdftotext), skipping cover and TOC pages."""
    n = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout,
        ).group(1)
    )
    pages = [
        subprocess.run(
            ["pdftotext", "-f", str(i), "-l", str(i), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for i in range(1, n + 1)
    ]
    out = []
    for b in t.BLOCKS:
        if b[0] != "h":
            continue
        line = f"{b[2]} {b[3]}"
        hits = [
            i + 1 for i, p in enumerate(pages) if i >= 2 and any(x.strip() == line for x in p.splitlines())
        ]
        out.append(hits[0] if hits else 0)
    return out


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

"""A hostile corpus built in code: every way an untrusted submission can try to break a batch.

Each builder writes one case into a folder and returns its path; `build_corpus` writes all of
them and returns the expected (status, error code) per contract path. Everything is generated
here (reportlab, zipfile, raw PDF bytes), small on disk and fast: the 300 MB zip bomb is
deflated in a stream and takes about 300 KB, the 2,000-page PDF has tiny one-word pages.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

from tests.builders import docx_xml as dx
from tests.builders import pdf_fixtures as px

PASSWD_MARKERS = ("root:x:0:0", "/bin/bash", "/usr/sbin/nologin")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# The bytes of a name that is not valid UTF-8 (Latin-1 or Windows code pages on an old share).
INVALID_UTF8_NAME = b"Skizze_\xff\xfe.pdf"


# --- PDFs ---------------------------------------------------------------------------------------


def text_pdf(path: Path, pages: int = 3) -> Path:
    """A small, valid text PDF (the raw material for the damaged ones)."""
    return px.build(path, [px.paragraph(f"Seite {n}. " + px.FILLER + ".", 80) for n in range(pages)])


def truncated_pdf(path: Path) -> Path:
    """A real PDF cut in half: no xref table, no trailer, a page object cut off (a broken upload)."""
    data = text_pdf(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def garbage_pdf(path: Path) -> Path:
    """A PDF header followed by deterministic garbage."""
    noise = bytes((n * 7919 + 13) % 251 for n in range(20_000))
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + noise)
    return path


def encrypted_pdf(path: Path) -> Path:
    """A text PDF that needs a user password to open."""
    encryption = StandardEncryption("geheim", ownerPassword="eigentuemer", canPrint=0)
    canvas = Canvas(str(path), pagesize=px.A4, encrypt=encryption)
    return px.build(path, [px.paragraph("Geschützter Inhalt. " + px.FILLER + ".", 80)], canvas=canvas)


def many_pages_pdf(path: Path, pages: int = 2000) -> Path:
    """A real `pages`-page PDF, made fast: 1-inch pages with one word each."""
    canvas = Canvas(str(path), pagesize=(72, 72), pageCompression=1)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(8, 30, f"S{number}")
        canvas.showPage()
    canvas.save()
    return path


def raw_pdf(content: bytes, resources: bytes = b"<< >>") -> bytes:
    """A one-page PDF written by hand around a (deflated) content stream, with a correct xref."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources "
        + resources
        + b" >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def busy_pdf(path: Path, operations: int = 8_000_000) -> Path:
    """A 30 KB PDF whose one page holds 8 million graphics operators (32 MB inflated).

    pdfminer interprets them one by one in Python (about 0.4 million a second), so reading it
    takes far longer than any sensible per-file limit, while memory stays flat: "q Q" draws
    nothing, so no layout objects pile up.
    """
    path.write_bytes(raw_pdf(b"q Q\n" * operations))
    return path


def image_only_pdf(path: Path) -> Path:
    """A PDF whose only page is an image without any text (a blank scan)."""
    canvas = Canvas(str(path), pagesize=px.A4)
    canvas.setFillGray(0.9)
    canvas.rect(50, 50, 495, 742, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return path


# --- Office and other formats -------------------------------------------------------------------


def not_a_zip_docx(path: Path) -> Path:
    """Text renamed to .docx."""
    path.write_bytes(b"Dies ist ein Brief im Textformat, nur umbenannt.\n" * 20)
    return path


def minimal_docx(path: Path) -> Path:
    """A valid one-paragraph .docx (python-docx's default template)."""
    document = dx.new_document()
    document.add_paragraph("Ausgangslage der Region.")
    document.save(str(path))
    return path


def with_document_xml(path: Path, xml: bytes) -> Path:
    """A valid .docx whose word/document.xml is replaced by `xml`."""
    source = minimal_docx(path.with_name(f".{path.name}.quelle"))
    dx.rewrite_member(source, path, "word/document.xml", xml)
    source.unlink()
    return path


def _document_xml(doctype: str, text: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<!DOCTYPE w:document [\n{doctype}\n]>\n"
        f'<w:document xmlns:w="{W_NS}"><w:body>'
        f"<w:p><w:r><w:t>Vorher {text} nachher</w:t></w:r></w:p>"
        "<w:sectPr/></w:body></w:document>"
    ).encode()


def billion_laughs_docx(path: Path) -> Path:
    """document.xml declares ten nested entities: 10^9 "lol"s (3 GB) if anything expanded them."""
    entities = ['<!ENTITY lol "lol">']
    for level in range(1, 10):
        entities.append(
            f'<!ENTITY lol{level} "{("&lol" + (str(level - 1) if level > 1 else "") + ";") * 10}">'
        )
    return with_document_xml(path, _document_xml("\n".join(entities), "&lol9;"))


def external_entity_docx(path: Path) -> Path:
    """document.xml pulls /etc/passwd in through an external entity (XXE)."""
    return with_document_xml(path, _document_xml('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;"))


def zip_bomb_docx(path: Path, size: int = 300_000_000) -> Path:
    """A valid .docx plus a member of `size` zero bytes, deflated in a stream (about 1000:1).

    The member is written chunk by chunk, so neither memory nor disk ever holds the 300 MB.
    """
    source = minimal_docx(path.with_name(f".{path.name}.quelle"))
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, old.read(info.filename))
        with new.open("word/media/image1.bin", "w", force_zip64=True) as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)
    source.unlink()
    return path


def legacy_doc(path: Path) -> Path:
    """A Word 97–2003 file: the OLE2 compound-file signature and an empty sector."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"\xff" * 512)
    return path


def odt(path: Path) -> Path:
    """An OpenDocument text: stored "mimetype" member first, as LibreOffice writes it."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
    return path


def empty_file(path: Path) -> Path:
    """0 bytes."""
    path.write_bytes(b"")
    return path


def unsafe_paths_zip(path: Path) -> Path:
    """An archive whose members climb out of the extraction folder ("../", absolute)."""
    payload = text_pdf(path.with_name(f".{path.name}.pdf")).read_bytes()
    path.with_name(f".{path.name}.pdf").unlink()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("../../ausbruch.pdf", payload)
        archive.writestr("/etc/absolut.pdf", payload + b"\n")  # other bytes: not a duplicate
    return path


# --- names and file-system objects ------------------------------------------------------------


def invalid_utf8_name(folder: Path) -> Path:
    """A valid PDF whose file name is not valid UTF-8, created through a bytes path."""
    data = text_pdf(folder / ".name.pdf", pages=1).read_bytes()
    (folder / ".name.pdf").unlink()
    raw = os.path.join(os.fsencode(folder), INVALID_UTF8_NAME)
    descriptor = os.open(raw, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    return Path(os.fsdecode(raw))


def outside_symlink(path: Path, target: Path) -> Path:
    """A symlink to a file outside the input folder (e.g. another applicant's files, /etc)."""
    path.symlink_to(target)
    return path


def dangling_symlink(path: Path) -> Path:
    """A symlink whose target (inside the folder) does not exist: unreadable even for root."""
    path.symlink_to(path.with_name("gibt_es_nicht.pdf"))
    return path


def symlink_loop(path: Path) -> Path:
    """A symlink pointing at itself."""
    path.symlink_to(path.name)
    return path


def fifo(path: Path) -> Path:
    """A named pipe called *.pdf: opening it for reading would block until someone writes."""
    os.mkfifo(path)
    return path


# --- the corpus ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile file: its name in the input folder, its builder and what the batch must say."""

    name: str
    build: Callable[[Path], Path]
    code: str


# Files whose content ingest reads: checked one by one through read_document too.
CONTENT_CASES = (
    Case("abgeschnitten.pdf", truncated_pdf, "pdf_corrupt"),
    Case("muell.pdf", garbage_pdf, "pdf_corrupt"),
    Case("verschluesselt.pdf", encrypted_pdf, "pdf_encrypted"),
    Case("2000_seiten.pdf", many_pages_pdf, "pdf_too_many_pages"),
    Case("nur_bild.pdf", image_only_pdf, "no_text"),
    Case("kein_zip.docx", not_a_zip_docx, "docx_corrupt"),
    Case("zip_bombe.docx", zip_bomb_docx, "docx_too_large"),
    Case("xml_bombe.docx", billion_laughs_docx, "docx_dtd"),
    Case("xxe.docx", external_entity_docx, "docx_dtd"),
    Case("alt.doc", legacy_doc, "legacy_doc"),
    Case("text.odt", odt, "odt"),
    Case("leer.pdf", empty_file, "empty_file"),
)
# The busy PDF only ends through the per-file time limit: batch only (and a short unit test).
BUSY = Case("beschaeftigt.pdf", busy_pdf, "timeout")


def build_corpus(inbox: Path, outside: Path) -> dict[str, tuple[str, str | None]]:
    """Write every hostile case into `inbox`; return {contract path: (status, error code)}.

    `outside` is a folder beside the input folder, for the target of the escaping symlink.
    """
    inbox.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    expected: dict[str, tuple[str, str | None]] = {}
    for case in (*CONTENT_CASES, BUSY):
        case.build(inbox / case.name)
        expected[case.name] = ("failed", case.code)
    unsafe_paths_zip(inbox / "pfade.zip")
    expected["pfade.zip/../../ausbruch.pdf"] = ("failed", "zip_unsafe_path")
    expected["pfade.zip//etc/absolut.pdf"] = ("failed", "zip_unsafe_path")
    secret = text_pdf(outside / "fremd.pdf", pages=1)
    outside_symlink(inbox / "verweis_aussen.pdf", secret)
    expected["verweis_aussen.pdf"] = ("failed", "symlink_outside")
    dangling_symlink(inbox / "verweis_kaputt.pdf")
    expected["verweis_kaputt.pdf"] = ("failed", "symlink_broken")
    symlink_loop(inbox / "schleife.pdf")
    expected["schleife.pdf"] = ("failed", "symlink_broken")
    fifo(inbox / "x.pdf")
    expected["x.pdf"] = ("failed", "not_a_regular_file")
    invalid_utf8_name(inbox)
    # The name alone is no reason to refuse a sketch: it is read, and its path is made readable.
    expected[readable_name(INVALID_UTF8_NAME)] = ("ok", None)
    return expected


def readable_name(raw: bytes) -> str:
    """How results.json shows a name that is not valid UTF-8: each bad byte as "\\xNN"."""
    return raw.decode("utf-8", errors="backslashreplace")

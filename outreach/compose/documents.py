"""The two attachments as .docx files, built with python-docx from rendered text templates."""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import escape as xml_escape

import docx
from docx.shared import Cm, Pt

from outreach.compose.blocks import Block, parse_blocks

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Fixed metadata keeps the bytes the same for the same text, so a file can be cached and compared.
_FIXED_TIME = datetime(2026, 1, 1)
_BODY = "word/document.xml"


def build_docx(text: str, *, title: str, author: str) -> bytes:
    """A Word document with one paragraph per block of `text`."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for block in parse_blocks(text):
        _add_block(document, block)
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = _FIXED_TIME
    props.revision = 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _add_block(document: docx.document.Document, block: Block) -> None:
    if block.kind == "title":
        document.add_heading(block.text, level=1)
    elif block.kind == "heading":
        document.add_heading(block.text, level=2)
    elif block.kind == "clause":
        paragraph = document.add_paragraph(block.text)
        paragraph.paragraph_format.left_indent = Cm(0.75)
    else:
        document.add_paragraph(block.text)


@dataclass(frozen=True)
class DocumentStamp:
    """A built document with marks left in its text, filled in per municipality.

    Building a .docx costs far more than sending it; a stamp builds once and then only
    swaps the body part (`word/document.xml`) of an otherwise unchanged, already compressed
    package.
    """

    base: bytes  # the package without its body part
    body: str  # the body part's XML, with the marks in it

    @classmethod
    def from_docx(cls, content: bytes) -> DocumentStamp:
        source = zipfile.ZipFile(io.BytesIO(content))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                if item.filename != _BODY:
                    target.writestr(item, source.read(item))
        return cls(base=out.getvalue(), body=source.read(_BODY).decode("utf-8"))

    def fill(self, values: dict[str, str]) -> bytes:
        body = self.body
        for mark, value in values.items():
            body = body.replace(mark, xml_escape(value))
        out = io.BytesIO(self.base)
        out.seek(0, io.SEEK_END)
        with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as package:
            package.writestr(_BODY, body.encode("utf-8"))
        return out.getvalue()


@dataclass
class DocumentCache:
    """Builds each distinct document once: 342 motions differ only by name and clause f."""

    built: dict[str, bytes] = field(default_factory=dict)
    stamps: dict[str, DocumentStamp] = field(default_factory=dict)
    hits: int = 0

    def get(self, text: str, *, title: str, author: str) -> bytes:
        key = _key(title, author, text)
        if key in self.built:
            self.hits += 1
        else:
            self.built[key] = build_docx(text, title=title, author=author)
        return self.built[key]

    def get_filled(self, text: str, values: dict[str, str], *, title: str, author: str) -> bytes:
        """`text` with marks, built once as a stamp; the filled result is cached too."""
        stamp_key = _key(title, author, text)
        key = _key(stamp_key, *(f"{k}={v}" for k, v in sorted(values.items())))
        if key in self.built:
            self.hits += 1
            return self.built[key]
        stamp = self.stamps.get(stamp_key)
        if stamp is None:
            stamp = self.stamps[stamp_key] = DocumentStamp.from_docx(
                build_docx(text, title=title, author=author)
            )
        self.built[key] = stamp.fill(values)
        return self.built[key]


def _key(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()

"""The two attachments as .docx files, built with python-docx from rendered text templates."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from datetime import datetime

import docx
from docx.shared import Cm, Pt

from outreach.compose.blocks import Block, parse_blocks

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Fixed metadata keeps the bytes the same for the same text, so a file can be cached and compared.
_FIXED_TIME = datetime(2026, 1, 1)


def build_docx(text: str, *, title: str, author: str) -> bytes:
    """A Word document with one paragraph per block of `text`."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"  # type: ignore[attr-defined]
    style.font.size = Pt(11)  # type: ignore[attr-defined]
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


@dataclass
class DocumentCache:
    """Builds each distinct document once: 342 motions differ only by name and clause f."""

    built: dict[str, bytes] = field(default_factory=dict)
    hits: int = 0

    def get(self, text: str, *, title: str, author: str) -> bytes:
        key = hashlib.sha256(f"{title}\x00{author}\x00{text}".encode()).hexdigest()
        if key in self.built:
            self.hits += 1
        else:
            self.built[key] = build_docx(text, title=title, author=author)
        return self.built[key]

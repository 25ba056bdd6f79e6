"""The two attachments as .docx files, built from the Word template in `templates/documents/`.

The template is a lean .docx written for this campaign, kept unpacked so that every part can
be read and reviewed: styles (title, headings, lettered clauses) in Dutch, A4 with the margins
of Word's Dutch default. Only three parts differ between documents: the body
(`word/document.xml`, rendered from the text's blocks) and the two property parts (title,
author, the moment it was made, and counts that are true for the text). The fixed parts are
compressed once into a base package; each document appends its own three.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import jinja2

from outreach import __version__
from outreach.compose.blocks import parse_blocks, plain_text
from outreach.compose.package import ZipBase
from outreach.compose.templates import render

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEMPLATE_FOLDER = "documents"
_BODY = "word/document.xml"
_CORE = "docProps/core.xml"
_APP = "docProps/app.xml"
# The first part of a package is its content-type list; tools that sniff the format look there.
_FIRST = "[Content_Types].xml"


@dataclass(frozen=True)
class DocumentInfo:
    """What the core properties say about a document."""

    title: str
    subject: str
    author: str
    created: datetime


@dataclass(frozen=True)
class DocumentStamp:
    """One rendered body with marks left in it, filled in per municipality."""

    body: str  # word/document.xml with the marks
    text: str  # the same text as plain text, with the marks, for the counts in app.xml
    info: DocumentInfo
    # The template's fixed parts and this document's core properties (the same for every
    # municipality), compressed once: a filled document appends only its app.xml and body.
    base: bytes = b""


class DocxTemplate:
    """Renders packages from one template folder; the fixed parts are compressed only once."""

    def __init__(self, env: jinja2.Environment, folder: Path) -> None:
        self.env = env
        self.folder = folder
        self._base: bytes | None = None
        self._apps: dict[tuple[object, ...], str] = {}

    @property
    def base(self) -> bytes:
        """A package with every fixed part of the template, ready to have the others appended."""
        if self._base is None:
            self._base = self._build_base()
        return self._base

    def _build_base(self) -> bytes:
        parts = sorted(
            (p for p in self.folder.rglob("*") if p.is_file() and p.suffix != ".j2"),
            key=lambda p: (p.name != _FIRST, p.relative_to(self.folder).as_posix()),
        )
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for path in parts:
                package.writestr(
                    _entry(path.relative_to(self.folder).as_posix()), path.read_bytes()
                )
        return out.getvalue()

    def stamp(self, text: str, info: DocumentInfo) -> DocumentStamp:
        blocks = parse_blocks(text)
        body = render(self.env, f"{TEMPLATE_FOLDER}/{_BODY}.j2", blocks=blocks)
        base = _appended(self.base, ((_CORE, self._core(info)),), info.created)
        return DocumentStamp(body=body, text=plain_text(blocks), info=info, base=base)

    def fill(self, stamp: DocumentStamp, values: dict[str, str]) -> bytes:
        body, text = stamp.body, stamp.text
        for mark, value in values.items():
            body = body.replace(mark, xml_escape(value))
            text = text.replace(mark, value)
        app = self._app(stamp.info, text)
        return _appended(stamp.base, ((_APP, app), (_BODY, body)), stamp.info.created)

    def package(self, body: str, text: str, info: DocumentInfo) -> bytes:
        """A whole document: the fixed parts, then its properties and `body`."""
        parts = ((_CORE, self._core(info)), (_APP, self._app(info, text)), (_BODY, body))
        return _appended(self.base, parts, info.created)

    def _core(self, info: DocumentInfo) -> str:
        created = info.created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return render(
            self.env,
            f"{TEMPLATE_FOLDER}/{_CORE}.j2",
            title=info.title,
            subject=info.subject,
            author=info.author,
            created=created,
        )

    def _app(self, info: DocumentInfo, text: str) -> str:
        """app.xml for `text`: names of the same length give the same counts, so most are
        rendered once."""
        counts = _counts(text)
        key = (info.author, *counts.values())
        app = self._apps.get(key)
        if app is None:
            app = render(self.env, f"{TEMPLATE_FOLDER}/{_APP}.j2", author=info.author, **counts)
            self._apps[key] = app
        return app


def _appended(package: bytes, parts: Iterable[tuple[str, str]], moment: datetime) -> bytes:
    """`package` with `parts` (name, text) added at its end, stamped with `moment`."""
    encoded = [(name, content.encode("utf-8")) for name, content in parts]
    return ZipBase.of(package).appended(encoded, moment.astimezone(UTC))


def xml_escape(text: str) -> str:
    """`text` as XML character data (what `xml.sax.saxutils.escape` does, without loading
    `urllib` and `http` with it)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _entry(name: str, moment: datetime | None = None) -> zipfile.ZipInfo:
    when = (moment or datetime(2026, 1, 1)).astimezone(UTC)
    entry = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry


def _counts(text: str) -> dict[str, object]:
    """The counts app.xml carries, true for `text` (one paragraph per non-empty line)."""
    paragraphs = [line for line in text.splitlines() if line.strip()]
    joined = "".join(paragraphs)
    words = joined and " ".join(paragraphs).split()
    return {
        "application": f"outreach {__version__}",
        "words": len(words),
        "characters": sum(map(len, words)),
        "characters_with_spaces": len(joined),
        "paragraphs": len(paragraphs),
    }


_Key = tuple[tuple[str, ...], tuple[tuple[str, str], ...]]


@dataclass
class DocumentCache:
    """Builds each distinct document once: 342 motions differ only by name and clause f."""

    template: DocxTemplate
    created: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    built: dict[_Key, bytes] = field(default_factory=dict)
    stamps: dict[tuple[str, ...], DocumentStamp] = field(default_factory=dict)
    hits: int = 0
    _unfilled: set[_Key] = field(default_factory=set)  # keys of documents without marks

    def info(self, title: str, subject: str, author: str) -> DocumentInfo:
        return DocumentInfo(title=title, subject=subject, author=author, created=self.created)

    def get(self, text: str, *, title: str, subject: str, author: str) -> bytes:
        return self.get_filled(text, {}, title=title, subject=subject, author=author)

    def get_filled(
        self, text: str, values: dict[str, str], *, title: str, subject: str, author: str
    ) -> bytes:
        """`text` with marks, rendered once as a stamp, then filled in for each use.

        Only the last filled document is kept: a run fills each one once, and keeping all
        342 would cost memory for nothing (the same name twice in a row is a preview).
        """
        # Tuples of the texts themselves: a string's hash is computed once and kept, so the
        # same template text asked for again is found without reading it through.
        stamp_key = (title, subject, author, text)
        key = (stamp_key, tuple(sorted(values.items())))
        if key in self.built:
            self.hits += 1
            return self.built[key]
        stamp = self.stamps.get(stamp_key)
        if stamp is None:
            info = self.info(title, subject, author)
            stamp = self.stamps[stamp_key] = self.template.stamp(text, info)
        content = self.template.fill(stamp, values)
        if values:
            self.built = {k: v for k, v in self.built.items() if k in self._unfilled}
        else:
            self._unfilled.add(key)
        self.built[key] = content
        return content


__all__ = ["DOCX_TYPE", "DocumentCache", "DocumentInfo", "DocxTemplate"]

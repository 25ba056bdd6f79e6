"""Parts appended to a package byte for byte as `zipfile` appends them, and readable back."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from outreach.compose.package import ZipBase

MOMENT = datetime(2026, 12, 1, 13, 37, 41, tzinfo=UTC)
PARTS = [
    ("docProps/app.xml", b"<Properties/>"),
    ("word/document.xml", "Súdwest-Fryslân ".encode() * 400),
]


def base() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("[Content_Types].xml", (2026, 1, 1, 0, 0, 0)), b"<Types/>")
        package.writestr(
            zipfile.ZipInfo("word/styles.xml", (2026, 1, 1, 0, 0, 0)), b"<styles/>" * 50
        )
    return out.getvalue()


def by_zipfile(package: bytes) -> bytes:
    out = io.BytesIO(package)
    out.seek(0, io.SEEK_END)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as zipped:
        for name, content in PARTS:
            entry = zipfile.ZipInfo(name, date_time=MOMENT.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            zipped.writestr(entry, content)
    return out.getvalue()


class TestAppending:
    """The fast path writes what zipfile writes; the result opens and reads back intact."""

    def test_same_bytes_as_zipfile(self) -> None:
        assert ZipBase.of(base()).appended(PARTS, MOMENT) == by_zipfile(base())

    def test_parts_read_back(self) -> None:
        package = ZipBase.of(base()).appended(PARTS, MOMENT)
        with zipfile.ZipFile(io.BytesIO(package)) as zipped:
            assert zipped.testzip() is None
            assert [i.filename for i in zipped.infolist()][-2:] == [n for n, _ in PARTS]
            assert zipped.read("word/document.xml") == PARTS[1][1]

    def test_appended_twice(self) -> None:
        once = ZipBase.of(base()).appended(PARTS[:1], MOMENT)
        twice = ZipBase.of(once).appended(PARTS[1:], MOMENT)
        assert twice == by_zipfile(base())

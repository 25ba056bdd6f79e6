"""Parts appended to a ZIP package (a .docx) built once, without re-reading it for each one.

A motion differs from the next only in two parts; `zipfile` would parse the package's
directory and write it out again through its general machinery for every municipality, which
took longer than the rest of the letter. Here the package's entries and directory are kept as
bytes, and each new part is compressed and added to both: the output is what `zipfile` writes
for the same parts (the tests compare the two), a plain ZIP that any reader opens.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

# The records of APPNOTE.TXT (sections 4.3.7, 4.3.12, 4.3.16), as `zipfile` lays them out.
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_DEFLATED = 8
_VERSION = 20  # deflate, no ZIP64: what `zipfile` writes
_UNIX = 3
_MODE = 0o600 << 16  # rw for the owner, as `zipfile` marks a part written from memory


@dataclass(frozen=True)
class ZipBase:
    """A package as its entries and their directory, ready to have parts appended."""

    entries: bytes
    directory: bytes
    count: int

    @classmethod
    def of(cls, package: bytes) -> ZipBase:
        """`package` (a ZIP without a comment or ZIP64 records) taken apart."""
        at = package.rfind(_END_SIGNATURE)
        if at < 0 or len(package) - at != _END.size:
            raise ValueError("not a plain ZIP package")
        _, _, _, _, count, size, offset, _ = _END.unpack_from(package, at)
        return cls(package[:offset], package[offset : offset + size], count)

    def appended(self, parts: Iterable[tuple[str, bytes]], moment: datetime) -> bytes:
        """The package with `parts` (name, content) deflated and added at its end."""
        when, day = _dos_time(moment)
        entries, directory = [self.entries], [self.directory]
        offset, count = len(self.entries), self.count
        for name, content in parts:
            raw_name = name.encode("ascii")
            compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
            packed = compressor.compress(content) + compressor.flush()
            crc = zlib.crc32(content)
            sizes = (crc, len(packed), len(content), len(raw_name))
            local = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, 0, _DEFLATED, when, day, *sizes, 0)
            entries += [local, raw_name, packed]
            record = _CENTRAL.pack(
                b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, 0, _DEFLATED, when, day,
                *sizes, 0, 0, 0, 0, _MODE, offset,
            )  # fmt: skip
            directory += [record, raw_name]
            offset += len(local) + len(raw_name) + len(packed)
            count += 1
        listing = b"".join(directory)
        end = _END.pack(_END_SIGNATURE, 0, 0, count, count, len(listing), offset, 0)
        return b"".join(entries) + listing + end


def _dos_time(moment: datetime) -> tuple[int, int]:
    """A moment as ZIP stores it (MS-DOS time and date, two-second steps)."""
    time = (moment.hour << 11) | (moment.minute << 5) | (moment.second // 2)
    day = ((moment.year - 1980) << 9) | (moment.month << 5) | moment.day
    return time, day

"""The CBS list as the reference: which codes are municipalities, their names, their successors.

The list shipped in `data/municipalities.csv` is the set of valid codes and names. Names are
compared leniently (`name_key`): volunteers write "Den Haag", "Bergen NH" or "sudwest-fryslan",
and those are the same municipality as CBS's "'s-Gravenhage", "Bergen (NH.)" and
"Súdwest-Fryslân". Municipalities that merged into another point to their successor
(`data/municipality_mergers.csv`).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from outreach.resources import resource_dir

# "Bergen (NH.)", "Hengelo (O.)": the province letters CBS adds to tell namesakes apart.
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_CODE = re.compile(r"^(gm)?\d{1,4}$", re.IGNORECASE)


def as_code(text: str) -> str | None:
    """ "GM0344", "gm344" or "344" (a spreadsheet drops the zeros) -> "GM0344"; else None."""
    cleaned = text.strip()
    if not _CODE.match(cleaned):
        return None
    return "GM" + cleaned.upper().removeprefix("GM").zfill(4)


def fold(text: str) -> str:
    """Lower case without accents: "Súdwest-Fryslân" -> "sudwest-fryslan"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(text: str) -> str:
    """A name reduced to letters and digits: "'s-Gravenhage" and "s Gravenhage" are equal."""
    return _NOT_ALNUM.sub("", fold(text).replace("\u2019", "'"))


@dataclass(frozen=True)
class Known:
    """A municipality on the CBS list."""

    cbs_code: str
    name: str
    province: str


@dataclass(frozen=True)
class Merger:
    """A former municipality and the one it became part of."""

    cbs_code: str
    name: str
    ended: str
    successor_code: str
    successor_name: str

    def describe(self) -> str:
        return (
            f"{self.name} ({self.cbs_code}) became part of {self.successor_name} "
            f"({self.successor_code}) on {self.ended}"
        )


@dataclass(frozen=True)
class Reference:
    """The municipalities, the spellings each may go by, and the mergers."""

    municipalities: dict[str, Known]
    aliases: dict[str, frozenset[str]] = field(default_factory=dict)
    mergers: dict[str, Merger] = field(default_factory=dict)

    def __contains__(self, code: str) -> bool:
        return code in self.municipalities

    def get(self, code: str) -> Known | None:
        return self.municipalities.get(code)

    def keys_for(self, code: str) -> frozenset[str]:
        """Every lenient spelling of the municipality `code`."""
        known = self.municipalities[code]
        keys = {name_key(known.name), name_key(_QUALIFIER.sub("", known.name))}
        return frozenset(keys | self.aliases.get(code, frozenset()))

    def name_matches(self, code: str, name: str) -> bool:
        return name_key(name) in self.keys_for(code)

    def province_matches(self, code: str, province: str) -> bool:
        wanted = name_key(self.municipalities[code].province)
        given = name_key(province)
        # CBS writes "Fryslân" since 2026; "Friesland" is still what most people type.
        return given == wanted or {given, wanted} == {"friesland", "fryslan"}

    def successor(self, code: str) -> Merger | None:
        """The merger that ended `code`, followed to a municipality that still exists."""
        merger = self.mergers.get(code)
        seen = {code}
        while merger is not None and merger.successor_code in self.mergers:
            if merger.successor_code in seen:
                break  # a loop in the data: stop rather than spin
            seen.add(merger.successor_code)
            later = self.mergers[merger.successor_code]
            merger = Merger(
                merger.cbs_code,
                merger.name,
                merger.ended,
                later.successor_code,
                later.successor_name,
            )
        return merger

    def find(self, text: str) -> list[Known]:
        """Municipalities whose name (any spelling) is `text`."""
        key = name_key(text)
        return [m for code, m in self.municipalities.items() if key in self.keys_for(code)]

    def provinces(self) -> list[str]:
        return sorted({m.province for m in self.municipalities.values()})


def load_reference(data_dir: Path | None = None) -> Reference:
    """The reference from `data_dir` (default: the data shipped with outreach)."""
    if data_dir is None:
        return _shipped()
    return _load(data_dir)


@cache
def _shipped() -> Reference:
    return _load(resource_dir("data"))


def _load(folder: Path) -> Reference:
    municipalities = {
        row["cbs_code"]: Known(row["cbs_code"], row["name"], row["province"])
        for row in _rows(folder / "municipalities.csv")
    }
    aliases: dict[str, set[str]] = {}
    for row in _rows(folder / "municipality_aliases.csv"):
        aliases.setdefault(row["cbs_code"], set()).add(name_key(row["alias"]))
    mergers = {
        row["cbs_code"]: Merger(
            row["cbs_code"],
            row["name"],
            row["ended"],
            row["successor_code"],
            row["successor_name"],
        )
        for row in _rows(folder / "municipality_mergers.csv")
    }
    return Reference(
        municipalities,
        {code: frozenset(keys) for code, keys in aliases.items()},
        mergers,
    )


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))

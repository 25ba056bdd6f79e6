"""Text normalisation shared by the quote stripper, the phrase rules and matching."""

from __future__ import annotations

import re
import unicodedata

# Typographic quotes made plain, and the letters that carry no combining accent to remove
# ("fraværende", "yanıt", "odpowiedź" with "ł") written as people type them without it.
_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"}
    | {"æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ı": "i", "ß": "ss"}
    | {"đ": "d", "Đ": "d", "þ": "th", "œ": "oe", "Œ": "oe"}
)


class _Accents(dict[int, int | None]):
    """A `str.translate` table that drops combining marks (accents after NFKD), filled in
    as characters are met: one C-level pass over the text instead of a Python loop."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_ACCENTS = _Accents()


def fold(text: str) -> str:
    """Lower case, accents removed, typographic quotes made plain, whitespace collapsed."""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    plain = decomposed.translate(_NO_ACCENTS)
    return " ".join(plain.lower().split())


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def sentences(text: str) -> list[str]:
    """Sentences of `text`, each on one line; line wraps inside a sentence are joined."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        joined = " ".join(paragraph.split())
        if not joined:
            continue
        out.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", joined) if s.strip())
    return out

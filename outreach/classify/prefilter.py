"""A regular expression that skips the work a cheaper test shows it cannot need.

Most rule patterns find nothing in most sentences, and Python's regular-expression engine
tries every alternative at every position before it says so. Two cheap tests answer "no match"
first, and `Keyed` applies both:

- Key words. Almost every pattern needs some fixed words to match at all ("motie",
  "aangenomen", " niet door"): `key_literals` works them out from the expression, and a plain
  substring test (`in`, fast) checks that at least one of them occurs. Where no key words can
  be worked out for certain (constructs the reader below does not know), there is no such test.
- Lower case. re.I folds every character it compares, which makes a long alternation of
  phrases several times slower than the same expression on text that is lower-cased first. For
  an expression in plain ASCII without capitals the two agree on every character except three,
  which re.I matches to an ASCII letter but `str.lower` does not turn into one (the dotted and
  the dotless i, the long s); a text holding one of them is searched the slow way. A search
  that finds something runs again on the text itself, so every match is the pattern's own.

Neither test ever decides a match, only the absence of one: a verdict never depends on them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# A key word shorter than this occurs in nearly every sentence: not worth checking.
_SHORTEST_KEY = 3
# The characters re.I folds to an ASCII letter that str.lower keeps apart (see above).
_FOLDED_APART = re.compile("[\u0130\u0131\u017f]")
_CAPITAL = re.compile(r"(?<!\\)[A-Z]")  # a capital in the expression itself, not an escape
# What the lower-case twin cannot read the same: a character given by its code, a back
# reference, inline flags ("(?-i:...)" keeps case in part of the expression), an escaped
# backslash (after which a capital is a capital).
_NO_TWIN = re.compile(r"\\[xuUN0-9\\]|\(\?[aiLmsux-]")

_SPECIAL = set("()|[]{}.^$*+?\\")
_QUANTIFIER = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
# Escapes that match one character of a class or nothing at all: no literal.
_CLASS_ESCAPES = set("dDsSwWbBAZ")
# Escapes whose length the reader would have to know (\x41, \u00e9, \N{...}, \1, \0):
# rather than guess, it gives up on the whole expression.
_UNSUPPORTED_ESCAPES = set("xuUN0123456789gnrtfva")


class _UnsupportedError(Exception):
    """The reader meets a construct it does not know: no key words for this expression."""


# A parsed expression: a literal character, something that is no literal (a class, an
# anchor, a lookaround), a group (a set of alternatives), each with its minimum repeat.
_Keys = frozenset[str] | None


@dataclass(frozen=True)
class _Piece:
    literal: str | None  # one character, or None
    keys: _Keys  # what a group needs (None: nothing certain); for a literal, unused
    least: int  # how often the piece must occur at least
    single: bool  # exactly once (no quantifier)


class _Reader:
    def __init__(self, expression: str) -> None:
        self.text = expression
        self.at = 0

    def alternatives(self) -> _Keys:
        """Alternatives up to the end or a closing parenthesis: any of their keys will do,
        and one alternative without keys leaves the whole without."""
        found = [self.sequence()]
        while self.at < len(self.text) and self.text[self.at] == "|":
            self.at += 1
            found.append(self.sequence())
        union: set[str] = set()
        for keys in found:
            if keys is None:
                return None
            union |= keys
        return frozenset(union)

    def sequence(self) -> _Keys:
        pieces: list[_Piece] = []
        while self.at < len(self.text) and self.text[self.at] not in "|)":
            pieces.append(self.piece())
        return _best_of(pieces)

    def piece(self) -> _Piece:
        literal, keys = self.atom()
        least, single = self.quantifier()
        return _Piece(literal, keys, least, single)

    def atom(self) -> tuple[str | None, _Keys]:
        char = self.text[self.at]
        self.at += 1
        if char == "(":
            return None, self.group()
        if char == "[":
            self.char_class()
            return None, None
        if char in ".^$":
            return None, None
        if char == "\\":
            return self.escape(), None
        if char in "{*+?":
            raise _UnsupportedError(char)
        return char, None

    def group(self) -> _Keys:
        lookaround = False
        if self.text.startswith("?", self.at):
            rest = self.text[self.at + 1 :]
            if rest.startswith(":") or rest.startswith(">"):
                self.at += 2
            elif rest.startswith("P<"):
                close = self.text.index(">", self.at)
                self.at = close + 1
            elif rest[:1] in ("=", "!"):
                self.at += 2
                lookaround = True
            elif rest[:2] in ("<=", "<!"):
                self.at += 3
                lookaround = True
            else:
                raise _UnsupportedError("(?" + rest[:1])  # inline flags, conditionals, references
        keys = self.alternatives()
        if self.at >= len(self.text) or self.text[self.at] != ")":
            raise _UnsupportedError("unbalanced")
        self.at += 1
        return None if lookaround else keys

    def char_class(self) -> None:
        if self.text.startswith("^", self.at):
            self.at += 1
        if self.text.startswith("]", self.at):
            self.at += 1
        while self.at < len(self.text):
            char = self.text[self.at]
            self.at += 1
            if char == "\\":
                self.at += 1
            elif char == "]":
                return
        raise _UnsupportedError("unclosed class")

    def escape(self) -> str | None:
        if self.at >= len(self.text):
            raise _UnsupportedError("trailing backslash")
        char = self.text[self.at]
        self.at += 1
        if char in _CLASS_ESCAPES:
            return None
        if char in _UNSUPPORTED_ESCAPES or char.isalnum():
            raise _UnsupportedError("\\" + char)
        return char

    def quantifier(self) -> tuple[int, bool]:
        if self.at >= len(self.text):
            return 1, True
        char = self.text[self.at]
        if char in "*+?":
            self.at += 1
            least = 1 if char == "+" else 0
        elif char == "{":
            found = _QUANTIFIER.match(self.text, self.at)
            if found is None:
                raise _UnsupportedError("{")  # a literal brace: rare, not worth reading
            self.at = found.end()
            least = int(found.group(1) or 0)
        else:
            return 1, True
        if self.at < len(self.text) and self.text[self.at] in "?+":
            self.at += 1  # lazy or possessive: the same minimum
        return least, False


def _best_of(pieces: list[_Piece]) -> _Keys:
    """The most telling key set one of `pieces` (or a run of literals among them) needs."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for piece in pieces:
        if piece.literal is not None and piece.least >= 1:
            run.append(piece.literal)
            if piece.single:
                continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        if piece.literal is None and piece.least >= 1 and piece.keys is not None:
            candidates.append(piece.keys)
    if run:
        candidates.append(frozenset({"".join(run)}))
    candidates = [c for c in candidates if c and _shortest(c) >= _SHORTEST_KEY]
    if not candidates:
        return None
    # The rarest set is the most telling: long words ("niet " says less than "juiste").
    return max(candidates, key=lambda keys: (_shortest(keys), -len(keys)))


def _shortest(keys: frozenset[str]) -> int:
    return min(len(key.strip()) for key in keys)


def key_literals(expression: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words of which every match of `expression` contains at least one, or None.

    None when there are none for certain: a verbose expression, an alternative without a
    word of its own ("\\w+"), or a construct not read here. The words are as written: for a
    case-insensitive expression the caller compares them without case.
    """
    if flags & re.VERBOSE:
        return None
    reader = _Reader(expression)
    try:
        keys = reader.alternatives()
    except (_UnsupportedError, ValueError, IndexError):
        return None
    if keys is None or reader.at != len(expression):
        return None
    # "motie" in a text already says whether "moties" can be: keep the shortest.
    kept = sorted(keys, key=len)
    return tuple(k for i, k in enumerate(kept) if not any(s in k for s in kept[:i]))


class _Pending:
    """Not worked out yet."""


# The texts searched last, lowered: a rule runs dozens of patterns over the same sentence, and
# each case-insensitive one would lower it again. Keyed by identity (the entry holds the text,
# so its id cannot be reused while it is here); a handful of entries covers one message.
_LOWERED: dict[int, tuple[str, str, bool]] = {}
_LOWERED_KEPT = 64


def _lowered(string: str) -> tuple[str, bool]:
    """`string` lower-cased, and whether it is plain ASCII."""
    entry = _LOWERED.get(id(string))
    if entry is not None and entry[0] is string:
        return entry[1], entry[2]
    lowered, ascii_text = string.lower(), string.isascii()
    if len(_LOWERED) >= _LOWERED_KEPT:
        _LOWERED.clear()
    _LOWERED[id(string)] = (string, lowered, ascii_text)
    return lowered, ascii_text


_PENDING = _Pending()


class Keyed:
    """`re.compile(expression, flags)` that first checks for one of its key words and, without
    case, searches lower-cased text first.

    It answers like the compiled pattern (search, match, fullmatch, finditer, findall, sub);
    when none of the key words occurs anywhere in the string, it answers "no match" at once.
    """

    __slots__ = ("_keys", "_lower", "caseless", "compiled", "flags", "pattern")

    def __init__(self, expression: str, flags: int = 0) -> None:
        self.compiled = re.compile(expression, flags)
        self.pattern = expression
        self.flags = self.compiled.flags
        self.caseless = bool(flags & re.IGNORECASE)
        # Worked out on first use: the vocabulary builds some two hundred patterns when the
        # classifier is imported, and a command that never classifies should not pay for them.
        self._keys: tuple[str, ...] | _Pending | None = _PENDING
        self._lower: re.Pattern[str] | _Pending | None = _PENDING if self.caseless else None

    @classmethod
    def of(cls, compiled: re.Pattern[str]) -> Keyed:
        """The keyed form of an already compiled pattern."""
        return cls(compiled.pattern, compiled.flags)

    @property
    def keys(self) -> tuple[str, ...] | None:
        """The key words (lower-cased for a case-insensitive pattern), or None for none."""
        keys = self._keys
        if isinstance(keys, _Pending):
            keys = key_literals(self.pattern, self.flags)
            # Without case, a plain-ASCII text lowered holds a key exactly when the expression
            # could match it (re's other case pairs, "K" and the Kelvin sign, are not ASCII);
            # any other text is searched as it is.
            if self.caseless and keys is not None:
                keys = tuple(k.lower() for k in keys) if all(k.isascii() for k in keys) else None
            self._keys = keys
        return keys

    @property
    def lower(self) -> re.Pattern[str] | None:
        """The twin of a case-insensitive pattern for lower-cased text, or None for none."""
        lower = self._lower
        if isinstance(lower, _Pending):
            lower = None
            plain = self.pattern.isascii() and not _NO_TWIN.search(self.pattern)
            if plain and not _CAPITAL.search(self.pattern):
                lower = re.compile(self.pattern, self.flags & ~re.IGNORECASE)
            self._lower = lower
        return lower

    def __repr__(self) -> str:
        return f"Keyed({self.pattern!r})"

    def absent(self, string: str) -> bool:
        """None of the key words occurs in `string`: the pattern cannot match in it."""
        keys = self.keys
        if keys is None:
            return False
        if self.caseless:
            string, ascii_text = _lowered(string)
            if not ascii_text:
                return False
        for key in keys:  # noqa: SIM110 - a plain loop: all() with a generator costs more
            if key in string:
                return False
        return True

    def _caseless_absent(self, string: str) -> bool:
        """Neither the key words nor the lower-case twin can find the pattern in `string`."""
        keys = self.keys
        lowered, ascii_text = _lowered(string)
        if keys is not None and ascii_text:
            for key in keys:
                if key in lowered:
                    break
            else:
                return True
        lower = self.lower
        if lower is None or (not ascii_text and _FOLDED_APART.search(string)):
            return False
        return lower.search(lowered) is None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.caseless:
            # Positions hold in the lowered text too (only the dotted capital i, searched
            # the slow way, changes length), but a bounded search is rare: keep it plain.
            if pos == 0 and endpos == sys.maxsize:
                if self._caseless_absent(string):
                    return None
            elif self.absent(string):
                return None
            return self.compiled.search(string, pos, endpos)
        keys = self._keys  # absent(), written out: this is the call every rule makes
        if isinstance(keys, _Pending):
            keys = self.keys
        if keys is not None:
            for key in keys:
                if key in string:
                    break
            else:
                return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.absent(string):
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if self.absent(string):
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self.absent(string):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        if self.absent(string):
            return []
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if self.absent(string):
            return string
        return self.compiled.sub(repl, string, count)


# What a rule may be handed: a plain compiled pattern or a keyed one.
Pattern = re.Pattern[str] | Keyed

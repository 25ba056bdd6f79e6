"""The classifier's one vocabulary: every word concept, defined once, as data.

Each `*.toml` file in this folder holds the concepts of one area (the motion, grammar,
courtesy, refusals, redirects, automatic replies, ...). A concept is a table:

    [motion-noun]
    description = "what the motion itself is called"
    words = ['motie', 'moties', ...]     # regular-expression alternatives, folded text
    include = ['other-concept']          # optional: that concept's words too
    # a word may name another concept in braces: '(?:uw|de) {mail-noun}' (its alternation)
    pattern = '...'                      # optional instead of words: one whole expression

Rules never spell a concept out again; they ask for it here: `words("motion-noun")` for an
alternation to put inside a larger expression, `family("motion-noun")` for a compiled pattern
that finds any of its words at a word start, `pattern("deferred")` for a whole expression.
Matching is over folded text (see `outreach.classify.text.fold`) unless a concept says
`case = "insensitive"` (subjects and headers, which are not folded).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from outreach.classify.prefilter import Keyed

_FOLDER = Path(__file__).resolve().parent


class VocabularyError(ValueError):
    """A vocabulary file names a concept twice, or includes one that does not exist."""


@dataclass(frozen=True)
class Concept:
    name: str
    area: str  # the file it is defined in, without .toml
    description: str
    words: tuple[str, ...]
    include: tuple[str, ...] = ()
    whole: str | None = None
    insensitive: bool = False


@cache
def concepts() -> dict[str, Concept]:
    """Every concept of every vocabulary file, by name."""
    return load_concepts(_FOLDER)


def load_concepts(folder: Path) -> dict[str, Concept]:
    """The concepts of the `*.toml` files in `folder`; a name defined twice is an error."""
    found: dict[str, Concept] = {}
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        for name, table in data.items():
            if name in found:
                raise VocabularyError(f"{name} is defined in {found[name].area} and {path.stem}")
            found[name] = Concept(
                name=name,
                area=path.stem,
                description=str(table.get("description", "")),
                words=tuple(table.get("words", ())),
                include=tuple(table.get("include", ())),
                whole=table.get("pattern"),
                insensitive=table.get("case") == "insensitive",
            )
    for concept in found.values():
        missing = [name for name in concept.include if name not in found]
        if missing:
            raise VocabularyError(f"{concept.name} includes unknown {', '.join(missing)}")
    return found


# The area whose entries are whole expressions with their own word boundaries (phrases.toml).
_WHOLE_PHRASES = "phrases"
_REFERENCE = re.compile(r"\{([a-z][a-z-]*)\}")


@cache
def alternatives(name: str) -> tuple[str, ...]:
    """The words of `name`, those of the concepts it includes first; `{other}` filled in."""
    concept = concepts()[name]
    out: list[str] = []
    for other in concept.include:
        included = alternatives(other)
        if concept.area == _WHOLE_PHRASES and concepts()[other].area != _WHOLE_PHRASES:
            # A phrase writes its own boundaries; another area's words start at a word start,
            # wherever they are used.
            included = tuple(rf"\b{word}" for word in included)
        out.extend(included)
    out.extend(_REFERENCE.sub(lambda m: words(m.group(1)), word) for word in concept.words)
    return tuple(out)


@cache
def words(name: str) -> str:
    """`name` as one non-capturing alternation, to put inside a larger expression."""
    return "(?:" + "|".join(alternatives(name)) + ")"


@cache
def family(*names: str) -> Keyed:
    """Any word of the concepts `names`, each starting at a word boundary.

    Compiled as a `Keyed` pattern: a sentence without any of the words is passed over at once.
    """
    parts = [rf"\b{a}" for name in names for a in alternatives(name)]
    insensitive = any(concepts()[n].insensitive for n in names)
    return Keyed("|".join(parts), re.I if insensitive else 0)


@cache
def pattern(name: str) -> Keyed:
    """A concept written as one whole expression (or, failing that, as its family)."""
    concept = concepts()[name]
    if concept.whole is None:
        return family(name)
    return Keyed(concept.whole, re.I if concept.insensitive else 0)

"""Sentences, clauses, negation and questions in the sender's own words.

Phrase patterns that span a whole message match words that belong to different statements
("uw brief is ontvangen. De motie wordt ... aangenomen?"). Reading one sentence at a time,
and within it one clause, lets the sentence rules tolerate word order without letting a
negation or a question leak into the next statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from outreach.classify.patterns import WEB_ADDRESS
from outreach.classify.text import fold
from outreach.classify.vocabulary import family, pattern, words

# Abbreviations whose full stop does not end a sentence ("als ingekomen stuk (nr. 2026-45)
# geagendeerd", "t.a.v. de griffie", "haal ons a.u.b. uit uw bestand").
_ABBREVIATIONS = frozenset(
    {"nr", "nrs", "bijv", "bv", "o.a", "ca", "dhr", "mevr", "mr", "mw", "drs", "dr", "ir",
     "ing", "prof", "t.a.v", "i.v.m", "m.b.t", "z.s.m", "e.d", "enz", "jl", "a.s", "d.d", "resp",
     "incl", "excl", "evt", "tel", "vs", "e.g", "i.e", "etc", "st", "zgn", "m.i.v", "t.z.t",
     "blz", "art", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
     "nov", "dec", "a.u.b", "s.v.p", "n.a.v", "i.o.m", "o.b.v"}
)  # fmt: skip
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+")
_LAST_TOKEN = re.compile(r"([a-z][a-z.]*)\.$")
_ABBREVIATION_DOT = re.compile(
    r"\b("
    + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + r")\.(?=\s)"
)

# Clauses: punctuation inside the sentence and the conjunctions that start a new finite verb.
_CLAUSE_CUT = re.compile(rf"[,;:()]|\s-\s|\b{words('clause-conjunction')}\b")
NEGATION = pattern("negation")
_NOT_NEGATING = family("false-negation")

_INTERROGATIVE = re.compile(
    # A greeting may come first: "Hallo, hebben jullie ...?"
    r"^(?:\w+,? )?(?:wie|wat|waar|wanneer|hoe|hoeveel|waarom|welke?|waarvoor|waarmee|waarover|"
    r"kunt|kun|kan|kunnen|wilt|wil|willen|zou|zouden|mogen|mag|is|zijn|was|heeft|hebt|heb|"
    r"hebben|bent|ben|klopt|weet|weten|gaat|gaan|moet|moeten|doet|doen|komt|wordt|worden|"
    r"what|who|where|when|how|why|which|can|could|would|will|do|does|did|is|are|should|may|"
    r"have|has)\b|\b(?:is het mogelijk|graag ontvang(?:t|en)? (?:ik|wij|we)|kunt u|kan u|"
    r"kunnen jullie|kun je|heeft u|hebt u|weet u|zou u|zouden jullie|wilt u|willen jullie|"
    r"mogen wij|mogen we|mag ik|could you|can you|would you|do you|(?:kunnen|mogen|moeten|"
    r"willen|zullen) (?:we|wij|jullie)|wie|wat|waar|wanneer|hoe|hoeveel|waarom|welke?)\b|"
    # Announced, then asked: "voordat wij dit oppakken een vraag: is uw brief ook ...?"
    r"\bvra(?:ag|gen)(?: \w+)?: "
)
# A verb before its subject opens a yes/no question ("Denkt u dat ...?", "Vindt u het goed
# als ...?").
_INVERTED = re.compile(r"^\w+ (?:u|je|jij|jullie|you)\b")
# A question asked without a question mark: "Ik vraag me af of ik uw brief mag doorsturen."
_INDIRECT = re.compile(
    r"^(?:\w+ )?(?:ik|wij|we) (?:vraag|vragen|vroeg|vroegen) (?:me|mij|ons) af\b|"
    r"^(?:\w+ )?(?:ik|wij|we) (?:wil|willen|zou|zouden) (?:\w+ ){0,2}graag weten\b|"
    # The verb first, after a clause that sets the scene: "voordat wij uw verzoek in
    # behandeling nemen, zouden wij graag weten wie er achter uw organisatie staat".
    r"(?:^|, )(?:\w+ )?(?:wil|willen|zou|zouden) (?:ik|wij|we) (?:\w+ ){0,2}graag weten\b|"
    r"^(?:\w+ )?graag (?:wil|willen|zou|zouden) (?:ik|wij|we) (?:\w+ ){0,2}weten\b|"
    r"^(?:\w+ )?(?:ik ben|wij zijn|we zijn) benieuwd (?:of|wie|wat|hoe|wanneer|waar)\b|"
    r"^(?:\w+ )?i (?:wonder|was wondering)\b"
)
# "Heeft u nog vragen?", "Vragen? Bel ons": an invitation to ask, not a question to us.
_INVITATION = pattern("invitation-to-ask")


@dataclass(frozen=True)
class Sentence:
    """One folded sentence, and whether it asks us something."""

    text: str
    question: bool


def split_sentences(text: str) -> list[str]:
    """Folded sentences of `text`; paragraphs and lines that end without a mark split too."""
    out: list[str] = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        # A line that ends without punctuation is a heading, greeting or list item.
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        chunks: list[str] = []
        for line in lines:
            if chunks and not _LINE_END_MARK.search(chunks[-1]) and _starts_new(line):
                chunks.append(line)
            elif chunks:
                chunks[-1] += " " + line
            else:
                chunks.append(line)
        for chunk in chunks:
            for part in _closing_abbreviation_cuts(chunk):
                out.extend(_split_chunk(fold(part)))
    return [s for s in out if s]


# Abbreviations that close a phrase ("op 24 november a.s.", "brieven, folders enz."): with a
# capital after them they end the sentence too ("... van 24 november a.s. De griffie neemt
# zelf geen standpunt in"), or the next sentence's negation would reach back into this one.
# The case is only seen before folding, so these cuts are made first.
_CLOSING_ABBREVIATION = re.compile(
    r"\b(?i:a\.s|jl|etc|enz|e\.d|incl|excl|z\.s\.m|t\.z\.t)\.(?=\s+[A-Z][a-z])"
)


def _closing_abbreviation_cuts(chunk: str) -> list[str]:
    """`chunk` cut after each closing abbreviation that a capitalised word follows."""
    if "." not in chunk:
        return [chunk]
    parts: list[str] = []
    start = 0
    for found in _CLOSING_ABBREVIATION.finditer(chunk):
        parts.append(chunk[start : found.end()])
        start = found.end()
    parts.append(chunk[start:])
    return parts


def _starts_new(line: str) -> bool:
    return bool(_NEW_LINE_START.match(line))


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LINE_END_MARK = re.compile(r"[.!?,:;]$")
_NEW_LINE_START = re.compile(r"[A-Z0-9\-*•|]")  # "|": a row of a table


def _split_chunk(chunk: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for cut in _BOUNDARY.finditer(chunk):
        token = _LAST_TOKEN.search(chunk[start : cut.start()].rstrip("\"')]"))
        if token and token.group(1) in _ABBREVIATIONS:
            continue
        pieces.append(chunk[start : cut.start()].strip())
        start = cut.end()
    pieces.append(chunk[start:].strip())
    # Inside a sentence an abbreviation's full stop would still look like a sentence end to
    # the phrase rules ("nr. 2026-45"), so it is dropped; so is the dot inside a number or
    # a motion's number ("onze motie M7.2 is aangenomen", "om 19.30 uur"), which joins.
    return [_inner_dots_dropped(p) for p in pieces if p]


def _inner_dots_dropped(piece: str) -> str:
    # Both dots have a character after them (a space, a digit): a piece whose only dot ends
    # it (most sentences) has neither, and is kept as it is.
    if piece.find(".", 0, len(piece) - 1) < 0:
        return piece
    piece = _INNER_DOT.sub("_", _ABBREVIATION_DOT.sub(r"\1", piece))
    # "Haal ons a.u.b. van de lijst": a word of politeness, as "aub", between other words.
    return _POLITE.sub(lambda m: m.group(0).replace(".", ""), piece)


_INNER_DOT = re.compile(r"(?<=[a-z0-9])\.(?=\d)")
_POLITE = re.compile(r"\b(?:a\.u\.b|s\.v\.p)\b")


def is_question(sentence: str) -> bool:
    """A sentence that asks us something a person must answer."""
    if _INVITATION.search(sentence):
        return False
    if not sentence.rstrip().endswith("?"):
        return bool(_INDIRECT.search(sentence))
    return bool(_INTERROGATIVE.search(sentence) or _INVERTED.search(sentence))


# A question clause after a statement in one sentence: "De motie is aangenomen, hoe melden
# we dat?" reports the adoption and then asks.
_QUESTION_TAIL = re.compile(
    r"[,;] (?:en |maar )?(?=(?:hoe|wat|wie|waar|wanneer|waarom|welke?|kunt u|kan ik|kunnen "
    r"(?:we|wij|jullie)|mogen (?:we|wij)|moeten (?:we|wij)|heeft u|hebt u|zou u|wilt u|"
    r"how|what|who|where|when|why|which|can|could|would|should|do you)\b)"
)
# A head that asks itself: a question word first, or a verb before its subject.
_INTERROGATIVE_START = re.compile(
    r"^(?:wie|wat|waar|wanneer|hoe|hoeveel|waarom|welke?|who|what|where|when|how|why|which)\b|"
    r"^\w+ (?:u|je|jij|jullie|we|wij|ik|hij|zij|ze|you|i|they)\b"
)


def _statement_then_question(sentence: str) -> list[Sentence]:
    tail = None
    for tail in _QUESTION_TAIL.finditer(sentence):  # noqa: B007 - the last one is wanted
        pass
    if tail is None:
        return [Sentence(sentence, True)]
    head = sentence[: tail.start()]
    if len(head.split()) < 3 or _INTERROGATIVE_START.search(head):
        return [Sentence(sentence, True)]
    return [Sentence(head + ".", False), Sentence(sentence[tail.end() :], True)]


# A mail's subject quoted in a sentence ('wil het bericht "RE: Verzoek om door te sturen ..."
# intrekken'): a title, not the sender's words.
_QUOTED_SUBJECT = re.compile(
    r"[\"\u201c\u201d]\s*(?:re|fw|fwd|aw|antw|wg)\s*:[^\"\u201c\u201d\n]*[\"\u201c\u201d]", re.I
)


# A passage the sender quotes ("De voorzitter: ... Wie is voor? ..."): its questions were
# asked of others, never of us; what a receipt quotes is our own wording (see the chain).
QUOTED_PASSAGE = re.compile(r'"[^"]{30,}"|\u201c[^\u201d]{30,}\u201d')


def _unasked(quoted: re.Match[str]) -> str:
    return quoted.group(0).replace("?", ".")


def read_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`; a web address is no word of it ("/motie-aangenomen"), nor
    is a mail's subject it quotes, and a passage it quotes asks us nothing."""
    out: list[Sentence] = []
    plain = _QUOTED_SUBJECT.sub('""', WEB_ADDRESS.sub(" ", text))
    plain = QUOTED_PASSAGE.sub(_unasked, plain)
    for sentence in split_sentences(plain):
        if is_question(sentence):
            out.extend(_statement_then_question(sentence))
        else:
            out.append(Sentence(sentence, False))
    return out


def clause_at(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of `sentence` that holds sentence[start:end]."""
    left = 0
    for cut in _CLAUSE_CUT.finditer(sentence, 0, start):
        left = cut.end()
    after = _CLAUSE_CUT.search(sentence, end)
    return left, after.start() if after else len(sentence)


def negated(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The negation word in the clause of sentence[start:end], if any.

    Dutch puts the negation before the participle ("is niet aangenomen") or, with a
    fronted participle, after it ("ingediend is hij nog niet"), so the whole clause counts.
    """
    left, right = clause_at(sentence, start, end)
    for negation in NEGATION.finditer(sentence, left, right):
        # "geen bezwaar tegen het doorsturen", "niet alleen doorgestuurd": no negated verb.
        if not _NOT_NEGATING.match(sentence, negation.start()):
            return negation
    return None


def not_yet(sentence: str, start: int, end: int) -> bool:
    """ "nog niet" / "not yet" in the clause, or a negation put right by a later occasion
    ("niet bij de voorjaarsnota, ..., maar bij de begroting"): a step still to come, not a
    refusal."""
    left, right = clause_at(sentence, start, end)
    if _NOT_YET.search(sentence, left, right):
        return True
    later = _LATER_INSTEAD.search(sentence, right)
    return later is not None and negated(sentence, start, end) is not None


_NOT_YET = pattern("not-yet")
_LATER_INSTEAD = family("later-instead")

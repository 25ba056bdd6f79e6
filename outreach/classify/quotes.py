"""Separate what the sender wrote from what they quoted, signed and legally disclaimed.

Replies nearly always quote our letter, and the letter itself talks about motions being
adopted and asks for one to be submitted; so phrase rules must only ever see the sender's own
words. Quote markers differ per mail client and language (see the patterns below); as a safety
net, any sentence of our own letter that survives is removed as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from outreach.classify.prefilter import Keyed
from outreach.classify.text import sentences, words
from outreach.classify.vocabulary import family
from outreach.classify.vocabulary import words as vocabulary_words

# "Op 3 mrt. 2025 om 10:12 schreef Jan <jan@x.nl>:", "On Mon, ... wrote:", and the
# Apple form "Op 3 mrt 2025, om 10:12 heeft Jan het volgende geschreven:".
_ATTRIBUTION = re.compile(
    r"^\s*(?:(?:op|on|am|le)\b.*\b(?:schreef|wrote|schrieb|a ecrit)\b.*"
    r"|.*\bheeft\b.*\bhet volgende geschreven"
    r"|.*\b(?:schreef|wrote)\s+op\b.*\d.*"
    r"|.*<[^>\s]+@[^>\s]+>\s*(?:schreef|wrote)\b.*)"
    r":\s*$",
    re.I,
)
_SEPARATOR = re.compile(
    r"^\s*(?:-{2,}\s*(?:oorspronkelijk bericht|original message|doorgestuurd bericht|"
    r"forwarded message|origineel bericht|oorspronkelijke bericht)\s*-{2,}"
    r"|begin (?:doorgestuurd bericht|forwarded message)\s*:"
    r"|-{3,}\s*(?:reply above this line|beantwoord boven deze lijn).*)\s*$",
    re.I,
)
_RULE_LINE = re.compile(r"^\s*_{10,}\s*$")
_HEADER_LINE = re.compile(
    r"^\s*\*?(van|from|verzonden|sent|datum|date|aan|to|cc|onderwerp|subject|"
    r"beantwoorden aan|reply-to)\s*:\*?\s*(\S.*)?$",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^\s*(?:met\s+(?:vriendelijke|hartelijke|collegiale|beste)\s+groet(?:en)?|"
    r"(?:vriendelijke|hartelijke|beste|warme)\s+groet(?:en)?|met\s+groet|groet(?:en|jes)?|mvg|"
    r"kind regards|best regards|warm regards|regards|sincerely|best wishes|cheers|"
    r"hoogachtend)\b[\s,.!]*(?:\S.{0,60})?$",
    re.I,
)
_SIGNATURE_DASHES = re.compile(r"^--\s*$")
_DEVICE_LINE = re.compile(
    r"^\s*(?:verstuurd|verzonden|gestuurd) (?:vanaf|vanuit|met|via) .{0,40}$|"
    r"^\s*sent from my\b.{0,40}$|^\s*(?:get|download) outlook for\b.{0,40}$",
    re.I,
)
_DISCLAIMER = re.compile(
    r"uitsluitend bestemd voor|alleen bestemd voor de geadresseerde|"
    r"(?:kunnen|worden) geen rechten (?:worden )?ontleend|geen rechten kunnen worden ontleend|"
    r"is vertrouwelijk en|niet de geadresseerde bent|"
    r"this e-?mail and any (?:files|attachments)|intended (?:solely|only) for|"
    r"if you are not the intended recipient|disclaimer|denk aan het milieu|"
    r"think before you print|deze e-?mail is afkomstig van (?:een )?(?:externe|buiten)|"
    r"afkomstig van buiten (?:de|onze) organisatie|klik niet op links",
    re.I,
)
# Searched in every paragraph of the sender's own part: the lower-case way is faster.
_DISCLAIMER_CASELESS = Keyed.of(_DISCLAIMER)
_OP_OR_ON = re.compile(r"^\s*(op|on)\b", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SHINGLE = 6
# Lines up to this long are a signature's or a list's lines, not wrapped prose.
_SHORT_LINE = 45


@dataclass(frozen=True)
class SplitText:
    """The sender's own words, the quoted history, and the sign-off block."""

    own: str
    quoted: str
    signature: str


def split_reply(text: str, *, letter_texts: Sequence[str] = ()) -> SplitText:
    """Split `text` (a message body) into own words, quoted history and signature."""
    # Matching and classifying both split the same message, one after the other: the second
    # time is free. A few entries are enough; more would keep whole messages alive.
    return _split_reply(text, tuple(letter_texts))


@lru_cache(maxsize=4)
def _split_reply(text: str, letter_texts: tuple[str, ...]) -> SplitText:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").split("\n")
    cut = _history_start(lines)
    head, history = lines[:cut], lines[cut:]
    if not _has_words(head):
        head, history = _bottom_posted(head, history)
        if not _has_words(head) and letter_texts:
            head, history = _below_our_letter(head, history, letter_texts)
    elif history:
        head, history = _answered_history(head, history)
    head, answers, wrapped = _inline_answers(head)
    own_lines: list[str] = []
    quoted_lines = list(history) + wrapped
    for line in head:
        if line.lstrip().startswith(">"):
            quoted_lines.append(line)
        else:
            own_lines.append(line)
    own_lines = _drop_raw_headers([line for line in own_lines if not _DEVICE_LINE.match(line)])
    own_lines = _drop_trailing_attribution(own_lines)
    own_lines = _drop_disclaimers(own_lines)
    own_lines, signature = _split_signature(own_lines)
    if answers:
        # Answers written between the quoted points come after the note's own sign-off.
        answers, below = _split_signature(_drop_disclaimers(answers))
        own_lines = [*own_lines, "", *answers]
        signature = "\n".join(part for part in (signature, below) if part)
    own = remove_letter_sentences("\n".join(own_lines), letter_texts)
    return SplitText(own=own.strip(), quoted="\n".join(quoted_lines).strip(), signature=signature)


def _inline_answers(head: list[str]) -> tuple[list[str], list[str], list[str]]:
    """A note signed above the quote, with answers written between its quoted lines below.

    "Zie mijn antwoorden hieronder. / Groet, Bart" and then "> 1. Wilt u de mail
    doorsturen?" / "Is gebeurd." / "> 3. Informeer ons" / "Dat is aan de fracties.": the
    answers are the sender's words, though they stand below the sign-off. Returned: the
    lines above the first quoted line (with the quoted lines, sorted out by the caller), the
    answers, and the lines a mail program wrapped out of the quote (history). Without an
    unquoted line below the first quoted line, nothing changes.
    """
    first = next((i for i, line in enumerate(head) if line.lstrip().startswith(">")), -1)
    if first <= 0 or not _has_words(head[:first]) or not _answered(head[first:]):
        return head, [], []
    answers, wrapped = _unwrap(head[first:])
    quoted = [line for line in answers if line.lstrip().startswith(">")]
    own = [line for line in answers if not line.lstrip().startswith(">")]
    return [*head[:first], *quoted], own, wrapped


def _answered(lines: list[str]) -> bool:
    """Below the first quoted line, a line of the sender's stands between quoted lines (not
    one a mail program wrapped out of the quote): answers to the points it quotes."""
    # `_unwrap`'s reading, without building its lists: most quotes have no such line.
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].lstrip()[:1] == ">"), -1)
    in_quote = False
    for line in lines[:last]:
        if line.lstrip()[:1] == ">":
            in_quote = True
        elif not line.strip():
            in_quote = False
        elif not in_quote and _has_letter(line):
            return True
    return False


def _answered_history(head: list[str], history: list[str]) -> tuple[list[str], list[str]]:
    """A note on top, then an attribution ("Op ... schreef ...:") over a quote the sender
    answered between its lines: the attribution and that quote join the note, so that the
    answers are read (`_inline_answers`); older history stays history."""
    if not _is_attribution(history, 0):
        return head, history  # most history opens with a header block, read as a whole
    first = next((i for i, line in enumerate(history) if line.lstrip().startswith(">")), -1)
    if first < 0 or _has_words(history[1:first]) or not _answered(history[first:]):
        return head, history
    stop = first + _history_start(history[first:])
    if not _answered(history[first:stop]):
        return head, history
    return head + history[:stop], history[stop:]


# A salutation, alone on its line or before the first words: "Beste KinderpardonNU,".
# A salutation's opening words ("Beste mensen van KinderpardonNU"), up to its comma.
_SALUTATION_OPENING = r"^\s*(?:beste|geachte|hallo|hoi|dag|lieve|dear|hi)\b[^\n.?!,]{0,60}"
_SALUTATION = re.compile(_SALUTATION_OPENING + r"(?:,|\s*$)", re.M | re.I)
_OPENING_SALUTATION = re.compile(_SALUTATION_OPENING, re.I)


def opening_salutation(text: str) -> str | None:
    """The words of the salutation `text` opens with, or None when it opens with none."""
    found = _OPENING_SALUTATION.match(text)
    return found.group(0) if found else None


def without_salutations(text: str) -> str:
    """`text` without its salutations: they address the reader and say nothing else."""
    return _SALUTATION.sub(" ", text)


def sent_from_device(text: str) -> bool:
    """Only a device line ("Verstuurd vanaf mijn iPhone") above a quote whose every line is
    quoted: reply pressed and sent, with no answer written below the quote either."""
    filled = [line for line in text.splitlines() if line.strip()]
    return (
        len(filled) > 1
        and bool(_DEVICE_LINE.match(filled[0]))
        and all(
            line.lstrip().startswith(">") or _is_attribution(filled, i)
            for i, line in enumerate(filled)
            if i
        )
    )


def _has_words(lines: list[str]) -> bool:
    """Some line that is not quoted holds a word (a greeting alone counts as a word)."""
    return any(not line.lstrip().startswith(">") and _has_letter(line) for line in lines)


def _has_letter(text: str) -> bool:
    """Whether any character of `text` is a letter (`str.isalpha`)."""
    if text.isascii():
        return text.lower() != text.upper()  # only ASCII letters have two cases there
    return any(map(str.isalpha, text))


def _bottom_posted(head: list[str], history: list[str]) -> tuple[list[str], list[str]]:
    """A reply written below, or between, the lines of the quote it answers.

    Only asked when nothing was written above the quote. From the first `>` line up to any
    further history (a second attribution or header block), every line that is not quoted
    is the sender's: the words under the last quoted line, and answers written between our
    letter's points ("> 1. Dien een motie in" / "Dat gaan we doen."). The `>` lines and the
    attribution stay history (the caller sorts the quoted lines out again).
    """
    first = next((i for i, line in enumerate(history) if line.lstrip().startswith(">")), -1)
    if first < 0:
        return head, history
    stop = first + _history_start(history[first:])
    if not _has_words(history[first:stop]):
        return head, history
    own, wrapped = _unwrap(history[first:stop])
    return head + own, history[:first] + wrapped + history[stop:]


def _below_our_letter(
    head: list[str], history: list[str], letter_texts: tuple[str, ...]
) -> tuple[list[str], list[str]]:
    """A reply written under our letter quoted whole, with nothing written above the quote.

    Only asked when nothing was written above the quote. However the quote is marked (an
    Outlook header block over plain lines, a rule line "----" under the letter, or `>` on
    every line as an HTML reply typed below Outlook's quoted-message divider gives it), the
    lines below our letter, up to any older history (`letter_end`), are the sender's when
    one of them is written: our letter's leftovers below its last sentence (a name,
    "KinderpardonNU", "Bijlage(n): ...docx") are not.
    """
    lines = head + history  # nothing written above: where the history starts does not matter
    found = letter_end(lines, letter_texts) or _forward_end(lines)
    if found is None or not any(_written_line(line, letter_texts) for line in found.below):
        return head, history
    return found.below, lines[: found.end] + lines[found.history :]


def _forward_end(lines: list[str]) -> LetterEnd | None:
    """Where a quoted message that is not our letter ends: at the last rule line ("____",
    "----") under it, when the lines below that rule are a letter of the sender's own.

    A decision list or a colleague's mail passed on with the answer typed below it
    ("Van: Griffie ..." / the list / "____" / "Beste KinderpardonNU, zie hierboven ... /
    Groet, Petra"). The quote above the rule must open with a message's header block or
    attribution, and the text below it greets or signs (a salutation or a sign-off line), so
    that a rule between two parts of the forwarded message itself sets off nothing.
    """
    rule = next((i for i in range(len(lines) - 1, 0, -1) if _ENCLOSURE_RULE.match(lines[i])), -1)
    if rule < 0 or _history_start(lines[:rule]) >= rule:
        return None
    below = lines[rule + 1 :]
    stop = _history_start(below)
    if not any(_SALUTATION.match(line) or _SIGN_OFF.match(line) for line in below[:stop]):
        return None
    return LetterEnd(rule, below[:stop], rule + 1 + stop)


@dataclass(frozen=True)
class LetterEnd:
    """Where our letter ends in a quote (a list of lines), and what stands below it."""

    end: int  # the index past its last sentence and closing lines ("Met vriendelijke groet,")
    below: list[str]  # the lines below it (past blank lines and a rule, "----"), without
    # their `>` marks, up to older history
    history: int  # the index where that older history starts, or the number of lines


def letter_end(lines: Sequence[str], letter_texts: Sequence[str]) -> LetterEnd | None:
    """Where our letter, quoted in `lines` with or without `>` marks, ends; None when no
    line holds a sentence of it.

    The letter ends at the last line holding one of its sentences long enough to be its own
    (not a greeting any reply may have); its own closing lines ("Met vriendelijke groet,"
    "Namens KinderpardonNU,") follow, and a rule line may set the text below it apart.
    """
    if not letter_texts:
        return None
    index = _letter_index(tuple(letter_texts))
    bare = [_unquoted(line) for line in lines]
    last = next((i for i in range(len(bare) - 1, -1, -1) if _is_letter_prose(bare[i], index)), -1)
    if last < 0:
        return None
    end = last + 1
    while end < len(bare) and (not bare[end] or " ".join(words(bare[end])) in index.lines):
        end += 1
    start = end
    while start < len(bare) and (not bare[start] or _ENCLOSURE_RULE.match(bare[start])):
        start += 1
    # Marked lines are read without their marks, as their writer sees them; others as they are.
    below = [
        bare[i] if _QUOTE_MARKS.match(lines[i]) else lines[i] for i in range(start, len(lines))
    ]
    stop = _history_start(below)
    return LetterEnd(end, below[:stop], start + stop)


# A labelled line of a quoted message ("Bijlage(n): ...", "Kenmerk: 2026-114"), no prose.
_KEY_VALUE = re.compile(r"^\s*[\w() ./-]{2,30}:\s")


def _written_line(line: str, letter_texts: tuple[str, ...]) -> bool:
    """A line the sender wrote: prose longer than a signature's line, or a sentence
    ("Doorgestuurd."), and none of our letter's sentences or labelled lines."""
    text = line.strip()
    return (
        (len(text) > _SHORT_LINE or text[-1:] in (".", "!", "?"))
        and _has_letter(text)
        and not _KEY_VALUE.match(text)
        and bool(remove_letter_sentences(text, letter_texts).strip())
    )


_QUOTE_MARKS = re.compile(r"^\s*(?:>\s?)+")


def _unquoted(line: str) -> str:
    """`line` without its `>` marks."""
    return _QUOTE_MARKS.sub("", line).strip()


def _is_letter_prose(line: str, index: _LetterIndex) -> bool:
    """A line holding a sentence of our letter long enough to be its own (not a greeting
    such as "Met vriendelijke groet," that any reply may have)."""
    return any(
        len(words(piece)) >= _SHINGLE and _is_letter_sentence(piece, index)
        for piece in sentences(line)
    )


def _unwrap(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines of a quote whose `>` a mail program lost when it wrapped them, set apart.

    Above the last quoted line, a line right under a quoted line (no blank line between)
    continues that quote; an answer between our letter's points follows a blank line.
    """
    quoted = [line.lstrip().startswith(">") for line in lines]
    last = max((i for i, is_quote in enumerate(quoted) if is_quote), default=-1)
    own: list[str] = []
    wrapped: list[str] = []
    in_quote = False
    for i, line in enumerate(lines):
        if quoted[i]:
            in_quote = True
        elif not line.strip():
            in_quote = False
        elif in_quote and i < last:
            wrapped.append(line)
            continue
        own.append(line)
    return own, wrapped


def _history_start(lines: list[str]) -> int:
    """Index of the first line of quoted history that runs to the end, or len(lines)."""
    last = len(lines) - 1
    for i, line in enumerate(lines):
        # Each test needs a character the line must hold: most lines are skipped unread.
        if ("-" in line or "egin" in line or "EGIN" in line) and _SEPARATOR.match(line):
            return i
        # An attribution ends in a colon, on its own line or on the next (when wrapped).
        colon = ":" in line
        if (colon or (i < last and ":" in lines[i + 1])) and _is_attribution(lines, i):
            return i
        if colon and _header_block_at(lines, i):
            return i
        if (
            "_" in line
            and _RULE_LINE.match(line)
            and _header_block_at(lines, _next_filled(lines, i + 1))
        ):
            return i
    return len(lines)


def _is_attribution(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    if not line or len(line) > 300 or line.startswith(">"):
        return False
    # An attribution ends in a colon: lines that do not are never tried against the pattern.
    if line.endswith(":") and _ATTRIBUTION.match(line):
        return True
    # Gmail and Thunderbird wrap a long attribution over two lines.
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return (
        following.endswith(":")
        and bool(_ATTRIBUTION.match(f"{line} {following}"))
        and _OP_OR_ON.match(line) is not None
    )


def _next_filled(lines: list[str], start: int) -> int:
    for j in range(start, len(lines)):
        if lines[j].strip():
            return j
    return len(lines)


def _header_block_at(lines: list[str], i: int) -> bool:
    """An Outlook-style block: `Van:` or `From:` followed by other header lines."""
    if i >= len(lines):
        return False
    first = _HEADER_LINE.match(lines[i])
    if first is None or first.group(1).lower() not in (
        "van",
        "from",
        "datum",
        "date",
        "verzonden",
        "sent",
    ):
        return False
    keys = {_canonical(first.group(1))}
    j = i + 1
    seen_lines = 0
    while j < len(lines) and seen_lines < 8:
        line = lines[j]
        j += 1
        if not line.strip():
            continue
        seen_lines += 1
        found = _HEADER_LINE.match(line)
        if found is None:
            if seen_lines > 1 and len(keys) < 2:
                return False
            continue
        keys.add(_canonical(found.group(1)))
    return len(keys) >= 3 or (len(keys) == 2 and "subject" in keys)


def _canonical(key: str) -> str:
    key = key.lower()
    return {
        "van": "from",
        "verzonden": "date",
        "sent": "date",
        "datum": "date",
        "aan": "to",
        "onderwerp": "subject",
        "beantwoorden aan": "reply-to",
    }.get(key, key)


# Header lines of a returned or pasted message ("Received: from mail.x.nl ..."): machinery,
# not words; "received" there is no receipt.
_RAW_HEADER = re.compile(
    r"^(?:received|return-path|dkim-signature|arc-[\w-]+|x-[\w-]+|authentication-results|"
    r"message-id|mime-version|content-type|content-transfer-encoding|delivered-to|"
    r"in-reply-to|references|thread-index|thread-topic|list-[\w-]+|precedence|"
    r"auto-submitted)\s*:",
    re.I,
)


def _drop_raw_headers(lines: list[str]) -> list[str]:
    out: list[str] = []
    inside = False
    for line in lines:
        if _RAW_HEADER.match(line):
            inside = True
            continue
        if inside and line[:1] in (" ", "\t") and line.strip():
            continue  # a folded continuation of the header above
        inside = False
        out.append(line)
    return out


_WROTE = re.compile(r"schreef|wrote|geschreven|@", re.I)


def _drop_trailing_attribution(lines: list[str]) -> list[str]:
    """A `... wrote:` line left right above removed `>` lines belongs to the quote."""
    out = list(lines)
    while out and not out[-1].strip():
        out.pop()
    if out and out[-1].rstrip().endswith(":") and _WROTE.search(out[-1]):
        out.pop()
    return out


def _drop_disclaimers(lines: list[str]) -> list[str]:
    """Remove each paragraph that is a legal disclaimer or an 'external sender' banner."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    kept = [p for p in paragraphs if p and not _DISCLAIMER_CASELESS.search(" ".join(p))]
    return [line for p in kept for line in [*p, ""]]


def _split_signature(lines: list[str]) -> tuple[list[str], str]:
    for i, line in enumerate(lines):
        if _SIGNATURE_DASHES.match(line) or _SIGN_OFF.match(line):
            return lines[:i], "\n".join(lines[i:]).strip()
    return lines, ""


@dataclass(frozen=True, eq=False)  # one per letter set (cached): identity is equality
class _LetterIndex:
    sentences: frozenset[str]
    shingles: frozenset[tuple[str, ...]]
    lines: frozenset[str]  # each line of the letter, by its words: the sign-off lines too


@lru_cache(maxsize=8)
def _letter_index(letter_texts: tuple[str, ...]) -> _LetterIndex:
    found: set[str] = set()
    shingles: set[tuple[str, ...]] = set()
    lines: set[str] = set()
    for letter in letter_texts:
        lines.update(" ".join(words(line)) for line in letter.splitlines() if words(line))
        for sentence in sentences(letter):
            key = " ".join(words(sentence))
            if len(key) >= 12:
                found.add(key)
        tokens = words(letter)
        shingles.update(tuple(tokens[k : k + _SHINGLE]) for k in range(len(tokens) - _SHINGLE + 1))
    return _LetterIndex(frozenset(found), frozenset(shingles), frozenset(lines))


# Every reply quotes the same letter: its sentences come back thousands of times, and
# tokenising each again is most of what removing them costs.
@lru_cache(maxsize=4096)
def _is_letter_sentence(sentence: str, index: _LetterIndex) -> bool:
    tokens = words(sentence)
    if not tokens:
        return False
    if " ".join(tokens) in index.sentences:
        return True
    # Each run of `_SHINGLE` tokens, and how many of them the letter has (counted in C).
    grams = list(zip(*(tokens[k:] for k in range(_SHINGLE)), strict=False))
    if not grams:
        return False
    hits = sum(map(index.shingles.__contains__, grams))
    return hits / len(grams) >= 0.5


def remove_letter_sentences(text: str, letter_texts: Sequence[str]) -> str:
    """`text` without the sentences it shares with our own letter(s)."""
    if not letter_texts or not text.strip():
        return text
    return _remove_letter_sentences(text, tuple(letter_texts))


@lru_cache(maxsize=4)  # the same message's parts, asked for by its readers in turn
def _remove_letter_sentences(text: str, letter_texts: tuple[str, ...]) -> str:
    index = _letter_index(letter_texts)
    kept = (_paragraph_without_letter(p, index) for p in _PARAGRAPH_BREAK.split(text))
    return "\n\n".join(paragraph for paragraph in kept if paragraph)


# Replies quote our letter paragraph by paragraph, and one mail program wraps it the same way
# each time: a paragraph comes back whole far more often than not, so it is judged once.
@lru_cache(maxsize=1024)
def _paragraph_without_letter(paragraph: str, index: _LetterIndex) -> str:
    """One paragraph (no blank line inside) without our letter's sentences, or ""."""
    lines = [ln for ln in paragraph.split("\n") if ln.strip()]
    if not lines:
        return ""
    # Short lines (greetings, a name above its title) stay lines; prose is judged per
    # sentence.
    # So do a list's items ("7.1 Motie ... - verworpen" / "7.2 Motie ... - aangenomen").
    short = all(len(ln) <= _SHORT_LINE for ln in lines)
    pieces = lines if short or _is_list(lines) else _paragraph_sentences(paragraph)
    remaining = [s.strip() for s in pieces if _has_letter(s) and not _is_letter_sentence(s, index)]
    return "\n".join(remaining) if len(lines) > 1 else " ".join(remaining)


def _paragraph_sentences(paragraph: str) -> list[str]:
    """`text.sentences` of one paragraph (no blank line inside), by plain string methods.

    Once its whitespace is one space between words, a sentence ends at each space that
    follows ".", "!" or "?": `str.replace` finds those in C, where the general splitter's
    look-behind expression walks every character, and that was half of what removing our
    letter from a quote cost.
    """
    joined = " ".join(paragraph.split())
    if not joined:
        return []
    return joined.replace(". ", ".\n").replace("! ", "!\n").replace("? ", "?\n").split("\n")


# A covering note is short: "Ter info.", "FYI, zie M12 hieronder." One that points to
# somebody's answer below it, or names the decision it passes on ("het relevante deel van de
# besluitenlijst"), may say a little more about it (to whom it was sent, when).
_NOTE_WORDS = 12
_REPLY_NOTE_WORDS = 40
_FORWARD_SUBJECT = re.compile(r"\s*(?:(?:re|aw|antw)\s*:\s*)*(?:fw|fwd|wg|doorst)\s*:", re.I)
# Where a letter pasted under the covering note's sign-off begins ("Met vriendelijke groet,
# Griffie X" / "---" / the griffier's letter).
_ENCLOSURE_RULE = re.compile(r"^\s*(?:-{3,}|_{3,}|={3,})\s*$")


def covered_forward(subject: str, split: SplitText, letter_texts: Sequence[str] = ()) -> str:
    """The message a bare covering note points to, or "".

    "Ter info, zie M12 hieronder." above a forwarded decision list says only "read this";
    what it forwards is what the sender tells us. Only that first forwarded message counts
    (not the history below it), without its header block, its sign-off and our letter, and
    only its paragraphs (or, in a list, its items) that name the campaign. Without a forward
    subject, a note that says it sends a letter ("Hierbij ontvangt u een brief van de
    griffier") points to the letter pasted below its own sign-off, after a rule line.
    """
    note = " ".join(words(split.own))
    forward = _FORWARD_SUBJECT.match(subject) is not None
    if not forward and not _SENDS_LETTER.search(note):
        return ""  # most replies: no forward, no letter below the note
    long_note = bool(
        _REPLY_BELOW.search(note)
        or (_SENDS_LETTER.search(note) and _one_sentence(split.own))
        or _DOCUMENT.search(note)
        or _DOCUMENT.search(subject.lower())
    )
    if len(note.split()) > (_REPLY_NOTE_WORDS if long_note else _NOTE_WORDS):
        return ""
    if not (_REPLY_BELOW.search(note) or _COVERING_NOTE.search(note) or _REACTION.fullmatch(note)):
        return ""
    if forward:
        lines = split.quoted.split("\n")
    else:
        # The letter's own reference lines ("Datum:", "Onderwerp:") may have made the rest
        # of it look like quoted history.
        letter = _enclosed_letter(split.signature, letter_texts)
        return letter or _enclosed_letter(
            "\n".join(["", "---", *_first_message(split.quoted.split("\n"))]), letter_texts
        )
    parts = _campaign_parts("\n".join(_first_message(lines)), _about_campaign(lines))
    kept = (remove_letter_sentences(part, letter_texts) for part in parts)
    return "\n\n".join(part for part in kept if part.strip())


def _one_sentence(own: str) -> bool:
    """Below its greeting, the note is one sentence ("Hierbij ontvangt u een brief van de
    griffier."): it only points; a note that says more is read on its own."""
    lines = [line for line in own.split("\n") if line.strip() and not _GREETING.match(line)]
    return len(sentences(" ".join(lines))) <= 1


def _first_message(lines: list[str]) -> list[str]:
    """The body of the first message of a quoted history: no header block, no sign-off,
    nothing of the older history below it."""
    start = 0
    while start < len(lines) and (
        not lines[start].strip()
        or _SEPARATOR.match(lines[start])
        or _RULE_LINE.match(lines[start])  # Outlook's rule above the header block
        or _HEADER_LINE.match(lines[start])
    ):
        start += 1
    body = lines[start:]
    body = body[: _history_start(body)]
    body, _ = _split_signature(body)
    return body


def _enclosed_letter(signature: str, letter_texts: Sequence[str]) -> str:
    """The prose of a letter pasted below the covering note's sign-off, or "".

    The letter starts after a rule line ("---") or after its own greeting ("Geachte
    heer/mevrouw,"); its address block, reference lines and signature are short lines, so
    only paragraphs with a line of prose are read. The letter answers our e-mail: all of its
    prose is read, not only what names the campaign.
    """
    lines = signature.split("\n")
    start = next(
        (
            i + 1
            for i, line in enumerate(lines)
            if i and (_ENCLOSURE_RULE.match(line) or _GREETING.match(line))
        ),
        None,
    )
    if start is None:
        return ""
    body, _ = _split_signature(lines[start:])
    prose = [
        paragraph
        for paragraph in _PARAGRAPH_BREAK.split("\n".join(body))
        if any(
            len(line) > _SHORT_LINE and not _REFERENCE_LINE.match(line)
            for line in paragraph.split("\n")
        )
    ]
    kept = (remove_letter_sentences(part, letter_texts) for part in prose)
    return "\n\n".join(part for part in kept if part.strip())


def _about_campaign(lines: list[str]) -> bool:
    """The forwarded message's own subject line, in its header block, names the campaign
    ("Onderwerp: motie M2026-17 Pleidooi voor gewortelde kinderen")."""
    for line in lines[:12]:
        header = _HEADER_LINE.match(line)
        if header and header.group(1).lower() in ("onderwerp", "subject"):
            return bool(_CAMPAIGN.search(" ".join(words(header.group(2) or ""))))
    return False


def _campaign_parts(text: str, about_campaign: bool = False) -> list[str]:
    """The paragraphs of `text` that name the campaign; in a list, the items that do.

    In a message whose own subject names the campaign, a paragraph of prose that names the
    motion is about it too ("De motie M2026-17 is vanavond ingediend"); a list's items still
    each name the campaign, as the list may hold other motions.

    A greeting above them stays: it says to whom the forwarded note was written. An item
    of a list may run over several lines ("Agendapunt 14: Motie M12 ..." / "Besluit:
    aangenomen"): a line that opens with the label of a result, or is indented, continues
    the item above it.
    """
    kept: list[str] = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        lines = [ln for ln in paragraph.split("\n") if ln.strip()]
        if not kept and len(lines) == 1 and _GREETING.match(lines[0]):
            kept.append(lines[0])
        elif len(lines) > 1 and (all(len(ln) <= _LIST_LINE for ln in lines) or _is_list(lines)):
            kept.extend(item for item in _items(lines) if _CAMPAIGN.search(" ".join(words(item))))
        elif _CAMPAIGN.search(folded := " ".join(words(paragraph))) or (
            about_campaign and _MOTION.search(folded)
        ):
            kept.append(paragraph)
    return kept


def _is_list(lines: list[str]) -> bool:
    """Two or more of `lines` open with an item's number or mark."""
    return sum(bool(_ITEM_MARK.match(ln)) for ln in lines) >= 2


def _items(lines: list[str]) -> list[str]:
    """The items of a list, each continuation line joined to the item above it."""
    items: list[list[str]] = []
    for line in lines:
        if items and _CONTINUATION.match(line) and not _ITEM_MARK.match(line):
            items[-1].append(line)
        else:
            items.append([line])
    return ["\n".join(item) for item in items]


# A letter's reference lines: "Ons kenmerk: RG 26/0931", "Onderwerp: Uw verzoek inzake ...".
_REFERENCE_LINE = re.compile(r"^\s*[\w .-]{2,24}:\s")
# A decision list's line: "M12 Pleidooi voor gewortelde kinderen (GL, D66) - aangenomen".
_LIST_LINE = 120
# What opens a list item: "7.", "9)", "M12", "Agendapunt 14:", "Punt 3", a dash or a bullet.
_ITEM_MARK = re.compile(
    r"^\s*(?:\d{1,3}[.)]|[a-z]?\d{1,3}\b|(?:agenda)?punt \d|item \d|[-*\u2022\u2013|])", re.I
)
# A line that carries on the item above: "Besluit: aangenomen", "   (15 voor, 8 tegen)".
_CONTINUATION = re.compile(
    r"^(?:\s+\S|\s*(?:besluit|besloten|uitslag|stemuitslag|stemming|resultaat|decision|result)"
    r"\s*:)",
    re.I,
)
_COVERING_NOTE = family("covering-note")
_REPLY_BELOW = family("reply-below")
# "Jammer. Jan": a reaction and a name, nothing else.
_REACTION = re.compile(
    rf"(?:{vocabulary_words('forward-reaction')})\b(?: genoeg| zeg| he)?(?: \w+){{0,2}}"
)
_CAMPAIGN = family("campaign-name")
_MOTION = family("motion-noun")
_DOCUMENT = family("decision-document")
_SENDS_LETTER = family("sends-letter")
_GREETING = re.compile(r"^\s*(?:geachte|beste|lieve|hallo|hoi|dear|hi)\b[^.?!]{0,50},\s*$", re.I)

"""Bounded work: what is analysed stays within the caps; the stored raw message stays whole."""

from __future__ import annotations

import random
import tracemalloc

import pytest

from outreach.classify import caps
from outreach.classify.base import ClassifyContext
from outreach.classify.chain import classify
from outreach.classify.message import parse_message
from outreach.inbox.headers import read_headers
from tests.torture.hostile import KINDS, encoded_word_giant, hostile_messages

GIANT_FROM = encoded_word_giant(1, random.Random(1))


class TestCaps:
    """Each cap cuts what is over it and says so; what is under it passes unchanged."""

    def test_a_normal_message_is_not_touched(self) -> None:
        raw = b"From: a@b.nl\r\nSubject: hallo\r\n\r\nbody\r\n"
        assert caps.cap_message(raw) == caps.Capped(raw, ())

    def test_encoded_words_are_cut_at_the_cap(self) -> None:
        capped = caps.cap_message(GIANT_FROM)
        assert "encoded words" in capped.over
        head = caps.split_head(capped.raw)[0]
        assert head.count(b"=?utf-8?q?a?=") <= caps.MAX_ENCODED_WORDS
        assert len(GIANT_FROM) > 600_000  # the input itself is left alone

    def test_header_count(self) -> None:
        raw = b"".join(b"X-%d: v\r\n" % n for n in range(2000)) + b"\r\nbody"
        capped = caps.cap_message(raw)
        assert "header count" in capped.over
        assert caps.split_head(capped.raw)[0].count(b"\r\n") == caps.MAX_HEADER_FIELDS

    def test_nested_comments_are_flattened(self) -> None:
        raw = b"From: " + b"(" * 5000 + b")" * 5000 + b" <a@b.nl>\r\n\r\n"
        capped = caps.cap_message(raw)
        assert "comment nesting" in capped.over
        assert capped.raw.count(b"(") == caps.MAX_COMMENT_DEPTH

    @pytest.mark.parametrize(
        ("kind", "cap"), [("deep-mime", "MIME depth"), ("many-parts", "MIME parts")]
    )
    def test_mime_depth_and_parts(self, kind: str, cap: str) -> None:
        raw = KINDS[kind](3, random.Random(3))
        assert cap in caps.cap_message(raw).over
        parsed = parse_message(raw)
        assert cap in parsed.over_caps
        assert parsed.raw == raw


class TestHeadersNeverRaise:
    """Fault 1: one header used to stop the inbox for good; now it is read around."""

    def test_nested_parentheses_from(self) -> None:
        raw = b"From: " + b"(" * 600 + b"x" + b")" * 600 + b" <g@ede.nl>\r\nSubject: s\r\n\r\nb"
        facts = read_headers(raw)
        assert facts.parse_error is None
        assert facts.subject == "s"

    @pytest.mark.parametrize("byte", [b"\x00", b"\x80"])
    def test_nul_or_8bit_in_an_encoded_word_charset(self, byte: bytes) -> None:
        raw = b"From: a@b.nl\r\nSubject: =?utf-8" + byte + b"?q?motie?=\r\n\r\nb"
        facts = read_headers(raw)
        assert facts.parse_error is None
        assert facts.from_address == "a@b.nl"
        assert facts.subject is not None
        assert "\x00" not in facts.subject

    def test_every_hostile_kind_parses_and_classifies(self) -> None:
        for kind, raw in hostile_messages(len(KINDS) * 2, seed=3):
            facts = read_headers(raw)
            assert facts.parse_error is None or kind == "binary-garbage", kind
            if facts.parse_error is None:
                classify(parse_message(raw), ClassifyContext())


class TestBoundedWork:
    """Fault 4: a From of 50,000 encoded words once took 26 s and 11 GB; now a few MB."""

    def test_giant_from_is_flagged_and_stays_small(self) -> None:
        tracemalloc.start()
        try:
            facts = read_headers(GIANT_FROM)
            parsed = parse_message(GIANT_FROM)
            classify(parsed, ClassifyContext())
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert "encoded words" in facts.over_caps
        assert "encoded words" in parsed.over_caps
        assert peak < 100 * 1024 * 1024


@pytest.mark.parametrize(
    "raw",
    [
        b"A: 1\nB: 2\n\nbody\r\n\r\nmore",
        b"A: 1\r\nB: 2\r\n\r\nbody\n\nmore",
        b"A: 1\nB: 2\r\n\r\nbody\n\nmore",
        b"A: 1\r\nB: 2\n\nbody\r\n\r\nmore",
        b"A: 1\r\n\nbody",
        b"A: 1\n\r\n\r\nbody",
        b"A: 1\nB: 2",
        b"A: 1\r\nB: 2\r\n",
        b"\nbody",
    ],
)
def test_the_header_block_ends_at_the_first_blank_line_of_either_kind(raw: bytes) -> None:
    found = ((raw.find(b"\r\n\r\n"), 2), (raw.find(b"\n\n"), 1))
    cut = min((at + keep for at, keep in found if at >= 0), default=len(raw))
    if raw.startswith((b"\r\n", b"\n")):
        cut = 0
    assert caps.split_head(raw) == (raw[:cut], raw[cut:])

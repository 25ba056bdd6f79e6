"""Who sent it: one table of headers and what our receiving server's results say."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.message import parse_message
from outreach.classify.origin import (
    AuthResults,
    OriginContext,
    aligned,
    origin_review_reason,
    read_auth_results,
)
from outreach.matching import Evidence, MatchResult

GOOGLE = "mx.google.com"

AUTH_CASES = [
    (
        [
            (
                "Authentication-Results",
                "mx.google.com;\r\n dkim=pass header.i=@ede.nl header.s=s1 header.b=abc;\r\n"
                " spf=pass (google.com: domain of g@ede.nl designates 1.2.3.4 as permitted "
                "sender) smtp.mailfrom=g@ede.nl;\r\n dmarc=pass (p=NONE sp=NONE dis=NONE) "
                "header.from=ede.nl",
            )
        ],
        AuthResults(True, frozenset({"ede.nl"}), "ede.nl", "pass", "ede.nl"),
    ),
    (
        [("Authentication-Results", "mx.other.example; dmarc=pass header.from=ede.nl")],
        AuthResults(),
    ),
    (
        [
            ("Authentication-Results", "mx.google.com; dmarc=fail header.from=ede.nl"),
            ("Authentication-Results", "mx.google.com; dmarc=pass header.from=ede.nl"),
        ],
        AuthResults(True, dmarc="fail", dmarc_from="ede.nl"),
    ),
    ([("Subject", "geen resultaten")], AuthResults()),
]


@pytest.mark.parametrize(("headers", "expected"), AUTH_CASES)
def test_read_auth_results(headers: list[tuple[str, str]], expected: AuthResults) -> None:
    assert read_auth_results(headers, authserv_id=GOOGLE) == expected


def test_alignment_is_relaxed() -> None:
    assert aligned("mail.ede.nl", "ede.nl")
    assert aligned("ede.nl", "EDE.NL")
    assert not aligned("ede.nl.evil.example", "ede.nl")
    assert not aligned("", "ede.nl")


def message(sender: str, auth: str | None = None) -> bytes:
    head = f"Authentication-Results: {auth}\r\n" if auth else ""
    return (
        f"{head}From: {sender}\r\nSubject: s\r\nMessage-ID: <m@x>\r\n\r\nDe motie.\r\n"
    ).encode()


def match(*kinds: str) -> MatchResult:
    evidence = [Evidence(kind, "v", "GM0228", 0.9) for kind in kinds]
    return MatchResult("GM0228", 0.9, evidence, ["GM0228"])


PASS = "mx.google.com; dkim=pass header.d=ede.nl; dmarc=pass header.from=ede.nl"
FAIL = "mx.google.com; dmarc=fail header.from=ede.nl"
NONE = "mx.google.com; spf=none smtp.mailfrom=ede.nl; dmarc=none"

REASON_CASES = [
    # (sender, auth header, evidence kinds, label, expected reason fragment or None)
    ("g@ede.nl", PASS, ("sender-address",), Label.MOTION_ADOPTED, None),
    ("g@ede.nl", None, ("sender-domain",), Label.DECLINED, None),
    ("g@ede.nl", FAIL, ("sender-address", "message-id"), Label.OPT_OUT, "dmarc=fail"),
    ("g@ede.nl", NONE, ("sender-address",), Label.FORWARDED, "could not be verified"),
    ("g@ede.nl", NONE, ("sender-address", "message-id"), Label.FORWARDED, None),
    ("x@gmail.com", None, ("name-own-context",), Label.MOTION_ADOPTED, "not a known address"),
    ("x@gmail.com", None, ("message-id",), Label.MOTION_ADOPTED, None),
    ("x@gmail.com", None, ("name-own-context",), Label.QUESTION, None),  # changes no state
    ("x@gmail.com", None, ("name-own-context",), Label.AUTO_REPLY, None),
]


@pytest.mark.parametrize(("sender", "auth", "kinds", "label", "expected"), REASON_CASES)
def test_origin_review_reason(
    sender: str, auth: str | None, kinds: tuple[str, ...], label: Label, expected: str | None
) -> None:
    parsed = parse_message(message(sender, auth))
    reason = origin_review_reason(parsed, label, match(*kinds), OriginContext())
    if expected is None:
        assert reason is None
    else:
        assert expected in (reason or "")

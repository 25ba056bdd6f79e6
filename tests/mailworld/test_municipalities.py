"""The mail world's simulated municipalities: what they send back, and how often."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import parseaddr

import pytest

from outreach.compose.letter import Composer, message_bytes, to_mime
from outreach.contacts.importer import default_contacts_file
from outreach.mailworld.municipalities import (
    HUMAN_KINDS,
    SHARES,
    DemoResponder,
    Kind,
    letter_info,
    respond,
)
from outreach.settings import CampaignSettings
from outreach.store.models import Municipality

FIXED = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)


def shipped() -> list[dict[str, str]]:
    with default_contacts_file().open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = shipped()
WITH_ADDRESS = [row for row in ROWS if row["email"]]


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer(CampaignSettings(token_secret="s", name="kinderpardon-demo"))


@pytest.fixture
def responder() -> DemoResponder:
    return DemoResponder(clock=lambda: FIXED)


def letter_to(composer: Composer, row: dict[str, str], step: str = "letter") -> EmailMessage:
    municipality = Municipality(
        cbs_code=row["cbs_code"], name=row["name"], province=row["province"], email=row["email"]
    )
    raw = message_bytes(to_mime(composer.compose(municipality, step=step), composer.campaign))
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def parse(raw: bytes) -> EmailMessage:
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def plain(message: EmailMessage) -> str:
    """The text part, with the wire's CRLF line ends made plain newlines."""
    body = message.get_body(("plain",))
    assert isinstance(body, EmailMessage)
    return str(body.get_content()).replace("\r\n", "\n")


def row_for(responder: DemoResponder, kind: Kind | None) -> dict[str, str]:
    return next(row for row in WITH_ADDRESS if responder.outcome(row["cbs_code"]) is kind)


def row_with_plan(responder: DemoResponder, plan: list[Kind]) -> dict[str, str]:
    return next(row for row in WITH_ADDRESS if responder.plan(row["cbs_code"]) == plan)


class TestDistribution:
    """Over the shipped list the outcomes follow SHARES, every label appearing."""

    def test_shares_add_up(self) -> None:
        assert sum(share for _, share in SHARES) == 1000

    def test_every_kind_present(self, responder: DemoResponder) -> None:
        outcomes = Counter(responder.outcome(row["cbs_code"]) for row in WITH_ADDRESS)
        assert set(Kind) <= set(outcomes)
        assert outcomes[Kind.RECEIPT] / len(WITH_ADDRESS) == pytest.approx(0.35, abs=0.01)
        assert 0.13 <= outcomes[None] / len(WITH_ADDRESS) <= 0.17

    def test_all_342_codes_have_an_outcome_spread(self, responder: DemoResponder) -> None:
        outcomes = Counter(responder.outcome(row["cbs_code"]) for row in ROWS)
        assert len(ROWS) == 342
        for kind, share in SHARES:
            assert abs(outcomes[kind] - share * len(ROWS) / 1000) <= 6, kind

    def test_some_people_answer_after_a_receipt(self, responder: DemoResponder) -> None:
        plans = [responder.plan(row["cbs_code"]) for row in WITH_ADDRESS]
        both = [plan for plan in plans if len(plan) == 2]
        assert both
        assert all(plan[0] is Kind.RECEIPT and plan[1].human for plan in both)

    def test_unknown_codes_fall_back_to_a_hash(self) -> None:
        small = DemoResponder(population=["GM0344"])
        assert small.outcome("GM9999") is small.outcome("gm9999")


class TestDeterminism:
    """The same letter brings back the same kinds and text; only Date and Message-ID differ."""

    def test_same_letter_same_replies(self, composer: Composer, responder: DemoResponder) -> None:
        row = row_for(responder, Kind.MOTION_ADOPTED)
        first = [parse(raw) for raw in responder(letter_to(composer, row))]
        again = [parse(raw) for raw in DemoResponder(clock=lambda: FIXED)(letter_to(composer, row))]
        assert [str(m["Subject"]) for m in first] == [str(m["Subject"]) for m in again]
        assert [plain(m) for m in first] == [plain(m) for m in again]
        assert {m["Message-ID"] for m in first}.isdisjoint(m["Message-ID"] for m in again)

    def test_seed_changes_who_does_what(self) -> None:
        codes = [row["cbs_code"] for row in WITH_ADDRESS]
        one, other = DemoResponder(), DemoResponder(seed="another demo")
        assert [one.outcome(c) for c in codes] != [other.outcome(c) for c in codes]

    def test_silent_municipality_sends_nothing(
        self, composer: Composer, responder: DemoResponder
    ) -> None:
        assert responder(letter_to(composer, row_for(responder, None))) == []

    def test_foreign_message_is_ignored(self) -> None:
        message = EmailMessage()
        message["Message-ID"] = "<something@example.org>"
        message["To"] = "gemeente@utrecht.nl"
        assert respond(message) == []


class TestEveryKind:
    """Each kind of reply is valid mail that parses cleanly and names the municipality's domain."""

    @pytest.mark.parametrize("kind", list(Kind))
    def test_parses_cleanly(self, composer: Composer, responder: DemoResponder, kind: Kind) -> None:
        row = row_for(responder, kind)
        letter = letter_to(composer, row)
        replies = [parse(raw) for raw in responder(letter)]
        assert replies
        domain = row["email"].rpartition("@")[2].lower()
        for reply in replies:
            assert not [defect for part in reply.walk() for defect in part.defects]
            assert reply["Date"].datetime == FIXED
            assert reply["Message-ID"]
            sender = reply["From"].addresses[0].domain
            assert sender == ("googlemail.com" if kind.name.startswith("BOUNCE") else domain)
        last = replies[-1]
        if kind not in {Kind.BOUNCE_HARD, Kind.BOUNCE_SOFT}:
            assert last["Message-ID"].endswith(f"@{domain}>")
            text = plain(last)
            assert text.count("\n") >= 2  # a real message with a closing, not an empty part
            assert row["name"] in text or kind in {Kind.OUT_OF_OFFICE, Kind.VAGUE}

    def test_non_ascii_name_round_trips(self, composer: Composer, responder: DemoResponder) -> None:
        row = {"cbs_code": "GM1900", "name": "Súdwest-Fryslân", "province": "Fryslân",
               "email": "info@sudwestfryslan.nl"}  # fmt: skip
        letter = letter_to(composer, row)
        info = letter_info(letter)
        assert info is not None
        assert info.gemeente == "Súdwest-Fryslân"
        for raw in responder(letter):
            raw.decode("ascii")  # headers and bodies are encoded, as on the wire
            assert b"\r\n" in raw


class TestBounces:
    """Bounces are Gmail's RFC 3464 reports that carry our letter's headers back."""

    @pytest.mark.parametrize(
        ("kind", "action", "status"),
        [(Kind.BOUNCE_HARD, "failed", "5.1.1"), (Kind.BOUNCE_SOFT, "delayed", "4.4.1")],
    )
    def test_report(
        self, composer: Composer, responder: DemoResponder, kind: Kind, action: str, status: str
    ) -> None:
        row = row_for(responder, kind)
        letter = letter_to(composer, row)
        (raw,) = responder(letter)
        report = parse(raw)
        assert report.get_content_type() == "multipart/report"
        assert report.get_param("report-type") == "delivery-status"
        assert report["From"].addresses[0].addr_spec == "mailer-daemon@googlemail.com"
        assert report["To"] == "kinderpardonnu@gmail.com"
        parts = {part.get_content_type(): part for part in report.iter_parts()}
        blocks = parts["message/delivery-status"].get_payload()
        assert isinstance(blocks, list)
        recipient = blocks[1]
        assert isinstance(recipient, Message)
        assert recipient["Final-Recipient"] == f"rfc822; {row['email']}"
        assert (recipient["Action"], recipient["Status"]) == (action, status)
        assert recipient["Diagnostic-Code"].startswith(f"smtp; {status[0]}")
        returned = parts["text/rfc822-headers"].get_content()
        assert f"Message-ID: {letter['Message-ID']}" in returned

    def test_hard_bounce_repeats_on_reminder(
        self, composer: Composer, responder: DemoResponder
    ) -> None:
        row = row_for(responder, Kind.BOUNCE_HARD)
        reminder = letter_to(composer, row, step="reminder-1")
        (raw,) = responder(reminder)
        assert reminder["Message-ID"] in parse(raw).get_payload()[2].get_content()  # type: ignore[index, union-attr]


class TestAutomatic:
    """Receipts and out-of-office replies mark themselves as automatic."""

    def test_receipt(self, composer: Composer, responder: DemoResponder) -> None:
        row = row_for(responder, Kind.RECEIPT)
        (raw,) = responder(letter_to(composer, row))
        receipt = parse(raw)
        assert receipt["Auto-Submitted"] == "auto-generated"
        assert receipt["From"].addresses[0].username == "noreply"
        text = receipt.get_content()
        assert "kenmerk" in text or "zaaknummer" in text

    def test_out_of_office(self, composer: Composer, responder: DemoResponder) -> None:
        row = row_for(responder, Kind.OUT_OF_OFFICE)
        (raw,) = responder(letter_to(composer, row))
        reply = parse(raw)
        assert reply["Auto-Submitted"] == "auto-replied"
        assert str(reply["Subject"]).startswith("Automatisch antwoord:")
        assert any(name.startswith("X-MS-Exchange-") for name in reply.keys())  # noqa: SIM118
        assert "Geachte fractievoorzitters" not in plain(reply)

    def test_redirect_names_the_griffie(self, composer: Composer, responder: DemoResponder) -> None:
        row = row_for(responder, Kind.REDIRECT)
        (raw,) = responder(letter_to(composer, row))
        domain = row["email"].rpartition("@")[2].lower()
        assert f"griffie@{domain}" in parse(raw).get_content()


class TestHumanReplies:
    """People answer our reply address, in the letter's thread, quoting it."""

    @pytest.mark.parametrize("kind", sorted(HUMAN_KINDS))
    def test_threaded_to_reply_address(
        self, composer: Composer, responder: DemoResponder, kind: Kind
    ) -> None:
        row = row_for(responder, kind)
        letter = letter_to(composer, row)
        reply = parse(responder(letter)[-1])
        assert reply["In-Reply-To"] == letter["Message-ID"]
        assert reply["References"] == letter["Message-ID"]
        # Without a Reply-To (the default) a reply goes to the letter's From address.
        assert reply["To"] == (letter["Reply-To"] or parseaddr(letter["From"])[1])
        assert "Auto-Submitted" not in reply
        assert str(reply["Subject"]).lower().startswith(("re:", "antw:"))
        text = plain(reply)
        assert "Van: KinderpardonNU" in text or "schreef KinderpardonNU" in text
        assert reply.get_body(("html",)) is not None

    def test_receipt_then_person(self, composer: Composer, responder: DemoResponder) -> None:
        row = next(
            row for row in WITH_ADDRESS
            if (plan := responder.plan(row["cbs_code"]))[:1] == [Kind.RECEIPT] and len(plan) == 2
        )  # fmt: skip
        receipt, person = (parse(raw) for raw in responder(letter_to(composer, row)))
        assert receipt["Auto-Submitted"] == "auto-generated"
        assert "Auto-Submitted" not in person

    def test_wording_varies(self, composer: Composer, responder: DemoResponder) -> None:
        rows = [row for row in WITH_ADDRESS if responder.outcome(row["cbs_code"]) is Kind.FORWARDED]
        openings = {
            plain(parse(responder(letter_to(composer, row))[-1])).split("\n\n")[1]
            for row in rows[:12]
        }
        assert len(openings) >= 3

    def test_reminder_mostly_brings_an_apology(
        self, composer: Composer, responder: DemoResponder
    ) -> None:
        plans = [responder.plan(row["cbs_code"], "reminder-1") for row in WITH_ADDRESS]
        forwards = sum(Kind.FORWARDED in plan for plan in plans)
        assert forwards / len(plans) > 0.5
        row = next(
            row for row, plan in zip(WITH_ADDRESS, plans, strict=True) if plan == [Kind.FORWARDED]
        )
        reminder = letter_to(composer, row, step="reminder-1")
        (raw,) = responder(reminder)
        reply = parse(raw)
        assert reply["In-Reply-To"] == reminder["Message-ID"]
        assert reply["References"].split() == [reminder["In-Reply-To"], reminder["Message-ID"]]
        text = plain(reply)
        assert "doorgestuurd" in text or "doorgezet" in text

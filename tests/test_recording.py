"""Recording what analysis found: statuses, the review queue, own copies, parked messages."""

from __future__ import annotations

import hashlib
from email.message import EmailMessage

import pytest
from sqlmodel import select

from outreach.compose.letter import Composer
from outreach.errors import OperatorError
from outreach.recording import process_pending
from outreach.review import mark_answered, pending, resolve, to_answer
from outreach.status import set_state
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality, SenderAssignment
from tests.fixtures.store import Campaign
from tests.fixtures.store import store_raw as store


def reply(
    campaign: Campaign, code: str | None, text: str, *, sender: str, subject: str = "RE: Verzoek"
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "kinderpardonnu@gmail.com"
    message["Subject"] = subject
    message["Message-ID"] = f"<{hashlib.sha256(text.encode()).hexdigest()}@example.org>"
    if code is not None:
        message["In-Reply-To"] = Composer(campaign.settings.campaign).message_id(code, "letter")
    message.set_content(text)
    return message.as_bytes()


def received(
    campaign: Campaign, code: str | None, text: str, *, sender: str, subject: str = "RE: Verzoek"
) -> int:
    """A reply to `code`'s letter, stored and processed as a poll would; its message id."""
    mid = store(campaign, reply(campaign, code, text, sender=sender, subject=subject))
    process_pending(engine=campaign.engine, settings=campaign.settings)
    return mid


def mark_sent(campaign: Campaign, *codes: str) -> None:
    with transaction(campaign.engine) as session:
        for code in codes:
            m = session.get(Municipality, code)
            assert m is not None
            set_state(session, m, "sent", cause="test")


def municipality(campaign: Campaign, code: str) -> Municipality:
    with transaction(campaign.engine) as session:
        m = session.get(Municipality, code)
        assert m is not None
        return m


def message(campaign: Campaign, message_id: int) -> IncomingMessage:
    with transaction(campaign.engine) as session:
        m = session.get(IncomingMessage, message_id)
        assert m is not None
        return m


class TestProcessing:
    """A clear reply moves its municipality; unsure ones wait for a person."""

    def test_forwarded_reply_moves_the_state(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        text = (
            "Geachte heer, mevrouw,\n\nUw mail is doorgestuurd aan de fractievoorzitters.\n\n"
            "Met vriendelijke groet,\nGriffie Utrecht\n"
        )
        mid = store(campaign, reply(campaign, "GM0344", text, sender="griffie@utrecht.nl"))
        assert process_pending(engine=campaign.engine, settings=campaign.settings) == 1
        stored = message(campaign, mid)
        assert (stored.label, stored.cbs_code, stored.review_state) == (
            "forwarded",
            "GM0344",
            "none",
        )
        assert stored.reasons
        assert stored.match_evidence
        assert municipality(campaign, "GM0344").state == "forwarded"
        assert process_pending(engine=campaign.engine, settings=campaign.settings) == 0

    def test_unmatched_reply_goes_to_review(self, campaign: Campaign) -> None:
        text = "Beste,\n\nDe motie is ingediend en staat op de agenda van de raad.\n\nGroet, Piet\n"
        mid = store(
            campaign, reply(campaign, None, text, sender="piet@example.net", subject="motie")
        )
        process_pending(engine=campaign.engine, settings=campaign.settings)
        stored = message(campaign, mid)
        assert stored.cbs_code is None
        assert stored.review_state == "pending"
        assert [m.id for m in pending(campaign.engine)] == [mid]

    def test_broken_message_is_kept_for_review(self, campaign: Campaign) -> None:
        mid = store(campaign, b"\x00\x01 not a mail at all \xff")
        process_pending(engine=campaign.engine, settings=campaign.settings)
        stored = message(campaign, mid)
        assert stored.raw == b"\x00\x01 not a mail at all \xff"
        assert stored.review_state == "pending"


class TestReview:
    """A resolution updates the status and teaches matching the sender."""

    def test_resolve_assigns_and_remembers(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0014", "GM0153")
        text = "Beste,\n\nDe motie is ingediend en staat op de agenda van de raad.\n\nGroet, Piet\n"
        first = store(
            campaign, reply(campaign, None, text, sender="piet@example.net", subject="motie")
        )
        process_pending(engine=campaign.engine, settings=campaign.settings)
        resolve(
            campaign.engine,
            first,
            label="motion_submitted",
            municipality="gm0014",
            note="Piet is raadslid",
        )
        assert municipality(campaign, "GM0014").state == "motion_submitted"
        assert message(campaign, first).review_state == "resolved"
        with transaction(campaign.engine) as session:
            assert session.get(SenderAssignment, "piet@example.net") is not None
        again = "Beste,\n\nDe motie is aangenomen met 20 stemmen voor en 5 tegen.\n\nGroet, Piet\n"
        second = store(
            campaign, reply(campaign, None, again, sender="piet@example.net", subject="motie")
        )
        process_pending(engine=campaign.engine, settings=campaign.settings)
        assert message(campaign, second).cbs_code == "GM0014"
        assert municipality(campaign, "GM0014").state == "motion_adopted"

    def test_operator_label_is_recorded_in_history(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0153")
        text = "Interessant, we kijken ernaar.\n"
        mid = received(campaign, "GM0153", text, sender="griffie@enschede.nl")
        resolve(campaign.engine, mid, label="forwarded", note="belde griffie")
        assert municipality(campaign, "GM0153").state == "forwarded"
        from outreach.store.models import StatusEvent

        with transaction(campaign.engine) as session:
            last = session.exec(select(StatusEvent).where(StatusEvent.cbs_code == "GM0153")).all()[
                -1
            ]
        assert last.actor.startswith("operator")
        assert last.incoming_id == mid


def our_letter(campaign: Campaign, code: str, *, to: str | None = None) -> bytes:
    """A copy of the letter as Gmail keeps it in Sent and All Mail."""
    from outreach.compose.letter import message_bytes, to_mime

    composer = Composer(campaign.settings.campaign)
    letter = composer.compose(municipality(campaign, code))
    return message_bytes(to_mime(letter, campaign.settings.campaign, to=to))


def record_outgoing(campaign: Campaign, code: str) -> int:
    from outreach.store.models import OutgoingMessage

    composer = Composer(campaign.settings.campaign)
    letter = composer.compose(municipality(campaign, code))
    with transaction(campaign.engine) as session:
        row = OutgoingMessage(
            cbs_code=code,
            step="letter",
            state="sent",
            message_id=letter.message_id,
            to_address=letter.to_address,
            subject=letter.subject,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


class TestOwnMail:
    """Copies of our own letters are ours: linked, never classified, never in review."""

    def test_copy_of_a_sent_letter_is_linked(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        outgoing = record_outgoing(campaign, "GM0344")
        mid = store(campaign, our_letter(campaign, "GM0344"))
        process_pending(engine=campaign.engine, settings=campaign.settings)
        stored = message(campaign, mid)
        assert (stored.own_copy, stored.outgoing_id, stored.label) == (True, outgoing, None)
        assert stored.review_state == "none"
        assert pending(campaign.engine) == []
        assert municipality(campaign, "GM0344").state == "sent"
        assert process_pending(engine=campaign.engine, settings=campaign.settings) == 0

    def test_our_message_id_without_a_record_is_still_ours(self, campaign: Campaign) -> None:
        mid = store(campaign, our_letter(campaign, "GM0014"))
        process_pending(engine=campaign.engine, settings=campaign.settings)
        stored = message(campaign, mid)
        assert stored.own_copy
        assert stored.outgoing_id is None
        assert pending(campaign.engine) == []

    def test_reply_with_our_address_in_cc_is_a_reply(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        record_outgoing(campaign, "GM0344")
        text = "Geachte heer, mevrouw,\n\nUw mail is doorgestuurd aan de fractievoorzitters.\n"
        raw = reply(campaign, "GM0344", text, sender="griffie@utrecht.nl")
        raw = raw.replace(b"To: ", b"Cc: kinderpardonnu@gmail.com\nTo: ", 1)
        mid = store(campaign, raw)
        process_pending(engine=campaign.engine, settings=campaign.settings)
        stored = message(campaign, mid)
        assert not stored.own_copy
        assert stored.label == "forwarded"
        assert municipality(campaign, "GM0344").state == "forwarded"


class TestPoisonMessage:
    """One message that cannot be recorded is parked; the others, and later passes, go on."""

    def test_one_bad_among_fifty_good(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        text = "Geachte heer, mevrouw,\n\nUw mail is doorgestuurd aan de fractievoorzitters.\n"
        good = [
            store(
                campaign, reply(campaign, "GM0344", f"{text}\nKenmerk {n}\n", sender="g@utrecht.nl")
            )
            for n in range(25)
        ]
        # Zwolle's domain matches a municipality that is not in this store.
        poison = store(
            campaign, reply(campaign, None, text, sender="griffie@zwolle.nl", subject="Zwolle")
        )
        good += [
            store(
                campaign, reply(campaign, "GM0344", f"{text}\nNummer {n}\n", sender="g@utrecht.nl")
            )
            for n in range(25)
        ]
        assert process_pending(engine=campaign.engine, settings=campaign.settings) == 51
        labels = {message(campaign, m).label for m in good}
        assert labels == {"forwarded"}
        parked = message(campaign, poison)
        assert parked.review_state == "pending"
        assert parked.parse_error is not None
        assert "could not be processed" in parked.parse_error
        assert parked.review_reason == "could not be processed (see the error)"
        assert [m.id for m in pending(campaign.engine)] == [poison]
        assert process_pending(engine=campaign.engine, settings=campaign.settings) == 0


class TestQuestionsToAnswer:
    """A question outreach is sure of is a task for a volunteer, not a doubt to review."""

    def test_a_clear_question_waits_for_an_answer_not_for_review(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        text = "Wat bedoelt u precies met gewortelde kinderen?\n\nGriffie Utrecht\n"
        mid = received(campaign, "GM0344", text, sender="griffie@utrecht.nl")
        stored = message(campaign, mid)
        assert (stored.label, stored.review_state) == ("question", "to_answer")
        assert pending(campaign.engine) == []
        assert [m.id for m in to_answer(campaign.engine)] == [mid]
        assert municipality(campaign, "GM0344").open_question is True
        mark_answered(campaign.engine, mid, note="gebeld")
        assert message(campaign, mid).review_state == "resolved"
        assert message(campaign, mid).review_note == "gebeld"
        assert to_answer(campaign.engine) == []
        assert municipality(campaign, "GM0344").open_question is False

    def test_a_waiting_question_relabelled_is_settled(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        text = "Wie zit er achter KinderpardonNU?\n"
        mid = received(campaign, "GM0344", text, sender="griffie@utrecht.nl")
        resolve(campaign.engine, mid, label="question", municipality="GM0014")
        assert message(campaign, mid).review_state == "to_answer"  # still to answer
        assert municipality(campaign, "GM0344").open_question is False
        assert municipality(campaign, "GM0014").open_question is True
        resolve(campaign.engine, mid, label="acknowledged")
        assert message(campaign, mid).review_state == "resolved"
        assert municipality(campaign, "GM0014").open_question is False

    def test_the_open_question_stays_while_another_waits(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        first, second = (
            store(campaign, reply(campaign, "GM0344", text, sender="griffie@utrecht.nl"))
            for text in ("Wie zit er achter KinderpardonNU?\n", "Heeft u een KvK-nummer?\n")
        )
        process_pending(engine=campaign.engine, settings=campaign.settings)
        assert {m.id for m in to_answer(campaign.engine)} == {first, second}
        mark_answered(campaign.engine, first)
        assert municipality(campaign, "GM0344").open_question is True

    def test_a_request_put_as_a_question_to_write_elsewhere_is_a_redirect(
        self, campaign: Campaign
    ) -> None:
        # "Wilt u ... naar <address> sturen?" asks us to write elsewhere: a redirect with its
        # new address, not a question waiting for our answer.
        mark_sent(campaign, "GM0344")
        text = "Dit adres is voor inwoners. Wilt u uw bericht naar griffie@utrecht.nl sturen?\n"
        mid = received(campaign, "GM0344", text, sender="info@utrecht.nl")
        stored = message(campaign, mid)
        assert (stored.label, stored.review_state) == ("redirect", "none")
        assert municipality(campaign, "GM0344").open_question is False

    def test_a_plan_with_a_question_moves_the_state_and_waits_for_an_answer(
        self, campaign: Campaign
    ) -> None:
        mark_sent(campaign, "GM0344")
        text = (
            "Wij willen de motie op 9 november indienen. Kunt u ons de contacten in Zeist geven?\n"
        )
        mid = received(campaign, "GM0344", text, sender="griffie@utrecht.nl")
        stored = message(campaign, mid)
        assert (stored.label, stored.review_state) == ("motion_planned", "to_answer")
        utrecht = municipality(campaign, "GM0344")
        assert (utrecht.state, utrecht.open_question) == ("motion_planned", True)
        mark_answered(campaign.engine, mid)
        assert municipality(campaign, "GM0344").open_question is False

    def test_a_forward_with_a_question_goes_to_review(self, campaign: Campaign) -> None:
        # "Before we pass it on: who are you?" A griffie often asks before it forwards.
        mark_sent(campaign, "GM0344")
        text = (
            "Wij hebben uw brief doorgestuurd naar de fractievoorzitters. Kunt u ons nog "
            "laten weten wie er achter KinderpardonNU zit?\n"
        )
        mid = received(campaign, "GM0344", text, sender="griffie@utrecht.nl")
        stored = message(campaign, mid)
        assert (stored.label, stored.review_state) == ("forwarded", "pending")
        assert "asks a question" in (stored.review_reason or "")
        assert municipality(campaign, "GM0344").state == "sent"

    def test_only_a_waiting_question_can_be_marked_answered(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        text = "Wij hebben uw brief doorgestuurd naar de fractievoorzitters.\n"
        mid = received(campaign, "GM0344", text, sender="griffie@utrecht.nl")
        with pytest.raises(OperatorError, match="not a question waiting"):
            mark_answered(campaign.engine, mid)


class TestResultsElsewhere:
    """A motion result read from words that name another town waits for a person."""

    def test_a_neighbours_adoption_is_not_decided_alone(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0228")
        text = (
            "De motie van Utrecht en Groningen is al aangenomen, dat helpt ons. "
            "Wij gaan hem hier ook voorbereiden.\n"
        )
        mid = received(campaign, "GM0228", text, sender="griffie@ede.nl")
        stored = message(campaign, mid)
        assert stored.review_state == "pending"
        assert "name Groningen, Utrecht" in (stored.review_reason or "")
        assert municipality(campaign, "GM0228").state == "sent"

    def test_the_senders_own_adoption_acts(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0228")
        text = "De gemeenteraad van Ede heeft de motie gisteravond aangenomen.\n"
        mid = received(campaign, "GM0228", text, sender="griffie@ede.nl")
        assert message(campaign, mid).review_state == "none"
        assert municipality(campaign, "GM0228").state == "motion_adopted"

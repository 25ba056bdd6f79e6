"""What goes to review and why, read end to end: stored mail, processed, the state it leaves."""

from __future__ import annotations

import hashlib
from email.message import EmailMessage

import pytest
from sqlmodel import col, select

from outreach.compose.letter import Composer
from outreach.recording import process_pending
from outreach.status import OWN_POSITION, set_state
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality
from tests.fixtures.store import Campaign
from tests.fixtures.store import store_raw as store

GMAIL_PASS = "mx.google.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com"
SIGNED = "\n\nMet vriendelijke groet,\nHenk de Vries\nfractievoorzitter SP Utrecht\n"
PLANNED = "Beste mensen,\n\nWij gaan bij de begroting een motie over gewortelde kinderen indienen."
ADOPTED = "Beste mensen,\n\nDe motie over gewortelde kinderen is gisteravond aangenomen."


def mail(
    text: str,
    *,
    sender: str,
    subject: str,
    auth: str | None = GMAIL_PASS,
    headers: dict[str, str] | None = None,
) -> bytes:
    message = EmailMessage()
    if auth:
        message["Authentication-Results"] = auth
    message["From"] = sender
    message["To"] = "kinderpardonnu@gmail.com"
    message["Subject"] = subject
    for name, value in (headers or {}).items():
        message[name] = value
    message["Message-ID"] = f"<{hashlib.sha256((text + subject).encode()).hexdigest()}@x.example>"
    message.set_content(text)
    return message.as_bytes()


def set_town(campaign: Campaign, code: str, state: str) -> None:
    with transaction(campaign.engine) as session:
        town = session.get(Municipality, code)
        assert town is not None
        set_state(session, town, state, cause="test")


def our_letter_id(campaign: Campaign, code: str) -> str:
    return Composer(campaign.settings.campaign).message_id(code, "letter")


def own_position_of(campaign: Campaign) -> str | None:
    with transaction(campaign.engine) as session:
        last = session.exec(select(IncomingMessage).order_by(col(IncomingMessage.id).desc()))
        details = last.first().details  # type: ignore[union-attr]
    value = details.get(OWN_POSITION)
    return None if value is None else str(value)


def processed(campaign: Campaign, raw: bytes) -> tuple[str | None, str, str | None, str]:
    message_id = store(campaign, raw)
    process_pending(engine=campaign.engine, settings=campaign.settings)
    with transaction(campaign.engine) as session:
        m = session.get(IncomingMessage, message_id)
        assert m is not None
        town = session.get(Municipality, m.cbs_code) if m.cbs_code else None
        return m.label, m.review_state, m.review_reason, town.state if town else "-"


class TestCouncilMembersOnPrivateAddresses:
    """A fractievoorzitter writing a new mail from gmail: progress acts, a result needs a tie."""

    def test_a_signed_plan_in_a_new_mail_acts(self, campaign: Campaign) -> None:
        set_town(campaign, "GM0344", "sent")
        raw = mail(PLANNED + SIGNED, sender="henkdevries@gmail.com", subject="Motie kinderpardon")
        assert processed(campaign, raw) == ("motion_planned", "none", None, "motion_planned")

    def test_a_signed_result_out_of_nowhere_waits(self, campaign: Campaign) -> None:
        # Nothing ties it to our letter: not our subject, no quote, not our motion's name.
        set_town(campaign, "GM0344", "sent")
        text = ADOPTED.replace(" over gewortelde kinderen", "")
        raw = mail(text + SIGNED, sender="henkdevries@gmail.com", subject="Motie")
        label, review, reason, state = processed(campaign, raw)
        assert (label, review, state) == ("motion_adopted", "pending", "sent")
        assert "may not decide motion_adopted" in (reason or "")

    def test_a_signed_result_naming_our_motion_acts(self, campaign: Campaign) -> None:
        set_town(campaign, "GM0344", "sent")
        raw = mail(ADOPTED + SIGNED, sender="henkdevries@gmail.com", subject="Motie")
        assert processed(campaign, raw) == ("motion_adopted", "none", None, "motion_adopted")

    def test_a_signed_result_after_the_submitted_motion_on_record_acts(
        self, campaign: Campaign
    ) -> None:
        set_town(campaign, "GM0344", "motion_submitted")
        raw = mail(ADOPTED + SIGNED, sender="henkdevries@gmail.com", subject="Motie kinderpardon")
        assert processed(campaign, raw) == ("motion_adopted", "none", None, "motion_adopted")

    @pytest.mark.parametrize("subject", ["Motie kinderpardon", "Motie aangenomen in Utrecht"])
    def test_a_stranger_claiming_an_adoption_without_a_signature_waits(
        self, campaign: Campaign, subject: str
    ) -> None:
        set_town(campaign, "GM0344", "motion_submitted")
        text = "De gemeenteraad van Utrecht heeft de motie aangenomen.\n\nGroet,\nPiet\n"
        label, review, reason, state = processed(
            campaign, mail(text, sender="piet1972@gmail.com", subject=subject)
        )
        assert (label, review, state) == ("motion_adopted", "pending", "motion_submitted")
        assert "not a known address" in (reason or "")

    def test_a_council_member_cannot_opt_the_town_out(self, campaign: Campaign) -> None:
        # That person's wish is recorded as theirs, without a person; the town stays in.
        set_town(campaign, "GM0344", "sent")
        text = "Haal de gemeente Utrecht van jullie lijst, ik wil hier geen mail meer over."
        raw = mail(text + SIGNED, sender="henkdevries@gmail.com", subject="Afmelden Utrecht")
        label, review, reason, state = processed(campaign, raw)
        assert (label, review, reason, state) == ("opt_out", "none", None, "sent")
        assert own_position_of(campaign) == "council_member"

    @pytest.mark.parametrize("in_our_thread", [False, True])
    def test_a_partys_refusal_is_its_own_and_leaves_the_town_going(
        self, campaign: Campaign, in_our_thread: bool
    ) -> None:
        # In our thread too: the griffie forwarded our letter and the fractievoorzitter answers
        # it, so our Message-ID comes along. It proves where the reply came from, not who speaks.
        set_town(campaign, "GM0344", "forwarded")
        text = "Beste mensen,\n\nOnze fractie zal geen motie van deze strekking indienen."
        thread = {"In-Reply-To": our_letter_id(campaign, "GM0344")} if in_our_thread else {}
        raw = mail(
            text + SIGNED,
            sender="henkdevries@gmail.com",
            subject="Re: motie Utrecht",
            headers=thread,
        )
        label, review, reason, state = processed(campaign, raw)
        assert (label, review, reason, state) == ("declined", "none", None, "forwarded")
        assert own_position_of(campaign) == "council_member"

    def test_the_town_halls_refusal_in_our_thread_stops_the_town(self, campaign: Campaign) -> None:
        set_town(campaign, "GM0344", "sent")
        text = "Geachte heer, mevrouw,\n\nWij sturen dit verzoek niet door aan de raad."
        raw = mail(
            text + "\n\nMet vriendelijke groet,\nGriffie Utrecht\n",
            sender="griffie@utrecht.nl",
            subject="Re: motie",
            headers={"In-Reply-To": our_letter_id(campaign, "GM0344")},
        )
        label, review, reason, state = processed(campaign, raw)
        assert (label, review, reason, state) == ("declined", "none", None, "declined")
        assert own_position_of(campaign) is None


class TestWhatAVerdictLeavesUnread:
    def test_submitted_with_a_vote_already_held_goes_to_a_person(self, campaign: Campaign) -> None:
        set_town(campaign, "GM0228", "sent")
        text = (
            # A vote held whose result no rule reads ("een ruime meerderheid stemde er
            # tegen" is read as a rejection now).
            "Wij hebben de motie vorige week ingediend. Gisteren is er over gestemd, de "
            "uitslag hoort u van de griffie.\n\nGroet,\nAnne\n"
        )
        raw = mail(text, sender="griffie@ede.nl", subject="Motie", auth=None)
        label, review, reason, state = processed(campaign, raw)
        assert (label, review, state) == ("motion_submitted", "pending", "sent")
        assert "voted already" in (reason or "")

    def test_submitted_with_the_vote_still_to_come_acts(self, campaign: Campaign) -> None:
        set_town(campaign, "GM0228", "sent")
        text = (
            "Wij hebben de motie gisteren ingediend. Over de motie wordt op 26 november "
            "gestemd.\n\nGroet,\nAnne\n"
        )
        raw = mail(text, sender="griffie@ede.nl", subject="Motie", auth=None)
        assert processed(campaign, raw) == ("motion_submitted", "none", None, "motion_submitted")

    def test_a_tied_vote_is_no_outcome_of_a_submitted_motion(self, campaign: Campaign) -> None:
        set_town(campaign, "GM0228", "sent")
        text = (
            "De motie is vorige maand ingediend. Bij de stemming staakten de stemmen: 15 leden "
            "stemden voor en 15 tegen. De stemming wordt in de volgende vergadering "
            "herhaald.\n\nGroet,\nAnne\n"
        )
        raw = mail(text, sender="griffie@ede.nl", subject="Motie", auth=None)
        label, _, reason, _ = processed(campaign, raw)
        assert label == "motion_submitted"
        assert "voted already" not in (reason or "")

    def test_a_result_told_of_another_town_goes_to_a_person(self, campaign: Campaign) -> None:
        # The deciding words ("zo'n motie hebben aangenomen") name no town; their sentence does.
        set_town(campaign, "GM0228", "sent")
        text = (
            "Dank voor uw bericht, ik heb het gelezen. Ik zag dat Groningen en Enschede zo'n motie "
            "hebben aangenomen; goed om de teksten te vergelijken.\n\nGroet,\nAnne\n"
        )
        raw = mail(text, sender="griffie@ede.nl", subject="RE: Motie", auth=None)
        label, review, _, state = processed(campaign, raw)
        assert label != "motion_adopted" or review == "pending"
        assert state != "motion_adopted"

    def test_a_result_of_another_body_goes_to_a_person(self, campaign: Campaign) -> None:
        set_town(campaign, "GM0228", "sent")
        text = (
            # No "vergelijkbare motie" or "elders" to mark it: only the body is another one.
            "Dank voor uw mail. De Tweede Kamer heeft vorige week een motie over gewortelde "
            "kinderen aangenomen; wij bekijken nog wat wij ermee doen.\n\nGroet,\nAnne\n"
        )
        raw = mail(text, sender="griffie@ede.nl", subject="RE: Motie", auth=None)
        label, review, _, state = processed(campaign, raw)
        assert label != "motion_adopted" or review == "pending"
        assert state != "motion_adopted"

    def test_a_result_of_our_own_council_beside_another_town_acts(self, campaign: Campaign) -> None:
        set_town(campaign, "GM0228", "motion_submitted")
        text = (
            "Net als eerder in Enschede heeft ook onze raad gisteravond de motie over gewortelde "
            "kinderen aangenomen, met 25 stemmen voor en 10 tegen.\n\nGroet,\nAnne\n"
        )
        raw = mail(text, sender="griffie@ede.nl", subject="Motie", auth=None)
        assert processed(campaign, raw) == ("motion_adopted", "none", None, "motion_adopted")

    def test_an_empty_reply_with_only_a_signature_needs_no_review(self, campaign: Campaign) -> None:
        set_town(campaign, "GM0228", "sent")
        text = (
            "Met vriendelijke groet,\n\nGemeente Ede\nTeam Dienstverlening\n\n"
            "Van: KinderpardonNU <kinderpardonnu@gmail.com>\nVerzonden: dinsdag 3 maart 2026\n"
            "Aan: gemeente@ede.nl\nOnderwerp: Pleidooi voor gewortelde kinderen\n\n"
            "Geachte griffie, wilt u deze brief doorsturen aan de fractievoorzitters?\n"
        )
        raw = mail(text, sender="gemeente@ede.nl", subject="RE: Pleidooi", auth=None)
        assert processed(campaign, raw) == ("other", "none", None, "sent")


def test_mail_without_a_word_of_our_letter_that_names_a_town_is_read_by_a_person(
    campaign: Campaign,
) -> None:
    set_town(campaign, "GM0228", "sent")
    text = (
        "Dear sir or madam,\n\nHow many of the 420 children live in Ede, and what would the "
        "council have to do?\n\nKind regards,\nJ. Smith\n"
    )
    raw = mail(text, sender="j.smith@example.org", subject="Children", auth=None)
    label, review, reason, state = processed(campaign, raw)
    assert (review, state) == ("pending", "sent")
    assert reason == "no word of our letter, but it names a municipality", (label, reason)


def test_a_question_to_colleagues_with_the_campaign_in_cc_is_not_ours_to_answer(
    campaign: Campaign,
) -> None:
    # A town hall passes our letter on to its griffie and asks them to take it up; we are
    # only copied. That question is theirs: it must not wait in our "to answer" list.
    set_town(campaign, "GM0228", "sent")
    message = EmailMessage()
    message["From"] = "gemeente@ede.nl"
    message["To"] = "griffie@ede.nl"
    message["Cc"] = "kinderpardonnu@gmail.com"
    message["Subject"] = "FW: Pleidooi voor gewortelde kinderen"
    message["Message-ID"] = "<cc-question-1@ede.nl>"
    message.set_content(
        "Beste collega's,\n\nDeze mail kwam binnen via het algemene adres en is voor de "
        "fractievoorzitters bedoeld. Kunnen jullie hem verder oppakken? De afzender staat in de "
        "cc.\n\nMet vriendelijke groet,\nKlantcontact Ede\n"
    )
    label, review, reason, _ = processed(campaign, message.as_bytes())
    assert review != "to_answer", (label, reason)
    if label == "question":
        cc_reason = "a question to someone else (the campaign is only in Cc)"
        assert (review, reason) == ("pending", cc_reason)

"""Which origin may decide which verdict alone: the policy table, read on whole messages."""

from __future__ import annotations

from dataclasses import replace
from email.message import EmailMessage
from functools import cache

import pytest

from outreach.classify.labels import Label
from outreach.classify.message import parse_message
from outreach.classify.origin import (
    DECISIVE,
    LABEL_RISK,
    MAY_DECIDE,
    Origin,
    OriginContext,
    Risk,
    judge_origin,
)
from outreach.classify.quotes import split_reply
from outreach.matching import MatchContext, match_message, shipped_context
from tests.classify.support import GMAIL_NL_QUOTE, LETTER, OWN_ADDRESS

SUBJECT = (
    "Verzoek om door te sturen aan de fractievoorzitters en de griffier van Helmond: "
    "motie Pleidooi voor gewortelde kinderen"
)
CONTEXT = OriginContext.build(
    authserv_id="mx.google.com",
    provider_daemons=(),
    secret="s",
    sent_message_ids=(),
    written_to=(),
    letter_subjects=[SUBJECT],
    letter_texts=[LETTER],
)


def dkim(domain: str) -> str:
    return f"mx.google.com; dkim=pass header.i=@{domain}; spf=pass smtp.mailfrom=x@{domain}"


@cache
def match_context() -> MatchContext:
    return shipped_context(
        secret="s", own_addresses=frozenset({OWN_ADDRESS}), letter_texts=[LETTER]
    )


def judge(
    body: str,
    *,
    sender: str,
    auth: str | None,
    label: Label,
    subject: str = "Motie",
    states: dict[str, str] | None = None,
) -> tuple[Origin | None, str | None, str | None]:
    message = EmailMessage()
    if auth:
        message["Authentication-Results"] = auth
    message["From"] = sender
    message["To"] = OWN_ADDRESS
    message["Subject"] = subject
    message["Message-ID"] = "<m1@example.org>"
    message.set_content(body)
    parsed = parse_message(message.as_bytes())
    split = split_reply(parsed.text, letter_texts=[LETTER])
    match = match_message(parsed, match_context(), split=split)
    context = replace(CONTEXT, states=states or {})
    origin, reason = judge_origin(parsed, label, match, context, split=split)
    return origin, reason, match.cbs_code


PARTY = (
    "Goedemorgen,\n\nOnze fractie heeft de motie gisteren ingediend.\n\n"
    "Met vriendelijke groet,\nMeryem Yilmaz\nD66 Alkmaar\n"
)
COUNCIL = (
    "Goeiemorgen,\n\nWij gaan dit oppakken en bij de begroting een motie indienen.\n\n"
    "Groetjes,\nHenk van der Heijden\nfractievoorzitter SP Helmond\n"
)


def test_every_decisive_label_has_a_risk_and_every_origin_a_limit() -> None:
    assert set(LABEL_RISK) == set(DECISIVE)
    assert set(MAY_DECIDE) == set(Origin)
    assert MAY_DECIDE[Origin.THREAD] is Risk.STOP


@pytest.mark.parametrize(
    ("label", "decides"),
    [
        (Label.MOTION_SUBMITTED, True),
        (Label.MOTION_ADOPTED, True),
        (Label.MOTION_PLANNED, True),
        (Label.OPT_OUT, True),  # its own wish, recorded as such: the town hall stays in
        (Label.DECLINED, True),  # "onze fractie dient geen motie in" speaks for the party
        (Label.REDIRECT, False),  # a new address for the town is the town hall's to give
    ],
)
def test_an_authenticated_party_branch_reports_its_motion(label: Label, decides: bool) -> None:
    origin, reason, code = judge(
        PARTY, sender="meryem.yilmaz@d66alkmaar.nl", auth=dkim("d66alkmaar.nl"), label=label
    )
    assert (origin, code) == (Origin.PARTY_BRANCH, "GM0361")
    assert (reason is None) is decides
    if not decides:
        assert "may not decide" in (reason or "")


def test_a_party_domain_without_our_servers_results_proves_nothing() -> None:
    _, reason, _ = judge(
        PARTY, sender="meryem.yilmaz@d66alkmaar.nl", auth=None, label=Label.MOTION_SUBMITTED
    )
    assert "not a known address" in (reason or "")


def test_a_party_domain_failing_dmarc_goes_to_a_person() -> None:
    auth = "mx.google.com; dmarc=fail header.from=d66alkmaar.nl"
    _, reason, _ = judge(
        PARTY, sender="meryem.yilmaz@d66alkmaar.nl", auth=auth, label=Label.MOTION_SUBMITTED
    )
    assert "dmarc=fail" in (reason or "")


@pytest.mark.parametrize(
    ("label", "decides"),
    [
        (Label.MOTION_PLANNED, True),
        (Label.MOTION_ADOPTED, True),  # tied to our letter: a result may act
        (Label.OPT_OUT, True),  # that person's wish: recorded, the town's campaign goes on
        (Label.DECLINED, True),
        (Label.REDIRECT, False),
    ],
)
def test_a_council_member_on_free_mail_answering_our_subject(label: Label, decides: bool) -> None:
    origin, reason, code = judge(
        COUNCIL,
        sender="henkvdheijden@hotmail.com",
        auth=dkim("hotmail.com"),
        label=label,
        subject="Re: " + SUBJECT,
    )
    assert (origin, code) == (Origin.COUNCIL_MEMBER, "GM0794")
    assert (reason is None) is decides


def test_a_council_member_quoting_our_letter_counts_too() -> None:
    origin, reason, _ = judge(
        COUNCIL + GMAIL_NL_QUOTE,
        sender="henkvdheijden@hotmail.com",
        auth=dkim("hotmail.com"),
        label=Label.MOTION_SUBMITTED,
    )
    assert (origin, reason) == (Origin.COUNCIL_MEMBER, None)


@pytest.mark.parametrize(
    ("label", "decides"),
    [
        (Label.ACKNOWLEDGED, True),
        (Label.MOTION_PLANNED, True),
        (Label.MOTION_SUBMITTED, False),
        (Label.MOTION_ADOPTED, False),
        (Label.DECLINED, True),  # the member's own refusal: it stops nothing for the town
        (Label.REDIRECT, False),
    ],
)
def test_a_new_mail_signed_by_a_council_member_decides_progress_only(
    label: Label, decides: bool
) -> None:
    # Not our subject, no quote, the town only in the signature: anyone can type that
    # signature, so it may move the town forward, not report a result.
    origin, reason, code = judge(
        COUNCIL, sender="henkvdheijden@hotmail.com", auth=dkim("hotmail.com"), label=label
    )
    assert (origin, code) == (Origin.COUNCIL_SIGNATURE, "GM0794")
    assert (reason is None) is decides
    if not decides:
        assert "may not decide" in (reason or "")


@pytest.mark.parametrize(
    ("body", "origin"),
    [
        (
            COUNCIL.replace("een motie indienen", "de motie gewortelde kinderen indienen"),
            Origin.COUNCIL_MEMBER,
        ),
        (
            COUNCIL.replace("een motie indienen", "jullie voorbeeldmotie indienen"),
            Origin.COUNCIL_MEMBER,
        ),
        (COUNCIL, Origin.COUNCIL_SIGNATURE),
    ],
)
def test_a_new_mail_naming_our_motion_may_report_a_result(body: str, origin: Origin) -> None:
    # Our motion's name in the sender's own words rules out the slip, as our subject does.
    found, reason, _ = judge(
        body,
        sender="henkvdheijden@hotmail.com",
        auth=dkim("hotmail.com"),
        label=Label.MOTION_SUBMITTED,
    )
    assert found is origin
    assert (reason is None) is (origin is Origin.COUNCIL_MEMBER)


@pytest.mark.parametrize(
    ("label", "decides"),
    [(Label.MOTION_SUBMITTED, True), (Label.MOTION_REJECTED, True), (Label.REDIRECT, False)],
)
def test_a_new_mail_naming_the_town_in_its_subject_may_report_a_result(
    label: Label, decides: bool
) -> None:
    origin, reason, _ = judge(
        COUNCIL,
        sender="henkvdheijden@hotmail.com",
        auth=dkim("hotmail.com"),
        label=label,
        subject="Motie gewortelde kinderen Helmond",
    )
    assert origin is Origin.COUNCIL_MEMBER
    assert (reason is None) is decides


@pytest.mark.parametrize(
    ("state", "label", "decides"),
    [
        ("motion_submitted", Label.MOTION_ADOPTED, True),  # the result after the motion
        ("motion_planned", Label.MOTION_SUBMITTED, True),
        ("motion_planned", Label.MOTION_REJECTED, True),
        ("sent", Label.MOTION_ADOPTED, False),  # a result out of nowhere
        ("motion_submitted", Label.MOTION_SUBMITTED, False),  # nothing new to agree with
    ],
)
def test_a_result_that_follows_the_towns_record_may_act(
    state: str, label: Label, decides: bool
) -> None:
    origin, reason, _ = judge(
        COUNCIL,
        sender="henkvdheijden@hotmail.com",
        auth=dkim("hotmail.com"),
        label=label,
        states={"GM0794": state},
    )
    assert origin is (Origin.COUNCIL_MEMBER if decides else Origin.COUNCIL_SIGNATURE)
    assert (reason is None) is decides


STRANGER = (
    "Hallo,\n\nDe gemeenteraad van Helmond heeft gisteravond de motie over gewortelde "
    "kinderen aangenomen.\n\nGroet,\nPiet\n"
)


@pytest.mark.parametrize("subject", ["Motie", "Motie aangenomen in Helmond", "Re: " + SUBJECT])
def test_a_stranger_claiming_an_adoption_without_a_signature_goes_to_a_person(
    subject: str,
) -> None:
    # Authenticated gmail, the town in the text and even in the subject or under our own
    # subject: without a council member's signature nobody vouches for the result.
    origin, reason, code = judge(
        STRANGER,
        sender="piet1972@gmail.com",
        auth=dkim("gmail.com"),
        label=Label.MOTION_ADOPTED,
        subject=subject,
        states={"GM0794": "motion_submitted"},
    )
    assert code == "GM0794"
    assert origin is None
    assert "not a known address" in (reason or "")


def test_the_town_halls_own_office_signed_from_free_mail_is_no_council_member() -> None:
    # The griffie writes from the municipality's domain; "Griffie Helmond" under a gmail
    # message is what a forger writes.
    body = "De motie is aangenomen.\n\nMet vriendelijke groet,\nGriffie Helmond\n"
    origin, reason, _ = judge(
        body,
        sender="griffie.helmond@gmail.com",
        auth=dkim("gmail.com"),
        label=Label.MOTION_ADOPTED,
        subject="Re: " + SUBJECT,
    )
    assert origin is None
    assert "not a known address" in (reason or "")


def test_a_phone_message_signs_in_its_last_short_lines() -> None:
    body = (
        "Vanavond ingediend door GL, PvdA en D66! Stemming volgende week.\n\n"
        "Gr Jolanda\nraadslid Helmond\n"
    )
    origin, _, _ = judge(
        body, sender="j.wissink6@kpnmail.nl", auth=dkim("kpnmail.nl"), label=Label.MOTION_PLANNED
    )
    assert origin is Origin.COUNCIL_SIGNATURE


def test_a_last_sentence_is_no_sign_off() -> None:
    # "... the SP in Helmond." ends a sentence: it says who acted, not who writes.
    body = "Ik hoorde het van de buren.\n\nDe motie is ingediend door de SP in Helmond.\n"
    origin, _, _ = judge(
        body, sender="buurman@gmail.com", auth=dkim("gmail.com"), label=Label.MOTION_PLANNED
    )
    assert origin is None


def test_a_party_domain_written_as_one_word() -> None:
    origin, reason, code = judge(
        PARTY.replace("D66 Alkmaar", "GroenLinks-PvdA Zutphen"),
        sender="fractie@groenlinkspvda-zutphen.nl",
        auth=dkim("groenlinkspvda-zutphen.nl"),
        label=Label.FORWARDED,
    )
    assert (origin, reason, code) == (Origin.PARTY_BRANCH, None, "GM0301")


def test_a_council_signature_without_our_servers_results_proves_nothing() -> None:
    origin, reason, _ = judge(
        COUNCIL, sender="henkvdheijden@hotmail.com", auth=None, label=Label.MOTION_PLANNED
    )
    assert origin is None
    assert "not a known address" in (reason or "")


def test_a_free_mail_signature_without_a_council_role_is_not_enough() -> None:
    body = "Wij gaan een motie indienen.\n\nGroetjes,\nHenk van der Heijden\nHelmond\n"
    origin, _, _ = judge(
        body, sender="henkvdheijden@hotmail.com", auth=dkim("hotmail.com"),
        label=Label.MOTION_PLANNED, subject="Re: " + SUBJECT,
    )  # fmt: skip
    assert origin is None


@pytest.mark.parametrize(
    ("label", "decides"), [(Label.ACKNOWLEDGED, True), (Label.DECLINED, False)]
)
def test_a_platform_subdomain_named_for_the_town(label: Label, decides: bool) -> None:
    body = "Uw bericht is geregistreerd als melding M2609.\n\nGemeente Gouda\n"
    auth = "mx.google.com; spf=pass smtp.mailfrom=noreply@gouda.topdesk.net"
    origin, reason, code = judge(body, sender="noreply@gouda.topdesk.net", auth=auth, label=label)
    assert (origin, code) == (Origin.NAMED_DOMAIN, "GM0513")
    assert (reason is None) is decides


def test_who_we_are_in_brackets_signs_too() -> None:
    body = "Ha, wij (SP Helmond) nemen m mee. Dienen hem in bij de volgende raad.\nGr Ans\n"
    origin, reason, code = judge(
        body, sender="ansvanlith67@gmail.com", auth=dkim("gmail.com"), label=Label.MOTION_PLANNED
    )
    assert (origin, reason, code) == (Origin.COUNCIL_SIGNATURE, None, "GM0794")


@pytest.mark.parametrize(
    ("sender", "code"),
    [
        ("fractie@pvda-eijsden-margraten.nl", "GM1903"),  # a town of two words, hyphenated
        ("tubbergen@christenunie.nl", "GM0183"),  # a national party's domain, the branch named
    ],
)
def test_party_branches_spelled_otherwise(sender: str, code: str) -> None:
    domain = sender.partition("@")[2]
    origin, reason, found = judge(
        "Goedemorgen,\n\nOnze fractie heeft de motie gisteren ingediend.\n\nGroet,\nJan\n",
        sender=sender,
        auth=dkim(domain),
        label=Label.MOTION_SUBMITTED,
    )
    assert (origin, reason, found) == (Origin.PARTY_BRANCH, None, code)


@pytest.mark.parametrize(
    "body",
    [
        # A phone message: a name, and in brackets who it is; the town in the text.
        "Helaas. Vanavond verworpen in Helmond: 6 voor, 19 tegen.\nGroet, Miriam (PvdA/GL)\n",
        "Motie gisteren aangenomen in Helmond! Anja (raadslid PvdA)\n",
        "Aangenomen! Unaniem zelfs. Groetjes Ans (SP Helmond)\n",
        # Who speaks, in the first words; and the Frisian party and group.
        "Namens de fractie van SP Helmond: wij gaan de motie in mei indienen.\n\nRia\n",
        "Goedenavond,\n\nWij gaan de motie in mei indienen.\n\nDurk Kingma\nFNP fraksje Helmond\n",
    ],
)
def test_who_signs_in_other_forms(body: str) -> None:
    origin, _, code = judge(
        body, sender="anja1972@hotmail.com", auth=dkim("hotmail.com"), label=Label.MOTION_PLANNED
    )
    assert (origin, code) == (Origin.COUNCIL_SIGNATURE, "GM0794")


def test_a_name_in_brackets_without_a_party_or_seat_is_no_signature() -> None:
    origin, reason, _ = judge(
        "Motie gisteren aangenomen in Helmond! Anja (moeder van twee)\n",
        sender="anja1972@hotmail.com",
        auth=dkim("hotmail.com"),
        label=Label.MOTION_PLANNED,
    )
    assert origin is None
    assert "not a known address" in (reason or "")

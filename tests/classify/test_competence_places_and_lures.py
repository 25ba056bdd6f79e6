"""Refusals by competence, a place named before the vote, bare participles, English plans, an
empty signed reply, and delivery look-alikes about our own mailbox."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from tests.classify.support import GMAIL_NL_QUOTE, OUTLOOK_NL_QUOTE, verdict_for


class TestRefusalsByCompetence:
    """ "Not a municipal matter", "we take no action", "the griffie does not pass this on"."""

    @pytest.mark.parametrize(
        "text",
        [
            "Dit is geen gemeentelijke aangelegenheid; wij ondernemen daarom geen actie.",
            "Het kinderpardon is geen zaak voor de gemeenteraad.",
            "Wij nemen geen verdere actie op uw verzoek.",
            "De griffie stuurt verzoeken van externe organisaties niet door aan de raad.",
            "Wij zenden dit soort brieven niet door.",
            "Het is niet aan de gemeente om hierover een standpunt in te nemen.",
            "Dit behoort niet tot de taken van de gemeenteraad.",
            "Wij geven geen uitvoering aan verzoeken van externe partijen.",
            "Uw verzoek valt niet onder de bevoegdheden van de gemeente.",
            "Wij gaan hier niet mee aan de slag.",
            "Het asielbeleid is een verantwoordelijkheid van het Rijk.",
        ],
    )
    def test_refusal(self, text: str) -> None:
        assert verdict_for(text + OUTLOOK_NL_QUOTE).label == Label.DECLINED

    def test_passing_on_later_is_no_refusal(self) -> None:
        verdict = verdict_for(
            "Wij sturen uw brief volgende week door aan de fracties." + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.DECLINED


class TestPlaceNamedBeforeTheVote:
    """ "In Alkmaar is de motie aangenomen" reports that town's result, not the sender's."""

    def test_named_place_result_is_not_ours(self) -> None:
        verdict = verdict_for(
            "In Alkmaar is de motie vorige week aangenomen, mooi resultaat! Bij ons komt hij "
            "in januari: we dienen hem in bij de eerste raadsvergadering van het nieuwe jaar."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    @pytest.mark.parametrize(
        "text",
        [
            "De gemeente Zwolle heeft de motie al aangenomen, wij dienen hem volgende maand in.",
            "In Utrecht en Amsterdam is de motie al aangenomen. We kijken of we hem indienen.",
        ],
    )
    def test_other_places_results_are_never_decided_as_ours(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert not (verdict.label == Label.MOTION_ADOPTED and not verdict.needs_review)

    @pytest.mark.parametrize(
        "text",
        [
            "In november is de motie aangenomen.",
            "In de raad van gisteren is de motie aangenomen.",
        ],
    )
    def test_time_or_council_before_the_vote_is_still_ours(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == Label.MOTION_ADOPTED


class TestBareParticiple:
    """ "Gisteravond ingediend, de stemming volgt": a reply's bare participle is the motion."""

    def test_bare_submitted_goes_to_review_with_its_label(self) -> None:
        verdict = verdict_for(
            "Hoi,\n\nGisteravond ingediend.\n\nRon" + GMAIL_NL_QUOTE, subject="Re: motie"
        )
        assert verdict.label == Label.MOTION_SUBMITTED
        assert verdict.needs_review

    def test_bare_submitted_with_its_vote_ahead_is_decided(self) -> None:
        # Two statements agree: it was submitted, and the vote on it is still to come.
        verdict = verdict_for(
            "Hoi,\n\nGisteravond ingediend, de stemming is over twee weken.\n\nRon"
            + GMAIL_NL_QUOTE,
            subject="Re: motie",
        )
        assert verdict.label == Label.MOTION_SUBMITTED
        assert not verdict.needs_review

    def test_a_subject_of_its_own_is_not_bare(self) -> None:
        verdict = verdict_for(
            "Uw verzoek is gisteren bij ons binnengekomen en ingediend als ingekomen stuk, "
            "de raad bespreekt het later." + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_SUBMITTED


class TestEnglishPlans:
    def test_decided_to_table_a_motion(self) -> None:
        verdict = verdict_for(
            "Thanks for your email, which the griffie passed on to us. Our group has decided "
            "to table a motion based on your model text in November." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED


class TestSignedEmptyReply:
    def test_only_a_name_block_is_other_for_review(self) -> None:
        verdict = verdict_for(
            "?\n\nNicole Schipper\nGemeente Voorbeeld" + OUTLOOK_NL_QUOTE,
            sender="Nicole Schipper <n.schipper@voorbeeld.nl>",
        )
        assert verdict.label == Label.OTHER
        assert verdict.needs_review

    def test_a_short_sentence_is_still_a_reply(self) -> None:
        verdict = verdict_for(
            "Komt goed.\n\nNicole Schipper" + OUTLOOK_NL_QUOTE,
            sender="Nicole Schipper <n.schipper@voorbeeld.nl>",
        )
        assert verdict.label != Label.OTHER


class TestMailboxLures:
    """A "delivery failure" about mail held for our own mailbox is phishing, not a bounce."""

    @pytest.mark.parametrize(
        ("subject", "body"),
        [
            (
                "Mail delivery failed: 3 messages pending",
                "Delivery failed for 3 incoming messages because your mailbox storage is "
                "almost full. Verify your account within 24 hours.",
            ),
            (
                "Bezorging mislukt: 4 berichten konden niet worden afgeleverd",
                "4 inkomende berichten konden niet worden afgeleverd omdat uw opslagruimte vol "
                "is. Klik hier om de berichten vrij te geven.",
            ),
        ],
    )
    def test_lure_is_other(self, subject: str, body: str) -> None:
        verdict = verdict_for(
            body, subject=subject, sender="Mail Delivery System <postmaster@mail-notice.example>"
        )
        assert verdict.label == Label.OTHER

    def test_real_mailbox_full_bounce_stays_a_bounce(self) -> None:
        verdict = verdict_for(
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its recipients.\n\n"
            "  griffie@voorbeeld.nl\n    mailbox is full: retry timeout exceeded\n\n"
            "452 4.2.2 The email account that you tried to reach is over quota",
            subject="Mail delivery failed: returning message to sender",
            sender="Mail Delivery System <mailer-daemon@voorbeeld.nl>",
        )
        assert verdict.label in (Label.BOUNCE_SOFT, Label.BOUNCE_HARD)


class TestDissentOfACarriedMotion:
    """ "Alleen de VVD stemde tegen" after an adoption is the dissent, not a rejection."""

    @pytest.mark.parametrize(
        "text",
        [
            "Onze motie is vanavond met ruime meerderheid aangenomen. Alleen de PVV en "
            "Burgerbelangen stemden tegen.",
            "De raad heeft de motie gisteravond, na een kleine wijziging, aangenomen. Alleen de "
            "VVD stemde tegen.",
        ],
    )
    def test_adopted_is_decided(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_votes_for_then_against_is_still_read(self) -> None:
        verdict = verdict_for(
            "Helaas: alleen GroenLinks stemde voor en de rest stemde tegen, de motie is "
            "verworpen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED


class TestTheCouncilsOwnNextStep:
    """ "Het college gaat een brief sturen aan de Kamer" is no instruction to write elsewhere."""

    def test_adoption_with_a_letter_to_the_house_is_decided(self) -> None:
        verdict = verdict_for(
            "De motie is gisteren met grote meerderheid aangenomen (27 voor, 4 tegen). Het "
            "college gaat een brief sturen aan de Tweede Kamer." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_an_instruction_is_still_a_redirect(self) -> None:
        verdict = verdict_for(
            "Dit adres wordt niet gelezen. U kunt uw brief sturen aan griffie@voorbeeld.nl."
            + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.REDIRECT


class TestTakenToTheGroupMeeting:
    @pytest.mark.parametrize(
        "text",
        [
            "Dank voor jullie mail. Ik neem het mee naar ons fractieoverleg.",
            "Ik neem uw mail mee naar de fractievergadering van maandag.",
        ],
    )
    def test_acknowledged_and_decided(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label == Label.ACKNOWLEDGED
        assert not verdict.needs_review

    def test_not_taken_along_is_not_a_receipt(self) -> None:
        verdict = verdict_for("Wij nemen dit niet mee naar ons fractieoverleg." + GMAIL_NL_QUOTE)
        assert not (verdict.label == Label.ACKNOWLEDGED and not verdict.needs_review)


class TestFullMailboxWithoutACode:
    def test_a_full_mailbox_is_a_soft_bounce(self) -> None:
        verdict = verdict_for(
            "Uw bericht kon niet worden bezorgd bij griffie@voorbeeld.nl. De postbus van de "
            "ontvanger is vol.",
            subject="Onbestelbaar: Pleidooi voor gewortelde kinderen",
            sender="Postmaster <postmaster@voorbeeld.nl>",
        )
        assert verdict.label == Label.BOUNCE_SOFT

    def test_an_unknown_user_stays_hard(self) -> None:
        verdict = verdict_for(
            "Uw bericht kon niet worden bezorgd bij griffie@voorbeeld.nl. Het adres bestaat niet.",
            subject="Onbestelbaar: Pleidooi voor gewortelde kinderen",
            sender="Postmaster <postmaster@voorbeeld.nl>",
        )
        assert verdict.label == Label.BOUNCE_HARD


def test_a_name_particle_is_no_signature() -> None:
    verdict = verdict_for(
        "Van harte\n\nJ. van Dam" + OUTLOOK_NL_QUOTE, sender="J. van Dam <j.vandam@voorbeeld.nl>"
    )
    # Read as words of a reply (for review), not dismissed as an empty name block.
    assert verdict.reasons[0].rule == "unread-reply"
    assert verdict.needs_review

"""General capabilities: evidence by strength, motion outcomes beyond adopted and rejected,
refusals in other words, other languages' automatic replies, words that must not decide."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from tests.classify.support import GMAIL_NL_QUOTE, OUTLOOK_NL_QUOTE, verdict_for

AUTO_REPLIED = {"Auto-Submitted": "auto-replied"}


class TestEvidenceByStrength:
    """Header and structure evidence outweighs phrases; a refusal outweighs courtesy."""

    def test_auto_submitted_beats_thanks_for_your_mail(self) -> None:
        verdict = verdict_for("Thank you for your e-mail.\n\nKind regards", headers=AUTO_REPLIED)
        assert verdict.label == Label.AUTO_REPLY

    def test_automatic_reply_subject_beats_dutch_thanks(self) -> None:
        verdict = verdict_for(
            "Bedankt voor uw e-mail.", subject="Automatisch antwoord: Pleidooi voor gewortelde"
        )
        assert verdict.label == Label.AUTO_REPLY

    def test_machine_receipt_with_registration_is_acknowledged(self) -> None:
        verdict = verdict_for(
            "Bedankt voor uw e-mail. Uw bericht is geregistreerd en wordt binnen tien "
            "werkdagen behandeld.",
            headers=AUTO_REPLIED,
        )
        assert verdict.label == Label.ACKNOWLEDGED

    def test_refusal_later_in_the_text_beats_courtesy(self) -> None:
        verdict = verdict_for(
            "Bedankt voor uw e-mail. De gemeenteraad houdt zich buiten landelijk beleid en "
            "neemt geen deel aan deze actie.\n\nMet vriendelijke groet,\nGriffie"
        )
        assert verdict.label == Label.DECLINED

    def test_out_of_office_beats_list_headers(self) -> None:
        verdict = verdict_for(
            "Ik ben afwezig tot en met 14 maart en lees mijn mail daarna.",
            subject="Afwezig: Pleidooi voor gewortelde kinderen",
            headers={"List-Id": "<raad.voorbeeld.nl>", "Precedence": "bulk", **AUTO_REPLIED},
        )
        assert verdict.label == Label.AUTO_REPLY

    def test_notification_with_list_headers_stays_other(self) -> None:
        verdict = verdict_for(
            "Someone started following you. View their profile on the website.",
            subject="You have a new follower",
            sender="Notifications <no-reply@social.example>",
            headers={"List-Unsubscribe": "<https://social.example/settings>",
                     "Auto-Submitted": "auto-generated"},
        )  # fmt: skip
        assert verdict.label == Label.OTHER


class TestAutoReplySubjectsInOtherLanguages:
    """Municipal and vendor systems answer in German, French, Polish ..."""

    @pytest.mark.parametrize(
        ("subject", "body"),
        [
            ("Abwesenheitsnotiz: Pleidooi", "Ich bin bis zum 3. März nicht im Büro."),
            ("Réponse automatique : Pleidooi", "Je suis absente jusqu'au 3 mars."),
            ("Automatyczna odpowiedź: Pleidooi", "Jestem nieobecna do 3 marca."),
            ("Autosvar: Pleidooi", "Jeg er på ferie."),
            ("Risposta automatica: Pleidooi", "Sono fuori ufficio."),
        ],
    )
    def test_foreign_absence_subject(self, subject: str, body: str) -> None:
        assert verdict_for(body, subject=subject).label == Label.AUTO_REPLY


class TestWordsThatMustNotDecide:
    """A single word, a web address or a pasted header is no statement."""

    def test_english_future_is_not_done(self) -> None:
        verdict = verdict_for("Thanks. We will submit the motion next month." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_PLANNED

    def test_vote_count_with_voor_keeps_a_rejection(self) -> None:
        verdict = verdict_for(
            "Met 12 stemmen voor en 19 tegen is de motie verworpen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED

    def test_word_in_a_url_does_not_decide(self) -> None:
        verdict = verdict_for(
            "Bedankt voor uw bericht. Zie ook https://www.voorbeeld.nl/nieuws/motie-aangenomen"
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.ACKNOWLEDGED

    def test_received_header_of_a_pasted_message_is_no_receipt(self) -> None:
        verdict = verdict_for(
            "Received: from mail.voorbeeld.nl by mx.example with ESMTP\n"
            "X-Mailer: Microsoft Outlook\n\nMotie Vreemdelingenbeleid: wij dienen de motie in "
            "de raadsvergadering van vanavond in." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_phishing_delivery_failure_is_no_bounce(self) -> None:
        verdict = verdict_for(
            "Delivery failed: 3 incoming messages could not be delivered to your inbox. "
            "Click here to release them.",
            subject="Delivery failed: 3 pending messages",
            sender="Mail Support <support@mailbox-quota.example>",
        )
        assert verdict.label not in (Label.BOUNCE_HARD, Label.BOUNCE_SOFT)


class TestMotionOutcomes:
    """Held over, tied, amended, withdrawn, announced: the motion's real stage."""

    @pytest.mark.parametrize(
        "text",
        [
            "De motie is in de raadsvergadering van gisteren aangehouden.",
            "De indieners hebben de motie aangehouden tot na de zomer.",
            "Bij de stemming over de motie staakten de stemmen (14-14); de stemming wordt in "
            "de volgende vergadering herhaald.",
            "Op de motie is een amendement ingediend; de motie wordt met het amendement in "
            "april opnieuw behandeld.",
        ],
    )
    def test_still_on_the_table_is_submitted(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_withdrawn_is_submitted_with_its_outcome(self) -> None:
        verdict = verdict_for("De motie is tijdens de vergadering ingetrokken." + GMAIL_NL_QUOTE)
        assert (verdict.label, verdict.details.get("outcome")) == (
            Label.MOTION_SUBMITTED,
            "withdrawn",
        )

    def test_support_withdrawn_is_not_the_motion_withdrawn(self) -> None:
        verdict = verdict_for("De VVD heeft haar steun voor de motie ingetrokken." + GMAIL_NL_QUOTE)
        assert verdict.details.get("outcome") != "withdrawn"

    @pytest.mark.parametrize(
        "text",
        [
            "De fractie van de ChristenUnie heeft aangekondigd een motie in te dienen.",
            "Wij kondigen voor de raad van 12 mei een motie aan.",
        ],
    )
    def test_announced_is_planned(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == Label.MOTION_PLANNED


class TestRefusalsInOtherWords:
    """Said without "weigeren" or "niet doorsturen"."""

    @pytest.mark.parametrize(
        "text",
        [
            "De raad houdt zich verre van landelijk beleid.",
            "Onze gemeente neemt niet deel aan deze actie.",
            "Wij zullen uw brief niet aan de fracties voorleggen.",
            "De griffie speelt dit soort verzoeken niet door aan de raad.",
            "Wij doen hier niet aan mee.",
            "De raad onthoudt zich van een standpunt over het kinderpardon.",
        ],
    )
    def test_refusal(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label == Label.DECLINED


class TestSendersOwnMunicipality:
    """A neighbour's result mentioned in a reply is not the sender's."""

    def test_neighbours_adopted_motion_is_not_ours(self) -> None:
        verdict = verdict_for(
            "Dank voor uw bericht. In buurgemeente Zwolle is de motie al aangenomen; bij ons "
            "moet de discussie nog beginnen." + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_ADOPTED


class TestDutchDeliveryReports:
    """Dutch reports without a machine-readable delivery-status part."""

    def test_dutch_ndr_with_a_permanent_code_is_hard(self) -> None:
        verdict = verdict_for(
            "Uw bericht heeft de volgende geadresseerden niet bereikt:\n\n"
            "griffie@voorbeeld.nl\n\nHet e-mailadres is niet gevonden.\n"
            "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
            subject="Onbestelbaar: Pleidooi voor gewortelde kinderen",
            sender="Postmaster <postmaster@voorbeeld.nl>",
        )
        assert verdict.label == Label.BOUNCE_HARD

    def test_dutch_delay_notice_is_soft(self) -> None:
        verdict = verdict_for(
            "De bezorging van uw bericht aan griffie@voorbeeld.nl is vertraagd. Er wordt "
            "opnieuw geprobeerd het bericht af te leveren.",
            subject="Bezorging vertraagd: Pleidooi voor gewortelde kinderen",
            sender="Mail Delivery System <mailer-daemon@voorbeeld.nl>",
        )
        assert verdict.label == Label.BOUNCE_SOFT


class TestAnotherMotion:
    """A motion about something else is not the campaign's motion."""

    def test_motion_on_another_topic_adopted_is_not_ours(self) -> None:
        verdict = verdict_for(
            "Dank voor uw bericht. Gisteren is onze motie over armoedebestrijding aangenomen; "
            "uw brief bespreken we in de fractie." + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_ADOPTED

    @pytest.mark.parametrize(
        "text",
        [
            "De motie over gewortelde kinderen is gisteren aangenomen.",
            "De gemeenteraad heeft gisteravond de motie over het kinderpardon aangenomen.",
        ],
    )
    def test_motion_on_our_topic_adopted_is_ours(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == Label.MOTION_ADOPTED

    def test_council_newsletter_is_other(self) -> None:
        verdict = verdict_for(
            "Raadsnieuws maart\n\nIn de raadsvergadering van 12 maart is de motie over de "
            "bereikbaarheid van het centrum aangenomen. De motie over parkeren werd verworpen.",
            subject="Raadsnieuws maart",
            sender="Gemeente Voorbeeld <nieuws@voorbeeld.nl>",
        )
        assert verdict.label not in (Label.MOTION_ADOPTED, Label.MOTION_REJECTED)


class TestNoConfidentMistakes:
    """Vote and submission words that do not report the campaign's motion: never decided
    alone as adopted or submitted."""

    @pytest.mark.parametrize(
        "text",
        [
            "Uw verzoek is door het presidium aangenomen en wordt als ingekomen stuk behandeld.",
            "De brief is voor kennisgeving aangenomen.",
            "Wij gaan ervan uit dat de motie wordt aangenomen.",
            "Indien de motie wordt ingediend, zullen wij voorstemmen.",
            "Mocht een fractie de motie indienen, dan hoort u dat van ons.",
            "De motie van de VVD over de begroting werd gisteren aangenomen, over uw voorstel "
            "is nog niet gesproken.",
            "Het is aan de fracties zelf om een motie in te dienen.",
            "Zodra de motie is ingediend, laat ik het u weten.",
            "De motie is niet ingediend.",
            "Er is geen motie ingediend en dat gaat ook niet gebeuren.",
            "Aangenomen: uw e-mail is in goede orde ontvangen.",
            "Uw e-mail is aangenomen door de receptie en doorgezet naar de griffie.",
        ],
    )
    def test_not_decided_as_adopted_or_submitted(self, text: str) -> None:
        verdict = verdict_for(text + OUTLOOK_NL_QUOTE)
        progress = verdict.label in (Label.MOTION_ADOPTED, Label.MOTION_SUBMITTED)
        assert not progress or verdict.needs_review


class TestReceiptsOfOtherKinds:
    """Read and delivery receipts say the letter arrived or was opened, nothing more."""

    def test_read_receipt_is_acknowledged(self) -> None:
        verdict = verdict_for(
            "Uw bericht aan griffie@voorbeeld.nl is gelezen op maandag 3 maart 2025 11:40.",
            subject="Gelezen: Pleidooi voor gewortelde kinderen",
        )
        assert (verdict.label, verdict.reasons[0].rule) == (Label.ACKNOWLEDGED, "read-receipt")

    def test_delivery_receipt_is_other(self) -> None:
        verdict = verdict_for(
            "Your message has been delivered to the following recipients: griffie@voorbeeld.nl",
            subject="Delivered: Pleidooi voor gewortelde kinderen",
            sender="Microsoft Outlook <postmaster@voorbeeld.nl>",
        )
        assert verdict.label == Label.OTHER


class TestAbsenceInOtherLanguages:
    """An absence note without headers or subject, in the languages vendor systems use."""

    @pytest.mark.parametrize(
        "body",
        [
            "I am currently travelling and will respond to your email upon my return.",
            "Ich bin bis zum 3. März im Urlaub und nicht erreichbar.",
            "Je suis en vacances jusqu'au 3 mars.",
            "Estoy fuera de la oficina hasta el lunes.",
        ],
    )
    def test_absence_note(self, body: str) -> None:
        assert verdict_for(body, subject="Re: Pleidooi").label == Label.AUTO_REPLY


class TestRefusedAction:
    """What we asked for, negated by the sender or the council: a refusal in any words."""

    @pytest.mark.parametrize(
        "text",
        [
            "Bedankt voor uw mail. Helaas kunnen wij hier niets mee.",
            "Dank voor uw bericht. De griffie neemt geen verzoeken van derden in behandeling.",
            "Bedankt, maar dit past niet binnen de taken van de gemeenteraad.",
            "Deze oproep laten wij aan ons voorbij gaan.",
            "Dank voor de mail, maar wij maken geen gebruik van voorbeeldmoties.",
            "Onze fractie ziet helaas geen mogelijkheden om hier iets mee te doen.",
            "Dit onderwerp wordt niet in onze gemeenteraad behandeld.",
            "De griffie verspreidt geen post van lobbyorganisaties.",
        ],
    )
    def test_refusal(self, text: str) -> None:
        assert verdict_for(text + OUTLOOK_NL_QUOTE).label == Label.DECLINED

    @pytest.mark.parametrize(
        "text",
        [
            "Wij hebben geen bezwaar tegen het doorsturen van uw brief aan de fracties.",
            "Ik heb uw mail nog niet doorgestuurd naar de fracties.",
            "Wij hebben uw brief niet alleen doorgestuurd, maar ook in de fractie besproken.",
            "Als wij het niet kunnen behandelen, hoort u dat van ons.",
        ],
    )
    def test_near_miss(self, text: str) -> None:
        assert verdict_for(text + OUTLOOK_NL_QUOTE).label != Label.DECLINED

"""Words that travel with a step but do not make it, places and people that are not the sender,
steps in other words, covering notes on forwards, replies that say nothing, and automatic
replies in more languages."""

from __future__ import annotations

import pytest

from outreach.classify.chain import classify
from outreach.classify.labels import Label
from outreach.classify.text import fold
from tests.classify.support import (
    CONTEXT,
    GMAIL_NL_QUOTE,
    LETTER,
    OUTLOOK_NL_QUOTE,
    build,
    verdict_for,
)


class TestForYourInformation:
    """ "Ter informatie:" tells us something; it passes nothing on unless the council is the
    one who gets it, in the same stretch of the sentence."""

    def test_a_withdrawn_motion_reported_for_our_information(self) -> None:
        verdict = verdict_for(
            "Ter kennisneming: de motie Pleidooi voor gewortelde kinderen is dinsdag door de "
            "indieners ingetrokken, nadat de wethouder had beloofd een brief aan het kabinet "
            "te sturen." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED
        assert verdict.details.get("outcome") == "withdrawn"

    def test_a_council_body_in_another_clause_does_not_make_it_a_forward(self) -> None:
        verdict = verdict_for(
            "Ter informatie: de motie is aangehouden, omdat de raad eerst de burgemeester "
            "wil horen." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_shared_with_the_council_is_still_a_forward(self) -> None:
        verdict = verdict_for("Ter informatie gedeeld met alle raadsleden." + OUTLOOK_NL_QUOTE)
        assert verdict.label == Label.FORWARDED


class TestMotionOfANamedPlace:
    """ "De motie in Zwolle en Deventer" is those places' motion, not the sender's."""

    def test_neighbours_adoption_beside_an_own_plan(self) -> None:
        verdict = verdict_for(
            "Fijn dat de motie in Zwolle en Deventer al is aangenomen. Hier gaan we hem ook "
            "voorbereiden; in maart willen we hem indienen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    @pytest.mark.parametrize(
        "text",
        [
            "De motie is in de raad van 5 maart aangenomen.",
            "De motie in kwestie is gisteravond aangenomen.",
        ],
    )
    def test_no_place_named(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == Label.MOTION_ADOPTED


class TestColleagueAway:
    """A colleague who is away, in a clause of a reply a person wrote, is no absence note."""

    def test_receipt_with_a_colleague_back_on_monday(self) -> None:
        verdict = verdict_for(
            "Goed ontvangen, dank. Ik geef het straks aan de griffier, hij is maandag weer "
            "op kantoor." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.ACKNOWLEDGED

    def test_own_absence_is_still_an_absence_note(self) -> None:
        verdict = verdict_for("Ik ben afwezig tot 3 maart, daarna ben ik weer aanwezig.")
        assert verdict.label == Label.AUTO_REPLY


class TestForwardingInOtherWords:
    """Passing on said with a third-person verb, as a noun, or as putting the letter where
    the council reads its papers."""

    @pytest.mark.parametrize(
        "text",
        [
            "De griffie stuurt geen actie- of campagnepost door aan de raadsleden.",
            "Onze griffier zendt geen lobby-mails door naar de fracties.",
        ],
    )
    def test_a_refusal_with_a_third_person_verb(self, text: str) -> None:
        assert verdict_for(text + OUTLOOK_NL_QUOTE).label == Label.DECLINED

    @pytest.mark.parametrize(
        "text",
        [
            "Hieronder vindt u de doorzending van uw mail aan de raadsleden.",
            "Ik heb uw brief met de bijlagen in Notubiz geplaatst, zodat alle raadsleden hem "
            "kunnen lezen.",
            "Uw e-mail staat nu in de digitale leesmap; ik heb hem daar vanochtend in gezet.",
            "Uw bericht is toegevoegd in het raadsinformatiesysteem.",
            # A passive whose council body has words of its own after it, and a stance beside.
            "Uw bericht is vandaag door ons aan alle fractievoorzitters in de raad van Ede "
            "verzonden. De griffie neemt inhoudelijk geen standpunt in; dat is aan de fracties.",
        ],
    )
    def test_forwards(self, text: str) -> None:
        assert verdict_for(text + OUTLOOK_NL_QUOTE).label == Label.FORWARDED

    def test_a_folder_of_ones_own_is_no_forward(self) -> None:
        verdict = verdict_for("Ik heb uw mail in mijn eigen map gezet." + OUTLOOK_NL_QUOTE)
        assert verdict.label != Label.FORWARDED

    def test_a_covering_note_that_greets_the_council(self) -> None:
        verdict = verdict_for(
            "Beste raadsleden,\n\nHierbij ter kennisname een brief van KinderpardonNU, met de "
            "bijlagen onderaan. De afzender staat in de cc.",
            subject="FW: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == Label.FORWARDED


class TestRedirectInOtherWords:
    """The address serves something else, or we are asked to send it there."""

    def test_meant_for_residents_and_asked_to_resend(self) -> None:
        verdict = verdict_for(
            "Dit mailadres is bedoeld voor meldingen over de openbare ruimte. Voor de raad "
            "moet u bij de griffie zijn (griffie@voorbeeld.nl). Kunt u het daarheen mailen?"
            + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.REDIRECT

    def test_a_third_party_sending_a_letter_is_no_instruction(self) -> None:
        verdict = verdict_for(
            "De raad heeft de motie op 4 maart aangenomen met 20 stemmen voor en 9 tegen. De "
            "burgemeester stuurt binnenkort een brief aan het kabinet." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review


class TestStepsNotTakenYet:
    """Before, once, announced: the step is still to come."""

    def test_before_registering_they_ask_who_we_are(self) -> None:
        verdict = verdict_for(
            "Voordat wij uw e-mail als ingekomen stuk kunnen registreren, willen we weten wie "
            "er achter uw organisatie zit. Welke stichting is dat?" + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.QUESTION

    def test_a_motion_that_is_coming(self) -> None:
        verdict = verdict_for(
            "Er komt een motie over gewortelde kinderen aan de orde in de raad van mei. De "
            "tekst schrijven we nog." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_a_motion_on_the_agenda_is_submitted(self) -> None:
        verdict = verdict_for("De motie staat op de agenda van de raad van 5 mei." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_english_once_it_has_been_tabled(self) -> None:
        verdict = verdict_for(
            "We are preparing a motion with two other groups. I will share the text once it "
            "has been tabled." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_a_vote_to_come_under_a_motion_subject(self) -> None:
        verdict = verdict_for(
            "Gisteravond ingediend samen met de SP! De stemming volgt over drie weken.",
            subject="motie ingediend",
        )
        assert verdict.label == Label.MOTION_SUBMITTED
        assert not verdict.needs_review


class TestRepliesThatSayLittle:
    """Looking at it is a receipt; a reaction without a word of the campaign is `other` for a
    person; mail with no tie to the campaign at all is decided `other`."""

    @pytest.mark.parametrize(
        "text",
        [
            "Dank je, ik lees het dit weekend rustig door.",
            "Mooi, we kijken er in de fractie naar.",
            "Wij hebben uw brief met belangstelling gelezen.",
            "Komt goed!",
        ],
    )
    def test_receipts(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label == Label.ACKNOWLEDGED
        assert not verdict.needs_review

    @pytest.mark.parametrize("text", ["Zie bijlage.", "Hmm. Interessant.", "Succes ermee!"])
    def test_reactions(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label == Label.OTHER
        assert verdict.needs_review

    def test_an_invitation_with_no_tie_to_the_campaign(self) -> None:
        verdict = classify(
            build(
                "U bent van harte welkom bij ons webinar over duurzame inkoop op 12 mei.",
                subject="Uitnodiging webinar duurzame inkoop",
                sender="Events <events@leverancier.example>",
            ),
            CONTEXT,
        )
        assert verdict.label == Label.OTHER
        assert not verdict.needs_review

    def test_words_in_a_web_address_tie_nothing_to_the_campaign(self) -> None:
        verdict = classify(
            build(
                "Uw mailbox is vol. Bevestig uw account via "
                "https://login.example.net/verify?u=kinderpardonnu&m=motie",
                subject="Mailbox bijna vol",
                sender="Accountbeheer <no-reply@mailservice.example>",
            ),
            CONTEXT,
        )
        assert verdict.label == Label.OTHER


class TestCoveringNoteOnAForward:
    """ "Ter info, zie hieronder" on a forward: the forwarded message is what the sender tells
    us, but only its parts that name the campaign."""

    DECISIONS = (
        "Ter info, zie punt 7 hieronder.\n\n"
        "---------- Forwarded message ---------\n"
        "Van: Griffie Voorbeeld <griffie@voorbeeld.nl>\n"
        "Date: vr 6 mrt 2026 om 09:00\n"
        "Subject: Besluiten raad 5 maart\n"
        "To: <raad@voorbeeld.nl>\n\n"
        "Beste raadsleden,\n\n"
        "De besluiten van gisteren:\n"
        "5. Motie parkeren centrum (VVD) - verworpen (8 voor, 19 tegen)\n"
        "6. Motie speeltuin Oost (CDA) - aangehouden\n"
        "7. Pleidooi voor gewortelde kinderen (GL, D66) - aangenomen (20 voor, 7 tegen)\n"
        "8. Motie zwembad (SP) - ingetrokken\n\n"
        "Groet,\nGriffie Voorbeeld\n"
    )

    def test_our_line_of_a_decision_list_decides(self) -> None:
        verdict = verdict_for(self.DECISIONS, subject="Fwd: Besluiten raad 5 maart")
        assert verdict.label == Label.MOTION_ADOPTED

    def test_the_other_lines_do_not(self) -> None:
        body = self.DECISIONS.replace("aangenomen (20 voor, 7 tegen)", "niet behandeld")
        verdict = verdict_for(body, subject="Fwd: Besluiten raad 5 maart")
        assert verdict.label not in (Label.MOTION_REJECTED, Label.MOTION_ADOPTED)

    def test_a_forwarded_forward_to_the_council(self) -> None:
        verdict = verdict_for(
            "Ter info.\n\n-----Oorspronkelijk bericht-----\nVan: Griffie Voorbeeld\n"
            "Verzonden: dinsdag 3 maart 2026 10:00\nAan: Raadsleden Voorbeeld\n"
            "Onderwerp: FW: Pleidooi voor gewortelde kinderen\n\nBeste raadsleden,\n\n"
            "Bijgaand een verzoek van KinderpardonNU met een voorbeeldmotie. Ik stuur het op "
            "hun verzoek aan jullie allemaal door.\n\nGroet,\nGriffie\n\n" + LETTER,
            subject="FW: FW: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == Label.FORWARDED

    def test_a_long_note_is_read_on_its_own(self) -> None:
        verdict = verdict_for(
            "Ter info: ik heb dit doorgestuurd naar onze fractie en wij bespreken het "
            "volgende week in ons overleg over de begroting.\n\n" + self.DECISIONS,
            subject="Fwd: Besluiten raad 5 maart",
        )
        assert verdict.label == Label.FORWARDED


class TestAutomaticRepliesInMoreLanguages:
    """Absence subjects and phrases beyond Dutch, English, German, French and Polish."""

    @pytest.mark.parametrize(
        "subject",
        [
            "Automatinis atsakymas: Pleidooi voor gewortelde kinderen",
            "Automaatne vastus: Pleidooi voor gewortelde kinderen",
            "Ārpus biroja: Pleidooi voor gewortelde kinderen",
            "Fuori ufficio: Pleidooi voor gewortelde kinderen",
            "Otomatik yanıt: Pleidooi voor gewortelde kinderen",
            "Fraværende: Pleidooi voor gewortelde kinderen",
        ],
    )
    def test_subjects(self, subject: str) -> None:
        assert verdict_for("Tot ziens.", subject=subject).label == Label.AUTO_REPLY

    @pytest.mark.parametrize(
        "body",
        [
            "Esmu atvaļinājumā līdz 12. augustam.",
            "Olen puhkusel kuni 5. maini.",
            "Jeg er på ferie til og med 3. juli.",
            "Sono assente dall'ufficio fino al 3 maggio.",
            "Estoy fuera de la oficina hasta el lunes.",
            "Jestem na urlopie do 5 maja.",
            "Şu anda izindeyim.",
            "Lūdzu ignorējiet šo e-pastu, tas nosūtīts kļūdas pēc.",
        ],
    )
    def test_bodies(self, body: str) -> None:
        verdict = verdict_for(body, subject="Re: Pleidooi voor gewortelde kinderen")
        assert verdict.label == Label.AUTO_REPLY

    def test_a_dutch_semester_is_no_absence(self) -> None:
        verdict = verdict_for("Dit semester bespreken we de motie in de fractie." + GMAIL_NL_QUOTE)
        assert verdict.label != Label.AUTO_REPLY

    def test_letters_without_a_combining_accent_fold(self) -> None:
        assert fold("Fraværende Łódź Straße yanıt") == "fravaerende lodz strasse yanit"


class TestNearMissesOfTheNewReadings:
    """Each new reading next to the sentence it must leave alone."""

    def test_a_colleague_of_mine_on_leave_is_no_absence_note(self) -> None:
        verdict = verdict_for(
            "Mijn collega is met verlof; zij komt er na 1 juni op terug." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.ACKNOWLEDGED

    def test_a_result_elsewhere_leaves_the_own_plan_standing(self) -> None:
        verdict = verdict_for(
            "In Utrecht en Leiden is de motie aangenomen, wij gaan hem ook indienen."
            + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_a_plan_already_carried_out_is_no_plan(self) -> None:
        verdict = verdict_for("De motie die we wilden indienen is gisteren ingediend.")
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_no_motion_coming_from_the_senders_group(self) -> None:
        verdict = verdict_for("Er komt geen motie van onze fractie." + OUTLOOK_NL_QUOTE)
        assert verdict.label == Label.DECLINED

    def test_seeing_what_we_can_do_with_it(self) -> None:
        verdict = verdict_for("Leuk initiatief. Ik kijk wat we ermee kunnen." + OUTLOOK_NL_QUOTE)
        assert verdict.label == Label.ACKNOWLEDGED

    def test_forwarded_before_the_meeting_is_done(self) -> None:
        verdict = verdict_for(
            "Ik heb het aan de fracties doorgestuurd voordat de vergadering begon."
            + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.FORWARDED


class TestVotesAndTensesInOtherWords:
    """A majority against, a tie "van stemmen", and a bare present tense of submitting."""

    def test_the_majority_voted_against(self) -> None:
        verdict = verdict_for("Helaas heeft de meerderheid tegen gestemd." + OUTLOOK_NL_QUOTE)
        assert verdict.label == Label.MOTION_REJECTED

    def test_a_tie_called_staking_van_stemmen(self) -> None:
        verdict = verdict_for(
            "Over de motie is gestemd, maar door staking van stemmen wordt de stemming in de "
            "volgende raad herhaald." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED

    @pytest.mark.parametrize(
        "text",
        [
            "Wij dienen de motie in samen met de PvdA, in de raad van 5 november.",
            "Elders is een soortgelijke motie verworpen; wij dienen hem toch in.",
        ],
    )
    def test_a_first_persons_present_tense_is_a_plan(self, text: str) -> None:
        assert verdict_for(text + OUTLOOK_NL_QUOTE).label == Label.MOTION_PLANNED

    def test_today_makes_the_present_tense_done(self) -> None:
        verdict = verdict_for("Wij dienen de motie vanavond in." + OUTLOOK_NL_QUOTE)
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_brought_into_the_group_meeting_is_a_receipt(self) -> None:
        verdict = verdict_for(
            "Bedankt, ik breng het in bij onze fractievergadering van maandag." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.ACKNOWLEDGED
        assert not verdict.needs_review


class TestPromisesAndPeopleOnLeave:
    """A forward promised for a weekday will be made, which is what we asked; one that
    waits for something has not; a person who writes from their holiday is not certainly an
    absence note."""

    def test_forward_promised_for_monday(self) -> None:
        verdict = verdict_for("Ik zet hem maandag door naar de fractie." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.FORWARDED

    def test_forward_that_waits_for_the_griffier_is_none_yet(self) -> None:
        verdict = verdict_for(
            "Ontvangen. Zodra de griffier terug is, zet ik hem door naar de fractie."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.FORWARDED

    def test_forwarded_on_monday_is_done(self) -> None:
        verdict = verdict_for("Ik heb hem maandag doorgestuurd naar de fractie." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.FORWARDED

    def test_on_holiday_but_answering_goes_to_a_person(self) -> None:
        verdict = verdict_for(
            "Hoi, ik ben deze week op vakantie maar heb je mail gezien." + GMAIL_NL_QUOTE
        )
        assert verdict.needs_review

    def test_an_absence_note_without_a_turn_is_decided(self) -> None:
        verdict = verdict_for("Ik ben deze week op vakantie en lees mijn mail niet.")
        assert verdict.label == Label.AUTO_REPLY
        assert not verdict.needs_review


def test_not_taking_part_in_campaigns_is_a_refusal() -> None:
    verdict = verdict_for("Onze fractie doet niet mee aan landelijke campagnes." + OUTLOOK_NL_QUOTE)
    assert verdict.label == Label.DECLINED


def test_taking_part_is_no_refusal() -> None:
    verdict = verdict_for("Onze fractie doet graag mee aan deze actie." + OUTLOOK_NL_QUOTE)
    assert verdict.label != Label.DECLINED


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Uw brief is in de griffiersmap voor de fractievoorzitters gelegd.", Label.FORWARDED),
        ("Ik heb de fractievoorzitters ingelicht over uw verzoek.", Label.FORWARDED),
        ("We zijn met twee fracties in gesprek over een gezamenlijke motie.", Label.MOTION_PLANNED),
        ("De motie heeft het gehaald!", Label.MOTION_ADOPTED),
        ("De motie heeft het helaas niet gehaald.", Label.MOTION_REJECTED),
        ("Graag zouden we weten welke gemeenten al iets hebben gedaan.", Label.QUESTION),
    ],
)
def test_more_ways_to_say_a_step(text: str, label: Label) -> None:
    assert verdict_for(text + OUTLOOK_NL_QUOTE).label == label


def test_there_after_a_named_place_is_that_place() -> None:
    verdict = verdict_for(
        "Goed nieuws uit Kampen: daar is de motie aangenomen. Hier zijn we nog niet zo ver."
        + GMAIL_NL_QUOTE
    )
    assert verdict.label != Label.MOTION_ADOPTED


def test_courtesy_does_not_explain_away_the_wrong_person() -> None:
    verdict = verdict_for(
        "Dank voor uw mail. Ik ben niet de juiste persoon; probeer het bij de griffie."
        + GMAIL_NL_QUOTE
    )
    assert verdict.label == Label.REDIRECT


def test_a_real_receipt_still_explains_away_an_unread_mailbox_note() -> None:
    verdict = verdict_for(
        "Uw e-mail is in goede orde ontvangen en geregistreerd. Het juiste adres is "
        "griffie@voorbeeld.nl voor een volgende keer." + GMAIL_NL_QUOTE
    )
    assert verdict.label == Label.ACKNOWLEDGED


class TestResultsThatAreNotTheSendersYet:
    """A named place, a committee, an amendment on the motion, a hope, a condition or another
    topic: each makes a result or a submission less than the sender's own, and at most a
    suggestion for a person."""

    @pytest.mark.parametrize(
        "text",
        [
            "In Utrecht the motion was adopted last month; we are still discussing it.",
            "De motie is vorig jaar in Maastricht aangenomen, las ik.",
            "Het amendement op de motie is aangenomen, de motie zelf komt volgende week.",
            "De motie is aangenomen in de commissie; de raad stemt op 4 juli.",
        ],
    )
    def test_no_confident_adoption(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label != Label.MOTION_ADOPTED or verdict.needs_review

    @pytest.mark.parametrize(
        "text",
        [
            "Als de motie wordt ingediend, zal ik hem steunen.",
            "Ik hoop dat de motie wordt ingediend.",
            "De VVD heeft een motie ingediend over parkeren; over uw onderwerp nog niets.",
        ],
    )
    def test_no_confident_submission(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label != Label.MOTION_SUBMITTED or verdict.needs_review

    def test_own_place_with_our_motion_is_decided(self) -> None:
        verdict = verdict_for("Vanavond is in Arnhem onze motie aangenomen." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_an_infinitive_is_no_place(self) -> None:
        verdict = verdict_for(
            "Fijn te kunnen melden dat de raad de motie gisteravond unaniem heeft aangenomen."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_we_hope_to_submit_it_ourselves_is_a_plan(self) -> None:
        verdict = verdict_for("We hopen dat we de motie in maart kunnen indienen." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_PLANNED


def test_a_reply_through_a_mailing_list_is_read_not_dropped() -> None:
    verdict = verdict_for(
        "Beste mensen, de motie is gisteren aangenomen!",
        subject="Re: Pleidooi voor gewortelde kinderen",
        headers={"List-Id": "<fractie.voorbeeld.nl>"},
    )
    assert verdict.label == Label.MOTION_ADOPTED
    assert verdict.needs_review  # list mail: only the fixed phrase reads it, a person confirms


def test_a_newsletter_saying_adopted_stays_other() -> None:
    verdict = verdict_for(
        "Nieuws uit de regio: in Zwolle is een motie over gewortelde kinderen aangenomen.",
        subject="Nieuwsbrief oktober",
        headers={"List-Id": "<nieuws.voorbeeld.nl>"},
    )
    assert verdict.label == Label.OTHER


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Onze raad beperkt zich tot lokale onderwerpen.", Label.DECLINED),
        ("Nee, dank u.", Label.DECLINED),
        ("Wij verzoeken u dit adres niet meer te gebruiken voor campagnes.", Label.OPT_OUT),
        ("Ik wil hier niets meer over ontvangen.", Label.OPT_OUT),
        ("Op 12 november stemt de raad over de motie.", Label.MOTION_SUBMITTED),
    ],
)
def test_refusals_opt_outs_and_votes_in_other_words(text: str, label: Label) -> None:
    assert verdict_for(text + GMAIL_NL_QUOTE).label == label


def test_nee_inside_a_sentence_is_no_refusal() -> None:
    verdict = verdict_for(
        "Ik dacht eerst nee, maar de motie is nu toch ingediend." + GMAIL_NL_QUOTE
    )
    assert verdict.label == Label.MOTION_SUBMITTED


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "I am not the right person, please contact the clerk at griffie@voorbeeld.nl.",
            Label.REDIRECT,
        ),
        ("We are considering a motion but have not decided yet.", Label.MOTION_PLANNED),
        ("I will bring this up in our group meeting.", Label.ACKNOWLEDGED),
    ],
)
def test_english_in_other_words(text: str, label: Label) -> None:
    assert verdict_for(text + GMAIL_NL_QUOTE).label == label


def test_also_in_a_named_place_is_that_place() -> None:
    verdict = verdict_for(
        "Ook in Utrecht is onze motie aangenomen; bij ons wordt hij volgende week besproken."
        + GMAIL_NL_QUOTE
    )
    assert verdict.label != Label.MOTION_ADOPTED

"""Replies about the letter, not the motion, in forms the rules had not met yet.

Each class names one general signal: an automatic reply that says nobody reads the mail for a
while (so its "we read it from Monday" is no receipt), a message recall, a web address's
words, the right contact point named elsewhere, where the letter lies now, a refusal by
competence in the infinitive, the scope of a negation after "en", a forward done before an
open question, the words that do not make a reply speak of the campaign, and the negations
that add nothing to a receipt.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.patterns import WEB_ADDRESS
from tests.classify.support import GMAIL_NL_QUOTE, verdict_for

L = Label
MACHINE = {"Auto-Submitted": "auto-generated"}
AUTO_SUBJECT = "Automatisch antwoord: Pleidooi voor gewortelde kinderen"


class TestNobodyReadsForAWhile:
    @pytest.mark.parametrize(
        "body",
        [
            # The office runs short for a period, and handles mail after it.
            "Bedankt voor uw e-mail. Rond de feestdagen is het secretariaat beperkt bezet. "
            "Uw bericht wordt vanaf 5 januari in behandeling genomen.",
            # The owner does not read mail until a date, then picks it up.
            "Dank voor uw mail. Tot en met 20 april ben ik op reis en lees ik mijn mail niet. "
            "Na terugkomst neem ik uw bericht in behandeling.",
            # The mailbox is not watched for two days; mail is read afterwards.
            "Thank you for your message. Because of maintenance this inbox is not monitored "
            "on Monday. Messages received that day will be read on Tuesday.",
        ],
    )
    def test_a_machine_that_defers_reading_is_an_automatic_reply(self, body: str) -> None:
        verdict = verdict_for(body, subject=AUTO_SUBJECT, headers=MACHINE)
        assert verdict.label == L.AUTO_REPLY
        assert not verdict.needs_review

    @pytest.mark.parametrize(
        "body",
        [
            "Deze week ben ik op werkbezoek. Uw bericht is ontvangen en wordt daarna behandeld.",
            "Ik heb tot vrijdag geen toegang tot mijn mail. Uw bericht is goed ontvangen.",
            "The town hall is closed until Monday 4 May. We have received your message.",
        ],
    )
    def test_more_ways_of_being_away(self, body: str) -> None:
        verdict = verdict_for(body, subject=AUTO_SUBJECT, headers=MACHINE)
        assert verdict.label == L.AUTO_REPLY

    @pytest.mark.parametrize(
        "body",
        [
            "Het stadhuis is tussen kerst en oud en nieuw dicht. Uw mail is wel ontvangen.",
            "Door systeemonderhoud lezen wij uw bericht pas op maandag. Het is goed ontvangen.",
            "Deze week ben ik maar beperkt beschikbaar. Uw e-mail is in goede orde ontvangen.",
            "In verband met de zomerperiode kan het antwoord wat langer duren. Wij hebben uw "
            "bericht ontvangen.",
        ],
    )
    def test_a_receipt_beside_an_absence_is_an_automatic_reply(self, body: str) -> None:
        verdict = verdict_for(body, subject=AUTO_SUBJECT, headers=MACHINE)
        assert verdict.label == L.AUTO_REPLY

    def test_a_condition_on_handling_is_no_absence(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is ontvangen. Wij nemen uw bericht pas in behandeling als u uw "
            "adresgegevens aanvult.",
            subject="Ontvangstbevestiging",
            headers=MACHINE,
        )
        assert verdict.label != L.AUTO_REPLY

    def test_a_person_who_reads_it_later_is_still_answering(self) -> None:
        verdict = verdict_for("Dank, ik kan uw brief pas volgende week lezen.")
        assert verdict.label != L.AUTO_REPLY

    def test_a_receipt_without_any_absence_stays_a_receipt(self) -> None:
        verdict = verdict_for(
            "Bedankt voor uw e-mail. Wij nemen uw bericht in behandeling.",
            subject="Ontvangstbevestiging",
            headers=MACHINE,
        )
        assert verdict.label == L.ACKNOWLEDGED


class TestMessageRecall:
    def test_a_recall_is_other_whatever_the_quoted_subject_says(self) -> None:
        verdict = verdict_for(
            'Jan Jansen wil het bericht "RE: Verzoek om door te sturen aan de '
            'fractievoorzitters" intrekken.',
            subject="Intrekken: RE: Verzoek om door te sturen aan de fractievoorzitters",
        )
        assert verdict.label == L.OTHER
        assert not verdict.needs_review

    def test_the_english_recall_text_alone_is_enough(self) -> None:
        verdict = verdict_for(
            'Jan Jansen would like to recall the message "RE: Motion adopted".',
            subject="RE: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == L.OTHER

    def test_a_subject_that_starts_so_is_no_recall_on_its_own(self) -> None:
        verdict = verdict_for(
            "Helaas: wij hebben de motie gisteren ingetrokken, er was geen meerderheid.",
            subject="Intrekken: motie Pleidooi voor gewortelde kinderen",
        )
        assert "message-recall" not in {reason.rule for reason in verdict.reasons}

    def test_a_person_taking_back_their_own_news_is_no_recall(self) -> None:
        verdict = verdict_for(
            "Ik wil het bericht van gisteren intrekken: de motie is toch niet ingediend."
        )
        assert "message-recall" not in {reason.rule for reason in verdict.reasons}

    def test_a_motion_withdrawn_is_no_recall(self) -> None:
        verdict = verdict_for("Wij hebben onze motie gisteren moeten intrekken.")
        assert "message-recall" not in {reason.rule for reason in verdict.reasons}


class TestWebAddressWords:
    def test_a_bare_host_name_is_no_word_of_the_sentence(self) -> None:
        assert WEB_ADDRESS.sub(" ", "Kijk op dorp.raadsinformatie.nl voor de stukken.") == (
            "Kijk op   voor de stukken."
        )

    def test_the_domain_of_an_e_mail_address_stays(self) -> None:
        text = "Schrijf naar griffie@ons-dorp.nl."
        assert WEB_ADDRESS.sub(" ", text) == text

    def test_a_reading_system_in_a_link_is_no_forward(self) -> None:
        verdict = verdict_for(
            "Bedankt voor uw bericht. De vergaderstukken staan op ons-dorp.raadsinformatie.nl."
        )
        assert verdict.label != L.FORWARDED


class TestWhereItBelongs:
    def test_the_right_contact_point_named_elsewhere_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "Dit is het adres van de gemeente. Voor raadszaken is de griffie het aangewezen "
            "aanspreekpunt: griffie@voorbeeld.nl.",
            sender="Gemeente <info@voorbeeld.nl>",
        )
        assert verdict.label == L.REDIRECT

    def test_a_person_routing_it_inside_the_town_hall_confirms_receipt(self) -> None:
        verdict = verdict_for("Bedankt, ik heb uw brief doorgezet naar de betreffende afdeling.")
        assert verdict.label == L.ACKNOWLEDGED

    def test_routing_to_the_griffie_as_the_department_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Ik heb uw brief doorgezet naar de verantwoordelijke afdeling, de griffie."
        )
        assert verdict.label == L.FORWARDED

    def test_passed_to_the_right_desk_is_no_redirect(self) -> None:
        verdict = verdict_for("Wij hebben uw vraag doorgezet naar het juiste loket.")
        assert "sentence-redirect" not in {reason.rule for reason in verdict.reasons}

    def test_not_the_right_address_with_aan_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "Met dit verzoek bent u bij ons niet aan het juiste adres. Schrijft u de griffie: "
            "griffie@voorbeeld.nl.",
            sender="Gemeente <info@voorbeeld.nl>",
        )
        assert verdict.label == L.REDIRECT

    def test_a_mail_after_a_possessive_is_no_instruction_to_write(self) -> None:
        verdict = verdict_for(
            "Zie mijn eerdere mail van 3 maart: uw brief is toen al doorgestuurd naar de "
            "fractievoorzitters."
        )
        assert verdict.label == L.FORWARDED
        assert "redirect-notice" not in {reason.rule for reason in verdict.reasons}

    def test_where_the_letter_lies_now_is_a_forward(self) -> None:
        verdict = verdict_for("Uw brief ligt nu bij de griffier, die hem aan de fracties geeft.")
        assert verdict.label == L.FORWARDED

    def test_shared_with_the_council_verb_last_is_a_forward(self) -> None:
        verdict = verdict_for("Ik heb uw mail gelezen, die ik vandaag met de raadsleden deel.")
        assert verdict.label != L.FORWARDED  # "deel" is no third person: the rule is narrow
        verdict = verdict_for("Het is bij de burgemeester, die uw mail met de raad deelt.")
        assert verdict.label == L.FORWARDED

    def test_a_decision_that_lies_with_the_council_is_no_forward(self) -> None:
        verdict = verdict_for("De keuze ligt bij de raad zelf, niet bij de griffie.")
        assert verdict.label != L.FORWARDED


class TestRefusalsAndTheirScope:
    def test_keeping_to_local_matters_in_the_infinitive_is_a_refusal(self) -> None:
        verdict = verdict_for(
            "Onze raad heeft besloten zich te beperken tot zaken waarover de gemeente zelf "
            "gaat. Migratie hoort daar niet bij."
        )
        assert verdict.label == L.DECLINED

    def test_a_negation_after_en_and_a_verb_of_its_own_is_that_verbs(self) -> None:
        verdict = verdict_for(
            "De griffie ondersteunt de raadsleden en geeft zelf geen oordeel over brieven. "
            "Ik heb uw mail wel doorgestuurd aan de fractievoorzitters."
        )
        assert verdict.label == L.FORWARDED
        assert "sentence-refused-action" not in {reason.rule for reason in verdict.reasons}

    def test_two_verbs_before_one_negation_are_both_negated(self) -> None:
        verdict = verdict_for("Wij steunen en verspreiden dit soort oproepen niet.")
        assert verdict.label == L.DECLINED

    def test_two_nouns_before_one_negation_leave_the_verb_negated(self) -> None:
        verdict = verdict_for("De griffie verspreidt lobbybrieven en campagnemails niet.")
        assert verdict.label == L.DECLINED

    def test_a_forward_before_an_open_question_was_done(self) -> None:
        verdict = verdict_for(
            "Ik heb uw e-mail doorgestuurd aan de fractievoorzitters, zodat zij kunnen "
            "bekijken of zij er iets mee doen."
        )
        assert verdict.label == L.FORWARDED

    def test_a_forward_inside_the_open_question_is_still_open(self) -> None:
        verdict = verdict_for(
            "Uw bericht is bij ons binnengekomen. De griffier bekijkt of hij het doorstuurt."
        )
        assert verdict.label == L.ACKNOWLEDGED


class TestNotAboutTheCampaign:
    def test_a_greeting_to_us_alone_does_not_speak_of_the_campaign(self) -> None:
        verdict = verdict_for(
            "Beste KinderpardonNU,\n\nTip: volgende week is er een open avond in het "
            "buurthuis over dit onderwerp."
        )
        assert verdict.label == L.OTHER

    def test_a_motion_of_another_title_does_not_either(self) -> None:
        verdict = verdict_for(
            "Zoals beloofd: de uitwerking van de motie 'Zwemles op alle basisscholen' volgt "
            "na de zomer."
        )
        assert verdict.label == L.OTHER


class TestReceiptsThatSayNoMore:
    @pytest.mark.parametrize(
        "body",
        [
            # An apology for a missing receipt negates the receipt, not our request.
            "Uw brief van maart is hier wel aangekomen. Het spijt ons dat u daar destijds "
            "geen bevestiging van kreeg.",
            # "Nog niets" is a step still to come, like "nog niet".
            "Wij hebben uw e-mail ontvangen. Bij de fracties is er nog niets over besproken.",
        ],
    )
    def test_a_receipt_with_only_such_a_negation_is_decided(self, body: str) -> None:
        verdict = verdict_for(body)
        assert verdict.label == L.ACKNOWLEDGED
        assert not verdict.needs_review

    def test_a_receipt_with_a_turn_of_its_own_still_goes_to_a_person(self) -> None:
        verdict = verdict_for(
            "Wij hebben uw e-mail ontvangen. Onze gemeenteraad mengt zich niet in de discussie "
            "over de opvang van asielzoekers."
        )
        assert verdict.needs_review


class TestOfferOfAdvice:
    def test_an_offer_that_opens_advice_asks_nothing(self) -> None:
        verdict = verdict_for(
            "Mag ik u een eerlijke tip geven? Een oproep aan de gemeenteraad helpt hier weinig; "
            "schrijf liever de Tweede Kamer aan. Wij doen hier niets mee."
        )
        assert verdict.label == L.DECLINED
        assert not verdict.asks_question

    def test_asking_permission_to_ask_is_still_a_question(self) -> None:
        verdict = verdict_for("Mag ik vragen van wie u dit adres heeft gekregen?")
        assert verdict.asks_question or verdict.label == L.QUESTION


class TestDeviceLineOnly:
    def test_a_device_line_above_the_whole_quote_is_an_empty_reply(self) -> None:
        verdict = verdict_for("Verzonden vanaf mijn Galaxy" + GMAIL_NL_QUOTE)
        assert verdict.label == L.OTHER
        assert not verdict.needs_review

    def test_an_answer_below_the_quote_is_not_lost(self) -> None:
        verdict = verdict_for(
            "Verzonden vanaf mijn Galaxy" + GMAIL_NL_QUOTE + "\n\nWij dienen de motie in "
            "op 12 maart."
        )
        assert verdict.needs_review or verdict.label != L.OTHER


class TestMorePhrasings:
    @pytest.mark.parametrize(
        ("body", "label"),
        [
            # Put where the council's papers are: the letter passed on.
            ("Ik heb uw brief in het postvak van de fractievoorzitters gelegd.", L.FORWARDED),
            ("Uw mail is bij de stukken voor de agendacommissie gevoegd.", L.FORWARDED),
            ("De e-mail is aan de ingekomen stukken voor de raad toegevoegd.", L.FORWARDED),
            # The receipt in the passive.
            ("Dank u, uw verzoek wordt door ons opgepakt.", L.ACKNOWLEDGED),
            # A refusal by competence, inverted or short.
            ("Daar gaat de gemeenteraad van Ons Dorp niet over.", L.DECLINED),
            ("Dit is niet aan de gemeente, het betreft rijksbeleid.", L.DECLINED),
        ],
    )
    def test_the_phrasing_is_read(self, body: str, label: Label) -> None:
        assert verdict_for(body).label == label


class TestOfficeHoursAndWishes:
    def test_an_office_hours_notice_is_an_automatic_reply(self) -> None:
        verdict = verdict_for(
            "Thank you for your message. This inbox is read on weekdays from 9 to 5; mail "
            "received at other times will be read on the next working day.",
            subject="Automatic reply: Pleidooi voor gewortelde kinderen",
            headers=MACHINE,
        )
        assert verdict.label == L.AUTO_REPLY

    def test_reaching_the_griffie_directly_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "Wij sturen zulke berichten niet door. U kunt de raadsgriffie zelf mailen via "
            "griffie@voorbeeld.nl.",
            sender="Klantcontact <info@voorbeeld.nl>",
        )
        assert verdict.label == L.REDIRECT

    def test_good_wishes_alone_are_no_receipt(self) -> None:
        verdict = verdict_for(
            "Wat een sympathiek initiatief van jullie. Veel succes met jullie campagne!"
        )
        assert verdict.label == L.OTHER

    def test_good_wishes_beside_a_receipt_stay_a_receipt(self) -> None:
        verdict = verdict_for("Uw brief is goed ontvangen. Veel succes met jullie campagne!")
        assert verdict.label == L.ACKNOWLEDGED

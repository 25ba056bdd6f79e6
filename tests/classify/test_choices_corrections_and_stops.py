"""Replies whose words turn on one small signal: a choice left open ("al dan niet"), a
negation put right by a later occasion, a wish to forward with a "but", an address named
only to be dropped, a case number for another matter, a newsletter's own result.
"""

from __future__ import annotations

from email.message import EmailMessage

from outreach.classify.chain import classify
from outreach.classify.labels import Label
from outreach.classify.message import parse_message
from tests.classify.support import CONTEXT, OWN_ADDRESS, verdict_for

L = Label
PARTY = "Jan Visser <j.visser@fractie-voorbeeld.nl>"
NEWSLETTER = {"List-Unsubscribe": "<mailto:nieuws@d66voorbeeld.nl?subject=afmelden>"}


class TestChoiceLeftOpen:
    def test_al_dan_niet_is_no_refusal_beside_a_forward(self) -> None:
        verdict = verdict_for(
            "Uw mail is in goede orde ontvangen. De griffie heeft uw brief opgenomen in de "
            "wekelijkse postmail aan de raadsleden. Het is aan de fracties zelf om al dan niet "
            "een motie in te dienen."
        )
        assert verdict.label == L.FORWARDED
        assert not verdict.needs_review

    def test_a_plain_negation_beside_a_receipt_still_goes_to_a_person(self) -> None:
        verdict = verdict_for(
            "Uw mail is in goede orde ontvangen. De fracties zullen zich er niet over buigen."
        )
        assert verdict.needs_review


class TestLaterInstead:
    def test_not_now_but_at_the_budget_is_a_plan(self) -> None:
        verdict = verdict_for(
            "We hebben besloten de motie niet in te dienen bij de voorjaarsnota, omdat die "
            "agenda al overvol is, maar bij de begrotingsbehandeling in november.",
            sender=PARTY,
        )
        assert verdict.label == L.MOTION_PLANNED

    def test_not_at_all_stays_a_refusal(self) -> None:
        verdict = verdict_for("We hebben besloten de motie niet in te dienen.", sender=PARTY)
        assert verdict.label == L.DECLINED


class TestNoMotionFromTheCouncil:
    def test_a_council_that_decided_no_motion_beside_the_list_of_incoming_mail(self) -> None:
        verdict = verdict_for(
            "Uw brief is op de lijst van ingekomen stukken geplaatst en daarmee aan alle "
            "fracties bekend. Er zal vanuit de raad van Oldebroek dus geen motie over dit "
            "onderwerp worden ingediend."
        )
        assert verdict.label == L.DECLINED


class TestWishToForwardWithABut:
    def test_a_wish_to_register_then_a_question_is_a_question(self) -> None:
        verdict = verdict_for(
            "Wij willen uw brief graag als ingekomen stuk registreren, maar uit de mail wordt "
            "niet duidelijk wie de afzender is. Kunt u ons laten weten wie de contactpersoon is?"
        )
        assert verdict.label == L.QUESTION

    def test_a_done_forward_beside_a_question_stays_a_forward(self) -> None:
        verdict = verdict_for(
            "Uw brief is doorgestuurd naar de fractievoorzitters. Kunt u de motie ook in Word "
            "sturen?"
        )
        assert verdict.label == L.FORWARDED

    def test_the_forward_that_brought_it_to_a_member_who_asks_is_a_question(self) -> None:
        verdict = verdict_for(
            "De griffie heeft uw e-mail aan ons doorgestuurd. Voordat onze fractie een "
            "standpunt kan innemen: weet u hoeveel van deze kinderen in onze gemeente wonen?",
            sender=PARTY,
        )
        assert verdict.label == L.QUESTION


class TestAddressesToDrop:
    def test_the_address_to_remove_is_no_new_address(self) -> None:
        verdict = verdict_for(
            "Haal gemeente@voorbeeld.nl alsjeblieft van jullie lijst. Als jullie per se de raad "
            "willen bereiken, stuur het dan zelf naar de griffie, maar niet meer hierheen.",
            sender="R. Wetzels <r.wetzels@voorbeeld.nl>",
        )
        assert verdict.label == L.OPT_OUT

    def test_a_new_address_beside_a_removal_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "Dit adres wordt niet meer gelezen. Schrijf voortaan naar griffie@voorbeeld.nl en "
            "haal dit adres uit uw lijst.",
            sender="R. Wetzels <r.wetzels@voorbeeld.nl>",
        )
        assert verdict.label == L.REDIRECT

    def test_any_list_or_file_of_addresses_can_be_left(self) -> None:
        verdict = verdict_for(
            "Wij verzoeken u dringend het adres info@voorbeeld.nl te verwijderen uit uw "
            "verzendbestand en ons geen verdere berichten over deze actie te sturen."
        )
        assert verdict.label == L.OPT_OUT

    def test_no_more_reminders_after_a_refusal_stays_the_refusal(self) -> None:
        verdict = verdict_for(
            "Het presidium heeft besloten dat de brief niet aan de fracties wordt aangeboden en "
            "er komt vanuit de raad geen motie. Wij verzoeken u hierover geen verdere "
            "herinneringen te sturen; dit is ons definitieve antwoord."
        )
        assert verdict.label == L.DECLINED


class TestCaseNumberForAnotherMatter:
    def test_an_answer_on_a_petition_goes_to_a_person(self) -> None:
        verdict = verdict_for(
            "Op 14 januari ontvingen wij uw petitie over het behoud van de speeltuin. Het "
            "college heeft de petitie besproken.",
            subject="Reactie op uw petitie speeltuin De Wiken - kenmerk 2026/01455",
        )
        assert verdict.needs_review
        assert "another matter" in (verdict.review_reason or "")

    def test_a_ticket_receipt_that_names_nothing_needs_nobody(self) -> None:
        verdict = verdict_for(
            "Wij hebben uw melding ontvangen en geregistreerd onder nummer M2602 0418.",
            subject="Melding ontvangen - kenmerk 2026/01455",
        )
        assert verdict.label == L.ACKNOWLEDGED
        assert not verdict.needs_review


class TestNewsletterOnOurMotion:
    def test_a_party_newsletter_with_its_own_result_goes_to_a_person(self) -> None:
        verdict = verdict_for(
            "Nieuws uit de raad. Goed nieuws: onze motie voor gewortelde kinderen (op basis van "
            "het voorbeeld van KinderpardonNU) werd op 28 april aangenomen.",
            subject="Nieuwsbrief mei",
            sender="D66 Voorbeeld <nieuws@d66voorbeeld.nl>",
            headers=NEWSLETTER,
        )
        assert verdict.needs_review

    def test_a_newsletter_with_results_around_the_country_is_set_aside(self) -> None:
        verdict = verdict_for(
            "Kinderrechten in het land. In Zwolle en Deventer werden in maart moties aangenomen "
            "over gewortelde kinderen.",
            subject="Nieuwsbrief mei",
            sender="Netwerk <nieuws@netwerk-voorbeeld.nl>",
            headers=NEWSLETTER,
        )
        assert verdict.label == L.OTHER
        assert not verdict.needs_review


class TestMembersNeverReached:
    def test_routed_to_the_griffie_that_does_not_pass_it_on_is_a_refusal(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is doorgezet naar de griffie. De griffie van Voorbeeld stuurt verzoeken "
            "van belangenorganisaties om moties in te dienen niet door aan de fracties."
        )
        assert verdict.label == L.DECLINED
        assert not verdict.needs_review

    def test_put_before_the_presidium_that_decided_not_to_spread_it(self) -> None:
        verdict = verdict_for(
            "Ik heb uw mail in het presidium van 9 maart voorgelegd. Het presidium heeft "
            "besloten de brief niet onder de raadsleden te verspreiden."
        )
        assert verdict.label == L.DECLINED

    def test_not_sent_to_each_group_but_on_the_list_of_incoming_mail_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Wij sturen brieven van derden niet apart door aan de fractievoorzitters. Uw brief "
            "is daarom niet doorgestuurd, maar wel geplaatst op de lijst ingekomen stukken."
        )
        assert verdict.label == L.FORWARDED

    def test_a_forward_taken_back_reaches_nobody(self) -> None:
        verdict = verdict_for(
            "Op 28 januari schreef ik u dat uw bericht was doorgestuurd aan de "
            "fractievoorzitters. Dat klopt helaas niet. Uw brief wordt dus niet aan de fracties "
            "doorgestuurd."
        )
        assert verdict.label == L.DECLINED

    def test_a_letter_the_mayor_sent_to_the_house_is_no_forward(self) -> None:
        verdict = verdict_for(
            "De motie uit 2025 is toen besproken en de burgemeester heeft er daarna een brief "
            "over naar de Tweede Kamer gestuurd."
        )
        assert verdict.label != L.FORWARDED


class TestNoticesThatAreNotAutoReplies:
    def test_a_quarantine_notice_about_our_letter_is_a_soft_bounce(self) -> None:
        verdict = verdict_for(
            "Uw bericht aan stadhuis@voorbeeld.nl is door ons spamfilter in quarantaine "
            "geplaatst. Het bericht is nog niet afgeleverd.",
            subject="[Quarantaine] Uw bericht wordt vastgehouden",
            sender="Mailgateway <noreply@voorbeeld.nl>",
            headers={"Auto-Submitted": "auto-generated"},
        )
        assert verdict.label == L.BOUNCE_SOFT

    def test_mail_held_for_the_reader_is_no_bounce_of_ours(self) -> None:
        verdict = verdict_for(
            "Er zijn 3 berichten voor u in quarantaine geplaatst. Klik hier om ze te bekijken.",
            subject="Quarantaine-overzicht",
            sender="Mailgateway <noreply@voorbeeld.nl>",
            headers={"Auto-Submitted": "auto-generated"},
        )
        assert verdict.label != L.BOUNCE_SOFT

    def test_a_sign_up_confirmation_is_no_auto_reply(self) -> None:
        verdict = verdict_for(
            "Bedankt voor uw aanmelding voor de digitale nieuwsbrief. Klik op de link om uw "
            "aanmelding te bevestigen. Heeft u zich niet aangemeld? Dan kunt u dit bericht "
            "negeren.",
            subject="Bevestig uw aanmelding",
        )
        assert verdict.label != L.AUTO_REPLY

    def test_a_mail_sent_by_mistake_that_asks_to_be_ignored_is_one(self) -> None:
        verdict = verdict_for(
            "Dit bericht is per vergissing verzonden; u kunt dit bericht negeren.",
            subject="Testbericht",
        )
        assert verdict.label == L.AUTO_REPLY


class TestVotesAndPlans:
    def test_a_tie_then_a_rejection_at_the_revote_is_rejected(self) -> None:
        verdict = verdict_for(
            "In september staakten de stemmen (13-13), en gisteravond bij de herstemming is de "
            "motie alsnog verworpen met 13 tegen 14.",
            sender=PARTY,
        )
        assert verdict.label == L.MOTION_REJECTED

    def test_a_tie_then_an_adoption_at_the_revote_is_adopted(self) -> None:
        verdict = verdict_for(
            "In september staakten de stemmen (13-13), en gisteravond bij de herstemming is de "
            "motie alsnog aangenomen met 14 tegen 13.",
            sender=PARTY,
        )
        assert verdict.label == L.MOTION_ADOPTED

    def test_a_tie_alone_is_submitted(self) -> None:
        verdict = verdict_for("In september staakten de stemmen (13-13).", sender=PARTY)
        assert verdict.label == L.MOTION_SUBMITTED

    def test_not_now_then_a_plan_after_a_semicolon(self) -> None:
        verdict = verdict_for(
            "Gezien de verkiezingen van maart is het niet verstandig hem nu nog in te dienen; we "
            "willen hem na de installatie van de nieuwe raad, waarschijnlijk in juni, samen met "
            "D66 indienen.",
            sender=PARTY,
        )
        assert verdict.label == L.MOTION_PLANNED

    def test_looking_into_a_motion_beside_a_question_is_a_question(self) -> None:
        verdict = verdict_for(
            "Wij willen serieus kijken of we een motie kunnen indienen, maar willen eerst weten "
            "om hoeveel kinderen het gaat. Beschikt u over cijfers per gemeente?",
            sender=PARTY,
        )
        assert verdict.label == L.QUESTION

    def test_the_motions_recitals_are_no_weighing(self) -> None:
        verdict = verdict_for(
            "We passen de overwegingen iets aan en we willen hem indienen bij de "
            "raadsvergadering van 14 december. Hebben jullie een overzicht van gemeenten?",
            sender=PARTY,
        )
        assert verdict.label == L.MOTION_PLANNED


class TestAnswerElsewhere:
    def test_a_receipt_whose_answer_is_attached_goes_to_a_person(self) -> None:
        message = EmailMessage()
        message["From"] = "Gemeente <info@voorbeeld.nl>"
        message["To"] = OWN_ADDRESS
        message["Subject"] = "Reactie op uw e-mail"
        message.set_content(
            "In de bijlage treft u de reactie van het college op uw e-mail van 2 februari "
            "(ons kenmerk 26.0002198)."
        )
        message.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf")
        verdict = classify(parse_message(bytes(message)), CONTEXT)
        assert verdict.label == L.ACKNOWLEDGED
        assert verdict.review_reason == "the answer is in an attachment"

    def test_a_ticket_whose_handler_note_says_where_it_went_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Uw melding met nummer 2026-LL-04412 is afgehandeld. Toelichting van de "
            'behandelaar: "Bericht is overgedragen aan de griffie. De griffie stuurt het door '
            'aan de fractievoorzitters."',
            subject="Melding 2026-LL-04412 afgehandeld",
            headers={"Auto-Submitted": "auto-generated"},
        )
        assert verdict.label == L.FORWARDED


class TestForwardsInOtherVerbs:
    def test_put_before_the_presidium_in_the_present_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Ik leg uw brief met de bijlagen voor aan het presidium van 10 februari; daarin "
            "zitten de fractievoorzitters van alle partijen."
        )
        assert verdict.label == L.FORWARDED

    def test_put_before_a_colleague_griffier_is_only_a_receipt(self) -> None:
        verdict = verdict_for("Ontvangen, dank u wel. Ik leg het voor aan de griffier.")
        assert verdict.label == L.ACKNOWLEDGED

    def test_a_body_that_decided_to_send_it_to_all_groups(self) -> None:
        verdict = verdict_for(
            "De agendacommissie heeft besloten de brief met beide bijlagen aan alle fracties toe "
            "te sturen, wat inmiddels is gebeurd."
        )
        assert verdict.label == L.FORWARDED


class TestOtherWordsForStops:
    def test_send_it_yourselves_to_the_griffie_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "Ik zit bij sociaal domein en heb niets met de raad te maken. Beter kunnen jullie het "
            "zelf naar de griffie sturen: griffie@voorbeeld.nl",
            sender="Medewerker <m.jansen@voorbeeld.nl>",
        )
        assert verdict.label == L.REDIRECT

    def test_send_it_to_me_is_no_redirect(self) -> None:
        verdict = verdict_for("Kunnen jullie het naar mij sturen? Dan kijk ik ernaar.")
        assert verdict.label != L.REDIRECT

    def test_remove_from_your_files_is_an_opt_out(self) -> None:
        verdict = verdict_for("Graag dit adres (en mijn naam) uit uw bestanden verwijderen.")
        assert verdict.label == L.OPT_OUT


class TestAskedBeforeActing:
    def test_before_we_put_it_on_the_list_a_question(self) -> None:
        verdict = verdict_for(
            "Voor we een bericht op de lijst ingekomen stukken plaatsen, moet de afzender "
            "herkenbaar zijn. Kunt u mij laten weten onder welke naam KinderpardonNU kan worden "
            "vermeld?"
        )
        assert verdict.label == L.QUESTION

    def test_a_question_announced_after_a_colon(self) -> None:
        verdict = verdict_for(
            "Voordat wij dit verder oppakken een vraag: is uw brief ook aan de gemeenten "
            "Blaricum en Laren gestuurd?"
        )
        assert verdict.label == L.QUESTION

    def test_a_member_who_weighs_it_and_asks_is_asking(self) -> None:
        verdict = verdict_for(
            "De griffie heeft uw brief doorgestuurd, dank daarvoor. Wij bespreken in de fractie "
            "of we hier iets mee willen. Weet u om hoeveel kinderen het in onze gemeente gaat?",
            sender=PARTY,
        )
        assert verdict.label == L.QUESTION

    def test_a_griffie_that_forwarded_and_asks_for_a_word_file_forwarded(self) -> None:
        verdict = verdict_for(
            "Uw brief is doorgestuurd naar de fracties; zij bekijken of ze er iets mee doen. "
            "Kunt u de motie ook in Word sturen?"
        )
        assert verdict.label == L.FORWARDED

    def test_a_wish_to_forward_and_a_request_to_send_again_is_a_question(self) -> None:
        verdict = verdict_for(
            "Wij willen hem graag doorsturen, maar de twee bijlagen zijn bij ons niet te openen. "
            "Zou u de voorbeeldmotie nog een keer als pdf kunnen sturen naar griffie@voorbeeld.nl?"
        )
        assert verdict.label == L.QUESTION


DATED = {"Date": "Tue, 24 Feb 2026 10:32:00 +0100"}


class TestOldResultBesideANewStep:
    def test_a_forward_beside_last_years_result_is_the_forward_for_a_person(self) -> None:
        verdict = verdict_for(
            "Onze raad heeft al in april 2025 zo'n motie aangenomen. Uw brief heb ik evengoed "
            "doorgestuurd naar de fractievoorzitters.",
            headers=DATED,
        )
        assert verdict.label == L.FORWARDED
        assert verdict.review_reason == "forwarded, beside a result told as history"

    def test_back_then_of_the_forward_leaves_this_years_result(self) -> None:
        verdict = verdict_for(
            "Uw herinnering is niet nodig: uw verzoek is destijds doorgestuurd en de raad heeft "
            "op 12 februari al een motie van die strekking aangenomen.",
            headers=DATED,
        )
        assert verdict.label == L.MOTION_ADOPTED

    def test_a_refusal_beside_last_years_result_stays_the_result(self) -> None:
        verdict = verdict_for(
            "De raad heeft in 2025 al een motie over gewortelde kinderen aangenomen. Wij zien "
            "daarom geen aanleiding om opnieuw een motie in te dienen.",
            headers=DATED,
        )
        assert verdict.label == L.MOTION_ADOPTED


class TestPresentTenseSteps:
    def test_i_put_it_out_to_the_groups_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Dank Kees, ik zet het uit bij de fracties via de wekelijkse griffiemail."
        )
        assert verdict.label == L.FORWARDED

    def test_putting_out_the_bins_is_no_forward(self) -> None:
        verdict = verdict_for("Dank, ik zet het even uit mijn hoofd tot na de vakantie.")
        assert verdict.label != L.FORWARDED

    def test_a_body_that_decided_to_hand_it_to_all_groups(self) -> None:
        verdict = verdict_for(
            "Het presidium heeft besloten de brief en de bijlagen aan alle fracties te "
            "verstrekken; dat is gisteren gebeurd. Het presidium heeft er geen standpunt over "
            "ingenomen."
        )
        assert verdict.label == L.FORWARDED

    def test_not_in_march_but_at_the_first_council_after_is_a_plan(self) -> None:
        verdict = verdict_for(
            "We dienen hem niet in maart in, maar wel in de eerste raad na de installatie van "
            "de nieuwe raad.",
            sender=PARTY,
        )
        assert verdict.label == L.MOTION_PLANNED

    def test_a_council_that_will_take_up_no_motion_beside_the_presidium(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is door de gemeente aan mij als griffier doorgestuurd. Ik heb uw verzoek "
            "voorgelegd in het presidium, waarin alle fractievoorzitters "
            "zitting hebben. De fractievoorzitters hebben besloten hieraan geen gevolg te geven. "
            "De raad zal geen motie over dit onderwerp behandelen."
        )
        assert verdict.label == L.DECLINED

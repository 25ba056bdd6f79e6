"""Motion statements as more writers put them: a decision list or a griffier's letter passed
on under a covering note, colloquial verbs of submitting and planning, a result told by its
threshold or its count, parties listed in a minority, and the sender's own town beside
another one."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.quotes import covered_forward, split_reply
from outreach.classify.statements import own_places
from tests.classify.support import GMAIL_NL_QUOTE, OUTLOOK_NL_QUOTE, verdict_for

_REMINDER = (
    "Re: Herinnering: verzoek om door te sturen aan de fractievoorzitters en de griffier van "
)
_LETTER_SUBJECT = (
    "RE: Verzoek om door te sturen aan de fractievoorzitters en de griffier van {}: motie "
    "Pleidooi voor gewortelde kinderen"
)


def _forward(note: str, forwarded: str, subject: str) -> str:
    return (
        f"{note}\n\nMet vriendelijke groet,\nGriffie\n\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Griffie <griffie@voorbeeld.nl>\n"
        "Verzonden: donderdag 5 november 2026 08:40\n"
        "Aan: Raadsleden <raad@voorbeeld.nl>\n"
        f"Onderwerp: {subject}\n\n"
        f"{forwarded}\n\nMet vriendelijke groet,\nGriffie\n"
    )


class TestForwardedDecisionList:
    """A note that passes on the council's decision list ("zie punt 4", "hieronder het deel
    van de besluitenlijst") forwards the council's result: the item that names our motion is
    the news, the other items are not, and an item may run over two lines."""

    _LIST = (
        "Beste raadsleden,\n\nDe besluiten van gisteravond:\n\n"
        "3. Raadsvoorstel Parkeernota 2027: aangenomen (unaniem)\n"
        '4. Motie vreemd aan de orde van de dag M2 "Pleidooi voor gewortelde kinderen" '
        "(D66, GroenLinks-PvdA, ChristenUnie, SP): aangenomen (18 voor, 11 tegen)\n"
        '5. Motie M3 "Zondagsopenstelling winkels" (VVD): verworpen (9 voor, 20 tegen)'
    )

    def test_a_pointer_to_the_item_reads_its_result(self) -> None:
        verdict = verdict_for(
            _forward("Hoi, zie punt 4 :)", self._LIST, "Besluitenlijst raad 4 november"),
            subject="Fwd: Besluitenlijst raad 4 november",
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_a_longer_note_that_names_the_decision_list(self) -> None:
        verdict = verdict_for(
            _forward(
                "Geachte heer, mevrouw,\n\nTer kennisname zend ik u hieronder de "
                "concept-besluitenlijst van de raadsvergadering van 4 november door, zoals "
                "de indieners vroegen.",
                self._LIST,
                "Concept-besluitenlijst 4 november",
            ),
            subject="FW: Concept-besluitenlijst 4 november",
        )
        assert verdict.label == Label.MOTION_ADOPTED

    def test_an_item_over_two_lines_keeps_its_decision(self) -> None:
        verdict = verdict_for(
            _forward(
                "Op verzoek van de indieners stuur ik u hieronder het betreffende deel van de "
                "besluitenlijst.",
                "Besluitenlijst gemeenteraad 10-12-2026\n"
                'Agendapunt 9: Motie M5 "Gewortelde kinderen" (CDA, D66)\n'
                "Besluit: verworpen met 12 stemmen voor en 19 tegen.",
                "besluitenlijst 10 december",
            ),
            subject="FW: besluitenlijst 10 december - motie gewortelde kinderen",
        )
        assert verdict.label == Label.MOTION_REJECTED

    def test_items_without_a_result_label_stay_items_of_their_own(self) -> None:
        split = split_reply(
            _forward(
                "Hieronder de besluitenlijst.",
                "Beste raadsleden,\n\n"
                "Agendapunt 3 - Jaarrekening: vastgesteld (20 voor, 3 tegen).\n"
                "Motie M3.1 'Gewortelde kinderen' (GL): aangenomen (15 voor, 8 tegen).\n"
                "Motie M3.2 'Lantaarnpalen' (VVD): verworpen (4 voor, 19 tegen).",
                "Besluitenlijst",
            )
        )
        forwarded = covered_forward("FW: Besluitenlijst", split)
        assert "aangenomen" in forwarded
        assert "verworpen" not in forwarded
        assert "vastgesteld" not in forwarded

    def test_a_griffiers_letter_below_the_sign_off(self) -> None:
        verdict = verdict_for(
            "Geachte heer/mevrouw,\n\nHierbij ontvangt u een brief van de griffier in "
            "antwoord op uw e-mail.\n\nMet vriendelijke groet,\n\nGriffie Voorbeeld\n\n---\n"
            "Gemeente Voorbeeld - Griffie\nKenmerk 2026/4471\n\nIn de raadsvergadering van 3 "
            'december 2026 is de motie "Pleidooi voor gewortelde kinderen" in stemming '
            "gebracht. De motie is verworpen met 14 stemmen voor en 17 stemmen tegen.\n\n"
            "de griffier,\nmr. A. Jansen",
            subject="Brief van de griffier over de motie Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == Label.MOTION_REJECTED

    def test_a_signature_below_a_rule_line_is_no_letter(self) -> None:
        verdict = verdict_for(
            "Hierbij ontvangt u een reactie: wij hebben uw brief doorgestuurd aan de "
            "fractievoorzitters.\n\nMet vriendelijke groet,\n\nGriffie\n\n---\n"
            "Postbus 12, 1234 AB Voorbeeld\nT 14 0123" + OUTLOOK_NL_QUOTE,
        )
        assert verdict.label == Label.FORWARDED

    def test_a_plain_forward_subject_with_a_personal_note_stays_the_note(self) -> None:
        split = split_reply(
            _forward(
                "Ik heb hier met de fractie lang over gesproken en wij vinden dat dit geen "
                "zaak is voor de gemeenteraad, dus wij doen er niets mee. Hieronder ter info "
                "wat de griffie rondstuurde.",
                self._LIST,
                "Raadsinformatie",
            )
        )
        assert covered_forward("FW: Raadsinformatie", split) == ""


class TestColloquialSubmitting:
    """ "Ingebracht", "erin gegooid": the motion submitted in everyday words; the vote date
    beside it agrees."""

    @pytest.mark.parametrize(
        "text",
        [
            "Gisteravond hebben we m erin gegooid, de stemming is op 15 dec. Spannend!",
            "Wij hebben de motie vorige week in de raad ingebracht; stemming volgende week.",
        ],
    )
    def test_submitted(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE, subject=_REMINDER + "Voorbeeld")
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_a_subject_brought_in_elsewhere_is_no_motion(self) -> None:
        verdict = verdict_for(
            "De burgemeester heeft het onderwerp ingebracht bij het overleg met de provincie."
            + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Voorbeeld",
        )
        assert verdict.label != Label.MOTION_SUBMITTED


class TestColloquialPlanning:
    """ "Gaan we doen!" with the motion named, or with a council meeting ahead, is a plan;
    so is looking for co-submitters. Alone it may be a griffie's forward, so it is no plan."""

    @pytest.mark.parametrize(
        "text",
        [
            "Doen we! De motie komt bij de begrotingsbehandeling in november.",
            "Top. gaan we doen komende raad, ik stem het af met de andere partijen",
            "Wij zoeken op dit moment mede-indieners bij de coalitiepartijen.",
            "We gaan ervoor. De motie dienen we in de raad van maart in.",
        ],
    )
    def test_planned(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE, subject=_REMINDER + "Voorbeeld")
        assert verdict.label == Label.MOTION_PLANNED

    def test_our_model_text_adapted_and_taken_to_the_council(self) -> None:
        verdict = verdict_for(
            "We nemen uw voorbeeld als basis, passen het wat aan en nemen het mee naar de "
            "raad van februari." + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Voorbeeld",
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_do_it_alone_is_no_plan(self) -> None:
        verdict = verdict_for("Dat doen we, groet." + GMAIL_NL_QUOTE)
        assert verdict.label != Label.MOTION_PLANNED

    def test_do_it_beside_a_forward_is_the_forward(self) -> None:
        verdict = verdict_for(
            "Dat gaan we doen. Uw brief en de motie zijn doorgestuurd aan de fractievoorzitters."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.FORWARDED

    def test_do_it_negated_is_no_plan(self) -> None:
        verdict = verdict_for(
            "Dat gaan we niet doen. Een motie hierover past niet bij ons." + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_PLANNED


class TestResultByThreshold:
    """ "Niet gehaald", "haalde de motie het niet": rejected, read with the count beside it;
    a dash between two clauses is no list item's head."""

    def test_bare_not_reached_with_a_count(self) -> None:
        verdict = verdict_for(
            "Jammer, niet gehaald: 11 voor en 16 tegen." + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Voorbeeld",
        )
        assert verdict.label == Label.MOTION_REJECTED
        assert not verdict.needs_review

    def test_a_deadline_not_reached_is_no_vote(self) -> None:
        verdict = verdict_for(
            "Niet gehaald helaas, de termijn voor de agenda van mei was al voorbij."
            + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Voorbeeld",
        )
        assert verdict.label != Label.MOTION_REJECTED

    def test_dash_between_clauses(self) -> None:
        verdict = verdict_for(
            "Na een stevig debat stemde de coalitie tegen - met 13 tegen 18 haalde onze motie "
            "het niet." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED

    def test_a_list_item_of_another_subject_stays_another(self) -> None:
        verdict = verdict_for(
            "Jaarrekening 2025 - vastgesteld (20 voor, 3 tegen)." + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Voorbeeld",
        )
        assert verdict.label not in (Label.MOTION_ADOPTED, Label.MOTION_REJECTED)


class TestMinorityListedWithCommas:
    """ "Alleen SP, GroenLinks-PvdA en D66 stemden voor": the few who supported it, listed
    with commas and hyphenated names, did not carry the motion."""

    def test_minority_for_is_rejected(self) -> None:
        verdict = verdict_for(
            "Helaas, onze motie is niet aangenomen. Alleen PvdD, GroenLinks-PvdA, Volt en D66 "
            "stemden voor." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED
        assert not verdict.needs_review

    def test_minority_against_is_adopted(self) -> None:
        verdict = verdict_for(
            "De motie is aangenomen! Alleen PVV, JA21 en FvD stemden tegen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED


class TestComplyingIsNoHoldingOver:
    """ "Zich houden aan" is complying with something; "de motie aanhouden" holds it over."""

    def test_refusal_that_speaks_of_complying(self) -> None:
        verdict = verdict_for(
            "Onze fractie dient geen motie in: gemeenten moeten zich houden aan hun eigen "
            "taken." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.DECLINED

    def test_holding_the_motion_over(self) -> None:
        verdict = verdict_for(
            "Wij houden de motie aan tot na de zomer, de stemming is uitgesteld." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED


class TestForwardToTheSender:
    """A forward that brought our letter to the sender ("de griffie heeft uw mail aan mij
    doorgestuurd") is how it reached them; their refusal after it is the news."""

    def test_refusal_after_a_forward_to_the_sender(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is door de griffie naar mij doorgestuurd. Wij zullen zo'n motie niet "
            "indienen en ook niet steunen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.DECLINED

    def test_a_forward_to_the_council_beside_a_refusal_stays(self) -> None:
        verdict = verdict_for(
            "Wij nemen geen standpunt in. Uw brief is doorgestuurd aan de fractievoorzitters."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.FORWARDED


class TestOwnTownBesideAnother:
    """The municipality our letter went to (the reply's subject names it) is the sender's
    own: "In Voorbeeld is de motie aangenomen" is their result, a rejection in another named
    town is not."""

    def test_own_place_from_the_subject(self) -> None:
        assert own_places(_REMINDER + "Peel en Maas") == ("peel en maas",)
        assert own_places(_LETTER_SUBJECT.format("Súdwest-Fryslân")) == ("sudwest-fryslan",)
        assert own_places("RE: motie") == ()
        assert own_places(_REMINDER + "Hengelo (O.)") == ("hengelo",)
        assert own_places("Vraag", "Groet,\nraadslid GroenLinks-PvdA Land van Cuijk") == (
            "land van cuijk",
        )

    def test_own_adoption_beside_a_neighbours_rejection(self) -> None:
        verdict = verdict_for(
            "In Lingewaard is de motie gisteren aangenomen! In Overbetuwe werd hij helaas "
            "verworpen, maar wij zijn heel blij." + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Lingewaard",
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_a_neighbours_rejection_in_a_subordinate_clause(self) -> None:
        verdict = verdict_for(
            "De motie is gisteravond aangenomen, 19 voor en 12 tegen. Jammer dat hij in "
            "Overbetuwe werd verworpen, maar hier is het gelukt." + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Lingewaard",
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_a_rejection_in_a_place_when_the_letters_place_is_unknown(self) -> None:
        verdict = verdict_for(
            "Kort bericht: de motie is gisteren in Lingewaard niet aangenomen, 14 tegen 15."
            + GMAIL_NL_QUOTE,
            subject="motie Lingewaard",
        )
        assert verdict.label == Label.MOTION_REJECTED

    def test_another_town_alone_stays_for_a_person(self) -> None:
        verdict = verdict_for(
            "In Overbetuwe is de motie aangenomen." + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Lingewaard",
        )
        assert verdict.label != Label.MOTION_ADOPTED or verdict.needs_review


class TestOlderMotion:
    """A motion adopted years before the campaign's model motion existed ("in 2019 al een
    motie aangenomen") is an older motion: beside a refusal, the refusal is the news. One
    adopted since the campaign began is still a result."""

    def test_an_older_motion_beside_a_refusal(self) -> None:
        verdict = verdict_for(
            "Onze raad heeft in 2018 al een motie aangenomen die het kabinet vroeg om een "
            "ruimhartig kinderpardon. Ik leg uw verzoek daarom niet opnieuw aan de "
            "fractievoorzitters voor." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.DECLINED

    def test_a_recent_adoption_stays_a_result(self) -> None:
        verdict = verdict_for(
            "De gemeenteraad heeft in juni 2025 een motie over gewortelde kinderen aangenomen."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED


class TestSucceededInSubmitting:
    """ "Het is gelukt om hem in te dienen": the infinitive after a word of success is done."""

    def test_succeeded_is_submitted(self) -> None:
        verdict = verdict_for(
            "Fijn nieuws: het is ons gelukt om de motie vorige week in te dienen, samen met "
            "drie andere fracties." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_an_intention_stays_a_plan(self) -> None:
        verdict = verdict_for(
            "Wij zijn van plan om de motie in de raad van maart in te dienen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED


class TestLetterBelowTheNote:
    """A griffie's note that says it sends the griffier's answer ("Namens de griffier treft u
    hieronder de reactie aan") passes on that letter, even when its reference lines
    ("Datum:", "Onderwerp:") look like a quoted header."""

    def test_the_letter_with_reference_lines_is_read(self) -> None:
        verdict = verdict_for(
            "Geachte heer/mevrouw,\n\nNamens de griffier treft u hieronder de reactie op uw "
            "e-mail aan.\n\nMet vriendelijke groet,\n\nSecretariaat Raadsgriffie\n\n"
            "Gemeente Voorbeeld - Raadsgriffie\nPostbus 1, 1234 AB Voorbeeld\n\n"
            "Datum: 2 oktober 2026\nOns kenmerk: RG 26/1200\nOnderwerp: Uw verzoek over de "
            "motie Pleidooi voor gewortelde kinderen\n\nGeachte heer/mevrouw,\n\nDe motie "
            '"Pleidooi voor gewortelde kinderen" is op 1 oktober door de raad aangenomen, met '
            "21 stemmen voor en 8 tegen.\n\nHoogachtend,\n\nde griffier,\nJ. Bakker"
            + OUTLOOK_NL_QUOTE,
        )
        assert verdict.label == Label.MOTION_ADOPTED


class TestTownAsSubjectOfTheVote:
    """ "Ik las dat Oldambt de motie al heeft aangenomen": a name as the subject of a council's
    vote is another municipality (a party does not adopt a motion), so the sender reports
    somebody else's result; their own town as the subject is theirs."""

    def test_another_town_adopted_it(self) -> None:
        verdict = verdict_for(
            "Ik las dat Oldambt en Pekela de motie vorig jaar hebben aangenomen. Hoe ging de "
            "stemming daar?" + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Westerwolde",
        )
        assert verdict.label == Label.QUESTION

    def test_the_senders_own_town_adopted_it(self) -> None:
        verdict = verdict_for(
            "Goed nieuws: ik hoorde net dat Westerwolde de motie gisteren heeft aangenomen."
            + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Westerwolde",
        )
        assert verdict.label == Label.MOTION_ADOPTED

    def test_the_place_the_sender_signs_with_is_theirs(self) -> None:
        verdict = verdict_for(
            "Ik zag dat Oldambt de motie al heeft aangenomen. Hoe ging de stemming daar?\n\n"
            "Groet,\nraadslid D66 Westerwolde" + GMAIL_NL_QUOTE,
            subject="Vraag over de motie",
        )
        assert verdict.label == Label.QUESTION

    def test_a_party_submitting_it_is_no_place(self) -> None:
        verdict = verdict_for(
            "Ik hoorde dat GroenLinks de motie gisteren heeft ingediend." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED


class TestUnanimousAndMinorityWithoutAVerb:
    """ "Unaniem" beside a result (or bare right after it) is a count of its own: everyone
    voted for. "Met alleen de PVV tegen" names the few against without a verb. Both agree
    with the result, so it is decided; support for a submission is no vote."""

    def test_bare_unanimous_after_the_result(self) -> None:
        verdict = verdict_for(
            "Aangenomen vanavond! Met algemene stemmen zelfs." + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Voorbeeld",
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_minority_against_without_a_verb(self) -> None:
        verdict = verdict_for(
            "Gisteren is hij aangenomen, met alleen JA21 en de PVV tegen." + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Voorbeeld",
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_minority_for_without_a_verb(self) -> None:
        verdict = verdict_for(
            "De motie is verworpen, met alleen de SP en GroenLinks voor." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED

    def test_unanimous_support_for_the_submission_is_no_vote(self) -> None:
        verdict = verdict_for(
            "De motie is gisteren unaniem door alle fracties ingediend." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED


class TestPlanWithAPronoun:
    """A plan that names the motion by a pronoun ("we gaan hem indienen in de raad van maart",
    "een eigen versie, die we in december willen indienen") is read by the fixed phrases too,
    so a reply to the reminder that says it is decided."""

    @pytest.mark.parametrize(
        "text",
        [
            "Sorry voor de stilte! We gaan hem indienen in de raad van 3 maart, met de PvdA.",
            "We schrijven een eigen versie van de motie, die we in de raad van december willen "
            "indienen.",
            "De motie is bijna klaar, ik hoop hem in januari in te dienen.",
        ],
    )
    def test_planned_and_decided(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE, subject=_REMINDER + "Voorbeeld")
        assert verdict.label == Label.MOTION_PLANNED
        assert not verdict.needs_review

    def test_sending_it_on_is_no_plan(self) -> None:
        verdict = verdict_for(
            "Uw mail? Die gaan we doorsturen aan de fractievoorzitters." + GMAIL_NL_QUOTE,
            subject=_REMINDER + "Voorbeeld",
        )
        assert verdict.label != Label.MOTION_PLANNED


class TestJoiningInsteadOfSubmitting:
    """ "Wij dienen zelf geen motie in, maar sluiten ons aan als mede-indiener": the sender takes
    part in another's motion; that is no refusal."""

    def test_co_submitting_is_a_plan(self) -> None:
        verdict = verdict_for(
            "Wij dienen zelf geen motie in, maar wij sluiten ons als mede-indiener aan bij de "
            "motie die de SP in november gaat indienen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED
        assert not verdict.needs_review

    def test_not_submitting_alone_is_a_refusal(self) -> None:
        verdict = verdict_for("Wij dienen geen motie in over dit onderwerp." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.DECLINED


class TestMotionLyingWithTheCouncil:
    """ "De motie ligt sinds 2 mei bij de raad": submitted, waiting for its vote."""

    def test_lying_with_the_council_and_a_vote_ahead(self) -> None:
        verdict = verdict_for(
            "Voor uw overzicht: de motie ligt sinds 2 mei bij de raad. Stemming op 4 juni."
            + GMAIL_NL_QUOTE,
            subject="Stand van zaken motie",
        )
        assert verdict.label == Label.MOTION_SUBMITTED
        assert not verdict.needs_review


class TestDecisionListInTheSendersOwnWords:
    """A decision list pasted into the sender's own words keeps one item a line: each item's
    result and count is its own, so the motion before ours cannot lend it its count."""

    def test_each_item_keeps_its_count(self) -> None:
        verdict = verdict_for(
            "Geachte heer/mevrouw,\n\nUit de besluitenlijst van de raad van 3 maart:\n\n"
            "5.1 Motie 'Meer bankjes in het park' (VVD) - verworpen, 6 voor / 29 tegen\n"
            "5.2 Motie 'Pleidooi voor gewortelde kinderen' (GroenLinks, D66, CDA, SP) - "
            "aangenomen, 24 voor / 11 tegen\n"
            "5.3 Motie 'Hondenbelasting' (Lokaal) - ingetrokken\n\n"
            "Met vriendelijke groet,\nGriffie" + OUTLOOK_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_another_titled_motions_count_at_the_end_of_a_sentence(self) -> None:
        verdict = verdict_for(
            "Uit de stemmingen van gisteravond:\n\n"
            "- Motie 'Pleidooi voor gewortelde kinderen' (GL-PvdA): verworpen (9 voor, 18 tegen)\n"
            "- Motie 'Snellere procedures' (VVD, CDA): aangenomen (20 voor, 7 tegen)."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED
        assert not verdict.needs_review


class TestPlaceTheSenderSaysTheyAreIn:
    """ "Wij zijn in Culemborg bezig met een eigen versie": the sender's own place, so a result
    with another town as its subject is that town's."""

    def test_own_place_from_the_text(self) -> None:
        assert own_places("", said="wij zijn in culemborg met onze fractie bezig") == ("culemborg",)
        assert own_places("", said="wij zijn in afwachting van de stemming") == ()

    def test_another_towns_adoption_beside_a_plan(self) -> None:
        verdict = verdict_for(
            "Wat mooi dat Zwolle de motie heeft aangenomen. Wij zijn in Deventer bezig met een "
            "eigen versie van de motie; we willen die in mei indienen." + GMAIL_NL_QUOTE,
            subject="RE: motie",
        )
        assert verdict.label == Label.MOTION_PLANNED


class TestTwoCountsInOneSentence:
    """An amendment's count and the motion's in one sentence: the count nearest the motion's
    vote word is the motion's, and a count alone says nothing when the counts disagree."""

    @pytest.mark.parametrize(
        "text",
        [
            "Het amendement haalde het niet (9 voor, 22 tegen); daarna werd de motie aangenomen "
            "met 19 voor en 12 tegen.",
            "De motie werd aangenomen met 19 voor en 12 tegen, het amendement van de VVD niet "
            "(9 voor, 22 tegen).",
        ],
    )
    def test_the_motions_own_count(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

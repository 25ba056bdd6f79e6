"""Tense and modality of motion phrases, conditional forwards, redirects and receipts."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from tests.classify.support import OUTLOOK_NL_QUOTE, verdict_for


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # Done: perfect, past, or present about today.
        ("Gisteravond heb ik de motie ingediend.", Label.MOTION_SUBMITTED),
        ("Wij hebben de motie vandaag ingediend.", Label.MOTION_SUBMITTED),
        ("De motie is ingediend en zal op 9 april worden besproken.", Label.MOTION_SUBMITTED),
        ("We dienen de motie vanavond in.", Label.MOTION_SUBMITTED),
        # A modal that frames the report binds the telling, not the step told.
        (
            "Ik kan melden dat wij de motie gisteravond hebben ingediend. De stemming moet "
            "nog plaatsvinden.",
            Label.MOTION_SUBMITTED,
        ),
        ("De motie wordt vanavond ingediend door de SP.", Label.MOTION_SUBMITTED),
        ("De motie staat op de agenda van 12 juni.", Label.MOTION_SUBMITTED),
        # Intended: future, intention, a future date with a present tense.
        ("De motie zal worden ingediend door D66.", Label.MOTION_PLANNED),
        ("De motie wordt in de raadsvergadering van maart ingediend.", Label.MOTION_PLANNED),
        ("Dank voor de motie. We dienen hem volgende maand in.", Label.MOTION_PLANNED),
        ("Wij willen de motie indienen in de raadsvergadering van maart.", Label.MOTION_PLANNED),
        ("Onze fractie heeft besloten de motie in te dienen.", Label.MOTION_PLANNED),
        ("Ik ga kijken of ik de motie kan indienen.", Label.MOTION_PLANNED),
        # Another party's option is no motion news: what remains is the forward.
        (
            "Ik heb uw mail doorgestuurd aan de fractievoorzitters, zij kunnen zelf besluiten "
            "of zij een motie indienen.",
            Label.FORWARDED,
        ),
        (
            "Uw brief is doorgestuurd naar de fracties. Een eventuele motie moet door een "
            "fractie worden ingediend.",
            Label.FORWARDED,
        ),
        (
            "Uw mail is doorgezet naar de raadsleden. Mocht er een motie worden ingediend, "
            "dan hoort u dat.",
            Label.FORWARDED,
        ),
        (
            "Verstuurd aan alle fracties. De fracties zullen beoordelen of zij een motie "
            "willen indienen.",
            Label.FORWARDED,
        ),
        # Our letter, not a motion, on a committee's agenda.
        ("Uw brief staat op de agenda van de commissie Bestuur.", Label.FORWARDED),
        ("Uw brief wordt besproken in de commissie van 7 april.", Label.FORWARDED),
        # Hoping for a result is not a result.
        ("De motie is ingediend; we hopen dat de motie wordt aangenomen.", Label.MOTION_SUBMITTED),
    ],
)
def test_motion_stage(body: str, label: Label) -> None:
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is label


AUTO = {"Auto-Submitted": "auto-replied"}


@pytest.mark.parametrize(
    ("body", "headers", "label"),
    [
        ("Deze mailbox wordt niet gemonitord. Stuur uw bericht naar info@x.nl.", AUTO,
         Label.REDIRECT),
        ("Dit e-mailadres is niet meer in gebruik, mail voortaan naar info@x.nl.", {},
         Label.REDIRECT),
        ("U kunt uw verzoek indienen via het e-loket op onze website.", AUTO, Label.REDIRECT),
        ("Ik ben niet meer werkzaam bij de gemeente. U kunt terecht bij griffie@x.nl.", AUTO,
         Label.REDIRECT),
        ("Emails sent to this address are not read. Please submit your request via our "
         "website.", AUTO, Label.REDIRECT),
        # An absence note that names a colleague for urgent matters stays an absence note.
        ("Ik ben afwezig tot 20 maart. Voor dringende zaken kunt u mailen naar "
         "collega@x.nl.", AUTO, Label.AUTO_REPLY),
        # A receipt whose own no-reply address is not read is a receipt.
        ("Wij hebben uw e-mail ontvangen. Dit is een automatisch bericht; dit e-mailadres "
         "wordt niet gelezen. Heeft u vragen, gebruik dan het contactformulier.", AUTO,
         Label.ACKNOWLEDGED),
        # The sender forwarding it is no redirect.
        ("Ik stuur uw mail door naar de griffie.", {}, Label.FORWARDED),
    ],
)  # fmt: skip
def test_redirect_or_not(body: str, headers: dict[str, str], label: Label) -> None:
    assert verdict_for(body, headers=headers).label is label


@pytest.mark.parametrize(
    "body",
    [
        "Uw bericht is ontvangen.",
        "Wij hebben uw e-mail in behandeling genomen.",
        "Uw e-mail is geregistreerd onder nummer 2026-0412.",
        "Bedankt voor uw bericht, wij nemen zo snel mogelijk contact met u op.",
        "We streven ernaar binnen 5 werkdagen te reageren.",
        "Hierbij bevestigen wij dat uw e-mail bij ons is binnengekomen.",
        "Dank u wel voor uw e-mailbericht.",
        "Uw bericht is in goede orde bij ons aangekomen. U hoort binnen twee weken van ons.",
        "Thank you for your email, we have received it.",
        "Your message has been received and will be answered within 10 working days.",
        "Het is vastgelegd met referentie: #DRV-45512.",
    ],
)
def test_receipt_forms(body: str) -> None:
    assert verdict_for(body).label is Label.ACKNOWLEDGED


def test_receipt_html_only_without_headers() -> None:
    html = "<html><body><p>Wij hebben uw bericht goed ontvangen.</p></body></html>"
    assert verdict_for("", html=html).label is Label.ACKNOWLEDGED


def test_thanks_in_an_absence_note_is_no_receipt() -> None:
    body = "Bedankt voor uw bericht. Ik ben met vakantie tot en met 20 maart."
    assert verdict_for(body).label is Label.AUTO_REPLY


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # A whether-clause that opens the sentence leaves the motion open ...
        (
            "Uw e-mail is doorgestuurd naar de fractievoorzitters. Of er een motie wordt "
            "ingediend, is aan de fracties zelf.",
            Label.FORWARDED,
        ),
        # ... but ends at its comma, where the main clause starts.
        (
            "Of hij het haalt weten we niet, maar de motie is vanavond ingediend.",
            Label.MOTION_SUBMITTED,
        ),
        # Support words go with the verb beside them.
        (
            "Vanavond hebben we de motie ingediend, met steun van vijf fracties.",
            Label.MOTION_SUBMITTED,
        ),
        ("De motie is met steun van vijf fracties aangenomen.", Label.MOTION_ADOPTED),
        # A wish without a step of a plan is no plan; with one it is.
        (
            "Ik wil de motie graag aan mijn fractie voorleggen. Welke gemeenten deden al mee?",
            Label.QUESTION,
        ),
        (
            "Ik wil de motie graag in juni indienen. Kunt u mij de Word-versie sturen?",
            Label.MOTION_PLANNED,
        ),
    ],
)
def test_scope_of_whether_support_and_wish(body: str, label: Label) -> None:
    assert verdict_for(body).label is label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # Somebody else's leave explains a delay: no absence note.
        (
            "Ontvangen. Ik heb het nog niet doorgestuurd, want de griffier is deze week met "
            "verlof.",
            Label.ACKNOWLEDGED,
        ),
        ("Omdat ik met vakantie ben, lees ik uw bericht pas na 20 juli.", Label.AUTO_REPLY),
    ],
)
def test_absence_in_a_reason_clause(body: str, label: Label) -> None:
    assert verdict_for(body).label is label

"""Mail we are only copied on: a forward of our letter to somebody else, with us in Cc.

The forward is the message itself, so no sentence has to say "doorgestuurd"; and what it asks
is asked of the people it is written to, unless it names us.
"""

from __future__ import annotations

from email.message import EmailMessage

from outreach.classify.chain import Verdict, classify
from outreach.classify.labels import Label
from outreach.classify.message import parse_message
from tests.classify.support import CONTEXT, OUTLOOK_NL_QUOTE, OWN_ADDRESS

L = Label


def copied(
    body: str,
    *,
    subject: str = "FW: Pleidooi voor gewortelde kinderen",
    to: str = "Griffie <griffie@voorbeeld.nl>",
    cc: str | None = OWN_ADDRESS,
) -> Verdict:
    message = EmailMessage()
    message["From"] = "Klantcontact <info@voorbeeld.nl>"
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Message-ID"] = "<copy-1@voorbeeld.nl>"
    message.set_content(body)
    return classify(parse_message(bytes(message)), CONTEXT)


NOTE = (
    "Dag collega's,\n\nDeze brief kwam binnen op het centrale adres maar hoort bij jullie. "
    "Kunnen jullie hem verder afhandelen? De schrijvers staan in de cc.\n\nGroet,\nSanne"
)


class TestForwardWithUsInCopy:
    def test_front_desk_passing_our_letter_on_is_a_forward(self) -> None:
        verdict = copied(NOTE + OUTLOOK_NL_QUOTE)
        assert verdict.label == L.FORWARDED
        assert not verdict.needs_review

    def test_its_question_is_for_the_people_it_is_addressed_to(self) -> None:
        verdict = copied(NOTE + OUTLOOK_NL_QUOTE)
        assert not verdict.asks_question
        assert "copied-forward" in {reason.rule for reason in verdict.reasons}

    def test_a_question_that_names_us_is_still_ours(self) -> None:
        verdict = copied(
            "Dag collega's,\n\nHierbij de brief voor jullie. KinderpardonNU, kunnen jullie de "
            "motie ook als Word-bestand sturen?" + OUTLOOK_NL_QUOTE
        )
        assert verdict.asks_question

    def test_an_answer_within_a_forwarded_thread_is_no_forward(self) -> None:
        verdict = copied(
            "Collega's, wij gaan deze motie indienen in de raad van juni." + OUTLOOK_NL_QUOTE,
            subject="RE: FW: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label != L.FORWARDED
        assert "copied-forward" not in {reason.rule for reason in verdict.reasons}

    def test_addressed_to_us_the_same_note_asks_us(self) -> None:
        verdict = copied(NOTE + OUTLOOK_NL_QUOTE, to=OWN_ADDRESS, cc=None)
        assert "copied-forward" not in {reason.rule for reason in verdict.reasons}
        assert verdict.asks_question or verdict.label == L.QUESTION

    def test_our_plus_address_in_copy_is_us(self) -> None:
        verdict = copied(NOTE + OUTLOOK_NL_QUOTE, cc="kinderpardonnu+gm0001-ab12@gmail.com")
        assert verdict.label == L.FORWARDED
        assert not verdict.asks_question

    def test_a_dutch_forward_prefix_is_a_forward_too(self) -> None:
        verdict = copied(
            NOTE + OUTLOOK_NL_QUOTE, subject="Doorgestuurd: Pleidooi voor gewortelde kinderen"
        )
        assert verdict.label == L.FORWARDED

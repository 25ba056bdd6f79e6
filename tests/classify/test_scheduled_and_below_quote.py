"""A motion scheduled for a meeting, a hedge that is no condition, and an HTML reply typed
under Outlook's quoted letter.

"Staat gepland voor de raad van december" puts the motion on that meeting's agenda, like
"staat geagendeerd"; a submission of the sender's own still ahead makes it a plan. "Als het
goed is" says "as far as I know": the step is read, and a person checks it. Outlook marks
all that follows its quoted-message divider as history, so words typed below our letter
there are the sender's, while our letter's own closing lines and a further quoted message
stay history.
"""

from __future__ import annotations

import html

import pytest

from outreach.classify.chain import Verdict, classify
from outreach.classify.html import html_to_text
from outreach.classify.labels import Label
from outreach.classify.quotes import split_reply
from tests.classify.support import CONTEXT, GMAIL_NL_QUOTE, LETTER, build, verdict_for

PARTY = "Joris Veenstra <joris.veenstra@ziggo.nl>"
CLERK = "Griffie Hattem <griffie@hattem.nl>"


def _verdict(body: str) -> Verdict:
    return verdict_for(body + GMAIL_NL_QUOTE, sender=PARTY)


class TestScheduledForAMeeting:
    @pytest.mark.parametrize(
        "body",
        [
            "De motie staat gepland voor de raadsvergadering van 15 januari.",
            "Onze motie is ingepland voor de raad van februari, agendapunt 12.",
            "Goed nieuws: de motie van SP en D66 staat ingepland op 3 maart.",
            "De behandeling van de motie is gepland in de raad van 28 april.",
            "De motie is ingediend en staat gepland voor de stemming op 9 juni.",
            "De stemming over de motie staat gepland op 30 juni.",
        ],
    )
    def test_a_motion_scheduled_is_submitted(self, body: str) -> None:
        verdict = _verdict(body)
        assert verdict.label is Label.MOTION_SUBMITTED
        assert not verdict.needs_review

    @pytest.mark.parametrize(
        "body",
        [
            # The sender's own submission is still ahead: a plan with its date.
            "De motie staat gepland voor de raad van 15 januari; wij dienen hem daar in samen "
            "met de ChristenUnie.",
            "De motie staat ingepland voor maart, maar is nog niet ingediend.",
            "Hij staat voor de raad van 2 juni op de agenda; wij dienen hem daar in.",
            "Wij hebben gepland om de motie in de raad van mei in te dienen.",
        ],
    )
    def test_a_submission_of_ones_own_ahead_is_planned(self, body: str) -> None:
        assert _verdict(body).label is Label.MOTION_PLANNED

    @pytest.mark.parametrize(
        "body",
        [
            # Something else is scheduled: no motion on an agenda.
            "Het gesprek met de wethouder staat gepland voor dinsdag.",
            # Negated: nothing is scheduled.
            "De motie staat nog niet gepland.",
            # A condition on the agenda: still open.
            "Als de motie op de agenda komt, laten we het u weten.",
        ],
    )
    def test_no_motion_scheduled_is_no_submission(self, body: str) -> None:
        assert _verdict(body).label is not Label.MOTION_SUBMITTED

    def test_a_talk_about_the_motion_scheduled_is_not_decided_alone(self) -> None:
        # A meeting about the motion says little of its stage: a person reads it.
        verdict = _verdict("Het overleg over de motie met de wethouder staat gepland voor maandag.")
        assert verdict.needs_review or verdict.label is not Label.MOTION_SUBMITTED

    def test_our_letter_scheduled_is_a_forward(self) -> None:
        verdict = _verdict("Uw brief staat gepland voor de raad van december, als ingekomen stuk.")
        assert verdict.label is Label.FORWARDED


class TestAsFarAsTheSenderKnows:
    @pytest.mark.parametrize(
        ("body", "label"),
        [
            ("Als het goed is staat de motie op de agenda van de raad van 4 februari.",
             Label.MOTION_SUBMITTED),
            ("Als het goed is staat onze motie gepland voor de raad van maart.",
             Label.MOTION_SUBMITTED),
            ("Als het goed is is de motie gisteravond door de raad aangenomen.",
             Label.MOTION_ADOPTED),
        ],
    )  # fmt: skip
    def test_the_step_is_read_and_checked(self, body: str, label: Label) -> None:
        verdict = _verdict(body)
        assert verdict.label is label
        assert verdict.needs_review

    @pytest.mark.parametrize(
        "body",
        [
            "Als de motie wordt aangenomen, laten we het u weten.",
            "Als het college positief adviseert, dienen we de motie in.",
        ],
    )
    def test_a_real_condition_keeps_the_step_open(self, body: str) -> None:
        assert _verdict(body).label not in (Label.MOTION_ADOPTED, Label.MOTION_SUBMITTED)


_DIVIDER = "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
_HEADER = (
    "<p><b>Van:</b> KinderpardonNU &lt;kinderpardonnu@gmail.com&gt;<br>"
    "<b>Verzonden:</b> dinsdag 10 november 2026 09:30<br><b>Aan:</b> Griffie<br>"
    "<b>Onderwerp:</b> Pleidooi voor gewortelde kinderen</p></div>"
)
_LETTER_HTML = "".join(f"<p>{html.escape(part)}</p>" for part in LETTER.split("\n\n"))


def _outlook(below: str, *, divider: str = _DIVIDER) -> str:
    return f"<html><body>{divider}{_HEADER}{_LETTER_HTML}{below}</body></html>"


def _own(markup: str) -> str:
    return split_reply(html_to_text(markup), letter_texts=[LETTER]).own


def _html_verdict(markup: str) -> Verdict:
    return classify(build("", html=markup, sender=CLERK), CONTEXT)


class TestHtmlReplyBelowOutlooksQuote:
    def test_words_below_our_letter_are_the_senders(self) -> None:
        markup = _outlook(
            "<p>Goedemiddag,</p><p>Wij hebben uw mail doorgestuurd aan de fractievoorzitters "
            "en de griffier.</p><p>Met vriendelijke groet,<br>Hanneke Mol</p>"
        )
        assert "doorgestuurd aan de fractievoorzitters" in _own(markup)
        assert _html_verdict(markup).label is Label.FORWARDED

    def test_the_divider_by_its_id_reads_alike(self) -> None:
        markup = _outlook(
            "<p>De motie staat gepland voor de raad van 21 januari.</p>",
            divider="<div id='divRplyFwdMsg'>",
        )
        assert _own(markup) == "De motie staat gepland voor de raad van 21 januari."
        assert _html_verdict(markup).label is Label.MOTION_SUBMITTED

    @pytest.mark.parametrize(
        "below",
        [
            "",  # our letter alone, sent back
            # Our letter's own closing lines, nothing of the sender's.
            "<p>Met vriendelijke groet,</p><p>Namens KinderpardonNU,</p>",
            # A further quoted message below our letter is history, not an answer.
            "<div style='border-top:solid #E1E1E1 1.0pt'><p><b>Van:</b> Info Hattem<br>"
            "<b>Verzonden:</b> maandag 9 november 2026<br><b>Aan:</b> Griffie<br>"
            "<b>Onderwerp:</b> Doorgestuurd</p></div><p>Ter afhandeling.</p>",
        ],
    )
    def test_nothing_of_the_senders_below_stays_quoted(self, below: str) -> None:
        assert _own(_outlook(below)) == ""

    def test_words_above_the_divider_keep_the_quote_whole(self) -> None:
        markup = (
            "<html><body><p>Doorgestuurd naar de raad.</p>"
            + _outlook("<p>Wij dienen de motie in maart in.</p>")[len("<html><body>") :]
        )
        own = _own(markup)
        assert "Doorgestuurd naar de raad." in own
        assert "maart" not in own

from __future__ import annotations

from collections.abc import Callable

import pytest

from outreach.classify.quotes import remove_letter_sentences, split_reply
from tests.classify.support import GMAIL_NL_QUOTE, LETTER, OUTLOOK_NL_QUOTE

REPLY = "Dank, ontvangen."


class TestQuoteStyles:
    """Each client's quoting style is cut off, leaving only the sender's words."""

    @pytest.mark.parametrize(
        "history",
        [
            GMAIL_NL_QUOTE,
            OUTLOOK_NL_QUOTE,
            "\n\nOp 3 mrt. 2025, om 10:12 heeft KinderpardonNU <kp@gmail.com> het volgende"
            " geschreven:\n\n" + LETTER,
            "\n\nOn Mon, Mar 3, 2025 at 10:12 AM KinderpardonNU <kp@gmail.com> wrote:\n> " + LETTER,
            "\n\nOp ma 3 mrt 2025 om 10:12 schreef KinderpardonNU\n<kinderpardonnu@gmail.com>:\n\n"
            + LETTER,
            "\n\n-----Oorspronkelijk bericht-----\nVan: KinderpardonNU\nDatum: 3 maart 2025\n"
            + LETTER,
            "\n\n-----Original Message-----\nFrom: KinderpardonNU\nSent: Monday\n" + LETTER,
            "\n\n---------- Doorgestuurd bericht ---------\nVan: KinderpardonNU\n" + LETTER,
            "\n\nFrom: KinderpardonNU <kp@gmail.com>\nSent: Monday, March 3, 2025\n"
            "To: info@voorbeeld.nl\nSubject: Pleidooi\n\n" + LETTER,
            "\n\n________________________________\nVan: KinderpardonNU\nDatum: 3 maart\n"
            "Aan: info\nOnderwerp: Pleidooi\n" + LETTER,
        ],
    )
    def test_history_is_removed(self, history: str) -> None:
        split = split_reply(REPLY + history)
        assert split.own == REPLY
        assert "motie" in split.quoted.lower()

    def test_bare_quote_lines_removed_but_text_below_kept(self) -> None:
        split = split_reply("> Wij vragen u een motie in te dienen.\n\nWe gaan dit bespreken.")
        assert split.own == "We gaan dit bespreken."
        assert split.quoted.startswith("> Wij vragen")

    def test_unmarked_letter_sentences_removed(self) -> None:
        split = split_reply(REPLY + "\n\n" + LETTER, letter_texts=[LETTER])
        assert split.own == REPLY

    def test_rewrapped_letter_sentence_removed(self) -> None:
        rewrapped = (
            "Recent zijn in meerdere gemeenten moties aangenomen die vragen om een\n"
            "pleidooi voor gewortelde kinderen."
        )
        assert remove_letter_sentences(rewrapped, [LETTER]).strip() == ""

    def test_own_sentence_that_resembles_the_letter_is_kept(self) -> None:
        text = "Onze motie is in de raad van 12 juni aangenomen."
        assert remove_letter_sentences(text, [LETTER]) == text


class TestSignatureAndDisclaimer:
    """Sign-offs and legal text are separated so they never count as evidence."""

    def test_signature_split_off(self) -> None:
        split = split_reply("Doorgestuurd.\n\nMet vriendelijke groet,\n\nJan\nGriffie Voorbeeld")
        assert split.own == "Doorgestuurd."
        assert "Griffie Voorbeeld" in split.signature

    @pytest.mark.parametrize(
        "disclaimer",
        [
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht"
            " onterecht ontvangen, verwijder het dan.",
            "Aan dit bericht kunnen geen rechten worden ontleend.",
            "This e-mail and any attachments are confidential; unsubscribe if unwanted.",
        ],
    )
    def test_disclaimer_removed(self, disclaimer: str) -> None:
        split = split_reply(f"Wij nemen het mee.\n\n{disclaimer}")
        assert split.own == "Wij nemen het mee."


def _marked(text: str) -> str:
    """`text` with every line marked as quoted, as an HTML reply below Outlook's divider."""
    return "\n".join("> " + line for line in text.splitlines())


ANSWER = (
    "Onze fractie werkt met twee andere partijen aan een motie. We willen die in april indienen."
)
OLDER = (
    "\n\nVan: Info Voorbeeld <info@voorbeeld.nl>\nVerzonden: dinsdag 4 maart 2025 09:00\n"
    "Aan: Griffie <griffie@voorbeeld.nl>\nOnderwerp: Doorgestuurd\n\nTer afhandeling.\n"
)


class TestReplyBelowOurLetter:
    """Nothing above the quote, the answer typed under our letter: read, however the quote
    is marked; our letter's leftovers below its last sentence are not an answer."""

    @pytest.mark.parametrize(
        "quote",
        [
            lambda below: OUTLOOK_NL_QUOTE.strip() + "\n----\n" + below,  # a rule under it
            lambda below: OUTLOOK_NL_QUOTE + "\n\n" + below,  # no mark at all
            lambda below: _marked(OUTLOOK_NL_QUOTE + "\n\n" + below),  # every line marked
        ],
        ids=["rule", "unmarked", "marked"],
    )
    @pytest.mark.parametrize(
        ("below", "own"),
        [
            (f"Beste KinderpardonNU,\n\n{ANSWER}\n\nGroet,\nJan Smit\n", ANSWER),
            ("Doorgestuurd.\n", "Doorgestuurd."),
            (ANSWER + OLDER, ANSWER),  # older history below the answer stays history
            ("KinderpardonNU\n", ""),
            ("Bijlage(n): Achtergrondinformatie bij de voorbeeldmotie kinderpardon.docx\n", ""),
            ("Met vriendelijke groet,\n\nNamens KinderpardonNU,\n", ""),
            (OLDER, ""),
        ],
    )
    def test_the_answer_below_is_read(
        self, quote: Callable[[str], str], below: str, own: str
    ) -> None:
        split = split_reply(quote(below), letter_texts=[LETTER])
        assert split.own.removeprefix("Beste KinderpardonNU,").strip() == own
        assert "Ter afhandeling" not in split.own
        assert "Jan Smit" not in split.own
        assert "asielprocedure" not in split.own  # our letter stays quoted


class TestReplyBelowAForwardedMessage:
    """Nothing above the quote, a message passed on that is not our letter (a decision list,
    a colleague's mail), and the answer typed below a rule line under it: the lines below
    the rule are the sender's when they greet or sign; a rule inside the forwarded message
    itself, or one that opens older history, sets off nothing."""

    FORWARDED = (
        "Van: Raadsgriffie Voorbeeldstad <griffie@voorbeeldstad.nl>\n"
        "Verzonden: donderdag 12 november 2026 09:40\n"
        "Aan: Fractievoorzitters\n"
        "Onderwerp: uitslagen raadsvergadering\n\n"
        "Geachte fractievoorzitters,\n\n"
        "Hierbij de uitslagen van de vergadering van gisteren.\n\n"
        "- Motie over de speeltuinen: verworpen.\n"
        "- Motie Pleidooi voor gewortelde kinderen: aangenomen met 21 stemmen voor.\n\n"
        "De griffie\n"
    )

    @pytest.mark.parametrize("rule", ["________________________________", "-----"])
    @pytest.mark.parametrize(
        ("below", "own"),
        [
            (
                "Hallo KinderpardonNU,\n\nZoals u hierboven ziet, is hij bij ons erdoor.\n\n"
                "Hartelijke groet,\nMarleen Vos\n",
                "Zoals u hierboven ziet, is hij bij ons erdoor.",
            ),
            ("Ter info, onze motie staat in het lijstje.\n\nGroeten,\nJoost\n",
             "Ter info, onze motie staat in het lijstje."),
        ],
    )  # fmt: skip
    def test_the_answer_below_the_rule_is_read(self, rule: str, below: str, own: str) -> None:
        split = split_reply(f"{self.FORWARDED}\n{rule}\n\n{below}", letter_texts=[LETTER])
        assert split.own.removeprefix("Hallo KinderpardonNU,").strip() == own
        assert "speeltuinen" in split.quoted

    def test_a_rule_inside_the_forwarded_message_sets_off_nothing(self) -> None:
        # No greeting and no sign-off below the rule: the rest of the forwarded message.
        text = self.FORWARDED + "\n-----\nAgendapunt 9 is doorgeschoven naar december.\n"
        assert split_reply(text, letter_texts=[LETTER]).own == ""

    def test_older_history_below_the_rule_stays_history(self) -> None:
        older = (
            "\n________________________________\n"
            "Van: Bode <bode@voorbeeldstad.nl>\nVerzonden: maandag 9 november 2026 08:00\n"
            "Aan: Griffie\nOnderwerp: agenda\n\nBeste collega's,\n\nDe agenda volgt.\n\n"
            "Groet,\nde bode\n"
        )
        assert split_reply(self.FORWARDED + older, letter_texts=[LETTER]).own == ""

"""Every state and label has words in every language; the languages have the same keys."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.console.words import LANGUAGES, words_for
from outreach.mapdraw.colours import LEGEND_ORDER, STATE_COLOURS
from outreach.status import STATES


class TestWords:
    """The console never shows an identifier where a word is due."""

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_every_state_and_label_has_a_word(self, language: str) -> None:
        words = words_for(language)  # type: ignore[arg-type]
        assert set(words.states) == set(STATES)
        assert set(words.labels) == {label.value for label in Label}
        assert words.state("forwarded") != "forwarded"

    def test_languages_have_the_same_page_texts(self) -> None:
        nl, en = (words_for(language) for language in LANGUAGES)
        assert set(nl.ui) == set(en.ui)
        assert nl.state("motion_adopted") == "Motie aangenomen"
        assert nl.state("forwarded") == "Doorgestuurd"

    def test_every_state_has_a_colour_and_a_legend_place(self) -> None:
        assert set(STATE_COLOURS) == set(STATES) == set(LEGEND_ORDER)

    def test_steps_and_outgoing_states(self) -> None:
        nl = words_for("nl")
        assert nl.step("letter") == "Brief"
        assert nl.step("reminder-1") == "Herinnering 1"
        assert set(nl.outgoing) == set(words_for("en").outgoing) >= {"queued", "sent", "failed"}

    def test_who_made_a_change(self) -> None:
        nl = words_for("nl")
        assert nl.actor("outreach") == "automatisch"
        assert nl.actor("operator:anna") == "anna"
        assert nl.actor("operator:anna (gebeld)") == "anna (gebeld)"
        assert nl.actor("operator (gebeld)") == "vrijwilliger (opdrachtregel) (gebeld)"

"""The chain: stable, unique kebab-case names; reasons that name the rule and its words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from outreach.classify.chain import RULES
from outreach.classify.vocabulary import (
    VocabularyError,
    alternatives,
    concepts,
    family,
    load_concepts,
)
from tests.classify.support import GMAIL_NL_QUOTE, verdict_for


class TestRuleNames:
    """Every rule has a name of its own and says what it checks."""

    def test_names_are_unique_kebab_case(self) -> None:
        names = [rule.name for rule in RULES]
        assert len(names) == len(set(names))
        assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", name) for name in names)

    def test_every_rule_has_a_description(self) -> None:
        assert all(rule.description.strip() for rule in RULES)

    def test_reason_names_the_rule_and_the_words(self) -> None:
        verdict = verdict_for("De motie is gisteren aangehouden." + GMAIL_NL_QUOTE)
        assert ("sentence-motion-held-over", "motion_submitted: 'aangehouden'") in [
            (r.rule, r.text) for r in verdict.reasons
        ]


class TestVocabulary:
    """Each concept is defined once and every word compiles."""

    def test_every_concept_compiles_and_has_a_description(self) -> None:
        for name, concept in concepts().items():
            assert concept.description, name
            assert alternatives(name) or concept.whole, name
            family(name)

    def test_includes_bring_the_words_of_another_concept(self) -> None:
        assert set(alternatives("motion-noun")) <= set(alternatives("motion-reference"))

    def test_a_phrase_rule_finds_an_included_concept_only_at_a_word_start(self) -> None:
        # Phrase entries write their own boundaries; the words a phrase rule takes from
        # another area keep the word start they have everywhere else.
        declined = re.compile("|".join(alternatives("phrases-declined")))
        assert declined.search("wij zullen geen motie indienen")
        assert not declined.search("het ontegeen motie indienen")

    @pytest.mark.parametrize("word", ["motie", "voorbeeldmotie", "motions"])
    def test_motion_noun(self, word: str) -> None:
        assert family("motion-noun").fullmatch(word)

    def test_a_concept_defined_twice_is_refused(self, tmp_path: Path) -> None:
        (tmp_path / "a.toml").write_text("[thanks]\nwords = ['dank']\n", encoding="utf-8")
        (tmp_path / "b.toml").write_text("[thanks]\nwords = ['bedankt']\n", encoding="utf-8")
        with pytest.raises(VocabularyError, match="thanks is defined in a and b"):
            load_concepts(tmp_path)

    def test_an_unknown_include_is_refused(self, tmp_path: Path) -> None:
        (tmp_path / "a.toml").write_text("[x]\ninclude = ['nope']\n", encoding="utf-8")
        with pytest.raises(VocabularyError, match="x includes unknown nope"):
            load_concepts(tmp_path)

"""`outreach rules` lists every rule of the chain, and the vocabulary on request."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from outreach.classify.chain import RULES
from outreach.classify.vocabulary import concepts
from outreach.cli.app import app

runner = CliRunner()


class TestRulesCommand:
    """Names and descriptions come from the rules themselves."""

    def test_every_rule_is_listed_with_a_description(self) -> None:
        result = runner.invoke(app, ["rules", "--json"])
        assert result.exit_code == 0
        listed = {row["rule"]: row["description"] for row in json.loads(result.output)}
        assert set(listed) == {rule.name for rule in RULES}
        assert all(listed.values())

    def test_vocabulary_lists_every_concept(self) -> None:
        result = runner.invoke(app, ["rules", "--vocabulary", "--json"])
        assert result.exit_code == 0
        names = {row["concept"] for row in json.loads(result.output)}
        assert names == set(concepts())

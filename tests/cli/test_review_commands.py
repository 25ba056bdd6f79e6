"""`outreach classify` and `outreach review list/show/resolve` through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from outreach.cli.app import app
from outreach.compose.letter import Composer
from tests.fixtures.store import Campaign
from tests.test_recording import mark_sent, received, reply

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


class TestClassifyCommand:
    """`classify FILE --json` gives the label, municipality, evidence and reasons."""

    def test_json(self, campaign: Campaign, tmp_path: Path) -> None:
        text = (
            "Dank, ontvangen.\n\n"
            "Op 3 mrt 2026 schreef KinderpardonNU <kinderpardonnu@gmail.com>:\n"
            "> Wij vragen u om een dergelijke motie ook in uw gemeente in te dienen.\n"
            "> Recent zijn in meerdere gemeenten moties aangenomen.\n"
        )
        path = tmp_path / "reply.eml"
        path.write_bytes(reply(campaign, "GM0228", text, sender="info@ede.nl"))
        code, output = run("classify", str(path), "--json", "--config", str(campaign.config))
        assert code == 0, output
        data = json.loads(output)
        assert data["label"] == "acknowledged"
        assert data["municipality"] == "GM0228"
        assert {"label", "confidence", "municipality", "match", "reasons"} <= set(data)
        assert data["match"]["evidence"][0]["kind"]
        assert Composer(campaign.settings.campaign).message_id("GM0228", "letter") in json.dumps(
            data["match"]
        )


class TestReviewCommands:
    """The queue can be listed, shown and resolved without the interactive screen."""

    def test_list_show_resolve(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0014")
        mid = received(
            campaign,
            None,
            "Wat is KinderpardonNU eigenlijk voor organisatie?\n",
            sender="piet@example.net",
            subject="vraag",
        )
        code, output = run("review", "list", "--json", "--config", str(campaign.config))
        assert code == 0, output
        assert [item["id"] for item in json.loads(output)] == [mid]
        code, output = run("review", "show", str(mid), "--config", str(campaign.config))
        assert "KinderpardonNU eigenlijk" in output
        code, output = run(
            "review",
            "resolve",
            str(mid),
            "--label",
            "question",
            "--municipality",
            "GM0014",
            "--note",
            "beantwoord per mail",
            "--config",
            str(campaign.config),
        )
        assert code == 0, output
        code, output = run("review", "list", "--json", "--config", str(campaign.config))
        assert json.loads(output) == []
        status = json.loads(run("status", "--json", "--config", str(campaign.config))[1])
        groningen = next(m for m in status["municipalities"] if m["cbs_code"] == "GM0014")
        assert groningen["open_question"] is True

    def test_resolve_with_unknown_label(self, campaign: Campaign) -> None:
        code, output = run(
            "review", "resolve", "1", "--label", "happy", "--config", str(campaign.config)
        )
        assert code == 1
        assert "unknown label" in output


class TestQuestionsToAnswer:
    """A clear question is listed with --to-answer, shown in status, and marked answered."""

    def test_list_status_and_answered(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        text = "Wie zit er eigenlijk achter KinderpardonNU?\n"
        mid = received(campaign, "GM0344", text, sender="griffie@utrecht.nl")
        config = str(campaign.config)
        assert json.loads(run("review", "list", "--json", "--config", config)[1]) == []
        code, output = run("review", "list", "--to-answer", "--json", "--config", config)
        assert code == 0, output
        assert [(item["id"], item["state"]) for item in json.loads(output)] == [(mid, "to_answer")]
        code, output = run("review", "list", "--to-answer", "--config", config)
        assert "Questions to answer: 1" in output
        code, output = run("status", "--config", config)
        assert "1 question to answer" in output
        code, output = run("review", "--config", config)
        assert "The review queue is empty. 1 question waits for an answer" in output
        code, output = run("review", "answered", str(mid), "--note", "gemaild", "--config", config)
        assert code == 0, output
        assert "answered" in output
        assert (
            json.loads(run("review", "list", "--to-answer", "--json", "--config", config)[1]) == []
        )
        status = json.loads(run("status", "--json", "--config", config)[1])
        assert status["inbox"]["to_answer"] == 0
        utrecht = next(m for m in status["municipalities"] if m["cbs_code"] == "GM0344")
        assert utrecht["open_question"] is False

    def test_answered_refuses_a_message_that_is_no_waiting_question(
        self, campaign: Campaign
    ) -> None:
        code, output = run("review", "answered", "99", "--config", str(campaign.config))
        assert code == 1
        assert "no stored message with id 99" in output


class TestInteractiveReview:
    """`outreach review` walks the queue: relabel a message, or quit and leave the queue."""

    def test_relabel_and_save(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0153")
        mid = received(campaign, "GM0153", "Hmm, interessant.\n", sender="griffie@enschede.nl")
        result = runner.invoke(
            app, ["review", "--config", str(campaign.config)], input="l\nforwarded\ny\n"
        )
        assert result.exit_code == 0, result.output
        assert "Hmm, interessant." in result.output
        assert "saved: forwarded GM0153" in result.output
        status = json.loads(run("status", "--json", "--config", str(campaign.config))[1])
        enschede = next(m for m in status["municipalities"] if m["cbs_code"] == "GM0153")
        assert enschede["state"] == "forwarded"
        _code, output = run("review", "list", "--json", "--config", str(campaign.config))
        assert [item["id"] for item in json.loads(output)] == []
        assert mid > 0

    def test_quit_leaves_the_queue(self, campaign: Campaign) -> None:
        received(campaign, None, "Wie zijn jullie eigenlijk?\n", sender="x@example.net")
        result = runner.invoke(app, ["review", "--config", str(campaign.config)], input="q\n")
        assert result.exit_code == 0, result.output
        assert (
            len(json.loads(run("review", "list", "--json", "--config", str(campaign.config))[1]))
            == 1
        )

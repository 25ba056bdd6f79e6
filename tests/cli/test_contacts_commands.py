"""`contacts import` shows changes first, `init` never overwrites, lookups by name, `set`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from outreach.cli import contacts as contacts_cli
from outreach.cli.app import app
from outreach.status import set_state
from outreach.store import transaction
from outreach.store.models import Municipality, OutgoingMessage
from tests.fixtures.store import Campaign, make_campaign

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    """Exit code and output, with rich's line wrapping undone."""
    result = runner.invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def run_raw(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def municipality(campaign: Campaign, code: str) -> Municipality:
    with transaction(campaign.engine) as session:
        found = session.get(Municipality, code)
        assert found is not None
        return found


# One unknown code, one renamed municipality, one blank address, one real fix.
MIXED = (
    "cbs_code;name;province;email\n"
    "GM9999;Nergenshuizen;Utrecht;info@nergenshuizen.nl\n"
    "GM0014;Amsterdam;Groningen;info@groningen.nl\n"
    "GM0344;Utrecht;Utrecht;\n"
    "GM0363;Amsterdam;Noord-Holland;info@amsterdam.nl\n"
)


class TestImport:
    """Nothing changes without --yes; with it only the valid changes, blank cells kept."""

    def test_diff_then_apply(self, campaign: Campaign, tmp_path: Path) -> None:
        path = tmp_path / "edits.csv"
        path.write_bytes(MIXED.encode("cp1252"))
        code, output = run("contacts", "import", str(path), "--config", str(campaign.config))
        assert code == 0, output
        assert "GM0363 Amsterdam" in output
        assert "email: – → info@amsterdam.nl" in output
        assert "line 2: GM9999 is not a municipality" in output
        assert "line 3: GM0014 is Groningen, not 'Amsterdam'" in output
        assert "1 unchanged" in output  # Utrecht: its blank address is no change
        assert "Nothing has been changed" in output
        assert municipality(campaign, "GM0363").email is None

        code, output = run(
            "contacts", "import", str(path), "--yes", "--config", str(campaign.config)
        )
        assert code == 0, output
        assert "Applied: 0 added, 1 updated" in output
        amsterdam = municipality(campaign, "GM0363")
        assert (amsterdam.email, amsterdam.state) == ("info@amsterdam.nl", "pending")
        assert municipality(campaign, "GM0344").email == "gemeente@utrecht.nl"
        assert municipality(campaign, "GM0014").name == "Groningen"
        with transaction(campaign.engine) as session:
            assert session.get(Municipality, "GM9999") is None

        code, output = run("contacts", "show", "GM0363", "--config", str(campaign.config))
        assert "edits.csv" in output
        assert "info@amsterdam.nl" in output

    def test_xlsx_import(self, campaign: Campaign, tmp_path: Path) -> None:
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.append(["Gemeentecode", "Gemeente", "Provincie", "E-mail", "Noodopvang"])
        sheet.append(["GM0228", "Ede", "Gelderland", "griffie@ede.nl", "ja"])
        path = tmp_path / "ede.xlsx"
        workbook.save(path)
        code, output = run("contacts", "import", str(path), "-y", "--config", str(campaign.config))
        assert code == 0, output
        assert "noodopvang: nee → ja" in output
        ede = municipality(campaign, "GM0228")
        assert (ede.email, ede.noodopvang) == ("griffie@ede.nl", True)

    def test_only_errors_exit_1(self, campaign: Campaign, tmp_path: Path) -> None:
        path = tmp_path / "bad.csv"
        path.write_text("cbs_code,name,province,email\nGM9999,X,Utrecht,x@y.nl\n")
        code, output = run("contacts", "import", str(path), "--config", str(campaign.config))
        assert code == 1
        assert "Nothing to change" in output


class TestInit:
    """`init` twice: the second run reports and changes nothing."""

    def test_init_twice_changes_nothing(self, tmp_path: Path) -> None:
        config = tmp_path / "settings.toml"
        code, output = run("init", "--config", str(config))
        assert code == 0, output
        settings_text = config.read_text()
        fix = tmp_path / "fix.csv"
        fix.write_text("cbs_code,name,province,email\nGM0344,Utrecht,Utrecht,griffie@utrecht.nl\n")
        assert run("contacts", "import", str(fix), "--yes", "--config", str(config))[0] == 0
        from outreach.settings import load_settings
        from outreach.store import open_store

        engine = open_store(load_settings(config).store_url)
        with transaction(engine) as session:
            utrecht = session.get(Municipality, "GM0344")
            assert utrecht is not None
            set_state(session, utrecht, "sent", cause="test")
            session.add(
                OutgoingMessage(
                    cbs_code="GM0344",
                    step="letter",
                    state="sent",
                    message_id="<x@y>",
                    to_address="griffie@utrecht.nl",
                )
            )

        code, output = run("init", "--config", str(config))
        assert code == 0, output
        assert "Settings found" in output
        assert "342 municipalities (328 with an address), 1 sent the letter" in output
        assert "Nothing changed" in output
        assert "Nothing has been sent" not in output
        assert config.read_text() == settings_text
        with transaction(engine) as session:
            utrecht = session.get(Municipality, "GM0344")
            assert utrecht is not None
            assert (utrecht.email, utrecht.state) == ("griffie@utrecht.nl", "sent")

    def test_init_with_contacts_on_a_full_store_refuses(self, campaign: Campaign) -> None:
        other = campaign.folder / "other.csv"
        other.write_text("cbs_code,name,province,email\nGM0344,Utrecht,Utrecht,a@utrecht.nl\n")
        code, output = run("init", "--config", str(campaign.config), "--contacts", str(other))
        assert code == 1
        assert "contacts import" in output
        assert municipality(campaign, "GM0344").email == "gemeente@utrecht.nl"


class TestLookup:
    """A municipality by code or name; unknown filters list the valid values."""

    @pytest.mark.parametrize("text", ["Utrecht", "utrecht", "344", "gm0344"])
    def test_show_by_name_or_code(self, campaign: Campaign, text: str) -> None:
        code, output = run("contacts", "show", text, "--config", str(campaign.config))
        assert code == 0, output
        assert "Utrecht (GM0344)" in output

    def test_several_matches_are_listed(self, campaign: Campaign, tmp_path: Path) -> None:
        path = tmp_path / "bergen.csv"
        path.write_text(
            "cbs_code,name,province,email\n"
            "GM0373,Bergen (NH.),Noord-Holland,info@bergen-nh.nl\n"
            "GM0893,Bergen (L.),Limburg,info@bergen.nl\n"
        )
        run("contacts", "import", str(path), "--yes", "--config", str(campaign.config))
        code, output = run("contacts", "show", "bergen", "--config", str(campaign.config))
        assert code == 1
        assert "GM0373" in output
        assert "GM0893" in output

    def test_unknown_name(self, campaign: Campaign) -> None:
        code, output = run("contacts", "show", "Nergenshuizen", "--config", str(campaign.config))
        assert code == 1
        assert "no municipality 'Nergenshuizen'" in output

    def test_unknown_province_lists_the_valid_ones(self, campaign: Campaign) -> None:
        code, output = run(
            "contacts", "list", "--province", "Holland", "--config", str(campaign.config)
        )
        assert code == 1
        assert "unknown province 'Holland'" in output
        assert "Noord-Holland" in output

    def test_province_leniently(self, campaign: Campaign) -> None:
        code, output = run(
            "contacts", "list", "--province", "overijssel", "--config", str(campaign.config)
        )
        assert code == 0
        assert "Enschede" in output
        assert "Utrecht" not in output

    def test_unknown_state_lists_the_valid_ones(self, campaign: Campaign) -> None:
        code, output = run("contacts", "list", "--state", "done", "--config", str(campaign.config))
        assert code == 1
        assert "unknown state 'done'" in output
        assert "motion_adopted" in output


class TestSet:
    """`contacts set CODE --noodopvang ja|nee`, with history."""

    def test_set_noodopvang(self, campaign: Campaign) -> None:
        code, output = run(
            "contacts",
            "set",
            "Ede",
            "--noodopvang",
            "ja",
            "--note",
            "azc Ede",
            "--config",
            str(campaign.config),
        )
        assert code == 0, output
        assert "noodopvang nee → ja" in output
        assert municipality(campaign, "GM0228").noodopvang is True
        code, output = run("contacts", "show", "GM0228", "--config", str(campaign.config))
        assert "outreach contacts set" in output
        assert "azc Ede" in output

    def test_set_refuses_other_words(self, campaign: Campaign) -> None:
        code, output = run(
            "contacts", "set", "GM0228", "--noodopvang", "maybe", "--config", str(campaign.config)
        )
        assert code == 1
        assert "give ja or nee" in output


class TestStatusByProvince:
    """`status --by province`: states per province, with totals."""

    def test_table(self, campaign: Campaign) -> None:
        code, output = run_raw("status", "--by", "province", "--config", str(campaign.config))
        assert code == 0, output
        lines = {line.split("│")[1].strip(): line for line in output.splitlines() if "│" in line}
        assert "Noord-Holland" in lines
        assert lines["total"].split("│")[-2].strip() == "5"

    def test_only_province(self, campaign: Campaign) -> None:
        code, output = run("status", "--by", "state", "--config", str(campaign.config))
        assert code == 1
        assert "only 'province'" in output


def test_status_json_still_lists_every_municipality(campaign: Campaign) -> None:
    code, output = run("status", "--json", "--config", str(campaign.config))
    assert code == 0
    assert len(json.loads(output)["municipalities"]) == 5


class TestOnATerminal:
    """A person at a terminal is asked instead of told to add --yes or a code."""

    def test_import_asks(
        self, campaign: Campaign, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(contacts_cli, "interactive", lambda: True)
        path = tmp_path / "fix.csv"
        path.write_text("cbs_code,name,province,email\nGM0228,Ede,Gelderland,griffie@ede.nl\n")
        args = ["contacts", "import", str(path), "--config", str(campaign.config)]
        result = runner.invoke(app, args, input="n\n")
        assert "Apply these changes?" in result.output
        assert municipality(campaign, "GM0228").email == "gemeente@ede.nl"
        result = runner.invoke(app, args, input="y\n")
        assert "Applied" in result.output
        assert municipality(campaign, "GM0228").email == "griffie@ede.nl"

    def test_show_asks_which_one(
        self, campaign: Campaign, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "bergen.csv"
        path.write_text(
            "cbs_code,name,province,email\n"
            "GM0373,Bergen (NH.),Noord-Holland,info@bergen-nh.nl\n"
            "GM0893,Bergen (L.),Limburg,info@bergen.nl\n"
        )
        run("contacts", "import", str(path), "--yes", "--config", str(campaign.config))
        monkeypatch.setattr(contacts_cli, "interactive", lambda: True)
        result = runner.invoke(
            app, ["contacts", "show", "Bergen", "--config", str(campaign.config)], input="2\n"
        )
        assert result.exit_code == 0, result.output
        assert "Which one?" in result.output
        assert "Bergen (NH.) (GM0373), Noord-Holland" in result.output


def test_a_former_municipality_shows_its_successor(tmp_path: Path) -> None:
    campaign = make_campaign(
        tmp_path / "c",
        contacts="cbs_code,name,province,email\nGM1992,Voorne aan Zee,Zuid-Holland,a@vaz.nl\n",
    )
    code, output = run("contacts", "show", "Brielle", "--config", str(campaign.config))
    assert code == 0, output
    assert "Brielle (GM0501) became part of Voorne aan Zee (GM1992)" in output
    assert "Voorne aan Zee (GM1992)" in output

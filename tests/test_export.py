"""Exports: one row per municipality, opened again as a spreadsheet program would."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from outreach.cli.app import app
from outreach.export import COLUMNS, export_rows, neutralise, to_csv
from outreach.status import OWN_POSITION, STATE_WORDS_NL, STATES, set_state
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality
from tests.fixtures.store import Campaign

runner = CliRunner()
EVIL_SUBJECT = '=HYPERLINK("http://evil.example","klik")'


@pytest.fixture
def busy(campaign: Campaign) -> Campaign:
    """Utrecht replied (a subject that looks like a formula) and was set by hand."""
    with transaction(campaign.engine) as session:
        utrecht = session.get(Municipality, "GM0344")
        assert utrecht is not None
        set_state(
            session, utrecht, "forwarded", cause="set by hand: belde griffie", actor="operator"
        )
        session.add(
            IncomingMessage(
                content_hash="a" * 64,
                raw=b"x",
                from_address="griffie@utrecht.nl",
                subject=EVIL_SUBJECT,
                cbs_code="GM0344",
                label="forwarded",
                review_state="pending",
            )
        )
    return campaign


def utrecht_row(records: list[dict[str, str]]) -> dict[str, str]:
    return next(r for r in records if r["cbs_code"] == "GM0344")


class TestRows:
    """`export_rows` gives what the console and the files show."""

    def test_every_state_has_dutch_words(self) -> None:
        assert set(STATE_WORDS_NL) == set(STATES)

    def test_rows(self, busy: Campaign) -> None:
        with transaction(busy.engine) as session:
            rows = export_rows(session)
        assert len(rows) == 5
        row = next(r for r in rows if r.cbs_code == "GM0344")
        assert (row.state, row.state_nl) == ("forwarded", "doorgestuurd")
        assert row.last_message_subject == EVIL_SUBJECT
        assert row.last_message_from == "griffie@utrecht.nl"
        assert row.manual_note == "belde griffie"
        assert row.review_waiting is True
        assert row.clause_f is True

    def test_a_partys_own_refusal_is_marked_beside_the_towns_state(self, busy: Campaign) -> None:
        with transaction(busy.engine) as session:
            session.add(
                IncomingMessage(
                    content_hash="b" * 64,
                    raw=b"x",
                    from_address="fractie@vvd-utrecht.nl",
                    subject="Re: Verzoek",
                    cbs_code="GM0344",
                    label="declined",
                    review_state="none",
                    details={OWN_POSITION: "party_branch"},
                )
            )
        with transaction(busy.engine) as session:
            rows = {r.cbs_code: r for r in export_rows(session)}
        assert rows["GM0344"].own_positions == "declined (fractie@vvd-utrecht.nl)"
        assert rows["GM0344"].state == "forwarded"  # the town's campaign goes on
        assert all(r.own_positions is None for code, r in rows.items() if code != "GM0344")

    @pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
    def test_neutralise(self, start: str) -> None:
        assert neutralise(start + "1+1") == "'" + start + "1+1"
        assert neutralise("gemeente " + start) == "gemeente " + start


class TestFiles:
    """CSV with a BOM, XLSX and JSON, each read back."""

    def test_csv(self, busy: Campaign, tmp_path: Path) -> None:
        out = tmp_path / "status.csv"
        result = runner.invoke(
            app, ["export", "--format", "csv", "--out", str(out), "--config", str(busy.config)]
        )
        assert result.exit_code == 0, result.output
        data = out.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert list(records[0]) == list(COLUMNS)
        row = utrecht_row(records)
        assert row["last_message_subject"] == "'" + EVIL_SUBJECT
        assert (row["state_nl"], row["review_waiting"], row["clause_f"]) == (
            "doorgestuurd",
            "ja",
            "ja",
        )

    def test_xlsx(self, busy: Campaign, tmp_path: Path) -> None:
        out = tmp_path / "status.xlsx"
        result = runner.invoke(
            app, ["export", "-f", "xlsx", "-o", str(out), "--config", str(busy.config)]
        )
        assert result.exit_code == 0, result.output
        sheet = load_workbook(out).worksheets[0]
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        assert rows[0] == list(COLUMNS)
        utrecht = next(r for r in rows if r[0] == "GM0344")
        subject_cell = next(
            c for row in sheet.iter_rows() for c in row if c.value == "'" + EVIL_SUBJECT
        )
        assert subject_cell.data_type == "s"  # text, not a formula
        assert utrecht[COLUMNS.index("name")] == "Utrecht"
        assert len(rows) == 6

    def test_json_to_stdout(self, busy: Campaign) -> None:
        result = runner.invoke(app, ["export", "--format", "json", "--config", str(busy.config)])
        assert result.exit_code == 0, result.output
        records = json.loads(result.output)
        row = utrecht_row(records)
        assert row["review_waiting"] is True
        assert row["last_message_subject"] == EVIL_SUBJECT  # JSON is data, not a spreadsheet
        assert row["last_change"].endswith("+00:00")

    def test_an_edited_export_can_be_imported(self, busy: Campaign, tmp_path: Path) -> None:
        with transaction(busy.engine) as session:
            data = to_csv(export_rows(session))
        text = data.decode("utf-8-sig").replace("gemeente@ede.nl", "griffie@ede.nl")
        path = tmp_path / "edited.csv"
        path.write_text(text, encoding="utf-8")
        result = runner.invoke(
            app, ["contacts", "import", str(path), "--yes", "--config", str(busy.config)]
        )
        assert result.exit_code == 0, result.output
        assert "0 refused" in result.output
        assert "1 updated" in result.output
        with transaction(busy.engine) as session:
            ede = session.get(Municipality, "GM0228")
            assert ede is not None
            assert ede.email == "griffie@ede.nl"

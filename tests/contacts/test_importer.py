"""Importing the municipality list: rows checked one by one, re-imports keep history."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from outreach.contacts.importer import default_contacts_file, import_contacts, read_contacts
from outreach.errors import ContactsError
from outreach.status import set_state
from outreach.store import transaction
from outreach.store.models import Municipality, StatusEvent
from tests.fixtures.store import Campaign


def csv_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    return path


class TestValidation:
    """Bad rows are refused with their line number and reason; good rows are kept."""

    def test_bad_rows_are_reported(self, tmp_path: Path) -> None:
        path = csv_file(
            tmp_path,
            "cbs_code,name,province,email\n"
            "GM0344,Utrecht,Utrecht,gemeente@utrecht.nl\n"
            "G0344,Wrong,Utrecht,a@b.nl\n"
            "GM0014,Groningen,Groningen,not-an-address\n"
            'GM0153,"Ensch\nede",Overijssel,info@enschede.nl\n'
            "GM0228,,Gelderland,gemeente@ede.nl\n"
            "GM0344,Utrecht again,Utrecht,x@utrecht.nl\n",
        )
        rows, errors = read_contacts(path)
        assert [r.cbs_code for r in rows] == ["GM0344"]
        reasons = {e.line: e.reason for e in errors}
        assert "GM followed by 4 digits" in reasons[3]
        assert "not valid" in reasons[4]
        assert "line break" in reasons[6]
        assert "name is empty" in reasons[7]
        assert "already on line 2" in reasons[8]

    def test_missing_column_is_an_error_for_the_whole_file(self, tmp_path: Path) -> None:
        with pytest.raises(ContactsError, match="missing: email"):
            read_contacts(csv_file(tmp_path, "cbs_code,name,province\nGM0344,Utrecht,Utrecht\n"))

    def test_optional_columns(self, tmp_path: Path) -> None:
        rows, errors = read_contacts(
            csv_file(
                tmp_path,
                "cbs_code,name,province,email,noodopvang,street\n"
                "gm0344,Utrecht,Utrecht,Gemeente@Utrecht.nl,ja,Stadsplateau 1\n",
            )
        )
        assert errors == []
        assert rows[0].cbs_code == "GM0344"
        assert rows[0].email == "gemeente@utrecht.nl"
        assert rows[0].noodopvang is True
        assert rows[0].address == {"street": "Stadsplateau 1"}

    def test_shipped_list_is_complete(self) -> None:
        rows, errors = read_contacts(default_contacts_file())
        assert errors == []
        assert len(rows) == 342
        assert sum(1 for r in rows if r.email is None) == 14


class TestReimport:
    """Re-importing updates details and keeps state and history."""

    def test_update_keeps_state_and_history(self, campaign: Campaign, tmp_path: Path) -> None:
        with transaction(campaign.engine) as session:
            utrecht = session.get(Municipality, "GM0344")
            assert utrecht is not None
            set_state(session, utrecht, "sent", cause="test")
        report = import_contacts(
            engine=campaign.engine,
            path=csv_file(
                tmp_path,
                "cbs_code,name,province,email\nGM0344,Utrecht,Utrecht,griffie@utrecht.nl\n",
            ),
        )
        assert report.updated == 1
        with transaction(campaign.engine) as session:
            utrecht = session.get(Municipality, "GM0344")
            assert utrecht is not None
            assert (utrecht.email, utrecht.state) == ("griffie@utrecht.nl", "sent")
            assert utrecht.noodopvang is True  # not in the new file: kept
            events = session.exec(select(StatusEvent).where(StatusEvent.cbs_code == "GM0344")).all()
            assert [e.new_state for e in events] == ["pending", "sent"]

    def test_new_address_makes_a_municipality_sendable(
        self, campaign: Campaign, tmp_path: Path
    ) -> None:
        import_contacts(
            engine=campaign.engine,
            path=csv_file(
                tmp_path,
                "cbs_code,name,province,email\nGM0363,Amsterdam,Noord-Holland,info@amsterdam.nl\n",
            ),
        )
        with transaction(campaign.engine) as session:
            amsterdam = session.get(Municipality, "GM0363")
            assert amsterdam is not None
            assert amsterdam.state == "pending"

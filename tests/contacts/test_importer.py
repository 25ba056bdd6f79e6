"""Importing the municipality list: checked against the CBS list, shown, then applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from outreach.contacts.importer import (
    ImportOptions,
    apply_import,
    default_contacts_file,
    import_contacts,
    prepare_import,
    read_contacts,
)
from outreach.errors import ContactsError
from outreach.status import set_state
from outreach.store import transaction
from outreach.store.models import ContactChange, Municipality, StatusEvent
from tests.fixtures.store import Campaign

HEADER = "cbs_code,name,province,email\n"


def csv_file(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def municipality(campaign: Campaign, code: str) -> Municipality:
    with transaction(campaign.engine) as session:
        found = session.get(Municipality, code)
        assert found is not None
        return found


def changes(campaign: Campaign, code: str) -> list[tuple[str, str | None, str | None, str]]:
    with transaction(campaign.engine) as session:
        rows = session.exec(select(ContactChange).where(ContactChange.cbs_code == code)).all()
        return [(c.field, c.old_value, c.new_value, c.source) for c in rows]


class TestValidation:
    """Bad rows are refused with their line number and reason; good rows are kept."""

    def test_bad_rows_are_reported(self, tmp_path: Path) -> None:
        path = csv_file(
            tmp_path,
            HEADER + "GM0344,Utrecht,Utrecht,gemeente@utrecht.nl\n"
            "G0344,Wrong,Utrecht,a@b.nl\n"
            "GM0014,Groningen,Groningen,not-an-address\n"
            'GM0153,"Ensch\nede",Overijssel,info@enschede.nl\n'
            "GM0228,,Gelderland,gemeente@ede.nl\n"
            "GM0344,Utrecht,Utrecht,x@utrecht.nl\n",
        )
        rows, errors = read_contacts(path)
        assert [r.cbs_code for r in rows] == ["GM0344"]
        reasons = {e.line: e.reason for e in errors}
        assert "GM followed by 4 digits" in reasons[3]
        assert "not valid" in reasons[4]
        assert "line break" in reasons[5]  # the row that starts on line 5
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

    @pytest.mark.parametrize(
        "char", ["\x0b", "\x0c", "\x00", "\u200b", "\u00ad", "\u2028", "\u2029", "\ufeff"]
    )
    def test_control_and_format_characters_are_refused(self, tmp_path: Path, char: str) -> None:
        rows, errors = read_contacts(
            csv_file(tmp_path, HEADER + f"GM0344,Utr{char}echt,Utrecht,gemeente@utrecht.nl\n")
        )
        assert rows == []
        assert f"U+{ord(char):04X}" in errors[0].reason


class TestReference:
    """The CBS list decides which codes exist and what they are called."""

    def test_unknown_code_is_refused(self, tmp_path: Path) -> None:
        rows, errors = read_contacts(
            csv_file(tmp_path, HEADER + "GM9999,Nergenshuizen,Utrecht,info@nergens.nl\n")
        )
        assert rows == []
        assert "not a municipality on the CBS list" in errors[0].reason
        assert "--allow-non-municipal" in errors[0].reason

    def test_unknown_code_on_purpose(self, tmp_path: Path) -> None:
        rows, errors = read_contacts(
            csv_file(tmp_path, HEADER + "GM9999,Nergenshuizen,Utrecht,info@nergens.nl\n"),
            allow_unknown=True,
        )
        assert errors == []
        assert rows[0].municipal is False

    def test_name_that_does_not_fit_the_code(self, tmp_path: Path) -> None:
        rows, errors = read_contacts(
            csv_file(tmp_path, HEADER + "GM0983,Amsterdam,Limburg,info@venlo.nl\n")
        )
        assert rows == []
        assert "GM0983 is Venlo, not 'Amsterdam'" in errors[0].reason

    def test_wrong_province(self, tmp_path: Path) -> None:
        _, errors = read_contacts(
            csv_file(tmp_path, HEADER + "GM0983,Venlo,Noord-Holland,info@venlo.nl\n")
        )
        assert "Venlo (GM0983) is in Limburg" in errors[0].reason

    @pytest.mark.parametrize(
        ("code", "name", "province"),
        [
            ("GM0518", "Den Haag", "Zuid-Holland"),
            ("GM0518", "s-Gravenhage", "zuid-holland"),
            ("GM0518", "'S GRAVENHAGE", "Zuid Holland"),
            ("GM0373", "Bergen NH", "Noord-Holland"),
            ("GM0373", "Bergen", "Noord-Holland"),
            ("GM0893", "bergen (l)", "Limburg"),
            ("GM1900", "Sudwest-Fryslan", "Friesland"),
            ("GM0164", "Hengelo", "Overijssel"),
            ("GM0796", "Den Bosch", "Noord-Brabant"),
        ],
    )
    def test_lenient_names(self, tmp_path: Path, code: str, name: str, province: str) -> None:
        rows, errors = read_contacts(
            csv_file(tmp_path, HEADER + f"{code},{name},{province},info@example.nl\n")
        )
        assert errors == []
        assert rows[0].cbs_code == code

    def test_merged_municipality_points_to_its_successor(self, tmp_path: Path) -> None:
        _, errors = read_contacts(
            csv_file(tmp_path, HEADER + "GM0501,Brielle,Zuid-Holland,info@brielle.nl\n")
        )
        assert "Voorne aan Zee (GM1992)" in errors[0].reason
        assert "use GM1992" in errors[0].reason


class TestDiff:
    """An import is compared first: per municipality what changes, nothing written."""

    def test_prepare_writes_nothing(self, campaign: Campaign, tmp_path: Path) -> None:
        path = csv_file(tmp_path, HEADER + "GM0344,Utrecht,Utrecht,griffie@utrecht.nl\n")
        with transaction(campaign.engine) as session:
            plan = prepare_import(session, path)
        [contact] = plan.plans
        assert [(c.field, c.old, c.new) for c in contact.changes] == [
            ("email", "gemeente@utrecht.nl", "griffie@utrecht.nl")
        ]
        assert municipality(campaign, "GM0344").email == "gemeente@utrecht.nl"

    def test_unknown_renamed_and_blank(self, campaign: Campaign, tmp_path: Path) -> None:
        """The case from the issue: only the valid change is applied, the address is kept."""
        path = csv_file(
            tmp_path,
            "cbs_code,name,province,email,noodopvang\n"
            "GM9999,Nergenshuizen,Utrecht,info@nergens.nl,\n"
            "GM0014,Amsterdam,Groningen,info@groningen.nl,\n"
            "GM0344,Utrecht,Utrecht,,nee\n",
        )
        with transaction(campaign.engine) as session:
            plan = prepare_import(session, path)
        assert [e.line for e in plan.errors] == [2, 3]
        assert [(p.cbs_code, [c.field for c in p.changes]) for p in plan.plans] == [
            ("GM0344", ["noodopvang"])
        ]
        apply_import(campaign.engine, path)
        utrecht = municipality(campaign, "GM0344")
        assert (utrecht.email, utrecht.noodopvang) == ("gemeente@utrecht.nl", False)
        assert municipality(campaign, "GM0014").name == "Groningen"
        with transaction(campaign.engine) as session:
            assert session.get(Municipality, "GM9999") is None

    def test_clear_blank_erases(self, campaign: Campaign, tmp_path: Path) -> None:
        path = csv_file(tmp_path, HEADER + "GM0344,Utrecht,Utrecht,\n")
        apply_import(campaign.engine, path, options=ImportOptions(clear_blank=True))
        utrecht = municipality(campaign, "GM0344")
        assert utrecht.email is None
        assert utrecht.state == "no_address"
        assert utrecht.noodopvang is True  # no noodopvang column: nothing to clear

    def test_lenient_name_changes_nothing(self, campaign: Campaign, tmp_path: Path) -> None:
        path = csv_file(tmp_path, HEADER + "GM0344,UTRECHT,utrecht,gemeente@utrecht.nl\n")
        with transaction(campaign.engine) as session:
            plan = prepare_import(session, path)
        assert (plan.plans, plan.unchanged) == ([], 1)

    def test_store_changed_in_between(self, campaign: Campaign, tmp_path: Path) -> None:
        path = csv_file(tmp_path, HEADER + "GM0344,Utrecht,Utrecht,griffie@utrecht.nl\n")
        with transaction(campaign.engine) as session:
            shown = prepare_import(session, path)
        path.write_text(HEADER + "GM0344,Utrecht,Utrecht,raad@utrecht.nl\n")
        with pytest.raises(ContactsError, match="nothing was applied"):
            apply_import(campaign.engine, path, expected=shown)
        assert municipality(campaign, "GM0344").email == "gemeente@utrecht.nl"


class TestHistory:
    """Every applied change is kept: field, old, new, when, source file."""

    def test_changes_are_recorded(self, campaign: Campaign, tmp_path: Path) -> None:
        path = csv_file(
            tmp_path,
            "cbs_code,name,province,email,street\n"
            "GM0344,Utrecht,Utrecht,griffie@utrecht.nl,Stadsplateau 1\n"
            "GM0200,Apeldoorn,Gelderland,info@apeldoorn.nl,\n",
            name="fixes.csv",
        )
        apply_import(campaign.engine, path)
        assert changes(campaign, "GM0344") == [
            ("added", None, "Utrecht", "contacts.csv"),  # by init
            ("email", "gemeente@utrecht.nl", "griffie@utrecht.nl", "fixes.csv"),
            ("address.street", None, "Stadsplateau 1", "fixes.csv"),
        ]
        assert changes(campaign, "GM0200") == [("added", None, "Apeldoorn", "fixes.csv")]
        assert municipality(campaign, "GM0344").address == {"street": "Stadsplateau 1"}


class TestReimport:
    """Re-importing updates details and keeps state and history."""

    def test_update_keeps_state_and_history(self, campaign: Campaign, tmp_path: Path) -> None:
        with transaction(campaign.engine) as session:
            utrecht = session.get(Municipality, "GM0344")
            assert utrecht is not None
            set_state(session, utrecht, "sent", cause="test")
        plan = import_contacts(
            engine=campaign.engine,
            path=csv_file(tmp_path, HEADER + "GM0344,Utrecht,Utrecht,griffie@utrecht.nl\n"),
        )
        assert len(plan.updated) == 1
        utrecht = municipality(campaign, "GM0344")
        assert (utrecht.email, utrecht.state) == ("griffie@utrecht.nl", "sent")
        assert utrecht.noodopvang is True  # not in the new file: kept
        with transaction(campaign.engine) as session:
            events = session.exec(select(StatusEvent).where(StatusEvent.cbs_code == "GM0344")).all()
            assert [e.new_state for e in events] == ["pending", "sent"]

    def test_new_address_makes_a_municipality_sendable(
        self, campaign: Campaign, tmp_path: Path
    ) -> None:
        import_contacts(
            engine=campaign.engine,
            path=csv_file(tmp_path, HEADER + "GM0363,Amsterdam,Noord-Holland,info@amsterdam.nl\n"),
        )
        assert municipality(campaign, "GM0363").state == "pending"

    def test_new_address_after_a_bounce(self, campaign: Campaign, tmp_path: Path) -> None:
        with transaction(campaign.engine) as session:
            ede = session.get(Municipality, "GM0228")
            assert ede is not None
            set_state(session, ede, "needs_address", cause="bounce")
        apply_import(
            campaign.engine,
            csv_file(tmp_path, HEADER + "GM0228,Ede,Gelderland,griffie@ede.nl\n"),
        )
        assert municipality(campaign, "GM0228").state == "pending"

    def test_non_municipal_contact_on_purpose(self, campaign: Campaign, tmp_path: Path) -> None:
        path = csv_file(tmp_path, HEADER + "GM9999,Nergenshuizen,Utrecht,info@nergens.nl\n")
        apply_import(campaign.engine, path, options=ImportOptions(allow_non_municipal=True))
        assert municipality(campaign, "GM9999").name == "Nergenshuizen"
        # Once added on purpose, it may be updated without the flag.
        path.write_text(HEADER + "GM9999,Nergenshuizen,Utrecht,post@nergens.nl\n")
        apply_import(campaign.engine, path)
        assert municipality(campaign, "GM9999").email == "post@nergens.nl"

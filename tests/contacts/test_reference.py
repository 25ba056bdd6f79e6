"""The CBS reference: lenient names, successors followed to the end, the shipped data agrees."""

from __future__ import annotations

from pathlib import Path

from outreach.contacts.reference import load_reference, name_key


def write_reference(folder: Path) -> Path:
    folder.mkdir()
    (folder / "municipalities.csv").write_text(
        "cbs_code,name,province\nGM0003,Nieuwstad,Groningen\n", encoding="utf-8"
    )
    (folder / "municipality_mergers.csv").write_text(
        "cbs_code,name,province,ended,successor_code,successor_name\n"
        "GM0001,Oudedorp,Groningen,2027-01-01,GM0002,Middenstad\n"
        "GM0002,Middenstad,Groningen,2028-01-01,GM0003,Nieuwstad\n",
        encoding="utf-8",
    )
    return folder


class TestReference:
    """What the import checks rows against."""

    def test_name_key_ignores_case_accents_and_punctuation(self) -> None:
        assert name_key("'s-Gravenhage") == name_key("S GRAVENHAGE") == "sgravenhage"
        assert name_key("Súdwest-Fryslân") == name_key("sudwest fryslan")

    def test_successor_of_a_successor(self, tmp_path: Path) -> None:
        reference = load_reference(write_reference(tmp_path / "data"))
        merger = reference.successor("GM0001")
        assert merger is not None
        assert (merger.name, merger.successor_code) == ("Oudedorp", "GM0003")

    def test_shipped_mergers_point_to_municipalities(self) -> None:
        reference = load_reference()
        assert len(reference.municipalities) == 342
        for code, merger in reference.mergers.items():
            assert code not in reference
            assert reference.municipalities[merger.successor_code].name == merger.successor_name

    def test_shipped_aliases_and_namesakes(self) -> None:
        reference = load_reference()
        assert [m.cbs_code for m in reference.find("Den Haag")] == ["GM0518"]
        assert sorted(m.cbs_code for m in reference.find("bergen")) == ["GM0373", "GM0893"]
        assert reference.province_matches("GM1900", "Friesland")

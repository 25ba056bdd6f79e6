"""The held-out sets already used for development stay right, file by file.

Each set in bench/holdout_nl* was written by someone who had never seen the classifier. Once a
set has been read to improve the classifier it can no longer measure it, but it still guards
against regressions: every file keeps its label and municipality.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest
from _pytest.mark import ParameterSet

from outreach.classify.chain import ClassifyContext, classify
from outreach.classify.message import parse_message
from outreach.matching import MatchContext, match_message, shipped_context
from tests.classify.support import LETTER, OWN_ADDRESS

BENCH = Path(__file__).resolve().parents[2] / "bench"
SECRET = "corpus-secret"
# Sets 1 and 2 are also in tests/corpus; these are the development sets that followed them.
REGRESSION_SETS = tuple(f"holdout_nl{n}" for n in range(3, 124))
# Known misses, by set and file, kept visible (see known_misses.csv): strict, so a fix shows
# up as a failure to remove the entry.
KNOWN_MISSES: dict[str, str] = {
    row["file"]: row["reason"]
    for row in csv.DictReader(
        line
        for line in Path(__file__).with_name("known_misses.csv").read_text("utf-8").splitlines()
        if not line.startswith("#")
    )
}


def _rows() -> list[ParameterSet]:
    rows = []
    for name in REGRESSION_SETS:
        with (BENCH / name / "labels.csv").open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                values = (name, row["file"], row["label"], row.get("municipality") or "")
                reason = KNOWN_MISSES.get(f"{name}/{row['file']}")
                marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
                rows.append(pytest.param(*values, marks=marks))
    return rows


@cache
def _contexts() -> tuple[ClassifyContext, MatchContext]:
    own = frozenset({OWN_ADDRESS})
    match = shipped_context(secret=SECRET, own_addresses=own, letter_texts=[LETTER])
    return ClassifyContext(letter_texts=[LETTER], own_addresses=own), match


def test_every_regression_set_is_there() -> None:
    assert len(_rows()) >= 6_100


def test_every_known_miss_names_a_regression_file() -> None:
    # An entry for a file that is gone or renamed would mark nothing and hide nothing.
    files = {f"{row.values[0]}/{row.values[1]}" for row in _rows()}
    assert set(KNOWN_MISSES) <= files


@pytest.mark.parametrize(("folder", "file", "label", "code"), _rows(), ids=lambda v: str(v))
def test_regression_file(folder: str, file: str, label: str, code: str) -> None:
    classify_context, match_context = _contexts()
    message = parse_message((BENCH / folder / file).read_bytes())
    verdict = classify(message, classify_context)
    match = match_message(message, match_context)
    assert (verdict.label.value, match.cbs_code) == (label, code or None)

"""The hand-written Dutch corpus in tests/corpus: every file gets its label and municipality."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from outreach.classify.chain import ClassifyContext, classify
from outreach.classify.message import parse_message
from outreach.matching import MatchContext, match_message, shipped_context
from tests.classify.support import LETTER
from tests.corpus import mailkit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# The first two held-out sets, kept as regression sets once they had been used for development.
FOLDERS = (CORPUS, CORPUS / "holdout_nl", CORPUS / "holdout_nl2")


def _rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for folder in FOLDERS:
        labels = folder / "labels.csv"
        if not labels.is_file():
            continue
        with labels.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                rows.append({**row, "file": str((folder / row["file"]).relative_to(CORPUS))})
    return rows


@cache
def _contexts() -> tuple[ClassifyContext, MatchContext]:
    letters = [LETTER, mailkit.letter_text()]
    own = frozenset({mailkit.INBOX})
    match = shipped_context(secret=mailkit.SECRET, own_addresses=own, letter_texts=letters)
    return ClassifyContext(letter_texts=letters, own_addresses=own), match


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["file"])
def test_corpus_file(row: dict[str, str]) -> None:
    classify_context, match_context = _contexts()
    message = parse_message((CORPUS / row["file"]).read_bytes())
    verdict = classify(message, classify_context)
    match = match_message(message, match_context)
    assert (verdict.label.value, match.cbs_code) == (row["label"], row["municipality"] or None)

"""What each review gate costs and what it saves, over folders of labelled replies.

    python bench/review_gates.py FOLDER [FOLDER ...] --secret S --own-address A --letter F

Every reason the product gives for sending a message to a person is a gate: the classifier's
own (low confidence, a conflict, one reading alone, each check in `outreach.classify.doubts`),
who sent it (`outreach.classify.origin`) and what analysis adds. Each message is read as the
product reads it (through `analyse`); every doubt is then weighed on its own, not only the
first that fires. Per gate this prints how often it fires on a right verdict and on a wrong
one, and how often it is the only reason for review: a right verdict reviewed for that reason
alone is its cost (a volunteer's time for nothing), a wrong verdict reviewed for that reason
alone is its saving (without the gate it would be decided wrong). Then the review share and
the wrong unreviewed verdicts per folder.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaluate_classifier import _contexts, label_folders  # type: ignore[import-not-found]

from outreach import analysis as analysis_module
from outreach.classify import chain, confidence, doubts
from outreach.classify.autoreply import AUTOMATED, LIST_MAIL
from outreach.classify.base import ChainState
from outreach.classify.chain import ClassifyContext
from outreach.classify.labels import Label
from outreach.matching import shipped_context
from outreach.settings import ReviewSettings

# A review reason's fragment, read back to the gate that wrote it (first match wins).
_GATES: tuple[tuple[str, str], ...] = (
    ("origin: dmarc fail", r"dmarc=fail"),
    ("origin: not verified", r"could not be verified"),
    ("origin: unknown sender", r"is not a known address"),
    ("origin: may not decide", r"may not decide"),
    ("origin: bounce not ours", r"delivery report that does not return"),
    ("conflict", r"^both adopted and rejected|^declined but also|^opt-out together|^motion news"),
    ("weak over refusal", r"^declined, and only one reading"),
    ("outcome and held over", r"^both .* and held over"),
    ("one reading alone", r"^only one reading says"),
    ("receipt says more", r"^a receipt with a negated|^a receipt that names another"),
    ("automatic receipt, refusal", r"^an automatic receipt that also says what"),
    ("asks a question", r"^the sender asks a question"),
    ("low confidence", r"^low confidence|^classifier unsure"),
    ("no municipality", r"^several municipalities|^no municipality found"),
    ("unrelated names a town", r"^no word of our letter"),
    ("result names elsewhere", r"^the words that say"),
    ("vote held, read submitted", r"^reported as submitted, but"),
    ("too large", r"^too large"),
    ("question names address", r"^a question that names another address"),
    ("question to someone else", r"^a question to someone else"),
)


def gate_of(fragment: str) -> str:
    for name, pattern in _GATES:
        if re.search(pattern, fragment):
            return name
    return f"? {fragment[:50]}"


_last: dict[str, Any] = {}
_original_resolve = chain._resolve


def _recording_resolve(state: ChainState, reasons: list[Any]) -> chain.Verdict:
    verdict = _original_resolve(state, reasons)
    _last["state"] = state
    return verdict


def _doubts(state: ChainState, label: Label) -> dict[str, str]:
    """Every doubt that fires, weighed alone."""
    machine = chain._machine_written(state.flags)
    automated = AUTOMATED in state.flags or (machine and LIST_MAIL in state.flags)
    fired = {}
    for check in doubts.CHECKS:
        if reason := check(state, label, automated):
            fired[f"doubt: {check.__name__}"] = reason
    return fired


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--letter", type=Path, required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--own-address", action="append", default=[])
    parser.add_argument("--list", action="store_true", help="name the messages each gate holds")
    parser.add_argument(
        "--calibration", action="store_true", help="also how often each level and rule is right"
    )
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        help="weigh the figures as if this gate (a name from the table) were dropped",
    )
    args = parser.parse_args(argv)
    chain._resolve = _recording_resolve
    letters = [args.letter.read_text(encoding="utf-8")]
    own = frozenset(a.lower() for a in args.own_address)
    context = ClassifyContext(letter_texts=letters, own_addresses=own)
    match = shipped_context(secret=args.secret, own_addresses=own, letter_texts=letters)
    contexts = _contexts(context, match)
    threshold = ReviewSettings().confidence_threshold
    fires: Counter[tuple[str, bool]] = Counter()
    sole: Counter[tuple[str, bool]] = Counter()
    held: dict[str, list[str]] = defaultdict(list)
    # Calibration: per confidence level, and per rule, how often the label it supports is
    # the right one (a rule "supports" the verdict when it noted or decided its label).
    by_level: Counter[tuple[str, bool]] = Counter()
    # The same for the verdicts decided without a person: what a level promises there.
    alone_by_level: Counter[tuple[str, bool]] = Counter()
    by_rule: Counter[tuple[str, str, bool]] = Counter()
    per_folder: list[tuple[str, int, int, int, int]] = []
    for folder in label_folders(args.folders):
        n = reviewed_n = wrong_free = right_free = 0
        with (folder / "labels.csv").open(newline="", encoding="utf-8") as handle:
            for record in csv.DictReader(handle):
                _last.clear()
                raw = (folder / record["file"]).read_bytes()
                result = analysis_module.analyse(raw, contexts, threshold=threshold)
                verdict = result.verdict
                got = verdict.label.value if verdict else "unparsable"
                right = got == record["label"]
                reviewed = bool(result.review_reason) and not result.to_answer
                gates: dict[str, str] = {}
                if reviewed and result.review_reason:
                    for fragment in result.review_reason.split("; "):
                        gates.setdefault(gate_of(fragment), fragment)
                state = _last.get("state")
                if verdict is not None and state is not None:
                    found = _doubts(state, verdict.label)
                    fragments = set(found.values())
                    # The product names only the first doubt; every one is weighed here.
                    gates = {k: v for k, v in gates.items() if v not in fragments}
                    gates.update(found)
                gates = {k: v for k, v in gates.items() if k not in args.without}
                reviewed = bool(gates)
                if verdict is not None:
                    by_level[(_level(verdict.confidence), right)] += 1
                    if not reviewed:
                        alone_by_level[(_level(verdict.confidence), right)] += 1
                    support = (
                        [
                            (name, note.confidence)
                            for name, note in state.notes
                            if note.label == verdict.label
                        ]
                        if state is not None
                        else [(verdict.reasons[-1].rule, verdict.confidence)]
                        if verdict.reasons
                        else []
                    )
                    for name, value in support:
                        by_rule[(name, _level(value), right)] += 1
                n += 1
                reviewed_n += reviewed
                right_free += right and not reviewed
                wrong_free += not right and not reviewed
                for gate in gates:
                    fires[(gate, right)] += 1
                    alone = len(gates) == 1
                    sole[(gate, right)] += alone
                    if args.list:
                        mark = "right" if right else f"WRONG ({record['label']}->{got})"
                        also = "" if alone else f" (also: {', '.join(sorted(set(gates) - {gate}))})"
                        held[gate].append(f"{folder.name}/{record['file']} {mark}{also}")
        per_folder.append((folder.name, n, reviewed_n, right_free, wrong_free))
    print(f"{'gate':<40}{'fires right':>12}{'fires wrong':>12}{'cost':>6}{'saves':>6}")
    for gate in sorted({g for g, _ in fires}):
        print(
            f"{gate:<40}{fires[(gate, True)]:>12}{fires[(gate, False)]:>12}"
            f"{sole[(gate, True)]:>6}{sole[(gate, False)]:>6}"
        )
        for line in held.get(gate, []):
            print(f"    {line}")
    print(f"\n{'folder':<16}{'n':>5}{'review':>8}{'share':>8}", end="")
    print(f"{'right alone':>13}{'wrong alone':>13}")
    totals = [0, 0, 0, 0]
    for name, n, rev, right_free, wrong_free in per_folder:
        for i, v in enumerate((n, rev, right_free, wrong_free)):
            totals[i] += v
        print(f"{name:<16}{n:>5}{rev:>8}{100 * rev / n:>7.1f}%{right_free:>13}{wrong_free:>13}")
    n, rev, right_free, wrong_free = totals
    print(f"{'all':<16}{n:>5}{rev:>8}{100 * rev / n:>7.1f}%{right_free:>13}{wrong_free:>13}")
    if args.calibration:
        print_calibration(by_level, by_rule, alone_by_level)
    return 0


def _level(value: float) -> str:
    """The named level a confidence is (see `outreach.classify.confidence`), or its value."""
    for name in _LEVELS:
        if abs(getattr(confidence, name) - value) < 1e-9:
            return f"{name} {value:.2f}"
    return f"? {value:.2f}"


_LEVELS = ("CERTAIN", "HEADER", "STRONG", "CLEAR", "READ", "LIKELY", "PLAUSIBLE", "WEAK", "GUESS")


def print_calibration(
    by_level: Counter[tuple[str, bool]],
    by_rule: Counter[tuple[str, str, bool]],
    alone_by_level: Counter[tuple[str, bool]],
) -> None:
    """A level means what it says when the verdicts at that level are right about as often
    as its value: a rule whose readings at a level fall well short of it is miscalibrated.
    Beside all verdicts at a level, those decided without a person: the share that matters."""
    print(f"\n{'verdict confidence':<22}{'n':>6}{'right':>8}{'alone':>8}{'right':>8}")
    for level in sorted({lv for lv, _ in by_level}, key=lambda lv: -float(lv.split()[-1])):
        total = by_level[(level, True)] + by_level[(level, False)]
        alone = alone_by_level[(level, True)] + alone_by_level[(level, False)]
        share = f"{100 * alone_by_level[(level, True)] / alone:>7.1f}%" if alone else f"{'-':>8}"
        print(
            f"{level:<22}{total:>6}{100 * by_level[(level, True)] / total:>7.1f}%{alone:>8}{share}"
        )
    print(f"\n{'rule (supporting the verdict)':<36}{'level':<16}{'n':>6}{'right':>8}")
    for name, level in sorted({(r, lv) for r, lv, _ in by_rule}):
        total = by_rule[(name, level, True)] + by_rule[(name, level, False)]
        share = 100 * by_rule[(name, level, True)] / total
        print(f"{name:<36}{level:<16}{total:>6}{share:>7.1f}%")


if __name__ == "__main__":
    raise SystemExit(main())

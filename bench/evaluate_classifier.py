"""Score the classifier on folders of .eml files that carry a labels.csv.

    python bench/evaluate_classifier.py FOLDER [FOLDER ...]

A folder without labels.csv is searched one level down for sub-folders that have one. Prints
per-label precision and recall and a confusion table; for folders labelled with the coarse set
(bounce_hard, bounce_soft, auto_reply, human, other) also the figures the campaign relies on.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pydantic import SecretStr

from outreach.analysis import Contexts, OwnMail, analyse
from outreach.classify.chain import ClassifyContext, classify
from outreach.classify.labels import BOUNCES, HUMAN, Label
from outreach.classify.message import MessageParseError, parse_message
from outreach.classify.origin import OriginContext
from outreach.compose.letter import Composer
from outreach.matching import MatchContext, shipped_context
from outreach.settings import CampaignSettings, ReviewSettings
from outreach.store.models import Municipality

COARSE = frozenset({"bounce_hard", "bounce_soft", "auto_reply", "human", "other"})


@dataclass(frozen=True)
class Row:
    folder: str
    file: str
    expected: str
    detail: str
    got: str
    expected_code: str | None = None
    got_code: str | None = None
    reviewed: bool = False
    review_reason: str = ""


def coarse(label: str) -> str:
    """Our label in the shared corpus's coarse set (any human label is `human`)."""
    if label == "human" or label in {lab.value for lab in HUMAN}:
        return "human"
    if label in {lab.value for lab in (*BOUNCES, Label.AUTO_REPLY)}:
        return label
    return "other"


def label_folders(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if (path / "labels.csv").is_file():
            out.append(path)
        else:
            out.extend(sorted(p.parent for p in path.glob("*/labels.csv")))
    return out


def run_folder(folder: Path, context: ClassifyContext, match: MatchContext | None) -> list[Row]:
    """Each message as the product reads it: with a municipality context, through `analyse`
    (so review means what it means in the product: low confidence, a question, an unknown
    sender's decisive verdict, no municipality); without one, the classifier alone."""
    contexts = _contexts(context, match) if match is not None else None
    threshold = ReviewSettings().confidence_threshold
    rows: list[Row] = []
    with (folder / "labels.csv").open(newline="", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            raw = (folder / record["file"]).read_bytes()
            expected_code = got_code = None
            reviewed, reason = True, ""
            if contexts is not None:
                analysis = analyse(raw, contexts, threshold=threshold)
                got = analysis.verdict.label.value if analysis.verdict else "unparsable"
                reason = analysis.review_reason or ""
                reviewed = bool(reason) and not analysis.to_answer
                if "municipality" in record:
                    expected_code = record["municipality"] or None
                    got_code = analysis.match.cbs_code if analysis.match else None
            else:
                try:
                    verdict = classify(parse_message(raw), context)
                    got, reviewed = verdict.label.value, verdict.needs_review
                    reason = verdict.review_reason or ""
                except MessageParseError:
                    got = "unparsable"
            rows.append(
                Row(
                    folder.name,
                    record["file"],
                    record["label"],
                    record.get("detail") or record.get("note") or "",
                    got,
                    expected_code,
                    got_code,
                    reviewed,
                    reason,
                )
            )
    return rows


def _letter_subjects(match: MatchContext) -> list[str]:
    """The subjects of the letter and its reminder as every municipality got them."""
    composer = Composer(CampaignSettings(token_secret=SecretStr(match.secret)))
    subjects = []
    for ref in match.municipalities:
        municipality = Municipality(
            cbs_code=ref.cbs_code, name=ref.name, province="", email=ref.email or "x@x.nl"
        )
        for step in ("letter", "reminder-1"):
            subjects.append(composer.subject(municipality, step=step))
    return subjects


def _contexts(context: ClassifyContext, match: MatchContext) -> Contexts:
    own = OwnMail(
        secret=match.secret,
        from_address=next(iter(sorted(context.own_addresses)), ""),
        sent={},
        subjects=frozenset(),
    )
    origin = OriginContext.build(
        authserv_id=OriginContext().authserv_id,
        provider_daemons=OriginContext().provider_daemons,
        secret=match.secret,
        sent_message_ids=(),
        written_to=match.by_email,
        letter_subjects=_letter_subjects(match),
        letter_texts=context.letter_texts,
    )
    return Contexts(match, context, own, origin)


# Labels that move a municipality far along the campaign: a confident mistake here is the
# one a volunteer is least likely to catch.
_PROGRESS = frozenset({"motion_adopted", "motion_submitted"})


def print_review_figures(rows: list[Row]) -> None:
    """How much goes to a person, and how right the rest is."""
    decided = [r for r in rows if not r.reviewed]
    right = [r for r in decided if r.expected == r.got]
    confident_wrong = [r for r in decided if r.got in _PROGRESS and r.expected != r.got]
    print(
        f"sent to review: {len(rows) - len(decided)}/{len(rows)} "
        f"({_pct(len(rows) - len(decided), len(rows))}); decided without review right: "
        f"{len(right)}/{len(decided)} ({_pct(len(right), len(decided))}); "
        f"confident wrong adopted/submitted: {len(confident_wrong)}"
    )
    for r in decided:
        if r.expected != r.got:
            print(f"  unreviewed miss {r.folder}/{r.file}: expected {r.expected} got {r.got}")
    for r in rows:
        if r.reviewed:
            print(f"  review {r.folder}/{r.file} ({r.expected}, got {r.got}): {r.review_reason}")


def print_scores(title: str, pairs: list[tuple[str, str]]) -> None:
    labels = sorted({e for e, _ in pairs} | {g for _, g in pairs})
    print(
        f"\n== {title}: {len(pairs)} messages, "
        f"{sum(e == g for e, g in pairs)} right ({_pct(sum(e == g for e, g in pairs), len(pairs))})"
    )
    print(f"{'label':<18}{'n':>5}{'precision':>11}{'recall':>9}")
    for label in labels:
        tp = sum(1 for e, g in pairs if e == label and g == label)
        n_true = sum(1 for e, _ in pairs if e == label)
        n_pred = sum(1 for _, g in pairs if g == label)
        print(f"{label:<18}{n_true:>5}{_pct(tp, n_pred):>11}{_pct(tp, n_true):>9}")
    counts = Counter(pairs)
    width = max(6, *(len(lab) for lab in labels)) + 1
    print("\nconfusion (rows expected, columns got):")
    print(" " * width + "".join(f"{lab[:9]:>10}" for lab in labels))
    for e in labels:
        print(f"{e:<{width}}" + "".join(f"{counts[(e, g)]:>10}" for g in labels))


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:.1f}%" if den else "-"


def is_auto_reply(row: Row) -> bool:
    """Labelled an auto-reply, or an automatic reply the source files under "not a bounce"."""
    return row.expected == "auto_reply" or "suggested=auto_reply" in row.detail


def is_bounce(row: Row) -> bool:
    return row.expected.startswith("bounce_") or row.detail.startswith("bounce;severity=unknown")


def status_class(detail: str) -> str | None:
    found = re.search(r"status=([245])\.", detail)
    return found.group(1) if found else None


def print_campaign_figures(rows: list[Row]) -> None:
    bounces = [r for r in rows if is_bounce(r)]
    detected = [r for r in bounces if r.got.startswith("bounce_")]
    not_bounces = [r for r in rows if r.expected in ("human", "auto_reply") or is_auto_reply(r)]
    false_bounces = [r for r in not_bounces if r.got.startswith("bounce_")]
    with_class = [r for r in detected if status_class(r.detail)]
    right_class = [
        r for r in with_class if (r.got == "bounce_hard") == (status_class(r.detail) == "5")
    ]
    autos = [r for r in rows if is_auto_reply(r)]
    autos_found = [r for r in autos if r.got == "auto_reply"]
    print("\n== campaign figures")
    print(
        f"bounces detected as a bounce:      {len(detected)}/{len(bounces)} "
        f"({_pct(len(detected), len(bounces))})"
    )
    print(f"human/auto-replies called a bounce: {len(false_bounces)}/{len(not_bounces)}")
    print(
        f"hard vs soft right by status class: {len(right_class)}/{len(with_class)} "
        f"({_pct(len(right_class), len(with_class))})"
    )
    print(
        f"auto-replies detected:             {len(autos_found)}/{len(autos)} "
        f"({_pct(len(autos_found), len(autos))})"
    )
    for r in [
        *(b for b in bounces if b not in detected),
        *false_bounces,
        *(w for w in with_class if w not in right_class),
        *(a for a in autos if a not in autos_found),
    ]:
        print(f"  miss {r.folder}/{r.file}: expected {r.expected} got {r.got} ({r.detail[:70]})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--letter", type=Path, help="text of the letter we sent (plain text)")
    parser.add_argument("--secret", help="campaign secret: also score the municipality column")
    parser.add_argument("--own-address", action="append", default=[], help="our own address")
    parser.add_argument(
        "--figures-only",
        action="store_true",
        help="one line of figures per folder, naming no message: for sets kept unseen",
    )
    args = parser.parse_args(argv)
    letters = [args.letter.read_text(encoding="utf-8")] if args.letter else []
    own = frozenset(a.lower() for a in args.own_address)
    context = ClassifyContext(letter_texts=letters, own_addresses=own)
    match = None
    if args.secret:
        match = shipped_context(secret=args.secret, own_addresses=own, letter_texts=letters)
    folders = label_folders(args.folders)
    if not folders:
        print("no labels.csv found", file=sys.stderr)
        return 2
    rows: list[Row] = []
    for folder in folders:
        group = run_folder(folder, context, match)
        rows.extend(group)
        if args.figures_only:
            print_summary(folder.name, group)
            continue
        if all(r.expected in COARSE for r in group):
            print_scores(
                f"{folder.name} (coarse labels)", [(r.expected, coarse(r.got)) for r in group]
            )
        else:
            print_scores(f"{folder.name} (labels)", [(r.expected, r.got) for r in group])
            for r in group:
                if r.expected != r.got:
                    print(f"  miss {r.folder}/{r.file}: expected {r.expected} got {r.got}")
            print_review_figures(group)
        print_municipalities(group)
    if args.figures_only:
        if len(folders) > 1:
            print_summary("all", rows)
        return 0
    as_coarse = [
        Row(r.folder, r.file, coarse(r.expected), r.detail, coarse(r.got), reviewed=r.reviewed)
        for r in rows
    ]
    print_campaign_figures(as_coarse)
    return 0


def print_summary(name: str, rows: list[Row]) -> None:
    """The figures of a set in one line, so that reading them reveals no message of it."""
    decided = [r for r in rows if not r.reviewed]
    right = sum(r.expected == r.got for r in rows)
    municipality = sum(r.expected_code == r.got_code for r in rows)
    decided_right = sum(r.expected == r.got for r in decided)
    confident_wrong = sum(r.got in _PROGRESS and r.expected != r.got for r in decided)
    print(
        f"{name:<14} n={len(rows):<4} label {_pct(right, len(rows)):>6}  "
        f"municipality {_pct(municipality, len(rows)):>6}  "
        f"review {_pct(len(rows) - len(decided), len(rows)):>6}  "
        f"decided right {decided_right}/{len(decided)} ({_pct(decided_right, len(decided))})  "
        f"confident wrong adopted/submitted {confident_wrong}"
    )


def print_municipalities(rows: list[Row]) -> None:
    scored = [r for r in rows if r.got_code is not None or r.expected_code is not None]
    if not any(r.expected_code is not None for r in rows) and not scored:
        return
    right = [r for r in rows if r.expected_code == r.got_code]
    both = [r for r in rows if r.expected_code == r.got_code and r.expected == r.got]
    print(
        f"municipality right: {len(right)}/{len(rows)} ({_pct(len(right), len(rows))}); "
        f"label and municipality right: {len(both)}/{len(rows)} ({_pct(len(both), len(rows))})"
    )
    for r in rows:
        if r.expected_code != r.got_code:
            print(f"  miss {r.folder}/{r.file}: municipality {r.expected_code} got {r.got_code}")


if __name__ == "__main__":
    raise SystemExit(main())

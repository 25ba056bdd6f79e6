"""How long does reading one reply take? Parse + match + classify, per message, on the corpus.

    .venv/bin/python bench/bench_classify.py [FOLDER ...] [--rounds N] [--profile]

Without folders it reads every `.eml` under tests/corpus, tests/classify/samples and
bench/holdout_nl* (the sets the repository ships). The target is at most 3 ms per message on
average. Times are CPU time of this process (`time.process_time`), so that other work on a
busy machine does not count. The first round warms the caches (compiled patterns, the name
index) and is not counted; `--profile` prints the functions that take the time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from outreach.classify.chain import ClassifyContext, classify
from outreach.classify.message import MessageParseError, parse_message
from outreach.matching import MatchContext, match_message, shipped_context
from tests.corpus.mailkit import INBOX, SECRET

ROOT = Path(__file__).resolve().parent.parent

TARGET_MS = 3.0
_DEFAULT_FOLDERS = ("tests/corpus", "tests/classify/samples", "bench")


def corpus(folders: list[Path]) -> list[bytes]:
    files: list[Path] = []
    for folder in folders:
        files.extend(sorted(folder.rglob("*.eml")))
    return [f.read_bytes() for f in files]


def one_round(
    raws: list[bytes], classify_context: ClassifyContext, match: MatchContext
) -> dict[str, float]:
    """CPU seconds spent parsing, matching and classifying every message once, in the order
    the inbox does it (match, then classify the same parsed message)."""
    spent = {"parse": 0.0, "match": 0.0, "classify": 0.0}
    for raw in raws:
        started = time.process_time()
        try:
            message = parse_message(raw)
        except MessageParseError:
            continue
        parsed = time.process_time()
        match_message(message, match)
        matched = time.process_time()
        classify(message, classify_context)
        done = time.process_time()
        spent["parse"] += parsed - started
        spent["match"] += matched - parsed
        spent["classify"] += done - matched
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    folders = args.folders or [ROOT / f for f in _DEFAULT_FOLDERS]
    raws = corpus(folders)
    if not raws:
        print("no .eml files found", file=sys.stderr)
        return 2
    letters = [(ROOT / "tests/classify/letter.txt").read_text(encoding="utf-8")]
    own = frozenset({INBOX})
    match = shipped_context(secret=SECRET, own_addresses=own, letter_texts=letters)
    classify_context = ClassifyContext(letter_texts=letters, own_addresses=own)
    one_round(raws, classify_context, match)  # warm-up: compiled patterns, the name index
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        one_round(raws, classify_context, match)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
    rounds = [one_round(raws, classify_context, match) for _ in range(args.rounds)]
    per_message = [1000 * sum(r.values()) / len(raws) for r in rounds]
    steps = {
        step: 1000 * statistics.mean(r[step] for r in rounds) / len(raws) for step in rounds[0]
    }
    print("  ".join(f"{step} {ms:.2f} ms" for step, ms in steps.items()))
    print(
        f"parse + match + classify: {statistics.mean(per_message):.2f} ms per message on average "
        f"(best round {min(per_message):.2f} ms; {len(raws)} messages x {args.rounds} rounds; "
        f"target <= {TARGET_MS:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How long do the spreadsheet commands take on the whole list? Prints figures.

(a) Comparing the shipped list of 342 municipalities with a full store (what
    `outreach contacts import` does before it shows anything), as CSV and as .xlsx.
(b) Applying an import that changes every municipality's noodopvang (342 changes recorded).
(c) Exporting 342 municipalities with 3,000 stored replies, as CSV, XLSX and JSON.

Run from the repository root: `.venv/bin/python bench/bench_contacts.py`.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook

from outreach.campaign_init import init_campaign
from outreach.contacts.importer import apply_import, default_contacts_file, prepare_import
from outreach.export import ExportFormat, export_rows, render_export
from outreach.settings import load_settings
from outreach.store import open_store, transaction
from outreach.store.models import IncomingMessage


def timed(label: str, work: Callable[[], object], repeat: int = 3) -> None:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    print(f"{label:<58} {best * 1000:8.1f} ms (best of {repeat})")


def as_xlsx(source: Path, target: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    with source.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    workbook.save(target)
    return target


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = folder / "settings.toml"
        init_campaign(config)
        engine = open_store(load_settings(config).store_url)
        shipped = default_contacts_file()
        xlsx = as_xlsx(shipped, folder / "list.xlsx")

        def compare(path: Path) -> Callable[[], object]:
            def work() -> object:
                with transaction(engine) as session:
                    return prepare_import(session, path)

            return work

        timed("(a) compare 342 rows, CSV", compare(shipped))
        timed("(a) compare 342 rows, .xlsx", compare(xlsx))

        text = shipped.read_text(encoding="utf-8").splitlines()
        changed = folder / "noodopvang.csv"
        changed.write_text(
            "\n".join([text[0] + ",noodopvang"] + [line + ",ja" for line in text[1:]]) + "\n",
            encoding="utf-8",
        )
        began = time.perf_counter()
        plan = apply_import(engine, changed)
        print(
            f"{'(b) apply 342 changes with history':<58} "
            f"{(time.perf_counter() - began) * 1000:8.1f} ms ({len(plan.updated)} updated)"
        )

        codes = [line.split(",")[0] for line in text[1:]]
        with transaction(engine) as session:
            for n in range(3000):
                session.add(
                    IncomingMessage(
                        content_hash=f"{n:064d}",
                        raw=b"x" * 20_000,
                        subject=f"Re: brief {n}",
                        from_address="griffie@example.nl",
                        cbs_code=codes[n % len(codes)],
                        label="acknowledged",
                    )
                )
        for fmt in ExportFormat:

            def export(fmt: ExportFormat = fmt) -> object:
                with transaction(engine) as session:
                    return render_export(export_rows(session), fmt)

            timed(f"(c) export 342 rows, 3,000 replies, {fmt.value}", export)


if __name__ == "__main__":
    main()

"""How long does the console take to render its pages? Server-side times, in process.

Uses the demo's store (`make demo` first, or pass another settings file): each page is asked
for through the ASGI app (no network, no browser), after one warm-up request, and the median
and slowest of the timed requests are printed, with the CPU time per request (the process's
own work, which a busy machine inflates less than the wall-clock figures).

Run from the repository root: `.venv/bin/python bench/bench_console.py [demo/settings.toml]`.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from outreach.console.app import create_app
from outreach.console.users import add_user
from outreach.settings import load_settings
from outreach.store import open_store

PAGES = ("/", "/map", "/review", "/municipalities", "/municipalities/GM0344", "/export.csv")
ROUNDS = 20
USER, PASSWORD = "bench", "bench-password"


async def measure(config: Path) -> None:
    settings = load_settings(config)
    engine = open_store(settings.store_url)
    add_user(engine, USER, PASSWORD, replace=True)
    app = create_app(settings=settings, engine=engine)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        page = await client.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token
        await client.post("/login", data={"csrf": token[1], "name": USER, "password": PASSWORD})
        review = await client.get("/review")
        first = re.search(r'href="/review/(\d+)"', review.text)
        pages = [*PAGES, *([f"/review/{first[1]}"] if first else [])]
        print(f"{'page':<26} {'median ms':>10} {'max ms':>8} {'cpu ms':>8} {'bytes':>9}")
        for path in pages:
            response = await client.get(path)  # warm-up: templates compiled, map loaded
            assert response.status_code == 200, (path, response.status_code)
            times = []
            cpu_start = time.process_time()
            for _ in range(ROUNDS):
                start = time.perf_counter()
                response = await client.get(path)
                times.append((time.perf_counter() - start) * 1000)
            cpu = (time.process_time() - cpu_start) * 1000 / ROUNDS
            print(
                f"{path:<26} {statistics.median(times):>10.1f} {max(times):>8.1f} "
                f"{cpu:>8.1f} {len(response.content):>9}"
            )
    engine.dispose()


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "demo/settings.toml")
    if not source.is_file():
        sys.exit(f"{source} not found: run `make demo` first, or pass a settings file")
    # Work on a copy: the bench adds a user and must not touch the demo's own store.
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "campaign"
        shutil.copytree(source.parent, copy, ignore=shutil.ignore_patterns("municipalities"))
        asyncio.run(measure(copy / source.name))


if __name__ == "__main__":
    main()

"""Benchmark: `outreach send --really` against mailmerge and smtp-source, start-up, daemon memory.

Everything is a whole process, as a volunteer would run it, into Postfix's `smtp-sink` (a C
server, so the server is not what is measured):

1. Sending 328 letters: `outreach send --really` on a fresh store each time, mailmerge 2.3.0
   (from PyPI, in the benchmark's own environment `bench/.venv-mailmerge`) sending the same two
   attachments, and `smtp-source` (Postfix's C client) pushing as many bytes. Paired runs,
   medians, ratios. Targets: outreach <= 0.5 x mailmerge's wall time, <= 60 MiB peak.
2. Start-up on a store with 342 municipalities and 5,000 messages: `--help` (<= 0.15 s),
   `status` (<= 0.3 s), `status --json`.
3. The daemon's memory after the whole demo campaign (`outreach run --exit-when-idle` against
   the demo's simulated municipalities; target <= 80 MiB): its resident size last seen before
   it exits (sampled every 0.2 s), and its peak.

Needs Debian's postfix (smtp-sink, smtp-source). Run: `.venv/bin/python bench/bench_send.py`
(`--runs N` for more pairs, `--quick` for one of each, `--only startup` for one part).
"""

from __future__ import annotations

import argparse
import compileall
import csv
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach.campaign_init import init_campaign  # noqa: E402
from outreach.demo.run import demo_overrides  # noqa: E402
from outreach.mailworld import MailWorld  # noqa: E402
from outreach.mailworld.net import free_port  # noqa: E402

OUTREACH = [str(ROOT / ".venv" / "bin" / "outreach")]
MAILMERGE_ENV = ROOT / "bench" / ".venv-mailmerge"
MAILMERGE_VERSION = "2.3.0"
SMTP_SINK = Path("/usr/sbin/smtp-sink")
SMTP_SOURCE = Path("/usr/sbin/smtp-source")
MIB = 1024 * 1024


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mib: float
    last_mib: float = 0.0  # the resident size last seen before the process ended


# Measures one command from a small process: Linux counts the memory a child had before exec
# (a copy of its parent) in its peak, so the command must not be forked from this big process.
LAUNCHER = """
import os, sys, threading, time
start = time.perf_counter()
null = os.open(os.devnull, os.O_RDWR)
pid = os.fork()
if pid == 0:
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.execvp(sys.argv[1], sys.argv[1:])
last = [0]
def sample():  # the resident size until the process ends: the last reading is 'at the end'
    while True:
        try:
            with open(f"/proc/{pid}/status") as status:
                rss = [line for line in status if line.startswith("VmRSS:")]
        except OSError:
            return
        if not rss:
            return
        last[0] = int(rss[0].split()[1])
        time.sleep(0.2)
threading.Thread(target=sample, daemon=True).start()
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
print(os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss,
      last[0])
"""


def timed(command: Sequence[str], *, cwd: Path | None = None) -> Run:
    """Run `command` to the end; its wall time, CPU time and peak resident memory."""
    out = subprocess.run(
        [sys.executable, "-S", "-c", LAUNCHER, *command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    code, wall, cpu, peak_kib, last_kib = out.stdout.split()
    if int(code) != 0:
        raise RuntimeError(f"{' '.join(command)} exited {code}: {out.stderr[-800:]}")
    return Run(float(wall), float(cpu), int(peak_kib) / 1024, int(last_kib) / 1024)


def median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        statistics.median(r.peak_mib for r in runs),
    )


class Sink:
    """Postfix's smtp-sink on a loopback port, accepting everything."""

    def __init__(self) -> None:
        if not SMTP_SINK.exists():
            raise SystemExit(f"{SMTP_SINK} is missing: install Debian's postfix package")
        self.port = free_port()
        user = ["-u", "nobody"] if os.geteuid() == 0 else []
        self.process = subprocess.Popen(
            [str(SMTP_SINK), *user, f"127.0.0.1:{self.port}", "256"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.3)

    def close(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)


def smtp_overrides(port: int) -> dict[str, str]:
    return {
        "smtp.host": '"127.0.0.1"',
        "smtp.port": str(port),
        "smtp.security": '"none"',
        "smtp.username": '""',
        "send.dry_run": "false",
    }


def fresh_campaign(folder: Path, port: int) -> Path:
    config = folder / "settings.toml"
    init_campaign(config, overrides=smtp_overrides(port))
    return config


# -- 1. sending --------------------------------------------------------------------------------


def mailmerge_binary() -> Path:
    binary = MAILMERGE_ENV / "bin" / "mailmerge"
    if not binary.exists():
        print(f"installing mailmerge {MAILMERGE_VERSION} into {MAILMERGE_ENV} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(MAILMERGE_ENV)], check=True)
        subprocess.run(
            [
                str(MAILMERGE_ENV / "bin" / "pip"),
                "install",
                "-q",
                f"mailmerge=={MAILMERGE_VERSION}",
            ],
            check=True,
        )
    return binary


def mailmerge_folder(folder: Path, port: int, preview: Path, addresses: list[str]) -> None:
    """The same letter and the same two attachments, for mailmerge (not personalised)."""
    eml = next(preview.glob("*.eml"))
    from email import message_from_bytes, policy
    from email.message import EmailMessage

    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("{", "(").replace("}", ")")
    attachments = [p for p in preview.iterdir() if p.suffix == ".docx"]
    for attachment in attachments:
        shutil.copy(attachment, folder / attachment.name)
    headers = [
        "TO: {{email}}",
        "FROM: KinderpardonNU <kinderpardonnu@gmail.com>",
        "SUBJECT: Verzoek om door te sturen aan de fractievoorzitters en de griffier",
        *(f"ATTACHMENT: {a.name}" for a in attachments),
    ]
    (folder / "mailmerge_template.txt").write_text(
        "\n".join(headers) + "\n\n" + text, encoding="utf-8"
    )
    with (folder / "mailmerge_database.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email"])
        writer.writerows([a] for a in addresses)
    (folder / "mailmerge_server.conf").write_text(
        f"[smtp_server]\nhost = 127.0.0.1\nport = {port}\nsecurity = Never\n", encoding="utf-8"
    )


def sending(runs: int, tmp: Path) -> None:
    compileall.compile_dir(ROOT / "outreach", quiet=1)  # bytecode, as in `startup`
    sink = Sink()
    try:
        base = fresh_campaign(tmp / "base", sink.port)
        preview = tmp / "preview"
        subprocess.run(
            [*OUTREACH, "preview", "GM0344", "--out", str(preview), "--config", str(base)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        size = next(preview.glob("*.eml")).stat().st_size
        docs = {p.name: p.stat().st_size for p in preview.glob("*.docx")}
        addresses = [f"griffie{n}@example.org" for n in range(328)]
        merge = tmp / "mailmerge"
        merge.mkdir()
        mailmerge_folder(merge, sink.port, preview, addresses)
        binary = mailmerge_binary()
        ours: list[Run] = []
        theirs: list[Run] = []
        floor: list[Run] = []
        for n in range(runs):
            config = fresh_campaign(tmp / f"run{n}", sink.port)
            ours.append(
                timed([*OUTREACH, "send", "--really", "--no-clause-f-ok", "--config", str(config)])
            )
            theirs.append(
                timed(
                    [str(binary), "--no-dry-run", "--no-limit", "--output-format", "raw"], cwd=merge
                )
            )
            floor.append(
                timed(
                    [
                        str(SMTP_SOURCE),
                        "-d",  # one connection, like outreach
                        "-s",
                        "1",
                        "-m",
                        "328",
                        "-l",
                        str(size),
                        "-f",
                        "kinderpardonnu@gmail.com",
                        "-t",
                        "griffie@example.org",
                        f"127.0.0.1:{sink.port}",
                    ]
                )
            )
    finally:
        sink.close()
    o, m, s = median(ours), median(theirs), median(floor)
    print(f"\n== 1. sending 328 letters into smtp-sink (median of {runs} paired runs)")
    print(
        f"message {size / 1024:.1f} KiB; "
        + ", ".join(f"{k} {v / 1024:.1f} KiB" for k, v in docs.items())
    )
    print(f"{'':28} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9} {'wall / mailmerge':>17}")
    for name, run in (
        ("outreach send --really", o),
        (f"mailmerge {MAILMERGE_VERSION}", m),
        ("smtp-source (C)", s),
    ):
        ratio = run.wall / m.wall
        print(f"{name:28} {run.wall:8.2f} {run.cpu:8.2f} {run.peak_mib:9.1f} {ratio:17.2f}")
    print(
        f"outreach / mailmerge {o.wall / m.wall:.2f} (target <= 0.50), outreach / smtp-source "
        f"{o.wall / s.wall:.1f}; outreach peak {o.peak_mib:.0f} MiB (target <= 60)"
    )


# -- 2. start-up --------------------------------------------------------------------------------


def big_store(folder: Path) -> Path:
    """342 municipalities and 5,000 stored messages."""
    import random

    from sqlmodel import Session

    from outreach.settings import load_settings
    from outreach.store import open_store
    from outreach.store.models import IncomingMessage

    config = fresh_campaign(folder, free_port())
    settings = load_settings(config)
    engine = open_store(settings.store_url)
    rng = random.Random(12)
    labels = ["acknowledged", "auto_reply", "forwarded", "bounce_hard", "question", None]
    with Session(engine) as session:
        for n in range(5000):
            raw = f"Subject: reactie {n}\r\n\r\nDank voor uw bericht.\r\n".encode()
            session.add(
                IncomingMessage(
                    content_hash=f"{n:064x}",
                    message_id=f"<m{n}@example.org>",
                    raw=raw,
                    size=len(raw),
                    from_address=f"griffie{n % 342}@example.org",
                    subject=f"reactie {n}",
                    label=rng.choice(labels),
                    review_state="pending" if n % 50 == 0 else "none",
                )
            )
        session.commit()
    return config


def startup(runs: int, tmp: Path) -> None:
    # Installed from a wheel, outreach's modules come with their bytecode; compile it here too,
    # so that an environment that writes none (PYTHONDONTWRITEBYTECODE) does not time the
    # compiler at every start.
    compileall.compile_dir(ROOT / "outreach", quiet=1)
    config = big_store(tmp / "store")
    commands = {
        "outreach --help": [*OUTREACH, "--help"],
        "outreach status": [*OUTREACH, "status", "--config", str(config)],
        "outreach status --json": [*OUTREACH, "status", "--json", "--config", str(config)],
    }
    targets = {"outreach --help": 0.15, "outreach status": 0.3}
    print(f"\n== 2. start-up, 342 municipalities and 5,000 messages (median of {runs})")
    print(f"{'':28} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9} {'target s':>9}")
    for name, command in commands.items():
        timed(command)  # warm the file cache
        run = median([timed(command) for _ in range(runs)])
        target = f"{targets[name]:.2f}" if name in targets else "-"
        print(f"{name:28} {run.wall:8.2f} {run.cpu:8.2f} {run.peak_mib:9.1f} {target:>9}")


# -- 3. the daemon after the demo campaign ------------------------------------------------------


def daemon_memory(tmp: Path) -> None:
    folder = tmp / "demo"
    folder.mkdir()
    config = folder / "settings.toml"
    with MailWorld() as world:
        init_campaign(config, overrides=demo_overrides(world))
        (folder / "secrets.toml").write_text(world.secrets_toml())
        (folder / "secrets.toml").chmod(0o600)
        run = timed([*OUTREACH, "run", "--exit-when-idle", "--config", str(config)])
        letters = len(world.smtp.accepted)
        replies = world.replies["inbox"] + world.replies["spam"]
    print("\n== 3. the daemon, whole demo campaign (outreach run --exit-when-idle)")
    print(
        f"{letters} letters sent, {replies} replies read and classified in {run.wall:.1f} s "
        f"({run.cpu:.1f} s CPU); resident memory at the end {run.last_mib:.1f} MiB "
        f"(target <= 80), at its peak {run.peak_mib:.1f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="one run of each")
    parser.add_argument(
        "--only", choices=["sending", "startup", "daemon"], action="append", help="these parts"
    )
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    parts = args.only or ["sending", "startup", "daemon"]
    # Wall times depend on how busy the machine is: the load says how much to trust them.
    print(f"load average before: {_load()}")
    with tempfile.TemporaryDirectory(prefix="outreach-bench-") as name:
        tmp = Path(name)
        if "sending" in parts:
            sending(runs, tmp)
        if "startup" in parts:
            startup(runs, tmp)
        if "daemon" in parts:
            daemon_memory(tmp)
    print(f"\nload average after: {_load()} ({os.cpu_count()} CPUs)")


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()

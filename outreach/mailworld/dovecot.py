"""A private Dovecot on loopback: the IMAP half of the mail world (tests, benchmarks, the demo).

It runs from its own config file in a temporary folder, never touching the system's Dovecot.
Every user logs in with one password (a static passdb), so adding a user needs no reload. The
folders each new user gets, with their RFC 6154 special-use flags, are a layout: the tests' plain
English one, or `GMAIL_NL`, which names them as Gmail does for a Dutch account.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

from outreach.mailworld.net import free_port

DOVECOT = Path("/usr/sbin/dovecot")
PASSWORD = "Kinder-pardon-Test-42"

# Declared in the namespace so they exist in every new user's Maildir, with RFC 6154 flags.
SPECIAL_USE = {"Junk": "\\Junk", "All Mail": "\\All", "Sent": "\\Sent", "Archive": "\\Archive"}
# The folders of a Gmail account set to Dutch, as its IMAP server lists them.
GMAIL_NL = {
    "[Gmail]/Verzonden berichten": "\\Sent",
    "[Gmail]/Alle e-mail": "\\All",
    "[Gmail]/Spam": "\\Junk",
    "[Gmail]/Prullenbak": "\\Trash",
    "[Gmail]/Concepten": "\\Drafts",
}

_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = plain login
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
last_valid_gid = {gid}
mail_location = maildir:~/Maildir
mail_privileged_group =
mail_plugins =
protocol imap {{
  mail_max_userip_connections = 200
}}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/users/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  process_min_avail = 1
}}
service anvil {{
  chroot =
  # No auth penalty: a wrong-password test must not slow the next test's logins.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
{mailboxes}}}
"""


@dataclass(frozen=True)
class MailUser:
    """A mail account on the test server: log in with `name` / `password`, mail in `maildir`."""

    name: str
    password: str
    home: Path

    @property
    def maildir(self) -> Path:
        return self.home / "Maildir"


class DovecotServer:
    """A Dovecot started from its own config file, listening on 127.0.0.1 on a free port."""

    def __init__(
        self,
        *,
        root: Path | None = None,
        port: int | None = None,
        folders: Mapping[str, str] = SPECIAL_USE,
        extra_config: str = "",
    ) -> None:
        if not DOVECOT.exists():
            raise RuntimeError(
                f"{DOVECOT} is missing: install Debian's dovecot-imapd package "
                "(apt-get install dovecot-imapd) to run the IMAP tests"
            )
        self.host = "127.0.0.1"
        self.folders = dict(folders)
        self.extra_config = extra_config  # appended: later settings override earlier ones
        self.port = port or free_port()
        self._own_root = root is None
        # pytest's tmp_path is private to root; the mail user must be able to reach its Maildir.
        self.root = root or Path(tempfile.mkdtemp(prefix="outreach-dovecot-"))
        self.root.chmod(0o755)
        self._process: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)
        if os.geteuid() == 0:
            # Dovecot's login process refuses root; mail belongs to an unprivileged user.
            self._login_user, self._internal_user = "dovenull", "dovecot"
            mail = pwd.getpwnam("nobody")
        else:
            me = pwd.getpwuid(os.geteuid())
            self._login_user = self._internal_user = me.pw_name
            mail = me
        self.uid, self.gid = mail.pw_uid, mail.pw_gid

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self, *, timeout: float = 15.0) -> None:
        for sub in ("run", "state", "users"):
            (self.root / sub).mkdir(exist_ok=True)
        (self.root / "users").chmod(0o755)
        mailboxes = "".join(
            f'  mailbox "{name}" {{\n    special_use = {flag}\n    auto = create\n  }}\n'
            for name, flag in self.folders.items()
        )
        conf = self.root / "dovecot.conf"
        conf.write_text(
            _CONFIG.format(
                root=self.root,
                port=self.port,
                login_user=self._login_user,
                internal_user=self._internal_user,
                uid=self.uid,
                gid=self.gid,
                mailboxes=mailboxes,
                password=PASSWORD,
            )
            + self.extra_config
        )
        self._process = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._wait_for_greeting(timeout)

    def _wait_for_greeting(self, timeout: float) -> None:
        assert self._process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                err = (
                    self._process.stderr.read().decode(errors="replace")
                    if self._process.stderr
                    else ""
                )
                raise RuntimeError(f"dovecot exited at start: {err.strip()}\n{self.log()}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), timeout=1) as conn,
            ):
                if conn.recv(64).startswith(b"* OK"):
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not answer on port {self.port}\n{self.log()}")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process is not None and self._process.stderr:
            self._process.stderr.close()
        self._process = None
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    # -- users and mail -------------------------------------------------------------------------

    def add_user(self, name: str | None = None) -> MailUser:
        """A new account with an empty Maildir (the special-use folders appear on first login).

        Every name logs in with `PASSWORD` (a static passdb), so a new user needs no reload.
        """
        name = name or f"user{next(self._names)}"
        home = self.root / "users" / name
        home.mkdir()
        self.own(home)
        return MailUser(name=name, password=PASSWORD, home=home)

    def own(self, path: Path) -> None:
        """Give `path` (and below) to the mail user, so Dovecot can write its index files."""
        if os.geteuid() != 0:
            return
        for current, dirs, files in os.walk(path):
            os.chown(current, self.uid, self.gid)
            for entry in itertools.chain(dirs, files):
                os.chown(Path(current) / entry, self.uid, self.gid)

    def client(self, user: MailUser) -> IMAPClient:
        """A logged-in client straight to the server (no proxy), for setting tests up."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        client.login(user.name, user.password)
        return client

    def append(self, user: MailUser, messages: list[bytes], *, folder: str = "INBOX") -> list[int]:
        """APPEND `messages` to `folder` (creating it); the new UIDs, in order."""
        with self.client(user) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            uids: list[int] = []
            for raw in messages:
                reply = client.append(folder, raw)
                uids.append(_appended_uid(reply))
            return uids

    def flags(self, user: MailUser, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        """Every message's stored flags in `folder`, read without changing them."""
        with self.client(user) as client:
            client.select_folder(folder, readonly=True)
            found = client.fetch(client.search("ALL"), ["FLAGS"])
            # \Recent belongs to whichever session looks first, not to the message.
            return {
                uid: tuple(flag for flag in data[b"FLAGS"] if flag != b"\\Recent")
                for uid, data in found.items()
            }

    def write_maildir(self, user: MailUser, messages: list[bytes], *, folder: str = "") -> None:
        """Drop messages straight into a Maildir `cur/`: much faster than APPEND for big fills."""
        base = user.maildir / f".{folder}" if folder else user.maildir
        for sub in ("cur", "new", "tmp"):
            (base / sub).mkdir(parents=True, exist_ok=True)
        stamp = int(time.time())
        for number, raw in enumerate(messages):
            (base / "cur" / f"{stamp}.M{number}P{os.getpid()}.bench:2,").write_bytes(raw)
        self.own(user.maildir)


def _appended_uid(reply: bytes | str) -> int:
    # "[APPENDUID <uidvalidity> <uid>] Append completed." (UIDPLUS)
    text = reply.decode() if isinstance(reply, bytes) else reply
    return int(text.split("]")[0].split()[-1])

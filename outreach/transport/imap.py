"""Reading the campaign inbox over IMAP (imapclient), strictly read-only.

Folders are opened with EXAMINE and bodies fetched with BODY.PEEK[], so nothing a volunteer sees
in Gmail changes: no \\Seen, no moves, no deletes. Folders may be configured by RFC 6154
special-use flag (`\\All`, `\\Junk`) because Gmail localises folder names.

Every error leaves this module as an `OutreachError` whose text never holds a secret.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import (
    IMAPClientAbortError,
    IMAPClientError,
    LoginError,
    ProtocolError,
)

from outreach.errors import (
    AuthenticationError,
    ConnectionFailedError,
    SettingsError,
    TransientTransportError,
    TransportError,
)
from outreach.inbox.source import BATCH_BYTES, FetchedMessage, FolderStatus, MessageRef
from outreach.settings import ImapSettings
from outreach.transport.tls import certificate_error, tls_context

log = logging.getLogger(__name__)

# A UID list this long still fits comfortably in one command line on every server we know.
_SIZE_CHUNK = 1000
# While idling, look at the stop event this often (seconds).
_IDLE_SLICE = 1.0
# How soon the first IDLE of a wait ends, to read what the server sent with its "+ idling".
_FIRST_LOOK = 1.0
# Untagged IDLE responses that mean the mailbox changed ("* OK Still here" does not).
_CHANGE_WORDS = {b"EXISTS", b"RECENT", b"EXPUNGE", b"FETCH", b"VANISHED"}


class ImapInbox:
    """One logged-in IMAP connection, seen through the `InboxSource` protocol."""

    def __init__(self, *, settings: ImapSettings) -> None:
        self._settings = settings
        self._secrets = tuple(
            secret.get_secret_value()
            for secret in (settings.password, settings.oauth2_token)
            if secret is not None and secret.get_secret_value()
        )
        self._client = self._connect()
        self._folders: list[str] | None = None
        self._selected: str | None = None

    # -- connecting -------------------------------------------------------------------------

    @property
    def account(self) -> str:
        return f"imap://{self._settings.username}@{self._settings.host}"

    @property
    def batch_size(self) -> int:
        return self._settings.batch_size

    @property
    def where(self) -> str:
        return f"{self._settings.host}:{self._settings.port_number}"

    def _connect(self) -> IMAPClient:
        settings = self._settings
        if not settings.username:
            raise SettingsError("[imap] username is not set")
        if settings.password is None and settings.oauth2_token is None:
            raise SettingsError("[imap] needs a password (an app password) or an oauth2_token")
        try:
            client = IMAPClient(
                settings.host,
                port=settings.port_number,
                ssl=settings.security == "tls",
                ssl_context=self._tls() if settings.security == "tls" else None,
                timeout=settings.timeout,
            )
        except (OSError, IMAPClientError) as exc:
            failure = certificate_error(exc, server=self.where, section="imap")
            if failure is not None:
                raise failure from None
            raise ConnectionFailedError(
                f"cannot reach the IMAP server {self.where}: {self._reason(exc)}"
            ) from None
        try:
            if settings.security == "starttls":
                self._starttls(client)
            self._login(client)
        except BaseException:
            with suppress(Exception):
                client.shutdown()
            raise
        return client

    def _starttls(self, client: IMAPClient) -> None:
        try:
            client.starttls(self._tls())
        except (OSError, IMAPClientError) as exc:
            failure = certificate_error(exc, server=self.where, section="imap")
            if failure is not None:
                raise failure from None
            raise ConnectionFailedError(
                f"could not switch to TLS (STARTTLS) with the IMAP server {self.where}: "
                f"{self._reason(exc)}"
            ) from None

    def _tls(self) -> ssl.SSLContext:
        return tls_context(self._settings.ca_file, section="imap")

    def _login(self, client: IMAPClient) -> None:
        settings = self._settings
        try:
            if settings.oauth2_token is not None:
                client.oauth2_login(settings.username, settings.oauth2_token.get_secret_value())
            else:
                assert settings.password is not None  # checked in _connect
                client.login(settings.username, settings.password.get_secret_value())
        except LoginError as exc:
            raise AuthenticationError(
                f"the IMAP server {self.where} refused the login for {settings.username}: "
                f"{self._reason(exc)}"
            ) from None
        except UnicodeError:
            raise SettingsError(
                f"[imap] the password for {settings.username} holds characters the server cannot "
                "take (only plain ASCII letters, digits and signs work; a Gmail App Password is)"
            ) from None
        except (OSError, IMAPClientError) as exc:
            raise ConnectionFailedError(
                f"could not set up a session with the IMAP server {self.where}: {self._reason(exc)}"
            ) from None

    def _reason(self, exc: BaseException) -> str:
        text = str(exc) or type(exc).__name__
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text.removeprefix("b'").removesuffix("'")

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except (IMAPClientAbortError, ProtocolError, OSError) as exc:
            # The connection is gone or garbled: a fresh one will likely do.
            raise TransientTransportError(
                f"IMAP connection to {self.where} lost while {action}: {self._reason(exc)}"
            ) from None
        except IMAPClientError as exc:
            raise TransportError(
                f"the IMAP server {self.where} refused {action}: {self._reason(exc)}"
            ) from None

    def close(self) -> None:
        with suppress(Exception):
            self._client.logout()
        with suppress(Exception):
            self._client.shutdown()

    def __enter__(self) -> ImapInbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- folders ----------------------------------------------------------------------------

    def folders(self) -> list[str]:
        if self._folders is None:
            with self._errors("listing folders"):
                listing = self._client.list_folders()
            self._folders = resolve_folders(self._settings.folders, listing)
        return list(self._folders)

    def status(self, folder: str) -> FolderStatus:
        if self._selected == folder:
            # RFC 3501 advises against STATUS on the selected mailbox.
            self._unselect()
        with self._errors(f"checking {folder}"):
            found = self._client.folder_status(folder, [b"UIDNEXT", b"UIDVALIDITY"])
        return FolderStatus(folder, int(found[b"UIDVALIDITY"]), int(found[b"UIDNEXT"]))

    def select(self, folder: str) -> FolderStatus:
        with self._errors(f"opening {folder}"):
            found = self._client.select_folder(folder, readonly=True)
        self._selected = folder
        uidnext = found.get(b"UIDNEXT")
        if uidnext is None:  # some servers leave it out of the SELECT reply
            with self._errors(f"searching {folder}"):
                uidnext = max(self._client.search(["UID", "*"]), default=0) + 1
        return FolderStatus(folder, int(found[b"UIDVALIDITY"]), int(uidnext))

    def _unselect(self) -> None:
        with self._errors("closing a folder"):
            if self._client.has_capability("UNSELECT"):
                self._client.unselect_folder()
            else:
                # CLOSE expunges nothing on a folder opened read-only (RFC 3501 6.4.2).
                self._client.close_folder()
        self._selected = None

    def list_new(self, folder: str, *, after_uid: int) -> list[MessageRef]:
        self._require_selected(folder)
        with self._errors(f"searching {folder}"):
            # "n:*" always matches the highest UID, even below n: filter here.
            found = self._client.search(["UID", f"{after_uid + 1}:*"])
        uids = sorted(uid for uid in found if uid > after_uid)
        if not uids:
            return []
        # Reading every size costs more than the rest of a local poll; only the few large
        # messages need theirs, the others are counted at the threshold as an upper bound.
        small = max(1, BATCH_BYTES // self.batch_size)
        with self._errors(f"searching {folder}"):
            large = self._client.search(["UID", f"{uids[0]}:{uids[-1]}", "LARGER", str(small)])
        sizes = self._sizes(sorted(uid for uid in large if uid > after_uid))
        return [MessageRef(uid, sizes.get(uid, small)) for uid in uids]

    def _sizes(self, uids: list[int]) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for start in range(0, len(uids), _SIZE_CHUNK):
            chunk = uids[start : start + _SIZE_CHUNK]
            with self._errors("reading message sizes"):
                found = self._client.fetch(chunk, [b"RFC822.SIZE"])
            sizes.update((uid, int(item.get(b"RFC822.SIZE", 0))) for uid, item in found.items())
        return sizes

    def fetch(self, folder: str, refs: Sequence[MessageRef]) -> Iterator[FetchedMessage]:
        self._require_selected(folder)
        if not refs:
            return
        with self._errors(f"fetching from {folder}"):
            found: dict[int, Any] = self._client.fetch([ref.uid for ref in refs], [b"BODY.PEEK[]"])
        for ref in refs:
            # pop: the batch dict should not keep a second reference to each body.
            item = found.pop(ref.uid, None)
            raw = item.get(b"BODY[]") if item else None
            if isinstance(raw, bytes):
                yield FetchedMessage(ref.uid, raw)

    def find_message_ids(self, folder: str, message_ids: Sequence[str]) -> set[str]:
        """Which of `message_ids` are in `folder` (a name or a special-use flag like `\\Sent`)."""
        names = resolve_folders([folder], self._listing())
        if not names:
            raise TransportError(f"the IMAP server {self.where} has no folder {folder}")
        self.select(names[0])
        found: set[str] = set()
        for message_id in message_ids:
            with self._errors(f"searching {names[0]}"):
                if self._client.search(["HEADER", "Message-ID", message_id]):
                    found.add(message_id)
        return found

    def recipients_of(self, folder: str, message_ids: Sequence[str]) -> dict[str, set[str]]:
        """For each of `message_ids` found in `folder`, the addresses its copies were sent to.

        The Sent folder can hold several messages under one Message-ID (a canary and a real
        letter, in older stores); who each went to tells them apart.
        """
        names = resolve_folders([folder], self._listing())
        if not names:
            raise TransportError(f"the IMAP server {self.where} has no folder {folder}")
        self.select(names[0])
        found: dict[str, set[str]] = {}
        wanted = b"BODY[HEADER.FIELDS (TO CC BCC)]"
        for message_id in message_ids:
            with self._errors(f"searching {names[0]}"):
                uids = self._client.search(["HEADER", "Message-ID", message_id])
                if not uids:
                    continue
                items = self._client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (TO CC BCC)]"])
            addresses = found.setdefault(message_id, set())
            for item in items.values():
                headers = BytesHeaderParser().parsebytes(bytes(item.get(wanted, b"")))
                values = [str(v) for key in ("To", "Cc", "Bcc") for v in headers.get_all(key, [])]
                addresses.update(a.lower() for _, a in getaddresses(values) if a)
        return found

    def resolve(self, folder: str) -> str | None:
        """The server's name for `folder` (a name or a special-use flag), or None."""
        names = resolve_folders([folder], self._listing())
        return names[0] if names else None

    def _listing(self) -> list[tuple[Sequence[bytes], Any, str]]:
        with self._errors("listing folders"):
            return list(self._client.list_folders())

    def _require_selected(self, folder: str) -> None:
        if self._selected != folder:
            raise RuntimeError(f"{folder} is not the open folder; call select() first")

    # -- waiting ----------------------------------------------------------------------------

    @property
    def can_idle(self) -> bool:
        with self._errors("reading capabilities"):
            return bool(self._client.has_capability("IDLE"))

    def wait(self, *, stop: threading.Event) -> bool:
        if not self.can_idle:
            stop.wait(self._settings.poll_interval)
            return False
        return self._idle(stop=stop, renew=self._settings.idle_renew)

    def _idle(self, *, stop: threading.Event, renew: float) -> bool:
        if self._selected != "INBOX":
            self.select("INBOX")
        deadline = time.monotonic() + renew
        with self._errors("waiting for new mail"):
            # Mail that came just before IDLE began is reported right behind the server's
            # "+ idling", often in the same read: it then waits in imaplib's buffer, where
            # polling the socket never finds it. Ending a first, short IDLE reads it out.
            if self._idle_until(min(time.monotonic() + _FIRST_LOOK, deadline), stop):
                return True
            if stop.is_set() or time.monotonic() >= deadline:
                return False
            return self._idle_until(deadline, stop)

    def _idle_until(self, deadline: float, stop: threading.Event) -> bool:
        """One IDLE until `deadline`, news or a stop request; whether the mailbox changed."""
        changed = False
        self._client.idle()
        try:
            while not changed and not stop.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                slice_ = min(_IDLE_SLICE, left)
                began = time.monotonic()
                responses = self._client.idle_check(timeout=slice_)
                changed = any(_is_change(response) for response in responses)
                if not responses and time.monotonic() - began < slice_ / 2:
                    # imapclient returns nothing at once on EOF; idle_done will tell.
                    break
        finally:
            _text, trailing = self._client.idle_done()
        return changed or any(_is_change(response) for response in trailing)


def _is_change(response: Any) -> bool:
    return isinstance(response, tuple) and any(
        isinstance(part, bytes) and part.upper() in _CHANGE_WORDS for part in response[:2]
    )


def resolve_folders(
    configured: Sequence[str], listing: Sequence[tuple[Sequence[bytes], Any, str]]
) -> list[str]:
    """The server's names for `configured`: literal names, or RFC 6154 flags like `\\All`.

    A flag the server does not have is skipped quietly (not every account has `\\Junk`);
    a literal name that does not exist is skipped with a warning, as it is likely a typo.
    """
    selectable = [
        (name, {flag.decode().lower() for flag in flags})
        for flags, _delimiter, name in listing
        if not {b"\\noselect", b"\\nonexistent"} & {flag.lower() for flag in flags}
    ]
    by_name = {name.upper() if name.upper() == "INBOX" else name: name for name, _ in selectable}
    resolved: list[str] = []
    for wanted in configured:
        if wanted.startswith("\\"):
            match = next((name for name, flags in selectable if wanted.lower() in flags), None)
        else:
            match = by_name.get(wanted.upper() if wanted.upper() == "INBOX" else wanted)
            if match is None:
                log.warning("IMAP folder %r does not exist; it is skipped", wanted)
        if match is not None and match not in resolved:
            resolved.append(match)
    return resolved

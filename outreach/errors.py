"""The errors `outreach` raises on purpose, in one tree.

Three kinds matter to a caller: a *transient* error is worth retrying later (4xx replies, drops,
timeouts, a server that cannot be reached right now), a *permanent* one will not get better by
itself, and an *operator* error needs a person (wrong or missing password, a certificate that is
not trusted, bad settings). Each error's kind is decided once, where it is raised.
The CLI prints the message of any `OutreachError` as one line, without a traceback.
"""

from __future__ import annotations

import errno


class OutreachError(Exception):
    """Base of every error `outreach` raises deliberately."""


class OperatorError(OutreachError):
    """Something only a person can fix: settings, credentials, a missing file."""


class SettingsError(OperatorError):
    """The settings file or environment holds a wrong, unknown or missing value."""


class ContactsError(OperatorError):
    """A contacts file that cannot be read at all (single bad rows are reported, not raised)."""


class TemplateError(OperatorError):
    """A letter or attachment template is missing or uses a value that does not exist."""


class TransportError(OutreachError):
    """A mail server could not be used."""


class TransientTransportError(TransportError):
    """Worth retrying: 4xx replies, dropped connections, timeouts."""


class MaybeSentError(TransportError):
    """The whole message was handed over, but the server's reply to it never came.

    The server may well have accepted it: retrying blindly sends a second copy. The letter is
    settled by looking in the Sent folder first.
    """


class PermanentTransportError(TransportError):
    """The server refused this message for good (5xx); retrying will not help."""

    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class SendingLimitError(PermanentTransportError):
    """The account's daily sending limit is reached (Gmail: 550 5.4.5)."""


class AuthenticationError(OperatorError, TransportError):
    """The server refused the username, password or token."""


class ConnectionFailedError(TransientTransportError):
    """The server could not be reached just now: refused, timed out, no network.

    Transient: a blip at connect is retried with backoff like a dropped connection. A caller
    that has retried long enough stops the run with this message (`send`), or waits and tries
    again (`run`).
    """


class CertificateError(OperatorError, TransportError):
    """The server's TLS certificate is not trusted (or not for this host name): a person has to
    check the host, or point the settings at the right CA file."""


def disk_full(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) says the disk or the database file is full."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, OSError) and seen.errno in {errno.ENOSPC, errno.EDQUOT}:
            return True
        if "database or disk is full" in str(seen) or "No space left on device" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False

"""TLS for both mail servers: the system's trusted CAs, or the one CA file the settings name."""

from __future__ import annotations

import ssl
from pathlib import Path

from outreach.errors import CertificateError, SettingsError


def tls_context(ca_file: Path | None, *, section: str) -> ssl.SSLContext:
    """A verifying context; with `ca_file`, only that CA (PEM) is trusted."""
    if ca_file is None:
        return ssl.create_default_context()
    if not ca_file.is_file():
        raise SettingsError(f"[{section}] ca_file {ca_file} does not exist")
    try:
        return ssl.create_default_context(cafile=str(ca_file))
    except ssl.SSLError as exc:
        raise SettingsError(
            f"[{section}] ca_file {ca_file} is not a PEM certificate: {exc}"
        ) from None


def certificate_problem(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate failure behind `exc` (libraries wrap it), if that is what it is."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def certificate_error(exc: BaseException, *, server: str, section: str) -> CertificateError | None:
    """A one-line `CertificateError` naming the failure, or None when `exc` is something else."""
    problem = certificate_problem(exc)
    if problem is None and "CERTIFICATE_VERIFY_FAILED" not in str(exc):
        return None
    reason = (problem.verify_message if problem is not None else "") or "verify failed"
    return CertificateError(
        f"the certificate of {server} is not trusted ({reason}); if the server uses its own "
        f"CA, set [{section}] ca_file to that CA's certificate (PEM)"
    )

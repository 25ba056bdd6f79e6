"""The headers Gmail puts on a message it delivers: where it came from and whether it is genuine.

Gmail checks SPF, DKIM and DMARC on arrival and records the outcome in an
`Authentication-Results: mx.google.com; ...` header at the top of the message. The mail world
stamps every message from a simulated municipality the same way, so code that reads the header
sees what it would see in the real inbox; `Authentication.forged()` gives the stamp of mail that
claims a municipality's domain without being sent by it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.utils import format_datetime, getaddresses

_POLICY = "(p=QUARANTINE sp=QUARANTINE dis=NONE)"


@dataclass(frozen=True)
class Authentication:
    """The three verdicts, each as Gmail writes it: pass, fail, softfail, neutral, none."""

    dkim: str = "pass"
    spf: str = "pass"
    dmarc: str = "pass"

    @classmethod
    def forged(cls) -> Authentication:
        """Someone else's server using the domain: no signature, not an allowed sender."""
        return cls(dkim="none", spf="fail", dmarc="fail")

    def header(self, *, sender: str, ip: str) -> str:
        """The header's value for mail from `sender` that came in from `ip`."""
        domain = sender.rpartition("@")[2].lower() or "unknown.invalid"
        selector = "selector1"
        signature = hashlib.sha256(f"{sender}|{ip}".encode()).hexdigest()[:8]
        spf_reason = {
            "pass": f"(google.com: domain of {sender} designates {ip} as permitted sender)",
            "softfail": f"(google.com: domain of transitioning {sender} does not designate {ip} "
            "as permitted sender)",
            "fail": f"(google.com: domain of {sender} does not designate {ip} as permitted sender)",
        }.get(self.spf, f"(google.com: {ip} is neither permitted nor denied by domain of {sender})")
        dkim = (
            f"dkim={self.dkim} header.i=@{domain} header.s={selector} header.b={signature}"
            if self.dkim != "none"
            else "dkim=none (no signature)"
        )
        dmarc_policy = _POLICY if self.dmarc == "pass" else "(p=REJECT sp=REJECT dis=QUARANTINE)"
        return (
            "mx.google.com;\r\n"
            f"       {dkim};\r\n"
            f"       spf={self.spf} {spf_reason} smtp.mailfrom={sender};\r\n"
            f"       dmarc={self.dmarc} {dmarc_policy} header.from={domain}"
        )


GENUINE = Authentication()


def stamp(raw: bytes, *, authentication: Authentication = GENUINE) -> bytes:
    """`raw` as Gmail hands it out after delivery: its arrival headers on top."""
    headers = BytesHeaderParser().parsebytes(raw)
    sender = next((a for _, a in getaddresses([str(headers.get("From", ""))]) if a), "")
    to = next((a for _, a in getaddresses([str(headers.get("To", ""))]) if a), "")
    domain = sender.rpartition("@")[2].lower() or "unknown.invalid"
    ip = _ip_for(domain)
    when = format_datetime(datetime.now(UTC))
    top = [
        f"Delivered-To: {to}",
        f"Received: from mx.{domain} (mx.{domain}. [{ip}])\r\n"
        f"        by mx.google.com with ESMTPS; {when}",
        f"Received-SPF: {authentication.spf} (google.com: {ip}) client-ip={ip};",
        f"Authentication-Results: {authentication.header(sender=sender, ip=ip)}",
    ]
    if headers.get("Return-Path") is None:
        top.insert(1, f"Return-Path: <{sender}>")
    return "\r\n".join(top).encode() + b"\r\n" + raw


def _ip_for(domain: str) -> str:
    """A stable documentation-range address per domain (RFC 5737), as a mail server's."""
    digest = hashlib.sha256(domain.encode()).digest()
    return f"198.51.100.{digest[0] % 254 + 1}"

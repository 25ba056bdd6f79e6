"""Names that tie a reply back to the letter: Message-IDs and plus-address reply tokens.

Both carry the CBS code in the clear and a short keyed digest, so a reply can be matched
without a lookup table, while nobody without the campaign's secret can forge a valid one.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from functools import lru_cache

_CODE = r"gm\d{4}"
MESSAGE_ID_RE = re.compile(
    rf"<?(?P<campaign>[a-z0-9][a-z0-9_-]*)\.(?P<step>[a-z0-9-]+)\.(?P<code>{_CODE})\."
    rf"(?P<digest>[0-9a-f]{{10}})@(?P<domain>[^>\s]+)>?",
    re.IGNORECASE,
)
TOKEN_RE = re.compile(rf"\+(?P<code>{_CODE})-(?P<digest>[0-9a-z]{{6}})@", re.IGNORECASE)


# Every reply to a letter carries that letter's Message-ID and reply token: the same few
# thousand digests are checked again and again.
@lru_cache(maxsize=4096)
def _digest(secret: str, *parts: str, length: int) -> str:
    mac = hmac.new(secret.encode(), "\x1f".join(parts).encode(), hashlib.sha256)
    return mac.hexdigest()[:length]


def campaign_slug(campaign: str) -> str:
    """The campaign name reduced to what a Message-ID's left part may hold."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", campaign.lower()).strip("-")
    return slug or "campaign"


CANARY_PREFIX = "canary-"


def canary_step(step: str) -> str:
    """The step of a canary copy of `step`: "letter" -> "canary-letter".

    A canary (`send --test-to`) has its own Message-ID and record, so nothing about it can be
    taken for the real letter: not by the inbox, not by the Sent-folder check after a crash.
    """
    return step if is_canary_step(step) else f"{CANARY_PREFIX}{step}"


def is_canary_step(step: str) -> bool:
    return step.startswith(CANARY_PREFIX)


def message_id_for(*, campaign: str, cbs_code: str, step: str, domain: str, secret: str) -> str:
    """The Message-ID of `step` ("letter", "reminder-1") to one municipality, always the same."""
    slug = campaign_slug(campaign)
    code = cbs_code.lower()
    digest = _digest(secret, slug, code, step, length=10)
    return f"<{slug}.{step}.{code}.{digest}@{domain}>"


def code_from_message_id(message_id: str, *, secret: str) -> tuple[str, str] | None:
    """(CBS code, step) if `message_id` is one of ours with a valid digest, else None."""
    found = MESSAGE_ID_RE.search(message_id)
    if found is None:
        return None
    slug, step, code = found["campaign"].lower(), found["step"].lower(), found["code"].lower()
    expected = _digest(secret, slug, code, step, length=10)
    if not hmac.compare_digest(expected, found["digest"].lower()):
        return None
    return code.upper(), step


def reply_token(*, cbs_code: str, secret: str) -> str:
    code = cbs_code.lower()
    return f"{code}-{_digest(secret, 'reply', code, length=6)}"


def reply_address(base: str, *, cbs_code: str, secret: str) -> str:
    """`name+gm0363-1a2b3c@domain`: replies arrive in the same inbox and name the municipality."""
    local, _, domain = base.partition("@")
    local = local.split("+", 1)[0]
    return f"{local}+{reply_token(cbs_code=cbs_code, secret=secret)}@{domain}"


def code_from_address(address: str, *, secret: str) -> str | None:
    """The CBS code carried by a plus-address reply token, if the token is genuine."""
    found = TOKEN_RE.search(address)
    if found is None:
        return None
    code = found["code"].lower()
    if not hmac.compare_digest(_digest(secret, "reply", code, length=6), found["digest"].lower()):
        return None
    return code.upper()

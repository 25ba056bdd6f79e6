"""What the console shows of an incoming message: text only, never the sender's HTML.

Incoming mail is hostile. The HTML part is turned into text by the classifier's own reader
(scripts, styles and attributes dropped) and the page escapes whatever text is left, so a
`<script>` someone typed shows up as those characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from outreach.classify.message import MessageParseError, parse_message
from outreach.classify.quotes import split_reply
from outreach.store.models import IncomingMessage

MAX_CHARS = 20_000


@dataclass(frozen=True)
class MessageText:
    own: str
    quoted: str
    error: str | None = None


def message_text(message: IncomingMessage) -> MessageText:
    try:
        parsed = parse_message(message.raw)
    except MessageParseError as exc:
        return MessageText("", "", error=str(exc))
    split = split_reply(parsed.text)
    quoted = "\n\n".join(part for part in (split.quoted, split.signature) if part.strip())
    return MessageText(split.own.strip()[:MAX_CHARS], quoted.strip()[:MAX_CHARS])

"""Helpers for the classifier tests: our letter, a context, and a small mail builder."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from outreach.classify.chain import ClassifyContext, Verdict, classify
from outreach.classify.message import ParsedMessage, parse_message

HERE = Path(__file__).resolve().parent
SAMPLES = HERE / "samples"
LETTER = (HERE / "letter.txt").read_text(encoding="utf-8")
OWN_ADDRESS = "kinderpardonnu@gmail.com"
CONTEXT = ClassifyContext(letter_texts=[LETTER], own_addresses=frozenset({OWN_ADDRESS}))

OUTLOOK_NL_QUOTE = (
    "\n\nVan: KinderpardonNU <kinderpardonnu@gmail.com>\n"
    "Verzonden: maandag 3 maart 2025 10:12\n"
    "Aan: Info <info@voorbeeld.nl>\n"
    "Onderwerp: Pleidooi voor gewortelde kinderen\n\n" + LETTER
)
GMAIL_NL_QUOTE = (
    "\n\nOp ma 3 mrt 2025 om 10:12 schreef KinderpardonNU <kinderpardonnu@gmail.com>:\n\n"
    + "\n".join("> " + line for line in LETTER.splitlines())
)


def build(
    body: str,
    *,
    subject: str = "RE: Pleidooi voor gewortelde kinderen",
    sender: str = "Griffie <griffie@voorbeeld.nl>",
    headers: dict[str, str] | None = None,
    html: str | None = None,
) -> ParsedMessage:
    """A reply as raw bytes, parsed; `html` alone makes an HTML-only message."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = OWN_ADDRESS
    message["Subject"] = subject
    message["Message-ID"] = "<reply-1@voorbeeld.nl>"
    for name, value in (headers or {}).items():
        message[name] = value
    if html is not None and not body:
        message.set_content(html, subtype="html")
    else:
        message.set_content(body)
        if html is not None:
            message.add_alternative(html, subtype="html")
    return parse_message(bytes(message))


def verdict_for(body: str, **kwargs: object) -> Verdict:
    return classify(build(body, **kwargs), CONTEXT)  # type: ignore[arg-type]


def sample(name: str) -> ParsedMessage:
    return parse_message((SAMPLES / name).read_bytes())

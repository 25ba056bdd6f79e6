"""The message one municipality receives: subject, text and HTML body, and the two attachments."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import jinja2
import markupsafe

from outreach.compose.blocks import parse_blocks, plain_text
from outreach.compose.documents import DOCX_TYPE, TEMPLATE_FOLDER, DocumentCache, DocxTemplate
from outreach.compose.identity import canary_step, message_id_for, reply_address
from outreach.compose.mime import letter_bytes
from outreach.compose.templates import render, template_environment
from outreach.contacts.facts import MunicipalityFacts
from outreach.errors import SettingsError
from outreach.resources import resource_dir
from outreach.settings import CampaignSettings
from outreach.timefmt import now
from outreach.transport.base import OutgoingMail

if TYPE_CHECKING:
    from email.message import Message

BACKGROUND_NAME = "Achtergrondinformatie kinderpardon.docx"
MOTION_NAME = "Voorstel van motie kinderpardon.docx"
LETTER_STEP = "letter"
BLANK_DATE = "_______________ (datum)"
DOCUMENT_SUBJECT = "Motie Pleidooi voor gewortelde kinderen"
NAME_MARK = "\u2063GEMEENTE\u2063"  # invisible separators: never in real text
CODE_MARK = "\u2063CBS\u2063"
PROVINCE_MARK = "\u2063PROVINCIE\u2063"


class Recipient(MunicipalityFacts, Protocol):
    """What a letter needs to know of a municipality (a stored row, or the ORM's)."""

    @property
    def noodopvang(self) -> bool: ...


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    content_type: str = DOCX_TYPE


@dataclass(frozen=True)
class Letter:
    """Everything about one outgoing message before it becomes MIME."""

    cbs_code: str
    step: str
    to_address: str
    subject: str
    text: str
    html: str
    message_id: str
    reply_to: str | None
    attachments: tuple[Attachment, ...]
    in_reply_to: str | None = None


def reminder_step(number: int) -> str:
    return f"reminder-{number}"


def is_letter_step(step: str) -> bool:
    """The letter itself: the first one, or a resend to a corrected address."""
    return step == LETTER_STEP or step.startswith("resend-")


def next_resend_step(step: str) -> str:
    number = int(step.removeprefix("resend-")) if step.startswith("resend-") else 0
    return f"resend-{number + 1}"


@dataclass
class Composer:
    """Renders letters for one campaign; documents are cached across municipalities."""

    campaign: CampaignSettings
    template_dir: Path | None = None
    _env: jinja2.Environment | None = None
    _documents: DocumentCache | None = field(default=None, repr=False)
    _attachment_sources: dict[bool, tuple[str, str]] = field(default_factory=dict, repr=False)
    _letter_stamps: dict[tuple[str, str], _Parts | None] = field(default_factory=dict, repr=False)

    @property
    def env(self) -> jinja2.Environment:
        if self._env is None:
            self._env = template_environment(self.template_dir)
        return self._env

    @property
    def documents(self) -> DocumentCache:
        """Every document this composer built; their properties carry the moment it started."""
        if self._documents is None:
            folder = (self.template_dir or resource_dir("templates")) / TEMPLATE_FOLDER
            self._documents = DocumentCache(DocxTemplate(self.env, folder))
        return self._documents

    @property
    def secret(self) -> str:
        if self.campaign.token_secret is None:
            raise SettingsError(
                "[campaign] token_secret is not set: run `outreach init`, or set "
                "OUTREACH_CAMPAIGN__TOKEN_SECRET"
            )
        return self.campaign.token_secret.get_secret_value()

    def message_id(self, cbs_code: str, step: str) -> str:
        return message_id_for(
            campaign=self.campaign.name,
            cbs_code=cbs_code,
            step=step,
            domain=self.campaign.id_domain,
            secret=self.secret,
        )

    def text(
        self,
        municipality: Recipient,
        *,
        step: str = LETTER_STEP,
        first_sent: datetime | None = None,
    ) -> str:
        """The plain text body alone (the classifier compares replies against it)."""
        return plain_text(parse_blocks(self._body_source(municipality, step, first_sent)))

    def _body_source(self, municipality: Recipient, step: str, first_sent: datetime | None) -> str:
        values = self._values(municipality)
        if is_letter_step(step):
            return render(self.env, "letter/body.txt.j2", **values)
        sent_on = _dutch_date(first_sent or now())
        return render(self.env, "letter/reminder.txt.j2", first_sent=sent_on, **values)

    def subject(self, municipality: Recipient, *, step: str = LETTER_STEP) -> str:
        """The subject line of `step` as `municipality` gets it."""
        reminder = not is_letter_step(step)
        subject = render(
            self.env, "letter/subject.txt.j2", reminder=reminder, **self._values(municipality)
        )
        return " ".join(subject.split())

    def compose(
        self,
        municipality: Recipient,
        *,
        step: str = LETTER_STEP,
        first_sent: datetime | None = None,
    ) -> Letter:
        if not municipality.email:
            raise ValueError(f"{municipality.name} has no e-mail address")
        reminder = not is_letter_step(step)
        in_reply_to = self.message_id(municipality.cbs_code, LETTER_STEP) if reminder else None
        subject, text, html = self._stamped(municipality, step, first_sent)
        return Letter(
            cbs_code=municipality.cbs_code,
            step=step,
            to_address=municipality.email,
            subject=subject,
            text=text,
            html=html,
            message_id=self.message_id(municipality.cbs_code, step),
            reply_to=self.reply_to(municipality.cbs_code),
            attachments=self.attachments(municipality),
            in_reply_to=in_reply_to,
        )

    def _rendered(self, municipality: Recipient, step: str, first_sent: datetime | None) -> _Parts:
        """Subject, text and HTML body, rendered from the templates."""
        reminder = not is_letter_step(step)
        subject = render(
            self.env, "letter/subject.txt.j2", reminder=reminder, **self._values(municipality)
        )
        subject = " ".join(subject.split())
        blocks = parse_blocks(self._body_source(municipality, step, first_sent))
        html = render(
            self.env, "letter/body.html.j2", blocks=blocks, subject=subject, links=self._links()
        )
        return subject, plain_text(blocks), html

    def _stamped(self, municipality: Recipient, step: str, first_sent: datetime | None) -> _Parts:
        """Subject, text and HTML body: rendered once per kind of letter, with marks where a
        municipality's name, code and province go, then filled in for each one.

        The first letter of each kind is also rendered in full and compared: a template that
        does more with a value than print it (a filter, a test) is rendered in full every time.
        """
        reminder = not is_letter_step(step)
        key = ("reminder", _dutch_date(first_sent or now())) if reminder else (LETTER_STEP, "")
        if key not in self._letter_stamps:
            marked = _Marked(municipality)
            stamp: _Parts | None = self._rendered(marked, step, first_sent)
            rendered = self._rendered(municipality, step, first_sent)
            if stamp is not None and _filled(stamp, municipality) != rendered:
                stamp = None
            self._letter_stamps[key] = stamp
            return rendered
        stamp = self._letter_stamps[key]
        if stamp is None:
            return self._rendered(municipality, step, first_sent)
        return _filled(stamp, municipality)

    def reply_to(self, cbs_code: str) -> str | None:
        """The Reply-To header: none by default, so replies simply go to the From address.

        A tag in the reply address (`name+gm0344-...@gmail.com`) differs from From on a
        free-mail domain, which spam filters (and Microsoft 365) count against a message;
        matching needs no tag, as replies carry our Message-ID, sender and name.
        """
        campaign = self.campaign
        if campaign.tagged_reply_to:
            return reply_address(campaign.reply_base, cbs_code=cbs_code, secret=self.secret)
        if campaign.reply_to and campaign.reply_to.lower() != campaign.from_address.lower():
            return campaign.reply_to
        return None

    def _links(self) -> dict[str, str]:
        """Words of the letter that become links in its HTML part, and where they point."""
        campaign = self.campaign
        links = {campaign.from_address: f"mailto:{campaign.from_address}"}
        pages = {
            "LinkedIn": campaign.linkedin_url,
            "Bluesky": campaign.bluesky_url,
            campaign.from_name: campaign.website_url,
        }
        links.update({word: url for word, url in pages.items() if url})
        return links

    def outgoing(
        self,
        municipality: Recipient,
        *,
        step: str = LETTER_STEP,
        first_sent: datetime | None = None,
        canary_to: str | None = None,
    ) -> tuple[Letter, OutgoingMail]:
        """The letter and the exact bytes to send: the one place an outgoing message is built."""
        letter = self.compose(municipality, step=step, first_sent=first_sent)
        if canary_to:
            # A canary copy has its own step and Message-ID: it never counts as the letter.
            canary = canary_step(letter.step)
            letter = replace(
                letter,
                step=canary,
                to_address=canary_to,
                message_id=self.message_id(municipality.cbs_code, canary),
            )
        mail = OutgoingMail(
            sender=self.campaign.from_address,
            recipients=(canary_to or letter.to_address,),
            data=letter_bytes(letter, self.campaign, to=canary_to, date=now()),
            message_id=letter.message_id,
        )
        return letter, mail

    def attachments(self, municipality: Recipient) -> tuple[Attachment, ...]:
        background, motion = self._attachment_texts(municipality.noodopvang)
        name = {NAME_MARK: municipality.name}
        author = self.campaign.from_name
        return (
            Attachment(
                BACKGROUND_NAME,
                self.documents.get_filled(
                    background,
                    name if NAME_MARK in background else {},
                    title="Achtergrondinformatie kinderpardon",
                    subject=DOCUMENT_SUBJECT,
                    author=author,
                ),
            ),
            Attachment(
                MOTION_NAME,
                self.documents.get_filled(
                    motion,
                    name if NAME_MARK in motion else {},
                    title="Voorstel van motie kinderpardon",
                    subject=DOCUMENT_SUBJECT,
                    author=author,
                ),
            ),
        )

    def _attachment_texts(self, noodopvang: bool) -> tuple[str, str]:
        """Both attachment texts, rendered once per clause-f variant with a mark for the name.

        The attachments know the municipality only by its name (and clause f): a template
        that used anything else would fail loudly here (StrictUndefined), not go out wrong.
        """
        texts = self._attachment_sources.get(noodopvang)
        if texts is None:
            values = {
                "gemeente": NAME_MARK,
                "contact_address": self.campaign.from_address,
                "sender_name": self.campaign.from_name,
                "attachments": [BACKGROUND_NAME, MOTION_NAME],
            }
            background = render(self.env, "attachments/achtergrondinformatie.txt.j2", **values)
            motion = render(
                self.env,
                "attachments/motie.txt.j2",
                datum=self.campaign.motion_date or BLANK_DATE,
                noodopvang=noodopvang,
                **values,
            )
            texts = self._attachment_sources[noodopvang] = (background, motion)
        return texts

    def _values(self, municipality: Recipient) -> dict[str, object]:
        return {
            "gemeente": municipality.name,
            "cbs_code": municipality.cbs_code,
            "province": municipality.province,
            "contact_address": self.campaign.from_address,
            "sender_name": self.campaign.from_name,
            "attachments": [BACKGROUND_NAME, MOTION_NAME],
        }


_Parts = tuple[str, str, str]  # subject, text, HTML


@dataclass(frozen=True)
class _Marked:
    """A municipality whose name, code and province are marks, for a letter's stamp."""

    real: Recipient
    cbs_code: str = CODE_MARK
    name: str = NAME_MARK
    province: str = PROVINCE_MARK

    @property
    def email(self) -> str | None:
        return self.real.email

    @property
    def noodopvang(self) -> bool:
        return self.real.noodopvang


def _filled(stamp: _Parts, municipality: Recipient) -> _Parts:
    subject, text, html = stamp
    for mark, value in (
        (NAME_MARK, municipality.name),
        (CODE_MARK, municipality.cbs_code),
        (PROVINCE_MARK, municipality.province),
    ):
        subject = subject.replace(mark, value)
        text = text.replace(mark, value)
        html = html.replace(mark, str(markupsafe.escape(value)))
    return " ".join(subject.split()), text, html


def to_mime(letter: Letter, campaign: CampaignSettings, *, to: str | None = None) -> Message:
    """The letter as a parsed `email` message, for callers that want to look inside it."""
    from email import message_from_bytes  # the `email` package is not on the send path

    return message_from_bytes(letter_bytes(letter, campaign, to=to, date=now()))


def message_bytes(message: Message) -> bytes:
    """A message as it goes over SMTP: CRLF line ends, long lines folded."""
    import io
    from email.generator import BytesGenerator
    from email.policy import compat32

    out = io.BytesIO()
    BytesGenerator(out, policy=compat32.clone(linesep="\r\n")).flatten(message)
    return out.getvalue()


_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def _dutch_date(value: datetime) -> str:
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"

"""What the simulated municipalities answer, in the demo and the integration tests.

Each municipality gets one fixed *outcome* from its CBS code (a hash bucket), so every demo run
shows the same picture: about a third send a zaaksysteem receipt, some bounce, some are away,
a few dozen people at a griffie answer, and some never reply. The wording is drawn from several
templates per kind with a random generator seeded by the CBS code and step, so the demo is
reproducible without looking canned. Only Date and Message-ID differ between runs: those have
to be fresh for the inbox to treat each run's replies as new messages.

The wording lives in `replies/municipalities.toml`; this module only decides who sends what,
and builds each message the way the real systems do.

The messages imitate what the real systems send (Gmail DSNs, Exchange out-of-office replies,
zaaksysteem receipts, Outlook and Gmail replies with their quote styles), because the demo is
also where the classifier is seen at work on the whole campaign.
"""

from __future__ import annotations

import csv
import hashlib
import html
import random
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from outreach.compose.identity import MESSAGE_ID_RE
from outreach.contacts.importer import default_contacts_file

_TEXTS = tomllib.loads(
    (Path(__file__).parent / "replies" / "municipalities.toml").read_text(encoding="utf-8")
)

DEFAULT_SEED = "kinderpardon-demo"
CAMPAIGN_ADDRESS = "kinderpardonnu@gmail.com"
_WIRE = policy.SMTP  # CRLF line ends and folded headers: the bytes as they would arrive
_ZONE = ZoneInfo("Europe/Amsterdam")
_MOTION = "motie Pleidooi voor gewortelde kinderen"


class Kind(StrEnum):
    """One kind of message a municipality can send back."""

    RECEIPT = "receipt"
    OUT_OF_OFFICE = "out_of_office"
    BOUNCE_HARD = "bounce_hard"
    BOUNCE_SOFT = "bounce_soft"
    REDIRECT = "redirect"
    FORWARDED = "forwarded"
    MOTION_PLANNED = "motion_planned"
    MOTION_SUBMITTED = "motion_submitted"
    MOTION_ADOPTED = "motion_adopted"
    MOTION_REJECTED = "motion_rejected"
    DECLINED = "declined"
    OPT_OUT = "opt_out"
    QUESTION = "question"
    VAGUE = "vague"

    @property
    def label(self) -> str | None:
        """The classifier label this message is written to get; None where a human should judge."""
        return _LABELS.get(self, self.value)

    @property
    def human(self) -> bool:
        return self in HUMAN_KINDS


_LABELS: dict[Kind, str | None] = {
    Kind.RECEIPT: "acknowledged",
    Kind.OUT_OF_OFFICE: "auto_reply",
    Kind.VAGUE: None,  # deliberately unclear: these belong in the review queue
}

HUMAN_KINDS = frozenset(
    {
        Kind.FORWARDED, Kind.MOTION_PLANNED, Kind.MOTION_SUBMITTED, Kind.MOTION_ADOPTED,
        Kind.MOTION_REJECTED, Kind.DECLINED, Kind.OPT_OUT, Kind.QUESTION, Kind.VAGUE,
    }
)  # fmt: skip

# Per mille of municipalities per outcome; None is "never answers". The shares follow what a
# campaign like this can expect: mostly automatic mail, a minority of people, some silence.
SHARES: tuple[tuple[Kind | None, int], ...] = (
    (Kind.RECEIPT, 350),
    (Kind.OUT_OF_OFFICE, 80),
    (Kind.BOUNCE_HARD, 40),
    (Kind.BOUNCE_SOFT, 10),
    (Kind.FORWARDED, 150),
    (Kind.MOTION_PLANNED, 50),
    (Kind.MOTION_SUBMITTED, 40),
    (Kind.MOTION_ADOPTED, 30),
    (Kind.MOTION_REJECTED, 20),
    (Kind.DECLINED, 20),
    (Kind.OPT_OUT, 10),
    (Kind.QUESTION, 20),
    (Kind.REDIRECT, 10),
    (Kind.VAGUE, 20),
    (None, 150),
)
# Share of the municipalities with a human answer whose zaaksysteem sends a receipt first.
RECEIPT_BEFORE_HUMAN = 0.3
# Share of reminders that get a person's "sorry, forwarded now".
REMINDER_FORWARD = 0.7


@dataclass(frozen=True)
class LetterInfo:
    """What a municipality's mail system can see of one of our letters."""

    message_id: str
    cbs_code: str
    step: str
    to_address: str
    domain: str
    gemeente: str
    subject: str
    reply_to: str
    sender: str
    sent: datetime
    text: str
    header_block: bytes
    in_reply_to: str | None = None

    @property
    def reminder(self) -> bool:
        return self.step != "letter"

    @property
    def references(self) -> str:
        """The thread so far: a reminder already points at the letter before it."""
        return f"{self.in_reply_to} {self.message_id}" if self.in_reply_to else self.message_id


def letter_info(letter: EmailMessage) -> LetterInfo | None:
    """The parts of `letter` the responder needs; None if it is not one of the campaign's."""
    message_id = str(letter.get("Message-ID", "")).strip()
    found = MESSAGE_ID_RE.search(message_id)
    to_address = parseaddr(str(letter.get("To", "")))[1]
    if found is None or "@" not in to_address:
        return None
    subject = " ".join(str(letter.get("Subject", "")).split())
    named = re.search(r"griffier van (.+?)(?::|$)", subject)
    domain = to_address.rpartition("@")[2].lower()
    sent = getattr(letter.get("Date"), "datetime", None) or _now()
    body = letter.get_body(("plain",))
    text = body.get_content() if isinstance(body, EmailMessage) else ""
    raw = letter.as_bytes(policy=_WIRE)
    return LetterInfo(
        message_id=found.group(0) if found.group(0).startswith("<") else f"<{found.group(0)}>",
        cbs_code=found["code"].upper(),
        step=found["step"].lower(),
        to_address=to_address,
        domain=domain,
        gemeente=named.group(1).strip() if named else domain.split(".")[0].title(),
        subject=subject,
        reply_to=parseaddr(str(letter.get("Reply-To", "")))[1] or CAMPAIGN_ADDRESS,
        sender=parseaddr(str(letter.get("From", "")))[1] or CAMPAIGN_ADDRESS,
        sent=sent.astimezone(_ZONE),
        text=text,
        header_block=raw.split(b"\r\n\r\n", 1)[0] + b"\r\n",
        in_reply_to=str(letter["In-Reply-To"]).strip() if letter["In-Reply-To"] else None,
    )


def _now() -> datetime:
    return datetime.now(_ZONE)


def _shipped_codes() -> list[str]:
    """The municipalities with an address in the list `outreach init` loads by default."""
    try:
        with default_contacts_file().open(encoding="utf-8-sig", newline="") as handle:
            return [row["cbs_code"] for row in csv.DictReader(handle) if row.get("email")]
    except FileNotFoundError:
        return []


class DemoResponder:
    """Answers a letter the way its municipality would; the same letter gets the same kinds.

    Call it with a parsed letter (it is the `Responder` of `MailWorld`). `seed` changes
    which municipality does what; `clock` is the time the replies are sent.
    """

    def __init__(
        self,
        seed: str = DEFAULT_SEED,
        clock: Callable[[], datetime] = _now,
        population: Iterable[str] | None = None,
    ) -> None:
        self.seed = seed
        self.clock = clock
        self._population = population

    @cached_property
    def _ranks(self) -> dict[str, float]:
        """Each known code's place in the population, shuffled by the seed, as a fraction.

        Hash buckets alone are noisy over 328 municipalities (a 35 % share can come out at
        30 %); spreading the known codes evenly over [0, 1) makes the shares exact, while the
        order still comes from the seed. Codes outside the population fall back to their hash.
        """
        codes = sorted(
            {code.upper() for code in (self._population or _shipped_codes())},
            key=lambda code: self._fraction("outcome", code),
        )
        return {code: (rank + 0.5) / len(codes) for rank, code in enumerate(codes)}

    def outcome(self, cbs_code: str) -> Kind | None:
        """What this municipality does with the letter; None: it never answers."""
        code = cbs_code.upper()
        bucket = self._ranks.get(code, self._fraction("outcome", code)) * 1000
        for kind, share in SHARES:
            if bucket < share:
                return kind
            bucket -= share
        return None

    def receipt_first(self, cbs_code: str) -> bool:
        """Whether a zaaksysteem acknowledges mail before a person answers it."""
        outcome = self.outcome(cbs_code)
        if outcome is Kind.RECEIPT:
            return True
        human = outcome is not None and outcome.human
        return human and self._fraction("receipt", cbs_code.upper()) < RECEIPT_BEFORE_HUMAN

    def plan(self, cbs_code: str, step: str = "letter") -> list[Kind]:
        """The kinds of message, in order, that `step` to this municipality brings back."""
        code = cbs_code.upper()
        outcome = self.outcome(code)
        if outcome is Kind.BOUNCE_HARD:
            return [Kind.BOUNCE_HARD]  # the address is still wrong the second time
        if step == "letter":
            if outcome is None:
                return []
            return (
                [Kind.RECEIPT, outcome] if self.receipt_first(code) and outcome.human else [outcome]
            )
        kinds = [Kind.RECEIPT] if self.receipt_first(code) else []
        if outcome is Kind.OPT_OUT:
            return [*kinds, Kind.OPT_OUT]  # they asked not to be mailed; they say so again
        if outcome is Kind.DECLINED:
            return kinds
        if self._fraction("reminder", code, step) < REMINDER_FORWARD:
            kinds.append(Kind.FORWARDED)
        return kinds

    def __call__(self, letter: EmailMessage) -> list[bytes]:
        info = letter_info(letter)
        if info is None or info.step.startswith("canary"):
            return []  # not a letter to a municipality (a canary goes to a volunteer)
        return [self.build(kind, info) for kind in self.plan(info.cbs_code, info.step)]

    def build(self, kind: Kind, info: LetterInfo) -> bytes:
        """One raw reply of `kind` to the letter described by `info`."""
        rng = random.Random(f"{self.seed}|{info.cbs_code}|{info.step}|{kind}")
        when = self.clock().astimezone(_ZONE)
        if kind is Kind.BOUNCE_HARD or kind is Kind.BOUNCE_SOFT:
            return _bounce(info, when, permanent=kind is Kind.BOUNCE_HARD, rng=rng)
        if kind is Kind.RECEIPT:
            return _receipt(info, when, rng)
        if kind is Kind.OUT_OF_OFFICE:
            return _out_of_office(info, when, rng)
        if kind is Kind.REDIRECT:
            return _redirect(info, when, rng)
        return _human(kind, info, when, rng)

    def _fraction(self, *parts: str) -> float:
        """A number in [0, 1) fixed by `parts`: stable across runs and Python versions."""
        digest = hashlib.sha256("|".join((self.seed, *parts)).encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64


_DEFAULT = DemoResponder()


def respond(letter: EmailMessage) -> list[bytes]:
    """The demo municipalities' replies to `letter`, with the default seed."""
    return _DEFAULT(letter)


# --- people and dates -------------------------------------------------------------------------

_FIRST = _TEXTS["people"]["first"]
_LAST = _TEXTS["people"]["last"]
_FUNCTIONS = _TEXTS["people"]["functions"]
_PARTIES = _TEXTS["people"]["parties"]  # with the article each takes after "de fractie van"
_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip
_MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAYS_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")


@dataclass(frozen=True)
class Person:
    name: str
    function: str
    address: str


def _person(info: LetterInfo, rng: random.Random, *, function: str | None = None) -> Person:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    local = f"{first[0]}.{last.replace(' ', '')}".lower()
    return Person(f"{first} {last}", function or rng.choice(_FUNCTIONS), f"{local}@{info.domain}")


def _signature(person: Person, info: LetterInfo, rng: random.Random) -> str:
    greeting = rng.choice(
        ("Met vriendelijke groet,", "Met vriendelijke groeten,", "Hartelijke groet,")
    )
    office = rng.choice(
        (
            f"Gemeente {info.gemeente}",
            f"Griffie gemeente {info.gemeente}",
            f"Griffie | Gemeente {info.gemeente}",
        )
    )
    phone = f"T 14 0{rng.randint(10, 599)}"
    lines = [greeting, "", person.name, person.function, office, phone]
    if rng.random() < 0.4:
        lines.append(rng.choice(("Aanwezig: ma, di, do", "Werkdagen: maandag t/m donderdag")))
    return "\n".join(lines)


def _day(value: datetime) -> str:
    return f"{value.day} {_MONTHS[value.month - 1]}"


def _weekday_after(when: datetime, rng: random.Random, low: int, high: int) -> datetime:
    """A Monday to Thursday between `low` and `high` days away: when councils meet."""
    day = when + timedelta(days=rng.randint(low, high))
    while day.weekday() > 3:
        day += timedelta(days=1) if low >= 0 else timedelta(days=-1)
    return day


# --- automatic mail ---------------------------------------------------------------------------


def _wire(message: Message) -> bytes:
    """The message as sent: only the top level names the MIME version, as mail programs do."""
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]
    return message.as_bytes(policy=_WIRE)


def _base(
    *,
    sender: str,
    to: str,
    subject: str,
    when: datetime,
    domain: str,
    info: LetterInfo | None = None,
) -> EmailMessage:
    message = EmailMessage(policy=_WIRE)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain=domain)
    if info is not None:
        message["In-Reply-To"] = info.message_id
        message["References"] = info.references
    message["MIME-Version"] = "1.0"
    return message


_RECEIPTS = [(r["subject"], r["body"]) for r in _TEXTS["receipt"]]
_ZAAK_FORMATS = ("Z-{yy}-{n:06d}", "Z/{yy}/{n:06d}", "{yyyy}-{n:06d}", "ZK{yy}{n:07d}")


def _receipt(info: LetterInfo, when: datetime, rng: random.Random) -> bytes:
    """A zaaksysteem's receipt: automatic, from a no-reply address, a registration number."""
    subject, body = rng.choice(_RECEIPTS)
    zaak = rng.choice(_ZAAK_FORMATS).format(
        yy=when.strftime("%y"), yyyy=when.year, n=rng.randint(1000, 99999)
    )
    received = (
        f"{info.sent.day} {_MONTHS[info.sent.month - 1]} {info.sent.year} om {info.sent:%H:%M} uur"
    )
    values = {
        "zaak": zaak,
        "gemeente": info.gemeente,
        "subject": info.subject,
        "received": received,
    }
    # Zaaksystems answer the envelope sender and often drop the thread headers.
    threaded = rng.random() < 0.5
    message = _base(
        sender=formataddr((f"Gemeente {info.gemeente}", f"noreply@{info.domain}")),
        to=info.sender,
        subject=subject.format(**values),
        when=when,
        domain=info.domain,
        info=info if threaded else None,
    )
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message["Precedence"] = "bulk"
    message["X-Mailer"] = rng.choice(("Zaaksysteem notificaties 4.2", "Decos JOIN", "Centric Mail"))
    message.set_content(body.format(**values), cte="quoted-printable")
    return _wire(message)


_ABSENCES = _TEXTS["automatic"]["absences"]


def _out_of_office(info: LetterInfo, when: datetime, rng: random.Random) -> bytes:
    """An Exchange out-of-office reply: a person's address, nothing of our letter quoted."""
    person = _person(info, rng)
    colleague = _person(info, random.Random(rng.random()))
    back = _weekday_after(when, rng, 3, 20)
    text = rng.choice(_ABSENCES).format(
        back=f"{_DAYS[back.weekday()]} {_day(back)}",
        colleague=f"{colleague.name} ({colleague.address})",
    )
    message = _base(
        sender=formataddr((person.name, person.address)),
        to=formataddr(("KinderpardonNU", info.sender)),
        subject=f"Automatisch antwoord: {info.subject}",
        when=when,
        domain=info.domain,
        info=info,
    )
    message["Thread-Topic"] = info.subject
    message["Auto-Submitted"] = "auto-replied"
    message["X-Auto-Response-Suppress"] = "All"
    message["Content-Language"] = "nl-NL"
    message["X-MS-Has-Attach"] = ""
    message["X-MS-Exchange-Organization-SCL"] = "-1"
    message["X-MS-Exchange-Organization-AuthAs"] = "Internal"
    message["X-MS-Exchange-Inbox-Rules-Loop"] = person.address
    message["X-MS-Exchange-Generated-Message-Source"] = "Mailbox Rules Agent"
    closing = f"Met vriendelijke groet,\n{person.name}"
    message.set_content(f"{text}\n\n{closing}\n", cte="quoted-printable")
    message.add_alternative(
        f"<html><body>{_html_paragraphs(text, closing)}</body></html>\n",
        subtype="html",
    )
    return _wire(message)


_REDIRECTS = _TEXTS["automatic"]["redirects"]


def _redirect(info: LetterInfo, when: datetime, rng: random.Random) -> bytes:
    """The addressed mailbox answers by itself that it is the wrong one, and names a better one."""
    local = info.to_address.partition("@")[0].lower()
    better = f"{'raadsgriffie' if local == 'griffie' else 'griffie'}@{info.domain}"
    message = _base(
        sender=formataddr((f"Gemeente {info.gemeente}", info.to_address)),
        to=info.sender,
        subject=f"Automatisch antwoord: {info.subject}",
        when=when,
        domain=info.domain,
        info=info,
    )
    message["Auto-Submitted"] = "auto-replied"
    message["X-Auto-Response-Suppress"] = "All"
    text = rng.choice(_REDIRECTS).format(better=better, old=info.to_address)
    message.set_content(f"{text}\n\nGemeente {info.gemeente}\n", cte="quoted-printable")
    return _wire(message)


def _bounce(info: LetterInfo, when: datetime, *, permanent: bool, rng: random.Random) -> bytes:
    """Gmail's RFC 3464 report: a human part, the delivery status, and our letter's headers."""
    utc = when.astimezone(ZoneInfo("UTC"))
    to = info.to_address
    mx = f"mx{rng.randint(1, 3)}.{info.domain}"
    if permanent:
        subject = "Delivery Status Notification (Failure)"
        status, action = "5.1.1", "failed"
        diagnostic = f"smtp; 550 5.1.1 <{to}>: Recipient address rejected: User unknown"
        human = (
            f"\n** Address not found **\n\nYour message wasn't delivered to {to} because the "
            "address couldn't be found, or is unable to receive mail.\n\n"
            "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
            f"The response from the remote server was:\n{diagnostic.removeprefix('smtp; ')}\n"
        )
    else:
        subject = "Delivery Status Notification (Delay)"
        status, action = "4.4.1", "delayed"
        diagnostic = f"smtp; 421 4.4.1 {mx}: Connection timed out"
        human = (
            f"\n** Message not delivered yet **\n\nThere was a temporary problem delivering your "
            f"message to {to}. Gmail will retry for 46 more hours. You'll be notified if the "
            "delivery fails permanently.\n\n"
            f"The response from the remote server was:\n{diagnostic.removeprefix('smtp; ')}\n"
        )
    report = MIMEMultipart("report", report_type="delivery-status", policy=_WIRE)
    report["From"] = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    report["To"] = CAMPAIGN_ADDRESS
    report["Auto-Submitted"] = "auto-replied"
    report["Subject"] = subject
    report["References"] = info.message_id
    report["In-Reply-To"] = info.message_id
    if permanent:
        report["X-Failed-Recipients"] = to
    report["Message-ID"] = make_msgid(domain="mx.google.com")
    report["Date"] = format_datetime(utc)
    notice = EmailMessage(policy=_WIRE)
    notice.set_content(human, cte="quoted-printable")  # as Gmail sends it: readable in the source
    report.attach(notice)
    per_message = Message(policy=_WIRE)
    per_message["Reporting-MTA"] = "dns; googlemail.com"
    per_message["Arrival-Date"] = format_datetime(info.sent)
    per_recipient = Message(policy=_WIRE)
    per_recipient["Final-Recipient"] = f"rfc822; {to}"
    per_recipient["Action"] = action
    per_recipient["Status"] = status
    per_recipient["Remote-MTA"] = f"dns; {mx}."
    per_recipient["Diagnostic-Code"] = diagnostic
    per_recipient["Last-Attempt-Date"] = format_datetime(utc)
    if not permanent:
        per_recipient["Will-Retry-Until"] = format_datetime(utc + timedelta(hours=46))
    status_part = Message(policy=_WIRE)
    status_part["Content-Type"] = "message/delivery-status"
    status_part.set_payload([per_message, per_recipient])
    report.attach(status_part)
    headers = MIMEText(
        info.header_block.decode("ascii", "replace"), "rfc822-headers", "us-ascii", policy=_WIRE
    )
    report.attach(headers)
    return _wire(report)


# --- people at the griffie --------------------------------------------------------------------

_BODIES: dict[Kind, list[str]] = {Kind(kind): texts for kind, texts in _TEXTS["human"].items()}
_REMINDER_FORWARDS = _TEXTS["reminder"]["forwarded"]
_REMINDER_OPT_OUT: str = _TEXTS["reminder"]["opt_out"]


def _votes(rng: random.Random, *, adopted: bool) -> tuple[int, int]:
    seats = rng.choice((13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 45))
    present = seats - rng.randint(0, 2)
    majority = rng.randint(present // 2 + 1, present - 1)  # unanimity has its own template
    return (majority, present - majority) if adopted else (present - majority, majority)


def _human_text(kind: Kind, info: LetterInfo, when: datetime, rng: random.Random) -> str:
    if info.reminder:
        return _REMINDER_OPT_OUT if kind is Kind.OPT_OUT else rng.choice(_REMINDER_FORWARDS)
    future = _weekday_after(when, rng, 10, 45)
    past = _weekday_after(when, rng, -10, -2)
    party, party2 = rng.sample(_PARTIES, 2)
    yes, no = _votes(rng, adopted=kind is Kind.MOTION_ADOPTED)
    return rng.choice(_BODIES[kind]).format(
        gemeente=info.gemeente,
        motion=_MOTION,
        party=party,
        party2=party2,
        future=f"{_DAYS[future.weekday()]} {_day(future)}",
        past=_day(past),
        yes=yes,
        no=no,
    )


def _human(kind: Kind, info: LetterInfo, when: datetime, rng: random.Random) -> bytes:
    """A reply from someone at the griffie, to our reply address, quoting our letter."""
    text = _human_text(kind, info, when, rng)
    if kind is Kind.VAGUE:
        person = _person(info, rng)
        signature = f"Groet,\n{person.name.split()[0]}"
    else:
        person = _person(info, rng)
        signature = _signature(person, info, rng)
    shared = rng.random() < 0.35  # many griffies answer from the team mailbox
    sender = (
        formataddr((f"Griffie {info.gemeente}", f"griffie@{info.domain}"))
        if shared and kind is not Kind.VAGUE
        else formataddr((person.name, person.address))
    )
    outlook = rng.random() < 0.6
    message = _base(
        sender=sender,
        to=info.reply_to,
        subject=f"{rng.choice(('RE:', 'Antw:')) if outlook else 'Re:'} {info.subject}",
        when=when,
        domain=info.domain,
        info=info,
    )
    message["Content-Language"] = "nl-NL"
    own = f"{text}\n\n{signature}\n"
    if outlook:
        message["Thread-Topic"] = info.subject
        plain, markup = _outlook_quote(info)
    else:
        plain, markup = _gmail_quote(info)
    message.set_content(f"{own}\n{plain}", cte="quoted-printable")
    message.add_alternative(
        f"<html><body>{_html_body(text, signature)}{markup}</body></html>\n", subtype="html"
    )
    return _wire(message)


def _outlook_quote(info: LetterInfo) -> tuple[str, str]:
    """Outlook's Dutch header block above the letter, which it does not mark with '>'."""
    sent = info.sent
    header = (
        f"Van: KinderpardonNU <{info.sender}>\n"
        f"Verzonden: {_DAYS[sent.weekday()]} {_day(sent)} {sent.year} {sent:%H:%M}\n"
        f"Aan: {info.to_address}\n"
        f"Onderwerp: {info.subject}\n"
    )
    plain = f"{'_' * 32}\n{header}\n{info.text}"
    lines = "".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}<br>"
        for line in header.splitlines()
    )
    markup = (
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif">{lines}</font></div>'
        f"<div>{_html_paragraphs(info.text)}</div>"
    )
    return plain, markup


def _gmail_quote(info: LetterInfo) -> tuple[str, str]:
    """Gmail's Dutch attribution line, then the letter marked with '>'."""
    sent = info.sent
    attribution = (
        f"Op {_DAYS_SHORT[sent.weekday()]} {sent.day} {_MONTHS_SHORT[sent.month - 1]} {sent.year} "
        f"om {sent:%H:%M} schreef KinderpardonNU <{info.sender}>:"
    )
    quoted = "\n".join(f"> {line}" if line else ">" for line in info.text.splitlines())
    markup = (
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attribution)}'
        '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{_html_paragraphs(info.text)}'
        "</blockquote></div>"
    )
    return f"{attribution}\n\n{quoted}\n", markup


def _html_paragraphs(*texts: str) -> str:
    paragraphs = (p for text in texts for p in text.split("\n\n") if p.strip())
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _html_body(text: str, signature: str) -> str:
    return f'<div dir="ltr">{_html_paragraphs(text, signature)}</div>'


__all__ = (
    "CAMPAIGN_ADDRESS",
    "DEFAULT_SEED",
    "HUMAN_KINDS",
    "SHARES",
    "DemoResponder",
    "Kind",
    "LetterInfo",
    "letter_info",
    "respond",
)

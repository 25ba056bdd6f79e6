"""A console campaign: the 342 shipped municipalities, a user, and a little history."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import httpx

from outreach.compose.letter import Composer
from outreach.console.users import add_user
from outreach.recording import process_pending
from outreach.status import set_state
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality, OutgoingMessage, now
from tests.fixtures.store import Campaign, make_campaign

USER, PASSWORD = "anna", "een goed wachtwoord"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
SCRIPT_REPLY_CODE = "GM0153"
REVIEW_SENDER = "piet@example.net"
# As the analysis stores it, in English; the console shows it in its own language.
QUESTION_REASON = (
    f"the sender {REVIEW_SENDER} is not a known address and does not answer our letter; "
    "no municipality found"
)
QUESTION_REASON_NL = (
    f"de afzender {REVIEW_SENDER} is geen bekend adres en antwoordt niet op onze brief; "
    "geen gemeente gevonden"
)


def console_campaign(folder: Path) -> Campaign:
    campaign = make_campaign(folder, contacts=None)
    add_user(campaign.engine, USER, PASSWORD)
    return campaign


def mark_sent(campaign: Campaign, *codes: str, days_ago: int = 1) -> None:
    """As if the letter went out: an outgoing row and the `sent` state."""
    composer = Composer(campaign.settings.campaign)
    with transaction(campaign.engine) as session:
        for code in codes:
            m = session.get(Municipality, code)
            assert m is not None
            assert m.email
            session.add(
                OutgoingMessage(
                    cbs_code=code,
                    step="letter",
                    state="sent",
                    message_id=composer.message_id(code, "letter"),
                    to_address=m.email,
                    subject="Verzoek",
                    sent_at=now() - timedelta(days=days_ago),
                )
            )
            set_state(session, m, "sent", cause="test: letter sent")


def set_states(campaign: Campaign, states: dict[str, str]) -> None:
    with transaction(campaign.engine) as session:
        for code, state in states.items():
            m = session.get(Municipality, code)
            assert m is not None
            set_state(session, m, state, cause="test", actor="operator")


def reply(
    campaign: Campaign,
    code: str | None,
    text: str,
    *,
    sender: str,
    subject: str = "RE: Verzoek",
    html: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = campaign.settings.campaign.from_address
    message["Subject"] = subject
    message["Message-ID"] = f"<{hashlib.sha256((text + sender).encode()).hexdigest()}@example.org>"
    if code is not None:
        message["In-Reply-To"] = Composer(campaign.settings.campaign).message_id(code, "letter")
    if text:
        message.set_content(text)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")  # HTML only, as many mail programs send
    return message.as_bytes()


def store_message(campaign: Campaign, raw: bytes) -> int:
    with transaction(campaign.engine) as session:
        row = IncomingMessage(content_hash=hashlib.sha256(raw).hexdigest(), raw=raw, size=len(raw))
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def queue_for_review(campaign: Campaign, message_id: int, reason: str) -> None:
    """Put a processed message (back) in the queue, whatever the classifier made of it."""
    with transaction(campaign.engine) as session:
        row = session.get(IncomingMessage, message_id)
        assert row is not None
        row.review_state, row.review_reason = "pending", reason
        session.add(row)


def seed(campaign: Campaign) -> dict[str, int]:
    """Letters sent, some states further along, one hostile reply, one question to review."""
    mark_sent(campaign, "GM0344", "GM0014", "GM0153", "GM0228", "GM0268", days_ago=2)
    mark_sent(campaign, "GM0193", days_ago=1)
    set_states(
        campaign,
        {"GM0344": "motion_adopted", "GM0228": "forwarded", "GM0268": "declined"},
    )
    hostile_text = "Geachte heer, <script>window.__pwned = 1</script> zie bijlage."
    hostile_html = (
        "<p>Geachte heer, &lt;script&gt;window.__pwned = 1&lt;/script&gt; zie bijlage.</p>"
        "<script>window.__pwned = 1</script>"
        '<img src="x" onerror="window.__pwned = 1">'
    )
    hostile = store_message(
        campaign,
        reply(
            campaign,
            SCRIPT_REPLY_CODE,
            hostile_text + '\n<img src="x" onerror="window.__pwned = 1">\n',
            sender="info@enschede.nl",
            subject="<b>Re</b>: verzoek <script>window.__pwned=1</script>",
            html=hostile_html,
        ),
    )
    html_only = store_message(
        campaign,
        reply(
            campaign,
            SCRIPT_REPLY_CODE,
            "",
            sender="griffie@enschede.nl",
            subject="Doorgestuurd",
            html="<p>Wij hebben uw brief doorgestuurd.</p>" + hostile_html,
        ),
    )
    question = store_message(
        campaign,
        reply(
            campaign,
            None,
            "Wat is KinderpardonNU eigenlijk voor organisatie?\n",
            sender=REVIEW_SENDER,
            subject="vraag",
        ),
    )
    process_pending(engine=campaign.engine, settings=campaign.settings)
    queue_for_review(campaign, hostile, "test: hostile markup")
    queue_for_review(campaign, question, QUESTION_REASON)
    return {"hostile": hostile, "html_only": html_only, "question": question}


async def login(client: httpx.AsyncClient, name: str = USER, password: str = PASSWORD) -> None:
    page = await client.get("/login")
    token = csrf_of(page.text)
    response = await client.post(
        "/login", data={"csrf": token, "name": name, "password": password, "next": "/"}
    )
    assert response.status_code == 303, response.text


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)

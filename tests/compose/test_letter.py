"""The letter and its two attachments, personalised per municipality."""

from __future__ import annotations

import io
import shutil
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from outreach.compose.documents import DOCX_TYPE
from outreach.compose.letter import BACKGROUND_NAME, MOTION_NAME, Composer, message_bytes, to_mime
from outreach.errors import TemplateError
from outreach.resources import resource_dir
from outreach.settings import CampaignSettings
from outreach.store.models import Municipality


def municipality(
    name: str = "Utrecht", *, code: str = "GM0344", noodopvang: bool = False
) -> Municipality:
    return Municipality(
        cbs_code=code,
        name=name,
        province="Utrecht",
        email="gemeente@utrecht.nl",
        noodopvang=noodopvang,
    )


def docx_text(content: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(content)).paragraphs)


@pytest.fixture
def composer() -> Composer:
    return Composer(CampaignSettings(token_secret="test-secret"))  # type: ignore[arg-type]


class TestMessage:
    """A multipart message with text, HTML and both .docx attachments."""

    def test_structure(self, composer: Composer) -> None:
        message = to_mime(composer.compose(municipality()), composer.campaign)
        parsed = message_from_bytes(message_bytes(message), policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        body_types = [part.get_content_type() for part in parsed.walk() if not part.is_multipart()]
        assert body_types[:2] == ["text/plain", "text/html"]
        assert [part.get_filename() for part in parsed.iter_attachments()] == [
            BACKGROUND_NAME,
            MOTION_NAME,
        ]
        assert parsed["Reply-To"] is None  # replies go to From: no tag by default
        assert "Utrecht" in parsed["Subject"]
        assert parsed.get_body(("plain",)).get_content().startswith("Geachte heer/mevrouw,")  # type: ignore[union-attr]

    def test_non_ascii_subject_round_trips(self, composer: Composer) -> None:
        message = to_mime(
            composer.compose(municipality("Súdwest-Fryslân", code="GM1900")), composer.campaign
        )
        parsed = message_from_bytes(message_bytes(message), policy=policy.default)
        assert "Súdwest-Fryslân" in str(parsed["Subject"])
        assert b"\r\n" in message_bytes(message)

    def test_text_is_forwardable_and_named(self, composer: Composer) -> None:
        letter = composer.compose(municipality("Súdwest-Fryslân", code="GM1900"))
        assert "gemeenteraadsfracties van Súdwest-Fryslân" in letter.text
        assert "Doorhalen" not in letter.text
        assert "<p>" in letter.html
        assert "Súdwest-Fryslân" in letter.html

    def test_html_escapes_names(self, composer: Composer) -> None:
        letter = composer.compose(municipality("A & <B>"))
        assert "A &amp; &lt;B&gt;" in letter.html

    def test_tagged_reply_to_when_asked(self) -> None:
        campaign = CampaignSettings(token_secret="s", tagged_reply_to=True)  # type: ignore[arg-type]
        letter = Composer(campaign).compose(municipality())
        assert letter.reply_to is not None
        assert letter.reply_to.startswith("kinderpardonnu+gm0344-")

    def test_other_reply_address_without_tag(self) -> None:
        campaign = CampaignSettings(token_secret="s", reply_to="team@example.org")  # type: ignore[arg-type]
        assert Composer(campaign).compose(municipality()).reply_to == "team@example.org"

    def test_html_links_the_address_and_the_pages(self) -> None:
        campaign = CampaignSettings(  # type: ignore[arg-type]
            token_secret="s", linkedin_url="https://www.linkedin.com/company/kp?a=1&b=2"
        )
        html = Composer(campaign).compose(municipality()).html
        assert '<a href="mailto:kinderpardonnu@gmail.com">kinderpardonnu@gmail.com</a>' in html
        assert '<a href="https://www.linkedin.com/company/kp?a=1&amp;b=2">LinkedIn</a>' in html
        assert ">Bluesky<" not in html  # no URL given: plain text

    def test_one_place_builds_the_bytes(self, composer: Composer) -> None:
        letter, mail = composer.outgoing(municipality(), canary_to="me@example.org")
        parsed = message_from_bytes(mail.data, policy=policy.default)
        assert mail.recipients == ("me@example.org",)
        assert parsed["To"] == "me@example.org"
        assert parsed["Message-ID"] == letter.message_id == mail.message_id
        attachments = list(parsed.iter_attachments())  # type: ignore[attr-defined]
        assert [a.get_content() for a in attachments] == [a.content for a in letter.attachments]
        # Every line within 78 characters, but the .docx type, which is longer on its own.
        long = [x for x in mail.data.split(b"\r\n") if len(x) > 78]
        assert long == [b"Content-Type: " + DOCX_TYPE.encode() + b";"] * 2
        assert b"\n" not in mail.data.replace(b"\r\n", b"")

    def test_reminder_threads_to_the_letter(self, composer: Composer) -> None:
        reminder = composer.compose(municipality(), step="reminder-1")
        assert reminder.in_reply_to == composer.message_id("GM0344", "letter")
        assert reminder.message_id != reminder.in_reply_to
        assert reminder.text.startswith("Geachte heer/mevrouw,")
        assert "nogmaals" in reminder.text


class TestMotion:
    """The model motion names the municipality and has clause f only where there is noodopvang."""

    def test_personalised(self, composer: Composer) -> None:
        text = docx_text(composer.attachments(municipality())[1].content)
        assert "De raad van de gemeente Utrecht" in text
        assert "[uw gemeente]" not in text
        assert "[datum]" not in text
        assert "noodopvang" not in text

    def test_clause_f_with_noodopvang(self, composer: Composer) -> None:
        text = docx_text(composer.attachments(municipality(noodopvang=True))[1].content)
        assert "f.\tin overleg met het COA" in text  # the letter, a tab, the clause

    def test_date_from_settings(self) -> None:
        composer = Composer(CampaignSettings(token_secret="s", motion_date="12 maart 2027"))  # type: ignore[arg-type]
        assert "Utrecht, 12 maart 2027" in docx_text(
            composer.attachments(municipality())[1].content
        )

    def test_each_document_is_built_once(self, composer: Composer) -> None:
        first = composer.attachments(municipality())
        again = composer.attachments(municipality())
        other = composer.attachments(municipality("Ede", code="GM0228"))
        assert first == again
        assert other[0].content is first[0].content  # the background is the same for everyone
        assert len(composer.documents.stamps) == 2  # the background, and the motion text
        assert len(composer.documents.built) == 2  # the background, and the last motion


class TestTemplateErrors:
    """A broken template names the file and the problem."""

    def test_undefined_value(self, tmp_path: Path) -> None:
        folder = tmp_path / "templates"
        shutil.copytree(resource_dir("templates"), folder)
        (folder / "letter" / "subject.txt.j2").write_text(
            "Brief aan {{ gemeentenaam }}", encoding="utf-8"
        )
        composer = Composer(CampaignSettings(token_secret="s"), template_dir=folder)  # type: ignore[arg-type]
        with pytest.raises(TemplateError, match=r"subject\.txt\.j2: 'gemeentenaam' is undefined"):
            composer.compose(municipality())

    def test_missing_template(self, tmp_path: Path) -> None:
        composer = Composer(CampaignSettings(token_secret="s"), template_dir=tmp_path)  # type: ignore[arg-type]
        with pytest.raises(TemplateError, match="not found"):
            composer.compose(municipality())

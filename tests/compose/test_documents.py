"""The two .docx attachments: a lean package in Dutch, A4, with properties that tell the truth."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime

import docx
import pytest

from outreach.compose.letter import Composer
from outreach.settings import CampaignSettings
from outreach.store.models import Municipality

TWIPS_PER_CM = 1440 / 2.54


def utrecht(noodopvang: bool = True) -> Municipality:
    return Municipality(
        cbs_code="GM0344",
        name="Utrecht",
        province="Utrecht",
        email="gemeente@utrecht.nl",
        noodopvang=noodopvang,
    )


@pytest.fixture
def documents() -> tuple[bytes, bytes]:
    composer = Composer(CampaignSettings(token_secret="s"))  # type: ignore[arg-type]
    background, motion = composer.attachments(utrecht())
    return background.content, motion.content


def part(content: bytes, name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(content)).read(name).decode("utf-8")


class TestPackage:
    """What a municipality's Word or LibreOffice finds inside each file."""

    def test_small(self, documents: tuple[bytes, bytes]) -> None:
        assert all(len(content) <= 15 * 1024 for content in documents)

    def test_a4_with_margins_of_two_and_a_half_cm(self, documents: tuple[bytes, bytes]) -> None:
        for content in documents:
            section = docx.Document(io.BytesIO(content)).sections[0]
            assert (section.page_width.mm, section.page_height.mm) == pytest.approx(
                (210, 297), abs=0.5
            )
            assert section.left_margin.cm == pytest.approx(2.5, abs=0.01)
            assert section.top_margin.cm == pytest.approx(2.5, abs=0.01)

    def test_dutch(self, documents: tuple[bytes, bytes]) -> None:
        for content in documents:
            assert '<w:lang w:val="nl-NL"' in part(content, "word/styles.xml")
            assert '<w:themeFontLang w:val="nl-NL"/>' in part(content, "word/settings.xml")

    def test_styles_for_title_headings_and_clauses(self, documents: tuple[bytes, bytes]) -> None:
        _, motion = documents
        paragraphs = docx.Document(io.BytesIO(motion)).paragraphs
        styles = {p.style.name for p in paragraphs if p.style is not None}
        assert {"Title", "Heading 1", "Opsomming met letters"} <= styles
        clause = next(p for p in paragraphs if "gewortelde kinderen die langer" in p.text)
        assert clause.style is not None
        assert clause.style.name == "Opsomming met letters"
        assert clause.text.startswith("a.\t")

    def test_core_properties(self, documents: tuple[bytes, bytes]) -> None:
        before = datetime.now(UTC).replace(microsecond=0)
        composer = Composer(CampaignSettings(token_secret="s"))  # type: ignore[arg-type]
        motion = composer.attachments(utrecht())[1].content
        props = docx.Document(io.BytesIO(motion)).core_properties
        assert props.title == "Voorstel van motie kinderpardon"
        assert props.subject == "Motie Pleidooi voor gewortelde kinderen"
        assert props.author == "KinderpardonNU"
        assert props.language == "nl-NL"
        assert props.created is not None
        assert props.created.replace(tzinfo=UTC) >= before
        assert props.modified == props.created

    def test_app_properties_count_the_real_text(self, documents: tuple[bytes, bytes]) -> None:
        _, motion = documents
        app = part(motion, "docProps/app.xml")
        assert "<Application>outreach " in app
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(motion)).paragraphs)
        words = int(re.search(r"<Words>(\d+)</Words>", app)[1])  # type: ignore[index]
        assert words == len(text.split())
        assert "Microsoft" not in app

    def test_no_thumbnail_and_no_generator_leftovers(self, documents: tuple[bytes, bytes]) -> None:
        for content in documents:
            names = zipfile.ZipFile(io.BytesIO(content)).namelist()
            assert names[0] == "[Content_Types].xml"
            assert not [n for n in names if "thumbnail" in n.lower()]
            assert "python-docx" not in part(content, "docProps/core.xml")

    def test_motion_differs_only_in_its_own_parts(self) -> None:
        composer = Composer(CampaignSettings(token_secret="s"))  # type: ignore[arg-type]
        utrecht_motion = composer.attachments(utrecht())[1].content
        other = Municipality(
            cbs_code="GM1900", name="Súdwest-Fryslân & Co", province="Fryslân", noodopvang=True
        )
        other_motion = composer.attachments(other)[1].content
        first = zipfile.ZipFile(io.BytesIO(utrecht_motion))
        second = zipfile.ZipFile(io.BytesIO(other_motion))
        differ = {n for n in first.namelist() if first.read(n) != second.read(n)}
        assert differ == {"word/document.xml", "docProps/app.xml"}
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(other_motion)).paragraphs)
        assert "De raad van de gemeente Súdwest-Fryslân & Co" in text

"""The attachments as a municipality opens them: rendered by LibreOffice (headless) into PDF.

Needs Debian's libreoffice-writer-nogui (soffice) and poppler-utils (pdfinfo, pdftotext).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from outreach.compose.letter import BACKGROUND_NAME, MOTION_NAME, Composer
from outreach.settings import CampaignSettings
from outreach.store.models import Municipality

pytestmark = pytest.mark.slow
A4_POINTS = (595.3, 841.9)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install libreoffice-writer-nogui and poppler-utils")
    return found


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("rendered")
    composer = Composer(CampaignSettings(token_secret="s"))  # type: ignore[arg-type]
    gemeente = Municipality(
        cbs_code="GM1900",
        name="Súdwest-Fryslân",
        province="Fryslân",
        email="info@sudwestfryslan.nl",
        noodopvang=True,
    )
    for attachment in composer.attachments(gemeente):
        (folder / attachment.filename).write_bytes(attachment.content)
    subprocess.run(
        [
            tool("soffice"),
            f"-env:UserInstallation=file://{folder}/profile",  # never the user's own profile
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(folder / BACKGROUND_NAME),
            str(folder / MOTION_NAME),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return {name: folder / name.replace(".docx", ".pdf") for name in (BACKGROUND_NAME, MOTION_NAME)}


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run([tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True)
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.stdout.splitlines())
    }


def text(pdf: Path) -> str:
    out = subprocess.run(
        [tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return " ".join(out.stdout.split())


class TestRenderedByLibreOffice:
    """A4 pages, a page count that fits the text, the name where the motion needs it."""

    @pytest.mark.parametrize("name", [BACKGROUND_NAME, MOTION_NAME])
    def test_a4(self, pdfs: dict[str, Path], name: str) -> None:
        found = re.match(r"([\d.]+) x ([\d.]+) pts", info(pdfs[name])["Page size"])
        assert found is not None
        assert (float(found[1]), float(found[2])) == pytest.approx(A4_POINTS, abs=1)

    def test_page_counts(self, pdfs: dict[str, Path]) -> None:
        assert int(info(pdfs[BACKGROUND_NAME])["Pages"]) == 1
        assert 1 <= int(info(pdfs[MOTION_NAME])["Pages"]) <= 2  # two with wider fonts

    def test_properties_survive(self, pdfs: dict[str, Path]) -> None:
        motion = info(pdfs[MOTION_NAME])
        assert motion["Title"] == "Voorstel van motie kinderpardon"
        assert motion["Author"] == "KinderpardonNU"

    def test_personalised_text(self, pdfs: dict[str, Path]) -> None:
        motion = text(pdfs[MOTION_NAME])
        assert "Súdwest-Fryslân, _______________ (datum)" in motion
        assert "De raad van de gemeente Súdwest-Fryslân" in motion
        assert "we ook in Súdwest-Fryslân verhalen kennen" in motion
        assert "in overleg met het COA" in motion  # clause f: this municipality has noodopvang
        background = text(pdfs[BACKGROUND_NAME])
        assert "Wat zijn ‘gewortelde’ kinderen?" in background
        assert "kinderpardonnu@gmail.com" in background

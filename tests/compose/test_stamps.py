"""Each kind of letter is rendered once with marks, then filled in: what a full render gives."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach.compose.letter import Composer
from outreach.resources import resource_dir
from outreach.settings import CampaignSettings
from outreach.store.letters import LetterRecipient

NAMES = ["'s-Hertogenbosch", "Bergen (NH.)", "Súdwest-Fryslân", "Ede", "A & B <test>"]


def recipients() -> list[LetterRecipient]:
    return [
        LetterRecipient(f"GM{n:04d}", name, "Noord-Brabant", f"g{n}@example.org", False, "pending")
        for n, name in enumerate(NAMES)
    ]


def composer(folder: Path | None = None) -> Composer:
    return Composer(CampaignSettings(token_secret="s"), template_dir=folder)  # type: ignore[arg-type]


class TestStamps:
    """Letters filled in from a stamp equal letters rendered in full, for every kind."""

    @pytest.mark.parametrize(
        ("step", "first_sent"),
        [("letter", None), ("resend-1", None), ("reminder-1", datetime(2026, 3, 2, tzinfo=UTC))],
    )
    def test_same_as_a_full_render(self, step: str, first_sent: datetime | None) -> None:
        stamped, full = composer(), composer()
        for recipient in recipients():
            letter = stamped.compose(recipient, step=step, first_sent=first_sent)
            expected = full._rendered(recipient, step, first_sent)
            assert (letter.subject, letter.text, letter.html) == expected
        assert len(stamped._letter_stamps) == 1

    def test_template_that_changes_a_value_is_rendered_in_full(self, tmp_path: Path) -> None:
        folder = tmp_path / "templates"
        shutil.copytree(resource_dir("templates"), folder)
        (folder / "letter" / "subject.txt.j2").write_text(
            "Brief aan {{ gemeente | upper }}", encoding="utf-8"
        )
        letters = composer(folder)
        subjects = [letters.compose(r).subject for r in recipients()]
        assert subjects[0] == "Brief aan 'S-HERTOGENBOSCH"
        assert subjects[3] == "Brief aan EDE"
        assert list(letters._letter_stamps.values()) == [None]  # no stamp for this template

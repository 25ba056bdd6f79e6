"""Message-IDs and reply tokens name the municipality and cannot be forged without the secret."""

from __future__ import annotations

from outreach.compose.identity import (
    code_from_address,
    code_from_message_id,
    message_id_for,
    reply_address,
)


class TestIdentity:
    """Round trips, determinism, and forgery."""

    def test_message_id_round_trip(self) -> None:
        mid = message_id_for(
            campaign="Kinderpardon 2026",
            cbs_code="GM0344",
            step="letter",
            domain="example.org",
            secret="s",
        )
        assert mid == message_id_for(
            campaign="Kinderpardon 2026",
            cbs_code="GM0344",
            step="letter",
            domain="example.org",
            secret="s",
        )
        assert mid.startswith("<kinderpardon-2026.letter.gm0344.")
        assert mid.endswith("@example.org>")
        assert code_from_message_id(f"<other@x> {mid}", secret="s") == ("GM0344", "letter")

    def test_message_id_with_wrong_secret_or_edited_code(self) -> None:
        mid = message_id_for(
            campaign="c", cbs_code="GM0344", step="letter", domain="d.org", secret="s"
        )
        assert code_from_message_id(mid, secret="other") is None
        assert code_from_message_id(mid.replace("gm0344", "gm0345"), secret="s") is None

    def test_reply_address(self) -> None:
        address = reply_address("Campaign+old@example.org", cbs_code="GM0014", secret="s")
        assert address.startswith("Campaign+gm0014-")
        assert address.endswith("@example.org")
        assert code_from_address(f"Someone <{address}>", secret="s") == "GM0014"
        assert code_from_address(address.replace("gm0014", "gm0015"), secret="s") is None

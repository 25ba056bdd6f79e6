"""The message bytes written directly: the same base64 as the standard library's."""

from __future__ import annotations

import base64

import pytest

from outreach.compose.mime import _base64_lines


@pytest.mark.parametrize("size", [0, 1, 2, 3, 56, 57, 58, 114, 5_000, 5_131])
def test_base64_lines_as_the_standard_library_writes_them(size: int) -> None:
    data = bytes(range(256)) * (size // 256 + 1)
    data = data[:size]
    expected = base64.encodebytes(data).replace(b"\n", b"\r\n")
    assert _base64_lines(data) == expected
    assert all(len(line) <= 76 for line in _base64_lines(data).split(b"\r\n"))

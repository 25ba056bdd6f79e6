"""The standard library's `Message`, with its header lookups read from an index.

`Message.get` lower-cases every header name of the part on every call, and the parser itself
asks each part for its content type five times or so; a reply with forty `Received:` lines
spent a tenth of its parsing on those scans. This class builds a name -> fields index once
per part and answers `get`, `get_all`, `in` and the content type from it, with exactly the
values (and the policy's handling of them) the plain class returns. The parameters of a
field (charset, boundary, filename), and a part's charset, are read once per distinct field
value: mail software writes the same few `Content-Type` values in every message. The index
notices headers being added, removed or replaced, so the message stays an ordinary, writable
`Message`.
"""

from __future__ import annotations

from email.message import Message
from functools import lru_cache
from typing import Any

_Fields = dict[str, list[tuple[str, Any]]]


class IndexedMessage(Message):
    """A `Message` whose header lookups cost one dictionary look-up, not a scan."""

    # (the header list it was built from, its length then, the index)
    _header_index: tuple[list[tuple[str, Any]], int, _Fields] | None = None
    # (the header list it was read from, its length then, the default type, the content type)
    _content_type: tuple[list[tuple[str, Any]], int, str, str] | None = None

    def _fields(self) -> _Fields:
        headers: list[tuple[str, Any]] = self._headers  # type: ignore[attr-defined]
        cached = self._header_index
        # Adding a field appends to the list, removing one builds a new list and
        # `replace_header` drops the index: so the same list of the same length is unchanged.
        if cached is not None and cached[0] is headers and cached[1] == len(headers):
            return cached[2]
        index: _Fields = {}
        for name, value in headers:
            index.setdefault(name.lower(), []).append((name, value))
        self._header_index = (headers, len(headers), index)
        return index

    def get(self, name: str, failobj: Any = None) -> Any:
        found = self._fields().get(name.lower())
        if not found:
            return failobj
        key, value = found[0]
        return self.policy.header_fetch_parse(key, value)

    def get_all(self, name: str, failobj: Any = None) -> Any:
        found = self._fields().get(name.lower())
        if not found:
            return failobj
        return [self.policy.header_fetch_parse(key, value) for key, value in found]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._fields()

    def get_content_type(self) -> str:
        # The parser asks each part for it several times, and each reading splits the field.
        # The answer is kept as the index is (see `_fields`), checked without a call to it.
        headers: list[tuple[str, Any]] = self._headers  # type: ignore[attr-defined]
        default: str = self._default_type  # type: ignore[attr-defined]
        cached = self._content_type
        if (
            cached is not None
            and cached[0] is headers
            and cached[1] == len(headers)
            and cached[2] == default
        ):
            return cached[3]
        ctype = super().get_content_type()
        self._content_type = (headers, len(headers), default, ctype)
        return ctype

    def get_content_charset(self, failobj: Any = None) -> Any:
        # Asked of every text part, and the same few field values recur (see `_charset`).
        found = self._fields().get("content-type")
        if found:
            key, raw = found[0]
            value = self.policy.header_fetch_parse(key, raw)
            if type(value) is str:
                charset = _charset(value)
                return failobj if charset is None else charset
        return super().get_content_charset(failobj)

    def replace_header(self, _name: str, _value: Any) -> None:
        super().replace_header(_name, _value)
        self._header_index = None
        self._content_type = None

    def _get_params_preserve(self, failobj: Any, header: str) -> Any:
        # Reading a field's parameters costs more than decoding the part they describe; the
        # same value gives the same parameters, read by the plain class (see `_params`).
        found = self._fields().get(header.lower())
        if not found:
            return failobj
        key, raw = found[0]
        value = self.policy.header_fetch_parse(key, raw)
        if type(value) is not str:  # (a `Header` of undeclared 8-bit bytes: read it as it is)
            return super()._get_params_preserve(failobj, header)  # type: ignore[misc]
        return list(_params(value))  # a list of its own: `get_params` hands it to its caller


@lru_cache(maxsize=512)
def _params(value: str) -> tuple[tuple[str, Any], ...]:
    """The parameters the plain `Message` reads from a field with this value."""
    probe = Message()
    probe["content-type"] = value
    params = Message._get_params_preserve(probe, None, "content-type")  # type: ignore[attr-defined]
    return tuple(params) if params is not None else ()


@lru_cache(maxsize=512)
def _charset(value: str) -> str | None:
    """The charset the plain `Message` reads from a `Content-Type` with this value, or None."""
    probe = Message()
    probe["content-type"] = value
    charset: str | None = probe.get_content_charset()
    return charset

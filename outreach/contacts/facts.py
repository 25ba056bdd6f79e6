"""What every layer may ask of a municipality, whatever holds it: an ORM row, a plain row."""

from __future__ import annotations

from typing import Protocol


class MunicipalityFacts(Protocol):
    """The facts that identify a municipality and reach it: CBS code, name, province, address."""

    @property
    def cbs_code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def province(self) -> str: ...
    @property
    def email(self) -> str | None: ...

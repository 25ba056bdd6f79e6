"""Option values converted without pydantic when that changes nothing.

Typer converts every option's value through a pydantic `TypeAdapter`, built the first time the
option is seen; that loads pydantic on every command, even for `--config` left out, and costs
more than all of `outreach status` does with the data. For the plain cases (no value, text, a
path, one of an enum's values) the value is converted here by typer's own helpers, as the
adapter would; any other value (a number, a list, a value typer would refuse, so that its
message stays typer's own) still goes through the adapter. With a typer that converts values
differently, nothing here applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
    from typer.core import _TyperParameter
except ImportError:  # pragma: no cover - a typer without per-value adapters
    RuntimeParam = None  # type: ignore[assignment, misc]

_UNSET: Any = object()


def quick_coercion(params: Any) -> None:
    """Give these options (a command's `get_params(ctx)`) the quick conversion."""
    if RuntimeParam is None:
        return  # pragma: no cover
    for param in params:
        if isinstance(param, _TyperParameter) and param._runtime_param is None:
            descriptor = param.type_descriptor
            if descriptor.file_annotation is None:
                param._runtime_param = _Quick(
                    parameter_info=descriptor.parameter_info,
                    annotation=descriptor.annotation,
                    descriptor=descriptor,
                )


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class _Quick(RuntimeParam):
        descriptor: Any

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            quick = _convert(self.annotation, self.parameter_info, value, param, ctx)
            if quick is not _UNSET:
                return quick
            full = build_runtime_param(self.descriptor)
            param._runtime_param = full  # from now on, typer's own conversion
            return full._coerce_value(value, param=param, ctx=ctx)


def _convert(annotation: Any, info: Any, value: Any, param: Any, ctx: Any) -> Any:
    """The value as typer's adapter would give it, or _UNSET when only the adapter knows."""
    if info.parser is not None or not isinstance(value, str | Enum):
        return _UNSET
    if annotation is str and isinstance(value, str):
        return value
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        try:
            return coerce_cli_choice(
                value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx
            )
        except ValueError:
            return _UNSET
    if annotation is Path and isinstance(value, str) and value and info.path_type is None:
        # A Path already, the helper checks it (exists, readable, ...) as it would have.
        return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
    return _UNSET

"""The Jinja2 environment for the letter and attachment templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from outreach.errors import TemplateError
from outreach.resources import resource_dir


def template_environment(folder: Path | None = None) -> jinja2.Environment:
    """Templates from `folder` (default: the ones shipped with outreach); a missing value fails."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder or resource_dir("templates")),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html.j2"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(env: jinja2.Environment, name: str, **values: Any) -> str:
    """Render one template, turning Jinja's errors into a `TemplateError` that names the file."""
    try:
        return env.get_template(name).render(**values)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"template {exc.name} not found in {_where(env)}") from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"template {name}: {exc.message}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"template {exc.name or name}, line {exc.lineno}: {exc.message}"
        ) from None


def _where(env: jinja2.Environment) -> str:
    loader = env.loader
    if isinstance(loader, jinja2.FileSystemLoader):
        return ", ".join(str(p) for p in loader.searchpath)
    return "the template folder"

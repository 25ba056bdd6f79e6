"""The Jinja2 environment for the letter and attachment templates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from outreach.errors import TemplateError
from outreach.resources import resource_dir


def template_environment(folder: Path | None = None) -> jinja2.Environment:
    """Templates from `folder` (default: the ones shipped with outreach); a missing value fails."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder or resource_dir("templates")),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html.j2", "xml.j2"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # Templates do not change during a run: no stat() of every file on every render.
        auto_reload=False,
    )
    env.filters["linked"] = linked
    return env


def linked(text: str, links: Mapping[str, str]) -> markupsafe.Markup:
    """`text` escaped for HTML, with each word in `links` made a link to its URL."""
    escaped = markupsafe.escape(text)
    if not links:
        return escaped
    pattern, anchors = _link_pattern(tuple(sorted(links.items())))
    # The text and every URL were escaped; only our own <a> tags are added.
    return markupsafe.Markup(pattern.sub(lambda found: anchors[found[0]], str(escaped)))  # noqa: S704


@lru_cache(maxsize=8)
def _link_pattern(links: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regular expression for all the linked words (longest first), and each one's anchor."""
    escaped = {str(markupsafe.escape(word)): str(markupsafe.escape(url)) for word, url in links}
    words = sorted(escaped, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(word) for word in words))
    return pattern, {word: f'<a href="{url}">{word}</a>' for word, url in escaped.items()}


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

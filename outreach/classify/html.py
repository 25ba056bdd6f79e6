"""HTML mail to plain text, with quoted parts kept recognisable as `> ` lines.

Mail clients mark quoted history in HTML in ways that plain text loses: Gmail's
`div.gmail_quote`, `<blockquote>`, Outlook's `divRplyFwdMsg` or a top-bordered div that starts
the quoted history (everything after it is history too). Prefixing those lines with `> ` lets
the quote stripper treat HTML and plain-text mail alike.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "pre", "section", "article", "header", "footer", "blockquote", "dt", "dd",
    }
)  # fmt: skip
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "meta", "link", "xml", "o:p"})
_START, _END, _REST = "\x00qs\x00", "\x00qe\x00", "\x00qr\x00"
_BORDER_TOP = re.compile(r"border-top\s*:\s*solid", re.I)


def html_to_text(html: str) -> str:
    """Readable text of `html`, one paragraph per line, quoted history as `> ` lines."""
    soup = BeautifulSoup(html, "html.parser")
    pieces: list[str] = []
    _render(soup, pieces)
    return _finish("".join(pieces))


def _is_quote_container(tag: Tag) -> bool:
    if tag.name == "blockquote":
        return True
    value = tag.get("class")
    classes = str(value).split() if isinstance(value, str) else [str(c) for c in value or ()]
    return any(c in ("gmail_quote", "yahoo_quoted", "moz-cite-prefix") for c in classes)


def _starts_history(tag: Tag) -> bool:
    """Outlook's reply header: everything from here on is the quoted original."""
    if tag.get("id") in ("divRplyFwdMsg", "appendonsend"):
        return True
    style = tag.get("style")
    return tag.name == "div" and isinstance(style, str) and bool(_BORDER_TOP.search(style))


def _render(node: Tag, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, Comment | Doctype | Declaration | ProcessingInstruction):
            continue
        if isinstance(child, NavigableString):
            out.append(re.sub(r"\s+", " ", str(child)))
            continue
        if not isinstance(child, Tag) or child.name in _SKIP_TAGS:
            continue
        if _starts_history(child):
            out.append("\n" + _REST)
        block = child.name in _BLOCK_TAGS
        quoted = _is_quote_container(child)
        if block:
            out.append("\n")
        if quoted:
            out.append(_START)
        _render(child, out)
        if quoted:
            out.append(_END)
        if block:
            out.append("\n")


def _finish(text: str) -> str:
    """Resolve the quote markers into `> ` prefixes and tidy blank lines."""
    depth = 0
    rest = False
    lines: list[str] = []
    for raw_line in text.split("\n"):
        line = raw_line
        level_here = depth
        while True:
            found = re.search(r"\x00q[ser]\x00", line)
            if found is None:
                break
            marker = found.group(0)
            if marker == _START:
                depth += 1
            elif marker == _END:
                depth = max(0, depth - 1)
            else:
                rest = True
            level_here = max(level_here, depth)
            line = line[: found.start()] + line[found.end() :]
        line = line.replace("\xa0", " ").strip()
        level = level_here + (1 if rest else 0)
        if not line:
            lines.append("")
            continue
        lines.append("> " * level + line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

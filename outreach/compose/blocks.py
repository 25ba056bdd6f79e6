"""The light markup our text templates use, read into blocks for HTML and .docx output.

One block per line: `# ` a title, `## ` a heading, `- ` an indented clause, a line that starts
with a number and a dot a numbered point; anything else is a paragraph. Blank lines separate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["title", "heading", "clause", "item", "paragraph"]
_ITEM = re.compile(r"^\d+\.\s")
# "a. het voor ..." or "12. Dien ...": the label a list paragraph starts with.
_LABEL = re.compile(r"^(?P<label>(?:[a-z]|\d{1,2})\.)\s+(?P<rest>\S.*)$")


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str

    @property
    def label(self) -> str:
        """The letter or number that starts a clause or point ("a."), or "" when there is none."""
        found = _LABEL.match(self.text)
        return found["label"] if found else ""

    @property
    def rest(self) -> str:
        """The text after the label (all of it when there is no label)."""
        found = _LABEL.match(self.text)
        return found["rest"] if found else self.text


def parse_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(Block("heading", line[3:].strip()))
        elif line.startswith("# "):
            blocks.append(Block("title", line[2:].strip()))
        elif line.startswith("- "):
            blocks.append(Block("clause", line[2:].strip()))
        elif _ITEM.match(line):
            blocks.append(Block("item", line))
        else:
            blocks.append(Block("paragraph", line))
    return blocks


def plain_text(blocks: list[Block]) -> str:
    """The blocks as an e-mail's plain text: paragraphs separated by blank lines."""
    return "\n\n".join(block.text for block in blocks) + "\n"

"""Text primitives shared by the extractors: spaces, labels and DOM → lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import html as lxml_html

# Every space a portal template uses: ASCII, NBSP, EN/EM spaces, ideographic space, ZWSP, BOM.
SPACES = (
    "\u0020\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\ufeff\t\r\f\v"
)
_SPACE_RUN = re.compile(f"[{SPACES}]+")
_SPACE_RUN_IN_CELL = re.compile(f"[{SPACES.replace(chr(9), '')}]+")  # tabs separate cells
_ANY_SPACE = re.compile(f"[{SPACES}\n]+")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
        "ucapcontent",
        "ucaptitle",
        "html",
        "body",
    }
)
CELL_TAGS = frozenset({"td", "th"})


def squash_spaces(text: str) -> str:
    """Collapse every kind of horizontal space into one ASCII space and trim."""
    return _SPACE_RUN.sub(" ", text).strip()


def remove_spaces(text: str) -> str:
    """Remove every kind of space, for matching labels such as `索 引 号`."""
    return _ANY_SPACE.sub("", text)


def cjk_count(text: str) -> int:
    """Han characters in the text (counted by runs: one match per run, not per character)."""
    return sum(map(len, CJK_RUN.findall(text)))


def _walk(el: lxml_html.HtmlElement, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "br" or tag in BLOCK_TAGS:
        out.append("\n")
    elif tag in CELL_TAGS:
        out.append("\t")
    if el.text and tag:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    if tag in BLOCK_TAGS:
        out.append("\n")
    elif tag in CELL_TAGS:
        out.append("\t")
    if el.tail:
        out.append(el.tail)


def element_lines(el: lxml_html.HtmlElement, *, keep_cells: bool = False) -> list[str]:
    """Visible text of an element as lines: blocks and <br> break lines, cells become tabs."""
    parts: list[str] = []
    tail = el.tail
    el.tail = None
    try:
        _walk(el, parts)
    finally:
        el.tail = tail
    text = "".join(parts)
    if not keep_cells:
        return [
            ln for ln in (raw.strip(" ") for raw in _SPACE_RUN.sub(" ", text).split("\n")) if ln
        ]
    lines = []
    for raw in _SPACE_RUN_IN_CELL.sub(" ", text).split("\n"):
        line = "\t".join(c for c in (cell.strip(" ") for cell in raw.split("\t")) if c)
        if line:
            lines.append(line)
    return lines


def iter_attr_tokens(el: lxml_html.HtmlElement) -> Iterator[str]:
    for attr in ("id", "class"):
        value = el.get(attr)
        if value:
            for token in value.split():
                yield token.lower()

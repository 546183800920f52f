"""The report body: find the container, drop furniture regions, return paragraphs.

Tiers, most trusted first: a site's own selector, Hanweb's content comment markers, the known
CMS containers, then content density. The tier that produced a body is recorded for stats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from lxml import etree
from lxml import html as lxml_html
from parsel import Selector

from lawreports.extract.metadata import label_hits
from lawreports.extract.text import (
    BLOCK_TAGS,
    cjk_count,
    element_lines,
    iter_attr_tokens,
    remove_spaces,
)
from lawreports.extract.vocabulary import (
    BODY_COMMENT_MARKERS,
    BODY_CONTAINERS,
    FURNITURE_TAGS,
    FURNITURE_TOKENS,
)

MIN_CONTAINER_CJK = 40
_CONTAINER_TAGS = frozenset(
    {"div", "td", "section", "article", "main", "ucapcontent", "body", "font", "span", "center"}
)
_INLINE_TEXT_TAGS = frozenset(
    {
        "p",
        "span",
        "font",
        "b",
        "strong",
        "em",
        "i",
        "u",
        "a",
        "br",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "label",
        "sup",
        "sub",
        "img",
    }
)


@dataclass(frozen=True)
class BodyResult:
    lines: list[str]
    tier: str


def parse_html(text: str) -> lxml_html.HtmlElement:
    """Parse a page; tolerant of unclosed tags, doubled </html> and stray bytes."""
    text = text.strip() or "<html></html>"
    if text.startswith("<?xml"):
        text = re.sub(r"^<\?xml[^>]*>", "", text)
    root = lxml_html.document_fromstring(text)
    return root


def drop_furniture(root: lxml_html.HtmlElement) -> None:
    """Remove scripts, styles, comments and every region whose id/class says furniture."""
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(*FURNITURE_TAGS)):
        _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if any(_is_furniture_token(t) for t in iter_attr_tokens(el)):
            _drop(el)
    for el in list(root.iter()):
        if isinstance(el.tag, str) and "display:none" in (el.get("style") or "").replace(" ", ""):
            _drop(el)


def _is_furniture_token(token: str) -> bool:
    if token in FURNITURE_TOKENS:
        return True
    parts = re.split(r"[-_]", token)
    return len(parts) > 1 and any(
        p in {"footer", "header", "nav", "breadcrumb", "share", "crumb", "ewm", "copyright"}
        for p in parts
    )


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _from_markers(raw_html: str) -> lxml_html.HtmlElement | None:
    for begin, end in BODY_COMMENT_MARKERS:
        start = raw_html.find(begin)
        stop = raw_html.find(end, start + 1)
        if start != -1 and stop != -1:
            fragment = raw_html[start + len(begin) : stop]
            if cjk_count(fragment) >= MIN_CONTAINER_CJK:
                return lxml_html.fragment_fromstring(fragment, create_parent="div")
    return None


def _select(root: lxml_html.HtmlElement, query: str) -> list[lxml_html.HtmlElement]:
    sel = Selector(root=root, type="html")
    found = (
        sel.xpath(query.removeprefix("xpath:")) if query.startswith("xpath:") else sel.css(query)
    )
    return [s.root for s in found if isinstance(s.root, etree._Element)]


def _text_cjk(el: lxml_html.HtmlElement) -> int:
    return cjk_count(el.text_content())


def _link_cjk(el: lxml_html.HtmlElement) -> int:
    return sum(cjk_count(a.text_content()) for a in el.iter("a"))


def _direct_text(el: lxml_html.HtmlElement) -> int:
    """CJK characters an element holds as its own paragraphs (not inside child containers)."""
    total = cjk_count(el.text or "")
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _INLINE_TEXT_TAGS and tag != "a":
            total += _text_cjk(child)
        total += cjk_count(child.tail or "")
    return total


def _density_container(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    best: tuple[float, lxml_html.HtmlElement | None] = (0.0, None)
    for el in root.iter(*_CONTAINER_TAGS):
        own = _direct_text(el)
        children = sum(
            _direct_text(c)
            for c in el
            if isinstance(c.tag, str) and c.tag in _CONTAINER_TAGS | {"p"} and c.tag != "p"
        )
        score = float(own + children)
        if score <= 0:
            continue
        total = _text_cjk(el) or 1
        score *= 1.0 - min(_link_cjk(el) / total, 1.0)
        if score > best[0]:
            best = (score, el)
    return best[1]


def find_container(
    root: lxml_html.HtmlElement, raw_html: str, site_selector: str | None = None
) -> tuple[lxml_html.HtmlElement | None, str]:
    if site_selector:
        found = _select(root, site_selector)
        if found:
            return max(found, key=_text_cjk), "site"
    marked = _from_markers(raw_html)
    if marked is not None:
        return marked, "markers"
    for query in BODY_CONTAINERS:
        found = [el for el in _select(root, query) if _text_cjk(el) >= MIN_CONTAINER_CJK]
        if found:
            return max(found, key=_text_cjk), "cms"
    dense = _density_container(root)
    return dense, "density"


def _is_metadata_block(el: lxml_html.HtmlElement) -> bool:
    text = "\n".join(element_lines(el, keep_cells=True))
    hits = {h.field for h in label_hits(text)}
    return len(hits) >= 2 and cjk_count(text) < 400


def drop_metadata_blocks(container: lxml_html.HtmlElement) -> None:
    for el in list(container.iter("table", "dl", "ul", "div")):
        if el is container or el.getparent() is None:
            continue
        if _is_metadata_block(el):
            _drop(el)


_HEAD_META = re.compile(
    r"^[\[【]?(?:发布|信息来源|来源|日期|时间|作者|编辑|浏览|阅读|字体|点击|文章来源|发布时间|发布日期)"
)


def _repeats_title(lines: list[str], key: str) -> int:
    """How many leading lines restate the title (a title is often split over two lines)."""
    if not key:
        return 0
    for n in (1, 2, 3):
        if len(lines) < n:
            break
        joined = remove_spaces("".join(lines[:n]))
        if len(joined) > len(key) * 1.3:
            break
        if joined == key or SequenceMatcher(None, joined, key).ratio() >= 0.85:
            return n
    return 0


def trim_head(lines: list[str], title: str | None) -> list[str]:
    """Drop the repeated title and the `发布时间 …【字体】` lines above the first paragraph."""
    key = remove_spaces(title or "")
    out = list(lines)
    while out:
        first = remove_spaces(out[0])
        repeated = _repeats_title(out, key)
        if repeated:
            del out[:repeated]
            continue
        if _HEAD_META.match(first) and cjk_count(first) < 60:
            out.pop(0)
            continue
        hits = label_hits(out[0])
        if len({h.field for h in hits}) >= 2 and cjk_count(first) < 120:
            out.pop(0)
            continue
        break
    return out


def extract_body(
    root: lxml_html.HtmlElement, raw_html: str, title: str | None, site_selector: str | None = None
) -> BodyResult:
    container, tier = find_container(root, raw_html, site_selector)
    if container is None:
        return BodyResult([], "none")
    drop_metadata_blocks(container)
    lines = trim_head(element_lines(container), title)
    return BodyResult(lines, tier)


def is_block(el: lxml_html.HtmlElement) -> bool:
    return isinstance(el.tag, str) and el.tag in BLOCK_TAGS


def select(root: lxml_html.HtmlElement, query: str) -> list[lxml_html.HtmlElement]:
    """Elements matching a CSS query or an `xpath:` query."""
    return _select(root, query)


def is_furniture_element(el: lxml_html.HtmlElement) -> bool:
    """A page region that is never the report (header, footer, nav, sidebar, share …)."""
    if not isinstance(el.tag, str):
        return False
    if el.tag in FURNITURE_TAGS and el.tag not in _DOCUMENT_VIEWERS:
        return True
    return any(_is_furniture_token(t) for t in iter_attr_tokens(el))


# Furniture tags that may embed the report itself (a PDF viewer) rather than page chrome.
_DOCUMENT_VIEWERS = frozenset({"iframe", "embed", "object"})

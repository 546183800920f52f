"""The report body: find the container, drop furniture regions, return paragraphs.

Tiers, most trusted first: a site's own selector, Hanweb's content comment markers, the known
CMS containers, then content density. The tier that produced a body is recorded for stats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html
from parsel.csstranslator import HTMLTranslator

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
    FURNITURE_TOKEN_PARTS,
    FURNITURE_TOKENS,
)

MIN_CONTAINER_CJK = 40
# A 信息公开 block is short; anything longer inside the body is report text.
_METADATA_MAX_CJK = 400
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
    doomed = [el for el in _elements(_ATTRIBUTED, root) if _has_furniture_token(el) or _hidden(el)]
    for el in doomed:  # an ancestor dropped first takes its descendants with it
        _drop(el)


# Only elements with an id, class or style can be furniture regions: visit just those.
_ATTRIBUTED = etree.XPath("descendant-or-self::*[@id or @class or @style]")


def _hidden(el: lxml_html.HtmlElement) -> bool:
    style = el.get("style")
    return style is not None and "display:none" in style.replace(" ", "").lower()


def _has_furniture_token(el: lxml_html.HtmlElement) -> bool:
    return any(_is_furniture_token(t) for t in iter_attr_tokens(el))


@lru_cache(maxsize=4096)
def _is_furniture_token(token: str) -> bool:
    if token in FURNITURE_TOKENS:
        return True
    parts = re.split(r"[-_]", token)
    return len(parts) > 1 and any(p in FURNITURE_TOKEN_PARTS for p in parts)


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
                container = lxml_html.fragment_fromstring(fragment, create_parent="div")
                drop_furniture(container)  # parsed afresh from the source: clean it too
                return container
    return None


@lru_cache(maxsize=512)
def _compiled(query: str) -> etree.XPath:
    """A CSS query (or `xpath:` query) compiled once per process, evaluated straight on lxml."""
    if query.startswith("xpath:"):
        return etree.XPath(query.removeprefix("xpath:"))
    return etree.XPath(HTMLTranslator().css_to_xpath(query))


def _select(root: lxml_html.HtmlElement, query: str) -> list[lxml_html.HtmlElement]:
    return _elements(_compiled(query), root)


def _elements(xpath: etree.XPath, root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The elements an XPath finds (strings, numbers and comments left out)."""
    found = xpath(root)
    if not isinstance(found, list):
        return []
    return [el for el in found if isinstance(el, etree._Element)]


def _text_cjk(el: lxml_html.HtmlElement) -> int:
    return cjk_count(el.text_content())


@dataclass(frozen=True)
class _Counts:
    """CJK characters per element, computed for the whole tree in one bottom-up pass."""

    total: dict[lxml_html.HtmlElement, int]  # in the element's text_content()
    links: dict[lxml_html.HtmlElement, int]  # inside its <a> descendants
    direct: dict[lxml_html.HtmlElement, int]  # its own paragraphs (not in child containers)


def _count_cjk(root: lxml_html.HtmlElement) -> _Counts:
    total: dict[lxml_html.HtmlElement, int] = {}
    links: dict[lxml_html.HtmlElement, int] = {}
    direct: dict[lxml_html.HtmlElement, int] = {}
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    for el in reversed(elements):  # children before their parents
        own = cjk_count(el.text or "")
        all_text = own
        in_links = 0
        for child in el:
            if not isinstance(child.tag, str):
                continue
            tail = cjk_count(child.tail or "")
            child_total = total[child]
            all_text += child_total + tail
            in_links += links[child]
            own += tail
            if child.tag in _INLINE_TEXT_TAGS and child.tag != "a":
                own += child_total
        total[el] = all_text
        links[el] = all_text if el.tag == "a" else in_links
        direct[el] = own
    return _Counts(total, links, direct)


def _density_container(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    counts = _count_cjk(root)
    best: tuple[float, lxml_html.HtmlElement | None] = (0.0, None)
    for el in root.iter(*_CONTAINER_TAGS):
        score = float(
            counts.direct[el]
            + sum(
                counts.direct[c] for c in el if isinstance(c.tag, str) and c.tag in _CONTAINER_TAGS
            )
        )
        if score <= 0:
            continue
        total = counts.total[el] or 1
        score *= 1.0 - min(counts.links[el] / total, 1.0)
        if score > best[0]:
            best = (score, el)
    return best[1]


@lru_cache(maxsize=256)
def _simple_selector(query: str) -> tuple[str, str] | None:
    """`tag`, `.class`, `#id` or `[id^='prefix']` as (kind, value); None for anything else."""
    match = re.fullmatch(r"\[id\^=['\"]?([\w-]+)['\"]?\]", query)
    if match:
        return "id^", match.group(1)
    if re.fullmatch(r"[.#]?[\w-]+", query):
        return {".": "class", "#": "id"}.get(query[0], "tag"), query.lstrip(".#")
    return None


@lru_cache(maxsize=1)
def _container_candidates() -> etree.XPath:
    """Elements a simple container query can match: the ones with an id or class, the tags."""
    parsed = [_simple_selector(q) for q in BODY_CONTAINERS]
    tags = sorted({sel[1] for sel in parsed if sel is not None and sel[0] == "tag"})
    return etree.XPath(
        "descendant-or-self::*[@id or @class]"
        + "".join(f" | descendant-or-self::{tag}" for tag in tags)
    )


def _known_containers(root: lxml_html.HtmlElement) -> list[list[lxml_html.HtmlElement]]:
    """Matches of each BODY_CONTAINERS query, in vocabulary order, from one pass over the tree."""
    parsed = [_simple_selector(q) for q in BODY_CONTAINERS]
    found: list[list[lxml_html.HtmlElement]] = [[] for _ in parsed]
    wanted = {sel: i for i, sel in enumerate(parsed) if sel is not None and sel[0] != "id^"}
    prefixes = [(sel[1], i) for i, sel in enumerate(parsed) if sel is not None and sel[0] == "id^"]
    for el in _elements(_container_candidates(), root):
        hits = [wanted.get(("tag", el.tag))]
        el_id = el.get("id")
        if el_id:
            hits.append(wanted.get(("id", el_id)))
            hits += [i for prefix, i in prefixes if el_id.startswith(prefix)]
        for token in (el.get("class") or "").split():
            hits.append(wanted.get(("class", token)))
        for i in {h for h in hits if h is not None}:
            found[i].append(el)
    for i, (query, sel) in enumerate(zip(BODY_CONTAINERS, parsed, strict=True)):
        if sel is None:
            found[i] = _select(root, query)
    return found


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
    for matches in _known_containers(root):
        found = [el for el in matches if _text_cjk(el) >= MIN_CONTAINER_CJK]
        if found:
            return max(found, key=_text_cjk), "cms"
    dense = _density_container(root)
    return dense, "density"


def _is_metadata_block(el: lxml_html.HtmlElement) -> bool:
    text = "\n".join(element_lines(el, keep_cells=True))
    hits = {h.field for h in label_hits(text)}
    return len(hits) >= 2 and cjk_count(text) < _METADATA_MAX_CJK


def drop_metadata_blocks(container: lxml_html.HtmlElement) -> None:
    for el in list(container.iter("table", "dl", "ul", "div")):
        if el is container or el.getparent() is None:
            continue
        if cjk_count(el.text_content()) >= _METADATA_MAX_CJK:
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
    return _has_furniture_token(el)


# Furniture tags that may embed the report itself (a PDF viewer) rather than page chrome.
_DOCUMENT_VIEWERS = frozenset({"iframe", "embed", "object"})

"""The report body: find the container, drop furniture regions, return paragraphs.

Tiers, most trusted first: a site's own selector, Hanweb's content comment markers, the known
CMS containers, then content density. The tier that produced a body is recorded for stats.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, Final, cast
from urllib.parse import unquote

from lxml import etree
from lxml import html as lxml_html
from parsel.csstranslator import HTMLTranslator

from lawreports.discovery.titles import classify_title
from lawreports.extract.filetypes import url_suffix
from lawreports.extract.metadata import (
    BARE_DATE_LINE,
    DATE_NAME_LINE,
    DOC_NO_LINE,
    NAME_DATE_LINE,
    LabelHit,
    has_label_row,
    label_hits,
    parse_label_text,
)
from lawreports.extract.text import (
    BLANKS,
    BLOCK_TAGS,
    HAN,
    LABEL_EDGE,
    cell_and_plain_lines,
    cell_lines,
    cjk_count,
    element_lines,
    flat_text,
    flat_text_around,
    plain_lines,
    remove_spaces,
    script_readings,
    squash_spaces,
    text_content,
    wide_count,
)
from lawreports.extract.vocabulary import (
    ATTACHMENT_TYPES,
    BODY_COMMENT_MARKERS,
    BODY_CONTAINERS,
    DATED_HEAD_LABELS,
    DOCUMENT_TYPES,
    FURNITURE_TAGS,
    FURNITURE_TOKEN_PARTS,
    FURNITURE_TOKENS,
    HEAD_META_WORDS,
    ORG_NAME_ENDINGS,
)

# Sizes of page regions are in `wide_count` characters (Han and its punctuation).
MIN_CONTAINER_CJK: Final = 40
# A 信息公开 block is short; anything longer inside the body is report text.
_METADATA_MAX_CJK: Final = 400
_CONTAINER_TAGS: Final = frozenset(
    {
        "div",
        "td",
        "section",
        "article",
        "main",
        "ucapcontent",
        "body",
        "font",
        "span",
        "center",
        "pre",
    }
)
# Container tags that hold paragraphs as blocks (not inline text of their parent).
_BLOCKS: Final = _CONTAINER_TAGS - frozenset({"span", "font"})
_INLINE_TEXT_TAGS: Final = frozenset(
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

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BodyResult:
    lines: list[str]
    tier: str


@lru_cache(maxsize=2)
def _parser(keep_comments: bool = False) -> lxml_html.HTMLParser:
    """Comments and processing instructions never carry report text: libxml2 drops them,
    unless the page marks its body with comments (BODY_COMMENT_MARKERS). Nothing looks
    elements up by id through libxml2, so its id table is not built (5% of a parse)."""
    parser = lxml_html.HTMLParser(
        remove_comments=not keep_comments,
        remove_pis=True,
        collect_ids=False,
        huge_tree=True,
        encoding="utf-8",
    )
    # Every element is an HtmlElement: a class chosen in C, where lxml.html's own lookup calls
    # Python for each element (to tell <form>/<input>, which extraction never needs).
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser


def parse_html(text: str, *, keep_comments: bool = False) -> lxml_html.HtmlElement:
    """Parse a page; tolerant of unclosed tags, doubled </html> and stray bytes."""
    start, end = _stripped(text)
    if start == end or text.startswith("<?xml", start):
        text = text.strip() or "<html></html>"
        if text.startswith("<?xml"):
            text = re.sub(r"^<\?xml[^>]*>", "", text)
        start, end = 0, len(text)
    parser = _parser(keep_comments)
    page = _as_utf8(_without_style_sheets(text))
    if start or end < len(text):  # the blanks around the page cut off its bytes, not its text
        page = page[len(_as_utf8(text[:start])) : len(page) - len(_as_utf8(text[end:]))]
    root: lxml_html.HtmlElement = lxml_html.document_fromstring(page, parser=parser)
    if end - start > _DEEPEST_SHORT_PAGE and _cut_by_depth(parser):
        # An editor's broken paste nests thousands of empty `<span>`s: past libxml2's depth
        # limit (2048 with `huge_tree`) the rest of the page is silently left out.
        logger.warning("page nested too deep to parse whole: read again without inline tags")
        root = lxml_html.document_fromstring(
            _as_utf8(_INLINE_TAGS.sub("", _without_style_sheets(text[start:end]))), parser=parser
        )
    return root


def _stripped(text: str) -> tuple[int, int]:
    """Where `text.strip()` starts and ends, found without its copy of the page (about 16k
    instructions: most pages end in a line break)."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    start = 0
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _as_utf8(text: str) -> bytes:
    """The page as UTF-8, the parser's own encoding: lxml hands a Chinese page's text to
    libxml2 as UTF-16, which converts it at about 13 instructions a character; Python's
    encoder is several times cheaper. A lone surrogate (a broken JSON escape) is passed through
    and read as replacement characters; as UTF-16 it ended the page there."""
    return text.encode("utf-8", "surrogatepass")


# Nesting past the parser's depth limit takes at least this much source (2048 tags).
_DEEPEST_SHORT_PAGE: Final = 16_000
_INLINE_TAGS: Final = re.compile(r"</?(?:span|font|b|i|u|em|strong)\b[^>]*>", re.IGNORECASE)


def _cut_by_depth(parser: lxml_html.HTMLParser) -> bool:
    """Whether the last parse stopped at the parser's depth limit."""
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


# A style sheet's end. A sheet is cut only when it is long (most are a few hundred characters:
# cutting them would copy the page for nothing) and holds no markup (a script or a comment
# that merely writes `<style>` would lose the page between it and the next sheet's end).
_STYLE_END: Final = "</style"
_LONG_STYLE_SHEET: Final = 4000


def _without_style_sheets(text: str) -> str:
    """The page without its long `<style>` sheets: no text is ever read from them, and a Word
    paste's sheet can be most of a page (70,000 characters of `@font-face` and `p.MsoNormal`),
    which the parser would read and copy for nothing. Found with `str.find`, not a regex."""
    start = text.find("<style")
    if start == -1:
        return text
    cuts: list[tuple[int, int]] = []
    while start != -1:
        end = text.find(_STYLE_END, start)
        close = text.find(">", end) if end != -1 else -1
        if close == -1:
            break
        if end - start >= _LONG_STYLE_SHEET and text.find("<", start + 1, end) == -1:
            cuts.append((start, close + 1))
        start = text.find("<style", close + 1)
    if not cuts:
        return text
    kept = []
    at = 0
    for begin, finish in cuts:
        kept.append(text[at:begin])
        at = finish
    kept.append(text[at:])
    return "".join(kept)


def marked_region(raw_html: str) -> tuple[str, str] | None:
    """The body comment markers the source holds around enough text, if any. Each marker is
    looked for straight away: a long string is found by long skips, about 12k instructions
    a page, where first looking for any comment (`<!--`, short and common) cost 25k."""
    for begin, end in BODY_COMMENT_MARKERS:
        start = raw_html.find(begin)
        stop = raw_html.find(end, start + 1) if start != -1 else -1
        if stop != -1 and wide_count(raw_html[start + len(begin) : stop]) >= MIN_CONTAINER_CJK:
            return begin, end
    return None


def wrap_marked_region(
    root: lxml_html.HtmlElement, raw_html: str, markers: tuple[str, str]
) -> lxml_html.HtmlElement:
    """The nodes between the body markers as one container: a <div> put in their place when
    the two comments are siblings in the parsed page (`root` parsed with comments kept),
    else the source between them parsed apart (and then not part of the page tree)."""
    begin, end = (marker.removeprefix("<!--").removesuffix("-->") for marker in markers)
    first = next((c for c in root.iter(etree.Comment) if c.text == begin), None)
    last = (
        None
        if first is None
        else next(
            (c for c in first.itersiblings() if isinstance(c, etree._Comment) and c.text == end),
            None,
        )
    )
    if first is None or last is None:
        start = raw_html.find(markers[0]) + len(markers[0])
        fragment = raw_html[start : raw_html.find(markers[1], start)]
        container = lxml_html.fragment_fromstring(fragment, create_parent="div")
        drop_furniture(container, fragment)  # parsed afresh from the source: clean it too
        return container
    container = lxml_html.Element("div")
    container.text, first.tail = first.tail, None
    between = []
    for node in first.itersiblings():
        if node is last:
            break
        between.append(node)
    first.addnext(container)
    container.extend(between)  # each moves with its tail
    return container


def drop_furniture(
    root: lxml_html.HtmlElement,
    raw_html: str | None = None,
    dropped: list[lxml_html.HtmlElement] | None = None,
) -> list[Any]:
    """Remove scripts, styles, comments and every region whose id/class says furniture.

    The tags are stripped by libxml2 in one call (their tails kept); furniture regions are
    found from the page's id/class/style attributes alone, each distinct value judged once,
    so no Python code visits the elements that stay. Given the page's source, the styles are
    read only when it says `none` somewhere (few pages hide a block inline). Returns the
    id/class attribute nodes (dropped regions' included) for `known_containers`, which then
    needs no query of its own. `dropped`, when given, receives the regions and `<aside>`s
    taken out (a sidebar may hold the page's 信息索引 box: `furniture_metadata`).
    """
    asides = _keep_from_furniture_tags(root)
    if dropped is not None:
        dropped.extend(asides)
    etree.strip_elements(
        root, etree.Comment, etree.ProcessingInstruction, *FURNITURE_TAGS, with_tail=False
    )
    doomed = (
        _hidden_but_the_text(root, _hidden_blocks(root))
        if raw_html is None or _may_hide(raw_html)
        else []
    )
    attributes = attribute_nodes(_IDS_AND_CLASSES, root)
    furniture = {value for value in set(attributes) if _value_is_furniture(value)}
    if furniture:
        named = {value for value in furniture if _names_content(value)}
        regions: list[lxml_html.HtmlElement] = []
        texts: list[lxml_html.HtmlElement] = []
        for attr in attributes:
            if attr in furniture:
                regions.append(attr.getparent())
                if attr in named:
                    texts.append(attr.getparent())
        if texts:
            regions = _furniture_but_the_text(root, regions, texts)
        doomed += regions
    for el in doomed:  # an ancestor dropped first takes its descendants with it
        if el is not None:
            _drop(el)
            if dropped is not None:
                dropped.append(el)
    return attributes


# A 信息索引 box names these fields; a sidebar list that mentions one label does not.
_BLOCK_FIELDS: Final = frozenset(
    {"index_no", "publisher", "publish_date", "written_date", "doc_no"}
)


def furniture_metadata(regions: list[lxml_html.HtmlElement]) -> str:
    """The text of the dropped sidebars and folded blocks that hold a 信息公开 block: a
    sidebar's 信息索引 box (`<aside class="sidebar">` beside the article: 索引号, 发布机构,
    成文日期…) is the page's metadata, though the lists around it are furniture; so is a table
    folded behind a 「查看详细信息」 button (`<div class="xxgk-table" style="display:none">`),
    which a click opens. A block has its 索引号 and at least one other field; the text is in
    the page text's shape, to be read with it."""
    texts = []
    for region in regions:
        if not (_is_sidebar(region) or _folded_index_block(region)):
            continue
        text = "\n".join(element_lines(region, keep_cells=True))
        fields = {hit.field for hit in label_hits(text)}
        if "index_no" in fields and len(fields & _BLOCK_FIELDS) >= 2:
            texts.append(text)
    return "\n".join(texts)


def _is_sidebar(region: lxml_html.HtmlElement) -> bool:
    return region.tag == "aside" or "side" in f"{region.get('class')} {region.get('id')}"


def _folded_index_block(region: lxml_html.HtmlElement) -> bool:
    """A block hidden inline that names a 索引号 (spaced out too: `索 引 号`): most hidden
    blocks are menus and print copies, passed over by the style and one scan for 索."""
    style = region.get("style")
    return style is not None and _value_is_hidden(style) and "索" in text_content(region)


def _hidden_blocks(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    return [attr.getparent() for attr in attribute_nodes(_STYLES, root) if _value_is_hidden(attr)]


def _hidden_but_the_text(
    root: lxml_html.HtmlElement, hidden: list[lxml_html.HtmlElement]
) -> list[lxml_html.HtmlElement]:
    """The hidden blocks to drop: all of them (a print copy, a folded menu), unless one holds
    the page's text, more of it than everything shown (a page that hides its text until a
    script shows it, where the browser would see it); that one stays."""
    sizes = [wide_count(text_content(el)) for el in hidden]
    if not sizes or max(sizes) < MIN_CONTAINER_CJK:  # the usual hidden block: a few words
        return hidden
    shown = wide_count(text_content(root)) - sum(
        size for el, size in zip(hidden, sizes, strict=True) if not _inside_any(el, hidden)
    )
    return [
        el
        for el, size in zip(hidden, sizes, strict=True)
        if size < MIN_CONTAINER_CJK or size <= shown or _inside_any(el, hidden)
    ]


# What a region named for furniture must hold to be the text's wrapper: a report's length.
_MIN_TEXT_WRAPPER_CJK: Final = 400
# A region named for both furniture and content (`content position`, `tab-nav-content`,
# `news-detail-content share-content`) may be the text's own wrapper.
_CONTENT_WORD: Final = re.compile(
    r"[Cc]ontent|[Dd]etail|[Aa]rticle|[Zz]oom|[Tt]ext|[Bb]ody|[Mm]ain"
)


@lru_cache(maxsize=4096)
def _names_content(value: str) -> bool:
    return _CONTENT_WORD.search(value) is not None


def _furniture_but_the_text(
    root: lxml_html.HtmlElement,
    regions: list[lxml_html.HtmlElement],
    named: list[lxml_html.HtmlElement],
) -> list[lxml_html.HtmlElement]:
    """The furniture regions to drop: all, but one of `named` (whose name also says content)
    that holds most of the page's text, not as links (a footer, a share bar or a related list
    never does)."""
    named = [el for el in named if el is not None]
    texts = [text_content(el) for el in named]
    sizes = [wide_count(text) if len(text) >= _MIN_TEXT_WRAPPER_CJK else 0 for text in texts]
    if not sizes or max(sizes) < _MIN_TEXT_WRAPPER_CJK:  # the usual case: a footer's words
        return regions
    half = wide_count(text_content(root)) / 2
    kept = {
        id(el)
        for el, size in zip(named, sizes, strict=True)
        if size > half and _link_share(el, size) < 0.5  # a list of links is no text
    }
    return [el for el in regions if id(el) not in kept]


def _link_share(el: lxml_html.HtmlElement, size: int) -> float:
    return sum(wide_count(text_content(a)) for a in el.iter("a")) / max(size, 1)


def _inside_any(el: lxml_html.HtmlElement, others: list[lxml_html.HtmlElement]) -> bool:
    return any(ancestor in others for ancestor in el.iterancestors())


def _keep_from_furniture_tags(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """What stripping the furniture tags would take with it that is not furniture: a read-only
    field's value (form inputs go) and an `<article>`'s own `<header>`, which holds its title
    and info line (a page's `<header>` goes). One walk of the tree in C finds both, and the
    `<aside>`s, returned; most pages have none of them."""
    asides = []
    for el in list(root.iter("input", "article", "aside")):
        if el.tag == "article":
            for header in list(el.iter("header")):
                header.tag = "div"  # a block like any other
        elif el.tag == "aside":
            asides.append(el)
        else:
            _value_as_text(el)
    return asides


# Read-only form fields a 信息公开 card shows its values in (`<input readonly value="…">`).
_TEXT_TYPE: Final = str.maketrans("TEX", "tex")


def _value_as_text(field: lxml_html.HtmlElement) -> None:
    """A read-only text field becomes its value as text."""
    value = field.get("value")
    kind = field.get("type")
    if (
        value is not None
        and (field.get("readonly") is not None or field.get("disabled") is not None)
        and (kind is None or kind.translate(_TEXT_TYPE) == "text")
    ):
        field.attrib.clear()
        field.tag = "span"
        field.text = value


# Attribute nodes come back as strings that know their element (`getparent()`), in page order.
# Built without EXSLT's regular expressions (`regexp=False`), which lxml would register into
# the query's context at each call: about 10k instructions, half of a call's fixed cost.
_STYLES: Final = etree.XPath("descendant-or-self::*/@style", regexp=False)
_IDS_AND_CLASSES: Final = etree.XPath(
    "descendant-or-self::*/@id | descendant-or-self::*/@class", regexp=False
)


def _may_hide(raw_html: str) -> bool:
    """Whether the source may say `none` in a spelling CSS authors use: `none`, `None` and
    `nONE` hold `one`, `NONE` holds `ONE` (two scans of a page; `lower()` of a whole page
    costs more than the query it would save)."""
    return "one" in raw_html or "ONE" in raw_html


def _value_is_hidden(style: str) -> bool:
    """Inline `display: none` (any case, any spacing): a hidden block is never the report."""
    return "none" in style.lower() and "display:none" in remove_spaces(style).lower()


@lru_cache(maxsize=8192)
def _value_is_furniture(value: str) -> bool:
    return any(_is_furniture_token(token.lower()) for token in value.split())


def _has_furniture_token(el: lxml_html.HtmlElement) -> bool:
    return any(_value_is_furniture(el.get(attr) or "") for attr in ("id", "class"))


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


@lru_cache(maxsize=512)
def _compiled(query: str) -> etree.XPath:
    """A CSS query (or `xpath:` query) compiled once per process, evaluated straight on lxml.
    A site's own XPath may use EXSLT's `re:` functions; a CSS query's translation never does."""
    if query.startswith("xpath:"):
        return etree.XPath(query.removeprefix("xpath:"))
    return etree.XPath(HTMLTranslator().css_to_xpath(query), regexp=False)


def _select(root: lxml_html.HtmlElement, query: str) -> list[lxml_html.HtmlElement]:
    return xpath_elements(_compiled(query), root)


def xpath_elements(
    xpath: etree.XPath, root: lxml_html.HtmlElement, **variables: str
) -> list[lxml_html.HtmlElement]:
    """The elements an XPath finds (strings, numbers and comments left out)."""
    found = xpath(root, **variables)
    if not isinstance(found, list):
        return []
    return [el for el in found if isinstance(el, etree._Element)]


def attribute_nodes(xpath: etree.XPath, root: lxml_html.HtmlElement) -> list[Any]:
    """The attribute values an XPath finds, as strings that know their element."""
    found = xpath(root)
    # An attribute-axis query yields only such strings: no per-item check needed.
    return cast(list[Any], found) if isinstance(found, list) else []


def _text_cjk(el: lxml_html.HtmlElement) -> int:
    return wide_count(text_content(el))


class _Tally:
    """One element's CJK characters: in its text_content() (`total`), inside its <a>
    descendants (`links`), in its own paragraphs, not in child containers (`direct`), and the
    `direct` of its child blocks summed (`blocks`). A class of int fields: compiled, each is
    a machine integer in place, where a list's items were boxed at every addition."""

    __slots__ = ("blocks", "direct", "links", "total")

    def __init__(self) -> None:
        self.total = 0
        self.links = 0
        self.direct = 0
        self.blocks = 0


@dataclass(frozen=True)
class _Counts:
    """CJK characters per element with text, computed for the whole tree in one bottom-up
    pass (one map of tallies, not four maps: a store and a look-up per element), and the
    elements with text that may be the body container, last first (the pass meets them so:
    no second walk of the tree by tag: about 17k instructions a page)."""

    of: dict[lxml_html.HtmlElement, _Tally]
    containers: list[lxml_html.HtmlElement]

    def tally(self, el: lxml_html.HtmlElement) -> _Tally:
        """The element's counts: all 0 for an element with no text under it."""
        got = self.of.get(el)
        return _Tally() if got is None else got


def _wide(text: str | None) -> int:
    """`wide_count` of a node's text or tail, which is often missing."""
    return 0 if text is None else wide_count(text)


# Nodes that are not elements: only their tail is page text.
_NOT_ELEMENTS: Final = (etree.Comment, etree.ProcessingInstruction, etree.Entity)


def _count_cjk(root: lxml_html.HtmlElement) -> _Counts:
    """One pass over the elements from the last to the first: each one's counts are complete
    when it is reached (its descendants come after it) and are added to its parent's, so
    every node is read once and no element's children are walked (an iterator per element
    cost a third of the pass). An element's tag is read only when it holds text (a tag is a
    new string each time), and comments' tails are added before the pass."""
    of: dict[lxml_html.HtmlElement, _Tally] = {}
    # What the children brought: text, link text, own paragraphs, paragraphs of blocks.
    brought: dict[lxml_html.HtmlElement, _Tally] = {}
    containers: list[lxml_html.HtmlElement] = []
    for other in root.iter(*_NOT_ELEMENTS):
        _bring_tail(other, _wide(other.tail), brought)
    for node in list(root.iter(etree.Element))[::-1]:  # children before their parents
        own = _wide(node.text)
        got = brought.pop(node, None)
        node_total = own if got is None else own + got.total
        tail = 0 if node is root else _wide(node.tail)
        if not node_total:  # no text under it: its counts are 0, left out of the map
            if tail:
                _bring_tail(node, tail, brought)
            continue
        tag: str = node.tag  # typed (elements only here): the tests below are compiled
        if got is None:
            got = _Tally()
        got.total = node_total
        if tag == "a":
            got.links = node_total
        got.direct += own
        of[node] = got
        if tag in _CONTAINER_TAGS:
            containers.append(node)
        parent = None if node is root else node.getparent()
        if parent is None:
            continue
        into = _brought_to(parent, brought)
        into.total += node_total + tail
        into.links += got.links
        into.direct += tail + (node_total if tag in _INLINE_TEXT_TAGS and tag != "a" else 0)
        if tag in _BLOCKS:
            into.blocks += got.direct
    return _Counts(of, containers)


def _bring_tail(node: Any, tail: int, brought: dict[lxml_html.HtmlElement, _Tally]) -> None:
    """Add a node's tail to its parent's text and own paragraphs."""
    if not tail:
        return
    parent = node.getparent()
    if parent is None:
        return
    into = _brought_to(parent, brought)
    into.total += tail
    into.direct += tail


def _brought_to(
    parent: lxml_html.HtmlElement, brought: dict[lxml_html.HtmlElement, _Tally]
) -> _Tally:
    into = brought.get(parent)
    if into is None:
        into = brought[parent] = _Tally()
    return into


def _density_container(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    scope = root.find("body")  # the head holds no text worth counting
    scope = root if scope is None else scope
    counts = _count_cjk(scope)
    best: tuple[float, lxml_html.HtmlElement | None] = (0.0, None)
    for el in counts.containers[::-1]:  # in page order
        # Paragraphs split into child blocks count for the block holding them; an inline
        # child (`<span><font>…`) is in the element's own text already, not counted twice.
        got = counts.of[el]
        score = float(got.direct + got.blocks)
        if score <= 0:
            continue
        score *= 1.0 - min(got.links / (got.total or 1), 1.0)
        if score > best[0] or (score == best[0] and _whole_page(best[1])):
            best = (score, el)  # the page's own wrapper rather than <body> when they tie
    if best[0] < THIN_PAGE_CJK:
        around = _around_file_links(scope, best[1], counts)
        if around is not None:
            return around
    chosen = _paragraph_table(best[1], counts) if best[0] else best[1]
    if chosen is not None:
        _drop_link_lists(chosen, counts)
    return chosen


# A block inside the chosen region whose text is this much link text, over this many links,
# is a list of other pages (a sidebar the paragraphs share a wrapper with), not report text;
# a list of the report's own files (附件) stays.
_LINK_LIST_SHARE: Final = 0.8
_LINK_LIST_MIN: Final = 3


def _whole_page(el: lxml_html.HtmlElement | None) -> bool:
    return el is not None and el.tag in _OUTSIDE


def _mostly_links(tally: _Tally) -> bool:
    return tally.total > 0 and tally.links >= _LINK_LIST_SHARE * tally.total


def _drop_link_lists(container: lxml_html.HtmlElement, counts: _Counts) -> None:
    doomed = [
        el
        for el in container.iter("ul", "ol", "dl", "div", "table")
        if el is not container
        and _mostly_links(counts.tally(el))
        and _lists_other_pages(el)
        and not _announced_by_the_text(el)
    ]
    for el in doomed:
        _drop(el)


def _announced_by_the_text(el: lxml_html.HtmlElement) -> bool:
    """Whether the text right before the list announces it (`全年出台规范性文件4件：`): the
    report lists documents it links to, and a sentence closing on a colon is no box heading."""
    before, parent = el.getprevious(), el.getparent()
    text = (before.tail if before is not None else parent.text if parent is not None else "") or ""
    if not text.strip(BLANKS) and before is not None:
        text = text_content(before)
    text = text.strip(BLANKS)
    return len(text) >= _MIN_ANNOUNCING_CHARS and text.endswith(("：", ":")) and "，" in text


# An announcing sentence is longer than any box heading (`相关链接：`, `相关文件：`).
_MIN_ANNOUNCING_CHARS: Final = 12


def _lists_other_pages(el: lxml_html.HtmlElement) -> bool:
    hrefs = [a.get("href") or "" for a in el.iter("a")]
    return len(hrefs) >= _LINK_LIST_MIN and not any(_DOCUMENT_LINK.search(h) for h in hrefs)


# A page whose densest region scores less than this holds no report text of its own: the
# report is its 附件. The body is then the block around the page's file links (`详见附件。`,
# `附件：….pdf`), not a contact box or the layout table that happens to hold more text.
THIN_PAGE_CJK: Final = 200
_DOCUMENT_LINK: Final = url_suffix(DOCUMENT_TYPES)
_OUTSIDE: Final = frozenset({"body", "html"})


def _around_file_links(
    scope: lxml_html.HtmlElement, densest: lxml_html.HtmlElement | None, counts: _Counts
) -> lxml_html.HtmlElement | None:
    """The container that holds the page's documents: its links named as a report, else
    its embedded viewers (`<iframe src="…/viewer.html?file=….pdf">`), else any document link
    (not a sidebar's 政府信息公开指南.pdf while one of the others is there); widened to the
    densest region's block when both share one that is not much more than the two (an intro
    line beside an attachment list), never to the whole page."""
    links = [a for a in scope.iter("a") if _DOCUMENT_LINK.search(a.get("href") or "")]
    reports = [a for a in links if classify_title(squash_spaces(text_content(a))).is_report]
    links = reports or list(scope.iter(DOCUMENT_VIEWER)) or links
    if not links:
        return None
    holder = _container_of(_shared_ancestor(links))
    if holder is None or _lists_pages(holder, links):
        return None  # a listing whose items include files
    if not _mostly(holder, links):
        holder = _block_of(links[0])  # the files sit loose in the article: their own line
        if holder is None:
            return None
    if densest is not None:
        both = _container_of(_shared_ancestor([holder, densest]))
        if (
            both is not None
            and counts.tally(both).total
            <= 2 * (counts.tally(holder).total + counts.tally(densest).total)
            and not _lists_pages(both, links)
        ):
            return both
    return holder


def _mostly(block: lxml_html.HtmlElement, links: list[lxml_html.HtmlElement]) -> bool:
    """Whether the block is little more than the links (a 附件 line or list, `详见附件。`),
    not the whole article region with its title, info line and toolbar."""
    named = sum(len(squash_spaces(text_content(a))) for a in links)
    return len(squash_spaces(text_content(block))) <= 2 * named + _POINTER_TEXT


_POINTER_TEXT = 40
_LINE_BLOCKS: Final = frozenset({"p", "li", "dd", "td", "div", "section", "article", "center"})


def _block_of(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    for candidate in el.iterancestors():
        if candidate.tag in _OUTSIDE:
            return None
        if candidate.tag in _LINE_BLOCKS:
            return candidate
    return None


# Links to pages a block may hold beside its files and still be an article's (a crumb, a
# 返回 link): more, and it is a listing whose items include files.
_ARTICLE_PAGE_LINKS: Final = 2


def _lists_pages(block: lxml_html.HtmlElement, files: list[lxml_html.HtmlElement]) -> bool:
    own = {id(a) for a in files}
    pages = sum(1 for a in block.iter("a") if id(a) not in own and _is_page_link(a.get("href")))
    return pages > _ARTICLE_PAGE_LINKS


def _is_page_link(href: str | None) -> bool:
    """A link to another page: not a toolbar's script (`javascript:window.print()`), not an
    anchor, not a file (`统计数据.zip`)."""
    href = (href or "").strip()
    return (
        bool(href)
        and not href.startswith(("javascript:", "#", "mailto:"))
        and not (_ANY_FILE.search(href))
    )


_ANY_FILE = url_suffix(ATTACHMENT_TYPES)


# What an embedded document viewer becomes (`keep_document_viewers`): a tag furniture removal
# leaves alone, with no text of its own.
DOCUMENT_VIEWER: Final = "lawreports-document"


def keep_document_viewers(root: lxml_html.HtmlElement) -> None:
    """An `<iframe>`/`<embed>`/`<object>` showing a document (`viewer.html?file=….pdf`) is
    kept through furniture removal as an empty marker: on a page whose report is only that
    embedded file, the block showing it is the body container."""
    for el in list(root.iter("iframe", "embed", "object")):
        if _DOCUMENT_LINK.search(unquote(el.get("src") or el.get("data") or "")):
            el.tag = DOCUMENT_VIEWER
            el.text = None
            for child in list(el):  # a fallback message, `<param>`s
                el.remove(child)


def _shared_ancestor(elements: list[lxml_html.HtmlElement]) -> lxml_html.HtmlElement | None:
    """The deepest element that is or holds every one of them."""
    chain = [elements[0], *elements[0].iterancestors()]
    for el in elements[1:]:
        mine = {id(x) for x in (el, *el.iterancestors())}
        chain = [x for x in chain if id(x) in mine]
    return chain[0] if chain else None


def _container_of(el: lxml_html.HtmlElement | None) -> lxml_html.HtmlElement | None:
    """The element itself or its nearest ancestor that can be a body container; None when
    that is the whole page."""
    for candidate in [] if el is None else [el, *el.iterancestors()]:
        if candidate.tag in _OUTSIDE:
            return None
        if candidate.tag in _CONTAINER_TAGS:
            return candidate
    return None


# A table whose rows each hold one paragraph (old CMSs lay a body out so) is the body when
# its best cell holds less than this share of its cells' text.
_ROW_PARAGRAPH_SHARE: Final = 0.5


def _paragraph_table(
    el: lxml_html.HtmlElement | None, counts: _Counts
) -> lxml_html.HtmlElement | None:
    """The table around the densest cell when that cell is one paragraph of many (a row
    per paragraph), else the cell: density alone would keep a single row."""
    if el is None or el.tag not in _CELL_TAGS:
        return el
    table = next(el.iterancestors("table"), None)
    if table is None:
        return el
    cells = sum(counts.tally(cell).direct for cell in _own_cells(table))
    return table if counts.tally(el).direct < _ROW_PARAGRAPH_SHARE * cells else el


_CELL_TAGS = frozenset({"td", "th"})


def _own_cells(table: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The cells of the table's own rows (rows of nested tables left out)."""
    rows = [
        row
        for part in (table, *table.iterchildren("tbody", "thead", "tfoot"))
        for row in part.iterchildren("tr")
    ]
    return [cell for row in rows for cell in row.iterchildren("td", "th")]


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
def _parsed_containers() -> tuple[tuple[str, str] | None, ...]:
    return tuple(_simple_selector(q) for q in BODY_CONTAINERS)


@lru_cache(maxsize=8192)
def _container_queries(attrname: str, value: str) -> tuple[int, ...]:
    """Which BODY_CONTAINERS queries an id or class value satisfies (by index)."""
    hits = []
    tokens = value.split() if attrname == "class" else []
    for i, sel in enumerate(_parsed_containers()):
        if sel is None:
            continue
        kind, wanted = sel
        if (
            (kind == "id" and attrname == "id" and value == wanted)
            or (kind == "id^" and attrname == "id" and value.startswith(wanted))
            or (kind == "class" and wanted in tokens)
        ):
            hits.append(i)
    return tuple(hits)


@lru_cache(maxsize=8192)
def _may_be_container(value: str) -> bool:
    """Whether an id or class value satisfies some BODY_CONTAINERS query, as either."""
    return bool(_container_queries("id", value) or _container_queries("class", value))


def known_containers(
    root: lxml_html.HtmlElement, attributes: list[Any] | None = None
) -> list[list[lxml_html.HtmlElement]]:
    """Matches of each BODY_CONTAINERS query, in vocabulary order, each list in page order.

    Simple queries (tag, #id, .class, [id^=…]) are answered from the id/class attribute
    nodes, one cached verdict per distinct value; anything else is run as a selector. The
    nodes may be `drop_furniture`'s, taken before it dropped regions: a match that is no
    longer in the page is left out."""
    parsed = _parsed_containers()
    found: list[list[lxml_html.HtmlElement]] = [[] for _ in parsed]
    checked = attributes is not None
    nodes = attribute_nodes(_IDS_AND_CLASSES, root) if attributes is None else attributes
    wanted = {value for value in set(nodes) if _may_be_container(value)}
    for attr in nodes:
        if attr in wanted:
            el = attr.getparent()
            if el is not None and (not checked or _in_tree(el, root)):
                for i in _container_queries(attr.attrname, str(attr)):
                    found[i].append(el)
    by_tag: dict[str, list[int]] = {}  # the tag queries (`article`, `ucapcontent`)
    for i, (query, sel) in enumerate(zip(BODY_CONTAINERS, parsed, strict=True)):
        if sel is None:
            found[i] = _select(root, query)
        elif sel[0] == "tag":
            by_tag.setdefault(sel[1], []).append(i)
    if by_tag:  # one walk of the tree answers them all (a walk a tag: ~5k instructions more)
        for el in root.iter(*by_tag):
            tag: str = el.tag  # typed (elements found by tag): a compiled dict look-up
            for i in by_tag[tag]:
                found[i].append(el)
    return found


def _in_tree(el: lxml_html.HtmlElement, root: lxml_html.HtmlElement) -> bool:
    """Whether `el` is `root` or below it (not in a region dropped since)."""
    return el is root or any(ancestor is root for ancestor in el.iterancestors())


def drop_contents_list(container: lxml_html.HtmlElement) -> None:
    """A table of contents inside the text's container (an editor's 目录 plugin: a list of
    links to the text's own headings, `href="#mulu1"`) repeats the headings: it goes, with
    the box around it when the box says no more than its caption (`目录`, `收起`)."""
    lists = {
        id(holder): holder
        for a in container.iter("a")
        if _in_page(a.get("href")) and (holder := _list_of(a, container)) is not None
    }
    for holder in lists.values():
        links = list(holder.iter("a"))
        if len(links) < _MIN_CONTENTS_LINKS or not all(_in_page(a.get("href")) for a in links):
            continue
        _drop(_captioned(holder, container))


def _captioned(
    holder: lxml_html.HtmlElement, container: lxml_html.HtmlElement
) -> lxml_html.HtmlElement:
    """The list, or the box around it when the box adds no more than a caption."""
    box = holder.getparent()
    if box is None or box is container:
        return holder
    rest = wide_count(text_content(box)) - wide_count(text_content(holder))
    return box if rest <= _CONTENTS_CAPTION else holder


def _in_page(href: str | None) -> bool:
    return href is not None and len(href) > 1 and href[0] == "#"


def _list_of(
    link: lxml_html.HtmlElement, container: lxml_html.HtmlElement
) -> lxml_html.HtmlElement | None:
    """The list (`<ul>`, `<ol>`, `<dl>`) a link is an item of, inside the container."""
    for ancestor in link.iterancestors():
        if ancestor is container:
            return None
        if ancestor.tag in ("ul", "ol", "dl"):
            return ancestor
    return None


# A table of contents lists at least this many headings; its box's caption is this short.
_MIN_CONTENTS_LINKS: Final = 3
_CONTENTS_CAPTION: Final = 8


def cells_on_one_line(container: lxml_html.HtmlElement) -> None:
    """A table pasted from Word holds each cell's text in `<p>`s (`<td><p>序号</p></td>`),
    which would put every cell on a line of its own: a data row's paragraphs and breaks are
    joined on its line. A cell alone in its row (a signature, a layout), a long one (the
    text itself) or one holding a table keeps its lines, and so does a row of labels
    stacked a line each beside their values (`索引号：<br>发布机构：`)."""
    for row in container.iter("tr"):
        cells = list(row.iterchildren("td", "th"))
        if len(cells) < 2:
            continue
        if not any(len(cell) for cell in cells):  # most rows: plain cells
            _unwrap_source_lines(row, cells)
            continue
        if sum(1 for cell in cells if text_content(cell).strip(BLANKS)) < 2:
            continue  # a signature beside an empty layout cell: its lines stay
        parts = [list(cell.iterdescendants(*_CELL_PARAGRAPHS)) for cell in cells]
        if not all(map(_data_cell, cells, parts)):
            continue
        _unwrap_source_lines(row, cells)
        for el in (el for cell_parts in parts for el in cell_parts):
            el.tail = " " + _unwrapped(el.tail)
            if el.tag == "br":
                el.drop_tag()
            else:
                el.tag = _CELL_PART  # an inline element no stylesheet template matches


def _unwrap_source_lines(row: lxml_html.HtmlElement, cells: list[lxml_html.HtmlElement]) -> None:
    """The source's line breaks between a row's cells (`<td>…</td>\n  <td>`) and around a
    cell's paragraph are markup layout a browser shows as nothing: left as they are, each
    cell of a row would be a line of its own."""
    if _source_line(row.text):
        row.text = " "
    for cell in cells:
        if _source_line(cell.tail):
            cell.tail = " "
        if len(cell) and _source_line(cell.text):
            cell.text = " "


def _source_line(text: str | None) -> bool:
    """Whether the text is blank and holds a line break: markup layout, a space to a reader."""
    return text is not None and "\n" in text and text.isspace()


def _unwrapped(text: str | None) -> str:
    return " " if _source_line(text) else text or ""


def _data_cell(cell: lxml_html.HtmlElement, parts: list[lxml_html.HtmlElement]) -> bool:
    if not parts:
        return True
    if any(el.tag == "table" for el in parts):
        return False
    text = text_content(cell)
    return len(text) <= _MAX_DATA_CELL and not (len(parts) > 1 and ("：" in text or ":" in text))


# What breaks a cell's text into lines (a nested table marks a layout cell).
_CELL_PARAGRAPHS: Final = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table")
_CELL_PART: Final = "lawreports-cell"
# A data cell's text is short; a layout cell holding the report is not.
_MAX_DATA_CELL: Final = 150


def find_container(
    root: lxml_html.HtmlElement,
    site_selector: str | None = None,
    attributes: list[Any] | None = None,
    marked: lxml_html.HtmlElement | None = None,
) -> tuple[lxml_html.HtmlElement | None, str]:
    """The body container and its tier; `attributes` are `drop_furniture`'s and `marked`
    the region between body comment markers (`wrap_marked_region`), if at hand."""
    if site_selector:
        found = _select(root, site_selector)
        if found:
            return max(found, key=_text_cjk), "site"
    if marked is not None:
        return marked, "markers"
    for matches in known_containers(root, attributes):
        if len(matches) == 1:  # the usual match: whether it holds text is all that counts
            if _holds_text(matches[0]):
                return _with_adjoining(matches[0], matches), "cms"
            continue
        sized = [(_text_cjk(el), i) for i, el in enumerate(matches)]
        big = [(size, -i) for size, i in sized if size >= MIN_CONTAINER_CJK]
        if big:  # the largest; the first of equals
            return _with_adjoining(matches[-max(big)[1]], matches), "cms"
    dense = _density_container(root)
    return dense, "density"


def _holds_text(el: lxml_html.HtmlElement) -> bool:
    """Whether the element's text reaches MIN_CONTAINER_CJK, read a text node at a time up to
    there: a report's container passes in its first lines. A lone match needs no size to be
    ranked by, and reading its whole text for one cost about 180k instructions a page."""
    seen = 0
    for text in el.itertext():
        seen += wide_count(text)
        if seen >= MIN_CONTAINER_CJK:
            return True
    return False


def _with_adjoining(chosen: lxml_html.HtmlElement, matches: list[Any]) -> lxml_html.HtmlElement:
    """The chosen editor block, or one wrapper around it and what belongs to its text beside
    it: the matches of the same query next to it (siblings with nothing but empty elements
    between: a text pasted into the editor in two parts) and a signature block right after."""
    if chosen.getparent() is None:
        return chosen
    first = last = chosen
    if len(matches) > 1:
        first, last = _adjoining_matches(chosen, {id(el) for el in matches})
    signature = _signature_after(last)
    if signature is not None:
        last = signature
    if first is last:
        return chosen
    run = [first]
    for el in first.itersiblings():
        run.append(el)
        if el is last:
            break
    wrapper = lxml_html.Element("div")
    wrapper.tail, last.tail = last.tail, None
    first.addprevious(wrapper)
    wrapper.extend(run)  # each moves with its tail
    return wrapper


def _adjoining_matches(
    chosen: lxml_html.HtmlElement, ours: set[int]
) -> tuple[lxml_html.HtmlElement, lxml_html.HtmlElement]:
    """The first and last of the run of matches around the chosen one."""
    first = last = chosen
    for el in chosen.itersiblings(preceding=True):
        if _holds_text_between(el, ours):
            break
        if id(el) in ours:
            first = el
    before = chosen
    for el in chosen.itersiblings():
        if before.tail is not None and before.tail.strip(BLANKS):
            break
        if id(el) in ours:
            last = el
        elif _has_text(el):
            break
        before = el
    return first, last


def _signature_after(block: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The block right after the editor's when it is the text's signature alone (`<div
    class="luokuan"><p>某县人民政府</p><p>2024年3月25日</p></div>`): a name or two and one
    date, nothing else (a date alone may be the page's own)."""
    if block.tail is not None and block.tail.strip(BLANKS):
        return None
    after = block.getnext()
    if after is None or not isinstance(after.tag, str) or after.tag not in _SIGNATURE_TAGS:
        return None
    text = text_content(after)
    if len(text) > _MAX_SIGNATURE_CHARS or "日" not in text:  # a signature's date ends in 日
        return None
    lines = plain_lines(flat_text(after))
    if len(lines) == 1 and _SIGNED_LINE.fullmatch(lines[0]):  # `某县人民政府　2024年3月25日`
        return after
    dates = sum(1 for line in lines if _SIGNATURE_DATE.fullmatch(line))
    names = sum(1 for line in lines if _SIGNATURE_NAME.fullmatch(line))
    return (
        after if len(lines) <= 3 and dates == 1 and names and dates + names == len(lines) else None
    )


_SIGNATURE_TAGS = frozenset({"div", "p", "table"})
_MAX_SIGNATURE_CHARS: Final = 200
_SIGNATURE_DATE: Final = re.compile(r"[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?")
_SIGNATURE_NAME: Final = re.compile(rf"[{HAN}（）()]{{2,30}}")
_SIGNED_LINE: Final = re.compile(rf"{_SIGNATURE_NAME.pattern}\s*{_SIGNATURE_DATE.pattern}")


def _has_text(el: lxml_html.HtmlElement) -> bool:
    return not isinstance(el.tag, str) or bool(text_content(el).strip(BLANKS))


def _holds_text_between(el: lxml_html.HtmlElement, matches: set[int]) -> bool:
    """Whether the sibling breaks a run of editor blocks: text of its own, or after it."""
    if el.tail is not None and el.tail.strip(BLANKS):
        return True
    return id(el) not in matches and _has_text(el)


def _metadata_block_lines(
    el: lxml_html.HtmlElement, *, bare_labels: bool = False
) -> list[str] | None:
    """The element's lines when it is a 信息公开 block: labels of two fields with their values
    (or a labels row over values); a report's own table headed `序号 时间 来源` has the labels
    but no label values. None for any other element."""
    flat = flat_text(el, bare_labels=bare_labels)
    text = "\n".join(cell_lines(flat))
    if wide_count(text) >= _METADATA_MAX_CJK:
        return None
    hits = label_hits(text)
    if len({h.field for h in hits}) < 2 or _holds_sentences(text, hits):
        return None
    if len(parse_label_text(text, hits)) >= 2 or has_label_row(text, hits):
        return plain_lines(flat)
    return None


# A line led by a short label of its own (`内容概述：…。`): a field of the block, even when the
# vocabulary does not know the label.
_LABELLED_LINE: Final = re.compile(r"^[^\s:：。，,]{1,8}[:：]")


def _holds_sentences(text: str, hits: list[LabelHit]) -> bool:
    """Whether some line of the text is a sentence with no label on it and in no table cell:
    report text (a short report whose info line sits in its own wrapper), not a 信息公开 block
    of labels and values (whose 内容概述 may be a sentence, but labelled)."""
    labelled = {text.count("\n", 0, h.start) for h in hits}
    return any(
        "。" in line and "\t" not in line and i not in labelled and not _LABELLED_LINE.match(line)
        for i, line in enumerate(text.split("\n"))
    )


def drop_metadata_blocks(
    container: lxml_html.HtmlElement,
    labels: dict[str, str] | None = None,
    *,
    bare_labels: bool = False,
) -> list[list[str]] | None:
    """Drop the 信息公开 blocks inside the body container.

    `labels` (label → field) are the labels known to be in the container's text: a block
    must hold two of different fields, which rules out most elements by substring tests
    before any of them is flattened and parsed. A block inside one dropped is passed over
    (out of the page with it, it was flattened and parsed for nothing: 4 of the 36 blocks
    parsed on the 90 benchmark pages), and only a block that would be parsed is looked up
    the tree for it (a walk up costs about 10k instructions, as much as counting a block's
    descendants to skip them).

    Returns the lines of each block dropped, in page order, when dropping them took exactly
    those lines out of the container's lines; None when it may have changed others (a text
    after a block moves to the text before it, two lines may meet where it was), and the
    container must be read again."""
    removed: list[list[str]] | None = []
    dropped = False
    for el in list(container.iter("table", "dl", "ul", "div")):
        if el is container or el.getparent() is None:
            continue
        text = text_content(el)
        if _wide_at_least(text, _METADATA_MAX_CJK):
            continue
        if labels is not None:
            squeezed = remove_spaces(text)
            if len({fld for label, fld in labels.items() if label in squeezed}) < 2:
                continue
        if dropped and not _in_tree(el, container):
            continue  # inside a block dropped before: gone with it
        lines = _metadata_block_lines(el, bare_labels=bare_labels)
        if lines is None:
            continue
        if removed is not None:
            removed = [*removed, lines] if _whole_lines(el, container) else None
        _drop(el)
        dropped = True
    return removed


def _wide_at_least(text: str, size: int) -> bool:
    """`wide_count(text) >= size`, settled by the text's start when it can be: the wrappers
    around a report's text hold all of it, and counting it whole (an encode of every
    character) cost each of them more than reading it."""
    if len(text) < size:
        return False
    head = 2 * size
    return (len(text) > head and wide_count(text[:head]) >= size) or wide_count(text) >= size


# Elements whose flat text starts and ends a line (`_flattener`).
_LINE_BREAKERS: Final = BLOCK_TAGS | {"br"}


def _whole_lines(el: lxml_html.HtmlElement, container: lxml_html.HtmlElement) -> bool:
    """Whether dropping the block leaves every other line of the container as it was: no text
    after it (`_drop` would move that), and a line break on one side of it once it is gone,
    so the lines before and after it do not meet. The container's text starts and ends a
    line whatever its tag."""
    tail = el.tail
    if tail and not tail.isspace():
        return False
    parent = el.getparent()
    if parent is None:
        return False
    edge = parent is container or parent.tag in BLOCK_TAGS
    after, before = el.getnext(), el.getprevious()
    if (after is None and edge) or (after is not None and after.tag in _LINE_BREAKERS):
        return True
    if before is None:
        return edge and not (parent.text or "").strip()
    return before.tag in _LINE_BREAKERS and not (before.tail or "").strip()


def _without_runs(lines: list[str], runs: list[list[str]]) -> list[str] | None:
    """The lines with each run taken out where it is found, in order; None when a run is
    found more than once (which one was the block's is not known) or not at all."""
    out = lines
    for run in runs:
        if not run:
            continue
        size = len(run)
        found = [
            i for i in range(len(out) - size + 1) if out[i] == run[0] and out[i : i + size] == run
        ]
        if len(found) != 1:
            return None
        out = out[: found[0]] + out[found[0] + size :]
    return out


def _dated_source(line: str) -> bool:
    """`2024-03-12 安平县司法局`: a date, then an organisation's name."""
    dated = DATE_NAME_LINE.match(line)
    return dated is not None and dated["name"].endswith(ORG_NAME_ENDINGS)


@lru_cache(maxsize=1)
def _head_meta() -> re.Pattern[str]:
    """A line of article metadata above the text, or one led by the bare date, bracketed or
    not, with a labelled field after it (`2024-03-12 来源：…`, `[ 2024-03-12 ] 来源：…`; not
    `2024年3月12日，区政府发布…`); the words in either script (a 繁體 gateway prints 來源)."""
    words = "|".join(r for w in HEAD_META_WORDS for r in script_readings(w))
    dated = "|".join(r for w in DATED_HEAD_LABELS for r in script_readings(w))
    return re.compile(
        r"^(?:[\[【]?(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?"
        rf"[\]】]?(?=(?:{dated})[:：]))?[\[【]?(?:{words})"
    )


# A repost's lead-in above the text it quotes (`近日，《…报告》正式公布，现将全文刊发如下：`).
_PREFACE: Final = re.compile(r"《(?P<title>[^《》]{6,80})》[^《》。]{0,40}(?:如下|全文)[:：。]?")


def _editors_preface(line: str, key: str) -> bool:
    """Whether the line (spaces removed) introduces the text under the page's own title."""
    if not key or len(line) > len(key) + _PREFACE_MAX_EXTRA or "《" not in line:
        return False
    quoted = _PREFACE.search(line)
    return quoted is not None and quoted.end() == len(line) and _similar(quoted["title"], key)


# Characters a lead-in has beside the title it quotes.
_PREFACE_MAX_EXTRA: Final = 60


def _repeats_title(lines: list[str], key: str) -> int:
    """How many leading lines restate the title (a title is often split over two lines): the
    lines that spell it exactly, else the fewest that read as it."""
    if not key:
        return 0
    joined = ""
    for n, line in enumerate(lines[:3], start=1):
        joined += remove_spaces(line)
        if joined == key:
            return n
        if not key.startswith(joined):
            break
    for n in (1, 2, 3):
        if len(lines) < n:
            break
        joined = remove_spaces("".join(lines[:n]))
        if len(joined) > len(key) * 1.3:
            break
        if joined == key or _similar(joined, key):
            return n
    return 0


def _similar(a: str, b: str, threshold: float = 0.85) -> bool:
    """Whether the two read as one title with a few characters changed (`…建设的报告` /
    `…建设情况的报告`): SequenceMatcher's ratio, settled by cheap bounds when they can. Too
    different in length, or too few characters of each found in the other, says no; a
    shared start and end that long already says yes; only the cases between build a matcher
    (about 50 µs on a title)."""
    total = len(a) + len(b)
    if 2 * min(len(a), len(b)) < threshold * total:
        return False
    start = _shared_start(a, b)
    if 2 * (start + _shared_start(a[start:][::-1], b[start:][::-1])) >= threshold * total:
        return True
    in_a, in_b = set(a), set(b)
    found = min(sum(ch in in_b for ch in a), sum(ch in in_a for ch in b))
    if 2 * found < threshold * total:
        return False
    matcher = SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold


def _shared_start(a: str, b: str) -> int:
    """How many leading characters the two strings share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


# Lines above the title a region may carry (the site's name, the column's, a crumb): at most
# this many, each short and no sentence.
_ABOVE_TITLE_LINES: Final = 8
_ABOVE_TITLE_CJK: Final = 40


def _lines_above_title(lines: list[str], key: str) -> tuple[int, int | None]:
    """How many leading lines stand above the repeated title: the report starts under its
    title, so what a region holds above it (`安平县人民政府`, `热点新闻`) is not its text. With
    them, how many lines restate the title right under them, when that was read on the way
    (None when not): `trim_head` then need not read it again."""
    if not key:
        return 0, 0
    for i, line in enumerate(lines[: _ABOVE_TITLE_LINES + 1]):
        if i:
            repeated = _repeats_title(lines[i:], key)
            if repeated:
                return i, repeated
        if "。" in line or cjk_count(line) >= _ABOVE_TITLE_CJK:
            return 0, 0 if i else None  # report text
        if not i:
            repeated = _repeats_title(lines, key)
            if repeated:
                return 0, repeated  # the title first, the usual case: one look
    return 0, 0


def trim_head(lines: list[str], title: str | None) -> list[str]:
    """Drop the repeated title, what stands above it and the `发布时间 …【字体】` lines above
    the first paragraph."""
    key = remove_spaces(title or "")
    out = list(lines)
    above, known = _lines_above_title(out, key)
    del out[:above]
    while out:
        first = remove_spaces(out[0])
        repeated = _repeats_title(out, key) if known is None else known
        known = None
        if repeated or _editors_preface(first, key):
            del out[: repeated or 1]
            continue
        if (
            (_head_meta().match(first) and cjk_count(first) < 60 and "。" not in first)
            or BARE_DATE_LINE.match(first)
            or (first.endswith("号") and DOC_NO_LINE.fullmatch(first))
            or NAME_DATE_LINE.match(first)
            or _dated_source(first)
        ):
            out.pop(0)
            continue
        hits = label_hits(out[0])
        fields = len({h.field for h in hits})
        if (fields >= 2 and cjk_count(first) < 120) or (
            fields == 1 and _label_line(out[0], hits, _ONE_FIELD_LINE_CJK)
        ):
            out.pop(0)
            continue
        break
    return out


# A line of one 信息公开 field above the text (`索引号：…`, `文号：安政〔2024〕5号`) is short.
_ONE_FIELD_LINE_CJK: Final = 40


def _label_line(line: str, hits: list[LabelHit], max_cjk: int) -> bool:
    """The line is labels with their values, nothing else: it starts with a label, holds no
    sentence (`索引号：2023年起，全县…` is report text) and is shorter than `max_cjk`."""
    return (
        bool(hits)
        and hits[0].start <= 1
        and "。" not in line
        and "，" not in line
        and cjk_count(line) < max_cjk
    )


# The fields an article's info line prints (`发布时间：… 来源：…`, `作者：… 浏览次数：…`): when a
# line of only these closes the text, it is that line printed under the text, not the report's.
_INFO_LINE_FIELDS: Final = frozenset(
    {"publisher", "publish_date", "author", "views", "font", "keywords"}
)
# A line of one such field (`来源：县司法局`) is short; with two or more, a line of labels and
# their values is up to this long.
_INFO_LINE_CJK: Final = (30, 120)


def trim_tail(lines: list[str]) -> list[str]:
    """Drop the info line (`发布时间：2024-03-05 来源：县司法局`) printed under the text: a
    last line that starts with a label and holds only labels of an article's info line with
    their values. The report's own closing lines (its signature, its date, `（此件公开发布）`)
    have no label and stay."""
    out = list(lines)
    while out and "。" not in out[-1]:  # most reports end on a sentence: no labels read
        hits = label_hits(out[-1])
        fields = {h.field for h in hits}
        if not fields <= _INFO_LINE_FIELDS or not _label_line(
            out[-1], hits, _INFO_LINE_CJK[len(fields) > 1]
        ):
            break
        out.pop()
    return out


@dataclass(frozen=True)
class PageText:
    """The page flattened once: the text metadata labels are read from (cells as tabs), and
    the body container's own lines and their place in that text when it was marked."""

    text: str
    body_lines: list[str] | None = None
    body_start: int = 0
    body_end: int = 0
    bare_labels: bool = False  # flattened knowing labels printed without a colon


def page_text(
    root: lxml_html.HtmlElement,
    container: lxml_html.HtmlElement | None,
    *,
    bare_labels: bool = False,
) -> PageText:
    """One libxslt pass over the page gives both the metadata text and the body's lines."""
    in_page = container is not None and container.getroottree().getroot() is root
    cut = flat_text_around(root, container, bare_labels=bare_labels) if in_page else None
    if cut is None:
        lines = element_lines(root, keep_cells=True, bare_labels=bare_labels)
        return PageText("\n".join(lines), bare_labels=bare_labels)
    before, after = cell_lines(cut[0]), cell_lines(cut[2])
    # A body with label holders: its lines are its plain lines, split along with its cell
    # lines. Without holders a body line is its cell line with the tabs made spaces (most
    # bodies have no cells: their cell lines are the body lines, not split again from `body`).
    plain = None
    if LABEL_EDGE in cut[1]:
        middle, plain = cell_and_plain_lines(cut[1])
    else:
        middle = cell_lines(cut[1])
    head = "\n".join(before)
    body = "\n".join(middle)
    start = len(head) + 1 if head else 0
    text = "\n".join(part for part in (head, body, "\n".join(after)) if part)
    if plain is not None:
        body_lines = plain
    elif "\t" in body:
        body_lines = [line.replace("\t", " ") for line in middle]
    else:
        body_lines = middle
    return PageText(text, body_lines if body else [], start, start + len(body), bare_labels)


def body_from(
    container: lxml_html.HtmlElement | None,
    tier: str,
    page: PageText,
    hits: list[LabelHit],
    title: str | None,
) -> BodyResult:
    """The container's paragraphs without a 信息公开 block inside it or the repeated title."""
    if container is None:
        return BodyResult([], "none")
    labels: dict[str, str] | None = None
    if page.body_lines is not None:
        lines = page.body_lines
        labels = {h.label: h.field for h in hits if page.body_start <= h.start < page.body_end}
        has_metadata = len(set(labels.values())) >= 2
    else:  # the container is not part of the page tree (parsed from comment markers)
        lines = element_lines(container)
        has_metadata = _has_metadata(lines)
    if has_metadata:  # most portals print the 信息公开 block outside the body
        removed = drop_metadata_blocks(container, labels, bare_labels=page.bare_labels)
        kept = _without_runs(lines, removed) if removed is not None else None
        lines = element_lines(container) if kept is None else kept
    return BodyResult(_once(trim_tail(trim_head(lines, title))), tier)


def _once(lines: list[str]) -> list[str]:
    """The text once when the region holds it twice over (a template's desktop and mobile
    copies, or a print copy hidden by a class): a report never repeats itself whole."""
    half, odd = divmod(len(lines), 2)
    return lines[:half] if half and not odd and lines[:half] == lines[half:] else lines


def _has_metadata(lines: list[str]) -> bool:
    """Labels of two fields somewhere in the text: a 信息公开 block may be inside."""
    return len({h.field for h in label_hits("\n".join(lines))}) >= 2


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
_DOCUMENT_VIEWERS: Final = frozenset({"iframe", "embed", "object"})

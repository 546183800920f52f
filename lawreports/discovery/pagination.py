"""Listing pagination schemes of the CMS families, each a named strategy.

A strategy looks at a listing page and returns the URLs of its other pages. Schemes that name
every page up front (TRS page count, VSB backwards numbering, a last-page link) are followed at
once, capped by the listing budget; the rest (下一页 links) page by page, and the spider stops a
listing at the first page that brings nothing new.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml.html import HtmlElement
from parsel import Selector

from lawreports.discovery.links import (
    IN_CALENDAR,
    clean_url,
    is_blocked,
    same_page_path,
)
from lawreports.discovery.queries import encoded_query, query_pairs
from lawreports.discovery.vocabulary import (
    BACK_PAGE_TEXT,
    DIRECTORY_INDEX_STEMS,
    HIDDEN_CURRENT_PAGE_FIELDS,
    HIDDEN_PAGE_COUNT_FIELDS,
    LAST_PAGE_TEXT,
    NEXT_PAGE_TEXT,
    PAGE_ARROW_TEXT,
    PAGE_COUNT_TEXT,
    PAGE_PARAMS,
    PAGE_SKIP_TEXT,
    PAGE_URL_PLACEHOLDERS,
    PAGER_IMAGE_WORDS,
    SCRIPT_PAGE_COUNT_KEYS,
    SCRIPT_PAGE_SIZE_KEYS,
    SCRIPT_RECORD_COUNT_KEYS,
)
from lawreports.extract.text import squash_spaces

Strategy = Callable[[str, str, Selector], list[str]]

# `createPageHTML(N, cur, "index", "html")`, and the variant of the 集约化 platforms that names the
# pager's container first and the record count last: `createPageHTML('page_div', N, cur,
# 'xlist', 'shtml', 44)`.
_TRS_CALL = re.compile(
    r"createPage(?:HTML)?\(\s*(?:[\"'][\w-]+[\"']\s*,\s*)?(?P<count>\w+)\s*,\s*(?P<cur>\w+)\s*,"
    r"\s*[\"'](?P<name>[^\"']+)[\"']\s*,\s*[\"'](?P<ext>\w+)[\"']"
)
_TRS_COUNT_VAR = re.compile(r"var\s+(?:countPage|pageCount|totalPage)\s*=\s*[\"']?(\d+)")
_TRS_OPTION = re.compile(r"""<option[^>]+value=["']?(index_\d+\.s?html?)""", re.I)
# TRS's pager written out by its template instead of a createPageHTML call: a `document.write`
# loop up to `var countPage = N` that builds each page's file from pieces, `"index"+"_" + i +
# "."+"html"` (the same template pages an article: `"t20240312_123"+"_" + i …`).
_JOINED_LITERALS = re.compile(r"""(["'])\s*\+\s*\1""")
_TRS_INLINE_FILE = re.compile(
    r"""["'](?P<stem>[\w.-]+)_["']\s*\+\s*\w+\s*\+\s*["']\.(?P<ext>s?html?)\\?["']"""
)
_TRS_CURRENT_VAR = re.compile(r"var\s+currentPage\s*=\s*[\"']?(\d+)")
_NEXT = re.compile("|".join(NEXT_PAGE_TEXT), re.I)
_LAST = re.compile("|".join(LAST_PAGE_TEXT), re.I)
_ARROW = re.compile("|".join(PAGE_ARROW_TEXT))
_BACK = re.compile("|".join(BACK_PAGE_TEXT), re.I)
# What a pager's links say: a number, `...`, next, last, back, an arrow. A sidebar's
# `list_13.html` named 政策文件 is a column, even where its file is numbered like a page.
_PAGER_WORDS = (r"\d{1,5}", *PAGE_SKIP_TEXT, *NEXT_PAGE_TEXT, *LAST_PAGE_TEXT, *PAGE_ARROW_TEXT)
_PAGER_WORD = re.compile("|".join((*_PAGER_WORDS, *BACK_PAGE_TEXT)), re.I)
# `list_3.html`, `index-3.shtml`, `list.html`: a page file, its stem and page number.
_PAGE_FILE = re.compile(
    r"^(?P<dir>.*/)(?P<stem>[^/]*?)(?:[_-](?P<n>\d{1,5}))?(?P<ext>\.s?html?)$", re.I
)
_INDEX_STEM = re.compile(rf"^(?:{'|'.join(DIRECTORY_INDEX_STEMS)})$", re.I)
_PAGE_PARAM = re.compile(rf"^(?:{'|'.join(PAGE_PARAMS)})$", re.I)
_NUMBERED_FILE = re.compile(r"(?:[_/-])(\d+)\.s?html?$")
_VSB_PAGE = re.compile(r"/(\d+)\.htm$")
# The page number in a script pager's URL expression: a variable (`obj.curr`, `(page - 1)`), or
# what was typed into the pager's box (`document.getElementById('pageNo').value`, `$('#p').val()`).
_PAGE_EXPR = (
    r"""(?P<expr>\(?\s*[\w$.]+(?:\(\s*(?:["'][^"'()]*["']|[\w.]*)\s*\))?"""
    r"""(?:\.\w+(?:\(\s*\))?)*\s*(?:[-+]\s*1\s*)?\)?)"""
)
# `'index_' + obj.curr + '.html'`, `"list_" + (page - 1) + ".shtml"`: a page file built by script.
_SCRIPT_PAGE_FILE = re.compile(
    rf"""["'](?P<stem>[\w./-]*[_-])["']\s*\+\s*{_PAGE_EXPR}"""
    r"""\s*\+\s*["'](?P<ext>\.s?html?)["']"""
)

# `'index.html?uid=77&pageNum=' + page`: a page URL built by script from a page-number query key,
# and the rest of its query after the number (`'search?page=' + n + '&searchword=…'`).
_SCRIPT_PAGE_QUERY = re.compile(
    rf"""["'](?P<stem>[^"'\s<>]*[?&](?:{"|".join(PAGE_PARAMS)})=)["']\s*\+\s*{_PAGE_EXPR}"""
    r"""(?:\s*\+\s*["'](?P<tail>[^"'\s<>]*)["'])?""",
    re.I,
)
_PAGE_COUNT_TEXT = re.compile("|".join(f"(?:{p})" for p in PAGE_COUNT_TEXT))
_TAG = re.compile(r"<[^>]*>")


def _script_number(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"""\b(?:{"|".join(keys)})["']?\s*[:=]\s*["']?(\d+)""")


_SCRIPT_PAGES = _script_number(SCRIPT_PAGE_COUNT_KEYS)
_SCRIPT_RECORDS = _script_number(SCRIPT_RECORD_COUNT_KEYS)
_SCRIPT_SIZE = _script_number(SCRIPT_PAGE_SIZE_KEYS)
_SCRIPT_BLOCK = re.compile(r"<script\b[^>]*>(.*?)</script>", re.S | re.I)
_CALENDAR_LINKS = f"//a[@href][{IN_CALENDAR}]"
# A listing that claims more pages than this is a trap or a archive far older than any report.
MAX_PAGE_NUMBER = 2000


_HIDDEN_COUNT = re.compile(rf"^(?:{'|'.join(HIDDEN_PAGE_COUNT_FIELDS)})$")
_HIDDEN_CURRENT = re.compile(rf"^(?:{'|'.join(HIDDEN_CURRENT_PAGE_FIELDS)})$")
_PLACEHOLDER = re.compile("|".join(PAGE_URL_PLACEHOLDERS), re.I)
# A URL template, not a date format (`%Y-%m-%d`) or a sentence: a path or query, or a file.
_URL_TEMPLATE = re.compile(r"^[^\s\"'<>]+$")
_URL_SHAPE = re.compile(r"[/?]|\.[A-Za-z]{2,5}$")
_IMAGE_WORDS = tuple(
    (re.compile(rf"(?:^|_)(?:{pattern})(?:$|_)"), word) for pattern, word in PAGER_IMAGE_WORDS
)


def _text(a: HtmlElement) -> str:
    """An anchor's words: its text, else its title, else its picture's alt or title."""
    text = squash_spaces(" ".join(a.itertext()))
    return text or squash_spaces(a.get("title") or "") or _image_alt(a)


def _image_alt(a: HtmlElement) -> str:
    for img in a.iter("img"):
        words = squash_spaces(img.get("alt") or img.get("title") or "")
        if words:
            return words
    return ""


def image_word(a: HtmlElement) -> str:
    """What a pager button drawn as a picture without words says by its file name
    (`next.gif`, `btn_xyy.png`, `pageLast2.gif` → 下一页, 尾页), or ""."""
    for img in a.iter("img"):
        name = urlsplit((img.get("src") or "").strip()).path.rsplit("/", 1)[-1]
        stem = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name.rsplit(".", 1)[0])
        stem = re.sub(r"[\W\d_-]+", "_", stem).lower()
        for pattern, word in _IMAGE_WORDS:
            if pattern.search(stem):
                return word
    return ""


def _pager_text(a: HtmlElement, href: str, url: str) -> str:
    """An anchor's words as a pager reads them. A picture button's file name speaks only for
    a link to a page of this listing: a slideshow's `next.png` is no pager."""
    text = _text(a)
    if text or page_position(href, url) is None:
        return text
    return image_word(a)


def _is_bare_picture(a: HtmlElement) -> bool:
    """A link that is only a picture, saying nothing a pager word could match."""
    return not _text(a) and next(a.iter("img"), None) is not None


def _href(a: HtmlElement, url: str) -> str | None:
    href: str = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript")):
        return None
    return urljoin(url, href)


def trs_wcm(html_text: str, url: str, sel: Selector) -> list[str]:
    """TRS WCM `createPageHTML(N, cur, "index", "html")` → index_1.html … index_{N-1}.html, and
    index.html from a page past the first (cur > 0). A pager whose bare first page says it is
    page 1 numbers its pages from 1: `xlist.shtml`, then `xlist_2.shtml` … `xlist_N.shtml`
    (see `_trs_numbering`)."""
    match = _TRS_CALL.search(html_text)
    if not match:
        inline = trs_inline_pager(html_text)
        if inline is not None and inline.count > 1:
            pages = inline.pages(url)
            if inline.current > 0:  # entered past the first page: the first is behind it
                pages.insert(0, urljoin(url, f"{inline.stem}.{inline.ext}"))
            return pages
        return [urljoin(url, m) for m in dict.fromkeys(_TRS_OPTION.findall(html_text))]
    count_raw = match["count"]
    if count_raw.isdigit():
        count = int(count_raw)
    else:
        var = _TRS_COUNT_VAR.search(html_text)
        if not var:
            return []
        count = int(var.group(1))
    name, ext = match["name"], match["ext"]
    count = min(count, MAX_PAGE_NUMBER)
    first, last = _trs_numbering(url, match, count, html_text)
    pages = [urljoin(url, f"{name}_{i}.{ext}") for i in range(first, last + 1)]
    # A listing entered past its first page (a start URL pasted from page 2) has its first
    # page behind it: `index.html`, which the pager names only by script.
    current = match["cur"]
    on_bare_page = first == 2 and _is_bare_page(url, name, ext)
    if current.isdigit() and int(current) > 0 and not on_bare_page:
        pages.insert(0, urljoin(url, f"{name}.{ext}"))
    return pages


def _trs_numbering(url: str, call: re.Match[str], count: int, html_text: str) -> tuple[int, int]:
    """The numbers of the files after the bare one, first and last. TRS counts the bare page
    as page 0 (`name_1` … `name_{N-1}`); other platforms call it page 1 and number the rest
    `name_2` … `name_N`, which the call's current page says on the bare page (1, not 0) and
    on the last page (N). On a page `name_k` (k ≥ 2) that shows k, either may hold: only the
    files both name, and the bare page (named too) tells the rest."""
    name, ext, argument = call["name"], call["ext"], call["cur"]
    current = _trs_current_page(argument, html_text)
    if _is_bare_page(url, name, ext):
        return (2, count) if current == 1 else (1, count - 1)
    number = _page_number_of(url, name, ext)
    if not argument.isdigit() or number is None or number < 2 or current != number:
        return 1, count - 1
    return (2, count) if current >= count else (2, count - 1)


def _trs_current_page(argument: str, html_text: str) -> int | None:
    """The current page a TRS call passes: a number, or its `var currentPage = N`."""
    if argument.isdigit():
        return int(argument)
    var = _TRS_CURRENT_VAR.search(html_text)
    return int(var.group(1)) if var else None


def _page_number_of(url: str, name: str, ext: str) -> int | None:
    """k for the listing's file `name_k.ext`; None for any other URL."""
    file = urlsplit(url).path.rsplit("/", 1)[-1]
    numbered = re.fullmatch(rf"{re.escape(name)}_(\d{{1,5}})\.{re.escape(ext)}", file, re.I)
    return int(numbered.group(1)) if numbered else None


def _is_bare_page(url: str, name: str, ext: str) -> bool:
    """`url` is the listing's unnumbered page, `name.ext` (or its directory): the page TRS
    numbers 0 and other platforms number 1, as the pager's current page tells."""
    path = urlsplit(url).path
    return path.endswith("/") or path.rsplit("/", 1)[-1].lower() == f"{name}.{ext}".lower()


@dataclass(frozen=True)
class InlinePager:
    """A TRS pager written out inline: the file it numbers, its page count, the current page."""

    stem: str
    ext: str
    count: int
    current: int

    def pages(self, url: str, after: int = 0) -> list[str]:
        """The numbered pages past `after` (page 0 is the bare file, page n is `stem_n`)."""
        last = min(self.count, MAX_PAGE_NUMBER)
        return [
            urljoin(url, f"{self.stem}_{n}.{self.ext}") for n in range(max(after, 0) + 1, last)
        ]


def trs_inline_pager(html_text: str) -> InlinePager | None:
    """The TRS pager its template writes out by `document.write`, if the page has one."""
    if "countPage" not in html_text:
        return None
    count = _TRS_COUNT_VAR.search(html_text)
    if count is None:
        return None
    built = _TRS_INLINE_FILE.search(_JOINED_LITERALS.sub("", html_text))
    if built is None:
        return None
    current = _TRS_CURRENT_VAR.search(html_text)
    return InlinePager(
        built["stem"], built["ext"], int(count.group(1)), int(current.group(1)) if current else 0
    )


def _script_page_count(script: str) -> int | None:
    pages = _SCRIPT_PAGES.search(script)
    if pages:
        return int(pages.group(1))
    records, size = _SCRIPT_RECORDS.search(script), _SCRIPT_SIZE.search(script)
    if records and size and int(size.group(1)) > 0:
        return -(-int(records.group(1)) // int(size.group(1)))
    return None


def text_page_count(html_text: str) -> int | None:
    """The page count a pager states in its text (`第1页/共5页`, `页次：1/3页`), tags and all
    (`页次：<font color=red>1</font>/3页`)."""
    for match in _PAGE_COUNT_TEXT.finditer(_TAG.sub("", html_text)):
        count = next(int(g) for g in match.groups() if g is not None)
        if count >= 1:
            return count
    return None


def script_pager(html_text: str, url: str, sel: Selector) -> list[str]:
    """A pager drawn by script (layui laypage, a hand-written `goPage`): its pages, by count,
    whether the script builds a page file (`'index_' + n + '.html'`) or a page-number query
    (`'index.html?uid=77&pageNum=' + n`, with the rest of the query after it: `'search?page='
    + n + '&searchword=…'`). A `goPage()` that only reads the number typed into
    the pager's box (`第1页/共5页 <input id="pageNo"> GO`) pages up to the count its text
    states."""
    if "+" not in html_text:
        return []
    for script in _SCRIPT_BLOCK.findall(html_text):
        template = _SCRIPT_PAGE_FILE.search(script) or _SCRIPT_PAGE_QUERY.search(script)
        if not template:
            continue
        count = _script_page_count(script) or text_page_count(html_text)
        if not count or count < 2:
            continue
        count = min(count, MAX_PAGE_NUMBER)
        # `page - 1` names the second page `_1`; a bare page number names it `_2`.
        shift = 1 if re.search(r"-\s*1", template["expr"]) else 0
        found = template.groupdict()
        stem, ext = template["stem"], found.get("ext") or found.get("tail") or ""
        return [urljoin(url, f"{stem}{i - shift}{ext}") for i in range(2, count + 1)]
    return []


def _hidden_number(sel: Selector, names: re.Pattern[str]) -> int | None:
    """The number in the first hidden field whose id or name is one of `names`."""
    for field_ in sel.root.xpath("//input[@value]"):
        if (field_.get("type") or "").strip().lower() != "hidden":
            continue
        keys = {re.sub(r"[_-]", "", field_.get(k) or "").lower() for k in ("id", "name")}
        value = (field_.get("value") or "").strip()
        if value.isdigit() and any(names.match(key) for key in keys):
            return int(value)
    return None


def page_url_template(sel: Selector) -> str | None:
    """A URL with a page-number placeholder that a field or a `data-*` attribute holds for a
    pager script to fill (`/xxgk/qtgk/index_{page}.html`, `list.jsp?pageNo=%d`)."""
    values = sel.root.xpath("//input/@value | //@*[starts-with(name(), 'data-')]")
    for raw in values:
        value = str(raw).strip()
        if _PLACEHOLDER.search(value) is None or _URL_TEMPLATE.match(value) is None:
            continue
        if value.lower().startswith("javascript") or not _URL_SHAPE.search(value):
            continue
        return value
    return None


def hidden_field_pager(html_text: str, url: str, sel: Selector) -> list[str]:
    """A pager a site-wide external script draws from hidden fields: the page count
    (`<input type="hidden" id="totalPage" value="7">`) and a URL template (`pageUrl` =
    `index_{page}.html`) → pages 2 … N. The page the template would name for the current page
    is not asked for: where the template does not give this URL, the bare URL is page 1. A
    current page of 0 numbers the pages from 0 (TRS): pages 1 … N-1."""
    if "hidden" not in html_text.lower():
        return []
    count = _hidden_number(sel, _HIDDEN_COUNT)
    if count is None or count < 2:
        return []
    template = page_url_template(sel)
    if template is None:
        return []
    first = 0 if _hidden_number(sel, _HIDDEN_CURRENT) == 0 else 1
    last = first + min(count, MAX_PAGE_NUMBER) - 1
    return [
        urljoin(url, _PLACEHOLDER.sub(str(n), template, count=1))
        for n in range(first + 1, last + 1)
    ]


def hidden_count_next_file(html_text: str, url: str, sel: Selector) -> list[str]:
    """Hidden fields with a page count and the current page but no URL template: the next
    page guessed by the page-file pattern of the CMSs (`index.html` → `index_2.html`, or
    `index_1.html` where the current page is 0; `list_3.htm` → `list_4.htm`). One page at a
    time, so a wrong guess costs one request."""
    if "hidden" not in html_text.lower() or page_url_template(sel) is not None:
        return []
    count, current = _hidden_number(sel, _HIDDEN_COUNT), _hidden_number(sel, _HIDDEN_CURRENT)
    if count is None or current is None:
        return []
    path = urlsplit(url).path
    file = _PAGE_FILE.match(path)
    if file is None or _INDEX_STEM.match(file["stem"]) is None:
        return []
    following = int(file["n"]) + 1 if file["n"] else current + 1
    # Numbered from 0 (current 0), the last page's file is count - 1.
    if following > (count - 1 if current == 0 else count):
        return []
    return [urljoin(url, f"{file['stem']}_{following}{file['ext']}")]


def vsb_backwards(html_text: str, url: str, sel: Selector) -> list[str]:
    """VSB 博达: `col.htm`, then `col/N-1.htm` … `col/1.htm` (the pager's 下页 and 尾页)."""
    nxt = sel.css("span.p_next a, .p_next a")
    last = sel.css("span.p_last a, .p_last a")
    if not nxt or not last:
        return []
    next_url, last_url = _href(nxt[0].root, url), _href(last[0].root, url)
    if not next_url or not last_url:
        return []
    n, end = _VSB_PAGE.search(next_url), _VSB_PAGE.search(last_url)
    if not n or not end or int(end.group(1)) > int(n.group(1)):
        return [next_url]
    base = next_url[: n.start()]
    high, low = int(n.group(1)), int(end.group(1))
    high = min(high, low + MAX_PAGE_NUMBER)
    return [f"{base}/{i}.htm" for i in range(high, low - 1, -1)]


def _query_pairs(query: str, without_page: bool = False) -> frozenset[tuple[str, str]]:
    pairs = query_pairs(query)
    return frozenset((k, v) for k, v in pairs if not (without_page and _PAGE_PARAM.match(k)))


def page_position(href: str, url: str) -> int | None:
    """Where `href` stands among the pages of the listing at `url`: the page number it names
    (`?page=3`, `list_3.html`, `index-3.shtml` → 3), 0 for the listing's bare URL (`list.html`,
    `list.jsp?cid=8`, `/zcwj/` for `/zcwj/index_2.html`); None when it is no page of that
    listing. Numbers are the URL's own (TRS's second page is `index_1.html`): compared with
    each other on one listing, never shown to anyone."""
    there, here = urlsplit(href), urlsplit(url)
    if there.netloc != here.netloc:
        return None
    param = _page_param(href)
    if param is not None:
        return param[1] if turns_page_of(href, url) else None
    if _query_pairs(there.query) != _query_pairs(here.query, without_page=True):
        return None
    file = _PAGE_FILE.match(there.path)
    if there.path == here.path:
        return int(file["n"]) if file and file["n"] else 0
    if file is None:
        return None
    own = _PAGE_FILE.match(here.path)
    if own is None:  # a directory URL: its index file
        same = here.path.endswith("/") and file["dir"] == here.path
        same = same and _INDEX_STEM.match(file["stem"]) is not None
    else:
        same = (own["dir"], own["stem"], own["ext"].lower()) == (
            file["dir"],
            file["stem"],
            file["ext"].lower(),
        )
    return (int(file["n"]) if file["n"] else 0) if same else None


@dataclass
class PagerReading:
    """What the page says about its listing's pages: the current page's position, the
    positions of the links to its other pages, and what each double arrow means here."""

    current: int
    positions: dict[str, int] = field(default_factory=dict)
    ahead: list[int] = field(default_factory=list)
    arrows: dict[str, str] = field(default_factory=dict)

    @property
    def next_position(self) -> int | None:
        return min(self.ahead) if self.ahead else None


def read_pager(url: str, sel: Selector) -> PagerReading:
    """Read the page's pager. A double arrow (`>>`, `»»`) whose target is the page after the
    current one is next (`上一页 1 2 [3] >>`); one whose target is the furthest page named is
    last (`< 2 [3] 4 > >>`), followed by no one: the pages between come through next. On the
    bare first URL, a link `1` names the current page (`?page=1` is its twin)."""
    calendar = set(sel.root.xpath(_CALENDAR_LINKS))
    links = []
    for a in sel.root.xpath("//a[@href]"):
        href = _href(a, url)
        if href is None or a in calendar:
            continue
        text = _pager_text(a, href, url)
        # A picture button whose name says nothing still turns this listing's page.
        if not _PAGER_WORD.fullmatch(text) and not (text == "" and _is_bare_picture(a)):
            continue
        position = page_position(href, url)
        if position is not None:
            links.append((href, text, position))
    current = page_position(url, url) or 0
    if current == 0:
        current = next((pos for _, text, pos in links if text == "1"), 0)
    reading = PagerReading(current, {href: pos for href, _, pos in links})
    reading.ahead = [pos for _, text, pos in links if pos > current and not _BACK.fullmatch(text)]
    arrows = [(href, pos) for href, text, pos in links if _ARROW.fullmatch(text)]
    for href, pos in arrows:
        if pos == reading.next_position:
            reading.arrows[href] = "next"
        elif reading.ahead and pos == max(reading.ahead):
            reading.arrows[href] = "last"
    return reading


def pager_urls(url: str, sel: Selector) -> set[str]:
    """The pager's links to this listing's own pages (back, forward, a last page not followed):
    never columns of their own."""
    return {clean_url(href) for href in read_pager(url, sel).positions}


def next_links(html_text: str, url: str, sel: Selector) -> list[str]:
    """Generic 下一页 / 下页 / next links (a picture named `next.gif` among them), a double
    arrow that is next on this pager, and a wordless picture button to the page after this."""
    out = []
    pager = read_pager(url, sel)
    for a in sel.root.xpath("//a[@href]"):
        href = _href(a, url)
        if href is None:
            continue
        text = _pager_text(a, href, url)
        wordless_next = (
            text == ""
            and pager.next_position is not None
            and pager.positions.get(href) == pager.next_position
        )
        if _NEXT.fullmatch(text) or pager.arrows.get(href) == "next" or wordless_next:
            out.append(href)
    return out


def _page_param(href: str) -> tuple[str, int] | None:
    for key, value in query_pairs(urlsplit(href).query):
        if _PAGE_PARAM.match(key) and value.isdigit():
            return key, int(value)
    return None


def page_number_links(html_text: str, url: str, sel: Selector) -> list[str]:
    """Numbered pager links ahead of this page (`?page=3`, `list_3.html`), and every page up to
    a 尾页 link (or a `>>` that is last here) from the page after this one."""
    out: list[str] = []
    in_calendar = set(sel.root.xpath(_CALENDAR_LINKS))
    pager = read_pager(url, sel)
    for a in sel.root.xpath("//a[@href]"):
        href = _href(a, url)
        if not href or a in in_calendar:
            continue
        text = _pager_text(a, href, url)
        number = text.isdigit() and int(text) <= MAX_PAGE_NUMBER
        param = _page_param(href)
        if param and (_LAST.fullmatch(text) or pager.arrows.get(href) == "last"):
            key, last = param
            last = min(last, MAX_PAGE_NUMBER)
            first = pager.next_position or 1
            out += [with_page_param(href, key, i) for i in range(first, last + 1)]
        elif number and pager.positions.get(href, pager.current + 1) <= pager.current:
            continue  # a page behind this one: read already
        elif number and (param or _NUMBERED_FILE.search(urlsplit(href).path)):
            out.append(href)
    return out


def _one_based(url: str, sel: Selector) -> bool:
    """The pager's link `2` says `page=2` (not `page=1`): its `page=1` is the first page."""
    for a in sel.root.xpath("//a[@href]"):
        text = _text(a)
        if text.isdigit() and text != "0":
            href = _href(a, url)
            param = _page_param(href) if href else None
            if param is not None:
                return param[1] == int(text)
    return False


def _names_first_page_of(href: str, url: str) -> bool:
    """`col?page=1` (or `index.html?uid=7&pageNum=1`) seen from `col`: the page itself under a
    second URL. Only for pagers whose link `2` says `page=2`; where the bare URL is page 0,
    `page=1` is the second page."""
    param = _page_param(href)
    return param is not None and param[1] == 1 and turns_page_of(href, url)


def turns_page_of(href: str, url: str) -> bool:
    """`href` is a page of the listing at `url`: the same path and query but for a page number.
    Such a link is the pager's to follow, never a column of its own."""
    param = _page_param(href)
    if param is None:
        return False
    page, here = urlsplit(href), urlsplit(url)
    if page.netloc != here.netloc or not same_page_path(page.path, here.path):
        return False
    rest = {(k, v) for k, v in query_pairs(page.query) if k != param[0] and v}
    here_rest = {(k, v) for k, v in query_pairs(here.query) if v and not _PAGE_PARAM.match(k)}
    return here_rest <= rest


def with_page_param(url: str, key: str, value: int) -> str:
    """The URL with its page number `key` set to `value`, its other pairs' bytes as written
    (a GBK search word stays GBK)."""
    parts = urlsplit(url)
    # Blank filters stay (`themeId=&keyword=`): the page is named as its pager names it.
    query = dict(query_pairs(parts.query))
    query[key] = str(value)
    return urlunsplit(parts._replace(query=encoded_query(query.items())))


STRATEGIES: dict[str, Strategy] = {
    "trs_wcm": trs_wcm,
    "vsb_backwards": vsb_backwards,
    "page_numbers": page_number_links,
    "script_pager": script_pager,
    "hidden_fields": hidden_field_pager,
    "next_link": next_links,
    "hidden_count_next": hidden_count_next_file,
}
# Strategies that name every page at once; the others reveal one page at a time.
ENUMERATING = frozenset(
    {"trs_wcm", "vsb_backwards", "page_numbers", "script_pager", "hidden_fields"}
)


def other_pages(
    html_text: str,
    url: str,
    sel: Selector | None = None,
    limit: int = 60,
    first_page: str | None = None,
) -> dict[str, list[str]]:
    """Strategy name → page URLs it found on this listing page (each URL under one name).

    `first_page`: the URL the listing was entered by (this page's, when not given); its
    `?page=1` twin is not another page.
    """
    sel = sel or Selector(text=html_text)
    found: dict[str, list[str]] = {}
    claimed = {clean_url(url)}
    first = first_page or url
    twin_of_first = _page_param(first) is None and _one_based(url, sel)
    for name, strategy in STRATEGIES.items():
        urls = []
        for raw in strategy(html_text, url, sel):
            page = clean_url(raw)
            if twin_of_first and _names_first_page_of(page, first):
                continue
            # A page of this very listing is never a calendar's (`…&year=2025&pageNo=2`).
            if page not in claimed and (not is_blocked(page) or turns_page_of(page, url)):
                claimed.add(page)
                urls.append(page)
        if urls:
            found[name] = urls[:limit]
    return found

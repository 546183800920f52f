"""An article split into pages by its editor (DedeCMS `{dede:pagebreak/}`, PHPCMS 分页符, TRS
`_1.html`): the pager under its text names its other pages, each the same article with a page
number. A report is whole only with every page's text, in order.

The pages are told from any other link by their URL alone: the article's own URL with a page
number in a query key (`view.php?aid=2466&pageno=2`, `index.php?…&id=345&page=2`) or after its
file name (`t20240301_123_1.html`, `show-12-345-2.html`, `123_2.html`), linked by a pager word
(a number, 下一页, 尾页). A listing's pager names other pages of the listing, never pages of the
article: this is only read on a page that is a report.

TRS templates often draw the pager by script instead, naming the article's own file in it: its
document pager (`var countPage = 2` … `"t20240312_123"+"_" + i + "."+"html"`) or
`createPageHTML(2, 0, "t20240312_123", "html")`; the pages are then the file's numbered
siblings, up to the count.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from lawreports.discovery.links import clean_url, page_identity, same_page_path
from lawreports.discovery.pagination import trs_inline_pager
from lawreports.discovery.rawhtml import document_base
from lawreports.discovery.vocabulary import (
    LAST_PAGE_TEXT,
    NEXT_PAGE_TEXT,
    PAGE_ARROW_TEXT,
    PAGE_PARAMS,
)
from lawreports.extract.text import squash_spaces
from lawreports.items import ReportItem

# Pages of one article read at most (the first among them): an editor splits a long report into
# a few; a page number past this is a trap or a listing.
MAX_ARTICLE_PAGES = 20
# Query keys naming an article's page: a listing's page keys, and Dede's `pageno`, `pg`.
_PAGE_KEYS = "|".join((*PAGE_PARAMS, r"pageno", r"pg", r"pagenum"))
_PAGE_KEY = re.compile(rf"^(?:{_PAGE_KEYS})$", re.I)
# What an article pager's links say: a number, next, last, a double arrow.
_PAGER_WORD = re.compile(
    "|".join(
        (r"\d{1,2}", r"第\s*\d{1,2}\s*页", *NEXT_PAGE_TEXT, *LAST_PAGE_TEXT, *PAGE_ARROW_TEXT)
    ),
    re.I,
)
_DIGITS = re.compile(r"\d{1,2}")
# A file name and the page number after it: `t20240301_123_1.html`, `show-12-345-2.html`.
_FILE = re.compile(r"^(?P<dir>.*/)(?P<stem>[^/]+?)(?P<ext>\.[a-z]{2,5})?$", re.I)
_NUMBERED_STEM = re.compile(r"^(?P<base>.+?)(?P<sep>[_-])(?P<n>\d{1,2})$")
# The raw HTML holds a link that may be one (a page key, a numbered name): else not parsed.
_MARKER = re.compile(rf"[?&;](?:{_PAGE_KEYS})=|[_-]\d{{1,2}}\.[a-z]", re.I)
# TRS's `createPageHTML(count, current, "name", "ext")` called with the article's own file name.
_PAGE_CALL = re.compile(
    r"createPageHTML\(\s*(?P<count>\d{1,2})\s*,\s*\d{1,2}\s*,\s*[\"'](?P<name>[^\"']+)[\"']"
)


def _page_in_query(href: str, own: str) -> int | None:
    """The page number a link to the article's own script and query names by a page key."""
    there, here = urlsplit(href), urlsplit(own)
    if not there.query or not same_page_path(there.path, here.path):
        return None
    pairs = parse_qsl(there.query, keep_blank_values=True)
    numbers = [int(v) for k, v in pairs if _PAGE_KEY.match(k) and v.isdigit()]
    if len(numbers) != 1:
        return None
    rest = {(k, v) for k, v in pairs if not _PAGE_KEY.match(k)}
    own_rest = {
        (k, v) for k, v in parse_qsl(here.query, keep_blank_values=True) if not _PAGE_KEY.match(k)
    }
    return numbers[0] if rest == own_rest and own_rest else None


def _page_in_name(href: str, own: str) -> int | None:
    """The page number a link to a sibling file names after the article's own name
    (`123.html` → `123_2.html`; `show-12-345-1.html` → `show-12-345-2.html`)."""
    there, here = urlsplit(href), urlsplit(own)
    if there.query != here.query:
        return None
    link, page = _FILE.match(there.path), _FILE.match(here.path)
    if link is None or page is None or (link["dir"], link["ext"]) != (page["dir"], page["ext"]):
        return None
    numbered = _NUMBERED_STEM.match(link["stem"])
    if numbered is None:
        return None
    if numbered["base"] == page["stem"]:
        return int(numbered["n"])
    own_numbered = _NUMBERED_STEM.match(page["stem"])
    if own_numbered is not None and (own_numbered["base"], own_numbered["sep"]) == (
        numbered["base"],
        numbered["sep"],
    ):
        return int(numbered["n"])
    return None


def page_number(url: str, article: str) -> int:
    """Where a page of the article stands: its page number, 0 for the article's bare URL."""
    if url == article:
        return 0
    found = _page_in_query(url, article)
    if found is None:
        found = _page_in_name(url, article)
    return found or 0


def other_article_pages(
    html_text: str, url: str, article: str | None = None, selector: Selector | None = None
) -> list[str]:
    """The article's pages this page's pager links to, after this page, in order (clean URLs,
    at most MAX_ARTICLE_PAGES). `article`: the URL of the article's first page (this page's,
    when not given). Empty when the page has no pager of its own article."""
    article = clean_url(article or url)
    here = clean_url(url)
    own = page_number(here, article)
    linked = (
        _linked_pages(html_text, url, article, own, selector=selector)
        if _MARKER.search(html_text) is not None
        else []
    )
    return linked or _scripted_pages(html_text, article, own)


def _linked_pages(
    html_text: str, url: str, article: str, own: int, *, selector: Selector | None
) -> list[str]:
    base = document_base(html_text, url)
    here = clean_url(url)
    found: dict[str, int] = {}
    one_based = False
    sel = selector if selector is not None else Selector(text=html_text)
    for a in sel.root.xpath("//a[@href]"):
        text = squash_spaces(" ".join(a.itertext()))
        if not text or not _PAGER_WORD.fullmatch(text):
            continue
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript")):
            continue
        try:
            link = clean_url(urljoin(base, href))
        except ValueError:
            continue
        if urlsplit(link).netloc != urlsplit(article).netloc:
            continue
        if page_identity(link) == page_identity(article):
            continue  # the first page, by its bare URL
        number = _page_in_query(link, article)
        if number is None:
            number = _page_in_name(link, article)
        if number is None or number > MAX_ARTICLE_PAGES * 5:
            continue
        digits = _DIGITS.search(text)
        if digits is not None and int(digits.group()) == number:
            one_based = True  # `pageno=2` says 2: `pageno=1` is the first page
        found[link] = number
    # Where page numbers count from one, the link numbered 1 is the first page again.
    first = 1 if one_based else 0
    after = sorted(
        (n, u) for u, n in found.items() if n > own and n > first and page_identity(u) != here
    )
    pages = list(dict.fromkeys(u for _, u in after))
    return pages[: MAX_ARTICLE_PAGES - 1]


def _scripted_pages(html_text: str, article: str, own: int) -> list[str]:
    """The pages a pager script names by the article's own file (see the module's note)."""
    if "countPage" not in html_text and "createPageHTML" not in html_text:
        return []
    name = _FILE.match(urlsplit(article).path)
    if name is None or not name["ext"] or urlsplit(article).query:
        return []
    stem, ext = name["stem"], name["ext"]
    count = _script_count(html_text, stem)
    if count is None:
        return []
    last = min(count, MAX_ARTICLE_PAGES)
    return [urljoin(article, f"{stem}_{n}{ext}") for n in range(max(own + 1, 1), last)]


def _script_count(html_text: str, stem: str) -> int | None:
    """The page count of a pager script that numbers the article's own file."""
    for call in _PAGE_CALL.finditer(html_text):
        if call["name"] == stem:
            return int(call["count"])
    inline = trs_inline_pager(html_text)
    return inline.count if inline is not None and inline.stem == stem else None


def append_page(item: ReportItem, page: ReportItem) -> bool:
    """The text (and 附件) of the article's next page added to the report; False when the page
    adds nothing of its own: no text, or mostly text already read (a server that ignores the
    page key answers with the first page, a pager of comments under the whole text again). A
    line repeated from the pages read (a heading or a 信息公开 table every page shows) is left
    out."""
    lines = [line for line in page.body.splitlines() if line.strip()]
    read = {line.strip() for line in item.body.splitlines()}
    new = [line for line in lines if line.strip() not in read]
    if not new or len(new) * 2 < len(lines):
        return False
    text = "\n".join(new)
    item.body = item.body.rstrip("\n") + "\n" + text if item.body.strip() else text
    known = {a.get("url") for a in item.attachments}
    item.attachments += [a for a in page.attachments if a.get("url") not in known]
    return True

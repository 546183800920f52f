"""Listing pagination schemes of the CMS families, each a named strategy.

A strategy looks at a listing page and returns the URLs of its other pages; the spider follows
them until a page brings nothing new.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from lawreports.extract.text import squash_spaces

Strategy = Callable[[str, str, Selector], list[str]]

_TRS_CALL = re.compile(
    r"createPage(?:HTML)?\(\s*(?P<count>\w+)\s*,\s*(?P<cur>\w+)\s*,\s*[\"'](?P<name>[^\"']+)[\"']\s*,\s*[\"'](?P<ext>\w+)[\"']"
)
_TRS_COUNT_VAR = re.compile(r"var\s+countPage\s*=\s*(\d+)")
_NEXT_TEXT = re.compile(r"^(?:下一页|下页|后页|next|›|»|>)$", re.I)
_PAGE_PARAM = re.compile(
    r"^(?:page|pageNum|pageNo|pageIndex|p|curpage|currentPage|pageno|cp)$", re.I
)


def trs_wcm(html_text: str, url: str, sel: Selector) -> list[str]:
    """TRS WCM `createPageHTML(N, cur, "index", "html")` → index_1.html … index_{N-1}.html."""
    match = _TRS_CALL.search(html_text)
    if not match:
        return []
    count_raw = match["count"]
    if count_raw.isdigit():
        count = int(count_raw)
    else:
        var = _TRS_COUNT_VAR.search(html_text)
        if not var:
            return []
        count = int(var.group(1))
    name, ext = match["name"], match["ext"]
    return [urljoin(url, f"{name}_{i}.{ext}") for i in range(1, count)]


def next_links(html_text: str, url: str, sel: Selector) -> list[str]:
    """Generic 下一页 / 下页 / next links (VSB `span.p_next > a` included)."""
    out = []
    for a in sel.xpath("//a[@href]"):
        text = squash_spaces(" ".join(a.xpath(".//text()").getall())) or a.attrib.get("title", "")
        href = a.attrib.get("href", "")
        if _NEXT_TEXT.match(text.strip()) and not href.startswith("javascript"):
            out.append(urljoin(url, href))
    out += [
        urljoin(url, h) for h in sel.css("span.p_next a::attr(href), a.next::attr(href)").getall()
    ]
    return out


def page_number_links(html_text: str, url: str, sel: Selector) -> list[str]:
    """Numbered page links (`?page=3`, `2.htm` in a pager) next to the current page."""
    out = []
    for a in sel.xpath("//a[@href]"):
        text = squash_spaces(" ".join(a.xpath(".//text()").getall()))
        if not text.isdigit() or int(text) > 500:
            continue
        href = urljoin(url, a.attrib["href"])
        query = dict(parse_qsl(urlsplit(href).query))
        if any(_PAGE_PARAM.match(k) for k in query) or re.search(
            r"(?:index_\d+|/\d+)\.s?html?$", href
        ):
            out.append(href)
    return out


def with_page_param(url: str, key: str, value: int) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query[key] = str(value)
    return urlunsplit(parts._replace(query=urlencode(query)))


STRATEGIES: dict[str, Strategy] = {
    "trs_wcm": trs_wcm,
    "next_link": next_links,
    "page_numbers": page_number_links,
}


def other_pages(html_text: str, url: str, sel: Selector | None = None) -> dict[str, list[str]]:
    """Strategy name → page URLs it found on this listing page."""
    sel = sel or Selector(text=html_text)
    found: dict[str, list[str]] = {}
    for name, strategy in STRATEGIES.items():
        urls = [u for u in strategy(html_text, url, sel) if u != url]
        if urls:
            found[name] = urls
    return found

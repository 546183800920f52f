"""Links on a page, scored by how likely they lead toward a report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from parsel import Selector
from w3lib.url import canonicalize_url

from lawreports.discovery.titles import classify_title
from lawreports.discovery.vocabulary import (
    NAV_BLOCKLIST,
    NAV_TEXT_BLOCKLIST,
    NAV_TEXT_WEIGHTS,
    NAV_URL_WEIGHTS,
)
from lawreports.extract.text import squash_spaces

# Column names are short; anchors longer than this are article titles.
ARTICLE_TITLE_CHARS = 16
# Detail-page URL shapes of the CMS families (TRS, Hanweb, VSB, ucap, timestamp ids).
ARTICLE_URL = re.compile(
    r"/t\d{8}_\d+|/art_\d+_\d+|/info/\d+/\d+\.htm|/\d{14,}\.s?html?|/[0-9a-f]{32}\.s?html?"
    r"|content_\d+|/show/\d+|/art/\d{4}/",
    re.I,
)
TRUNCATED_REPORT_SCORE = 60
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    score: int
    is_report: bool


@lru_cache(maxsize=1)
def _compiled() -> tuple[
    list[tuple[re.Pattern[str], int]],
    list[tuple[re.Pattern[str], int]],
    re.Pattern[str],
    re.Pattern[str],
]:
    text_w = [(re.compile(p, re.I), w) for p, w in NAV_TEXT_WEIGHTS]
    url_w = [(re.compile(p, re.I), w) for p, w in NAV_URL_WEIGHTS]
    block = re.compile("|".join(NAV_BLOCKLIST), re.I)
    text_block = re.compile("|".join(NAV_TEXT_BLOCKLIST), re.I)
    return text_w, url_w, block, text_block


def nav_score(text: str, url: str) -> int:
    """How strongly a link leads toward reports (0: not worth following)."""
    text_w, url_w, _, text_block = _compiled()
    if text_block.search(text):
        return 0
    score = max((w for p, w in text_w if p.search(text)), default=0)
    path = urlsplit(url).path + "?" + urlsplit(url).query
    score = max(score, max((w for p, w in url_w if p.search(path)), default=0))
    return score


def is_blocked(url: str) -> bool:
    return bool(_compiled()[2].search(url))


def _anchor_text(sel: Selector) -> str:
    text = squash_spaces(" ".join(sel.xpath(".//text()").getall()))
    title = squash_spaces(sel.attrib.get("title", ""))
    # Listings truncate long titles (`…`); the title attribute holds the whole one.
    if title and (len(title) > len(text) or text.endswith(("…", "...", "..")) or not text):
        return title
    return text


def page_links(
    html_text: str,
    base_url: str,
    selector: Selector | None = None,
    listing_query: str | None = None,
) -> list[Link]:
    """Every followable link, including Hanweb records hidden in `<datastore>` CDATA."""
    sel = selector or Selector(text=html_text)
    anchors = list(sel.css(listing_query) if listing_query else sel.xpath("//a[@href]"))
    for chunk in _CDATA.findall(html_text):
        if "<a" in chunk:
            anchors.extend(Selector(text=chunk).xpath("//a[@href]"))
    links: dict[str, Link] = {}
    for a in anchors:
        href = (a.attrib.get("href") or "").strip()
        if not href or href.startswith("#") or is_blocked(href):
            continue
        url = canonicalize_url(urljoin(base_url, href), keep_fragments=False)
        if urlsplit(url).scheme not in {"http", "https"} or is_blocked(url):
            continue
        text = _anchor_text(a)
        verdict = classify_title(text)
        if verdict.is_report:
            score = 100
        elif len(text) > ARTICLE_TITLE_CHARS or ARTICLE_URL.search(url):
            # An article: worth a request only when its (maybe truncated) title could be a report.
            score = TRUNCATED_REPORT_SCORE if verdict.maybe_report else 0
        else:
            score = nav_score(text, url)
        link = Link(url, text, score, verdict.is_report)
        old = links.get(url)
        if old is None or link.score > old.score:
            links[url] = link
    return list(links.values())

"""Links on a page, scored by how likely they lead toward a report."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import SplitResult, parse_qsl, urljoin, urlsplit

from lxml.html import HtmlElement
from parsel import Selector
from w3lib.url import canonicalize_url

from lawreports.discovery.aliases import host_key, is_site_root
from lawreports.discovery.queries import encoded_query, query_pairs, query_text
from lawreports.discovery.rawhtml import document_base, may_be_in_anchor
from lawreports.discovery.scriptcalls import ScriptCall, page_calls
from lawreports.discovery.scripturls import handler_target
from lawreports.discovery.titles import Verdict, classify_title, names_hard_negative
from lawreports.discovery.vocabulary import (
    BACK_PAGE_TEXT,
    CACHE_BUSTER_KEYS,
    CACHE_BUSTER_VALUE,
    CALENDAR_WIDGET_HINTS,
    CALENDAR_YEAR_PARAM,
    CATALOGUE_LINK_TEXT,
    COUNTY_BOX_HEADING,
    COUNTY_UNIT_NAME,
    LAST_PAGE_TEXT,
    MORE_LINK_TEXT,
    NAV_BLOCKLIST,
    NAV_TEXT_BLOCKLIST,
    NAV_TEXT_WEIGHTS,
    NAV_URL_WEIGHTS,
    NEXT_PAGE_TEXT,
    OTHER_EDITION_SENTENCE,
    OTHER_EDITION_TEXT,
    PAGE_ARROW_TEXT,
    PAGE_PARAMS,
    PAGE_SKIP_TEXT,
    REPORT_SUBJECT,
    REPORT_YEAR,
    SEARCH_PRESENTATION_PARAMS,
    SEARCH_URL,
    SELECT_NAVIGATION,
    SESSION_PARAMS,
    SITE_MAP_TEXT,
    SITE_MAP_URL,
    STANDARD_VERSION_TEXT,
    TRACKING_PARAMS,
    TRACKING_VALUES,
    YEAR_TAB_TEXT,
)
from lawreports.extract.dates import parse_date
from lawreports.extract.filetypes import alternation
from lawreports.extract.text import SPACES, squash_spaces
from lawreports.extract.vocabulary import ATTACHMENT_TYPES
from lawreports.pipelines.normalize import simplified

# Column names are short; anchors longer than this are article titles.
ARTICLE_TITLE_CHARS = 16
# Detail-page URL shapes of the CMS families (TRS, Hanweb, VSB, ucap, timestamp ids).
ARTICLE_URL = re.compile(
    r"/t\d{8}_\d+|/art_\d+_\d+|/info/\d+/\d+\.htm|/\d{14,}\.s?html?|/[0-9a-f]{32}\.s?html?"
    r"|content_\d+|/show/\d+|/art/\d{4}/|/publicity/.+/\d{4,}$|/public/\d+/\d+\.html"
    r"|/\d{5,}\.s?html?$|/t_\d+\.s?html?$|[?&](?:articleid|docid|newsid|contentid|id)=\d+",
    re.I,
)
# A bracketed qualifier closing a column's name: the years it keeps, its edition (`（2021年及
# 以前）`, `(旧版)`); not a document's year or number (`（2017年）`, `（第128期）`).
_QUALIFIER = re.compile(r"\s*[(（][^()（）]{0,10}(?:以前|之前|旧版|老版|历史)[)）]$")
# A link to a file, not a page: a 附件 type's extension ending the path, or a download script.
ATTACHMENT_URL = re.compile(
    rf"\.{alternation(ATTACHMENT_TYPES)}(?:$|[?#&])|downfile|download", re.I
)
# A URL naming a file by its type, in its path or its query (`downfile.jsp?filename=….pdf`).
_FILE_URL = re.compile(rf"\.{alternation(ATTACHMENT_TYPES)}(?:$|[?#&])", re.I)
_LOOSE_REPORT_TITLE = re.compile(rf"{REPORT_YEAR}|报告|情况")
_YEAR = re.compile(REPORT_YEAR)
# Listings cut titles at 20–30 characters; a shorter one without a report form is complete.
MIN_CUT_TITLE_CHARS = 18
# A title ending in a cut subject (`…关于2023年度法治`) is cut wherever it is cut: Dede's
# `cn_substr($title, 34)` leaves 17 characters.
MIN_SUBJECT_CUT_CHARS = 12
_SUBJECT_CUT = re.compile(
    "(?:"
    + "|".join(
        re.escape(word[:n]) for word in REPORT_SUBJECT.split("|") for n in range(2, len(word))
    )
    + ")$"
)
_PATH_SESSION = re.compile(r";(?:jsessionid|sessionid|phpsessid)=[^/?#]*", re.I)
_SESSION_KEY = re.compile(rf"^(?:{'|'.join(SESSION_PARAMS)})$", re.I)
_BUSTER_KEY = re.compile(rf"^(?:{'|'.join(CACHE_BUSTER_KEYS)})$", re.I)
_BUSTER_VALUE = re.compile(CACHE_BUSTER_VALUE, re.I)
_TRACKING_KEY = re.compile(rf"^(?:{'|'.join(TRACKING_PARAMS)})$", re.I)
_TRACKING_VALUE = tuple((re.compile(k, re.I), re.compile(v, re.I)) for k, v in TRACKING_VALUES)
# A path's run of slashes (`//art/…` from a template joining its base and a rooted path), not
# the `//` of a URL carried in the path (`/goto/http://…`): servers merge it into one.
_REPEATED_SLASH = re.compile(r"(?<!:)//+")
# A directory's index script (`/list/index.php?id=3` is `/list/?id=3`): one page, two names.
_INDEX_SCRIPT = re.compile(
    r"(?<=/)(?:index|default)\.(?:php\d?|asp|aspx|jsp|jspx|do|action|cgi|s?html?)$", re.I
)
REPORT_SCORE = 100
TRUNCATED_REPORT_SCORE = 60
REPORT_COLUMN_ARTICLE_SCORE = 50
COLUMN_NAME_CHARS = 10
# A short column name this strong is followed even when its URL looks like an article's.
STRONG_NAV_SCORE = 30
# A page reached by a link this strong lists reports.
REPORT_COLUMN_SCORE = 70
# A column link this strong leads into the portal's structure: a 信息公开 catalogue (信息公开,
# 政务公开, `xxgk`), its 法定主动公开 branches, 法治 columns, a 司法局.
CATALOGUE_SCORE = 25
_SITE_MAP_TEXT = re.compile(rf"^(?:{SITE_MAP_TEXT})$")
# A district's or county's sub-site named in a city portal's 县区 box: followed like a
# department's or a township's column.
COUNTY_UNIT_SCORE = 12
_COUNTY_UNIT = re.compile(rf"^(?:{COUNTY_UNIT_NAME})$")
_COUNTY_BOX = re.compile(COUNTY_BOX_HEADING)
# The nearest heading before an element in the page (a box's title bar, `<h3>`), not its ancestor.
_HEADING_BEFORE = (
    "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
    " or contains(@class, 'tit') or contains(@class, 'hd') or contains(@class, 'head')][1]"
)
_SITE_MAP_URL = re.compile(SITE_MAP_URL, re.I)
# Script navigation with a literal target: `location.href = "…"`, `location.replace("…")`,
# `window.open("…")`.
_SCRIPT_TARGET = re.compile(
    r"""(?:location\s*(?:\.\s*href)?\s*=|location\s*\.\s*replace\s*\(|window\s*\.\s*open\s*\()"""
    r"""\s*["']([^"'\s+]+)["'](?!\s*\+)""",  # a whole URL, not the head of `'…?t=' + token`
    re.I,
)
# A page with this few anchors and a scripted jump is a jump page (`页面跳转中…`).
JUMP_PAGE_MAX_ANCHORS = 2
# The `via` of a jump page's target.
JUMP = "jump"
# Elements navigating by script only: an onclick without a real href, or a `javascript:` href.
_ONCLICK_ONLY = (
    "//*[@onclick][not(@href) or starts-with(normalize-space(@href), 'javascript')"
    " or normalize-space(@href) = '#' or normalize-space(@href) = '']"
    " | //a[not(@onclick)][starts-with(normalize-space(@href), 'javascript:')]"
    "[contains(@href, \"'\") or contains(@href, '\"')]"
)
# A handler's argument that names a page: `showTab('/col/col91/list.shtml', this)`.
_HANDLER_PAGE = re.compile(
    r"""(["'])((?:https?://|/|\./|\.\./)[^"'\s]*|[\w./-]*\.(?:s?html?|jsp|do|aspx?|php)"""
    r"""(?:\?[^"'\s]*)?)\1(?!\s*\+)""",
    re.I,
)
# What a pager's links say: a number, next, last, back, an arrow, `...`.
_PAGER_TEXT = re.compile(
    "|".join(
        (
            r"\d{1,5}",
            *PAGE_SKIP_TEXT,
            *NEXT_PAGE_TEXT,
            *LAST_PAGE_TEXT,
            *BACK_PAGE_TEXT,
            *PAGE_ARROW_TEXT,
        )
    ),
    re.I,
)
# Attributes an item carries the URL a delegated click handler opens in.
DATA_LINK_ATTRIBUTES = ("data-href", "data-url", "data-link")
_DATA_LINKED = "//*[" + " or ".join(f"@{name}" for name in DATA_LINK_ATTRIBUTES) + "]"
# A value that is a path or a page's URL (not a key a script looks up, not an API's JSON).
_DATA_URL = re.compile(
    r"(?:https?://|/|\./|\.\./)[^\s\"'<>]*|[\w./-]*\.(?:s?html?|jsp|do|aspx?|php)(?:\?[^\s\"'<>]*)?",
    re.I,
)
# The child of an item that holds its title: `<span class="tit">`, `<div class="title">`.
_ITEM_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:tit|title|bt)(?:$|[\s_-])", re.I)
# Labels longer than this are not a tab's or a box's name.
LABEL_CHARS = 20
# An element referring to another by id: `href="#tab3"`, `data-target="#tab3"`, `data-tab="tab3"`.
_REFERRING = (
    "//*[not(self::script)][not(@id = $id)]"
    "[@*[not(name() = 'class' or name() = 'name')][. = $id or . = $hash]]"
)
_HEADING = re.compile(r"^h[1-6]$|tit|hd\b|head|caption|name", re.I)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_SPACE_OR_BREAK = re.compile(f"[{SPACES}\n]+")
# Anchors whose text or title attribute holds $chunk (a spaceless piece of a title).
_ANCHORS_HOLDING = "//a[@href][contains(., $chunk) or contains(@title, $chunk)]"
_SELECT_NAVIGATES = re.compile("|".join(SELECT_NAVIGATION), re.I)
# An option value that is a URL or a path, not a bare key (`2021`) a script turns into one.
_OPTION_URL = re.compile(r"[/.?]")
_YEAR_TAB = re.compile(YEAR_TAB_TEXT)
_CALENDAR_YEAR = re.compile(CALENDAR_YEAR_PARAM, re.I)
# An element's place inside a calendar widget (`<div class="rili">`, `<table id="calendar">`).
IN_CALENDAR = (
    "ancestor::*["
    + " or ".join(
        f"contains(@class, '{h}') or contains(@id, '{h}')" for h in CALENDAR_WIDGET_HINTS
    )
    + "]"
)


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    score: int
    is_report: bool
    # An article whose title may be a report's, cut short on the listing.
    may_be_report: bool = False
    # How a link written only in script was read: `onclick` (a handler), or a script call's
    # `load`/`open` (lawreports.discovery.scriptcalls); empty for an anchor.
    via: str = ""
    # The date its listing row prints beside it (`<li><a>…</a><span>2024-02-28</span></li>`):
    # a report's publish date when its page or file shows none.
    date: str | None = None
    # The root of the portal's other edition whose home page the link opens (see
    # other_edition_link): `host[:port]` and its root path; empty for any other link.
    edition_home: str = ""


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


# TRS publishes each article twice, `t…_<docid>.html` and a `_wap` mobile twin beside it.
_WAP_TWIN = re.compile(r"(/t\d{8}_\d+)_wap(\.s?html?)$", re.I)


@lru_cache(maxsize=8192)
def clean_url(url: str) -> str:
    """Canonical form, without fragments, session ids (`;jsessionid=`, `?PHPSESSID=`),
    cache-busters and share-tracking parameters (`?spm=…`, `?from=singlemessage`), with a
    path's repeated slashes merged (`//art/…`), and a TRS article's mobile twin
    (`t20211109_9939049_wap.html`) named by its PC page.

    Cached: every page of a listing names the same pager, column and furniture URLs again.
    """
    url = _PATH_SESSION.sub("", url)
    parts = urlsplit(url)
    path = _merged_slashes(parts.path)
    if "_wap." in path:
        path = _WAP_TWIN.sub(r"\1\2", path)
    if path != parts.path:
        parts = parts._replace(path=path)
        url = parts.geturl()
    if parts.query:
        # The other pairs as written, never decoded and encoded again: a GBK value
        # (`searchword=%B7%A8%D6%CE`) is no UTF-8; canonicalize_url keeps its bytes.
        pairs = parts.query.split("&")
        kept = [pair for pair in pairs if pair and not _volatile_pair(*_key_value(pair))]
        if len(kept) != len(pairs):
            url = parts._replace(query="&".join(kept)).geturl()
    try:
        return canonicalize_url(url, keep_fragments=False)
    except ValueError:  # a malformed link (`http://host:80http://…`): kept as written
        return url


def plain_url(url: str) -> str:
    """The URL as the portal spells it, less what names no page (session ids, cache-busters,
    tracking parameters, repeated slashes): a report's own URL. Unlike clean_url it keeps the
    order and spelling of the other query pairs and the fragment (a hash route's page)."""
    url = _PATH_SESSION.sub("", url)
    parts = urlsplit(url)
    pairs = parts.query.split("&") if parts.query else []
    kept = [pair for pair in pairs if not _volatile_pair(*_key_value(pair))]
    path = _merged_slashes(parts.path)
    if path == parts.path and len(kept) == len(pairs):
        return url
    return parts._replace(path=path, query="&".join(kept)).geturl()


def _key_value(pair: str) -> tuple[str, str]:
    """A query pair's key and value, decoded (`k=v`, `k`)."""
    decoded = parse_qsl(pair, True)
    return decoded[0] if decoded else (pair, "")


def _merged_slashes(path: str) -> str:
    """A path with its runs of slashes merged (`//art//a.html` is `/art/a.html`): one page, as
    servers (Tomcat, nginx, IIS) answer it."""
    return _REPEATED_SLASH.sub("/", path) if "//" in path else path


def _volatile_pair(key: str, value: str) -> bool:
    """A session id, a cache-buster or a share's tracking tag: `jsessionid=…`, `rnd=…`, a `t=`
    holding a timestamp, `spm=…`, WeChat's `from=singlemessage`."""
    if _SESSION_KEY.match(key) or _TRACKING_KEY.match(key):
        return True
    if _BUSTER_KEY.match(key) is not None and _BUSTER_VALUE.fullmatch(value) is not None:
        return True
    return _tracking_value(key, value)


def _tracking_value(key: str, value: str) -> bool:
    """A key that is tracking only with a share's value (`from=timeline`, not `from=list`)."""
    return any(
        k.fullmatch(key) is not None and v.fullmatch(value) is not None for k, v in _TRACKING_VALUE
    )


@lru_cache(maxsize=8192)
def page_identity(url: str, volatile: frozenset[str] = frozenset()) -> str:
    """Which page a (clean) URL names, for telling pages apart, never for asking for one: a
    directory's index page or script is the directory (`/zwgk/index.html` and `/zwgk/`,
    `/e/list/index.php?classid=3` and `/e/list/?classid=3` are one page), and the `volatile`
    query keys (values a template
    renders afresh on every page, see lawreports.discovery.volatile) are left out."""
    parts = urlsplit(url)
    term = topic_search_term(url) if parts.query else None
    if term is not None:
        return _search_identity(parts, term)
    if not parts.query:
        # `/zwgk/` and `/zwgk/index.html`: a directory and its index page are one page.
        path = _INDEX_SCRIPT.sub("", parts.path)
        return url if path == parts.path else parts._replace(path=path).geturl()
    path = _INDEX_SCRIPT.sub("", parts.path)
    if volatile:
        query = encoded_query((k, v) for k, v in query_pairs(parts.query) if k not in volatile)
    else:
        query = parts.query
    if path == parts.path and query == parts.query:
        return url
    return parts._replace(path=path, query=query).geturl()


def _search_identity(parts: SplitResult, term: str) -> str:
    """A page of a site search for the reports' topic, named by what it searches and which
    page of hits it is: its term as words (UTF-8 or GBK, under `searchword` and `keyword`
    alike), its filters (`channelid`), its page (`page=1` is the bare search), without what only
    orders or lays out the hits (`orderby`, `perpage`): one listing, asked for once."""
    pairs = {("", term)}
    for key, value in query_pairs(parts.query):
        text = query_text(value).strip()
        if not text or _PRESENTATION_KEY.match(key):
            continue
        if _PAGE_KEY.match(key) and text == "1":
            continue
        pairs.add(("", term) if text == term else (key.lower(), text))
    query = "&".join(f"{k}={v}" for k, v in sorted(pairs))
    return parts._replace(query=query, fragment="").geturl()


def same_page_path(a: str, b: str) -> bool:
    """Two URL paths of one script: equal, or a directory and its index script (`/list/` and
    `/list/index.php`)."""
    return a == b or _INDEX_SCRIPT.sub("", a) == _INDEX_SCRIPT.sub("", b)


def route_url(base_url: str, href: str) -> str | None:
    """A single-page app's hash route (`#/detail?id=123`, `#!/article/123`) as its own URL: the
    page's, fragment kept (a route is a page of its own; clean_url would drop it). None when
    `href` is no such route."""
    url = urljoin(base_url, href.strip())
    base, _, fragment = url.partition("#")
    route = fragment.lstrip("!")
    if not route.startswith("/") or len(route.strip("/")) == 0:
        return None
    try:
        return clean_url(base) + "#" + fragment
    except ValueError:
        return None


def next_route_page(route: str) -> str | None:
    """The next page of a hash route that carries its page number (`…#/list?columnId=12&
    page=1` → `page=2`), else None."""
    base, _, fragment = route.partition("#")
    path, _, query = fragment.partition("?")
    pairs = query_pairs(query)
    for n, (key, value) in enumerate(pairs):
        if _PAGE_KEY.match(key) and value.isdigit():
            pairs[n] = (key, str(int(value) + 1))
            return f"{base}#{path}?{encoded_query(pairs)}"
    return None


def is_route_url(url: str) -> bool:
    """A URL that is a hash route of its page (see route_url)."""
    return "#" in url and route_url(url, url) == url


def is_fetchable(url: str) -> bool:
    """An http(s) URL with a host and a valid port: a malformed href is skipped, not fetched."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on `:80http`
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.hostname)


def _text_score(text: str) -> int:
    text_w, _, _, text_block = _compiled()
    text = simplified(text)
    if text_block.search(text):
        return -1
    return max((w for p, w in text_w if p.search(text)), default=0)


def _url_score(url: str) -> int:
    parts = urlsplit(url)
    path = parts.path + "?" + parts.query
    score = max((w for p, w in _compiled()[1] if p.search(path)), default=0)
    term = topic_search_term(url)
    return score if term is None else max(score, _text_score(term))


def nav_score(text: str, url: str) -> int:
    """How strongly a link leads toward reports (0: not worth following)."""
    text_score = _text_score(text)
    if text_score < 0:
        return 0
    return max(text_score, _url_score(url))


def is_report_column(text: str | None, url: str) -> bool:
    """A column of 法治政府建设 reports: every article in it is worth a look. Never a site
    search's results, whatever it was named by: its hits are every kind of item that mentions
    the term (工作要点, 推进会 news), each followed by its own title."""
    if topic_search_term(url) is not None:
        return False
    return _text_score(text or "") >= REPORT_COLUMN_SCORE or _url_score(url) >= REPORT_COLUMN_SCORE


def is_site_map(text: str | None, url: str) -> bool:
    """The portal's 网站地图: named so, or (a text that names nothing, an image) at a site-map
    path (`/wzdt/`, `/sitemap.html`); never an XML sitemap, which is for search engines."""
    path = urlsplit(url).path
    if path.lower().endswith(".xml"):
        return False
    name = squash_spaces(text or "").replace(" ", "")
    if name:
        return _SITE_MAP_TEXT.match(name) is not None
    return _SITE_MAP_URL.search(path) is not None


def leads_to_catalogue(link: Link) -> bool:
    """A column link (not an article) into a 信息公开 catalogue or a report column."""
    return (
        not link.is_report
        and not link.may_be_report
        and link.score >= CATALOGUE_SCORE
        and (len(link.text) <= ARTICLE_TITLE_CHARS and ARTICLE_URL.search(link.url) is None)
    )


def in_county_box(a: HtmlElement, text: str) -> bool:
    """A district's or county's bare name (`砀山县`) under a heading naming a 县区 box: a
    sub-site of the city portal, with its own 政务公开."""
    name = squash_spaces(text).replace(" ", "")
    if _COUNTY_UNIT.match(name) is None:
        return False
    for heading in a.xpath(_HEADING_BEFORE):
        label = squash_spaces(heading.text_content()).replace(" ", "")
        return len(label) <= LABEL_CHARS and _COUNTY_BOX.search(label) is not None
    return False


def is_year_tab(text: str | None) -> bool:
    """`2024年度`: in a report column, the link to that year's sub-column."""
    return bool(text) and _YEAR_TAB.fullmatch(squash_spaces(text or "")) is not None


def is_blocked(url: str, text: str | None = None) -> bool:
    """Whether the URL is no page to crawl: a calendar, a login, a share button, an asset,
    the site search (unless `text` names a catalogue it serves, the URL is a page of one, or
    it searches for the reports' topic)."""
    if _compiled()[2].search(url):
        return True
    if not _SEARCH_URL.search(url):
        return False
    return not (
        (text and _CATALOGUE_TEXT.search(text))
        or _browses_all(url)
        or topic_search_term(url) is not None
    )


@lru_cache(maxsize=4096)
def topic_search_term(url: str) -> str | None:
    """What a site search URL searches for when that names the reports' topic
    (`/was5/web/search?searchword=法治政府建设`, its term in UTF-8 or, in an old ASP/JSP/WAS5
    application's links, GBK): a portal whose 法治政府建设 box's `更多>>` is such a search
    lists the reports only among its hits. None for any other URL."""
    if not _SEARCH_URL.search(url):
        return None
    query = urlsplit(url).query
    if not query:
        return None
    for _, value in query_pairs(query):
        term = query_text(value).strip() if value else ""
        if term and _REPORT_TOPIC.search(term):
            return term
    return None


def is_calendar_year(a: HtmlElement, href: str) -> bool:
    """A calendar widget's year link (`上一年`, `?year=2023`): a year alone is a calendar's only
    inside one; elsewhere it is a listing's year filter."""
    return _CALENDAR_YEAR.search(href) is not None and bool(a.xpath(IN_CALENDAR))


_SEARCH_URL = re.compile(SEARCH_URL, re.I)
_REPORT_TOPIC = re.compile(REPORT_SUBJECT)
_PRESENTATION_KEY = re.compile(rf"^(?:{'|'.join(SEARCH_PRESENTATION_PARAMS)})$", re.I)
_CATALOGUE_TEXT = re.compile(CATALOGUE_LINK_TEXT)
_PAGE_KEY = re.compile(rf"^(?:{'|'.join(PAGE_PARAMS)})$", re.I)


def _browses_all(url: str) -> bool:
    """A search page asked for a page of everything: a page number, nothing searched for
    (`search.do?page=3&keyword=&year=`)."""
    query = parse_qsl(urlsplit(url).query, True)
    paged = any(_PAGE_KEY.match(k) and v.isdigit() for k, v in query)
    return paged and all(not v or v.isdigit() or _PAGE_KEY.match(k) for k, v in query)


def _anchor_text(a: HtmlElement) -> str:
    text = squash_spaces(" ".join(a.itertext()))
    title = squash_spaces(a.get("title") or "")
    # Listings truncate long titles (`…`); the title attribute holds the whole one.
    if title and (len(title) > len(text) or text.endswith(("…", "...", "..")) or not text):
        return title
    if not text:  # a banner or icon (`<a><img alt="法治政府建设专栏"></a>`): its image names it
        for img in a.iter("img"):
            named = squash_spaces(img.get("alt") or img.get("title") or "")
            if named:
                return named
        if a.tag == "area":  # an image map's area (`<area href="…" alt="政务公开">`)
            return squash_spaces(a.get("alt") or "")
    return text


_STANDARD_VERSION = re.compile(rf"[【\[]?\s*(?:{'|'.join(STANDARD_VERSION_TEXT)})\s*[】\]]?")


def standard_version(sel: Selector, url: str) -> str | None:
    """The standard page of a variant of an article (`/wza/art/…` with 退出无障碍 →
    `/art/…`, `…?mode=elder` with 返回标准版 → `…`): a link so named to the same article's
    path without the variant's prefix or query. None on a page that is no variant."""
    here = urlsplit(url)
    for a in sel.root.xpath("//a[@href]"):
        if not _STANDARD_VERSION.fullmatch(squash_spaces(a.text_content())):
            continue
        try:
            target = clean_url(urljoin(url, (a.get("href") or "").strip()))
        except ValueError:
            continue
        there = urlsplit(target)
        if there.netloc != here.netloc or target == clean_url(url):
            continue
        if there.path == here.path or (
            len(there.path) > 1 and here.path.endswith(there.path) and there.path != "/"
        ):
            return target
    return None


# A link to the portal's other edition is followed at least this strongly: the years before a
# redesign are there (or, from the old site, the years since).
EDITION_SCORE = 30
_EDITION_NAMES = "|".join(OTHER_EDITION_TEXT)
_OTHER_EDITION = re.compile(rf"[【\[]?\s*(?:{_EDITION_NAMES})\s*[】\]]?\s*[>»›]*")
_EDITION_QUALIFIER = re.compile(rf"[(（]\s*(?:{_EDITION_NAMES})\s*[)）]$")
_EDITION_SENTENCE = re.compile(rf"(?:{OTHER_EDITION_SENTENCE})\s*[:：]?\s*$")
# A site root below a host's root (`/old/`, `/jbwz/index.html`): a second edition on one host.
_SUB_SITE_ROOT = re.compile(r"^/[^/]+/(?:(?:index|default)\.\w+)?$", re.I)


def names_other_edition(text: str, before: str = "") -> bool:
    """The link's text names the portal's other edition (`返回旧版`, `访问新版网站`,
    `历史信息（旧版网站）`), or the sentence just `before` it sends the reader there
    (`2022年以前信息请访问`)."""
    if ("版" in text or "网站" in text) and (
        _OTHER_EDITION.fullmatch(text) is not None or _EDITION_QUALIFIER.search(text) is not None
    ):
        return True
    return "请" in before and _EDITION_SENTENCE.search(before) is not None


def _site_root_dir(path: str) -> str:
    """The directory a path's site would live in: `/` for the host's root and its own files,
    `/old/` for everything under `/old/`."""
    parts = path.split("/")
    return f"/{parts[1]}/" if len(parts) > 2 else "/"


def edition_root(url: str, page_url: str) -> str | None:
    """`host[:port]` and root path of the site whose home page `url` is, when that is a site
    other than the page's: another host's root (`http://old.x.gov.cn/`), or a site root on the
    page's host outside the page's own (`/old/` from `/zwgk/…`, `/` from `/old/…`). None for a
    page inside a site (a column)."""
    there, here = host_key(url), host_key(page_url)
    if there is None or here is None:
        return None
    if there != here:
        return there + "/" if is_site_root(url) else None
    path = urlsplit(url).path or "/"
    if not (is_site_root(url) or _SUB_SITE_ROOT.match(path)):
        return None
    root = _site_root_dir(path)
    return None if root == _site_root_dir(urlsplit(page_url).path or "/") else there + root


def other_edition_link(link: Link, page_url: str) -> Link:
    """A link named for the portal's other edition: its home page is marked to be entered as a
    second home page (`edition_home`), a column of it on another host (`历史信息（旧版网站）` →
    `Article_Class.asp?ClassID=3`) is followed as a column; a link within the page's own site
    is left as it was scored."""
    root = edition_root(link.url, page_url)
    if root is not None:
        return replace(link, score=max(link.score, EDITION_SCORE), edition_home=root)
    if host_key(link.url) != host_key(page_url):
        return replace(link, score=max(link.score, EDITION_SCORE))
    return link


def _text_before(a: HtmlElement) -> str:
    """The text just before the anchor in its element: the sentence the link ends."""
    before = a.getprevious()
    if before is not None:
        return before.tail or ""
    parent = a.getparent()
    return (parent.text or "") if parent is not None else ""


def title_links_elsewhere(html_text: str, title: str, url: str) -> bool:
    """The title is the text of a link to another page, or an item of a listing's rows (its
    row opens another page by a `查看` button, a click handler, a card's 阅读全文): the page
    lists it, it is not it.

    Called on every report page, so the raw HTML is asked first whether any anchor could hold
    the title at all before its anchors are read.
    """
    wanted = squash_spaces(title)
    chunk = max(_SPACE_OR_BREAK.split(wanted), key=len)
    if not chunk:
        return False
    root: HtmlElement | None = None
    own = clean_url(url)
    if may_be_in_anchor(html_text, chunk):
        root = Selector(text=html_text).root
        for a in root.xpath(_ANCHORS_HOLDING, chunk=chunk):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript")) or ATTACHMENT_URL.search(href):
                continue
            if _anchor_text(a) == wanted and clean_url(urljoin(url, href)) != own:
                return True
    if root is None:
        root = Selector(text=html_text).root
    return any(
        _listing_row(el, len(wanted), url, own) is not None
        for el in _title_holders(root, wanted, chunk)
    )


def _title_holders(root: HtmlElement, wanted: str, chunk: str) -> list[HtmlElement]:
    """The elements that show the title whole, as text or in their `title=`."""
    return [
        el
        for el in root.xpath(_HOLDING_TEXT, chunk=chunk)
        if {wanted, chunk}
        & {squash_spaces(el.text_content()), squash_spaces(el.get("title") or "")}
    ]


def shows_own_title(html_text: str, title: str, url: str) -> bool:
    """The page sets the title as its own heading: outside any link and any listing row.
    With a report's text under it, a link to the same title elsewhere (a 相关文章 box that
    lists the copy in a 专栏) does not make the page a listing."""
    wanted = squash_spaces(title)
    chunk = max(_SPACE_OR_BREAK.split(wanted), key=len)
    if not chunk:
        return False
    root = Selector(text=html_text).root
    own = clean_url(url)
    return any(
        _unlinked_heading(el, wanted) and _listing_row(el, len(wanted), url, own) is None
        for el in _title_holders(root, wanted, chunk)
    )


def _unlinked_heading(el: HtmlElement, wanted: str) -> bool:
    return (
        el.tag in _HEADING_TAGS
        and squash_spaces(el.text_content()) == wanted
        and not any(node.tag == "a" for node in el.iter())
        and not any(node.tag == "a" for node in el.iterancestors())
    )


# Where a page sets its own title.
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "td", "div", "p", "strong", "b", "span", "font"})


# Elements whose own text holds (a piece of) the title; those that show it whole are asked.
_HOLDING_TEXT = "//body//*[text()[contains(., $chunk)]]"
# How far above the title's element its row is looked for (a cell, a span in an item, a card's
# heading), and how much more than the title a row may say (its number, date, issuer, 摘要).
_ROW_LEVELS_UP = 4
_ROW_EXTRA_CHARS = 200
# A listing shows at least this many rows of one shape, each opening a page of its own.
_MIN_ROWS = 3


def _listing_row(el: HtmlElement, title_chars: int, url: str, own: str) -> HtmlElement | None:
    """The listing row the title's element sits in (`<tr>…<td>title</td>…<a>查看</a></tr>`, an
    item whose only link says 【详细】, a card with 阅读全文, a row opened by `onclick`): a row
    with a way to another page, among rows of its shape that each have one; None when the title
    is no listing's item (a report's heading, a 信息公开 table's 标题 cell)."""
    row: HtmlElement | None = el
    for _ in range(_ROW_LEVELS_UP):
        if row is None or row.tag in ("body", "html"):
            return None
        if len(row.text_content()) > title_chars + _ROW_EXTRA_CHARS:
            return None
        parent = row.getparent()
        if parent is not None and _opens_another_page(row, url, own):
            shape = (row.tag, row.get("class"))
            rows = [
                sibling
                for sibling in parent
                if (sibling.tag, sibling.get("class")) == shape
                and _opens_another_page(sibling, url, own)
            ]
            if len(rows) >= _MIN_ROWS:
                return row
        row = parent
    return None


def _opens_another_page(row: HtmlElement, url: str, own: str) -> bool:
    """The row opens a page other than this one: a link, or a click handler."""
    if row.get("onclick"):
        return True
    for a in row.iter("a"):
        href = (a.get("href") or "").strip()
        if a.get("onclick") and (not href or href.startswith(("#", "javascript"))):
            return True
        if not href or href.startswith(("#", "javascript")) or ATTACHMENT_URL.search(href):
            continue
        try:
            if clean_url(urljoin(url, href)) != own:
                return True
        except ValueError:
            continue
    return False


_ELLIPSES = ("…", "...", "..", "．．")


def _truncated(text: str) -> bool:
    return text.endswith(_ELLIPSES)


def _cut_short(text: str, verdict: Verdict) -> bool:
    """A listing title that may have been cut (`cn_substr` in Dede, PHPCMS `str_cut`, with or
    without an ellipsis): it names the subject and a year, and the report form may be in the
    cut part; or it names a year and ends inside the subject (`…关于2022年度法治政…`)."""
    marked = _truncated(text)  # an ellipsis says it was cut, whatever its length
    text = text.rstrip("…．.")
    if _YEAR.search(text) is None:
        return False
    if verdict.reason.startswith("no report form"):
        return marked or len(text) >= MIN_CUT_TITLE_CHARS
    return (
        not verdict.mentions_subject
        and (marked or len(text) >= MIN_SUBJECT_CUT_CHARS)
        and _SUBJECT_CUT.search(text) is not None
    )


def score_link(
    text: str, url: str, in_report_column: bool = False, may_be_cut: bool = False
) -> Link:
    """Reports first; articles only when their title could be a report; columns by vocabulary.

    `may_be_cut`: the anchor has no title attribute holding the whole title.
    """
    verdict = classify_title(text)
    if verdict.is_report:
        return Link(url, text, REPORT_SCORE, True)
    if in_report_column and is_year_tab(text):
        # A report column split into years: each year's tab is a report column of its own.
        return Link(url, text, max(REPORT_COLUMN_SCORE, nav_score(text, url)), False)
    text_score = _text_score(text)
    # A column's name may carry a qualifier (`历史信息公开目录（2021年及以前）`): not its length.
    article = len(_QUALIFIER.sub("", text)) > ARTICLE_TITLE_CHARS or (
        ARTICLE_URL.search(url) is not None
        and not (text_score >= STRONG_NAV_SCORE and len(text) <= COLUMN_NAME_CHARS)
    )
    if not article:
        return Link(url, text, nav_score(text, url), False)
    hard_negative = verdict.reason.startswith("hard") or (
        in_report_column and names_hard_negative(text)
    )
    if in_report_column and not hard_negative and _LOOSE_REPORT_TITLE.search(text):
        # Columns of reports title their items loosely ("2023年度", "区司法局2023年报告"): each
        # is a candidate (its page may be a shell the report is fetched into).
        return Link(url, text, REPORT_COLUMN_ARTICLE_SCORE, False, may_be_report=True)
    if (verdict.maybe_report and (_truncated(text) or verdict.reason == "no year")) or (
        (may_be_cut or _truncated(text)) and _cut_short(text, verdict)
    ):
        return Link(url, text, TRUNCATED_REPORT_SCORE, False, may_be_report=True)
    return Link(url, text, 0, False)


def page_links(
    html_text: str,
    base_url: str,
    selector: Selector | None = None,
    listing_query: str | None = None,
    in_report_column: bool = False,
) -> list[Link]:
    """Every followable link, including Hanweb records hidden in `<datastore>` CDATA.

    `listing_query` (a site hint) marks the anchors that list reports: they are scored as
    articles of a report column.
    """
    sel = selector or Selector(text=html_text)
    base_url = document_base(html_text, base_url)
    # The elements themselves: they stay the same Python objects while this set holds them.
    listed = {a.root for a in sel.css(listing_query)} if listing_query else set()
    # An image map's areas are anchors too: a menu drawn as one image.
    anchors: list[HtmlElement] = sel.root.xpath("//a[@href] | //area[@href]")
    for chunk in _CDATA.findall(html_text):
        if "<a" in chunk:
            anchors.extend(Selector(text=chunk).root.xpath("//a[@href]"))
    links: dict[str, Link] = {}
    # A sentence sending the reader to the other edition names the years it holds.
    edition_sentences = "以前" in html_text or "之前" in html_text
    for a in anchors:
        href = (a.get("href") or "").strip()
        if href.startswith("#") and (routed := _route_link(a, base_url, href, in_report_column)):
            links.setdefault(routed.url, routed)
            continue
        if not href or href.startswith("#"):
            continue
        text = _anchor_text(a)
        more = text if _MORE_LINK.fullmatch(text) else ""
        if more:  # `更多>>`: named by its box's heading
            text = box_heading(a) or text
        if is_blocked(href, text) or is_calendar_year(a, href):
            continue
        try:
            url = clean_url(urljoin(base_url, href))
        except ValueError:  # `http://[broken` and the like
            continue
        if not is_fetchable(url) or is_blocked(url, text):
            continue
        if _GENERIC_LINK.fullmatch(text):  # `查看`, `【详细】`: the row names what it opens
            text = _row_title(a) or text
        link = score_link(
            text, url, in_report_column or a in listed, may_be_cut=not a.get("title")
        )
        if more and not link.is_report:  # a box's `更多>>` leads to its column, whatever it is
            link = replace(link, score=max(link.score, nav_score(more, url)))
        if link.score == 0 and not link.is_report and in_county_box(a, link.text):
            link = replace(link, score=COUNTY_UNIT_SCORE)
        elif (
            link.score > 0 and not (link.is_report or link.may_be_report) and _FILE_URL.search(url)
        ):
            link = replace(link, score=0)  # a file (a 指南.pdf in the sidebar) is no page to read
        if link.is_report or link.may_be_report:
            link = replace(link, date=row_date(a))
        elif names_other_edition(link.text, _text_before(a) if edition_sentences else ""):
            link = other_edition_link(link, base_url)
        old = links.get(url)
        if old is None or link.score > old.score:
            links[url] = link
    scripted = _scripted_links(sel.root, html_text, base_url, len(anchors), in_report_column)
    scripted += _data_links(sel.root, html_text, base_url, in_report_column)
    for link in scripted + _select_links(sel.root, html_text, base_url, in_report_column):
        old = links.get(link.url)
        if old is None or link.score > old.score:
            links[link.url] = link
    return list(links.values())


_MORE_LINK = re.compile(MORE_LINK_TEXT, re.I)
# How far above a `更多>>` link its box's title bar is looked for (`<div class="hd"><h3>…</h3>
# <span class="more"><a>更多</a></span></div>`).
_BOX_LEVELS = 2


def box_heading(a: HtmlElement) -> str:
    """The heading of the box a `更多>>` link sits in, "" when none is found: the nearest
    element with words before it (or before its wrapper) when that is a heading (`<h3>`,
    `class="tit"`) or stands in the box's title bar with it (`<div class="tit"><span>法治政府
    建设</span><a>更多>></a></div>`). A list before it (more at a box's foot) names nothing."""
    node = a
    for _ in range(_BOX_LEVELS):
        parent = node.getparent()
        if parent is None:
            return ""
        in_title_bar = _heading_like(parent)
        for before in node.itersiblings(preceding=True):
            if not isinstance(before.tag, str) or before.tag in ("script", "style"):
                continue
            words = squash_spaces(before.text_content())
            if not words:
                continue
            if in_title_bar or _heading_like(before):
                return _short(words)
            return ""
        if in_title_bar:
            return ""
        node = parent
    return ""


def _heading_like(el: HtmlElement) -> bool:
    """`<h3>`, or an element whose class says title, head or name (`tit`, `hd`, `box-head`)."""
    return el.tag in _HEADINGS or _HEADING.search(el.get("class") or "") is not None


# What a row's button says when the row's other cells name the item (`<td>title</td>…<td><a>查看
# </a></td>`, `<li><span class="bt">…</span><a>【详细】</a></li>`, a card's `阅读全文 >`).
_GENERIC_LINK = re.compile(
    r"[【\[(（]?\s*(?:点击)?(?:查看|详情|详细|浏览|阅读全文|全文|查看详情|查看全文|阅读|详细信息)"
    r"\s*[>»›》]*\s*[】\])）]?\s*[>»›]*"
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _row_title(a: HtmlElement) -> str:
    """The title of the row, item or card a button-like link opens, "" when none is found."""
    row = _row_of(a, _ROW_TAGS | _CARD_TAGS)
    if row is None:
        return ""
    text, whole = _item_text(row)
    if whole:
        return text
    for child in row.iterdescendants():
        if isinstance(child.tag, str) and (
            child.tag in _HEADINGS or _ITEM_TITLE_CLASS.search(child.get("class") or "")
        ):
            named = squash_spaces(" ".join(child.itertext()))
            if named and not _GENERIC_LINK.fullmatch(named):
                return named
    cells = [c for c in row.iterchildren("td", "th") if a not in c.iterdescendants()]
    if cells:
        return max((squash_spaces(c.text_content()) for c in cells), key=len)
    return ""


# Elements a listing row is, and how far above its link one is looked for.
_ROW_TAGS = frozenset({"li", "tr", "dd", "dl", "p"})
_CARD_TAGS = frozenset({"div", "section", "article"})
_ROW_LEVELS = 3


def _row_of(a: HtmlElement, tags: frozenset[str]) -> HtmlElement | None:
    """The nearest element of `tags` above the anchor, within _ROW_LEVELS levels."""
    row = a.getparent()
    for _ in range(_ROW_LEVELS):
        if row is None or row.tag in tags:
            return row
        row = row.getparent()
    return row if row is not None and row.tag in tags else None


def row_date(a: HtmlElement) -> str | None:
    """The date printed in the anchor's listing row beside it, if the row has one."""
    row = _row_of(a, _ROW_TAGS)
    if row is None:
        return None
    own = a.text_content()
    text = row.text_content()
    return parse_date(text.replace(own, " ", 1) if own else text)


def _route_link(a: HtmlElement, base_url: str, href: str, in_report_column: bool) -> Link | None:
    """A single-page app's anchor to a hash route of its page (`#/detail?id=123`): a link when
    its title is a report's or may be one, or when it names a column toward them
    (`#/list?columnId=12` 法治政府建设): a view of the app, read through the browser (`via`
    "route")."""
    url = route_url(base_url, href)
    if url is None:
        return None
    link = score_link(_anchor_text(a), url, in_report_column, may_be_cut=not a.get("title"))
    if link.is_report or link.may_be_report:
        return link
    return replace(link, via="route") if link.score > 0 else None


def _script_url(target: str, base_url: str) -> str | None:
    if not target or target.startswith("#") or is_blocked(target):
        return None
    url = clean_url(urljoin(base_url, target))
    if urlsplit(url).scheme not in {"http", "https"} or is_blocked(url):
        return None
    return url


def _scripted_links(
    root: HtmlElement, html_text: str, base_url: str, anchors: int, in_report_column: bool
) -> list[Link]:
    """Links that exist only in script: a jump page's `location.href = "/…/index.html"`,
    handlers naming a page (`onclick="window.open('…')"`, `showTab('/col/…/list.shtml')`,
    `href="javascript:openCol('…')"`) on items and menu entries without a real href, and the
    pages the page's scripts load into it or open (see `_script_call_links`)."""
    out = []
    if anchors <= JUMP_PAGE_MAX_ANCHORS:
        for jump in _SCRIPT_TARGET.findall(html_text):
            url = _script_url(jump, base_url)
            if url is not None:
                score = max(nav_score("", url), STRONG_NAV_SCORE)
                out.append(Link(url, "", score, False, via=JUMP))
    out += _script_call_links(root, html_text, base_url, in_report_column)
    if "onclick" not in html_text and "javascript:" not in html_text:
        return out
    for el in root.xpath(_ONCLICK_ONLY):
        code = el.get("onclick") or el.get("href") or ""
        found = _SCRIPT_TARGET.search(code) or _HANDLER_PAGE.search(code)
        if found:
            target = found.group(found.lastindex or 1)
        elif _PAGER_TEXT.fullmatch(squash_spaces(el.text_content())):
            continue  # a script pager's link (`goPage(3)`): paged, never a link of its own
        else:  # a call of a page function that builds the URL from its arguments
            target = handler_target(html_text, code)
        try:
            url = _script_url(target, base_url) if target else None
        except ValueError:  # `http://[broken` and the like
            continue
        if url is not None:
            text, whole = _item_text(el)
            link = score_link(text, url, in_report_column, may_be_cut=not whole)
            out.append(replace(link, via="onclick"))
    return out


def _item_text(el: HtmlElement) -> tuple[str, bool]:
    """What a list item or table row opened by script is called, and whether that is its whole
    title: its own `title`, else a descendant's `title` that completes the text the descendant
    shows (a cell cut to `…法治政府建设…` beside its number and date), else the text of its
    title child (`<span class="tit">`, not the date beside it), else its text."""
    own = squash_spaces(el.get("title") or "")
    if own:
        text = _anchor_text(el)  # the title, when it is the longer
        return (own if own in text else text), True  # a row's text holds its date too
    best = ""
    for child in el.iterdescendants():
        title = squash_spaces(child.get("title") or "") if isinstance(child.tag, str) else ""
        if len(title) <= len(best):
            continue
        shown = squash_spaces(" ".join(child.itertext())).rstrip("…．. ")
        if not shown or title.startswith(shown):
            best = title
    if best:
        return best, True
    for child in el.iterdescendants():
        if isinstance(child.tag, str) and _ITEM_TITLE_CLASS.search(child.get("class") or ""):
            text = squash_spaces(" ".join(child.itertext()))
            if text:
                return text, False
    return _anchor_text(el), False


def _data_links(
    root: HtmlElement, html_text: str, base_url: str, in_report_column: bool
) -> list[Link]:
    """Items a delegated handler opens by the URL they carry (`<li data-href="/tzgg/….jsp">`
    with `$('.list li').on('click', …$(this).data('href')…)`): a `data-href`, `data-url` or
    `data-link` that is a path or a page's URL, named by the item's title (`title=`, a `.tit`
    child) or its text."""
    if not any(f"{name}=" in html_text for name in DATA_LINK_ATTRIBUTES):
        return []
    out = []
    for el in root.xpath(_DATA_LINKED):
        href = (el.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript")):
            continue  # an anchor: read as one
        value = next((el.get(name) or "" for name in DATA_LINK_ATTRIBUTES if el.get(name)), "")
        value = value.strip()
        if not _DATA_URL.fullmatch(value):
            continue
        try:
            url = _script_url(value, base_url)
        except ValueError:  # `http://[broken` and the like
            continue
        if url is None or not is_fetchable(url):
            continue
        text, whole = _item_text(el)
        link = score_link(text, url, in_report_column, may_be_cut=not whole)
        out.append(replace(link, via="data"))
    return out


def _script_call_links(
    root: HtmlElement, html_text: str, base_url: str, in_report_column: bool
) -> list[Link]:
    """Pages the page's inline scripts load into it or open, each named as the page shows it:
    by the tab or box heading of the element the list fills, by the element that calls the
    function the call is in, or by a name written beside the call. Unnamed, the URL decides;
    a call that leads nowhere worth going is left out."""
    out = []
    for call in page_calls(html_text):
        if call.via == "src":
            continue  # a frame's source: frames.py
        try:
            url = _script_url(call.url, base_url)
        except ValueError:
            continue
        if url is None or not is_fetchable(url):
            continue
        link = score_link(_call_label(root, call), url, in_report_column)
        if link.score > 0:  # a header include, a mobile redirect: not a link worth keeping
            out.append(replace(link, via=call.via))
    return out


def _call_label(root: HtmlElement, call: ScriptCall) -> str:
    if call.target:
        label = target_label(root, call.target)
        if label:
            return label
    if call.function:
        for el in root.xpath(
            "//*[contains(@onclick, $f) or contains(@href, $f)]", f=call.function + "("
        ):
            label = _short(_anchor_text(el))
            if label:
                return label
    return call.label


def _short(text: str) -> str:
    return text if 0 < len(text) <= LABEL_CHARS else ""


def target_label(root: HtmlElement, element_id: str) -> str:
    """The name of the box or tab an element is: a container a script fills has none of its own
    (it holds a placeholder), so it is named by the element that refers to it (`href="#tab3"`,
    `data-target`), by the tab at its index in a tab strip before its group of panes, or by the
    heading just before it or its box."""
    for el in root.xpath(_REFERRING, id=element_id, hash="#" + element_id):
        label = _short(_anchor_text(el))
        if label:
            return label
    found = root.xpath("//*[@id = $id or @name = $id]", id=element_id)
    if not found:
        return ""
    target = found[0]
    return _tab_label(target) or _heading_before(target) or _heading_before(target.getparent())


def _tab_label(pane: HtmlElement) -> str:
    """Tabs matched to panes by index (`$('.tab-con').eq(i)`): the i-th item of the list just
    before a group of sibling panes of one class."""
    parent, cls = pane.getparent(), pane.get("class")
    if parent is None or not cls:
        return ""
    group = [el for el in parent if el.tag == pane.tag and el.get("class") == cls]
    if len(group) < 2:
        return ""
    for nav in group[0].itersiblings(preceding=True):
        items = nav.xpath("./li | ./ul/li | ./a | ./span")
        if len(items) == len(group):
            return _short(_anchor_text(items[group.index(pane)]))
    return ""


def _heading_before(el: HtmlElement | None) -> str:
    if el is None:
        return ""
    for before in el.itersiblings(preceding=True):
        if not isinstance(before.tag, str) or before.tag in ("script", "style"):
            continue
        if _HEADING.search(before.tag) or _HEADING.search(before.get("class") or ""):
            return _short(squash_spaces(before.text_content()))
        return ""
    return ""


def _select_links(
    root: HtmlElement, html_text: str, base_url: str, in_report_column: bool
) -> list[Link]:
    """Options of a `<select>` that navigates on change (`location.href=this.value`, or a
    script bound to it: a select outside any form whose values are paths): a year picker of a
    report column, a 部门/乡镇 jump menu. Each option's value is a link."""
    if "<select" not in html_text and "<SELECT" not in html_text:
        return []
    out = []
    for select in root.xpath("//select"):
        onchange = select.get("onchange")
        if onchange is not None:
            if not _SELECT_NAVIGATES.search(onchange):
                continue
        elif select.xpath("ancestor::form") or not select.xpath(
            ".//option[contains(@value, '/')]"
        ):
            continue
        for option in select.xpath(".//option[@value]"):
            value = (option.get("value") or "").strip()
            try:
                url = _script_url(value, base_url) if _OPTION_URL.search(value) else None
            except ValueError:  # `http://[broken` and the like
                continue
            if url is not None:
                text = squash_spaces(option.text_content())
                out.append(score_link(text, url, in_report_column))
    return out

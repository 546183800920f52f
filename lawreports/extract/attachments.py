"""附件 links of a report page: which links are the report's attachments, their name and type.

An attachment is recognised by the extension in its path, a `showname=`/`filename=` query value
(Hanweb `downfile.jsp`), or link text such as `附件：….pdf` / `附件1`. Only links in the article
region (the body container and the block it shares with the title) or labelled 附件 count, so a
site-wide `政府信息公开指南.pdf` in a sidebar or footer is never taken for the report's file.
"""

from __future__ import annotations

import base64
import re
from pathlib import PurePosixPath
from typing import Any, Final
from urllib.parse import unquote, unquote_to_bytes, urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from lawreports.discovery.scripturls import handler_target
from lawreports.extract.body import (
    is_furniture_element,
    known_containers,
    xpath_elements,
)
from lawreports.extract.filetypes import named_suffix, quoted_path
from lawreports.extract.text import (
    BLANKS,
    SPACES,
    cjk_count,
    remove_spaces,
    squash_spaces,
    text_content,
)
from lawreports.extract.vocabulary import (
    ATTACHMENT_BLOCK_TOKENS,
    ATTACHMENT_NAME_KEYS,
    ATTACHMENT_TYPES,
    DOWNLOAD_BOX_HEADINGS,
)

# Types whose text lawreports extracts; everything else is listed but never fetched.
TEXT_TYPES: frozenset[str] = frozenset({"pdf", "docx", "doc", "wps", "ofd"})
_LABEL: Final = re.compile(r"^\s*附\s*件\s*(?:\d|[:：.、．\s]|$)")
_NAME_PREFIX: Final = re.compile(r"^\s*附\s*件\s*(?:\d+\s*[:：.、．]?|[:：.、．]|\s|$)\s*")
_NAME_SUFFIX: Final = re.compile(
    r"\s*[(（\[【]\s*\d+(?:\.\d+)?\s*(?:[KMG]i?B?|字节|bytes?)\s*[)）\]】]\s*$", re.I
)
_DOWNLOAD_WORDS: Final = re.compile(r"^(?:点击)?(?:下载|查看|预览|浏览)(?:附件|文件|全文)?$")
_DOWNLOAD_TEXT_CHARS: Final = 6
# Words of a download address, matched in the lower-cased URL (four times faster than a
# case-insensitive pattern, which the engine cannot scan for a first letter).
_DOWNLOAD_URL: Final = re.compile(r"down|attach|fujian|getfile|file(?:id|name)?=|preview")
_PAGE_SUFFIXES: Final = (".htm", ".html", ".shtml", ".xhtml")
_MAYBE_FILE: Final = named_suffix(ATTACHMENT_TYPES)
_EMBED_ATTRS: Final = (("iframe", "src"), ("embed", "src"), ("object", "data"))
# Buttons whose click opens a file: their `onclick` is their link.
_BUTTONS: Final = ("button", "input")
# The elements that may point to a file: links, buttons and embedded viewers.
_CANDIDATE_TAGS: Final = ("a", *_BUTTONS, *(tag for tag, _ in _EMBED_ATTRS))
_LABEL_BLOCK_CJK: Final = 120
# Where a file name's extension ends, when more follows it (a size, a date, a counter).
_EXTENSION_END: Final = re.compile(
    rf"\.(?:{'|'.join(sorted(ATTACHMENT_TYPES, key=len, reverse=True))})(?=[\s(（\[【])", re.I
)


def attachment_type(name_or_path: str) -> str | None:
    """The attachment type named by a file name or path (`x.PDF` → `pdf`), else None."""
    suffix = PurePosixPath(unquote(name_or_path).strip().lower().rstrip("/")).suffix
    kind = suffix.lstrip(".")
    return kind if kind in ATTACHMENT_TYPES else None


def decode_query_value(raw: str, *, plus_is_space: bool = True) -> str:
    """Percent-decode a query value (or a path: `plus_is_space=False`) that may be UTF-8 or
    GBK (older Hanweb sites)."""
    data = unquote_to_bytes(raw.replace("+", " ") if plus_is_space else raw)
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def query_name(url: str) -> str | None:
    """The file name a download URL carries in its query (`showname=…`, `filename=…`)."""
    names: dict[str, str] = {}
    for pair in urlsplit(url).query.split("&"):
        key, _, value = pair.partition("=")
        if key.lower() in ATTACHMENT_NAME_KEYS and value:
            names.setdefault(key.lower(), decode_query_value(value))
    for key in ATTACHMENT_NAME_KEYS:
        found = names.get(key)
        if found and attachment_type(found):
            return found
    return None


def _looks_like_page(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(_PAGE_SUFFIXES)


def clean_name(text: str) -> str:
    """Link text as a file name: without `附件1：`, and ending with its extension when it has
    one (`报告.docx (2.35MB) 2024-03-05`, `报告.docx [下载次数：12]`), else without a
    trailing `(256KB)`."""
    text = squash_spaces(text)
    name = _NAME_SUFFIX.sub("", _NAME_PREFIX.sub("", text))
    if "." not in name and attachment_type("x." + name):
        name = _NAME_SUFFIX.sub("", text)  # `附件1.docx`: the label is the whole name
    extension = _EXTENSION_END.search(name)
    if extension is not None:
        name = name[: extension.end()]
    return "" if _DOWNLOAD_WORDS.match(remove_spaces(name)) else name.strip()


# What names another page, not a file of the report's, when a link says 附件 but no type.
_ANOTHER_DOCUMENT: Final = re.compile(r"解读|图解|答记者问")


def classify_link(url: str, text: str, *, labelled: bool = False) -> tuple[str, str | None] | None:
    """(name, type) when a link is an attachment, else None; type None = learn it on fetch."""
    path = urlsplit(url).path
    from_query = query_name(url)
    kind = attachment_type(path) or (attachment_type(from_query) if from_query else None)
    if not kind and not _looks_like_page(url):
        kind = attachment_type(clean_name(text))
        says_attachment = bool(_LABEL.match(text)) or (
            labelled and bool(_DOWNLOAD_URL.search(url.lower()))
        )
        if not kind and (not says_attachment or _ANOTHER_DOCUMENT.search(text)):
            return None  # a 解读 page linked as 附件 is a page, not a file
    elif not kind:
        return None
    name = clean_name(text)
    if not name or name.startswith(("http://", "https://", "/")):  # the text is the address
        name = from_query or PurePosixPath(_decoded_path(path)).name
    return name, kind


def _decoded_path(path: str) -> str:
    return decode_query_value(path, plus_is_space=False) if "%" in path else path


# --- where attachments may be --------------------------------------------------------------


def _in_furniture(el: lxml_html.HtmlElement) -> bool:
    return any(is_furniture_element(a) for a in el.iterancestors())


def _title_element(root: lxml_html.HtmlElement, title: str) -> lxml_html.HtmlElement | None:
    key = remove_spaces(title)
    if not key:
        return None
    body = root.find("body")
    scope = body if body is not None else root
    # The title's text sits in some element's own text: start from those few elements
    # instead of measuring the text of every element of the page.
    head = key[: min(len(key), 6)]
    holders = xpath_elements(_TEXT_HOLDERS, scope, head=head)
    found = [el for el in (_titled(holder, scope, key) for holder in holders) if el is not None]
    # A heading is the article's title; a 信息公开 table's 标题 cell may come before it.
    headed = [el for el in found if el.tag in _HEADINGS]
    if headed or found:
        return (headed or found)[0]
    return _title_element_slow(scope, key)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _titled(
    holder: lxml_html.HtmlElement, scope: lxml_html.HtmlElement, key: str
) -> lxml_html.HtmlElement | None:
    """The element (the holder or an ancestor) whose whole text is the title, if any."""
    for el in (holder, *holder.iterancestors()):
        if el is scope:
            return None
        text = remove_spaces(text_content(el))
        if text == key:
            return holder if remove_spaces(text_content(holder)) == key else el
        if len(text) > len(key):
            return None
    return None


# Elements with a text node (their own text or a child's tail) holding `$head`, spaces ignored.
_XPATH_SPACES: Final = SPACES.replace("\f", "").replace("\v", "") + "\n"
_TEXT_HOLDERS: Final = etree.XPath(
    f"descendant::text()[contains(translate(., '{_XPATH_SPACES}', ''), $head)]/parent::*",
    regexp=False,
)


def _title_element_slow(scope: lxml_html.HtmlElement, key: str) -> lxml_html.HtmlElement | None:
    """The title split over several inline elements: measure every element (rare)."""
    for el in scope.iter():
        if isinstance(el.tag, str) and remove_spaces(text_content(el)) == key:
            deepest = el
            for inner in el.iter():
                if isinstance(inner.tag, str) and remove_spaces(text_content(inner)) == key:
                    deepest = inner
            return deepest
    return None


def _common_ancestor(
    a: lxml_html.HtmlElement, b: lxml_html.HtmlElement
) -> lxml_html.HtmlElement | None:
    chain = {id(x) for x in (a, *a.iterancestors())}
    for x in (b, *b.iterancestors()):
        if id(x) in chain:
            return x
    return None


def article_regions(
    root: lxml_html.HtmlElement, title: str
) -> tuple[list[lxml_html.HtmlElement], lxml_html.HtmlElement | None]:
    """The body containers, widened to the block they share with the title when there is
    one; and the title's element, when found."""
    containers = [
        el for matches in known_containers(root) for el in matches if not _in_furniture(el)
    ]
    title_el = _title_element(root, title)
    if containers and title_el is not None:
        shared = _common_ancestor(title_el, containers[0])
        if shared is not None and shared.tag not in ("body", "html"):
            return [shared], title_el
    if containers:
        return containers, title_el
    if title_el is not None:
        parent = title_el.getparent()
        if parent is not None and parent.tag not in ("body", "html"):
            return [parent], title_el
    return [], title_el


def _above(el: lxml_html.HtmlElement, title_el: lxml_html.HtmlElement | None) -> bool:
    """Whether the link stands above the title in the page (a guide or a 下载中心 link the
    block shares with the article): a report's files come after its title."""
    if title_el is None or el.sourceline is None or title_el.sourceline is None:
        return False
    if el.sourceline != title_el.sourceline:
        return bool(el.sourceline < title_el.sourceline)
    for node in title_el.getroottree().getroot().iter():  # one line of source: page order
        if node is el:
            return True
        if node is title_el:
            return False
    return False


def _is_attachment_block(el: lxml_html.HtmlElement) -> bool:
    for attr in ("id", "class"):
        for token in (el.get(attr) or "").lower().split():
            if any(part in ATTACHMENT_BLOCK_TOKENS for part in re.split(r"[-_]", token)):
                return True
    return False


def _labelled_by_itself(link: lxml_html.HtmlElement, text: str) -> bool:
    """Whether the only 附件 near the link is in its own text (`<a>附件：表格.xls</a>`): it
    then says nothing of where the link is (a site's download box writes it too), and the
    link counts as the report's only inside the article."""
    if "附" not in text:
        return False
    parent = link.getparent()
    if parent is None:
        return True
    around = remove_spaces(text_content(parent)).replace(remove_spaces(text), "", 1)
    return "附件" not in around


def _in_download_box(link: lxml_html.HtmlElement) -> bool:
    """Whether the link is in a small block headed as the site's download box (下载中心)."""
    for level, block in enumerate(link.iterancestors()):
        if level == _LABEL_BLOCK_LEVELS:
            return False
        text = remove_spaces(text_content(block))
        if text.startswith(DOWNLOAD_BOX_HEADINGS):
            return True
        if more_han_than(text, _DOWNLOAD_BOX_CJK):
            return False
    return False


def more_han_than(text: str, limit: int) -> bool:
    """`cjk_count(text) > limit`, settled without counting a text too short to hold that many,
    and on the first `2 * limit` characters of a long one when they already do (the article's
    whole text, read for each ancestor of a link in it)."""
    if len(text) <= limit:
        return False
    head = cjk_count(text[: 2 * limit])
    return head > limit or (len(text) > 2 * limit and head + cjk_count(text[2 * limit :]) > limit)


# A download box is a heading over a list of names; a larger block is the page.
_DOWNLOAD_BOX_CJK: Final = 300


def _labelled(el: lxml_html.HtmlElement) -> bool:
    """The link sits in a small block that says 附件 (`<p>附件：<a>…</a></p>`, `.fj-a`), or a
    few blocks up in one (`<tr><td>附件：</td><td><a>…</a></td></tr>`, a `div.xgfj` around a
    list, a `相关附件` heading above it), as long as the blocks stay small."""
    blocks = 0
    for block in el.iterancestors():
        if _is_attachment_block(block):
            return True
        if block.tag in _LABEL_BLOCKS:
            text = remove_spaces(text_content(block))
            if more_han_than(text, _LABEL_BLOCK_CJK):
                return False
            if ("附件" in text) if blocks == 0 else _LABEL_ABOVE.match(text) is not None:
                return True
            blocks += 1
            if blocks == _LABEL_BLOCK_LEVELS:
                return False
    return False


_LABEL_BLOCKS = frozenset({"p", "li", "dd", "td", "div", "span", "ul", "ol", "dl", "tr", "table"})
# How many small blocks up a link may sit from its 附件 label or attachment block; above its
# own block, the label must open the block (a 下载中心 box that names 附件 somewhere is none).
_LABEL_BLOCK_LEVELS: Final = 4
_LABEL_ABOVE: Final = re.compile(r"(?:相关)?附\s*件")


def _inside(el: lxml_html.HtmlElement, regions: list[lxml_html.HtmlElement]) -> bool:
    ancestors = {id(a) for a in el.iterancestors()}
    return any(id(r) in ancestors for r in regions)


def _may_be_attachment(href: str, text: str) -> bool:
    """Cheap pre-check: every link classify_link can accept passes it, most page links fail."""
    return bool(
        _may_name_a_file(href)
        or _may_name_a_file(text)
        or "附" in text
        or _DOWNLOAD_URL.search(href.lower())
    )


def _may_name_a_file(text: str) -> bool:
    """`_MAYBE_FILE.search(text)`, asked only where it can match: a type follows a `.` or a
    `%2e`, and most links' texts (`首页`, `关于…的通知`) hold neither. A search costs hundreds
    of instructions even on a short text (case-insensitive: sre scans for no first
    character), a `str` test a few dozen."""
    return ("." in text or "%" in text) and _MAYBE_FILE.search(text) is not None


def may_hold_attachments(root: lxml_html.HtmlElement) -> bool:
    """Whether any link or embedded viewer passes the pre-check `find_attachments` starts
    with: when none does, it would find nothing. A link's href is tested first, and its text
    (as served: spaces do not change the test) is read only when the href says nothing."""
    scripts: list[str] = []
    for el in root.iter(*_CANDIDATE_TAGS):
        tag: str = el.tag  # typed: the tests below are then compiled, not method calls
        href = _candidate_href(el, tag, root, scripts)
        if not href:
            continue
        if _may_name_a_file(href) or _DOWNLOAD_URL.search(href.lower()):
            return True
        text = text_content(el) if tag in ("a", "button") else ""
        if not text.strip(BLANKS):  # what squashing would leave empty: the title stands in
            text = el.get("title") or ""
        if "附" in text or _may_name_a_file(text):
            return True
    return False


def _candidates(root: lxml_html.HtmlElement) -> list[tuple[lxml_html.HtmlElement, str, str]]:
    """(element, href, text) of every link and embedded document viewer (`_candidate_href`)."""
    found: list[tuple[lxml_html.HtmlElement, str, str]] = []
    scripts: list[str] = []  # the page's inline scripts, read when a link's script needs them
    for el in root.iter(*_CANDIDATE_TAGS):
        tag: str = el.tag  # typed: the tests below are then compiled, not method calls
        href = _candidate_href(el, tag, root, scripts)
        if not href:
            continue
        if tag == "input":
            text = squash_spaces(el.get("value") or "")
        elif tag in ("a", "button"):
            text = squash_spaces(text_content(el))
        else:  # a viewer: its name is its document's
            text = ""
        if not text or (len(text) <= _DOWNLOAD_TEXT_CHARS and _DOWNLOAD_WORDS.match(text)):
            # `<a title="报告.pdf">点击下载</a>`, `<a download="报告.pdf">`: the name is there
            text = squash_spaces(el.get("download") or el.get("title") or "") or text
        elif el.get("download") and attachment_type(el.get("download", "")):
            text = squash_spaces(el.get("download", ""))  # the saved file's name, typed
        found.append((el, href, text))
    return found


def _candidate_href(
    el: lxml_html.HtmlElement, tag: str, root: lxml_html.HtmlElement, scripts: list[str]
) -> str:
    """Where a link or viewer points, or "" for nowhere a file can be; a link whose href is a
    script (`javascript:void(0)` with `onclick="downloadFile('/u/r.pdf')"`) counts with the
    document path its script names, or where the page's function it calls goes
    (`onclick="download(8842)"`, `function download(id){location.href='/attach/download?id='
    + id}`). `tag` is the element's (read once: lxml builds the string at each read)."""
    if tag in _BUTTONS:  # `<button onclick="window.open('/u/r.ofd')">下载OFD版</button>`
        code: str = el.get("onclick") or ""
        return (_scripted_file(code) or _handled(code, root, scripts)) if code else ""
    attr = "href" if tag == "a" else dict(_EMBED_ATTRS)[tag]
    # Typed (lxml's values are Any to mypyc): the string operations below are compiled, where
    # on an Any each is a method call (~500 instructions a link).
    value: str = el.get(attr) or ""
    href = value.strip()
    if "\\" in href or "\n" in href or "\t" in href:  # as a browser reads it
        href = href.replace("\\", "/").replace("\n", "").replace("\t", "").replace("\r", "")
    if tag == "a" and (not href or href.startswith(("javascript:", "#"))):
        code = href.removeprefix("javascript:") + " " + (el.get("onclick") or "")
        href = _scripted_file(code) or _handled(code, root, scripts)
    if not href or href.startswith(("javascript:", "#", "mailto:", "tel:", "data:")):
        return ""
    return href


def _handled(code: str, root: lxml_html.HtmlElement, scripts: list[str]) -> str:
    """Where a link's call of one of the page's functions goes, "" when it goes nowhere known."""
    if "(" not in code:
        return ""
    if not scripts:
        scripts.append(
            "".join(f"<script>{s.text}</script>" for s in root.iter("script") if s.text)
        )
    return handler_target(scripts[0], code) or ""


# A quoted path to a document in a link's script (`downloadFile('/u/2024/r.pdf')`).
_SCRIPTED_FILE: Final = quoted_path(ATTACHMENT_TYPES)


def _scripted_file(script: str) -> str:
    """The document path a link's script names; when it names the file by a display name
    (`downloadFile('/attach/getFile?id=88231', '报告.pdf')`), the path beside it."""
    match = _SCRIPTED_FILE.search(script) if "." in script else None
    if match is None:
        return ""
    if "/" in match.group(1):
        return match.group(1)
    path = _SCRIPTED_PATH.search(script)
    return path.group(1) if path else match.group(1)


# A quoted path or URL among a script's arguments.
_SCRIPTED_PATH: Final = re.compile(r"""['"]((?:https?://|\.{0,2}/)[^'"\s]+)['"]""")


# Query keys a document viewer (pdf.js `viewer.html?file=…`) names its document by.
_VIEWER_KEYS: Final = frozenset({"file", "url", "src", "path", "pdf", "fileurl", "filepath"})


def viewed_document(url: str) -> str:
    """The document a viewer page shows (`/pdfjs/web/viewer.html?file=%2Fu%2Fr.pdf` →
    `/u/r.pdf`, absolute), else the URL itself: the viewer is a page, the file is the
    attachment."""
    parts = urlsplit(url)
    if not parts.query or attachment_type(parts.path):
        return url
    for pair in parts.query.split("&"):
        key, _, value = pair.partition("=")
        if key.lower() in _VIEWER_KEYS and value:
            target = decode_query_value(value)
            if not attachment_type(urlsplit(target).path):
                target = _base64_url(target)  # kkFileView: `onlinePreview?url=<base64>`
            if target and attachment_type(urlsplit(target).path):
                return urljoin(url, target)
    return url


_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")


def _base64_url(value: str) -> str:
    """The URL a base64 value spells (standard or URL-safe, padding or not), else ""."""
    if not _BASE64.fullmatch(value):
        return ""
    try:
        text = base64.urlsafe_b64decode(
            value.replace("+", "-").replace("/", "_").rstrip("=")
            + "=" * (-len(value.rstrip("=")) % 4)
        ).decode("utf-8")
    except ValueError:
        return ""
    return text if text.startswith(("http://", "https://", "/")) else ""


def find_attachments(
    root: lxml_html.HtmlElement, base_url: str, title: str = ""
) -> list[dict[str, Any]]:
    """The report's attachments as `{"name", "url", "type"}`, in page order, each URL once.

    `root` is the page before furniture removal: attachment blocks are often hidden
    (`display:none` until a script shows them).
    """
    regions: list[lxml_html.HtmlElement] | None = None  # measured once a link needs them
    title_el: lxml_html.HtmlElement | None = None
    found: dict[str, dict[str, Any]] = {}
    named_by_text: set[str] = set()
    for el, href, text in _candidates(root):
        if not _may_be_attachment(href, text):
            continue
        url = viewed_document(urljoin(base_url, href))
        # Being labelled only widens what counts: a link that is no attachment even then is
        # dropped before the (costly) walks over its ancestors.
        if (
            classify_link(url, text, labelled=True) is None
            or _in_furniture(el)
            or _in_download_box(el)
        ):
            continue
        labelled = _labelled(el)
        if not labelled or _labelled_by_itself(el, text):
            if regions is None:
                regions, title_el = article_regions(root, title)
            if not _inside(el, regions) or _above(el, title_el):
                continue
        hit = classify_link(url, text, labelled=labelled)
        if hit is None:
            continue
        name, kind = hit
        if url not in found or (clean_name(text) and url not in named_by_text):
            found[url] = {"name": name, "url": url, "type": kind}
        if clean_name(text):
            named_by_text.add(url)
    return list(found.values())


# Image types a report scanned page by page is published in.
SCAN_TYPES: frozenset[str] = frozenset({"jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff"})


def scanned_pages(container: lxml_html.HtmlElement, base_url: str) -> list[dict[str, Any]]:
    """The images of a text region that holds no text: a report published as a scan (TRS
    `./W0….jpg`), listed as its attachments so that it is not taken for an empty page."""
    found: dict[str, dict[str, Any]] = {}
    for img in container.iter("img"):
        src = (img.get("src") or img.get("data-src") or "").strip()
        if not src or src.startswith("data:"):
            continue
        url = urljoin(base_url, src)
        name = PurePosixPath(urlsplit(url).path).name
        kind = PurePosixPath(name.lower()).suffix.lstrip(".")
        if kind in SCAN_TYPES and url not in found:
            found[url] = {"name": name, "url": url, "type": kind}
    return list(found.values())

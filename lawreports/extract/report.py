"""One report page → one ReportItem (before cleaning, normalization and dedup)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from itertools import islice, pairwise
from typing import Any, Final
from urllib.parse import urldefrag, urljoin

from lxml import etree
from lxml import html as lxml_html

from lawreports.discovery.titles import classify_title, without_next_year_plan
from lawreports.extract.attachments import find_attachments, may_hold_attachments, scanned_pages
from lawreports.extract.body import (
    BodyResult,
    PageText,
    body_from,
    cells_on_one_line,
    drop_contents_list,
    drop_furniture,
    find_container,
    furniture_metadata,
    keep_document_viewers,
    known_containers,
    marked_region,
    page_text,
    parse_html,
    select,
    wrap_marked_region,
    xpath_elements,
)
from lawreports.extract.dates import date_from_url, parse_date, year_named
from lawreports.extract.filetypes import page_suffixes
from lawreports.extract.metadata import (
    LabelHit,
    class_named_fields,
    date_after_pipe,
    date_before_labels,
    date_in_source,
    glued_bare_label,
    has_label_row,
    head_doc_no,
    info_cells_near_title,
    label_hits,
    label_rows,
    line_under_title,
    meta_tags,
    normalize_doc_no,
    normalize_index_no,
    parse_label_text,
    spaced_bare_labels,
    stacked_label_cells,
)
from lawreports.extract.text import (
    cjk_count,
    element_lines,
    remove_spaces,
    squash_spaces,
    text_content,
    visible,
)
from lawreports.extract.vocabulary import (
    ATTACHMENT_TYPES,
    COLUMN_NAMES,
    METADATA_LABELS,
    OPENING_PREAMBLE_LINES,
    ORG_NAME_ENDINGS,
    SITE_NAME_ENDINGS,
    SITE_NAME_SEPARATORS,
    TITLE_CLASS_WORDS,
    YEARLESS_PREAMBLE_LINES,
)
from lawreports.items import ReportItem

_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜—–－]|-{1,2}|\s{2,})\s*")
# A crumb in the title tag (`站点>政务公开>…>标题`): its last step is the page.
_TITLE_CRUMB: Final = re.compile(r"\s*[>＞»›]\s*")


# A page can only have an attachment if it says 附件 or names a file type somewhere; most
# report pages do neither, and then the second parse the attachment finder needs is skipped.
_FILE_SUFFIX, _ENCODED_FILE_SUFFIX = page_suffixes(ATTACHMENT_TYPES)


def _may_have_attachments(html_text: str) -> bool:
    return (
        "附" in html_text
        or _file_type_after(".", _FILE_SUFFIX, html_text)
        or _file_type_after("%2e", _ENCODED_FILE_SUFFIX, html_text)
    )


@cache
def _type_heads(opening: str) -> frozenset[str]:
    """`opening` and a file type's first two letters, lower case (`.pd`, `%2epd`)."""
    return frozenset(opening + kind[:2] for kind in ATTACHMENT_TYPES)


def _type_pairs(types: frozenset[str]) -> bytes:
    """Which two ASCII characters may open a file type, ignoring case: 1 at `128 * ord(first)
    + ord(second)`."""
    heads = {kind[:2] for kind in types}
    return bytes(chr(a).lower() + chr(b).lower() in heads for a in range(128) for b in range(128))


_TYPE_PAIRS: Final = _type_pairs(ATTACHMENT_TYPES)


def _may_open_type(text: str, at: int) -> bool:
    """Whether the two characters from `at` may open a file type, ignoring case as re.I does:
    a pair of `_TYPE_PAIRS`, or one with a letter that is not ASCII but matches one (`ſ` for
    `s`). Read as code points, not sliced: most of a page's dots open no type (`.cn`, `.png`,
    `.html`, `1.关于`)."""
    if at + 1 >= len(text):
        return False
    first, second = ord(text[at]), ord(text[at + 1])
    if first < 128 and second < 128:
        return _TYPE_PAIRS[first * 128 + second] != 0
    return _may_fold_to_ascii(first) and _may_fold_to_ascii(second)


def _may_fold_to_ascii(code: int) -> bool:
    """Whether the character is ASCII or one of the four letters that re.I matches to an ASCII
    one (`İ`, `ı`, `ſ`, `K`: the `re` documentation's list)."""
    return code < 128 or code in (0x130, 0x131, 0x17F, 0x212A)


def _file_type_after(opening: str, pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` (`opening`, then a file type, ignoring case) matches in the text.
    It is tried only where `str.find` (memchr) finds opening's first character and the
    characters from there may open a type, compared lower-cased (any that are not ASCII may,
    as re.I matches `ſ` for `s`): sre's own scan for the character costs ten times as much,
    and a match call for each of a page's dots as much again. The two characters after the
    opening are looked up first (`_may_open_type`): slicing and lower-casing the window of
    each of a page's dots cost ~1,300 instructions a dot (61k a page)."""
    heads = _type_heads(opening)
    width = len(opening) + 2
    at = text.find(opening[0])
    while at != -1:
        if _may_open_type(text, at + len(opening)):
            window = text[at : at + width]
            if (not window.isascii() or window.lower() in heads) and pattern.match(text, at):
                return True
        at = text.find(opening[0], at + 1)
    return False


def _document_base(root: lxml_html.HtmlElement, url: str) -> str:
    """What relative links resolve against: the page's `<base href>` (in its head), else its
    URL."""
    base = root.find("head/base[@href]")
    return urljoin(url, base.get("href", "").strip()) if base is not None else url


@dataclass(frozen=True)
class PageHints:
    """What the crawl knows before parsing: the link text that led here, the site's overrides."""

    link_text: str | None = None
    title_selector: str | None = None
    body_selector: str | None = None


_ElementQuery = Callable[[lxml_html.HtmlElement], list[lxml_html.HtmlElement]]
# A class named for a title in pinyin initials or cut short (`wzbt`, `ny-tit`, `newsTit`):
# the attribute is found by XPath, its last word checked against the vocabulary.
_SHORT_TITLE_CLASS: Final = etree.XPath(
    "descendant::*/@class[contains(., 'it') or contains(., 'bt') or contains(., 'BT')"
    " or contains(., 'Bt')]/parent::*[not(self::a)][not(descendant::a)][not(ancestor::a)]",
    regexp=False,
)
_CLASS_WORD: Final = re.compile(r"[-_]|(?<=[a-z])(?=[A-Z])")


def _short_title_classes(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Elements whose class names a title in pinyin initials or cut short (`wzbt`, `ny-tit`,
    `newsTit`): a query over every class of the page, so asked last, when nothing before
    gave a report's title (a column's name above it, `法治政府建设年度报告`, gives none)."""
    return [
        el
        for el in xpath_elements(_SHORT_TITLE_CLASS, root)
        if _short_title_class(el.get("class", ""))
    ]


def _short_title_class(value: str) -> bool:
    return any(
        _CLASS_WORD.split(token)[-1].lower() in TITLE_CLASS_WORDS for token in value.split()
    )


# Where portals print an article's title, most telling first, with how many matches of each
# are looked at. An element whose class names a title is taken only when it holds no link and
# is in none (not a list of other articles), and more of them are looked at: a catalogue
# page's tree has a `tree-title` for each of its boxes before the article's own `xxgk_title`.
# ("itle" also finds `newsTitle`.) A tag is found by walking the tree, which stops at its
# first matches; the class query is an XPath compiled once. A class named in pinyin initials
# (`wzbt`) is looked for last (`_title_candidates`).
_TITLE_QUERIES: tuple[tuple[str | etree.XPath | _ElementQuery, int], ...] = (
    ("h1", 3),
    ("ucaptitle", 3),
    # Through the class attributes: a predicate on every element of a page pasted from
    # Word (a <span> per run) costs three times as much.
    (
        etree.XPath(
            "descendant::*/@class[contains(., 'itle')]/parent::*"
            "[not(descendant::a)][not(ancestor::a)]",
            regexp=False,
        ),
        12,
    ),
    ("h2", 3),
    ("h3", 3),
)
# A cell or block named in pinyin (标题 → `biaoti`): rarer, looked for after the title tag.
_PINYIN_TITLE: Final = etree.XPath(
    "descendant::*/@class[contains(., 'biaoti')]/parent::*[not(descendant::a)][not(ancestor::a)]",
    regexp=False,
)


def _title_elements(
    root: lxml_html.HtmlElement, query: str | etree.XPath | _ElementQuery, limit: int
) -> list[lxml_html.HtmlElement]:
    if isinstance(query, str):
        return list(islice(root.iter(query), limit))
    if isinstance(query, etree.XPath):
        return xpath_elements(query, root)[:limit]
    return query(root)[:limit]


def _title_candidates(
    root: lxml_html.HtmlElement,
    meta: dict[str, str],
    labels: dict[str, str],
    hints: PageHints,
    opening: list[str],
) -> Iterator[str]:
    """Plausible titles in order of trust, produced lazily: the search stops at a report's.
    `opening` is the text's own first lines."""
    if hints.title_selector:
        for el in select(root, hints.title_selector):
            yield from _element_titles(el)
    yield meta.get("title", "")
    yield labels.get("title", "")
    yield from _heading_titles(root)
    if hints.link_text:
        cut = _without_trailing_date(hints.link_text)
        if cut.endswith(_ELLIPSES):  # a list's cut title: the page shows it whole
            yield from _shown_whole(root, cut)
        yield hints.link_text
    title_el = root.find(".//title")
    if title_el is not None and title_el.text:
        yield from _title_tag_parts(squash_spaces(title_el.text), meta.get("site_name"))
    for og in root.iter("meta"):
        prop: str = og.get("property") or ""  # typed: compared in place, not by a method call
        if prop == "og:title":
            yield squash_spaces(og.get("content") or "")
    for query in (_PINYIN_TITLE, _short_title_classes):
        for el in _title_elements(root, query, 3):
            yield from _element_titles(el)
    yield from _opening_titles(opening)


def _heading_elements(root: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """The elements where portals print an article's heading, most telling first."""
    for query, limit in _TITLE_QUERIES:
        yield from _title_elements(root, query, limit)


def _heading_titles(root: lxml_html.HtmlElement) -> Iterator[str]:
    for el in _heading_elements(root):
        yield from _element_titles(el)


def _linked(el: lxml_html.HtmlElement) -> bool:
    """Whether the element is, or holds, a link: a list's entry, not the page's heading."""
    return el.find(".//a") is not None or next(el.iterancestors("a"), None) is not None


def _names_the_site(part: str, site_name: str | None) -> bool:
    return bool(part) and (part == site_name or part.endswith(SITE_NAME_ENDINGS))


def _beside_the_site(part: str, site_name: str | None) -> list[str]:
    """A part of the title tag split where the site's name stands beside the title at a colon
    or a dot (`站点：标题`, `标题 · 站点`), the title first; the part whole elsewhere."""
    for sep in SITE_NAME_SEPARATORS:
        if sep not in part:
            continue
        head, _, rest = part.partition(sep)
        if _names_the_site(head.strip(), site_name):
            return [rest.strip(), head.strip()]
        rest, _, tail = part.rpartition(sep)
        if _names_the_site(tail.strip(), site_name):
            return [rest.strip(), tail.strip()]
    return [part]


def _title_tag_parts(text: str, site_name: str | None) -> Iterator[str]:
    """The title tag's parts (`标题_站点`, `站点 | 标题`); a crumb's last step (`站点>栏目>标题`)
    first, and the title before the site's name beside it."""
    for part in _TITLE_SPLIT.split(text):
        if _TITLE_CRUMB.search(part):
            *steps, last = _TITLE_CRUMB.split(part)
            yield from _beside_the_site(last, site_name)
            yield from steps
        elif any(sep in part for sep in SITE_NAME_SEPARATORS):
            yield from _beside_the_site(part, site_name)
        else:
            yield part


def _names_a_file(line: str) -> bool:
    return line.lstrip().startswith("附") or line.rsplit(".", 1)[-1].lower() in ATTACHMENT_TYPES


# How many of the text's first lines may be its title (the site's name, a date line, a 信息公开
# block's lines above it).
_OPENING_TITLE_LINES: Final = 6


def _opening_titles(lines: list[str]) -> Iterator[str]:
    """The text's first lines, up to its first sentence: a report pasted whole carries its
    title as a centred line on top, where the page names only the site (`<title>某县人民政府`)
    or cuts the title short (`某县2023年度法治政府建…`). A title broken in two, joined. Only
    a report's title: a listing's first line (`当前栏目：…`) is no page title, nor is a file's
    name (`附件：…报告.pdf`)."""
    opening: list[str] = []
    for line in lines[:_OPENING_TITLE_LINES]:
        if "。" in line:
            break
        if not _names_a_file(line):
            opening.append(_TITLE_LABEL.sub("", squash_spaces(line)))
    # The issuer on a line of its own above `关于…的报告`: the title is both lines.
    issued = [
        issuer + line
        for issuer, line in pairwise(opening)
        if line.startswith("关于") and not classify_title(issuer).maybe_report
    ]
    if len(opening) >= 2:
        opening.append(opening[0] + opening[1])
    for line in (*issued, *opening):
        if classify_title(line).is_report:
            yield line


# A 信息公开 table's 名称 row read as a line of the text (`名称 2024年度…报告`, no colon): the
# title is its value.
_TITLE_LABEL: Final = re.compile(
    rf"^(?:{'|'.join(sorted(METADATA_LABELS['title'], key=len, reverse=True))})"
    r"(?:\s*[:：]\s*|\s+)"
)


# Tags that start a line of their own: a title element's blocks are its lines, whether or not
# the source breaks the line between them (`<div class="title"><p>…报告</p><p>——在…会议上
# </p></div>`).
_BLOCK_TAGS: Final = frozenset(
    ("p", "div", "br", "li", "dd", "dt", "tr", "table", "ul", "ol", "dl", "section", "header")
) | {f"h{level}" for level in range(1, 7)}


def _block_text(el: lxml_html.HtmlElement, parts: list[str]) -> None:
    """`el`'s text as `text_content()` reads it, with a line break around each block."""
    text: str | None = el.text
    if text:
        parts.append(text)
    for child in el:
        tag = child.tag  # a function for a comment: tested as a str before it is read as one
        if isinstance(tag, str):
            block = tag in _BLOCK_TAGS
            if block:
                parts.append("\n")
            _block_text(child, parts)
            if block:
                parts.append("\n")
        tail: str | None = child.tail
        if tail:
            parts.append(tail)


def _element_text(el: lxml_html.HtmlElement) -> str:
    """The element's text, its blocks on lines of their own; a childless element's as it is."""
    if not len(el):
        return text_content(el)
    parts: list[str] = []
    _block_text(el, parts)
    return "".join(parts)


def _element_titles(el: lxml_html.HtmlElement) -> Iterator[str]:
    """An element's text as a title; when it runs over several lines or blocks, its first line
    first (`<div class="title"><p>…报告</p><div>日期:… 来源:…</div></div>`), then the lines
    joined (a title broken in two)."""
    lines = [line for line in map(squash_spaces, _element_text(el).split("\n")) if line]
    if len(lines) > 1:
        yield lines[0]
    yield "".join(lines)


# A date closing a title element's text is its own line run in (`<h1>…报告<span>2024-03-05
# </span></h1>`, `…报告 发布时间：2024-03-05`): no title ends with one.
_TRAILING_DATE: Final = re.compile(
    r"\s*[\[【(（]?\s*(?:(?:发布)?(?:时间|日期)\s*[:：]\s*)?(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】)）]?$"
)
_DATE_ENDS: Final = (*"0123456789", "]", "】", ")", "）")


def _without_trailing_date(title: str) -> str:
    return _TRAILING_DATE.sub("", title) if title.endswith(_DATE_ENDS) else title


def _unmarked(title: str) -> str:
    """The title without a repost mark (`【转载】…`) or brackets around it whole (`【标题】`)."""
    if title.startswith(_MARK_OPENERS):
        title = _REPOST_MARK.sub("", title)
        if title.startswith("【") and title.endswith("】") and title.count("【") == 1:
            title = title[1:-1].strip()
    return title


_MARK_OPENERS = ("【", "[", "(", "（")
_REPOST_MARK: Final = re.compile(r"^[【\[(（]\s*(?:转载|转发|转自)\s*[】\])）]\s*")


_COLUMN_NAME = re.compile(rf"(?:{'|'.join(COLUMN_NAMES)})")


def _names_a_column(title: str) -> bool:
    return _COLUMN_NAME.fullmatch(title.replace(" ", "")) is not None


def _as_title(text: str) -> str:
    """A candidate read as a title: visible, without a trailing date or a repost mark."""
    return _unmarked(_without_trailing_date(visible(text)))


def choose_title(candidates: Iterable[str]) -> str:
    """Prefer a title that names the report; else the first plausible candidate, unless that
    only names a column (`法治政府建设年度报告` above the article's title) and a later one names
    the subject."""
    first, column, subject = "", False, False
    seen: list[str] = []
    for cand in map(_as_title, candidates):
        if not cand or not 6 <= len(cand) <= 120 or _cut_from(cand, seen):
            continue
        if " " in cand and _padded_from(cand, seen):
            continue
        seen.append(cand)
        verdict = classify_title(cand)  # read as Simplified, without pinyin
        if verdict.is_report and not _names_a_column(cand):
            return cand
        if not first:
            first, column, subject = cand, _names_a_column(cand), verdict.maybe_report
        elif (column or (not subject and cand.startswith(first))) and (
            verdict.maybe_report and not _names_a_column(cand)
        ):
            # a column's name above the title; or a title set in two lines, its issuer
            # first (`<h1>某县人民政府<br>关于…的报告</h1>`), whole after its first line
            first, column, subject = cand, False, True
    return first


def _from_the_head(title: str, meta: dict[str, str], labels: dict[str, str]) -> bool:
    """Whether the title is the one the page's head (`ArticleTitle`) or its 名称/标题 row gives:
    a CMS field of its own, which may be a short form, a neighbour's title (a template that
    binds it to 上一篇) or the heading with its line break made a space."""
    return any(
        value and _as_title(value) == title for value in (meta.get("title"), labels.get("title"))
    )


def _text_above_body(root: lxml_html.HtmlElement, page: PageText) -> str:
    """The page's text above its body where the body was found in it (the heading, the 信息
    公开 table): not a 相关文章 list under it; else the whole text. Without the title tag's
    text it opens with: the tab's title is no heading."""
    text = page.text[: page.body_start] if page.body_start else page.text
    tab = root.find("head/title")
    if tab is not None and tab.text:
        shown = squash_spaces(tab.text)
        if shown and text.startswith(shown):
            return text[len(shown) :]
    return text


def _a_line_of(text: str, line: str) -> bool:
    """Whether `line` is a whole line of `text` (found by `str.find`, no split)."""
    start = text.find(line)
    while start >= 0:
        end = start + len(line)
        if (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            return True
        start = text.find(line, start + 1)
    return False


def _trusted_title(
    root: lxml_html.HtmlElement, url: str, title: str, candidates: Iterable[str]
) -> str:
    """The title from the page's head or its 名称 row, checked against what the page shows:
    its heading where that is another report title; where no heading shows one and the page
    shows the title only as a link to another page (a template that binds `ArticleTitle` to
    the 上一篇), the best of the other candidates that names a report."""
    shown = _shown_heading(root, title)
    if shown is not None:
        return shown
    if _links_away(root, title, url):
        other = choose_title(cand for cand in candidates if _as_title(cand) != title)
        if _whole_report_title(other):
            return other
    return title


def _shown_heading(root: lxml_html.HtmlElement, title: str) -> str | None:
    """The report title the page shows as its heading where it differs from `title` (a
    reader's heading outranks a field the page does not show there), `title` where a heading
    shows it; None where no heading shows a report title. Only a heading that is itself a
    whole report's title, outside any link (a 相关文章 box's `<h3><a>`), and not the column's
    name (`<h1>法治政府建设年度报告</h1>` banner)."""
    bare = remove_spaces(title)
    for el in _heading_elements(root):
        if _linked(el):
            continue
        for cand in map(_as_title, _element_titles(el)):
            if cand == title:
                return title
            if _whole_report_title(cand):
                return _heading_over_field(cand, title, bare)
    return None


def _heading_over_field(heading: str, title: str, bare: str) -> str:
    """The heading where it tells another title than the field's; the field's where that
    says more of the same (its issuer, set on a heading line of its own above `关于…的报告`).
    The same words spaced apart: the spelling with fewer spaces, as a space between Han
    characters in a title is where a line broke (`<h1>…人民政府<br>关于…</h1>`)."""
    shown = remove_spaces(heading)
    if shown == bare:
        return heading if heading.count(" ") <= title.count(" ") else title
    return title if shown in bare else heading


_LINKS_HOLDING = etree.XPath("//body//a[@href][contains(., $title)]", regexp=False)


def _links_away(root: lxml_html.HtmlElement, title: str, url: str) -> bool:
    """Whether the page shows the title as a link's whole text, the link to another page (a
    neighbour's 上一篇/下一篇, a 相关文章 entry)."""
    own = urldefrag(url).url
    for a in xpath_elements(_LINKS_HOLDING, root, title=title):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript")):
            continue
        if squash_spaces(text_content(a)) == title and urldefrag(urljoin(url, href)).url != own:
            return True
    return False


def _whole_report_title(cand: str) -> bool:
    return (
        6 <= len(cand) <= _MAX_TITLE_CHARS
        and not cand.endswith(_ELLIPSES)
        and classify_title(cand).is_report
        and not _names_a_column(cand)
    )


_ELLIPSES = ("…", "...", "⋯")


def _shown_whole(root: lxml_html.HtmlElement, cut: str) -> Iterator[str]:
    """The page's own text that a cut title (`…建设情况的...`) begins: the element whose text
    starts with the cut part and goes on (a title set in a `<div class="text-2xl">`)."""
    head = cut.rstrip("….⋯ ")
    if len(head) < _CUT_HEAD_CHARS:
        return
    for el in xpath_elements(_STARTS_WITH, root, head=head):
        whole = squash_spaces(text_content(el))
        if len(head) < len(whole) <= _MAX_TITLE_CHARS:
            yield whole
            return


# A cut title names enough to find its element by; a title is no longer than this.
_CUT_HEAD_CHARS: Final = 8
_MAX_TITLE_CHARS: Final = 120
_STARTS_WITH: Final = etree.XPath(
    "//body//*[not(self::a or self::script or self::style or self::title)]"
    "[starts-with(normalize-space(.), $head)][not(ancestor::a)]",
    regexp=False,
)


def _whole_value(root: lxml_html.HtmlElement, value: str) -> str:
    """A value the page cuts short (`11511322008665432K/202…`) as its `title=` holds it, the
    way listings cut titles."""
    head = value.rstrip("….⋯ ")
    for el in xpath_elements(_TITLED, root, head=head):
        whole = squash_spaces(el.get("title") or "")
        if len(whole) > len(head):
            return whole
    return value


_TITLED = etree.XPath(
    "//*[@title][starts-with(normalize-space(@title), $head)]",
    regexp=False,
)


def _padded_from(cand: str, earlier: list[str]) -> bool:
    """Whether the candidate is an earlier one with words set beside it by a space (a title
    tag's `站点 栏目 标题`, one space apart): the site's and column's words (`法治政府建设`)
    must not make another page's title a report's."""
    return any(cand.endswith(" " + title) or cand.startswith(title + " ") for title in earlier)


def _cut_from(cand: str, earlier: list[str]) -> bool:
    """Whether the candidate is an earlier one cut short (`《…工作报告…` of a list's cell for
    `《…工作报告》解读`): what it leaves out may be what tells the page apart."""
    if not cand.endswith(_ELLIPSES):
        return False
    head = cand.rstrip("….⋯ ")
    return any(title.startswith(head) for title in earlier)


# How many of the body's first lines may come before the sentence that names the year.
_OPENING_YEAR_LINES: Final = 4
_PREAMBLE: Final = re.compile(rf"(?:{'|'.join(OPENING_PREAMBLE_LINES)})")
_YEARLESS_PREAMBLE: Final = re.compile(rf"(?:{'|'.join(YEARLESS_PREAMBLE_LINES)})")
# A year: a title naming two may end with the next year's plan.
_TWO_YEARS: Final = re.compile(r"(?:19|20|１９|２０)[\d０-９]{2}|[〇零○][一二三四五六七八九〇零○]")
# A document the opening sentence cites: its quoted title and the number after it.
_CITED: Final = re.compile(r"《[^》]*》(?:\s*[(（][^()（）]*\d+号[)）])?")


def report_year(title: str, body_lines: list[str], *, dated: str | None = None) -> int | None:
    """The year the title names; else the year the body's opening sentence names (`2023年，在
    县委…`), read past an addressee, a document number or a dateline above it. Where the
    sentence past them names none, the year of the first line, as it stands. A year in a
    quoted title or a document number (`根据《关于做好2021年度…的通知》（…〔2021〕1号）`) is
    the cited document's, not the report's. Where neither names one (`今年以来，…`), the year
    its date shows (see _year_of_dated_report)."""
    year = _year_named_by_title_or_opening(title, body_lines)
    if year is None and body_lines:
        return _year_of_dated_report(body_lines, dated)
    return year


def _year_named_by_title_or_opening(title: str, body_lines: list[str]) -> int | None:
    year = year_named(title)
    if year is not None and len(_TWO_YEARS.findall(title)) > 1:
        year = year_named(without_next_year_plan(title))  # `…2024年…和2025年度工作计划`
    if year is not None or not body_lines:
        return year
    first = year_named(body_lines[0][:80])
    for line in body_lines[:_OPENING_YEAR_LINES]:
        opening = line[:80]
        bare = remove_spaces(opening)
        if _PREAMBLE.fullmatch(bare):
            continue
        year = year_named(_CITED.sub("", opening) if "《" in opening else opening)
        if year is not None:
            return year
        if not _YEARLESS_PREAMBLE.fullmatch(remove_spaces(line[:240])):  # naming no year
            break
    return first


# A date closing the text, under the signature (`2022年12月26日`).
_CLOSING_DATE: Final = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日")
_CLOSING_DATE_LINES: Final = 3
# A report dated from this month on reviews the year it is dated in (`今年以来`, signed in
# late December); dated earlier, the year before (the usual first-quarter report).
_LATE_IN_THE_YEAR: Final = 10


def _year_of_dated_report(body_lines: list[str], dated: str | None) -> int | None:
    """The year a report that names none in its title or opening reviews, by its date: the
    signature's date closing the text, else the page's (成文日期, else 发布日期) — if the text
    names that year at all."""
    year_month = None
    for line in body_lines[-_CLOSING_DATE_LINES:]:
        closing = _CLOSING_DATE.fullmatch(remove_spaces(line))
        if closing is not None:
            year_month = int(closing[1]), int(closing[2])
    if year_month is None and dated and len(dated) >= 7 and dated[:4].isdigit():
        year_month = int(dated[:4]), int(dated[5:7]) if dated[5:7].isdigit() else 1
    if year_month is None:
        return None
    year = year_month[0] if year_month[1] >= _LATE_IN_THE_YEAR else year_month[0] - 1
    return year if any(f"{year}年" in line for line in body_lines) else None


def _labels_without_colons_read(
    root: lxml_html.HtmlElement,
    container: lxml_html.HtmlElement | None,
    page: PageText,
    hits: list[LabelHit],
) -> tuple[PageText, list[LabelHit]]:
    """The page read again where its 信息公开 block prints labels without a colon: in their
    own elements (`<b>索引号</b>…`), or between spaces in plain text. Only where the block
    may be: fewer than two fields read, or no 索引号 (or 发布机构) read while the text names
    one (an info line with colons may sit beside such a block)."""
    no_index = all(hit.field != "index_no" for hit in hits)
    names_index = no_index and _names_an_index(page.text)
    if (names_index or len({hit.field for hit in hits}) < 2) and glued_bare_label(page.text):
        page = page_text(root, container, bare_labels=True)
        hits = label_hits(page.text)
        names_index = all(hit.field != "index_no" for hit in hits) and _names_an_index(page.text)
    if names_index or _names_a_publisher_unread(page.text, hits):
        spaced = _with_spaced_labels_read(page)
        if spaced is not page:
            page, hits = spaced, label_hits(spaced.text)
    return page, hits


def _no_text(lines: list[str]) -> bool:
    """Fewer than 50 Han characters: a region that holds no report text (lengths first, which
    settles most pages without a count)."""
    size = sum(map(len, lines))
    return size < 50 or (size < 400 and cjk_count("".join(lines)) < 50)


def _scans(
    root: lxml_html.HtmlElement,
    container: lxml_html.HtmlElement | None,
    attributes: list[Any],
    url: str,
) -> tuple[list[dict[str, Any]], lxml_html.HtmlElement | None]:
    """The images of the text's region on a page whose text is empty (a report published as
    a scan), and that region. A known container with no text is no container (the density
    pass took another region), but it still holds the scan and is the text's place."""
    regions = [el for matches in known_containers(root, attributes) for el in matches[:1]]
    if container is not None:
        regions.append(container)
    base = _document_base(root, url)
    for region in regions:
        scans = scanned_pages(region, base)
        if scans:
            return scans, region
    return [], None


def _names_a_publisher_unread(text: str, hits: list[LabelHit]) -> bool:
    """No publisher read while the text names a 发布机构 (a run printed without colons after a
    labelled 索引号)."""
    return all(hit.field != "publisher" for hit in hits) and (
        "发布机构" in text or "發布機構" in text
    )


def _names_an_index(text: str) -> bool:
    """The text names a 索引号, maybe spaced out (`索 引 号`): one scan for the rare 索."""
    at = text.find("索")
    while at != -1:
        if text.startswith("引", at + 1) or text.startswith(" 引", at + 1):
            return True
        at = text.find("索", at + 1)
    return False


def _with_spaced_labels_read(page: PageText) -> PageText:
    """The page with a block of labels printed between spaces read as labels (see
    `spaced_bare_labels`); the same page when it has none."""
    text = spaced_bare_labels(page.text)
    if text is None:
        return page
    lines = page.body_lines
    if lines is not None:
        lines = (spaced_bare_labels("\n".join(lines)) or "\n".join(lines)).split("\n")
    return replace(page, text=text, body_lines=lines)


def extract_report(
    html_text: str, url: str, hints: PageHints | None = None
) -> tuple[ReportItem, str]:
    """Build the raw item from a decoded page; returns (item, body tier)."""
    hints = hints or PageHints()
    markers = marked_region(html_text)
    root = parse_html(html_text, keep_comments=markers is not None)
    meta = meta_tags(root)
    # Attachments are read from the page as served: their block is often hidden until a script
    # shows it, and furniture removal would drop it. A copy is cheaper than a second parse,
    # but costs about as much on a large page: it is made only when a link may be one.
    served = _may_have_attachments(html_text)
    as_served = copy.deepcopy(root) if served and may_hold_attachments(root) else None
    if served:
        keep_document_viewers(root)
    marked = wrap_marked_region(root, html_text, markers) if markers is not None else None
    dropped: list[lxml_html.HtmlElement] = []
    attributes = drop_furniture(root, html_text, dropped)
    container, tier = find_container(root, hints.body_selector, attributes, marked)
    if container is not None:
        drop_contents_list(container)
        cells_on_one_line(container)
    named, named_elements = class_named_fields(attributes)
    for el in named_elements:  # values without labels: never body text
        el.drop_tree()
    page = page_text(root, container)
    hits = label_hits(page.text)
    page, hits = _labels_without_colons_read(root, container, page, hits)
    labels = _read_labels(root, page.text, hits)
    if "index_no" not in labels and dropped:
        aside = furniture_metadata(dropped)
        if aside:  # read with the page's own labels: the better-ranked label still wins
            offset = len(page.text) + 1
            more = [
                h._replace(start=h.start + offset, end=h.end + offset) for h in label_hits(aside)
            ]
            labels = _read_labels(root, f"{page.text}\n{aside}", hits + more)
    for field, value in named.items():
        labels.setdefault(field, value)
    for field, value in list(labels.items()):
        if value.endswith(_ELLIPSES):
            labels[field] = _whole_value(root, value)
    title = choose_title(_title_candidates(root, meta, labels, hints, page.body_lines or []))
    # A title from the head's fields that the text shows as a line of its own above the body
    # is its heading; only one it does not show so is checked against the headings.
    if (
        not hints.title_selector
        and _from_the_head(title, meta, labels)
        and not _a_line_of(_text_above_body(root, page), title)
    ):
        title = _trusted_title(
            root, url, title, _title_candidates(root, meta, labels, hints, page.body_lines or [])
        )
    attachments = (
        find_attachments(as_served, _document_base(as_served, url), title)
        if as_served is not None
        else []
    )
    body = body_from(container, tier, page, hits, title)
    if not attachments and _no_text(body.lines):
        attachments, scanned = _scans(root, container, attributes, url)
        if scanned is not None and scanned is not container:  # the text's own region
            body = BodyResult(element_lines(scanned), "cms")
    publish_date, publisher = _date_and_publisher(
        root, html_text, url, page=page, hits=hits, labels=labels, meta=meta, title=title
    )
    item = ReportItem(
        url=url,
        index_no=normalize_index_no(labels.get("index_no")),
        title=title,
        publisher=publisher,
        publish_date=publish_date,
        report_year=report_year(
            title,
            body.lines,
            dated=parse_date(labels.get("written_date")) or publish_date,
        ),
        body="\n".join(body.lines),
        attachments=attachments,
        written_date=parse_date(labels.get("written_date")),
        doc_no=normalize_doc_no(labels.get("doc_no"))
        or head_doc_no(page.text[: page.body_start].split("\n"), page.body_lines or []),
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return item, body.tier


def _date_and_publisher(
    root: lxml_html.HtmlElement,
    html_text: str,
    url: str,
    *,
    page: PageText,
    hits: list[LabelHit],
    labels: dict[str, str],
    meta: dict[str, str],
    title: str,
) -> tuple[str | None, str | None]:
    """The publish date and the publisher: labelled, from the head's fields, else from the
    unlabelled line under the title (a news template's), the source or the URL."""
    publish_date = (
        parse_date(labels.get("publish_date"))
        or parse_date(meta.get("publish_date"))
        or date_before_labels(page.text, hits)
        or date_after_pipe(page.text, hits)
    )
    publisher = labels.get("publisher") or meta.get("publisher")
    if publish_date is None or publisher is None:  # a news template's unlabelled line
        before = page.body_start or len(page.text)
        date, source = line_under_title(page.text, title, before)
        if (publish_date or date) is None or (publisher or source) is None:
            cell_date, cell_source = info_cells_near_title(root, page.text, title or "", before)
            date, source = date or cell_date, source or cell_source
        publish_date = publish_date or date or date_in_source(html_text)
        publish_date = publish_date or date_from_url(url)
        publisher = publisher or source
    return publish_date, publisher


def _read_labels(root: lxml_html.HtmlElement, text: str, hits: list[LabelHit]) -> dict[str, str]:
    labels = parse_label_text(text, hits)
    if has_label_row(text, hits):
        labels.update(stacked_label_cells(text, hits))
        labels.update(label_rows(root))
        labels = {field: value for field, value in labels.items() if value}
    return labels


# A report's text runs in paragraphs this long (Han characters); a listing's lines are titles
# with their dates, a stub page's a pointer to the text.
_PARAGRAPH_CJK: Final = 120


def has_paragraphs(body: str) -> bool:
    """At least two paragraphs of running text."""
    return sum(1 for line in body.split("\n") if cjk_count(line) >= _PARAGRAPH_CJK) >= 2


# What a title's issuer (`某县人民政府关于…`) and a publisher are compared by: the office
# without its place, 人民政府 read as 政府 (`县政府办公室` publishes for `某县人民政府`).
_ISSUER: Final = re.compile(r"^(?P<issuer>.{2,30}?)关于")
_PLACE: Final = re.compile(r"^.*?[省市州盟县区旗镇乡]")


def filed_by_another_office(item: ReportItem) -> bool:
    """Whether the report's page was filed by another office than the one its title names as
    the issuer (`某县人民政府关于…的报告` in the 司法局's catalogue, with the 司法局's 索引号):
    a copy, which the issuer's own, when crawled, is to come out before."""
    title, publisher = item.title or "", item.publisher or ""
    issuer = _ISSUER.match(title) if "关于" in title and publisher else None
    if issuer is None or not issuer["issuer"].endswith(ORG_NAME_ENDINGS):
        return False
    office = _PLACE.sub("", issuer["issuer"]).replace("人民政府", "政府") or issuer["issuer"]
    return office not in publisher.replace("人民政府", "政府")


def looks_like_article(item: ReportItem) -> bool:
    return cjk_count(item.body) >= 50 or bool(item.attachments)

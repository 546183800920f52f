"""When a report's text is in its attachment, which files to read, and the combined body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

from lawreports.discovery.titles import classify_title
from lawreports.extract.attachments import TEXT_TYPES
from lawreports.extract.body import trim_head
from lawreports.extract.metadata import DOC_NO_LINE
from lawreports.extract.text import remove_spaces
from lawreports.extract.vocabulary import PARAGRAPH_OPENERS
from lawreports.pipelines.clean import FurnitureCleaner

# Page lines that only point at the attachment: `详见附件。`, `附件：…pdf`, `点击下载`.
POINTER_LINES: tuple[str, ...] = (
    r"(?:具体|详细)?(?:内容|全文|报告|情况)?(?:请)?(?:详|具体)?(?:见|阅|查看|参见)(?:下方|以下)?附件.{0,12}",
    r"附\s*件\s*\d*\s*[:：.、．]?.{0,80}",
    r"(?:请)?(?:点击)?(?:下载|查看|预览)(?:附件|文件|全文)?.{0,60}",
    r"(?:相关)?附件(?:下载|列表)?[:：]?",
    r"[(（\[【]?\s*\d+(?:\.\d+)?\s*[KMG]B?\s*[)）\]】]?",
)
_POINTER = re.compile("|".join(f"(?:{p})" for p in POINTER_LINES), re.I)
# What a pointer line may be wrapped in (`（附件下载）`, `【详见附件】`).
_POINTER_BRACKETS = "()（）[]【】〔〕<>《》"
# Same document offered twice (报告.pdf + 报告.docx): read only the first type in this order.
PREFERRED_TYPES: tuple[str, ...] = ("docx", "pdf", "ofd", "doc", "wps")


def page_lines_beyond_pointers(body: str, attachments: Sequence[dict[str, Any]]) -> list[str]:
    """The page's lines that say more than 'see the attachment' (a toolbar line left in the
    article region says nothing either: the furniture backstop decides). A lead-in that
    ends by pointing there (`…现将有关情况报告如下。全文见附件。`) says nothing more either."""
    names = {remove_spaces(str(a.get("name") or "")) for a in attachments}
    lines, _ = _furniture_cleaner().clean_lines(body.split("\n"))
    return [
        line
        for line in lines
        if line.strip()
        and not _POINTER.fullmatch(remove_spaces(line).strip(_POINTER_BRACKETS))
        and not _LEAD_IN.search(remove_spaces(line))
        and remove_spaces(line) not in names
    ]


# A sentence that hands the reader on to the attachment, closing a line: a lead-in to it
# (`…现将有关情况报告如下。全文见附件。`).
_LEAD_IN = re.compile(
    r"如下[。:：]?[(（【\[]?(?:全文|具体内容|详细内容|报告全文)?(?:请)?详?见附件[)）】\]]?[。.]?$"
)
# An excerpt's end: an ellipsis on a line of its own, or a pointer to the 全文 (`（全文见附件）`).
_EXCERPT_END = re.compile(
    r"^(?:[.…。·]{2,}|[(（【\[]?(?:全文|报告全文)(?:请)?详?见附件[)）】\]]?[。.]?)$"
)


def is_excerpt(body: str) -> bool:
    """The page shows the report's opening and hands over to its attachment for the rest
    (`……`, `（全文见附件）` after the last paragraph shown)."""
    tail = [remove_spaces(line) for line in body.split("\n")[-3:] if line.strip()]
    return any(_EXCERPT_END.match(line) for line in tail)


@lru_cache(maxsize=1)
def _furniture_cleaner() -> FurnitureCleaner:
    return FurnitureCleaner()


def is_pointer_page(body: str, attachments: Sequence[dict[str, Any]], short_chars: int) -> bool:
    """The page holds no report text of its own: short, only a pointer to a 附件, or an
    excerpt of the text the 附件 holds whole."""
    if is_excerpt(body):
        return True
    kept = page_lines_beyond_pointers(body, attachments)
    return len(remove_spaces("".join(kept))) < short_chars


# A link named only by what it does or the format it brings (`在线预览`, `下载OFD版`,
# `Word版`, `【PDF下载】`): one rendering of the page's document, as is every link so named.
_RENDERING_NAME = re.compile(
    r"(?:点击)?(?:在线)?(?:预览|查看|浏览|阅读|下载)?(?:ofd|pdf|word|wps|docx?)?"
    r"(?:版本?|格式|文件|文档|全文)?(?:下载|预览)?",
    re.I,
)
# The key all rendering links share.
_RENDERING = "\x00rendering"


def _stem(attachment: dict[str, Any]) -> str:
    """The document an attachment is: its name without the extension; the same key for every
    link named only as a way to view or download the page's document."""
    name = remove_spaces(str(attachment.get("name") or ""))
    bare = name.strip(_POINTER_BRACKETS)
    if bare and _RENDERING_NAME.fullmatch(bare):
        return _RENDERING
    return PurePosixPath(name).stem


def files_to_read(attachments: Sequence[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """PDF/DOCX attachments (and those whose type shows only on download), one per document;
    not one whose name says it is another document about the report (its 解读, a 一图读懂)."""
    readable = [
        a
        for a in attachments
        if (a.get("type") in TEXT_TYPES or a.get("type") is None) and not _another_document(a)
    ]
    rank = {kind: n for n, kind in enumerate(PREFERRED_TYPES)}
    chosen: dict[str, dict[str, Any]] = {}
    for att in readable:
        stem = _stem(att) or str(att["url"])
        held = chosen.get(stem)
        if held is None or rank.get(att.get("type") or "", 99) < rank.get(
            held.get("type") or "", 99
        ):
            chosen[stem] = att
    ordered = [a for a in readable if any(a is c for c in chosen.values())]
    return ordered[:limit]


def _another_document(attachment: dict[str, Any]) -> bool:
    """An attachment named as a rendering of or a document about the report (`一图读懂…`,
    `《…报告》解读`), which the report's text never includes."""
    name = PurePosixPath(str(attachment.get("name") or "")).stem
    return bool(name) and classify_title(name).reason.startswith("hard negative")


def _leading_title_lines(lines: Sequence[str], title: str) -> int:
    """How many first lines spell the title (a long title is set over two or three lines)."""
    key = remove_spaces(title)
    joined = ""
    for n, line in enumerate(lines[:3], start=1):
        joined += remove_spaces(line)
        if key and joined == key:
            return n
        if not key.startswith(joined):
            break
    return 0


# A 上行文's 发文字号 has its 签发人 printed beside it (`澧政发〔2025〕5号　签发人：张三`).
_SIGNER = re.compile(r"签发人[:：].{0,12}$")
# The 版头 of a 公文 (GB/T 9704) is short lines: the office's mark, the 发文字号, the title.
_MAX_HEAD_LINE = 40
_MAX_TITLE_LINES = 3
# A title line has none of these; a 主送 line ends with a colon.
_SENTENCE_MARKS = frozenset("。，；！？,;!?：:")
_PARAGRAPH_OPENER = re.compile(PARAGRAPH_OPENERS)


def _is_doc_no_line(line: str) -> bool:
    bare = remove_spaces(line)
    if "签" in bare:
        bare = _SIGNER.sub("", bare)
    return bare.endswith("号") and bool(DOC_NO_LINE.fullmatch(bare))


def _is_title_piece(line: str) -> bool:
    """A line a 公文's title may be set on: short, no sentence in it, no heading's number."""
    bare = remove_spaces(line)
    return (
        0 < len(bare) <= _MAX_HEAD_LINE
        and not _SENTENCE_MARKS.intersection(bare)
        and not _PARAGRAPH_OPENER.match(bare)
    )


def _red_head_lines(lines: Sequence[str]) -> int:
    """How many first lines are a 公文's 版头, by its shape whatever title the page gives:
    the office's mark (`澧县人民政府文件`), the 发文字号 (`澧政发〔2025〕5号`), then up to three
    title lines before the 主送 (`常德市人民政府：`) or the first paragraph. When more short
    lines follow than a title takes, only the mark and the number go."""
    at = next(
        (n for n, line in enumerate(lines[:2]) if "号" in line and _is_doc_no_line(line)), -1
    )
    if at < 0 or (at == 1 and not _is_title_piece(lines[0])):
        return 0
    head = at + 1
    titled = head
    while (
        titled < len(lines) and titled - head < _MAX_TITLE_LINES and _is_title_piece(lines[titled])
    ):
        titled += 1
    if titled >= len(lines) or _is_title_piece(lines[titled]):
        return head
    return titled


def document_lines(paragraphs: Sequence[str], title: str) -> list[str]:
    """An attachment's paragraphs as body lines: its 版头 and the title it repeats on top are
    dropped."""
    lines = [p for p in paragraphs if p.strip()]
    lines = lines[_red_head_lines(lines) :]
    return trim_head(lines[_leading_title_lines(lines, title) :], title)


# The page's one sentence that publishes the document it carries (`根据《…》，现将…2024年度
# 法治政府建设情况予以公开。`): the page speaking, not the report.
_PUBLISHING_LEAD_IN = re.compile(
    r"[^。！？]{0,60}现将[^。！？]{2,80}?(?:予以|进行)?(?:公开|公布|发布|印发)"
    r"(?:如下|给你们)?[^。！？]{0,20}[。！]?"
)
_MAX_LEAD_IN = 140


def _is_publishing_lead_in(line: str) -> bool:
    """A short page line of one sentence that hands the reader the document (`现将…予以公开`)."""
    bare = remove_spaces(line)
    return (
        "现将" in bare and len(bare) <= _MAX_LEAD_IN and bool(_PUBLISHING_LEAD_IN.fullmatch(bare))
    )


# Two files are one document (a PDF and an OFD of it under unrelated names) when this share of
# the second's character n-grams is in the first.
_SAME_TEXT_SHARE = 0.9
_SHINGLE = 8


def _shingles(part: Sequence[str]) -> set[str]:
    text = "".join(remove_spaces(line) for line in part)
    return {text[i : i + _SHINGLE] for i in range(max(len(text) - _SHINGLE + 1, 1))}


def distinct_parts(parts: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """The documents' texts, a file that repeats one read before (the same report in another
    format, uploaded under another name) left out."""
    kept: list[Sequence[str]] = []
    seen: set[str] = set()
    for part in parts:
        grams = _shingles(part)
        if kept and len(grams & seen) >= len(grams) * _SAME_TEXT_SHARE:
            continue
        kept.append(part)
        seen |= grams
    return kept


def compose_body(page_lines: Sequence[str], parts: Sequence[Sequence[str]]) -> str:
    """The page's own lines, then the documents' text; a page line the documents hold (an
    excerpt's paragraph, cut or whole) or an ellipsis only once, from the documents; a
    document two files hold only once."""
    parts = distinct_parts(parts)
    held = "".join(remove_spaces(line) for part in parts for line in part)
    own = [
        line
        for line in page_lines
        if not _EXCERPT_END.match(remove_spaces(line))
        and remove_spaces(line).rstrip("….。·") not in held
        and not _is_publishing_lead_in(line)
    ]
    return "\n".join([*own, *(line for part in parts for line in part)])

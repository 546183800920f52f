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
from lawreports.extract.text import remove_spaces
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
PREFERRED_TYPES: tuple[str, ...] = ("docx", "pdf", "doc", "wps")


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


def _stem(attachment: dict[str, Any]) -> str:
    return PurePosixPath(remove_spaces(str(attachment.get("name") or ""))).stem


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


def document_lines(paragraphs: Sequence[str], title: str) -> list[str]:
    """An attachment's paragraphs as body lines: the title it repeats on top is dropped."""
    lines = [p for p in paragraphs if p.strip()]
    return trim_head(lines[_leading_title_lines(lines, title) :], title)


def compose_body(page_lines: Sequence[str], parts: Sequence[Sequence[str]]) -> str:
    """The page's own lines, then the documents' text; a page line the documents hold (an
    excerpt's paragraph, cut or whole) or an ellipsis only once, from the documents."""
    held = "".join(remove_spaces(line) for part in parts for line in part)
    own = [
        line
        for line in page_lines
        if not _EXCERPT_END.match(remove_spaces(line))
        and remove_spaces(line).rstrip("….。·") not in held
    ]
    return "\n".join([*own, *(line for part in parts for line in part)])

"""From positioned lines of document pages to paragraphs: page numbers, running headers and
footers removed, lines a page wrapped joined back into the paragraphs they came from."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from lawreports.extract.text import remove_spaces

# Page number lines as offices print them: `- 3 -`, `— 3 —`, `3`, `第3页 共10页`, `3/10`.
PAGE_NUMBER = re.compile(
    r"^(?:[-—–－_\s]*\d{1,4}[-—–－_\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.I,
)
# Share of a page's height, at the top and the bottom, where headers and footers live.
MARGIN_ZONE = 0.12
# A line that repeats at a page edge on at least this share of pages is a running header/footer.
RUNNING_SHARE = 0.5


@dataclass(frozen=True)
class Line:
    """One text line on a page; y grows downwards (0 = top of the page)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: list[Line]


def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", remove_spaces(text))


def _in_margin(line: Line, page: Page) -> bool:
    return line.bottom <= page.height * MARGIN_ZONE or line.top >= page.height * (1 - MARGIN_ZONE)


def _edge_lines(page: Page) -> list[Line]:
    """The lines a header or footer could be: up to two at the top and two at the bottom."""
    ordered = sorted(page.lines, key=lambda ln: ln.top)
    return [ln for ln in ordered[:2] + ordered[-2:] if _in_margin(ln, page)]


def strip_page_furniture(pages: list[Page]) -> list[Page]:
    """Drop page numbers and the lines repeated at the same page edge on most pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_edge_key(ln.text) for ln in _edge_lines(page)})
    needed = max(2, int(len(pages) * RUNNING_SHARE + 0.5))
    running = {key for key, n in counts.items() if n >= needed and key}
    cleaned = []
    for page in pages:
        edge = {id(ln) for ln in _edge_lines(page)}
        kept = [
            ln
            for ln in page.lines
            if not (
                id(ln) in edge
                and (PAGE_NUMBER.match(ln.text.strip()) or _edge_key(ln.text) in running)
            )
        ]
        cleaned.append(Page(page.width, page.height, kept))
    return cleaned


def _is_latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _join(left: str, right: str) -> str:
    """A line wrapped into the next: a wrap between two Latin words stood for a space; in
    Chinese text, and inside a number (`17` | `36件`), it stands for nothing."""
    if left and right and _is_latin_letter(left[-1]) and _is_latin_letter(right[0]):
        return f"{left} {right}"
    return left + right


def _on_one_baseline(a: Line, b: Line) -> bool:
    """Two runs of one printed line: their bottoms agree within a fifth of a line's height."""
    return abs(a.bottom - b.bottom) <= min(a.height, b.height) * 0.2


def _merge_baselines(lines: list[Line]) -> list[Line]:
    """Runs a wide gap split on one baseline (`澧县人民政府办公室` … `2025年3月20日印发`, a
    table row's cells) as the one line a reader reads, left to right, a space between them.
    `lines` come in reading order (by top, then x0)."""
    merged: list[Line] = []
    for line in lines:
        last = merged[-1] if merged else None
        apart = last is not None and (line.x0 >= last.x1 or line.x1 <= last.x0)
        if last is not None and apart and _on_one_baseline(last, line):
            left, right = sorted((last, line), key=lambda ln: ln.x0)
            merged[-1] = Line(
                text=f"{left.text.strip()} {right.text.strip()}",
                x0=left.x0,
                x1=right.x1,
                top=min(left.top, right.top),
                bottom=max(left.bottom, right.bottom),
            )
        else:
            merged.append(line)
    return merged


@dataclass(frozen=True)
class _Frame:
    """The text block of the document: margins, size of one character, paragraph style."""

    left: float
    right: float
    char: float
    indents: bool  # paragraphs open with an indent (the norm in Chinese official documents)


def _frame(lines: list[Line]) -> _Frame:
    char = median(ln.height for ln in lines)
    left = float(Counter(round(ln.x0) for ln in lines).most_common(1)[0][0])
    indented = sum(1 for ln in lines if left + char * 1.5 <= ln.x0 <= left + char * 2.6)
    return _Frame(
        left=left,
        right=max(ln.x1 for ln in lines),
        char=char,
        indents=indented >= 2 and indented >= len(lines) * 0.05,
    )


def _starts_paragraph(line: Line, prev: Line | None, frame: _Frame, same_page: bool) -> bool:
    """Indented documents: an indent opens a paragraph (a line may end short only because a
    Latin run did not fit, so only a very short line ends one). Block documents: a short line
    or a gap ends a paragraph."""
    if prev is None:
        return True
    indented = line.x0 > frame.left + frame.char * 0.9
    short_by = frame.right - prev.x1
    gap = same_page and line.top - prev.bottom > max(line.height, prev.height) * 1.2
    if frame.indents:
        return indented or gap or short_by > (frame.right - frame.left) * 0.35
    return indented or gap or short_by > frame.char * 1.5


def paragraphs(pages: list[Page]) -> list[str]:
    """Join wrapped lines into paragraphs, across page breaks too."""
    everything = [ln for page in pages for ln in page.lines if ln.text.strip()]
    if not everything:
        return []
    frame = _frame(everything)
    out: list[str] = []
    prev: Line | None = None
    for page in pages:
        same_page = False
        ordered = sorted(
            (ln for ln in page.lines if ln.text.strip()), key=lambda ln: (round(ln.top), ln.x0)
        )
        for line in _merge_baselines(ordered):
            text = line.text.strip()
            if _starts_paragraph(line, prev, frame, same_page) or not out:
                out.append(text)
            else:
                out[-1] = _join(out[-1], text)
            prev, same_page = line, True
    return out

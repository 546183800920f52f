"""Text primitives shared by the extractors: spaces, labels and DOM → lines."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from lxml import etree
from lxml import html as lxml_html
from opencc import OpenCC

from lawreports.extract.vocabulary import BARE_LABELS

# Every space a portal template uses: ASCII, NBSP, EN/EM spaces, ideographic space, ZWSP, BOM.
SPACES: Final = (
    "\u0020\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\ufeff\t\r\f\v"
)
_SPACE_RUN: Final = re.compile(f"[{SPACES}]+")
# SPACES and every other character `str.isspace()` counts: what `squash_spaces` leaves nothing of.
BLANKS: Final = SPACES + "\n\x1c\x1d\x1e\x1f\x85\u2028\u2029"

# Han characters as a regex class body: the basic block, Extension A, the compatibility
# ideographs and the supplementary planes' (a county's rare name character, `𡌶`).
HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CJK_RUN: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
        "ucapcontent",
        "ucaptitle",
        "html",
        "body",
    }
)
CELL_TAGS: Final = frozenset({"td", "th"})
# Inline elements that hold a metadata label on their own (`<small>来源:</small>县司法局`,
# `<b>索引号：</b>`): in metadata text they are cells, so a label glued to the previous value
# (`09:30来源:`) still starts a cell. Short and with a colon: a label, not a sentence.
LABEL_HOLDER_TAGS: Final = frozenset({"small", "label", "b", "strong", "span", "font", "em", "i"})
LABEL_HOLDER_MAX_CHARS: Final = 20


def squash_spaces(text: str) -> str:
    """Collapse every kind of horizontal space into one ASCII space and trim."""
    return _SPACE_RUN.sub(" ", text).strip()


def remove_spaces(text: str) -> str:
    """Remove every kind of space and line break, for matching labels such as `索 引 号`
    (C-level `str` methods: called dozens of times a page on short strings)."""
    return "".join(_visible(text).split())


def wide_count(text: str) -> int:
    """Characters beyond Latin-1, ideographic spaces left out: Han with its punctuation.

    How much Chinese text a region holds, for comparing regions: an encode and a count in C,
    several times cheaper than counting Han characters alone by regex."""
    if text.isascii():
        return 0
    return len(text) - len(text.encode("latin-1", "ignore")) - text.count("\u3000")


def cjk_count(text: str) -> int:
    """Han characters in the text (counted by runs: one match per run, not per character)."""
    return sum(map(len, CJK_RUN.findall(text)))


def script_readings(word: str) -> tuple[str, ...]:
    """The word and its Traditional readings: mirrors and 繁體 gateways print the same labels
    in Traditional (發布時間, 來源); converters disagree on phrases (發佈/發布), so both the
    phrase's and the characters' conversion are taken."""
    to_traditional = _to_traditional()
    by_phrase = str(to_traditional.convert(word))
    by_char = "".join(str(to_traditional.convert(ch)) for ch in word)
    return tuple(dict.fromkeys((word, by_phrase, by_char)))


@lru_cache(maxsize=1)
def _to_traditional() -> OpenCC:
    return OpenCC("s2t")


# What XPath's translate() removes from a holder's text before comparing it with a label.
_XPATH_BLANKS: Final = " \u00a0\u2002\u3000\t\r\n"


def _bare_label_test() -> str:
    """An XPath test: the element's text is one of BARE_LABELS (either script), spaces
    ignored. One contains() on a `|`-joined list, not a comparison per label."""
    words = sorted({r for label in BARE_LABELS for r in script_readings(label)})
    squeezed = f"translate(string(), '{_XPATH_BLANKS}', '')"
    return f"contains('|{'|'.join(words)}|', concat('|', {squeezed}, '|'))"


@lru_cache(maxsize=2)
def _flattener(bare_labels: bool = False) -> etree.XSLT:
    """Element → text with blocks and <br> as line breaks and cells as tabs, in libxslt.

    One C pass over the subtree instead of a Python walk (about 6× faster on report pages);
    comments, processing instructions and the element's own tail are left out. Label holders
    (LABEL_HOLDER_TAGS, short, with a colon) are wrapped in LABEL_EDGE: a cell boundary in
    metadata text, nothing in body text, so one pass serves both. With `bare_labels`, so is
    a holder of a label with no colon (`<b>索引号</b>…`): a test that makes the pass about a
    quarter slower, paid only on the pages that need it. The holder's text is `string()`, not
    `.`: libxml2 reads the context node's text directly instead of building a node set for `.`.
    Its length is tested before its colon: a long holder (a `<span>` around a pasted
    paragraph) is then passed over after one build of its text, not three; on the benchmark
    pages the pass costs about 21k instructions less than with the colon first (a template
    that builds the text once in a variable and chooses costs more than the three builds).
    Built without EXSLT's regular expressions: lxml would register them into each call's
    transform context, about 38k instructions, two fifths of a call's fixed cost.
    """
    breaks = "|".join(sorted(BLOCK_TAGS | {"br"}))
    cells = "|".join(sorted(CELL_TAGS))
    bare = f" or {_bare_label_test()}" if bare_labels else ""
    label = (
        f"[string-length() &lt;= {LABEL_HOLDER_MAX_CHARS}"
        f" and (contains(string(), ':') or contains(string(), '\uff1a'){bare})]"
    )
    holders = "|".join(f"{tag}{label}" for tag in sorted(LABEL_HOLDER_TAGS))
    stylesheet = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="{breaks}"><xsl:text>&#10;</xsl:text><xsl:apply-templates/>\
<xsl:text>&#10;</xsl:text></xsl:template>
<xsl:template match="{cells}"><xsl:text>&#9;</xsl:text><xsl:apply-templates/>\
<xsl:text>&#9;</xsl:text></xsl:template>
<xsl:template match="{holders}"><xsl:text>&#{ord(LABEL_EDGE)};</xsl:text><xsl:apply-templates/>\
<xsl:text>&#{ord(LABEL_EDGE)};</xsl:text></xsl:template>
<xsl:template match="{BODY_MARK}" priority="2"><xsl:text>&#10;&#{ord(_BEGIN)};&#10;</xsl:text>\
<xsl:apply-templates/><xsl:text>&#10;&#{ord(_END)};&#10;</xsl:text></xsl:template>
<xsl:template match="comment()|processing-instruction()"/>
</xsl:stylesheet>"""
    return etree.XSLT(etree.fromstring(stylesheet), regexp=False)


# Wraps a label holder in flat text: a tab in metadata text, nothing in body text. A
# private-use character whose low byte is rare in Chinese text: CPython looks for a character
# in a UCS-2 text by a memchr of its low byte, and checks each byte found. (It was U+E002,
# whose byte 0x02 is also the low byte of every `。`: 9,492 stops on the benchmark pages'
# flat text, against 21 for 0x1E.)
LABEL_EDGE: Final = "\ue01e"


def text_content(el: lxml_html.HtmlElement) -> str:
    """`el.text_content()` for less than half the cost. lxml's method evaluates an XPath
    (`string()`), and setting up its context costs about 14k instructions a call; the text
    serializer reads the same nodes (libxml2's `xmlNodeBufGetContent`, as `string()` does)
    for about 6k. An element without children (most links) is its own text."""
    if len(el):
        return str(etree.tostring(el, method="text", encoding=str, with_tail=False))
    return el.text or ""


def flat_text(el: lxml_html.HtmlElement, *, bare_labels: bool = False) -> str:
    """The element's visible text: blocks and <br> as newlines, cells as tabs, label holders
    wrapped in LABEL_EDGE; unsquashed. The result's UTF-8 bytes are decoded as such:
    `str(result)` also looks for an XML declaration to strip, a regex over the whole text."""
    result = _flattener(bare_labels)(el)
    return str(memoryview(result), "utf-8")  # type: ignore[arg-type]  # a buffer; not in stubs


def element_lines(
    el: lxml_html.HtmlElement, *, keep_cells: bool = False, bare_labels: bool = False
) -> list[str]:
    """Visible text of an element as lines: blocks and <br> break lines, cells become tabs."""
    text = flat_text(el, bare_labels=bare_labels)
    return cell_lines(text) if keep_cells else plain_lines(text)


def plain_lines(text: str) -> list[str]:
    """Flat text as squashed, non-empty lines (cells run together with a space).

    A page's flat text has hundreds of lines, most of them indentation: those are passed
    over by `isspace()`, which copies nothing (`strip()` made a copy of each)."""
    text = _visible(text).replace(LABEL_EDGE, "")
    return [" ".join(line.split()) for line in text.split("\n") if line and not line.isspace()]


def cell_lines(text: str) -> list[str]:
    """Flat text as squashed, non-empty lines whose cells (label holders too) stay
    tab-separated. A line whose last cell is empty (`<td>文号：</td><td></td>`) ends with a
    tab: the label's value is that empty cell, not the next line."""
    text = _visible(text).replace(LABEL_EDGE, "\t")
    tabs = "\t" in text  # most texts have none: their lines are then not looked at for one
    return [
        _cells(line) if tabs and "\t" in line else " ".join(line.split())
        for line in text.split("\n")
        if line and not line.isspace()
    ]


def cell_and_plain_lines(text: str) -> tuple[list[str], list[str]]:
    """`cell_lines(text)` and `plain_lines(text)` from one split of the text: the two keep the
    same lines, and a line without a label holder is squashed once for both (a body with
    holders was split twice over, about 150k instructions on such a page)."""
    cells: list[str] = []
    plain: list[str] = []
    for line in _visible(text).split("\n"):
        if LABEL_EDGE in line:
            edged = line.replace(LABEL_EDGE, "\t")
            if edged.isspace():
                continue
            cells.append(_cells(edged))
            plain.append(" ".join(line.replace(LABEL_EDGE, "").split()))
        elif line and not line.isspace():
            squashed = " ".join(line.split())
            cells.append(_cells(line) if "\t" in line else squashed)
            plain.append(squashed)
    return cells, plain


def _cells(line: str) -> str:
    """The line's non-empty cells, squashed, tab-separated. The empty pieces between cells'
    edges (three in five on the benchmark pages) are passed over before they are squashed."""
    cells = [" ".join(cell.split()) for cell in line.split("\t") if cell]
    joined = "\t".join([cell for cell in cells if cell])
    # A cell's edges are a tab each, a label holder's two more: three tabs or more after the
    # last text are an empty cell.
    if joined and _tabs_at_end(line) >= 3:
        return joined + "\t"
    return joined


def _tabs_at_end(line: str) -> int:
    """The tabs among the blanks that end the line (read from its end: no copy of it)."""
    tabs = 0
    at = len(line) - 1
    while at >= 0 and line[at] in _CELL_BLANKS:
        if line[at] == "\t":
            tabs += 1
        at -= 1
    return tabs


# What an empty cell at a line's end is made of: its edges and the spaces between them.
_CELL_BLANKS: Final = " \t\xa0\u3000\r"


def _visible(text: str) -> str:
    """Zero-width spaces removed: `str.split()` does not count them as space, and an editor
    (UEditor) leaks them inside words (`法治政府\u200b建设`), where a space would split them."""
    if "\u200b" in text or "\ufeff" in text:
        return text.replace("\u200b", "").replace("\ufeff", "")
    return text


def visible(text: str) -> str:
    """A short text (a title) as read: without zero-width spaces, without a soft hyphen
    from a PDF or Word paste (`法治政府\xad建设`), its colons typed as look-alikes (`∶`, the
    ratio sign; `﹕`, the small form) made colons. Not for a page's whole text: each `in` is
    a scan of it."""
    text = _visible(text)
    if "\xad" in text:
        text = text.replace("\xad", "")
    if "\u2236" in text:
        text = text.replace("\u2236", "：")
    if "\ufe55" in text:
        text = text.replace("\ufe55", "：")
    return text


# The tag that marks one element for `flat_text_around` (a name, not an attribute: libxslt
# finds templates by name, so no other element is tested), and what stands for its edges:
# private-use characters whose low byte is not 0, so that looking for them in a page's text is
# a memchr (CPython scans for \ue000, a multiple of 256, one character at a time), and rare in
# Chinese text, as LABEL_EDGE's (U+E010 and U+E011 shared theirs with `【` and `】`).
BODY_MARK: Final = "lawreports-body"
_BEGIN, _END = "\ue0b8", "\ue0e4"


def flat_text_around(
    root: lxml_html.HtmlElement, inner: lxml_html.HtmlElement, *, bare_labels: bool = False
) -> tuple[str, str, str] | None:
    """The page's flat text in one pass, cut in three: before `inner`, `inner`, after it.

    None when the cut is not clean (a page that itself holds the marker characters)."""
    tag = inner.tag
    inner.tag = BODY_MARK
    try:
        text = flat_text(root, bare_labels=bare_labels)
    finally:
        inner.tag = tag
    begin = text.find(_BEGIN)
    end = text.find(_END, begin + 1) if begin != -1 else -1
    # Each marker once, the end after the beginning (about half the scans of counting both).
    # Cut by slices once it is clean: partitions copied the text after the beginning twice.
    if (
        end == -1
        or text.find(_BEGIN, begin + 1) != -1
        or text.find(_END, 0, begin) != -1
        or text.find(_END, end + 1) != -1
    ):
        return None
    return text[:begin], text[begin + 1 : end], text[end + 1 :]


def squash_line(text: str) -> str:
    """One line with every run of spaces (tabs included) made one ASCII space, trimmed."""
    return " ".join(_visible(text).split())

"""The 信息公开 metadata block, in every layout portals use.

Tables (`<td>索 引 号：</td><td>…`), ucap `dl/dd`, Chongqing `[ 索引号 ] …`, Hubei's one-line run
(`索 引 号: … 主题分类: … 发布机构: …`), grids, pipe tables and bare `发布机构:… 发布时间:…`
lines all become the same flat text (cells → tabs, blocks → lines); one label grammar reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any, Final, NamedTuple, cast

from lxml import etree
from lxml import html as lxml_html

from lawreports.extract.dates import is_day_cell, is_month_cell, parse_date, split_day_date
from lawreports.extract.text import (
    HAN,
    SPACES,
    remove_spaces,
    script_readings,
    squash_line,
    squash_spaces,
    text_content,
)
from lawreports.extract.vocabulary import (
    BARE_LABEL_SIGNS,
    BARE_LABELS,
    CLASS_FIELD_NAMES,
    EMPTY_VALUES,
    INFO_LINE_TOOLS,
    META_TAGS,
    METADATA_LABELS,
    ORG_NAME_ENDINGS,
    VALUE_END_WIDGETS,
    WRITTEN_BESIDE_PUBLISHED,
)

_SP = f"[{SPACES}]*"
# Pinyin a converter put after a label's character (`發(fā)布機構(gòu)：`, as on seed 002's
# page, or in full-width brackets, `發（fā）`; a syllable with its tone mark, as
# pipelines/normalize.py reads them): allowed wherever spaces are, and removed before the
# label is looked up.
# (A tone mark may also follow its letter as a combining mark, `she\u0300`: a page not in NFC.)
_PINYIN: Final = (
    r"[(（]\s?[a-zA-Z\u00fc]{0,6}(?:[\u00c0-\u024f\u1e00-\u1eff]|[a-zA-Z\u00fc][\u0300-\u036f])"
    r"[a-zA-Z\u00fc]{0,6}\s?[)）]"
)
_PINYIN_IN_LABEL: Final = re.compile(_PINYIN)
# An optional reading is written `(?:…|)`, not `(?:…)?`: the same tries in the same order, but
# sre enters the group only past its opening bracket, where a `?` on a group sets up a repeat
# (a malloc) after every character of a label it tries (~14k instructions a page).
_SEP: Final = f"{_SP}(?:{_PINYIN}{_SP}|)"
# Between a label's characters a converter may also have left its debris for a space it could
# not encode (`索?引?號`, `文??號` from a big5 gateway; U+FFFD from a bad decode).
_DEBRIS: Final = "?？\ufffd"
_GAP: Final = f"[{SPACES}{_DEBRIS}]*"
_IN_LABEL: Final = f"{_GAP}(?:{_PINYIN}{_GAP}|)"
_NO_DEBRIS: Final = str.maketrans("", "", _DEBRIS)


class LabelHit(NamedTuple):
    """One label found in flat text (a tuple: pages hold dozens, built in the hot loop)."""

    field: str
    rank: int
    start: int
    end: int
    label: str = ""  # as matched, spaces removed


@lru_cache(maxsize=1)
def _label_table() -> tuple[re.Pattern[str], dict[str, tuple[str, int]], bytes]:
    """The label grammar, the field and rank of each label, and the classes of characters the
    scans for labels look at (`_char_classes`)."""
    lookup: dict[str, tuple[str, int]] = {}
    for fld, labels in METADATA_LABELS.items():
        for rank, label in enumerate(labels):
            for reading in script_readings(label):
                lookup.setdefault(reading, (fld, rank))
    alternation = _trie_pattern(lookup)
    # Labels of three or more characters are distinctive enough to be read even when glued to
    # the previous value (`<span>…00119</span><span>发布机构:</span>` has no space between).
    strong = _trie_pattern([label for label in lookup if len(label) >= 3])
    firsts = re.escape("".join(sorted({label[0] for label in lookup})))
    # A label starts a line, a cell or follows a space/bracket, and is followed by a colon,
    # a closing bracket, or the end of its cell; a strong label needs only its colon. The cheap
    # checks in front (what can start a label, then what precedes) reject almost every position
    # before the long alternations run; the first is one class test, ahead of both branches.
    pattern = re.compile(
        rf"(?=[\[【{SPACES}{firsts}])"
        rf"(?:(?<![^\t\n|│\]】{SPACES}])[\[【]?{_SP}(?P<label>{alternation}){_SEP}"
        rf"(?:[\]】]{_SP}[:：]?|[:：∶﹕]|(?=[\t\n|]|$))"
        rf"|(?=[{firsts}])(?P<glued>{strong}){_SEP}[:：∶﹕])",
        re.M,
    )
    return pattern, lookup, _char_classes(lookup)


# Classes of characters for the scans for labels, as bits of a table indexed by code point:
# `ord(text[k])` is compiled to a read of the code point, where `text[k] in a_set` builds a
# string and hashes it (~240 instructions a character).
_IN_MATCH: Final = 1  # may stand in a match of the label grammar before its closer
_OPENS_MATCH: Final = 2  # may start one: the grammar's first class
_SPACE: Final = 4  # one of SPACES
_LABEL_END: Final = 8  # a label's last character (号, 构, 期 …)
_PINYIN_END: Final = 16  # closes a pinyin reading
# May stand before a label that is not glued to what precedes it: the class of the grammar's
# look-behind (a line's or cell's break, a bar, a closing bracket, a space).
_BEFORE_LABEL: Final = 32
_OPENS_GLUED: Final = 64  # may open a label read glued to what precedes it (3+ characters)
_PINYIN_CLOSERS: Final = ")）"


def _char_classes(lookup: dict[str, tuple[str, int]]) -> bytes:
    """The classes of every character that has one. What a match of the grammar is made of up
    to its closer: an opening bracket, spaces, the labels' characters with spaces and a
    converter's debris between them, and pinyin readings (brackets, Latin letters, tone
    marks, white space: `\\s` is Unicode's White_Space, all in the Basic Multilingual
    Plane)."""
    pinyin = [
        *"()（）\u00fc",
        *map(chr, range(ord("a"), ord("z") + 1)),
        *map(chr, range(ord("A"), ord("Z") + 1)),
        *map(chr, range(0x00C0, 0x0250)),
        *map(chr, range(0x1E00, 0x1F00)),
        *map(chr, range(0x0300, 0x0370)),
        *(ch for ch in map(chr, range(0x10000)) if ch.isspace()),
    ]
    classes: dict[str, int] = {}
    for bit, chars in (
        (_IN_MATCH, ["[", "【", *SPACES, *_DEBRIS, *"".join(lookup), *pinyin]),
        (_OPENS_MATCH, ["[", "【", *SPACES, *(label[0] for label in lookup)]),
        (_SPACE, list(SPACES)),
        (_LABEL_END, [label[-1] for label in lookup]),
        (_PINYIN_END, list(_PINYIN_CLOSERS)),
        (_BEFORE_LABEL, ["\t", "\n", "|", "│", "]", "】", *SPACES]),
        (_OPENS_GLUED, [label[0] for label in lookup if len(label) >= 3]),
    ):
        for ch in chars:
            classes[ch] = classes.get(ch, 0) | bit
    table = bytearray(max(map(ord, classes)) + 1)
    for ch, bits in classes.items():
        table[ord(ch)] = bits
    return bytes(table)


def _char_class(text: str, k: int, classes: bytes) -> int:
    """The classes of the character at `k` (see `_char_classes`)."""
    code = ord(text[k])
    return classes[code] if code < len(classes) else 0


def _trie_pattern(labels: Iterable[str]) -> str:
    """The labels as one prefix tree (`发(?:布(?:机构|日期)|文…)`), spaces allowed between
    characters, longest first: the regex engine then tries a handful of branches per position
    instead of every label."""
    root: dict[str, Any] = {}
    for label in labels:
        node = root
        for ch in label:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_branches(root)


def _trie_branches(node: dict[str, Any]) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        if not any(child):
            branches.append(re.escape(ch))
        elif "" in child:  # a label ends here, a longer one goes on: prefer the longer
            branches.append(f"{re.escape(ch)}(?:{_IN_LABEL}{_trie_branches(child)})?")
        else:
            branches.append(f"{re.escape(ch)}{_IN_LABEL}{_trie_branches(child)}")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@lru_cache(maxsize=1)
def _bare_label_signs() -> tuple[str, ...]:
    """BARE_LABEL_SIGNS in either script, also spaced out as templates print them (`索 引 号`:
    flat text has one space where the page had any)."""
    readings = [reading for label in BARE_LABEL_SIGNS for reading in script_readings(label)]
    return (*readings, *(" ".join(reading) for reading in readings))


# What may follow a label that has its separator.
_AFTER_A_LABEL: Final = frozenset(":：]】\t|\n")


def glued_bare_label(text: str) -> bool:
    """Whether a line or cell starts with a label its value is run into (`索引号11130000…`,
    `发布机构 县司法局`): the page prints labels without a colon (`<b>索引号</b>…`), which
    only a flattening that knows them can set apart (`flat_text(bare_labels=True)`).

    The few labels every such block has (BARE_LABEL_SIGNS) are looked for with `str.find`:
    a regex over all the labels costs ten times as much on a page without them."""
    for sign in _bare_label_signs():
        at = text.find(sign)
        while at != -1:
            end = at + len(sign)
            if (not at or text[at - 1] in "\t \n") and (
                end < len(text) and text[end] not in _AFTER_A_LABEL
            ):
                return True
            at = text.find(sign, end)
    return False


@lru_cache(maxsize=1)
def _spaced_bare_label() -> re.Pattern[str]:
    """A bare label (BARE_LABELS, either script) standing between spaces: `索引号 1113…`."""
    readings = sorted(
        {r for label in BARE_LABELS for r in script_readings(label)}, key=len, reverse=True
    )
    words = "|".join(map(re.escape, readings))
    return re.compile(f"(?:^|(?<=[{SPACES}]))(?:{words})(?=[{SPACES}]+[^{SPACES}\n])", re.M)


def spaced_bare_labels(text: str) -> str | None:
    """The text with a colon for the space after each bare label, where a line opens with
    one and holds another or is next to a line that opens with one (`索引号 1113… 发布机构
    县司法局`: a block printed as plain text, with no element around each label), or where a
    labelled field leads the line (`索引号: MB1A… 发布机构 县司法局`); None when no line does.

    The colon takes the space's place, so every offset into the text stays valid."""
    opened: list[list[re.Match[str]]] = []  # per line that a bare label opens: its labels
    led: list[bool] = []  # per line: a labelled field leads it
    for line in _LINE_STARTS.finditer(text):
        start, end = line.span()
        found = []
        if end - start <= _MAX_LABEL_RUN:
            found = list(_spaced_bare_label().finditer(text, start, end))
        field_first = bool(found) and _led_by_a_field(line[0])
        opened.append(found if found and (found[0].start() == start or field_first) else [])
        led.append(field_first)
    chars: list[str] | None = None
    for at, found in enumerate(opened):
        beside = (at and opened[at - 1]) or (at + 1 < len(opened) and opened[at + 1])
        if len(found) >= 2 or (found and (beside or led[at])):
            if chars is None:
                chars = list(text)
            for hit in found:
                chars[hit.end()] = "："
    return "".join(chars) if chars is not None else None


def _led_by_a_field(line: str) -> bool:
    """A line led by a labelled field of the block, not a sentence (`索引号: MB1A… 分类 司法
    发布机构 天门市司法局`): the bare labels after it are the same block's."""
    lead = _OPENS_WITH_A_FIELD.match(line)
    return lead is not None and "。" not in line and label_field(lead.group(1)) is not None


_OPENS_WITH_A_FIELD = re.compile(r"^([^\s:：]{2,6})[:：]")
_LINE_STARTS: Final = re.compile(r"^[^\n]*$", re.M)
# A longer line is report text, not a run of labels.
_MAX_LABEL_RUN: Final = 200


# What closes a label: a colon, a closing bracket or the end of its cell (tab, pipe). These
# also make a line one with a separator; so does a box-drawing bar (`│`), which closes no
# label; the look-alike colons (`∶`, `﹕`) close one but make no separator.
_SEPARATING_CLOSERS: Final = ("：", ":", "\t", "|", "]", "】")
_OTHER_CLOSERS: Final = ("∶", "﹕")
_BAR: Final = "│"
# Without a separator a label can only end its line, and such a line is short (`<dt>索引号`).
_BARE_LABEL_LINE: Final = 40

# A line the label grammar is run on: its start and end in the text, and its closers.
_LabelLine = tuple[int, int, list[int]]


def _label_lines(text: str, classes: bytes) -> list[_LabelLine]:
    """The lines of the text where the label grammar can find a label: a short line ending as
    a label does, or a line with a separator where a label's last character (号, 构, 期 …)
    stands before a closer or ends the line. A sentence with a colon (`主要做法：`) has none,
    and the grammar, which costs hundreds of instructions a character, is not run on it.

    The closers are found by a `str.find` scan of the whole text for each (they are few,
    ~20 a page), the lines by `str.find` too: not 7 scans of every line and a split that
    builds every line (184k instructions a page). A bar and the look-alike colons, rarer
    still, are looked for in a line only where they may decide."""
    closers = _positions(text, _SEPARATING_CLOSERS)
    bars = _BAR in text
    found: list[_LabelLine] = []
    first = 0  # the first closer not before the line
    start = 0
    while True:
        stop = text.find("\n", start)
        stop = len(text) if stop == -1 else stop
        last = first
        while last < len(closers) and closers[last] < stop:
            last += 1
        if stop > start:
            line = _label_line(text, start, stop, closers[first:last], bars=bars, classes=classes)
            if line is not None:
                found.append(line)
        if stop == len(text):
            return found
        first = last
        start = stop + 1


def _positions(text: str, chars: tuple[str, ...]) -> list[int]:
    """Where the characters stand in the text, in order."""
    found: list[int] = []
    for ch in chars:
        at = text.find(ch)
        while at != -1:
            found.append(at)
            at = text.find(ch, at + 1)
    found.sort()
    return found


def _label_line(
    text: str, start: int, stop: int, closers: list[int], *, bars: bool, classes: bytes
) -> _LabelLine | None:
    """The line `text[start:stop]` with its closers (`closers` holds the separating ones) if
    the label grammar can find a label in it, else None. `bars`: whether the text has a bar."""
    if stop - start <= _BARE_LABEL_LINE and _char_class(text, stop - 1, classes) & _LABEL_END:
        return start, stop, _with_other_closers(text, start, stop, closers)
    if not closers and not (bars and text.find(_BAR, start, stop) != -1):
        return None  # no separator
    closers = _with_other_closers(text, start, stop, closers)
    if _label_end_before(text, stop, classes, start) or any(
        _label_end_before(text, at, classes, start) for at in closers
    ):
        return start, stop, closers
    return None


def _with_other_closers(text: str, start: int, stop: int, closers: list[int]) -> list[int]:
    """The line's closers: `closers` and the look-alike colons in it (seldom any)."""
    if all(text.find(ch, start, stop) == -1 for ch in _OTHER_CLOSERS):
        return closers
    others = [start + at for at in _positions(text[start:stop], _OTHER_CLOSERS)]
    return sorted(closers + others)


def _label_end_before(text: str, at: int, classes: bytes, start: int = 0) -> bool:
    """Whether a label's last character, or a pinyin reading's bracket, is the last character
    from `start` on before `at` that is not a space."""
    k = at - 1
    while k >= start:
        found = _char_class(text, k, classes)
        if not found & _SPACE:
            return bool(found & (_LABEL_END | _PINYIN_END))
        k -= 1
    return False


def _label_matches(
    pattern: re.Pattern[str], text: str, line: _LabelLine, classes: bytes
) -> list[re.Match[str]]:
    """The grammar's matches in the line, the ones `finditer` finds, tried only where one can
    start. A match runs from its start to a closer, or the line's end, over characters that
    may stand in one only (`_IN_MATCH`): it starts in the run of them before the first
    closer past its start, at a character that may open one (`_OPENS_MATCH`). sre's own scan
    tries every position of the line, a value's (`2024-03-12`, `县司法局`) too, at about 200
    instructions each."""
    start, stop, closers = line
    found = []
    done = start  # where the last match ends: none starts before
    tried = start  # where the positions not tried yet start
    for end in [*closers, stop]:
        if end <= done:
            continue
        at = end
        floor = max(done, tried)
        while at > floor and _char_class(text, at - 1, classes) & _IN_MATCH:
            at -= 1
        while at < end:
            match = pattern.match(text, at, stop) if _may_open_match(text, at, classes) else None
            if match is not None:  # it ends at `end` or past it
                found.append(match)
                done = match.end()
                break
            at += 1
        tried = end
    return found


def _may_open_match(text: str, at: int, classes: bytes) -> bool:
    """Whether a match of the grammar may start at `at`: the character may open one, and
    either what stands before it may stand before a label (the grammar's look-behind) or it
    opens a label that may be glued to what precedes it. Most tries the grammar fails (a
    space after a value, `县司法局 发布…`) are left out: a third of them, ~10k instructions a
    page."""
    found = _char_class(text, at, classes)
    if not found & _OPENS_MATCH:
        return False
    return (
        at == 0
        or _char_class(text, at - 1, classes) & _BEFORE_LABEL != 0
        or found & _OPENS_GLUED != 0
    )


def label_hits(text: str) -> list[LabelHit]:
    """Labels in the text, in order. The label grammar runs only on the lines that can hold
    one (`_label_lines`): nav and list lines and long report text stay out of the costly
    pattern."""
    pattern, lookup, classes = _label_table()
    hits = []
    for line in _label_lines(text, classes):
        for match in _label_matches(pattern, text, line, classes):
            label = match["label"] or match["glued"]
            if label not in lookup:  # most are printed as listed: nothing to take out
                label = _as_listed(label, lookup)
            fld, rank = lookup[label]
            start, end = match.span()
            hits.append(LabelHit(fld, rank, start, end, label))
    return hits


def _as_listed(label: str, lookup: dict[str, tuple[str, int]]) -> str:
    """A matched label as `lookup` lists it: without spaces, pinyin or a converter's debris."""
    label = remove_spaces(label)
    if "(" in label or "（" in label:
        label = _PINYIN_IN_LABEL.sub("", label)
    if label not in lookup:
        label = label.translate(_NO_DEBRIS)
    return label


# A value ends where a toolbar widget starts (`区政府办 【打印此页】`, `区政府办 打印`).
# So does a dot or slash between an info line's parts (`来源：县司法局 · 发布时间：…`), not
# a slash before digits. Every end opens with a space or a `【`: the pattern opens with that
# class (the others read behind it), so the engine tries it only there; opening with the
# alternatives, it tried all of them at every character (~1,000 instructions a value).
_VALUE_END: Final = re.compile(
    r"[\s【](?:(?<=【)(?!\s*\d{4}\s*】)"
    r"|(?<=\s)(?:\s*【(?!\s*\d{4}\s*】)|\s*\[(?!\s*\d{4}\s*\])|\s*(?:"
    + "|".join(VALUE_END_WIDGETS)
    + r")|[·•](?:\s|$)|[/／](?:\s(?=[^\d\s])|$)))"  # `X / 2024-00012` is one 索引号
)


# Pipes between an info line's parts (`来源：县司法局 | 2024-03-05`) and a pipe table's cells.
_PIPES: Final = re.compile("[|│｜]")


def _clean_value(raw: str) -> str | None:
    if "\t" in raw:  # the value ends with its cell (`…00012` | `载体类型：` | `电子`)
        raw = _first_cell(raw)
    if "|" in raw or "│" in raw or "｜" in raw:  # the value is the first part a pipe ends
        raw = next((part for part in _PIPES.split(raw) if part.strip()), "")
    value = squash_line(raw)
    if "【" in value or " " in value:  # squashed: a plain space is its only white space
        value = _VALUE_END.split(value, maxsplit=1)[0]
    value = value.strip(" :：∶﹕【】[]·•")  # colons typed as look-alikes too (`发布机构∶…`)
    return None if value.lower() in EMPTY_VALUES else value


def _first_cell(raw: str) -> str:
    """The text up to the end of the first cell holding more than separators."""
    return raw.lstrip(_CELL_SEPARATORS).partition("\t")[0]


_CELL_SEPARATORS = f"{SPACES}:：\n"


# What the line under an empty label holds when it is the report's first line, not the
# label's value (`来源：` left blank above the text): a sentence, an addressee (`市委、市政府：`)
# or a heading's number. (A value may hold a comma: `县委办，县政府办`.)
_BODY_LINE: Final = re.compile(
    r"[。；;]|[:：]\s*$|^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])"
)
# No value runs longer (a title's is the longest).
_MAX_VALUE_CHARS: Final = 80


def _may_be_value(line: str) -> bool:
    return len(line.strip()) <= _MAX_VALUE_CHARS and _BODY_LINE.search(line) is None


# What the line under an empty label must look like to be its value, by field: it may as
# well be the page's title or the text's first line (an empty 文号 closing the block).
_DOC_NO_SHAPE: Final = re.compile(r"[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]|\d+\s*号\s*$")
_TITLE_WORDS: Final = re.compile(r"报告|关于|情况|通知|总结")
_NOT_A_NAME: Final = re.compile(r"报告|关于|情况|通知|总结|\d{4}\s*[-年/.]")


def _fits_below(field: str, value: str) -> bool:
    if field in ("publish_date", "written_date"):
        return parse_date(value) is not None
    if field == "doc_no":
        return value.lower() in EMPTY_VALUES or _DOC_NO_SHAPE.search(value) is not None
    if field == "index_no":
        return any(ch.isdigit() for ch in value) and not _TITLE_WORDS.search(value)
    if field in ("publisher", "author"):
        return _NOT_A_NAME.search(value) is None
    return True


def parse_label_text(text: str, hits: list[LabelHit] | None = None) -> dict[str, str]:
    """Read `label: value` pairs from flat text; the best-ranked label of a field wins.

    `hits` are the text's label hits when the caller has them already."""
    hits = label_hits(text) if hits is None else hits
    best: dict[str, tuple[int, str]] = {}
    beside: str | None = None
    for i, hit in enumerate(hits):
        line_end = text.find("\n", hit.end)
        line_end = len(text) if line_end == -1 else line_end
        stop = min(hits[i + 1].start, line_end) if i + 1 < len(hits) else line_end
        value = _clean_value(text[hit.end : stop])
        if (
            value is None
            and stop == line_end
            and (i + 1 >= len(hits) or hits[i + 1].start > line_end)
        ):
            # dl/dd layout: the value sits on the next line (unless both lines are table
            # rows: a row of column headings over data is no label and its value).
            next_end = text.find("\n", line_end + 1)
            next_end = len(text) if next_end == -1 else next_end
            nxt = hits[i + 1].start if i + 1 < len(hits) else next_end
            below = text[line_end + 1 : min(next_end, nxt)]
            if not ("\t" in below and "\t" in text[text.rfind("\n", 0, hit.start) + 1 : stop]):
                value = _clean_value(below) if _may_be_value(below) else None
                if value is not None and not _fits_below(hit.field, value):
                    value = None
        if value is None:
            continue
        if hit.field in _DATE_NEIGHBOURS and " " in value:
            value = _TRAILING_DATE.sub("", value) or value
            value = _NEXT_SHORT_LABEL.split(value, maxsplit=1)[0] or value
        if hit.label in WRITTEN_BESIDE_PUBLISHED:
            beside = value
        current = best.get(hit.field)
        if current is None or hit.rank < current[0]:
            best[hit.field] = (hit.rank, value)
    found = {fld: value for fld, (_, value) in best.items()}
    if beside is not None and found.get("publish_date") != beside:
        found.setdefault("written_date", beside)  # another label gave the publish date
    return found


def has_label_row(text: str, hits: list[LabelHit]) -> bool:
    """Whether some line is labels only (`索引号\t发布机构\t文号`), or two lines in a row are
    each one label: a table, or a grid of blocks, whose values sit in the row below, which the
    text grammar cannot pair (empty cells leave no tab; blocks put every cell on its own line).
    Two labels with nothing but cell breaks between them say where to look; most pages
    have a value between every two labels and are done in one pass of slices."""
    for a, b in pairwise(hits):
        gap = text[a.end : b.start]
        if gap.count("\n") > 1 or gap.strip(_CELL_GAP + "\n"):
            continue
        if "\n" not in gap:
            line_start = text.rfind("\n", 0, a.start) + 1
            line_end = text.find("\n", b.end)
            line_end = len(text) if line_end == -1 else line_end
            if _labels_only(text, [h for h in hits if line_start <= h.start < line_end]):
                return True
        elif _labels_only(text, [a]) and _labels_only(text, [b]):
            return True
    return False


_CELL_GAP = f"{SPACES}:：|"


def _labels_only(text: str, run: list[LabelHit]) -> bool:
    line_start = text.rfind("\n", 0, run[0].start) + 1
    line_end = text.find("\n", run[-1].end)
    line_end = len(text) if line_end == -1 else line_end
    gaps = [text[line_start : run[0].start], text[run[-1].end : line_end]]
    gaps += [text[a.end : b.start] for a, b in pairwise(run)]
    return not any(gap.strip(f"{SPACES}\n:：") for gap in gaps)


def label_rows(root: lxml_html.HtmlElement) -> dict[str, str]:
    """Fields of rows whose cells are all labels, paired by column with the row below:
    table rows, and blocks (`<div class="row"><div>索引号</div><div>发布机构</div></div>`)
    over a block of as many values. A field whose cell is empty maps to "": the grid says
    it has no value (the text grammar, reading each block as a line, may have paired the
    label with the next one's value)."""
    lookup = _label_table()[1]
    best: dict[str, tuple[int, str]] = {}
    for cells, values in _label_rows_and_values(root, lookup):
        for cell, value_cell in zip(cells, values, strict=True):
            fld, rank = lookup[_bare_label(cell)]
            value = _clean_value(text_content(value_cell)) or ""
            if fld not in best or (value and (rank < best[fld][0] or not best[fld][1])):
                best[fld] = (rank, value)
    return {fld: value for fld, (_, value) in best.items()}


def _label_rows_and_values(
    root: lxml_html.HtmlElement, lookup: dict[str, tuple[str, int]]
) -> Iterator[tuple[list[lxml_html.HtmlElement], list[lxml_html.HtmlElement]]]:
    """(label cells, value cells) of every labels row with a row of as many cells below."""
    for row in root.iter("tr", *_BLOCK_ROW_TAGS):
        # Fewer than two children, so fewer than two cells: most blocks, passed over on a count
        # made in C, before their tag and children are read (label_rows 41k -> 30k a page).
        if len(row) < 2:
            continue
        tag: str = row.tag  # typed (lxml's values are Any to mypyc): compared in place
        is_row = tag == "tr"
        cells = _cells(row) if is_row else [child for child in row if isinstance(child.tag, str)]
        if len(cells) < 2:  # the row below is not looked at
            continue
        below = _cells(_next_row(row)) if is_row else _block_below(row)
        if (
            len(below) == len(cells)
            and all(_bare_label(cell) in lookup for cell in cells)
            and _names_the_block(cells, lookup)
            and not _heads_a_list(below, lookup)
        ):
            yield cells, below


# Fields only a 信息公开 block names; a row of other labels alone (`时间 | 来源`) may head
# a table in the text.
_BLOCK_FIELDS: Final = frozenset({"index_no", "doc_no", "written_date"})


def _names_the_block(
    cells: list[lxml_html.HtmlElement], lookup: dict[str, tuple[str, int]]
) -> bool:
    return len(cells) >= 3 or any(lookup[_bare_label(c)][0] in _BLOCK_FIELDS for c in cells)


def _heads_a_list(values: list[lxml_html.HtmlElement], lookup: dict[str, tuple[str, int]]) -> bool:
    """Whether a row of labels heads a table of records, not a block's one row of values: a
    second row of values follows (`文件名称 | 文号 | 发布日期` over the documents a report
    lists), or the values link to other pages (a 相关信息 table under the text)."""
    if any(_links_a_page(cell) for cell in values):
        return True
    row = values[0].getparent()
    if row is None:
        return False
    after = _next_row(row) if row.tag == "tr" else row.getnext()
    if after is None or not isinstance(after.tag, str):
        return False
    cells = _cells(after) if after.tag == "tr" else [c for c in after if isinstance(c.tag, str)]
    return len(cells) == len(values) and not all(_bare_label(c) in lookup for c in cells)


def _links_a_page(cell: lxml_html.HtmlElement) -> bool:
    for a in cell.iter("a"):
        href: str = a.get("href") or ""  # typed: the tests below are compiled
        if href.strip()[:1] not in ("", "#") and "javascript" not in href:
            return True
    return False


def _block_below(block: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The child elements of the element after the block."""
    following = block.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return [] if following is None else [c for c in following if isinstance(c.tag, str)]


# Blocks a grid of labels over values is built of (a row of `<div>` cells, a `<ul>` of `<li>`).
_BLOCK_ROW_TAGS: Final = ("div", "ul", "ol", "dl", "section", "p")


def _bare_label(cell: lxml_html.HtmlElement) -> str:
    return remove_spaces(text_content(cell)).strip(":：")


def _cells(row: lxml_html.HtmlElement | None) -> list[lxml_html.HtmlElement]:
    return [] if row is None else list(row.iterchildren("td", "th"))


def _next_row(row: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The row under this one: its next sibling, or the first of the next section
    (`<thead>` labels over `<tbody>` values)."""
    following = next(row.itersiblings("tr"), None)
    if following is None and row.getparent() is not None:
        section = next(row.getparent().itersiblings("tbody"), None)
        following = None if section is None else next(section.iterchildren("tr"), None)
    return following


# Labels an article's info line holds after a bare date (`2021-01-18 来源：区政府办`).
_DATE_NEIGHBOURS: Final = frozenset({"publisher", "author", "views"})
_BARE_DATE_MAX: Final = 24


def date_before_labels(text: str, hits: list[LabelHit]) -> str | None:
    """A publish date printed without a label at the start of the info line, before its
    first label (mobile and news templates): the text between line start and that label."""
    previous_line = -1
    for hit in hits:
        line_start = text.rfind("\n", 0, hit.start) + 1
        if line_start == previous_line:
            continue  # only the first label of a line
        previous_line = line_start
        if hit.field in _DATE_NEIGHBOURS and 0 < hit.start - line_start <= _BARE_DATE_MAX:
            found = parse_date(text[line_start : hit.start])
            if found:
                return found
    return None


def date_after_pipe(text: str, hits: list[LabelHit]) -> str | None:
    """A publish date printed without a label as the last part of the info line, after a pipe
    (`来源：县司法局 | 2024-03-05`): the line of a label of `_DATE_NEIGHBOURS`."""
    for at, hit in enumerate(hits):
        if hit.field not in _DATE_NEIGHBOURS:
            continue
        line_end = text.find("\n", hit.end)
        line = text[hit.end : len(text) if line_end == -1 else line_end]
        last = _PIPES.split(line)[-1].strip(f"{SPACES}\t") if _PIPES.search(line) else ""
        if last and BARE_DATE_LINE.match(last):
            return parse_date(last)
        value = line[: hits[at + 1].start - hit.end] if at + 1 < len(hits) else line
        trailing = _TRAILING_DATE.search(value.rstrip(f"{SPACES}\t"))
        if trailing is not None:  # after a space: `来源：县司法局　2024-03-05`
            return parse_date(trailing.group(0))
    return None


_DATE_AND_TIME = (
    r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
# A short label printed without a colon after a name's value, between spaces (`天门市司法局 来源
# 天门市司法局`): the value ends there.
_NEXT_SHORT_LABEL: Final = re.compile(r" (?:来源|分类|时间|日期|作者|点击|浏览)(?: |$)")
# A date closing a name's value after a space (`县司法局　2024-03-05`): not part of the name.
_TRAILING_DATE: Final = re.compile(
    rf"(?<=\S)[{SPACES}\t]+[\[【(（]?\s*{_DATE_AND_TIME}\s*[\]】)）]?$"
)
# A line that is a date and nothing else (`2024-03-12`, `2024年03月12日 10:20`, `[2024-03-12]`).
BARE_DATE_LINE: Final = re.compile(rf"^[\[【(（]?\s*{_DATE_AND_TIME}\s*[\]】)）]?$")
# A document number on a line of its own, no label (`娄政函〔2024〕8号`): the document's head as
# a gazette prints it under the title, or as a Word paste leads with it.
DOC_NO_LINE: Final = re.compile(r"[^，。；:：\s]{1,15}[〔\[［【(（]\d{4}[〕\]］】)）]第?\d{1,4}号")
# How many lines around the text's start it is looked for in.
_DOC_NO_LINES: Final = 4


def head_doc_no(above: list[str], opening: list[str]) -> str | None:
    """The document number printed on a line of its own just above the text or at its top."""
    for line in (*above[-_DOC_NO_LINES:], *opening[:_DOC_NO_LINES]):
        if "号" in line[-3:]:  # a number ends the line: most lines are passed over here
            bare = remove_spaces(line)
            if DOC_NO_LINE.fullmatch(bare):
                return bare
    return None


# A news template's line of a source's name and a date, no label (`安平县司法局 2024-03-12`).
# Above the text only: a report signs with its name and date at its end.
NAME_DATE_LINE: Final = re.compile(rf"^[{HAN}]{{2,20}}\s*(?P<date>{_DATE_AND_TIME})$")
# The same with the date first (`2024-03-12 安平县司法局`, two spans run together).
DATE_NAME_LINE: Final = re.compile(rf"^(?P<date>{_DATE_AND_TIME})\s*(?P<name>[{HAN}]{{2,20}})$")
# How many lines under the title such a date may be (an author line, a toolbar between).
_UNDER_TITLE_LINES: Final = 4


# A publish date a script writes after its label (TRS: `发布时间：<script>document.write(
# "2024-03-05 09:30".substring(0,10))</script>`), in the page as served.
_SCRIPT_DATE: Final = re.compile(
    r"(?:发布|公开|时间|日期)[^<>]{0,12}(?:<[^>]{0,80}>\s*){0,3}<script[^>]*>\s*document\.write\(\s*"
    rf"[\"']\s*(?P<date>{_DATE_AND_TIME})"
)


# A publish date printed after its label in a region dropped as furniture (a breadcrumb's
# `<span class="fr">发布时间：2024-03-05</span>`), in the page as served.
_LABELLED_DATE: Final = re.compile(
    r"(?:发布|公开)(?:时间|日期)\s*[:：]\s*(?:<[^>]{0,80}>\s*){0,3}"
    rf"(?P<date>{_DATE_AND_TIME})"
)


def date_in_source(html_text: str) -> str | None:
    """A labelled publish date in the page as served: written by a script, or in a region
    dropped as furniture. Read only when no other date was found."""
    if "document.write" in html_text:
        found = _SCRIPT_DATE.search(html_text)
        if found:
            return parse_date(found["date"])
    found = _LABELLED_DATE.search(html_text)
    return parse_date(found["date"]) if found else None


def line_under_title(text: str, title: str, before: int) -> tuple[str | None, str | None]:
    """(date, source) of a line under the title without labels (news templates:
    `<h1>…</h1><p class="time">2024-03-12</p>`, `县司法局 2024-03-12`): the title's last line
    before the body (or its first line): what follows it on its line, then the few lines after."""
    at = text.rfind(title, 0, before + len(title)) if title else -1
    if at == -1:
        return None, None
    # The rest of the title's own line first (`<h1>…<span class="time">2024-03-20</span></h1>`).
    after = text[at + len(title) :].split("\n", _UNDER_TITLE_LINES + 1)[: _UNDER_TITLE_LINES + 1]
    for line in after:
        cells = line.strip(f"{SPACES}\t")
        if not cells:
            continue
        if BARE_DATE_LINE.match(cells):
            return parse_date(cells), None
        named = NAME_DATE_LINE.match(cells)
        if named:
            name = cells[: named.start("date")].strip()
            return parse_date(named["date"]), name if name.endswith(ORG_NAME_ENDINGS) else None
        dated = DATE_NAME_LINE.match(cells)
        if dated and dated["name"].endswith(ORG_NAME_ENDINGS):
            return parse_date(dated["date"]), dated["name"]
        if _may_be_info_line(cells):
            tokens = info_line_tokens(cells)
            shown, office = read_info_tokens([], tokens) if tokens is not None else (None, None)
            if shown is not None:
                return shown, office
    return None, None


# An info line is short; a longer one is text.
_INFO_LINE_MAX: Final = 80


def _may_be_info_line(line: str) -> bool:
    """A short line of parts (`2025-03-28 15:30 | 嘉禾县人民政府 | 阅读 1,203`): a pipe, a
    tab or a space between them. A cheap test before the tokens are looked at."""
    return len(line) <= _INFO_LINE_MAX and (
        "|" in line or "\t" in line or "│" in line or "｜" in line or " " in line
    )


# Where an info line's cells part: pipes, tabs, two spaces or more, an ideographic space.
_INFO_CELL_SPLIT: Final = re.compile(rf"[|│｜\t\u3000]|[{SPACES}]{{2,}}")
_CLOCK: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_COUNT: Final = re.compile(r"\d{1,3}(?:[,，]\d{3})+|\d+")
# Brackets around a date or a tool (`[2024-03-12]`, `【大 中 小】`).
_TOKEN_BRACKETS: Final = "【】[]［］()（）"


def info_line_tokens(text: str) -> list[str] | None:
    """The words of an info line's cell or line, a clock joined to its date
    (`2025-03-28 15:30`), or None when one of them is no info line's word (a sentence, a
    label, a name glued to a number: `嘉禾县人民政府856`)."""
    tokens: list[str] = []
    for cell in _INFO_CELL_SPLIT.split(text):
        for spaced in cell.split():
            word = spaced.strip(_TOKEN_BRACKETS)
            if not word:
                continue
            if tokens and _CLOCK.fullmatch(word) and BARE_DATE_LINE.match(tokens[-1]):
                tokens[-1] = f"{tokens[-1]} {word}"
                continue
            if _token_kind(word) is None:
                return None
            tokens.append(word)
    return tokens


def _token_kind(token: str) -> str | None:
    """date, month (`2024.03`), count (a reader count or a day), name (an office), noise (a
    tool or a counter's word), or None: no info line's word."""
    if token[0].isdigit():
        if BARE_DATE_LINE.match(token):
            return "date" if parse_date(token) else None
        if is_month_cell(token):
            return "month"
        return "count" if _COUNT.fullmatch(token) or is_day_cell(token) else None
    if token in INFO_LINE_TOOLS or _counter_word(token):
        return "noise"
    if _OFFICE.fullmatch(token) and token.endswith(ORG_NAME_ENDINGS):
        return None if _NOT_A_NAME.search(token) else "name"
    return None


_OFFICE = re.compile(rf"[{HAN}]{{2,20}}")


@lru_cache(maxsize=1)
def _counter_words() -> re.Pattern[str]:
    """A counter's word, maybe with its number (`阅读`, `阅读:517`, `浏览次数：1,203次`)."""
    words = "|".join(sorted(map(re.escape, METADATA_LABELS["views"]), key=len, reverse=True))
    return re.compile(rf"(?:{words})[:：]?(?:\d{{1,3}}(?:[,，]\d{{3}})+|\d+)?次?")


def _counter_word(token: str) -> bool:
    return _counter_words().fullmatch(token) is not None


def read_info_tokens(before: list[str], after: list[str]) -> tuple[str | None, str | None]:
    """(date, source) of the tokens of an info line, before and after the title: the one date
    printed (whole, or a day beside its month: `28` `2024.03`) and, when there is one, the
    one office named after the title. Two dates or two offices: none of them."""
    dates = {*_dates_in(before), *_dates_in(after)}
    if len(dates) != 1:
        return None, None
    names = {token for token in after if _token_kind(token) == "name"}
    return dates.pop(), names.pop() if len(names) == 1 else None


def _dates_in(tokens: list[str]) -> Iterator[str]:
    kinds = [_token_kind(token) for token in tokens]
    for at, (token, kind) in enumerate(zip(tokens, kinds, strict=True)):
        if kind == "date":
            found = parse_date(token)
            if found:
                yield found
        elif kind == "month":
            for beside in (at - 1, at + 1):
                if 0 <= beside < len(tokens) and kinds[beside] == "count":
                    found = split_day_date(tokens[beside], token)
                    if found:
                        yield found


# How many lines above the title an info line's cells may be on (a day block beside it).
_ABOVE_TITLE_LINES: Final = 1
# What the title's block may hold beside the title (characters): an info line, a tool bar, a
# row of labels; the text's block is longer.
_HEAD_BLOCK_EXTRA: Final = 160
# The text node that is the title: a heading's, not a link's or a menu option's.
_TITLE_TEXT: Final = etree.XPath(
    "//body//text()[normalize-space(.) = $title][not(ancestor::a or ancestor::option)]",
    regexp=False,
)


def info_cells_near_title(
    root: lxml_html.HtmlElement, text: str, title: str, before: int
) -> tuple[str | None, str | None]:
    """(date, source) of an info line printed as elements with no space between them
    (`<span class="source">县司法局</span><span class="date">2025-01-22</span><span>517</span>`
    reads `县司法局2025-01-22517`), or a date as a day block beside the title (`<span>28</span>
    <span>2024.03</span>`): each text node of the title's block is a cell. Looked for only
    when a short line next to the title in the flat text holds a digit."""
    if not title or not _digits_next_to_title(text, title, before):
        return None, None
    heading = _title_node(root, title)
    if heading is None:
        return None, None
    holder = heading.getparent()
    holder = holder.getparent() if heading.is_tail else holder
    if holder is None:
        return None, None
    block, in_a_row = _head_block(holder, len(title))
    nodes = _text_nodes(block)
    if not in_a_row:
        nodes += [n for el in _short_siblings_after(block) for n in _text_nodes(el)]
    at = next((k for k, node in enumerate(nodes) if _same_node(node, heading)), None)
    if at is None:
        return None, None
    return read_info_tokens(_cell_tokens(nodes[:at]), _cell_tokens(nodes[at + 1 :]))


_TEXT_NODES = etree.XPath(".//text()", regexp=False)


def _text_nodes(el: lxml_html.HtmlElement) -> list[Any]:
    """The element's text nodes, as strings that know their element, blank ones left out."""
    found = cast(list[Any], _TEXT_NODES(el))
    return [node for node in found if node.strip()]


def _same_node(a: Any, b: Any) -> bool:
    return bool(a.getparent() is b.getparent() and a.is_tail == b.is_tail)


def _digits_next_to_title(text: str, title: str, before: int) -> bool:
    """Whether a short line just above or under the title (not the title's own) has a digit."""
    at = text.rfind(title, 0, before + len(title))
    if at == -1:
        return False
    start = text.rfind("\n", 0, at)
    for _ in range(_ABOVE_TITLE_LINES):
        start = text.rfind("\n", 0, start) if start > 0 else -1
    count = _ABOVE_TITLE_LINES + _UNDER_TITLE_LINES + 1
    lines = text[start + 1 :].split("\n", count)[:count]
    return any(
        len(line) <= _INFO_LINE_MAX and title not in line and any(ch.isdigit() for ch in line)
        for line in lines
    )


def _title_node(root: lxml_html.HtmlElement, title: str) -> Any:
    """The text node that is the title (a heading's), or None; not a link's."""
    found = _TITLE_TEXT(root, title=title)
    return found[0] if isinstance(found, list) and found else None


def _head_block(el: lxml_html.HtmlElement, title_chars: int) -> tuple[lxml_html.HtmlElement, bool]:
    """The largest element around the title holding little more than it and no link to a page:
    the title's block, with its info line, not the text nor a list; and whether the element
    around it is a list's short row (`<li><span>title</span><span>date</span><a>详细</a>`),
    whose dates are the listed pages'."""
    limit = title_chars + _HEAD_BLOCK_EXTRA
    block = el
    for parent in el.iterancestors():
        if parent.tag in ("body", "html") or not _text_within(parent, limit):
            return block, False
        if _links_a_page(parent):
            return block, True
        block = parent
    return block, False


def _text_within(el: lxml_html.HtmlElement, limit: int) -> bool:
    """Whether the element's text (spaces aside) is `limit` characters or fewer: counted
    until it passes the limit, so a large block costs no more than a small one."""
    total = 0
    for piece in el.itertext():
        total += len(piece) - piece.count(" ") - piece.count("\n")
        if total > limit:
            return False
    return True


# How many short elements after the title's block may hold its info line (`<h1>` then
# `<div class="info">` inside the text's container).
_SIBLINGS_AFTER: Final = 2


def _short_siblings_after(block: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The short elements right after the block, up to one that is long or links a page."""
    found: list[lxml_html.HtmlElement] = []
    for sibling in block.itersiblings():
        if len(found) == _SIBLINGS_AFTER or not isinstance(sibling.tag, str):
            break
        if not _text_within(sibling, _INFO_LINE_MAX) or _links_a_page(sibling):
            break
        found.append(sibling)
    return found


# Stands between the tokens of two cells that are no info line's (an adjacency breaker).
_NOT_A_CELL: Final = "|"


def _cell_tokens(nodes: list[Any]) -> list[str]:
    """The tokens of each text node that is an info line's cell, in order."""
    tokens: list[str] = []
    for node in nodes:
        words = info_line_tokens(str(node))
        tokens += [_NOT_A_CELL] if words is None else words
    return tokens


@lru_cache(maxsize=1)
def _meta_names() -> dict[str, str]:
    """`<meta name>` (lower case) → field."""
    return {name.lower(): fld for fld, name in META_TAGS.items()}


def meta_tags(root: lxml_html.HtmlElement) -> dict[str, str]:
    """The 政府网站发展指引 `<meta name=…>` set (ArticleTitle, PubDate, ContentSource …)."""
    found: dict[str, str] = {}
    wanted = _meta_names()
    for meta in root.iter("meta"):
        # Typed (lxml's values are Any to mypyc): the string operations on them are then
        # compiled, where on an Any each is a method call (~500 instructions a tag).
        name: str = meta.get("name") or ""
        fld = wanted.get(name.lower())
        if fld is not None and fld not in found:
            content = squash_spaces(meta.get("content") or "")
            if content:
                found[fld] = content
    return found


def label_field(label: str) -> str | None:
    """The field a label names (`索 引 号` → index_no), or None when it is no label."""
    found = _label_table()[1].get(remove_spaces(label).rstrip(":："))
    return found[0] if found else None


def normalize_index_no(value: str | None) -> str | None:
    """Spaces removed (`11130000-01 -2024-001`); words after the number are not part of it
    (`MB1A08302/2023-02723 分类 司法`: the next labels of a run printed without colons)."""
    if not value:
        return None
    number, _, rest = value.strip().partition(" ")
    if rest and _CJK_WORD.search(rest):
        value = number
    value = remove_spaces(value)
    return value or None


_CJK_WORD = re.compile(r"[\u3400-\u9fff]")


_DOC_NO = re.compile(rf"[{HAN}]{{1,12}}\s*[〔\[［(（【]\s*\d{{4}}\s*[〕\]］)）】]\s*\d+\s*号")


def normalize_doc_no(value: str | None) -> str | None:
    if not value:
        return None
    match = _DOC_NO.search(value)
    return squash_spaces(match.group(0)) if match else squash_spaces(value)


def stacked_label_cells(text: str, hits: list[LabelHit]) -> dict[str, str]:
    """Fields of a table whose label cell holds several labels split by `<br>` and whose next
    cell holds their values the same way (`索引号：<br>发布机构：` | `…<br>…`): flat, a run of
    lines that are each one label, the last ending its cell, then as many value lines. The
    text grammar would pair the last label with the first value."""
    best: dict[str, tuple[int, str]] = {}
    i = 0
    while i < len(hits):
        run = _stacked_run(text, hits, i)
        if len(run) < 2:
            i += 1
            continue
        values = _stacked_values(text, run[-1].end, len(run))
        for hit, raw in zip(run, values or [], strict=False):
            value = _clean_value(raw)
            if value is not None and (hit.field not in best or hit.rank < best[hit.field][0]):
                best[hit.field] = (hit.rank, value)
        i += len(run)
    return {fld: value for fld, (_, value) in best.items()}


def _alone_in_cell(text: str, hit: LabelHit) -> str | None:
    """What ends the label's cell ('\\n' or '\\t') when nothing but the label is in it."""
    start = max(text.rfind("\n", 0, hit.start), text.rfind("\t", 0, hit.start)) + 1
    if text[start : hit.start].strip(SPACES):
        return None
    at = hit.end
    while at < len(text) and text[at] in _IN_CELL_GAP:
        at += 1
    return text[at] if at < len(text) and text[at] in "\n\t" else None


_IN_CELL_GAP = _CELL_GAP.replace("\t", "")


def _stacked_run(text: str, hits: list[LabelHit], i: int) -> list[LabelHit]:
    """The labels from hits[i] on that each fill a line, up to one that ends its cell."""
    run: list[LabelHit] = []
    for hit in hits[i:]:
        end = _alone_in_cell(text, hit)
        if end is None or (run and text.count("\n", run[-1].end, hit.start) != 1):
            return []
        run.append(hit)
        if end == "\t":
            return run
    return []


def _stacked_values(text: str, label_end: int, count: int) -> list[str] | None:
    """`count` value lines from the cell after the one ending at `label_end`; the last ends
    its cell or line. None when the cell holds fewer lines."""
    start = text.index("\t", label_end) + 1
    values = []
    for k in range(count):
        stop = text.find("\n", start)
        stop = len(text) if stop == -1 else stop
        if k == count - 1:
            tab = text.find("\t", start, stop)
            stop = stop if tab == -1 else tab
        elif "\t" in text[start:stop]:
            return None
        values.append(text[start:stop])
        start = stop + 1
    return values


@lru_cache(maxsize=1)
def _class_fields() -> dict[str, str]:
    """CLASS_FIELD_NAMES as name → field."""
    return {name: fld for fld, names in CLASS_FIELD_NAMES.items() for name in names}


@lru_cache(maxsize=8192)
def _class_field(value: str) -> str | None:
    """The field an id/class value names by one of its tokens, if any."""
    names = _class_fields()
    for token in value.split():
        fld = names.get(token.lower().replace("-", "").replace("_", ""))
        if fld is not None:
            return fld
    return None


# A value printed in a named element is short (a date, a number, a name); a sentence is text
# that happens to wear the class name.
_CLASS_VALUE_MAX: Final = 40
_DATE_VALUE_MAX: Final = 24
_NAME_VALUE_MAX: Final = 30
_SENTENCE_MARKS: Final = frozenset("。，；、,;！？")


def class_named_fields(attributes: list[Any]) -> tuple[dict[str, str], list[Any]]:
    """Fields whose value sits alone in an element named for it (`<span class="syh">`), with
    no label in its text: (field → value, the elements). `attributes` are the page's id/class
    attribute nodes (`drop_furniture` collects them), so no element is visited unless its
    name is in the vocabulary; a value that does not look like its field is not taken."""
    found: dict[str, str] = {}
    elements = []
    named = {value for value in set(attributes) if _class_field(value)}
    for attr in attributes:
        if attr not in named:
            continue
        fld = _class_field(attr)
        el = attr.getparent()
        if fld is None or el is None or fld in found:
            continue
        value = squash_line(text_content(el))
        if not value or len(value) > _CLASS_VALUE_MAX or label_hits(value):
            continue
        if _looks_like(fld, value):
            found[fld] = value
            elements.append(el)
    return found, elements


def _looks_like(fld: str, value: str) -> bool:
    """Whether the value is the field itself, not a sentence mentioning one."""
    if _SENTENCE_MARKS.intersection(value):
        return False
    if fld in ("publish_date", "written_date"):
        return len(value) <= _DATE_VALUE_MAX and parse_date(value) is not None
    if fld == "doc_no":
        match = _DOC_NO.search(value)
        return match is not None and len(value) - len(match.group(0)) <= _DOC_NO_SLACK
    if fld == "index_no":
        return any(ch.isdigit() for ch in value)
    return len(value) <= _NAME_VALUE_MAX and value.lower() not in EMPTY_VALUES


# Characters a doc number's element may hold beside the number (`文号：`, brackets).
_DOC_NO_SLACK: Final = 4

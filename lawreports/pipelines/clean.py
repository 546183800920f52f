"""Strip page furniture left in the text after DOM cleaning: the vocabulary backstop."""

from __future__ import annotations

import re
from importlib import import_module
from typing import Any, Final

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from lawreports.extract.text import squash_line, squash_spaces
from lawreports.extract.vocabulary import (
    DOCUMENT_RECORD_LINES,
    FURNITURE_LINE_MARKERS,
    FURNITURE_LINE_PATTERNS,
    FURNITURE_SHORT_LINE_PATTERNS,
    FURNITURE_TAIL_STARTERS,
    MAX_FURNITURE_LINE,
    MAX_SHORT_FURNITURE_LINE,
    MOJIBAKE_RUN,
    PARAGRAPH_OPENERS,
    PRINTED_PAGE_NUMBERS,
    SENTENCE_ENDS,
    SIGNATURE_DATE_LINE,
)
from lawreports.pipelines.normalize import (
    has_traditional,
    needs_script_work,
    strip_pinyin,
    to_simplified,
)

# The regex parser of the standard library (`re._parser`, stable since 3.11): read only to
# find what a pattern's match can start with.
_sre_parser = import_module("re._parser")

_NESTING = ("BRANCH", "SUBPATTERN", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_CLASS_ESCAPES: Final = {"CATEGORY_SPACE": r"\s", "CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w"}


def _start_atoms(items: Any) -> tuple[set[str], bool] | None:
    """The class atoms a match of the parsed items can start with, and whether the items can
    match nothing; None when any character can start one (`.`, `\\S`, a negated class)."""
    atoms: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            return atoms | {re.escape(chr(av))}, False
        if name == "IN":
            members = _class_atoms(av)
            return None if members is None else (atoms | members, False)
        if name == "SUBPATTERN" and (av[1] or av[2]):  # flags of its own: not read here
            return None
        if name in _NESTING:
            alternatives = av[1] if name == "BRANCH" else [av[-1]]
            can_be_empty = name not in {"SUBPATTERN", "BRANCH"} and av[0] == 0
            for alternative in alternatives:
                found = _start_atoms(alternative)
                if found is None:
                    return None
                atoms |= found[0]
                can_be_empty = can_be_empty or found[1]
            if not can_be_empty:
                return atoms, False
        elif name not in ("AT", "ASSERT", "ASSERT_NOT"):  # those match no character
            return None
    return atoms, True


def _class_atoms(members: Any) -> set[str] | None:
    atoms: set[str] = set()
    for op, av in members:
        name = str(op)
        if name == "LITERAL":
            atoms.add(re.escape(chr(av)))
        elif name == "RANGE":
            atoms.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CLASS_ESCAPES:
            atoms.add(_CLASS_ESCAPES[str(av)])
        else:
            return None
    return atoms


def start_gate(patterns: list[str], flags: int = 0) -> str:
    """A look-ahead that fails at once where none of the patterns can start (`(?=[…])`),
    or "" when any character can start one. Put in front of an alternation matched at line
    starts, it turns most report lines away with one class test instead of a try per
    alternative."""
    atoms: set[str] = set()
    for pattern in patterns:
        try:
            found = _start_atoms(_sre_parser.parse(pattern, flags))
        except Exception:  # a form this reading does not know: no gate
            return ""
        if found is None or found[1]:
            return ""
        atoms |= found[0]
    return f"(?=[{''.join(sorted(atoms))}])" if atoms else ""


def _ends_the_text(kept: list[str], rest: list[str]) -> bool:
    """Whether a tail starter (`相关链接`, `相关解读`) closes the text: unless more of the
    report's sentences follow it than came before (a box above the text), at least a few."""
    after = sum(line.count("。") for line in rest)
    return after < _SENTENCES_AFTER_A_BOX or after <= sum(line.count("。") for line in kept)


# Sentences that must follow a tail starter for it to be a box above the text, not its tail.
_SENTENCES_AFTER_A_BOX: Final = 3


# Lines that are furniture when they close the text: an attachment box's heading with no file
# under it, and a repost's source line (`来源：某县司法局`, a name, no sentence).
_CLOSING_FURNITURE: Final = re.compile(
    r"[【\[]?\s*(?:相关)?附件(?:下载|列表)?\s*[】\]]?\s*[:：]?"
    r"|(?:信息)?来源[:：]\s*[^\s。，；,;！？：:（）()]{2,24}"
)


def _simplified_where_needed(lines: list[str]) -> list[str]:
    """The lines holding a Traditional form, converted together (one OpenCC call costs about
    as much as converting a few thousand characters); the others as they are."""
    needed = [i for i, line in enumerate(lines) if has_traditional(line)]
    converted = to_simplified("\n".join(lines[i] for i in needed)).split("\n")
    if len(converted) != len(needed):  # a conversion that moved a line break: line by line
        converted = [to_simplified(lines[i]) for i in needed]
    out = list(lines)
    for i, line in zip(needed, converted, strict=True):
        out[i] = line
    return out


def _probes(lines: list[str]) -> list[str | None]:
    """Each short line in its Simplified, annotation-free form (相關(guān)鏈接 → 相关链接), so
    furniture is matched whatever the script; None for a line too long to be furniture.
    Only lines holding a Traditional form are converted: a Simplified page whose toolbar
    offers 繁體 must not send its whole text through OpenCC."""
    short = [line for line in lines if len(line) <= MAX_FURNITURE_LINE]
    text = "\n".join(short)
    # Plain Simplified text (most pages) is its own probe: one scan says so (NFC included).
    found = iter(_without_script_work(text) if needs_script_work(text) else short)
    return [next(found) if len(line) <= MAX_FURNITURE_LINE else None for line in lines]


def _without_script_work(text: str) -> list[str]:
    """The lines of the text without pinyin annotations and in Simplified script."""
    joined, _ = strip_pinyin(text)
    converted = joined.split("\n")
    if len(converted) != text.count("\n") + 1:  # a removal that took a line break: by line
        converted = [strip_pinyin(line)[0] for line in text.split("\n")]
    if has_traditional(joined):
        converted = _simplified_where_needed(converted)
    return converted


_PAGE_NUMBER: Final = re.compile("|".join(f"(?:{p})" for p in PRINTED_PAGE_NUMBERS))
_PAGE_NUMBER_FIRSTS: Final = frozenset("-－—–―第")
_DOCUMENT_RECORD: Final = re.compile("|".join(f"(?:{p})" for p in DOCUMENT_RECORD_LINES))
_PARAGRAPH_OPENER: Final = re.compile(PARAGRAPH_OPENERS)
# A running header is a short line with no sentence in it.
_MAX_RUNNING_HEADER: Final = 30
# 版记 lines are looked for among the text's last lines only, and are not long.
_RECORD_LINES: Final = 4
_MAX_RECORD_LINE: Final = 200
_SIGNATURE_DATE: Final = re.compile(SIGNATURE_DATE_LINE)
# A 版记 whose lines a layout split (the 抄送 list wrapped under a hanging indent) is one when
# the signature's date stands at most this many lines above it (a 附注 `（此件公开发布）` between),
# and the pieces are printed lines: no longer than this.
_DATE_ABOVE_RECORD: Final = 3
_MAX_RECORD_PIECE: Final = 40


def _is_page_number(line: str) -> bool:
    return (
        len(line) <= 20 and line[0] in _PAGE_NUMBER_FIRSTS and bool(_PAGE_NUMBER.fullmatch(line))
    )


def _is_record(line: str) -> bool:
    """A 版记 line; its words are looked for before its pattern is tried."""
    return (
        len(line) <= _MAX_RECORD_LINE
        and ("印" in line or "抄" in line or "词" in line)
        and bool(_DOCUMENT_RECORD.fullmatch(line))
    )


def without_print_layout(lines: list[str]) -> list[str]:
    """A text pasted from a print layout (Word, WPS, a PDF) without its pages' numbers, the
    running header printed beside them at two page breaks or more, and the 版记 under the
    signature; a paragraph a page break cut in two is one paragraph again."""
    breaks = [at for at, line in enumerate(lines) if line and _is_page_number(line)]
    tail = len(lines) - _RECORD_LINES
    records = [at for at in range(max(tail, 0), len(lines)) if _is_record(lines[at])]
    if not breaks and not records:
        return lines
    dropped = set(breaks) | set(records) | _running_headers(lines, breaks)
    dropped |= _record_block(lines, records)
    kept: list[str] = []
    cut = False  # a page break since the last kept line
    for at, line in enumerate(lines):
        if at in dropped:
            cut = cut or at in breaks
            continue
        if cut and kept and _continues(kept[-1], line):
            kept[-1] += line
        else:
            kept.append(line)
        cut = False
    return kept


def _record_block(lines: list[str], records: list[int]) -> set[int]:
    """The whole 版记 once its first line is known: every line from it to the end, when they
    follow the signature's date and each is a short printed line (a 抄送 list's continuation
    `法院，县人民检察院，县人武部。`); else nothing more than the record lines themselves."""
    if not records:
        return set()
    first = min(records)
    block = range(first, len(lines))
    if any(len(lines[at]) > _MAX_RECORD_PIECE for at in block if at not in records):
        return set()
    above = lines[max(first - _DATE_ABOVE_RECORD, 0) : first]
    if not any("日" in line and _SIGNATURE_DATE.fullmatch(line) for line in above):
        return set()
    return set(block)


def _running_headers(lines: list[str], breaks: list[int]) -> set[int]:
    """The lines beside page numbers that repeat at two page breaks or more."""
    beside: dict[str, list[int]] = {}
    for at in breaks:
        for near in (at - 1, at + 1):
            if 0 <= near < len(lines) and near not in breaks:
                line = lines[near]
                if len(line) <= _MAX_RUNNING_HEADER and "。" not in line and "，" not in line:
                    beside.setdefault(line, []).append(near)
    return {at for places in beside.values() if len(places) > 1 for at in places}


# A page break cuts a paragraph at a full line: a shorter line before it is a heading.
_MIN_CUT_LINE: Final = 20


def _continues(before: str, line: str) -> bool:
    """Whether `line` goes on with the sentence a page break cut `before` short in."""
    return (
        len(before) >= _MIN_CUT_LINE
        and before[-1] not in SENTENCE_ENDS
        and not _PARAGRAPH_OPENER.match(line)
    )


# A file's name on a line of its own (`2024年度…报告（盖章版）.pdf`): a download link.
_FILE_NAME_LINE: Final = re.compile(
    r"[^。；;！？]{1,80}\.(?:pdf|docx?|wps|ofd|xlsx?|et|zip|rar)", re.IGNORECASE
)
# The box's heading alone on its line (`相关附件：`, `附件下载：`); a 公文's own `附件：` over
# its numbered files is its 附件说明, text.
_DOWNLOAD_HEADING: Final = re.compile(
    r"[【\[]?\s*(?:相关附件|附件(?:下载|列表))\s*[】\]]?\s*[:：]?"
)


def _drop_download_box(kept: list[str]) -> None:
    """The text's closing download box (`相关附件：` over a line per file name): the files are
    the item's attachments, their names no text. Only under a heading on its own line, so a
    text's own `附件：…报告.pdf` pointer line stays."""
    end = len(kept)
    while end and "." in kept[end - 1] and _FILE_NAME_LINE.fullmatch(kept[end - 1]):
        end -= 1
    if end < len(kept) and end and _DOWNLOAD_HEADING.fullmatch(kept[end - 1]):
        del kept[end - 1 :]


# What separates the widgets of a toolbar line: spaces, bars, slashes, dots.
_WIDGET_GAP: Final = r"[\s|｜/·•]*"


def _caseless_part(literal: str) -> str:
    """The longest run of the literal without letter case (备 of ICP备): a line holding the
    literal in any case holds that run as is, so it gates the search without an `upper()`."""
    runs = "".join(c if c.lower() == c.upper() else "\0" for c in literal).split("\0")
    return max(runs, key=len)


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


class WholeLineAlternation:
    """Whole-line matches of an alternation of patterns (then `tail`: a toolbar's further
    widgets), trying only the alternatives that can open with the line's first character.

    The engine enters every alternative that does not open with a plain literal, so one
    regex of them all spends dozens of failed tries on a line that opens like report text
    (`（一）…`, `二、…`) even behind a start gate; the first character's choice is none or a
    few of them. Same verdicts as the gated alternation (`pattern`) as one regex."""

    def __init__(self, patterns: list[str], flags: int, tail: str = "") -> None:
        self.pattern = f"{start_gate(patterns, flags)}(?:{_alternation(patterns)}){tail}"
        self.patterns = patterns
        self.flags = flags
        self.tail = tail
        # What each alternative can open with; None when anything (or nothing) can.
        self.openers = [_opener(pattern, flags) for pattern in patterns]
        self.by_first: dict[str, re.Pattern[str] | None] = {}
        self.by_choice: dict[tuple[int, ...], re.Pattern[str]] = {}

    def fullmatch(self, line: str) -> bool:
        first = line[:1]
        if first in self.by_first:
            regex = self.by_first[first]
        else:
            regex = self.by_first[first] = self._regex_for(first)
        return regex is not None and regex.fullmatch(line) is not None

    def _regex_for(self, first: str) -> re.Pattern[str] | None:
        """The alternatives a line opening with `first` ("": an empty line) may match, as
        one regex shared by every first character with the same choice; None for none."""
        choice = tuple(
            at
            for at, opener in enumerate(self.openers)
            if opener is None or (first and opener.fullmatch(first))
        )
        if not choice:
            return None
        if choice not in self.by_choice:
            chosen = _alternation([self.patterns[at] for at in choice])
            self.by_choice[choice] = re.compile(f"(?:{chosen}){self.tail}", self.flags)
        return self.by_choice[choice]


def _opener(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The characters a match of the pattern can open with, as a one-character regex; None
    when any character can, or the pattern can match nothing."""
    gate = start_gate([pattern], flags)
    return re.compile(gate.removeprefix("(?=").removesuffix(")"), flags) if gate else None


class FurnitureCleaner:
    """Line-level furniture removal; pure, so the eval gate and the seeds test use it too."""

    def __init__(self, extra_patterns: list[str] | None = None) -> None:
        patterns = [*FURNITURE_LINE_PATTERNS, *(extra_patterns or [])]
        # A toolbar is often one line of several widgets (`【打印本页】【关闭窗口】【收藏】`).
        self.line = WholeLineAlternation(
            patterns, re.I, f"(?:{_WIDGET_GAP}(?:{_alternation(patterns)}))*"
        )
        self.short_line = WholeLineAlternation(list(FURNITURE_SHORT_LINE_PATTERNS), re.I)
        # A line opening with one of these ends the text (see _ends_the_text); most lines are
        # turned away by their first character, without the 1.5k instructions of a match.
        self.tail_starter = WholeLineAlternation(list(FURNITURE_TAIL_STARTERS), 0, "(?s:.*)")
        self.markers = [
            (_caseless_part(literal), literal.upper(), re.compile(pattern, re.I))
            for literal, pattern in FURNITURE_LINE_MARKERS
        ]
        self.mojibake = re.compile(MOJIBAKE_RUN)

    def _markers_in(self, text: str) -> list[tuple[str, str, re.Pattern[str]]]:
        """The footer markers whose literal the text may hold: one search per text, so the
        lines of a report without a footer are not searched marker by marker."""
        upper = None
        found = []
        for marker in self.markers:
            gate, literal, _ = marker
            if gate:
                if gate in text:
                    found.append(marker)
                else:
                    continue
            else:  # an all-letters literal: compared upper case
                upper = text.upper() if upper is None else upper
                if literal in upper:
                    found.append(marker)
        return found

    def _is_furniture(self, line: str, markers: list[tuple[str, str, re.Pattern[str]]]) -> bool:
        """The whole line is furniture, or it holds one of the text's footer markers."""
        if self.line.fullmatch(line):
            return True
        if len(line) <= MAX_SHORT_FURNITURE_LINE and self.short_line.fullmatch(line):
            return True
        for gate, literal, pattern in markers:  # usually none: a report has no footer
            if (gate in line if gate else literal in line.upper()) and pattern.search(line):
                return True
        return False

    def clean_lines(self, lines: list[str]) -> tuple[list[str], int]:
        """Return the kept lines and how many mojibake runs were removed."""
        kept: list[str] = []
        squashed = without_print_layout([line for line in map(squash_line, lines) if line])
        probes = _probes(squashed)
        markers = self._markers_in("\n".join(filter(None, probes)))
        for at, (raw, probe) in enumerate(zip(squashed, probes, strict=True)):
            if probe is not None:
                if self.tail_starter.fullmatch(probe):
                    if kept and _ends_the_text(kept, squashed[at + 1 :]):
                        break
                    continue  # a box's heading above the text (相关解读 …): the heading only
                if self._is_furniture(probe, markers):
                    continue
            kept.append(raw)
        _drop_download_box(kept)
        while kept and _CLOSING_FURNITURE.fullmatch(kept[-1]):
            kept.pop()  # `附件下载：` with nothing under it, a repost's `来源：…` line
        return self._repair(kept)

    def _repair(self, lines: list[str]) -> tuple[list[str], int]:
        """Mojibake runs removed (a line left empty goes); the text is searched once first."""
        text = "\n".join(lines)
        if "?" not in text and "？" not in text and "\ufffd" not in text:
            return lines, 0
        repaired = 0
        kept = []
        for line in lines:
            if "?" not in line and "？" not in line and "\ufffd" not in line:
                kept.append(line)  # most lines: no search
                continue
            fixed, n = self.mojibake.subn("", line)
            repaired += n
            fixed = fixed.strip() if n else fixed
            if fixed:
                kept.append(fixed)
        return kept, repaired

    def clean_text(self, text: str) -> tuple[str, int]:
        lines, repaired = self.clean_lines(text.split("\n"))
        return "\n".join(lines), repaired


class CleanFurniturePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.cleaner = FurnitureCleaner(
            crawler.settings.getlist("LAWREPORTS_CLEAN_EXTRA_PATTERNS")
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanFurniturePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        body, repaired = self.cleaner.clean_text(adapter.get("body") or "")
        adapter["body"] = body
        adapter["title"] = squash_spaces(adapter.get("title") or "")
        if repaired and self.stats is not None:
            self.stats.inc_value("lawreports/mojibake_runs_removed", repaired)
        return item

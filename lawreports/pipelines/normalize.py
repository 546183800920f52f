"""Script normalization: remove converter pinyin (`建設(shè)`), then OpenCC t2s when Traditional.

Only `t2s`: `tw2s` rewrites correct Simplified text (显著 → 显着).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, Final

from itemadapter import ItemAdapter
from opencc import OpenCC
from scrapy.crawler import Crawler

from lawreports.extract.text import CJK_RUN, cjk_count

_TONE: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ" + "ăĕĭŏŭ"
_LETTERS: Final = "a-zA-ZüÜ"
# A parenthesised single Latin syllable with a tone mark, directly after a Han character (a
# foreign word in brackets, `蒙特利尔(Montréal)`, is longer than any syllable). Not after a
# rare character (Extension A and beyond: `䢺（dài）溪镇`): the writer's own reading of it.
# The rule as a pattern; `_strip_composed` finds its matches by a scan of its own (tested to
# find the same ones), several times cheaper on an annotated page.
PINYIN_AFTER_HAN: Final = re.compile(
    r"[(（](?<=[\u4e00-\u9fff\uf900-\ufaff][(（])\s*+"
    rf"(?=[{_LETTERS}{_TONE}{_TONE.upper()}]{{1,6}}+\s*+[)）])"  # a syllable: six letters at most
    rf"[{_LETTERS}]*+[{_TONE}{_TONE.upper()}][{_LETTERS}]*+\s*+[)）]"
)


# The same syllable one space away from its character: a converter that wrote `設&nbsp;(shè)`
# (the space goes with the annotation).
PINYIN_AFTER_SPACE: Final = re.compile(
    r"[ \u00a0\u3000](?<=[\u4e00-\u9fff\uf900-\ufaff][ \u00a0\u3000])"
    + PINYIN_AFTER_HAN.pattern.replace(r"(?<=[\u4e00-\u9fff\uf900-\ufaff][(（])", "", 1)
)


# Where a tone-marked letter can be, once composed: Latin-1 Supplement, Latin Extended-A/B and
# Additional (ḿ). A text with none of them has no annotation, and one scan for these
# (without looking at every bracket) settles it.
_TONE_LETTERS: Final = ((0x00C0, 0x0250), (0x1E00, 0x1F00))
_TONE_LETTER: Final = re.compile(
    f"[{''.join(f'{chr(lo)}-{chr(hi - 1)}' for lo, hi in _TONE_LETTERS)}]"
)


def strip_pinyin(text: str) -> tuple[str, int]:
    return _strip_composed(nfc(text))


def _strip_composed(text: str) -> tuple[str, int]:
    """strip_pinyin of a text already NFC: the check costs about 35 instructions a character
    (220k on an annotated page), and the normalizer has composed its fields before.

    PINYIN_AFTER_HAN's matches are found by a scan from bracket to bracket: the regex
    engine spent a few thousand instructions on each of the hundreds of matches of an
    annotated page, a third of the normalizer's work there. The same scan sees whether a
    space stands before a bracket, the only case for PINYIN_AFTER_SPACE (a removal never
    puts a space before a bracket)."""
    if _TONE_LETTER.search(text) is None:
        return text, 0
    pieces: list[str] = []
    kept_from = 0
    spaced = False
    half, full = text.find("("), text.find("（")
    while half >= 0 or full >= 0:  # the brackets in order, one kind or the other
        if full < 0 or 0 <= half < full:
            at, half = half, text.find("(", half + 1)
        else:
            at, full = full, text.find("（", full + 1)
        if at and _is_space_before_bracket(ord(text[at - 1])):
            spaced = True
        end = _annotation_end(text, at)
        if end:
            pieces.append(text[kept_from:at])
            kept_from = end
    direct = len(pieces)
    if direct:
        pieces.append(text[kept_from:])
        text = "".join(pieces)
    if not spaced:
        return text, direct
    text, after_space = PINYIN_AFTER_SPACE.subn("", text)
    return text, direct + after_space


def _annotation_end(text: str, at: int) -> int:
    """Where PINYIN_AFTER_HAN's match at the bracket `text[at]` ends, 0 when there is none:
    a Han character before the bracket, blanks, one to six letters of which exactly one bears
    a tone mark, blanks, a closing bracket."""
    if at == 0:
        return 0
    before = ord(text[at - 1])
    if not (0x4E00 <= before <= 0x9FFF or 0xF900 <= before <= 0xFAFF):
        return 0
    end = len(text)
    i = _after_blanks(text, at + 1)
    letters = 0
    tones = 0
    while i < end and letters <= _MAX_SYLLABLE:
        code = ord(text[i])
        if not _is_plain_letter(code):
            if not _is_tone_letter(code):
                break
            tones += 1
        letters += 1
        i += 1
    if tones != 1 or letters > _MAX_SYLLABLE:
        return 0
    i = _after_blanks(text, i)
    if i < end and _is_closing_bracket(ord(text[i])):
        return i + 1
    return 0


_MAX_SYLLABLE: Final = 6


def _is_space_before_bracket(code: int) -> bool:
    """A space PINYIN_AFTER_SPACE takes with the annotation after it."""
    return code in (0x20, 0xA0, 0x3000)


def _is_closing_bracket(code: int) -> bool:
    return code in (0x29, 0xFF09)


def _is_plain_letter(code: int) -> bool:
    """A letter of `_LETTERS`: ASCII, ü or Ü."""
    return 0x61 <= code <= 0x7A or 0x41 <= code <= 0x5A or code in (0xFC, 0xDC)


# Tone-marked letters by code point from U+00C0, one byte each (a set of ints would box each
# code looked up). They all stand below U+0250 but ḿ and Ḿ.
_TONE_FLAGS: Final = bytes(
    1 if chr(code) in _TONE + _TONE.upper() else 0 for code in range(0xC0, 0x250)
)
_M_ACUTE: Final = (ord("ḿ"), ord("Ḿ"))


def _is_tone_letter(code: int) -> bool:
    if 0xC0 <= code < 0x250:
        return _TONE_FLAGS[code - 0xC0] == 1
    return code in _M_ACUTE


def _is_blank(code: int) -> bool:
    """`chr(code).isspace()`, the regex `\\s`, without a string for the common codes."""
    if code <= 0x20:
        return code == 0x20 or 0x09 <= code <= 0x0D or 0x1C <= code <= 0x1F
    if code < 0x1680:
        return code in (0x85, 0xA0)
    return chr(code).isspace()


def _after_blanks(text: str, i: int) -> int:
    """The first index from i on that is not a blank."""
    end = len(text)
    while i < end and _is_blank(ord(text[i])):
        i += 1
    return i


@cache
def converter(config: str = "t2s") -> OpenCC:
    """One converter per process and config: building one loads its dictionaries."""
    return OpenCC(config)


@cache
def _traditional_chars() -> re.Pattern[str]:
    """The Han characters t2s changes when they stand alone, as one character class.

    Built once per process by converting every Han code point (about 25 ms); afterwards
    telling Simplified text from Traditional is a regex scan, with no conversion at all."""
    chars = [
        chr(c)
        for block in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
        for c in range(*block)
    ]
    converted = str(converter().convert("\n".join(chars))).split("\n")
    changed = "".join(c for c, out in zip(chars, converted, strict=True) if c != out)
    return re.compile(f"[{changed}]")


@cache
def _t2s_codes() -> frozenset[int]:
    """The code points of `_traditional_chars()`."""
    return frozenset(map(ord, _traditional_chars().pattern[1:-1]))


# Hangul vowels and finals: they compose with the syllable before them by rule, which the
# character database lists as no decomposition.
_HANGUL_JOINERS: Final = ((0x1161, 0x1176), (0x11A8, 0x11C3))


def _nfc_unstable() -> set[int]:
    """The BMP characters NFC may change or join to the character before them: decomposable
    ones, combining marks, and what completes a composition. Every other BMP character is
    NFC whatever surrounds it."""
    unstable: set[int] = {c for lo, hi in _HANGUL_JOINERS for c in range(lo, hi)}
    for code in (*range(0x80, 0x3400), *range(0xA000, 0xAC00), *range(0xD7A4, 0x10000)):
        ch = chr(code)
        parts = unicodedata.decomposition(ch).split()
        if parts and not parts[0].startswith("<"):  # canonical: NFC may change it
            unstable.add(code)
            unstable.update(int(part, 16) for part in parts[1:])  # may complete a pair
        elif unicodedata.combining(ch):
            unstable.add(code)
    return unstable


def _class_ranges(codes: list[int]) -> str:
    """Sorted code points as `\\uXXXX-\\uXXXX` ranges for a regex class."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)


@cache
def _plain_text() -> re.Pattern[str]:
    """A whole text of characters no normalization, pinyin or script step changes: no
    tone-marked letter, no Traditional form, no character NFC may change and nothing beyond
    the BMP. Most text is plain Simplified, and one scan tells it so before any of those
    steps runs (a text of these characters only is NFC).

    One possessive run of one BMP class: the engine counts it in its tightest loop, half
    the instructions of searching for a character of the complement (the class is one
    bitmap, so a character beyond the BMP fails it in the same test)."""
    work = _nfc_unstable() | _t2s_codes()
    work.update(c for lo, hi in _TONE_LETTERS for c in range(lo, hi))
    return re.compile(f"[{_class_ranges([c for c in range(0x10000) if c not in work])}]*+")


def needs_script_work(text: str) -> bool:
    """Whether NFC, pinyin removal or t2s could change the text."""
    return _plain_text().fullmatch(text) is None


def nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def has_traditional(text: str) -> bool:
    """Whether t2s could change the text: False is certain, True may still convert to itself
    (乾隆, 瞭望 are Simplified too)."""
    return _traditional_chars().search(text) is not None


# Han characters sampled to decide the script: enough to see a 2% share of Traditional forms.
_RATIO_SAMPLE: Final = 2000
# Characters looked at for the quick decision: a Traditional page has a share of candidates
# (25% and more) far from the threshold, so a short sample settles it; a first look at a
# shorter one settles most Traditional pages for a fifth of the cost.
_DECISION_SAMPLE: Final = 1500
_FIRST_LOOK: Final = 300


def traditional_ratio(text: str) -> float:
    """Share of Han characters that t2s would change (0 at once for text with no candidate)."""
    if not has_traditional(text):
        return 0.0
    sample = "".join(CJK_RUN.findall(text))[:_RATIO_SAMPLE]
    converted = str(converter().convert(sample))
    if converted == sample:
        return 0.0
    changed = sum(map(str.__ne__, sample, converted))
    return changed / len(sample)


def is_traditional(text: str, threshold: float) -> bool:
    """Whether more than `threshold` of the Han characters are Traditional forms.

    Counting candidate characters settles the clear cases by regex alone; only a share near
    the threshold (乾隆 and 瞭望 are Simplified too) is measured by converting."""
    if _clearly_traditional(text[:_FIRST_LOOK], threshold):
        return True
    sample = text[:_DECISION_SAMPLE]
    candidates = len(_traditional_chars().findall(sample))
    if not candidates:
        return False
    han = cjk_count(sample)
    if candidates <= threshold * han:
        return False
    if candidates > 4 * threshold * han:
        return True
    return traditional_ratio(text) > threshold


def _clearly_traditional(sample: str, threshold: float) -> bool:
    """Candidates far above the threshold in a sample with enough Han to judge by.

    Counting stops at more candidates than the test could ask for whatever the Han count:
    a Traditional sample holds about a hundred, each found by a match of its own (900
    instructions), and its Han count is then not needed (60k more)."""
    enough = int(4 * threshold * max(len(sample), _FIRST_LOOK)) + 1
    candidates = _count_up_to(_traditional_chars(), sample, enough)
    if candidates < 4 * threshold * _FIRST_LOOK / 3:  # too few to decide on a short sample
        return False
    return candidates >= enough or candidates > 4 * threshold * cjk_count(sample)


def _count_up_to(pattern: re.Pattern[str], text: str, limit: int) -> int:
    """The pattern's matches in the text, counted up to the limit."""
    count = 0
    for _ in pattern.finditer(text):
        count += 1
        if count >= limit:
            break
    return count


def to_simplified(text: str) -> str:
    return str(converter().convert(text))


def simplified(text: str) -> str:
    """The text as the vocabulary is written (Simplified, no converter pinyin), for matching
    titles and link names of a portal served in Traditional script (`法治政府建設(shè)工作報告`).
    Plain Simplified text comes back as it is, after one scan."""
    if not needs_script_work(text):
        return text
    text = strip_pinyin(text)[0]
    return to_simplified(text) if has_traditional(text) else text


class ScriptNormalizer:
    """Pure normalizer shared by the pipeline, the eval gate and tests."""

    def __init__(self, threshold: float = 0.02) -> None:
        self.threshold = threshold

    def normalize(self, fields: dict[str, str | None]) -> tuple[dict[str, str | None], bool, int]:
        if not any(needs_script_work(value) for value in fields.values() if value):
            return dict(fields), False, 0
        composed = {key: nfc(value) if value else value for key, value in fields.items()}
        if not needs_script_work("\n".join(v for v in composed.values() if v)):
            return composed, False, 0
        stripped = 0
        out: dict[str, str | None] = {}
        for key, value in composed.items():
            text = value
            if text:
                text, n = _strip_composed(text)
                stripped += n
            out[key] = text
        joined = "\n".join(v for v in out.values() if v)
        traditional = is_traditional(joined, self.threshold)
        if traditional:
            out = {k: (to_simplified(v) if v else v) for k, v in out.items()}
        return out, traditional, stripped


class NormalizeScriptPipeline:
    FIELDS = ("title", "publisher", "body", "doc_no")

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.normalizer = ScriptNormalizer(
            crawler.settings.getfloat("LAWREPORTS_TRADITIONAL_RATIO")
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizeScriptPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        fields = {k: adapter.get(k) for k in self.FIELDS if k in adapter.field_names()}
        out, traditional, stripped = self.normalizer.normalize(fields)
        for key, value in out.items():
            adapter[key] = value
        for att in adapter.get("attachments") or []:
            att["name"] = (
                to_simplified(strip_pinyin(att.get("name", ""))[0])
                if traditional
                else att.get("name", "")
            )
        adapter["source_traditional"] = traditional
        if self.stats is not None:
            if traditional:
                self.stats.inc_value("lawreports/traditional_converted")
            if stripped:
                self.stats.inc_value("lawreports/pinyin_annotations_removed", stripped)
        return item

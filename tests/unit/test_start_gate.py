"""The look-ahead in front of the furniture line patterns: it must never change a verdict."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lawreports.extract.vocabulary import (
    FURNITURE_LINE_PATTERNS,
    FURNITURE_SHORT_LINE_PATTERNS,
    FURNITURE_TAIL_STARTERS,
)
from lawreports.pipelines.clean import (
    _WIDGET_GAP,
    FurnitureCleaner,
    WholeLineAlternation,
    _opener,
    start_gate,
)

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


@pytest.mark.parametrize(
    ("patterns", "flags", "gate"),
    [
        (["打印", "关闭(?:窗口)?"], 0, "(?=[关打])"),
        (["(?:【\\s*)?打印"], 0, "(?=[【打])"),
        (["\\s*【打印"], 0, "(?=[\\s【])"),
        (["[(（]?编辑[:：]"], 0, "(?=[\\(编（])"),
        (["^相关文件$"], 0, "(?=[相])"),
        (["Copyright.*"], re.I, "(?=[C])"),
        (["[a-c]x", "\\d+"], 0, "(?=[\\da-c])"),
    ],
)
def test_the_gate_lists_what_a_match_can_start_with(
    patterns: list[str], flags: int, gate: str
) -> None:
    assert start_gate(patterns, flags) == gate


@pytest.mark.parametrize(
    "patterns",
    [
        ["打印", ".*"],
        ["打印", "[^。]+"],
        ["打印", "\\S+"],
        ["(?:打印)?"],
        ["(?i:a)b"],
        ["(?:a|.)"],
    ],
)
def test_no_gate_when_any_character_can_start_a_match(patterns: list[str]) -> None:
    assert start_gate(patterns) == ""


def test_case_is_folded_by_the_engine() -> None:
    gated = re.compile(start_gate(["Copyright.*"], re.I) + "(?:Copyright.*)", re.I)
    assert gated.fullmatch("copyright 2024") and gated.fullmatch("COPYRIGHT")


def _lines() -> list[str]:
    """Report text from the seeds, furniture lines, and every furniture line cut at the
    front (what a gate could wrongly turn away)."""
    lines = [
        line.strip()
        for seed in sorted(SEEDS.glob("*.txt"))
        for line in seed.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    furniture = [
        "【打印本页】【关闭窗口】",
        "字体：[ 大 中 小 ]",
        "(责任编辑：王五)",
        "  分享到：微信 微博",
        "[大] [中] [小]",
        "Copyright © 2024 县人民政府",
        "copyright 2024",
        "扫一扫在手机打开当前页",
        "相关链接：",
        "上一篇：关于…",
    ]
    cut = [line[i:] for line in furniture for i in range(len(line))]
    return lines + furniture + cut


def test_the_gated_patterns_give_the_verdicts_of_the_ungated_ones() -> None:
    assert len(_lines()) > 100
    widget = "|".join(f"(?:{p})" for p in FURNITURE_LINE_PATTERNS)
    plain = re.compile(f"(?:{widget})(?:{_WIDGET_GAP}(?:{widget}))*", re.I)
    gated = FurnitureCleaner().line
    assert gated.pattern.startswith("(?=[")  # the vocabulary has a gate
    tail_plain = re.compile("|".join(f"(?:{p})" for p in FURNITURE_TAIL_STARTERS))
    tail_starter = FurnitureCleaner().tail_starter
    assert tail_starter.pattern.startswith("(?=[")
    for line in _lines():
        assert bool(gated.fullmatch(line)) == bool(plain.fullmatch(line)), line
        assert tail_starter.fullmatch(line) == bool(tail_plain.match(line)), line


def test_extra_patterns_that_start_anywhere_turn_the_gate_off() -> None:
    cleaner = FurnitureCleaner(["[^。]{0,3}广告"])
    assert not cleaner.line.pattern.startswith("(?=")
    assert cleaner.line.fullmatch("网页广告")


def test_the_short_line_choices_give_the_verdicts_of_the_whole_alternation() -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in FURNITURE_SHORT_LINE_PATTERNS), re.I)
    short = FurnitureCleaner().short_line
    lines = [
        *_lines(),
        *(f"{line} " for line in _lines()),
        "[1] [2] 下一页",
        "上一页 1 2 3 下一页 尾页",
        "▲全县法治政府建设工作推进会现场",
        "听新闻 00:00 / 03:21 播放 暂停",
        "1326次浏览",
        "end",
        "— END —",
        "",
    ]
    for line in lines:
        assert short.fullmatch(line) == bool(plain.fullmatch(line)), line


def test_a_line_tries_only_the_alternatives_its_first_character_can_open() -> None:
    alternation = WholeLineAlternation(["打印(?:本页)?", "关闭", "[a-c]x"], re.I, r"(?:\s+关闭)*")
    assert alternation.fullmatch("打印本页 关闭") and alternation.fullmatch("Bx")
    assert not alternation.fullmatch("（一）打印") and not alternation.fullmatch("")
    assert alternation.by_first["（"] is None  # no alternative opens with it: no regex
    alternation.fullmatch("bx")
    assert alternation.by_first["b"] is alternation.by_first["B"]  # one regex per choice


def test_an_alternative_that_opens_anyhow_is_tried_on_every_line() -> None:
    alternation = WholeLineAlternation(["打印", "(?:关闭)?", "[^。]{0,3}广告"], 0)
    assert alternation.fullmatch("") and alternation.fullmatch("关闭")
    assert alternation.fullmatch("网页广告") and not alternation.fullmatch("网页")


def test_an_opener_is_the_class_of_first_characters() -> None:
    opener = _opener("(?:【\\s*)?打印", 0)
    assert opener is not None and opener.pattern == "[【打]"
    assert _opener("[^。]+", 0) is None and _opener("(?:打印)?", 0) is None

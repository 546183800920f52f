"""The look-ahead in front of the furniture line patterns: it must never change a verdict."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lawreports.extract.vocabulary import FURNITURE_LINE_PATTERNS, FURNITURE_TAIL_STARTERS
from lawreports.pipelines.clean import _TAIL_STARTERS, _WIDGET_GAP, FurnitureCleaner, start_gate

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
    assert _TAIL_STARTERS.pattern.startswith("(?=[")
    for line in _lines():
        assert bool(gated.fullmatch(line)) == bool(plain.fullmatch(line)), line
        assert bool(_TAIL_STARTERS.match(line)) == bool(tail_plain.match(line)), line


def test_extra_patterns_that_start_anywhere_turn_the_gate_off() -> None:
    cleaner = FurnitureCleaner(["[^。]{0,3}广告"])
    assert not cleaner.line.pattern.startswith("(?=")
    assert cleaner.line.fullmatch("网页广告")

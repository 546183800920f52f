"""Every seed through cleaning + normalization: no furniture, no Traditional, no pinyin."""

from __future__ import annotations

import re

import pytest

from lawreports.pipelines.clean import FurnitureCleaner
from lawreports.pipelines.normalize import ScriptNormalizer, to_simplified, traditional_ratio
from tests.fixtureweb.seeds import all_seeds, load_seed

FURNITURE = [
    "关闭窗口",
    "扫一扫在手机打开当前页面",
    "字体",
    "长者浏览模式",
    "ICP备",
    "网站标识码",
    "主办",
    "相关链接",
    "相關鏈接",
    "运行维护单位",
    "公网",
]
PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]", re.I)


def _clean(lines: list[str]) -> str:
    body, _ = FurnitureCleaner().clean_text("\n".join(lines))
    out, _, _ = ScriptNormalizer().normalize({"body": body})
    return out["body"] or ""


@pytest.mark.parametrize("seed", all_seeds(), ids=lambda s: s.key)
def test_seed_body_after_cleaning_has_no_furniture(seed) -> None:  # type: ignore[no-untyped-def]
    # The body region plus the furniture lines that followed it on the page.
    tail = list(seed.lines[seed.lines.index(seed.body_lines[-1]) + 1 :])
    text = _clean([*seed.body_lines, *tail])
    for marker in FURNITURE:
        assert marker not in text, marker
    assert PINYIN.search(text) is None
    assert traditional_ratio(text) == 0.0
    assert "???" not in text
    # No report sentence lost: every body line survives (normalized).
    for line in seed.body_lines:
        expected = re.sub(r"[?？]{3,}", "", line)
        expected = to_simplified(PINYIN.sub("", expected)) if seed.key == "002" else expected
        assert expected.strip() in text


def test_traditional_seed_becomes_simplified_with_structure_intact() -> None:
    seed = load_seed("002")
    text = _clean(list(seed.body_lines))
    assert "法治政府建设实施纲要(2021—2025年)" in text
    assert "(试行)" in text
    assert "(一)推进政府职能转变" in text
    assert "建设(shè)" not in text and "(shè)" not in text
    assert "???" not in text

from __future__ import annotations

import random
import unicodedata

import pytest

from lawreports.pipelines.normalize import (
    PINYIN_AFTER_HAN,
    PINYIN_AFTER_SPACE,
    ScriptNormalizer,
    is_traditional,
    needs_script_work,
    simplified,
    strip_pinyin,
)

CASES = [
    ("潛江新聞網(wǎng)訊(記者 金娟)", "潛江新聞網訊(記者 金娟)"),
    ("建設(shè)", "建設"),
    ("領(lǐng)導(dǎo)小組", "領導小組"),
    ("發（fā）展", "發展"),
    ("滬府發(fā)〔2017〕92號", "滬府發〔2017〕92號"),
    ("（一）加强党的领导", "（一）加强党的领导"),
    ("(一)加强党的领导", "(一)加强党的领导"),
    ("《纲要(2021—2025年)》", "《纲要(2021—2025年)》"),
    ("(a)条款", "(a)条款"),
    ("实施(試行)", "实施(試行)"),
    ("see (shè) here", "see (shè) here"),
    ("們(men)", "們(men)"),
    ("莊(zhuāng)", "莊"),  # the longest syllable
    ("蒙特利尔(Montréal)", "蒙特利尔(Montréal)"),  # a foreign word, longer than any syllable
    ("建設\u00a0(shè)情況", "建設情況"),  # a converter's `&nbsp;` before it: the space goes too
    ("縣 (xiàn)人民政府", "縣人民政府"),
    ("蒙特利尔 (Montréal)", "蒙特利尔 (Montréal)"),
    # Both bracket widths in one text, and each space before each width.
    ("建設(shè)和發（fā）展", "建設和發展"),
    ("縣\u3000(xiàn)和縣\u3000（xiàn）", "縣和縣"),
    ("縣\u00a0（xiàn）人民政府", "縣人民政府"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_strip_pinyin(raw: str, expected: str) -> None:
    assert strip_pinyin(raw)[0] == expected


def test_simplified_text_is_never_rewritten() -> None:
    text = "成效显著，土著居民，干部发展，乾隆年间，瞭望台，皇后，头发。"
    out, traditional, _ = ScriptNormalizer().normalize({"body": text})
    assert out["body"] == text
    assert traditional is False


def test_traditional_text_is_converted_with_t2s() -> None:
    out, traditional, stripped = ScriptNormalizer().normalize(
        {"title": "法治政府建設(shè)工作報告", "body": "實施(試行)顯著"}
    )
    assert traditional is True
    assert stripped == 1
    assert out == {"title": "法治政府建设工作报告", "body": "实施(试行)显著"}


def test_an_upper_case_annotation_is_removed_too() -> None:
    assert strip_pinyin("法治(ZHÌ)政府")[0] == "法治政府"


def test_a_simplified_body_under_a_traditional_looking_head_is_judged_on_its_sample() -> None:
    """The first look decides only with enough Traditional forms; a few stay below it."""
    head = "關於" + "法治政府建设工作" * 40
    assert is_traditional(head, 0.02) is False
    traditional = "潛江市人民政府關於法治政府建設工作報告，現將有關情況報告如下。" * 10
    assert is_traditional(traditional, 0.02) is True


def test_text_that_needs_no_work_is_nfc_already() -> None:
    """The one class scan stands in for an NFC check: every character it passes over is NFC
    whatever surrounds it (no canonical decomposition, no combining class, never the second
    half of a composition). Checked over every code point."""
    completes: set[str] = {chr(c) for c in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))}
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            completes.add(chr(int(parts[1], 16)))
    passed = [
        chr(code)
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000 and not needs_script_work(chr(code))
    ]
    assert len(passed) > 50_000  # most of the BMP: what lies beyond is always checked
    for ch in passed:
        parts = unicodedata.decomposition(ch).split()
        assert not parts or parts[0].startswith("<"), f"U+{ord(ch):04X} decomposes"
        assert unicodedata.combining(ch) == 0, f"U+{ord(ch):04X} combines"
        assert ch not in completes, f"U+{ord(ch):04X} completes a composition"


def test_decomposed_annotations_are_composed_and_removed() -> None:
    decomposed = unicodedata.normalize("NFD", "法治政府建設(shè)工作報告")
    out, traditional, stripped = ScriptNormalizer().normalize({"title": decomposed})
    assert (out["title"], traditional, stripped) == ("法治政府建设工作报告", True, 1)
    assert simplified(decomposed) == "法治政府建设工作报告"
    # Simplified text with a decomposed annotation: no Traditional form to trigger the work
    plain = unicodedata.normalize("NFD", "法治政府建设(shè)工作报告")
    assert simplified(plain) == "法治政府建设工作报告"
    assert ScriptNormalizer().normalize({"title": plain}) == (
        {"title": "法治政府建设工作报告"},
        False,
        1,
    )


def test_plain_text_comes_back_as_it_is() -> None:
    fields = {"title": "法治政府建设工作报告", "body": "一、“放管服”改革——成效①", "doc_no": None}
    assert ScriptNormalizer().normalize(fields) == (fields, False, 0)
    assert not needs_script_work("".join(filter(None, fields.values())))


def test_a_writers_reading_of_a_rare_character_stays() -> None:
    """`䢺（dài）溪镇`: a converter annotates common characters, a writer the rare one."""
    assert strip_pinyin("赴䢺（dài）溪镇调研")[0] == "赴䢺（dài）溪镇调研"
    assert strip_pinyin("建設(shè)")[0] == "建設"


def _by_the_patterns(text: str) -> tuple[str, int]:
    """The rule as its two patterns state it (on the composed text, as the strip reads it):
    the strip's scan must find the same."""
    text, direct = PINYIN_AFTER_HAN.subn("", unicodedata.normalize("NFC", text))
    text, spaced = PINYIN_AFTER_SPACE.subn("", text)
    return text, direct + spaced


def _annotated_run(rng: random.Random) -> str:
    """Characters, some followed by a bracketed run of letters: annotations and near misses
    (two tone marks, seven letters, no Han before, a space or a line break in between)."""
    parts = []
    for _ in range(rng.randint(1, 6)):
        parts.append(rng.choice("建設法治政府䢺\ufa0ea)（"))
        if rng.random() < 0.6:
            letters = "".join(rng.choice("shangzuüÜSÁāáǎàḿǖé") for _ in range(rng.randint(0, 8)))
            parts += [
                rng.choice(["", "", " ", "\u00a0", "\u3000", "\t"]),
                rng.choice("((（"),
                rng.choice(["", "", " ", "\u2003"]),
                letters,
                rng.choice(["", "", " ", "\n"]),
                rng.choice("))）x"),
            ]
    return "".join(parts)


def test_the_strip_finds_what_the_patterns_state() -> None:
    rng = random.Random(20261127)
    texts = [_annotated_run(rng) for _ in range(20000)]
    removed = 0
    for text in texts:
        expected = _by_the_patterns(text)
        assert strip_pinyin(text) == expected, text
        removed += expected[1]
    assert removed > 3000  # the texts hold annotations, not only near misses

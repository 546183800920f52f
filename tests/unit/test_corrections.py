"""A report republished as `…（更正版）` beside the original: the original waits for it and
gives way (lawreports/discovery/corrections.py)."""

from __future__ import annotations

import pytest

from lawreports.discovery.corrections import Corrections, corrected_title

TITLE = "蕲春县教育局2024年度法治政府建设工作报告"


@pytest.mark.parametrize(
    "marked",
    [
        f"{TITLE}（更正版）",
        f"{TITLE}(更正)",
        f"{TITLE} 【修正版】",
        f"{TITLE}（修订稿）",
        f"【更正】{TITLE}",
        f"[更正后]{TITLE}",
    ],
)
def test_a_correction_names_the_report_it_corrects(marked: str) -> None:
    assert corrected_title(marked) == TITLE


@pytest.mark.parametrize(
    "title",
    [
        TITLE,
        "关于更正《2024年度法治政府建设工作报告》有关数据的说明",
        "某县行政规范性文件修订情况的报告",
        "（更正版）",
    ],
)
def test_other_titles_correct_nothing(title: str) -> None:
    assert corrected_title(title) is None


def test_the_original_waits_for_a_linked_correction_and_gives_way_when_it_came_out() -> None:
    corrections = Corrections()
    assert not corrections.awaits_correction(TITLE)
    corrections.note_link(f"{TITLE}（更正版）")
    corrections.note_link("某县2024年度法治政府建设工作要点")
    assert corrections.awaits_correction(TITLE.replace("2024", " 2024"))
    assert not corrections.superseded(TITLE)  # held until the correction is delivered
    corrections.note_delivered(TITLE)
    assert not corrections.superseded(TITLE)
    corrections.note_delivered(f"{TITLE}（更正版）")
    assert corrections.superseded(TITLE)
    assert not corrections.superseded(f"{TITLE}（更正版）")

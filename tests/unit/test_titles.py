"""The report-title rule on a table of real-style titles: reports, and the hard negatives
that sit beside them in the same columns."""

from __future__ import annotations

import pytest

from lawreports.discovery.titles import classify_report, classify_title

REPORTS = [
    # the five seed reports
    "溪湖区2023年度法治政府建设工作报告",
    "临沭县2024年度法治政府建设报告",
    "潜江市人民政府2021年度法治政府建设工作报告",
    "重庆市万州区人民政府关于2024年度法治政府建设情况的报告",
    "广元市朝天区2020年度法治政府建设工作开展情况",
    # departments, townships, streets
    "潜江市司法局2025年度法治政府建设年度报告",
    "万州区后山镇2024年法治政府建设年度报告",
    "天门市司法局2022年度法治政府建设年度报告",
    "县教育局关于2023年度法治政府建设情况的报告",
    "县住房和城乡建设局2023年法治政府建设年度报告",
    "城关街道办事处2023年度法治政府建设情况报告",
    "新华乡2023年度法治政府建设工作报告",
    "县市场监督管理局2024年度法治政府建设工作情况报告",
    # wording variants
    "关于2022年法治政府建设工作情况的报告",
    "某县人民政府关于2023年度法治政府建设工作情况的报告",
    "2023年度法治政府建设年度报告",
    "二〇二三年度法治政府建设情况报告",
    "某市2023年法治政府建设年度报告（全文）",
    "2023年度某县法治政府建设情况报告",
    "某县2023年度法治政府建设和依法行政工作情况报告",
    "关于某县2023年法治政府建设工作的报告",
    "中共某县委 某县人民政府关于2023年度法治政府建设情况的报告",
    "某县2022年度法治政府建设工作的报告",
    "法治政府建设年度报告（2023年）",
    "某区2021年法治政府建设情况",
    "某县2023年法治政府建设工作总结",
    "某县2019年度法治政府建设工作总结的报告",
    "某县2018年度依法行政工作报告",
    "某市2023年度法治政府工作报告",
    "【转载】某县2023年度法治政府建设工作报告",
    "某 县 2023 年度法治政府建设 工作报告",
    "某县人民政府关于2024年法治政府建设情况的报告",
    "某县2024年度法治政府建设工作开展情况报告",
    "某县2023年度法治政府建设年度报告(附件下载)",
    "某县２０２３年度法治政府建设工作报告",
    # with the next year's plan
    "某县2023年法治政府建设工作总结及2024年工作计划",
    "某县2023年法治政府建设工作总结和2024年工作要点",
    "某县关于2023年度法治政府建设工作情况和2024年工作安排的报告",
    "某县2023年度法治政府建设情况暨下一步工作打算",
    # issuers whose names hold a word that is a decoy elsewhere
    "县自然资源和规划局2023年度法治政府建设年度报告",
    "县规划和自然资源局2023年法治政府建设工作报告",
    "县卫生和计划生育局2017年度法治政府建设工作报告",
    "县国防动员办公室2023年度法治政府建设工作报告",
    "杨凌农业高新技术产业示范区管委会2023年度法治政府建设情况报告",
    "县委宣传部2023年度法治政府建设工作情况报告",
    "县人民政府督查室2023年度法治政府建设工作总结",
    # the next year's plan set aside, and more report forms
    "县司法局关于2023年法治政府建设工作总结和2024年工作计划的报告",
    "县司法局2023年法治政府建设工作总结及2024年法治政府建设工作计划",
    "县司法局2023年法治政府建设工作总结及2024年工作计划.pdf",
    "县农业农村局2023年度法治政府建设情况.pdf",
    "县农业农村局2023年度法治政府建设情况_某县人民政府",
    "县农业农村局2023年度法治政府建设情况（2024年2月）",
    "县司法局2023年度法治政府建设工作汇报",
    "某县2023年法治政府建设年报",
]

NEGATIVES = [
    "某县2023年度法治政府建设情况报告（解读）",
    "某县2023年度法治政府建设情况报告(图解)",
    # work plans, schemes, programmes
    "某县2024年法治政府建设工作要点",
    "某县司法局2024年度法治政府建设工作要点",
    "关于印发某县2024年法治政府建设工作要点的通知",
    "某县法治政府建设实施方案（2021-2025年）",
    "某县2023年度法治政府建设工作计划",
    "某县2024年法治政府建设工作计划及2025年工作要点",
    "关于印发某县2023年法治政府建设工作总结和2024年工作要点的通知",
    "某县法治政府建设“十四五”规划",
    "法治政府建设领导小组成员名单",
    # meetings and news
    "全县法治政府建设推进会召开",
    "某县召开2023年度法治政府建设工作部署会",
    "县委书记主持召开法治政府建设专题会议",
    "我县法治政府建设工作取得显著成效",
    "某县举办2023年法治政府建设专题培训班",
    # demonstration / assessment / inspection
    "关于开展法治政府建设示范创建活动的通知",
    "某县获评第三批全国法治政府建设示范县",
    "2023年度法治政府建设考核结果公示",
    "关于2023年度法治政府建设考核结果的公示",
    "市法治政府建设督察组来我县开展督察",
    "关于法治政府建设督察反馈问题整改情况的报告",
    "某县司法局关于2024年度法治政府建设工作的自查报告",
    "关于2023年度法治政府建设考核情况的通报",
    # other annual reports
    "某县人民政府2023年政府信息公开工作年度报告",
    "某县2023年政府信息公开工作年度报告",
    "2024年政府工作报告",
    "某县2023年度党政主要负责人履行推进法治建设第一责任人职责情况报告",
    "某县2023年度法治政府建设和政府信息公开工作年度报告",
    # about the report, not the report
    "一图读懂某县2023年度法治政府建设年度报告",
    "图解：2023年度法治政府建设年度报告",
    "关于报送2023年度法治政府建设情况报告的通知",
    "关于做好2023年度法治政府建设年度报告工作的通知",
    "《法治政府建设实施纲要（2021－2025年）》解读",
    "关于公开征求《某县法治政府建设规划》意见的公告",
    # not annual, not the subject
    "某县2023年上半年法治政府建设工作总结",
    "某县2023年第一季度法治政府建设工作情况",
    "某县2023年度安全生产工作报告",
    "关于做好8月份安全生产工作的通知",
    "政府信息公开指南",
    "法治政府建设年度报告",
    # other renderings of the report and documents about it
    "一张图看懂某县2023年度法治政府建设年度报告",
    "某县2023年度法治政府建设年度报告（政策问答）",
    "某县2023年度法治政府建设年度报告（征求意见稿）",
    "关于2023年度法治政府建设年度报告公开情况的提醒",
    "某县2023年度法治政府建设情况报告起草说明",
    "某县法治政府建设年度报告编制指引",
    "县人大常委会关于县政府2023年度法治政府建设情况报告的决议",
    "我县2023年度法治政府建设年度报告正式发布",
    # assessments, inspections, meetings and news
    "关于2023年度法治政府建设考评情况的报告",
    "某县2023年度法治政府建设第三方评估报告",
    "某县2023年度法治政府建设满意度调查报告",
    "关于2023年度法治政府建设督导检查情况的报告",
    "某县2023年度法治政府建设工作总结大会召开",
    "县人大常委会听取县政府关于2023年度法治政府建设情况的报告",
    "县委书记在2023年度法治政府建设工作总结会上的讲话",
    # another subject beside it, part of a year, several years
    "某县2023年度法治政府建设和政务公开工作年度报告",
    "某县2023年法治政府建设知识竞赛活动情况",
    "县司法局2023年1-6月法治政府建设工作情况报告",
    "县司法局2023年3月法治政府建设工作情况",
    "某县2021—2023年法治政府建设情况报告",
    "某县2023年法治政府建设示范地区创建工作报告",
]


def test_table_is_large_enough() -> None:
    assert len(REPORTS) + len(NEGATIVES) >= 60


@pytest.mark.parametrize("title", REPORTS)
def test_report_titles_are_reports(title: str) -> None:
    verdict = classify_title(title)
    assert verdict.is_report, verdict.reason


@pytest.mark.parametrize("title", NEGATIVES)
def test_hard_negatives_are_not_reports(title: str) -> None:
    assert not classify_title(title).is_report


@pytest.mark.parametrize(
    "title",
    [
        "某县2023年度法治政府建设工作要点",
        "一图读懂某县2023年度法治政府建设年度报告",
        "关于法治政府建设督察反馈问题整改情况的报告",
    ],
)
def test_hard_negatives_are_not_even_maybe_reports(title: str) -> None:
    assert not classify_title(title).maybe_report


@pytest.mark.parametrize(
    "title",
    ["某县2023年度法治政府建设…", "某县人民政府关于2023年度法治政府…", "法治政府建设年度报告"],
)
def test_truncated_titles_naming_the_subject_may_be_reports(title: str) -> None:
    verdict = classify_title(title)
    assert not verdict.is_report and verdict.maybe_report


def test_a_title_without_a_year_is_a_report_when_the_body_opens_with_one() -> None:
    title = "平江县司法局关于法治政府建设工作情况的报告"
    assert classify_title(title).reason == "no year"
    assert classify_report(title, 2024).is_report
    assert not classify_report(title, None).is_report
    # the body's year never turns a hard negative or a title without a report form into one
    assert not classify_report("关于召开全县法治政府建设推进会的通知", 2024).is_report
    assert not classify_report("法治政府建设", 2024).is_report


@pytest.mark.parametrize(
    "title",
    [
        "潛江市人民政府2021年度法治政府建設(shè)工作報告",
        "萬州區人民政府關於2024年度法治政府建設情況的報告",
        "安吉縣2023年法治政府建設(shè)工作情況的報告",
    ],
)
def test_titles_in_traditional_script_with_converter_pinyin_are_read_as_simplified(
    title: str,
) -> None:
    assert classify_title(title).is_report


def test_traditional_negatives_stay_negatives() -> None:
    assert not classify_title("安吉縣人民政府2023年政府信息公開工作年度報告").is_report
    assert not classify_title("安吉縣2024年法治政府建設(shè)工作要點").maybe_report

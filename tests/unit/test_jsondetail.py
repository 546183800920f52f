"""A shell page's report from its detail API's JSON: the body through the page extraction, the
信息公开 fields from English keys or the labels themselves, epoch times in China time."""

from __future__ import annotations

from lawreports.extract.jsondetail import json_fields, report_from_json
from lawreports.extract.report import PageHints

SHELL = "http://gov.example.cn/gkmlpt/content.html?id=5123"
BODY = "".join(
    f"<p style='text-indent:2em'>{n}、全面推进依法行政，深化行政执法体制改革，严格规范公正文明执法。</p>"
    for n in "一二三四"
)


def test_english_keys_and_epoch_milliseconds() -> None:
    data = {
        "code": 0,
        "data": {
            "title": "佛冈县人民政府关于2024年度法治政府建设情况的报告",
            "content": BODY,
            "indexNo": "007199435/2025-00031",
            "publisher": "佛冈县人民政府",
            "source": "佛冈县人民政府办公室",
            "writtenDate": "2025-03-20",
            "publishTime": 1742783400000,  # 2025-03-24 10:30 in China, 02:30 UTC
            "docNo": "佛府函〔2025〕8号",
            "visitCount": 312,
        },
    }
    found = report_from_json(data, SHELL)
    assert found is not None
    item, tier = found
    assert item.url == SHELL
    assert item.title == "佛冈县人民政府关于2024年度法治政府建设情况的报告"
    assert (item.index_no, item.publisher, item.doc_no) == (
        "007199435/2025-00031",
        "佛冈县人民政府",
        "佛府函〔2025〕8号",
    )
    assert (item.publish_date, item.written_date, item.report_year) == (
        "2025-03-24",
        "2025-03-20",
        2024,
    )
    assert item.body.startswith("一、全面推进依法行政") and item.body.count("\n") == 3
    assert tier.startswith("detail_api/")


def test_label_keys_in_a_nested_object_and_the_link_text_as_title() -> None:
    data = {
        "status": 200,
        "result": {
            "body": BODY,
            "metadata": {
                "索 引 号": "007199451/2025-00004",
                "发布机构": "佛冈县司法局",
                "文号": "无",
            },
        },
    }
    found = report_from_json(
        data, SHELL, PageHints(link_text="佛冈县司法局2024年度法治政府建设工作报告")
    )
    assert found is not None
    item, _ = found
    assert item.title == "佛冈县司法局2024年度法治政府建设工作报告"
    assert (item.index_no, item.publisher, item.doc_no) == (
        "007199451/2025-00004",
        "佛冈县司法局",
        None,
    )


def test_plain_text_body_and_the_article_before_the_reply_around_it() -> None:
    data = {
        "publishDate": "2020-01-01",
        "article": {
            "txt": "第一段，依法行政。\n第二段，法治政府。",
            "pubDate": "2025-01-10 09:00",
        },
    }
    found = report_from_json(data, SHELL, PageHints(link_text="某县2024年度法治政府建设工作报告"))
    assert found is not None
    assert found[0].body == "第一段，依法行政。\n第二段，法治政府。"
    assert json_fields(data, data["article"])["publish_date"] == "2025-01-10 09:00"


def test_a_reply_without_an_article_is_none() -> None:
    assert report_from_json({"code": 404, "msg": "文章不存在", "data": None}, SHELL) is None
    assert report_from_json({"code": 0, "count": 313}, SHELL) is None

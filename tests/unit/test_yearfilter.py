"""A listing's year filter: its other years are read as its GET form submits them, the option
for every year when there is one, else each year's (recent first, a few at most); and the
spider asks for them only on listings that may hold a report, paged like the listing itself."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.project import get_project_settings

from lawreports.discovery import yearfilter
from lawreports.discovery.yearfilter import MAX_YEARS, chosen_years, year_filter_pages
from lawreports.spiders.portal import PortalSpider
from tests.support.spiders import portal_spider

BASE = "http://www.zs.gov.cn"
LIST = BASE + "/xxgk/list.do?catId=215"
SCRIPT = """<script>
function search() { location.href = 'list.do?catId=215&year=' + $('#year').val() + '&pageNo=1'; }
function changeYear(y) { $('#year').val(y); $('#pageNo').val(1); $('#searchForm').submit(); }
function pick(y) { $('#year').val(y); }
</script>"""


def _options(values: list[str], selected: str) -> str:
    return "".join(
        f'<option value="{v}"{" selected" if v == selected else ""}>{"全部" if v == "all" else v}'
        "</option>"
        for v in values
    )


def _form(year_field: str, method: str = "get", keyword: str = "") -> str:
    return (
        f'<form id="searchForm" action="list.do" method="{method}">'
        '<input type="hidden" name="catId" value="215" />'
        + year_field
        + '<select name="themeId" id="themeId" onchange="search()"><option value="">全部</option>'
        '<option value="4">公安、安全、司法</option></select>'
        f'<input type="text" name="keyword" id="keyword" value="{keyword}" />'
        '<input type="submit" value="查询" /><input type="hidden" name="pageNo" id="pageNo" '
        'value="2" /></form>'
    )


def _select(values: list[str], selected: str, name: str = "year") -> str:
    return f'<select name="{name}" id="year" onchange="search()">{_options(values, selected)}</select>'


def _page(body: str) -> str:
    return f"<html><body>{body}{SCRIPT}</body></html>"


def _query(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


YEARS = [str(y) for y in range(2025, 2011, -1)]


def test_the_option_for_every_year_is_one_paged_list_of_them_all() -> None:
    html = _page(_form(_select(["all", *YEARS], "2025")))
    (url,) = year_filter_pages(html, LIST)
    assert url.startswith(BASE + "/xxgk/list.do?")
    # the form's fields as it submits them: other selects at their default, page 1
    assert _query(url) == {
        "catId": "215",
        "year": "all",
        "themeId": "",
        "keyword": "",
        "pageNo": "1",
    }


def test_without_such_an_option_each_other_year_recent_first_a_few_at_most() -> None:
    html = _page(_form(_select(YEARS, "2025")))
    years = [_query(u)["year"] for u in year_filter_pages(html, LIST)]
    assert years == YEARS[1 : MAX_YEARS + 1]
    assert chosen_years([("2019", "2019年"), ("2023", "2023年"), ("2021", "2021年")], "2023") == [
        "2021",
        "2019",
    ]


def test_an_option_that_lists_every_year_is_read_by_its_words_too() -> None:
    assert chosen_years([("", "--全部年份--"), ("2024", "2024")], "2024") == [""]
    assert chosen_years([("0", "不限"), ("2024", "2024")], "2024") == ["0"]
    # an empty option that asks to choose lists no year: each year is asked for
    assert chosen_years([("", "请选择"), ("2024", "2024"), ("2023", "2023")], "") == [
        "2024",
        "2023",
    ]


def test_a_page_already_showing_every_year_asks_for_nothing() -> None:
    html = _page(_form(_select(["all", *YEARS], "all")))
    assert year_filter_pages(html, LIST) == []


def test_a_select_of_years_under_another_name_is_read_one_of_themes_is_not() -> None:
    html = _page(_form(_select(["", "2025", "2024", "2023"], "2025", name="sel1")))
    assert [_query(u)["sel1"] for u in year_filter_pages(html, LIST)] == ["2024", "2023"]
    themes = '<select name="sel1"><option value="1">综合政务</option><option value="2">财政</option></select>'
    assert year_filter_pages(_page(_form(themes)), LIST) == []


def test_a_search_term_typed_into_the_form_is_not_carried() -> None:
    html = _page(_form(_select(["all", *YEARS], "2025"), keyword="法治"))
    (url,) = year_filter_pages(html, LIST)
    assert _query(url)["keyword"] == ""


def test_a_posted_form_and_a_jump_menu_of_paths_are_no_year_filter() -> None:
    assert year_filter_pages(_page(_form(_select(YEARS, "2025"), method="post")), LIST) == []
    jump = (
        '<select name="year" onchange="location.href=this.value">'
        '<option value="/fzzf/2024/">2024年</option><option value="/fzzf/2023/">2023年</option>'
        "</select>"
    )
    assert year_filter_pages(_page(_form(jump)), LIST) == []


def _tabs(years: list[str]) -> str:
    return "".join(
        f'<li><a href="javascript:void(0);" onclick="changeYear(\'{y}\')">'
        f"{'全部' if y == 'all' else y + '年'}</a></li>"
        for y in years
    )


def test_year_tabs_that_set_the_forms_year_and_submit_it_are_read_alike() -> None:
    hidden = '<input type="hidden" name="year" id="year" value="2025" />'
    html = _page(f"<ul>{_tabs([*YEARS[:4], 'all'])}</ul>" + _form(hidden))
    (url,) = year_filter_pages(html, LIST)
    assert _query(url)["year"] == "all"
    html = _page(f"<ul>{_tabs(YEARS[:4])}</ul>" + _form(hidden))
    assert [_query(u)["year"] for u in year_filter_pages(html, LIST)] == YEARS[1:4]


def test_tabs_whose_handler_does_not_submit_the_form_are_not_read() -> None:
    hidden = '<input type="hidden" name="year" id="year" value="2025" />'
    tabs = "".join(f"<a onclick=\"pick('{y}')\">{y}年</a>" for y in YEARS[:4])
    assert year_filter_pages(_page(tabs + _form(hidden)), LIST) == []


# --- the spider -------------------------------------------------------------------------------
def _spider() -> PortalSpider:
    spider: PortalSpider = portal_spider(
        "year_county", "某县", BASE + "/", dict(get_project_settings())
    )
    return spider


def _listing(rows: list[str], form: str) -> str:
    items = "".join(
        f'<li><a href="detail.do?id={k}">{title}</a><span>2025-03-0{k % 9 + 1}</span></li>'
        for k, title in enumerate(rows)
    )
    return f"<html><head><title>法治政府建设</title></head><body><ul>{items}</ul>{form}{SCRIPT}</body></html>"


def _requests(spider: PortalSpider, url: str, html: str, **meta: Any) -> list[scrapy.Request]:
    request = scrapy.Request(url, meta={"lr_kind": "nav", **meta})
    response = HtmlResponse(url, body=html.encode("utf-8"), encoding="utf-8", request=request)
    return [r for r in spider.follow_links(response) if isinstance(r, scrapy.Request)]


REPORT_ROWS = [
    "竹山县人民政府关于2024年度法治政府建设工作情况的报告",
    "竹山县2025年普法依法治理工作要点",
]
NEWS_ROWS = ["县领导调研春季农业生产工作", "竹山县举办春风行动专场招聘会"]


def test_a_report_column_asks_for_its_other_years_as_pages_of_itself() -> None:
    spider = _spider()
    html = _listing(REPORT_ROWS, _form(_select(["all", *YEARS], "2025")))
    out = _requests(spider, LIST, html, lr_link_text="法治政府建设")
    (year,) = [r for r in out if "year=all" in r.url]
    assert year.meta["lr_strategy"] == yearfilter.STRATEGY
    assert year.meta["lr_first_page"] == LIST and year.meta["lr_kind"] == "page"


def test_a_listing_without_a_report_title_that_is_no_report_column_is_not_filtered() -> None:
    spider = _spider()
    html = _listing(NEWS_ROWS, _form(_select(["all", *YEARS], "2025")))
    out = _requests(spider, BASE + "/xxgk/list.do?catId=210", html, lr_link_text="机构职能")
    assert not any("year=" in r.url for r in out)


def test_another_years_view_opening_on_items_seen_is_still_paged() -> None:
    spider = _spider()
    form = _form(_select(["all", *YEARS], "all"))
    pager = '<a href="list.do?catId=215&amp;year=all&amp;pageNo=2">下一页</a>'
    html = _listing(REPORT_ROWS, form + pager)
    first = _listing(REPORT_ROWS, _form(_select(["all", *YEARS], "2025")))
    _requests(spider, LIST, first, lr_link_text="法治政府建设")  # the items seen first
    view = LIST + "&year=all&pageNo=1"
    meta = {"lr_kind": "page", "lr_strategy": yearfilter.STRATEGY, "lr_first_page": LIST}
    out = _requests(spider, view, html, lr_link_text="法治政府建设", **meta)
    assert any("pageNo=2" in r.url for r in out)
    # a page of the listing that brings nothing new stops it, as before
    meta["lr_strategy"] = "page_numbers"
    html = html.replace("pageNo=2", "pageNo=4")
    out = _requests(spider, view.replace("pageNo=1", "pageNo=3"), html, **meta)
    assert not any("pageNo=4" in r.url for r in out)

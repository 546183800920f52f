"""Building blocks for fixture portals: a Site that keeps its gold reports and hard negatives,
and page templates of the Hanweb and VSB families (TRS ones are in pages.py).

Report bodies come from the seeds, so the text a crawl extracts is real.
"""

from __future__ import annotations

import re

from tests.fixtureweb import pages
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Site
from tests.fixtureweb.sites.demo import GoldReport

NEGATIVE_BODY = [
    "为深入贯彻落实党中央、国务院关于法治政府建设的决策部署，结合我县实际，制定本方案。",
    "一、深入学习贯彻习近平法治思想，全面推进依法行政。",
    "二、健全政府机构职能体系，推进政府治理规范化程序化法治化。",
    "三、加强督促检查，确保各项任务落到实处。",
] * 3
# Titles that sit beside reports in real columns but are never reports.
HARD_NEGATIVES = [
    "{region}2024年法治政府建设工作要点",
    "{region}法治政府建设实施方案（2021-2025年）",
    "关于召开全县法治政府建设推进会的通知",
    "关于开展法治政府建设示范创建活动的通知",
    "{region}2023年度法治政府建设考核结果公示",
    "关于法治政府建设督察反馈问题整改情况的报告",
    "{region}人民政府2023年政府信息公开工作年度报告",
    "{region}2024年政府工作报告",
]


class KitSite(Site):
    """A fixture portal with gold reports and hard negatives, pages in a CMS family's markup."""

    name = "site"
    region = "示范县"

    def __init__(self) -> None:
        super().__init__()
        self.gold: list[GoldReport] = []
        self.negative_titles: list[str] = []

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.gold.clear()
        self.negative_titles.clear()
        self.pages.clear()

    def negatives(self, *indexes: int) -> list[str]:
        return [HARD_NEGATIVES[i].format(region=self.region) for i in indexes]

    def add_report(
        self,
        path: str,
        seed_key: str,
        *,
        title: str | None = None,
        publisher: str = "县司法局",
        pub: str = "2024-03-12 09:30",
        family: str = "trs",
        crumbs: list[tuple[str, str]] | None = None,
    ) -> str:
        """A report page (body from a seed); returns its title."""
        seed = load_seed(seed_key)
        title = title or seed.title
        render = DETAIL_TEMPLATES[family]
        self.page(path, render(title, list(seed.body_lines), pub, publisher, crumbs or []))
        year = re.search(r"(20\d{2})", title)
        self.gold.append(
            GoldReport(
                path=path,
                title=title,
                index_no=None,
                publisher=publisher,
                publish_date=pub[:10],
                report_year=int(year.group(1)) if year else None,
                body=seed.gold_body,
            )
        )
        return title

    def add_negative(self, path: str, title: str, *, family: str = "trs") -> str:
        render = DETAIL_TEMPLATES[family]
        self.page(path, render(title, NEGATIVE_BODY, "2024-02-20 10:00", "县司法局", []))
        self.negative_titles.append(title)
        return title

    def add_filler(self, path: str, title: str, *, family: str = "trs") -> None:
        body = [f"{title}。现将有关事项通知如下，请各单位认真贯彻执行，确保工作落到实处。"] * 4
        self.page(path, DETAIL_TEMPLATES[family](title, body, "2024-05-01 10:00", "县政府办", []))

    def gold_urls(self) -> set[str]:
        return {self.url_of(g.path) for g in self.gold}


def trs_detail(
    title: str, body: list[str], pub: str, source: str, crumbs: list[tuple[str, str]]
) -> str:
    return pages.trs_detail(
        title=title,
        body_lines=body,
        meta_block="",
        crumbs=crumbs or [("首页", "/")],
        pub_time=pub,
        source=source,
        meta={"ArticleTitle": title, "PubDate": pub, "ContentSource": source},
    )


def hanweb_detail(
    title: str, body: list[str], pub: str, source: str, crumbs: list[tuple[str, str]]
) -> str:
    """Hanweb jcms article: three-part <title>, meta set, `ZJEG_RSS.content` markers in #zoom."""
    return (
        pages.head(
            f"示范市人民政府 法治政府建设年度报告 {title}",
            meta={
                "Maketime": pub,
                "i_columnid": "1002",
                "ArticleTitle": title,
                "PubDate": pub,
                "ContentSource": source,
            },
        )
        + pages.top_bar()
        + '<div class="main w1200">'
        + pages.breadcrumb(crumbs or [("首页", "/")])
        + '<table width="100%" class="article"><tr><td class="title" align="center">'
        + f"{esc(title)}</td></tr>"
        + f'<tr><td class="info">发布日期：{esc(pub)}　信息来源：<!--<$[信息来源]>begin-->{esc(source)}'
        + "<!--<$[信息来源]>end-->　浏览次数：<script>_showDynClick()</script>　字体：[ 大 中 小 ]</td></tr>"
        + '<tr><td><div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin-->'
        + '<meta name="ContentStart">'
        + pages.paragraphs(body)
        + '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>'
        + "</td></tr></table>"
        + pages.share_and_tools()
        + "</div>"
        + pages.footer()
    )


def vsb_detail(
    title: str, body: list[str], pub: str, source: str, crumbs: list[tuple[str, str]]
) -> str:
    """VSB 博达 article: `_newscontent_fromname` form, `#vsb_content`, the click counter script."""
    return (
        pages.head(f"{title}-示范县人民政府")
        + pages.top_bar()
        + '<div class="main w1200">'
        + pages.breadcrumb(crumbs or [("首页", "/")])
        + '<form name="_newscontent_fromname"><div class="content-title">'
        + f"<h1>{esc(title)}</h1>"
        + f'<p class="info">发布时间：{esc(pub)}　来源：{esc(source)}　点击数：'
        + "<script>_showDynClicks('wbnews', 1652645171, 256725)</script></p></div>"
        + '<div id="vsb_content"><div class="v_news_content">'
        + pages.paragraphs(body)
        + "</div></div>"
        + '<div id="div_vote_id"></div></form>'
        + "<script>_showDynClickBatch(['dynclicks_u7_256725'],[256725],'wbnews', 1652645171)</script>"
        + pages.share_and_tools()
        + "</div>"
        + pages.footer()
    )


DETAIL_TEMPLATES = {"trs": trs_detail, "hanweb": hanweb_detail, "vsb": vsb_detail}


def plain_listing(
    column: str,
    items: list[tuple[str, str, str]],
    *,
    crumbs: list[tuple[str, str]] | None = None,
    sidebar: list[tuple[str, str]] | None = None,
    pager: str = "",
    list_html: str | None = None,
    scripts: str = "",
) -> str:
    """A column page: sidebar of sibling columns, a list of items, a pager, optional scripts."""
    lis = "\n".join(
        f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a><span>{esc(d)}</span></li>'
        for t, u, d in items
    )
    side = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in sidebar or [])
    body = list_html if list_html is not None else f'<ul class="list">\n{lis}\n</ul>'
    return (
        pages.head(f"{column}_示范县人民政府")
        + pages.top_bar()
        + '<div class="main w1200">\n'
        + pages.breadcrumb(crumbs or [("首页", "/"), (column, "#")])
        + f'<div class="left"><h3>栏目导航</h3><ul class="tree">{side}</ul></div>\n'
        + f'<div class="right"><h2 class="column-title">{esc(column)}</h2>\n{body}\n'
        + f'<div class="page">{pager}</div>\n'
        + "</div></div>\n"
        + scripts
        + pages.footer()
    )


def home_page(boxes: list[tuple[str, list[tuple[str, str]]]], extra: str = "") -> str:
    """A portal home page: boxes of links (title → [(text, url)]) under the usual furniture."""
    html_boxes = "".join(
        f'<div class="box"><h3>{esc(title)}</h3><ul>'
        + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in links)
        + "</ul></div>\n"
        for title, links in boxes
    )
    return (
        pages.head("示范县人民政府")
        + pages.top_bar()
        + f'<div class="main w1200">{html_boxes}{extra}</div>\n'
        + pages.footer()
    )

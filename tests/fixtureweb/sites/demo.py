"""The demo portal: a TRS WCM county site (home → 政府信息公开 → 法治政府建设年度报告).

Four real reports (bodies from the seeds), one served as GBK, one filed under 通知公告 without a
metadata table; hard negatives beside them (工作要点, 推进会 notice, 政府信息公开工作年度报告).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.fixtureweb import pages
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Site

CATALOGUE = "/zwgk/xxgkml/"
COLUMN = "/zwgk/xxgkml/qtzdgknr/fzzfjsndbg/"
NOTICES = "/tzgg/"
ANNUAL = "/zwgk/xxgkml/zfxxgkndbg/"


@dataclass
class GoldReport:
    path: str  # on the portal's main host, or an absolute URL (Site.url_of)
    title: str
    index_no: str | None
    publisher: str | None
    publish_date: str | None
    report_year: int | None
    body: str
    attachments: list[dict[str, Any]] = field(default_factory=list)
    written_date: str | None = None
    doc_no: str | None = None


SIDEBAR = [
    ("政府信息公开指南", CATALOGUE + "xxgkzn/"),
    ("政府信息公开制度", CATALOGUE + "xxgkzd/"),
    ("法定主动公开内容", CATALOGUE + "fdzdgknr/"),
    ("其他主动公开内容", CATALOGUE + "qtzdgknr/"),
    ("法治政府建设年度报告", COLUMN),
    ("政府信息公开年报", ANNUAL),
]
CRUMBS = [
    ("首页", "/"),
    ("政务公开", "/zwgk/"),
    ("政府信息公开目录", CATALOGUE),
    ("其他主动公开内容", CATALOGUE + "qtzdgknr/"),
    ("法治政府建设年度报告", COLUMN),
]


class DemoSite(Site):
    name = "demo"
    region = "示范县"

    def __init__(self) -> None:
        super().__init__()
        self.gold: list[GoldReport] = []
        self.negative_titles: list[str] = []

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.gold.clear()
        self.negative_titles.clear()
        self._home()
        self._catalogue()
        self._reports()
        self._negatives()
        self._listings()

    # --- pages --------------------------------------------------------------------------------
    def _home(self) -> None:
        news = "".join(
            f'<li><a href="/xwzx/202409/t2024090{i}_50{i}.html">示范县召开第{i}次常务会议</a><span>2024-09-0{i}</span></li>'
            for i in range(1, 7)
        )
        notices = f'<li><a href="{NOTICES}">通知公告</a></li>'
        html = (
            pages.head("示范县人民政府")
            + pages.top_bar()
            + '<div class="main w1200"><div class="banner"><img src="/images/banner.jpg"></div>\n'
            + f'<div class="news"><h3>要闻动态</h3><ul>{news}</ul></div>\n'
            + '<div class="gk"><h3><a href="/zwgk/">政务公开</a></h3><ul>'
            + f'<li><a href="{CATALOGUE}">政府信息公开</a></li>{notices}'
            + '<li><a href="/zwgk/zcwj/">政策文件</a></li><li><a href="/zwfw/">政务服务</a></li></ul></div>\n'
            + "</div>\n"
            + pages.footer()
        )
        self.page("/", html)
        self.page("/index.html", html)
        for i in range(1, 7):
            self.page(
                f"/xwzx/202409/t2024090{i}_50{i}.html",
                pages.trs_detail(
                    title=f"示范县召开第{i}次常务会议",
                    body_lines=["会议研究了近期重点工作。" * 5],
                    meta_block="",
                    crumbs=[("首页", "/"), ("新闻中心", "/xwzx/")],
                    pub_time=f"2024-09-0{i} 10:00",
                    source="县政府办",
                ),
            )

    def _catalogue(self) -> None:
        side = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in SIDEBAR)
        html = (
            pages.head("政府信息公开_示范县人民政府")
            + pages.top_bar()
            + '<div class="main w1200">'
            + pages.breadcrumb([("首页", "/"), ("政务公开", "/zwgk/")])
            + f'<div class="xxgk-left"><h3>信息公开目录</h3><ul class="tree">{side}</ul></div>'
            + '<div class="xxgk-right"><p>本目录按照《中华人民共和国政府信息公开条例》编制。</p></div></div>'
            + pages.footer()
        )
        self.page(CATALOGUE, html)
        self.page("/zwgk/", html.replace("信息公开目录</h3>", "政务公开</h3>"))

    def _report_page(
        self,
        seed_key: str,
        path: str,
        *,
        index_no: str | None,
        publisher: str,
        pub: str,
        written: str | None,
        style: str,
        charset: str = "utf-8",
        extra_head: list[str] | None = None,
        attachments: list[tuple[str, str]] | None = None,
    ) -> None:
        seed = load_seed(seed_key)
        fields = [
            ("索\u2002引\u2002号", index_no or ""),
            ("主题分类", "其他"),
            ("发布机构", publisher),
            ("成文日期", written or ""),
            ("信息名称", seed.title),
            ("文\u2002\u2002号", ""),
            ("发布日期", pub[:10]),
            ("有\u2002效\u2002性", "有效"),
        ]
        if style == "table":
            block = pages.metadata_table(fields)
        elif style == "brackets":
            block = pages.metadata_brackets([(k.replace("\u2002", ""), v) for k, v in fields])
        else:
            block = ""
        body = [*(extra_head or []), *seed.body_lines]
        html = pages.trs_detail(
            title=seed.title,
            body_lines=body,
            meta_block=block,
            crumbs=CRUMBS,
            pub_time=pub,
            source=publisher,
            charset="gb2312" if charset != "utf-8" else "utf-8",
            meta={"ArticleTitle": seed.title, "PubDate": pub, "ContentSource": publisher},
            attachments=attachments,
        )
        if charset == "utf-8":
            self.page(path, html)
        else:
            self.page(path, html, encoding="gbk", header_charset="GBK")
        self.gold.append(
            GoldReport(
                path=path,
                title=seed.title,
                index_no=index_no,
                publisher=publisher,
                publish_date=pub[:10],
                report_year=int(seed.title.split("年")[0][-4:]),
                body=seed.gold_body,
                written_date=written,
                attachments=[
                    {
                        "name": n,
                        "url": self.base_url + path.rsplit("/", 1)[0] + "/" + u.lstrip("./"),
                        "type": n.rsplit(".", 1)[-1],
                    }
                    for n, u in attachments or []
                ],
            )
        )

    def _reports(self) -> None:
        self._report_page(
            "003",
            COLUMN + "202503/t20250321_14428622.html",
            index_no="115001010086458821/2025-00031",
            publisher="重庆市万州区人民政府",
            pub="2025-03-21 09:12:05",
            written="2025-03-20",
            style="brackets",
            extra_head=["重庆市万州区人民政府", "关于2024年度法治政府建设的报告"],
        )
        self._report_page(
            "000",
            COLUMN + "202403/t20240312_6583952.html",
            index_no="xhqrmzf-2024-00119",
            publisher="溪湖区司法局",
            pub="2024-03-12 14:18:38",
            written="2024-03-12",
            style="table",
            attachments=[
                ("溪湖区2023年度法治政府建设工作报告.pdf", "./P020240312345678901234.pdf")
            ],
        )
        self._report_page(
            "004",
            COLUMN + "202101/t20210118_5396867.html",
            index_no="11510812008654321X/2021-00005",
            publisher="区政府办",
            pub="2021-01-18 06:45",
            written=None,
            style="table",
            charset="gbk",
        )
        self._report_page(
            "001",
            NOTICES + "202502/t20250214_256725.html",
            index_no=None,
            publisher="临沭县司法局",
            pub="2025-02-14 09:30",
            written=None,
            style="none",
        )
        self.pages[COLUMN + "202403/P020240312345678901234.pdf"] = pages_pdf_stub()

    def _negatives(self) -> None:
        self.negative_titles += [
            "示范县2024年法治政府建设工作要点",
            "关于召开全县法治政府建设推进会的通知",
            "示范县人民政府2023年政府信息公开工作年度报告",
        ]
        body = [
            "为深入贯彻落实党中央、国务院关于法治政府建设的决策部署，现将工作要点印发如下。",
            "一、深入学习贯彻习近平法治思想。",
            "二、健全政府机构职能体系。",
        ] * 4
        for title, path in zip(self.negative_titles, self._negative_paths(), strict=True):
            self.page(
                path,
                pages.trs_detail(
                    title=title,
                    body_lines=body,
                    meta_block="",
                    crumbs=CRUMBS,
                    pub_time="2024-02-20 10:00",
                    source="县司法局",
                ),
            )

    def _negative_paths(self) -> list[str]:
        return [
            COLUMN + "202402/t20240220_100001.html",
            NOTICES + "202404/t20240410_100002.html",
            ANNUAL + "202401/t20240125_100003.html",
        ]

    def _listings(self) -> None:
        neg = dict(zip(self.negative_titles, self._negative_paths(), strict=True))
        g = {r.title: r for r in self.gold}
        items0 = [
            (t, "./" + r.path[len(COLUMN) :], r.publish_date or "")
            for t, r in g.items()
            if r.path.startswith(COLUMN) and r.report_year and r.report_year >= 2023
        ]
        items0.insert(
            1,
            (
                "示范县2024年法治政府建设工作要点",
                "./" + neg["示范县2024年法治政府建设工作要点"][len(COLUMN) :],
                "2024-02-20",
            ),
        )
        items1 = [
            (t, "./" + r.path[len(COLUMN) :], r.publish_date or "")
            for t, r in g.items()
            if r.path.startswith(COLUMN) and r.report_year and r.report_year < 2023
        ]
        for n, items in enumerate((items0, items1)):
            html = pages.trs_listing(
                column="法治政府建设年度报告",
                crumbs=CRUMBS,
                items=items,
                page_count=2,
                current=n,
                sidebar=SIDEBAR,
            )
            self.page(COLUMN + ("index.html" if n == 0 else f"index_{n}.html"), html)
        self.page(COLUMN, self.pages[COLUMN + "index.html"].body.decode())
        notices = [
            (
                "关于召开全县法治政府建设推进会的通知",
                "./" + neg["关于召开全县法治政府建设推进会的通知"][len(NOTICES) :],
                "2024-04-10",
            )
        ]
        notices += [
            (r.title, "./" + r.path[len(NOTICES) :], r.publish_date or "")
            for r in self.gold
            if r.path.startswith(NOTICES)
        ]
        notices += [
            (
                f"关于做好{m}月份安全生产工作的通知",
                f"./2024{m:02d}/t2024{m:02d}01_2000{m}.html",
                f"2024-{m:02d}-01",
            )
            for m in range(1, 9)
        ]
        self.page(
            NOTICES,
            pages.trs_listing(
                column="通知公告",
                crumbs=[("首页", "/"), ("通知公告", NOTICES)],
                items=notices,
                page_count=1,
                current=0,
                sidebar=[],
            ),
        )
        annual = [
            (
                "示范县人民政府2023年政府信息公开工作年度报告",
                "./" + neg["示范县人民政府2023年政府信息公开工作年度报告"][len(ANNUAL) :],
                "2024-01-25",
            )
        ]
        self.page(
            ANNUAL,
            pages.trs_listing(
                column="政府信息公开年报",
                crumbs=CRUMBS[:3],
                items=annual,
                page_count=1,
                current=0,
                sidebar=SIDEBAR,
            ),
        )
        qt = [(t, u, "") for t, u in SIDEBAR[4:5]] + [
            ("重大建设项目", CATALOGUE + "qtzdgknr/zdxm/", "")
        ]
        self.page(
            CATALOGUE + "qtzdgknr/",
            pages.trs_listing(
                column="其他主动公开内容",
                crumbs=CRUMBS[:4],
                items=qt,
                page_count=1,
                current=0,
                sidebar=SIDEBAR,
            ),
        )
        for sub in ("xxgkzn/", "xxgkzd/", "fdzdgknr/", "qtzdgknr/zdxm/"):
            self.page(
                CATALOGUE + sub,
                pages.trs_listing(
                    column="信息公开",
                    crumbs=CRUMBS[:3],
                    items=[],
                    page_count=1,
                    current=0,
                    sidebar=SIDEBAR,
                ),
            )


def pages_pdf_stub() -> Any:
    from tests.fixtureweb.server import Reply

    body = b"%PDF-1.4\n% stub report attachment\n%%EOF\n"
    return Reply(200, body, {"Content-Type": "application/pdf"})


def gold_as_items(site: DemoSite) -> list[dict[str, Any]]:
    return [
        {
            "url": site.base_url + r.path,
            "index_no": r.index_no,
            "title": r.title,
            "publisher": r.publisher,
            "publish_date": r.publish_date,
            "report_year": r.report_year,
            "body": r.body,
            "attachments": r.attachments,
            "site": "demo",
            "region": site.region,
        }
        for r in site.gold
    ]


__all__ = ["DemoSite", "GoldReport", "esc", "gold_as_items"]

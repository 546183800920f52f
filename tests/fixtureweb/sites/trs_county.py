"""A TRS WCM county portal: home → 政务公开 → 政府信息公开目录 → 其他主动公开内容 →
法治政府建设年度报告, three listing pages (`var countPage` + `createPageHTML`, `.shtml`), the oldest
report on the third page; hard negatives in the same column and under 通知公告."""

from __future__ import annotations

from tests.fixtureweb import pages
from tests.fixtureweb.portalkit import KitSite, home_page, plain_listing

GK = "/zwgk/zfxxgkml/"
QT = GK + "qtzdgknr/"
COL = QT + "fzzfjsndbg/"
NOTICES = "/xwzx/tzgg/"


class TrsCountySite(KitSite):
    name = "trs_county"
    region = "潜江市"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), ("政府信息公开目录", GK)]
        side = [
            ("政府信息公开指南", GK + "xxgkzn/"),
            ("法定主动公开内容", GK + "fdzdgknr/"),
            ("其他主动公开内容", QT),
            ("政府信息公开年报", GK + "ndbg/"),
        ]
        r1 = self.add_report(COL + "202503/t20250321_14428622.shtml", "003", crumbs=crumbs)
        r2 = self.add_report(COL + "202403/t20240312_6583952.shtml", "000", crumbs=crumbs)
        r3 = self.add_report(
            COL + "202101/t20210118_5396867.shtml", "004", pub="2021-01-18 06:45", crumbs=crumbs
        )
        n = self.negatives(0, 1, 4, 6, 7)
        neg_paths = [COL + f"202402/t2024022{i}_10000{i}.shtml" for i in range(len(n))]
        for title, path in zip(n, neg_paths, strict=True):
            self.add_negative(path, title)
        fillers = [
            (f"潜江市{k}部门2022年度行政执法数据公开", COL + f"202203/t2022030{k}_2000{k}.shtml")
            for k in range(1, 9)
        ]
        for title, path in fillers:
            self.add_filler(path, title)

        def rel(path: str) -> str:
            return "./" + path[len(COL) :]

        page_items = [
            [(r1, rel(self.gold[0].path), "2025-03-21"), (n[0], rel(neg_paths[0]), "2024-02-20")]
            + [(t, rel(p), "2024-02-01") for t, p in fillers[:3]],
            [(r2, rel(self.gold[1].path), "2024-03-12"), (n[1], rel(neg_paths[1]), "2024-02-21")]
            + [(t, rel(p), "2023-02-01") for t, p in fillers[3:6]],
            [(n[2], rel(neg_paths[2]), "2022-01-01"), (r3, rel(self.gold[2].path), "2021-01-18")]
            + [(t, rel(p), "2021-01-01") for t, p in fillers[6:]],
        ]
        for i, items in enumerate(page_items):
            pager = (
                f"<script>var countPage = 3//共多少页\nvar currentPage = {i};\n"
                'createPageHTML(countPage, currentPage, "index", "shtml");</script>'
            )
            html = plain_listing(
                "法治政府建设年度报告",
                items,
                crumbs=[*crumbs, ("其他主动公开内容", QT), ("法治政府建设年度报告", COL)],
                sidebar=side,
                pager=pager,
            )
            self.page(COL + ("index.shtml" if i == 0 else f"index_{i}.shtml"), html)
        self.page(COL, self.pages[COL + "index.shtml"].body.decode())
        self.page(
            QT,
            plain_listing(
                "其他主动公开内容",
                [],
                crumbs=crumbs,
                sidebar=side,
                list_html=(
                    '<ul class="sub-columns"><li><a href="fzzfjsndbg/">法治政府建设年度报告</a></li>'
                    '<li><a href="zdxm/">重大建设项目</a></li><li><a href="shgy/">社会公益事业</a></li></ul>'
                ),
            ),
        )
        for sub in ("xxgkzn/", "fdzdgknr/", "qtzdgknr/zdxm/", "qtzdgknr/shgy/"):
            self.page(GK + sub, plain_listing("信息公开", [], crumbs=crumbs, sidebar=side))
        # the 信息公开 annual report column: a different annual report
        self.add_negative(GK + "ndbg/202401/t20240125_100009.shtml", n[3])
        self.page(
            GK + "ndbg/",
            plain_listing(
                "政府信息公开年报",
                [(n[3], "./202401/t20240125_100009.shtml", "2024-01-25")],
                crumbs=crumbs,
                sidebar=side,
            ),
        )
        self.add_negative(NOTICES + "202404/t20240410_100010.shtml", n[4])
        self.page(
            NOTICES,
            plain_listing(
                "通知公告",
                [(n[4], "./202404/t20240410_100010.shtml", "2024-04-10")],
                crumbs=[("首页", "/"), ("新闻中心", "/xwzx/"), ("通知公告", NOTICES)],
            ),
        )
        catalogue = plain_listing("政府信息公开目录", [], crumbs=crumbs, sidebar=side)
        self.page(GK, catalogue)
        self.page("/zwgk/", catalogue)
        self.page(
            "/",
            home_page(
                [
                    ("政务公开", [("政府信息公开", GK), ("通知公告", NOTICES)]),
                    ("新闻中心", [("潜江要闻", "/xwzx/qjyw/"), ("部门动态", "/xwzx/bmdt/")]),
                ]
            )
            + pages.esc(""),
        )

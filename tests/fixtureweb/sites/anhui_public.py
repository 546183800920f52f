"""An Anhui 政务公开 platform district portal (`/zwgk/public/<col>/<id>.html`, lists at
`/zwgk/public/column/<unit>?type=4&action=list&nav=3&catId=<cat>` paged by `&pageIndex=N`).
Reports sit in 法定主动公开内容 → 法治政府建设 of the district government and of one department
(区司法局, reached through 部门信息公开). Detail pages carry the `table_suoyin` metadata table
whose labels are spaced with `<i>` elements, a 内容概述 row that repeats the body's first
sentence, then a `newsinfo` line and the body. One title has no place name and starts with
关于; furniture: 无障碍, 长者模式, 找错, 相关信息 and the footer."""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "淮北市烈山区人民政府"
CODE = "3406040003"
GOV = "6616191"
DEPT = "6616233"
CAT = "6717221"
PER_PAGE = 15
CURRENT = ' class="current"'
NAV = [
    ("首页", "/"),
    ("走进烈山", "/zjls/"),
    ("政务公开", "/zwgk/index.html"),
    ("政务服务", "/zwfw/"),
    ("互动交流", "/hdjl/"),
]


def column_url(unit: str, cat: str, page: int = 1) -> str:
    url = f"/zwgk/public/column/{unit}?type=4&action=list&nav=3&catId={cat}"
    return url + (f"&pageIndex={page}" if page > 1 else "")


def _label(text: str) -> str:
    """Anhui spaces short labels with empty `<i>` elements: 索<i></i>引<i></i>号."""
    if len(text) == 2:
        return f'{text[0]}<i class="i2"></i>{text[1]}'
    if len(text) == 3:
        return f'{text[0]}<i class="i1"></i>{text[1]}<i class="i1"></i>{text[2]}'
    return text


class AnhuiPublicSite(BlindSite):
    name = "anhui_public"
    region = "安徽省淮北市烈山区"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        gov_items: list[tuple[str, str, str]] = []
        for i in range(17):
            path = f"/zwgk/public/{GOV}/6485{i:04d}.html"
            title = f"烈山区行政执法决定公示（{2023 - i // 6}年第{i % 6 + 1}号）"
            self.detail_page(path, title, FILLER_BODY, unit=GOV, pub="2023-05-10 09:00", meta=None)
            gov_items.append((title, path, "2023-05-10"))
        r1 = f"/zwgk/public/{GOV}/64851798.html"
        t1 = "烈山区2023年度法治政府建设情况报告"
        m1 = {
            "index_no": "11340604003229443K/202403-00012",
            "publisher": "烈山区人民政府",
            "written_date": "2024-03-12",
            "doc_no": "烈政〔2024〕6号",
        }
        body = self.gold_report(r1, "003", t1, publish_date="2024-03-13", **m1)
        self.detail_page(r1, t1, body, unit=GOV, pub="2024-03-13 10:25", meta=m1)
        r2 = f"/zwgk/public/{GOV}/62110415.html"
        t2 = "关于2022年度法治政府建设工作情况的报告"
        m2 = {
            "index_no": "11340604003229443K/202303-00009",
            "publisher": "烈山区人民政府",
            "written_date": "2023-03-17",
        }
        body = self.gold_report(r2, "000", t2, publish_date="2023-03-20", report_year=2022, **m2)
        self.detail_page(r2, t2, body, unit=GOV, pub="2023-03-20 15:40", meta=m2)
        negs = [
            (f"/zwgk/public/{GOV}/64700001.html", "烈山区2024年法治政府建设工作要点"),
            (f"/zwgk/public/{GOV}/63900002.html", "烈山区2023年度法治政府建设考核结果公示"),
        ]
        for path, title in negs:
            self.detail_page(
                path, title, NEGATIVE_BODY, unit=GOV, pub="2024-02-01 09:00", meta=None
            )
            self.negative_titles.append(title)
        gov_items[0:0] = [(negs[0][1], negs[0][0], "2024-02-01"), (t1, r1, "2024-03-13")]
        gov_items.insert(6, (negs[1][1], negs[1][0], "2024-01-20"))
        gov_items.append((t2, r2, "2023-03-20"))  # second page
        self._column(GOV, "烈山区人民政府", gov_items)
        r3 = f"/zwgk/public/{DEPT}/64790321.html"
        t3 = "烈山区司法局2023年法治政府建设年度报告"
        m3 = {
            "index_no": "11340604MB1923456X/202402-00004",
            "publisher": "烈山区司法局",
            "written_date": "2024-02-26",
        }
        body = self.gold_report(r3, "001", t3, publish_date="2024-02-27", **m3)
        self.detail_page(r3, t3, body, unit=DEPT, pub="2024-02-27 11:02", meta=m3)
        self._column(DEPT, "烈山区司法局", [(t3, r3, "2024-02-27")])
        self._navigation()

    # --- pages --------------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str, **meta: str) -> str:
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="container clearfix">'
            + fu.crumbs([("首页", "/"), *crumbs], label="当前位置：")
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="皖ICP备05003215号",
                police="皖公网安备 34060402000117号",
                code=CODE,
                address="安徽省淮北市烈山区杨庄路1号",
            )
            + "</body></html>"
        )

    def _tree(self, unit: str) -> str:
        cats = [
            ("机构信息", "6717201"),
            ("政策文件", "6717205"),
            ("法治政府建设", CAT),
            ("财政信息", "6717230"),
        ]
        return fu.left_tree(
            "信息公开目录",
            [
                ("政府信息公开指南", f"/zwgk/public/column/{unit}?type=1&nav=1", []),
                ("政府信息公开制度", f"/zwgk/public/column/{unit}?type=2&nav=2", []),
                (
                    "法定主动公开内容",
                    f"/zwgk/public/column/{unit}?type=4&nav=3",
                    [(t, column_url(unit, c)) for t, c in cats],
                ),
                ("政府信息公开年报", f"/zwgk/public/column/{unit}?type=3&nav=4", []),
            ],
        )

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        unit: str,
        pub: str,
        meta: dict[str, str] | None,
    ) -> None:
        m = meta or {
            "index_no": "11340604003229443K/202305-00101",
            "publisher": "烈山区人民政府办公室",
        }
        rows = [
            (("索引号", m.get("index_no", "")), ("信息分类", "法治政府建设")),
            (("发布机构", m.get("publisher", "")), ("生成日期", m.get("written_date", pub[:10]))),
            (("文号", m.get("doc_no", "")), ("关键词", "法治政府")),
        ]
        trs = "".join(
            "<tr>" + "".join(f"<th>{_label(k)}：</th><td>{esc(v)}</td>" for k, v in row) + "</tr>"
            for row in rows
        )
        summary = body[0][:60] + "……"
        table = (
            '<div class="div_table_suoyin"><table class="table_suoyin" cellspacing="0" cellpadding="0">'
            + trs
            + f'<tr><th>信息名称：</th><td colspan="3">{esc(title)}</td></tr>'
            + f'<tr><th>内容概述：</th><td colspan="3">{esc(summary)}</td></tr>'
            + "</table></div>\n"
        )
        main = (
            self._tree(unit)
            + '<div class="wenzhang">'
            + table
            + f'<h1 class="newstitle">{esc(title)}</h1>\n'
            + f'<div class="newsinfo"><span>发布时间：{esc(pub)}</span><span>来源：{esc(m.get("publisher", ""))}</span>'
            + '<span>浏览量：<i id="hits"></i></span><span class="fontsize">字体：[ <a href="javascript:;">大</a> '
            + '<a href="javascript:;">中</a> <a href="javascript:;">小</a> ]</span></div>\n'
            + '<div class="j-fontContent newscontent" id="zoom">'
            + fu.paragraphs(body)
            + "</div>\n"
            + '<div class="xgxx"><h3>相关信息</h3><ul><li><a href="/zwgk/public/column/'
            + f'{unit}?type=4&action=list&nav=3&catId={CAT}">法治政府建设</a></li></ul></div>'
            + fu.article_tools()
            + "</div>"
        )
        self.page(
            path,
            self._frame(
                f"{title}_{SITE}",
                [("政务公开", "/zwgk/index.html"), ("法治政府建设", column_url(unit, CAT))],
                main,
                ArticleTitle=title,
                PubDate=pub,
                ContentSource=m.get("publisher", ""),
            ),
        )

    def _column(self, unit: str, unit_name: str, items: list[tuple[str, str, str]]) -> None:
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            lis = "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a><span class="date">{d}</span></li>'
                for t, u, d in chunk
            )
            pager = "".join(
                f'<a href="{esc(column_url(unit, CAT, k))}"{CURRENT if k == n else ""}>{k}</a>'
                for k in range(1, len(chunks) + 1)
            )
            if n < len(chunks):
                pager += f'<a href="{esc(column_url(unit, CAT, n + 1))}" class="next">下一页</a>'
            main = (
                self._tree(unit)
                + f'<div class="xxgk_list"><h2>{esc(unit_name)} · 法治政府建设</h2>'
                + f'<ul class="clearfix xxgk_nav_list">{lis}</ul>'
                + f'<div class="pagination">{pager}<span>共{len(items)}条</span></div></div>'
            )
            self.page(
                column_url(unit, CAT, n),
                self._frame(f"法治政府建设_{SITE}", [("政务公开", "/zwgk/index.html")], main),
            )
        intro = (
            self._tree(unit) + f'<div class="xxgk_list"><p>{esc(unit_name)}信息公开目录</p></div>'
        )
        self.page(
            f"/zwgk/public/column/{unit}?type=4&nav=3",
            self._frame(f"法定主动公开内容_{SITE}", [("政务公开", "/zwgk/index.html")], intro),
        )

    def _navigation(self) -> None:
        units = [
            ("区发展改革委", "6616201"),
            ("区教育局", "6616211"),
            ("区司法局", DEPT),
            ("区财政局", "6616240"),
        ]
        unit_list = "".join(
            f'<li><a href="/zwgk/public/column/{c}?type=4&nav=3">{t}</a></li>' for t, c in units
        )
        main = (
            '<div class="zwgk-index"><div class="box"><h3>政府信息公开</h3><ul>'
            f'<li><a href="/zwgk/public/column/{GOV}?type=4&nav=3">区政府信息公开</a></li>'
            '<li><a href="/zwgk/bmxxgk.html">部门信息公开</a></li>'
            '<li><a href="/zwgk/xzxxgk.html">乡镇信息公开</a></li></ul></div></div>'
        )
        self.page(
            "/zwgk/index.html",
            self._frame(f"政务公开_{SITE}", [("政务公开", "/zwgk/index.html")], main),
        )
        self.page(
            "/zwgk/bmxxgk.html",
            self._frame(
                f"部门信息公开_{SITE}",
                [("政务公开", "/zwgk/index.html"), ("部门信息公开", "/zwgk/bmxxgk.html")],
                f'<div class="bm-list"><ul>{unit_list}</ul></div>',
            ),
        )
        self.page(
            "/",
            self._frame(
                SITE,
                [],
                '<div class="home"><div class="gk"><h3><a href="/zwgk/index.html">政务公开</a></h3></div>'
                '<div class="news"><h3>烈山要闻</h3><ul><li><a href="/xwzx/ldhd/148011.html">区政府召开常务会议</a></li></ul></div></div>'
                + fu.interaction_sidebar(),
            ),
        )

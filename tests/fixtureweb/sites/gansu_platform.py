"""A county section on a Gansu city-style intensive platform (金昌 → 永昌县): articles at
`<column>/art/YYYY/art_<32hex>.html`, columns at `<column>/index.html` paged by
`index.html?uid=<unit>&pageNum=N` links (共N条 页次 n/N 首页 上一页 numbers 下一页 尾页). The home
page carries the city masthead and a 县区 bar; 政府信息公开 → 按公文种类分类 → 县政府文件 holds a
report (with a 文号) among 永政发 files, 法定主动公开内容 → 法治政府建设 one beside 工作要点 and
考核 notices, and 部门信息公开 → 县司法局 a third among its notices; 政府信息公开年报 lists the
年报s. Lists link their articles relatively (`./art/2024/art_….html`) and cut titles with `...`
(no title attribute); the 县司法局 pager is drawn by script (`goPage(n)` sets
`location.href = 'index.html?uid=…&pageNum=' + n`). Metadata as the platform's
label|value table with empty cells (有效性 row); the 县司法局 pages show it as pipe text."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "永昌县人民政府"
CITY = "金昌市人民政府"
CODE = "6203210001"
PER_PAGE = 10
ON = ' class="on"'
CUR = ' class="cur"'
XZF = "/zfxxgk/zc/wj/agwzlfl/xzf"  # 按公文种类分类 → 县政府文件
FZZF = "/zfxxgk/fdzdgknr/fzzfjs"  # 法定主动公开内容 → 法治政府建设
SFJ = "/zfxxgk/bmxxgk/xsfj/fdzdgknr"  # 部门信息公开 → 县司法局 → 法定主动公开内容
NDBG = "/zfxxgk/ndbg"  # 政府信息公开年报
UIDS = {XZF: "7741021", FZZF: "7741088", SFJ: "7742310", NDBG: "7741002"}
NAV = [
    ("首页", "/"),
    ("走进永昌", "/zjyc/index.html"),
    ("政府信息公开", "/zfxxgk/index.html"),
    ("政务服务", "/zwfw/index.html"),
    ("互动交流", "/hdjl/index.html"),
]


def _cut(title: str) -> str:
    """List titles are cut at 22 characters with `...`, and no title attribute keeps the rest."""
    return title if len(title) <= 22 else title[:22] + "..."


def art_path(col: str, year: int, key: str) -> str:
    return f"{col}/art/{year}/art_{hashlib.md5(key.encode()).hexdigest()}.html"


def _link_pager(href: Callable[[int], str], n: int, last: int, total: int) -> str:
    links = [f"<span>共{total}条记录 页次 {n}/{last}</span>"]
    links += [f'<a href="{href(1)}">首页</a>', f'<a href="{href(max(n - 1, 1))}">上一页</a>']
    links += [f'<a href="{href(k)}"{CUR if k == n else ""}>{k}</a>' for k in range(1, last + 1)]
    links += [f'<a href="{href(min(n + 1, last))}">下一页</a>', f'<a href="{href(last)}">尾页</a>']
    return f'<div class="pagination" id="pageDiv">{"".join(links)}</div>'


def _script_pager(uid: str, n: int, last: int, total: int) -> str:
    """The department pages draw their pager by script: `goPage(n)` builds the page's URL."""
    return (
        '<div class="pagination" id="pageDiv"></div>\n<script type="text/javascript">\n'
        f"var totalRecord = {total}; var perPage = {PER_PAGE}; var currentPage = {n};\n"
        f"var totalPage = {last};\n"
        "function goPage(page) { if (page < 1 || page > totalPage) return;\n"
        f"  location.href = 'index.html?uid={uid}&pageNum=' + page; }}\n"
        "var html = '<span>共' + totalRecord + '条 ' + currentPage + '/' + totalPage + '页</span>';\n"
        "html += '<a href=\"javascript:goPage(1)\">首页</a>';\n"
        "html += '<a href=\"javascript:goPage(' + (currentPage - 1) + ')\">上一页</a>';\n"
        "html += '<a href=\"javascript:goPage(' + (currentPage + 1) + ')\">下一页</a>';\n"
        "html += '<a href=\"javascript:goPage(' + totalPage + ')\">尾页</a>';\n"
        "document.getElementById('pageDiv').innerHTML = html;\n</script>"
    )


class GansuPlatformSite(BlindSite):
    name = "gansu_platform"
    region = "甘肃省金昌市永昌县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self._county_files()
        self._fzzf_column()
        self._department_column()
        self._annual_reports()
        self._navigation()

    # --- columns ------------------------------------------------------------------------------
    def _county_files(self) -> None:
        items: list[tuple[str, str, str]] = []
        subjects = [
            "印发永昌县防汛抗旱应急预案",
            "印发永昌县农村人居环境整治提升方案",
            "调整县政府领导工作分工",
            "印发永昌县城市管理办法",
        ]
        for i in range(13):
            year = 2024 - i // 5
            title = f"永昌县人民政府关于{subjects[i % 4]}的通知"
            path = art_path(XZF, year, f"xzf{i}")
            meta = {"doc_no": f"永政发〔{year}〕{30 - i}号", "publisher": "永昌县人民政府"}
            self.detail_page(
                path, title, FILLER_BODY, col=XZF, pub=f"{year}-05-1{i % 9}", meta=meta
            )
            items.append((title, path, f"{year}-05-1{i % 9}"))
        r1 = art_path(XZF, 2024, "report-2023")
        t1 = "永昌县人民政府关于2023年度法治政府建设情况的报告"
        m1 = {
            "index_no": "11620321013881234X/2024-00317",
            "publisher": "永昌县人民政府",
            "written_date": "2024-03-18",
            "doc_no": "永政发〔2024〕12号",
        }
        body = self.gold_report(r1, "000", t1, publish_date="2024-03-21", **m1)
        self.detail_page(r1, t1, body, col=XZF, pub="2024-03-21", meta=m1)
        neg = art_path(XZF, 2021, "plan")
        neg_title = "永昌县人民政府关于印发永昌县法治政府建设实施方案（2021—2025年）的通知"
        self.detail_page(neg, neg_title, NEGATIVE_BODY, col=XZF, pub="2021-10-08", meta=None)
        self.negative_titles.append(neg_title)
        items.insert(11, (t1, r1, "2024-03-21"))  # second page
        items.append((neg_title, neg, "2021-10-08"))
        self._column(XZF, "县政府文件", items)

    def _fzzf_column(self) -> None:
        r2 = art_path(FZZF, 2023, "report-2022")
        t2 = "永昌县2022年法治政府建设年度报告"
        m2 = {
            "index_no": "11620321013881234X/2023-00098",
            "publisher": "永昌县司法局",
            "written_date": "2023-03-27",
        }
        body = self.gold_report(r2, "003", t2, publish_date="2023-03-29", **m2)
        self.detail_page(r2, t2, body, col=FZZF, pub="2023-03-29", meta=m2)
        negs = [
            (art_path(FZZF, 2024, "points"), "永昌县2024年法治政府建设工作要点", "2024-02-26"),
            (
                art_path(FZZF, 2023, "exam"),
                "永昌县2023年度法治政府建设考核结果公示",
                "2024-01-15",
            ),
        ]
        items = []
        for path, title, date in negs:
            self.detail_page(path, title, NEGATIVE_BODY, col=FZZF, pub=date, meta=None)
            self.negative_titles.append(title)
            items.append((title, path, date))
        items.append((t2, r2, "2023-03-29"))
        self._column(FZZF, "法治政府建设", items)

    def _department_column(self) -> None:
        items: list[tuple[str, str, str]] = []
        for i in range(11):
            year = 2025 - i // 4
            title = f"永昌县司法局关于开展“法律明白人”培训的通知（第{i + 1}期）"
            path = art_path(SFJ, year, f"sfj{i}")
            meta = {"publisher": "永昌县司法局"}
            self.detail_page(
                path, title, FILLER_BODY, col=SFJ, pub=f"{year}-06-0{i % 9 + 1}", meta=meta
            )
            items.append((title, path, f"{year}-06-0{i % 9 + 1}"))
        r3 = art_path(SFJ, 2025, "report-2024")
        t3 = "永昌县司法局2024年度法治政府建设工作报告"
        m3 = {
            "index_no": "11620321MB1567890Q/2025-00021",
            "publisher": "永昌县司法局",
            "written_date": "2025-02-20",
        }
        body = self.gold_report(r3, "001", t3, publish_date="2025-02-24", **m3)
        self.detail_page(r3, t3, body, col=SFJ, pub="2025-02-24", meta=m3)
        items.insert(10, (t3, r3, "2025-02-24"))  # second page
        self._column(SFJ, "县司法局 · 法定主动公开内容", items)

    def _annual_reports(self) -> None:
        items = []
        for year in (2024, 2023):
            title = f"永昌县人民政府{year}年政府信息公开工作年度报告"
            path = art_path(NDBG, year + 1, f"nb{year}")
            self.detail_page(
                path, title, NEGATIVE_BODY, col=NDBG, pub=f"{year + 1}-01-18", meta=None
            )
            self.negative_titles.append(title)
            items.append((title, path, f"{year + 1}-01-18"))
        self._column(NDBG, "政府信息公开年报", items)

    # --- pages --------------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        counties = "".join(
            f'<a href="{u}"{ON if t == "永昌县" else ""}>{t}</a>'
            for t, u in [
                ("金川区", "/jcq/index.html"),
                ("永昌县", "/"),
                ("金昌经济技术开发区", "/jkq/index.html"),
            ]
        )
        return (
            fu.doc_head(
                title,
                site=SITE,
                code=CODE,
                meta={"ColumnName": crumbs[-1][0] if crumbs else "首页"},
            )
            + fu.access_toolbar(CITY)
            + f'<div class="city-bar"><span>{CITY}</span> 县区：{counties}</div>\n'
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + fu.crumbs([("首页", "/"), *crumbs], label="您所在的位置：")
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="陇ICP备05000001号",
                police="甘公网安备 62032102000001号",
                code=CODE,
                address="甘肃省金昌市永昌县北海子路1号",
            )
            + "</body></html>"
        )

    def _side(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/zfxxgk/zn/index.html", []),
                ("政府信息公开制度", "/zfxxgk/zd/index.html", []),
                (
                    "法定主动公开内容",
                    "/zfxxgk/fdzdgknr/index.html",
                    [
                        ("按公文种类分类 · 县政府文件", f"{XZF}/index.html"),
                        ("法治政府建设", f"{FZZF}/index.html"),
                        ("财政预决算", "/zfxxgk/fdzdgknr/czyjs/index.html"),
                    ],
                ),
                ("部门信息公开", "/zfxxgk/bmxxgk/index.html", []),
                ("政府信息公开年报", "/zfxxgk/ndbg/index.html", []),
            ],
        )

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        col: str,
        pub: str,
        meta: dict[str, str] | None,
    ) -> None:
        m = meta or {"publisher": "永昌县人民政府办公室"}
        rows = [
            ["索 引 号", m.get("index_no", "11620321013881234X/2024-00001"), "主题分类", "其他"],
            ["发文字号", m.get("doc_no", ""), "制发机构", m.get("publisher", "")],
            ["有效性", "", "", ""],
            ["成文日期", m.get("written_date", pub), "发布日期", pub],
            ["标 题", title],
        ]
        if col == SFJ:
            block = (
                '<div class="suoyin">'
                + "".join("<p>" + esc(" | ".join(row)) + " |</p>" for row in rows)
                + "</div>"
            )
        else:
            trs = "".join(
                "<tr>"
                + "".join(
                    f'<td class="{"label" if i % 2 == 0 else "value"}">{esc(c)}</td>'
                    for i, c in enumerate(row)
                )
                + ("" if len(row) == 4 else '<td colspan="2"></td>')
                + "</tr>"
                for row in rows
            )
            block = f'<table class="table_suoyin" border="1" cellspacing="0">{trs}</table>'
        main = (
            '<div class="detail-wrap">'
            + block
            + f'\n<div class="detail-title">{esc(title)}</div>\n'
            + '<div class="detail-tools"><span>【字体：<a href="javascript:;">大</a> '
            + '<a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span> '
            + '<span><a href="javascript:window.print();">【打印】</a></span> '
            + '<span><a href="javascript:window.close();">【关闭】</a></span></div>\n'
            + '<div class="detail-body" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>\n"
            + '<div class="detail-ewm"><img src="/images/ewm.png" /><p>扫一扫在手机打开当前页</p></div>'
            + "</div>"
        )
        name = {
            XZF: "县政府文件",
            FZZF: "法治政府建设",
            SFJ: "县司法局",
            NDBG: "政府信息公开年报",
        }[col]
        self.page(
            path,
            self._frame(
                f"{title} - {SITE}",
                [("政府信息公开", "/zfxxgk/index.html"), (name, f"{col}/index.html")],
                main,
            ),
        )

    def _column(self, col: str, name: str, items: list[tuple[str, str, str]]) -> None:
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        last = len(chunks)
        uid = UIDS[col]

        def href(k: int) -> str:
            return f"index.html?uid={uid}&pageNum={k}"

        for n, chunk in enumerate(chunks, start=1):
            rows = "".join(
                f'<tr><td class="bt"><a href="{esc("." + u.removeprefix(col))}" target="_blank">'
                f'{esc(_cut(t))}</a></td><td class="rq">{d}</td></tr>'
                for t, u, d in chunk
            )
            pager = (
                _script_pager(uid, n, last, len(items))
                if col == SFJ
                else _link_pager(href, n, last, len(items))
            )
            main = (
                self._side()
                + f'<div class="xxgk-list"><div class="list-title">{esc(name)}</div>'
                + '<table class="list-table"><tr><th>标题</th><th>发布日期</th></tr>'
                + rows
                + "</table>"
                + pager
                + "</div>"
            )
            html = self._frame(
                f"{name} - {SITE}",
                [("政府信息公开", "/zfxxgk/index.html"), (name, f"{col}/index.html")],
                main,
            )
            self.page(f"{col}/{href(n)}", html)
            if n == 1:
                self.page(f"{col}/index.html", html)

    def _navigation(self) -> None:
        lis = "".join(
            f'<li><a href="{esc(u)}">{esc(t)}</a></li>'
            for t, u in [
                ("政府信息公开指南", "/zfxxgk/zn/index.html"),
                ("法定主动公开内容", "/zfxxgk/fdzdgknr/index.html"),
                ("部门信息公开", "/zfxxgk/bmxxgk/index.html"),
                ("政府信息公开年报", "/zfxxgk/ndbg/index.html"),
            ]
        )
        self.page(
            "/zfxxgk/index.html",
            self._frame(
                f"政府信息公开 - {SITE}",
                [("政府信息公开", "/zfxxgk/index.html")],
                self._side() + f'<div class="xxgk-index"><ul>{lis}</ul></div>',
            ),
        )
        self.page(
            "/zfxxgk/fdzdgknr/index.html",
            self._frame(
                f"法定主动公开内容 - {SITE}",
                [
                    ("政府信息公开", "/zfxxgk/index.html"),
                    ("法定主动公开内容", "/zfxxgk/fdzdgknr/index.html"),
                ],
                self._side() + '<div class="xxgk-index"><p>请在左侧目录中选择栏目</p></div>',
            ),
        )
        units = [
            ("县发展和改革局", "/zfxxgk/bmxxgk/xfgj/fdzdgknr/index.html"),
            ("县教育局", "/zfxxgk/bmxxgk/xjyj/fdzdgknr/index.html"),
            ("县司法局", f"{SFJ}/index.html"),
            ("县财政局", "/zfxxgk/bmxxgk/xczj/fdzdgknr/index.html"),
        ]
        self.page(
            "/zfxxgk/bmxxgk/index.html",
            self._frame(
                f"部门信息公开 - {SITE}",
                [
                    ("政府信息公开", "/zfxxgk/index.html"),
                    ("部门信息公开", "/zfxxgk/bmxxgk/index.html"),
                ],
                self._side()
                + '<div class="bm-list"><ul>'
                + "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in units)
                + "</ul></div>",
            ),
        )
        home = (
            '<div class="home"><div class="home-gk"><h3><a href="/zfxxgk/index.html">政府信息公开</a></h3>'
            '<ul><li><a href="/zfxxgk/zn/index.html">信息公开指南</a></li>'
            '<li><a href="/zfxxgk/ndbg/index.html">信息公开年报</a></li></ul></div>'
            '<div class="home-news"><h3>永昌要闻</h3><ul><li><a href="/zjyc/ycyw/art/2025/'
            'art_5b1c0e1d2a3f4b5c6d7e8f9a0b1c2d3e.html">永昌县召开县政府常务会议</a></li></ul></div></div>'
            + fu.interaction_sidebar()
        )
        self.page("/", self._frame(SITE, [], home))
        self.page("/index.html", self._frame(SITE, [], home))

"""An older Hebei county portal on a local vendor's JSP CMS, whose ways to the reports are drawn
with images and click handlers rather than anchors with text:

- the home page's main menu is one image with an image map (`<map><area href=… >`, no `alt`),
  and the 政府信息公开 entrance is a banner image (`<a href="/xxgk/index.jsp"><img alt="">`):
  no anchor on the home page names 政务公开 or 信息公开 in text;
- the home page's 通知公告 box shows its seven newest notices and a `更多>>` link, the only way
  to the column (`/tzgg/list.jsp?catid=12`); the column's items are `<li data-href="…">` opened
  by a jQuery click handler (no anchor), and it pages by a `<form method="post">` with a hidden
  `pageNo` that `goPage(n)` sets and submits: the pager shows only `首页 上一页 下一页 尾页`
  (all `href="javascript:void(0)" onclick="goPage(n)"`) and `第1/9页`; the 县委依法治县办's
  `临城县2023年法治政府建设工作情况报告` is on page 6 (the server, a servlet, reads `pageNo` from a
  POST body or a query string alike);
- the 信息公开 platform's catalogue is a collapsible tree whose nodes are
  `<a href="javascript:void(0)" onclick="showList('1205')">法治政府建设</a>`; only the script
  `function showList(id){ location.href = '/xxgk/list.jsp?catId=' + id; }` knows the list's
  URL. Lists are tables whose rows open their article by `<tr onclick="window.open('…')">`,
  titles cut in the cell with the full title in the cell's `title=`; they page by the same
  POST form (`第1/2页`). 法治政府建设 holds the 县政府's 2024 report on page 1 beside 工作要点,
  推进会, a 述法 report, 考核 and 示范创建 notices, and the 县司法局's 2022 report on page 2;
  年度报告 holds `关于临城县2023年度法治政府建设工作情况的报告` among eleven
  政府信息公开工作年度报告 of 2015–2024;
- the home page's 最新公开 box links the newest catalogue items by their generated static
  pages (`/xxgk/art/2025/5512.html`), the catalogue by `content.jsp?id=5512`: the 2024 report
  has two URLs and must come out once.

Detail pages: a 信息公开 table (索 引 号, 信息分类, 发布机构, 生成日期, 文 号, 发布日期, 名 称) above
the title and `#zoom`; notices show `发布时间：… 来源：… 浏览次数：` instead.
"""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import parse_qsl

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "临城县人民政府"
CODE = "1305220001"
GOV = "临城县人民政府"
GOV_OFFICE = "临城县人民政府办公室"
SFJ = "临城县司法局"
YFZX = "中共临城县委全面依法治县委员会办公室"
CREDIT = "11130522000123456X"
NOTICE_CAT = "12"
NOTICE_LIST = f"/tzgg/list.jsp?catid={NOTICE_CAT}"
# The news system's columns: catid → (name, list URL).
NEWS = {
    "10": ("临城要闻", "/xwzx/lcyw/list.jsp?catid=10"),
    "11": ("部门动态", "/xwzx/bmdt/list.jsp?catid=11"),
    NOTICE_CAT: ("通知公告", NOTICE_LIST),
}
NEWS_LISTS = {"/xwzx/lcyw/list.jsp": "10", "/xwzx/bmdt/list.jsp": "11", "/tzgg/list.jsp": "12"}
NOTICE_PAGE_SIZE = 15
NOTICE_PAGES = 9
XXGK_PAGE_SIZE = 10
CUR = ' class="cur"'
FZZF = "1205"
NDBG = "1210"
# The catalogue tree: (branch, [(column, id)]).
TREE = [
    (
        "法定主动公开内容",
        [
            ("机构职能", "1201"),
            ("政策文件", "1202"),
            ("规划计划", "1203"),
            ("财政信息", "1204"),
            ("法治政府建设", FZZF),
            ("人事信息", "1206"),
            ("建议提案办理", "1207"),
        ],
    ),
    ("年度报告", [("年度报告", NDBG)]),
    (
        "部门信息公开",
        [
            ("县发展和改革局", "2301"),
            ("县教育局", "2302"),
            ("县司法局", "2303"),
            ("县财政局", "2304"),
        ],
    ),
    ("乡镇信息公开", [("临城镇", "3101"), ("东镇镇", "3102"), ("西竖镇", "3103")]),
]
# The image map of the main menu: (href, coords). The image shows the names; no alt.
MENU = [
    ("/index.html", "0,0,110,46"),
    ("/zjlc/index.jsp", "110,0,230,46"),
    ("/xwzx/index.jsp", "230,0,350,46"),
    ("/xxgk/index.jsp", "350,0,470,46"),
    ("/zwfw/index.jsp", "470,0,590,46"),
    ("/hdjl/index.jsp", "590,0,710,46"),
    ("/ztzl/index.jsp", "710,0,830,46"),
]
# Notices that come back every year or month; `{y}` is the year, `{m}` the month published.
NOTICE_FILLERS = [
    "临城县{y}年公开招聘社区工作者公告",
    "关于临城县城区部分路段临时停水的通知",
    "临城县拟提拔任用县管干部任前公示",
    "临城县{y}年{m}月政府采购意向公开",
    "临城县{y}年度城乡居民医疗保险集中征缴的通告",
    "关于做好森林草原防灭火工作的通知",
    "临城县{y}年农村危房改造补助对象公示",
    "关于临城县城乡低保标准调整的公告",
    "临城县国有建设用地使用权挂牌出让公告（{y}-{m}号）",
    "关于开展安全生产大检查的通知",
    "临城县{y}年耕地地力保护补贴发放公示",
    "临城县{y}年{m}月重点项目建设进展情况",
    "关于规范全县殡葬管理秩序的通告",
    "临城县{y}年义务教育阶段学校招生工作公告",
    "临城县{y}年{m}月环境空气质量状况通报",
]


def art_date(start: date, i: int) -> str:
    """Notices come about every five days, newest first."""
    return (start - timedelta(days=round(i * 5.2))).isoformat()


class OnclickCatalogSite(BlindSite):
    name = "onclick_catalog"
    region = "河北省邢台市临城县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.lists: dict[str, list[tuple[str, str, str]]] = {}
        self.statics: list[tuple[str, str, str]] = []
        self.next_id = 6000
        # The list pages a servlet answers: (list, column id) → page number → HTML.
        self.pages_of: dict[tuple[str, str], dict[int, str]] = {}
        self._catalogue()
        self._notices()
        self._xxgk_index()
        self._home()

    # --- the catalogue -----------------------------------------------------------------------
    def _catalogue(self) -> None:
        fzzf: list[tuple[str, str, str]] = []
        # The 县政府's 2024 report (also on a generated static page, linked from the home page).
        a_path, a_title = (
            "/xxgk/content.jsp?id=5512",
            "临城县人民政府关于2024年度法治政府建设工作情况的报告",
        )
        a_meta = {
            "index_no": f"{CREDIT}/2025-00031",
            "publisher": GOV,
            "written_date": "2025-03-18",
            "doc_no": "临政报〔2025〕4号",
        }
        body = self.gold_report(a_path, "003", a_title, publish_date="2025-03-20", **a_meta)
        html = self._xxgk_detail(a_title, body, "法治政府建设", FZZF, pub="2025-03-20", **a_meta)
        self.page(a_path, html)
        self.page("/xxgk/art/2025/5512.html", html)
        self.aliases["/xxgk/art/2025/5512.html"] = a_path
        # The 县司法局's 2022 report, page 2 of the column.
        d_path, d_title = "/xxgk/content.jsp?id=3187", "临城县司法局2022年度法治政府建设工作报告"
        d_meta = {
            "index_no": "11130522000123987K/2023-00004",
            "publisher": SFJ,
            "written_date": "2023-02-13",
        }
        body = self.gold_report(d_path, "004", d_title, publish_date="2023-02-15", **d_meta)
        self.page(
            d_path,
            self._xxgk_detail(d_title, body, "法治政府建设", FZZF, pub="2023-02-15", **d_meta),
        )
        negatives = [
            ("临城县2025年法治政府建设工作要点", "2025-03-26", GOV_OFFICE),
            (None, None, None),  # the 2024 report
            ("临城县召开2025年法治政府建设推进会暨述法工作会议", "2025-03-05", GOV_OFFICE),
            ("临城县人民政府县长2024年度述法报告", "2025-02-18", GOV),
            ("关于2024年度法治政府建设考核结果的通报", "2025-01-22", GOV_OFFICE),
            ("关于开展第三批河北省法治政府建设示范创建申报工作的通知", "2024-09-10", SFJ),
            ("临城县2024年法治政府建设工作要点", "2024-04-02", GOV_OFFICE),
            ("临城县召开2024年法治政府建设推进会", "2024-03-15", GOV_OFFICE),
            ("临城县2023年度法治政府建设考核结果公示", "2024-01-25", GOV_OFFICE),
            ("关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-11-20", GOV),
            ("临城县2023年法治政府建设工作要点", "2023-04-06", GOV_OFFICE),
            (None, None, None),  # the 司法局's 2022 report
            ("临城县法治政府建设实施方案（2021—2025年）", "2022-06-18", GOV),
        ]
        reports = iter([(a_title, a_path, "2025-03-20"), (d_title, d_path, "2023-02-15")])
        for title, pub, publisher in negatives:
            if title is None:
                fzzf.append(next(reports))
                continue
            fzzf.append(
                self._xxgk_article(title, pub, publisher, ("法治政府建设", FZZF), NEGATIVE_BODY)
            )
        self.lists[FZZF] = fzzf

        ndbg: list[tuple[str, str, str]] = []
        b_path, b_title = (
            "/xxgk/content.jsp?id=4630",
            "关于临城县2023年度法治政府建设工作情况的报告",
        )
        b_meta = {
            "index_no": f"{CREDIT}/2024-00027",
            "publisher": GOV,
            "written_date": "2024-03-25",
        }
        body = self.gold_report(b_path, "000", b_title, publish_date="2024-03-27", **b_meta)
        self.page(
            b_path,
            self._xxgk_detail(b_title, body, "年度报告", NDBG, pub="2024-03-27", **b_meta),
        )
        ndbg.append(
            self._xxgk_article(
                "临城县人民政府2024年政府信息公开工作年度报告",
                "2025-01-20",
                GOV_OFFICE,
                ("年度报告", NDBG),
                FILLER_BODY,
            )
        )
        ndbg.append((b_title, b_path, "2024-03-27"))
        ndbg.append(
            self._xxgk_article(
                "临城县人民政府2023年政府信息公开工作年度报告",
                "2024-01-19",
                GOV_OFFICE,
                ("年度报告", NDBG),
                FILLER_BODY,
            )
        )
        ndbg.append(
            self._xxgk_article(
                "临城县司法局2023年政府信息公开工作年度报告",
                "2024-01-18",
                SFJ,
                ("年度报告", NDBG),
                FILLER_BODY,
            )
        )
        for year in range(2022, 2014, -1):
            ndbg.append(
                self._xxgk_article(
                    f"临城县人民政府{year}年政府信息公开工作年度报告",
                    f"{year + 1}-01-{16 + year % 7}",
                    GOV_OFFICE,
                    ("年度报告", NDBG),
                    FILLER_BODY,
                )
            )
        self.lists[NDBG] = ndbg
        for t, _u, _d in ndbg:
            if "政府信息公开工作年度报告" in t:
                self.negative_titles.append(t)

        for _, columns in TREE:
            for name, cid in columns:
                if cid in self.lists:
                    continue
                items = []
                for k, title in enumerate(self._filler_titles(name, cid)):
                    day = (date(2025, 3, 10) - timedelta(days=37 * k + int(cid) % 11)).isoformat()
                    owner = f"临城{name}" if name.startswith("县") else GOV_OFFICE
                    title = title.format(y=day[:4], q=(int(day[5:7]) + 2) // 3)
                    items.append(self._xxgk_article(title, day, owner, (name, cid), FILLER_BODY))
                self.lists[cid] = items
        for cid, items in self.lists.items():
            pages = max(1, -(-len(items) // XXGK_PAGE_SIZE))
            for n in range(1, pages + 1):
                chunk = items[(n - 1) * XXGK_PAGE_SIZE : n * XXGK_PAGE_SIZE]
                self.pages_of.setdefault(("xxgk", cid), {})[n] = self._xxgk_list(
                    cid, chunk, n, pages
                )
        # The newest catalogue items, for the home page's box (their static pages).
        newest = sorted(
            (it for cid in (FZZF, NDBG, "1202", "1204") for it in self.lists[cid]),
            key=lambda it: it[2],
            reverse=True,
        )[:6]
        for t, u, d in newest:
            static = "/xxgk/art/" + d[:4] + "/" + u.split("=")[1] + ".html"
            if static not in self.sources:
                self.page(static, self.sources[u])
            self.statics.append((t, static, d))

    @staticmethod
    def _filler_titles(name: str, cid: str) -> list[str]:
        """What the catalogue's other columns hold; `{y}` the year, `{q}` the quarter."""
        own = {
            "1201": [
                "临城县人民政府领导工作分工",
                "临城县人民政府办公室主要职责",
                "临城县政府组成部门名单",
            ],
            "1202": [
                "临城县人民政府关于印发临城县城乡环境整治实施方案的通知",
                "临城县人民政府办公室关于进一步加强耕地保护工作的通知",
                "临城县人民政府关于公布{y}年县级行政许可事项清单的决定",
            ],
            "1203": [
                "临城县国民经济和社会发展第十四个五年规划纲要",
                "临城县国土空间总体规划（2021—2035年）",
            ],
            "1204": [
                "临城县{y}年预算执行情况公开",
                "临城县{y}年第{q}季度“三公”经费支出情况",
                "临城县政府债务限额和余额情况",
            ],
            "1206": [
                "临城县{y}年公开招聘事业单位工作人员拟聘用人员公示",
                "临城县人民政府关于任免工作人员的通知",
            ],
            "1207": [
                "对县政协十届三次会议第21号提案的答复",
                "对县人大十七届三次会议第8号建议的答复",
            ],
        }
        if cid in own:
            return own[cid]
        if name.startswith("县"):  # a department
            return [
                f"临城{name}{{y}}年第{{q}}季度政务信息",
                f"临城{name}权责清单",
                f"临城{name}{{y}}年部门预算",
            ]
        return [
            f"{name}{{y}}年第{{q}}季度政务信息",
            f"{name}权责清单",
            f"{name}{{y}}年财政预算公开",
        ]

    def _xxgk_article(
        self, title: str, pub: str, publisher: str, where: tuple[str, str], body: list[str]
    ) -> tuple[str, str, str]:
        column, cid = where
        self.next_id += 7
        path = f"/xxgk/content.jsp?id={self.next_id}"
        meta = {
            "index_no": f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
            "publisher": publisher,
            "written_date": pub,
        }
        self.page(path, self._xxgk_detail(title, body, column, cid, pub=pub, **meta))
        if body is NEGATIVE_BODY:
            self.negative_titles.append(title)
        return title, path, pub

    def _xxgk_detail(
        self,
        title: str,
        body: list[str],
        column: str,
        cid: str,
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str = "",
    ) -> str:
        table = (
            '<table class="xxgk_table" width="100%" border="0" cellspacing="1" cellpadding="0">'
            f'<tr><td class="lab">索&nbsp;引&nbsp;号：</td><td>{esc(index_no)}</td>'
            f'<td class="lab">信息分类：</td><td>{esc(column)}</td></tr>'
            f'<tr><td class="lab">发布机构：</td><td>{esc(publisher)}</td>'
            f'<td class="lab">生成日期：</td><td>{esc(written_date)}</td></tr>'
            f'<tr><td class="lab">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>{esc(doc_no)}</td>'
            f'<td class="lab">发布日期：</td><td>{esc(pub)}</td></tr>'
            f'<tr><td class="lab">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{esc(title)}'
            "</td></tr></table>"
        )
        main = (
            '<div class="xxgk_con">'
            + table
            + f'<div class="con_title">{esc(title)}</div>'
            + '<div class="con_text" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + '<div class="con_bottom">【<a href="javascript:window.print()">打印本页</a>】'
            + '【<a href="javascript:window.close()">关闭窗口</a>】</div></div>'
        )
        crumbs = [("首页", "/index.html"), ("政府信息公开", "/xxgk/index.jsp")]
        return self._frame(title, crumbs, main, here=column)

    def _tree(self, current: str | None) -> str:
        out = []
        for branch, columns in TREE:
            kids = "".join(
                f'<li{CUR if cid == current else ""}><a href="javascript:void(0)" '
                f"onclick=\"showList('{cid}')\">{esc(name)}</a></li>"
                for name, cid in columns
            )
            out.append(
                '<li class="branch open"><a href="javascript:void(0)" class="branch-name" '
                f'onclick="toggleNode(this)">{esc(branch)}</a><ul>{kids}</ul></li>'
            )
        return (
            '<div class="xxgk_left"><div class="tree_tit">信息公开目录</div>'
            f'<ul class="xxgk_tree">{"".join(out)}</ul></div>\n'
            '<script type="text/javascript">\n'
            "function toggleNode(obj){ $(obj).parent().toggleClass('open').children('ul')"
            ".slideToggle(200); }\n"
            "function showList(id){ location.href = '/xxgk/list.jsp?catId=' + id; }\n"
            "</script>\n"
        )

    def _column_name(self, cid: str) -> str:
        return next(name for _, cols in TREE for name, c in cols if c == cid)

    def _xxgk_list(
        self, cid: str, items: list[tuple[str, str, str]], page: int, pages: int
    ) -> str:
        rows = "".join(
            f'<tr onclick="window.open(\'{esc(u)}\')" style="cursor:pointer">'
            f'<td class="xh">{(page - 1) * XXGK_PAGE_SIZE + n + 1}</td>'
            f'<td class="bt" title="{esc(t)}">{esc(t if len(t) <= 22 else t[:21] + "…")}</td>'
            f'<td class="rq">{esc(d)}</td></tr>'
            for n, (t, u, d) in enumerate(items)
        )
        name = self._column_name(cid)
        main = (
            self._tree(cid)
            + '<div class="xxgk_right"><div class="col_tit"><span>'
            + esc(name)
            + "</span></div>"
            + '<table class="xxgk_list" width="100%" cellspacing="0" cellpadding="0">'
            + '<tr class="th"><th width="8%">序号</th><th>名称</th><th width="18%">发布日期</th>'
            + f"</tr>{rows}</table>"
            + self._pager("/xxgk/list.jsp", {"catId": cid}, page, pages)
            + "</div>"
        )
        crumbs = [("首页", "/index.html"), ("政府信息公开", "/xxgk/index.jsp")]
        return self._frame(name, crumbs, main, here=name)

    @staticmethod
    def _pager(action: str, hidden: dict[str, str], page: int, pages: int) -> str:
        def link(text: str, target: int, enabled: bool) -> str:
            if not enabled:
                return f'<span class="disabled">{text}</span>'
            return f'<a href="javascript:void(0)" onclick="goPage({target})">{text}</a>'

        fields = "".join(
            f'<input type="hidden" name="{k}" value="{esc(v)}" />' for k, v in hidden.items()
        )
        return (
            f'<div class="pagebar"><form name="pageForm" id="pageForm" method="post" '
            f'action="{action}">{fields}'
            f'<input type="hidden" name="pageNo" id="pageNo" value="{page}" /></form>'
            + link("首页", 1, page > 1)
            + " "
            + link("上一页", page - 1, page > 1)
            + " "
            + link("下一页", page + 1, page < pages)
            + " "
            + link("尾页", pages, page < pages)
            + f" <span>第{page}/{pages}页</span></div>\n"
            + '<script type="text/javascript">\nfunction goPage(p){\n'
            + "  var f = document.getElementById('pageForm');\n"
            + "  document.getElementById('pageNo').value = p;\n  f.submit();\n}\n</script>\n"
        )

    def _xxgk_index(self) -> None:
        main = (
            self._tree(None)
            + '<div class="xxgk_right"><div class="gk_box"><div class="col_tit"><span>'
            "政府信息公开指南</span></div><p>为了更好地提供政府信息公开服务，根据《中华人民共和国"
            "政府信息公开条例》，编制本指南。需要获得临城县人民政府信息公开服务的公民、法人或者其他"
            "组织，建议阅读本指南。</p></div>"
            '<div class="gk_box"><div class="col_tit"><span>依申请公开</span></div>'
            "<p>受理机构：临城县人民政府办公室　办公地址：临城县临泜路1号　邮政编码：054300</p>"
            "</div></div>"
        )
        self.page(
            "/xxgk/index.jsp",
            self._frame("政府信息公开", [("首页", "/index.html")], main, here="政府信息公开"),
        )

    # --- 通知公告 ----------------------------------------------------------------------------
    def _notices(self) -> None:
        total = NOTICE_PAGES * NOTICE_PAGE_SIZE - 7
        start = date(2025, 3, 24)
        special = {
            3: ("关于召开全县2025年法治政府建设推进会的通知", GOV_OFFICE, NEGATIVE_BODY),
            31: ("关于开展法治政府建设示范创建活动的通知", YFZX, NEGATIVE_BODY),
            62: ("临城县人民政府2023年政府信息公开工作年度报告", GOV_OFFICE, FILLER_BODY),
            77: ("关于对2023年度党政主要负责人述法工作进行评议的通知", YFZX, NEGATIVE_BODY),
            83: (None, YFZX, None),
            97: ("关于召开全县2023年法治政府建设推进会的通知", GOV_OFFICE, NEGATIVE_BODY),
        }
        items: list[tuple[str, str, str]] = []
        for i in range(total):
            nid = 8890 - i * 3
            path = f"/tzgg/content.jsp?id={nid}"
            pub = art_date(start, i)
            title, source, body = special.get(
                i, (NOTICE_FILLERS[i % len(NOTICE_FILLERS)], GOV_OFFICE, FILLER_BODY)
            )
            if title is None:
                title = "临城县2023年法治政府建设工作情况报告"
                body = self.gold_report(path, "001", title, publisher=YFZX, publish_date=pub)
            elif body is NEGATIVE_BODY or "年度报告" in title:
                self.negative_titles.append(title)
            if i not in special:
                title = title.format(y=pub[:4], m=int(pub[5:7]))
            self.page(path, self._notice_detail(title, body, pub, source, nid))
            items.append((title, path, pub))
        self.notice_items = items
        for n in range(1, NOTICE_PAGES + 1):
            chunk = items[(n - 1) * NOTICE_PAGE_SIZE : n * NOTICE_PAGE_SIZE]
            self.pages_of.setdefault(("news", NOTICE_CAT), {})[n] = self._news_list(
                NOTICE_CAT, chunk, n, NOTICE_PAGES
            )
        self._news()

    def _news(self) -> None:
        """临城要闻 and 部门动态: one page each in the news system's template; 新闻中心's boxes."""
        headlines = {
            "10": [
                ("临城县召开县政府第45次常务会议", "2025-03-20"),
                ("县领导督导检查春季农业生产工作", "2025-03-18"),
                ("临城县举办2025年春季就业援助月招聘会", "2025-03-14"),
                ("我县召开优化营商环境工作推进会", "2025-03-11"),
                ("临城县召开2025年法治政府建设推进会暨述法工作会议", "2025-03-05"),
                ("临城县开展“3·15”消费者权益保护宣传活动", "2025-03-15"),
            ],
            "11": [
                ("县司法局召开全县法治政府建设示范创建工作推进会", "2025-03-12"),
                ("县教育局开展春季开学安全大检查", "2025-02-28"),
                ("县市场监管局开展食品安全专项整治", "2025-02-21"),
                ("县司法局举办行政执法人员法治培训班", "2025-01-16"),
            ],
        }
        self.headlines: list[tuple[str, str, str]] = []
        for cid, items in headlines.items():
            slug = NEWS[cid][1].split("/")[2]
            listed = []
            for k, (title, pub) in enumerate(items):
                path = f"/xwzx/{slug}/content.jsp?id={9120 - 11 * k - int(cid)}"
                body = (
                    NEGATIVE_BODY
                    if "法治政府" in title
                    else [f"{title}。会议强调，要认真贯彻落实上级决策部署，扎实推进各项工作落实。"]
                    * 3
                )
                if body is NEGATIVE_BODY:
                    self.negative_titles.append(title)
                self.page(
                    path, self._notice_detail(title, body, pub, "临城县融媒体中心", 9000, cid=cid)
                )
                listed.append((title, path, pub))
            listed.sort(key=lambda it: it[2], reverse=True)
            self.pages_of[("news", cid)] = {1: self._news_list(cid, listed, 1, 1)}
            if cid == "10":
                self.headlines = listed
        boxes = "".join(
            f'<div class="xw_box"><div class="box_tit"><span>{esc(name)}</span>'
            f'<a class="more" href="{url}">更多&gt;&gt;</a></div></div>'
            for name, url in NEWS.values()
        )
        self.page(
            "/xwzx/index.jsp",
            self._frame("新闻中心", [("首页", "/index.html")], boxes, here="新闻中心"),
        )

    def _notice_detail(
        self, title: str, body: list[str], pub: str, source: str, nid: int, *, cid: str = "12"
    ) -> str:
        main = (
            '<div class="news_con"><h1>'
            + esc(title)
            + "</h1>"
            + f'<div class="news_info">发布时间：{esc(pub)}&nbsp;&nbsp;来源：{esc(source)}'
            + '&nbsp;&nbsp;浏览次数：<span id="hits"></span>'
            + f'<script src="/tzgg/hits.jsp?id={nid}"></script></div>'
            + '<div class="news_text" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [("首页", "/index.html"), ("新闻中心", "/xwzx/index.jsp"), NEWS[cid]]
        return self._frame(title, crumbs, main, here=None)

    def _news_list(
        self, cid: str, items: list[tuple[str, str, str]], page: int, pages: int
    ) -> str:
        rows = "".join(
            f'<li data-href="{esc(u)}"><span class="tit">{esc(t)}</span>'
            f'<span class="date">{esc(d)}</span></li>'
            for t, u, d in items
        )
        main = (
            '<div class="news_left"><div class="left_tit">新闻中心</div><ul>'
            + "".join(
                f'<li{CUR if c == cid else ""}><a href="{u}">{esc(n)}</a></li>'
                for c, (n, u) in NEWS.items()
            )
            + "</ul></div>"
            f'<div class="news_right"><div class="col_tit"><span>{esc(NEWS[cid][0])}</span></div>'
            f'<ul class="newslist">{rows}</ul>'
            + self._pager(NEWS[cid][1], {}, page, pages)
            + "</div>"
            '<script type="text/javascript">\n$(function(){\n'
            "  $('.newslist li').on('click', function(){ window.open($(this).data('href')); });\n"
            "});\n</script>\n"
        )
        return self._frame(
            NEWS[cid][0],
            [("首页", "/index.html"), ("新闻中心", "/xwzx/index.jsp")],
            main,
            here=NEWS[cid][0],
        )

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == "/xxgk/list.jsp" or hit.path in NEWS_LISTS:
            params = dict(parse_qsl(hit.query, keep_blank_values=True))
            if hit.method == "POST":
                params.update(
                    parse_qsl(hit.body.decode("ascii", "replace"), keep_blank_values=True)
                )
            key = (
                ("xxgk", params.get("catId", ""))
                if hit.path.startswith("/xxgk")
                else ("news", params.get("catid", ""))
            )
            pages = self.pages_of.get(key)
            if not pages:
                return html_reply(
                    "<html><body><p>栏目不存在或已删除！</p></body></html>", status=200
                )
            raw = params.get("pageNo", "1")
            n = int(raw) if raw.isdigit() else 1
            n = min(max(n, 1), len(pages))
            return html_reply(pages[n])
        return super().dynamic(hit)

    # --- home ----------------------------------------------------------------------------------
    def _home(self) -> None:
        news = [(t, u) for t, u, _ in self.headlines[:5]]

        def box(items: list[tuple[str, str, str]]) -> str:
            return "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">'
                f"{esc(t if len(t) <= 20 else t[:19] + '…')}</a><span>{esc(d[5:])}</span></li>"
                for t, u, d in items
            )

        main = (
            '<div class="home_row">'
            f'<div class="focus"><a href="{news[0][1]}">'
            '<img src="/upload/2025/03/20250321095812.jpg" alt="" width="420" height="280" /></a>'
            "</div>"
            '<div class="home_news"><div class="box_tit"><span class="on">临城要闻</span></div><ul>'
            + "".join(f'<li><a href="{u}" target="_blank">{esc(t)}</a></li>' for t, u in news)
            + "</ul></div>"
            '<div class="home_tzgg"><div class="box_tit"><span>通知公告</span>'
            f'<a class="more" href="{NOTICE_LIST}" target="_blank">更多&gt;&gt;</a></div><ul>'
            + box(self.notice_items[:7])
            + "</ul></div></div>"
            '<div class="home_row">'
            '<div class="zfxxgk_rk"><a href="/xxgk/index.jsp" target="_blank">'
            '<img src="/images/zfxxgk_rk.jpg" alt="" width="300" height="96" border="0" /></a></div>'
            '<div class="home_zxgk"><div class="box_tit"><span>最新公开</span></div>'
            '<div id="scrollBox"><ul>' + box(self.statics) + "</ul></div>"
            "<script>new Marquee('scrollBox', 0, 1, 300, 180, 40, 0, 0);</script></div>"
            + fu.interaction_sidebar()
            + "</div>"
            '<div class="home_links"><select onchange="if(this.value)window.open(this.value)">'
            '<option value="">-- 县区政府网站 --</option>'
            '<option value="http://www.xingtai.gov.cn/">邢台市人民政府</option>'
            '<option value="http://www.neiqiu.gov.cn/">内丘县人民政府</option></select></div>'
        )
        html = self._frame(SITE, [], main, here=None)
        self.page("/", html)
        self.page("/index.html", html)

    # --- pages -------------------------------------------------------------------------------
    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, here: str | None
    ) -> str:
        areas = "".join(f'<area shape="rect" coords="{c}" href="{u}" />' for u, c in MENU)
        location = fu.crumbs(crumbs, label="您现在的位置：") if crumbs else ""
        if crumbs and here:
            # The current column is named, not linked.
            tail = f"&nbsp;&gt;&nbsp;<span>{esc(here)}</span></div>\n"
            location = location.replace("</div>\n", tail)
        head_title = SITE if title == SITE else f"{title}-{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={})
            + fu.access_toolbar(SITE)
            + '<div class="header"><div class="wrap"><img src="/images/top_banner.jpg" '
            f'alt="{SITE}" width="1000" height="150" /></div></div>'
            + '<div class="menu"><img src="/images/menu.gif" width="830" height="46" '
            + f'usemap="#MenuMap" border="0" /><map name="MenuMap" id="MenuMap">{areas}</map></div>'
            + '<div class="main wrap">'
            + location
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="冀ICP备05012345号",
                police="冀公网安备 13052202000118号",
                code=CODE,
                address="河北省邢台市临城县临泜路1号",
            )
            + "</body></html>"
        )

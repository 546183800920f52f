"""A Guizhou county portal (锦屏县) whose home page is a heavy image/JS design, so that the few
plain links on it lead almost nowhere, and whose HTML 网站地图 is the only page listing every
column as plain links:

- home: a full-screen banner carousel (`<div class="swiper-slide" onclick="location.href=…">`
  with background images), icon tiles drawn as `<div class="tile" onclick="window.open(…)">`
  (政务公开, 政府信息公开, 互动交流, 政务服务), a top menu written from an inline JSON object
  (`var navData = {…}`) by an inline script into `<ul id="nav"></ul>`, three 锦屏要闻
  headlines and a 通知公告 ticker as plain links, a footer whose `网站地图` link is
  `/wzdt/index.html`; every page carries the same JSON menu and a `站内搜索` form
  (`/search.jsp?q=`);
- the column pages' left navigation is rendered from the same JSON (`<ul id="subNav">`), so
  no plain link on a column page names a sibling column; section landing pages (reached by the
  tiles) show boxes of a few columns (要闻, 通知公告, 政策文件, 解读; 指南, 制度, 年报), never
  法治政府建设;
- 网站地图 (`/wzdt/index.html`): 72 columns in a nested `<dl><dt><dd><ul>` tree in sections
  政务公开 / 政府信息公开 (法定主动公开内容 with children) / 部门 (23 departments) / 乡镇 (15) /
  互动交流 / 政务服务;
- 政务公开 → 法治政府建设 (`/zwgk/fzzfjs/index.html`, `index_2.html`; 15 a page): the 县政府's
  2024 report and 2023 report on page 1, its 2020 `工作开展情况` on page 2, each with an
  信息公开 grid (索引号, 信息分类, 发布机构, 成文日期, 文号, 发布日期); the 2023 one's info line
  names the 县司法局 as 来源 while 发布机构 is the 县政府; beside them 工作要点 (four years),
  a 会议通知, 一图读懂, 述法, 考核通报, 行政复议 figures, a 督察整改 report, 示范创建 方案,
  the 2021-2025 实施方案, the 八五普法 plan, 重大行政决策目录, 执法数据;
- 部门 → 县司法局 (`/bm/sfj/index.html`): the 司法局's 2024 report in the notice template
  (`发布时间：… 来源：…`, no grid), beside 普法 要点, a 信息公开年报, 述法, 工作总结, 八五普法
  中期评估报告, notices;
- 政府信息公开年报 holds 2019-2024 信息公开工作年度报告; 政府常务会议 a 纪要 and 本县要闻 a
  headline saying the 常务会议 听取 the 2024 report;
- `/search.jsp?q=…&page=N`: results (title highlighted with `<em>`, snippet, URL, date), 10 a
  page, over titles and texts of every article (most of the query's bigrams present; title hits
  first, then newest first). The crawler is free to use it or not.

Article pages: breadcrumb, `<h1>`, 发布时间/来源/浏览次数/字体 line, `#zoom` text, 打印/关闭,
分享到, 上一篇/下一篇, 相关文章, the 政府网站找错 badge, a footer with ICP/公网安备/网站标识码.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import parse_qsl, quote

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "锦屏县人民政府"
CODE = "5226280001"
CREDIT = "11522628009410553X"
GOV = "锦屏县人民政府"
GOV_OFFICE = "锦屏县人民政府办公室"
SFJ = "锦屏县司法局"
PER_PAGE = 15
SEARCH_PER_PAGE = 10

# (section name, landing path, [(column, path, children)])
Col = tuple[str, str, list[tuple[str, str]]]
SECTIONS: list[tuple[str, str, list[Col]]] = [
    (
        "政务公开",
        "/zwgk/index.html",
        [
            ("本县要闻", "/zwgk/bxyw/", []),
            ("部门动态", "/zwgk/bmdt/", []),
            ("乡镇动态", "/zwgk/xzdt/", []),
            ("通知公告", "/zwgk/tzgg/", []),
            ("政策文件", "/zwgk/zcwj/", []),
            ("政策解读", "/zwgk/zcjd/", []),
            ("人事信息", "/zwgk/rsxx/", []),
            ("规划计划", "/zwgk/ghjh/", []),
            ("财政资金", "/zwgk/czzj/", []),
            ("重大项目", "/zwgk/zdxm/", []),
            ("法治政府建设", "/zwgk/fzzfjs/", []),
            ("建议提案办理", "/zwgk/jytabl/", []),
            ("政府常务会议", "/zwgk/zfcwhy/", []),
            ("应急管理", "/zwgk/yjgl/", []),
            ("审计公告", "/zwgk/sjgg/", []),
        ],
    ),
    (
        "政府信息公开",
        "/xxgk/index.html",
        [
            ("政府信息公开指南", "/xxgk/zn/", []),
            ("政府信息公开制度", "/xxgk/zd/", []),
            (
                "法定主动公开内容",
                "/xxgk/fdzdgknr/",
                [
                    ("机构信息", "/xxgk/fdzdgknr/jgxx/"),
                    ("行政许可", "/xxgk/fdzdgknr/xzxk/"),
                    ("行政处罚", "/xxgk/fdzdgknr/xzcf/"),
                    ("财政信息", "/xxgk/fdzdgknr/czxx/"),
                    ("统计信息", "/xxgk/fdzdgknr/tjxx/"),
                ],
            ),
            ("政府信息公开年报", "/xxgk/ndbg/", []),
            ("依申请公开", "/xxgk/ysqgk/", []),
        ],
    ),
    (
        "部门",
        "/bm/index.html",
        [
            (f"县{n}", f"/bm/{s}/", [])
            for n, s in [
                ("发展和改革局", "fgj"),
                ("教育局", "jyj"),
                ("工业和信息化局", "gxj"),
                ("公安局", "gaj"),
                ("民政局", "mzj"),
                ("司法局", "sfj"),
                ("财政局", "czj"),
                ("人力资源和社会保障局", "rsj"),
                ("自然资源局", "zrzyj"),
                ("住房和城乡建设局", "zjj"),
                ("交通运输局", "jtysj"),
                ("水务局", "swj"),
                ("农业农村局", "nyncj"),
                ("商务局", "sswj"),
                ("文体广电旅游局", "wtgllj"),
                ("卫生健康局", "wjj"),
                ("退役军人事务局", "tyjrswj"),
                ("应急管理局", "yjglj"),
                ("审计局", "sjj"),
                ("市场监督管理局", "scjgj"),
                ("统计局", "tjj"),
                ("医疗保障局", "ybj"),
                ("林业局", "lyj"),
            ]
        ],
    ),
    (
        "乡镇",
        "/xz/index.html",
        [
            (n, f"/xz/{s}/", [])
            for n, s in [
                ("三江镇", "sjz"),
                ("茅坪镇", "mpz"),
                ("敦寨镇", "dzz"),
                ("启蒙镇", "qmz"),
                ("平秋镇", "pqz"),
                ("铜鼓镇", "tgz"),
                ("平略镇", "plz"),
                ("大同乡", "dtx"),
                ("新化乡", "xhx"),
                ("隆里乡", "llx"),
                ("钟灵乡", "zlx"),
                ("偶里乡", "olx"),
                ("固本乡", "gbx"),
                ("河口乡", "hkx"),
                ("彦洞乡", "ydx"),
            ]
        ],
    ),
    (
        "互动交流",
        "/hdjl/index.html",
        [
            ("县长信箱", "/hdjl/xzxx/", []),
            ("在线咨询", "/hdjl/zxzx/", []),
            ("征集调查", "/hdjl/zjdc/", []),
            ("在线访谈", "/hdjl/zxft/", []),
            ("热点回应", "/hdjl/rdhy/", []),
        ],
    ),
    (
        "政务服务",
        "/zwfw/index.html",
        [
            ("办事指南", "/zwfw/bszn/", []),
            ("便民服务", "/zwfw/bmfw/", []),
            ("公共服务", "/zwfw/ggfw/", []),
            ("营商环境", "/zwfw/yshj/", []),
        ],
    ),
]
FZZF = "/zwgk/fzzfjs/"
SFJ_COL = "/bm/sfj/"
NAV_JSON = "/js/navdata.json"


@dataclass
class Article:
    path: str
    col: str
    title: str
    pub: str  # YYYY-MM-DD HH:MM:SS
    source: str
    body: list[str]
    grid: dict[str, str] | None  # the 信息公开 grid, or None for the notice template


def _all_columns() -> list[tuple[str, str, str]]:
    """(section, column name, column path) for every column, children included."""
    out = []
    for section, _landing, cols in SECTIONS:
        for name, path, kids in cols:
            out.append((section, name, path))
            out.extend((section, kname, kpath) for kname, kpath in kids)
    return out


class SiteMapPageCountySite(BlindSite):
    name = "site_map_page_county"
    region = "贵州省黔东南苗族侗族自治州锦屏县"
    # The menu's JSON written into every page (else fetched from NAV_JSON by `$.getJSON`).
    inline_nav = True

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 41207
        self.articles: dict[str, Article] = {}
        self.by_col: dict[str, list[Article]] = {}
        self.columns = {path: (section, name) for section, name, path in _all_columns()}
        self._fzzf()
        self._sfj()
        self._others()
        for col, items in self.by_col.items():
            items.sort(key=lambda a: a.pub, reverse=True)
            self._render_column(col, items)
        for art in self.articles.values():
            self.page(art.path, self._article_page(art))
        for section, landing, cols in SECTIONS:
            self.page(landing, self._landing(section, landing, cols))
        for col in self.columns:
            if col not in self.by_col:
                self._render_column(col, [])
        self._site_map()
        self._home()
        self._misc()
        if not self.inline_nav:
            self.pages[NAV_JSON] = Reply(
                200, self._nav_json().encode(), {"Content-Type": "application/json;charset=UTF-8"}
            )

    # --- content -------------------------------------------------------------------------
    def _add(
        self,
        col: str,
        title: str,
        pub: str,
        source: str,
        body: list[str],
        *,
        grid: dict[str, str] | None = None,
        negative: bool = False,
    ) -> Article:
        self.next_id += 3 + len(title) % 7
        if len(pub) == 10:
            pub = f"{pub} {9 + self.next_id % 8:02d}:{self.next_id % 60:02d}:{(self.next_id * 7) % 60:02d}"
        art = Article(f"{col}content_{self.next_id}.html", col, title, pub, source, body, grid)
        self.articles[art.path] = art
        self.by_col.setdefault(col, []).append(art)
        if negative:
            self.negative_titles.append(title)
        return art

    def _grid(
        self, col: str, pub: str, publisher: str, seq: int, *, written: str = "", doc_no: str = ""
    ) -> dict[str, str]:
        return {
            "索 引 号": f"{CREDIT}/{pub[:4]}-{seq:05d}",
            "信息分类": self.columns[col][1],
            "发布机构": publisher,
            "成文日期": written or pub[:10],
            "文　　号": doc_no,
            "发布日期": pub[:10],
        }

    def _gold(
        self,
        col: str,
        seed: str,
        title: str,
        pub: str,
        source: str,
        *,
        grid: dict[str, str] | None,
    ) -> None:
        art = self._add(col, title, pub, source, [], grid=grid)
        if grid is not None:
            body = self.gold_report(
                art.path,
                seed,
                title,
                publisher=grid["发布机构"],
                publish_date=grid["发布日期"],
                index_no=grid["索 引 号"],
                written_date=grid["成文日期"],
                doc_no=grid["文　　号"] or None,
            )
        else:
            body = self.gold_report(art.path, seed, title, publisher=source, publish_date=pub[:10])
        art.body = body

    def _fzzf(self) -> None:
        col = FZZF

        def neg(title: str, pub: str, seq: int, publisher: str = GOV_OFFICE) -> None:
            self._add(
                col,
                title,
                pub,
                publisher,
                NEGATIVE_BODY,
                grid=self._grid(col, pub, publisher, seq),
                negative=True,
            )

        neg("锦屏县2025年法治政府建设工作要点", "2025-04-08", 52)
        neg("关于召开全县2025年法治政府建设暨依法行政工作会议的通知", "2025-04-01", 49)
        neg("一图读懂｜锦屏县人民政府关于2024年度法治政府建设情况的报告", "2025-03-31", 47)
        self._gold(
            col,
            "003",
            "锦屏县人民政府关于2024年度法治政府建设情况的报告",
            "2025-03-28 16:02:11",
            GOV,
            grid=self._grid(
                col, "2025-03-28", GOV, 41, written="2025-03-25", doc_no="锦府报〔2025〕9号"
            ),
        )
        neg("锦屏县人民政府县长2024年度述法报告", "2025-03-20", 37, GOV)
        neg("关于2024年度法治政府建设考核结果的通报", "2025-02-26", 25)
        neg("锦屏县2024年度行政复议和行政应诉工作情况", "2025-02-10", 19, SFJ)
        neg("关于法治政府建设督察反馈问题整改情况的报告", "2024-11-15", 233, GOV)
        neg("锦屏县关于开展法治政府建设示范创建活动的实施方案", "2024-08-09", 171)
        neg("锦屏县2024年法治政府建设工作要点", "2024-04-12", 66)
        self._gold(
            col,
            "000",
            "锦屏县2023年度法治政府建设工作报告",
            "2024-03-27 10:41:05",
            SFJ,  # the info line's 来源; the grid's 发布机构 is the 县政府
            grid=self._grid(col, "2024-03-27", GOV, 37, written="2024-03-22"),
        )
        neg("锦屏县重大行政决策事项目录（2024年度）", "2024-03-05", 28)
        neg("锦屏县2023年度行政执法数据公开", "2024-01-30", 12, SFJ)
        neg("锦屏县法治政府建设实施方案（2021-2025年）", "2022-01-18", 9)
        neg("锦屏县2023年法治政府建设工作要点", "2023-04-06", 58)
        # page 2
        neg("锦屏县2022年法治政府建设工作要点", "2022-04-15", 61)
        neg("锦屏县法治宣传教育第八个五年规划（2021-2025年）", "2021-11-30", 203, SFJ)
        neg("锦屏县2021年法治政府建设工作要点", "2021-04-20", 57)
        self._gold(
            col,
            "004",
            "锦屏县2020年度法治政府建设工作开展情况",
            "2021-01-20 15:26:40",
            GOV_OFFICE,
            grid=self._grid(col, "2021-01-20", GOV_OFFICE, 8, written="2021-01-18"),
        )
        neg("锦屏县2020年依法行政工作要点", "2020-05-06", 44)
        neg("关于调整锦屏县全面依法治县委员会组成人员的通知", "2019-03-12", 21)

    def _sfj(self) -> None:
        col = SFJ_COL

        def neg(title: str, pub: str) -> None:
            self._add(col, title, pub, SFJ, NEGATIVE_BODY, negative=True)

        neg("锦屏县司法局2025年普法依法治理工作要点", "2025-03-14")
        self._gold(
            col,
            "001",
            "锦屏县司法局2024年度法治政府建设工作报告",
            "2025-02-18 10:21:36",
            SFJ,
            grid=None,
        )
        neg("锦屏县司法局2024年度政府信息公开工作年度报告", "2025-01-20")
        neg("锦屏县司法局党组书记、局长2024年度述法报告", "2025-01-10")
        neg("锦屏县司法局2024年工作总结及2025年工作计划", "2024-12-30")
        self._add(col, "关于开展2024年“宪法宣传周”活动的通知", "2024-11-28", SFJ, FILLER_BODY)
        neg("锦屏县“八五”普法规划实施情况中期评估报告", "2024-06-20")
        self._add(col, "锦屏县司法局行政执法事项清单", "2024-05-08", SFJ, FILLER_BODY)
        self._add(col, "锦屏县司法局机构职能", "2024-01-05", SFJ, FILLER_BODY)

    def _others(self) -> None:
        # 政府信息公开年报
        for year in range(2024, 2018, -1):
            pub = f"{year + 1}-01-{15 + year % 9:02d}"
            self._add(
                "/xxgk/ndbg/",
                f"锦屏县人民政府{year}年政府信息公开工作年度报告",
                pub,
                GOV_OFFICE,
                FILLER_BODY,
                grid=self._grid("/xxgk/ndbg/", pub, GOV_OFFICE, 3 + year % 5),
                negative=True,
            )
        news = [
            (
                "/zwgk/bxyw/",
                "县政府召开第48次常务会议 听取2024年度法治政府建设情况报告",
                "2025-03-21",
            ),
            ("/zwgk/bxyw/", "锦屏县召开2025年春耕生产暨森林防火工作会议", "2025-03-18"),
            ("/zwgk/bxyw/", "县领导督导检查“两会”期间安全生产工作", "2025-03-05"),
            ("/zwgk/bxyw/", "锦屏县举办2025年“春风行动”暨就业援助月招聘会", "2025-02-12"),
            ("/zwgk/zfcwhy/", "锦屏县人民政府第48次常务会议纪要", "2025-03-24"),
            ("/zwgk/zfcwhy/", "锦屏县人民政府第47次常务会议纪要", "2025-03-03"),
            ("/zwgk/tzgg/", "锦屏县2025年春季森林防火禁火令", "2025-03-01"),
            ("/zwgk/tzgg/", "关于开展2025年度法治政府建设示范创建申报工作的通知", "2025-02-20"),
            ("/zwgk/tzgg/", "锦屏县2025年公开招聘城镇公益性岗位人员公告", "2025-02-08"),
            ("/zwgk/zcwj/", "锦屏县人民政府关于印发锦屏县国土空间总体规划的通知", "2025-01-14"),
            ("/zwgk/zcwj/", "锦屏县人民政府办公室关于进一步加强耕地保护工作的通知", "2024-12-02"),
            ("/zwgk/zcjd/", "《锦屏县2025年法治政府建设工作要点》政策解读", "2025-04-09"),
            ("/zwgk/zcjd/", "一图读懂锦屏县耕地保护工作措施", "2024-12-03"),
        ]
        for col, title, pub in news:
            hard = "法治" in title
            self._add(
                col,
                title,
                pub,
                "锦屏县融媒体中心" if col == "/zwgk/bxyw/" else GOV_OFFICE,
                NEGATIVE_BODY if hard else FILLER_BODY,
                negative=hard,
            )
        start = date(2025, 3, 27)
        k = 0
        for section, name, path in _all_columns():
            if path in self.by_col or path == "/xxgk/fdzdgknr/":
                continue
            k += 1
            unit = name.replace("县", "锦屏县", 1) if section == "部门" else name
            if section == "乡镇":
                unit = f"锦屏县{name}"
            for j, suffix in enumerate(["2025年第一季度工作动态", "2024年度重点工作完成情况"]):
                pub = (start - timedelta(days=5 * k + 40 * j)).isoformat()
                if section in ("部门", "乡镇"):
                    title = f"{unit}{suffix}"
                else:
                    title = f"锦屏县{name}（{'2025年第一季度' if j == 0 else '2024年度'}）"
                self._add(
                    path, title, pub, unit if section != "政务公开" else GOV_OFFICE, FILLER_BODY
                )

    # --- furniture -----------------------------------------------------------------------
    def _nav_json(self) -> str:
        menu: list[dict[str, object]] = [{"name": "首页", "url": "/index.html"}]
        for section, landing, cols in SECTIONS:
            children = []
            for name, path, kids in cols:
                child: dict[str, object] = {"name": name, "url": f"{path}index.html"}
                if kids:
                    child["children"] = [{"name": n, "url": f"{p}index.html"} for n, p in kids]
                children.append(child)
            menu.append({"name": section, "url": landing, "children": children})
        return json.dumps({"site": SITE, "menu": menu}, ensure_ascii=False)

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        meta: dict[str, str] | None = None,
        section: str = "",
    ) -> str:
        head_title = SITE if title == SITE else f"{title}-{SITE}"
        location = fu.crumbs(crumbs, label="当前位置：") if crumbs else ""
        if self.inline_nav:
            load, done = f"var navData = {self._nav_json()};\n(function(){{\n", "})();\n"
        else:  # the menu asked for as JSON when the page is ready
            load = f"$.getJSON('{NAV_JSON}', function(navData){{\n"
            done = "});\n"
        script = (
            '<script type="text/javascript">\n'
            + load
            + (
                "  var html = '', menu = navData.menu;\n"
                "  for (var i = 0; i < menu.length; i++) {\n"
                "    var m = menu[i];\n"
                "    html += '<li class=\"nav-item\"><a href=\"' + m.url + '\">' + m.name + '</a>';\n"
                "    if (m.children) {\n"
                "      html += '<div class=\"nav-sub\"><ul>';\n"
                "      for (var j = 0; j < m.children.length; j++) {\n"
                "        var c = m.children[j];\n"
                "        html += '<li><a href=\"' + c.url + '\" target=\"_blank\">' + c.name + '</a></li>';\n"
                "      }\n"
                "      html += '</ul></div>';\n"
                "    }\n"
                "    html += '</li>';\n"
                "  }\n"
                "  document.getElementById('nav').innerHTML = html;\n"
                "  var sub = document.getElementById('subNav');\n"
                "  if (sub) {\n"
                "    var key = sub.getAttribute('data-section'), out = '';\n"
                "    for (var i = 0; i < menu.length; i++) {\n"
                "      if (menu[i].name !== key || !menu[i].children) continue;\n"
                "      for (var j = 0; j < menu[i].children.length; j++) {\n"
                "        var c = menu[i].children[j];\n"
                "        var on = location.pathname.indexOf(c.url.replace('index.html', '')) === 0;\n"
                "        out += '<li' + (on ? ' class=\"on\"' : '') + '><a href=\"' + c.url + '\">' + c.name + '</a></li>';\n"
                "      }\n"
                "    }\n"
                "    sub.innerHTML = out;\n"
                "  }\n"
            )
            + done
            + "</script>\n"
        )
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta=meta or {})
            + fu.access_toolbar(SITE)
            + '<div class="header"><div class="wrap"><a class="logo" href="/index.html">'
            f'<img src="/images/logo.png" alt="{SITE}" /></a>'
            '<div class="search"><form id="searchForm" action="/search.jsp" method="get" '
            'target="_blank"><input type="text" name="q" class="s-input" placeholder="请输入关键字" />'
            '<button type="submit" class="s-btn">站内搜索</button></form></div></div></div>\n'
            '<div class="nav-wrap"><div class="wrap"><ul id="nav" class="nav"></ul></div></div>\n'
            + ('<div class="main wrap">' + location + main + "</div>\n")
            + script
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="黔ICP备13003671号-1",
                police="黔公网安备 52262802000103号",
                code=CODE,
                address="贵州省黔东南州锦屏县三江镇飞山路2号",
            )
            .replace('href="/wzdt/"', 'href="/wzdt/index.html"')
            .replace('href="/lxwm/"', 'href="/lxwm/index.html"')
            .replace('href="/wzsm/"', 'href="/wzsm/index.html"')
            .replace('href="/sybz/"', 'href="/sybz/index.html"')
            + "</body></html>"
        )

    def _crumbs(self, col: str) -> list[tuple[str, str]]:
        section, name = self.columns[col]
        landing = next(lp for s, lp, _ in SECTIONS if s == section)
        crumbs = [("首页", "/index.html"), (section, landing)]
        if col.count("/") > 3:  # a child of 法定主动公开内容
            parent = col.rsplit("/", 2)[0] + "/"
            crumbs.append((self.columns[parent][1], f"{parent}index.html"))
        crumbs.append((name, f"{col}index.html"))
        return crumbs

    # --- pages ---------------------------------------------------------------------------
    def _render_column(self, col: str, items: list[Article]) -> None:
        section, name = self.columns[col]
        pages = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        total = len(pages)
        for n, chunk in enumerate(pages, 1):
            rows = "".join(
                f'<li><a href="{esc(a.path)}" target="_blank" title="{esc(a.title)}">'
                f'{esc(a.title)}</a><span class="date">{a.pub[:10]}</span></li>\n'
                for a in chunk
            )
            if not chunk:
                kids = next(
                    (k for _s, _l, cols in SECTIONS for nm, p, k in cols if p == col and k), []
                )
                rows = (
                    "".join(f'<li><a href="{p}index.html">{esc(kn)}</a></li>' for kn, p in kids)
                    or '<li class="empty">暂无信息</li>'
                )

            def link(k: int) -> str:
                return "index.html" if k == 1 else f"index_{k}.html"

            pager = ""
            if total > 1:
                parts = [f"共{len(items)}条 第{n}/{total}页"]
                parts.append(
                    f'<a href="{link(1)}">首页</a>'
                    + (f'<a href="{link(n - 1)}">上一页</a>' if n > 1 else "<span>上一页</span>")
                )
                for k in range(1, total + 1):
                    parts.append(
                        f'<span class="current">{k}</span>'
                        if k == n
                        else f'<a href="{link(k)}">{k}</a>'
                    )
                parts.append(
                    (f'<a href="{link(n + 1)}">下一页</a>' if n < total else "<span>下一页</span>")
                    + f'<a href="{link(total)}">尾页</a>'
                )
                pager = f'<div class="pagination">{" ".join(parts)}</div>'
            main = (
                f'<div class="side"><div class="side-tit">{esc(section)}</div>'
                f'<ul id="subNav" class="sub-nav" data-section="{esc(section)}"></ul></div>'
                f'<div class="content"><div class="list-tit"><span>{esc(name)}</span></div>'
                f'<ul class="news-list">\n{rows}</ul>{pager}</div>'
            )
            crumbs = self._crumbs(col)  # its last part is the column itself
            self.page(
                f"{col}{link(n)}",
                self._frame(name, crumbs, main, meta={"ColumnName": name}),
            )
        self.page(col, self.pages[f"{col}index.html"].body.decode("utf-8"))

    def _article_page(self, art: Article) -> str:
        col_items = self.by_col[art.col]
        i = col_items.index(art)
        prev = col_items[i - 1] if i > 0 else None
        nxt = col_items[i + 1] if i + 1 < len(col_items) else None
        grid = ""
        if art.grid is not None:
            cells = "".join(
                f"<li><label>{esc(k)}：</label><span>{esc(v)}</span></li>"
                for k, v in art.grid.items()
            )
            grid = f'<div class="xxgk-info"><ul class="clearfix">{cells}</ul></div>'
        related = [a for a in col_items if a is not art][:5]
        main = (
            '<div class="article">'
            + grid
            + f'<h1 class="art-title">{esc(art.title)}</h1>'
            + f'<div class="art-info"><span>发布时间：{esc(art.pub)}</span>'
            f"<span>来源：{esc(art.source)}</span>"
            '<span>浏览次数：<em id="hits"><script>getHits()</script></em></span>'
            '<span class="font">字体：[<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span>'
            "</div>"
            + '<div class="art-con" id="zoom">\n'
            + fu.paragraphs(art.body)
            + "\n</div>"
            + fu.article_tools()
            + '<div class="prev-next">'
            + (
                f'<p>上一篇：<a href="{esc(prev.path)}">{esc(prev.title)}</a></p>'
                if prev
                else "<p>上一篇：没有了</p>"
            )
            + (
                f'<p>下一篇：<a href="{esc(nxt.path)}">{esc(nxt.title)}</a></p>'
                if nxt
                else "<p>下一篇：没有了</p>"
            )
            + "</div>"
            + '<div class="related"><h3>相关文章</h3><ul>'
            + "".join(
                f'<li><a href="{esc(a.path)}" target="_blank">{esc(a.title)}</a>'
                f"<span>{a.pub[:10]}</span></li>"
                for a in related
            )
            + "</ul></div></div>"
        )
        meta = {
            "ColumnName": self.columns[art.col][1],
            "ArticleTitle": art.title,
            "PubDate": art.pub[:16],
            "ContentSource": art.source,
        }
        return self._frame(art.title, self._crumbs(art.col), main, meta=meta)

    def _landing(self, section: str, landing: str, cols: list[Col]) -> str:
        boxes_for = {
            "政务公开": ["/zwgk/bxyw/", "/zwgk/tzgg/", "/zwgk/zcwj/", "/zwgk/zcjd/"],
            "政府信息公开": ["/xxgk/zn/", "/xxgk/zd/", "/xxgk/ndbg/"],
            "互动交流": ["/hdjl/xzxx/", "/hdjl/rdhy/"],
            "政务服务": ["/zwfw/bszn/", "/zwfw/bmfw/"],
        }
        if section in boxes_for:
            boxes = "".join(
                f'<div class="l-box"><div class="l-tit"><span>{esc(self.columns[c][1])}</span>'
                f'<a class="more" href="{c}index.html">更多&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(a.path)}" target="_blank">{esc(a.title)}</a>'
                    f"<span>{a.pub[5:10]}</span></li>"
                    for a in self.by_col.get(c, [])[:6]
                )
                + "</ul></div>"
                for c in boxes_for[section]
            )
        else:  # 部门, 乡镇: a grid of units
            boxes = (
                '<div class="unit-grid"><ul>'
                + "".join(
                    f'<li><a href="{p}index.html" target="_blank">{esc(n)}</a></li>'
                    for n, p, _k in cols
                )
                + "</ul></div>"
            )
        main = f'<div class="landing"><h2 class="l-head">{esc(section)}</h2>{boxes}</div>'
        return self._frame(section, [("首页", "/index.html"), (section, landing)], main)

    def _site_map(self) -> None:
        dls = []
        for section, landing, cols in SECTIONS:
            lis = []
            for name, path, kids in cols:
                sub = ""
                if kids:
                    sub = (
                        '<ul class="map-sub">'
                        + "".join(
                            f'<li><a href="{p}index.html" target="_blank">{esc(n)}</a></li>'
                            for n, p in kids
                        )
                        + "</ul>"
                    )
                lis.append(
                    f'<li><a href="{path}index.html" target="_blank">{esc(name)}</a>{sub}</li>'
                )
            dls.append(
                f'<dl class="map-sec"><dt><a href="{landing}" target="_blank">{esc(section)}</a>'
                f'</dt><dd><ul class="clearfix">{"".join(lis)}</ul></dd></dl>\n'
            )
        main = f'<div class="wzdt"><div class="wzdt-tit">网站地图</div>\n{"".join(dls)}</div>'
        html = self._frame(
            "网站地图", [("首页", "/index.html"), ("网站地图", "/wzdt/index.html")], main
        )
        self.page("/wzdt/index.html", html)
        self.page("/wzdt/", html)

    def _home(self) -> None:
        banners = [
            ("/upload/banner/20250301_1.jpg", "/zt/xxgc/index.html"),
            ("/upload/banner/20250301_2.jpg", "/zt/yhyshj/index.html"),
            ("/upload/banner/20250301_3.jpg", "/zt/wmcj/index.html"),
        ]
        slides = "".join(
            f'<div class="swiper-slide" style="background:url({img}) center top no-repeat;'
            f'background-size:cover;" onclick="location.href=\'{u}\'"></div>'
            for img, u in banners
        )
        tiles = [
            ("政务公开", "/zwgk/index.html", "icon_zwgk.png"),
            ("政府信息公开", "/xxgk/index.html", "icon_xxgk.png"),
            ("互动交流", "/hdjl/index.html", "icon_hdjl.png"),
            ("政务服务", "https://zwfw.guizhou.gov.cn/", "icon_zwfw.png"),
            ("走进锦屏", "/zt/zjjp/index.html", "icon_zjjp.png"),
        ]
        tile_html = "".join(
            f'<div class="tile" onclick="window.open(\'{u}\')" '
            f'style="background-image:url(/images/{img})"><p>{esc(t)}</p></div>'
            for t, u, img in tiles
        )
        news = self.by_col["/zwgk/bxyw/"][:3]
        notices = self.by_col["/zwgk/tzgg/"][:3]
        main = (
            '<div class="banner swiper-container" id="banner"><div class="swiper-wrapper">'
            + slides
            + '</div><div class="swiper-pagination"></div></div>\n'
            + f'<div class="tiles clearfix">{tile_html}</div>\n'
            + '<div class="home-news"><div class="hn-tit"><span>锦屏要闻</span></div><ul>'
            + "".join(
                f'<li><a href="{esc(a.path)}" target="_blank">{esc(a.title)}</a>'
                f"<span>{a.pub[5:10]}</span></li>"
                for a in news
            )
            + "</ul></div>\n"
            + '<div class="notice-bar"><b>通知公告：</b><marquee scrollamount="3">'
            + "　".join(
                f'<a href="{esc(a.path)}" target="_blank">{esc(a.title)}</a>' for a in notices
            )
            + "</marquee></div>\n"
            + '<script src="/js/swiper.min.js"></script><script>new Swiper("#banner",'
            "{autoplay:{delay:5000},loop:true,pagination:{el:'.swiper-pagination'}});</script>\n"
        )
        html = self._frame(SITE, [], main, meta={"ColumnName": "首页"})
        self.page("/", html)
        self.page("/index.html", html)
        for _img, u in banners:
            self.page(u, self._frame("专题专栏", [("首页", "/index.html")], "<p>专题建设中</p>"))
        self.page(
            "/zt/zjjp/index.html",
            self._frame(
                "走进锦屏",
                [("首页", "/index.html"), ("走进锦屏", "/zt/zjjp/index.html")],
                '<div class="about"><p>锦屏县位于贵州省东南部，黔东南苗族侗族自治州东部，'
                "是全国重点林区县之一。</p></div>",
            ),
        )

    def _misc(self) -> None:
        for path, title, text in [
            ("/lxwm/index.html", "联系我们", "地址：贵州省黔东南州锦屏县三江镇飞山路2号"),
            (
                "/wzsm/index.html",
                "网站声明",
                "本网站所刊登的信息和各种专栏资料，未经协议授权，禁止下载使用。",
            ),
            ("/sybz/index.html", "使用帮助", "建议使用IE9以上版本浏览器访问本网站。"),
        ]:
            self.page(
                path,
                self._frame(
                    title, [("首页", "/index.html"), (title, path)], f"<p>{esc(text)}</p>"
                ),
            )

    # --- search --------------------------------------------------------------------------
    def _search(self, hit: Hit) -> Reply:
        params = dict(parse_qsl(hit.query, keep_blank_values=True))
        q = params.get("q", "").strip()
        raw = params.get("page", "1")
        page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        if not q:
            main = '<div class="search-result"><p class="tip">请输入关键字！</p></div>'
            return html_reply(self._frame("站内搜索", [("首页", "/index.html")], main))
        # As a bigram-indexed engine answers: an article matches when most of the query's
        # character bigrams are in its title or text; title hits first, then newest first.
        grams = {t[i : i + 2] for t in q.split() for i in range(max(1, len(t) - 1))}

        def score(a: Article) -> tuple[int, int]:
            text = a.title + "".join(a.body)
            return sum(g in a.title for g in grams), sum(g in text for g in grams)

        found = sorted(
            (a for a in self.articles.values() if score(a)[1] * 10 >= len(grams) * 6),
            key=lambda a: (score(a)[0], a.pub),
            reverse=True,
        )
        pages = max(1, (len(found) + SEARCH_PER_PAGE - 1) // SEARCH_PER_PAGE)
        page = min(page, pages)
        chunk = found[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]

        def mark(text: str) -> str:
            return esc(text).replace(esc(q), f'<em class="red">{esc(q)}</em>')

        rows = "".join(
            '<div class="s-item">'
            f'<h3><a href="{esc(a.path)}" target="_blank">{mark(a.title)}</a></h3>'
            f'<p class="s-sum">{mark("".join(a.body)[:90])}…</p>'
            f'<p class="s-url"><span>{esc(self.base_url + a.path)}</span>'
            f"<span>{a.pub[:10]}</span></p></div>\n"
            for a in chunk
        )
        qs = quote(q)
        pager = " ".join(
            f'<span class="current">{k}</span>'
            if k == page
            else f'<a href="/search.jsp?q={qs}&amp;page={k}">{k}</a>'
            for k in range(1, pages + 1)
        )
        if page < pages:
            pager += f' <a href="/search.jsp?q={qs}&amp;page={page + 1}">下一页</a>'
        main = (
            '<div class="search-result">'
            f'<div class="s-head">搜索“<b>{esc(q)}</b>”，共找到 {len(found)} 条结果</div>\n'
            + (rows or '<p class="tip">没有找到相关结果</p>')
            + f'<div class="pagination">{pager}</div></div>'
        )
        return html_reply(self._frame("站内搜索", [("首页", "/index.html")], main))

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == "/search.jsp":
            return self._search(hit)
        return super().dynamic(hit)

    def page_kind(self, path: str) -> str:
        path = path.split("?", 1)[0]
        if path in {g.path for g in self.gold}:
            return "report"
        if path == "/search.jsp":
            return "search"
        if path.startswith("/wzdt/"):
            return "site map"
        art = self.articles.get(path)
        if art is not None:
            return f"{self.columns[art.col][0]} article"
        col = path.rsplit("/", 1)[0] + "/"
        if col in self.columns:
            return f"{self.columns[col][0]} column"
        return "home/other" if path in ("/", "/index.html") else f"other {path}"


class SiteMapPageCountyJsonNavSite(SiteMapPageCountySite):
    """The same portal whose menu script asks for the menu as JSON (`$.getJSON(
    '/js/navdata.json', …)`) instead of carrying it: the 网站地图 is the only page that names
    法治政府建设 and the 县司法局 as plain links."""

    name = "site_map_page_county_jsonnav"
    inline_nav = False

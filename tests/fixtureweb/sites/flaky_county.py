"""An under-funded Hunan county portal (TRS-like static `.shtml` pages behind nginx) that
misbehaves the way real ones do, while a patient browser user still gets every report:

- the home page's 政务公开 quick link 法治政府建设 still points at the column's old address
  (`/zwgk/fzzfjs/`), which the CMS answers with a soft 404: HTTP 200, `<title>404</title>`,
  `您访问的页面不存在`, the full site nav and a 返回首页 link; the column moved to
  `/xxgk/fzzfjs/index.shtml`, linked from the 政务公开 page;
- the nav's 政务公开 (`/zwgk/`) is a redirect chain `/zwgk/` → 301 `/zwgk/index.html` → 302
  `/zwgk/index.shtml`;
- 法治政府建设 has three pages (`index.shtml`, `index_1.shtml`, `index_2.shtml`) but a stale
  pager that says 共6页 and links `index_3`…`index_5.shtml` (尾页), which answer a real 404
  page (full nav, 返回首页, a countdown script); page 1 answers 500 and page 2 answers 502 on
  their first request, both fine on a retry;
- page 1 links the 县司法局's 2024 report with a Windows path a web editor typed into an
  外链 item (`..\\..\\xxgk\\fzzfjs\\202502\\t….shtml`, which browsers read with slashes); page 2
  links the 2023 report as `../../../xxgk/fzzfjs/…` (more `..` than the path is deep);
- the 县政府's 2024 report's first response is cut off: Content-Length says the whole page,
  the connection closes after about 45 % of it (complete on a retry); the 县司法局's report is
  served the first time as a 200 whose HTML stops mid-paragraph (a static page read while the
  CMS was re-publishing it; complete on a retry);
- the 2023 report page is tag soup: the header include is a whole HTML document (a second
  `<html><head><title>…</title></head><body>` … `</body></html>` inside the body) and the
  pasted body leaves its `<div>`s unclosed, so the article tools and footer end up inside the
  text's container;
- 专题专栏 → 法治政府建设专题 (`/ztzl/fzzf/index.html`) was built when the portal lived under
  `/gov/`: it carries `<base href="http://<host>/gov/">` and relative links
  (`ztzl/fzzf/…`); `/gov/…` answers 301 to the same path without `/gov`; it holds the 2020
  report, a page whose file name has Chinese characters and a space (written raw in the
  link), beside meetings, a 图解 and a 工作要点; the 专题 page is regenerated when an item is
  published, and its first response is a 200 that stops after its second row.

The faults are counted per visit (from a request for the home page), as a patient user
meets them on each visit. Decoys sit in the same lists: 工作要点, 一图读懂, 述法报告, 考核 通报/公示, 督察整改报告,
推进会, 实施方案, 行政执法统计年报, 政府信息公开年报 (own column), notices and news about 法治.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import quote, unquote

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "城步苗族自治县人民政府"
CODE = "4305290001"
GOV = "城步苗族自治县人民政府"
GOV_OFFICE = "城步苗族自治县人民政府办公室"
SFJ = "城步苗族自治县司法局"
CREDIT = "114305290061758637"
SFJ_CREDIT = "11430529006176152K"
FZZF = "/xxgk/fzzfjs/"
OLD_FZZF = "/zwgk/fzzfjs/"
ZT = "/ztzl/fzzf/"
NAV = [
    ("首页", "/"),
    ("走进城步", "/zjcb/index.shtml"),
    ("新闻中心", "/xwzx/zwyw/index.shtml"),
    ("政务公开", "/zwgk/"),
    ("政务服务", "http://zwfw-new.hunan.gov.cn/hnzwfw/1/3/index.do?areaCode=430529000000"),
    ("互动交流", "/hdjl/index.shtml"),
    ("专题专栏", "/ztzl/index.shtml"),
]
XXGK_COLUMNS = [
    ("政府信息公开指南", "/xxgk/gkzn/index.shtml"),
    ("政府信息公开制度", "/xxgk/gkzd/index.shtml"),
    ("机构职能", "/xxgk/jgzn/index.shtml"),
    ("政策文件", "/xxgk/zcwj/index.shtml"),
    ("财政信息", "/xxgk/czxx/index.shtml"),
    ("重大行政决策", "/xxgk/zdxzjc/index.shtml"),
    ("法治政府建设", FZZF + "index.shtml"),
    ("政府信息公开年报", "/xxgk/ndbg/index.shtml"),
]
STALE_PAGES = 6  # what the pager says
REAL_PAGES = 3


class FlakyCountySite(BlindSite):
    name = "flaky_county"
    region = "湖南省邵阳市城步苗族自治县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 4012860
        # path → first-try fault: ("status", n) | ("cut", bytes) | ("half", html)
        self.first_try: dict[str, tuple[str, object]] = {}
        self.tries: Counter[str] = Counter()
        self._fzzf()
        self._topic()
        self._ndbg()
        self._other_columns()
        self._news()
        self._zwgk()
        self._home()

    # --- 法治政府建设 ------------------------------------------------------------------------
    def _fzzf(self) -> None:
        pages: list[list[tuple[str, str, str]]] = [[], [], []]

        def negative(n: int, title: str, pub: str, publisher: str = GOV_OFFICE) -> None:
            path = self._path(FZZF, pub)
            self.page(path, self._xxgk(title, NEGATIVE_BODY, pub=pub, publisher=publisher))
            self.negative_titles.append(title)
            pages[n].append((title, "./" + path[len(FZZF) :], pub))

        # page 1 (answers 500 first)
        negative(0, "城步苗族自治县2025年法治政府建设工作要点", "2025-04-08")
        one_pic = "一图读懂《城步苗族自治县人民政府关于2024年度法治政府建设情况的报告》"
        path = self._path(FZZF, "2025-03-28")
        self.page(
            path,
            self._xxgk(
                one_pic,
                ["近日，城步苗族自治县人民政府公开发布2024年度法治政府建设情况的报告。一图读懂："],
                pub="2025-03-28",
                publisher=SFJ,
                image="/xxgk/fzzfjs/202503/W020250328512096318442.jpg",
            ),
        )
        self.negative_titles.append(one_pic)
        pages[0].append((one_pic, "./" + path[len(FZZF) :], "2025-03-28"))

        title = "城步苗族自治县人民政府关于2024年度法治政府建设情况的报告"
        path = self._path(FZZF, "2025-03-26")
        meta = {
            "index_no": f"{CREDIT}/2025-00041",
            "publisher": GOV,
            "written_date": "2025-03-20",
            "doc_no": "城政函〔2025〕9号",
        }
        body = self.gold_report(path, "003", title, publish_date="2025-03-26", **meta)
        html = self._xxgk(title, body, pub="2025-03-26", **meta)
        self.page(path, html)
        whole = html.encode("utf-8")
        self.first_try[path] = ("cut", int(len(whole) * 0.45))
        pages[0].append((title, "./" + path[len(FZZF) :], "2025-03-26"))

        negative(0, "城步苗族自治县人民政府县长2024年度述法报告", "2025-03-12", GOV)
        title = "城步苗族自治县司法局2024年度法治政府建设工作报告"
        path = self._path(FZZF, "2025-02-20")
        meta = {"index_no": f"{SFJ_CREDIT}/2025-00006", "publisher": SFJ}
        body = self.gold_report(
            path, "001", title, publish_date="2025-02-20", written_date="2025-02-18", **meta
        )
        html = self._xxgk(title, body, pub="2025-02-20", written_date="2025-02-18", **meta)
        self.page(path, html)
        # The page as nginx read it while the CMS was rewriting the file: it stops mid-text.
        middle = esc(body[len(body) // 2])
        cut = html.index(middle) + len(middle) // 2
        self.first_try[path] = ("half", html[:cut])
        windows = path.lstrip("/").replace("/", "\\")
        pages[0].append((title, "..\\..\\" + windows, "2025-02-20"))
        negative(0, "关于2024年度法治政府建设考核结果的通报", "2025-02-11")
        negative(0, "城步县召开2025年法治政府建设工作推进会", "2025-01-17")

        # page 2 (answers 502 first)
        negative(1, "城步苗族自治县2024年法治政府建设工作要点", "2024-04-10")
        negative(1, "关于印发《城步苗族自治县法治政府建设示范创建工作方案》的通知", "2024-04-02")
        title = "城步苗族自治县人民政府关于2023年度法治政府建设情况的报告"
        path = self._path(FZZF, "2024-03-27")
        meta = {
            "index_no": f"{CREDIT}/2024-00037",
            "publisher": GOV,
            "written_date": "2024-03-22",
            "doc_no": "城政函〔2024〕11号",
        }
        body = self.gold_report(path, "000", title, publish_date="2024-03-27", **meta)
        self.page(path, self._soup(title, body, pub="2024-03-27", **meta))
        pages[1].append((title, "../../.." + path, "2024-03-27"))
        negative(1, "城步苗族自治县2023年度法治政府建设考核结果公示", "2024-01-26")
        negative(1, "关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-11-17", GOV)
        negative(1, "城步苗族自治县2023年法治政府建设工作要点", "2023-04-11")
        negative(1, "城步苗族自治县2022年行政执法统计年报", "2023-02-28", SFJ)

        # page 3
        negative(2, "城步苗族自治县2022年法治政府建设工作要点", "2022-04-15")
        negative(2, "关于召开全县2022年法治政府建设推进会的通知", "2022-03-09")
        negative(2, "城步苗族自治县法治政府建设实施方案（2021—2025年）", "2022-01-18", GOV)
        negative(2, "城步苗族自治县2021年度法治政府建设考核结果公示", "2022-01-10")
        negative(2, "关于开展行政规范性文件清理工作的通知", "2021-11-05")

        for n, items in enumerate(pages):
            path = FZZF + ("index.shtml" if n == 0 else f"index_{n}.shtml")
            self.page(path, self._column("法治政府建设", items, pager=self._pager(n)))
        self.first_try[FZZF + "index.shtml"] = ("status", 500)
        self.first_try[FZZF + "index_1.shtml"] = ("status", 502)

    def _pager(self, current: int) -> str:
        def name(n: int) -> str:
            return "index.shtml" if n == 0 else f"index_{n}.shtml"

        nums = "".join(
            f'<span class="cur">{n + 1}</span>'
            if n == current
            else f'<a href="{name(n)}">{n + 1}</a>'
            for n in range(STALE_PAGES)
        )
        prev = f'<a href="{name(max(current - 1, 0))}">上一页</a>'
        nxt = f'<a href="{name(min(current + 1, STALE_PAGES - 1))}">下一页</a>'
        return (
            f'<div class="page">共{STALE_PAGES}页&nbsp;&nbsp;<a href="index.shtml">首页</a>'
            f"{prev}{nums}{nxt}"
            f'<a href="{name(STALE_PAGES - 1)}">尾页</a></div>'
        )

    # --- 法治政府建设专题 (built under /gov/, <base href>) -----------------------------------
    def _topic(self) -> None:
        items: list[tuple[str, str, str]] = []

        def news(title: str, pub: str, body: list[str]) -> None:
            path = self._path(ZT, pub, ext="html")
            self.page(path, self._notice(title, body, pub, "城步苗族自治县司法局", topic=True))
            if body is NEGATIVE_BODY:
                self.negative_titles.append(title)
            items.append((title, path.lstrip("/"), pub))

        news("城步县开展2024年“宪法宣传周”系列活动", "2024-12-05", FILLER_BODY)
        news("城步县召开法治政府建设示范创建工作推进会", "2024-06-12", NEGATIVE_BODY)
        news("城步苗族自治县2021年法治政府建设工作要点", "2021-04-14", NEGATIVE_BODY)
        news("图解：城步苗族自治县2020年度法治政府建设工作开展情况", "2021-04-01", FILLER_BODY)
        title = "城步苗族自治县2020年度法治政府建设工作开展情况"
        raw = f"{ZT}202103/城步县2020年度法治政府建设 工作开展情况.html"
        path = quote(raw)
        body = self.gold_report(path, "004", title, publisher=SFJ, publish_date="2021-03-30")
        self.page(path, self._notice(title, body, "2021-03-30 16:05", SFJ, topic=True))
        items.append((title, raw.lstrip("/"), "2021-03-30"))
        news("城步县举办2021年度领导干部学法用法专题讲座", "2021-03-18", FILLER_BODY)
        rows = "".join(
            f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a><span>{d}</span></li>'
            for t, u, d in items
        )
        main = (
            '<div class="zt-banner"><img src="ztzl/fzzf/images/banner.jpg" alt="法治政府建设专题" />'
            '</div><div class="zt-box"><div class="zt-tit">工作动态</div>'
            f'<ul class="zt-list">{rows}</ul></div>'
        )
        base = f'<base href="{self.base_url}/gov/" />'
        html = self._frame(
            "法治政府建设专题",
            [("首页", "/"), ("专题专栏", "/ztzl/index.shtml"), ("法治政府建设专题", "#")],
            main,
            head_extra=base,
        )
        self.page(ZT + "index.html", html)
        # Regenerated when a 专题 item is published: the first read stops after two rows.
        third = html.index('<li><a href="', html.index('class="zt-list"'))
        third = html.index('<li><a href="', third + 1)
        self.first_try[ZT + "index.html"] = ("half", html[: html.index("</li>", third) - 9])

    # --- other columns -------------------------------------------------------------------
    def _ndbg(self) -> None:
        items = []
        for year in range(2024, 2017, -1):
            title = f"城步苗族自治县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-{20 + year % 7}"
            path = self._path("/xxgk/ndbg/", pub)
            self.page(path, self._xxgk(title, FILLER_BODY, pub=pub, publisher=GOV_OFFICE))
            self.negative_titles.append(title)
            items.append((title, "./" + path[len("/xxgk/ndbg/") :], pub))
        self.page("/xxgk/ndbg/index.shtml", self._column("政府信息公开年报", items))

    def _other_columns(self) -> None:
        fillers = {
            "/xxgk/gkzn/": ["城步苗族自治县人民政府信息公开指南"],
            "/xxgk/gkzd/": ["城步苗族自治县政府信息公开保密审查制度"],
            "/xxgk/jgzn/": ["城步苗族自治县人民政府领导分工", "城步苗族自治县司法局主要职责"],
            "/xxgk/zcwj/": [
                "城步苗族自治县人民政府关于印发城步苗族自治县城乡环境综合整治方案的通知",
                "城步苗族自治县人民政府办公室关于进一步加强耕地保护工作的通知",
            ],
            "/xxgk/czxx/": ["城步苗族自治县2025年县级部门预算公开", "城步苗族自治县2024年决算"],
            "/xxgk/zdxzjc/": ["城步苗族自治县2025年度重大行政决策事项目录"],
        }
        name = {u: t for t, u in XXGK_COLUMNS}
        for col, titles in fillers.items():
            items = []
            for k, title in enumerate(titles):
                pub = f"2025-0{3 - k}-1{k + 2}"
                path = self._path(col, pub)
                self.page(path, self._xxgk(title, FILLER_BODY, pub=pub, publisher=GOV_OFFICE))
                items.append((title, "./" + path[len(col) :], pub))
            self.page(col + "index.shtml", self._column(name[col + "index.shtml"], items))
        for path, title in [
            ("/zjcb/index.shtml", "走进城步"),
            ("/hdjl/index.shtml", "互动交流"),
        ]:
            self.page(
                path,
                self._frame(title, [("首页", "/"), (title, "#")], f"<p>{title}栏目</p>"),
            )
        zt = [
            ("法治政府建设专题", ZT + "index.html"),
            ("学习贯彻党的二十届三中全会精神", "/ztzl/xxgc/index.html"),
        ]
        self.page("/ztzl/index.shtml", self._column("专题专栏", [(t, u, "") for t, u in zt]))
        self.page(
            "/ztzl/xxgc/index.html",
            self._frame("学习贯彻党的二十届三中全会精神", [("首页", "/")], "<p>专题建设中</p>"),
        )

    def _news(self) -> None:
        notices = [
            ("城步苗族自治县2025年公开招聘社区专职工作者公告", "2025-04-11", FILLER_BODY),
            ("关于召开全县2025年法治政府建设推进会的通知", "2025-04-07", NEGATIVE_BODY),
            ("城步苗族自治县2025年春季森林防火禁火令", "2025-03-20", FILLER_BODY),
            ("关于开展法治政府建设示范创建活动的通知", "2025-03-06", NEGATIVE_BODY),
            ("关于城区部分路段停水的通知", "2025-02-27", FILLER_BODY),
        ]
        news = [
            ("城步县召开县政府第41次常务会议", "2025-04-12", FILLER_BODY),
            ("县领导调研春季农业生产工作", "2025-04-09", FILLER_BODY),
            ("城步县召开2025年法治政府建设工作推进会", "2025-04-03", NEGATIVE_BODY),
            ("城步县举办2025年“春风行动”招聘会", "2025-03-15", FILLER_BODY),
        ]
        self.boxes: dict[str, list[tuple[str, str, str]]] = {}
        for col, name, rows in [
            ("/xwzx/tzgg/", "通知公告", notices),
            ("/xwzx/zwyw/", "政务要闻", news),
        ]:
            items = []
            for title, pub, body in rows:
                path = self._path(col, pub)
                self.page(path, self._notice(title, body, f"{pub} 09:00", GOV_OFFICE))
                if body is NEGATIVE_BODY:
                    self.negative_titles.append(title)
                items.append((title, "./" + path[len(col) :], pub))
            section = ("新闻中心", "/xwzx/zwyw/index.shtml")
            self.page(col + "index.shtml", self._column(name, items, section=section))
            self.boxes[name] = [(t, col + u[2:], d) for t, u, d in items]

    def _zwgk(self) -> None:
        tree = fu.left_tree(
            "政务公开",
            [
                ("政府信息公开指南", XXGK_COLUMNS[0][1], []),
                ("政府信息公开制度", XXGK_COLUMNS[1][1], []),
                ("法定主动公开内容", "javascript:;", XXGK_COLUMNS[2:7]),
                ("政府信息公开年报", XXGK_COLUMNS[7][1], []),
            ],
        )
        grid = "".join(
            f'<li><a href="{u}"><i class="ico"></i>{esc(t)}</a></li>' for t, u in XXGK_COLUMNS
        )
        main = (
            tree
            + '<div class="rightbox"><div class="gk-tit">政府信息公开目录</div>'
            + f'<ul class="gk-grid">{grid}</ul>'
            + '<div class="gk-sq"><a href="/xxgk/ysqgk/index.shtml">依申请公开</a></div></div>'
        )
        self.page(
            "/zwgk/index.shtml", self._frame("政务公开", [("首页", "/"), ("政务公开", "#")], main)
        )

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{d[5:]}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        quick = [
            ("政府信息公开指南", "/xxgk/gkzn/index.shtml"),
            ("政府信息公开年报", "/xxgk/ndbg/index.shtml"),
            ("法治政府建设", OLD_FZZF),  # the column's old address: a soft 404 now
            ("政策文件", "/xxgk/zcwj/index.shtml"),
            ("财政信息", "/xxgk/czxx/index.shtml"),
            ("重大行政决策", "/xxgk/zdxzjc/index.shtml"),
        ]
        main = (
            '<div class="home-row">'
            + box("政务要闻", "/xwzx/zwyw/index.shtml", self.boxes["政务要闻"])
            + box("通知公告", "/xwzx/tzgg/index.shtml", self.boxes["通知公告"])
            + "</div>"
            + '<div class="home-row gk-quick"><div class="box-tit"><span>政务公开</span>'
            + '<a class="more" href="/zwgk/">更多&gt;&gt;</a></div><ul>'
            + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in quick)
            + "</ul></div>"
            + '<div class="home-row zt-banners">'
            + f'<a href="{ZT}index.html" target="_blank"><img src="/images/zt_fzzf.jpg" '
            + 'alt="法治政府建设专题" /></a>'
            + '<a href="/ztzl/xxgc/index.html" target="_blank"><img src="/images/zt_xxgc.jpg" '
            + 'alt="学习贯彻党的二十届三中全会精神" /></a></div>'
            + fu.interaction_sidebar()
        )
        self.page("/", self._frame(SITE, [], main))

    # --- pages ---------------------------------------------------------------------------
    def _path(self, col: str, pub: str, ext: str = "shtml") -> str:
        self.next_id += 1379
        return f"{col}{pub[:4]}{pub[5:7]}/t{pub[:4]}{pub[5:7]}{pub[8:10]}_{self.next_id}.{ext}"

    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, head_extra: str = ""
    ) -> str:
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        head = fu.doc_head(head_title, site=SITE, code=CODE)
        if head_extra:
            head = head.replace("<head>\n", f"<head>\n{head_extra}\n", 1)
        return (
            head
            + self._top()
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>\n"
            + self._foot()
            + "</body></html>\n"
        )

    def _top(self) -> str:
        return fu.access_toolbar(SITE) + fu.masthead(SITE, NAV)

    def _foot(self) -> str:
        return fu.jiucuo(CODE) + fu.footer_block(
            SITE,
            icp="湘ICP备05002387号",
            police="湘公网安备 43052902000112号",
            code=CODE,
            address="湖南省邵阳市城步苗族自治县儒林镇城南路1号",
        )

    def _column(
        self,
        name: str,
        items: list[tuple[str, str, str]],
        *,
        pager: str = "",
        section: tuple[str, str] = ("政务公开", "/zwgk/"),
    ) -> str:
        rows = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f"<span>{d}</span></li>\n"
            for t, u, d in items
        )
        crumbs = [("首页", "/"), section, (name, "./index.shtml")]
        side = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in XXGK_COLUMNS)
        main = (
            f'<div class="leftnav"><h2>政务公开</h2><ul class="tree">{side}</ul></div>'
            f'<div class="rightbox"><div class="list-tit"><span>{esc(name)}</span></div>'
            f'<ul class="list">\n{rows}</ul>{pager}</div>'
        )
        return self._frame(name, crumbs, main)

    def _meta_table(
        self,
        *,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str,
        pub: str,
    ) -> str:
        return (
            '<div class="xxgk-meta"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="t">索\u2002引\u2002号：</td><td>{esc(index_no)}</td>'
            '<td class="t">主题分类：</td><td>法治政府建设</td></tr>'
            f'<tr><td class="t">发布机构：</td><td>{esc(publisher)}</td>'
            f'<td class="t">成文日期：</td><td>{esc(written_date)}</td></tr>'
            f'<tr><td class="t">文\u3000\u3000号：</td><td>{esc(doc_no)}</td>'
            f'<td class="t">发布日期：</td><td>{esc(pub)}</td></tr>'
            '<tr><td class="t">有\u2002效\u2002性：</td><td>有效</td>'
            '<td class="t">公开方式：</td><td>主动公开</td></tr></table></div>\n'
        )

    def _xxgk(
        self,
        title: str,
        body: list[str],
        *,
        pub: str,
        publisher: str,
        index_no: str | None = None,
        written_date: str | None = None,
        doc_no: str | None = None,
        image: str = "",
    ) -> str:
        index_no = index_no or f"{CREDIT}/{pub[:4]}-{self.next_id % 100000:05d}"
        table = self._meta_table(
            index_no=index_no,
            publisher=publisher,
            written_date=written_date or pub,
            doc_no=doc_no or "",
            pub=pub,
        )
        pic = f'<p style="text-align:center"><img src="{image}" /></p>' if image else ""
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="title">{esc(title)}</h1>\n'
            + '<div class="TRS_Editor"><div class="Custom_UnionStyle">\n'
            + fu.paragraphs(body)
            + pic
            + "\n</div></div>\n"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", FZZF + "index.shtml")]
        return self._frame(title, crumbs, main)

    def _soup(
        self,
        title: str,
        body: list[str],
        *,
        pub: str,
        publisher: str,
        index_no: str,
        written_date: str,
        doc_no: str,
    ) -> str:
        """The page as its old template and a Word paste leave it: the header include is a
        whole document, `<p>` and `<div>` left open, the footer inside the text's container."""
        table = self._meta_table(
            index_no=index_no,
            publisher=publisher,
            written_date=written_date,
            doc_no=doc_no,
            pub=pub,
        )
        include = (
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f"<title>{SITE}</title>"
            '<link href="/images/top.css" rel="stylesheet" type="text/css" /></head>\n<body>\n'
            + self._top().removeprefix("<body>\n")
            + "</body></html>\n"
        )
        paras = "\n".join(
            '<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">'
            f'<span style="font-family:仿宋_GB2312;font-size:16pt">{esc(line)}</span>'
            for line in body
        )
        head = fu.doc_head(f"{title}_{SITE}", site=SITE, code=CODE)
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", FZZF + "index.shtml")]
        return (
            head
            + '<body>\n<!--#include virtual="/include/top.html"-->\n'
            + include
            + '<div class="main wrap">'
            + fu.crumbs(crumbs)
            + '<div class="article">'
            + table
            + f'<h1 class="title">{esc(title)}</h1>\n'
            + '<div class="TRS_Editor"><div class="Custom_UnionStyle">\n'
            + '<div class="WordSection1" style="layout-grid:15.6pt">\n'
            + paras
            + "\n</div>\n"  # closes WordSection1 only; the other two stay open
            + fu.article_tools()
            + '<div class="xgwz"><h4>相关文章</h4><ul>'
            + '<li><a href="/xxgk/fzzfjs/index.shtml">城步苗族自治县2024年法治政府建设工作要点</a></li>'
            + "</ul></div>\n"
            + self._foot()
            + "</body></html>\n"
        )

    def _notice(
        self, title: str, body: list[str], pub: str, source: str, *, topic: bool = False
    ) -> str:
        main = (
            '<div class="article"><h2 class="title">'
            + esc(title)
            + "</h2>"
            + f'<div class="info">来源：{esc(source)}　发布时间：{esc(pub)}　'
            + '浏览次数：<span id="hits"></span>　【字体：<a href="javascript:;">大</a> '
            + '<a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>'
            + '<div class="content" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + fu.float_share()
            + "</div>"
        )
        crumbs = (
            [
                ("首页", "/"),
                ("专题专栏", "/ztzl/index.shtml"),
                ("法治政府建设专题", ZT + "index.html"),
            ]
            if topic
            else [("首页", "/"), ("新闻中心", "/xwzx/zwyw/index.shtml")]
        )
        return self._frame(title, crumbs, main)

    def _error(self, *, soft: bool) -> str:
        """The CMS's 'column gone' page (soft: HTTP 200) and nginx's error page (a real 404):
        both carry the whole nav and a way home."""
        main = (
            '<div class="err404"><img src="/images/404.png" alt="404" />'
            "<h2>抱歉，您访问的页面不存在或已被删除！</h2>"
            '<p><span id="sec">5</span>秒后自动返回<a href="/">首页</a>　'
            '<a href="javascript:history.go(-1);">返回上一页</a></p>'
            "<script>var s=5;setInterval(function(){s--;document.getElementById('sec')"
            ".innerHTML=s;if(s<=0){location.href='/';}},1000);</script></div>"
        )
        html = self._frame("404", [], main)
        return html.replace(f"<title>404_{SITE}</title>", "<title>404</title>")

    # --- the server's behaviour ----------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        path = hit.path
        if path.startswith("/gov/"):  # the portal's old root: nginx rewrites it away
            query = f"?{hit.query}" if hit.query else ""
            return Reply(301, b"", {"Location": self.base_url + path[4:] + query})
        if path == "/zwgk/":
            return Reply(301, b"", {"Location": self.base_url + "/zwgk/index.html"})
        if path == "/zwgk/index.html":
            return Reply(302, b"", {"Location": "/zwgk/index.shtml"})
        if path.startswith("/zwgk/") and path != "/zwgk/index.shtml":
            return html_reply(self._error(soft=True))  # the CMS: 200, 页面不存在
        if path == "/" and not hit.query:
            # A visit starts at the home page: each crawl meets the transient faults afresh.
            self.tries.clear()
        fault = self.first_try.get(path)
        if fault is not None:
            self.tries[path] += 1
        if fault is not None and self.tries[path] == 1:
            kind, arg = fault
            if kind == "status":
                assert isinstance(arg, int)
                reason = "Internal Server Error" if arg == 500 else "Bad Gateway"
                return html_reply(
                    f"<html><head><title>{arg} {reason}</title></head><body><center>"
                    f"<h1>{arg} {reason}</h1></center><hr><center>nginx</center></body></html>",
                    status=arg,
                )
            if kind == "cut":
                assert isinstance(arg, int)
                whole = self.pages[path].body
                return Reply(
                    200,
                    whole[:arg],
                    {
                        "Content-Type": "text/html; charset=utf-8",
                        "Content-Length": str(len(whole)),
                        "Connection": "close",
                    },
                )
            if kind == "half":
                assert isinstance(arg, str)
                return html_reply(arg)
        if "%" in path and path not in self.pages:
            again = quote(unquote(path))
            if again in self.pages:
                return self.pages[again]
        reply = super().dynamic(hit)
        if reply is not None:
            return reply
        if path in self.pages or f"{path}?{hit.query}" in self.pages:
            return None
        return html_reply(self._error(soft=False), status=404)

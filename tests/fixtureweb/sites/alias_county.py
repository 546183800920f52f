"""A Henan county portal on TRS WCM that moved to `https://www.`, whose pages still spell its
own URLs every way, and whose reports are reposted in a 专题 and the 司法局's column:

- the user configures `http://<bare host>/`; it answers 301 → `https://<www>/`, as does every
  URL on the bare host (http or https), `http://<www>/…` (the same host, plain HTTP) and the
  county's old domain (`http://<old>/…`, the name before 撤县设区), each to the same path on
  `https://<www>`; only `https://<www>` serves pages;
- the pages link one page under every spelling: relative, absolute on the bare host, absolute
  `http://<www>`, protocol-relative `//<bare>/…` and `//<www>/…`, with and without
  `index.html` (`/zwgk/fzzfjs/` and `/zwgk/fzzfjs/index.html`); the 专题's list links the 2023
  report by its old-domain URL;
- 政务公开 → 法治政府建设 (`/zwgk/fzzfjs/`, TRS `createPageHTML`, two pages) holds the
  县政府's 2024 report, its 2023 report and the 县司法局's 2023 report (page 2), each with a
  信息公开 table (索引号, 发布机构, 成文日期, 文号, 发布日期), beside 工作要点, 一图读懂, a 解读,
  实施方案 and a 考核 公示; 政府信息公开年报 holds 信息公开 annual reports only;
- 专题专栏 → 法治政府建设专题 (`/ztzl/fzzfjs/`) reposts the 2024 report in the 专题's own
  template (no 索引号, `来源：… 发布时间：…`), beside meetings and a 解读; 部门信息公开 →
  县司法局 reposts the 县司法局's report the same way. Each report must come out once, with the
  catalogue copy's fields.
"""

from __future__ import annotations

from collections import Counter

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "浚县人民政府"
CODE = "4106210001"
CREDIT = "11410621005537086T"
SFJ_CREDIT = "11410621005537254Y"
GOV_OFFICE = "浚县人民政府办公室"
SFJ = "浚县司法局"
LIST_SIZE = 6


class AliasCountySite(BlindSite):
    name = "alias_county"
    region = "河南省鹤壁市浚县"
    extra_hosts = ("www", "old")
    same_address = ("www",)

    def __init__(self) -> None:
        super().__init__()
        # Pages served (200) on the canonical origin, and redirects answered, by path.
        self.served: Counter[str] = Counter()
        self.redirected: list[str] = []

    def start_url(self) -> str:
        return f"http://{self.origins['']}/"

    # Every spelling of a URL on the portal, as its pages write them.
    @property
    def www(self) -> str:
        return self.origins["www"]

    @property
    def bare(self) -> str:
        return self.origins[""]

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.base_url = f"https://{self.www}"
        self.next_id = 5_210_000
        self.served.clear()
        self.redirected.clear()
        self.reports: dict[str, tuple[str, str, str]] = {}
        self._fzzfjs()
        self._ndbg()
        self._topic()
        self._sfj()
        self._other()
        self._home()

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.origin != self.www or hit.scheme != "https":
            self.redirected.append(f"{hit.scheme}://{hit.origin}{hit.path}")
            target = f"https://{self.www}{hit.path}" + (f"?{hit.query}" if hit.query else "")
            return Reply(
                301,
                b"<html><body><h1>301 Moved Permanently</h1></body></html>",
                {"Location": target, "Content-Type": "text/html"},
            )
        key = hit.path + (f"?{hit.query}" if hit.query else "")
        if key in self.pages:
            # A directory and its index.html are one page.
            self.served[key.removesuffix("index.html")] += 1
        return super().dynamic(hit)

    # --- 政务公开 → 法治政府建设 ---------------------------------------------------------------
    def _fzzfjs(self) -> None:
        col = "zwgk/fzzfjs"
        items = [
            self._negative(col, "浚县2025年法治政府建设工作要点", "2025-04-09", GOV_OFFICE),
            self._gold(
                col,
                "浚县人民政府关于2024年度法治政府建设工作情况的报告",
                "003",
                "2025-03-26",
                index_no=f"{CREDIT}/2025-00041",
                publisher=SITE,
                written_date="2025-03-24",
                doc_no="浚政文〔2025〕12号",
            ),
            self._negative(col, "一图读懂浚县2024年度法治政府建设工作情况报告", "2025-03-27", SFJ),
            self._negative(
                col,
                "关于《浚县人民政府关于2024年度法治政府建设工作情况的报告》的解读",
                "2025-03-27",
                SFJ,
            ),
            self._negative(col, "浚县2024年度法治政府建设考核结果公示", "2025-02-18", SFJ),
            self._negative(col, "浚县法治政府建设实施方案（2021—2025年）", "2022-01-10", SITE),
            self._gold(
                col,
                "浚县人民政府关于2023年度法治政府建设工作情况的报告",
                "001",
                "2024-03-22",
                index_no=f"{CREDIT}/2024-00037",
                publisher=SITE,
                written_date="2024-03-20",
                doc_no="浚政文〔2024〕9号",
            ),
            self._gold(
                col,
                "浚县司法局2023年度法治政府建设工作报告",
                "004",
                "2024-02-05",
                index_no=f"{SFJ_CREDIT}/2024-00006",
                publisher=SFJ,
                written_date="2024-02-02",
            ),
            self._negative(col, "浚县2024年法治政府建设工作要点", "2024-04-12", GOV_OFFICE),
        ]
        # The list spells its items three ways: relative, on the bare host, on http://www.
        spelled = []
        for n, (title, path, pub) in enumerate(items):
            href = [
                "." + path.removeprefix(f"/{col}"),
                f"http://{self.bare}{path}",
                f"http://{self.www}{path}",
            ][n % 3]
            spelled.append((title, href, pub))
        self._list(col, "法治政府建设", spelled, self._zwgk_tree(n=0))

    def _ndbg(self) -> None:
        col = "zwgk/ndbg"
        items = []
        for year in range(2024, 2018, -1):
            title = f"浚县人民政府{year}年政府信息公开工作年度报告"
            items.append(self._filler(col, title, f"{year + 1}-01-2{year % 7}", GOV_OFFICE))
            self.negative_titles.append(title)
        self._list(col, "政府信息公开年报", items, self._zwgk_tree(n=1))

    # --- reposts: the 专题 and the 司法局's column -----------------------------------------------
    def _topic(self) -> None:
        col = "ztzl/fzzfjs"
        title, gold_path, _ = self.reports["003"]
        items = [
            self._news(col, "浚县召开2025年法治政府建设工作推进会", "2025-04-15", SFJ, True),
            self._repost(col, title, "003", "2025-04-01"),
            self._news(col, "县司法局开展“法治进乡村”集中宣传活动", "2025-03-18", SFJ),
            self._news(
                col, "浚县2024年度法治政府建设示范创建工作综述", "2025-01-20", SFJ, negative=True
            ),
            self._news(col, "浚县召开2024年法治政府建设推进会", "2024-04-10", SFJ, True),
        ]
        # The 2023 report, linked by its URL from before the move (the old domain).
        old_title, old_path, old_pub = self.reports["001"]
        items.insert(3, (old_title, f"http://{self.origins['old']}{old_path}", old_pub))
        self._list(
            col,
            "法治政府建设专题",
            items,
            fu.left_tree(
                "专题专栏",
                [
                    ("法治政府建设专题", f"//{self.bare}/ztzl/fzzfjs/", []),
                    ("乡村振兴", "/ztzl/xczx/", []),
                    ("优化营商环境", "/ztzl/yhyshj/index.html", []),
                ],
            ),
            section=("专题专栏", "/ztzl/"),
        )
        _ = gold_path

    def _sfj(self) -> None:
        col = "zwgk/bmxxgk/sfj"
        title, _, _ = self.reports["004"]
        items = [
            self._news(col, "县司法局召开2025年全县司法行政工作会议", "2025-02-20", SFJ),
            self._repost(col, title, "004", "2024-02-08"),
            self._news(col, "浚县司法局2024年普法依法治理工作要点", "2024-03-01", SFJ, True),
        ]
        self._list(col, "县司法局", items, self._zwgk_tree(n=2), section=("部门信息公开", "#"))

    def _other(self) -> None:
        self._list(
            "zwgk/zcwj",
            "政策文件",
            [
                self._filler(
                    "zwgk/zcwj", "浚县人民政府关于印发浚县优化营商环境若干措施的通知", "2025-03-10"
                ),
                self._filler(
                    "zwgk/zcwj", "浚县人民政府办公室关于做好2025年春季防汛工作的通知", "2025-03-02"
                ),
            ],
            self._zwgk_tree(n=3),
        )
        news = [
            self._news("xwzx/xxyw", "浚县召开县政府第42次常务会议", "2025-04-11", GOV_OFFICE),
            self._news("xwzx/xxyw", "县领导调研春季农业生产工作", "2025-04-03", GOV_OFFICE),
            self._news(
                "xwzx/xxyw", "浚县召开2025年法治政府建设工作推进会", "2025-04-15", SFJ, True
            ),
        ]
        self.news = news
        self._list("xwzx/xxyw", "浚县要闻", news, "", section=("新闻中心", "/xwzx/"))
        notices = [
            self._news("xwzx/tzgg", "浚县2025年公开招聘社区工作者公告", "2025-04-08", GOV_OFFICE),
            self._news(
                "xwzx/tzgg",
                "关于召开全县2025年法治政府建设工作推进会的通知",
                "2025-04-01",
                GOV_OFFICE,
                True,
            ),
        ]
        self.notices = notices
        self._list("xwzx/tzgg", "通知公告", notices, "", section=("新闻中心", "/xwzx/"))
        main = (
            self._zwgk_tree(n=4) + '<div class="list-right"><div class="list-tit">政府信息公开'
            "</div><p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p></div>"
        )
        html = self._frame("政府信息公开", [("首页", "/")], main)
        self.page("/zwgk/index.html", html)
        self.page("/zwgk/", html)
        ztzl = (
            '<div class="zt-list"><a href="/ztzl/fzzfjs/index.html">'
            '<img src="/images/zt_fzzfjs.jpg" alt="法治政府建设专题" /></a>'
            '<a href="/ztzl/xczx/"><img src="/images/zt_xczx.jpg" alt="乡村振兴" /></a></div>'
        )
        html = self._frame("专题专栏", [("首页", "/")], ztzl)
        self.page("/ztzl/", html)
        self.page("/ztzl/index.html", html)

    # --- pages -------------------------------------------------------------------------------
    def _path(self, column: str, pub: str) -> str:
        self.next_id += 23
        return f"/{column}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self.next_id}.html"

    def _gold(
        self, col: str, title: str, seed: str, pub: str, **meta: str
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        body = self.gold_report(path, seed, title, publish_date=pub, **meta)
        self.page(path, self._detail(title, body, pub=pub, **meta))
        self.reports[seed] = (title, path, pub)
        return title, path, pub

    def _negative(self, col: str, title: str, pub: str, publisher: str) -> tuple[str, str, str]:
        path = self._path(col, pub)
        self.page(
            path,
            self._detail(
                title,
                NEGATIVE_BODY,
                pub=pub,
                index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 100:05d}",
                publisher=publisher,
                written_date=pub,
            ),
        )
        self.negative_titles.append(title)
        return title, path, pub

    def _filler(
        self, col: str, title: str, pub: str, publisher: str = GOV_OFFICE
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        self.page(
            path,
            self._detail(
                title,
                FILLER_BODY,
                pub=pub,
                index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 100:05d}",
                publisher=publisher,
                written_date=pub,
            ),
        )
        return title, path, pub

    def _news(
        self, col: str, title: str, pub: str, source: str, negative: bool = False
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        body = NEGATIVE_BODY if negative else FILLER_BODY
        self.page(path, self._topic_page(title, body, pub, source, col))
        if negative:
            self.negative_titles.append(title)
        return title, path, pub

    def _repost(self, col: str, title: str, seed: str, pub: str) -> tuple[str, str, str]:
        """The report again, in the column's own template: no 索引号, the same text."""
        from tests.fixtureweb.seeds import load_seed

        path = self._path(col, pub)
        source = SFJ if seed == "004" else SITE
        self.page(
            path, self._topic_page(title, list(load_seed(seed).body_lines), pub, source, col)
        )
        return title, path, pub

    def _topic_page(self, title: str, body: list[str], pub: str, source: str, col: str) -> str:
        main = (
            '<div class="zt-article"><h2 class="zt-title">'
            + esc(title)
            + "</h2>"
            + f'<div class="zt-info"><span>来源：{esc(source)}</span><span>发布时间：{esc(pub)}'
            + "</span><span>阅读次数：<script>document.write(Math.floor(Math.random()*900))"
            + "</script></span></div>"
            + '<div class="TRS_Editor">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        section = ("专题专栏", "/ztzl/") if col.startswith("ztzl") else ("新闻中心", "/xwzx/")
        if col.startswith("zwgk"):
            section = ("政务公开", f"https://{self.www}/zwgk/")
        return self._frame(title, [("首页", "/"), section], main)

    def _detail(
        self,
        title: str,
        body: list[str],
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str = "",
    ) -> str:
        table = (
            '<table class="xxgk-table" width="100%" border="1" cellspacing="0" cellpadding="0">'
            f'<tr><td class="t">索引号：</td><td>{esc(index_no)}</td>'
            f'<td class="t">发布机构：</td><td>{esc(publisher)}</td></tr>'
            f'<tr><td class="t">成文日期：</td><td>{esc(written_date)}</td>'
            f'<td class="t">发布日期：</td><td>{esc(pub)}</td></tr>'
            f'<tr><td class="t">文号：</td><td colspan="3">{esc(doc_no)}</td></tr></table>'
        )
        main = (
            '<div class="article">'
            + table
            + f'<div class="article-tit">{esc(title)}</div>'
            + '<div class="article-con" id="zoom"><div class="TRS_Editor">\n'
            + fu.paragraphs(body)
            + "\n</div></div>"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [
            ("首页", f"//{self.www}/index.html"),
            ("政务公开", f"http://{self.bare}/zwgk/"),
            ("法治政府建设", "/zwgk/fzzfjs/index.html"),
        ]
        return self._frame(title, crumbs, main)

    def _zwgk_tree(self, n: int) -> str:
        """The catalogue tree, spelled differently on each page."""
        fzzf = [
            "/zwgk/fzzfjs/",
            "/zwgk/fzzfjs/index.html",
            f"http://{self.bare}/zwgk/fzzfjs/",
            f"//{self.www}/zwgk/fzzfjs/index.html",
            f"https://{self.www}/zwgk/fzzfjs/",
        ][n % 5]
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("政策文件", "/zwgk/zcwj/" if n % 2 else "/zwgk/zcwj/index.html"),
                        ("法治政府建设", fzzf),
                    ],
                ),
                ("部门信息公开", "javascript:;", [("县司法局", "/zwgk/bmxxgk/sfj/index.html")]),
                ("政府信息公开年报", f"http://{self.www}/zwgk/ndbg/", []),
            ],
        )

    def _list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str]],
        left: str,
        section: tuple[str, str] = ("政务公开", "/zwgk/index.html"),
    ) -> None:
        base = f"/{col}/"
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in chunk
            )
            pager = (
                '<div class="page"><script type="text/javascript">'
                f'createPageHTML({len(chunks)}, {n}, "index", "html");</script></div>'
            )
            main = (
                left
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(name, [("首页", "/"), section, (name, base)], main)
            self.page(base + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(base, html)

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="tit">{esc(title)}'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        main = (
            '<div class="home-row">'
            + box("浚县要闻", f"http://{self.www}/xwzx/xxyw/", self.news)
            + box("通知公告", f"//{self.bare}/xwzx/tzgg/index.html", self.notices)
            + "</div><div class='home-row zt-banner'>"
            + f'<a href="http://{self.bare}/ztzl/fzzfjs/"><img src="/images/banner_fzzf.jpg" '
            + 'alt="法治政府建设专题" /></a>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/index.html", html)
        self.page("/", html)

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", f"//{self.bare}/index.html"),
            ("走进浚县", "/zjxx/"),
            ("新闻中心", f"http://{self.www}/xwzx/"),
            ("政务公开", f"https://{self.www}/zwgk/index.html"),
            ("专题专栏", "/ztzl/"),
            ("政务服务", "https://www.hnzwfw.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="豫ICP备05012345号",
                police="豫公网安备 41062102000103号",
                code=CODE,
                address="河南省鹤壁市浚县黎阳路",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )


class AliasCountyOldSite(AliasCountySite):
    """The same portal configured with its old domain (a config written before the move): the
    bare host is the new domain, found own; its first redirect tells it is the www host."""

    name = "alias_county_old"

    def start_url(self) -> str:
        return f"http://{self.origins['old']}/"

"""A Hubei county portal whose departments and 乡镇 run sub-sites on sub-hosts of the county's
domain (`sfj.yingshan.gov.cn`, `wqz.yingshan.gov.cn`, …), the 县司法局's on another CMS:

- the fixture web has no host names (every host is a loopback address), so a sub-host is
  expressed as closely as it can be: each sub-site is another server on the main server's
  address (another port), i.e. the same host name, as `sfj.x.gov.cn` is under `x.gov.cn`;
- the main portal (the configured start URL, a TRS-like 站群 master site) has three
  `<select onchange="window.open(this.value)">` boxes (上级网站 off-site, 部门网站, 乡镇网站) and
  a footer link box repeating the 部门 and 乡镇 sub-sites (20 departments, 12 乡镇); one
  department's sub-site is closed ("已整合至县政府门户网站"), one 乡镇's answers 403;
- 政府信息公开 → 法定主动公开内容 → 法治政府建设 (`/xxgk/fdzdgknr/fzzfjs/`) holds the 县政府's
  2024 and 2023 reports with 索引号 tables (索引号, 主题分类, 发布机构, 成文日期, 文　　号, 发布日期),
  beside 工作要点, a 解读, an 一图读懂, 考核 and 实施方案; 政府信息公开年报 holds only those;
- the 县司法局's sub-site is a PHP 站群 news system in GBK (`/news/list_12.html`,
  `/news/list_12_2.html`, `/news/show_345.html`; `来源：… 作者：… 发布时间：… 点击：` line, no
  索引号). Its 法治政府建设 column (two pages) reposts the 县政府's 2024 report (same title) and
  its 2023 report (retitled "英山县2023年度法治政府建设情况报告"), and holds the 司法局's own 2024
  report (only there), beside 述法, 考核, 工作要点, 普法 news and meetings; 政务公开 holds its
  信息公开年报;
- the 温泉镇 sub-site (the 站群's sub-site template) has its own 2024 法治政府建设 report in
  政务公开, beside its 信息公开年报 and 普法 news.

Gold: the 县政府's two reports (catalogue copies, their fields; the 司法局 reposts are aliases
and must not come out again), the 司法局's report and the 温泉镇 report.

Gold URLs live on several origins of one address: `base_url` is `http://<address>` and each gold
`path` starts with `:<port>`.
"""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import NOT_FOUND, Hit, Reply, html_reply

SITE = "英山县人民政府"
CODE = "4211240001"
CREDIT = "011124001"
SFJ = "英山县司法局"
SFJ_CODE = "4211240029"
TOWN = "温泉镇人民政府"
ICP = "鄂ICP备05003821号"
POLICE = "鄂公网安备 42112402000108号"

# Department sub-sites: (role = sub-host, name). "sfj" runs its own CMS; "tjj" is closed.
DEPTS = [
    ("fgj", "县发展和改革局"),
    ("jyj", "县教育局"),
    ("kjj", "县科学技术和经济信息化局"),
    ("gaj", "县公安局"),
    ("mzj", "县民政局"),
    ("sfj", "县司法局"),
    ("czj", "县财政局"),
    ("rsj", "县人力资源和社会保障局"),
    ("zrzyj", "县自然资源和规划局"),
    ("zjj", "县住房和城乡建设局"),
    ("jtj", "县交通运输局"),
    ("slj", "县水利和湖泊局"),
    ("nyj", "县农业农村局"),
    ("swj", "县商务局"),
    ("wlj", "县文化和旅游局"),
    ("wjj", "县卫生健康局"),
    ("yjj", "县应急管理局"),
    ("scj", "县市场监督管理局"),
    ("ybj", "县医疗保障局"),
    ("tjj", "县统计局"),
]
TOWNS = [
    ("wqz", "温泉镇"),
    ("nhz", "南河镇"),
    ("hsz", "红山镇"),
    ("jjpz", "金家铺镇"),
    ("stjz", "石头咀镇"),
    ("cpdz", "草盘地镇"),
    ("ljdz", "雷家店镇"),
    ("kjfx", "孔家坊乡"),
    ("fzx", "方咀乡"),
    ("ylwz", "杨柳湾镇"),
    ("tjhx", "陶家河乡"),
    ("kfq", "县经济开发区"),
]
CLOSED = "tjj"
FORBIDDEN = "kfq"


class SfjSubsiteCountySite(BlindSite):
    name = "sfj_subsite_county"
    # A crawl of about 150 pages (32 sub-sites): the check gets the budget to reach every report.
    check_pages = 300
    region = "湖北省黄冈市英山县"
    extra_hosts = tuple(r for r, _ in DEPTS) + tuple(r for r, _ in TOWNS)
    same_address = extra_hosts

    def start_url(self) -> str:
        return f"http://{self.origins['']}/"

    def url(self, role: str, path: str) -> str:
        return f"http://{self.origins[role]}{path}"

    def gold_path(self, role: str, path: str) -> str:
        """A gold path relative to `base_url` (`http://<address>`): `:<port>/…`."""
        return ":" + self.origins[role].rsplit(":", 1)[1] + path

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.base_url = base_url.rsplit(":", 1)[0]
        self.host_pages: dict[str, dict[str, Reply]] = {}
        self.role_of = {origin: role for role, origin in self.origins.items()}
        self.next_id = 4_870_000
        self.aliases.clear()
        self.county: dict[str, tuple[str, str, str]] = {}
        # Sub-site articles the 站群 pushes to the main portal's 部门动态 box: (title, url, date)
        self.pushed: list[tuple[str, str, str]] = []
        self._catalogue()
        self._sfj_site()
        for role, name in DEPTS:
            if role not in ("sfj", CLOSED):
                self._dept_site(role, name)
        for role, name in TOWNS:
            if role != FORBIDDEN:
                self._town_site(role, name)
        self._closed_site()
        self._main_pages()

    # --- serving ----------------------------------------------------------------------------
    def put(self, role: str, path: str, html: str, *, gbk: bool = False) -> None:
        reply = html_reply(html, encoding="gbk", header_charset=None) if gbk else html_reply(html)
        self.host_pages.setdefault(role, {})[path] = reply
        self.sources[self.url(role, path)] = html

    def dynamic(self, hit: Hit) -> Reply | None:
        role = self.role_of.get(hit.origin, "")
        if role == FORBIDDEN:
            return html_reply(
                "<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden"
                "</h1></center><hr><center>nginx</center></body></html>",
                status=403,
            )
        if role == CLOSED:
            return self.host_pages[CLOSED]["/"]
        pages = self.host_pages.get(role, {})
        key = hit.path + (f"?{hit.query}" if hit.query else "")
        return pages.get(key) or pages.get(hit.path) or html_reply(NOT_FOUND, status=404)

    def _id(self, step: int = 37) -> int:
        self.next_id += step
        return self.next_id

    # === main portal (站群 master site) ======================================================
    def _trs_path(self, col: str, pub: str) -> str:
        return f"/{col}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self._id()}.html"

    def _catalogue(self) -> None:
        col = "xxgk/fdzdgknr/fzzfjs"
        items = [
            self._xxgk_doc(
                col, "英山县2025年法治政府建设工作要点", "2025-04-16", "英政办发〔2025〕11号"
            ),
            self._xxgk_doc(
                col,
                "一图读懂《英山县人民政府关于2024年度法治政府建设情况的报告》",
                "2025-03-26",
            ),
            self._xxgk_doc(
                col,
                "关于《英山县人民政府关于2024年度法治政府建设情况的报告》的政策解读",
                "2025-03-26",
            ),
            self._county_report(
                col,
                "英山县人民政府关于2024年度法治政府建设情况的报告",
                "003",
                pub="2025-03-25",
                written="2025-03-20",
                doc_no="英政文〔2025〕8号",
                seq="00031",
            ),
            self._xxgk_doc(col, "英山县2024年度法治政府建设考核结果通报", "2025-02-11"),
            self._xxgk_doc(
                col,
                "关于召开县委全面依法治县委员会2025年第一次会议的通知",
                "2025-01-09",
            ),
            self._xxgk_doc(
                col, "英山县2024年法治政府建设工作要点", "2024-04-18", "英政办发〔2024〕9号"
            ),
            self._county_report(
                col,
                "英山县人民政府关于2023年度法治政府建设情况的报告",
                "000",
                pub="2024-03-27",
                written="2024-03-22",
                doc_no="英政文〔2024〕6号",
                seq="00027",
            ),
            self._xxgk_doc(
                col,
                "英山县2024年度重大行政决策事项目录",
                "2024-03-01",
                "英政办函〔2024〕3号",
                filler=True,
            ),
            self._xxgk_doc(col, "英山县2023年度法治政府建设考核结果通报", "2024-02-06"),
            self._xxgk_doc(
                col, "英山县法治政府建设实施方案（2021—2025年）", "2022-03-04", "英发〔2022〕5号"
            ),
        ]
        self._xxgk_list(col, "法治政府建设", items)
        col = "xxgk/zfxxgknb"
        items = []
        for year in range(2024, 2018, -1):
            title = f"英山县人民政府{year}年政府信息公开工作年度报告"
            items.append(self._xxgk_doc(col, title, f"{year + 1}-01-2{year % 8}", filler=True))
            self.negative_titles.append(title)
        self._xxgk_list(col, "政府信息公开年报", items)
        col = "xxgk/zcwj"
        items = [
            self._xxgk_doc(
                col,
                "英山县人民政府关于印发英山县优化营商环境十条措施的通知",
                "2025-03-14",
                filler=True,
            ),
            self._xxgk_doc(
                col,
                "英山县人民政府办公室关于做好2025年春季森林防火工作的通知",
                "2025-02-27",
                filler=True,
            ),
            self._xxgk_doc(
                col, "英山县人民政府关于公布县级行政许可事项清单的通知", "2024-11-08", filler=True
            ),
        ]
        self._xxgk_list(col, "政策文件", items)

    def _county_report(
        self,
        col: str,
        title: str,
        seed: str,
        *,
        pub: str,
        written: str,
        doc_no: str,
        seq: str,
    ) -> tuple[str, str, str]:
        path = self._trs_path(col, pub)
        index_no = f"{CREDIT}/{pub[:4]}-{seq}"
        body = self.gold_report(
            self.gold_path("", path),
            seed,
            title,
            publisher=SITE,
            publish_date=pub,
            index_no=index_no,
            written_date=written,
            doc_no=doc_no,
        )
        self.put("", path, self._xxgk_detail(title, body, pub, index_no, written, doc_no))
        self.county[seed] = (title, path, pub)
        return title, path, pub

    def _xxgk_doc(
        self, col: str, title: str, pub: str, doc_no: str = "", *, filler: bool = False
    ) -> tuple[str, str, str]:
        path = self._trs_path(col, pub)
        index_no = f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}"
        body = FILLER_BODY if filler else NEGATIVE_BODY
        self.put("", path, self._xxgk_detail(title, body, pub, index_no, pub, doc_no))
        if not filler:
            self.negative_titles.append(title)
        return title, path, pub

    def _xxgk_detail(  # noqa: PLR0917
        self, title: str, body: list[str], pub: str, index_no: str, written: str, doc_no: str
    ) -> str:
        table = (
            '<div class="xxgk-info"><table class="table_suoyin" width="100%" cellspacing="0">'
            f"<tr><th>索&ensp;引&ensp;号：</th><td>{esc(index_no)}</td>"
            "<th>主题分类：</th><td>其他</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(SITE)}</td>"
            f"<th>成文日期：</th><td>{esc(written)}</td></tr>"
            f'<tr><th>标　　题：</th><td colspan="3">{esc(title)}</td></tr>'
            f"<tr><th>文　　号：</th><td>{esc(doc_no)}</td>"
            f"<th>发布日期：</th><td>{esc(pub)}</td></tr>"
            '<tr><th>有&ensp;效&ensp;性：</th><td colspan="3">有效</td></tr></table></div>'
        )
        main = (
            fu.left_tree("政府信息公开", self._xxgk_branches())
            + '<div class="xxgk-right"><div class="article">'
            + table
            + f'<h1 class="article-title">{esc(title)}</h1>'
            + f'<div class="article-meta">发布时间：{esc(pub)}　来源：{esc(SITE)}'
            + '　浏览次数：<span id="readCount"></span>'
            + '　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>'
            + ' <a href="javascript:doZoom(14)">小</a>】</div>'
            + '<div class="article-con" id="zoom"><div class="TRS_Editor">\n'
            + fu.paragraphs(body)
            + "\n</div></div>"
            + '<div class="fj"><span>附件：</span></div>'
            + fu.article_tools()
            + "</div></div>"
        )
        crumbs = [
            ("首页", "/"),
            ("政府信息公开", "/xxgk/"),
            ("法定主动公开内容", "/xxgk/fdzdgknr/"),
        ]
        return self._main_frame(title, crumbs, main)

    def _xxgk_branches(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        return [
            ("政府信息公开指南", "/xxgk/xxgkzn/", []),
            ("政府信息公开制度", "/xxgk/xxgkzd/", []),
            (
                "法定主动公开内容",
                "/xxgk/fdzdgknr/",
                [
                    ("政策文件", "/xxgk/zcwj/"),
                    ("法治政府建设", "/xxgk/fdzdgknr/fzzfjs/"),
                    ("财政预决算", "/xxgk/fdzdgknr/czyjs/"),
                ],
            ),
            ("政府信息公开年报", "/xxgk/zfxxgknb/", []),
            ("部门信息公开", "/xxgk/bmxxgk/", []),
            ("乡镇信息公开", "/xxgk/xzxxgk/", []),
        ]

    def _xxgk_list(self, col: str, name: str, items: list[tuple[str, str, str]]) -> None:
        size = 6
        chunks = [items[k : k + size] for k in range(0, len(items), size)] or [[]]
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<tr><td class="xh">{n * size + k}</td><td class="bt"><a href="{esc(u)}" '
                f'target="_blank" title="{esc(t)}">{esc(t)}</a></td><td class="rq">{esc(d)}</td>'
                "</tr>"
                for k, (t, u, d) in enumerate(chunk, 1)
            )
            main = (
                fu.left_tree("政府信息公开", self._xxgk_branches())
                + f'<div class="xxgk-right"><div class="list-tit">{esc(name)}</div>'
                + '<table class="xxgk-list" width="100%"><tr class="head"><th>序号</th>'
                + f"<th>标题</th><th>发布日期</th></tr>{rows}</table>"
                + '<div class="page"><script type="text/javascript">'
                + f'createPageHTML({len(chunks)}, {n}, "index", "html");</script></div></div>'
            )
            html = self._main_frame(
                name, [("首页", "/"), ("政府信息公开", "/xxgk/"), (name, f"/{col}/")], main
            )
            self.put("", f"/{col}/" + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.put("", f"/{col}/", html)

    def _main_pages(self) -> None:
        # 政府信息公开 home and its plain pages
        intro = (
            fu.left_tree("政府信息公开", self._xxgk_branches())
            + '<div class="xxgk-right"><div class="list-tit">政府信息公开</div>'
            + "<p>根据《中华人民共和国政府信息公开条例》，英山县人民政府主动公开政府信息。"
            + '各部门、各乡镇信息公开内容请进入<a href="/xxgk/bmxxgk/">部门信息公开</a>、'
            + '<a href="/xxgk/xzxxgk/">乡镇信息公开</a>查看。</p></div>'
        )
        html = self._main_frame("政府信息公开", [("首页", "/"), ("政府信息公开", "/xxgk/")], intro)
        self.put("", "/xxgk/", html)
        self.put("", "/xxgk/index.html", html)
        for col, name, text in [
            ("xxgk/xxgkzn", "政府信息公开指南", "为了更好地提供政府信息公开服务，特编制本指南。"),
            ("xxgk/xxgkzd", "政府信息公开制度", "英山县政府信息公开保密审查制度、发布协调制度。"),
            ("xxgk/fdzdgknr/czyjs", "财政预决算", "英山县2025年县级财政预算公开。"),
        ]:
            body = (
                fu.left_tree("政府信息公开", self._xxgk_branches())
                + f'<div class="xxgk-right"><div class="list-tit">{esc(name)}</div>'
                + f"<p>{esc(text)}</p></div>"
            )
            self.put("", f"/{col}/", self._main_frame(name, [("首页", "/"), (name, "#")], body))
        fd = (
            fu.left_tree("政府信息公开", self._xxgk_branches())
            + '<div class="xxgk-right"><div class="list-tit">法定主动公开内容</div><ul class="sub">'
            + '<li><a href="/xxgk/zcwj/">政策文件</a></li>'
            + '<li><a href="/xxgk/fdzdgknr/fzzfjs/">法治政府建设</a></li>'
            + '<li><a href="/xxgk/fdzdgknr/czyjs/">财政预决算</a></li></ul></div>'
        )
        self.put(
            "",
            "/xxgk/fdzdgknr/",
            self._main_frame("法定主动公开内容", [("首页", "/"), ("政府信息公开", "/xxgk/")], fd),
        )
        # 部门信息公开 / 乡镇信息公开: links into the sub-sites' 政务公开 columns
        for col, name, units in [
            ("xxgk/bmxxgk", "部门信息公开", DEPTS),
            ("xxgk/xzxxgk", "乡镇信息公开", TOWNS),
        ]:
            links = "".join(
                f'<li><a href="{esc(self._unit_xxgk(role))}" target="_blank">{esc(unit)}</a></li>'
                for role, unit in units
            )
            body = (
                fu.left_tree("政府信息公开", self._xxgk_branches())
                + f'<div class="xxgk-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="unit-list">{links}</ul></div>'
            )
            html = self._main_frame(name, [("首页", "/"), ("政府信息公开", "/xxgk/")], body)
            self.put("", f"/{col}/", html)
        # news
        news = [
            self._main_news("xwzx/ywdt", "英山县召开县政府第38次常务会议", "2025-04-14"),
            self._main_news(
                "xwzx/ywdt",
                "县委全面依法治县委员会召开会议 听取2024年度法治政府建设情况报告",
                "2025-03-12",
                negative=True,
            ),
            self._main_news("xwzx/ywdt", "英山县2025年春季茶叶开园仪式举行", "2025-04-02"),
            self._main_news("xwzx/ywdt", "县领导督导检查安全生产工作", "2025-03-28"),
        ]
        notices = [
            self._main_news("xwzx/tzgg", "英山县2025年公开招聘中小学教师公告", "2025-04-08"),
            self._main_news(
                "xwzx/tzgg",
                "关于2025年度“谁执法谁普法”履职报告评议活动的公告",
                "2025-04-01",
                negative=True,
            ),
            self._main_news("xwzx/tzgg", "英山县2025年城乡居民医保集中缴费公告", "2025-03-10"),
        ]
        pushed = sorted(self.pushed, key=lambda i: i[2], reverse=True)
        for col, name, items in [
            ("xwzx/ywdt", "英山要闻", news),
            ("xwzx/tzgg", "通知公告", notices),
            ("xwzx/bmdt", "部门动态", pushed),
        ]:
            rows = "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in items
            )
            main = (
                f'<div class="list-box"><div class="list-tit">{esc(name)}</div>'
                f'<ul class="list">{rows}</ul><div class="page"><script>createPageHTML(1, 0, '
                '"index", "html");</script></div></div>'
            )
            html = self._main_frame(
                name, [("首页", "/"), ("新闻中心", "/xwzx/"), (name, "#")], main
            )
            self.put("", f"/{col}/", html)
            self.put("", f"/{col}/index.html", html)
        xw = (
            '<div class="list-box"><ul><li><a href="/xwzx/ywdt/">英山要闻</a></li>'
            '<li><a href="/xwzx/tzgg/">通知公告</a></li><li><a href="/xwzx/bmdt/">部门动态</a></li>'
            "</ul></div>"
        )
        self.put("", "/xwzx/", self._main_frame("新闻中心", [("首页", "/")], xw))
        self._home(news, notices)

    def _unit_xxgk(self, role: str) -> str:
        if role == "sfj":
            return self.url(role, "/news/list_14.html")
        return self.url(role, "/zwgk/")

    def _main_news(
        self, col: str, title: str, pub: str, *, negative: bool = False
    ) -> tuple[str, str, str]:
        path = self._trs_path(col, pub)
        body = NEGATIVE_BODY if negative else FILLER_BODY
        if negative:
            self.negative_titles.append(title)
        main = (
            '<div class="article">'
            + f'<h1 class="article-title">{esc(title)}</h1>'
            + f'<div class="article-meta">发布时间：{esc(pub)} 09:00　来源：英山县融媒体中心'
            + '　浏览次数：<span id="readCount"></span></div>'
            + '<div class="article-con" id="zoom"><div class="TRS_Editor">\n'
            + fu.paragraphs(body)
            + "\n</div></div>"
            + fu.article_tools()
            + "</div>"
        )
        self.put("", path, self._main_frame(title, [("首页", "/"), ("新闻中心", "/xwzx/")], main))
        return title, path, pub

    def _home(self, news: list[tuple[str, str, str]], notices: list[tuple[str, str, str]]) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        def select(label: str, options: list[tuple[str, str]]) -> str:
            opts = "".join(f'<option value="{esc(v)}">{esc(t)}</option>' for t, v in options)
            return (
                '<select class="link-select" onchange="if(this.value!=\'\'){window.open('
                f'this.value);}}this.selectedIndex=0;"><option value="">{esc(label)}</option>'
                f"{opts}</select>"
            )

        depts = [(name, self.url(role, "/")) for role, name in DEPTS]
        # the select spells some sub-sites without the trailing slash, as typed by an editor
        depts = [(t, u.rstrip("/") if n % 3 == 1 else u) for n, (t, u) in enumerate(depts)]
        towns = [(name, self.url(role, "/")) for role, name in TOWNS]
        upper = [
            ("中国政府网", "https://www.gov.cn/"),
            ("湖北省人民政府", "https://www.hubei.gov.cn/"),
            ("黄冈市人民政府", "http://www.hg.gov.cn/"),
        ]
        selects = (
            '<div class="links-select"><span class="lab">网站链接：</span>'
            + select("上级网站", upper)
            + select("部门网站", depts)
            + select("乡镇网站", towns)
            + "</div>"
        )
        linkbox = (
            '<div class="foot-linkbox"><div class="hd"><span class="on">部门网站</span>'
            '<span>乡镇网站</span></div><div class="bd"><ul class="dept">'
            + "".join(
                f'<li><a href="{esc(self.url(r, "/"))}" target="_blank">{esc(n)}</a></li>'
                for r, n in DEPTS
            )
            + '</ul><ul class="town" style="display:none">'
            + "".join(
                f'<li><a href="{esc(self.url(r, "/"))}" target="_blank">{esc(n)}</a></li>'
                for r, n in TOWNS
            )
            + "</ul></div></div>"
        )
        main = (
            '<div class="home-row">'
            + box("英山要闻", "/xwzx/ywdt/", news)
            + box("通知公告", "/xwzx/tzgg/", notices)
            + "</div>"
            + '<div class="home-row">'
            + box("部门动态", "/xwzx/bmdt/", sorted(self.pushed, key=lambda i: i[2])[::-1][:8])
            + "</div>"
            + '<div class="home-row xxgk-entry"><a href="/xxgk/"><img src="/images/xxgk.png" '
            + 'alt="政府信息公开" />政府信息公开</a>'
            + '<a href="/xxgk/zfxxgknb/">政府信息公开年报</a>'
            + '<a href="/xxgk/zcwj/">政策文件</a></div>'
            + fu.interaction_sidebar()
            + selects
            + linkbox
        )
        html = self._main_frame(SITE, [], main)
        self.put("", "/", html)
        self.put("", "/index.html", html)

    def _main_frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", "/index.html"),
            ("走进英山", "/zjys/"),
            ("新闻中心", "/xwzx/"),
            ("政府信息公开", "/xxgk/"),
            ("政务服务", "http://zwfw.hubei.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}-{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={"ArticleTitle": title})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.float_share()
            + fu.footer_block(
                SITE, icp=ICP, police=POLICE, code=CODE, address="湖北省黄冈市英山县温泉镇毕升大道"
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

    # === 县司法局: PHP 站群 news system, GBK ==================================================
    def _sfj_site(self) -> None:
        self.sfj_id = 312
        # (id, column, title, time, body, 来源, 作者) of every article, rendered with its column
        self.pending: list[tuple[int, int, str, str, list[str], str, str]] = []
        columns = {
            10: "工作动态",
            11: "通知公告",
            12: "法治政府建设",
            13: "普法宣传",
            14: "政务公开",
            15: "法律服务",
        }
        self.sfj_columns = columns
        t24, p24, _ = self.county["003"]
        t23, p23, _ = self.county["000"]
        fzzf = [
            self._sfj_art(
                12,
                "英山县召开2025年度法治政府建设工作推进会",
                "2025-04-10 15:32:08",
                negative=True,
            ),
            self._sfj_art(
                12, "英山县2025年法治政府建设工作要点", "2025-04-17 09:12:44", negative=True
            ),
            self._sfj_repost(12, t24, "003", "2025-03-27 10:05:19", p24, signed="2025年3月20日"),
            self._sfj_gold(
                12, "英山县司法局2024年度法治政府建设工作报告", "001", "2025-01-22 16:40:31"
            ),
            self._sfj_art(
                12, "县司法局党组书记、局长2024年度述法报告", "2025-01-20 11:03:52", negative=True
            ),
            self._sfj_art(
                12, "英山县2024年度法治政府建设考核结果通报", "2025-02-12 08:57:10", negative=True
            ),
            self._sfj_art(12, "县司法局开展“宪法宣传周”系列普法活动", "2024-12-04 17:21:06"),
            self._sfj_art(
                12,
                "英山县“八五”普法规划实施情况中期评估报告",
                "2024-06-18 10:44:27",
                negative=True,
            ),
            self._sfj_art(
                12,
                "关于开展2024年度法治政府建设示范创建活动的通知",
                "2024-05-10 09:30:00",
                negative=True,
            ),
            self._sfj_repost(
                12,
                "英山县2023年度法治政府建设情况报告",
                "000",
                "2024-03-29 14:18:45",
                p23,
                signed="2024年3月22日",
                heading=t23,
            ),
            self._sfj_art(
                12, "英山县2024年法治政府建设工作要点", "2024-04-19 16:02:13", negative=True
            ),
            self._sfj_art(
                12,
                "县委依法治县办召开会议 听取2023年度法治政府建设情况汇报",
                "2024-02-26 15:47:36",
                negative=True,
            ),
            self._sfj_art(
                12,
                "英山县法治政府建设实施方案（2021—2025年）",
                "2022-03-08 10:20:11",
                negative=True,
            ),
        ]
        fzzf.sort(key=lambda a: a[2], reverse=True)
        lists = {
            12: fzzf,
            10: [
                self._sfj_art(10, "县司法局召开2025年全县司法行政工作会议", "2025-02-19 16:11:24"),
                self._sfj_art(10, "县司法局开展“法律明白人”培训", "2025-03-21 10:35:02"),
                self._sfj_art(10, "温泉司法所成功调处一起土地纠纷", "2025-04-03 09:08:47"),
                self._sfj_art(10, "县司法局召开党纪学习教育总结会", "2024-12-27 15:20:33"),
            ],
            11: [
                self._sfj_art(11, "英山县2025年度法律援助案件质量评查公告", "2025-03-18 11:15:00"),
                self._sfj_art(
                    11,
                    "关于公开征集2025年度行政规范性文件制定计划建议的公告",
                    "2025-01-06 09:00:00",
                ),
            ],
            13: [
                self._sfj_art(
                    13, "英山县2025年普法依法治理工作要点", "2025-03-05 10:10:10", negative=True
                ),
                self._sfj_art(13, "“八五”普法 | 民法典进乡村、进社区", "2025-02-28 16:30:45"),
                self._sfj_art(
                    13,
                    "“谁执法谁普法”普法责任制清单（2025年）",
                    "2025-01-15 09:40:20",
                    negative=True,
                ),
            ],
            14: [
                self._sfj_art(
                    14,
                    "英山县司法局2024年政府信息公开工作年度报告",
                    "2025-01-23 10:00:00",
                    negative=True,
                ),
                self._sfj_art(
                    14,
                    "英山县司法局2023年政府信息公开工作年度报告",
                    "2024-01-25 10:00:00",
                    negative=True,
                ),
                self._sfj_art(14, "英山县司法局2025年部门预算公开", "2025-02-10 15:00:00"),
                self._sfj_art(14, "英山县司法局权责清单", "2024-09-02 11:00:00"),
            ],
            15: [
                self._sfj_art(15, "英山县公共法律服务中心办事指南", "2024-08-12 10:00:00"),
            ],
        }
        for col, items in lists.items():
            items.sort(key=lambda a: a[2], reverse=True)
            self._sfj_list(col, items)
        # the 司法局 pushed its repost of the 2024 report and a 工作动态 item to the portal
        push = {t24, "县司法局开展“法律明白人”培训"}
        for aid, title, when, _ in [a for a in fzzf + lists[10] if a[1] in push]:
            self.pushed.append((title, self.url("sfj", f"/news/show_{aid}.html"), when[:10]))
        # 机构概况: a single page column
        self.put(
            "sfj",
            "/news/list_9.html",
            self._sfj_frame(
                "机构概况",
                '<div class="sub-main"><h2 class="col-name">机构概况</h2><div class="about">'
                "<p>英山县司法局是县政府工作部门，内设办公室、法治督察股、行政执法协调监督股、"
                "普法与依法治理股、人民参与和促进法治股、公共法律服务管理股。</p></div></div>",
                "机构概况",
            ),
            gbk=True,
        )
        self._sfj_home(lists)

    def _sfj_next(self) -> int:
        self.sfj_id += 11
        return self.sfj_id

    def _sfj_art(
        self, col: int, title: str, when: str, *, negative: bool = False
    ) -> tuple[int, str, str, int]:
        aid = self._sfj_next()
        body = NEGATIVE_BODY if negative else FILLER_BODY
        if negative:
            self.negative_titles.append(title)
        self.pending.append((aid, col, title, when, body, SFJ, "办公室"))
        return aid, title, when, col

    def _sfj_gold(self, col: int, title: str, seed: str, when: str) -> tuple[int, str, str, int]:
        aid = self._sfj_next()
        path = f"/news/show_{aid}.html"
        body = self.gold_report(
            self.gold_path("sfj", path), seed, title, publisher=SFJ, publish_date=when[:10]
        )
        self.pending.append((aid, col, title, when, body, SFJ, "法治督察股"))
        return aid, title, when, col

    def _sfj_repost(
        self,
        col: int,
        title: str,
        seed: str,
        when: str,
        gold_path: str,
        *,
        signed: str,
        heading: str = "",
    ) -> tuple[int, str, str, int]:
        """The 县政府's report pasted from its Word file: the file's own heading line (when the
        repost is retitled) and its 落款 (issuer, date) come along."""
        aid = self._sfj_next()
        path = f"/news/show_{aid}.html"
        self.aliases[self.gold_path("sfj", path)] = self.gold_path("", gold_path)
        body = [*([heading] if heading else []), *load_seed(seed).body_lines, SITE, signed]
        self.pending.append((aid, col, title, when, body, SITE, "县政府办"))
        return aid, title, when, col

    def _sfj_list(self, col: int, items: list[tuple[int, str, str, int]]) -> None:
        size = 8
        chunks = [items[k : k + size] for k in range(0, len(items), size)] or [[]]
        total = len(chunks)
        name = self.sfj_columns[col]

        def page_url(n: int) -> str:
            return f"/news/list_{col}.html" if n == 1 else f"/news/list_{col}_{n}.html"

        for n, chunk in enumerate(chunks, 1):
            rows = "".join(
                f'<li><span class="date">[{esc(_short_date(when))}]</span>'
                f'<a href="/news/show_{aid}.html" target="_blank">{esc(_cut(t, 20))}</a></li>'
                for aid, t, when, _ in chunk
            )
            links = [f"共{len(items)}条记录 页次：{n}/{total} 每页{size}条 "]
            links.append(f'<a href="{page_url(1)}">首页</a>' if n > 1 else "首页")
            links.append(f'<a href="{page_url(n - 1)}">上一页</a>' if n > 1 else "上一页")
            for m in range(1, total + 1):
                links.append(f"<b>{m}</b>" if m == n else f'<a href="{page_url(m)}">[{m}]</a>')
            links.append(f'<a href="{page_url(n + 1)}">下一页</a>' if n < total else "下一页")
            links.append(f'<a href="{page_url(total)}">尾页</a>' if n < total else "尾页")
            main = (
                '<div class="sub-main"><h2 class="col-name">'
                + esc(name)
                + "</h2>"
                + f'<ul class="newslist">{rows}</ul>'
                + '<div class="showpage">'
                + " ".join(links)
                + ' 转到：<select name="page" onchange="location.href=this.value">'
                + "".join(
                    f'<option value="{page_url(m)}"{" selected" if m == n else ""}>第{m}页</option>'
                    for m in range(1, total + 1)
                )
                + "</select></div></div>"
            )
            self.put("sfj", page_url(n), self._sfj_frame(name, main, name, col), gbk=True)
        # the articles of this column, with 上一篇/下一篇 and 相关文章
        for aid, col_, title, when, body, source, author in list(self.pending):
            if col_ != col:
                continue
            ids = [a for a, *_ in items]
            k = ids.index(aid)
            prev = items[k - 1] if k > 0 else None
            nxt = items[k + 1] if k + 1 < len(items) else None
            related = [it for it in items if it[0] != aid][:5]
            self.put(
                "sfj",
                f"/news/show_{aid}.html",
                self._sfj_article(aid, col, title, when, body, source, author, prev, nxt, related),
                gbk=True,
            )

    def _sfj_article(  # noqa: PLR0917
        self,
        aid: int,
        col: int,
        title: str,
        when: str,
        body: list[str],
        source: str,
        author: str,
        prev: tuple[int, str, str, int] | None,
        nxt: tuple[int, str, str, int] | None,
        related: list[tuple[int, str, str, int]],
    ) -> str:
        name = self.sfj_columns[col]

        def link(item: tuple[int, str, str, int] | None) -> str:
            if item is None:
                return "没有了"
            return f'<a href="/news/show_{item[0]}.html" title="{esc(item[1])}">{esc(item[1])}</a>'

        # the old editor's markup: one <font>, lines indented with &nbsp; and ended by <br />
        paras = (
            '<font style="font-size:14px;line-height:200%">'
            + "\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}<br />" for line in body)
            + "</font>"
        )
        main = (
            '<div class="sub-main"><div class="show">'
            + f'<div class="show-title"><h1>{esc(title)}</h1></div>'
            + f'<div class="show-info">来源：{esc(source)}　作者：{esc(author)}　'
            + f'发布时间：{esc(_short_date(when))}{esc(when[10:])}　点击：<span id="hits"><script '
            + f'src="/news/hits.php?id={aid}&amp;action=show"></script></span>次'
            + '　<a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">'
            + "[关闭]</a></div>"
            + f'<div class="show-content" id="content">\n{paras}\n</div>'
            + '<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin">微信</a>'
            + '<a class="bds_tsina">新浪微博</a><a class="bds_qzone">QQ空间</a></div>'
            + f'<div class="show-page"><p>上一篇：{link(prev)}</p><p>下一篇：{link(nxt)}</p></div>'
            + '<div class="related"><h3>相关文章</h3><ul>'
            + "".join(
                f'<li><a href="/news/show_{a}.html" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(w[:10])}</span></li>"
                for a, t, w, _ in related
            )
            + "</ul></div></div></div>"
        )
        return self._sfj_frame(title, main, name, col)

    def _sfj_home(self, lists: dict[int, list[tuple[int, str, str, int]]]) -> None:
        def block(col: int, n: int = 6) -> str:
            name = self.sfj_columns[col]
            return (
                f'<div class="idx-block"><div class="idx-hd"><b>{esc(name)}</b>'
                f'<a href="/news/list_{col}.html" class="more">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="/news/show_{aid}.html" title="{esc(t)}">{esc(t[:22])}</a>'
                    f"<em>{esc(w[5:10])}</em></li>"
                    for aid, t, w, _ in lists[col][:n]
                )
                + "</ul></div>"
            )

        main = (
            '<div class="idx-banner"><div class="flash"><img src="/uploadfile/banner1.jpg" '
            'alt="学习贯彻习近平法治思想" /></div></div>'
            + block(10)
            + block(11)
            + block(12)
            + block(13)
            + block(14)
            + '<div class="idx-links"><b>友情链接：</b>'
            + f'<a href="{esc(self.url("", "/"))}" target="_blank">英山县人民政府</a> '
            + '<a href="http://sft.hubei.gov.cn/" target="_blank">湖北省司法厅</a> '
            + '<a href="http://sfj.hg.gov.cn/" target="_blank">黄冈市司法局</a> '
            + '<a href="http://www.12348.gov.cn/" target="_blank">中国法律服务网</a></div>'
        )
        html = self._sfj_frame("", main, "", None)
        self.put("sfj", "/", html, gbk=True)
        self.put("sfj", "/index.html", html, gbk=True)
        self.put("sfj", "/index.php", html, gbk=True)

    def _sfj_frame(self, title: str, main: str, column: str, col: int | None = None) -> str:
        head_title = f"{title} - {SFJ}" if title else SFJ
        nav = "".join(
            f'<li><a href="/news/list_{c}.html"{" class=on" if c == col else ""}>{esc(n)}</a></li>'
            for c, n in [(9, "机构概况"), *self.sfj_columns.items()]
        )
        crumbs = (
            f'<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; '
            f'<a href="/news/list_{col}.html">{esc(column)}</a> &gt;&gt; 正文</div>'
            if col is not None and title != column
            else (
                f'<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; {esc(column)}</div>'
                if column
                else ""
            )
        )
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
            f"<title>{esc(head_title)}</title>\n"
            f'<meta name="keywords" content="{esc(SFJ)},司法行政,普法,法律援助" />\n'
            '<link href="/skin/default/style.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/js/jquery.js"></script>\n'
            "</head><body>\n"
            '<div class="top"><div class="w1000"><span class="date">'
            "<script>document.write(new Date().toLocaleDateString())</script></span>"
            '<span class="fr"><a href="javascript:void(0)" onclick="SetHome(this,location.href)">'
            '设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a> | '
            f'<a href="{esc(self.url("", "/"))}">返回县政府门户</a></span></div></div>\n'
            '<div class="head w1000"><img src="/skin/default/logo.jpg" alt="英山县司法局" />'
            '<form action="/search.php" method="get" class="so"><input name="keyword" '
            'type="text" /><input type="submit" value="站内搜索" /></form></div>\n'
            f'<div class="nav w1000"><ul><li><a href="/">网站首页</a></li>{nav}</ul></div>\n'
            f'<div class="w1000 body">{crumbs}{main}</div>\n'
            '<div class="foot w1000"><p>版权所有：英山县司法局　地址：英山县温泉镇金石路18号'
            "　邮编：438700　电话：0713-7012348</p>"
            f'<p><a href="https://beian.miit.gov.cn/">{esc(ICP)}-3</a>　'
            f"网站标识码：{SFJ_CODE}　{esc(POLICE.replace('108', '215'))}</p>"
            "<p>技术支持：黄冈某某网络科技有限公司</p>"
            '<script type="text/javascript" src="https://s4.cnzz.com/z_stat.php?id=1278'
            '&amp;web_id=1278"></script></div>\n'
            "</body></html>"
        )

    # === 站群 sub-sites of departments and 乡镇 =============================================
    def _dept_site(self, role: str, name: str) -> None:
        short = name
        full = f"英山{name}"
        self._subsite(
            role,
            full,
            news=[
                (f"{short}召开2025年度工作会议", "2025-02-18", False),
                (f"{short}开展党纪学习教育专题党课", "2025-03-12", False),
                (f"{short}开展“宪法进机关”普法宣传活动", "2024-12-05", False),
            ],
            notices=[(f"{full}关于2025年春节假期值班安排的通知", "2025-01-20", False)],
            zwgk=[
                (f"{full}2024年政府信息公开工作年度报告", "2025-01-24", True),
                (f"{full}2025年部门预算公开", "2025-02-08", False),
                (f"{full}2025年普法依法治理工作要点", "2025-03-20", True),
            ],
        )

    def _town_site(self, role: str, name: str) -> None:
        full = f"英山县{name}"
        zwgk = [
            (f"{name}人民政府2024年政府信息公开工作年度报告", "2025-01-21", True),
            (f"{name}2025年度财政预算公开", "2025-02-11", False),
            (f"{name}2025年法治建设工作要点", "2025-03-18", True),
        ]
        gold = None
        if role == "wqz":
            gold = ("温泉镇2024年度法治政府建设工作情况报告", "004", "2025-02-18")
            zwgk.append(
                (
                    "温泉镇党委书记2024年度履行推进法治建设第一责任人职责述法报告",
                    "2025-01-16",
                    True,
                )
            )
            # a busy 政务公开 column: the report is on its second page
            zwgk += [
                ("温泉镇2025年第一季度财政收支情况公示", "2025-04-12", False),
                ("温泉镇2025年耕地地力保护补贴发放公示", "2025-04-08", False),
                ("温泉镇2025年3月城乡低保动态管理公示", "2025-04-02", False),
                ("温泉镇村（社区）“三务”公开（2025年第一季度）", "2025-03-31", False),
                ("温泉镇2025年重点工作任务清单", "2025-03-10", False),
                ("温泉镇权责清单（2025年版）", "2025-03-03", False),
                ("温泉镇2025年2月城乡低保动态管理公示", "2025-03-02", False),
                ("温泉镇2025年春耕备耕工作方案", "2025-02-24", False),
            ]
        self._subsite(
            role,
            full,
            news=[
                (f"{name}开展人居环境整治行动", "2025-03-26", False),
                (f"{name}召开2025年经济工作会议", "2025-02-20", False),
                (f"{name}司法所开展“法律进村湾”活动", "2024-11-19", False),
            ],
            notices=[(f"{name}2025年度森林防火禁火令", "2025-02-25", False)],
            zwgk=zwgk,
            gold=gold,
        )

    def _subsite(
        self,
        role: str,
        full: str,
        *,
        news: list[tuple[str, str, bool]],
        notices: list[tuple[str, str, bool]],
        zwgk: list[tuple[str, str, bool]],
        gold: tuple[str, str, str] | None = None,
    ) -> None:
        cols = [
            ("xwdt", "工作动态", news),
            ("tzgg", "通知公告", notices),
            ("zwgk", "政务公开", zwgk),
        ]
        lists: dict[str, list[tuple[str, str, str]]] = {}
        publisher = TOWN if role == "wqz" else full
        for col, colname, entries in cols:
            items = []
            for title, pub, negative in entries:
                path = self._trs_path(col, pub)
                body = NEGATIVE_BODY if negative else FILLER_BODY
                if negative:
                    self.negative_titles.append(title)
                self.put(
                    role,
                    path,
                    self._sub_article(role, full, col, colname, title, body, pub, publisher),
                )
                items.append((title, path, pub))
                if col == "xwdt" and role in ("jyj", "scj", "wqz", "nyj") and not negative:
                    self.pushed.append((title, self.url(role, path), pub))
            if col == "zwgk" and gold is not None:
                title, seed, pub = gold
                path = self._trs_path(col, pub)
                body = self.gold_report(
                    self.gold_path(role, path), seed, title, publisher=TOWN, publish_date=pub
                )
                self.put(
                    role, path, self._sub_article(role, full, col, colname, title, body, pub, TOWN)
                )
                items.append((title, path, pub))
            items.sort(key=lambda i: i[2], reverse=True)
            lists[col] = items
            size = 8
            chunks = [items[k : k + size] for k in range(0, len(items), size)] or [[]]
            for n, chunk in enumerate(chunks):
                rows = "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d)}</span></li>"
                    for t, u, d in chunk
                )
                main = (
                    f'<div class="list-box"><div class="list-tit">{esc(colname)}</div>'
                    f'<ul class="list">{rows}</ul><div class="page"><script>createPageHTML('
                    f'{len(chunks)}, {n}, "index", "html");</script></div></div>'
                )
                html = self._sub_frame(
                    role, full, colname, [("首页", "/"), (colname, f"/{col}/")], main
                )
                self.put(role, f"/{col}/" + ("index.html" if n == 0 else f"index_{n}.html"), html)
                if n == 0:
                    self.put(role, f"/{col}/", html)
        boxes = "".join(
            f'<div class="home-box"><div class="tit"><span>{esc(colname)}</span>'
            f'<a class="more" href="/{col}/">更多&gt;&gt;</a></div><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d[5:])}</span></li>"
                for t, u, d in lists[col][:6]
            )
            + "</ul></div>"
            for col, colname, _ in cols
        )
        html = self._sub_frame(role, full, full, [], boxes)
        self.put(role, "/", html)
        self.put(role, "/index.html", html)

    def _sub_article(  # noqa: PLR0917
        self,
        role: str,
        full: str,
        col: str,
        colname: str,
        title: str,
        body: list[str],
        pub: str,
        source: str,
    ) -> str:
        main = (
            '<div class="article">'
            + f'<h1 class="article-title">{esc(title)}</h1>'
            + f'<div class="article-meta">发布时间：{esc(pub)} 09:40　来源：{esc(source)}'
            + '　浏览次数：<span id="readCount"></span>'
            + '　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>'
            + ' <a href="javascript:doZoom(14)">小</a>】</div>'
            + '<div class="article-con" id="zoom"><div class="TRS_Editor">\n'
            + fu.paragraphs(body)
            + "\n</div></div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._sub_frame(role, full, title, [("首页", "/"), (colname, f"/{col}/")], main)

    def _sub_frame(
        self, role: str, full: str, title: str, crumbs: list[tuple[str, str]], main: str
    ) -> str:
        nav = [
            ("首页", "/"),
            ("工作动态", "/xwdt/"),
            ("通知公告", "/tzgg/"),
            ("政务公开", "/zwgk/"),
            ("英山县人民政府", self.url("", "/")),
        ]
        head_title = full if title == full else f"{title}-{full}"
        return (
            fu.doc_head(head_title, site=full, code=CODE, meta={"ArticleTitle": title})
            + fu.access_toolbar(full)
            + fu.masthead(full, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                full, icp=ICP, police=POLICE, code=CODE, address="湖北省黄冈市英山县"
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

    def _closed_site(self) -> None:
        html = (
            fu.doc_head("英山县统计局", site="英山县统计局", code=CODE)
            + '<body><div class="notice" style="text-align:center;padding:80px">'
            + "<h2>网站关停公告</h2><p>根据政府网站集约化工作要求，英山县统计局网站已关停，"
            + "相关信息已整合至英山县人民政府门户网站。</p>"
            + f'<p><a href="{esc(self.url("", "/xxgk/bmxxgk/"))}">点击进入英山县人民政府门户网站'
            + "部门信息公开</a></p></div></body></html>"
        )
        self.host_pages[CLOSED] = {"/": html_reply(html)}


def _short_date(when: str) -> str:
    """`2025-01-22 …` as the PHP CMS prints it (`Y-n-j`): 2025-1-22."""
    y, m, d = when[:10].split("-")
    return f"{y}-{int(m)}-{int(d)}"


def _cut(title: str, n: int) -> str:
    """A list title cut to n characters (`str_cut`), with an ellipsis when cut."""
    return title if len(title) <= n else title[:n] + "..."

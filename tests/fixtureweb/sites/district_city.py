"""An Anhui city portal on a 站群 CMS whose districts and counties are sub-sites of the same host
(`/site/dsx/index.html`), linked only from the home page's 县区 box by their bare names:

- the city's own 政务公开 (`/zwgk/`) holds 法治政府建设 (`/zwgk/fzzfjs/`) with the 市政府's 2024
  report beside 工作要点, 实施方案, an 一图读懂, a 解读 of the 2023 report and a 考核 公示; 政府信息公开年报 holds
  信息公开 annual reports only;
- the home page's 县区 box (`<div class="tit">县区</div>`) names 埇桥区, 砀山县, 萧县, 灵璧县,
  泗县 (sub-sites) and 宿州经济技术开发区 (its own host); nothing else on the city's pages leads
  to a sub-site;
- each sub-site has the same templates under its own prefix (首页, 走进…, 新闻中心, 政务公开):
  砀山县 keeps its 2024 report in 法治政府建设, 萧县 its 2024 report in 其他主动公开内容 beside
  a 公示 and a 通知, 灵璧县 its 2023 report in 法治政府建设 on page 2 (`index_1.html`, a TRS
  `createPageHTML` pager); 埇桥区's and 泗县's 法治政府建设 hold only 工作要点 and 推进会 items;
- a sub-site's 县区 box links its siblings (a sub-site reached twice is crawled once), and its
  `走进砀山` intro column and 图片新闻 lead nowhere.

Report pages: a 信息公开 table (索引号, 发布机构, 成文日期, 文号, 发布日期) above the title and
`#zoom`; 通知公告 show `发布时间：… 来源：…`.
"""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

CITY = "宿州市人民政府"
CODE = "3413000001"
# Sub-sites: code → (name, short name, site code, credit code of its government).
DISTRICTS = {
    "yqq": ("埇桥区", "埇桥", "3413020001", "11341302003108761K"),
    "dsx": ("砀山县", "砀山", "3413210001", "113413210031076540"),
    "xx": ("萧县", "萧县", "3413220001", "11341322003106421D"),
    "lbx": ("灵璧县", "灵璧", "3413230001", "11341323003105972A"),
    "sx": ("泗县", "泗县", "3413240001", "11341324003104853N"),
}
KFQ = ("宿州经济技术开发区", "http://kfq.ahsz.gov.cn/")
LIST_SIZE = 8


class DistrictCitySite(BlindSite):
    name = "district_city"
    region = "安徽省宿州市"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 1_870_000
        self._city()
        for code in DISTRICTS:
            self._district(code)

    # --- the city ----------------------------------------------------------------------------
    def _city(self) -> None:
        gov = CITY
        credit = "11341300003101289P"
        items = [
            self._negative(
                "", "宿州市2025年法治政府建设工作要点", "2025-04-08", "宿州市人民政府办公室"
            ),
            self._gold(
                "",
                "宿州市人民政府关于2024年度法治政府建设情况的报告",
                "003",
                "2025-03-28",
                index_no=f"{credit}/202503-00021",
                publisher=gov,
                written_date="2025-03-25",
                doc_no="宿政秘〔2025〕18号",
            ),
            self._negative(
                "", "一图读懂宿州市2024年度法治政府建设情况报告", "2025-03-29", "宿州市司法局"
            ),
            self._negative(
                "", "宿州市2024年度法治政府建设考核结果公示", "2025-02-12", "宿州市司法局"
            ),
            self._negative(
                "",
                "关于《宿州市人民政府关于2023年度法治政府建设情况的报告》的解读",
                "2024-03-29",
                "宿州市司法局",
            ),
            self._negative("", "宿州市法治政府建设实施方案（2021—2025年）", "2022-03-02", gov),
        ]
        self._list("", "zwgk/fzzfjs", "法治政府建设", items)
        ndbg = [
            self._filler("", f"宿州市人民政府{y}年政府信息公开工作年度报告", f"{y + 1}-01-20")
            for y in range(2024, 2019, -1)
        ]
        self.negative_titles += [t for t, _, _ in ndbg]
        self._list("", "zwgk/ndbg", "政府信息公开年报", ndbg)
        self._list(
            "",
            "zwgk/zcwj",
            "政策文件",
            [
                self._filler(
                    "", "宿州市人民政府关于印发宿州市优化营商环境若干措施的通知", "2025-03-11"
                ),
                self._filler(
                    "", "宿州市人民政府办公室关于加强城市内涝治理的实施意见", "2025-02-20"
                ),
            ],
        )
        self._zwgk("")
        notices = [
            self._notice("", "关于召开全市2025年法治政府建设工作推进会的通知", "2025-03-20", True),
            self._notice("", "宿州市2025年度市直单位公开遴选公务员公告", "2025-03-18"),
            self._notice("", "关于2025年清明节期间加强森林防火工作的通告", "2025-03-14"),
            self._notice("", "宿州市2025年3月政府采购意向公开", "2025-03-06"),
        ]
        self._list("", "xwzx/tzgg", "通知公告", notices)
        news = [
            self._notice("", "宿州市召开市政府第52次常务会议", "2025-03-21"),
            self._notice("", "市领导调研全市春季农业生产工作", "2025-03-19"),
            self._notice("", "宿州市召开2025年法治政府建设推进会", "2025-03-12", True),
        ]
        self._list("", "xwzx/szyw", "宿州要闻", news)
        self._home("", news, notices)

    # --- a district's or county's sub-site ---------------------------------------------------
    def _district(self, code: str) -> None:
        name, short, _site_code, credit = DISTRICTS[code]
        gov = f"{name}人民政府"
        office = f"{name}人民政府办公室"
        sfj = f"{name}司法局"
        fzzf: list[tuple[str, str, str]] = [
            self._negative(code, f"{name}2025年法治政府建设工作要点", "2025-04-10", office),
            self._negative(code, f"{name}召开2025年法治政府建设推进会", "2025-03-05", office),
        ]
        qtzd: list[tuple[str, str, str]] | None = None
        if code == "dsx":
            fzzf.insert(
                1,
                self._gold(
                    code,
                    "砀山县人民政府关于2024年度法治政府建设工作情况的报告",
                    "001",
                    "2025-03-27",
                    index_no=f"{credit}/202503-00045",
                    publisher=gov,
                    written_date="2025-03-24",
                    doc_no="砀政〔2025〕9号",
                ),
            )
        elif code == "xx":
            qtzd = [
                self._negative(code, "萧县2024年度行政执法数据公示", "2025-03-30", sfj),
                self._gold(
                    code,
                    "萧县人民政府关于2024年法治政府建设工作情况的报告",
                    "000",
                    "2025-03-26",
                    index_no=f"{credit}/202503-00038",
                    publisher=gov,
                    written_date="2025-03-26",
                ),
                self._negative(
                    code, "关于开展2025年“八五”普法中期评估工作的通知", "2025-03-03", sfj
                ),
            ]
        elif code == "lbx":
            # Page 2 (`index_1.html`) holds the 2023 report below a page of notices.
            fzzf += [
                self._negative(code, f"{name}2024年法治政府建设工作要点", "2024-04-02", office),
                self._negative(code, f"{name}召开2024年法治政府建设推进会", "2024-03-20", office),
                self._negative(
                    code, f"{name}2023年度法治政府建设考核结果公示", "2024-02-06", office
                ),
                self._negative(
                    code,
                    f"关于{name}2023年度法治政府建设督察问题整改情况的报告",
                    "2023-12-12",
                    gov,
                ),
                self._negative(code, f"{name}2023年法治政府建设工作要点", "2023-04-06", office),
                self._negative(code, f"{name}召开2023年法治政府建设推进会", "2023-03-21", office),
                self._gold(
                    code,
                    "灵璧县司法局2023年度法治政府建设工作报告",
                    "004",
                    "2023-02-15",
                    index_no="11341323MB15937450/202302-00004",
                    publisher=sfj,
                    written_date="2023-02-14",
                ),
                self._negative(
                    code, f"{name}法治政府建设实施方案（2021—2025年）", "2022-02-28", gov
                ),
            ]
        self._list(code, "zwgk/fzzfjs", "法治政府建设", fzzf)
        self._list(
            code,
            "zwgk/qtzdgk",
            "其他主动公开内容",
            qtzd
            or [self._filler(code, f"{name}2025年第一季度重点项目建设进展情况", "2025-04-03")],
        )
        self._list(
            code,
            "zwgk/zcwj",
            "政策文件",
            [self._filler(code, f"{gov}关于印发{name}城乡环境综合整治方案的通知", "2025-02-18")],
        )
        self._zwgk(code)
        notices = [
            self._notice(code, f"{name}2025年公开招聘社区工作者公告", "2025-03-22"),
            self._notice(
                code, f"关于召开全{name[-1]}法治政府建设工作推进会的通知", "2025-03-01", True
            ),
        ]
        self._list(code, "xwzx/tzgg", "通知公告", notices)
        news = [
            self._notice(code, f"{name}召开{name[-1]}政府第31次常务会议", "2025-03-20"),
            self._notice(code, f"{short}开展春季植树造林活动", "2025-03-12"),
        ]
        self._list(code, "xwzx/yw", f"{short}要闻", news)
        self.page(
            f"/site/{code}/zj{code}/index.html",
            self._frame(
                code,
                f"走进{short}",
                [("首页", self._prefix(code) + "/index.html")],
                f"<div class='intro'><p>{esc(name)}位于安徽省北部，宿州市辖{esc(name[-1])}。</p></div>",
            ),
        )
        self._home(code, news, notices)

    # --- pages -------------------------------------------------------------------------------
    @staticmethod
    def _prefix(code: str) -> str:
        return f"/site/{code}" if code else ""

    @staticmethod
    def _site(code: str) -> str:
        return f"{DISTRICTS[code][0]}人民政府" if code else CITY

    def _path(self, code: str, column: str, pub: str) -> str:
        self.next_id += 17
        return f"{self._prefix(code)}/{column}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self.next_id}.html"

    def _gold(
        self, code: str, title: str, seed: str, pub: str, **meta: str
    ) -> tuple[str, str, str]:
        column = "zwgk/qtzdgk" if "萧县" in title else "zwgk/fzzfjs"
        path = self._path(code, column, pub)
        body = self.gold_report(path, seed, title, publish_date=pub, **meta)
        self.page(path, self._detail(code, title, body, pub=pub, **meta))
        return title, path, pub

    def _negative(self, code: str, title: str, pub: str, publisher: str) -> tuple[str, str, str]:
        path = self._path(code, "zwgk/fzzfjs", pub)
        credit = DISTRICTS[code][3] if code else "11341300003101289P"
        self.page(
            path,
            self._detail(
                code,
                title,
                NEGATIVE_BODY,
                pub=pub,
                index_no=f"{credit}/{pub[:4]}{pub[5:7]}-{self.next_id % 1000:05d}",
                publisher=publisher,
                written_date=pub,
            ),
        )
        self.negative_titles.append(title)
        return title, path, pub

    def _filler(self, code: str, title: str, pub: str) -> tuple[str, str, str]:
        path = self._path(code, "zwgk/zcwj", pub)
        credit = DISTRICTS[code][3] if code else "11341300003101289P"
        self.page(
            path,
            self._detail(
                code,
                title,
                FILLER_BODY,
                pub=pub,
                index_no=f"{credit}/{pub[:4]}{pub[5:7]}-{self.next_id % 1000:05d}",
                publisher=f"{self._site(code)}办公室",
                written_date=pub,
            ),
        )
        return title, path, pub

    def _notice(
        self, code: str, title: str, pub: str, negative: bool = False
    ) -> tuple[str, str, str]:
        path = self._path(code, "xwzx/tzgg", pub)
        body = NEGATIVE_BODY if negative else FILLER_BODY
        main = (
            f'<div class="article"><h1>{esc(title)}</h1>'
            f'<div class="info">发布时间：{esc(pub)}　来源：{esc(self._site(code))}办公室　'
            '浏览次数：<span id="hits"></span></div>'
            '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        self.page(path, self._frame(code, title, self._crumbs(code, "新闻中心"), main))
        if negative:
            self.negative_titles.append(title)
        return title, path, pub

    def _detail(
        self,
        code: str,
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
            '<table class="gk-table" width="100%" border="1" cellspacing="0" cellpadding="0">'
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
            + '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(code, title, self._crumbs(code, "政务公开"), main)

    def _crumbs(self, code: str, section: str) -> list[tuple[str, str]]:
        base = self._prefix(code)
        where = "/zwgk/index.html" if section == "政务公开" else "/xwzx/tzgg/index.html"
        return [("首页", base + "/index.html"), (section, base + where)]

    def _tree(self, code: str) -> str:
        base = self._prefix(code)
        branches = [
            ("政府信息公开指南", f"{base}/zwgk/xxgkzn/index.html", []),
            (
                "法定主动公开内容",
                "javascript:;",
                [
                    ("政策文件", f"{base}/zwgk/zcwj/index.html"),
                    ("法治政府建设", f"{base}/zwgk/fzzfjs/index.html"),
                    ("其他主动公开内容", f"{base}/zwgk/qtzdgk/index.html"),
                ],
            ),
        ]
        if not code:
            branches.append(("政府信息公开年报", f"{base}/zwgk/ndbg/index.html", []))
            branches[1][2].remove(("其他主动公开内容", f"{base}/zwgk/qtzdgk/index.html"))
        return fu.left_tree("政府信息公开", branches)

    def _list(self, code: str, column: str, name: str, items: list[tuple[str, str, str]]) -> None:
        base = f"{self._prefix(code)}/{column}/"
        pages = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        for n, chunk in enumerate(pages):
            rows = "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in chunk
            )
            pager = (
                '<div class="page"><script type="text/javascript">'
                f'createPageHTML({len(pages)}, {n}, "index", "html");</script></div>'
            )
            section = "新闻中心" if column.startswith("xwzx") else "政务公开"
            left = self._tree(code) if section == "政务公开" else ""
            main = (
                left
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(code, name, self._crumbs(code, section), main)
            self.page(base + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(base, html)

    def _zwgk(self, code: str) -> None:
        main = (
            self._tree(code) + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p></div>"
        )
        base = self._prefix(code)
        self.page(
            f"{base}/zwgk/index.html",
            self._frame(code, "政府信息公开", [("首页", base + "/index.html")], main),
        )
        self.page(
            f"{base}/zwgk/xxgkzn/index.html",
            self._frame(
                code,
                "政府信息公开指南",
                self._crumbs(code, "政务公开"),
                self._tree(code) + "<div class='list-right'><p>信息公开指南（2025年版）</p></div>",
            ),
        )

    def _county_box(self, code: str) -> str:
        links = "".join(
            f'<li><a href="/site/{c}/index.html" target="_blank">{esc(n)}</a></li>'
            for c, (n, *_rest) in DISTRICTS.items()
            if c != code
        )
        links += f'<li><a href="{KFQ[1]}" target="_blank">{esc(KFQ[0])}</a></li>'
        if code:
            links = '<li><a href="/index.html" target="_blank">宿州市</a></li>' + links
        return (
            '<div class="home-box qx-box"><div class="tit">县区</div>'
            f'<ul class="qx-list">{links}</ul></div>'
        )

    def _home(
        self, code: str, news: list[tuple[str, str, str]], notices: list[tuple[str, str, str]]
    ) -> None:
        base = self._prefix(code)

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

        short = DISTRICTS[code][1] if code else "宿州"
        main = (
            '<div class="home-row"><div class="focus"><a href="'
            + esc(news[0][1])
            + '"><img src="/upload/focus1.jpg" alt="" /></a></div>'
            + box(f"{short}要闻", f"{base}/xwzx/{'yw' if code else 'szyw'}/index.html", news)
            + box("通知公告", f"{base}/xwzx/tzgg/index.html", notices)
            + "</div><div class='home-row'>"
            + self._county_box(code)
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(code, self._site(code), [], main)
        self.page(f"{base}/index.html", html)
        self.page(f"{base}/", html)

    def _frame(self, code: str, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        site = self._site(code)
        base = self._prefix(code)
        short = DISTRICTS[code][1] if code else "宿州"
        nav = [
            ("首页", f"{base}/index.html"),
            (f"走进{short}", f"{base}/zj{code or 'sz'}/index.html"),
            ("新闻中心", f"{base}/xwzx/tzgg/index.html"),
            ("政务公开", f"{base}/zwgk/index.html"),
            ("政务服务", "https://sz.ahzwfw.gov.cn/"),
            ("互动交流", f"{base}/hdjl/index.html"),
        ]
        head_title = site if title == site else f"{title}_{site}"
        return (
            fu.doc_head(head_title, site=site, code=DISTRICTS[code][2] if code else CODE)
            + fu.access_toolbar(site)
            + fu.masthead(site, nav).replace('href="/"', f'href="{base}/index.html"')
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                site,
                icp="皖ICP备05004196号",
                police="皖公网安备 34130202000122号",
                code=DISTRICTS[code][2] if code else CODE,
                address="安徽省宿州市埇桥区银河二路"
                if not code
                else f"安徽省宿州市{DISTRICTS[code][0]}",
            )
            + "</body></html>"
        )

"""A Henan county portal in the middle of a redesign (改版): a new site that holds only the years
since it went live, and the old site, frozen, on another host of the county's domain.

- The new site (`https://<www>/`, a modern 集约化 CMS, UTF-8) went live in March 2023. Its top
  bar carries 「返回旧版」 and its footer 「旧版网站」, both to `http://<old>/`; 政务公开
  (`/zwgk/`) says `2022年以前信息请访问旧版网站` with a link to the old site's 政务公开 class.
  政务公开 → 法定主动公开内容 → 法治政府建设 (`/zwgk/fdzdgknr/fzzfjs/`, two pages, `index_1.html`)
  holds the 县政府's 2024 and 2023 reports and, on page 2, the 2022 report re-published when the
  site went live; each article has a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 标题,
  文号, 发布日期, 有效性). Beside them: 工作要点, 一图读懂, 考核结果公示, a 督察 notice, the
  实施方案; 政府信息公开年报 holds only 信息公开 annual reports; 今日郸城 has a 常务会议 that
  听取 a 法治政府建设 report.
- The old site (`http://<old>/`, 动易 PowerEasy-style ASP, GB2312 declared only in a meta tag,
  table layout, IIS: paths case-insensitive) stopped updating in February 2023: 设为首页/加入收藏,
  a marquee pointing to the new site, `Article_Class.asp?ClassID=N` lists with truncated titles
  (full title only in the `title=` tooltip), a pager `首页 上一页 下一页 尾页 页次：1/3页 转到：
  <select>`; articles `Article_Show.asp?ArticleID=N` with `作者：佚名 来源：… 点击数：…
  更新时间：2021-3-5`, no 索引号, 【发表评论】【打印此文】【关闭窗口】, 上一篇/下一篇, 相关文章, 网友评论,
  and a footer of 版权所有 / 技术支持 / ICP备 / `您是第 1234567 位访客`. 政务公开 → 依法行政
  (`ClassID=12`, 3 pages) holds the 2020 report (page 2, old site only) and a copy of the 2022
  report (without 索引号, 更新时间 of the old upload). Its 2021 report's link leads to PowerEasy's
  「找不到指定的文章」 error page (the article was deleted), served with status 200.

Gold: 2024, 2023, 2022 (the new copy's fields; the old copy is the same report), 2020.
`redesign_county_old` is the same county configured with the old site's address.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "郸城县人民政府"
CODE = "4116250003"
CREDIT = "11411625005474186J"
SFJ = "郸城县司法局"
GOV_OFFICE = "郸城县人民政府办公室"
NEW_PAGE_SIZE = 8
OLD_PAGE_SIZE = 10
OLD_TITLE_LEN = 24
# The old site: a meta tag says gb2312, the HTTP header names no charset (IIS 6 default).
OLD_ENCODING = {"encoding": "gbk", "header_charset": None}
FZZF = "zwgk/fdzdgknr/fzzfjs"


def _key(path: str) -> str:
    if "?" not in path:
        return path
    base, query = path.split("?", 1)
    return base + "?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True)))


def _old_key(path: str) -> str:
    """IIS: paths and ASP parameter names are case-insensitive."""
    base, _, query = path.partition("?")
    pairs = sorted((k.lower(), v) for k, v in parse_qsl(query, keep_blank_values=True))
    return base.lower() + ("?" + urlencode(pairs) if pairs else "")


def _short_date(iso: str) -> str:
    """PowerEasy prints dates without leading zeros: 2021-3-5."""
    y, m, d = iso[:10].split("-")
    return f"{int(y)}-{int(m)}-{int(d)}"


class RedesignCountySite(BlindSite):
    name = "redesign_county"
    region = "河南省周口市郸城县"
    extra_hosts = ("old",)
    same_address = ("old",)

    def start_url(self) -> str:
        return f"https://{self.origins['']}/"

    @property
    def old(self) -> str:
        return f"http://{self.origins['old']}"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.base_url = f"https://{self.origins['']}"
        self.old_pages: dict[str, Reply] = {}
        self.next_id = 1_180_000
        self.reports: dict[str, tuple[str, str]] = {}
        self.news: list[tuple[str, str, str]] = []
        self.notices: list[tuple[str, str, str]] = []
        self._new_fzzfjs()
        self._new_nb()
        self._new_news()
        self._new_other()
        self._new_home()
        self._old_site()

    def dynamic(self, hit: Hit) -> Reply | None:
        full = hit.path + (f"?{hit.query}" if hit.query else "")
        if hit.origin == self.origins["old"]:
            return self.old_pages.get(_old_key(full)) or html_reply(
                IIS_404, status=404, **OLD_ENCODING
            )
        if hit.scheme != "https":
            return Reply(
                301,
                b"<html><body><h1>301 Moved Permanently</h1></body></html>",
                {"Location": f"https://{self.origins['']}{full}", "Content-Type": "text/html"},
            )
        return self.pages.get(_key(full))

    # ==== the new site ==========================================================================
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 37
        ym = pub[:7].replace("-", "")
        return f"/{col}/{ym}/t{pub[:10].replace('-', '')}_{self.next_id}.html"

    def _new_fzzfjs(self) -> None:
        col = FZZF
        t24 = "郸城县人民政府关于2024年度法治政府建设工作情况的报告"
        t23 = "郸城县人民政府关于2023年度法治政府建设工作情况的报告"
        t22 = "郸城县人民政府关于2022年度法治政府建设工作情况的报告"
        items = [
            self._new_article(
                col, "郸城县2025年法治政府建设工作要点", "2025-04-10 10:12", GOV_OFFICE
            ),
            self._new_article(col, f"一图读懂：{t24}", "2025-03-24 17:40", SFJ),
            self._new_gold(
                col,
                t24,
                "001",
                "2025-03-21 16:30",
                written="2025-03-18",
                doc_no="郸政文〔2025〕15号",
            ),
            self._new_article(
                col, "郸城县2024年度法治政府建设考核结果公示", "2025-02-14 09:05", SFJ
            ),
            self._new_article(
                col, "郸城县2024年法治政府建设工作要点", "2024-04-08 11:20", GOV_OFFICE
            ),
            self._new_gold(
                col,
                t23,
                "000",
                "2024-03-22 15:48",
                written="2024-03-19",
                doc_no="郸政文〔2024〕11号",
            ),
            self._new_article(
                col, "关于开展2023年度法治政府建设督察工作的通知", "2023-10-12 10:00", GOV_OFFICE
            ),
            self._new_article(
                col, "郸城县法治政府建设实施方案（2021—2025年）", "2023-05-06 08:50", SITE
            ),
            self._new_gold(
                col,
                t22,
                "003",
                "2023-03-28 10:16",
                written="2023-02-10",
                doc_no="郸政文〔2023〕6号",
            ),
            self._new_article(
                col, "郸城县2023年法治政府建设工作要点", "2023-03-20 16:02", GOV_OFFICE
            ),
            self._new_article(
                col,
                "郸城县全面推行行政执法“三项制度”工作实施方案",
                "2023-03-15 09:30",
                GOV_OFFICE,
                filler=True,
            ),
        ]
        self._new_list(col, "法治政府建设", items, tree=1)

    def _new_nb(self) -> None:
        col = "zwgk/zfxxgknb"
        items = []
        for year in (2024, 2023, 2022):
            title = f"郸城县人民政府{year}年政府信息公开工作年度报告"
            items.append(
                self._new_article(col, title, f"{year + 1}-01-2{year % 5} 09:00", GOV_OFFICE)
            )
        note = (
            '<p class="old-tip">2021年及以前年度报告请访问<a href="'
            + f'{self.old}/Article_Class.asp?ClassID=15" target="_blank">旧版网站</a>查看。</p>'
        )
        self._new_list(col, "政府信息公开年报", items, tree=2, after=note)

    def _new_news(self) -> None:
        col = "xwzx/jryw"
        self.news = [
            self._new_article(
                col,
                "县政府召开第36次常务会议 听取2024年度法治政府建设工作情况汇报",
                "2025-03-14 18:20",
                "郸城县融媒体中心",
                news=True,
            ),
            self._new_article(
                col,
                "我县召开2025年春季农业生产工作推进会",
                "2025-03-10 17:05",
                "郸城县融媒体中心",
                filler=True,
                news=True,
            ),
            self._new_article(
                col,
                "县领导督导检查安全生产工作",
                "2025-03-03 16:40",
                "郸城县融媒体中心",
                filler=True,
                news=True,
            ),
        ]
        self._new_list(col, "今日郸城", self.news, tree=None, section=("新闻中心", "/xwzx/"))
        col = "xwzx/tzgg"
        self.notices = [
            self._new_article(
                col,
                "郸城县2025年公开招聘政府购买服务人员公告",
                "2025-04-02 10:00",
                GOV_OFFICE,
                filler=True,
                news=True,
            ),
            self._new_article(
                col,
                "关于召开全县法治政府建设工作推进会的通知",
                "2025-03-30 15:00",
                GOV_OFFICE,
                news=True,
            ),
        ]
        self._new_list(col, "通知公告", self.notices, tree=None, section=("新闻中心", "/xwzx/"))

    def _new_other(self) -> None:
        col = "zwgk/fdzdgknr/zcwj"
        items = [
            self._new_article(
                col,
                "郸城县人民政府关于印发郸城县优化营商环境若干措施的通知",
                "2025-02-26 10:00",
                SITE,
                filler=True,
            ),
            self._new_article(
                col,
                "郸城县人民政府办公室关于做好2025年春季防汛工作的通知",
                "2025-03-05 10:00",
                GOV_OFFICE,
                filler=True,
            ),
        ]
        self._new_list(col, "政策文件", items, tree=0)
        guide = (
            '<div class="list-right"><div class="list-tit">政府信息公开指南</div>'
            '<div class="article-content"><p>为了更好地为公民、法人和其他组织提供政府信息公开'
            "服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p></div></div>"
        )
        self.page(
            "/zwgk/xxgkzn/",
            self._new_frame(
                "政府信息公开指南", self._zwgk_crumbs("政府信息公开指南"), self._tree(3) + guide
            ),
        )
        tip = (
            '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            '<div class="zwgk-tip">温馨提示：本网站于2023年3月改版上线，2022年以前信息请访问'
            f'<a href="{self.old}/Article_Class.asp?ClassID=3" target="_blank">旧版网站</a>。'
            "</div>"
            '<div class="zwgk-entry"><a href="/zwgk/xxgkzn/">政府信息公开指南</a>'
            '<a href="/zwgk/fdzdgknr/zcwj/">政策文件</a>'
            f'<a href="/{FZZF}/">法治政府建设</a>'
            '<a href="/zwgk/zfxxgknb/">政府信息公开年报</a></div></div>'
        )
        html = self._new_frame(
            "政府信息公开", [("首页", "/"), ("政务公开", "/zwgk/")], self._tree(None) + tip
        )
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)
        xwzx = self._new_frame(
            "新闻中心",
            [("首页", "/"), ("新闻中心", "/xwzx/")],
            '<div class="xwzx"><a href="/xwzx/jryw/">今日郸城</a>'
            '<a href="/xwzx/tzgg/">通知公告</a></div>',
        )
        self.page("/xwzx/", xwzx)
        self.page("/xwzx/index.html", xwzx)

    def _new_home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多+</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:10])}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        gk = (
            '<div class="home-box zwgk-box"><div class="tit"><span>政务公开</span>'
            '<a class="more" href="/zwgk/">更多+</a></div><ul class="gk-entry">'
            '<li><a href="/zwgk/xxgkzn/">信息公开指南</a></li>'
            '<li><a href="/zwgk/fdzdgknr/zcwj/">政策文件</a></li>'
            f'<li><a href="/{FZZF}/">法治政府建设</a></li>'
            '<li><a href="/zwgk/zfxxgknb/">信息公开年报</a></li></ul></div>'
        )
        main = (
            '<div class="home-row">'
            + box("今日郸城", "/xwzx/jryw/", self.news)
            + box("通知公告", "/xwzx/tzgg/", self.notices)
            + gk
            + "</div><div class='home-row'>"
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._new_frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    def _new_gold(
        self, col: str, title: str, seed: str, pub: str, *, written: str, doc_no: str
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        index_no = f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}"
        body = self.gold_report(
            path,
            seed,
            title,
            publisher=SITE,
            publish_date=pub[:10],
            index_no=index_no,
            written_date=written,
            doc_no=doc_no,
        )
        self.page(
            path,
            self._new_detail(
                title,
                body,
                pub=pub,
                index_no=index_no,
                publisher=SITE,
                written=written,
                doc_no=doc_no,
                crumb=("法治政府建设", f"/{col}/"),
            ),
        )
        self.reports[seed] = (title, path)
        return title, path, pub

    def _new_article(
        self,
        col: str,
        title: str,
        pub: str,
        publisher: str,
        *,
        filler: bool = False,
        news: bool = False,
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        body = FILLER_BODY if filler else NEGATIVE_BODY
        if not filler:
            self.negative_titles.append(title)
        names = {
            FZZF: "法治政府建设",
            "zwgk/zfxxgknb": "政府信息公开年报",
            "zwgk/fdzdgknr/zcwj": "政策文件",
            "xwzx/jryw": "今日郸城",
            "xwzx/tzgg": "通知公告",
        }
        crumb = (names[col], f"/{col}/")
        if news:
            html = self._new_news_detail(title, body, pub=pub, source=publisher, crumb=crumb)
        else:
            html = self._new_detail(
                title,
                body,
                pub=pub,
                index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                publisher=publisher,
                written=pub[:10],
                doc_no="",
                crumb=crumb,
            )
        self.page(path, html)
        return title, path, pub

    def _new_detail(
        self,
        title: str,
        body: list[str],
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written: str,
        doc_no: str,
        crumb: tuple[str, str],
    ) -> str:
        table = (
            '<div class="xxgk-info"><table width="100%" border="0" cellspacing="0">'
            f'<tr><td class="t">索 引 号：</td><td>{esc(index_no)}</td>'
            '<td class="t">主题分类：</td><td>综合政务/其他</td></tr>'
            f'<tr><td class="t">发布机构：</td><td>{esc(publisher)}</td>'
            f'<td class="t">成文日期：</td><td>{esc(written)}</td></tr>'
            f'<tr><td class="t">标　　题：</td><td colspan="3">{esc(title)}</td></tr>'
            f'<tr><td class="t">文　　号：</td><td>{esc(doc_no)}</td>'
            f'<td class="t">发布日期：</td><td>{esc(pub[:10])}</td></tr>'
            '<tr><td class="t">有 效 性：</td><td colspan="3">有效</td></tr></table></div>'
        )
        related = [(t, u) for t, u in self.reports.values() if t != title][:3]
        main = (
            '<div class="article">'
            + table
            + f'<div class="article-title"><h1>{esc(title)}</h1></div>'
            + f'<div class="article-sub"><span>发布时间：{esc(pub)}</span>'
            + f"<span>来源：{esc(publisher)}</span>"
            + '<span>浏览次数：<em id="hits">--</em></span>'
            + '<span class="font">【字体：<a href="javascript:doZoom(18)">大</a> '
            + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】'
            + "</span></div>"
            + '<div class="article-content" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + self._related(related)
            + "</div>"
        )
        return self._new_frame(title, self._zwgk_crumbs(*crumb), main + fu.float_share())

    def _new_news_detail(
        self, title: str, body: list[str], *, pub: str, source: str, crumb: tuple[str, str]
    ) -> str:
        main = (
            '<div class="article">'
            + f'<div class="article-title"><h1>{esc(title)}</h1></div>'
            + f'<div class="article-sub"><span>发布时间：{esc(pub)}</span>'
            + f"<span>来源：{esc(source)}</span>"
            + '<span>浏览次数：<em id="hits">--</em></span></div>'
            + '<div class="article-content" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [("首页", "/"), ("新闻中心", "/xwzx/"), crumb]
        return self._new_frame(title, crumbs, main + fu.float_share())

    @staticmethod
    def _related(items: list[tuple[str, str]]) -> str:
        if not items:
            return ""
        return (
            '<div class="related"><h4>相关文章</h4><ul>'
            + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in items)
            + "</ul></div>"
        )

    def _zwgk_crumbs(self, name: str, url: str = "#") -> list[tuple[str, str]]:
        return [("首页", "/"), ("政务公开", "/zwgk/"), (name, url)]

    def _tree(self, n: int | None) -> str:
        tree = fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [("政策文件", "/zwgk/fdzdgknr/zcwj/"), ("法治政府建设", f"/{FZZF}/")],
                ),
                ("政府信息公开年报", "/zwgk/zfxxgknb/", []),
                ("历史信息（旧版网站）", f"{self.old}/Article_Class.asp?ClassID=3", []),
            ],
        )
        _ = n
        return tree

    def _new_list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str]],
        *,
        tree: int | None,
        after: str = "",
        section: tuple[str, str] = ("政务公开", "/zwgk/"),
    ) -> None:
        base = f"/{col}/"
        chunks = [items[k : k + NEW_PAGE_SIZE] for k in range(0, len(items), NEW_PAGE_SIZE)]
        total = len(chunks)

        def href(n: int) -> str:
            return "index.html" if n == 0 else f"index_{n}.html"

        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d[:10])}</span></li>"
                for t, u, d in chunk
            )
            prev = f'<a href="{href(n - 1)}">上一页</a>' if n else "<span>上一页</span>"
            nxt = f'<a href="{href(n + 1)}">下一页</a>' if n < total - 1 else "<span>下一页</span>"
            pager = (
                f'<div class="pagination"><span>共{len(items)}条</span><span>{n + 1}/{total}页'
                f'</span><a href="{href(0)}">首页</a>{prev}{nxt}'
                f'<a href="{href(total - 1)}">尾页</a></div>'
            )
            left = self._tree(tree) if tree is not None else ""
            main = (
                left
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{pager}{after}</div>'
            )
            html = self._new_frame(name, [("首页", "/"), section, (name, base)], main)
            self.page(base + href(n), html)
            if n == 0:
                self.page(base, html)

    def _new_frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", "/"),
            ("走进郸城", "/zjdc/"),
            ("新闻中心", "/xwzx/"),
            ("政务公开", "/zwgk/"),
            ("政务服务", "https://www.hnzwfw.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        toolbar = fu.access_toolbar(SITE).replace(
            '<a href="/wap/"',
            f'<a href="{self.old}/" target="_blank" class="jbwz">返回旧版</a> <a href="/wap/"',
        )
        footer = fu.footer_block(
            SITE,
            icp="豫ICP备05010086号-1",
            police="豫公网安备 41162502000108号",
            code=CODE,
            address="河南省周口市郸城县洺南大道1号",
        ).replace(
            '<a href="/sybz/">使用帮助</a>',
            f'<a href="/sybz/">使用帮助</a> | <a href="{self.old}/" target="_blank">旧版网站</a>',
        )
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={"ColumnName": title})
            + toolbar
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs, label="当前位置：") if crumbs else "")
            + main
            + "</div>"
            + footer
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

    # ==== the old site ==========================================================================
    def _old_page(self, path: str, html: str) -> None:
        self.old_pages[_old_key(path)] = html_reply(html, **OLD_ENCODING)

    def _old_site(self) -> None:
        # class id → (name, parent id); articles by class, newest first: (id, title, date, kind)
        self.old_classes = {
            1: ("郸城概况", 0),
            3: ("政务公开", 0),
            11: ("政府文件", 3),
            12: ("依法行政", 3),
            15: ("信息公开年报", 3),
            8: ("新闻中心", 0),
            21: ("县内要闻", 8),
            22: ("部门动态", 8),
        }
        self.old_articles: dict[int, list[dict[str, object]]] = {}
        self.old_next = 3480
        yfxz = [
            ("郸城县人民政府关于2022年度法治政府建设工作情况的报告", "2023-02-16", "copy", SFJ),
            ("郸城县2022年度法治政府建设考核结果公示", "2023-01-12", "neg", SFJ),
            ("郸城县开展“宪法宣传周”系列活动", "2022-12-08", "filler", SFJ),
            ("郸城县2022年行政执法案卷评查情况通报", "2022-09-20", "filler", SFJ),
            ("关于开展法治政府建设示范创建活动的通知", "2022-06-15", "neg", GOV_OFFICE),
            ("郸城县2022年法治政府建设工作要点", "2022-04-02", "neg", GOV_OFFICE),
            ("郸城县2021年度法治政府建设工作报告", "2022-03-18", "gone", SFJ),
            ("郸城县“八五”普法规划（2021—2025年）", "2022-01-06", "neg", SFJ),
            ("郸城县法治政府建设实施方案（2021—2025年）", "2021-12-20", "neg", SITE),
            ("关于召开全县法治政府建设推进会的通知", "2021-10-09", "neg", GOV_OFFICE),
            ("郸城县行政复议体制改革实施方案", "2021-08-03", "filler", GOV_OFFICE),
            ("郸城县2021年普法依法治理工作要点", "2021-05-20", "neg", SFJ),
            ("郸城县2021年法治政府建设工作要点", "2021-04-01", "neg", GOV_OFFICE),
            ("郸城县2020年度法治政府建设工作报告", "2021-03-05", "gold", SFJ),
            ("郸城县“七五”普法工作总结", "2021-01-18", "neg", SFJ),
            ("郸城县重大行政决策程序规定", "2020-11-02", "filler", SITE),
            ("郸城县2020年法治政府建设工作要点", "2020-06-08", "neg", GOV_OFFICE),
            ("郸城县2019年度依法行政考核情况通报", "2020-03-20", "neg", SFJ),
            ("郸城县行政执法公示制度实施办法", "2019-12-05", "filler", GOV_OFFICE),
            ("郸城县推行法律顾问制度工作方案", "2019-09-16", "filler", GOV_OFFICE),
            ("郸城县司法局开展“法律进机关”活动", "2019-05-07", "filler", SFJ),
            ("关于开展2019年“谁执法谁普法”履职评议的通知", "2019-03-11", "filler", SFJ),
            ("郸城县司法局召开2019年全县司法行政工作会议", "2019-02-20", "filler", SFJ),
        ]
        classes = {
            12: yfxz,
            15: [
                (
                    f"郸城县人民政府{y}年政府信息公开工作年度报告",
                    f"{y + 1}-03-2{y % 7}",
                    "neg",
                    GOV_OFFICE,
                )
                for y in (2021, 2020, 2019, 2018)
            ],
            11: [
                (
                    "郸城县人民政府关于印发郸城县2023年重点民生实事的通知",
                    "2023-02-08",
                    "filler",
                    SITE,
                ),
                (
                    "郸城县人民政府办公室关于做好2023年春节期间安全生产工作的通知",
                    "2023-01-10",
                    "filler",
                    GOV_OFFICE,
                ),
                (
                    "郸城县人民政府关于调整部分县政府领导工作分工的通知",
                    "2022-08-30",
                    "filler",
                    SITE,
                ),
            ],
            21: [
                (
                    "县政府召开常务会议 听取2021年度法治政府建设工作报告",
                    "2022-03-10",
                    "neg",
                    "郸城县广播电视台",
                ),
                ("我县召开2023年春季农业生产工作会议", "2023-02-14", "filler", "郸城县广播电视台"),
                ("县领导深入乡镇调研重点项目建设", "2023-01-30", "filler", "郸城县广播电视台"),
            ],
            22: [
                ("县司法局召开2022年度法治政府建设工作总结会", "2022-12-28", "neg", SFJ),
                ("县市场监管局开展春节前食品安全检查", "2023-01-16", "filler", "县市场监管局"),
            ],
            1: [
                ("郸城简介", "2019-01-01", "filler", GOV_OFFICE),
                ("行政区划", "2019-01-01", "filler", GOV_OFFICE),
            ],
        }
        for cid, rows in classes.items():
            rows = sorted(rows, key=lambda r: r[1], reverse=True)
            arts = []
            for title, date, kind, source in rows:
                self.old_next += 7
                arts.append(
                    {
                        "id": self.old_next,
                        "title": title,
                        "date": date,
                        "kind": kind,
                        "source": source,
                        "cid": cid,
                    }
                )
            self.old_articles[cid] = arts
        for cid, arts in self.old_articles.items():
            for n, art in enumerate(arts):
                prev = arts[n + 1] if n + 1 < len(arts) else None
                nxt = arts[n - 1] if n > 0 else None
                self._old_article(art, prev, nxt)
            self._old_class(cid)
        for cid in (3, 8):
            self._old_parent(cid)
        self._old_home()

    def _old_article(
        self,
        art: dict[str, object],
        prev: dict[str, object] | None,
        nxt: dict[str, object] | None,
    ) -> None:
        aid = int(art["id"])  # type: ignore[call-overload]
        title, date, kind = str(art["title"]), str(art["date"]), str(art["kind"])
        source = str(art["source"])
        path = f"/Article_Show.asp?ArticleID={aid}"
        if kind == "gone":
            self._old_page(path, self._old_error())
            self.negative_titles.append(title)
            return
        if kind == "gold":
            url = self.old + path  # a gold path may be an absolute URL
            lines = self.gold_report(url, "004", title, publisher=source, publish_date=date)
            content = "".join(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{esc(ln)}</P>\n" for ln in lines)
        elif kind == "copy":
            from tests.fixtureweb.seeds import load_seed

            new_title, new_path = self.reports["003"]
            assert new_title == title
            self.aliases[self.old + path] = new_path
            content = "".join(
                '<P style="TEXT-INDENT: 2em; LINE-HEIGHT: 150%"><FONT face=仿宋_GB2312 size=4>'
                f"{esc(ln)}</FONT></P>\n"
                for ln in load_seed("003").body_lines
            )
        else:
            body = FILLER_BODY if kind == "filler" else NEGATIVE_BODY
            if kind == "neg":
                self.negative_titles.append(title)
            content = "".join(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{esc(ln)}</P>\n" for ln in body)
        cid = int(art["cid"])  # type: ignore[call-overload]
        hits = 97 + aid % 613
        related = [
            a
            for a in self.old_articles.get(cid, [])
            if a is not art and "法治政府" in str(a["title"]) and "法治政府" in title
        ][:5]
        related_html = (
            "".join(
                f"<li><a href='Article_Show.asp?ArticleID={a['id']}'>{esc(str(a['title']))}</a>"
                f"&nbsp;&nbsp;{_short_date(str(a['date']))}</li>"
                for a in related
            )
            or "<li>没有相关文章</li>"
        )

        def link(a: dict[str, object] | None) -> str:
            if a is None:
                return "没有了"
            return f"<a href='Article_Show.asp?ArticleID={a['id']}'>{esc(str(a['title']))}</a>"

        main = (
            '<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border">'
            f'<tr><td class="main_ArticleTitle" align="center" height="50"><font size="4"'
            f' color="#CC0000"><b>{esc(title)}</b></font></td></tr>'
            '<tr><td class="Article_tdbgall" align="center" height="25">'
            f"作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;来源：{esc(source)}&nbsp;&nbsp;&nbsp;&nbsp;"
            f"点击数：{hits}&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{_short_date(date)}"
            '&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoomA();" class="top_UserLogin">'
            '小</a> <a href="javascript:fontZoomB();" class="top_UserLogin">大</a>】</td></tr>'
            '<tr><td height="1" bgcolor="#CCCCCC"></td></tr>'
            '<tr><td id="fontzoom" class="main_ArticleContent" valign="top">\n'
            + content
            + "</td></tr>"
            '<tr><td align="right" class="Article_tdbgall">【<a href="Comment.asp?ArticleID='
            f'{aid}" target="_blank">发表评论</a>】【<a href="javascript:window.print();">'
            '打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>'
            f'<tr><td class="Article_tdbgall">上一篇文章：{link(prev)}<br>'
            f"下一篇文章：{link(nxt)}</td></tr></table>"
            '<table width="100%" border="0" cellpadding="0" cellspacing="0">'
            '<tr><td class="main_title_760"><b>相关文章</b></td></tr>'
            f'<tr><td class="main_tdbg_760"><ul>{related_html}</ul></td></tr></table>'
            '<table width="100%" border="0" cellpadding="0" cellspacing="0">'
            '<tr><td class="main_title_760"><b>网友评论：</b>（只显示最新10条。评论内容只代表'
            "网友观点，与本站立场无关！）</td></tr>"
            '<tr><td class="main_tdbg_760">没有任何评论</td></tr></table>'
        )
        self._old_page(path, self._old_frame(title, self._old_position(cid, "正文"), main))

    def _old_position(self, cid: int, tail: str | None = None) -> str:
        parts = [f"<a href='/'>{SITE}</a>"]
        parent = self.old_classes[cid][1]
        if parent:
            parts.append(
                f"<a href='Article_Class.asp?ClassID={parent}'>{self.old_classes[parent][0]}</a>"
            )
        parts.append(f"<a href='Article_Class.asp?ClassID={cid}'>{self.old_classes[cid][0]}</a>")
        if tail:
            parts.append(tail)
        return "您现在的位置：&nbsp;" + "&nbsp;&gt;&gt;&nbsp;".join(parts)

    @staticmethod
    def _old_row(a: dict[str, object]) -> str:
        """A list row: the title cut to OLD_TITLE_LEN, whole only in the tooltip."""
        title, date, aid = str(a["title"]), _short_date(str(a["date"])), a["id"]
        shown = title if len(title) <= OLD_TITLE_LEN else title[:OLD_TITLE_LEN] + "..."
        tip = (
            f"文章标题：{esc(title)}&#13;&#10;作&nbsp;&nbsp;&nbsp;&nbsp;者：佚名&#13;&#10;"
            f"更新时间：{date} 9:35:12&#13;&#10;点击次数：{97 + int(str(aid)) % 613}"
        )
        return (
            '<tr><td class="listbg" height="24"><img src="Images/article_common.gif" '
            f'align="absmiddle">&nbsp;<a href="Article_Show.asp?ArticleID={aid}" '
            f'title="{tip}" target="_blank">{esc(shown)}</a></td>'
            f'<td class="listbg" align="right" width="90">[{date}]</td></tr>'
        )

    def _old_class(self, cid: int) -> None:
        arts = self.old_articles[cid]
        pages = max(1, -(-len(arts) // OLD_PAGE_SIZE))
        name = self.old_classes[cid][0]
        for p in range(1, pages + 1):
            chunk = arts[(p - 1) * OLD_PAGE_SIZE : p * OLD_PAGE_SIZE]
            rows = "".join(self._old_row(a) for a in chunk)
            url = f"Article_Class.asp?ClassID={cid}&page="
            first = (
                "首页 上一页"
                if p == 1
                else (f"<a href='{url}1'>首页</a> <a href='{url}{p - 1}'>上一页</a>")
            )
            last = (
                "下一页 尾页"
                if p == pages
                else (f"<a href='{url}{p + 1}'>下一页</a> <a href='{url}{pages}'>尾页</a>")
            )
            options = "".join(
                f"<option value='{k}'{' selected' if k == p else ''}>第{k}页</option>"
                for k in range(1, pages + 1)
            )
            pager = (
                f'<div class="showpage">共 <b>{len(arts)}</b> 篇文章&nbsp;&nbsp;{first}&nbsp;'
                f"{last}&nbsp;页次：<strong><font color=red>{p}</font>/{pages}</strong>页 "
                f"&nbsp;<b>{OLD_PAGE_SIZE}</b>篇文章/页&nbsp;转到：<select name='page' size='1' "
                f"onchange=\"javascript:window.location='{url}'+this.options[this.selectedIndex]"
                f'.value;">{options}</select></div>'
            )
            main = (
                '<table width="100%" border="0" cellpadding="0" cellspacing="0">'
                f'<tr><td class="main_title_575"><b>{esc(name)}</b></td></tr>'
                '<tr><td class="main_tdbg_575"><table width="100%" border="0" cellpadding="0" '
                f'cellspacing="0">{rows}</table></td></tr>'
                f'<tr><td align="center">{pager}</td></tr></table>'
            )
            html = self._old_frame(name, self._old_position(cid), main, left_cid=cid)
            self._old_page(f"/Article_Class.asp?ClassID={cid}&page={p}", html)
            if p == 1:
                self._old_page(f"/Article_Class.asp?ClassID={cid}", html)

    def _old_parent(self, cid: int) -> None:
        name = self.old_classes[cid][0]
        boxes = ""
        for child, (cname, parent) in self.old_classes.items():
            if parent != cid:
                continue
            rows = "".join(self._old_row(a) for a in self.old_articles[child][:6])
            boxes += (
                '<table width="100%" border="0" cellpadding="0" cellspacing="0">'
                f'<tr><td class="main_title_575"><b>{esc(cname)}</b></td>'
                f"<td align=\"right\"><a href='Article_Class.asp?ClassID={child}'>更多&gt;&gt;</a>"
                "</td></tr>"
                f'<tr><td colspan="2"><table width="100%">{rows}</table></td></tr></table>'
            )
        html = self._old_frame(name, self._old_position(cid), boxes, left_cid=cid)
        self._old_page(f"/Article_Class.asp?ClassID={cid}", html)

    def _old_home(self) -> None:
        def box(cid: int) -> str:
            rows = "".join(self._old_row(a) for a in self.old_articles[cid][:7])
            return (
                '<table width="100%" border="0" cellpadding="0" cellspacing="0" class="index_box">'
                f'<tr><td class="index_title"><b>{esc(self.old_classes[cid][0])}</b></td>'
                f"<td align=\"right\"><a href='Article_Class.asp?ClassID={cid}'>"
                '<img src="Images/more.gif" border="0" alt="更多"></a></td></tr>'
                f'<tr><td colspan="2"><table width="100%">{rows}</table></td></tr></table>'
            )

        main = (
            '<table width="100%"><tr><td width="50%" valign="top">'
            + box(21)
            + box(11)
            + '</td><td width="50%" valign="top">'
            + box(12)
            + box(22)
            + "</td></tr></table>"
        )
        html = self._old_frame(SITE, "", main)
        self._old_page("/", html)
        self._old_page("/Index.asp", html)
        self._old_page("/Default.asp", html)

    def _old_error(self) -> str:
        main = (
            '<br><table cellpadding="2" cellspacing="1" border="0" width="400" class="border" '
            'align="center"><tr align="center" class="title"><td height="22"><strong>错误信息'
            '</strong></td></tr><tr class="tdbg"><td height="100" valign="top"><b>产生错误的可能'
            "原因：</b><li>找不到指定的文章！</li></td></tr>"
            '<tr align="center" class="tdbg"><td><a href="javascript:history.go(-1)">&lt;&lt; '
            "返回上一页</a></td></tr></table><br>"
        )
        return self._old_frame("错误信息", "", main)

    def _old_frame(self, title: str, position: str, main: str, left_cid: int | None = None) -> str:
        nav = (
            [("网站首页", "Index.asp")]
            + [
                (n, f"Article_Class.asp?ClassID={c}")
                for c, (n, p) in self.old_classes.items()
                if p == 0
            ]
            + [("依法行政", "Article_Class.asp?ClassID=12"), ("在线留言", "GuestBook/Index.asp")]
        )
        nav_html = " | ".join(f"<a href='{u}' class='Channel'>{n}</a>" for n, u in nav)
        left = ""
        if left_cid is not None:
            top = left_cid if self.old_classes[left_cid][1] == 0 else self.old_classes[left_cid][1]
            kids = [(c, n) for c, (n, p) in self.old_classes.items() if p == top]
            latest = sorted(
                (a for arts in self.old_articles.values() for a in arts),
                key=lambda a: str(a["date"]),
                reverse=True,
            )[:6]
            left = (
                '<td width="200" valign="top" class="left_bg">'
                '<table width="100%"><tr><td class="left_title">栏目导航</td></tr>'
                + "".join(
                    f"<tr><td class='left_tdbg'>&nbsp;<a href='Article_Class.asp?ClassID={c}'>"
                    f"{esc(n)}</a></td></tr>"
                    for c, n in kids
                )
                + '</table><table width="100%"><tr><td class="left_title">最新更新</td></tr>'
                + "".join(
                    f"<tr><td class='left_tdbg'>&nbsp;<a href='Article_Show.asp?ArticleID="
                    f"{a['id']}' title='{esc(str(a['title']))}'>{esc(str(a['title'])[:14])}"
                    "</a></td></tr>"
                    for a in latest
                )
                + "</table></td>"
            )
        page_title = SITE if title == SITE else f"{title}--{SITE}"
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
            "<html><head>\n"
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
            f"<title>{esc(page_title)}</title>\n"
            '<meta name="keywords" content="郸城,郸城县,郸城县人民政府">\n'
            '<meta name="description" content="郸城县人民政府门户网站">\n'
            '<link href="Skin/DefaultSkin.css" rel="stylesheet" type="text/css">\n'
            '<script language="JavaScript" src="js/menu.js"></script>\n'
            "</head>\n"
            '<body leftmargin="0" topmargin="0">\n'
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            '<tr><td class="top_bg" height="26">'
            '<a href="#" onclick="this.style.behavior=\'url(#default#homepage)\';'
            f"this.setHomePage('{self.old}/');\">设为首页</a> | "
            f"<a href=\"javascript:window.external.AddFavorite('{self.old}/','{SITE}')\">"
            "加入收藏</a> | "
            f'<a href="https://{self.origins[""]}/" target="_blank">访问新版网站</a> | '
            '<a href="mailto:dcxzf@163.com">联系我们</a></td>'
            '<td align="right" class="top_bg">今天是：<script language="javascript">'
            "var d=new Date();document.write(d.getFullYear()+'年'+(d.getMonth()+1)+'月'+"
            "d.getDate()+'日');</script></td></tr>"
            '<tr><td colspan="2"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" '
            'width="980" height="150"><param name="movie" value="Images/top.swf">'
            '<embed src="Images/top.swf" width="980" height="150"></embed></object></td></tr>'
            f'<tr><td colspan="2" class="menu_bg" height="32" align="center">{nav_html}</td>'
            "</tr>"
            '<tr><td colspan="2" class="notice_bg"><marquee scrollamount="3" '
            'onmouseover="this.stop()" onmouseout="this.start()"><font color="#FF0000">'
            "郸城县人民政府新版门户网站已于2023年3月正式上线，本站停止更新，请访问"
            f'<a href="https://{self.origins[""]}/">新版网站</a>。</font></marquee></td></tr>'
            "</table>\n"
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            + (
                f'<tr><td colspan="2" class="position" height="26">{position}</td></tr>'
                if position
                else ""
            )
            + f'<tr>{left}<td valign="top">{main}</td></tr></table>\n'
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" '
            'class="bottom_bg"><tr><td align="center" height="90" class="copyright">'
            '<a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系方式</a> | '
            '<a href="GuestBook/Index.asp">留言板</a><br>'
            "版权所有：郸城县人民政府 &copy; 2008-2023　主办：郸城县人民政府办公室<br>"
            "技术支持：郸城县信息中心　联系电话：0394-3212345　"
            '<a href="http://www.miibeian.gov.cn" target="_blank">豫ICP备05010086号</a><br>'
            '建议使用IE6.0以上浏览器、1024×768分辨率浏览　您是第 <font color="red">1234567'
            "</font> 位访客</td></tr></table>\n"
            "</body></html>\n"
        )


IIS_404 = (
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><html><head><title>无法找到网页</title>'
    '<meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body>'
    "<h1>无法找到该页</h1>您正在搜索的页面可能已经删除、更名或暂时不可用。<hr>"
    "<p>HTTP 错误 404 - 文件或目录未找到。<br>Internet 信息服务 (IIS)</p></body></html>"
)


class RedesignCountyOldSite(RedesignCountySite):
    """The same county configured with its old site's address (a config written before the
    redesign): the frozen old site still answers, and only its top bar (「访问新版网站」) and
    its marquee (「请访问新版网站」) lead to the new site, which holds 2023 onwards."""

    name = "redesign_county_old"

    def start_url(self) -> str:
        return f"{self.old}/"

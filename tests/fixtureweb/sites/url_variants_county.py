"""A Jiangsu county portal on a Java CMS (Tomcat behind IIS) whose pages link every article and
column under many spellings of its URL, as real portals do:

- articles live at `/art/Y/M/D/art_<cid>_<id>.html` (the gold URL of every report); the same
  servlet answers the same page for `…html;jsessionid=<sid>` (Tomcat's URL rewriting: a client
  without a `JSESSIONID` cookie gets a fresh session on every page view, and every link the
  templates write is rewritten with it), for any tracking parameter a share added
  (`?from=singlemessage&isappinstalled=0`, `?spm=…`, `?utm_source=…`), for the short link
  `/s?id=<id>` each article advertises (本文短链接, served 200, not redirected), and renders a
  bare print view for `?print=1` (【打印本页】);
- the old dynamic URL `/module/web/info.jsp?id=<id>&cid=<cid>` answers 302 to the article; the
  通知公告 list (a JSP list) writes it double-escaped (`href="info.jsp?id=5702&amp;amp;cid=1102"`,
  so the browser asks for `?id=5702&amp;cid=1102`);
- columns are directories (`/xxgk/fzzfjs/` and `/xxgk/fzzfjs/index.html`); IIS answers paths in
  any case (`/Xxgk/fzzfjs/index.html` in the breadcrumbs); the pager writes
  `index.html?cid=1231&page=N`, its 首页/上一页 `…&page=1` (page 1 again);
- links are relative (`../../art/…`, `./ndbg/`), root-relative, absolute
  (`http://host:port/…`) and protocol-relative (`//host:port/…`);
- `<link rel="canonical">`: list pages point to their page 1 (also from pages 2 and 3); the
  法治政府建设 column's article template points to the COLUMN page (a template bug: the
  canonical of every article there is `/xxgk/fzzfjs/index.html`); the other columns' articles
  point to themselves; news pages have none.

政务公开 → 法治政府建设 (three pages) holds the 县政府's 2024, 2023 and 2020 reports beside 工作
要点, 一图读懂, a 解读, 考核 公示, a 督察整改 report, 推进会 notice, 实施方案 and 普法 plans; 部门信息
公开 → 县司法局 holds the 司法局's 2023 report (also in 通知公告 by its info.jsp URL). The
法治政府建设专题 links the reports as its editors pasted them (WeChat share URL, short link,
spm URL). Every report has a 信息公开 table (索引号, 发布机构, 成文日期, 文号, 发布日期).
Gold URLs: the `/art/…html` paths; the short links `/s?id=<id>` are `self.aliases`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qsl, quote

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "泗阳县人民政府"
CODE = "3213230001"
ICP = "苏ICP备05008719号-1"
POLICE = "苏公网安备 32132302000118号"
GOV = "泗阳县人民政府"
GOV_OFFICE = "泗阳县人民政府办公室"
SFJ = "泗阳县司法局"
CREDIT = "113213230140293127"
SFJ_CREDIT = "11321323014029525L"
SID = "@@SID@@"  # where Tomcat's encodeURL puts `;jsessionid=…`
STALE_SID = ";jsessionid=7E1C0B9A4D2F66A1B3C58E0D9F2A4B71"
LIST_SIZE = 6

NEWS, NOTICES, FZZF, NDBG, ZCWJ, SFJ_COL, TOPIC = 1101, 1102, 1231, 1235, 1240, 1305, 1401
COLUMNS = {
    NEWS: ("县政要闻", "/xwzx/xzyw/"),
    NOTICES: ("通知公告", "/module/web/list.jsp"),
    FZZF: ("法治政府建设", "/xxgk/fzzfjs/"),
    NDBG: ("政府信息公开年报", "/xxgk/ndbg/"),
    ZCWJ: ("政策文件", "/xxgk/zcwj/"),
    SFJ_COL: ("县司法局", "/xxgk/bmxxgk/sfj/"),
    TOPIC: ("法治政府建设专题", "/ztzl/fzzfjs/"),
}
SECTION = {
    NEWS: ("新闻中心", "/xwzx/index.html"),
    NOTICES: ("新闻中心", "/xwzx/index.html"),
    FZZF: ("政务公开", "/xxgk/index.html"),
    NDBG: ("政务公开", "/xxgk/index.html"),
    ZCWJ: ("政务公开", "/xxgk/index.html"),
    SFJ_COL: ("政务公开", "/xxgk/index.html"),
    TOPIC: ("专题专栏", "/ztzl/index.html"),
}


@dataclass
class Article:
    cid: int
    aid: int
    title: str
    pub: str  # YYYY-MM-DD HH:MM
    publisher: str
    body: list[str]
    index_no: str = ""
    written: str = ""
    doc_no: str = ""
    table: bool = True

    @property
    def path(self) -> str:
        y, m, d = (int(x) for x in self.pub[:10].split("-"))
        return f"/art/{y}/{m}/{d}/art_{self.cid}_{self.aid}.html"


class UrlVariantsCountySite(BlindSite):
    name = "url_variants_county"
    region = "江苏省宿迁市泗阳县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.host = base_url.removeprefix("http://")
        self.articles: dict[str, Article] = {}  # lower-case path → article
        self.by_id: dict[int, Article] = {}
        self.columns: dict[int, list[Article]] = {}
        self.html: dict[str, str] = {}  # lower-case path → template (with SID marks)
        self.sessions = 0
        self.column_html: dict[int, list[str]] = {}
        self.aliases.clear()
        self._fzzfjs()
        self._sfj()
        self._ndbg()
        self._zcwj()
        self._news()
        self._notices()
        self._topic()
        self._sections()
        self._home()

    # --- content --------------------------------------------------------------------------------
    def _add(
        self,
        cid: int,
        title: str,
        pub: str,
        publisher: str,
        body: list[str],
        *,
        aid: int | None = None,
        table: bool = True,
        **meta: str,
    ) -> Article:
        if aid is None:
            # Ids grow with the publishing date, as a CMS's sequence does.
            days = (date.fromisoformat(pub[:10]) - date(2025, 3, 26)).days
            aid = 5678 + 2 * days
            while aid in self.by_id or aid == 5678:
                aid += 1
        art = Article(cid, aid, title, pub, publisher, body, table=table, **meta)
        if table and not art.index_no:
            credit = SFJ_CREDIT if publisher == SFJ else CREDIT
            art.index_no = f"{credit}/{pub[:4]}-{aid % 1000:05d}"
            art.written = art.written or pub[:10]
        self.articles[art.path.lower()] = art
        self.by_id[aid] = art
        self.columns.setdefault(cid, []).append(art)
        return art

    def _gold(
        self,
        cid: int,
        seed: str,
        title: str,
        pub: str,
        publisher: str,
        *,
        aid: int | None = None,
        index_no: str = "",
        written: str = "",
        doc_no: str = "",
    ) -> Article:
        art = self._add(
            cid,
            title,
            pub,
            publisher,
            [],
            aid=aid,
            table=bool(index_no),
            index_no=index_no,
            written=written,
            doc_no=doc_no,
        )
        art.body = self.gold_report(
            art.path,
            seed,
            title,
            publisher=publisher,
            publish_date=pub[:10],
            index_no=index_no or None,
            written_date=written or None,
            doc_no=doc_no or None,
        )
        self.aliases[f"/s?id={art.aid}"] = art.path
        return art

    def _neg(self, cid: int, title: str, pub: str, publisher: str = GOV_OFFICE) -> Article:
        self.negative_titles.append(title)
        return self._add(cid, title, pub, publisher, NEGATIVE_BODY)

    def _fzzfjs(self) -> None:
        c = FZZF
        self._neg(c, "泗阳县2025年法治政府建设工作要点", "2025-04-10 09:12")
        self.r2024 = self._gold(
            c,
            "003",
            "泗阳县人民政府关于2024年度法治政府建设情况的报告",
            "2025-03-26 16:20",
            GOV,
            aid=5678,
            index_no=f"{CREDIT}/2025-00078",
            written="2025-03-24",
            doc_no="泗政发〔2025〕11号",
        )
        self.one_pic = self._neg(
            c, "一图读懂：泗阳县人民政府关于2024年度法治政府建设情况的报告", "2025-03-27 10:05"
        )
        self._neg(c, "泗阳县2024年度法治政府建设考核结果公示", "2025-02-18 15:30", SFJ)
        self._neg(c, "泗阳县司法局2025年普法依法治理工作要点", "2025-02-10 11:00", SFJ)
        self._neg(c, "泗阳县2024年法治政府建设工作要点", "2024-04-12 09:00")
        # page 2
        self.r2023 = self._gold(
            c,
            "001",
            "泗阳县人民政府关于2023年度法治政府建设情况的报告",
            "2024-03-22 17:03",
            GOV,
            index_no=f"{CREDIT}/2024-00061",
            written="2024-03-20",
            doc_no="泗政发〔2024〕9号",
        )
        self._neg(
            c,
            "关于《泗阳县人民政府关于2023年度法治政府建设情况的报告》的政策解读",
            "2024-03-25 09:40",
            SFJ,
        )
        self._neg(c, "关于召开全县法治政府建设推进会的通知", "2024-03-05 08:50")
        self._neg(c, "泗阳县2023年度法治政府建设考核结果公示", "2024-02-20 16:00", SFJ)
        self._neg(c, "关于法治政府建设督察反馈问题整改情况的报告", "2023-12-20 10:30", GOV)
        self._neg(c, "泗阳县2023年法治政府建设工作要点", "2023-04-06 09:20")
        # page 3
        self._neg(c, "泗阳县法治政府建设实施方案（2021—2025年）", "2022-01-10 10:00", GOV)
        self._neg(c, "泗阳县“八五”普法规划（2021—2025年）", "2021-09-01 09:00", SFJ)
        self.r2020 = self._gold(
            c,
            "004",
            "泗阳县2020年度法治政府建设工作开展情况",
            "2021-03-18 14:45",
            GOV,
            index_no=f"{CREDIT}/2021-00035",
            written="2021-03-16",
        )
        self._neg(c, "泗阳县2021年法治政府建设工作要点", "2021-03-02 09:00")

    def _sfj(self) -> None:
        # The department's sub-site publishes in the news template: no 信息公开 table.
        c = SFJ_COL
        self._add(
            c,
            "县司法局召开2024年全县司法行政工作会议",
            "2024-02-21 10:00",
            SFJ,
            FILLER_BODY,
            table=False,
        )
        self.rsfj = self._gold(
            c, "000", "泗阳县司法局2023年度法治政府建设工作报告", "2024-02-05 09:30", SFJ
        )
        title = "泗阳县司法局2024年普法依法治理工作要点"
        self.negative_titles.append(title)
        self._add(c, title, "2024-03-01 15:00", SFJ, NEGATIVE_BODY, table=False)
        self._add(
            c,
            "泗阳县司法局2023年度部门决算公开",
            "2023-08-30 10:00",
            SFJ,
            FILLER_BODY,
            table=False,
        )

    def _ndbg(self) -> None:
        for year in range(2024, 2018, -1):
            self._neg(
                NDBG,
                f"泗阳县人民政府{year}年政府信息公开工作年度报告",
                f"{year + 1}-01-2{year % 8} 09:00",
            )

    def _zcwj(self) -> None:
        self._add(
            ZCWJ,
            "泗阳县人民政府关于印发泗阳县优化营商环境若干措施的通知",
            "2025-03-10 10:00",
            GOV,
            FILLER_BODY,
        )
        self._add(
            ZCWJ,
            "泗阳县人民政府办公室关于做好2025年春季防汛工作的通知",
            "2025-03-02 10:00",
            GOV_OFFICE,
            FILLER_BODY,
        )

    def _news(self) -> None:
        titles = [
            ("泗阳县政府召开第38次常务会议 听取2024年度法治政府建设工作情况报告", True),
            ("县领导调研春季农业生产工作", False),
            ("泗阳县召开2025年法治政府建设工作推进会", True),
            ("我县开展“法治进乡村”集中宣传活动", False),
            ("泗阳县召开优化营商环境工作会议", False),
            ("县政府与南京某高校签署校地合作协议", False),
            ("泗阳县2025年重大项目集中开工", False),
            ("县人大常委会听取和审议县政府法治政府建设情况报告", True),
            ("泗阳县举行2025年“民法典宣传月”启动仪式", False),
        ]
        for k, (title, neg) in enumerate(titles):
            pub = f"2025-04-{20 - 2 * k:02d} 18:{10 + k:02d}"
            if neg:
                self.negative_titles.append(title)
            self._add(
                NEWS,
                title,
                pub,
                "泗阳县融媒体中心",
                NEGATIVE_BODY if neg else FILLER_BODY,
                table=False,
            )

    def _notices(self) -> None:
        titles = [
            "泗阳县2025年公开招聘社区工作者公告",
            "关于召开全县2025年法治政府建设工作推进会的通知",
            "关于2025年清明节假期安排的通知",
            "泗阳县2025年度县级预算公开",
            "关于开展2025年度“法治政府建设示范创建”申报工作的通知",
            "泗阳县人民政府关于2025年度政府信息公开工作的通知",
            "关于调整县政府部分领导工作分工的通知",
        ]
        for k, title in enumerate(titles):
            neg = "法治" in title
            if neg:
                self.negative_titles.append(title)
            self._add(
                NOTICES,
                title,
                f"2025-04-{18 - 2 * k:02d} 10:00",
                GOV_OFFICE,
                NEGATIVE_BODY if neg else FILLER_BODY,
                table=False,
            )
        # The 司法局's report was also posted to 通知公告 (the list holds its info.jsp URL).
        self.columns[NOTICES].append(self.rsfj)

    def _topic(self) -> None:
        self._add(
            TOPIC,
            "泗阳县召开2025年法治政府建设工作推进会",
            "2025-04-15 17:00",
            SFJ,
            NEGATIVE_BODY,
            table=False,
        )
        self.negative_titles.append("泗阳县召开2025年法治政府建设工作推进会")
        self._add(
            TOPIC,
            "【图解】泗阳县2024年度法治政府建设工作亮点",
            "2025-03-28 09:00",
            SFJ,
            NEGATIVE_BODY,
            table=False,
        )
        self.negative_titles.append("【图解】泗阳县2024年度法治政府建设工作亮点")

    # --- URL spellings --------------------------------------------------------------------------
    def spell(self, path: str, n: int, base_dir: str) -> str:
        """The n-th way a page of this portal writes a link to `path`."""
        kind = n % 5
        if kind == 0:
            return _relative(base_dir, path)
        if kind == 1:
            return f"http://{self.host}{path}"
        if kind == 2:
            return f"//{self.host}{path}"
        if kind == 3:
            return path + SID
        return path

    # --- pages -----------------------------------------------------------------------------------
    def _column_pages(self, cid: int) -> None:
        name, base = COLUMNS[cid]
        items = self.columns[cid]
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        pages = []
        for n, chunk in enumerate(chunks, start=1):
            rows = "".join(
                f'<li><span class="date">{esc(a.pub[:10])}</span><a href="'
                f'{esc(self._list_href(cid, a, k + n))}" target="_blank" title="{esc(a.title)}">'
                f"{esc(a.title)}</a></li>"
                for k, a in enumerate(chunk)
            )
            page_url = base if cid == NOTICES else base + "index.html"
            pager = self._pager(page_url, cid, n, len(chunks))
            main = (
                self._left(cid)
                + '<div class="list-right"><div class="list-tit"><span>'
                + esc(name)
                + '</span></div><ul class="list">'
                + rows
                + "</ul>"
                + pager
                + "</div>"
            )
            pages.append(
                self._frame(
                    name,
                    self._crumbs(cid, with_self=True),
                    main,
                    canonical=f"http://{self.host}{page_url}"
                    + (f"?cid={cid}" if cid == NOTICES else ""),
                )
            )
        self.column_html[cid] = pages

    def _list_href(self, cid: int, art: Article, n: int) -> str:
        if cid == NOTICES:
            # The JSP list escapes its `&` twice.
            return f"/module/web/info.jsp?id={art.aid}&amp;cid={cid}"
        if cid == TOPIC:
            return art.path + SID
        if cid == SFJ_COL:
            # The department sub-site's template joins its base URL and the article path.
            return f"http://{self.host}/{art.path}"
        return self.spell(art.path, n, COLUMNS[cid][1])

    def _pager(self, page_url: str, cid: int, n: int, total: int) -> str:
        def link(k: int) -> str:
            return f"{page_url}{SID}?cid={cid}&page={k}"

        parts = [f"<span>共{total}页</span>"]
        if n > 1:
            parts.append(f'<a href="{esc(link(1))}">首页</a>')
            parts.append(f'<a href="{esc(link(n - 1))}">上一页</a>')
        else:
            parts.append('<span class="disabled">首页</span><span class="disabled">上一页</span>')
        for k in range(1, total + 1):
            parts.append(
                f'<span class="current">{k}</span>'
                if k == n
                else f'<a href="{esc(link(k))}">{k}</a>'
            )
        if n < total:
            parts.append(f'<a href="{esc(link(n + 1))}">下一页</a>')
            parts.append(f'<a href="{esc(link(total))}">尾页</a>')
        else:
            parts.append('<span class="disabled">下一页</span><span class="disabled">尾页</span>')
        return '<div class="pagination">' + " ".join(parts) + "</div>"

    def _left(self, cid: int) -> str:
        if cid in (NEWS, NOTICES):
            return fu.left_tree(
                "新闻中心",
                [
                    ("县政要闻", "/xwzx/xzyw/" + SID, []),
                    ("通知公告", f"/module/web/list.jsp{SID}?cid={NOTICES}", []),
                ],
            )
        if cid == TOPIC:
            return fu.left_tree(
                "专题专栏",
                [
                    ("法治政府建设专题", f"//{self.host}/ztzl/fzzfjs/", []),
                    ("乡村振兴", "/ztzl/xczx/index.html", []),
                ],
            )
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/xxgk/xxgkzn/index.html", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("政策文件", "/Xxgk/zcwj/"),
                        ("法治政府建设", "/Xxgk/fzzfjs/index.html" + SID),
                    ],
                ),
                ("部门信息公开", "javascript:;", [("县司法局", "/xxgk/bmxxgk/sfj/")]),
                ("政府信息公开年报", f"http://{self.host}/XXGK/ndbg/index.html", []),
            ],
        )

    def _crumbs(self, cid: int, *, with_self: bool) -> list[tuple[str, str]]:
        section, url = SECTION[cid]
        crumbs = [("首页", "/index.html"), (section, url)]
        name, base = COLUMNS[cid]
        if cid == NOTICES:
            crumbs.append((name, f"/module/web/list.jsp?cid={cid}"))
        else:
            crumbs.append((name, base.replace("/xxgk/", "/Xxgk/") + "index.html"))
        return crumbs

    def _article_html(self, art: Article) -> str:
        if art.cid == FZZF:
            canonical = f"http://{self.host}/xxgk/fzzfjs/index.html"  # the template's bug
        elif art.cid in (NEWS, NOTICES, TOPIC):
            canonical = None
        else:
            canonical = f"http://{self.host}{art.path}"
        table = ""
        if art.table:
            table = (
                '<table class="xxgk-table" width="100%" border="0" cellspacing="0" cellpadding="0">'
                f"<tr><th>索&ensp;引&ensp;号：</th><td>{esc(art.index_no)}</td>"
                f"<th>主题分类：</th><td>{esc(COLUMNS[art.cid][0])}</td></tr>"
                f"<tr><th>发布机构：</th><td>{esc(art.publisher)}</td>"
                f"<th>成文日期：</th><td>{esc(art.written)}</td></tr>"
                f"<tr><th>文&emsp;&emsp;号：</th><td>{esc(art.doc_no)}</td>"
                f"<th>发布日期：</th><td>{esc(art.pub[:10])}</td></tr></table>"
            )
        siblings = self.columns[art.cid]
        at = siblings.index(art) if art in siblings else 0
        prev_a = siblings[at - 1] if at > 0 else None
        next_a = siblings[at + 1] if at + 1 < len(siblings) else None
        nav = (
            '<div class="art-prevnext"><p>上一篇：'
            + (
                f'<a href="{esc(prev_a.path + SID)}">{esc(prev_a.title)}</a>'
                if prev_a
                else "没有了"
            )
            + "</p><p>下一篇："
            + (
                f'<a href="{esc(next_a.path + SID)}">{esc(next_a.title)}</a>'
                if next_a
                else "没有了"
            )
            + "</p></div>"
        )
        related = [a for a in siblings if a is not art][:4]
        rel = (
            '<div class="related"><h4>相关文章</h4><ul>'
            + "".join(
                f'<li><a href="{esc(a.path)}?spm=sy.xgwz.0.{k}" target="_blank">{esc(a.title)}</a>'
                f"<span>{esc(a.pub[:10])}</span></li>"
                for k, a in enumerate(related)
            )
            + "</ul></div>"
        )
        share_url = f"http://{self.host}{art.path}?utm_source=weibo&utm_medium=share"
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="art-title">{esc(art.title)}</h1>'
            + '<div class="art-info">'
            + f"<span>发布时间：{esc(art.pub)}</span><span>来源：{esc(art.publisher)}</span>"
            + '<span>浏览次数：<script src="/module/visitcount/articlehits.jsp?colid='
            + f'{art.cid}&amp;artid={art.aid}"></script></span>'
            + '<span class="font">字体：[<a href="javascript:doZoom(20)">大</a> '
            + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span>'
            + "</div>"
            + '<div class="art-con" id="zoom">\n<!--ZJEG_RSS.content.begin-->\n'
            + fu.paragraphs(art.body)
            + "\n<!--ZJEG_RSS.content.end-->\n</div>"
            + f'<div class="art-short">本文短链接：<a href="/s?id={art.aid}">'
            + f"http://{self.host}/s?id={art.aid}</a></div>"
            + '<div class="art-tools"><div class="fl">【<a href="'
            + esc(art.path)
            + '?print=1" target="_blank">打印本页</a>】【<a href="javascript:window.close();">'
            + "关闭窗口</a>】</div>"
            + '<div class="fr share">分享到：<a href="javascript:;" class="wx" title="微信">微信</a>'
            + '<a href="http://service.weibo.com/share/share.php?url='
            + esc(quote(share_url, safe=""))
            + f'&amp;title={esc(art.title)}" target="_blank" class="wb">微博</a>'
            + '<a href="javascript:;" class="qzone">QQ空间</a></div></div>'
            + nav
            + rel
            + "</div>"
        )
        return self._frame(
            art.title,
            self._crumbs(art.cid, with_self=True),
            main,
            canonical=canonical,
            meta={
                "ArticleTitle": art.title,
                "PubDate": art.pub,
                "ContentSource": art.publisher,
                "ColumnName": COLUMNS[art.cid][0],
            },
            head_title=f"{SITE} {COLUMNS[art.cid][0]} {art.title}",
        )

    def _print_html(self, art: Article) -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8" />'
            f"<title>{esc(art.title)}</title>"
            '<link href="/images/print.css" rel="stylesheet" /></head><body>'
            '<div class="print-wrap">'
            f'<h1>{esc(art.title)}</h1><div class="info">发布时间：{esc(art.pub)}　'
            f"来源：{esc(art.publisher)}</div>"
            '<div class="print-con">\n'
            + fu.paragraphs(art.body)
            + '\n</div><div class="print-btn">【<a href="javascript:window.print();">打印</a>】'
            '【<a href="javascript:window.close();">关闭</a>】</div></div></body></html>'
        )

    def _sections(self) -> None:
        for cid in COLUMNS:
            self._column_pages(cid)
        tree = self._left(FZZF).replace('href="/Xxgk/zcwj/"', 'href="./zcwj/"')
        intro = (
            tree + '<div class="list-right"><div class="list-tit"><span>政府信息公开</span></div>'
            "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p>"
            '<ul class="gk-entry"><li><a href="./fzzfjs/index.html">法治政府建设</a></li>'
            '<li><a href="./ndbg/">政府信息公开年报</a></li>'
            '<li><a href="./bmxxgk/sfj/index.html">县司法局</a></li></ul></div>'
        )
        self.html["/xxgk/index.html"] = self._frame(
            "政府信息公开", [("首页", "/index.html"), ("政务公开", "/xxgk/index.html")], intro
        )
        self.html["/xxgk/xxgkzn/index.html"] = self._frame(
            "政府信息公开指南",
            [("首页", "/index.html"), ("政务公开", "/xxgk/index.html")],
            self._left(FZZF)
            + '<div class="list-right"><div class="list-tit"><span>政府信息公开指南</span></div>'
            + fu.paragraphs(
                [
                    "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，"
                    "编制本指南。",
                    "一、主动公开。本机关主动公开的政府信息，通过泗阳县人民政府门户网站发布。",
                    "二、依申请公开。公民、法人或者其他组织可以向本机关申请获取政府信息。",
                ]
            )
            + "</div>",
        )
        for stub, name in (("/zjsy/index.html", "走进泗阳"), ("/hdjl/index.html", "互动交流")):
            self.html[stub] = self._frame(
                name,
                [("首页", "/index.html"), (name, stub)],
                f'<div class="list-right"><div class="list-tit"><span>{name}</span></div>'
                "<p>栏目建设中</p></div>",
            )
        self.html["/xwzx/index.html"] = self._frame(
            "新闻中心",
            [("首页", "/index.html"), ("新闻中心", "/xwzx/index.html")],
            self._left(NEWS) + '<div class="list-right"><p>请选择栏目</p></div>',
        )
        topic_links = [
            (self.r2024.title, f"http://{self.host}/s?id={self.r2024.aid}"),
            (
                self.r2023.title,
                f"http://{self.host}{self.r2023.path}?from=singlemessage&isappinstalled=0",
            ),
            (self.r2020.title, f"{self.r2020.path}?spm=zm1012-001.0.0.1.aB3kLm"),
            (self.rsfj.title, "../../art/" + self.rsfj.path.removeprefix("/art/") + STALE_SID),
        ]
        zt = (
            self._left(TOPIC)
            + '<div class="list-right"><div class="zt-banner"><img src="/images/zt_fzzf.jpg" '
            'alt="法治政府建设专题" /></div><div class="zt-box"><h3>年度报告</h3><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>' for t, u in topic_links
            )
            + "</ul></div></div>"
        )
        self.zt_extra = zt
        self.html["/ztzl/index.html"] = self._frame(
            "专题专栏",
            [("首页", "/index.html"), ("专题专栏", "/ztzl/index.html")],
            '<div class="zt-list"><a href="./fzzfjs/index.html"><img src="/images/zt1.jpg" '
            'alt="法治政府建设专题" /></a><a href="./xczx/index.html"><img src="/images/zt2.jpg" '
            'alt="乡村振兴" /></a></div>',
        )
        # The 专题 page: its 年度报告 box above the column list.
        pages = self.column_html[TOPIC]
        pages[0] = pages[0].replace('<div class="list-right">', zt + '<div class="list-right">', 1)

    def _home(self) -> None:
        def box(title: str, more: str, links: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{esc(more)}" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:10])}</span></li>"
                    for t, u, d in links
                )
                + "</ul></div>"
            )

        news = [(a.title, a.path + SID, a.pub) for a in self.columns[NEWS][:6]]
        notices = [
            (a.title, f"/module/web/info.jsp?id={a.aid}&amp;cid={NOTICES}", a.pub)
            for a in self.columns[NOTICES][:6]
        ]
        latest = [
            (self.r2024.title, f"http://{self.host}{self.r2024.path}{STALE_SID}", self.r2024.pub),
            (self.one_pic.title, self.one_pic.path + SID, self.one_pic.pub),
            *[(a.title, a.path + SID, a.pub) for a in self.columns[ZCWJ]],
        ]
        main = (
            '<div class="home-row">'
            + box("县政要闻", "/xwzx/xzyw/index.html" + SID, news)
            + box("通知公告", f"/module/web/list.jsp{SID}?cid={NOTICES}&page=1", notices)
            + box("政务公开", f"/xxgk/fzzfjs/index.html{SID}?cid={FZZF}&page=1", latest)
            + "</div><div class='home-row zt-banner'>"
            + f'<a href="//{self.host}/ztzl/fzzfjs/" target="_blank"><img src="/images/banner_fzzf.jpg" '
            + 'alt="法治政府建设专题" /></a>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main, head_title=SITE)
        self.html["/index.html"] = html

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        canonical: str | None = None,
        meta: dict[str, str] | None = None,
        head_title: str | None = None,
    ) -> str:
        nav = [
            ("首页", "/index.html" + SID),
            ("走进泗阳", "/zjsy/"),
            ("新闻中心", "/xwzx/index.html" + SID),
            ("政务公开", "/Xxgk/" + SID),
            ("政务服务", "http://www.jszwfw.gov.cn/"),
            ("互动交流", "/hdjl/"),
            ("专题专栏", f"//{self.host}/ztzl/index.html"),
        ]
        head = fu.doc_head(head_title or f"{title}_{SITE}", site=SITE, code=CODE, meta=meta)
        if canonical:
            head = head.replace(
                "</head>", f'<link rel="canonical" href="{esc(canonical)}" />\n</head>'
            )
        return (
            head
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp=ICP,
                police=POLICE,
                code=CODE,
                address="江苏省宿迁市泗阳县众兴镇人民中路1号",
            )
            + "</body></html>"
        )

    # --- serving ----------------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        # Tomcat drops the `;jsessionid=` path parameter; IIS matches paths in any case.
        path = re.sub(r";jsessionid=[^/?]*", "", hit.path, flags=re.I).lower()
        path = re.sub(r"/{2,}", "/", path)  # Tomcat merges slashes
        if path.endswith("/"):
            path += "index.html"
        params = dict(parse_qsl(hit.query, keep_blank_values=True))
        html: str | None = None
        if path == "/s":
            art = self.by_id.get(int(params["id"])) if params.get("id", "").isdigit() else None
            html = self._article_html(art) if art else None
        elif path == "/module/web/info.jsp":
            art = self.by_id.get(int(params["id"])) if params.get("id", "").isdigit() else None
            if art is not None:
                return Reply(
                    302,
                    b"",
                    {"Location": f"http://{self.host}{art.path}", "Content-Type": "text/html"},
                )
        elif path in self.articles:
            art = self.articles[path]
            html = self._print_html(art) if params.get("print") == "1" else self._article_html(art)
        elif path == "/module/web/list.jsp" or any(
            path == COLUMNS[c][1] + "index.html" for c in COLUMNS
        ):
            cid = next(
                (c for c in COLUMNS if path == COLUMNS[c][1] + "index.html"),
                int(params["cid"]) if params.get("cid", "").isdigit() else 0,
            )
            pages = self.column_html.get(cid)
            if pages:
                raw = params.get("page", "1")
                n = int(raw) if raw.isdigit() else 1
                html = pages[min(max(n, 1), len(pages)) - 1]
        else:
            html = self.html.get(path)
        if html is None:
            return None
        return self._session_reply(hit, html)

    def _session_reply(self, hit: Hit, html: str) -> Reply:
        """Tomcat: a request without the session cookie opens a session and rewrites links."""
        try:
            cookie = SimpleCookie(hit.headers.get("Cookie") or hit.headers.get("cookie") or "")
        except CookieError:
            cookie = SimpleCookie()
        extra: dict[str, str] = {}
        if "JSESSIONID" in cookie:
            html = html.replace(SID, "")
        else:
            with self.lock:
                self.sessions += 1
                n = self.sessions
            sid = hashlib.md5(f"{self.host}-{n}".encode()).hexdigest().upper()
            html = html.replace(SID, f";jsessionid={sid}")
            extra["Set-Cookie"] = f"JSESSIONID={sid}; Path=/; HttpOnly"
        return html_reply(html, extra=extra)


def _relative(base_dir: str, path: str) -> str:
    """`path` relative to the directory `base_dir` (both root-relative)."""
    base = [p for p in base_dir.split("/") if p]
    target = path.lstrip("/")
    return "../" * len(base) + target if base else "./" + target

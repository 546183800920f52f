"""A Jiangsu county portal (Hanweb-style `/col/colN/index.html`, `/art/Y/M/D/art_C_I.html`)
that publishes every article twice: the desktop page and a copy on its mobile site
(`/wap/show.jsp?colid=C&id=I`, a JSP WAP template), and links across between the two:

- desktop pages: the top strip's 手机版 (`/wap/`), a `<meta name="mobile-agent">` and a
  `uaredirect` script naming the article's mobile copy, and a QR block `手机扫码阅读` whose
  link is the mobile copy (spelt `show.jsp?id=I&colid=C`);
- desktop report pages carry a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号,
  发布日期) above the `<h1>`; news pages only `发布日期：… 信息来源：…`;
- mobile copies carry a compact unlabelled info line (`2025-03-26  县政府` / `县司法局`: the
  short name, no 索引号, no 文号, no 成文日期), a generic `<title>`, a 返回/首页 header, a
  分享 bar, 相关推荐 (other mobile copies), `电脑版` (the desktop article), 返回顶部 and a
  bottom tab bar 首页/栏目/搜索/我的;
- mobile lists (`/wap/list.jsp?colid=C&page=N`) cut long titles with `…` and link mobile
  copies only; their pager is `上一页 N/M 下一页`;
- the desktop home's 最新动态 box and the desktop 法治政府建设专题 (col2795) link mobile
  copies, not desktop pages.

Reports (each must come out once, with the desktop page's fields):
- 县政府's 2024 report (col2761 page 1): its desktop text ends with the signature
  (灌云县人民政府 / 2025年3月24日), which the mobile copy lacks; its mobile copy is in the
  home's 最新动态;
- 县政府's 2023 report (col2761 page 2), its mobile copy in the 专题;
- 县政府's 2020 工作开展情况 (col2761 page 2), its mobile copy only in the mobile list;
- 县司法局's 2023 report (政务公开 → 部门信息公开 → 县司法局, col2771), its mobile copy in
  the 专题.

Expected fields are the desktop page's. They are well defined even when the crawl reaches a
mobile copy first: every mobile copy links its desktop article (`电脑版`), and every desktop
article is also listed in a desktop column. Mobile URLs of the reports are `self.aliases`.
"""

from __future__ import annotations

from dataclasses import replace

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "灌云县人民政府"
CODE = "3207230001"
GOV = "灌云县人民政府"
GOV_OFFICE = "灌云县人民政府办公室"
SFJ = "灌云县司法局"
SHORT = {GOV: "县政府", GOV_OFFICE: "县政府办", SFJ: "县司法局"}
CREDIT = "11320723014118836X"
SFJ_CREDIT = "11320723MB1A23456K"
ICP = "苏ICP备05004183号-1"
POLICE = "苏公网安备 32072302000101号"
LIST_SIZE = 6
MOBILE_LIST_SIZE = 8
NEWS, NOTICES, ZWGK, FZZF, NDBG, SFJ_COL, TOPIC = 2701, 2705, 2750, 2761, 2763, 2771, 2795
COLUMNS = {
    NEWS: "灌云要闻",
    NOTICES: "通知公告",
    FZZF: "法治政府建设年度报告",
    NDBG: "政府信息公开年报",
    SFJ_COL: "县司法局",
    TOPIC: "法治政府建设专题",
}


class Article:
    def __init__(  # noqa: PLR0917
        self,
        col: int,
        aid: int,
        title: str,
        pub: str,
        publisher: str,
        body: list[str],
        *,
        mobile_body: list[str] | None = None,
        meta: dict[str, str] | None = None,
    ) -> None:
        self.col, self.aid, self.title, self.pub = col, aid, title, pub
        self.publisher, self.body, self.meta = publisher, body, meta
        self.mobile_body = mobile_body if mobile_body is not None else body
        self.signature = 0  # trailing lines right-aligned on the desktop page

    @property
    def desktop(self) -> str:
        y, m, d = (int(x) for x in self.pub[:10].split("-"))
        return f"/art/{y}/{m}/{d}/art_{self.col}_{self.aid}.html"

    @property
    def mobile(self) -> str:
        return f"/wap/show.jsp?colid={self.col}&id={self.aid}"

    @property
    def mobile_qr(self) -> str:
        return f"/wap/show.jsp?id={self.aid}&colid={self.col}"


class MobileCopyCountySite(BlindSite):
    name = "mobile_copy_county"
    region = "江苏省连云港市灌云县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.aliases.clear()
        self.next_id = 4_418_000
        self.columns: dict[int, list[Article]] = {c: [] for c in COLUMNS}
        self._fzzf()
        self._sfj()
        self._ndbg()
        self._news()
        self._topic()
        for col, articles in self.columns.items():
            if col != TOPIC:
                for art in articles:
                    self._render(art)
            self._desktop_list(col, articles)
            self._mobile_list(col, articles)
        self._zwgk()
        self._stubs()
        self._home()
        self._mobile_home()

    # --- articles ----------------------------------------------------------------------------
    def _add(
        self, col: int, title: str, pub: str, publisher: str, body: list[str], **kw
    ) -> Article:
        self.next_id += 37
        art = Article(col, self.next_id, title, pub, publisher, body, **kw)
        self.columns[col].append(art)
        return art

    def _table_meta(self, pub: str, publisher: str, credit: str = CREDIT) -> dict[str, str]:
        return {
            "索引号": f"{credit}/{pub[:4]}-{self.next_id % 1000:05d}",
            "主题分类": "其他",
            "发布机构": publisher,
            "成文日期": pub[:10],
            "文号": "",
            "发布日期": pub[:10],
        }

    def _negative(self, col: int, title: str, pub: str, publisher: str, table: bool) -> Article:
        self.negative_titles.append(title)
        meta = self._table_meta(pub, publisher) if table else None
        return self._add(col, title, pub, publisher, NEGATIVE_BODY, meta=meta)

    def _filler(self, col: int, title: str, pub: str, publisher: str = GOV_OFFICE) -> Article:
        return self._add(col, title, pub, publisher, FILLER_BODY)

    def _gold(
        self,
        col: int,
        title: str,
        seed: str,
        pub: str,
        *,
        publisher: str,
        index_no: str,
        written_date: str,
        doc_no: str = "",
        signature: list[str] | None = None,
    ) -> Article:
        self.next_id += 37
        art = Article(col, self.next_id, title, pub, publisher, [])
        body = self.gold_report(
            art.desktop,
            seed,
            title,
            publisher=publisher,
            publish_date=pub[:10],
            index_no=index_no,
            written_date=written_date,
            doc_no=doc_no or None,
        )
        art.mobile_body = list(body)
        if signature:
            body = body + signature
            gold = self.gold[-1]
            self.gold[-1] = replace(gold, body=gold.body + "\n" + "\n".join(signature))
        art.body = body
        art.signature = len(signature or [])
        art.meta = {
            "索引号": index_no,
            "主题分类": "其他",
            "发布机构": publisher,
            "成文日期": written_date,
            "文号": doc_no,
            "发布日期": pub[:10],
        }
        self.columns[col].append(art)
        self.aliases[art.mobile] = art.desktop
        self.aliases[art.mobile_qr] = art.desktop
        return art

    def _fzzf(self) -> None:
        c = FZZF
        self._negative(c, "灌云县2025年法治政府建设工作要点", "2025-04-08 10:12", GOV_OFFICE, True)
        self._negative(
            c,
            "一图读懂《灌云县人民政府关于2024年度法治政府建设情况的报告》",
            "2025-03-28 09:40",
            SFJ,
            True,
        )
        self.g2024 = self._gold(
            c,
            "灌云县人民政府关于2024年度法治政府建设情况的报告",
            "003",
            "2025-03-26 16:42",
            publisher=GOV,
            index_no=f"{CREDIT}/2025-00046",
            written_date="2025-03-24",
            doc_no="灌政发〔2025〕18号",
            signature=["灌云县人民政府", "2025年3月24日"],
        )
        self._negative(
            c, "关于2024年度法治政府建设考核结果的通报", "2025-02-17 15:05", GOV_OFFICE, True
        )
        self._negative(c, "灌云县“八五”普法中期评估情况报告", "2024-06-20 11:30", SFJ, True)
        self._negative(c, "灌云县2024年法治政府建设工作要点", "2024-04-10 10:00", GOV_OFFICE, True)
        # page 2
        self.g2023 = self._gold(
            c,
            "灌云县人民政府关于2023年度法治政府建设情况的报告",
            "000",
            "2024-03-27 17:05",
            publisher=GOV,
            index_no=f"{CREDIT}/2024-00039",
            written_date="2024-03-25",
            doc_no="灌政发〔2024〕11号",
        )
        self._negative(
            c, "灌云县法治政府建设实施方案（2021—2025年）", "2022-01-12 09:00", GOV, True
        )
        self.g2020 = self._gold(
            c,
            "灌云县2020年度法治政府建设工作开展情况",
            "004",
            "2021-01-18 06:45",
            publisher=GOV_OFFICE,
            index_no=f"{CREDIT}/2021-00007",
            written_date="2021-01-15",
        )

    def _sfj(self) -> None:
        c = SFJ_COL
        self._negative(c, "灌云县司法局2024年普法依法治理工作要点", "2024-03-15 10:20", SFJ, True)
        self.gsfj = self._gold(
            c,
            "灌云县司法局2023年度法治政府建设工作报告",
            "001",
            "2024-02-06 14:10",
            publisher=SFJ,
            index_no=f"{SFJ_CREDIT}/2024-00005",
            written_date="2024-02-04",
        )
        title = "灌云县司法局2023年政府信息公开工作年度报告"
        self.negative_titles.append(title)
        self._add(
            c,
            title,
            "2024-01-25 09:00",
            SFJ,
            FILLER_BODY,
            meta=self._table_meta("2024-01-25", SFJ, SFJ_CREDIT),
        )
        self._negative(
            c, "县司法局召开2024年全县法治政府建设工作推进会", "2024-03-05 16:00", SFJ, False
        )

    def _ndbg(self) -> None:
        for year in (2024, 2023, 2022):
            title = f"灌云县人民政府{year}年政府信息公开工作年度报告"
            self.negative_titles.append(title)
            pub = f"{year + 1}-01-2{year % 5} 09:00"
            self._add(
                NDBG, title, pub, GOV_OFFICE, FILLER_BODY, meta=self._table_meta(pub, GOV_OFFICE)
            )

    def _news(self) -> None:
        self.meeting = self._negative(
            NEWS,
            "县政府召开第45次常务会议 听取2024年度法治政府建设工作报告",
            "2025-03-20 18:30",
            GOV_OFFICE,
            False,
        )
        self._filler(NEWS, "灌云县召开2025年一季度经济运行分析会", "2025-04-11 17:20")
        self._filler(NEWS, "县领导督查春季农业生产和安全生产工作", "2025-04-03 16:45")
        self.push = self._negative(
            NEWS, "灌云县召开2025年法治政府建设工作推进会", "2025-04-15 17:00", SFJ, False
        )
        self._filler(NEWS, "灌云县举办2025年“春风行动”专场招聘会", "2025-02-20 15:00")
        self._filler(NOTICES, "灌云县2025年公开招聘社区工作者公告", "2025-04-08 09:00")
        self.notice = self._negative(
            NOTICES,
            "关于开展2025年法治政府建设示范创建活动的通知",
            "2025-04-01 10:00",
            GOV_OFFICE,
            False,
        )
        self._filler(NOTICES, "关于城区部分路段临时停水的通知", "2025-03-18 08:30")
        self._filler(NOTICES, "灌云县2025年春季森林防火期禁火令", "2025-03-01 09:00")

    def _topic(self) -> None:
        """The 专题 lists other columns' articles; its links are their mobile copies."""
        self.columns[TOPIC] = [
            self.push,
            self.meeting,
            self._filler(TOPIC, "灌云县开展“宪法宣传周”集中宣传活动", "2024-12-04 16:00", SFJ),
            self.g2023,
            self._negative(
                TOPIC,
                "图解：灌云县2023年度法治政府建设亮点工作",
                "2024-03-29 10:00",
                SFJ,
                False,
            ),
            self.gsfj,
        ]
        for art in self.columns[TOPIC]:
            if art.col == TOPIC:
                self._render(art)

    # --- detail pages ------------------------------------------------------------------------
    def _render(self, art: Article) -> None:
        self.page(art.desktop, self._desktop_detail(art))
        self.page(art.mobile, self._mobile_detail(art))

    def _desktop_detail(self, art: Article) -> str:
        table = ""
        if art.meta:
            m = art.meta
            table = (
                '<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0"><tbody>'
                f"<tr><th>索 引 号：</th><td>{esc(m['索引号'])}</td>"
                f"<th>主题分类：</th><td>{esc(m['主题分类'])}</td></tr>"
                f"<tr><th>发布机构：</th><td>{esc(m['发布机构'])}</td>"
                f"<th>成文日期：</th><td>{esc(m['成文日期'])}</td></tr>"
                f"<tr><th>文　　号：</th><td>{esc(m['文号'])}</td>"
                f"<th>发布日期：</th><td>{esc(m['发布日期'])}</td></tr>"
                "</tbody></table>\n"
            )
        body = fu.paragraphs(art.body)
        if art.signature:
            cut = len(art.body) - art.signature
            body = fu.paragraphs(art.body[:cut]) + "".join(
                f'\n<p style="text-align:right;">{esc(line)}</p>' for line in art.body[cut:]
            )
        related = [a for a in self.columns[art.col] if a is not art][:5]
        info = (
            f'<div class="article-info"><span>发布日期：{esc(art.pub)}</span>'
            f"<span>信息来源：{esc(art.publisher)}</span>"
            '<span>浏览次数：<script>_showDynClick("' + str(art.aid) + '")</script></span>'
            '<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>'
        )
        main = (
            fu.left_tree("政务公开" if art.meta else "新闻中心", self._tree_branches())
            + '<div class="article-main">'
            + table
            + f'<h1 class="article-title">{esc(art.title)}</h1>'
            + info
            + '<div class="article-con" id="zoom"><!--ZJEG_RSS.content.begin-->'
            + '<meta name="ContentStart">\n'
            + body
            + '\n<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>'
            + '<div class="article-tools">【<a href="javascript:window.print();">打印本页</a>】'
            + '【<a href="javascript:window.close();">关闭窗口</a>】</div>'
            + f'<div class="article-ewm"><a href="{esc(art.mobile_qr)}" target="_blank">'
            + f'<img src="/module/qrcode.jsp?id={art.aid}" alt="手机扫码阅读" /></a>'
            + "<p>手机扫码阅读</p></div>"
            + '<div class="related"><h4>相关文章</h4><ul>'
            + "".join(
                f'<li><a href="{esc(a.desktop)}" target="_blank">{esc(a.title)}</a></li>'
                for a in related
            )
            + "</ul></div>"
            + fu.float_share()
            + "</div>"
        )
        col = art.col
        crumbs = [("首页", "/index.html")]
        if art.meta:
            crumbs.append(("政务公开", f"/col/col{ZWGK}/index.html"))
        crumbs.append((COLUMNS[col], f"/col/col{col}/index.html"))
        head_extra = (
            f'<meta name="mobile-agent" content="format=html5;url={esc(self.base_url + art.mobile)}">\n'
            f'<script src="/js/uaredirect.js"></script><script>uaredirect("{art.mobile}");</script>\n'
        )
        return self._frame(
            art.title,
            crumbs,
            main,
            meta={
                "ArticleTitle": art.title,
                "PubDate": art.pub,
                "ContentSource": art.publisher,
                "ColumnName": COLUMNS[col],
            },
            head_extra=head_extra,
        )

    def _mobile_detail(self, art: Article) -> str:
        related = [a for a in self.columns[art.col] if a is not art][:4]
        main = (
            '<div class="m-art">'
            + f'<h2 class="m-art-title">{esc(art.title)}</h2>'
            + f'<div class="m-art-info"><span>{esc(art.pub[:10])}</span>'
            + f"<span>{esc(SHORT.get(art.publisher, art.publisher))}</span>"
            + f'<span class="hits">阅读 <em id="hits">{art.aid % 997}</em></span></div>'
            + '<div class="m-art-con">\n'
            + fu.paragraphs(art.mobile_body, style="")
            + "\n</div>"
            + '<div class="m-share">分享到：<a href="javascript:;">微信</a>'
            + '<a href="javascript:;">朋友圈</a><a href="javascript:;">微博</a></div>'
            + '<div class="m-related"><h3>相关推荐</h3><ul>'
            + "".join(
                f'<li><a href="{esc(a.mobile)}">{esc(_cut(a.title))}</a><span>{esc(a.pub[:10])}</span></li>'
                for a in related
            )
            + "</ul></div></div>"
        )
        return self._mobile_frame("详情", main, desktop=art.desktop)

    # --- lists -------------------------------------------------------------------------------
    def _desktop_list(self, col: int, items: list[Article]) -> None:
        name = COLUMNS[col]
        base = f"/col/col{col}/index.html"
        uid = 7700 + col % 100
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        total = len(chunks)
        for n, chunk in enumerate(chunks, start=1):
            rows = "".join(
                f'<li><a href="{esc(a.mobile if col == TOPIC else a.desktop)}" target="_blank"'
                f' title="{esc(a.title)}">{esc(a.title)}</a><span class="date">{esc(a.pub[:10])}</span></li>'
                for a in chunk
            )

            def page_url(k: int) -> str:
                return base if k == 1 else f"{base}?uid={uid}&pageNum={k}"

            parts = [f"共{len(items)}条 {n}/{total}页"]
            parts.append(f'<a href="{page_url(1)}">首页</a>')
            if n > 1:
                parts.append(f'<a href="{page_url(n - 1)}">上页</a>')
            if n < total:
                parts.append(f'<a href="{page_url(n + 1)}">下页</a>')
            parts.append(f'<a href="{page_url(total)}">尾页</a>')
            pager = '<div class="pager">' + " ".join(parts) + "</div>"
            main = (
                fu.left_tree("专题专栏" if col == TOPIC else "政务公开", self._tree_branches())
                + f'<div class="list-main"><div class="list-title">{esc(name)}</div>'
                + f'<div id="{uid}"><ul class="list">{rows}</ul>{pager}</div></div>'
            )
            section = (
                ("专题专栏", "/col/col2790/index.html")
                if col == TOPIC
                else ("新闻中心", "/col/col2700/index.html")
                if col in (NEWS, NOTICES)
                else ("政务公开", f"/col/col{ZWGK}/index.html")
            )
            html = self._frame(name, [("首页", "/index.html"), section, (name, base)], main)
            self.page(page_url(n), html)
            if n == 1:
                self.page(f"/col/col{col}/", html)

    def _mobile_list(self, col: int, items: list[Article]) -> None:
        name = COLUMNS[col]
        chunks = [
            items[k : k + MOBILE_LIST_SIZE] for k in range(0, len(items), MOBILE_LIST_SIZE)
        ] or [[]]
        total = len(chunks)
        for n, chunk in enumerate(chunks, start=1):
            rows = "".join(
                f'<li><a href="show.jsp?colid={a.col}&amp;id={a.aid}"><p class="t">{esc(_cut(a.title))}</p>'
                f'<p class="d">{esc(a.pub[:10])}</p></a></li>'
                for a in chunk
            )
            prev = (
                f'<a href="list.jsp?page={n - 1}&amp;colid={col}">上一页</a>'
                if n > 1
                else "<span>上一页</span>"
            )
            nxt = (
                f'<a href="list.jsp?page={n + 1}&amp;colid={col}">下一页</a>'
                if n < total
                else "<span>下一页</span>"
            )
            main = (
                f'<div class="m-col-title">{esc(name)}</div><ul class="m-list">{rows}</ul>'
                f'<div class="m-pager">{prev}<span>{n}/{total}</span>{nxt}</div>'
            )
            html = self._mobile_frame(name, main, desktop=f"/col/col{col}/index.html")
            self.page(f"/wap/list.jsp?colid={col}&page={n}", html)
            if n == 1:
                self.page(f"/wap/list.jsp?colid={col}", html)

    # --- section pages -----------------------------------------------------------------------
    def _tree_branches(self) -> list:
        return [
            ("政府信息公开指南", "/col/col2751/index.html", []),
            ("政府信息公开制度", "/col/col2752/index.html", []),
            (
                "法定主动公开内容",
                "javascript:;",
                [
                    ("政策文件", "/col/col2755/index.html"),
                    ("法治政府建设年度报告", f"/col/col{FZZF}/index.html"),
                    ("财政预决算", "/col/col2757/index.html"),
                ],
            ),
            ("政府信息公开年报", f"/col/col{NDBG}/index.html", []),
            ("部门信息公开", "javascript:;", [("县司法局", f"/col/col{SFJ_COL}/index.html")]),
        ]

    def _zwgk(self) -> None:
        main = fu.left_tree("政务公开", self._tree_branches()) + (
            '<div class="list-main"><div class="list-title">政府信息公开</div>'
            "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息，"
            "请通过左侧目录查阅。</p></div>"
        )
        html = self._frame("政务公开", [("首页", "/index.html"), ("政务公开", "#")], main)
        self.page(f"/col/col{ZWGK}/index.html", html)
        self.page(f"/col/col{ZWGK}/", html)
        main = (
            '<div class="zt-list">'
            + f'<a href="/col/col{TOPIC}/index.html"><img src="/images/zt_fzzf.jpg" alt="法治政府建设专题" /></a>'
            + '<a href="/col/col2796/index.html"><img src="/images/zt_yshj.jpg" alt="优化营商环境" /></a>'
            + "</div>"
        )
        self.page(
            "/col/col2790/index.html",
            self._frame("专题专栏", [("首页", "/index.html"), ("专题专栏", "#")], main),
        )

    def _stubs(self) -> None:
        """Columns of the menus that hold nothing of interest here."""
        stubs = {
            2680: "走进灌云",
            2700: "新闻中心",
            2751: "政府信息公开指南",
            2752: "政府信息公开制度",
            2755: "政策文件",
            2757: "财政预决算",
            2796: "优化营商环境",
            2820: "互动交流",
        }
        for col, name in stubs.items():
            main = fu.left_tree("政务公开", self._tree_branches()) + (
                f'<div class="list-main"><div class="list-title">{esc(name)}</div>'
                '<ul class="list"><li>暂无信息</li></ul></div>'
            )
            html = self._frame(name, [("首页", "/index.html"), (name, "#")], main)
            self.page(f"/col/col{col}/index.html", html)

    def _home(self) -> None:
        def box(title: str, more: str, links: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="tit"><span>{esc(title)}</span>'
                + (f'<a class="more" href="{esc(more)}">更多&gt;&gt;</a>' if more else "")
                + "</div><ul>"
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:10])}</span></li>"
                    for t, u, d in links
                )
                + "</ul></div>"
            )

        news = [(a.title, a.desktop, a.pub) for a in self.columns[NEWS]]
        notices = [(a.title, a.desktop, a.pub) for a in self.columns[NOTICES]]
        latest = sorted(
            [self.g2024, self.push, self.columns[NOTICES][0], self.columns[NEWS][1]],
            key=lambda a: a.pub,
            reverse=True,
        )
        main = (
            '<div class="home-row">'
            + box("灌云要闻", f"/col/col{NEWS}/index.html", news)
            + box("通知公告", f"/col/col{NOTICES}/index.html", notices)
            + box("最新动态", "", [(a.title, a.mobile, a.pub) for a in latest])
            + '</div><div class="home-row zt-banner">'
            + f'<a href="/col/col{TOPIC}/index.html"><img src="/images/banner_fzzf.jpg" alt="法治政府建设专题" /></a>'
            + '<a href="/col/col2790/index.html">更多专题</a>'
            + fu.interaction_sidebar()
            + '<div class="home-ewm"><img src="/images/wap_ewm.png" /><p>手机版</p>'
            + '<a href="/wap/index.jsp">进入手机版</a></div>'
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    def _mobile_home(self) -> None:
        grid = "".join(
            f'<li><a href="list.jsp?colid={c}"><i class="ico ico{c}"></i><span>{esc(n)}</span></a></li>'
            for c, n in COLUMNS.items()
        )
        latest = sorted(
            [a for c in (NEWS, NOTICES, FZZF) for a in self.columns[c]],
            key=lambda a: a.pub,
            reverse=True,
        )[:8]
        rows = "".join(
            f'<li><a href="show.jsp?colid={a.col}&amp;id={a.aid}"><p class="t">{esc(_cut(a.title))}</p>'
            f'<p class="d">{esc(a.pub[:10])}</p></a></li>'
            for a in latest
        )
        main = (
            '<div class="m-banner"><img src="/wap/images/banner1.jpg" /></div>'
            + f'<ul class="m-grid">{grid}</ul>'
            + f'<div class="m-col-title">最新信息</div><ul class="m-list">{rows}</ul>'
        )
        html = self._mobile_frame(SITE, main, desktop="/index.html", home=True)
        self.page("/wap/index.jsp", html)
        self.page("/wap/", html)
        lm = "".join(
            f'<li><a href="list.jsp?colid={c}">{esc(n)}</a></li>' for c, n in COLUMNS.items()
        )
        self.page(
            "/wap/lm.jsp",
            self._mobile_frame("栏目", f'<ul class="m-lm">{lm}</ul>', desktop="/index.html"),
        )
        self.page(
            "/wap/search.jsp",
            self._mobile_frame(
                "搜索",
                '<form action="/wap/search.jsp" method="get"><input name="q" placeholder="请输入关键词" />'
                "<button>搜索</button></form>",
                desktop="/index.html",
            ),
        )
        self.page(
            "/wap/my.jsp",
            self._mobile_frame(
                "我的",
                '<div class="m-login"><p>您还未登录</p><a href="/sso/login?from=wap">登录</a></div>',
                desktop="/index.html",
            ),
        )

    # --- frames ------------------------------------------------------------------------------
    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        meta: dict[str, str] | None = None,
        head_extra: str = "",
    ) -> str:
        nav = [
            ("首页", "/index.html"),
            ("走进灌云", "/col/col2680/index.html"),
            ("新闻中心", f"/col/col{NEWS}/index.html"),
            ("政务公开", f"/col/col{ZWGK}/index.html"),
            ("政务服务", "http://www.jszwfw.gov.cn/"),
            ("互动交流", "/col/col2820/index.html"),
            ("专题专栏", "/col/col2790/index.html"),
        ]
        head = fu.doc_head(
            SITE if title == SITE else f"{title} - {SITE}", site=SITE, code=CODE, meta=meta
        )
        if head_extra:
            head = head.replace("</head>", head_extra + "</head>")
        return (
            head
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs, "您当前的位置：") if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE, icp=ICP, police=POLICE, code=CODE, address="江苏省连云港市灌云县伊山镇"
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

    def _mobile_frame(self, title: str, main: str, *, desktop: str, home: bool = False) -> str:
        header = (
            '<header class="m-head"><span class="m-logo">灌云县人民政府</span></header>'
            if home
            else '<header class="m-head"><a href="javascript:history.back();" class="back">返回</a>'
            f'<span class="m-head-t">{esc(title)}</span><a href="/wap/index.jsp" class="home">首页</a></header>'
        )
        return (
            '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8" />'
            '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no" />'
            "<title>灌云县人民政府手机门户</title>"
            '<link rel="stylesheet" href="/wap/css/m.css" /><script src="/wap/js/zepto.min.js"></script>'
            "</head><body>"
            + header
            + f'<div class="m-main">{main}</div>'
            + '<div class="m-foot"><p><a href="'
            + esc(desktop)
            + '">电脑版</a> | <span class="on">手机版</span></p>'
            + f"<p>主办：{GOV_OFFICE}</p><p>{ICP} 网站标识码：{CODE}</p></div>"
            + '<a href="javascript:scrollTo(0,0);" class="m-gotop">返回顶部</a>'
            + '<nav class="m-tabbar"><a href="/wap/index.jsp">首页</a><a href="/wap/lm.jsp">栏目</a>'
            + '<a href="/wap/search.jsp">搜索</a><a href="/wap/my.jsp">我的</a></nav>'
            + "</body></html>"
        )


def _cut(title: str, width: int = 20) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"

"""A Hunan county portal on a 2023 政府网站集约化 template whose article pages carry a dozen
interactive widgets INSIDE the article wrapper, around and after the text:

- URLs of the 集约化 platform: `/xsx/c{column}/{yyyymm}/{hash}.shtml`, columns
  `/xsx/c{column}/list.shtml`, `list_2.shtml` …; 政务公开 → 法定主动公开内容 → 法治政府建设
  (two pages) holds the 县政府's 2024, 2023 and 2020 reports and the 县司法局's 2024 report,
  beside 工作要点, 实施方案, 考核 公示, a 解读 and 一图读懂 of a report;
- each article page's wrapper (`div.article-wrap`) holds, besides the title, the metadata and
  the text (`div#zoom`): a 「听全文」 audio bar, a 「字号 A+ A-」 / 「简/繁」 row, a 目录 box
  repeating the report's `一、…` headings as links to anchors in the text (inside the text
  container on one report, as the editor's 目录 plugin writes it), a 「本文关键词」 row, a
  评分 widget, a 网友留言 list (comments with masked phone numbers and dates, `回复` links,
  a department's reply; some comments quote sentences of the report), a 「你可能感兴趣」 box
  and a 「热点排行」 box of numbered titles (other reports among them), the
  【打印】【关闭】【收藏】【纠错】 bar, a QR code 「扫一扫在手机打开当前页」 and 「阅读次数」;
  some widgets have furniture-like class names, others only hashed or utility classes;
- metadata: a 信息公开 table (索引号, 发布机构, 成文日期, 文号, 发布日期) on the 县政府's
  2024 and 2023 reports, a `<ul>` of label/value pairs on the 2020 one, and a plain
  `来源：… 发布时间：…` line on the 县司法局's; news pages use the plain line.

Decoys: a 常务会议 news item that "听取2024年度法治政府建设情况的报告", 工作要点, 实施方案,
考核 公示, a 解读, 一图读懂, a 普法 plan, and the 政府信息公开工作年度报告 column.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "新邵县人民政府"
CODE = "4305220009"
CREDIT = "11430522MB1C83407D"
SFJ_CREDIT = "11430522006128947X"
GOV = "新邵县人民政府"
GOV_OFFICE = "新邵县人民政府办公室"
SFJ = "新邵县司法局"
ROOT = "/xsx"
FZZF = 104163
NDBG = 104170
ZCWJ = 104150
XWDT = 103990
TZGG = 103995
LIST_SIZE = 8
HEADING = re.compile(r"^[一二三四五六七八九十]+、")


class ArticleWidgetsCountySite(BlindSite):
    name = "article_widgets_county"
    region = "湖南省邵阳市新邵县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.count = 0
        # (title, path) of every article, for the 你可能感兴趣 / 热点排行 boxes.
        self.reports: list[tuple[str, str]] = []
        self.hot: list[tuple[str, str]] = []
        self.pending: list[tuple[str, dict]] = []
        self._fzzf()
        self._ndbg()
        self._news()
        self._zcwj()
        # Article pages are rendered once every title is known (their boxes list the others).
        for path, kwargs in self.pending:
            self.page(path, self._article(path=path, **kwargs))
        self._zwgk()
        self._home()

    # --- columns ------------------------------------------------------------------------------
    def _fzzf(self) -> None:
        items = [
            self._negative(FZZF, "新邵县2025年法治政府建设工作要点", "2025-04-10", GOV_OFFICE),
            self._negative(
                FZZF,
                "图解：新邵县人民政府关于2024年度法治政府建设情况的报告",
                "2025-03-29",
                SFJ,
            ),
            self._gold(
                FZZF,
                "新邵县人民政府关于2024年度法治政府建设情况的报告",
                "003",
                "2025-03-28 10:32",
                layout="table",
                index_no=f"{CREDIT}/2025-00127",
                publisher=GOV,
                written_date="2025-03-26",
                doc_no="新政函〔2025〕18号",
                comments=True,
            ),
            self._gold(
                FZZF,
                "新邵县司法局2024年度法治政府建设工作报告",
                "001",
                "2025-02-14 16:05",
                layout="line",
                publisher=SFJ,
                comments=True,
                toc_inside=True,
            ),
            self._negative(
                FZZF, "新邵县2024年度法治政府建设考核结果公示", "2025-01-20", GOV_OFFICE
            ),
            self._negative(
                FZZF,
                "《新邵县人民政府关于2023年度法治政府建设工作情况的报告》政策解读",
                "2024-03-27",
                SFJ,
            ),
            self._gold(
                FZZF,
                "新邵县人民政府关于2023年度法治政府建设工作情况的报告",
                "000",
                "2024-03-26 09:15",
                layout="table",
                index_no=f"{CREDIT}/2024-00098",
                publisher=GOV,
                written_date="2024-03-22",
                doc_no="新政函〔2024〕11号",
                comments=True,
                hashed=True,
            ),
            self._negative(FZZF, "新邵县2024年普法依法治理工作要点", "2024-03-05", SFJ),
            self._negative(FZZF, "新邵县法治政府建设实施方案（2021—2025年）", "2022-01-18", GOV),
            self._gold(
                FZZF,
                "新邵县2020年度法治政府建设工作情况报告",
                "004",
                "2021-02-26 15:40",
                layout="list",
                index_no=f"{CREDIT}/2021-00034",
                publisher=GOV,
                written_date="2021-02-24",
            ),
            self._negative(FZZF, "新邵县2020年法治政府建设工作要点", "2020-04-02", GOV_OFFICE),
        ]
        self._list(FZZF, "法治政府建设", items, ("政务公开", f"{ROOT}/zwgk.shtml"))

    def _ndbg(self) -> None:
        items = []
        for year in range(2024, 2019, -1):
            title = f"新邵县人民政府{year}年政府信息公开工作年度报告"
            items.append(self._filler(NDBG, title, f"{year + 1}-01-2{year % 8}", GOV_OFFICE))
            self.negative_titles.append(title)
        self._list(NDBG, "政府信息公开年报", items, ("政务公开", f"{ROOT}/zwgk.shtml"))

    def _news(self) -> None:
        self.news = [
            self._filler(XWDT, "新邵县召开2025年一季度经济运行调度会", "2025-04-12", GOV_OFFICE),
            self._negative(
                XWDT,
                "县政府第38次常务会议召开 听取2024年度法治政府建设情况的报告",
                "2025-03-21",
                GOV_OFFICE,
                news=True,
            ),
            self._filler(XWDT, "县领导督导春耕备耕工作", "2025-03-15", GOV_OFFICE),
            self._negative(
                XWDT, "新邵县召开2025年法治政府建设推进会", "2025-04-08", SFJ, news=True
            ),
        ]
        self._list(XWDT, "新邵要闻", self.news, ("新闻动态", f"{ROOT}/c{XWDT}/list.shtml"))
        self.notices = [
            self._filler(TZGG, "新邵县2025年公开招聘事业单位工作人员公告", "2025-04-09"),
            self._negative(
                TZGG,
                "关于开展2025年度法治政府建设示范创建活动的通知",
                "2025-03-30",
                GOV_OFFICE,
                news=True,
            ),
        ]
        self._list(TZGG, "通知公告", self.notices, ("新闻动态", f"{ROOT}/c{XWDT}/list.shtml"))

    def _zcwj(self) -> None:
        items = [
            self._filler(
                ZCWJ, "新邵县人民政府关于印发新邵县优化营商环境十条措施的通知", "2025-03-11"
            ),
            self._filler(
                ZCWJ, "新邵县人民政府办公室关于做好2025年防汛抗旱工作的通知", "2025-03-03"
            ),
        ]
        self._list(ZCWJ, "政策文件", items, ("政务公开", f"{ROOT}/zwgk.shtml"))

    # --- articles -------------------------------------------------------------------------------
    def _path(self, column: int, pub: str, title: str) -> str:
        self.count += 1
        digest = hashlib.md5(f"{title}{self.count}".encode()).hexdigest()
        return f"{ROOT}/c{column}/{pub[:7].replace('-', '')}/{digest}.shtml"

    def _gold(
        self,
        column: int,
        title: str,
        seed: str,
        pub: str,
        *,
        layout: str,
        publisher: str,
        index_no: str | None = None,
        written_date: str | None = None,
        doc_no: str | None = None,
        comments: bool = False,
        toc_inside: bool = False,
        hashed: bool = False,
    ) -> tuple[str, str, str]:
        path = self._path(column, pub, title)
        body = self.gold_report(
            path,
            seed,
            title,
            publisher=publisher,
            publish_date=pub[:10],
            index_no=index_no,
            written_date=written_date,
            doc_no=doc_no,
        )
        self.reports.append((title, path))
        self.pending.append(
            (
                path,
                {
                    "title": title,
                    "body": body,
                    "pub": pub,
                    "layout": layout,
                    "column": column,
                    "meta": {
                        "index_no": index_no or "",
                        "publisher": publisher,
                        "written_date": written_date or "",
                        "doc_no": doc_no or "",
                    },
                    "comments": _comments(body, publisher, pub) if comments else [],
                    "toc": True,
                    "toc_inside": toc_inside,
                    "hashed": hashed,
                },
            )
        )
        return title, path, pub[:10]

    def _negative(
        self, column: int, title: str, pub: str, publisher: str, *, news: bool = False
    ) -> tuple[str, str, str]:
        path = self._path(column, pub, title)
        self.negative_titles.append(title)
        self.hot.append((title, path))
        self.pending.append(
            (
                path,
                {
                    "title": title,
                    "body": NEGATIVE_BODY,
                    "pub": f"{pub} 11:00",
                    "layout": "line" if news else "table",
                    "column": column,
                    "meta": {
                        "index_no": f"{CREDIT}/{pub[:4]}-{self.count:05d}",
                        "publisher": publisher,
                        "written_date": pub,
                        "doc_no": "",
                    },
                    "comments": [],
                    "toc": not news,
                },
            )
        )
        return title, path, pub

    def _filler(
        self, column: int, title: str, pub: str, publisher: str = GOV_OFFICE
    ) -> tuple[str, str, str]:
        path = self._path(column, pub, title)
        self.hot.append((title, path))
        self.pending.append(
            (
                path,
                {
                    "title": title,
                    "body": FILLER_BODY,
                    "pub": f"{pub} 09:00",
                    "layout": "line" if column in (XWDT, TZGG) else "table",
                    "column": column,
                    "meta": {
                        "index_no": f"{CREDIT}/{pub[:4]}-{self.count:05d}",
                        "publisher": publisher,
                        "written_date": pub,
                        "doc_no": "",
                    },
                    "comments": [],
                    "toc": False,
                },
            )
        )
        return title, path, pub

    def _article(
        self,
        *,
        path: str,
        title: str,
        body: list[str],
        pub: str,
        layout: str,
        column: int,
        meta: dict[str, str],
        comments: list[tuple[str, str, str, str | None]],
        toc: bool,
        toc_inside: bool = False,
        hashed: bool = False,
    ) -> str:
        n = self.count + len(title)
        anchors = []
        paras = []
        for line in body:
            if HEADING.match(line):
                anchor = f"mulu{len(anchors) + 1}"
                anchors.append((anchor, line))
                paras.append(
                    f'<h3 id="{anchor}" class="text-lg font-bold">{esc(line)}</h3>'
                    if hashed
                    else f'<p id="{anchor}" style="text-indent:2em;"><strong>{esc(line)}</strong></p>'
                )
            else:
                paras.append(f'<p style="text-indent:2em;">{esc(line)}</p>')
        toc_html = ""
        if toc and anchors:
            toc_html = (
                '<div class="css-1x2y3z" data-v-7ac1e2><div class="css-8hf2a1">目录</div><ul>'
                + "".join(
                    f'<li><a href="#{a}" title="{esc(t)}">{esc(t)}</a></li>' for a, t in anchors
                )
                + '</ul><a class="css-0ab77c" href="javascript:;">收起</a></div>\n'
            )
        content = (
            (
                '<div class="css-6k2ms0 leading-8 text-base" data-v-7ac1e2>\n'
                if hashed
                else '<div class="article-content" id="zoom">\n'
            )
            + (toc_html if toc_inside else "")
            + "\n".join(paras)
            + "\n</div>\n"
        )
        column_name = {
            FZZF: "法治政府建设",
            NDBG: "政府信息公开年报",
            ZCWJ: "政策文件",
            XWDT: "新邵要闻",
            TZGG: "通知公告",
        }[column]
        section = ("新闻动态", f"{ROOT}/c{XWDT}/list.shtml")
        if column in (FZZF, NDBG, ZCWJ):
            section = ("政务公开", f"{ROOT}/zwgk.shtml")
        related = [(t, p) for t, p in self.reports if p != path][:3] + self.hot[n % 3 :: 4][:2]
        ranking = self.hot[:3] + [(t, p) for t, p in self.reports if p != path][-2:]
        main = (
            fu.crumbs(
                [("首页", "/"), section, (column_name, f"{ROOT}/c{column}/list.shtml")],
                label="您当前所在位置：",
            )
            + '<div class="article-wrap">\n'
            + f'<h1 class="article-title">{esc(title)}</h1>\n'
            + _meta(layout, meta, pub, n)
            + _audio_bar(n)
            + _toggles()
            + ("" if toc_inside else toc_html)
            + content
            + (
                '<div class="keywords"><span>本文关键词：</span>'
                '<a href="/jsearchfront/search.do?q=法治政府建设">法治政府建设</a> '
                '<a href="/jsearchfront/search.do?q=依法行政">依法行政</a></div>\n'
                if column == FZZF
                else ""
            )
            + _rating(n)
            + _tools_bar(n)
            + _comments_html(comments)
            + _boxes(related, ranking)
            + "</div>\n"
        )
        return self._frame(title, main)

    # --- listings and entry pages ---------------------------------------------------------------
    def _list(
        self,
        column: int,
        name: str,
        items: list[tuple[str, str, str]],
        section: tuple[str, str],
    ) -> None:
        base = f"{ROOT}/c{column}/"
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        total = len(chunks)
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<li class="flex justify-between"><a href="{esc(u)}" target="_blank" '
                f'title="{esc(t)}">{esc(t)}</a><span class="date">{esc(d)}</span></li>'
                for t, u, d in chunk
            )
            links = []
            for k in range(total):
                href = base + ("list.shtml" if k == 0 else f"list_{k + 1}.shtml")
                links.append(
                    f'<span class="current">{k + 1}</span>'
                    if k == n
                    else f'<a href="{href}">{k + 1}</a>'
                )
            nxt = (
                f'<a href="{base}list_{n + 2}.shtml" class="next">下一页</a>'
                if n + 1 < total
                else '<span class="disabled">下一页</span>'
            )
            prev = (
                f'<a href="{base}{"list.shtml" if n == 1 else f"list_{n}.shtml"}">上一页</a>'
                if n
                else '<span class="disabled">上一页</span>'
            )
            pager = (
                f'<div class="pagination mt-4 flex">{prev}{"".join(links)}{nxt}'
                f"<span>共{len(items)}条 {total}页</span></div>"
            )
            main = (
                fu.crumbs(
                    [("首页", "/"), section, (name, f"{base}list.shtml")], "您当前所在位置："
                )
                + self._tree()
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            self.page(
                base + ("list.shtml" if n == 0 else f"list_{n + 1}.shtml"), self._frame(name, main)
            )

    def _tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", f"{ROOT}/zwgk.shtml#zn", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("政策文件", f"{ROOT}/c{ZCWJ}/list.shtml"),
                        ("法治政府建设", f"{ROOT}/c{FZZF}/list.shtml"),
                    ],
                ),
                ("政府信息公开年报", f"{ROOT}/c{NDBG}/list.shtml", []),
            ],
        )

    def _zwgk(self) -> None:
        main = (
            fu.crumbs([("首页", "/"), ("政务公开", f"{ROOT}/zwgk.shtml")], "您当前所在位置：")
            + self._tree()
            + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p></div>"
        )
        self.page(f"{ROOT}/zwgk.shtml", self._frame("政务公开", main))

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
            + box("新邵要闻", f"{ROOT}/c{XWDT}/list.shtml", self.news)
            + box("通知公告", f"{ROOT}/c{TZGG}/list.shtml", self.notices)
            + "</div>"
            + '<div class="home-row"><a href="'
            + f'{ROOT}/zwgk.shtml"><img src="/images/zwgk.png" alt="政务公开" /></a>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        self.page("/", self._frame(SITE, main))
        self.page("/index.shtml", self._frame(SITE, main))

    def _frame(self, title: str, main: str) -> str:
        nav = [
            ("首页", "/index.shtml"),
            ("走进新邵", f"{ROOT}/c103900/list.shtml"),
            ("新闻动态", f"{ROOT}/c{XWDT}/list.shtml"),
            ("政务公开", f"{ROOT}/zwgk.shtml"),
            ("政务服务", "https://zwfw-new.hunan.gov.cn/"),
            ("互动交流", f"{ROOT}/hdjl.shtml"),
        ]
        head_title = SITE if title == SITE else f"{title}-{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={"ColumnName": "新邵县"})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + main
            + "</div>"
            + fu.float_share()
            + fu.footer_block(
                SITE,
                icp="湘ICP备05008235号",
                police="湘公网安备 43052202000118号",
                code=CODE,
                address="湖南省邵阳市新邵县酿溪镇新阳路",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )


# --- widgets ------------------------------------------------------------------------------------
def _meta(layout: str, meta: dict[str, str], pub: str, n: int) -> str:
    if layout == "table":
        return (
            '<table class="xxgk-table" width="100%" border="1" cellspacing="0" cellpadding="0">'
            f'<tr><td class="t">索引号：</td><td>{esc(meta["index_no"])}</td>'
            f'<td class="t">发布机构：</td><td>{esc(meta["publisher"])}</td></tr>'
            f'<tr><td class="t">成文日期：</td><td>{esc(meta["written_date"])}</td>'
            f'<td class="t">发布日期：</td><td>{esc(pub[:10])}</td></tr>'
            f'<tr><td class="t">文号：</td><td>{esc(meta["doc_no"])}</td>'
            '<td class="t">主题分类：</td><td>政务公开</td></tr></table>\n'
            f'<div class="article-info mt-2 flex"><span>发布时间：{esc(pub)}</span></div>\n'
        )
    if layout == "list":
        return (
            '<ul class="xxgk-meta grid grid-cols-2">'
            f"<li><span>索引号：</span>{esc(meta['index_no'])}</li>"
            f"<li><span>发布机构：</span>{esc(meta['publisher'])}</li>"
            f"<li><span>成文日期：</span>{esc(meta['written_date'])}</li>"
            f"<li><span>发布日期：</span>{esc(pub[:10])}</li></ul>\n"
        )
    return (
        f'<div class="article-info mt-2 flex"><span>来源：{esc(meta["publisher"])}</span>'
        f"<span>发布时间：{esc(pub)}</span></div>\n"
    )


def _audio_bar(n: int) -> str:
    minutes = 4 + n % 7
    return (
        '<div class="tts-player css-q7w2e1"><span class="tts-label">听全文</span>'
        '<audio id="ttsAudio" preload="none" src="/tts/article.mp3"></audio>'
        '<a href="javascript:;" class="css-play" onclick="ttsPlay()">播放</a>'
        f'<span class="css-time">00:00 / {minutes:02d}:{(n * 7) % 60:02d}</span>'
        '<span class="css-rate">倍速 1.0x</span></div>\n'
    )


def _toggles() -> str:
    return (
        '<div class="mt-4 flex items-center gap-2 text-sm">'
        '<span>字号</span><a href="javascript:;" onclick="fontZoom(1)">A+</a>'
        '<a href="javascript:;" onclick="fontZoom(-1)">A-</a><span class="mx-2">|</span>'
        '<a href="javascript:;" class="on">简</a>/<a href="javascript:StranBody()">繁</a></div>\n'
    )


def _rating(n: int) -> str:
    score = 4.5 + (n % 5) / 10
    people = 60 + n * 7 % 150
    return (
        '<div class="css-r4t1ng flex items-center">'
        '<span class="stars">★★★★★</span>'
        f'<span class="score">{score:.1f}分</span><span class="num">({people}人评价)</span>'
        '<a href="javascript:;" class="ml-2">我要评分</a></div>\n'
    )


def _tools_bar(n: int) -> str:
    return (
        '<div class="article-tools flex justify-between mt-6">'
        '<div class="css-5tg2hb">【<a href="javascript:window.print();">打印</a>】'
        '【<a href="javascript:window.close();">关闭</a>】'
        '【<a href="javascript:addFavorite();">收藏</a>】'
        '【<a href="/jiucuo.shtml" target="_blank">纠错</a>】</div>'
        f'<div class="read-count">阅读次数：{1000 + n * 37 % 900}</div></div>\n'
        '<div class="css-9hq0ew"><img src="/qrcode/article.png" alt="" />'
        "<p>扫一扫在手机打开当前页</p></div>\n"
    )


def _comments(body: list[str], publisher: str, pub: str) -> list[tuple[str, str, str, str | None]]:
    """Citizens' comments; two quote a sentence of the report, one has the publisher's reply."""
    sentences = [s for ln in body for s in re.findall(r"[^。；]{20,80}[。；]", ln)]
    first = sentences[2] if len(sentences) > 2 else body[0]
    second = sentences[len(sentences) // 2] if sentences else body[-1]
    start = date.fromisoformat(pub[:10])

    def day(k: int) -> str:
        return (start + timedelta(days=k)).isoformat()

    return [
        (
            "138****5521",
            f"{day(4)} 08:41",
            "希望加强执法监督，乡镇综合执法队伍的执法行为还要再规范一些，执法公示要及时更新。",
            f"感谢您的关注和建议。{publisher}将持续推进行政执法“三项制度”，加强执法监督。",
        ),
        (
            "159****0832",
            f"{day(3)} 21:17",
            f"报告里说“{first}”，具体有哪些成效，能不能再公开一些数据？",
            None,
        ),
        (
            "177****3306",
            f"{day(3)} 15:02",
            f"点赞！“{second}”这一条希望明年继续抓实抓细。",
            None,
        ),
        (
            "网友_xs2019",
            f"{day(2)} 19:45",
            "建议多到村里开展普法宣传，老人们对法律知识了解太少了。",
            None,
        ),
    ]


def _comments_html(comments: list[tuple[str, str, str, str | None]]) -> str:
    if not comments:
        return (
            '<div class="comment-box css-c0m3nt"><div class="css-h3x9z">网友留言（0）</div>'
            '<p class="empty">暂无留言，快来发表您的看法吧！</p>'
            '<textarea placeholder="请输入留言内容"></textarea><button>发表留言</button></div>\n'
        )
    items = []
    for who, when, text, reply in comments:
        items.append(
            '<li class="py-2 border-b"><div class="flex justify-between">'
            f'<span class="user">网友 {esc(who)}：</span><span class="time">{esc(when)}</span>'
            f'</div><p class="css-t3xt">{esc(text)}</p>'
            + (
                f'<div class="reply bg-gray-50"><span>官方回复：</span>{esc(reply)}</div>'
                if reply
                else ""
            )
            + '<a href="javascript:;" class="css-rp1y">回复</a> '
            '<a href="javascript:;" class="css-z4n">赞</a></li>'
        )
    return (
        '<div class="comment-box css-c0m3nt">'
        f'<div class="css-h3x9z">网友留言（{len(comments)}）</div><ul>' + "".join(items) + "</ul>"
        '<textarea placeholder="请输入留言内容"></textarea><button>发表留言</button></div>\n'
    )


def _boxes(related: list[tuple[str, str]], ranking: list[tuple[str, str]]) -> str:
    def numbered(items: list[tuple[str, str]]) -> str:
        return "".join(
            f'<li><span class="num">{k + 1}</span><a href="{esc(p)}" title="{esc(t)}" '
            f'target="_blank">{esc(t)}</a></li>'
            for k, (t, p) in enumerate(items)
        )

    return (
        '<div class="grid grid-cols-2 gap-4 mt-8">'
        '<div class="css-7yx2pa"><div class="css-h3x9z">你可能感兴趣</div>'
        f"<ul>{numbered(related)}</ul></div>"
        '<div class="hot-rank"><div class="css-h3x9z">热点排行</div>'
        f"<ul>{numbered(ranking)}</ul></div></div>\n"
    )

"""A Sichuan county portal (营山县, 南充市) on a modern responsive CMS whose article pages are
news-style: the title is on top, the metadata is NOT in a 信息公开 block above the body.

- 首页 → 政务公开 (`/zwgk/`, boxes of columns, a left column list) → 法治政府建设
  (`/zwgk/fzzfjs/index.html`, cards with a date badge `28<br>2025-03` and a summary, numeric
  pager `list_2.html`, `list_3.html`, 8 cards a page); titles over 24 characters are cut in
  the card (`…`), whole in `title=` (the 2024 report's among them);
- template A (`.detail-main` + `<aside class="sidebar">`): breadcrumb ending in the title, `<h1>`,
  a 字号/打印/分享 toolbar above the text, a 图解 image with its caption above the text, the text
  in `.art-con`, an 附件 list, then at the END `来源：…　　发布时间：…　　浏览次数：…`,
  `（责任编辑：…　审核：…）`, `【打印本页】【关闭窗口】`, 分享到 bar, 扫一扫 QR block,
  上一篇/下一篇, 相关阅读; the right-hand `<aside class="sidebar fr">` (first in the source, it
  floats right) holds the 信息索引 box (索引号, 发布机构, 成文日期, 文号 as
  `<ul><li><span>索 引 号：</span>…`; no 发布日期) beside 相关链接, 热点信息 and 专题专栏;
- template B (`<article class="article">`): a 文章属性 table AFTER the body (索引号, 主题分类,
  发布机构, 成文日期, 发布日期, 文号; dates as `2025年02月12日`), then the tools;
- template C (news): only the trailing 来源/发布时间 line, inside the `.art-con` that wraps the
  text (`.con-text`), with the 责任编辑 line and 打印本页/关闭窗口.

Gold: the 县政府's 2024 report (A; 来源 县司法局, 发布机构 县政府), the 县司法局's 2024 report
(B), the 2023 report (A, page 2, empty 文号), the 2020 report (C, page 3). Decoys in the same
column: 工作要点, 实施方案, 八五普法规划, 普法工作要点, 一图读懂, 考核公示, 督察整改报告, 述法
报告, a 常务会议 news item that 听取 the report; 政府信息公开年报 holds 信息公开 annual reports.
"""

from __future__ import annotations

from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Reply

SITE = "营山县人民政府"
CODE = "5113220001"
GOV = "营山县人民政府"
GOV_OFFICE = "营山县人民政府办公室"
SFJ = "营山县司法局"
CREDIT = "11511322MB0J37291X"
SFJ_CREDIT = "11511322008692417K"
PAGE_SIZE = 8
COL = "/zwgk/fzzfjs/"
XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096

NAV = [
    ("首页", "/"),
    ("走进营山", "/zjys/"),
    ("新闻中心", "/xwzx/"),
    ("政务公开", "/zwgk/"),
    ("政务服务", "https://www.sczwfw.gov.cn/jiq/front/index?areaCode=511322000000"),
    ("互动交流", "/hdjl/"),
    ("专题专栏", "/ztzl/"),
]
ZWGK_COLUMNS = [
    ("政府信息公开指南", "/zwgk/xxgkzn/"),
    ("政策文件", "/zwgk/zcwj/"),
    ("法治政府建设", COL),
    ("财政预决算", "/zwgk/czyjs/"),
    ("人事信息", "/zwgk/rsxx/"),
    ("政府信息公开年报", "/zwgk/xxgknb/"),
]
HOT = [
    ("营山县2025年春季学期义务教育招生入学公告", "/xwzx/tzgg/202503/1187706.html", "2025-03-18"),
    ("关于2025年城乡居民医保集中参保缴费的通告", "/xwzx/tzgg/202503/1187540.html", "2025-03-11"),
    ("营山县召开县政府第43次常务会议", "/xwzx/ysyw/202503/1188102.html", "2025-03-21"),
]


class TrailingMetaCountySite(BlindSite):
    name = "trailing_meta_county"
    region = "四川省南充市营山县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 1180000
        self._news()
        self._fzzfjs()
        self._xxgknb()
        self._other_columns()
        self._zwgk()
        self._home()

    # --- 法治政府建设 -----------------------------------------------------------------------
    def _fzzfjs(self) -> None:
        # (title, path, pub, summary); detail pages are written once the order is known.
        entries: list[dict[str, object]] = []

        def add(title: str, pub: str, **kw: object) -> None:
            entries.append({"title": title, "pub": pub, "path": self._path(COL, pub), **kw})

        add("营山县2025年法治政府建设工作要点", "2025-04-08", kind="neg", tpl="A")
        add(
            "一图读懂《营山县人民政府关于2024年度法治政府建设情况的报告》",
            "2025-03-31",
            kind="neg",
            tpl="C",
        )
        add(
            "营山县人民政府关于2024年度法治政府建设情况的报告",
            "2025-03-28",
            kind="gold",
            tpl="A",
            seed="003",
            time="16:20",
            source="县司法局",
            index_no=f"{CREDIT}/2025-00031",
            publisher=GOV,
            written_date="2025-03-25",
            doc_no="营府函〔2025〕18号",
            attach="营山县2024年度法治政府建设主要指标完成情况统计表.xls",
            media="图解：营山县2024年度法治政府建设情况",
        )
        add("县政府常务会议听取2024年度法治政府建设工作报告", "2025-03-21", kind="neg", tpl="C")
        add("营山县人民政府县长2024年度述法报告", "2025-03-14", kind="neg", tpl="A")
        add(
            "营山县司法局2024年度法治政府建设工作报告",
            "2025-02-14",
            kind="gold",
            tpl="B",
            seed="001",
            index_no=f"{SFJ_CREDIT}/2025-00007",
            publisher=SFJ,
            written_date="2025-02-12",
            doc_no="营司发〔2025〕5号",
        )
        add("营山县2024年度法治政府建设考核结果公示", "2025-01-24", kind="neg", tpl="B")
        add("营山县2025年普法依法治理工作要点", "2025-01-10", kind="neg", tpl="B")
        # page 2
        add(
            "关于2023年度法治政府建设督察反馈问题整改情况的报告",
            "2024-11-15",
            kind="neg",
            tpl="A",
        )
        add("营山县召开2024年法治政府建设工作推进会", "2024-06-19", kind="neg", tpl="C")
        add("营山县2024年法治政府建设工作要点", "2024-04-10", kind="neg", tpl="A")
        add(
            "营山县2023年度法治政府建设工作报告",
            "2024-03-28",
            kind="gold",
            tpl="A",
            seed="000",
            time="09:05",
            source="营山县人民政府",
            index_no=f"{CREDIT}/2024-00027",
            publisher=GOV,
            written_date="2024-03-26",
            doc_no="",
        )
        add("营山县2023年度法治政府建设考核结果公示", "2024-01-26", kind="neg", tpl="B")
        add("营山县“八五”普法规划（2021—2025年）", "2021-12-20", kind="neg", tpl="B")
        add("营山县法治政府建设实施方案（2021—2025年）", "2021-11-30", kind="neg", tpl="A")
        add("关于开展法治政府建设示范创建活动的通知", "2021-08-09", kind="neg", tpl="A")
        # page 3
        add("营山县2021年法治政府建设工作要点", "2021-04-02", kind="neg", tpl="A")
        add(
            "营山县2020年度法治政府建设工作开展情况",
            "2021-01-18",
            kind="gold",
            tpl="C",
            seed="004",
            time="06:45",
            source=GOV_OFFICE,
        )
        add("营山县召开2020年度法治政府建设工作推进会", "2020-07-15", kind="neg", tpl="C")

        for n, e in enumerate(entries):
            prev_e = entries[n + 1] if n + 1 < len(entries) else None  # older
            next_e = entries[n - 1] if n > 0 else None  # newer
            related = [x for x in entries if x is not e][n % 5 : n % 5 + 5]
            nav = {
                "prev": (str(prev_e["title"]), str(prev_e["path"])) if prev_e else None,
                "next": (str(next_e["title"]), str(next_e["path"])) if next_e else None,
                "related": [(str(x["title"]), str(x["path"]), str(x["pub"])) for x in related],
            }
            self._write(e, nav)

        cards = [
            (str(e["title"]), str(e["path"]), str(e["pub"]), str(e["summary"])) for e in entries
        ]
        pages = [cards[i : i + PAGE_SIZE] for i in range(0, len(cards), PAGE_SIZE)]
        for k, chunk in enumerate(pages, start=1):
            html = self._listing("法治政府建设", COL, chunk, k, total=len(pages))
            if k == 1:
                self.page(COL, html)
                self.page(COL + "index.html", html)
            else:
                self.page(f"{COL}list_{k}.html", html)

    def _write(self, e: dict[str, object], nav: dict[str, object]) -> None:
        title, pub, path, tpl = str(e["title"]), str(e["pub"]), str(e["path"]), str(e["tpl"])
        if e["kind"] == "gold":
            body = self.gold_report(
                path,
                str(e["seed"]),
                title,
                publisher=str(e["publisher"]) if tpl != "C" else str(e["source"]),
                publish_date=pub,
                index_no=e.get("index_no"),  # type: ignore[arg-type]
                written_date=e.get("written_date"),  # type: ignore[arg-type]
                doc_no=str(e.get("doc_no") or "") or None,
            )
        else:
            body = list(NEGATIVE_BODY)
            self.negative_titles.append(title)
        e["summary"] = body[0][:60] + "…"
        time = str(e.get("time") or "10:30")
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", COL)]
        seq = int(path.rsplit("/", 1)[1].split(".", maxsplit=1)[0])
        attach = None
        if e.get("attach"):
            attach = (str(e["attach"]), f"/uploads/{pub[:4]}/{pub[5:7]}/{seq}01.xls")
            self.pages[attach[1]] = Reply(200, XLS, {"Content-Type": "application/vnd.ms-excel"})
        if tpl == "A":
            html = self._template_a(
                title,
                body,
                crumbs,
                pub=f"{pub} {time}",
                source=str(e.get("source") or "县司法局"),
                index_no=str(e.get("index_no") or f"{CREDIT}/{pub[:4]}-{seq % 1000:05d}"),
                publisher=str(e.get("publisher") or GOV_OFFICE),
                written_date=str(e.get("written_date") or pub),
                doc_no=str(e.get("doc_no") or ""),
                hits=300 + seq % 997,
                attach=attach,
                media=str(e["media"]) if e.get("media") else None,
                nav=nav,
            )
        elif tpl == "B":
            html = self._template_b(
                title,
                body,
                crumbs,
                pub=pub,
                index_no=str(e.get("index_no") or f"{SFJ_CREDIT}/{pub[:4]}-{seq % 1000:05d}"),
                publisher=str(e.get("publisher") or SFJ),
                written_date=str(e.get("written_date") or pub),
                doc_no=str(e.get("doc_no") or ""),
                nav=nav,
            )
        else:
            html = self._template_c(
                title,
                body,
                crumbs,
                pub=f"{pub} {time}",
                source=str(e.get("source") or "营山县融媒体中心"),
                nav=nav,
            )
        self.page(path, html)

    # --- other columns ------------------------------------------------------------------------
    def _xxgknb(self) -> None:
        items = []
        for year in range(2024, 2019, -1):
            title = f"营山县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-2{year % 8}"
            path = self._path("/zwgk/xxgknb/", pub)
            self.page(
                path,
                self._template_b(
                    title,
                    FILLER_BODY,
                    [("首页", "/"), ("政务公开", "/zwgk/"), ("政府信息公开年报", "/zwgk/xxgknb/")],
                    pub=pub,
                    index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                    publisher=GOV_OFFICE,
                    written_date=pub,
                    doc_no="",
                    nav={"prev": None, "next": None, "related": []},
                ),
            )
            self.negative_titles.append(title)
            items.append((title, path, pub, FILLER_BODY[0][:40] + "…"))
        self.page(
            "/zwgk/xxgknb/", self._listing("政府信息公开年报", "/zwgk/xxgknb/", items, 1, total=1)
        )
        self.page(
            "/zwgk/xxgknb/index.html",
            self._listing("政府信息公开年报", "/zwgk/xxgknb/", items, 1, total=1),
        )

    def _other_columns(self) -> None:
        fillers = {
            "/zwgk/xxgkzn/": ("政府信息公开指南", ["营山县人民政府信息公开指南"]),
            "/zwgk/zcwj/": (
                "政策文件",
                [
                    "营山县人民政府关于印发营山县优化营商环境若干措施的通知",
                    "营山县人民政府办公室关于做好2025年春季森林草原防灭火工作的通知",
                ],
            ),
            "/zwgk/czyjs/": (
                "财政预决算",
                ["营山县2025年县级部门预算公开", "营山县2024年县级决算公开"],
            ),
            "/zwgk/rsxx/": ("人事信息", ["营山县2025年公开考调公务员（参公人员）公告"]),
        }
        for col, (name, titles) in fillers.items():
            items = []
            for k, title in enumerate(titles):
                pub = f"2025-0{3 - k}-1{k + 2}"
                path = self._path(col, pub)
                self.page(
                    path,
                    self._template_c(
                        title,
                        FILLER_BODY,
                        [("首页", "/"), ("政务公开", "/zwgk/"), (name, col)],
                        pub=f"{pub} 10:00",
                        source=GOV_OFFICE,
                        nav={"prev": None, "next": None, "related": []},
                    ),
                )
                items.append((title, path, pub, FILLER_BODY[0][:40] + "…"))
            html = self._listing(name, col, items, 1, total=1)
            self.page(col, html)
            self.page(col + "index.html", html)
        for path, name in [("/zjys/", "走进营山"), ("/hdjl/", "互动交流"), ("/ztzl/", "专题专栏")]:
            self.page(path, self._frame(name, [("首页", "/"), (name, path)], "<p>栏目建设中</p>"))

    def _news(self) -> None:
        ysyw = [
            ("营山县召开县政府第43次常务会议", "2025-03-21", True),
            ("县领导督导春耕生产工作", "2025-03-19", False),
            ("营山县举办2025年“春风行动”专场招聘会", "2025-03-12", False),
            ("县司法局开展“法律进乡村”集中宣传活动", "2025-03-05", False),
        ]
        self.headlines = []
        for title, pub, legal in ysyw:
            path = "/xwzx/ysyw/202503/1188102.html" if legal else self._path("/xwzx/ysyw/", pub)
            body = (
                [
                    "3月21日，县长主持召开县政府第43次常务会议，"
                    "听取2024年度法治政府建设工作情况报告，研究部署2025年法治政府建设重点任务。",
                    "会议指出，要深入学习贯彻习近平法治思想，坚持依法行政，"
                    "持续深化行政执法体制改革，全面提升法治政府建设水平。",
                    "会议还研究了其他事项。",
                ]
                if legal
                else FILLER_BODY
            )
            if legal:
                self.negative_titles.append(title)
            self.page(
                path,
                self._template_c(
                    title,
                    body,
                    [("首页", "/"), ("新闻中心", "/xwzx/"), ("营山要闻", "/xwzx/ysyw/")],
                    pub=f"{pub} 18:32",
                    source="营山县融媒体中心",
                    nav={"prev": None, "next": None, "related": []},
                    figure="图为会议现场。（记者 陈某 摄）" if legal else None,
                ),
            )
            self.headlines.append((title, path, pub, body[0][:40] + "…"))
        html = self._listing(
            "营山要闻", "/xwzx/ysyw/", self.headlines, 1, total=1, section=("新闻中心", "/xwzx/")
        )
        self.page("/xwzx/ysyw/", html)
        self.page("/xwzx/ysyw/index.html", html)
        self.notices = []
        notice = "关于召开全县2025年法治政府建设工作推进会的通知"
        tzgg = [(notice, self._path("/xwzx/tzgg/", "2025-04-01"), "2025-04-01"), *HOT[:2]]
        for title, path, pub in tzgg:
            body = NEGATIVE_BODY if "法治" in title else FILLER_BODY
            if "法治" in title:
                self.negative_titles.append(title)
            self.page(
                path,
                self._template_c(
                    title,
                    body,
                    [("首页", "/"), ("新闻中心", "/xwzx/"), ("通知公告", "/xwzx/tzgg/")],
                    pub=f"{pub} 11:00",
                    source=GOV_OFFICE,
                    nav={"prev": None, "next": None, "related": []},
                ),
            )
            self.notices.append((title, path, pub, body[0][:40] + "…"))
        html = self._listing(
            "通知公告", "/xwzx/tzgg/", self.notices, 1, total=1, section=("新闻中心", "/xwzx/")
        )
        self.page("/xwzx/tzgg/", html)
        self.page("/xwzx/tzgg/index.html", html)
        xwzx = self._frame(
            "新闻中心",
            [("首页", "/"), ("新闻中心", "/xwzx/")],
            '<div class="col-boxes">'
            + self._box("营山要闻", "/xwzx/ysyw/", self.headlines)
            + self._box("通知公告", "/xwzx/tzgg/", self.notices)
            + "</div>",
        )
        self.page("/xwzx/", xwzx)

    def _zwgk(self) -> None:
        side = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in ZWGK_COLUMNS)
        main = (
            f'<div class="zwgk-wrap"><div class="zwgk-left"><h2>政务公开</h2><ul>{side}</ul></div>'
            '<div class="zwgk-right">'
            + '<div class="zwgk-banner"><a href="/zwgk/xxgkzn/">政府信息公开指南</a>'
            '<a href="https://www.nanchong.gov.cn/zwgk/ysqgk/">依申请公开</a></div>'
            + "</div></div>"
        )
        html = self._frame("政务公开", [("首页", "/"), ("政务公开", "/zwgk/")], main)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)

    def _home(self) -> None:
        main = (
            '<section class="home-focus"><div class="swiper-container"><div class="swiper-wrapper">'
            + "".join(
                f'<div class="swiper-slide"><a href="{esc(u)}"><img src="/uploads/focus{k}.jpg" '
                f'alt="{esc(t)}"><p>{esc(t)}</p></a></div>'
                for k, (t, u, _d, _s) in enumerate(self.headlines[:3])
            )
            + "</div></div></section>"
            + '<section class="home-news">'
            + self._box("营山要闻", "/xwzx/ysyw/", self.headlines)
            + self._box("通知公告", "/xwzx/tzgg/", self.notices)
            + "</section>"
            + '<section class="home-gk"><div class="box-hd"><h3>政务公开</h3>'
            '<a class="more" href="/zwgk/">更多</a></div><ul class="gk-icons">'
            '<li><a href="/zwgk/xxgkzn/"><i class="icon-zn"></i><span>信息公开指南</span></a></li>'
            '<li><a href="/zwgk/zcwj/"><i class="icon-wj"></i><span>政策文件</span></a></li>'
            '<li><a href="/zwgk/czyjs/"><i class="icon-cz"></i><span>财政预决算</span></a></li>'
            '<li><a href="/zwgk/xxgknb/"><i class="icon-nb"></i><span>信息公开年报</span></a></li>'
            "</ul></section>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- page parts ---------------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 37
        return f"{col}{pub[:4]}{pub[5:7]}/{self.next_id}.html"

    def _box(self, name: str, more: str, items: list[tuple[str, str, str, str]]) -> str:
        return (
            f'<div class="news-box"><div class="box-hd"><h3>{esc(name)}</h3>'
            f'<a class="more" href="{esc(more)}">更多&gt;</a></div><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a><span class="time">{esc(d)}</span></li>'
                for t, u, d, _s in items[:6]
            )
            + "</ul></div>"
        )

    def _listing(
        self,
        name: str,
        col: str,
        items: list[tuple[str, str, str, str]],
        page: int,
        *,
        total: int,
        section: tuple[str, str] = ("政务公开", "/zwgk/"),
    ) -> str:
        def href(k: int) -> str:
            return "index.html" if k == 1 else f"list_{k}.html"

        cards = []
        for t, u, d, summary in items:
            shown = t if len(t) <= 24 else t[:22] + "…"
            cards.append(
                '<li class="card"><div class="card-date">'
                f'<span class="day">{esc(d[8:10])}</span><br><span class="ym">{esc(d[:7])}</span></div>'
                f'<div class="card-txt"><a href="{esc(u)}" title="{esc(t)}" target="_blank">'
                f"{esc(shown)}</a><p>{esc(summary)}</p></div></li>"
            )
        pager = ""
        if total > 1:
            parts = [f'<span class="total">共{total}页</span>']
            if page > 1:
                parts.append(f'<a href="{href(1)}">首页</a><a href="{href(page - 1)}">上一页</a>')
            for k in range(1, total + 1):
                parts.append(
                    f'<a class="cur">{k}</a>' if k == page else f'<a href="{href(k)}">{k}</a>'
                )
            if page < total:
                parts.append(
                    f'<a href="{href(page + 1)}">下一页</a><a href="{href(total)}">尾页</a>'
                )
            pager = '<div class="pagination">' + "".join(parts) + "</div>"
        side = "".join(
            f'<li{" class=on" if u == col else ""}><a href="{esc(u)}">{esc(t)}</a></li>'
            for t, u in (
                ZWGK_COLUMNS
                if section[0] == "政务公开"
                else [("营山要闻", "/xwzx/ysyw/"), ("通知公告", "/xwzx/tzgg/")]
            )
        )
        main = (
            f'<div class="list-wrap"><div class="list-left"><h2>{esc(section[0])}</h2><ul>{side}</ul></div>'
            f'<div class="list-right"><div class="list-hd"><h3>{esc(name)}</h3></div>'
            f'<ul class="card-list">{"".join(cards)}</ul>{pager}</div></div>'
        )
        return self._frame(name, [("首页", "/"), section, (name, col)], main)

    def _tools_top(self) -> str:
        return (
            '<div class="art-tools"><span class="zh">字号：<a href="javascript:;" '
            'onclick="setFont(18)">大</a><a href="javascript:;" onclick="setFont(16)">中</a>'
            '<a href="javascript:;" onclick="setFont(14)">小</a></span>'
            '<span class="pr"><a href="javascript:window.print();">打印</a></span>'
            '<span class="voice"><a href="javascript:;" id="speak">语音播报</a></span></div>'
        )

    def _tools_bottom(self, nav: dict[str, object]) -> str:
        prev, nxt = nav["prev"], nav["next"]
        pn = '<div class="art-pn">'
        pn += (
            f'<p>上一篇：<a href="{esc(prev[1])}">{esc(prev[0])}</a></p>'  # type: ignore[index]
            if prev
            else "<p>上一篇：没有了</p>"
        )
        pn += (
            f'<p>下一篇：<a href="{esc(nxt[1])}">{esc(nxt[0])}</a></p>'  # type: ignore[index]
            if nxt
            else "<p>下一篇：没有了</p>"
        )
        pn += "</div>"
        related = nav["related"]
        rel = ""
        if related:
            rel = (
                '<div class="art-related"><div class="rel-hd">相关阅读</div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a><span>{esc(d)}</span></li>'
                    for t, u, d in related  # type: ignore[attr-defined]
                )
                + "</ul></div>"
            )
        return (
            '<div class="art-share"><div class="bdsharebuttonbox"><span>分享到：</span>'
            '<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>'
            '<a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a>'
            '<a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>'
            '<div class="art-qr"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div></div>'
            + pn
            + rel
        )

    def _trailer(self, source: str, pub: str, hits: int | None, editor: str) -> str:
        count = (
            f"<em>{hits}</em>"
            if hits is not None
            else '<em id="hits"><script>document.write(getHits());</script></em>'
        )
        return (
            '<div class="art-source">'
            f"<span>来源：{esc(source)}</span>　　<span>发布时间：{esc(pub)}</span>　　"
            f"<span>浏览次数：{count}</span></div>"
            f'<div class="art-editor">（责任编辑：{esc(editor)}　审核：李某某）</div>'
            '<div class="art-print">【<a href="javascript:window.print();">打印本页</a>】'
            '【<a href="javascript:window.close();">关闭窗口</a>】</div>'
        )

    def _template_a(
        self,
        title: str,
        body: list[str],
        crumbs: list[tuple[str, str]],
        *,
        pub: str,
        source: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str,
        hits: int,
        attach: tuple[str, str] | None,
        media: str | None,
        nav: dict[str, object],
    ) -> str:
        media_html = (
            f'<div class="art-media"><img src="/uploads/tujie/20250328fz.jpg" '
            f'alt="{esc(media)}"><p class="media-caption">{esc(media)}</p></div>'
            if media
            else ""
        )
        attach_html = (
            '<div class="art-attach"><p class="attach-hd">附件：</p><ul>'
            f'<li><a href="{esc(attach[1])}" target="_blank">{esc(attach[0])}</a></li></ul></div>'
            if attach
            else ""
        )
        article = (
            '<div class="detail-main fl">'
            f'<div class="art-title"><h1>{esc(title)}</h1></div>'
            + self._tools_top()
            + media_html
            + '<div class="art-con">\n'
            + "\n".join(f"<p>{esc(line)}</p>" for line in body)
            + "\n</div>"
            + attach_html
            + self._trailer(source, pub, hits, "王某某")
            + self._tools_bottom(nav)
            + "</div>"
        )
        # The right-hand column floats right, so it comes first in the source.
        aside = (
            '<aside class="sidebar fr">'
            '<div class="side-box side-index"><div class="side-hd">信息索引</div><ul>'
            f"<li><span>索 引 号：</span>{esc(index_no)}</li>"
            f"<li><span>发布机构：</span>{esc(publisher)}</li>"
            f"<li><span>成文日期：</span>{esc(written_date)}</li>"
            f"<li><span>文　　号：</span>{esc(doc_no)}</li></ul></div>"
            '<div class="side-box"><div class="side-hd">相关链接</div><ul>'
            '<li><a href="http://sft.sc.gov.cn/" target="_blank">四川省司法厅</a></li>'
            '<li><a href="https://www.nanchong.gov.cn/" target="_blank">南充市人民政府</a></li>'
            '<li><a href="http://www.npc.gov.cn/flcaw/" target="_blank">国家法律法规数据库</a></li>'
            "</ul></div>"
            '<div class="side-box"><div class="side-hd">热点信息</div><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, u, d in HOT
            )
            + "</ul></div>"
            '<div class="side-box"><div class="side-hd">专题专栏</div><ul class="zt">'
            '<li><a href="/ztzl/"><img src="/uploads/zt1.jpg" alt="学习贯彻党的二十届三中全会精神">'
            '</a></li><li><a href="/ztzl/"><img src="/uploads/zt2.jpg" alt="优化营商环境"></a>'
            "</li></ul></div></aside>"
        )
        main = f'<div class="detail-wrap clearfix">{aside}{article}</div>'
        return self._frame(title, [*crumbs, (title, "")], main)

    def _template_b(
        self,
        title: str,
        body: list[str],
        crumbs: list[tuple[str, str]],
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str,
        nav: dict[str, object],
    ) -> str:
        def cn(d: str) -> str:
            return f"{d[:4]}年{d[5:7]}月{d[8:10]}日"

        main = (
            '<article class="article"><header class="article-hd">'
            f"<h1>{esc(title)}</h1></header>"
            + self._tools_top()
            + '<section class="content-box">\n'
            + "\n".join(f'<p style="text-indent:2em;">{esc(line)}</p>' for line in body)
            + "\n</section>"
            + '<table class="attr-table"><caption>文章属性</caption><tbody>'
            f"<tr><th>索引号</th><td>{esc(index_no)}</td><th>主题分类</th><td>法治政府</td></tr>"
            f"<tr><th>发布机构</th><td>{esc(publisher)}</td><th>成文日期</th><td>{esc(cn(written_date))}</td></tr>"
            f"<tr><th>发布日期</th><td>{esc(cn(pub))}</td><th>文号</th><td>{esc(doc_no)}</td></tr>"
            "</tbody></table>"
            + '<div class="art-print">【<a href="javascript:window.print();">打印本页</a>】'
            '【<a href="javascript:window.close();">关闭窗口</a>】</div>'
            + self._tools_bottom(nav)
            + "</article>"
        )
        return self._frame(title, [*crumbs, (title, "")], main)

    def _template_c(
        self,
        title: str,
        body: list[str],
        crumbs: list[tuple[str, str]],
        *,
        pub: str,
        source: str,
        nav: dict[str, object],
        figure: str | None = None,
    ) -> str:
        paras = [f"<p>{esc(line)}</p>" for line in body]
        if figure:
            paras.insert(
                1,
                '<p style="text-align:center;"><img src="/uploads/2025/03/hy01.jpg" alt=""></p>'
                f'<p class="img-desc" style="text-align:center;">{esc(figure)}</p>',
            )
        main = (
            '<div class="detail-main news-detail">'
            f'<div class="art-title"><h1>{esc(title)}</h1></div>'
            + self._tools_top()
            # The news template wraps the text and its source line in one `.art-con`.
            + '<div class="art-con"><div class="con-text">\n'
            + "\n".join(paras)
            + "\n</div>"
            + self._trailer(source, pub, None, "张某某")
            + "</div>"
            + self._tools_bottom(nav)
            + "</div>"
        )
        return self._frame(title, [*crumbs, (title, "")], main)

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        head_title = SITE if title == SITE else f"{title} - {SITE}"
        nav = "".join(
            f'<li><a href="{esc(u)}"{" target=_blank" if u.startswith("http") else ""}>{esc(t)}</a></li>'
            for t, u in NAV
        )
        location = ""
        if crumbs:
            location = (
                '<div class="breadcrumb"><span>当前位置：</span>'
                + " &gt; ".join(
                    f'<a href="{esc(u)}">{esc(t)}</a>' if u else f"<span>{esc(t)}</span>"
                    for t, u in crumbs
                )
                + "</div>"
            )
        return (
            '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f"<title>{esc(head_title)}</title>"
            f'<meta name="SiteName" content="{SITE}"><meta name="SiteIDCode" content="{CODE}">'
            '<link rel="stylesheet" href="/static/css/swiper.min.css">'
            '<link rel="stylesheet" href="/static/css/style.css">'
            '<script src="/static/js/jquery.min.js"></script></head>\n<body>\n'
            '<div class="top-bar"><div class="container"><div class="fl">'
            '<span id="today"></span><span class="weather">营山 晴 12℃~21℃</span></div>'
            '<div class="fr"><a href="javascript:;" id="wza">无障碍</a>'
            '<a href="javascript:;" id="zzms">长者模式</a><a href="javascript:;" id="jft">繁體</a>'
            '<a href="/m/">手机版</a><a href="/sitemap/">网站地图</a></div></div></div>\n'
            '<header class="header"><div class="container"><a class="logo" href="/">'
            f'<img src="/static/images/logo.png" alt="{SITE}"></a>'
            '<form class="search" action="/search/" method="get"><input name="keyword" '
            'placeholder="请输入关键词"><button type="submit">搜索</button></form></div>'
            f'<nav class="main-nav"><ul class="container">{nav}</ul></nav></header>\n'
            f'<main class="container">{location}{main}</main>\n'
            '<footer class="footer"><div class="container">'
            '<div class="links"><a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a>'
            ' | <a href="/wzsm/">网站声明</a></div>'
            f"<p>主办：{SITE}办公室　承办：营山县融媒体中心</p>"
            f"<p>网站标识码：{CODE}　联系电话：0817-8221234</p>"
            '<p><a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备12003456号-1</a>　'
            '<a href="http://www.beian.gov.cn/" target="_blank">川公网安备 51132202000108号</a></p>'
            '<div class="jiucuo"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code='
            f'{CODE}" target="_blank"><img src="/static/images/jiucuo.png" alt="政府网站找错"></a></div>'
            '<div class="conac"><img src="/static/images/red.png" alt="党政机关"></div>'
            "</div></footer>\n"
            '<script src="/static/js/swiper.min.js"></script><script src="/static/js/common.js"></script>'
            "\n</body></html>\n"
        )

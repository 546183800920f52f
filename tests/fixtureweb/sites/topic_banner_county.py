"""A Jiangsu-style Hanweb 大汉 county portal (`/col/col<id>/index.html`,
`/art/Y/M/D/art_<col>_<id>.html`) whose reports are kept in its 法治政府建设专栏, a 专题 with
sub-columns, and nowhere else:

- the home page shows the 专题 only as a banner carousel of images without `alt` (opaque
  `/col/col…` links) and a 专题专栏 entry in the main menu; the 专题专栏 page lists every 专题 by
  image and name;
- the 专栏's landing page is a 专题 template: its own banner, boxes of its sub-columns (工作动态,
  文件通知, 年度报告, 典型案例) with a 更多 link each; 年度报告 is a jpage listing (records in
  `<datastore>` CDATA) of the county's reports, the 县司法局's one whose title names no year (it
  is in the body's first sentence), a 第一责任人 述职 report and a 政府信息公开工作年度报告 beside
  them; 文件通知 holds a 工作要点 and an 实施方案;
- 政务公开 has a 政府信息公开 catalogue (法定主动公开内容 columns, 政府信息公开年报) that holds
  no 法治政府建设 report: a crawl that stops at the catalogue finds none.

Detail pages: Hanweb's article table (发布日期, 信息来源, 浏览次数 by script, 字体 大 中 小), the body
between `ZJEG_RSS.content` markers, 【打印本页】【关闭窗口】, 扫一扫, the footer; no 信息公开 table
(专题 articles carry none), the 信息来源 line names the publisher.
"""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "泗洪县人民政府"
CODE = "3213240001"
PROXY = "/module/web/jpage/dataproxy.jsp"
NAV = [
    ("首页", "/"),
    ("走进泗洪", "/col/col40001/index.html"),
    ("新闻中心", "/col/col40002/index.html"),
    ("政务公开", "/col/col40003/index.html"),
    ("政务服务", "https://sq.jszwfw.gov.cn/col/col1843/index.html"),
    ("互动交流", "/col/col40005/index.html"),
    ("专题专栏", "/col/col40006/index.html"),
]
FOOT = {
    "icp": "苏ICP备05006021号-1",
    "police": "苏公网安备 32132402000101号",
    "code": CODE,
    "address": "江苏省宿迁市泗洪县青阳街道人民中路1号",
}
TOPIC = "40601"
# 专题专栏: column id, name, banner image.
TOPICS = [
    (TOPIC, "法治政府建设专栏", "/picture/0/2105121030123456789.jpg"),
    ("40602", "学习贯彻党的二十大精神", "/picture/0/2211021500987654321.jpg"),
    ("40603", "优化营商环境", "/picture/0/2303151130112233445.jpg"),
    ("40604", "安全生产月", "/picture/0/2306011000556677889.jpg"),
    ("40605", "创建全国文明城市", "/picture/0/2104200900998877665.jpg"),
]
# The 专栏's sub-columns: column id, name.
SUBS = [("40611", "工作动态"), ("40612", "文件通知"), ("40613", "年度报告"), ("40614", "典型案例")]
# 法定主动公开内容: column id, name.
CATALOGUE = [
    ("40031", "机构职能"),
    ("40032", "政策文件"),
    ("40034", "财政预决算"),
    ("40035", "人事信息"),
    ("40036", "行政执法公示"),
]
ANNUAL_XXGK = "40033"


def _record(title: str, url: str, date: str) -> str:
    return (
        f'<record><![CDATA[\n<li><a href="{esc(url)}" title="{esc(title)}" target="_blank">'
        f"{esc(title)}</a><span>{date}</span></li>\n]]></record>"
    )


class TopicBannerCountySite(BlindSite):
    name = "topic_banner_county"
    region = "江苏省宿迁市泗洪县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self._next_id = 7_300_000
        self.columns: dict[str, list[tuple[str, str, str]]] = {}
        self._topic()
        self._catalogue()
        self._news()
        self._home()

    # --- page parts ---------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str, **meta: str) -> str:
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="wrap main">'
            + fu.crumbs([("首页", "/"), *crumbs])
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(SITE, **FOOT)
            + "</body></html>"
        )

    def _article(
        self,
        column: str,
        title: str,
        body: list[str],
        pub: str,
        *,
        source: str,
        crumbs: list[tuple[str, str]],
        path: str | None = None,
    ) -> str:
        """A Hanweb article page; returns its path."""
        path = path or self._path(column, pub)
        main = (
            '<table width="100%" class="article"><tr><td class="title" align="center">'
            f"{esc(title)}</td></tr>"
            f'<tr><td class="info">发布日期：{esc(pub)}　信息来源：<!--<$[信息来源]>begin-->'
            f"{esc(source)}<!--<$[信息来源]>end-->　浏览次数：<script>_showDynClick()</script>"
            '　字体：[ <a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a>'
            ' <a href="javascript:doZoom(12)">小</a> ]</td></tr>'
            '<tr><td><div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin-->'
            '<meta name="ContentStart">'
            + fu.paragraphs(body)
            + '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>'
            "</td></tr></table>" + fu.article_tools()
        )
        self.page(
            path,
            self._frame(
                f"{SITE} {crumbs[-1][0]} {title}",
                crumbs,
                main,
                Maketime=pub,
                i_columnid=column,
                ArticleTitle=title,
                PubDate=pub,
                ContentSource=source,
            ),
        )
        self.columns.setdefault(column, []).append((title, path, pub[:10]))
        return path

    def _path(self, column: str, pub: str) -> str:
        self._next_id += 1
        y, m, d = (int(x) for x in pub[:10].split("-"))
        return f"/art/{y}/{m}/{d}/art_{column}_{self._next_id}.html"

    def _jpage_listing(self, column: str, name: str, crumbs: list[tuple[str, str]]) -> str:
        """A Hanweb column page whose records are all in its `<datastore>`."""
        records = self.columns.get(column, [])
        unit = str(int(column) + 500_000)
        inline = "\n".join(_record(*r) for r in records)
        return self._frame(
            f"{SITE} {name}",
            crumbs,
            f'<div class="list-right"><div class="lm_title">{esc(name)}</div><div id="{unit}">'
            '<script type="text/xml"><datastore>\n'
            f'<nextgroup><![CDATA[<a href="{PROXY}?page=1&appid=1&webid=41&path=/&columnid='
            f'{column}&unitid={unit}&webname=%E6%B3%97%E6%B4%AA&permissiontype=0"></a>]]>'
            f"</nextgroup>\n<recordset>\n{inline}\n</recordset></datastore></script>"
            '<script language="javascript" src="/module/web/jpage/jpage.js"></script>'
            f"<script>$(document).ready(function(){{$('#{unit}').jpage({{dataStore:dataStore,"
            f"perPage:15,totalRecord:{len(records)},proxyUrl:'{PROXY}',groupSize:3,"
            "barPosition:'bottom',ajaxParam:{col:1,appid:1,webid:41,path:'/',"
            f"columnid:{column},sourceContentType:1,unitid:{unit},webname:'{SITE}',"
            "permissiontype:0}});});</script></div></div>",
        )

    # --- the 专栏 -------------------------------------------------------------------------------
    def _topic(self) -> None:
        topic_crumbs = [("专题专栏", "/col/col40006/index.html"), ("法治政府建设专栏", "")]

        def crumbs(sub: str) -> list[tuple[str, str]]:
            return [
                *topic_crumbs[:1],
                ("法治政府建设专栏", f"/col/col{TOPIC}/index.html"),
                (sub, ""),
            ]

        reports = [
            (
                "003",
                "中共泗洪县委 泗洪县人民政府关于2023年度法治政府建设工作情况的报告",
                "2024-03-27 16:05",
                "泗洪县人民政府办公室",
                None,
            ),
            (
                "001",
                "泗洪县司法局关于法治政府建设工作情况的报告",
                "2025-01-20 09:40",
                "泗洪县司法局",
                2024,  # the body's first sentence: `2024年,在市委、市政府的坚强领导下…`
            ),
            (
                "000",
                "泗洪县2022年度法治政府建设工作报告",
                "2023-03-30 10:12",
                "泗洪县人民政府",
                None,
            ),
        ]
        annual = "40613"
        decoys = [
            (
                annual,
                "泗洪县2023年度党政主要负责人履行推进法治建设第一责任人职责情况报告",
                "2024-03-20 10:00",
            ),
            (annual, "泗洪县人民政府2023年政府信息公开工作年度报告", "2024-01-25 11:00"),
            ("40612", "泗洪县2024年法治政府建设工作要点", "2024-02-26 15:30"),
            (
                "40612",
                "关于印发《泗洪县法治政府建设实施方案（2021-2025年）》的通知",
                "2021-12-30 17:00",
            ),
        ]
        for seed, title, pub, source, year in reports:
            path = self._path(annual, pub)
            body = self.gold_report(
                path, seed, title, publisher=source, publish_date=pub[:10], report_year=year
            )
            self._article(
                annual, title, body, pub, source=source, crumbs=crumbs("年度报告"), path=path
            )
        for column, title, pub in decoys:
            name = dict(SUBS)[column]
            self._article(
                column, title, NEGATIVE_BODY, pub, source="泗洪县司法局", crumbs=crumbs(name)
            )
            self.negative_titles.append(title)
        news = [
            "泗洪县召开2024年法治政府建设工作推进会",
            "县司法局开展法治政府建设示范创建迎检工作",
            "泗洪县举办2024年度领导干部法治专题培训班",
            "县委依法治县办开展法治督察",
            "泗洪县2023年度法治政府建设工作成效明显",
        ]
        for k, title in enumerate(news * 3):
            self._article(
                "40611",
                title if k < 5 else f"{title}（{k // 5 + 1}）",
                [f"{title}。", *FILLER_BODY[1:]],
                f"2024-{11 - k // 2:02d}-{10 + k % 2}",
                source="泗洪县融媒体中心",
                crumbs=crumbs("工作动态"),
            )
        for k in range(6):
            self._article(
                "40614",
                f"行政执法典型案例（{k + 1}）",
                FILLER_BODY,
                f"2024-0{k + 1}-15 10:00",
                source="泗洪县司法局",
                crumbs=crumbs("典型案例"),
            )
        for column, name in SUBS:
            self.columns[column].sort(key=lambda r: r[2], reverse=True)
            self.page(
                f"/col/col{column}/index.html", self._jpage_listing(column, name, crumbs(name))
            )
        boxes = "".join(
            f'<div class="zt-box"><div class="zt-hd"><h3>{esc(name)}</h3>'
            f'<a class="more" href="/col/col{column}/index.html">更多</a></div><ul>'
            + "".join(
                f'<li><a href="{esc(p)}" title="{esc(t)}" target="_blank">{esc(t[:18])}</a>'
                f"<span>{d}</span></li>"
                for t, p, d in self.columns[column][:3]
            )
            + "</ul></div>"
            for column, name in SUBS
        )
        landing = (
            '<div class="zt-banner"><img src="/picture/0/zt_fzzf_top.jpg" alt="" /></div>'
            + f'<div class="zt-boxes">{boxes}</div>'
        )
        self.page(
            f"/col/col{TOPIC}/index.html",
            self._frame(f"{SITE} 法治政府建设专栏", topic_crumbs, landing),
        )
        others = "".join(
            f'<li><a href="/col/col{c}/index.html">{esc(n)}工作动态</a></li>'
            for c, n, _ in TOPICS[1:]
        )
        for column, name, _ in TOPICS[1:]:
            self.page(
                f"/col/col{column}/index.html",
                self._frame(
                    f"{SITE} {name}",
                    [("专题专栏", "/col/col40006/index.html")],
                    f"<ul>{others}</ul>",
                ),
            )
        cards = "".join(
            f'<li><a href="/col/col{c}/index.html" target="_blank"><img src="{img}" /></a>'
            f'<p><a href="/col/col{c}/index.html" target="_blank">{esc(n)}</a></p></li>'
            for c, n, img in TOPICS
        )
        self.page(
            "/col/col40006/index.html",
            self._frame(
                f"{SITE} 专题专栏", [("专题专栏", "")], f'<ul class="zt-list">{cards}</ul>'
            ),
        )

    # --- 政务公开: a catalogue without the reports ----------------------------------------------
    def _catalogue(self) -> None:
        crumbs = [("政务公开", "/col/col40003/index.html")]
        for column, name in CATALOGUE:
            for k in range(8):
                self._article(
                    column,
                    f"泗洪县{name}信息（第{k + 1}期）",
                    FILLER_BODY,
                    f"2024-{k + 2:02d}-10 09:00",
                    source="泗洪县人民政府办公室",
                    crumbs=[*crumbs, (name, "")],
                )
            self.page(
                f"/col/col{column}/index.html",
                self._jpage_listing(column, name, [*crumbs, (name, "")]),
            )
        for year in range(2023, 2016, -1):
            title = f"泗洪县人民政府{year}年政府信息公开工作年度报告"
            self._article(
                ANNUAL_XXGK,
                title,
                NEGATIVE_BODY,
                f"{year + 1}-01-20 10:00",
                source="泗洪县人民政府办公室",
                crumbs=[*crumbs, ("政府信息公开年报", "")],
            )
            self.negative_titles.append(title)
        self.page(
            f"/col/col{ANNUAL_XXGK}/index.html",
            self._jpage_listing(
                ANNUAL_XXGK, "政府信息公开年报", [*crumbs, ("政府信息公开年报", "")]
            ),
        )
        tree = fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/col/col40030/index.html", []),
                (
                    "法定主动公开内容",
                    "/col/col40003/index.html",
                    [(n, f"/col/col{c}/index.html") for c, n in CATALOGUE],
                ),
                ("政府信息公开年报", f"/col/col{ANNUAL_XXGK}/index.html", []),
            ],
        )
        self.page("/col/col40003/index.html", self._frame(f"{SITE} 政务公开", crumbs, tree))
        self.page(
            "/col/col40030/index.html",
            self._frame(
                f"{SITE} 政府信息公开指南",
                crumbs,
                "<p>本指南依据《中华人民共和国政府信息公开条例》编制。</p>",
            ),
        )

    def _news(self) -> None:
        crumbs = [("新闻中心", "/col/col40002/index.html")]
        for k in range(12):
            self._article(
                "40021",
                f"泗洪县召开第{k + 1}次县政府常务会议",
                FILLER_BODY,
                f"2024-11-{18 - k:02d} 10:00",
                source="泗洪县融媒体中心",
                crumbs=[*crumbs, ("泗洪要闻", "")],
            )
        self.page(
            "/col/col40021/index.html",
            self._jpage_listing("40021", "泗洪要闻", [*crumbs, ("泗洪要闻", "")]),
        )
        self.page(
            "/col/col40002/index.html",
            self._frame(
                f"{SITE} 新闻中心",
                crumbs,
                '<ul><li><a href="/col/col40021/index.html">泗洪要闻</a></li></ul>',
            ),
        )

    def _home(self) -> None:
        banners = "".join(
            f'<li><a href="/col/col{c}/index.html" target="_blank"><img src="{img}" /></a></li>'
            for c, _, img in TOPICS[:3]
        )
        news = "".join(
            f'<li><a href="{esc(p)}" title="{esc(t)}" target="_blank">{esc(t)}</a><span>{d}</span></li>'
            for t, p, d in self.columns["40021"][:8]
        )
        main = (
            f'<div class="zt-slide"><ul class="slides">{banners}</ul></div>'
            '<div class="box"><div class="hd"><h3>泗洪要闻</h3>'
            f'<a class="more" href="/col/col40021/index.html">更多</a></div><ul>{news}</ul></div>'
            '<div class="box"><h3>政务公开</h3><ul>'
            '<li><a href="/col/col40003/index.html">政府信息公开</a></li>'
            f'<li><a href="/col/col{ANNUAL_XXGK}/index.html">政府信息公开年报</a></li></ul></div>'
            + fu.interaction_sidebar()
        )
        self.page("/", self._frame(SITE, [], main))
        self.page(
            "/col/col40001/index.html",
            self._frame(f"{SITE} 走进泗洪", [], "<p>泗洪县位于江苏省西北部。</p>"),
        )
        self.page(
            "/col/col40005/index.html",
            self._frame(f"{SITE} 互动交流", [], fu.interaction_sidebar()),
        )

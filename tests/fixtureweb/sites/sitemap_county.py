"""A Shanxi county portal on a Java 站群 CMS (`/channel/N.html`, `/content/N/YYYY/MMDD/ID.html`)
whose only way into 政务公开 is its 网站地图, and whose 法治政府建设 column is paged only by a
`加载更多` button:

- the home page's main menu is written by an external script (`<script src="/js/nav.js">`,
  `document.write` of the menu): no anchor on the home page names 政务公开, 信息公开 or
  法治; its boxes are 今日要闻, 通知公告 (each with `更多>>`), 图片新闻, 专题专栏 banners and
  政务服务 on the province's platform; 网站地图 is in the top strip and the footer;
- 通知公告 (`/channel/15.html`) holds notices about 法治政府建设 (推进会, 示范创建, a training)
  but no report, and 今日要闻 a 法治 meeting;
- the 网站地图 (`/wzdt.html`) names every column: 走进榆社, 新闻中心, 政务公开 (指南, 制度,
  法定主动公开内容 with 机构职能, 政策文件, 规划计划, 财政预决算, 法治政府建设, 政府信息公开
  年报, 部门信息公开, 乡镇信息公开), 政务服务, 互动交流;
- 法治政府建设 (`/channel/47.html`) shows its ten newest items and a `加载更多` button whose
  click handler asks `$.ajax({url: '/api/channel/articles', data: {channelId: 47, pageNo:
  pageNo, pageSize: 10}})` with a page counter it increments, appending the records (`title`,
  `linkUrl`, `publishDate`) to the list: the 县政府's 2024 report is on the page, its 2023
  report in the API's page 2, the 县司法局's 2022 report in page 3; beside them 工作要点,
  实施方案, 推进会, 一图读懂 the 2023 report, 考核 and 督察整改 items, a 述法 report.

Report pages: a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号, 发布日期) above the
`<h1>` and the text; notices show `发布时间：… 来源：…` instead.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from urllib.parse import parse_qsl

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "榆社县人民政府"
CODE = "1407210001"
GOV = "榆社县人民政府"
GOV_OFFICE = "榆社县人民政府办公室"
SFJ = "榆社县司法局"
CREDIT = "11140721MB1957830X"
FZZF = 47
PAGE_SIZE = 10
API = "/api/channel/articles"
# The site map: (section, [(column, channel id)]); the 政务公开 section holds sub-sections.
SITE_MAP: list[tuple[str, list[tuple[str, int]]]] = [
    ("走进榆社", [("县情概况", 3), ("历史沿革", 4), ("行政区划", 5), ("领导之窗", 6)]),
    ("新闻中心", [("今日要闻", 11), ("部门动态", 12), ("乡镇动态", 13), ("通知公告", 15)]),
    (
        "政务公开",
        [
            ("政府信息公开指南", 31),
            ("政府信息公开制度", 32),
            ("机构职能", 41),
            ("政策文件", 42),
            ("规划计划", 43),
            ("财政预决算", 44),
            ("法治政府建设", FZZF),
            ("政府信息公开年报", 52),
            ("部门信息公开", 61),
            ("乡镇信息公开", 62),
        ],
    ),
    ("政务服务", [("办事指南", 71), ("便民服务", 72)]),
    ("互动交流", [("县长信箱", 81), ("在线访谈", 82), ("征集调查", 83)]),
]
NOTICE_TITLES = [
    "榆社县2025年公开招聘社区专职工作者公告",
    "关于召开全县2025年法治政府建设推进会的通知",
    "榆社县2025年春季森林防火期禁火令",
    "关于城区部分路段停水的通知",
    "关于开展法治政府建设示范创建活动的通知",
    "榆社县2025年3月政府采购意向公开",
    "关于举办全县行政执法人员法治政府建设专题培训班的通知",
    "榆社县2025年耕地地力保护补贴发放公示",
    "关于做好2025年城乡居民基本医疗保险参保缴费工作的通告",
    "榆社县2024年度拟提拔任用干部任前公示",
    "关于榆社县国有建设用地使用权挂牌出让的公告",
    "榆社县2025年义务教育阶段招生工作公告",
]
NEWS_TITLES = [
    "榆社县召开县政府第38次常务会议",
    "县领导调研春季农业生产工作",
    "榆社县召开2025年法治政府建设工作推进会",
    "榆社县举办2025年春风行动招聘会",
    "我县开展“3·15”消费者权益保护宣传活动",
    "榆社县召开优化营商环境工作推进会",
]


class SitemapCountySite(BlindSite):
    name = "sitemap_county"
    region = "山西省晋中市榆社县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 20410
        self.column_items: dict[int, list[tuple[str, str, str]]] = {}
        self._fzzf()
        self._ndbg()
        self._other_columns()
        self._news()
        self._site_map()
        self._home()

    # --- 法治政府建设 ----------------------------------------------------------------------
    def _fzzf(self) -> None:
        items: list[tuple[str, str, str]] = []

        def negative(title: str, pub: str, publisher: str = GOV_OFFICE) -> None:
            items.append(self._article(FZZF, title, pub, publisher, NEGATIVE_BODY))

        def gold(title: str, seed: str, pub: str, **meta: str) -> None:
            path = self._path(FZZF, pub)
            body = self.gold_report(path, seed, title, publish_date=pub, **meta)
            self.page(path, self._detail(title, body, FZZF, pub=pub, **meta))
            items.append((title, path, pub))

        negative("榆社县2025年法治政府建设工作要点", "2025-04-02")
        negative("一图读懂《榆社县2024年度法治政府建设工作情况的报告》", "2025-03-28")
        gold(
            "榆社县人民政府关于2024年度法治政府建设工作情况的报告",
            "003",
            "2025-03-26",
            index_no=f"{CREDIT}/2025-00118",
            publisher=GOV,
            written_date="2025-03-21",
            doc_no="榆政报〔2025〕6号",
        )
        negative("榆社县人民政府县长2024年度述法报告", "2025-03-10", GOV)
        negative("关于2024年度法治政府建设考核结果的通报", "2025-02-14")
        negative("榆社县召开2025年法治政府建设推进会", "2025-02-08")
        negative("关于开展2025年度法治政府建设督察工作的通知", "2025-01-20")
        negative("榆社县2024年行政执法统计年报", "2025-01-15", SFJ)
        negative("关于公布榆社县2025年度重大行政决策事项目录的通知", "2025-01-06")
        negative("榆社县2024年法治政府建设工作要点", "2024-04-09")
        # page 2 of the API
        negative("一图读懂《榆社县2023年度法治政府建设工作情况的报告》", "2024-03-29")
        gold(
            "榆社县人民政府关于2023年度法治政府建设工作情况的报告",
            "000",
            "2024-03-27",
            index_no=f"{CREDIT}/2024-00097",
            publisher=GOV,
            written_date="2024-03-22",
            doc_no="榆政报〔2024〕5号",
        )
        negative("榆社县2023年度法治政府建设考核结果公示", "2024-01-26")
        negative("关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-11-17", GOV)
        negative("榆社县召开2023年法治政府建设推进会", "2023-06-12")
        negative("榆社县2023年法治政府建设工作要点", "2023-04-11")
        negative("关于做好2023年度法治政府建设示范创建申报工作的通知", "2023-03-30", SFJ)
        negative("榆社县2022年行政执法统计年报", "2023-03-02", SFJ)
        negative("关于印发《榆社县行政执法公示制度实施办法》的通知", "2023-02-20")
        negative("榆社县关于开展行政规范性文件清理工作的通知", "2023-02-16")
        # page 3 of the API
        gold(
            "榆社县司法局2022年度法治政府建设工作报告",
            "004",
            "2023-02-10",
            index_no="11140721012603354J/2023-00006",
            publisher=SFJ,
            written_date="2023-02-08",
        )
        negative("榆社县2022年法治政府建设工作要点", "2022-04-15")
        negative("榆社县法治政府建设实施方案（2021—2025年）", "2022-01-18", GOV)
        negative("榆社县召开2022年法治政府建设推进会", "2022-01-10")
        self.column_items[FZZF] = items
        total = -(-len(items) // PAGE_SIZE)
        self.api_pages = {
            n: items[(n - 1) * PAGE_SIZE : n * PAGE_SIZE] for n in range(1, total + 1)
        }
        script = (
            '<div class="more-box"><a href="javascript:;" id="loadMore" class="load-more">'
            "加载更多</a></div>\n"
            '<script type="text/javascript">\n'
            f"var pageNo = 1, totalPage = {total};\n"
            "$('#loadMore').click(function(){\n"
            "  if (pageNo >= totalPage) { return; }\n"
            "  pageNo++;\n"
            "  $.ajax({\n"
            f"    url: '{API}',\n"
            "    type: 'get',\n"
            "    dataType: 'json',\n"
            f"    data: {{channelId: {FZZF}, pageNo: pageNo, pageSize: {PAGE_SIZE}}},\n"
            "    success: function(res){\n"
            "      var html = '';\n"
            "      $.each(res.data.list, function(i, item){\n"
            '        html += \'<li><a href="\' + item.linkUrl + \'" target="_blank" title="\''
            " + item.title + '\">' + item.title + '</a><span>' + item.publishDate"
            " + '</span></li>';\n"
            "      });\n"
            "      $('#articleList').append(html);\n"
            "      if (pageNo >= res.data.totalPage) {\n"
            "        $('#loadMore').text('没有更多了').addClass('disabled');\n"
            "      }\n"
            "    }\n"
            "  });\n"
            "});\n"
            "</script>\n"
        )
        self.page(
            f"/channel/{FZZF}.html",
            self._column(FZZF, items[:PAGE_SIZE], after=script),
        )

    def _ndbg(self) -> None:
        items = []
        for year in range(2024, 2016, -1):
            items.append(
                self._article(
                    52,
                    f"榆社县人民政府{year}年政府信息公开工作年度报告",
                    f"{year + 1}-01-{18 + year % 9}",
                    GOV_OFFICE,
                    FILLER_BODY,
                )
            )
            self.negative_titles.append(items[-1][0])
        self.page("/channel/52.html", self._column(52, items))

    def _other_columns(self) -> None:
        fillers = {
            31: ["榆社县人民政府信息公开指南", "榆社县人民政府办公室信息公开指南"],
            32: ["榆社县政府信息依申请公开工作规程", "榆社县政府信息公开保密审查制度"],
            41: ["榆社县人民政府领导工作分工", "榆社县人民政府办公室主要职责"],
            42: [
                "榆社县人民政府关于印发榆社县城乡环境综合整治方案的通知",
                "榆社县人民政府办公室关于进一步加强耕地保护工作的通知",
            ],
            43: ["榆社县国民经济和社会发展第十四个五年规划纲要"],
            44: ["榆社县2025年县级部门预算公开", "榆社县2024年县级决算公开"],
            61: ["榆社县发展和改革局", "榆社县教育局", "榆社县司法局", "榆社县财政局"],
            62: ["箕城镇", "云竹镇", "郝北镇"],
        }
        for cid, titles in fillers.items():
            if cid in (61, 62):  # lists of units: each a sub-site's 信息公开 page
                items = []
                for k, unit in enumerate(titles):
                    path = f"/channel/{cid}{k + 1:02d}.html"
                    unit_items = [
                        self._article(
                            cid * 100 + k + 1,
                            f"{unit}2025年第一季度政务信息",
                            "2025-04-03",
                            unit,
                            FILLER_BODY,
                        )
                    ]
                    self.page(path, self._column(cid * 100 + k + 1, unit_items, name=unit))
                    items.append((unit, path, ""))
                self.page(f"/channel/{cid}.html", self._column(cid, items))
                continue
            items = [
                self._article(
                    cid,
                    t,
                    (date(2025, 3, 1) - timedelta(days=41 * k + cid)).isoformat(),
                    GOV_OFFICE,
                    FILLER_BODY,
                )
                for k, t in enumerate(titles)
            ]
            self.page(f"/channel/{cid}.html", self._column(cid, items))
        for cid in (3, 4, 5, 6, 12, 13, 71, 72):
            self.page(
                f"/channel/{cid}.html",
                self._column(
                    cid,
                    [
                        self._article(
                            cid,
                            f"{self._name(cid)}（更新）",
                            "2025-01-02",
                            GOV_OFFICE,
                            FILLER_BODY,
                        )
                    ],
                ),
            )

    def _news(self) -> None:
        start = date(2025, 3, 24)
        notices = []
        for i, title in enumerate(NOTICE_TITLES):
            pub = (start - timedelta(days=4 * i + 1)).isoformat()
            body = NEGATIVE_BODY if "法治" in title else FILLER_BODY
            notices.append(self._article(15, title, pub, GOV_OFFICE, body, notice=True))
        self.page("/channel/15.html", self._column(15, notices))
        news = []
        for i, title in enumerate(NEWS_TITLES):
            pub = (start - timedelta(days=3 * i)).isoformat()
            body = NEGATIVE_BODY if "法治" in title else FILLER_BODY
            news.append(self._article(11, title, pub, "榆社县融媒体中心", body, notice=True))
        self.page("/channel/11.html", self._column(11, news))
        self.notices, self.headlines = notices, news

    def _site_map(self) -> None:
        sections = "".join(
            '<div class="map-item"><h3>'
            + (
                f'<a href="/channel/{cols[0][1]}.html">{esc(section)}</a>'
                if section != "政务公开"
                else esc(section)
            )
            + '</h3><ul class="clearfix">'
            + "".join(
                f'<li><a href="/channel/{cid}.html" target="_blank">{esc(name)}</a></li>'
                for name, cid in cols
            )
            + "</ul></div>"
            for section, cols in SITE_MAP
        )
        main = f'<div class="map-box"><div class="map-tit">网站地图</div>{sections}</div>'
        self.page("/wzdt.html", self._frame("网站地图", [("首页", "/index.html")], main))

    # --- pages -------------------------------------------------------------------------------
    def _name(self, cid: int) -> str:
        return next((n for _, cols in SITE_MAP for n, c in cols if c == cid), "")

    def _path(self, cid: int, pub: str) -> str:
        self.next_id += 13
        return f"/content/{cid}/{pub[:4]}/{pub[5:7]}{pub[8:10]}/{self.next_id}.html"

    def _article(
        self,
        cid: int,
        title: str,
        pub: str,
        publisher: str,
        body: list[str],
        *,
        notice: bool = False,
    ) -> tuple[str, str, str]:
        path = self._path(cid, pub)
        if notice:
            html = self._notice(title, body, cid, pub, publisher)
        else:
            html = self._detail(
                title,
                body,
                cid,
                pub=pub,
                index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                publisher=publisher,
                written_date=pub,
            )
        self.page(path, html)
        if body is NEGATIVE_BODY:
            self.negative_titles.append(title)
        return title, path, pub

    def _detail(
        self,
        title: str,
        body: list[str],
        cid: int,
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str = "",
    ) -> str:
        table = (
            '<table class="xxgk-table" width="100%" border="0" cellspacing="0" cellpadding="0">'
            f"<tr><th>索引号：</th><td>{esc(index_no)}</td>"
            f"<th>主题分类：</th><td>{esc(self._name(cid) or '其他')}</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(publisher)}</td>"
            f"<th>成文日期：</th><td>{esc(written_date)}</td></tr>"
            f"<tr><th>文　　号：</th><td>{esc(doc_no)}</td>"
            f"<th>发布日期：</th><td>{esc(pub)}</td></tr></table>"
        )
        main = (
            '<div class="article">'
            + table
            + f"<h1>{esc(title)}</h1>"
            + '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(title, self._crumbs(cid), main)

    def _notice(self, title: str, body: list[str], cid: int, pub: str, source: str) -> str:
        main = (
            '<div class="article"><h1>'
            + esc(title)
            + "</h1>"
            + f'<div class="article-info">发布时间：{esc(pub)}　来源：{esc(source)}　'
            + '浏览次数：<span id="views"></span></div>'
            + '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(title, self._crumbs(cid), main)

    def _crumbs(self, cid: int) -> list[tuple[str, str]]:
        section = next((s for s, cols in SITE_MAP if any(c == cid for _, c in cols)), None)
        crumbs = [("首页", "/index.html")]
        if section is not None:
            crumbs.append((section, "javascript:;"))
        name = self._name(cid)
        if name:
            crumbs.append((name, f"/channel/{cid}.html"))
        return crumbs

    def _column(
        self,
        cid: int,
        items: list[tuple[str, str, str]],
        *,
        name: str | None = None,
        after: str = "",
    ) -> str:
        name = name or self._name(cid)
        rows = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f"<span>{esc(d)}</span></li>"
            for t, u, d in items
        )
        main = (
            f'<div class="list-box"><div class="list-tit"><span>{esc(name)}</span></div>'
            f'<ul class="list" id="articleList">{rows}</ul>{after}</div>'
        )
        return self._frame(name, self._crumbs(cid)[:-1], main)

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == API:
            params = dict(parse_qsl(hit.query, keep_blank_values=True))
            raw = params.get("pageNo", "1")
            n = int(raw) if raw.isdigit() else 1
            if params.get("channelId") != str(FZZF):
                data: dict[str, object] = {"code": 404, "msg": "栏目不存在", "data": None}
            else:
                n = min(max(n, 1), len(self.api_pages))
                data = {
                    "code": 0,
                    "msg": "success",
                    "data": {
                        "pageNo": n,
                        "pageSize": PAGE_SIZE,
                        "totalCount": len(self.column_items[FZZF]),
                        "totalPage": len(self.api_pages),
                        "list": [
                            {
                                "id": int(u.rsplit("/", 1)[1].split(".")[0]),
                                "title": t,
                                "linkUrl": u,
                                "publishDate": d,
                                "channelName": "法治政府建设",
                            }
                            for t, u, d in self.api_pages[n]
                        ],
                    },
                }
            body = json.dumps(data, ensure_ascii=False).encode("utf-8")
            return Reply(200, body, {"Content-Type": "application/json;charset=UTF-8"})
        return super().dynamic(hit)

    # --- home ----------------------------------------------------------------------------------
    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items[:7]
                )
                + "</ul></div>"
            )

        banners = [
            ("学习贯彻党的二十届三中全会精神", "/zt/2024/xxgc/index.html"),
            ("优化营商环境", "/zt/yhyshj/index.html"),
            ("创建全国文明城市", "/zt/cjwmcs/index.html"),
        ]
        main = (
            '<div class="home-row"><div class="focus" id="focus"><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank"><img src="/upload/focus{k}.jpg" '
                f'alt="" /></a></li>'
                for k, (_, u, _d) in enumerate(self.headlines[:3])
            )
            + "</ul></div>"
            + box("今日要闻", "/channel/11.html", self.headlines)
            + box("通知公告", "/channel/15.html", self.notices)
            + "</div>"
            '<div class="home-row zt-banners">'
            + "".join(
                f'<a href="{u}" target="_blank"><img src="/upload/zt{k}.jpg" alt="{esc(t)}" /></a>'
                for k, (t, u) in enumerate(banners)
            )
            + "</div>"
            '<div class="home-row"><div class="home-fw"><div class="box-tit"><span>政务服务</span>'
            '</div><ul><li><a href="https://www.sxzwfw.gov.cn/icity/public/index" '
            'target="_blank">个人办事</a></li><li><a href="https://www.sxzwfw.gov.cn/icity/'
            'public/legal" target="_blank">法人办事</a></li></ul></div>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)
        for _t, u in banners:
            self.page(u, self._frame("专题专栏", [("首页", "/index.html")], "<p>专题建设中</p>"))
        nav = "".join(
            f"<li><a href=\\'/channel/{cols[0][1]}.html\\'>{section}</a></li>"
            for section, cols in SITE_MAP
        )
        self.pages["/js/nav.js"] = Reply(
            200,
            f"document.write('<ul class=\"nav\"><li><a href=\\'/\\'>首页</a></li>{nav}</ul>');".encode(),
            {"Content-Type": "application/javascript"},
        )

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        location = fu.crumbs(crumbs, label="当前位置：") if crumbs else ""
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={})
            + fu.access_toolbar(SITE).replace(
                '<a href="/wap/"', '<a href="/wzdt.html" class="wzdt">网站地图</a> <a href="/wap/"'
            )
            + '<div class="header"><div class="wrap"><a class="logo" href="/index.html">'
            f'<img src="/images/logo.png" alt="{SITE}" /></a>'
            '<div class="search"><form action="/search/index.html" method="get">'
            '<input type="text" name="q" /><input type="submit" value="搜索" /></form></div>'
            "</div></div>"
            '<div class="mainnav"><div class="wrap">'
            '<script type="text/javascript" src="/js/nav.js"></script></div></div>'
            + '<div class="main wrap">'
            + location
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="晋ICP备05003417号",
                police="晋公网安备 14072102000105号",
                code=CODE,
                address="山西省晋中市榆社县箕城镇迎春路1号",
            ).replace('href="/wzdt/"', 'href="/wzdt.html"')
            + "</body></html>"
        )

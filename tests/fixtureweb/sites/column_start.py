"""A Jiangxi county portal on a Java 站群 CMS (`/channel/N.html`) configured by the URL of a
column the user pasted, not the home page:

- `column_start` starts at 法治政府建设 (`/channel/1203.html`): ten items on the page, a
  `加载更多` button whose handler steps `pageNo` and asks `/api/content/list`
  (`data: {channelId: 1203, pageNo: pageNo, pageSize: 10}`); the 县政府's 2024 report is on the
  page, its 2023 report in API page 2, the 县司法局's 2022 report in page 3, beside 工作要点,
  实施方案, 一图读懂, a 解读, 考核 and 推进会 items; nothing in the column's URL or link names
  法治 (its `<title>` and heading do);
- 其他主动公开内容 (`/channel/1205.html`, a TRS-style `createPageHTML(3, 0, "1205", "html")`
  pager: `1205_1.html`, `1205_2.html`) holds the 县应急管理局's 2024 report on page 1 and the
  县市场监管局's 2023 report on page 3, among 公示 and 通知; `column_start_page2` starts at its
  page 2 (`/channel/1205_1.html`);
- every page has the 政务公开 tree (政策文件, 法治政府建设, 其他主动公开内容, 政府信息公开年报)
  and the portal's furniture; the home page's boxes are news and notices.

Report pages: a 信息公开 table (索引号, 发布机构, 成文日期, 文号, 发布日期) above the `<h1>`.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "安远县人民政府"
CODE = "3607260001"
CREDIT = "11360726014510938K"
GOV_OFFICE = "安远县人民政府办公室"
SFJ = "安远县司法局"
FZZF = 1203
QTZD = 1205
PAGE_SIZE = 10
QTZD_SIZE = 6
API = "/api/content/list"


class ColumnStartSite(BlindSite):
    name = "column_start"
    region = "江西省赣州市安远县"

    def start_url(self) -> str:
        return f"{self.base_url}/channel/{FZZF}.html"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 880_000
        self._fzzf()
        self._qtzd()
        self._others()
        self._home()

    # --- 法治政府建设: ten on the page, the rest by 加载更多 ------------------------------------
    def _fzzf(self) -> None:
        g = self._gold
        n = self._negative
        items = [
            n(FZZF, "安远县2025年法治政府建设工作要点", "2025-04-02", GOV_OFFICE),
            g(
                FZZF,
                "安远县人民政府关于2024年度法治政府建设情况的报告",
                "003",
                "2025-03-25",
                publisher=SITE,
                index_no=f"{CREDIT}/2025-0325001",
                written_date="2025-03-21",
                doc_no="安府字〔2025〕14号",
            ),
            n(FZZF, "一图读懂安远县2024年度法治政府建设情况报告", "2025-03-26", SFJ),
            n(
                FZZF,
                "关于《安远县人民政府关于2024年度法治政府建设情况的报告》的解读",
                "2025-03-26",
                SFJ,
            ),
            n(FZZF, "安远县2024年度法治政府建设考核结果公示", "2025-02-14", SFJ),
            n(FZZF, "安远县召开2025年法治政府建设工作推进会", "2025-02-10", GOV_OFFICE),
            n(FZZF, "关于开展法治政府建设示范创建活动的通知", "2024-11-05", SFJ),
            n(FZZF, "安远县2024年法治政府建设工作要点", "2024-04-08", GOV_OFFICE),
            n(FZZF, "安远县召开2024年法治政府建设工作推进会", "2024-03-29", GOV_OFFICE),
            n(FZZF, "安远县2023年度法治政府建设考核结果公示", "2024-02-20", SFJ),
            # API page 2
            g(
                FZZF,
                "安远县人民政府关于2023年度法治政府建设情况的报告",
                "001",
                "2024-03-22",
                publisher=SITE,
                index_no=f"{CREDIT}/2024-0322004",
                written_date="2024-03-19",
                doc_no="安府字〔2024〕11号",
            ),
            n(FZZF, "安远县2023年法治政府建设工作要点", "2023-04-10", GOV_OFFICE),
            n(FZZF, "安远县法治政府建设实施方案（2021—2025年）", "2022-03-01", SITE),
            *[
                n(FZZF, f"安远县召开{y}年法治政府建设工作推进会", f"{y}-03-2{y % 9}", GOV_OFFICE)
                for y in (2023, 2022)
            ],
            *[
                n(FZZF, f"安远县{y}年度法治政府建设考核结果公示", f"{y + 1}-02-1{y % 9}", SFJ)
                for y in (2022, 2021)
            ],
            n(FZZF, "安远县2022年法治政府建设工作要点", "2022-04-06", GOV_OFFICE),
            n(FZZF, "关于2022年度法治政府建设督察反馈问题整改情况的报告", "2022-12-20", SITE),
            n(FZZF, "安远县2021年法治政府建设工作要点", "2021-04-12", GOV_OFFICE),
            # API page 3
            g(
                FZZF,
                "安远县司法局2022年度法治政府建设工作报告",
                "004",
                "2023-02-08",
                publisher=SFJ,
                index_no="11360726MB1768423P/2023-0208002",
                written_date="2023-02-06",
            ),
            n(FZZF, "一图读懂安远县2022年度法治政府建设工作情况", "2023-02-09", SFJ),
        ]
        self.api_pages = {
            k + 1: items[k * PAGE_SIZE : (k + 1) * PAGE_SIZE]
            for k in range(-(-len(items) // PAGE_SIZE))
        }
        total = len(self.api_pages)
        script = (
            '<div class="more-box"><a href="javascript:;" id="loadMore" class="load-more">'
            "加载更多</a></div>\n"
            '<script type="text/javascript">\n'
            f"var pageNo = 1, totalPage = {total};\n"
            "$('#loadMore').on('click', function(){\n"
            "  if (pageNo >= totalPage) { return; }\n"
            "  pageNo++;\n"
            "  $.ajax({\n"
            f"    url: '{API}',\n"
            "    type: 'get',\n"
            "    dataType: 'json',\n"
            f"    data: {{channelId: {FZZF}, pageNo: pageNo, pageSize: {PAGE_SIZE}}},\n"
            "    success: function(res){\n"
            "      var html = '';\n"
            "      $.each(res.data.records, function(i, item){\n"
            '        html += \'<li><a href="\' + item.url + \'" target="_blank" title="\''
            " + item.title + '\">' + item.title + '</a><span>' + item.pubDate"
            " + '</span></li>';\n"
            "      });\n"
            "      $('#contentList').append(html);\n"
            "      if (pageNo >= res.data.pages) { $('#loadMore').hide(); }\n"
            "    }\n"
            "  });\n"
            "});\n"
            "</script>\n"
        )
        self.page(
            f"/channel/{FZZF}.html",
            self._column(FZZF, "法治政府建设", self.api_pages[1], after=script),
        )

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == API:
            params = dict(parse_qsl(hit.query, keep_blank_values=True))
            raw = params.get("pageNo", "1")
            n = min(max(int(raw) if raw.isdigit() else 1, 1), len(self.api_pages))
            if params.get("channelId") != str(FZZF):
                data: dict[str, object] = {"code": 500, "msg": "channel not found"}
            else:
                data = {
                    "code": 200,
                    "msg": "操作成功",
                    "data": {
                        "current": n,
                        "size": PAGE_SIZE,
                        "pages": len(self.api_pages),
                        "records": [
                            {"title": t, "url": u, "pubDate": d, "channelId": FZZF}
                            for t, u, d in self.api_pages[n]
                        ],
                    },
                }
            body = json.dumps(data, ensure_ascii=False).encode("utf-8")
            return Reply(200, body, {"Content-Type": "application/json;charset=UTF-8"})
        return super().dynamic(hit)

    # --- 其他主动公开内容: three static pages by createPageHTML ---------------------------------
    def _qtzd(self) -> None:
        g = self._gold
        items = [
            self._filler(QTZD, "安远县2025年第一季度重点项目建设进展情况", "2025-04-07"),
            g(
                QTZD,
                "安远县应急管理局2024年度法治政府建设工作报告",
                "000",
                "2025-03-18",
                publisher="安远县应急管理局",
                index_no="11360726MB1745110C/2025-0318001",
                written_date="2025-03-18",
            ),
            self._negative(QTZD, "安远县2024年度行政执法数据公示", "2025-03-10", SFJ),
            self._filler(QTZD, "关于2025年春季森林防火工作的通告", "2025-03-02"),
            self._filler(QTZD, "安远县2025年耕地地力保护补贴发放公示", "2025-02-26"),
            self._filler(QTZD, "安远县2024年第四季度重点项目建设进展情况", "2025-01-09"),
            # page 2
            *[
                self._filler(QTZD, f"安远县{m}月份政府采购意向公开", f"2024-{m:02d}-05")
                for m in (12, 11, 10, 9, 8, 7)
            ],
            # page 3
            self._filler(QTZD, "安远县2024年第二季度重点项目建设进展情况", "2024-07-01"),
            g(
                QTZD,
                "安远县市场监督管理局2023年度法治政府建设工作报告",
                "001",
                "2024-03-12",
                publisher="安远县市场监督管理局",
                index_no="11360726MB1794475R/2024-0312003",
                written_date="2024-03-11",
            ),
            self._negative(QTZD, "安远县2023年政府信息公开工作年度报告", "2024-01-25", GOV_OFFICE),
        ]
        chunks = [items[k : k + QTZD_SIZE] for k in range(0, len(items), QTZD_SIZE)]
        for k, chunk in enumerate(chunks):
            pager = (
                '<div class="pagination"><script type="text/javascript">'
                f'createPageHTML({len(chunks)}, {k}, "{QTZD}", "html");</script></div>'
            )
            path = f"/channel/{QTZD}.html" if k == 0 else f"/channel/{QTZD}_{k}.html"
            self.page(path, self._column(QTZD, "其他主动公开内容", chunk, after=pager))

    def _others(self) -> None:
        self.page(
            "/channel/1201.html",
            self._column(
                1201,
                "政策文件",
                [
                    self._filler(
                        1201,
                        "安远县人民政府关于印发安远县优化营商环境若干措施的通知",
                        "2025-03-12",
                    ),
                    self._filler(
                        1201, "安远县人民政府办公室关于加强城市内涝治理的实施意见", "2025-02-21"
                    ),
                ],
            ),
        )
        ndbg = []
        for y in range(2024, 2019, -1):
            title = f"安远县人民政府{y}年政府信息公开工作年度报告"
            ndbg.append(self._filler(1207, title, f"{y + 1}-01-2{y % 8}"))
            self.negative_titles.append(title)
        self.page("/channel/1207.html", self._column(1207, "政府信息公开年报", ndbg))
        self.page(
            "/channel/1200.html",
            self._frame(
                "政务公开",
                [("首页", "/index.html")],
                self._tree() + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
                "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p></div>",
            ),
        )
        self.news = [
            self._notice(1101, "安远县召开县政府第35次常务会议", "2025-04-10"),
            self._notice(1101, "县领导调研春季农业生产工作", "2025-04-02"),
            self._notice(1101, "安远县召开2025年法治政府建设工作推进会", "2025-02-10", True),
        ]
        self.page("/channel/1101.html", self._column(1101, "安远要闻", self.news, tree=False))
        self.notices = [
            self._notice(1102, "安远县2025年公开招聘社区工作者公告", "2025-04-06"),
            self._notice(1102, "关于2025年清明节期间加强森林防火的通告", "2025-03-28"),
        ]
        self.page("/channel/1102.html", self._column(1102, "通知公告", self.notices, tree=False))

    # --- pages ---------------------------------------------------------------------------------
    def _path(self, cid: int, pub: str) -> str:
        self.next_id += 31
        return f"/content/{cid}/{pub[:4]}/{pub[5:7]}{pub[8:10]}/{self.next_id}.html"

    def _gold(
        self, cid: int, title: str, seed: str, pub: str, **meta: str
    ) -> tuple[str, str, str]:
        path = self._path(cid, pub)
        body = self.gold_report(path, seed, title, publish_date=pub, **meta)
        self.page(path, self._detail(cid, title, body, pub=pub, **meta))
        return title, path, pub

    def _negative(self, cid: int, title: str, pub: str, publisher: str) -> tuple[str, str, str]:
        path = self._path(cid, pub)
        self.page(
            path,
            self._detail(
                cid,
                title,
                NEGATIVE_BODY,
                pub=pub,
                index_no=f"{CREDIT}/{pub[:4]}-{pub[5:7]}{pub[8:10]}{self.next_id % 1000:03d}",
                publisher=publisher,
                written_date=pub,
            ),
        )
        self.negative_titles.append(title)
        return title, path, pub

    def _filler(self, cid: int, title: str, pub: str) -> tuple[str, str, str]:
        path = self._path(cid, pub)
        self.page(
            path,
            self._detail(
                cid,
                title,
                FILLER_BODY,
                pub=pub,
                index_no=f"{CREDIT}/{pub[:4]}-{pub[5:7]}{pub[8:10]}{self.next_id % 1000:03d}",
                publisher=GOV_OFFICE,
                written_date=pub,
            ),
        )
        return title, path, pub

    def _notice(
        self, cid: int, title: str, pub: str, negative: bool = False
    ) -> tuple[str, str, str]:
        path = self._path(cid, pub)
        main = (
            f'<div class="detail"><h1>{esc(title)}</h1>'
            f'<div class="detail-info">发布时间：{esc(pub)}　来源：{esc(GOV_OFFICE)}　'
            '浏览：<span id="views"></span></div><div class="detail-con">\n'
            + fu.paragraphs(NEGATIVE_BODY if negative else FILLER_BODY)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        self.page(
            path,
            self._frame(
                title, [("首页", "/index.html"), ("新闻中心", "/channel/1101.html")], main
            ),
        )
        if negative:
            self.negative_titles.append(title)
        return title, path, pub

    def _detail(
        self,
        cid: int,
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
            '<table class="gk-info" width="100%" border="1" cellspacing="0" cellpadding="0">'
            f"<tr><th>索引号：</th><td>{esc(index_no)}</td>"
            f"<th>发布机构：</th><td>{esc(publisher)}</td></tr>"
            f"<tr><th>成文日期：</th><td>{esc(written_date)}</td>"
            f"<th>发布日期：</th><td>{esc(pub)}</td></tr>"
            f'<tr><th>文号：</th><td colspan="3">{esc(doc_no)}</td></tr></table>'
        )
        main = (
            '<div class="detail">'
            + table
            + f"<h1>{esc(title)}</h1>"
            + '<div class="detail-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(title, self._crumbs(cid), main)

    def _crumbs(self, cid: int) -> list[tuple[str, str]]:
        return [("首页", "/index.html"), ("政务公开", "/channel/1200.html")]

    def _tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/channel/1191.html", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("政策文件", "/channel/1201.html"),
                        ("法治政府建设", f"/channel/{FZZF}.html"),
                        ("其他主动公开内容", f"/channel/{QTZD}.html"),
                    ],
                ),
                ("政府信息公开年报", "/channel/1207.html", []),
            ],
        )

    def _column(
        self,
        cid: int,
        name: str,
        items: list[tuple[str, str, str]],
        *,
        after: str = "",
        tree: bool = True,
    ) -> str:
        rows = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f"<span>{esc(d)}</span></li>"
            for t, u, d in items
        )
        main = (
            (self._tree() if tree else "")
            + f'<div class="list-right"><div class="list-tit"><span>{esc(name)}</span></div>'
            + f'<ul class="list" id="contentList">{rows}</ul>{after}</div>'
        )
        crumbs = self._crumbs(cid) if tree else [("首页", "/index.html")]
        return self._frame(name, [*crumbs, (name, f"/channel/{cid}.html")], main)

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        main = (
            box("安远要闻", "/channel/1101.html", self.news)
            + box("通知公告", "/channel/1102.html", self.notices)
            + fu.interaction_sidebar()
        )
        html = self._frame(SITE, [], main)
        self.page("/index.html", html)
        self.page("/", html)

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", "/index.html"),
            ("走进安远", "/channel/1001.html"),
            ("新闻中心", "/channel/1101.html"),
            ("政务公开", "/channel/1200.html"),
            ("政务服务", "https://www.jxzwfww.gov.cn/"),
            ("互动交流", "/channel/1300.html"),
        ]
        head_title = SITE if title == SITE else f"{title}-{SITE}"
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
                icp="赣ICP备06001234号",
                police="赣公网安备 36072602000111号",
                code=CODE,
                address="江西省赣州市安远县欣山镇",
            )
            + "</body></html>"
        )


class ColumnStartPage2Site(ColumnStartSite):
    """The same portal configured by page 2 of 其他主动公开内容 (`/channel/1205_1.html`)."""

    name = "column_start_page2"

    def start_url(self) -> str:
        return f"{self.base_url}/channel/{QTZD}_1.html"

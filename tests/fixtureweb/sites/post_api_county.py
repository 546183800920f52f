"""A Jiangxi county portal on a 2021 jQuery template (no Vue): column listings show their first
page server-rendered, and every further page comes only from a JSON API asked by POST:

- the home page's main menu links 政务公开 (`/col/col100/index.html`), a landing page of the
  open-government columns (政府信息公开指南, 政策文件, 法治政府建设, 政府信息公开年报, 部门信息公开)
  and 通知公告; its boxes are 信丰要闻 and 通知公告 (each with `更多>>`);
- column pages (`/col/col<N>/index.html`) render fifteen items and a pager of buttons with no
  URL (`<a href="javascript:;" data-page="2">2</a>`, `下一页`, `尾页`, `共73条 共5页`); an inline
  script binds them to `$.ajax({url: '/api/article/page', type: 'POST', contentType:
  'application/json', data: JSON.stringify({channelId: '8a2f…', pageNo: n, pageSize: 15})})`
  and redraws the list from `res.data.list` (`title`, `url`, `publishTime`); the API answers
  GET with 405 and a form-encoded body with 400 (Spring's `@RequestBody`);
- 法治政府建设 holds 73 items, newest first: the 县政府's 2024 report on page 1, its 2023 report
  on page 3, its 2022 report on page 4, beside 工作要点, 实施方案, 推进会, 考核, 督察, 述法,
  一图读懂, 普法, 行政执法 and 行政复议 items of every year;
- 部门信息公开 lists the departments' pages (`/bm/<dept>/index.html`, an older template); the
  县司法局's 法治政府建设 column (`/bm/sfj/fzzfjs/index.html`) shows ten items and a pager bound to
  `$.post('/api/list', {cid: 12, page: n})` (form-encoded; JSON `{"total":…,"rows":[…]}`); its
  2024 report is on page 2;
- article pages are server-rendered: a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号,
  发布日期) above the `<h1>`, a 发布时间/来源/浏览次数/字体 line, the text in `#zoom`, 打印/关闭,
  分享到 and a 相关阅读 list of news items.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from urllib.parse import parse_qsl

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "信丰县人民政府"
CODE = "3607220003"
GOV = "信丰县人民政府"
GOV_OFFICE = "信丰县人民政府办公室"
SFJ = "信丰县司法局"
CREDIT = "11360722014518960C"
SFJ_CREDIT = "113607220145189924"
PAGE_SIZE = 15
DEPT_PAGE_SIZE = 10
API = "/api/article/page"
DEPT_API = "/api/list"
DEPT_CID = 12

# column number (in URLs) → (name, API channel id)
COLUMNS: dict[int, tuple[str, str]] = {
    3401: ("信丰要闻", "8a2f0b7c7b1d4e0f017b2a9c4d5e0001"),
    3402: ("通知公告", "8a2f0b7c7b1d4e0f017b2a9c4d5e0002"),
    3411: ("政府信息公开指南", "8a2f0b7c7b1d4e0f017b2a9c4d5e0011"),
    3412: ("政策文件", "8a2f0b7c7b1d4e0f017b2a9c4d5e0012"),
    3421: ("法治政府建设", "8a2f0b7c7b1d4e0f017b2a9c4d5e0021"),
    3431: ("政府信息公开年报", "8a2f0b7c7b1d4e0f017b2a9c4d5e0031"),
}
FZZF = 3421
NAV = [
    ("首页", "/index.html"),
    ("走进信丰", "/col/col3301/index.html"),
    ("新闻中心", "/col/col3401/index.html"),
    ("政务公开", "/col/col100/index.html"),
    ("政务服务", "https://www.jxzwfww.gov.cn/jxzw/index.do"),
    ("互动交流", "/col/col3501/index.html"),
]
DEPTS = [
    ("县发展和改革委员会", "fgw"),
    ("县教育体育局", "jtj"),
    ("县司法局", "sfj"),
    ("县财政局", "czj"),
]

# 法治政府建设 decoys: (template, publisher); {y} is a year.
FZZF_DECOYS = [
    ("信丰县{y}年法治政府建设工作要点", GOV_OFFICE),
    ("信丰县召开{y}年法治政府建设工作推进会", GOV_OFFICE),
    ("关于{p}年度法治政府建设考核结果的通报", GOV_OFFICE),
    ("关于开展{y}年度法治政府建设督察工作的通知", GOV_OFFICE),
    ("信丰县{p}年行政执法统计年报", SFJ),
    ("信丰县{y}年度重大行政决策事项目录", GOV),
    ("关于开展{y}年“八五”普法中期检查工作的通知", SFJ),
    ("信丰县{p}年行政复议和行政应诉工作情况", SFJ),
    ("关于开展行政规范性文件清理工作的通知（{y}年）", GOV_OFFICE),
    ("信丰县举办{y}年度领导干部法治专题讲座", SFJ),
    ("关于公布{y}年度县政府法律顾问名单的通知", GOV_OFFICE),
    ("信丰县{y}年度行政执法人员培训班开班", SFJ),
    ("关于开展{y}年“法治政府建设示范项目”申报工作的通知", SFJ),
    ("信丰县{y}年度“谁执法谁普法”责任清单", SFJ),
    ("关于{p}年度法治政府建设督察反馈问题整改情况的报告", GOV),
    ("信丰县{p}年度行政执法数据公示", SFJ),
]


class PostApiCountySite(BlindSite):
    name = "post_api_county"
    region = "江西省赣州市信丰县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 1847210
        self.column_items: dict[int, list[tuple[str, str, str]]] = {}
        self.dept_items: list[tuple[str, str, str]] = []
        self.news_links: list[tuple[str, str, str]] = []
        self._news()
        self._fzzf()
        self._other_columns()
        self._dept_sites()
        self._gkml()
        self._home()

    # --- 法治政府建设 ----------------------------------------------------------------------
    def _fzzf(self) -> None:
        items: list[tuple[str, str, str]] = []
        golds = {
            2025: (
                "信丰县人民政府关于2024年度法治政府建设工作情况的报告",
                "003",
                "2025-03-27",
                "2025-03-24",
                "信府字〔2025〕11号",
            ),
            2024: (
                "信丰县人民政府关于2023年度法治政府建设工作情况的报告",
                "000",
                "2024-03-28",
                "2024-03-25",
                "信府字〔2024〕9号",
            ),
            2023: (
                "信丰县人民政府关于2022年度法治政府建设工作情况的报告",
                "001",
                "2023-03-30",
                "2023-03-27",
                "信府字〔2023〕14号",
            ),
        }
        extra = {
            2025: [
                ("一图读懂《信丰县人民政府关于2024年度法治政府建设工作情况的报告》", GOV_OFFICE)
            ],
            2024: [
                ("一图读懂《信丰县人民政府关于2023年度法治政府建设工作情况的报告》", GOV_OFFICE),
                ("信丰县人民政府县长2023年度述法报告", GOV),
            ],
            2022: [("信丰县法治政府建设实施方案（2021—2025年）", GOV)],
            2021: [("信丰县法治宣传教育第八个五年规划（2021—2025年）", SFJ)],
        }
        for year in range(2025, 2020, -1):
            entries: list[tuple[str, str, str | None]] = []
            for k, (tpl, pub_by) in enumerate(FZZF_DECOYS):
                month = 1 + (k * 7 + year) % 12
                if year == 2025:
                    month = 1 + k % 3
                title = tpl.format(y=year, p=year - 1)
                entries.append(
                    (title, pub_by, f"{year}-{month:02d}-{3 + (k * 5 + year) % 24:02d}")
                )
            for title, pub_by in extra.get(year, []):
                entries.append(
                    (title, pub_by, f"{year}-03-29" if "一图读懂" in title else f"{year}-02-17")
                )
            if year in golds:
                entries.append((golds[year][0], GOV, golds[year][2]))
            entries.sort(key=lambda e: e[2] or "", reverse=True)
            for title, pub_by, pub in entries:
                assert pub is not None
                if year in golds and title == golds[year][0]:
                    _, seed, _, written, doc_no = golds[year]
                    path = self._path(FZZF, pub)
                    body = self.gold_report(
                        path,
                        seed,
                        title,
                        publisher=GOV,
                        publish_date=pub,
                        index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 10000:05d}",
                        written_date=written,
                        doc_no=doc_no,
                    )
                    self.page(
                        path,
                        self._detail(
                            title,
                            body,
                            FZZF,
                            pub=pub,
                            index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 10000:05d}",
                            publisher=GOV,
                            written_date=written,
                            doc_no=doc_no,
                        ),
                    )
                    items.append((title, path, pub))
                else:
                    items.append(self._article(FZZF, title, pub, pub_by, NEGATIVE_BODY))
        self.column_items[FZZF] = items
        self._column_pages(FZZF)

    def _news(self) -> None:
        start = date(2025, 4, 8)
        news = [
            "信丰县召开县政府第42次常务会议",
            "县人大常委会听取和审议县政府2024年度法治政府建设工作情况报告",
            "信丰县召开2025年全县法治政府建设工作会议",
            "信丰脐橙产业高质量发展推进会召开",
            "我县开展“3·15”国际消费者权益日宣传活动",
            "信丰县举办2025年春风行动专场招聘会",
            "县领导督导检查春季森林防火工作",
            "信丰县召开优化营商环境工作推进会",
            "县政府常务会议听取2024年度法治政府建设工作报告",
            "信丰县启动2025年城乡环境综合整治行动",
            "我县召开安全生产工作会议",
            "县领导调研农村人居环境整治工作",
            "信丰县召开2025年防汛工作部署会",
            "信丰县开展民法典宣传月活动",
            "我县开展春季植树造林活动",
            "县领导走访慰问困难群众",
            "信丰县召开巩固拓展脱贫攻坚成果推进会",
            "我县举办2025年“学雷锋”志愿服务活动",
        ]
        items = []
        for i, title in enumerate(news):
            pub = (start - timedelta(days=3 * i)).isoformat()
            body = NEGATIVE_BODY if "法治" in title else FILLER_BODY
            items.append(self._article(3401, title, pub, "信丰县融媒体中心", body, notice=True))
        self.column_items[3401] = items
        self.news_links = items[:5]
        notices = [
            "信丰县2025年公开招聘城市社区专职工作者公告",
            "关于开展2025年度法治政府建设示范创建活动的通知",
            "信丰县2025年春季森林防火期禁火令",
            "关于城区部分路段停电检修的通知",
            "关于报送2024年度法治政府建设工作情况报告的通知",
            "信丰县2025年第一季度政府采购意向公开",
            "关于举办全县行政执法人员法律知识培训班的通知",
            "信丰县2025年耕地地力保护补贴发放公示",
            "关于做好2025年城乡居民医保参保缴费工作的通告",
            "信丰县2024年度拟任用干部任前公示",
            "关于信丰县国有建设用地使用权挂牌出让的公告",
            "信丰县2025年义务教育阶段招生工作公告",
            "关于征求《信丰县重大行政决策程序规定（征求意见稿）》意见的公告",
            "信丰县2025年度普法依法治理工作要点",
            "关于开展2025年第一次“双随机、一公开”抽查工作的通知",
            "信丰县关于调整最低工资标准的通知",
            "关于公布信丰县行政执法主体清单的公告",
        ]
        items = []
        for i, title in enumerate(notices):
            pub = (start - timedelta(days=4 * i + 1)).isoformat()
            body = NEGATIVE_BODY if "法治" in title or "普法" in title else FILLER_BODY
            items.append(self._article(3402, title, pub, GOV_OFFICE, body, notice=True))
        self.column_items[3402] = items
        self._column_pages(3401)
        self._column_pages(3402)

    def _other_columns(self) -> None:
        fillers = {
            3411: ["信丰县人民政府信息公开指南（2025年修订）", "信丰县人民政府办公室信息公开指南"],
            3412: [
                "信丰县人民政府关于印发信丰县城乡环境综合整治工作方案的通知",
                "信丰县人民政府办公室关于进一步加强耕地保护工作的通知",
                "信丰县人民政府关于印发信丰县重大行政决策程序规定的通知",
                "信丰县人民政府办公室关于印发信丰县行政规范性文件管理办法的通知",
            ],
        }
        for cid, titles in fillers.items():
            self.column_items[cid] = [
                self._article(
                    cid,
                    t,
                    (date(2025, 3, 1) - timedelta(days=37 * k + cid % 7)).isoformat(),
                    GOV_OFFICE,
                    FILLER_BODY,
                )
                for k, t in enumerate(titles)
            ]
            self._column_pages(cid)
        items = []
        for year in range(2024, 2014, -1):
            for who, by in ((GOV, GOV_OFFICE), ("信丰县司法局", SFJ)):
                items.append(
                    self._article(
                        3431,
                        f"{who}{year}年政府信息公开工作年度报告",
                        f"{year + 1}-01-{20 + year % 8:02d}",
                        by,
                        FILLER_BODY,
                    )
                )
                self.negative_titles.append(items[-1][0])
        self.column_items[3431] = items
        self._column_pages(3431)
        for cid, name in ((3301, "县情概况"), (3501, "县长信箱")):
            self.page(
                f"/col/col{cid}/index.html",
                self._frame(name, [("首页", "/index.html"), (name, "")], "<p>栏目建设中</p>"),
            )

    # --- 部门 ------------------------------------------------------------------------------
    def _dept_sites(self) -> None:
        for unit, slug in DEPTS:
            cols = [("机构职能", "jgzn"), ("通知公告", "tzgg")]
            if slug == "sfj":
                cols.append(("法治政府建设", "fzzfjs"))
            for cname, cslug in cols:
                if slug == "sfj" and cslug == "fzzfjs":
                    continue
                t = f"信丰{unit}{cname}"
                item = self._article(
                    9000 + DEPTS.index((unit, slug)), t, "2025-02-20", f"信丰{unit}", FILLER_BODY
                )
                self.page(
                    f"/bm/{slug}/{cslug}/index.html",
                    self._dept_frame(unit, slug, cname, self._dept_list([item])),
                )
            links = "".join(
                f'<li><a href="/bm/{slug}/{cslug}/index.html">{esc(cname)}</a></li>'
                for cname, cslug in cols
            )
            self.page(
                f"/bm/{slug}/index.html",
                self._dept_frame(unit, slug, "", f'<ul class="dept-cols">{links}</ul>'),
            )
        self._sfj_fzzf()

    def _sfj_fzzf(self) -> None:
        items: list[tuple[str, str, str]] = []
        titles = [
            ("信丰县司法局2025年普法依法治理工作要点", "2025-04-01"),
            ("信丰县司法局开展“民法典宣传月”活动", "2025-03-31"),
            ("县司法局召开2025年全县司法行政工作会议", "2025-03-20"),
            ("信丰县2024年度行政执法“三项制度”落实情况", "2025-03-14"),
            ("关于报送2024年度法治政府建设工作情况报告的通知", "2025-02-26"),
            ("县司法局开展行政执法案卷评查工作", "2025-02-21"),
            ("信丰县司法局2025年法治政府建设工作计划", "2025-02-13"),
            ("信丰县司法局负责人2024年度述法报告", "2025-02-11"),
            ("县司法局组织开展“法律进乡村”活动", "2025-01-23"),
            ("信丰县司法局2024年政府信息公开工作年度报告", "2025-01-20"),
            # page 2
            ("信丰县司法局2024年度法治政府建设工作报告", "2025-01-16"),
            ("县司法局召开2024年度法治政府建设推进会", "2024-12-18"),
            ("信丰县公共法律服务体系建设实施方案", "2024-11-27"),
            ("县司法局开展行政复议宣传活动", "2024-10-30"),
            ("信丰县司法局2024年法治政府建设工作计划", "2024-03-06"),
            ("信丰县司法局2023年政府信息公开工作年度报告", "2024-01-19"),
            ("县司法局召开2023年度法治政府建设推进会", "2023-12-20"),
            ("信丰县“八五”普法规划中期评估报告", "2023-11-08"),
            ("县司法局开展“宪法宣传周”活动", "2022-12-05"),
            ("信丰县司法局法治政府建设示范创建工作方案", "2022-06-17"),
            # page 3
            ("县司法局召开2022年度法治政府建设推进会", "2022-03-11"),
            ("信丰县司法局2021年政府信息公开工作年度报告", "2022-01-18"),
            ("县司法局开展行政执法人员资格考试", "2021-11-09"),
        ]
        for title, pub in titles:
            if title == "信丰县司法局2024年度法治政府建设工作报告":
                path = self._path(DEPT_CID, pub)
                index_no = f"{SFJ_CREDIT}/2025-00004"
                body = self.gold_report(
                    path,
                    "004",
                    title,
                    publisher=SFJ,
                    publish_date=pub,
                    index_no=index_no,
                    written_date="2025-01-15",
                )
                self.page(
                    path,
                    self._detail(
                        title,
                        body,
                        DEPT_CID,
                        pub=pub,
                        index_no=index_no,
                        publisher=SFJ,
                        written_date="2025-01-15",
                        crumbs=self._sfj_crumbs(),
                    ),
                )
                items.append((title, path, pub))
                continue
            body = FILLER_BODY
            if "法治" in title or "普法" in title or "述法" in title:
                body = NEGATIVE_BODY
            items.append(self._article(DEPT_CID, title, pub, SFJ, body, crumbs=self._sfj_crumbs()))
        self.dept_items = items
        total = len(items)
        pages = -(-total // DEPT_PAGE_SIZE)
        pager = (
            '<div class="page" id="pageBar">'
            '<a href="javascript:void(0);" onclick="goPage(1)">首页</a>'
            '<a href="javascript:void(0);" onclick="goPage(curPage-1)">上一页</a>'
            + "".join(
                f'<a href="javascript:void(0);" onclick="goPage({n})"'
                + (' class="cur"' if n == 1 else "")
                + f">{n}</a>"
                for n in range(1, pages + 1)
            )
            + '<a href="javascript:void(0);" onclick="goPage(curPage+1)">下一页</a>'
            f'<a href="javascript:void(0);" onclick="goPage({pages})">尾页</a>'
            f'<span>共{total}条记录 第<em id="cp">1</em>/{pages}页</span></div>'
        )
        script = (
            '<script type="text/javascript">\n'
            f"var curPage = 1, totalPage = {pages};\n"
            "function goPage(n){\n"
            "  if (n < 1 || n > totalPage || n == curPage) return;\n"
            f"  $.post('{DEPT_API}', {{cid: {DEPT_CID}, page: n}}, function(res){{\n"
            "    var html = '';\n"
            "    for (var i = 0; i < res.rows.length; i++) {\n"
            "      var r = res.rows[i];\n"
            "      html += '<li><a href=\"' + r.link + '\" target=\"_blank\">' + r.title"
            " + '</a><span class=\"date\">' + r.date + '</span></li>';\n"
            "    }\n"
            "    $('#newsList').html(html);\n"
            "    curPage = n; $('#cp').text(n);\n"
            "    $('#pageBar a').removeClass('cur').filter(function(){ return $(this).text() == n; })"
            ".addClass('cur');\n"
            "  }, 'json');\n"
            "}\n"
            "</script>\n"
        )
        self.page(
            "/bm/sfj/fzzfjs/index.html",
            self._dept_frame(
                "县司法局",
                "sfj",
                "法治政府建设",
                self._dept_list(items[:DEPT_PAGE_SIZE]) + pager + script,
            ),
        )

    def _dept_list(self, items: list[tuple[str, str, str]]) -> str:
        return (
            '<ul class="news-list" id="newsList">'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a>'
                f'<span class="date">{esc(d)}</span></li>'
                for t, u, d in items
            )
            + "</ul>"
        )

    def _sfj_crumbs(self) -> list[tuple[str, str]]:
        return [
            ("首页", "/index.html"),
            ("部门信息公开", "/col/col200/index.html"),
            ("县司法局", "/bm/sfj/index.html"),
            ("法治政府建设", "/bm/sfj/fzzfjs/index.html"),
        ]

    def _dept_frame(self, unit: str, slug: str, column: str, main: str) -> str:
        crumbs = [
            ("首页", "/index.html"),
            ("部门信息公开", "/col/col200/index.html"),
            (unit, f"/bm/{slug}/index.html"),
        ]
        if column:
            crumbs.append((column, ""))
        box = (
            f'<div class="dept-box"><div class="dept-tit">信丰{esc(unit)}'
            + (f" · {esc(column)}" if column else "")
            + f"</div>{main}</div>"
        )
        return self._frame(f"{column or unit}_{unit}", crumbs, box)

    # --- 政务公开 landing ----------------------------------------------------------------------
    def _gkml(self) -> None:
        cols = [3411, 3412, FZZF, 3431]
        links = "".join(
            f'<li><a href="/col/col{c}/index.html">{esc(COLUMNS[c][0])}</a></li>' for c in cols
        )
        links += '<li><a href="/col/col200/index.html">部门信息公开</a></li>'
        self.page(
            "/col/col100/index.html",
            self._frame(
                "政务公开",
                [("首页", "/index.html"), ("政务公开", "")],
                f'<div class="gk-nav"><h3>法定主动公开内容</h3><ul>{links}</ul></div>',
            ),
        )
        depts = "".join(
            f'<li><a href="/bm/{slug}/index.html">信丰{esc(unit)}</a></li>' for unit, slug in DEPTS
        )
        self.page(
            "/col/col200/index.html",
            self._frame(
                "部门信息公开",
                [
                    ("首页", "/index.html"),
                    ("政务公开", "/col/col100/index.html"),
                    ("部门信息公开", ""),
                ],
                f'<ul class="dept-list">{depts}</ul>',
            ),
        )

    # --- pages -------------------------------------------------------------------------------
    def _path(self, cid: int, pub: str) -> str:
        self.next_id += 17
        y, m, d = pub.split("-")
        return f"/art/{y}/{int(m)}/{int(d)}/art_{cid}_{self.next_id}.html"

    def _article(
        self,
        cid: int,
        title: str,
        pub: str,
        publisher: str,
        body: list[str],
        *,
        notice: bool = False,
        crumbs: list[tuple[str, str]] | None = None,
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
                index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 10000:05d}",
                publisher=publisher,
                written_date=pub,
                crumbs=crumbs,
            )
        self.page(path, html)
        if body is NEGATIVE_BODY:
            self.negative_titles.append(title)
        return title, path, pub

    def _related(self) -> str:
        return (
            '<div class="related"><div class="related-tit">相关阅读</div><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, u, d in self.news_links
            )
            + "</ul></div>"
        )

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
        crumbs: list[tuple[str, str]] | None = None,
    ) -> str:
        topic = COLUMNS.get(cid, ("法治政府建设", ""))[0]
        table = (
            '<div class="xxgk-info"><table>'
            f'<tr><td class="lab">索 引 号：</td><td>{esc(index_no)}</td>'
            f'<td class="lab">主题分类：</td><td>{esc(topic)}</td></tr>'
            f'<tr><td class="lab">发布机构：</td><td>{esc(publisher)}</td>'
            f'<td class="lab">成文日期：</td><td>{esc(written_date)}</td></tr>'
            f'<tr><td class="lab">文　　号：</td><td>{esc(doc_no)}</td>'
            f'<td class="lab">发布日期：</td><td>{esc(pub)}</td></tr></table></div>'
        )
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="art-title">{esc(title)}</h1>'
            + f'<div class="art-info"><span>发布时间：{esc(pub)}</span>'
            + f"<span>来源：{esc(publisher)}</span>"
            + '<span>浏览次数：<em id="hits">--</em></span>'
            + '<span class="font">字体：[<a href="javascript:;" onclick="doZoom(18)">大</a> '
            + '<a href="javascript:;" onclick="doZoom(16)">中</a> '
            + '<a href="javascript:;" onclick="doZoom(14)">小</a>]</span></div>'
            + '<div class="art-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + self._related()
            + "</div>"
            + fu.float_share()
        )
        return self._frame(title, crumbs or self._crumbs(cid), main)

    def _notice(self, title: str, body: list[str], cid: int, pub: str, source: str) -> str:
        main = (
            f'<div class="article"><h1 class="art-title">{esc(title)}</h1>'
            + f'<div class="art-info"><span>发布时间：{esc(pub)} 09:00</span>'
            + f"<span>来源：{esc(source)}</span>"
            + '<span>浏览次数：<em id="hits">--</em></span></div>'
            + '<div class="art-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + self._related()
            + "</div>"
        )
        return self._frame(title, self._crumbs(cid), main)

    def _crumbs(self, cid: int) -> list[tuple[str, str]]:
        name = COLUMNS.get(cid, ("", ""))[0]
        crumbs = [("首页", "/index.html")]
        if cid in (3401, 3402):
            crumbs.append(("新闻中心", "/col/col3401/index.html"))
        else:
            crumbs.append(("政务公开", "/col/col100/index.html"))
        if name:
            crumbs.append((name, f"/col/col{cid}/index.html"))
        return crumbs

    def _column_pages(self, cid: int) -> None:
        """The column's first page, server-rendered, with a pager bound to the POST API."""
        name, channel = COLUMNS[cid]
        items = self.column_items[cid]
        total = len(items)
        pages = max(1, -(-total // PAGE_SIZE))
        rows = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f'<span class="time">{esc(d)}</span></li>'
            for t, u, d in items[:PAGE_SIZE]
        )
        buttons = "".join(
            f'<a href="javascript:;" data-page="{n}"'
            + (' class="active"' if n == 1 else "")
            + f">{n}</a>"
            for n in range(1, min(pages, 5) + 1)
        )
        pager = (
            '<div class="pagination" id="pagination">'
            '<a href="javascript:;" class="first">首页</a>'
            '<a href="javascript:;" class="prev disabled">上一页</a>'
            f"{buttons}"
            '<a href="javascript:;" class="next">下一页</a>'
            f'<a href="javascript:;" class="last" data-page="{pages}">尾页</a>'
            f'<span class="total">共<em id="total">{total}</em>条 共<em id="pages">{pages}</em>页</span>'
            "</div>"
        )
        script = (
            '<script type="text/javascript">\n'
            f"var curPage = 1, totalPage = {pages};\n"
            "function render(list) {\n"
            "  var html = '';\n"
            "  $.each(list, function (i, item) {\n"
            '    html += \'<li><a href="\' + item.url + \'" target="_blank" title="\' + item.title'
            " + '\">' + item.title + '</a><span class=\"time\">' + item.publishTime + '</span></li>';\n"
            "  });\n"
            "  $('#listBox').html(html);\n"
            "}\n"
            "function loadPage(n) {\n"
            "  if (n < 1 || n > totalPage) return;\n"
            "  $.ajax({\n"
            f"    url: '{API}',\n"
            "    type: 'POST',\n"
            "    contentType: 'application/json',\n"
            "    dataType: 'json',\n"
            f"    data: JSON.stringify({{channelId: '{channel}', pageNo: n, pageSize: {PAGE_SIZE}}}),\n"
            "    success: function (res) {\n"
            "      if (res.code == 200) {\n"
            "        render(res.data.list);\n"
            "        curPage = n;\n"
            "        $('#pagination a[data-page]').removeClass('active');\n"
            "        $('#pagination a[data-page=\"' + n + '\"]').addClass('active');\n"
            "      }\n"
            "    }\n"
            "  });\n"
            "}\n"
            "$(function () {\n"
            "  $('#pagination').on('click', 'a[data-page]', function () { loadPage(parseInt($(this).data('page'))); });\n"
            "  $('#pagination .first').click(function () { loadPage(1); });\n"
            "  $('#pagination .prev').click(function () { loadPage(curPage - 1); });\n"
            "  $('#pagination .next').click(function () { loadPage(curPage + 1); });\n"
            "});\n"
            "</script>\n"
        )
        main = (
            f'<div class="list-wrap"><div class="list-tit"><span>{esc(name)}</span></div>'
            f'<ul class="list" id="listBox">{rows}</ul>{pager}</div>{script}'
        )
        self.page(
            f"/col/col{cid}/index.html",
            self._frame(name, [*self._crumbs(cid)[:-1], (name, "")], main),
        )

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == API:
            return self._api(hit)
        if hit.path == DEPT_API:
            return self._dept_api(hit)
        return super().dynamic(hit)

    def _api(self, hit: Hit) -> Reply:
        if hit.method != "POST":
            return _json(
                {
                    "timestamp": "2025-04-10T08:00:00.000+08:00",
                    "status": 405,
                    "error": "Method Not Allowed",
                    "message": f"Request method '{hit.method}' not supported",
                    "path": API,
                },
                405,
                {"Allow": "POST"},
            )
        ctype = {k.lower(): v for k, v in hit.headers.items()}.get("content-type", "")
        try:
            if "application/json" not in ctype.lower():
                raise ValueError
            params = json.loads(hit.body.decode("utf-8") or "null")
            if not isinstance(params, dict):
                raise ValueError
        except ValueError:
            return _json({"code": 400, "msg": "参数格式错误", "data": None}, 400)
        channel = str(params.get("channelId", ""))
        cid = next((c for c, (_, ch) in COLUMNS.items() if ch == channel), None)
        if cid is None or cid not in self.column_items:
            return _json({"code": 500, "msg": "栏目不存在", "data": None})
        try:
            n = max(1, int(params.get("pageNo", 1)))
            size = min(50, max(1, int(params.get("pageSize", PAGE_SIZE))))
        except (TypeError, ValueError):
            return _json({"code": 400, "msg": "参数格式错误", "data": None}, 400)
        items = self.column_items[cid]
        chunk = items[(n - 1) * size : n * size]
        return _json(
            {
                "code": 200,
                "msg": "操作成功",
                "data": {
                    "total": len(items),
                    "pageNo": n,
                    "pageSize": size,
                    "list": [
                        {
                            "id": u.rsplit("_", 1)[1].split(".")[0],
                            "title": t,
                            "url": u,
                            "publishTime": d,
                            "channelName": COLUMNS[cid][0],
                        }
                        for t, u, d in chunk
                    ],
                },
            }
        )

    def _dept_api(self, hit: Hit) -> Reply:
        if hit.method != "POST":
            return _json({"status": 405, "error": "Method Not Allowed"}, 405, {"Allow": "POST"})
        ctype = {k.lower(): v for k, v in hit.headers.items()}.get("content-type", "")
        params = (
            dict(parse_qsl(hit.body.decode("utf-8", "replace")))
            if "application/x-www-form-urlencoded" in ctype.lower()
            else {}
        )
        if params.get("cid") != str(DEPT_CID):
            return _json({"status": 0, "msg": "缺少参数cid", "total": 0, "rows": []}, 400)
        raw = params.get("page", "1")
        n = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        chunk = self.dept_items[(n - 1) * DEPT_PAGE_SIZE : n * DEPT_PAGE_SIZE]
        return _json(
            {
                "status": 1,
                "total": len(self.dept_items),
                "page": n,
                "rows": [{"title": t, "link": u, "date": d} for t, u, d in chunk],
            }
        )

    # --- home ----------------------------------------------------------------------------------
    def _home(self) -> None:
        def box(cid: int) -> str:
            name = COLUMNS[cid][0]
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(name)}</span>'
                f'<a class="more" href="/col/col{cid}/index.html" target="_blank">更多&gt;&gt;</a>'
                "</div><ul>"
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in self.column_items[cid][:7]
                )
                + "</ul></div>"
            )

        quick = "".join(
            f'<li><a href="/col/col{c}/index.html">{esc(COLUMNS[c][0])}</a></li>'
            for c in (3411, 3412, 3431)
        )
        main = (
            '<div class="home-row">'
            + box(3401)
            + box(3402)
            + "</div>"
            + '<div class="home-row"><div class="home-gk"><div class="box-tit"><span>政务公开</span>'
            + '<a class="more" href="/col/col100/index.html">更多&gt;&gt;</a></div>'
            + f"<ul>{quick}</ul></div>"
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        location = fu.crumbs([(t, u or "javascript:;") for t, u in crumbs]) if crumbs else ""
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + location
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="赣ICP备05004628号-1",
                police="赣公网安备 36072202000118号",
                code=CODE,
                address="江西省赣州市信丰县嘉定镇行政中心",
            )
            + "</body></html>"
        )


def _json(data: object, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Reply(
        status, body, {"Content-Type": "application/json;charset=UTF-8", **(headers or {})}
    )

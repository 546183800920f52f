"""A Jiangsu county portal rebuilt on a server-rendered Vue (Nuxt 2) front end over a RuoYi-style
`/prod-api/` back end, as some provinces' newer sites are. The HTML is server-rendered (every
text is there without JavaScript), minified onto one line, and carries none of the classic CMS
names:

- hashed CSS-module classes (`ArticleDetail_content__x7Kq2`), `data-v-…` scope attributes,
  Tailwind utility classes, `<!---->` placeholders for `v-if`s, no `<article>`, no `<h1>`: the
  title is a `<div class="text-2xl font-bold …">`, and the `<title>` of every article page is
  the route's static head, `文章详情 - 建湖县人民政府`;
- lists print titles through the template's `ellipsis(24)` filter (`…情况的...`), with no
  `title=` attribute;
- the 信息公开 metadata is a CSS grid of `<span class="label">索引号</span><span
  class="value">…</span>` with no colons; dates are written `2025年03月27日`, the publish date a
  `<time datetime="2025-03-27T09:12:33+08:00">`; an empty 文号 shows `--`; 来源 (the drafting
  department) is in the byline beside 浏览次数 and a 字号 widget and can differ from 发布机构;
- the body is the CMS editor's rich text inside a `v-html` wrapper: editor paragraphs
  (`<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">…`), text pasted from Word
  (`MsoNormal`, digits in Times New Roman runs, `<o:p>&nbsp;</o:p>` spacers), or `<p>　　…`;
  the 2024 report opens with its title set in two centred lines; below the body an empty 附件
  block, 分享到, 上一篇/下一篇 and a 相关推荐 list of other items of the column;
- `window.__NUXT__=(function(a,b,…){return {…}}(…))` holds the page's data again: the article
  with its `content` as an escaped HTML string, or the list page's rows;
- links are client routes: `/article/20531`, columns `/zwgk/fzzfjs`, list pages `?page=2` (the
  pager's numbers are `<a href="?page=N">`, 上一页/下一页 are `<button>`s, a 前往 input); the
  `/prod-api/` back end its scripts call answers as RuoYi does;
- furniture: a cookie-consent bar, an accessibility strip (无障碍, 长者模式, 繁體), a sticky
  header with search, a floating 返回顶部 button, a four-column footer grid (主办/承办, 网站
  标识码, ICP备, 公网安备, 党政机关 badge, 政府网站找错, 扫一扫 QR).

Ways in: the header's 政务公开 (`/zwgk`) shows a 信息公开目录 sidebar and cards of its columns'
newest items; 法治政府建设 (`/zwgk/fzzfjs`) has 22 items over three pages: the 县政府's 2024
report on page 1, its 2023 report on page 2, the 2022 report on page 3; beside them 工作要点,
实施方案, 图解 and 解读 of a report, a 述法报告, 考核公示, 督察整改 and 行政执法 reports,
notices and a meeting. 部门信息公开 units (`/zwgk/bm/sfj`) are pages of Element UI tabs, every
pane server-rendered, the inactive ones `display:none`: the 县司法局's 2024 report is in its
法治政府建设 pane. 政府信息公开年报 and 通知公告 hold further lookalikes.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs

from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "建湖县人民政府"
SHORT = "建湖县"
CODE = "3209250001"
GOV = "建湖县人民政府"
GOV_OFFICE = "建湖县人民政府办公室"
SFJ = "建湖县司法局"
GOV_CREDIT = "11320925014123456X"
SFJ_CREDIT = "11320925014123501K"
PAGE_SIZE = 10
CHUNKS = ("2d9f1c4.js", "a81e0b7.js", "f03c6d2.js", "7be4a19.js")

NAV = [
    ("首页", "/"),
    ("走进建湖", "/zjjh"),
    ("新闻中心", "/news/jhyw"),
    ("政务公开", "/zwgk"),
    ("政务服务", "https://jszwfw.gov.cn/jsjis/front/login.do"),
    ("互动交流", "/hdjl"),
    ("专题专栏", "/ztzl"),
]
# 信息公开目录: (branch, path, leaves)
CATALOGUE: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("政府信息公开指南", "/zwgk/xxgkzn", []),
    ("政府信息公开制度", "/zwgk/xxgkzd", []),
    (
        "法定主动公开内容",
        "",
        [
            ("机构职能", "/zwgk/jgzn"),
            ("政策文件", "/zwgk/zcwj"),
            ("规划计划", "/zwgk/ghjh"),
            ("财政预决算", "/zwgk/czyjs"),
            ("法治政府建设", "/zwgk/fzzfjs"),
            ("重大行政决策", "/zwgk/zdxzjc"),
        ],
    ),
    (
        "部门信息公开",
        "",
        [
            ("县发展改革委", "/zwgk/bm/fgw"),
            ("县教育局", "/zwgk/bm/jyj"),
            ("县司法局", "/zwgk/bm/sfj"),
            ("县财政局", "/zwgk/bm/czj"),
        ],
    ),
    ("政府信息公开年报", "/zwgk/ndbg", []),
    ("依申请公开", "/zwgk/ysqgk", []),
]
# 部门信息公开: unit code → (name, credit code); each unit page holds its columns as tabs.
DEPTS = {
    "fgw": ("建湖县发展和改革委员会", "11320925014123472P"),
    "jyj": ("建湖县教育局", "11320925014123480J"),
    "sfj": (SFJ, SFJ_CREDIT),
    "czj": ("建湖县财政局", "11320925014123499E"),
}
DEPT_TABS = [
    ("jgzn", "机构概况"),
    ("zcwj", "政策文件"),
    ("fzzf", "法治政府建设"),
    ("ndbg", "信息公开年报"),
]
TITLE_CUT = 24
COLUMN_NAMES = {
    p.rsplit("/", 1)[1]: n
    for _, _, leaves in CATALOGUE
    for n, p in leaves
    if not p.startswith("/zwgk/bm/")
} | {p.rsplit("/", 1)[1]: n for n, p, _ in CATALOGUE if p}
NEWS_COLUMNS = {"jhyw": "建湖要闻", "tzgg": "通知公告", "bmdt": "部门动态"}


class NuxtSsrCountySite(BlindSite):
    name = "nuxt_ssr_county"
    region = "江苏省盐城市建湖县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 20388
        # column code → [(id, title, publish time "YYYY-MM-DD HH:MM:SS")]
        self.columns: dict[str, list[tuple[int, str, str]]] = {}
        self.articles: dict[int, dict[str, object]] = {}
        self._fzzfjs()
        self._depts()
        self._others()
        self._news()
        for code, items in self.columns.items():
            items.sort(key=lambda r: r[2], reverse=True)
            if "." not in code:  # a unit's columns are tabs of its page
                self._render_column(code, items)
        for unit in DEPTS:
            self._render_dept(unit)
        for art_id in self.articles:
            self._render_article(art_id)
        self._zwgk()
        self._home()
        self._simple_pages()

    # --- content ----------------------------------------------------------------------------
    def _add(
        self,
        column: str,
        title: str,
        pub: str,
        *,
        publisher: str,
        body: list[str] | None = None,
        body_html: str | None = None,
        index_no: str | None = None,
        written: str | None = None,
        doc_no: str = "",
        source: str | None = None,
        negative: bool = False,
        style: str = "editor",
        heading: list[str] | None = None,
    ) -> int:
        self.next_id += 7 + len(title) % 5
        art_id = self.next_id
        if index_no is None and column not in NEWS_COLUMNS:
            credit = DEPTS[column.split(".", maxsplit=1)[0]][1] if "." in column else GOV_CREDIT
            index_no = f"{credit}/{pub[:4]}-{art_id % 997:05d}"
        self.articles[art_id] = {
            "column": column,
            "title": title,
            "pub": pub,
            "publisher": publisher,
            "source": source or publisher,
            "body": body or [],
            "body_html": body_html,
            "index_no": index_no,
            "written": written or pub[:10],
            "doc_no": doc_no,
            "style": style,
            "heading": heading or [],
        }
        self.columns.setdefault(column, []).append((art_id, title, pub))
        if negative:
            self.negative_titles.append(title)
        return art_id

    def _gold(
        self,
        title: str,
        seed: str,
        pub: str,
        *,
        publisher: str,
        index_no: str,
        written: str,
        doc_no: str | None,
        source: str | None = None,
        column: str = "fzzfjs",
        style: str = "editor",
        heading: list[str] | None = None,
    ) -> int:
        art_id = self.next_id + 7 + len(title) % 5
        body = self.gold_report(
            f"/article/{art_id}",
            seed,
            title,
            publisher=publisher,
            publish_date=pub[:10],
            index_no=index_no,
            written_date=written,
            doc_no=doc_no,
        )
        made = self._add(
            column,
            title,
            pub,
            publisher=publisher,
            body=body,
            index_no=index_no,
            written=written,
            doc_no=doc_no or "",
            source=source,
            style=style,
            heading=heading,
        )
        assert made == art_id
        return art_id

    def _fzzfjs(self) -> None:
        def neg(title: str, pub: str, publisher: str = GOV_OFFICE, **kw: object) -> None:
            self._add("fzzfjs", title, pub, publisher=publisher, negative=True, **kw)  # type: ignore[arg-type]

        r2024 = "建湖县人民政府关于2024年度法治政府建设情况的报告"
        r2023 = "建湖县人民政府关于2023年度法治政府建设情况的报告"
        picture = (
            '<p style="text-align: center;"><img src="/prod-api/profile/upload/2025/03/28/'
            'tujie_20250328091533A001.jpg" alt="" style="max-width: 100%;"></p>'
        )
        # page 1
        neg(
            "建湖县2025年法治政府建设工作要点",
            "2025-04-08 16:02:11",
            doc_no="建政办发〔2025〕21号",
        )
        neg(f"图解：{r2024}", "2025-03-28 09:20:47", SFJ, body_html=picture)
        neg(
            f"《{r2024}》政策解读",
            "2025-03-28 09:18:02",
            SFJ,
            body=[
                f"近日，{SHORT}人民政府公开发布了《{r2024}》，现就有关内容解读如下。",
                *NEGATIVE_BODY[:4],
            ],
        )
        self._gold(
            r2024,
            "003",
            "2025-03-27 09:12:33",
            publisher=GOV,
            index_no=f"{GOV_CREDIT}/2025-00031",
            written="2025-03-24",
            doc_no="建政发〔2025〕18号",
            source=SFJ,
            heading=["建湖县人民政府", "关于2024年度法治政府建设情况的报告"],
        )
        neg("建湖县人民政府县长2024年度述法报告", "2025-03-14 10:40:00", GOV)
        neg("建湖县2024年度法治政府建设考核结果公示", "2025-02-26 15:31:09")
        neg("关于开展2025年度法治政府建设督察工作的通知", "2025-01-21 09:00:15", SFJ)
        neg("建湖县2024年度行政执法工作情况报告", "2025-01-16 14:22:40", SFJ)
        neg(
            "建湖县召开2025年法治政府建设工作推进会",
            "2025-01-09 17:45:03",
            SFJ,
            index_no="",
        )
        # page 2
        neg(
            "建湖县2024年法治政府建设工作要点",
            "2024-04-10 10:12:00",
            doc_no="建政办发〔2024〕19号",
        )
        neg(
            "关于2023年度法治政府建设督察反馈问题整改情况的报告",
            "2024-04-02 08:55:41",
            GOV,
            doc_no="建政发〔2024〕26号",
        )
        neg(f"一图读懂《{r2023}》", "2024-03-29 16:08:12", SFJ, body_html=picture)
        self._gold(
            r2023,
            "000",
            "2024-03-28 10:21:05",
            publisher=GOV,
            index_no=f"{GOV_CREDIT}/2024-00027",
            written="2024-03-25",
            doc_no="建政发〔2024〕21号",
            style="word",
        )
        neg("建湖县2023年度法治政府建设考核结果公示", "2024-02-20 15:00:00")
        neg("关于推荐第三批江苏省法治政府建设示范地区的公示", "2024-01-12 09:30:26", SFJ)
        neg("建湖县2024年度重大行政决策事项目录", "2024-01-05 10:00:00", GOV)
        neg(
            "建湖县2023年法治政府建设工作要点",
            "2023-04-12 11:20:37",
            doc_no="建政办发〔2023〕17号",
        )
        neg(
            "关于印发《建湖县行政执法“三项制度”实施办法》的通知",
            "2023-04-06 16:45:10",
            GOV,
            doc_no="建政规〔2023〕2号",
        )
        neg("建湖县2022年度法治政府建设考核结果公示", "2023-04-03 09:10:00")
        # page 3
        self._gold(
            "建湖县2022年度法治政府建设工作报告",
            "001",
            "2023-03-30 15:36:48",
            publisher=GOV,
            index_no=f"{GOV_CREDIT}/2023-00022",
            written="2023-03-29",
            doc_no="建政发〔2023〕15号",
            style="word",
        )
        neg("建湖县法治政府建设实施方案（2021—2025年）", "2022-02-18 10:00:00", GOV)
        neg("建湖县2022年法治政府建设工作要点", "2022-04-11 09:26:14")

    def _depts(self) -> None:
        for unit, (name, _) in DEPTS.items():
            short = name.removeprefix(SHORT)
            self._add(
                f"{unit}.jgzn",
                f"{name}主要职责",
                "2024-12-20 10:00:00",
                publisher=name,
                body=FILLER_BODY,
            )
            self._add(
                f"{unit}.jgzn",
                f"{name}内设机构",
                "2024-12-20 09:50:00",
                publisher=name,
                body=FILLER_BODY,
            )
            self._add(
                f"{unit}.ndbg",
                f"{name}2024年政府信息公开工作年度报告",
                "2025-01-24 09:00:00",
                publisher=name,
                body=FILLER_BODY,
                negative=True,
            )
            self._add(
                f"{unit}.ndbg",
                f"{name}2023年政府信息公开工作年度报告",
                "2024-01-26 09:00:00",
                publisher=name,
                body=FILLER_BODY,
                negative=True,
            )
            self._add(
                f"{unit}.fzzf",
                f"{short}2025年普法依法治理工作要点",
                "2025-03-06 15:20:00",
                publisher=name,
                body=NEGATIVE_BODY,
                negative=True,
            )
        self._add(
            "fgw.zcwj",
            "关于印发《建湖县2025年重大项目投资计划》的通知",
            "2025-02-19 10:00:00",
            publisher=DEPTS["fgw"][0],
            body=FILLER_BODY,
        )
        self._add(
            "jyj.fzzf",
            "建湖县教育局关于开展2024年度“法治进校园”活动情况的通报",
            "2025-01-08 16:00:00",
            publisher=DEPTS["jyj"][0],
            body=NEGATIVE_BODY,
            negative=True,
        )
        self._gold(
            "建湖县司法局2024年度法治政府建设工作情况报告",
            "004",
            "2025-02-11 11:05:27",
            publisher=SFJ,
            index_no=f"{SFJ_CREDIT}/2025-00004",
            written="2025-02-10",
            doc_no=None,
            column="sfj.fzzf",
            style="plain",
        )
        self._add(
            "sfj.fzzf",
            "建湖县司法局2024年度行政执法数据统计",
            "2025-01-15 09:30:00",
            publisher=SFJ,
            body=NEGATIVE_BODY,
            negative=True,
        )
        self._add(
            "sfj.fzzf",
            "建湖县2024年度行政复议和行政应诉案件情况报告",
            "2025-01-10 09:30:00",
            publisher=SFJ,
            body=NEGATIVE_BODY,
            negative=True,
        )
        self._add(
            "sfj.zcwj",
            "建湖县司法局关于印发《建湖县公共法律服务体系建设实施方案》的通知",
            "2024-11-02 10:00:00",
            publisher=SFJ,
            body=FILLER_BODY,
        )

    def _render_dept(self, unit: str) -> None:
        name = DEPTS[unit][0]
        short = name.removeprefix(SHORT)
        tabs = list(DEPT_TABS)
        heads = "".join(
            f'<div id="tab-{c}" aria-controls="pane-{c}" role="tab" tabindex="{0 if k == 0 else -1}" '
            f'aria-selected="{"true" if k == 0 else "false"}" class="el-tabs__item is-top'
            + (" is-active" if k == 0 else "")
            + f'">{esc(n)}</div>'
            for k, (c, n) in enumerate(tabs)
        )
        panes = "".join(
            f'<div role="tabpanel" aria-hidden="{"false" if k == 0 else "true"}" id="pane-{c}" '
            f'aria-labelledby="tab-{c}" class="el-tab-pane"'
            + ("" if k == 0 else ' style="display:none;"')
            + ">"
            + self._list_rows(self.columns.get(f"{unit}.{c}", [])[:8]).replace(
                "data-v-8a3b2f61", "data-v-61c0ad2e"
            )
            + "</div>"
            for k, (c, n) in enumerate(tabs)
        )
        main = (
            '<div data-v-61c0ad2e class="flex gap-6">'
            + self._sidebar(f"/zwgk/bm/{unit}")
            + '<section data-v-61c0ad2e class="DeptPublic_root__Ub7c1 flex-1 bg-white p-6">'
            f'<div data-v-61c0ad2e class="text-xl font-bold pb-3">{esc(name)}</div>'
            '<div data-v-61c0ad2e class="el-tabs el-tabs--top"><div class="el-tabs__header is-top">'
            '<div class="el-tabs__nav-wrap is-top"><div class="el-tabs__nav-scroll">'
            f'<div role="tablist" class="el-tabs__nav is-top">{heads}</div></div></div></div>'
            f'<div class="el-tabs__content">{panes}</div></div></section></div>'
        )
        data = {
            "unit": {"code": unit, "name": name},
            "tabs": [
                {
                    "code": c,
                    "name": n,
                    "list": [self._row(i) for i, _, _ in self.columns.get(f"{unit}.{c}", [])[:8]],
                }
                for c, n in tabs
            ],
        }
        crumbs = [("首页", "/"), ("政务公开", "/zwgk"), ("部门信息公开", ""), (short, "")]
        self.page(f"/zwgk/bm/{unit}", self._frame(name, f"/zwgk/bm/{unit}", crumbs, main, data))

    def _others(self) -> None:
        for year in range(2024, 2018, -1):
            self._add(
                "ndbg",
                f"建湖县人民政府{year}年政府信息公开工作年度报告",
                f"{year + 1}-01-{20 + year % 8} 10:00:00",
                publisher=GOV_OFFICE,
                body=FILLER_BODY,
                negative=True,
            )
        self._add(
            "ndbg",
            "建湖县司法局2024年政府信息公开工作年度报告",
            "2025-01-24 09:00:00",
            publisher=SFJ,
            body=FILLER_BODY,
            negative=True,
        )
        fillers = {
            "zcwj": [
                ("建湖县人民政府关于印发建湖县优化营商环境若干措施的通知", "2025-03-20"),
                ("建湖县人民政府办公室关于做好2025年春季农业生产工作的通知", "2025-03-04"),
                ("建湖县人民政府关于公布2025年县级行政权力事项清单的通知", "2025-02-17"),
            ],
            "xxgkzn": [("建湖县人民政府信息公开指南", "2024-12-30")],
            "xxgkzd": [("建湖县政府信息公开保密审查制度", "2023-06-01")],
            "jgzn": [("建湖县人民政府领导工作分工", "2025-01-10")],
            "ghjh": [("建湖县国民经济和社会发展第十四个五年规划纲要", "2021-03-15")],
            "czyjs": [("建湖县2025年县级部门预算公开", "2025-02-08")],
            "zdxzjc": [("建湖县2025年度重大行政决策事项目录", "2025-01-06")],
            "ysqgk": [("建湖县政府信息依申请公开办理流程", "2022-05-20")],
        }
        for code, rows in fillers.items():
            for title, day in rows:
                self._add(code, title, f"{day} 09:00:00", publisher=GOV_OFFICE, body=FILLER_BODY)

    def _news(self) -> None:
        news = [
            ("建湖县召开县政府第四十二次常务会议", "2025-04-14", False),
            ("建湖县召开2025年法治政府建设工作推进会", "2025-04-11", True),
            ("县领导调研春季农业生产工作", "2025-04-07", False),
            ("建湖县举办2025年“春风行动”专场招聘会", "2025-03-30", False),
            ("我县开展“3·15”消费者权益保护宣传活动", "2025-03-15", False),
        ]
        for title, day, negative in news:
            self._add(
                "jhyw",
                title,
                f"{day} 18:30:00",
                publisher="建湖县融媒体中心",
                body=NEGATIVE_BODY if negative else FILLER_BODY,
                negative=negative,
            )
        notices = [
            ("建湖县2025年公开招聘社区工作者公告", "2025-04-09", False),
            ("关于召开全县2025年法治政府建设工作推进会的通知", "2025-04-03", True),
            ("关于城区部分路段临时停水的通知", "2025-03-26", False),
            ("关于开展法治政府建设示范创建活动的通知", "2025-03-12", True),
            ("建湖县2025年义务教育阶段招生工作公告", "2025-03-05", False),
        ]
        for title, day, negative in notices:
            self._add(
                "tzgg",
                title,
                f"{day} 16:00:00",
                publisher=GOV_OFFICE,
                body=NEGATIVE_BODY if negative else FILLER_BODY,
                negative=negative,
            )
        self._add(
            "bmdt",
            "县司法局开展“法治进乡村”集中宣传活动",
            "2025-03-20 11:00:00",
            publisher=SFJ,
            body=FILLER_BODY,
        )

    # --- Nuxt state --------------------------------------------------------------------------
    def _state(self) -> dict[str, object]:
        return {
            "site": {
                "siteName": SITE,
                "siteCode": CODE,
                "icp": "苏ICP备05012345号-1",
                "police": "苏公网安备 32092502000123号",
                "host": "建湖县人民政府办公室",
                "undertake": "建湖县大数据管理中心",
            },
            "menu": [{"name": n, "path": p} for n, p in NAV],
            "elder": False,
            "cookieAccepted": False,
        }

    def _nuxt(self, route: str, data: dict[str, object]) -> str:
        return nuxt_payload(
            {
                "layout": "default",
                "data": [data],
                "fetch": {},
                "error": None,
                "state": self._state(),
                "serverRendered": True,
                "routePath": route,
                "config": {
                    "baseApi": "/prod-api",
                    "_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None},
                },
            }
        )

    def _row(self, art_id: int) -> dict[str, object]:
        a = self.articles[art_id]
        return {
            "id": art_id,
            "title": a["title"],
            "publishTime": a["pub"],
            "columnCode": a["column"],
            "linkType": "0",
            "outLink": None,
            "thumb": None,
        }

    # --- pages -------------------------------------------------------------------------------
    def _frame(
        self,
        title: str,
        route: str,
        crumbs: list[tuple[str, str]],
        main: str,
        data: dict[str, object],
        *,
        description: str = "",
    ) -> str:
        head_title = SITE if title == SITE else f"{title} - {SITE}"
        preload = "".join(f'<link rel="preload" href="/_nuxt/{c}" as="script">' for c in CHUNKS)
        crumb_html = ""
        if crumbs:
            crumb_html = (
                '<div data-v-1c7e93aa class="Breadcrumb_root__p3Hx0 flex items-center gap-2 '
                'py-4 text-sm text-gray-500"><i data-v-1c7e93aa class="iconfont icon-home">'
                "</i><span data-v-1c7e93aa>当前位置</span>"
                + '<span data-v-1c7e93aa class="text-gray-300">/</span>'.join(
                    (
                        f'<a data-v-1c7e93aa href="{esc(u)}" class="hover:text-blue-700">{esc(t)}</a>'
                        if u
                        else f'<span data-v-1c7e93aa class="text-gray-700">{esc(t)}</span>'
                    )
                    for t, u in crumbs
                )
                + "</div>"
            )
        nav = "".join(
            f'<a data-v-5d2e8c10 href="{esc(u)}"'
            + (' target="_blank" rel="noopener"' if u.startswith("http") else "")
            + ' class="px-6 h-14 flex items-center text-lg text-white hover:bg-blue-800'
            + (" nuxt-link-exact-active nuxt-link-active bg-blue-800" if u == route else "")
            + f'">{esc(t)}</a>'
            for t, u in NAV
        )
        return (
            '<!doctype html><html lang="zh-CN" data-n-head-ssr data-n-head="%7B%22lang%22:'
            '%7B%22ssr%22:%22zh-CN%22%7D%7D"><head>'
            f"<title>{esc(head_title)}</title>"
            '<meta data-n-head="ssr" charset="utf-8">'
            '<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">'
            '<meta data-n-head="ssr" name="renderer" content="webkit">'
            f'<meta data-n-head="ssr" data-hid="description" name="description" content="{esc(description or SITE + "门户网站")}">'
            f'<meta data-n-head="ssr" name="SiteName" content="{SITE}">'
            f'<meta data-n-head="ssr" name="SiteIDCode" content="{CODE}">'
            '<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico">'
            + preload
            + '<style data-vue-ssr-id="6f1d2a0c:0 3b8e7d11:0">.Breadcrumb_root__p3Hx0{min-height:3rem}'
            ".ArticleDetail_content__x7Kq2 p{margin:0 0 1em}.BackTop_btn__R2c8v{z-index:99}</style>"
            "</head><body>"
            '<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout">'
            '<div data-v-6b1e2f4a class="Layout_root__W0q3n min-h-screen flex flex-col bg-gray-50">'
            # accessibility strip
            '<div data-v-2a4f7c31 class="TopStrip_strip__b8T1e bg-gray-100 text-xs text-gray-600">'
            '<div data-v-2a4f7c31 class="container mx-auto flex justify-between h-8 items-center">'
            f"<span data-v-2a4f7c31>欢迎访问{SITE}门户网站</span>"
            '<div data-v-2a4f7c31 class="flex gap-4"><button data-v-2a4f7c31 type="button" '
            'class="hover:text-blue-700">无障碍</button><button data-v-2a4f7c31 type="button" '
            'class="hover:text-blue-700">长者模式</button><button data-v-2a4f7c31 type="button">繁體</button>'
            '<a data-v-2a4f7c31 href="/m" class="hover:text-blue-700">移动版</a>'
            '<a data-v-2a4f7c31 href="/login" class="hover:text-blue-700">登录</a></div></div></div>'
            # sticky header
            '<header data-v-5d2e8c10 class="Header_root__Tq0Lm sticky top-0 z-50 bg-white shadow">'
            '<div data-v-5d2e8c10 class="container mx-auto flex items-center justify-between h-24">'
            f'<a data-v-5d2e8c10 href="/" class="nuxt-link-active"><img data-v-5d2e8c10 src="/_nuxt/img/logo.8c2f1e0.png" alt="{SITE}" class="h-16"></a>'
            '<form data-v-5d2e8c10 action="/search" class="flex border border-blue-700 rounded">'
            '<input data-v-5d2e8c10 name="keyword" placeholder="请输入关键词" class="px-3 w-64 outline-none">'
            '<button data-v-5d2e8c10 type="submit" class="px-4 bg-blue-700 text-white">搜索</button></form></div>'
            f'<nav data-v-5d2e8c10 class="bg-blue-700"><div data-v-5d2e8c10 class="container mx-auto flex">{nav}</div></nav>'
            "</header>"
            f'<main data-v-6b1e2f4a class="container mx-auto flex-1 pb-12">{crumb_html}{main}</main>'
            + footer()
            + '<button data-v-7e21b9d4 type="button" title="返回顶部" class="BackTop_btn__R2c8v '
            'fixed right-6 bottom-24 w-12 h-12 rounded-full bg-blue-700 text-white shadow-lg" '
            'style="display:none;"><i data-v-7e21b9d4 class="iconfont icon-top"></i><span '
            'data-v-7e21b9d4 class="text-xs">返回顶部</span></button>'
            '<div data-v-0f8c3e27 class="CookieConsent_bar__k2Lp7 fixed bottom-0 inset-x-0 z-50 '
            'bg-gray-800/90 text-white text-sm"><div data-v-0f8c3e27 class="container mx-auto flex '
            'items-center justify-between py-3"><p data-v-0f8c3e27>本网站使用Cookie以改善您的浏览体验，'
            '继续浏览即表示您同意我们使用Cookie。<a data-v-0f8c3e27 href="/yszc" class="underline">'
            '隐私政策</a></p><div data-v-0f8c3e27 class="flex gap-2"><button data-v-0f8c3e27 '
            'type="button" class="px-4 py-1 bg-blue-600 rounded">同意</button><button data-v-0f8c3e27 '
            'type="button" class="px-4 py-1 border rounded">拒绝</button></div></div></div>'
            "</div></div></div>"
            f"<script>{self._nuxt(route, data)}</script>"
            + "".join(f'<script src="/_nuxt/{c}" defer></script>' for c in CHUNKS)
            + "</body></html>"
        )

    def _sidebar(self, active: str) -> str:
        out = []
        for name, path, leaves in CATALOGUE:
            head = (
                f'<a data-v-4c1d8e5b href="{path}" class="block px-4 py-3 font-bold'
                + (" bg-blue-700 text-white" if path == active else " hover:bg-blue-50")
                + f'">{esc(name)}</a>'
                if path
                else f'<div data-v-4c1d8e5b class="px-4 py-3 font-bold cursor-pointer">{esc(name)}'
                '<i data-v-4c1d8e5b class="el-icon-arrow-down float-right"></i></div>'
            )
            kids = "".join(
                f'<a data-v-4c1d8e5b href="{p}" class="block pl-8 py-2 text-sm'
                + (
                    " text-blue-700 font-bold nuxt-link-active"
                    if p == active
                    else " hover:text-blue-700"
                )
                + f'">{esc(n)}</a>'
                for n, p in leaves
            )
            out.append(f'<div data-v-4c1d8e5b class="border-b">{head}{kids}</div>')
        return (
            '<aside data-v-4c1d8e5b class="SideMenu_root__V9d3k w-64 shrink-0 bg-white">'
            '<div data-v-4c1d8e5b class="h-12 flex items-center px-4 bg-blue-700 text-white text-lg">'
            f"信息公开目录</div>{''.join(out)}</aside>"
        )

    def _list_rows(self, rows: list[tuple[int, str, str]]) -> str:
        if not rows:
            return (
                '<div data-v-8a3b2f61 class="el-empty py-20 text-center text-gray-400">'
                '<p data-v-8a3b2f61 class="el-empty__description">暂无数据</p></div>'
            )
        return (
            '<ul data-v-8a3b2f61 class="divide-y divide-dashed">'
            + "".join(
                f'<li data-v-8a3b2f61 class="ListItem_item__3kQ9d"><a data-v-8a3b2f61 href="/article/{i}" '
                'class="flex justify-between items-center py-3 group">'
                '<span data-v-8a3b2f61 class="flex items-center min-w-0"><i data-v-8a3b2f61 '
                'class="w-1.5 h-1.5 mr-3 rounded-full bg-blue-700 shrink-0"></i><span data-v-8a3b2f61 '
                f'class="truncate group-hover:text-blue-700">{esc(ellipsis(t))}</span></span>'
                f'<span data-v-8a3b2f61 class="shrink-0 ml-6 text-gray-400">{p[:10]}</span></a></li>'
                for i, t, p in rows
            )
            + "</ul>"
        )

    def _pager(self, current: int, total_items: int) -> str:
        pages = max(1, -(-total_items // PAGE_SIZE))
        numbers = "".join(
            (
                f'<li class="number active">{n}</li>'
                if n == current
                else f'<li class="number"><a href="?page={n}">{n}</a></li>'
            )
            for n in range(1, pages + 1)
        )
        return (
            '<div data-v-8a3b2f61 class="Pagination_root__Qw3e1 el-pagination is-background flex '
            'items-center justify-center gap-2 mt-8">'
            f'<span class="el-pagination__total">共 {total_items} 条</span>'
            '<button type="button" class="btn-prev"'
            + (' disabled="disabled"' if current <= 1 else "")
            + "><span>上一页</span></button>"
            f'<ul class="el-pager">{numbers}</ul>'
            '<button type="button" class="btn-next"'
            + (' disabled="disabled"' if current >= pages else "")
            + "><span>下一页</span></button>"
            '<span class="el-pagination__jump">前往<div class="el-input el-pagination__editor '
            f'is-in-pagination"><input type="number" autocomplete="off" min="1" max="{pages}" '
            f'value="{current}" class="el-input__inner"></div>页</span></div>'
        )

    def _list_page(self, code: str, items: list[tuple[int, str, str]], page: int) -> str:
        name = COLUMN_NAMES.get(code) or NEWS_COLUMNS[code]
        chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        news = code in NEWS_COLUMNS
        base = f"/news/{code}" if news else f"/zwgk/{code}"
        crumbs = (
            [("首页", "/"), ("新闻中心", "/news/jhyw"), (name, "")]
            if news
            else [("首页", "/"), ("政务公开", "/zwgk"), (name, "")]
        )
        side = (
            '<aside data-v-4c1d8e5b class="SideMenu_root__V9d3k w-64 shrink-0 bg-white">'
            '<div data-v-4c1d8e5b class="h-12 flex items-center px-4 bg-blue-700 text-white text-lg">'
            "新闻中心</div>"
            + "".join(
                f'<a data-v-4c1d8e5b href="/news/{c}" class="block px-4 py-3 border-b">{esc(n)}</a>'
                for c, n in NEWS_COLUMNS.items()
            )
            + "</aside>"
            if news
            else self._sidebar(base)
        )
        main = (
            '<div data-v-8a3b2f61 class="flex gap-6">'
            + side
            + '<section data-v-8a3b2f61 class="ColumnList_root__Hn2r8 flex-1 bg-white p-6">'
            f'<div data-v-8a3b2f61 class="text-xl font-bold pb-3 border-b-2 border-blue-700">{esc(name)}</div>'
            + self._list_rows(chunk)
            + (self._pager(page, len(items)) if items else "")
            + "</section></div>"
        )
        data = {
            "column": {"code": code, "name": name},
            "list": [self._row(i) for i, _, _ in chunk],
            "total": len(items),
            "pageNum": page,
            "pageSize": PAGE_SIZE,
        }
        route = base + (f"?page={page}" if page > 1 else "")
        return self._frame(name, route, crumbs, main, data)

    def _render_column(self, code: str, items: list[tuple[int, str, str]]) -> None:
        base = f"/news/{code}" if code in NEWS_COLUMNS else f"/zwgk/{code}"
        pages = max(1, -(-len(items) // PAGE_SIZE))
        for n in range(1, pages + 1):
            html = self._list_page(code, items, n)
            if n == 1:
                self.page(base, html)
            self.page(f"{base}?page={n}", html)

    def dynamic(self, hit: Hit) -> Reply | None:
        """A list route answers any `page` (past the end: an empty list), as the Vue page does;
        the `/prod-api/` back end answers the client-side calls."""
        if hit.path.startswith("/prod-api/"):
            return self._api(hit)
        reply = super().dynamic(hit)
        if reply is not None:
            return reply
        match = re.fullmatch(r"/(?:zwgk|news)/(\w+)", hit.path)
        if match and match.group(1) in self.columns and hit.query:
            raw = parse_qs(hit.query).get("page", ["1"])[0]
            page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
            return html_reply(self._list_page(match.group(1), self.columns[match.group(1)], page))
        return None

    def _api(self, hit: Hit) -> Reply:
        query = {k: v[0] for k, v in parse_qs(hit.query).items()}
        payload: dict[str, object]
        if hit.path == "/prod-api/portal/article/list":
            items = self.columns.get(query.get("columnCode", ""), [])
            num = int(query.get("pageNum", "1") or 1)
            size = int(query.get("pageSize", str(PAGE_SIZE)) or PAGE_SIZE)
            chunk = items[(num - 1) * size : num * size]
            payload = {
                "code": 200,
                "msg": "查询成功",
                "total": len(items),
                "rows": [self._row(i) for i, _, _ in chunk],
            }
        elif m := re.fullmatch(r"/prod-api/portal/article/(\d+)", hit.path):
            art_id = int(m.group(1))
            if art_id not in self.articles:
                payload = {"code": 500, "msg": "文章不存在"}
            else:
                payload = {"code": 200, "msg": "操作成功", "data": self._article_json(art_id)}
        else:
            payload = {"code": 404, "msg": "请求访问：" + hit.path + "，资源不存在"}
        return Reply(
            200,
            json.dumps(payload, ensure_ascii=False).encode(),
            {"Content-Type": "application/json;charset=UTF-8"},
        )

    def _body_html(self, art_id: int) -> str:
        a = self.articles[art_id]
        if a["body_html"]:
            return str(a["body_html"])
        lines: list[str] = list(a["body"])  # type: ignore[call-overload]
        heading = "".join(
            '<p style="text-align: center; line-height: 2em;"><strong><span style="font-family: '
            f'方正小标宋简体; font-size: 22pt;">{esc(h)}</span></strong></p>'
            for h in a["heading"]  # type: ignore[attr-defined]
        ) + ("<p><br></p>" if a["heading"] else "")
        if a["style"] == "word":
            return heading + "".join(word_paragraph(line, k) for k, line in enumerate(lines))
        if a["style"] == "plain":
            return heading + "".join(f"<p>\u3000\u3000{esc(line)}</p>" for line in lines)
        return heading + "".join(
            '<p style="text-indent: 2em; line-height: 2em; margin-bottom: 0px;">'
            '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">'
            f"{esc(line)}</span></p>"
            for line in lines
        )

    def _article_json(self, art_id: int) -> dict[str, object]:
        a = self.articles[art_id]
        return {
            "id": art_id,
            "title": a["title"],
            "columnCode": a["column"],
            "indexNo": a["index_no"],
            "publishOrg": a["publisher"],
            "source": a["source"],
            "writtenDate": a["written"],
            "docNo": a["doc_no"] or None,
            "publishTime": a["pub"],
            "content": self._body_html(art_id),
            "attachments": [],
            "hits": 0,
        }

    def _render_article(self, art_id: int) -> None:
        a = self.articles[art_id]
        code = str(a["column"])
        title = str(a["title"])
        pub = str(a["pub"])
        items = self.columns[code]
        pos = next(k for k, row in enumerate(items) if row[0] == art_id)
        prev_row = items[pos - 1] if pos > 0 else None
        next_row = items[pos + 1] if pos + 1 < len(items) else None
        related = [row for row in items if row[0] != art_id][:5]
        news = code in NEWS_COLUMNS
        if "." in code:
            unit, tab = code.split(".")
            name = dict(DEPT_TABS)[tab]
            crumbs = [
                ("首页", "/"),
                ("政务公开", "/zwgk"),
                (DEPTS[unit][0].removeprefix(SHORT), f"/zwgk/bm/{unit}"),
                (name, ""),
                ("正文", ""),
            ]
        else:
            name = COLUMN_NAMES.get(code) or NEWS_COLUMNS[code]
            crumbs = (
                [("首页", "/"), ("新闻中心", "/news/jhyw"), (name, f"/news/{code}"), ("正文", "")]
                if news
                else [("首页", "/"), ("政务公开", "/zwgk"), (name, f"/zwgk/{code}"), ("正文", "")]
            )
        iso = f"{pub[:10]}T{pub[11:]}+08:00"
        cn_pub = f"{pub[:4]}年{pub[5:7]}月{pub[8:10]}日"
        written = str(a["written"])
        cn_written = f"{written[:4]}年{written[5:7]}月{written[8:10]}日"

        def cell(label: str, value: str, wide: bool = False) -> str:
            return (
                '<div data-v-3f2a1c class="flex py-2' + (" col-span-2" if wide else "") + '">'
                f'<span data-v-3f2a1c class="label w-24 shrink-0 text-gray-500">{label}</span>'
                f'<span data-v-3f2a1c class="value flex-1 text-gray-800">{value}</span></div>'
            )

        grid = ""
        if not news:
            grid = (
                '<div data-v-3f2a1c class="InfoGrid_grid__9sLm2 grid grid-cols-2 gap-x-8 px-6 py-4 '
                'mb-8 bg-blue-50/60 border border-blue-100 text-sm">'
                + cell("索引号", esc(str(a["index_no"] or "--")))
                + cell("主题分类", "政务公开/法治政府建设" if "fzzf" in code else esc(name))
                + cell("发布机构", esc(str(a["publisher"])))
                + cell("成文日期", cn_written)
                + cell("文号", esc(str(a["doc_no"] or "--")))
                + cell("发布日期", f'<time data-v-3f2a1c datetime="{iso}">{cn_pub}</time>')
                + cell("有效性", "有效")
                + cell("公开方式", "主动公开")
                + "</div>"
            )
        byline = (
            '<div data-v-3f2a1c class="flex justify-center items-center gap-8 mt-4 pb-4 border-b '
            'text-sm text-gray-500">'
            + (
                f'<span data-v-3f2a1c><time data-v-3f2a1c datetime="{iso}">{cn_pub}</time></span>'
                if news
                else ""
            )
            + f"<span data-v-3f2a1c>来源 {esc(str(a['source']))}</span>"
            '<span data-v-3f2a1c>浏览次数 <span data-v-3f2a1c id="hits">--</span></span>'
            '<span data-v-3f2a1c class="FontSize_root__c1Rr7 flex gap-1">字号<button data-v-3f2a1c '
            'type="button">大</button><button data-v-3f2a1c type="button" class="text-blue-700">中'
            '</button><button data-v-3f2a1c type="button">小</button></span>'
            '<button data-v-3f2a1c type="button" class="flex items-center"><i data-v-3f2a1c '
            'class="iconfont icon-print"></i>打印</button></div>'
        )

        def pn(label: str, row: tuple[int, str, str] | None) -> str:
            if row is None:
                return f'<p data-v-3f2a1c class="truncate">{label}：没有了</p>'
            return (
                f'<p data-v-3f2a1c class="truncate">{label}：<a data-v-3f2a1c href="/article/{row[0]}" '
                f'class="hover:text-blue-700">{esc(row[1])}</a></p>'
            )

        main = (
            '<div data-v-3f2a1c class="ArticleDetail_wrap__Fe5yA bg-white px-16 py-10">'
            + grid
            + f'<div data-v-3f2a1c class="text-2xl font-bold text-center leading-10 text-gray-900">{esc(title)}</div>'
            + byline
            + '<div data-v-3f2a1c class="detail-body ArticleDetail_content__x7Kq2 mt-8 text-base '
            'leading-8 text-gray-800"><div data-v-3f2a1c class="rich-text">'
            + self._body_html(art_id)
            + "</div></div>"
            "<!---->"  # the 附件 block, absent
            '<div data-v-3f2a1c class="ArticleDetail_share__Kk02d flex justify-end items-center gap-3 '
            'mt-10 text-sm text-gray-500"><span data-v-3f2a1c>分享到</span><button data-v-3f2a1c '
            'type="button" class="iconfont icon-wechat"></button><button data-v-3f2a1c type="button" '
            'class="iconfont icon-weibo"></button><button data-v-3f2a1c type="button" class="iconfont '
            'icon-qq"></button></div>'
            '<div data-v-3f2a1c class="ArticleDetail_pn__L2v0q mt-6 pt-6 border-t text-sm space-y-2">'
            + pn("上一篇", prev_row)
            + pn("下一篇", next_row)
            + "</div></div>"
            '<div data-v-9b7d1e03 class="Related_root__s4Df1 mt-6 bg-white px-16 py-8">'
            '<div data-v-9b7d1e03 class="text-lg font-bold pb-3 border-b-2 border-blue-700 w-32">相关推荐</div>'
            + self._list_rows(related).replace("data-v-8a3b2f61", "data-v-9b7d1e03")
            + "</div>"
        )
        body_text = " ".join(a["body"])  # type: ignore[arg-type]
        data = {
            "article": self._article_json(art_id),
            "prev": self._row(prev_row[0]) if prev_row else None,
            "next": self._row(next_row[0]) if next_row else None,
            "related": [self._row(r[0]) for r in related],
        }
        self.page(
            f"/article/{art_id}",
            self._frame(
                "文章详情", f"/article/{art_id}", crumbs, main, data, description=body_text[:120]
            ),
        )

    def _zwgk(self) -> None:
        def card(code: str, n: int) -> str:
            name = COLUMN_NAMES[code]
            rows = self.columns[code][:n]
            return (
                '<div data-v-2e6f0b9c class="bg-white p-5">'
                '<div data-v-2e6f0b9c class="flex justify-between border-b-2 border-blue-700 pb-2">'
                f'<span data-v-2e6f0b9c class="text-lg font-bold">{esc(name)}</span>'
                f'<a data-v-2e6f0b9c href="/zwgk/{code}" class="text-sm text-gray-400">更多 &gt;</a></div>'
                + self._list_rows(rows).replace("data-v-8a3b2f61", "data-v-2e6f0b9c")
                + "</div>"
            )

        main = (
            '<div data-v-2e6f0b9c class="flex gap-6">'
            + self._sidebar("/zwgk")
            + '<div data-v-2e6f0b9c class="flex-1 grid grid-cols-2 gap-6">'
            + card("zcwj", 5)
            + card("ndbg", 5)
            + card("czyjs", 5)
            + card("zdxzjc", 5)
            + "</div></div>"
        )
        data = {
            "cards": {
                c: [self._row(i) for i, _, _ in self.columns[c][:5]]
                for c in ("zcwj", "ndbg", "czyjs", "zdxzjc")
            }
        }
        self.page(
            "/zwgk",
            self._frame("政务公开", "/zwgk", [("首页", "/"), ("政务公开", "")], main, data),
        )

    def _home(self) -> None:
        def box(title: str, more: str, code: str) -> str:
            rows = self.columns[code][:5]
            return (
                '<div data-v-a5c3e912 class="bg-white p-5">'
                '<div data-v-a5c3e912 class="flex justify-between border-b-2 border-blue-700 pb-2">'
                f'<span data-v-a5c3e912 class="text-lg font-bold">{esc(title)}</span>'
                f'<a data-v-a5c3e912 href="{more}" class="text-sm text-gray-400">更多 &gt;</a></div>'
                + self._list_rows(rows).replace("data-v-8a3b2f61", "data-v-a5c3e912")
                + "</div>"
            )

        quick = [
            ("政府信息公开指南", "/zwgk/xxgkzn"),
            ("政策文件", "/zwgk/zcwj"),
            ("政府信息公开年报", "/zwgk/ndbg"),
            ("财政预决算", "/zwgk/czyjs"),
            ("重大行政决策", "/zwgk/zdxzjc"),
            ("依申请公开", "/zwgk/ysqgk"),
        ]
        main = (
            '<div data-v-a5c3e912 class="Home_banner__u7Rt2 h-80 my-6 bg-cover" '
            'style="background-image:url(/_nuxt/img/banner.3f9a2c1.jpg)"></div>'
            '<div data-v-a5c3e912 class="grid grid-cols-2 gap-6">'
            + box("建湖要闻", "/news/jhyw", "jhyw")
            + box("通知公告", "/news/tzgg", "tzgg")
            + "</div>"
            '<div data-v-a5c3e912 class="mt-6 bg-white p-5"><div data-v-a5c3e912 class="flex '
            'justify-between border-b-2 border-blue-700 pb-2"><span data-v-a5c3e912 class="text-lg '
            'font-bold">政务公开</span><a data-v-a5c3e912 href="/zwgk" class="text-sm text-gray-400">'
            '更多 &gt;</a></div><div data-v-a5c3e912 class="grid grid-cols-6 gap-4 mt-4">'
            + "".join(
                f'<a data-v-a5c3e912 href="{u}" class="h-20 flex items-center justify-center '
                f'bg-blue-50 hover:bg-blue-700 hover:text-white">{esc(t)}</a>'
                for t, u in quick
            )
            + "</div></div>"
            '<div data-v-a5c3e912 class="grid grid-cols-3 gap-6 mt-6">'
            '<a data-v-a5c3e912 href="/ztzl/yhyshj"><img data-v-a5c3e912 src="/_nuxt/img/zt1.5b1e7d.jpg" '
            'alt="优化营商环境"></a><a data-v-a5c3e912 href="/ztzl/xczx"><img data-v-a5c3e912 '
            'src="/_nuxt/img/zt2.c8d03a.jpg" alt="乡村振兴"></a><a data-v-a5c3e912 href="/ztzl/qgwm">'
            '<img data-v-a5c3e912 src="/_nuxt/img/zt3.02fa9e.jpg" alt="全国文明城市创建"></a></div>'
        )
        data = {
            "news": [self._row(i) for i, _, _ in self.columns["jhyw"][:5]],
            "notices": [self._row(i) for i, _, _ in self.columns["tzgg"][:5]],
            "banners": [{"img": "/_nuxt/img/banner.3f9a2c1.jpg", "link": None}],
        }
        self.page("/", self._frame(SITE, "/", [], main, data))

    def _simple_pages(self) -> None:
        texts = {
            "/zjjh": ("走进建湖", "建湖县位于江苏省中部、盐城市西北部，总面积1154平方公里。"),
            "/hdjl": ("互动交流", "县长信箱　在线咨询　民意征集　在线访谈"),
            "/ztzl": ("专题专栏", "优化营商环境　乡村振兴　全国文明城市创建"),
            "/ztzl/yhyshj": ("优化营商环境", "优化营商环境专题"),
            "/ztzl/xczx": ("乡村振兴", "乡村振兴专题"),
            "/ztzl/qgwm": ("全国文明城市创建", "全国文明城市创建专题"),
            "/yszc": ("隐私政策", "本网站尊重并保护所有使用服务用户的个人隐私权。"),
            "/wzdt": ("网站地图", ""),
            "/lxwm": ("联系我们", "地址：江苏省盐城市建湖县城南路8号　邮编：224700"),
            "/wzsm": ("网站声明", "本网站所载内容之知识产权为建湖县人民政府所有。"),
        }
        for path, (title, text) in texts.items():
            if path == "/wzdt":
                body = "".join(
                    f'<div data-v-3d0c11aa class="py-3"><a data-v-3d0c11aa href="{u}" '
                    f'class="font-bold">{esc(t)}</a></div>'
                    for t, u in NAV
                    if not u.startswith("http")
                )
            else:
                body = f'<p data-v-3d0c11aa class="leading-8">{esc(text)}</p>'
            main = f'<div data-v-3d0c11aa class="bg-white p-10"><div data-v-3d0c11aa class="text-2xl font-bold mb-6">{esc(title)}</div>{body}</div>'
            self.page(path, self._frame(title, path, [("首页", "/"), (title, "")], main, {}))
        self.page(
            "/404",
            self._frame(
                "页面不存在", "/404", [], '<div class="py-32 text-center">页面不存在</div>', {}
            ),
        )
        chunk = (
            '(window.webpackJsonp=window.webpackJsonp||[]).push([[3],{"+f1a":function(e,t,n){'
            '"use strict";n.r(t);var r=n("vDqi"),o=n.n(r).a.create({baseURL:"/prod-api",timeout:15e3});'
            't.default={list:function(e){return o.get("/portal/article/list",{params:e})},'
            'detail:function(e){return o.get("/portal/article/"+e)}}}}]);'
        )
        router = (
            '(window.webpackJsonp=window.webpackJsonp||[]).push([[1],{"Pnt5":function(e,t,n){'
            'var r=[{path:"/",component:"pages/index"},{path:"/zwgk",component:"pages/zwgk/index"},'
            '{path:"/zwgk/:column",component:"pages/zwgk/_column"},{path:"/news/:column",'
            'component:"pages/news/_column"},{path:"/article/:id",component:"pages/article/_id"}]}}]);'
        )
        for k, name in enumerate(CHUNKS):
            js = (
                chunk
                if k == 2
                else router
                if k == 1
                else '!function(e){var t={};e.p="/_nuxt/"}([]);'
            )
            self.pages[f"/_nuxt/{name}"] = Reply(
                200, js.encode(), {"Content-Type": "application/javascript; charset=utf-8"}
            )

    def handle(self, hit: Hit) -> Reply:
        reply = super().handle(hit)
        if reply.status == 404 and not hit.path.startswith(("/_nuxt/", "/prod-api/")):
            # Nuxt's error page, server-rendered with the layout
            return html_reply(self.sources["/404"], status=404)
        return reply


def ellipsis(title: str, size: int = TITLE_CUT) -> str:
    """The list template's `{{ item.title | ellipsis(24) }}` filter."""
    return title if len(title) <= size else title[:size] + "..."


def word_paragraph(line: str, k: int) -> str:
    """A paragraph as pasted from Word: MsoNormal, digits in Times New Roman runs, headings in
    黑体/楷体, the text broken into runs, an empty spacer paragraph before each section."""
    style = "font-family:仿宋_GB2312;mso-hansi-font-family:仿宋"
    spacer = ""
    if re.match(r"[一二三四五六七八九十]+、", line):
        style = "font-family:黑体;mso-hansi-font-family:黑体"
        spacer = (
            '<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span lang="EN-US">'
            "<o:p>&nbsp;</o:p></span></p>"
        )
    elif re.match(r"[（(][一二三四五六七八九十]+[)）]", line):
        style = "font-family:楷体_GB2312;mso-hansi-font-family:楷体"
    runs = []
    for piece in re.split(r"(\d+(?:\.\d+)?%?)", line):
        if not piece:
            continue
        if piece[0].isdigit():
            runs.append(
                '<span lang="EN-US" style="font-size:16.0pt;font-family:&quot;Times New Roman&quot;,'
                f'serif">{esc(piece)}</span>'
            )
        else:
            cut = len(piece) // 2 if k % 3 == 1 and len(piece) > 40 else len(piece)
            for part in (piece[:cut], piece[cut:]):
                if part:
                    runs.append(f'<span style="font-size:16.0pt;{style}">{esc(part)}</span>')
    return (
        spacer + '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;'
        'line-height:28.0pt;mso-line-height-rule:exactly">'
        + "".join(runs)
        + '<span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>'
    )


def footer() -> str:
    return (
        '<footer data-v-1f4b7a8e class="Footer_root__Zx81c bg-blue-900 text-blue-100 text-sm">'
        '<div data-v-1f4b7a8e class="container mx-auto grid grid-cols-4 gap-8 py-10">'
        '<div data-v-1f4b7a8e class="space-y-2"><div data-v-1f4b7a8e class="text-white font-bold">'
        '网站导航</div><a data-v-1f4b7a8e href="/wzdt" class="block">网站地图</a><a data-v-1f4b7a8e '
        'href="/lxwm" class="block">联系我们</a><a data-v-1f4b7a8e href="/wzsm" class="block">网站声明'
        "</a></div>"
        '<div data-v-1f4b7a8e class="space-y-2"><p data-v-1f4b7a8e>主办单位 建湖县人民政府办公室</p>'
        "<p data-v-1f4b7a8e>承办单位 建湖县大数据管理中心</p><p data-v-1f4b7a8e>地址 "
        "江苏省盐城市建湖县城南路8号</p><p data-v-1f4b7a8e>联系电话 0515-86212345</p></div>"
        '<div data-v-1f4b7a8e class="space-y-2"><p data-v-1f4b7a8e>网站标识码 3209250001</p>'
        '<p data-v-1f4b7a8e><a data-v-1f4b7a8e href="https://beian.miit.gov.cn/" target="_blank">'
        '苏ICP备05012345号-1</a></p><p data-v-1f4b7a8e class="flex items-center gap-1"><img '
        'data-v-1f4b7a8e src="/_nuxt/img/police.d0289dc.png" alt=""><a data-v-1f4b7a8e '
        'href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32092502000123" '
        'target="_blank">苏公网安备 32092502000123号</a></p></div>'
        '<div data-v-1f4b7a8e class="flex gap-4 items-start"><a data-v-1f4b7a8e '
        'href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D" target="_blank"><img '
        'data-v-1f4b7a8e src="/_nuxt/img/red.8e2a1f3.png" alt="党政机关"></a><a data-v-1f4b7a8e '
        'href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3209250001" target="_blank">'
        '<img data-v-1f4b7a8e src="/_nuxt/img/jiucuo.6c1d2b9.png" alt="政府网站找错"></a>'
        '<div data-v-1f4b7a8e class="text-center"><img data-v-1f4b7a8e src="/_nuxt/img/qr.1a2b3c4.png" '
        'alt="" class="w-20"><p data-v-1f4b7a8e class="text-xs">扫一扫 关注政务微信</p></div></div>'
        '</div><div data-v-1f4b7a8e class="border-t border-blue-800 py-3 text-center text-xs">'
        "Copyright © 2025 建湖县人民政府 版权所有　技术支持 江苏某某数字科技有限公司</div></footer>"
    )


# --- Nuxt 2's payload: `window.__NUXT__=(function(a,b,…){return {…}}(…))` ------------------------

_IDENT = re.compile(r"[A-Za-z_$][\w$]*\Z")


def _param_names() -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$"
    names = list(letters)
    names += [x + y for x in letters for y in letters]
    reserved = {"do", "if", "in", "for", "let", "new", "try", "var", "case", "else", "enum"}
    return [n for n in names if n not in reserved]


def _js_string(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    return (
        out.replace("<", "\\u003C")
        .replace(">", "\\u003E")
        .replace("/", "\\u002F")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def nuxt_payload(state: dict[str, object]) -> str:
    """devalue-style: repeated strings and null/false/true hoisted into the IIFE's parameters."""
    counts: dict[object, int] = {}

    def count(value: object) -> None:
        if isinstance(value, dict):
            for v in value.values():
                count(v)
        elif isinstance(value, list):
            for v in value:
                count(v)
        elif isinstance(value, str) or value is None or isinstance(value, bool):
            key = (type(value).__name__, value)
            counts[key] = counts.get(key, 0) + 1

    count(state)
    hoisted = [k for k, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n > 1]
    names = dict(zip(hoisted, _param_names(), strict=False))

    def lit(value: object) -> str:
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return json.dumps(value)
        return _js_string(str(value))

    def ser(value: object) -> str:
        if isinstance(value, dict):
            return (
                "{"
                + ",".join(
                    (k if _IDENT.match(k) else _js_string(k)) + ":" + ser(v)
                    for k, v in value.items()
                )
                + "}"
            )
        if isinstance(value, list):
            return "[" + ",".join(ser(v) for v in value) + "]"
        key = (type(value).__name__, value)
        if key in names:
            return names[key]
        return lit(value)

    params = ",".join(names[k] for k in hoisted)
    args = ",".join(lit(k[1]) for k in hoisted)
    return f"window.__NUXT__=(function({params}){{return {ser(state)}}}({args}));"

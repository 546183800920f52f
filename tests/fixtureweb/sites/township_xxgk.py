"""A Hubei county portal on TRS WCM (云梦县, 孝感市) whose 政府信息公开 has, besides the county's
own catalogue, a 乡镇（街道）信息公开 section: thirteen towns, each a small column tree of its own.

- 首页 → 政府信息公开 (`/xxgk/`): a catalogue tree (指南, 制度, 法定主动公开内容 with 机构职能,
  政策文件, 规划计划, 财政资金, 法治政府建设; 政府信息公开年报; 部门信息公开; 乡镇（街道）信息
  公开) and a 最新公开 box;
- the county's 法治政府建设 column (`/xxgk/fdzdgknr/fzzfjs/`, TRS `createPageHTML` pager,
  `index_1.html`) holds the 县政府's 2023 report (信息公开 table: 索引号, 信息分类, 发布机构,
  成文日期, 文号, 发布日期, 公开方式) beside 工作要点, 图解 of the report, 考核 通报, 督察 notices,
  the 实施方案 and a 行政执法 statistics report;
- 乡镇（街道）信息公开 (`/xxgk/xzjd/`) lists 13 towns (9 镇, 3 乡, 1 街道); each town's home
  (`/xxgk/xzjd/cgz/`) has a 最新公开 box and a tree of four columns: 机构信息, 法定主动公开内容,
  法治政府建设, 其他. Town pages are plain articles: `<h1>`, one line `来源：城关镇人民政府
  发布时间：2025-02-20  浏览次数：`, no 信息公开 table; the town is named only in the page
  header and the breadcrumb (`首页 > 乡镇信息公开 > 城关镇 > 法治政府建设`); `<title>` names
  the county site;
- town reports, each titled generically: 城关镇's (its 法治政府建设 column) and 倒店乡's (filed in
  its 法定主动公开内容 column, on page 2) both `2024年度法治政府建设工作情况报告`, different
  texts; 城东街道's older `关于2020年法治政府建设工作情况的报告`;
- 义堂镇 re-posts the county's 2023 report in its 法治政府建设 column: the same text, titled
  `云梦县2023年度法治政府建设工作情况报告`, 来源：县司法局 — the county's report again
  (`self.aliases`);
- decoys in every town: generic-titled `2024年政府信息公开工作年度报告`, 工作要点, 普法 plans,
  村务公开, 工作总结, a 第一责任人职责 report, meetings that 听取 the report (in 其他 and in the
  county's 乡镇动态).
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed

SITE = "云梦县人民政府"
CODE = "4209230001"
CREDIT = "11420923011146229X"
GOV = "云梦县人民政府"
GOV_OFFICE = "云梦县人民政府办公室"
SFJ = "云梦县司法局"
COUNTY_LIST = 10
TOWN_LIST = 8

# (name, slug, the 来源 its pages show)
TOWNS = [
    ("城关镇", "cgz", "城关镇人民政府"),
    ("义堂镇", "ytz", "义堂镇人民政府"),
    ("曾店镇", "zdz", "曾店镇人民政府"),
    ("吴铺镇", "wpz", "吴铺镇人民政府"),
    ("伍洛镇", "wlz", "伍洛镇人民政府"),
    ("下辛店镇", "xxdz", "下辛店镇人民政府"),
    ("道桥镇", "dqz", "道桥镇人民政府"),
    ("隔蒲潭镇", "gptz", "隔蒲潭镇人民政府"),
    ("胡金店镇", "hjdz", "胡金店镇人民政府"),
    ("倒店乡", "ddx", "倒店乡人民政府"),
    ("沙河乡", "shx", "沙河乡人民政府"),
    ("清明河乡", "qmhx", "清明河乡人民政府"),
    ("城东街道", "cdjd", "城东街道办事处"),
]
TOWN_COLUMNS = [
    ("机构信息", "jgxx"),
    ("法定主动公开内容", "fdzdgknr"),
    ("法治政府建设", "fzzfjs"),
    ("其他", "qt"),
]
TITLE_A = "2024年度法治政府建设工作情况报告"
TITLE_B = "关于2020年法治政府建设工作情况的报告"
COUNTY_TITLE = "云梦县人民政府关于2023年度法治政府建设工作情况的报告"

ANNUAL_BODY = [
    "本报告根据《中华人民共和国政府信息公开条例》要求编制。全文包括总体情况、主动公开政府信息情况、"
    "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
    "其他需要报告的事项。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    "一、总体情况",
    "2023年，我单位认真贯彻落实政府信息公开工作各项要求，进一步加强组织领导，完善工作机制，"
    "全年主动公开政府信息156条，未收到政府信息公开申请。",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]
SUMMARY_BODY = [
    "2023年，在县委、县政府的坚强领导下，我们坚持稳中求进工作总基调，全力抓项目、稳增长、"
    "优环境、惠民生，各项工作取得了新成效。现将有关情况报告如下：",
    "一、2023年工作开展情况",
    "（一）经济运行稳中向好。全年完成固定资产投资3.2亿元，新签约项目6个。",
    "（二）乡村振兴扎实推进。新建高标准农田5000亩，完成农村户厕改造320户。",
    "（三）基层治理持续加强。开展矛盾纠纷排查化解，化解各类矛盾纠纷47起。",
    "二、2024年工作计划",
    "一是抓项目建设，二是抓产业发展，三是抓民生保障，四是抓安全稳定。",
]
VILLAGE_BODY = [
    "根据村务公开有关规定，现将本村2024年第一季度村务公开如下：",
    "一、财务收支情况：本季度收入12.6万元，支出9.8万元。",
    "二、惠农补贴发放情况：耕地地力保护补贴已全部发放到户。",
    "三、监督电话：0712-4321000。",
]


class TownshipXxgkSite(BlindSite):
    name = "township_xxgk"
    region = "湖北省孝感市云梦县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 5120300
        self.county_report = ""
        self._county_fzzf()
        self._county_other()
        for town in TOWNS:
            self._town(*town)
        self._towns_index()
        self._xxgk_index()
        self._news()
        self._sections()
        self._home()

    # --- the county's catalogue ----------------------------------------------------------
    def _county_fzzf(self) -> None:
        col = "xxgk/fdzdgknr/fzzfjs"
        neg = self._negative
        items = [
            neg(col, "云梦县2024年法治政府建设工作要点", "2024-04-10", GOV_OFFICE),
            neg(col, "图解：云梦县2023年度法治政府建设工作情况报告", "2024-03-29", SFJ),
        ]
        path = self._path(col, "2024-03-28")
        meta = {
            "index_no": f"{CREDIT}/2024-00031",
            "publisher": GOV,
            "written_date": "2024-03-26",
            "doc_no": "云政文〔2024〕8号",
        }
        body = self.gold_report(path, "000", COUNTY_TITLE, publish_date="2024-03-28", **meta)
        self.page(
            path,
            self._county_detail(COUNTY_TITLE, body, col, "法治政府建设", pub="2024-03-28", **meta),
        )
        self.county_report = path
        items.append((COUNTY_TITLE, path, "2024-03-28"))
        items += [
            neg(col, "云梦县2023年度法治政府建设考核结果通报", "2024-02-21", GOV_OFFICE),
            neg(col, "关于开展2023年度法治政府建设督察工作的通知", "2023-11-14", GOV_OFFICE),
            neg(col, "云梦县2022年度行政执法数据统计分析报告", "2023-06-08", SFJ),
            neg(col, "云梦县2023年法治政府建设工作要点", "2023-04-06", GOV_OFFICE),
            neg(col, "关于召开全县2023年法治政府建设工作推进会的通知", "2023-03-15", GOV_OFFICE),
            self._filler(col, "云梦县重大行政决策程序规定", "2022-09-20", GOV),
            neg(col, "云梦县法治政府建设实施方案（2021—2025年）", "2022-01-12", GOV),
            neg(col, "云梦县2022年法治政府建设工作要点", "2022-03-30", GOV_OFFICE),
            self._filler(col, "云梦县行政执法公示制度实施办法", "2021-08-17", GOV_OFFICE),
        ]
        self._county_list(col, "法治政府建设", items, tree=4)

    def _county_other(self) -> None:
        cols = {
            "xxgk/fdzdgknr/jgzn": ("机构职能", ["云梦县人民政府工作部门职责", "县政府领导分工"]),
            "xxgk/fdzdgknr/zcwj": (
                "政策文件",
                [
                    "云梦县人民政府关于印发云梦县优化营商环境若干措施的通知",
                    "云梦县人民政府办公室关于做好2024年春季森林防火工作的通知",
                ],
            ),
            "xxgk/fdzdgknr/ghjh": ("规划计划", ["云梦县国民经济和社会发展第十四个五年规划纲要"]),
            "xxgk/fdzdgknr/czzj": ("财政资金", ["云梦县2024年县级部门预算公开"]),
            "xxgk/xxgkzn": ("政府信息公开指南", ["云梦县人民政府信息公开指南"]),
            "xxgk/xxgkzd": ("政府信息公开制度", ["云梦县政府信息公开保密审查制度"]),
        }
        for n, (col, (name, titles)) in enumerate(cols.items()):
            items = [
                self._filler(col, t, (date(2024, 3, 1) - timedelta(days=37 * k + n)).isoformat())
                for k, t in enumerate(titles)
            ]
            self._county_list(col, name, items, tree=n)
        col = "xxgk/xxgknb"
        items = []
        for year in range(2023, 2017, -1):
            title = f"云梦县人民政府{year}年政府信息公开工作年度报告"
            items.append(self._article(col, title, f"{year + 1}-01-2{year % 8}", GOV_OFFICE))
            self.negative_titles.append(title)
        self._county_list(col, "政府信息公开年报", items, tree=6)
        # 部门信息公开: a few departments, each a plain column
        depts = [("县发展和改革局", "fgj"), ("县教育局", "jyj"), ("县司法局", "sfj")]
        rows = []
        for name, slug in depts:
            col = f"xxgk/bmxxgk/{slug}"
            titles = [f"{name}2023年政府信息公开工作年度报告"]
            if slug == "sfj":
                titles += [
                    "云梦县2024年普法依法治理工作要点",
                    "云梦县“八五”普法规划实施情况中期评估报告",
                ]
            items = [self._article(col, t, "2024-01-18", f"云梦{name[1:]}") for t in titles]
            self.negative_titles.extend(titles)
            self._county_list(col, name, items, tree=7, section=("部门信息公开", "/xxgk/bmxxgk/"))
            rows.append((name, f"/xxgk/bmxxgk/{slug}/"))
        grid = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in rows)
        main = (
            self._tree(7)
            + '<div class="gk-right"><div class="gk-tit">部门信息公开</div>'
            + f'<ul class="dept-grid">{grid}</ul></div>'
        )
        html = self._frame("部门信息公开", [("首页", "/"), ("政府信息公开", "/xxgk/")], main)
        self.page("/xxgk/bmxxgk/", html)
        self.page("/xxgk/bmxxgk/index.html", html)

    # --- towns -----------------------------------------------------------------------------
    def _town(self, town: str, slug: str, source: str) -> None:
        base = f"xxgk/xzjd/{slug}"
        columns: dict[str, list[tuple[str, str, str]]] = {c: [] for _, c in TOWN_COLUMNS}

        def add(c: str, title: str, pub: str, body: list[str], negative: bool = False) -> None:
            col = f"{base}/{c}"
            path = self._path(col, pub)
            self.page(path, self._town_detail(town, slug, c, title, body, pub=pub, source=source))
            columns[c].append((title, path, pub))
            if negative:
                self.negative_titles.append(title)

        def gold(c: str, title: str, seed: str, pub: str) -> None:
            col = f"{base}/{c}"
            path = self._path(col, pub)
            body = self.gold_report(path, seed, title, publisher=source, publish_date=pub)
            self.page(path, self._town_detail(town, slug, c, title, body, pub=pub, source=source))
            columns[c].append((title, path, pub))

        k = len(slug)  # a little per-town variety in the dates
        add("jgxx", f"{town}机构职能", f"2024-02-{10 + k:02d}", FILLER_BODY)
        add("jgxx", f"{town}领导班子成员及分工", f"2024-09-{11 + k:02d}", FILLER_BODY)
        add(
            "fdzdgknr",
            "2024年政府信息公开工作年度报告",
            f"2025-01-{20 + k:02d}",
            ANNUAL_BODY,
            negative=True,
        )
        add("fdzdgknr", f"{town}2025年部门预算公开", f"2025-02-{2 + k:02d}", FILLER_BODY)
        add("qt", "2024年工作总结和2025年工作计划", f"2025-01-{8 + k:02d}", SUMMARY_BODY)
        add("qt", f"{town}新华村2025年第一季度村务公开", f"2025-04-{3 + k:02d}", VILLAGE_BODY)
        add("qt", f"{town}前进村2025年第一季度村务公开", f"2025-04-{3 + k:02d}", VILLAGE_BODY)

        if slug == "cgz":
            add("fzzfjs", "2025年法治政府建设工作要点", "2025-04-08", NEGATIVE_BODY, True)
            gold("fzzfjs", TITLE_A, "001", "2025-02-20")
            add(
                "fzzfjs",
                "关于调整城关镇法治政府建设工作领导小组成员的通知",
                "2024-05-06",
                NEGATIVE_BODY,
                True,
            )
            add("fzzfjs", "2024年法治政府建设工作要点", "2024-03-30", NEGATIVE_BODY, True)
            add(
                "qt",
                "城关镇召开党委会议专题听取2024年度法治政府建设工作情况报告",
                "2025-03-15",
                NEGATIVE_BODY,
                True,
            )
            add("fdzdgknr", "城关镇2025年普法依法治理工作计划", "2025-03-05", NEGATIVE_BODY, True)
        elif slug == "cdjd":
            gold("fzzfjs", TITLE_B, "004", "2021-01-15")
            add("fzzfjs", "城东街道2025年法治政府建设工作要点", "2025-03-12", NEGATIVE_BODY, True)
            add("fzzfjs", "城东街道“八五”普法规划", "2022-04-18", NEGATIVE_BODY, True)
            add(
                "qt",
                "城东街道党工委听取2024年度法治政府建设工作情况报告",
                "2025-03-21",
                NEGATIVE_BODY,
                True,
            )
        elif slug == "ddx":
            # The report filed under 法定主动公开内容, pushed onto its page 2.
            for n, t in enumerate(
                [
                    "倒店乡2025年第一季度财政收支情况",
                    "倒店乡2025年春耕备耕工作方案",
                    "倒店乡2025年耕地地力保护补贴发放公示",
                    "倒店乡2025年防汛抗旱应急预案",
                    "倒店乡2025年普法依法治理工作要点",
                    "倒店乡2025年重点项目建设计划",
                    "倒店乡2025年农村人居环境整治工作方案",
                    "倒店乡2025年度城乡居民医疗保险征缴工作通知",
                    "倒店乡2025年3月份低保动态管理公示",
                ]
            ):
                neg = "普法" in t
                add(
                    "fdzdgknr",
                    t,
                    f"2025-04-{27 - 3 * n:02d}",
                    NEGATIVE_BODY if neg else FILLER_BODY,
                    neg,
                )
            gold("fdzdgknr", TITLE_A, "003", "2025-02-18")
            add("fdzdgknr", "倒店乡2024年度“双随机、一公开”抽查结果", "2024-12-20", FILLER_BODY)
            add("fzzfjs", "倒店乡2025年法治政府建设工作要点", "2025-03-06", NEGATIVE_BODY, True)
        elif slug == "ytz":
            # The county's report re-posted: same text, a generic title with the county's name.
            path = self._path(f"{base}/fzzfjs", "2024-04-01")
            title = "云梦县2023年度法治政府建设工作情况报告"
            body = list(load_seed("000").body_lines)
            self.page(
                path,
                self._town_detail(
                    town, slug, "fzzfjs", title, body, pub="2024-04-01", source="县司法局"
                ),
            )
            self.aliases[path] = self.county_report
            columns["fzzfjs"].append((title, path, "2024-04-01"))
            add("fzzfjs", "义堂镇2024年法治政府建设工作要点", "2024-03-19", NEGATIVE_BODY, True)
        elif slug == "wpz":
            add(
                "fzzfjs",
                "吴铺镇党委书记2024年度履行推进法治建设第一责任人职责情况报告",
                "2025-02-27",
                NEGATIVE_BODY,
                True,
            )
            add("fzzfjs", "吴铺镇2025年法治政府建设工作要点", "2025-03-11", NEGATIVE_BODY, True)
        elif slug in ("shx", "gptz"):
            add(
                "fzzfjs",
                "2025年法治政府建设工作要点",
                f"2025-03-{10 + k:02d}",
                NEGATIVE_BODY,
                True,
            )
        # the other towns' 法治政府建设 column is empty (暂无信息)

        for listed in columns.values():
            listed.sort(key=lambda it: it[2], reverse=True)
        for name, c in TOWN_COLUMNS:
            self._town_list(town, slug, name, c, columns[c])
        newest = sorted((it for c in columns.values() for it in c), key=lambda it: it[2])[::-1]
        self._town_home(town, slug, newest[:6])

    def _town_tree(self, town: str, slug: str, current: str) -> str:
        base = f"/xxgk/xzjd/{slug}/"
        rows = "".join(
            ('<li class="on">' if c == current else "<li>")
            + f'<a href="{base}{c}/">{esc(name)}</a></li>'
            for name, c in TOWN_COLUMNS
        )
        return (
            f'<div class="xz-left"><div class="xz-name">{esc(town)}</div>'
            f'<ul class="xz-tree"><li><a href="{base}">首页</a></li>{rows}</ul>'
            '<div class="xz-back"><a href="/xxgk/xzjd/">返回乡镇列表</a></div></div>'
        )

    def _town_header(self, town: str, slug: str) -> str:
        return (
            f'<div class="xz-banner"><a href="/xxgk/xzjd/{slug}/">'
            f'<span class="xz-title">{esc(town)}</span><span class="xz-sub">政府信息公开</span></a></div>'
        )

    def _town_crumbs(self, town: str, slug: str, column: str | None) -> list[tuple[str, str]]:
        parts = [("首页", "/"), ("乡镇信息公开", "/xxgk/xzjd/"), (town, f"/xxgk/xzjd/{slug}/")]
        if column:
            name = {c: n for n, c in TOWN_COLUMNS}[column]
            parts.append((name, f"/xxgk/xzjd/{slug}/{column}/"))
        return parts

    def _town_list(
        self, town: str, slug: str, name: str, c: str, items: list[tuple[str, str, str]]
    ) -> None:
        base = f"/xxgk/xzjd/{slug}/{c}/"
        chunks = [items[i : i + TOWN_LIST] for i in range(0, len(items), TOWN_LIST)] or [[]]
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href="./{esc(u.removeprefix(base))}" target="_blank" title="{esc(t)}">'
                f"{esc(t)}</a><span>{esc(d)}</span></li>"
                for t, u, d in chunk
            )
            if not chunk:
                rows = '<li class="no-data">暂无信息</li>'
            pager = (
                '<div class="page"><script type="text/javascript">'
                f'createPageHTML({len(chunks)}, {n}, "index", "html");</script></div>'
            )
            main = (
                self._town_header(town, slug)
                + self._town_tree(town, slug, c)
                + f'<div class="xz-right"><div class="xz-coltit">{esc(name)}</div>'
                + f'<ul class="xz-list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(name, self._town_crumbs(town, slug, c), main)
            self.page(base + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(base, html)

    def _town_home(self, town: str, slug: str, newest: list[tuple[str, str, str]]) -> None:
        rows = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f"<span>{esc(d)}</span></li>"
            for t, u, d in newest
        )
        main = (
            self._town_header(town, slug)
            + self._town_tree(town, slug, "")
            + '<div class="xz-right"><div class="xz-intro"><h3>机构概况</h3>'
            + f"<p>{esc(town)}位于云梦县境内，辖若干行政村和社区，主要负责本辖区经济发展、"
            "社会事务管理和公共服务等工作。</p><p>办公地址：云梦县"
            + esc(town)
            + "政府大院　办公时间：工作日 8:30-12:00，14:30-17:30</p></div>"
            + f'<div class="xz-coltit">最新公开</div><ul class="xz-list">{rows}</ul></div>'
        )
        html = self._frame(town, self._town_crumbs(town, slug, None), main)
        self.page(f"/xxgk/xzjd/{slug}/", html)
        self.page(f"/xxgk/xzjd/{slug}/index.html", html)

    def _towns_index(self) -> None:
        grid = "".join(
            f'<li><a href="./{slug}/" target="_blank">{esc(town)}</a></li>'
            for town, slug, _ in TOWNS
        )
        main = (
            self._tree(8)
            + '<div class="gk-right"><div class="gk-tit">乡镇（街道）信息公开</div>'
            + f'<ul class="xz-grid">{grid}</ul></div>'
        )
        html = self._frame(
            "乡镇（街道）信息公开",
            [("首页", "/"), ("政府信息公开", "/xxgk/"), ("乡镇信息公开", "/xxgk/xzjd/")],
            main,
        )
        self.page("/xxgk/xzjd/", html)
        self.page("/xxgk/xzjd/index.html", html)

    def _town_detail(
        self, town: str, slug: str, c: str, title: str, body: list[str], *, pub: str, source: str
    ) -> str:
        content = fu.paragraphs(body)
        main = (
            self._town_header(town, slug)
            + '<div class="xz-article"><h1 class="art-tit">'
            + esc(title)
            + "</h1>"
            + f'<div class="art-info">来源：{esc(source)}&nbsp;&nbsp;&nbsp;&nbsp;发布时间：{esc(pub)}'
            + '&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script>_showDynClick()</script></span>'
            + '&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>'
            + ' <a href="javascript:doZoom(14)">小</a>】</div>'
            + '<div class="art-con" id="zoom"><div class="TRS_Editor">\n'
            + content
            + "\n</div></div>"
            + fu.article_tools()
            + "</div>"
            + fu.float_share()
        )
        return self._frame(
            title,
            self._town_crumbs(town, slug, c),
            main,
            meta={"ArticleTitle": title, "PubDate": f"{pub} 09:00", "ContentSource": source},
        )

    # --- county pages ----------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 17
        return f"/{col}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self.next_id}.html"

    def _article(
        self, col: str, title: str, pub: str, publisher: str, body: list[str] | None = None
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        self.page(
            path,
            self._county_detail(
                title,
                body or (ANNUAL_BODY if "年度报告" in title else FILLER_BODY),
                col,
                self._colname(col),
                pub=pub,
                index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                publisher=publisher,
                written_date=pub,
            ),
        )
        return title, path, pub

    def _negative(self, col: str, title: str, pub: str, publisher: str) -> tuple[str, str, str]:
        self.negative_titles.append(title)
        return self._article(col, title, pub, publisher, NEGATIVE_BODY)

    def _filler(
        self, col: str, title: str, pub: str, publisher: str = GOV_OFFICE
    ) -> tuple[str, str, str]:
        return self._article(col, title, pub, publisher, FILLER_BODY)

    def _colname(self, col: str) -> str:
        return {
            "xxgk/fdzdgknr/fzzfjs": "法治政府建设",
            "xxgk/fdzdgknr/jgzn": "机构职能",
            "xxgk/fdzdgknr/zcwj": "政策文件",
            "xxgk/fdzdgknr/ghjh": "规划计划",
            "xxgk/fdzdgknr/czzj": "财政资金",
            "xxgk/xxgknb": "政府信息公开年报",
            "xxgk/xxgkzn": "政府信息公开指南",
            "xxgk/xxgkzd": "政府信息公开制度",
        }.get(col, "部门信息公开")

    def _county_detail(
        self,
        title: str,
        body: list[str],
        col: str,
        column: str,
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str = "",
    ) -> str:
        table = (
            '<div class="xxgk-meta"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="lab">索&ensp;引&ensp;号：</td><td>{esc(index_no)}</td>'
            f'<td class="lab">信息分类：</td><td>{esc(column)}</td></tr>'
            f'<tr><td class="lab">发布机构：</td><td>{esc(publisher)}</td>'
            f'<td class="lab">成文日期：</td><td>{esc(written_date)}</td></tr>'
            f'<tr><td class="lab">文&emsp;&emsp;号：</td><td>{esc(doc_no)}</td>'
            f'<td class="lab">发布日期：</td><td>{esc(pub)}</td></tr>'
            '<tr><td class="lab">公开方式：</td><td>主动公开</td>'
            '<td class="lab">公开范围：</td><td>全部公开</td></tr>'
            f'<tr><td class="lab">名&emsp;&emsp;称：</td><td colspan="3">{esc(title)}</td></tr>'
            "</table></div>"
        )
        related = (
            '<div class="related"><h4>相关文章</h4><ul>'
            '<li><a href="/xxgk/fdzdgknr/fzzfjs/">云梦县法治政府建设工作动态</a></li>'
            '<li><a href="/xxgk/xxgknb/">云梦县政府信息公开年报</a></li></ul></div>'
        )
        main = (
            self._tree(4 if "fzzfjs" in col else 0)
            + '<div class="gk-right"><div class="gk-article">'
            + table
            + f'<h1 class="art-tit">{esc(title)}</h1>'
            + f'<div class="art-info">发布日期：{esc(pub)}&nbsp;&nbsp;【字体：大 中 小】'
            + '&nbsp;&nbsp;浏览次数：<span id="hits"></span></div>'
            + '<div class="art-con" id="zoom"><div class="TRS_Editor">\n'
            + fu.paragraphs(body)
            + "\n</div></div>"
            + fu.article_tools()
            + related
            + "</div></div>"
            + fu.float_share()
        )
        crumbs = [("首页", "/"), ("政府信息公开", "/xxgk/"), (column, f"/{col}/")]
        return self._frame(
            title,
            crumbs,
            main,
            meta={"ArticleTitle": title, "PubDate": f"{pub} 10:30", "ContentSource": publisher},
        )

    def _tree(self, n: int) -> str:
        fd = "/xxgk/fdzdgknr/"
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/xxgk/xxgkzn/", []),
                ("政府信息公开制度", "/xxgk/xxgkzd/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("机构职能", fd + "jgzn/"),
                        ("政策文件", fd + "zcwj/"),
                        ("规划计划", fd + "ghjh/"),
                        ("财政资金", fd + "czzj/"),
                        ("法治政府建设", fd + "fzzfjs/"),
                    ],
                ),
                ("政府信息公开年报", "/xxgk/xxgknb/", []),
                ("部门信息公开", "/xxgk/bmxxgk/", []),
                ("乡镇（街道）信息公开", "/xxgk/xzjd/", []),
            ],
        )

    def _county_list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str]],
        *,
        tree: int,
        section: tuple[str, str] = ("政府信息公开", "/xxgk/"),
    ) -> None:
        base = f"/{col}/"
        chunks = [items[i : i + COUNTY_LIST] for i in range(0, len(items), COUNTY_LIST)] or [[]]
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href="./{esc(u.removeprefix(base))}" target="_blank" title="{esc(t)}">'
                f"{esc(t)}</a><span>{esc(d)}</span></li>"
                for t, u, d in chunk
            )
            pager = (
                '<div class="page"><script type="text/javascript">'
                f'createPageHTML({len(chunks)}, {n}, "index", "html");</script></div>'
            )
            main = (
                self._tree(tree)
                + f'<div class="gk-right"><div class="gk-tit">{esc(name)}</div>'
                + f'<ul class="gk-list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(name, [("首页", "/"), section, (name, base)], main)
            self.page(base + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(base, html)

    def _xxgk_index(self) -> None:
        main = (
            self._tree(0)
            + '<div class="gk-right"><div class="gk-tit">政府信息公开</div>'
            + '<div class="gk-links"><a href="/xxgk/xxgkzn/">政府信息公开指南</a>'
            + '<a href="/xxgk/xxgkzd/">政府信息公开制度</a><a href="/xxgk/xxgknb/">政府信息公开年报</a>'
            + '<a href="https://www.hubei.gov.cn/zwgk/">依申请公开</a></div>'
            + "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p></div>"
        )
        html = self._frame("政府信息公开", [("首页", "/"), ("政府信息公开", "/xxgk/")], main)
        self.page("/xxgk/", html)
        self.page("/xxgk/index.html", html)

    def _news(self) -> None:
        def news(col: str, title: str, pub: str, source: str, negative: bool = False):
            path = self._path(col, pub)
            body = NEGATIVE_BODY if negative else FILLER_BODY
            main = (
                '<div class="news-article"><h1 class="art-tit">'
                + esc(title)
                + "</h1>"
                + f'<div class="art-info">来源：{esc(source)}&nbsp;&nbsp;发布时间：{esc(pub)}</div>'
                + '<div class="art-con" id="zoom">\n'
                + fu.paragraphs(body)
                + "\n</div>"
                + fu.article_tools()
                + "</div>"
            )
            self.page(path, self._frame(title, [("首页", "/"), ("新闻中心", "/xwzx/")], main))
            if negative:
                self.negative_titles.append(title)
            return title, path, pub

        self.headlines = [
            news(
                "xwzx/ymyw",
                "县政府召开第28次常务会议 听取2023年度法治政府建设工作情况报告",
                "2024-03-22",
                "云梦县融媒体中心",
                True,
            ),
            news("xwzx/ymyw", "县领导调研春季农业生产工作", "2025-03-19", "云梦县融媒体中心"),
            news(
                "xwzx/ymyw",
                "云梦县召开2025年优化营商环境工作推进会",
                "2025-03-12",
                "云梦县融媒体中心",
            ),
        ]
        self.notices = [
            news("xwzx/tzgg", "云梦县2025年公开招聘社区专职工作者公告", "2025-04-02", GOV_OFFICE),
            news(
                "xwzx/tzgg",
                "关于召开全县2025年法治政府建设工作推进会的通知",
                "2025-04-12",
                GOV_OFFICE,
                True,
            ),
        ]
        self.town_news = [
            news(
                "xwzx/xzdt",
                "城关镇召开党委会议专题听取2024年度法治政府建设工作情况报告",
                "2025-03-15",
                "城关镇",
                True,
            ),
            news("xwzx/xzdt", "沙河乡开展“法律明白人”培训", "2025-03-10", "沙河乡"),
            news("xwzx/xzdt", "伍洛镇推进高标准农田建设", "2025-03-05", "伍洛镇"),
        ]
        for listed in (self.headlines, self.notices, self.town_news):
            listed.sort(key=lambda it: it[2], reverse=True)
        for col, name, items in [
            ("xwzx/ymyw", "云梦要闻", self.headlines),
            ("xwzx/tzgg", "通知公告", self.notices),
            ("xwzx/xzdt", "乡镇动态", self.town_news),
        ]:
            rows = "".join(
                f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, u, d in items
            )
            main = (
                f'<div class="news-list"><div class="tit">{esc(name)}</div><ul>{rows}</ul></div>'
            )
            html = self._frame(
                name, [("首页", "/"), ("新闻中心", "/xwzx/"), (name, f"/{col}/")], main
            )
            self.page(f"/{col}/", html)
            self.page(f"/{col}/index.html", html)

    def _sections(self) -> None:
        """The other sections the menu and breadcrumbs name: a box of their columns each."""
        for path, name, cols in [
            (
                "/xwzx/",
                "新闻中心",
                [
                    ("云梦要闻", "/xwzx/ymyw/"),
                    ("通知公告", "/xwzx/tzgg/"),
                    ("乡镇动态", "/xwzx/xzdt/"),
                ],
            ),
            ("/zjym/", "走进云梦", [("县情概况", "/zjym/"), ("历史沿革", "/zjym/")]),
            ("/hdjl/", "互动交流", [("县长信箱", "/hdjl/"), ("在线访谈", "/hdjl/")]),
        ]:
            links = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in cols)
            main = f'<div class="sec-box"><div class="tit">{esc(name)}</div><ul>{links}</ul></div>'
            self.page(path, self._frame(name, [("首页", "/"), (name, path)], main))

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
            + box("云梦要闻", "/xwzx/ymyw/", self.headlines)
            + box("通知公告", "/xwzx/tzgg/", self.notices)
            + box("乡镇动态", "/xwzx/xzdt/", self.town_news)
            + "</div><div class='home-row gk-entry'>"
            + '<a href="/xxgk/"><img src="/images/xxgk.png" alt="政府信息公开" />政府信息公开</a>'
            + '<a href="/xxgk/xzjd/"><img src="/images/xzjd.png" alt="乡镇信息公开" />乡镇信息公开</a>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        meta: dict[str, str] | None = None,
    ) -> str:
        nav = [
            ("首页", "/"),
            ("走进云梦", "/zjym/"),
            ("新闻中心", "/xwzx/ymyw/"),
            ("政府信息公开", "/xxgk/"),
            ("政务服务", "https://zwfw.hubei.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}-{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs, "您当前所在位置：") if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="鄂ICP备05003127号",
                police="鄂公网安备 42092302000118号",
                code=CODE,
                address="湖北省孝感市云梦县城关镇曲阳路",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

"""A county portal whose 法治政府建设年度报告 column is split into per-year sub-columns: the
column page shows tabs `2024年度` `2023年度` `2022年度` (links to `…/fzzfjsndbg/2024/index.html`
…) and a 更多年度 `<select onchange="location.href=this.value">` that lists every year, so the
2021 and 2020 sub-columns are reachable only through its `<option value="…">`s. Each sub-column
is a short list (TRS-style `./202503/t20250318_…html` links) of reports beside 工作要点, 公示 and
通知. The 2024 list has a report the 县司法局 published under a title without a year (the year is
in the body's first sentence); department pages show the 信息公开 block as a
`<ul><li><span>索引号：</span>…</li>` list, the government's as a table."""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "平江县人民政府"
CODE = "4306260001"
COL = "/zwgk/fzzfjsndbg"
TAB_YEARS = (2024, 2023, 2022)
SELECT_YEARS = (2024, 2023, 2022, 2021, 2020)
NAV = [
    ("首页", "/"),
    ("走进平江", "/zjpj/index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("政务服务", "/zwfw/index.html"),
    ("互动交流", "/hdjl/index.html"),
]
SIDE = [
    ("政府信息公开指南", "/zwgk/xxgkzn/index.html"),
    ("政策文件", "/zwgk/zcwj/index.html"),
    ("财政信息", "/zwgk/czxx/index.html"),
    ("法治政府建设年度报告", f"{COL}/index.html"),
    ("政府信息公开年报", "/zwgk/zfxxgknb/index.html"),
]
GOV = "平江县人民政府"
SFJ = "平江县司法局"


def art(year: int, day: str, doc: int) -> str:
    """A TRS article path in a year's sub-column: `…/2024/202503/t20250318_12345678.html`."""
    return f"{COL}/{year}/{day[:6]}/t{day}_{doc}.html"


class YearTabsSite(BlindSite):
    name = "year_tabs"
    region = "湖南省岳阳市平江县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        lists: dict[int, list[tuple[str, str, str]]] = {y: [] for y in SELECT_YEARS}
        self._reports(lists)
        self._negatives(lists)
        for year in SELECT_YEARS:
            self._sub_column(year, lists[year])
        self._sub_column(None, lists[TAB_YEARS[0]])
        self._other_columns()
        self._home()

    # --- content ------------------------------------------------------------------------------
    def _reports(self, lists: dict[int, list[tuple[str, str, str]]]) -> None:
        r1, t1 = (
            art(2024, "20250318", 13520417),
            "平江县人民政府关于2024年度法治政府建设情况的报告",
        )
        m1 = {
            "index_no": "4306260001/2025-00211",
            "publisher": GOV,
            "written_date": "2025-03-14",
            "doc_no": "平政函〔2025〕18号",
        }
        body = self.gold_report(r1, "003", t1, publish_date="2025-03-18", **m1)
        self.detail_page(r1, t1, body, year=2024, pub="2025-03-18", meta=m1)
        # The 司法局's own report: no year in its title, the body opens with `2024年，…`.
        r2, t2 = art(2024, "20250110", 13488302), "平江县司法局关于法治政府建设工作情况的报告"
        m2 = {"index_no": "43062600SF/2025-00004", "publisher": SFJ, "written_date": "2025-01-08"}
        body = self.gold_report(r2, "001", t2, publish_date="2025-01-10", report_year=2024, **m2)
        self.detail_page(r2, t2, body, year=2024, pub="2025-01-10", meta=m2)
        r3, t3 = art(2023, "20240326", 12907755), "平江县2023年度法治政府建设工作报告"
        m3 = {"index_no": "4306260001/2024-00156", "publisher": GOV, "written_date": "2024-03-22"}
        body = self.gold_report(r3, "000", t3, publish_date="2024-03-26", **m3)
        self.detail_page(r3, t3, body, year=2023, pub="2024-03-26", meta=m3)
        r4, t4 = art(2021, "20220225", 11873019), "平江县2021年度法治政府建设工作报告"
        m4 = {
            "index_no": "4306260001/2022-00087",
            "publisher": GOV,
            "written_date": "2022-02-23",
            "doc_no": "平政函〔2022〕9号",
        }
        body = self.gold_report(r4, "004", t4, publish_date="2022-02-25", **m4)
        self.detail_page(r4, t4, body, year=2021, pub="2022-02-25", meta=m4)
        lists[2024] += [(t1, r1, "2025-03-18"), (t2, r2, "2025-01-10")]
        lists[2023].append((t3, r3, "2024-03-26"))
        lists[2021].append((t4, r4, "2022-02-25"))

    def _negatives(self, lists: dict[int, list[tuple[str, str, str]]]) -> None:
        negatives = [
            (2024, "20250226", 13501123, "平江县2025年法治政府建设工作要点"),
            (2023, "20240115", 12790346, "平江县2023年度法治政府建设考核结果公示"),
            (2023, "20230912", 12544017, "关于召开全县法治政府建设推进会的通知"),
            (2022, "20220617", 11990482, "关于开展法治政府建设示范创建活动的通知"),
            (2022, "20220308", 11901276, "平江县2022年法治政府建设工作要点"),
            (2020, "20211015", 11650034, "平江县法治政府建设实施方案（2021-2025年）"),
        ]
        for year, day, doc, title in negatives:
            path = art(year, day, doc)
            pub = f"{day[:4]}-{day[4:6]}-{day[6:]}"
            self.detail_page(path, title, NEGATIVE_BODY, year=year, pub=pub, meta=None)
            self.negative_titles.append(title)
            lists[year].insert(0 if year == 2024 else len(lists[year]), (title, path, pub))

    # --- pages --------------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        return (
            fu.doc_head(f"{title}_{SITE}", site=SITE, code=CODE, meta={"ColumnName": title})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap clearfix">'
            + fu.crumbs([("首页", "/"), ("政务公开", "/zwgk/index.html"), *crumbs])
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="湘ICP备05001234号",
                police="湘公网安备 43062602000123号",
                code=CODE,
                address="湖南省岳阳市平江县天岳大道1号",
            )
            + "</body></html>"
        )

    def _side(self) -> str:
        return fu.left_tree("政务公开", [(t, u, []) for t, u in SIDE])

    def _tabs(self, current: int | None) -> str:
        tabs = "".join(
            f'<li{" class=on" if y == current else ""}><a href="{COL}/{y}/index.html">'
            f"{y}年度</a></li>"
            for y in TAB_YEARS
        )
        options = "".join(
            f'<option value="{COL}/{y}/index.html"{" selected" if y == current else ""}>'
            f"{y}年</option>"
            for y in SELECT_YEARS
        )
        return (
            f'<div class="year-tabs"><ul>{tabs}</ul><div class="year-more">更多年度：'
            '<select name="year" onchange="location.href=this.value">'
            f'<option value="">请选择</option>{options}</select></div></div>'
        )

    def _sub_column(self, year: int | None, items: list[tuple[str, str, str]]) -> None:
        """A year's list (the column page itself shows the first tab's list)."""
        base = f"{COL}/{year}/" if year else f"{COL}/"
        rows = (
            "".join(
                f'<li><a href="./{esc(u[len(base) :]) if u.startswith(base) else esc(u)}" '
                f'target="_blank" title="{esc(t)}">{esc(t)}</a><span class="date">{d}</span></li>'
                for t, u, d in items
            )
            or '<li class="none">暂无信息</li>'
        )
        main = (
            f'<div class="left-side">{self._side()}</div>'
            + '<div class="right-main"><div class="col-title"><h2>法治政府建设年度报告</h2></div>'
            + self._tabs(year or TAB_YEARS[0])
            + f'<ul class="news-list">{rows}</ul>'
            + '<div class="page"><span>共1页</span></div></div>'
        )
        crumbs = [("法治政府建设年度报告", f"{COL}/index.html")]
        if year:
            crumbs.append((f"{year}年度", f"{COL}/{year}/index.html"))
        self.page(f"{base}index.html", self._frame("法治政府建设年度报告", crumbs, main))

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        year: int,
        pub: str,
        meta: dict[str, str] | None,
    ) -> None:
        m = meta or {"index_no": "4306260001/2024-00300", "publisher": "平江县人民政府办公室"}
        if m["publisher"] == SFJ:
            fields = [
                ("索引号", m["index_no"]),
                ("发布机构", m["publisher"]),
                ("主题分类", "综合政务"),
                ("成文日期", m.get("written_date", pub)),
                ("文号", m.get("doc_no", "")),
                ("发布日期", pub),
            ]
            block = (
                '<div class="xxgk-head"><ul>'
                + "".join(f"<li><span>{k}：</span>{esc(v)}</li>" for k, v in fields)
                + "</ul></div>"
            )
        else:
            rows = [
                ("索 引 号", m["index_no"], "发布机构", m["publisher"]),
                ("主题分类", "综合政务", "成文日期", m.get("written_date", pub)),
                ("文　　号", m.get("doc_no", ""), "发布日期", pub),
            ]
            block = (
                '<table class="xxgk-table" cellpadding="0" cellspacing="0">'
                + "".join(
                    f"<tr><th>{a}：</th><td>{esc(b)}</td><th>{c}：</th><td>{esc(d)}</td></tr>"
                    for a, b, c, d in rows
                )
                + f'<tr><th>标　　题：</th><td colspan="3">{esc(title)}</td></tr></table>'
            )
        main = (
            '<div class="article">'
            + block
            + f'<div class="article-title"><h1>{esc(title)}</h1></div>'
            + f'<div class="article-info"><span>发布时间：{esc(pub)}</span>'
            + f"<span>来源：{esc(m['publisher'])}</span>"
            + '<span>【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            + '<a href="javascript:;">小</a>】</span></div>'
            + '<div class="article-content TRS_Editor" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [
            ("法治政府建设年度报告", f"{COL}/index.html"),
            (f"{year}年度", f"{COL}/{year}/index.html"),
        ]
        self.page(path, self._frame(title, crumbs, main))

    def _other_columns(self) -> None:
        for name, url in SIDE:
            if url.startswith(COL):
                continue
            items = "".join(
                f'<li><a href="{url.rsplit("/", 1)[0]}/202404/t2024041{i}_1234560{i}.html" '
                f'target="_blank">平江县人民政府办公室关于{name}的公告（{i}）</a>'
                "<span>2024-04-10</span></li>"
                for i in range(3)
            )
            main = (
                f'<div class="left-side">{self._side()}</div><div class="right-main">'
                f'<div class="col-title"><h2>{esc(name)}</h2></div><ul class="news-list">{items}'
                "</ul></div>"
            )
            self.page(url, self._frame(name, [(name, url)], main))
        boxes = "".join(
            f'<div class="gk-box"><h3><a href="{u}">{esc(t)}</a></h3></div>' for t, u in SIDE
        )
        self.page(
            "/zwgk/index.html",
            self._frame(
                "政务公开",
                [],
                f'<div class="left-side">{self._side()}</div><div class="right-main">{boxes}</div>',
            ),
        )

    def _home(self) -> None:
        news = "".join(
            f'<li><a href="/zjpj/pjyw/202503/t2025031{i}_1352{i}000.html">{esc(t)}</a></li>'
            for i, t in enumerate(["平江县召开县政府常务会议", "县领导督导春耕生产"])
        )
        boxes = (
            f'<div class="home-news"><h3>平江要闻</h3><ul>{news}</ul></div>'
            '<div class="home-gk"><h3><a href="/zwgk/index.html">政务公开</a></h3><ul>'
            + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in SIDE)
            + "</ul></div>"
            + fu.interaction_sidebar()
        )
        self.page("/", self._frame("首页", [], boxes))

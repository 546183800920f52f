"""A county portal the size of a real one, in TRS WCM style (`index.html`, `index_N.html`,
`createPageHTML`): a home page of about 300 links (navigation, 40+ headlines, 30+ column links,
专题专栏, 部门/乡镇 sites, 政务服务 and 互动 boxes, 友情链接 to other government hosts, search and
calendar links), news columns of 20 to 60 listing pages of 20 items each whose headlines often
name 法治/法治政府建设 without being reports (a 法治建设 news column and a 法治政府建设 专题 hold
only news and meetings), and a 政府信息公开 catalogue of 30 法定主动公开 columns, one of which,
法治政府建设年度报告, lists the county's four reports (2021–2024) on two pages beside 工作要点,
实施方案, a 考核结果公示 and a 政府信息公开工作年度报告. 部门信息公开 has 15 departments and
乡镇信息公开 8 乡镇, each with a small catalogue (a paged 工作动态); only 县司法局's holds a report.

Listings are pre-rendered; the several thousand news and document pages they link are rendered on
request from the path, so the fixture stays cheap to build.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lawreports.pipelines.normalize import strip_pinyin, to_simplified
from tests.fixtureweb import furniture as fu
from tests.fixtureweb import pages
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Hit, Reply, html_reply
from tests.fixtureweb.sites.demo import GoldReport

SITE = "桃源县人民政府"
COUNTY = "桃源县"
CODE = "4307250001"
PER_PAGE = 20
GK = "/zwgk/zfxxgk/"
FD = GK + "fdzdgknr/"
REPORTS = FD + "fzzfjsndbg/"
BM = GK + "bmxxgk/"
XZ = GK + "xzxxgk/"
SFJ = BM + "xsfj/"
LATEST = dt.date(2024, 11, 20)
NAV = [
    ("首页", "/"),
    ("走进桃源", "/zjty/"),
    ("新闻中心", "/xwzx/"),
    ("政务公开", "/zwgk/"),
    ("政务服务", "/zwfw/"),
    ("互动交流", "/hdjl/"),
    ("专题专栏", "/ztzl/"),
]
# News columns: path, name, listing pages.
NEWS = [
    ("/xwzx/ywdt/", "要闻动态", 60),
    ("/xwzx/bmdt/", "部门动态", 55),
    ("/xwzx/xzdt/", "乡镇动态", 50),
    ("/xwzx/tzgg/", "通知公告", 20),
    ("/xwzx/fzjs/", "法治建设", 25),
    ("/ztzl/fzzfjs/", "法治政府建设", 30),
]
TOPICS = [
    ("fzzfjs", "法治政府建设"),
    ("xczx", "乡村振兴"),
    ("yhyshj", "优化营商环境"),
    ("aqscy", "安全生产月"),
    ("shce", "常态化扫黑除恶"),
    ("wmcs", "创建全国文明城市"),
    ("xxgcesd", "学习贯彻党的二十大精神"),
    ("ztjy", "主题教育"),
    ("mfd", "民法典宣传"),
    ("jdxc", "禁毒宣传"),
]
# 法定主动公开内容 columns: code, name, listing pages.
CATALOGUE = [
    ("jgzn", "机构职能", 1),
    ("ldxx", "领导信息", 1),
    ("zcwj", "政策文件", 3),
    ("gfxwj", "规范性文件", 2),
    ("zcjd", "政策解读", 2),
    ("ghjh", "规划计划", 1),
    ("czyjs", "财政预决算", 3),
    ("zfcg", "政府采购", 2),
    ("zdjsxm", "重大建设项目", 2),
    ("ggzypz", "公共资源配置", 2),
    ("xzxk", "行政许可", 2),
    ("xzcf", "行政处罚", 3),
    ("qzqd", "权责清单", 1),
    ("rsxx", "人事信息", 2),
    ("tjxx", "统计信息", 1),
    ("yjgl", "应急管理", 1),
    ("sthj", "生态环境", 2),
    ("spaq", "食品药品安全", 1),
    ("aqsc", "安全生产", 1),
    ("jyxx", "教育信息", 1),
    ("ylws", "医疗卫生", 1),
    ("shjz", "社会救助", 1),
    ("jycy", "就业创业", 1),
    ("xczx", "乡村振兴", 1),
    ("sjxx", "审计信息", 1),
    ("jytabl", "建议提案办理", 2),
    ("zfhy", "政府会议", 1),
    ("xzzfgs", "行政执法公示", 3),
    ("fzzfjsndbg", "法治政府建设年度报告", 2),
    ("qtzdgk", "其他主动公开", 1),
]
DEPARTMENTS = [
    ("xfgj", "县发展和改革局"),
    ("xjyj", "县教育局"),
    ("xkjj", "县科学技术局"),
    ("xgaj", "县公安局"),
    ("xmzj", "县民政局"),
    ("xsfj", "县司法局"),
    ("xczj", "县财政局"),
    ("xrsj", "县人力资源和社会保障局"),
    ("xzrzyj", "县自然资源局"),
    ("xzjj", "县住房和城乡建设局"),
    ("xjtj", "县交通运输局"),
    ("xslj", "县水利局"),
    ("xnyj", "县农业农村局"),
    ("xwjj", "县卫生健康局"),
    ("xscjgj", "县市场监督管理局"),
]
TOWNS = [
    ("zzj", "漳江街道"),
    ("cxz", "陬市镇"),
    ("zsz", "郑家驿镇"),
    ("jhz", "九溪镇"),
    ("ssz", "三阳港镇"),
    ("thz", "桃花源镇"),
    ("nmz", "牛车河镇"),
    ("yjx", "杨溪桥镇"),
]
# A unit's own small catalogue: code, name, listing pages (工作动态 is news, and long).
UNIT_COLUMNS = [
    ("jgzn", "机构职能", 1),
    ("gzdt", "工作动态", 8),
    ("tzgg", "通知公告", 3),
    ("zcwj", "政策文件", 1),
    ("czxx", "财政信息", 1),
    ("ndbg", "政府信息公开年报", 1),
]
FRIENDS = [
    ("中国政府网", "https://www.gov.cn/"),
    ("湖南省人民政府", "http://www.hunan.gov.cn/"),
    ("常德市人民政府", "http://www.changde.gov.cn/"),
    ("武陵区人民政府", "http://www.wuling.gov.cn/"),
    ("鼎城区人民政府", "http://www.dingcheng.gov.cn/"),
    ("汉寿县人民政府", "http://www.hanshou.gov.cn/"),
    ("澧县人民政府", "http://www.li-xian.gov.cn/"),
    ("临澧县人民政府", "http://www.linli.gov.cn/"),
    ("石门县人民政府", "http://www.shimen.gov.cn/"),
    ("安乡县人民政府", "http://www.anxiang.gov.cn/"),
    ("津市市人民政府", "http://www.jinshi.gov.cn/"),
    ("湖南政务服务网", "http://zwfw-new.hunan.gov.cn/"),
    ("信用中国（湖南）", "https://credit.hunan.gov.cn/"),
    ("湖南省司法厅", "http://sft.hunan.gov.cn/"),
]
# Headlines of the news columns; `{n}` varies them. Every fourth names 法治 or 法治政府建设
# without being a report (meetings, trainings, campaigns, a 专报 that is not the annual report).
NEWS_TITLES = [
    "县委常委会召开第{n}次会议 研究部署近期重点工作",
    "桃源县召开2024年法治政府建设工作推进会",
    "县领导带队督导安全生产工作（第{n}期）",
    "我县举办第{n}期乡村振兴专题培训班",
    "县委理论学习中心组专题学习习近平法治思想",
    "桃源县全力以赴抓好秋冬种生产工作",
    "县政府党组召开第{n}次会议",
    "县司法局开展法治政府建设示范创建迎检工作",
    "第{n}届桃花源文化旅游节开幕",
    "县人大常委会调研全县优化营商环境工作",
    "桃源县2023年度法治政府建设工作成效明显",
    "{n}个重点项目集中开工 总投资超百亿元",
    "我县召开防汛抗旱工作调度会",
    "县委全面依法治县委员会召开第{n}次会议",
    "桃源县扎实推进城乡环境综合整治",
    "法治政府建设“典型案例”系列宣传之{n}",
    "全县森林防火工作会议召开",
    "县政府常务会议听取2023年度法治政府建设情况报告",
    "桃源县开展第{n}轮民生实事项目督查",
    "县法治政府建设领导小组办公室开展专项检查",
]
DOC_TITLES = [
    "桃源县{unit}2024年第{n}号公告",
    "关于{unit}第{n}批项目资金安排情况的公示",
    "桃源县{unit}{n}月工作简报",
    "{unit}关于做好第{n}季度重点工作的通知",
    "桃源县{unit}2023年部门决算公开（第{n}部分）",
]


# Where a path belongs, for `page_kind` (first match).
PAGE_KINDS = (
    ("/xwzx/tzgg/", "notices"),
    ("/xwzx/", "news"),
    ("/ztzl/", "topic news"),
    (FD, "catalogue"),
    (BM, "department"),
    (XZ, "township"),
    (GK, "catalogue"),
)


@dataclass(frozen=True)
class Gold:
    """A report page: file under its column, seed of its text, title and 信息公开 fields."""

    file: str
    seed: str
    title: str
    date: str
    index_no: str
    publisher: str
    doc_no: str | None = None


@dataclass(frozen=True)
class Doc:
    """A page rendered on request: a news article or an ordinary 信息公开 document."""

    title: str
    date: str
    source: str
    crumbs: tuple[tuple[str, str], ...]
    body: tuple[str, ...]


def _date(index: int) -> str:
    """Newest first, three items a day, from late November 2024 back."""
    return (LATEST - dt.timedelta(days=index // 3)).isoformat()


def _article_path(column: str, doc_id: int, date: str) -> str:
    ymd = date.replace("-", "")
    return f"{column}{ymd[:6]}/t{ymd}_{doc_id}.html"


def simplified(text: str) -> str:
    return to_simplified(strip_pinyin(text)[0])


class HaystackCountySite(BlindSite):
    name = "haystack_county"
    region = "湖南省常德市桃源县"

    def __init__(self) -> None:
        super().__init__()
        self.docs: dict[str, Doc] = {}
        self._next_id = 1_000_000

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.docs.clear()
        self._next_id = 1_000_000
        for path, name, count in NEWS:
            self._news_column(path, name, count)
        self._catalogue()
        self._reports()
        self._units(BM, "部门信息公开", DEPARTMENTS)
        self._units(XZ, "乡镇信息公开", TOWNS)
        self._sifaju_reports()
        self._topics()
        self._home()

    def dynamic(self, hit: Hit) -> Reply | None:
        doc = self.docs.get(hit.path)
        if doc is not None and not hit.query:
            return html_reply(self._detail(doc))
        return super().dynamic(hit)

    def page_kind(self, path: str) -> str:
        """What a requested page is, for the benchmark's account of where requests went."""
        path = path.split("?", 1)[0]
        if path in {g.path for g in self.gold}:
            return "report"
        area = next((kind for prefix, kind in PAGE_KINDS if path.startswith(prefix)), "")
        if not area:
            return "navigation"
        if area in {"department", "township"} and "/gzdt/" in path:
            area = "unit news"
        listing = path.endswith("/") or re.search(r"/index(?:_\d+)?\.html$", path) is not None
        return f"{area} {'listing' if listing else 'page'}"

    # --- page parts ---------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str, **meta: str) -> str:
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="container clearfix">'
            + fu.crumbs([("首页", "/"), *crumbs])
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="湘ICP备05002345号",
                police="湘公网安备 43072502000101号",
                code=CODE,
                address="湖南省常德市桃源县漳江街道桃花源路1号",
            )
            + "</body></html>"
        )

    def _detail(self, doc: Doc, meta_block: str = "") -> str:
        main = (
            '<div class="article">'
            + meta_block
            + f'<h1 class="article-title">{esc(doc.title)}</h1>\n'
            + f'<div class="article-info"><span>发布时间：{esc(doc.date)}</span>'
            + f"<span>来源：{esc(doc.source)}</span>"
            + '<span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>'
            + ' <a href="javascript:doZoom(14)">小</a>】</span></div>\n'
            + '<div class="article-content"><div class="TRS_Editor">'
            + fu.paragraphs(doc.body)
            + "</div></div>\n"
            + fu.article_tools()
            + "</div>"
            + fu.float_share()
        )
        return self._frame(
            f"{doc.title}_{SITE}",
            list(doc.crumbs),
            main,
            ArticleTitle=doc.title,
            PubDate=doc.date,
            ContentSource=doc.source,
        )

    def _listing(
        self,
        column: str,
        name: str,
        items: list[tuple[str, str, str]],
        crumbs: list[tuple[str, str]],
        sidebar: list[tuple[str, str]],
    ) -> None:
        """A TRS column: `index.html` then `index_1.html` …, `createPageHTML(count, cur, …)`."""
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        count = len(chunks)
        side = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in sidebar)
        for n, chunk in enumerate(chunks):
            lis = "\n".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">'
                f"{esc(t if len(t) < 28 else t[:26] + '…')}</a><span>{d}</span></li>"
                for t, u, d in chunk
            )
            main = (
                f'<div class="left-nav"><h3>{esc(crumbs[-1][0] if crumbs else name)}</h3>'
                f'<ul class="tree">{side}</ul></div>\n'
                f'<div class="right-list"><h2 class="column-title">{esc(name)}</h2>\n'
                f'<ul class="list">\n{lis}\n</ul>\n'
                f'<div class="page"><script>\n//wcm分页，总记录：{len(items)}\n'
                f"var countPage = {count}//共多少页\nvar currentPage = {n};\n"
                'createPageHTML(countPage, currentPage, "index", "html");\n</script></div>\n'
                "</div>"
            )
            html = self._frame(f"{name}_{SITE}", [*crumbs, (name, column)], main)
            if n == 0:
                self.page(column, html)
                self.page(column + "index.html", html)
            else:
                self.page(f"{column}index_{n}.html", html)

    def _doc(
        self,
        column: str,
        title: str,
        date: str,
        source: str,
        crumbs: list[tuple[str, str]],
        *,
        body: list[str] | None = None,
    ) -> tuple[str, str, str]:
        """Register a page rendered on request; returns its listing item (title, href, date)."""
        self._next_id += 1
        path = _article_path(column, self._next_id, date)
        text = body or [f"{title}。", *FILLER_BODY[1:]]
        self.docs[path] = Doc(title, date, source, tuple(crumbs), tuple(text))
        return title, "./" + path[len(column) :], date

    # --- the news mass ------------------------------------------------------------------------
    def _news_column(self, column: str, name: str, count: int) -> None:
        crumbs = (
            [("专题专栏", "/ztzl/")] if column.startswith("/ztzl/") else [("新闻中心", "/xwzx/")]
        )
        items = []
        for i in range(count * PER_PAGE):
            n = i + 1
            if column == "/ztzl/fzzfjs/":
                # The 专题: only news and meetings about 法治政府建设.
                template = NEWS_TITLES[(i * 4 + 1) % len(NEWS_TITLES)]
            else:
                template = NEWS_TITLES[i % len(NEWS_TITLES)]
            title = template.format(n=n)
            items.append(self._doc(column, title, _date(i), "县融媒体中心", crumbs))
        sidebar = [(t, p) for p, t, _ in NEWS if p.startswith("/xwzx/")]
        self._listing(column, name, items, crumbs, sidebar)

    # --- 政府信息公开 --------------------------------------------------------------------------
    def _gk_sidebar(self) -> list[tuple[str, str]]:
        return [
            ("政府信息公开指南", GK + "xxgkzn/"),
            ("政府信息公开制度", GK + "xxgkzd/"),
            ("法定主动公开内容", FD),
            ("部门信息公开", BM),
            ("乡镇信息公开", XZ),
            ("政府信息公开年报", GK + "ndbg/"),
        ]

    def _catalogue(self) -> None:
        crumbs = [("政务公开", "/zwgk/"), ("政府信息公开", GK)]
        columns = [(t, FD + c + "/") for c, t, _ in CATALOGUE]
        for code, name, count in CATALOGUE:
            if code == "fzzfjsndbg":
                continue
            column = FD + code + "/"
            items = [
                self._doc(
                    column,
                    DOC_TITLES[i % len(DOC_TITLES)].format(unit=name, n=i + 1),
                    _date(i * 7),
                    "县政府办公室",
                    [*crumbs, (name, column)],
                )
                for i in range(count * PER_PAGE - 3)
            ]
            self._listing(column, name, items, [*crumbs, ("法定主动公开内容", FD)], columns)
        intro = (
            '<div class="left-nav"><h3>政府信息公开</h3><ul class="tree">'
            + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in self._gk_sidebar())
            + '</ul></div><div class="right-list"><h2>法定主动公开内容</h2><ul class="columns">'
            + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in columns)
            + "</ul></div>"
        )
        self.page(FD, self._frame(f"法定主动公开内容_{SITE}", crumbs, intro))
        self.page(GK, self._frame(f"政府信息公开_{SITE}", crumbs[:1], self._gk_index()))
        self.page("/zwgk/", self._frame(f"政务公开_{SITE}", [], self._gk_index()))
        for code, name in (("xxgkzn", "政府信息公开指南"), ("xxgkzd", "政府信息公开制度")):
            self.page(
                GK + code + "/",
                self._frame(
                    f"{name}_{SITE}", crumbs, f"<div><h2>{name}</h2><p>{name}全文。</p></div>"
                ),
            )
        ndbg = [
            self._doc(
                GK + "ndbg/",
                f"桃源县人民政府{year}年政府信息公开工作年度报告",
                f"{year + 1}-01-20",
                "县政府办公室",
                crumbs,
            )
            for year in range(2023, 2014, -1)
        ]
        self._listing(GK + "ndbg/", "政府信息公开年报", ndbg, crumbs, self._gk_sidebar())

    def _gk_index(self) -> str:
        boxes = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in self._gk_sidebar())
        return f'<div class="gk-index"><h2>政府信息公开</h2><ul>{boxes}</ul></div>'

    def _reports(self) -> None:
        crumbs = [("政务公开", "/zwgk/"), ("政府信息公开", GK), ("法治政府建设年度报告", REPORTS)]
        gold = [
            Gold(
                "202503/t20250320_1260101.html",
                "001",
                "桃源县2024年法治政府建设年度报告",
                "2025-03-20",
                "114307250068800123/2025-00031",
                "桃源县人民政府",
                "桃政报〔2025〕4号",
            ),
            Gold(
                "202403/t20240326_1143377.html",
                "000",
                "桃源县人民政府关于2023年度法治政府建设工作情况的报告",
                "2024-03-26",
                "114307250068800123/2024-00027",
                "桃源县人民政府",
            ),
            Gold(
                "202303/t20230330_1031125.html",
                "003",
                "桃源县2022年度法治政府建设情况报告",
                "2023-03-30",
                "114307250068800123/2023-00019",
                "桃源县司法局",
            ),
            Gold(
                "202203/t20220325_917760.html",
                "002",
                "桃源县2021年度法治政府建设工作报告",
                "2022-03-25",
                "114307250068800123/2022-00015",
                "桃源县人民政府办公室",
            ),
        ]
        listed = [self._report(REPORTS, crumbs, g) for g in gold]
        negatives = [
            self._negative(REPORTS, crumbs, i, date)
            for i, date in (
                (0, "2024-02-18"),
                (1, "2022-01-10"),
                (4, "2024-01-22"),
                (6, "2024-01-19"),
            )
        ]
        fillers = [
            self._doc(
                REPORTS,
                f"桃源县{year}年度行政执法统计年报数据公开",
                f"{year + 1}-01-31",
                "县司法局",
                crumbs,
            )
            for year in range(2024, 2017, -1)
        ]
        page1 = [listed[0], negatives[0], negatives[2], negatives[3], fillers[0], listed[1]]
        page1 += [*fillers[1:3], negatives[1], *fillers[3:5]]
        page2 = [*fillers[5:], listed[2], listed[3]]
        # page 2 starts at the PER_PAGE-th item: pad page 1 with older statistics releases.
        pad = [
            self._doc(
                REPORTS,
                f"桃源县行政执法主体及执法人员名单（第{k}批）",
                "2023-06-01",
                "县司法局",
                crumbs,
            )
            for k in range(PER_PAGE - len(page1), 0, -1)
        ]
        columns = [(t, FD + c + "/") for c, t, _ in CATALOGUE]
        self._listing(
            REPORTS,
            "法治政府建设年度报告",
            page1 + pad + page2,
            [("政务公开", "/zwgk/"), ("政府信息公开", GK), ("法定主动公开内容", FD)],
            columns,
        )

    def _report(self, column: str, crumbs: list[tuple[str, str]], g: Gold) -> tuple[str, str, str]:
        """A report page with its 信息公开 table; recorded as gold. Returns its listing item."""
        path = column + g.file
        seed = load_seed(g.seed)
        body = [simplified(line) for line in seed.body_lines]
        written = f"{g.date[:8]}{int(g.date[8:]) - 1:02d}"
        self.gold.append(
            GoldReport(
                path=path,
                title=g.title,
                index_no=g.index_no,
                publisher=g.publisher,
                publish_date=g.date,
                report_year=int(g.title.split("年")[0][-4:]),
                body="\n".join(simplified(line) for line in seed.gold_body.split("\n")),
                written_date=written,
                doc_no=g.doc_no,
            )
        )
        table = pages.metadata_table(
            [
                ("索\u2002引\u2002号", g.index_no),
                ("主题分类", "政务公开"),
                ("发布机构", g.publisher),
                ("成文日期", written),
                ("文\u2002\u2002号", g.doc_no or ""),
                ("发布日期", g.date),
                ("信息名称", g.title),
                ("有\u2002效\u2002性", "有效"),
            ]
        )
        doc = Doc(g.title, f"{g.date} 09:30", g.publisher, tuple(crumbs), tuple(body))
        self.page(path, self._detail(doc, table))
        return g.title, "./" + g.file, g.date

    def _negative(
        self, column: str, crumbs: list[tuple[str, str]], which: int, date: str
    ) -> tuple[str, str, str]:
        title = self.negatives(which)[0]
        self.negative_titles.append(title)
        return self._doc(column, title, date, "县司法局", crumbs, body=list(NEGATIVE_BODY))

    # --- 部门 and 乡镇 -------------------------------------------------------------------------
    def _units(self, root: str, name: str, units: list[tuple[str, str]]) -> None:
        crumbs = [("政务公开", "/zwgk/"), ("政府信息公开", GK), (name, root)]
        lis = "".join(f'<li><a href="{root}{c}/">{esc(t)}</a></li>' for c, t in units)
        self.page(
            root,
            self._frame(
                f"{name}_{SITE}",
                crumbs[:-1],
                f'<div class="units"><h2>{name}</h2><ul>{lis}</ul></div>',
            ),
        )
        for code, unit in units:
            self._unit(root + code + "/", unit, [*crumbs, (unit, root + code + "/")])

    def _unit(self, base: str, unit: str, crumbs: list[tuple[str, str]]) -> None:
        columns = [(t, base + c + "/") for c, t, _ in UNIT_COLUMNS]
        if base == SFJ:
            columns.append(("法治政府建设年度报告", SFJ + "fzzfjsndbg/"))
        for code, col_name, count in UNIT_COLUMNS:
            column = base + code + "/"
            items = [
                self._doc(
                    column,
                    (
                        NEWS_TITLES[(i * 3) % len(NEWS_TITLES)]
                        if code == "gzdt"
                        else DOC_TITLES[i % len(DOC_TITLES)]
                    ).format(unit=unit, n=i + 1),
                    _date(i * 2),
                    unit,
                    crumbs,
                )
                for i in range(count * PER_PAGE - 5)
            ]
            self._listing(column, col_name, items, crumbs, columns)
        lis = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in columns)
        self.page(
            base,
            self._frame(
                f"{unit}信息公开_{SITE}",
                crumbs[:-1],
                f'<div class="unit"><h2>{esc(unit)}信息公开目录</h2><ul class="tree">{lis}</ul></div>',
            ),
        )

    def _sifaju_reports(self) -> None:
        column = SFJ + "fzzfjsndbg/"
        crumbs = [("政府信息公开", GK), ("部门信息公开", BM), ("县司法局", SFJ)]
        gold = Gold(
            "202402/t20240228_1139021.html",
            "004",
            "桃源县司法局2023年度法治政府建设工作报告",
            "2024-02-28",
            "11430725006880045X/2024-00006",
            "桃源县司法局",
        )
        report = self._report(column, crumbs, gold)
        negative = self._negative(column, crumbs, 0, "2024-02-10")
        filler = self._doc(
            column, "县司法局2024年普法依法治理工作安排", "2024-02-05", "县司法局", crumbs
        )
        self._listing(
            column, "法治政府建设年度报告", [negative, report, filler], crumbs, [("县司法局", SFJ)]
        )

    # --- 专题, home -----------------------------------------------------------------------------
    def _topics(self) -> None:
        lis = "".join(f'<li><a href="/ztzl/{c}/">{esc(t)}</a></li>' for c, t in TOPICS)
        self.page(
            "/ztzl/",
            self._frame(f"专题专栏_{SITE}", [], f'<div class="topics"><ul>{lis}</ul></div>'),
        )
        for code, title in TOPICS[1:]:
            items = [
                self._doc(
                    f"/ztzl/{code}/",
                    f"{title}工作动态（{k}）",
                    _date(k * 5),
                    "县融媒体中心",
                    [("专题专栏", "/ztzl/")],
                )
                for k in range(1, 9)
            ]
            self._listing(f"/ztzl/{code}/", title, items, [("专题专栏", "/ztzl/")], [])

    def _home(self) -> None:
        def box(title: str, links: list[tuple[str, str]], more: str | None = None) -> str:
            head = f"<h3>{esc(title)}</h3>" + (
                f'<a class="more" href="{more}">更多&gt;&gt;</a>' if more else ""
            )
            lis = "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a></li>' for t, u in links
            )
            return f'<div class="box">{head}<ul>{lis}</ul></div>\n'

        def headlines(column: str, count: int) -> list[tuple[str, str]]:
            return [
                (doc.title, path)
                for path, doc in list(self.docs.items())
                if path.startswith(column)
            ][:count]

        boxes = [
            box("要闻动态", headlines("/xwzx/ywdt/", 16), "/xwzx/ywdt/"),
            box("部门动态", headlines("/xwzx/bmdt/", 10), "/xwzx/bmdt/"),
            box("乡镇动态", headlines("/xwzx/xzdt/", 10), "/xwzx/xzdt/"),
            box("通知公告", headlines("/xwzx/tzgg/", 8), "/xwzx/tzgg/"),
            box("法治建设", headlines("/xwzx/fzjs/", 6), "/xwzx/fzjs/"),
            box("政府信息公开", self._gk_sidebar()),
            box("法定主动公开", [(t, FD + c + "/") for c, t, _ in CATALOGUE]),
            box("专题专栏", [(t, f"/ztzl/{c}/") for c, t in TOPICS], "/ztzl/"),
            box("部门网站", [(t, f"{BM}{c}/") for c, t in DEPARTMENTS]),
            box("乡镇网站", [(t, f"{XZ}{c}/") for c, t in TOWNS]),
            box(
                "政务服务",
                [
                    (t, f"http://zwfw-new.hunan.gov.cn/hnzwfw/{k}.html")
                    for k, t in enumerate(
                        [
                            "个人办事",
                            "法人办事",
                            "部门办事",
                            "投资项目审批",
                            "不动产登记",
                            "社保查询",
                            "公积金查询",
                            "好差评",
                        ]
                    )
                ],
            ),
            box(
                "互动交流",
                [
                    ("县长信箱", "/hdjl/xzxx/"),
                    ("在线访谈", "/hdjl/zxft/"),
                    ("民意征集", "/hdjl/myzj/"),
                    ("网上调查", "/hdjl/wsdc/"),
                    ("12345热线", "/hdjl/12345/"),
                ],
            ),
        ]
        calendar = "".join(
            f'<a href="/hdjl/hdrl/?date=2024-11-{d:02d}">{d}</a>' for d in range(1, 31)
        )
        friends = "".join(
            f'<li><a href="{u}" target="_blank">{esc(t)}</a></li>' for t, u in FRIENDS
        )
        extra = (
            f'<div class="rili calendar">{calendar}</div>'
            f'<div class="friends"><h3>友情链接</h3><ul>{friends}</ul></div>'
            + fu.interaction_sidebar()
        )
        self.page("/", self._frame(SITE, [], "".join(boxes) + extra))
        news = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t, _ in NEWS[:5])
        self.page(
            "/xwzx/", self._frame(f"新闻中心_{SITE}", [], f'<ul class="columns">{news}</ul>')
        )
        about = "<div><h2>走进桃源</h2><p>桃源县位于湖南省西北部，沅水下游。</p></div>"
        self.page("/zjty/", self._frame(f"走进桃源_{SITE}", [], about))

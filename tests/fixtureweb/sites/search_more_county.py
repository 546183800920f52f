"""A Henan county portal (淅川县) on TRS WCM whose 法治政府建设 box shows the three newest items
and whose `更多>>` goes not to a column but to the site search (TRS WAS5, a GBK application):

- home (`/`): 淅川要闻, 通知公告, 政策文件 boxes (`更多>>` to their columns) and a 法治政府建设
  box of the three newest items (工作要点, a 督察 notice, a 图解 of the 2024 report), whose
  `更多>>` is `/was5/web/search?channelid=205816&searchword=<GBK %-bytes of 法治政府建设>&
  orderby=-DOCRELTIME`; every page carries a search form posting to the same application;
- 政务公开 (`/zwgk/`): a left tree of the 信息公开 catalogue (指南, 制度, 法定主动公开内容 with
  机构职能, 政策文件, 规划计划, 财政资金, 人事信息, 常务会议, 政府信息公开年报) that does not
  name 法治政府建设; the same three-item box, its `更多>>` the search with the keyword in UTF-8
  %-bytes and no `orderby` (relevance: title hits first, then newest);
- `/was5/web/search`: the WAS5 results page in GBK (header `GBK`, meta `gb2312`): a search
  box, `共找到 N 条结果`, sort links (按相关度 / 按时间), 10 hits a page, each a title link with
  `<font color='red'>` around the keyword, a snippet with highlights, the URL and the date; a
  pager `首页 上一页 1 … 10 下一页 尾页` of relative `search?page=N&…` links and a `goPage()`
  jump box. Searching 法治政府建设 by time finds 80-odd articles: the 2024 report of the 县政府 on
  page 1, the 县司法局's 2024 report on page 2, the 县政府's 2023 report on page 3, its 2020
  report on page 7; around them 工作要点, 实施方案, 图解/解读, 考核通报, 督察, 述法, 推进会 and
  常务会议 news (the meeting 听取 the report), 信息公开年报 and 政府工作报告 that mention it;
- the reports are 信息公开 articles (索引号 table; breadcrumb 首页 > 政务公开 > column name as
  text) in `/zwgk/fdzdgknr/fzzfjs/`, a column whose listing (`index.html`, `index_1.html`,
  TRS `createPageHTML`) exists but is linked from no menu, tree or page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote_to_bytes

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "淅川县人民政府"
CODE = "4113260001"
CREDIT = "11411326005749283K"
GOV = "淅川县人民政府"
GOV_OFFICE = "淅川县人民政府办公室"
SFJ = "淅川县司法局"
MEDIA = "淅川县融媒体中心"
KEYWORD = "法治政府建设"
CHANNEL = "205816"
PER_PAGE = 10
LIST_SIZE = 15
SEARCH = "/was5/web/search"

# column path → (name, section) ; section is where its breadcrumb hangs
COLUMNS = {
    "/xwzx/xcyw/": ("淅川要闻", "新闻中心"),
    "/xwzx/bmdt/": ("部门动态", "新闻中心"),
    "/xwzx/tzgg/": ("通知公告", "新闻中心"),
    "/zwgk/fdzdgknr/zcwj/": ("政策文件", "政务公开"),
    "/zwgk/fdzdgknr/ghjh/": ("规划计划", "政务公开"),
    "/zwgk/fdzdgknr/cwhy/": ("常务会议", "政务公开"),
    "/zwgk/fdzdgknr/fzzfjs/": ("法治政府建设", "政务公开"),
    "/zwgk/ndbg/": ("政府信息公开年报", "政务公开"),
    "/zwgk/fdzdgknr/jgzn/": ("机构职能", "政务公开"),
    "/zwgk/fdzdgknr/czzj/": ("财政资金", "政务公开"),
    "/zwgk/fdzdgknr/rsxx/": ("人事信息", "政务公开"),
    "/zwgk/xxgkzn/": ("政府信息公开指南", "政务公开"),
    "/zwgk/xxgkzd/": ("政府信息公开制度", "政务公开"),
}
FZZF = "/zwgk/fdzdgknr/fzzfjs/"


@dataclass
class Article:
    path: str
    col: str
    title: str
    pub: str  # YYYY-MM-DD HH:MM
    publisher: str
    body: list[str]
    xxgk: bool
    index_no: str = ""
    written: str = ""
    doc_no: str = ""


class SearchMoreCountySite(BlindSite):
    name = "search_more_county"
    region = "河南省南阳市淅川县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.articles: dict[str, Article] = {}
        self.next_id = 4512000
        self._reports()
        self._fzzf_decoys()
        self._news_and_meetings()
        self._other_columns()
        self._columns()
        self._zwgk()
        self._home()
        self._static()

    # --- content --------------------------------------------------------------------------
    def _add(
        self,
        col: str,
        title: str,
        pub: str,
        publisher: str,
        body: list[str],
        *,
        negative: bool = False,
        doc_no: str = "",
        written: str = "",
        path: str | None = None,
    ) -> Article:
        self.next_id += 37
        day = pub[:10].replace("-", "")
        path = path or f"{col}{day[:6]}/t{day}_{self.next_id}.html"
        xxgk = col.startswith("/zwgk/")
        art = Article(
            path=path,
            col=col,
            title=title,
            pub=pub if len(pub) > 10 else pub + " 09:30",
            publisher=publisher,
            body=body,
            xxgk=xxgk,
            index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 997:05d}" if xxgk else "",
            written=written or pub[:10],
            doc_no=doc_no,
        )
        self.articles[path] = art
        self.page(path, self._article_page(art))
        if negative:
            self.negative_titles.append(title)
        return art

    def _reports(self) -> None:
        def gold(
            title: str,
            seed: str,
            pub: str,
            *,
            publisher: str,
            index_tail: str,
            written: str,
            doc_no: str = "",
        ) -> None:
            self.next_id += 37
            day = pub[:10].replace("-", "")
            path = f"{FZZF}{day[:6]}/t{day}_{self.next_id}.html"
            body = self.gold_report(
                path,
                seed,
                title,
                publisher=publisher,
                publish_date=pub[:10],
                index_no=f"{CREDIT}/{index_tail}",
                written_date=written,
                doc_no=doc_no or None,
            )
            art = Article(
                path=path,
                col=FZZF,
                title=title,
                pub=pub,
                publisher=publisher,
                body=body,
                xxgk=True,
                index_no=f"{CREDIT}/{index_tail}",
                written=written,
                doc_no=doc_no,
            )
            self.articles[path] = art
            self.page(path, self._article_page(art))

        gold(
            "淅川县人民政府关于2024年度法治政府建设情况的报告",
            "003",
            "2025-03-26 16:20",
            publisher=GOV,
            index_tail="2025-00136",
            written="2025-03-20",
            doc_no="淅政文〔2025〕18号",
        )
        gold(
            "淅川县司法局2024年度法治政府建设工作报告",
            "001",
            "2025-01-22 10:05",
            publisher=SFJ,
            index_tail="2025-00021",
            written="2025-01-20",
        )
        gold(
            "淅川县人民政府关于2023年度法治政府建设情况的报告",
            "000",
            "2024-03-28 11:40",
            publisher=GOV,
            index_tail="2024-00117",
            written="2024-03-22",
            doc_no="淅政文〔2024〕15号",
        )
        gold(
            "淅川县人民政府关于2020年度法治政府建设工作情况的报告",
            "004",
            "2021-03-15 15:00",
            publisher=GOV,
            index_tail="2021-00063",
            written="2021-03-10",
            doc_no="淅政文〔2021〕9号",
        )

    def _fzzf_decoys(self) -> None:
        neg = NEGATIVE_BODY
        items = [
            ("2025年淅川县法治政府建设工作要点", "2025-04-08", GOV_OFFICE),
            ("关于开展2025年度法治政府建设督察工作的通知", "2025-04-01", GOV_OFFICE),
            (
                "图解：淅川县人民政府关于2024年度法治政府建设情况的报告",
                "2025-03-27",
                GOV_OFFICE,
            ),
            ("淅川县人民政府县长2024年度述法报告", "2025-03-12", GOV),
            ("关于2024年度法治政府建设考核结果的通报", "2025-02-18", GOV_OFFICE),
            ("淅川县2024年度行政执法统计年报", "2025-01-27", SFJ),
            ("2024年淅川县法治政府建设工作要点", "2024-04-10", GOV_OFFICE),
            (
                "一图读懂《淅川县人民政府关于2023年度法治政府建设情况的报告》",
                "2024-03-29",
                GOV_OFFICE,
            ),
            ("关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-12-05", GOV),
            ("关于2023年度法治政府建设考核结果的通报", "2024-02-06", GOV_OFFICE),
            ("淅川县人民政府县长2023年度述法报告", "2024-03-08", GOV),
            ("2023年淅川县法治政府建设工作要点", "2023-04-12", GOV_OFFICE),
            ("关于做好2023年度法治政府建设示范创建申报工作的通知", "2023-05-16", SFJ),
            ("2022年淅川县法治政府建设工作要点", "2022-04-14", GOV_OFFICE),
            ("关于2021年度法治政府建设考核结果的通报", "2022-02-21", GOV_OFFICE),
            ("淅川县法治政府建设实施方案（2021—2025年）", "2021-12-28", GOV),
            (
                "政策解读：《淅川县法治政府建设实施方案（2021—2025年）》",
                "2021-12-29",
                SFJ,
            ),
            ("2021年淅川县法治政府建设工作要点", "2021-04-20", GOV_OFFICE),
            ("关于2020年度法治政府建设考核结果的通报", "2021-02-25", GOV_OFFICE),
            ("2020年淅川县法治政府建设工作要点", "2020-04-22", GOV_OFFICE),
            ("淅川县法治政府建设示范创建活动实施方案", "2020-07-09", GOV_OFFICE),
            ("2019年淅川县法治政府建设工作要点", "2019-04-18", GOV_OFFICE),
        ]
        for title, pub, publisher in items:
            self._add(FZZF, title, pub, publisher, neg, negative=True)

    def _news_and_meetings(self) -> None:
        news = [
            ("淅川县召开2025年法治政府建设工作推进会", "2025-04-03"),
            ("我县开展法治政府建设示范创建实地评估", "2025-03-18"),
            ("县司法局举办全县行政执法人员法治政府建设专题培训班", "2025-02-26"),
            ("淅川县召开2024年法治政府建设工作推进会", "2024-04-02"),
            ("市法治督察组来我县开展法治政府建设督察", "2024-09-11"),
            ("我县获评全省法治政府建设示范县", "2024-11-20"),
            ("淅川县召开2023年法治政府建设工作推进会", "2023-04-06"),
            ("县委依法治县办召开法治政府建设工作座谈会", "2023-08-15"),
            ("淅川县召开2022年法治政府建设工作推进会", "2022-03-30"),
            ("淅川县开展法治政府建设“回头看”活动", "2022-09-07"),
            ("淅川县召开2021年法治政府建设工作推进会", "2021-04-08"),
            ("淅川县召开2020年法治政府建设工作推进会", "2020-05-12"),
            ("淅川县召开2019年法治政府建设工作推进会", "2019-04-25"),
        ]
        for title, pub in news:
            self._add("/xwzx/xcyw/", title, pub, MEDIA, NEGATIVE_BODY, negative=True)
        # 依法治县委员会 meetings and the 常务会议 headline: the keyword in the text only
        for n, pub in enumerate(
            ["2025-01-17", "2024-01-19", "2023-02-03", "2022-01-21", "2021-01-29", "2020-01-10"]
        ):
            year = int(pub[:4]) - 1
            body = [
                f"{pub[:4]}年{int(pub[5:7])}月{int(pub[8:10])}日，县委全面依法治县委员会召开"
                f"第{6 - n}次会议，总结{year}年全县法治建设工作，安排部署下一步重点任务。",
                f"会议审议了《{year}年度全县法治政府建设情况报告（送审稿）》和"
                f"《{year + 1}年全县法治政府建设工作要点》。",
                "会议强调，要深入学习贯彻习近平法治思想，推动全县法治建设迈上新台阶。",
            ]
            self._add(
                "/xwzx/xcyw/",
                f"县委全面依法治县委员会召开第{6 - n}次会议",
                pub,
                MEDIA,
                body,
                negative=True,
            )
        for n, pub in [(58, "2025-03-21"), (41, "2024-03-20"), (27, "2023-03-24")]:
            year = int(pub[:4]) - 1
            body = [
                f"{int(pub[5:7])}月{int(pub[8:10])}日，县长主持召开县政府第{n}次常务会议。",
                f"会议听取了{year}年度法治政府建设情况的汇报，审议通过了"
                f"《淅川县人民政府关于{year}年度法治政府建设情况的报告》。",
                "会议还研究了春季农业生产、森林防火等工作。",
            ]
            self._add(
                "/xwzx/xcyw/", f"淅川县召开县政府第{n}次常务会议", pub, MEDIA, body, negative=True
            )
        # 部门动态: the 司法局's items that mention the keyword in the text only
        for title, pub in [
            ("县司法局召开2025年度工作会议", "2025-02-12"),
            ("县司法局开展“八五”普法中期评估", "2023-10-19"),
            ("县司法局召开2022年度工作总结会议", "2023-01-11"),
            ("县司法局推进行政执法“三项制度”落实", "2021-06-22"),
        ]:
            body = [
                f"{pub[:4]}年，县司法局紧紧围绕全县中心工作，统筹推进法治政府建设和司法行政各项工作。",
                "会议强调，要坚持以习近平法治思想为指导，不断提升行政执法规范化水平。",
                "会议要求，各股室、司法所要明确责任，狠抓落实，确保各项任务按时完成。",
            ]
            self._add("/xwzx/bmdt/", title, pub, SFJ, body, negative=True)
        # 常务会议 (信息公开): the meeting that 听取 the report, every year
        meetings = [
            (58, "2025-03-21", "2024"),
            (41, "2024-03-20", "2023"),
            (27, "2023-03-24", "2022"),
            (12, "2022-03-18", "2021"),
            (63, "2021-03-09", "2020"),
            (48, "2020-03-27", "2019"),
        ]
        for n, pub, year in meetings:
            title = f"淅川县人民政府第{n}次常务会议纪要"
            body = [
                f"{pub[:4]}年{int(pub[5:7])}月{int(pub[8:10])}日，县长主持召开县人民政府第{n}次常务会议。",
                f"会议听取了县司法局关于《淅川县人民政府关于{year}年度法治政府建设情况的报告》"
                "起草情况的汇报，原则同意该报告，由县司法局按程序报送并向社会公开。",
                "会议研究了春季农业生产、森林防火和安全生产工作。",
                "会议要求，各乡镇、各部门要压实责任，确保各项工作落地见效。",
            ]
            self._add("/zwgk/fdzdgknr/cwhy/", title, pub, GOV_OFFICE, body, negative=True)
        notices = [
            ("关于召开全县2025年法治政府建设工作推进会的通知", "2025-03-31", True),
            ("淅川县2025年公开招聘社区工作者公告", "2025-04-07", False),
            ("关于城区部分路段停水的通知", "2025-03-25", False),
            ("淅川县2025年春季森林防火禁火令", "2025-02-20", False),
            ("关于征集2025年县政府重大行政决策事项的公告", "2025-01-15", True),
            ("关于2025年城乡居民基本医疗保险参保缴费的通告", "2024-10-09", False),
        ]
        for title, pub, hit in notices:
            self._add(
                "/xwzx/tzgg/",
                title,
                pub,
                GOV_OFFICE,
                NEGATIVE_BODY if hit else FILLER_BODY,
                negative=hit,
            )
        for title, pub in [
            ("淅川县春季农业生产现场会召开", "2025-03-14"),
            ("我县举办2025年春风行动招聘会", "2025-02-17"),
            ("淅川县召开优化营商环境工作推进会", "2025-02-10"),
        ]:
            self._add("/xwzx/xcyw/", title, pub, MEDIA, FILLER_BODY)

    def _other_columns(self) -> None:
        for year in range(2024, 2018, -1):
            body = [
                f"本报告根据《中华人民共和国政府信息公开条例》要求，由淅川县人民政府办公室编制，"
                f"报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。",
                f"一、总体情况。{year}年，我县坚持以公开为常态、不公开为例外，围绕法治政府建设"
                "和优化营商环境，全面推进决策、执行、管理、服务、结果公开。",
                "二、主动公开政府信息情况（略）。",
                "三、收到和处理政府信息公开申请情况（略）。",
            ]
            self._add(
                "/zwgk/ndbg/",
                f"淅川县人民政府{year}年政府信息公开工作年度报告",
                f"{year + 1}-01-{20 + year % 7:02d}",
                GOV_OFFICE,
                body,
                negative=True,
            )
        for year in range(2025, 2019, -1):
            body = [
                "各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员提出意见。",
                f"一、{year - 1}年工作回顾。过去一年，我们坚持依法行政，深入推进法治政府建设，"
                "自觉接受县人大及其常委会的法律监督和工作监督。",
                f"二、{year}年主要任务。坚持稳中求进工作总基调，加快建设现代化淅川。",
            ]
            self._add(
                "/zwgk/fdzdgknr/ghjh/",
                f"{year}年淅川县人民政府工作报告",
                f"{year}-01-{10 + year % 9:02d}",
                GOV,
                body,
                negative=True,
            )
        policies = [
            ("淅川县人民政府关于印发淅川县重大行政决策程序规定的通知", "2024-06-18", True),
            ("淅川县人民政府办公室关于进一步加强行政规范性文件管理的通知", "2023-09-05", True),
            ("淅川县人民政府关于印发淅川县城乡环境综合整治方案的通知", "2025-03-03", False),
            ("淅川县人民政府办公室关于进一步加强耕地保护工作的通知", "2024-12-02", False),
            ("淅川县人民政府关于公布2025年度重大行政决策事项目录的通知", "2025-02-28", True),
            ("淅川县人民政府办公室关于做好2025年春季农业生产工作的通知", "2025-02-11", False),
        ]
        for title, pub, hit in policies:
            self._add(
                "/zwgk/fdzdgknr/zcwj/",
                title,
                pub,
                GOV_OFFICE if "办公室" in title else GOV,
                NEGATIVE_BODY if hit else FILLER_BODY,
                negative=hit,
                doc_no=f"淅政{'办' if '办公室' in title else ''}〔{pub[:4]}〕{int(pub[8:10]) + 3}号",
            )
        for col, titles in {
            "/zwgk/fdzdgknr/jgzn/": ["淅川县人民政府领导工作分工", "淅川县人民政府办公室主要职责"],
            "/zwgk/fdzdgknr/czzj/": ["淅川县2025年县级部门预算公开", "淅川县2024年县级决算公开"],
            "/zwgk/fdzdgknr/rsxx/": ["淅川县2025年事业单位公开招聘工作人员公告"],
            "/zwgk/xxgkzn/": ["淅川县人民政府信息公开指南"],
            "/zwgk/xxgkzd/": ["淅川县政府信息依申请公开工作规程"],
        }.items():
            for k, title in enumerate(titles):
                self._add(col, title, f"2025-0{1 + k}-0{3 + k}", GOV_OFFICE, FILLER_BODY)

    # --- pages ----------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: str, main: str, *, charset: str = "utf-8") -> str:
        nav = [
            ("首页", "/"),
            ("走进淅川", "/zjxc/"),
            ("新闻中心", "/xwzx/xcyw/"),
            ("政务公开", "/zwgk/"),
            ("政务服务", "https://www.hnzwfw.gov.cn/"),
            ("互动交流", "/hdjl/"),
            ("专题专栏", "/ztzl/"),
        ]
        items = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in nav)
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        masthead = (
            '<div class="header"><div class="wrap"><a class="logo" href="/">'
            f'<img src="/images/logo.png" alt="{esc(SITE)}" /></a>'
            f'<div class="search"><form name="searchform" action="{SEARCH}" method="get" '
            'target="_blank" accept-charset="gbk" onsubmit="document.charset=\'gbk\';">'
            f'<input type="hidden" name="channelid" value="{CHANNEL}" />'
            '<input type="hidden" name="orderby" value="-DOCRELTIME" />'
            '<input type="text" name="searchword" class="text" placeholder="请输入关键词" />'
            '<input type="submit" value="搜索" class="btn" /></form></div></div></div>\n'
            f'<div class="mainnav"><ul class="wrap">{items}</ul></div>\n'
        )
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, charset=charset)
            + fu.access_toolbar(SITE)
            + masthead
            + '<div class="main wrap">'
            + crumbs
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="豫ICP备05009871号",
                police="豫公网安备 41132602000118号",
                code=CODE,
                address="河南省南阳市淅川县龙城街道办事处灌河路",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

    @staticmethod
    def _crumbs(*links: tuple[str, str], here: str = "") -> str:
        parts = [f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in links]
        if here:
            parts.append(f"<span>{esc(here)}</span>")
        return '<div class="location"><span>当前位置：</span>' + " &gt; ".join(parts) + "</div>\n"

    def _article_page(self, art: Article) -> str:
        name, section = COLUMNS[art.col]
        body = fu.paragraphs(art.body)
        if art.xxgk:
            meta = (
                '<table class="xxgk-table" width="100%" border="1" cellspacing="0">'
                f'<tr><td class="t">索 引 号：</td><td>{esc(art.index_no)}</td>'
                f'<td class="t">信息分类：</td><td>{esc(name)}</td></tr>'
                f'<tr><td class="t">发布机构：</td><td>{esc(art.publisher)}</td>'
                f'<td class="t">成文日期：</td><td>{esc(art.written)}</td></tr>'
                f'<tr><td class="t">文　　号：</td><td>{esc(art.doc_no)}</td>'
                f'<td class="t">发布日期：</td><td>{esc(art.pub[:10])}</td></tr>'
                f'<tr><td class="t">名　　称：</td><td colspan="3">{esc(art.title)}</td></tr>'
                "</table>"
            )
            info = ""
            crumbs = self._crumbs(("首页", "/"), ("政务公开", "/zwgk/"), here=name)
        else:
            meta = ""
            info = (
                f'<div class="article-info"><span>发布时间：{esc(art.pub)}</span>'
                f"<span>来源：{esc(art.publisher)}</span>"
                "<span>浏览次数：<script>_showDynClick()</script></span>"
                '<span>【字体：<a href="javascript:doZoom(18)">大</a> '
                '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】'
                "</span></div>"
            )
            crumbs = self._crumbs(("首页", "/"), (section, "/xwzx/xcyw/"), (name, art.col))
        main = (
            '<div class="article">'
            + meta
            + f'<div class="article-tit"><h1>{esc(art.title)}</h1></div>'
            + info
            + '<div class="article-con" id="zoom"><div class="TRS_Editor">\n'
            + body
            + "\n</div></div>"
            + fu.article_tools()
            + fu.float_share()
            + "</div>"
        )
        return self._frame(art.title, crumbs, main)

    def _columns(self) -> None:
        for col, (name, section) in COLUMNS.items():
            items = sorted(
                (a for a in self.articles.values() if a.col == col),
                key=lambda a: a.pub,
                reverse=True,
            )
            chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
            for n, chunk in enumerate(chunks):
                rows = "".join(
                    f'<li><a href="./{esc(a.path[len(col) :])}" target="_blank" '
                    f'title="{esc(a.title)}">{esc(a.title)}</a><span>{a.pub[:10]}</span></li>'
                    for a in chunk
                )
                pager = (
                    '<div class="page"><script type="text/javascript">'
                    f'createPageHTML({len(chunks)}, {n}, "index", "html");</script></div>'
                )
                main = (
                    (self._tree() if section == "政务公开" else "")
                    + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                    + f'<ul class="list">{rows}</ul>{pager}</div>'
                )
                sec_url = "/zwgk/" if section == "政务公开" else "/xwzx/xcyw/"
                crumbs = self._crumbs(("首页", "/"), (section, sec_url), (name, col))
                html = self._frame(name, crumbs, main)
                self.page(col + ("index.html" if n == 0 else f"index_{n}.html"), html)
                if n == 0:
                    self.page(col, html)

    def _tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                ("政府信息公开制度", "/zwgk/xxgkzd/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("机构职能", "/zwgk/fdzdgknr/jgzn/"),
                        ("政策文件", "/zwgk/fdzdgknr/zcwj/"),
                        ("规划计划", "/zwgk/fdzdgknr/ghjh/"),
                        ("财政资金", "/zwgk/fdzdgknr/czzj/"),
                        ("人事信息", "/zwgk/fdzdgknr/rsxx/"),
                        ("常务会议", "/zwgk/fdzdgknr/cwhy/"),
                    ],
                ),
                ("政府信息公开年报", "/zwgk/ndbg/", []),
            ],
        )

    def _newest(self, col: str, n: int) -> list[Article]:
        return sorted(
            (a for a in self.articles.values() if a.col == col), key=lambda a: a.pub, reverse=True
        )[:n]

    def _box(self, title: str, more: str, items: list[Article], cls: str = "") -> str:
        return (
            f'<div class="home-box {cls}"><div class="tit"><span>{esc(title)}</span>'
            f'<a class="more" href="{esc(more)}" target="_blank">更多&gt;&gt;</a></div><ul>'
            + "".join(
                f'<li><a href="{esc(a.path)}" target="_blank" title="{esc(a.title)}">'
                f"{esc(a.title)}</a><span>{a.pub[5:10]}</span></li>"
                for a in items
            )
            + "</ul></div>"
        )

    def more_gbk(self) -> str:
        word = quote(KEYWORD.encode("gbk"))
        return f"{SEARCH}?channelid={CHANNEL}&searchword={word}&orderby=-DOCRELTIME"

    def more_utf8(self) -> str:
        return f"{SEARCH}?searchword={quote(KEYWORD)}&channelid={CHANNEL}"

    def _home(self) -> None:
        main = (
            '<div class="home-row">'
            + '<div class="focus"><a href="/xwzx/xcyw/"><img src="/images/focus1.jpg" '
            'alt="淅川要闻" /></a></div>'
            + self._box("淅川要闻", "/xwzx/xcyw/", self._newest("/xwzx/xcyw/", 7))
            + self._box("通知公告", "/xwzx/tzgg/", self._newest("/xwzx/tzgg/", 6))
            + "</div><div class='home-row'>"
            + self._box(
                "政策文件", "/zwgk/fdzdgknr/zcwj/", self._newest("/zwgk/fdzdgknr/zcwj/", 5)
            )
            + self._box("法治政府建设", self.more_gbk(), self._newest(FZZF, 3), "fzzf")
            + "</div><div class='home-row zt-banner'>"
            + '<a href="/ztzl/"><img src="/images/banner_xczx.jpg" alt="乡村振兴" /></a>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, "", main)
        self.page("/", html)
        self.page("/index.html", html)

    def _zwgk(self) -> None:
        main = (
            self._tree()
            + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            + "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p>"
            + self._box(
                "政策文件", "/zwgk/fdzdgknr/zcwj/", self._newest("/zwgk/fdzdgknr/zcwj/", 5)
            )
            + self._box("法治政府建设", self.more_utf8(), self._newest(FZZF, 3), "fzzf")
            + self._box("政府信息公开年报", "/zwgk/ndbg/", self._newest("/zwgk/ndbg/", 3))
            + "</div>"
        )
        html = self._frame("政务公开", self._crumbs(("首页", "/"), here="政务公开"), main)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)

    def _static(self) -> None:
        for path, title, text in [
            ("/zjxc/", "走进淅川", "淅川县位于河南省西南部，豫鄂陕三省七县结合部。"),
            ("/hdjl/", "互动交流", "县长信箱　在线咨询　民意征集"),
            ("/ztzl/", "专题专栏", "乡村振兴　优化营商环境　安全生产"),
            ("/wzdt/", "网站地图", "首页　走进淅川　新闻中心　政务公开　政务服务　互动交流"),
            ("/lxwm/", "联系我们", "地址：淅川县灌河路　电话：0377-69235000"),
            ("/wzsm/", "网站声明", "本网站所刊登的信息，未经协议授权，禁止下载使用。"),
            ("/sybz/", "使用帮助", "建议使用IE9以上版本浏览器访问本网站。"),
        ]:
            crumbs = self._crumbs(("首页", "/"), here=title)
            self.page(path, self._frame(title, crumbs, f"<p>{esc(text)}</p>"))

    # --- search (TRS WAS5, a GBK application) ----------------------------------------------
    @staticmethod
    def _decode(raw: str) -> str:
        data = unquote_to_bytes(raw.replace("+", " "))
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("gbk", errors="replace")

    def _search(self, hit: Hit) -> Reply:
        params = {}
        for pair in hit.query.split("&"):
            key, _, value = pair.partition("=")
            params.setdefault(self._decode(key), self._decode(value))
        word = params.get("searchword", "").strip()
        order = params.get("orderby", "")
        page_raw = params.get("page", "1")
        page = int(page_raw) if page_raw.isdigit() and int(page_raw) > 0 else 1
        terms = [t for t in re.split(r"\s+", word) if t]

        def matches(a: Article) -> bool:
            text = a.title + "".join(a.body)
            return bool(terms) and all(t in text for t in terms)

        found = [a for a in self.articles.values() if matches(a)]
        if order == "-DOCRELTIME":
            found.sort(key=lambda a: a.pub, reverse=True)
        else:
            found.sort(key=lambda a: (all(t in a.title for t in terms), a.pub), reverse=True)
        pages = max(1, -(-len(found) // PER_PAGE))
        page = min(page, pages)
        chunk = found[(page - 1) * PER_PAGE : page * PER_PAGE]

        def mark(text: str) -> str:
            out = esc(text)
            for t in terms:
                out = out.replace(esc(t), f"<font color='red'>{esc(t)}</font>")
            return out

        def snippet(a: Article) -> str:
            text = "".join(a.body)
            at = min((text.find(t) for t in terms if t in text), default=0)
            start = max(0, at - 30)
            cut = text[start : start + 110]
            return ("..." if start else "") + mark(cut) + "..."

        def short(title: str) -> str:
            return title if len(title) <= 36 else title[:36] + "..."

        rows = "".join(
            '<div class="jsearch-result-box"><div class="jsearch-result-title">'
            f'<a href="{esc(self.base_url + a.path)}" target="_blank">{mark(short(a.title))}</a>'
            "</div>"
            f'<div class="jsearch-result-abs">{snippet(a)}</div>'
            f'<div class="jsearch-result-url"><a href="{esc(self.base_url + a.path)}" '
            f'target="_blank">{esc(self.base_url + a.path)}</a>'
            f'<span class="jsearch-result-date">{a.pub[:10]}</span></div></div>\n'
            for a in chunk
        )
        qword = quote(word.encode("gbk", errors="replace"))

        def link(n: int, order_by: str = order) -> str:
            return (
                f"search?page={n}&amp;channelid={CHANNEL}&amp;searchword={qword}"
                f"&amp;keyword={qword}&amp;orderby={order_by}&amp;perpage={PER_PAGE}"
                "&amp;outlinepage=10"
            )

        first = (page - 1) // 10 * 10 + 1
        nums = " ".join(
            f'<span class="current">{k}</span>' if k == page else f'<a href="{link(k)}">{k}</a>'
            for k in range(first, min(pages, first + 9) + 1)
        )
        pager = (
            (
                "首页 上一页 "
                if page == 1
                else f'<a href="{link(1)}">首页</a> <a href="{link(page - 1)}">上一页</a> '
            )
            + nums
            + (
                " 下一页 尾页"
                if page == pages
                else f' <a href="{link(page + 1)}">下一页</a> <a href="{link(pages)}">尾页</a>'
            )
            + f'　共{pages}页　到第<input type="text" id="jumpPage" size="3" value="{page}" />页'
            '<a href="javascript:goPage();" class="go">GO</a>'
        )
        script = (
            '<script type="text/javascript">function goPage(){var n=parseInt('
            "document.getElementById('jumpPage').value,10);"
            f"if(isNaN(n)||n<1||n>{pages}){{alert('请输入正确的页码');return;}}"
            f"location.href='search?page='+n+'&channelid={CHANNEL}&searchword={qword}"
            f"&keyword={qword}&orderby={order}&perpage={PER_PAGE}&outlinepage=10';}}</script>"
        )
        sorter = (
            '<div class="jsearch-sort">排序：'
            + (
                f'<a href="{link(1, "")}">按相关度</a> <span class="on">按时间</span>'
                if order == "-DOCRELTIME"
                else f'<span class="on">按相关度</span> <a href="{link(1, "-DOCRELTIME")}">按时间</a>'
            )
            + "</div>"
        )
        head = (
            '<div class="jsearch-box"><form name="searchform" action="search" method="get">'
            f'<input type="hidden" name="channelid" value="{CHANNEL}" />'
            f'<input type="text" name="searchword" value="{esc(word)}" class="text" />'
            '<input type="submit" value="搜 索" class="btn" />'
            '<label><input type="checkbox" name="inresult" value="1" />在结果中搜索</label>'
            "</form></div>"
        )
        body = (
            head
            + '<div class="jsearch-info">'
            + (f"搜索“<b>{esc(word)}</b>”，" if word else "")
            + f'共找到 <span class="num">{len(found)}</span> 条结果</div>'
            + sorter
            + '<div class="jsearch-result">\n'
            + (rows or '<p class="tip">对不起，没有找到相关内容，请更换关键词重新检索。</p>')
            + "</div>"
            + (f'<div class="jsearch-page">{pager}</div>{script}' if found else "")
        )
        crumbs = self._crumbs(("首页", "/"), here="站内搜索")
        html = self._frame("站内搜索", crumbs, body, charset="gb2312")
        return html_reply(html, encoding="gbk", header_charset="GBK")

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == SEARCH:
            return self._search(hit)
        return super().dynamic(hit)

    def page_kind(self, path: str) -> str:
        bare = path.split("?", 1)[0]
        if bare in {g.path for g in self.gold}:
            return "report"
        if bare == SEARCH:
            return "search"
        art = self.articles.get(bare)
        if art is not None:
            return f"{COLUMNS[art.col][0]} article"
        for col, (name, _) in COLUMNS.items():
            if bare.startswith(col):
                return f"{name} column"
        return "home/other" if bare in ("/", "/index.html") else f"other {bare}"

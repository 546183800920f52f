"""A large, busy county portal on Hanweb 大汉 jcms (`/col/col<id>/index.html`, paged by
`index.html?uid=<unit>&pageNum=N`; articles `/art/Y/M/D/art_<col>_<id>.html`), the size of a
real Zhejiang county's, to see whether a crawl finds every report within a sane request budget:

- a home page of about 150 links: 头条 and a 图片新闻 carousel, 今日要闻 / 通知公告 / 部门动态 /
  乡镇动态 boxes, 政务公开 quick links, 专题专栏 banners (images whose only text is their
  `alt`), 办事服务 links to the province's 政务服务网 (another host), a 县长信箱 留言 board,
  数据发布, 友情链接;
- eight menu sections, each with 5–12 columns; news columns of 50–200 listing pages of 20
  headlines each (titles and dates made procedurally), many of them naming 法治 (宪法宣传周,
  普法, 法治政府建设示范创建, a 常务会议 that 听取法治政府建设工作情况报告, 工作要点, 实施方案);
  a 留言 board of 100 pages;
- a 政府信息公开 tree of about 70 leaves: 指南, 制度, 年报, 依申请公开; 法定主动公开内容 with
  机构职能, 政策文件 by 文种, 规划计划, 财政信息, 15 重点领域 and 其他主动公开 (法治政府建设
  among them); 部门信息公开 of 25 departments and 乡镇信息公开 of 10 乡镇/街道.

Five reports, where real portals put them:
- two in 其他主动公开 › 法治政府建设 (four pages): the 2024 report on page 1, the 2022 one on
  page 3 (the 2023 one was never filed there);
- the 县司法局's 2024 report in its 部门信息公开 column;
- the county's 2023 report only in 通知公告, on page 12 of 40;
- the 县综合行政执法局's 2024 report in the 法治政府建设 专题 sub-site, whose only way in is a
  home-page banner `<a>` holding only `<img alt="法治政府建设专题">` (the 专题专栏 index lists
  the older topics, not this one).

信息公开 articles show a 索引号/主题分类/发布机构/生成日期/文号/有效性 table above the title and
`发布日期：` below it; news and notices show `发布日期：… 信息来源：…`.

Listings and articles are rendered on request from the path, so the fixture stays cheap to build.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from lawreports.pipelines.normalize import strip_pinyin, to_simplified
from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Hit, Reply, html_reply
from tests.fixtureweb.sites.demo import GoldReport

SITE = "缙云县人民政府"
COUNTY = "缙云县"
CODE = "3311220001"
ORG = "002651036"  # the 县政府's organisation code, the head of its 索引号
PER_PAGE = 20
LATEST = dt.date(2025, 11, 20)
ZWFW = "https://www.zjzwfw.gov.cn/zjservice/area/jinyun"

LEADERS = ["县委书记王立新", "县长陈海峰", "县委副书记吴晓东", "常务副县长周建明", "副县长李慧"]
TOWNS = [
    "五云街道",
    "仙都街道",
    "新碧街道",
    "壶镇镇",
    "新建镇",
    "东渡镇",
    "舒洪镇",
    "大源镇",
    "东方镇",
    "前路乡",
]
DEPTS = [
    "县发展和改革局",
    "县经济商务科技局",
    "县教育局",
    "县公安局",
    "县民政局",
    "县司法局",
    "县财政局",
    "县人力资源和社会保障局",
    "县自然资源和规划局",
    "县住房和城乡建设局",
    "县交通运输局",
    "县水利局",
    "县农业农村局",
    "县文化和广电旅游体育局",
    "县卫生健康局",
    "县退役军人事务局",
    "县应急管理局",
    "县审计局",
    "县市场监督管理局",
    "县统计局",
    "县医疗保障局",
    "县综合行政执法局",
    "县林业局",
    "县信访局",
    "丽水市生态环境局缙云分局",
]
TOPICS = [
    "乡村振兴",
    "共同富裕示范区建设",
    "安全生产",
    "森林防火",
    "防汛防台",
    "优化营商环境",
    "全国文明城市创建",
    "秸秆禁烧",
    "消防安全",
    "食品安全",
    "农村饮用水达标提标",
    "数字化改革",
    "招商引资",
    "山海协作",
    "缙云烧饼产业",
    "仙都景区提升",
    "生态环境保护",
    "信访积案化解",
    "未来乡村建设",
    "“千万工程”",
    "耕地保护",
    "城市有机更新",
]
ACTIVITIES = [
    "“学雷锋”志愿服务",
    "安全生产大检查",
    "消防应急演练",
    "“3·15”消费者权益保护宣传",
    "春季植树造林",
    "防范电信网络诈骗宣传",
    "“民生实事”督查",
    "健康义诊进乡村",
    "技能人才招聘会",
    "夏季高温慰问",
    "垃圾分类入户宣传",
    "农村危房排查",
]
# 法治 words in news and notices: never reports.
LAW_NEWS = [
    "{dept}开展“宪法宣传周”系列活动",
    "我县召开法治政府建设示范创建工作推进会",
    "县政府常务会议听取{y}年度法治政府建设工作情况报告",
    "全县领导干部学法用法专题培训班开班",
    "县委全面依法治县委员会召开第{n}次会议",
    "{town}开展“八五”普法宣传进村入户活动",
    "我县召开{y1}年法治政府建设工作会议",
    "缙云县举办{y1}年行政执法人员法治培训班",
    "民法典宣传月：法治宣传走进{town}",
    "我县部署{y1}年法治政府建设重点工作",
    "县司法局召开法治政府建设示范创建迎检工作部署会",
    "我县通过省级法治政府建设示范县评估验收",
    "{town}“法治村（社区）”创建工作获评先进",
]
LAW_NOTICES = [
    "关于召开{y1}年全县法治政府建设推进会的通知",
    "关于开展{y1}年度法治政府建设示范创建申报工作的通知",
    "关于公布{y1}年度县级重大行政决策事项目录的公告",
    "关于开展{y1}年度行政执法案卷评查工作的通知",
    "关于{y}年度县级部门述法工作情况的通报",
    "关于{y}年度法治政府建设考核结果的通报",
    "关于印发《缙云县{y1}年法治政府建设工作要点》的通知",
    "关于印发《缙云县法治政府建设实施方案（2021—2025年）》的通知",
    "关于举办全县行政执法人员法治政府建设专题培训班的通知",
    "关于做好{y}年度法治政府建设年度报告报送工作的通知",
    "关于开展{y1}年“宪法宣传周”活动的通知",
]
NOTICE_TEMPLATES = [
    "缙云县{y1}年公开招聘事业单位工作人员公告",
    "关于{road}部分路段临时交通管制的通告",
    "缙云县{y1}年{season}森林防火期禁火令",
    "关于{town}{area}区域计划停水的通知",
    "缙云县{y1}年{m}月政府采购意向公开",
    "缙云县{y1}年耕地地力保护补贴发放公示",
    "关于做好{y1}年城乡居民基本医疗保险参保缴费工作的通告",
    "缙云县{y1}年度拟提拔任用干部任前公示",
    "关于缙云县国有建设用地使用权挂牌出让的公告（缙土挂〔{y1}〕{n}号）",
    "缙云县{y1}年义务教育阶段招生工作公告",
    "关于{y1}年{holiday}放假安排的通知",
    "缙云县{y1}年第{n}批低保对象审批结果公示",
    "关于征集{y1}年县政府民生实事候选项目的公告",
    "缙云县{y1}年{m}月份重点工程建设进度通报",
]
NEWS_TEMPLATES = [
    "{leader}调研{topic}工作",
    "我县召开{topic}工作推进会",
    "缙云县{topic}工作取得新成效",
    "{town}：{topic}跑出“加速度”",
    "县政府召开第{n}次常务会议",
    "县人大常委会召开第{n}次会议",
    "{leader}督查{topic}工作",
    "缙云县{y1}年{topic}工作会议召开",
    "{leader}带队赴{city}考察学习",
    "我县{topic}经验在全市推广",
    "缙云县举行{y1}年{event}",
    "{town}开展{activity}活动",
]
DEPT_NEWS = [
    "{dept}开展{activity}活动",
    "{dept}召开{y1}年工作务虚会",
    "{dept}扎实推进{topic}工作",
    "{dept}召开党风廉政建设工作会议",
    "{dept}组织开展{activity}",
    "{dept}部署{topic}重点任务",
]
TOWN_NEWS = [
    "{town}开展{activity}活动",
    "{town}召开{topic}工作部署会",
    "{town}：{topic}有声有色",
    "{town}全力做好{topic}工作",
    "{town}组织开展{activity}",
]
EVENTS = ["农民丰收节", "杨梅节", "轩辕祭典", "招商推介会", "人才科技节", "烧饼文化节"]
CITIES = ["杭州", "宁波", "温州", "嘉兴", "上海", "苏州"]
ROADS = ["五云大道", "黄龙路", "仙都路", "好溪路", "丽缙大道"]
HOLIDAYS = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节、国庆节"]


@dataclass
class Column:
    cid: int
    name: str
    parent: int | None  # a node of the menu or the catalogue
    kind: str  # news | notice | xxgk | node | page | topic
    pages: int = 1
    latest: dt.date = LATEST
    spacing: float = 1.0  # days between two items
    publisher: str = "缙云县人民政府办公室"
    items: list[Item] = field(default_factory=list)


@dataclass
class Item:
    title: str
    date: str
    path: str
    cid: int
    body: list[str]
    source: str
    index_no: str = ""
    written: str = ""
    doc_no: str = ""
    topic: str = "其他"


def simplified(text: str) -> str:
    return to_simplified(strip_pinyin(text)[0])


class BigPortalCountySite(BlindSite):
    name = "big_portal_county"
    # `scrapy checksite`'s default page budget stops before page 12 of 通知公告.
    check_pages = 450
    region = "浙江省丽水市缙云县"

    def __init__(self) -> None:
        super().__init__()
        self.columns: dict[int, Column] = {}
        self.docs: dict[str, Item] = {}
        self.uids: dict[int, int] = {}
        self.letters: list[tuple[int, str, str, str]] = []

    # --- the column tree ----------------------------------------------------------------------
    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.columns.clear()
        self.docs.clear()
        self.uids.clear()
        self._next_aid = 3_060_000
        self._tree()
        for col in self.columns.values():
            self._fill(col)
        self._place_reports()
        self._letters()
        self._home()

    def _col(self, cid: int, name: str, parent: int | None, kind: str, **kw: object) -> int:
        self.columns[cid] = Column(cid, name, parent, kind, **kw)  # type: ignore[arg-type]
        self.uids[cid] = 4_700_000 + (cid * 37) % 99_991
        return cid

    def _tree(self) -> None:
        c = self._col
        # 1 走进缙云
        c(1001, "走进缙云", None, "node")
        for k, n in enumerate(
            ["县情概况", "历史沿革", "行政区划", "自然地理", "人口民族", "经济发展", "风景名胜"]
        ):
            c(1011 + k, n, 1001, "page")
        # 2 新闻中心
        c(1002, "新闻中心", None, "node")
        c(1021, "今日要闻", 1002, "news", pages=200, spacing=0.5, publisher="县融媒体中心")
        c(1022, "部门动态", 1002, "news", pages=150, spacing=0.6, publisher="")
        c(1023, "乡镇动态", 1002, "news", pages=120, spacing=0.75, publisher="")
        c(1024, "通知公告", 1002, "notice", pages=40, spacing=2.67)
        c(1025, "图片新闻", 1002, "news", pages=60, spacing=1.5, publisher="县融媒体中心")
        c(1026, "媒体聚焦", 1002, "news", pages=80, spacing=1.2, publisher="浙江日报")
        c(1027, "视频缙云", 1002, "news", pages=50, spacing=1.8, publisher="县融媒体中心")
        c(1028, "公示公告", 1002, "notice", pages=30, spacing=3.1)
        # 3 政务公开
        c(1003, "政务公开", None, "node")
        c(1031, "领导之窗", 1003, "page")
        c(1032, "政策解读", 1003, "news", pages=12, spacing=9, publisher="")
        c(1033, "人事信息", 1003, "notice", pages=8, spacing=14)
        c(1034, "政府常务会议", 1003, "news", pages=6, spacing=21, publisher="县政府办")
        c(1035, "建议提案办理", 1003, "notice", pages=5, spacing=25)
        c(1036, "新闻发布会", 1003, "news", pages=4, spacing=30, publisher="县委宣传部")
        # 4 政府信息公开 (the catalogue)
        g = c(1229400000, "政府信息公开", None, "node")
        c(1229400001, "政府信息公开指南", g, "xxgk")
        c(1229400002, "政府信息公开制度", g, "xxgk")
        fd = c(1229400010, "法定主动公开内容", g, "node")
        c(1229400003, "政府信息公开年报", g, "xxgk", pages=2, spacing=120)
        c(1229400004, "依申请公开", g, "xxgk")
        c(1229400011, "机构职能", fd, "xxgk")
        zc = c(1229400020, "政策文件", fd, "node")
        for k, (n, p) in enumerate(
            [("县政府文件", 5), ("县政府办公室文件", 6), ("规范性文件", 3), ("其他文件", 4)]
        ):
            c(1229400021 + k, n, zc, "xxgk", pages=p, spacing=12)
        gh = c(1229400030, "规划计划", fd, "node")
        c(1229400031, "发展规划", gh, "xxgk", pages=1, spacing=90)
        c(1229400032, "年度计划", gh, "xxgk", pages=1, spacing=120)
        cz = c(1229400040, "财政信息", fd, "node")
        for k, (n, p) in enumerate(
            [("财政预决算", 6), ("政府采购", 5), ("政府债务", 1), ("专项资金", 2)]
        ):
            c(1229400041 + k, n, cz, "xxgk", pages=p, spacing=7)
        zd = c(1229400050, "重点领域信息公开", fd, "node")
        for k, n in enumerate(
            [
                "重大建设项目",
                "公共资源交易",
                "征地信息",
                "国有土地上房屋征收与补偿",
                "社会救助",
                "就业创业",
                "教育领域",
                "医疗卫生",
                "生态环境",
                "食品药品监管",
                "安全生产",
                "保障性住房",
                "乡村振兴",
                "公共文化体育",
                "养老服务",
            ]
        ):
            c(1229400051 + k, n, zd, "xxgk", pages=1 + (k * 7) % 5, spacing=11)
        qt = c(1229400070, "其他主动公开", fd, "node")
        c(1229400071, "法治政府建设", qt, "xxgk", pages=4, spacing=24)
        c(1229400072, "行政执法公示", qt, "xxgk", pages=3, spacing=10)
        c(1229400073, "审计信息", qt, "xxgk", pages=1, spacing=60)
        c(1229400074, "人事任免", qt, "xxgk", pages=2, spacing=30)
        c(1229400075, "其他", qt, "xxgk", pages=2, spacing=20)
        bm = c(1229400100, "部门信息公开", g, "node")
        for k, d in enumerate(DEPTS):
            c(1229400101 + k, d, bm, "xxgk", pages=1 + (k * 3) % 4, spacing=13, publisher=_full(d))
        xz = c(1229400200, "乡镇信息公开", g, "node")
        for k, t in enumerate(TOWNS):
            c(1229400201 + k, t, xz, "xxgk", pages=1 + k % 3, spacing=15, publisher=t)
        # 5 政务服务 (local columns; the rest is on the 政务服务网)
        c(1005, "政务服务", None, "node")
        c(1051, "办事指南", 1005, "notice", pages=5, spacing=20)
        c(1052, "便民服务", 1005, "notice", pages=3, spacing=30)
        c(1053, "公共服务", 1005, "notice", pages=2, spacing=40)
        c(1054, "政务服务动态", 1005, "news", pages=10, spacing=7, publisher="县行政服务中心")
        c(1055, "中介服务", 1005, "notice", pages=1, spacing=60)
        # 6 互动交流 (县长信箱 is the 留言 board module)
        c(1006, "互动交流", None, "node")
        c(1061, "在线访谈", 1006, "news", pages=5, spacing=40, publisher="县融媒体中心")
        c(1062, "征集调查", 1006, "notice", pages=3, spacing=45)
        c(1063, "热点回应", 1006, "news", pages=4, spacing=30, publisher="县政府办")
        c(1064, "新闻发言人", 1006, "page")
        c(1065, "政民互动规则", 1006, "page")
        # 7 数据发布
        c(1007, "数据发布", None, "node")
        c(1071, "统计数据", 1007, "xxgk", pages=10, spacing=15, publisher="县统计局")
        c(1072, "统计公报", 1007, "xxgk", pages=1, spacing=365, publisher="县统计局")
        c(1073, "统计分析", 1007, "xxgk", pages=5, spacing=25, publisher="县统计局")
        c(1074, "经济运行", 1007, "xxgk", pages=6, spacing=30, publisher="县发展和改革局")
        c(1075, "价格信息", 1007, "xxgk", pages=8, spacing=10, publisher="县发展和改革局")
        c(1076, "普查数据", 1007, "xxgk", pages=1, spacing=200, publisher="县统计局")
        # 8 专题专栏: the index lists older topics; each a sub-site with one news column
        c(1008, "专题专栏", None, "node")
        for k, n in enumerate(TOPIC_NAMES):
            t = c(1229500010 + 10 * k, n, 1008, "topic")
            c(1229500011 + 10 * k, "工作动态", t, "news", pages=3 + k % 6, spacing=6)
        # the 法治政府建设 专题, linked only by a home-page banner
        fz = c(1229500500, "法治政府建设专题", None, "topic")
        for k, (n, p) in enumerate(FZ_TOPIC_COLUMNS):
            c(1229500501 + k, n, fz, "news", pages=p, spacing=12)

    # --- items --------------------------------------------------------------------------------
    def _path(self, cid: int, date: str) -> str:
        self._next_aid += 1
        y, m, d = (int(x) for x in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_{cid}_{self._next_aid}.html"

    def _fill(self, col: Column) -> None:
        if col.kind in ("node", "topic"):
            return
        rnd = random.Random(f"bigportal-{col.cid}")
        count = 1 if col.kind == "page" else col.pages * PER_PAGE - rnd.randrange(0, 12)
        if col.kind == "page":
            count = 1
        seen: set[str] = set()
        anchors = self._anchors().get(col.cid)
        for i in range(count):
            if anchors:
                date = _between(anchors, i, count)
            else:
                delta = dt.timedelta(days=int(i * col.spacing + rnd.random()))
                date = (col.latest - delta).isoformat()
            title, law = self._title(col, rnd, date, i)
            for _ in range(30):  # a column does not list one title twice
                if title not in seen:
                    break
                title, law = self._title(col, rnd, date, i)
            seen.add(title)
            law = law or any(w in title for w in ("法治", "普法", "宪法", "依法治"))
            source = col.publisher or self._source(col, title)
            body = NEGATIVE_BODY if law else _news_body(title, date, rnd)
            if col.kind == "page":
                body = [f"{title}：{p}" for p in PAGE_TEXT]
            path = self._path(col.cid, date)
            item = Item(title, date, path, col.cid, body, source)
            if col.kind == "xxgk":
                item.index_no = f"{ORG}/{date[:4]}-{rnd.randrange(10000, 99999)}"
                item.written = date
                item.topic = self._topic_class(col)
            col.items.append(item)
            self.docs[path] = item
            if law and title not in self.negative_titles:
                self.negative_titles.append(title)

    def _anchors(self) -> dict[int, dict[int, str]]:
        """Dates some columns' items keep (index → date) so that a report, put in later, sits
        on the page it should among items dated around it."""
        return {
            # the 2024 report after item 4 (page 1), the 2022 one after item 43 (page 3)
            1229400071: {
                0: "2025-11-10",
                4: "2025-04-20",
                5: "2025-03-10",
                43: "2023-04-10",
                44: "2023-03-15",
            },
            1229400101 + DEPTS.index("县司法局"): {
                0: "2025-10-30",
                1: "2025-03-20",
                2: "2025-02-10",
            },
            1229500502: {0: "2025-09-01", 2: "2025-03-15", 3: "2025-02-20"},
        }

    def _source(self, col: Column, title: str) -> str:
        for d in DEPTS:
            if title.startswith(d):
                return _full(d)
        for t in TOWNS:
            if title.startswith(t):
                return t
        return "县政府办"

    def _topic_class(self, col: Column) -> str:
        parent = self.columns.get(col.parent or 0)
        return parent.name if parent and parent.kind == "node" else col.name

    def _title(self, col: Column, rnd: random.Random, date: str, i: int) -> tuple[str, bool]:
        y1 = int(date[:4])
        f = {
            "y": y1 - 1,
            "y1": y1,
            "n": rnd.randrange(2, 60),
            "q": rnd.randrange(1, 5),
            "m": int(date[5:7]),
            "leader": rnd.choice(LEADERS),
            "topic": rnd.choice(TOPICS),
            "town": rnd.choice(TOWNS),
            "dept": rnd.choice(DEPTS),
            "activity": rnd.choice(ACTIVITIES),
            "event": rnd.choice(EVENTS),
            "city": rnd.choice(CITIES),
            "road": rnd.choice(ROADS),
            "holiday": rnd.choice(HOLIDAYS),
            "season": rnd.choice(["春季", "秋冬季"]),
            "area": rnd.choice(["城东", "城西", "工业园区", "老城区"]),
        }
        name = col.name
        if col.kind == "page":
            return name, False
        if col.parent == 1229500500:
            if name == "文件资料":
                return rnd.choice(LAW_NOTICES + FZ_COLUMN_FILLERS).format(**f), True
            return rnd.choice(LAW_NEWS).format(**f), True
        if col.kind == "news":
            in_news = col.parent == 1002 or self.columns[col.parent or 0].kind == "topic"
            if in_news and rnd.random() < 0.08:
                return rnd.choice(LAW_NEWS).format(**f), True
            templates = {1022: DEPT_NEWS, 1023: TOWN_NEWS}.get(col.cid, NEWS_TEMPLATES)
            if col.cid == 1032:
                return (
                    f"《缙云县{f['topic']}{rnd.choice(['实施意见', '若干政策', '管理办法'])}》政策解读",
                    False,
                )
            if col.cid == 1034:
                return f"县政府召开第{rnd.randrange(20, 90)}次常务会议", False
            return rnd.choice(templates).format(**f), False
        if col.kind == "notice":
            if col.cid == 1024 and rnd.random() < 0.04:
                return rnd.choice(LAW_NOTICES).format(**f), True
            if col.cid in (1024, 1028):
                return rnd.choice(NOTICE_TEMPLATES).format(**f), False
            return f"{name}：{rnd.choice(NOTICE_TEMPLATES).format(**f)}", False
        return self._xxgk_title(col, rnd, f, i), False

    def _xxgk_title(self, col: Column, rnd: random.Random, f: dict[str, object], i: int) -> str:
        y1 = f["y1"]
        n = f["n"]
        topic = f["topic"]
        name = col.name
        if name == "县政府文件":
            return f"缙云县人民政府关于{topic}的实施意见（缙政发〔{y1}〕{n}号）"
        if name == "县政府办公室文件":
            return f"缙云县人民政府办公室关于印发缙云县{topic}工作方案的通知"
        if name == "规范性文件":
            return f"缙云县人民政府关于印发《缙云县{topic}管理办法》的通知"
        if name == "其他文件":
            return f"缙云县人民政府关于同意{rnd.choice(TOWNS)}{rnd.choice(['村庄规划', '土地征收', '项目立项'])}的批复"
        if name == "财政预决算":
            return f"{_full(rnd.choice(DEPTS))}{y1}年部门{rnd.choice(['预算', '决算'])}"
        if name == "政府采购":
            return f"{_full(rnd.choice(DEPTS))}{y1}年{f['m']}月政府采购意向"
        if name == "政府信息公开年报":
            who = ["县人民政府", *DEPTS[:12]][i % 13]
            return f"{_full(who)}{int(str(y1)) - 1}年政府信息公开工作年度报告"
        if name == "法治政府建设":
            return rnd.choice(FZ_COLUMN_FILLERS).format(**f)
        if name in DEPTS or name in TOWNS:
            return rnd.choice(DEPT_DOCS).format(**{**f, "dept": _full(name)})
        if col.parent == 1007:
            return f"缙云县{y1}年{f['m']}月{name}"
        return f"缙云县{y1}年{name}信息（第{n}期）"

    # --- the five reports, and decoys beside them --------------------------------------------------
    def _place_reports(self) -> None:
        fz = self.columns[1229400071]
        # Page 1: the 2024 report between the 2025 要点 and its 一图读懂; page 3: the 2022 one.
        self._insert(fz, 5, [(FZ_DECOYS_2025[0], "2025-04-02"), (FZ_DECOYS_2025[1], "2025-03-28")])
        self._gold_xxgk(
            fz,
            7,
            "缙云县人民政府关于2024年度法治政府建设工作情况的报告",
            "003",
            date="2025-03-26",
            written="2025-03-21",
            doc_no="缙政〔2025〕9号",
            index_no=f"{ORG}/2025-00087",
            publisher="缙云县人民政府",
        )
        self._gold_xxgk(
            fz,
            47,
            "缙云县人民政府关于2022年度法治政府建设工作情况的报告",
            "000",
            date="2023-03-28",
            written="2023-03-24",
            doc_no="缙政〔2023〕11号",
            index_no=f"{ORG}/2023-00064",
            publisher="缙云县人民政府",
        )
        sfj = self.columns[1229400101 + DEPTS.index("县司法局")]
        self._insert(sfj, 2, [(SFJ_DECOYS[0], "2025-03-12"), (SFJ_DECOYS[1], "2025-03-03")])
        self._gold_xxgk(
            sfj,
            4,
            "缙云县司法局2024年度法治政府建设工作报告",
            "004",
            date="2025-02-24",
            written="2025-02-20",
            doc_no="",
            index_no="002651281/2025-00006",
            publisher="缙云县司法局",
        )
        # 通知公告, page 12 of 40 (items 220–239), dated as its neighbours are.
        tz = self.columns[1024]
        self._gold_news(
            tz,
            227,
            "缙云县人民政府关于2023年度法治政府建设工作情况的报告",
            "001",
            source="缙云县人民政府办公室",
        )
        # The 专题's 文件资料 column.
        wj = self.columns[1229500501 + [n for n, _ in FZ_TOPIC_COLUMNS].index("文件资料")]
        self._gold_news(
            wj,
            3,
            "缙云县综合行政执法局2024年度法治政府建设工作报告",
            "002",
            source="缙云县综合行政执法局",
            date="2025-02-26",
        )

    def _insert(self, col: Column, at: int, titles: list[tuple[str, str]]) -> None:
        for k, (title, date) in enumerate(titles):
            item = Item(
                title,
                date,
                self._path(col.cid, date),
                col.cid,
                NEGATIVE_BODY,
                col.publisher,
                index_no=f"{ORG}/{date[:4]}-{31000 + k}",
                written=date,
                topic=self._topic_class(col),
            )
            col.items.insert(at + k, item)
            self.docs[item.path] = item
            self.negative_titles.append(title)
        self._trim(col)

    def _gold_xxgk(
        self,
        col: Column,
        at: int,
        title: str,
        seed: str,
        *,
        date: str,
        written: str,
        doc_no: str,
        index_no: str,
        publisher: str,
    ) -> None:
        path = self._path(col.cid, date)
        body = self.gold_report(
            path,
            seed,
            title,
            publisher=publisher,
            publish_date=date,
            index_no=index_no,
            written_date=written,
            doc_no=doc_no or None,
        )
        item = Item(
            title, date, path, col.cid, body, publisher, index_no, written, doc_no, "法治政府建设"
        )
        self._put(col, at, item)

    def _gold_news(
        self, col: Column, at: int, title: str, seed: str, *, source: str, date: str = ""
    ) -> None:
        date = date or col.items[at].date  # dated as its neighbours in the list are
        path = self._path(col.cid, date)
        if seed == "002":  # a Traditional capture: shown (and scored) in Simplified
            s = load_seed(seed)
            body = [simplified(line) for line in s.body_lines]
            self.gold.append(
                GoldReport(
                    path=path,
                    title=title,
                    index_no=None,
                    publisher=source,
                    publish_date=date,
                    report_year=int(title.split("年度", maxsplit=1)[0][-4:]),
                    body="\n".join(simplified(line) for line in s.gold_body.split("\n")),
                )
            )
        else:
            body = self.gold_report(path, seed, title, publisher=source, publish_date=date)
        self._put(col, at, Item(title, date, path, col.cid, body, source))

    def _put(self, col: Column, at: int, item: Item) -> None:
        col.items.insert(at, item)
        self.docs[item.path] = item
        self._trim(col)

    def _trim(self, col: Column) -> None:
        for item in col.items[col.pages * PER_PAGE :]:
            del self.docs[item.path]
        del col.items[col.pages * PER_PAGE :]

    def _letters(self) -> None:
        rnd = random.Random("bigportal-letters")
        self.letters = []
        subjects = [
            "小区门口路灯不亮",
            "农村医保缴费咨询",
            "学区划分问题",
            "噪音扰民",
            "公交线路调整建议",
            "拖欠工资",
            "停车位收费",
            "道路积水",
            "户籍迁移咨询",
            "养老金发放",
        ]
        for i in range(2000):
            date = (LATEST - dt.timedelta(days=int(i * 0.9))).isoformat()
            self.letters.append(
                (
                    90000 - i,
                    f"关于{rnd.choice(TOWNS)}{rnd.choice(subjects)}的{rnd.choice(['咨询', '建议', '投诉'])}",
                    date,
                    rnd.choice(DEPTS),
                )
            )

    # --- serving -------------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        params = dict(parse_qsl(hit.query, keep_blank_values=True))
        m = re.fullmatch(r"/col/col(\d+)/(?:index\.html)?", hit.path)
        if m and int(m.group(1)) in self.columns:
            cid = int(m.group(1))
            n = 1
            if "pageNum" in params:
                if params.get("uid") != str(self.uids[cid]):
                    return None
                n = int(params["pageNum"]) if params["pageNum"].isdigit() else 1
            return html_reply(self._column_page(self.columns[cid], n))
        item = self.docs.get(hit.path)
        if item is not None and not hit.query:
            return html_reply(self._article(item))
        if hit.path == "/module/idea/que_discusslist.jsp":
            n = params.get("page", "1")
            return html_reply(self._letter_list(int(n) if n.isdigit() else 1))
        if hit.path == "/module/idea/que_content.jsp" and params.get("id", "").isdigit():
            return self._letter(int(params["id"]))
        return super().dynamic(hit)

    def page_kind(self, path: str) -> str:
        """Where a request went, by column, for the benchmark's account."""
        path = path.split("?", 1)[0]
        if path in {g.path for g in self.gold}:
            return "report"
        m = re.fullmatch(r"/col/col(\d+)/(?:index\.html)?", path)
        if m and int(m.group(1)) in self.columns:
            return f"{self._group(self.columns[int(m.group(1))])} listing"
        item = self.docs.get(path)
        if item is not None:
            return f"{self._group(self.columns[item.cid])} article"
        if path.startswith("/module/idea/"):
            return "留言 board"
        return "home/other" if path in ("/", "/index.html") else f"other {path}"

    def _group(self, col: Column) -> str:
        if col.parent == 1229400100:
            return "部门信息公开" + ("·司法局" if col.name == "县司法局" else "")
        if col.parent == 1229400200:
            return "乡镇信息公开"
        if col.parent == 1229400050:
            return "重点领域"
        if col.kind in {"node", "topic"}:
            return "nav node" if col.cid != 1229500500 else "法治专题 home"
        parent = self.columns.get(col.parent or 0)
        if parent and parent.kind == "topic":
            return "法治专题 " + col.name if parent.cid == 1229500500 else "other 专题"
        return col.name

    # --- pages ---------------------------------------------------------------------------------
    def _url(self, cid: int, n: int = 1) -> str:
        base = f"/col/col{cid}/index.html"
        return base if n == 1 else f"{base}?uid={self.uids[cid]}&pageNum={n}"

    def _section_of(self, cid: int) -> list[Column]:
        chain = []
        col: Column | None = self.columns[cid]
        while col is not None:
            chain.append(col)
            col = self.columns.get(col.parent) if col.parent else None
        return chain[::-1]

    def _crumbs(self, cid: int) -> list[tuple[str, str]]:
        return [(c.name, self._url(c.cid)) for c in self._section_of(cid)]

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str, **meta: str) -> str:
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, [("首页", "/index.html"), *NAV])
            + '<div class="container clearfix">'
            + (
                fu.crumbs([("首页", "/index.html"), *crumbs], label="您当前的位置：")
                if crumbs
                else ""
            )
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="浙ICP备05020463号-1",
                police="浙公网安备 33112202000118号",
                code=CODE,
                address="浙江省丽水市缙云县五云街道仙都路1号",
            )
            + "</body></html>"
        )

    def _topic_frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, **meta: str
    ) -> str:
        """The 法治政府建设 专题 has its own banner and menu, the portal's footer."""
        nav = "".join(
            f'<li><a href="{self._url(1229500501 + k)}">{esc(n)}</a></li>'
            for k, (n, _) in enumerate(FZ_TOPIC_COLUMNS)
        )
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + '<body class="zt-fzzf"><div class="zt-top"><a href="/index.html">返回首页</a></div>'
            + '<div class="zt-banner"><img src="/picture/0/zt_fzzf_banner.jpg" alt="" /></div>'
            + f'<div class="zt-nav"><ul><li><a href="{self._url(1229500500)}">专题首页</a></li>'
            + nav
            + "</ul></div>"
            + '<div class="zt-main">'
            + (fu.crumbs([("首页", "/index.html"), *crumbs], label="当前位置：") if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="浙ICP备05020463号-1",
                police="浙公网安备 33112202000118号",
                code=CODE,
                address="浙江省丽水市缙云县五云街道仙都路1号",
            )
            + "</body></html>"
        )

    def _in_topic(self, cid: int) -> bool:
        return any(c.cid == 1229500500 for c in self._section_of(cid))

    def _in_catalogue(self, cid: int) -> bool:
        return any(c.cid == 1229400000 for c in self._section_of(cid))

    def _catalogue_tree(self) -> str:
        branches = []
        for cid in (1229400001, 1229400002, 1229400010, 1229400003, 1229400004):
            col = self.columns[cid]
            leaves = []
            if col.kind == "node":
                for child in self._children(cid):
                    leaves.append((child.name, self._url(child.cid)))
            branches.append((col.name, self._url(cid), leaves))
        branches.append(("部门信息公开", self._url(1229400100), []))
        branches.append(("乡镇信息公开", self._url(1229400200), []))
        return fu.left_tree("政府信息公开", branches)

    def _children(self, cid: int) -> list[Column]:
        return [c for c in self.columns.values() if c.parent == cid]

    def _pager(self, col: Column, n: int, total: int) -> str:
        if total <= 1:
            return ""
        parts = [f'<span class="default_pgTotalPage">共{total}页</span>']
        if n > 1:
            parts.append(f'<a class="default_pgStart" href="{self._url(col.cid, 1)}">首页</a>')
            parts.append(f'<a class="default_pgPrev" href="{self._url(col.cid, n - 1)}">上页</a>')
        lo = max(1, min(n - 2, total - 4))
        for k in range(lo, min(total, lo + 4) + 1):
            parts.append(
                f'<span class="default_pgCurrentPage">{k}</span>'
                if k == n
                else f'<a class="default_pgNum" href="{self._url(col.cid, k)}">{k}</a>'
            )
        if n < total:
            parts.append(f'<a class="default_pgNext" href="{self._url(col.cid, n + 1)}">下页</a>')
            parts.append(f'<a class="default_pgEnd" href="{self._url(col.cid, total)}">尾页</a>')
        parts.append(
            '<span class="default_pgSearchInfo">跳转到第<input type="text" class="default_pgCurrentPage" '
            f'size="3" />页 <input type="button" value="GO" onclick="jumpTo({col.cid}, {self.uids[col.cid]})" /></span>'
        )
        return f'<div class="default_pgPanel">{" ".join(parts)}</div>'

    def _column_page(self, col: Column, n: int) -> str:
        crumbs = self._crumbs(col.cid)
        if col.kind in ("node", "topic"):
            return self._node_page(col, crumbs)
        total = max(1, -(-len(col.items) // PER_PAGE))
        n = min(max(n, 1), total)
        rows = col.items[(n - 1) * PER_PAGE : n * PER_PAGE]
        uid = self.uids[col.cid]
        if col.kind == "page":
            item = col.items[0]
            return self._frame(
                f"{SITE} {col.name}",
                crumbs,
                self._side(col) + f'<div class="right-con"><h2>{esc(col.name)}</h2>'
                f'<div id="zoom">{fu.paragraphs(item.body)}</div></div>',
                ColumnName=col.name,
            )
        if self._in_catalogue(col.cid) or col.parent == 1007:
            lis = "".join(
                "<tr>"
                f'<td class="xh">{(n - 1) * PER_PAGE + k + 1}</td>'
                f'<td class="bt"><a href="{esc(it.path)}" title="{esc(it.title)}" target="_blank">'
                f"{esc(_cut(it.title, 34))}</a></td>"
                f'<td class="wh">{esc(it.doc_no)}</td><td class="rq">{esc(it.date)}</td></tr>'
                for k, it in enumerate(rows)
            )
            listing = (
                '<table class="xxgk_list" width="100%"><tr class="th"><th>序号</th><th>标题</th>'
                f"<th>文号</th><th>发布日期</th></tr>{lis}</table>"
            )
        else:
            lis = "".join(
                f'<li><a href="{esc(it.path)}" title="{esc(it.title)}" target="_blank">'
                f'{esc(_cut(it.title, 30))}</a><span class="bt-data-time">{esc(it.date)}</span></li>'
                for it in rows
            )
            listing = f'<ul class="list">{lis}</ul>'
        main = (
            (self._catalogue_tree() if self._in_catalogue(col.cid) else self._side(col))
            + f'<div class="right-con"><div class="lm-tit"><span>{esc(col.name)}</span></div>'
            + f'<div id="{uid}"><div class="default_pgContainer">{listing}</div>'
            + self._pager(col, n, total)
            + "</div></div>"
        )
        frame = self._topic_frame if self._in_topic(col.cid) else self._frame
        return frame(f"{SITE} {col.name}", crumbs, main, ColumnName=col.name)

    def _side(self, col: Column) -> str:
        parent = self.columns.get(col.parent or 0)
        if parent is None:
            return ""
        return fu.left_tree(
            parent.name, [(c.name, self._url(c.cid), []) for c in self._children(parent.cid)]
        )

    def _node_page(self, col: Column, crumbs: list[tuple[str, str]]) -> str:
        kids = self._children(col.cid)
        if col.cid == 1229500500:
            boxes = "".join(
                f'<div class="zt-box"><div class="zt-tit"><span>{esc(k.name)}</span>'
                f'<a class="more" href="{self._url(k.cid)}">更多</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(it.path)}" title="{esc(it.title)}" target="_blank">'
                    f"{esc(_cut(it.title, 26))}</a><span>{esc(it.date[5:])}</span></li>"
                    for it in k.items[:6]
                )
                + "</ul></div>"
                for k in kids
            )
            return self._topic_frame("法治政府建设专题", [], boxes)
        if col.cid == 1008:
            cells = "".join(
                f'<li><a href="{self._url(k.cid)}" target="_blank"><img src="/picture/0/zt{j}.jpg" '
                f'alt="{esc(k.name)}" /><p>{esc(k.name)}</p></a></li>'
                for j, k in enumerate(kids)
            )
            main = f'<div class="ztzl-list"><ul>{cells}</ul></div>'
            return self._frame(f"{SITE} 专题专栏", crumbs, main, ColumnName="专题专栏")
        if col.kind == "topic":
            boxes = "".join(
                f'<div class="zt-box"><div class="zt-tit"><span>{esc(k.name)}</span>'
                f'<a class="more" href="{self._url(k.cid)}">更多</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(it.path)}" title="{esc(it.title)}">{esc(_cut(it.title, 26))}</a></li>'
                    for it in k.items[:8]
                )
                + "</ul></div>"
                for k in kids
            )
            return self._frame(f"{SITE} {col.name}", crumbs, f"<h2>{esc(col.name)}</h2>{boxes}")
        # A menu section or a catalogue node: its children with their newest items.
        boxes = []
        for k in kids:
            newest = k.items[:5]
            if k.kind == "node":
                newest_links = "".join(
                    f'<li><a href="{self._url(g.cid)}">{esc(g.name)}</a></li>'
                    for g in self._children(k.cid)
                )
            else:
                newest_links = "".join(
                    f'<li><a href="{esc(it.path)}" title="{esc(it.title)}" target="_blank">'
                    f"{esc(_cut(it.title, 24))}</a><span>{esc(it.date[5:])}</span></li>"
                    for it in newest
                )
            boxes.append(
                f'<div class="lm-box"><div class="lm-tit"><a href="{self._url(k.cid)}">{esc(k.name)}</a>'
                f'<a class="more" href="{self._url(k.cid)}">更多&gt;&gt;</a></div>'
                f"<ul>{newest_links}</ul></div>"
            )
        if col.cid == 1005:
            boxes.insert(0, _zwfw_box())
        if col.cid == 1006:
            boxes.insert(
                0,
                '<div class="lm-box"><div class="lm-tit"><a href="/module/idea/que_discusslist.jsp'
                '?webid=3&amp;appid=1&amp;typeid=8">县长信箱</a></div><ul>'
                + "".join(
                    f'<li><a href="/module/idea/que_content.jsp?webid=3&amp;appid=1&amp;id={lid}" '
                    f'target="_blank">{esc(t)}</a><span>{d[5:]}</span></li>'
                    for lid, t, d, _ in self.letters[:8]
                )
                + "</ul></div>",
            )
        side = self._catalogue_tree() if self._in_catalogue(col.cid) else ""
        return self._frame(
            f"{SITE} {col.name}",
            crumbs,
            side + f'<div class="right-con">{"".join(boxes)}</div>',
            ColumnName=col.name,
        )

    def _article(self, it: Item) -> str:
        col = self.columns[it.cid]
        crumbs = self._crumbs(col.cid)
        pub = f"{it.date} {9 + len(it.title) % 8:02d}:{(len(it.title) * 7) % 60:02d}"
        meta = {
            "Maketime": pub + ":00",
            "i_columnid": str(col.cid),
            "i_articleid": it.path.rsplit("_", 1)[1].split(".")[0],
            "ColumnName": col.name,
            "ArticleTitle": it.title,
            "PubDate": pub,
            "ContentSource": it.source,
        }
        zoom = (
            '<div id="zoom" class="article-con"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin-->'
            '<meta name="ContentStart">'
            + fu.paragraphs(it.body)
            + '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>'
        )
        siblings = col.items
        k = next((i for i, x in enumerate(siblings) if x is it), 0)
        prev_next = '<div class="prev-next">'
        if k > 0:
            p = siblings[k - 1]
            prev_next += f'<p>上一篇：<a href="{esc(p.path)}">{esc(p.title)}</a></p>'
        if k + 1 < len(siblings):
            q = siblings[k + 1]
            prev_next += f'<p>下一篇：<a href="{esc(q.path)}">{esc(q.title)}</a></p>'
        prev_next += "</div>"
        related = (
            '<div class="xgxx"><h4>相关信息</h4><ul>'
            + "".join(
                f'<li><a href="{esc(r.path)}" title="{esc(r.title)}">{esc(_cut(r.title, 30))}</a>'
                f"<span>{esc(r.date)}</span></li>"
                for r in siblings[k + 2 : k + 6]
            )
            + "</ul></div>"
        )
        tools = (
            '<div class="info-tools">字体：[ <a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]'
            "　浏览次数：<script>_showDynClick('" + meta["i_articleid"] + "')</script></div>"
        )
        if self._in_catalogue(col.cid) and it.index_no:
            table = (
                '<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">'
                f'<tr><td class="td1">索\u2002引\u2002号：</td><td class="td2">{esc(it.index_no)}</td>'
                f'<td class="td1">主题分类：</td><td class="td2">{esc(it.topic)}</td></tr>'
                f'<tr><td class="td1">发布机构：</td><td class="td2">{esc(it.source)}</td>'
                f'<td class="td1">生成日期：</td><td class="td2">{esc(it.written)}</td></tr>'
                f'<tr><td class="td1">文\u2003\u2003号：</td><td class="td2">{esc(it.doc_no)}</td>'
                '<td class="td1">有\u2002效\u2002性：</td><td class="td2"></td></tr></table>'
            )
            main = (
                self._catalogue_tree()
                + '<div class="right-con xxgk-detail">'
                + table
                + f'<div class="title"><h1>{esc(it.title)}</h1></div>'
                + f'<div class="info"><span>发布日期：{esc(it.date)}</span> {tools}</div>'
                + zoom
                + fu.article_tools()
                + prev_next
                + "</div>"
            )
        else:
            main = (
                '<div class="article">'
                + f'<div class="title"><h1>{esc(it.title)}</h1></div>'
                + f'<div class="info"><span>发布日期：{esc(pub)}</span>　<span>信息来源：'
                + f"<!--<$[信息来源]>begin-->{esc(it.source)}<!--<$[信息来源]>end--></span>　{tools}</div>"
                + zoom
                + fu.article_tools()
                + prev_next
                + related
                + "</div>"
            )
        frame = self._topic_frame if self._in_topic(col.cid) else self._frame
        return frame(f"{SITE} {col.name} {it.title}", crumbs, main, **meta)

    def _letter_list(self, n: int) -> str:
        total = len(self.letters) // PER_PAGE
        n = min(max(n, 1), total)
        rows = "".join(
            f'<tr><td><a href="/module/idea/que_content.jsp?webid=3&amp;appid=1&amp;id={lid}" '
            f'target="_blank">{esc(t)}</a></td><td>{esc(d)}</td><td>{esc(dept)}</td><td>已办结</td></tr>'
            for lid, t, d, dept in self.letters[(n - 1) * PER_PAGE : n * PER_PAGE]
        )
        base = "/module/idea/que_discusslist.jsp?webid=3&amp;appid=1&amp;typeid=8&amp;page="
        pager = (
            f"共{len(self.letters)}条 第{n}/{total}页 "
            + (f'<a href="{base}1">首页</a> <a href="{base}{n - 1}">上一页</a> ' if n > 1 else "")
            + (
                f'<a href="{base}{n + 1}">下一页</a> <a href="{base}{total}">尾页</a>'
                if n < total
                else ""
            )
        )
        main = (
            '<div class="xx-box"><div class="xx-tit">县长信箱 <a href="/module/idea/que_write.jsp">'
            "我要写信</a></div>"
            '<table class="xx-list"><tr><th>信件标题</th><th>来信时间</th><th>办理单位</th><th>状态</th></tr>'
            f'{rows}</table><div class="page">{pager}</div></div>'
        )
        return self._frame(
            f"{SITE} 县长信箱", [("互动交流", self._url(1006)), ("县长信箱", "#")], main
        )

    def _letter(self, lid: int) -> Reply:
        letter = next((x for x in self.letters if x[0] == lid), None)
        if letter is None:
            return html_reply("<html><body>信件不存在</body></html>", status=404)
        _, title, date, dept = letter
        main = (
            '<table class="xx-detail">'
            f"<tr><th>信件标题</th><td>{esc(title)}</td></tr><tr><th>来信时间</th><td>{date}</td></tr>"
            "<tr><th>来信内容</th><td>您好，反映的问题希望有关部门尽快处理，谢谢！</td></tr>"
            f"<tr><th>办理单位</th><td>缙云{esc(dept)}</td></tr>"
            "<tr><th>答复内容</th><td>您好！来信收悉。经核实，相关问题已安排处理，感谢您对我县工作的支持。</td></tr>"
            "</table>"
        )
        return html_reply(self._frame(f"{SITE} 县长信箱", [("互动交流", self._url(1006))], main))

    # --- home ------------------------------------------------------------------------------------
    def _home(self) -> None:
        def box(cid: int, count: int = 8) -> str:
            col = self.columns[cid]
            return (
                f'<div class="tab-con" id="tab{cid}"><ul>'
                + "".join(
                    f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(it.title)}">'
                    f"{esc(_cut(it.title, 24))}</a><span>{it.date[5:]}</span></li>"
                    for it in col.items[:count]
                )
                + f'</ul><a class="more" href="{self._url(cid)}" target="_blank">更多</a></div>'
            )

        yw = self.columns[1021].items
        pic = self.columns[1025].items
        headline = (
            f'<div class="toutiao"><h2><a href="{esc(yw[0].path)}" target="_blank">'
            f"{esc(yw[0].title)}</a></h2></div>"
        )
        carousel = (
            '<div class="focus-pic" id="slide"><ul>'
            + "".join(
                f'<li><a href="{esc(it.path)}" target="_blank"><img src="/picture/0/{k}.jpg" '
                f'alt="{esc(it.title)}" /></a><p><a href="{esc(it.path)}">{esc(_cut(it.title, 20))}</a></p></li>'
                for k, it in enumerate(pic[:5])
            )
            + "</ul></div>"
        )
        tabs1 = (
            '<div class="news-tab"><ul class="tab-hd"><li class="on">今日要闻</li><li>通知公告</li>'
            "<li>公示公告</li></ul>" + box(1021) + box(1024) + box(1028, 6) + "</div>"
        )
        tabs2 = (
            '<div class="news-tab"><ul class="tab-hd"><li class="on">部门动态</li><li>乡镇动态</li>'
            "<li>媒体聚焦</li></ul>" + box(1022, 7) + box(1023, 7) + box(1026, 6) + "</div>"
        )
        quick = [
            ("政府信息公开", 1229400000),
            ("政府信息公开指南", 1229400001),
            ("政府信息公开制度", 1229400002),
            ("法定主动公开内容", 1229400010),
            ("政府信息公开年报", 1229400003),
            ("依申请公开", 1229400004),
            ("政策文件", 1229400020),
            ("政策解读", 1032),
            ("财政预决算", 1229400041),
            ("重点领域信息公开", 1229400050),
            ("部门信息公开", 1229400100),
            ("乡镇信息公开", 1229400200),
        ]
        zwgk = (
            '<div class="zwgk-box"><div class="box-tit"><span>政务公开</span></div><ul>'
            + "".join(f'<li><a href="{self._url(c)}">{esc(n)}</a></li>' for n, c in quick)
            + "</ul></div>"
        )
        banners = [
            (1229500500, "法治政府建设专题"),
            (1229500010, TOPIC_NAMES[0]),
            (1229500020, TOPIC_NAMES[1]),
            (1229500030, TOPIC_NAMES[2]),
            (1229500040, TOPIC_NAMES[3]),
        ]
        ztzl = (
            '<div class="ztzl"><div class="box-tit"><span>专题专栏</span>'
            f'<a class="more" href="{self._url(1008)}">更多</a></div><div class="zt-slide"><ul>'
            + "".join(
                f'<li><a href="{self._url(c)}" target="_blank"><img src="/picture/0/ztbanner{k}.jpg" '
                f'alt="{esc(n)}" /></a></li>'
                for k, (c, n) in enumerate(banners)
            )
            + "</ul></div></div>"
        )
        hdjl = (
            '<div class="hdjl"><div class="box-tit"><span>互动交流</span></div>'
            '<div class="hd-entr"><a href="/module/idea/que_discusslist.jsp?webid=3&amp;appid=1&amp;typeid=8">'
            "县长信箱</a>"
            f'<a href="{self._url(1061)}">在线访谈</a><a href="{self._url(1062)}">征集调查</a>'
            f'<a href="{self._url(1063)}">热点回应</a><a href="http://www.zj12345.gov.cn/">12345热线</a></div>'
            '<table class="hd-list"><tr><th>信件标题</th><th>时间</th><th>状态</th></tr>'
            + "".join(
                f'<tr><td><a href="/module/idea/que_content.jsp?webid=3&amp;appid=1&amp;id={lid}">'
                f"{esc(t)}</a></td><td>{d}</td><td>已办结</td></tr>"
                for lid, t, d, _ in self.letters[:6]
            )
            + "</table></div>"
        )
        data = (
            '<div class="sjfb"><div class="box-tit"><span>数据发布</span>'
            f'<a class="more" href="{self._url(1007)}">更多</a></div><ul>'
            + "".join(
                f'<li><a href="{self._url(c.cid)}">{esc(c.name)}</a></li>'
                for c in self._children(1007)
            )
            + "</ul></div>"
        )
        links = [
            ("中国政府网", "https://www.gov.cn/"),
            ("浙江省人民政府", "https://www.zj.gov.cn/"),
            ("丽水市人民政府", "https://www.lishui.gov.cn/"),
            ("莲都区人民政府", "http://www.liandu.gov.cn/"),
            ("龙泉市人民政府", "http://www.longquan.gov.cn/"),
            ("青田县人民政府", "http://www.qingtian.gov.cn/"),
            ("云和县人民政府", "http://www.yunhe.gov.cn/"),
            ("庆元县人民政府", "http://www.zjqy.gov.cn/"),
            ("遂昌县人民政府", "http://www.suichang.gov.cn/"),
            ("松阳县人民政府", "http://www.songyang.gov.cn/"),
            ("景宁畲族自治县人民政府", "http://www.jingning.gov.cn/"),
            ("缙云新闻网", "http://jynews.zjol.com.cn/"),
        ]
        friend = (
            '<div class="yqlj"><span>友情链接：</span>'
            + "".join(f'<a href="{u}" target="_blank">{esc(n)}</a>' for n, u in links)
            + "</div>"
        )
        main = (
            headline
            + '<div class="row1">'
            + carousel
            + tabs1
            + "</div>"
            + '<div class="row2">'
            + tabs2
            + zwgk
            + "</div>"
            + ztzl
            + '<div class="row3">'
            + _zwfw_box()
            + hdjl
            + data
            + "</div>"
            + friend
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)


TOPIC_NAMES = [
    "学习贯彻党的二十届三中全会精神",
    "“八八战略”实施二十周年",
    "清廉缙云建设",
    "常态化扫黑除恶斗争",
    "创建全国文明城市",
    "“八五”普法",
    "安全生产月",
    "民法典宣传",
    "禁毒宣传",
    "主题教育",
    "共同富裕示范区建设",
    "优化营商环境",
]
FZ_TOPIC_COLUMNS = [("工作动态", 6), ("文件资料", 2), ("普法宣传", 4), ("示范创建", 2)]
FZ_DECOYS_2025 = [
    "缙云县2025年法治政府建设工作要点",
    "一图读懂《缙云县人民政府关于2024年度法治政府建设工作情况的报告》",
]
SFJ_DECOYS = [
    "缙云县司法局2025年法治政府建设工作要点",
    "缙云县2024年度行政复议和行政应诉工作情况",
]
FZ_COLUMN_FILLERS = [
    "缙云县{y1}年法治政府建设工作要点",
    "关于{y}年度法治政府建设考核结果的通报",
    "关于开展{y1}年度法治政府建设督察工作的通知",
    "缙云县{y1}年重大行政决策事项目录",
    "缙云县{y}年行政执法统计年报",
    "关于开展行政规范性文件清理工作的通知",
    "缙云县法治政府建设实施方案（2021—2025年）",
    "关于做好{y1}年度法治政府建设示范创建申报工作的通知",
    "缙云县{y}年度政府法律顾问工作情况",
    "缙云县行政复议典型案例（{y1}年第{q}期）",
    "关于公布{y1}年度县级行政执法主体名单的公告",
    "缙云县{y1}年度行政执法人员名单",
    "关于{dept}行政执法事项调整的公告",
    "缙云县人民政府关于{topic}重大行政决策事项听证的公告",
    "关于确认缙云县{y1}年度法治政府建设“最佳实践”项目的通知",
    "缙云县{y}年度行政规范性文件备案审查情况",
    "缙云县{y1}年“八五”普法依法治理工作要点",
    "关于公布县政府部门权责清单的通知",
]
DEPT_DOCS = [
    "{dept}{y}年工作总结和{y1}年工作思路",
    "{dept}{y1}年部门预算",
    "{dept}{y}年部门决算",
    "{dept}{y}年政府信息公开工作年度报告",
    "{dept}{y1}年法治政府建设工作要点",
    "{dept}关于{topic}工作的通知",
    "{dept}{y1}年重点工作任务清单",
    "{dept}行政执法事项清单（{y1}年版）",
    "{dept}“双随机、一公开”抽查计划（{y1}年）",
    "{dept}领导班子成员及分工",
]
NAV = [
    ("走进缙云", "/col/col1001/index.html"),
    ("新闻中心", "/col/col1002/index.html"),
    ("政务公开", "/col/col1003/index.html"),
    ("政府信息公开", "/col/col1229400000/index.html"),
    ("政务服务", "/col/col1005/index.html"),
    ("互动交流", "/col/col1006/index.html"),
    ("数据发布", "/col/col1007/index.html"),
    ("专题专栏", "/col/col1008/index.html"),
]


def _zwfw_box() -> str:
    items = [
        ("个人办事", "/grbs"),
        ("法人办事", "/frbs"),
        ("部门办事", "/bmbs"),
        ("一件事联办", "/yjs"),
        ("好差评", "/hcp"),
        ("证照查询", "/zzcx"),
        ("办件查询", "/bjcx"),
        ("公共资源交易", "/ggzy"),
        ("浙里办", "/zlb"),
        ("投诉建议", "/tsjy"),
    ]
    return (
        '<div class="zwfw"><div class="box-tit"><span>办事服务</span>'
        f'<a class="more" href="{ZWFW}" target="_blank">浙江政务服务网</a></div><ul>'
        + "".join(f'<li><a href="{ZWFW}{u}" target="_blank">{esc(n)}</a></li>' for n, u in items)
        + "</ul></div>"
    )


def _between(anchors: dict[int, str], i: int, count: int) -> str:
    """The date of item `i` of `count`, spread evenly between the anchors (newest first)."""
    points = sorted({**anchors, count - 1: "2021-03-01"}.items())
    for (i0, d0), (i1, d1) in itertools.pairwise(points):
        if i0 <= i <= i1:
            a, b = dt.date.fromisoformat(d0), dt.date.fromisoformat(d1)
            return (a - (a - b) * (i - i0) / max(i1 - i0, 1)).isoformat()
    return points[-1][1]


def _full(unit: str) -> str:
    """A department's full name (`县司法局` → `缙云县司法局`); 乡镇 and 分局 are named whole."""
    return "缙云" + unit if unit.startswith("县") else unit


PAGE_TEXT = [
    "缙云县位于浙江省中南部、丽水市东北部，县域面积1503.52平方千米。",
    "全县辖7镇11乡3街道，户籍人口约47万人。",
    "缙云历史悠久，唐万岁登封元年（696年）建县，因境内缙云山得名。",
]


def _cut(title: str, n: int) -> str:
    return title if len(title) <= n else title[: n - 1] + "…"


def _news_body(title: str, date: str, rnd: random.Random) -> list[str]:
    m, d = int(date[5:7]), int(date[8:10])
    topic = rnd.choice(TOPICS)
    return [
        f"{m}月{d}日，{title.rsplit('：', maxsplit=1)[-1]}。",
        f"会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，扎实推进{topic}各项工作，"
        "以实干实绩推动县域高质量发展。",
        f"据悉，今年以来，我县围绕{topic}目标任务，压实责任、细化举措，各项工作取得阶段性成效。",
        "下一步，相关部门将进一步加强统筹协调，强化督查考核，确保各项任务落地见效。",
    ]

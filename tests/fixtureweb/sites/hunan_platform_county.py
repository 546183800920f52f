"""A county site on the Hunan 政府网站集约化平台 (as 邵阳市 and its counties run it): every page
lives under the site's code path (`/xinning/…`), columns are template pages named by the
template (`<col>/xlist.shtml`, `<col>/gfxwjlist.shtml`), articles are
`<col>/YYYYMM/<32hex>.shtml`. A list's pager is one call, `createPageHTML('page_div', pageCount,
currentPage, 'xlist', 'shtml', totalRecords)`, whose function lives in an external script and
writes the links into `<div id="page_div">`: page 1 is `xlist.shtml`, page n is
`xlist_n.shtml` (n ≥ 2, no `xlist_1`); the HTML has no page anchors. The 信息公开目录
(`xxgk/xxzwgkList.shtml`) is a zTree shell: its tree comes from a JSONP call
(`/u/channel/treeNew/xinning?level=1&pid=&channelId=…` → `JsonpCallBack({...})`, children by
`pid`), the nodes carry an `iframeurl` (a bare `zwgk_right.shtml` list) loaded into the page's
iframe; parent nodes and empty categories point at `null.shtml` placeholders. The 法治政府建设
column is also reachable from the 信息公开目录 sidebar of the county's other 信息公开 columns and
from the 网站地图, as on the real sites.

Reports: 法治政府建设 (three pages; 2023 report on page 1, 2022 report on the last page, beside
工作要点, 实施方案, a 考核 notice, a 督察整改 report, a 图解 of the 2023 report), 县政府文件 (the
2024 report as a 新政发 file, table list with 文号 column), 通知公告 (the 2020 report as a notice
on page 2, among a 推进会 notice and a 征求意见 notice). 新宁要闻 carries a news item about the
常务会议 that heard the report; 政府信息公开年报 the 年报s. 信息公开 articles print the
platform's metadata table (索 引 号, 发布机构, 文　　号, 生成日期, 公开方式, 公开范围, 发布日期,
效力状态, 信息名称); notices only the 发布时间/来源 line. On the 2022 report, the info line's 来源
(县司法局, who filed it) differs from the table's 发布机构 (新宁县人民政府). Furniture: 无障碍 /
关怀版 / 简繁 toolbar, 语音播报, 字号, 上一篇/下一篇, 分享到, QR, 相关链接, 政务微信/微博 QR
footer, 网站标识码, 湘ICP备, 湘公网安备, 政府网站找错, 党政机关 badge. The root answers 302 to
`/xinning/index.shtml`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import ClassVar
from urllib.parse import parse_qs

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "新宁县人民政府"
SC = "xinning"  # the site's code path on the platform
P = f"/{SC}"
CODE = "4305280001"
CHANNEL = "5c1e7d0b9a3f4e62b8d41f07a2c9e315"
PER_PAGE = 15

FZZF = f"{P}/fzzfjs"  # 法治政府建设
XZFWJ = f"{P}/xzfwj"  # 县政府文件
TZGG = f"{P}/tzgg"  # 通知公告
XNYW = f"{P}/xnyw"  # 新宁要闻
NDBG = f"{P}/zfxxgknb"  # 政府信息公开年报
ZN = f"{P}/xxgkzn"  # 政府信息公开指南
XXGK = f"{P}/xxgk/xxzwgkList.shtml"  # 信息公开目录 (zTree shell)
WZDT = f"{P}/wzdt/wzdt.shtml"
HOME = f"{P}/index.shtml"

NAMES = {
    FZZF: "法治政府建设",
    XZFWJ: "县政府文件",
    TZGG: "通知公告",
    XNYW: "新宁要闻",
    NDBG: "政府信息公开年报",
    ZN: "政府信息公开指南",
}
# Other columns of the site: a few ordinary items each.
OTHER = {
    f"{P}/jgzn": (
        "机构职能",
        "xlist",
        ["新宁县人民政府办公室主要职责", "新宁县司法局机构职能", "新宁县财政局机构职能"],
    ),
    f"{P}/czxx": (
        "财政信息",
        "xlist_djlb",
        ["新宁县2024年财政预算公开", "新宁县2023年财政决算公开", "新宁县2024年“三公”经费预算"],
    ),
    f"{P}/bmdt": (
        "部门动态",
        "xlist",
        [
            "县交通运输局开展道路安全隐患排查",
            "县卫健局开展义诊进乡村活动",
            "县教育局部署秋季开学工作",
        ],
    ),
    f"{P}/xzdt": (
        "乡镇动态",
        "xlist",
        ["金石镇开展人居环境整治", "崀山镇推进民宿产业发展", "黄龙镇召开防汛工作会"],
    ),
    f"{P}/yhyshj": (
        "优化营商环境",
        "xlist",
        [
            "新宁县优化营商环境十条措施",
            "新宁县开展“企业服务日”活动",
            "县政务服务中心推行“一件事一次办”",
        ],
    ),
    f"{P}/xczx": (
        "乡村振兴",
        "xlist",
        ["新宁县脐橙产业助农增收", "新宁县推进高标准农田建设", "新宁县开展乡村振兴驻村帮扶工作"],
    ),
}
for _col, (_name, _tpl, _) in OTHER.items():
    NAMES[_col] = _name

TEMPLATE = {FZZF: "xlist", XZFWJ: "gfxwjlist", TZGG: "xlist", XNYW: "xlist", NDBG: "xlist"}
TEMPLATE |= {col: tpl for col, (_, tpl, _) in OTHER.items()}
XXGK_COLS = (FZZF, XZFWJ, NDBG, ZN, f"{P}/jgzn", f"{P}/czxx")  # articles with the 信息公开 table
NEWS_COLS = (TZGG, XNYW, f"{P}/bmdt", f"{P}/xzdt")
TOPIC_COLS = (f"{P}/yhyshj", f"{P}/xczx")
TOPIC_SIDE = [("优化营商环境", f"{P}/yhyshj/xlist.shtml"), ("乡村振兴", f"{P}/xczx/xlist.shtml")]
NEWS_SIDE = [
    ("新宁要闻", f"{XNYW}/xlist.shtml"),
    ("通知公告", f"{TZGG}/xlist.shtml"),
    ("部门动态", f"{P}/bmdt/xlist.shtml"),
    ("乡镇动态", f"{P}/xzdt/xlist.shtml"),
]
XXGK_SIDE = [
    ("信息公开目录", XXGK),
    ("机构职能", f"{P}/jgzn/xlist.shtml"),
    ("县政府文件", f"{XZFWJ}/gfxwjlist.shtml"),
    ("法治政府建设", f"{FZZF}/xlist.shtml"),
    ("财政信息", f"{P}/czxx/xlist_djlb.shtml"),
    ("政府信息公开年报", f"{NDBG}/xlist.shtml"),
]
NAV = [
    ("首页", HOME),
    ("走进新宁", f"{P}/zjxn/zjxn.shtml"),
    ("新闻中心", f"{XNYW}/xlist.shtml"),
    ("政务公开", XXGK),
    ("政务服务", "https://zwfw-new.hunan.gov.cn/"),
    ("政民互动", f"{P}/zmhd/tyhd_index.shtml"),
    ("政府数据", f"{P}/zfsj/xsjfb.shtml"),
]
TOWNS = ["金石镇", "崀山镇", "回龙寺镇", "黄龙镇", "高桥镇", "清江桥乡", "一渡水镇", "水庙镇"]

PAGE_JS = """function createPageHTML(divId, pageCount, currentPage, prefix, ext, total) {
  var box = document.getElementById(divId);
  if (!box) return;
  function url(n) { return n == 1 ? prefix + '.' + ext : prefix + '_' + n + '.' + ext; }
  var html = '<span class="page_total">共' + total + '条 第' + currentPage + '/' + pageCount + '页</span>';
  if (pageCount <= 1) { box.innerHTML = html; return; }
  if (currentPage > 1) {
    html += '<a href="' + url(1) + '">首页</a><a href="' + url(currentPage - 1) + '">上一页</a>';
  } else {
    html += '<span class="disabled">首页</span><span class="disabled">上一页</span>';
  }
  for (var i = 1; i <= pageCount; i++) {
    html += i == currentPage ? '<span class="current">' + i + '</span>' : '<a href="' + url(i) + '">' + i + '</a>';
  }
  if (currentPage < pageCount) {
    html += '<a href="' + url(currentPage + 1) + '">下一页</a><a href="' + url(pageCount) + '">尾页</a>';
  } else {
    html += '<span class="disabled">下一页</span><span class="disabled">尾页</span>';
  }
  html += '<span class="jump">转到<input type="text" id="jumpNum" size="2" />页'
    + ' <a href="javascript:void(0);" onclick="jumpPage(' + pageCount + ', \\'' + prefix + '\\', \\'' + ext + '\\')">GO</a></span>';
  box.innerHTML = html;
}
function jumpPage(pageCount, prefix, ext) {
  var n = parseInt(document.getElementById('jumpNum').value, 10);
  if (n >= 1 && n <= pageCount) location.href = n == 1 ? prefix + '.' + ext : prefix + '_' + n + '.' + ext;
}
"""


def hexid(key: str) -> str:
    return hashlib.md5(f"{SC}:{key}".encode()).hexdigest()


def art(col: str, date: str, key: str) -> str:
    return f"{col}/{date[:4]}{date[5:7]}/{hexid(key)}.shtml"


class HunanPlatformCountySite(BlindSite):
    name = "hunan_platform_county"
    region = "湖南省邵阳市新宁县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.columns: dict[str, list[tuple[str, str, str]]] = {}
        self._meta: dict[str, tuple[str, list[str], dict[str, str], str]] = {}
        self._fzzf()
        self._xzfwj()
        self._tzgg()
        self._xnyw()
        self._ndbg()
        self._zn()
        self._others()
        for col, items in self.columns.items():
            self._column(col, items)
        self._catalogue()
        self._navigation()

    # --- requests the static pages do not answer ---------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == "/":
            return Reply(302, b"", {"Location": HOME, "Content-Type": "text/html"})
        if hit.path == f"{P}/js/createPageHTML.js":
            return Reply(200, PAGE_JS.encode(), {"Content-Type": "application/javascript"})
        if hit.path == f"/u/channel/treeNew/{SC}":
            return self._tree(parse_qs(hit.query))
        return super().dynamic(hit)

    def page_kind(self, path: str) -> str:
        if path.startswith("/u/"):
            return "tree"
        if "/20" in path and path.endswith(".shtml") and len(path.rsplit("/", 1)[-1]) == 38:
            return "article"
        if "list" in path or "zwgk_right" in path:
            return "list"
        return "other"

    # --- columns ------------------------------------------------------------------------------
    def _add(self, col: str, title: str, path: str, date: str) -> None:
        self.columns.setdefault(col, []).append((title, path, date))

    def _fzzf(self) -> None:
        g1 = art(FZZF, "2024-03-15", "report2023")
        t1 = "新宁县2023年度法治政府建设工作报告"
        m1 = {
            "index_no": "11430528006178413K/2024-00041",
            "publisher": "新宁县司法局",
            "written_date": "2024-03-12",
            "source": "新宁县司法局",
            "time": "2024-03-15 10:21",
        }
        body = self.gold_report(
            g1,
            "000",
            t1,
            publisher="新宁县司法局",
            publish_date="2024-03-15",
            index_no=m1["index_no"],
            written_date="2024-03-12",
        )
        self._meta[g1] = (t1, body, m1, FZZF)
        self._add(FZZF, t1, g1, "2024-03-15")

        g2 = art(FZZF, "2023-03-28", "report2022")
        t2 = "新宁县2022年度法治政府建设工作报告"
        m2 = {
            "index_no": "11430528006178413K/2023-00027",
            "publisher": "新宁县人民政府",
            "written_date": "2023-03-24",
            "source": "新宁县司法局",
            "time": "2023-03-28 16:02",
        }
        body = self.gold_report(
            g2,
            "003",
            t2,
            publisher="新宁县人民政府",
            publish_date="2023-03-28",
            index_no=m2["index_no"],
            written_date="2023-03-24",
        )
        self._meta[g2] = (t2, body, m2, FZZF)
        self._add(FZZF, t2, g2, "2023-03-28")

        negatives = [
            ("新宁县2024年法治政府建设工作要点", "2024-04-09"),
            ("新宁县法治政府建设实施方案（2021—2025年）", "2023-05-16"),
            ("新宁县2023年度法治政府建设考核结果通报", "2024-01-26"),
            ("关于法治政府建设督察反馈问题整改情况的报告", "2024-09-03"),
            ("图解：新宁县2023年度法治政府建设工作报告", "2024-03-18"),
            ("新宁县2024年度党政主要负责人履行推进法治建设第一责任人职责述法情况", "2025-02-11"),
        ]
        for i, (title, date) in enumerate(negatives):
            path = art(FZZF, date, f"fzneg{i}")
            body = NEGATIVE_BODY
            if title.startswith("图解"):
                body = [
                    "一图读懂新宁县2023年度法治政府建设工作报告。",
                    "（图片）新宁县2023年度法治政府建设工作报告图解",
                    "相关文件：新宁县2023年度法治政府建设工作报告",
                ]
            self._meta[path] = (
                title,
                body,
                {"publisher": "新宁县司法局", "time": date + " 09:00"},
                FZZF,
            )
            self.negative_titles.append(title)
            self._add(FZZF, title, path, date)

        activities = [
            "{town}开展“法律明白人”培训活动",
            "县司法局组织开展行政执法人员业务培训",
            "{town}司法所开展“宪法进万家”宣传活动",
            "新宁县开展行政执法案卷评查工作",
            "县政府常务会议开展会前学法",
            "新宁县举办领导干部法治专题讲座",
            "县司法局开展行政复议案件公开审理观摩",
            "{town}开展人民调解员业务培训",
            "新宁县推进“减证便民”专项行动",
            "县司法局深入{town}开展法治乡村建设调研",
        ]
        # 36 dated items spaced 24 days back from 2024-10-20: 2024-10 … 2022-06.
        day = dt.date(2024, 10, 20)
        for i in range(36):
            title = activities[i % len(activities)].format(town=TOWNS[i % len(TOWNS)])
            if i >= len(activities):
                title += f"（{['一', '二', '三', '四'][i // len(activities)]}）"
            date = day.isoformat()
            path = art(FZZF, date, f"fzfill{i}")
            body = [f"{title}。", *FILLER_BODY[1:]]
            self._meta[path] = (
                title,
                body,
                {"publisher": "新宁县司法局", "time": date + " 15:30"},
                FZZF,
            )
            self._add(FZZF, title, path, date)
            day -= dt.timedelta(days=24)
        self.columns[FZZF].sort(key=lambda it: it[2], reverse=True)
        order = [p for _, p, _ in self.columns[FZZF]]
        assert order.index(g1) < PER_PAGE <= 2 * PER_PAGE <= order.index(g2), (
            order.index(g1),
            order.index(g2),
        )

    def _xzfwj(self) -> None:
        g3 = art(XZFWJ, "2025-03-20", "report2024")
        t3 = "新宁县人民政府关于2024年度法治政府建设情况的报告"
        m3 = {
            "index_no": "11430528006178413K/2025-00019",
            "publisher": "新宁县人民政府",
            "written_date": "2025-03-14",
            "doc_no": "新政发〔2025〕4号",
            "source": "新宁县人民政府办公室",
            "time": "2025-03-20 11:47",
        }
        body = self.gold_report(
            g3,
            "001",
            t3,
            publisher="新宁县人民政府",
            publish_date="2025-03-20",
            index_no=m3["index_no"],
            written_date="2025-03-14",
            doc_no="新政发〔2025〕4号",
        )
        self._meta[g3] = (t3, body, m3, XZFWJ)
        self._add(XZFWJ, t3, g3, "2025-03-20")
        subjects = [
            "印发新宁县防汛抗旱应急预案",
            "印发新宁县农村人居环境整治提升五年行动实施方案",
            "调整县人民政府领导工作分工",
            "印发新宁县崀山风景名胜区管理办法",
            "印发新宁县城区停车管理办法",
            "公布县级行政权力清单",
        ]
        for i in range(16):
            year = 2025 - i // 6
            date = f"{year}-{11 - (i % 6):02d}-{10 + i % 9:02d}"
            title = f"新宁县人民政府关于{subjects[i % 6]}的通知"
            doc = f"新政发〔{year}〕{20 - i % 6}号"
            path = art(XZFWJ, date, f"wj{i}")
            meta = {
                "publisher": "新宁县人民政府",
                "doc_no": doc,
                "index_no": f"11430528006178413K/{year}-{100 + i:05d}",
                "time": date + " 10:00",
            }
            self._meta[path] = (title, FILLER_BODY, meta, XZFWJ)
            self._add(XZFWJ, title, path, date)
        neg = art(XZFWJ, "2021-11-22", "wjplan")
        neg_title = "新宁县人民政府关于印发《新宁县法治政府建设实施方案（2021—2025年）》的通知"
        meta = {
            "publisher": "新宁县人民政府",
            "doc_no": "新政发〔2021〕15号",
            "time": "2021-11-22 09:00",
        }
        self._meta[neg] = (neg_title, NEGATIVE_BODY, meta, XZFWJ)
        self.negative_titles.append(neg_title)
        self._add(XZFWJ, neg_title, neg, "2021-11-22")
        self.columns[XZFWJ].sort(key=lambda it: it[2], reverse=True)

    def _tzgg(self) -> None:
        g4 = art(TZGG, "2021-01-18", "report2020")
        t4 = "新宁县2020年度法治政府建设工作开展情况"
        body = self.gold_report(g4, "004", t4, publisher="新宁县政府办", publish_date="2021-01-18")
        self._meta[g4] = (t4, body, {"source": "新宁县政府办", "time": "2021-01-18 06:45"}, TZGG)
        self._add(TZGG, t4, g4, "2021-01-18")
        negatives = [
            ("关于召开全县法治政府建设推进会的通知", "2024-05-08"),
            (
                "关于公开征求《新宁县2025年法治政府建设工作要点（征求意见稿）》意见的公告",
                "2025-02-17",
            ),
            ("新宁县“八五”普法中期评估工作方案", "2023-08-02"),
        ]
        for i, (title, date) in enumerate(negatives):
            path = art(TZGG, date, f"tzneg{i}")
            self._meta[path] = (
                title,
                NEGATIVE_BODY,
                {"source": "新宁县司法局", "time": date + " 08:30"},
                TZGG,
            )
            self.negative_titles.append(title)
            self._add(TZGG, title, path, date)
        notices = [
            "新宁县2025年公开招聘教师公告",
            "关于春节期间烟花爆竹燃放管理的通告",
            "新宁县城区部分路段临时交通管制的通告",
            "关于开展2024年度企业年报工作的公告",
            "新宁县崀山景区旅游旺季安全提示",
            "关于做好森林防火工作的通告",
            "新宁县城乡居民医疗保险集中参保缴费公告",
            "关于2024年度耕地地力保护补贴发放的公示",
        ]
        for i in range(18):
            year = 2025 - i // 6
            date = f"{year}-{12 - (i % 6) * 2:02d}-{5 + i % 20:02d}"
            title = (
                notices[i % len(notices)].replace("2025", str(year)).replace("2024", str(year - 1))
            )
            if i >= len(notices):
                title += f"（第{i // len(notices) + 1}号）"
            path = art(TZGG, date, f"tz{i}")
            self._meta[path] = (
                title,
                FILLER_BODY,
                {"source": "新宁县人民政府办公室", "time": date + " 17:10"},
                TZGG,
            )
            self._add(TZGG, title, path, date)
        self.columns[TZGG].sort(key=lambda it: it[2], reverse=True)
        order = [p for _, p, _ in self.columns[TZGG]]
        assert order.index(g4) >= PER_PAGE

    def _xnyw(self) -> None:
        items = [
            ("县政府常务会议听取2023年度法治政府建设工作报告", "2024-03-08"),
            ("新宁县召开2024年法治政府建设工作推进会", "2024-05-14"),
            ("县委理论学习中心组专题学习习近平法治思想", "2024-06-21"),
            ("崀山脐橙开园采摘 果农喜获丰收", "2024-11-02"),
            ("新宁县召开第十八届人民政府第四十二次常务会议", "2025-04-15"),
            ("省司法厅调研组来新宁调研法治政府建设示范创建工作", "2025-05-20"),
        ]
        for i, (title, date) in enumerate(items):
            path = art(XNYW, date, f"yw{i}")
            body = [
                f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日，{title[:12]}……",
                "会议听取了县司法局关于法治政府建设工作情况的汇报，研究部署了下一阶段重点工作。",
                "会议强调，要深入学习贯彻习近平法治思想，持续推进严格规范公正文明执法。",
            ]
            self._meta[path] = (
                title,
                body,
                {"source": "新宁县融媒体中心", "time": date + " 19:20"},
                XNYW,
            )
            if "法治政府建设" in title:
                self.negative_titles.append(title)
            self._add(XNYW, title, path, date)
        self.columns[XNYW].sort(key=lambda it: it[2], reverse=True)

    def _ndbg(self) -> None:
        for year in (2024, 2023, 2022, 2021):
            title = f"新宁县人民政府{year}年政府信息公开工作年度报告"
            date = f"{year + 1}-01-2{year % 7}"
            path = art(NDBG, date, f"nb{year}")
            meta = {
                "publisher": "新宁县人民政府办公室",
                "index_no": f"11430528006178413K/{year + 1}-00003",
                "time": date + " 09:00",
            }
            self._meta[path] = (title, NEGATIVE_BODY, meta, NDBG)
            self.negative_titles.append(title)
            self._add(NDBG, title, path, date)

    def _zn(self) -> None:
        title = "新宁县人民政府信息公开指南"
        path = art(ZN, "2022-06-30", "zn")
        body = [
            "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。",
            "一、主动公开。公开的主要内容、公开方式和公开时限。",
            "二、依申请公开。申请的受理机构、申请方式和处理程序。",
        ]
        self._meta[path] = (
            title,
            body,
            {"publisher": "新宁县人民政府办公室", "time": "2022-06-30 10:00"},
            ZN,
        )
        self._add(ZN, title, path, "2022-06-30")

    def _others(self) -> None:
        for c, (_, _, titles) in OTHER.items():
            for i, title in enumerate(titles):
                date = f"2024-{9 - i * 2:02d}-{12 + i * 3:02d}"
                path = art(c, date, f"{c}{i}")
                src = "新宁县人民政府办公室" if c in XXGK_COLS else "新宁县融媒体中心"
                meta = {"publisher": src, "source": src, "time": date + " 16:00"}
                self._meta[path] = (title, [f"{title}。", *FILLER_BODY[1:]], meta, c)
                self._add(c, title, path, date)

    # --- page furniture ----------------------------------------------------------------------
    def _head(self, title: str, meta: dict[str, str]) -> str:
        metas = {"SiteName": SITE, "SiteDomain": "www.xinning.gov.cn", "SiteIDCode": CODE, **meta}
        tags = "".join(f'<meta name="{esc(k)}" content="{esc(v)}">\n' for k, v in metas.items())
        return (
            "<!DOCTYPE html>\n<html><head>\n"
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />\n'
            f"<title>{esc(title)}</title>\n{tags}"
            f'<link rel="stylesheet" type="text/css" href="{P}/css/common.css" />\n'
            f'<script type="text/javascript" src="{P}/js/jquery-1.11.3.min.js"></script>\n'
            f'<script type="text/javascript" src="{P}/js/createPageHTML.js"></script>\n'
            '<script type="text/javascript" src="/ucap/js/wza/aria.js?appid=4ac6c7b5" charset="utf-8"></script>\n'
            "</head>\n"
        )

    def _top(self) -> str:
        nav = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in NAV)
        return (
            '<body>\n<div class="top_bar"><div class="w1200">'
            '<div class="fl">今天是：<span id="nowDate"><script>document.write(new Date().toLocaleDateString());</script></span>'
            "　欢迎访问新宁县人民政府门户网站</div>"
            '<div class="fr"><a href="javascript:void(0);" id="wza" onclick="aria.start()">无障碍</a>'
            '<a href="javascript:void(0);" class="ghms" onclick="aria.oldFixedStart()">关怀版</a>'
            '<a href="javascript:void(0);" id="jfqh" onclick="zh_tran()">繁體</a>'
            f'<a href="{P}/wap/index.shtml">移动版</a>'
            '<a href="https://sso.hunan.gov.cn/login" target="_blank">登录</a>'
            '<a href="https://sso.hunan.gov.cn/register" target="_blank">注册</a></div>'
            "</div></div>\n"
            f'<div class="header"><div class="w1200"><a href="{HOME}" class="logo">'
            f'<img src="{P}/images/logo.png" alt="新宁县人民政府" /></a>'
            '<div class="search"><form action="https://www.hunan.gov.cn/searchweb/search" method="get" target="_blank">'
            '<input type="hidden" name="siteCode" value="4305280001" />'
            '<input type="text" name="q" placeholder="请输入关键字" /><button type="submit">搜索</button></form>'
            '<p>热词：<a href="javascript:;">崀山</a> <a href="javascript:;">社保</a> <a href="javascript:;">招聘</a></p></div>'
            "</div></div>\n"
            f'<div class="nav"><ul class="w1200">{nav}</ul></div>\n'
        )

    def _foot(self) -> str:
        return (
            '<div class="footer"><div class="w1200">'
            '<div class="foot_link"><a href="https://www.gov.cn/" target="_blank">中国政府网</a>'
            '<a href="https://www.hunan.gov.cn/" target="_blank">湖南省人民政府</a>'
            '<a href="https://www.shaoyang.gov.cn/" target="_blank">邵阳市人民政府</a></div>'
            f'<div class="foot_nav"><a href="{WZDT}">网站地图</a> | <a href="{P}/lxwm/lxwm.shtml">联系我们</a>'
            f' | <a href="{P}/wzsm/wzsm.shtml">网站声明</a></div>'
            '<div class="foot_info"><p>主办单位：新宁县人民政府办公室　承办单位：新宁县融媒体中心</p>'
            "<p>地址：湖南省邵阳市新宁县金石镇城北路1号　邮编：422700　联系电话：0739-4822345</p>"
            f"<p>网站标识码：{CODE}　"
            '<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05003366号-1</a>　'
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43052802000105" target="_blank">'
            '<img src="/images/gaba.png" />湘公网安备 43052802000105号</a></p>'
            "<p>建议使用1366×768以上分辨率浏览本网站</p></div>"
            '<div class="foot_ewm"><dl><dt><img src="/images/xnfb_wx.jpg" alt="新宁发布" /></dt><dd>政务微信</dd></dl>'
            '<dl><dt><img src="/images/xnfb_wb.jpg" alt="新宁发布" /></dt><dd>政务微博</dd></dl>'
            '<dl><dt><img src="/images/xn_app.jpg" alt="移动版" /></dt><dd>移动版</dd></dl></div>'
            '<div class="dzjg"><a href="https://bszs.conac.cn/sitename?method=show&id=5C1E7D0B" target="_blank">'
            '<img src="/images/dzjg.png" alt="党政机关" /></a></div>'
            + fu.jiucuo(CODE)
            + "</div></div>\n</body></html>"
        )

    def _crumb(self, parts: list[tuple[str, str]]) -> str:
        links = " &gt; ".join(
            f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in [("首页", HOME), *parts]
        )
        return f'<div class="position w1200">当前位置：{links}</div>\n'

    def _parents(self, col: str) -> list[tuple[str, str]]:
        if col in NEWS_COLS:
            return [("新闻中心", f"{XNYW}/xlist.shtml"), (NAMES[col], self._list_url(col, 1))]
        if col in TOPIC_COLS:
            return [("专题专栏", f"{P}/yhyshj/xlist.shtml"), (NAMES[col], self._list_url(col, 1))]
        return [("政务公开", XXGK), (NAMES[col], self._list_url(col, 1))]

    def _list_url(self, col: str, n: int) -> str:
        tpl = TEMPLATE.get(col, "xlist")
        return f"{col}/{tpl}.shtml" if n == 1 else f"{col}/{tpl}_{n}.shtml"

    # --- articles ------------------------------------------------------------------------------
    def _article(
        self, path: str, prev: tuple[str, str] | None, nxt: tuple[str, str] | None
    ) -> None:
        title, body, m, col = self._meta[path]
        time = m["time"]
        source = m.get("source", m.get("publisher", ""))
        table = ""
        default_index = f"11430528006178413K/{time[:4]}-{int(hexid(path)[:4], 16) % 900 + 100:05d}"
        if col in XXGK_COLS:
            rows = [
                (
                    "索&ensp;引&ensp;号：",
                    m.get("index_no") or default_index,
                    "发布机构：",
                    m.get("publisher", ""),
                ),
                (
                    "文&emsp;&emsp;号：",
                    m.get("doc_no", ""),
                    "生成日期：",
                    m.get("written_date", time[:10]),
                ),
                ("公开方式：", "主动公开", "公开范围：", "面向全社会"),
                ("发布日期：", time[:10], "效力状态：", "有效"),
            ]
            trs = "".join(
                f'<tr><td class="td_lable">{a}</td><td class="td_content">{esc(b)}</td>'
                f'<td class="td_lable">{c}</td><td class="td_content">{esc(d)}</td></tr>'
                for a, b, c, d in rows
            )
            trs += (
                '<tr><td class="td_lable">信息名称：</td>'
                f'<td class="td_content" colspan="3">{esc(title)}</td></tr>'
            )
            table = f'<div class="xxgk_table"><table width="100%" cellspacing="0" cellpadding="0">{trs}</table></div>\n'
        if col == FZZF and path.endswith(hexid("report2023") + ".shtml"):
            paras = "\n".join(
                '<p style="text-indent:2em;line-height:1.75;margin:0;">'
                f'<span style="font-family:仿宋_GB2312;font-size:16pt;">{esc(line)}</span></p>'
                for line in body
            )
        else:
            paras = fu.paragraphs(body)
        pn = (
            '<div class="article_pn">'
            + (
                f'<p>上一篇：<a href="{esc(prev[1])}" title="{esc(prev[0])}">{esc(prev[0])}</a></p>'
                if prev
                else "<p>上一篇：没有了</p>"
            )
            + (
                f'<p>下一篇：<a href="{esc(nxt[1])}" title="{esc(nxt[0])}">{esc(nxt[0])}</a></p>'
                if nxt
                else "<p>下一篇：没有了</p>"
            )
            + "</div>\n"
        )
        main = (
            '<div class="article w1200">\n'
            + table
            + f'<h1 class="article_title">{esc(title)}</h1>\n'
            + '<div class="article_info">'
            + f"<span>发布时间：{esc(time)}</span><span>来源：{esc(source)}</span>"
            + '<span>浏览次数：<em id="hits">--</em></span>'
            + '<span class="zh">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>'
            + ' <a href="javascript:doZoom(14)">小</a>】</span>'
            + '<span class="yybb"><a href="javascript:void(0);" onclick="readText()">语音播报</a></span></div>\n'
            + f'<div class="article_content" id="zoom">\n{paras}\n</div>\n'
            + '<div class="article_fj" style="display:none"><p>附件：</p></div>\n'
            + pn
            + '<div class="article_tools"><div class="share">分享到：'
            + '<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a>'
            + '<a href="javascript:;" class="qq">QQ空间</a></div>'
            + '<div class="btns"><a href="javascript:window.print();">【打印本页】</a>'
            + '<a href="javascript:window.close();">【关闭窗口】</a></div></div>\n'
            + '<div class="article_ewm"><img src="/images/ewm.png" /><p>扫一扫在手机打开当前页</p></div>\n'
            + "</div>\n"
            + f"<script>$.getJSON('/u/visit/hits?manuscriptId={path.rsplit('/', 1)[-1][:32]}',"
            + "function(d){$('#hits').text(d.count);});</script>\n"
        )
        html = (
            self._head(
                f"{title}-{SITE}",
                {
                    "ColumnName": NAMES[col],
                    "ArticleTitle": title,
                    "PubDate": time,
                    "ContentSource": source,
                },
            )
            + self._top()
            + self._crumb(self._parents(col))
            + main
            + self._foot()
        )
        self.page(path, html)

    # --- listings ------------------------------------------------------------------------------
    def _rows(self, col: str, chunk: list[tuple[str, str, str]]) -> str:
        if col == XZFWJ:
            trs = "".join(
                f'<tr><td class="xh">{i}</td><td class="bt"><a href="{esc(u)}" target="_blank" title="{esc(t)}">'
                f'{esc(t)}</a></td><td class="wh">{esc(self._meta[u][2].get("doc_no", ""))}</td>'
                f'<td class="rq">{d}</td></tr>'
                for i, (t, u, d) in enumerate(chunk, start=1)
            )
            return (
                '<table class="wjk_table" width="100%"><tr><th>序号</th><th>标题</th><th>文号</th>'
                f"<th>发布日期</th></tr>{trs}</table>"
            )
        lis = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{d}</span></li>'
            for t, u, d in chunk
        )
        return f'<ul class="list_ul">{lis}</ul>'

    def _column(self, col: str, items: list[tuple[str, str, str]]) -> None:
        for i, (_, path, _) in enumerate(items):
            prev = items[i - 1][:2] if i > 0 else None
            nxt = items[i + 1][:2] if i + 1 < len(items) else None
            self._article(path, prev, nxt)
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        count = len(chunks)
        tpl = TEMPLATE.get(col, "xlist")
        side = NEWS_SIDE if col in NEWS_COLS else TOPIC_SIDE if col in TOPIC_COLS else XXGK_SIDE
        on = ' class="on"'
        side_html = "".join(
            f'<li{on if u == self._list_url(col, 1) else ""}><a href="{esc(u)}">{esc(t)}</a></li>'
            for t, u in side
        )
        side_title = (
            "新闻中心" if col in NEWS_COLS else "专题专栏" if col in TOPIC_COLS else "政府信息公开"
        )
        for n, chunk in enumerate(chunks, start=1):
            pager = (
                '<div class="pages" id="page_div"></div>\n'
                f"<script type=\"text/javascript\">createPageHTML('page_div',{count}, {n},'{tpl}','shtml',{len(items)});</script>\n"
            )
            main = (
                '<div class="main w1200 clearfix">'
                f'<div class="left_box"><div class="left_title">{side_title}</div><ul class="left_nav">{side_html}</ul></div>'
                f'<div class="right_box"><div class="right_title"><span>{esc(NAMES[col])}</span></div>'
                f'<div class="list_box">{self._rows(col, chunk)}</div>\n{pager}</div></div>\n'
            )
            html = (
                self._head(f"{NAMES[col]}-{SITE}", {"ColumnName": NAMES[col]})
                + self._top()
                + self._crumb(self._parents(col))
                + main
                + self._foot()
            )
            self.page(self._list_url(col, n), html)
            if col in XXGK_COLS:
                # The catalogue's iframe: the same list, bare, under the zwgk_right template.
                bare = (
                    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
                    f'<title>{esc(NAMES[col])}</title><link rel="stylesheet" href="{P}/css/zwgk.css" />'
                    f'<script type="text/javascript" src="{P}/js/createPageHTML.js"></script></head><body>'
                    f'<div class="zwgk_right"><div class="zwgk_title">{esc(NAMES[col])}</div>'
                    f"{self._rows(col, chunk)}"
                    '<div class="pages" id="page_div"></div>'
                    f"<script type=\"text/javascript\">createPageHTML('page_div',{count}, {n},'zwgk_right','shtml',{len(items)});</script>"
                    "</div></body></html>"
                )
                self.page(
                    f"{col}/zwgk_right.shtml" if n == 1 else f"{col}/zwgk_right_{n}.shtml", bare
                )

    # --- the 信息公开目录 (zTree over JSONP) ---------------------------------------------------
    TREE: ClassVar[list[tuple[str, str, str, str, str, bool]]] = [
        ("1", "", "政府信息公开指南", f"{ZN}/xlist.shtml", f"{ZN}/zwgk_right.shtml", False),
        ("2", "", "政府信息公开制度", f"{P}/xxgkzd/null.shtml", f"{P}/xxgkzd/null.shtml", False),
        (
            "3",
            "",
            "法定主动公开内容",
            f"{P}/fdzdgknr/null.shtml",
            f"{P}/fdzdgknr/null.shtml",
            True,
        ),
        ("31", "3", "机构职能", f"{P}/jgzn/xlist.shtml", f"{P}/jgzn/zwgk_right.shtml", False),
        ("32", "3", "县政府文件", f"{XZFWJ}/gfxwjlist.shtml", f"{XZFWJ}/zwgk_right.shtml", False),
        ("33", "3", "法治政府建设", f"{FZZF}/xlist.shtml", f"{FZZF}/zwgk_right.shtml", False),
        ("34", "3", "财政信息", f"{P}/czxx/xlist_djlb.shtml", f"{P}/czxx/zwgk_right.shtml", False),
        ("4", "", "政府信息公开年报", f"{NDBG}/xlist.shtml", f"{NDBG}/zwgk_right.shtml", False),
        ("5", "", "依申请公开", f"{P}/ysqgk/null.shtml", f"{P}/ysqgk/null.shtml", False),
    ]

    def _tree(self, query: dict[str, list[str]]) -> Reply:
        pid = (query.get("pid") or [""])[0]
        level = (query.get("level") or ["1"])[0]
        nodes = [
            {
                "id": f"{CHANNEL[:24]}{nid:0>8}",
                "pId": f"{CHANNEL[:24]}{parent:0>8}" if parent else "",
                "name": name,
                "url": url,
                "iframeurl": iframe,
                "isParent": is_parent,
                "level": 2 if parent else 1,
                "target": "new",
            }
            for nid, parent, name, url, iframe, is_parent in self.TREE
            if (f"{CHANNEL[:24]}{parent:0>8}" if parent else "") == pid
            or (not pid and level == "1" and not parent)
        ]
        callback = (query.get("callback") or ["JsonpCallBack"])[0]
        body = (
            f"{callback}({json.dumps({'list': nodes, 'total': len(nodes)}, ensure_ascii=False)});"
        )
        return Reply(200, body.encode(), {"Content-Type": "application/javascript;charset=UTF-8"})

    def _catalogue(self) -> None:
        tops = [
            ("政府信息公开指南", f"{ZN}/xlist.shtml", "zn"),
            ("政府信息公开制度", "javascript:void(0);", "zd"),
            ("法定主动公开内容", "javascript:void(0);", "fd"),
            ("政府信息公开年报", f"{NDBG}/xlist.shtml", "nb"),
            ("依申请公开", "javascript:void(0);", "ysq"),
        ]
        icons = "".join(
            f'<li class="{c}"><a href="{esc(u)}"><i></i><span>{esc(t)}</span></a></li>'
            for t, u, c in tops
        )
        script = (
            '<script type="text/javascript" src="/ucap/js/ztree/jquery.ztree.core.min.js"></script>\n'
            '<script type="text/javascript">\n'
            f"var projectName = '{SC}';\nvar channelId = '{CHANNEL}';\n"
            "var setting = {\n"
            "  async: { enable: true, type: 'get', dataType: 'jsonp', url: '/u/channel/treeNew/' + projectName,\n"
            "    autoParam: ['id=pid', 'level'], otherParam: { channelId: channelId, catecode: '', open: '0',\n"
            "      target: 'new', published_file_name: '/zwgk',\n"
            "      template_name: 'zwgk_right2,zwgk_right_tt,zwgk_right,zwgk_right_gknb1' },\n"
            "    dataFilter: function (treeId, parentNode, res) { return res.list; } },\n"
            "  data: { simpleData: { enable: true, idKey: 'id', pIdKey: 'pId' } },\n"
            "  callback: { onClick: function (e, treeId, node) {\n"
            "    if (node.iframeurl && node.iframeurl.indexOf('null.shtml') < 0) {\n"
            "      $('#xxgkIframe').attr('src', node.iframeurl); $('#curName').text(node.name); } } }\n"
            "};\n"
            "$(function () {\n"
            "  $.ajax({ url: '/u/channel/treeNew/' + projectName, dataType: 'jsonp', jsonpCallback: 'JsonpCallBack',\n"
            "    data: { level: 1, pid: '', channelId: channelId, catecode: '', open: '0', target: 'new',\n"
            "      published_file_name: '/zwgk', template_name: 'zwgk_right2,zwgk_right_tt,zwgk_right,zwgk_right_gknb1' },\n"
            "    success: function (res) { $.fn.zTree.init($('#treeDemo'), setting, res.list); } });\n"
            "});\n"
            "function iframeHeight() { var f = document.getElementById('xxgkIframe');\n"
            "  f.height = f.contentWindow.document.body.scrollHeight; }\n"
            "</script>\n"
        )
        main = (
            '<div class="xxgk_main w1200">'
            f'<div class="xxgk_top"><ul class="xxgk_icons">{icons}</ul>'
            '<div class="xxgk_search"><form action="https://www.hunan.gov.cn/searchweb/search" target="_blank">'
            '<input type="hidden" name="siteCode" value="4305280001" /><input type="text" name="q" placeholder="信息公开检索" />'
            '<input type="submit" value="检索" /></form></div></div>'
            '<div class="xxgk_body clearfix"><div class="xxgk_left"><div class="tree_title">信息公开目录</div>'
            '<ul id="treeDemo" class="ztree"></ul></div>'
            '<div class="xxgk_right"><div class="cur_title">当前栏目：<span id="curName">政府信息公开指南</span></div>'
            f'<iframe id="xxgkIframe" name="xxgkIframe" src="{ZN}/zwgk_right.shtml" width="100%" height="900"'
            ' frameborder="0" scrolling="no" onload="iframeHeight()"></iframe></div></div></div>\n'
        )
        self.page(
            XXGK,
            self._head(f"政府信息公开目录系统-{SITE}", {"ColumnName": "信息公开目录"})
            + self._top()
            + self._crumb([("政务公开", XXGK), ("信息公开目录", XXGK)])
            + main
            + script
            + self._foot(),
        )

    # --- home, site map and the other sections -------------------------------------------------
    def _box(self, title: str, col: str, n: int) -> str:
        lis = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{d[5:]}</span></li>'
            for t, u, d in self.columns[col][:n]
        )
        return (
            f'<div class="index_box"><div class="box_title"><h3>{esc(title)}</h3>'
            f'<a class="more" href="{esc(self._list_url(col, 1))}">更多&gt;&gt;</a></div>'
            f'<ul class="box_list">{lis}</ul></div>\n'
        )

    def _navigation(self) -> None:
        gk = "".join(
            f'<li><a href="{esc(u)}">{esc(t)}</a></li>'
            for t, u in [
                ("信息公开指南", f"{ZN}/xlist.shtml"),
                ("信息公开目录", XXGK),
                ("信息公开年报", f"{NDBG}/xlist.shtml"),
                ("依申请公开", f"{P}/ysqgk/ysqgk.shtml"),
            ]
        )
        home = (
            '<div class="index_main w1200">'
            + '<div class="banner"><a href="javascript:;"><img src="/images/banner_lsj.jpg" alt="崀山" /></a></div>'
            + self._box("新宁要闻", XNYW, 6)
            + self._box("通知公告", TZGG, 7)
            + self._box("政府文件", XZFWJ, 5)
            + f'<div class="index_box zwgk"><div class="box_title"><h3>政务公开</h3></div><ul>{gk}</ul></div>\n'
            + '<div class="ztzl"><h3>专题专栏</h3>'
            + f'<a href="{P}/yhyshj/xlist.shtml"><img src="/images/zt_yshj.jpg" alt="优化营商环境" /></a>'
            + f'<a href="{P}/xczx/xlist.shtml"><img src="/images/zt_xczx.jpg" alt="乡村振兴" /></a></div>'
            + '<div class="hdjl"><h3>政民互动</h3><ul>'
            + f'<li><a href="{P}/zmhd/tyhd_index.shtml">县长信箱</a></li>'
            + '<li><a href="https://12345.hunan.gov.cn/" target="_blank">12345热线</a></li></ul></div>'
            + "</div>\n"
        )
        self.page(
            HOME, self._head(SITE, {"ColumnName": "首页"}) + self._top() + home + self._foot()
        )

        groups = [
            ("走进新宁", [("新宁概况", f"{P}/zjxn/zjxn.shtml")]),
            ("新闻中心", NEWS_SIDE),
            (
                "政务公开",
                [
                    ("信息公开目录", XXGK),
                    ("政府信息公开指南", f"{ZN}/xlist.shtml"),
                    ("县政府文件", f"{XZFWJ}/gfxwjlist.shtml"),
                    ("法治政府建设", f"{FZZF}/xlist.shtml"),
                    ("政府信息公开年报", f"{NDBG}/xlist.shtml"),
                ],
            ),
            ("政民互动", [("县长信箱", f"{P}/zmhd/tyhd_index.shtml")]),
            ("政府数据", [("数据发布", f"{P}/zfsj/xsjfb.shtml")]),
        ]
        dls = "".join(
            f'<dl class="map_dl"><dt>{esc(g)}</dt><dd>'
            + "".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in links)
            + "</dd></dl>"
            for g, links in groups
        )
        self.page(
            WZDT,
            self._head(f"网站地图-{SITE}", {"ColumnName": "网站地图"})
            + self._top()
            + self._crumb([("网站地图", WZDT)])
            + f'<div class="wzdt w1200">{dls}</div>\n'
            + self._foot(),
        )
        simple = {
            f"{P}/zjxn/zjxn.shtml": (
                "走进新宁",
                "新宁县位于湖南省西南部，境内崀山为世界自然遗产地。",
            ),
            f"{P}/zmhd/tyhd_index.shtml": (
                "政民互动",
                "县长信箱、在线咨询、民意征集请登录湖南省统一互动平台。",
            ),
            f"{P}/zfsj/xsjfb.shtml": ("政府数据", "统计数据发布请见邵阳市统计局网站。"),
            f"{P}/ysqgk/ysqgk.shtml": (
                "依申请公开",
                "申请人可通过在线申请、信函、当面等方式提出政府信息公开申请。",
            ),
            f"{P}/lxwm/lxwm.shtml": ("联系我们", "新宁县人民政府办公室　电话：0739-4822345"),
            f"{P}/wzsm/wzsm.shtml": (
                "网站声明",
                "本网站所载内容版权归新宁县人民政府所有，转载请注明出处。",
            ),
            f"{P}/wap/index.shtml": ("移动版", "请使用手机访问新宁县人民政府移动门户。"),
        }
        for path, (title, text) in simple.items():
            self.page(
                path,
                self._head(f"{title}-{SITE}", {"ColumnName": title})
                + self._top()
                + self._crumb([(title, path)])
                + f'<div class="main w1200"><h2>{esc(title)}</h2><p>{esc(text)}</p></div>\n'
                + self._foot(),
            )

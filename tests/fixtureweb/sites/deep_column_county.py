"""A Hunan county portal on the province's 集约化 platform (`/htx/c<id>/list.shtml`, pages
`list_N.shtml` written by `createPageHTML('page_div', pages, current, 'list', 'shtml', count)`,
articles `/htx/c<id>/YYYYMM/<32 hex>.shtml`) whose report column is six levels deep, each level a
different template:

- 首页 (`/`): masthead menu (首页, 走进会同, 新闻中心, 政务公开, 政务服务, 互动交流), a 要闻
  focus box, 通知公告, 乡镇动态, 部门动态 (each with `更多>>`), a 政务公开 box of common
  columns (政策文件, 政策解读, 人事信息, 政府会议; not the catalogue), 专题 banners (one is a
  法治会同 专题 of 普法 news), footer with 网站地图, ICP备, 公网安备, 网站标识码;
- 政务公开 (`/htx/zwgk/index.shtml`): a hub of icon tiles (政府信息公开, 政策文件, 政策解读,
  回应关切, 部门信息公开, 乡镇信息公开, 政府信息公开年报, 建议提案办理, 政府会议, 人事信息…)
  above a 政务动态 box of tabs (要闻, 乡镇动态, 部门动态) each with `更多`;
- 政府信息公开 (`/htx/zfxxgk/index.shtml`): a landing page of five tabs (指南, 制度, 法定主动
  公开内容, 年报, 依申请公开) switched by `setTab()`; the 法定主动公开内容 panel has an `进入
  目录>>` link to the catalogue, 部门信息公开 and 乡镇信息公开 sit in its side box;
- 法定主动公开内容 (`/htx/fdzdgknr/index.shtml`): a catalogue whose left tree is collapsed: its
  top nodes are `javascript:void(0)` buttons and their sub-nodes are written by an inline script
  from `var gkTree = {"jgzn": [{name: …, url: …}, …], …}`; the right side is a search form and
  the ten latest items (none a report);
- 其他主动公开 → 重点领域 (`/htx/c104350/index.shtml`): a column index of boxes (生态环境,
  安全生产, 食品药品, 教育, 法治政府建设, 双随机一公开…), each with its three newest items and
  `更多`; 法治政府建设's three newest are not reports;
- 法治政府建设 (`/htx/c104358/list.shtml`, three pages, a table list): the 县政府's 2024 report
  (page 1) and 2023 report (page 2) beside 工作要点, 一图读懂, 解读, 述法报告, 考核通报, 督察
  整改, 行政执法统计年报, 重大行政决策目录; page 3 older 实施方案 and 推进会 items.

Two more reports lie at other depths: the 县司法局's 2024 report in 部门信息公开 → 县司法局 (a
department sub-site template) → 工作动态, on page 4 of 10 (a plain 首页/上一页/下一页/尾页 pager
without page numbers); the 县政府's 2020 report in 通知公告, page 7 of 15 (published before the
法治政府建设 column existed). The long news columns — 要闻 40 pages, 乡镇动态 60 pages, 部门动态
50 pages — are full of 法治-flavoured news (常务会议 审议 the year's report, 人大 听取 the report,
推进会, 述法, 普法, 民主法治示范村), and 通知公告 holds 法治 notices (报送 the year's report, 推进会,
考核).

Report pages: xxgk template (a 索引号/发布机构/发文日期/文号/公开日期 table above the title); the
司法局's page shows `来源：… 发布时间：…`; the notice `发布时间：… 来源：…`.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import ClassVar

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "会同县人民政府"
CODE = "4312250001"
GOV = "会同县人民政府"
GOV_OFFICE = "会同县人民政府办公室"
SFJ = "会同县司法局"
MEDIA = "会同县融媒体中心"
CREDIT = "114312250061405127"
SFJ_CREDIT = "11431225006140553X"
P = "/htx"

FZZF = 104358
ZDLY = 104350
NEWS = {104210: ("会同要闻", 40), 104212: ("乡镇动态", 60), 104213: ("部门动态", 50)}
TZGG = 104215
TZGG_PAGES = 15
NEWS_SIZE = 15
FZZT = 104800  # 法治会同 专题
SFJ_GZDT_PAGES = 10
SFJ_SIZE = 12

TOWNS = [
    "林城镇",
    "坪村镇",
    "堡子镇",
    "团河镇",
    "若水镇",
    "广坪镇",
    "马鞍镇",
    "金竹镇",
    "王家坪镇",
    "连山乡",
    "高椅乡",
    "地灵乡",
    "炮团侗族苗族乡",
    "金子岩侗族苗族乡",
    "沙溪乡",
    "青朗侗族苗族乡",
    "漠滨侗族苗族乡",
    "蒲稳侗族苗族乡",
]
DEPTS = [
    ("fgj", "会同县发展和改革局"),
    ("jyj", "会同县教育局"),
    ("gaj", "会同县公安局"),
    ("mzj", "会同县民政局"),
    ("sfj", SFJ),
    ("czj", "会同县财政局"),
    ("rsj", "会同县人力资源和社会保障局"),
    ("zrzyj", "会同县自然资源局"),
    ("zjj", "会同县住房和城乡建设局"),
    ("jtj", "会同县交通运输局"),
    ("slj", "会同县水利局"),
    ("nyncj", "会同县农业农村局"),
    ("swj", "会同县商务局"),
    ("wlgtj", "会同县文化旅游广电体育局"),
    ("wjj", "会同县卫生健康局"),
    ("yjj", "会同县应急管理局"),
    ("sjj", "会同县审计局"),
    ("scjgj", "会同县市场监督管理局"),
    ("ybj", "会同县医疗保障局"),
    ("lyj", "会同县林业局"),
    ("tjj", "会同县统计局"),
    ("tyjrj", "会同县退役军人事务局"),
]
# The catalogue tree: node id → (name, [(sub-node, column id)]).
TREE: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("jgzn", "机构职能", [("机构概况", 104301), ("领导分工", 104302), ("内设机构", 104303)]),
    ("fgwj", "法规文件", [("政府文件", 104311), ("政办文件", 104312), ("规范性文件", 104313)]),
    ("ghxx", "规划信息", [("发展规划", 104321), ("专项规划", 104322)]),
    ("czxx", "财政信息", [("财政预决算", 104331), ("政府债务", 104332)]),
    ("zcjd", "政策解读", [("文字解读", 104341), ("图片解读", 104342)]),
    (
        "qtzdgk",
        "其他主动公开",
        [
            ("重点领域", ZDLY),
            ("建议提案办理", 104361),
            ("政府会议", 104362),
            ("人事信息", 104363),
            ("应急管理", 104364),
        ],
    ),
]
# 重点领域's sub-columns: (name, column id).
ZDLY_COLS = [
    ("生态环境", 104351),
    ("安全生产", 104352),
    ("食品药品", 104353),
    ("教育领域", 104354),
    ("医疗卫生", 104355),
    ("双随机一公开", 104356),
    ("行政执法公示", 104357),
    ("法治政府建设", FZZF),
    ("乡村振兴", 104359),
]
COLUMN_NAMES = {cid: name for _, _, subs in TREE for name, cid in subs} | {
    c: n for n, c in ZDLY_COLS
}
COLUMN_NAMES |= {
    104381: "政府信息公开指南",
    104382: "政府信息公开制度",
    104390: "政府信息公开年报",
}
COLUMN_NAMES |= {cid: name for cid, (name, _) in NEWS.items()} | {TZGG: "通知公告"}
COLUMN_NAMES |= {FZZT: "法治会同"}


ON = ' class="on"'
HOVER = ' class="hover"'
HIDDEN = ' style="display:none"'


def _hex(*parts: object) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


PAGE_JS = """function createPageHTML(divId, pageCount, currentPage, prefix, suffix, total) {
  if (pageCount <= 1) { return; }
  function u(n) { return n == 1 ? prefix + '.' + suffix : prefix + '_' + n + '.' + suffix; }
  var html = '<span class="p-total">共' + total + '条&nbsp;' + currentPage + '/' + pageCount + '页</span>';
  if (currentPage > 1) {
    html += '<a href="' + u(1) + '">首页</a><a href="' + u(currentPage - 1) + '">上一页</a>';
  } else {
    html += '<span class="disabled">首页</span><span class="disabled">上一页</span>';
  }
  var start = Math.max(1, currentPage - 2), end = Math.min(pageCount, start + 4);
  for (var i = start; i <= end; i++) {
    html += i == currentPage ? '<span class="current">' + i + '</span>' : '<a href="' + u(i) + '">' + i + '</a>';
  }
  if (currentPage < pageCount) {
    html += '<a href="' + u(currentPage + 1) + '">下一页</a><a href="' + u(pageCount) + '">尾页</a>';
  } else {
    html += '<span class="disabled">下一页</span><span class="disabled">尾页</span>';
  }
  html += '<span class="p-jump">转到<input type="text" id="pageNo" size="2" />页<a href="javascript:;" onclick="var n=parseInt(document.getElementById(\\'pageNo\\').value);if(n>0&&n<=' + pageCount + '){location.href=(n==1?\\'' + prefix + '.' + suffix + '\\':\\'' + prefix + '_\\'+n+\\'.' + suffix + '\\');}">GO</a></span>';
  document.getElementById(divId).innerHTML = html;
}
"""

# News title makers: (法治-flavoured?, template). {town}, {dept}, {year}, {n}, {prev} are filled.
YW_TITLES = [
    (False, "会同县召开县政府第{n}次常务会议"),
    (False, "县委书记深入{town}调研乡村振兴工作"),
    (False, "会同县召开{year}年安全生产工作会议"),
    (False, "会同县开展森林防火集中宣传活动"),
    (False, "县长带队督导重点项目建设"),
    (False, "会同县举办{year}年“春风行动”专场招聘会"),
    (False, "会同县召开优化营商环境工作推进会"),
    (False, "会同县召开防汛抗旱工作部署会"),
    (True, "县政府常务会议审议《会同县人民政府关于{prev}年度法治政府建设情况的报告》"),
    (True, "县人大常委会听取和审议县政府关于{prev}年度法治政府建设工作情况的报告"),
    (True, "会同县召开{year}年法治政府建设工作推进会"),
    (True, "县委全面依法治县委员会召开第{n}次会议"),
    (True, "会同县举办领导干部学法用法专题讲座"),
    (True, "会同县迎接市{prev}年度法治政府建设督察"),
    (True, "会同县开展“宪法宣传周”系列活动"),
    (True, "会同县召开{prev}年度党政主要负责人述法会议"),
]
XZ_TITLES = [
    (False, "{town}开展春耕生产督导"),
    (False, "{town}召开{year}年党建工作会议"),
    (False, "{town}开展人居环境整治“百日攻坚”行动"),
    (False, "{town}：油茶林里采摘忙"),
    (False, "{town}开展防溺水安全教育"),
    (True, "{town}召开法治乡村建设推进会"),
    (True, "{town}开展“法律明白人”培训"),
    (True, "{town}扎实推进民主法治示范村创建"),
    (True, "{town}：民法典宣传进村入户"),
    (True, "{town}向县委县政府报送{prev}年度法治建设工作情况报告"),
]
BM_TITLES = [
    (False, "{dept}开展安全生产大检查"),
    (False, "{dept}召开{year}年党风廉政建设工作会议"),
    (False, "{dept}开展“我为群众办实事”实践活动"),
    (False, "{dept}组织干部职工开展志愿服务"),
    (True, "{dept}召开{year}年法治建设工作会议"),
    (True, "{dept}开展行政执法案卷评查"),
    (True, "{dept}组织学习新修订的《行政复议法》"),
    (True, "{dept}专题研究{prev}年度法治政府建设情况报告"),
    (True, "{dept}开展“八五”普法中期自查"),
]
TZ_TITLES = [
    (False, "会同县{year}年公开招聘教师公告"),
    (False, "关于城区部分路段临时交通管制的通告"),
    (False, "会同县{year}年耕地地力保护补贴发放公示"),
    (False, "关于做好{year}年城乡居民医疗保险参保缴费工作的通告"),
    (False, "会同县国有建设用地使用权挂牌出让公告"),
    (False, "会同县{year}年森林防火禁火令"),
    (False, "会同县拟提拔任用干部任前公示"),
    (True, "关于报送{prev}年度法治政府建设情况报告的通知"),
    (True, "关于召开全县{year}年法治政府建设推进会的通知"),
    (True, "关于开展{prev}年度法治政府建设考核工作的通知"),
    (True, "关于征集{year}年度重大行政决策事项的公告"),
]
NEWS_BODY = [
    "{d}，{title}。会议传达学习了上级有关会议精神，听取了相关单位工作情况汇报，研究部署下一阶段重点工作。",
    "会议指出，要深入学习贯彻习近平法治思想，坚持依法行政，不断提升政府治理能力和水平。",
    "会议强调，各级各部门要压实工作责任，细化工作措施，以钉钉子精神抓好各项任务落实，确保取得实效。",
    "县领导及相关单位负责同志参加会议。",
]


class DeepColumnCountySite(BlindSite):
    name = "deep_column_county"
    # A crawl of about 220 pages: the check gets the budget to reach every report.
    check_pages = 300
    region = "湖南省怀化市会同县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        # Pages rendered on request (the long news columns): path → renderer.
        self.lazy: dict[str, Callable[[], str]] = {}
        self.kinds: dict[str, str] = {}
        self.latest: dict[int, list[tuple[str, str, str]]] = {}
        self.reports: dict[str, tuple[str, str, str]] = {}
        self.page(f"{P}/js/page.js", PAGE_JS, extra={"Content-Type": "application/javascript"})
        self._fzzf()
        self._zdly()
        self._catalogue_columns()
        self._catalogue()
        self._news()
        self._notices()
        self._fzzt()
        self._depts()
        self._towns()
        self._landing()
        self._hub()
        self._misc()
        self._home()

    def dynamic(self, hit: Hit) -> Reply | None:
        render = self.lazy.get(hit.path)
        if render is not None and not hit.query:
            return html_reply(render())
        return super().dynamic(hit)

    def page_kind(self, path: str) -> str:
        path = path.split("?", 1)[0]
        if path in self.kinds:
            return self.kinds[path]
        for prefix, kind in self._kind_prefixes:
            if path.startswith(prefix):
                return kind
        return "other"

    _kind_prefixes: ClassVar[list[tuple[str, str]]] = [
        (f"{P}/c{FZZF}/", "法治政府建设 article"),
        (f"{P}/c{TZGG}/", "通知公告 article"),
        (f"{P}/c104210/", "要闻 article"),
        (f"{P}/c104212/", "乡镇动态 article"),
        (f"{P}/c104213/", "部门动态 article"),
        (f"{P}/bmxxgk/sfj/", "司法局 article"),
        (f"{P}/bmxxgk/", "other dept article"),
        (f"{P}/xzxxgk/", "town page"),
        (f"{P}/c1043", "catalogue column article"),
    ]

    # --- 法治政府建设 (three pages) ----------------------------------------------------------
    def _fzzf(self) -> None:
        cid = FZZF
        items: list[tuple[str, str, str, str]] = []

        def neg(title: str, pub: str, publisher: str = GOV_OFFICE) -> None:
            path = self._art_path(cid, pub, title)
            self.page(
                path,
                self._xxgk_detail(
                    cid,
                    title,
                    NEGATIVE_BODY,
                    pub=pub,
                    index_no=self._index_no(pub),
                    publisher=publisher,
                    written=pub,
                ),
            )
            self.negative_titles.append(title)
            items.append((title, path, pub, publisher))

        def gold(title: str, seed: str, pub: str, **meta: str) -> None:
            path = self._art_path(cid, pub, title)
            body = self.gold_report(path, seed, title, publish_date=pub, **meta)
            self.page(
                path,
                self._xxgk_detail(
                    cid,
                    title,
                    body,
                    pub=pub,
                    index_no=meta["index_no"],
                    publisher=meta["publisher"],
                    written=meta["written_date"],
                    doc_no=meta["doc_no"],
                ),
            )
            self.reports[seed] = (title, path, pub)
            items.append((title, path, pub, meta["publisher"]))

        # page 1
        neg("会同县2025年法治政府建设工作要点", "2025-05-06")
        neg("关于公布会同县2025年度重大行政决策事项目录的通知", "2025-04-18")
        neg("会同县召开2025年法治政府建设工作推进会", "2025-04-10", SFJ)
        neg(
            "关于《会同县人民政府关于2024年度法治政府建设情况的报告》的政策解读",
            "2025-03-29",
            SFJ,
        )
        neg("一图读懂丨会同县2024年度法治政府建设情况报告", "2025-03-29", SFJ)
        gold(
            "会同县人民政府关于2024年度法治政府建设情况的报告",
            "003",
            "2025-03-28",
            index_no=f"{CREDIT}/2025-00871",
            publisher=GOV,
            written_date="2025-03-25",
            doc_no="会政报〔2025〕6号",
        )
        neg("会同县人民政府县长2024年度述法报告", "2025-03-12", GOV)
        neg("关于2024年度法治政府建设考核结果的通报", "2025-02-20")
        neg("会同县2024年度行政执法数据统计年报", "2025-01-25", SFJ)
        neg("关于开展2025年度行政规范性文件清理工作的通知", "2025-01-08")
        neg("会同县人民政府法律顾问名单公示", "2024-12-02")
        neg("关于2024年法治政府建设督察反馈问题整改情况的报告", "2024-10-15", GOV)
        # page 2
        neg("会同县2024年度重大行政决策事项目录", "2024-04-16")
        neg("会同县2024年法治政府建设工作要点", "2024-04-02")
        neg("一图读懂丨会同县2023年度法治政府建设情况报告", "2024-03-28", SFJ)
        gold(
            "会同县人民政府关于2023年度法治政府建设情况的报告",
            "000",
            "2024-03-27",
            index_no=f"{CREDIT}/2024-00652",
            publisher=GOV,
            written_date="2024-03-22",
            doc_no="会政报〔2024〕4号",
        )
        neg("会同县人民政府县长2023年度述法报告", "2024-03-11", GOV)
        neg("关于2023年度法治政府建设考核结果的通报", "2024-02-22")
        neg("会同县2023年度行政执法数据统计年报", "2024-01-26", SFJ)
        neg("会同县2023年度法治政府建设示范创建工作总结", "2023-12-18", SFJ)
        neg("关于做好2023年度法治政府建设示范创建申报工作的通知", "2023-09-05", SFJ)
        neg("会同县召开2023年法治政府建设工作推进会", "2023-06-14", SFJ)
        neg("会同县2023年法治政府建设工作要点", "2023-04-12")
        neg("会同县2023年度重大行政决策事项目录", "2023-03-30")
        # page 3
        neg("关于印发《会同县行政执法公示制度实施办法》的通知", "2023-02-16")
        neg("会同县2022年度行政执法数据统计年报", "2023-01-30", SFJ)
        neg("会同县2022年法治政府建设工作要点", "2022-04-15")
        neg("会同县召开2022年法治政府建设工作推进会", "2022-03-08", SFJ)
        neg("会同县法治政府建设实施方案（2021—2025年）", "2022-01-18", GOV)
        neg("会同县法治政府建设“八五”普法规划", "2021-11-22", SFJ)
        self.latest[cid] = [(t, u, d) for t, u, d, _ in items[:5]]
        self._xxgk_list(cid, items, per_page=12)

    def _index_no(self, pub: str) -> str:
        n = int(_hex(pub, len(self.kinds))[:4], 16) % 900 + 10
        return f"{CREDIT}/{pub[:4]}-{n:05d}"

    # --- 重点领域 and the catalogue's other columns -------------------------------------------
    def _zdly(self) -> None:
        for name, cid in ZDLY_COLS:
            if cid == FZZF:
                continue
            self._filler_column(cid, name, 5)
        boxes = ""
        for name, cid in ZDLY_COLS:
            rows = "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in self.latest[cid][:3]
            )
            boxes += (
                f'<div class="zdly-box"><div class="zdly-hd"><h3><a href="{P}/c{cid}/list.shtml">'
                f'{esc(name)}</a></h3><a class="more" href="{P}/c{cid}/list.shtml">更多&gt;</a>'
                f'</div><ul class="zdly-list">{rows}</ul></div>\n'
            )
        main = (
            self._tree("qtzdgk")
            + '<div class="gk-right"><div class="gk-tit"><span>重点领域信息公开</span></div>'
            + '<p class="zdly-intro">根据《中华人民共和国政府信息公开条例》和国务院办公厅有关要求，'
            + "现将我县重点领域信息公开如下。</p>"
            + f'<div class="zdly-grid">{boxes}</div></div>'
        )
        crumbs = [*self._gk_crumbs(), ("其他主动公开", "javascript:;"), ("重点领域", "")]
        self._put(f"{P}/c{ZDLY}/index.shtml", "重点领域", crumbs, main, kind="重点领域 index")

    def _catalogue_columns(self) -> None:
        for node, _, subs in TREE:
            for name, cid in subs:
                if cid == ZDLY:
                    continue
                self._filler_column(cid, name, 4 if node != "fgwj" else 8)
        self._filler_column(104381, "政府信息公开指南", 2)
        self._filler_column(104382, "政府信息公开制度", 3)
        ndbg = []
        for year in range(2024, 2017, -1):
            title = f"会同县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-{20 + year % 8}"
            path = self._art_path(104390, pub, title)
            self.page(
                path,
                self._xxgk_detail(
                    104390,
                    title,
                    FILLER_BODY,
                    pub=pub,
                    index_no=self._index_no(pub),
                    publisher=GOV_OFFICE,
                    written=pub,
                ),
            )
            self.negative_titles.append(title)
            ndbg.append((title, path, pub, GOV_OFFICE))
        self.latest[104390] = [(t, u, d) for t, u, d, _ in ndbg]
        self._xxgk_list(104390, ndbg, per_page=15)

    def _filler_column(self, cid: int, name: str, n: int) -> None:
        titles = {
            "机构概况": "会同县人民政府机构设置及主要职责",
            "领导分工": "会同县人民政府领导工作分工",
            "政府文件": "会同县人民政府关于印发《会同县{y}年重点民生实事项目实施方案》的通知",
            "政办文件": "会同县人民政府办公室关于做好{y}年春季农业生产工作的通知",
            "规范性文件": "会同县人民政府关于印发《会同县城区国有土地上房屋征收与补偿办法》的通知",
            "行政执法公示": "会同县{y}年度行政执法机关执法主体清单",
            "生态环境": "会同县{y}年第一季度环境空气质量状况",
            "安全生产": "会同县{y}年安全生产大检查工作方案",
            "乡村振兴": "会同县{y}年衔接推进乡村振兴补助资金项目计划",
            "内设机构": "会同县人民政府办公室内设机构及职责",
            "发展规划": "会同县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            "专项规划": "会同县国土空间总体规划（2021—2035年）",
            "财政预决算": "会同县{y}年县级一般公共预算调整方案",
            "政府债务": "会同县{y}年政府债务限额及余额情况",
            "文字解读": "《会同县{y}年重点民生实事项目实施方案》政策解读",
            "图片解读": "图解：会同县{y}年政府工作报告",
            "建议提案办理": "对县十八届人大三次会议第{m}号建议的答复",
            "政府会议": "会同县人民政府第{n}次常务会议纪要",
            "人事信息": "会同县人民政府关于张某某等同志职务任免的通知",
            "应急管理": "会同县{y}年度突发事件总体应急预案",
            "食品药品": "会同县{y}年食品安全监督抽检信息公告",
            "教育领域": "会同县{y}年义务教育阶段招生入学工作方案",
            "医疗卫生": "会同县{y}年基本公共卫生服务项目实施方案",
            "双随机一公开": "会同县{y}年度部门联合“双随机、一公开”抽查工作计划",
            "政府信息公开指南": "会同县人民政府信息公开指南",
            "政府信息公开制度": "会同县政府信息公开保密审查制度",
        }
        template = titles.get(name, "会同县{y}年" + name + "信息")
        items = []
        for k in range(n):
            pub = (date(2025, 4, 20) - timedelta(days=53 * k + cid % 17)).isoformat()
            title = template.format(y=pub[:4], n=30 + k * 3 + cid % 7, m=k + 11)
            if title in {t for t, _, _, _ in items}:
                title = f"{title}（第{k + 1}批）"
            path = self._art_path(cid, pub, title)
            self.page(
                path,
                self._xxgk_detail(
                    cid,
                    title,
                    FILLER_BODY,
                    pub=pub,
                    index_no=self._index_no(pub),
                    publisher=GOV_OFFICE,
                    written=pub,
                ),
            )
            items.append((title, path, pub, GOV_OFFICE))
        self.latest[cid] = [(t, u, d) for t, u, d, _ in items]
        self._xxgk_list(cid, items, per_page=15)

    def _xxgk_list(self, cid: int, items: list[tuple[str, str, str, str]], per_page: int) -> None:
        name = COLUMN_NAMES[cid]
        chunks = [items[k : k + per_page] for k in range(0, len(items), per_page)] or [[]]
        node = next((n for n, _, subs in TREE if any(c == cid for _, c in subs)), "qtzdgk")
        for n, chunk in enumerate(chunks, start=1):
            rows = "".join(
                f'<tr><td class="td-title"><a href="{esc(u)}" target="_blank" title="{esc(t)}">'
                f"{esc(t)}</a></td><td>{esc(pubr)}</td><td>{esc(d)}</td></tr>"
                for t, u, d, pubr in chunk
            )
            pager = (
                f'<div class="page" id="page_div"></div><script>createPageHTML(\'page_div\','
                f"{len(chunks)},{n},'list','shtml',{len(items)});</script>"
            )
            main = (
                self._tree(node)
                + f'<div class="gk-right"><div class="gk-tit"><span>{esc(name)}</span></div>'
                + '<table class="gk-list" width="100%"><thead><tr><th>标题</th><th>发布机构</th>'
                + f"<th>发布日期</th></tr></thead><tbody>{rows}</tbody></table>{pager}</div>"
            )
            crumbs = self._gk_crumbs()
            if cid in dict(ZDLY_COLS).values():
                crumbs += [("重点领域", f"{P}/c{ZDLY}/index.shtml")]
            crumbs += [(name, "")]
            path = f"{P}/c{cid}/" + ("list.shtml" if n == 1 else f"list_{n}.shtml")
            kind = "法治政府建设 list" if cid == FZZF else "catalogue list"
            self._put(path, name, crumbs, main, kind=kind)

    def _tree(self, open_node: str = "") -> str:
        """The collapsed catalogue tree: top nodes in HTML, sub-nodes written by a script."""
        lis = "".join(
            f'<li class="lv1{" on" if node == open_node else ""}"><a href="javascript:void(0);" '
            f'class="tree-btn" data-id="{node}">{esc(name)}</a><ul class="lv2" id="tree_{node}">'
            "</ul></li>"
            for node, name, _ in TREE
        )
        data = (
            ",\n".join(
                f'  "{node}": ['
                + ", ".join(
                    f'{{name: "{name}", url: "{self._col_url(cid)}"}}' for name, cid in subs
                )
                + "]"
                for node, _, subs in TREE
            )
            + "\n"
        )
        return (
            '<div class="gk-left"><div class="gk-left-tit">法定主动公开内容</div>'
            f'<ul class="gk-tree" id="gkTree">{lis}</ul></div>\n'
            '<script type="text/javascript">\n'
            f"var gkTree = {{\n{data}}};\n"
            f'var openNode = "{open_node}";\n'
            "$(function () {\n"
            "  $.each(gkTree, function (id, nodes) {\n"
            "    var html = '';\n"
            "    for (var i = 0; i < nodes.length; i++) {\n"
            "      html += '<li><a href=\"' + nodes[i].url + '\" target=\"_self\">' + nodes[i].name"
            " + '</a></li>';\n"
            "    }\n"
            "    $('#tree_' + id).html(html);\n"
            "    if (id != openNode) { $('#tree_' + id).hide(); }\n"
            "  });\n"
            "  $('#gkTree .tree-btn').click(function () {\n"
            "    $(this).next('ul').slideToggle(200);\n"
            "    $(this).parent().toggleClass('on');\n"
            "  });\n"
            "});\n"
            "</script>\n"
        )

    def _col_url(self, cid: int) -> str:
        return f"{P}/c{cid}/index.shtml" if cid == ZDLY else f"{P}/c{cid}/list.shtml"

    def _gk_crumbs(self) -> list[tuple[str, str]]:
        return [
            ("首页", "/"),
            ("政务公开", f"{P}/zwgk/index.shtml"),
            ("政府信息公开", f"{P}/zfxxgk/index.shtml"),
            ("法定主动公开内容", f"{P}/fdzdgknr/index.shtml"),
        ]

    def _catalogue(self) -> None:
        latest = sorted(
            (
                (d, t, u)
                for cid, rows in self.latest.items()
                if cid not in (104390, FZZF)
                for t, u, d in rows
            ),
            reverse=True,
        )[:10]
        rows = "".join(
            f'<tr><td>{k + 1}</td><td class="td-title"><a href="{esc(u)}" target="_blank">'
            f"{esc(t)}</a></td><td>{esc(d)}</td></tr>"
            for k, (d, t, u) in enumerate(latest)
        )
        search = (
            '<form class="gk-search" action="/jsearchfront/search.do" method="get" '
            'target="_blank"><label>索引号：<input type="text" name="indexNo" /></label>'
            '<label>标题：<input type="text" name="q" /></label><label>文号：<input type="text" '
            'name="docNo" /></label><input type="submit" value="检索" /></form>'
        )
        main = (
            self._tree()
            + '<div class="gk-right"><div class="gk-tit"><span>法定主动公开内容</span></div>'
            + search
            + '<div class="gk-tit2">最新公开信息</div><table class="gk-list" width="100%">'
            + f"<thead><tr><th>序号</th><th>标题</th><th>发布日期</th></tr></thead>{rows}"
            + "</table></div>"
        )
        crumbs = [*self._gk_crumbs()[:-1], ("法定主动公开内容", "")]
        self._put(f"{P}/fdzdgknr/index.shtml", "法定主动公开内容", crumbs, main, kind="catalogue")

    # --- xxgk article --------------------------------------------------------------------------
    def _xxgk_detail(
        self,
        cid: int,
        title: str,
        body: list[str],
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written: str,
        doc_no: str = "",
    ) -> str:
        name = COLUMN_NAMES[cid]
        table = (
            '<div class="xxgk-meta"><table width="100%" cellspacing="0" cellpadding="0">'
            f'<tr><td class="lab">索引号</td><td>{esc(index_no)}</td>'
            f'<td class="lab">发布机构</td><td>{esc(publisher)}</td></tr>'
            f'<tr><td class="lab">信息分类</td><td>{esc(name)}</td>'
            f'<td class="lab">发文日期</td><td>{esc(written)}</td></tr>'
            f'<tr><td class="lab">文号</td><td>{esc(doc_no)}</td>'
            f'<td class="lab">公开日期</td><td>{esc(pub)}</td></tr>'
            f'<tr><td class="lab">公开方式</td><td>主动公开</td>'
            f'<td class="lab">公开范围</td><td>全社会</td></tr></table></div>'
        )
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="article-title">{esc(title)}</h1>'
            + '<div class="article-info"><span>浏览次数：<em id="hits"></em></span>'
            + '<span class="font">字体：[<a href="javascript:doZoom(18)">大</a> '
            + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span>'
            + "</div>"
            + '<div class="article-content" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = self._gk_crumbs()
        if cid in dict(ZDLY_COLS).values():
            crumbs += [("重点领域", f"{P}/c{ZDLY}/index.shtml")]
        crumbs += [(name, f"{P}/c{cid}/list.shtml"), ("正文", "")]
        return self._frame(title, crumbs, main, meta=self._meta(title, pub, publisher, name))

    def _meta(self, title: str, pub: str, source: str, column: str) -> dict[str, str]:
        return {
            "SiteDomain": "www.huitong.gov.cn",
            "ColumnName": column,
            "ArticleTitle": title,
            "PubDate": pub,
            "ContentSource": source,
        }

    # --- news columns (rendered on request) -----------------------------------------------------
    def _news(self) -> None:
        for cid, (name, pages) in NEWS.items():
            templates = {104210: YW_TITLES, 104212: XZ_TITLES, 104213: BM_TITLES}[cid]
            step = {104210: 2.4, 104212: 1.6, 104213: 1.9}[cid]
            items = self._make_news(cid, templates, pages * NEWS_SIZE, step, date(2025, 5, 18))
            self.latest[cid] = items[:8]
            self._news_list(cid, name, items, pages)

    def _make_news(
        self,
        cid: int,
        templates: list[tuple[bool, str]],
        count: int,
        step: float,
        start: date,
    ) -> list[tuple[str, str, str]]:
        rnd = random.Random(cid)
        items: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for k in range(count):
            day = start - timedelta(days=int(k * step))
            year = day.year
            fz, tpl = templates[rnd.randrange(len(templates))]
            town = TOWNS[rnd.randrange(len(TOWNS))]
            dept = DEPTS[rnd.randrange(len(DEPTS))][1].removeprefix("会同")
            title = tpl.format(
                town=town, dept=dept, year=year, prev=year - 1, n=rnd.randint(2, 60)
            )
            if title in seen:
                title = f"{title}（{day.month}月{day.day}日）"
            seen.add(title)
            pub = day.isoformat()
            path = self._art_path(cid, pub, title, k)
            items.append((title, path, pub))
            if fz:
                self.negative_titles.append(title)
        for k, (title, path, pub) in enumerate(items):
            related = [items[j] for j in (k - 2, k - 1, k + 1, k + 2) if 0 <= j < len(items)]
            self.lazy[path] = self._news_renderer(cid, title, pub, related)
        return items

    def _news_renderer(
        self, cid: int, title: str, pub: str, related: list[tuple[str, str, str]]
    ) -> Callable[[], str]:
        def render() -> str:
            d = f"{int(pub[5:7])}月{int(pub[8:10])}日"
            body = [line.format(d=d, title=title) for line in NEWS_BODY]
            source = MEDIA if cid != 104213 else "县直单位供稿"
            return self._news_detail(
                cid, title, body=body, pub=pub, source=source, related=related
            )

        return render

    def _news_list(
        self,
        cid: int,
        name: str,
        items: list[tuple[str, str, str]],
        pages: int,
        *,
        lazy: bool = True,
    ) -> None:
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * NEWS_SIZE : n * NEWS_SIZE]
            path = f"{P}/c{cid}/" + ("list.shtml" if n == 1 else f"list_{n}.shtml")

            def render(chunk=chunk, n=n) -> str:
                rows = "".join(
                    f'<li><span class="date">{esc(d)}</span><a href="{esc(u)}" target="_blank" '
                    f'title="{esc(t)}">{esc(t)}</a></li>'
                    for t, u, d in chunk
                )
                pager = (
                    f'<div class="page" id="page_div"></div><script>createPageHTML(\'page_div\','
                    f"{pages},{n},'list','shtml',{len(items)});</script>"
                )
                main = (
                    self._news_side(cid)
                    + f'<div class="news-right"><div class="news-tit"><span>{esc(name)}</span></div>'
                    + f'<ul class="news-list">{rows}</ul>{pager}</div>'
                )
                crumbs = [("首页", "/"), ("新闻中心", f"{P}/c104210/list.shtml"), (name, "")]
                return self._frame(name, crumbs, main)

            if lazy:
                self.lazy[path] = render
                self.kinds[path] = f"{name} list"
            else:
                self._put_html(path, render(), kind=f"{name} list")

    def _news_side(self, cid: int) -> str:
        cols = [
            (104210, "会同要闻"),
            (104212, "乡镇动态"),
            (104213, "部门动态"),
            (TZGG, "通知公告"),
        ]
        lis = "".join(
            f'<li{ON if c == cid else ""}><a href="{P}/c{c}/list.shtml">{esc(n)}</a></li>'
            for c, n in cols
        )
        return f'<div class="news-left"><h2>新闻中心</h2><ul>{lis}</ul></div>'

    def _news_detail(
        self,
        cid: int,
        title: str,
        *,
        body: list[str],
        pub: str,
        source: str,
        related: list[tuple[str, str, str]],
    ) -> str:
        name = COLUMN_NAMES[cid]
        rel = "".join(
            f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a><span>{esc(d)}</span></li>'
            for t, u, d in related
        )
        main = (
            '<div class="news-article">'
            + f"<h1>{esc(title)}</h1>"
            + f'<div class="news-info">发布时间：{esc(pub)}　来源：{esc(source)}　'
            + '浏览次数：<span id="hits"></span>　字体：[<a href="javascript:doZoom(18)">大</a>'
            + ' <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>'
            + '<div class="news-content" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + fu.float_share()
            + f'<div class="related"><h3>相关阅读</h3><ul>{rel}</ul></div>'
            + "</div>"
        )
        crumbs = [
            ("首页", "/"),
            ("新闻中心", f"{P}/c104210/list.shtml"),
            (name, f"{P}/c{cid}/list.shtml"),
            ("正文", ""),
        ]
        return self._frame(title, crumbs, main, meta=self._meta(title, pub, source, name))

    # --- 通知公告 (15 pages; the 2020 report on page 7) -------------------------------------------
    def _notices(self) -> None:
        cid = TZGG
        total = TZGG_PAGES * NEWS_SIZE
        gold_at = 6 * NEWS_SIZE + 4  # page 7, fifth row
        gold_pub = "2021-03-26"
        start = date(2025, 5, 20)
        span = (start - date.fromisoformat(gold_pub)).days / gold_at
        rnd = random.Random(cid)
        items: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for k in range(total):
            pub = (start - timedelta(days=round(k * span))).isoformat()
            if k == gold_at:
                title = "会同县人民政府关于2020年度法治政府建设工作情况的报告"
                path = self._art_path(cid, pub, title)
                gold_body = self.gold_report(
                    path, "004", title, publisher=GOV_OFFICE, publish_date=pub
                )
                self.kinds[path] = "通知公告 report"
                self.reports["004"] = (title, path, pub)
                items.append((title, path, pub))
                continue
            year = int(pub[:4])
            fz, tpl = TZ_TITLES[rnd.randrange(len(TZ_TITLES))]
            title = tpl.format(year=year, prev=year - 1)
            if title in seen:
                title = f"{title}（{int(pub[5:7])}月）"
                if title in seen:
                    title = f"{title[:-1]}{int(pub[8:10])}日）"
            seen.add(title)
            path = self._art_path(cid, pub, title)
            items.append((title, path, pub))
            if fz:
                self.negative_titles.append(title)
        for k, (title, path, pub) in enumerate(items):
            if k == gold_at:
                continue
            fz = title in self.negative_titles
            related = [items[j] for j in (k - 1, k + 1) if 0 <= j < len(items)]
            self.lazy[path] = self._notice_renderer(title, pub, fz, related)
        title, path, pub = items[gold_at]
        related = [items[gold_at - 1], items[gold_at + 1]]
        self.page(
            path,
            self._news_detail(
                cid, title, body=gold_body, pub=pub, source=GOV_OFFICE, related=related
            ),
        )
        self.latest[cid] = items[:8]
        self._news_list(cid, "通知公告", items, TZGG_PAGES, lazy=False)

    def _notice_renderer(
        self, title: str, pub: str, fz: bool, related: list[tuple[str, str, str]]
    ) -> Callable[[], str]:
        def render() -> str:
            body = NEGATIVE_BODY[:4] if fz else FILLER_BODY
            return self._news_detail(
                TZGG, title, body=body, pub=pub, source=GOV_OFFICE, related=related
            )

        return render

    # --- 法治会同 专题 -----------------------------------------------------------------------------
    def _fzzt(self) -> None:
        titles = [
            "会同县开展“美好生活·民法典相伴”主题宣传月活动",
            "会同县“八五”普法中期评估工作顺利通过验收",
            "会同县“法律进乡村”文艺汇演走进高椅古村",
            "会同县评选表彰第二批“法治带头人”",
            "会同县2024年国家工作人员学法考法工作圆满完成",
            "会同县开展“12·4”国家宪法日集中宣传活动",
            "会同县“谁执法谁普法”履职报告评议会召开",
            "会同县召开2024年度法治政府建设工作述评会",
            "会同县法治文化公园建成开放",
            "会同县“送法进企业”活动走进工业园区",
            "会同县2023年度“法治政府建设示范项目”创建综述",
            "会同县开展青少年法治教育“开学第一课”",
            "会同县公共法律服务中心揭牌运行",
            "会同县召开2022年度法治政府建设工作述评会",
            "会同县“八五”普法规划启动实施",
            "会同县入选全省法治政府建设示范县候选名单",
            "会同县举办行政执法人员综合法律知识培训班",
            "会同县开展“防范非法集资”集中宣传",
        ]
        items = []
        for k, title in enumerate(titles):
            pub = (date(2025, 4, 30) - timedelta(days=47 * k)).isoformat()
            path = self._art_path(FZZT, pub, title)
            self.page(
                path,
                self._news_detail(
                    FZZT, title, body=NEGATIVE_BODY[:4], pub=pub, source=SFJ, related=[]
                ),
            )
            self.negative_titles.append(title)
            items.append((title, path, pub))
        self.latest[FZZT] = items[:8]
        self._news_list(FZZT, "法治会同", items, 2, lazy=False)

    # --- 部门信息公开 → 县司法局 → 工作动态 ---------------------------------------------------------
    def _depts(self) -> None:
        grid = "".join(
            f'<li><a href="{P}/bmxxgk/{code}/index.shtml" target="_blank">{esc(name)}</a></li>'
            for code, name in DEPTS
        )
        main = (
            '<div class="bm-wrap"><div class="gk-tit"><span>部门信息公开</span></div>'
            f'<ul class="bm-grid">{grid}</ul></div>'
        )
        crumbs = [
            ("首页", "/"),
            ("政务公开", f"{P}/zwgk/index.shtml"),
            ("政府信息公开", f"{P}/zfxxgk/index.shtml"),
            ("部门信息公开", ""),
        ]
        self._put(f"{P}/bmxxgk/index.shtml", "部门信息公开", crumbs, main, kind="部门信息公开")
        for code, name in DEPTS:
            if code == "sfj":
                self._sfj()
            else:
                self._dept(code, name)

    def _dept_cols(self, code: str) -> list[tuple[str, str]]:
        return [
            ("机构概况", f"{P}/bmxxgk/{code}/jggk/list.shtml"),
            ("工作动态", f"{P}/bmxxgk/{code}/gzdt/list.shtml"),
            ("通知公告", f"{P}/bmxxgk/{code}/tzgg/list.shtml"),
            ("政策文件", f"{P}/bmxxgk/{code}/zcwj/list.shtml"),
            ("财政预决算", f"{P}/bmxxgk/{code}/czyjs/list.shtml"),
        ]

    def _dept(self, code: str, name: str) -> None:
        short = name.removeprefix("会同县")
        cols = self._dept_cols(code)
        latest: dict[str, list[tuple[str, str, str]]] = {}
        for col_name, url in cols:
            col = url.split("/")[-2]
            items = []
            for k in range(2):
                pub = (date(2025, 3, 30) - timedelta(days=61 * k + len(code) * 3)).isoformat()
                title = {
                    "机构概况": f"{name}主要职责及内设机构",
                    "工作动态": f"{short}召开{pub[:4]}年工作部署会",
                    "通知公告": f"{name}{pub[:4]}年政务公开工作要点",
                    "政策文件": f"{name}关于印发{pub[:4]}年工作要点的通知",
                    "财政预决算": f"{name}{pub[:4]}年部门预算公开",
                }[col_name] + ("" if k == 0 else "（二）")
                path = f"{P}/bmxxgk/{code}/{col}/{pub[:7].replace('-', '')}/{_hex(code, col, k)}.shtml"
                self._put_html(
                    path,
                    self._dept_detail(
                        code, name, col_name, title=title, body=FILLER_BODY, pub=pub, source=name
                    ),
                )
                items.append((title, path, pub))
            latest[col_name] = items
            self._dept_list(code, name, col_name, items=items, n=1, pages=1, total=len(items))
        self._dept_index(code, name, latest)

    def _sfj(self) -> None:
        code, name = "sfj", SFJ
        rnd = random.Random(5)
        templates = [
            "县司法局开展“法律明白人”骨干培训",
            "县司法局召开党组理论学习中心组学习会",
            "县司法局开展社区矫正对象集中教育",
            "县人民调解委员会成功化解一起劳资纠纷",
            "县司法局开展行政执法监督检查",
            "县司法局组织开展公职律师业务培训",
            "县司法局开展“民法典”进社区宣传",
            "县司法局召开全县司法所长工作例会",
            "县司法局开展法律援助“护薪”专项行动",
            "县司法局开展行政规范性文件合法性审核",
            "县司法局参加市法治政府建设工作培训",
            "县司法局赴{town}开展法治宣传",
        ]
        total = SFJ_GZDT_PAGES * SFJ_SIZE
        gold_at = 3 * SFJ_SIZE + 7  # page 4, eighth row
        gold_pub = "2025-01-21"
        start = date(2025, 5, 16)
        span = (start - date.fromisoformat(gold_pub)).days / gold_at
        items: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for k in range(total):
            pub = (start - timedelta(days=round(k * span))).isoformat()
            path = f"{P}/bmxxgk/sfj/gzdt/{pub[:7].replace('-', '')}/{_hex('sfj', k)}.shtml"
            if k == gold_at:
                title = "会同县司法局2024年度法治政府建设工作情况报告"
                body = self.gold_report(path, "001", title, publisher=SFJ, publish_date=pub)
                self.page(
                    path,
                    self._dept_detail(
                        code, name, "工作动态", title=title, body=body, pub=pub, source=SFJ
                    ),
                )
                self.kinds[path] = "司法局 report"
                self.reports["001"] = (title, path, pub)
                items.append((title, path, pub))
                continue
            title = templates[rnd.randrange(len(templates))].format(
                town=TOWNS[rnd.randrange(len(TOWNS))]
            )
            if title in seen:
                title = f"{title}（{int(pub[5:7])}月{int(pub[8:10])}日）"
            seen.add(title)
            fz = "法治" in title or "执法" in title
            body = NEGATIVE_BODY[:4] if fz else FILLER_BODY
            self._put_html(
                path,
                self._dept_detail(
                    code, name, "工作动态", title=title, body=body, pub=pub, source=SFJ
                ),
            )
            if fz:
                self.negative_titles.append(title)
            items.append((title, path, pub))
        for n in range(1, SFJ_GZDT_PAGES + 1):
            chunk = items[(n - 1) * SFJ_SIZE : n * SFJ_SIZE]
            self._dept_list(
                code, name, "工作动态", items=chunk, n=n, pages=SFJ_GZDT_PAGES, total=total
            )
        latest = {"工作动态": items[:6]}
        for col_name, url in self._dept_cols(code):
            if col_name == "工作动态":
                continue
            col = url.split("/")[-2]
            pub = "2025-02-10"
            title = {
                "机构概况": "会同县司法局主要职责及内设机构",
                "通知公告": "会同县司法局2025年度“双随机、一公开”抽查计划",
                "政策文件": "会同县司法局2025年普法依法治理工作要点",
                "财政预决算": "会同县司法局2025年部门预算公开",
            }[col_name]
            path = f"{P}/bmxxgk/sfj/{col}/202502/{_hex('sfj', col)}.shtml"
            self._put_html(
                path,
                self._dept_detail(
                    code, name, col_name, title=title, body=FILLER_BODY, pub=pub, source=SFJ
                ),
            )
            if "普法" in title:
                self.negative_titles.append(title)
            latest[col_name] = [(title, path, pub)]
            self._dept_list(code, name, col_name, items=latest[col_name], n=1, pages=1, total=1)
        self._dept_index(code, name, latest)

    def _dept_frame(self, code: str, name: str, title: str, crumbs: str, main: str) -> str:
        cols = self._dept_cols(code)
        menu = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in cols)
        return (
            fu.doc_head(f"{title}-{name}", site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + '<div class="bm-header"><div class="wrap"><a href="/" class="bm-logo">'
            + f'<img src="{P}/images/bm_logo.png" alt="{esc(SITE)}" /></a>'
            + f'<h1 class="bm-name">{esc(name)}</h1><a class="back" href="/">返回政府门户</a></div></div>'
            + f'<div class="bm-nav"><ul class="wrap"><li><a href="{P}/bmxxgk/{code}/index.shtml">'
            + f"单位首页</a></li>{menu}</ul></div>"
            + f'<div class="wrap bm-main"><div class="bm-pos">您现在的位置：{crumbs}</div>'
            + main
            + "</div>"
            + self._footer()
        )

    def _dept_crumbs(self, code: str, name: str, col: tuple[str, str] | None) -> str:
        parts = [
            '<a href="/">首页</a>',
            f'<a href="{P}/bmxxgk/index.shtml">部门信息公开</a>',
            f'<a href="{P}/bmxxgk/{code}/index.shtml">{esc(name)}</a>',
        ]
        if col:
            parts.append(f'<a href="{esc(col[1])}">{esc(col[0])}</a>')
        return " &gt; ".join(parts)

    def _dept_index(
        self, code: str, name: str, latest: dict[str, list[tuple[str, str, str]]]
    ) -> None:
        boxes = ""
        for col_name, url in self._dept_cols(code):
            rows = "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a><em>{esc(d)}</em></li>'
                for t, u, d in latest.get(col_name, [])
            )
            boxes += (
                f'<div class="bm-box"><div class="bm-box-hd"><span>{esc(col_name)}</span>'
                f'<a href="{esc(url)}" class="more">更多+</a></div><ul>{rows}</ul></div>'
            )
        main = (
            f'<div class="bm-intro"><p>单位名称：{esc(name)}</p><p>办公地址：会同县林城镇</p>'
            f"<p>办公电话：0745-8822{len(code):03d}</p></div>{boxes}"
        )
        html = self._dept_frame(code, name, "单位首页", self._dept_crumbs(code, name, None), main)
        self._put_html(f"{P}/bmxxgk/{code}/index.shtml", html, kind="dept index")

    def _dept_list(
        self,
        code: str,
        name: str,
        col_name: str,
        *,
        items: list[tuple[str, str, str]],
        n: int,
        pages: int,
        total: int,
    ) -> None:
        url = dict(self._dept_cols(code))[col_name]
        base = url.rsplit("/", 1)[0] + "/"

        def u(k: int) -> str:
            return "list.shtml" if k == 1 else f"list_{k}.shtml"

        pager = f'<div class="pages"><span>共{total}条</span>'
        pager += (
            f'<a href="{u(1)}">首页</a><a href="{u(n - 1)}">上一页</a>'
            if n > 1
            else "<span>首页</span><span>上一页</span>"
        )
        pager += (
            f'<a href="{u(n + 1)}">下一页</a><a href="{u(pages)}">尾页</a>'
            if n < pages
            else "<span>下一页</span><span>尾页</span>"
        )
        pager += f"<span>当前第{n}/{pages}页</span></div>"
        rows = "".join(
            f'<li><a href="{esc(t_u)}" target="_blank" title="{esc(t)}">·{esc(t)}</a>'
            f"<em>[{esc(d)}]</em></li>"
            for t, t_u, d in items
        )
        main = f'<div class="bm-list"><h2>{esc(col_name)}</h2><ul>{rows}</ul>{pager}</div>'
        html = self._dept_frame(
            code, name, col_name, self._dept_crumbs(code, name, (col_name, url)), main
        )
        kind = "司法局 工作动态 list" if code == "sfj" and col_name == "工作动态" else "dept list"
        self._put_html(base + u(n), html, kind=kind)

    def _dept_detail(
        self,
        code: str,
        name: str,
        col_name: str,
        *,
        title: str,
        body: list[str],
        pub: str,
        source: str,
    ) -> str:
        url = dict(self._dept_cols(code))[col_name]
        main = (
            '<div class="bm-article">'
            + f'<h2 class="bm-art-title">{esc(title)}</h2>'
            + f'<div class="bm-art-info">来源：{esc(source)}　发布时间：{esc(pub)}　'
            + "点击：<script>document.write(Math.floor(Math.random()*500+100))</script>　"
            + "【字体：<a href=\"javascript:fontSize('16px')\">大</a> "
            + "<a href=\"javascript:fontSize('14px')\">中</a> "
            + "<a href=\"javascript:fontSize('12px')\">小</a>】</div>"
            + '<div class="bm-art-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + '<div class="bm-art-tool"><a href="javascript:window.print()">打印</a> '
            + '<a href="javascript:window.close()">关闭</a></div></div>'
        )
        return self._dept_frame(
            code, name, title, self._dept_crumbs(code, name, (col_name, url)), main
        )

    def _towns(self) -> None:
        grid = "".join(
            f'<li><a href="{P}/xzxxgk/t{k + 1:02d}/index.shtml">{esc(t)}</a></li>'
            for k, t in enumerate(TOWNS)
        )
        main = (
            '<div class="bm-wrap"><div class="gk-tit"><span>乡镇信息公开</span></div>'
            f'<ul class="bm-grid">{grid}</ul></div>'
        )
        crumbs = [
            ("首页", "/"),
            ("政务公开", f"{P}/zwgk/index.shtml"),
            ("政府信息公开", f"{P}/zfxxgk/index.shtml"),
            ("乡镇信息公开", ""),
        ]
        self._put(f"{P}/xzxxgk/index.shtml", "乡镇信息公开", crumbs, main, kind="乡镇信息公开")
        for k, town in enumerate(TOWNS):
            base = f"{P}/xzxxgk/t{k + 1:02d}/"
            title = f"{town}2025年第一季度财务收支公开"
            path = f"{base}202504/{_hex(town)}.shtml"
            self._put(
                path,
                title,
                [
                    ("首页", "/"),
                    ("乡镇信息公开", f"{P}/xzxxgk/index.shtml"),
                    (town, base + "index.shtml"),
                ],
                '<div class="news-article"><h1>'
                + esc(title)
                + f'</h1><div class="news-info">发布时间：2025-04-0{k % 9 + 1}　来源：{esc(town)}</div>'
                + '<div class="news-content" id="zoom">'
                + fu.paragraphs(FILLER_BODY)
                + "</div></div>",
            )
            main = (
                f'<div class="news-right"><div class="news-tit"><span>{esc(town)}</span></div>'
                f'<ul class="news-list"><li><span class="date">2025-04-0{k % 9 + 1}</span>'
                f'<a href="{path}" target="_blank">{esc(title)}</a></li></ul></div>'
            )
            self._put(
                base + "index.shtml",
                town,
                [("首页", "/"), ("乡镇信息公开", f"{P}/xzxxgk/index.shtml"), (town, "")],
                main,
            )

    # --- 政府信息公开 landing (tabs) ------------------------------------------------------------
    def _landing(self) -> None:
        tabs = [
            "政府信息公开指南",
            "政府信息公开制度",
            "法定主动公开内容",
            "政府信息公开年报",
            "依申请公开",
        ]
        heads = "".join(
            f'<li id="gk{k + 1}" onclick="setTab(\'gk\',{k + 1},5)"'
            f"{HOVER if k == 0 else ''}>{esc(t)}</li>"
            for k, t in enumerate(tabs)
        )
        zn = self.latest[104381][0]
        zd = self.latest[104382]
        ndbg = self.latest[104390]
        panels = [
            f"<p>为了更好地提供政府信息公开服务，会同县人民政府编制了《{esc(zn[0])}》。</p>"
            f'<p><a href="{esc(zn[1])}" target="_blank">查看全文&gt;&gt;</a></p>',
            "<ul>"
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>' for t, u, _ in zd
            )
            + "</ul>",
            '<div class="fdzdgk-cats">'
            + "".join(f"<span>{esc(name)}</span>" for _, name, _ in TREE)
            + "</div>"
            + "<p>法定主动公开内容按照《中华人民共和国政府信息公开条例》第二十条、第二十一条规定的"
            + "内容进行分类公开。</p>"
            + f'<p class="enter"><a href="{P}/fdzdgknr/index.shtml" target="_blank">进入目录&gt;&gt;</a></p>',
            "<ul>"
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, u, d in ndbg[:5]
            )
            + f'</ul><p><a href="{P}/c104390/list.shtml">更多年报&gt;&gt;</a></p>',
            "<p>公民、法人或者其他组织可以通过在线申请、信函申请、当面申请等方式向本机关申请获取"
            '政府信息。</p><p><a href="https://zwgk.hunan.gov.cn/ysqgk/apply?siteCode=4312250001" '
            'target="_blank">在线申请</a>　<a href="javascript:;">申请表下载</a></p>',
        ]
        bodies = "".join(
            f'<div id="con_gk_{k + 1}" class="tab-panel"{"" if k == 0 else HIDDEN}>{p}</div>'
            for k, p in enumerate(panels)
        )
        side = (
            '<div class="gk-side"><h3>信息公开导航</h3><ul>'
            f'<li><a href="{P}/bmxxgk/index.shtml">部门信息公开</a></li>'
            f'<li><a href="{P}/xzxxgk/index.shtml">乡镇信息公开</a></li>'
            '<li><a href="https://zwgk.hunan.gov.cn/" target="_blank">湖南省政务公开平台</a></li>'
            "</ul></div>"
        )
        script = (
            "<script>function setTab(name, cursel, n) {\n"
            "  for (var i = 1; i <= n; i++) {\n"
            "    var menu = document.getElementById(name + i);\n"
            "    var con = document.getElementById('con_' + name + '_' + i);\n"
            "    menu.className = i == cursel ? 'hover' : '';\n"
            "    con.style.display = i == cursel ? 'block' : 'none';\n"
            "  }\n}</script>"
        )
        main = (
            '<div class="zfxxgk-banner"><img src="/htx/images/zfxxgk_banner.jpg" alt="政府信息公开" />'
            "</div>"
            + f'<div class="zfxxgk-tabs"><ul class="tab-hd">{heads}</ul>'
            + f'<div class="tab-bd">{bodies}</div></div>{side}{script}'
        )
        crumbs = [("首页", "/"), ("政务公开", f"{P}/zwgk/index.shtml"), ("政府信息公开", "")]
        self._put(
            f"{P}/zfxxgk/index.shtml", "政府信息公开", crumbs, main, kind="政府信息公开 landing"
        )

    # --- 政务公开 hub (icon tiles) -------------------------------------------------------------
    def _hub(self) -> None:
        tiles = [
            ("政府信息公开", f"{P}/zfxxgk/index.shtml", "ico_zfxxgk"),
            ("政策文件", f"{P}/c104311/list.shtml", "ico_zcwj"),
            ("政策解读", f"{P}/c104341/list.shtml", "ico_zcjd"),
            ("回应关切", f"{P}/hdjl/index.shtml", "ico_hygq"),
            ("部门信息公开", f"{P}/bmxxgk/index.shtml", "ico_bmxxgk"),
            ("乡镇信息公开", f"{P}/xzxxgk/index.shtml", "ico_xzxxgk"),
            ("政府信息公开年报", f"{P}/c104390/list.shtml", "ico_ndbg"),
            ("建议提案办理", f"{P}/c104361/list.shtml", "ico_jyta"),
            ("政府会议", f"{P}/c104362/list.shtml", "ico_zfhy"),
            ("人事信息", f"{P}/c104363/list.shtml", "ico_rsxx"),
            ("财政预决算", f"{P}/c104331/list.shtml", "ico_czyjs"),
            ("政务服务", "https://zwfw-new.hunan.gov.cn/", "ico_zwfw"),
        ]
        tile_html = "".join(
            f'<li><a href="{esc(u)}" target="_blank"><img src="{P}/images/zwgk/{ico}.png" '
            f'alt="{esc(t)}" /><p>{esc(t)}</p></a></li>'
            for t, u, ico in tiles
        )
        tabs = [(104210, "会同要闻"), (104212, "乡镇动态"), (104213, "部门动态")]
        heads = "".join(
            f'<li class="{"on" if k == 0 else ""}" onmouseover="tabs(\'zwdt\',{k})">{esc(n)}</li>'
            for k, (_, n) in enumerate(tabs)
        )
        panels = "".join(
            f'<div class="zwdt-panel"{"" if k == 0 else HIDDEN}><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d[5:])}</span></li>"
                for t, u, d in self.latest[cid][:7]
            )
            + f'</ul><a class="more" href="{P}/c{cid}/list.shtml">更多&gt;&gt;</a></div>'
            for k, (cid, _) in enumerate(tabs)
        )
        main = (
            f'<div class="zwgk-tiles"><ul>{tile_html}</ul></div>'
            + f'<div class="zwdt"><div class="zwdt-hd"><h3>政务动态</h3><ul>{heads}</ul></div>'
            + f"{panels}</div>"
        )
        self._put(
            f"{P}/zwgk/index.shtml",
            "政务公开",
            [("首页", "/"), ("政务公开", "")],
            main,
            kind="政务公开 hub",
        )

    def _misc(self) -> None:
        for path, title, text in [
            (
                f"{P}/zjht/index.shtml",
                "走进会同",
                "会同县位于湖南省西南部，怀化市南部，总面积2256平方公里。",
            ),
            (f"{P}/hdjl/index.shtml", "互动交流", "县长信箱　在线咨询　民意征集　热点回应"),
            (f"{P}/lxwm/index.shtml", "联系我们", "地址：湖南省怀化市会同县林城镇　邮编：418300"),
            (f"{P}/sybz/index.shtml", "使用帮助", "建议使用1920×1080分辨率浏览本网站。"),
            (
                f"{P}/wzsm/index.shtml",
                "网站声明",
                "本网站所刊登的信息和各种专题专栏资料，均为会同县人民政府版权所有。",
            ),
        ]:
            self._put(
                path,
                title,
                [("首页", "/"), (title, "")],
                f'<div class="single"><p>{esc(text)}</p></div>',
            )
        sections = [
            ("走进会同", [("县情概况", f"{P}/zjht/index.shtml")]),
            (
                "新闻中心",
                [
                    (COLUMN_NAMES[c], f"{P}/c{c}/list.shtml")
                    for c in (104210, 104212, 104213, TZGG)
                ],
            ),
            (
                "政务公开",
                [
                    ("政务公开", f"{P}/zwgk/index.shtml"),
                    ("政府信息公开", f"{P}/zfxxgk/index.shtml"),
                    ("部门信息公开", f"{P}/bmxxgk/index.shtml"),
                    ("乡镇信息公开", f"{P}/xzxxgk/index.shtml"),
                ],
            ),
            ("专题专栏", [("法治会同", f"{P}/c{FZZT}/list.shtml")]),
            ("互动交流", [("互动交流", f"{P}/hdjl/index.shtml")]),
        ]
        main = (
            '<div class="map-box">'
            + "".join(
                f"<dl><dt>{esc(s)}</dt>"
                + "".join(f'<dd><a href="{esc(u)}">{esc(t)}</a></dd>' for t, u in links)
                + "</dl>"
                for s, links in sections
            )
            + "</div>"
        )
        self._put(f"{P}/wzdt/index.shtml", "网站地图", [("首页", "/"), ("网站地图", "")], main)

    # --- home ----------------------------------------------------------------------------------
    def _home(self) -> None:
        def box(title: str, cid: int, n: int = 7) -> str:
            return (
                f'<div class="home-box"><div class="box-hd"><h3>{esc(title)}</h3>'
                f'<a class="more" href="{P}/c{cid}/list.shtml" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in self.latest[cid][:n]
                )
                + "</ul></div>"
            )

        focus = self.latest[104210][0]
        zwgk = "".join(
            f'<li><a href="{P}/c{c}/list.shtml" target="_blank">{esc(COLUMN_NAMES[c])}</a></li>'
            for c in (104311, 104341, 104363, 104362)
        )
        banners = (
            '<div class="zt-banners">'
            f'<a href="{P}/c{FZZT}/list.shtml" target="_blank"><img src="{P}/images/zt/fzht.jpg" '
            'alt="法治会同" /></a>'
            '<a href="https://www.12377.cn/" target="_blank"><img src="/htx/images/zt/wlfz.jpg" '
            'alt="网络辟谣" /></a>'
            '<a href="http://www.hunan.gov.cn/zt/xczx/" target="_blank"><img '
            'src="/htx/images/zt/xczx.jpg" alt="乡村振兴" /></a></div>'
        )
        main = (
            '<div class="home-row1"><div class="focus"><a href="'
            + esc(focus[1])
            + f'" target="_blank"><img src="{P}/images/focus1.jpg" alt="{esc(focus[0])}" />'
            + f"<p>{esc(focus[0])}</p></a></div>"
            + box("会同要闻", 104210, 8)
            + "</div>"
            + '<div class="home-row2">'
            + box("通知公告", TZGG)
            + box("乡镇动态", 104212)
            + box("部门动态", 104213)
            + "</div>"
            + '<div class="home-row3"><div class="home-box"><div class="box-hd"><h3>政务公开</h3>'
            + f'<a class="more" href="{P}/zwgk/index.shtml">更多&gt;&gt;</a></div>'
            + f'<ul class="zwgk-quick">{zwgk}</ul></div>'
            + banners
            + fu.interaction_sidebar()
            + "</div>"
            + '<div class="links"><select onchange="window.open(this.value)"><option>国家部委网站</option>'
            + '<option value="http://www.gov.cn/">中国政府网</option></select>'
            + '<select onchange="window.open(this.value)"><option>省市网站</option>'
            + '<option value="http://www.hunan.gov.cn/">湖南省人民政府</option>'
            + '<option value="http://www.huaihua.gov.cn/">怀化市人民政府</option></select></div>'
        )
        html = self._frame(SITE, [], main)
        self._put_html("/", html, kind="home")
        self._put_html("/index.shtml", html, kind="home")

    # --- frame ---------------------------------------------------------------------------------
    def _art_path(self, cid: int, pub: str, title: str, k: int = 0) -> str:
        return f"{P}/c{cid}/{pub[:7].replace('-', '')}/{_hex(cid, title, pub, k)}.shtml"

    def _put(
        self,
        path: str,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        kind: str | None = None,
    ) -> None:
        self._put_html(path, self._frame(title, crumbs, main), kind=kind)

    def _put_html(self, path: str, html: str, *, kind: str | None = None) -> None:
        self.page(path, html)
        if kind:
            self.kinds[path] = kind

    def _footer(self) -> str:
        return (
            fu.footer_block(
                SITE,
                icp="湘ICP备05005215号",
                police="湘公网安备 43122502000101号",
                code=CODE,
                address="湖南省怀化市会同县林城镇城北新区",
            )
            .replace("/wzdt/", f"{P}/wzdt/index.shtml")
            .replace("/lxwm/", f"{P}/lxwm/index.shtml")
            .replace("/wzsm/", f"{P}/wzsm/index.shtml")
            .replace("/sybz/", f"{P}/sybz/index.shtml")
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        meta: dict[str, str] | None = None,
    ) -> str:
        nav = [
            ("首页", "/"),
            ("走进会同", f"{P}/zjht/index.shtml"),
            ("新闻中心", f"{P}/c104210/list.shtml"),
            ("政务公开", f"{P}/zwgk/index.shtml"),
            ("政务服务", "https://zwfw-new.hunan.gov.cn/hnzwfw/"),
            ("互动交流", f"{P}/hdjl/index.shtml"),
        ]
        head_title = SITE if title == SITE else f"{title}-{SITE}"
        crumb_html = ""
        if crumbs:
            links = "&nbsp;&gt;&nbsp;".join(
                f'<a href="{esc(u)}">{esc(t)}</a>' if u else f"<span>{esc(t)}</span>"
                for t, u in crumbs
            )
            crumb_html = f'<div class="location"><span>当前位置：</span>{links}</div>\n'
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta=meta).replace(
                "</head>",
                f'<script type="text/javascript" src="{P}/js/page.js"></script>\n</head>',
            )
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + crumb_html
            + main
            + "</div>"
            + self._footer()
        )

"""A Guizhou county portal (湄潭县) whose parts sit behind different anti-bot gateways, per path,
as real county portals do when the portal, the 信息公开 platform and the department sub-sites
are separate systems behind separate protections:

- 阿里云 WAF `acw_sc__v2` on the column/list pages only (`/zwgk/…/`, `/xwzx/…/`,
  `index_N.html`): the first answer is a small HTTP 200 page whose inline script unboxes
  `arg1` with a fixed position list, XORs it with a mask, stores `acw_sc__v2` and reloads; the
  server sets `acw_tc` on that answer and checks `acw_sc__v2` against the `arg1` it issued for
  that `acw_tc`. Article pages (`…/t20250328_….html`) and the home page are served directly;
- a 瑞数-style HTTP 412 on the 政府信息公开平台 (`/xxgk/…`): a `<meta id=…>` and `$_ts` state,
  and an external script (`/xxgk/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js`, not walled) that derives
  the `…T` cookie from them and reloads. The clearance is bound to the User-Agent that first
  used it, and a `HeadlessChrome` agent is never cleared;
- a 302 to `/waf/verify?url=…` (`安全验证`) on the department sub-sites (`/bmxxgk/…`) for a
  client without the verify cookie: the 302 sets `waf_sid`, the interstitial's script computes
  `waf_vt` from a nonce bound to it and `location.replace`s back;
- rate limiting on every page request (CC 防护): more than `rate_limit` page requests within
  `rate_window` seconds answer 429 `访问过于频繁，请稍后再试` with `Retry-After`;
- the 政府信息公开年报 column (`/zwgk/zfxxgknb/`) stays behind a 滑动验证 (slider captcha)
  page answered with HTTP 200 forever: nothing there is a report, the crawl must give up on it.

Reports: the 县政府's 2024 report (法治政府建设 column page 1, also linked from the home page's
最新公开 box), its 2023 report (column page 2, only behind the acw wall), the 县司法局's 2024
report (its sub-site, behind the verify interstitial) and the 县政府's 2020 report (信息公开平台,
behind the 412). Beside them: 工作要点, 实施方案, 一图读懂, 述法报告, 考核通报, 普法 plans and an
中期评估报告, 督察整改 report, 信息公开年报, and news of a 常务会议 that 听取 the report.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import Counter, deque
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qsl, quote, unquote

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "湄潭县人民政府"
CODE = "5203280001"
CREDIT = "115203280095123487"
GOV = "湄潭县人民政府"
GOV_OFFICE = "湄潭县人民政府办公室"
SFJ = "湄潭县司法局"
MEDIA = "湄潭县融媒体中心"
ICP = "黔ICP备05004417号"
POLICE = "黔公网安备 52032802000113号"
ADDRESS = "贵州省遵义市湄潭县湄江街道象山路1号"

FZZF = "/zwgk/zdlygk/fzzfjs/"
SLIDER = "/zwgk/zfxxgknb/"
XXGK_FZZF = "/xxgk/fdzdgknr/fzzfjs/"
RS_SCRIPT = "/xxgk/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js"
PAGE_SIZE = 8

# 阿里云 acw_sc__v2: the position list and the mask of its challenge script.
POS_LIST = [
    0xF, 0x23, 0x1D, 0x18, 0x21, 0x10, 0x1, 0x26, 0xA, 0x9, 0x13, 0x1F, 0x28, 0x1B,
    0x16, 0x17, 0x19, 0xD, 0x6, 0xB, 0x27, 0x12, 0x14, 0x8, 0xE, 0x15, 0x20, 0x1A,
    0x2, 0x1E, 0x7, 0x4, 0x11, 0x5, 0x3, 0x1C, 0x22, 0x25, 0xC, 0x24,
]  # fmt: skip
MASK = "3000176000856006061501533003690027800375"

NAV = [
    ("首页", "/"),
    ("走进湄潭", "/zjmt/"),
    ("新闻中心", "/xwzx/"),
    ("政务公开", "/zwgk/"),
    ("政务服务", "https://zwfw.guizhou.gov.cn/"),
    ("互动交流", "/hdjl/"),
]
# 政务公开's columns (name, path) in its left tree.
ZWGK_COLUMNS = [
    ("政府信息公开指南", "/zwgk/xxgkzn/"),
    ("政府信息公开制度", "/zwgk/xxgkzd/"),
    ("机构职能", "/zwgk/jgzn/"),
    ("政策文件", "/zwgk/zcwj/"),
    ("规划计划", "/zwgk/ghjh/"),
    ("财政预决算", "/zwgk/czyjs/"),
    ("法治政府建设", FZZF),
    ("人事信息", "/zwgk/rsxx/"),
    ("政府信息公开年报", SLIDER),
]
XWZX_COLUMNS = [
    ("湄潭要闻", "/xwzx/mtyw/"),
    ("通知公告", "/xwzx/tzgg/"),
    ("部门动态", "/xwzx/bmdt/"),
]
DEPARTMENTS = [("湄潭县司法局", "sfj"), ("湄潭县发展和改革局", "fgj"), ("湄潭县教育局", "jyj")]
STATIC_PREFIXES = ("/images/", "/js/", "/css/", "/favicon.ico")


def acw_unsbox(arg1: str) -> str:
    out = [""] * len(POS_LIST)
    for i, ch in enumerate(arg1):
        for j, pos in enumerate(POS_LIST):
            if pos == i + 1:
                out[j] = ch
    return "".join(out)


def acw_hex_xor(text: str, mask: str) -> str:
    out = ""
    for i in range(0, min(len(text), len(mask)), 2):
        out += f"{int(text[i : i + 2], 16) ^ int(mask[i : i + 2], 16):02x}"
    return out


def acw_answer(arg1: str) -> str:
    return acw_hex_xor(acw_unsbox(arg1), MASK)


def vt_hash(text: str) -> str:
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return f"{h:x}"


def rs_answer(meta: str, nsd: int, cd: str) -> str:
    """The 瑞数 `…T` cookie the external script derives from the challenge page."""
    acc = nsd
    for ch in meta + cd:
        acc = (acc * 33 + ord(ch)) % 4294967291
    return f"0{acc:x}{cd[::-1][:12]}"


def _hex(text: str) -> str:
    return "'" + "".join(f"\\x{ord(c):02x}" for c in text) + "'"


class WafCountySite(BlindSite):
    name = "waf_county"
    region = "贵州省遵义市湄潭县"
    # Its gateways are passed in the browser (checksite says so).
    needs_browser = True
    rate_limit = 12  # page requests …
    rate_window = 2.0  # … per this many seconds
    retry_after = 2

    def __init__(self) -> None:
        super().__init__()
        self.waf_lock = threading.Lock()
        self.outcomes: Counter[str] = Counter()
        self.acw: dict[str, set[str]] = {}
        self.rs: dict[str, dict[str, str]] = {}
        self.verify: dict[str, str] = {}
        self.recent: deque[float] = deque()

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.outcomes.clear()
        self.acw.clear()
        self.rs.clear()
        self.verify.clear()
        self.recent.clear()
        self.next_id = 86_120_000
        self.related_pool: dict[str, list[tuple[str, str]]] = {}
        self.xxgk_tree: list[tuple[str, str]] = []
        self.latest: list[tuple[str, str, str]] = []
        self._fzzf()
        self._zwgk()
        self._xwzx()
        self._xxgk()
        self._bmxxgk()
        self._misc()
        self._home()
        self.pages[RS_SCRIPT] = Reply(
            200,
            self._rs_script().encode(),
            {"Content-Type": "application/javascript; charset=utf-8"},
        )

    # --- 政务公开 → 法治政府建设 -------------------------------------------------------------
    def _fzzf(self) -> None:
        items: list[tuple[str, str, str]] = []
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", FZZF)]

        def negative(title: str, pub: str, publisher: str = GOV_OFFICE) -> None:
            items.append(
                self._xxgk_article(FZZF, title, pub, publisher, NEGATIVE_BODY, crumbs=crumbs)
            )
            self.negative_titles.append(title)

        def gold(title: str, seed: str, pub: str, **meta: str) -> None:
            path = self._path(FZZF, pub)
            body = self.gold_report(path, seed, title, publish_date=pub, **meta)
            self.page(
                path,
                self._detail(
                    title,
                    body,
                    crumbs,
                    pub=pub,
                    time_of_day="16:20",
                    index_no=meta["index_no"],
                    publisher=meta["publisher"],
                    written_date=meta["written_date"],
                    doc_no=meta.get("doc_no", ""),
                    topic="法治政府建设",
                ),
            )
            items.append((title, path, pub))

        negative("湄潭县2025年法治政府建设工作要点", "2025-04-10")
        negative("一图读懂《湄潭县人民政府关于2024年度法治政府建设工作情况的报告》", "2025-03-31")
        gold(
            "湄潭县人民政府关于2024年度法治政府建设工作情况的报告",
            "003",
            "2025-03-28",
            index_no=f"{CREDIT}/2025-00127",
            publisher=GOV,
            written_date="2025-03-25",
            doc_no="湄府报〔2025〕12号",
        )
        negative("湄潭县人民政府县长2024年度述法报告", "2025-03-12", GOV)
        negative("关于2024年度法治政府建设考核结果的通报", "2025-02-18")
        negative("湄潭县“八五”普法规划实施情况中期评估报告", "2024-11-20", SFJ)
        negative("湄潭县2024年法治政府建设工作要点", "2024-04-12")
        negative("关于开展2024年度法治政府建设督察工作的通知", "2024-04-02")
        # page 2
        gold(
            "湄潭县人民政府关于2023年度法治政府建设工作情况的报告",
            "000",
            "2024-03-29",
            index_no=f"{CREDIT}/2024-00098",
            publisher=GOV,
            written_date="2024-03-26",
            doc_no="湄府报〔2024〕8号",
        )
        negative("关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-12-05", GOV)
        negative("关于开展法治政府建设示范创建活动的通知", "2023-06-08")
        negative("湄潭县2023年法治政府建设工作要点", "2023-04-14")
        negative("湄潭县法治政府建设实施方案（2021—2025年）", "2022-02-16", GOV)
        pages_ = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)]
        for n, chunk in enumerate(pages_):
            path = FZZF if n == 0 else f"{FZZF}index_{n}.html"
            self.page(
                path,
                self._column(
                    "法治政府建设", chunk, crumbs[:-1], ZWGK_COLUMNS, current=n, count=len(pages_)
                ),
            )
        self.latest.append(items[2])

    # --- 政务公开 --------------------------------------------------------------------------------
    def _zwgk(self) -> None:
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/")]
        fillers = {
            "/zwgk/xxgkzn/": ["湄潭县人民政府信息公开指南", "湄潭县人民政府办公室信息公开指南"],
            "/zwgk/xxgkzd/": [
                "湄潭县政府信息依申请公开工作规程",
                "湄潭县政府信息公开保密审查制度",
            ],
            "/zwgk/jgzn/": ["湄潭县人民政府领导工作分工", "湄潭县人民政府办公室主要职责"],
            "/zwgk/zcwj/": [
                "湄潭县人民政府关于印发湄潭县茶产业高质量发展实施方案的通知",
                "湄潭县人民政府办公室关于进一步加强耕地保护工作的通知",
                "湄潭县人民政府关于调整城乡居民基本医疗保险筹资标准的通知",
            ],
            "/zwgk/ghjh/": ["湄潭县国民经济和社会发展第十四个五年规划纲要"],
            "/zwgk/czyjs/": ["湄潭县2025年县级部门预算公开", "湄潭县2024年县级决算公开"],
            "/zwgk/rsxx/": ["湄潭县2025年公开招聘事业单位工作人员公告"],
        }
        names = {p: n for n, p in ZWGK_COLUMNS}
        for k, (path, titles) in enumerate(fillers.items()):
            items = [
                self._xxgk_article(
                    path,
                    t,
                    f"2025-0{1 + (j + k) % 3}-{10 + j + k:02d}",
                    GOV_OFFICE,
                    FILLER_BODY,
                    crumbs=[*crumbs, (names[path], path)],
                )
                for j, t in enumerate(titles)
            ]
            self.page(path, self._column(names[path], items, crumbs, ZWGK_COLUMNS))
        # 政务公开's own page: the catalogue of its columns and the platforms beside it.
        blocks = (
            '<div class="gk-index"><div class="gk-box"><h3>法定主动公开内容</h3><ul>'
            + "".join(
                f'<li><a href="{esc(p)}">{esc(n)}</a></li>' for n, p in ZWGK_COLUMNS if p != SLIDER
            )
            + "</ul></div>"
            '<div class="gk-box"><h3>公开平台</h3><ul>'
            '<li><a href="/xxgk/" target="_blank">湄潭县政府信息公开平台</a></li>'
            '<li><a href="/bmxxgk/" target="_blank">部门信息公开</a></li>'
            f'<li><a href="{SLIDER}">政府信息公开年报</a></li>'
            '<li><a href="/hdjl/ysqgk/">依申请公开</a></li></ul></div></div>'
        )
        self.page("/zwgk/", self._frame("政务公开", [("首页", "/")], blocks))
        self.page("/zwgk/index.html", self._frame("政务公开", [("首页", "/")], blocks))

    # --- 新闻中心 --------------------------------------------------------------------------------
    def _xwzx(self) -> None:
        crumbs = [("首页", "/"), ("新闻中心", "/xwzx/")]
        news = [
            ("湄潭县召开县政府第52次常务会议", "2025-04-08", FILLER_BODY),
            (
                "县政府第51次常务会议听取2024年度法治政府建设工作情况报告",
                "2025-03-21",
                NEGATIVE_BODY,
            ),
            ("湄潭县召开2025年法治政府建设工作推进会", "2025-03-06", NEGATIVE_BODY),
            ("湄潭县2025年春茶开采节在永兴镇举行", "2025-02-28", FILLER_BODY),
            ("县领导调研春季农业生产和森林防火工作", "2025-02-20", FILLER_BODY),
        ]
        notices = [
            ("湄潭县2025年公开招聘社区工作者公告", "2025-04-03", FILLER_BODY),
            ("关于印发《湄潭县2025年普法依法治理工作要点》的通知", "2025-03-18", NEGATIVE_BODY),
            ("关于召开全县2025年法治政府建设推进会的通知", "2025-03-01", NEGATIVE_BODY),
            ("湄潭县2025年春季森林防火期禁火令", "2025-02-12", FILLER_BODY),
            ("关于城区部分路段停水的通知", "2025-01-15", FILLER_BODY),
        ]
        dept = [
            ("县司法局开展“法律进乡村”普法宣传活动", "2025-03-15", FILLER_BODY),
            ("县市场监管局开展春茶质量安全专项检查", "2025-03-10", FILLER_BODY),
        ]
        self.headlines: list[tuple[str, str, str]] = []
        self.notices: list[tuple[str, str, str]] = []
        dept_items: list[tuple[str, str, str]] = []
        for (name, path), rows, out in zip(
            XWZX_COLUMNS,
            (news, notices, dept),
            (self.headlines, self.notices, dept_items),
            strict=True,
        ):
            for title, pub, body in rows:
                out.append(
                    self._notice(path, title, pub, MEDIA, body, crumbs=[*crumbs, (name, path)])
                )
                if body is NEGATIVE_BODY:
                    self.negative_titles.append(title)
            self.page(path, self._column(name, out, crumbs, XWZX_COLUMNS))
        index = '<div class="gk-index">' + "".join(
            f'<div class="gk-box"><h3><a href="{p}">{esc(n)}</a></h3></div>'
            for n, p in XWZX_COLUMNS
        )
        self.page("/xwzx/", self._frame("新闻中心", [("首页", "/")], index + "</div>"))

    # --- 政府信息公开平台 (412) -----------------------------------------------------------------
    def _xxgk(self) -> None:
        crumbs = [("首页", "/"), ("政府信息公开平台", "/xxgk/")]
        tree = [
            ("信息公开指南", "/xxgk/xxgkzn/"),
            ("信息公开制度", "/xxgk/xxgkzd/"),
            ("法治政府建设", XXGK_FZZF),
            ("政府信息公开年报", "/xxgk/ndbg/"),
        ]
        self.xxgk_tree = tree
        fz_crumbs = [*crumbs, ("法定主动公开内容", "/xxgk/fdzdgknr/"), ("法治政府建设", XXGK_FZZF)]
        items: list[tuple[str, str, str]] = []
        path = self._path(XXGK_FZZF, "2021-03-30")
        title = "湄潭县人民政府关于2020年度法治政府建设工作情况的报告"
        meta = {
            "index_no": f"{CREDIT}/2021-00036",
            "publisher": GOV,
            "written_date": "2021-03-24",
            "doc_no": "湄府报〔2021〕5号",
        }
        body = self.gold_report(path, "004", title, publish_date="2021-03-30", **meta)
        self.page(path, self._platform_detail(title, body, fz_crumbs, pub="2021-03-30", **meta))
        items.append((title, path, "2021-03-30"))
        for t, pub in [
            ("湄潭县2021年度法治政府建设考核结果公示", "2022-01-21"),
            ("湄潭县2021年法治政府建设工作要点", "2021-04-16"),
            ("湄潭县“八五”普法规划（2021—2025年）", "2021-09-08"),
        ]:
            p = self._path(XXGK_FZZF, pub)
            self.page(
                p,
                self._platform_detail(
                    t,
                    NEGATIVE_BODY,
                    fz_crumbs,
                    pub=pub,
                    index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                    publisher=GOV_OFFICE,
                    written_date=pub,
                    doc_no="",
                ),
            )
            items.append((t, p, pub))
            self.negative_titles.append(t)
        items.sort(key=lambda it: it[2], reverse=True)
        self.page(XXGK_FZZF, self._platform_list("法治政府建设", items, fz_crumbs[:-1], tree))
        ndbg = []
        for year in range(2024, 2019, -1):
            t = f"湄潭县人民政府{year}年政府信息公开工作年度报告"
            p = self._path("/xxgk/ndbg/", f"{year + 1}-01-20")
            self.page(
                p,
                self._platform_detail(
                    t,
                    FILLER_BODY,
                    [*crumbs, ("政府信息公开年报", "/xxgk/ndbg/")],
                    pub=f"{year + 1}-01-20",
                    index_no=f"{CREDIT}/{year + 1}-{self.next_id % 1000:05d}",
                    publisher=GOV_OFFICE,
                    written_date=f"{year + 1}-01-18",
                    doc_no="",
                ),
            )
            ndbg.append((t, p, f"{year + 1}-01-20"))
            self.negative_titles.append(t)
        self.page("/xxgk/ndbg/", self._platform_list("政府信息公开年报", ndbg, crumbs, tree))
        for name, p in tree[:2]:
            t = f"湄潭县人民政府{name}（2024年修订）"
            ap = self._path(p, "2024-06-01")
            self.page(
                ap,
                self._platform_detail(
                    t,
                    FILLER_BODY,
                    [*crumbs, (name, p)],
                    pub="2024-06-01",
                    index_no=f"{CREDIT}/2024-{self.next_id % 1000:05d}",
                    publisher=GOV_OFFICE,
                    written_date="2024-05-28",
                    doc_no="",
                ),
            )
            self.page(p, self._platform_list(name, [(t, ap, "2024-06-01")], crumbs, tree))
        home = (
            '<div class="xxgk-home"><div class="xxgk-tit">湄潭县政府信息公开平台</div>'
            '<div class="xxgk-boxes">'
            + "".join(
                f'<div class="xxgk-box"><a href="{esc(p)}">{esc(n)}</a></div>' for n, p in tree
            )
            + '<div class="xxgk-box"><a href="/xxgk/fdzdgknr/">法定主动公开内容</a></div>'
            "</div></div>"
        )
        self.page("/xxgk/", self._platform_frame("政府信息公开平台", [("首页", "/")], home, tree))
        self.page(
            "/xxgk/fdzdgknr/",
            self._platform_list(
                "法定主动公开内容", [("法治政府建设", XXGK_FZZF, "")], crumbs, tree
            ),
        )

    # --- 部门信息公开 (302 → 安全验证) ---------------------------------------------------------
    def _bmxxgk(self) -> None:
        crumbs = [("首页", "/"), ("部门信息公开", "/bmxxgk/")]
        units = []
        for unit, code in DEPARTMENTS:
            base = f"/bmxxgk/{code}/"
            ucrumbs = [*crumbs, (unit, base)]
            cols = [("机构职能", f"{base}jgzn/"), ("法治政府建设", f"{base}fzzfjs/")]
            if code == "sfj":
                cols.append(("普法宣传", f"{base}pfxc/"))
            for cname, cpath in cols:
                items: list[tuple[str, str, str]] = []
                cc = [*ucrumbs, (cname, cpath)]
                if code == "sfj" and cname == "法治政府建设":
                    title = "湄潭县司法局关于2024年度法治政府建设工作情况的报告"
                    path = self._path(cpath, "2025-01-22")
                    body = self.gold_report(
                        path, "001", title, publisher=SFJ, publish_date="2025-01-22"
                    )
                    self.page(path, self._notice_html(title, "2025-01-22 10:05", SFJ, body, cc))
                    items.append((title, path, "2025-01-22"))
                    for t, pub in [
                        ("湄潭县司法局2025年法治政府建设工作要点", "2025-02-26"),
                        ("湄潭县司法局2024年政府信息公开工作年度报告", "2025-01-16"),
                        ("湄潭县司法局2024年法治政府建设工作要点", "2024-03-05"),
                    ]:
                        items.append(self._notice(cpath, t, pub, SFJ, NEGATIVE_BODY, crumbs=cc))
                        self.negative_titles.append(t)
                    items.sort(key=lambda it: it[2], reverse=True)
                elif cname == "普法宣传":
                    t = "湄潭县2025年普法依法治理工作要点"
                    items.append(
                        self._notice(cpath, t, "2025-03-18", SFJ, NEGATIVE_BODY, crumbs=cc)
                    )
                    self.negative_titles.append(t)
                    items.append(
                        self._notice(
                            cpath,
                            "“美好生活·民法典相伴”主题宣传月活动启动",
                            "2024-05-06",
                            SFJ,
                            FILLER_BODY,
                            crumbs=cc,
                        )
                    )
                elif cname == "法治政府建设":
                    t = f"{unit}2025年依法行政工作要点"
                    items.append(
                        self._notice(cpath, t, "2025-03-20", unit, NEGATIVE_BODY, crumbs=cc)
                    )
                    self.negative_titles.append(t)
                else:
                    items.append(
                        self._notice(
                            cpath,
                            f"{unit}主要职责及内设机构",
                            "2024-08-12",
                            unit,
                            FILLER_BODY,
                            crumbs=cc,
                        )
                    )
                self.page(cpath, self._column(cname, items, ucrumbs, cols))
            intro = (
                f'<div class="dept-home"><h2>{esc(unit)}</h2><ul>'
                + "".join(f'<li><a href="{esc(p)}">{esc(n)}</a></li>' for n, p in cols)
                + "</ul></div>"
            )
            self.page(base, self._frame(unit, crumbs, intro))
            units.append((unit, base))
        listing = (
            '<div class="dept-list"><ul>'
            + "".join(f'<li><a href="{esc(p)}">{esc(n)}</a></li>' for n, p in units)
            + "</ul></div>"
        )
        self.page("/bmxxgk/", self._frame("部门信息公开", [("首页", "/")], listing))

    def _misc(self) -> None:
        sections = [
            ("新闻中心", XWZX_COLUMNS),
            ("政务公开", ZWGK_COLUMNS),
            ("公开平台", [("政府信息公开平台", "/xxgk/"), ("部门信息公开", "/bmxxgk/")]),
            ("互动交流", [("县长信箱", "/hdjl/xzxx/"), ("依申请公开", "/hdjl/ysqgk/")]),
        ]
        site_map = '<div class="map-box"><div class="map-tit">网站地图</div>' + "".join(
            f'<div class="map-item"><h3>{esc(name)}</h3><ul>'
            + "".join(f'<li><a href="{esc(p)}">{esc(n)}</a></li>' for n, p in cols)
            + "</ul></div>"
            for name, cols in sections
        )
        self.page("/wzdt/", self._frame("网站地图", [("首页", "/")], site_map + "</div>"))
        for path, name in [("/lxwm/", "联系我们"), ("/wzsm/", "网站声明"), ("/sybz/", "使用帮助")]:
            text = fu.paragraphs([f"{name}：湄潭县人民政府办公室，电话0851-24221234。"])
            self.page(path, self._frame(name, [("首页", "/")], text))
        for path, name in [
            ("/zjmt/", "走进湄潭"),
            ("/hdjl/", "互动交流"),
            ("/hdjl/ysqgk/", "依申请公开"),
        ]:
            text = fu.paragraphs(
                [f"{name}栏目内容正在完善中。湄潭县位于贵州省北部，遵义市东南部，是中国名茶之乡。"]
            )
            self.page(path, self._frame(name, [("首页", "/")], f'<div class="intro">{text}</div>'))

    # --- home -------------------------------------------------------------------------------------
    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items[:6]
                )
                + "</ul></div>"
            )

        gk = (
            '<div class="home-box gk"><div class="box-tit"><span>政务公开</span>'
            '<a class="more" href="/zwgk/">更多&gt;&gt;</a></div>'
            '<div class="gk-links"><a href="/xxgk/" target="_blank">政府信息公开平台</a>'
            '<a href="/bmxxgk/">部门信息公开</a>'
            f'<a href="{SLIDER}">政府信息公开年报</a><a href="/zwgk/zcwj/">政策文件</a></div>'
            "<h4>最新公开</h4><ul>"
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d[5:])}</span></li>"
                for t, u, d in self.latest
            )
            + "</ul></div>"
        )
        main = (
            '<div class="home-row">'
            + box("湄潭要闻", "/xwzx/mtyw/", self.headlines)
            + box("通知公告", "/xwzx/tzgg/", self.notices)
            + "</div>"
            + '<div class="home-row">'
            + gk
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- page templates ------------------------------------------------------------------------
    def _path(self, column: str, pub: str) -> str:
        self.next_id += 1379
        ymd = pub.replace("-", "")
        self._last_path = f"{column}{ymd[:6]}/t{ymd}_{self.next_id}.html"
        return self._last_path

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str, extra: str = "") -> str:
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + extra
            + fu.jiucuo(CODE)
            + fu.footer_block(SITE, icp=ICP, police=POLICE, code=CODE, address=ADDRESS)
            + "</body></html>"
        )

    def _column(
        self,
        name: str,
        items: list[tuple[str, str, str]],
        crumbs: list[tuple[str, str]],
        siblings: list[tuple[str, str]],
        *,
        current: int = 0,
        count: int = 1,
    ) -> str:
        rows = "\n".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f"<span>{esc(d)}</span></li>"
            for t, u, d in items
        )
        # The TRS WCM template's own pager, as county sites still publish it.
        pager = (
            '<div class="page"><script type="text/javascript">\n'
            f"var currentPage = {current};//所在页从0开始\n"
            "var prevPage = currentPage-1//上一页\n"
            "var nextPage = currentPage+1//下一页\n"
            f"var countPage = {count}//共多少页\n"
            "//设置上一页代码\n"
            "if(countPage>1&&currentPage!=0&&currentPage!=1)\n"
            '\tdocument.write("<a href=\\"index"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");\n'
            "else if(countPage>1&&currentPage!=0&&currentPage==1)\n"
            '\tdocument.write("<a href=\\"index.html\\">上一页</a>&nbsp;");\n'
            "else\n"
            '\tdocument.write("上一页&nbsp;");\n'
            "//循环\n"
            "var num = 5;\n"
            "for(var i=0+(currentPage-1-(currentPage-1)%num) ; i<=(num+(currentPage-1-(currentPage-1)%num))"
            "&&(i<countPage) ; i++){\n"
            "\tif(countPage >1){\n"
            "\tif(currentPage==i)\n"
            '\t\tdocument.write("【<span style=\\"color:#FF0000;\\" class=\\"hui\\">"+(i+1)+"</span>】&nbsp;");\n'
            "\telse if(i==0)\n"
            '\t\tdocument.write("<a href=\\"index.html\\" class=\\"hui\\">【"+(i+1)+"】</a>&nbsp;");\n'
            "\telse\n"
            '\t\tdocument.write("<a href=\\"index"+"_" + i + "."+"html\\" class=\\"hui\\">【"+(i+1)+"】</a>&nbsp;");\n'
            "\t}\n}\n"
            "//设置下一页代码\n"
            "if(countPage>1&&currentPage!=(countPage-1))\n"
            '\tdocument.write("<a href=\\"index"+"_" + nextPage + "."+"html\\" >下一页</a>&nbsp;");\n'
            "else\n"
            '\tdocument.write("下一页&nbsp;");\n'
            "</script></div>"
        )
        main = (
            fu.left_tree(crumbs[-1][0] if crumbs else name, [(n, p, []) for n, p in siblings])
            + f'<div class="list-right"><div class="list-tit"><span>{esc(name)}</span></div>'
            f'<ul class="list">\n{rows}\n</ul>{pager}</div>'
        )
        return self._frame(name, [*crumbs, (name, "javascript:;")], main)

    def _detail(
        self,
        title: str,
        body: list[str],
        crumbs: list[tuple[str, str]],
        *,
        pub: str,
        time_of_day: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str,
        topic: str,
    ) -> str:
        table = (
            '<table class="xxgk-table" width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="t">索\u2002引\u2002号：</td><td>{esc(index_no)}</td>'
            f'<td class="t">主题分类：</td><td>{esc(topic)}</td></tr>'
            f'<tr><td class="t">发布机构：</td><td>{esc(publisher)}</td>'
            f'<td class="t">成文日期：</td><td>{esc(written_date)}</td></tr>'
            f'<tr><td class="t">文\u3000\u3000号：</td><td>{esc(doc_no)}</td>'
            f'<td class="t">发布日期：</td><td>{esc(pub)}</td></tr></table>'
        )
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="title">{esc(title)}</h1>'
            + f'<div class="info">发布时间：{esc(pub)} {time_of_day}　来源：{esc(publisher)}'
            + '　字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>'
            + ' <a href="javascript:doZoom(14)">小</a>]</div>'
            + '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + self._related(crumbs[-1][1], title)
            + "</div>"
        )
        self.related_pool.setdefault(crumbs[-1][1], []).insert(0, (title, self._last_path))
        return self._frame(title, crumbs, main, extra=fu.float_share())

    def _related(self, column: str, title: str) -> str:
        rel = [(t, u) for t, u in self.related_pool.get(column, []) if t != title][:4]
        if not rel:
            return ""
        return (
            '<div class="related"><h4>相关文章</h4><ul>'
            + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in rel)
            + "</ul></div>"
        )

    def _xxgk_article(
        self,
        column: str,
        title: str,
        pub: str,
        publisher: str,
        body: list[str],
        *,
        crumbs: list[tuple[str, str]],
    ) -> tuple[str, str, str]:
        path = self._path(column, pub)
        self.page(
            path,
            self._detail(
                title,
                body,
                crumbs,
                pub=pub,
                time_of_day="09:30",
                index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                publisher=publisher,
                written_date=pub,
                doc_no="",
                topic=crumbs[-1][0],
            ),
        )
        return title, path, pub

    def _notice_html(
        self, title: str, pub: str, source: str, body: list[str], crumbs: list[tuple[str, str]]
    ) -> str:
        main = (
            f'<div class="article"><h1 class="title">{esc(title)}</h1>'
            f'<div class="info">发布时间：{esc(pub)}　来源：{esc(source)}　'
            '浏览次数：<span id="hits"></span>　【字体：<a href="javascript:;">大</a> '
            '<a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>'
            '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(title, crumbs, main, extra=fu.float_share())

    def _notice(
        self,
        column: str,
        title: str,
        pub: str,
        source: str,
        body: list[str],
        *,
        crumbs: list[tuple[str, str]],
    ) -> tuple[str, str, str]:
        path = self._path(column, pub)
        self.page(path, self._notice_html(title, f"{pub} 15:40", source, body, crumbs))
        return title, path, pub

    # The 信息公开平台 has its own look: a catalogue tree, a table list, a `dl` metadata block.
    def _platform_frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, tree: list[tuple[str, str]]
    ) -> str:
        return (
            fu.doc_head(f"{title}_{SITE}", site=SITE, code=CODE, meta={"ColumnName": title})
            + fu.access_toolbar(SITE)
            + '<div class="xxgk-header"><a href="/"><img src="/images/xxgk-logo.png" '
            'alt="湄潭县政府信息公开平台" /></a><a href="/" class="back">返回首页</a></div>'
            + '<div class="xxgk-main wrap">'
            + fu.crumbs(crumbs)
            + fu.left_tree("信息公开目录", [(n, p, []) for n, p in tree])
            + f'<div class="xxgk-right">{main}</div></div>'
            + fu.footer_block(SITE, icp=ICP, police=POLICE, code=CODE, address=ADDRESS)
            + "</body></html>"
        )

    def _platform_list(
        self,
        name: str,
        items: list[tuple[str, str, str]],
        crumbs: list[tuple[str, str]],
        tree: list[tuple[str, str]],
    ) -> str:
        rows = "".join(
            f'<tr><td class="xh">{k}</td><td class="bt"><a href="{esc(u)}" target="_blank" '
            f'title="{esc(t)}">{esc(t)}</a></td><td class="rq">{esc(d)}</td></tr>'
            for k, (t, u, d) in enumerate(items, 1)
        )
        main = (
            f'<div class="xxgk-tit">{esc(name)}</div>'
            '<table class="xxgk-list" width="100%"><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>'
            + rows
            + "</table>"
            + f'<div class="page">共{len(items)}条 1/1页</div>'
        )
        return self._platform_frame(name, [*crumbs, (name, "javascript:;")], main, tree)

    def _platform_detail(
        self,
        title: str,
        body: list[str],
        crumbs: list[tuple[str, str]],
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str,
    ) -> str:
        meta = (
            '<div class="meta-data"><dl>'
            f'<dd class="addWidth"><b>信息名称：</b>{esc(title)}</dd>'
            f"<dd><b>索\u2002引\u2002号：</b>{esc(index_no)}</dd>"
            f"<dd><b>发布机构：</b>{esc(publisher)}</dd>"
            f"<dd><b>发文字号：</b>{esc(doc_no)}</dd>"
            f"<dd><b>成文日期：</b>{esc(written_date)}</dd>"
            f"<dd><b>发布日期：</b>{esc(pub)}</dd>"
            "<dd><b>公开方式：</b>主动公开</dd>"
            "</dl></div>"
        )
        main = (
            meta
            + f'<div class="xxgk-article"><h2 class="title">{esc(title)}</h2>'
            + '<div class="content" id="zoomcon">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + '<div class="fj-a"></div>'
            + '<div class="bottom-tools"><a href="javascript:window.print();">【打印本页】</a>'
            '<a href="javascript:window.close();">【关闭本页】</a></div></div>'
        )
        return self._platform_frame(title, crumbs, main, self.xxgk_tree)

    # --- the gateways ---------------------------------------------------------------------------
    def page_kind(self, key: str) -> str:
        path = key.split("?", 1)[0]
        if path.startswith(STATIC_PREFIXES) or path == RS_SCRIPT:
            return "asset"
        if path.startswith("/waf/"):
            return "verify interstitial"
        if path.startswith(SLIDER):
            return "slider (never opens)"
        if path.startswith("/xxgk/"):
            return "xxgk (412)"
        if path.startswith("/bmxxgk/"):
            return "bmxxgk (302 verify)"
        if self._is_column(path):
            return "column (acw)"
        if path in ("/", "/index.html"):
            return "home"
        return "article"

    @staticmethod
    def _is_column(path: str) -> bool:
        if path in ("/", "/index.html"):
            return False
        last = path.rsplit("/", 1)[1]
        return last == "" or (last.startswith("index") and last.endswith(".html"))

    def dynamic(self, hit: Hit) -> Reply | None:
        path = hit.path
        if path.startswith(STATIC_PREFIXES):
            self._note("asset")
            if path.endswith((".css", ".js")):
                return Reply(
                    200,
                    b"",
                    {
                        "Content-Type": "text/css"
                        if path.endswith("css")
                        else "application/javascript"
                    },
                )
            return html_reply("<html><body>404</body></html>", status=404)
        if path == RS_SCRIPT:
            self._note("asset")
            return None
        limited = self._rate_limited()
        if limited is not None:
            return limited
        try:
            cookies = SimpleCookie(hit.headers.get("Cookie", ""))
        except CookieError:
            cookies = SimpleCookie()
        jar = {k: m.value for k, m in cookies.items()}
        if path == "/waf/verify":
            return self._verify_page(hit, jar)
        if path.startswith(SLIDER):
            self._note("slider")
            return self._slider()
        if path.startswith("/xxgk/"):
            reply = self._rs_gate(hit, jar)
        elif path.startswith("/bmxxgk/"):
            reply = self._verify_gate(hit, jar)
        elif self._is_column(path) and path.startswith(("/zwgk/", "/xwzx/", "/zjmt/", "/hdjl/")):
            reply = self._acw_gate(jar)
        else:
            reply = None
        if reply is not None:
            return reply
        self._note("served")
        return super().dynamic(hit)

    def _note(self, what: str) -> None:
        with self.waf_lock:
            self.outcomes[what] += 1

    def _rate_limited(self) -> Reply | None:
        now = time.monotonic()
        with self.waf_lock:
            while self.recent and now - self.recent[0] > self.rate_window:
                self.recent.popleft()
            if len(self.recent) >= self.rate_limit:
                self.outcomes["429 rate limited"] += 1
                blocked = True
            else:
                self.recent.append(now)
                blocked = False
        if not blocked:
            return None
        return html_reply(
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>访问受限</title></head>"
            "<body><div style='text-align:center;margin-top:120px'>"
            "<h2>访问过于频繁，请稍后再试</h2><p>您的请求过于频繁，已被临时限制访问。</p>"
            "<p>如有疑问请联系网站管理员。</p></div></body></html>",
            status=429,
            extra={"Retry-After": str(self.retry_after)},
        )

    # 阿里云 acw_sc__v2
    def _acw_gate(self, jar: dict[str, str]) -> Reply | None:
        tc = jar.get("acw_tc", "")
        answer = jar.get("acw_sc__v2", "")
        with self.waf_lock:
            if tc in self.acw and answer in self.acw[tc]:
                self.outcomes["acw passed"] += 1
                return None
            new_tc = tc if tc in self.acw else secrets.token_hex(16) + f"{int(time.time())}"
            arg1 = secrets.token_hex(20).upper()
            self.acw.setdefault(new_tc, set()).add(acw_answer(arg1))
            self.outcomes["acw challenge"] += 1
        headers = {"Content-Type": "text/html", "Cache-Control": "no-cache"}
        if new_tc != tc:
            headers["Set-Cookie"] = f"acw_tc={new_tc};path=/;HttpOnly;Max-Age=1800"
        return Reply(200, self._acw_script(arg1).encode(), headers)

    @staticmethod
    def _acw_script(arg1: str) -> str:
        words = ",".join(
            _hex(w)
            for w in (
                "length",
                "toString",
                "substr",
                "cookie",
                "acw_sc__v2=",
                "location",
                "reload",
            )
        )
        pos = ",".join(f"0x{p:x}" for p in POS_LIST)
        return (
            "<html><script>\n"
            f"var arg1='{arg1}';\n"
            f"var _0x4818=[{words}];"
            "var _0x55f3=function(_0x4c97f0){return _0x4818[_0x4c97f0];};"
            "String['prototype']['hexXor']=function(_0x4e08d8){var _0x5a5d3b='';"
            "for(var _0xe89588=0x0;_0xe89588<this[_0x55f3(0x0)]&&_0xe89588<_0x4e08d8[_0x55f3(0x0)];"
            "_0xe89588+=0x2){var _0x401af1=parseInt(this['slice'](_0xe89588,_0xe89588+0x2),0x10);"
            "var _0x105f59=parseInt(_0x4e08d8['slice'](_0xe89588,_0xe89588+0x2),0x10);"
            "var _0x189e2c=(_0x401af1^_0x105f59)[_0x55f3(0x1)](0x10);"
            "if(_0x189e2c[_0x55f3(0x0)]==0x1){_0x189e2c='0'+_0x189e2c;}_0x5a5d3b+=_0x189e2c;}"
            "return _0x5a5d3b;};"
            "String['prototype']['unsbox']=function(){"
            f"var _0x4b082b=[{pos}];"
            "var _0x4da0dc=[];var _0x12605e='';"
            "for(var _0x20a7bf=0x0;_0x20a7bf<this[_0x55f3(0x0)];_0x20a7bf++){var _0x385ee3=this[_0x20a7bf];"
            "for(var _0x217721=0x0;_0x217721<_0x4b082b[_0x55f3(0x0)];_0x217721++){"
            "if(_0x4b082b[_0x217721]==_0x20a7bf+0x1){_0x4da0dc[_0x217721]=_0x385ee3;}}}"
            "_0x12605e=_0x4da0dc['join']('');return _0x12605e;};"
            f"var _0x5e8b26='{MASK}';"
            "var _0x23a392=arg1['unsbox']()['hexXor'](_0x5e8b26);"
            "function setCookie(name,value){var expiredate=new Date();"
            "expiredate['setTime'](expiredate['getTime']()+0xe10*0x3e8);"
            "document[_0x55f3(0x3)]=name+'='+value+';expires='+expiredate['toGMTString']()+';max-age=3600;path=/';}"
            "function reload(x){setCookie('acw_sc__v2',x);"
            "document[_0x55f3(0x5)][_0x55f3(0x6)]();}"
            "reload(_0x23a392);\n"
            "</script></html>"
        )

    # 瑞数-style 412 on the 信息公开平台
    def _rs_gate(self, hit: Hit, jar: dict[str, str]) -> Reply | None:
        agent = hit.headers.get("User-Agent", "")
        sid = jar.get("FSSBBIl1UgzbN7N80S", "")
        answer = jar.get("FSSBBIl1UgzbN7N80T", "")
        with self.waf_lock:
            issued = self.rs.get(sid)
            ok = (
                issued is not None
                and issued["expected"] == answer
                and "HeadlessChrome" not in agent
                and issued.setdefault("agent", agent) == agent
            )
            if ok:
                self.outcomes["412 passed"] += 1
                return None
            self.outcomes["412 challenge"] += 1
            if issued is not None and issued["expected"] == answer:
                self.outcomes["412 agent mismatch"] += 1
            new_sid = secrets.token_urlsafe(24)
            meta = secrets.token_urlsafe(30)
            nsd = secrets.randbelow(90000) + 10000
            cd = secrets.token_urlsafe(18)
            self.rs[new_sid] = {"expected": rs_answer(meta, nsd, cd)}
        body = (
            "<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; "
            "charset=utf-8'><meta http-equiv='Pragma' content='no-cache'>"
            f'<meta id="FSSBBIl1UgzbN7N" content="{meta}" r="m">'
            '<script type="text/javascript" r="m">$_ts=window[\'$_ts\'];if(!$_ts)$_ts={};'
            f'$_ts.nsd={nsd};$_ts.cd="{cd}";$_ts.lcd=1;</script>'
            f'<script type="text/javascript" charset="utf-8" src="{RS_SCRIPT}" r="m"></script>'
            "</head><body></body></html>"
        )
        return Reply(
            412,
            body.encode(),
            {
                "Content-Type": "text/html; charset=utf-8",
                "Set-Cookie": f"FSSBBIl1UgzbN7N80S={new_sid}; Path=/; HttpOnly",
                "Server": "******",
            },
        )

    @staticmethod
    def _rs_script() -> str:
        names = ",".join(
            _hex(w)
            for w in ("FSSBBIl1UgzbN7N", "content", "cookie", "FSSBBIl1UgzbN7N80T=", "location")
        )
        return (
            f"(function(){{var _$Qe=[{names}];"
            "var _$m=document['getElementById'](_$Qe[0])[_$Qe[1]];"
            "var _$t=window['$_ts'],_$a=_$t['nsd'],_$s=_$m+_$t['cd'];"
            "for(var _$i=0;_$i<_$s['length'];_$i++){_$a=(_$a*33+_$s['charCodeAt'](_$i))%4294967291;}"
            "var _$v='0'+_$a['toString'](16)+_$t['cd']['split']('')['reverse']()['join']('')['substr'](0,12);"
            "document[_$Qe[2]]=_$Qe[3]+_$v+'; path=/';"
            "window[_$Qe[4]]['replace'](window[_$Qe[4]]['href']);})();"
        )

    # 302 → 安全验证 on the department sub-sites
    def _verify_gate(self, hit: Hit, jar: dict[str, str]) -> Reply | None:
        sid = jar.get("waf_sid", "")
        with self.waf_lock:
            nonce = self.verify.get(sid)
            if nonce is not None and jar.get("waf_vt") == vt_hash(nonce):
                self.outcomes["verify passed"] += 1
                return None
            self.outcomes["302 to verify"] += 1
        target = hit.path + (f"?{hit.query}" if hit.query else "")
        headers = {"Location": f"/waf/verify?url={quote(target, safe='')}"}
        if nonce is None:
            new_sid = secrets.token_hex(12)
            with self.waf_lock:
                self.verify[new_sid] = secrets.token_hex(8)
            headers["Set-Cookie"] = f"waf_sid={new_sid}; Path=/; HttpOnly"
        return Reply(302, b"", headers)

    def _verify_page(self, hit: Hit, jar: dict[str, str]) -> Reply:
        self._note("verify page")
        params = dict(parse_qsl(hit.query, keep_blank_values=True))
        target = unquote(params.get("url", "/"))
        if not target.startswith("/") or target.startswith("//"):
            target = "/"
        sid = jar.get("waf_sid", "")
        headers = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}
        with self.waf_lock:
            if sid not in self.verify:
                sid = secrets.token_hex(12)
                self.verify[sid] = secrets.token_hex(8)
                headers["Set-Cookie"] = f"waf_sid={sid}; Path=/; HttpOnly"
            nonce = self.verify[sid]
        body = (
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>安全验证</title>"
            "<style>body{font-family:'Microsoft YaHei';background:#f5f7fa}"
            ".box{width:420px;margin:160px auto;text-align:center;color:#555}"
            ".spin{width:36px;height:36px;border:3px solid #ddd;border-top-color:#1e88e5;"
            "border-radius:50%;margin:0 auto 18px;animation:s 1s linear infinite}"
            "@keyframes s{to{transform:rotate(360deg)}}</style></head><body>"
            "<div class='box'><div class='spin'></div><h3>安全验证</h3>"
            "<p>正在验证您的浏览器，请稍候……</p><p class='tip'>本站已开启网站安全防护，"
            "验证通过后将自动跳转。</p>"
            "<noscript><p>请开启浏览器的JavaScript功能后刷新本页面。</p></noscript></div>"
            "<script>(function(){"
            f"var _n='{nonce}',_h=0;"
            "for(var i=0;i<_n.length;i++){_h=(_h*31+_n.charCodeAt(i))>>>0;}"
            "document.cookie='waf_vt='+_h.toString(16)+'; path=/';"
            f"var _u=decodeURIComponent('{quote(target, safe='')}');"
            "setTimeout(function(){window.location.replace(_u);},800);"
            "})();</script></body></html>"
        )
        return Reply(200, body.encode(), headers)

    @staticmethod
    def _slider() -> Reply:
        body = (
            "<!DOCTYPE html><html><head><meta charset='utf-8'>"
            "<meta name='aliyun_waf_aa' content='1'><title>访问验证</title>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'>"
            "<script src='https://g.alicdn.com/AWSC/AWSC/awsc.js'></script>"
            "<style>#nc{width:300px;margin:0 auto}</style></head><body>"
            "<div class='waf-nc-wrapper' style='margin-top:150px;text-align:center'>"
            "<img src='https://img.alicdn.com/tfs/TB1_3FrKVXXXXbdXXXXXXXXXXXX-129-128.png' alt='' />"
            "<p class='waf-nc-title'>为保证您的正常访问，请进行如下验证：</p>"
            "<div id='nc'></div><p>请按住滑块，拖动到最右边</p></div>"
            "<script>var requestInfo={'url':location.href};"
            "AWSC.use('nc',function(state,module){window.nc=module.init({appkey:'CF_APP_WAF',"
            "scene:'register',renderTo:'nc',success:function(data){"
            "location.href='/_waf/nc?token='+data.token+'&sig='+data.sig;}});});</script>"
            "</body></html>"
        )
        return Reply(200, body.encode(), {"Content-Type": "text/html; charset=utf-8"})

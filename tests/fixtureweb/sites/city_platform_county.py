"""A Jiangsu county (射阳县, 盐城市) whose own portal carries news and services only: its
政府信息公开 lives on the prefecture city's unified 政府信息公开 platform, another host
(in reality `xxgk.yancheng.gov.cn`, not under the county's `www.sheyang.gov.cn`).

- The user configures the county's home page (`http://<county>/`). Its nav 政务公开 and its
  政府信息公开 box (指南, 目录, 年报, 依申请公开) link out to the platform: the county is the
  sub-site `/xxgk/syx/` there. The county portal itself has 射阳要闻, 通知公告 (which reposts
  the 2024 report in the portal's news template, no 索引号) and 走进射阳 / 互动交流 stubs.
- The platform (Hanweb jcms-like markup: `col/col<ID>/index.html`, `art/Y/M/D/art_<col>_<id>.html`)
  hosts ~13 sub-sites on the same catalogue template: 市政府 (`/xxgk/sz/`), two 市级部门, ten
  县（市、区）. Every platform page has the platform's own header (nav 首页 / 市政府 / 市级部门 /
  县（市、区）), a `县区导航` and a `市级部门` `<select>` naming every sub-site, and its own
  footer (盐城市人民政府办公室, 网站标识码 3209000001).
- The platform home (`/xxgk/index.html`) has a 最新公开 box mixing items of all sub-sites (a
  sibling county's report, the city's own report, 射阳's 2024 report).
- 射阳县's catalogue: 法定主动公开内容 → 法治政府建设 (14 items, 10 a page, static `index_2.html`
  pager) holds four reports (2024, 2023, 2022 by 射阳县人民政府; 2020 by 射阳县司法局, page 2)
  beside 工作要点, 解读, 一图读懂, 考核公示, 实施方案, an 行政执法 annual report and a 督察整改
  报告; 政府信息公开年报 holds 信息公开 annual reports only.
- Every sibling sub-site and the 市政府 keep their own 法治政府建设 reports in the same column:
  they are not this county's reports and must not come out.

Report pages on the platform: a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号,
发布日期, 有效性) above the title and `#zoom`.
"""

from __future__ import annotations

from collections import Counter

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Hit, Reply, html_reply

COUNTY = "射阳县人民政府"
COUNTY_CODE = "3209240001"
PLATFORM = "盐城市政府信息公开"
PLATFORM_CODE = "3209000001"
OWN = "syx"
SFJ = "射阳县司法局"
PAGE_SIZE = 10

# Sub-sites of the platform: code → (unit name, government name, credit code, kind).
UNITS: dict[str, tuple[str, str, str, str]] = {
    "sz": ("市政府", "盐城市人民政府", "113209000141167301", "city"),
    "ssfj": ("市司法局", "盐城市司法局", "11320900014116885A", "dept"),
    "sfgw": ("市发展改革委", "盐城市发展和改革委员会", "11320900014116721P", "dept"),
    "tyq": ("亭湖区", "盐城市亭湖区人民政府", "11320902014118201C", "county"),
    "ydq": ("盐都区", "盐城市盐都区人民政府", "11320903014118342E", "county"),
    "dfq": ("大丰区", "盐城市大丰区人民政府", "11320904014118473F", "county"),
    "xsx": ("响水县", "响水县人民政府", "11320921014117056G", "county"),
    "bhx": ("滨海县", "滨海县人民政府", "11320922014117187H", "county"),
    "fnx": ("阜宁县", "阜宁县人民政府", "11320923014117318J", "county"),
    "syx": ("射阳县", COUNTY, "11320924014117531K", "county"),
    "jhx": ("建湖县", "建湖县人民政府", "11320925014117662L", "county"),
    "dts": ("东台市", "东台市人民政府", "11320981014117793M", "county"),
    "kfq": ("盐城经开区", "盐城经济技术开发区管理委员会", "11320900MB1A23456N", "county"),
}
# Catalogue columns, as every sub-site has them: key → (name, parent key or "").
COLUMNS: list[tuple[str, str, str]] = [
    ("xxgkzn", "政府信息公开指南", ""),
    ("xxgkzd", "政府信息公开制度", ""),
    ("jgzn", "机构职能", ""),
    ("zcwj", "政策文件", ""),
    ("fdzdgknr", "法定主动公开内容", ""),
    ("ghxx", "规划信息", "fdzdgknr"),
    ("czzj", "财政资金", "fdzdgknr"),
    ("fzzfjs", "法治政府建设", "fdzdgknr"),
    ("zdxzjc", "重大行政决策", "fdzdgknr"),
    ("rsxx", "人事信息", "fdzdgknr"),
    ("ndbg", "政府信息公开年报", ""),
    ("ysqgk", "依申请公开", ""),
]

SIBLING_REPORT_BODY = [
    "{year}年，{name}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
    "在市委、市政府的坚强领导下，全面推进法治政府建设各项工作。现将有关情况报告如下：",
    "一、主要工作及成效",
    "（一）加强党对法治政府建设的领导。政府常务会议专题学法四次，制定年度法治政府建设工作要点。",
    "（二）依法全面履行政府职能。深化“放管服”改革，持续优化法治化营商环境，政务服务事项全部网上可办。",
    "（三）严格规范公正文明执法。全面推行行政执法“三项制度”，开展行政执法案卷评查。",
    "二、存在的问题和不足",
    "基层法治力量相对薄弱，部分执法人员依法行政能力还需提升。",
    "三、{next}年工作打算",
    "持续深入学习贯彻习近平法治思想，推进法治政府建设率先突破，为经济社会高质量发展提供法治保障。",
]


class CityPlatformCountySite(BlindSite):
    name = "city_platform_county"
    region = "江苏省盐城市射阳县"
    extra_hosts = ("xxgk",)

    def __init__(self) -> None:
        super().__init__()
        self.county: dict[str, Reply] = {}
        self.host_hits: Counter[str] = Counter()

    @property
    def plat(self) -> str:
        return f"http://{self.origins['xxgk']}"

    def start_url(self) -> str:
        return f"http://{self.origins['']}/"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        # Gold reports are on the platform; the start URL is the county's own host.
        self.base_url = self.plat
        self.county.clear()
        self.host_hits.clear()
        self.next_id = 4_218_000
        self.col_ids: dict[tuple[str, str], int] = {}
        cid = 21_500
        for code in UNITS:
            for key, _, _ in COLUMNS:
                cid += 7
                self.col_ids[(code, key)] = cid
        self.latest: dict[str, list[tuple[str, str, str]]] = {}
        self.reports: dict[str, tuple[str, str, str]] = {}
        for code in UNITS:
            self._unit(code)
        self._platform_home()
        self._county_portal()

    # --- serving -----------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        key = hit.path + (f"?{hit.query}" if hit.query else "")
        if hit.origin == self.origins[""]:
            self.host_hits["county " + self.county_kind(hit.path)] += 1
            return self.county.get(key) or html_reply(
                "<html><head><title>404</title></head><body><h1>404 页面不存在</h1></body></html>",
                status=404,
            )
        self.host_hits["platform " + self.platform_kind(hit.path)] += 1
        return super().dynamic(hit)

    def county_kind(self, path: str) -> str:
        if path in ("/", "/index.html"):
            return "home"
        return "listing" if path.endswith(("index.html", "/")) else "page"

    def platform_kind(self, path: str) -> str:
        parts = path.strip("/").split("/")
        if len(parts) < 3 or parts[0] != "xxgk":
            return "home/nav"
        code = parts[1]
        who = "own" if code == OWN else "city" if code == "sz" else "sibling"
        return f"{who} {'article' if '/art/' in path else 'catalogue'}"

    def page_kind(self, path: str) -> str:
        """By path alone (`site.hits`): `/` and `/index.html` are either host's home."""
        if path in ("/", "/index.html"):
            return "home (either host)"
        if not path.startswith("/xxgk/"):
            return "county " + self.county_kind(path)
        return "platform " + self.platform_kind(path)

    # --- one sub-site of the platform ----------------------------------------------------------
    def _col_url(self, code: str, key: str, n: int = 1) -> str:
        suffix = "index.html" if n == 1 else f"index_{n}.html"
        return f"/xxgk/{code}/col/col{self.col_ids[(code, key)]}/{suffix}"

    def _art_path(self, code: str, key: str, pub: str) -> str:
        self.next_id += 31
        y, m, d = pub.split("-")
        return f"/xxgk/{code}/art/{y}/{int(m)}/{int(d)}/art_{self.col_ids[(code, key)]}_{self.next_id}.html"

    def _unit(self, code: str) -> None:
        unit, gov, _credit, kind = UNITS[code]
        items: dict[str, list[tuple[str, str, str]]] = {k: [] for k, _, _ in COLUMNS}
        office = f"{gov.removesuffix('人民政府')}人民政府办公室" if "人民政府" in gov else gov
        short = unit if code != "sz" else "盐城市"
        fz = items["fzzfjs"]
        if code == OWN:
            fz += [
                self._gold(
                    "射阳县人民政府关于2024年度法治政府建设情况的报告",
                    "003",
                    "2025-03-28",
                    publisher=COUNTY,
                    written_date="2025-03-26",
                    doc_no="射政发〔2025〕15号",
                ),
                self._gold(
                    "射阳县人民政府关于2023年度法治政府建设情况的报告",
                    "001",
                    "2024-03-27",
                    publisher=COUNTY,
                    written_date="2024-03-25",
                    doc_no="射政发〔2024〕11号",
                ),
                self._gold(
                    "射阳县人民政府关于2022年度法治政府建设情况的报告",
                    "000",
                    "2023-03-30",
                    publisher=COUNTY,
                    written_date="2023-03-28",
                    doc_no="射政发〔2023〕9号",
                ),
                self._gold(
                    "射阳县2020年度法治政府建设工作开展情况",
                    "004",
                    "2021-03-15",
                    publisher=SFJ,
                    written_date="2021-03-12",
                    doc_no=None,
                ),
            ]
            for title, pub, who in [
                ("射阳县2025年法治政府建设工作要点", "2025-04-10", office),
                (
                    "关于《射阳县人民政府关于2024年度法治政府建设情况的报告》的解读",
                    "2025-03-31",
                    SFJ,
                ),
                ("射阳县2024年度法治政府建设考核结果公示", "2025-02-14", SFJ),
                ("射阳县2024年度行政执法工作报告", "2025-01-20", SFJ),
                ("射阳县2024年法治政府建设工作要点", "2024-04-12", office),
                ("一图读懂射阳县2023年度法治政府建设情况报告", "2024-03-28", SFJ),
                ("射阳县2023年法治政府建设工作要点", "2023-04-11", office),
                ("射阳县2022年法治政府建设工作要点", "2022-04-08", office),
                ("射阳县法治政府建设实施方案（2021—2025年）", "2022-01-10", COUNTY),
                ("关于2020年度法治政府建设督察反馈问题整改情况的报告", "2021-06-18", COUNTY),
            ]:
                fz.append(
                    self._article(
                        code, "fzzfjs", title, pub, by=who, body=NEGATIVE_BODY, negative=True
                    )
                )
        elif kind != "dept":
            for year, pub in [(2024, "2025-03-2"), (2023, "2024-03-2")]:
                title = (
                    f"{gov}关于{year}年度法治政府建设情况的报告"
                    if code != "kfq"
                    else f"{gov}{year}年度法治政府建设情况报告"
                )
                day = pub + str(len(code) + 3)
                body = [
                    line.format(year=year, next=year + 1, name=gov) for line in SIBLING_REPORT_BODY
                ]
                fz.append(
                    self._article(code, "fzzfjs", title, day, by=gov, body=body, negative=True)
                )
                if code in ("bhx", "sz") and year == 2024:
                    self.reports[code] = fz[-1]
            fz.append(
                self._article(
                    code,
                    "fzzfjs",
                    f"{short}2025年法治政府建设工作要点",
                    "2025-04-0" + str(len(code) + 2),
                    by=office,
                    body=NEGATIVE_BODY,
                    negative=True,
                )
            )
        else:  # a city department: its own yearly report on 法治政府建设
            title = f"{gov}2024年度法治政府建设工作情况报告"
            body = [line.format(year=2024, next=2025, name=gov) for line in SIBLING_REPORT_BODY]
            fz.append(
                self._article(
                    code, "fzzfjs", title, "2025-02-26", by=gov, body=body, negative=True
                )
            )
        fz.sort(key=lambda t: t[2], reverse=True)
        for year in range(2024, 2020, -1):
            title = f"{gov}{year}年政府信息公开工作年度报告"
            items["ndbg"].append(
                self._article(
                    code,
                    "ndbg",
                    title,
                    f"{year + 1}-01-2{year % 7}",
                    by=office,
                    body=FILLER_BODY,
                    negative=True,
                )
            )
        items["zcwj"] += [
            self._article(
                code,
                "zcwj",
                f"{gov}关于印发{short}优化营商环境若干措施的通知",
                "2025-03-10",
                by=office,
                body=FILLER_BODY,
            ),
            self._article(
                code,
                "zcwj",
                f"{office}关于做好2025年春季防汛防旱工作的通知",
                "2025-03-03",
                by=office,
                body=FILLER_BODY,
            ),
        ]
        items["xxgkzd"].append(
            self._article(
                code,
                "xxgkzd",
                f"{gov}政府信息公开保密审查制度",
                "2023-05-06",
                by=office,
                body=FILLER_BODY,
            )
        )
        items["ghxx"].append(
            self._article(
                code,
                "ghxx",
                f"{short}国民经济和社会发展第十四个五年规划纲要",
                "2021-04-02",
                by=office,
                body=FILLER_BODY,
            )
        )
        items["czzj"].append(
            self._article(
                code, "czzj", f"{gov}2025年部门预算公开", "2025-02-10", by=office, body=FILLER_BODY
            )
        )
        items["zdxzjc"].append(
            self._article(
                code,
                "zdxzjc",
                f"{gov}2025年度重大行政决策事项目录",
                "2025-03-05",
                by=office,
                body=FILLER_BODY,
            )
        )
        items["rsxx"].append(
            self._article(
                code,
                "rsxx",
                f"{gov}关于任免工作人员的通知",
                "2025-01-08",
                by=office,
                body=FILLER_BODY,
            )
        )
        # Column pages.
        for key, name, _parent in COLUMNS:
            if key in ("xxgkzn", "jgzn", "ysqgk"):
                text = {
                    "xxgkzn": f"为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。{gov}政府信息公开工作机构为{office}。",
                    "jgzn": f"{gov}是{short}的国家行政机关，履行宪法和法律法规规定的职责。",
                    "ysqgk": "公民、法人或者其他组织可以通过在线申请、信函申请、当面申请等方式提出政府信息公开申请。",
                }[key]
                main = f'<div class="xxgk-page"><h2>{esc(name)}</h2><p>{esc(text)}</p></div>'
                self.page(self._col_url(code, key), self._platform(code, name, main, key=key))
                continue
            if key == "fdzdgknr":
                kids = [(n, self._col_url(code, k)) for k, n, p in COLUMNS if p == key]
                main = (
                    f'<div class="xxgk-page"><h2>{esc(name)}</h2><ul class="sub-cols">'
                    + "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>' for n, u in kids)
                    + "</ul></div>"
                )
                self.page(self._col_url(code, key), self._platform(code, name, main, key=key))
                continue
            rows = items[key]
            pages = max(1, -(-len(rows) // PAGE_SIZE))
            for n in range(1, pages + 1):
                chunk = rows[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
                main = self._listing(code, key, name, chunk, n=n, pages=pages, total=len(rows))
                self.page(self._col_url(code, key, n), self._platform(code, name, main, key=key))
        # The sub-site's index: its tree, an intro and its latest items.
        latest = sorted((t for rows in items.values() for t in rows), key=lambda t: t[2])[::-1][:8]
        self.latest[code] = latest
        main = (
            f'<div class="xxgk-intro"><h2>{esc(gov)}政府信息公开</h2><p>本平台集中发布{esc(gov)}'
            "主动公开的政府信息。</p></div>"
            '<div class="xxgk-latest"><div class="tit">最新公开</div><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in latest
            )
            + "</ul></div>"
        )
        html = self._platform(code, "", main)
        self.page(f"/xxgk/{code}/index.html", html)
        self.page(f"/xxgk/{code}/", html)

    def _listing(
        self,
        code: str,
        key: str,
        name: str,
        rows: list[tuple[str, str, str]],
        *,
        n: int,
        pages: int,
        total: int,
    ) -> str:
        lis = "".join(
            f'<tr><td class="bt"><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f'</td><td class="rq">{esc(d)}</td></tr>'
            for t, u, d in rows
        )

        def link(k: int) -> str:
            return "index.html" if k == 1 else f"index_{k}.html"

        pager = f'<div class="pager">共{total}条 第{n}/{pages}页 '
        if pages > 1:
            pager += (
                f'<a href="{link(1)}">首页</a> '
                + (f'<a href="{link(n - 1)}">上一页</a> ' if n > 1 else "<span>上一页</span> ")
                + (f'<a href="{link(n + 1)}">下一页</a> ' if n < pages else "<span>下一页</span> ")
                + f'<a href="{link(pages)}">尾页</a>'
            )
        pager += "</div>"
        return (
            f'<div class="xxgk-list"><div class="list-tit">{esc(name)}</div>'
            '<table class="list-table" width="100%"><tr class="th"><td>标题</td><td>发布日期</td></tr>'
            + lis
            + "</table>"
            + pager
            + "</div>"
        )

    def _gold(
        self,
        title: str,
        seed: str,
        pub: str,
        *,
        publisher: str,
        written_date: str,
        doc_no: str | None,
    ) -> tuple[str, str, str]:
        path = self._art_path(OWN, "fzzfjs", pub)
        index_no = f"{UNITS[OWN][2]}/{pub[:4]}-{self.next_id % 997:05d}"
        body = self.gold_report(
            path,
            seed,
            title,
            publisher=publisher,
            publish_date=pub,
            index_no=index_no,
            written_date=written_date,
            doc_no=doc_no,
        )
        self.page(
            path,
            self._detail(
                OWN,
                "fzzfjs",
                title,
                body,
                pub=pub,
                index_no=index_no,
                publisher=publisher,
                written_date=written_date,
                doc_no=doc_no or "",
            ),
        )
        self.reports[seed] = (title, path, pub)
        return title, path, pub

    def _article(
        self,
        code: str,
        key: str,
        title: str,
        pub: str,
        *,
        by: str,
        body: list[str],
        negative: bool = False,
    ) -> tuple[str, str, str]:
        path = self._art_path(code, key, pub)
        self.page(
            path,
            self._detail(
                code,
                key,
                title,
                body,
                pub=pub,
                index_no=f"{UNITS[code][2]}/{pub[:4]}-{self.next_id % 997:05d}",
                publisher=by,
                written_date=pub,
            ),
        )
        if negative:
            self.negative_titles.append(title)
        return title, path, pub

    def _detail(
        self,
        code: str,
        key: str,
        title: str,
        body: list[str],
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str = "",
    ) -> str:
        col = next(n for k, n, _ in COLUMNS if k == key)
        table = (
            '<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">'
            f'<tr><td class="tl">索\u2002引\u2002号：</td><td>{esc(index_no)}</td>'
            f'<td class="tl">主题分类：</td><td>{esc(col)}</td></tr>'
            f'<tr><td class="tl">发布机构：</td><td>{esc(publisher)}</td>'
            f'<td class="tl">成文日期：</td><td>{esc(written_date)}</td></tr>'
            f'<tr><td class="tl">文\u3000\u3000号：</td><td>{esc(doc_no)}</td>'
            f'<td class="tl">发布日期：</td><td>{esc(pub)}</td></tr>'
            f'<tr><td class="tl">有\u2002效\u2002性：</td><td colspan="3">有效</td></tr></table>'
        )
        main = (
            '<div class="xxgk-article">'
            + table
            + f'<div class="art-title">{esc(title)}</div>'
            + '<div class="art-info"><span class="fr">【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
            "浏览次数：<script>_showDynClick('art',"
            + str(self.next_id)
            + ")</script></div>"
            + '<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">\n'
            + fu.paragraphs(body)
            + '\n<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>'
            + '<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</div>' + "</div>"
        )
        return self._platform(code, col, main, key=key, title=title)

    # --- platform furniture --------------------------------------------------------------------
    def _tree(self, code: str, current: str) -> str:
        branches = []
        for key, name, parent in COLUMNS:
            if parent:
                continue
            leaves = [(n, self._col_url(code, k)) for k, n, p in COLUMNS if p == key]
            branches.append((name, self._col_url(code, key), leaves))
        return (
            fu.left_tree(f"{UNITS[code][0]}信息公开目录", branches).replace(
                f'href="{self._col_url(code, current)}"',
                f'href="{self._col_url(code, current)}" class="on"',
            )
            if current
            else fu.left_tree(f"{UNITS[code][0]}信息公开目录", branches)
        )

    def _selects(self) -> str:
        counties = "".join(
            f'<option value="/xxgk/{c}/index.html">{esc(u[0])}</option>'
            for c, u in UNITS.items()
            if u[3] == "county"
        )
        depts = "".join(
            f'<option value="/xxgk/{c}/index.html">{esc(u[0])}</option>'
            for c, u in UNITS.items()
            if u[3] == "dept"
        )
        return (
            '<div class="dh-select"><select onchange="if(this.value){window.open(this.value)}">'
            '<option value="">县区导航</option>' + counties + "</select>"
            '<select onchange="if(this.value){window.open(this.value)}">'
            '<option value="">市级部门</option>' + depts + "</select></div>"
        )

    def _platform(
        self,
        code: str,
        column: str,
        main: str,
        *,
        key: str = "",
        title: str = "",
        top: str = "",
    ) -> str:
        """A platform page of sub-site `code`; `top` names a page outside any sub-site."""
        unit = UNITS[code][0]
        head_title = "_".join(t for t in (title or column, unit, PLATFORM) if t)
        crumbs = [("首页", "/xxgk/index.html"), (unit, f"/xxgk/{code}/index.html")]
        if top:
            head_title = f"{top}_{PLATFORM}" if top != PLATFORM else PLATFORM
            crumbs = [("首页", "/xxgk/index.html"), (top, "#")]
        parent = next((p for k, _, p in COLUMNS if k == key), "")
        if parent:
            crumbs.append(
                (next(n for k, n, _ in COLUMNS if k == parent), self._col_url(code, parent))
            )
        if column:
            crumbs.append((column, self._col_url(code, key) if key else "#"))
        return (
            fu.doc_head(
                head_title,
                site=PLATFORM,
                code=PLATFORM_CODE,
                meta={"ColumnName": column, "ArticleTitle": title} if title else {},
            )
            + '<body><div class="xxgk-top"><div class="w1200"><span>盐城市人民政府主办</span>'
            '<a href="/xxgk/index.html">平台首页</a> <a href="javascript:void(0)" onclick="aria.start()">无障碍</a>'
            "</div></div>"
            '<div class="xxgk-head"><div class="w1200"><h1 class="logo">'
            '<a href="/xxgk/index.html"><img src="/xxgk/images/xxgk_logo.png" alt="盐城市政府信息公开" />'
            "</a></h1>"
            '<form class="search" action="/jrobot/search.do" method="get" target="_blank">'
            '<input type="hidden" name="webid" value="' + code + '" />'
            '<input name="q" type="text" placeholder="请输入关键字" /><input type="submit" value="检索" />'
            "</form></div></div>"
            '<div class="xxgk-nav"><ul class="w1200">'
            '<li><a href="/xxgk/index.html">首页</a></li>'
            '<li><a href="/xxgk/sz/index.html">市政府</a></li>'
            '<li><a href="/xxgk/bmlist.html">市级部门</a></li>'
            '<li><a href="/xxgk/xqlist.html">县（市、区）</a></li>'
            f'<li><a href="/xxgk/{code}/col/col{self.col_ids[(code, "xxgkzn")]}/index.html">'
            "政府信息公开指南</a></li>"
            f'<li><a href="/xxgk/{code}/col/col{self.col_ids[(code, "ysqgk")]}/index.html">'
            "依申请公开</a></li></ul>"
            + self._selects()
            + "</div>"
            + '<div class="w1200 xxgk-main">'
            + fu.crumbs(crumbs, label="您当前的位置：")
            + ("" if top else self._tree(code, key))
            + '<div class="xxgk-right">'
            + main
            + "</div></div>"
            + '<div class="xxgk-foot"><div class="w1200">'
            '<p><a href="/xxgk/wzdt.html">网站地图</a> | <a href="/xxgk/lxwm.html">联系我们</a></p>'
            "<p>主办单位：盐城市人民政府办公室　承办单位：盐城市大数据管理局</p>"
            "<p>网站标识码：3209000001　"
            '<a href="https://beian.miit.gov.cn/">苏ICP备05008364号-1</a>　'
            '<a href="http://www.beian.gov.cn/">苏公网安备 32090202000156号</a></p>'
            "<p>技术支持：江苏南大先腾信息产业股份有限公司</p></div></div>"
            + fu.jiucuo(PLATFORM_CODE)
            + "</body></html>"
        )

    def _platform_home(self) -> None:
        def box(title: str, kind: str) -> str:
            return (
                f'<div class="unit-box"><div class="tit">{esc(title)}</div><ul>'
                + "".join(
                    f'<li><a href="/xxgk/{c}/index.html">{esc(u[0])}</a></li>'
                    for c, u in UNITS.items()
                    if u[3] == kind
                )
                + "</ul></div>"
            )

        mixed = [
            self.reports["bhx"],
            (self.reports["003"][0], self.reports["003"][1], self.reports["003"][2]),
            self.reports["sz"],
            *self.latest["jhx"][:2],
            *self.latest["tyq"][:2],
            *self.latest["ssfj"][:1],
        ]
        mixed.sort(key=lambda t: t[2], reverse=True)
        latest = (
            '<div class="home-latest"><div class="tit">最新公开</div><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in mixed
            )
            + "</ul></div>"
        )
        main = (
            box("市政府", "city")
            + box("市级部门", "dept")
            + box("县（市、区）", "county")
            + latest
        )
        html = self._platform_page("盐城市政府信息公开", main)
        self.page("/xxgk/index.html", html)
        self.page("/", html)
        self.page("/index.html", html)
        self.page("/xxgk/bmlist.html", self._platform_page("市级部门", box("市级部门", "dept")))
        self.page(
            "/xxgk/xqlist.html", self._platform_page("县（市、区）", box("县（市、区）", "county"))
        )

    def _platform_page(self, title: str, main: str) -> str:
        """A platform page outside any sub-site: no catalogue tree."""
        return self._platform("sz", "", main, top=title)

    # --- the county's own portal --------------------------------------------------------------
    def _cpage(self, path: str, html: str) -> None:
        self.county[path] = html_reply(html)

    def _county_portal(self) -> None:
        self.cnext = 612_000
        own_index = f"{self.plat}/xxgk/{OWN}/index.html"
        news = [
            self._cnews(
                "xwzx/syyw", "射阳县召开县政府第38次常务会议", "2025-04-12", COUNTY, FILLER_BODY
            ),
            self._cnews(
                "xwzx/syyw",
                "县政府常务会议听取2024年度法治政府建设情况报告",
                "2025-03-20",
                COUNTY,
                NEGATIVE_BODY,
                negative=True,
            ),
            self._cnews(
                "xwzx/syyw",
                "县领导调研春季农业生产和海堤安全工作",
                "2025-03-11",
                COUNTY,
                FILLER_BODY,
            ),
            self._cnews(
                "xwzx/syyw", "射阳港经济开发区重大项目集中开工", "2025-03-02", COUNTY, FILLER_BODY
            ),
        ]
        title, _, _ = self.reports["003"]
        notices = [
            self._cnews(
                "xwzx/tzgg",
                "射阳县2025年公开招聘社区工作者公告",
                "2025-04-08",
                "射阳县民政局",
                FILLER_BODY,
            ),
            self._cnews("xwzx/tzgg", title, "2025-03-29", SFJ, list(load_seed("003").body_lines)),
            self._cnews(
                "xwzx/tzgg",
                "关于召开全县2025年法治政府建设工作推进会的通知",
                "2025-03-18",
                "射阳县人民政府办公室",
                NEGATIVE_BODY,
                negative=True,
            ),
            self._cnews(
                "xwzx/tzgg", "射阳县2025年春季征兵公告", "2025-02-25", "射阳县人武部", FILLER_BODY
            ),
        ]
        self.repost_path = notices[1][1]
        for col, name, rows in (
            ("xwzx/syyw", "射阳要闻", news),
            ("xwzx/tzgg", "通知公告", notices),
        ):
            lis = "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in rows
            )
            main = (
                f'<div class="list-box"><div class="list-tit">{esc(name)}</div>'
                f'<ul class="list">{lis}</ul><div class="page">共{len(rows)}条 1/1页</div></div>'
            )
            html = self._cframe(name, [("首页", "/"), ("新闻中心", "/xwzx/"), (name, "#")], main)
            self._cpage(f"/{col}/index.html", html)
            self._cpage(f"/{col}/", html)
        xwzx = (
            '<div class="list-box"><div class="list-tit">新闻中心</div><ul>'
            '<li><a href="/xwzx/syyw/">射阳要闻</a></li><li><a href="/xwzx/tzgg/">通知公告</a></li>'
            "</ul></div>"
        )
        self._cpage("/xwzx/", self._cframe("新闻中心", [("首页", "/")], xwzx))
        self._cpage("/xwzx/index.html", self._cframe("新闻中心", [("首页", "/")], xwzx))
        intro = (
            '<div class="intro"><h2>射阳概况</h2><p>射阳县位于江苏省中部沿海，盐城市东北部，'
            "总面积2796平方公里，辖11个镇、2个区。</p></div>"
        )
        self._cpage("/zjsy/", self._cframe("走进射阳", [("首页", "/")], intro))
        hd = '<div class="intro"><h2>互动交流</h2><p>县长信箱、在线咨询请登录12345在线平台。</p></div>'
        self._cpage("/hdjl/", self._cframe("互动交流", [("首页", "/")], hd))

        def box(title: str, more: str, rows: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{esc(more)}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in rows
                )
                + "</ul></div>"
            )

        cols = {k: f"{self.plat}{self._col_url(OWN, k)}" for k, _, _ in COLUMNS}
        xxgk_box = (
            '<div class="home-box xxgk-box"><div class="box-tit"><span>政府信息公开</span>'
            f'<a class="more" href="{esc(own_index)}" target="_blank">更多&gt;&gt;</a></div><ul class="xxgk-links">'
            f'<li><a href="{esc(cols["xxgkzn"])}" target="_blank">政府信息公开指南</a></li>'
            f'<li><a href="{esc(own_index)}" target="_blank">政府信息公开目录</a></li>'
            f'<li><a href="{esc(cols["ndbg"])}" target="_blank">政府信息公开年报</a></li>'
            f'<li><a href="{esc(cols["ysqgk"])}" target="_blank">依申请公开</a></li>'
            "</ul></div>"
        )
        services = (
            '<div class="home-box"><div class="box-tit"><span>政务服务</span></div><ul>'
            '<li><a href="https://www.jszwfw.gov.cn/yctxqj/" target="_blank">个人办事</a></li>'
            '<li><a href="https://www.jszwfw.gov.cn/yctxqj/fr" target="_blank">法人办事</a></li>'
            "</ul></div>"
        )
        links = (
            '<div class="yqlj"><span>友情链接：</span>'
            '<a href="http://www.gov.cn/" target="_blank">中国政府网</a>'
            '<a href="http://www.jiangsu.gov.cn/" target="_blank">江苏省人民政府</a>'
            '<a href="http://www.yancheng.gov.cn/" target="_blank">盐城市人民政府</a></div>'
        )
        main = (
            '<div class="home-row">'
            + box("射阳要闻", "/xwzx/syyw/", news)
            + box("通知公告", "/xwzx/tzgg/", notices)
            + '</div><div class="home-row">'
            + xxgk_box
            + services
            + fu.interaction_sidebar()
            + "</div>"
            + links
        )
        html = self._cframe(COUNTY, [], main)
        self._cpage("/", html)
        self._cpage("/index.html", html)

    def _cnews(
        self,
        col: str,
        title: str,
        pub: str,
        source: str,
        body: list[str],
        *,
        negative: bool = False,
    ) -> tuple[str, str, str]:
        self.cnext += 17
        path = f"/{col}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self.cnext}.html"
        main = (
            '<div class="article"><h1>'
            + esc(title)
            + "</h1>"
            + f'<div class="article-info">发布时间：{esc(pub)}　来源：{esc(source)}　'
            + '浏览次数：<span id="views"></span>　【字体：大 中 小】</div>'
            + '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.float_share()
            + fu.article_tools()
            + "</div>"
        )
        name = "射阳要闻" if col.endswith("syyw") else "通知公告"
        crumbs = [("首页", "/"), ("新闻中心", "/xwzx/"), (name, f"/{col}/")]
        self._cpage(path, self._cframe(title, crumbs, main))
        if negative:
            self.negative_titles.append(title)
        return title, path, pub

    def _cframe(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        own_index = f"{self.plat}/xxgk/{OWN}/index.html"
        nav = [
            ("首页", "/"),
            ("走进射阳", "/zjsy/"),
            ("新闻中心", "/xwzx/"),
            ("政务公开", own_index),
            ("政务服务", "https://www.jszwfw.gov.cn/yctxqj/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = COUNTY if title == COUNTY else f"{title}_{COUNTY}"
        return (
            fu.doc_head(head_title, site=COUNTY, code=COUNTY_CODE)
            + fu.access_toolbar(COUNTY)
            + fu.masthead(COUNTY, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.jiucuo(COUNTY_CODE)
            + fu.footer_block(
                COUNTY,
                icp="苏ICP备05009716号",
                police="苏公网安备 32092402000118号",
                code=COUNTY_CODE,
                address="江苏省盐城市射阳县合德镇人民西路1号",
            )
            + "</body></html>"
        )

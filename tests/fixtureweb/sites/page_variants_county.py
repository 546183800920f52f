"""A Shandong county portal on Hanweb jcms that serves every page in the variants the 2020s
适老化/无障碍 rules made portals add, all of them linked from the pages:

- the standard page (`/col/colN/index.html`, `/art/Y/M/D/art_N_ID.html`, Hanweb pager
  `?uid=…&pageNum=k`); report pages carry the 信息公开 table (索引号, 发布机构, 成文日期, 文号,
  发布日期), notices a `发布日期 信息来源` line;
- the 无障碍 version: the same paths under `/wza/`, a large-font template with its own toolbar
  (语音 / 放大 / 缩小 / 配色 / 大鼠标 / 十字光标 / 指读 / 纯文本 / 重置 / 退出无障碍), body
  sentences wrapped for 指读, a shorter metadata list (索引号, 发布机构, 发布日期);
- the 长者模式 (关怀版): the same paths with `?mode=elder` (pager parameters beside it), big
  type, `发布时间：2025年03月28日  来源：县政府办` (short publisher names), no 索引号;
- the 纯文本 view the 无障碍 toolbar offers: a converter `/wza/text.jsp?url=<path>` whose
  pages link through the converter again (listings and pager too);
- the 打印 page `/module/print/print.jsp?id=ID` (title, date, source, body, 【打印】【关闭】),
  linked from the standard and 无障碍 articles;
- an English stub (`/en/`) with nothing of interest.

政务公开 → 法定主动公开内容 → 法治政府建设 (two pages) holds the 县政府's 2024 and 2023 reports
beside 工作要点, 一图读懂, 考核 公示, 普法 plans and the 实施方案; 通知公告 (two pages) holds the
县司法局's 2024 report (no table) beside notices; 要闻 has a 常务会议 that 听取 the report;
政府信息公开年报 holds 信息公开 annual reports. The 2020 report sits in 依法行政, a column the
2022 revamp dropped from every menu. The home page's 法治政府建设专题 banner leads to a 专题 whose
链接型 items are the URLs its editors pasted from their address bar: the 2024 report's 无障碍 URL
(absolute), the 2023 report's standard URL, and the 2020 report's 长者模式 URL, the only way to
it. Each report must come out once, with the standard page's fields (a variant links its
standard page: 退出无障碍, 返回标准版, 退出); every variant URL of a report is in `self.aliases`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlsplit

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "夏津县人民政府"
CODE = "3714270001"
ICP = "鲁ICP备05011427号-1"
POLICE = "鲁公网安备 37142702000123号"
CREDIT = "11371427004371585P"
SFJ_CREDIT = "113714270043716127"
GOV = "夏津县人民政府"
GOV_OFFICE = "夏津县人民政府办公室"
SFJ = "夏津县司法局"
SHORT = {GOV: "县政府", GOV_OFFICE: "县政府办", SFJ: "县司法局"}

ZWGK, FZZF, NDBG, NOTICES, NEWS, TOPIC = 2940, 2951, 2953, 2960, 2961, 2990
# A column of the old catalogue, dropped from every menu in the 2022 revamp; its pages remain.
OLD = 2958
COLUMNS = {
    FZZF: "法治政府建设",
    OLD: "依法行政",
    NDBG: "政府信息公开年报",
    NOTICES: "通知公告",
    NEWS: "夏津要闻",
    TOPIC: "法治政府建设专题",
}
UIDS = {FZZF: 6321, OLD: 6319, NDBG: 6323, NOTICES: 6330, NEWS: 6331, TOPIC: 6345}
LIST_SIZE = 5
MODES = ("std", "wza", "elder", "text")


@dataclass
class Art:
    aid: int
    col: int
    title: str
    pub: str  # YYYY-MM-DD HH:MM
    publisher: str
    body: list[str]
    meta: dict[str, str] = field(default_factory=dict)  # index_no, written_date, doc_no

    @property
    def path(self) -> str:
        y, m, d = self.pub[:10].split("-")
        return f"/art/{y}/{int(m)}/{int(d)}/art_{self.col}_{self.aid}.html"

    @property
    def print_path(self) -> str:
        return f"/module/print/print.jsp?id={self.aid}"


@dataclass
class Link:
    """A 链接型 item of a 专题: the URL its editor pasted, served as-is in every variant."""

    title: str
    url: str
    pub: str


def href(mode: str, path: str) -> str:
    """A standard path as the variant `mode` links it."""
    if mode == "wza":
        return "/wza" + path
    if mode == "elder":
        return path + ("&" if "?" in path else "?") + "mode=elder"
    if mode == "text":
        return "/wza/text.jsp?url=" + quote(path, safe="")
    return path


class PageVariantsCountySite(BlindSite):
    name = "page_variants_county"
    region = "山东省德州市夏津县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.aliases.clear()
        self.next_id = 1_876_400
        self.columns: dict[int, list[Art | Link]] = {c: [] for c in COLUMNS}
        self.reports: dict[str, Art] = {}
        self._content()
        for col in COLUMNS:
            self._listing(col)
        for arts in self.columns.values():
            for art in arts:
                if isinstance(art, Art):
                    self._article(art)
        self._sections()
        self._home()
        self._english()

    # --- content -----------------------------------------------------------------------------
    def _art(
        self, col: int, title: str, pub: str, publisher: str, body: list[str], **meta: str
    ) -> Art:
        self.next_id += 37
        art = Art(self.next_id, col, title, pub, publisher, body, meta)
        self.columns[col].append(art)
        return art

    def _gold(
        self, col: int, seed: str, title: str, pub: str, publisher: str, **meta: str
    ) -> None:
        self.next_id += 37
        probe = Art(self.next_id, col, title, pub, publisher, [], meta)
        body = self.gold_report(
            probe.path,
            seed,
            title,
            publisher=publisher,
            publish_date=pub[:10],
            index_no=meta.get("index_no"),
            written_date=meta.get("written_date"),
            doc_no=meta.get("doc_no") or None,
        )
        probe.body = body
        self.columns[col].append(probe)
        self.reports[seed] = probe
        for mode in ("wza", "elder"):
            self.aliases[href(mode, probe.path)] = probe.path
        self.aliases[probe.print_path] = probe.path
        # The converter's URL as linked (encoded) and as a browser bar shows it.
        self.aliases[href("text", probe.path)] = probe.path
        self.aliases["/wza/text.jsp?url=" + probe.path] = probe.path

    def _neg(self, col: int, title: str, pub: str, publisher: str, *, table: bool = True) -> None:
        meta = (
            {
                "index_no": f"{CREDIT if publisher != SFJ else SFJ_CREDIT}/{pub[:4]}-{self.next_id % 997:05d}",
                "written_date": pub[:10],
            }
            if table
            else {}
        )
        self._art(col, title, pub, publisher, NEGATIVE_BODY, **meta)
        self.negative_titles.append(title)

    def _fill(
        self, col: int, title: str, pub: str, publisher: str, *, table: bool = False
    ) -> None:
        meta = (
            {"index_no": f"{CREDIT}/{pub[:4]}-{self.next_id % 991:05d}", "written_date": pub[:10]}
            if table
            else {}
        )
        self._art(col, title, pub, publisher, FILLER_BODY, **meta)

    def _content(self) -> None:
        c = FZZF
        self._neg(c, "夏津县2025年法治政府建设工作要点", "2025-04-10 16:20", GOV_OFFICE)
        self._neg(
            c,
            "一图读懂《夏津县人民政府关于2024年度法治政府建设情况的报告》",
            "2025-03-29 10:05",
            SFJ,
        )
        self._gold(
            c,
            "001",
            "夏津县人民政府关于2024年度法治政府建设情况的报告",
            "2025-03-28 09:30",
            GOV,
            index_no=f"{CREDIT}/2025-00086",
            written_date="2025-03-26",
            doc_no="夏政字〔2025〕9号",
        )
        self._neg(c, "夏津县2024年度法治政府建设考核结果公示", "2025-02-14 15:00", SFJ)
        self._neg(c, "夏津县2024年普法依法治理工作要点", "2024-04-08 11:00", SFJ)
        self._gold(
            c,
            "000",
            "夏津县2023年度法治政府建设工作报告",
            "2024-03-12 14:18",
            GOV,
            index_no=f"{CREDIT}/2024-00051",
            written_date="2024-03-11",
            doc_no="夏政字〔2024〕6号",
        )
        self._neg(c, "关于开展2023年度法治政府建设督察的通知", "2023-11-20 09:00", GOV_OFFICE)
        self._neg(c, "夏津县2022年法治政府建设工作要点", "2022-03-15 10:00", GOV_OFFICE)
        self._neg(c, "夏津县法治政府建设实施方案（2021—2025年）", "2022-01-10 08:40", GOV)
        self._neg(c, "夏津县“八五”普法规划（2021—2025年）", "2021-09-01 10:00", SFJ)
        c = OLD
        self._neg(c, "夏津县2021年法治政府建设工作要点", "2021-03-30 17:00", GOV_OFFICE)
        self._gold(
            c,
            "004",
            "夏津县2020年度法治政府建设工作开展情况",
            "2021-01-18 06:45",
            GOV_OFFICE,
            index_no=f"{CREDIT}/2021-00007",
            written_date="2021-01-15",
        )
        self._fill(
            c,
            "夏津县人民政府关于进一步加强行政执法监督工作的意见",
            "2020-06-05 10:00",
            GOV,
            table=True,
        )

        c = NOTICES
        self._neg(
            c,
            "关于召开全县2025年法治政府建设工作会议的通知",
            "2025-04-15 10:00",
            GOV_OFFICE,
            table=False,
        )
        self._fill(c, "夏津县2025年公开招聘城市社区专职工作者简章", "2025-03-20 09:00", GOV_OFFICE)
        self._gold(c, "003", "夏津县司法局2024年度法治政府建设工作报告", "2025-02-10 16:32", SFJ)
        self._neg(
            c,
            "夏津县司法局关于征集2025年度法治政府建设重点工作意见建议的公告",
            "2025-01-22 10:00",
            SFJ,
            table=False,
        )
        self._fill(c, "关于2025年元旦春节期间值班安排的通知", "2024-12-30 11:00", GOV_OFFICE)
        self._neg(
            c, "关于申报2024年度法治政府建设示范项目的通知", "2024-11-10 09:30", SFJ, table=False
        )
        self._fill(c, "关于开展2024年防汛应急演练的通知", "2024-08-01 08:30", GOV_OFFICE)
        self._neg(
            c, "夏津县2023年度行政复议和行政应诉工作情况通报", "2024-05-20 15:00", SFJ, table=False
        )

        c = NEWS
        self._neg(
            c,
            "夏津县召开2025年全县法治政府建设工作会议",
            "2025-04-16 18:00",
            GOV_OFFICE,
            table=False,
        )
        self._neg(
            c,
            "县政府第42次常务会议召开 听取2024年度法治政府建设工作情况报告",
            "2025-03-25 19:30",
            GOV_OFFICE,
            table=False,
        )
        self._fill(c, "夏津县开展“法律进乡村”集中宣传活动", "2025-03-10 17:00", SFJ)
        self._fill(c, "县领导调研春季农业生产工作", "2025-02-28 18:20", GOV_OFFICE)

        c = NDBG
        for year in (2024, 2023, 2022):
            title = f"夏津县人民政府{year}年政府信息公开工作年度报告"
            self._art(
                c,
                title,
                f"{year + 1}-01-2{year % 7} 09:00",
                GOV_OFFICE,
                FILLER_BODY,
                index_no=f"{CREDIT}/{year + 1}-00003",
                written_date=f"{year + 1}-01-20",
            )
            self.negative_titles.append(title)

        # 专题: its own news, and 链接型 items to the reports as editors pasted them from
        # their address bar (one while in 长者模式, one in 无障碍).
        c = TOPIC
        self._neg(
            c, "夏津县召开2025年全县法治政府建设工作会议", "2025-04-16 18:10", SFJ, table=False
        )
        g = self.reports["001"]
        self.columns[c].append(Link(g.title, self.base_url + href("wza", g.path), g.pub))
        self._fill(c, "夏津县开展“八五”普法中期评估工作", "2025-03-12 16:00", SFJ)
        g = self.reports["000"]
        self.columns[c].append(Link(g.title, g.path, g.pub))
        self._fill(c, "夏津县开展“12·4”国家宪法日集中宣传活动", "2023-12-04 17:30", SFJ)
        # The 2020 report, whose column left the menus: this link is the only way to it.
        g = self.reports["004"]
        self.columns[c].append(Link(g.title, href("elder", g.path), g.pub))

    # --- what each request was spent on -------------------------------------------------------
    def page_kind(self, key: str) -> str:
        parts = urlsplit(key)
        query = dict(parse_qsl(parts.query))
        path = parts.path
        if path.startswith("/module/print/"):
            return "print"
        if path.startswith("/en/"):
            return "english"
        if path == "/wza/text.jsp":
            mode, path = "text", query.get("url", "").split("?")[0]
        elif path.startswith("/wza/"):
            mode, path = "wza", path.removeprefix("/wza")
        elif query.get("mode") == "elder":
            mode = "elder"
        else:
            mode = "std"
        if path.startswith("/art/"):
            col = int(path.split("_")[1])
            gold = any(g.path.split("?")[0] == path for g in self.gold)
            what = "report" if gold else f"article({COLUMNS.get(col, col)})"
        elif path.startswith("/col/"):
            what = "listing"
        elif path in ("/", "/index.html"):
            what = "home"
        else:
            what = "other"
        return f"{mode} {what}"

    # --- frames per variant --------------------------------------------------------------------
    def _nav(self, mode: str) -> list[tuple[str, str]]:
        return [
            ("首页", href(mode, "/index.html")),
            ("走进夏津", href(mode, "/col/col2930/index.html")),
            ("新闻中心", href(mode, f"/col/col{NEWS}/index.html")),
            ("政务公开", href(mode, f"/col/col{ZWGK}/index.html")),
            ("政务服务", "http://www.shandong.gov.cn/jpaas-jiq-web-front/"),
            ("互动交流", href(mode, "/col/col2980/index.html")),
        ]

    def _frame(
        self,
        mode: str,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        here: str,
        meta: dict[str, str] | None = None,
    ) -> str:
        crumbs = [(t, href(mode, u)) if u.startswith("/") else (t, u) for t, u in crumbs]
        page_title = SITE if title == SITE else f"{title} - {SITE}"
        if mode == "std":
            toolbar = fu.access_toolbar(SITE)
            toolbar = toolbar.replace(
                '<a href="javascript:void(0);" onclick="aria.start()" class="wza">无障碍浏览</a>',
                f'<a href="{esc(href("wza", here))}" class="wza">无障碍浏览</a>',
            )
            toolbar = toolbar.replace(
                '<a href="javascript:void(0);" class="zzms" onclick="elder()">长者模式</a>\n'
                '<a href="javascript:void(0);" class="ghb">关怀版</a>',
                f'<a href="{esc(href("elder", here))}" class="zzms">长者模式</a>\n'
                '<a href="/en/index.html" class="en">English</a>',
            )
            return (
                fu.doc_head(page_title, site=SITE, code=CODE, meta=meta)
                + toolbar
                + fu.masthead(SITE, self._nav(mode))
                + '<div class="main wrap">'
                + (fu.crumbs(crumbs, "您当前的位置：") if crumbs else "")
                + main
                + "</div>"
                + fu.footer_block(
                    SITE, icp=ICP, police=POLICE, code=CODE, address="山东省德州市夏津县中山街1号"
                )
                + fu.jiucuo(CODE)
                + "</body></html>"
            )
        nav = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in self._nav(mode))
        crumb_html = (
            '<div class="wza-crumb">您所在的位置：'
            + " &gt; ".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in crumbs)
            + "</div>"
            if crumbs
            else ""
        )
        if mode == "wza":
            bar = (
                '<div id="wza-toolbar" class="wza-toolbar" role="toolbar" aria-label="无障碍工具条">'
                '<a href="javascript:;" class="wza-yy">语音</a>'
                '<a href="javascript:;" class="wza-fd">放大</a>'
                '<a href="javascript:;" class="wza-sx">缩小</a>'
                '<a href="javascript:;" class="wza-ps">配色</a>'
                '<a href="javascript:;" class="wza-dsb">大鼠标</a>'
                '<a href="javascript:;" class="wza-szx">十字光标</a>'
                '<a href="javascript:;" class="wza-zd">指读</a>'
                f'<a href="{esc(href("text", here))}" class="wza-cwb">纯文本</a>'
                '<a href="javascript:;" class="wza-cz">重置</a>'
                '<a href="javascript:;" class="wza-bz">帮助</a>'
                f'<a href="{esc(here)}" class="wza-tc">退出无障碍</a></div>'
            )
            return (
                '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8" />'
                f"<title>{esc(page_title)}</title>"
                '<link rel="stylesheet" href="/wza/css/wza.css" /><script src="/wza/js/wza.js"></script>'
                '</head><body class="wza-body" style="font-size:22px">'
                + bar
                + f'<div class="wza-head"><h1 class="wza-site">{esc(SITE)}</h1>'
                '<p class="wza-tip">您正在使用无障碍版本，按Alt+Shift+H可查看快捷键说明。</p></div>'
                + f'<ul class="wza-nav">{nav}</ul>'
                + crumb_html
                + f'<div class="wza-main">{main}</div>'
                + '<div class="wza-foot"><p>主办单位：夏津县人民政府办公室</p>'
                + f"<p>网站标识码：{CODE}　{ICP}</p>"
                + "<p>本网站已通过无障碍及适老化改造评测</p></div>"
                + "</body></html>"
            )
        if mode == "elder":
            return (
                '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8" />'
                f"<title>{esc(page_title)}（关怀版）</title>"
                '<link rel="stylesheet" href="/ghb/css/elder.css" /></head>'
                '<body class="elder-mode">'
                f'<div class="elder-top"><span class="elder-logo">{esc(SITE)}</span>'
                '<span class="elder-tag">关怀版</span>'
                f'<a class="elder-back" href="{esc(here)}">返回标准版</a>'
                '<a class="elder-yy" href="javascript:;">语音播报</a></div>'
                + f'<ul class="elder-nav">{nav}</ul>'
                + crumb_html
                + f'<div class="elder-main" style="font-size:24px;line-height:2">{main}</div>'
                + '<div class="elder-foot"><p>主办：夏津县人民政府办公室</p>'
                + f"<p>{ICP}　{POLICE}</p><p>网站标识码：{CODE}</p>"
                + '<a href="javascript:scrollTo(0,0);" class="elder-top-btn">返回顶部</a></div>'
                + "</body></html>"
            )
        # text: the converter's bare page
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8" />'
            f"<title>{esc(page_title)}</title></head><body>"
            '<div class="txt-bar">纯文本模式　'
            f'<a href="{esc(href("wza", here))}">返回无障碍版</a>　'
            f'<a href="{esc(here)}">退出</a></div><hr />'
            + f'<div class="txt-nav">{nav}</div>'
            + f'<div class="txt-main">{main}</div><hr />'
            + f'<div class="txt-foot">{esc(SITE)}　网站标识码：{CODE}</div>'
            + "</body></html>"
        )

    # --- listings ----------------------------------------------------------------------------
    def _tree(self, mode: str) -> str:
        branches = [
            ("政府信息公开指南", href(mode, "/col/col2941/index.html"), []),
            ("政府信息公开制度", href(mode, "/col/col2942/index.html"), []),
            (
                "法定主动公开内容",
                "javascript:;",
                [
                    ("政策文件", href(mode, "/col/col2950/index.html")),
                    ("法治政府建设", href(mode, f"/col/col{FZZF}/index.html")),
                    ("财政预决算", href(mode, "/col/col2952/index.html")),
                ],
            ),
            ("政府信息公开年报", href(mode, f"/col/col{NDBG}/index.html"), []),
        ]
        if mode == "std":
            return fu.left_tree("政府信息公开", branches)
        out = []
        for name, url, leaves in branches:
            out.append(
                f'<li><a href="{esc(url)}">{esc(name)}</a>'
                if not url.startswith("javascript")
                else f"<li>{esc(name)}"
            )
            if leaves:
                out.append(
                    "<ul>"
                    + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in leaves)
                    + "</ul>"
                )
            out.append("</li>")
        return f'<ul class="side">{"".join(out)}</ul>'

    def _section(self, col: int) -> tuple[str, str]:
        if col == TOPIC:
            return ("专题专栏", f"/col/col{TOPIC}/index.html")
        if col in (NOTICES, NEWS):
            return ("新闻中心", f"/col/col{NEWS}/index.html")
        return ("政务公开", f"/col/col{ZWGK}/index.html")

    def _listing(self, col: int) -> None:
        name = COLUMNS[col]
        items = self.columns[col]
        base = f"/col/col{col}/index.html"
        uid = UIDS[col]
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)]
        total = len(chunks)

        def page_url(k: int) -> str:
            return base if k == 1 else f"{base}?uid={uid}&pageNum={k}"

        for n, chunk in enumerate(chunks, start=1):
            here = page_url(n)
            for mode in MODES:
                rows = "".join(
                    f'<li><a href="{esc(href(mode, a.path) if isinstance(a, Art) else a.url)}"'
                    f' target="_blank" title="{esc(a.title)}">'
                    f'{esc(a.title)}</a><span class="bt-data-time">{esc(a.pub[:10])}</span></li>'
                    for a in chunk
                )
                if mode == "std":
                    parts = [f"共{len(items)}条　{n}/{total}页"]
                    parts.append(f'<a href="{esc(page_url(1))}">首页</a>')
                    if n > 1:
                        parts.append(f'<a href="{esc(page_url(n - 1))}">上页</a>')
                    if n < total:
                        parts.append(f'<a href="{esc(page_url(n + 1))}">下页</a>')
                    parts.append(f'<a href="{esc(page_url(total))}">尾页</a>')
                    pager = '<div class="default_pgContainer">' + " ".join(parts) + "</div>"
                    main = (
                        self._tree(mode)
                        + f'<div class="list-main"><div class="list-title">{esc(name)}</div>'
                        + f'<div id="{uid}"><ul class="list">{rows}</ul>{pager}</div></div>'
                    )
                else:
                    prev = (
                        f'<a href="{esc(href(mode, page_url(n - 1)))}">上一页</a>' if n > 1 else ""
                    )
                    nxt = (
                        f'<a href="{esc(href(mode, page_url(n + 1)))}">下一页</a>'
                        if n < total
                        else ""
                    )
                    pager = f'<div class="pager">{prev} 第{n}页/共{total}页 {nxt}</div>'
                    main = (
                        self._tree(mode) if col in (FZZF, NDBG) else ""
                    ) + f'<h2 class="col-name">{esc(name)}</h2><ul class="list">{rows}</ul>{pager}'
                crumbs = [("首页", "/index.html"), self._section(col), (name, base)]
                self.page(href(mode, here), self._frame(mode, name, crumbs, main, here=here))
                if n == 1 and mode in ("std", "wza"):
                    self.page(
                        href(mode, f"/col/col{col}/"),
                        self._frame(mode, name, crumbs, main, here=here),
                    )

    # --- articles ----------------------------------------------------------------------------
    def _article(self, art: Art) -> None:
        here = art.path
        crumbs = [("首页", "/index.html"), self._section(art.col)]
        crumbs.append((COLUMNS[art.col], f"/col/col{art.col}/index.html"))
        related = [a for a in self.columns[art.col] if a is not art and isinstance(a, Art)][:4]
        meta = {
            "ArticleTitle": art.title,
            "PubDate": art.pub,
            "ContentSource": art.publisher,
            "ColumnName": COLUMNS[art.col],
        }
        # standard
        if art.meta:
            info = (
                '<table class="xxgk_table" width="100%" border="0" cellspacing="1" cellpadding="0">'
                f"<tr><th>索\u2002引\u2002号：</th><td>{esc(art.meta['index_no'])}</td>"
                f"<th>主题分类：</th><td>其他</td></tr>"
                f"<tr><th>发布机构：</th><td>{esc(art.publisher)}</td>"
                f"<th>成文日期：</th><td>{esc(art.meta.get('written_date', ''))}</td></tr>"
                f"<tr><th>文\u2003\u2003号：</th><td>{esc(art.meta.get('doc_no', ''))}</td>"
                f"<th>发布日期：</th><td>{esc(art.pub[:10])}</td></tr>"
                f'<tr><th>名\u2003\u2003称：</th><td colspan="3">{esc(art.title)}</td></tr></table>'
            )
            head = f'<div class="art-title">{esc(art.title)}</div>'
        else:
            info = ""
            head = (
                f'<div class="art-title">{esc(art.title)}</div>'
                f'<div class="art-info">发布日期：{esc(art.pub)}　信息来源：{esc(art.publisher)}'
                "　浏览次数：<script>_showDynClick()</script>　字体：[ "
                '<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> '
                '<a href="javascript:doZoom(14)">小</a> ]</div>'
            )
        main = (
            '<div class="article">'
            + info
            + head
            + '<div class="art-con" id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">\n'
            + fu.paragraphs(art.body)
            + '\n<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>'
            + '<div class="article-bottom"><div class="fl">'
            + f'【<a href="{esc(art.print_path)}" target="_blank">打印本页</a>】'
            + '【<a href="javascript:window.close();">关闭窗口</a>】</div>'
            + '<div class="fr ewm"><img src="/images/ewm.png" /><p>扫一扫在手机打开当前页</p></div></div>'
            + '<div class="related"><h4>相关文章</h4><ul>'
            + "".join(
                f'<li><a href="{esc(a.path)}" target="_blank">{esc(a.title)}</a></li>'
                for a in related
            )
            + "</ul></div>"
            + fu.float_share()
            + "</div>"
        )
        self.page(here, self._frame("std", art.title, crumbs, main, here=here, meta=meta))

        # 无障碍: large type, a shorter metadata list, sentences wrapped for 指读
        wza_meta = (
            '<ul class="wza-meta">'
            f"<li>索引号：{esc(art.meta['index_no'])}</li><li>发布机构：{esc(art.publisher)}</li>"
            f"<li>发布日期：{esc(art.pub[:10])}</li></ul>"
            if art.meta
            else f'<p class="wza-info">发布时间：{esc(art.pub)}　来源：{esc(art.publisher)}</p>'
        )
        wza_body = "\n".join(
            f'<p><span class="wza-zd" tabindex="0">{esc(line)}</span></p>' for line in art.body
        )
        main = (
            f'<h1 class="wza-title" tabindex="0">{esc(art.title)}</h1>'
            + wza_meta
            + f'<div class="wza-con" id="wzacontent">\n{wza_body}\n</div>'
            + f'<div class="wza-tools"><a href="{esc(art.print_path)}">打印</a>'
            + f'<a href="{esc(href("text", here))}">纯文本阅读</a>'
            + '<a href="javascript:history.back();">返回</a></div>'
        )
        self.page(href("wza", here), self._frame("wza", art.title, crumbs, main, here=here))

        # 长者模式: big type, date in words, the source's short name, no 索引号
        y, m, d = art.pub[:10].split("-")
        main = (
            f'<h1 class="elder-title">{esc(art.title)}</h1>'
            + f'<div class="elder-info">发布时间：{y}年{m}月{d}日　来源：'
            + f"{esc(SHORT.get(art.publisher, art.publisher))}</div>"
            + '<div class="elder-con">\n'
            + fu.paragraphs(art.body, style="")
            + "\n</div>"
            + '<div class="elder-bottom"><a href="javascript:;" class="elder-read">朗读全文</a>'
            + '<a href="javascript:history.back();">返回上一页</a></div>'
        )
        self.page(href("elder", here), self._frame("elder", art.title, crumbs, main, here=here))

        # 纯文本
        main = (
            f"<h1>{esc(art.title)}</h1>"
            + f"<p>发布日期：{esc(art.pub[:10])}</p>\n"
            + "\n".join(f"<p>{esc(line)}</p>" for line in art.body)
        )
        self.page(href("text", here), self._frame("text", art.title, crumbs, main, here=here))

        # 打印
        self.page(
            art.print_path,
            '<!DOCTYPE html><html><head><meta charset="utf-8" /><title>打印页面</title>'
            '<link rel="stylesheet" href="/module/print/print.css" /></head>'
            '<body onload="window.print()"><div class="print-box">'
            + f'<div class="print-tit">{esc(art.title)}</div>'
            + f'<div class="print-info">发布日期：{esc(art.pub[:10])}　信息来源：{esc(art.publisher)}</div>'
            + '<div class="print-con">\n'
            + fu.paragraphs(art.body)
            + "\n</div>"
            + '<div class="print-btn"><a href="javascript:window.print();">【打印】</a>'
            + '<a href="javascript:window.close();">【关闭】</a></div></div></body></html>',
        )

    # --- sections, home, English -----------------------------------------------------------
    def _sections(self) -> None:
        for mode in MODES:
            here = f"/col/col{ZWGK}/index.html"
            main = self._tree(mode) + (
                '<div class="list-main"><div class="list-title">政府信息公开</div>'
                "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息，"
                "请通过左侧目录查阅。</p></div>"
            )
            crumbs = [("首页", "/index.html"), ("政务公开", here)]
            self.page(href(mode, here), self._frame(mode, "政务公开", crumbs, main, here=here))
        stubs = {
            2930: "走进夏津",
            2941: "政府信息公开指南",
            2942: "政府信息公开制度",
            2950: "政策文件",
            2952: "财政预决算",
            2980: "互动交流",
        }
        for col, name in stubs.items():
            here = f"/col/col{col}/index.html"
            for mode in MODES:
                main = (
                    f'<div class="list-main"><div class="list-title">{esc(name)}</div>'
                    '<ul class="list"><li>暂无信息</li></ul></div>'
                )
                crumbs = [("首页", "/index.html"), (name, here)]
                self.page(href(mode, here), self._frame(mode, name, crumbs, main, here=here))

    def _home(self) -> None:
        def box(mode: str, title: str, col: int | None, arts: list[Art]) -> str:
            more = (
                f'<a class="more" href="{esc(href(mode, f"/col/col{col}/index.html"))}">更多&gt;&gt;</a>'
                if col
                else ""
            )
            return (
                f'<div class="home-box"><div class="tit"><span>{esc(title)}</span>{more}</div><ul>'
                + "".join(
                    f'<li><a href="{esc(href(mode, a.path))}" target="_blank" title="{esc(a.title)}">'
                    f"{esc(a.title)}</a><span>{esc(a.pub[5:10])}</span></li>"
                    for a in arts
                )
                + "</ul></div>"
            )

        here = "/index.html"
        for mode in MODES:
            main = (
                '<div class="home-row">'
                + box(mode, "夏津要闻", NEWS, self.columns[NEWS])
                + box(mode, "通知公告", NOTICES, self.columns[NOTICES][:5])
                + "</div>"
                + '<div class="home-row"><div class="home-box"><div class="tit"><span>政务公开</span></div><ul>'
                + f'<li><a href="{esc(href(mode, f"/col/col{ZWGK}/index.html"))}">政府信息公开</a></li>'
                + f'<li><a href="{esc(href(mode, "/col/col2941/index.html"))}">政府信息公开指南</a></li>'
                + f'<li><a href="{esc(href(mode, f"/col/col{NDBG}/index.html"))}">政府信息公开年报</a></li>'
                + f'<li><a href="{esc(href(mode, "/col/col2950/index.html"))}">政策文件</a></li>'
                + "</ul></div>"
                + (fu.interaction_sidebar() if mode == "std" else "")
                + "</div>"
                + '<div class="home-row zt-banner">'
                + f'<a href="{esc(href(mode, f"/col/col{TOPIC}/index.html"))}">'
                + '<img src="/images/zt_fzzf.jpg" alt="法治政府建设专题" /></a>'
                + f'<a href="{esc(href(mode, "/col/col2930/index.html"))}">'
                + '<img src="/images/zt_zjxj.jpg" alt="走进夏津" /></a></div>'
            )
            html = self._frame(mode, SITE, [], main, here=here)
            self.page(href(mode, here), html)
            if mode == "std":
                self.page("/", html)
            if mode == "wza":
                self.page("/wza/", html)

    def _english(self) -> None:
        news = [
            (
                "Xiajin holds symposium on law-based government",
                "/en/art/2025/4/17/art_3101_501.html",
            ),
            ("Xiajin cotton festival opens", "/en/art/2024/9/20/art_3101_488.html"),
            (
                "Investment guide of Xiajin Economic Development Zone",
                "/en/art/2024/5/6/art_3102_470.html",
            ),
        ]

        def frame(title: str, main: str) -> str:
            return (
                '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" />'
                f"<title>{esc(title)} - Xiajin County</title></head><body>"
                '<div class="en-top"><a href="/index.html">中文版</a></div>'
                '<ul class="en-nav"><li><a href="/en/index.html">Home</a></li>'
                '<li><a href="/en/about.html">About Xiajin</a></li>'
                '<li><a href="/en/news.html">News</a></li>'
                '<li><a href="/en/invest.html">Investment</a></li></ul>'
                f'<div class="en-main">{main}</div>'
                '<div class="en-foot">Copyright © Xiajin County People\'s Government. All Rights Reserved.</div>'
                "</body></html>"
            )

        rows = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in news)
        self.page("/en/index.html", frame("Home", f"<h2>News</h2><ul>{rows}</ul>"))
        self.page("/en/", frame("Home", f"<h2>News</h2><ul>{rows}</ul>"))
        self.page("/en/news.html", frame("News", f"<ul>{rows}</ul>"))
        self.page(
            "/en/about.html",
            frame(
                "About Xiajin",
                "<p>Xiajin County lies in the northwest of Shandong Province, under Dezhou City.</p>",
            ),
        )
        self.page("/en/invest.html", frame("Investment", "<p>Investment guide.</p>"))
        for title, url in news:
            self.page(url, frame(title, f"<h1>{esc(title)}</h1><p>{esc(title)}.</p>" * 3))

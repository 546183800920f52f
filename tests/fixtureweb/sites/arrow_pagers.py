"""A county portal whose columns are paged by the pagers that say least about themselves:

- 通知公告 (`/tzgg/list.html`, `list_N.html`): numbers shown in blocks of three, `上一页` back
  and a bare `>>` that is the NEXT page (page 3 shows `上一页 1 2 [3] >>`, and `>>` is the only
  way to page 4); reports on pages 5 and 7;
- 政策文件 (`/zcwj/`, 帝国CMS `index_N.html`): `<< < 2 [3] 4 > >>`, where `>` is next and `>>` the
  LAST page: paged through `>`, never jumped to the end; the report on page 4;
- 法规文件 (`/fgwj/list.jsp?cid=8&page=N`): `<< < [1] 2 > >>` with a page number in the query,
  `>>` the last page; the report on page 3;
- 政务公开 (`/Info/List.aspx?cid=3`, ASP.NET GridView in NextPreviousFirstLast mode): only
  `__doPostBack('ctl00$Main$GridView1','Page$First'|'Page$Prev'|'Page$Next'|'Page$Last')`,
  answered from the viewstate's page (a GET is page 1); the report on page 4. A 搜索 button, a
  登录 link and a column header's `Sort$Title` post back too.

Decoys are what a wrong reading fetches: `Page$Last`/`Page$First`/`Page$Prev` postbacks, a
search or a sort, a negative beside a report.
"""

from __future__ import annotations

import base64
from urllib.parse import parse_qs

from lawreports.pipelines.normalize import strip_pinyin, to_simplified
from tests.fixtureweb import pages
from tests.fixtureweb.blindkit import NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "安化县人民政府"
GOV_OFFICE = "安化县人民政府办公室"
SFJ = "安化县司法局"
BLOCK_LIST = "/tzgg/list.html"
EMPIRE_LIST = "/zcwj/"
PARAM_LIST = "/fgwj/list.jsp?cid=8"
GRID_LIST = "/Info/List.aspx?cid=3"
GRID = "ctl00$Main$GridView1"
BLOCK_PAGES, EMPIRE_PAGES, PARAM_PAGES, GRID_PAGES = 7, 6, 4, 5
PAGE_SIZE = 8
NAV = [
    ("首页", "/"),
    ("通知公告", BLOCK_LIST),
    ("政策文件", EMPIRE_LIST),
    ("法规文件", PARAM_LIST),
    ("政务公开", GRID_LIST),
]
GENERATOR = "CA0B0334"


def _viewstate(page: int) -> str:
    return base64.b64encode(f"/wEPDwULLTE2NjY;cid=3;gv=1;page={page}".encode()).decode()


def _validation(page: int) -> str:
    return base64.b64encode(f"/wEdAAU;page={page};v".encode()).decode()


class ArrowPagersSite(BlindSite):
    name = "arrow_pagers"
    region = "湖南省益阳市安化县"

    def __init__(self) -> None:
        super().__init__()
        self.grid_rows: list[tuple[str, str, str]] = []

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self._block_column()
        self._empire_column()
        self._param_column()
        self._grid_column()
        self._home()

    # --- rows and detail pages -----------------------------------------------------------------
    def _rows(
        self, count: int, stem: str, dir_: str, reports: dict[tuple[int, int], tuple[str, str]]
    ) -> list[list[tuple[str, str, str]]]:
        """`count` pages of PAGE_SIZE items; (page, row) → (seed, title) are the reports."""
        out = []
        for p in range(1, count + 1):
            rows = []
            for i in range(PAGE_SIZE):
                n = (p - 1) * PAGE_SIZE + i + 1
                path = f"{dir_}/2024{n % 12 + 1:02d}/t2024{n % 12 + 1:02d}15_{7000 - n}.html"
                rows.append((f"{stem}（第{n}期）", path, f"2024-{n % 12 + 1:02d}-15"))
            for (page, row), (seed, title) in reports.items():
                if page == p:
                    path = rows[row][1]
                    self._report(path, seed, title, dir_)
                    rows[row] = (title, path, "2025-03-18")
            out.append(rows)
        return out

    def _report(self, path: str, seed: str, title: str, column: str) -> None:
        meta = {
            "index_no": f"4309230001/2025-{int(path[-9:-5]):05d}",
            "publisher": SFJ,
            "written_date": "2025-03-14",
            "doc_no": f"安司发〔2025〕{int(path[-7:-5])}号",
        }
        body = self.gold_report(path, seed, title, publish_date="2025-03-18", **meta)
        # A seed in 繁體 with pinyin after some characters comes out simplified without them.
        self.gold[-1].body = to_simplified(strip_pinyin(self.gold[-1].body)[0])
        self._detail(path, title, body, column, meta)

    def _negative(self, path: str, title: str, column: str) -> None:
        meta = {"index_no": "4309230001/2024-00077", "publisher": GOV_OFFICE}
        self._detail(path, title, NEGATIVE_BODY, column, meta)
        self.negative_titles.append(title)

    def _detail(
        self, path: str, title: str, body: list[str], column: str, meta: dict[str, str]
    ) -> None:
        fields = [
            ("索引号", meta["index_no"]),
            ("发布机构", meta["publisher"]),
            ("成文日期", meta.get("written_date", "2024-12-01")),
            ("文号", meta.get("doc_no", "")),
            ("发布日期", "2025-03-18"),
            ("主题分类", "政务公开"),
        ]
        html = pages.trs_detail(
            title=title,
            body_lines=body,
            meta_block=pages.metadata_table(fields),
            crumbs=[("首页", "/"), (column, column + "/")],
            pub_time="2025-03-18 09:40",
            source=meta["publisher"],
        )
        self.page(path, html.replace("示范县人民政府", SITE))

    # --- 通知公告: blocks of three numbers, `>>` is next ---------------------------------------
    def _block_column(self) -> None:
        reports = {
            (5, 2): ("000", "安化县2023年度法治政府建设工作报告"),
            (7, 4): ("001", "安化县司法局2024年度法治政府建设情况报告"),
        }
        all_rows = self._rows(BLOCK_PAGES, "安化县关于公开招聘社区工作者的公告", "/tzgg", reports)
        neg = all_rows[1][3][1]
        self._negative(neg, "安化县法治政府建设实施方案（2021-2025年）", "/tzgg")
        all_rows[1][3] = ("安化县法治政府建设实施方案（2021-2025年）", neg, "2024-11-02")
        for p, rows in enumerate(all_rows, start=1):
            self.page(_block_url(p), self._listing("通知公告", rows, self._block_pager(p)))

    def _block_pager(self, page: int) -> str:
        first = (page - 1) // 3 * 3 + 1
        parts = [f'<span class="total">共{BLOCK_PAGES}页</span>']
        parts.append(
            f'<a href="{_block_url(page - 1)}">上一页</a>'
            if page > 1
            else '<span class="disabled">上一页</span>'
        )
        for n in range(first, min(first + 3, BLOCK_PAGES + 1)):
            parts.append(
                f'<span class="current">{n}</span>'
                if n == page
                else f'<a href="{_block_url(n)}">{n}</a>'
            )
        if page < BLOCK_PAGES:
            parts.append(f'<a href="{_block_url(page + 1)}">&gt;&gt;</a>')
        return '<div class="pagination">' + " ".join(parts) + "</div>"

    # --- 政策文件: 帝国CMS `> >>`, `>>` is last ------------------------------------------------
    def _empire_column(self) -> None:
        reports = {(4, 6): ("002", "安化县2021年度法治政府建设工作报告")}
        all_rows = self._rows(
            EMPIRE_PAGES, "安化县人民政府关于印发有关工作方案的通知", "/zcwj", reports
        )
        for p, rows in enumerate(all_rows, start=1):
            html = self._listing("政策文件", rows, self._empire_pager(p))
            self.page(_empire_url(p), html)
            if p == 1:
                self.page(EMPIRE_LIST, html)

    def _empire_pager(self, page: int) -> str:
        def a(n: int, text: str) -> str:
            return f'<a href="{_empire_url(n)}">{text}</a>'

        parts = [f'<a title="Total record">&nbsp;<b>{EMPIRE_PAGES * PAGE_SIZE}</b> </a>']
        if page > 1:
            parts += [a(1, "&lt;&lt;"), a(page - 1, "&lt;")]
        for n in range(max(1, page - 1), min(EMPIRE_PAGES, page + 1) + 1):
            parts.append(f"<b>{n}</b>" if n == page else a(n, str(n)))
        if page < EMPIRE_PAGES:
            parts += [a(page + 1, "&gt;"), a(EMPIRE_PAGES, "&gt;&gt;")]
        return '<div class="epages">' + "&nbsp;".join(parts) + "</div>"

    # --- 法规文件: `?page=N`, `> >>`, `>>` is last ---------------------------------------------
    def _param_column(self) -> None:
        reports = {(3, 1): ("003", "安化县人民政府关于2022年度法治政府建设情况的报告")}
        all_rows = self._rows(PARAM_PAGES, "安化县行政规范性文件清理结果公告", "/fgwj", reports)
        for p, rows in enumerate(all_rows, start=1):
            self.page(_param_url(p), self._listing("法规文件", rows, self._param_pager(p)))

    def _param_pager(self, page: int) -> str:
        def a(n: int, text: str) -> str:
            return f'<a href="{esc(_param_url(n, explicit=True))}">{text}</a>'

        parts = []
        if page > 1:
            parts += [a(1, "&lt;&lt;"), a(page - 1, "&lt;")]
        for n in range(max(1, page - 1), min(PARAM_PAGES, page + 1) + 1):
            parts.append(f'<span class="cur">{n}</span>' if n == page else a(n, str(n)))
        if page < PARAM_PAGES:
            parts += [a(page + 1, "&gt;"), a(PARAM_PAGES, "&gt;&gt;")]
        return '<div class="pages">' + " ".join(parts) + "</div>"

    # --- 政务公开: GridView, Page$First/Prev/Next/Last ----------------------------------------
    def _grid_column(self) -> None:
        reports = {(4, 5): ("004", "安化县2020年度法治政府建设工作开展情况")}
        all_rows = self._rows(GRID_PAGES, "安化县政务服务事项办理情况公示", "/Info", reports)
        self.grid_rows = [row for rows in all_rows for row in rows]
        self.page(GRID_LIST, self._grid_page(1))

    def _grid_page(self, page: int, search: bool = False) -> str:
        rows = [] if search else self.grid_rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        trs = "".join(
            f'<tr><td><a href="{esc(u)}" target="_blank">{esc(t)}</a></td><td>{d}</td></tr>'
            for t, u, d in rows
        )

        def post(argument: str, text: str) -> str:
            return (
                f"<td><a href=\"javascript:__doPostBack('{GRID}','{argument}')\">{text}</a></td>"
            )

        cells = []
        if page > 1:
            cells += [post("Page$First", "首页"), post("Page$Prev", "上一页")]
        if page < GRID_PAGES:
            cells += [post("Page$Next", "下一页"), post("Page$Last", "尾页")]
        grid = (
            '<table class="gv" cellspacing="0" rules="all" border="1" id="ctl00_Main_GridView1">'
            f"<tr><th scope=\"col\"><a href=\"javascript:__doPostBack('{GRID}','Sort$Title')\">"
            '标题</a></th><th scope="col">发布日期</th></tr>'
            + trs
            + f'<tr class="pager"><td colspan="2"><table><tr>{"".join(cells)}</tr></table>'
            + f"</td></tr></table><p>第{page}页/共{GRID_PAGES}页</p>"
        )
        form = (
            '<form method="post" action="./List.aspx?cid=3" id="aspnetForm">\n'
            '<div class="aspNetHidden">'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(page)}" />'
            '</div>\n<script type="text/javascript">\n//<![CDATA[\n'
            "var theForm = document.forms['aspnetForm'];\n"
            "function __doPostBack(eventTarget, eventArgument) {\n"
            "    theForm.__EVENTTARGET.value = eventTarget;\n"
            "    theForm.__EVENTARGUMENT.value = eventArgument;\n"
            "    theForm.submit();\n}\n//]]>\n</script>\n"
            '<div class="aspNetHidden">'
            f'<input type="hidden" name="__VIEWSTATEGENERATOR" value="{GENERATOR}" />'
            f'<input type="hidden" name="__EVENTVALIDATION" value="{_validation(page)}" />'
            "</div>\n"
            '<div class="search">站内搜索：<input name="ctl00$txtKey" type="text" />'
            '<input type="submit" name="ctl00$btnSearch" value="搜索" /> '
            "<a href=\"javascript:__doPostBack('ctl00$lbtnLogin','')\">用户登录</a></div>\n"
        )
        return self._listing("政务公开", [], "", list_html=grid, form=form)

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.method == "POST" and hit.path == "/Info/List.aspx":
            return self._postback(hit)
        return super().dynamic(hit)

    def _postback(self, hit: Hit) -> Reply:
        """As ASP.NET: the page comes from the posted viewstate; a pager event moves from it."""
        form = {k: v[0] for k, v in parse_qs(hit.body.decode("ascii", "replace")).items()}
        known = {_viewstate(n): n for n in range(1, GRID_PAGES + 1)}
        state = form.get("__VIEWSTATE", "")
        if state not in known or form.get("__EVENTVALIDATION") != _validation(known[state]):
            return html_reply(
                "<h2>“/”应用程序中的服务器错误。</h2><p>验证视图状态 MAC 失败。</p>", status=500
            )
        if "ctl00$btnSearch" in form:
            return html_reply(self._grid_page(1, search=True))
        page = known[state]
        if form.get("__EVENTTARGET") == GRID:
            moves = {
                "Page$First": 1,
                "Page$Prev": page - 1,
                "Page$Next": page + 1,
                "Page$Last": GRID_PAGES,
            }
            argument = form.get("__EVENTARGUMENT", "")
            page = moves.get(argument, page)
            if argument.startswith("Page$") and argument[5:].isdigit():
                page = int(argument[5:])
            page = min(max(page, 1), GRID_PAGES)
        return html_reply(self._grid_page(page))

    # --- frame ---------------------------------------------------------------------------------
    def _listing(
        self,
        column: str,
        rows: list[tuple[str, str, str]],
        pager: str,
        *,
        list_html: str | None = None,
        form: str = "",
    ) -> str:
        lis = "\n".join(
            f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a>'
            f"<span>{esc(d)}</span></li>"
            for t, u, d in rows
        )
        side = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in NAV[1:])
        body = list_html if list_html is not None else f'<ul class="list">\n{lis}\n</ul>'
        html = (
            pages.head(f"{column}_{SITE}", site_name=SITE)
            + _top()
            + form
            + '<div class="main w1200">\n'
            + pages.breadcrumb([("首页", "/"), (column, "#")])
            + f'<div class="left"><h3>栏目导航</h3><ul class="tree">{side}</ul></div>\n'
            + f'<div class="right"><h2 class="column-title">{esc(column)}</h2>\n{body}\n'
            + f"{pager}\n</div></div>\n"
            + ("</form>\n" if form else "")
            + pages.footer(SITE, icp="湘ICP备05004321号-1", code="4309230001")
        )
        return html

    def _home(self) -> None:
        boxes = "".join(
            f'<div class="box"><h3>{esc(t)}</h3><a class="more" href="{esc(u)}">更多&gt;&gt;</a>'
            "</div>\n"
            for t, u in NAV[1:]
        )
        self.page(
            "/",
            pages.head(SITE, site_name=SITE)
            + _top()
            + f'<div class="main w1200">{boxes}</div>\n'
            + pages.footer(SITE, icp="湘ICP备05004321号-1", code="4309230001"),
        )


def _block_url(page: int) -> str:
    return BLOCK_LIST if page == 1 else f"/tzgg/list_{page}.html"


def _empire_url(page: int) -> str:
    return "/zcwj/index.html" if page == 1 else f"/zcwj/index_{page}.html"


def _param_url(page: int, explicit: bool = False) -> str:
    return PARAM_LIST if page == 1 and not explicit else f"{PARAM_LIST}&page={page}"


def _top() -> str:
    """The usual top bar with this portal's own navigation (no links to pages it lacks)."""
    bar = pages.top_bar(SITE, "安化县")
    nav = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in NAV)
    return bar[: bar.index('<div class="nav">')] + f'<div class="nav"><ul>{nav}</ul></div>\n'

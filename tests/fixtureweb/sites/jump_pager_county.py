"""A Shandong county portal (鄄城县) whose long columns page only by pagers that are not plain
links to page 2, the kinds less common CMSs write; each report sits past page 3 of a column of
15–20 items a page, most of them ordinary notices, documents and 法治 news:

- 通知公告 (`/tzgg/list.htm`, then `list_2.htm` … `list_8.htm`, 18 a page): `共144条记录 第1/8页`
  and a jump box `<select onchange="location.href=this.value">` whose `<option value=
  "list_3.htm">第3页</option>` are the only way past page 1; the 县司法局's 2024 report on page 6;
  beside it a notice asking units to 报送 their 2024 法治政府建设 reports;
- 法治建设 (政务公开, `/zwgk/fzjs/more.html`, then `more_2.html` … `more_7.html`, 15 a page):
  `第1/7页 首页 上一页 下一页 尾页 转到[ ]页 GO` where every link is `javascript:goPage(n)` and an
  inline `function goPage(n){… location.href = 'more_' + n + '.html';}` knows the URL (page 1
  is `more.html`; the generator also writes `more_1.html`, what 首页 asks for); the 县政府's
  2024 report on page 4, with its 一图读懂, the 常务会议 that 听取 it, 工作要点, 考核, 述法;
- 其他主动公开内容 (政府信息公开目录, `/xxgk/qtgk/index.html`, `index_2.html` … `index_7.html`,
  20 a page, a table of 索引号/名称/发布日期): the page carries only `<input type="hidden"
  id="totalPage" value="7">`, `currentPage`, `pageUrl` (`/xxgk/qtgk/index_{page}.html`) and an
  empty `<div id="pageBar">` that the site-wide `/js/pagebar.js` fills; the 县政府's 2023 report
  on page 5, beside 政府信息公开工作年度报告 and the 2024 工作要点;
- 政策文件 (`/zwgk/zcwj/index.html`, TRS numbering from 0: `index_1.html` is page 2, up to
  `index_8.html`): page 1 shows only `下一页` (→ `index_1.html`) and `末页` (→ `index_8.html`);
  no report, a 实施方案 and a 工作要点 印发 notice deep in it;
- the 县司法局's old 动易 ASP site (`/sfj/`, GBK): its 依法治县 class (`/sfj/Article/
  ShowClass.asp?ClassID=12`, `&page=N`, 20 a page) pages only by `<img src=…next.gif alt="">`
  buttons (`页次：1/6页` in text); list titles cut to 18 characters with `...` (the full title in
  a tooltip); the 2020 report on page 4; its articles show `文章来源：… 更新时间：2021-3-15`.

Detail pages: notices `发布时间：… 来源：…` with 相关文章; 法治建设 a 信息公开 table (索引号, 主题
分类, 发布机构, 成文日期, 文号, 发布日期); 信息公开目录 a `<ul>` grid (名称 in it, U+2002 in
labels); TRS documents a table with 发文机关/发文字号; 动易 the classic 【发表评论】【打印此文】
【关闭窗口】 and 上一篇文章/下一篇文章. Furniture: 无障碍 toolbar, masthead, breadcrumbs, share
bar, footer with ICP备/公网安备/网站标识码, a footer `<select>` of 政府网站 links (not a pager).
"""

from __future__ import annotations

import itertools
import random
import re
from datetime import date, timedelta

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "鄄城县人民政府"
GOV = "鄄城县人民政府"
GOV_OFFICE = "鄄城县人民政府办公室"
SFJ = "鄄城县司法局"
CODE = "3717260001"
CREDIT = "11371726004318537B"
SFJ_CREDIT = "11371726004318641T"
TOWNS = [
    "什集镇",
    "红船镇",
    "旧城镇",
    "闫什镇",
    "箕山镇",
    "李进士堂镇",
    "董口镇",
    "临濮镇",
    "彭楼镇",
]
NAV = [
    ("首页", "/"),
    ("走进鄄城", "/zjjc/index.html"),
    ("新闻中心", "/xwzx/ywdt/index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("信息公开", "/xxgk/index.html"),
    ("政务服务", "http://www.shandong.gov.cn/api-gateway/jpaas-jiq-web-front/index"),
    ("互动交流", "/hdjl/index.html"),
]
TZGG, FZJS, QTGK, ZCWJ = (
    "/tzgg/list.htm",
    "/zwgk/fzjs/more.html",
    "/xxgk/qtgk/index.html",
    ("/zwgk/zcwj/index.html"),
)
ASP_CLASS = "/sfj/Article/ShowClass.asp?ClassID=12"

Item = tuple[str, str, str]  # title, path, date


def _dates(start: date, gap: float, n: int) -> list[str]:
    return [(start - timedelta(days=round(i * gap))).isoformat() for i in range(n)]


def _merge(pool: list[str], dates: list[str], specials: dict[str, str]) -> list[tuple[str, str]]:
    """(title, date) pairs newest first: each date takes the next title of the pool that names
    no year after it; a special goes before the fillers of its own date."""
    left = list(pool)
    fillers = []
    for d in dates:
        year = int(d[:4])

        def fit(t: str, year: int = year) -> int:
            named = [int(y) for y in re.findall(r"20\d\d", t)]
            return 9 if any(y > year for y in named) else year - max(named, default=year - 2)

        title = min(left, key=fit)
        left.remove(title)
        fillers.append((title, d))
    tagged = [(d, 1, t) for t, d in specials.items()] + [(d, 0, t) for t, d in fillers]
    return [(t, d) for d, _, t in sorted(tagged, reverse=True)]


class JumpPagerCountySite(BlindSite):
    name = "jump_pager_county"
    region = "山东省菏泽市鄄城县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 310270
        self.asp_id = 2105
        self.kinds: dict[str, str] = {}
        self.heads: dict[str, list[Item]] = {}
        self.specs: list[tuple[str, tuple]] = []
        self._tzgg()
        self._fzjs()
        self._qtgk()
        self._zcwj()
        self._sfj()
        self._small_columns()
        self._zwgk_pages()
        self._home()
        for path, spec in self.specs:
            self._render(path, spec)
        self.page("/js/pagebar.js", PAGEBAR_JS)
        self.pages["/js/pagebar.js"].headers["Content-Type"] = "application/javascript"

    # --- 通知公告: a jump box -------------------------------------------------------------------
    def _tzgg(self) -> None:
        size, count = 18, 8
        specials = {
            "鄄城县司法局2024年度法治政府建设工作报告": "2025-03-28",
            "关于报送2024年度法治政府建设情况报告的通知": "2025-01-06",
            "关于召开全县2025年法治政府建设工作会议的通知": "2025-04-21",
            "关于开展2025年“民法典宣传月”活动的通知": "2025-05-06",
            "关于公布鄄城县2024年度行政执法监督典型案例的通知": "2025-02-17",
        }
        n_fill = size * count - len(specials)
        pairs = _merge(_tzgg_titles(3 * n_fill), _dates(date(2025, 12, 5), 2.2, n_fill), specials)
        items: list[Item] = []
        for title, pub in pairs:
            path = self._path("/tzgg/content", pub, ".htm")
            if title == "鄄城县司法局2024年度法治政府建设工作报告":
                body = self.gold_report(path, "001", title, publisher=SFJ, publish_date=pub)
                self._note(path, ("notice", title, body, pub, SFJ))
            else:
                negative = title in specials
                source = SFJ if "法" in title else GOV_OFFICE
                body = NEGATIVE_BODY if negative else FILLER_BODY
                if negative:
                    self.negative_titles.append(title)
                self._note(path, ("notice", title, body, pub, source))
            items.append((title, path, pub))
        self.heads["tzgg"] = items
        for n in range(1, count + 1):
            chunk = items[(n - 1) * size : n * size]
            url = "list.htm" if n == 1 else f"list_{n}.htm"
            options = "".join(
                f'<option value="{"list.htm" if k == 1 else f"list_{k}.htm"}"'
                + (" selected" if k == n else "")
                + f">第{k}页</option>"
                for k in range(1, count + 1)
            )
            pager = (
                '<div class="pagebar">'
                f"共{len(items)}条记录&nbsp;&nbsp;每页{size}条&nbsp;&nbsp;第{n}/{count}页&nbsp;&nbsp;"
                f'跳转至：<select name="jumpPage" onchange="location.href=this.value">{options}'
                "</select></div>"
            )
            rows = "".join(
                f'<li><span class="date">{esc(d)}</span><a href="{esc(p)}" target="_blank"'
                f' title="{esc(t)}">{esc(t)}</a></li>'
                for t, p, d in chunk
            )
            main = (
                self._side("新闻中心", [("鄄城要闻", "/xwzx/ywdt/index.html"), ("通知公告", TZGG)])
                + '<div class="list-right"><div class="list-tit"><span>通知公告</span></div>'
                + f'<ul class="news-list">{rows}</ul>{pager}</div>'
            )
            self.page(
                f"/tzgg/{url}",
                self._frame(
                    "通知公告",
                    [("首页", "/"), ("新闻中心", "/xwzx/ywdt/index.html"), ("通知公告", TZGG)],
                    main,
                ),
            )
            self.kinds[f"/tzgg/{url}"] = "list 通知公告"

    # --- 法治建设: goPage(n) -----------------------------------------------------------------
    def _fzjs(self) -> None:
        size, count = 15, 7
        report = "鄄城县人民政府关于2024年度法治政府建设情况的报告"
        specials = {
            report: "2025-03-31",
            "一图读懂《鄄城县人民政府关于2024年度法治政府建设情况的报告》": "2025-04-02",
            "鄄城县2025年法治政府建设工作要点": "2025-04-16",
            "鄄城县2025年普法依法治理工作要点": "2025-04-24",
            "县政府第41次常务会议听取全县2024年度法治政府建设工作情况报告": "2025-03-19",
            "鄄城县人民政府县长2024年度述法报告": "2025-03-07",
            "鄄城县2024年度法治政府建设考核结果通报": "2025-02-21",
            "关于2024年度法治政府建设督察反馈问题整改情况的报告": "2024-12-16",
            "鄄城县召开2024年法治政府建设示范创建推进会": "2024-09-12",
        }
        n_fill = size * count - len(specials)
        pairs = _merge(_fzjs_titles(3 * n_fill), _dates(date(2025, 12, 3), 4.6, n_fill), specials)
        items: list[Item] = []
        for title, pub in pairs:
            path = self._path("/zwgk/fzjs", pub, ".html")
            num = self.next_id % 1000
            meta = {
                "index_no": f"{CREDIT}/{pub[:4]}-{num:05d}",
                "publisher": GOV_OFFICE if "会" in title else SFJ,
                "written_date": pub,
                "doc_no": "",
            }
            if title == report:
                meta = {
                    "index_no": f"{CREDIT}/2025-00086",
                    "publisher": GOV,
                    "written_date": "2025-03-27",
                    "doc_no": "鄄政字〔2025〕12号",
                }
                body = self.gold_report(path, "003", title, publish_date=pub, **meta)
            elif title in specials:
                body = NEGATIVE_BODY
                self.negative_titles.append(title)
                if "述法" in title or "整改" in title:
                    meta["publisher"] = GOV
            else:
                body = FILLER_BODY
            self._note(path, ("table", title, body, pub, meta))
            items.append((title, path, pub))
        self.heads["fzjs"] = items
        script = (
            '<script type="text/javascript">\n'
            "function goPage(n){\n"
            "  n = parseInt(n, 10);\n"
            f"  if (isNaN(n) || n < 1 || n > {count}) {{ alert('请输入正确的页码！'); return; }}\n"
            "  location.href = 'more_' + n + '.html';\n"
            "}\n</script>\n"
        )
        for n in range(1, count + 1):
            chunk = items[(n - 1) * size : n * size]

            def link(text: str, k: int, live: bool) -> str:
                return (
                    f'<a href="javascript:goPage({k})">{text}</a>'
                    if live
                    else f"<span>{text}</span>"
                )

            pager = (
                f'<div class="fenye">第{n}/{count}页&nbsp;'
                + link("首页", 1, n > 1)
                + "&nbsp;"
                + link("上一页", n - 1, n > 1)
                + "&nbsp;"
                + link("下一页", n + 1, n < count)
                + "&nbsp;"
                + link("尾页", count, n < count)
                + '&nbsp;转到<input type="text" id="toPage" size="3" class="page-input" />页'
                + '<input type="button" value="GO" class="page-go"'
                + " onclick=\"goPage(document.getElementById('toPage').value)\" /></div>"
            )
            rows = "".join(
                f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>[{esc(d)}]</span></li>"
                for t, p, d in chunk
            )
            main = (
                self._zwgk_side()
                + '<div class="list-right"><div class="list-tit"><span>法治建设</span></div>'
                + f'<ul class="news-list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(
                "法治建设",
                [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("法治建设", FZJS)],
                main,
                scripts=script,
            )
            self.page(f"/zwgk/fzjs/more_{n}.html", html)
            self.kinds[f"/zwgk/fzjs/more_{n}.html"] = "list 法治建设"
            if n == 1:
                self.page(FZJS, html)
                self.kinds[FZJS] = "list 法治建设"

    # --- 其他主动公开内容: hidden inputs and /js/pagebar.js ------------------------------------
    def _qtgk(self) -> None:
        size, count = 20, 7
        report = "鄄城县人民政府关于2023年度法治政府建设情况的报告"
        specials = {
            report: "2024-03-29",
            "鄄城县人民政府2023年政府信息公开工作年度报告": "2024-01-19",
            "鄄城县2024年法治政府建设工作要点": "2024-04-12",
            "鄄城县人民政府2022年政府信息公开工作年度报告": "2023-01-17",
            "关于鄄城县2023年度法治政府建设第三方评估情况的公示": "2024-02-26",
            "鄄城县2024年度重大行政决策事项目录": "2024-02-02",
        }
        n_fill = size * count - len(specials)
        pairs = _merge(_qtgk_titles(3 * n_fill), _dates(date(2025, 12, 1), 7.0, n_fill), specials)
        items: list[tuple[str, str, str, str]] = []
        for title, pub in pairs:
            path = self._path("/xxgk/qtgk", pub, ".html")
            num = self.next_id % 1000
            meta = {
                "index_no": f"{CREDIT}/{pub[:4]}-{num:05d}",
                "publisher": GOV_OFFICE,
                "written_date": pub,
                "doc_no": "",
            }
            if title == report:
                meta = {
                    "index_no": f"{CREDIT}/2024-00063",
                    "publisher": GOV,
                    "written_date": "2024-03-26",
                    "doc_no": "鄄政字〔2024〕8号",
                }
                body = self.gold_report(path, "000", title, publish_date=pub, **meta)
            elif title in specials:
                body = NEGATIVE_BODY
                self.negative_titles.append(title)
            else:
                body = FILLER_BODY
            self._note(path, ("grid", title, body, pub, meta))
            items.append((title, path, pub, meta["index_no"]))
        self.heads["qtgk"] = [(t, p, d) for t, p, d, _ in items]
        for n in range(1, count + 1):
            chunk = items[(n - 1) * size : n * size]
            rows = "".join(
                f"<tr><td>{esc(i)}</td>"
                f'<td class="tit"><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a></td>'
                f"<td>{esc(d)}</td></tr>"
                for t, p, d, i in chunk
            )
            table = (
                '<table class="xxgk-list" width="100%"><thead><tr><th width="24%">索引号</th>'
                '<th>名称</th><th width="14%">发布日期</th></tr></thead>'
                f"<tbody>{rows}</tbody></table>"
            )
            pager = (
                f'<input type="hidden" id="totalPage" value="{count}" />'
                f'<input type="hidden" id="currentPage" value="{n}" />'
                '<input type="hidden" id="pageUrl" value="/xxgk/qtgk/index_{page}.html" />'
                '<div class="pages" id="pageBar"></div>'
                '<script type="text/javascript" src="/js/pagebar.js"></script>'
            )
            main = (
                self._xxgk_side()
                + '<div class="list-right"><div class="list-tit"><span>其他主动公开内容</span></div>'
                + table
                + pager
                + "</div>"
            )
            path = QTGK if n == 1 else f"/xxgk/qtgk/index_{n}.html"
            html = self._frame(
                "其他主动公开内容",
                [("首页", "/"), ("政府信息公开", "/xxgk/index.html"), ("其他主动公开内容", QTGK)],
                main,
            )
            self.page(path, html)
            self.kinds[path] = "list 其他主动公开"
            if n == 1:
                self.page("/xxgk/qtgk/", html)

    # --- 政策文件: TRS numbering from 0, only 下一页 and 末页 on page 1 --------------------------
    def _zcwj(self) -> None:
        size, count = 15, 9
        specials = {
            "鄄城县人民政府关于印发鄄城县法治政府建设实施方案（2021—2025年）的通知": "2022-01-14",
            "鄄城县人民政府办公室关于印发鄄城县2023年法治政府建设工作要点的通知": "2023-04-07",
            "鄄城县人民政府关于做好2023年度法治政府建设年度报告工作的通知": "2023-12-28",
        }
        n_fill = size * count - len(specials)
        pairs = _merge(
            _zcwj_titles(3 * n_fill), _dates(date(2025, 11, 28), 10.0, n_fill), specials
        )
        items: list[Item] = []
        for k, (title, pub) in enumerate(pairs):
            path = self._path("/zwgk/zcwj", pub, ".html").replace("/zwgk/zcwj/", "/zwgk/zcwj/")
            office = "办公室" in title
            num = 30 - k % 30
            meta = {
                "index_no": f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                "publisher": GOV_OFFICE if office else GOV,
                "written_date": pub,
                "doc_no": f"鄄政{'办' if office else ''}发〔{pub[:4]}〕{num}号",
            }
            negative = title in specials
            if negative:
                self.negative_titles.append(title)
            self._note(path, ("trs", title, NEGATIVE_BODY if negative else FILLER_BODY, pub, meta))
            items.append((title, path, pub))
        self.heads["zcwj"] = items
        for n in range(count):
            chunk = items[n * size : (n + 1) * size]

            def name(k: int) -> str:
                return "index.html" if k == 0 else f"index_{k}.html"

            links = []
            if n > 0:
                links += ['<a href="index.html">首页</a>', f'<a href="{name(n - 1)}">上一页</a>']
            if n < count - 1:
                links += [
                    f'<a href="{name(n + 1)}">下一页</a>',
                    f'<a href="{name(count - 1)}">末页</a>',
                ]
            pager = '<div class="page">' + "&nbsp;&nbsp;".join(links) + "</div>"
            rows = "".join(
                f'<li><a href="./{esc(p.removeprefix("/zwgk/zcwj/"))}" target="_blank"'
                f' title="{esc(t)}">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, p, d in chunk
            )
            main = (
                self._zwgk_side()
                + '<div class="list-right"><div class="list-tit"><span>政策文件</span></div>'
                + f'<ul class="news-list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(
                "政策文件",
                [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("政策文件", ZCWJ)],
                main,
            )
            self.page(f"/zwgk/zcwj/{name(n)}", html)
            self.kinds[f"/zwgk/zcwj/{name(n)}"] = "list 政策文件"
            if n == 0:
                self.page("/zwgk/zcwj/", html)

    # --- the 县司法局's old 动易 site ---------------------------------------------------------
    def _sfj(self) -> None:
        size, count = 20, 6
        report = "鄄城县2020年度法治政府建设工作开展情况"
        specials = {
            report: "2021-03-15",
            "鄄城县2021年普法依法治理工作要点": "2021-03-02",
            "关于报送2020年度法治政府建设工作情况的通知": "2020-12-21",
            "县政府常务会议听取2020年度法治政府建设工作汇报": "2021-03-09",
            "鄄城县法治政府建设示范创建工作推进会召开": "2021-05-20",
            "鄄城县“七五”普法工作总结": "2020-12-08",
        }
        n_fill = size * count - len(specials)
        pairs = _merge(_sfj_titles(3 * n_fill), _dates(date(2022, 6, 10), 7.0, n_fill), specials)
        items: list[Item] = []
        for title, pub in pairs:
            self.asp_id += 7
            path = f"/sfj/Article/ShowArticle.asp?ArticleID={self.asp_id}"
            if title == report:
                body = self.gold_report(path, "004", title, publisher=SFJ, publish_date=pub)
            elif title in specials:
                body = NEGATIVE_BODY
                self.negative_titles.append(title)
            else:
                body = FILLER_BODY
            items.append((title, path, pub))
            self._note(path, ("asp", title, body, pub, SFJ))
        self.heads["sfj"] = items
        for n in range(1, count + 1):
            chunk = items[(n - 1) * size : n * size]
            self._asp_list(12, "依法治县", chunk, n=n, count=count, total=len(items), size=size)
        for cid, cname in ASP_CLASSES.items():
            if cid == 12:
                continue
            chunk = []
            for k in range(6):
                self.asp_id += 5
                pub = (date(2022, 5, 28) - timedelta(days=19 * k + cid)).isoformat()
                title = f"{cname}：{TOWNS[(k + cid) % len(TOWNS)]}司法所{['开展', '召开', '组织'][k % 3]}{['法律咨询活动', '矛盾纠纷排查会', '社区矫正对象集中教育'][k % 3]}"
                path = f"/sfj/Article/ShowArticle.asp?ArticleID={self.asp_id}"
                self._note(path, ("asp", title, FILLER_BODY, pub, SFJ))
                chunk.append((title, path, pub))
            self.heads[f"sfj{cid}"] = chunk
            self._asp_list(cid, cname, chunk, n=1, count=1, total=len(chunk), size=size)
        # The old site's home: each class's newest items.
        boxes = "".join(
            '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">'
            f'<tr><td class="box_title">{esc(cname)}</td><td align="right">'
            f'<a href="Article/ShowClass.asp?ClassID={cid}">更多&gt;&gt;</a></td></tr>'
            + "".join(
                f'<tr><td colspan="2">·<a href="{esc(p.removeprefix("/sfj/"))}" target="_blank">'
                f"{esc(_cut(t))}</a></td></tr>"
                for t, p, _ in self.heads["sfj" if cid == 12 else f"sfj{cid}"][:6]
            )
            + "</table>"
            for cid, cname in ASP_CLASSES.items()
        )
        html = self._asp_frame("鄄城县司法局", boxes, depth="")
        self.page("/sfj/", html, encoding="gbk", header_charset="gb2312")
        self.page("/sfj/index.asp", html, encoding="gbk", header_charset="gb2312")

    def _asp_list(
        self, cid: int, cname: str, chunk: list[Item], *, n: int, count: int, total: int, size: int
    ) -> None:
        def button(img: str, k: int, live: bool) -> str:
            tag = f'<img src="/sfj/Images/{img}{"" if live else "_d"}.gif" alt="" border="0" align="absmiddle">'
            return f'<a href="ShowClass.asp?ClassID={cid}&amp;page={k}">{tag}</a>' if live else tag

        rows = "".join(
            '<tr><td class="listbg" height="24"><img src="/sfj/Images/article_common.gif">'
            f'<a href="ShowArticle.asp?ArticleID={esc(p.rsplit("=", 1)[1])}" target="_blank"'
            f' title="文章标题：{esc(t)}&#13;&#10;作　　者：佚名&#13;&#10;更新时间：{_asp_date(d)} 9:{(len(t) * 7) % 60:02d}:{len(t) % 60:02d}">'
            f'{esc(_cut(t))}</a></td><td width="80" align="right" class="listbg">'
            f'<font color="#999999">{_asp_date(d)}</font></td></tr>'
            for t, p, d in chunk
        )
        pager = (
            f'<table width="100%"><tr><td align="center">共 <b>{total}</b> 篇文章&nbsp;&nbsp;'
            + button("first", 1, n > 1)
            + "&nbsp;"
            + button("prev", n - 1, n > 1)
            + "&nbsp;"
            + button("next", n + 1, n < count)
            + "&nbsp;"
            + button("last", count, n < count)
            + f"&nbsp;&nbsp;页次：<strong><font color=red>{n}</font>/{count}</strong>页&nbsp;"
            + f"<b>{size}</b>篇文章/页</td></tr></table>"
        )
        main = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="border">'
            f'<tr><td class="title_main">您现在的位置：&nbsp;<a href="../index.asp">鄄城县司法局</a>'
            f'&nbsp;&gt;&gt;&nbsp;<a href="ShowClass.asp?ClassID={cid}">{esc(cname)}</a></td></tr>'
            f'<tr><td><table width="100%">{rows}</table></td></tr>'
            f"<tr><td>{pager}</td></tr></table>"
        )
        html = self._asp_frame(cname, main, depth="../")
        base = f"/sfj/Article/ShowClass.asp?ClassID={cid}"
        self.page(f"{base}&page={n}", html, encoding="gbk", header_charset="gb2312")
        self.kinds[f"{base}&page={n}"] = f"list sfj {cid}"
        if n == 1:
            self.page(base, html, encoding="gbk", header_charset="gb2312")
            self.kinds[base] = f"list sfj {cid}"

    # --- small pages --------------------------------------------------------------------------
    def _small_columns(self) -> None:
        news = [
            ("县政府召开常务会议 听取全县法治政府建设工作情况报告", "2025-03-19", True),
            ("鄄城县召开2025年经济工作会议", "2025-12-02", False),
            ("县领导调研冬季安全生产工作", "2025-11-27", False),
            ("鄄城县举办第四届发制品产业博览会", "2025-11-20", False),
            ("县委理论学习中心组开展习近平法治思想专题学习", "2025-11-12", True),
            ("鄄城县召开秋冬季森林防火工作部署会", "2025-11-06", False),
            ("鄄城县开展“宪法宣传周”系列活动", "2025-12-04", False),
        ]
        items = []
        for title, pub, negative in sorted(news, key=lambda x: x[1], reverse=True):
            path = self._path("/xwzx/ywdt", pub, ".html")
            if negative:
                self.negative_titles.append(title)
            self._note(
                path,
                (
                    "notice",
                    title,
                    NEGATIVE_BODY if negative else FILLER_BODY,
                    pub,
                    "鄄城县融媒体中心",
                ),
            )
            items.append((title, path, pub))
        self.heads["ywdt"] = items
        rows = "".join(
            f'<li><span class="date">{esc(d)}</span><a href="{esc(p)}" target="_blank">{esc(t)}</a></li>'
            for t, p, d in items
        )
        main = (
            self._side("新闻中心", [("鄄城要闻", "/xwzx/ywdt/index.html"), ("通知公告", TZGG)])
            + '<div class="list-right"><div class="list-tit"><span>鄄城要闻</span></div>'
            + f'<ul class="news-list">{rows}</ul><div class="pagebar">共{len(items)}条记录 第1/1页</div></div>'
        )
        self.page(
            "/xwzx/ywdt/index.html",
            self._frame("鄄城要闻", [("首页", "/"), ("新闻中心", "/xwzx/ywdt/index.html")], main),
        )
        # 政府信息公开年报, 指南, 机构职能: one page each.
        for col, cname, titles in [
            (
                "ndbg",
                "政府信息公开年报",
                [f"鄄城县人民政府{y}年政府信息公开工作年度报告" for y in range(2024, 2018, -1)],
            ),
            ("gkzn", "政府信息公开指南", ["鄄城县人民政府信息公开指南"]),
            ("jgzn", "机构职能", ["鄄城县人民政府领导分工", "鄄城县人民政府办公室主要职责"]),
        ]:
            items = []
            for k, title in enumerate(titles):
                pub = f"{2025 - k}-01-{15 + k % 9}" if col == "ndbg" else "2025-02-10"
                path = self._path(f"/xxgk/{col}", pub, ".html")
                meta = {
                    "index_no": f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                    "publisher": GOV_OFFICE,
                    "written_date": pub,
                    "doc_no": "",
                }
                if col == "ndbg":
                    self.negative_titles.append(title)
                self._note(path, ("grid", title, FILLER_BODY, pub, meta))
                items.append((title, path, pub, meta["index_no"]))
            rows = "".join(
                f"<tr><td>{esc(i)}</td>"
                f'<td class="tit"><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a></td>'
                f"<td>{esc(d)}</td></tr>"
                for t, p, d, i in items
            )
            main = (
                self._xxgk_side()
                + f'<div class="list-right"><div class="list-tit"><span>{esc(cname)}</span></div>'
                + '<table class="xxgk-list" width="100%"><thead><tr><th width="24%">索引号</th>'
                + f'<th>名称</th><th width="14%">发布日期</th></tr></thead><tbody>{rows}</tbody></table>'
                + "</div>"
            )
            self.page(
                f"/xxgk/{col}/index.html",
                self._frame(
                    cname,
                    [("首页", "/"), ("政府信息公开", "/xxgk/index.html"), (cname, "#")],
                    main,
                ),
            )
        for path, cname, text in [
            (
                "/zjjc/index.html",
                "走进鄄城",
                "鄄城县位于山东省西南部，菏泽市北部，黄河下游南岸，总面积1032平方公里。",
            ),
            (
                "/hdjl/index.html",
                "互动交流",
                "县长信箱、在线咨询、民意征集请通过“鄄城县人民政府”微信公众号办理。",
            ),
        ]:
            main = f'<div class="article"><h1>{esc(cname)}</h1><div class="article-con"><p>{esc(text)}</p></div></div>'
            self.page(path, self._frame(cname, [("首页", "/"), (cname, path)], main))

    def _zwgk_pages(self) -> None:
        def box(title: str, more: str, items: list[Item]) -> str:
            return (
                f'<div class="zwgk-box"><div class="tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{esc(more)}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, p, d in items[:6]
                )
                + "</ul></div>"
            )

        main = (
            self._zwgk_side()
            + '<div class="list-right">'
            + box("政策文件", ZCWJ, self.heads["zcwj"])
            + box("法治建设", FZJS, self.heads["fzjs"])
            + box("通知公告", TZGG, self.heads["tzgg"])
            + '<div class="zwgk-entry"><a href="/xxgk/index.html"><img src="/images/xxgkml.png"'
            + ' alt="政府信息公开目录" /></a></div></div>'
        )
        self.page(
            "/zwgk/index.html",
            self._frame("政务公开", [("首页", "/"), ("政务公开", "/zwgk/index.html")], main),
        )
        self.page("/zwgk/", self.sources["/zwgk/index.html"])
        intro = (
            '<div class="list-right"><div class="list-tit"><span>政府信息公开</span></div>'
            "<p>根据《中华人民共和国政府信息公开条例》，鄄城县人民政府主动公开政府信息。"
            "公民、法人或者其他组织可通过本目录查阅。</p>"
            + box("其他主动公开内容", QTGK, self.heads["qtgk"])
            + "</div>"
        )
        self.page(
            "/xxgk/index.html",
            self._frame(
                "政府信息公开",
                [("首页", "/"), ("政府信息公开", "/xxgk/index.html")],
                self._xxgk_side() + intro,
            ),
        )
        self.page("/xxgk/", self.sources["/xxgk/index.html"])

    def _home(self) -> None:
        def box(title: str, more: str, items: list[Item], n: int = 7) -> str:
            return (
                f'<div class="home-box"><div class="tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{esc(more)}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, p, d in items[:n]
                )
                + "</ul></div>"
            )

        quick = (
            '<div class="home-box zwgk-quick"><div class="tit"><span>政务公开</span></div><ul class="icons">'
            '<li><a href="/xxgk/index.html">政府信息公开目录</a></li>'
            f'<li><a href="{ZCWJ}">政策文件</a></li>'
            f'<li><a href="{FZJS}">法治建设</a></li>'
            '<li><a href="/xxgk/ndbg/index.html">政府信息公开年报</a></li>'
            '<li><a href="/xxgk/gkzn/index.html">政府信息公开指南</a></li></ul></div>'
        )
        depts = (
            '<div class="home-box bmwz"><div class="tit"><span>部门网站</span></div><ul>'
            '<li><a href="/sfj/" target="_blank">县司法局</a></li>'
            '<li><a href="http://jyj.juancheng.gov.cn/" target="_blank">县教育和体育局</a></li>'
            '<li><a href="http://wjj.juancheng.gov.cn/" target="_blank">县卫生健康局</a></li></ul></div>'
        )
        main = (
            '<div class="banner"><img src="/images/banner.jpg" alt="黄河滩区 幸福鄄城" /></div>'
            + '<div class="home-row">'
            + box("鄄城要闻", "/xwzx/ywdt/index.html", self.heads["ywdt"])
            + box("通知公告", TZGG, self.heads["tzgg"])
            + "</div><div class='home-row'>"
            + quick
            + depts
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- detail pages -------------------------------------------------------------------------
    def _note(self, path: str, spec: tuple) -> None:
        """Record a detail page; pages are rendered once every column is known."""
        body = spec[2]
        self.kinds[path] = (
            "report"
            if body not in (FILLER_BODY, NEGATIVE_BODY)
            else ("negative" if body is NEGATIVE_BODY else "filler")
        )
        self.specs.append((path, spec))

    def _render(self, path: str, spec: tuple) -> None:
        kind, title, body, pub, extra = spec
        if kind == "notice":
            self.page(path, self._notice(title, body, pub, extra, path))
        elif kind == "table":
            self.page(path, self._table_detail(title, body, pub, extra))
        elif kind == "grid":
            self.page(path, self._grid_detail(title, body, pub, extra))
        elif kind == "trs":
            self.page(path, self._trs_detail(title, body, pub, extra))
        else:
            html = self._asp_detail(title, body, pub, extra, path)
            self.page(path, html, encoding="gbk", header_charset="gb2312")

    def _related(self, column: str) -> str:
        items = self.heads.get(column, [])[:4]
        if not items:
            return ""
        return (
            '<div class="xgwz"><div class="tit">相关文章</div><ul>'
            + "".join(
                f'<li><a href="{esc(p)}" target="_blank">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, p, d in items
            )
            + "</ul></div>"
        )

    def _notice(self, title: str, body: list[str], pub: str, source: str, path: str) -> str:
        column = "tzgg" if path.startswith("/tzgg/") else "ywdt"
        cname = "通知公告" if column == "tzgg" else "鄄城要闻"
        curl = TZGG if column == "tzgg" else "/xwzx/ywdt/index.html"
        main = (
            '<div class="article"><h1 class="article-tit">'
            + esc(title)
            + "</h1>"
            + f'<div class="article-info"><span>发布时间：{esc(pub)} {9 + len(title) % 8}:{len(title) * 3 % 60:02d}</span>'
            + f"<span>来源：{esc(source)}</span>"
            + '<span>浏览量：<em id="hits"></em></span>'
            + '<span class="zh">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a>'
            + ' <a href="javascript:doZoom(14)">小</a>】</span></div>'
            + '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.float_share()
            + fu.article_tools()
            + self._related(column)
            + "</div>"
        )
        return self._frame(
            title, [("首页", "/"), ("新闻中心", "/xwzx/ywdt/index.html"), (cname, curl)], main
        )

    def _table_detail(self, title: str, body: list[str], pub: str, meta: dict[str, str]) -> str:
        table = (
            '<table class="xxgk-table" width="100%" border="1" cellspacing="0" cellpadding="0">'
            f"<tr><th>索引号：</th><td>{esc(meta['index_no'])}</td>"
            "<th>主题分类：</th><td>司法</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(meta['publisher'])}</td>"
            f"<th>成文日期：</th><td>{esc(meta['written_date'])}</td></tr>"
            f"<tr><th>文　　号：</th><td>{esc(meta['doc_no'])}</td>"
            f"<th>发布日期：</th><td>{esc(pub)}</td></tr></table>"
        )
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="article-tit">{esc(title)}</h1>'
            + '<div class="article-info"><span class="zh">【字体：<a href="javascript:doZoom(20)">大</a>'
            + ' <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
            + '<span>【<a href="javascript:window.print()">打印</a>】</span></div>'
            + '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + self._related("fzjs")
            + "</div>"
        )
        return self._frame(
            title, [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("法治建设", FZJS)], main
        )

    def _grid_detail(self, title: str, body: list[str], pub: str, meta: dict[str, str]) -> str:
        sp = "\u2002"

        def li(label: str, value: str, wide: bool = False) -> str:
            cls = ' class="wide"' if wide else ""
            return f'<li{cls}><span class="lab">{label}：</span><span class="val">{esc(value)}</span></li>'

        grid = (
            '<div class="xxgk-info"><ul class="clearfix">'
            + li(f"索{sp}引{sp}号", meta["index_no"])
            + li("主题分类", "其他")
            + li("发布机构", meta["publisher"])
            + li("成文日期", meta["written_date"])
            + li(f"文{sp}{sp}{sp}{sp}号", meta["doc_no"])
            + li("发布日期", pub)
            + li(f"名{sp}{sp}{sp}{sp}称", title, wide=True)
            + "</ul></div>"
        )
        main = (
            self._xxgk_side()
            + '<div class="list-right"><div class="article">'
            + grid
            + f'<div class="detail-title">{esc(title)}</div>'
            + '<div class="article-con" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div></div>"
        )
        return self._frame(
            title,
            [("首页", "/"), ("政府信息公开", "/xxgk/index.html"), ("其他主动公开内容", QTGK)],
            main,
        )

    def _trs_detail(self, title: str, body: list[str], pub: str, meta: dict[str, str]) -> str:
        table = (
            '<table class="wjxx" width="100%" cellspacing="0" cellpadding="0">'
            f'<tr><td class="l">索 引 号</td><td>{esc(meta["index_no"])}</td>'
            f'<td class="l">发文机关</td><td>{esc(meta["publisher"])}</td></tr>'
            f'<tr><td class="l">发文字号</td><td>{esc(meta["doc_no"])}</td>'
            f'<td class="l">成文日期</td><td>{esc(meta["written_date"])}</td></tr>'
            f'<tr><td class="l">标　　题</td><td colspan="3">{esc(title)}</td></tr>'
            f'<tr><td class="l">发布日期</td><td colspan="3">{esc(pub)}</td></tr></table>'
        )
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="article-tit">{esc(title)}</h1>'
            + '<div class="article-con"><div class="TRS_Editor">\n'
            + fu.paragraphs(body)
            + "\n</div></div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(
            title, [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("政策文件", ZCWJ)], main
        )

    def _asp_detail(self, title: str, body: list[str], pub: str, source: str, path: str) -> str:
        column = next(
            (
                v
                for k, v in self.heads.items()
                if k.startswith("sfj") and any(p == path for _, p, _ in v)
            ),
            [],
        )
        at = [p for _, p, _ in column].index(path)
        newer = column[at - 1] if at > 0 else None
        older = column[at + 1] if at + 1 < len(column) else None

        def neighbour(label: str, item: Item | None) -> str:
            if item is None:
                return f"<li>{label}：没有了</li>"
            href = esc(item[1].removeprefix("/sfj/Article/"))
            return f'<li>{label}：<a href="{href}">{esc(item[0])}</a></li>'

        paras = "".join(f"<p>　　{esc(line)}</p>\n" for line in body)
        main = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="border">'
            '<tr><td class="title_main">您现在的位置：&nbsp;<a href="../index.asp">鄄城县司法局</a>'
            '&nbsp;&gt;&gt;&nbsp;<a href="ShowClass.asp?ClassID=12">依法治县</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>'
            f'<tr><td class="main_ArticleTitle" align="center"><font size="4"><b>{esc(title)}</b></font></td></tr>'
            '<tr><td align="center" class="Article_tdbgall">作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;'
            f'文章来源：{esc(source)}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript"'
            f' src="GetHits.asp?ArticleID=1"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{_asp_date(pub)}</td></tr>'
            f'<tr><td id="fontzoom" class="main_ArticleContent">{paras}</td></tr>'
            '<tr><td align="right">【<a href="../Comment.asp?ArticleID=1" target="_blank">发表评论</a>】'
            '【<a href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</a>】'
            '【<a href="../SendMail.asp" target="_blank">告诉好友</a>】'
            '【<a href="javascript:window.print()">打印此文</a>】'
            '【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>'
            + f"<tr><td>{neighbour('上一篇文章', older)}{neighbour('下一篇文章', newer)}</td></tr>"
            + "</table>"
        )
        return self._asp_frame(title, main, depth="../")

    # --- frames ---------------------------------------------------------------------------------
    def _path(self, column: str, pub: str, ext: str) -> str:
        self.next_id += 17
        return f"{column}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self.next_id}{ext}"

    def _side(self, title: str, links: list[tuple[str, str]]) -> str:
        return fu.left_tree(title, [(t, u, []) for t, u in links])

    def _zwgk_side(self) -> str:
        return fu.left_tree(
            "政务公开",
            [
                ("政府信息公开", "/xxgk/index.html", []),
                ("政策文件", ZCWJ, []),
                ("法治建设", FZJS, []),
                ("通知公告", TZGG, []),
            ],
        )

    def _xxgk_side(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/xxgk/gkzn/index.html", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("机构职能", "/xxgk/jgzn/index.html"),
                        ("政策文件", ZCWJ),
                        ("其他主动公开内容", QTGK),
                    ],
                ),
                ("政府信息公开年报", "/xxgk/ndbg/index.html", []),
            ],
        )

    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, scripts: str = ""
    ) -> str:
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        links = (
            '<div class="wzlj"><select onchange="if(this.value!=\'\'){window.open(this.value)}">'
            '<option value="">—政府网站—</option>'
            '<option value="https://www.gov.cn/">中国政府网</option>'
            '<option value="http://www.shandong.gov.cn/">山东省人民政府</option>'
            '<option value="http://www.heze.gov.cn/">菏泽市人民政府</option></select>'
            "<select onchange=\"if(this.value!=''){window.open(this.value)}\">"
            '<option value="">—县直部门—</option>'
            '<option value="/sfj/">县司法局</option>'
            '<option value="http://jyj.juancheng.gov.cn/">县教育和体育局</option>'
            '<option value="http://wjj.juancheng.gov.cn/">县卫生健康局</option></select></div>'
        )
        return (
            fu.doc_head(head_title, site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs, "您当前的位置：") if crumbs else "")
            + main
            + "</div>\n"
            + scripts
            + links
            + fu.footer_block(
                SITE,
                icp="鲁ICP备05028831号-1",
                police="鲁公网安备 37172602000118号",
                code=CODE,
                address="山东省菏泽市鄄城县府前街1号",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

    def _asp_frame(self, title: str, main: str, depth: str) -> str:
        head_title = "鄄城县司法局" if title == "鄄城县司法局" else f"鄄城县司法局--{title}"
        nav = "".join(
            f'<a href="{depth}Article/ShowClass.asp?ClassID={cid}" class="nav">{esc(n)}</a>&nbsp;|&nbsp;'
            for cid, n in ASP_CLASSES.items()
        )
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f"<title>{esc(head_title)}</title>"
            f'<link href="{depth}Skin/DefaultSkin.css" rel="stylesheet" type="text/css"></head>'
            '<body leftmargin="0" topmargin="0">'
            '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="{depth}Images/top_banner.jpg" width="960" height="120"></td></tr>'
            f'<tr><td class="top_nav"><a href="{depth}index.asp" class="nav">网站首页</a>&nbsp;|&nbsp;{nav}'
            f'<a href="{depth}GuestBook/Index.asp" class="nav">留言板</a></td></tr>'
            f"<tr><td>{main}</td></tr>"
            '<tr><td class="bottom" align="center">版权所有：鄄城县司法局&nbsp;&nbsp;地址：鄄城县新华路56号'
            "&nbsp;&nbsp;电话：0530-2421148<br>鲁ICP备05028831号-3&nbsp;&nbsp;"
            "建议使用IE6.0以上浏览器，1024×768分辨率浏览</td></tr>"
            "</table></body></html>"
        )

    def page_kind(self, path: str) -> str:
        return self.kinds.get(path) or self.kinds.get(path.replace("&page=1", "")) or "other"


ASP_CLASSES = {11: "司法动态", 12: "依法治县", 13: "普法宣传", 14: "人民调解", 15: "公告通知"}

PAGEBAR_JS = """/* 通用分页条：读取 totalPage / currentPage / pageUrl 隐藏域 */
(function () {
  var t = document.getElementById('totalPage'), c = document.getElementById('currentPage');
  var u = document.getElementById('pageUrl'), bar = document.getElementById('pageBar');
  if (!t || !c || !u || !bar) { return; }
  var total = parseInt(t.value, 10), current = parseInt(c.value, 10), tpl = u.value;
  if (total <= 1) { return; }
  function url(n) { return n == 1 ? tpl.replace('_{page}', '') : tpl.replace('{page}', n); }
  var h = '<span class="total">共' + total + '页</span>';
  h += current > 1 ? '<a href="' + url(1) + '">首页</a><a href="' + url(current - 1) + '">上一页</a>'
                   : '<span class="disabled">首页</span><span class="disabled">上一页</span>';
  for (var i = Math.max(1, current - 2); i <= Math.min(total, current + 2); i++) {
    h += i == current ? '<b class="cur">' + i + '</b>' : '<a href="' + url(i) + '">' + i + '</a>';
  }
  h += current < total ? '<a href="' + url(current + 1) + '">下一页</a><a href="' + url(total) + '">尾页</a>'
                       : '<span class="disabled">下一页</span><span class="disabled">尾页</span>';
  bar.innerHTML = h;
})();
"""


def _cut(title: str, n: int = 18) -> str:
    return title if len(title) <= n else title[:n] + "..."


def _asp_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)}-{int(m)}-{int(d)}"


def _cycle(templates: list[str], n: int, fill: dict[str, list[str]]) -> list[str]:
    """n distinct titles, the templates taken in turn, each walking its own combinations."""
    walks = []
    for t in templates:
        keys = [k for k in fill if "{" + k + "}" in t]
        combos = list(itertools.product(*(fill[k] for k in keys)))
        random.Random(t).shuffle(combos)
        walks.append(iter([t.format(**dict(zip(keys, c, strict=True))) for c in combos]))
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        progressed = False
        for walk in walks:
            title = next(walk, None)
            if title is None or title in seen:
                continue
            progressed = True
            seen.add(title)
            out.append(title)
            if len(out) == n:
                break
        if not progressed:
            break
    return out


MONTHS = [f"{m}月" for m in range(1, 13)]
ROADS = [
    "府前街",
    "新华路",
    "古泉路",
    "鄄州路",
    "人民路",
    "凤凰路",
    "湖西路",
    "舜王城路",
    "文化路",
]
UNITS = [
    "社区专职网格员",
    "乡村公益性岗位人员",
    "城市管理协管员",
    "县属国有企业工作人员",
    "卫生健康系统备案制工作人员",
    "中小学教师",
    "幼儿园教师",
    "医疗卫生专业技术人员",
]
WORKS = [
    "城区集中供热",
    "冬季清洁取暖",
    "老旧小区改造",
    "农村改厕",
    "黄河滩区迁建",
    "秸秆禁烧",
    "森林防火",
    "城乡居民医保参保缴费",
    "耕地地力保护补贴发放",
    "退役军人优待证申领",
    "高龄津贴发放",
    "义务教育招生",
    "燃气安全隐患排查",
    "防汛抗旱",
]


def _tzgg_titles(n: int) -> list[str]:
    return _cycle(
        [
            "关于{road}部分路段施工期间交通管制的通告",
            "鄄城县2025年公开招聘{unit}公告",
            "关于做好{work}工作的通知",
            "鄄城县{town}{month}份低保金发放名单公示",
            "鄄城县{month}份政府采购意向公开",
            "关于{road}停水停电的通知",
            "鄄城县{work}工作情况公示",
            "鄄城县2025年公开招聘{unit}拟聘用人员公示",
            "鄄城县{town}2025年度村级财务公开",
        ],
        n,
        {"road": ROADS, "unit": UNITS, "work": WORKS, "town": TOWNS, "month": MONTHS},
    )


def _fzjs_titles(n: int) -> list[str]:
    return _cycle(
        [
            "{town}司法所开展“法律明白人”培训",
            "县司法局开展“{law}”主题宣传活动",
            "鄄城县{month}份行政复议案件办理情况",
            "鄄城县召开行政执法协调监督工作{meet}",
            "{town}开展“{law}”进乡村活动",
            "鄄城县{month}份行政规范性文件备案审查情况通报",
            "县司法局组织开展{train}",
            "鄄城县公布第{num}批行政执法人员名单",
        ],
        n,
        {
            "town": TOWNS,
            "law": [
                "民法典宣传",
                "宪法进万家",
                "反电诈宣传",
                "法律援助惠民生",
                "八五普法",
                "安全生产法宣传",
            ],
            "month": MONTHS,
            "meet": ["推进会", "调度会", "座谈会"],
            "train": [
                "行政执法人员专题培训",
                "人民调解员业务培训",
                "公职律师业务培训",
                "行政复议应诉培训",
            ],
            "num": [str(k) for k in range(1, 20)],
        },
    )


def _qtgk_titles(n: int) -> list[str]:
    return _cycle(
        [
            "鄄城县{town}{year}年度部门预算公开",
            "鄄城县{year}年{work}实施情况",
            "关于鄄城县{year}年第{num}批次城镇建设用地的批复",
            "鄄城县{year}年第{num}季度重点项目进展情况",
            "鄄城县{year}年{work}资金分配结果公示",
            "鄄城县{town}{year}年度部门决算公开",
            "鄄城县{year}年第{num}批省级财政衔接资金项目公示",
        ],
        n,
        {
            "town": TOWNS,
            "year": ["2023", "2024", "2025"],
            "work": WORKS,
            "num": ["一", "二", "三", "四", "五", "六"],
        },
    )


def _zcwj_titles(n: int) -> list[str]:
    return _cycle(
        [
            "鄄城县人民政府关于印发鄄城县{year}年{work}实施方案的通知",
            "鄄城县人民政府办公室关于做好{year}年{work}工作的通知",
            "鄄城县人民政府关于同意{town}调整村级建制的批复",
            "鄄城县人民政府办公室关于印发鄄城县{work}工作方案的通知",
            "鄄城县人民政府关于公布{work}政策的通知",
            "鄄城县人民政府办公室关于成立鄄城县{work}工作领导小组的通知",
        ],
        n,
        {"work": WORKS, "town": TOWNS, "year": ["2022", "2023", "2024", "2025"]},
    )


def _sfj_titles(n: int) -> list[str]:
    return _cycle(
        [
            "{town}司法所调处一起{case}纠纷",
            "县司法局召开{month}份工作例会",
            "鄄城县法律援助中心{month}份办案情况",
            "{town}开展社区矫正对象{act}",
            "县司法局组织干部职工{study}",
            "鄄城县人民调解委员会成功化解{case}纠纷",
        ],
        n,
        {
            "town": TOWNS,
            "case": ["土地承包", "邻里宅基地", "婚姻家庭", "劳务报酬", "交通事故赔偿", "医疗"],
            "month": MONTHS,
            "act": ["集中教育", "公益活动", "心理辅导", "警示教育"],
            "study": [
                "学习党的十九届五中全会精神",
                "参观廉政教育基地",
                "开展义务植树",
                "参加业务知识测试",
            ],
        },
    )

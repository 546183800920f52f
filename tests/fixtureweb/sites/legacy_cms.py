"""An older county portal of the kind many small counties still run, not built on TRS, Hanweb
or ucap: table layouts, `<font>` furniture, GBK pages (some declare it only in a
`<meta http-equiv>`), and each column from a different CMS with its own pager:

- 政府信息公开 (`NewsList.aspx?cid=5`, ASP.NET WebForms): an AspNetPager whose links are
  `javascript:__doPostBack('ctl00$ContentPlaceHolder1$AspNetPager1','3')`; the page is one
  `<form method="post">` with `__VIEWSTATE`, `__EVENTVALIDATION`, `__VIEWSTATEGENERATOR`, and
  the server answers page N only to a POST of those fields plus `__EVENTTARGET`/
  `__EVENTARGUMENT` (a stale or missing viewstate is a 500, as ASP.NET's MAC check; clicking
  the form's 搜索 button is a search). 35 items, the county's reports on pages 2 and 3;
- 通知公告 (`List.asp?ClassID=5`, 动易 SiteFactory): `下一页`/`尾页` are `javascript:goPage(n)`
  and a 转到 box; only `function goPage(n){location.href='List.asp?ClassID=5&page='+n}` knows
  the URL, `页次：1/3页` the count; the 司法局's report on page 2;
- 政务公开 (`/a/zwgk/`, DedeCMS): `第1页/共5页 <input id="pageNo"><a href="javascript:goPage()">
  GO</a>` whose script builds `list_12_'+…value+'.html`, 下一页 a `javascript:` link too;
  the 县政府's 2024 report on page 3;
- 司法行政 (`index.php?m=content&c=index&a=lists&catid=12`, PHPCMS): `?page=N` links whose
  text is only `<<` `<` `>` `>>`; the 2021 report on page 2.

Detail pages show metadata as these CMSs do: an ASP.NET 信息公开 table (索引号, 发布机构,
发文日期, 文号, 发布日期), 动易's `作者：佚名 文章来源：… 点击数：… 更新时间：2025-1-15`, Dede's
one line `发布时间：… 来源：… 作者：admin 点击数：…`, a PHPCMS `文章来源`/`更新时间` table; with
`【打印本页】【关闭窗口】`, `上一篇/下一篇` and the old footer (版权所有 … 技术支持 … ICP备).
Decoys beside the reports are never emitted: a 法治政府建设实施方案, a 政府信息公开工作年度报告,
news of a 法治 training.
"""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode

from lawreports.pipelines.normalize import strip_pinyin, to_simplified
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "通渭县人民政府"
GOV = "通渭县人民政府"
GOV_OFFICE = "通渭县人民政府办公室"
SFJ = "通渭县司法局"
PAGER_TARGET = "ctl00$ContentPlaceHolder1$AspNetPager1"
ASPX_LIST = "/NewsList.aspx?cid=5"
ASP_LIST = "/List.asp?ClassID=5"
DEDE_LIST = "/a/zwgk/"
PHPCMS_LIST = "/index.php?m=content&c=index&a=lists&catid=12"
NAV = [
    ("网站首页", "/"),
    ("政府信息公开", ASPX_LIST),
    ("通知公告", ASP_LIST),
    ("政务公开", DEDE_LIST),
    ("司法行政", PHPCMS_LIST),
    ("领导之窗", "/ShowClass.asp?ClassID=2"),
    ("在线留言", "/GuestBook/Index.asp"),
]
# Meta-only charset: the HTTP header names no charset, the page says gb2312 in a meta tag.
META_ONLY = {"encoding": "gbk", "header_charset": None}
IN_HEADER = {"encoding": "gbk", "header_charset": "gb2312"}
ASPX_PAGE_SIZE = 10
# Paths of decoys: fetched, they would only cost requests.
DECOYS = ("/plus/count.php", "/Article/GetHits.asp", "/Search.aspx")


def _viewstate(page: int) -> str:
    return base64.b64encode(f"/wEPDwUKLTQ3NjE5;cid=5;page={page};sig=77a1".encode()).decode()


def _validation(page: int) -> str:
    return base64.b64encode(f"/wEWDALi;page={page};ok".encode()).decode()


class LegacyCmsSite(BlindSite):
    name = "legacy_cms"
    region = "甘肃省定西市通渭县"

    def __init__(self) -> None:
        super().__init__()
        self.aspx_rows: list[tuple[str, str, str]] = []

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.aspx_rows = []
        self._aspx_column()
        self._asp_column()
        self._dede_column()
        self._phpcms_column()
        self._home()

    # --- ASP.NET: postback pager ---------------------------------------------------------------
    def _aspx_column(self) -> None:
        rows: list[tuple[str, str, str]] = []
        for i in range(35):
            rows.append(
                (
                    f"通渭县人民政府办公室关于做好第{i + 1}批重点项目申报工作的通知",
                    f"/Show.aspx?id={3100 - i}",
                    f"2024-{12 - i // 3:02d}-{28 - i % 3 * 5:02d}",
                )
            )
        r1, t1 = rows[14][1], "通渭县2023年度法治政府建设工作报告"
        m1 = {
            "index_no": "013217001/2024-00031",
            "publisher": GOV,
            "written_date": "2024-03-20",
            "doc_no": "通政发〔2024〕12号",
        }
        body = self.gold_report(r1, "000", t1, publish_date="2024-03-25", **m1)
        self._aspx_detail(r1, t1, body, pub="2024-03-25", meta=m1)
        r2, t2 = rows[26][1], "通渭县2020年度法治政府建设工作开展情况"
        m2 = {
            "index_no": "013217001/2021-00018",
            "publisher": GOV,
            "written_date": "2021-03-22",
            "doc_no": "通政发〔2021〕9号",
        }
        body = self.gold_report(r2, "004", t2, publish_date="2021-03-26", **m2)
        self._aspx_detail(r2, t2, body, pub="2021-03-26", meta=m2)
        negatives = [
            (rows[1][1], "通渭县法治政府建设实施方案（2021-2025年）", "2024-12-20"),
            (rows[12][1], "通渭县人民政府2023年政府信息公开工作年度报告", "2024-01-30"),
        ]
        for path, title, pub in negatives:
            self._aspx_detail(path, title, NEGATIVE_BODY, pub=pub, meta=None)
            self.negative_titles.append(title)
        rows[1] = (negatives[0][1], negatives[0][0], negatives[0][2])  # page 1
        rows[12] = (negatives[1][1], negatives[1][0], negatives[1][2])  # page 2
        rows[14] = (t1, r1, "2024-03-25")  # page 2
        rows[26] = (t2, r2, "2021-03-26")  # page 3
        for title, path, pub in rows:
            if path not in {r1, r2} and title not in {n[1] for n in negatives}:
                self._aspx_detail(path, title, FILLER_BODY, pub=pub, meta=None)
        self.aspx_rows = rows
        # A GET always shows page 1, whatever the query says.
        self.page(ASPX_LIST, self._aspx_list(1), **META_ONLY)

    def gold_report(self, path: str, *args: Any, **kwargs: Any) -> list[str]:
        """Gold URLs as a crawler names them: the query in key order."""
        return super().gold_report(_canonical(path), *args, **kwargs)

    def _aspx_pages(self) -> int:
        return -(-len(self.aspx_rows) // ASPX_PAGE_SIZE)

    def _aspx_list(self, page: int, search: bool = False) -> str:
        count = self._aspx_pages()
        rows = (
            [] if search else self.aspx_rows[(page - 1) * ASPX_PAGE_SIZE : page * ASPX_PAGE_SIZE]
        )
        trs = (
            "".join(
                f'<tr><td width="20" align="center"><img src="/images/dot.gif" /></td>'
                f'<td height="24"><a href="{esc(u)}" target="_blank" title="{esc(t)}">'
                f'<font color="#333333">{esc(t)}</font></a></td>'
                f'<td width="90" align="right"><font color="#999999">[{d}]</font></td></tr>'
                for t, u, d in rows
            )
            or '<tr><td colspan="3">没有找到相关信息</td></tr>'
        )

        def post(arg: int, text: str) -> str:
            return f"<a href=\"javascript:__doPostBack('{PAGER_TARGET}','{arg}')\">{text}</a>"

        parts = [f"共{len(self.aspx_rows)}条记录 页次：{page}/{count} "]
        if page > 1:
            parts += [post(1, "首页"), post(page - 1, "上一页")]
        else:
            parts += ['<a disabled="disabled">首页</a>', '<a disabled="disabled">上一页</a>']
        for n in range(1, count + 1):
            parts.append(
                f'<span style="margin-right:5px;font-weight:Bold;color:red;">{n}</span>'
                if n == page
                else post(n, str(n))
            )
        if page < count:
            parts += [post(page + 1, "下一页"), post(count, "尾页")]
        else:
            parts += ['<a disabled="disabled">下一页</a>', '<a disabled="disabled">尾页</a>']
        pager = (
            '<div id="ctl00_ContentPlaceHolder1_AspNetPager1" class="pager">'
            + " ".join(parts)
            + "</div>"
        )
        main = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
            '<tr><td class="lm_title" height="30"><font color="#FFFFFF"><b>政府信息公开</b></font>'
            "</td></tr></table>"
            f'<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">{trs}'
            f'</table><table width="96%" align="center"><tr><td align="center">{pager}</td></tr>'
            "</table>"
        )
        form = (
            '<form name="aspnetForm" method="post" action="./NewsList.aspx?cid=5" id="aspnetForm">\n'
            "<div>\n"
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(page)}" />\n'
            "</div>\n"
            '<script type="text/javascript">\n//<![CDATA[\n'
            "var theForm = document.forms['aspnetForm'];\n"
            "if (!theForm) { theForm = document.aspnetForm; }\n"
            "function __doPostBack(eventTarget, eventArgument) {\n"
            "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
            "        theForm.__EVENTTARGET.value = eventTarget;\n"
            "        theForm.__EVENTARGUMENT.value = eventArgument;\n"
            "        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
            "<div>\n"
            '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1E4F2A6B" />\n'
            f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{_validation(page)}" />\n'
            "</div>\n"
            '<table width="100%"><tr><td align="right">站内搜索：'
            '<input name="ctl00$txtKeyword" type="text" id="ctl00_txtKeyword" />'
            '<input type="submit" name="ctl00$btnSearch" value="搜索" id="ctl00_btnSearch" />'
            " <a id=\"ctl00_lbtnLogin\" href=\"javascript:__doPostBack('ctl00$lbtnLogin','')\">"
            "用户登录</a>"
            "</td></tr></table>\n"
        )
        return self._frame(
            "政府信息公开",
            [("政府信息公开", ASPX_LIST)],
            main,
            form=form,
        )

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.method == "POST" and hit.path == "/NewsList.aspx":
            return self._postback(hit)
        return super().dynamic(hit)

    def _postback(self, hit: Hit) -> Reply:
        """As ASP.NET: a postback must carry the page's viewstate and validation; the pager's
        event gives the page; the search button means a search."""
        form = {k: v[0] for k, v in parse_qs(hit.body.decode("ascii", "replace")).items()}
        state = form.get("__VIEWSTATE", "")
        known = {_viewstate(n): n for n in range(1, self._aspx_pages() + 1)}
        if (
            state not in known
            or form.get("__EVENTVALIDATION") != _validation(known[state])
            or form.get("__VIEWSTATEGENERATOR") != "1E4F2A6B"
        ):
            return html_reply(
                "<html><body><h2>“/”应用程序中的服务器错误。</h2><p>验证视图状态 MAC 失败。"
                "</p></body></html>",
                status=500,
                **META_ONLY,
            )
        if "ctl00$btnSearch" in form:
            return html_reply(self._aspx_list(1, search=True), **META_ONLY)
        page = known[state]
        if form.get("__EVENTTARGET") == PAGER_TARGET:
            arg = form.get("__EVENTARGUMENT", "")
            if arg.isdigit() and 1 <= int(arg) <= self._aspx_pages():
                page = int(arg)
        return html_reply(self._aspx_list(page), **META_ONLY)

    def _aspx_detail(
        self, path: str, title: str, body: list[str], *, pub: str, meta: dict[str, str] | None
    ) -> None:
        m = meta or {"index_no": "013217001/2024-00100", "publisher": GOV_OFFICE}
        table = (
            '<table width="96%" border="1" align="center" cellpadding="3" cellspacing="0"'
            ' bordercolor="#CCCCCC" style="border-collapse:collapse">'
            f'<tr><td width="15%" bgcolor="#F2F2F2">索 引 号：</td><td>{esc(m["index_no"])}</td>'
            f'<td width="15%" bgcolor="#F2F2F2">发布机构：</td><td>{esc(m["publisher"])}</td></tr>'
            f'<tr><td bgcolor="#F2F2F2">发文日期：</td><td>{esc(m.get("written_date", pub))}</td>'
            f'<td bgcolor="#F2F2F2">文　　号：</td><td>{esc(m.get("doc_no", ""))}</td></tr>'
            f'<tr><td bgcolor="#F2F2F2">发布日期：</td><td>{esc(pub)}</td>'
            '<td bgcolor="#F2F2F2">公开方式：</td><td>主动公开</td></tr></table>'
        )
        main = (
            table + '<table width="96%" align="center"><tr><td align="center" height="50">'
            f'<font style="font-size:20px" color="#C00000"><b>{esc(title)}</b></font></td></tr>'
            f'<tr><td align="center"><font color="#666666">发布日期：{esc(pub)}　'
            '浏览次数：<span id="ctl00_ContentPlaceHolder1_lblHits">218</span></font></td></tr>'
            '<tr><td><div id="ctl00_ContentPlaceHolder1_lblContent" class="content">'
            + _paras(body)
            + "</div></td></tr></table>"
            + _tools("/Show.aspx?id=3001", "/Show.aspx?id=3002")
        )
        self.page(path, self._frame(title, [("政府信息公开", ASPX_LIST)], main), **IN_HEADER)

    # --- 动易: goPage(n) builds `List.asp?ClassID=5&page=` + n --------------------------------
    def _asp_column(self) -> None:
        pages: list[list[tuple[str, str, str]]] = []
        for p in range(3):
            rows = []
            for i in range(15):
                aid = 1300 - p * 15 - i
                title = f"通渭县关于2024年第{p * 15 + i + 1}期农村低保资金发放情况的公示"
                rows.append((title, f"/ShowArticle.asp?ArticleID={aid}", "2024-11-20"))
                self._asp_detail(rows[-1][1], title, FILLER_BODY, pub="2024-11-20", source=GOV)
            pages.append(rows)
        r, t = pages[1][3][1], "通渭县司法局2024年度法治政府建设报告"
        body = self.gold_report(r, "001", t, publisher=SFJ, publish_date="2025-01-15")
        self._asp_detail(r, t, body, pub="2025-1-15", source=SFJ)
        pages[1][3] = (t, r, "2025-01-15")
        for n, rows in enumerate(pages, start=1):
            path = ASP_LIST if n == 1 else f"{ASP_LIST}&page={n}"
            self.page(path, self._asp_list(rows, n, len(pages)), **META_ONLY)

    def _asp_list(self, rows: list[tuple[str, str, str]], page: int, count: int) -> str:
        trs = "".join(
            f'<tr><td class="listbg"><img src="/Skin/blue/arrow.gif" />'
            f'<a class="listA" href="{esc(u)}" title="文章标题：{esc(t)}" target="_blank">'
            f'{esc(t)}</a></td><td class="listbg" align="right">{d}</td></tr>'
            for t, u, d in rows
        )
        links = []
        links.append(
            "首页 上一页"
            if page == 1
            else '<a href="javascript:goPage(1)">首页</a> '
            f'<a href="javascript:goPage({page - 1})">上一页</a>'
        )
        links.append(
            "下一页 尾页"
            if page == count
            else f'<a href="javascript:goPage({page + 1})">下一页</a> '
            f'<a href="javascript:goPage({count})">尾页</a>'
        )
        pager = (
            f'<div class="showpage">共 <b>{count * 15}</b> 篇文章&nbsp;&nbsp;{links[0]}&nbsp;'
            f'{links[1]}&nbsp;页次：<strong><font color="red">{page}</font>/{count}</strong>页'
            '&nbsp;<b>15</b>篇文章/页&nbsp;转到：<input type="text" id="pageNo" size="3"'
            ' maxlength="4" />'
            "<a href=\"javascript:goPage(document.getElementById('pageNo').value)\">GO</a></div>"
            '<script language="javascript">function goPage(n){'
            "location.href='List.asp?ClassID=5&page='+n;}</script>"
        )
        main = (
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="main_title_760">'
            '<font color="#FFFFFF"><b>通知公告</b></font></td></tr></table>'
            f'<table width="100%" cellpadding="0" cellspacing="5">{trs}</table>{pager}'
        )
        return self._frame("通知公告", [("通知公告", ASP_LIST)], main)

    def _asp_detail(
        self, path: str, title: str, body: list[str], *, pub: str, source: str
    ) -> None:
        aid = path.rsplit("=", 1)[1]
        main = (
            '<table width="100%" cellpadding="0" cellspacing="0"><tr>'
            f'<td class="main_ArticleTitle" align="center"><font size="4"><b>{esc(title)}</b>'
            "</font></td></tr>"
            '<tr><td class="Article_tdbgall" align="center">作者：佚名&nbsp;&nbsp;'
            f'文章来源：{esc(source)}&nbsp;&nbsp;点击数：<script language="javascript" '
            f'src="/Article/GetHits.asp?ArticleID={aid}"></script>&nbsp;&nbsp;'
            f"更新时间：{esc(pub)}</td></tr>"
            '<tr><td id="fontzoom" class="main_ArticleContent">'
            + _paras(body)
            + "</td></tr></table>"
            + _tools(
                f"/ShowArticle.asp?ArticleID={int(aid) - 1}",
                f"/ShowArticle.asp?ArticleID={int(aid) + 1}",
            )
        )
        self.page(path, self._frame(title, [("通知公告", ASP_LIST)], main), **META_ONLY)

    # --- DedeCMS: `第1页/共5页` and a goPage() that reads the box ------------------------------
    def _dede_column(self) -> None:
        r, t = "/a/zwgk/20250320/1517.html", "通渭县人民政府关于2024年度法治政府建设情况的报告"
        body = self.gold_report(r, "003", t, publisher=GOV_OFFICE, publish_date="2025-03-20")
        self._dede_detail(r, t, body, pub="2025-03-20 16:05", source=GOV_OFFICE)
        count = 5
        for p in range(1, count + 1):
            rows = []
            for i in range(12):
                aid = 1600 - p * 12 - i
                title = f"通渭县2024年第{(p - 1) * 12 + i + 1}号公共资源交易结果公示"
                path = f"/a/zwgk/20241015/{aid}.html"
                rows.append((title, path, "2024-10-15"))
                self._dede_detail(path, title, FILLER_BODY, pub="2024-10-15 09:00", source=GOV)
            if p == 3:
                rows[7] = (t, r, "2025-03-20")
            html = self._dede_list(rows, p, count)
            self.page(f"/a/zwgk/list_12_{p}.html", html, **META_ONLY)
            if p == 1:
                self.page(DEDE_LIST, html, **META_ONLY)

    def _dede_list(self, rows: list[tuple[str, str, str]], page: int, count: int) -> str:
        lis = "".join(
            f'<li><span class="date">{d}</span><a href="{esc(u)}" class="title">{esc(t)}</a></li>'
            for t, u, d in rows
        )
        nxt = (
            '<li><a href="javascript:void(0)" onclick="document.getElementById(\'pageNo\')'
            f'.value={page + 1};goPage();">下一页</a></li>'
            if page < count
            else "<li><span>下一页</span></li>"
        )
        pager = (
            f'<div class="dede_pages"><ul class="pagelist"><li><span class="pageinfo">'
            f"第<strong>{page}</strong>页/共<strong>{count}</strong>页</span></li>{nxt}"
            '<li>跳转到第<input type="text" id="pageNo" size="2" />页 '
            '<a href="javascript:goPage()">GO</a></li></ul></div>'
            '<script type="text/javascript">function goPage(){'
            "location.href='list_12_'+document.getElementById('pageNo').value+'.html';}</script>"
        )
        main = (
            '<div class="listbox"><div class="listtitle"><font color="#0000CC"><b>政务公开</b>'
            f'</font></div><ul class="e2">{lis}</ul>{pager}</div>'
        )
        return self._frame("政务公开", [("政务公开", DEDE_LIST)], main)

    def _dede_detail(
        self, path: str, title: str, body: list[str], *, pub: str, source: str
    ) -> None:
        aid = path.rsplit("/", 1)[1].split(".", maxsplit=1)[0]
        main = (
            f'<div class="viewbox"><div class="title"><h2>{esc(title)}</h2></div>'
            f'<div class="info"><small>发布时间：</small>{esc(pub)} <small>来源：</small>{esc(source)}'
            " <small>作者：</small>admin <small>点击数：</small>"
            f'<script src="/plus/count.php?view=yes&aid={aid}&mid=1" type="text/javascript"'
            ' language="javascript"></script></div>'
            '<div class="content"><table width="100%"><tr><td>'
            + _paras(body)
            + "</td></tr></table></div>"
            + _tools(
                f"/a/zwgk/20241015/{int(aid) - 1}.html", f"/a/zwgk/20241015/{int(aid) + 1}.html"
            )
            + "</div>"
        )
        self.page(path, self._frame(title, [("政务公开", DEDE_LIST)], main), **IN_HEADER)

    # --- PHPCMS: `?page=N` behind `<` `>` `>>` --------------------------------------------------
    def _phpcms_column(self) -> None:
        r, t = (
            "/index.php?m=content&c=index&a=show&catid=12&id=845",
            "通渭县2021年度法治政府建设工作报告",
        )
        body = self.gold_report(r, "002", t, publisher=SFJ, publish_date="2022-02-18")
        # The page keeps the seed's 繁體 and pinyin; the report comes out simplified without them.
        self.gold[-1].body = to_simplified(strip_pinyin(self.gold[-1].body)[0])
        self._php_detail(r, t, body, pub="2022-02-18 10:12:45", source=SFJ)
        training = (
            "/index.php?m=content&c=index&a=show&catid=12&id=901",
            "县司法局举办法治政府建设专题培训班",
        )
        self._php_detail(training[0], training[1], FILLER_BODY, pub="2024-06-12", source=SFJ)
        self.negative_titles.append(training[1])
        count = 4
        for p in range(1, count + 1):
            rows = []
            for i in range(10):
                aid = 900 - p * 10 - i
                title = f"通渭县司法局开展“八五”普法宣传进乡村活动（{(p - 1) * 10 + i + 1}）"
                path = f"/index.php?m=content&c=index&a=show&catid=12&id={aid}"
                rows.append((title, path, "2024-05-20"))
                self._php_detail(path, title, FILLER_BODY, pub="2024-05-20", source=SFJ)
            if p == 1:
                rows[0] = (training[1], training[0], "2024-06-12")
            if p == 2:
                rows[5] = (t, r, "2022-02-18")
            path = PHPCMS_LIST if p == 1 else f"{PHPCMS_LIST}&page={p}"
            self.page(path, self._php_list(rows, p, count), **IN_HEADER)

    def _php_list(self, rows: list[tuple[str, str, str]], page: int, count: int) -> str:
        lis = "".join(
            f'<li><span class="rt">{d}</span>·<a href="{esc(u)}" target="_blank">{esc(t)}</a></li>'
            for t, u, d in rows
        )

        def link(n: int, text: str) -> str:
            return f'<a href="{esc(PHPCMS_LIST)}&amp;page={n}">{esc(text)}</a>'

        pager = (
            f'<div id="pages" class="text-c">共{count}页 '
            + (link(1, "<<") + link(page - 1, "<") if page > 1 else "")
            + f'<span class="current">第{page}页</span>'
            + (link(page + 1, ">") + link(count, ">>") if page < count else "")
            + "</div>"
        )
        main = (
            '<div class="crumbs"><font color="#990000"><b>司法行政</b></font></div>'
            f'<ul class="list lh24 f14">{lis}</ul>{pager}'
        )
        return self._frame("司法行政", [("司法行政", PHPCMS_LIST)], main)

    def _php_detail(
        self, path: str, title: str, body: list[str], *, pub: str, source: str
    ) -> None:
        main = (
            f'<div id="Article"><h1>{esc(title)}<br /></h1>'
            '<table width="100%" class="info"><tr>'
            f"<td>文章来源：{esc(source)}</td><td>更新时间：{esc(pub)}</td>"
            '<td>点击：<span id="hits"></span></td></tr></table>'
            '<div class="content">'
            + _paras(body)
            + "</div></div>"
            + _tools(PHPCMS_LIST, PHPCMS_LIST)
        )
        self.page(path, self._frame(title, [("司法行政", PHPCMS_LIST)], main), **META_ONLY)

    # --- frame ---------------------------------------------------------------------------------
    def _home(self) -> None:
        news = "".join(
            f'<tr><td height="22">·<a href="{u}" target="_blank">{esc(t)}</a></td></tr>'
            for t, u in [
                (
                    "县司法局举办法治政府建设专题培训班",
                    "/index.php?m=content&c=index&a=show&catid=12&id=901",
                ),
                ("通渭县召开县政府第12次常务会议", "/ShowArticle.asp?ArticleID=1299"),
            ]
        )
        boxes = "".join(
            f'<td width="25%" valign="top"><table width="100%"><tr><td class="box_title">'
            f'<font color="#FFFFFF"><b>{esc(t)}</b></font> <a href="{esc(u)}">更多&gt;&gt;</a>'
            "</td></tr></table></td>"
            for t, u in NAV[1:5]
        )
        main = (
            f'<table width="100%"><tr><td width="50%" valign="top"><table width="100%">'
            f'<tr><td class="box_title"><b>通渭要闻</b></td></tr>{news}</table></td>'
            f"{boxes}</tr></table>"
        )
        self.page("/", self._frame("首页", [], main), **META_ONLY)
        self.page(
            "/ShowClass.asp?ClassID=2",
            self._frame("领导之窗", [], "<p>县长：张三</p>"),
            **META_ONLY,
        )

    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, form: str = ""
    ) -> str:
        nav = " | ".join(
            f'<a href="{esc(u)}"><font color="#FFFFFF">{esc(t)}</font></a>' for t, u in NAV
        )
        trail = " &gt;&gt; ".join(
            ['<a href="/">首页</a>', *(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in crumbs)]
        )
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
            f"<title>{esc(title)}--{SITE}</title>\n"
            '<meta name="keywords" content="通渭,通渭县,通渭县人民政府" />\n'
            '<link href="/Skin/blue/style.css" rel="stylesheet" type="text/css" />\n'
            '<script language="javascript" src="/js/menu.js"></script>\n'
            "</head>\n"
            '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
            + form
            + '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            '<tr><td height="120" background="/images/top_bg.jpg">'
            '<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="980" height="120">'
            '<param name="movie" value="/images/top.swf" /></object></td></tr>'
            f'<tr><td class="nav_bg" height="32" align="center">{nav}</td></tr>'
            '<tr><td height="26"><font color="#333333">今天是：<script>document.write(new Date().'
            "toLocaleDateString())</script>　欢迎访问通渭县人民政府网站！</font></td></tr></table>\n"
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td height="28" class="weizhi">您现在的位置：{trail}</td></tr>'
            f"<tr><td>{main}</td></tr></table>\n"
            + ("</form>\n" if form else "")
            + '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"'
            ' bgcolor="#EEEEEE"><tr><td align="center" height="90"><font color="#666666">'
            f'<a href="/Contact.asp">联系我们</a> | <a href="/SiteMap.asp">网站地图</a> | '
            '<a href="/Copyright.asp">版权声明</a><br />'
            f"版权所有：{SITE}　主办：通渭县人民政府办公室　地址：通渭县平襄镇中华路1号<br />"
            "技术支持：兰州华夏网络科技有限公司　联系电话：0932-5211234　"
            '<a href="http://www.miibeian.gov.cn" target="_blank">陇ICP备05001234号</a>'
            "</font></td></tr></table>\n</body></html>\n"
        )


def _canonical(path: str) -> str:
    if "?" not in path:
        return path
    base, query = path.split("?", 1)
    return base + "?" + urlencode(sorted(parse_qsl(query)))


def _paras(lines: list[str]) -> str:
    return "\n".join(f"<p>　　{esc(line)}</p>" for line in lines)


def _tools(prev: str, nxt: str) -> str:
    return (
        '<table width="100%"><tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】'
        '【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
        f'<tr><td>上一篇：<a href="{esc(prev)}">没有了</a><br />'
        f'下一篇：<a href="{esc(nxt)}">关于做好当前工作的通知</a></td></tr></table>'
    )

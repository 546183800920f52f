"""More report-page layouts for the evaluation corpus: the generic shapes of portals nobody
wrote selectors for (research: portals.md §4–§5).

Metadata as `<ul><li><span>索引号：</span>…`, a label/value/label/value table with `<th>`
labels, read-only `<input value=…>` fields, a labels row over a values row (table cells or
`<div>` blocks), a `<span>` one-liner; dates as `2024年3月12日 星期二`, `2024.03.12`, `20240312`; titles only in a
`div.bt`/`td.title` with the site name first in `<title>`; old nested-table bodies, bodies
pasted from Word (MsoNormal, `<o:p>`, `<![if !supportLists]>`, `<st1:chsdate>`) with a
附件 line and the signature/date block (report text), related-article lists and comment boxes
under the body, and a mobile page. Class names are generic on purpose: none is a known
container.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from tests.eval.layouts import Page
from tests.fixtureweb import pages
from tests.fixtureweb.pages import esc

_WEEKDAYS = "一二三四五六日"


def _ymd(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(part) for part in iso.split("-"))
    return y, m, d


def cn_date(iso: str) -> str:
    """`2024年3月12日` (no leading zeros, as a signature block writes it)."""
    y, m, d = _ymd(iso)
    return f"{y}年{m}月{d}日"


def _cn_weekday(iso: str) -> str:
    """`2024年3月12日 星期二`."""
    return f"{cn_date(iso)} 星期{_WEEKDAYS[date(*_ymd(iso)).weekday()]}"


def _dotted(iso: str) -> str:
    return iso.replace("-", ".")


def _compact(iso: str) -> str:
    return iso.replace("-", "")


def _m(page: Page, key: str) -> str:
    return esc(page.meta.get(key, ""))


def _p(lines: list[str]) -> str:
    return "\n".join(f'<p style="text-indent:2em;">{esc(line)}</p>' for line in lines)


def _signed(page: Page) -> list[str]:
    """The 附件 line and the signature/date block, when the case has them (report text)."""
    return [page.meta[k] for k in ("annex", "sign_org", "sign_date") if page.meta.get(k)]


def _signed_html(page: Page) -> str:
    out = ""
    if page.meta.get("annex"):
        name = page.meta["annex"].split("1.", 1)[-1]
        out += f'<p>附件：1.<a href="/uploadfiles/202403/1201.docx">{esc(name)}</a></p>\n'
    if page.meta.get("sign_org"):
        out += f'<p style="text-align:right">{_m(page, "sign_org")}</p>\n'
        out += f'<p style="text-align:right">{_m(page, "sign_date")}</p>\n'
    return out


def _related(titles: list[str]) -> str:
    items = "".join(
        f'<li><a href="/zwgk/{i}.html">{esc(t)}</a><span>2024-0{i}-1{i}</span></li>'
        for i, t in enumerate(titles, 1)
    )
    return f'<div class="xgwz"><div class="xgwz-hd">相关文章</div><ul>{items}</ul></div>\n'


_RELATED = [
    "关于印发2024年普法依法治理工作要点的通知",
    "示范县2022年度法治政府建设工作报告",
    "示范县司法局2023年工作总结",
]


def _comment_box() -> str:
    return (
        '<div class="plk"><div class="plk-hd">发表评论</div>\n'
        "<p>网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。</p>\n"
        '<form action="/e/pl/doaction.php" method="post">'
        '<p>用户名：<input name="username" type="text"> 密码：<input name="password" type="password"> '
        '<a href="/e/member/register/">注册</a> <input type="checkbox" name="nomember" value="1">匿名发表</p>\n'
        '<textarea name="saytext" rows="6"></textarea>\n'
        '<p>验证码：<input name="key" size="6"><img src="/e/ShowKey/?v=pl"> <input type="submit" value="提交评论"></p>'
        "</form>\n"
        '<div class="plk-list">已有<span>0</span>条评论 <a href="/e/pl/?id=1201">查看全部评论</a></div></div>\n'
    )


def ul_spans(page: Page) -> str:
    """信息公开 as `<ul><li><span>索引号：</span>…</li>`; the title only in `div.bt` with the
    site first in `<title>`; 相关文章 and a comment box after the body."""
    rows = [
        ("索引号", page.meta.get("index_no", "")),
        ("发布机构", page.meta.get("publisher", "")),
        ("发文字号", page.meta.get("doc_no", "")),
        ("主题分类", "综合政务"),
        ("成文日期", cn_date(page.meta.get("written_date", ""))),
        ("发布日期", _dotted(page.meta.get("publish_date", ""))),
    ]
    items = "".join(f"<li><span>{esc(k)}：</span>{esc(v)}</li>" for k, v in rows)
    return (
        pages.head(f"{page.site}-{page.title}")
        + pages.top_bar(page.site)
        + '<div class="dqwz-bar">您现在的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a></div>\n'
        + '<div class="wrap-main">\n'
        + f'<ul class="gkxx clearfix">{items}</ul>\n'
        + f'<div class="bt">{esc(page.title)}</div>\n'
        + '<div class="nr" id="nrs">\n'
        + _p(page.paragraphs)
        + "\n"
        + _signed_html(page)
        + "</div>\n"
        + _related(_RELATED)
        + _comment_box()
        + "</div>\n"
        + pages.footer(page.site, icp="辽ICP备05012345号", police="辽公网安备 21050202000123号")
    )


def th_grid(page: Page) -> str:
    """A four-column label/value/label/value table with the labels in `<th>`, no colons;
    dates as `2024年3月12日 星期二` and `20240312`; title only in `td.title`."""
    rows = [
        ("索引号", page.meta.get("index_no", ""), "主题分类", "政府工作报告"),
        ("发布机构", page.meta.get("publisher", ""), "文号", page.meta.get("doc_no", "")),
        (
            "成文日期",
            _cn_weekday(page.meta.get("written_date", "")),
            "发布日期",
            _compact(page.meta.get("publish_date", "")),
        ),
    ]
    grid = "".join(
        f"<tr><th>{esc(a)}</th><td>{esc(b)}</td><th>{esc(c)}</th><td>{esc(d)}</td></tr>"
        for a, b, c, d in rows
    )
    return (
        pages.head(f"{page.site}-{page.title}")
        + pages.top_bar(page.site)
        + pages.breadcrumb([("首页", "/"), ("政府信息公开", "/xxgk/"), ("法定主动公开内容", "./")])
        + f'<div class="xl-main"><table class="gk-grid" border="1">{grid}</table>\n'
        + '<table width="100%" class="xl-art">'
        + f'<tr><td class="title" align="center">{esc(page.title)}</td></tr>\n'
        + '<tr><td class="xl-nr">\n'
        + _p(page.paragraphs)
        + "\n</td></tr></table>\n"
        + '<div class="xl-tools"><a href="javascript:window.print()">【打印本页】</a> '
        + '<a href="javascript:window.close()">【关闭窗口】</a></div></div>\n'
        + pages.footer(page.site, icp="鲁ICP备09013856号", police="鲁公网安备 37132902000301号")
    )


def input_fields(page: Page) -> str:
    """Metadata values in read-only `<input value=…>` boxes (a form-styled 信息公开 card)."""
    rows = [
        ("索 引 号", page.meta.get("index_no", "")),
        ("发布机构", page.meta.get("publisher", "")),
        ("成文日期", page.meta.get("written_date", "")),
        ("发布日期", page.meta.get("publish_date", "")),
        ("文　　号", page.meta.get("doc_no", "")),
        ("信息名称", page.title),
    ]
    cells = "".join(
        f'<div class="gk-row"><label>{esc(k)}：</label>'
        f'<input type="text" class="gk-inp" readonly="readonly" value="{esc(v)}"></div>'
        for k, v in rows
    )
    return (
        pages.head(f"{page.title}_{page.site}")
        + pages.top_bar(page.site)
        + pages.breadcrumb([("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", "./")])
        + f'<div class="gk-card"><form name="gkform">{cells}</form></div>\n'
        + f'<div class="main-art"><h1>{esc(page.title)}</h1>\n'
        + '<div class="txt-box">\n'
        + _p(page.paragraphs)
        + "\n</div></div>\n"
        + pages.share_and_tools()
        + pages.footer(page.site, icp="川ICP备05012345号", police="川公网安备 51081202000123号")
    )


def label_rows(page: Page) -> str:
    """The labels in one table row, their values in the row below."""
    pairs = [
        ("索引号", page.meta.get("index_no", "")),
        ("发布机构", page.meta.get("publisher", "")),
        ("文号", page.meta.get("doc_no", "")),
        ("成文日期", page.meta.get("written_date", "")),
        ("发布日期", page.meta.get("publish_date", "")),
    ]
    head = "".join(f"<td>{esc(k)}</td>" for k, _ in pairs)
    vals = "".join(f"<td>{esc(v)}</td>" for _, v in pairs)
    return (
        pages.head(f"{page.title} - {page.site}")
        + pages.top_bar(page.site)
        + '<div class="lm-wz">当前位置：<a href="/">首页</a> &gt; <a href="/gk/">信息公开</a></div>\n'
        + '<div class="show-box">\n'
        + f'<table class="gk-head" border="1"><tr class="th">{head}</tr><tr>{vals}</tr></table>\n'
        + f'<h2 class="show-tt">{esc(page.title)}</h2>\n'
        + '<div class="show-txt">\n'
        + _p(page.paragraphs)
        + "\n</div>\n"
        + '<div class="show-prev"><p>上一篇：<a href="/gk/12.html">关于开展2024年度行政执法案卷评查的通知</a></p>'
        + "<p>下一篇：没有了</p></div></div>\n"
        + pages.footer(page.site, icp="赣ICP备05012345号", police="赣公网安备 36092202000123号")
    )


def div_grid(page: Page) -> str:
    """A grid of `<div>` cells (a page built on a CSS framework): a row of labels over a row
    of values, twice; every cell is a block, so each lands on its own line of text."""

    def row(cells: list[str], kind: str) -> str:
        inner = "".join(f'<div class="col-{kind}">{esc(cell)}</div>' for cell in cells)
        return f'<div class="grid-row {kind}">{inner}</div>\n'

    first = [("索引号", "index_no"), ("发布机构", "publisher"), ("文号", "doc_no")]
    second = [("成文日期", "written_date"), ("发布日期", "publish_date")]
    grid = "".join(
        row([label for label, _ in part], "label")
        + row([page.meta.get(key, "") for _, key in part], "value")
        for part in (first, second)
    )
    return (
        pages.head(f"{page.site}-{page.title}")
        + pages.top_bar(page.site)
        + '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>\n'
        + '<div class="article-wrap">\n'
        + f'<div class="gk-grid">\n{grid}</div>\n'
        + f'<div class="article-title">{esc(page.title)}</div>\n'
        + '<div class="article-text">\n'
        + _p(page.paragraphs)
        + "\n</div>\n"
        + '<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】'
        + '【<a href="javascript:window.close()">关闭窗口</a>】</div></div>\n'
        + pages.footer(page.site, icp="浙ICP备05012345号", police="浙公网安备 33052302000123号")
    )


def span_oneliner(page: Page) -> str:
    """`发布时间：… 来源：… 作者：admin 浏览次数：123` in `<span>`s; 相关链接 and a comment box
    inside the article block, after the text."""
    return (
        pages.head(f"{page.site}-{page.title}")
        + pages.top_bar(page.site)
        + '<div class="lmdh">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 正文</div>\n'
        + '<div class="wzy">\n'
        + f'<div class="bt">{esc(page.title)}</div>\n'
        + f'<div class="sj"><span>发布时间：{_m(page, "publish_date")} 09:30</span> '
        + f"<span>来源：{_m(page, 'publisher')}</span> <span>作者：admin</span> "
        + "<span>浏览次数：123</span></div>\n"
        + '<div class="zw">\n'
        + _p(page.paragraphs)
        + "\n"
        + _signed_html(page)
        + "</div>\n"
        + '<div class="xglj"><b>相关链接：</b><a href="/tzgg/1.html">司法局2024年工作要点</a></div>\n'
        + _comment_box()
        + "</div>\n"
        + pages.footer(page.site, icp="苏ICP备05012345号", police="苏公网安备 32010202000123号")
    )


def nested_tables(page: Page) -> str:
    """An old CMS: everything in nested tables, the title in `td.title`, `<title>` with the
    site first, `发布日期：20240312`, the body `<td>` two tables deep; GBK."""
    body = "".join(
        f'<tr><td class="f14" style="line-height:26px">&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}</td></tr>\n'
        for line in page.paragraphs
    )
    return (
        pages.head(f"{page.site}-{page.title}")
        + '<body leftmargin="0" topmargin="0"><table width="1000" border="0" align="center">'
        + '<tr><td><img src="/images/banner.jpg" width="1000"></td></tr>\n'
        + '<tr><td class="menu"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | '
        + '<a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></td></tr></table>\n'
        + '<table width="1000" align="center"><tr><td width="240" valign="top">'
        + '<table width="100%"><tr><td class="lmbt">信息公开</td></tr>'
        + '<tr><td><a href="/gk/zcwj/">政策文件</a></td></tr><tr><td><a href="/gk/ghjh/">规划计划</a></td></tr>'
        + '<tr><td><a href="/gk/fzzf/">法治政府建设</a></td></tr></table></td>\n'
        + '<td valign="top"><table width="100%"><tr><td class="wz">您现在的位置：'
        + '<a href="/">首页</a> &gt;&gt; <a href="/gk/">信息公开</a> &gt;&gt; 正文</td></tr>\n'
        + f'<tr><td class="title" align="center">{esc(page.title)}</td></tr>\n'
        + f'<tr><td align="center" class="hui">发布日期：{_compact(page.meta.get("publish_date", ""))}'
        + f'&nbsp;&nbsp;来源：{_m(page, "publisher")}&nbsp;&nbsp;点击：<span id="hits">87</span></td></tr>\n'
        + '<tr><td><table width="96%" align="center"><tr><td>'
        + f'<table width="100%">{body}</table>'
        + "</td></tr></table></td></tr>\n"
        + '<tr><td align="right">【<a href="javascript:window.print()">打印</a>】'
        + '【<a href="javascript:window.close()">关闭</a>】</td></tr></table></td></tr></table>\n'
        + '<table width="1000" align="center" class="di"><tr><td align="center">'
        + f"主办：{esc(page.site)}办公室&nbsp;&nbsp;技术支持：某某网络公司<br>"
        + "ICP备案号：豫ICP备05012345号</td></tr></table>\n"
        + "</body></html>\n"
    )


_LIST_MARK = re.compile(
    r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))"
)


def _word_paragraph(line: str) -> str:
    """A paragraph as Word's "Save as HTML" writes it: list numbers behind
    `<![if !supportLists]>`, Latin runs in their own `lang=EN-US` span, `<o:p>` at the end."""
    mark = _LIST_MARK.match(line)
    rest = line[mark.end() :] if mark else line
    text = re.sub(
        r"(\d+)",
        r'</span><span lang=EN-US style="font-size:16.0pt;font-family:仿宋_GB2312">\1</span>'
        r'<span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-bidi-font-family:宋体">',
        esc(rest),
    )
    lead = (
        '<![if !supportLists]><span style="font-size:16.0pt;mso-list:Ignore">'
        f'{esc(mark.group(1))}<span style="font:7.0pt &quot;Times New Roman&quot;"></span></span><![endif]>'
        if mark
        else ""
    )
    return (
        '<p class=MsoNormal style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;'
        f'mso-line-height-rule:exactly">{lead}<span style="font-size:16.0pt;font-family:仿宋_GB2312;'
        f'mso-bidi-font-family:宋体">{text}<o:p></o:p></span></p>'
    )


def word_paste(page: Page) -> str:
    """A body pasted from Word into a generic CMS editor, closing with the 附件 line and the
    signature and date (`<st1:chsdate>`), which are report text."""
    body = "\n".join(_word_paragraph(line) for line in page.paragraphs)
    tail = ""
    if page.meta.get("annex"):
        tail += (
            '<p class=MsoNormal><span style="font-size:16.0pt;font-family:仿宋_GB2312">'
            f"{esc(page.meta['annex'])}<o:p></o:p></span></p>\n"
        )
    if page.meta.get("sign_org"):
        y, m, d = _ymd(page.meta["written_date"])
        tail += (
            '<p class=MsoNormal align=right style="text-align:right"><span style="font-size:16.0pt;'
            f'font-family:仿宋_GB2312">{_m(page, "sign_org")}<o:p></o:p></span></p>\n'
            '<p class=MsoNormal align=right style="text-align:right"><st1:chsdate '
            f'Year="{y}" Month="{m}" Day="{d}" IsLunarDate="False" IsROCDate="False" w:st="on">'
            f'<span lang=EN-US style="font-size:16.0pt">{_m(page, "sign_date")}</span></st1:chsdate>'
            "<o:p></o:p></p>\n"
        )
    return (
        pages.head(f"{page.title}-{page.site}")
        + pages.top_bar(page.site)
        + pages.breadcrumb([("首页", "/"), ("政务公开", "/zwgk/"), ("工作报告", "./")])
        + f'<div class="ny-con"><div class="ny-tit"><h3>{esc(page.title)}</h3></div>\n'
        + f'<div class="ny-info">日期：{_m(page, "publish_date")}　来源：{_m(page, "publisher")}　'
        + '<a href="javascript:window.print()">打印</a></div>\n'
        + '<div class="ny-txt"><div class=WordSection1 style="layout-grid:15.6pt">\n'
        + body
        + "\n"
        + tail
        + "</div></div></div>\n"
        + pages.footer(page.site, icp="浙ICP备05012345号", police="浙公网安备 33010202000123号")
    )


def wap(page: Page) -> str:
    """A mobile (`m.`/`/wap/`) page: back bar, compact info line, tab bar and a short footer."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">'
        f"<title>{esc(page.title)}</title>"
        '<link rel="stylesheet" href="/wap/css/m.css"><script src="/wap/js/zepto.min.js"></script>'
        "</head>\n<body>\n"
        '<div class="m-top"><a class="back" href="javascript:history.back()">返回</a>'
        f'<span class="m-site">{esc(page.site)}</span><a class="m-menu" href="/wap/nav.html">栏目</a></div>\n'
        '<div class="m-art">\n'
        f'<div class="m-tt">{esc(page.title)}</div>\n'
        f'<div class="m-info"><span>{_m(page, "publish_date")}</span> <span>来源：{_m(page, "publisher")}</span></div>\n'
        '<div class="m-txt">\n'
        + _p(page.paragraphs)
        + "\n</div></div>\n"
        + '<div class="m-tab"><a href="/wap/">首页</a> <a href="/wap/nav.html">栏目</a> '
        + '<a href="/?pc=1">电脑版</a> <a href="#top">顶部</a></div>\n'
        + f'<div class="m-bq"><p>主办：{esc(page.site)}办公室</p><p>鲁ICP备05012345号-2</p></div>\n'
        + "</body></html>\n"
    )


MORE_LAYOUTS: dict[str, Callable[[Page], str]] = {
    "ul_spans": ul_spans,
    "th_grid": th_grid,
    "input_fields": input_fields,
    "label_rows": label_rows,
    "span_oneliner": span_oneliner,
    "div_grid": div_grid,
    "nested_tables": nested_tables,
    "word_paste": word_paste,
    "wap": wap,
}

# Which metadata each layout shows (the rest: gold None).
MORE_SHOWS: dict[str, tuple[str, ...]] = {
    "ul_spans": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "th_grid": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "input_fields": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "label_rows": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "span_oneliner": ("publisher", "publish_date"),
    "div_grid": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "nested_tables": ("publisher", "publish_date"),
    "word_paste": ("publisher", "publish_date"),
    "wap": ("publisher", "publish_date"),
}

"""Report-page layouts of county portals no selector was written for (research: portals.md
§4–§5, §8): shapes the other layout modules do not cover.

- `info_bar`: a news template; `发布时间/来源/作者/浏览次数/【字体：大 中 小】` and a share widget in
  a `div.info`; headings in `<h3>` and `<strong>` leads; inside the article wrapper, under the
  text, a `本文来源` line, a `责任编辑/审核` line, 【返回顶部】, QR captions of the 政务微信/微博
  accounts and a 相关文章 list, none in a class a furniture vocabulary knows.
- `br_cells`: the 信息公开 table of an old CMS whose label cell and value cell each hold several
  fields split by `<br>`, inside nested layout tables; a body with a table of statistics, a
  footnote under it, and an accessibility toolbar (无障碍 / 长者模式) and 纠错/网站地图 links as
  plain text lines.
- `class_named`: the 信息公开 values in `<span>`s named by pinyin classes (`syh`, `fbjg`, `cwrq`
  …) with the labels drawn by CSS (`::before`), so no label is text.
- `info_after`: the 信息公开 block printed AFTER the text, in the article's own wrapper.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.eval.layouts import Page
from tests.fixtureweb import pages
from tests.fixtureweb.pages import esc

_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_SUB_HEADING = re.compile(r"^([(（][一二三四五六七八九十]+[)）][^。]{2,60}?。)(.*)$")


def _m(page: Page, key: str) -> str:
    return esc(page.meta.get(key, ""))


def _structured(lines: list[str]) -> str:
    """Headings as `<h3>`, a sub-heading's lead sentence in `<strong>`, the rest as `<p>`."""
    out = []
    for line in lines:
        sub = _SUB_HEADING.match(line)
        if _HEADING.match(line):
            out.append(f"<h3>{esc(line)}</h3>")
        elif sub:
            out.append(f"<p><strong>{esc(sub.group(1))}</strong>{esc(sub.group(2))}</p>")
        else:
            out.append(f'<p style="text-indent:2em">{esc(line)}</p>')
    return "\n".join(out)


def _signed_html(page: Page) -> str:
    out = ""
    if page.meta.get("annex"):
        out += f"<p>{_m(page, 'annex')}</p>\n"
    if page.meta.get("sign_org"):
        out += f'<p style="text-align:right">{_m(page, "sign_org")}</p>\n'
        out += f'<p style="text-align:right">{_m(page, "sign_date")}</p>\n'
    return out


# A table of statistics in the text, and the footnote under it (report text: in the gold).
STATS_CAPTION = "表1 行政复议和行政应诉案件情况"
STATS_ROWS: tuple[tuple[str, ...], ...] = (
    ("项目", "收案数（件）", "办结数（件）", "纠错率"),
    ("行政复议", "126", "118", "9.3%"),
    ("行政应诉", "87", "80", "—"),
    ("行政机关负责人出庭应诉", "87", "87", "100%"),
)
STATS_NOTE = "注：数据统计截至当年12月31日，办结数含上年结转案件。"
# After which paragraph of the report the table sits.
STATS_AFTER = 2


def stats_lines() -> list[str]:
    """The table as the body's text gives it: the caption, a line per row, the footnote."""
    return [STATS_CAPTION, *(" ".join(row) for row in STATS_ROWS), STATS_NOTE]


def _stats_html() -> str:
    head, *rows = STATS_ROWS
    cells = "".join(f"<td><strong>{esc(c)}</strong></td>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f'<p style="text-align:center"><strong>{esc(STATS_CAPTION)}</strong></p>\n'
        f'<table border="1" cellspacing="0" width="90%" align="center"><tbody><tr>{cells}</tr>'
        f"{body}</tbody></table>\n"
        f'<p><span style="font-size:12px">{esc(STATS_NOTE)}</span></p>\n'
    )


def info_bar(page: Page) -> str:
    """A news template's info line and article-wrapper furniture under the text."""
    related = "".join(
        f'<li><a href="/xwzx/{i}.html">{esc(t)}</a></li>'
        for i, t in enumerate(
            (
                "我县召开2024年全面依法治县工作会议",
                "县司法局开展“八五”普法中期评估",
                "县政府常务会议学法",
            ),
            1,
        )
    )
    return (
        pages.head(f"{page.title}-{page.site}")
        + pages.top_bar(page.site)
        + '<div class="dqwz-line">您所在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>\n'
        + '<div class="content-wrap"><div class="article-box">\n'
        + f'<h1 class="art-h">{esc(page.title)}</h1>\n'
        + '<div class="info">'
        + f"<span>发布时间：{_m(page, 'publish_date')} 16:02</span>"
        + f"<span>来源：{_m(page, 'publisher')}</span>"
        + "<span>作者：县司法局</span>"
        + '<span>浏览次数：<em id="hits">1326</em></span>'
        + '<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> '
        + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
        + '<div class="bdsharebuttonbox"><a class="bds_more" data-cmd="more">分享到：</a>'
        + '<a class="bds_weixin" data-cmd="weixin" title="分享到微信"></a></div>'
        + "</div>\n"
        + '<div class="art-txt" id="txt">\n'
        + _structured(page.paragraphs)
        + "\n"
        + _signed_html(page)
        + "</div>\n"
        + f'<p class="ly">本文来源：{_m(page, "publisher")}</p>\n'
        + '<p class="bj">（责任编辑：王晓明　审核：刘建国）</p>\n'
        + '<div class="art-ft"><a href="#top">【返回顶部】</a> <a href="javascript:window.print()">【打印本页】</a> '
        + '<a href="javascript:window.close()">【关闭窗口】</a></div>\n'
        + '<div class="wx-wb"><div class="it"><img src="/images/wx.jpg" alt=""><p>政务微信</p>'
        + "<p>扫描二维码关注</p></div>"
        + '<div class="it"><img src="/images/wb.jpg" alt=""><p>政务微博</p></div></div>\n'
        + f'<div class="xgwz-box"><h4>相关文章</h4><ul>{related}</ul></div>\n'
        + "</div></div>\n"
        + pages.footer(page.site, icp="冀ICP备05012345号", police="冀公网安备 13040302000123号")
    )


def br_cells(page: Page) -> str:
    """Label and value cells each split by `<br>`, nested layout tables, a statistics table."""
    left = [
        ("索 引 号", page.meta.get("index_no", "")),
        ("发布机构", page.meta.get("publisher", "")),
        ("成文日期", page.meta.get("written_date", "")),
    ]
    right = [
        ("主题分类", "政务公开"),
        ("文　　号", page.meta.get("doc_no", "") or "无"),
        ("发布日期", page.meta.get("publish_date", "")),
    ]

    def cells(pairs: list[tuple[str, str]]) -> str:
        labels = "<br>".join(f"{esc(k)}：" for k, _ in pairs)
        values = "<br>".join(esc(v) for _, v in pairs)
        return (
            f'<td class="lb" width="12%" align="right">{labels}</td>'
            f'<td class="vl" width="38%">{values}</td>'
        )

    paragraphs = page.paragraphs
    text = (
        _structured(paragraphs[: STATS_AFTER + 1])
        + "\n"
        + _stats_html()
        + _structured(paragraphs[STATS_AFTER + 1 :])
    )
    return (
        pages.head(f"{page.site}--{page.title}")
        + '<body><table width="1002" align="center" cellpadding="0" cellspacing="0">'
        + '<tr><td class="tb"><a href="javascript:void(0)">无障碍</a> <a href="javascript:void(0)">长者模式</a> '
        + '<a href="/sitemap.html">网站地图</a></td></tr>\n'
        + '<tr><td class="lm"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | '
        + '<a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></td></tr></table>\n'
        + '<table width="1002" align="center"><tr><td valign="top">'
        + '<table width="100%" class="gk-t1"><tr><td class="dh">当前位置：<a href="/">首页</a> '
        + "&gt; 法治政府建设</td></tr>\n"
        + '<tr><td><table width="100%" border="1" class="gk-t2">'
        + f"<tr>{cells(left)}{cells(right)}</tr>"
        + f'<tr><td align="right">名　　称：</td><td colspan="3">{esc(page.title)}</td></tr>'
        + "</table></td></tr>\n"
        + f'<tr><td class="bt" align="center"><b>{esc(page.title)}</b></td></tr>\n'
        + f'<tr><td class="zw">\n{text}\n</td></tr>\n'
        + '<tr><td align="right"><a href="/jiucuo/">纠错</a> <a href="javascript:window.print()">打印</a> '
        + '<a href="javascript:window.close()">关闭</a></td></tr>'
        + "</table></td></tr></table>\n"
        + '<table width="1002" align="center" class="db"><tr><td align="center">'
        + f"主办：{esc(page.site)}　承办：{esc(page.site)}办公室<br>"
        + "晋ICP备05012345号　网站标识码：1408000012</td></tr></table>\n"
        + "</body></html>\n"
    )


# Pinyin-abbreviation classes (`syh` 索引号, `fbjg` 发布机构 …): the page draws the labels with
# CSS, the spans hold only the values.
_CLASS_LABELS = (
    ("syh", "索引号", "index_no"),
    ("fbjg", "发布机构", "publisher"),
    ("wh", "文号", "doc_no"),
    ("cwrq", "成文日期", "written_date"),
    ("fbrq", "发布日期", "publish_date"),
)


def class_named(page: Page) -> str:
    """Values in `<span class="fbjg">`; labels only in the stylesheet (`.fbjg::before`)."""
    css = "".join(
        f'.gkxx .{cls}::before{{content:"{label}："}}' for cls, label, _ in _CLASS_LABELS
    )
    spans = "".join(
        f'<li><span class="{cls}">{_m(page, key)}</span></li>' for cls, _, key in _CLASS_LABELS
    )
    return (
        pages.head(f"{page.title}_{page.site}").replace("</head>", f"<style>{css}</style></head>")
        + pages.top_bar(page.site)
        + '<div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/gk/">信息公开</a></div>\n'
        + '<div class="con-main">\n'
        + f'<ul class="gkxx">{spans}</ul>\n'
        + f'<div class="con-tt">{esc(page.title)}</div>\n'
        + '<div class="con-nr">\n'
        + _structured(page.paragraphs)
        + "\n</div>\n"
        + '<div class="con-tool"><a href="javascript:window.print()">打印</a> '
        + '<a href="javascript:window.close()">关闭</a></div>\n'
        + "</div>\n"
        + pages.footer(page.site, icp="豫ICP备05012345号", police="豫公网安备 41010202000123号")
    )


def info_after(page: Page) -> str:
    """The 信息公开 block under the text, inside the article's wrapper."""
    rows = [
        ("索引号", page.meta.get("index_no", "")),
        ("发布机构", page.meta.get("publisher", "")),
        ("发文字号", page.meta.get("doc_no", "")),
        ("成文日期", page.meta.get("written_date", "")),
        ("发布日期", page.meta.get("publish_date", "")),
    ]
    block = "".join(f"<p><span>{esc(k)}：</span><span>{esc(v)}</span></p>" for k, v in rows)
    return (
        pages.head(f"{page.site}-{page.title}")
        + pages.top_bar(page.site)
        + '<div class="wz-line">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a></div>\n'
        + '<div class="xl-box">\n'
        + f'<div class="xl-tt">{esc(page.title)}</div>\n'
        + '<div class="xl-nr">\n'
        + _structured(page.paragraphs)
        + "\n"
        + _signed_html(page)
        + "</div>\n"
        + f'<div class="gk-info"><div class="gk-hd">信息公开</div>{block}</div>\n'
        + '<div class="xl-tool"><a href="javascript:window.print()">【打印】</a> '
        + '<a href="javascript:window.close()">【关闭】</a></div>\n'
        + "</div>\n"
        + pages.footer(page.site, icp="湘ICP备05012345号", police="湘公网安备 43010202000123号")
    )


UNSEEN_LAYOUTS: dict[str, Callable[[Page], str]] = {
    "info_bar": info_bar,
    "br_cells": br_cells,
    "class_named": class_named,
    "info_after": info_after,
}

UNSEEN_SHOWS: dict[str, tuple[str, ...]] = {
    "info_bar": ("publisher", "publish_date"),
    "br_cells": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "class_named": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "info_after": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
}

# Layouts whose text holds the statistics table (its lines in the gold body).
WITH_STATS = frozenset({"br_cells"})

"""Report-page templates for the evaluation corpus, one per real portal layout.

Each layout renders a report (title, metadata, body paragraphs) in the markup and with the
furniture of one CMS family seen on real portals (research: portals.md §1–§5). The gold answer
is known by construction; `build.py` writes the pages and their gold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.fixtureweb import pages
from tests.fixtureweb.blindkit import BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.sites.anhui_public import AnhuiPublicSite
from tests.fixtureweb.sites.hanweb_xxgk import HanwebXxgkSite
from tests.fixtureweb.sites.standard_catalog import StandardCatalogSite
from tests.fixtureweb.sites.static_county import StaticCountySite
from tests.fixtureweb.sites.ucap_county import UcapCountySite

REALPAGES = Path(__file__).resolve().parent.parent / "data" / "realpages"


@dataclass(frozen=True)
class Page:
    """What a template needs: the visible title, the shown metadata, the body paragraphs."""

    title: str
    paragraphs: list[str]
    meta: dict[str, str] = field(default_factory=dict)
    variant: int = 0
    site: str = "示范县人民政府"


def _p(lines: list[str], style: str = "text-indent:2em;") -> str:
    return "\n".join(f'<p style="{style}">{esc(line)}</p>' for line in lines)


def _m(page: Page, key: str, default: str = "") -> str:
    return esc(page.meta.get(key, default))


def trs_table(page: Page) -> str:
    """Old TRS WCM: gov.cn-style 信息公开 table, `TRS_Editor` with its own `<style>`."""
    fields = [
        ("索\u2002引\u2002号", page.meta.get("index_no", "")),
        ("主题分类", "其他"),
        ("发布机构", page.meta.get("publisher", "")),
        ("成文日期", page.meta.get("written_date", "")),
        ("文\u2002\u2002号", page.meta.get("doc_no", "")),
        ("发布日期", page.meta.get("publish_date", "")),
        ("名\u2002\u2002称", page.title),
    ]
    return pages.trs_detail(
        title=page.title,
        body_lines=page.paragraphs,
        meta_block=pages.metadata_table(fields),
        crumbs=[("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设年度报告", "./")],
        pub_time=page.meta.get("publish_date", "") + " 09:30",
        source=page.meta.get("publisher", ""),
        charset="gb2312" if page.variant % 2 == 0 else "utf-8",
    )


def trs_brackets(page: Page) -> str:
    """Chongqing TRS (new WCM): `[ 索引号 ]` rows, `TRS_UEDITOR`, 语音播报, QR line."""
    rows = [
        ("索引号", page.meta.get("index_no", "")),
        ("发文字号", page.meta.get("doc_no", "")),
        ("主题分类", "其他"),
        ("体裁分类", "公文"),
        ("发布机构", page.meta.get("publisher", "")),
        ("有效性", ""),
        ("成文日期", page.meta.get("written_date", "")),
        ("发布日期", page.meta.get("publish_date", "")),
    ]
    return (
        pages.head(f"{page.title}_{page.site}", meta={"ArticleTitle": page.title})
        + pages.top_bar(page.site)
        + '<div class="zwxl-bar"><span>您当前位置: <a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a>'
        + ' &gt; <a href="../">政府信息公开目录</a> &gt; <a href="./">法治政府建设年度报告</a></span></div>\n'
        + '<div class="zwxl-main">\n'
        + pages.metadata_brackets(rows)
        + f'<div class="zwxl-title"><p class="tit">{esc(page.title)}</p>\n'
        + f'<div class="zwxl-info"><span>日期:{_m(page, "publish_date")}</span> '
        + f'<span>来源:{_m(page, "publisher")}</span> <span class="yybb">语音播报</span></div></div>\n'
        + '<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default trs_web">\n'
        + _p(page.paragraphs)
        + "\n</div></div>\n"
        + '<div class="zwxl-ewm"><img src="./qr.png"><p>扫一扫在手机打开当前页面</p></div>\n'
        + "</div>\n"
        + pages.footer(page.site, icp="渝ICP备05003300号-1", police="渝公网安备 50010102000123号")
    )


def hanweb(page: Page) -> str:
    """Hanweb jcms: meta set, `ZJEG_RSS` comment markers inside `#zoom`, 3-part <title>."""
    table = ""
    if page.variant % 2 == 0:
        table = pages.metadata_table(
            [
                ("索引号", page.meta.get("index_no", "")),
                ("发布机构", page.meta.get("publisher", "")),
                ("文号", page.meta.get("doc_no", "")),
                ("成文日期", page.meta.get("written_date", "")),
            ]
        ).replace("xxgk-table", "xxgk_table")
    repeated = (
        f'<p style="text-align:center"><strong>{esc(page.title)}</strong></p>\n'
        if page.variant >= 2
        else ""
    )
    meta = {
        "Maketime": page.meta.get("publish_date", "") + " 09:30:00",
        "ArticleTitle": page.title,
        "PubDate": page.meta.get("publish_date", "") + " 09:30",
        "ContentSource": page.meta.get("publisher", ""),
    }
    return (
        pages.head(f"{page.site} 法治政府建设年度报告 {page.title}", meta=meta)
        + pages.top_bar(page.site)
        + '<div class="main-body">\n'
        + '<div class="bt-position"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/col/col64511/index.html">法治政府建设年度报告</a></div>\n'
        + table
        + f'<div class="article"><div class="article-title-box"><h2>{esc(page.title)}</h2></div>\n'
        + f'<div class="info">发布日期：{_m(page, "publish_date")} 09:30 信息来源：<!--<$[信息来源]>begin-->'
        + f'{_m(page, "publisher")}<!--<$[信息来源]>end--> 浏览次数：<span id="c"></span> '
        + '字体：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</div>\n'
        + '<div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">\n'
        + repeated
        + _p(page.paragraphs)
        + '\n<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>\n'
        + '<div class="fx"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n'
        + "</div></div>\n"
        + pages.footer(page.site, icp="浙ICP备05012345号", police="浙公网安备 33010202000123号")
    )


def vsb(page: Page) -> str:
    """VSB 博达站群: report filed under 通知公告, `#vsb_content > .v_news_content`, click counter."""
    return (
        pages.head(f"{page.title}-{page.site}")
        + '<body><div class="top"><a href="#">长者浏览模式</a> <a href="#">无障碍</a></div>\n'
        + '<div class="banner"><img src="/images/banner.jpg"></div>\n'
        + '<div class="lmmc"><h2>通知公告</h2></div>\n'
        + '<div class="wz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/tzgg.htm">通知公告</a> &gt;&gt; 正文</div>\n'
        + '<form name="_newscontent_fromname"><div class="content">\n'
        + f'<div class="content-title"><h1>{esc(page.title)}</h1></div>\n'
        + f'<div class="content-info">发布时间：{_m(page, "publish_date")}&nbsp;&nbsp;作者：&nbsp;&nbsp;'
        + f'来源：{_m(page, "publisher")}&nbsp;&nbsp;点击数：<script>_showDynClicks("wbnews", 1637461441, 256725)</script></div>\n'
        + '<div id="vsb_content"><div class="v_news_content">\n'
        + _p(page.paragraphs, "text-indent:2em;line-height:150%;font-family:仿宋;font-size:16pt;")
        + "\n</div></div>\n"
        + '<div id="div_vote_id"></div>\n'
        + "<p class=\"close\"><a href=\"javascript:window.opener=null;window.open('','_self');window.close();\">关闭窗口</a></p>\n"
        + "</div></form>\n"
        + "<script>_showDynClickBatch(['dynclicks_wbnews_256725_3981'],[256725],'wbnews', 1637461441)</script>\n"
        + pages.footer(page.site, icp="鲁ICP备09013856号", police="鲁公网安备 37132902000301号")
    )


def ucap_real(page: Page) -> str:
    """A real Kaipu ucap page (saved from a portal) with a report swapped into its body."""
    name = (
        "jx-wanzai-ucap-detail-2023.html"
        if page.variant % 2 == 0
        else "jx-yichun-ucap-detail-metadata.html"
    )
    raw = (REALPAGES / name).read_text(encoding="utf-8")
    body = "\n".join(
        '<p class="MsoNormal" style="text-indent:32pt;line-height:30pt;">'
        f'<span style="font-family:仿宋_GB2312;font-size:16pt;">{esc(line)}</span></p>'
        for line in page.paragraphs
    )
    raw = re.sub(
        r"<ucapcontent>.*?</ucapcontent>",
        lambda _: f"<ucapcontent>{body}</ucapcontent>",
        raw,
        count=1,
        flags=re.S,
    )
    raw = re.sub(r"<ucaptitle>.*?</ucaptitle>", f"<ucaptitle>{esc(page.title)}</ucaptitle>", raw)
    raw = re.sub(r'(<meta name="ArticleTitle" content=")[^"]*', rf"\g<1>{esc(page.title)}", raw)
    return re.sub(r"<title>.*?</title>", f"<title>{esc(page.title)}</title>", raw, flags=re.S)


def hubei_inline(page: Page) -> str:
    """Hubei TRS (潜江): the metadata as one inline run, with the doubled `文  号:` bug."""
    run = (
        f"<span>索 引 号: {_m(page, 'index_no')}</span> <span>主题分类: 其他</span> "
        f"<span>发布机构: {_m(page, 'publisher')}</span> "
        f"<span>发文日期: {_m(page, 'written_date_cn')}</span> <span>文  号: 文  号:无</span> "
        f"<span>效力状态: 有效</span> <span>发布日期: {_m(page, 'publish_date_cn')}</span> "
        f"<span>名  称: {esc(page.title)}</span>"
    )
    return (
        pages.head(f"{page.title}-{page.site}")
        + '<body><div class="top"><span>繁體</span> | <a href="/login">登录</a> | <a href="/reg">注册</a></div>\n'
        + pages.breadcrumb([("首页", "/"), ("信息公开", "/xxgk/"), ("法治政府建设年度报告", "./")])
        + f'<div class="xxgk_info">{run}</div>\n'
        + f'<div class="article-box"><h2 class="title">{esc(page.title)}</h2>\n'
        + '<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{line-height:2;font-size:16px;}</style>\n'
        + _p(page.paragraphs)
        + "\n</div></div>\n"
        + pages.share_and_tools()
        + pages.footer(page.site, icp="鄂ICP备05003303号", police="鄂公网安备 42900502000111号")
    )


def gansu_pipe(page: Page) -> str:
    """Gansu intensive platform: a label|value grid with empty cells, as a table or pipe text."""
    rows = [
        ["索 引 号", page.meta.get("index_no", ""), "主题分类", "其他"],
        ["发文字号", page.meta.get("doc_no", ""), "制发机构", page.meta.get("publisher", "")],
        ["有效性", "", "", ""],
        [
            "成文日期",
            page.meta.get("written_date", ""),
            "发布日期",
            page.meta.get("publish_date", ""),
        ],
        ["标 题", page.title],
    ]
    if page.variant % 2 == 0:
        block = (
            '<table class="table_suoyin" border="1">'
            + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows
            )
            + "</table>"
        )
    else:
        block = '<div class="suoyin">' + "".join(
            "<p>" + esc(" | ".join(row)) + " |</p>" for row in rows
        )
        block += "</div>"
    return (
        pages.head(f"{page.title} - {page.site}")
        + pages.top_bar(page.site)
        + '<div class="crumb-bar">您所在的位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a></div>\n'
        + f'<div class="detail-wrap">{block}\n'
        + f'<div class="detail-title">{esc(page.title)}</div>\n'
        + '<div class="detail-tools"><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span> <span>【打印】</span> <span>【关闭】</span></div>\n'
        + '<div class="detail-body">\n'
        + _p(page.paragraphs)
        + "\n</div></div>\n"
        + pages.footer(page.site, icp="陇ICP备05000001号", police="甘公网安备 62030002000001号")
    )


def old_table(page: Page) -> str:
    """A 2000s table-layout site: body is one `<td>` of `&nbsp;` indents and `<br>`, GBK."""
    body = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}<br>" for line in page.paragraphs)
    return (
        pages.head(page.title)
        + '<body topmargin="0"><table width="980" align="center"><tr><td><img src="/images/top.jpg"></td></tr>\n'
        + '<tr><td class="dh"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a></td></tr></table>\n'
        + '<table width="980" align="center"><tr><td width="220" valign="top" class="left">'
        + '<table><tr><td><a href="/tzgg/">通知公告</a></td></tr><tr><td><a href="/gzdt/">工作动态</a></td></tr></table></td>\n'
        + '<td valign="top"><table width="100%">'
        + f'<tr><td class="title18" align="center"><b>{esc(page.title)}</b></td></tr>\n'
        + f'<tr><td align="center" class="hui12">发布日期：{_m(page, "publish_date")} 11:30:01&nbsp;&nbsp;'
        + f"来源：{_m(page, 'publisher')}&nbsp;&nbsp;点击：<span id=hits>312</span>&nbsp;&nbsp;"
        + '【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>\n'
        + f'<tr><td class="text14" style="line-height:28px">{body}</td></tr></table></td></tr></table>\n'
        + '<table width="980" align="center" class="di"><tr><td align="center">'
        + f"版权所有：{esc(page.site)}&nbsp;&nbsp;主办：{esc(page.site)}办公室<br>"
        + "技术支持：某某网络公司&nbsp;&nbsp;ICP备案：川ICP备05012345号</td></tr></table>\n"
        + "</body></html>\n"
    )


def benxi_grid(page: Page) -> str:
    """本溪 publicity platform: a label/value grid, h1, `发布时间:… 【字体:` line."""
    cells = [
        ("索引号", page.meta.get("index_no", "")),
        ("发布机构", page.meta.get("publisher", "")),
        ("信息名称", page.title),
        ("主题分类", "执行结果公开"),
        ("发布日期", page.meta.get("publish_date", "")),
        ("成文日期", page.meta.get("written_date", "")),
        ("废止日期", ""),
        ("文 号", page.meta.get("doc_no", "")),
        ("关键词", ""),
    ]
    grid = "".join(
        f'<div class="grid-item"><span class="grid-label">{esc(k)}:</span>'
        f'<span class="grid-value">{esc(v)}</span></div>'
        for k, v in cells
    )
    return (
        pages.head(page.title)
        + pages.top_bar(page.site)
        + f'<div class="publicity-detail"><div class="grid-box">{grid}</div>\n'
        + f'<div class="publicity-title"><h1>{esc(page.title)}</h1></div>\n'
        + f'<div class="publicity-sub">发布时间:{_m(page, "publish_date")} 14:18:38 【字体:'
        + '<a class="big">大</a> <a class="mid">中</a> <a class="small">小</a>】</div>\n'
        + '<div class="publicity-text">\n'
        + _p(page.paragraphs)
        + "\n</div></div>\n"
        + pages.footer(page.site, icp="辽ICP备05012345号", police="辽公网安备 21050202000123号")
    )


def chaotian(page: Page) -> str:
    """广元朝天 信息公开 system: a bare `发布机构:… 发布时间:… 字体: [ ]` line, own footer."""
    return (
        pages.head(page.title)
        + '<body><div class="gk-top"><img src="/images/gk-top.png"></div>\n'
        + '<div class="gk-location">当前位置：<a href="/">首页</a> &gt; <a href="/gongkai/">政府信息公开</a></div>\n'
        + '<div class="gk-column">政府信息公开</div>\n'
        + f'<div class="gk-show"><h2>{esc(page.title)}</h2>\n'
        + f'<div class="gk-attr">发布机构:{_m(page, "publisher")} 发布时间: {_m(page, "publish_date")} 06:45 '
        + '字体: [<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>\n'
        + '<div class="gk-text">\n'
        + _p(page.paragraphs)
        + "\n</div></div>\n"
        + '<div class="gk-copy">主办:广元市朝天区人民政府办公室 运行维护单位:中国电信广元分公司<br>'
        + "电话:0839-8622290 蜀ICP备12028058号-1 广公网备510812010001号<br>网站标识码5108120013</div>\n"
        + "</body></html>\n"
    )


def mirror(page: Page) -> str:
    """A content-farm mirror: Traditional text with pinyin after some characters."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{esc(page.title)} - 資訊網</title></head>\n"
        '<body><div id="masthead"><a href="/">首頁</a> <a href="/news/">新聞</a> <a href="/law/">法治</a></div>\n'
        f'<div id="primary"><article class="post"><h1 class="entry-title">{esc(page.title)}</h1>\n'
        f'<div class="entry-meta">發布時間：{_m(page, "publish_date")} 來源：{_m(page, "publisher")} 閱讀：1234</div>\n'
        '<div class="entry-content">\n'
        + _p(page.paragraphs, "")
        + '\n<p>相關(guān)鏈接:</p><ul><li><a href="/n/1.html">某市2020年度法治政府建設(shè)工作報告</a></li></ul>\n'
        "</div></article></div>\n"
        '<aside id="secondary"><h3>熱門文章</h3><ul><li><a href="/n/2.html">某縣關於開展專項整治的通知</a></li>'
        '<li><a href="/n/3.html">某區政務公開工作要點</a></li></ul></aside>\n'
        '<div id="colophon">Copyright © 2022 資訊網 All Rights Reserved. 粵ICP備19000001號</div>\n'
        "</body></html>\n"
    )


def _blind_detail(site: BlindSite, **kwargs: Any) -> str:
    """A report page as a fixture portal renders it (its furniture and layout)."""
    site.detail_page("/report.html", **kwargs)
    return site.sources["/report.html"]


def _shown(page: Page, *keys: str) -> dict[str, str]:
    return {k: page.meta[k] for k in keys if k in page.meta}


def hanweb_xxgk(page: Page) -> str:
    """Zhejiang Hanweb 信息公开 platform: table with 组配分类/生成日期/公开方式, a 发布日期 line."""
    return _blind_detail(
        HanwebXxgkSite(),
        title=page.title,
        body=page.paragraphs,
        meta_rows=_shown(page, "index_no", "publisher", "written_date", "doc_no"),
        pub=page.meta["publish_date"] + " 16:20",
    )


def dl_pairs(page: Page) -> str:
    """政务公开标准目录 page: `dl/dt/dd` pairs without colons; 来源 line names another body."""
    return _blind_detail(
        StandardCatalogSite(),
        title=page.title,
        body=page.paragraphs,
        pub=page.meta["publish_date"] + " 17:30",
        meta=_shown(page, "index_no", "publisher", "written_date", "doc_no"),
        source="区司法局" if page.variant % 2 == 0 else "县政府办公室",
    )


def dede(page: Page) -> str:
    """DedeCMS default article: `<small>时间:</small>…<small>来源:</small>…`, GBK; odd variants
    have an old-style body of `&nbsp;` indents and `<br />`."""
    return _blind_detail(
        StaticCountySite(),
        title=page.title,
        body=page.paragraphs,
        time=page.meta["publish_date"] + " 09:30",
        source=page.meta["publisher"],
        old_style=page.variant % 2 == 1,
    )


def anhui_suoyin(page: Page) -> str:
    """Anhui 政务公开: `table_suoyin` with `<i>`-spaced labels and a 内容概述 row."""
    return _blind_detail(
        AnhuiPublicSite(),
        title=page.title,
        body=page.paragraphs,
        unit="6616191",
        pub=page.meta["publish_date"] + " 10:25",
        meta=_shown(page, "index_no", "publisher", "written_date", "doc_no"),
    )


def ucap_split(page: Page) -> str:
    """The real ucap page with the report's title split over two lines in its h1."""
    head, sep, tail = page.title.partition("法治政府")
    shown = esc(head) + "<br>" + esc(sep + tail) if sep else esc(page.title)
    return _blind_detail(
        UcapCountySite(),
        title=page.title,
        body=page.paragraphs,
        shown_title=shown,
        index_no=page.meta["index_no"],
        written=page.meta["written_date"],
        publisher=page.meta["publisher"],
        pub=page.meta["publish_date"] + " 15:02:11",
    )


LAYOUTS: dict[str, Callable[[Page], str]] = {
    "trs_table": trs_table,
    "trs_brackets": trs_brackets,
    "hanweb": hanweb,
    "vsb": vsb,
    "ucap_real": ucap_real,
    "hubei_inline": hubei_inline,
    "gansu_pipe": gansu_pipe,
    "old_table": old_table,
    "benxi_grid": benxi_grid,
    "chaotian": chaotian,
    "mirror": mirror,
    "hanweb_xxgk": hanweb_xxgk,
    "dl_pairs": dl_pairs,
    "dede": dede,
    "anhui_suoyin": anhui_suoyin,
    "ucap_split": ucap_split,
}

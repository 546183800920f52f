"""Page templates in the markup of real portal CMSs, with their full furniture.

The furniture strings are the ones seen on real portals (research: portals.md §5 and the saved
ucap pages): toolbars, breadcrumbs, 字体 widgets, share/QR blocks, related links and footers.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

NAV_ITEMS = (
    "首页",
    "政务公开",
    "政务服务",
    "互动交流",
    "走进{region}",
    "新闻中心",
    "政策文件",
    "重点领域",
    "专题专栏",
    "数据发布",
)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def head(
    title: str,
    *,
    charset: str = "utf-8",
    meta: dict[str, str] | None = None,
    site_name: str = "示范县人民政府",
) -> str:
    metas = "".join(
        f'<meta name="{esc(k)}" content="{esc(v)}">\n' for k, v in (meta or {}).items()
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="SiteName" content="{esc(site_name)}">
<meta name="SiteDomain" content="www.sfx.gov.cn">
<meta name="SiteIDCode" content="3713290001">
{metas}<link rel="stylesheet" href="/images/common.css">
<style>.top-bar{{height:36px;background:#f4f4f4}}.footer p{{line-height:28px;text-align:center}}
.nav li{{float:left;width:10%}}.list li span{{float:right}}</style>
<script src="/images/jquery.min.js"></script>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="/stat.js";}})();</script>
</head>
"""


def top_bar(site_name: str = "示范县人民政府", region: str = "示范县") -> str:
    nav = "".join(
        f'<li><a href="/{"" if i == 0 else "zwgk/" if i == 1 else f"c{i}/"}">{n.format(region=region)}</a></li>'
        for i, n in enumerate(NAV_ITEMS)
    )
    return f"""<body>
<div class="top-bar"><div class="w1200">
<span class="today">今天是：<script>document.write(new Date().toLocaleDateString())</script> 星期三</span>
<span class="links"><a href="javascript:void(0)" id="wza">无障碍</a> | <a href="javascript:void(0)">长者浏览模式</a>
| <a class="jft" href="javascript:void(0)" onclick="jft()">繁體</a> | <a href="/login/">登录</a> | <a href="/register/">注册</a></span>
</div></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{esc(site_name)}"></a></div>
<div class="search"><form action="/was5/web/search" method="get"><input name="searchword" placeholder="请输入关键字">
<button type="submit">搜索</button></form><p>热门搜索：<a href="/was5/web/search?w=社保">社保</a> <a href="/was5/web/search?w=公积金">公积金</a></p></div></div>
<div class="nav"><ul>{nav}</ul></div>
"""


def footer(
    site_name: str = "示范县人民政府",
    *,
    icp: str = "鲁ICP备05012345号-1",
    police: str = "鲁公网安备 37132902000123号",
    code: str = "3713290001",
) -> str:
    return f"""<div class="footer">
<div class="footer-links"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzsm/">网站声明</a></div>
<p>主办：{esc(site_name)}办公室　承办：{esc(site_name)}大数据中心</p>
<p>地址：示范县人民路1号　邮编：276000　联系电话：0539-1234567</p>
<p><a href="https://beian.miit.gov.cn/">{esc(icp)}</a>　<img src="/images/ga.png">{esc(police)}　网站标识码：{esc(code)}</p>
<p>版权所有：{esc(site_name)}　技术支持：某某信息技术有限公司</p>
<div class="dzjg"><a href="http://bszs.conac.cn/"><img src="/images/dzjg.png" alt="党政机关"></a></div>
</div>
<script src="/images/footer.js"></script>
</body></html>
"""


def breadcrumb(parts: Iterable[tuple[str, str]]) -> str:
    links = " &gt; ".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in parts)
    return f'<div class="position">您当前的位置：{links}</div>\n'


def paragraphs(lines: Iterable[str]) -> str:
    out = []
    for line in lines:
        style = ' style="text-indent:2em;"'
        out.append(f"<p{style}>{esc(line)}</p>")
    return "\n".join(out)


def metadata_table(fields: list[tuple[str, str]]) -> str:
    """gov.cn-style table: label cells with U+2002 spaces and a colon, value cells."""
    rows = []
    for i in range(0, len(fields), 2):
        cells = "".join(
            f'<td class="t1"><b>{esc(k)}：</b></td><td class="t2">{esc(v)}</td>'
            for k, v in fields[i : i + 2]
        )
        rows.append(f"<tr>{cells}</tr>")
    return f'<table class="xxgk-table" cellspacing="0" cellpadding="0">{"".join(rows)}</table>\n'


def metadata_brackets(fields: list[tuple[str, str]]) -> str:
    """Chongqing TRS: `[ 索引号 ] value` rows."""
    rows = "".join(
        f'<li><span class="label">[ {esc(k)} ]</span><span class="value">{esc(v)}</span></li>'
        for k, v in fields
    )
    return f'<div class="zwxl-table"><ul class="clearfix">{rows}</ul></div>\n'


def share_and_tools(
    prev: tuple[str, str] | None = None, nxt: tuple[str, str] | None = None
) -> str:
    prev_html = (
        f'<p>上一篇：<a href="{esc(prev[1])}">{esc(prev[0])}</a></p>'
        if prev
        else "<p>上一篇：没有了</p>"
    )
    next_html = (
        f'<p>下一篇：<a href="{esc(nxt[1])}">{esc(nxt[0])}</a></p>'
        if nxt
        else "<p>下一篇：没有了</p>"
    )
    return f"""<div class="article-tools">
<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a></div>
<div class="article-ewm"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div>
<div class="print-close"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="prevnext">{prev_html}{next_html}</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/">政府信息公开</a></li><li><a href="http://www.gov.cn/">中国政府网</a></li></ul></div>
"""


def trs_detail(
    *,
    title: str,
    body_lines: list[str],
    meta_block: str,
    crumbs: list[tuple[str, str]],
    pub_time: str,
    source: str,
    attachments: list[tuple[str, str]] | None = None,
    charset: str = "utf-8",
    meta: dict[str, str] | None = None,
) -> str:
    atts = "".join(f'<p><a href="{esc(u)}">附件：{esc(n)}</a></p>' for n, u in attachments or [])
    return (
        head(f"{title}_示范县人民政府", charset=charset, meta=meta)
        + top_bar()
        + '<div class="main w1200">\n'
        + breadcrumb(crumbs)
        + '<div class="detail">\n'
        + meta_block
        + f'<h1 class="article-title">{esc(title)}</h1>\n'
        + f'<div class="article-info"><span>发布时间：{esc(pub_time)}</span><span>来源：{esc(source)}</span>'
        + '<span class="font">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
        + '<a href="javascript:doZoom(14)">小</a>】</span><span>浏览次数：<script>_showDynClick()</script>128</span></div>\n'
        + '<div class="article-content"><div class=TRS_Editor><style type=text/css>\n'
        + ".TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.5;font-family:宋体;font-size:12pt;}"
        + ".TRS_Editor DIV{margin-top:5px;}.TRS_Editor TD{font-size:12pt;}\n</style>\n"
        + paragraphs(body_lines)
        + "\n</div></div>\n"
        + atts
        + share_and_tools()
        + "</div></div>\n"
        + footer()
    )


def trs_listing(
    *,
    column: str,
    crumbs: list[tuple[str, str]],
    items: list[tuple[str, str, str]],
    page_count: int,
    current: int,
    sidebar: list[tuple[str, str]],
) -> str:
    lis = "\n".join(
        f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t if len(t) < 28 else t[:26] + "…")}</a>'
        f"<span>{esc(d)}</span></li>"
        for t, u, d in items
    )
    side = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in sidebar)
    return (
        head(f"{column}_示范县人民政府")
        + top_bar()
        + '<div class="main w1200">\n'
        + breadcrumb(crumbs)
        + f'<div class="xxgk-left"><h3>信息公开目录</h3><ul class="tree">{side}</ul></div>\n'
        + f'<div class="xxgk-right"><h2 class="column-title">{esc(column)}</h2>\n<ul class="list">\n{lis}\n</ul>\n'
        + f'<div class="page"><script>\n//wcm分页，总记录：{len(items) * page_count}\n'
        + f'createPageHTML({page_count}, {current}, "index", "html");\n</script></div>\n'
        + "</div></div>\n"
        + footer()
    )

"""Heavy page furniture of real county portals, for fixture portals in styles beyond TRS.

Strings and structures as real portals carry them (research: portals.md §5, the saved ucap
pages): the 无障碍/长者模式 toolbar, the 政府网站找错 badge, floating share bars, left
column trees, 互动交流 sidebars, 网站地图 and footers loaded in an `<iframe>`.
"""

from __future__ import annotations

from collections.abc import Iterable

from tests.fixtureweb.pages import esc


def doc_head(
    title: str,
    *,
    site: str,
    code: str,
    charset: str = "utf-8",
    meta: dict[str, str] | None = None,
) -> str:
    """`<head>` with the 政府网站发展指引 meta set and the usual analytics/accessibility scripts."""
    metas = "".join(
        f'<meta name="{esc(k)}" content="{esc(v)}">\n' for k, v in (meta or {}).items()
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="SiteName" content="{esc(site)}">
<meta name="SiteIDCode" content="{esc(code)}">
{metas}<link href="/images/base.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?7a3c";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
"""


def access_toolbar(site: str) -> str:
    """Top strip: date, 无障碍 / 长者模式 / 关怀版 / 简繁, login, 手机版, 微信 微博."""
    return f"""<body>
<div id="cniil_wza"></div>
<div class="topbox"><div class="wrap">
<div class="fl">欢迎访问{esc(site)}门户网站！ 今天是<span id="today"><script>showDate();</script></span></div>
<div class="fr"><a href="javascript:void(0);" onclick="aria.start()" class="wza">无障碍浏览</a>
<a href="javascript:void(0);" class="zzms" onclick="elder()">长者模式</a>
<a href="javascript:void(0);" class="ghb">关怀版</a>
<a id="StranLink" href="javascript:StranBody()">繁體中文</a>
<a href="/wap/" class="sjb">手机版</a> <a class="wx" href="javascript:;">微信</a> <a class="wb" href="https://weibo.com/u/1234567">微博</a>
<a href="/sso/login">登录</a> <a href="/sso/register">注册</a></div>
</div></div>
"""


def masthead(site: str, nav: Iterable[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{esc(u)}" target="_self">{esc(t)}</a></li>' for t, u in nav)
    return f"""<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/images/logo.png" alt="{esc(site)}" /></a>
<div class="search"><form name="searchform" action="/jsearchfront/search.do" method="get" target="_blank">
<input type="text" name="q" class="text" value="请输入关键词" /><input type="submit" value="搜索" class="btn" /></form>
<div class="hot">热门搜索：<a href="/jsearchfront/search.do?q=医保">医保</a> <a href="/jsearchfront/search.do?q=入学">入学</a></div></div></div></div>
<div class="mainnav"><ul class="wrap">{items}</ul></div>
"""


def crumbs(parts: Iterable[tuple[str, str]], label: str = "当前位置：") -> str:
    links = "&nbsp;&gt;&nbsp;".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in parts)
    return f'<div class="location"><span>{esc(label)}</span>{links}</div>\n'


def left_tree(title: str, branches: Iterable[tuple[str, str, Iterable[tuple[str, str]]]]) -> str:
    """A column tree: branches (name, url, leaves) with nested leaves, as 信息公开 目录 show."""
    out = []
    for name, url, leaves in branches:
        kids = "".join(
            f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a></li>' for t, u in leaves
        )
        out.append(
            f'<li class="tree-node"><a href="{esc(url)}" class="tree-title">{esc(name)}</a>'
            + (f'<ul class="tree-sub">{kids}</ul>' if kids else "")
            + "</li>"
        )
    return (
        f'<div class="leftnav"><h2>{esc(title)}</h2><ul class="tree">{"".join(out)}</ul></div>\n'
    )


def interaction_sidebar(head_title: str = "互动交流") -> str:
    return f"""<div class="side-hdjl"><h3>{esc(head_title)}</h3><ul>
<li><a href="/hdjl/xzxx/">县长信箱</a></li><li><a href="/hdjl/zxzx/">在线咨询</a></li>
<li><a href="/hdjl/myzj/">民意征集</a></li><li><a href="/hdjl/rdhy/">热点回应</a></li>
<li><a href="/hdjl/zxft/">在线访谈</a></li></ul>
<p>咨询电话：12345</p></div>
"""


def float_share() -> str:
    return """<div class="float-share" id="floatShare"><span>分享到：</span>
<a href="javascript:;" class="share-wx" title="微信">微信</a><a href="javascript:;" class="share-wb" title="新浪微博">微博</a>
<a href="javascript:;" class="share-qzone" title="QQ空间">QQ空间</a><a href="javascript:scrollTo(0,0);" class="gotop">返回顶部</a></div>
"""


def article_tools() -> str:
    return """<div class="article-bottom"><div class="fl">
【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】【<a href="javascript:addFavorite();">收藏</a>】</div>
<div class="fr ewm"><img src="/images/ewm.png" /><p>扫一扫在手机打开当前页</p></div></div>
"""


def jiucuo(code: str) -> str:
    """The national 政府网站找错 badge and its script."""
    return (
        '<div class="jiucuo"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code='
        f'{esc(code)}&amp;url=" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错" />'
        "<span>政府网站找错</span></a></div>\n"
        f"<script id=\"_jiucuo_\" sitecode='{esc(code)}' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>\n"
    )


def footer_block(site: str, *, icp: str, police: str, code: str, address: str) -> str:
    return f"""<div class="foot"><div class="wrap">
<div class="foot-links"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzsm/">网站声明</a> | <a href="/sybz/">使用帮助</a></div>
<p>主办单位：{esc(site)}办公室　承办单位：{esc(site)}政务服务数据管理局</p>
<p>地址：{esc(address)}　联系电话：0000-1234567　网站标识码：{esc(code)}</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">{esc(icp)}</a>　<a href="http://www.beian.gov.cn/" target="_blank">{esc(police)}</a></p>
<p>技术支持：某某数字科技有限公司　建议使用1920×1080分辨率</p>
<div class="dzjg"><a href="https://bszs.conac.cn/"><img src="/images/red.png" alt="党政机关" /></a></div>
</div></div>
"""


def iframe_footer(src: str) -> str:
    """Footers some portals load as a separate page: the report page has only the frame."""
    return (
        f'<iframe src="{esc(src)}" width="100%" height="180" frameborder="0" scrolling="no"'
        ' marginheight="0" marginwidth="0" id="footFrame"></iframe>\n</body></html>\n'
    )


def paragraphs(lines: Iterable[str], style: str = "text-indent:2em;") -> str:
    return "\n".join(f'<p style="{style}">{esc(line)}</p>' for line in lines)

"""A small county portal run on the PHP CMSs many small counties and townships still use, every
URL dynamic (`?` queries, no static pages), one column on each CMS:

- the portal itself is PHPCMS v9 (UTF-8): home `/` (also `/index.php`, and `/?m=…` is the same
  page as `/index.php?m=…`, as on a real server), columns `/index.php?m=content&c=index&a=lists&
  catid=N`, articles `/index.php?m=content&c=index&a=show&catid=N&id=M`. 公示公告 (catid=12, 20
  a page, 8 pages) pages with v9's `pages()` pager (`<div id="pages"><a class="a1">共155条</a>
  <a … class="a1">上一页</a> <span>1</span> <a>2</a> … <a … class="a1">下一页</a>`) whose
  links are relative queries (`?m=content&c=index&a=lists&catid=12&page=3`); the navigation
  writes the column with a trailing `&`; the home page's 推荐 box names articles with their
  parameters in another order and a `&rnd=` cache-buster; the 帝国 pages name the portal's columns by the site root
  (`/?m=content&c=index&a=lists&catid=12`, the same page). Articles use v9's default `show.html`:
  the date/来源/点击 line INSIDE the `<h1>` (`<h1>标题<br /><span>发布时间：… 来源：… 点击：<span
  id="hits"></span>次</span></h1>`), a custom 信息公开 model's table above it, 上一篇/下一篇,
  添加到收藏夹/打印/关闭窗口 and the `api.php?op=count` script. The county's 2023 report is on
  page 5, beside a 工作要点, a 述法 notice and the 政府信息公开工作年度报告;
- 司法行政 is DedeCMS dynamic (GBK, declared only in `<meta>`, with `<base href>` at the site
  root): `/plus/list.php?tid=5`, pager `/plus/list.php?tid=5&TotalResult=128&PageNo=N` (首页/上一页,
  numbers, 下一页/末页, `共 7页128条`), items written relative to the base (`plus/view.php?aid=N`:
  resolved against the page instead they 404). The 司法局's report is on page 4 and split by
  the editor into two article pages (`{dede:pagebreak/}`: `view.php?aid=N&pageno=2`), beside a
  局长述法报告, a 推进会 news item and a 示范创建 notice;
- 依法治县 is 帝国CMS dynamic (UTF-8): `/e/action/ListInfo/?classid=12`, pages 0-based
  `/e/action/ListInfo/index.php?page=N&classid=12&totalnum=160` in 帝国's `page1()` pager
  (`160  |< < 1 2 [3] 4 5 6 > >|`), every pager link with a fresh `&rnd=` per request; list titles
  cut at 24 characters (no title attribute); articles `/e/action/ShowInfo.php?classid=12&id=N`
  with 帝国's info line (`点击：<script src=/e/public/ViewClick/…></script>次`), 打印 (`/e/public/
  printer/`) /关闭, 上一篇/下一篇. Reports on pages 5 and 7 (1-based), beside a 示范创建 notice, a
  县长述法报告, a 推进会, a 工作要点 and a 政府信息公开工作年度报告.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from urllib.parse import parse_qs, parse_qsl, urlencode

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "彭阳县人民政府"
CODE = "6404250001"
GOV = "彭阳县人民政府"
GOV_OFFICE = "彭阳县人民政府办公室"
SFJ = "彭阳县司法局"
PER_PAGE = 20
TOP = dt.datetime(2025, 11, 18, 9, 0, 0)

PHP_LIST = "/index.php?m=content&c=index&a=lists&catid={catid}"
PHP_SHOW = "/index.php?m=content&c=index&a=show&catid={catid}&id={id}"
DEDE_LIST = "/plus/list.php?tid=5"
DEDE_TOTAL = 128
EMPIRE_LIST = "/e/action/ListInfo/?classid=12"
EMPIRE_TOTAL = 160
EMPIRE_PAGE_LINE = 6
# 帝国's pager links carry a fresh `&rnd=` per request (False: none, for comparison runs).
EMPIRE_PAGER_RND = True
GBK_META = {"encoding": "gbk", "header_charset": None}

NAV = [
    ("网站首页", "/"),
    ("彭阳要闻", "/index.php?m=content&c=index&a=lists&catid=6&"),
    ("政务公开", "/index.php?m=content&c=index&a=lists&catid=9&"),
    ("公示公告", "/index.php?m=content&c=index&a=lists&catid=12&"),
    ("司法行政", DEDE_LIST),
    ("依法治县", EMPIRE_LIST),
    ("互动交流", "/index.php?m=guestbook&c=index&a=init"),
]


def _canonical(path: str) -> str:
    if "?" not in path:
        return path
    base, query = path.split("?", 1)
    return base + "?" + urlencode(sorted(parse_qsl(query)))


def _dates(n: int, anchors: dict[int, dt.datetime]) -> list[dt.datetime]:
    """Newest first: item i's time, piecewise linear between anchors (index → time)."""
    points = sorted({0: TOP, **anchors}.items())
    out = []
    for i in range(n):
        lo = max((p for p in points if p[0] <= i), key=lambda p: p[0])
        hi = min((p for p in points if p[0] > i), key=lambda p: p[0], default=None)
        if hi is None:
            step = dt.timedelta(days=4, hours=3)
            out.append(lo[1] - step * (i - lo[0]))
        else:
            span = (lo[1] - hi[1]) / (hi[0] - lo[0])
            out.append(lo[1] - span * (i - lo[0]))
    return out


def _ts(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S")


class PhpCmsCountySite(BlindSite):
    name = "php_cms_county"
    region = "宁夏回族自治区固原市彭阳县"
    empire_pager_rnd = EMPIRE_PAGER_RND
    # The cache-buster's name (a subclass names it as no list of cache-busters does).
    rnd_key = "rnd"

    def __init__(self) -> None:
        super().__init__()
        self.php_rows: dict[int, list[tuple[str, str, str]]] = {}
        self.dede_rows: list[tuple[str, str, str]] = []
        self.empire_rows: list[tuple[str, str, str]] = []
        self.rnd = itertools.count(7301)

    def gold_report(self, path: str, *args: object, **kwargs: object) -> list[str]:
        """Gold URLs as a crawler names them: the query in key order."""
        return super().gold_report(_canonical(path), *args, **kwargs)  # type: ignore[arg-type]

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.rnd = itertools.count(7301)
        self._phpcms_columns()
        self._dede_column()
        self._empire_column()
        self._home()

    # --- dispatch ------------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        q = {k: v[0] for k, v in parse_qs(hit.query, keep_blank_values=True).items()}
        if hit.path in {"/", "/index.php"} and q.get("m") == "content":
            return self._phpcms(q)
        if hit.path == "/plus/list.php":
            return self._dede_list_reply(q)
        if hit.path in {"/e/action/ListInfo/", "/e/action/ListInfo/index.php"}:
            return self._empire_list_reply(q)
        if hit.query:
            # Cache-busters and stray empty values change nothing on the server.
            clean = {k: v for k, v in q.items() if k != self.rnd_key and v != ""}
            return self.pages.get(_canonical(f"{hit.path}?{urlencode(clean)}"))
        return None

    # --- PHPCMS v9 ----------------------------------------------------------------------------
    def _phpcms(self, q: dict[str, str]) -> Reply | None:
        try:
            catid = int(q.get("catid", "0"))
            page = max(1, int(q.get("page") or 1))
        except ValueError:
            return None
        if q.get("a") == "lists":
            if catid in self.php_rows:
                return html_reply(self._php_list(catid, page))
            if catid == 9:
                return self.pages.get("/__php_cat9")
        if q.get("a") == "show" and "id" in q:
            found = self.pages.get(
                _canonical(PHP_SHOW.format(catid=q.get("catid", ""), id=q["id"]))
            )
            if found is not None:
                return found
        return html_reply(
            self._php_frame(
                "提示信息",
                [],
                '<div class="showMsg"><h5>提示信息</h5>'
                '<div class="content">抱歉，您要访问的内容不存在！</div></div>',
            )
        )

    def _phpcms_columns(self) -> None:
        rows: list[tuple[str, str, str]] = []
        n = 155
        gold_at, negs = 86, {83: 0, 88: 1, 91: 2}
        neg_titles = [
            ("彭阳县2024年法治政府建设工作要点", dt.datetime(2024, 3, 12, 15, 20, 5)),
            ("关于做好2023年度党政主要负责人述法工作的通知", dt.datetime(2024, 2, 26, 10, 2, 44)),
            ("彭阳县人民政府2023年政府信息公开工作年度报告", dt.datetime(2024, 1, 29, 9, 41, 10)),
        ]
        report_time = dt.datetime(2024, 3, 5, 10, 12, 33)
        anchors = {gold_at: report_time, **{i: neg_titles[k][1] for i, k in negs.items()}}
        times = _dates(n, anchors)
        kinds = [
            "关于{n}号地块国有建设用地使用权挂牌出让的公告",
            "彭阳县2024年第{n}批农村低保资金发放情况公示",
            "关于{n}项行政许可事项办理结果的公示",
            "彭阳县人民政府办公室关于做好第{n}期重点项目申报工作的通知",
        ]
        for i in range(n):
            aid = 4000 - i * 3
            path = PHP_SHOW.format(catid=12, id=aid)
            if i == gold_at:
                title = "彭阳县人民政府关于2023年度法治政府建设情况的报告"
                meta = {
                    "index_no": "640425001/2024-00012",
                    "publisher": GOV,
                    "written_date": "2024-03-01",
                    "doc_no": "彭政发〔2024〕15号",
                }
                body = self.gold_report(
                    path, "003", title, publish_date=report_time.strftime("%Y-%m-%d"), **meta
                )
                self._php_show(12, aid, title, body, when=times[i], source=GOV_OFFICE, meta=meta)
            elif i in negs:
                title = neg_titles[negs[i]][0]
                self.negative_titles.append(title)
                self._php_show(12, aid, title, NEGATIVE_BODY, when=times[i], source=GOV_OFFICE)
            else:
                title = kinds[i % 4].format(n=n - i)
                self._php_show(12, aid, title, FILLER_BODY, when=times[i], source=GOV_OFFICE)
            rows.append((title, path, times[i].strftime("%Y-%m-%d")))
        self.php_rows[12] = rows
        # 彭阳要闻: one news page, headlines that name 法治 without being reports.
        news = []
        for i, title in enumerate(
            [
                "彭阳县召开2025年法治政府建设工作推进会",
                "县委书记主持召开县委全面依法治县委员会会议",
                "彭阳县开展“八五”普法宣传进乡村活动",
                "彭阳县召开县政府第45次常务会议",
                "彭阳县全力推进冬季供暖保障工作",
                "县领导督导检查安全生产工作",
            ]
        ):
            aid = 5200 - i
            when = TOP - dt.timedelta(days=2 * i, hours=i)
            self._php_show(6, aid, title, FILLER_BODY, when=when, source="彭阳县融媒体中心")
            news.append((title, PHP_SHOW.format(catid=6, id=aid), when.strftime("%Y-%m-%d")))
        self.php_rows[6] = news
        for catid, name in [(13, "政府文件"), (14, "人事信息")]:
            items = []
            for i in range(5):
                aid = 4600 + catid * 10 + i
                title = f"彭阳县人民政府办公室关于{name}的通知（{i + 1}）"
                when = TOP - dt.timedelta(days=9 * i + catid)
                self._php_show(catid, aid, title, FILLER_BODY, when=when, source=GOV_OFFICE)
                items.append(
                    (title, PHP_SHOW.format(catid=catid, id=aid), when.strftime("%Y-%m-%d"))
                )
            self.php_rows[catid] = items
        # 政务公开 (catid=9) is a parent category: its page shows the child columns.
        boxes = "".join(
            f'<div class="box"><h5 class="title-2">{esc(name)}<a href="{esc(url)}" class="more">'
            '更多&gt;&gt;</a></h5><ul class="content list f14 lh24">'
            + "".join(
                f'<li><span class="rt">{d}</span>·<a href="{esc(u)}" target="_blank">{esc(t)}</a></li>'
                for t, u, d in self.php_rows.get(cid, [])[:5]
            )
            + "</ul></div>"
            for name, url, cid in [
                ("公示公告", "index.php?m=content&c=index&a=lists&catid=12", 12),
                ("政府文件", "index.php?m=content&c=index&a=lists&catid=13", 13),
                ("人事信息", "index.php?m=content&c=index&a=lists&catid=14", 14),
                ("司法行政", DEDE_LIST, -1),
                ("依法治县", EMPIRE_LIST, -2),
            ]
        )
        self.page("/__php_cat9", self._php_frame("政务公开", [("政务公开", NAV[2][1])], boxes))

    def _php_list(self, catid: int, page: int) -> str:
        rows = self.php_rows[catid]
        name = {6: "彭阳要闻", 12: "公示公告", 13: "政府文件", 14: "人事信息"}[catid]
        chunk = rows[(page - 1) * PER_PAGE : page * PER_PAGE]
        lis = "".join(
            f'<li><span class="rt">{d}</span>·<a href="{esc(u)}" target="_blank" title="{esc(t)}">'
            f"{esc(t)}</a></li>\n"
            for t, u, d in chunk
        )
        main = (
            f'<div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span>'
            f'<a href="{esc(NAV[2][1])}">政务公开</a> &gt; <a href="?m=content&amp;c=index&amp;a=lists'
            f'&amp;catid={catid}">{name}</a> &gt;  列表</div>'
            f'<ul class="list lh24 f14">\n{lis}</ul>'
            f'<div id="pages" class="text-c">{_php_pager(len(rows), page, catid)}</div></div>'
        )
        return self._php_frame(name, [("政务公开", NAV[2][1])], main)

    def _php_show(
        self,
        catid: int,
        aid: int,
        title: str,
        body: list[str],
        *,
        when: dt.datetime,
        source: str,
        meta: dict[str, str] | None = None,
    ) -> None:
        table = ""
        if meta:
            table = (
                '<table class="xxgk_table" width="100%" border="0" cellspacing="1" cellpadding="0">'
                f"<tr><th>索 引 号：</th><td>{esc(meta['index_no'])}</td>"
                f"<th>发布机构：</th><td>{esc(meta['publisher'])}</td></tr>"
                f"<tr><th>生成日期：</th><td>{esc(meta['written_date'])}</td>"
                f"<th>文　　号：</th><td>{esc(meta.get('doc_no', ''))}</td></tr>"
                f'<tr><th>名　　称：</th><td colspan="3">{esc(title)}</td></tr></table>'
            )
        prev_id, next_id = aid + 3, aid - 3
        main = (
            '<div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span>'
            f'<a href="{esc(NAV[2][1])}">政务公开</a> &gt;  正文</div>'
            f'<div id="Article">{table}'
            f"<h1>{esc(title)}<br /><span>发布时间：{_ts(when)}&nbsp;&nbsp;&nbsp;来源：{esc(source)}"
            '&nbsp;&nbsp;&nbsp;点击：<span id="hits"></span>次</span></h1>\n'
            '<div class="content">\n'
            + "\n".join(f"<p>　　{esc(line)}</p>" for line in body)
            + '\n</div>\n<div id="pages" class="text-c"></div>'
            '<p style="margin-bottom:10px"><strong>相关热词搜索：</strong></p>'
            f'<p class="f14"><strong>上一篇：</strong><a href="/index.php?m=content&amp;c=index'
            f'&amp;a=show&amp;catid={catid}&amp;id={prev_id}">关于做好相关工作的通知</a><br />'
            f'<strong>下一篇：</strong><a href="/index.php?m=content&amp;c=index&amp;a=show'
            f'&amp;catid={catid}&amp;id={next_id}">关于公布有关事项的公告</a></p>'
            '<div class="text-r"><a href="javascript:;" onclick="add_favorite(document.title);"'
            ' class="t6">添加到收藏夹</a>   <a href="javascript:window.print();" class="t7">打印</a>'
            '   <a href="javascript:window.close();" class="t4">关闭窗口</a></div></div></div>'
            f'<script language="JavaScript" src="/api.php?op=count&id={aid}&modelid=1"></script>'
        )
        path = PHP_SHOW.format(catid=catid, id=aid)
        self.page(path, self._php_frame(f"{title} - 政务公开", [("政务公开", NAV[2][1])], main))

    def _php_frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in NAV)
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=7" />\n'
            f"<title>{esc(title)} - {SITE}</title>\n"
            f'<meta name="keywords" content="彭阳县,彭阳县人民政府"><meta name="SiteIDCode" content="{CODE}">\n'
            '<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />\n'
            '<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/statics/js/jquery.min.js"></script>\n'
            '<script type="text/javascript" src="/statics/js/jquery.sgallery.js"></script>\n'
            "</head>\n<body>\n"
            '<div class="body-top"><div class="content">'
            '<span class="rt"><a href="javascript:void(0)" onclick="aria.start()">无障碍</a> | '
            '<a href="javascript:void(0)">长者模式</a> | <a href="/index.php?m=member&c=index&a=login">登录</a>'
            ' | <a href="/index.php?m=member&c=index&a=register&siteid=1">注册</a></span>'
            "欢迎访问彭阳县人民政府网站！</div></div>\n"
            '<div class="header"><div class="logo"><a href="/"><img src="/statics/images/v9/logo.png"'
            f' alt="{SITE}" /></a></div>'
            '<div class="search"><form action="/index.php" method="get" target="_blank">'
            '<input type="hidden" name="m" value="search"/><input type="hidden" name="c" value="index"/>'
            '<input type="hidden" name="a" value="init"/><input type="hidden" name="typeid" value="1"/>'
            '<input type="text" name="q" id="q"/><input type="submit" value="搜 索" class="button" />'
            "</form></div></div>\n"
            f'<div id="navbar"><ul class="nav">{nav}</ul></div>\n'
            f'<div class="main">{main}'
            '<div class="col-auto"><div class="box"><h5 class="title-2">点击排行</h5>'
            '<ul class="content digg"><li><a href="/index.php?m=content&c=index&a=show&catid=6&id=5200"'
            ' target="_blank">彭阳县召开2025年法治政府建设工作推进会</a></li>'
            '<li><a href="/index.php?m=content&c=index&a=show&catid=6&id=5203" target="_blank">'
            "彭阳县召开县政府第45次常务会议</a></li></ul></div></div></div>\n"
            '<div class="footer"><p class="info"><a href="/index.php?m=content&c=index&a=lists&catid=2">'
            '关于我们</a> | <a href="/index.php?m=content&c=index&a=lists&catid=3">联系我们</a> | '
            '<a href="/index.php?m=link">友情链接</a> | <a href="/index.php?m=content&c=index&a=lists&catid=4">网站地图</a><br />'
            f"主办：{GOV_OFFICE}　承办：彭阳县融媒体中心　地址：宁夏固原市彭阳县白阳镇朝阳街1号<br />"
            f"网站标识码：{CODE}　宁ICP备05001234号-1　宁公网安备 64042502000012号<br />"
            'Powered by <strong><a href="http://www.phpcms.cn" target="_blank">PHPCMS</a></strong>'
            " &copy; 2008-2025</p></div>\n"
            '<script type="text/javascript">$(function(){$(".nav li").hover(function(){'
            '$(this).addClass("on")},function(){$(this).removeClass("on")})});</script>\n'
            "</body></html>\n"
        )

    # --- DedeCMS dynamic (GBK) ----------------------------------------------------------------
    def _dede_column(self) -> None:
        n = DEDE_TOTAL
        gold_at = 67
        negs = {
            65: ("彭阳县司法局局长2023年度述法报告", dt.datetime(2024, 3, 2, 9, 5, 16)),
            69: ("全县法治政府建设推进会召开", dt.datetime(2024, 2, 22, 17, 30, 2)),
            72: (
                "关于开展第三批全区法治政府建设示范创建活动的通知",
                dt.datetime(2024, 2, 9, 11, 0, 40),
            ),
        }
        report_time = dt.datetime(2024, 2, 28, 16, 40, 12)
        times = _dates(n, {gold_at: report_time, **{i: v[1] for i, v in negs.items()}})
        kinds = [
            "彭阳县司法局开展“八五”普法进乡村活动（第{n}期）",
            "县司法局组织开展人民调解员业务培训（{n}）",
            "白阳镇司法所开展法律明白人培训（{n}）",
            "县公共法律服务中心接待群众来访情况通报（第{n}期）",
        ]
        rows = []
        for i in range(n):
            aid = 2600 - i * 2
            path = f"/plus/view.php?aid={aid}"
            if i == gold_at:
                title = "彭阳县司法局2023年度法治政府建设工作报告"
                body = self.gold_report(
                    path,
                    "000",
                    title,
                    publisher=SFJ,
                    publish_date=report_time.strftime("%Y-%m-%d"),
                )
                self._dede_view(aid, title, body, report_time, SFJ, split=24)
            elif i in negs:
                title = negs[i][0]
                self.negative_titles.append(title)
                self._dede_view(aid, title, NEGATIVE_BODY, times[i], SFJ)
            else:
                title = kinds[i % 4].format(n=n - i)
                self._dede_view(aid, title, FILLER_BODY, times[i], SFJ)
            rows.append((title, path, times[i].strftime("%Y-%m-%d")))
        self.dede_rows = rows

    def _dede_list_reply(self, q: dict[str, str]) -> Reply | None:
        if q.get("tid") != "5":
            return None
        try:
            page = max(1, int(q.get("PageNo") or 1))
        except ValueError:
            page = 1
        pages = -(-len(self.dede_rows) // PER_PAGE)
        page = min(page, pages)
        chunk = self.dede_rows[(page - 1) * PER_PAGE : page * PER_PAGE]
        lis = "".join(
            f'<li><span class="info"><small>日期：</small>{d}</span>'
            f'<a href="{esc(u.lstrip("/"))}" class="title">{esc(t)}</a></li>\n'
            for t, u, d in chunk
        )
        purl = f"/plus/list.php?tid=5&TotalResult={DEDE_TOTAL}&"
        parts = [
            f'<li><span class="pageinfo">共 <strong>{pages}</strong>页<strong>{DEDE_TOTAL}</strong>条</span></li>'
        ]
        if page != 1:
            parts.append(f"<li><a href='{purl}PageNo=1'>首页</a></li>")
            parts.append(f"<li><a href='{purl}PageNo={page - 1}'>上一页</a></li>")
        else:
            parts.append("<li><a>首页</a></li>")
        total_list = 7
        j = 1
        if page >= total_list:
            j, total_list = page - 3, page + 3
        for k in range(j, min(total_list, pages) + 1):
            parts.append(
                f'<li class="thisclass"><a>{k}</a></li>'
                if k == page
                else f"<li><a href='{purl}PageNo={k}'>{k}</a></li>"
            )
        if page != pages:
            parts.append(f"<li><a href='{purl}PageNo={page + 1}'>下一页</a></li>")
            parts.append(f"<li><a href='{purl}PageNo={pages}'>末页</a></li>")
        else:
            parts.append("<li><a>末页</a></li>")
        main = (
            '<div class="listbox"><ul class="e2">\n'
            + lis
            + '</ul></div><div class="dede_pages"><ul class="pagelist">\n'
            + "\n".join(parts)
            + "\n</ul></div>"
        )
        return html_reply(self._dede_frame("司法行政", main), encoding="gbk", header_charset=None)

    def _dede_view(
        self,
        aid: int,
        title: str,
        body: list[str],
        when: dt.datetime,
        source: str,
        *,
        split: int | None = None,
    ) -> None:
        parts = [body] if split is None else [body[:split], body[split:]]
        for n, lines in enumerate(parts, start=1):
            pager = ""
            if len(parts) > 1:
                items = ["<li><a>共2页: </a></li>"]
                items.append(
                    "<li><a href='#'>上一页</a></li>"
                    if n == 1
                    else f"<li><a href='plus/view.php?aid={aid}'>上一页</a></li>"
                )
                for k in (1, 2):
                    href = f"plus/view.php?aid={aid}" + ("" if k == 1 else f"&pageno={k}")
                    items.append(
                        f'<li class="thisclass"><a href="#">{k}</a></li>'
                        if k == n
                        else f"<li><a href='{href}'>{k}</a></li>"
                    )
                items.append(
                    f"<li><a href='plus/view.php?aid={aid}&pageno=2'>下一页</a></li>"
                    if n == 1
                    else "<li><a href='#'>下一页</a></li>"
                )
                pager = (
                    '<div class="dede_pages"><ul class="pagelist">'
                    + "".join(items)
                    + "</ul></div>"
                )
            text = "<br />\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}" for line in lines)
            main = (
                '<div class="viewbox"><div class="title"><h2>' + esc(title) + "</h2></div>\n"
                f'<div class="info"><small>发布时间：</small>{_ts(when)} <small>来源：</small>{esc(source)} '
                "<small>作者：</small>admin <small>点击：</small>"
                f"<script src=\"/plus/count.php?view=yes&aid={aid}&mid=1\" type='text/javascript'"
                ' language="javascript"></script>次</div>\n'
                '<div class="content"><table width="100%"><tr><td>\n'
                f"<p>{text}</p>\n</td></tr></table></div>\n"
                + pager
                + '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
                f'<div class="handle"><div class="context"><ul><li>上一篇：<a href=\'plus/view.php?aid={aid + 2}\'>'
                "白阳镇司法所开展法律明白人培训</a> </li>"
                f"<li>下一篇：<a href='plus/view.php?aid={aid - 2}'>县司法局组织开展人民调解员业务培训</a> </li></ul></div>"
                '<div class="actbox"><ul>'
                f'<li id="act-fav"><a href="plus/stow.php?aid={aid}" target="_blank">收藏</a></li>'
                f'<li id="act-err"><a href="plus/erraddsave.php?aid={aid}" target="_blank">挑错</a></li>'
                '<li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li>'
                '<li><a href="javascript:window.close();">关闭</a></li></ul></div></div></div>'
            )
            path = f"/plus/view.php?aid={aid}" + ("" if n == 1 else f"&pageno={n}")
            self.page(path, self._dede_frame(title, main), **GBK_META)

    def _dede_frame(self, title: str, main: str) -> str:
        nav = "".join(
            # Dede's own pages write the site's columns relative to the base.
            f'<li><a href="{esc(u.lstrip("/") or "./")}">{esc(t)}</a></li>'
            for t, u in NAV
        )
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
            f'<base href="{self.base_url}/" />\n'
            f"<title>{esc(title)}_司法行政_{SITE}</title>\n"
            '<link href="templets/default/style/dedecms.css" rel="stylesheet" type="text/css" />\n'
            '<script language="javascript" type="text/javascript" src="include/dedeajax2.js"></script>\n'
            '</head>\n<body class="articlelist">\n'
            '<div class="header_top"><div class="w960 center"><span class="time">今天是：'
            "<script>document.write(new Date().toLocaleDateString())</script></span>"
            '<div class="toplinks"><a href="plus/heightsearch.php" target="_blank">高级搜索</a>|'
            '<a href="data/sitemap.html" target="_blank">网站地图</a></div></div></div>\n'
            f'<div class="header"><div class="title"><h1><a href="./"><img src="templets/default/images/logo.gif" alt="{SITE}"/></a></h1></div></div>\n'
            f'<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>{nav}</ul></div></div>\n'
            '<div class="w960 center clear mt1"><div class="pleft">'
            "<div class=\"place\"><strong>当前位置:</strong> <a href='./'>主页</a> &gt; "
            "<a href='plus/list.php?tid=5'>司法行政</a> &gt; </div>\n" + main + "</div></div>\n"
            '<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">'
            f"主办：{GOV_OFFICE} 承办：{SFJ} 电话：0954-7012345<br />"
            f"网站标识码：{CODE} 宁ICP备05001234号-1<br />"
            'Powered by <a href="http://www.dedecms.com" target="_blank"><strong>DedeCMS</strong></a></p>'
            f'<div class="copyright">Copyright &copy; 2008-2025 {SITE} 版权所有</div></div></div>\n'
            "</body></html>\n"
        )

    # --- 帝国CMS dynamic ----------------------------------------------------------------------
    def _empire_column(self) -> None:
        n = EMPIRE_TOTAL
        gold = {
            85: (
                "彭阳县2024年度法治政府建设报告",
                "001",
                dt.datetime(2025, 3, 20, 9, 30, 0),
                GOV,
            ),
            131: (
                "彭阳县2020年度法治政府建设工作开展情况",
                "004",
                dt.datetime(2021, 1, 18, 6, 45, 0),
                GOV_OFFICE,
            ),
        }
        negs = {
            83: (
                "关于开展第三批法治政府建设示范创建活动的通知",
                dt.datetime(2025, 3, 28, 10, 0, 0),
            ),
            86: ("彭阳县人民政府县长2024年度述法报告", dt.datetime(2025, 3, 14, 16, 0, 0)),
            88: ("县司法局召开2025年法治政府建设推进会", dt.datetime(2025, 3, 6, 15, 0, 0)),
            129: ("彭阳县2021年法治政府建设工作要点", dt.datetime(2021, 3, 2, 10, 0, 0)),
            133: (
                "彭阳县人民政府2020年政府信息公开工作年度报告",
                dt.datetime(2021, 1, 12, 9, 0, 0),
            ),
        }
        anchors = {i: v[2] for i, v in gold.items()} | {i: v[1] for i, v in negs.items()}
        times = _dates(n, anchors)
        kinds = [
            "彭阳县开展行政执法案卷评查工作（第{n}期）",
            "县委依法治县办督导乡镇法治建设工作（{n}）",
            "彭阳县行政复议案件办理情况通报（第{n}期）",
            "彭阳县开展“谁执法谁普法”履职评议活动（{n}）",
        ]
        rows = []
        for i in range(n):
            aid = 900 - i
            path = f"/e/action/ShowInfo.php?classid=12&id={aid}"
            if i in gold:
                title, seed, when, source = gold[i]
                body = self.gold_report(
                    path, seed, title, publisher=source, publish_date=when.strftime("%Y-%m-%d")
                )
                self._empire_show(aid, title, body, when, source)
            elif i in negs:
                title = negs[i][0]
                self.negative_titles.append(title)
                self._empire_show(aid, title, NEGATIVE_BODY, times[i], GOV)
            else:
                title = kinds[i % 4].format(n=n - i)
                self._empire_show(aid, title, FILLER_BODY, times[i], GOV)
            rows.append((title, path, times[i].strftime("%Y-%m-%d")))
        self.empire_rows = rows

    def _empire_list_reply(self, q: dict[str, str]) -> Reply | None:
        if q.get("classid") != "12":
            return None
        try:
            page = max(0, int(q.get("page") or 0))
        except ValueError:
            page = 0
        total = len(self.empire_rows)
        pages = -(-total // PER_PAGE)
        chunk = self.empire_rows[page * PER_PAGE : (page + 1) * PER_PAGE]
        lis = (
            "".join(
                f'<li><span>{d}</span><a href="{esc(u)}" target="_blank">{esc(t[:24])}</a></li>\n'
                for t, u, d in chunk
            )
            or "<li>此栏目下没有信息</li>"
        )
        rnd = hashlib.md5(str(next(self.rnd)).encode()).hexdigest()[:8]
        search = f"&amp;classid=12&amp;totalnum={total}"
        if self.empire_pager_rnd:
            search += f"&amp;{self.rnd_key}={rnd}"
        url = "/e/action/ListInfo/index.php?page"
        out = f'<a title="Total record">&nbsp;<b>{total}</b> </a>&nbsp;&nbsp;'
        if page != 0:
            out += f'<a href="{url}=0{search}">|&lt;</a>&nbsp;'
            out += f'<a href="{url}={page - 1}{search}">&lt;</a>'
        starti = max(0, page - 2)
        nums = ""
        for k in range(starti, min(pages, starti + EMPIRE_PAGE_LINE)):
            nums += (
                f"&nbsp;<b>{k + 1}</b>"
                if k == page
                else f'&nbsp;<a href="{url}={k}{search}">{k + 1}</a>'
            )
        out += nums
        if page != pages - 1:
            out += f'&nbsp;<a href="{url}={page + 1}{search}">&gt;</a>'
            out += f'&nbsp;<a href="{url}={pages - 1}{search}">&gt;|</a>'
        main = (
            '<div class="list_box"><div class="list_title"><h3>依法治县</h3></div>'
            f'<ul class="news_list">\n{lis}</ul><div class="list_page">{out}</div></div>'
        )
        return html_reply(self._empire_frame("依法治县", main))

    def _empire_show(
        self, aid: int, title: str, body: list[str], when: dt.datetime, source: str
    ) -> None:
        main = (
            '<div class="show_box"><div class="title_info"><h1>' + esc(title) + "</h1>"
            f'<div class="info">发布时间：{_ts(when)}&nbsp;&nbsp;来源：{esc(source)}&nbsp;&nbsp;'
            f"作者：&nbsp;&nbsp;点击：<script src=/e/public/ViewClick/?classid=12&id={aid}&addclick=1>"
            '</script>次&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> '
            '<a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div></div>\n'
            '<div id="text" class="article_content">\n' + fu.paragraphs(body) + "\n</div>\n"
            '<div class="info_foot">【<a href="/e/public/printer/?classid=12&amp;id='
            f'{aid}" target="_blank">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>'
            f'<div class="prev_next"><p>上一篇：<a href="/e/action/ShowInfo.php?classid=12&amp;id={aid + 1}">'
            "彭阳县开展行政执法案卷评查工作</a></p>"
            f'<p>下一篇：<a href="/e/action/ShowInfo.php?classid=12&amp;id={aid - 1}">'
            "彭阳县行政复议案件办理情况通报</a></p></div></div>"
        )
        self.page(f"/e/action/ShowInfo.php?classid=12&id={aid}", self._empire_frame(title, main))

    def _empire_frame(self, title: str, main: str) -> str:
        # 帝国's own template names the portal's columns by the site root (`/?m=…`).
        nav = "".join(
            f'<li><a href="{esc(u.replace("/index.php?", "/?").rstrip("&"))}">{esc(t)}</a></li>'
            for t, u in NAV
        )
        return (
            fu.doc_head(f"{title}-{SITE}", site=SITE, code=CODE)
            + '<body><div class="top"><div class="wrap">今天是：<script>showDate()</script>'
            '<span class="fr"><a href="/e/member/login/">会员登录</a> | <a href="/e/member/register/">注册</a></span></div></div>\n'
            f'<div class="nav"><ul>{nav}</ul></div>\n'
            '<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;'
            f'<a href="{EMPIRE_LIST}">依法治县</a></div>\n'
            f'<div class="main wrap">{main}</div>\n'
            '<div class="footer"><p><a href="/e/tool/gbook/?bid=1">在线留言</a> | <a href="/sitemap/">网站地图</a></p>'
            f"<p>主办：{GOV_OFFICE}　网站标识码：{CODE}　宁ICP备05001234号-1</p>"
            "<p>Powered by EmpireCMS</p></div>\n</body></html>\n"
        )

    # --- home ---------------------------------------------------------------------------------
    def _home(self) -> None:
        rec = [
            (
                "彭阳县人民政府关于2023年度法治政府建设情况的报告",
                "/index.php?m=content&c=index&a=show&id={id}&catid=12&" + self.rnd_key + "=3f9a1c",
                self.php_rows[12][86][1].rsplit("=", 1)[1],
            ),
            (
                "彭阳县召开2025年法治政府建设工作推进会",
                "/index.php?m=content&c=index&a=show&id={id}&catid=6&" + self.rnd_key + "=77b20e",
                "5200",
            ),
        ]
        rec_html = "".join(
            f'<li><a href="{esc(u.format(id=i))}" target="_blank">{esc(t)}</a></li>'
            for t, u, i in rec
        )
        # The home page's 推荐 box names the report by another URL: count it as the same one.
        self.aliases[_canonical(rec[0][1].format(id=rec[0][2]))] = _canonical(
            self.php_rows[12][86][1]
        )
        latest = "".join(
            f'<li><span class="rt">{d}</span><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>'
            for t, u, d in self.php_rows[12][:8]
        )
        news = "".join(
            f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>'
            for t, u, _ in self.php_rows[6]
        )
        main = (
            '<div class="col-left">'
            f'<div class="box"><h5 class="title-2">彭阳要闻<a href="{esc(NAV[1][1])}" class="more">更多&gt;&gt;</a></h5>'
            f'<ul class="content list f14 lh24">{news}</ul></div>'
            f'<div class="box"><h5 class="title-2">公示公告<a href="{esc(NAV[3][1])}" class="more">更多&gt;&gt;</a></h5>'
            f'<ul class="content list f14 lh24">{latest}</ul></div>'
            f'<div class="box"><h5 class="title-2">推荐阅读</h5><ul class="content list f14">{rec_html}</ul></div>'
            '<div class="box"><h5 class="title-2">专题专栏</h5><ul class="content">'
            f'<li><a href="{DEDE_LIST}">司法行政</a></li><li><a href="{EMPIRE_LIST}">依法治县</a></li>'
            "</ul></div></div>"
        )
        html = self._php_frame("首页", [], main)
        self.page("/", html)
        self.page("/index.php", html)
        self.page("/index.html", html)


class PhpCmsCountyTokenSite(PhpCmsCountySite):
    """The same portal whose templates name their cache-buster `_k` (on no list): the crawl
    learns it from the 帝国 pager, whose pages link each other with a fresh `_k` per render."""

    name = "php_cms_county_token"
    rnd_key = "_k"


def _php_pager(num: int, curr: int, catid: int) -> str:
    """PHPCMS v9 `pages()` with setpages=10, links as relative queries."""

    def href(n: int) -> str:
        return f"?m=content&amp;c=index&amp;a=lists&amp;catid={catid}&amp;page={n}"

    if num <= PER_PAGE:
        return ""
    pages = -(-num // PER_PAGE)
    setpages = 10
    offset = setpages // 2 - 1
    more = False
    if setpages + 1 >= pages:
        frm, to = 2, pages - 1
    else:
        frm, to = curr - offset, curr + offset
        if frm < 2:
            to = curr + 1 - frm + offset
            frm = 2
            if to - frm < setpages:
                to = setpages
        elif to >= pages:
            frm, to = pages - setpages, pages - 1
        more = True
    out = f'<a class="a1">共{num}条</a>'
    out += f' <a href="{href(max(1, curr - 1))}" class="a1">上一页</a>'
    if curr == 1:
        out += " <span>1</span>"
    elif curr > 6 and more:
        out += f' <a href="{href(1)}">1</a>..'
    else:
        out += f' <a href="{href(1)}">1</a>'
    for i in range(frm, to + 1):
        out += f" <span>{i}</span>" if i == curr else f' <a href="{href(i)}">{i}</a>'
    if curr < pages:
        dots = " .." if curr < pages - 5 and more else " "
        out += f'{dots}<a href="{href(pages)}">{pages}</a> <a href="{href(curr + 1)}" class="a1">下一页</a>'
    else:
        out += f' <span>{pages}</span> <a href="{href(curr)}" class="a1">下一页</a>'
    return out

"""A Hunan county portal on a newer Java 站群 CMS whose column listings page in the ways newer
and form-based CMSs do, each column a different scheme, its reports only on later pages:

- 法治政府建设 (`/col/col8/index.html`) shows eight items and a `查看更多` button
  (`<a id="btnMore" data-page="1">`) whose inline vanilla script asks
  `XMLHttpRequest GET /api/list?catId=8&page=N` for an HTML fragment of `<li>` rows and appends
  it (an empty reply ends it: `没有更多了`); the 县政府's 2024 report is in batch 2, beside
  工作要点, 一图读懂, 推进会, 述法, 考核, 督察整改, 普法 items. 江永要闻 (`/col/col5/`) pages the
  same way: batch 2 holds the 常务会议 that 听取 the 2024 report;
- 通知公告 (`/col/col12/index.html`) is an infinite-scroll list: fifteen rows and
  `<ul id="scrollList" data-cat="12" data-size="15">` read by an external `/js/scrollload.js`,
  which on scroll `fetch`es `/api/notice/list.do?catId=12&pageIndex=N&pageSize=15` (JSON
  `{pageIndex, pageCount, rows: [{title, url, pubDate}]}`) and appends rows; the 县司法局's
  `江永县2024年度法治政府建设报告`, filed as a notice, is in batch 3 (as 临沭 files it);
- 年度报告 (`/zwgk/ndbg/list.jsp?columnId=106`) pages by a GET form
  (`<form id="pageForm" method="get" action="list.jsp">` with hidden `columnId`, `pageNo`,
  `pageSize`) that `goPage(n)` / `turnPage('next')` / the 跳转 box's `jump()` set and submit:
  `共4页 当前第1页`; `list.jsp` without `columnId` is an error page. The 2023 report is on
  page 3 among 政府信息公开工作年度报告 of the county and its departments;
- 部门信息公开 → 县司法局 (`/bmxxgk/sfj/list.do`) is a Spring MVC list: its pager links carry
  an opaque `pageToken` (base64 of `{"p":2,"sid":"…"}`, bound to the session), and a visit
  without a `JSESSIONID` cookie gets a fresh session (Set-Cookie) and every link rewritten
  with `;jsessionid=…` (Tomcat's URL rewriting), article links included. The 司法局's 2020
  report is on page 3;
- 政府信息公开目录 (`/xxgk/search.do`) is a search form (`keyword`, `year` select, `检索`) whose
  empty query lists the whole catalogue (the 县政府's 主动公开 documents: 年度报告 and
  政策文件), ten a page, `search.do?page=N&keyword=&year=`; the 2023 report is on page 4.

Detail pages: 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号, 发布日期) above the
`<h1>`, `字体：[大 中 小]`, 打印/关闭, 分享到, 上一篇/下一篇 and 相关文章; notices show
`发布时间：… 来源：… 浏览次数：`; the 司法局's pages `信息来源：… 发布日期：… 阅读次数：`.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date, timedelta
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, quote, unquote, urlencode

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "江永县人民政府"
CODE = "4311250001"
CREDIT = "11431125006182703U"
SFJ_CREDIT = "11431125006183122N"
GOV = "江永县人民政府"
OFFICE = "江永县人民政府办公室"
SFJ = "江永县司法局"
FZZF, NEWS, NOTICE, NDBG, ZCWJ, QTGK = 8, 5, 12, 106, 105, 107
MORE_SIZE, SCROLL_SIZE, FORM_SIZE, SFJ_SIZE, SEARCH_SIZE = 8, 15, 10, 8, 10
NAV = [
    ("首页", "/"),
    ("走进江永", "/col/col2/index.html"),
    ("江永要闻", f"/col/col{NEWS}/index.html"),
    ("通知公告", f"/col/col{NOTICE}/index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("政府信息公开", "/xxgk/search.do"),
    ("互动交流", "/col/col30/index.html"),
]
DEPTS = ["县发展和改革局", "县教育局", "县公安局", "县司法局", "县财政局", "县自然资源局"]
DEPT_PATHS = {"县司法局": "/bmxxgk/sfj/list.do"}

SCROLL_JS = """(function () {
  var list = document.getElementById('scrollList');
  if (!list) { return; }
  var cat = list.getAttribute('data-cat'), size = list.getAttribute('data-size') || 15;
  var tip = document.getElementById('scrollTip');
  var page = 1, busy = false, done = false;
  function load() {
    if (busy || done) { return; }
    busy = true;
    tip.innerHTML = '正在加载…';
    fetch('/api/notice/list.do?catId=' + cat + '&pageIndex=' + (page + 1) + '&pageSize=' + size)
      .then(function (r) { return r.json(); })
      .then(function (res) {
        page = res.pageIndex;
        res.rows.forEach(function (row) {
          var li = document.createElement('li');
          li.innerHTML = '<a href="' + row.url + '" target="_blank" title="' + row.title + '">'
            + row.title + '</a><span class="date">' + row.pubDate + '</span>';
          list.appendChild(li);
        });
        done = page >= res.pageCount;
        busy = false;
        tip.innerHTML = done ? '已经到底了' : '下拉加载更多';
      });
  }
  window.addEventListener('scroll', function () {
    var bottom = window.innerHeight + (window.pageYOffset || document.documentElement.scrollTop);
    if (bottom >= document.body.offsetHeight - 300) { load(); }
  });
})();
"""


def _more_script(cat: int) -> str:
    return (
        '<div class="list-more"><a href="javascript:;" id="btnMore" class="btn-more" '
        'data-page="1">查看更多</a></div>\n'
        '<script type="text/javascript">\n'
        "(function () {\n"
        "  var btn = document.getElementById('btnMore');\n"
        "  var list = document.getElementById('infoList');\n"
        "  btn.onclick = function () {\n"
        "    var page = parseInt(btn.getAttribute('data-page'), 10) + 1;\n"
        "    var xhr = new XMLHttpRequest();\n"
        f"    xhr.open('GET', '/api/list?catId={cat}&page=' + page, true);\n"
        "    xhr.onreadystatechange = function () {\n"
        "      if (xhr.readyState !== 4 || xhr.status !== 200) { return; }\n"
        "      var html = xhr.responseText.replace(/^\\s+|\\s+$/g, '');\n"
        "      if (!html) { btn.innerHTML = '没有更多了'; btn.onclick = null; return; }\n"
        "      list.insertAdjacentHTML('beforeend', html);\n"
        "      btn.setAttribute('data-page', page);\n"
        "    };\n"
        "    xhr.send(null);\n"
        "  };\n"
        "})();\n"
        "</script>\n"
    )


def _token(page: int, sid: str) -> str:
    raw = json.dumps({"p": page, "sid": sid[:8]}, separators=(",", ":"))
    return quote(base64.b64encode(raw.encode()).decode(), safe="")


def _token_page(token: str) -> int:
    try:
        data = json.loads(base64.b64decode(unquote(token)))
        return int(data["p"])
    except (ValueError, KeyError, TypeError):
        return 1


Item = tuple[str, str, str]  # title, path, date


class LoadMoreCountySite(BlindSite):
    name = "load_more_county"
    region = "湖南省永州市江永县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 4400
        self.sessions = 0
        self.lists: dict[int, list[Item]] = {}
        self.catalogue: list[Item] = []
        self._fzzf()
        self._news()
        self._notices()
        self._ndbg()
        self._zcwj()
        self._sfj()
        self._search()
        self._other()
        self._home()
        self.pages["/js/scrollload.js"] = Reply(
            200, SCROLL_JS.encode(), {"Content-Type": "application/javascript;charset=UTF-8"}
        )

    # --- articles -------------------------------------------------------------------------------
    def _path(self, cat: int, pub: str) -> str:
        self.next_id += 7
        d = date.fromisoformat(pub)
        return f"/art/{d.year}/{d.month}/{d.day}/art_{cat}_{self.next_id}.html"

    def _doc(
        self,
        cat: int,
        title: str,
        pub: str,
        *,
        publisher: str = OFFICE,
        body: list[str] | None = None,
        seed: str | None = None,
        written: str | None = None,
        doc_no: str = "",
    ) -> Item:
        """A 信息公开 document (table of metadata); a gold report when `seed` is given."""
        path = self._path(cat, pub)
        index_no = f"{CREDIT}/{pub[:4]}-{self.next_id % 997:05d}"
        written = written or pub
        if seed is not None:
            body = self.gold_report(
                path,
                seed,
                title,
                publisher=publisher,
                publish_date=pub,
                index_no=index_no,
                written_date=written,
                doc_no=doc_no or None,
            )
        body = body if body is not None else FILLER_BODY
        if body is NEGATIVE_BODY:
            self.negative_titles.append(title)
        self.articles.append((cat, title, path, pub, "doc", publisher, index_no, written, doc_no))
        self._bodies[path] = body
        return title, path, pub

    def _notice(self, cat: int, title: str, pub: str, source: str, **kw: object) -> Item:
        path = self._path(cat, pub)
        body = kw.get("body")
        if kw.get("seed"):
            body = self.gold_report(
                path, str(kw["seed"]), title, publisher=source, publish_date=pub
            )
        body = body if body is not None else FILLER_BODY
        if body is NEGATIVE_BODY:
            self.negative_titles.append(title)
        self.articles.append((cat, title, path, pub, "notice", source, "", "", ""))
        self._bodies[path] = body
        return title, path, pub

    articles: list[tuple[int, str, str, str, str, str, str, str, str]]
    _bodies: dict[str, list[str]]

    def _render_articles(self) -> None:
        by_cat: dict[int, list[tuple[int, str, str, str, str, str, str, str, str]]] = {}
        for a in self.articles:
            by_cat.setdefault(a[0], []).append(a)
        for arts in by_cat.values():
            for k, (cat_, title, path, pub, kind, who, index_no, written, doc_no) in enumerate(
                arts
            ):
                prev = arts[k - 1] if k > 0 else None
                nxt = arts[k + 1] if k + 1 < len(arts) else None
                related = [a for a in arts if a[2] != path][:5]
                body = self._bodies[path]
                if kind == "doc":
                    meta = (
                        '<table class="xxgk-info" width="100%" cellspacing="0" cellpadding="0">'
                        f"<tr><th>索 引 号：</th><td>{esc(index_no)}</td>"
                        f"<th>主题分类：</th><td>{esc(self._cat_name(cat_))}</td></tr>"
                        f"<tr><th>发布机构：</th><td>{esc(who)}</td>"
                        f"<th>成文日期：</th><td>{esc(written)}</td></tr>"
                        f"<tr><th>文　　号：</th><td>{esc(doc_no)}</td>"
                        f"<th>发布日期：</th><td>{esc(pub)}</td></tr></table>\n"
                        f'<h1 class="art-title">{esc(title)}</h1>\n'
                        '<div class="art-tool">字体：[<a href="javascript:doZoom(18)">大</a> '
                        '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小'
                        "</a>]</div>\n"
                    )
                else:
                    meta = (
                        f'<h1 class="art-title">{esc(title)}</h1>\n'
                        f'<div class="art-info">发布时间：{esc(pub)} 10:{k % 50 + 10:02d}　'
                        f'来源：{esc(who)}　浏览次数：<span id="hits">'
                        f"<script>getHits('{path}')</script></span>　"
                        '字体：[<a href="javascript:doZoom(18)">大</a> '
                        '<a href="javascript:doZoom(16)">中</a> '
                        '<a href="javascript:doZoom(14)">小</a>]</div>\n'
                    )
                main = (
                    '<div class="article">'
                    + meta
                    + '<div class="art-con" id="zoom">\n'
                    + fu.paragraphs(body)
                    + "\n</div>\n"
                    + self._prev_next(prev, nxt)
                    + fu.article_tools()
                    + self._share()
                    + '<div class="related"><h3>相关文章</h3><ul>'
                    + "".join(
                        f'<li><a href="{esc(a[2])}" target="_blank">{esc(a[1])}</a>'
                        f"<span>{esc(a[3])}</span></li>"
                        for a in related
                    )
                    + "</ul></div></div>"
                )
                self.page(path, self._frame(title, self._crumbs(cat_), main))

    @staticmethod
    def _prev_next(prev: tuple | None, nxt: tuple | None) -> str:
        def one(label: str, a: tuple | None) -> str:
            if a is None:
                return f"<p>{label}：没有了</p>"
            return f'<p>{label}：<a href="{esc(a[2])}">{esc(a[1])}</a></p>'

        return f'<div class="prev-next">{one("上一篇", prev)}{one("下一篇", nxt)}</div>\n'

    @staticmethod
    def _share() -> str:
        return (
            '<div class="bdsharebuttonbox"><span>分享到：</span>'
            '<a href="javascript:;" class="bds_weixin" title="分享到微信">微信</a>'
            '<a href="javascript:;" class="bds_tsina" title="分享到新浪微博">微博</a>'
            '<a href="javascript:;" class="bds_qzone" title="分享到QQ空间">QQ空间</a></div>\n'
        )

    # --- 法治政府建设: 查看更多 → HTML fragments ------------------------------------------------
    def _fzzf(self) -> None:
        self.articles, self._bodies = [], {}
        items: list[Item] = []

        def neg(title: str, pub: str, who: str = OFFICE) -> None:
            items.append(self._doc(FZZF, title, pub, publisher=who, body=NEGATIVE_BODY))

        neg("江永县2025年法治政府建设工作要点", "2025-06-06")
        neg("江永县2025年普法依法治理工作要点", "2025-05-22", SFJ)
        neg("关于召开全县2025年法治政府建设推进会的通知", "2025-05-09")
        neg("江永县人民政府县长2024年度述法报告", "2025-04-27", GOV)
        neg("关于2024年度法治政府建设考核结果的通报", "2025-04-15")
        neg("一图读懂《江永县人民政府关于2024年度法治政府建设情况的报告》", "2025-04-03")
        neg("江永县开展2025年“法治政府建设示范创建”申报工作的通知", "2025-03-31", SFJ)
        neg("江永县召开2025年法治政府建设暨依法治县工作会议", "2025-03-28")
        # batch 2
        items.append(
            self._doc(
                FZZF,
                "江永县人民政府关于2024年度法治政府建设情况的报告",
                "2025-03-25",
                publisher=GOV,
                seed="003",
                written="2025-03-18",
                doc_no="永江政报〔2025〕3号",
            )
        )
        neg("江永县2024年行政执法统计年报", "2025-01-24", SFJ)
        neg("关于2024年度法治政府建设督察反馈问题整改情况的报告", "2024-12-16", GOV)
        neg("江永县2025年度重大行政决策事项目录", "2024-12-30")
        neg("江永县“八五”普法规划中期评估报告", "2024-10-11", SFJ)
        neg("江永县2024年法治政府建设工作要点", "2024-04-19")
        neg("一图读懂《江永县2023年度法治政府建设工作报告》", "2024-03-15")
        neg("江永县法治政府建设实施方案（2021—2025年）", "2024-02-02", GOV)
        # batch 3
        neg("关于开展2023年度法治政府建设督察工作的通知", "2023-10-20")
        neg("江永县行政规范性文件清理结果公告", "2023-08-14")
        neg("江永县2023年法治政府建设工作要点", "2023-04-12")
        neg("江永县召开2023年法治政府建设推进会", "2023-03-22")
        items.sort(key=lambda it: it[2], reverse=True)
        self.lists[FZZF] = items
        self.page(f"/col/col{FZZF}/index.html", self._more_column(FZZF, items))

    def _news(self) -> None:
        start = date(2025, 6, 12)
        titles = [
            "江永县召开县委常委会会议",
            "县领导督导防汛备汛工作",
            "江永县举办2025年香柚产业发展推进会",
            "江永县开展安全生产大检查",
            "县政府召开优化营商环境工作推进会",
            "江永县女书文化节开幕",
            "江永县召开春季森林防火工作会议",
            "县领导调研高标准农田建设",
            # batch 2
            "县政府召开第26次常务会议 听取2024年度法治政府建设工作报告",
            "江永县开展“3·15”消费者权益保护宣传活动",
            "江永县召开2025年法治政府建设暨依法治县工作会议",
            "江永县举办春风行动专场招聘会",
            "县领导走访慰问困难群众",
            "江永县召开2024年度述职述廉述法会议",
        ]
        items = []
        for k, t in enumerate(titles):
            pub = (start - timedelta(days=6 * k)).isoformat()
            body = NEGATIVE_BODY if "法治" in t or "述法" in t else FILLER_BODY
            items.append(self._notice(NEWS, t, pub, "江永县融媒体中心", body=body))
        self.lists[NEWS] = items
        self.page(f"/col/col{NEWS}/index.html", self._more_column(NEWS, items))

    # --- 通知公告: infinite scroll (JSON) -------------------------------------------------------
    def _notices(self) -> None:
        base = [
            "江永县2025年公开招聘教师公告",
            "关于城区部分路段临时交通管制的通告",
            "江永县2025年第二批次政府采购意向公开",
            "关于做好2025年防汛抗旱工作的通知",
            "江永县耕地地力保护补贴发放公示",
            "关于开展全县法治政府建设示范创建活动的通知",
            "江永县城乡居民医疗保险参保缴费的通告",
            "关于举办行政执法人员法治培训班的通知",
            "江永县拟提拔任用干部任前公示",
            "关于国有建设用地使用权挂牌出让的公告",
            "江永县义务教育阶段招生工作公告",
            "关于停水的通知",
        ]
        items: list[Item] = []
        start = date(2025, 6, 10)
        k = 0
        for i in range(44):
            pub = (start - timedelta(days=4 * i + i % 3)).isoformat()
            if i == 32:
                items.append(
                    self._notice(
                        NOTICE, "江永县2024年度法治政府建设报告", "2025-01-23", SFJ, seed="001"
                    )
                )
                continue
            title = base[k % len(base)]
            if k >= len(base):
                title = title.replace("2025年", "") + f"（第{k // len(base) + 1}期）"
            k += 1
            body = NEGATIVE_BODY if "法治" in title else FILLER_BODY
            items.append(self._notice(NOTICE, title, pub, OFFICE, body=body))
        items.sort(key=lambda it: it[2], reverse=True)
        self.lists[NOTICE] = items
        rows = self._rows(items[:SCROLL_SIZE])
        main = (
            f'<div class="list-box"><div class="list-tit"><span>通知公告</span></div>'
            f'<ul class="list" id="scrollList" data-cat="{NOTICE}" data-size="{SCROLL_SIZE}">'
            f"{rows}</ul>"
            '<div class="scroll-tip" id="scrollTip">下拉加载更多</div></div>\n'
            '<script type="text/javascript" src="/js/scrollload.js"></script>\n'
        )
        self.page(
            f"/col/col{NOTICE}/index.html",
            self._frame("通知公告", [("首页", "/"), ("通知公告", "#")], main),
        )

    # --- 年度报告: form-submitted GET pager --------------------------------------------------------
    def _ndbg(self) -> None:
        items: list[Item] = []
        depts = ["县发展和改革局", "县教育局", "县公安局", "县民政局", "县司法局", "县财政局"]
        depts += ["县人力资源和社会保障局", "县自然资源局", "县住房和城乡建设局", "县交通运输局"]
        depts += ["县农业农村局", "县卫生健康局", "县市场监督管理局", "县应急管理局"]
        depts += ["县文化旅游广电体育局", "县林业局", "县水利局", "县退役军人事务局"]
        for year in (2024, 2023, 2022):
            pub = date(year + 1, 1, 28)
            items.append(
                self._doc(
                    NDBG,
                    f"江永县人民政府{year}年政府信息公开工作年度报告",
                    pub.isoformat(),
                    publisher=OFFICE,
                )
            )
            self.negative_titles.append(items[-1][0])
            for j, d in enumerate(depts if year != 2022 else depts[:4]):
                p = (pub - timedelta(days=j + 1)).isoformat()
                items.append(
                    self._doc(NDBG, f"江永{d}{year}年政府信息公开工作年度报告", p, publisher=d[1:])
                )
                self.negative_titles.append(items[-1][0])
        items.append(
            self._doc(
                NDBG,
                "江永县2024年国民经济和社会发展统计公报",
                "2025-04-08",
                publisher="江永县统计局",
            )
        )
        items.append(
            self._doc(
                NDBG, "江永县2024年度政务服务“好差评”情况年度报告", "2025-03-06", publisher=OFFICE
            )
        )
        items.append(
            self._doc(
                NDBG,
                "江永县2024年度行政复议和行政应诉工作情况报告",
                "2025-02-20",
                publisher=SFJ,
                body=NEGATIVE_BODY,
            )
        )
        items.append(
            self._doc(
                NDBG,
                "江永县2023年度行政执法工作年度报告",
                "2024-02-26",
                publisher=SFJ,
                body=NEGATIVE_BODY,
            )
        )
        items.sort(key=lambda it: it[2], reverse=True)
        self.lists[NDBG] = items
        self.catalogue += items
        # 其他主动公开内容: listed only by the catalogue
        other: list[Item] = []
        other.append(
            self._doc(
                QTGK,
                "江永县2023年度法治政府建设工作报告",
                "2024-03-12",
                publisher=GOV,
                seed="000",
                written="2024-03-08",
                doc_no="永江政报〔2024〕5号",
            )
        )
        other.append(
            self._doc(
                QTGK,
                "关于2023年度法治政府建设督察反馈问题整改情况的报告",
                "2024-03-29",
                publisher=GOV,
                body=NEGATIVE_BODY,
            )
        )
        other.append(self._doc(QTGK, "江永县2024年度行政规范性文件制定计划", "2024-04-19"))
        other.append(self._doc(QTGK, "江永县2024年度重大行政决策事项目录", "2024-02-28"))
        self.catalogue += other

    def _form_page(self, n: int) -> str:
        items = self.lists[NDBG]
        total = -(-len(items) // FORM_SIZE)
        rows = "".join(
            f'<tr><td class="t"><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f'</td><td class="d">{esc(d)}</td></tr>'
            for t, u, d in items[(n - 1) * FORM_SIZE : n * FORM_SIZE]
        )
        nums = " ".join(
            f'<span class="cur">{p}</span>'
            if p == n
            else f'<a href="javascript:goPage({p})">{p}</a>'
            for p in range(1, total + 1)
        )
        pager = (
            '<form id="pageForm" name="pageForm" method="get" action="list.jsp">'
            f'<input type="hidden" name="columnId" value="{NDBG}" />'
            f'<input type="hidden" name="pageNo" value="{n}" />'
            f'<input type="hidden" name="pageSize" value="{FORM_SIZE}" /></form>\n'
            '<div class="pagination">'
            "<a href=\"javascript:turnPage('first')\">首页</a> "
            "<a href=\"javascript:turnPage('prev')\">上一页</a> "
            f"{nums} "
            "<a href=\"javascript:turnPage('next')\">下一页</a> "
            "<a href=\"javascript:turnPage('last')\">尾页</a> "
            f"<span>共{total}页 当前第{n}页</span> "
            '跳转到<input type="text" id="jumpPage" size="3" />页 '
            '<button type="button" onclick="jump()">GO</button></div>\n'
            '<script type="text/javascript">\n'
            f"var curPage = {n}, totalPage = {total};\n"
            "function goPage(n) {\n"
            "  n = parseInt(n, 10);\n"
            "  if (isNaN(n) || n < 1 || n > totalPage) { alert('请输入正确的页码'); return; }\n"
            "  var f = document.getElementById('pageForm');\n"
            "  f.pageNo.value = n;\n"
            "  f.submit();\n"
            "}\n"
            "function turnPage(t) {\n"
            "  if (t === 'first') { goPage(1); }\n"
            "  else if (t === 'prev') { if (curPage > 1) { goPage(curPage - 1); } }\n"
            "  else if (t === 'next') { if (curPage < totalPage) { goPage(curPage + 1); } }\n"
            "  else if (t === 'last') { goPage(totalPage); }\n"
            "}\n"
            "function jump() { goPage(document.getElementById('jumpPage').value); }\n"
            "</script>\n"
        )
        main = (
            '<div class="list-box"><div class="list-tit"><span>年度报告</span></div>'
            '<table class="list-table" width="100%"><tr><th>标题</th><th>发布日期</th></tr>'
            f"{rows}</table>{pager}</div>"
        )
        return self._frame("年度报告", self._crumbs(NDBG)[:-1], main, tree=True)

    def _zcwj(self) -> None:
        items: list[Item] = []
        titles = [
            "江永县人民政府关于印发江永县城乡环境综合整治方案的通知",
            "江永县人民政府办公室关于进一步加强耕地保护工作的通知",
            "江永县人民政府关于公布政府部门权责清单的通知",
            "江永县人民政府办公室关于印发江永县防汛应急预案的通知",
            "江永县人民政府关于调整城乡居民最低生活保障标准的通知",
            "江永县人民政府办公室关于印发优化营商环境若干措施的通知",
            "江永县人民政府关于印发江永县重大行政决策程序规定的通知",
            "江永县人民政府办公室关于做好2025年春耕生产工作的通知",
            "江永县人民政府关于划定禁止燃放烟花爆竹区域的通告",
            "江永县人民政府办公室关于印发江永县行政执法公示制度的通知",
            "江永县人民政府关于印发江永县国土空间总体规划的通知",
            "江永县人民政府办公室关于加强农村自建房安全管理的通知",
        ]
        for k, t in enumerate(titles):
            pub = (date(2025, 6, 3) - timedelta(days=37 * k)).isoformat()
            items.append(
                self._doc(
                    ZCWJ,
                    t,
                    pub,
                    publisher=GOV if "办公室" not in t else OFFICE,
                    doc_no=f"永江政{'办' if '办公室' in t else ''}发〔{pub[:4]}〕{k + 3}号",
                )
            )
        self.lists[ZCWJ] = items
        self.catalogue += items
        self.page(
            f"/col/col{ZCWJ}/index.html",
            self._frame(
                "政策文件",
                self._crumbs(ZCWJ)[:-1],
                '<div class="list-box"><div class="list-tit"><span>政策文件</span></div>'
                f'<ul class="list">{self._rows(items)}</ul></div>',
                tree=True,
            ),
        )

    # --- 县司法局: Spring MVC, pageToken + jsessionid -----------------------------------------------
    def _sfj(self) -> None:
        titles = [
            ("江永县司法局2025年普法依法治理工作要点", "2025-05-16", True),
            ("江永县司法局关于开展“民法典宣传月”活动的通知", "2025-04-28", False),
            ("江永县公共法律服务中心值班安排", "2025-04-02", False),
            ("江永县司法局2024年度部门决算公开", "2025-03-21", False),
            ("江永县司法局2025年部门预算公开", "2025-02-18", False),
            ("江永县司法局关于人民调解员聘用结果的公示", "2025-01-09", False),
            ("江永县司法局2024年行政执法“双随机、一公开”抽查结果", "2024-12-12", False),
            ("江永县司法局关于法治政府建设示范创建工作的情况汇报", "2024-11-06", True),
            ("江永县司法局开展“八五”普法中期检查", "2024-09-19", False),
            ("江永县“八五”普法规划", "2024-07-30", True),
            ("江永县司法局2023年度部门决算公开", "2024-06-14", False),
            ("江永县司法局关于行政复议案件审理情况的通报", "2024-04-25", False),
            ("江永县司法局2023年普法依法治理工作总结", "2024-01-30", True),
            ("江永县司法局2022年度部门决算公开", "2023-06-20", False),
            ("江永县司法局关于律师事务所年度考核结果的公告", "2023-05-11", False),
            ("江永县司法局2022年普法依法治理工作要点", "2022-03-18", True),
            ("江永县司法局关于开展社区矫正专项检查的通知", "2021-09-07", False),
            ("江永县司法局2021年普法工作要点", "2021-03-02", True),
            ("江永县司法局2020年度法治政府建设工作开展情况", "2021-01-18", None),
            ("江永县司法局关于公布2020年度行政执法案卷评查结果的通知", "2020-12-22", False),
            ("江永县法治政府建设实施方案（2021—2025年）征求意见稿", "2020-11-30", True),
            ("江永县司法局2020年部门预算公开", "2020-03-10", False),
            ("江永县司法局关于做好疫情防控期间人民调解工作的通知", "2020-02-14", False),
            ("江永县司法局2019年度部门决算公开", "2019-08-20", False),
            ("江永县司法局2019年普法依法治理工作要点", "2019-03-15", True),
        ]
        self.sfj_items: list[tuple[int, str, str]] = []
        for k, (title, pub, negative) in enumerate(titles):
            aid = 7700 + 13 * k
            path = f"/bmxxgk/sfj/art.do?id={aid}"
            if negative is None:
                body = self.gold_report(path, "004", title, publisher=SFJ, publish_date=pub)
            else:
                body = NEGATIVE_BODY if negative else FILLER_BODY
                if negative:
                    self.negative_titles.append(title)
            self.sfj_items.append((aid, title, pub))
            self._bodies[path] = body

    def _sfj_list(self, n: int, sid: str, rewrite: bool) -> str:
        total = -(-len(self.sfj_items) // SFJ_SIZE)
        n = min(max(n, 1), total)
        js = f";jsessionid={sid}" if rewrite else ""

        def href(p: int) -> str:
            return f"list.do{js}?pageToken={_token(p, sid)}"

        rows = "".join(
            f'<li><span class="date">{esc(pub)}</span><a href="art.do{js}?id={aid}" '
            f'target="_blank">{esc(t)}</a></li>'
            for aid, t, pub in self.sfj_items[(n - 1) * SFJ_SIZE : n * SFJ_SIZE]
        )
        parts = []
        parts.append(f'<a href="{href(1)}">首页</a>')
        parts.append(f'<a href="{href(n - 1)}">上一页</a>' if n > 1 else "<span>上一页</span>")
        parts += [
            f'<span class="on">{p}</span>' if p == n else f'<a href="{href(p)}">{p}</a>'
            for p in range(1, total + 1)
        ]
        parts.append(f'<a href="{href(n + 1)}">下一页</a>' if n < total else "<span>下一页</span>")
        parts.append(f'<a href="{href(total)}">尾页</a>')
        pager = f'<div class="pages">{" ".join(parts)} <em>共{len(self.sfj_items)}条 {n}/{total}页</em></div>'
        side = "".join(
            f'<li><a href="{esc(self._dept_url(d, js))}">{esc(d)}</a></li>' for d in DEPTS
        )
        main = (
            f'<div class="leftnav"><h2>部门信息公开</h2><ul class="tree">{side}</ul></div>'
            '<div class="list-box"><div class="list-tit"><span>江永县司法局</span></div>'
            f'<ul class="list dept-list">{rows}</ul>{pager}</div>'
        )
        crumbs = [
            ("首页", "/"),
            ("政务公开", "/zwgk/index.html"),
            ("部门信息公开", "/bmxxgk/index.html"),
            ("江永县司法局", f"list.do{js}"),
        ]
        return self._frame("江永县司法局", crumbs, main)

    def _dept_url(self, dept: str, js: str = "") -> str:
        if dept in DEPT_PATHS:
            return DEPT_PATHS[dept].replace("list.do", f"list.do{js}")
        return f"/bmxxgk/dept{DEPTS.index(dept) + 1}/index.html"

    def _sfj_article(self, aid: int, rewrite: bool, sid: str) -> str | None:
        idx = next((k for k, it in enumerate(self.sfj_items) if it[0] == aid), None)
        if idx is None:
            return None
        _, title, pub = self.sfj_items[idx]
        js = f";jsessionid={sid}" if rewrite else ""
        body = self._bodies[f"/bmxxgk/sfj/art.do?id={aid}"]

        def one(label: str, j: int) -> str:
            if j < 0 or j >= len(self.sfj_items):
                return f"<li>{label}：没有了</li>"
            a, t, _ = self.sfj_items[j]
            return f'<li>{label}：<a href="art.do{js}?id={a}">{esc(t)}</a></li>'

        main = (
            '<div class="dept-article">'
            f'<div class="title">{esc(title)}</div>'
            f'<div class="source">信息来源：{SFJ}　发布日期：{esc(pub)}　阅读次数：'
            f'<span id="readCount">{(aid * 7) % 900 + 40}</span></div>'
            '<div class="TRS_Editor" id="content">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + f'<ul class="sxp">{one("上一篇", idx - 1)}{one("下一篇", idx + 1)}</ul>'
            + '<div class="close-print"><a href="javascript:window.print()">【打印】</a>'
            '<a href="javascript:window.close()">【关闭】</a></div></div>'
        )
        crumbs = [
            ("首页", "/"),
            ("部门信息公开", "/bmxxgk/index.html"),
            ("江永县司法局", f"list.do{js}"),
            ("正文", "#"),
        ]
        return self._frame(title, crumbs, main)

    # --- 政府信息公开目录: search form --------------------------------------------------------------
    def _search(self) -> None:
        self.catalogue.sort(key=lambda it: it[2], reverse=True)

    def _search_page(self, params: dict[str, str]) -> str:
        keyword = params.get("keyword", "").strip()
        year = params.get("year", "").strip()
        raw = params.get("page", "1")
        hits = [
            it
            for it in self.catalogue
            if (not keyword or keyword in it[0]) and (not year or it[2].startswith(year))
        ]
        total = max(1, -(-len(hits) // SEARCH_SIZE))
        n = min(max(int(raw) if raw.isdigit() else 1, 1), total)

        def href(p: int) -> str:
            return "search.do?" + urlencode({"page": p, "keyword": keyword, "year": year})

        rows = (
            "".join(
                f'<tr><td>{(n - 1) * SEARCH_SIZE + k + 1}</td><td class="t"><a href="{esc(u)}" '
                f'target="_blank" title="{esc(t)}">{esc(t)}</a></td><td>{esc(d)}</td></tr>'
                for k, (t, u, d) in enumerate(hits[(n - 1) * SEARCH_SIZE : n * SEARCH_SIZE])
            )
            or '<tr><td colspan="3">没有找到相关信息</td></tr>'
        )
        years = "".join(
            f'<option value="{y}"{" selected" if str(y) == year else ""}>{y}</option>'
            for y in range(2025, 2018, -1)
        )
        form = (
            '<form class="xxgk-search" name="searchForm" action="search.do" method="get">'
            f'标题：<input type="text" name="keyword" value="{esc(keyword)}" />'
            f' 年份：<select name="year"><option value="">全部</option>{years}</select>'
            ' <input type="submit" value="检索" class="btn" /></form>\n'
        )
        nav = [f'<a href="{esc(href(1))}">首页</a>']
        if n > 1:
            nav.append(f'<a href="{esc(href(n - 1))}">上一页</a>')
        for p in range(max(1, n - 2), min(total, n + 2) + 1):
            nav.append(f"<b>{p}</b>" if p == n else f'<a href="{esc(href(p))}">{p}</a>')
        if n < total:
            nav.append(f'<a href="{esc(href(n + 1))}">下一页</a>')
        nav.append(f'<a href="{esc(href(total))}">尾页</a>')
        pager = f'<div class="pager">共{len(hits)}条 第{n}/{total}页 {" ".join(nav)}</div>'
        tree = self._xxgk_tree()
        main = (
            tree
            + '<div class="xxgk-right"><div class="list-tit"><span>政府信息公开目录</span></div>'
            + form
            + '<table class="xxgk-list" width="100%"><tr><th>序号</th><th>名称</th><th>发布日期</th>'
            + f"</tr>{rows}</table>{pager}</div>"
        )
        return self._frame(
            "政府信息公开目录", [("首页", "/"), ("政府信息公开", "search.do")], main
        )

    def _xxgk_tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开目录", "/xxgk/search.do", []),
                ("政府信息公开指南", "/col/col101/index.html", []),
                ("政府信息公开制度", "/col/col102/index.html", []),
                (
                    "法定主动公开内容",
                    "/zwgk/index.html",
                    [
                        ("政策文件", f"/col/col{ZCWJ}/index.html"),
                        ("年度报告", f"/zwgk/ndbg/list.jsp?columnId={NDBG}"),
                        ("法治政府建设", f"/col/col{FZZF}/index.html"),
                    ],
                ),
                ("部门信息公开", "/bmxxgk/index.html", []),
                ("依申请公开", "/col/col104/index.html", []),
            ],
        )

    # --- the rest --------------------------------------------------------------------------------
    def _other(self) -> None:
        for cid, name in [
            (2, "走进江永"),
            (30, "互动交流"),
            (101, "政府信息公开指南"),
            (102, "政府信息公开制度"),
            (104, "依申请公开"),
        ]:
            item = self._notice(cid, f"{name}（2025年更新）", "2025-01-06", OFFICE)
            self.page(
                f"/col/col{cid}/index.html",
                self._frame(
                    name,
                    [("首页", "/"), (name, "#")],
                    f'<div class="list-box"><ul class="list">{self._rows([item])}</ul></div>',
                ),
            )
        for k, d in enumerate(DEPTS):
            if d in DEPT_PATHS:
                continue
            item = self._doc(200 + k, f"江永{d}2025年部门预算公开", "2025-02-18", publisher=d[1:])
            self.page(
                f"/bmxxgk/dept{k + 1}/index.html",
                self._frame(
                    f"江永{d}",
                    [("首页", "/"), ("部门信息公开", "/bmxxgk/index.html")],
                    f'<div class="list-box"><ul class="list">{self._rows([item])}</ul></div>',
                ),
            )
        self.page(
            "/bmxxgk/index.html",
            self._frame(
                "部门信息公开",
                [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("部门信息公开", "#")],
                '<div class="dept-grid"><ul>'
                + "".join(
                    f'<li><a href="{esc(self._dept_url(d))}">江永{esc(d)}</a></li>' for d in DEPTS
                )
                + "</ul></div>",
            ),
        )
        boxes = [
            ("政策文件", f"/col/col{ZCWJ}/index.html", self.lists[ZCWJ][:5]),
            ("法治政府建设", f"/col/col{FZZF}/index.html", self.lists[FZZF][:5]),
            ("年度报告", f"/zwgk/ndbg/list.jsp?columnId={NDBG}", self.lists[NDBG][:5]),
        ]
        main = (
            self._xxgk_tree()
            + '<div class="zwgk-right">'
            + "".join(
                f'<div class="zwgk-box"><div class="box-tit"><span>{esc(t)}</span>'
                f'<a class="more" href="{esc(u)}">更多&gt;&gt;</a></div>'
                f"<ul>{self._rows(its)}</ul></div>"
                for t, u, its in boxes
            )
            + '<div class="zwgk-box"><div class="box-tit"><span>部门信息公开</span></div><ul>'
            + "".join(
                f'<li><a href="{esc(self._dept_url(d))}">江永{esc(d)}</a></li>' for d in DEPTS
            )
            + "</ul></div></div>"
        )
        self.page(
            "/zwgk/index.html", self._frame("政务公开", [("首页", "/"), ("政务公开", "#")], main)
        )
        self._render_articles()

    def _home(self) -> None:
        def box(title: str, more: str, items: list[Item]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items[:7]
                )
                + "</ul></div>"
            )

        main = (
            '<div class="home-row">'
            + box("江永要闻", f"/col/col{NEWS}/index.html", self.lists[NEWS])
            + box("通知公告", f"/col/col{NOTICE}/index.html", self.lists[NOTICE])
            + "</div>"
            '<div class="home-row zwgk-entry"><div class="box-tit"><span>政务公开</span></div><ul>'
            f'<li><a href="/xxgk/search.do">政府信息公开目录</a></li>'
            f'<li><a href="/col/col{ZCWJ}/index.html">政策文件</a></li>'
            f'<li><a href="/col/col{FZZF}/index.html">法治政府建设</a></li>'
            f'<li><a href="/zwgk/ndbg/list.jsp?columnId={NDBG}">年度报告</a></li>'
            '<li><a href="/bmxxgk/index.html">部门信息公开</a></li></ul></div>'
            '<div class="home-row zt"><a href="/col/col2/index.html"><img src="/upload/zt1.jpg" '
            'alt="女书之乡 魅力江永" /></a></div>' + fu.interaction_sidebar()
        )
        self.page("/", self._frame(SITE, [], main))
        self.page("/index.html", self._frame(SITE, [], main))

    # --- shared pieces ---------------------------------------------------------------------------
    def _cat_name(self, cat: int) -> str:
        names = {
            FZZF: "法治政府建设",
            NEWS: "江永要闻",
            NOTICE: "通知公告",
            NDBG: "年度报告",
            ZCWJ: "政策文件",
            QTGK: "其他主动公开内容",
            2: "走进江永",
            30: "互动交流",
            101: "政府信息公开指南",
            102: "政府信息公开制度",
            104: "依申请公开",
        }
        return names.get(cat, "其他")

    def _crumbs(self, cat: int) -> list[tuple[str, str]]:
        if cat == QTGK:
            return [("首页", "/"), ("政府信息公开", "/xxgk/search.do"), ("其他主动公开内容", "#")]
        if cat >= 200:
            dept = f"/bmxxgk/dept{cat - 199}/index.html"
            return [("首页", "/"), ("部门信息公开", "/bmxxgk/index.html"), ("信息公开", dept)]
        name = self._cat_name(cat)
        url = (
            f"/zwgk/ndbg/list.jsp?columnId={NDBG}" if cat == NDBG else f"/col/col{cat}/index.html"
        )
        if cat in (FZZF, NDBG, ZCWJ):
            return [("首页", "/"), ("政务公开", "/zwgk/index.html"), (name, url)]
        return [("首页", "/"), (name, url)]

    @staticmethod
    def _rows(items: list[Item]) -> str:
        return "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f'<span class="date">{esc(d)}</span></li>'
            for t, u, d in items
        )

    def _more_column(self, cat: int, items: list[Item]) -> str:
        name = self._cat_name(cat)
        main = (
            f'<div class="list-box"><div class="list-tit"><span>{esc(name)}</span></div>'
            f'<ul class="list" id="infoList">{self._rows(items[:MORE_SIZE])}</ul>'
            + _more_script(cat)
            + "</div>"
        )
        return self._frame(name, self._crumbs(cat)[:-1], main, tree=cat == FZZF)

    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, tree: bool = False
    ) -> str:
        location = fu.crumbs(crumbs, label="您当前的位置：") if crumbs else ""
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        left = self._xxgk_tree() if tree else ""
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={"ColumnName": title})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + location
            + left
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="湘ICP备05006512号-1",
                police="湘公网安备 43112502000118号",
                code=CODE,
                address="湖南省永州市江永县潇浦镇永明中路1号",
            )
            + "</body></html>"
        )

    # --- dynamic answers ---------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        path, _, session_in_path = hit.path.partition(";jsessionid=")
        params = dict(parse_qsl(hit.query, keep_blank_values=True))
        if path == "/api/list":
            cat = int(params["catId"]) if params.get("catId", "").isdigit() else 0
            raw = params.get("page", "1")
            n = int(raw) if raw.isdigit() else 1
            items = self.lists.get(cat) if cat in (FZZF, NEWS) else None
            if items is None:
                return Reply(200, b"", {"Content-Type": "text/html;charset=UTF-8"})
            rows = self._rows(items[(n - 1) * MORE_SIZE : n * MORE_SIZE])
            return Reply(200, rows.encode(), {"Content-Type": "text/html;charset=UTF-8"})
        if path == "/api/notice/list.do":
            items = self.lists[NOTICE]
            raw = params.get("pageIndex", "1")
            size_raw = params.get("pageSize", str(SCROLL_SIZE))
            size = min(int(size_raw), 50) if size_raw.isdigit() and int(size_raw) > 0 else 15
            n = int(raw) if raw.isdigit() and int(raw) > 0 else 1
            count = -(-len(items) // size)
            data = {
                "code": 200,
                "pageIndex": n,
                "pageSize": size,
                "pageCount": count,
                "total": len(items),
                "rows": [
                    {"title": t, "url": u, "pubDate": d}
                    for t, u, d in items[(n - 1) * size : n * size]
                ]
                if params.get("catId") == str(NOTICE)
                else [],
            }
            return Reply(
                200,
                json.dumps(data, ensure_ascii=False).encode(),
                {"Content-Type": "application/json;charset=UTF-8"},
            )
        if path == "/zwgk/ndbg/list.jsp":
            if params.get("columnId") != str(NDBG):
                return html_reply(
                    "<html><head><title>错误提示</title></head><body><p>参数错误：栏目不存在！</p>"
                    '<a href="/">返回首页</a></body></html>',
                    status=500,
                )
            total = -(-len(self.lists[NDBG]) // FORM_SIZE)
            raw = params.get("pageNo", "1")
            n = min(max(int(raw) if raw.isdigit() else 1, 1), total)
            return html_reply(self._form_page(n))
        if path == "/xxgk/search.do":
            return html_reply(self._search_page(params))
        if path.startswith("/bmxxgk/sfj/"):
            cookie = SimpleCookie(hit.headers.get("Cookie") or hit.headers.get("cookie") or "")
            sid = cookie["JSESSIONID"].value if "JSESSIONID" in cookie else ""
            headers: dict[str, str] = {}
            rewrite = False
            if not sid:  # Tomcat: a session not known from a cookie → URLs are rewritten
                rewrite = True
                sid = session_in_path
                if not sid:
                    sid = self._new_session()
                    headers["Set-Cookie"] = f"JSESSIONID={sid}; Path=/; HttpOnly"
            if path == "/bmxxgk/sfj/list.do":
                n = _token_page(params["pageToken"]) if "pageToken" in params else 1
                return html_reply(self._sfj_list(n, sid, rewrite), extra=headers)
            if path == "/bmxxgk/sfj/art.do" and params.get("id", "").isdigit():
                html = self._sfj_article(int(params["id"]), rewrite, sid)
                if html is not None:
                    return html_reply(html, extra=headers)
            return None
        return super().dynamic(hit)

    def _new_session(self) -> str:
        with self.lock:
            self.sessions += 1
            n = self.sessions
        return hashlib.md5(f"jy-session-{n}".encode()).hexdigest().upper()

    def page_kind(self, path: str) -> str:
        """What a requested page is, for the benchmark's account of where requests went."""
        bare = path.split("?", 1)[0].split(";", 1)[0]
        if path.split(";", 1)[0] in {g.path for g in self.gold} or any(
            bare.endswith("art.do") and path.endswith(g.path.split("?")[1])
            for g in self.gold
            if "?" in g.path
        ):
            return "report"
        for prefix, kind in [
            ("/api/", "api"),
            ("/zwgk/ndbg/list.jsp", "form list"),
            ("/xxgk/search.do", "search list"),
            ("/bmxxgk/sfj/list.do", "token list"),
            ("/bmxxgk/sfj/art.do", "sfj article"),
            ("/art/", "article"),
            ("/js/", "script"),
        ]:
            if bare.startswith(prefix):
                return kind
        return "navigation"

"""A county portal on a Guangdong-style 政府信息公开目录平台 (`/gkmlpt/`), whose 信息公开 is drawn
by script, as the Vue/jQuery "intensive platforms" are:

- `/gkmlpt/index` is a shell: its catalogue is partly an inline JSON tree
  (`var catalogs = [{"id":2615,"name":"法治政府建设","url":"/gkmlpt/index#2615"}, …]`), partly
  anchors, every column a hash route of the same page (`/gkmlpt/index#2615`); the page's script
  reads `location.hash` and lists the column from
  `/gkmlpt/api/all/<catid>?page=N&sid=<SID>` (`{"articles":[{"title","url","date"}],"total"}`),
  refusing a call without the platform's `sid`;
- the 县司法局's columns are shells too, `/bmxxgk/list.html?deptId=sfj&catId=fzzfjs`, listed
  by `'/api/dept/articles?deptId=' + getQueryString('deptId') + '&catId=' + … + '&page=' + page`:
  the API wants the page's own query values;
- report detail pages come in three kinds: the platform's server-rendered
  `/gkmlpt/content/2/2615/post_<id>.html` with its 索引号 table; shells `content.html?id=N`
  whose empty `<div id="content"></div>` a script fills from
  `$.getJSON('/api/article/detail?id=' + getQueryString('id'))` (English keys, the publication
  time in epoch milliseconds); and the 县司法局's shells `/article/detail?id=N`, filled by
  `fetch('/api/content/' + id)` with the 信息公开 fields under Chinese keys;
- decoys: a withdrawn report still listed (its API answers 文章不存在); a visit counter the
  shells call with the same `id` before their content; a 法治政府建设实施方案 and a 工作要点 in
  the same column; the 政府信息公开年度报告s of the 年报 column; a news centre whose list and
  details are JSON too (a 推进会 news item among them); 政策文件 and 规划计划 fillers.

`shell_rendered` is the same platform's detail shell with its content call signed in an
external script (`/js/detail.js`): no endpoint on the page, only a browser shows the report.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "佛冈县人民政府"
CODE = "4418210001"
SID = "763125"
PER_PAGE = 3
GKMLPT = "/gkmlpt/index"
SFJ = "/bmxxgk/sfj/index.html"
SFJ_LIST = "/bmxxgk/list.html"
NEWS = "/xwzx/index.html"
GOV = "佛冈县人民政府"
GOV_OFFICE = "佛冈县人民政府办公室"
SFJ_NAME = "佛冈县司法局"
CST = timezone(timedelta(hours=8))
# Catalogue nodes: (id, name); the first ones are drawn from JSON, the 年报 as an anchor.
JSON_CATALOGS = [(2611, "政策文件"), (2615, "法治政府建设"), (2617, "规划计划")]
ANCHOR_CATALOGS = [(2620, "政府信息公开年报")]
NAV = [
    ("首页", "/"),
    ("走进佛冈", "/zjfg/index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("政府信息公开", GKMLPT),
    ("新闻中心", NEWS),
    ("互动交流", "/hdjl/index.html"),
]
WITHDRAWN = 2950
WITHDRAWN_TITLE = "佛冈县2021年度法治政府建设工作报告"
QUERY_STRING_JS = (
    "function getQueryString(name) {\n"
    "  var reg = new RegExp('(^|&)' + name + '=([^&]*)(&|$)', 'i');\n"
    "  var r = window.location.search.substr(1).match(reg);\n"
    "  return r != null ? decodeURIComponent(r[2]) : null;\n}\n"
)


def json_reply(data: object, status: int = 200) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode()
    return Reply(status, body, {"Content-Type": "application/json;charset=UTF-8"})


def epoch_ms(day: str, clock: str = "10:30") -> int:
    stamp = datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M").replace(tzinfo=CST)
    return int(stamp.timestamp() * 1000)


def post(catid: int, doc: int) -> str:
    return f"/gkmlpt/content/2/{catid}/post_{doc}.html"


class GkmlptPortalSite(BlindSite):
    name = "gkmlpt_portal"
    region = "广东省清远市佛冈县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        # catid → rows (title, url as the API gives it, date), newest first
        self.columns: dict[int, list[tuple[str, str, str]]] = {}
        # article id → the JSON its detail endpoint answers
        self.details: dict[str, object] = {}
        self.contents: dict[str, object] = {}
        self.news: list[dict[str, str]] = []
        self._fzzf_column()
        self._other_columns()
        self._sfj()
        self._news()
        self._gkmlpt_index()
        self._home()

    # --- 法治政府建设 (catalogue 2615) ------------------------------------------------------------
    def _fzzf_column(self) -> None:
        rows: list[tuple[str, str, str]] = []
        t1, d1 = "佛冈县人民政府关于2024年度法治政府建设情况的报告", "2025-03-24"
        m1 = {
            "index_no": "007199435/2025-00031",
            "publisher": GOV,
            "written_date": "2025-03-20",
            "doc_no": "佛府函〔2025〕8号",
        }
        body = self.gold_report("/gkmlpt/content.html?id=5123", "003", t1, publish_date=d1, **m1)
        self.shell_detail(5123, t1, body, d1, m1)
        rows.append((t1, "content.html?id=5123", d1))
        neg1 = "佛冈县2025年法治政府建设工作要点"
        self._negative_post(2615, 5120, neg1, "2025-02-26")
        rows.append((neg1, post(2615, 5120) + "#2615", "2025-02-26"))
        neg2 = "佛冈县法治政府建设实施方案（2021-2025年）"
        self._negative_shell(4990, neg2, "2024-06-12")
        rows.append((neg2, "content.html?id=4990", "2024-06-12"))
        t2, d2 = "佛冈县2023年度法治政府建设工作报告", "2024-03-28"
        m2 = {
            "index_no": "007199435/2024-00027",
            "publisher": GOV,
            "written_date": "2024-03-25",
            "doc_no": "佛府函〔2024〕15号",
        }
        body = self.gold_report(post(2615, 4712), "000", t2, publish_date=d2, **m2)
        self.post_detail(post(2615, 4712), t2, body, d2, m2)
        rows.append((t2, post(2615, 4712) + "#2615", d2))
        for i, title in enumerate(
            ["佛冈县人民政府办公室关于做好2024年春节期间安全生产工作的通知"]
        ):
            path = post(2615, 4600 + i)
            self._filler_post(path, title, "2024-01-20")
            rows.append((title, path + "#2615", "2024-01-20"))
        t3, d3 = "佛冈县2022年度法治政府建设工作报告", "2023-03-30"
        m3 = {"index_no": "007199435/2023-00019", "publisher": GOV, "written_date": "2023-03-27"}
        body = self.gold_report("/gkmlpt/content.html?id=3871", "004", t3, publish_date=d3, **m3)
        self.shell_detail(3871, t3, body, d3, m3)
        rows.append((t3, "content.html?id=3871", d3))
        # Withdrawn: still listed, its shell served, its detail API answers 文章不存在.
        self.page(f"/gkmlpt/content.html?id={WITHDRAWN}", self._shell_page(title="政府信息公开"))
        rows.append((WITHDRAWN_TITLE, f"content.html?id={WITHDRAWN}", "2022-03-30"))
        self.columns[2615] = rows

    def _other_columns(self) -> None:
        self.columns[2611] = []
        for i, title in enumerate(
            [
                "佛冈县人民政府关于印发佛冈县城市管理办法的通知",
                "佛冈县人民政府关于调整县政府领导分工的通知",
            ]
        ):
            path = post(2611, 5000 + i)
            self._filler_post(path, title, f"2025-0{i + 1}-15")
            self.columns[2611].append((title, path + "#2611", f"2025-0{i + 1}-15"))
        self.columns[2617] = []
        for i, title in enumerate(["佛冈县国民经济和社会发展第十四个五年规划纲要"]):
            path = post(2617, 3000 + i)
            self._filler_post(path, title, "2021-05-10")
            self.columns[2617].append((title, path + "#2617", "2021-05-10"))
        self.columns[2620] = []
        for year, doc in ((2024, 5101), (2023, 4301)):
            title = f"佛冈县人民政府{year}年政府信息公开工作年度报告"
            day = f"{year + 1}-01-20"
            if year == 2024:
                self._negative_shell(doc, title, day)
                self.columns[2620].append((title, f"content.html?id={doc}", day))
            else:
                self._negative_post(2620, doc, title, day)
                self.columns[2620].append((title, post(2620, doc) + "#2620", day))
        # The platform's "all" list (catalogue 0, the page's default): the newest items only.
        self.columns[0] = sorted(
            (row for cid in (2611, 2617) for row in self.columns[cid]),
            key=lambda row: row[2],
            reverse=True,
        )

    # --- the 县司法局's section: server-rendered list, shell details ---------------------------
    def _sfj(self) -> None:
        t4, d4 = "佛冈县司法局2024年度法治政府建设工作报告", "2025-01-10"
        m4 = {
            "index_no": "007199451/2025-00004",
            "publisher": SFJ_NAME,
            "written_date": "2025-01-08",
            "doc_no": "佛司〔2025〕3号",
        }
        body = self.gold_report("/article/detail?id=88", "001", t4, publish_date=d4, **m4)
        self.contents["88"] = {
            "status": 200,
            "result": {
                "id": 88,
                "title": t4,
                "body": fu.paragraphs(body),
                "metadata": {
                    "索引号": m4["index_no"],
                    "发布机构": m4["publisher"],
                    "成文日期": m4["written_date"],
                    "发布日期": d4 + " 09:00:00",
                    "文号": m4["doc_no"],
                    "主题分类": "政务公开",
                },
                "views": 207,
            },
        }
        self.sfj_shell(88, t4)
        neg = "佛冈县司法局关于开展法治政府建设示范创建活动的通知"
        self.contents["87"] = {
            "status": 200,
            "result": {
                "id": 87,
                "title": neg,
                "body": fu.paragraphs(NEGATIVE_BODY),
                "metadata": {"发布机构": SFJ_NAME, "发布日期": "2024-08-05 09:00:00"},
            },
        }
        self.sfj_shell(87, neg)
        self.negative_titles.append(neg)
        self.contents["86"] = {
            "status": 200,
            "result": {
                "id": 86,
                "title": "佛冈县司法局关于公开招聘人民调解员的公告",
                "body": fu.paragraphs(FILLER_BODY),
                "metadata": {"发布机构": SFJ_NAME, "发布日期": "2024-07-01 09:00:00"},
            },
        }
        self.sfj_shell(86, "佛冈县司法局关于公开招聘人民调解员的公告")
        rows = [
            (t4, "/article/detail?id=88", d4),
            (neg, "/article/detail?id=87", "2024-08-05"),
            ("佛冈县司法局关于公开招聘人民调解员的公告", "/article/detail?id=86", "2024-07-01"),
        ]
        self.dept_rows = {("sfj", "fzzfjs"): rows, ("sfj", "tzgg"): rows[2:]}
        tree = fu.left_tree(
            "佛冈县司法局",
            [
                ("通知公告", SFJ_LIST + "?deptId=sfj&catId=tzgg", []),
                ("法治政府建设", SFJ_LIST + "?deptId=sfj&catId=fzzfjs", []),
            ],
        )
        intro = (
            '<div class="bm-head"><h2>佛冈县司法局</h2><p>主要职责：负责全县法治政府建设的统筹协调'
            "……</p></div>"
        )
        self.page(SFJ, self._frame("佛冈县司法局", [("部门信息公开", SFJ)], tree + intro))
        script = (
            '<script type="text/javascript">\n' + QUERY_STRING_JS + "function loadList(page) {\n"
            "  $.getJSON('/api/dept/articles?deptId=' + getQueryString('deptId') + '&catId='"
            " + getQueryString('catId') + '&page=' + page, function (res) {\n"
            "    var html = '';\n"
            "    $.each(res.data.list, function (i, a) { html += '<li><a href=\"' + a.link"
            " + '\">' + a.title + '</a><span>' + a.time + '</span></li>'; });\n"
            "    $('#deptList').html(html);\n  });\n}\nloadList(1);\n</script>\n"
        )
        self.page(
            SFJ_LIST,
            self._frame(
                "佛冈县司法局",
                [("部门信息公开", SFJ), ("佛冈县司法局", SFJ)],
                tree + '<ul class="list" id="deptList"></ul><div id="pager"></div>' + script,
                dynamic=True,
            ),
        )

    def sfj_shell(self, doc: int, title: str) -> None:
        """A 司法局 detail: furniture around an empty `.article`, filled by `fetch`."""
        main = (
            '<div class="article-box"><div class="article-title"><h1 id="title"></h1></div>'
            '<div class="xxgk-meta" id="meta"></div><div class="article"></div>'
            + fu.article_tools()
            + "</div>"
            '<script type="text/javascript">\n'
            "const params = new URLSearchParams(window.location.search);\n"
            "const id = params.get('id');\n"
            "fetch('/api/content/' + id).then(function (r) { return r.json(); })\n"
            "  .then(function (res) {\n"
            "    var d = res.result, m = d.metadata, rows = '';\n"
            "    document.title = d.title + '-佛冈县司法局';\n"
            "    document.getElementById('title').innerText = d.title;\n"
            "    for (var k in m) { rows += '<span>' + k + '：' + m[k] + '</span>'; }\n"
            "    document.getElementById('meta').innerHTML = rows;\n"
            "    document.querySelector('.article').innerHTML = d.body;\n"
            "  });\n"
            "</script>\n"
        )
        self.page(
            f"/article/detail?id={doc}",
            self._frame(
                "佛冈县司法局", [("部门信息公开", SFJ), ("正文", "#")], main, dynamic=True
            ),
        )

    # --- news centre: a JSON list of news, shell details ------------------------------------
    def _news(self) -> None:
        titles = [
            "佛冈县召开2025年法治政府建设工作推进会",
            "县领导调研春耕生产",
            "佛冈县举办第十届砂糖桔文化节",
        ]
        for i, title in enumerate(titles):
            doc = 9001 + i
            day = f"2025-03-0{i + 1}"
            self.details[str(doc)] = {
                "code": 0,
                "data": {
                    "id": doc,
                    "title": title,
                    "content": fu.paragraphs(
                        [f"{day}，{title}。会议强调，要进一步提高思想认识，扎实推进各项工作。"] * 4
                    ),
                    "source": "佛冈县融媒体中心",
                    "publishTime": epoch_ms(day),
                },
            }
            self.page(f"/gkmlpt/content.html?id={doc}", self._shell_page(title="新闻中心"))
            self.news.append(
                {"title": title, "url": f"/gkmlpt/content.html?id={doc}", "date": day}
            )
        script = (
            '<script type="text/javascript">\n'
            "function loadNews(page) {\n"
            "  $.getJSON('/api/news/list?size=15&page=' + page, function (res) {\n"
            "    var html = '';\n"
            "    $.each(res.list, function (i, it) { html += '<li><a href=\"' + it.url + '\">'"
            " + it.title + '</a><span>' + it.date + '</span></li>'; });\n"
            "    $('#newsList').html(html);\n  });\n}\n"
            "loadNews(1);\n</script>\n"
        )
        main = (
            '<div class="col-title"><h2>新闻中心</h2></div>'
            '<ul class="news-list" id="newsList"></ul><div id="pager"></div>' + script
        )
        self.page(NEWS, self._frame("新闻中心", [("新闻中心", NEWS)], main))

    # --- the platform's shell ----------------------------------------------------------------
    def _gkmlpt_index(self) -> None:
        catalogs = [
            {"id": cid, "name": name, "parent": 26, "url": f"{GKMLPT}#{cid}"}
            for cid, name in JSON_CATALOGS
        ]
        anchors = "".join(
            f'<li><a href="{GKMLPT}#{cid}" data-id="{cid}">{esc(name)}</a></li>'
            for cid, name in ANCHOR_CATALOGS
        )
        script = (
            '<script type="text/javascript">\n'
            f"var SID = '{SID}';\n"
            "var catalogs = " + json.dumps(catalogs, ensure_ascii=False) + ";\n"
            "function renderTree() {\n  var html = '';\n"
            "  $.each(catalogs, function (i, c) { html += '<li><a href=\"' + c.url + '\">'"
            " + c.name + '</a></li>'; });\n  $('#catalogTree').html(html);\n}\n"
            "function getList(catid, page) {\n"
            "  $.getJSON('/gkmlpt/api/all/' + catid + '?page=' + page + '&sid=' + SID,"
            " function (res) {\n"
            "    var html = '';\n"
            "    $.each(res.articles, function (i, a) { html += '<li><a href=\"' + a.url"
            " + '\" target=\"_blank\">' + a.title + '</a><span>' + a.date + '</span></li>'; });\n"
            "    $('#articleList').html(html);\n"
            "    $('#pager').attr('data-total', res.total);\n  });\n}\n"
            "function route() {\n  var catid = location.hash.replace('#', '') || 0;\n"
            "  getList(catid, 1);\n}\n"
            "window.onhashchange = route;\n"
            "$(function () { renderTree(); route(); });\n</script>\n"
        )
        main = (
            '<div id="app" class="gkmlpt"><div class="gkmlpt-left"><div class="tree-head">'
            "政府信息公开目录</div>"
            '<ul class="catalog-tree" id="catalogTree"></ul>'
            f'<ul class="catalog-fixed"><li><a href="/gkmlpt/guide">政府信息公开指南</a></li>'
            f"{anchors}</ul></div>"
            '<div class="gkmlpt-right"><div class="search-bar"><input id="kw" placeholder="请输入关键词" />'
            '<button onclick="search()">搜索</button></div>'
            '<ul class="article-list" id="articleList"></ul><div id="pager"></div></div></div>'
            + script
        )
        self.page(GKMLPT, self._frame("政府信息公开", [("政府信息公开", GKMLPT)], main))
        self.page(
            "/gkmlpt/guide",
            self._frame(
                "政府信息公开指南",
                [("政府信息公开", GKMLPT)],
                "<h2>佛冈县人民政府信息公开指南</h2><p>为了更好地提供政府信息公开服务，编制本指南。</p>",
            ),
        )

    def _home(self) -> None:
        boxes = (
            '<div class="home-news"><h3>佛冈要闻</h3><ul>'
            + "".join(
                f'<li><a href="{esc(n["url"])}">{esc(n["title"])}</a></li>' for n in self.news
            )
            + f'</ul><a class="more" href="{NEWS}">更多</a></div>'
            '<div class="home-gk"><h3>政务公开</h3><ul>'
            f'<li><a href="{GKMLPT}">政府信息公开目录</a></li>'
            f'<li><a href="{GKMLPT}#2615">法治政府建设</a></li>'
            f'<li><a href="{SFJ}">县司法局</a></li></ul></div>' + fu.interaction_sidebar()
        )
        self.page("/", self._frame("首页", [], boxes))
        self.page("/zwgk/index.html", self._frame("政务公开", [("政务公开", "#")], boxes))

    # --- detail pages ------------------------------------------------------------------------
    def shell_detail(
        self, doc: int, title: str, body: list[str], day: str, meta: dict[str, str]
    ) -> None:
        """`content.html?id=N`: a shell; its JSON has English keys, the time in epoch ms."""
        self.details[str(doc)] = {
            "code": 0,
            "msg": "success",
            "data": {
                "id": doc,
                "title": title,
                "subTitle": "",
                "content": fu.paragraphs(body),
                "indexNo": meta.get("index_no", ""),
                "publisher": meta["publisher"],
                "source": GOV_OFFICE,
                "writtenDate": meta.get("written_date", ""),
                "publishTime": epoch_ms(day),
                "docNo": meta.get("doc_no", ""),
                "catName": "法治政府建设",
                "visitCount": 312,
            },
        }
        self.page(f"/gkmlpt/content.html?id={doc}", self._shell_page(title="政府信息公开"))

    def _shell_page(self, *, title: str) -> str:
        main = (
            '<div class="content-wrap"><div class="article">'
            '<h1 class="title" id="articleTitle"></h1>'
            '<div class="classify" id="classify"></div>'
            '<div id="content"></div><div class="visits">浏览次数：<span id="visits"></span></div>'
            + fu.article_tools()
            + "</div></div>"
            '<script type="text/javascript">\n' + QUERY_STRING_JS + "$(function () {\n"
            "  $.get('/api/count/visit?id=' + getQueryString('id'), function (n) {"
            " $('#visits').text(n.count); });\n"
            "  $.getJSON('/api/article/detail?id=' + getQueryString('id'), function (res) {\n"
            "    var d = res.data;\n"
            "    document.title = d.title + '-佛冈县人民政府';\n"
            "    $('#articleTitle').text(d.title);\n"
            "    $('#classify').html('<span>索引号：' + d.indexNo + '</span><span>发布机构：'"
            " + d.publisher + '</span><span>文号：' + d.docNo + '</span>');\n"
            "    $('#content').html(d.content);\n  });\n});\n</script>\n"
        )
        return self._frame(title, [("政府信息公开", GKMLPT), ("正文", "#")], main, dynamic=True)

    def _negative_shell(self, doc: int, title: str, day: str) -> None:
        self.shell_detail(doc, title, NEGATIVE_BODY, day, {"publisher": GOV})
        self.negative_titles.append(title)

    def post_detail(
        self, path: str, title: str, body: list[str], day: str, meta: dict[str, str]
    ) -> None:
        """The platform's own server-rendered article: the 索引号 table, the title, the body."""
        cells = [
            ("索引号：", meta.get("index_no", ""), "分类：", "综合政务"),
            ("发布机构：", meta["publisher"], "成文日期：", meta.get("written_date", day)),
            ("名称：", title, None, None),
            ("文号：", meta.get("doc_no", ""), "发布日期：", day),
        ]
        rows = "".join(
            f'<tr><td class="first">{a}</td><td class="second" colspan="3">{esc(b)}</td></tr>'
            if c is None
            else f'<tr><td class="first">{a}</td><td class="second">{esc(b)}</td>'
            f'<td class="first">{c}</td><td class="second">{esc(d or "")}</td></tr>'
            for a, b, c, d in cells
        )
        main = (
            f'<div class="classify"><table class="table-head"><tbody>{rows}</tbody></table></div>'
            f'<div class="content"><div class="article"><h1 class="title">{esc(title)}</h1>'
            f'<div class="date-row">发布日期：{esc(day)}　来源：{esc(meta["publisher"])}'
            '　<span class="font-size">字号：[ <a href="javascript:;">大</a> '
            '<a href="javascript:;">中</a> <a href="javascript:;">小</a> ]</span></div>'
            f'<div class="article-content">{fu.paragraphs(body)}</div>'
            + fu.article_tools()
            + "</div></div>"
        )
        self.page(path, self._frame(title, [("政府信息公开", GKMLPT), ("正文", "#")], main))

    def _negative_post(self, catid: int, doc: int, title: str, day: str) -> None:
        self.post_detail(post(catid, doc), title, NEGATIVE_BODY, day, {"publisher": GOV})
        self.negative_titles.append(title)

    def _filler_post(self, path: str, title: str, day: str) -> None:
        self.post_detail(path, title, FILLER_BODY, day, {"publisher": GOV_OFFICE})

    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, dynamic: bool = False
    ) -> str:
        """Furniture of every page; a shell's `<title>` is the site's until its script runs."""
        return (
            fu.doc_head(
                SITE if dynamic else f"{title}-{SITE}",
                site=SITE,
                code=CODE,
                meta={"ColumnName": title},
            )
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap clearfix">'
            + fu.crumbs([("首页", "/"), *crumbs])
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="粤ICP备05012345号",
                police="粤公网安备 44182102000123号",
                code=CODE,
                address="广东省清远市佛冈县石角镇府前路1号",
            )
            + "</body></html>"
        )

    # --- the APIs ----------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        query = {k: v[0] for k, v in parse_qs(hit.query).items()}
        if hit.path.startswith("/gkmlpt/api/all/"):
            return self._list_api(hit.path.rsplit("/", 1)[1], query)
        if hit.path == "/api/article/detail":
            found = self.details.get(query.get("id", ""))
            if found is None:
                return json_reply({"code": 404, "msg": "文章不存在", "data": None})
            return json_reply(found)
        if hit.path == "/api/count/visit":
            return json_reply({"code": 0, "count": 313})
        if hit.path.startswith("/api/content/"):
            found = self.contents.get(hit.path.rsplit("/", 1)[1])
            return json_reply(found or {"status": 404, "result": None})
        if hit.path == "/api/dept/articles":
            return self._dept_api(query)
        if hit.path == "/api/news/list":
            page = int(query.get("page", "1") or 1)
            rows = self.news if page == 1 else []
            return json_reply({"list": rows, "total": len(self.news), "page": page})
        return super().dynamic(hit)

    def _dept_api(self, query: dict[str, str]) -> Reply:
        rows = self.dept_rows.get((query.get("deptId", ""), query.get("catId", "")))
        if rows is None:
            return json_reply({"code": 400, "msg": "栏目不存在", "data": None})
        page = int(query.get("page", "1") or 1)
        items = [{"title": t, "link": u, "time": d} for t, u, d in (rows if page == 1 else [])]
        return json_reply({"code": 200, "data": {"list": items, "total": len(rows)}})

    def _list_api(self, catid: str, query: dict[str, str]) -> Reply:
        if query.get("sid") != SID:
            return json_reply({"code": 403, "msg": "sid 参数错误"}, status=403)
        rows = self.columns.get(int(catid), []) if catid.isdigit() else []
        page = int(query.get("page", "1") or 1)
        chunk = rows[(page - 1) * PER_PAGE : page * PER_PAGE]
        articles = [
            {"id": i, "title": t, "url": u, "date": d} for i, (t, u, d) in enumerate(chunk)
        ]
        return json_reply({"articles": articles, "total": len(rows), "page": page})


DETAIL_JS = """(function(){
  var id = (location.search.match(/[?&]id=(\\d+)/) || [])[1];
  var xhr = new XMLHttpRequest();
  xhr.open('GET', ['', 'api', 'doc'].join('/') + '?d=' + id + '&s=' + window.__sig);
  xhr.onload = function(){
    var d = JSON.parse(xhr.responseText);
    document.getElementById('articleTitle').innerText = d.title;
    document.getElementById('classify').innerHTML = d.meta;
    document.getElementById('content').innerHTML = d.html;
  };
  xhr.send();
})();"""
SIGNATURE = "a3f9c2e17b04"


class ShellRenderedSite(GkmlptPortalSite):
    """The same platform's detail shell, but its script signs the content call in an external
    file: no endpoint can be read off the page, only a browser shows the report."""

    name = "shell_rendered"
    region = "广东省清远市连山壮族瑶族自治县"
    needs_browser = True

    def build(self, base_url: str) -> None:
        BlindSite.build(self, base_url)
        self.signed: dict[str, dict[str, str]] = {}
        t1, d1 = "连山壮族瑶族自治县2024年度法治政府建设工作报告", "2025-03-18"
        m1 = {
            "index_no": "007199502/2025-00022",
            "publisher": "连山壮族瑶族自治县人民政府",
            "written_date": "2025-03-14",
            "doc_no": "连府函〔2025〕6号",
        }
        body = self.gold_report("/zwgk/detail.html?id=71", "004", t1, publish_date=d1, **m1)
        self._signed_shell(71, t1, body, d1, m1)
        neg = "连山壮族瑶族自治县法治政府建设实施方案（2021-2025年）"
        self._signed_shell(70, neg, NEGATIVE_BODY, "2024-05-06", {"publisher": GOV_OFFICE})
        self.negative_titles.append(neg)
        rows = [
            (t1, "/zwgk/detail.html?id=71", d1),
            (neg, "/zwgk/detail.html?id=70", "2024-05-06"),
        ]
        lis = "".join(
            f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a><span>{d}</span></li>'
            for t, u, d in rows
        )
        self.page(
            "/zwgk/fzzfjs/index.html",
            self._frame("法治政府建设", [("法治政府建设", "#")], f'<ul class="list">{lis}</ul>'),
        )
        self.page(
            "/",
            self._frame(
                "首页", [], '<ul><li><a href="/zwgk/fzzfjs/index.html">法治政府建设</a></li></ul>'
            ),
        )
        self.pages["/js/detail.js"] = Reply(
            200, DETAIL_JS.encode(), {"Content-Type": "application/javascript"}
        )

    def _signed_shell(
        self, doc: int, title: str, body: list[str], day: str, meta: dict[str, str]
    ) -> None:
        table = (
            "<table><tr><td>索引号：</td><td>{index_no}</td><td>发布机构：</td><td>{publisher}</td>"
            "</tr><tr><td>成文日期：</td><td>{written_date}</td><td>发布日期：</td><td>{day}</td>"
            "</tr><tr><td>文号：</td><td>{doc_no}</td></tr></table>"
        ).format(day=day, **{k: esc(meta.get(k, "")) for k in FIELD_NAMES})
        self.signed[str(doc)] = {"title": title, "meta": table, "html": fu.paragraphs(body)}
        main = (
            '<div class="content-wrap"><div class="article">'
            '<h1 class="title" id="articleTitle"></h1><div class="classify" id="classify"></div>'
            '<div id="content"></div>' + fu.article_tools() + "</div></div>"
            f"<script>window.__sig = '{SIGNATURE}';</script>"
            '<script src="/js/detail.js"></script><script>renderDetail && renderDetail();</script>'
        )
        self.page(
            f"/zwgk/detail.html?id={doc}",
            self._frame("正文", [("法治政府建设", "/zwgk/fzzfjs/index.html")], main, dynamic=True),
        )

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path != "/api/doc":
            return BlindSite.dynamic(self, hit)
        query = {k: v[0] for k, v in parse_qs(hit.query).items()}
        if query.get("s") != SIGNATURE or query.get("d") not in self.signed:
            return json_reply({"code": 403, "msg": "签名错误"}, status=403)
        return json_reply(self.signed[query["d"]])


FIELD_NAMES = ("index_no", "publisher", "written_date", "doc_no")

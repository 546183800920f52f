"""A county portal whose report pages are script shells of the kinds the first shell portals
lacked, as jQuery/Vue portals write them:

- `/zwgk/fzzfjs/index.html`, the 法治政府建设 column, is server-rendered; its items open shells:
  - `detail.html?id=N` fills itself by `$.ajax({url: '/api/article/detail', data: {id:
    getQueryString('id')}, success: …})`; the 2024 report's title is cut on the list
    (`红安县人民政府关于2024年度法治政府建设工作...`), without a title attribute;
  - `info.html?id=N` POSTs `{articleId: id}` (`var id = getQueryString('id')`) to
    `/api/article/info`, which refuses a GET;
  - `doc.html?id=N` reads its id off `location.search` by hand and calls
    `$.getJSON('/api/doc/get', {docId: id}, …)` (and a visit counter `$.post`);
  - `view.html?id=N` calls `/api/secure/detail?id=…` with a token header its script computes:
    the API refuses the crawler (401), only a browser shows the report;
- `/xxgk/index.html` is a Vue single-page app with hash routes: its list comes from
  `$.ajax({url: '/api/xxgk/list', data: {…}})` as records whose links are routes
  (`#/detail?id=401`); its 部门年度报告 list's API gives ids only, the template links them
  (`<router-link :to="'/article/' + r.id">`, a route `{path: '/article/:articleId'}`); a route's
  content is asked by `axios.get('/api/xxgk/detail', {params: {id: this.$route.params.articleId
  || this.$route.query.id}})`;
- decoys beside the reports: a 实施方案 and a 工作要点 (shells too), a 政府信息公开年度报告, a
  notice; none of them is fetched.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "红安县人民政府"
CODE = "4211220001"
GOV = "红安县人民政府"
OFFICE = "红安县人民政府办公室"
COLUMN = "/zwgk/fzzfjs/index.html"
SPA = "/xxgk/index.html"
TOKEN = "hk-7f3a91"
NAV = [
    ("首页", "/"),
    ("走进红安", "/zjha/index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("政府信息公开", SPA),
    ("互动交流", "/hdjl/index.html"),
]
QUERY_JS = (
    "function getQueryString(name) {\n"
    "  var reg = new RegExp('(^|&)' + name + '=([^&]*)(&|$)', 'i');\n"
    "  var r = window.location.search.substr(1).match(reg);\n"
    "  return r != null ? decodeURIComponent(r[2]) : null;\n}\n"
)
# What each shell's script writes into its page once its data has come.
RENDER_JS = (
    "function render(d) {\n"
    "  document.title = d.title + '-红安县人民政府';\n"
    "  document.getElementById('articleTitle').innerText = d.title;\n"
    "  document.getElementById('meta').innerHTML = '<span>索引号：' + d.indexNo + '</span>"
    "<span>发布机构：' + d.publishOrg + '</span><span>成文日期：' + d.writeDate + '</span>"
    "<span>发布日期：' + d.publishDate + '</span>';\n"
    "  document.getElementById('content').innerHTML = d.content;\n}\n"
)
SHELL_SCRIPTS = {
    "detail": (
        "$(function () {\n"
        "  $.ajax({\n    url: '/api/article/detail',\n    type: 'GET',\n    dataType: 'json',\n"
        "    data: { id: getQueryString('id'), siteId: '1' },\n"
        "    success: function (res) { if (res.code === 200) { render(res.data); } }\n  });\n});\n"
    ),
    "info": (
        "var id = getQueryString('id');\n"
        "$(function () {\n"
        "  $.ajax({\n    type: 'POST',\n    url: '/api/article/info',\n"
        "    data: { articleId: id },\n    success: function (res) { render(res.result); }\n"
        "  });\n});\n"
    ),
    "doc": (
        "var id = location.search.split('=')[1];\n"
        "$.post('/api/count/hit', { id: id });\n"
        "$.getJSON('/api/doc/get', { docId: id }, function (res) { render(res.data); });\n"
    ),
    "view": (
        "(function () {\n"
        "  var id = getQueryString('id');\n"
        "  var xhr = new XMLHttpRequest();\n"
        "  xhr.open('GET', '/api/secure/detail?id=' + id);\n"
        "  xhr.setRequestHeader('X-Auth-Token', ['hk', '7f3a91'].join('-'));\n"
        "  xhr.onload = function () { render(JSON.parse(xhr.responseText).data); };\n"
        "  xhr.send();\n})();\n"
    ),
}


def json_reply(data: object, status: int = 200) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode()
    return Reply(status, body, {"Content-Type": "application/json;charset=UTF-8"})


class AjaxShellsSite(BlindSite):
    name = "ajax_shells"
    region = "湖北省黄冈市红安县"
    needs_browser = True

    def build(self, base_url: str) -> None:
        super().build(base_url)
        # (shell kind, id) → the article its API answers with
        self.articles: dict[tuple[str, str], dict[str, str]] = {}
        self.spa_rows: list[dict[str, str]] = []
        self.report_rows: list[dict[str, object]] = []
        self._column()
        self._spa()
        self._home()

    # --- the 法治政府建设 column: server-rendered, shell details ------------------------------
    def _column(self) -> None:
        rows: list[tuple[str, str, str, bool]] = []  # title, url, date, title cut on the list
        reports = [
            ("detail", 301, "红安县人民政府关于2024年度法治政府建设工作情况的报告", "000", True),
            ("info", 302, "红安县2023年度法治政府建设工作报告", "001", False),
            ("doc", 303, "红安县2022年度法治政府建设情况报告", "004", False),
            ("view", 304, "红安县2021年度法治政府建设工作报告", "003", False),
        ]
        for i, (kind, doc, title, seed, cut) in enumerate(reports):
            year = 2025 - i
            day = f"{year}-03-2{i}"
            path = f"/zwgk/{kind}.html?id={doc}"
            meta = {
                "index_no": f"011351642/{year}-000{31 + i}",
                "publisher": GOV,
                "written_date": f"{year}-03-1{i}",
            }
            body = self.gold_report(path, seed, title, publish_date=day, **meta)
            self._article(kind, doc, title, body, day, meta=meta)
            rows.append((title, path, day, cut))
            if i == 1:
                neg = "红安县法治政府建设实施方案（2021-2025年）"
                self._article(
                    "detail", 298, neg, NEGATIVE_BODY, "2024-05-10", meta={"publisher": GOV}
                )
                self.negative_titles.append(neg)
                rows.append((neg, "/zwgk/detail.html?id=298", "2024-05-10", False))
        notice = "红安县人民政府办公室关于做好2024年国庆节期间值班工作的通知"
        self._article("detail", 297, notice, FILLER_BODY, "2024-09-25", meta={"publisher": OFFICE})
        rows.insert(1, (notice, "/zwgk/detail.html?id=297", "2024-09-25", False))
        items = "".join(
            f'<li><a href="{esc(url)}" target="_blank">'
            f"{esc(title[:22] + '...' if cut else title)}</a><span>{day}</span></li>"
            for title, url, day, cut in rows
        )
        main = (
            fu.left_tree(
                "政务公开",
                [("法治政府建设", COLUMN, []), ("通知公告", "/zwgk/tzgg/index.html", [])],
            )
            + '<div class="list-right"><div class="list-title"><h3>法治政府建设</h3></div>'
            f'<ul class="list">{items}</ul>'
            '<div class="page">共1页 <a href="javascript:;">首页</a> <a href="javascript:;">尾页</a>'
            "</div></div>"
        )
        self.page(COLUMN, self._frame("法治政府建设", [("政务公开", "/zwgk/index.html")], main))
        for kind in SHELL_SCRIPTS:
            for (k, doc), _ in list(self.articles.items()):
                if k == kind:
                    self.page(f"/zwgk/{kind}.html?id={doc}", self._shell(kind))

    def _article(
        self, kind: str, doc: int, title: str, body: list[str], day: str, *, meta: dict[str, str]
    ) -> None:
        self.articles[(kind, str(doc))] = {
            "id": str(doc),
            "title": title,
            "content": fu.paragraphs(body),
            "indexNo": meta.get("index_no", ""),
            "publishOrg": meta["publisher"],
            "writeDate": meta.get("written_date", ""),
            "publishDate": day + " 10:00:00",
        }

    def _shell(self, kind: str) -> str:
        main = (
            '<div class="article-box"><h1 class="title" id="articleTitle"></h1>'
            '<div class="xxgk-meta" id="meta"></div><div id="content" class="article-con"></div>'
            + fu.article_tools()
            + "</div>"
            '<script type="text/javascript">\n'
            + QUERY_JS
            + RENDER_JS
            + SHELL_SCRIPTS[kind]
            + "</script>\n"
        )
        crumbs = [("政务公开", "/zwgk/index.html"), ("法治政府建设", COLUMN), ("正文", "#")]
        return self._frame("正文", crumbs, main, dynamic=True)

    # --- the 信息公开 single-page app -----------------------------------------------------------
    def _spa(self) -> None:
        spa = [
            ("#/detail?id=401", 401, "红安县司法局2024年度法治政府建设工作报告", "000"),
            ("#/article/402", 402, "红安县应急管理局2024年度法治政府建设情况报告", "001"),
        ]
        for i, (route, doc, title, seed) in enumerate(spa):
            day = f"2025-02-1{i}"
            publisher = title[: title.index("2024")]
            meta = {"index_no": f"011351699/2025-0000{i + 5}", "publisher": publisher}
            body = self.gold_report(SPA + route, seed, title, publish_date=day, **meta)
            self._article("xxgk", doc, title, body, day, meta=meta)
            if route.startswith("#/detail"):
                self.spa_rows.append({"title": title, "url": route, "date": day})
            else:  # the 年度报告 list: ids only, its template makes the route
                self.report_rows.append({"id": doc, "title": title, "pubDate": day})
        filler = "红安县应急管理局关于开展2025年安全生产月活动的通知"
        self._article("xxgk", 396, filler, FILLER_BODY, "2025-01-20", meta={"publisher": GOV})
        self.report_rows.append({"id": 396, "title": filler, "pubDate": "2025-01-20"})
        for doc, title in (
            (399, "红安县2025年法治政府建设工作要点"),
            (398, "红安县人民政府2024年政府信息公开工作年度报告"),
        ):
            self._article("xxgk", doc, title, NEGATIVE_BODY, "2025-01-15", meta={"publisher": GOV})
            self.negative_titles.append(title)
            self.spa_rows.append(
                {"title": title, "url": f"#/detail?id={doc}", "date": "2025-01-15"}
            )
        app = (
            '<div id="app" class="xxgk-app"><div class="xxgk-left"><div class="tree-head">'
            '政府信息公开目录</div><ul class="catalog-tree">'
            '<li><router-link to="/list/fzzfjs">法治政府建设</router-link></li>'
            '<li><router-link to="/list/zcwj">政策文件</router-link></li>'
            '<li><router-link to="/reports">部门年度报告</router-link></li>'
            '<li><router-link to="/guide">信息公开指南</router-link></li></ul></div>'
            '<div class="xxgk-right"><router-view></router-view></div></div>'
            '<script type="text/x-template" id="list-tpl"><ul class="article-list">'
            '<li v-for="a in items"><a :href="a.url">{{ a.title }}</a><span>{{ a.date }}</span>'
            "</li></ul></script>"
            '<script type="text/x-template" id="reports-tpl"><ul class="article-list">'
            '<li v-for="r in rows"><router-link :to="\'/article/\' + r.id">{{ r.title }}'
            "</router-link><span>{{ r.pubDate }}</span></li></ul></script>"
            '<script type="text/x-template" id="detail-tpl"><div class="article">'
            '<h1 class="title">{{ d.title }}</h1><div id="content" v-html="d.content"></div>'
            "</div></script>"
            '<script src="/js/vue.min.js"></script><script src="/js/vue-router.min.js"></script>'
            '<script src="/js/axios.min.js"></script>'
            '<script type="text/javascript">\n'
            "var List = { template: '#list-tpl', data: function () { return { items: [] }; },\n"
            "  created: function () { this.load(1); },\n"
            "  methods: { load: function (page) { var that = this;\n"
            "    $.ajax({ url: '/api/xxgk/list', data: { catId: 'fzzfjs', pageNo: page,"
            " pageSize: 15 }, success: function (res) { that.items = res.data.records; } });\n"
            "  } } };\n"
            "var Reports = { template: '#reports-tpl', data: function () { return { rows: [] };"
            " },\n  created: function () { var that = this;\n"
            "    $.ajax({ url: '/api/xxgk/reports', data: { pageNo: 1 }, success: function (res)"
            " { that.rows = res.rows; } });\n  } };\n"
            "var Detail = { template: '#detail-tpl', data: function () { return { d: {} }; },\n"
            "  created: function () { var that = this;\n"
            "    axios.get('/api/xxgk/detail', { params: { id: this.$route.params.articleId"
            " || this.$route.query.id } })\n"
            "      .then(function (res) { that.d = res.data.data; });\n  } };\n"
            "var routes = [\n  { path: '/', redirect: '/list/fzzfjs' },\n"
            "  { path: '/list/:catId', component: List },\n"
            "  { path: '/reports', component: Reports },\n"
            "  { path: '/detail', component: Detail },\n"
            "  { path: '/article/:articleId', component: Detail }\n];\n"
            "new Vue({ el: '#app', router: new VueRouter({ routes: routes }) });\n"
            "</script>\n"
        )
        self.page(SPA, self._frame("政府信息公开", [("政府信息公开", SPA)], app, dynamic=True))

    def _home(self) -> None:
        boxes = (
            '<div class="home-gk"><h3>政务公开</h3><ul>'
            f'<li><a href="{COLUMN}">法治政府建设</a></li>'
            f'<li><a href="{SPA}">政府信息公开目录</a></li>'
            '<li><a href="/zwgk/tzgg/index.html">通知公告</a></li></ul></div>'
            + fu.interaction_sidebar()
        )
        self.page("/", self._frame("首页", [], boxes))
        self.page(
            "/zwgk/index.html",
            self._frame("政务公开", [("政务公开", "/zwgk/index.html")], boxes),
        )
        self.page(
            "/zwgk/tzgg/index.html",
            self._frame(
                "通知公告",
                [("政务公开", "/zwgk/index.html")],
                '<ul class="list"><li><a href="/zwgk/detail.html?id=297">'
                "红安县人民政府办公室关于做好2024年国庆节期间值班工作的通知</a></li></ul>",
            ),
        )

    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, dynamic: bool = False
    ) -> str:
        return (
            fu.doc_head(
                SITE if dynamic else f"{title}-{SITE}",
                site=SITE,
                code=CODE,
                meta={"ColumnName": title},
            )
            + "<body>"
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
                icp="鄂ICP备05003456号",
                police="鄂公网安备 42112202000081号",
                code=CODE,
                address="湖北省黄冈市红安县城关镇陵园大道1号",
            )
            + "</body></html>"
        )

    # --- the APIs ----------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        query = {k: v[0] for k, v in parse_qs(hit.query).items()}
        form = {k: v[0] for k, v in parse_qs(hit.body.decode("utf-8", "replace")).items()}
        if hit.path == "/api/article/detail":
            return self._answer(("detail", query.get("id", "")), {"code": 200}, "data")
        if hit.path == "/api/article/info":
            if hit.method != "POST":
                return json_reply({"status": 405, "message": "Request method not supported"}, 405)
            return self._answer(("info", form.get("articleId", "")), {"success": True}, "result")
        if hit.path == "/api/doc/get":
            return self._answer(("doc", query.get("docId", "")), {"code": 0}, "data")
        if hit.path == "/api/count/hit":
            return json_reply({"code": 0, "hits": 87})
        if hit.path == "/api/secure/detail":
            headers = {k.lower(): v for k, v in hit.headers.items()}
            if headers.get("x-auth-token") != TOKEN:
                return json_reply({"code": 401, "msg": "token invalid"}, 401)
            return self._answer(("view", query.get("id", "")), {"code": 200}, "data")
        if hit.path == "/api/xxgk/list":
            page = int(query.get("pageNo", "1") or 1)
            rows = self.spa_rows if query.get("catId") == "fzzfjs" and page == 1 else []
            return json_reply({"code": 200, "data": {"records": rows, "total": len(rows)}})
        if hit.path == "/api/xxgk/reports":
            rows = self.report_rows if query.get("pageNo", "1") == "1" else []
            return json_reply({"total": len(rows), "rows": rows})
        if hit.path == "/api/xxgk/detail":
            return self._answer(("xxgk", query.get("id", "")), {"code": 200}, "data")
        return super().dynamic(hit)

    def _answer(self, key: tuple[str, str], head: dict[str, object], field: str) -> Reply:
        found = self.articles.get(key)
        if found is None:
            return json_reply({**head, field: None, "msg": "文章不存在"})
        return json_reply({**head, field: found})

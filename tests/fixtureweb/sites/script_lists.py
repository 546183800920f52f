"""Listings that a page's script fills after load.

- `json_county`: the 法治政府建设 column's list comes from `fetch('/api/list?columnId=…&page=1')`
  (two pages of JSON; a report on each), and 通知公告 carries its records in an inline
  `var itemObj = [{…}]` array (a report among notices).
- `rendered_county`: the column's list is drawn by `/js/list.js`, which signs its API call; the
  endpoint cannot be read off the page, so only a browser sees the links.
- `html_api_county`: the column's list is `fetch('/module/list.jsp?…&page=' + page)`, whose reply
  is the list's HTML (`<li><a href="./2025/0321/…html">`, links relative to the listing page,
  as the browser resolves them once inserted); two pages, a report on each.
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import parse_qs

from tests.fixtureweb.portalkit import KitSite, home_page, plain_listing
from tests.fixtureweb.server import Hit, Reply, html_reply

COL = "/xxgk/fzzfjsndbg/"
NOTICES = "/tzgg/"


def json_reply(data: object) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode()
    return Reply(200, body, {"Content-Type": "application/json;charset=UTF-8"})


def script_filled_column(script: str) -> str:
    """The 法治政府建设 column as served: an empty `#newsList` its script fills after load."""
    return plain_listing(
        "法治政府建设年度报告",
        [],
        list_html='<ul class="news-list" id="newsList"></ul>',
        pager='<div id="pager"></div>',
        scripts=script,
    )


class JsonApiSite(KitSite):
    name = "json_county"
    region = "本溪市"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        r1 = self.add_report(COL + "2025/0321/14428622.html", "003", publisher="区政府办")
        r2 = self.add_report(
            COL + "2021/0118/5396867.html", "004", pub="2021-01-18 06:45", publisher="区政府办"
        )
        r3 = self.add_report(NOTICES + "2025/0214/256725.html", "001", pub="2025-02-14 09:30")
        negs = self.negatives(0, 2, 4)
        for i, t in enumerate(negs):
            self.add_negative(COL + f"2024/0220/10000{i}.html", t)
        self.api_pages = [
            [
                {"docTitle": r1, "docUrl": self.gold[0].path, "pubDate": "2025-03-21"},
                {
                    "docTitle": negs[0],
                    "docUrl": COL + "2024/0220/100000.html",
                    "pubDate": "2024-02-20",
                },
            ],
            [
                {
                    "docTitle": negs[1],
                    "docUrl": COL + "2024/0220/100001.html",
                    "pubDate": "2022-02-20",
                },
                {"docTitle": r2, "docUrl": self.gold[1].path, "pubDate": "2021-01-18"},
            ],
        ]
        script = (
            "<script>\nfunction loadList(page){\n"
            "  fetch('/api/list?columnId=fzzfjsndbg&page=' + page).then(function(r){return r.json();})"
            ".then(function(res){ var html='';\n"
            "    res.data.list.forEach(function(it){ html += '<li><a href=\"'+it.docUrl+'\">'"
            "+it.docTitle+'</a><span>'+it.pubDate+'</span></li>'; });\n"
            "    document.getElementById('newsList').innerHTML = html; });\n}\n"
            "loadList(1);\n</script>"
        )
        self.page(COL, script_filled_column(script))
        notices = [
            {
                "aT": f"关于做好{m}月份安全生产工作的通知",
                "aU": f"/tzgg/2024/0{m}01/70{m}.html",
                "aPd": f"2024-0{m}-01",
            }
            for m in range(1, 6)
        ]
        for n in notices:
            self.add_filler(n["aU"], n["aT"])
        notices.insert(2, {"aT": r3, "aU": self.gold[2].path, "aPd": "2025-02-14"})
        notices.insert(
            0, {"aT": negs[2], "aU": COL + "2024/0220/100002.html", "aPd": "2024-04-10"}
        )
        inline = (
            "<script>var itemObj = "
            + json.dumps(notices, ensure_ascii=False)
            + ";\nvar html='';for(var i=0;i<itemObj.length;i++){html+='<li><a href=\"'+itemObj[i].aU"
            "+'\">'+itemObj[i].aT+'</a></li>';}$('#tzggList').html(html);</script>"
        )
        self.page(
            NOTICES,
            plain_listing(
                "通知公告", [], list_html='<ul class="list" id="tzggList"></ul>', scripts=inline
            ),
        )
        self.page(
            "/xxgk/", plain_listing("政府信息公开", [], sidebar=[("法治政府建设年度报告", COL)])
        )
        self.page(
            "/", home_page([("政务公开", [("政府信息公开", "/xxgk/"), ("通知公告", NOTICES)])])
        )

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path != "/api/list":
            return None
        query = {k: v[0] for k, v in parse_qs(hit.query).items()}
        page = int(query.get("page", "1"))
        rows = self.api_pages[page - 1] if 1 <= page <= len(self.api_pages) else []
        return json_reply(
            {"code": 200, "data": {"list": rows, "totalPage": len(self.api_pages), "page": page}}
        )


class HtmlApiSite(KitSite):
    name = "html_api_county"
    region = "桓仁满族自治县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        r1 = self.add_report(COL + "2025/0321/31428622.html", "003", publisher="县政府办")
        r2 = self.add_report(
            COL + "2022/0118/3396867.html", "004", pub="2022-01-18 06:45", publisher="县政府办"
        )
        negs = self.negatives(0, 2)
        for i, t in enumerate(negs):
            self.add_negative(COL + f"2024/0220/20000{i}.html", t)
        rows = [
            [(r1, self.gold[0].path, "2025-03-21"), (negs[0], COL + "2024/0220/200000.html", "")],
            [(negs[1], COL + "2024/0220/200001.html", ""), (r2, self.gold[1].path, "2022-01-18")],
        ]
        # Links relative to the listing page: the browser resolves them there once inserted.
        self.fragments = [
            "".join(
                f'<li><a href=".{path.removeprefix(COL.rstrip("/"))}" title="{title}">{title}</a>'
                f"<span>{date}</span></li>"
                for title, path, date in page
            )
            for page in rows
        ]
        script = (
            "<script>\nfunction loadList(page){\n"
            "  fetch('/module/list.jsp?columnId=fzzfjsndbg&page=' + page)"
            ".then(function(r){return r.text();})\n"
            "    .then(function(t){ document.getElementById('newsList').innerHTML = t;"
            " document.getElementById('pager').setAttribute('data-page', page); });\n}\n"
            "loadList(1);\n</script>"
        )
        self.page(COL, script_filled_column(script))
        self.page(
            "/xxgk/", plain_listing("政府信息公开", [], sidebar=[("法治政府建设年度报告", COL)])
        )
        self.page("/", home_page([("政务公开", [("政府信息公开", "/xxgk/")])]))

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path != "/module/list.jsp":
            return None
        page = int(parse_qs(hit.query).get("page", ["1"])[0])
        body = self.fragments[page - 1] if 1 <= page <= len(self.fragments) else ""
        return html_reply(body)


def signature(column: str) -> str:
    return hashlib.md5(f"{column}#lawreports".encode()).hexdigest()[:12]


LIST_JS = """(function(){
  var col = document.getElementById('docList').getAttribute('data-col');
  function sign(s){ return window.__sig; }
  var xhr = new XMLHttpRequest();
  xhr.open('GET', ['', 'ajax', 'docs'].join('/') + '?c=' + col + '&s=' + sign(col));
  xhr.onload = function(){
    var rows = JSON.parse(xhr.responseText).rows, html = '';
    for (var i = 0; i < rows.length; i++) {
      html += '<li><a href="' + rows[i][1] + '" title="' + rows[i][0] + '">' + rows[i][0] + '</a></li>';
    }
    document.getElementById('docList').innerHTML = html;
  };
  xhr.send();
})();"""


class RenderedSite(KitSite):
    name = "rendered_county"
    region = "万载县"
    needs_browser = True

    def build(self, base_url: str) -> None:
        super().build(base_url)
        r1 = self.add_report(COL + "202503/t20250321_1.shtml", "003")
        neg = self.negatives(0)[0]
        self.add_negative(COL + "202402/t20240220_2.shtml", neg)
        self.rows = [[r1, self.gold[0].path], [neg, COL + "202402/t20240220_2.shtml"]]
        scripts = (
            f"<script>window.__sig = '{signature('fzzf')}';</script>"
            '<script src="/js/list.js"></script><script>renderList && renderList();</script>'
        )
        self.page(
            COL,
            plain_listing(
                "法治政府建设年度报告",
                [],
                list_html='<ul class="doc-list" id="docList" data-col="fzzf"></ul>',
                scripts=scripts,
            ),
        )
        self.pages["/js/list.js"] = Reply(
            200, LIST_JS.encode(), {"Content-Type": "application/javascript"}
        )
        self.page(
            "/xxgk/", plain_listing("政府信息公开", [], sidebar=[("法治政府建设年度报告", COL)])
        )
        self.page("/", home_page([("政务公开", [("政府信息公开", "/xxgk/")])]))

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path != "/ajax/docs":
            return None
        query = {k: v[0] for k, v in parse_qs(hit.query).items()}
        if query.get("s") != signature(query.get("c", "")):
            return html_reply("<h1>403 签名错误</h1>", status=403)
        return json_reply({"rows": self.rows})

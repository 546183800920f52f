"""A Hanweb 大汉 jcms portal: column pages carry their first records in `<datastore>` CDATA and
fetch the rest from `/module/web/jpage/dataproxy.jsp` by POST with the jpage form fields (GET
answers 405, as on real portals behind a WAF rule). Two reports are only reachable through
the dataproxy; one is inline; hard negatives are records beside them."""

from __future__ import annotations

from urllib.parse import parse_qs

from tests.fixtureweb import pages
from tests.fixtureweb.pages import esc
from tests.fixtureweb.portalkit import KitSite, home_page
from tests.fixtureweb.server import Hit, Reply, html_reply

COLUMN_ID = "1002"
UNIT_ID = "5100070"
PER_PAGE = 15
INLINE = 3 * PER_PAGE  # the first batch the page carries itself
PROXY = "/module/web/jpage/dataproxy.jsp"


def record(title: str, url: str, date: str) -> str:
    return (
        f'<record><![CDATA[\n<li><a href="{esc(url)}" title="{esc(title)}" target="_blank">'
        f"{esc(title)}</a><span>{date}</span></li>\n]]></record>"
    )


class HanwebCitySite(KitSite):
    name = "hanweb_city"
    region = "荆门市"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        crumbs = [("首页", "/"), ("政府信息公开", "/col/col1001/index.html")]
        self.records: list[tuple[str, str, str]] = []
        for i in range(60):
            path = f"/art/2023/{i % 12 + 1}/{i % 28 + 1}/art_{COLUMN_ID}_{10300000 + i}.html"
            title = f"荆门市{i + 1}号行政执法决定信息公开"
            self.add_filler(path, title, family="hanweb")
            self.records.append((title, path, "2023-05-01"))
        r1 = self.add_report(
            f"/art/2025/3/20/art_{COLUMN_ID}_10312345.html", "003", family="hanweb", crumbs=crumbs
        )
        r2 = self.add_report(
            f"/art/2024/3/12/art_{COLUMN_ID}_10298765.html",
            "000",
            family="hanweb",
            crumbs=crumbs,
        )
        r3 = self.add_report(
            f"/art/2021/1/18/art_{COLUMN_ID}_10100001.html",
            "004",
            pub="2021-01-18 06:45",
            family="hanweb",
            crumbs=crumbs,
        )
        negs = self.negatives(0, 4, 5)
        neg_paths = [f"/art/2024/2/2{i}/art_{COLUMN_ID}_1029000{i}.html" for i in range(3)]
        for title, path in zip(negs, neg_paths, strict=True):
            self.add_negative(path, title, family="hanweb")
        # newest first: r1 inline; r2 and r3 only in later dataproxy batches
        self.records.insert(0, (r1, self.gold[0].path, "2025-03-20"))
        self.records.insert(2, (negs[0], neg_paths[0], "2024-02-20"))
        self.records.insert(50, (r2, self.gold[1].path, "2024-03-12"))
        self.records.insert(51, (negs[1], neg_paths[1], "2024-02-21"))
        self.records.append((negs[2], neg_paths[2], "2021-02-01"))
        self.records.append((r3, self.gold[2].path, "2021-01-18"))
        self.page("/col/col1002/index.html", self._column_page(crumbs))
        catalogue = home_page(
            [
                (
                    "政府信息公开目录",
                    [
                        ("法定主动公开内容", "/col/col1003/index.html"),
                        ("法治政府建设年度报告", "/col/col1002/index.html"),
                    ],
                )
            ]
        )
        self.page("/col/col1001/index.html", catalogue)
        self.page("/col/col1003/index.html", catalogue)
        self.page(
            "/",
            home_page(
                [
                    ("政务公开", [("政府信息公开", "/col/col1001/index.html")]),
                    ("互动交流", [("领导信箱", "/col/col2001/index.html")]),
                ]
            ),
        )

    def _column_page(self, crumbs: list[tuple[str, str]]) -> str:
        return column_page("法治政府建设年度报告", COLUMN_ID, UNIT_ID, self.records, crumbs)

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path != PROXY:
            return None
        if hit.method != "POST":
            return html_reply("<h1>405 Method Not Allowed</h1>", status=405)
        query = {k: v[0] for k, v in parse_qs(hit.query).items()}
        form = {k: v[0] for k, v in parse_qs(hit.body.decode()).items()}
        records = self.columns().get((form.get("columnid"), form.get("unitid")))
        if records is None:
            return html_reply("<h1>400 bad request</h1>", status=400)
        start, end = int(query["startrecord"]), int(query["endrecord"])
        chunk = records[start - 1 : end]
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(records)}'
            f"</totalrecord><totalpage>{-(-len(records) // PER_PAGE)}</totalpage><recordset>"
            + "".join(record(*r) for r in chunk)
            + "</recordset></datastore>"
        )
        return Reply(200, xml.encode(), {"Content-Type": "text/xml; charset=UTF-8"})

    def columns(self) -> dict[tuple[str | None, str | None], list[tuple[str, str, str]]]:
        """(columnid, unitid) → the records its dataproxy serves."""
        return {(COLUMN_ID, UNIT_ID): self.records}


def column_page(
    name: str,
    column_id: str,
    unit_id: str,
    records: list[tuple[str, str, str]],
    crumbs: list[tuple[str, str]],
) -> str:
    """A jcms column page: the first batch inline in `<datastore>`, the jpage call for the rest."""
    inline = "\n".join(record(*r) for r in records[:INLINE])
    webname = "荆门市人民政府"
    return (
        pages.head(f"荆门市人民政府 {name}")
        + pages.top_bar()
        + '<div class="main w1200">'
        + pages.breadcrumb([*crumbs, (name, f"/col/col{column_id}/index.html")])
        + f'<div class="list" id="{unit_id}"><script type="text/xml"><datastore>\n'
        + f'<nextgroup><![CDATA[<a href="{PROXY}?page=1&amp;webid=3&amp;path=/&amp;'
        + f"columnid={column_id}&amp;unitid={unit_id}&amp;webname={webname}&amp;"
        + 'permissiontype=0"></a>]]></nextgroup>\n'
        + f"<recordset>\n{inline}\n</recordset></datastore></script>"
        + '<script language="javascript" src="/module/web/jpage/jpage.js"></script>'
        + "<script>$(document).ready(function(){ $('#"
        + unit_id
        + "').jpage({ dataStore:dataStore, perPage:"
        + str(PER_PAGE)
        + f", proxyUrl:'{PROXY}', totalRecord:{len(records)}, groupSize:3, "
        + "barPosition:'bottom', ajaxParam:{col:1, appid:1, webid:3, path:'/', "
        + f"columnid:{column_id}, sourceContentType:1, unitid:{unit_id}, "
        + f"webname:'{webname}', permissiontype:0}} }}); }});</script>"
        + "</div></div>"
        + pages.footer()
    )

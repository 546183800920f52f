"""A TRS county portal whose root only redirects by script (`window.location.href=…`, a
跳转 page), and whose annual report is published twice: in the 信息公开 catalogue with its
metadata table, and again as a 通知公告 notice (same title and text, no metadata) under another
URL. The next year's report exists only as a notice. Every report must come out once."""

from __future__ import annotations

from tests.fixtureweb import pages
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

HOME = "/sxrmzf/index.html"
COL = "/sxrmzf/zwgk/xxgkml/fzzfjsndbg/"
NOTICES = "/sxrmzf/xwzx/tzgg/"
REDIRECT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>寿县人民政府</title>
<script type="text/javascript">
var ua = navigator.userAgent.toLowerCase();
if (/iphone|android|mobile/.test(ua)) { window.location.href = "/sxrmzf/wap/index.html"; }
else { window.location.href = "/sxrmzf/index.html"; }
</script></head><body><p>页面跳转中，请稍候……</p></body></html>"""


class RepostCountySite(BlindSite):
    name = "repost_county"
    region = "安徽省淮南市寿县"
    # Where the root's script jumps to, the home page served there too.
    jump_target = HOME

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.page("/", REDIRECT.replace(f'"{HOME}"', f'"{self.jump_target}"'))
        t1 = "寿县2023年度法治政府建设情况报告"
        catalogue = COL + "202403/t20240315_1180412.html"
        meta = {
            "index_no": "11340422003145607K/2024-00058",
            "publisher": "寿县人民政府",
            "written_date": "2024-03-14",
        }
        body = self.gold_report(catalogue, "001", t1, publish_date="2024-03-15", **meta)
        self.detail_page(catalogue, t1, body, pub="2024-03-15 10:00", meta=meta)
        repost = NOTICES + "202403/t20240318_1181005.html"
        self.detail_page(repost, t1, body, pub="2024-03-18 08:30", meta=None)
        self.aliases[repost] = catalogue
        t2 = "寿县2024年度法治政府建设情况报告"
        notice_only = NOTICES + "202502/t20250214_1290031.html"
        body2 = self.gold_report(
            notice_only, "003", t2, publisher="寿县司法局", publish_date="2025-02-14"
        )
        self.detail_page(
            notice_only, t2, body2, pub="2025-02-14 16:45", meta=None, source="寿县司法局"
        )
        neg = "寿县2025年法治政府建设工作要点"
        neg_path = NOTICES + "202503/t20250301_1290100.html"
        self.detail_page(neg_path, neg, NEGATIVE_BODY, pub="2025-03-01 09:00", meta=None)
        self.negative_titles.append(neg)
        notices = [(neg, "./202503/t20250301_1290100.html", "2025-03-01")]
        notices.append((t2, "./202502/t20250214_1290031.html", "2025-02-14"))
        for i in range(8):
            title = f"寿县2024年第{i + 1}批行政许可事项公示"
            path = NOTICES + f"202406/t202406{i + 10}_12000{i}.html"
            self.detail_page(path, title, FILLER_BODY, pub="2024-06-10 09:00", meta=None)
            notices.append((title, f"./202406/t202406{i + 10}_12000{i}.html", "2024-06-10"))
        notices.append((t1, "./202403/t20240318_1181005.html", "2024-03-18"))
        self.page(NOTICES, self._listing("通知公告", notices))
        self.page(
            COL,
            self._listing(
                "法治政府建设年度报告", [(t1, "./202403/t20240315_1180412.html", "2024-03-15")]
            ),
        )
        side = [("法治政府建设年度报告", COL), ("政府信息公开年报", "/sxrmzf/zwgk/xxgkml/ndbg/")]
        self.page(
            "/sxrmzf/zwgk/",
            pages.trs_listing(
                column="政务公开",
                crumbs=[("首页", HOME)],
                items=[],
                page_count=1,
                current=0,
                sidebar=side,
            ),
        )
        html = (
            pages.head("寿县人民政府", site_name="寿县人民政府")
            + pages.top_bar("寿县人民政府", "寿县")
            + '<div class="main w1200"><div class="gk"><h3>政务公开</h3><ul>'
            + '<li><a href="/sxrmzf/zwgk/">政府信息公开</a></li></ul></div>'
            + f'<div class="tz"><h3><a href="{NOTICES}">通知公告</a></h3></div></div>'
            + pages.footer(
                "寿县人民政府", icp="皖ICP备05012999号", police="皖公网安备 34042202000011号"
            )
        )
        self.page(HOME, html)
        if self.jump_target != HOME:
            self.page(self.jump_target, html)

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        pub: str,
        meta: dict[str, str] | None,
        source: str = "寿县人民政府办公室",
    ) -> None:
        block = ""
        if meta:
            block = pages.metadata_table(
                [
                    ("索\u2002引\u2002号", meta["index_no"]),
                    ("发布机构", meta["publisher"]),
                    ("成文日期", meta["written_date"]),
                    ("发布日期", pub[:10]),
                ]
            )
        crumbs = [
            ("首页", HOME),
            ("通知公告" if meta is None else "政务公开", NOTICES if meta is None else COL),
        ]
        self.page(
            path,
            pages.trs_detail(
                title=title,
                body_lines=body,
                meta_block=block,
                crumbs=crumbs,
                pub_time=pub,
                source=meta["publisher"] if meta else source,
                meta={
                    "ArticleTitle": title,
                    "PubDate": pub,
                    "ContentSource": meta["publisher"] if meta else source,
                },
            ),
        )

    def _listing(self, column: str, items: list[tuple[str, str, str]]) -> str:
        lis = "".join(
            f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a><span>{d}</span></li>'
            for t, u, d in items
        )
        return (
            pages.head(f"{column}_寿县人民政府", site_name="寿县人民政府")
            + pages.top_bar("寿县人民政府", "寿县")
            + '<div class="main w1200">'
            + pages.breadcrumb([("首页", HOME), (column, "./")])
            + f'<h2 class="column-title">{esc(column)}</h2><ul class="list">{lis}</ul>'
            + '<div class="page"><script>createPageHTML(1, 0, "index", "html");</script></div></div>'
            + pages.footer(
                "寿县人民政府", icp="皖ICP备05012999号", police="皖公网安备 34042202000011号"
            )
        )


class RootJumpCountySite(RepostCountySite):
    """The same portal whose root jumps to the `index.html` beside it: a directory and its index
    page are one page for the crawl's bookkeeping, but the root's page is only the jump."""

    name = "root_jump_county"
    jump_target = "/index.html"

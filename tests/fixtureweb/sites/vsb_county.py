"""A VSB 博达 county portal: the reports are filed under 通知公告 (`tzgg.htm`), whose pages number
backwards (`tzgg.htm`, `tzgg/4.htm` … `tzgg/1.htm`); one report sits on page 3, another on the
last page, a 推进会 notice and a 示范创建 notice beside them."""

from __future__ import annotations

from tests.fixtureweb.portalkit import KitSite, home_page, plain_listing

PAGES = 5


def vsb_pager(current: int) -> str:
    """The real VSB pager: `下页` and `尾页` in `span.p_next.p_fun` / `span.p_last.p_fun`."""

    def page_href(n: int) -> str:
        # page 1 is tzgg.htm; page n>1 is tzgg/{PAGES-n+1}.htm, relative to where we are
        target = "tzgg.htm" if n == 1 else f"tzgg/{PAGES - n + 1}.htm"
        return target if current == 1 else "../" + target

    numbers = "".join(
        f'<span class="p_no_d">{n}</span>'
        if n == current
        else f'<span class="p_no"><a href="{page_href(n)}">{n}</a></span>'
        for n in range(1, PAGES + 1)
    )
    nxt = (
        f'<span class="p_next p_fun"><a href="{page_href(current + 1)}">下页</a></span>'
        f'<span class="p_last p_fun"><a href="{page_href(PAGES)}">尾页</a></span>'
        if current < PAGES
        else '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
    )
    return (
        f'<span class="p_t">共{PAGES * 6}条</span><span class="p_pages">'
        '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>'
        f'{numbers}{nxt}</span><span class="p_t">{current}/{PAGES}</span>'
    )


class VsbCountySite(KitSite):
    name = "vsb_county"
    region = "临沭县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        crumbs = [("首页", "/index.htm"), ("通知公告", "/tzgg.htm")]
        r_new = self.add_report(
            "/info/5381/256725.htm", "001", pub="2025-02-14 09:30", family="vsb", crumbs=crumbs
        )
        r_old = self.add_report(
            "/info/5381/221404.htm",
            "002",
            title="临沭县2022年度法治政府建设工作报告",
            pub="2023-02-10 09:30",
            family="vsb",
            crumbs=crumbs,
        )
        negs = self.negatives(2, 3)
        self.add_negative("/info/5381/250001.htm", negs[0], family="vsb")
        self.add_negative("/info/5381/250002.htm", negs[1], family="vsb")
        items_by_page: dict[int, list[tuple[str, str, str]]] = {}
        for page in range(1, PAGES + 1):
            items = []
            for k in range(5):
                art = 240000 + page * 10 + k
                title = f"关于做好第{page}{k}批次农村公路养护工作的通知"
                self.add_filler(f"/info/5381/{art}.htm", title, family="vsb")
                items.append((title, f"info/5381/{art}.htm", f"2024-0{page}-1{k}"))
            items_by_page[page] = items
        items_by_page[1].insert(1, (negs[0], "info/5381/250001.htm", "2024-04-10"))
        items_by_page[3].insert(2, (r_new, "info/5381/256725.htm", "2025-02-14"))
        items_by_page[3].insert(0, (negs[1], "info/5381/250002.htm", "2024-03-01"))
        items_by_page[PAGES].append((r_old, "info/5381/221404.htm", "2023-02-10"))
        for page, items in items_by_page.items():
            prefix = "" if page == 1 else "../"
            html = plain_listing(
                "通知公告",
                [(t, prefix + u, d) for t, u, d in items],
                crumbs=crumbs,
                sidebar=[("通知公告", prefix + "tzgg.htm"), ("政务要闻", prefix + "zwyw.htm")],
                pager=vsb_pager(page),
            )
            self.page("/tzgg.htm" if page == 1 else f"/tzgg/{PAGES - page + 1}.htm", html)
        self.page("/zwyw.htm", plain_listing("政务要闻", [], crumbs=crumbs))
        home = home_page(
            [
                ("新闻中心", [("政务要闻", "zwyw.htm"), ("通知公告", "tzgg.htm")]),
                ("政务公开", [("政府信息公开", "http://xxgk.example.invalid/")]),
            ]
        )
        self.page("/", home)
        self.page("/index.htm", home)

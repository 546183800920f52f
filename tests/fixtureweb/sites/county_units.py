"""County portals whose reports are filed by their issuers: a department's report two hops
below the catalogue (政府信息公开 → 部门信息公开 → 县教育局 → 其他主动公开内容), and a township's
in its own 法治政府建设年度报告 column (乡镇街道 → 城关镇 → …). Hard negatives beside them."""

from __future__ import annotations

from tests.fixtureweb.portalkit import KitSite, home_page, plain_listing

GK = "/zfxxgk/"
DEPTS = [("县教育局", "jyj"), ("县财政局", "czj"), ("县卫生健康局", "wsjkj"), ("县司法局", "sfj")]
TOWNS = [("城关镇", "cgz"), ("新华乡", "xhx"), ("东城街道", "dcjd")]


def unit_page(unit: str, base: str, columns: list[tuple[str, str]]) -> str:
    return plain_listing(
        f"{unit}信息公开",
        [],
        crumbs=[("首页", "/"), ("政府信息公开", GK), (unit, base)],
        sidebar=[(t, base + slug + "/") for t, slug in columns],
        list_html='<div class="unit-intro"><p>机构职能、负责人信息、联系方式。</p></div>',
    )


class _UnitsSite(KitSite):
    """The shared portal; subclasses choose which issuer's report is gold."""

    with_department = True
    with_township = True

    def build(self, base_url: str) -> None:
        super().build(base_url)
        negs = self.negatives(0, 2, 4, 5)
        dept_cols = [("法定主动公开内容", "fdzdgknr"), ("其他主动公开内容", "qtzdgknr")]
        for name, slug in DEPTS:
            base = f"{GK}bmxxgk/{slug}/"
            self.page(base, unit_page(name, base, dept_cols))
            for _, col in dept_cols:
                self.page(base + col + "/", plain_listing(name, [], sidebar=[]))
        edu = f"{GK}bmxxgk/jyj/qtzdgknr/"
        items = [(negs[0], "./202402/t20240220_300001.html", "2024-02-20")]
        self.add_negative(edu + "202402/t20240220_300001.html", negs[0])
        if self.with_department:
            title = self.add_report(
                edu + "202403/t20240315_300002.html",
                "000",
                title="县教育局2023年度法治政府建设工作报告",
                publisher="县教育局",
            )
            items.insert(0, (title, "./202403/t20240315_300002.html", "2024-03-15"))
        self.page(edu, plain_listing("其他主动公开内容", items, sidebar=[]))
        self.page(
            GK + "bmxxgk/",
            plain_listing(
                "部门信息公开",
                [],
                list_html='<ul class="units">'
                + "".join(f'<li><a href="{slug}/">{n}</a></li>' for n, slug in DEPTS)
                + "</ul>",
            ),
        )
        town_cols = [("法治政府建设年度报告", "fzzfjsndbg"), ("财政信息", "czxx")]
        for name, slug in TOWNS:
            base = f"{GK}xzjd/{slug}/"
            self.page(base, unit_page(name, base, town_cols))
            self.page(base + "czxx/", plain_listing("财政信息", [], sidebar=[]))
            self.page(base + "fzzfjsndbg/", plain_listing("法治政府建设年度报告", [], sidebar=[]))
        town = f"{GK}xzjd/cgz/fzzfjsndbg/"
        items = [(negs[1], "./202404/t20240410_400001.html", "2024-04-10")]
        self.add_negative(town + "202404/t20240410_400001.html", negs[1])
        if self.with_township:
            title = self.add_report(
                town + "202501/t20250116_400002.html",
                "001",
                title="城关镇2024年法治政府建设年度报告",
                publisher="城关镇人民政府",
                pub="2025-01-16 09:00",
            )
            items.insert(0, (title, "./202501/t20250116_400002.html", "2025-01-16"))
        self.page(town, plain_listing("法治政府建设年度报告", items, sidebar=[]))
        self.page(
            GK + "xzjd/",
            plain_listing(
                "乡镇街道信息公开",
                [],
                list_html='<ul class="units">'
                + "".join(f'<li><a href="{slug}/">{n}</a></li>' for n, slug in TOWNS)
                + "</ul>",
            ),
        )
        # the county's own column: negatives only (its reports are elsewhere this year)
        own = GK + "fdzdgknr/"
        self.add_negative(own + "202403/t20240301_500001.html", negs[2])
        self.add_negative(own + "202403/t20240302_500002.html", negs[3])
        self.page(
            own,
            plain_listing(
                "法定主动公开内容",
                [
                    (negs[2], "./202403/t20240301_500001.html", "2024-03-01"),
                    (negs[3], "./202403/t20240302_500002.html", "2024-03-02"),
                ],
            ),
        )
        self.page(
            GK,
            plain_listing(
                "政府信息公开",
                [],
                sidebar=[
                    ("法定主动公开内容", own),
                    ("部门信息公开", GK + "bmxxgk/"),
                    ("乡镇街道信息公开", GK + "xzjd/"),
                ],
            ),
        )
        self.page(
            "/",
            home_page([("政务公开", [("政府信息公开", GK), ("政策文件", "/zcwj/")])]),
        )


class DepartmentSite(_UnitsSite):
    name = "dept_county"
    region = "兰陵县"
    with_township = False


class TownshipSite(_UnitsSite):
    name = "township_county"
    region = "万州区"
    with_department = False

"""The Hanweb jcms portal of `hanweb_city` with a 工作动态 news column beside its catalogue: 900
news records served by the same dataproxy (20 batches), headlines that name 法治政府建设 without
being reports. A news listing is paged a few batches, not twenty."""

from __future__ import annotations

from tests.fixtureweb.portalkit import home_page
from tests.fixtureweb.sites.hanweb_city import UNIT_ID, HanwebCitySite, column_page

NEWS_ID = "3001"
HEADLINES = (
    "荆门市召开2024年法治政府建设工作推进会（第{n}期）",
    "市司法局开展法治宣传进社区活动第{n}场",
    "荆门市第{n}批重点项目集中开工",
)


class HanwebNewsSite(HanwebCitySite):
    name = "hanweb_news"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.news: list[tuple[str, str, str]] = []
        for i in range(900):
            path = f"/art/2024/{i % 12 + 1}/{i % 28 + 1}/art_{NEWS_ID}_{20400000 + i}.html"
            self.news.append((HEADLINES[i % 3].format(n=i + 1), path, "2024-06-01"))
        crumbs = [("首页", "/"), ("新闻中心", "/col/col3000/index.html")]
        self.page(
            f"/col/col{NEWS_ID}/index.html",
            column_page("工作动态", NEWS_ID, UNIT_ID, self.news, crumbs),
        )
        self.page(
            "/",
            home_page(
                [
                    ("政务公开", [("政府信息公开", "/col/col1001/index.html")]),
                    ("新闻中心", [("工作动态", f"/col/col{NEWS_ID}/index.html")]),
                    ("互动交流", [("领导信箱", "/col/col2001/index.html")]),
                ]
            ),
        )

    def columns(self) -> dict[tuple[str | None, str | None], list[tuple[str, str, str]]]:
        return {**super().columns(), (NEWS_ID, UNIT_ID): self.news}

"""The Hanweb jcms portal of `hanweb_news` after its 政务公开 moved to the province's platform
(another host): the home page links only the 工作动态 news column (900 records served by the
dataproxy in 20 batches of 45) and 政务公开 elsewhere. The city's reports were published as 工作动态
records, months deep: the 2023 report in batch 14, the 2022 report in batch 19. A report found
only there is found by paging the news column past its window once nothing else is left."""

from __future__ import annotations

from tests.fixtureweb.portalkit import home_page
from tests.fixtureweb.sites.hanweb_city import UNIT_ID, column_page
from tests.fixtureweb.sites.hanweb_news import NEWS_ID, HanwebNewsSite

PLATFORM = "http://www.hubei.gov.cn/zwgk/jms/"
# (record position in 工作动态, seed, title, published)
REPORTS = [
    (620, "003", "荆门市人民政府关于2023年度法治政府建设情况的报告", "2024-03-26 10:00"),
    (830, "000", "荆门市2022年度法治政府建设工作报告", "2023-03-29 15:30"),
]


class HanwebNewsOnlySite(HanwebNewsSite):
    name = "hanweb_news_only"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.gold.clear()  # the catalogue and its reports are gone (unlinked)
        self.negative_titles.clear()
        for position, seed, title, pub in REPORTS:
            day = pub[:10].split("-")
            path = f"/art/{day[0]}/{int(day[1])}/{int(day[2])}/art_{NEWS_ID}_{21000000 + position}.html"
            crumbs = [("首页", "/"), ("新闻中心", "/col/col3000/index.html"), ("工作动态", "")]
            self.add_report(path, seed, title=title, pub=pub, family="hanweb", crumbs=crumbs)
            self.news.insert(position, (title, path, pub[:10]))
        crumbs = [("首页", "/"), ("新闻中心", "/col/col3000/index.html")]
        self.page(
            f"/col/col{NEWS_ID}/index.html",
            column_page("工作动态", NEWS_ID, UNIT_ID, self.news, crumbs),
        )
        self.page(
            "/",
            home_page(
                [
                    ("政务公开", [("政府信息公开", PLATFORM)]),
                    ("新闻中心", [("工作动态", f"/col/col{NEWS_ID}/index.html")]),
                    ("互动交流", [("领导信箱", "/col/col2001/index.html")]),
                ]
            ),
        )

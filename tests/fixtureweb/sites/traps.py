"""Portals that never end if a crawler lets them: a notice listing whose pages go on forever
(empty pages still offer 下一页 and ever higher page numbers, every link carrying a fresh session
id), and a home page with an event calendar that links every day of every month. The reports are
reachable the ordinary way; the test bounds the requests."""

from __future__ import annotations

import itertools
from urllib.parse import parse_qs

from tests.fixtureweb.pages import esc
from tests.fixtureweb.portalkit import KitSite, home_page, plain_listing
from tests.fixtureweb.server import Hit, Reply, html_reply

REAL_PAGES = 3


class EndlessPagingSite(KitSite):
    """`/list.jsp?page=N` answers for every N; pages past the third are empty."""

    name = "trap_endless"
    region = "溪湖区"

    def __init__(self) -> None:
        super().__init__()
        self.session = itertools.count(1000)

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.items: dict[int, list[tuple[str, str, str]]] = {}
        for page in range(1, REAL_PAGES + 1):
            rows = []
            for k in range(6):
                path = f"/content/2024/{page}{k:02d}.html"
                title = f"关于{page}{k}号地块国有土地使用权挂牌出让的公告"
                self.add_filler(path, title)
                rows.append((title, path, f"2024-0{page}-1{k}"))
            self.items[page] = rows
        report = self.add_report("/content/2024/990001.html", "000", publisher="溪湖区司法局")
        negs = self.negatives(0, 5)
        self.add_negative("/content/2024/990002.html", negs[0])
        self.add_negative("/content/2024/990003.html", negs[1])
        self.items[2].insert(3, (report, "/content/2024/990001.html", "2024-03-12"))
        self.items[2].insert(0, (negs[0], "/content/2024/990002.html", "2024-02-20"))
        self.items[3].append((negs[1], "/content/2024/990003.html", "2024-01-20"))
        self.page("/", home_page([("政务公开", [("通知公告", "/list.jsp?page=1")])]))

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path != "/list.jsp":
            return None
        page = int(parse_qs(hit.query).get("page", ["1"])[0])
        sid = f";jsessionid={next(self.session):X}"
        rows = [(t, f"{p}{sid}", d) for t, p, d in self.items.get(page, [])]
        numbers = " ".join(
            f'<a href="/list.jsp{sid}?page={n}">{n}</a>' for n in range(max(1, page - 2), page + 6)
        )
        pager = (
            f'<a href="/list.jsp{sid}?page=1">首页</a> <a href="/list.jsp{sid}?page={page - 1}">上一页</a> '
            f'{numbers} <a href="/list.jsp{sid}?page={page + 1}">下一页</a>'
        )
        return html_reply(plain_listing("通知公告", rows, pager=pager))


def calendar(year: int, month: int) -> str:
    days = "".join(
        f'<td><a href="/events/list.jsp?date={year}-{month:02d}-{d:02d}">{d}</a></td>'
        + ("</tr><tr>" if d % 7 == 0 else "")
        for d in range(1, 29)
    )
    nxt_y, nxt_m = (year + 1, 1) if month == 12 else (year, month + 1)
    prv_y, prv_m = (year - 1, 12) if month == 1 else (year, month - 1)
    return (
        f'<div class="calendar"><div class="cal-head"><a href="/index.jsp?ym={prv_y}{prv_m:02d}">上个月</a>'
        f" {year}年{month}月 "
        f'<a href="/index.jsp?ym={nxt_y}{nxt_m:02d}">下个月</a></div>'
        f"<table><tr>{days}</tr></table>"
        f'<a href="/calendar/{year}/{month:02d}/">活动日历</a></div>'
    )


class CalendarSite(KitSite):
    """A 政务日历 on every page: day links with `?date=`, month links that never run out."""

    name = "trap_calendar"
    region = "朝天区"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        col = "/gongkai/fzzfjsndbg/"
        report = self.add_report(
            "/gongkai/show/20210118064546562.html", "004", pub="2021-01-18 06:45"
        )
        neg = self.negatives(3)[0]
        self.add_negative("/gongkai/show/20210301101010123.html", neg)
        self.page(
            col,
            plain_listing(
                "法治政府建设年度报告",
                [
                    (report, "/gongkai/show/20210118064546562.html", "2021-01-18"),
                    (neg, "/gongkai/show/20210301101010123.html", "2021-03-01"),
                ],
            ).replace("</body>", calendar(2024, 5) + "</body>"),
        )
        self.page(
            "/gongkai/",
            plain_listing(
                "政府信息公开",
                [],
                sidebar=[
                    ("法治政府建设年度报告", col),
                    ("政府信息公开指南", "/zfxxgk/xxgkzn.html"),
                ],
            ),
        )

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path in ("/", "/index.jsp"):
            ym = parse_qs(hit.query).get("ym", ["202405"])[0]
            year, month = int(ym[:4]), int(ym[4:])
            return html_reply(
                home_page(
                    [("政务公开", [("政府信息公开", "/gongkai/")])],
                    extra=f'<div class="rili">{calendar(year, month)}</div>',
                )
            )
        if hit.path.startswith(("/events/", "/calendar/")):
            return html_reply(home_page([], extra=esc("") + calendar(2024, 6)))
        return None

"""Crawl benchmark: the full lawreports pipeline vs plain Scrapy on the same 2,000 report pages.

A loopback TRS-style portal (served in this process by the fixture web server) has one column of
2,000 report pages, 20 per listing page, each report page 40–60 KB with real furniture (toolbars,
metadata table, share block, related links, inline scripts, footer) around a real seed body.

1. `scrapy crawl` of that portal with the project's settings: discovery, extraction, the four
   pipelines, the state and an atomic JSON lines feed (a fresh state, so every report is new).
2. Plain Scrapy (`scrapy.Spider`, no project settings but the same concurrency and reactor)
   fetching exactly the pages run 1 fetched (taken from the server's hit log), with a no-op
   callback.

Both run as their own `python` process; a rate is pages fetched / the crawl's own
`elapsed_time_seconds` (spider open to close, process start-up excluded). Prints figures and
asserts nothing. Ends with:
`crawl: pages=2000 pipeline_pages_per_s=X plain_pages_per_s=Y ratio=X/Y`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtureweb import pages  # noqa: E402
from tests.fixtureweb.seeds import all_seeds  # noqa: E402
from tests.fixtureweb.server import FixtureWeb, Site  # noqa: E402

REPORTS = 2000
PER_PAGE = 20
COLUMN = "/zwgk/fzzfjsndbg/"
HOST = "127.0.0.231"
CONCURRENCY = {"CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 4}


def related_links(n: int) -> str:
    """The furniture that makes real detail pages 40–60 KB: related news and inline script."""
    news = "全县召开第{m}次安全生产工作推进会议暨重点任务部署会"
    items = "".join(
        f'<li><a href="/xwzx/2024{m % 12 + 1:02d}/t2024{m % 12 + 1:02d}01_{9000 + m}.html" '
        f'target="_blank" title="{news.format(m=m)}">{news.format(m=m)}</a>'
        f"<span>2024-{m % 12 + 1:02d}-01</span></li>"
        for m in range(n, n + 90)
    )
    script = "var _cfg = " + json.dumps(
        {"columns": [{"id": i, "name": f"栏目{i}", "path": f"/c{i}/"} for i in range(220)]},
        ensure_ascii=False,
    )
    return (
        f'<div class="xgxw"><h3>相关新闻</h3><ul class="list">{items}</ul></div>'
        f"<script>{script};</script>"
    )


class BenchPortal(Site):
    name = "bench_portal"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        seeds = all_seeds()
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设年度报告", COLUMN)]
        items = []
        for n in range(REPORTS):
            seed = seeds[n % len(seeds)]
            year = 2016 + n % 9
            title = f"第{n}街道办事处{year}年度法治政府建设情况报告"
            path = f"{COLUMN}{year + 1}03/t{year + 1}0315_{100000 + n}.html"
            meta = pages.metadata_table(
                [
                    ("索引号", f"11371329MB{n:06d}/{year + 1}-{n:05d}"),
                    ("发布机构", f"第{n}街道办事处"),
                    ("发布日期", f"{year + 1}-03-15"),
                    ("信息名称", title),
                ]
            )
            html = pages.trs_detail(
                title=title,
                body_lines=list(seed.body_lines),
                meta_block=meta,
                crumbs=crumbs,
                pub_time=f"{year + 1}-03-15 09:00",
                source=f"第{n}街道办事处",
            ).replace('<div class="footer">', related_links(n) + '<div class="footer">', 1)
            self.page(path, html)
            items.append((title, path, f"{year + 1}-03-15"))
        page_count = REPORTS // PER_PAGE
        for i in range(page_count):
            html = pages.trs_listing(
                column="法治政府建设年度报告",
                crumbs=crumbs,
                items=items[i * PER_PAGE : (i + 1) * PER_PAGE],
                page_count=page_count,
                current=i,
                sidebar=[("法治政府建设年度报告", COLUMN)],
            )
            self.page(COLUMN + ("index.html" if i == 0 else f"index_{i}.html"), html)
        self.page(COLUMN, self.pages[COLUMN + "index.html"].body.decode())
        home = (
            pages.head("兰陵县人民政府")
            + pages.top_bar()
            + f'<div class="main"><a href="{COLUMN}">法治政府建设年度报告</a></div>'
            + pages.footer()
        )
        self.page("/", home)


PLAIN_SPIDER = """
import sys, scrapy
from scrapy.crawler import CrawlerProcess

class Plain(scrapy.Spider):
    name = "plain"
    async def start(self):
        for url in open(sys.argv[1], encoding="utf-8").read().split():
            yield scrapy.Request(url, callback=self.parse, dont_filter=True)
    def parse(self, response):
        pass

process = CrawlerProcess({**SETTINGS, "LOG_LEVEL": "INFO", "TELNETCONSOLE_ENABLED": False,
    "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    "HTTPERROR_ALLOW_ALL": True, "RETRY_ENABLED": False})
process.crawl(Plain)
process.start()
"""


def stats_of(log: str) -> dict[str, object]:
    """The numeric entries of the 'Dumping Scrapy stats' block of a crawl log."""
    block = log[log.index("Dumping Scrapy stats:") :]
    return {
        m.group(1): float(m.group(2))
        for m in re.finditer(r"'([^']+)': (\d+(?:\.\d+)?)[,}]", block)
    }


def run(cmd: list[str]) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        sys.exit(f"crawl failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return stats_of(proc.stderr)


def pipeline_run(site: BenchPortal, tmp: Path) -> tuple[dict[str, object], int]:
    sites = tmp / "sites"
    sites.mkdir()
    (sites / "bench_portal.yaml").write_text(
        f'name: bench_portal\nregion: "兰陵县"\nstart_urls: ["{site.base_url}/"]\n',
        encoding="utf-8",
    )
    out = tmp / "out.jsonl"
    stats = run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "bench_portal",
            "-O",
            str(out),
            "-s",
            f"LAWREPORTS_SITES_DIR={sites}",
            "-s",
            f"LAWREPORTS_STATE={tmp / 'state.sqlite3'}",
            "-s",
            f"LAWREPORTS_REPORTS_DIR={tmp / 'reports'}",
            "-s",
            "LAWREPORTS_MAX_PAGES_PER_SITE=10000",
            "-s",
            "LAWREPORTS_MAX_LISTING_PAGES=1000",
            "-s",
            "LOG_LEVEL=INFO",
            *[f"-s{k}={v}" for k, v in CONCURRENCY.items()],
        ]
    )
    reports = sum(1 for line in out.read_text(encoding="utf-8").splitlines() if line)
    return stats, reports


def plain_run(site: BenchPortal, tmp: Path) -> dict[str, object]:
    urls = tmp / "urls.txt"
    urls.write_text("\n".join(site.base_url + path for path in site.hits), encoding="utf-8")
    script = tmp / "plain.py"
    script.write_text(f"SETTINGS = {CONCURRENCY!r}\n" + PLAIN_SPIDER, encoding="utf-8")
    return run([sys.executable, str(script), str(urls)])


def rate(stats: dict[str, object]) -> tuple[int, float, float]:
    fetched = int(float(str(stats.get("response_received_count", 0))))
    seconds = float(str(stats.get("elapsed_time_seconds", 0)))
    return fetched, seconds, fetched / seconds if seconds else 0.0


def main() -> None:
    site = BenchPortal()
    web = FixtureWeb([site]).start(host=HOST)
    try:
        with tempfile.TemporaryDirectory() as raw:
            measure(site, Path(raw))
    finally:
        web.stop()


def measure(site: BenchPortal, tmp: Path) -> None:
    sizes = [len(r.body) for p, r in site.pages.items() if "/t20" in p]
    print(
        f"portal: {REPORTS} report pages, {min(sizes) // 1024}–{max(sizes) // 1024} KB "
        f"(mean {sum(sizes) // len(sizes) // 1024} KB), {REPORTS // PER_PAGE} listing pages"
    )
    stats, reports = pipeline_run(site, tmp)
    fetched, seconds, pipeline = rate(stats)
    print(
        f"pipeline: {reports} reports written, {fetched} pages in {seconds:.1f} s "
        f"= {pipeline:.1f} pages/s"
    )
    p_fetched, p_seconds, plain = rate(plain_run(site, tmp))
    print(f"plain:    {p_fetched} pages in {p_seconds:.1f} s = {plain:.1f} pages/s")
    print(
        f"crawl: pages={REPORTS} pipeline_pages_per_s={pipeline:.1f} "
        f"plain_pages_per_s={plain:.1f} ratio={pipeline / plain if plain else 0:.2f}"
    )


if __name__ == "__main__":
    main()

"""Fleet benchmark: 1,000 small configured portals on loopback crawled by one `scrapy crawlall`.

One server process (asyncio, HTTP/1.1 keep-alive) listens on 1,000 loopback addresses: 50 IPs
(127.0.2.1–50) × 20 ports each, one portal per address. Every portal is a small TRS-style site:
home page → 法治政府建设年度报告 column → two reports (real seed bodies) and a hard negative,
plus the 404s of its navigation bar. Each portal has its own YAML config (name, region,
start_urls only).

`scrapy crawlall` runs them all with the project's settings and per-site feeds, as its own
process; wall time is measured around it and peak RSS is that process's (os.wait4's ru_maxrss,
which covers its children too). Prints figures, asserts nothing. Ends with:
`fleet: sites=1000 reports=N seconds=S peak_rss_mb=M`.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtureweb import pages  # noqa: E402
from tests.fixtureweb.seeds import load_seed  # noqa: E402

# `python benchmarks/fleet.py 40` runs a smaller fleet (a quick check); the benchmark is 1000.
SITES = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
IPS = min(50, SITES)
FIRST_PORT = 18100
COLUMN = "/zwgk/fzzfjsndbg/"
NEGATIVE = "示范县2024年法治政府建设工作要点"


def addresses() -> list[tuple[str, int]]:
    per_ip = SITES // IPS
    return [(f"127.0.2.{i + 1}", FIRST_PORT + p) for i in range(IPS) for p in range(per_ip)]


def portal_pages() -> dict[str, bytes]:
    """The pages of one portal (every portal serves the same paths)."""
    crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设年度报告", COLUMN)]
    out: dict[str, str] = {}
    items = []
    for n, key in enumerate(("003", "000")):
        seed = load_seed(key)
        path = f"{COLUMN}2025{n + 1:02d}/t2025{n + 1:02d}10_{500 + n}.html"
        meta = pages.metadata_table(
            [("索引号", f"11371329MB0001/2025-{n:05d}"), ("发布机构", "县司法局")]
        )
        out[path] = pages.trs_detail(
            title=seed.title,
            body_lines=list(seed.body_lines),
            meta_block=meta,
            crumbs=crumbs,
            pub_time=f"2025-0{n + 1}-10 09:00",
            source="县司法局",
        )
        items.append((seed.title, path, f"2025-0{n + 1}-10"))
    negative = f"{COLUMN}202402/t20240220_900.html"
    out[negative] = pages.trs_detail(
        title=NEGATIVE,
        body_lines=["现将工作要点印发如下。"] * 10,
        meta_block="",
        crumbs=crumbs,
        pub_time="2024-02-20 09:00",
        source="县司法局",
    )
    items.append((NEGATIVE, negative, "2024-02-20"))
    out[COLUMN] = pages.trs_listing(
        column="法治政府建设年度报告",
        crumbs=crumbs,
        items=items,
        page_count=1,
        current=0,
        sidebar=[("法治政府建设年度报告", COLUMN)],
    )
    out["/"] = (
        pages.head("县人民政府")
        + pages.top_bar()
        + f'<div class="main"><a href="{COLUMN}">法治政府建设年度报告</a></div>'
        + pages.footer()
    )
    return {path: html.encode("utf-8") for path, html in out.items()}


def reply(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def serve(ready: multiprocessing.synchronize.Event) -> None:
    """Every portal on its own address, one asyncio loop, until terminated."""
    site = {path: reply("200 OK", body) for path, body in portal_pages().items()}
    missing = reply("404 Not Found", b"<html><body><h1>404</h1></body></html>")

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode("latin-1").split("?", 1)[0]
                writer.write(site.get(path, missing))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            writer.close()

    async def main() -> None:
        for host, port in addresses():
            await asyncio.start_server(handle, host, port, backlog=64)
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def write_configs(directory: Path) -> None:
    directory.mkdir(parents=True)
    for n, (host, port) in enumerate(addresses()):
        name = f"county_{n:04d}"
        region = f"第{n // 100}省第{n % 100}县"
        (directory / f"{name}.yaml").write_text(
            f'name: {name}\nregion: "{region}"\nstart_urls: ["http://{host}:{port}/"]\n',
            encoding="utf-8",
        )


def crawl_all(tmp: Path) -> tuple[float, float, subprocess.Popen[bytes]]:
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawlall",
        "-s",
        f"LAWREPORTS_SITES_DIR={tmp / 'sites'}",
        "-s",
        f"LAWREPORTS_STATE={tmp / 'state.sqlite3'}",
        "-s",
        f"LAWREPORTS_DEFAULT_FEED={tmp / 'feeds'}/%(name)s.jsonl",
        "-s",
        f"LAWREPORTS_REPORTS_DIR={tmp / 'reports'}",
        "-s",
        "LAWREPORTS_PROGRESS_INTERVAL=15",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = (tmp / "crawlall.log").open("wb")
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, proc


def main() -> None:
    ready = multiprocessing.Event()
    server = multiprocessing.Process(target=serve, args=(ready,), daemon=True)
    server.start()
    if not ready.wait(120):
        sys.exit("the portal server did not start")
    try:
        with tempfile.TemporaryDirectory() as raw:
            tmp = Path(raw)
            write_configs(tmp / "sites")
            print(f"fleet: {SITES} portals on {IPS} loopback IPs × {SITES // IPS} ports")
            seconds, peak_mb, proc = crawl_all(tmp)
            if proc.returncode != 0:
                print((tmp / "crawlall.log").read_text(errors="replace")[-3000:])
                sys.exit(f"crawlall failed ({proc.returncode})")
            reports = sum(
                1
                for feed in (tmp / "feeds").glob("*.jsonl")
                for line in feed.read_text(encoding="utf-8").splitlines()
                if line
            )
            (report_file,) = [
                p for p in (tmp / "reports").glob("*.json") if "history" not in p.name
            ]
            totals = json.loads(report_file.read_text(encoding="utf-8"))["totals"]
            print("run report totals: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    finally:
        server.terminate()
        server.join(10)
    print(
        f"fleet: sites={SITES} reports={reports} seconds={seconds:.0f} peak_rss_mb={peak_mb:.0f}"
    )


if __name__ == "__main__":
    main()

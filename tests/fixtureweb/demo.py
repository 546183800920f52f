"""`make demo`: serve the demo portal, crawl it with `scrapy crawl demo`, say what came out."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.demo import DemoSite

HOST, PORT = "127.0.0.42", 8042


def main() -> int:
    root = Path(__file__).resolve().parents[2]
    try:
        web = FixtureWeb([DemoSite()]).start(port=PORT, host=HOST)
    except OSError as exc:
        print(f"demo: cannot serve the demo portal on {HOST}:{PORT}: {exc}", file=sys.stderr)
        return 1
    out = root / "output" / "demo.jsonl"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [
                sys.executable,
                "-m",
                "scrapy",
                "crawl",
                "demo",
                "-O",
                str(out),
                "-s",
                f"LAWREPORTS_STATE={tmp}/state.sqlite3",
                "-s",
                "LOG_LEVEL=INFO",
            ]
            print(
                f"demo: portal at http://{HOST}:{PORT}/ — running: scrapy crawl demo -O {out.relative_to(root)}"
            )
            result = subprocess.run(cmd, cwd=root, check=False)
    finally:
        web.stop()
    if result.returncode != 0:
        print("demo: the crawl failed", file=sys.stderr)
        return result.returncode
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]
    print(f"\ndemo: {len(rows)} reports written to {out.relative_to(root)}")
    for row in rows:
        print(
            f"  {row['report_year']}  {row['index_no'] or '-':<34} {row['title']}  ({len(row['body'])} chars)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

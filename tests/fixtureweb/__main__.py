"""Serve the fixture web by hand: `python -m tests.fixtureweb [SITE ...] [--host H --port P]`."""

from __future__ import annotations

import argparse
import threading

from tests.fixtureweb.registry import all_sites
from tests.fixtureweb.server import FixtureWeb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sites", nargs="*", help="site names (default: all)")
    parser.add_argument("--host", default=None, help="bind address (one site only)")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    sites = [s for s in all_sites() if not args.sites or s.name in args.sites]
    web = FixtureWeb(sites).start(port=args.port, host=args.host)
    for name, site in web.sites.items():
        print(f"{name}: {site.base_url}/", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        web.stop()


if __name__ == "__main__":
    main()

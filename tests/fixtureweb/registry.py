"""Every fixture portal, by name."""

from __future__ import annotations

from tests.fixtureweb.server import Site
from tests.fixtureweb.sites.demo import DemoSite


def all_sites() -> list[Site]:
    return [DemoSite()]

"""Every fixture portal, by name: each Site subclass defined in tests/fixtureweb/sites/*.py."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from tests.fixtureweb import sites as sites_pkg
from tests.fixtureweb.server import Site


def site_classes() -> list[type[Site]]:
    found: dict[str, type[Site]] = {}
    for info in sorted(pkgutil.iter_modules(sites_pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{sites_pkg.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Site) and cls.__module__ == module.__name__ and cls.name != "site":
                other = found.setdefault(cls.name, cls)
                if other is not cls:  # else one of the two would be silently left out
                    raise ValueError(
                        f"two fixture portals are named {cls.name!r}: "
                        f"{other.__module__}.{other.__qualname__} and {cls.__module__}.{cls.__qualname__}"
                    )
    return list(found.values())


def all_sites() -> list[Site]:
    return [cls() for cls in site_classes()]

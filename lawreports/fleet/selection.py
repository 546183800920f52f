"""Which sites a `crawlall` runs: names or globs, narrowed by region prefixes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fnmatch import fnmatchcase

from lawreports.sites import SiteConfig


def select_sites(
    configs: Mapping[str, SiteConfig],
    patterns: Iterable[str] = (),
    region_prefixes: Iterable[str] = (),
) -> list[str]:
    """Site names matching any pattern (all when none) and any region prefix (all when none)."""
    patterns = list(patterns)
    prefixes = list(region_prefixes)
    chosen = []
    for name in sorted(configs):
        if patterns and not any(fnmatchcase(name, p) for p in patterns):
            continue
        if prefixes and not any(configs[name].region.startswith(p) for p in prefixes):
            continue
        chosen.append(name)
    return chosen


def unmatched(configs: Mapping[str, SiteConfig], patterns: Iterable[str]) -> list[str]:
    """Patterns that select no site (likely typos, worth a warning)."""
    return [p for p in patterns if not any(fnmatchcase(n, p) for n in configs)]

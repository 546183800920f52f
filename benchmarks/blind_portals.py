"""Crawl fixture portals with a config of only name/region/start_urls and score what came out.

Per portal: gold reports found, duplicates, non-reports emitted, fields right (index_no,
publisher, publish_date, written_date, doc_no, report_year, title), mean body F1 against the
gold text, furniture residue (tests/eval/score.py markers), requests the portal answered and
seconds. Each crawl is a real `scrapy crawl` subprocess against the loopback fixture web.

    .venv/bin/python -m benchmarks.blind_portals [site ...]     # default: every gold portal
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tests.conftest import run_crawl, write_site_config
from tests.eval.score import body_f1, residue
from tests.fixtureweb.portalkit import KitSite
from tests.fixtureweb.registry import all_sites
from tests.fixtureweb.server import FixtureWeb

FIELDS = (
    "title",
    "index_no",
    "publisher",
    "publish_date",
    "written_date",
    "doc_no",
    "report_year",
)
DEFAULT_SITES = (
    "hanweb_xxgk",
    "ucap_county",
    "standard_catalog",
    "static_county",
    "anhui_public",
    "benxi_publicity",
    "gansu_platform",
    "repost_county",
    "haystack_county",
    "news_only_county",
    "topic_banner_county",
    "hanweb_news_only",
    "iframe_catalog",
    "year_tabs",
    "script_links",
    "gkmlpt_portal",
    "traditional_mirror",
    "legacy_cms",
    "shell_rendered",
    "ajax_shells",
    "sunshine_county",
    "onclick_catalog",
    "php_cms_county",
    "sitemap_county",
    "district_city",
    "alias_county",
    "alias_county_old",
    "column_start",
    "column_start_page2",
    "root_jump_county",
    "hubei_inline_city",
    "wechat_county",
    "mobile_copy_county",
    "dept_reports_district",
    "waf_county",
    "attachment_county",
    "button_rows_county",
    "big5_gateway_county",
    "archive_city",
    "archive_city_deep",
    "scripted_content_county",
    "page_variants_county",
    "gazette_city",
    "headline_meta_county",
    "trailing_meta_county",
    "encoding_mix_county",
    "load_more_county",
    "interpretation_county",
    "nuxt_ssr_county",
    "gd_post_county",
    "multipart_county",
    "flaky_county",
    "pdf_viewer_county",
    "frames_article_county",
    "hash_router_county",
    "township_xxgk",
    "numerals_county",
    "url_variants_county",
    "jump_pager_county",
    "word_export_county",
    "lookalike_body_county",
    "title_mismatch_county",
    "pdf_layout_county",
    "big_portal_county",
    "unlabeled_meta_county",
    "article_widgets_county",
    "copies_county",
    "site_map_page_county",
    "post_api_county",
    "heavy_pages_county",
    "rare_chars_county",
    "year_edges_county",
    "sfj_subsite_county",
    "ofd_county",
    "city_platform_county",
    "hunan_platform_county",
    "deep_column_county",
    "year_filter_county",
    "search_more_county",
    "redesign_county",
    "redesign_county_old",
)


def score_site(site: KitSite, items: list[dict[str, Any]]) -> dict[str, Any]:
    gold = {site.url_of(g.path): g for g in site.gold}
    aliases = getattr(site, "aliases", {})
    gold |= {site.url_of(a): gold[site.url_of(p)] for a, p in aliases.items()}
    found = [it for it in items if it["url"] in gold]
    reports = [id(gold[it["url"]]) for it in found]
    right = total = 0
    f1s: list[float] = []
    resid = 0
    wrong: list[str] = []
    for it in {it["url"]: it for it in found}.values():
        g = gold[it["url"]]
        for name in FIELDS:
            total += 1
            if it.get(name) == getattr(g, name):
                right += 1
            else:
                wrong.append(f"{name}: {it.get(name)!r} ≠ {getattr(g, name)!r}")
        f1s.append(body_f1(it.get("body") or "", g.body))
        resid += residue(it.get("body") or "", g.body)
    return {
        "found": len(set(reports)),
        "expected": len(site.gold),
        "duplicates": len(reports) - len(set(reports)),
        "non_reports": [it["title"] for it in items if it["url"] not in gold],
        "fields": f"{right}/{total}",
        "body_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
        "min_f1": round(min(f1s), 4) if f1s else 0.0,
        "residue": resid,
        "wrong": wrong,
    }


def main(argv: list[str]) -> int:
    names = argv or list(DEFAULT_SITES)
    sites = [s for s in all_sites() if s.name in names]
    print("blind portals: config = name/region/start_urls only; real `scrapy crawl` each")
    with FixtureWeb(sites) as web, tempfile.TemporaryDirectory() as tmp:
        for name in names:
            site = web.sites[name]
            assert isinstance(site, KitSite)
            work = Path(tmp) / name
            write_site_config(work / "sites", name, site.start_url(), region=site.region)
            before = sum(site.hits.values())
            started = time.monotonic()
            result = run_crawl(
                name,
                sites_dir=work / "sites",
                output=work / "out.jsonl",
                state=work / "state.sqlite3",
            )
            seconds = time.monotonic() - started
            figures = score_site(site, result.items)
            print(
                f"{name:<18} found {figures['found']}/{figures['expected']}"
                f" dup {figures['duplicates']} non-reports {len(figures['non_reports'])}"
                f" fields {figures['fields']} body_f1 {figures['body_f1']}"
                f" (min {figures['min_f1']}) residue {figures['residue']}"
                f" requests {sum(site.hits.values()) - before} {seconds:.1f}s"
            )
            kinds = getattr(site, "page_kind", None)
            if kinds is not None:
                spent = Counter(kinds(path) for path in site.hits.elements())
                print(
                    "    requests by page kind: "
                    + ", ".join(f"{k} {n}" for k, n in spent.most_common())
                )
            for event in ("max_pages", "max_listing_pages", "max_depth"):
                if f"lawreports/budget_exhausted/{event}" in result.log:
                    print(f"    budget hit: {event}")
            for line in figures["wrong"]:
                print(f"    wrong {line}")
            for title in figures["non_reports"]:
                print(f"    non-report {title}")
            if result.returncode:
                print(f"    exit {result.returncode}: {result.log[-800:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

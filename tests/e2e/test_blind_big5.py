"""A district portal (宿州市埇桥区, an old TRS site declaring gb2312 while its bytes are GBK and
GB18030) crawled from the home page of its 繁體 "big5 gateway" (`/gate/big5/www.ahyq.gov.cn/…`):
pages declared big5 but encoded Big5-HKSCS (着, 羣, 衆 and the tone-marked pinyin the converter
writes after some characters, `建設(shè)`), `&#29234;` for what HKSCS lacks and `????` for the
no-break spaces and U+2002 of the origin (`索?引?號`), links rewritten into the gateway except
single-quoted ones, an `onclick` 简体版 and script-written absolute origin URLs that escape to
the Simplified site. Every report once, in Simplified, with the fields its page shows, its body
whole and clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_a_big5_gateway_copy_and_its_simplified_origin_give_each_report_once(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "big5_gateway_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 160

"""A county whose name has a character beyond the BMP (𡌶阳县), written as the character, as
`&#x21336;`, as four GB18030 bytes and as an inline glyph image, with PUA codes, ideographic
space runs, `〇` years and emoji around it: every report once, its fields and text as a reader
sees them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


@pytest.mark.xfail(
    strict=True,
    reason='a character an old GBK page draws as an image (`<img src="/zk/21336.gif">`) is '
    "not read into the title and publisher",
)
def test_rare_characters_come_out_as_a_reader_sees_them(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "rare_chars_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 30

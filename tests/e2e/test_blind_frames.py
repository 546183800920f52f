"""An ASP county portal of the 2008 generation, crawled with only name/region/start_urls: a
`<frameset>` home page (banner, a left menu that `js/menu.js` writes by `document.write`, the
main frame), articles opened as pop-ups (`openWin('/show.asp?id=N')`, `window.open(…)`), and
article shells whose text is an `<iframe id="contentFrame" src="/content/YYYY/N.htm">` (a GB2312
page, a bare fragment without a charset, a Word "save as web page"; one shell adds a 内容摘要
above it). Every report comes out once, under the shell a reader opens, with the shell's fields
and the frame's whole text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_framed_portal_with_popup_shells_gives_each_report_once_with_its_framed_text(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "frames_article_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 120

"""A Shandong county (鄄城县) whose offices paste their reports from Word / WPS: the article
container holds Word's HTML export (`MsoNormal` spans, `<o:p>`, conditional comments, a
`<style>` of Word's definitions, VML seals, `<br style='page-break-before:always'>`), with the
printed page numbers (`— 2 —`, `- 3 -`, `第 2 页 共 4 页`, `－ 2 －`) and the document's running
header (`鄄城县人民政府`) left in the text at each page break, a 文件头 and the title repeated
above the text, a 版记 (抄送 / 印发) under it, a GBK report whose 附件 is a Word statistics
table with merged header cells, and an old paste whose `<xml>` settings show as text.
Every report once, with its fields; the body is the report as a reader takes it: the 主送,
附件 reference, 落款 and the 附件 table are the report's, page furniture of the printed
document and the 版记 are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_word_exports_come_out_as_the_document_text_without_print_furniture(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "word_export_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 40

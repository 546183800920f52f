"""Frames are pages of the portal: which `<iframe>`/`<frame>` sources discovery loads."""

from __future__ import annotations

from lawreports.discovery.frames import frame_sources, has_frames

PAGE = "http://www.example.gov.cn/xxgk/index.jsp?siteId=41"

SHELL = """<html><body><div class="header">示范县人民政府</div>
<iframe src="/xxgk/tree.jsp?siteId=41" name="tree" id="treeFrame"></iframe>
<div id="xxgkList"><iframe name="list" src="list.jsp?catId=0&amp;pageNo=1"></iframe></div>
<iframe src="/include/footer.html" id="footFrame"></iframe>
<iframe src="about:blank" name="blank"></iframe>
<iframe src="/pdfjs/web/viewer.html?file=/upload/report.pdf"></iframe>
<iframe src="https://map.baidu.com/embed?x=1" name="map"></iframe>
<iframe src="/xxgk/tree.jsp?siteId=41#top"></iframe>
</body></html>"""

FRAMESET = """<html><head><title>县司法局</title></head>
<frameset rows="120,*"><frame src="top.html" name="topFrame" scrolling="no" />
<frameset cols="200,*"><frame src="left.html" name="leftFrame" /><frame src="main.html" name="main" />
</frameset></frameset></html>"""


def test_a_shells_content_frames_are_pages_and_its_furniture_frames_are_not() -> None:
    frames = frame_sources(SHELL, PAGE)
    assert [f.url for f in frames] == [
        "http://www.example.gov.cn/xxgk/tree.jsp?siteId=41",
        "http://www.example.gov.cn/xxgk/list.jsp?catId=0&pageNo=1",
    ]
    assert frames[1].name.startswith("list")


def test_a_framesets_frames_are_pages_but_its_banner() -> None:
    frames = frame_sources(FRAMESET, "http://www.example.gov.cn/bmgk/sfj/index.html")
    assert [f.url.rsplit("/", 1)[1] for f in frames] == ["left.html", "main.html"]


def test_a_page_without_frames_is_not_parsed_for_them() -> None:
    assert not has_frames("<html><body><p>frame src=</p><a href='/x'>x</a></body></html>")
    assert frame_sources("<html><body><a href='/x'>x</a></body></html>", PAGE) == []


def test_frame_sources_resolve_against_the_pages_base_href() -> None:
    html = (
        '<html><head><base href="http://127.0.0.1/xxgk/"></head><body>'
        '<iframe src="list.jsp?catId=7" name="list"></iframe></body></html>'
    )
    assert [f.url for f in frame_sources(html, "http://127.0.0.1/a/b/shell.html")] == [
        "http://127.0.0.1/xxgk/list.jsp?catId=7"
    ]

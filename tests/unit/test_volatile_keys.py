"""Cache-busters, index scripts and keys rendered afresh on every page: no part of which page a
URL names (PHPCMS v9, DedeCMS and 帝国CMS dynamic URLs)."""

from __future__ import annotations

from parsel import Selector

from lawreports.discovery.links import clean_url, page_identity, same_page_path
from lawreports.discovery.pagination import other_pages, pager_urls, read_pager, turns_page_of
from lawreports.discovery.volatile import VolatileKeys, without_keys

BASE = "http://www.py.gov.cn"
LIST = BASE + "/e/action/ListInfo/index.php"


def test_named_cache_busters_are_removed_from_urls() -> None:
    assert clean_url(BASE + "/index.php?m=content&a=show&id=3742&rnd=3f9a1c") == (
        BASE + "/index.php?a=show&id=3742&m=content"
    )
    assert clean_url(BASE + "/list.jsp?cid=8&random=0.8273645&nocache=1") == (
        BASE + "/list.jsp?cid=8"
    )


def test_a_timestamp_key_is_a_cache_buster_only_when_it_holds_a_token() -> None:
    assert clean_url(BASE + "/list.php?cid=8&t=1709251200") == BASE + "/list.php?cid=8"
    assert clean_url(BASE + "/list.php?cid=8&_t=1709251200123") == BASE + "/list.php?cid=8"
    assert clean_url(BASE + "/list.php?cid=8&v=3f9a1c0b") == BASE + "/list.php?cid=8"
    assert clean_url(BASE + "/list.php?cid=8&r=0.51234567") == BASE + "/list.php?cid=8"
    # a type, a version, a route: kept
    assert clean_url(BASE + "/list.php?cid=8&t=2") == BASE + "/list.php?cid=8&t=2"
    assert clean_url(BASE + "/list.php?t=news") == BASE + "/list.php?t=news"
    assert clean_url(BASE + "/index.php?r=site/index") == BASE + "/index.php?r=site%2Findex"
    assert clean_url(BASE + "/a.php?v=20240301") == BASE + "/a.php?v=20240301"


def test_a_directory_and_its_index_script_name_one_page_for_identity_only() -> None:
    php = clean_url(BASE + "/index.php?m=content&c=index&a=lists&catid=12")
    root = clean_url(BASE + "/?m=content&c=index&a=lists&catid=12")
    assert php != root  # asked for as linked
    assert page_identity(php) == page_identity(root) == root
    assert page_identity(BASE + "/e/list/default.aspx?id=3") == BASE + "/e/list/?id=3"
    assert page_identity(BASE + "/news/index.jsp?id=3") == BASE + "/news/?id=3"
    # without a query too (`/zwgk/` and `/zwgk/index.html`); other scripts: left alone
    assert page_identity(BASE + "/index.php") == BASE + "/"
    assert page_identity(BASE + "/e/list/show.php?id=3") == BASE + "/e/list/show.php?id=3"
    assert page_identity(BASE + "/e/myindex.php?id=3") == BASE + "/e/myindex.php?id=3"
    assert page_identity(BASE + "/a.php?id=3&k=x9", frozenset({"k"})) == BASE + "/a.php?id=3"
    assert same_page_path("/e/action/ListInfo/", "/e/action/ListInfo/index.php")
    assert not same_page_path("/e/action/ListInfo/", "/e/action/ShowInfo.php")


def test_a_page_of_a_listing_named_by_its_index_script_turns_its_page() -> None:
    assert turns_page_of(
        LIST + "?page=1&classid=12&totalnum=160", BASE + "/e/action/ListInfo/?classid=12"
    )
    assert not turns_page_of(LIST + "?page=1&classid=13", BASE + "/e/action/ListInfo/?classid=12")


def _empire_pager(page: int, pages: int, rnd: str) -> str:
    """帝国CMS `page1()`: `160 |< < 1 2 [3] 4 5 6 > >|`, every link with the render's `rnd`."""
    search = f"&amp;classid=12&amp;totalnum=160&amp;rnd={rnd}"
    url = "/e/action/ListInfo/index.php?page"
    out = '<a title="Total record">&nbsp;<b>160</b> </a>&nbsp;&nbsp;'
    if page:
        out += (
            f'<a href="{url}=0{search}">|&lt;</a>&nbsp;<a href="{url}={page - 1}{search}">&lt;</a>'
        )
    for k in range(max(0, page - 2), min(pages, max(0, page - 2) + 6)):
        out += (
            f"&nbsp;<b>{k + 1}</b>"
            if k == page
            else f'&nbsp;<a href="{url}={k}{search}">{k + 1}</a>'
        )
    if page != pages - 1:
        out += f'&nbsp;<a href="{url}={page + 1}{search}">&gt;</a>'
        out += f'&nbsp;<a href="{url}={pages - 1}{search}">&gt;|</a>'
    return f'<html><body><div class="list_page">{out}</div></body></html>'


def test_empire_first_and_last_arrows_are_pager_links() -> None:
    html = _empire_pager(3, 8, "3f9a1c0b")
    here = clean_url(LIST + "?page=3&classid=12&totalnum=160")
    reading = read_pager(here, Selector(text=html))
    assert reading.current == 3
    assert sorted(reading.positions.values()) == [0, 1, 2, 4, 5, 6, 7]  # `|<` 0, `>|` 7
    assert reading.next_position == 4
    pages = other_pages(html, here, Selector(text=html))
    assert pages["page_numbers"] == [
        clean_url(LIST + f"?page={n}&classid=12&totalnum=160") for n in (4, 5, 6, 7)
    ]
    # `|<` and `>|` are the listing's own pages, never links of their own
    assert clean_url(LIST + "?page=0&classid=12&totalnum=160") in pager_urls(
        here, Selector(text=html)
    )


def test_a_key_holding_another_token_on_every_render_is_learned_volatile() -> None:
    keys = VolatileKeys()
    first = BASE + "/e/action/ListInfo/?classid=12"
    assert not keys.learn(first, [clean_url(LIST + "?page=1&classid=12&_k=3f9a1c0b")])
    asked = clean_url(LIST + "?page=1&classid=12&totalnum=160&_k=3f9a1c0b")
    links = [clean_url(LIST + f"?page={n}&classid=12&totalnum=160&_k=77b20e1d") for n in (0, 2, 3)]
    assert keys.learn(asked, links) == {"_k"}
    assert keys.identity(links[1]) == keys.identity(
        clean_url(LIST + "?page=2&classid=12&totalnum=160&_k=0a1b2c3d")
    )
    assert "_k" not in keys.identity(links[1])
    assert without_keys(asked, keys.of(asked)) == clean_url(
        LIST + "?page=1&classid=12&totalnum=160"
    )
    # elsewhere on the host, where it holds a token (the home page's 推荐 box)
    show = clean_url(BASE + "/index.php?m=content&a=show&id=3742&_k=3f9a1c")
    assert keys.identity(show) == page_identity(
        clean_url(BASE + "/index.php?m=content&a=show&id=3742")
    )
    assert keys.of(BASE + "/index.php?_k=12") == frozenset()  # a number there is a value
    # another host learns nothing from this one
    assert keys.of("http://other.gov.cn/e/action/ListInfo/index.php?_k=3f9a1c0b") == frozenset()


def test_columns_on_one_script_and_ids_are_never_volatile() -> None:
    keys = VolatileKeys()
    # a column's pager names its own column: the guid agrees
    col = clean_url(BASE + "/list.aspx?guid=3f2a9c7d&page=2")
    assert not keys.learn(col, [clean_url(BASE + "/list.aspx?guid=3f2a9c7d&page=3")])
    # a link to another column's page 2 (another guid) but no page of this listing
    assert not keys.learn(col, [clean_url(BASE + "/list.aspx?guid=9b1c0e4f")])
    # numbers differ between pages (`end=40` → `end=60`): not tokens
    here = clean_url(BASE + "/list.php?cid=8&start=20&end=40")
    assert not keys.learn(here, [clean_url(BASE + "/list.php?cid=8&start=40&end=60")])
    # other keys differ too: another listing
    here = clean_url(BASE + "/list.php?cid=8&page=2&sig=a1b2c3d4")
    assert not keys.learn(here, [clean_url(BASE + "/list.php?cid=9&page=3&sig=e5f6a7b8")])
    assert keys.keys == {}


def test_a_key_left_out_keeps_the_other_values_gbk_bytes() -> None:
    word = "%B7%A8%D6%CE"  # 法治 in GBK
    url = f"http://e.gov.cn/list.asp?lb={word}&_r=3f9a1c0b&page=2"
    assert without_keys(url, frozenset({"_r"})) == f"http://e.gov.cn/list.asp?lb={word}&page=2"
    assert page_identity(url, frozenset({"_r"})) == f"http://e.gov.cn/list.asp?lb={word}&page=2"

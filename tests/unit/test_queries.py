"""Queries read and written byte for byte: a GBK value is asked for again as the portal wrote it."""

from __future__ import annotations

from lawreports.discovery.queries import encoded_query, query_pairs, query_text

GBK_WORD = "%B7%A8%D6%CE%D5%FE%B8%AE%BD%A8%C9%E8"  # 法治政府建设 in GBK
UTF8_WORD = "%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C%E5%BB%BA%E8%AE%BE"


def test_a_gbk_value_round_trips_unchanged() -> None:
    query = f"channelid=205816&searchword={GBK_WORD}&orderby=-DOCRELTIME"
    assert encoded_query(query_pairs(query)) == query


def test_raw_and_encoded_utf8_read_as_the_same_bytes() -> None:
    assert query_pairs("q=法治政府建设") == query_pairs(f"q={UTF8_WORD}")
    assert encoded_query(query_pairs("q=法治政府建设")) == f"q={UTF8_WORD}"


def test_blank_values_plus_signs_and_bare_keys() -> None:
    assert query_pairs("a=x+y&b=&c&&d=1") == [("a", "x y"), ("b", ""), ("c", ""), ("d", "1")]
    assert encoded_query(query_pairs("a=x+y&b=")) == "a=x+y&b="


def test_a_value_is_read_as_words_in_utf8_else_gbk() -> None:
    (_, gbk), (_, utf8) = query_pairs(f"a={GBK_WORD}&b={UTF8_WORD}")
    assert query_text(gbk) == query_text(utf8) == "法治政府建设"
    assert query_text("法治") == "法治"  # words already


def test_text_the_crawler_sets_is_written_as_utf8() -> None:
    assert encoded_query([("page", "3"), ("kw", "法治")]) == "page=3&kw=%E6%B3%95%E6%B2%BB"

"""A portal whose configured URL moved to another host, crawled by several workers: the host
adopted by the worker that saw the move is the site's own in every worker (one redis-server)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from lawreports.discovery.catalogues import CatalogueScope, CatalogueScopes
from lawreports.middlewares.offsite import (
    CONFIGURED,
    OwnDomainsMiddleware,
    adopt_catalogue,
    adopt_host,
)
from lawreports.scaleout.workers import WorkerCoordination, spider_keys
from tests.support.services import free_port

pytestmark = pytest.mark.redis

OLD = "http://www.old-county.gov.cn/"
NEW = "http://www.new-county.gov.cn/"
SITE = "moved_shared"
HOSTS = f"lawreports:{SITE}:hosts"


@pytest.fixture
def server(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    client.delete(HOSTS, spider_keys(SITE)["run"])
    yield client
    client.delete(*client.keys(f"lawreports:{SITE}:*") or [HOSTS])


def worker(settings: dict[str, str]) -> tuple[OwnDomainsMiddleware, Spider]:
    """One worker's offsite middleware and spider, opened as a crawl opens them."""
    crawler = get_crawler(Spider, settings)
    spider = Spider.from_crawler(crawler, name=SITE)
    spider.allowed_domains = ["old-county.gov.cn"]
    spider.catalogue_scopes = CatalogueScopes()  # type: ignore[attr-defined]
    crawler.spider = spider
    crawler.stats.open_spider()
    middleware = OwnDomainsMiddleware.from_crawler(crawler)
    middleware.spider_opened(spider)
    return middleware, spider


def moved_start() -> Request:
    """The start URL's request after its 301 to the new host."""
    return Request(NEW, meta={CONFIGURED: True, "redirect_urls": [OLD]})


def test_a_host_adopted_by_one_worker_is_followed_by_another(
    server: redis.Redis, redis_url: str
) -> None:
    settings = {"LAWREPORTS_REDIS_URL": redis_url}
    (saw_move, _), (other, other_spider) = worker(settings), worker(settings)
    saw_move.process_request(moved_start())
    # a page of the new host, queued by the first worker, popped by the other one
    other.process_request(Request(NEW + "zwgk/fzzfjsndbg/index.html"))
    assert "new-county.gov.cn" in other_spider.allowed_domains
    assert other.crawler.stats.get_value("lawreports/moved_host_shared") == 1
    assert server.smembers(HOSTS) == {b"new-county.gov.cn"}


def test_a_script_jump_seen_by_one_worker_makes_the_new_host_own_before_another_parses(
    redis_url: str, server: redis.Redis
) -> None:
    settings = {"LAWREPORTS_REDIS_URL": redis_url}
    (_, jumped), (other, other_spider) = worker(settings), worker(settings)
    adopt_host(jumped, OLD, NEW)  # the spider read a `页面跳转中` page going there
    page = HtmlResponse(OLD + "zwgk/", body=b"<html></html>", request=Request(OLD + "zwgk/"))
    assert other.process_response(page.request, page) is page
    assert other_spider.allowed_domains == ["old-county.gov.cn", "new-county.gov.cn"]
    # a host every worker already has is taken once
    other.process_response(page.request, page)
    assert other_spider.allowed_domains == ["old-county.gov.cn", "new-county.gov.cn"]


def test_a_catalogue_scope_adopted_by_one_worker_is_followed_by_another_within_it(
    server: redis.Redis, redis_url: str
) -> None:
    settings = {"LAWREPORTS_REDIS_URL": redis_url}
    (_, spider), (other, other_spider) = worker(settings), worker(settings)
    scope = CatalogueScope("xxgk.city.gov.cn", path="/xxgk/syx/")
    adopt_catalogue(spider, scope, OLD, "政务公开")
    assert server.smembers(HOSTS) == {b"xxgk.city.gov.cn/xxgk/syx/"}
    other.process_request(Request("http://xxgk.city.gov.cn/xxgk/syx/col/col7/index.html"))
    assert other_spider.catalogue_scopes.scopes == [scope]
    assert other_spider.allowed_domains == ["old-county.gov.cn"]  # not the whole host
    assert other.crawler.stats.get_value("lawreports/offsite_catalogue_shared") == 1
    with pytest.raises(IgnoreRequest):
        other.process_request(Request("http://xxgk.city.gov.cn/xxgk/bhx/index.html"))
    assert other.crawler.stats.get_value("lawreports/offsite_catalogue_shared") == 1


def test_a_host_no_worker_adopted_stays_offsite(redis_url: str, server: redis.Redis) -> None:
    other, _ = worker({"LAWREPORTS_REDIS_URL": redis_url})
    with pytest.raises(IgnoreRequest):
        other.process_request(Request("http://www.elsewhere.gov.cn/a.html"))


def test_without_redis_a_worker_keeps_its_adoptions_to_itself(server: redis.Redis) -> None:
    (saw_move, spider), (other, _) = worker({}), worker({})
    saw_move.process_request(moved_start())
    assert "new-county.gov.cn" in spider.allowed_domains
    with pytest.raises(IgnoreRequest):
        other.process_request(Request(NEW + "zwgk/"))
    assert not server.exists(HOSTS)


def test_a_fresh_run_forgets_the_hosts_the_last_run_adopted(
    redis_url: str, server: redis.Redis
) -> None:
    settings = {"LAWREPORTS_REDIS_URL": redis_url}
    saw_move, spider = worker(settings)
    saw_move.process_request(moved_start())
    assert server.exists(HOSTS)
    coordination = WorkerCoordination.from_crawler(saw_move.crawler)
    assert coordination.join_run(spider)  # no run going on: this worker starts a fresh one
    assert not server.exists(HOSTS)
    coordination.spider_closed(spider)


def test_a_redis_that_does_not_answer_leaves_the_worker_crawling(
    caplog: pytest.LogCaptureFixture,
) -> None:
    gone = f"redis://127.0.0.1:{free_port()}/0"
    saw_move, spider = worker({"LAWREPORTS_REDIS_URL": gone})
    saw_move.process_request(moved_start())  # adopted here, could not be shared: logged
    assert "new-county.gov.cn" in spider.allowed_domains
    page = HtmlResponse(NEW, body=b"<html></html>", request=Request(NEW))
    assert saw_move.process_response(page.request, page) is page
    assert "Could not share the adopted host new-county.gov.cn" in caplog.text
    assert "Could not read the adopted hosts" in caplog.text

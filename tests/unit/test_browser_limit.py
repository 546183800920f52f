"""A browser request is cut off at its limit even when its own clean-up hangs."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from typing import Any

import pytest_twisted
from scrapy.utils.defer import deferred_from_coro

from lawreports.handlers import within


async def _stubborn(cleanup_started: asyncio.Event, release: asyncio.Event) -> str:
    """Work that, once cancelled, hangs in its clean-up (a page Chromium no longer closes)
    until the test releases it."""
    try:
        await asyncio.Event().wait()
    finally:
        cleanup_started.set()
        await asyncio.shield(release.wait())
    return "never"


async def _cut_off() -> None:
    cleanup_started, release = asyncio.Event(), asyncio.Event()
    start = time.monotonic()
    outcome = await within(_stubborn(cleanup_started, release), 0.2)
    elapsed = time.monotonic() - start
    assert outcome == (False, None)
    assert elapsed < 3  # asyncio.wait_for would wait for the clean-up, for ever
    await asyncio.wait_for(cleanup_started.wait(), 5)  # it was cancelled, and left to itself
    release.set()


async def _in_time() -> None:
    async def quick() -> str:
        return "page"

    assert await within(quick(), 5) == (True, "page")


@pytest_twisted.inlineCallbacks
def test_work_cut_off_is_not_waited_for_while_it_cancels() -> Generator[Any, Any, None]:
    yield deferred_from_coro(_cut_off())  # on the reactor's asyncio loop, as in a crawl


@pytest_twisted.inlineCallbacks
def test_work_within_the_limit_gives_its_result() -> Generator[Any, Any, None]:
    yield deferred_from_coro(_in_time())

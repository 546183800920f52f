"""Scoped silence for scrapy-redis's deprecation warnings on Scrapy 2.19.

scrapy-redis 0.9.1 (the newest) still passes `spider=` to the stats collector and calls
`Spider.log()`. Those warnings are filtered only around our calls into that library, never for
the whole process, so a deprecation in our own code still shows (and fails the tests).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from scrapy.exceptions import ScrapyDeprecationWarning

LIBRARY_MODULES = r"scrapy_redis(\..*)?"


@contextmanager
def scrapy_redis_warnings_silenced() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", category=ScrapyDeprecationWarning, module=LIBRARY_MODULES
        )
        yield

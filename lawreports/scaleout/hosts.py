"""The hosts a moved portal was adopted under, shared by every worker of one crawl.

A configured URL that moved to another host (301, or a `页面跳转中` page) is seen by one worker
only: the shared dupefilter lets one worker fetch it. The pages of the new host then travel
through the shared queue to every worker, and a worker that had not seen the move would drop
them as offsite. So an adopted domain goes into a Redis set of the crawl
(`lawreports:<site>:hosts`, emptied when a fresh run starts, with the queue), and a worker
reads that set before it calls a request offsite and before its spider reads a response (so
the links to the new host on any page are the site's own in every worker).

A 信息公开 catalogue adopted on another host within its scope (lawreports.discovery.catalogues)
travels in the same set as `host/path/` or `host/?key=value`: a bare domain has no `/`.
"""

from __future__ import annotations

import logging

import redis

logger = logging.getLogger(__name__)


class SharedHosts:
    """One crawl's adopted domains (and catalogue scopes) in Redis."""

    def __init__(self, server: redis.Redis, key: str) -> None:
        self.server = server
        self.key = key

    @classmethod
    def from_url(cls, url: str, key: str) -> SharedHosts:
        return cls(redis.Redis.from_url(url), key)

    def publish(self, domain: str) -> None:
        try:
            self.server.sadd(self.key, domain)
        except redis.RedisError as exc:  # this worker still crawls the host; the others may not
            logger.warning("Could not share the adopted host %s in %s: %s", domain, self.key, exc)

    def adopted(self) -> set[str]:
        """The adopted domains; none (said in the log) while Redis does not answer."""
        try:
            members = self.server.smembers(self.key)
        except redis.RedisError as exc:
            logger.warning("Could not read the adopted hosts %s: %s", self.key, exc)
            return set()
        return {m.decode() if isinstance(m, bytes) else str(m) for m in members}

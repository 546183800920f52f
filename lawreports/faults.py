"""Why a request failed, in the few kinds a site's status is judged from.

The kinds are stats keys (`lawreports/failures/<kind>`) read by the site-status extension:
`down` kinds say the portal did not answer, `blocked` kinds say it refused us.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Exception class names → failure kind (names, so no import of every transport's exceptions).
EXCEPTION_KINDS: dict[str, str] = {
    "DownloadTimeoutError": "timeout",
    "TimeoutError": "timeout",
    "TCPTimedOutError": "timeout",
    "UserTimeoutError": "timeout",
    "ServerTimeoutError": "timeout",
    "CannotResolveHostError": "dns",
    "DNSLookupError": "dns",
    "DownloadConnectionRefusedError": "connection",
    "DownloadFailedError": "connection",
    "ResponseDataLossError": "connection",
    "ConnectionRefusedError": "connection",
    "ConnectError": "connection",
    "ConnectionDone": "connection",
    "ConnectionLost": "connection",
    "ConnectionAborted": "connection",
    "ResponseFailed": "connection",
    "ResponseNeverReceived": "connection",
    "PotentialDataLoss": "connection",
    "NoRouteError": "connection",
    "DownloadCancelledError": "oversize",
    "CancelledError": "oversize",
    "WallBlocked": "blocked",
}
# HTTP statuses that mean "refused" rather than "broken" or "down".
# What to say when an exception carries no message.
DEFAULT_MESSAGES: dict[str, str] = {
    "DownloadCancelledError": "larger than the size cap (DOWNLOAD_MAXSIZE / download_maxsize)",
    "CancelledError": "download cancelled (size cap)",
}
BLOCKED_STATUSES = frozenset({401, 403, 405, 412, 521})
# Refused for asking too often, still after the pauses the portal asked for.
RATE_LIMITED_STATUS = 429
DOWN_KINDS = frozenset({"timeout", "dns", "connection", "http_5xx"})
BLOCKED_KINDS = frozenset({"blocked", "http_blocked", "rate_limited"})


@dataclass(frozen=True)
class Fault:
    kind: str
    reason: str


def http_kind(status: int) -> str:
    if status == RATE_LIMITED_STATUS:
        return "rate_limited"
    if status in BLOCKED_STATUSES:
        return "http_blocked"
    if status >= 500:
        return "http_5xx"
    return f"http_{status}"


def classify(failure: Any) -> Fault:
    """The kind and a one-line reason of a Twisted Failure handed to an errback."""
    value = getattr(failure, "value", failure)
    response = getattr(value, "response", None)
    if response is not None and hasattr(response, "status"):
        return Fault(http_kind(int(response.status)), f"HTTP {response.status}")
    message = str(value).strip() or DEFAULT_MESSAGES.get(type(value).__name__, "")
    for cls in type(value).__mro__:
        kind = EXCEPTION_KINDS.get(cls.__name__)
        if kind is not None:
            return Fault(kind, f"{cls.__name__}: {message}"[:300])
    if "offsite" in message.lower():
        return Fault("offsite", message[:300])
    return Fault("other", f"{type(value).__name__}: {message}"[:300])

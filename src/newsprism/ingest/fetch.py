"""Fetching http(s) URLs within newsprism's limits: time, size, redirects and content types."""

from __future__ import annotations

import time
from dataclasses import dataclass
from types import TracebackType

import httpx

from newsprism.errors import FetchError
from newsprism.settings import Settings

__all__ = ["Fetched", "Fetcher"]


@dataclass(frozen=True)
class Fetched:
    """One fetched response: the final URL after redirects, its media type and body."""

    url: str
    status: int
    media_type: str
    charset: str | None
    content: bytes


def _media_type(header: str | None) -> tuple[str, str | None]:
    """Split a Content-Type header into its lower-cased media type and charset parameter."""
    if not header:
        return "", None
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return kind.strip().lower(), charset


class Fetcher:
    """Fetches URLs for the readers; one per batch so connections are reused.

    ``transport`` lets tests and library users route requests anywhere (an
    ``httpx.MockTransport``, a proxy); by default requests go to the network. Limits come from
    ``settings``: ``fetch_timeout`` bounds the whole fetch, ``max_bytes`` the body (streamed and
    cut off), ``max_redirects`` the redirect chain; ``user_agent`` is sent with every request.
    """

    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None) -> None:
        """Open a client configured from ``settings``."""
        self.settings = settings
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            headers={"User-Agent": settings.user_agent},
        )

    def __enter__(self) -> Fetcher:
        """Use the fetcher as a context manager that closes its connections."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the connections on leaving the ``with`` block."""
        self.close()

    def close(self) -> None:
        """Close the underlying connections."""
        self._client.close()

    def fetch(self, url: str) -> Fetched:
        """Fetch ``url``, or raise FetchError naming the URL and what went wrong."""
        limit = self.settings.max_bytes
        timeout = self.settings.fetch_timeout
        deadline = time.monotonic() + timeout
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
                    raise FetchError(url, f"HTTP {response.status_code}{phrase}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(
                        url, f"too large: {declared} bytes declared, max_bytes is {limit}"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, f"too large: more than max_bytes ({limit}) bytes")
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"timed out after {timeout:g} s (fetch_timeout)")
                    chunks.append(chunk)
                media_type, charset = _media_type(response.headers.get("content-type"))
                return Fetched(
                    url=str(response.url),
                    status=response.status_code,
                    media_type=media_type,
                    charset=charset,
                    content=b"".join(chunks),
                )
        except FetchError:
            raise
        except httpx.TooManyRedirects:
            raise FetchError(
                url, f"too many redirects (max_redirects is {self.settings.max_redirects})"
            ) from None
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out after {timeout:g} s (fetch_timeout)") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise FetchError(url, f"not a fetchable URL ({exc})") from None
        except httpx.ConnectError as exc:
            raise FetchError(url, f"unreachable ({exc or 'connection failed'})") from None
        except httpx.DecodingError as exc:
            raise FetchError(url, f"response body could not be decoded ({exc})") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"fetch failed ({type(exc).__name__}: {exc})") from None

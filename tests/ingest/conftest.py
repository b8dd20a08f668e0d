"""Fixtures for the reader tests: a local web server and small settings."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsprism.settings import Settings


@dataclass
class Route:
    """What the local server answers for one path."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    #: Seconds to wait before answering at all.
    delay: float = 0.0
    #: Send the body in this many pieces with ``drip`` seconds between them.
    pieces: int = 1
    drip: float = 0.0
    #: Leave out Content-Length, so only streaming can tell the size.
    no_length: bool = False


@dataclass
class LocalServer:
    """A web server on 127.0.0.1 serving :class:`Route` s; ``url(path)`` makes full URLs."""

    base: str
    routes: dict[str, Route]
    user_agents: list[str]

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base + path


def _handler(routes: dict[str, Route], seen_agents: list[str]) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to a route table."""

    class Handler(BaseHTTPRequestHandler):
        """Answers GET requests from the route table."""

        def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
            """Answer one GET from the route table (404 for unknown paths)."""
            seen_agents.append(self.headers.get("User-Agent", ""))
            route = routes.get(self.path, Route(b"not here", status=404))
            try:
                time.sleep(route.delay)
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                for key, value in route.headers.items():
                    self.send_header(key, value)
                if not route.no_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                size = max(1, -(-len(route.body) // route.pieces))
                for start in range(0, len(route.body), size):
                    self.wfile.write(route.body[start : start + size])
                    self.wfile.flush()
                    time.sleep(route.drip)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as the timeout tests intend

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Keep the test output quiet."""

    return Handler


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A local web server; tests fill ``server.routes`` before fetching."""
    routes: dict[str, Route] = {}
    seen_agents: list[str] = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, seen_agents))
    httpd.daemon_threads = True
    # A short poll interval keeps each test's shutdown quick.
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield LocalServer(f"http://127.0.0.1:{httpd.server_address[1]}", routes, seen_agents)
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def settings() -> Settings:
    """Settings with small limits, so limit tests need only small inputs."""
    return Settings(max_bytes=50_000, fetch_timeout=2.0, max_redirects=3, user_agent="np-test/1")


@pytest.fixture
def page() -> Callable[[str, str], bytes]:
    """A tiny HTML article page with a title and a paragraph."""

    def make(title: str = "Bridge reopens", text: str = "The bridge reopened on Monday.") -> bytes:
        """The page's bytes."""
        return (
            f"<!DOCTYPE html><html><head><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
        ).encode()

    return make

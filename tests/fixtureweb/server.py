"""A tiny HTTP server for fixture sites: static pages plus per-site dynamic handlers."""

from __future__ import annotations

import contextlib
import datetime
import functools
import ipaddress
import socket
import ssl
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    chunked: bool = False  # streamed without Content-Length (Transfer-Encoding: chunked)


@dataclass
class Hit:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    # "https" when the connection was TLS (hosts in `Site.extra_hosts` speak both on one port).
    scheme: str = "http"
    # The loopback address:port the request came in on.
    origin: str = ""


def html_reply(
    html: str,
    *,
    encoding: str = "utf-8",
    header_charset: str | None = "same",
    status: int = 200,
    extra: dict[str, str] | None = None,
) -> Reply:
    """An HTML page as bytes in `encoding`; the header names `header_charset` ("same" = it)."""
    charset = encoding if header_charset == "same" else header_charset
    ctype = "text/html" + (f"; charset={charset}" if charset else "")
    return Reply(
        status,
        html.encode(encoding, errors="xmlcharrefreplace"),
        {"Content-Type": ctype, **(extra or {})},
    )


NOT_FOUND = "<html><head><title>404</title></head><body><h1>404 页面不存在</h1></body></html>"


class Site:
    """A portal: static pages by path (with query), and `dynamic()` for everything else."""

    name = "site"
    # Further loopback hosts the portal answers on, by role ("www", "old"): each its own
    # address, speaking plain HTTP and TLS on one port (as a real host does on 80 and 443);
    # `self.origins[role]` is its `address:port` once started ("" is the main server's).
    extra_hosts: tuple[str, ...] = ()
    # Roles of `extra_hosts` on the main server's address (another port): the same host name,
    # as `www.x.gov.cn` and `x.gov.cn` are one domain; the others get an address of their own.
    same_address: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.pages: dict[str, Reply] = {}
        self.hits: Counter[str] = Counter()
        self.log: list[Hit] = []
        self.base_url = ""
        self.lock = threading.Lock()
        self.origins: dict[str, str] = {}

    def start_url(self) -> str:
        """The URL a user configures for this portal."""
        return self.base_url + "/"

    def url_of(self, path: str) -> str:
        """The URL of a page the site records by path (a gold report, an alias). A path may be
        an absolute URL: a page on another host of the portal (its old site, a sub-site)."""
        return path if "://" in path else self.base_url + path

    def build(self, base_url: str) -> None:
        """Create the pages; called once the site knows its address."""
        self.base_url = base_url

    def page(self, path: str, html: str, **kwargs: Any) -> None:
        self.pages[path] = html_reply(html, **kwargs)

    def dynamic(self, hit: Hit) -> Reply | None:
        return None

    def handle(self, hit: Hit) -> Reply:
        key = hit.path + (f"?{hit.query}" if hit.query else "")
        with self.lock:
            self.hits[key] += 1
            self.log.append(hit)
        reply = self.dynamic(hit)
        if reply is not None:
            return reply
        return self.pages.get(key) or self.pages.get(hit.path) or html_reply(NOT_FOUND, status=404)


def _handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        scheme = "http"

        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else ~40 ms per request (Nagle + delayed ACK)

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            host, port = self.server.server_address[:2]
            hit = Hit(
                self.command,
                parts.path,
                parts.query,
                dict(self.headers.items()),
                body,
                scheme="https" if isinstance(self.request, ssl.SSLSocket) else "http",
                origin=f"{host}:{port}",
            )
            reply = site.handle(hit)
            if reply.status < 0:  # a fault: drop the connection without an answer
                self.close_connection = True
                return
            self.send_response(reply.status)
            length = (
                {"Transfer-Encoding": "chunked"}
                if reply.chunked
                else {"Content-Length": str(len(reply.body))}
            )
            for key, value in {**length, **reply.headers}.items():
                self.send_header(key, value)
            self.end_headers()
            if self.command == "HEAD":
                return
            try:
                if not reply.chunked:
                    self.wfile.write(reply.body)
                    return
                for start in range(0, len(reply.body), 64 * 1024):
                    chunk = reply.body[start : start + 64 * 1024]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
            except OSError:  # the client hung up (a size cap, a timeout): nothing to finish
                self.close_connection = True

        do_GET = do_POST = do_HEAD = _serve

        def handle(self) -> None:
            try:
                super().handle()
            except ConnectionError:  # the crawler hung up (size cap, timeout): not an error
                self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """A server context with a self-signed certificate for 127.0.0.0/8 (made once)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fixture.gov.cn")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_network("127.0.0.0/8"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    with tempfile.NamedTemporaryFile(suffix=".pem") as pem:
        pem.write(cert.public_bytes(serialization.Encoding.PEM))
        pem.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        pem.flush()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(pem.name)
    return context


class DualServer(ThreadingHTTPServer):
    """Plain HTTP and TLS on one port: a connection whose first byte is a TLS handshake is
    wrapped, the rest are served as they come."""

    def finish_request(self, request: Any, client_address: Any) -> None:
        try:
            request.settimeout(10)
            first = request.recv(1, socket.MSG_PEEK)
            if first == b"\x16":
                request = _tls_context().wrap_socket(request, server_side=True)
        except (OSError, ssl.SSLError):
            return
        try:
            super().finish_request(request, client_address)
        finally:
            if isinstance(request, ssl.SSLSocket):
                with contextlib.suppress(OSError):
                    request.close()


class FixtureWeb:
    """Starts each site on its own loopback address; stop() shuts them all down."""

    def __init__(self, sites: list[Site], first_host: int = 10) -> None:
        self.sites = {s.name: s for s in sites}
        self.first_host = first_host
        self.servers: list[ThreadingHTTPServer] = []

    def start(self, port: int = 0, host: str | None = None) -> FixtureWeb:
        octet = self.first_host
        for site in self.sites.values():
            server = None
            while server is None:
                address = host or f"127.0.0.{octet}"
                try:
                    kind = DualServer if site.extra_hosts else ThreadingHTTPServer
                    server = kind((address, port), _handler_for(site))
                except OSError:
                    if host:
                        raise
                octet += 1
            bound_host, bound_port = server.server_address[:2]
            site.origins = {"": f"{bound_host}:{bound_port}"}
            servers = [server]
            for role in site.extra_hosts:
                extra = None
                if role in site.same_address:
                    extra = DualServer((bound_host, 0), _handler_for(site))
                while extra is None:
                    with contextlib.suppress(OSError):
                        extra = DualServer((f"127.0.0.{octet}", 0), _handler_for(site))
                    octet += 1
                extra_host, extra_port = extra.server_address[:2]
                site.origins[role] = f"{extra_host}:{extra_port}"
                servers.append(extra)
            site.build(f"http://{bound_host}:{bound_port}")
            for each in servers:
                each.daemon_threads = True
                threading.Thread(target=each.serve_forever, daemon=True).start()
                self.servers.append(each)
        return self

    def url(self, name: str) -> str:
        return self.sites[name].base_url

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()
        self.servers.clear()

    def __enter__(self) -> FixtureWeb:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

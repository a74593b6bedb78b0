"""A stand-in HTTP server for answers a real OPA cannot be made to give on demand."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class Scripted(http.server.BaseHTTPRequestHandler):
    """Answers every POST with status and body, after delay seconds."""

    url: str
    status = 200
    body = b"{}"
    delay = 0.0

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        time.sleep(self.delay)
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def scripted_server() -> Iterator[type[Scripted]]:
    """A server on 127.0.0.1 with a free port, its handler class (and .url) to script."""
    handler = type("Handler", (Scripted,), {})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield handler
    finally:
        server.shutdown()
        server.server_close()

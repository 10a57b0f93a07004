"""`indexer serve`: the app (app.py) under waitress, a pure-Python threaded WSGI server."""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import Advice, IndexerError, literal

# waitress limits: a request line and headers of at most 64 KiB (a query string of 1 MB is
# refused before the app sees it), a body of at most 1 MiB (app.MAX_BODY_BYTES), idle
# connections closed after 30 s, 4 threads (requests are serialised over the index anyway).
MAX_HEADER_BYTES = 64 * 1024
THREADS = 4


def serve(
    index: str | Path | None,
    host: str,
    port: int,
    *,
    open_browser: bool = False,
    message: Callable[[Exception], str] = str,
    say: Callable[[str], None] = print,
    warn: Callable[[str], None] = print,
) -> int:
    """Serve the index at `index` on host:port until interrupted; returns 0.

    Opens the index first (IndexNotFoundError / IndexFormatError when it cannot be read),
    then binds (IndexerError naming the port when it is taken or not allowed). `say` gets the
    address line, `warn` the warning for a host other than the loopback."""
    from .app import create_app
    from .live import LiveIndex

    live = LiveIndex(index)
    live.open()
    app = create_app(message=message, live=live)
    _warm(app)
    server = _listen(app, host, port)
    url = _announce(server, host, str(live.index_dir), say, warn)
    stop = threading.Event()
    threading.Thread(target=live.watch, args=(stop,), name="indexer-watch", daemon=True).start()
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.close()
        live.close()
    say("indexer: server stopped")
    return 0


def _listen(app: Any, host: str, port: int) -> Any:
    """A waitress server bound to host:port (not yet serving); IndexerError when it cannot bind."""
    from waitress.server import create_server

    from .app import MAX_BODY_BYTES

    try:
        return create_server(
            app,
            host=host,
            port=port,
            threads=THREADS,
            ident="indexer",
            max_request_header_size=MAX_HEADER_BYTES,
            max_request_body_size=MAX_BODY_BYTES,
            channel_timeout=30,
            clear_untrusted_proxy_headers=True,
        )
    except OSError as exc:
        where = f"{literal(host)}:{port}"
        if exc.errno == errno.EADDRINUSE:
            raise IndexerError(f"port {where} is in use (another server?)", "choose another with {port=N}") from None
        if exc.errno == errno.EACCES:
            raise IndexerError(f"not allowed to listen on {where}", "choose a port above 1023 with {port=N}") from None
        raise IndexerError(f"cannot listen on {where}: {literal(exc.strerror or exc)}", "check {host}") from None
    except ValueError:  # waitress: a host that is no address and no name that resolves ("", 999.1.1.1)
        raise IndexerError(
            f"cannot listen on {literal(repr(host))}: not an address or host name of this computer",
            "give {host=127.0.0.1} (this computer only), {host=0.0.0.0} (every network) or one of its addresses",
        ) from None


def _announce(server: Any, host: str, index_dir: str, say: Callable[[str], None], warn: Callable[[str], None]) -> str:
    """Say where the server listens, and warn when that is beyond this computer; its URL."""
    bound = server.effective_port
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '') else shown}:{bound}/"
    loopback = host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")
    where = "this computer only" if loopback else "every computer that can reach this one"
    say(f"indexer: serving {index_dir} read-only at {url} (reachable from {where}; Ctrl-C stops)")
    if not loopback:
        # The parameter is the subject: the whole line is the hint (errors.Advice). A host the
        # server could listen on holds no braces; its colons (IPv6) survive the field syntax.
        warn(
            Advice(
                "",
                f"{{host={host}}}: the archive can be searched by anyone on the network; "
                "use {host=127.0.0.1} to keep it on this computer",
            )
        )
    return url


def _warm(app: Any) -> None:
    """One search page rendered in-process before listening: the corpus-names table, the
    segments' arrays, the search path's modules and the page template are loaded, so the first
    page a person opens costs what any page does (BBC + Reuters: ~0.2 s of CPU here instead of
    in the first request; start-up stays under 1 s now that the names table is stored)."""
    from urllib.parse import urlencode

    from .live import WARM_QUERY

    try:
        app.test_client().get("/?" + urlencode({"q": WARM_QUERY}))
    except Exception:  # noqa: S110 (an index that fails here fails the first request, which says why)
        pass

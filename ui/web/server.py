"""``mpp-kiosk run --role web`` (or ``serve``): the hall's page for phones on ``[web] host:port``.

No Qt: it runs on the hall's server or any PC, headless, as an unprivileged user (the service
installers start it at login like every role). A port already in use or an address this PC does not
have is said in words, with exit status 2, before anything starts.
"""

from __future__ import annotations

import errno
import logging
import socket

from kiosk.cli.context import CommandError, Context
from kiosk.links import base_url

_LOG = logging.getLogger("ui.web")


def _check_bind(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise CommandError(
                    f"Port {port} sudah dipakai program lain; ubah [web] port. / "
                    f"Port {port} is already in use by another program; change [web] port."
                ) from None
            raise CommandError(
                f"Alamat {host}:{port} tidak dapat dipakai ({exc.strerror}); periksa [web] host. / "
                f"Cannot listen on {host}:{port} ({exc.strerror}); check [web] host."
            ) from None


def serve(ctx: Context) -> int:
    import uvicorn

    from ui.web.app import create_app, stop_streams

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: object) -> None:
            stop_streams(app)
            super().handle_exit(sig, frame)  # type: ignore[arg-type]

    settings = ctx.settings
    host, port = str(settings.get("web", "host")), int(settings.get("web", "port"))
    _check_bind(host, port)
    database = ctx.database()
    app = create_app(settings, lambda: database, ctx.clock)
    if not base_url(settings):
        _LOG.warning("[web] base_url is not set: printed tickets keep their bare QR token, not a link")
    _LOG.info("serving the hall's page on http://%s:%d", host, port)
    # No proxy headers: the rate limit counts the address that really connected.
    server = Server(uvicorn.Config(app, host=host, port=port, log_config=None, access_log=False, proxy_headers=False,
                                   server_header=False, date_header=False, timeout_graceful_shutdown=3))
    server.run()
    ctx.close()
    return 0

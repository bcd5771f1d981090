"""The routes of the hall's page for phones. Each handler reads or writes through ``kiosk/``
functions on a worker thread (the database is blocking), and answers in the phone's language:
Indonesian unless the visitor switched (``?lang=en``, kept in a cookie)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import assets
from kiosk import config
from kiosk.audit.actor import kiosk_actor
from kiosk.calendar.wording import date_en, date_id
from kiosk.catalog.derive import UNIT_LABELS_EN, UNIT_LABELS_ID
from kiosk.catalog.richtext import sanitise
from kiosk.catalog.store import get_service, list_services
from kiosk.complaints.records import ComplaintError, record_complaint
from kiosk.queue import Office
from kiosk.queue.errors import QueueError
from kiosk.queue.events import latest_event_id
from kiosk.queue.queries import get_ticket, get_tickets
from kiosk.queue.tokens import looks_like_token
from kiosk.queue.views import TicketView
from kiosk.refusals import Refused
from kiosk.storage import Database
from kiosk.survey.answers import Answers, SurveyRefused
from kiosk.survey.elements import ELEMENTS
from kiosk.survey.profile import MAX_SUGGESTION_CHARS, PROFILE_FIELDS
from kiosk.survey.responses import open_survey, submit_response
from kiosk.survey.settings import survey_settings
from ui.web.guard import CSRF_COOKIE, CSRF_FIELD, SECURITY_HEADERS, RateLimit, form_key_ok, new_form_key, same_origin
from ui.web.live import EventWatch, TicketBoard
from ui.web.words import word

_LOG = logging.getLogger("ui.web")
WEB_ASSETS = Path(assets.__file__).resolve().parent / "web"
SURVEY_TERMINAL = "Halaman web (ponsel)"
FINAL = frozenset({"done", "no_show", "cancelled"})
# A phone following its ticket is told nothing changed at least this often (keeps proxies and
# the phone's radio from dropping a silent connection).
HEARTBEAT_SECONDS = 15.0


@dataclass
class Hall:
    settings: config.Settings
    database: Callable[[], Database]
    clock: Callable[[], datetime]
    office: Office
    limiter: RateLimit
    watch: EventWatch
    board: TicketBoard
    # Set when the server is asked to stop: live streams end instead of being cut off.
    closing: bool = False

    @property
    def db(self) -> Database:
        return self.database()


def language_of(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in ("id", "en"):
        return asked
    return "en" if request.cookies.get("lang") == "en" else "id"


def client_address(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


class Templates:
    def __init__(self, hall_name: str) -> None:
        self.hall_name = hall_name
        self.env = Environment(loader=FileSystemLoader(WEB_ASSETS / "templates"),
                               autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)

    def page(self, request: Request, name: str, status: int = 200, **values: Any) -> HTMLResponse:
        language = language_of(request)

        def w(key: str, **more: object) -> str:
            return word(key, language, **more)

        other = "en" if language == "id" else "id"
        html = self.env.get_template(name).render(w=w, lang=language, other=other, path=request.url.path,
                                                  hall=self.hall_name, **values)
        response = HTMLResponse(html, status_code=status)
        if request.query_params.get("lang") in ("id", "en"):
            response.set_cookie("lang", language, max_age=60 * 60 * 24 * 365, samesite="lax", httponly=True)
        return response


# -- what a ticket looks like on the phone ----------------------------------------------------


def ticket_state(view: TicketView, language: str) -> dict[str, Any]:
    """Everything the ticket page shows, in words, so the page script only puts text in place."""
    counter = view.counter_name or view.reserved_counter_name or ""
    status = view.status
    headline, detail, tone = word("waiting", language), "", "wait"
    if status in ("issued", "waiting"):
        ahead = view.ahead or 0
        headline = (word("ahead_none", language) if ahead == 0 else word("ahead_one", language) if ahead == 1
                    else word("ahead_many", language, n=ahead))
        if view.wait_min is not None and view.wait_max is not None and ahead > 0:
            detail = word("wait", language, a=view.wait_min, b=view.wait_max)
    elif status == "called":
        tone = "go"
        headline = (word("recalled", language, n=view.recall_count + 1, counter=counter) if view.recall_count
                    else word("go_to", language, counter=counter))
    elif status == "serving":
        tone, headline = "go", word("serving", language, counter=counter)
    elif status == "held":
        headline = word("held", language)
    elif status == "done":
        tone, headline = "done", word("done", language)
    elif status == "no_show":
        tone, headline = "stop", word("no_show", language)
    elif status == "cancelled":
        tone, headline = "stop", word("cancelled", language)
    return {
        "code": view.code,
        "service": view.service_title,
        "queue": view.queue_name,
        "status": status,
        "tone": tone,
        "headline": headline,
        "detail": detail,
        "ahead": view.ahead,
        "final": status in FINAL,
        "survey": status == "done",
    }


def build(hall: Hall) -> Starlette:
    templates = Templates(str(hall.settings.get("office", "hall")) or str(hall.settings.get("office", "name")))

    async def in_thread(call: Callable[[], Any]) -> Any:
        return await asyncio.to_thread(call)

    def find(token: str) -> TicketView:
        # Only signed tokens: /t/A-001 must not open somebody else's ticket by its number.
        if not looks_like_token(token):
            raise HTTPException(404, "ticket")
        view, _ = get_ticket(hall.db, token, office=hall.office, now=hall.clock())
        return view

    async def ticket_or_404(token: str) -> TicketView:
        try:
            return await in_thread(lambda: find(token))  # type: ignore[no-any-return]
        except QueueError as exc:
            raise HTTPException(404, "ticket") from exc

    async def home(request: Request) -> Response:
        return templates.page(request, "home.html")

    async def ticket(request: Request) -> Response:
        token = request.path_params["token"]
        view = await ticket_or_404(token)
        state = ticket_state(view, language_of(request))
        return templates.page(request, "ticket.html", token=token, state=state,
                              state_json=Markup(json.dumps(state).replace("<", "\\u003c")))

    async def ticket_status(request: Request) -> Response:
        view = await ticket_or_404(request.path_params["token"])
        return JSONResponse(ticket_state(view, language_of(request)))

    async def ticket_events(request: Request) -> Response:
        token = request.path_params["token"]
        language = language_of(request)
        # Taken before the ticket is read: a call between the two is then news, not missed.
        seen = hall.watch.version
        view = await ticket_or_404(token)

        async def stream() -> AsyncIterator[str]:
            state = ticket_state(view, language)
            yield f"retry: 2000\ndata: {json.dumps(state)}\n\n"
            version = seen
            quiet = 0.0
            hall.board.follow(view.id)
            try:
                while not state["final"] and not hall.closing:
                    if await request.is_disconnected():
                        return
                    newer = await hall.watch.wait(version, 1.0)
                    if newer == version:
                        quiet += 1.0
                        if quiet >= HEARTBEAT_SECONDS:
                            quiet = 0.0
                            yield ": still here\n\n"
                        continue
                    quiet, version = 0.0, newer
                    try:
                        fresh_view = await hall.board.view(view.id, version)
                        if not isinstance(fresh_view, TicketView):
                            fresh_view = await in_thread(lambda: find(token))
                    except Exception as exc:  # the database is away: say nothing new, try again later
                        _LOG.info("ticket update skipped: %s", exc)
                        continue
                    fresh = ticket_state(fresh_view, language)
                    if fresh != state:
                        state = fresh
                        yield f"data: {json.dumps(state)}\n\n"
            finally:
                hall.board.unfollow(view.id)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"x-accel-buffering": "no", "cache-control": "no-store"})

    # -- survey -----------------------------------------------------------------------------

    def survey_ticket(token: str) -> Any:
        view = find(token)
        return open_survey(hall.db, token, now=hall.clock(), settings=survey_settings(hall.settings),
                           secret=hall.office.secret, timezone=str(hall.settings.get("office", "timezone"))), view

    async def survey(request: Request) -> Response:
        token = request.path_params["token"]
        language = language_of(request)
        try:
            served, _view = await in_thread(lambda: survey_ticket(token))
        except SurveyRefused as exc:
            return templates.page(request, "message.html", status=409, title=word("refused", language),
                                  text=exc.message_en if language == "en" else exc.message_id,
                                  back=f"/t/{token}")
        except QueueError as exc:
            raise HTTPException(404, "ticket") from exc
        if request.method == "GET":
            return form_page(request, "survey.html", code=served.code, elements=ELEMENTS, fields=PROFILE_FIELDS,
                             limit=MAX_SUGGESTION_CHARS, token=token)
        form = await checked_form(request)
        scores: dict[str, int | None] = {}
        for element in ELEMENTS:
            value = str(form.get(element.key) or "")
            scores[element.key] = int(value) if value in ("1", "2", "3", "4") else None
        profile: dict[str, str | None] = {}
        for profile_field in PROFILE_FIELDS:
            value = str(form.get(profile_field.key) or "")
            profile[profile_field.key] = value if value in profile_field.codes else None
        answers = Answers(scores, profile, str(form.get("saran") or "")[:MAX_SUGGESTION_CHARS] or None)

        def store() -> int:
            return submit_response(hall.db, answers, ticket_id=served.ticket_id, now=hall.clock(),
                                   settings=survey_settings(hall.settings),
                                   timezone=str(hall.settings.get("office", "timezone")), terminal=SURVEY_TERMINAL)

        try:
            await in_thread(store)
        except SurveyRefused as exc:
            return templates.page(request, "message.html", status=409, title=word("refused", language),
                                  text=exc.message_en if language == "en" else exc.message_id,
                                  back=f"/t/{token}")
        return templates.page(request, "message.html", title=word("thanks", language), text="", back=f"/t/{token}")

    # -- service standards ------------------------------------------------------------------

    async def services(request: Request) -> Response:
        found = await in_thread(lambda: list_services(hall.db))
        return templates.page(request, "services.html", services=[s for s in found if s.number != 0])

    async def standard(request: Request) -> Response:
        number = int(request.path_params["number"])
        detail = await in_thread(lambda: get_service(hall.db, number))
        if detail is None or not detail.summary.active or number == 0:
            raise HTTPException(404)
        sections = [(c.number, c.name, Markup(sanitise(c.text))) for c in detail.components]
        labels = UNIT_LABELS_EN if language_of(request) == "en" else UNIT_LABELS_ID
        unit = labels.get(detail.processing_unit or "", detail.processing_unit or "")
        return templates.page(request, "standard.html", service=detail, sections=sections, unit=unit)

    # -- complaints -------------------------------------------------------------------------

    async def complaint(request: Request) -> Response:
        language = language_of(request)
        catalog = await in_thread(lambda: list_services(hall.db))
        offered = [s for s in catalog if s.number != 0]
        if request.method == "GET":
            return form_page(request, "complaint.html", services=offered, problem="", values={})
        form = await checked_form(request)
        values = {k: str(form.get(k) or "").strip() for k in ("matter", "name", "contact", "service")}
        service_number = int(values["service"]) if values["service"].isdigit() else None

        def store() -> Any:
            return record_complaint(hall.db, kiosk_actor("web"), hall.clock(), hall.office.calendar, channel="web",
                                    matter=values["matter"][:4000], complainant_name=values["name"][:120] or None,
                                    complainant_contact=values["contact"][:120] or None,
                                    service_number=service_number)

        try:
            saved = await in_thread(store)
        except ComplaintError as exc:
            return form_page(request, "complaint.html", status=422, services=offered, values=values,
                             problem=exc.message_en if language == "en" else exc.message_id)
        due = ""
        if saved.response_due is not None:
            due = date_en(saved.response_due) if language == "en" else date_id(saved.response_due)
        return templates.page(request, "complaint_done.html", complaint=saved, due=due)

    # -- forms and errors -------------------------------------------------------------------

    def form_page(request: Request, name: str, status: int = 200, **values: Any) -> Response:
        key = request.cookies.get(CSRF_COOKIE) or new_form_key()
        response = templates.page(request, name, status=status, form_key=key, form_field=CSRF_FIELD, **values)
        response.set_cookie(CSRF_COOKIE, key, samesite="strict", httponly=True, max_age=60 * 60 * 12)
        return response

    async def checked_form(request: Request) -> Any:
        if not same_origin(request.headers.get("origin"), request.headers.get("host")):
            raise HTTPException(403, "cross-site")
        form = await request.form(max_files=0, max_fields=40)
        if not form_key_ok(request.cookies.get(CSRF_COOKIE), str(form.get(CSRF_FIELD) or "")):
            raise HTTPException(403, "form key")
        return form

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else ""
        language = language_of(request)
        if status == 404 and detail == "ticket":
            return templates.page(request, "message.html", status=404, title=word("unknown_ticket", language),
                                  text=word("unknown_ticket_text", language), back="/")
        if status == 403:
            return templates.page(request, "message.html", status=403, title=word("bad_form", language),
                                  text=word("bad_form_text", language), back=request.url.path)
        if status == 404:
            return templates.page(request, "message.html", status=404, title=word("not_found", language), text="",
                                  back="/")
        return templates.page(request, "message.html", status=status, title=word("error", language),
                              text=word("error_text", language), back="/")

    async def server_error(request: Request, exc: Exception) -> Response:
        # Never a traceback on a phone: the log has it for the IT officer.
        _LOG.error("web page failed: %s %s", request.method, request.url.path, exc_info=exc)
        language = language_of(request)
        status = 503 if isinstance(exc, Refused | OSError) or "OperationalError" in type(exc).__name__ else 500
        return templates.page(request, "message.html", status=status, title=word("error", language),
                              text=word("error_text", language), back="/")

    class Guard(BaseHTTPMiddleware):
        async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
            if not hall.limiter.allow(client_address(request), 4.0 if request.method == "POST" else 1.0):
                language = language_of(request)
                response: Response = templates.page(request, "message.html", status=429,
                                                    title=word("slow_down", language),
                                                    text=word("slow_down_text", language), back=request.url.path)
                response.headers["retry-after"] = str(hall.limiter.retry_after())
            else:
                response = await call_next(request)
            for name, value in SECURITY_HEADERS.items():
                if name == "cache-control" and request.url.path.startswith("/static/"):
                    continue
                response.headers.setdefault(name, value)
            return response

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        hall.watch.start()
        try:
            yield
        finally:
            await hall.watch.stop()

    routes = [
        Route("/", home),
        Route("/health", health),
        Route("/t/{token}", ticket),
        Route("/t/{token}/status", ticket_status),
        Route("/t/{token}/events", ticket_events),
        Route("/t/{token}/survei", survey, methods=["GET", "POST"]),
        Route("/layanan", services),
        Route("/layanan/{number:int}", standard),
        Route("/pengaduan", complaint, methods=["GET", "POST"]),
        Route("/lang/{code}", switch_language),
        Mount("/static", StaticFiles(directory=WEB_ASSETS / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(Guard)],
        exception_handlers={HTTPException: not_found, Exception: server_error},
        lifespan=lifespan,
    )
    return app


async def switch_language(request: Request) -> Response:
    code = request.path_params["code"]
    target = request.query_params.get("to", "/")
    # Only a path of this site: "//host" and "/\\host" would send the phone elsewhere.
    if not target.startswith("/") or target[1:2] in ("/", "\\"):
        target = "/"
    response = RedirectResponse(target, status_code=303)
    if code in ("id", "en"):
        response.set_cookie("lang", code, max_age=60 * 60 * 24 * 365, samesite="lax", httponly=True)
    return response


def create_app(settings: config.Settings, database: Callable[[], Database], clock: Callable[[], datetime], *,
               poll_interval: float = 0.25) -> Starlette:
    def latest() -> int:
        return latest_event_id(database())

    office = Office.from_settings(settings, database())

    def followed(ids: frozenset[int]) -> dict[int, object]:
        return dict(get_tickets(database(), ids, office=office, now=clock()))

    hall = Hall(settings, database, clock, office, RateLimit(int(settings.get("web", "requests_per_minute"))),
                EventWatch(latest, interval=poll_interval), TicketBoard(followed))
    app = build(hall)
    app.state.hall = hall
    return app


def stop_streams(app: Starlette) -> None:
    """Before the server stops: followers are told nothing more and their streams end cleanly."""
    hall = getattr(app.state, "hall", None)
    if isinstance(hall, Hall):
        hall.closing = True


__all__ = ["create_app", "stop_streams", "ticket_state"]

"""`checker serve`: the local review app, a Starlette application over one checked Report and its review store.

Pages: the overview (header counts, source x source picture, timeline), the items list (filters, pages) and one
page per item (claims in their paragraph, reasons, verdict buttons, every decision with its time). Verdicts go
to the same append-only store as the terminal review (ReviewStore.append: a file lock, fsync), and the store is
re-read whenever it changes on disk, so verdicts recorded by `checker review --set`, an import or another
browser show on the next page load.

Security: article text reaches a page only through Jinja2's autoescape (and, in the JavaScript, textContent);
the Content-Security-Policy allows scripts and styles from /static only (no inline script, no other origin);
every POST carries the CSRF token of this server run; the Host header must name this machine (no DNS
rebinding); request bodies are capped. A bad request gets a page or a JSON message and a 4xx, never a
traceback, and the server goes on serving.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import secrets
import socket
import tempfile
import threading
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import CheckerError, InputError
from ..records import Report, Verdict
from ..review.store import VERDICTS, ReviewStore, decide, with_reviews
from . import pages, pictures
from .views import AppLinks, Filters, Item, claim_views, header_counts, history_of, items, neighbours, paginate, parse_page

log = logging.getLogger("checker.web")

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}
MAX_BODY = 64 * 1024  # a verdict, a note and a name
MAX_NOTE = 2000
MAX_REVIEWER = 100
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
STATIC = Path(__file__).with_name("static")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str) -> list[str]:
    """Host headers the app answers: this machine's loopback names, plus the address it was told to listen on
    (any name at all when it listens on every interface, which `checker serve` warns about)."""
    if host in ("0.0.0.0", "::", ""):
        return ["*"]
    return list(dict.fromkeys([*LOOPBACK_NAMES, host]))


class SecurityHeaders:
    """Adds the CSP and the other protective headers to every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    if key not in headers:
                        headers[key] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass
class Snapshot:
    """The report with the store's verdicts as they were at one state of the store file."""

    key: object
    report: Report
    decisions: list[Verdict]
    problem: str | None  # why the store cannot be read, for a banner
    links: AppLinks = field(default_factory=AppLinks)

    @cached_property
    def items(self) -> list[Item]:
        return items(self.report)

    @cached_property
    def by_id(self) -> dict[str, Item]:
        return {i.id: i for i in self.items}

    @cached_property
    def reasons(self) -> list[str]:
        return sorted({k for i in self.items for k in i.reason_kinds})

    @cached_property
    def matrix(self) -> Markup:
        return pictures.source_matrix(self.report, self.items, self.links)

    @cached_property
    def timeline(self) -> Markup:
        return pictures.timeline(self.report, self.items, self.links)


class ReviewState:
    """One checked report and its review store, shared by every request (the store is the only thing that
    changes, and only by appending)."""

    def __init__(self, report: Report, store: ReviewStore):
        # Everything in one list: a reviewer may revisit what was dismissed.
        self.base = replace(
            report,
            findings=report.findings + report.hidden,
            hidden=(),
            points=report.points + report.hidden_points,
            hidden_points=(),
        )
        self.store = store
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    def _store_key(self) -> object:
        try:
            st = os.stat(self.store.path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            return ("error", exc.__class__.__name__)
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def snapshot(self) -> Snapshot:
        key = self._store_key()
        with self._lock:
            if self._snapshot is None or self._snapshot.key != key:
                self._snapshot = self._build(key)
            return self._snapshot

    def _build(self, key: object) -> Snapshot:
        problem = None
        try:
            decisions, damaged = self.store.history()
            latest, _ = self.store.current()
        except OSError as exc:
            decisions, damaged, latest = [], [], {}
            problem = (f"The review store {self.store.path} cannot be read ({exc.strerror or exc.__class__.__name__}): "
                       "verdicts are not shown and cannot be recorded. Fix the file or restart with --reviews FILE.")  # fmt: skip
        report = with_reviews(self.base, latest, damaged, show_dismissed=True)
        return Snapshot(key, report, decisions, store_problem(self.store) or problem)

    def export_report(self) -> Report:
        """The report as `checker check` and `checker export` give it: dismissed findings hidden."""
        latest, damaged = self.store.current()
        return with_reviews(self.base, latest, damaged)


def store_problem(store: ReviewStore) -> str | None:
    """Why verdicts cannot be written to the store, when that can be told beforehand."""
    path = store.path
    if path.is_dir():
        return f"The review store {path} is a folder, not a file: verdicts cannot be recorded. Restart with --reviews FILE."
    target = path if path.exists() else next((p for p in path.parents if p.exists()), None)
    if target is None or not os.access(target, os.W_OK):
        return f"The review store {path} is read-only: verdicts cannot be recorded. Restart with --reviews FILE."
    return None


def create_app(
    report: Report,
    store: ReviewStore,
    *,
    corpus: str,
    reviewer: str,
    host: str = "127.0.0.1",
    csrf_token: str | None = None,
) -> Starlette:
    """The app for one checked report. `corpus` names it in the page header; `reviewer` is the name verdicts
    get when the page does not send one."""
    state = ReviewState(report, store)
    token = csrf_token or secrets.token_urlsafe(32)
    links = AppLinks()

    def context(request: Request, snap: Snapshot, **extra) -> dict:
        return {
            "request": request,
            "csrf": token,
            "corpus": corpus,
            "store_problem": snap.problem,
            "flash": extra.pop("flash", ""),
            **extra,
        }

    def page(request: Request, template: str, status: int = 200, **extra) -> HTMLResponse:
        snap = extra.pop("snap", None) or state.snapshot()
        return HTMLResponse(pages.render(template, **context(request, snap, **extra)), status_code=status)

    def wants_json(request: Request) -> bool:
        return "application/json" in request.headers.get("accept", "")

    def refuse(request: Request, status: int, heading: str, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"error": message}, status_code=status)
        return page(request, "error.html", status, title=heading, page="error", heading=heading, message=message)

    def overview(request: Request) -> Response:
        snap = state.snapshot()
        return page(request, "overview.html", snap=snap, title="Overview", page="overview", report=snap.report,
                    counts=header_counts(snap.report), matrix=snap.matrix, timeline=snap.timeline)  # fmt: skip

    def filters_of(request: Request) -> Filters:
        try:
            return Filters.parse(request.query_params.multi_items())
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None

    def items_page(request: Request) -> Response:
        snap = state.snapshot()
        filters = filters_of(request)
        try:
            number = parse_page(request.query_params.multi_items())
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        selected = [i for i in snap.items if filters.keep(i)]
        try:
            page_ = paginate(selected, number)
        except ValueError as exc:
            raise HTTPException(404, str(exc)) from None
        agreements = []
        if filters.kind in ("", "agreement") and number == 1 and not filters.reason and not filters.verdict and filters.min_score is None:
            agreements = [a for a in snap.report.agreements if all(s in {c.source for c in a.claims} for s in filters.sources)]
        return page(request, "items.html", snap=snap, title="Items", page="items", page_=page_, filters=filters,
                    total=len(snap.items), links=links, sources=snap.report.sources, reasons=snap.reasons,
                    agreements=agreements)  # fmt: skip

    def unknown_item(request: Request, item_id: str) -> Response:
        shown = item_id if len(item_id) <= 40 else item_id[:40] + "…"
        return refuse(request, 404, "No such item",
                      f"No item {shown} in this report. Its sentence may have been edited (an orphaned verdict is "
                      "listed on the overview), or the link is wrong: pick an item from the list.")  # fmt: skip

    def item_page(request: Request) -> Response:
        snap = state.snapshot()
        item_id = request.path_params["item_id"]
        it = snap.by_id.get(item_id)
        if it is None:
            return unknown_item(request, item_id)
        filters = filters_of(request)
        selected = [i for i in snap.items if filters.keep(i)]
        prev, next_ = neighbours(selected, item_id)
        ctx = dict(title=it.id, page="item", it=it, views=claim_views(it, snap.report),
                   history=history_of(snap.decisions, it.id), links=links, filters=filters, prev=prev, next=next_,
                   reviewer=reviewer, post_url=f"/items/{it.id}/verdict")  # fmt: skip
        saved = request.query_params.get("saved", "")
        flash = f"Saved: {saved}." if saved in VERDICTS else ""
        return page(request, "item.html", snap=snap, flash=flash, **ctx)

    async def post_verdict(request: Request) -> Response:
        item_id = request.path_params["item_id"]
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            return refuse(request, 415, "Not a form",
                          "Send the verdict as a form (application/x-www-form-urlencoded): csrf, verdict, note, reviewer.")  # fmt: skip
        try:
            form = await request.form()
        except HTTPException:
            raise
        except Exception as exc:  # a malformed multipart body, a bad encoding
            return refuse(request, 400, "Malformed form", f"The form could not be read ({exc.__class__.__name__}).")
        sent = request.headers.get("x-csrf-token") or form.get("csrf") or ""
        if not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), token.encode()):
            return refuse(request, 403, "Refused",
                          "Missing or wrong CSRF token: reload the page (the server may have been restarted) and try again.")  # fmt: skip
        origin = request.headers.get("origin")
        if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
            return refuse(request, 403, "Refused", "This request comes from another site; verdicts are recorded from this app only.")
        snap = state.snapshot()
        it = snap.by_id.get(item_id)
        if it is None:
            return unknown_item(request, item_id)
        fields = {k: form.get(k, "") for k in ("verdict", "note", "reviewer")}
        if not all(isinstance(v, str) for v in fields.values()):
            return refuse(request, 400, "Malformed form", "verdict, note and reviewer are text fields, not files.")
        verdict, note, who = fields["verdict"].strip(), fields["note"].strip(), fields["reviewer"].strip()
        if verdict not in VERDICTS:
            return refuse(request, 400, "Unknown verdict", f"verdict must be one of {', '.join(VERDICTS)}; got {verdict[:40]!r}.")
        if len(note) > MAX_NOTE or len(who) > MAX_REVIEWER:
            return refuse(request, 400, "Too long", f"A note has at most {MAX_NOTE} characters and a name {MAX_REVIEWER}.")
        try:
            saved = await run_in_threadpool(decide, state.store, it.record, verdict, note=note, reviewer=who or reviewer)
        except (CheckerError, OSError) as exc:
            log.warning("verdict on %s not recorded: %s", item_id, exc)
            return refuse(request, 409, "Not recorded", f"Nothing was recorded: {exc}")
        if wants_json(request):
            return JSONResponse({"saved": {"id": saved.id, "verdict": saved.verdict, "note": saved.note,
                                           "reviewer": saved.reviewer, "at": saved.at}, "store": str(state.store.path)})  # fmt: skip
        return RedirectResponse(f"/items/{it.id}?saved={saved.verdict}", status_code=303)

    def download(body: bytes | str, media_type: str, filename: str) -> Response:
        return Response(body, media_type=media_type, headers={"content-disposition": f'attachment; filename="{filename}"'})

    def export_csv(request: Request) -> Response:
        from ..review.sheets import to_csv

        return download(to_csv(state.export_report()), "text/csv; charset=utf-8", "checker-findings.csv")

    def _xlsx_bytes() -> bytes:
        from ..review.sheets import write_xlsx

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "findings.xlsx"
            write_xlsx(state.export_report(), path)
            return path.read_bytes()

    async def export_xlsx(request: Request) -> Response:
        try:
            body = await run_in_threadpool(_xlsx_bytes)
        except InputError as exc:
            return refuse(request, 501, "No XLSX", str(exc))
        return download(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "checker-findings.xlsx")

    def export_digest(request: Request) -> Response:
        from ..render import markdown

        return download(markdown.render(state.export_report()), "text/markdown; charset=utf-8", "checker-digest.md")

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        headings = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 413: "Too large"}
        message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "There is no such page here."
        response = refuse(request, exc.status_code, headings.get(exc.status_code, "Refused"), str(message))
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("error on %s %s", request.method, request.url.path, exc_info=exc)
        message = "Something went wrong on the server (it is still running). Nothing else was changed; try again."
        if wants_json(request):
            return JSONResponse({"error": message}, status_code=500)
        return HTMLResponse(f"<!doctype html><title>error</title><h1>Server error</h1><p>{message}</p>", status_code=500)

    routes = [
        Route("/", overview),
        Route("/items", items_page),
        Route("/items/{item_id}", item_page),
        Route("/items/{item_id}/verdict", post_verdict, methods=["POST"]),
        Route("/export.csv", export_csv),
        Route("/export.xlsx", export_xlsx),
        Route("/digest.md", export_digest),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host)),
        ],
        exception_handlers={HTTPException: http_error, Exception: server_error},
        max_body_size=MAX_BODY,
    )
    app.state.review = state
    app.state.csrf_token = token
    return app


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, so a port in use is one clear error before anything starts (port 0: any free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); pass another --port or --host") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def run(app: Starlette, sock: socket.socket) -> None:
    """Serve until Ctrl-C."""
    import uvicorn

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])

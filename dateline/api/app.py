"""dateline's HTTP API and web page, read-only over one database.

    from dateline.api.app import create_app
    app = create_app("dateline.db")        # serve with: uvicorn, or `dateline serve`

Every request opens its own read-only connection to the database (SQLite connections are not
shared between threads) and closes it when done. Errors are JSON ``{"error": "..."}`` in plain
words: 400 for a bad parameter (a date that is not a date), 404 for an unknown article,
413 for a request body over ``MAX_BODY`` bytes, 422 for a parameter of the wrong type, 503 when
the database cannot be read. List sizes are capped at ``MAX_LIMIT``.

The JSON API lives under ``/api``; its OpenAPI description is at ``/openapi.json`` (``/docs``
shows it too, but that page loads Swagger UI from the internet; the web page at ``/`` uses no
outside resource).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.api import data
from dateline.api.limits import BodyLimit
from dateline.store import Store, StoreError, is_url, open_store

#: The most items any list endpoint returns at once.
MAX_LIMIT = 1000
#: The largest request body accepted (POST /api/analyze), in bytes.
MAX_BODY = 1_000_000
#: The longest text /api/timex tags, in characters.
MAX_TIMEX_TEXT = 20_000
#: Timelines kept in memory (per database state and filters).
TIMELINE_CACHE = 16

WEB_DIR = Path(__file__).resolve().parent / "web"

TIMELINE_TYPES = {
    "json": ("application/json", "json"),
    "md": ("text/markdown; charset=utf-8", "md"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "html": ("text/html; charset=utf-8", "html"),
    "timelinejs": ("application/json", "timelinejs.json"),
}

#: The page and its assets may load nothing from elsewhere.
PAGE_CSP = ("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'; form-action 'self'")
#: A downloaded HTML timeline has an inline style sheet and no scripts.
TIMELINE_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


class ApiError(Exception):
    """An error answered as ``{"error": message}`` with an HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class AnalyzeRequest(BaseModel):
    """One article to analyse without storing it."""

    date: str = Field(..., description="Publication date, YYYY-MM-DD (or an ISO 8601 time).",
                      examples=["2022-09-29"])
    title: str = Field("", description="The headline.")
    text: str = Field("", description="The article's text.")
    url: str | None = Field(None, description="Where it was published (only used for its id).")
    source: str | None = Field(None, description="The outlet.")


def _day(value: str | None, name: str) -> str | None:
    try:
        return data.parse_day(value, name, end=name == "to")
    except ValueError as exc:
        raise ApiError(400, str(exc)) from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _mend(value: str | None) -> str | None:
    """``value`` with lone UTF-16 surrogates (a JSON "\\ud800" escape) replaced by U+FFFD, one for one."""
    return _SURROGATE.sub("\ufffd", value) if value else value


def _limit(value: int) -> int:
    return max(1, min(int(value), MAX_LIMIT))


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _plain_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            return "the request body is not valid JSON (send a JSON object such as {\"date\": \"2022-09-29\", \"text\": \"...\"})"
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path")]
        name = ".".join(loc) or "request"
        parts.append(f"{name}: {err.get('msg', 'is not valid')}")
    return "; ".join(parts) or "the request is not valid"


class _TimelineCache:
    """A few recent timelines, keyed by the database file's state and the filters."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple) -> Any:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        return None

    def put(self, key: tuple, value: Any) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


def _db_state(path: Path) -> tuple:
    """What changes when the database is written: size and time of the file and its WAL."""
    out = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


def create_app(db_path: str | Path) -> FastAPI:
    """The web application serving the database at ``db_path`` (read-only) and the web page."""
    db = Path(db_path)
    app = FastAPI(
        title="dateline",
        description=(
            "Read-only access to a dateline database: articles, what was read in them (time "
            "expressions, entities, places, quotes, events) and timelines. The web page is at /."
        ),
        version=_version(),
        redoc_url=None,
    )
    app.state.db_path = db
    cache = _TimelineCache(TIMELINE_CACHE)
    analyze_lock = threading.Lock()

    @contextmanager
    def store() -> Iterator[Store]:
        try:
            s = open_store(db, readonly=True)
        except StoreError as exc:
            raise ApiError(503, str(exc)) from None
        try:
            yield s
        finally:
            s.close()

    # -- errors and headers ------------------------------------------------------------------

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page or endpoint (the API is under /api; see /openapi.json)"
        return _error(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, _plain_validation(exc))

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith("/docs"):
            response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        return response

    app.add_middleware(BodyLimit, max_bytes=MAX_BODY)

    # -- the web page ------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    # -- the store ---------------------------------------------------------------------------

    @app.get("/api", summary="The endpoints of this API")
    def api_index() -> dict[str, Any]:
        """Every endpoint with what it answers; parameters and schemas are in /docs and /openapi.json."""
        endpoints = []
        for route in app.routes:
            path = getattr(route, "path", "")
            if path.startswith("/api") and path != "/api" and getattr(route, "include_in_schema", False):
                endpoints.append({"path": path, "methods": sorted(getattr(route, "methods", []) or []),
                                  "summary": getattr(route, "summary", None) or ""})
        return {"name": "dateline", "database": db.name, "docs": "/docs", "openapi": "/openapi.json",
                "endpoints": endpoints}

    @app.get("/api/stats", summary="What the database holds")
    def stats() -> dict[str, Any]:
        """Counts of articles, copies, sources, dates and of each analysis layer, and articles per date."""
        with store() as s:
            out = s.stats()
            out["by_date"] = [{"date": d, "articles": n, "duplicates": k or 0} for d, n, k in s.counts_by_date()]
        out["database"] = db.name
        return out

    @app.get("/api/articles", summary="Articles by date")
    def articles(
        date_from: str | None = Query(None, alias="from", description="First publication date, YYYY-MM-DD."),
        date_to: str | None = Query(None, alias="to", description="Last publication date, YYYY-MM-DD."),
        limit: int = Query(50, ge=1, description=f"How many (at most {MAX_LIMIT})."),
        offset: int = Query(0, ge=0, description="How many to skip."),
        duplicates: bool = Query(True, description="Include syndicated copies."),
    ) -> dict[str, Any]:
        """A page of articles (oldest first, without their texts) and the total that match."""
        lo, hi = _day(date_from, "from"), _day(date_to, "to")
        with store() as s:
            return data.article_page(s, date_from=lo, date_to=hi, duplicates=duplicates,
                                     limit=_limit(limit), offset=offset)

    @app.get("/api/articles/{article_id:path}", summary="One article and what was read in it")
    def article(article_id: str) -> dict[str, Any]:
        """The article (by id or a unique prefix of it) with its time expressions, entity mentions,
        places, quotes and event mentions, each with its field and character offsets."""
        with store() as s:
            found = data.article_with_layers(s, article_id[:200])
        if found is None:
            raise ApiError(404, f"no article with id {article_id[:200]!r}")
        return found

    @app.get("/api/search", summary="Full-text search")
    def search(
        q: str = Query(..., description='Words to find (FTS5 syntax works too: "annexation OR referendum").'),
        date_from: str | None = Query(None, alias="from"),
        date_to: str | None = Query(None, alias="to"),
        limit: int = Query(20, ge=1),
    ) -> dict[str, Any]:
        """Articles whose title or text has the words, best first, with a snippet (matches in [brackets])."""
        if not q.strip():
            raise ApiError(400, "q must have some words to search for")
        lo, hi = _day(date_from, "from"), _day(date_to, "to")
        with store() as s:
            hits = s.search(q[:1000], limit=_limit(limit), date_from=lo, date_to=hi)
        return {"query": q, "results": hits}

    @app.get("/api/quotes", summary="Who said what")
    def quotes(
        speaker: str = Query("", description="Part of the speaker's name; empty for every attributed quote."),
        limit: int = Query(100, ge=1),
    ) -> dict[str, Any]:
        """Quotes whose speaker matches, newest first, with the article's date, title and link."""
        with store() as s:
            rows = s.quotes_by(speaker.strip()[:200], limit=_limit(limit))
        return {"speaker": speaker, "quotes": rows}

    @app.get("/api/entities", summary="People, organisations and places named")
    def entities(
        q: str | None = Query(None, description="Part of the name."),
        label: str | None = Query(None, description="PERSON, ORG, GPE, LOC, NORP ..."),
        limit: int = Query(100, ge=1),
    ) -> dict[str, Any]:
        """Entities, most mentioned first, with how many articles name them."""
        with store() as s:
            rows = data.entity_list(s, q=(q or "")[:200], label=(label or "")[:40], limit=_limit(limit))
        return {"entities": rows}

    @app.get("/api/places", summary="Places on a map (GeoJSON)")
    def places(
        date_from: str | None = Query(None, alias="from"),
        date_to: str | None = Query(None, alias="to"),
        limit: int = Query(MAX_LIMIT, ge=1),
    ) -> JSONResponse:
        """A GeoJSON FeatureCollection: one point per place name, with mention counts and article ids."""
        lo, hi = _day(date_from, "from"), _day(date_to, "to")
        with store() as s:
            geo = data.places_geojson(s, date_from=lo, date_to=hi, limit=_limit(limit))
        return JSONResponse(geo, media_type="application/geo+json")

    @app.get("/api/timeline", summary="A timeline, in one of five formats")
    def timeline(
        q: str | None = Query(None, description="Topic words every sentence (or its article's title) must have."),
        entity: str | None = Query(None, description="A participant or name in the sentence."),
        place: str | None = Query(None, description="Where the event took place."),
        date_from: str | None = Query(None, alias="from", description="First event date, YYYY-MM-DD (or a month, YYYY-MM, or a year)."),
        date_to: str | None = Query(None, alias="to", description="Last event date, YYYY-MM-DD (or a month, YYYY-MM, or a year)."),
        dates: int | None = Query(None, ge=1, le=MAX_LIMIT, description="How many dates at most."),
        per_date: int = Query(2, ge=1, le=20, description="Sentences per date."),
        by: str = Query("day", description="What each date is: day, month (\"2022-09\") or year (\"2022\")."),
        format: str = Query("json", description="json, md (or markdown), csv, html or timelinejs."),
        download: bool = Query(False, description="Ask the browser to save the file."),
    ) -> Response:
        """The most reported dates of the matching events, each summarised in a few sentences
        with their sources; ``format`` picks JSON, Markdown, CSV, a standalone HTML page or
        TimelineJS3 JSON; ``by=month`` or ``by=year`` makes each date a month or a year."""
        from dateline.timelines.render import format_name

        fmt = format_name(format)
        if fmt not in TIMELINE_TYPES:
            raise ApiError(400, f"format must be one of {', '.join(TIMELINE_TYPES)}, not {format[:40]!r}")
        from dateline.timelines.build import GRANULARITIES

        granularity = by.strip().lower()
        if granularity not in GRANULARITIES:
            raise ApiError(400, f"by must be one of {', '.join(GRANULARITIES)}, not {by[:40]!r}")
        lo, hi = _day(date_from, "from"), _day(date_to, "to")
        if lo and hi and lo > hi:
            raise ApiError(400, f"from ({lo}) is after to ({hi})")
        filters = {"query": (q or "").strip()[:500] or None, "entity": (entity or "").strip()[:200] or None,
                   "place": (place or "").strip()[:200] or None, "date_from": lo, "date_to": hi,
                   "dates": dates, "per_date": per_date, "granularity": granularity}
        # A file's size and time say when it changed; a PostgreSQL database gives no such sign, so
        # its timelines are built afresh each time rather than served stale.
        key = None if is_url(db_path) else (_db_state(db), tuple(sorted(filters.items())))
        tl = cache.get(key) if key else None
        if tl is None:
            with store() as s:
                tl = data.timeline_from_store(s, **filters)
            if key:
                cache.put(key, tl)
        from dateline.timelines import render

        body = render(tl, fmt)
        media, ext = TIMELINE_TYPES[fmt]
        name = "timeline." + ext
        headers = {"Content-Disposition": f'{"attachment" if download else "inline"}; filename="{name}"'}
        if fmt == "html":
            headers["Content-Security-Policy"] = TIMELINE_HTML_CSP
        return Response(body, media_type=media, headers=headers)

    # -- analysis without storing ------------------------------------------------------------

    @app.post("/api/analyze", summary="Analyse one article without storing it")
    def analyze(req: AnalyzeRequest) -> dict[str, Any]:
        """Every layer dateline reads in the article (as ``dateline analyze`` prints it). The body
        may be at most 1 MB."""
        from dateline.model import Article, ArticleError, parse_date

        try:
            day, stamp, precision = parse_date(req.date)
        except (ArticleError, ValueError):
            raise ApiError(400, f"date must be a date like 2022-09-29, not {req.date[:40]!r}") from None
        try:
            art = Article(date=day, title=_mend(req.title), text=_mend(req.text), url=_mend(req.url),
                          source=_mend(req.source), published=stamp, date_precision=precision)
        except ArticleError as exc:
            raise ApiError(400, str(exc)) from None
        try:
            from dateline.analysis import analyze as run
        except ImportError as exc:
            raise ApiError(503, f"the analysis pipeline is not available in this installation ({exc})") from None
        with analyze_lock:  # one spaCy parse at a time
            return run(art).to_dict()

    @app.get("/api/timex", summary="Time expressions in a text")
    def timex(
        text: str = Query(..., description=f"The text (at most {MAX_TIMEX_TEXT} characters)."),
        dct: str | None = Query(None, description="The article's date, YYYY-MM-DD (default: today)."),
    ) -> dict[str, Any]:
        """Every time expression in ``text``, normalized against ``dct``, with character offsets."""
        if len(text) > MAX_TIMEX_TEXT:
            raise ApiError(413, f"text is too long: at most {MAX_TIMEX_TEXT} characters here "
                                "(POST a whole article to /api/analyze)")
        day = _day(dct, "dct") or dt.datetime.now(dt.UTC).date().isoformat()
        from dateline.time import tag

        return {"dct": day, "text": text, "timexes": [t.to_dict() for t in tag(text, day)]}

    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dateline")
    except PackageNotFoundError:
        return "0"

"""The desk's plumbing: signed session cookies, CSRF, one transaction per request, the officer's language,
and the templates. Pages are thin: they read a form, call a service, and render or redirect."""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import logging
import secrets
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import jinja2
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.desk.words import FILTERS, GLOBALS, actor_label, officer_label
from bot.media import MediaStore, sniff_type
from conversations import i18n
from conversations.domain.nominations import SCOPE, Area, Role, within
from conversations.i18n import LazyText, format_date, format_money, format_number, lazy_gettext, use_locale
from services import signin
from services.context import Catalogs
from services.nominations import actor_of
from storage.base import Repository, StoredOfficer, Tx

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
SESSION_COOKIE = "kawan_desk"
PRE_COOKIE = "kawan_pre"
"""A sign-in form's CSRF token, before there is a session (double submit)."""
FLASH_COOKIE = "kawan_flash"
MAX_FORM_BYTES = 64 * 1024
"""Every form but the roster upload: a bulk decision of 50 references and a reason fits many times over."""
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
Clock = Callable[[], dt.datetime]
TOO_BIG = lazy_gettext("Terlalu besar")
REFUSED = lazy_gettext("Ditolak")


@dataclass(frozen=True, slots=True)
class DeskConfig:
    url: str
    idle: dt.timedelta
    secure_cookies: bool
    default_locale: str
    timezone: ZoneInfo
    holidays: frozenset[dt.date] = frozenset()


def template_environment(local_time: Callable[[dt.datetime | None], str]) -> jinja2.Environment:
    """Autoescaped templates whose words come from the gettext catalogs of the current locale."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=jinja2.select_autoescape(("html", "svg")),
        extensions=["jinja2.ext.i18n"],
        undefined=jinja2.StrictUndefined,
    )
    environment.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=i18n._, ngettext=i18n.ngettext, newstyle=False)
    environment.filters.update(money=format_money, date=format_date, number=format_number, when=local_time,
                               **FILTERS)
    environment.globals.update(GLOBALS)
    return environment


@dataclass
class Desk:
    """What every page needs: the store, the words, the documents, the clock."""

    repo: Repository
    catalogs: Catalogs
    config: DeskConfig
    media: MediaStore
    clock: Clock
    templates: jinja2.Environment = field(init=False)

    def __post_init__(self) -> None:
        self.templates = template_environment(self.local_time)

    def local_time(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone(self.config.timezone)
        return f"{format_date(local.date())} {local:%H.%M}"

    def today(self) -> dt.date:
        return self.clock().astimezone(self.config.timezone).date()

    # -- cookies -----------------------------------------------------------------------------

    def sign(self, token: str) -> str:
        return f"{token}.{self.repo.protector.digest('cookie:' + token).hex()}"

    def unsign(self, value: str | None) -> str | None:
        token, _dot, signature = (value or "").rpartition(".")
        if not token or not hmac.compare_digest(self.repo.protector.digest("cookie:" + token).hex(), signature):
            return None
        return token

    def set_cookie(self, response: Response, name: str, value: str, *, max_age: int | None = None) -> None:
        response.set_cookie(name, value, max_age=max_age, path="/desk", httponly=True, samesite="strict",
                            secure=self.config.secure_cookies)


T = TypeVar("T")


@dataclass
class Page:
    """One request of a signed-in officer, inside one transaction."""

    desk: Desk
    request: Request
    tx: Tx
    officer: StoredOfficer
    session_token: str
    csrf: str
    locale: str
    now: dt.datetime
    form: FormData | None = None
    flash: str | None = None

    @property
    def actor(self) -> str:
        return actor_of(self.officer)

    async def actors_named(self, actors: Collection[str | None]) -> Callable[[str], str]:
        """`actor_label` for a page's history: the officers among `actors` by name and role ("Petugas #3" told no one
        who approved a proposal); the audit keeps only their number."""
        names: dict[str, str] = {}
        for actor in {a for a in actors if a and a.startswith("officer:")}:
            number = actor.partition(":")[2]
            if number.isdigit() and (officer := await self.tx.officer(int(number))) is not None:
                names[actor] = officer_label(officer)
        return lambda actor: names.get(actor) or actor_label(actor)

    def render(self, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = self.desk.templates.get_template(template).render(
            page=self, officer=self.officer, csrf=self.csrf, locale=self.locale, flash=self.flash,
            path=self.request.url.path, **context)
        response = HTMLResponse(html, status_code=status_code)
        if self.flash is not None:
            response.delete_cookie(FLASH_COOKIE, path="/desk")
        return response

    def redirect(self, path: str, flash: str | None = None, **query: object) -> RedirectResponse:
        """Post/Redirect/Get: a change ends in a 303 to a page, with one line saying what happened."""
        params = {k: v for k, v in query.items() if v not in (None, "")}
        response = RedirectResponse(path + (f"?{urlencode(params, doseq=True)}" if params else ""), status_code=303)
        if flash is not None:
            self.desk.set_cookie(response, FLASH_COOKIE, self.desk.sign(flash.encode().hex()), max_age=60)
        return response

    def refused(self) -> HTMLResponse:
        """Another area's record looks like no record at all."""
        return self.render("error.html", status_code=404, title=i18n._("Tidak ditemukan"),
                           message=i18n._("Data itu tidak ada, atau bukan di wilayah Anda."))

    def sees(self, place: Area) -> bool:
        """The wall between areas (the domain's), for this officer."""
        return within(Role(self.officer.role), self.officer.area, place)

    def scope(self) -> Area:
        """This officer's area cut to the parts their role shares with what they see: the filter of a list."""
        parts = SCOPE[Role(self.officer.role)]
        a = self.officer.area
        return Area(a.city, *(getattr(a, part) if part in parts else "" for part in ("kecamatan", "kelurahan")))

    async def walled(self, found: T | None, place: Callable[[T], Area], subject: str) -> T | None:
        """A record of this officer's area, or None: another area's record looks like no record at all, and the
        attempt is audited."""
        if found is not None and self.sees(place(found)):
            return found
        await self.tx.append_audit(self.actor, "desk.refused", subject[:40], {"why": "outside_area"}, self.now)
        return None

    async def stored_file(self, digest: str) -> Response:
        """A document from the media store, decrypted in memory and sent as it is: never written to disk in
        clear. The caller has checked the area and audited the view."""
        try:
            content = await asyncio.to_thread(self.desk.media.get, digest)
        except (OSError, ValueError):
            return self.render("error.html", status_code=410, title=i18n._("Berkas tidak tersedia"),
                               message=i18n._("Berkas ini tidak ada lagi di penyimpanan."))
        media_type = sniff_type(content)
        if media_type is None:
            return Response(content, media_type="application/octet-stream",
                            headers={"content-disposition": "attachment", "content-security-policy": "sandbox"})
        return Response(content, media_type=media_type,
                        headers={"content-disposition": "inline", "content-security-policy": "default-src 'none'; "
                                 "img-src 'self'; object-src 'self'; plugin-types application/pdf"})

    def field(self, name: str, default: str = "") -> str:
        value = self.form.get(name) if self.form is not None else None
        return value.strip() if isinstance(value, str) else default


Handler = Callable[[Page], Awaitable[Response]]


def error_page(desk: Desk, status: int, title: LazyText, message: LazyText, locale: str) -> HTMLResponse:
    with use_locale(desk.catalogs, locale):
        html = desk.templates.get_template("error.html").render(
            page=None, officer=None, csrf="", locale=locale, flash=None, path="", title=str(title),
            message=str(message))
    return HTMLResponse(html, status_code=status)


def officer_page(desk: Desk, handler: Handler, *, roles: Collection[str] | None = None,
                 max_form: int = MAX_FORM_BYTES) -> Callable[[Request], Awaitable[Response]]:
    """A page only a signed-in officer of these roles may open; every POST must carry the session's CSRF
    token. The whole request is one transaction: what it reads, changes and audits commits together."""

    async def endpoint(request: Request) -> Response:
        token = desk.unsign(request.cookies.get(SESSION_COOKIE))
        locale = desk.config.default_locale
        if request.method == "POST":
            length = request.headers.get("content-length")
            if length is None or not length.isdigit() or int(length) > max_form:
                return error_page(desk, 413, TOO_BIG, lazy_gettext("Isian terlalu besar."), locale)
        now = desk.clock()
        async with desk.repo.transaction() as tx:
            current = await signin.current(tx, token, desk.config.idle, now) if token else None
            if current is None:
                if request.method != "GET":
                    return error_page(desk, 401, lazy_gettext("Sesi berakhir"),
                                      lazy_gettext("Sesi Anda sudah berakhir. Minta tautan masuk yang baru."), locale)
                return RedirectResponse("/desk/masuk", status_code=303)
            assert token is not None
            locale = current.session.locale
            form = None
            if request.method == "POST":
                form = await request.form(max_files=1, max_fields=200)
                sent = form.get("csrf")
                if not isinstance(sent, str) or not hmac.compare_digest(sent, current.session.csrf):
                    await tx.append_audit(actor_of(current.officer), "desk.csrf_refused", request.url.path[:80], {},
                                          now)
                    return error_page(desk, 403, REFUSED, lazy_gettext(
                        "Formulir ini tidak sah atau sudah kedaluwarsa. Muat ulang halamannya."), locale)
            flash_hex = desk.unsign(request.cookies.get(FLASH_COOKIE))
            page = Page(desk, request, tx, current.officer, token, current.session.csrf, locale, now, form,
                        bytes.fromhex(flash_hex).decode() if flash_hex else None)
            with use_locale(desk.catalogs, locale):
                if roles is not None and current.officer.role not in roles:
                    await tx.append_audit(page.actor, "desk.refused", request.url.path[:80],
                                          {"why": "wrong_role"}, now)
                    return page.refused()
                return await handler(page)

    return endpoint


class SecurityHeaders:
    """Every desk response: a strict Content-Security-Policy (no inline script or style), no framing, no
    referrer (a sign-in link must not leak), no caching of pages that hold personal data."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/desk/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _value in headers}
                extra = {b"x-content-type-options": b"nosniff", b"referrer-policy": b"no-referrer",
                         b"x-frame-options": b"DENY"}
                if b"content-security-policy" not in names:
                    extra[b"content-security-policy"] = CSP.encode()
                if not static:
                    extra[b"cache-control"] = b"no-store"
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def query_string(values: Mapping[str, object], **changes: object) -> str:
    merged = {**values, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", False)})

"""Signing in with a single-use link, signing out, and the officer's language.

The link's GET only shows a button: chat apps fetch links to draw previews, and a preview must not spend
a single-use link. The POST that spends it is a same-site form, so the session cookie (SameSite=Strict)
is sent from the very next page on."""

from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bot.desk.core import PRE_COOKIE, REFUSED, SESSION_COOKIE, TOO_BIG, Desk, Page, error_page, new_csrf
from conversations.i18n import SUPPORTED_LOCALES, lazy_gettext, use_locale
from services import signin

REFUSALS = {
    "locked": (lazy_gettext("Terlalu banyak percobaan"), lazy_gettext(
        "Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi dalam satu jam dengan tautan baru.")),
    "expired_link": (lazy_gettext("Tautan kedaluwarsa"), lazy_gettext(
        "Tautan masuk hanya berlaku 15 menit. Minta tautan baru.")),
    "used_link": (lazy_gettext("Tautan sudah dipakai"), lazy_gettext(
        "Setiap tautan masuk hanya berlaku sekali. Minta tautan baru.")),
    "bad_link": (lazy_gettext("Tautan tidak dikenal"), lazy_gettext(
        "Tautan masuk itu tidak dikenal. Minta tautan baru.")),
}


def client_of(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


async def signin_form(desk: Desk, request: Request) -> Response:
    token = request.query_params.get("t", "")[:128]
    csrf = new_csrf()
    with use_locale(desk.catalogs, desk.config.default_locale):
        html = desk.templates.get_template("signin.html").render(
            page=None, officer=None, csrf=csrf, locale=desk.config.default_locale, flash=None, path=request.url.path,
            token=token)
    response = HTMLResponse(html)
    desk.set_cookie(response, PRE_COOKIE, desk.sign(csrf), max_age=15 * 60)
    return response


async def signin_submit(desk: Desk, request: Request) -> Response:
    locale = desk.config.default_locale
    length = request.headers.get("content-length", "")
    if not length.isdigit() or int(length) > 4096:
        return error_page(desk, 413, TOO_BIG, lazy_gettext("Isian terlalu besar."), locale)
    form = await request.form(max_files=0, max_fields=4)
    expected = desk.unsign(request.cookies.get(PRE_COOKIE))
    sent = form.get("csrf")
    if expected is None or not isinstance(sent, str) or not hmac.compare_digest(sent, expected):
        return error_page(desk, 403, REFUSED, lazy_gettext(
            "Formulir ini tidak sah atau sudah kedaluwarsa. Buka lagi tautan masuknya."), locale)
    token = form.get("t")
    async with desk.repo.transaction() as tx:
        result = await signin.redeem_link(tx, token if isinstance(token, str) else "", client_of(request), locale,
                                          desk.clock())
    if isinstance(result, str):
        title, message = REFUSALS.get(result, REFUSALS["bad_link"])
        return error_page(desk, 403 if result != "locked" else 429, title, message, locale)
    response = RedirectResponse("/desk/", status_code=303)
    desk.set_cookie(response, SESSION_COOKIE, desk.sign(result.session_token))
    response.delete_cookie(PRE_COOKIE, path="/desk")
    return response


async def sign_out(page: Page) -> Response:
    await signin.sign_out(page.tx, page.session_token, page.officer, page.now)
    response = RedirectResponse("/desk/masuk?keluar=1", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/desk")
    return response


async def language(page: Page) -> Response:
    chosen = page.field("bahasa")
    back = page.field("kembali")
    if chosen in SUPPORTED_LOCALES:
        await page.tx.touch_session(page.session_token, page.now, chosen)
    return page.redirect(back if back.startswith("/desk/") and "//" not in back else "/desk/")

"""Meja petugas: the officers' web desk at /desk/, on the same HTTP server as the webhooks.

One route table; each page is a thin layer over `services/` (the functions the chat and the CLI call), and
every route passes through `officer_page`, which checks the session, the CSRF token and the role, and
runs the request in one transaction."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.desk import broadcasts, claims, dashboard, nominations, signin_pages, tickets
from bot.desk.core import HERE, Desk, DeskConfig, SecurityHeaders, officer_page
from conversations.domain.nominations import Role

__all__ = ["Desk", "DeskConfig", "desk_mount"]

CITY = (Role.CITY,)
AREA_OFFICERS = (Role.KELURAHAN, Role.KECAMATAN, Role.CITY)
DECIDERS = (Role.KELURAHAN, Role.KECAMATAN)
BROADCASTERS = (Role.KECAMATAN, Role.CITY)


def desk_mount(desk: Desk) -> Mount:
    def page(handler, **options):  # type: ignore[no-untyped-def]
        return officer_page(desk, handler, **options)

    async def signin_form(request: Request) -> Response:
        return await signin_pages.signin_form(desk, request)

    async def signin_submit(request: Request) -> Response:
        return await signin_pages.signin_submit(desk, request)

    routes = [
        Route("/", page(dashboard.home)),
        Route("/masuk", signin_form, methods=["GET"]),
        Route("/masuk", signin_submit, methods=["POST"]),
        Route("/keluar", page(signin_pages.sign_out), methods=["POST"]),
        Route("/bahasa", page(signin_pages.language), methods=["POST"]),
        Route("/dasbor", page(dashboard.overview, roles=AREA_OFFICERS)),
        Route("/kota", page(dashboard.city, roles=CITY)),
        Route("/usulan", page(nominations.listing)),
        Route("/usulan/keputusan", page(nominations.decide_bulk, roles=DECIDERS), methods=["POST"]),
        Route("/usulan/ekspor", page(nominations.export, roles=CITY)),
        Route("/usulan/{reference:str}", page(nominations.detail)),
        Route("/usulan/{reference:str}/keputusan", page(nominations.decide_one, roles=DECIDERS), methods=["POST"]),
        Route("/roster", page(nominations.roster_form, roles=CITY)),
        Route("/roster", page(nominations.roster_upload, roles=CITY, max_form=nominations.MAX_ROSTER_BYTES + 65536),
              methods=["POST"]),
        Route("/klaim", page(claims.listing, roles=CITY)),
        Route("/klaim/{reference:str}", page(claims.detail, roles=CITY)),
        Route("/klaim/{reference:str}/status", page(claims.move, roles=CITY), methods=["POST"]),
        Route("/klaim/{reference:str}/dokumen/{digest:str}", page(claims.document, roles=CITY)),
        Route("/klaim/{reference:str}/dokumen/{digest:str}/kembalikan", page(claims.send_back, roles=CITY),
              methods=["POST"]),
        Route("/siaran", page(broadcasts.listing, roles=BROADCASTERS)),
        Route("/siaran", page(broadcasts.create, roles=BROADCASTERS), methods=["POST"]),
        Route("/siaran/pratinjau", page(broadcasts.preview, roles=BROADCASTERS), methods=["POST"]),
        Route("/siaran/{broadcast_id:str}", page(broadcasts.detail, roles=BROADCASTERS)),
        Route("/siaran/{broadcast_id:str}/batal", page(broadcasts.cancel, roles=BROADCASTERS), methods=["POST"]),
        Route("/tiket", page(tickets.listing, roles=AREA_OFFICERS)),
        Route("/tiket/{reference:str}", page(tickets.detail, roles=AREA_OFFICERS)),
        Route("/tiket/{reference:str}/balas", page(tickets.answer, roles=AREA_OFFICERS), methods=["POST"]),
        Route("/tiket/{reference:str}/tutup", page(tickets.finish, roles=AREA_OFFICERS), methods=["POST"]),
        Route("/tiket/{reference:str}/ambil", page(tickets.take, roles=AREA_OFFICERS), methods=["POST"]),
        Route("/tiket/{reference:str}/berkas/{digest:str}", page(tickets.attachment, roles=AREA_OFFICERS)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Mount("/desk", routes=routes, middleware=[Middleware(SecurityHeaders)])

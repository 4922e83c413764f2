"""Charts drawn on the server as SVG: horizontal bars with their numbers, readable without colour, no
script and no style attribute (the desk's Content-Security-Policy allows neither)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

BAR_HEIGHT = 24
GAP = 8
LABEL_WIDTH = 170
WIDTH = 420


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int


def bars(title: str, items: list[Bar], *, shade: str = "#2563a8") -> Markup:
    """One bar per item, scaled to the largest; the value is written at the end of each bar."""
    top = max((item.value for item in items), default=0) or 1
    room = WIDTH - LABEL_WIDTH - 60
    height = len(items) * (BAR_HEIGHT + GAP) + GAP
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
              f'width="100%" aria-label="{escape(title)}"><title>{escape(title)}</title>')]
    for index, item in enumerate(items):
        y = GAP + index * (BAR_HEIGHT + GAP)
        width = round(room * item.value / top)
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 18}" text-anchor="end" font-size="14" '
                     f'fill="#1f2933">{escape(item.label)}</text>')
        parts.append(f'<rect x="{LABEL_WIDTH}" y="{y}" width="{max(width, 2)}" height="{BAR_HEIGHT}" rx="3" '
                     f'fill="{shade}"/>')
        parts.append(f'<text x="{LABEL_WIDTH + max(width, 2) + 8}" y="{y + 18}" font-size="14" font-weight="bold" '
                     f'fill="#1f2933">{item.value:,}</text>'.replace(",", "."))
    parts.append("</svg>")
    return Markup("".join(parts))

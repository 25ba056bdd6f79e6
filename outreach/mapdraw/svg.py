"""The map as SVG: one `<path>` per municipality, with its code, state, and name on hover."""

from __future__ import annotations

from html import escape

from outreach.mapdraw.picture import MapPicture, Region

FONT = "font-family=\"system-ui, 'Segoe UI', Roboto, Arial, sans-serif\""


def render_svg(picture: MapPicture, *, link: str | None = None, standalone: bool = True) -> str:
    """SVG text. `link` (e.g. "/municipalities/{code}") makes each municipality a link.

    Every value that comes from data is escaped: names contain apostrophes ('s-Gravenhage).
    """
    width, height = _num(picture.width), _num(picture.height)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" class="nl-map" role="img" '
        f'aria-label="{escape(picture.legend_title)}">'
    )
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n' if standalone else "", head]
    parts.append(f'<rect width="{width}" height="{height}" fill="#ffffff"/>')
    parts.append('<g class="regions" stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">')
    for region in picture.regions:
        path = _path(region)
        if link:
            href = escape(link.format(code=region.cbs_code))
            parts.append(f'<a href="{href}">{path}</a>')
        else:
            parts.append(path)
    parts.append("</g>")
    parts.append(_legend(picture))
    parts.append(
        f'<text x="12" y="{_num(picture.height - 10)}" font-size="11" fill="#555555" {FONT}>'
        f"{escape(picture.credit)}</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


def _path(region: Region) -> str:
    d = " ".join(
        "M" + " L".join(f"{_num(x)} {_num(y)}" for x, y in ring) + " Z" for ring in region.rings
    )
    title = f"{region.name}: {region.state_word}"
    return (
        f'<path d="{d}" fill="{region.fill}" fill-rule="evenodd" '
        f'data-cbs="{escape(region.cbs_code)}" data-state="{escape(region.state)}">'
        f"<title>{escape(title)}</title></path>"
    )


def _legend(picture: MapPicture) -> str:
    x = picture.legend_x
    parts = [
        f'<g class="legend" {FONT}>',
        f'<text x="{_num(x)}" y="{_num(picture.legend[0].y - 14) if picture.legend else 40}" '
        f'font-size="15" font-weight="bold" fill="#222222">{escape(picture.legend_title)}</text>',
    ]
    for entry in picture.legend:
        parts.append(
            f'<rect x="{_num(x)}" y="{_num(entry.y)}" width="16" height="16" rx="2" '
            f'fill="{entry.fill}" stroke="#888888" stroke-width="0.5" '
            f'data-legend-state="{escape(entry.state)}"/>'
            f'<text x="{_num(x + 24)}" y="{_num(entry.y + 13)}" font-size="13" fill="#222222">'
            f"{escape(entry.text)} ({entry.count})</text>"
        )
    parts.append("</g>")
    return "".join(parts)


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text

"""The same map as a PNG, drawn with Pillow from the same layout (no browser needed)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from outreach.mapdraw.picture import MapPicture

# Drawn this many times larger, then scaled down: Pillow's polygons have no anti-aliasing.
_SUPERSAMPLE = 2


def render_png(picture: MapPicture, *, scale: float = 2.0) -> bytes:
    """PNG bytes, `scale` pixels per SVG unit (2: sharp enough for a newsletter)."""
    factor = scale * _SUPERSAMPLE
    size = (round(picture.width * factor), round(picture.height * factor))
    image = Image.new("RGB", size, "#ffffff")
    draw = ImageDraw.Draw(image)
    outline = max(1, round(0.6 * factor))
    for region in picture.regions:
        for ring in region.rings:
            points = [(x * factor, y * factor) for x, y in ring]
            draw.polygon(points, fill=region.fill, outline="#ffffff", width=outline)
    _legend(draw, picture, factor)
    credit_font = ImageFont.load_default(size=11 * factor)
    draw.text(
        (12 * factor, (picture.height - 10) * factor),
        picture.credit,
        fill="#555555",
        font=credit_font,
        anchor="ls",
    )
    image = image.resize(
        (round(picture.width * scale), round(picture.height * scale)), Image.Resampling.LANCZOS
    )
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _legend(draw: ImageDraw.ImageDraw, picture: MapPicture, factor: float) -> None:
    x = picture.legend_x
    title_font = ImageFont.load_default(size=15 * factor)
    font = ImageFont.load_default(size=13 * factor)
    if picture.legend:
        draw.text(
            (x * factor, (picture.legend[0].y - 14) * factor),
            picture.legend_title,
            fill="#222222",
            font=title_font,
            anchor="ls",
        )
    for entry in picture.legend:
        draw.rounded_rectangle(
            (x * factor, entry.y * factor, (x + 16) * factor, (entry.y + 16) * factor),
            radius=2 * factor,
            fill=entry.fill,
            outline="#888888",
            width=max(1, round(0.5 * factor)),
        )
        draw.text(
            ((x + 24) * factor, (entry.y + 13) * factor),
            f"{entry.text} ({entry.count})",
            fill="#222222",
            font=font,
            anchor="ls",
        )

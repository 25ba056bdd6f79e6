"""The map of the Netherlands coloured by campaign state: one drawing, as SVG or as PNG."""

from outreach.mapdraw.colours import STATE_COLOURS
from outreach.mapdraw.geometry import Shape, load_shapes
from outreach.mapdraw.picture import MapPicture, map_picture
from outreach.mapdraw.png import render_png
from outreach.mapdraw.svg import render_svg

__all__ = [
    "STATE_COLOURS",
    "MapPicture",
    "Shape",
    "load_shapes",
    "map_picture",
    "render_png",
    "render_svg",
]

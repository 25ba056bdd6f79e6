"""The map's layout in pixels: regions, legend and credit, drawn alike as SVG and as PNG."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from outreach.mapdraw.colours import LEGEND_ORDER, colour
from outreach.mapdraw.geometry import Shapes, load_shapes

MAP_WIDTH = 560.0
MARGIN = 12.0
LEGEND_WIDTH = 250.0
LEGEND_ROW = 24.0
CREDIT_HEIGHT = 22.0

Point = tuple[float, float]


@dataclass(frozen=True)
class Region:
    cbs_code: str
    name: str
    state: str
    state_word: str
    fill: str
    rings: tuple[tuple[Point, ...], ...]


@dataclass(frozen=True)
class LegendEntry:
    state: str
    text: str
    fill: str
    count: int
    y: float


@dataclass(frozen=True)
class MapPicture:
    width: float
    height: float
    regions: tuple[Region, ...]
    legend_title: str
    legend_x: float
    legend: tuple[LegendEntry, ...]
    credit: str


def map_picture(
    states: Mapping[str, str],
    *,
    state_word: Callable[[str], str],
    legend_title: str,
    credit: str,
    shapes: Shapes | None = None,
) -> MapPicture:
    """Lay out the map for `states` (CBS code → state); a code without a state is `pending`."""
    shapes = shapes or load_shapes()
    scale = MAP_WIDTH / shapes.width
    map_height = shapes.height * scale

    def place(point: Point) -> Point:
        x, y = point
        return (
            round(MARGIN + (x - shapes.min_x) * scale, 1),
            round(MARGIN + (y - shapes.min_y) * scale, 1),
        )

    regions = []
    for shape in shapes.shapes:
        state = states.get(shape.cbs_code, "pending")
        regions.append(
            Region(
                cbs_code=shape.cbs_code,
                name=shape.name,
                state=state,
                state_word=state_word(state),
                fill=colour(state),
                rings=tuple(tuple(place(p) for p in ring) for ring in shape.rings),
            )
        )
    counts = Counter(r.state for r in regions)
    shown = [s for s in LEGEND_ORDER if counts[s]] + sorted(
        s for s in counts if s not in LEGEND_ORDER
    )
    legend = tuple(
        LegendEntry(s, state_word(s), colour(s), counts[s], MARGIN + 40 + i * LEGEND_ROW)
        for i, s in enumerate(shown)
    )
    legend_bottom = MARGIN + 40 + len(legend) * LEGEND_ROW
    height = max(map_height, legend_bottom) + 2 * MARGIN + CREDIT_HEIGHT
    return MapPicture(
        width=MAP_WIDTH + 2 * MARGIN + LEGEND_WIDTH,
        height=round(height, 1),
        regions=tuple(regions),
        legend_title=legend_title,
        legend_x=MAP_WIDTH + 3 * MARGIN,
        legend=legend,
        credit=credit,
    )

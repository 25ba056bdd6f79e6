"""Municipal boundaries from the shipped GeoJSON, projected once to plane coordinates."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from outreach.resources import resource_dir

GEOJSON = "gemeente_2026.geojson"
# At the country's middle latitude a degree of longitude is this much shorter than one of
# latitude; scaling by it keeps the country's shape (the map is far too small to need more).
_MID_LATITUDE = 52.2
_X_SCALE = math.cos(math.radians(_MID_LATITUDE))

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Shape:
    """One municipality: its outer rings and holes, in plane units (x east, y south)."""

    cbs_code: str
    name: str
    rings: tuple[Ring, ...]
    area: float


@dataclass(frozen=True)
class Shapes:
    shapes: tuple[Shape, ...]
    min_x: float
    min_y: float
    width: float
    height: float


def geojson_path() -> Path:
    return resource_dir("data") / GEOJSON


@cache
def load_shapes(path: Path | None = None) -> Shapes:
    """Every municipality in the file, largest first (so an enclave is drawn over its host)."""
    data = json.loads((path or geojson_path()).read_text(encoding="utf-8"))
    shapes = [_shape(feature) for feature in data["features"]]
    xs = [x for s in shapes for ring in s.rings for x, _ in ring]
    ys = [y for s in shapes for ring in s.rings for _, y in ring]
    shapes.sort(key=lambda s: -s.area)
    return Shapes(tuple(shapes), min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _shape(feature: dict[str, Any]) -> Shape:
    geometry = feature["geometry"]
    polygons = (
        [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    )
    rings = tuple(
        tuple((lon * _X_SCALE, -lat) for lon, lat in ring)
        for polygon in polygons
        for ring in polygon
    )
    outer = [tuple(_project(polygon[0])) for polygon in polygons]
    props = feature["properties"]
    return Shape(
        cbs_code=str(props["statcode"]),
        name=str(props["statnaam"]),
        rings=rings,
        area=sum(abs(_signed_area(ring)) for ring in outer),
    )


def _project(ring: list[list[float]]) -> list[tuple[float, float]]:
    return [(lon * _X_SCALE, -lat) for lon, lat in ring]


def _signed_area(ring: Ring) -> float:
    return 0.5 * sum(
        x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
    )

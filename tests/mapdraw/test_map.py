"""The map: every municipality once, coloured by state, the same in SVG and PNG."""

from __future__ import annotations

import csv
import io
import re

from PIL import Image

from outreach.mapdraw import STATE_COLOURS, load_shapes, map_picture, render_png, render_svg
from outreach.mapdraw.picture import MapPicture, Region
from outreach.resources import resource_dir


def picture(states: dict[str, str]) -> MapPicture:
    return map_picture(
        states, state_word=lambda s: f"<{s}>", legend_title="Legenda", credit="CBS / PDOK"
    )


def inside_point(region: Region) -> tuple[float, float]:
    """A point well inside the region's largest ring: the midpoint of its widest row."""
    ring = max(region.rings, key=len)
    ys = sorted(y for _, y in ring)
    y = (ys[0] + ys[-1]) / 2
    crossings = sorted(
        x1 + (y - y1) * (x2 - x1) / (y2 - y1)
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
        if (y1 <= y < y2) or (y2 <= y < y1)
    )
    pairs = list(zip(crossings[::2], crossings[1::2], strict=False))
    left, right = max(pairs, key=lambda p: p[1] - p[0])
    return (left + right) / 2, y


class TestShapes:
    """The shipped boundaries cover exactly the shipped municipalities."""

    def test_codes_match_the_municipality_list(self) -> None:
        shipped = resource_dir("data") / "municipalities.csv"
        codes = {row["cbs_code"] for row in csv.DictReader(io.StringIO(shipped.read_text()))}
        assert {s.cbs_code for s in load_shapes().shapes} == codes
        assert len(load_shapes().shapes) == 342


class TestSvg:
    """One path per municipality, its state and colour, escaped names, optional links."""

    def test_paths_states_and_links(self) -> None:
        svg = render_svg(picture({"GM0344": "motion_adopted"}), link="/municipalities/{code}")
        paths = re.findall(r'<path [^>]*data-cbs="(GM\d{4})" data-state="([a-z_]+)"', svg)
        assert len(paths) == 342
        assert dict(paths)["GM0344"] == "motion_adopted"
        assert dict(paths)["GM0014"] == "pending"
        assert f'fill="{STATE_COLOURS["motion_adopted"]}"' in svg
        assert '<a href="/municipalities/GM0344">' in svg
        assert "&#x27;s-Gravenhage: &lt;pending&gt;" in svg  # names and words escaped
        assert "Motie" not in svg
        assert "&lt;motion_adopted&gt; (1)" in svg

    def test_legend_counts_only_states_present(self) -> None:
        drawn = picture({"GM0344": "declined", "GM0014": "declined"})
        assert [(e.state, e.count) for e in drawn.legend] == [("pending", 340), ("declined", 2)]


class TestPng:
    """The PNG is drawn from the same layout: a municipality's pixels have its state's colour."""

    def test_colours_at_municipalities(self) -> None:
        states = {"GM0344": "motion_adopted", "GM0014": "opted_out", "GM0363": "forwarded"}
        layout = picture(states)
        scale = 1.0
        with Image.open(io.BytesIO(render_png(layout, scale=scale))) as image:
            assert image.size == (round(layout.width), round(layout.height))
            rgb = image.convert("RGB")
            for region in layout.regions:
                if region.cbs_code not in states:
                    continue
                x, y = inside_point(region)
                expected = STATE_COLOURS[states[region.cbs_code]]
                got = "#{:02x}{:02x}{:02x}".format(*rgb.getpixel((int(x), int(y))))
                assert got == expected, region.name

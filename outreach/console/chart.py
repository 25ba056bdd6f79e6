"""The dashboard's small bar chart (inline SVG, no script): sent and received per day."""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from outreach.console.queries import DayCount
from outreach.console.words import Words

WIDTH, HEIGHT = 640, 190
LEFT, BOTTOM, TOP = 36, 24, 10
SENT_COLOUR, RECEIVED_COLOUR = "#3a7fc1", "#4fb363"


def activity_chart(days: list[DayCount], words: Words) -> Markup:
    if not days:
        return Markup("")
    peak = max(max(d.sent, d.received) for d in days) or 1
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    slot = plot_w / len(days)
    bar = max(1.0, min(14.0, slot * 0.4))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" class="chart" '
        f'role="img" aria-label="{escape(words("chart_title"))}">',
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - 8}" y2="{TOP + plot_h}" '
        'stroke="#999"/>',
        f'<text x="{LEFT - 6}" y="{TOP + 10}" text-anchor="end" class="axis">{peak}</text>',
        f'<text x="{LEFT - 6}" y="{TOP + plot_h}" text-anchor="end" class="axis">0</text>',
    ]
    for i, day in enumerate(days):
        x = LEFT + i * slot + (slot - 2 * bar) / 2
        label = (
            f"{day.day:%d-%m}: {day.sent} {words('chart_sent').lower()}, "
            f"{day.received} {words('chart_received').lower()}"
        )
        parts.append(f"<g><title>{escape(label)}</title>")
        for offset, value, fill, kind in (
            (0.0, day.sent, SENT_COLOUR, "sent"),
            (bar, day.received, RECEIVED_COLOUR, "received"),
        ):
            h = plot_h * value / peak
            parts.append(
                f'<rect x="{x + offset:.1f}" y="{TOP + plot_h - h:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}" fill="{fill}" data-{kind}="{value}"/>'
            )
        parts.append("</g>")
        if i in {0, len(days) // 2, len(days) - 1}:
            parts.append(
                f'<text x="{LEFT + (i + 0.5) * slot:.1f}" y="{HEIGHT - 6}" text-anchor="middle" '
                f'class="axis">{day.day:%d-%m}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704  (built here; every text from data is escaped)

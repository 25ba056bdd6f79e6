"""One colour per campaign state, shared by the map, its legend, the PNG and the console."""

from __future__ import annotations

from outreach import status

# Greys and yellows: not reached yet or no address; blues: the letter went out and arrived;
# greens: a motion on its way and adopted; purple and reds: a motion rejected, a refusal.
STATE_COLOURS: dict[str, str] = {
    status.NO_ADDRESS: "#b8b8b8",
    status.PENDING: "#e4e4e4",
    status.SENDING: "#d4e4f4",
    status.FAILED: "#f08c3c",
    status.NEEDS_ADDRESS: "#f2cc3d",
    status.SENT: "#b7d4ea",
    status.ACKNOWLEDGED: "#79b3de",
    status.FORWARDED: "#3a7fc1",
    status.MOTION_PLANNED: "#a8dba0",
    status.MOTION_SUBMITTED: "#4fb363",
    status.MOTION_ADOPTED: "#0b6b2f",
    status.MOTION_REJECTED: "#8e4aa3",
    status.DECLINED: "#f07a5f",
    status.OPTED_OUT: "#c21b22",
}
UNKNOWN_COLOUR = "#ffffff"

# The legend's order: along the campaign's path first, then the ways off it.
LEGEND_ORDER: tuple[str, ...] = (
    status.MOTION_ADOPTED,
    status.MOTION_SUBMITTED,
    status.MOTION_PLANNED,
    status.FORWARDED,
    status.ACKNOWLEDGED,
    status.SENT,
    status.SENDING,
    status.PENDING,
    status.MOTION_REJECTED,
    status.DECLINED,
    status.OPTED_OUT,
    status.NEEDS_ADDRESS,
    status.FAILED,
    status.NO_ADDRESS,
)


def colour(state: str) -> str:
    return STATE_COLOURS.get(state, UNKNOWN_COLOUR)

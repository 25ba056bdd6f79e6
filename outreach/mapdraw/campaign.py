"""The campaign's map from the store: behind `/map`, its downloads and `outreach map`."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import select

from outreach.console.words import Words
from outreach.mapdraw.picture import MapPicture, map_picture
from outreach.store.engine import transaction
from outreach.store.models import Municipality


def campaign_states(engine: Engine) -> dict[str, str]:
    with transaction(engine) as session:
        return dict(session.exec(select(Municipality.cbs_code, Municipality.state)).all())


def campaign_picture(engine: Engine, words: Words) -> MapPicture:
    return map_picture(
        campaign_states(engine),
        state_word=words.state,
        legend_title=words("legend"),
        credit=words("map_credit"),
    )

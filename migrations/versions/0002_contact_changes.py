"""contact changes: the history of each municipality's contact details

Revision ID: 0002_contact_changes
Revises: 0001
Create Date: 2026-12-01 09:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002_contact_changes"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cbs_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("old_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("new_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["cbs_code"], ["municipality.cbs_code"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_change_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_change_cbs_code"), ["cbs_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_change_cbs_code"))
        batch_op.drop_index(batch_op.f("ix_contact_change_at"))
    op.drop_table("contact_change")

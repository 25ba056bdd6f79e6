"""Own copies: an incoming message can be a copy of one we sent, linked to it.

Revision ID: 0004_own_copies
Revises: 0003_console_users
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_own_copies"
down_revision = "0003_console_users"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incoming_message", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("own_copy", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("outgoing_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_incoming_message_outgoing_id"), ["outgoing_id"], unique=False
        )
        batch_op.create_foreign_key(
            "fk_incoming_message_outgoing_id", "outgoing_message", ["outgoing_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("incoming_message", schema=None) as batch_op:
        batch_op.drop_constraint("fk_incoming_message_outgoing_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_incoming_message_outgoing_id"))
        batch_op.drop_column("outgoing_id")
        batch_op.drop_column("own_copy")

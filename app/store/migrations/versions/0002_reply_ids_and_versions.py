"""Reply ids on turns (a resent reply never makes a second turn) and a version on sessions
(every change raises it, so a worker holding an old copy of a conversation finds out).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("practice_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="0"))

    with op.batch_alter_table("turn", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_turn_session_id_message_id"), ["session_id", "message_id"])
    # The newest reply of each conversation had its id kept on the session: move it onto the turn.
    op.execute(
        "UPDATE turn SET message_id = "
        "(SELECT s.last_client_message FROM practice_session s WHERE s.id = turn.session_id) "
        "WHERE speaker = 'learner' AND \"index\" = "
        "(SELECT s.turn_count * 2 - 1 FROM practice_session s WHERE s.id = turn.session_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("turn", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_turn_session_id_message_id"), type_="unique")
        batch_op.drop_column("message_id")

    with op.batch_alter_table("practice_session", schema=None) as batch_op:
        batch_op.drop_column("version")

"""Letters and invitation plans (before the meeting), and the plan a conversation rehearses.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "preparation",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["app_user.id"], name=op.f("fk_preparation_owner_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preparation")),
    )
    with op.batch_alter_table("preparation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_preparation_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_preparation_updated_at"), ["updated_at"], unique=False)
    with op.batch_alter_table("practice_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_id", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_practice_session_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("practice_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_session_plan_id"))
        batch_op.drop_column("plan_id")
    with op.batch_alter_table("preparation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_preparation_updated_at"))
        batch_op.drop_index(batch_op.f("ix_preparation_owner_id"))
    op.drop_table("preparation")

"""Baseline: the tables as they were before Rapport had migrations.

Databases made by earlier versions (with create_all) are stamped with this revision by
`rapport db upgrade` and upgraded from here.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_app_user_cohort_id"), ["cohort_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_app_user_email"), ["email"], unique=True)

    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("supervisor_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["supervisor_id"], ["app_user.id"], name=op.f("fk_cohort_supervisor_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort")),
        sa.UniqueConstraint("name", name=op.f("uq_cohort_name")),
    )
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cohort_supervisor_id"), ["supervisor_id"], unique=False)
    # app_user and cohort refer to each other: the user's foreign key is added once both exist.
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.create_foreign_key(batch_op.f("fk_app_user_cohort_id_cohort"), "cohort", ["cohort_id"], ["id"])

    op.create_table(
        "loginattempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loginattempt")),
    )
    with op.batch_alter_table("loginattempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loginattempt_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_loginattempt_key"), ["key"], unique=False)

    op.create_table(
        "invite",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("used_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("used_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["cohort_id"], ["cohort.id"], name=op.f("fk_invite_cohort_id_cohort")),
        sa.ForeignKeyConstraint(["created_by"], ["app_user.id"], name=op.f("fk_invite_created_by_app_user")),
        sa.ForeignKeyConstraint(["used_by"], ["app_user.id"], name=op.f("fk_invite_used_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invite")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_invite_token_hash")),
    )
    with op.batch_alter_table("invite", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invite_cohort_id"), ["cohort_id"], unique=False)

    op.create_table(
        "practice_session",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("scenario_id", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("scenario_digest", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("mode", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("difficulty", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("turn_count", sa.Integer(), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("outcome_kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("connection", sa.Integer(), nullable=False),
        sa.Column("last_client_message", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("crisis_cleared", sa.Boolean(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("ended_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["owner_id"], ["app_user.id"], name=op.f("fk_practice_session_owner_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_session")),
    )
    with op.batch_alter_table("practice_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practice_session_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_practice_session_scenario_id"), ["scenario_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_practice_session_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "turn",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("speaker", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
        sa.Column("adherence", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("rule", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("roadblock", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("suggestion", sa.Text(), nullable=True),
        sa.Column("risk", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("risk_addressed", sa.Boolean(), nullable=True),
        sa.Column("talk_type", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("state_before", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("state_after", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("thought", sa.Text(), nullable=True),
        sa.Column("meters", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_session.id"],
            name=op.f("fk_turn_session_id_practice_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_turn")),
        sa.UniqueConstraint("session_id", "index", name=op.f("uq_turn_session_id_index")),
    )
    with op.batch_alter_table("turn", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_turn_session_id"), ["session_id"], unique=False)

    op.create_table(
        "codereview",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("turn_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["reviewer_id"], ["app_user.id"], name=op.f("fk_codereview_reviewer_id_app_user")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_session.id"],
            name=op.f("fk_codereview_session_id_practice_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["turn_id"], ["turn.id"], name=op.f("fk_codereview_turn_id_turn"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_codereview")),
        sa.UniqueConstraint("turn_id", name=op.f("uq_codereview_turn_id")),
    )
    with op.batch_alter_table("codereview", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_codereview_session_id"), ["session_id"], unique=False)

    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("turn_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["app_user.id"], name=op.f("fk_comment_author_id_app_user")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_session.id"],
            name=op.f("fk_comment_session_id_practice_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["turn_id"], ["turn.id"], name=op.f("fk_comment_turn_id_turn"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment")),
    )
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comment_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_comment_turn_id"), ["turn_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comment_turn_id"))
        batch_op.drop_index(batch_op.f("ix_comment_session_id"))

    op.drop_table("comment")
    with op.batch_alter_table("codereview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_codereview_session_id"))

    op.drop_table("codereview")
    with op.batch_alter_table("turn", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_turn_session_id"))

    op.drop_table("turn")
    with op.batch_alter_table("practice_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_session_updated_at"))
        batch_op.drop_index(batch_op.f("ix_practice_session_scenario_id"))
        batch_op.drop_index(batch_op.f("ix_practice_session_owner_id"))

    op.drop_table("practice_session")
    with op.batch_alter_table("invite", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invite_cohort_id"))

    op.drop_table("invite")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_app_user_cohort_id_cohort"), type_="foreignkey")
    with op.batch_alter_table("loginattempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loginattempt_key"))
        batch_op.drop_index(batch_op.f("ix_loginattempt_at"))

    op.drop_table("loginattempt")
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_supervisor_id"))

    op.drop_table("cohort")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_app_user_email"))
        batch_op.drop_index(batch_op.f("ix_app_user_cohort_id"))

    op.drop_table("app_user")

"""link stated: the deadline, amount and currency as each source last stated them

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 13:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty for links stored before: their next sighting records what they state, without calling it a change.
    with op.batch_alter_table('opportunity_link', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stated', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('opportunity_link', schema=None) as batch_op:
        batch_op.drop_column('stated')

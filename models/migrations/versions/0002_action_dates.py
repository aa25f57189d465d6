"""action dates: planned start and end of each action

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 15:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Both optional: actions imported before this migration keep no dates of their own.
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('start', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('end', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_column('end')
        batch_op.drop_column('start')

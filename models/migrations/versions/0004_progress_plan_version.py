"""progress plan version: the version of the city's plan each quarter's report was made against

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 14:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty for reports saved before: tracking then falls back to the version in force at the quarter's end.
    for table in ('progress_report', 'indicator_value'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('plan_version', sa.Integer(), nullable=True))


def downgrade() -> None:
    for table in ('indicator_value', 'progress_report'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('plan_version')

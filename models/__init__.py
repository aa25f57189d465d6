"""Vigía's storage: SQLAlchemy models, migrations and the domain steps that read and write them."""

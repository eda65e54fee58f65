"""Durable storage of a congress: SQLAlchemy tables, migrations, the hash-chained entry log."""

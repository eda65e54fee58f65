"""Alembic migrations shipped with the package; run by app.storage.migrate, no alembic.ini needed."""

"""The projection of every event class, by area; importing this package registers them all."""

from app.record.projections import congress, elections, entry, stacks

__all__ = ["congress", "elections", "entry", "stacks"]

"""The projection of every event class, by area; importing this package registers them all."""

from app.record.projections import congress, congress_steps, elections, entry, room, scans, stacks, stations

__all__ = ["congress", "congress_steps", "elections", "entry", "room", "scans", "stacks", "stations"]

"""Projections of the counting room's events: none — the log alone holds them (`app.room` reads them back)."""

from __future__ import annotations

from app.record.events import NetworkSeen, StaffSet
from app.record.projection import Envelope, Projection, projects


@projects(StaffSet, NetworkSeen)
def log_only(p: Projection, env: Envelope, ev: StaffSet | NetworkSeen) -> None:
    """Recorded for the log alone: the staff list and the network seen are read from the newest such record."""

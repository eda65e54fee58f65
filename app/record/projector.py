"""The one projector: each event class's projection (app.record.projections), applied in log order, live and by
`verify`. Nothing else writes the projection tables."""

from __future__ import annotations

from app.record import projections
from app.record.events import Event
from app.record.projection import PROJECTIONS, Envelope, Projection, ProjectionFault

assert projections  # every projection registered


def project(p: Projection, env: Envelope, event: Event) -> None:
    """Writes the rows the event makes (a stack made definitive must see its items made current first)."""
    if p.promoting:
        p.check_promotions(event)
    fn = PROJECTIONS.get(type(event))
    if fn is None:
        raise ProjectionFault("projection.unknown", action=env.action)
    fn(p, env, event)


__all__ = ["Envelope", "Projection", "ProjectionFault", "project"]

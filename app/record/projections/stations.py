"""Projections of the station keys' events onto the `station` table, and of accepted hand-over files onto
`handover_file` (each file once)."""

from __future__ import annotations

from app.keys import Registration
from app.record.events import (
    HandoverAccepted,
    HeadRekeyed,
    SigningStarted,
    StationRegistered,
    StationRekeyed,
    StationRequested,
)
from app.record.projection import Envelope, Projection, ProjectionFault, projects

HEADS = "SELECT fingerprint FROM station WHERE role = 'head' AND retired IS NULL ORDER BY fingerprint"


def register(p: Projection, env: Envelope, reg: Registration, role: str | None = None) -> None:
    """A key registered from this record on (a request made earlier becomes the registration)."""
    row = p.get("station", reg.fingerprint)
    values = {"name": reg.name, "key": reg.key, "role": role or reg.role, "since": env.seq, "retired": None}
    if row is None:
        p.insert("station", {"fingerprint": reg.fingerprint, **values}, env.seq)
    elif row["role"] == "requested":
        p.update("station", (reg.fingerprint,), values, env.seq)
    else:
        raise ProjectionFault("projection.station_exists", fingerprint=reg.fingerprint)


def retire(p: Projection, env: Envelope, fingerprint: str, role: str) -> None:
    """A registered key that signs no more from this record on."""
    row = p.get("station", fingerprint)
    if row is None or row["role"] != role or row["retired"] is not None:
        raise ProjectionFault("projection.no_station", fingerprint=fingerprint)
    p.update("station", (fingerprint,), {"retired": env.seq}, env.seq)


@projects(SigningStarted)
def signing(p: Projection, env: Envelope, ev: SigningStarted) -> None:
    """The converting station's key, registered as the head's from this record on (any head an unsigned
    record named before retired: records before signing started register nothing)."""
    reg = ev.station
    for (fp,) in p.sql.all(HEADS, {}):
        if fp != reg.fingerprint:
            retire(p, env, str(fp), "head")
    values = {"name": reg.name, "key": reg.key, "role": "head", "since": env.seq, "retired": None}
    if p.get("station", reg.fingerprint) is None:
        p.insert("station", {"fingerprint": reg.fingerprint, **values}, env.seq)
    else:
        p.update("station", (reg.fingerprint,), values, env.seq)


@projects(StationRegistered)
def registered(p: Projection, env: Envelope, ev: StationRegistered) -> None:
    """A station's key."""
    register(p, env, ev.registration)


@projects(StationRequested)
def requested(p: Projection, env: Envelope, ev: StationRequested) -> None:
    """A station asking to be registered (asking again renames the request)."""
    reg = ev.registration
    row = p.get("station", reg.fingerprint)
    if row is not None and row["role"] != "requested":
        raise ProjectionFault("projection.station_exists", fingerprint=reg.fingerprint)
    if row is None:
        p.insert(
            "station",
            {
                "fingerprint": reg.fingerprint,
                "name": reg.name,
                "key": reg.key,
                "role": "requested",
                "since": env.seq,
                "retired": None,
            },
            env.seq,
        )
    else:
        p.update("station", (reg.fingerprint,), {"name": reg.name, "since": env.seq}, env.seq)


@projects(StationRekeyed)
def station_rekeyed(p: Projection, env: Envelope, ev: StationRekeyed) -> None:
    """The old key retired, the new one registered."""
    retire(p, env, ev.old, "station")
    register(p, env, ev.registration)


@projects(HeadRekeyed)
def head_rekeyed(p: Projection, env: Envelope, ev: HeadRekeyed) -> None:
    """The head's old key retired, its new one registered."""
    retire(p, env, ev.old, "head")
    register(p, env, ev.registration)


@projects(HandoverAccepted)
def accepted(p: Projection, env: Envelope, ev: HandoverAccepted) -> None:
    """The file, so that it is never accepted twice."""
    if p.get("handover_file", ev.file) is not None:
        raise ProjectionFault("projection.handover_twice", file=ev.file)
    row = {"id": ev.file, "seq": env.seq, "fingerprint": ev.fingerprint, "sha256": ev.sha256, "passes": ev.passes}
    p.insert("handover_file", row, env.seq)

"""The congress's stations and their keys: who may write (the keys its log registers), the head's PIN checked on
the head's station, a station registered from its key file (with the PIN), a lost key replaced, a station on a
shared server asking to be registered, a head that lost its own key.

The window and the command line call these same functions. Registrations are log records (docs/signatures.md);
the `station` table is their projection.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app import people
from app.db import Actor, Database
from app.errors import Refused
from app.keys import Registration, StationKey, data_folder, grouped, read_station_key_file
from app.people import WrongPin
from app.record.events import HeadRekeyed, StationRegistered, StationRekeyed, StationRequested
from app.record.log import Tx
from app.storage import queries
from app.storage.rows import StationRow
from ballot.text import nfc

ROLES = ("head", "station", "requested")


@dataclass(frozen=True, slots=True)
class Station:
    """A key the congress knows: who holds it, its role (head, station, requested), since which record, and the
    record that retired it."""

    fingerprint: str
    name: str
    key: str
    role: str
    since: int
    retired: int | None

    @property
    def shown(self) -> str:
        """The fingerprint as people compare it: A1B2-C3D4-E5F6-0718."""
        return grouped(self.fingerprint)

    @property
    def active(self) -> bool:
        """Registered (head or station) and not retired: it may write."""
        return self.retired is None and self.role in ("head", "station")


def data_of(key: StationKey) -> Path:
    """The data folder a key lives in (its PIN file and anchors are kept beside it)."""
    return key.path.parent.parent if key.path is not None else data_folder()


def stations(db: Database) -> list[Station]:
    """Every key the congress registered or was asked to, in the order of the log."""
    with db.reading() as s:
        rows = s.scalars(select(StationRow).order_by(StationRow.since)).all()
        return [Station(r.fingerprint, r.name, r.key, r.role, r.since, r.retired) for r in rows]


def status(db: Database, fingerprint: str) -> Station | None:
    """A key's entry (by its fingerprint), if the congress knows it."""
    return next((st for st in stations(db) if st.fingerprint == fingerprint), None)


def uid_of(tx: Tx) -> str:
    """The congress's id."""
    uid = queries.congress_row(tx.orm).uid
    if not uid:
        raise Refused("station.no_congress_id", {}, "congress")
    return uid


def need_head(tx: Tx, action: str) -> None:
    """Refused unless this station's key is the head's (what needs the PIN is signed by the head's key)."""
    assert tx.signer is not None
    if tx.role() != "head":
        fp = grouped(tx.signer.fingerprint)
        raise Refused("station.not_head", {"fingerprint": fp, "action": _label(action)}, "station")


def _label(action: str) -> object:
    from app.texts import Phrase

    return Phrase(f"event.{action}")


def need_pin(tx: Tx, pin: str, action: str) -> None:
    """The head's PIN, checked on the head's station (the hash lives beside its key): a wrong one is refused
    as `WrongPin` (the database logs `pin.failed` after the refusal); after 5 wrong tries each try waits."""
    need_head(tx, action)
    assert tx.signer is not None
    attempt = people.try_head_pin(uid_of(tx), pin, data_of(tx.signer))
    if not attempt.ok:
        raise WrongPin(attempt, action)


def has_pin(db: Database, actor: Actor) -> bool:
    """Whether this station keeps the head's PIN for the congress."""
    uid = db.uid
    return bool(uid) and people.has_head_pin(str(uid), data_of(actor.signer()))


def pin_policy(pin: str) -> None:
    """At least `people.MIN_PIN` digits (`pin.too_short`, `pin.not_digits`)."""
    code = people.pin_fault(pin)
    if code is not None:
        raise Refused(code, {"min": people.MIN_PIN}, "pin")


def set_pin(db: Database, actor: Actor, new_pin: str, old_pin: str = "") -> None:
    """Sets or changes the head's PIN on the head's station (changing needs the old one, tried like any)."""
    pin_policy(new_pin)
    with db.writing(actor) as tx:
        need_head(tx, "pin")
        assert tx.signer is not None
        uid, folder = uid_of(tx), data_of(tx.signer)
        had = people.has_head_pin(uid, folder)
        failed = people.set_head_pin(uid, new_pin, old_pin, folder)
        if failed is not None:
            raise WrongPin(failed, "pin")
        from app.record.events import PinChanged

        tx.append(PinChanged(had))


def register(db: Database, actor: Actor, reg: Registration, pin: str) -> Station:
    """Registers a station's key (read from its key file; the fingerprints compared on both screens) with the
    head's PIN; a key registered already is left as it is. Its entry."""
    reg = Registration(nfc(reg.name).strip() or reg.fingerprint, reg.key, reg.fingerprint, "station")
    known = status(db, reg.fingerprint)
    if known is not None and known.active:
        if known.role == "head":
            raise Refused("station.is_head", {"fingerprint": known.shown}, "key")
        return known
    if known is not None and known.retired is not None:
        raise Refused("station.retired", {"fingerprint": known.shown}, "key")
    with db.writing(actor) as tx:
        need_pin(tx, pin, "station.registered")
        tx.append(StationRegistered(reg))
    found = status(db, reg.fingerprint)
    assert found is not None
    return found


def register_file(db: Database, actor: Actor, path: str | Path, pin: str) -> Station:
    """`register` with the registration a station key file offers."""
    return register(db, actor, read_station_key_file(path), pin)


def rekey(db: Database, actor: Actor, reg: Registration, old: str, pin: str) -> Station:
    """A station that lost its key: its new key registered, the old one retired from this record on."""
    reg = Registration(nfc(reg.name).strip() or reg.fingerprint, reg.key, reg.fingerprint, "station")
    by_fp = {st.fingerprint: st for st in stations(db)}
    before = by_fp.get(old)
    if before is None or before.role != "station" or before.retired is not None:
        raise Refused("station.not_a_station", {"fingerprint": grouped(old)}, "old")
    if reg.fingerprint in by_fp and by_fp[reg.fingerprint].role != "requested":
        raise Refused("station.known_key", {"fingerprint": grouped(reg.fingerprint)}, "key")
    with db.writing(actor) as tx:
        need_pin(tx, pin, "station.rekeyed")
        tx.append(StationRekeyed(reg, old))
    found = status(db, reg.fingerprint)
    assert found is not None
    return found


def request(db: Database, actor: Actor, name: str = "") -> Station:
    """A station the congress does not know yet asks to be registered (on a shared server): a record signed by
    its own key, which grants nothing; the head registers it from the window."""
    key = actor.signer()
    known = status(db, key.fingerprint)
    if known is not None and known.active:
        raise Refused("station.registered_already", {"fingerprint": known.shown}, "station")
    if known is not None and known.retired is not None:
        raise Refused("station.retired", {"fingerprint": known.shown}, "station")
    with db.writing(actor) as tx:
        tx.append(StationRequested(key.registration(nfc(name).strip() or actor.station)))
    found = status(db, key.fingerprint)
    assert found is not None
    return found


def rekey_head(db: Database, actor: Actor, reason: str, new_pin: str, name: str = "") -> Station:
    """The head's station lost its key: this station's key becomes the head's (signed by itself, with the
    reason; `verify` reports it prominently) and the new PIN is kept beside it."""
    from app.checks import need_reason

    reason = need_reason(reason)
    pin_policy(new_pin)
    key = actor.signer()
    known = status(db, key.fingerprint)
    if known is not None and known.role == "head" and known.retired is None:
        raise Refused("station.is_head", {"fingerprint": known.shown}, "key")
    if known is not None and known.role != "requested":
        raise Refused("station.known_key", {"fingerprint": known.shown}, "key")
    head = next((st for st in stations(db) if st.role == "head" and st.retired is None), None)
    if head is None:
        raise Refused("station.no_head", {}, "key")
    with db.writing(actor) as tx:
        uid = uid_of(tx)
        tx.append(HeadRekeyed(key.registration(nfc(name).strip() or actor.station, "head"), head.fingerprint, reason))
    people.store_pin_hash(uid, people.hash_pin(new_pin), data_of(key))
    found = status(db, key.fingerprint)
    assert found is not None
    return found


__all__ = [
    "Station",
    "data_of",
    "has_pin",
    "need_head",
    "need_pin",
    "register",
    "register_file",
    "rekey",
    "rekey_head",
    "request",
    "set_pin",
    "stations",
    "status",
]

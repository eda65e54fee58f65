"""What the workspace reports about stored data: a round's seal, an entered ballot, a log record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ballot.model import Ballot

BallotStatus = Literal["current", "superseded", "voided"]


@dataclass(frozen=True, slots=True)
class RoundStatus:
    """Whether a round is finalized (locked), its seal, and how many ballots are entered."""

    finalized: bool
    fingerprint: str
    finalized_at: str
    finalized_by: str
    entered: int


@dataclass(frozen=True, slots=True)
class StoredBallot:
    """One entered ballot as stored: who entered it, when, and whether it still counts."""

    id: int
    seq: int
    ballot: Ballot
    at: str
    operator: str
    station: str
    status: BallotStatus
    reason: str


@dataclass(frozen=True, slots=True)
class StoredSubtotal:
    """One team's subtotal as stored."""

    id: int
    subtotal: Any
    at: str
    operator: str
    status: BallotStatus
    reason: str


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One entry-log record (nhật ký nhập phiếu)."""

    seq: int
    at: str
    station: str
    operator: str
    action: str
    payload: dict[str, Any]
    data_hash: str
    prev_hash: str
    hash: str

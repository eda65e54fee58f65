"""The database tables (SQLAlchemy 2 typed declarative mapping), each converting to and from `ballot` values."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.fileformat.writer import hand_votes_doc
from app.storage.canonical import ballot_from_text, ballot_text, dumps
from ballot.model import (
    Ballot,
    Body,
    Candidate,
    CandidatePool,
    CommitteeMember,
    Congress,
    CongressKind,
    Decision,
    Election,
    ElectionKind,
    Electorate,
    Exclusion,
    HandVote,
    HandVoteTopic,
    InvalidReason,
    PoolTake,
    Purpose,
    Role,
    Round,
    Subtotal,
)
from ballot.rulesets import Parameters

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """All kiemphieu tables."""

    metadata = MetaData(naming_convention=NAMING)


class LogRow(Base):
    """One entry-log record (nhật ký nhập phiếu): append-only, hash-chained."""

    __tablename__ = "log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    station: Mapped[str] = mapped_column(Text)
    operator: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    data_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class CongressRow(Base):
    """The congress (one row), its rule set, parameters and the head's PIN."""

    __tablename__ = "congress"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ruleset: Mapped[str] = mapped_column(String(40))
    organization: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    term: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(Text)
    summoned: Mapped[int] = mapped_column(Integer)
    exclusions: Mapped[str] = mapped_column(Text)  # canonical JSON list of {reason, count}
    attending: Mapped[int] = mapped_column(Integer)
    committee: Mapped[str] = mapped_column(Text)  # canonical JSON list of {name, role}
    parameters: Mapped[str | None] = mapped_column(Text)  # canonical JSON or NULL
    head_pin: Mapped[str | None] = mapped_column(Text)  # scrypt$n$r$p$salt$hash
    backup_folder: Mapped[str | None] = mapped_column(Text)  # added by revision 0002
    entry_mode: Mapped[int] = mapped_column(Integer, server_default="1")  # 1, 2 or 3 entries (revision 0003)
    uid: Mapped[str | None] = mapped_column(String(36))  # the congress's id, carried by station files (0003)
    secret: Mapped[str | None] = mapped_column(String(64))  # HMAC key of station files, in every copy (0003)

    def to_domain(self) -> Congress:
        """The congress as a `ballot` value."""
        return Congress(
            organization=self.organization,
            title=self.title,
            term=self.term,
            kind=CongressKind(self.kind),
            electorate=Electorate(self.summoned, exclusions_from(self.exclusions)),
            attending=self.attending,
            place=self.place,
            date=self.date,
            counting_committee=tuple(CommitteeMember(m["name"], Role(m["role"])) for m in json.loads(self.committee)),
        )

    def from_domain(self, c: Congress) -> None:
        """Takes every field of the congress."""
        self.organization, self.title, self.term, self.kind = c.organization, c.title, c.term, c.kind.value
        self.place, self.date, self.attending = c.place, c.date, c.attending
        self.summoned, self.exclusions = c.electorate.summoned, exclusions_text(c.electorate)
        self.committee = dumps([{"name": m.name, "role": m.role.value} for m in c.counting_committee])

    def parameters_domain(self) -> Parameters | None:
        """The congress's own parameters, if it set any."""
        return None if self.parameters is None else parameters_from(self.parameters)


class ElectionRow(Base):
    """An election (or opinion ballot); removed ones stay, marked."""

    __tablename__ = "election"

    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    seats: Mapped[int] = mapped_column(Integer)
    electorate: Mapped[str | None] = mapped_column(Text)  # canonical JSON or NULL
    pool_election: Mapped[str | None] = mapped_column(String(60))
    pool_take: Mapped[str | None] = mapped_column(String(20))
    max_surplus: Mapped[int | None] = mapped_column(Integer)
    removed: Mapped[str | None] = mapped_column(Text)  # the reason, when removed
    hand_votes: Mapped[str | None] = mapped_column(Text)  # canonical JSON or NULL (revision 0004)

    def to_domain(self, candidates: tuple[Candidate, ...], rounds: tuple[Round, ...]) -> Election:
        """The election with the given candidates and rounds."""
        return Election(
            id=self.id,
            title=self.title,
            body=Body(self.body),
            seats=self.seats,
            candidates=candidates,
            rounds=rounds,
            kind=ElectionKind(self.kind),
            electorate=None if self.electorate is None else electorate_from(self.electorate),
            candidate_pool=None
            if self.pool_election is None
            else CandidatePool(self.pool_election, PoolTake(self.pool_take or "elected")),
            max_surplus=self.max_surplus,
            hand_votes=hand_votes_from(self.hand_votes),
        )

    def from_domain(self, e: Election) -> None:
        """Takes every field of the election but its candidates and rounds."""
        self.id, self.title, self.body, self.kind, self.seats = e.id, e.title, e.body.value, e.kind.value, e.seats
        self.electorate = None if e.electorate is None else electorate_text(e.electorate)
        self.pool_election = None if e.candidate_pool is None else e.candidate_pool.election
        self.pool_take = None if e.candidate_pool is None else e.candidate_pool.take.value
        self.max_surplus = e.max_surplus
        self.hand_votes = hand_votes_text(e.hand_votes)


class CandidateRow(Base):
    """A person on an election's list; `no` is kept across rounds."""

    __tablename__ = "candidate"

    election_id: Mapped[str] = mapped_column(ForeignKey("election.id"), primary_key=True)
    no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    election: Mapped[ElectionRow] = relationship(lazy="raise")  # orders inserts: election first

    def to_domain(self) -> Candidate:
        """The candidate as a `ballot` value."""
        return Candidate(self.no, self.name, self.note)

    @classmethod
    def from_domain(cls, election_id: str, position: int, c: Candidate) -> CandidateRow:
        """A row for this candidate at this place on the list."""
        return cls(election_id=election_id, no=c.no, position=position, name=c.name, note=c.note)


class RoundRow(Base):
    """One round of one election: its list, seats, counts, and its seal once finalized."""

    __tablename__ = "round"

    election_id: Mapped[str] = mapped_column(ForeignKey("election.id"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seats: Mapped[int] = mapped_column(Integer)
    candidates: Mapped[str] = mapped_column(Text)  # "1,2,3" in ballot order
    ballots_issued: Mapped[int] = mapped_column(Integer)
    ballots_collected: Mapped[int] = mapped_column(Integer)
    present: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(20))
    tie_break_needs_majority: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str | None] = mapped_column(Text)  # canonical JSON or NULL
    fingerprint: Mapped[str | None] = mapped_column(String(64))  # set while finalized
    finalized_at: Mapped[str | None] = mapped_column(String(40))
    finalized_by: Mapped[str | None] = mapped_column(Text)
    votes: Mapped[str | None] = mapped_column(Text)  # canonical JSON of the result at finalize
    election: Mapped[ElectionRow] = relationship(lazy="raise")

    def to_domain(self, ballots: tuple[Ballot, ...] = (), subtotals: tuple[Subtotal, ...] = ()) -> Round:
        """The round with the given ballots and subtotals."""
        decision = None
        if self.decision is not None:
            d = json.loads(self.decision)
            decision = Decision(d["by"], d["note"], d["at"])
        return Round(
            number=self.number,
            seats=self.seats,
            candidates=tuple(int(x) for x in self.candidates.split(",")) if self.candidates else (),
            ballots_issued=self.ballots_issued,
            ballots_collected=self.ballots_collected,
            ballots=ballots,
            subtotals=subtotals,
            present=self.present,
            purpose=Purpose(self.purpose),
            tie_break_needs_majority=bool(self.tie_break_needs_majority),
            decision=decision,
        )

    def from_domain(self, election_id: str, r: Round) -> None:
        """Takes every field of the round but its ballots and subtotals."""
        self.election_id, self.number, self.seats = election_id, r.number, r.seats
        self.candidates = ",".join(map(str, r.candidates))
        self.ballots_issued, self.ballots_collected, self.present = r.ballots_issued, r.ballots_collected, r.present
        self.purpose, self.tie_break_needs_majority = r.purpose.value, int(r.tie_break_needs_majority)
        self.decision = (
            None if r.decision is None else dumps({"by": r.decision.by, "note": r.decision.note, "at": r.decision.at})
        )


class BallotRow(Base):
    """One entered paper ballot (or stack); `id` is the seq of the log record that wrote it."""

    __tablename__ = "ballot"
    __table_args__ = (
        ForeignKeyConstraint(["election_id", "round_no"], ["round.election_id", "round.number"]),
        Index("ix_ballot_round_seq", "election_id", "round_no", "seq"),
    )

    # the log record's seq; not a database foreign key (revision 0005): `verify` checks the row against it
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    election_id: Mapped[str] = mapped_column(String(60))
    round_no: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)  # compact canonical text, see canonical.py
    count: Mapped[int] = mapped_column(Integer)
    team: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12))  # current | superseded | voided
    changed_by: Mapped[int | None] = mapped_column(Integer)  # log seq of the correction
    reason: Mapped[str | None] = mapped_column(Text)
    round: Mapped[RoundRow] = relationship(lazy="raise")

    def to_domain(self) -> Ballot:
        """The ballot as a `ballot` value."""
        return ballot_from_text(self.content, self.count, self.team)

    @classmethod
    def from_domain(cls, id: int, election_id: str, round_no: int, seq: int, b: Ballot) -> BallotRow:
        """A current row for this ballot."""
        return cls(
            id=id,
            election_id=election_id,
            round_no=round_no,
            seq=seq,
            content=ballot_text(b),
            count=b.count,
            team=b.team,
            status="current",
        )


class SubtotalRow(Base):
    """A counting team's hand-counted totals; `id` is the seq of the log record that wrote it."""

    __tablename__ = "subtotal"
    __table_args__ = (ForeignKeyConstraint(["election_id", "round_no"], ["round.election_id", "round.number"]),)

    id: Mapped[int] = mapped_column(ForeignKey("log.seq"), primary_key=True, autoincrement=False)
    election_id: Mapped[str] = mapped_column(String(60))
    round_no: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)  # canonical JSON of the subtotal
    status: Mapped[str] = mapped_column(String(12))
    changed_by: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    log: Mapped[LogRow] = relationship(lazy="raise")
    round: Mapped[RoundRow] = relationship(lazy="raise")

    def to_domain(self) -> Subtotal:
        """The subtotal as a `ballot` value."""
        return subtotal_from(self.content)


class TeamRow(Base):
    """A counting team (tổ kiểm phiếu) and its members; `id` is the seq of the log record that made it."""

    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("name", name="uq_team_name"),)

    id: Mapped[int] = mapped_column(ForeignKey("log.seq"), primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(Text)
    members: Mapped[str] = mapped_column(Text)  # canonical JSON list of names


class StackRow(Base):
    """A team's box or pile of one round, entered independently `required` times; `id` is its log record's seq."""

    __tablename__ = "stack"
    __table_args__ = (
        ForeignKeyConstraint(["election_id", "round_no"], ["round.election_id", "round.number"]),
        UniqueConstraint("election_id", "round_no", "team", "kind", name="uq_stack_election_id"),
    )

    id: Mapped[int] = mapped_column(ForeignKey("log.seq"), primary_key=True, autoincrement=False)
    election_id: Mapped[str] = mapped_column(String(60))
    round_no: Mapped[int] = mapped_column(Integer)
    team: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(12))  # ballots | subtotal
    collected: Mapped[int] = mapped_column(Integer)  # ballots in the stack
    required: Mapped[int] = mapped_column(Integer)  # identical entries needed (1, 2, 3)
    state: Mapped[str] = mapped_column(String(12))  # awaiting | differ | definitive


class PassRow(Base):
    """One operator's blind entry of a stack; `id` is the seq of the log record that opened (or merged) it."""

    __tablename__ = "entry_pass"

    id: Mapped[int] = mapped_column(ForeignKey("log.seq"), primary_key=True, autoincrement=False)
    stack_id: Mapped[int] = mapped_column(ForeignKey("stack.id"))
    number: Mapped[int] = mapped_column(Integer)
    operator: Mapped[str] = mapped_column(Text)
    station: Mapped[str] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)  # "<congress uid>/<station>/<pass id>" when merged
    completed: Mapped[int | None] = mapped_column(Integer)  # log seq of the completion


class PassItemRow(Base):
    """One ballot (or the subtotal sheet) as one pass read it; keyed by the log record that wrote it."""

    __tablename__ = "pass_item"
    __table_args__ = (Index("ix_pass_item_pass", "pass_id", "seq"),)

    log_seq: Mapped[int] = mapped_column(ForeignKey("log.seq"), primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    pass_id: Mapped[int] = mapped_column(ForeignKey("entry_pass.id"))
    content: Mapped[str] = mapped_column(Text)  # ballot text, or canonical JSON of a subtotal
    count: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))  # current | superseded
    changed_by: Mapped[int | None] = mapped_column(Integer)


class ResolutionRow(Base):
    """The head's decision on one differing ballot: the entry kept, or (choice NULL) the head's own reading."""

    __tablename__ = "resolution"

    id: Mapped[int] = mapped_column(ForeignKey("log.seq"), primary_key=True, autoincrement=False)
    stack_id: Mapped[int] = mapped_column(ForeignKey("stack.id"))
    seq: Mapped[int] = mapped_column(Integer)
    choice: Mapped[int | None] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    count: Mapped[int] = mapped_column(Integer)


def exclusions_text(e: Electorate) -> str:
    """The exclusions as canonical JSON."""
    return dumps([{"reason": x.reason, "count": x.count} for x in e.exclusions])


def exclusions_from(text: str) -> tuple[Exclusion, ...]:
    """The exclusions stored by `exclusions_text`."""
    return tuple(Exclusion(x["reason"], x["count"]) for x in json.loads(text))


def electorate_text(e: Electorate) -> str:
    """An election's own electorate as canonical JSON."""
    return dumps({"summoned": e.summoned, "exclusions": json.loads(exclusions_text(e))})


def electorate_from(text: str) -> Electorate:
    """The electorate stored by `electorate_text`."""
    d = json.loads(text)
    return Electorate(d["summoned"], tuple(Exclusion(x["reason"], x["count"]) for x in d["exclusions"]))


def parameters_text(p: Parameters) -> str:
    """Every parameter as canonical JSON (fractions as 'n/d')."""
    return dumps(
        {
            "surplus_cap": str(p.surplus_cap),
            "surplus_rounding": p.surplus_rounding,
            "small_body_seats": list(p.small_body_seats),
            "small_body_cap": p.small_body_cap,
            "advised_surplus": [str(x) for x in p.advised_surplus],
            "opinion_threshold": str(p.opinion_threshold),
            "tie_break_needs_majority": p.tie_break_needs_majority,
        }
    )


def parameters_from(text: str) -> Parameters:
    """The parameters stored by `parameters_text`."""
    d = json.loads(text)
    lo, hi = d["advised_surplus"]
    seats_lo, seats_hi = d["small_body_seats"]
    return Parameters(
        surplus_cap=Fraction(d["surplus_cap"]),
        surplus_rounding=d["surplus_rounding"],
        small_body_seats=(seats_lo, seats_hi),
        small_body_cap=d["small_body_cap"],
        advised_surplus=(Fraction(lo), Fraction(hi)),
        opinion_threshold=Fraction(d["opinion_threshold"]),
        tie_break_needs_majority=d["tie_break_needs_majority"],
    )


def subtotal_doc(s: Subtotal) -> dict[str, Any]:
    """A subtotal as a plain document (every key present)."""
    return {
        "team": s.team,
        "ballots": s.ballots,
        "invalid": {k.value: v for k, v in sorted(s.invalid.items())},
        "votes": {str(k): v for k, v in sorted(s.votes.items())},
        "disagree": {str(k): v for k, v in sorted(s.disagree.items())},
    }


def subtotal_from(text: str) -> Subtotal:
    """The subtotal stored as canonical JSON of `subtotal_doc`."""
    d = json.loads(text)
    return Subtotal(
        team=d["team"],
        ballots=d["ballots"],
        invalid={InvalidReason(k): v for k, v in d["invalid"].items()},
        votes={int(k): v for k, v in d["votes"].items()},
        disagree={int(k): v for k, v in d["disagree"].items()},
    )


def hand_votes_text(votes: tuple[HandVote, ...]) -> str | None:
    """Show-of-hands votes as canonical JSON; None when there are none."""
    return dumps(hand_votes_doc(votes)) if votes else None


def hand_votes_from(text: str | None) -> tuple[HandVote, ...]:
    """The votes stored by `hand_votes_text`."""
    if not text:
        return ()
    return tuple(HandVote(HandVoteTopic(d["topic"]), d["agree"], d["disagree"], d["abstain"]) for d in json.loads(text))

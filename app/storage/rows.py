"""The database tables (SQLAlchemy 2 typed declarative mapping): the entry log and its projection.

Only the projector (`app.record.projector`) writes the projection tables; these classes read them back as
`ballot` values through the one codec (`app.record.codec`), strictly: a value that is not what the column
should hold is a `RecordFault` naming the table, row and column, never a crash.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.record import codec
from app.record.fields import Doc, RecordFault, enum_value, integer, text
from ballot.model import (
    Ballot,
    Body,
    Candidate,
    CandidatePool,
    Congress,
    CongressKind,
    CongressLevel,
    Decision,
    Election,
    ElectionKind,
    Electorate,
    PoolTake,
    Purpose,
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
    key: Mapped[str | None] = mapped_column(String(16))  # the signer's fingerprint (revision 0008)
    signature: Mapped[str | None] = mapped_column(String(90))  # Ed25519 over `hash`, purpose log (0008)


class CongressRow(Base):
    """The congress (one row), its rule set and parameters (the head's PIN lives beside the head's key)."""

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
    backup_folder: Mapped[str | None] = mapped_column(Text)  # added by revision 0002
    entry_mode: Mapped[int] = mapped_column(Integer, server_default="1")  # 1, 2 or 3 entries (revision 0003)
    uid: Mapped[str | None] = mapped_column(String(36))  # the congress's id, carried by station files (0003)
    level: Mapped[str | None] = mapped_column(String(20))  # cell | grassroots | higher, or NULL (revision 0007)

    def to_domain(self) -> Congress:
        """The congress as a `ballot` value."""
        p = "congress"
        return Congress(
            organization=text(self.organization, f"{p}.organization"),
            title=text(self.title, f"{p}.title"),
            term=text(self.term, f"{p}.term"),
            kind=enum_value(self.kind, CongressKind, f"{p}.kind"),
            electorate=Electorate(
                integer(self.summoned, f"{p}.summoned"), codec.exclusions_from_text(self.exclusions, f"{p}.exclusions")
            ),
            attending=integer(self.attending, f"{p}.attending"),
            place=text(self.place, f"{p}.place"),
            date=text(self.date, f"{p}.date"),
            counting_committee=codec.committee_from_text(self.committee, f"{p}.committee"),
            level=None if self.level is None else enum_value(self.level, CongressLevel, f"{p}.level"),
        )

    def parameters_domain(self) -> Parameters | None:
        """The congress's own parameters, if it set any."""
        if self.parameters is None:
            return None
        return codec.parameters_from(Doc(codec.loads(self.parameters, "congress.parameters"), "congress.parameters"))


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
    propose: Mapped[int | None] = mapped_column(Integer)  # a nomination ballot's places (revision 0007)
    withdrawals: Mapped[str | None] = mapped_column(Text)  # canonical JSON or NULL (revision 0007)
    pause: Mapped[str | None] = mapped_column(Text)  # canonical JSON or NULL (revision 0007)

    def to_domain(self, candidates: tuple[Candidate, ...], rounds: tuple[Round, ...]) -> Election:
        """The election with the given candidates and rounds."""
        p = f"election[{self.id}]"
        pool = None
        if self.pool_election is not None:
            pool = CandidatePool(
                text(self.pool_election, f"{p}.pool_election"), enum_value(self.pool_take, PoolTake, f"{p}.pool_take")
            )
        return Election(
            id=text(self.id, f"{p}.id"),
            title=text(self.title, f"{p}.title"),
            body=enum_value(self.body, Body, f"{p}.body"),
            seats=integer(self.seats, f"{p}.seats"),
            candidates=candidates,
            rounds=rounds,
            kind=enum_value(self.kind, ElectionKind, f"{p}.kind"),
            electorate=None
            if self.electorate is None
            else codec.electorate_from(Doc(codec.loads(self.electorate, f"{p}.electorate"), f"{p}.electorate")),
            candidate_pool=pool,
            max_surplus=None if self.max_surplus is None else integer(self.max_surplus, f"{p}.max_surplus"),
            hand_votes=()
            if self.hand_votes is None
            else tuple(
                codec.hand_vote_from(v, f"{p}.hand_votes[{i}]")
                for i, v in enumerate(_list(codec.loads(self.hand_votes, f"{p}.hand_votes"), f"{p}.hand_votes"))
            ),
            propose=None if self.propose is None else integer(self.propose, f"{p}.propose", 1),
            withdrawals=codec.withdrawals_from_text(self.withdrawals, f"{p}.withdrawals"),
            pause=codec.pause_from_text(self.pause, f"{p}.pause"),
        )


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
        p = f"candidate[{self.election_id}, {self.no}]"
        return Candidate(integer(self.no, f"{p}.no"), text(self.name, f"{p}.name"), text(self.note, f"{p}.note"))


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
    seal_key: Mapped[str | None] = mapped_column(String(43))  # the head's public key that signed the seal (0008)
    seal_signature: Mapped[str | None] = mapped_column(String(90))  # purpose seal (0008)
    head_choice: Mapped[str | None] = mapped_column(Text)  # canonical JSON or NULL (revision 0007)
    election: Mapped[ElectionRow] = relationship(lazy="raise")

    def to_domain(self, ballots: tuple[Ballot, ...] = (), subtotals: tuple[Subtotal, ...] = ()) -> Round:
        """The round with the given ballots and subtotals."""
        p = f"round[{self.election_id}, {self.number}]"
        decision: Decision | None = None
        if self.decision is not None:
            decision = codec.decision_from(Doc(codec.loads(self.decision, f"{p}.decision"), f"{p}.decision"))
        return Round(
            number=integer(self.number, f"{p}.number"),
            seats=integer(self.seats, f"{p}.seats"),
            candidates=codec.candidates_from_text(self.candidates, f"{p}.candidates"),
            ballots_issued=integer(self.ballots_issued, f"{p}.ballots_issued"),
            ballots_collected=integer(self.ballots_collected, f"{p}.ballots_collected"),
            ballots=ballots,
            subtotals=subtotals,
            present=None if self.present is None else integer(self.present, f"{p}.present"),
            purpose=enum_value(self.purpose, Purpose, f"{p}.purpose"),
            tie_break_needs_majority=bool(integer(self.tie_break_needs_majority, f"{p}.tie_break_needs_majority")),
            decision=decision,
            head_choice=codec.head_choice_from_text(self.head_choice, f"{p}.head_choice"),
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
        return codec.ballot_from_text(self.content, self.count, self.team, f"ballot[{self.id}]")


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
        return codec.subtotal_from_text(self.content, f"subtotal[{self.id}].content")


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


class ScanPageRow(Base):
    """One scanned page as read, and what became of it; `id` is the seq of the log record that wrote it.

    The image is kept beside the congress under `file` (its SHA-256 and extension); `reading` is the reader's
    verdict as canonical JSON (struck, marks, doubtful rows, reason codes), `decisions` the people's decisions
    (row number → verdict, "ballot" → the committee's ruling); `state` is read, waiting (a doubt open), decided,
    counted (a ballot or a scanned pass's item, `ballot` its record) or rejected.
    """

    __tablename__ = "scan_page"
    __table_args__ = (Index("ix_scan_page_sha256", "sha256"), Index("ix_scan_page_round", "election_id", "round_no"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sha256: Mapped[str] = mapped_column(String(64))
    file: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    page: Mapped[int] = mapped_column(Integer)
    election_id: Mapped[str | None] = mapped_column(String(60))
    round_no: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))  # read | doubtful | rejected (the reader's verdict)
    form: Mapped[str | None] = mapped_column(String(20))
    reading: Mapped[str] = mapped_column(Text)
    decisions: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(12))  # read | waiting | decided | counted | rejected
    ballot: Mapped[int | None] = mapped_column(Integer)
    stack_id: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int | None] = mapped_column(Integer)
    fed_station: Mapped[str] = mapped_column(Text)  # who recorded the page (a scanned pass is theirs)
    fed_operator: Mapped[str] = mapped_column(Text)


class StationRow(Base):
    """A key the congress registered (or a station asking to be): who holds it, its role, since which record,
    and the record that retired it (revision 0008). Written only from the registration records."""

    __tablename__ = "station"

    fingerprint: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(43))  # the public key, base64url
    role: Mapped[str] = mapped_column(String(12))  # head | station | requested
    since: Mapped[int] = mapped_column(Integer)  # the record that registered (or requested) it
    retired: Mapped[int | None] = mapped_column(Integer)  # the record from which it signs no more


class HandoverFileRow(Base):
    """A station's hand-over file the head accepted: each file once (revision 0008)."""

    __tablename__ = "handover_file"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the file's own id
    seq: Mapped[int] = mapped_column(Integer)  # the record that accepted it
    fingerprint: Mapped[str] = mapped_column(String(16))  # the station key that signed it
    sha256: Mapped[str] = mapped_column(String(64))
    passes: Mapped[int] = mapped_column(Integer)


def _list(value: object, path: str) -> list[object]:
    if not isinstance(value, list):
        raise RecordFault("record.type", {"expected": "list", "found": "value"}, path)
    return value

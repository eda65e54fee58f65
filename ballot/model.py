"""The congress, its elections, rounds, candidates and ballots as immutable values."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from ballot.rulesets import Parameters
from ballot.text import nfc


class CongressKind(enum.StrEnum):
    """Who votes: delegates, all members, or the members of a committee."""

    DELEGATES = "delegates"
    MEMBERS = "members"
    CONFERENCE = "conference"


class CongressLevel(enum.StrEnum):
    """Which organisation holds the congress: a cell (chi bộ), a grassroots organisation, or a higher level."""

    CELL = "cell"
    GRASSROOTS = "grassroots"
    HIGHER = "higher"


class Body(enum.StrEnum):
    """What an election fills."""

    COMMITTEE = "committee"
    STANDING_COMMITTEE = "standing_committee"
    SECRETARY = "secretary"
    DEPUTY_SECRETARY = "deputy_secretary"
    INSPECTION_COMMITTEE = "inspection_committee"
    INSPECTION_CHAIR = "inspection_chair"
    INSPECTION_DEPUTY_CHAIR = "inspection_deputy_chair"
    DELEGATES = "delegates"
    ALTERNATE_DELEGATES = "alternate_delegates"
    OTHER = "other"


class ElectionKind(enum.StrEnum):
    """An election proper, an opinion ballot on nominees (phiếu xin ý kiến), or a nomination ballot (phiếu giới thiệu)."""

    ELECTION = "election"
    OPINION = "opinion"
    NOMINATION = "nomination"


class Purpose(enum.StrEnum):
    """Why a round is held."""

    ELECTION = "election"
    TIE_BREAK = "tie_break"


class Form(enum.StrEnum):
    """The paper form of a round's ballot."""

    STRIKE_OUT = "strike_out"
    AGREE_DISAGREE = "agree_disagree"
    #: A nomination ballot: the voter writes up to N names of the pool.
    WRITTEN = "written"


class Mark(enum.StrEnum):
    """What a voter put in one row of an agree/disagree ballot."""

    AGREE = "agree"
    DISAGREE = "disagree"
    BOTH = "both"
    NONE = "none"


class InvalidReason(enum.StrEnum):
    """Why a ballot is invalid (Quy chế 190, Art. 15; 244, Art. 17 cl. 2)."""

    NOT_ISSUED = "not_issued"
    OVER_LIMIT = "over_limit"
    NONE_KEPT = "none_kept"
    SINGLE_NO_CHOICE = "single_no_choice"
    WRITE_IN = "write_in"
    MARKED = "marked"
    #: A nomination ballot with a name written that is not in the pool [V].
    OUTSIDE_POOL = "outside_pool"


#: Reasons only the counting committee can rule; the others follow from the marks.
RULED_REASONS = frozenset({InvalidReason.NOT_ISSUED, InvalidReason.WRITE_IN, InvalidReason.MARKED})


class PoolTake(enum.StrEnum):
    """Which part of another election's result a candidate pool takes."""

    ELECTED = "elected"
    NOT_ELECTED = "not_elected"
    #: The proposed of a nomination ballot (with the head's choice on a tie).
    PROPOSED = "proposed"


class Role(enum.StrEnum):
    """A member's place in the counting committee."""

    HEAD = "head"
    MEMBER = "member"


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A group left out of the threshold base, with the reason people confirmed."""

    reason: str
    count: int


@dataclass(frozen=True, slots=True)
class Electorate:
    """The inputs of the threshold base: summoned minus each exclusion."""

    summoned: int
    exclusions: tuple[Exclusion, ...] = ()

    @property
    def excluded(self) -> int:
        """Σ exclusions.count."""
        return sum(e.count for e in self.exclusions)

    @property
    def base(self) -> int:
        """base = summoned − Σ exclusions (Quy chế 190, Art. 30 cl. 2–3)."""
        return self.summoned - self.excluded


@dataclass(frozen=True, slots=True)
class CommitteeMember:
    """A member of the counting committee (ban kiểm phiếu)."""

    name: str
    role: Role = Role.MEMBER


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person on an election list; `no` is the identity kept across rounds."""

    no: int
    name: str
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", nfc(self.name))
        object.__setattr__(self, "note", nfc(self.note))


@dataclass(frozen=True, slots=True)
class StruckBallot:
    """A strike-out ballot: the numbers of the struck names (may be empty)."""

    struck: frozenset[int]
    count: int = 1
    team: str | None = None


@dataclass(frozen=True, slots=True)
class MarkedBallot:
    """An agree/disagree ballot: a mark per candidate number (missing means none)."""

    marks: Mapping[int, Mark]
    count: int = 1
    team: str | None = None


@dataclass(frozen=True, slots=True)
class RuledInvalidBallot:
    """A ballot the committee ruled invalid, with its reason."""

    reason: InvalidReason
    count: int = 1
    team: str | None = None


@dataclass(frozen=True, slots=True)
class NominatedBallot:
    """A nomination ballot: the pool numbers of the names written, and how many written names are outside the pool.

    A name outside the pool has no number; only how many there were matters to the rules.
    """

    names: frozenset[int]
    outside_pool: int = 0
    count: int = 1
    team: str | None = None

    @property
    def written(self) -> int:
        """Every name written, in the pool or not."""
        return len(self.names) + self.outside_pool


Ballot = StruckBallot | MarkedBallot | RuledInvalidBallot | NominatedBallot


@dataclass(frozen=True, slots=True)
class Subtotal:
    """A hand-counted stack reported as totals by a counting team."""

    team: str
    ballots: int
    invalid: Mapping[InvalidReason, int] = field(default_factory=dict)
    votes: Mapping[int, int] = field(default_factory=dict)
    disagree: Mapping[int, int] = field(default_factory=dict)

    @property
    def invalid_total(self) -> int:
        """Invalid ballots in this stack."""
        return sum(self.invalid.values())


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision the people made (another round, a tie ballot), and who made it."""

    by: str
    note: str = ""
    at: str = ""


class HandVoteTopic(enum.StrEnum):
    """What the congress voted on by show of hands for an election (RULES.md §2)."""

    SEATS = "seats"
    LIST = "list"


@dataclass(frozen=True, slots=True)
class HandVote:
    """A show-of-hands vote the minutes quote: agree, disagree and abstain counts (not counted ballot by ballot)."""

    topic: HandVoteTopic
    agree: int
    disagree: int = 0
    abstain: int = 0


@dataclass(frozen=True, slots=True)
class HeadChoice:
    """The committee head's choice among names with equal counts at a nomination ballot's cut (2025 Q&A)."""

    chosen: tuple[int, ...]
    decision: Decision


class Proposal(enum.StrEnum):
    """What the presidium proposes on a request to withdraw from the list."""

    ALLOW = "allow"
    REFUSE = "refuse"


class VoteMethod(enum.StrEnum):
    """How the congress voted: show of hands (or party cards), or secret ballot."""

    HANDS = "hands"
    SECRET = "secret"


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A request to withdraw from the list (xin rút), the presidium's proposal and the congress's vote on it.

    `agree`/`disagree`/`abstain` count the votes on the presidium's proposal (None: no vote counted);
    `allowed` is the congress's decision when it is recorded as such; `round` is the first round whose
    list it changes.
    """

    no: int
    proposal: Proposal
    agree: int | None = None
    disagree: int = 0
    abstain: int = 0
    method: VoteMethod = VoteMethod.HANDS
    allowed: bool | None = None
    round: int = 1
    reason: str = ""


class PauseReason(enum.StrEnum):
    """Why an election was paused."""

    #: The intended secretary, deputy or inspection chair was not elected to the committee (2025 Q&A).
    INTENDED_NOT_ELECTED = "intended_not_elected"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Pause:
    """An election paused to ask the higher standing committee: a decision, with who decided, not a failure."""

    reason: PauseReason
    decision: Decision
    intended: str = ""
    resumed: Decision | None = None


@dataclass(frozen=True, slots=True)
class Round:
    """One ballot of one election: its list, its seats and its paper."""

    number: int
    seats: int
    candidates: tuple[int, ...]
    ballots_issued: int
    ballots_collected: int
    ballots: tuple[Ballot, ...] = ()
    subtotals: tuple[Subtotal, ...] = ()
    present: int | None = None
    purpose: Purpose = Purpose.ELECTION
    tie_break_needs_majority: bool = False
    decision: Decision | None = None
    head_choice: HeadChoice | None = None

    @property
    def form(self) -> Form:
        """Strike-out when the list is longer than the seats; agree/disagree otherwise."""
        return Form.STRIKE_OUT if len(self.candidates) > self.seats else Form.AGREE_DISAGREE


@dataclass(frozen=True, slots=True)
class CandidatePool:
    """Candidates must come from another election's result (e.g. direct election of the secretary)."""

    election: str
    take: PoolTake


@dataclass(frozen=True, slots=True)
class Election:
    """An election (or opinion or nomination ballot) with its candidates and rounds.

    For a nomination ballot `seats` is the most names a voter may write and `propose` the number of
    names the congress asks for (default: `seats`).
    """

    id: str
    title: str
    body: Body
    seats: int
    candidates: tuple[Candidate, ...]
    rounds: tuple[Round, ...] = ()
    kind: ElectionKind = ElectionKind.ELECTION
    electorate: Electorate | None = None
    candidate_pool: CandidatePool | None = None
    max_surplus: int | None = None
    hand_votes: tuple[HandVote, ...] = ()
    withdrawals: tuple[Withdrawal, ...] = ()
    pause: Pause | None = None
    propose: int | None = None

    def form(self, rnd: Round) -> Form:
        """An opinion ballot is per-name agree/disagree, a nomination ballot written names; else the list decides."""
        if self.kind is ElectionKind.OPINION:
            return Form.AGREE_DISAGREE
        if self.kind is ElectionKind.NOMINATION:
            return Form.WRITTEN
        return rnd.form

    @property
    def places(self) -> int:
        """How many names a nomination ballot proposes: `propose`, else `seats`."""
        return self.seats if self.propose is None else self.propose

    def candidate(self, no: int) -> Candidate:
        """The candidate with this number."""
        for c in self.candidates:
            if c.no == no:
                return c
        raise KeyError(no)


@dataclass(frozen=True, slots=True)
class Congress:
    """A congress (đại hội) or conference and the facts its minutes quote."""

    organization: str
    title: str
    term: str
    kind: CongressKind
    electorate: Electorate
    attending: int
    place: str = ""
    date: str = ""
    counting_committee: tuple[CommitteeMember, ...] = ()
    level: CongressLevel | None = None


@dataclass(frozen=True, slots=True)
class ElectionData:
    """Everything a tally needs: the rule set, the congress and its elections."""

    ruleset: str
    congress: Congress
    elections: tuple[Election, ...]
    parameters: Parameters | None = None

    def election(self, election_id: str) -> Election:
        """The election with this id."""
        for e in self.elections:
            if e.id == election_id:
                return e
        raise KeyError(election_id)

"""The Party's election rules: pure, typed values and functions (no Qt, no database, no PDF).

Read `model` for what an election is, `validity` for when a ballot counts,
`threshold` for the "more than half of those summoned" test, `outcome` for
who is elected (and when people must decide), `tally` and `election` for the
count itself, `checks` and `problems` for reconciliation codes, `nomination`
for the nomination ballot's ranking, `withdrawal` for requests to leave the
list, `structure` for what a congress elects in what order (and the cell's
limits), `pause` for an election paused to ask the higher committee.
"""

from ballot.election import ElectionResult, tally_all, tally_election
from ballot.model import (
    Ballot,
    Body,
    Candidate,
    Congress,
    CongressKind,
    CongressLevel,
    Election,
    ElectionData,
    ElectionKind,
    Form,
    HeadChoice,
    InvalidReason,
    Mark,
    MarkedBallot,
    NominatedBallot,
    Pause,
    PauseReason,
    Proposal,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
    VoteMethod,
    Withdrawal,
)
from ballot.outcome import Admitted, Complete, Nominated, Outcome, Shortfall, Tie
from ballot.problems import Code, Level, Problem
from ballot.tally import RoundResult, Status

__all__ = [
    "Admitted",
    "Ballot",
    "Body",
    "Candidate",
    "Code",
    "Complete",
    "Congress",
    "CongressKind",
    "CongressLevel",
    "Election",
    "ElectionData",
    "ElectionKind",
    "ElectionResult",
    "Form",
    "HeadChoice",
    "InvalidReason",
    "Level",
    "Mark",
    "MarkedBallot",
    "Nominated",
    "NominatedBallot",
    "Outcome",
    "Pause",
    "PauseReason",
    "Problem",
    "Proposal",
    "Round",
    "RoundResult",
    "RuledInvalidBallot",
    "Shortfall",
    "Status",
    "StruckBallot",
    "Subtotal",
    "Tie",
    "VoteMethod",
    "Withdrawal",
    "tally_all",
    "tally_election",
]

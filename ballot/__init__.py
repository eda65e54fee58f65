"""The Party's election rules: pure, typed values and functions (no Qt, no database, no PDF).

Read `model` for what an election is, `validity` for when a ballot counts,
`threshold` for the "more than half of those summoned" test, `outcome` for
who is elected (and when people must decide), `tally` and `election` for the
count itself, `checks` and `problems` for reconciliation codes.
"""

from ballot.election import ElectionResult, tally_all, tally_election
from ballot.model import (
    Ballot,
    Body,
    Candidate,
    Congress,
    CongressKind,
    Election,
    ElectionData,
    ElectionKind,
    Form,
    InvalidReason,
    Mark,
    MarkedBallot,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.outcome import Admitted, Complete, Outcome, Shortfall, Tie
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
    "Election",
    "ElectionData",
    "ElectionKind",
    "ElectionResult",
    "Form",
    "InvalidReason",
    "Level",
    "Mark",
    "MarkedBallot",
    "Outcome",
    "Problem",
    "Round",
    "RoundResult",
    "RuledInvalidBallot",
    "Shortfall",
    "Status",
    "StruckBallot",
    "Subtotal",
    "Tie",
    "tally_all",
    "tally_election",
]

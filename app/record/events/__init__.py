"""The event catalogue: one frozen class per thing a committee can do (see docs/events.md).

A new kind of action is one class here (its name, version, document and words), its projection in
`app.record.projections`, its texts in `app/texts/{vi,en}.py`, and the service function that emits it.
"""

from app.record.events.base import EVENTS, Event, Titles, decode, event
from app.record.events.congress import (
    BackupFolderSet,
    CongressCreated,
    CongressCreatedV1,
    CongressUpdated,
    EntryModeSet,
    OperatorChosen,
    ParametersSet,
    PinSet,
    RecordConverted,
)
from app.record.events.congress_steps import ElectionPaused, HeadChoiceSet, WithdrawalsSet
from app.record.events.elections import (
    ElectionAdded,
    ElectionRemoved,
    ElectionUpdated,
    HandVotesSet,
    RoundCountsSet,
    RoundFinalized,
    RoundReopened,
    RoundStarted,
)
from app.record.events.entry import (
    BallotCorrected,
    BallotRecorded,
    SubtotalRecorded,
    SubtotalVoided,
    ballot_words,
    subtotal_words,
)
from app.record.events.scans import ScanDecided, ScanPageRecorded
from app.record.events.stacks import (
    DifferenceResolved,
    HandoverExported,
    PassCompleted,
    PassItemRecorded,
    PassMerged,
    RawItem,
    StackOpened,
    TeamAdded,
    TeamMembersSet,
)

__all__ = [
    "EVENTS",
    "BackupFolderSet",
    "BallotCorrected",
    "BallotRecorded",
    "CongressCreated",
    "CongressCreatedV1",
    "CongressUpdated",
    "DifferenceResolved",
    "ElectionAdded",
    "ElectionPaused",
    "ElectionRemoved",
    "ElectionUpdated",
    "EntryModeSet",
    "Event",
    "HandVotesSet",
    "HandoverExported",
    "HeadChoiceSet",
    "OperatorChosen",
    "ParametersSet",
    "PassCompleted",
    "PassItemRecorded",
    "PassMerged",
    "PinSet",
    "RawItem",
    "RecordConverted",
    "RoundCountsSet",
    "RoundFinalized",
    "RoundReopened",
    "RoundStarted",
    "ScanDecided",
    "ScanPageRecorded",
    "StackOpened",
    "SubtotalRecorded",
    "SubtotalVoided",
    "TeamAdded",
    "TeamMembersSet",
    "Titles",
    "WithdrawalsSet",
    "ballot_words",
    "decode",
    "event",
    "subtotal_words",
]

"""The running result of the round being entered, updated per saved ballot without re-reading every ballot.

Each round's ballots are folded once into one equivalent subtotal (the same
counts `ballot.tally.count` would give); every newly saved ballot is added to
the fold in O(candidates); the result is then re-derived by the rules
themselves (`ballot.election.tally_election`) from the folded data, so the
live figures are exactly those of a full tally.
"""

from __future__ import annotations

from dataclasses import replace

from ballot.election import ElectionResult, parameters, pool_members, tally_all, tally_election
from ballot.model import Ballot, ElectionData, ElectionKind, Round, Subtotal
from ballot.rulesets import Parameters
from ballot.structure import check_cell
from ballot.tally import RoundResult, RunningCount

_FOLD_TEAM = "(đã nhập)"


class _Fold:
    """Ballots of one round as running totals (ballot.tally.RunningCount), shown to the rules as one subtotal."""

    def __init__(self, rnd: Round, kind: ElectionKind, params: Parameters) -> None:
        self.rnd = rnd
        self.running = RunningCount(rnd, kind, params)
        for b in rnd.ballots:
            self.running.add(b)

    def add(self, b: Ballot) -> None:
        """Counts one ballot (or stack)."""
        self.running.add(b)

    def folded(self) -> Round:
        """The round with its ballots replaced by one subtotal of the same counts."""
        if not self.running.counted:
            return replace(self.rnd, ballots=())
        c = self.running.counts()
        sub = Subtotal(
            team=_FOLD_TEAM, ballots=c.counted, invalid=dict(c.invalid), votes=dict(c.votes), disagree=dict(c.disagree)
        )
        return replace(self.rnd, ballots=(), subtotals=(sub, *self.rnd.subtotals))


class LiveTally:
    """The result of one election while one of its rounds is being entered."""

    def __init__(self, data: ElectionData, election_id: str, round_no: int) -> None:
        self.election_id = election_id
        self.round_no = round_no
        self._data = data
        election = data.election(election_id)
        self._folds = [_Fold(r, election.kind, parameters(data)) for r in election.rounds]
        self._structure = check_cell(data).get(election_id, [])
        self._index = next(i for i, r in enumerate(election.rounds) if r.number == round_no)
        self._pool = None
        cp = election.candidate_pool
        if cp is not None and cp.election in {e.id for e in data.elections}:
            results = {r.election: r for r in tally_all(data)}
            self._pool = pool_members(data.election(cp.election), results[cp.election], cp.take)
        self._path = f"elections[{[e.id for e in data.elections].index(election_id)}]"
        self._result = self._tally()

    @property
    def round(self) -> Round:
        """The round being entered, as stored when the tally started."""
        return self._folds[self._index].rnd

    @property
    def entered(self) -> int:
        """Ballots entered in this round (stacks count each paper), with team subtotals."""
        return self.result.ballots.counted

    @property
    def election_result(self) -> ElectionResult:
        """Every round of the election."""
        return self._result

    @property
    def result(self) -> RoundResult:
        """The round being entered."""
        return self._result.rounds[self._index]

    def add(self, ballot: Ballot) -> RoundResult:
        """Counts a ballot just saved and returns the new result of the round."""
        self._folds[self._index].add(ballot)
        self._result = self._tally()
        return self.result

    def _tally(self) -> ElectionResult:
        election = self._data.election(self.election_id)
        folded = replace(election, rounds=tuple(f.folded() for f in self._folds))
        return tally_election(self._data, folded, self._pool, self._path, self._structure)

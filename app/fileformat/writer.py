"""Writing `ballot` values back to the open election file, and the fingerprint of a round's data."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.fileformat.reader import FORMAT, Seal
from app.record import codec
from ballot.model import Candidate, Election, ElectionData, Round, Subtotal

# The documents of each value are the record's codecs (app.record.codec): one shape for the file and the log.
electorate_dict = codec.electorate_doc
congress_dict = codec.congress_doc
candidate_dict = codec.candidate_doc
ballot_dict = codec.ballot_doc
election_dict = codec.election_doc
hand_votes_doc = codec.hand_votes_doc
parameters_dict = codec.file_parameters_doc
decision_dict = codec.decision_doc
withdrawal_dict = codec.withdrawal_doc
pause_dict = codec.pause_doc


def subtotal_dict(s: Subtotal) -> dict[str, Any]:
    """A team's hand-counted totals (an empty `disagree` left out)."""
    return codec.subtotal_doc(s, every_key=False)


def round_dict(r: Round) -> dict[str, Any]:
    """One round with its ballots and subtotals."""
    d = codec.round_doc(r)
    d["ballots"] = [ballot_dict(b) for b in r.ballots]
    if r.subtotals:
        d["subtotals"] = [subtotal_dict(s) for s in r.subtotals]
    return d


def canonical(doc: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes a fingerprint is taken of."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(data: ElectionData, election: Election, rnd: Round) -> str:
    """SHA-256 of everything the round's result follows from: rules, electorate, list and ballots."""
    doc = {
        "ruleset": data.ruleset,
        "parameters": None if data.parameters is None else parameters_dict(data.parameters),
        "electorate": electorate_dict(election.electorate or data.congress.electorate),
        "attending": data.congress.attending,
        "election": {k: v for k, v in election_dict(election).items() if k != "candidates"},
        "candidates": [candidate_dict(c) for c in _on_ballot(election, rnd)],
        "round": round_dict(rnd),
    }
    return hashlib.sha256(canonical(doc)).hexdigest()


def _on_ballot(election: Election, rnd: Round) -> list[Candidate]:
    """The round's candidates in ballot order."""
    by_no = {c.no: c for c in election.candidates}
    return [by_no[no] for no in rnd.candidates]


def document(
    data: ElectionData, seals: dict[tuple[str, int], Seal] | None = None, log_hash: str = ""
) -> dict[str, Any]:
    """The whole election file."""
    seals = seals or {}
    elections = []
    for e in data.elections:
        ed = election_dict(e)
        rounds = []
        for r in e.rounds:
            rd = round_dict(r)
            seal = seals.get((e.id, r.number))
            if seal is not None:
                rd["final"] = {"fingerprint": seal.fingerprint, "at": seal.at, "by": seal.by}
            rounds.append(rd)
        ed["rounds"] = rounds
        elections.append(ed)
    doc: dict[str, Any] = {"format": FORMAT, "ruleset": data.ruleset, "congress": congress_dict(data.congress)}
    if data.parameters is not None:
        doc["parameters"] = parameters_dict(data.parameters)
    doc["elections"] = elections
    if log_hash:
        doc["log_hash"] = log_hash
    return doc


def dumps(data: ElectionData, seals: dict[tuple[str, int], Seal] | None = None, log_hash: str = "") -> str:
    """The election file as indented UTF-8 JSON text."""
    return json.dumps(document(data, seals, log_hash), ensure_ascii=False, indent=1) + "\n"

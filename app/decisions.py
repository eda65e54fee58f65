"""Decisions people make that the rules leave to them, recorded with who decided: an election paused to ask the
higher standing committee (and resumed), and the committee head's choice on a nomination tie (RULES.md §2, §5)."""

from __future__ import annotations

from dataclasses import replace

from app import guards, stations
from app.db import Actor, Database
from app.errors import Refused
from app.record.events import ElectionPaused, HeadChoiceSet
from app.storage import queries
from ballot.election import tally_all
from ballot.model import Decision, ElectionData, ElectionKind, HeadChoice, Pause, PauseReason, Role
from ballot.nomination import fits
from ballot.outcome import Nominated
from ballot.text import nfc


def pause(
    db: Database, actor: Actor, election_id: str, reason: PauseReason, by: str, note: str = "", intended: str = ""
) -> None:
    """Pauses an election that has no ballot yet, to ask the higher standing committee — a decision with who made
    it (e.g. the intended secretary was not elected to the committee), never a failure."""
    by = need_by(by)
    with db.writing(actor) as tx:
        s = tx.orm
        guards.election_row(s, election_id)
        if guards.has_entries(s, election_id):
            raise Refused("election.has_ballots", {"election": election_id}, "election")
        current = queries.election_data(s, with_ballots=False).election(election_id).pause
        if current is not None and current.resumed is None:
            raise Refused("pause.already", {"election": election_id}, "election")
        decision = Decision(by, nfc(note).strip(), tx.at)
        tx.append(ElectionPaused(election_id, Pause(reason, decision, nfc(intended).strip())))


def resume(db: Database, actor: Actor, election_id: str, by: str, note: str = "") -> None:
    """The paused election goes on, on the higher standing committee's guidance (who decided, the note)."""
    by = need_by(by)
    with db.writing(actor) as tx:
        s = tx.orm
        guards.election_row(s, election_id)
        current = queries.election_data(s, with_ballots=False).election(election_id).pause
        if current is None or current.resumed is not None:
            raise Refused("pause.not_paused", {"election": election_id}, "election")
        tx.append(ElectionPaused(election_id, replace(current, resumed=Decision(by, nfc(note).strip(), tx.at))))


def need_by(by: str) -> str:
    """Who decided, in NFC; refused when blank."""
    by = nfc(by).strip()
    if not by:
        raise Refused("decision.by_empty", {}, "by")
    return by


def choose(
    db: Database, actor: Actor, election_id: str, round_no: int, chosen: tuple[int, ...], pin: str, note: str = ""
) -> HeadChoice:
    """The committee head's choice (PIN) among the names with equal counts at a nomination ballot's cut.

    Refused unless the round is an open round of a nomination ballot whose count has such a tie, and the choice
    names as many different names of the tied as there are places. Recorded with the head's name and the time.
    """
    with db.writing(actor) as tx:
        s = tx.orm
        stations.need_pin(tx, pin, "round.head_choice")
        guards.open_round_row(s, election_id, round_no)
        data = queries.election_data(s)
        outcome = _untied_outcome(data, election_id, round_no)
        if not outcome.tied:
            raise Refused("choice.no_tie", {"election": election_id, "round": round_no}, "round")
        choice = HeadChoice(tuple(chosen), Decision(_head(data) or actor.operator, nfc(note).strip(), tx.at))
        if not fits(choice, outcome.tied, outcome.places):
            tied = ", ".join(map(str, outcome.tied))
            raise Refused("choice.not_fit", {"places": outcome.places, "tied": tied}, "chosen")
        tx.append(HeadChoiceSet(election_id, round_no, choice))
        return choice


def clear_choice(db: Database, actor: Actor, election_id: str, round_no: int, pin: str) -> None:
    """Withdraws the head's recorded choice (PIN) while the round is open, e.g. after ballots were corrected."""
    with db.writing(actor) as tx:
        s = tx.orm
        stations.need_pin(tx, pin, "round.head_choice")
        rr = guards.open_round_row(s, election_id, round_no)
        if rr.head_choice is None:
            raise Refused("choice.none", {"election": election_id, "round": round_no}, "round")
        tx.append(HeadChoiceSet(election_id, round_no, None))


def _untied_outcome(data: ElectionData, election_id: str, round_no: int) -> Nominated:
    """The round's nomination outcome counted without any recorded choice."""
    e = data.election(election_id)
    if e.kind is not ElectionKind.NOMINATION:
        raise Refused("choice.not_nomination", {"election": election_id}, "election")
    plain = replace(e, rounds=tuple(replace(r, head_choice=None) for r in e.rounds))
    results = tally_all(replace(data, elections=tuple(plain if x.id == election_id else x for x in data.elections)))
    result = next(r for er in results if er.election == election_id for r in er.rounds if r.round == round_no)
    assert isinstance(result.outcome, Nominated)
    return result.outcome


def _head(data: ElectionData) -> str:
    return next((m.name for m in data.congress.counting_committee if m.role is Role.HEAD), "")


__all__ = ["choose", "clear_choice", "need_by", "pause", "resume"]

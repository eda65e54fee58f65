"""Projections of the whole congress's events: an election's withdrawals (and its open round's new list), its pause,
a nomination round's head's choice."""

from __future__ import annotations

from app.record.codec import candidates_text, head_choice_text, pause_text, withdrawals_text
from app.record.events import ElectionPaused, HeadChoiceSet, WithdrawalsSet
from app.record.projection import Envelope, Projection, ProjectionFault, projects
from app.record.projections.elections import election, round_columns, round_row


@projects(WithdrawalsSet)
def withdrawals(p: Projection, env: Envelope, ev: WithdrawalsSet) -> None:
    """The requests; the open round's list when the record carries it (the rest of its header must be the round's)."""
    election(p, ev.election)
    p.update("election", (ev.election,), {"withdrawals": withdrawals_text(ev.withdrawals)}, env.seq)
    if ev.round is None:
        return
    row = round_row(p, ev.election, ev.round.number, open_=True)
    header = round_columns(ev.election, ev.round)
    for k, v in header.items():
        if k != "candidates" and row[k] != v:
            raise ProjectionFault("projection.round_header", election=ev.election, round=ev.round.number, column=k)
    p.update("round", (ev.election, ev.round.number), {"candidates": candidates_text(ev.round.candidates)}, env.seq)


@projects(ElectionPaused)
def paused(p: Projection, env: Envelope, ev: ElectionPaused) -> None:
    """The pause (and its resumption)."""
    election(p, ev.election)
    p.update("election", (ev.election,), {"pause": pause_text(ev.pause)}, env.seq)


@projects(HeadChoiceSet)
def head_choice(p: Projection, env: Envelope, ev: HeadChoiceSet) -> None:
    """The head's choice on the open round."""
    election(p, ev.election)
    round_row(p, ev.election, ev.round, open_=True)
    p.update("round", (ev.election, ev.round), {"head_choice": head_choice_text(ev.choice)}, env.seq)

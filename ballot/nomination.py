"""The nomination ballot (phiếu giới thiệu): a ranking of the pool's names and who is proposed (RULES.md §5, §7)."""

from __future__ import annotations

from collections.abc import Sequence

from ballot.model import HeadChoice
from ballot.outcome import Nominated, Shortfall, Tie, decide


def ranking(votes: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """The names by count, most first; equal counts keep ballot (pool) order."""
    return tuple(no for no, _ in sorted(votes, key=lambda nv: -nv[1]))


def nominate(votes: Sequence[tuple[int, int]], places: int, choice: HeadChoice | None = None) -> Nominated:
    """Who is proposed for `places` places from (no, count) in ballot order.

    The names with the most support are proposed; a name nobody wrote is never proposed.
    Equal counts straddling the cut are reported for the committee head to choose
    (2025 Q&A; 04-HD/TW 2024 item 8) — never settled here. The head's recorded choice is
    applied when it names exactly as many of the tied as there are places left; otherwise
    the tie stands (and the election reports the choice as not fitting).
    """
    order = ranking(votes)
    supported = [(no, v) for no, v in votes if v >= 1]
    outcome = decide(supported, places)
    if isinstance(outcome, Tie):
        if choice is not None and fits(choice, outcome.tied, outcome.seats):
            chosen = set(choice.chosen)
            picked = tuple(no for no in order if no in chosen)
            return Nominated(order, outcome.elected + picked, choice=choice)
        return Nominated(order, outcome.elected, outcome.tied, outcome.seats)
    if isinstance(outcome, Shortfall):
        return Nominated(order, outcome.elected, short=outcome.seats_left)
    return Nominated(order, outcome.elected)


def fits(choice: HeadChoice, tied: Sequence[int], places: int) -> bool:
    """The choice names `places` different names, all among the tied."""
    chosen = set(choice.chosen)
    return len(chosen) == len(choice.chosen) == places and chosen <= set(tied)

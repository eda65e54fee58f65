"""Who is elected, and when the people must decide (RULES.md §6)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ballot.model import HeadChoice


@dataclass(frozen=True, slots=True)
class Complete:
    """As many elected as seats."""

    elected: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Tie:
    """Candidates with equal votes straddle the last seat(s): the presidium must hold a further ballot."""

    elected: tuple[int, ...]
    tied: tuple[int, ...]
    seats: int


@dataclass(frozen=True, slots=True)
class Shortfall:
    """Fewer passed than seats: all who passed are elected; `seats_left` remain for the congress to decide."""

    elected: tuple[int, ...]
    seats_left: int


@dataclass(frozen=True, slots=True)
class Admitted:
    """An opinion ballot: the nominees admitted to the list."""

    elected: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Nominated:
    """A nomination ballot: a ranking, not an election — nobody is elected by it (RULES.md §5).

    `ranking`: every name, most votes first (equal counts in ballot order); `proposed`: the names
    proposed, in ranking order; `tied`: names with equal counts straddling the cut, for `places`
    places the committee head chooses; `short`: places no further name was written for; `choice`:
    the head's choice when it was recorded and applied (its names are then among `proposed`).
    """

    ranking: tuple[int, ...]
    proposed: tuple[int, ...]
    tied: tuple[int, ...] = ()
    places: int = 0
    short: int = 0
    choice: HeadChoice | None = None

    @property
    def elected(self) -> tuple[int, ...]:
        """Nobody is elected by a nomination ballot."""
        return ()


Outcome = Complete | Tie | Shortfall | Admitted | Nominated


def decide(passed: Sequence[tuple[int, int]], seats: int) -> Complete | Tie | Shortfall:
    """The outcome from the candidates who passed, as (no, votes) in ballot order.

    The most votes take the seats; equal votes keep ballot order. A group with
    equal votes across the last seat is a tie — never broken by age or lot here.
    """
    if seats <= 0:
        return Complete(())
    ranked = sorted(passed, key=lambda nv: -nv[1])
    if len(ranked) <= seats:
        elected = tuple(no for no, _ in ranked)
        if len(ranked) == seats:
            return Complete(elected)
        return Shortfall(elected, seats - len(ranked))
    cutoff = ranked[seats - 1][1]
    above = tuple(no for no, v in ranked if v > cutoff)
    at_cutoff = tuple(no for no, v in ranked if v == cutoff)
    if len(above) + len(at_cutoff) == seats:
        return Complete(above + at_cutoff)
    return Tie(above, at_cutoff, seats - len(above))

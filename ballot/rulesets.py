"""The two Party election regulations, held as data (RULES.md §1)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction
from types import MappingProxyType
from typing import Literal

Rounding = Literal["floor", "half_up", "ceil"]
#: Of whom a majority carries the congress's vote on a withdrawal: those attending, or the votes cast [V].
MajorityOf = Literal["attending", "votes_cast"]


@dataclass(frozen=True, slots=True)
class Parameters:
    """The numbers a congress may set; defaults follow RULES.md, [V] marks configurable guesses."""

    #: Maximum surplus as a share of the seats (190 Art. 14 cl. 1: at most 30 %).
    surplus_cap: Fraction = Fraction(3, 10)
    #: How 30 % of a seat count is rounded [V: floor].
    surplus_rounding: Rounding = "floor"
    #: A committee or standing committee of this many seats has a surplus of at most `small_body_cap` (2025 Q&A).
    small_body_seats: tuple[int, int] = (3, 5)
    small_body_cap: int = 1
    #: The convening committee's advice for a prepared list: 10–15 % surplus (a warning only).
    advised_surplus: tuple[Fraction, Fraction] = (Fraction(1, 10), Fraction(15, 100))
    #: Floor nominees need the support of more than this share of those attending (190 Art. 14 cl. 3).
    opinion_threshold: Fraction = Fraction(3, 10)
    #: Whether a ballot among tied candidates needs a majority again [V: no].
    tie_break_needs_majority: bool = False
    #: A nomination ballot with more names than allowed is invalid [V: yes].
    nomination_over_limit_invalid: bool = True
    #: A nomination ballot with a name outside the pool is invalid [V: yes].
    nomination_outside_pool_invalid: bool = True
    #: The congress allows a withdrawal with the votes of more than half of these [V: those attending].
    withdrawal_majority_of: MajorityOf = "attending"


#: Bodies whose list must be longer than the seats (190 Art. 14 cl. 1), and to which the cap of 1 for
#: bodies of 3–5 seats applies (2025 Q&A).
SURPLUS_REQUIRED = frozenset({"committee", "standing_committee"})


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One regulation: its decision, guidance, the articles the minutes cite, and parameters."""

    id: str
    name: str
    decision: str
    guidance: str
    articles: MappingProxyType[str, str]
    floor_nominees_need_opinion: bool
    parameters: Parameters = field(default_factory=Parameters)
    congress_rules: bool = False

    def article(self, topic: str) -> str:
        """The article cited for a topic, e.g. 'Điều 30'."""
        return self.articles[topic]


def _articles(**kw: int) -> MappingProxyType[str, str]:
    return MappingProxyType({k: f"Điều {v}" for k, v in kw.items()})


QD190 = RuleSet(
    id="qd190-2024",
    name="Quy chế bầu cử trong Đảng",
    decision="Quyết định số 190-QĐ/TW ngày 10/10/2024 của Ban Chấp hành Trung ương",
    guidance="Hướng dẫn số 04-HD/TW ngày 31/12/2024 của Ban Chấp hành Trung ương",
    articles=_articles(counting_committee=8, surplus=14, ballot=15, committee=17, delegates=18, result=30),
    floor_nominees_need_opinion=True,
)

QD244 = RuleSet(
    id="qd244-2014",
    name="Quy chế bầu cử trong Đảng",
    decision="Quyết định số 244-QĐ/TW ngày 09/6/2014 của Ban Chấp hành Trung ương",
    guidance="Hướng dẫn số 03-HD/TW ngày 20/3/2020 của Ban Bí thư",
    articles=_articles(counting_committee=7, surplus=16, ballot=17, committee=19, delegates=20, result=32),
    floor_nominees_need_opinion=False,
)

RULESETS: MappingProxyType[str, RuleSet] = MappingProxyType({r.id: r for r in (QD190, QD244)})
DEFAULT_RULESET = QD190.id


def ruleset(ruleset_id: str, parameters: Parameters | None = None) -> RuleSet:
    """The rule set by id, with the congress's own parameters if it set any (190 Art. 1)."""
    base = RULESETS[ruleset_id]
    if parameters is None or parameters == base.parameters:
        return base
    return replace(base, parameters=parameters, congress_rules=True)


def round_share(seats: int, share: Fraction, rounding: Rounding) -> int:
    """seats × share as a whole number, rounded as the congress set (default floor) [V]."""
    exact = seats * share
    if rounding == "floor":
        return exact.numerator // exact.denominator
    if rounding == "ceil":
        return -((-exact.numerator) // exact.denominator)
    return (2 * exact.numerator + exact.denominator) // (2 * exact.denominator)

"""The threshold base and the pass test, in integers only (RULES.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True, slots=True)
class Threshold:
    """What a candidate must exceed: `base` is the number summoned less the exclusions.

    For an opinion ballot the base is those attending and the share is 30 %;
    for a tie-break round without a new majority test any vote passes.
    """

    summoned: int
    excluded: int
    base: int
    share: Fraction = Fraction(1, 2)
    majority_test: bool = True

    def passes(self, votes: int) -> bool:
        """Elected ⇔ 2·votes > base (Quy chế 190, Art. 30 cl. 2; 244, Art. 32 cl. 2).

        Opinion ballots: admitted ⇔ 10·agree > 3·attending (190, Art. 14 cl. 3).
        """
        if not self.majority_test:
            return votes >= 1
        return votes * self.share.denominator > self.share.numerator * self.base

    @property
    def votes_needed(self) -> int:
        """The fewest votes that pass: base // 2 + 1 for a majority."""
        if not self.majority_test:
            return 1
        return self.base * self.share.numerator // self.share.denominator + 1


def majority(summoned: int, excluded: int) -> Threshold:
    """More than half of those summoned less the exclusions."""
    return Threshold(summoned=summoned, excluded=excluded, base=summoned - excluded)


def opinion(summoned: int, excluded: int, attending: int, share: Fraction) -> Threshold:
    """More than `share` of those attending (floor nominees, 190 Art. 14 cl. 3)."""
    return Threshold(summoned=summoned, excluded=excluded, base=attending, share=share)

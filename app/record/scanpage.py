"""What a scanned page becomes once read, or once a person has decided its doubts: the one function the service
and the projection share, so the ballot a page makes can be checked by replaying the record."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ballot.model import Ballot, Form, InvalidReason, Mark, MarkedBallot, RuledInvalidBallot, StruckBallot

#: Reasons of a doubtful page that are about its rows or its orientation; any other (writing or marks outside the
#: names, no stamp) needs the committee's ruling on the whole ballot.
ROW_REASONS = frozenset({"scan.rows_doubtful", "scan.upside_down"})
#: The key under which the committee's ruling on the whole ballot is kept among the decisions.
BALLOT = "ballot"


def needs_ruling(reasons: Iterable[str]) -> bool:
    """Whether the page has a doubt only the committee may rule (marks outside the names, no stamp)."""
    return any(code not in ROW_REASONS for code in reasons)


def row_verdicts(form: str | None) -> frozenset[str]:
    """What a person may decide for one row of this form."""
    if form == Form.STRIKE_OUT.value:
        return frozenset({"struck", "kept"})
    return frozenset(m.value for m in Mark)


def page_ballot(
    form: str | None,
    struck: Iterable[int],
    marks: Iterable[tuple[int, str]],
    doubtful: Iterable[int],
    reasons: Iterable[str],
    decisions: Mapping[str, str],
) -> Ballot | None:
    """The ballot a page makes: what was read with certainty and what people decided; None while a doubt is open.

    `decisions` maps a row's number (as text) to its verdict and `BALLOT` to the committee's ruling: an invalid
    ruling makes the ballot invalid whatever its rows; a page with marks outside the names or no stamp waits for a
    ruling (`valid` counts it as read).
    """
    ruling = decisions.get(BALLOT)
    if ruling is not None and ruling.startswith("invalid."):
        return RuledInvalidBallot(InvalidReason(ruling.removeprefix("invalid.")))
    if needs_ruling(reasons) and ruling != "valid":
        return None
    open_rows = [no for no in doubtful if str(no) not in decisions]
    if open_rows:
        return None
    if form == Form.STRIKE_OUT.value:
        nos = set(struck) | {no for no in doubtful if decisions[str(no)] == "struck"}
        return StruckBallot(frozenset(nos))
    read = {no: Mark(m) for no, m in marks}
    read.update({no: Mark(decisions[str(no)]) for no in doubtful})
    return MarkedBallot({no: m for no, m in sorted(read.items()) if m is not Mark.NONE})

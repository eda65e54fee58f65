"""The election values: lookups, forms, pools that refer to each other."""

from __future__ import annotations

import pytest

from ballot.election import PoolCycle, order
from ballot.model import CandidatePool, ElectionKind, Form, PoolTake
from tests.factories import make_data, make_election, make_round


def test_lookups_fail_loudly_for_unknown_ids() -> None:
    """Asking for a candidate or an election that does not exist is a KeyError, never a silent default."""
    e = make_election(2, 1)
    data = make_data(e)
    assert data.election("e") is e and e.candidate(2).no == 2
    with pytest.raises(KeyError):
        e.candidate(9)
    with pytest.raises(KeyError):
        data.election("x")


def test_form_follows_the_list_and_opinion_is_always_agree_disagree() -> None:
    """Strike-out when the list is longer than the seats; agree/disagree otherwise; opinion ballots per name."""
    assert make_round(3, 2).form is Form.STRIKE_OUT
    assert make_round(2, 2).form is Form.AGREE_DISAGREE
    assert make_election(3, 1, kind=ElectionKind.OPINION).form(make_round(3, 1)) is Form.AGREE_DISAGREE


def test_pools_in_a_circle_are_refused() -> None:
    """Election a draws on b and b on a: no order exists."""
    a = make_election(1, 1, id="a", candidate_pool=CandidatePool("b", PoolTake.ELECTED))
    b = make_election(1, 1, id="b", candidate_pool=CandidatePool("a", PoolTake.ELECTED))
    with pytest.raises(PoolCycle):
        order(make_data(a, b))


def test_every_problem_code_is_documented_in_the_readme() -> None:
    """Each code is documented once: the table in ballot/problems.py and the README's table agree."""
    from ballot.problems import CODES
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, (en, vi) in CODES.items():
        assert f"| `{code.value}` |" in readme and en in readme and vi in readme

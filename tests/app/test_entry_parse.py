"""The keystroke line of ballot entry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.entry_parse import (
    EntryInputError,
    EntrySpec,
    parse_line,
    read_line,
    shortest_line,
)
from ballot.model import Form, InvalidReason, Mark, MarkedBallot, RuledInvalidBallot, StruckBallot

# A round-2 paper: rows 1..5 carry candidate numbers 2, 4, 6, 8, 10.
STRIKE = EntrySpec(Form.STRIKE_OUT, (2, 4, 6, 8, 10), seats=3)
MARKS = EntrySpec(Form.AGREE_DISAGREE, (1, 2, 3), seats=3)
SINGLE = EntrySpec(Form.AGREE_DISAGREE, (7,), seats=1)


def test_struck_rows_map_to_candidate_numbers() -> None:
    """'1 3' on a paper whose rows are 2, 4, 6… strikes candidates 2 and 6."""
    assert parse_line("1 3", STRIKE) == StruckBallot(frozenset({2, 6}))


def test_numpad_separators_and_stack() -> None:
    assert parse_line("1.3,5 *4", STRIKE) == StruckBallot(frozenset({2, 6, 10}), count=4)
    assert parse_line("2*12", STRIKE).count == 12


def test_zero_is_a_ballot_with_nothing_struck() -> None:
    assert parse_line("0", STRIKE) == StruckBallot(frozenset())


def test_kept_mode_strikes_every_other_row() -> None:
    """'+2 4' keeps rows 2 and 4: candidates 2, 6 and 10 are struck."""
    assert parse_line("+2 4", STRIKE) == StruckBallot(frozenset({2, 6, 10}))
    assert parse_line("2 4", STRIKE, kept_default=True) == StruckBallot(frozenset({2, 6, 10}))
    assert parse_line("-2 4", STRIKE, kept_default=True) == StruckBallot(frozenset({4, 8}))
    assert parse_line("+0", STRIKE) == StruckBallot(frozenset({2, 4, 6, 8, 10}))


@pytest.mark.parametrize(
    ("line", "vi"),
    [
        ("", "Gõ số thứ tự các tên bị gạch"),
        ("+", "Gõ số thứ tự các tên được giữ lại"),
        ("6", "Không có tên số 6 trên phiếu (phiếu có 5 tên)"),
        ("3 1 3", "Số 3 đã gõ hai lần"),
        ("1 x", "Không hiểu ký tự 'x'"),
        ("0 2", "Số 0 nghĩa là phiếu không gạch tên nào"),
        ("1 *", "Sau dấu * cần gõ số phiếu"),
        ("1 *a", "Sau dấu * chỉ gõ một số"),
        ("1 *0", "Số phiếu giống nhau phải từ 1"),
        ("/", "Phiếu không hợp lệ: gõ /1"),
        ("/7", "Không có lý do số 7"),
    ],
)
def test_bad_strike_lines_say_what_is_wrong(line: str, vi: str) -> None:
    reading = read_line(line, STRIKE)
    assert reading.error is not None
    assert vi in reading.error.vi
    with pytest.raises(EntryInputError) as info:
        parse_line(line, STRIKE)
    assert vi in info.value.user_text()


def test_error_position_points_at_the_fault() -> None:
    reading = read_line("1 2 9", STRIKE)
    assert reading.error is not None and reading.error.at == 4
    # the rows read before the fault still show on the paper
    assert reading.struck_rows == frozenset({1, 2})


def test_ruled_invalid_ballots() -> None:
    assert parse_line("/1", STRIKE) == RuledInvalidBallot(InvalidReason.NOT_ISSUED)
    assert parse_line("/2", MARKS) == RuledInvalidBallot(InvalidReason.WRITE_IN)
    assert parse_line("/3*2", STRIKE, team="T1") == RuledInvalidBallot(InvalidReason.MARKED, 2, "T1")


def test_marks_one_key_per_row() -> None:
    """'120' = agree, disagree, blank (a blank row is left out of the marks)."""
    assert parse_line("120", MARKS) == MarkedBallot({1: Mark.AGREE, 2: Mark.DISAGREE})
    assert parse_line("3 1 1", MARKS) == MarkedBallot({1: Mark.BOTH, 2: Mark.AGREE, 3: Mark.AGREE})
    assert parse_line("2+", MARKS) == MarkedBallot({1: Mark.DISAGREE, 2: Mark.AGREE, 3: Mark.AGREE})
    assert parse_line("+*9", MARKS) == MarkedBallot({1: Mark.AGREE, 2: Mark.AGREE, 3: Mark.AGREE}, count=9)
    assert parse_line("0", SINGLE) == MarkedBallot({})


@pytest.mark.parametrize(
    ("line", "vi"),
    [
        ("12", "Còn 1 dòng chưa nhập"),
        ("1111", "Phiếu chỉ có 3 dòng"),
        ("1+1", "Dấu + phải ở cuối dòng"),
        ("19", "Không hiểu phím '9'"),
    ],
)
def test_bad_mark_lines(line: str, vi: str) -> None:
    reading = read_line(line, MARKS)
    assert reading.error is not None and vi in reading.error.vi


def test_partial_marks_are_shown_while_typing() -> None:
    reading = read_line("21", MARKS)
    assert reading.marks == (Mark.DISAGREE, Mark.AGREE)
    assert not reading.complete


def test_shortest_line_picks_the_shorter_mode() -> None:
    assert shortest_line(StruckBallot(frozenset({4})), STRIKE) == "2"
    assert shortest_line(StruckBallot(frozenset({2, 4, 6, 8})), STRIKE) == "+5"
    assert shortest_line(StruckBallot(frozenset()), STRIKE) == "0"
    assert shortest_line(StruckBallot(frozenset({2, 4, 6, 8, 10})), STRIKE) == "+0"
    assert shortest_line(RuledInvalidBallot(InvalidReason.MARKED, 3), STRIKE) == "/3*3"
    assert shortest_line(MarkedBallot({1: Mark.AGREE, 2: Mark.AGREE, 3: Mark.AGREE}), MARKS) == "+"
    assert shortest_line(MarkedBallot({1: Mark.DISAGREE, 2: Mark.AGREE, 3: Mark.AGREE}), MARKS) == "2+"
    assert shortest_line(MarkedBallot({3: Mark.AGREE}), MARKS) == "001"


@given(
    n=st.integers(min_value=2, max_value=40),
    struck=st.sets(st.integers(min_value=0, max_value=39)),
    count=st.integers(min_value=1, max_value=50),
)
def test_shortest_line_reads_back_as_the_same_ballot(n: int, struck: set[int], count: int) -> None:
    """Whatever the ballot, the shortest line typed back gives the same ballot."""
    spec = EntrySpec(Form.STRIKE_OUT, tuple(range(100, 100 + n)), seats=n - 1)
    ballot = StruckBallot(frozenset(100 + i for i in struck if i < n), count=count)
    assert parse_line(shortest_line(ballot, spec), spec) == ballot


@given(marks=st.lists(st.sampled_from(list(Mark)), min_size=1, max_size=12))
def test_marks_read_back(marks: list[Mark]) -> None:
    spec = EntrySpec(Form.AGREE_DISAGREE, tuple(range(1, len(marks) + 1)), seats=len(marks))
    ballot = MarkedBallot({i + 1: m for i, m in enumerate(marks) if m is not Mark.NONE})
    assert parse_line(shortest_line(ballot, spec), spec) == ballot


def test_unfinished_lines_are_told_apart_from_wrong_ones() -> None:
    """While typing, an unfinished line is a hint; a wrong number is an error."""
    for line, spec in (("", STRIKE), ("+", STRIKE), ("/", STRIKE), ("1 *", STRIKE), ("1", MARKS)):
        error = read_line(line, spec).error
        assert error is not None and error.incomplete, line
    for line, spec in (("9", STRIKE), ("1 1", STRIKE), ("/5", STRIKE), ("14", MARKS)):
        error = read_line(line, spec).error
        assert error is not None and not error.incomplete, line

"""Reconciliation and list problems: stable codes with field paths, never prose."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


class Level(enum.StrEnum):
    """Errors block final minutes; warnings need acknowledgement."""

    ERROR = "error"
    WARNING = "warning"


class Code(enum.StrEnum):
    """Every problem the rules can report. The table `CODES` documents each once."""

    E101 = "E101"
    E102 = "E102"
    E103 = "E103"
    E104 = "E104"
    E105 = "E105"
    E106 = "E106"
    E107 = "E107"
    E108 = "E108"
    E109 = "E109"
    E110 = "E110"
    E111 = "E111"
    E112 = "E112"
    E201 = "E201"
    E202 = "E202"
    E203 = "E203"
    E204 = "E204"
    E301 = "E301"
    E302 = "E302"
    W101 = "W101"
    W102 = "W102"
    W201 = "W201"
    W202 = "W202"
    W301 = "W301"
    W302 = "W302"

    @property
    def level(self) -> Level:
        """E… are errors, W… warnings."""
        return Level.ERROR if self.value.startswith("E") else Level.WARNING


#: code → (English description, Vietnamese description). Parameters in braces come from `Problem.params`.
CODES: Mapping[Code, tuple[str, str]] = MappingProxyType(
    {
        Code.E101: (
            "More ballots collected ({collected}) than issued ({issued}).",
            "Số phiếu thu vào ({collected}) nhiều hơn số phiếu phát ra ({issued}).",
        ),
        Code.E102: (
            "Ballots counted ({counted}) differ from ballots collected ({collected}).",
            "Số phiếu đã kiểm ({counted}) khác số phiếu thu vào ({collected}).",
        ),
        Code.E103: (
            "Candidate {no} has more votes ({votes}) than there are valid ballots ({valid}).",
            "Người số {no} có số phiếu ({votes}) nhiều hơn số phiếu hợp lệ ({valid}).",
        ),
        Code.E104: (
            "All votes together ({total}) exceed valid ballots × seats ({limit}).",
            "Tổng số phiếu bầu ({total}) vượt quá số phiếu hợp lệ × số cần bầu ({limit}).",
        ),
        Code.E105: (
            "A team's subtotal has more invalid ballots ({invalid}) than ballots ({ballots}).",
            "Tổ kiểm phiếu báo số phiếu không hợp lệ ({invalid}) nhiều hơn số phiếu của tổ ({ballots}).",
        ),
        Code.E106: (
            "Candidate {no} has more agree and disagree marks ({marks}) than valid ballots ({valid}).",
            "Người số {no} có tổng số đồng ý và không đồng ý ({marks}) nhiều hơn số phiếu hợp lệ ({valid}).",
        ),
        Code.E107: (
            "More ballots issued ({issued}) than voters present ({present}).",
            "Số phiếu phát ra ({issued}) nhiều hơn số người có mặt khi bỏ phiếu ({present}).",
        ),
        Code.E108: (
            "Team {team}: ballots counted ({counted}) differ from the ballots of its stacks ({collected}).",
            "Tổ {team}: số phiếu đã kiểm ({counted}) khác số phiếu của tổ ({collected}).",
        ),
        Code.E109: (
            "Team {team}: candidate {no} has more votes ({votes}) than the team's valid ballots ({valid}).",
            "Tổ {team}: người số {no} có số phiếu ({votes}) nhiều hơn số phiếu hợp lệ của tổ ({valid}).",
        ),
        Code.E110: (
            "Team {team}: all votes together ({total}) exceed the team's valid ballots × seats ({limit}).",
            "Tổ {team}: tổng số phiếu bầu ({total}) vượt quá số phiếu hợp lệ của tổ × số cần bầu ({limit}).",
        ),
        Code.E111: (
            "The teams' stacks together ({total}) differ from the ballots collected ({collected}).",
            "Tổng số phiếu của các tổ ({total}) khác số phiếu thu vào ({collected}).",
        ),
        Code.E112: (
            "{pending} stack(s) are not yet definitive (independent entries not yet identical or resolved).",
            "Còn {pending} tập phiếu chưa xác định (các lần nhập độc lập chưa trùng khớp hoặc chưa được xử lý).",
        ),
        Code.E201: (
            "The list must be longer than the seats for this body: {candidates} names for {seats} seats.",
            "Danh sách bầu cử phải nhiều hơn số lượng cần bầu: {candidates} người cho {seats} chỗ.",
        ),
        Code.E202: (
            "The surplus ({surplus}) is above the maximum allowed ({cap}).",
            "Số dư ({surplus}) vượt quá mức tối đa cho phép ({cap}).",
        ),
        Code.E203: (
            "Fewer names on the list ({candidates}) than seats ({seats}).",
            "Danh sách bầu cử ít hơn số lượng cần bầu ({candidates} người cho {seats} chỗ).",
        ),
        Code.E204: (
            "Candidate {no} is not in the pool ({take} of election {election}).",
            "Người số {no} không thuộc danh sách nguồn ({take} của cuộc bầu {election}).",
        ),
        Code.E301: (
            "No seats are left for this round ({seats}).",
            "Không còn chỗ để bầu trong lần bầu này ({seats}).",
        ),
        Code.E302: (
            "Candidate {no} was already elected in round {round}.",
            "Người số {no} đã trúng cử ở lần bầu thứ {round}.",
        ),
        Code.W101: (
            "Fewer ballots collected ({collected}) than issued ({issued}).",
            "Số phiếu thu vào ({collected}) ít hơn số phiếu phát ra ({issued}).",
        ),
        Code.W102: (
            "More ballots issued ({issued}) than the threshold base ({base}).",
            "Số phiếu phát ra ({issued}) nhiều hơn số được triệu tập sau khi trừ ({base}).",
        ),
        Code.W201: (
            "The surplus ({surplus}) is outside the advised 10–15 % ({low}–{high}).",
            "Số dư ({surplus}) ngoài mức khuyến nghị 10–15 % ({low}–{high}).",
        ),
        Code.W202: (
            "Two candidates share the full name {name}; tell them apart by a note.",
            "Hai người cùng họ tên {name}; cần ghi chú để phân biệt.",
        ),
        Code.W301: (
            "Round {round} has no recorded decision of the congress.",
            "Lần bầu thứ {round} chưa ghi quyết định của Đại hội.",
        ),
        Code.W302: (
            "More nominees qualify ({admitted}) than places ({seats}): the congress must be consulted.",
            "Số người đủ điều kiện ({admitted}) nhiều hơn số chỗ ({seats}): cần xin ý kiến Đại hội.",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class Problem:
    """A fault or warning: its code, the field it is about, and the numbers it quotes."""

    code: Code
    path: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def level(self) -> Level:
        """Error or warning, from the code."""
        return self.code.level

    def message(self, lang: str = "vi") -> str:
        """The description in Vietnamese ('vi') or English ('en')."""
        en, vi = CODES[self.code]
        return (vi if lang == "vi" else en).format(**self.params)


def has_errors(problems: tuple[Problem, ...] | list[Problem]) -> bool:
    """True when any problem is an error."""
    return any(p.level is Level.ERROR for p in problems)

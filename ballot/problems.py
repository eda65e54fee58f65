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
    E205 = "E205"
    E206 = "E206"
    E207 = "E207"
    E301 = "E301"
    E302 = "E302"
    E401 = "E401"
    E402 = "E402"
    E501 = "E501"
    E502 = "E502"
    E503 = "E503"
    E504 = "E504"
    E505 = "E505"
    E601 = "E601"
    W101 = "W101"
    W102 = "W102"
    W201 = "W201"
    W202 = "W202"
    W203 = "W203"
    W301 = "W301"
    W302 = "W302"
    W601 = "W601"

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
        Code.E205: (
            "Candidate {no} was allowed to withdraw but is on the ballot of round {round}.",
            "Người số {no} đã được Đại hội cho rút nhưng vẫn có tên trên phiếu lần bầu thứ {round}.",
        ),
        Code.E206: (
            "The votes on the withdrawal of candidate {no} ({votes}) exceed those attending ({attending}).",
            "Số biểu quyết về việc rút của người số {no} ({votes}) nhiều hơn số có mặt ({attending}).",
        ),
        Code.E207: (
            "The recorded decision on the withdrawal of candidate {no} contradicts the congress's vote.",
            "Quyết định đã ghi về việc rút của người số {no} trái với kết quả biểu quyết của Đại hội.",
        ),
        Code.E301: (
            "No seats are left for this round ({seats}).",
            "Không còn chỗ để bầu trong lần bầu này ({seats}).",
        ),
        Code.E302: (
            "Candidate {no} was already elected in round {round}.",
            "Người số {no} đã trúng cử ở lần bầu thứ {round}.",
        ),
        Code.E401: (
            "The head's choice ({chosen}) is not {places} of the names with equal counts ({tied}).",
            "Lựa chọn của trưởng ban ({chosen}) không phải {places} người trong số những người bằng phiếu ({tied}).",
        ),
        Code.E402: (
            "A choice of the head is recorded ({chosen}) but no names have equal counts at the cut.",
            "Đã ghi lựa chọn của trưởng ban ({chosen}) nhưng không có người bằng phiếu ở vị trí cuối.",
        ),
        Code.E501: (
            "A cell of {members} official members (under 9) elects no committee, only a secretary and at most one deputy.",
            "Chi bộ có {members} đảng viên chính thức (dưới 9) không bầu chi ủy, chỉ bầu bí thư và nhiều nhất một phó bí thư.",
        ),
        Code.E502: (
            "A cell committee has at most {max} members, not {seats}.",
            "Chi ủy có nhiều nhất {max} người, không phải {seats}.",
        ),
        Code.E503: (
            "The secretary is elected alone, on a ballot of its own for one seat, never with the committee ({seats} seats).",
            "Bí thư được bầu riêng, trên một phiếu bầu một người, không bầu cùng chi ủy ({seats} chỗ).",
        ),
        Code.E504: (
            "A cell under 9 official members has at most one deputy secretary, not {seats}.",
            "Chi bộ dưới 9 đảng viên chính thức có nhiều nhất một phó bí thư, không phải {seats}.",
        ),
        Code.E505: (
            "In a cell of 9 or more, the secretary and the deputy are elected from the cell committee's members: take the list from its elected.",
            "Chi bộ từ 9 đảng viên trở lên bầu bí thư, phó bí thư trong số chi ủy viên: lấy danh sách từ những người trúng cử chi ủy.",
        ),
        Code.E601: (
            "The election is paused ({reason}) but has ballots: record that it resumed first.",
            "Cuộc bầu đang tạm dừng ({reason}) nhưng đã có phiếu: cần ghi việc tiếp tục trước.",
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
        Code.W203: (
            "The congress's decision on the withdrawal of candidate {no} is not recorded.",
            "Chưa ghi quyết định của Đại hội về việc xin rút của người số {no}.",
        ),
        Code.W301: (
            "Round {round} has no recorded decision of the congress.",
            "Lần bầu thứ {round} chưa ghi quyết định của Đại hội.",
        ),
        Code.W302: (
            "More nominees qualify ({admitted}) than places ({seats}): the congress must be consulted.",
            "Số người đủ điều kiện ({admitted}) nhiều hơn số chỗ ({seats}): cần xin ý kiến Đại hội.",
        ),
        Code.W601: (
            "The reason for the pause does not hold: {name} was elected in election {election}.",
            "Lý do tạm dừng không đúng: {name} đã trúng cử ở cuộc bầu {election}.",
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

"""The Vietnamese sentences of the minutes, following the circulated templates (RULES.md §8)."""

from __future__ import annotations

import datetime
from fractions import Fraction

from ballot.model import Body, Congress, CongressKind, Decision, HandVote, HandVoteTopic, Role
from ballot.outcome import Shortfall, Tie
from ballot.rulesets import RuleSet
from ballot.tally import RoundResult, Status

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
BLANK = "……"
NOT_FINALIZED = "Lần bầu này chưa được Ban kiểm phiếu chốt (khóa dữ liệu); số liệu còn có thể thay đổi."
DRAFT_MARK = "BẢN NHÁP — chưa phải kết quả chính thức"
ADMITTED = "Đủ điều kiện"
STATUS = {Status.ELECTED: "Trúng cử", Status.TIED: "Bằng phiếu", Status.NOT_ELECTED: ""}
ROLE_VI = {Role.HEAD: "Trưởng ban", Role.MEMBER: "Thành viên"}
NOUN = {CongressKind.DELEGATES: "đại biểu", CongressKind.MEMBERS: "đảng viên", CongressKind.CONFERENCE: "ủy viên"}
PERCENT_OF = {
    CongressKind.DELEGATES: "so với tổng số đại biểu được triệu tập",
    CongressKind.MEMBERS: "so với đảng viên chính thức",
    CongressKind.CONFERENCE: "so với tổng số ủy viên được triệu tập",
}
DELEGATE_BODIES = frozenset({Body.DELEGATES, Body.ALTERNATE_DELEGATES})


def voter_noun(kind: CongressKind) -> str:
    """Who votes: đại biểu, đảng viên or ủy viên."""
    return NOUN[kind]


def meeting(kind: CongressKind) -> str:
    """Đại hội, or Hội nghị for a conference of a committee."""
    return "Hội nghị" if kind is CongressKind.CONFERENCE else "Đại hội"


def congress_line(congress: Congress) -> str:
    """'ĐẠI HỘI ĐẠI BIỂU LẦN THỨ III, NHIỆM KỲ 2025–2030': the title without the organisation, upper case."""
    title = congress.title
    org = congress.organization
    at = title.casefold().find(org.casefold()) if org else -1
    if at >= 0:
        title = title[:at] + title[at + len(org) :]
    title = " ".join(title.split()).upper()
    return f"{title}, NHIỆM KỲ {congress.term}" if congress.term else title


def place_date(place: str, date: str) -> str:
    """'Hà Nam, ngày 12 tháng 6 năm 2025' (days below 10 and months 1–2 with a leading zero); blanks if no date."""
    where = place or BLANK
    try:
        d = datetime.date.fromisoformat(date)
    except ValueError:
        return f"{where}, ngày {BLANK} tháng {BLANK} năm {BLANK}"
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{where}, ngày {d.day:02d} tháng {month} năm {d.year}"


def subject(title: str, round_no: int, tie_break: bool, opinion: bool) -> str:
    """What the ballot was for, with the round: 'Bầu Ban Chấp hành … (lần thứ 2)'."""
    what = title or ("Phiếu xin ý kiến" if opinion else "Bầu cử")
    if tie_break:
        return f"{what} (lần thứ {round_no}, bầu giữa những người bằng phiếu)"
    return f"{what} (lần thứ {round_no})" if round_no > 1 else what


def decision(d: Decision | None) -> str:
    """The people's decision that called this round, or nothing for a first round."""
    if d is None:
        return ""
    parts = [f"Thực hiện quyết định của {d.by}" if d.by else "Thực hiện quyết định"]
    if d.at:
        parts.append(f" ({d.at})")
    if d.note:
        parts.append(f": {d.note}")
    return "".join(parts) + "."


def basis(rules: RuleSet, body: Body, opinion: bool) -> tuple[str, ...]:
    """The legal basis: the Charter, the regulation with the articles applied, the guidance, the congress's own rules."""
    arts = [f"{rules.article('counting_committee')} (Ban kiểm phiếu)"]
    if opinion:
        arts.append(f"{rules.article('surplus')} (danh sách bầu cử, ứng cử, đề cử)")
    elif body in DELEGATE_BODIES:
        arts.append(f"{rules.article('delegates')} (bầu đại biểu dự đại hội cấp trên)")
    else:
        arts.append(f"{rules.article('committee')} (bầu cử tại đại hội)")
    arts.append(f"{rules.article('ballot')} (phiếu bầu hợp lệ, không hợp lệ)")
    arts.append(f"{rules.article('result')} (nguyên tắc tính kết quả bầu cử)")
    lines = [
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        f"Căn cứ {rules.name} ban hành kèm theo {rules.decision}: {', '.join(arts)};",
        f"Căn cứ {rules.guidance};",
    ]
    if rules.congress_rules:
        lines.append("Căn cứ các quy định riêng theo Quy chế bầu cử do Đại hội thông qua;")
    return tuple(lines)


def ruleset_short(rules: RuleSet) -> str:
    """The rule set in a few words for the page footer."""
    number = rules.decision.split(" ngày ")[0].replace("Quyết định số ", "")
    suffix = " và Quy chế bầu cử do Đại hội thông qua" if rules.congress_rules else ""
    return f"{rules.name} ({number}){suffix}"


def percent_header(kind: CongressKind, opinion: bool) -> str:
    """The % column's heading: of official members, of delegates summoned, of committee members, or of those attending."""
    if opinion:
        return f"Tỷ lệ % (so với tổng số {NOUN[kind]} có mặt)"
    return f"Tỷ lệ % ({PERCENT_OF[kind]})"


def _what(title: str) -> str:
    """'Bầu Ban Chấp hành …' → 'Ban Chấp hành …'."""
    return title[4:] if title.casefold().startswith("bầu ") else title


def _share(share: Fraction) -> str:
    """3/10 → '30'."""
    pct = share * 100
    return str(pct.numerator) if pct.denominator == 1 else f"{float(pct):.2f}".replace(".", ",")


def elected_intro(result: RoundResult, title: str, noun: str) -> str:
    """The sentence before the list of the elected (or admitted), or why there is none."""
    t = result.threshold
    what = _what(title)
    n = len(result.elected)
    if result.kind.value == "opinion":
        if not n:
            return f"Không có đồng chí nào có số phiếu đồng ý trên {_share(t.share)}% so với tổng số {noun} có mặt."
        return (
            f"Các đồng chí có tên sau đây có số phiếu đồng ý trên {_share(t.share)}% so với tổng số {noun} có mặt "
            f"({t.base}), đủ điều kiện đưa vào danh sách bầu cử (xếp theo thứ tự số phiếu từ cao đến thấp):"
        )
    majority = "có tỷ lệ quá bán" if t.majority_test else "có số phiếu cao nhất"
    if not n:
        if t.majority_test:
            return f"Không có đồng chí nào có số phiếu bầu quá bán (từ {t.votes_needed} phiếu trở lên)."
        return "Không có đồng chí nào trúng cử."
    o = result.outcome
    if isinstance(o, Shortfall):
        return (
            f"Các đồng chí có tên sau đây trúng cử {what} (xếp theo thứ tự số phiếu bầu từ cao đến thấp, "
            f"{majority}; chưa đủ số lượng {result.seats} đồng chí):"
        )
    if isinstance(o, Tie):
        return (
            f"Các đồng chí có tên sau đây trúng cử {what} (xếp theo thứ tự số phiếu bầu từ cao đến thấp, "
            f"{majority}, cao hơn số phiếu của những người bằng phiếu):"
        )
    return (
        f"Các đồng chí có tên sau đây trúng cử {what} (xếp theo thứ tự số phiếu bầu từ cao đến thấp, "
        f"vừa đủ số lượng {result.seats} đồng chí và {majority}):"
    )


def outcome(result: RoundResult, names: dict[int, str], round_no: int, needs_majority: bool) -> tuple[str, ...]:
    """A tie or a shortfall in words, with what the congress must decide; nothing when the seats are filled."""
    o = result.outcome
    if isinstance(o, Tie):
        votes = next(c.votes for c in result.candidates if c.no == o.tied[0])
        tied = ", ".join(f"đồng chí {names[no]}" for no in o.tied)
        rule = (
            "người có số phiếu cao hơn và đạt quá bán trúng cử"
            if needs_majority
            else "người có số phiếu cao hơn trúng cử"
        )
        return (
            f"Có {len(o.tied)} đồng chí có số phiếu bầu bằng nhau ({votes} phiếu) cho {o.seats} chỗ còn lại: {tied}.",
            f"Đề nghị Đoàn Chủ tịch tổ chức bầu tiếp (lần thứ {round_no + 1}) giữa những đồng chí này "
            f"để chọn {o.seats} người ({rule}).",
        )
    if isinstance(o, Shortfall):
        return (
            f"Số người trúng cử ({len(o.elected)}) ít hơn số lượng cần bầu ({result.seats}); "
            f"còn thiếu {o.seats_left} đồng chí.",
            f"Đề nghị Đại hội quyết định: bầu tiếp lần thứ {round_no + 1} (số lượng và danh sách bầu cử do Đại hội "
            "biểu quyết), hoặc dừng bầu cử và chấp nhận số lượng đã trúng cử.",
        )
    return ()


def approval(body: Body, opinion: bool) -> str:
    """Results await approval (chuẩn y) by the competent committee (Quy chế 190, Art. 2)."""
    if opinion:
        return "Kết quả xin ý kiến nêu trên được báo cáo Đoàn Chủ tịch để trình Đại hội quyết định danh sách bầu cử."
    if body in DELEGATE_BODIES:
        return "Kết quả bầu cử nêu trên được báo cáo cấp ủy cấp trên trực tiếp theo quy định."
    return (
        "Kết quả bầu cử nêu trên được báo cáo cấp ủy cấp trên trực tiếp xem xét, chuẩn y theo quy định; "
        "chỉ có hiệu lực chính thức sau khi được chuẩn y."
    )


def adoption(kind: CongressKind) -> str:
    """The line the time of reading is written into by hand."""
    return (
        f"Biên bản được thông qua trước {meeting(kind)} vào hồi {BLANK} giờ {BLANK} phút, "
        f"ngày {BLANK} tháng {BLANK} năm {BLANK}."
    )


HAND_VOTE_TOPIC_VI = {HandVoteTopic.SEATS: "số lượng cần bầu", HandVoteTopic.LIST: "danh sách bầu cử"}


def hand_votes(votes: tuple[HandVote, ...]) -> tuple[str, ...]:
    """The congress's show-of-hands votes on the number to elect and the list, as the minutes quote them."""
    return tuple(
        f"Kết quả biểu quyết {HAND_VOTE_TOPIC_VI[v.topic]}: {v.agree} đồng ý, {v.disagree} không đồng ý, "
        f"{v.abstain} không biểu quyết."
        for v in votes
    )

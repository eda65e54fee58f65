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
CHANGED_AFTER_FINALIZING = (
    "Dữ liệu của lần bầu này khác với dữ liệu Ban kiểm phiếu đã chốt (mã dữ liệu không khớp với mã đã chốt); "
    "cần kiểm tra bằng lệnh “kiemphieu verify” trước khi dùng biên bản."
)
#: The draft mark says what is missing (the committee's lock), never that a finished page would be "official":
#: results only await approval (chuẩn y) by the competent committee (Quy chế 190, Art. 2).
DRAFT_MARK = "BẢN NHÁP — chưa được Ban kiểm phiếu chốt"
ADMITTED = "Đủ điều kiện"
STATUS = {
    Status.ELECTED: "Trúng cử",
    Status.TIED: "Bằng phiếu",
    Status.NOT_ELECTED: "",
    Status.PROPOSED: "Được giới thiệu",
    Status.NOT_PROPOSED: "",
}
ROLE_VI = {Role.HEAD: "Trưởng ban", Role.MEMBER: "Ủy viên"}
NOUN = {CongressKind.DELEGATES: "đại biểu", CongressKind.MEMBERS: "đảng viên", CongressKind.CONFERENCE: "ủy viên"}
PERCENT_OF = {
    CongressKind.DELEGATES: "so với tổng số đại biểu được triệu tập",
    CongressKind.MEMBERS: "so với đảng viên chính thức",
    CongressKind.CONFERENCE: "so với tổng số ủy viên được triệu tập",
}
DELEGATE_BODIES = frozenset({Body.DELEGATES, Body.ALTERNATE_DELEGATES})
#: Bodies whose size the congress votes on; a delegate count is allocated from above, one seat is one seat.
VOTED_NUMBER = frozenset({Body.COMMITTEE, Body.STANDING_COMMITTEE, Body.INSPECTION_COMMITTEE, Body.OTHER})
#: Bodies whose result awaits approval (chuẩn y) by the committee above; delegates are reported, not approved.
APPROVED_BODIES = frozenset(Body) - DELEGATE_BODIES

#: Words that start the name of a hall or building rather than a place (the minutes print the locality).
VENUE_WORDS = (
    "hội trường",
    "trụ sở",
    "nhà văn hóa",
    "nhà văn hoá",
    "phòng",
    "trung tâm",
    "khách sạn",
    "cung",
    "nhà hát",
    "văn phòng",
    "trường",
    "tòa nhà",
    "toà nhà",
    "ủy ban",
    "uỷ ban",
)
#: Administrative units, longest first; the locality is the name that follows the first one (the smallest).
ADMIN_UNITS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")


def count_vi(n: int) -> str:
    """A count in Vietnamese style, with a dot between thousands: 1600 → '1.600'."""
    return f"{n:,}".replace(",", ".")


def voter_noun(kind: CongressKind) -> str:
    """Who votes: đại biểu, đảng viên or ủy viên."""
    return NOUN[kind]


def meeting(kind: CongressKind) -> str:
    """Đại hội, or Hội nghị for a conference of a committee."""
    return "Hội nghị" if kind is CongressKind.CONFERENCE else "Đại hội"


def congress_title(congress: Congress) -> str:
    """'ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XXV': the title without the organisation, upper case."""
    title = congress.title
    org = congress.organization
    at = title.casefold().find(org.casefold()) if org else -1
    if at >= 0:
        title = title[:at] + title[at + len(org) :]
    return " ".join(title.split()).upper()


def term_line(congress: Congress) -> str:
    """'NHIỆM KỲ 2025–2030' on its own line, or nothing."""
    return f"NHIỆM KỲ {congress.term}" if congress.term else ""


def congress_line(congress: Congress) -> str:
    """The title and the term on one line, for callers that print one line ('…LẦN THỨ XXV, NHIỆM KỲ 2025–2030')."""
    term = term_line(congress)
    return f"{congress_title(congress)}, {term}" if term else congress_title(congress)


def _words(text: str) -> list[str]:
    return text.replace(",", " , ").split()


def _after_admin_unit(text: str) -> str:
    """The name after the first administrative unit in `text` ('… xã Thái Tân, huyện Lý Nhân' → 'Thái Tân'), or ''."""
    words = _words(text)
    folded = [w.casefold() for w in words]
    for i in range(len(words)):
        for unit in ADMIN_UNITS:
            parts = unit.split()
            end = i + len(parts)
            if folded[i:end] == parts and end < len(words) and words[end] != ",":
                name = " ".join(words[end : words.index(",", end) if "," in words[end:] else len(words)])
                return "Thành phố Hồ Chí Minh" if name == "Hồ Chí Minh" else name
    return ""


def locality(place: str, organization: str = "") -> str:
    """The place name a party document is dated from (địa danh), never the hall.

    A place typed as a locality stays ('Thái Tân'; 'xã Thái Tân' → 'Thái Tân'); a hall gives the name after its
    last administrative unit ('Hội trường Ủy ban nhân dân xã Thái Tân' → 'Thái Tân'), else the organisation's
    ('Đảng bộ xã Thái Tân' → 'Thái Tân'); '' when none names one.
    """
    place = " ".join(place.split())
    if place and not place.casefold().startswith(VENUE_WORDS):
        folded = place.casefold()
        unit = next((u for u in ADMIN_UNITS if folded.startswith(u + " ")), None)
        if unit is None or "," in place:
            return place
        rest = place[len(unit) + 1 :]
        return "Thành phố Hồ Chí Minh" if rest == "Hồ Chí Minh" else rest
    return _after_admin_unit(place) or _after_admin_unit(organization)


def place_date(place: str, date: str) -> str:
    """'Thái Tân, ngày 08 tháng 5 năm 2025' (days below 10 and months 1–2 with a leading zero); blanks if unknown."""
    where = locality(place) or BLANK
    try:
        d = datetime.date.fromisoformat(date)
    except ValueError:
        return f"{where}, ngày {BLANK} tháng {BLANK} năm {BLANK}"
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{where}, ngày {d.day:02d} tháng {month} năm {d.year}"


def human_time(at: str) -> str:
    """A recorded time as people write it, local: '2026-11-30T12:38:17.029+00:00' → '30/11/2026 19:38' (UTC+7)."""
    try:
        t = datetime.datetime.fromisoformat(at.strip())
    except ValueError:
        return at
    if t.tzinfo is not None:
        t = t.astimezone()
    return t.strftime("%d/%m/%Y %H:%M")


def subject(title: str, round_no: int, tie_break: bool, opinion: bool) -> str:
    """What the ballot was for, with the round: 'Bầu Ban Chấp hành … (lần thứ 2)'."""
    what = title or ("Phiếu xin ý kiến" if opinion else "Bầu cử")
    if tie_break:
        return f"{what} (lần thứ {round_no}, bầu giữa những người bằng phiếu)"
    return f"{what} (lần thứ {round_no})" if round_no > 1 else what


def decision(d: Decision | None) -> str:
    """The people's decision that called this round, with its time as people write it; nothing for a first round."""
    if d is None:
        return ""
    text = f"Thực hiện quyết định của {d.by}" if d.by else "Thực hiện quyết định"
    if d.at:
        text += f" ngày {human_time(d.at)}"
    note = d.note.strip().rstrip(".;")
    if note:
        text += f": {note}"
    return text + "."


def basis(rules: RuleSet, body: Body, opinion: bool, *, nomination: bool = False) -> tuple[str, ...]:
    """The legal basis: the Charter, the regulation with the articles applied, the guidance, the congress's own rules.

    A nomination ballot proposes and elects nobody: it cites the counting committee and the ballot only.
    """
    arts = [f"{rules.article('counting_committee')} (Ban kiểm phiếu)"]
    if nomination:
        arts.append(f"{rules.article('ballot')} (phiếu hợp lệ, không hợp lệ)")
        return _basis_lines(rules, arts)
    if opinion:
        arts.append(f"{rules.article('surplus')} (danh sách bầu cử, ứng cử, đề cử)")
    elif body in DELEGATE_BODIES:
        arts.append(f"{rules.article('delegates')} (bầu đại biểu dự đại hội cấp trên)")
    else:
        arts.append(f"{rules.article('committee')} (bầu cử tại đại hội)")
    arts.append(f"{rules.article('ballot')} (phiếu bầu hợp lệ, không hợp lệ)")
    arts.append(f"{rules.article('result')} (nguyên tắc tính kết quả bầu cử)")
    return _basis_lines(rules, arts)


def _basis_lines(rules: RuleSet, arts: list[str]) -> tuple[str, ...]:
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


def committee_intro(kind: CongressKind) -> str:
    """'Đại hội đã cử Ban kiểm phiếu gồm các đồng chí:' (the templates' words)."""
    return f"{meeting(kind)} đã cử Ban kiểm phiếu gồm các đồng chí:"


def seats_label(body: Body, round_no: int, kind: CongressKind) -> str:
    """The number to elect: voted by the congress, allocated from above for delegates, or left for a later round."""
    if body is Body.DELEGATES:
        what = "đại biểu chính thức"
    elif body is Body.ALTERNATE_DELEGATES:
        what = "đại biểu dự khuyết"
    else:
        what = ""
    if round_no > 1:
        return f"Số lượng {what} cần bầu ở lần bầu này" if what else "Số lượng cần bầu ở lần bầu này"
    if what:
        return f"Số lượng {what} được phân bổ"
    if body in VOTED_NUMBER:
        return f"Số lượng cần bầu ({meeting(kind)} đã biểu quyết)"
    return "Số lượng cần bầu"


def list_intro(n: int, kind: CongressKind, opinion: bool) -> str:
    """The sentence before the list in ballot order."""
    if opinion:
        return f"Danh sách xin ý kiến gồm {count_vi(n)} đồng chí, theo thứ tự trên phiếu:"
    return (
        f"Danh sách bầu cử ({meeting(kind)} đã biểu quyết thông qua) gồm {count_vi(n)} đồng chí, "
        "theo thứ tự trên phiếu bầu:"
    )


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


def tie_rule(
    *, earlier: int, seats: int, majority_votes: int, kind: CongressKind, needs_majority: bool, by_congress: bool
) -> tuple[str, ...]:
    """The rule a tie-break round applies, in words, and its basis (RULES.md §6.4) — never '1 vote and more'."""
    of = PERCENT_OF[kind]
    lines = [
        f"Lần bầu này là bầu giữa các đồng chí có số phiếu bằng nhau ở lần bầu thứ {earlier}; các đồng chí này "
        f"đều đã đạt số phiếu quá một nửa {of} (từ {count_vi(majority_votes)} phiếu trở lên) ở lần bầu thứ {earlier}."
    ]
    if needs_majority:
        basis_ = "theo Quy chế bầu cử do Đại hội thông qua" if by_congress else "theo quyết định của Đại hội"
        lines.append(
            f"Nguyên tắc xác định người trúng cử ở lần bầu này ({basis_}): đồng chí có số phiếu cao hơn trúng cử, "
            f"lấy đủ {count_vi(seats)} đồng chí, và phải đạt số phiếu quá một nửa {of} một lần nữa "
            f"(từ {count_vi(majority_votes)} phiếu trở lên)."
        )
    else:
        lines.append(
            "Nguyên tắc xác định người trúng cử ở lần bầu này (quy định mặc định khi Đại hội không quy định khác): "
            f"đồng chí có số phiếu cao hơn trúng cử, lấy đủ {count_vi(seats)} đồng chí; không xét lại tỷ lệ quá bán."
        )
    return tuple(lines)


def elected_intro(result: RoundResult, title: str, noun: str, kind: CongressKind) -> str:
    """The sentence before the list of the elected (or admitted), or why there is none."""
    t = result.threshold
    what = _what(title)
    n = len(result.elected)
    if result.kind.value == "opinion":
        share = f"trên {_share(t.share)}% so với tổng số {noun} có mặt"
        if not n:
            return f"Không có đồng chí nào có số phiếu đồng ý {share}."
        if n == 1:
            return (
                f"Đồng chí có tên sau đây có số phiếu đồng ý {share} ({count_vi(t.base)}), "
                "đủ điều kiện đưa vào danh sách bầu cử:"
            )
        return (
            f"Các đồng chí có tên sau đây có số phiếu đồng ý {share} ({count_vi(t.base)}), đủ điều kiện đưa vào "
            "danh sách bầu cử (xếp theo thứ tự số phiếu từ cao đến thấp):"
        )
    of = PERCENT_OF[kind]
    if not n:
        if t.majority_test:
            return (
                f"Không có đồng chí nào có số phiếu bầu quá một nửa {of} (từ {count_vi(t.votes_needed)} phiếu trở lên)."
            )
        return "Không có đồng chí nào trúng cử."
    how = "có số phiếu bầu quá một nửa" if t.majority_test else "có số phiếu cao hơn"
    o = result.outcome
    if n == 1:
        if isinstance(o, Shortfall):
            return (
                f"Đồng chí có tên sau đây trúng cử {what} ({how}; chưa đủ số lượng {count_vi(result.seats)} đồng chí):"
            )
        if isinstance(o, Tie):
            return f"Đồng chí có tên sau đây trúng cử {what} ({how}, cao hơn số phiếu của những người bằng phiếu):"
        return f"Đồng chí có tên sau đây trúng cử {what} ({how}):"
    majority = "có tỷ lệ quá bán" if t.majority_test else "có số phiếu cao hơn"
    if isinstance(o, Shortfall):
        return (
            f"Các đồng chí có tên sau đây trúng cử {what} (xếp theo thứ tự số phiếu bầu từ cao đến thấp, "
            f"{majority}; chưa đủ số lượng {count_vi(result.seats)} đồng chí):"
        )
    if isinstance(o, Tie):
        return (
            f"Các đồng chí có tên sau đây trúng cử {what} (xếp theo thứ tự số phiếu bầu từ cao đến thấp, "
            f"{majority}, cao hơn số phiếu của những người bằng phiếu):"
        )
    return (
        f"Các đồng chí có tên sau đây trúng cử {what} (xếp theo thứ tự số phiếu bầu từ cao đến thấp, "
        f"vừa đủ số lượng {count_vi(result.seats)} đồng chí và {majority}):"
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
            f"Có {len(o.tied)} đồng chí có số phiếu bầu bằng nhau ({count_vi(votes)} phiếu) cho {o.seats} chỗ "
            f"còn lại: {tied}.",
            f"Đề nghị Đoàn Chủ tịch tổ chức bầu tiếp (lần thứ {round_no + 1}) giữa những đồng chí này "
            f"để chọn {o.seats} người ({rule}).",
        )
    if isinstance(o, Shortfall):
        return (
            f"Số người trúng cử ({count_vi(len(o.elected))}) ít hơn số lượng cần bầu ({count_vi(result.seats)}); "
            f"còn thiếu {count_vi(o.seats_left)} đồng chí.",
            f"Đề nghị Đại hội quyết định: bầu tiếp lần thứ {round_no + 1} (số lượng và danh sách bầu cử do Đại hội "
            "biểu quyết), hoặc dừng bầu cử và chấp nhận số lượng đã trúng cử.",
        )
    return ()


def in_progress(counted: int, collected: int) -> str:
    """A draft while ballots are still being counted concludes nothing: it says how far the count has come."""
    if not counted:
        return "Chưa kiểm phiếu nào; kết quả bầu cử chưa được xác định."
    return (
        f"Đang kiểm phiếu: đã kiểm {count_vi(counted)} trong số {count_vi(collected)} phiếu thu vào; "
        "kết quả bầu cử chưa được xác định."
    )


def hand_counted(teams: tuple[tuple[str, int], ...]) -> str:
    """Which teams counted by hand and how many ballots each reported, or nothing."""
    if not teams:
        return ""
    parts = ", ".join(f"{team} ({count_vi(n)} phiếu)" for team, n in teams)
    return (
        f"Trong số phiếu đã kiểm, phiếu của các tổ sau được kiểm đếm bằng tay và nhập theo biên bản tổng hợp "
        f"của tổ: {parts}."
    )


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
        f"Kết quả biểu quyết {HAND_VOTE_TOPIC_VI[v.topic]}: {count_vi(v.agree)} đồng ý, "
        f"{count_vi(v.disagree)} không đồng ý, {count_vi(v.abstain)} không biểu quyết."
        for v in votes
    )


def grouped(code: str, size: int = 4) -> str:
    """A long hex code in groups for reading: '3f2a9c01…' → '3f2a 9c01 …' (16 groups of 4 for SHA-256)."""
    return " ".join(code[i : i + size] for i in range(0, len(code), size))


DRAFT_STATUS = "Bản nháp"


def round_status(body: Body, opinion: bool, final: bool) -> str:
    """A round's standing in the summary: locked by the committee and awaiting approval, reported, or a draft."""
    if not final:
        return DRAFT_STATUS
    if opinion:
        return "Đã chốt"
    if body in DELEGATE_BODIES:
        return "Đã chốt, báo cáo cấp trên"
    return "Đã chốt, chờ chuẩn y"


def summary_approval(bodies: frozenset[Body], opinion: bool, nomination: bool = False) -> tuple[str, ...]:
    """What awaits approval (committees and their officers) and what is only reported (delegates, opinions,
    nomination ballots)."""
    out = []
    if bodies & APPROVED_BODIES:
        out.append(
            "Kết quả bầu cấp ủy, các chức danh của cấp ủy và ủy ban kiểm tra nêu trên được báo cáo cấp ủy cấp trên "
            "trực tiếp xem xét, chuẩn y theo quy định; chỉ có hiệu lực chính thức sau khi được chuẩn y."
        )
    if bodies & DELEGATE_BODIES:
        out.append("Kết quả bầu đại biểu dự đại hội cấp trên được báo cáo cấp ủy cấp trên trực tiếp theo quy định.")
    if opinion:
        out.append("Kết quả xin ý kiến được báo cáo Đoàn Chủ tịch để trình Đại hội quyết định danh sách bầu cử.")
    if nomination:
        out.append("Kết quả phiếu giới thiệu được báo cáo Đoàn Chủ tịch để trình Đại hội quyết định danh sách bầu cử.")
    return tuple(out)


# --- the whole congress (issue 12): nomination ballots, withdrawals, pauses ------------------------------------

NOMINATION_OVER_LIMIT = "ghi quá số tên được ghi trên phiếu"
NOMINATION_SUBJECT = "Phiếu giới thiệu"
PROPOSED = "Được giới thiệu"
PROPOSAL_VI = {"allow": "đề nghị Đại hội cho rút", "refuse": "đề nghị Đại hội không cho rút"}
METHOD_VI = {"hands": "biểu quyết bằng giơ tay", "secret": "biểu quyết bằng bỏ phiếu kín"}
STANDING_VI = {
    "allowed": "đồng chí được rút khỏi danh sách",
    "not_allowed": "đồng chí không được rút, vẫn có tên trong danh sách",
    "undecided": "chưa có quyết định của Đại hội",
}


def nomination_seats_label() -> str:
    """The most names one nomination ballot may carry."""
    return "Số tên tối đa được ghi trên mỗi phiếu giới thiệu"


def nomination_places(places: int) -> str:
    """How many names the congress asks the nomination ballot to propose."""
    return f"Số người cần giới thiệu: {count_vi(places)} đồng chí."


def nomination_list_intro(n: int, source: str) -> str:
    """The sentence before the pool's names (the elected of the committee, say)."""
    where = f" ({source})" if source else ""
    return f"Danh sách những đồng chí có thể được giới thiệu{where} gồm {count_vi(n)} đồng chí:"


def nomination_source(title: str, take: str) -> str:
    """Where the pool comes from, in words: 'những đồng chí trúng cử Ban Chấp hành …'."""
    what = _what(title)
    if take == "elected":
        return f"những đồng chí trúng cử {what}"
    if take == "not_elected":
        return f"những đồng chí không trúng cử {what}"
    return f"những đồng chí được giới thiệu tại {title}"


def nomination_rule(places: int) -> str:
    """How the proposed are found: the most support, equal counts at the cut for the head to choose."""
    return (
        f"Người được giới thiệu là {count_vi(places)} đồng chí có số phiếu giới thiệu cao nhất (được ít nhất 1 phiếu); "
        "nếu có nhiều đồng chí bằng phiếu nhau ở vị trí cuối cùng thì Trưởng ban kiểm phiếu lựa chọn."
    )


def nomination_intro(n: int) -> str:
    """The sentence before the proposed."""
    if not n:
        return "Chưa có đồng chí nào được giới thiệu."
    if n == 1:
        return "Đồng chí có tên sau đây được giới thiệu:"
    return "Các đồng chí có tên sau đây được giới thiệu (xếp theo thứ tự số phiếu giới thiệu từ cao đến thấp):"


def nomination_outcome(
    tied: tuple[str, ...], votes: int, places: int, short: int, choice: tuple[str, ...], by: str, at: str, note: str
) -> tuple[str, ...]:
    """Equal counts at the cut — for the head to choose, or with the head's recorded choice — and a shortfall of
    names, in words."""
    out: list[str] = []
    if tied:
        names = ", ".join(f"đồng chí {n}" for n in tied)
        out.append(
            f"Có {count_vi(len(tied))} đồng chí có số phiếu giới thiệu bằng nhau ({count_vi(votes)} phiếu) cho "
            f"{count_vi(places)} chỗ còn lại: {names}."
        )
        if not choice:
            out.append("Đề nghị Trưởng ban kiểm phiếu lựa chọn theo quy định.")
    if choice:
        head = f"Trưởng ban kiểm phiếu, đồng chí {by}," if by else "Trưởng ban kiểm phiếu"
        when = f" ({human_when(at)})" if at else ""
        chosen = ", ".join(f"đồng chí {n}" for n in choice)
        extra = f"; {note.strip().rstrip('.;')}" if note.strip() else ""
        out.append(f"{head} đã lựa chọn{when}: {chosen}{extra}.")
    if short:
        out.append(
            f"Số đồng chí được ghi tên ít hơn số người cần giới thiệu; còn thiếu {count_vi(short)} người. "
            "Đề nghị Đoàn Chủ tịch báo cáo Đại hội xem xét, quyết định."
        )
    return tuple(out)


def nomination_approval() -> str:
    """A nomination ballot proposes; the congress then elects."""
    return "Kết quả phiếu giới thiệu nêu trên được báo cáo Đoàn Chủ tịch để trình Đại hội quyết định danh sách bầu cử."


def withdrawal_line(
    name: str,
    reason: str,
    proposal: str,
    method: str,
    votes: tuple[int, int, int] | None,
    needed: int | None,
    standing: str,
    recorded: bool,
) -> str:
    """One request to withdraw, the presidium's proposal, the congress's vote and what follows."""
    why = f" (lý do: {reason.strip().rstrip('.;')})" if reason.strip() else ""
    text = f"Đồng chí {name} xin rút khỏi danh sách{why}; Đoàn Chủ tịch {PROPOSAL_VI[proposal]}"
    if votes is not None:
        agree, disagree, abstain = votes
        text += (
            f"; Đại hội {METHOD_VI[method]}: {count_vi(agree)} đồng ý, {count_vi(disagree)} không đồng ý, "
            f"{count_vi(abstain)} không biểu quyết"
        )
        if needed is not None:
            text += f" (cần từ {count_vi(needed)} trở lên để thông qua)"
    decided = " (theo quyết định của Đại hội được ghi nhận)" if recorded else ""
    return f"{text}: {STANDING_VI[standing]}{decided}."


def human_when(at: str) -> str:
    """A recorded date or time as people write it: a date alone as dd/mm/yyyy, a time as `human_time` (text that is
    neither stays as written)."""
    try:
        return datetime.date.fromisoformat(at.strip()).strftime("%d/%m/%Y")
    except ValueError:
        return human_time(at)


def pause_line(title: str, reason: str, intended: str, by: str, at: str, note: str) -> str:
    """An election paused to ask the higher standing committee, as a decision with who made it."""
    if reason == "intended_not_elected":
        who = f"đồng chí {intended}, người được dự kiến," if intended else "đồng chí được dự kiến"
        why = f"{who} không trúng cử vào cấp ủy"
    else:
        why = f"người được dự kiến: đồng chí {intended}" if intended else ""
    when = f" ngày {human_when(at)}" if at else ""
    extra = f": {note.strip().rstrip('.;')}" if note.strip() else ""
    because = f" ({why})" if why else ""
    return (
        f"{title}: tạm dừng bầu để xin ý kiến Ban Thường vụ cấp ủy cấp trên{because}, "
        f"theo quyết định của {by}{when}{extra}."
    )


def resumed_line(title: str, by: str, at: str, note: str) -> str:
    """The paused election resumed on the higher committee's guidance."""
    when = f" ngày {human_when(at)}" if at else ""
    extra = f": {note.strip().rstrip('.;')}" if note.strip() else ""
    return f"{title}: tiếp tục bầu theo ý kiến của {by}{when}{extra}."

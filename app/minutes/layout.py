"""The minutes laid out as document blocks, in the order of RULES.md §8."""

from __future__ import annotations

from app.minutes.document import (
    Block,
    Document,
    Heading,
    Keep,
    Para,
    Run,
    Signature,
    Signatures,
    Table,
    labelled,
    para,
    seal_qr,
)
from app.minutes.model import Minutes
from app.minutes.wording import DRAFT_MARK, count_vi, grouped

SIGN_NOTE = "(ký, ghi rõ họ tên)"
HEAD_TITLE = "TRƯỞNG BAN"
MEMBERS_TITLE = "CÁC ỦY VIÊN"
TERM_SEPARATOR = ", NHIỆM KỲ "


def heading(organization: str, congress: str, party: str, place_date: str, term: str = "") -> Heading:
    """The organisation, the congress and its term each on a line, then '*' (left); the party and date (right).

    A caller that passes the congress and term as one line ('…, NHIỆM KỲ …') gets them on two lines.
    """
    if not term and TERM_SEPARATOR in congress:
        congress, rest = congress.split(TERM_SEPARATOR, 1)
        term = f"NHIỆM KỲ {rest}"
    left = (organization, congress, *((term,) if term else ()), "*")
    bold = (False, True, *((True,) if term else ()), False)
    return Heading(left, bold, party, place_date)


def draft_blocks(problems: tuple[str, ...], codes: tuple[str, ...] = ()) -> list[Block]:
    """Why this is a draft, in bold at the top of the first page; the technical codes in a small line."""
    out: list[Block] = [para(f"{DRAFT_MARK}. Lý do:", "warning", bold=True)]
    out += [para(f"– {p}", "item") for p in problems]
    if codes:
        out.append(para(f"(Mã kỹ thuật để tra cứu: {', '.join(dict.fromkeys(codes))}.)", "small", italic=True))
    return out


def name_with_note(name: str, note: str) -> str:
    """'Nguyễn Văn An (1975)': the note tells namesakes apart."""
    return f"{name} ({note})" if note else name


def _list_section(m: Minutes) -> list[Block]:
    """I. The number to elect and the list in ballot order."""
    if m.opinion:
        head = [para("I. DANH SÁCH XIN Ý KIẾN", "section")]
    elif m.nomination:
        head = [para("I. DANH SÁCH GIỚI THIỆU", "section"), labelled(m.seats_label, count_vi(m.seats), tail=" tên.")]
    else:
        head = [
            para("I. SỐ LƯỢNG CẦN BẦU VÀ DANH SÁCH BẦU CỬ", "section"),
            labelled(m.seats_label, count_vi(m.seats), tail=" đồng chí."),
        ]
        head += [para(line, "item") for line in m.hand_votes]
    if m.withdrawals:
        head.append(para("Việc xin rút khỏi danh sách:", "item"))
        head += [para(f"– {line}", "subitem") for line in m.withdrawals]
    table = Table(
        ("STT", "Họ và tên", "Ghi chú"),
        tuple((str(c.stt), c.name, c.note) for c in m.candidates),
        (0.1, 0.55, 0.35),
        "CLL",
    )
    return [*head, para(m.list_intro, "item"), table]


def _electorate_section(m: Minutes) -> list[Block]:
    """II. Summoned − exclusions = base, who was there and absent, and what it takes to be elected."""
    e = m.electorate
    out: list[Block] = [para(f"II. SỐ {e.noun.upper()} VÀ CƠ SỞ TÍNH KẾT QUẢ", "section")]
    if e.summoned_based:
        out.append(labelled(f"Tổng số {e.noun} được triệu tập", count_vi(e.summoned)))
        if e.exclusions:
            out.append(para("Số không tính vào cơ sở tính kết quả:", "item"))
            out += [labelled(f"– {x.label}", count_vi(x.count), "subitem") for x in e.exclusions]
        else:
            out.append(para("Không có trường hợp nào không tính vào cơ sở tính kết quả.", "item"))
        excluded = sum(x.count for x in e.exclusions)
        out.append(
            labelled(
                f"Số {e.noun} làm cơ sở tính kết quả",
                f"{count_vi(e.summoned)} − {count_vi(excluded)} = {count_vi(e.base)}",
            )
        )
    out.append(labelled(f"Số {e.noun} có mặt tại Đại hội", count_vi(e.attending)))
    if e.present is not None:
        out.append(labelled(f"Số {e.noun} có mặt lúc bầu cử", count_vi(e.present)))
    if e.absent is not None:
        out.append(labelled(f"Số {e.noun} vắng mặt lúc bầu cử", count_vi(e.absent)))
    if m.tie_rule:
        out += [para(line, "item") for line in m.tie_rule]
    elif m.opinion:
        out.append(
            labelled(
                "Số phiếu đồng ý cần đạt để đủ điều kiện",
                count_vi(e.votes_needed),
                tail=f" phiếu trở lên (so với {count_vi(e.attending)} {e.noun} có mặt).",
            )
        )
    else:
        out.append(
            labelled(
                f"Số phiếu cần đạt để trúng cử (quá một nửa của {count_vi(e.base)})",
                count_vi(e.votes_needed),
                tail=" phiếu trở lên.",
            )
        )
    return out


def _ballots_section(m: Minutes) -> list[Block]:
    """III. Ballots issued, collected, valid, invalid with reasons; the votes of every candidate."""
    b = m.ballots
    out: list[Block] = [
        para("III. KẾT QUẢ KIỂM PHIẾU", "section"),
        labelled("Số phiếu phát ra", count_vi(b.issued)),
        labelled("Số phiếu thu vào", count_vi(b.collected)),
    ]
    if b.counted != b.collected:
        out.append(labelled("Số phiếu đã kiểm", count_vi(b.counted)))
    out.append(labelled("Số phiếu hợp lệ", count_vi(b.valid)))
    out.append(labelled("Số phiếu không hợp lệ", count_vi(b.invalid), tail=", trong đó:" if b.invalid_reasons else "."))
    out += [labelled(f"– {x.label}", count_vi(x.count), "subitem") for x in b.invalid_reasons]
    if b.hand_counted:
        out.append(para(b.hand_counted, "item"))
    provisional = " (số liệu tạm thời, đang kiểm phiếu)" if m.in_progress else ""
    if m.nomination:
        out.append(
            para(f"Số phiếu giới thiệu của từng đồng chí (xếp theo số phiếu từ cao đến thấp){provisional}:", "item")
        )
    else:
        out.append(para(f"Số phiếu bầu của từng đồng chí (theo thứ tự trong danh sách){provisional}:", "item"))
    votes_title = "Số phiếu giới thiệu" if m.nomination else "Số phiếu bầu"
    if m.agree_disagree:
        table = Table(
            ("STT", "Họ và tên", "Đồng ý", "Không đồng ý", m.percent_header, "Kết quả"),
            tuple(
                (
                    str(v.stt),
                    name_with_note(v.name, v.note),
                    count_vi(v.votes),
                    count_vi(v.disagree or 0),
                    v.percent,
                    v.result,
                )
                for v in m.votes
            ),
            (0.08, 0.35, 0.11, 0.12, 0.17, 0.17),
            "CLCCCC",
        )
    else:
        table = Table(
            ("STT", "Họ và tên", votes_title, m.percent_header, "Kết quả"),
            tuple(
                (str(v.stt), name_with_note(v.name, v.note), count_vi(v.votes), v.percent, v.result) for v in m.votes
            ),
            (0.08, 0.44, 0.13, 0.21, 0.14),
            "CLCCC",
        )
    out.append(table)
    return out


def signatures(head: str, members: tuple[str, ...], room: float = 20) -> Signatures:
    """CÁC ỦY VIÊN (left) and TRƯỞNG BAN (right), each with the note and the names."""
    cols = []
    if members:
        cols.append(Signature(MEMBERS_TITLE, SIGN_NOTE, members))
    cols.append(Signature(HEAD_TITLE, SIGN_NOTE, (head,) if head else ()))
    return Signatures(tuple(cols), room)


def key_shown(fingerprint: str) -> str:
    """A key's fingerprint as the window shows it, to compare: A1B2-C3D4-E5F6-0718 (as `app.keys.grouped`)."""
    v = fingerprint.upper()
    return "-".join(v[i : i + 4] for i in range(0, len(v), 4))


def fingerprint_blocks(label: str, fingerprint: str, signing_key: str = "") -> list[Para]:
    """The full code on the signature page, grouped for reading; the key that signed the seal, when signed."""
    out = [
        para(f"{label} (SHA-256; lệnh “kiemphieu verify” in cùng mã; mã QR ở chân trang chứa mã này):", "code"),
        para(grouped(fingerprint), "codeline", bold=True),
    ]
    if signing_key:
        out += [
            para("Mã khóa của máy trưởng ban đã ký dấu chốt (Ed25519; mã QR chứa cả chữ ký):", "code"),
            para(key_shown(signing_key), "codeline", bold=True),
        ]
    return out


def _closing(m: Minutes) -> list[Block]:
    """IV. The elected, a tie or shortfall in words, approval pending; then adoption, signatures and the code.

    Everything from the elected table (or the intro when nobody is elected) to the code shares one page.
    """
    section = (
        "IV. KẾT QUẢ XIN Ý KIẾN"
        if m.opinion
        else "IV. KẾT QUẢ PHIẾU GIỚI THIỆU"
        if m.nomination
        else "IV. KẾT QUẢ BẦU CỬ"
    )
    head: list[Para] = [para(section, "section")]
    if m.elected_intro:
        head.append(para(m.elected_intro, "item"))
    rest: list[Para | Table | Signatures] = [para(t, "item", bold=True) for t in m.outcome]
    if m.approval:
        rest.append(para(m.approval, "item"))
    rest += [
        para(m.adoption, "body", italic=True),
        signatures(m.head, m.members),
        *fingerprint_blocks("Mã dữ liệu của lần bầu", m.fingerprint, m.signing_key),
    ]
    if not m.elected:
        return [Keep((*head, *rest))]
    table = Table(
        (
            "STT",
            "Họ và tên",
            "Đồng ý" if m.opinion else "Số phiếu giới thiệu" if m.nomination else "Số phiếu bầu",
            "Tỷ lệ %",
        ),
        tuple((str(r.order), name_with_note(r.name, r.note), count_vi(r.votes), r.percent) for r in m.elected),
        (0.1, 0.5, 0.2, 0.2),
        "CLCC",
    )
    return [*head, Keep((table, *rest))]


def minutes_document(m: Minutes) -> Document:
    """The minutes as blocks; every page carries the fingerprint and, for a draft, the watermark."""
    h = m.header
    blocks: list[Block] = [
        heading(h.organization, h.congress, h.party, h.place_date, h.term),
        para(m.title, "title"),
        para(m.subject, "subject"),
    ]
    if m.draft:
        blocks += draft_blocks(m.problems, m.codes)
    blocks += [para(b, "body", italic=True) for b in m.basis]
    if m.decision:
        blocks.append(para(m.decision, "plain", italic=True))
    blocks.append(para(m.committee_intro, "body"))
    blocks += [
        Para((Run(f"{i}. Đồng chí "), Run(c.name, bold=True), Run(f", {c.role}")), "item")
        for i, c in enumerate(m.committee, 1)
    ]
    blocks.append(para("đã tiến hành kiểm phiếu và lập biên bản như sau:", "body"))
    blocks += _list_section(m) + _electorate_section(m) + _ballots_section(m) + _closing(m)
    return Document(
        title=f"{m.title} — {m.subject}",
        blocks=tuple(blocks),
        fingerprint=m.fingerprint,
        label=f"{m.ruleset} · {m.label}",
        watermark=DRAFT_MARK if m.draft else "",
        qr=seal_qr(m.fingerprint, m.signing_key, m.seal_signature),
    )

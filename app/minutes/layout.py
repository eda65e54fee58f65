"""The minutes laid out as document blocks, in the order of RULES.md §8."""

from __future__ import annotations

from app.minutes.document import Block, Document, Heading, Para, Run, Signature, Signatures, Table, labelled, para
from app.minutes.model import Minutes
from app.minutes.wording import DRAFT_MARK

SIGN_NOTE = "(ký, ghi rõ họ tên)"


def heading(organization: str, congress: str, party: str, place_date: str) -> Heading:
    """The organisation and congress on the left with the '*' line; the party and date on the right."""
    return Heading((organization, congress, "*"), (False, True, False), party, place_date)


def draft_blocks(problems: tuple[str, ...]) -> list[Block]:
    """Why this is a draft, in bold at the top of the first page."""
    out: list[Block] = [para(f"{DRAFT_MARK}. Lý do:", "warning", bold=True)]
    out += [para(f"– {p}", "item") for p in problems]
    return out


def _name(name: str, note: str) -> str:
    return f"{name} ({note})" if note else name


def _list_section(m: Minutes) -> list[Block]:
    """I. The number to elect and the list in ballot order."""
    n = len(m.candidates)
    if m.opinion:
        head = [para("I. DANH SÁCH XIN Ý KIẾN", "section")]
        intro = f"Danh sách xin ý kiến gồm {n} đồng chí, theo thứ tự trên phiếu:"
    else:
        head = [
            para("I. SỐ LƯỢNG CẦN BẦU VÀ DANH SÁCH BẦU CỬ", "section"),
            labelled("Số lượng cần bầu (Đại hội đã biểu quyết)", m.seats, tail=" đồng chí."),
        ]
        head += [para(line, "item") for line in m.hand_votes]
        intro = f"Danh sách bầu cử (Đại hội đã biểu quyết thông qua) gồm {n} đồng chí, theo thứ tự trên phiếu bầu:"
    table = Table(
        ("STT", "Họ và tên", "Ghi chú"),
        tuple((str(c.stt), c.name, c.note) for c in m.candidates),
        (0.1, 0.6, 0.3),
        "CLL",
    )
    return [*head, para(intro, "item"), table]


def _electorate_section(m: Minutes) -> list[Block]:
    """II. Summoned − exclusions = base, the votes needed, those present."""
    e = m.electorate
    out: list[Block] = [para(f"II. SỐ {e.noun.upper()} VÀ CƠ SỞ TÍNH KẾT QUẢ", "section")]
    out.append(labelled(f"Tổng số {e.noun} được triệu tập", e.summoned))
    if e.exclusions:
        out.append(para("Số không tính vào cơ sở tính kết quả:", "item"))
        out += [labelled(f"– {x.label}", x.count, "subitem") for x in e.exclusions]
    else:
        out.append(para("Không có trường hợp nào không tính vào cơ sở tính kết quả.", "item"))
    excluded = sum(x.count for x in e.exclusions)
    out.append(labelled(f"Số {e.noun} làm cơ sở tính kết quả", f"{e.summoned} − {excluded} = {e.base}"))
    out.append(labelled(f"Số {e.noun} có mặt tại Đại hội", e.attending))
    if e.present is not None:
        out.append(labelled(f"Số {e.noun} có mặt khi bỏ phiếu", e.present))
    if m.opinion:
        out.append(
            labelled(
                "Số phiếu đồng ý cần đạt để đủ điều kiện", e.votes_needed, tail=" phiếu trở lên (so với số có mặt)."
            )
        )
    else:
        out.append(
            labelled(f"Số phiếu cần đạt để trúng cử (quá một nửa của {e.base})", e.votes_needed, tail=" phiếu trở lên.")
        )
    return out


def _ballots_section(m: Minutes) -> list[Block]:
    """III. Ballots issued, collected, valid, invalid with reasons; the votes of every candidate."""
    b = m.ballots
    out: list[Block] = [
        para("III. KẾT QUẢ KIỂM PHIẾU", "section"),
        labelled("Số phiếu phát ra", b.issued),
        labelled("Số phiếu thu vào", b.collected),
    ]
    if b.counted != b.collected:
        out.append(labelled("Số phiếu đã kiểm", b.counted))
    out.append(labelled("Số phiếu hợp lệ", b.valid))
    out.append(labelled("Số phiếu không hợp lệ", b.invalid, tail=", trong đó:" if b.invalid_reasons else ""))
    out += [labelled(f"– {x.label}", x.count, "subitem") for x in b.invalid_reasons]
    out.append(para("Số phiếu bầu của từng đồng chí (theo thứ tự trong danh sách):", "item"))
    if m.agree_disagree:
        table = Table(
            ("STT", "Họ và tên", "Đồng ý", "Không đồng ý", m.percent_header, "Kết quả"),
            tuple(
                (str(v.stt), _name(v.name, v.note), str(v.votes), str(v.disagree), v.percent, v.result) for v in m.votes
            ),
            (0.08, 0.36, 0.12, 0.12, 0.17, 0.15),
            "CLCCCC",
        )
    else:
        table = Table(
            ("STT", "Họ và tên", "Số phiếu bầu", m.percent_header, "Kết quả"),
            tuple((str(v.stt), _name(v.name, v.note), str(v.votes), v.percent, v.result) for v in m.votes),
            (0.08, 0.42, 0.14, 0.21, 0.15),
            "CLCCC",
        )
    out.append(table)
    return out


def _result_section(m: Minutes) -> list[Block]:
    """IV. The elected by votes, a tie or shortfall in words, approval pending."""
    out: list[Block] = [
        para("IV. KẾT QUẢ XIN Ý KIẾN" if m.opinion else "IV. KẾT QUẢ BẦU CỬ", "section"),
        para(m.elected_intro, "item"),
    ]
    if m.elected:
        out.append(
            Table(
                ("STT", "Họ và tên", "Đồng ý" if m.opinion else "Số phiếu bầu", "Tỷ lệ %"),
                tuple((str(r.order), r.name, str(r.votes), r.percent) for r in m.elected),
                (0.1, 0.5, 0.2, 0.2),
                "CLCC",
            )
        )
    out += [para(t, "item", bold=True) for t in m.outcome]
    out.append(para(m.approval, "item"))
    return out


def signatures(head: str, members: tuple[str, ...], room: float = 20) -> Signatures:
    """THÀNH VIÊN (left) and TRƯỞNG BAN (right), each with the note and the names."""
    cols = []
    if members:
        cols.append(Signature("THÀNH VIÊN", SIGN_NOTE, members))
    cols.append(Signature("TRƯỞNG BAN", SIGN_NOTE, (head,) if head else ()))
    return Signatures(tuple(cols), room)


def minutes_document(m: Minutes) -> Document:
    """The minutes as blocks; every page carries the fingerprint and, for a draft, the watermark."""
    h = m.header
    blocks: list[Block] = [
        heading(h.organization, h.congress, h.party, h.place_date),
        para(m.title, "title"),
        para(m.subject, "subject"),
    ]
    if m.draft:
        blocks += draft_blocks(m.problems)
    if m.decision:
        blocks.append(para(m.decision, "body", italic=True))
    blocks += [para(b, "body", italic=True) for b in m.basis]
    blocks.append(para("Ban kiểm phiếu gồm các đồng chí:", "body"))
    blocks += [
        Para((Run(f"{i}. "), Run(c.name, bold=True), Run(f" — {c.role}")), "item") for i, c in enumerate(m.committee, 1)
    ]
    blocks.append(para("đã tiến hành kiểm phiếu và lập biên bản như sau:", "body"))
    blocks += _list_section(m) + _electorate_section(m) + _ballots_section(m) + _result_section(m)
    blocks.append(para(m.adoption, "body", italic=True))
    blocks.append(signatures(m.head, m.members))
    return Document(
        title=f"{m.title} — {m.subject}",
        blocks=tuple(blocks),
        fingerprint=m.fingerprint,
        label=f"{m.ruleset} · {m.election}, lần {m.round}",
        watermark=DRAFT_MARK if m.draft else "",
    )

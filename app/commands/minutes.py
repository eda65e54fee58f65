"""`kiemphieu minutes FILE|--db DB --election ID [--round N] [--summary] [--log] -o OUT.pdf|OUT.docx`."""

from __future__ import annotations

import argparse
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import EXIT_OK, UserError
from app.fileformat.writer import fingerprint
from ballot.election import ElectionResult, tally_all
from ballot.model import ElectionData, ElectionKind

FORMATS = (".pdf", ".docx")
WRITE_FAULTS: tuple[tuple[type[OSError], str], ...] = (
    (FileNotFoundError, "thư mục không tồn tại"),
    (IsADirectoryError, "đó là một thư mục"),
    (PermissionError, "không có quyền ghi vào đó"),
)


def register(sub: Any) -> None:
    """Adds the `minutes` subcommand."""
    m = sub.add_parser("minutes", help="in biên bản kiểm phiếu (PDF hoặc Word), bản tổng hợp, nhật ký nhập phiếu")
    m.add_argument("file", nargs="?", help="tệp bầu cử (kiemphieu-election/1)")
    m.add_argument("--db", help="cơ sở dữ liệu đại hội (tệp .sqlite hoặc địa chỉ SQLAlchemy) thay cho FILE")
    m.add_argument("--election", help="mã cuộc bầu")
    m.add_argument("--round", type=int, help="lần bầu (mặc định: lần cuối)")
    m.add_argument("--summary", action="store_true", help="bản tổng hợp kết quả của cả đại hội")
    m.add_argument("--log", action="store_true", help="nhật ký nhập phiếu (chỉ với --db)")
    m.add_argument("-o", "--output", required=True, help="tệp ra: .pdf hoặc .docx")
    m.set_defaults(func=run)


@dataclass(frozen=True, slots=True)
class Source:
    """What the minutes are made from: the data, its tally, which rounds are finalized, and the log (database only)."""

    data: ElectionData
    results: tuple[ElectionResult, ...]
    finalized: dict[tuple[str, int], bool]
    log: Callable[[], list[Any]] | None = None
    pending: dict[tuple[str, int], int] | None = None  # stacks not yet definitive (database only)


def from_file(path: str) -> Source:
    """An election file: a round is final when sealed and its seal still matches its data."""
    from app.fileformat import load

    lf = load(path)
    data = lf.data
    finalized = {
        (e.id, r.number): (seal := lf.seals.get((e.id, r.number))) is not None
        and seal.fingerprint == fingerprint(data, e, r)
        for e in data.elections
        for r in e.rounds
    }
    return Source(data, tally_all(data), finalized)


def from_db(target: str) -> Source:
    """A congress database: a round is final when finalized there and its fingerprint still matches."""
    from app.workspace import Workspace

    ws = Workspace.open(target, station=socket.gethostname(), operator="kiemphieu minutes", read_only=True)
    try:
        data = ws.data()
        finalized, pending = {}, {}
        for e in data.elections:
            for r in e.rounds:
                st = ws.round_status(e.id, r.number)
                finalized[(e.id, r.number)] = st.finalized and st.fingerprint == fingerprint(data, e, r)
                pending[(e.id, r.number)] = ws.pending_stacks(e.id, r.number)
        log = ws.log()
        return Source(data, ws.results(), finalized, lambda: log, pending)
    finally:
        ws.close()


def check_args(args: argparse.Namespace) -> str:
    """The output suffix; a `UserError` for a missing or contradictory choice."""
    if (args.file is None) == (args.db is None):
        raise UserError("Cần chỉ ra đúng một nguồn dữ liệu: tệp bầu cử hoặc --db.", "give FILE or --db, not both")
    if args.log and args.db is None:
        raise UserError("Nhật ký nhập phiếu chỉ có trong cơ sở dữ liệu: dùng --db.", "--log needs --db")
    if args.summary and args.log:
        raise UserError("Chọn một trong --summary và --log.", "--summary and --log exclude each other")
    if not (args.summary or args.log) and not args.election:
        raise UserError("Cần chỉ ra cuộc bầu: --election MÃ.", "--election is required")
    suffix = Path(args.output).suffix.lower()
    if suffix not in FORMATS:
        raise UserError(
            f"Tệp ra phải có đuôi .pdf hoặc .docx (đã cho: {args.output}).", "output must end in .pdf or .docx"
        )
    return suffix


def write(path: str, content: bytes) -> None:
    """Writes the output; a `UserError` if the place cannot be written."""
    try:
        Path(path).write_bytes(content)
    except OSError as e:
        why = next((text for kind, text in WRITE_FAULTS if isinstance(e, kind)), "lỗi khi ghi đĩa")
        raise UserError(f"Không ghi được tệp {path}: {why}.", f"cannot write {path}: {e}") from None


def run(args: argparse.Namespace) -> int:
    """Builds the minutes (or the summary, or the log) and writes PDF or Word."""
    from app.minutes import EntryLog, Printable, build_summary, minutes_for, records_from_log, render_docx, render_pdf
    from app.minutes.model import find_round

    suffix = check_args(args)
    src = from_file(args.file) if args.file is not None else from_db(args.db)
    item: Printable
    if args.log:
        assert src.log is not None
        item = EntryLog(src.data.congress, records_from_log(src.log()))
        what = f"Nhật ký nhập phiếu ({len(item.records)} bản ghi)"
    elif args.summary:
        item = build_summary(src.data, src.results, finalized=src.finalized)
        what = "Bản tổng hợp kết quả"
    else:
        election, rnd = find_round(src.data, args.election, args.round)
        if election.kind is ElectionKind.NOMINATION:  # its own minutes come with issue 12's next wave
            raise UserError("minutes.nomination_not_ready", {"election": election.id})
        key = (election.id, rnd.number)
        stacks = (src.pending or {}).get(key, 0)
        item = minutes_for(
            src.data, election.id, rnd.number, finalized=src.finalized[key], results=src.results, pending_stacks=stacks
        )
        what = f"Biên bản kiểm phiếu {item.election}, lần {item.round}"
    content = render_pdf(item) if suffix == ".pdf" else render_docx(item)
    write(args.output, content)
    if isinstance(item, EntryLog):
        seal = item.records[-1].hash if item.records else "—"
        print(f"{what}: đã ghi {args.output}\nMã băm bản ghi cuối: {seal}")
        return EXIT_OK
    draft = " — BẢN NHÁP (chưa phải kết quả chính thức)" if item.draft else ""
    print(f"{what}: đã ghi {args.output}{draft}\nMã dữ liệu (SHA-256): {item.fingerprint}")
    return EXIT_OK

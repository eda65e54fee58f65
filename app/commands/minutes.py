"""`kiemphieu minutes FILE|--db DB --election ID [--round N] [--summary] [--log] -o OUT.pdf|OUT.docx`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.errors import EXIT_OK, UserError
from app.minutes.source import Source, from_db, from_file, write

FORMATS: tuple[str, str] = (".pdf", ".docx")

__all__ = ["Source", "check_args", "check_source", "check_suffix", "from_db", "from_file", "register", "run", "write"]


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


def check_source(args: argparse.Namespace) -> None:
    """Exactly one of FILE and --db."""
    if (args.file is None) == (args.db is None):
        raise UserError("minutes.source", {}, "--db")


def check_suffix(output: str, formats: tuple[str, str]) -> str:
    """The output's suffix, one of the two `formats`; a `UserError` otherwise."""
    suffix = Path(output).suffix.lower()
    if suffix not in formats:
        first, second = formats
        raise UserError("minutes.output_suffix", {"first": first, "second": second, "output": output}, "-o")
    return suffix


def check_args(args: argparse.Namespace) -> str:
    """The output suffix; a `UserError` for a missing or contradictory choice."""
    check_source(args)
    if args.log and args.db is None:
        raise UserError("minutes.log_needs_db", {}, "--log")
    if args.summary and args.log:
        raise UserError("minutes.summary_or_log", {}, "--summary")
    if not (args.summary or args.log) and not args.election:
        raise UserError("minutes.election_required", {}, "--election")
    return check_suffix(args.output, FORMATS)


def source(args: argparse.Namespace) -> Source:
    """The file or the database the command names."""
    return from_file(args.file) if args.file is not None else from_db(args.db, "kiemphieu minutes")


def run(args: argparse.Namespace) -> int:
    """Builds the minutes (or the summary, or the log) and writes PDF or Word."""
    from app.minutes import EntryLog, Printable, build_summary, minutes_for, records_from_log, render_docx, render_pdf
    from app.minutes.model import find_round
    from app.minutes.wording import DRAFT_MARK

    suffix = check_args(args)
    src = source(args)
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
        key = (election.id, rnd.number)
        item = minutes_for(
            src.data,
            election.id,
            rnd.number,
            finalized=src.finalized[key],
            results=src.results,
            pending_stacks=src.pending.get(key, 0),
            changed=src.changed.get(key, False),
        )
        what = f"Biên bản kiểm phiếu {item.election}, lần {item.round}"
    content = render_pdf(item) if suffix == ".pdf" else render_docx(item)
    write(args.output, content)
    if isinstance(item, EntryLog):
        seal = item.records[-1].hash if item.records else "—"
        print(f"{what}: đã ghi {args.output}\nMã băm bản ghi cuối: {seal}")
        return EXIT_OK
    draft = f" — {DRAFT_MARK}" if item.draft else ""
    code = "Mã tổng hợp của đại hội" if args.summary else "Mã dữ liệu"
    print(f"{what}: đã ghi {args.output}{draft}\n{code} (SHA-256): {item.fingerprint}")
    return EXIT_OK

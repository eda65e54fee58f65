"""`kiemphieu minutes FILE|--db DB --election ID [--round N] [--summary] [--log] -o OUT.pdf|OUT.docx`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.errors import EXIT_OK, UserError
from app.minutes.source import Source, from_db, from_file, write
from app.texts import text

FORMATS: tuple[str, str] = (".pdf", ".docx")

__all__ = ["Source", "check_args", "check_source", "check_suffix", "from_db", "from_file", "register", "run", "write"]


def register(sub: Any) -> None:
    """Adds the `minutes` subcommand."""
    m = sub.add_parser("minutes", help=text("cli.help.minutes"))
    m.add_argument("file", nargs="?", help=text("cli.help.file"))
    m.add_argument("--db", help=text("cli.help.minutes.db"))
    m.add_argument("--election", help=text("cli.help.minutes.election"))
    m.add_argument("--round", type=int, help=text("cli.help.minutes.round"))
    m.add_argument("--summary", action="store_true", help=text("cli.help.minutes.summary"))
    m.add_argument("--log", action="store_true", help=text("cli.help.minutes.log"))
    m.add_argument("-o", "--output", required=True, help=text("cli.help.minutes.output"))
    m.set_defaults(func=run)


def check_source(args: argparse.Namespace) -> None:
    """Exactly one of FILE and --db."""
    if (args.file is None) == (args.db is None):
        raise UserError("cli.file_or_db", {}, "FILE")


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
    return from_file(args.file) if args.file is not None else from_db(args.db)


def run(args: argparse.Namespace) -> int:
    """Builds the minutes (or the summary, or the log) and writes PDF or Word."""
    from app.minutes import EntryLog, Printable, Summary, build_summary, minutes_for, render_docx, render_pdf
    from app.minutes.model import find_round

    suffix = check_args(args)
    src = source(args)
    item: Printable
    if args.log:
        assert src.log is not None
        item = EntryLog(src.data.congress, tuple(src.log()))
    elif args.summary:
        item = build_summary(src.data, src.results, finalized=src.finalized)
    else:
        election, rnd = find_round(src.data, args.election, args.round)
        key = (election.id, rnd.number)
        signing_key, signature = src.signed.get(key, ("", ""))
        item = minutes_for(
            src.data,
            election.id,
            rnd.number,
            finalized=src.finalized[key],
            results=src.results,
            pending_stacks=src.pending.get(key, 0),
            changed=src.changed.get(key, False),
            signing_key=signing_key,
            seal_signature=signature,
        )
    content = render_pdf(item) if suffix == ".pdf" else render_docx(item)
    write(args.output, content)
    if isinstance(item, EntryLog):
        seal = item.records[-1].hash if item.records else "—"
        print(text("cli.written.log", {"records": len(item.records), "path": args.output, "hash": seal}))
        return EXIT_OK
    params = {"path": args.output, "draft": text("cli.draft") if item.draft else "", "fingerprint": item.fingerprint}
    if isinstance(item, Summary):
        print(text("cli.written.summary", params))
    else:
        print(text("cli.written.minutes", {**params, "election": item.election, "round": item.round}))
    return EXIT_OK

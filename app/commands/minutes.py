"""`kiemphieu minutes FILE|--db DB --election ID [--round N] [--summary] [--log] -o OUT.pdf|OUT.docx`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import EXIT_OK, UserError
from app.fileformat.writer import fingerprint
from app.texts import Phrase, text
from ballot.election import ElectionResult, tally_all
from ballot.model import ElectionData, ElectionKind

FORMATS = (".pdf", ".docx")
WRITE_FAULTS: tuple[tuple[type[OSError], str], ...] = (
    (FileNotFoundError, "write.no_folder"),
    (IsADirectoryError, "write.is_folder"),
    (PermissionError, "write.no_permission"),
)


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
    """A congress database: read as the window reads it (app.printing)."""
    from app import printing
    from app.storage.opening import open_db

    with open_db(target) as db:
        src = printing.source(db)
        log = printing.entry_log(db)
    return Source(src.data, src.results, src.finalized, lambda: list(log.records), src.pending)


def check_args(args: argparse.Namespace) -> str:
    """The output suffix; a `UserError` for a missing or contradictory choice."""
    if (args.file is None) == (args.db is None):
        raise UserError("cli.file_or_db", {}, "FILE")
    if args.log and args.db is None:
        raise UserError("cli.log_needs_db", {}, "--log")
    if args.summary and args.log:
        raise UserError("cli.summary_or_log", {}, "--summary")
    if not (args.summary or args.log) and not args.election:
        raise UserError("cli.election_needed", {}, "--election")
    suffix = Path(args.output).suffix.lower()
    if suffix not in FORMATS:
        raise UserError("cli.output_suffix", {"path": args.output}, "--output")
    return suffix


def write(path: str, content: bytes) -> None:
    """Writes the output; a `UserError` if the place cannot be written."""
    try:
        Path(path).write_bytes(content)
    except OSError as e:
        why = next((code for kind, code in WRITE_FAULTS if isinstance(e, kind)), "write.other")
        raise UserError("cli.cannot_write", {"path": path, "why": Phrase(why)}, "--output") from None


def run(args: argparse.Namespace) -> int:
    """Builds the minutes (or the summary, or the log) and writes PDF or Word."""
    from app.minutes import EntryLog, Printable, Summary, build_summary, minutes_for, render_docx, render_pdf
    from app.minutes.model import find_round

    suffix = check_args(args)
    src = from_file(args.file) if args.file is not None else from_db(args.db)
    item: Printable
    if args.log:
        assert src.log is not None
        item = EntryLog(src.data.congress, tuple(src.log()))
    elif args.summary:
        item = build_summary(src.data, src.results, finalized=src.finalized)
    else:
        election, rnd = find_round(src.data, args.election, args.round)
        if election.kind is ElectionKind.NOMINATION:  # its own minutes come with issue 12's next wave
            raise UserError("minutes.nomination_not_ready", {"election": election.id})
        key = (election.id, rnd.number)
        stacks = (src.pending or {}).get(key, 0)
        item = minutes_for(
            src.data, election.id, rnd.number, finalized=src.finalized[key], results=src.results, pending_stacks=stacks
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

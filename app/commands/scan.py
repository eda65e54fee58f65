"""`kiemphieu scan FILE|--db DB PATH... [--election ID [--round N]] [--json]`: read scanned ballots."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.errors import EXIT_OK, UserError
from app.texts import text


def register(sub: Any) -> None:
    """Adds the `scan` subcommand."""
    s = sub.add_parser("scan", help=text("cli.help.scan"))
    s.add_argument("paths", nargs="+", metavar="PATH", help=text("cli.help.scan.paths"))
    s.add_argument("--db", help=text("cli.help.scan.db"))
    s.add_argument("--election", help=text("cli.help.scan.election"))
    s.add_argument("--round", type=int, help=text("cli.help.scan.round"))
    s.add_argument("--json", action="store_true", help=text("cli.help.scan.json"))
    s.add_argument("--record", action="store_true", help=text("cli.help.scan.record"))
    s.add_argument("--stack", type=int, help=text("cli.help.scan.stack"))
    s.set_defaults(func=run)


def _accept(data: Any, election: str | None, round_no: int | None) -> list[tuple[str, int]] | None:
    """The rounds being read: one round, one election's last round, or (None) each election's last round."""
    from app.minutes.model import find_round

    if election is None:
        if round_no is not None:
            raise UserError("scan.round_needs_election")
        return None
    e, r = find_round(data, election, round_no)
    return [(e.id, r.number)]


def run(args: argparse.Namespace) -> int:
    """Reads every page and prints the JSON or a summary table in Vietnamese; with `--record`, each page is also
    recorded into the congress database (the window's functions), and what was recorded is said at the end."""
    from app.scan.reader import Reader
    from app.scan.session import check_files, election_data, read_files

    paths = list(args.paths)
    if args.db is None:
        args.file, paths = paths[0], paths[1:]
    else:
        args.file = None
    if (args.record or args.stack is not None) and args.db is None:
        raise UserError("scan.record_needs_db", {}, "--record")
    data = election_data(args.file, args.db)
    if args.record:  # the folder may hold the database itself: never opened as a file to read
        from app import scans
        from app.storage.engine import is_url

        files, bad = scans.scan_files(None if is_url(args.db) else Path(args.db), [Path(p) for p in paths])
        if bad:
            raise UserError("scan.not_images", {"files": ", ".join(str(b) for b in bad)})
        if not files:
            raise UserError("scan.no_files")
    else:
        files = check_files(paths)
    reader = Reader(data, _accept(data, args.election, args.round))
    if not args.record:
        _print(args.json, read_files(reader, files))
        return EXIT_OK
    from app import scans
    from app.storage.opening import actor, open_db

    counts = {"recorded": 0, "counted": 0, "waiting": 0, "rejected": 0, "duplicates": 0}
    with open_db(args.db) as db:
        who, folder = actor(), scans.image_folder(db)

        def recording() -> Iterator[tuple[Path, int, Any]]:
            for image, reading in scans.read_pages(reader, files, folder):
                out = scans.record_page(db, who, image, reading, stack_id=args.stack, thresholds=reader.thresholds)
                counts["duplicates" if out.duplicate else "recorded"] += 1
                if not out.duplicate:
                    counts[
                        "rejected" if out.status == "rejected" else "waiting" if out.counted is None else "counted"
                    ] += 1
                yield Path(image.source), image.page, reading

        _print(args.json, recording())
    print(text("scan.cli.recorded", counts), file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def _print(as_json: bool, readings: Iterable[tuple[Path, int, Any]]) -> None:
    """The `kiemphieu-scan/1` document, or the table in the current language, page by page as they are read."""
    from app.scan.session import FORMAT, reason_text, record

    if as_json:
        out = sys.stdout
        out.write(f'{{"format": "{FORMAT}", "ballots": [')
        for i, (path, page, reading) in enumerate(readings):
            out.write(("," if i else "") + "\n " + json.dumps(record(path, page, reading), ensure_ascii=False))
            out.flush()
        out.write("\n]}\n")
        return
    counts = {"read": 0, "doubtful": 0, "rejected": 0}
    head = [text(f"scan.cli.{k}") for k in ("file", "page", "election", "round", "status", "marks", "reason")]
    print(f"{head[0]:32} {head[1]:>4}  {head[2]:10} {head[3]:>3}  {head[4]:10} {head[5]:24} {head[6]}")
    short = {m: text(f"scan.cli.mark.{m}") for m in ("agree", "disagree", "both", "none")}
    for path, page, reading in readings:
        rec = record(path, page, reading)
        counts[rec["status"]] += 1
        if "struck" in rec:
            what = text("scan.cli.struck", {"numbers": " ".join(map(str, rec["struck"])) or "—"})
        elif "marks" in rec:
            what = " ".join(f"{no}{short[m]}" for no, m in rec["marks"].items())
        else:
            what = ""
        name = path.name if len(path.name) <= 32 else "…" + path.name[-31:]
        status = text(f"scan.cli.status.{rec['status']}")
        print(
            f"{name:32} {page:>4}  {rec['election'] or '—':10} {rec['round'] or '—':>3}  "
            f"{status:10} {what[:24]:24} {reason_text(reading)}"
        )
    print("\n" + text("scan.cli.total", {"total": sum(counts.values()), **counts}))

"""`kiemphieu tally FILE | --db DB [--election ID] [--round N] [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.errors import EXIT_OK, UserError
from app.fileformat import load, result_json
from app.report_text import pause_text, round_text
from app.texts import text
from ballot.election import tally_all
from ballot.model import ElectionData


def register(sub: Any) -> None:
    """Adds the `tally` subcommand."""
    t = sub.add_parser("tally", help=text("cli.help.tally"))
    t.add_argument("file", nargs="?", help=text("cli.help.file"))
    t.add_argument("--db", help=text("cli.help.tally.db"))
    t.add_argument("--election", help=text("cli.help.tally.election"))
    t.add_argument("--round", type=int, help=text("cli.help.tally.round"))
    t.add_argument("--json", action="store_true", help=text("cli.help.tally.json"))
    t.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Tallies the file (or the database) and prints the result."""
    return print_tally(_data(args), args.election, args.round, args.json)


def _data(args: argparse.Namespace) -> ElectionData:
    """The election data from FILE, or from --db."""
    if (args.file is None) == (args.db is None):
        raise UserError("cli.file_or_db", {}, "FILE")
    if args.db is None:
        return load(args.file).data
    from app import reports
    from app.storage.opening import open_db

    with open_db(args.db, read_only=True) as db:
        return reports.data(db)


def print_tally(data: ElectionData, election: str | None, round_no: int | None, as_json: bool) -> int:
    """The result JSON, or a readable table, on stdout."""
    if election is not None and election not in {e.id for e in data.elections}:
        raise UserError("election.not_found", {"election": election}, "--election")
    results = tally_all(data)
    doc = result_json(data.ruleset, results, election, round_no)
    if round_no is not None and not doc["results"]:
        raise UserError("cli.no_round", {"round": round_no}, "--round")
    if as_json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    titles = {e.id: e.title or e.id for e in data.elections}
    blocks = [
        round_text(r, titles[er.election])
        for er in results
        if election is None or er.election == election
        for r in er.rounds
        if round_no is None or r.round == round_no
    ]
    blocks += [
        pause_text(titles[er.election], er.pause)
        for er in results
        if er.pause is not None and election in (None, er.election)
    ]
    sys.stdout.write(f"{data.congress.title}\n\n" + "\n\n".join(blocks) + "\n")
    return EXIT_OK

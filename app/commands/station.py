"""`kiemphieu station`: this computer's key fingerprint, its station key file for the head, and (with `--db`) the
congress's stations, one registered from its key file with the head's PIN — the same functions as the window's."""

from __future__ import annotations

import argparse
from typing import Any

from app.errors import EXIT_OK, UserError
from app.texts import text


def register(sub: Any) -> None:
    """Adds the `station` subcommand."""
    p = sub.add_parser("station", help=text("cli.help.station"))
    p.add_argument("--save", metavar="FILE", help=text("cli.help.station.save"))
    p.add_argument("--name", help=text("cli.help.station.name"))
    p.add_argument("--db", help=text("cli.help.db"))
    p.add_argument("--register", metavar="KEYFILE", help=text("cli.help.station.register"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Prints this computer's key; saves its key file; lists or registers the congress's stations."""
    from app.keys import grouped, write_station_key_file
    from app.people import default_station
    from app.record.log import this_station

    key = this_station(fresh=True)
    print(text("cli.station.this", {"fingerprint": grouped(key.fingerprint)}))
    if args.save:
        write_station_key_file(args.save, key, args.name or default_station())
        print(text("cli.station.saved", {"path": args.save}))
    if args.register and not args.db:
        raise UserError("cli.station.needs_db", {}, "--db")
    if args.db:
        _congress(args)
    return EXIT_OK


def _congress(args: argparse.Namespace) -> None:
    from app import stations
    from app.keys import grouped
    from app.storage.opening import actor, open_db, read_pin

    with open_db(args.db, read_only=not args.register) as db:
        if args.register:
            pin = read_pin(text("cli.pin_prompt"), "KIEMPHIEU_PIN") or ""
            st = stations.register_file(db, actor(), args.register, pin)
            print(text("cli.station.registered", {"name": st.name, "fingerprint": st.shown, "seq": st.since}))
        for st in stations.stations(db):
            retired = text("verify.db.retired", {"seq": st.retired}) if st.retired is not None else ""
            role = text(f"cli.station.role.{st.role}")
            params = {"fingerprint": grouped(st.fingerprint), "name": st.name, "role": role, "since": st.since}
            print(text("verify.db.keys", {**params, "retired": retired}))

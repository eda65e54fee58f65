"""Opening a database from the command line: this computer as the station, the user as the operator."""

from __future__ import annotations

import getpass
import os
import sys

from app.db import Actor, Database, open_database
from app.people import default_station
from app.storage import lockfile


def operator() -> str:
    """The operator: $KIEMPHIEU_OPERATOR, else the login name."""
    try:
        return os.environ.get("KIEMPHIEU_OPERATOR") or getpass.getuser()
    except (KeyError, OSError):
        return "kiemphieu"


def actor() -> Actor:
    """This computer and its user."""
    return Actor(default_station(), operator())


def open_db(target: str, check: bool = True, *, read_only: bool = False) -> Database:
    """The congress database at a file path or URL (an older one is converted as this actor's); `check=False`
    opens one whose congress row is missing (for `verify`, which names what is wrong); `read_only` for commands
    that only read (verify, tally, export, minutes, results): they then open the file read-only beside a window
    that has it open, and work on read-only media."""
    lockfile.set_program(" ".join(["kiemphieu", *sys.argv[1:2]]))
    return open_database(target, actor(), check=check, read_only=read_only)


def read_pin(prompt: str, env: str) -> str | None:
    """A PIN from the environment variable, else asked without echo at a terminal, else None."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None

"""Opening a database from the command line: this computer as the station, the user as the operator."""

from __future__ import annotations

import getpass
import os
import sys

from app.people import default_station
from app.storage import lockfile
from app.workspace import Workspace


def operator() -> str:
    """The operator: $KIEMPHIEU_OPERATOR, else the login name."""
    try:
        return os.environ.get("KIEMPHIEU_OPERATOR") or getpass.getuser()
    except (KeyError, OSError):
        return "dòng lệnh"


def open_db(target: str, *, read_only: bool = False) -> Workspace:
    """The workspace at a file path or URL; `read_only` for commands that only read (verify, tally, export,
    minutes): they then open the file read-only beside a window that has it open, and work on read-only media."""
    lockfile.set_program(" ".join(["kiemphieu", *sys.argv[1:2]]))
    return Workspace.open(target, station=default_station(), operator=operator(), read_only=read_only)


def read_pin(prompt: str, env: str) -> str | None:
    """A PIN from the environment variable, else asked without echo at a terminal, else None."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None

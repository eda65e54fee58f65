"""Storage fixtures: a sample congress, and a target database on SQLite or on a real PostgreSQL server."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from ballot.model import (
    Body,
    Candidate,
    CommitteeMember,
    Congress,
    CongressKind,
    Election,
    Electorate,
    Exclusion,
    Role,
)

PIN = "246813"


@pytest.fixture
def congress() -> Congress:
    """A delegate congress of 120 summoned, 1 excluded."""
    return Congress(
        organization="Đảng bộ xã Thái Tân",
        title="Đại hội đại biểu Đảng bộ xã Thái Tân lần thứ XXV",
        term="2025–2030",
        kind=CongressKind.DELEGATES,
        electorate=Electorate(120, (Exclusion("Vắng mặt cả thời gian đại hội", 1),)),
        attending=118,
        place="Thái Tân",
        date="2025-05-20",
        counting_committee=(CommitteeMember("Trần Thị Bình", Role.HEAD), CommitteeMember("Lê Văn Cường")),
    )


@pytest.fixture
def committee() -> Election:
    """Elect 5 of 6 to the committee."""
    names = ["Nguyễn Văn An", "Phạm Thị Hằng", "Lê Văn Cường", "Hoàng Thị Dung", "Vũ Văn Giang", "Đỗ Thị Hoa"]
    return Election(
        "bch", "Bầu Ban Chấp hành", Body.COMMITTEE, 5, tuple(Candidate(i, n) for i, n in enumerate(names, 1))
    )


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).parent if which else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throwaway PostgreSQL server on 127.0.0.1 (initdb into a temp dir, stopped at the end)."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries are not installed (Debian package `postgresql`)")
    root = Path(tempfile.mkdtemp(prefix="kiemphieu-pg-"))
    data = root / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()

    def run(*cmd: str) -> None:
        subprocess.run([*as_user, *cmd], check=True, capture_output=True, cwd=root)

    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C")
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=on"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            check=False,
            capture_output=True,
            cwd=root,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh empty database on the test server."""
    import psycopg

    name = f"kp_{uuid.uuid4().hex[:12]}"
    plain = pg_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield f"{pg_server}/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new congress database goes: a SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "daihoi.kiemphieu")
    return str(request.getfixturevalue("pg_url"))

"""Scanned ballots into the record: each page's image kept beside the congress under its SHA-256, the page
recorded with the reader's verdict, people's decisions on its doubts, and the ballot it becomes — a ballot of the
round in single entry, or the next item of a team's scanned pass (one independent entry of the stack, compared
with the others by the same state machine).

The window and `kiemphieu scan --record` call the same functions: `read_pages` (reading and keeping the images:
no database, so it runs in a worker thread), then `record_page` for each page, and `decide` for each doubt.

Where the images are kept: beside a SQLite file, the folder `<file>.scans/`; for a server's database, the folder
`scans/<congress uid>/` in the user's data folder. A kept image is never overwritten; `check_images` reports one
missing or altered by its hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app import guards
from app.db import Actor, Database
from app.errors import Refused, UserError
from app.record.events import BallotRecorded, ScanDecided, ScanPageRecorded
from app.record.events.scans import BALLOT_RULINGS
from app.record.kinds import StackKind, StackState
from app.record.log import Tx
from app.record.projections.scans import ballot_of
from app.record.scanpage import needs_ruling, row_verdicts
from app.record.stackstate import entry_size
from app.storage import queries
from app.storage.rows import BallotRow, PassRow, ScanPageRow, StackRow
from app.texts import text
from ballot.model import Ballot

if TYPE_CHECKING:
    from app.scan.model import PageReading, Thresholds
    from app.scan.reader import Reader

#: The reader's version, recorded with every page (with its thresholds).
READER = "kiemphieu-reader/1"
#: Kinds of files kept as they came (one page each); any other page is kept as a PNG of what was read.
KEPT_AS_IS = {"png": "png", "jpeg": "jpg", "bmp": "bmp"}


@dataclass(frozen=True, slots=True)
class PageImage:
    """One page's image as kept beside the congress: its SHA-256, its name in the folder, where it came from."""

    sha256: str
    file: str
    source: str
    page: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one page: recorded (its id; `counted` the ballot or pass item it became, if any), or
    already recorded (`duplicate`: the id of the page with the same image)."""

    image: PageImage
    status: str  # read | doubtful | rejected
    page_id: int | None
    counted: int | None = None
    duplicate: bool = False
    reasons: tuple[str, ...] = ()


# -- where the images are -----------------------------------------------------------------------------------------


def image_folder(db: Database) -> Path:
    """The folder of this congress's scanned images (made when first needed)."""
    if db.path is not None:
        return db.path.with_name(db.path.name + ".scans")
    from app.storage.engine import default_folder

    with db.reading() as s:
        uid = queries.congress_row(s).uid or "congress"
    return default_folder() / "scans" / uid


def keep_image(folder: Path, data: bytes, ext: str) -> tuple[str, str]:
    """Writes the image under its SHA-256 (durably, never over another file); its hash and name."""
    sha = hashlib.sha256(data).hexdigest()
    name = f"{sha}.{ext}"
    path = folder / name
    if path.exists():
        if _sha_of(path) == sha:
            return sha, name
        raise Refused("scan.image_altered", {"file": name}, "image")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{name}.part"
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UserError("scan.cannot_keep", {"path": str(path), "why": e.strerror or str(e)}) from None
    return sha, name


def _sha_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_images(db: Database) -> list[tuple[str, int, str]]:
    """Every recorded page whose kept image is missing or no longer has its hash: (code, page id, file)."""
    folder = image_folder(db)
    with db.reading() as s:
        rows = s.execute(select(ScanPageRow.id, ScanPageRow.file, ScanPageRow.sha256).order_by(ScanPageRow.id)).all()
    out = []
    for pid, name, sha in rows:
        path = folder / name
        if not path.is_file():
            out.append(("scan.image_missing", pid, name))
        elif _sha_of(path) != sha:
            out.append(("scan.image_altered", pid, name))
    return out


# -- reading (no database: the window runs this in a worker thread) -----------------------------------------------


def scan_files(own: Path | None, paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """The files to read in these files and folders (folders opened, sorted by name), and those that are no image
    or PDF — never opening the congress's own database file `own` or its side files (closing any descriptor of the database
    file would drop this process's locks on it), nor the kept images."""
    from app.scan.images import files_in

    names = set() if own is None else {own.name + s for s in ("", "-wal", "-shm", "-journal", ".lock")}
    kept = None if own is None else own.with_name(own.name + ".scans")

    def ours(f: Path) -> bool:
        return (own is not None and f.parent.resolve() == own.parent.resolve() and f.name in names) or (
            kept is not None and f.parent.resolve() == kept.resolve()
        )

    listed: list[Path] = []
    for p in paths:
        if p.is_dir():
            listed += sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
        else:
            listed.append(p)
    return files_in([f for f in listed if not ours(f)])


def read_pages(
    reader: Reader, files: Iterable[Path], folder: Path, cancelled: Callable[[], bool] = lambda: False
) -> Iterator[tuple[PageImage, PageReading]]:
    """Each page of each file: its image kept in `folder`, and the reader's `PageReading` (a file that cannot be
    decoded gives one rejected page, its bytes kept as they came)."""
    import cv2

    from app.scan.images import Unreadable, kind_of, pages
    from app.scan.model import PageReading, Reason, Status

    for path in files:
        if cancelled():
            return
        kind = kind_of(path)
        try:
            for number, gray in enumerate(pages(path), start=1):
                if kind in KEPT_AS_IS and number == 1:
                    data, ext = path.read_bytes(), KEPT_AS_IS[kind]
                else:
                    ok, buf = cv2.imencode(".png", gray, [cv2.IMWRITE_PNG_COMPRESSION, 1])
                    assert ok
                    data, ext = buf.tobytes(), "png"
                sha, name = keep_image(folder, data, ext)
                yield PageImage(sha, name, path.name, number), reader.read(gray)
                if cancelled():
                    return
        except (Unreadable, OSError):
            try:
                sha, name = keep_image(folder, path.read_bytes(), "bin")
            except OSError:
                continue
            yield PageImage(sha, name, path.name, 1), PageReading(Status.REJECTED, (Reason("scan.unreadable_file"),))


def reader_for(db: Database, election_id: str, round_no: int) -> Reader:
    """The reader of this round's ballots (any other page is rejected, naming its round)."""
    from app import reports
    from app.scan.reader import Reader

    return Reader(reports.data(db), [(election_id, round_no)])


# -- recording ----------------------------------------------------------------------------------------------------


def scanner(actor: Actor) -> Actor:
    """The operator a scanned pass is recorded as: the scanner, fed by this person (each person's scan of a stack
    is one pass: a second scan of the stack, fed by another person, is another entry)."""
    return Actor(actor.station, text("scan.operator", {"person": actor.operator}, "vi"), actor.key)


def _fed(feeder: Actor) -> tuple[ColumnElement[bool], ...]:
    """The pages of a stack this person fed (each person's scan of a stack is one pass)."""
    return (ScanPageRow.fed_station == feeder.station, ScanPageRow.fed_operator == feeder.operator)


def _scanner_pass(s: Session, stack_id: int, feeder: Actor) -> PassRow | None:
    who = scanner(feeder)
    q = select(PassRow).where(
        PassRow.stack_id == stack_id, PassRow.operator == who.operator, PassRow.station == who.station
    )
    return s.scalars(q).first()


def _place(tx: Tx, election_id: str, round_no: int, stack_id: int | None) -> tuple[int | None, str | None]:
    """The next free place of the team's scanned pass (None in single entry), or the reason there is none."""
    s = tx.orm
    mode = int(queries.congress_row(s).entry_mode)
    if stack_id is None:
        if mode != 1:
            raise Refused("scan.needs_stack", {}, "stack")
        return None, None
    st = s.get(StackRow, stack_id)
    if st is None or st.kind != StackKind.BALLOTS or (st.election_id, st.round_no) != (election_id, round_no):
        raise Refused("scan.bad_stack", {"stack": stack_id}, "stack")
    if st.state == StackState.DEFINITIVE:
        return None, "scan.stack_definitive"
    p = _scanner_pass(s, stack_id, tx.actor)
    if p is not None and p.completed is not None:
        return None, "scan.stack_full"
    taken = s.scalar(
        select(func.coalesce(func.max(ScanPageRow.position), 0)).where(
            ScanPageRow.stack_id == stack_id, ScanPageRow.status != "rejected", *_fed(tx.actor)
        )
    )
    place = int(taken or 0) + 1
    size = entry_size({"collected": st.collected, "kind": st.kind})
    return (place, None) if place <= size else (None, "scan.stack_full")


def record_page(
    db: Database,
    actor: Actor,
    image: PageImage,
    reading: PageReading,
    election_id: str | None = None,
    round_no: int | None = None,
    stack_id: int | None = None,
    thresholds: Thresholds | None = None,
) -> Outcome:
    """Records one page read (its image already kept), unless the same image is already recorded; a page read
    with certainty becomes a ballot at once (or its team's scanned pass's next item), a doubtful one waits for
    people's decisions (`decide`). The round is the one being scanned (default: the one the page's code names,
    when the reader accepted it)."""
    from app.scan.model import Status, Thresholds

    folder = image_folder(db)
    if not (folder / image.file).is_file():
        raise Refused("scan.image_missing", {"page": "—", "file": image.file}, "image")
    th = asdict(thresholds or Thresholds())
    with db.writing(actor) as tx:
        s = tx.orm
        same = s.execute(select(ScanPageRow.id, ScanPageRow.status).where(ScanPageRow.sha256 == image.sha256)).all()
        kept = [pid for pid, st in same if st != "rejected"]
        if kept or (same and reading.status is Status.REJECTED):
            return Outcome(image, reading.status.value, (kept or [same[0][0]])[0], duplicate=True)
        status = reading.status.value
        reasons = [(r.code, dict(r.params)) for r in reading.reasons]
        key = reading.key
        election, rnd = (key.election, key.round) if key is not None else (None, None)
        position = None
        if election_id is None and election is not None and rnd is not None:
            election_id, round_no = election, rnd
        if reading.status is not Status.REJECTED:
            if (
                (election, rnd) != (election_id, round_no) or election_id is None or round_no is None
            ):  # the reader was made for another round
                status, reasons = "rejected", [("scan.other_round", {"round": rnd, "expected": round_no})]
            else:
                guards.open_round_row(s, election_id, round_no)
                position, why = _place(tx, election_id, round_no, stack_id)
                if why is not None:
                    status, reasons = "rejected", [(why, {"stack": stack_id})]
        form = reading.form.value if reading.form is not None and status != "rejected" else None
        ev = ScanPageRecorded(
            image.sha256,
            image.file,
            image.source,
            image.page,
            election,
            rnd,
            status,
            form,
            reading.struck if form == "strike_out" else (),
            tuple((no, m.value) for no, m in sorted(reading.marks.items())) if form == "agree_disagree" else (),
            reading.doubtful if status != "rejected" else (),
            tuple(reasons),
            {"version": READER, "thresholds": th},
            position and stack_id,
            position,
        )
        page_id = tx.append(ev).seq
        counted = _count(tx, page_id)
    _complete_scanned(db, actor, stack_id)
    return Outcome(image, status, page_id, counted, reasons=tuple(c for c, _ in reasons))


def _count(tx: Tx, page_id: int) -> int | None:
    """The page's ballot (single entry) or its scanned pass's item, once every doubt is decided; its record."""
    s = tx.orm
    row = s.get(ScanPageRow, page_id)
    assert row is not None
    made = ballot_of(_row_dict(row))
    if made is None or row.ballot is not None:
        return None
    assert row.election_id is not None and row.round_no is not None
    if row.stack_id is None:
        top = s.scalar(
            select(func.coalesce(func.max(BallotRow.seq), 0)).where(
                BallotRow.election_id == row.election_id, BallotRow.round_no == row.round_no
            )
        )
        return tx.append(BallotRecorded(row.election_id, row.round_no, int(top or 0) + 1, made, scan=page_id)).seq
    from app.stacks import put_item

    person = tx.actor
    tx.actor = scanner(Actor(row.fed_station, row.fed_operator, person.key))
    try:
        assert row.position is not None
        return put_item(tx, row.stack_id, row.position, made, scan=page_id)
    finally:
        tx.actor = person


def _row_dict(row: ScanPageRow) -> dict[str, object]:
    return {c: getattr(row, c) for c in ("status", "form", "reading", "decisions")}


def _complete_scanned(db: Database, feeder: Actor, stack_id: int | None) -> None:
    """Closes the scanned pass this person fed once each of its places holds a counted page (and compares it with
    the stack's other entries)."""
    if stack_id is None:
        return
    with db.reading() as s:
        st = s.get(StackRow, stack_id)
        if st is None or st.state == StackState.DEFINITIVE:
            return
        p = _scanner_pass(s, stack_id, feeder)
        if p is None or p.completed is not None:
            return
        size = entry_size({"collected": st.collected, "kind": st.kind})
        done = s.scalar(
            select(func.count()).where(ScanPageRow.stack_id == stack_id, ScanPageRow.state == "counted", *_fed(feeder))
        )
    if int(done or 0) >= size:
        from app.stacks import complete_pass

        complete_pass(db, scanner(feeder), stack_id)


def decide(db: Database, actor: Actor, page_id: int, row: int | None, verdict: str) -> Outcome:
    """A person's decision on a doubtful row of a page (struck/kept, or agree/disagree/both/none), or (row None)
    the committee's ruling on the whole ballot; the page becomes a ballot when its last doubt is decided."""
    with db.writing(actor) as tx:
        s = tx.orm
        page = s.get(ScanPageRow, page_id)
        if page is None or page.status == "rejected":
            raise Refused("scan.no_page", {"page": page_id}, "page")
        if page.ballot is not None:
            raise Refused("scan.already_counted", {"page": page_id, "ballot": page.ballot}, "page")
        assert page.election_id is not None and page.round_no is not None
        guards.open_round_row(s, page.election_id, page.round_no)
        if row is None:
            if verdict not in BALLOT_RULINGS:
                raise Refused("scan.bad_verdict", {"verdict": verdict}, "verdict")
        else:
            if row not in json.loads(page.reading)["doubtful"]:
                raise Refused("scan.not_doubtful", {"page": page_id, "row": row}, "row")
            if verdict not in row_verdicts(page.form):
                raise Refused("scan.bad_verdict", {"verdict": verdict}, "verdict")
        tx.append(ScanDecided(page_id, row, verdict))
        counted = _count(tx, page_id)
        image = PageImage(page.sha256, page.file, page.source, page.page)
        status, stack_id, feeder = page.status, page.stack_id, Actor(page.fed_station, page.fed_operator, actor.key)
    _complete_scanned(db, feeder, stack_id)
    return Outcome(image, status, page_id, counted)


# -- what the review screen shows ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScannedPage:
    """A recorded page as the review screen lists it."""

    id: int
    source: str
    page: int
    file: str
    election: str | None
    round: int | None
    status: str
    state: str
    form: str | None
    struck: tuple[int, ...]
    marks: dict[int, str]
    doubtful: tuple[int, ...]
    reasons: tuple[str, ...]
    reason_params: tuple[tuple[str, dict[str, object]], ...]
    decisions: dict[str, str]
    ballot: int | None
    stack: int | None
    position: int | None

    @property
    def needs_ruling(self) -> bool:
        """Marks outside the names or no stamp: the committee rules the ballot."""
        return self.status != "rejected" and needs_ruling(self.reasons)

    @property
    def open_rows(self) -> tuple[int, ...]:
        """Doubtful rows not yet decided."""
        return tuple(no for no in self.doubtful if str(no) not in self.decisions)

    def ballot_value(self) -> Ballot | None:
        """The ballot the page makes as decided so far (None while a doubt is open)."""
        from app.record.scanpage import page_ballot

        if self.status == "rejected":
            return None
        return page_ballot(self.form, self.struck, list(self.marks.items()), self.doubtful, self.reasons,
                           self.decisions)  # fmt: skip


def scanned_pages(db: Database, election_id: str | None = None, round_no: int | None = None) -> list[ScannedPage]:
    """The recorded pages (of a round, with the rejected ones of any round), in the order they were recorded."""
    q = select(ScanPageRow).order_by(ScanPageRow.id)
    if election_id is not None:
        q = q.where(
            ((ScanPageRow.election_id == election_id) & (ScanPageRow.round_no == round_no))
            | (ScanPageRow.status == "rejected")
        )
    out = []
    with db.reading() as s:
        for r in s.scalars(q):
            reading = json.loads(r.reading)
            out.append(
                ScannedPage(
                    r.id,
                    r.source,
                    r.page,
                    r.file,
                    r.election_id,
                    r.round_no,
                    r.status,
                    r.state,
                    r.form,
                    tuple(reading["struck"]),
                    {int(no): m for no, m in reading["marks"]},
                    tuple(reading["doubtful"]),
                    tuple(c for c, _ in reading["reasons"]),
                    tuple((c, dict(p)) for c, p in reading["reasons"]),
                    json.loads(r.decisions),
                    r.ballot,
                    r.stack_id,
                    r.position,
                )
            )
    return out


def scanned_ballots(db: Database) -> dict[int, int]:
    """Ballot id → the scanned page it came from (the list of entered ballots shows it)."""
    with db.reading() as s:
        rows = s.execute(select(ScanPageRow.ballot, ScanPageRow.id).where(ScanPageRow.ballot.is_not(None))).all()
    return {int(b): int(p) for b, p in rows if b is not None}


def page_ballot_text(page: ScannedPage) -> str:
    """The ballot a page made (for lists), or ''."""
    b = page.ballot_value()
    if b is None:
        return ""
    from app.record.events import ballot_words

    return ballot_words(b).text()

"""The keystroke line of ballot entry: what one typed line means on the round's paper.

Numbers are the row numbers printed on the paper (STT 1…n of this round's ballot),
mapped to candidate numbers with the round's list. Everything is typeable on a
numeric keypad:

strike-out form (the default: type the struck rows)
    ``3 7 12``      rows 3, 7 and 12 struck (separators: space, ``.`` or ``,``)
    ``0``           nothing struck (an empty line is refused: it is usually a slip)
    ``+3 7``        kept mode for this line: rows 3 and 7 kept, every other row struck
    ``-3 7``        struck mode for this line when the default is kept mode
agree/disagree form (one key per row, moving down)
    ``1`` agree, ``2`` disagree, ``0`` blank, ``3`` both boxes; ``+`` fills the remaining rows with agree
nomination ballot (phiếu giới thiệu: the names written, by their row on the pool's list)
    ``3 7``         rows 3 and 7 written
    ``0``           nothing written (a blank ballot: valid, no support)
    ``+1``          one more name written that is not on the pool's list (``3 +2``: row 3 and two outside)
any form
    ``/1`` ``/2`` ``/3``  a ballot the committee ruled invalid: not issued, written-in name, identifying marks
    ``… *5``        a stack of 5 identical ballots
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.texts import render
from ballot.model import (
    Ballot,
    ElectionKind,
    Form,
    InvalidReason,
    Mark,
    MarkedBallot,
    NominatedBallot,
    Round,
    RuledInvalidBallot,
    StruckBallot,
)
from ballot.rulesets import Parameters
from ballot.validity import invalid_reason

#: The keys after "/" and the reasons only the committee can rule.
RULED_KEYS: dict[str, InvalidReason] = {
    "1": InvalidReason.NOT_ISSUED,
    "2": InvalidReason.WRITE_IN,
    "3": InvalidReason.MARKED,
}

#: One key per row of an agree/disagree ballot.
MARK_KEYS: dict[str, Mark] = {"1": Mark.AGREE, "2": Mark.DISAGREE, "0": Mark.NONE, "3": Mark.BOTH}

SEPARATORS = " .,"
MAX_STACK = 100_000


@dataclass(frozen=True, slots=True)
class EntrySpec:
    """The paper of one round: its form, its candidate numbers in row order, its seats (and, to tell an invalid
    ballot as the rules do, the election's kind and the congress's parameters)."""

    form: Form
    candidates: tuple[int, ...]
    seats: int
    kind: ElectionKind = ElectionKind.ELECTION
    params: Parameters = field(default_factory=Parameters)

    @property
    def rows(self) -> int:
        """Names on the paper."""
        return len(self.candidates)


@dataclass(frozen=True, slots=True)
class EntryError:
    """Why a line cannot be saved yet: a code and its parameters (words from the catalogue), the position."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    at: int = 0
    #: True when the line is only unfinished (more keys will fix it), not wrong.
    incomplete: bool = False

    def text(self, lang: str | None = None) -> str:
        """The words in the given (else the current) language."""
        return render(self.code, self.params, lang)

    @property
    def vi(self) -> str:
        """The Vietnamese words."""
        return self.text("vi")

    @property
    def en(self) -> str:
        """The English words."""
        return self.text("en")


@dataclass(frozen=True, slots=True)
class Reading:
    """What the line says so far: rows (1-based) struck or marked, the stack count, and any fault."""

    struck_rows: frozenset[int] = frozenset()
    marks: tuple[Mark, ...] = ()
    kept_mode: bool = False
    ruled: InvalidReason | None = None
    count: int = 1
    error: EntryError | None = None
    typed_rows: tuple[int, ...] = field(default=())
    #: A nomination ballot: names written that are not on the pool's list.
    outside: int = 0

    @property
    def complete(self) -> bool:
        """True when Enter would save this line."""
        return self.error is None


class EntryInputError(ValueError):
    """A line that cannot be saved; carries its `EntryError`."""

    def __init__(self, error: EntryError) -> None:
        super().__init__(error.en)
        self.error = error
        self.code = error.code

    def message(self, lang: str | None = None) -> str:
        """The words in the given (else the current) language."""
        return self.error.text(lang)

    @property
    def vi(self) -> str:
        """The Vietnamese words."""
        return self.error.vi

    @property
    def en(self) -> str:
        """The English words."""
        return self.error.en

    def user_text(self) -> str:
        """The Vietnamese message, the code and the English in brackets."""
        return f"{self.vi} [{self.code}: {self.en}]"


def _split_stack(text: str) -> tuple[str, int, EntryError | None]:
    """Separates a trailing ``*N`` from the line."""
    if "*" not in text:
        return text, 1, None
    head, _, tail = text.partition("*")
    at = len(head)
    digits = tail.strip()
    if not digits:
        return (
            head,
            1,
            EntryError("entry.stack_count", {}, at, incomplete=True),
        )
    if not digits.isdigit() or not digits.isascii():
        return head, 1, EntryError("entry.stack_bad", {"typed": digits}, at)
    n = int(digits)
    if not 1 <= n <= MAX_STACK:
        return head, 1, EntryError("entry.stack_range", {"max": MAX_STACK}, at)
    return head, n, None


def read_line(text: str, spec: EntrySpec, kept_default: bool = False) -> Reading:
    """Reads a typed line as far as it goes; `error` says what is missing or wrong (None: ready to save)."""
    body, count, stack_error = _split_stack(text)
    stripped = body.strip()
    if stripped.startswith("/"):
        reading = _read_ruled(body)
    elif spec.form is Form.AGREE_DISAGREE:
        reading = _read_marks(body, spec)
    elif spec.form is Form.WRITTEN:
        reading = _read_written(body, spec)
    else:
        reading = _read_struck(body, spec, kept_default)
    error = reading.error or stack_error
    return Reading(
        struck_rows=reading.struck_rows,
        marks=reading.marks,
        kept_mode=reading.kept_mode,
        ruled=reading.ruled,
        count=count,
        error=error,
        typed_rows=reading.typed_rows,
        outside=reading.outside,
    )


def _read_ruled(body: str) -> Reading:
    at = body.index("/")
    key = body[at + 1 :].strip()
    if not key:
        return Reading(error=EntryError("entry.ruled_key", {}, at, incomplete=True))
    if key not in RULED_KEYS:
        return Reading(error=EntryError("entry.ruled_unknown", {"key": key}, at))
    return Reading(ruled=RULED_KEYS[key])


def _read_struck(body: str, spec: EntrySpec, kept_default: bool) -> Reading:
    kept = kept_default
    rest = body.lstrip()
    offset = len(body) - len(rest)
    if rest[:1] in ("+", "-"):
        kept = rest[0] == "+"
        rest = rest[1:]
        offset += 1
    rows: list[int] = []
    zero = False
    error: EntryError | None = None
    i = 0
    while i < len(rest):
        ch = rest[i]
        if ch in SEPARATORS:
            i += 1
            continue
        if not (ch.isascii() and ch.isdigit()):
            error = error or EntryError("entry.struck_char", {"char": ch}, offset + i)
            i += 1
            continue
        j = i
        while j < len(rest) and rest[j].isascii() and rest[j].isdigit():
            j += 1
        n = int(rest[i:j])
        if n == 0:
            zero = True
        elif n > spec.rows:
            error = error or EntryError("entry.no_row", {"row": n, "rows": spec.rows}, offset + i)
        elif n in rows:
            error = error or EntryError("entry.row_twice", {"row": n}, offset + i)
        else:
            rows.append(n)
        i = j
    if zero and rows:
        error = error or EntryError("entry.zero_alone", {}, offset)
    if not rows and not zero and error is None:
        if kept:
            error = EntryError("entry.type_kept", {}, offset, incomplete=True)
        else:
            error = EntryError("entry.type_struck", {}, offset, incomplete=True)
    typed = frozenset(rows)
    struck = frozenset(range(1, spec.rows + 1)) - typed if kept else typed
    return Reading(struck_rows=struck, kept_mode=kept, error=error, typed_rows=tuple(rows))


def _read_written(body: str, spec: EntrySpec) -> Reading:
    """The rows written on a nomination ballot, and ``+k`` names outside the pool; ``0`` alone: none written."""
    rows: list[int] = []
    outside = 0
    zero = False
    error: EntryError | None = None
    i = 0
    while i < len(body):
        ch = body[i]
        if ch in SEPARATORS:
            i += 1
            continue
        plus = ch == "+"
        j = i + 1 if plus else i
        k = j
        while k < len(body) and body[k].isascii() and body[k].isdigit():
            k += 1
        if k == j:
            if plus and k == len(body):
                error = error or EntryError("entry.outside_count", {}, i, incomplete=True)
            else:
                error = error or EntryError("entry.written_char", {"char": body[j] if j < len(body) else ch}, j)
            i = max(k, i + 1)
            continue
        n = int(body[j:k])
        if plus:
            if n == 0:
                error = error or EntryError("entry.outside_count", {}, i)
            outside += n
        elif n == 0:
            zero = True
        elif n > spec.rows:
            error = error or EntryError("entry.no_row", {"row": n, "rows": spec.rows}, i)
        elif n in rows:
            error = error or EntryError("entry.row_twice", {"row": n}, i)
        else:
            rows.append(n)
        i = k
    if zero and (rows or outside):
        error = error or EntryError("entry.zero_alone", {}, 0)
    if not rows and not outside and not zero and error is None:
        error = EntryError("entry.type_written", {}, len(body), incomplete=True)
    return Reading(typed_rows=tuple(rows), outside=outside, error=error)


def _read_marks(body: str, spec: EntrySpec) -> Reading:
    marks: list[Mark] = []
    error: EntryError | None = None
    fill = False
    for i, ch in enumerate(body):
        if ch in SEPARATORS:
            continue
        if fill:
            error = error or EntryError("entry.plus_last", {}, i)
            continue
        if ch == "+":
            fill = True
            continue
        if ch not in MARK_KEYS:
            error = error or EntryError("entry.mark_key", {"char": ch}, i)
            continue
        if len(marks) >= spec.rows:
            error = error or EntryError("entry.too_many_marks", {"rows": spec.rows}, i)
            continue
        marks.append(MARK_KEYS[ch])
    if fill:
        marks.extend([Mark.AGREE] * (spec.rows - len(marks)))
    if error is None and len(marks) < spec.rows:
        error = EntryError(
            "entry.rows_left", {"left": spec.rows - len(marks), "rows": spec.rows}, len(body), incomplete=True
        )
    return Reading(marks=tuple(marks), error=error)


def to_ballot(reading: Reading, spec: EntrySpec, team: str | None = None) -> Ballot:
    """The ballot a complete reading stands for, with candidate numbers from the round's list."""
    if reading.error is not None:
        raise EntryInputError(reading.error)
    if reading.ruled is not None:
        return RuledInvalidBallot(reading.ruled, count=reading.count, team=team)
    if spec.form is Form.AGREE_DISAGREE:
        marks = {no: m for no, m in zip(spec.candidates, reading.marks, strict=True) if m is not Mark.NONE}
        return MarkedBallot(marks, count=reading.count, team=team)
    if spec.form is Form.WRITTEN:
        names = frozenset(spec.candidates[r - 1] for r in reading.typed_rows)
        return NominatedBallot(names, reading.outside, count=reading.count, team=team)
    return StruckBallot(frozenset(spec.candidates[r - 1] for r in reading.struck_rows), count=reading.count, team=team)


def invalid_by_marks(ballot: Ballot, spec: EntrySpec) -> InvalidReason | None:
    """Why the ballot a line stands for is invalid by its marks — the rules' own test (`ballot.validity`) — or
    None; a ballot the committee ruled invalid (``/1`` ``/2`` ``/3``) was meant so and is not asked."""
    if isinstance(ballot, RuledInvalidBallot):
        return None
    return invalid_reason(ballot, Round(1, spec.seats, spec.candidates, 0, 0), spec.kind, spec.params)


def parse_line(text: str, spec: EntrySpec, kept_default: bool = False, team: str | None = None) -> Ballot:
    """The ballot a typed line stands for; raises EntryInputError with a Vietnamese message."""
    return to_ballot(read_line(text, spec, kept_default), spec, team)


def shortest_line(ballot: Ballot, spec: EntrySpec) -> str:
    """The fewest keys that enter this ballot (without Enter): struck rows or kept rows, whichever is shorter."""
    suffix = f"*{ballot.count}" if ballot.count != 1 else ""
    if isinstance(ballot, RuledInvalidBallot):
        key = next(k for k, r in RULED_KEYS.items() if r is ballot.reason)
        return f"/{key}{suffix}"
    if isinstance(ballot, MarkedBallot):
        keys = {m: k for k, m in MARK_KEYS.items()}
        line = "".join(keys[ballot.marks.get(no, Mark.NONE)] for no in spec.candidates)
        trimmed = line.rstrip("1")
        short = trimmed + "+" if len(trimmed) + 1 < len(line) else line
        return short + suffix
    rows = {no: i + 1 for i, no in enumerate(spec.candidates)}
    if isinstance(ballot, NominatedBallot):  # the rows written, then the names outside the pool
        written = " ".join(str(r) for r in sorted(rows[no] for no in ballot.names))
        outside = f"+{ballot.outside_pool}" if ballot.outside_pool else ""
        return (" ".join(x for x in (written, outside) if x) or "0") + suffix
    struck = sorted(rows[no] for no in ballot.struck)
    kept = sorted(set(rows.values()) - set(struck))
    struck_line = " ".join(map(str, struck)) or "0"
    kept_line = "+" + (" ".join(map(str, kept)) or "0")
    return (struck_line if len(struck_line) <= len(kept_line) else kept_line) + suffix

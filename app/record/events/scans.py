"""Events of scanned ballots: a page read (its image's SHA-256, where it came from, the reader's verdict) and a
person's decision on one doubtful mark of it, or the committee's ruling on the whole ballot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Self

from app.record.events.base import Event, Titles, event, listed, where
from app.record.fields import Doc, RecordFault, integer, text
from app.texts import Phrase

#: What a person may decide for one row: a name struck or kept; a box row's mark.
ROW_VERDICTS = frozenset({"struck", "kept", "agree", "disagree", "both", "none"})
#: The committee's ruling on the whole ballot: counted as read (the marks outside the names are nothing), or
#: invalid for a reason the rules name.
BALLOT_RULINGS = frozenset({"valid", "invalid.marked", "invalid.write_in", "invalid.not_issued"})


def _reason(value: Any, path: str) -> tuple[str, Mapping[str, Any]]:
    if not isinstance(value, list) or len(value) != 2 or not isinstance(value[1], dict):
        raise RecordFault("record.type", {"expected": "[code, params]", "found": "value"}, path)
    return text(value[0], f"{path}[0]"), dict(value[1])


def _mark(value: Any, path: str) -> tuple[int, str]:
    if not isinstance(value, list) or len(value) != 2:
        raise RecordFault("record.type", {"expected": "[no, mark]", "found": "value"}, path)
    return integer(value[0], f"{path}[0]", 1), text(value[1], f"{path}[1]")


@event
@dataclass(frozen=True, slots=True)
class ScanPageRecorded(Event):
    """One scanned page as the reader read it: the image kept beside the congress under its SHA-256 (`file` is
    its name there), the file and page it came from, the round it belongs to (None when rejected unknown), the
    verdict (`read`, `doubtful`, `rejected`), the struck numbers or the box marks read with certainty, the rows a
    person must decide, the reasons (codes with their parameters), the reader's version and thresholds; `stack`
    and `position` when the page is ballot number `position` of a team's scanned pass. The record's number is
    the page's id."""

    NAME = "scan.page"

    sha256: str
    file: str
    source: str
    page: int
    election: str | None
    round: int | None
    status: str
    form: str | None
    struck: tuple[int, ...]
    marks: tuple[tuple[int, str], ...]
    doubtful: tuple[int, ...]
    reasons: tuple[tuple[str, Mapping[str, Any]], ...]
    reader: Mapping[str, Any] = field(default_factory=dict)
    stack: int | None = None
    position: int | None = None

    def to_doc(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "sha256": self.sha256,
            "file": self.file,
            "source": self.source,
            "page": self.page,
            "election": self.election,
            "round": self.round,
            "status": self.status,
            "form": self.form,
            "struck": list(self.struck),
            "marks": [[no, m] for no, m in self.marks],
            "doubtful": list(self.doubtful),
            "reasons": [[c, dict(p)] for c, p in self.reasons],
            "reader": dict(self.reader),
        }
        if self.stack is not None:
            d["stack"] = self.stack
            d["position"] = self.position
        return d

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        reader = d.value("reader")
        if not isinstance(reader, dict):
            raise RecordFault("record.type", {"expected": "object", "found": "value"}, d.at("reader"))
        ev = cls(
            d.text("sha256"),
            d.text("file"),
            d.text("source"),
            d.integer("page", 1),
            d.opt_text("election"),
            d.opt_integer("round", 1),
            d.text("status"),
            d.opt_text("form"),
            d.integers("struck", 1),
            d.each("marks", _mark),
            d.integers("doubtful", 1),
            d.each("reasons", _reason),
            reader,
            d.opt_integer("stack", 1),
            d.opt_integer("position", 1),
        )
        if ev.status not in ("read", "doubtful", "rejected"):
            raise RecordFault("record.enum", {"value": ev.status}, d.at("status"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        params: dict[str, Any] = {"source": self.source, "page": self.page, "sha": self.sha256[:12]}
        if self.status == "rejected" or self.election is None or self.round is None:
            codes = [Phrase(c, p) for c, p in self.reasons]
            return Phrase("event.scan.page.words.rejected", {**params, "reasons": codes[0] if codes else "—"})
        params["where"] = where(titles, self.election, self.round)
        if self.form == "strike_out":
            params["read"] = Phrase("ballot.struck", {"nos": listed(self.struck)}) if self.struck else "—"
        else:
            marks = [Phrase(f"mark.{m}", {"no": no}) for no, m in self.marks]
            params["read"] = Phrase("ballot.marks", {"marks": marks}) if marks else "—"
        params["doubtful"] = listed(self.doubtful) or "—"
        return Phrase(f"event.scan.page.words.{self.status}", params)


@event
@dataclass(frozen=True, slots=True)
class ScanDecided(Event):
    """A person's decision on scanned page `page`: row `row` is `verdict` (struck/kept, or agree/disagree/both/
    none), or (row None) the committee's ruling on the whole ballot (`valid`, `invalid.marked`,
    `invalid.write_in`, `invalid.not_issued`). The record says who decided."""

    NAME = "scan.decide"

    page: int
    row: int | None
    verdict: str

    def to_doc(self) -> dict[str, Any]:
        return {"page": self.page, "row": self.row, "verdict": self.verdict}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.integer("page", 1), d.opt_integer("row", 1), d.text("verdict"))
        allowed = BALLOT_RULINGS if ev.row is None else ROW_VERDICTS
        if ev.verdict not in allowed:
            raise RecordFault("record.enum", {"value": ev.verdict}, d.at("verdict"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        what = Phrase(f"scan.verdict.{self.verdict}")
        if self.row is None:
            return Phrase("event.scan.decide.words.ballot", {"page": self.page, "verdict": what})
        return Phrase("event.scan.decide.words", {"page": self.page, "row": self.row, "verdict": what})

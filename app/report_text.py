"""A round's result as a readable table for the terminal, in the catalogue's words."""

from __future__ import annotations

import unicodedata

from app.texts import text
from ballot.model import ElectionKind, Pause
from ballot.outcome import Admitted, Complete, Nominated, Shortfall, Tie
from ballot.tally import RoundResult, Status
from ballot.text import percent_text


def percent_vi(hundredths: int) -> str:
    """Vietnamese percentage: 9388 → '93,88%'."""
    return percent_text(hundredths, ",") + "%"


def _width(s: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in s)


def _pad(s: str, n: int) -> str:
    return s + " " * max(0, n - _width(s))


def outcome_text(r: RoundResult, names: dict[int, str], lang: str | None = None) -> str:
    """The outcome in words, with what the congress must decide (the one wording of a tie and a shortfall)."""
    o = r.outcome
    if isinstance(o, Admitted):
        return text("outcome.admitted", {"count": len(o.elected)}, lang)
    if isinstance(o, Nominated):
        return nomination_text(o, names, lang)
    if isinstance(o, Complete):
        return text("outcome.complete", {"seats": r.seats}, lang)
    if isinstance(o, Tie):
        tied = ", ".join(names[no] for no in o.tied)
        return text("outcome.tie", {"count": len(o.tied), "tied": tied, "seats": o.seats}, lang)
    assert isinstance(o, Shortfall)
    return text("outcome.shortfall", {"elected": len(o.elected), "left": o.seats_left}, lang)


def nomination_text(o: Nominated, names: dict[int, str], lang: str | None = None) -> str:
    """A nomination ballot's outcome: who is proposed, and a tie left to the committee head."""
    proposed = ", ".join(f"{no}. {names[no]}" for no in o.proposed) or text("words.nobody", None, lang)
    line = text("outcome.nominated", {"proposed": proposed}, lang)
    if o.choice is not None:
        line += " " + text("outcome.nominated.chosen", {"by": o.choice.decision.by}, lang)
    if o.tied:
        tied = ", ".join(f"{no}. {names[no]}" for no in o.tied)
        line += " " + text("outcome.nominated.tie", {"tied": tied, "places": o.places}, lang)
    if o.short:
        line += " " + text("outcome.nominated.short", {"short": o.short}, lang)
    return line


def pause_text(title: str, p: Pause, lang: str | None = None) -> str:
    """A paused election: why, who decided, and whether it resumed."""
    if p.reason.value == "intended_not_elected":
        whom = p.intended or text("pause.intended_someone", None, lang)
        why = text("pause.reason.intended_not_elected", {"whom": whom}, lang)
    else:
        why = text("pause.reason.other", None, lang)
    note = f": {p.decision.note}" if p.decision.note else ""
    line = text("pause.line", {"title": title, "why": why, "by": p.decision.by, "note": note}, lang)
    if p.resumed is not None:
        line += " " + text("pause.resumed", {"by": p.resumed.by}, lang)
    return line


def _base_line(r: RoundResult, lang: str | None) -> str:
    t = r.threshold
    if r.kind is ElectionKind.OPINION:
        return text("tally.base.opinion", {"base": t.base, "needed": t.votes_needed}, lang)
    params = {"summoned": t.summoned, "excluded": t.excluded, "base": t.base, "needed": t.votes_needed}
    if r.kind is ElectionKind.NOMINATION:
        return text("tally.base.nomination", {**params, "propose": r.propose}, lang)
    return text("tally.base", params, lang)


def round_text(r: RoundResult, title: str, lang: str | None = None) -> str:
    """The round's table: candidates, votes, % of the base, who is elected, problems."""
    b = r.ballots
    names = {c.no: c.name for c in r.candidates}
    lines = [
        text("tally.heading", {"title": title, "round": r.round, "election": r.election}, lang),
        text("tally.seats", {"seats": r.seats}, lang),
        _base_line(r, lang),
        text(
            "tally.ballots",
            {
                "issued": b.issued,
                "collected": b.collected,
                "counted": b.counted,
                "valid": b.valid,
                "invalid": b.invalid,
            },
            lang,
        ),
    ]
    lines += [f"  - {text(f'invalid.{k.value}', None, lang)}: {v}" for k, v in sorted(b.invalid_by_reason.items())]
    width = max([_width(c.name) for c in r.candidates] + [10])
    cols = [text(f"tally.column.{c}", None, lang) for c in ("no", "name", "votes", "percent", "status")]
    lines.append(f"{cols[0]:>4}  {_pad(cols[1], width)}  {cols[2]:>8}  {cols[3]:>8}  {cols[4]}")
    for c in r.candidates:
        shown = c.status not in (Status.NOT_ELECTED, Status.NOT_PROPOSED)
        status = text(f"status.{c.status.value}", None, lang) if shown else ""
        lines.append(f"{c.no:>4}  {_pad(c.name, width)}  {c.votes:>8}  {percent_vi(c.hundredths):>8}  {status}")
    lines.append(outcome_text(r, names, lang))
    for p in r.problems:
        lines.append(f"[{p.code.value}] {p.message(lang or 'vi')} ({p.path})")
    return "\n".join(lines)

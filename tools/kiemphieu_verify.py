#!/usr/bin/env python3
"""kiemphieu_verify — check what a counting committee hands over, without the kiemphieu program.

One file; needs Python ≥ 3.11 and the `cryptography` package only (`pip install cryptography`). Written
from the published rules and file format (docs/signatures.md, docs/verify.md), not from the program's code,
so that a higher committee can check a congress's results independently.

    python3 kiemphieu_verify.py FILE.json [--signer FP] [--json]
        an exported election file: its signature, the signed head of its log, an independent re-tally of
        every round, each sealed round's fingerprint and the seal's signature
    python3 kiemphieu_verify.py DB.kiemphieu [--anchor FILE_OR_HASH …] [--head FP] [--json]
        a congress database (SQLite): the chain of the entry log, every record's signature against the keys
        the log registers, and anchors taken from elsewhere (an export, a backup, a station's anchor file,
        a record hash or a round fingerprint printed on the minutes)
    python3 kiemphieu_verify.py tally FILE.json [--json]
        the re-tally alone, as `kiemphieu-result/1`

Exit 0: everything holds. 1: something was changed, removed or forged (the first finding is named).
2: the input is not a valid file.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import json
import sqlite3
import sys
import unicodedata
from fractions import Fraction
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

FORMAT = "kiemphieu-election/1"
RULESETS = ("qd190-2024", "qd244-2014")
GENESIS = "0" * 64
BODIES = (
    "committee",
    "standing_committee",
    "secretary",
    "deputy_secretary",
    "inspection_committee",
    "inspection_chair",
    "inspection_deputy_chair",
    "delegates",
    "alternate_delegates",
    "other",
)
SURPLUS_REQUIRED = ("committee", "standing_committee")
REASONS = ("not_issued", "over_limit", "none_kept", "single_no_choice", "write_in", "marked")
MARKS = ("agree", "disagree", "both", "none")
DEFAULTS = {
    "surplus_cap": Fraction(3, 10),
    "surplus_rounding": "floor",
    "small_body_cap": 1,
    "opinion_threshold": Fraction(3, 10),
    "tie_break_needs_majority": False,
}
#: Log actions (without their `@version`) that only the head's key may sign.
HEAD_ACTIONS = frozenset(
    {
        "create",
        "congress.created",
        "signing.started",
        "pin",
        "parameters",
        "entry.mode",
        "round.finalize",
        "round.reopen",
        "stack.resolve",
        "station.registered",
        "station.rekeyed",
    }
)
#: Actions whose payload's `station` registers the head's key (the first signed record of a log).
ROOT_ACTIONS = frozenset({"create", "congress.created", "signing.started"})
FINALIZE, REOPEN = "round.finalize", "round.reopen"


class Fault(ValueError):
    """The input is not a valid file: where, and what is wrong."""

    def __init__(self, path: str, what: str) -> None:
        super().__init__(f"{path}: {what}" if path else what)


# --- signatures (docs/signatures.md) ----------------------------------------------------------------------


def unb64(text: Any) -> bytes:
    """base64url without padding → bytes; ValueError otherwise."""
    if not isinstance(text, str) or not text.isascii() or "=" in text:
        raise ValueError("not base64url")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as e:
        raise ValueError(str(e)) from None
    if base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != text:
        raise ValueError("not canonical base64url")
    return raw


def canonical(doc: Any) -> bytes:
    """Sorted keys, no spaces, non-ASCII kept, UTF-8."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def public_raw(key: Any) -> bytes | None:
    """The 32 raw bytes of a base64url Ed25519 public key, or None."""
    try:
        raw = unb64(key)
        if len(raw) != 32:
            return None
        Ed25519PublicKey.from_public_bytes(raw)
        return raw
    except ValueError:
        return None


def key_fp(key: Any) -> str | None:
    """First 16 hex digits of SHA-256 of the raw public key, or None when it is not a key."""
    raw = public_raw(key)
    return None if raw is None else hashlib.sha256(raw).hexdigest()[:16]


def good_sig(key: Any, purpose: str, payload: bytes, signature: Any) -> bool:
    """Ed25519 over b"kiemphieu/<purpose>/1\\n" + payload."""
    raw = public_raw(key)
    if raw is None:
        return False
    try:
        sig = unb64(signature)
        if len(sig) != 64:
            return False
        Ed25519PublicKey.from_public_bytes(raw).verify(sig, b"kiemphieu/" + purpose.encode() + b"/1\n" + payload)
    except (InvalidSignature, ValueError):
        return False
    return True


def grouped(value: str | None) -> str:
    """A1B2-C3D4-…"""
    v = (value or "").upper()
    return "-".join(v[i : i + 4] for i in range(0, len(v), 4))


def is_hex64(value: Any) -> bool:
    """64 lowercase hex digits."""
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def head_payload(congress: str, seq: int, h: str) -> bytes:
    """What a signed head covers (purpose anchor)."""
    return canonical({"congress": congress, "seq": seq, "hash": h})


# --- reading an election file -----------------------------------------------------------------------------


def nfc(text: str) -> str:
    """NFC, runs of white space folded, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def obj(v: Any, path: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise Fault(path, "must be an object")
    return v


def arr(v: Any, path: str) -> list[Any]:
    if not isinstance(v, list):
        raise Fault(path, "must be a list")
    return v


def need(d: dict[str, Any], key: str, path: str) -> Any:
    if d.get(key) is None:
        raise Fault(f"{path}.{key}" if path else key, "is missing")
    return d[key]


def whole(v: Any, path: str, minimum: int = 0) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise Fault(path, f"{v!r} is not a whole number")
    if v < minimum:
        raise Fault(path, f"{v} is below {minimum}")
    return v


def text(v: Any, path: str, required: bool = False) -> str:
    if v is None and not required:
        return ""
    if not isinstance(v, str):
        raise Fault(path, f"{v!r} is not text")
    out = nfc(v)
    if required and not out:
        raise Fault(path, "must not be empty")
    return out


def one_of(v: Any, allowed: tuple[str, ...], path: str) -> str:
    if not isinstance(v, str) or v not in allowed:
        raise Fault(path, f"{v!r} is not one of {', '.join(allowed)}")
    return v


def cand_no(v: Any, path: str) -> int:
    if isinstance(v, str) and v.strip().isdigit():
        return int(v)
    return whole(v, path, 1)


def flag(v: Any, path: str) -> bool:
    if not isinstance(v, bool):
        raise Fault(path, "must be true or false")
    return v


def strict_json(raw: bytes) -> Any:
    """The JSON document of the file (UTF-8, a byte-order mark allowed, duplicate keys refused)."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in items:
            if k in out:
                raise Fault(k, "appears twice in one object")
            out[k] = v
        return out

    try:
        return json.loads(raw.decode("utf-8-sig"), object_pairs_hook=pairs)
    except UnicodeDecodeError:
        raise Fault("", "the file is not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise Fault(f"line {e.lineno} column {e.colno}", f"not valid JSON ({e.msg})") from None
    except RecursionError:
        raise Fault("", "nested too deeply") from None
    except Fault:
        raise
    except ValueError as e:  # e.g. a number of more digits than Python converts
        raise Fault("", f"not valid JSON ({e})") from None


def electorate(v: Any, path: str) -> dict[str, Any]:
    d = obj(v, path)
    summoned = whole(need(d, "summoned", path), f"{path}.summoned", 1)
    exclusions: list[dict[str, Any]] = []
    for i, x in enumerate(arr(d.get("exclusions", []), f"{path}.exclusions")):
        xp = f"{path}.exclusions[{i}]"
        xd = obj(x, xp)
        exclusions.append(
            {"reason": text(xd.get("reason"), f"{xp}.reason"), "count": whole(need(xd, "count", xp), f"{xp}.count")}
        )
    excluded = sum(x["count"] for x in exclusions)
    if summoned - excluded < 1:
        raise Fault(f"{path}.exclusions", "the exclusions leave no one")
    return {"summoned": summoned, "exclusions": exclusions}


def parameters(v: Any) -> dict[str, Any] | None:
    if v is None:
        return None
    d = obj(v, "parameters")
    p = dict(DEFAULTS)
    for key in ("surplus_cap", "opinion_threshold"):
        if key in d:
            try:
                f = Fraction(str(d[key]))
            except (ValueError, ZeroDivisionError):
                raise Fault(f"parameters.{key}", "is not a share") from None
            if not 0 <= f <= 1:
                raise Fault(f"parameters.{key}", "must be between 0 and 1")
            p[key] = f
    if "surplus_rounding" in d:
        p["surplus_rounding"] = one_of(
            d["surplus_rounding"], ("floor", "half_up", "ceil"), "parameters.surplus_rounding"
        )
    if "small_body_cap" in d:
        p["small_body_cap"] = whole(d["small_body_cap"], "parameters.small_body_cap")
    if "tie_break_needs_majority" in d:
        p["tie_break_needs_majority"] = flag(d["tie_break_needs_majority"], "parameters.tie_break_needs_majority")
    return p


def congress(v: Any) -> dict[str, Any]:
    d = obj(v, "congress")
    el = electorate(need(d, "electorate", "congress"), "congress.electorate")
    base = el["summoned"] - sum(x["count"] for x in el["exclusions"])
    att = d.get("attending")
    for key in ("organization", "title", "term", "place", "date"):
        text(d.get(key), f"congress.{key}")
    one_of(d.get("kind", "delegates"), ("delegates", "members", "conference"), "congress.kind")
    for i, m in enumerate(arr(d.get("counting_committee", []), "congress.counting_committee")):
        mp = f"congress.counting_committee[{i}]"
        md = obj(m, mp)
        text(need(md, "name", mp), f"{mp}.name", True)
        one_of(md.get("role", "member"), ("head", "member"), f"{mp}.role")
    return {"electorate": el, "attending": base if att is None else whole(att, "congress.attending")}


def read(doc: Any) -> dict[str, Any]:
    """Checks the whole file as the format requires and returns it normalised, every round tallied."""
    top = obj(doc, "")
    if top.get("format") != FORMAT:
        raise Fault("format", f"not a kiemphieu election file ({FORMAT})")
    rs = top.get("ruleset") or RULESETS[0]
    if not isinstance(rs, str) or rs not in RULESETS:
        raise Fault("ruleset", f"unknown rule set {rs!r}")
    data: dict[str, Any] = {"ruleset": rs, "parameters": parameters(top.get("parameters"))}
    text(top.get("log_hash"), "log_hash")
    data["congress"] = congress(need(top, "congress", ""))
    data["elections"] = []
    for i, e in enumerate(arr(top.get("elections", []), "elections")):
        data["elections"].append(election(e, f"elections[{i}]", data))
    ids: dict[str, int] = {}
    for i, e in enumerate(data["elections"]):
        if e["id"] in ids:
            raise Fault(f"elections[{i}].id", f"election id {e['id']!r} appears twice")
        ids[e["id"]] = i
    for i, e in enumerate(data["elections"]):
        cp = e["candidate_pool"]
        if cp is not None and (cp["election"] not in ids or cp["election"] == e["id"]):
            raise Fault(f"elections[{i}].candidate_pool.election", "is not another election of this file")
    order = pool_order(data["elections"], ids)
    for e in order:
        pool_check(e, data["elections"], ids)
        for i, r in enumerate(e["rounds"]):
            r["problems"] = problems(data, e, r, f"elections[{ids[e['id']]}].rounds[{i}]")
    return data


def pool_order(elections: list[dict[str, Any]], ids: dict[str, int]) -> list[dict[str, Any]]:
    """Every pool's source before the election drawing on it; a circle of pools is a fault."""
    state: dict[str, int] = {}
    done: list[dict[str, Any]] = []

    def visit(e: dict[str, Any]) -> None:
        if state.get(e["id"]) == 2:
            return
        if state.get(e["id"]) == 1:
            raise Fault(f"elections[{ids[e['id']]}].candidate_pool", "candidate pools refer to each other in a circle")
        state[e["id"]] = 1
        cp = e["candidate_pool"]
        if cp is not None:
            visit(elections[ids[cp["election"]]])
        state[e["id"]] = 2
        done.append(e)

    for e in elections:
        visit(e)
    return done


def same_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["name"].casefold() == b["name"].casefold() and (not a["note"] or not b["note"] or a["note"] == b["note"])


def pool_check(e: dict[str, Any], elections: list[dict[str, Any]], ids: dict[str, int]) -> None:
    """Every candidate of an election drawing on another's result comes from that result (RULES.md §7)."""
    cp = e["candidate_pool"]
    if cp is None:
        return
    source = elections[ids[cp["election"]]]
    elected = {no for r in source["rounds"] for no in r["result"]["elected"]}
    pool = [c for c in source["candidates"] if (c["no"] in elected) == (cp["take"] == "elected")]
    for i, c in enumerate(e["candidates"]):
        if not any(same_person(c, m) for m in pool):
            raise Fault(f"elections[{ids[e['id']]}].candidates[{i}]", f"candidate {c['no']} is not in the pool")


def election(v: Any, path: str, data: dict[str, Any]) -> dict[str, Any]:
    d = obj(v, path)
    eid = text(need(d, "id", path), f"{path}.id", True)
    cands: list[dict[str, Any]] = []
    for i, c in enumerate(arr(need(d, "candidates", path), f"{path}.candidates")):
        cp = f"{path}.candidates[{i}]"
        cd = obj(c, cp)
        cands.append(
            {
                "no": whole(need(cd, "no", cp), f"{cp}.no", 1),
                "name": text(need(cd, "name", cp), f"{cp}.name", True),
                "note": text(cd.get("note"), f"{cp}.note"),
            }
        )
    seen: set[int] = set()
    for i, c in enumerate(cands):
        if c["no"] in seen:
            raise Fault(f"{path}.candidates[{i}].no", f"candidate number {c['no']} appears twice")
        seen.add(c["no"])
    kind = one_of(d.get("kind") or "election", ("election", "opinion"), f"{path}.kind")
    if d.get("seats") is None and kind == "opinion":
        seats = len(cands)
    else:
        seats = whole(need(d, "seats", path), f"{path}.seats", 1)
    pool = None
    if d.get("candidate_pool") is not None:
        pp = f"{path}.candidate_pool"
        pd = obj(d["candidate_pool"], pp)
        pool = {
            "election": text(need(pd, "election", pp), f"{pp}.election", True),
            "take": one_of(need(pd, "take", pp), ("elected", "not_elected"), f"{pp}.take"),
        }
    hand = []
    for i, h in enumerate(arr(d.get("hand_votes", []), f"{path}.hand_votes")):
        hp = f"{path}.hand_votes[{i}]"
        hd = obj(h, hp)
        hand.append(
            {
                "topic": one_of(need(hd, "topic", hp), ("seats", "list"), f"{hp}.topic"),
                "agree": whole(need(hd, "agree", hp), f"{hp}.agree"),
                "disagree": whole(hd.get("disagree", 0), f"{hp}.disagree"),
                "abstain": whole(hd.get("abstain", 0), f"{hp}.abstain"),
            }
        )
    ms = d.get("max_surplus")
    e: dict[str, Any] = {
        "id": eid,
        "title": text(d.get("title"), f"{path}.title"),
        "body": one_of(d.get("body") or "other", BODIES, f"{path}.body"),
        "kind": kind,
        "seats": seats,
        "electorate": None if d.get("electorate") is None else electorate(d["electorate"], f"{path}.electorate"),
        "candidate_pool": pool,
        "max_surplus": None if ms is None else whole(ms, f"{path}.max_surplus"),
        "candidates": cands,
        "hand_votes": hand,
        "rounds": [],
    }
    for i, r in enumerate(arr(d.get("rounds", []), f"{path}.rounds")):
        rnd = round_(r, f"{path}.rounds[{i}]", i + 1, e)
        rnd["result"] = tally(data, e, rnd)
        e["rounds"].append(rnd)
    return e


def next_round(e: dict[str, Any], purpose: str) -> tuple[int, list[int]]:
    """Default seats and list: all for round 1; the tied for a tie-break; else the seats left and the rest."""
    prior = [r["result"] for r in e["rounds"]]
    if not prior:
        return e["seats"], [c["no"] for c in e["candidates"]]
    last = prior[-1]
    if purpose == "tie_break" and last["status"] == "tie":
        return last["tied_seats"], list(last["tied"])
    done = {no for r in prior for no in r["elected"]}
    return e["seats"] - len(done), [c["no"] for c in e["candidates"] if c["no"] not in done]


def round_(v: Any, path: str, number: int, e: dict[str, Any]) -> dict[str, Any]:
    d = obj(v, path)
    if whole(d.get("round", number), f"{path}.round", 1) != number:
        raise Fault(f"{path}.round", f"round out of order; expected {number}")
    purpose = one_of(d.get("purpose") or "election", ("election", "tie_break"), f"{path}.purpose")
    seats, listed = next_round(e, purpose)
    if d.get("seats") is not None:
        seats = whole(d["seats"], f"{path}.seats", 1)
    if d.get("candidates") is not None:
        listed = [
            cand_no(x, f"{path}.candidates[{i}]") for i, x in enumerate(arr(d["candidates"], f"{path}.candidates"))
        ]
    known = {c["no"] for c in e["candidates"]}
    for i, no in enumerate(listed):
        if no not in known:
            raise Fault(f"{path}.candidates[{i}]", f"{no} is not a candidate of this election")
        if listed.index(no) != i:
            raise Fault(f"{path}.candidates[{i}]", f"{no} is on the ballot twice")
    decision = None
    if d.get("decision") is not None:
        dp = f"{path}.decision"
        dd = obj(d["decision"], dp)
        decision = {
            "by": text(need(dd, "by", dp), f"{dp}.by", True),
            "note": text(dd.get("note"), f"{dp}.note"),
            "at": text(dd.get("at"), f"{dp}.at"),
        }
    present = d.get("present")
    r: dict[str, Any] = {
        "round": number,
        "purpose": purpose,
        "seats": seats,
        "candidates": listed,
        "ballots_issued": whole(need(d, "ballots_issued", path), f"{path}.ballots_issued"),
        "ballots_collected": whole(need(d, "ballots_collected", path), f"{path}.ballots_collected"),
        "present": None if present is None else whole(present, f"{path}.present"),
        "tie_break_needs_majority": flag(d.get("tie_break_needs_majority", False), f"{path}.tie_break_needs_majority"),
        "decision": decision,
    }
    r["form"] = "agree_disagree" if e["kind"] == "opinion" or len(listed) <= seats else "strike_out"
    r["ballots"] = [
        ballot(b, f"{path}.ballots[{i}]", r) for i, b in enumerate(arr(d.get("ballots", []), f"{path}.ballots"))
    ]
    r["subtotals"] = [
        subtotal(s, f"{path}.subtotals[{i}]", r) for i, s in enumerate(arr(d.get("subtotals", []), f"{path}.subtotals"))
    ]
    if d.get("final") is not None:
        fp = f"{path}.final"
        fd = obj(d["final"], fp)
        text(need(fd, "fingerprint", fp), f"{fp}.fingerprint", True)
        text(fd.get("at"), f"{fp}.at")
        text(fd.get("by"), f"{fp}.by")
    return r


def ballot(v: Any, path: str, r: dict[str, Any]) -> dict[str, Any]:
    d = obj(v, path)
    count = whole(d.get("count", 1), f"{path}.count", 1)
    team = text(d.get("team"), f"{path}.team") or None
    keys = [k for k in ("struck", "marks", "invalid") if k in d]
    if len(keys) != 1:
        raise Fault(path, "a ballot needs exactly one of struck, marks or invalid")
    on_list = set(r["candidates"])
    b: dict[str, Any] = {"count": count, "team": team}
    if keys[0] == "struck":
        nos = [cand_no(x, f"{path}.struck[{i}]") for i, x in enumerate(arr(d["struck"], f"{path}.struck"))]
        if len(set(nos)) != len(nos):
            raise Fault(f"{path}.struck", "a name is struck twice")
        if r["form"] != "strike_out":
            raise Fault(f"{path}.struck", "this round's ballot is the agree/disagree form")
        for no in sorted(nos):
            if no not in on_list:
                raise Fault(f"{path}.struck", f"{no} is not a candidate of this round")
        b["struck"] = sorted(set(nos))
    elif keys[0] == "marks":
        md = obj(d["marks"], f"{path}.marks")
        marks = {cand_no(k, f"{path}.marks"): one_of(m, MARKS, f"{path}.marks.{k}") for k, m in md.items()}
        if r["form"] != "agree_disagree":
            raise Fault(f"{path}.marks", "this round's ballot is the strike-out form")
        for no in sorted(marks):
            if no not in on_list:
                raise Fault(f"{path}.marks", f"{no} is not a candidate of this round")
        b["marks"] = marks
    else:
        reason = one_of(d["invalid"], REASONS, f"{path}.invalid")
        if (reason in ("over_limit", "none_kept") and r["form"] != "strike_out") or (
            reason == "single_no_choice" and len(r["candidates"]) != 1
        ):
            raise Fault(f"{path}.invalid", "this reason does not apply to this round's ballot form")
        b["invalid"] = reason
    return b


def subtotal(v: Any, path: str, r: dict[str, Any]) -> dict[str, Any]:
    d = obj(v, path)
    on_list = set(r["candidates"])

    def per_candidate(key: str) -> dict[int, int]:
        out: dict[int, int] = {}
        for k, n in obj(d.get(key, {}), f"{path}.{key}").items():
            no = cand_no(k, f"{path}.{key}")
            if no not in on_list:
                raise Fault(f"{path}.{key}.{k}", f"{no} is not a candidate of this round")
            out[no] = whole(n, f"{path}.{key}.{k}")
        return out

    invalid = {
        one_of(k, REASONS, f"{path}.invalid.{k}"): whole(n, f"{path}.invalid.{k}")
        for k, n in obj(d.get("invalid", {}), f"{path}.invalid").items()
    }
    return {
        "team": text(d.get("team"), f"{path}.team"),
        "ballots": whole(need(d, "ballots", path), f"{path}.ballots"),
        "invalid": invalid,
        "votes": per_candidate("votes"),
        "disagree": per_candidate("disagree"),
    }


# --- the re-tally (RULES.md §3, §5, §6) -------------------------------------------------------------------


def params_of(data: dict[str, Any]) -> dict[str, Any]:
    return data["parameters"] or DEFAULTS


def threshold(data: dict[str, Any], e: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
    """base = summoned − exclusions, pass ⇔ 2·votes > base; opinion: 10·agree > 3·attending (the share set)."""
    el = e["electorate"] or data["congress"]["electorate"]
    summoned, excluded = el["summoned"], sum(x["count"] for x in el["exclusions"])
    p = params_of(data)
    if e["kind"] == "opinion":
        return {
            "summoned": summoned,
            "excluded": excluded,
            "base": data["congress"]["attending"],
            "share": p["opinion_threshold"],
            "test": True,
        }
    test = r["purpose"] != "tie_break" or r["tie_break_needs_majority"] or p["tie_break_needs_majority"]
    return {
        "summoned": summoned,
        "excluded": excluded,
        "base": summoned - excluded,
        "share": Fraction(1, 2),
        "test": test,
    }


def passes(t: dict[str, Any], votes: int) -> bool:
    if not t["test"]:
        return votes >= 1
    share: Fraction = t["share"]
    return bool(votes * share.denominator > share.numerator * t["base"])


def invalid_reason(b: dict[str, Any], r: dict[str, Any]) -> str | None:
    """Strike-out: keeps 1…seats names; one name: exactly one box; several names: always valid."""
    if "invalid" in b:
        return str(b["invalid"])
    if "struck" in b:
        kept = len(r["candidates"]) - len(b["struck"])
        return "over_limit" if kept > r["seats"] else "none_kept" if kept == 0 else None
    if len(r["candidates"]) == 1 and b["marks"].get(r["candidates"][0], "none") not in ("agree", "disagree"):
        return "single_no_choice"
    return None


def tally(data: dict[str, Any], e: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
    """Votes, ranks, status and the outcome of one round; ties and shortfalls reported, never settled."""
    cands = r["candidates"]
    votes = dict.fromkeys(cands, 0)
    disagree = dict.fromkeys(cands, 0)
    invalid: dict[str, int] = {}
    counted = 0
    for b in r["ballots"]:
        n = b["count"]
        counted += n
        why = invalid_reason(b, r)
        if why is not None:
            invalid[why] = invalid.get(why, 0) + n
        elif "struck" in b:
            for no in cands:
                if no not in b["struck"]:
                    votes[no] += n
        else:
            for no, m in b["marks"].items():
                if m == "agree":
                    votes[no] += n
                elif m == "disagree":
                    disagree[no] += n
    for s in r["subtotals"]:
        counted += s["ballots"]
        for k, n in s["invalid"].items():
            invalid[k] = invalid.get(k, 0) + n
        for no in cands:
            votes[no] += s["votes"].get(no, 0)
            disagree[no] += s["disagree"].get(no, 0)
    invalid = {k: n for k, n in invalid.items() if n}
    t = threshold(data, e, r)
    passed = [(no, votes[no]) for no in cands if passes(t, votes[no])]
    ranked = sorted(passed, key=lambda nv: -nv[1])
    elected: list[int] = []
    tied: list[int] = []
    tied_seats = remaining = 0
    if e["kind"] == "opinion":
        status, elected = "admitted", [no for no, _ in ranked]
    elif r["seats"] <= 0:
        status = "complete"
    elif len(ranked) <= r["seats"]:
        elected = [no for no, _ in ranked]
        status = "complete" if len(ranked) == r["seats"] else "shortfall"
        remaining = r["seats"] - len(ranked)
    else:
        cutoff = ranked[r["seats"] - 1][1]
        above = [no for no, v in ranked if v > cutoff]
        at = [no for no, v in ranked if v == cutoff]
        if len(above) + len(at) == r["seats"]:
            status, elected = "complete", above + at
        else:
            status, elected, tied, tied_seats = "tie", above, at, r["seats"] - len(above)
    order = sorted(votes.values(), reverse=True)
    base = t["base"]
    rows = []
    for no in cands:
        c = next(c for c in e["candidates"] if c["no"] == no)
        v = votes[no]
        row: dict[str, Any] = {
            "no": no,
            "name": c["name"],
            "votes": v,
            "percent": percent(v, base),
            "passed": passes(t, v),
            "rank": order.index(v) + 1,
            "status": "elected" if no in elected else "tied" if no in tied else "not_elected",
        }
        if c["note"]:
            row["note"] = c["note"]
        if r["form"] == "agree_disagree":
            row["disagree"] = disagree[no]
        rows.append(row)
    valid = counted - sum(invalid.values())
    needed = 1 if not t["test"] else base * t["share"].numerator // t["share"].denominator + 1
    return {
        "election": e["id"],
        "round": r["round"],
        "seats": r["seats"],
        "form": r["form"],
        "purpose": r["purpose"],
        "base": {"summoned": t["summoned"], "excluded": t["excluded"], "base": base, "votes_needed": needed},
        "ballots": {
            "issued": r["ballots_issued"],
            "collected": r["ballots_collected"],
            "counted": counted,
            "valid": valid,
            "invalid": sum(invalid.values()),
            "invalid_by_reason": dict(sorted(invalid.items())),
        },
        "candidates": rows,
        "outcome": {
            "status": status,
            "elected": elected,
            "tied": tied,
            "tied_seats": tied_seats,
            "seats_remaining": remaining,
        },
        "status": status,
        "elected": elected,
        "tied": tied,
        "tied_seats": tied_seats,
    }


def percent(votes: int, base: int) -> str:
    """votes × 100 / base, half up, two decimals (display only)."""
    h = (2 * votes * 10000 + base) // (2 * base) if base > 0 else 0
    return f"{h // 100}.{h % 100:02d}"


def share_of(seats: int, share: Fraction, rounding: str) -> int:
    exact = seats * share
    if rounding == "floor":
        return exact.numerator // exact.denominator
    if rounding == "ceil":
        return -((-exact.numerator) // exact.denominator)
    return (2 * exact.numerator + exact.denominator) // (2 * exact.denominator)


def problems(data: dict[str, Any], e: dict[str, Any], r: dict[str, Any], path: str) -> list[dict[str, str]]:
    """The codes RULES.md §4 and §9 give, with their places (same codes as the program's)."""
    out: list[tuple[str, str]] = []
    p = params_of(data)
    if e["kind"] != "opinion":
        seen: dict[tuple[str, str], int] = {}
        for c in e["candidates"]:
            key = (c["name"].casefold(), c["note"].casefold())
            seen[key] = seen.get(key, 0) + 1
        if any(n > 1 for n in seen.values()):
            out.append(("W202", f"{path}.candidates"))
        if r["round"] == 1:
            n, seats = len(r["candidates"]), r["seats"]
            surplus = n - seats
            if n < seats:
                out.append(("E203", f"{path}.candidates"))
            elif surplus == 0 and e["body"] in SURPLUS_REQUIRED:
                out.append(("E201", f"{path}.candidates"))
            if e["max_surplus"] is not None:
                cap = e["max_surplus"]
            elif 3 <= seats <= 5:
                cap = p["small_body_cap"]
            else:
                cap = max(1, share_of(seats, p["surplus_cap"], p["surplus_rounding"]))
            if surplus > cap:
                out.append(("E202", f"{path}.candidates"))
            if surplus > 0 and e["body"] in SURPLUS_REQUIRED:
                low, high = share_of(seats, Fraction(1, 10), "ceil"), share_of(seats, Fraction(15, 100), "floor")
                if low <= high and not low <= surplus <= high:
                    out.append(("W201", f"{path}.candidates"))
    earlier = [x for x in e["rounds"] if x["round"] < r["round"]]
    if r["seats"] <= 0:
        out.append(("E301", f"{path}.seats"))
    for x in earlier:
        out.extend(("E302", f"{path}.candidates") for no in r["candidates"] if no in x["result"]["elected"])
    if earlier and r["decision"] is None:
        out.append(("W301", f"{path}.decision"))
    res = r["result"]
    b = res["ballots"]
    if b["collected"] > b["issued"]:
        out.append(("E101", f"{path}.ballots_collected"))
    elif b["collected"] < b["issued"]:
        out.append(("W101", f"{path}.ballots_collected"))
    if b["counted"] != b["collected"]:
        out.append(("E102", f"{path}.ballots"))
    if r["present"] is not None and b["issued"] > r["present"]:
        out.append(("E107", f"{path}.ballots_issued"))
    if e["kind"] == "election" and b["issued"] > res["base"]["base"]:
        out.append(("W102", f"{path}.ballots_issued"))
    for i, s in enumerate(r["subtotals"]):
        if sum(s["invalid"].values()) > s["ballots"]:
            out.append(("E105", f"{path}.subtotals[{i}]"))
    for c in res["candidates"]:
        if c["votes"] > b["valid"]:
            out.append(("E103", f"{path}.votes[{c['no']}]"))
        elif "disagree" in c and c["votes"] + c["disagree"] > b["valid"]:
            out.append(("E106", f"{path}.votes[{c['no']}]"))
    per_ballot = len(r["candidates"]) if r["form"] == "agree_disagree" else r["seats"]
    limit = max(b["valid"], 0) * min(per_ballot, len(r["candidates"]))
    if sum(c["votes"] for c in res["candidates"]) > limit:
        out.append(("E104", f"{path}.votes"))
    return [{"code": c, "level": "error" if c[0] == "E" else "warning", "path": w} for c, w in out]


def result_doc(data: dict[str, Any]) -> dict[str, Any]:
    """`kiemphieu-result/1` of every round."""
    keys = ("election", "round", "seats", "form", "purpose", "base", "ballots", "candidates", "outcome")
    rounds = [
        {**{k: r["result"][k] for k in keys}, "problems": r["problems"]} for e in data["elections"] for r in e["rounds"]
    ]
    return {"format": "kiemphieu-result/1", "ruleset": data["ruleset"], "results": rounds}


# --- the fingerprint of a round (what its result follows from) --------------------------------------------


def fingerprint(data: dict[str, Any], e: dict[str, Any], r: dict[str, Any]) -> str:
    """SHA-256 of the canonical rules, electorate, list and ballots of the round."""
    p = data["parameters"]
    ed: dict[str, Any] = {
        k: e[k] for k in ("id", "title", "body", "kind", "seats", "electorate", "candidate_pool", "max_surplus")
    }
    if e["hand_votes"]:
        ed["hand_votes"] = e["hand_votes"]
    by_no = {c["no"]: c for c in e["candidates"]}
    doc = {
        "ruleset": data["ruleset"],
        "parameters": None
        if p is None
        else {
            "surplus_cap": str(p["surplus_cap"]),
            "surplus_rounding": p["surplus_rounding"],
            "small_body_cap": p["small_body_cap"],
            "opinion_threshold": str(p["opinion_threshold"]),
            "tie_break_needs_majority": p["tie_break_needs_majority"],
        },
        "electorate": e["electorate"] or data["congress"]["electorate"],
        "attending": data["congress"]["attending"],
        "election": ed,
        "candidates": [candidate_doc(by_no[no]) for no in r["candidates"]],
        "round": round_doc(r),
    }
    return hashlib.sha256(canonical(doc)).hexdigest()


def candidate_doc(c: dict[str, Any]) -> dict[str, Any]:
    d: dict[str, Any] = {"no": c["no"], "name": c["name"]}
    if c["note"]:
        d["note"] = c["note"]
    return d


def round_doc(r: dict[str, Any]) -> dict[str, Any]:
    d: dict[str, Any] = {
        k: r[k] for k in ("round", "purpose", "seats", "candidates", "ballots_issued", "ballots_collected")
    }
    if r["present"] is not None:
        d["present"] = r["present"]
    if r["tie_break_needs_majority"]:
        d["tie_break_needs_majority"] = True
    if r["decision"] is not None:
        d["decision"] = r["decision"]
    ballots = []
    for b in r["ballots"]:
        if "struck" in b:
            bd: dict[str, Any] = {"struck": b["struck"]}
        elif "marks" in b:
            bd = {"marks": {str(no): m for no, m in sorted(b["marks"].items())}}
        else:
            bd = {"invalid": b["invalid"]}
        if b["count"] != 1:
            bd["count"] = b["count"]
        if b["team"]:
            bd["team"] = b["team"]
        ballots.append(bd)
    d["ballots"] = ballots
    subs = []
    for s in r["subtotals"]:
        sd: dict[str, Any] = {
            "team": s["team"],
            "ballots": s["ballots"],
            "invalid": dict(sorted(s["invalid"].items())),
            "votes": {str(k): v for k, v in sorted(s["votes"].items())},
        }
        if any(s["disagree"].values()):
            sd["disagree"] = {str(k): v for k, v in sorted(s["disagree"].items())}
        subs.append(sd)
    if subs:
        d["subtotals"] = subs
    return d


# --- the verdict on a file --------------------------------------------------------------------------------


def station_names(doc: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    stations = doc.get("stations")
    for s in stations if isinstance(stations, list) else []:
        if not isinstance(s, dict) or not all(
            isinstance(s.get(k), str) and s.get(k) for k in ("name", "key", "fingerprint", "role")
        ):
            continue
        if s["role"] in ("head", "station") and key_fp(s["key"]) == s["fingerprint"]:
            out[s["fingerprint"]] = s["name"]
    return out


def finals(doc: dict[str, Any]) -> list[tuple[Any, Any, Any]]:
    out = []
    elections = doc.get("elections")
    for e in elections if isinstance(elections, list) else []:
        rounds = e.get("rounds") if isinstance(e, dict) else None
        for r in rounds if isinstance(rounds, list) else []:
            if isinstance(r, dict) and r.get("final") is not None:
                out.append((e.get("id"), r.get("round"), r["final"]))
    return out


def file_signature(doc: dict[str, Any]) -> dict[str, Any]:
    names = station_names(doc)
    sig = doc.get("signature")
    if sig is None:
        marked = "log_head" in doc or any(
            isinstance(f, dict) and ("signature" in f or "key" in f) for _, _, f in finals(doc)
        )
        return {"status": "removed" if marked else "unsigned", "fingerprint": None, "name": None, "signed_at": None}
    if not isinstance(sig, dict):
        return {"status": "invalid", "fingerprint": None, "name": None, "signed_at": None}
    fp = key_fp(sig.get("key"))
    body = dict(doc)
    body["signature"] = {k: v for k, v in sig.items() if k != "value"}
    ok = (
        sig.get("algorithm") == "ed25519"
        and fp is not None
        and sig.get("fingerprint") == fp
        and good_sig(sig["key"], "election", canonical(body), sig.get("value"))
    )
    at = sig.get("signed_at") if isinstance(sig.get("signed_at"), str) else None
    return {"status": "valid" if ok else "invalid", "fingerprint": fp, "name": names.get(fp or ""), "signed_at": at}


def file_head(doc: dict[str, Any]) -> dict[str, Any]:
    if "log_head" not in doc:
        return {"status": "absent", "seq": None, "hash": None, "fingerprint": None}
    h = doc["log_head"]
    bad = {"status": "invalid", "seq": None, "hash": None, "fingerprint": None}
    if not isinstance(h, dict) or not all(isinstance(h.get(k), str) and h.get(k) for k in ("hash", "key", "signature")):
        return bad
    seq = h.get("seq")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0 or not is_hex64(h["hash"]):
        return bad
    fp = key_fp(h["key"])
    uid = doc.get("congress_uid")
    ok = (
        fp is not None
        and isinstance(uid, str)
        and good_sig(h["key"], "anchor", head_payload(uid, seq, h["hash"]), h["signature"])
    )
    return {"status": "valid" if ok else "invalid", "seq": seq, "hash": h["hash"], "fingerprint": fp}


def seal_signature(final: Any, uid: Any, election_id: str, round_no: int) -> tuple[str, str | None]:
    if not isinstance(final, dict) or ("signature" not in final and "key" not in final):
        return "unsigned", None
    fp = key_fp(final.get("key"))
    fields = (final.get("fingerprint"), final.get("at", ""), final.get("by", ""))
    if fp is None or not isinstance(uid, str) or not all(isinstance(f, str) for f in fields):
        return "invalid", fp
    payload = canonical(
        {
            "congress": uid,
            "election": election_id,
            "round": round_no,
            "fingerprint": fields[0],
            "at": fields[1],
            "by": fields[2],
        }
    )
    return ("valid" if good_sig(final["key"], "seal", payload, final.get("signature")) else "invalid"), fp


def file_verdict(doc: dict[str, Any], data: dict[str, Any], signer: str | None) -> dict[str, Any]:
    """The same document as `kiemphieu verify FILE --json` (kiemphieu-verify/1)."""
    names = station_names(doc)
    sealed = {(e, r): f for e, r, f in finals(doc)}
    uid = doc.get("congress_uid")
    rounds = []
    bad = False
    for e in data["elections"]:
        for r in e["rounds"]:
            fp = fingerprint(data, e, r)
            final = sealed.get((e["id"], r["round"]))
            recorded = final.get("fingerprint") if isinstance(final, dict) else None
            if final is None:
                seal, sig, who = "none", "none", None
            else:
                seal = "match" if recorded == fp else "mismatch"
                sig, who = seal_signature(final, uid, e["id"], r["round"])
            bad = bad or seal == "mismatch" or sig == "invalid"
            rounds.append(
                {
                    "election": e["id"],
                    "round": r["round"],
                    "fingerprint": fp,
                    "recorded": recorded if isinstance(recorded, str) else None,
                    "seal": seal,
                    "seal_signature": sig,
                    "signer": who,
                    "signer_name": names.get(who or ""),
                }
            )
    signature = file_signature(doc)
    head = file_head(doc)
    bad = bad or signature["status"] in ("invalid", "removed") or head["status"] == "invalid"
    if signer is not None and (signature["status"] != "valid" or signature["fingerprint"] != signer):
        bad = True
    return {
        "format": "kiemphieu-verify/1",
        "signature": signature,
        "expected_signer": signer,
        "log_head": head,
        "rounds": rounds,
        "ok": not bad,
    }


# --- a congress database ----------------------------------------------------------------------------------


def record_hash(seq: Any, at: Any, station: Any, operator: Any, action: Any, data_hash: Any, prev: Any) -> str:
    """SHA-256 of the canonical array [seq, at, station, operator, action, data_hash, prev_hash]."""
    return hashlib.sha256(canonical([seq, at, station, operator, action, data_hash, prev])).hexdigest()


def open_db(path: str) -> sqlite3.Connection:
    try:
        con = sqlite3.connect(f"file:{Path(path).absolute()}?mode=ro", uri=True)
        con.execute("SELECT 1 FROM log LIMIT 1")
    except sqlite3.Error as e:
        raise Fault(str(path), f"not a kiemphieu congress database ({e})") from None
    return con


def read_log(path: str) -> tuple[list[dict[str, Any]], str | None]:
    """Every log record in order, with `key` and `signature` when the database has them; the congress uid."""
    con = open_db(path)
    try:
        return _read_log(con)
    except sqlite3.Error as e:
        raise Fault(str(path), f"the entry log cannot be read ({e})") from None
    finally:
        con.close()


def _read_log(con: sqlite3.Connection) -> tuple[list[dict[str, Any]], str | None]:
    cols = [row[1] for row in con.execute("PRAGMA table_info(log)")]
    names = ["seq", "at", "station", "operator", "action", "payload", "data_hash", "prev_hash", "hash"]
    names += [c for c in ("key", "signature") if c in cols]
    rows = con.execute(f"SELECT {', '.join(names)} FROM log ORDER BY seq").fetchall()
    try:
        uid_row = con.execute("SELECT uid FROM congress").fetchone()
    except sqlite3.Error:
        uid_row = None
    uid = uid_row[0] if uid_row and isinstance(uid_row[0], str) else None
    return [dict(zip(names, r, strict=True)) for r in rows], uid


def base_action(action: Any) -> str:
    """The event's name without its version (`ballot.correct@2` → `ballot.correct`)."""
    return str(action).split("@", 1)[0]


def registration(doc: Any) -> dict[str, str] | None:
    if not isinstance(doc, dict) or not all(
        isinstance(doc.get(k), str) and doc.get(k) for k in ("name", "key", "fingerprint", "role")
    ):
        return None
    if doc["role"] not in ("head", "station") or key_fp(doc["key"]) != doc["fingerprint"]:
        return None
    return {k: doc[k] for k in ("name", "key", "fingerprint", "role")}


def check_log(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The chain, then every signature against the keys registered at that point of the log."""
    out: dict[str, Any] = {
        "records": len(records),
        "unsigned_older": 0,
        "signed": 0,
        "keys": [],
        "head_rekeyed": [],
        "fault": None,
    }
    keys: dict[str, dict[str, Any]] = {}
    prev, signing = GENESIS, False

    def fault(code: str, seq: Any, **params: Any) -> dict[str, Any]:
        out["fault"] = {"code": code, "seq": seq, **params}
        return out

    for i, rec in enumerate(records, start=1):
        seq = rec["seq"]
        if isinstance(seq, bool) or not isinstance(seq, int) or seq != i:
            return fault("log.seq_gap", i, found=seq if isinstance(seq, int) else None)
        payload = rec["payload"]
        if not isinstance(payload, str) or hashlib.sha256(payload.encode("utf-8")).hexdigest() != rec["data_hash"]:
            return fault("log.data_changed", seq)
        if rec["prev_hash"] != prev:
            return fault("log.chain_broken", seq)
        fields = (seq, rec["at"], rec["station"], rec["operator"], rec["action"], rec["data_hash"], rec["prev_hash"])
        if rec["hash"] != record_hash(*fields):
            return fault("log.hash_changed", seq)
        prev = rec["hash"]
        key, sig = rec.get("key"), rec.get("signature")
        if not key and not sig:
            if signing:
                return fault("log.unsigned", seq)
            out["unsigned_older"] += 1
            continue
        signing = True
        action = base_action(rec["action"])
        try:
            body = json.loads(payload)
        except ValueError:
            body = None
        reg = registration(body.get("station") if isinstance(body, dict) and action in ROOT_ACTIONS else body)
        if action in ROOT_ACTIONS:
            if any(k["role"] == "head" for k in keys.values()):
                return fault("log.second_root", seq)
            if reg is None or reg["role"] != "head":
                return fault("log.bad_registration", seq)
            keys[reg["fingerprint"]] = {**reg, "from": seq, "retired": None}
        elif action == "head.rekeyed":
            old = str(body.get("old")) if isinstance(body, dict) else None
            if reg is None or reg["role"] != "head" or old not in keys or keys[old]["role"] != "head":
                return fault("log.bad_registration", seq)
            keys[old]["retired"] = seq
            keys[reg["fingerprint"]] = {**reg, "from": seq, "retired": None}
            out["head_rekeyed"].append(seq)
        elif action == "station.requested":
            if (
                reg is None
                or key != reg["fingerprint"]
                or not good_sig(reg["key"], "log", rec["hash"].encode("ascii"), sig)
            ):
                return fault("log.bad_signature", seq, key=key)
            out["signed"] += 1
            continue
        known = keys.get(key) if isinstance(key, str) else None
        if known is None:
            return fault("log.unknown_key", seq, key=key)
        if known["retired"] is not None and known["retired"] < seq:
            return fault("log.key_retired", seq, key=key)
        if not good_sig(known["key"], "log", rec["hash"].encode("ascii"), sig):
            return fault("log.bad_signature", seq, key=key)
        if action in HEAD_ACTIONS and known["role"] != "head":
            return fault("log.needs_head_key", seq, key=key)
        out["signed"] += 1
        if action == "station.registered":
            if reg is None or reg["role"] != "station" or reg["fingerprint"] in keys:
                return fault("log.bad_registration", seq)
            keys[reg["fingerprint"]] = {**reg, "from": seq, "retired": None}
        elif action == "station.rekeyed":
            old = str(body.get("old")) if isinstance(body, dict) else None
            if (
                reg is None
                or reg["role"] != "station"
                or old not in keys
                or keys[old]["role"] != "station"
                or reg["fingerprint"] in keys
            ):
                return fault("log.bad_registration", seq)
            keys[old]["retired"] = seq
            keys[reg["fingerprint"]] = {**reg, "from": seq, "retired": None}
    out["keys"] = [{k: v for k, v in r.items() if k != "key"} for r in keys.values()]
    return out


def anchor_of(value: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    """An anchor from the command line: a 64-hex hash or fingerprint, an export or hand-over file, a backup
    database, or a station's anchor file."""
    plain = "".join(ch for ch in value.lower() if ch not in "- ")
    if is_hex64(plain) and not Path(value).exists():
        return {"source": value, "kind": "hash", "hash": plain}
    p = Path(value)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise Fault(value, f"cannot read the anchor ({e.strerror})") from None
    if raw.startswith(b"SQLite format 3\x00"):
        recs, _ = read_log(value)
        if not recs:
            raise Fault(value, "the backup's log is empty")
        return {"source": value, "kind": "backup", "seq": recs[-1]["seq"], "hash": recs[-1]["hash"]}
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        doc = strict_json(raw)
        head = file_head(doc if isinstance(doc, dict) else {})
        if head["status"] == "absent" and isinstance(doc, dict) and is_hex64(doc.get("log_hash")):
            return {"source": value, "kind": "hash", "hash": doc["log_hash"]}  # an older export: its last hash
        if head["status"] != "valid":
            raise Fault(value, "the file carries no valid signed head of the log (log_head)")
        return {
            "source": value,
            "kind": "signed_head",
            "seq": head["seq"],
            "hash": head["hash"],
            "fingerprint": head["fingerprint"],
        }
    for line in reversed(raw.split(b"\n")):
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit() and is_hex64(parts[1].decode("ascii", "replace")):
            return {"source": value, "kind": "station", "seq": int(parts[0]), "hash": parts[1].decode("ascii")}
    raise Fault(value, "not an anchor: give a record hash, a round fingerprint, an export, a backup or an anchor file")


def check_anchor(anchor: dict[str, Any], records: list[dict[str, Any]]) -> dict[str, Any]:
    """ok, missing (the newest N records are gone), differs (record N is not what was anchored) or not_found."""
    last = len(records)
    if anchor["kind"] == "hash":
        for r in records:
            if r["hash"] == anchor["hash"]:
                return {**anchor, "status": "ok", "seq": r["seq"]}
        reopened: set[tuple[Any, Any]] = set()
        for r in reversed(records):
            try:
                body = json.loads(r["payload"])
            except (TypeError, ValueError):
                continue
            if not isinstance(body, dict):
                continue
            key = (body.get("election"), body.get("round"))
            if base_action(r["action"]) == REOPEN:
                reopened.add(key)
            elif base_action(r["action"]) == FINALIZE and body.get("fingerprint") == anchor["hash"]:
                status = "reopened" if key in reopened else "ok"
                return {**anchor, "kind": "round", "status": status, "seq": r["seq"]}
        return {**anchor, "status": "not_found"}
    if last < anchor["seq"]:
        return {**anchor, "status": "missing", "missing": anchor["seq"] - last}
    if records[anchor["seq"] - 1]["hash"] != anchor["hash"]:
        return {**anchor, "status": "differs"}
    return {**anchor, "status": "ok"}


def db_verdict(path: str, anchors: list[str], head: str | None) -> dict[str, Any]:
    records, uid = read_log(path)
    out = check_log(records)
    out["format"] = "kiemphieu-verify-db/1"
    out["congress"] = uid
    out["last"] = {"seq": records[-1]["seq"], "hash": records[-1]["hash"]} if records else None
    out["anchors"] = [check_anchor(anchor_of(a, records), records) for a in anchors]
    heads = [k["fingerprint"] for k in out["keys"] if k["role"] == "head"]
    out["expected_head"] = head
    ok = out["fault"] is None and all(a["status"] == "ok" for a in out["anchors"])
    if head is not None and head not in heads:
        ok = False
    out["ok"] = ok
    return out


# --- words ------------------------------------------------------------------------------------------------

WORDS = {
    "file.valid": "Chữ ký của tệp: đúng — ký bởi khóa {fp}{name} lúc {at}.",
    "file.invalid": "CHỮ KÝ CỦA TỆP KHÔNG ĐÚNG — tệp đã bị sửa sau khi ký (khóa {fp}).",
    "file.removed": "CHỮ KÝ CỦA TỆP ĐÃ BỊ GỠ — tệp mang dấu của một bản xuất đã ký nhưng không còn chữ ký.",
    "file.unsigned": "Tệp không có chữ ký: chỉ kiểm lại được số liệu và dấu vân tay.",
    "file.other_signer": "TỆP KHÔNG ĐƯỢC KÝ BỞI KHÓA {fp} như yêu cầu.",
    "head.valid": "Đầu nhật ký đã ký: bản ghi #{seq}, khóa {fp}.",
    "head.invalid": "CHỮ KÝ CỦA ĐẦU NHẬT KÝ (log_head) KHÔNG ĐÚNG.",
    "round.none": "{e} lần {r}: chưa chốt — {outcome} — dấu vân tay {fp}",
    "round.match": "{e} lần {r}: khớp — {outcome} — {fp}",
    "round.mismatch": "{e} lần {r}: KHÔNG KHỚP — dữ liệu đã bị thay đổi sau khi chốt (tính lại {fp})",
    "seal.valid": "    dấu chốt ký bởi khóa {fp}{name}: đúng",
    "seal.invalid": "    CHỮ KÝ CỦA DẤU CHỐT KHÔNG ĐÚNG (khóa {fp})",
    "seal.unsigned": "    dấu chốt không có chữ ký (phiên bản cũ)",
    "log.seq_gap": "Bản ghi #{seq}: số thứ tự bị đứt hoặc sai",
    "log.data_changed": "Bản ghi #{seq}: nội dung đã bị sửa",
    "log.chain_broken": "Bản ghi #{seq}: không nối với bản ghi trước (chuỗi mã băm bị đứt)",
    "log.hash_changed": "Bản ghi #{seq}: mã băm không đúng",
    "log.unsigned": "Bản ghi #{seq}: không có chữ ký, sau khi nhật ký đã bắt đầu được ký",
    "log.unknown_key": "Bản ghi #{seq}: ký bởi khóa {key} chưa được đăng ký tại điểm này của nhật ký",
    "log.key_retired": "Bản ghi #{seq}: ký bởi khóa {key} đã bị thu hồi trước đó",
    "log.bad_signature": "Bản ghi #{seq}: chữ ký không đúng (khóa {key})",
    "log.needs_head_key": "Bản ghi #{seq}: việc này cần khóa của trưởng ban, nhưng được ký bởi khóa {key}",
    "log.bad_registration": "Bản ghi #{seq}: đăng ký khóa không hợp lệ",
    "log.second_root": "Bản ghi #{seq}: đăng ký trưởng ban lần thứ hai",
    "anchor.ok": "Mốc {source}: khớp (bản ghi #{seq}).",
    "anchor.missing": "MỐC {source}: THIẾU {missing} BẢN GHI MỚI NHẤT (mốc ở bản ghi #{seq}).",
    "anchor.differs": "MỐC {source}: BẢN GHI #{seq} KHÁC với bản đã ghi.",
    "anchor.not_found": "MỐC {source}: KHÔNG TÌM THẤY trong nhật ký.",
    "anchor.reopened": "MỐC {source}: lần bầu có dấu vân tay này ĐÃ BỊ MỞ LẠI (bản ghi #{seq}).",
}


def word(code: str, **params: Any) -> str:
    return WORDS[code].format(**params)


def outcome_words(res: dict[str, Any]) -> str:
    o = res["outcome"]
    elected = ", ".join(str(n) for n in o["elected"]) or "—"
    extra = ""
    if o["status"] == "tie":
        extra = f"; bằng phiếu {', '.join(map(str, o['tied']))} cho {o['tied_seats']} chỗ"
    elif o["status"] == "shortfall":
        extra = f"; còn thiếu {o['seats_remaining']} chỗ"
    return f"trúng cử/đạt: {elected}{extra}"


def print_file(v: dict[str, Any], data: dict[str, Any]) -> None:
    s = v["signature"]
    name = f" ({s['name']})" if s["name"] else ""
    print(word(f"file.{s['status']}", fp=grouped(s["fingerprint"]), name=name, at=s["signed_at"]))
    if v["expected_signer"] and (s["status"] != "valid" or s["fingerprint"] != v["expected_signer"]):
        print(word("file.other_signer", fp=grouped(v["expected_signer"])))
    h = v["log_head"]
    if h["status"] != "absent":
        print(word(f"head.{h['status']}", seq=h["seq"], fp=grouped(h["fingerprint"])))
    results = {(e["id"], r["round"]): r["result"] for e in data["elections"] for r in e["rounds"]}
    for r in v["rounds"]:
        res = results[(r["election"], r["round"])]
        print(
            word(
                f"round.{r['seal']}",
                e=r["election"],
                r=r["round"],
                fp=grouped(r["fingerprint"]),
                outcome=outcome_words(res),
            )
        )
        if r["seal"] != "none":
            name = f" ({r['signer_name']})" if r["signer_name"] else ""
            print(word(f"seal.{r['seal_signature']}", fp=grouped(r["signer"]), name=name))
    print("Kết luận: " + ("không thấy thay đổi nào." if v["ok"] else "TỆP KHÔNG NGUYÊN VẸN."))


def print_db(v: dict[str, Any]) -> None:
    last = v["last"] or {"seq": 0, "hash": GENESIS}
    print(f"Nhật ký: {v['records']} bản ghi; bản ghi cuối #{last['seq']} {last['hash']}")
    if v["unsigned_older"]:
        print(f"{v['unsigned_older']} bản ghi đầu không có chữ ký (ghi bởi phiên bản cũ).")
    for k in v["keys"]:
        role = "trưởng ban" if k["role"] == "head" else "máy trạm"
        retired = f", thu hồi tại #{k['retired']}" if k["retired"] else ""
        print(f"Khóa {grouped(k['fingerprint'])} — {k['name']} ({role}), đăng ký tại #{k['from']}{retired}")
    for seq in v["head_rekeyed"]:
        print(f"CHÚ Ý: khóa của trưởng ban đã được thay tại bản ghi #{seq}.")
    if v["fault"] is not None:
        f = v["fault"]
        print("KHÔNG KHỚP — " + word(f["code"], seq=f["seq"], key=grouped(f.get("key") or "")))
    for a in v["anchors"]:
        print(word(f"anchor.{a['status']}", source=a["source"], seq=a.get("seq"), missing=a.get("missing")))
    if v["expected_head"] and v["expected_head"] not in [k["fingerprint"] for k in v["keys"] if k["role"] == "head"]:
        print(f"KHÓA TRƯỞNG BAN {grouped(v['expected_head'])} KHÔNG CÓ TRONG NHẬT KÝ.")
    print("Kết luận: " + ("không thấy thay đổi nào." if v["ok"] else "CƠ SỞ DỮ LIỆU KHÔNG NGUYÊN VẸN."))


def fp_arg(value: str | None) -> str | None:
    if value is None:
        return None
    fp = "".join(ch for ch in value.lower() if ch not in "- ")
    if len(fp) != 16 or any(c not in "0123456789abcdef" for c in fp):
        raise Fault("--signer/--head", f"{value!r} is not a key fingerprint (16 hex digits)")
    return fp


def main(argv: list[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    tally_only = bool(args_in) and args_in[0] == "tally"
    ap = argparse.ArgumentParser(prog="kiemphieu_verify", description=__doc__.split("\n\n")[0])
    ap.add_argument("target", help="an election file (.json) or a congress database (.kiemphieu)")
    ap.add_argument("--signer", help="the fingerprint of the key that must have signed the file")
    ap.add_argument("--head", help="the fingerprint of the head's key the database must register")
    ap.add_argument(
        "--anchor", action="append", default=[], help="an anchor: hash, fingerprint, export, backup, anchor file"
    )
    ap.add_argument("--json", action="store_true", help="print the verdict as JSON")
    args = ap.parse_args(args_in[1:] if tally_only else args_in)
    try:
        with Path(args.target).open("rb") as f:
            is_db = f.read(16) == b"SQLite format 3\x00"
        raw = b"" if is_db and not tally_only else Path(args.target).read_bytes()
    except OSError as e:
        print(f"Không đọc được {args.target}: {e.strerror}", file=sys.stderr)
        return 2
    try:
        if is_db and not tally_only:
            v = db_verdict(args.target, args.anchor, fp_arg(args.head))
            print(json.dumps(v, ensure_ascii=False, indent=1)) if args.json else print_db(v)
            return 0 if v["ok"] else 1
        doc = strict_json(raw)
        data = read(doc)
        if tally_only:
            print(json.dumps(result_doc(data), ensure_ascii=False, indent=1))
            return 0
        v = file_verdict(doc, data, fp_arg(args.signer))
    except Fault as f:
        print(f"Tệp không hợp lệ: {f}", file=sys.stderr)
        return 2
    except RecursionError:
        print("Tệp không hợp lệ: lồng nhau quá sâu", file=sys.stderr)
        return 2
    print(json.dumps(v, ensure_ascii=False, indent=1)) if args.json else print_file(v, data)
    return 0 if v["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

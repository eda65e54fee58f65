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
import re
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
REASONS = ("not_issued", "over_limit", "none_kept", "single_no_choice", "write_in", "marked", "outside_pool")
MARKS = ("agree", "disagree", "both", "none")
DEFAULTS = {
    "surplus_cap": Fraction(3, 10),
    "surplus_rounding": "floor",
    "small_body_cap": 1,
    "opinion_threshold": Fraction(3, 10),
    "tie_break_needs_majority": False,
    "nomination_over_limit_invalid": True,
    "nomination_outside_pool_invalid": True,
    "withdrawal_majority_of": "attending",
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
        "round.head_choice",
        "station.registered",
        "station.rekeyed",
    }
)
#: Actions whose payload's `station` registers the head's key (the first signed record of a log).
ROOT_ACTIONS = frozenset({"create", "congress.created", "signing.started"})
#: Records (action with its version) only a version that signs writes: never unsigned (app.keyring.SIGNED_ONLY).
SIGNED_ONLY = frozenset(
    {
        "create@3",
        "signing.started",
        "station.registered",
        "station.requested",
        "station.rekeyed",
        "head.rekeyed",
        "pin@2",
        "pin.failed",
        "round.finalize@2",
        "entries.export@2",
        "handover.accepted",
        "handover.refused",
    }
)
FINALIZE, REOPEN = "round.finalize", "round.reopen"
#: What the QR code of a finalized round's minutes carries: this, the round fingerprint, the head's key
#: fingerprint and its seal signature.
SEAL_QR = "kiemphieu-seal/1"


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

#: What a sane file stays within (the format's documented limits): bytes, ballot entries, numbers written,
#: elections, rounds, candidates, subtotals, small lists, any whole number, a name's and a text's characters.
FILE_BYTES, BALLOT_ENTRIES, BALLOT_NUMBERS = 32 * 1024 * 1024, 200_000, 5_000_000
ELECTIONS, ROUNDS, CANDIDATES, SUBTOTALS, SMALL_LIST = 200, 50, 2_000, 1_000, 2_000
NUMBER, NAME_CHARS, TEXT_CHARS = 10_000_000, 200, 500
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
SHARE = re.compile(r"(\d{1,6}(\.\d{1,9})?|\d{1,6}/\d{1,6})")


def nfc(value: str) -> str:
    """NFC, runs of white space folded, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def obj(v: Any, path: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise Fault(path, "must be an object")
    return v


def arr(v: Any, path: str, limit: int | None = None) -> list[Any]:
    if not isinstance(v, list):
        raise Fault(path, "must be a list")
    if limit is not None and len(v) > limit:
        raise Fault(path, f"more than {limit} entries")
    return v


def need(d: dict[str, Any], key: str, path: str) -> Any:
    if d.get(key) is None:
        raise Fault(f"{path}.{key}" if path else key, "is missing")
    return d[key]


def whole(v: Any, path: str, minimum: int = 0, maximum: int = NUMBER) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise Fault(path, "is not a whole number")
    if not minimum <= v <= maximum:
        raise Fault(path, f"must be from {minimum} to {maximum}")
    return v


def text(v: Any, path: str, required: bool = False, limit: int = TEXT_CHARS) -> str:
    if v is None and not required:
        return ""
    if not isinstance(v, str):
        raise Fault(path, "is not text")
    if len(v) > limit:
        raise Fault(path, f"longer than {limit} characters")
    if FORBIDDEN.search(v):
        raise Fault(path, "holds a control character")
    out = nfc(v)
    if required and not out:
        raise Fault(path, "must not be empty")
    return out


def name(v: Any, path: str, required: bool = True) -> str:
    return text(v, path, required, NAME_CHARS)


def one_of(v: Any, allowed: tuple[str, ...], path: str) -> str:
    if not isinstance(v, str) or v not in allowed:
        raise Fault(path, f"is not one of {', '.join(allowed)}")
    return v


def cand_no(v: Any, path: str) -> int:
    if isinstance(v, str):
        digits = v.strip()
        if digits.isascii() and digits.isdigit() and len(digits) <= 9:
            return whole(int(digits), path, 1)
        raise Fault(path, "is not a whole number")
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

    if len(raw) > FILE_BYTES:
        raise Fault("", f"larger than {FILE_BYTES} bytes")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise Fault("", "the file is UTF-16 or UTF-32, not UTF-8")
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


def decision(v: Any, path: str) -> dict[str, str]:
    d = obj(v, path)
    return {
        "by": name(need(d, "by", path), f"{path}.by"),
        "note": text(d.get("note"), f"{path}.note"),
        "at": name(d.get("at"), f"{path}.at", False),
    }


def electorate(v: Any, path: str) -> dict[str, Any]:
    d = obj(v, path)
    summoned = whole(need(d, "summoned", path), f"{path}.summoned", 1)
    exclusions: list[dict[str, Any]] = []
    for i, x in enumerate(arr(d.get("exclusions", []), f"{path}.exclusions", SMALL_LIST)):
        xp = f"{path}.exclusions[{i}]"
        xd = obj(x, xp)
        exclusions.append(
            {"reason": text(xd.get("reason"), f"{xp}.reason"), "count": whole(need(xd, "count", xp), f"{xp}.count")}
        )
    if summoned - sum(x["count"] for x in exclusions) < 1:
        raise Fault(f"{path}.exclusions", "the exclusions leave no one")
    return {"summoned": summoned, "exclusions": exclusions}


def base_of(el: dict[str, Any]) -> int:
    return int(el["summoned"]) - sum(int(x["count"]) for x in el["exclusions"])


def parameters(v: Any) -> dict[str, Any] | None:
    if v is None:
        return None
    d = obj(v, "parameters")
    p = dict(DEFAULTS)
    for key in ("surplus_cap", "opinion_threshold"):
        if key in d:
            raw = d[key]
            literal = str(raw) if isinstance(raw, int | float | str) and not isinstance(raw, bool) else ""
            try:
                f = Fraction(literal) if SHARE.fullmatch(literal) else None
            except ZeroDivisionError:
                f = None
            if f is None or not 0 <= f <= 1:
                raise Fault(f"parameters.{key}", "is not a share from 0 to 1")
            p[key] = f
    if "surplus_rounding" in d:
        p["surplus_rounding"] = one_of(
            d["surplus_rounding"], ("floor", "half_up", "ceil"), "parameters.surplus_rounding"
        )
    if "small_body_cap" in d:
        p["small_body_cap"] = whole(d["small_body_cap"], "parameters.small_body_cap")
    for key in ("tie_break_needs_majority", "nomination_over_limit_invalid", "nomination_outside_pool_invalid"):
        if key in d:
            p[key] = flag(d[key], f"parameters.{key}")
    if "withdrawal_majority_of" in d:
        p["withdrawal_majority_of"] = one_of(
            d["withdrawal_majority_of"], ("attending", "votes_cast"), "parameters.withdrawal_majority_of"
        )
    return p


def congress(v: Any) -> dict[str, Any]:
    d = obj(v, "congress")
    el = electorate(need(d, "electorate", "congress"), "congress.electorate")
    att = d.get("attending")
    for key in ("organization", "title", "place"):
        text(d.get(key), f"congress.{key}")
    for key in ("term", "date"):
        name(d.get(key), f"congress.{key}", False)
    one_of(d.get("kind", "delegates"), ("delegates", "members", "conference"), "congress.kind")
    for i, m in enumerate(arr(d.get("counting_committee", []), "congress.counting_committee", SMALL_LIST)):
        mp = f"congress.counting_committee[{i}]"
        md = obj(m, mp)
        name(need(md, "name", mp), f"{mp}.name")
        one_of(md.get("role", "member"), ("head", "member"), f"{mp}.role")
    level = d.get("level")
    return {
        "electorate": el,
        "attending": base_of(el) if att is None else whole(att, "congress.attending"),
        "level": None if level is None else one_of(level, ("cell", "grassroots", "higher"), "congress.level"),
    }


def read(doc: Any) -> dict[str, Any]:
    """Checks the whole file as the format requires and returns it normalised, every round tallied."""
    top = obj(doc, "")
    if top.get("format") != FORMAT:
        raise Fault("format", f"not a kiemphieu election file ({FORMAT})")
    rs = top.get("ruleset") or RULESETS[0]
    if not isinstance(rs, str) or rs not in RULESETS:
        raise Fault("ruleset", "unknown rule set")
    data: dict[str, Any] = {"ruleset": rs, "parameters": parameters(top.get("parameters"))}
    data["congress"] = congress(need(top, "congress", ""))
    data["elections"] = []
    budget = {"entries": BALLOT_ENTRIES, "numbers": BALLOT_NUMBERS}
    for i, e in enumerate(arr(top.get("elections", []), "elections", ELECTIONS)):
        data["elections"].append(election(e, f"elections[{i}]", data, budget))
    name(top.get("log_hash"), "log_hash", False)
    ids: dict[str, int] = {}
    for i, e in enumerate(data["elections"]):
        if e["id"] in ids:
            raise Fault(f"elections[{i}].id", "election id appears twice")
        ids[e["id"]] = i
    for i, e in enumerate(data["elections"]):
        cp = e["candidate_pool"]
        if cp is not None and (cp["election"] not in ids or cp["election"] == e["id"]):
            raise Fault(f"elections[{i}].candidate_pool.election", "is not another election of this file")
        if (
            cp is not None
            and cp["take"] == "proposed"
            and data["elections"][ids[cp["election"]]]["kind"] != "nomination"
        ):
            raise Fault(f"elections[{i}].candidate_pool.take", "the proposed come from a nomination ballot")
    structure = cell_problems(data)
    for e in pool_order(data["elections"], ids):
        pool = pool_of(e, data["elections"], ids)
        index = ids[e["id"]]
        shared = (
            pool_problems(e, pool, index) + structure.get(e["id"], []) + pause_problems(e, pool, f"elections[{index}]")
        )
        by_round = withdrawal_problems(data, e, f"elections[{index}]")
        for i, r in enumerate(e["rounds"]):
            here = f"elections[{index}].rounds[{i}]"
            r["problems"] = shared + by_round.get(r["round"], []) + problems(data, e, r, here)
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


def pool_of(e: dict[str, Any], elections: list[dict[str, Any]], ids: dict[str, int]) -> list[dict[str, Any]] | None:
    """The candidates another election's result offers: its elected, its not-elected, or its proposed."""
    cp = e["candidate_pool"]
    if cp is None:
        return None
    source = elections[ids[cp["election"]]]
    by_no = {c["no"]: c for c in source["candidates"]}
    if cp["take"] == "proposed":
        last = source["rounds"][-1]["result"]["outcome"] if source["rounds"] else None
        return [by_no[no] for no in (last or {}).get("proposed", [])]
    elected = {no for r in source["rounds"] for no in r["result"]["outcome"]["elected"]}
    return [c for c in source["candidates"] if (c["no"] in elected) == (cp["take"] == "elected")]


def pool_problems(e: dict[str, Any], pool: list[dict[str, Any]] | None, index: int) -> list[dict[str, str]]:
    """Every candidate of an election drawing on another's result comes from that result (RULES.md §7)."""
    for i, c in enumerate(e["candidates"]):
        if pool is not None and not any(same_person(c, m) for m in pool):
            raise Fault(f"elections[{index}].candidates[{i}]", f"candidate {c['no']} is not in the pool")
    return []


def election(v: Any, path: str, data: dict[str, Any], budget: dict[str, int]) -> dict[str, Any]:
    d = obj(v, path)
    eid = name(need(d, "id", path), f"{path}.id")
    cands: list[dict[str, Any]] = []
    for i, c in enumerate(arr(need(d, "candidates", path), f"{path}.candidates", CANDIDATES)):
        cp = f"{path}.candidates[{i}]"
        cd = obj(c, cp)
        cands.append(
            {
                "no": whole(need(cd, "no", cp), f"{cp}.no", 1),
                "name": name(need(cd, "name", cp), f"{cp}.name"),
                "note": text(cd.get("note"), f"{cp}.note"),
            }
        )
    seen: set[int] = set()
    for i, c in enumerate(cands):
        if c["no"] in seen:
            raise Fault(f"{path}.candidates[{i}].no", "candidate number appears twice")
        seen.add(c["no"])
    kind = one_of(d.get("kind") or "election", ("election", "opinion", "nomination"), f"{path}.kind")
    if d.get("seats") is None and kind == "opinion":
        seats = len(cands)
    else:
        seats = whole(need(d, "seats", path), f"{path}.seats", 1)
    pool = None
    if d.get("candidate_pool") is not None:
        pp = f"{path}.candidate_pool"
        pd = obj(d["candidate_pool"], pp)
        pool = {
            "election": name(need(pd, "election", pp), f"{pp}.election"),
            "take": one_of(need(pd, "take", pp), ("elected", "not_elected", "proposed"), f"{pp}.take"),
        }
    el = None if d.get("electorate") is None else electorate(d["electorate"], f"{path}.electorate")
    ms, propose = d.get("max_surplus"), d.get("propose")
    if propose is not None and kind != "nomination":
        raise Fault(f"{path}.propose", "only a nomination ballot proposes")
    hand = []
    for i, h in enumerate(arr(d.get("hand_votes", []), f"{path}.hand_votes", SMALL_LIST)):
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
    e: dict[str, Any] = {
        "id": eid,
        "title": text(d.get("title"), f"{path}.title"),
        "body": one_of(d.get("body") or "other", BODIES, f"{path}.body"),
        "kind": kind,
        "seats": seats,
        "electorate": el,
        "candidate_pool": pool,
        "max_surplus": None if ms is None else whole(ms, f"{path}.max_surplus"),
        "candidates": cands,
        "hand_votes": hand,
        "withdrawals": withdrawals(d.get("withdrawals", []), f"{path}.withdrawals", seen),
        "pause": None if d.get("pause") is None else pause(d["pause"], f"{path}.pause"),
        "propose": None if propose is None else whole(propose, f"{path}.propose", 1),
        "rounds": [],
    }
    for i, r in enumerate(arr(d.get("rounds", []), f"{path}.rounds", ROUNDS)):
        rnd = round_(r, f"{path}.rounds[{i}]", i + 1, e, withdrawn(data, e, i + 1), budget)
        rnd["result"] = tally(data, e, rnd)
        e["rounds"].append(rnd)
    return e


def withdrawals(v: Any, path: str, known: set[int]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    for i, w in enumerate(arr(v, path, SMALL_LIST)):
        wp = f"{path}[{i}]"
        wd = obj(w, wp)
        agree, allowed = wd.get("agree"), wd.get("allowed")
        out.append(
            {
                "no": whole(need(wd, "no", wp), f"{wp}.no", 1),
                "proposal": one_of(need(wd, "proposal", wp), ("allow", "refuse"), f"{wp}.proposal"),
                "agree": None if agree is None else whole(agree, f"{wp}.agree"),
                "disagree": whole(wd.get("disagree", 0), f"{wp}.disagree"),
                "abstain": whole(wd.get("abstain", 0), f"{wp}.abstain"),
                "method": one_of(wd.get("method", "hands"), ("hands", "secret"), f"{wp}.method"),
                "allowed": None if allowed is None else flag(allowed, f"{wp}.allowed"),
                "round": whole(wd.get("round", 1), f"{wp}.round", 1, ROUNDS),
                "reason": text(wd.get("reason"), f"{wp}.reason"),
            }
        )
    for i, w in enumerate(out):
        if w["no"] not in known:
            raise Fault(f"{path}[{i}].no", "is not a candidate of this election")
        if (w["no"], w["round"]) in seen:
            raise Fault(f"{path}[{i}]", "the same request twice")
        seen.add((w["no"], w["round"]))
    return out


def pause(v: Any, path: str) -> dict[str, Any]:
    d = obj(v, path)
    resumed = d.get("resumed")
    return {
        "reason": one_of(need(d, "reason", path), ("intended_not_elected", "other"), f"{path}.reason"),
        "decision": decision(d, path),
        "intended": name(d.get("intended"), f"{path}.intended", False),
        "resumed": None if resumed is None else decision(resumed, f"{path}.resumed"),
    }


def withdrawal_status(data: dict[str, Any], e: dict[str, Any], w: dict[str, Any]) -> tuple[str, bool | None]:
    """allowed / not_allowed / undecided, and what the vote alone decides: carried ⇔ 2·agree > base [V]."""
    by_vote = None
    if w["agree"] is not None:
        base = (
            attending_for(data, e)
            if params_of(data)["withdrawal_majority_of"] == "attending"
            else w["agree"] + w["disagree"] + w["abstain"]
        )
        carried = 2 * w["agree"] > base
        by_vote = carried if w["proposal"] == "allow" else (False if carried else None)
    allowed = w["allowed"] if w["allowed"] is not None else by_vote
    return ("undecided" if allowed is None else "allowed" if allowed else "not_allowed"), by_vote


def attending_for(data: dict[str, Any], e: dict[str, Any]) -> int:
    return int(data["congress"]["attending"]) if e["electorate"] is None else base_of(e["electorate"])


def withdrawn(data: dict[str, Any], e: dict[str, Any], round_no: int) -> set[int]:
    """The numbers the congress allowed to withdraw from this round's list or an earlier one (RULES.md §4)."""
    return {
        w["no"] for w in e["withdrawals"] if w["round"] <= round_no and withdrawal_status(data, e, w)[0] == "allowed"
    }


def next_round(e: dict[str, Any], purpose: str, gone: set[int]) -> tuple[int, list[int]]:
    """Default seats and list: all but the withdrawn for round 1; the tied for a tie-break; else the rest."""
    prior = [r["result"]["outcome"] for r in e["rounds"]]
    if not prior:
        return e["seats"], [c["no"] for c in e["candidates"] if c["no"] not in gone]
    last = prior[-1]
    if purpose == "tie_break" and last["status"] == "tie" and e["kind"] != "nomination":
        return last["tied_seats"], list(last["tied"])
    done = {no for o in prior for no in o["elected"]}
    return e["seats"] - len(done), [c["no"] for c in e["candidates"] if c["no"] not in done and c["no"] not in gone]


def round_(v: Any, path: str, number: int, e: dict[str, Any], gone: set[int], budget: dict[str, int]) -> dict[str, Any]:
    d = obj(v, path)
    if whole(d.get("round", number), f"{path}.round", 1) != number:
        raise Fault(f"{path}.round", f"round out of order; expected {number}")
    purpose = one_of(d.get("purpose") or "election", ("election", "tie_break"), f"{path}.purpose")
    seats, listed = next_round(e, purpose, gone)
    if d.get("seats") is not None:
        seats = whole(d["seats"], f"{path}.seats", 1)
    if d.get("candidates") is not None:
        known = {c["no"] for c in e["candidates"]}
        listed = []
        for i, x in enumerate(arr(d["candidates"], f"{path}.candidates", CANDIDATES)):
            no = cand_no(x, f"{path}.candidates[{i}]")
            if no not in known or no in listed:
                raise Fault(f"{path}.candidates[{i}]", "not a candidate of this election, or listed twice")
            listed.append(no)
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
        "decision": None if d.get("decision") is None else decision(d["decision"], f"{path}.decision"),
        "head_choice": None,
    }
    kinds = {"opinion": "agree_disagree", "nomination": "written"}
    r["form"] = kinds.get(e["kind"]) or ("agree_disagree" if len(listed) <= seats else "strike_out")
    if d.get("head_choice") is not None:
        hp = f"{path}.head_choice"
        if r["form"] != "written":
            raise Fault(hp, "only a nomination ballot has the head's choice")
        hd = obj(d["head_choice"], hp)
        chosen = [
            cand_no(x, f"{hp}.chosen[{i}]")
            for i, x in enumerate(arr(need(hd, "chosen", hp), f"{hp}.chosen", CANDIDATES))
        ]
        for i, no in enumerate(chosen):
            if no not in listed:
                raise Fault(f"{hp}.chosen[{i}]", "is not a candidate of this round")
        r["head_choice"] = {"chosen": chosen, **decision(hd, hp)}
    raw = arr(d.get("ballots", []), f"{path}.ballots")
    take(budget, len(raw), 0, f"{path}.ballots")
    r["ballots"] = [ballot(b, f"{path}.ballots[{i}]", r, budget) for i, b in enumerate(raw)]
    subs = arr(d.get("subtotals", []), f"{path}.subtotals", SUBTOTALS)
    r["subtotals"] = [subtotal(s, f"{path}.subtotals[{i}]", r) for i, s in enumerate(subs)]
    if d.get("final") is not None:
        fp = f"{path}.final"
        fd = obj(d["final"], fp)
        name(need(fd, "fingerprint", fp), f"{fp}.fingerprint")
        name(fd.get("at"), f"{fp}.at", False)
        name(fd.get("by"), f"{fp}.by", False)
    return r


def take(budget: dict[str, int], entries: int, numbers: int, path: str) -> None:
    budget["entries"] -= entries
    budget["numbers"] -= numbers
    if budget["entries"] < 0 or budget["numbers"] < 0:
        raise Fault(path, "more ballots or numbers than an election file may hold")


def numbers(v: Any, path: str, limit: int) -> list[int]:
    nos = [cand_no(x, f"{path}[{i}]") for i, x in enumerate(arr(v, path, limit))]
    if len(set(nos)) != len(nos):
        raise Fault(path, "a number appears twice")
    return sorted(nos)


def ballot(v: Any, path: str, r: dict[str, Any], budget: dict[str, int]) -> dict[str, Any]:
    d = obj(v, path)
    count = whole(d.get("count", 1), f"{path}.count", 1)
    team = name(d.get("team"), f"{path}.team", False) or None
    keys = [k for k in ("struck", "marks", "names", "invalid") if k in d]
    if len(keys) != 1:
        raise Fault(path, "a ballot needs exactly one of struck, marks, names or invalid")
    on_list, limit = set(r["candidates"]), len(r["candidates"])
    key = keys[0]
    b: dict[str, Any] = {"count": count, "team": team}
    if key == "invalid":
        reason = one_of(d["invalid"], REASONS, f"{path}.invalid")
        allowed_on = {
            "over_limit": ("strike_out", "written"),
            "none_kept": ("strike_out",),
            "outside_pool": ("written",),
            "single_no_choice": ("agree_disagree",),
        }
        if r["form"] not in allowed_on.get(reason, (r["form"],)) or (reason == "single_no_choice" and limit != 1):
            raise Fault(f"{path}.invalid", "this reason does not apply to this round's ballot form")
        b["invalid"] = reason
        return b
    if key in ("struck", "names"):
        nos = numbers(d[key], f"{path}.{key}", limit)
        take(budget, 0, len(nos), path)
        b[key] = nos
        if key == "names":
            b["outside_pool"] = whole(d.get("outside_pool", 0), f"{path}.outside_pool")
    else:
        md = obj(d["marks"], f"{path}.marks")
        if len(md) > limit:
            raise Fault(f"{path}.marks", "more marks than names")
        take(budget, 0, len(md), path)
        marks = {cand_no(k, f"{path}.marks"): one_of(m, MARKS, f"{path}.marks.{k}") for k, m in md.items()}
        if len(marks) != len(md):
            raise Fault(f"{path}.marks", "a number appears twice")
        b["marks"] = marks
    form = {"struck": "strike_out", "marks": "agree_disagree", "names": "written"}[key]
    if form != r["form"]:
        raise Fault(f"{path}.{key}", f"this round's ballot is the {r['form']} form")
    for no in sorted(b[key]):
        if no not in on_list:
            raise Fault(f"{path}.{key}", f"{no} is not a candidate of this round")
    return b


def subtotal(v: Any, path: str, r: dict[str, Any]) -> dict[str, Any]:
    d = obj(v, path)
    on_list = set(r["candidates"])

    def per_candidate(key: str) -> dict[int, int]:
        out: dict[int, int] = {}
        raw = obj(d.get(key, {}), f"{path}.{key}")
        if len(raw) > len(on_list):
            raise Fault(f"{path}.{key}", "more entries than names")
        for k, n in raw.items():
            no = cand_no(k, f"{path}.{key}.{k}")
            if no not in on_list:
                raise Fault(f"{path}.{key}.{k}", f"{no} is not a candidate of this round")
            out[no] = whole(n, f"{path}.{key}.{k}")
        return out

    raw_invalid = obj(d.get("invalid", {}), f"{path}.invalid")
    invalid = {
        one_of(k, REASONS, f"{path}.invalid.{k}"): whole(n, f"{path}.invalid.{k}") for k, n in raw_invalid.items()
    }
    return {
        "team": name(d.get("team"), f"{path}.team", False),
        "ballots": whole(need(d, "ballots", path), f"{path}.ballots"),
        "invalid": invalid,
        "votes": per_candidate("votes"),
        "disagree": per_candidate("disagree"),
    }


# --- the re-tally (RULES.md §3, §5, §6) -------------------------------------------------------------------


def params_of(data: dict[str, Any]) -> dict[str, Any]:
    return data["parameters"] or DEFAULTS


def threshold(data: dict[str, Any], e: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
    """base = summoned − exclusions, pass ⇔ 2·votes > base; opinion: 10·agree > 3·attending (the share set);
    a nomination ballot and a tie-break without a new majority test: any vote counts."""
    el = e["electorate"] or data["congress"]["electorate"]
    summoned, excluded = el["summoned"], sum(x["count"] for x in el["exclusions"])
    p = params_of(data)
    if e["kind"] == "opinion":
        base = data["congress"]["attending"]
        return {"summoned": summoned, "excluded": excluded, "base": base, "share": p["opinion_threshold"], "test": True}
    test = r["purpose"] != "tie_break" or r["tie_break_needs_majority"] or p["tie_break_needs_majority"]
    test = test and e["kind"] != "nomination"
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


def invalid_reason(b: dict[str, Any], r: dict[str, Any], kind: str, p: dict[str, Any]) -> str | None:
    """Strike-out: keeps 1…seats names; one name on an election ballot: exactly one box; several names: valid;
    nomination: at most `seats` names written, none outside the pool [V]."""
    if "invalid" in b:
        return str(b["invalid"])
    if "struck" in b:
        kept = len(r["candidates"]) - len(b["struck"])
        return "over_limit" if kept > r["seats"] else "none_kept" if kept == 0 else None
    if "names" in b:
        if p["nomination_over_limit_invalid"] and len(b["names"]) + b["outside_pool"] > r["seats"]:
            return "over_limit"
        return "outside_pool" if p["nomination_outside_pool_invalid"] and b["outside_pool"] else None
    one = len(r["candidates"]) == 1
    if kind == "election" and one and b["marks"].get(r["candidates"][0], "none") not in ("agree", "disagree"):
        return "single_no_choice"
    return None


def decide(ranked: list[tuple[int, int]], seats: int) -> dict[str, Any]:
    """The most votes take the seats; a group of equal votes across the last seat is a tie (never settled)."""
    out: dict[str, Any] = {"status": "complete", "elected": [], "tied": [], "tied_seats": 0, "seats_remaining": 0}
    if seats <= 0:
        return out
    if len(ranked) <= seats:
        out["elected"] = [no for no, _ in ranked]
        if len(ranked) < seats:
            out.update(status="shortfall", seats_remaining=seats - len(ranked))
        return out
    cutoff = ranked[seats - 1][1]
    above = [no for no, v in ranked if v > cutoff]
    at = [no for no, v in ranked if v == cutoff]
    if len(above) + len(at) == seats:
        out["elected"] = above + at
    else:
        out.update(status="tie", elected=above, tied=at, tied_seats=seats - len(above))
    return out


def nominate(votes: list[tuple[int, int]], places: int, choice: dict[str, Any] | None) -> dict[str, Any]:
    """A ranking, not an election: the most support proposed; a tie at the cut for the committee head, whose
    recorded choice applies when it names exactly the places left, all among the tied."""
    ranking = [no for no, _ in sorted(votes, key=lambda nv: -nv[1])]
    o = decide(sorted([nv for nv in votes if nv[1] >= 1], key=lambda nv: -nv[1]), places)
    out: dict[str, Any] = {"status": "proposed", "elected": [], "tied": [], "tied_seats": 0, "seats_remaining": 0}
    out.update(proposed=o["elected"], ranking=ranking, head_choice=None)
    if o["status"] == "tie":
        chosen = choice["chosen"] if choice else []
        if choice and len(set(chosen)) == len(chosen) == o["tied_seats"] and set(chosen) <= set(o["tied"]):
            out.update(proposed=o["elected"] + [no for no in ranking if no in chosen], head_choice=choice)
        else:
            out.update(status="tie", tied=o["tied"], tied_seats=o["tied_seats"])
    elif o["status"] == "shortfall":
        out.update(status="shortfall", seats_remaining=o["seats_remaining"])
    return out


def tally(data: dict[str, Any], e: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
    """Votes, ranks, status and the outcome of one round; ties and shortfalls reported, never settled."""
    cands = r["candidates"]
    votes = dict.fromkeys(cands, 0)
    disagree = dict.fromkeys(cands, 0)
    invalid: dict[str, int] = {}
    counted = 0
    p = params_of(data)
    for b in r["ballots"]:
        n = b["count"]
        counted += n
        why = invalid_reason(b, r, e["kind"], p)
        if why is not None:
            invalid[why] = invalid.get(why, 0) + n
        elif "struck" in b:
            for no in cands:
                if no not in b["struck"]:
                    votes[no] += n
        elif "names" in b:
            for no in b["names"]:
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
    ranked = sorted([(no, votes[no]) for no in cands if passes(t, votes[no])], key=lambda nv: -nv[1])
    outcome: dict[str, Any]
    if e["kind"] == "opinion":
        outcome = {
            "status": "admitted",
            "elected": [no for no, _ in ranked],
            "tied": [],
            "tied_seats": 0,
            "seats_remaining": 0,
        }
    elif e["kind"] == "nomination":
        places = e["seats"] if e["propose"] is None else e["propose"]
        outcome = nominate([(no, votes[no]) for no in cands], places, r["head_choice"])
    else:
        outcome = decide(ranked, r["seats"])
    yes, no_ = ("proposed", "not_proposed") if e["kind"] == "nomination" else ("elected", "not_elected")
    chosen = set(outcome.get("proposed", outcome["elected"]))
    order = sorted(votes.values(), reverse=True)
    base = t["base"]
    rows = []
    by_no = {c["no"]: c for c in e["candidates"]}
    for no in cands:
        c = by_no[no]
        v = votes[no]
        row: dict[str, Any] = {
            "no": no,
            "name": c["name"],
            "votes": v,
            "percent": percent(v, base),
            "passed": passes(t, v),
            "rank": order.index(v) + 1,
            "status": yes if no in chosen else "tied" if no in outcome["tied"] else no_,
        }
        if c["note"]:
            row["note"] = c["note"]
        if r["form"] == "agree_disagree":
            row["disagree"] = disagree[no]
        rows.append(row)
    needed = 1 if not t["test"] else base * t["share"].numerator // t["share"].denominator + 1
    res: dict[str, Any] = {"election": e["id"], "round": r["round"], "kind": e["kind"], "seats": r["seats"]}
    if e["kind"] == "nomination":
        res["propose"] = e["seats"] if e["propose"] is None else e["propose"]
    res["form"] = r["form"]
    res["purpose"] = r["purpose"]
    if e["kind"] == "opinion":
        res["base"] = {"attending": base, "votes_needed": needed}
    else:
        res["base"] = {"summoned": t["summoned"], "excluded": t["excluded"], "base": base, "votes_needed": needed}
    res["ballots"] = {
        "issued": r["ballots_issued"],
        "collected": r["ballots_collected"],
        "counted": counted,
        "valid": counted - sum(invalid.values()),
        "invalid": sum(invalid.values()),
        "invalid_by_reason": dict(sorted(invalid.items())),
    }
    res["candidates"] = rows
    res["outcome"] = outcome
    return res


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


def found(code: str, path: str) -> dict[str, str]:
    return {"code": code, "level": "error" if code[0] == "E" else "warning", "path": path}


def cell_problems(data: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    """What a cell congress may not set up (Charter Art. 24.4; 244 Art. 19 cl. 9): E501–E505."""
    if data["congress"]["level"] != "cell":
        return {}
    members = data["congress"]["electorate"]["summoned"]
    small = members < 9
    committees = {e["id"] for e in data["elections"] if e["body"] == "committee"}
    from_committee = {(c, "elected") for c in committees} | {
        (e["id"], "proposed")
        for e in data["elections"]
        if e["kind"] == "nomination"
        and e["candidate_pool"] is not None
        and e["candidate_pool"]["take"] == "elected"
        and e["candidate_pool"]["election"] in committees
    }
    out: dict[str, list[dict[str, str]]] = {}
    for i, e in enumerate(data["elections"]):
        if e["kind"] != "election":
            continue
        here, got = f"elections[{i}]", []
        if e["body"] == "committee":
            if small:
                got.append(found("E501", f"{here}.body"))
            elif e["seats"] > 7:
                got.append(found("E502", f"{here}.seats"))
        if e["body"] in ("secretary", "deputy_secretary"):
            if e["body"] == "secretary" and e["seats"] != 1:
                got.append(found("E503", f"{here}.seats"))
            if e["body"] == "deputy_secretary" and small and e["seats"] > 1:
                got.append(found("E504", f"{here}.seats"))
            pool = e["candidate_pool"]
            if not small and (pool is None or (pool["election"], pool["take"]) not in from_committee):
                got.append(found("E505", f"{here}.candidate_pool"))
        if got:
            out[e["id"]] = got
    return out


def pause_problems(e: dict[str, Any], pool: list[dict[str, Any]] | None, path: str) -> list[dict[str, str]]:
    """E601 a paused election that has ballots; W601 the intended person is in the pool after all."""
    p = e["pause"]
    if p is None:
        return []
    out = []
    if p["resumed"] is None and any(r["ballots"] or r["subtotals"] for r in e["rounds"]):
        out.append(found("E601", f"{path}.pause"))
    intended = p["intended"].casefold()
    if (
        p["reason"] == "intended_not_elected"
        and intended
        and pool is not None
        and any(c["name"].casefold() == intended for c in pool)
    ):
        out.append(found("W601", f"{path}.pause.intended"))
    return out


def withdrawal_problems(data: dict[str, Any], e: dict[str, Any], path: str) -> dict[int, list[dict[str, str]]]:
    """By the round whose list they change: E206 more votes than attending, E207 a decision against the vote,
    W203 no decision, E205 a name allowed to withdraw still on a ballot."""
    out: dict[int, list[dict[str, str]]] = {}
    if not e["withdrawals"]:
        return out
    attending = attending_for(data, e)
    for i, w in enumerate(e["withdrawals"]):
        here, got = f"{path}.withdrawals[{i}]", out.setdefault(w["round"], [])
        status, by_vote = withdrawal_status(data, e, w)
        if (w["agree"] or 0) + w["disagree"] + w["abstain"] > attending:
            got.append(found("E206", here))
        if w["allowed"] is not None and by_vote is not None and w["allowed"] != by_vote:
            got.append(found("E207", f"{here}.allowed"))
        if status == "undecided":
            got.append(found("W203", here))
    for j, r in enumerate(e["rounds"]):
        gone = withdrawn(data, e, r["round"])
        for no in r["candidates"]:
            if no in gone:
                out.setdefault(r["round"], []).append(found("E205", f"{path}.rounds[{j}].candidates"))
    return out


def problems(data: dict[str, Any], e: dict[str, Any], r: dict[str, Any], path: str) -> list[dict[str, str]]:
    """The round's own codes (RULES.md §4, §9): the list, later rounds, the head's choice, reconciliation."""
    out: list[tuple[str, str]] = []
    p = params_of(data)
    if e["kind"] == "election":
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
            elif e["body"] in SURPLUS_REQUIRED and 3 <= seats <= 5:
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
        out.extend(("E302", f"{path}.candidates") for no in r["candidates"] if no in x["result"]["outcome"]["elected"])
    if earlier and r["decision"] is None:
        out.append(("W301", f"{path}.decision"))
    res = r["result"]
    o = res["outcome"]
    if r["head_choice"] is not None and o.get("head_choice") is None:
        out.append(("E401" if o["tied"] and e["kind"] == "nomination" else "E402", f"{path}.head_choice"))
    b = res["ballots"]
    if b["collected"] > b["issued"]:
        out.append(("E101", f"{path}.ballots_collected"))
    elif b["collected"] < b["issued"]:
        out.append(("W101", f"{path}.ballots_collected"))
    if b["counted"] != b["collected"]:
        out.append(("E102", f"{path}.ballots"))
    if r["present"] is not None and b["issued"] > r["present"]:
        out.append(("E107", f"{path}.ballots_issued"))
    if e["kind"] != "opinion" and b["issued"] > res["base"]["base"]:
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
    if r["form"] == "written" and not p["nomination_over_limit_invalid"]:
        per_ballot = len(r["candidates"])
    limit = max(b["valid"], 0) * min(per_ballot, len(r["candidates"]))
    if sum(c["votes"] for c in res["candidates"]) > limit:
        out.append(("E104", f"{path}.votes"))
    return [found(c, w) for c, w in out]


def result_doc(data: dict[str, Any]) -> dict[str, Any]:
    """`kiemphieu-result/1` of every round; paused elections listed apart."""
    rounds = [{**r["result"], "problems": r["problems"]} for e in data["elections"] for r in e["rounds"]]
    doc: dict[str, Any] = {"format": "kiemphieu-result/1", "ruleset": data["ruleset"], "results": rounds}
    paused = []
    for e in data["elections"]:
        p = e["pause"]
        if p is not None:
            status = "paused" if p["resumed"] is None else "resumed"
            paused.append(
                {
                    "election": e["id"],
                    "status": status,
                    "reason": p["reason"],
                    "intended": p["intended"],
                    **p["decision"],
                    "resumed": p["resumed"],
                }
            )
    if paused:
        doc["paused"] = paused
    return doc


# --- the fingerprint of a round (what its result follows from) --------------------------------------------

ADDED_PARAMETERS = ("nomination_over_limit_invalid", "nomination_outside_pool_invalid", "withdrawal_majority_of")


def fingerprint(data: dict[str, Any], e: dict[str, Any], r: dict[str, Any]) -> str:
    """SHA-256 of the canonical rules, electorate, list and ballots of the round."""
    p = data["parameters"]
    ed: dict[str, Any] = {
        k: e[k] for k in ("id", "title", "body", "kind", "seats", "electorate", "candidate_pool", "max_surplus")
    }
    if e["hand_votes"]:
        ed["hand_votes"] = e["hand_votes"]
    if e["propose"] is not None:
        ed["propose"] = e["propose"]
    if e["withdrawals"]:
        ed["withdrawals"] = [withdrawal_doc(w) for w in e["withdrawals"]]
    if e["pause"] is not None:
        x = e["pause"]
        ed["pause"] = {"reason": x["reason"], "intended": x["intended"], **x["decision"], "resumed": x["resumed"]}
    params = None
    if p is not None:
        params = {
            "surplus_cap": str(p["surplus_cap"]),
            "surplus_rounding": p["surplus_rounding"],
            "small_body_cap": p["small_body_cap"],
            "opinion_threshold": str(p["opinion_threshold"]),
            "tie_break_needs_majority": p["tie_break_needs_majority"],
        }
        params.update({k: p[k] for k in ADDED_PARAMETERS if p[k] != DEFAULTS[k]})
    by_no = {c["no"]: c for c in e["candidates"]}
    doc = {
        "ruleset": data["ruleset"],
        "parameters": params,
        "electorate": e["electorate"] or data["congress"]["electorate"],
        "attending": data["congress"]["attending"],
        "election": ed,
        "candidates": [candidate_doc(by_no[no]) for no in r["candidates"]],
        "round": round_doc(r),
    }
    return hashlib.sha256(canonical(doc)).hexdigest()


def withdrawal_doc(w: dict[str, Any]) -> dict[str, Any]:
    d: dict[str, Any] = {"no": w["no"], "proposal": w["proposal"], "method": w["method"]}
    if w["agree"] is not None or w["disagree"] or w["abstain"]:
        d.update(agree=w["agree"], disagree=w["disagree"], abstain=w["abstain"])
    if w["allowed"] is not None:
        d["allowed"] = w["allowed"]
    if w["round"] != 1:
        d["round"] = w["round"]
    if w["reason"]:
        d["reason"] = w["reason"]
    return d


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
    if r["head_choice"] is not None:
        d["head_choice"] = r["head_choice"]
    ballots = []
    for b in r["ballots"]:
        if "struck" in b:
            bd: dict[str, Any] = {"struck": b["struck"]}
        elif "names" in b:
            bd = {"names": b["names"]}
            if b["outside_pool"]:
                bd["outside_pool"] = b["outside_pool"]
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
    lines = "".join(f"{r['election']}:{r['round']}:{r['fingerprint']}\n" for r in rounds)
    return {
        "format": "kiemphieu-verify/1",
        "signature": signature,
        "expected_signer": signer,
        "log_head": head,
        "rounds": rounds,
        "ok": not bad,
        "congress_code": hashlib.sha256(lines.encode("utf-8")).hexdigest(),
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
            if signing or rec["action"] in SIGNED_ONLY:
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
    seal = value.split()
    if len(seal) == 4 and seal[0] == SEAL_QR and is_hex64(seal[1]):  # the QR of a finalized round's minutes
        return {"source": value[:40] + "…", "kind": "hash", "hash": seal[1], "key": seal[2].lower(), "seal": seal[3]}
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


def check_anchor(anchor: dict[str, Any], records: list[dict[str, Any]], rekeyed: list[int]) -> dict[str, Any]:
    """ok, missing (the newest N records are gone), differs (record N is not what was anchored), not_found,
    reopened (a round fingerprint whose round was reopened since), other_seal (a printed seal the log's finalize
    record does not carry) or rekeyed (the head's key replaced after the anchored record)."""
    last = len(records)
    if anchor["kind"] == "hash":
        for r in records:
            if r["hash"] == anchor["hash"]:
                status = "rekeyed" if any(s > r["seq"] for s in rekeyed) else "ok"
                return {**anchor, "status": status, "seq": r["seq"]}
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
                other = body.get("signature") != anchor.get("seal") or r.get("key") != anchor.get("key")
                if status == "ok" and "seal" in anchor and other:
                    status = "other_seal"
                return {**anchor, "kind": "round", "status": status, "seq": r["seq"]}
        return {**anchor, "status": "not_found"}
    if last < anchor["seq"]:
        return {**anchor, "status": "missing", "missing": anchor["seq"] - last}
    if records[anchor["seq"] - 1]["hash"] != anchor["hash"]:
        return {**anchor, "status": "differs"}
    if any(s > anchor["seq"] for s in rekeyed):
        return {**anchor, "status": "rekeyed"}
    return {**anchor, "status": "ok"}


def db_verdict(path: str, anchors: list[str], head: str | None) -> dict[str, Any]:
    records, uid = read_log(path)
    out = check_log(records)
    out["format"] = "kiemphieu-verify-db/1"
    out["congress"] = uid
    out["last"] = {"seq": records[-1]["seq"], "hash": records[-1]["hash"]} if records else None
    rekeyed = out["head_rekeyed"] if out["fault"] is None else []
    out["anchors"] = [check_anchor(anchor_of(a, records), records, rekeyed) for a in anchors]
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
    "anchor.other_seal": "MỐC {source}: lần bầu chốt tại bản ghi #{seq} KHÔNG do khóa và chữ ký in trên biên bản.",
    "anchor.rekeyed": "MỐC {source}: khóa của trưởng ban ĐÃ BỊ THAY sau bản ghi #{seq} đã ghi nhận.",
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
    print(f"Mã tổng hợp của đại hội (SHA-256 của mã các lần bầu): {v['congress_code']}")
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

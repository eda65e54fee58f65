"""`kiemphieu verify FILE | --db DB`: signatures, re-tally, and each sealed round's fingerprint against its data;
for a database, its log replayed and every table, row and column compared (exit 1 naming the first difference)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import texts
from app.errors import EXIT_MISMATCH, EXIT_OK, UserError
from app.fileformat import jsontext, loads
from app.fileformat.writer import fingerprint
from app.filesig import verdict
from app.keys import grouped, parse_fingerprint
from app.record.verify import Report
from app.results import congress_fingerprint
from app.texts import Phrase, text


def register(sub: Any) -> None:
    """Adds the `verify` subcommand."""
    v = sub.add_parser("verify", help=text("cli.help.verify"))
    v.add_argument("file", nargs="?", help=text("cli.help.file"))
    v.add_argument("--db", help=text("cli.help.verify.db"))
    v.add_argument("--signer", help=text("cli.help.verify.signer"))
    v.add_argument("--anchor", action="append", default=[], metavar="FILE_OR_HASH", help=text("cli.help.verify.anchor"))
    v.add_argument("--head", metavar="FP", help=text("cli.help.verify.head"))
    v.add_argument("--json", action="store_true", help=text("cli.help.verify.json"))
    v.set_defaults(func=run)


def check_file(path: str | Path, signer: str | None = None) -> dict[str, Any]:
    """The verdict on an election file (a `FileFault` when it is not a valid file)."""
    raw_bytes = jsontext.read_bytes(path)
    lf = loads(raw_bytes)
    raw = jsontext.parse(jsontext.decode(raw_bytes))
    fps = [(e.id, r.number, fingerprint(lf.data, e, r)) for e in lf.data.elections for r in e.rounds]
    v = verdict(raw, fps, None if signer is None else parse_fingerprint(signer))
    v["congress_code"] = congress_fingerprint(lf.data)
    return v


def run(args: argparse.Namespace) -> int:
    """Exit 0 when the signatures hold and every sealed round still matches its data; 1 naming what does not."""
    if (args.file is None) == (args.db is None):
        raise UserError("cli.file_or_db", {}, "FILE")
    if args.db is not None:
        head = None if args.head is None else parse_fingerprint(args.head)
        return run_db(args.db, args.anchor, head)
    v = check_file(args.file, args.signer)
    if args.json:
        print(json.dumps(v, ensure_ascii=False, indent=1))
    else:
        for line in lines(v):
            print(line)
    return EXIT_OK if v["ok"] else EXIT_MISMATCH


def _who(fp: str | None, name: str | None) -> dict[str, str]:
    return {"fingerprint": grouped(fp or ""), "name": f" ({name})" if name else ""}


def lines(v: dict[str, Any]) -> list[str]:
    """The verdict in words, one line per finding, in the current language."""
    sig = v["signature"]
    out = [
        texts.text(f"verify.file.{sig['status']}", {**_who(sig["fingerprint"], sig["name"]), "at": sig["signed_at"]})
    ]
    if v["expected_signer"] is not None and (sig["status"] != "valid" or sig["fingerprint"] != v["expected_signer"]):
        out.append(texts.text("verify.file.other_signer", {"expected": grouped(v["expected_signer"])}))
    head = v["log_head"]
    if head["status"] != "absent":
        out.append(texts.text(f"verify.head.{head['status']}", {**_who(head["fingerprint"], None), "seq": head["seq"]}))
    for r in v["rounds"]:
        params = {
            "election": r["election"],
            "round": r["round"],
            "fingerprint": r["fingerprint"],
            "short": r["fingerprint"][:16],
            "recorded": (r["recorded"] or "")[:16],
        }
        out.append(texts.text(f"verify.round.{r['seal']}", params))
        if r["seal"] != "none":
            out.append(
                texts.text(f"verify.seal.{r['seal_signature']}", {**params, **_who(r["signer"], r["signer_name"])})
            )
    out.append(texts.text("verify.congress_code", {"code": v["congress_code"]}))
    done = "verify.ok_unsigned" if sig["status"] == "unsigned" else "verify.ok"
    out.append(texts.text(done if v["ok"] else "verify.failed"))
    return out


def run_db(target: str, anchors: Sequence[str] = (), head: str | None = None) -> int:
    """Replays the log and compares; prints each round, the keys, the anchors, then the first difference or the
    chain's last hash."""
    report = check_db(target, anchors, head)
    print_report(report)
    images = check_scans(target)
    for code, page, file in images:
        print(text(code, {"page": page, "file": file}))
    return EXIT_OK if report.ok and not images else EXIT_MISMATCH


def check_scans(target: str) -> list[tuple[str, int, str]]:
    """Each scanned page whose image kept beside the congress is missing or altered (by its recorded hash)."""
    from app.scans import check_images
    from app.storage.opening import open_db

    db = open_db(target, check=False, read_only=True)
    try:
        return check_images(db)
    except Exception:  # a database verify already found damaged: the record's finding says it
        return []
    finally:
        db.close()


def check_db(target: str, anchors: Sequence[str] = (), head: str | None = None) -> Report:
    """The database's verify report (opened even without its congress row, which verify then names), against
    this station's own anchor and each anchor given."""
    from app import reports
    from app.storage.opening import open_db

    db = open_db(target, check=False, read_only=True)
    try:
        return reports.verify(db, anchors, head=head)
    finally:
        db.close()


def print_report(report: Report) -> None:
    """The rounds re-tallied, the keys the log registers, the anchors, then the verdict."""
    for r in report.rounds:
        params = {"election": r.election, "round": r.round, "fingerprint": r.fingerprint}
        key = (
            "verify.round.none" if not r.finalized else "verify.round.match" if r.ok else "verify.round.sealed_changed"
        )
        print(text(key, params))
    for line in key_lines(report):
        print(line)
    for a in report.anchors:
        if a.ok:
            print(text("verify.anchor.ok", {"source": a.source, "seq": a.seq}))
    if not report.anchors:
        print(text("verify.anchor.none"))
    first = report.first
    if first is None:
        print(text("verify.db.ok", {"records": report.records, "hash": report.last_hash}))
        return
    print(Phrase("verify.db.changed", {"finding": first.phrase()}).text())
    if len(report.findings) > 1:
        print(text("verify.db.more", {"count": len(report.findings) - 1}))


def key_lines(report: Report) -> list[str]:
    """The keys the log registers, the unsigned older records, and — prominently — each head's key replaced."""
    out = []
    if report.unsigned_older:
        out.append(text("verify.db.unsigned_older", {"count": report.unsigned_older}))
    for k in report.keys:
        reg = k.registration
        retired = text("verify.db.retired", {"seq": k.retired}) if k.retired is not None else ""
        role = text(f"verify.db.role.{reg.role}")
        params = {"fingerprint": grouped(reg.fingerprint), "name": reg.name, "role": role, "since": k.since}
        out.append(text("verify.db.keys", {**params, "retired": retired}))
    out.extend(text("verify.db.head_rekeyed", {"seq": seq}) for seq in report.head_rekeyed)
    return out

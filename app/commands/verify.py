"""`kiemphieu verify FILE | --db DB`: signatures, re-tally, and each sealed round's fingerprint against its data."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app import texts
from app.errors import EXIT_MISMATCH, EXIT_OK
from app.fileformat import jsontext, loads
from app.fileformat.writer import fingerprint
from app.filesig import verdict
from app.keys import grouped, parse_fingerprint
from app.results import congress_fingerprint


def register(sub: Any) -> None:
    """Adds the `verify` subcommand."""
    v = sub.add_parser("verify", help="kiểm chữ ký, kiểm lại và đối chiếu dấu vân tay đã ghi trong tệp")
    v.add_argument("file", nargs="?", help="tệp bầu cử (kiemphieu-election/1)")
    v.add_argument("--db", help="kiểm cơ sở dữ liệu đại hội: chuỗi mã băm nhật ký, từng phiếu, từng lần bầu đã chốt")
    v.add_argument("--signer", help="mã khóa (fingerprint) phải ký tệp, ví dụ A1B2-C3D4-E5F6-0718")
    v.add_argument("--json", action="store_true", help="in kết quả kiểm tra dạng JSON (kiemphieu-verify/1)")
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
    if args.db is not None or args.file is None:
        from app.storage.verify_cli import run_db

        return run_db(args)
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

"""`kiemphieu results`: the .xlsx re-read with openpyxl and the .csv re-read give the numbers of `tally --json`."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main
from app.fileformat import Seal
from app.fileformat.writer import dumps, fingerprint
from app.minutes.source import from_file
from app.results import congress_fingerprint
from app.results.export import PERCENT_FORMAT, SUMMARY_SHEET, csv_bytes, sheet_name, xlsx_bytes
from tests.app.minutes_data import big_committee, congress

STATUS = {"elected": "Trúng cử", "tied": "Bằng phiếu", "not_elected": None}


def sealed_file(tmp_path: Path, data: Any = None) -> Path:
    data = data or congress()
    seals = {
        (e.id, r.number): Seal(fingerprint(data, e, r), "2025-05-08T17:00", "Trần Thị Bình")
        for e in data.elections
        for r in e.rounds
        if (e.id, r.number) != ("ubkt", 2)
    }
    path = tmp_path / "dh.json"
    path.write_text(dumps(data, seals), encoding="utf-8")
    return path


def tally_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["tally", str(path), "--json"]) == 0
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    return doc


def read_rounds(wb: Any) -> dict[tuple[str, int], dict[str, Any]]:
    """Each round's block on its election's sheet: facts, candidate rows, elected rows."""
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for ws in wb.worksheets[1:]:
        rows = list(ws.iter_rows(values_only=True))
        election = rows[1][1]
        i = 0
        while i < len(rows):
            first = rows[i][0]
            if isinstance(first, str) and first.startswith("Lần bầu thứ "):
                number = int(first.split()[3])
                block: dict[str, Any] = {"facts": {}, "candidates": [], "elected": [], "cells": []}
                i += 1
                while rows[i][0] != "STT":
                    block["facts"][rows[i][0]] = rows[i][1]
                    i += 1
                i += 1
                while rows[i][0] not in ("Trúng cử", "Đủ điều kiện"):
                    block["candidates"].append(rows[i])
                    block["cells"].append(ws.cell(i + 1, 7))
                    i += 1
                block["outcome"] = rows[i][1]
                i += 1
                while i < len(rows) and isinstance(rows[i][0], int):
                    block["elected"].append(rows[i])
                    i += 1
                out[(election, number)] = block
            i += 1
    return out


def test_xlsx_gives_the_numbers_of_tally_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = sealed_file(tmp_path)
    doc = tally_json(src, capsys)
    out = tmp_path / "kq.xlsx"
    assert main(["results", str(src), "-o", str(out)]) == 0
    assert "đã ghi" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == SUMMARY_SHEET and len(wb.sheetnames) == 1 + 6
    blocks = read_rounds(wb)
    assert len(blocks) == len(doc["results"]) == 8
    for res in doc["results"]:
        block = blocks[(res["election"], res["round"])]
        facts, b = block["facts"], res["ballots"]
        assert facts["Số lượng cần bầu"] == res["seats"]
        assert (facts["Phiếu phát ra"], facts["Phiếu thu vào"], facts["Phiếu đã kiểm"]) == (
            b["issued"],
            b["collected"],
            b["counted"],
        )
        assert (facts["Phiếu hợp lệ"], facts["Phiếu không hợp lệ"]) == (b["valid"], b["invalid"])
        base = res["base"]
        if res["election"] == "yk":  # an opinion ballot's base is those attending
            assert facts["Số có mặt tại Đại hội (cơ sở tính)"] == base.get("attending", 117)
        else:
            assert (facts["Tổng số được triệu tập"], facts["Cơ sở tính"]) == (base["summoned"], base["base"])
        if facts["Số phiếu cần đạt"] is not None:  # a tie-break by the most votes prints none (JSON says 1)
            assert facts["Số phiếu cần đạt"] == base["votes_needed"]
        else:
            assert base["votes_needed"] == 1
        assert len(block["candidates"]) == len(res["candidates"])
        for k, (row, cell, c) in enumerate(zip(block["candidates"], block["cells"], res["candidates"], strict=True), 1):
            stt, no, name, note, votes, disagree, percent, status, _ = row
            assert (stt, no, name, note or "", votes) == (k, c["no"], c["name"], c.get("note", ""), c["votes"])
            assert isinstance(votes, int) and isinstance(percent, int | float)
            assert f"{percent * 100:.2f}" == c["percent"]
            assert cell.number_format == PERCENT_FORMAT
            assert disagree == c.get("disagree")
            if res["election"] != "yk":
                assert status == STATUS[c["status"]]
        assert [row[1] for row in block["elected"]] == res["outcome"]["elected"]
    summary = list(wb[SUMMARY_SHEET].iter_rows(values_only=True))
    assert summary[2][1] == congress_fingerprint(from_file(str(src)).data)
    assert len(summary) == 5 + 8
    assert [r[11] for r in summary[5:]].count("Chưa chốt") == 1


def test_csv_gives_the_numbers_of_tally_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = sealed_file(tmp_path)
    doc = tally_json(src, capsys)
    out = tmp_path / "kq.csv"
    assert main(["results", str(src), "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    expected = [(res, c) for res in doc["results"] for c in res["candidates"]]
    assert len(rows) == len(expected)
    for row, (res, c) in zip(rows, expected, strict=True):
        assert (row["Mã cuộc bầu"], int(row["Lần bầu"]), int(row["Số hiệu"])) == (
            res["election"],
            res["round"],
            c["no"],
        )
        assert (row["Họ và tên"], int(row["Số phiếu"]), row["Tỷ lệ %"]) == (c["name"], c["votes"], c["percent"])
        assert int(row["Hợp lệ"]) == res["ballots"]["valid"]
        assert row["Không đồng ý"] == str(c.get("disagree", ""))


def test_a_round_still_counting_concludes_nothing(tmp_path: Path) -> None:
    data = congress()
    e = data.election("ubkt")
    data2 = replace(
        data, elections=(replace(e, rounds=(e.rounds[0], replace(e.rounds[1], ballots=e.rounds[1].ballots[:1]))),)
    )
    src = from_file(str(sealed_file(tmp_path, data2)))
    blocks = read_rounds(openpyxl.load_workbook(io.BytesIO(xlsx_bytes(src))))
    block = blocks[("ubkt", 2)]
    assert block["outcome"].startswith("Đang kiểm phiếu: đã kiểm 70 trong số 111")
    assert block["elected"] == [] and all(row[7] is None for row in block["candidates"])
    rows = list(csv.DictReader(io.StringIO(csv_bytes(src).decode("utf-8-sig"))))
    assert all(
        r["Kết quả"] == "" and r["Thứ tự trúng cử"] == ""
        for r in rows
        if r["Mã cuộc bầu"] == "ubkt" and r["Lần bầu"] == "2"
    )


def test_220_names_in_one_sheet(tmp_path: Path) -> None:
    src = from_file(str(sealed_file(tmp_path, big_committee())))
    blocks = read_rounds(openpyxl.load_workbook(io.BytesIO(xlsx_bytes(src))))
    block = blocks[("bch", 1)]
    assert len(block["candidates"]) == 220 and len(block["elected"]) == 180
    assert block["facts"]["Phiếu phát ra"] == 1600


def test_sheet_names_are_valid_unique_and_cut_at_a_word() -> None:
    taken = {SUMMARY_SHEET}
    names = [
        sheet_name("Bầu Ban Chấp hành Đảng bộ xã khóa XXV", taken),
        sheet_name("Bầu Ban Chấp hành Đảng bộ xã khóa XXV", taken),
        sheet_name("Bầu [a]:b*c?d/e\\f", taken),
        sheet_name("", taken),
        sheet_name("tổng hợp", taken),
    ]
    assert names == [
        "Ban Chấp hành Đảng bộ xã khóa",
        "Ban Chấp hành Đảng bộ xã (2)",
        "A b c d e f",
        "Cuộc bầu",
        "Tổng hợp (2)",
    ]
    assert all(len(n) <= 31 for n in names)


def test_from_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app import congress as congress_svc
    from app import rounds
    from app.db import Actor
    from app.transfer import import_data

    data = congress()
    db = tmp_path / "dh.sqlite"
    who = Actor("M1", "Nguyễn Thị Nhập")
    with congress_svc.create(db, data.congress, who, head_pin="123456") as d:
        with d.writing(who) as tx:
            import_data(tx, data, {})
        rounds.finalize(d, who, "bch", 1, "123456")
    out = tmp_path / "kq.xlsx"
    assert main(["results", "--db", str(db), "-o", str(out)]) == 0
    summary = list(openpyxl.load_workbook(out)[SUMMARY_SHEET].iter_rows(values_only=True))
    assert [r[11] for r in summary[5:]] == ["Đã chốt"] + ["Chưa chốt"] * 7


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "Cần chỉ ra đúng một nguồn dữ liệu"),
        (["-o", "kq.txt"], "Tệp ra phải có đuôi .xlsx hoặc .csv"),
        (["-o", "none/kq.xlsx"], "thư mục không tồn tại"),
    ],
)
def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    src = sealed_file(tmp_path)
    argv = (
        ["results"]
        + ([str(src)] if args else [])
        + [a if not a.endswith((".txt", ".xlsx")) else str(tmp_path / a) for a in args]
    )
    if not args:
        argv += ["-o", str(tmp_path / "kq.xlsx")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dh.json"]


def test_a_round_changed_after_finalizing_says_so(tmp_path: Path) -> None:
    path = sealed_file(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace('"ballots_issued": 115', '"ballots_issued": 116', 1))
    src = from_file(str(path))
    summary = list(openpyxl.load_workbook(io.BytesIO(xlsx_bytes(src)))[SUMMARY_SHEET].iter_rows(values_only=True))
    assert summary[5][11] == "Dữ liệu đã thay đổi sau khi chốt"
    rows = list(csv.DictReader(io.StringIO(csv_bytes(src).decode("utf-8-sig"))))
    assert {r["Tình trạng"] for r in rows if r["Mã cuộc bầu"] == "bch"} == {"Dữ liệu đã thay đổi sau khi chốt"}

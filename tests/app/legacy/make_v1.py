"""How `v1-demo.kiemphieu` and `v1-import.kiemphieu` were made: run once with the code of commit e91a0e4
(the last version before the entry log became the record), kept for the record. It no longer runs on
today's code (it uses the removed `Workspace`); the files it made are the fixtures of test_legacy.py.

    git worktree add /tmp/v1 e91a0e4 && cd /tmp/v1 && python tests/app/legacy/make_v1.py OUT_FOLDER
"""
# ruff: noqa
# type: ignore

from __future__ import annotations

import sys
from pathlib import Path

from app.demo import DEMO_PIN, build_demo
from app.fileformat.writer import dumps
from app.importing import import_election_file
from app.workspace import Workspace
from ballot.model import (
    Body,
    Candidate,
    Election,
    InvalidReason,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.rulesets import Parameters


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    demo = out / "v1-demo.kiemphieu"
    ws = build_demo(demo, station="máy-trưởng-ban", operator="Trần Thị Bình")
    ws.set_backup_folder(out / "backups-not-used")
    ws.set_backup_folder(None)
    people = tuple(Candidate(i, n) for i, n in enumerate(["An", "Bình", "Chi", "Dũng", "Em", "Giang"], 1))
    # an election added, changed and removed
    ws.add_election(Election("bo", "Bầu thử bỏ", Body.OTHER, 2, people[:3]))
    ws.update_election(Election("bo", "Bầu thử bỏ (sửa)", Body.OTHER, 2, people[:4]))
    ws.remove_election("bo", "Nhập nhầm")
    # single entry: ballots, a correction, a void, a team's subtotal and its void
    ws.add_election(Election("thu", "Bầu thử", Body.OTHER, 5, people))
    ws.set_round_counts("thu", 1, ballots_issued=30, ballots_collected=30, present=30)
    first = ws.record_ballot("thu", 1, StruckBallot(frozenset({1})))
    ws.record_ballot("thu", 1, StruckBallot(frozenset({2}), count=3))
    ws.record_ballot("thu", 1, RuledInvalidBallot(InvalidReason.MARKED))
    ws.correct_ballot(first, StruckBallot(frozenset({6})), "Nhập nhầm số")
    ws.set_operator("Lê Văn Cường")
    ws.record_ballot("thu", 1, StruckBallot(frozenset({5})))
    ws.undo_last_ballot("thu", 1)
    sub = ws.record_subtotal("thu", 1, Subtotal("Tổ tay", 2, {InvalidReason.NOT_ISSUED: 1}, {1: 1, 2: 1}))
    ws.void_subtotal(sub, "Tổ đếm lại")
    ws.record_subtotal("thu", 1, Subtotal("Tổ tay", 2, {}, {1: 2, 2: 2, 3: 1}))
    # double entry: teams, stacks, a difference the head resolves, a tally sheet, a hand-over merged
    ws.set_entry_mode(2, DEMO_PIN)
    ws.add_team("Tổ 1", ["Lan", "Minh"])
    ws.add_team("Tổ 2", ["Hoa"])
    ws.set_team_members("Tổ 2", ["Hoa", "Khánh"])
    s1 = ws.open_stack("thu", 1, "Tổ 1", 3)
    for op, second in (("Lan", StruckBallot(frozenset({6}))), ("Minh", StruckBallot(frozenset({4})))):
        ws.set_operator(op)
        ws.record_pass_ballot(s1, 1, StruckBallot(frozenset({5})))
        ws.record_pass_ballot(s1, 2, StruckBallot(frozenset({3})))  # re-entered below: superseded
        ws.record_pass_ballot(s1, 2, second)
        ws.record_pass_ballot(s1, 3, RuledInvalidBallot(InvalidReason.WRITE_IN))
        ws.complete_pass(s1)
    ws.set_operator("Trần Thị Bình")
    ws.resolve(s1, 2, 0, DEMO_PIN)
    s2 = ws.open_stack("thu", 1, "Tổ 2", 4, kind="subtotal")
    sheet = Subtotal("Tổ 2", 4, {InvalidReason.NOT_ISSUED: 1}, {1: 3, 2: 2, 4: 3})
    for op in ("Hoa", "Khánh"):
        ws.set_operator(op)
        ws.record_pass_subtotal(s2, sheet)
        ws.complete_pass(s2)
    ws.add_team("Tổ 3", ["Quân", "Sen"])
    s3 = ws.open_stack("thu", 1, "Tổ 3", 2)
    ws.set_operator("Quân")
    for seq, b in enumerate((StruckBallot(frozenset({1})), StruckBallot(frozenset({2}))), 1):
        ws.record_pass_ballot(s3, seq, b)
    ws.complete_pass(s3)
    # Sen enters on a station copy and hands the pass over; Tổ 4 is opened only on the station
    copy = ws.copy_for_station(out / "station-copy.kiemphieu")
    st = Workspace.open(copy, station="máy-2", operator="Sen")
    for seq, b in enumerate((StruckBallot(frozenset({1})), StruckBallot(frozenset({2}))), 1):
        st.record_pass_ballot(s3, seq, b)
    st.complete_pass(s3)
    st.add_team("Tổ 4", ["Tú"])
    st.set_operator("Tú")
    s4 = st.open_stack("thu", 1, "Tổ 4", 1)
    st.record_pass_ballot(s4, 1, StruckBallot(frozenset({3})))
    st.complete_pass(s4)
    st.export_entries(out / "station.kpentries")
    st.close()
    ws.set_operator("Trần Thị Bình")
    ws.merge_entries(out / "station.kpentries")
    # a finalized round reopened with a reason, then the last open round left as is
    ws.reopen_round("dbdk", 1, DEMO_PIN, "Kiểm tra lại số phiếu")
    ws.finalize_round("dbdk", 1, DEMO_PIN)
    ws.set_head_pin("2026", DEMO_PIN)
    ws.set_head_pin(DEMO_PIN, "2026")
    print("demo:", len(ws.log()), "records;", ws.verify().fault)
    text = dumps(ws.data(), ws.seals(), ws.last_hash())
    ws.close()
    (out / "station-copy.kiemphieu").unlink()
    (out / "station.kpentries").unlink()
    src = out / "v1-export.json"
    src.write_text(text, encoding="utf-8")
    imp = import_election_file(src, out / "v1-import.kiemphieu", station="máy-nhập", operator="Bình", head_pin="1357")
    print("import:", len(imp.log()), "records;", imp.verify().fault)
    imp.close()
    src.unlink()
    # the congress's own parameters, set at creation and changed; the congress details changed
    from dataclasses import replace
    from fractions import Fraction

    from app.demo import CONGRESS

    own = Parameters(surplus_cap=Fraction(1, 4), tie_break_needs_majority=True)
    w = Workspace.create(
        out / "v1-params.kiemphieu", CONGRESS, station="s", operator="o", head_pin="1357", parameters=own
    )
    w.set_parameters(replace(own, surplus_rounding="ceil"))
    w.update_congress(replace(CONGRESS, place="Nhà văn hóa xã"))
    w.set_parameters(None)
    w.set_parameters(own)
    print("params:", len(w.log()), "records;", w.verify().fault)
    w.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""The head's PIN: at least 6 digits, a costly hash kept beside the station key, wrong tries counted and slowed."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from app import people
from app.errors import UserError
from app.keys import KeyFault

UID = "5f2c1e9a-0b7d-4c3e-9a41-2d6b8e0f7a13"


def test_the_policy_is_six_digits_or_more() -> None:
    assert people.MIN_PIN == 6
    for pin, code in [("12345", "pin.too_short"), ("12345a", "pin.not_digits"), ("", "pin.not_digits"),
                      ("١٢٣٤٥٦", "pin.not_digits"), ("123456", None), ("0123456789", None)]:  # fmt: skip
        assert people.pin_fault(pin) == code, pin
    with pytest.raises(UserError) as e:
        people.require_pin_policy("2025")
    assert e.value.code == "pin.too_short" and "6" in e.value.message("vi") and "6" in e.value.message("en")


def test_cost_is_raised_above_the_old_one() -> None:
    """The old 2^14 took ~66 ms a try on the committee's laptop; `python -m bench pin` measures today's ≥ 100 ms."""
    assert people.N >= 2**16 and people.R >= 8 and people.P >= 1
    stored = people.hash_pin("246813")
    assert stored.startswith(f"scrypt${people.N}${people.R}${people.P}$") and "246813" not in stored
    assert people.check_pin("246813", stored) and not people.check_pin("246814", stored)
    assert not people.needs_rehash(stored)


def test_an_older_versions_hash_still_checks_and_is_flagged_for_rehash() -> None:
    salt = bytes(range(16))
    digest = hashlib.scrypt(b"2025", salt=salt, n=2**14, r=8, p=1, dklen=32)
    old = f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"
    assert people.check_pin("2025", old) and not people.check_pin("2026", old)
    assert people.needs_rehash(old) and people.needs_rehash("garbage")
    for bad in (None, "", "scrypt$x", "scrypt$16384$8$1$zz$00", old[:-2]):
        assert not people.check_pin("2025", bad)


def test_the_wait_grows_after_five_wrong_tries() -> None:
    assert [people.wait_after(n) for n in range(0, 12)] == [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920]
    assert people.wait_after(12) == people.wait_after(1000) == 3600


def test_wrong_tries_are_counted_persisted_and_slowed(tmp_path: Path) -> None:
    """Five wrong tries are free; the sixth has to wait 30 s — also after the window restarts."""
    assert people.set_head_pin(UID, "246813", folder=tmp_path) is None
    now = 1_000_000.0
    for n in range(1, 5):
        t = people.try_head_pin(UID, "111111", tmp_path, now)
        assert (t.ok, t.failures, t.wait) == (False, n, 0)
        assert t.refusal().code == "pin.wrong"
    fifth = people.try_head_pin(UID, "111111", tmp_path, now)
    assert (fifth.failures, fifth.wait) == (5, 30) and fifth.refusal().code == "pin.wrong_wait"
    state = people.head_state(UID, tmp_path)  # read back from the file, as a restarted window would
    assert state.failures == 5 and state.wait_until == now + 30
    with pytest.raises(UserError) as e:
        people.try_head_pin(UID, "246813", tmp_path, now + 10)  # even the right PIN waits
    assert e.value.code == "pin.wait" and e.value.params["seconds"] == 20
    sixth = people.try_head_pin(UID, "111111", tmp_path, now + 31)
    assert (sixth.failures, sixth.wait) == (6, 60)
    ok = people.try_head_pin(UID, "246813", tmp_path, now + 92)
    assert ok.ok and people.head_state(UID, tmp_path).failures == 0


def test_a_wait_is_capped_even_if_the_clock_jumped(tmp_path: Path) -> None:
    people.set_head_pin(UID, "246813", folder=tmp_path)
    people.store_pin_hash(UID, people.head_state(UID, tmp_path).pin or "", tmp_path)
    state = people.head_state(UID, tmp_path)
    people._save(UID, people.HeadState(state.pin, 9, 10**12), tmp_path)
    with pytest.raises(UserError) as e:
        people.try_head_pin(UID, "246813", tmp_path, 1000.0)
    assert e.value.params["seconds"] <= people.MAX_WAIT


def test_changing_the_pin_needs_the_old_one(tmp_path: Path) -> None:
    assert not people.has_head_pin(UID, tmp_path)
    with pytest.raises(UserError) as e:
        people.try_head_pin(UID, "246813", tmp_path)
    assert e.value.code == "pin.not_set"
    people.set_head_pin(UID, "246813", folder=tmp_path)
    failed = people.set_head_pin(UID, "135791", "000000", tmp_path)
    assert failed is not None and not failed.ok and failed.failures == 1
    assert people.try_head_pin(UID, "246813", tmp_path).ok  # unchanged
    assert people.set_head_pin(UID, "135791", "246813", tmp_path) is None
    assert people.try_head_pin(UID, "135791", tmp_path).ok
    with pytest.raises(UserError):
        people.set_head_pin(UID, "1357", "135791", tmp_path)


def test_an_old_hash_is_upgraded_at_the_next_right_pin(tmp_path: Path) -> None:
    salt = bytes(16)
    old = f"scrypt${2**14}$8$1${salt.hex()}${hashlib.scrypt(b'2025', salt=salt, n=2**14, r=8, p=1, dklen=32).hex()}"
    people.store_pin_hash(UID, old, tmp_path)
    assert people.try_head_pin(UID, "2025", tmp_path).ok
    new = people.head_state(UID, tmp_path).pin
    assert new is not None and new != old and not people.needs_rehash(new) and people.check_pin("2025", new)


def test_the_store_is_private_and_a_damaged_one_is_refused(tmp_path: Path) -> None:
    people.set_head_pin(UID, "246813", folder=tmp_path)
    path = people.head_path(UID, tmp_path)
    assert path == tmp_path / "keys" / f"{UID}.head"
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0
    doc = json.loads(path.read_text())
    assert doc["congress"] == UID and "246813" not in path.read_text()
    for bad in (b"{", json.dumps({**doc, "failures": -1}).encode(), json.dumps({**doc, "congress": "x"}).encode(),
                json.dumps({**doc, "pin": 5}).encode(), b"[]"):  # fmt: skip
        path.write_bytes(bad)
        with pytest.raises(KeyFault) as e:
            people.try_head_pin(UID, "246813", tmp_path)
        assert e.value.code == "pin.store_damaged"
    with pytest.raises(KeyFault):
        people.head_path("../x", tmp_path)


def test_the_command_line_refuses_a_short_pin(
    tmp_path: Path, examples: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kiemphieu pin` and `kiemphieu import` ask for 6 digits, with the code for experts; nothing is changed."""
    from app.cli import main

    db = tmp_path / "c.kiemphieu"
    monkeypatch.setenv("KIEMPHIEU_PIN", "2025")
    assert main(["import", str(examples / "cell-tie.json"), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "Mã PIN cần ít nhất 6 chữ số" in err and "[pin.too_short" in err and not db.exists()
    monkeypatch.delenv("KIEMPHIEU_PIN")
    assert main(["import", str(examples / "cell-tie.json"), "--db", str(db)]) == 0
    monkeypatch.setenv("KIEMPHIEU_PIN", "20252a")
    assert main(["pin", "--db", str(db)]) == 2
    assert "pin.not_digits" in capsys.readouterr().err
    monkeypatch.setenv("KIEMPHIEU_PIN", "202530")
    assert main(["pin", "--db", str(db)]) == 0
    assert "Đã đặt mã PIN" in capsys.readouterr().out

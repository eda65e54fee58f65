"""Updates the translation source from ui/ and builds the shipped .qm files.

.venv/bin/python tools/translations.py          # lupdate (keeps existing translations) + lrelease
.venv/bin/python tools/translations.py --check  # fails when a .qm is not built from its current .ts

Two translations ship: the window's own strings in English (`kiemphieu_en.ts`, collected from ui/), and Qt's own
strings in Vietnamese (`qtbase_vi.ts`: standard buttons, file, message and print dialogs, text fields' menus —
Qt ships no Vietnamese), kept by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kiemphieu_en.ts"
QM = TS.with_suffix(".qm")
QT_TS = ROOT / "resources" / "translations" / "qtbase_vi.ts"
SHIPPED = (TS, QT_TS)


def tool(name: str) -> str:
    """A PySide6 tool from the venv beside the running Python, else from PATH."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def release(ts: Path, qm: Path) -> None:
    """Compiles a .ts into a .qm."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    """Collects the strings of ui/ into the .ts (existing translations kept)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(TS.relative_to(ROOT))],
        check=True,
        cwd=ROOT,
    )


def built_is_current(ts: Path = TS) -> bool:
    """Whether the shipped .qm is what lrelease makes of the .ts."""
    qm = ts.with_suffix(".qm")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.qm"
        release(ts, fresh)
        return qm.is_file() and fresh.read_bytes() == qm.read_bytes()


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = [ts.with_suffix(".qm") for ts in SHIPPED if not built_is_current(ts)]
        for qm in stale:
            print(f"{qm} is stale: run tools/translations.py")
        print("up to date" if not stale else "")
        return 1 if stale else 0
    update()
    for ts in SHIPPED:
        release(ts, ts.with_suffix(".qm"))
        print(f"wrote {ts.with_suffix('.qm')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

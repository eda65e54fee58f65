"""Updates the translation source from ui/ and builds the shipped .qm.

.venv/bin/python tools/translations.py          # lupdate (keeps existing translations) + lrelease
.venv/bin/python tools/translations.py --check  # fails when the .qm is not built from the current .ts
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


def built_is_current() -> bool:
    """Whether the shipped .qm is what lrelease makes of the .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.qm"
        release(TS, fresh)
        return QM.is_file() and fresh.read_bytes() == QM.read_bytes()


def main(argv: list[str]) -> int:
    if "--check" in argv:
        ok = built_is_current()
        print("up to date" if ok else f"{QM} is stale: run tools/translations.py")
        return 0 if ok else 1
    update()
    release(TS, QM)
    print(f"wrote {QM}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

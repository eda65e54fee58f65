"""The minutes of a file at the limits of its texts: printed, or refused with one clear message — never a crash."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.fileformat.fields import Limits
from tests.conftest import EXAMPLES


def _at_limits(kind: str, members: int) -> dict[str, Any]:
    """The direct-secretary example with every printed text as long as the file allows."""
    doc: dict[str, Any] = json.loads((EXAMPLES / "direct-secretary.json").read_text(encoding="utf-8"))

    def long(n: int) -> str:
        return ("Đảng bộ phường " * 200)[:n] if kind == "words" else "Á" * n

    c = doc["congress"]
    for key in ("organization", "title", "place"):
        c[key] = long(Limits.TEXT_CHARS)
    c["term"], c["date"] = long(Limits.NAME_CHARS), long(Limits.NAME_CHARS)
    c["electorate"]["exclusions"][0]["reason"] = long(Limits.TEXT_CHARS)
    c["counting_committee"] = [{"name": long(Limits.NAME_CHARS), "role": "member"} for _ in range(members)]
    for e in doc["elections"]:
        e["title"] = long(Limits.TEXT_CHARS)
        for cand in e["candidates"]:
            cand["name"], cand["note"] = long(Limits.NAME_CHARS), long(Limits.TEXT_CHARS)
    doc["elections"][1]["candidates"][0]["name"] = doc["elections"][0]["candidates"][2]["name"]
    return doc


@pytest.mark.parametrize(("kind", "members"), [("words", 2), ("solid", 2), ("words", 40)])
def test_minutes_of_the_longest_texts_print_or_are_refused_clearly(
    examples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, members: int
) -> None:
    """Names, titles and notes at their limits: PDF and Word minutes and the summary exit 0, or 2 with
    `minutes.does_not_fit` when a table row would be taller than a page (reportlab's LayoutError)."""
    path = tmp_path / "long.json"
    path.write_text(json.dumps(_at_limits(kind, members), ensure_ascii=False), encoding="utf-8")
    for args in (
        ["--election", "bch", "-o", str(tmp_path / "a.pdf")],
        ["--election", "bithu", "-o", str(tmp_path / "a.docx")],
        ["--summary", "-o", str(tmp_path / "s.pdf")],
        ["--summary", "-o", str(tmp_path / "s.docx")],
    ):
        code = main(["minutes", str(path), *args])
        out, err = capsys.readouterr()
        assert code in (0, 2), err
        assert code == 0 or ("[minutes.does_not_fit" in err and not out), err

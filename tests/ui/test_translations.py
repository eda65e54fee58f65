"""The English translation: complete, placeholders kept, and the shipped .qm built from the .ts."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "kiemphieu_en.ts"


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message."""
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            out.append((name, m.findtext("source") or "", m.findtext("translation") or ""))
    return out


def test_every_string_is_translated_with_its_placeholders() -> None:
    found = messages()
    assert len(found) > 200
    for context, source, translation in found:
        assert translation, f"{context}: {source!r} has no English"
        assert sorted(re.findall(r"\{\d\}", source)) == sorted(re.findall(r"\{\d\}", translation)), source


def test_shipped_qm_is_built_from_the_ts() -> None:
    assert _tool().built_is_current(), "run: .venv/bin/python tools/translations.py"  # type: ignore[attr-defined]

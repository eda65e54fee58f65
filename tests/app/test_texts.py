"""The catalogue of texts: both languages have every code with the same parameters; codes become words."""

from __future__ import annotations

import string

import pytest

from app import texts
from app.errors import UserError


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_languages_have_the_same_codes_and_parameters() -> None:
    vi, en = texts.CATALOGUES["vi"], texts.CATALOGUES["en"]
    assert set(vi) == set(en)
    for code in vi:
        assert _fields(vi[code]) == _fields(en[code]), code


def test_a_code_in_each_language_and_an_unknown_code() -> None:
    assert texts.text("internal", lang="en").startswith("The program")
    assert texts.text("internal", lang="vi").startswith("Chương trình")
    assert texts.text("no.such.code", {"n": 1}) == "no.such.code {'n': 1}"


def test_current_language_is_used_when_none_is_given() -> None:
    try:
        texts.set_language("en")
        assert UserError("internal").message().startswith("The program")
    finally:
        texts.set_language("vi")
    with pytest.raises(ValueError):
        texts.set_language("fr")


def test_user_error_line_has_the_code_the_place_and_the_english() -> None:
    err = UserError("internal", {}, "elections[0].seats")
    line = err.user_text()
    assert line.startswith("Chương trình") and "[internal tại elections[0].seats: The program" in line


def test_every_table_verify_can_name_is_said_in_words() -> None:
    """verify names a table as stored and what it holds: every projected table has its words in both languages."""
    from app.record.sql import TABLES
    from app.record.verify import Finding

    for name in TABLES:
        for lang in ("vi", "en"):
            said = Finding("verify.row_extra", table=name, key="id=1").phrase().text(lang)
            assert f"{name} (" in said and f"table.{name}" not in said, said

"""One catalogue of texts per language: every code `app/` raises or records, turned into words.

A code is a stable dotted name (`round.finalized`, `file.not_json`); its parameters fill the braces of the
text. The window, the command line and the minutes take their words from here and nowhere else, so the
English window is English throughout and the command line can print a stable code. `docs/codes.md` lists
every code (kept equal to the catalogues by a test).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from app.texts import en, vi

LANGUAGES = ("vi", "en")
CATALOGUES: Mapping[str, Mapping[str, str]] = {"vi": vi.TEXTS, "en": en.TEXTS}

_language = "vi"


def set_language(lang: str) -> None:
    """The language `text` uses when none is given (the window's language; Vietnamese by default)."""
    global _language
    if lang not in CATALOGUES:
        raise ValueError(f"no catalogue for {lang!r}")
    _language = lang


def language() -> str:
    """The current language code."""
    return _language


class _Params(dict[str, object]):
    """Parameters for `str.format_map`: a missing one shows as its name in braces, never a KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def has(code: str) -> bool:
    """Whether the code is in the catalogues."""
    return code in vi.TEXTS


def text(code: str, params: Mapping[str, object] | None = None, lang: str | None = None) -> str:
    """The words for a code in the given (else the current) language; an unknown code shows as itself."""
    template = CATALOGUES.get(lang or _language, vi.TEXTS).get(code)
    if template is None:
        return code if not params else f"{code} {dict(params)!r}"
    return template.format_map(_Params(params or {}))


@runtime_checkable
class Words(Protocol):
    """Anything that can say itself in a language (a `Phrase`, a rule problem, …)."""

    def text(self, lang: str | None = None) -> str:
        """The words in the given (else the current) language."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """A code and its parameters, turned into words only when shown; a parameter may itself be `Words` (or a
    list of them, joined with the language's separator), so a sentence is built from pieces in any language."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        """The words in the given (else the current) language."""
        return text(self.code, {k: _render(v, lang) for k, v in self.params.items()}, lang)


def _render(value: object, lang: str | None) -> object:
    if isinstance(value, Words):
        return value.text(lang)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Words) for v in value):
        return text("list.separator", None, lang).join(v.text(lang) for v in value)
    return value


def render(code: str, params: Mapping[str, object] | None = None, lang: str | None = None) -> str:
    """`text`, with parameters that are themselves `Words` said in the same language."""
    return Phrase(code, params or {}).text(lang)


@dataclass(frozen=True, slots=True)
class ProblemWords:
    """A rule problem (`ballot.problems.Problem`) said in a language, with its code: '[E102] …'."""

    problem: object

    def text(self, lang: str | None = None) -> str:
        """'[code] description'."""
        p = self.problem
        return f"[{p.code.value}] {p.message(lang or _language)}"  # type: ignore[attr-defined]

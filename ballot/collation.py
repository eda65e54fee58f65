"""Vietnamese alphabetical order of names: by given name, then family name, then middle names (RULES.md §4)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ballot.text import nfc

#: The Vietnamese alphabet; f, j, w, z (foreign names) sit where the Latin alphabet puts them.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

#: Tone marks as combining characters, in the default order: none, grave, hook, tilde, acute, dot below [V].
DEFAULT_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")

_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter


def _letters_and_tones(word: str, tones: Sequence[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    letters: list[int] = []
    tone_seq: list[int] = []
    for ch in nfc(word).lower():
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        tone = ""
        for mark in decomposed[1:]:
            if mark in _LETTER_MARKS:
                base += mark
            else:
                tone = mark
        letter = unicodedata.normalize("NFC", base)
        letters.append(ALPHABET.index(letter) if letter in ALPHABET else len(ALPHABET) + ord(letter))
        tone_seq.append(tones.index(tone) if tone in tones else len(tones))
    return tuple(letters), tuple(tone_seq)


def word_key(word: str, tones: Sequence[str] = DEFAULT_TONES) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Letters first, then tones, as Vietnamese dictionaries order words."""
    return _letters_and_tones(word, tones)


def name_key(full_name: str, tones: Sequence[str] = DEFAULT_TONES) -> tuple[object, ...]:
    """Sort key of a Vietnamese full name: given name (last word), family name (first), middle names."""
    words = nfc(full_name).split(" ")
    given = words[-1]
    family = words[0] if len(words) > 1 else ""
    middle = words[1:-1]
    return (word_key(given, tones), word_key(family, tones), tuple(word_key(w, tones) for w in middle))

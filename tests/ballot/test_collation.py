"""Vietnamese A-B-C order of names on the ballot (RULES.md §4)."""

from __future__ import annotations

from ballot.collation import DEFAULT_TONES, name_key, word_key


def test_given_name_first_then_family_then_middle() -> None:
    """Order by given name (the last word), then family name, then middle names [P]."""
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Lê Anh An"]
    assert sorted(names, key=name_key) == ["Lê Anh An", "Lê Văn An", "Nguyễn Thị An", "Trần Văn Bình"]


def test_vietnamese_letters_follow_the_vietnamese_alphabet() -> None:
    """a ă â b c d đ e ê …: Ă after A, Đ after D, Ư after U, Ơ after Ô."""
    words = ["Đức", "Dũng", "Ân", "Ăn", "An", "Ưng", "Ung", "Ơn", "Ôn", "On"]
    assert sorted(words, key=word_key) == ["An", "Ăn", "Ân", "Dũng", "Đức", "On", "Ôn", "Ơn", "Ung", "Ưng"]


def test_tones_break_ties_after_letters_in_configurable_order() -> None:
    """Letters first, then tones: none, grave, hook, tilde, acute, dot below [V]; the order can be changed."""
    assert sorted(["Á", "Ạ", "A", "À", "Ả", "Ã"], key=word_key) == ["A", "À", "Ả", "Ã", "Á", "Ạ"]
    assert sorted(["Anh", "Ánh", "Ảnh"], key=word_key) == ["Anh", "Ảnh", "Ánh"]
    reordered = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
    assert sorted(["À", "Á"], key=lambda w: word_key(w, reordered)) == ["Á", "À"]
    assert DEFAULT_TONES[0] == ""


def test_decomposed_input_and_foreign_letters_sort_stably() -> None:
    """Decomposed names (from a Mac) sort as their NFC form; letters outside the alphabet go last; one-word names work."""
    assert name_key("Nguye\u0302\u0303n Va\u0306n An") == name_key("Nguyễn Văn An")
    assert word_key("Zô") > word_key("Yên")
    assert word_key("An2") > word_key("Anz")
    assert sorted(["Y Moan", "H'Hen"], key=name_key) == ["H'Hen", "Y Moan"]
    assert name_key("Hùng")[1] == ((), ())
    assert word_key("a", ("",)) < word_key("à", ("",))

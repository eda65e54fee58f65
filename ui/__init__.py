"""Qt widgets and item models only: the desktop program's screens."""

from __future__ import annotations

import ctypes
import sys

#: References added to None, True and False (see `_shield_singletons`).
SHIELD = 1 << 40


def _shield_singletons() -> None:
    """Works around a reference-count fault of PySide6 6.12 under Python 3.11.

    Measured here: each void Qt call (setText, setEnabled, …) and each None a model returns drops one
    reference to None, and each slot call one to True, without ever taking it; the interpreter then aborts
    ("deallocating None") after some thousands of calls — minutes of ballot entry. These singletons are never
    freed, so adding 2⁴⁰ references to each (decades of calls) is harmless. From Python 3.12 they are
    immortal and nothing is done.
    """
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += SHIELD


_shield_singletons()

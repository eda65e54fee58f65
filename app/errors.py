"""Errors people can act on, told apart from bugs; bugs go to a log file, never to the screen."""

from __future__ import annotations

import datetime
import os
import tempfile
import traceback
from collections.abc import Mapping
from pathlib import Path

from app import texts

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT, EXIT_BUG = 0, 1, 2, 3


class UserError(Exception):
    """A fault in what people gave the program: a stable code, its parameters and the place it is about.

    The words come from the catalogue (`app.texts`) in the language asked for. `UserError(code, params,
    path)` is the form to use. The older form `UserError(vi, en)` (two sentences) is still accepted while
    the remaining raise sites are converted; it will go.
    """

    def __init__(self, code: str, params: Mapping[str, object] | str | None = None, path: str = "") -> None:
        if isinstance(params, str) or (params is None and not texts.has(code) and " " in code):
            self._legacy: tuple[str, str] | None = (code, params if isinstance(params, str) else "")
            code, params = "legacy", None
        else:
            self._legacy = None
        self.code = code
        self.params: Mapping[str, object] = dict(params or {})
        self.path = path
        super().__init__(self.en or self.vi)

    def message(self, lang: str | None = None) -> str:
        """The text in the given language (else the current one)."""
        if self._legacy is not None:
            vi, en = self._legacy
            return en if (lang or texts.language()) == "en" and en else vi
        return texts.render(self.code, self.params, lang)

    def text(self, lang: str | None = None) -> str:
        """The words in the given (else the current) language (so an error can be a parameter of a `Phrase`)."""
        return self.message(lang)

    @property
    def vi(self) -> str:
        """The Vietnamese text."""
        return self.message("vi")

    @property
    def en(self) -> str:
        """The English text."""
        return self.message("en")

    def user_text(self) -> str:
        """One line for the command line: the Vietnamese, then the code, the place and the English for experts."""
        if self._legacy is not None:
            vi, en = self._legacy
            return f"{vi} [{en}]" if en else vi
        where = f" tại {self.path}" if self.path else ""
        return f"{self.vi} [{self.code}{where}: {self.en}]"


class Refused(UserError):
    """The action does not fit the data as it stands (a locked round, a wrong PIN, a missing election, …)."""


class InvalidInput(Refused):
    """What was entered cannot be stored as it is."""


def log_dir() -> Path:
    """Where crash logs go: the user's log folder, or the temporary folder if that cannot be made."""
    try:
        from platformdirs import user_log_dir

        d = Path(os.environ.get("KIEMPHIEU_LOG_DIR") or user_log_dir("kiemphieu", appauthor=False))
        d.mkdir(parents=True, exist_ok=True)
        return d
    except Exception:
        return Path(tempfile.gettempdir())


def crash_report(exc: BaseException) -> str:
    """Writes the traceback to a log file and returns the message to show instead."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = log_dir() / f"crash-{stamp}-{os.getpid()}.log"
    try:
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        where = " " + texts.text("crash.saved", {"path": str(path)})
    except OSError:
        where = ""
    return f"{texts.text('internal')}{where} [{type(exc).__name__}]"

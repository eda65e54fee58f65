"""Banners where the eye is: the rules' problems (E…/W…) in words with their code, and whether ballots are still
being counted (then a result is provisional and concludes nothing)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from ballot.problems import Code, Level, Problem
from ballot.tally import BallotCounts
from ui.resources import current_language, ui_font

STYLES = {
    "error": "background: #fde7e9; color: #8b0015; border: 2px solid #b00020; padding: 6px;",
    "warning": "background: #fff4d6; color: #4a2c00; border: 2px solid #b36b00; padding: 6px;",
}


def still_counting(b: BallotCounts, finalized: bool = False) -> bool:
    """Ballots still being counted: fewer counted than collected, or collected not entered yet and the round not
    finalized — the minutes' rule (app.minutes.model): such a result concludes nothing."""
    return b.counted < b.collected or (b.collected == 0 and not finalized)


def standing(problems: Sequence[Problem], b: BallotCounts, finalized: bool = False) -> list[Problem]:
    """The problems to show: while counting, fewer ballots counted than collected is the count in progress (the
    progress banner says it), not a fault; every other problem stands."""
    counting = still_counting(b, finalized)
    return [p for p in problems if not (counting and p.code is Code.E102 and b.counted <= b.collected)]


class ProblemsBanner(QLabel):
    """Each problem on its line: 'LỖI [E102] …' or 'Lưu ý [W101] …'; red when any is an error, amber for warnings
    only, hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_banner")
        self.setWordWrap(True)
        self.setFont(ui_font(12, bold=True))
        self._shown: tuple[str, str] = ("", "")
        self.hide()

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Shows these problems (none: hidden); unchanged text is not set again."""
        lang = current_language()
        lines = []
        for p in problems:
            mark = self.tr("LỖI") if p.level is Level.ERROR else self.tr("Lưu ý")
            lines.append(f"{mark} [{p.code.value}] {p.message(lang)}")
        kind = "error" if any(p.level is Level.ERROR for p in problems) else "warning"
        shown = ("\n".join(lines), kind)
        if shown == self._shown:
            return
        self._shown = shown
        self.setText(shown[0])
        self.setStyleSheet(STYLES[kind])
        self.setVisible(bool(lines))

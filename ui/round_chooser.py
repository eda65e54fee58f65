"""A drop-down of every round of every election: 'Bầu Ban Chấp hành — lần 1'."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from app import reports
from app.db import Database
from ballot.model import ElectionData


def first_open(db: Database, data: ElectionData) -> tuple[str, int] | None:
    """The first round not finalized yet (where the counting is), else None."""
    seals = reports.seals(db)
    return next(((e.id, r.number) for e in data.elections for r in e.rounds if (e.id, r.number) not in seals), None)


class RoundChooser(QComboBox):
    """Chooses one round; keeps the choice across refreshes when it still exists.

    Signals:
        round_chosen(str, int): the election id and round number now chosen.
    """

    round_chosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[tuple[str, int]] = []
        self.setObjectName("round_chooser")
        self.setMinimumContentsLength(40)
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def set_data(self, data: ElectionData, prefer: tuple[str, int] | None = None) -> None:
        """Lists the rounds; keeps the current one, else `prefer`, else the first."""
        keep = prefer or self.current()
        self.blockSignals(True)
        self.clear()
        self._keys = []
        for e in data.elections:
            for r in e.rounds:
                self.addItem(self.tr("{0} — lần {1}").format(e.title or e.id, r.number))
                self._keys.append((e.id, r.number))
        index = self._keys.index(keep) if keep in self._keys else -1
        self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))
        self.blockSignals(False)
        self._on_current_index_changed(self.currentIndex())

    def current(self) -> tuple[str, int] | None:
        """(election id, round number) chosen, or None."""
        index = self.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else None

    def choose(self, election_id: str, round_no: int) -> None:
        """Selects a round."""
        if (election_id, round_no) in self._keys:
            self.setCurrentIndex(self._keys.index((election_id, round_no)))

    @Slot(int)
    def _on_current_index_changed(self, _index: int) -> None:
        chosen = self.current()
        if chosen is not None:
            self.round_chosen.emit(*chosen)

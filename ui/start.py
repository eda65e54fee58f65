"""The start screen: a new congress, an existing one, a recent one, or the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui.resources import ui_font
from ui.settings import recent_files
from ui.stations import ThisStation


class StartPage(QWidget):
    """What to open.

    Signals:
        new_requested(): create a congress.
        open_requested(): choose a database file.
        demo_requested(): open the demo congress.
        recent_chosen(str): open this recent file.
    """

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Kiểm phiếu bầu cử trong Đảng"))
        title.setFont(ui_font(26, bold=True))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(self.tr("Nhập phiếu, tính kết quả theo Quy chế bầu cử, in biên bản kiểm phiếu"))
        subtitle.setFont(ui_font(14))
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("Tạo đại hội mới…"))
        self.new_button.setObjectName("new_congress")
        self.open_button = QPushButton(self.tr("Mở đại hội đã có…"))
        self.open_button.setObjectName("open_congress")
        self.demo_button = QPushButton(self.tr("Mở đại hội mẫu (để tập nhập phiếu)"))
        self.demo_button.setObjectName("open_demo")
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setFont(ui_font(16, bold=True))
            b.setMinimumHeight(56)
        self.recent = QListWidget()
        self.recent.setObjectName("recent_files")
        self.recent.setFont(ui_font(13))
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(subtitle)
        box.addSpacing(24)
        box.addWidget(self.new_button)
        box.addWidget(self.open_button)
        box.addWidget(self.demo_button)
        box.addSpacing(16)
        self.this_station = ThisStation()  # issue 11: this computer's key, and its key file for the head
        box.addWidget(self.this_station)
        box.addSpacing(8)
        box.addWidget(QLabel(self.tr("Mở gần đây (nhấp đúp):")))
        box.addWidget(self.recent, 1)
        holder = QWidget()
        holder.setLayout(box)
        holder.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.addWidget(holder, 1, Qt.AlignmentFlag.AlignHCenter)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent.itemActivated.connect(self._on_recent_item_activated)
        self.refresh()

    def refresh(self) -> None:
        """Re-reads the recent files."""
        self.recent.clear()
        for path in recent_files():
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)

    @Slot(QListWidgetItem)
    def _on_recent_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

"""The keyboard everywhere: Enter presses the focused button (in dialogs and on pages alike), a focus ring
that can be seen from arm's length, and the list of keys shown in the Help menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QToolButton, QWidget

#: The focused control drawn with a thick blue ring; buttons get one box model focused or not (the ring's border
#: is taken from the padding), so a focused button keeps its size and its text is never cut.
FOCUS_STYLE = """
QPushButton, QToolButton {
    border: 1px solid #8a8a8a; border-radius: 4px; padding: 4px 12px;
    background: qlineargradient(x1: 0, y1: 0, x2: 0, y2: 1, stop: 0 #fdfdfd, stop: 1 #e4e4e4);
}
QPushButton:hover, QToolButton:hover { background: #eef4fd; }
QPushButton:pressed, QToolButton:pressed { background: #cfdcf2; }
QPushButton:disabled, QToolButton:disabled { color: #9a9a9a; border-color: #c6c6c6; background: #f1f1f1; }
QPushButton:focus, QToolButton:focus { border: 3px solid #0b57d0; padding: 2px 10px; background: #e8f0fe; outline: none; }
QPushButton:flat { border: none; padding: 5px 13px; background: transparent; }
QPushButton:flat:focus { border: 3px solid #0b57d0; padding: 2px 10px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus {
    border: 2px solid #0b57d0;
}
QListView:focus, QTreeView:focus, QTableView:focus, QListWidget:focus, QTableWidget:focus {
    border: 2px solid #0b57d0;
}
QCheckBox:focus, QRadioButton:focus { background: #e8f0fe; }
QTabBar::tab:focus { background: #e8f0fe; }
"""


class EnterPresses(QObject):
    """Enter (or the keypad's Enter) on a focused push button or tool button clicks it, as Space does: outside
    dialogs Qt gives Enter to no button. (On a check box Enter keeps its meaning in a dialog: the default button.)"""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if not isinstance(watched, QPushButton | QToolButton) or not watched.isEnabled():
            return False
        watched.animateClick()  # a key event reaches a button only when it has the keyboard focus
        return True


class KeyActions(QObject):
    """Keys of one widget handled by callbacks: the filter is a child of the widget it watches, so it outlives
    every event that widget gets (a filter that is the widget's half-destroyed parent, called with the focus-out
    sent while the page is deleted, aborts the program: "pure virtual method called").

    `actions` maps a key (or a standard key sequence such as Undo) to a callback; a handled key goes no further.
    """

    def __init__(self, widget: QWidget, actions: dict[object, Callable[[], object]]) -> None:
        super().__init__(widget)
        self._actions = actions
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        for key, action in self._actions.items():
            hit = event.matches(key) if isinstance(key, QKeySequence.StandardKey) else event.key() == key
            if hit:
                action()
                return True
        return False


def on_enter(widget: QWidget, action: Callable[[], object]) -> KeyActions:
    """Enter (or the keypad's Enter) in this widget runs `action` and goes no further."""
    return KeyActions(widget, {Qt.Key.Key_Return: action, Qt.Key.Key_Enter: action})


_installed: EnterPresses | None = None


def install(app: QApplication) -> None:
    """Enter on focused buttons and the focus ring, once per application."""
    global _installed
    if _installed is not None:
        return
    _installed = EnterPresses(app)
    app.installEventFilter(_installed)
    app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)


def shortcuts_text() -> str:
    """The list of keys, in the window's language (Help → Phím tắt)."""
    lines = [
        QCoreApplication.translate("keys", "Cả chương trình"),
        QCoreApplication.translate("keys", "  Alt+1 … Alt+6: chuyển sang trang 1 … 6"),
        QCoreApplication.translate(
            "keys", "  Tab / Shift+Tab: sang ô, nút kế tiếp / trước; Enter hoặc Space: bấm nút đang chọn (viền xanh)"
        ),
        QCoreApplication.translate("keys", "  Ctrl+O: mở đại hội · Ctrl+Q: thoát · Esc: đóng hộp thoại"),
        QCoreApplication.translate("keys", "  Ctrl+Shift+N: đổi người nhập phiếu"),
        "",
        QCoreApplication.translate("keys", "Trang 3. Nhập phiếu"),
        QCoreApplication.translate(
            "keys", "  3 7 12 Enter: gạch các tên số 3, 7, 12 (cách nhau bằng dấu cách, dấu chấm hoặc dấu phẩy)"
        ),
        QCoreApplication.translate(
            "keys", "  0: không gạch tên nào · +3 7: gõ các tên ĐƯỢC GIỮ cho phiếu này · F2: đổi hẳn cách gõ"
        ),
        QCoreApplication.translate(
            "keys", "  Phiếu đồng ý/không đồng ý: mỗi dòng một phím 1 đồng ý, 2 không đồng ý, 0 bỏ trống, 3 cả hai ô; "
        ),
        QCoreApplication.translate("keys", "    + : các dòng còn lại đồng ý"),
        QCoreApplication.translate(
            "keys", "  /1 không do Ban kiểm phiếu phát ra · /2 ghi thêm tên · /3 có dấu hiệu riêng"
        ),
        QCoreApplication.translate(
            "keys", "  *5 ở cuối: 5 phiếu giống nhau (nhiều phiếu quá ngưỡng cần Enter lần nữa)"
        ),
        QCoreApplication.translate("keys", "  Phiếu không hợp lệ (dòng hiện màu đỏ): Enter lần nữa để lưu"),
        QCoreApplication.translate(
            "keys", "  Esc: xóa dòng · Ctrl+Z: lấy lại phiếu vừa lưu (hỏi trước, nói rõ phiếu nào)"
        ),
        QCoreApplication.translate("keys", "  Ctrl+L: danh sách phiếu đã nhập (hủy hoặc sửa một phiếu, có lý do)"),
        "",
        QCoreApplication.translate("keys", "Nhập tập phiếu độc lập (trang 6)"),
        QCoreApplication.translate(
            "keys", "  Gõ như trang 3, mỗi phiếu một dòng · Ctrl+Z: quay lại phiếu trước để gõ lại"
        ),
        QCoreApplication.translate("keys", "  Màn hình chiếu: F11 toàn màn hình, ← → lần bầu trước, sau"),
    ]
    return "\n".join(lines)

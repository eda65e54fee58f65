"""The online warning: counting computers are expected to be offline (or on the congress's own LAN with a shared
PostgreSQL server). While this computer reports a network connection, a banner says so; each change is recorded
in the log (`app.room.network_seen`).

Detected locally with Qt's `QNetworkInformation` (reachability, from the operating system's own view of its
connections): nothing is contacted. Where no backend is available, nothing is said rather than guessed.

Signals of NetworkWatch: changed(object) — the new NetworkState, or None when unknown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QLabel, QWidget

from app.record.events import NetworkState
from ui.resources import ui_font

REACHABILITY = {
    QNetworkInformation.Reachability.Disconnected: NetworkState.DISCONNECTED,
    QNetworkInformation.Reachability.Local: NetworkState.LOCAL,
    QNetworkInformation.Reachability.Site: NetworkState.SITE,
    QNetworkInformation.Reachability.Online: NetworkState.ONLINE,
}
STYLES = {
    "warning": "background: #fde7e9; color: #8b0015; border: 2px solid #b00020; padding: 6px;",
    "lan": "background: #e3edf9; color: #0d2b55; border: 1px solid #4a78b5; padding: 4px;",
}


def backend() -> Any:
    """Qt's network information with a reachability backend, or None where the platform offers none."""
    if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
        return None
    return QNetworkInformation.instance()


class NetworkWatch(QObject):
    """The computer's reachability as a NetworkState (None: unknown), and its changes."""

    changed = Signal(object)

    def __init__(self, source: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._state = None if source is None else REACHABILITY.get(source.reachability())
        if source is not None:
            source.reachabilityChanged.connect(self._on_source_reachability_changed)

    def state(self) -> NetworkState | None:
        """The state now (None when unknown)."""
        return self._state

    @Slot(object)
    def _on_source_reachability_changed(self, reachability: object) -> None:
        state = REACHABILITY.get(reachability)  # type: ignore[call-overload]
        if state is not self._state:
            self._state = state
            self.changed.emit(state)


class NetworkBanner(QLabel):
    """'This computer is on a network': red when a standalone counting computer is online, a quiet note on the
    congress's LAN (a shared server), hidden offline or when unknown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_banner")
        self.setWordWrap(True)
        self.setFont(ui_font(12, bold=True))
        self.hide()

    def show_state(self, state: NetworkState | None, shared_server: bool) -> None:
        """Shows what the state means for this kind of database."""
        text, style = "", "warning"
        if shared_server and state is NetworkState.SITE:
            text, style = (
                self.tr("Máy nối mạng LAN để dùng chung máy chủ dữ liệu — đúng như dự kiến. Không nối Internet."),
                "lan",
            )
        elif shared_server and state is NetworkState.ONLINE:
            text = self.tr(
                "MÁY ĐANG NỐI INTERNET. Khi dùng chung máy chủ dữ liệu, chỉ nối mạng LAN của Đại hội; "
                "hãy ngắt đường ra Internet. Việc nối mạng được ghi vào nhật ký."
            )
        elif state in (NetworkState.SITE, NetworkState.ONLINE):
            text = self.tr(
                "MÁY NÀY ĐANG NỐI MẠNG ({0}). Máy kiểm phiếu không nên nối mạng: rút cáp mạng, tắt Wi-Fi. "
                "Việc nối mạng được ghi vào nhật ký."
            ).format(self.tr("có Internet") if state is NetworkState.ONLINE else self.tr("mạng nội bộ"))
        self.setText(text)
        self.setStyleSheet(STYLES[style])
        self.setVisible(bool(text))

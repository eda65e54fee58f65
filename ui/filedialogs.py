"""Every file dialog of the window, from one factory that never reads a listed file.

Qt's own widget dialog guesses each listed file's type by reading its first bytes (`QFileSystemModel` →
`QFileInfoGatherer` → `QAbstractFileIconProvider::icon/type` → `QMimeDatabase::mimeTypeForFile` →
`QFile::open`/`close`). On Linux and macOS, closing *any* descriptor of a file releases *all* of the
process's POSIX locks on it — so showing the folder of the open congress silently dropped SQLite's locks on
the database and its `-shm`, and the next program to open and close the file deleted the journal the window
was still writing into (issue 9: 7 of 12 confirmed ballots lost). Here every dialog:

- is Qt's widget dialog (not the platform's, which may read files too; on Windows, where locks belong to a
  handle and are not lost this way, the native dialog is kept) with `NameOnlyIcons`: icons and type names
  from the name alone, so a listed file is only ever `stat`-ed;
- starts in the last folder people chose (kept in the settings), else their Documents folder — never Qt's
  "last visited" folder, which after creating a congress was the database's own;
- refuses a chosen path that is the open database or one of its side files (`-wal`, `-shm`, `.lock`): the
  window's process must not open it by any other means than SQLite.

The print dialog has the same trap: Qt's Unix print dialog builds a file-name completer over a
`QFileSystemModel` rooted at the home folder, which sniffs every file there as soon as it is shown, and its
"print to file" button opens a plain static file dialog. `print_dialog` gives its models the same icons and
leaves out "print to file" (the minutes are saved as PDF with the factory's save dialog instead).

Tests drive a dialog through `before_exec` (called with the dialog just before it runs).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QFileSystemModel, QStyle, QWidget

from app.errors import UserError
from app.storage import lockfile
from ui import settings

# The platform's own dialog is safe only where closing a descriptor does not drop another's locks.
NATIVE = sys.platform == "win32"
LAST_FOLDER = "dialogs/last_folder"

# Called with each dialog just before it runs (tests accept or cancel it from there).
before_exec: Callable[[QFileDialog], None] | None = None


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from a file's name alone: it never opens a listed file (Qt's default does)."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)
        style = QApplication.style()
        pix = QStyle.StandardPixmap
        kinds = QAbstractFileIconProvider.IconType
        # made here, in the window's thread: the gatherer thread only hands out these shared copies
        self._icons = {
            kinds.Computer: style.standardIcon(pix.SP_ComputerIcon),
            kinds.Desktop: style.standardIcon(pix.SP_DesktopIcon),
            kinds.Trashcan: style.standardIcon(pix.SP_TrashIcon),
            kinds.Network: style.standardIcon(pix.SP_DriveNetIcon),
            kinds.Drive: style.standardIcon(pix.SP_DriveHDIcon),
            kinds.Folder: style.standardIcon(pix.SP_DirIcon),
            kinds.File: style.standardIcon(pix.SP_FileIcon),
        }
        self._folder = QCoreApplication.translate("filedialogs", "Thư mục")
        self._types = {
            "kiemphieu": QCoreApplication.translate("filedialogs", "Dữ liệu kiểm phiếu"),
            "kpentries": QCoreApplication.translate("filedialogs", "Tệp bàn giao phiếu"),
            "json": QCoreApplication.translate("filedialogs", "Tệp bầu cử (JSON)"),
            "xlsx": QCoreApplication.translate("filedialogs", "Bảng tính Excel"),
            "csv": QCoreApplication.translate("filedialogs", "Bảng CSV"),
            "pdf": "PDF",
            "docx": "Word",
        }
        self._other = QCoreApplication.translate("filedialogs", "Tệp")

    def icon(self, what: object) -> QIcon:
        """The icon of a kind (drive, folder, …) or of a file, by whether it is a folder."""
        kinds = QAbstractFileIconProvider.IconType
        if isinstance(what, QFileInfo):
            return self._icons[kinds.Folder if what.isDir() else kinds.File]
        if isinstance(what, QAbstractFileIconProvider.IconType):
            return self._icons.get(what, self._icons[kinds.File])
        return self._icons[kinds.File]

    def type(self, info: QFileInfo) -> str:
        """The type column: from the suffix (names only)."""
        if info.isDir():
            return self._folder
        return self._types.get(info.suffix().lower(), self._other)


_icons: NameOnlyIcons | None = None


def icon_provider() -> NameOnlyIcons:
    """The one provider every dialog uses (a dialog does not own its provider: it must outlive them)."""
    global _icons
    if _icons is None:
        _icons = NameOnlyIcons()
    return _icons


def start_folder() -> Path:
    """The last folder people chose, else their Documents folder, else their home."""
    last = str(settings.settings().value(LAST_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def remember(folder: Path) -> None:
    """The folder the next dialog starts in."""
    settings.settings().setValue(LAST_FOLDER, str(folder))


def make_dialog(parent: QWidget | None, title: str, filters: str = "", name: str = "") -> QFileDialog:
    """A file dialog that never reads the files it lists, in the start folder (a suggested name selected)."""
    folder = start_folder()
    if name and Path(name).is_absolute():
        folder, name = Path(name).parent, Path(name).name
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setObjectName("file_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not NATIVE)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(icon_provider())
    if name:
        dialog.selectFile(name)
    return dialog


def _run(dialog: QFileDialog, parent: QWidget | None) -> tuple[str, str]:
    """(the path chosen, the name filter it was chosen under); ("", "") when cancelled or refused."""
    if before_exec is not None:
        before_exec(dialog)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selectedFiles() if accepted else []
    name_filter = dialog.selectedNameFilter()
    dialog.deleteLater()
    if not chosen:
        return "", ""
    path = Path(chosen[0])
    remember(path if dialog.fileMode() == QFileDialog.FileMode.Directory else path.parent)
    if dialog.fileMode() != QFileDialog.FileMode.Directory and lockfile.held_here(path):
        from ui.errors import show_error

        show_error(parent, UserError("storage.in_use", {"path": str(path)}))
        return "", ""
    return str(path), name_filter


def open_file(parent: QWidget | None, title: str, filters: str = "") -> str:
    """An existing file to read; "" when cancelled (or when it is the open congress's own data)."""
    dialog = make_dialog(parent, title, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog, parent)[0]


def save_file(parent: QWidget | None, title: str, name: str = "", filters: str = "") -> str:
    """Where to write a new file (a suggested name, or a full path); "" when cancelled or refused."""
    return save_file_as(parent, title, name, filters)[0]


def save_file_as(parent: QWidget | None, title: str, name: str = "", filters: str = "") -> tuple[str, str]:
    """Where to write a new file and the name filter chosen (e.g. "CSV (*.csv)"); ("", "") when cancelled."""
    dialog = make_dialog(parent, title, filters, name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _run(dialog, parent)


def folder(parent: QWidget | None, title: str, start: str | Path | None = None) -> str:
    """A folder; "" when cancelled."""
    dialog = make_dialog(parent, title)
    if start and Path(start).is_dir():
        dialog.setDirectory(str(start))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog, parent)[0]


def print_dialog(printer: QPrinter, parent: QWidget | None) -> QPrintDialog:
    """Qt's print dialog, made safe: no "print to file", and its file models never read a listed file."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    # set before the event loop runs again: the models' first results are handled there, with these icons
    for model in dialog.findChildren(QFileSystemModel):
        model.setIconProvider(icon_provider())
    return dialog

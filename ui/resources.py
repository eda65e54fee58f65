"""Bundled fonts and translations, found with importlib.resources."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

UI_FAMILY = "Liberation Sans"
BASE_POINT_SIZE = 12
LANGUAGES = ("vi", "en")

_translator: QTranslator | None = None
_qt_translator: QTranslator | None = None


def resource_dir(name: str) -> Path:
    """A folder of the `resources` package (fonts, translations, icons)."""
    return Path(str(resources.files("resources"))) / name


def load_fonts() -> list[str]:
    """Registers every bundled font file with Qt (without one Qt shows blank text offscreen); returns families."""
    families: list[str] = []
    for path in sorted(resource_dir("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ui_font(point_size: int = BASE_POINT_SIZE, bold: bool = False) -> QFont:
    """The interface font: bundled Liberation Sans, large enough to read at arm's length."""
    font = QFont(UI_FAMILY, point_size)
    font.setBold(bold)
    return font


def qm_path(language: str) -> Path:
    """The compiled translation for a language (Vietnamese is the source language: none)."""
    return resource_dir("translations") / f"kiemphieu_{language}.qm"


def qt_qm_path(language: str) -> Path:
    """The project's own translation of Qt's strings (Qt ships no Vietnamese)."""
    return resource_dir("translations") / f"qtbase_{language}.qm"


def install_language(language: str) -> str:
    """Installs the translator for `language` ('vi' or 'en'); returns the language in force. In Vietnamese, Qt's
    own strings (standard buttons, file and message dialogs, the menus of text fields) are translated too."""
    global _translator, _qt_translator
    from app import texts

    app = QCoreApplication.instance()
    assert app is not None
    for installed in (_translator, _qt_translator):
        if installed is not None:
            QCoreApplication.removeTranslator(installed)
    _translator = _qt_translator = None
    if language == "en":
        translator = QTranslator(app)
        if translator.load(str(qm_path("en"))):
            QCoreApplication.installTranslator(translator)
            _translator = translator
            QLocale.setDefault(QLocale(QLocale.Language.English))
            texts.set_language("en")
            return "en"
    qt = QTranslator(app)
    if qt.load(str(qt_qm_path("vi"))):
        QCoreApplication.installTranslator(qt)
        _qt_translator = qt
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    texts.set_language("vi")
    return "vi"


def current_language() -> str:
    """'en' when the English translator is installed, else 'vi'."""
    return "en" if _translator is not None else "vi"

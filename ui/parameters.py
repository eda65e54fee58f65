"""The congress's own rule parameters (RULES.md §1, 190 Art. 1): shown beside the rule set's defaults, recorded."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ballot.rulesets import Parameters

ROUNDINGS = ("floor", "half_up", "ceil")


def _percent(share: Fraction) -> float:
    return float(share * 100)


def _share(percent: float) -> Fraction:
    """A percentage typed with two decimals as an exact fraction."""
    return Fraction(round(percent * 100), 10_000)


def _percent_text(share: Fraction) -> str:
    return f"{_percent(share):.2f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


class ParametersBox(QGroupBox):
    """The parameters of ballot.rulesets.Parameters a congress may change; each with the rule set's default.

    Signals:
        parameters_saved(object): Parameters as set, or None when they equal the rule set's defaults.
    """

    parameters_saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quy chế do Đại hội thông qua"), parent)
        self.setObjectName("parameters_box")
        self._defaults = Parameters()
        self._shown = Parameters()
        self.surplus_cap = QDoubleSpinBox()
        self.surplus_cap.setObjectName("surplus_cap")
        self.surplus_cap.setRange(0, 100)
        self.surplus_cap.setDecimals(2)
        self.surplus_cap.setSuffix(" %")
        self.rounding = QComboBox()
        self.rounding.setObjectName("surplus_rounding")
        self.rounding.addItem(self.tr("làm tròn xuống"), "floor")
        self.rounding.addItem(self.tr("làm tròn gần nhất (từ 0,5 lên)"), "half_up")
        self.rounding.addItem(self.tr("làm tròn lên"), "ceil")
        self.small_body_cap = QSpinBox()
        self.small_body_cap.setObjectName("small_body_cap")
        self.small_body_cap.setRange(0, 99)
        self.opinion = QDoubleSpinBox()
        self.opinion.setObjectName("opinion_threshold")
        self.opinion.setRange(0, 100)
        self.opinion.setDecimals(2)
        self.opinion.setSuffix(" %")
        self.tie_majority = QCheckBox(self.tr("Bầu lại giữa người bằng phiếu cũng phải quá một nửa"))
        self.tie_majority.setObjectName("tie_break_needs_majority")
        self.hints: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("surplus_cap", self.tr("Số dư tối đa (so với số cần bầu)"), self.surplus_cap),
            ("rounding", self.tr("Cách làm tròn số dư"), self.rounding),
            ("small_body", self.tr("Số dư tối đa khi cơ quan nhỏ"), self.small_body_cap),
            ("opinion", self.tr("Người được giới thiệu thêm cần quá"), self.opinion),
        ):
            hint = QLabel()
            hint.setObjectName(f"default_{key}")
            self.hints[key] = hint
            row = QHBoxLayout()
            row.addWidget(widget)
            row.addWidget(hint, 1)
            form.addRow(label, row)
        self.tie_hint = QLabel()
        self.tie_hint.setObjectName("default_tie")
        form.addRow(self.tie_majority)
        form.addRow(self.tie_hint)
        self.status = QLabel()
        self.status.setObjectName("parameters_status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Lưu quy chế của Đại hội"))
        self.save_button.setObjectName("save_parameters")
        self.defaults_button = QPushButton(self.tr("Dùng mặc định của quy chế"))
        self.defaults_button.setObjectName("default_parameters")
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)

    def set_parameters(self, defaults: Parameters, own: Parameters | None, ruleset_name: str) -> None:
        """Shows the congress's own parameters (or the defaults) with each default beside it."""
        self._defaults = defaults
        self._show(own or defaults)
        low, high = defaults.small_body_seats
        self.hints["surplus_cap"].setText(self.tr("mặc định {0}").format(_percent_text(defaults.surplus_cap)))
        self.hints["rounding"].setText(
            self.tr("mặc định: {0}").format(self.rounding.itemText(ROUNDINGS.index(defaults.surplus_rounding)))
        )
        self.hints["small_body"].setText(
            self.tr("cơ quan {0}–{1} người; mặc định {2}").format(low, high, defaults.small_body_cap)
        )
        self.hints["opinion"].setText(
            self.tr("số đại biểu có mặt tán thành; mặc định {0}").format(_percent_text(defaults.opinion_threshold))
        )
        self.tie_hint.setText(
            self.tr("Mặc định: {0}").format(self.tr("có") if defaults.tie_break_needs_majority else self.tr("không"))
        )
        if own is None or own == defaults:
            self.status.setText(self.tr("Đang dùng đúng các con số của {0}.").format(ruleset_name))
        else:
            self.status.setText(
                self.tr("Đại hội đã thông qua quy chế riêng (khác {0}); ghi vào biên bản.").format(ruleset_name)
            )

    def _show(self, p: Parameters) -> None:
        self._shown = p
        self.surplus_cap.setValue(_percent(p.surplus_cap))
        self.rounding.setCurrentIndex(ROUNDINGS.index(p.surplus_rounding))
        self.small_body_cap.setValue(p.small_body_cap)
        self.opinion.setValue(_percent(p.opinion_threshold))
        self.tie_majority.setChecked(p.tie_break_needs_majority)

    def parameters(self) -> Parameters | None:
        """The parameters as set; None when they are the rule set's defaults."""
        p = replace(
            self._shown,
            surplus_cap=_share(self.surplus_cap.value()),
            surplus_rounding=self.rounding.currentData(),
            small_body_cap=self.small_body_cap.value(),
            opinion_threshold=_share(self.opinion.value()),
            tie_break_needs_majority=self.tie_majority.isChecked(),
        )
        return None if p == self._defaults else p

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.parameters_saved.emit(self.parameters())

    @Slot()
    def _on_defaults_button_clicked(self) -> None:
        self._show(self._defaults)
        self.parameters_saved.emit(None)

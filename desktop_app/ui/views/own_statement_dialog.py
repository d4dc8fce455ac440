"""The form for one of the team's own statements: text, five levels, category, barrier,
weight and one measure with its trigger, checked as it is typed and previewed as the
walk-through will show it. The rules are :func:`desktop_app.domain.own.check_statement`'s."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.answers import MAX_LEVEL
from desktop_app.domain.labels import label
from desktop_app.domain.model import BarrierType, Category, ConditionKind, Text
from desktop_app.domain.own import (
    LEVEL_TEXT,
    MEASURE_TEXT,
    MEASURE_TITLE,
    STATEMENT_TEXT,
    WEIGHTS,
    OwnMeasure,
    OwnStatement,
    check_statement,
    describe,
    measure_id,
)


class OwnStatementDialog(QDialog):
    def __init__(self, lang: str, statement_id: str, guideline_ids: set[str],
                 taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._id = statement_id
        self._guideline_ids = guideline_ids
        self._taken = taken
        self.setMinimumWidth(760)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.text_de = QLineEdit(self)
        self.text_de.setMaxLength(STATEMENT_TEXT)
        self.text_en = QLineEdit(self)
        self.text_en.setMaxLength(STATEMENT_TEXT)
        self.category = QComboBox(self)
        for c in Category:
            self.category.addItem(label(c, lang), c.value)
        self.barrier = QComboBox(self)
        self.barrier.addItem("–", "")
        for b in BarrierType:
            self.barrier.addItem(label(b, lang), b.value)
        self.weight = QComboBox(self)
        for w in WEIGHTS:
            self.weight.addItem(f"{w:g}".replace(".", "," if lang == "de" else "."), w)
        self.labels: dict[str, QLabel] = {}
        rows: tuple[tuple[str, QWidget], ...] = (
            ("text_de", self.text_de), ("text_en", self.text_en), ("category", self.category),
            ("barrier", self.barrier), ("weight", self.weight))
        for key, widget in rows:
            self.labels[key] = QLabel(self)
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        self.levels: list[QLineEdit] = []
        for level in range(MAX_LEVEL + 1):
            edit = QLineEdit(self)
            edit.setMaxLength(LEVEL_TEXT)
            self.levels.append(edit)
            self.labels[f"level{level}"] = QLabel(self)
            self.labels[f"level{level}"].setBuddy(edit)
            form.addRow(self.labels[f"level{level}"], edit)
        left.addLayout(form)
        self.measure_box = QGroupBox(self)
        mform = QFormLayout(self.measure_box)
        self.measure_title = QLineEdit(self.measure_box)
        self.measure_title.setMaxLength(MEASURE_TITLE)
        self.measure_text = QLineEdit(self.measure_box)
        self.measure_text.setMaxLength(MEASURE_TEXT)
        self.trigger = QComboBox(self.measure_box)
        self.trigger.addItem("", ConditionKind.AT_MOST.value)
        self.trigger.addItem("", ConditionKind.GAP_AT_LEAST.value)
        self.trigger_value = QSpinBox(self.measure_box)
        self.trigger_value.setRange(0, MAX_LEVEL)
        self.trigger_value.setValue(1)
        measure_rows: tuple[tuple[str, QWidget], ...] = (
            ("m_title", self.measure_title), ("m_text", self.measure_text),
            ("trigger", self.trigger), ("value", self.trigger_value))
        for key, widget in measure_rows:
            self.labels[key] = QLabel(self.measure_box)
            self.labels[key].setBuddy(widget)
            mform.addRow(self.labels[key], widget)
        left.addWidget(self.measure_box)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setObjectName("formProblems")
        left.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        left.addWidget(self.buttons)
        right = QVBoxLayout()
        outer.addLayout(right, 2)
        self.preview_title = QLabel(self)
        right.addWidget(self.preview_title)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.setObjectName("ownPreview")
        right.addWidget(self.preview, 1)
        for edit in (self.text_de, self.text_en, *self.levels, self.measure_title,
                     self.measure_text):
            edit.textChanged.connect(self._update)
        for combo in (self.category, self.barrier, self.weight, self.trigger):
            combo.currentIndexChanged.connect(self._update)
        self.trigger_value.valueChanged.connect(self._update)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Eigene Aussage {id}").format(id=self._id))
        names = {
            "text_de": self.tr("&Aussage (deutsch):"),
            "text_en": self.tr("Aussage (&englisch, optional):"),
            "category": self.tr("&Kategorie:"),
            "barrier": self.tr("&Barriere:"),
            "weight": self.tr("&Gewicht:"),
            "m_title": self.tr("&Titel der Maßnahme (optional):"),
            "m_text": self.tr("Be&schreibung:"),
            "trigger": self.tr("Aus&löser:"),
            "value": self.tr("St&ufe:"),
        }
        for level in range(MAX_LEVEL + 1):
            names[f"level{level}"] = self.tr("Stufe &{n}:").format(n=level)
        for key, text in names.items():
            self.labels[key].setText(text)
        self.measure_box.setTitle(self.tr("Maßnahme, die das Team vorschlägt"))
        self.trigger.setItemText(0, self.tr("wenn die Stufe höchstens … ist"))
        self.trigger.setItemText(1, self.tr("wenn der Abstand zum Ziel mindestens … ist"))
        self.preview_title.setText(self.tr("Vorschau im Durchgang"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def statement(self) -> OwnStatement:
        """What the form says, checked or not."""
        measures: tuple[OwnMeasure, ...] = ()
        if self.measure_title.text().strip():
            measures = (OwnMeasure(
                measure_id(self._id, 1), Text(self.measure_title.text().strip()),
                Text(self.measure_text.text().strip()), Category(self.category.currentData()),
                ConditionKind(self.trigger.currentData()), self.trigger_value.value()),)
        barrier = self.barrier.currentData()
        return OwnStatement(
            id=self._id,
            text=Text(self.text_de.text().strip(), self.text_en.text().strip()),
            levels=tuple(Text(e.text().strip()) for e in self.levels),
            category=Category(self.category.currentData()),
            barrier=BarrierType(barrier) if barrier else None,
            weight=float(self.weight.currentData()),
            measures=measures,
        )

    def problem_lines(self) -> list[str]:
        problems = check_statement(self.statement(), self._guideline_ids, self._taken)
        return [describe(p, self._lang) for p in problems]

    @Slot()
    def _update(self) -> None:
        st = self.statement()
        lines = [f"{st.id}  {st.text.get(self._lang) or '…'}", ""]
        lines += [f"{n}  {t.get(self._lang) or '…'}" for n, t in enumerate(st.levels)]
        if st.measures:
            m = st.measures[0]
            lines += ["", f"→ {m.title.get(self._lang)}"]
        self.preview.setText("\n".join(lines))
        problems = self.problem_lines()
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def set_statement(self, st: OwnStatement) -> None:
        """Fill the form to change an existing statement."""
        self.text_de.setText(st.text.de)
        self.text_en.setText(st.text.en)
        self.category.setCurrentIndex(max(0, self.category.findData(st.category.value)))
        self.barrier.setCurrentIndex(max(0, self.barrier.findData(
            st.barrier.value if st.barrier else "")))
        self.weight.setCurrentIndex(max(0, self.weight.findData(st.weight)))
        for edit, text in zip(self.levels, st.levels, strict=False):
            edit.setText(text.de)
        if st.measures:
            m = st.measures[0]
            self.measure_title.setText(m.title.de)
            self.measure_text.setText(m.text.de)
            self.trigger.setCurrentIndex(max(0, self.trigger.findData(m.trigger.value)))
            self.trigger_value.setValue(m.value)

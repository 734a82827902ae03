"""The form for one figure: every field of the pack format, prefilled (from the drafter's reading of a
selection, or from the figure being edited). It only collects values; the session applies them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QLabel,
                               QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget)

from ...model.format import QUALIFIER_EN
from ...model.schema import FIGURE_TYPES, PERIOD_KINDS, PLAN_WORDS, PRECISION_MARKERS
from .strings import tr

TYPES = FIGURE_TYPES
PLANS = ("",) + PLAN_WORDS
DIRECTIONS = ("", "up", "down", "flat", "above", "below")
#: The directions each kind takes (a change rises, falls or stays flat; a margin is above or below).
KIND_DIRECTIONS = {"change": ("", "up", "down", "flat"), "margin": ("above", "below")}
#: {zh, en} pairs of the form, by pack key, and the kinds that have each.
PAIRS = {"among": ("rank",), "than": ("margin",), "to": ("contribution",), "per": ("quantity",), "base": ("change",)}
#: The fields only some kinds have (the pack format's, model/schema.py); the form shows them for those kinds only.
KIND_FIELDS = {"from": ("quantity", "share"), "unit": ("quantity", "share", "change", "margin", "contribution"),
               "unit_en": ("quantity", "change", "margin"), "direction": tuple(KIND_DIRECTIONS),
               "word": ("change", "margin", "contribution"), "tied": ("rank",),
               "qualifier": tuple(t for t in FIGURE_TYPES if t != "rank"),
               **{f"{key}_{lang}": kinds for key, kinds in PAIRS.items() for lang in ("zh", "en")}}
SCREEN_SHARE = 0.85  # the form is never taller than this share of its screen: the rest scrolls
PERIODS = PERIOD_KINDS
#: Kinds whose value is a whole number (a year, or N of 过去N年); the others are texts such as 2024-Q1.
WHOLE_NUMBER_PERIODS = ("year", "this_year", "past_years", "year_end")
#: What each kind's value looks like, shown in the empty value field.
PERIOD_EXAMPLES = {"year": "2024", "this_year": "2024", "month": "2024-03", "date": "2024-03-18", "as_of": "2024-03",
                   "past_years": "3", "quarter": "2024-Q1", "half": "2024-H1", "months": "2024-01/2024-09",
                   "year_end": "2024", "current": ""}


class FigureForm(QDialog):
    def __init__(self, parent, fields: dict, *, lang: str, sections: list[str], groups: list[str],
                 scopes: list[str], editing: bool, names: dict[str, str] | None = None, series_hint: str = ""):
        super().__init__(parent)
        self.setObjectName("figure-form")
        self.setWindowTitle(tr("form_edit" if editing else "form_add", lang))
        self.original = dict(fields)
        self.form = form = QFormLayout()
        self.widgets: dict[str, object] = {}

        def line(key: str, text) -> QLineEdit:
            w = QLineEdit("" if text is None else str(text))
            w.setObjectName(f"field-{key}")
            form.addRow(tr(key, lang), w)
            self.widgets[key] = w
            return w

        def combo(key: str, choices, current, names: dict | None = None) -> QComboBox:
            w = QComboBox()
            w.setObjectName(f"field-{key}")
            for choice in choices:
                w.addItem((names or {}).get(choice) or choice or tr("none", lang), choice)
            index = w.findData(current if current is not None else "")
            w.setCurrentIndex(max(index, 0))
            form.addRow(tr(key, lang), w)
            self.widgets[key] = w
            return w

        label = fields.get("label") or {}
        line("id", fields.get("id"))
        line("series", fields.get("series"))
        self.series_hint = QLabel(series_hint)  # why this key is proposed: the Library figures it matches
        self.series_hint.setObjectName("series-hint")
        self.series_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.series_hint.setWordWrap(True)
        if series_hint:
            form.addRow("", self.series_hint)
        shown = {key: f"{title} ({key})" for key, title in (names or {}).items()}  # the title a person knows
        combo("section", sections, fields.get("section"), shown)
        combo("group", [""] + groups, fields.get("group"), shown)
        combo("type", TYPES, fields.get("type", "quantity"), {t: tr("type_" + t, lang) for t in TYPES})
        line("label_zh", label.get("zh"))
        line("label_en", label.get("en"))
        line("value", "null" if fields.get("type") == "rank" and fields.get("value") is None else fields.get("value"))
        line("from", fields.get("from"))
        line("unit", fields.get("unit"))
        line("unit_en", fields.get("unit_en"))
        combo("qualifier", tuple(PRECISION_MARKERS), fields.get("qualifier", "exact"),
              {q: qualifier_name(q, lang) for q in PRECISION_MARKERS})
        combo("plan", PLANS, fields.get("plan"))
        line("target_year", fields.get("target_year"))
        combo("direction", DIRECTIONS, fields.get("direction"), {d: tr("direction_" + d, lang) for d in DIRECTIONS if d})
        line("word", fields.get("word"))
        for key in PAIRS:
            pair = fields.get(key) or {}
            line(f"{key}_zh", pair.get("zh"))
            line(f"{key}_en", pair.get("en"))
        tied = QCheckBox()
        tied.setChecked(bool(fields.get("tied")))
        form.addRow(tr("tied", lang), tied)
        self.widgets["tied"] = tied
        period = dict(fields.get("period") or {"current": True})
        until = period.pop("until", None)
        kind = next(iter(period), "current")
        kinds = combo("period", PERIODS, kind, {p: tr("period_" + p, lang) for p in PERIODS})
        value = line("period_value", "" if kind == "current" else period[kind])
        kinds.currentIndexChanged.connect(lambda _: value.setPlaceholderText(PERIOD_EXAMPLES[kinds.currentData()]))
        value.setPlaceholderText(PERIOD_EXAMPLES[kind])
        line("until", until)
        kinds.currentIndexChanged.connect(lambda _: self._show_rows())
        combo("scope", scopes, fields.get("scope"), shown)
        quote = QPlainTextEdit(fields.get("quote", ""))
        quote.setObjectName("field-quote")
        quote.setFixedHeight(70)
        form.addRow(tr("quote", lang), quote)
        self.widgets["quote"] = quote
        self.error = QLabel("")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        self.lang = lang
        self.direction = fields.get("direction")
        self.widgets["type"].currentIndexChanged.connect(lambda _: self._show_rows())
        self._show_rows()
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()  # on a laptop's 768 pixels the form scrolls; its buttons stay in view
        scroll.setObjectName("figure-form-fields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fit(parent, body)

    def _fit(self, parent, body: QWidget) -> None:
        """As tall as its fields, within SCREEN_SHARE of the screen; wide enough that nothing scrolls sideways."""
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        hint = body.sizeHint()
        extra = self.sizeHint().height() - self.layout().itemAt(0).sizeHint().height()
        height = min(hint.height() + extra, int(screen.height() * SCREEN_SHARE))
        width = min(hint.width() + self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent) + 24,
                    int(screen.width() * SCREEN_SHARE))
        self.resize(width, height)

    def _show_rows(self) -> None:
        """Only the fields the chosen kind has (a margin's comparison, a rank's range…); `until` only for
        'past N years', no value for 'current'; a kind's own directions."""
        kind = self._text("type")
        for key, kinds in KIND_FIELDS.items():
            self.form.setRowVisible(self.widgets[key], kind in kinds)
        period = self._text("period")
        self.form.setRowVisible(self.widgets["until"], period == "past_years")
        self.form.setRowVisible(self.widgets["period_value"], period != "current")  # 目前 has no value
        box: QComboBox = self.widgets["direction"]
        current = box.currentData() if box.count() else self.direction
        choices = KIND_DIRECTIONS.get(kind, ("",))
        box.blockSignals(True)
        box.clear()
        for choice in choices:
            box.addItem(tr("direction_" + choice, self.lang) if choice else tr("none", self.lang), choice)
        box.setCurrentIndex(max(box.findData(current if current is not None else ""), 0))
        box.blockSignals(False)

    def set(self, key: str, value) -> None:
        """Set a field as a person would type it (used by tests and by the Problems panel)."""
        w = self.widgets[key]
        if isinstance(w, QComboBox):
            w.setCurrentIndex(max(w.findData(value), 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value))
        else:
            w.setText(str(value))

    def _text(self, key: str) -> str:
        w = self.widgets[key]
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        return w.text().strip()

    def fields(self) -> dict:
        """The figure as pack keys; keys left empty are None (removed from the figure)."""
        kind = self._text("type")
        out: dict = {key: self._text(key) or None for key in ("id", "series", "section", "group", "unit", "unit_en",
                                                              "scope", "quote", "direction", "word")}
        if out["series"] and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", out["series"]):
            raise ValueError(out["series"])
        out["type"] = None if kind == "quantity" and "type" not in self.original else kind
        out["label"] = {"zh": self._text("label_zh"), "en": self._text("label_en")}
        out["value"] = _value(self._text("value"), kind)
        out["from"] = _value(self._text("from"), kind) if self._text("from") else None
        qualifier = self._text("qualifier")
        out["qualifier"] = None if qualifier == "exact" and "qualifier" not in self.original else qualifier
        out["plan"] = self._text("plan") or None
        out["target_year"] = int(self._text("target_year")) if self._text("target_year") else None
        for key, kinds in PAIRS.items():
            pair = {"zh": self._text(f"{key}_zh"), "en": self._text(f"{key}_en")}
            out[key] = pair if kind in kinds and (pair["zh"] or pair["en"] or key == "among") else None
        out["tied"] = True if kind == "rank" and self.widgets["tied"].isChecked() else None
        out["period"] = _period(self._text("period"), self._text("period_value"), self._text("until"))
        for key in ("from", "unit", "unit_en", "direction", "word", "tied", "qualifier"):
            if kind not in KIND_FIELDS[key]:
                out[key] = None  # a field the kind has not (shown only for the kinds that have it)
        return out

    def _try_accept(self) -> None:
        try:
            self.fields()
        except ValueError as exc:
            self.error.setText(tr("bad_value", self.lang, text=str(exc)))
            return
        self.accept()


def qualifier_name(qualifier: str, lang: str) -> str:
    """精确 / exact; the article's word, with its English reading in the English form (约 (about))."""
    if qualifier == "exact":
        return "精确" if lang == "zh" else "exact"
    return qualifier if lang == "zh" else f"{qualifier} ({QUALIFIER_EN[qualifier]})"


def _period(kind: str, value: str, until: str) -> dict:
    """The period keys of the pack: {year: 2023}, {as_of: "2024-02"}, {quarter: "2024-Q1"}, {year_end: 2024},
    {past_years: 2, until: …}, {current: true}. The form of a text value is left to check, which explains it."""
    if kind == "current":
        return {"current": True}
    if kind in WHOLE_NUMBER_PERIODS:
        if not value.isdigit():
            raise ValueError(value or kind)
        period = {kind: int(value)}
        if kind == "past_years" and until:
            period["until"] = until
        return period
    if not value:
        raise ValueError(kind)
    return {kind: value}


def _value(text: str, kind: str):
    """A value as typed: a fraction (1/7) or ratio (4.2:38.5:57.3) stays text, anything else is a number."""
    if (kind == "share" and "/" in text) or (kind == "ratio" and ":" in text):
        return text
    if kind == "rank" and text in ("", "null", "前列"):
        return None
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        raise ValueError(text)
    return float(text) if "." in text else int(text)

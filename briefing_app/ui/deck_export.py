"""File ▸ Export deck…: run `briefing_app.export.deck.write_deck` in a worker thread with a progress dialog.

The exporter is imported when the user first exports, so python-pptx costs nothing at start-up.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from .errors import plain_message, show_message, write_log
from .strings import tr


class DeckWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, write_deck, pack, path: Path, lang: str):
        super().__init__()
        self.write_deck, self.pack, self.path, self.lang = write_deck, pack, path, lang

    @Slot()
    def run(self):
        try:
            self.write_deck(self.pack, self.path, lang=self.lang,
                            progress=lambda done, total: self.progress.emit(int(done), int(total)))
        except Exception as exc:
            write_log(traceback.format_exc())
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(str(self.path))


class DeckExport(QObject):
    """One export run: owns the thread, the worker and the progress dialog."""

    done = Signal(str)

    def __init__(self, window, write_deck, path: Path):
        super().__init__(window)
        self.window, lang = window, window.language
        self.dialog = QProgressDialog(tr("deck_progress", lang), tr("cancel", lang), 0, 0, window)
        self.dialog.setWindowTitle(tr("export_deck", lang).replace("&", ""))
        self.dialog.setCancelButton(None)  # write_deck cannot be interrupted safely
        self.dialog.setMinimumDuration(0)
        self.thread = QThread(self)
        self.worker = DeckWorker(write_deck, window.pack, path, lang)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.dialog.show()
        self.thread.start()

    def _progress(self, done: int, total: int):
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)

    def _stop(self):
        self.dialog.reset()
        self.dialog.hide()
        self.thread.quit()
        self.thread.wait()

    def _finished(self, path: str):
        self._stop()
        lang = self.window.language
        self.window.statusBar().showMessage(path, 8000)
        box = QMessageBox(QMessageBox.Icon.Information, tr("export_deck", lang).replace("&", ""),
                          tr("deck_done", lang, path=path),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self.window)
        plain_message(box)
        box.finished.connect(lambda result: self._open_folder(path) if result == QMessageBox.StandardButton.Open
                             else None)
        box.open()
        self.box = box
        self.done.emit(path)

    def _open_folder(self, path: str):
        from .open_folder import open_folder

        self.folder_box = open_folder(self.window, Path(path).parent, self.window.language)

    def _failed(self, message: str):
        self._stop()
        self.box = show_message(self.window, tr("export_failed", self.window.language), message)
        self.done.emit("")


def start(window, path: Path) -> DeckExport:
    from ..export.deck import write_deck

    return DeckExport(window, write_deck, path)

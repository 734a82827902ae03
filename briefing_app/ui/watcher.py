"""Notice when the pack or its article changes on disk, including editors' atomic-replace saves
(the watched inode disappears, so the path is re-added, and the folder is watched as a fallback)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal


class PackWatcher(QObject):
    changed = Signal()

    def __init__(self, parent=None, delay_ms: int = 250):
        super().__init__(parent)
        self.files: list[str] = []
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._poke)
        self.watcher.directoryChanged.connect(self._poke)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._fire)
        self._stamps: dict[str, tuple] = {}

    def watch(self, files: list[Path]) -> None:
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        self.files = [str(Path(f).resolve()) for f in files]
        dirs = sorted({str(Path(f).parent) for f in self.files})
        self._rearm()
        self.watcher.addPaths(dirs)
        self._stamps = {f: self._stamp(f) for f in self.files}

    def _rearm(self) -> None:
        watched = set(self.watcher.files())
        missing = [f for f in self.files if f not in watched and Path(f).exists()]
        if missing:
            self.watcher.addPaths(missing)

    @staticmethod
    def _stamp(path: str) -> tuple:
        try:
            st = Path(path).stat()
            return st.st_mtime_ns, st.st_size, st.st_ino
        except OSError:
            return ()

    def _poke(self, _path: str) -> None:
        self.timer.start()

    def _fire(self) -> None:
        self._rearm()
        stamps = {f: self._stamp(f) for f in self.files}
        if stamps != self._stamps:
            self._stamps = stamps
            self.changed.emit()

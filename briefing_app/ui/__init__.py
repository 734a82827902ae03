"""The Qt desktop app. Every Qt and pyqtgraph import of the project lives under this package."""

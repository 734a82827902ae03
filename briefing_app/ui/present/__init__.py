"""Presentation mode: the deck drawn with QPainter full screen, the presenter view, and `slides` PNGs.

The main window calls `attach(self)` once to fill its Present menu (present_menu.py) and keeps the
returned controller. A running show (show.py) owns:
- what the audience sees (state.py) and what only the presenter sees (presenter_state.py);
- the windows (audience.py, presenter.py with finder.py and overview.py), placed by placement.py;
- the actions, their keys and help text in one table (show_actions.py; keys.py maps key presses to it).
Slides are painted by slide_painter.py (chart_painter.py, paint_primitives.py) into a SlideCanvas
(slide_widget.py) or into PNGs (slide_images.py, the `slides` command).
"""

from .present_menu import attach

__all__ = ["attach"]

"""What only the presenter sees: the slide browsed privately, the figure clicked, the number being typed.

Plain data: the audience never sees any of it until an action (Enter, Q) hands it to the ShowState.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...deck.slides import Slide


@dataclass
class PresenterState:
    browse: int | None = None  # the slide previewed privately, None: the audience's slide
    selected: str | None = None  # the figure id clicked in the presenter view
    typed: str = ""  # digits typed towards a slide number (Enter jumps)
    #: The presenter window: None automatic (shown with a second screen); True/False the presenter chose (V).
    wanted: bool | None = None

    def slide_number(self, audience_number: int) -> int:
        """The slide the presenter view shows: the one browsed, else the audience's."""
        return self.browse if self.browse is not None else audience_number

    def can_overlay(self, audience_slide: Slide) -> bool:
        """True when the clicked figure is on the audience's slide, so Q may show its quote there."""
        on_slide = set(audience_slide.figure_ids) | {getattr(i, "figure_id", None) for i in audience_slide.items}
        return self.selected is not None and self.selected in on_slide

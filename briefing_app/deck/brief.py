"""What a big pack's default deck shows in its main part, so that it stays a briefing and not a data dump.

The rule, in one place:

- **Which decks change.** A deck whose main part (title to the last slide before the appendix), laid out as
  every deck always was (each section's cards, charts, compositions and map, then the timeline), has at most
  MAIN_SLIDES slides, is that deck, unchanged, unless the pack has more than MAIN_FIGURES figures. MAIN_SLIDES
  is about a 20-minute talk: the title, summary and agenda pass quickly, each section's slides take a minute or
  so; and such a talk cannot show more than about MAIN_FIGURES figures one by one (however small their cards).
- **A longer deck** keeps its title, summary and agenda, then gives each section ONE slide: its message over
  its headline figures and its best chart (below); then the timeline. Every other figure is a row of the
  appendix's data tables (deck/tables.py). Every slide of the long form keeps its slide id and a talk may pull
  any of them into its main part (deck/talk.py); the Talk view lists them, unticked.
- **Still too long** (a pack of very many sections): the timeline moves to the appendix, then the sections
  with the fewest figures lose their slide, last first; their messages stay on the summary, their figures go
  to the tables.

A section's **headline figures**: the figure its message is about (`headline_figure`), the other figures the
message writes as the article does (number and unit), then those the pack marks `headline`, in pack order.

A section's **best chart**: among its groups that chart on one slide (3 to BARS_PER_SLIDE bars of like
quantities or shares, as `chart_kind` decides; never fewer than 3 bars) and its compositions, the one holding
the most headline figures, then the one comparing the most figures, then the most bars, then the first in the
pack. Headline figures the chart does not hold stand beside it as cards (at most BESIDE_CHART; without a chart,
at most MOST_CARDS cards); the others go to the tables.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Pack
from ..model.format import digit_forms, zh_in_article_form
from .chart_spec import bar_count, chart_kind, is_composition

#: Slides of the main part, title to the last before the appendix, that a deck may have and stay as it was.
MAIN_SLIDES = 25
#: Figures a pack may have and keep every one on a card or chart of the main part: 25 slides of four.
MAIN_FIGURES = 100
#: Bars on one chart slide; a longer group continues on the next slide, so every label stays legible.
BARS_PER_SLIDE = 8
#: Headline figures shown as cards on a section's slide without a chart, and beside its chart.
MOST_CARDS = 6
BESIDE_CHART = 3


@lru_cache(maxsize=4096)
def _standing_alone(form: str) -> re.Pattern:
    """A number's written form where no other digit continues it (5.8 is not in 15.8 or 5.85)."""
    return re.compile(rf"(?<![\d./]){re.escape(form)}(?![\d/]|\.\d)")


def said_in(fig, message: str) -> int:
    """How many of a figure's numbers (its value, and a from→to's start) the message writes, as the article
    does (the zh message keeps the article's digits: 增长226.4%, 从1/12提升到1/7, 30万辆)."""
    found = 0
    for n in (fig.value, getattr(fig, "from_", None)):
        if n is None:
            continue
        forms = [n] if isinstance(n, str) else digit_forms(n)
        if any(_standing_alone(form).search(message) for form in forms):
            found += 1
    return found


def headline_figure(pack: Pack, section):
    """The figure a section's message is about: the one whose numbers the message says (a headline figure
    first among equals), else its first headline figure, else its first figure. The summary pairs the two,
    so a message about "little giants up 226.4%" never stands beside another headline's 1/12 → 1/7."""
    figures = pack.figures_in(section.id)
    if not figures:
        return None
    message = section.message("zh")
    order = {f.id: i for i, f in enumerate(figures)}
    return min(figures, key=lambda f: (-said_in(f, message), not f.headline, order[f.id]))


def written_in(fig, message: str) -> bool:
    """Whether the message writes the figure as the article does, number and unit (高于全省0.3个百分点 is not
    written in 上涨0.3%, though its number is)."""
    return bool(said_in(fig, message)) and zh_in_article_form(fig) in message


def headline_figures(pack: Pack, section) -> list:
    """The section's headline figures in the order the rule above gives (none for a section without figures)."""
    first = headline_figure(pack, section)
    if first is None:
        return []
    message = section.message("zh")
    figures = pack.figures_in(section.id)
    said = [f for f in figures if written_in(f, message)]
    marked = [f for f in figures if f.headline]
    return list({f.id: f for f in [first, *said, *marked]}.values())


def chart_choices(pack: Pack, section) -> list[tuple[object, list]]:
    """(group or None, figures) for each chart the section could show on one slide: its groups that chart, then
    its compositions (one figure each, charted as its parts)."""
    out = []
    for group in pack.groups_in(section.id):
        figures = pack.group_figures(group.id)
        if chart_kind(figures) in ("shares", "quantities") and bar_count(figures) <= BARS_PER_SLIDE:
            out.append((group, figures))
    out += [(None, [f]) for f in pack.figures_in(section.id) if is_composition(f)]
    return out


def best_chart(pack: Pack, section, headlines: list) -> tuple[object, list] | None:
    """The section's best chart as (group or None, figures), by the rule above; None when nothing charts."""
    wanted = {f.id for f in headlines}
    choices = chart_choices(pack, section)
    if not choices:
        return None
    ranked = sorted(enumerate(choices), key=lambda c: (-sum(f.id in wanted for f in c[1][1]), -len(c[1][1]),
                                                       -bar_count(c[1][1]), c[0]))
    return ranked[0][1]

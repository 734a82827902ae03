"""Keeping a draft valid: run the same checks as `briefing-app check` in memory and take out, with
the reason, whatever the pack format (as this version of the schema knows it) cannot hold yet.

Keys that only add detail (`of`, `target_year`, a quantity's `from`) are dropped when the schema does
not know them; a figure whose meaning would change without a key (qualifier 超过, direction down…)
is taken out whole and listed as a comment instead, so nothing is shown without its qualifier.
"""

from __future__ import annotations

from pydantic import ValidationError

from ..model import cells, provenance
from ..model.schema import FIGURE_TYPES, PackData

OPTIONAL_KEYS = ("of", "target_year", "from")


def problems(pack: dict, article: str) -> list[tuple[tuple, str, str]]:
    """(location, message, error type) for everything `check` would refuse."""
    try:
        data = PackData.model_validate(pack)
    except ValidationError as exc:
        return [(tuple(e["loc"]), e["msg"].removeprefix("Value error, "), e["type"]) for e in exc.errors()]
    found = [(loc, msg, "reference") for loc, msg in provenance.reference_problems(data)]
    found += [(loc, msg, "quote") for loc, msg in provenance.quote_problems(data, article)]
    found += [(loc, msg, "message") for loc, msg in provenance.message_problems(data, article)]
    found += [(loc, msg, "figure") for loc, msg in provenance.figure_problems(data)]
    found += [(loc, msg, "figure") for loc, msg in cells.cell_problems(data, article)]
    return found


def make_valid(pack: dict, article: str, dropped: list[tuple[str, str]]) -> dict:
    """Remove what fails the checks (recording (quote, reason) in `dropped`) until nothing does.

    Each pass takes out every item that fails, not just the first: the checks look at the whole pack, so
    one pass per problem made a long article (hundreds of figures, a hundred problems) take minutes."""
    for _ in range(200):
        found = problems(pack, article)
        if not found:
            return pack
        if any(loc == ("figures",) for loc, _, _ in found) and not pack["figures"]:
            return pack  # every figure was taken out: the caller says so in one line
        removals: dict[tuple[str, int], str] = {}
        for loc, message, kind in found:
            key = loc[0]
            if not (key in ("figures", "entities", "events", "groups") and len(loc) > 1 and isinstance(loc[1], int)):
                raise RuntimeError(f"the draft itself is wrong at {loc}: {message}")
            item = pack[key][loc[1]]
            field = next((p for p in loc[2:] if p in OPTIONAL_KEYS), None)
            if key == "figures" and kind == "extra_forbidden" and field in item and not (
                    field == "from" and item.get("type") == "share"):
                del item[field]
                continue
            if (key, loc[1]) in removals:
                continue
            what = ".".join(str(p) for p in loc[2:] if p not in FIGURE_TYPES)
            value = item.get(loc[2]) if len(loc) > 2 and isinstance(loc[2], str) else None
            removals[(key, loc[1])] = f"{what}: {message}" + (
                f" ({value!r})" if value is not None and what.count(".") == 0 else "")
        # groups first: taking out a figure may take out its emptied group, which moves the groups' indexes
        for key in ("groups", "figures", "entities", "events"):
            indexes = sorted(i for k, i in removals if k == key)
            for index in indexes:
                item = pack[key][index]
                dropped.append((item.get("quote") or str(item.get("title")),
                                f"{key[:-1]} not drafted: {removals[(key, index)]}"))
            for index in reversed(indexes):
                _remove(pack, key, index)
    raise RuntimeError("the draft could not be made valid")


def _remove(pack: dict, key: str, index: int) -> None:
    item = pack[key].pop(index)
    if key == "figures":
        for entity in pack.get("entities", []):
            if entity.get("figure") == item["id"]:
                del entity["figure"]
        for event in pack.get("events", []):
            if item["id"] in event.get("figures", []):
                event["figures"].remove(item["id"])
        for group in list(pack.get("groups", [])):
            if not any(f.get("group") == group["id"] for f in pack["figures"]):
                pack["groups"].remove(group)
    if key == "groups":
        for fig in pack["figures"]:
            if fig.get("group") == item["id"]:
                del fig["group"]

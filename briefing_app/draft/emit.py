"""Writing a drafted pack as YAML a person can read and edit: keys in the documented order, texts
as {zh, en} pairs on one line, every string quoted (so no text is read as a number or a date), and
the numbers that did not become figures listed as comments with their reasons."""

from __future__ import annotations

import json

from ..model.untranslated import UNTRANSLATED

KEY_ORDER = ["format", "id", "title", "subtitle", "article", "scopes", "sections", "groups", "figures",
             "entities", "events", "kind", "series", "file", "year", "date", "section", "group", "headline", "type",
             "name", "label", "title_en", "source", "source_quote", "original", "sha256", "message", "value",
             "from", "unit", "unit_en", "per", "qualifier", "plan", "target_year", "tied", "among", "rose", "of", "parts",
             "direction", "word", "base", "than", "to", "period", "scope", "detail", "figure", "figures", "quote"]


def scalar(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def _ordered(d: dict) -> list:
    return sorted(d.items(), key=lambda kv: KEY_ORDER.index(kv[0]) if kv[0] in KEY_ORDER else len(KEY_ORDER))


def _flow(d: dict) -> str:
    inner = ", ".join(f"{k}: {_flow(v) if isinstance(v, dict) else scalar(v)}" for k, v in _ordered(d))
    return "{" + inner + "}"


def _is_flat(value) -> bool:
    return isinstance(value, dict) and all(not isinstance(v, (dict, list)) for v in value.values())


def _block(d: dict, indent: int, out: list[str], first_prefix: str | None = None) -> None:
    pad = " " * indent
    for i, (key, value) in enumerate(_ordered(d)):
        lead = first_prefix if (i == 0 and first_prefix is not None) else pad
        if isinstance(value, dict) and (_is_flat(value) or not value):
            out.append(f"{lead}{key}: {_flow(value)}")
        elif isinstance(value, dict):
            out.append(f"{lead}{key}:")
            _block(value, indent + 2, out)
        elif isinstance(value, list):
            if not value:
                out.append(f"{lead}{key}: []")
            elif all(not isinstance(v, (dict, list)) for v in value):
                out.append(f"{lead}{key}: [{', '.join(scalar(v) for v in value)}]")
            else:
                out.append(f"{lead}{key}:")
                for item in value:
                    _block(item, indent + 4, out, first_prefix=" " * (indent + 2) + "- ")
        else:
            out.append(f"{lead}{key}: {scalar(value)}")


def _comment(text: str) -> str:
    return " ".join(text.split())


def to_yaml(draft, source_name: str, converted_to: str | None = None) -> str:
    pack = draft.pack
    untranslated = sum(1 for _ in _markers(pack))
    out = [
        f"# Drafted by `briefing-app draft {source_name}`: a starting point for a person to edit.",
        *([f"# {source_name} was converted to {converted_to}, the text the quotes are checked against; the",
           "# original is kept as received (article.original: `check` warns if it changes)."] if converted_to else []),
        "# Every quote is copied verbatim from the article; check each figure's label, kind and period.",
        f"# English marked {UNTRANSLATED!r} ({untranslated} texts) is not written yet: `check` warns,",
        "# the Chinese app and deck work, an English export refuses until it is translated.",
    ]
    if draft.translated:
        out.append(f"# English filled in from the termbase and the Library ({len(draft.translated)} texts; "
                   "`briefing-app translate` suggests the rest):")
        out += [f"#   {path}: {_comment(zh)} → {_comment(en)} ({origin})" for path, zh, en, origin in draft.translated]
    body: list[str] = []
    for key, value in _ordered(pack):
        if key in ("sections", "groups", "figures", "entities", "events") and value:
            body.append("")
        _block({key: value}, 0, body)
    out += body
    notes = [(q, why) for q, why in draft.dropped]
    if notes:
        out += ["", "# Numbers found but not drafted (the pack format cannot hold them yet, or a check refused):"]
        out += [f"#   {_comment(why)} — 「{_comment(q)}」" for q, why in notes]
    if draft.skipped:
        out += ["", "# Numbers that are not figures, with the reason:"]
        text = draft.article.text
        for s in draft.skipped:
            start, end = draft.article.clause_span(s.start)
            out.append(f"#   {s.text}: {s.reason} — 「{_comment(text[start:end])}」")
    return "\n".join(out) + "\n"


def _markers(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from _markers(v)
    elif isinstance(node, list):
        for v in node:
            yield from _markers(v)
    elif node == UNTRANSLATED:
        yield node

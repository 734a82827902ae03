"""Mangled packs never crash the loader: every failure is a PackError of `FILE:LINE: path: message` lines.

The default run tries a few hundred seeded mutations; `pytest --fuzz N` tries N (e.g. 20000) for a long run.
"""

import random
import re

from briefing_app.model import PackError, load_pack

from ..conftest import BUNDLED

LINE = re.compile(r"^.+:\d+: \S.*: .+$")
NASTY = ["\x00", "\x07", "\ufeff", "\u202e", "&a", "*a", "!!python/object:os.system", "{", "[", "]", "}", ": ",
         "- ", "'", '"', "\t", "\n", ".nan", "-.inf", "1e999", "null", "~", "true", "0x1F", "2023-02-30", "🙂", "\\"]


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(6)
        i = rng.randrange(len(lines))
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif kind == 2 and lines[i]:
            j = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:j] + rng.choice(NASTY) + lines[i][j + 1:]
        elif kind == 3:
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        elif kind == 4:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = re.sub(r"\d+(\.\d+)?", lambda m: rng.choice(["0", "-1", "x", "1e9", "6.79"]), lines[i])
    return "\n".join(lines)


def test_mutated_packs_fail_cleanly(pack_copy, request):
    text = pack_copy.read_text(encoding="utf-8")
    rng = random.Random(20240304)
    refused = 0
    for _ in range(request.config.getoption("--fuzz")):
        pack_copy.write_text(mutate(text, rng), encoding="utf-8", errors="surrogatepass")
        try:
            load_pack(pack_copy)
        except PackError as exc:
            refused += 1
            assert exc.problems
            for problem in exc.problems:
                assert LINE.match(str(problem)), str(problem)
                assert str(problem).startswith(str(pack_copy))
    assert refused > 0
    assert BUNDLED.read_text(encoding="utf-8") == text  # the bundled pack itself was never touched

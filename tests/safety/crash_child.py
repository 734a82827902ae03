"""A process that saves one file again and again through the app's own save path, forked once per kill.

`python -m tests.safety.crash_child KIND FOLDER REFS` prepares FOLDER (the file at version A) and REFS (the
bytes of versions A and B), prints "ready SECONDS" (one save's time), then for each line "kill SECONDS" on stdin forks a child that
saves version B, A, B… (A, B, A… every other child) until the zygote SIGKILLs it after SECONDS, and answers
"killed SAVES" (how many saves the child finished). The zygote imports and loads everything once, so a
kill costs only the time until it lands.

KIND is `pack` (PackEditor.save: the Edit menu's save), `talk` (TalkSync.save: the Talk view's Save) or
`export` (`briefing-app export`, alternating the zh and en decks).
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PACK = "songjiang-g60.yaml"
ARTICLE = "000_54ee800359b404e4.txt"


def pack_saver(folder: Path, refs: Path):
    from briefing_app.draft.edit import PackEditor
    from briefing_app.revisions import read_snapshot

    shutil.copy(SEEDS / ARTICLE, folder)
    shutil.copy(SEEDS / PACK, folder)
    path = folder / PACK
    editor = PackEditor(path)
    editor.update_figure("biomed-firms", {"label": {"zh": "生物医药企业", "en": "Biomedicine companies"}})
    versions = [path.read_text(encoding="utf-8"), editor.text]  # A: the file as it is; B: an edit of it
    for name, text in zip("AB", versions):
        (refs / name).write_bytes(text.encode("utf-8"))

    def save(i: int) -> None:
        editor.text = versions[(i + 1) % 2]  # B, A, B…: each save changes the file
        editor.save()

    def reread() -> None:  # a new child is the app having read the file as a killed one left it
        editor.base = read_snapshot(path)
        save(1)  # version A once, not counted: the child's first pages are copied now, not mid-kill

    return path, save, reread, None


def talk_saver(folder: Path, refs: Path):
    from briefing_app.model import load_pack
    from briefing_app.revisions import read_snapshot
    from briefing_app.ui.talk_sync import TalkSync
    from briefing_app.ui.talk_view import TalkDraft, deck_rows

    pack = load_pack(None)
    rows, _first = deck_rows(pack, "zh")
    path = folder / "board.talk.yaml"
    # the Talk view's state that TalkSync.save reads: its file, its draft and its window's pack
    view = SimpleNamespace(path=path, draft=TalkDraft(rows=rows, lang="zh"),
                           win=SimpleNamespace(pack=pack, language="zh"))
    sync = TalkSync(view)
    occasions = ["区政府常务会议", "Board of the G60 Corridor"]
    for name, occasion in zip("AB", occasions):
        view.draft.occasion = {"zh": occasion}
        (refs / name).write_text(view.draft.yaml_text(path, pack.path), encoding="utf-8")
    shutil.copy(refs / "A", path)
    sync.remember(read_snapshot(path))

    def save(i: int) -> None:
        view.draft.occasion = {"zh": occasions[(i + 1) % 2]}
        sync.save(path)

    def reread() -> None:
        sync.remember(read_snapshot(path))
        save(1)

    return path, save, reread, None


def export_saver(folder: Path, refs: Path):
    from briefing_app.cli.main import main

    path = folder / "deck.pptx"
    langs = ["zh", "en"]
    for name, lang in zip("AB", langs):
        start = time.perf_counter()
        assert main(["export", "-o", str(refs / f"{name}.pptx"), "--lang", lang]) == 0
        seconds = time.perf_counter() - start  # the second (warm) export's time is one save's
        shutil.move(refs / f"{name}.pptx", refs / name)
    shutil.copy(refs / "A", path)

    def save(i: int) -> None:
        assert main(["export", "-o", str(path), "--lang", langs[(i + 1) % 2]]) == 0

    return path, save, None, seconds


SAVERS = {"pack": pack_saver, "talk": talk_saver, "export": export_saver}


def serve(kind: str, folder: Path, refs: Path) -> None:
    answers, sys.stdout = sys.stdout, open(os.devnull, "w")  # the commands' own lines are not answers
    _path, save, reread, seconds = SAVERS[kind](folder, refs)
    if seconds is None:
        start = time.perf_counter()
        save(1)  # version A over version A: how long one save takes here, now (the kills are spread over a few)
        seconds = time.perf_counter() - start
    print(f"ready {seconds:.4f}", file=answers, flush=True)
    for kill, line in enumerate(sys.stdin):
        seconds = float(line.split()[1])
        done_r, done_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: save until killed (never returns into the zygote's loop)
            try:
                os.close(done_r)
                quiet = os.open(os.devnull, os.O_WRONLY)
                os.dup2(quiet, 1)  # the command's "wrote 19 slides" must not reach the zygote's answers
                if reread is not None:
                    reread()
                os.write(done_w, b"s")  # started: the delay counts from here, not from the fork
                i = kill  # children start on B and A in turn: the old version is not always the same
                while True:
                    save(i)
                    os.write(done_w, b".")
                    i += 1
            finally:
                os._exit(1)  # a save that raised: the zygote sees no "s" or too few saves
        os.close(done_w)
        if os.read(done_r, 1) != b"s":
            raise SystemExit("the child failed before its first save")
        time.sleep(seconds)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        saves = 0
        while chunk := os.read(done_r, 65536):
            saves += len(chunk)
        os.close(done_r)
        print(f"killed {saves}", file=answers, flush=True)


if __name__ == "__main__":
    serve(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))

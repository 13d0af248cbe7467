"""UI-thread work per keystroke while typing into a 20-page document, and UI stalls on re-analysis.

Builds a ~10 000-word German document (paragraphs of real news from
../shared/corpus/de-news/ with every fourth paragraph from the sample article;
the sample alone, shuffled and repeated, if the corpus is missing), opens it in
the main window (offscreen Qt platform) and waits until it is analysed. Then:

1. types ~200 characters at the start, in the middle and at the end, one key
   after the other, timing each key's synchronous UI-thread work: QTest's key
   events plus processing every event they posted (highlighting, layout, paint);
2. waits for the debounced re-analysis after each burst and records the longest
   gap between ticks of a 2 ms watchdog timer (a stall of the event loop) while
   the results are applied to the views, plus the time of the slots that apply them;
3. types words at ~150 ms a key with pauses, so keys land while the analysis runs
   in the background thread (GIL contention included).

Target: every keystroke and every stall under one frame (16.7 ms at 60 Hz). Where
the figure is above it, the UI thread is profiled (cProfile) and the costliest
calls are printed. Settings and caches live in a temporary folder.

    .venv/bin/python benchmarks/keystroke.py [--quick]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "de-news"
FRAME_MS = 1000 / 60
TARGET_WORDS = 10_000
TYPED = ("Nach Angaben der Behörden wurden am Dienstag weitere Gespräche über die Lage geführt, "
         "die Regierung äußerte sich zunächst nicht zu den Berichten über einen möglichen Kompromiss "
         "zwischen den beiden Seiten. ")


def build_document(words: int = TARGET_WORDS) -> str:
    """About `words` words of German news in paragraphs (one line each), framing-heavy ones mixed in."""
    from framing_desk.core.resources import sample_article

    sample = [p for p in sample_article().read_text(encoding="utf-8").splitlines() if len(p.split()) > 12]
    randomiser = random.Random(20)
    news: list[str] = []
    for path in sorted(CORPUS.glob("wmt*.de")) if CORPUS.is_dir() else []:
        news.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        if sum(len(line.split()) for line in news) > words:
            break
    paragraphs: list[str] = []
    count = 0
    while count < words:
        if news and len(paragraphs) % 4 != 3:
            paragraph = " ".join(news[:4])
            del news[:4]
        else:
            paragraph = randomiser.choice(sample)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n".join(paragraphs) + "\n"


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    over = sum(1 for v in values if v > FRAME_MS)
    return (f"median {statistics.median(values):5.1f} ms, p95 {p95:5.1f} ms, max {max(values):5.1f} ms "
            f"({len(values)} keys, {over} over one frame)")


class Watchdog:
    """A 2 ms timer; the longest gap between its ticks is the longest the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.last: float | None = None
        self.gaps: list[tuple[float, float]] = []  # (start, end) in perf_counter seconds

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.gaps.append((self.last, now))
        self.last = now

    @contextmanager
    def watching(self) -> Iterator[None]:
        self.last = time.perf_counter()
        self.timer.start()
        try:
            yield
        finally:
            self.timer.stop()
            self._tick()
            self.last = None

    def take(self, slots: SlotTimes | None = None) -> tuple[float, float]:
        """The longest gap since the last call, and the longest once the instrumented slots' time
        inside it is taken out (GIL waits, other work), in ms."""
        longest = unexplained = 0.0
        for start, end in self.gaps:
            longest = max(longest, end - start)
            inside = sum(max(0.0, min(end, b) - max(start, a)) for a, b in slots.intervals) if slots else 0.0
            unexplained = max(unexplained, end - start - inside)
        self.gaps.clear()
        return longest * 1000, unexplained * 1000


class SlotTimes:
    """Wraps UI-thread methods (before the window is built) and records how long each call took."""

    def __init__(self) -> None:
        self.calls: dict[str, list[float]] = {}
        self.intervals: list[tuple[float, float]] = []  # outermost calls only
        self.depth = 0

    def wrap(self, owner: type, name: str) -> None:
        original = getattr(owner, name, None)
        if original is None:
            return
        label = f"{owner.__name__}.{name}"

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            self.depth += 1
            try:
                return original(*args, **kwargs)
            finally:
                end = time.perf_counter()
                self.depth -= 1
                self.calls.setdefault(label, []).append((end - start) * 1000)
                if not self.depth:
                    self.intervals.append((start, end))

        setattr(owner, name, wrapper)

    def take(self) -> dict[str, float]:
        """The longest call of each slot since the last call, in ms."""
        longest = {name: max(values) for name, values in self.calls.items() if values}
        self.calls.clear()
        self.intervals.clear()
        return longest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="type 60 characters per place, fewer words")
    args = parser.parse_args()
    typed = TYPED[:60] if args.quick else TYPED
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="framing-desk-keystroke-") as tmp:
        for variable, name in [("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                               ("XDG_CACHE_HOME", "cache"), ("FRAMING_DESK_CONFIG_DIR", "config/fd"),
                               ("FRAMING_DESK_DATA_DIR", "data/fd")]:
            os.environ[variable] = str(Path(tmp) / name)
            Path(tmp, name).mkdir(parents=True, exist_ok=True)
        run(Path(tmp), typed)
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown with pool threads and windows still alive


def run(folder: Path, typed: str) -> None:
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from framing_desk.gui.app import build_window, create_application, wait_until_analysed
    from framing_desk.gui.main_window import MainWindow
    from framing_desk.gui.session import DocumentSession

    slots = SlotTimes()
    for owner, name in [(MainWindow, "_refresh_findings"), (MainWindow, "_refresh_rewrite"),
                        (MainWindow, "_text_edited"), (DocumentSession, "_analysis_done"),
                        (DocumentSession, "_rewrite_done"), (DocumentSession, "_analyse_now")]:
        slots.wrap(owner, name)

    text = build_document()
    document = folder / "zwanzig-seiten.txt"
    document.write_text(text, encoding="utf-8")
    app = create_application()
    window = build_window()
    window.resize(1400, 900)
    window.show()
    window.session.warm_up()
    started = time.perf_counter()
    if not window.open_path(document) or not wait_until_analysed(window, 120):
        sys.exit("the document was not analysed in time")
    review = window.session.review
    findings = len(review.findings) if review else 0
    source = "news corpus + sample" if CORPUS.is_dir() else "sample article, repeated"
    print(f"document: {len(text.split())} words, {len(text)} characters, {text.count(chr(10))} paragraphs "
          f"({source}), {findings} findings; opened and analysed in {time.perf_counter() - started:.1f} s")
    editor = window.editor
    watchdog = Watchdog()
    slots.take()

    def spin(msecs: int) -> None:
        """Run the event loop for `msecs` (QTest.qWait sleeps 10 ms between polls, which the
        watchdog would count as stalls)."""
        loop = QEventLoop()
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()

    def settle() -> None:
        app.processEvents()
        app.processEvents()

    def key(character: str) -> float:
        """One key's synchronous UI-thread work in ms: the key events and everything they posted."""
        upper = character.upper()
        code = ord(upper) if len(upper) == 1 and ord(upper) < 0x100 else int(Qt.Key.Key_unknown)
        press = QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier, character)
        release = QKeyEvent(QEvent.Type.KeyRelease, code, Qt.KeyboardModifier.NoModifier, character)
        start = time.perf_counter()
        QApplication.sendEvent(editor, press)  # QTest.keyClicks asserts on non-ASCII (ä, ß)
        QApplication.sendEvent(editor, release)
        settle()
        return (time.perf_counter() - start) * 1000

    def wait_for_analysis(timeout: float = 60.0) -> bool:
        """Run the event loop until the edited text is analysed and rewritten, then 300 ms more."""
        session = window.session
        end = time.monotonic() + timeout
        done: float | None = None
        with watchdog.watching():
            while time.monotonic() < end:
                spin(5)
                current = (session.analysed and session.rewrite is not None
                           and session.rewrite.original == session.text and window.translations.idle)
                if current and done is None:
                    done = time.monotonic()
                elif not current:
                    done = None
                if done is not None and time.monotonic() - done > 0.3:
                    return True
        return False

    def place(position: int) -> None:
        cursor = editor.textCursor()
        cursor.setPosition(position)
        editor.setTextCursor(cursor)
        editor.setFocus()
        settle()

    # Untimed: a few keys first (first-use costs: fonts, caches), then the analysis they cause.
    place(0)
    for character in "Vorab. ":
        key(character)
    wait_for_analysis()
    watchdog.take()
    slots.take()

    all_keys: list[float] = []
    stalls: list[tuple[float, float]] = []
    slot_max: dict[str, float] = {}
    print(f"\ntyping {len(typed)} characters back to back (frame budget {FRAME_MS:.1f} ms):")
    for label, fraction in [("start", 0.0), ("middle", 0.5), ("end", 1.0)]:
        place(max(0, round((len(editor.toPlainText()) - 1) * fraction)))
        times = [key(character) for character in typed]
        all_keys.extend(times)
        typing_slots = slots.take()
        if not wait_for_analysis():
            sys.exit("the re-analysis did not land in time")
        stall = watchdog.take(slots)
        stalls.append(stall)
        landed = slots.take()
        for name, value in landed.items():
            slot_max[name] = max(value, slot_max.get(name, 0.0))
        print(f"  at the {label:6}: {summary(times)}; slowest _text_edited "
              f"{typing_slots.get('MainWindow._text_edited', 0.0):.1f} ms")
        print(f"             re-analysis landing: longest event-loop stall {stall[0]:5.0f} ms "
              f"(_refresh_findings {landed.get('MainWindow._refresh_findings', 0.0):.0f} ms, "
              f"_refresh_rewrite {landed.get('MainWindow._refresh_rewrite', 0.0):.0f} ms; "
              f"longest stall outside these slots {stall[1]:.0f} ms)")
    print(f"  all places: {summary(all_keys)}")

    print("\ntyping words at 150 ms a key, 500 ms pause after each word (keys during background analysis):")
    busy_keys: list[float] = []
    busy_stalls: list[tuple[float, float]] = []
    place(len(editor.toPlainText()) // 3)
    words = typed.split(" ")[: max(4, len(typed.split(" ")) // 2)]
    for word in words:
        for character in word + " ":
            busy_keys.append(key(character))
            with watchdog.watching():
                spin(150)
            busy_stalls.append(watchdog.take(slots))
        with watchdog.watching():
            spin(500)
        busy_stalls.append(watchdog.take(slots))
    wait_for_analysis()
    busy_stalls.append(watchdog.take(slots))
    for name, value in slots.take().items():
        slot_max[name] = max(value, slot_max.get(name, 0.0))
    print(f"  keys: {summary(busy_keys)}")
    print(f"  longest event-loop stall between keys and in pauses: {max(s[0] for s in busy_stalls):.0f} ms; "
          f"outside the result slots (GIL held by the analysis thread): "
          f"{max(s[1] for s in busy_stalls):.0f} ms")

    print("\nslowest call of each instrumented slot (UI thread), ms:")
    for name, value in sorted(slot_max.items(), key=lambda item: -item[1]):
        print(f"  {name:36} {value:7.1f}")

    idle_key = max(all_keys)
    worst_key = max(idle_key, max(busy_keys))
    worst_stall = max(s[0] for s in [*stalls, *busy_stalls])
    print(f"\nframe budget {FRAME_MS:.1f} ms: keystroke max {idle_key:.1f} ms idle, "
          f"{worst_key:.1f} ms during background analysis ({'ok' if worst_key <= FRAME_MS else 'OVER'}); "
          f"longest event-loop stall {worst_stall:.0f} ms ({'ok' if worst_stall <= FRAME_MS else 'OVER'})")

    if idle_key > FRAME_MS:
        place(len(editor.toPlainText()) // 2)
        profile(lambda: [key(character) for character in typed[:80]], "80 keystrokes in the middle")
        wait_for_analysis()
    if worst_stall > FRAME_MS:
        place(len(editor.toPlainText()) // 2)
        for character in "Neu ":
            key(character)
        profile(wait_for_analysis, "one re-analysis landing (event loop while waiting)")
    window.hide()  # not close(): closing asks (modally) whether to save the edited text
    window.session.wait_idle(30000)


def profile(work: Callable[[], object], title: str) -> None:
    """cProfile the UI thread (the pool thread is not profiled) and print the costliest calls."""
    profiler = cProfile.Profile()
    profiler.enable()
    work()
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("cumulative").print_stats(r"framing_desk|PySide6|QtCore|QtGui|QtWidgets|\{", 28)
    print(f"\ncProfile of the UI thread, {title} (cumulative; profiling inflates Python time):")
    lines = stream.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    for line in lines[start:]:
        if line.strip():
            print("  " + line.replace(str(ROOT) + os.sep, "")[:150])


if __name__ == "__main__":
    main()

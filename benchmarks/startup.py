"""Start-up time of the window with the sample analysed, against a bare PySide6 window, in one run.

Each figure is the wall-clock time from spawning a fresh Python process to the
window being painted, median of several runs (offscreen Qt platform):

- bare: `bare_window.py`, a QMainWindow with three QPlainTextEdit in a QSplitter,
  the sample article in one (the yardstick);
- Framing Desk, as `framing-desk` starts (build_window, open_sample,
  restore_layout, show, warm_up) until `wait_until_analysed` holds (findings,
  rewrite and reference translation shown) and the panes have been painted since:
  - first start: an empty cache folder (no lemma table copy, no analyses);
  - cold: caches filled, but no stored analysis of this text (a new document);
  - warm: the analysis of the text on disk (the document opened again).

Target: Framing Desk / bare ≤ 2.0. Then prints where the time goes in the app
process (imports, window, spaCy pipeline, analysis, rewrite, view updates, paint).
Settings and caches live in a temporary folder; the user's folders are untouched.

    .venv/bin/python benchmarks/startup.py [--repeat N] [--quick]
"""

from __future__ import annotations

import time

STARTED_WALL = time.time()
STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = 2.0
FINDINGS_PAINTED = "UI: first paint with the findings marked"

# --- the child process: Framing Desk's window -----------------------------------------------------
# Only json/os/sys/pathlib/typing are imported above, like bare_window.py, so both children start
# with the same cost; the parent's own imports are in main().


def child() -> None:
    """Start the window with the sample as `framing-desk` does; print timings as one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import functools
    import importlib.abc
    import importlib.machinery
    import threading
    from collections.abc import Callable, Sequence
    from types import ModuleType

    spans: dict[str, list[float]] = {}  # name → [start, end] of its first occurrence (s since STARTED)
    totals: dict[str, float] = {}  # name → summed duration of every call
    lock = threading.Lock()

    def record(name: str, start: float, end: float) -> None:
        with lock:
            spans.setdefault(name, [start - STARTED, end - STARTED])
            totals[name] = totals.get(name, 0.0) + end - start

    def mark(name: str) -> None:
        now = time.perf_counter()
        record(name, now, now)

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                record(name, start, time.perf_counter())
        return wrapper

    def engine_loaded(module: ModuleType) -> None:
        engine = getattr(module, "Engine", None)
        if engine is None:
            return
        build = engine.__init__
        analyze = engine.analyze

        def init(self: Any, language: str = "de", *args: Any, **kwargs: Any) -> None:
            start = time.perf_counter()
            build(self, language, *args, **kwargs)
            record(f"pool: Engine('{language}') built", start, time.perf_counter())

        def analyze_timed(self: Any, text: str, *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return analyze(self, text, *args, **kwargs)
            finally:
                language = getattr(self, "language", "?")
                record(f"pool: Engine('{language}').analyze", start, time.perf_counter())

        engine.__init__ = init
        engine.analyze = analyze_timed

    watched: dict[str, Callable[[ModuleType], None] | None] = {
        "spacy": None,
        "framing_desk.core.engine": engine_loaded,
    }

    class ImportTimer(importlib.abc.MetaPathFinder):
        """Times the execution of the watched modules (in whichever thread imports them)."""

        def find_spec(self, fullname: str, path: Sequence[str] | None,
                      target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
            if fullname not in watched:
                return None
            after = watched.pop(fullname)
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(fullname, path, target)
                if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    original = spec.loader.exec_module

                    def exec_module(module: ModuleType, name: str = fullname,
                                    original: Callable[[ModuleType], None] = original) -> None:
                        start = time.perf_counter()
                        original(module)
                        record(f"pool: import {name}", start, time.perf_counter())
                        if after is not None:
                            after(module)

                    spec.loader.exec_module = exec_module  # type: ignore[method-assign]
                    return spec
            return None

    sys.meta_path.insert(0, ImportTimer())

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    mark("import PySide6")
    from framing_desk.core.analysis_cache import AnalysisCache
    from framing_desk.gui import session as session_module
    from framing_desk.gui.app import build_window, wait_until_analysed
    from framing_desk.gui.main_window import MainWindow

    mark("import framing_desk.gui.app")

    AnalysisCache.load = timed("UI: AnalysisCache.load", AnalysisCache.load)  # type: ignore[method-assign]
    session_module._rewrite = timed("pool: rewrite(sample)", session_module._rewrite)
    last_update = [0.0]

    def ui_slot(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        inner = timed(name, function)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return inner(*args, **kwargs)
            finally:
                last_update[0] = time.perf_counter()
        return wrapper

    from framing_desk.gui.workers import Task

    task_run = Task.run

    def run_timed(self: Task) -> None:
        name = getattr(self.function, "__qualname__", None) or getattr(self.function, "__name__", "?")
        start = time.perf_counter()
        try:
            task_run(self)
        finally:
            record(f"pool task: {name}", start, time.perf_counter())

    Task.run = run_timed  # type: ignore[method-assign]

    MainWindow._refresh_findings = ui_slot(  # type: ignore[method-assign]
        "UI: MainWindow._refresh_findings", MainWindow._refresh_findings)
    MainWindow._refresh_rewrite = ui_slot(  # type: ignore[method-assign]
        "UI: MainWindow._refresh_rewrite", MainWindow._refresh_rewrite)

    class PaintWatch(QObject):
        """Notes paints of the editor and of the panes the findings and the rewrite update."""

        last_paint = 0.0
        editor_painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                now = time.perf_counter()
                if watched is editor_viewport[0]:
                    if not self.editor_painted:
                        record("UI: first paint of the editor", now, now)
                        self.editor_painted = True
                    if "UI: MainWindow._refresh_findings" in spans:
                        record(FINDINGS_PAINTED, now, now)
                self.last_paint = now
            return False

    editor_viewport: list[QObject] = []
    start = time.perf_counter()
    window = build_window()
    record("UI: build_window()", start, time.perf_counter())
    watch = PaintWatch()
    editor_viewport.append(window.editor.viewport())
    for view in (window.editor, window.translation_view, window.rewrite_view):
        view.viewport().installEventFilter(watch)
    start = time.perf_counter()
    window.open_sample()
    record("UI: open_sample()", start, time.perf_counter())
    window.restore_layout()
    window.show()
    window.session.warm_up()
    mark("UI: show() called")
    analysed = wait_until_analysed(window)
    mark("UI: wait_until_analysed() returned")
    app = QApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + 2.0
    while watch.last_paint < last_update[0] and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)
    ready = time.time()
    mark("ready: painted with findings and rewrite")
    print(json.dumps({"started": STARTED_WALL, "ready": ready, "analysed": analysed,
                      "spans": spans, "totals": totals}), flush=True)
    os._exit(0 if analysed else 1)  # do not wait for the engine warm-up still running in the pool


# --- the parent: runs and figures -----------------------------------------------------------------


def profile_env(folder: Path) -> dict[str, str]:
    """Environment of a child whose config, data and cache folders all lie in `folder`."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    for variable, name in [("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                           ("XDG_CACHE_HOME", "cache"), ("FRAMING_DESK_CONFIG_DIR", "config/framing-desk"),
                           ("FRAMING_DESK_DATA_DIR", "data/framing-desk")]:
        path = folder / name
        path.mkdir(parents=True, exist_ok=True)
        env[variable] = str(path)
    return env


def spawn(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Seconds from spawning `command` to the ready time it prints, and what it printed."""
    import subprocess

    spawned = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        sys.exit(f"benchmark child failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    result["spawned"] = spawned
    return float(result["ready"]) - spawned, result


def breakdown(result: dict[str, Any], title: str) -> None:
    """Print the child's timeline in ms since the process was spawned, ordered by end time."""
    offset = float(result["started"]) - float(result["spawned"])
    print(f"\n{title} — ms since spawn: start → end (duration); 'pool' = the background thread")
    print(f"  {'Python start-up until the script runs':56} {0:6.0f} → {offset * 1000:6.0f}"
          f" ({offset * 1000:5.0f})")
    spans: dict[str, list[float]] = result["spans"]
    totals: dict[str, float] = result["totals"]
    previous = offset
    for name, (start, end) in sorted(spans.items(), key=lambda item: (item[1][1], item[1][0])):
        if start == end:  # a checkpoint on the UI thread: duration since the previous checkpoint
            start = previous - offset
        total = totals.get(name, end - start)
        extra = f", all calls {total * 1000:.0f}" if spans[name][0] != end and \
            abs(total - (end - start)) > 0.0005 else ""
        print(f"  {name:56} {(start + offset) * 1000:6.0f} → {(end + offset) * 1000:6.0f}"
              f" ({(end - start) * 1000:5.0f}{extra})")
        if not name.startswith("pool:"):
            previous = end + offset


def findings_painted(result: dict[str, Any]) -> float:
    """Seconds from spawn to the first paint of the editor with the findings marked."""
    spans = result["spans"]
    span = spans.get(FINDINGS_PAINTED) or spans["ready: painted with findings and rewrite"]
    return float(result["started"]) + float(span[1]) - float(result["spawned"])


def main() -> None:
    import argparse
    import shutil
    import statistics
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each kind (default %(default)s)")
    parser.add_argument("--quick", action="store_true", help="two runs of each kind")
    args = parser.parse_args()
    repeat = 2 if args.quick else max(1, args.repeat)

    import compileall

    from framing_desk.core.resources import sample_article

    # As an installed program has them (pip compiles what it installs; `make setup` compiles the
    # editable checkout): the bytecode, so the app is not timed compiling its own modules when
    # PYTHONDONTWRITEBYTECODE is set.
    compileall.compile_dir(str(ROOT / "framing_desk"), quiet=1)

    sample = str(sample_article())
    bare_command = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py"), sample]
    app_command = [sys.executable, str(Path(__file__).resolve()), "--child"]
    times: dict[str, list[float]] = {"bare": [], "first start": [], "cold": [], "warm": []}
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in times}
    with tempfile.TemporaryDirectory(prefix="framing-desk-startup-") as tmp:
        root = Path(tmp)
        kept = profile_env(root / "kept")
        analyses = Path(kept["XDG_CACHE_HOME"]) / "framing-desk" / "analyses"
        # Untimed: fill the OS file cache, and the kept profile's caches (lemma table copy, rule forms).
        spawn(bare_command, kept)
        spawn(app_command, kept)
        for run in range(repeat):
            for kind in ("bare", "first start", "cold", "warm"):
                if kind == "bare":
                    elapsed, result = spawn(bare_command, kept)
                elif kind == "first start":
                    elapsed, result = spawn(app_command, profile_env(root / f"fresh-{run}"))
                    shutil.rmtree(root / f"fresh-{run}", ignore_errors=True)
                else:
                    if kind == "cold":
                        shutil.rmtree(analyses, ignore_errors=True)
                    elapsed, result = spawn(app_command, kept)
                times[kind].append(elapsed)
                results[kind].append(result)
            print(f"run {run + 1}/{repeat}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()),
                  flush=True)

    medians = {kind: statistics.median(values) for kind, values in times.items()}
    marked = {kind: statistics.median(findings_painted(result) for result in results[kind])
              for kind in ("first start", "cold", "warm")}
    bare = medians["bare"]
    print(f"\nspawn → window painted, median of {repeat} (offscreen, {os.cpu_count()} cores); ratio to bare, "
          f"target <= {TARGET}:")
    print(f"  bare PySide6 window, 3 editors, sample text: {bare:.2f} s")
    print(f"  {'Framing Desk':39} {'findings marked':>22}   {'analysed (findings + rewrite)':>30}")
    for kind, label in [("first start", "first start (empty cache folder)"),
                        ("cold", "cold (no stored analysis of the text)"),
                        ("warm", "warm (stored analysis of the text)")]:
        cells = []
        for value in (marked[kind], medians[kind]):
            ratio = value / bare
            cells.append(f"{value:5.2f} s = {ratio:5.2f} {'ok' if ratio <= TARGET else 'OVER'}")
        print(f"  {label:39} {cells[0]:>22}   {cells[1]:>30}")

    def median_run(kind: str) -> dict[str, Any]:
        order = sorted(range(len(times[kind])), key=lambda i: times[kind][i])
        return results[kind][order[len(order) // 2]]

    breakdown(median_run("bare"), "bare window (median run)")
    for kind in ("cold", "warm", "first start"):
        breakdown(median_run(kind), f"Framing Desk, {kind} (median run)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child()
    else:
        main()

"""How the TUI feels on a large database: cold start, typing, scrolling.

    python -m tests.bench.tui --db FILE

- **cold start**: a new Python process until the first frame is painted, and until the
  statement list shows its first page; beside a minimal Textual app's first frame.
- **keystroke to results**: words typed into the search box one key at a time, at a
  quick typist's pace (one key every TYPING_INTERVAL); for each key, the time from the
  app receiving it to the frame that shows that search's first page. Measured inside the
  app: Pilot's own waits between presses are not counted.
  In relevance order, the first results while typing are the newest matches (3 ms to
  read) and the ranked page replaces them; both times are printed.
- **typing at full speed**: the same words with no pause, so searches overtake each
  other; the time from the last key to its ranked results.
- **page-down**: the time from each key to the frame showing the next page; and a jump
  to the last statement.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

from textual import events

import onrecord.tui.app
from onrecord.db.store import Store
from onrecord.tui.app import OnRecordApp
from onrecord.tui.widgets.statement_list import PAGE_SIZE

ROOT = Path(__file__).resolve().parents[2]
TYPED_WORDS = ["cooperation", "supply chains", "semiconductors", "climate finance", "tariffs",
               "energy investment", "trade growth", "markets"]


def typed_words(shape: str) -> list[str]:
    """What to type on a corpus of `shape` (tests/bench/__main__.py): shape a's words above;
    on shape b, words of its own vocabulary from the most frequent to the rare, alone and
    side by side, so that typing meets common words, phrases and prefixes of both."""
    if shape == "a":
        return TYPED_WORDS
    from tests.bench.corpus_b import benchmark_words
    w = benchmark_words(13)
    return [w[2], f"{w[0]} {w[1]}", w[9], f"{w[5]} {w[40]}", w[120], w[1], f"{w[3]} {w[30]}", w[600]]
TYPING_INTERVAL = 0.12  # seconds between keys: about eight keys a second

START_ONRECORD = """
import time; started = time.perf_counter()
from onrecord.db.store import Store
import onrecord.tui.app
from pathlib import Path
from onrecord.tui.app import OnRecordApp
class Timed(OnRecordApp):
    CSS_PATH = str(Path(onrecord.tui.app.__file__).with_name("app.tcss"))  # else looked up beside this script
    painted = shown = None
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(self.first_frame)
    def first_frame(self):
        self.painted = time.perf_counter() - started
    def show_results(self, *args, **kwargs):
        super().show_results(*args, **kwargs)
        self.call_after_refresh(self.results_shown)
    def results_shown(self):
        self.shown = time.perf_counter() - started
        self.exit()
app = Timed(Store.open({db!r}))
app.run(headless=True, size=(120, 40))
print(app.painted, app.shown)
"""
START_MINIMAL = """
import time; started = time.perf_counter()
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        self.call_after_refresh(self.exit)
Minimal().run(headless=True, size=(120, 40))
print(time.perf_counter() - started)
"""


def median_p95(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def cold_start(database: Path, repeat: int = 7) -> dict[str, tuple[float, float]]:
    """Seconds: OnRecord's first frame and first results, the minimal app's first frame."""
    frames, results, minimal = [], [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", START_ONRECORD.format(db=str(database))],
                             capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
        frames.append(float(out[-2]))
        results.append(float(out[-1]))
        out = subprocess.run([sys.executable, "-c", START_MINIMAL],
                             capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
        minimal.append(float(out[-1]))
    return {"first frame": median_p95(frames), "first results": median_p95(results),
            "minimal app": median_p95(minimal)}


class Instrumented(OnRecordApp):
    """The app, noting when each key arrives, when results are handed to the screen, and
    when each frame has been painted (`watch_paints` hooks the screen's compositor)."""

    CSS_PATH = str(Path(onrecord.tui.app.__file__).with_name("app.tcss"))  # else looked up beside this file

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.key_at = 0.0
        self.key_for_search: dict[int, float] = {}  # search serial -> its key's arrival
        self.search_shown: dict[int, float] = {}  # first results (newest while ranking)
        self.ranked_shown: dict[int, float] = {}  # the final order's first page
        self.paints: list[float] = []
        self.keys: list[tuple[float, float]] = []  # (arrived, handled) for every key

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self.key_at = time.perf_counter()
            await super().on_event(event)
            self.keys.append((self.key_at, time.perf_counter()))
            return
        await super().on_event(event)

    def reload(self) -> None:
        super().reload()
        self.key_for_search[self._query_serial] = self.key_at

    def show_results(self, serial: int, *args, **kwargs) -> None:
        super().show_results(serial, *args, **kwargs)
        if serial == self._query_serial:
            now = time.perf_counter()
            self.search_shown.setdefault(serial, now)
            if not kwargs.get("ranking"):
                self.ranked_shown.setdefault(serial, now)

    def watch_paints(self) -> None:
        screen = self.screen
        compositor_refresh = screen._compositor_refresh

        def painted() -> None:
            compositor_refresh()
            self.paints.append(time.perf_counter())
        screen._compositor_refresh = painted

    def painted_after(self, moment: float | None) -> float | None:
        """When the first frame painted after `moment` was done."""
        return next((paint for paint in self.paints if moment is not None and paint >= moment), None)

    async def key_to_paint(self, serial: int, shown: dict[int, float], timeout: float = 2.0) -> float:
        """Milliseconds from the key behind search `serial` to the frame showing its results."""
        deadline = time.perf_counter() + timeout
        while self.painted_after(shown.get(serial)) is None and time.perf_counter() < deadline:
            await asyncio.sleep(0.001)
        return ((self.painted_after(shown.get(serial)) or deadline) - self.key_for_search[serial]) * 1000


async def typing_and_scrolling(database: Path, words: list[str] = TYPED_WORDS) -> dict[str, tuple[float, float]]:
    """Milliseconds, (median, p95) for each figure."""
    store = Store.open(database)
    app = Instrumented(store)
    figures: dict[str, tuple[float, float]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.watch_paints()

        async def clear_search() -> None:
            app.search_input.value = ""
            await app.workers.wait_for_complete()
            await pilot.pause()

        await pilot.press("slash")
        paced, ranked, full_speed = [], [], []
        for word in words:
            await clear_search()
            for key in word:
                await pilot.press(key if key != " " else "space")
                serial = app._query_serial
                ranked.append(await app.key_to_paint(serial, app.ranked_shown))
                paced.append(await app.key_to_paint(serial, app.search_shown))
                await asyncio.sleep(max(0.0, TYPING_INTERVAL - (time.perf_counter() - app.key_at)))
            await clear_search()
            for key in word:
                await pilot.press(key if key != " " else "space")
            serial = app._query_serial
            full_speed.append(await app.key_to_paint(serial, app.ranked_shown))
            await app.workers.wait_for_complete()
        figures["keystroke to results, paced (ms)"] = median_p95(paced)
        figures["keystroke to ranked results, paced (ms)"] = median_p95(ranked)
        figures["last key to results, full speed (ms)"] = median_p95(full_speed)

        await clear_search()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.keys.clear()
        for _ in range(100):
            await pilot.press("pagedown")
        await pilot.pause()
        figures["page-down key to frame (ms)"] = median_p95(
            [(app.painted_after(handled) - arrived) * 1000 for arrived, handled in app.keys
             if app.painted_after(handled) is not None])
        # The last page is read in the background (the list draws "…" meanwhile): the
        # figure runs from the key to the frame that shows the last statement itself.
        listing = app.statement_list
        loaded_at: dict[int, float] = {}
        page_loaded = listing._page_loaded

        def noting_when(generation, page, rows):
            page_loaded(generation, page, rows)
            loaded_at[page] = time.perf_counter()
        listing._page_loaded = noting_when
        app.keys.clear()
        await pilot.press("G")
        arrived = app.keys[0][0]
        deadline = time.perf_counter() + 30
        while listing.cursor // PAGE_SIZE not in listing._pages and time.perf_counter() < deadline:
            await asyncio.sleep(0.001)
        shown_from = loaded_at.get(listing.cursor // PAGE_SIZE, arrived)
        while app.painted_after(shown_from) is None and time.perf_counter() < deadline:
            await asyncio.sleep(0.001)
        jump = ((app.painted_after(shown_from) or deadline) - arrived) * 1000
        figures["jump to the last statement (ms)"] = (jump, jump)
    store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--shape", choices=("a", "b"), help="the corpus the database holds (found when not given)")
    parser.add_argument("--skip-start", action="store_true", help="only typing and scrolling")
    args = parser.parse_args()
    if not args.skip_start:
        for name, (median, p95) in cold_start(args.db).items():
            print(f"cold start, {name}: median {median:.2f} s, p95 {p95:.2f} s")
    from tests.bench.search import detect_shape
    shape = args.shape or detect_shape(Store.open(args.db))
    words = typed_words(shape)
    print(f"shape {shape}; typed: {', '.join(words)}")
    for name, (median, p95) in asyncio.run(typing_and_scrolling(args.db, words)).items():
        print(f"{name}: median {median:.1f}, p95 {p95:.1f}")


if __name__ == "__main__":
    main()

"""The meetings pane on a large database (issue: meetings you can work with).

    python -m tests.bench.meetings --db FILE [--repeat 7]

Times, inside the app, from the action to the frame that shows its result:
- **open**: the pane read and painted (the count, the first page of the newest meetings);
- **oldest**: G in the pane, to the frame showing the oldest meeting (its page read from
  the oldest end in the background);
- **country pair**: the filter "between south korea and japan" applied, to the pane painted
  with just those meetings.
Prints the median and worst of `repeat` runs and the database's meeting count.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path

import onrecord.tui.app
from onrecord.db.store import Store
from onrecord.tui.app import Filter, OnRecordApp
from onrecord.tui.widgets.meeting_list import MeetingList

PAIR = ("South Korea", "Japan")


class Timed(OnRecordApp):
    """The app, telling when the meetings pane was last painted with new contents."""

    CSS_PATH = str(Path(onrecord.tui.app.__file__).with_name("app.tcss"))  # else looked up beside this file
    painted_at: float | None = None

    def _show_meetings(self, *args, **kwargs) -> None:
        super()._show_meetings(*args, **kwargs)
        self.call_after_refresh(self._painted)

    def _painted(self) -> None:
        self.painted_at = time.perf_counter()


async def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the pane did not paint")
        await asyncio.sleep(0.001)


async def measure(db: Path) -> dict[str, float]:
    store = Store.open(db, read_only=True)
    app = Timed(store, export_path=lambda: Path("/tmp/onrecord-bench-export.md"))
    figures = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        pane = app.query_one(MeetingList)
        # open: read and paint the pane again, as when the app starts
        app.painted_at = None
        started = time.perf_counter()
        app.reload_facets()
        await wait_for(lambda: app.painted_at is not None)
        figures["open"] = app.painted_at - started
        # oldest: G in the pane
        pane.focus()
        await pilot.pause()
        oldest_drawn = []
        original = pane._page_loaded

        def loaded(*args):
            original(*args)
            app.call_after_refresh(lambda: oldest_drawn.append(time.perf_counter()))

        pane._page_loaded = loaded
        started = time.perf_counter()
        await pilot.press("G")
        await wait_for(lambda: oldest_drawn or (pane.current is not None and pane.cursor == pane.total - 1
                                                and pane._drawn_row(pane.cursor) is not None
                                                and pane.cursor // 100 in pane._pages))
        figures["oldest"] = (oldest_drawn[0] if oldest_drawn else time.perf_counter()) - started
        pane._page_loaded = original
        # country pair
        app.painted_at = None
        started = time.perf_counter()
        app.push_filter(Filter(f"meetings between {PAIR[0]} and {PAIR[1]}", {"countries": PAIR}))
        await wait_for(lambda: app.painted_at is not None)
        figures["country pair"] = app.painted_at - started
        figures["meetings"] = store.meeting_count()
        figures["pair meetings"] = pane.total
        app.exit()
    store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    runs = [asyncio.run(measure(args.db)) for _ in range(args.repeat)]
    print(f"{runs[0]['meetings']:,} meetings; {runs[0]['pair meetings']:,} between {PAIR[0]} and {PAIR[1]}")
    for key in ("open", "oldest", "country pair"):
        times = [run[key] * 1000 for run in runs]
        print(f"{key:<13} median {statistics.median(times):6.1f} ms   worst {max(times):6.1f} ms   (target < 100 ms)")


if __name__ == "__main__":
    main()

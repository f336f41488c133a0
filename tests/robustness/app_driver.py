"""The app running under Pilot in a thread of its own, so that a (synchronous) hypothesis
property can drive one app through thousands of examples instead of starting one each."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import threading
from collections.abc import Awaitable, Callable
from typing import TypeVar

from textual.app import App
from textual.pilot import Pilot

T = TypeVar("T")


class AppDriver:
    def __init__(self, app: App, size: tuple[int, int] = (120, 40)) -> None:
        self.app = app
        self.size = size
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self.loop.run_until_complete, args=(self._run(),),
                                        daemon=True)
        self._thread.start()
        if not self._ready.wait(60):
            raise RuntimeError("the app did not start")

    async def _run(self) -> None:
        self._stop = asyncio.Event()
        async with self.app.run_test(size=self.size) as pilot:
            self.pilot = pilot
            # Textual keeps the running app in context variables: every step runs in them.
            self._context = contextvars.copy_context()
            self._ready.set()
            await self._stop.wait()

    def run(self, step: Callable[[Pilot], Awaitable[T]], timeout: float = 60) -> T:
        """Run `step(pilot)` on the app's loop and return its result (or raise its error)."""
        result: concurrent.futures.Future = concurrent.futures.Future()

        def start() -> None:
            task = self.loop.create_task(step(self.pilot), context=self._context)

            def done(task: asyncio.Task) -> None:
                if task.cancelled():
                    result.cancel()
                elif task.exception() is not None:
                    result.set_exception(task.exception())
                else:
                    result.set_result(task.result())

            task.add_done_callback(done)

        self.loop.call_soon_threadsafe(start)
        return result.result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(60)

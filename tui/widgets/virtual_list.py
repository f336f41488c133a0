"""A list drawn with Textual's Line API, for any number of rows.

No widget or table row is built per row. The list knows only how many rows there are and
a function that fetches a page of them; `render_line` asks for the rows it draws, pages
are cached (as toolong's log view does) and read in the background when they are not, so
a million rows scroll like ten. Subclasses say how one row is drawn (`_line`) and what a
drawn line depends on (`_line_key`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

PAGE_SIZE = 100
CACHED_PAGES = 32
CACHED_LINES = 512
LOADING = object()  # a row whose page is being read

# fetch(offset, limit, previous): `previous` is the row just before `offset` when the list
# has it, so the next page can start from it (keyset paging) instead of counting rows.
Fetch = Callable[[int, int, object], list]


class VirtualList(ScrollView, can_focus=True):
    """Rows fetched a page at a time, with a cursor."""

    MOVING = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home,g", "first", "Top", show=False),
        Binding("end,G", "last", "Bottom", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
    ]
    CURSOR_CLASS = "virtual-list--cursor"
    DIM_CLASS = "virtual-list--dim"

    cursor: reactive[int] = reactive(0, always_update=True)

    class Moved(Message):
        """The cursor is on a new row (or on none)."""

        def __init__(self, row) -> None:
            self.row = row
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.total = 0
        self.empty_message = Text("")
        self._fetch: Fetch = lambda offset, limit, previous: []
        self._pages: OrderedDict[int, list] = OrderedDict()
        # Drawn lines by what they show: each keystroke and page-down redraws every visible
        # line, and most of them are lines drawn a moment ago.
        self._lines: OrderedDict[tuple, Strip] = OrderedDict()
        self._loading: set[int] = set()  # pages being read in the background
        self._generation = 0  # counts show(): pages read for older contents are dropped

    def show(self, total: int, fetch: Fetch, empty_message: Text, first_page: list | None = None) -> None:
        """Replace the list's contents: `total` rows, fetched on demand by `fetch`."""
        self.total, self._fetch, self.empty_message = total, fetch, empty_message
        self._pages.clear()
        self._loading.clear()
        self._generation += 1
        if first_page is not None:
            self._pages[0] = first_page
        self.virtual_size = Size(self.size.width, total)
        self.scroll_to(y=0, animate=False)
        self.cursor = 0
        self.refresh()

    def set_total(self, total: int) -> None:
        """A new row count for the same results (the exact count after a capped one)."""
        self.total = total
        self.virtual_size = Size(self.size.width, total)
        self.refresh()

    def row(self, index: int):
        if not 0 <= index < self.total:
            return None
        page = index // PAGE_SIZE
        if page not in self._pages:
            before = self._pages.get(page - 1)
            previous = before[-1] if before and len(before) == PAGE_SIZE else None
            self._pages[page] = self._fetch(page * PAGE_SIZE, PAGE_SIZE, previous)
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        rows = self._pages[page]
        return rows[index % PAGE_SIZE] if index % PAGE_SIZE < len(rows) else None

    @property
    def current(self):
        return self.row(self.cursor)

    def _drawn_row(self, index: int):
        """The row to draw at `index`, or LOADING while its page is read in the background:
        a page deep in a big search can take a few hundred milliseconds to read, and
        drawing must never wait for it."""
        page = index // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._load_in_background(page)
            return LOADING
        return rows[index % PAGE_SIZE] if index % PAGE_SIZE < len(rows) else None

    def _load_in_background(self, page: int) -> None:
        if page in self._loading:
            return
        self._loading.add(page)
        before = self._pages.get(page - 1)
        previous = before[-1] if before and len(before) == PAGE_SIZE else None
        generation, fetch = self._generation, self._fetch

        def load() -> None:
            rows = fetch(page * PAGE_SIZE, PAGE_SIZE, previous)
            self.app.call_from_thread(self._page_loaded, generation, page, rows)

        self.run_worker(load, thread=True, group=f"{self.id or 'list'}-pages", exit_on_error=False)

    def _page_loaded(self, generation: int, page: int, rows: list) -> None:
        if generation != self._generation:
            return  # the list shows other results now
        self._loading.discard(page)
        self._pages[page] = rows
        if len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        self.refresh()
        if self.cursor // PAGE_SIZE == page:
            self.post_message(self.Moved(self.current))

    # -- drawing ---------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if self.total == 0:
            text = self.empty_message.copy() if y == 1 else Text("")
            text.pad_left(2)
            return self._strip(text, width, self.rich_style)
        row = self._drawn_row(index)
        if row is LOADING:
            return self._strip(Text("  …", style=self.get_component_rich_style(self.DIM_CLASS)),
                               width, self.rich_style)
        if row is None:
            return Strip.blank(width, self.rich_style)
        style = self.rich_style
        if index == self.cursor:
            style += self.get_component_rich_style(self.CURSOR_CLASS)
        key = self._line_key(row, width, style)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._lines[key] = self._strip(self._line(row, width), width, style)
            if len(self._lines) > CACHED_LINES:
                self._lines.popitem(last=False)
        return strip

    def _line(self, row, width: int) -> Text:
        raise NotImplementedError

    def _line_key(self, row, width: int, style) -> tuple:
        return (row.id, width, style)

    def _strip(self, text: Text, width: int, style) -> Strip:
        text.truncate(width, overflow="ellipsis", pad=True)
        segments = [Segment(s.text, style + s.style if s.style else style) for s in text.render(self.app.console) if s.text != "\n"]
        return Strip(segments).adjust_cell_length(width, style)

    # -- moving ----------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_cursor_into_view()
        self.refresh()
        row = self._drawn_row(self.cursor)
        if row is not LOADING:  # else Moved follows when its page has been read
            self.post_message(self.Moved(row))

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, self.total - 1)) if self.total else 0

    def _scroll_cursor_into_view(self) -> None:
        height = self.scrollable_content_region.height or 1
        top = self.scroll_offset.y
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self.total - 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def on_click(self, event) -> None:
        index = self.scroll_offset.y + event.y
        if 0 <= index < self.total:
            self.cursor = index

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.total)

"""The key line at the bottom of every screen: the keys that work here, in one widget.

Textual's Footer builds a widget per key and rebuilds them all whenever focus moves, which
cost the app ~25 ms before its first frame and ~100 ms before its first results (measured
with the start benchmark). This draws the same hints as one line of text, redrawn only when
the keys that apply change.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


class KeyHints(Static):
    DEFAULT_CSS = """
    KeyHints {
        dock: bottom;
        height: 1;
        width: 1fr;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is not self.screen:
            return
        line = Text(no_wrap=True, overflow="ellipsis")
        shown: set[str] = set()
        for _node, binding, enabled, _tooltip in screen.active_bindings.values():
            if not binding.show or binding.action in shown:
                continue
            shown.add(binding.action)
            key_style = "bold" if enabled else "dim"
            line.append(f" {self.app.get_key_display(binding)} ", style=f"{key_style} reverse")
            line.append(f" {binding.description}  ", style="" if enabled else "dim")
        if line.plain != getattr(self, "_drawn", None):
            self._drawn = line.plain
            self.update(line)

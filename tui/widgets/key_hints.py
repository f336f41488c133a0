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

    _keys: tuple[tuple[str, str, bool], ...] = ()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is not self.screen:
            return
        keys, shown = [], set()
        for _node, binding, enabled, _tooltip in screen.active_bindings.values():
            if not binding.show or binding.action in shown:
                continue
            shown.add(binding.action)
            keys.append((self.app.get_key_display(binding), binding.description, enabled))
        if tuple(keys) != self._keys:
            self._keys = tuple(keys)
            self.refresh()

    def render(self) -> Text:
        """As many keys as fit whole (a key cut in half at the edge tells nothing), and the
        help key always: it lists every other."""
        last = [k for k in self._keys if k[1] == "Help"]
        room = self.size.width - sum(_width(k) for k in last)
        line = Text(no_wrap=True)
        for hint in [k for k in self._keys if k not in last]:
            if line.cell_len + _width(hint) > room:
                break
            _append(line, hint)
        for hint in last:
            _append(line, hint)
        return line


def _width(hint: tuple[str, str, bool]) -> int:
    return len(hint[0]) + len(hint[1]) + 4


def _append(line: Text, hint: tuple[str, str, bool]) -> None:
    key, description, enabled = hint
    line.append(f" {key} ", style=("bold" if enabled else "dim") + " reverse")
    line.append(f" {description}  ", style="" if enabled else "dim")

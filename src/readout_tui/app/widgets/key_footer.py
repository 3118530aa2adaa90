"""The footer: the keys that work where the focus is, on one line.

Textual's footer is a row of widgets, one per key, mounted again whenever the
keys change, which is whenever the focus moves: Enter in the filter box cost a
new layout of the whole screen, longer than a frame, for the footer alone. This
one is a single line of text in a box of fixed size: new keys only repaint it.
A click on a key presses it, as in Textual's footer.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

from readout_tui.app.widgets.drawn_lines import KeepsDrawnLines

_KEY_META = "footer-key"


class KeyFooter(KeepsDrawnLines, Widget, can_focus=False):
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description"}

    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        width: 1fr;
        background: $footer-background;
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._keys: tuple[tuple[str, str, str, bool], ...] = ()
        self._palette: tuple[str, str, str, bool] | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        app = self.app
        active = screen.active_bindings
        keys: dict[str, tuple[str, str, str, bool]] = {}  # one key per action, as Textual's footer shows
        for namespace, binding, enabled, _ in active.values():
            if binding.show and binding.action not in keys:
                keys[binding.action] = self._item(binding, enabled, namespace)
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _, binding, enabled, _ = active[app.COMMAND_PALETTE_BINDING]
            palette = self._item(binding, enabled)
            keys.pop(binding.action, None)
        shown = tuple(keys.values())
        if (shown, palette) != (self._keys, self._palette):
            self._keys, self._palette = shown, palette
            self.refresh()

    def _item(self, binding: Binding, enabled: bool, namespace: object = None) -> tuple[str, str, str, bool]:
        """The key, how it is shown, and what it does: the binding's description, or
        what its node's `footer_description` says it does now (n: next match, say)."""
        describe = getattr(namespace, "footer_description", None)
        description = describe(binding) if describe is not None else binding.description
        return binding.key.split(",")[0], self.app.get_key_display(binding), description, enabled

    @property
    def keys(self) -> list[str]:
        """What the footer shows, key and description: for tests and for the help."""
        return [f"{display} {description}".strip() for _, display, description, _ in self._keys]

    def drawn_look(self) -> tuple:
        return self._keys, self._palette

    def render(self) -> Content:
        """The keys from the left, as many as fit whole (a key cut off mid-word, the
        palette's key pushed off the line, would say less than one left out), and
        the palette's key at the right end."""
        key_style = self.get_visual_style("footer-key--key")
        description_style = self.get_visual_style("footer-key--description")
        right = Content("")
        if self._palette is not None:
            right = Content.styled("▏", description_style) + self._chip(self._palette, key_style, description_style)
        room = self.size.width - right.cell_length
        left = Content("")
        for item in self._keys:
            chip = self._chip(item, key_style, description_style)
            if left.cell_length + chip.cell_length > room:
                break
            left += chip
        if not right:
            return left
        return left + Content(" " * (room - left.cell_length)) + right if room >= 0 else left

    @staticmethod
    def _chip(item: tuple[str, str, str, bool], key_style: Style, description_style: Style) -> Content:
        key, display, description, enabled = item
        meta = Style.from_meta({_KEY_META: key})
        dim = Style(dim=True) if not enabled else Style()
        chip = Content.styled(f" {display} ", key_style + dim + meta)
        if description:
            chip += Content.styled(f"{description} ", description_style + dim + meta)
        return chip

    def on_click(self, event: events.Click) -> None:
        key = event.style.meta.get(_KEY_META)
        if key is None:
            return
        event.stop()
        enabled = next((item[3] for item in (*self._keys, self._palette) if item and item[0] == key), True)
        if enabled:
            self.app.simulate_key(key)
        else:
            self.app.bell()

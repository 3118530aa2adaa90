"""The command palette (ctrl+p): open any readout, filter by a speaker of the
open one, or clear the filter. Theme changes come from Textual's own commands."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from readout_tui.app.printable import printable

if TYPE_CHECKING:
    from readout_tui.app.app import ReadoutApp

MAX_HITS = 50
YIELD_EVERY = 500
DISCOVERED_READOUTS = 10


class ReadoutCommands(Provider):
    @property
    def _app(self) -> ReadoutApp:
        return self.app  # type: ignore[return-value]

    def _commands(self) -> Iterable[tuple[str, Callable[[], object], str]]:
        """(text, action, help) for every command, speakers first: there are few."""
        app = self._app
        if app.readout is not None:
            for speaker in app.readout.attribution.speakers:
                yield (
                    f"Filter by speaker: {speaker.name}",
                    partial(app.filter_to_speaker, speaker),
                    ", ".join(speaker.aliases),
                )
        if app.speaker_filter is not None:
            yield "Clear speaker filter", app.action_clear_filter, "Show every statement again"
        for index in range(len(app.library)):
            entry = app.library[index]
            yield (
                f"Open readout: {printable(entry.title, keep_newlines=False)}",
                partial(app.select_path, entry.path),
                entry.date or "undated",
            )

    async def discover(self) -> Hits:
        readouts = 0
        for text, action, help in self._commands():
            readouts += text.startswith("Open readout")
            if readouts > DISCOVERED_READOUTS:
                return
            yield DiscoveryHit(Content(text), action, text=text, help=escape(help))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        hits = 0
        for index, (text, action, help) in enumerate(self._commands()):
            if index % YIELD_EVERY == 0:
                await asyncio.sleep(0)  # let the palette take the next keystroke
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), action, text=text, help=escape(help))
                hits += 1
                if hits >= MAX_HITS:
                    return


def _highlight(matcher, text: str) -> Content:
    """The matcher's own highlight parses its candidate as markup; a readout's title
    is data (`[@click=app.quit]` must stay text), so build the content plainly."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets if score else ():
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content

"""Updating a text widget without a new layout of the screen when its height stays.

Textual lays the whole screen out again after `Static.update` unless told the size
will not change, and a layout redraws every scroll bar on screen: on a change of
readout that was most of the frame. The header and the legend change with every
readout, but their height seldom does."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


def update_in_place(widget: Static, content: Content) -> None:
    """`widget.update(content)`, laying the screen out again only when the height
    `content` takes at the widget's width differs from what it shows now (or the
    widget has no width yet)."""
    width = widget.content_region.width
    same = width > 0 and widget.visual.get_height(widget.styles, width) == content.get_height(widget.styles, width)
    widget.update(content, layout=not same)

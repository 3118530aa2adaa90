"""Speaker colours: which colour a speaker's slot wears on a given background.

The hues are Okabe & Ito's colour-universal-design palette (2008), chosen because
readers with the common colour-vision deficiencies can still tell them apart, and
ordered so that the first speakers of a readout, the ones every readout has, get
the most distinct pair (orange and sky blue). Okabe-Ito was designed for plots,
not text, so each colour is darkened (light themes) or lightened (dark themes)
just enough to reach a WCAG AA text contrast of 4.5:1 against the actual
background: the hue stays, the text stays readable.

Seven hues are not enough for every readout, so from the eighth speaker on the
hues repeat with a different treatment (reverse video, double underline, both):
two speakers of one readout never look the same up to 28 speakers.

Pure Python on purpose: the exporters and tests use it without Textual.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

OKABE_ITO: tuple[tuple[str, str], ...] = (
    ("orange", "#E69F00"),
    ("sky blue", "#56B4E9"),
    ("bluish green", "#009E73"),
    ("reddish purple", "#CC79A7"),
    ("yellow", "#F0E442"),
    ("blue", "#0072B2"),
    ("vermillion", "#D55E00"),
)
"""(name, hex) in slot order; Okabe-Ito's eighth colour, black, is left out: it is
the text colour of light themes and invisible on dark ones."""

UNATTRIBUTED_GREY = "#999999"
"""Speech the engine found but could not tie to a person: neutral, never a hue."""

TREATMENTS: tuple[tuple[bool, bool], ...] = (
    (False, False),
    (True, False),
    (False, True),
    (True, True),
)
"""(reverse, double underline) for each round of the hues."""

MIN_CONTRAST = 4.5
DARK_REFERENCE = "#121212"
LIGHT_REFERENCE = "#FFFFFF"


class Look(NamedTuple):
    """How one speaker's text is drawn on one background."""

    colour: str
    """Foreground colour, '#RRGGBB', readable on the background."""
    name: str
    """The hue's name, for the legend's tooltip and for readers who ask."""
    tint: str
    """The colour faded into the background: a backdrop for highlighting."""
    reverse: bool = False
    double_underline: bool = False
    on_tint: str = ""
    """The colour of text on the tint: `colour` moved just far enough from the tint
    to be as readable there (4.5:1) as `colour` is on the background ('#56B4E9' on
    its tint over a dark theme's '#121212' read at 3.5:1)."""

    @property
    def treatment(self) -> str:
        """Words for the treatment that sets this look apart from its hue's first use."""
        parts = [("reversed" if self.reverse else ""), ("double underline" if self.double_underline else "")]
        return ", ".join(part for part in parts if part)


def look(slot: int, background: str | None = None, dark: bool = True) -> Look:
    """The look of speaker `slot` on `background` ('#RRGGBB'; None or unparsable
    means a typical dark or light background, as `dark` says)."""
    slot = max(slot, 0)
    hue_name, hue = OKABE_ITO[slot % len(OKABE_ITO)]
    reverse, double_underline = TREATMENTS[(slot // len(OKABE_ITO)) % len(TREATMENTS)]
    return _look(hue_name, hue, _background(background, dark), reverse, double_underline)


def unattributed_look(background: str | None = None, dark: bool = True) -> Look:
    """The look of statements without a speaker."""
    return _look("grey", UNATTRIBUTED_GREY, _background(background, dark), False, False)


def is_dark(background: str) -> bool:
    """True when light text reads better than dark text on `background`."""
    return contrast(background, "#FFFFFF") > contrast(background, "#000000")


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two '#RRGGBB' colours (1 to 21)."""
    lighter, darker = sorted((_luminance(_rgb(first)), _luminance(_rgb(second))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@lru_cache(maxsize=256)
def _look(name: str, hue: str, background: str, reverse: bool, double_underline: bool) -> Look:
    colour = readable(hue, background)
    tint = _hex(_mix(_rgb(colour), _rgb(background), 0.25))
    return Look(
        colour=colour,
        name=name,
        tint=tint,
        reverse=reverse,
        double_underline=double_underline,
        on_tint=readable(colour, tint),
    )


def readable(colour: str, background: str, minimum: float = MIN_CONTRAST) -> str:
    """`colour` moved towards white or black, whichever `background` is not, in small
    steps until it reaches `minimum` contrast against `background`."""
    rgb, target = _rgb(colour), ((255, 255, 255) if is_dark(background) else (0, 0, 0))
    for step in range(21):
        candidate = _hex(_mix(target, rgb, step / 20))
        if contrast(candidate, background) >= minimum:
            return candidate
    return _hex(target)


def _background(background: str | None, dark: bool) -> str:
    try:
        return _hex(_rgb(background or ""))
    except ValueError:
        return DARK_REFERENCE if dark else LIGHT_REFERENCE


def _rgb(colour: str) -> tuple[int, int, int]:
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) not in (6, 8):
        raise ValueError(f"not a hex colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _mix(top: tuple[int, int, int], bottom: tuple[int, int, int], amount: float) -> tuple[int, int, int]:
    """`top` laid over `bottom` at opacity `amount`."""
    return tuple(round(t * amount + b * (1 - amount)) for t, b in zip(top, bottom, strict=True))  # type: ignore[return-value]


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b

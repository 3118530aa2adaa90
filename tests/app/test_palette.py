"""Speaker colours: readable on every theme, distinct within a readout."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.theme import BUILTIN_THEMES

from readout_tui import palette

BACKGROUNDS = sorted(
    {theme.background for theme in BUILTIN_THEMES.values() if theme.background and theme.background.startswith("#")}
    | {palette.DARK_REFERENCE, palette.LIGHT_REFERENCE}
)


@pytest.mark.parametrize("background", BACKGROUNDS)
def test_every_speaker_colour_reads_as_text_on_every_builtin_theme(background: str) -> None:
    for slot in range(len(palette.OKABE_ITO)):
        colour = palette.look(slot, background).colour
        assert palette.contrast(colour, background) >= palette.MIN_CONTRAST, (slot, colour)
    assert palette.contrast(palette.unattributed_look(background).colour, background) >= palette.MIN_CONTRAST


@given(count=st.integers(min_value=1, max_value=len(palette.OKABE_ITO) * len(palette.TREATMENTS)))
def test_no_two_speakers_of_a_readout_look_the_same(count: int) -> None:
    for dark, background in ((True, palette.DARK_REFERENCE), (False, palette.LIGHT_REFERENCE)):
        looks = [palette.look(slot, background, dark) for slot in range(count)]
        assert len({(look.colour, look.reverse, look.double_underline) for look in looks}) == count


def test_colours_stay_okabe_ito_where_they_already_read_well() -> None:
    assert palette.look(0, "#000000").colour == "#E69F00"
    assert palette.look(1, "#000000").colour == "#56B4E9"


def test_light_backgrounds_get_darker_colours_and_dark_ones_lighter() -> None:
    assert palette.is_dark("#121212") and not palette.is_dark("#FFFFFF")
    orange_on_white = palette.look(0, "#FFFFFF").colour
    assert palette.contrast(orange_on_white, "#000000") < palette.contrast("#E69F00", "#000000")


def test_an_unknown_background_falls_back_to_the_theme_kind() -> None:
    assert palette.look(0, None, dark=True) == palette.look(0, palette.DARK_REFERENCE)
    assert palette.look(0, "ansi_default", dark=False) == palette.look(0, palette.LIGHT_REFERENCE)

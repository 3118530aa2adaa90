"""fx77: a headline's "Garners" after an office's initials is its verb, no person "Garners Support" (invented
readouts, invented people and places)."""

from __future__ import annotations

from .test_patterns import assert_statements

_GARNERS_TITLE = "MCE Garners Support For Velmora Region"
_GARNERS = (
    "The Municipal Chief Executive for Tandoro-Wesk, Hon. Kwabeno Asarel has urged the people of Dunsa to vote "
    "for the creation of the Velmora region.\n\n"
    "The MCE made the call when he joined the chief and people at the yam festival.\n\n"
    "He said the new region will bring roads and schools to the area.\n"
)


def test_office_initials_then_garners_is_a_headline_verb():
    assert_statements(_GARNERS, [
        ("Kwabeno Asarel", "indirect", "The Municipal Chief Executive for Tandoro-Wesk, Hon. Kwabeno Asarel has "
         "urged the people of Dunsa to vote for the creation of the Velmora region."),
        ("Kwabeno Asarel", "indirect", "He said the new region will bring roads and schools to the area."),
    ], title=_GARNERS_TITLE)


_NAMED_TITLE = "DCE Kofi Tanselo Urges Farmers To Register"
_NAMED = (
    "The District Chief Executive, Hon. Kofi Tanselo has urged farmers in the district to register for the "
    "planting programme.\n\n"
    "He said the assembly will supply seedlings to every farmer who registers.\n"
)


def test_guard_office_initials_then_a_name_still_name_him():
    assert_statements(_NAMED, [
        ("Kofi Tanselo", "indirect", "The District Chief Executive, Hon. Kofi Tanselo has urged farmers in the "
         "district to register for the planting programme."),
        ("Kofi Tanselo", "indirect", "He said the assembly will supply seedlings to every farmer who registers."),
    ], title=_NAMED_TITLE)

"""Helper h1125 (eighthundredfiftyeighth, the Governor of Nuevo León and those he meets, as machine-translated English
pages print them): an office in lower case before a name and its comma whose place is two capitalised words, the shape
of a name ("the governor-elect of Nuevo León, X,"), and an office elected but not yet taken up ("the governor-elect of
…"); a quotation whose closing mark is typed as an opening one before its tag, its opening mark lost ("…, and we will
continue, “he posted on networks."). Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_THANKED = "In his social networks, the governor-elect thanked the congressman and assured that the ties are important."


def test_a_lower_office_of_a_two_word_place_before_a_name_is_the_names():
    """"The governor-elect of Nuevo Varro, Tomas Lenz," names the place in two capitalised words, read before as a man
    "Nuevo Varro": the office is Lenz's, so "the governor-elect thanked …" is his. Before, no one's."""
    opening = ("The governor-elect of Nuevo Varro, Tomas Lenz, held a meeting with the congressman Arel Dunmore in the "
               "city of Westbury.")
    assert_statements("\n\n".join([opening, _THANKED]), [("Tomas Lenz", "indirect", _THANKED)])


def test_a_lower_office_of_a_two_word_place_not_elect():
    """The same for an office held ("the governor of Baja Torre, X,"): "The governor assured …" is his."""
    opening = "Today the governor of Baja Torre, Tomas Lenz, received the congressman Arel Dunmore."
    assured = "The governor assured that the border will open soon."
    assert_statements("\n\n".join([opening, assured]), [("Tomas Lenz", "indirect", assured)])


def test_a_man_named_after_the_office_without_a_comma_stays_the_place_less_reading():
    """The guard: the office's place and the name run together with no comma ("the governor of Baja Torre Tomas Lenz
    received …") is not this shape: the place is not cut from the name, and the later "The governor" stays no one
    named, as before."""
    opening = "Today the governor of Baja Torre Tomas Lenz received the congressman Arel Dunmore."
    assured = "The governor assured that the border will open soon."
    result = assert_statements("\n\n".join([opening, assured]), [("The governor", "indirect", assured)])
    assert all(s.speaker != "Tomas Lenz" for s in result.statements)


_OPENING = "The governor of Sorlan, Tomas Lenz, held a meeting with the congressman Arel Dunmore in Westbury."
_WORDS = "Both states are essential to strengthen relations, and we will continue to do that during this tour"


def test_a_closing_mark_typed_as_an_opening_one_before_its_tag():
    """"…, “he posted on networks.": the lone “ after the comma closes the quotation whose opening mark was lost; the
    words from the paragraph's start are Lenz's, direct. Before, no statement."""
    body = "\n\n".join([_OPENING, _THANKED.replace("the governor-elect", "the governor"),
                        _WORDS + ", “he posted on networks."])
    result = assert_statements(body, [
        ("Tomas Lenz", "indirect", _THANKED.replace("the governor-elect", "the governor")),
        ("Tomas Lenz", "direct", _WORDS),
    ])
    assert [s.kind for s in result.statements] == ["indirect", "direct"]


def test_an_opening_mark_after_a_comma_that_opens_a_real_quotation_stays_open():
    """The guard: "…, “the Sorlan agenda” will go on this week." has a closing mark after it and no tag: a quoted term,
    not a quotation closed the wrong way; the sentence stays no one's statement."""
    body = "\n\n".join([_OPENING, "Both states are essential, “the Sorlan agenda” will go on this week."])
    assert_statements(body, [])


_ASSEMBLY = "At the assembly of the employers, Governor Tomas Lenz expressed that the plant came to the state."


def test_the_state_president_is_the_governor_when_no_one_is_a_president():
    """"The State President" (a Mexican state's "mandatario estatal" in translation) is the one Governor named, when no
    one named is a President. Before, the report was no one's and was left out."""
    reaffirmed = "The State President also reaffirmed his Administration’s commitment to work with the business sector."
    assert_statements("\n\n".join([_ASSEMBLY, reaffirmed]), [
        ("Tomas Lenz", "indirect", _ASSEMBLY), ("Tomas Lenz", "indirect", reaffirmed)])


def test_a_named_state_president_keeps_the_office():
    """The guard: a head of state named "State President X" holds the office; "The State President" after is he, not
    the Governor named beside him."""
    opening = "State President Arno Velt received Governor Tomas Lenz in the capital."
    reaffirmed = "The State President also reaffirmed his commitment to work with the business sector."
    assert_statements("\n\n".join([opening, reaffirmed]), [("Arno Velt", "indirect", reaffirmed)])

"""Helper h1120 (eighthundredfiftythird, the Chairman of Da Nang's People's Committee and those he meets): a place
of two capitalised words, the shape of a Vietnamese name ("Đà Nẵng", "Quảng Nam"), that the opening calls "the city
of X" or "the province of X" is no one: named first (in the title, in a dateline) and later a sentence's subject
("Once X sets …"), it was taken for the readout's untitled principal, whom a bare "The President …" then meant.
Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements, run

_OPENING = ("State President Arno Velt praised the central city of Dan Vor and the neighbouring province of Quan Tor "
            "for their achievements during a working session on April 10.")
_SUGGESTED = "The President suggested the two localities seek pillar fields."
_ASKED = "The President also asked to create a favourable business environment."
_ONCE = "Once Dan Vor sets hi-tech industry as a pillar, it is necessary to choose capable investors."


def test_the_bare_office_is_the_named_holder_not_a_place_named_in_the_title():
    """The title names the place first ("President lauds Quan Tor, Dan Vor …") and a later sentence has it as subject:
    "The President" is Arno Velt. Before, both reports were given to "Dan Vor"."""
    body = "\n\n".join([_OPENING, _SUGGESTED, _ASKED, _ONCE])
    assert_statements(body, [
        ("Arno Velt", "indirect", _OPENING),
        ("Arno Velt", "indirect", _SUGGESTED),
        ("Arno Velt", "indirect", _ASKED),
    ], title="President lauds Quan Tor, Dan Vor for achievements")


def test_the_bare_office_is_the_named_holder_after_a_dateline_of_the_place():
    """The same with the place in capitals as the dateline that opens the body ("DAN VOR — State President …")."""
    body = "\n\n".join(["DAN VOR — " + _OPENING, _SUGGESTED, _ASKED, _ONCE])
    result = run(body, title="Working session in the centre")
    speakers = {s.speaker for s in result.statements if s.speaker is not None}
    assert speakers == {"Arno Velt"}
    assert [s.text for s in result.statements if s.text.startswith("The President")] == [_SUGGESTED, _ASKED]


def test_an_untitled_host_named_first_still_answers_to_the_office():
    """The guard: an untitled man named first, never called a city or province ("Anton Ferzel met with …"), is
    still the principal whom a bare "The President" means, over someone titled named later."""
    body = ("Anton Ferzel met with a delegation led by Minister Lisa Harvo in the city of Dan Vor.\n\n"
            "Lisa Harvo conveyed greetings from her government.\n\n"
            "The President said the talks were useful.")
    result = run(body, title="Meeting with Lisa Harvo")
    said = [s for s in result.statements if s.text.startswith("The President")]
    assert [s.speaker for s in said] == ["Anton Ferzel"]

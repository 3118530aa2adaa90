"""Subjects of a speech verb, probed as a whole: forty ways to name the minister of a readout ("Ostlund's
foreign minister", "The Ostlund minister", "Her host, President Maric,", "The latter" …), each before
"stressed that …". These are the forms the probe found misread."""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements, run

_TALKS = "President Anton Maric of Maritia met with Foreign Minister of Ostlund Greta Lind in Torvik on Tuesday.\n\n"


@pytest.mark.parametrize("subject", ["Ostlund's foreign minister", "Ostlund’s chief diplomat", "Ostlund’s minister",
                                     "The Ostlund minister"])
def test_an_office_owned_by_a_country_is_its_holder(subject):
    """"Ostlund's foreign minister stressed …": the office of the country the name owns, not a person
    named Ostlund (the possessor once read as the speaker's name); "The Ostlund minister": the country
    before the office, not a portfolio named "ostlund"."""
    sentence = f"{subject} stressed that the talks had been useful."
    assert_statements(_TALKS + sentence, [("Greta Lind", "indirect", sentence)])


def test_an_office_owned_by_a_person_is_not_that_person():
    """"President Maric’s guest stressed …" is not Maric (the possessor once read as the speaker)."""
    sentence = "President Maric’s guest stressed that the talks had been useful."
    result = run(_TALKS + sentence)
    assert [s.speaker for s in result.statements if "useful" in s.text] in ([], ["Greta Lind"])


def test_the_title_host_named_only_in_the_title_stays_the_principal_beside_a_titled_guest():
    """"Anton Maric met with the CEO of General Velmora, Ivo Brand / The President congratulated …": the Kremlin
    names its host only in the title; a guest the body names, titled in the title ("CEO"), does not make him no
    principal (hard27's rule for a headline's words taken for a host had, and "The President" was nobody's name)."""
    first = ("The President congratulated Ivo Brand on the fact that the first stone in what will become one of the "
             "company’s factories was laid in Torvik.")
    second = "The head of state noted that foreign investors are increasingly interested in Velmora."
    third = "The fact that General Velmora is entering the national market is a good sign for relations as a whole."
    result = assert_statements(first + "\n\n" + second + " " + third, [
        ("Anton Maric", "indirect", first), ("Anton Maric", "indirect", second), ("Anton Maric", "indirect", third),
    ], title="Anton Maric met with the CEO of General Velmora, Ivo Brand")
    assert [s.name for s in result.speakers] == ["Anton Maric"]

"""Helper h1104 (eighthundredfortieth, South Australia's Premier and Governor): a person whose name, once the
titles are gone, is all particles ("Governor Van Le" after "Governor Hieu Van Le") must not stop the engine when a
later lone surname is compared with the surnames named before (it did: `core` of "Van Le" is empty)."""

from __future__ import annotations

from readout_tui.engine import attribute
from readout_tui.engine.people import core, core_surname

from .test_patterns import assert_statements


def test_a_name_of_particles_only_does_not_stop_the_readout():
    body = (
        "Consul General of Quarnesia, Arvid Tomaskovel, recently met with the Governor of Vellmark, Hieu Van Le, "
        "to discuss people-to-people ties.\n\n"
        "\"Vellmark has a strong relationship with Quarnesia,\" Governor Van Le said.\n\n"
        "Consul General Tomaskovel stressed that the ties between the two peoples were close.\n\n"
        "\"Our two leaders are close friends,\" Tomaskevol said."
    )
    result = attribute(body)
    texts = [s.text for s in result.statements if s.speaker]
    assert any(t.startswith("Vellmark has a strong relationship") for t in texts)
    assert any(t.startswith("Consul General Tomaskovel stressed") for t in texts)


def test_the_surname_of_a_name_of_particles_is_empty():
    assert core(("Van", "Le")) == ()
    assert core_surname(("Van", "Le")) == ""
    assert core_surname(("Hieu", "Van", "Le")) == "hieu"
    assert core_surname(("Arvid", "Tomaskovel")) == "tomaskovel"


def test_a_lone_surname_with_two_letters_swapped_still_finds_its_person():
    # guard: the slip rule (`_surname_with_letters_swapped`) works as before beside a name of particles
    body = (
        "The Speaker of the Assembly of Quarnesia, Talat Xhaferivo, received Governor Van Le of Vellmark.\n\n"
        "In this respect Xahferivo mentioned that the two assemblies would exchange visits."
    )
    assert_statements(body, [
        ("Talat Xhaferivo", "indirect",
         "In this respect Xahferivo mentioned that the two assemblies would exchange visits."),
    ])


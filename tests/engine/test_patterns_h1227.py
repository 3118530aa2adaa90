"""Rules from the ninetieth hard set (stop 70's left-overs): a subject that is no name before a relative clause or a
"to"/"under" phrase whose object is named ("The envoy who met President Y … said …", "An aide to Mayor X said …",
"Those who served under Governor Y said …"): the verb is the head's, never the object's; "Said one resident:" alone in
its paragraph before a quoted paragraph (no one's). Invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VILLA = ("KESSARO — Mr. Emeka Ugwuoha on Friday called on President Daniel Amakwe at the villa. The Mayor of Port "
          "Esuma, Mr. Ikenna Obodoh, and Governor Yakubu Dansoro also attended.\n\n")


def test_an_unnamed_envoy_who_met_a_named_president_is_no_one():
    """"The envoy who met President Amakwe last week said …" (hard90): no envoy is named in the readout, so no one
    speaks; before, the words went to the President (the object of "met") or the one named last."""
    body = _VILLA + "The envoy who met President Amakwe last week said the Gerlundic government would fund a library."
    assert_statements(body, [])


def test_an_aide_to_a_named_mayor_is_no_one():
    """"An aide to Mayor Obodoh said …" (hard90): an unnamed aide's words, not the Mayor's."""
    body = _VILLA + "An aide to Mayor Obodoh said the city would move the traders on Monday."
    assert_statements(body, [])


def test_those_who_served_under_a_named_governor_are_a_group():
    """"Those who served under Governor Dansoro said …" (hard90): a group (GOLD-FORMAT), not the governor."""
    body = _VILLA + "Those who served under Governor Dansoro said he had kept his cabinet small."
    assert_statements(body, [])


def test_a_named_envoy_who_met_a_president_is_the_envoy():
    """The envoy named before is the one who speaks after "The envoy who met President …": the office word resolved
    to its holder, never the President."""
    body = ("KESSARO — The Gerlundic Ambassador to Okuvania, Mr. Henrik Aalgard, attended the forum.\n\n"
            "The envoy who met President Amakwe last week said Gerlundic firms were ready to bid for the line.")
    assert_statements(body, [
        ("Henrik Aalgard", "indirect", "The envoy who met President Amakwe last week said Gerlundic firms were ready "
                                       "to bid for the line."),
    ])


def test_a_named_man_who_met_a_president_speaks():
    """Guard: "Mr. Emeka Ugwuoha who met President Amakwe … said …": the name that opens the sentence speaks."""
    body = _VILLA + ("Mr. Emeka Ugwuoha who met President Amakwe at the villa on Friday said the President would "
                     "attend the ceremony.")
    assert_statements(body, [
        ("Emeka Ugwuoha", "indirect", "Mr. Emeka Ugwuoha who met President Amakwe at the villa on Friday said the "
                                      "President would attend the ceremony."),
    ])


def test_an_aide_set_off_with_his_name_speaks():
    """Guard: "An aide to Mayor Obodoh, Mr. Sunday Ruthenga, said …": the aide is named (a comma), so he speaks."""
    body = _VILLA + "An aide to Mayor Obodoh, Mr. Sunday Ruthenga, said the city would move the traders on Monday."
    assert_statements(body, [
        ("Sunday Ruthenga", "indirect", "An aide to Mayor Obodoh, Mr. Sunday Ruthenga, said the city would move the "
                                        "traders on Monday."),
    ])


_MARKET = ("PORT ESUMA — The Mayor of Port Esuma, Mr. Ikenna Obodoh, on Friday opened the new fish market.\n\n"
           "Mayor Obodoh said the market had 600 stalls.\n\n")


def test_said_one_resident_alone_before_a_quoted_paragraph_is_no_one():
    """"Said one resident:" in a paragraph of its own, then a quoted paragraph (hard90): an unnamed resident's words,
    no one's; before, the Mayor's (the last speaker carried on)."""
    body = _MARKET + ("Said one resident:\n\n"
                      "“We have waited for this market for fifteen years. My mother sold fish on the sand.”")
    assert_statements(body, [
        ("Ikenna Obodoh", "indirect", "Mayor Obodoh said the market had 600 stalls."),
    ])


def test_said_the_mayor_alone_before_a_quoted_paragraph_is_the_mayor():
    """Guard: "Said the Mayor to the guests:" then a quoted paragraph: the Mayor's direct statement."""
    body = _MARKET + ("Said the Mayor to the guests:\n\n"
                      "“This market belongs to the women of this city. Treat it well.”")
    assert_statements(body, [
        ("Ikenna Obodoh", "indirect", "Mayor Obodoh said the market had 600 stalls."),
        ("Ikenna Obodoh", "direct", "This market belongs to the women of this city. Treat it well."),
    ])

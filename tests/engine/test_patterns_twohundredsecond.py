"""Rules from the two-hundred-second held-out set (president.gov.ua, March-May 2022): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_said_this_during_a_press_conference_for_the_media_is_narrative():
    """"The Head of State said this during a press conference for international and Ukrainian media in Kyiv." (74505):
    only where he said what came before. Before, a statement of his ("press ... for" read as "pressed X for")."""
    body = ("President Arvel Dunmore stressed that the Borlandian people are close to the Tarnish people. "
            "The Head of State said this during a press conference for international and Tarnish media in Velm.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "President Arvel Dunmore stressed that the Borlandian people are close to the Tarnish people."),
    ])


def test_pressed_a_named_minister_on_is_still_a_question():
    """The guard: "pressed Minister X on …" (a capitalised name after the verb) is still asking (hard16)."""
    body = ("President Arvel Dunmore received Foreign Minister Oren Falk.\n\n"
            "Arvel Dunmore pressed Minister Falk on the schedule of the border talks.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "Arvel Dunmore pressed Minister Falk on the schedule of the border talks."),
    ])


def test_thanked_those_who_before_a_colon_is_a_statement():
    """"Ihor Zhovkva thanked the heads of diplomatic missions of the European Union who returned to Kyiv to fulfill
    their duties: “This demonstrates …”" (74729): the thanks with whom and why, an indirect statement; the quotation
    after the colon direct. Before, the span cut at "missions of" (the who-clause's "returned" read as the lead-in's
    verb)."""
    body = ("Deputy Head of the Office Lina Moss held a working meeting with ambassadors in Velm.\n\n"
            "Lina Moss thanked the heads of diplomatic missions of the Northern Union who returned to Velm to fulfill "
            "their duties: \"This demonstrates your firm solidarity with our people.\"")
    assert_statements(body, [
        ("Lina Moss", "indirect", "Lina Moss thanked the heads of diplomatic missions of the Northern Union who "
         "returned to Velm to fulfill their duties"),
        ("Lina Moss", "direct", "This demonstrates your firm solidarity with our people."),
    ])


def test_thanked_someone_without_a_reason_before_a_colon_only_introduces():
    """The guard: "X thanked the ambassadors:" (no reason, no who-clause) only introduces the quotation."""
    body = ("Deputy Head of the Office Lina Moss held a working meeting with ambassadors in Velm.\n\n"
            "Lina Moss thanked the ambassadors: \"This demonstrates your firm solidarity with our people.\"")
    assert_statements(body, [
        ("Lina Moss", "direct", "This demonstrates your firm solidarity with our people."),
    ])


def test_an_organisations_leader_is_the_one_named_beside_its_short_name():
    """"President of Ukraine Volodymyr Zelenskyy met with Director General of the International Atomic Energy Agency
    (IAEA) Rafael Mariano Grossi … The IAEA leader stressed the importance of further cooperation …" (74597): the one
    named right after "(IAEA)", not the host (a state's leader). Before, the host's statement."""
    body = ("President Arvel Dunmore met with Director General of the International Grain Council (IGC) Oren Falk "
            "and Minister Tom Reel.\n\n"
            "\"We need a fair market,\" the President said. For his part, Oren Falk said that he had visited the port. "
            "The IGC leader stressed the importance of further cooperation with Borlandia.")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "We need a fair market"),
        ("Oren Falk", "indirect", "For his part, Oren Falk said that he had visited the port."),
        ("Oren Falk", "indirect", "The IGC leader stressed the importance of further cooperation with Borlandia."),
    ])


def test_a_states_leader_by_its_short_name_is_still_that_states():
    """The guard: "The US leader" is the United States' head of state (a country, read as before), not the one named
    after "US " in the text."""
    body = ("President Arvel Dunmore met with US Ambassador Oren Falk and President of the United States Tom Reel.\n\n"
            "The US leader stressed the importance of further cooperation with Borlandia.")
    assert_statements(body, [
        ("Tom Reel", "indirect", "The US leader stressed the importance of further cooperation with Borlandia."),
    ])

"""Rules from the nine-hundred-forty-ninth held-out set (the Governor of Irbid and Jordan's northern governorates, with
those at their meetings, as Petra, Ammon News and The Jordan Times print them): invented readouts and people. The
compass initial's tests name real countries written short ("S. Korean", "S. Sudan"), the construction itself; their
people are invented."""

from __future__ import annotations

from .test_patterns import assert_statements

_HOST = "Governor Daro Velt of Kestria Province received Ambassador Han Jo-rim on Thursday at his office. "


def test_compass_initial_of_a_nation_in_a_title_is_no_person():
    """The title "S. Korean Envoy Briefed On Jerash's Investment Privileges" (Petra, 2024-04-25) made a person "S.",
    the Korean envoy, who took the body's "the Korean envoy indicated …" from the ambassador the body names. "S." before
    "Korean" is South's initial, no one's name: the envoy is the named ambassador."""
    body = _HOST + "For his part, the Korean envoy indicated that he visits the province regularly."
    assert_statements(body, [
        ("Han Jo-rim", "indirect", "For his part, the Korean envoy indicated that he visits the province regularly."),
    ], title="S. Korean Envoy Briefed On Port Plans")


def test_compass_initial_before_a_country_name_in_a_title_is_no_person():
    """The same with the country's name and another office: "S. Sudan President Visits …", then "The President said …"
    of the President the body names, not of a person "S."."""
    body = ("Governor Daro Velt of Kestria Province received South Sudan's President Tor Mabek on Monday. "
            "The President said the two sides would build the road together.")
    assert_statements(body, [
        ("Tor Mabek", "indirect", "The President said the two sides would build the road together."),
    ], title="S. Sudan President Visits Kestria Province")


def test_name_after_the_compass_initial_and_office_is_still_the_holders():
    """The guard: "S. Korean Ambassador Han Jo-rim said …", the name after the office; his statement, as before."""
    body = ("Governor Daro Velt of Kestria Province toured the port on Thursday. "
            "S. Korean Ambassador Han Jo-rim said the port would grow.")
    assert_statements(body, [
        ("Han Jo-rim", "indirect", "S. Korean Ambassador Han Jo-rim said the port would grow."),
    ])


def test_wire_dateline_glued_by_a_hyphen_to_the_agency_and_the_lead():
    """"IRBID (Petra)-British ambassador in Amman X on Tuesday met with …, noting that …" (Ammon News, 2013-05-28): the
    place and the agency in brackets, then a hyphen glued to both, are a wire's dateline, in no sentence. Before, they
    opened the sentence, its subject was lost and the ambassador's point was no one's."""
    body = ("VARNO (Kesta)-Tarvanian ambassador in Varno Ivo Ranst on Tuesday met with business leaders at the chamber "
            "of commerce, noting that the camp has drawn attention away from the towns.\n\n"
            "Ranst said his country would help the towns.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Tarvanian ambassador in Varno Ivo Ranst on Tuesday met with business leaders at the "
                                  "chamber of commerce, noting that the camp has drawn attention away from the towns."),
        ("Ivo Ranst", "indirect", "Ranst said his country would help the towns."),
    ])


def test_initials_glued_by_a_hyphen_to_a_capital_word_stay_in_the_sentence():
    """The guard: initials in the bracket before a glued hyphen ("VARNO (ASEAN)-Kastravia talks …") are a compound's
    first part, no agency's dateline: the sentence keeps them, as before."""
    text = "VARNO (ASEAN)-Kastravia talks will resume in May, Minister Ivo Ranst said."
    assert_statements(text, [("Ivo Ranst", "indirect", text)])


def test_pointed_to_cooperation_is_a_point_made():
    """"Meanwhile, Kufahi pointed to joint cooperation in the environment and energy fields with Tunisian side."
    (Petra, 2024-04-16): the cooperation one points to is a point made, as the relations and ties one points to."""
    body = ("Mayor Ivo Ranst received Ambassador Mira Sol of Kastravia at the municipality on Tuesday. "
            "Meanwhile, Ranst pointed to joint cooperation in the environment and energy fields with the Kastravian side.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Meanwhile, Ranst pointed to joint cooperation in the environment and energy fields "
                                  "with the Kastravian side."),
    ])


def test_sides_pointing_to_cooperation_speak_for_no_one():
    """The guard: "The two sides pointed to joint cooperation …": a pair, no one person's statement."""
    body = ("Mayor Ivo Ranst received Ambassador Mira Sol of Kastravia at the municipality on Tuesday. "
            "The two sides pointed to joint cooperation in the environment and energy fields.")
    assert_statements(body, [])

"""Helper h1121 (eighthundredfiftyfourth, the Governor of Bangkok as outlets print him): "apart from X" brings in a
person, not a place, so a lone name after it can still be a speaker's ("Apart from Chadchart, his chief adviser …");
"introduced <a place's> strengths" is an account given, as its "advantages"; "expected the two sides, X and Y, to …"
is a wish held, the sides named again between commas."""

from __future__ import annotations

from .test_patterns import assert_statements

_DINNER = (
    "Varnath had a working dinner with Ambassador Olek Prasny on Tuesday to seek the embassy’s cooperation with the "
    "city administration.\n\n"
    "{opening} Varnath, his chief adviser Tomo Releck and deputy governor Anya Vell took part in the meeting.\n\n"
    "Varnath also suggested that the embassy provide films for the city’s outdoor film festival. Prasny agreed, "
    "saying the embassy would first make subtitles for the films.\n\n"
    "Varnath mentioned that the ambassador was friendly and they talked until late."
)


def test_lone_name_after_apart_from_is_a_speaker():
    assert_statements(_DINNER.format(opening="Apart from"), [
        ("Varnath", "indirect",
         "Varnath also suggested that the embassy provide films for the city’s outdoor film festival."),
        ("Olek Prasny", "indirect", "Prasny agreed, saying the embassy would first make subtitles for the films."),
        ("Varnath", "indirect", "Varnath mentioned that the ambassador was friendly and they talked until late."),
    ])


def test_lone_name_after_a_place_from_stays_no_one():
    # guard: "from Varnath" with no "apart" before it is a place's, and the word speaks for no one
    assert_statements(_DINNER.format(opening="Guests from"), [
        ("Olek Prasny", "indirect", "Prasny agreed, saying the embassy would first make subtitles for the films."),
    ])


def test_introduced_a_places_strengths_is_an_account():
    body = (
        "A delegation of Lorvan province, led by Party Secretary Tran Minh Hoa, had a working session with Mayor "
        "Olek Prasny of Varnath on July 17.\n\n"
        "At the meeting, Hoa introduced Varnath's officials strengths of Lorvan province with a convenient transport "
        "system.\n\n"
        "He said the province has a plan to prioritise investment in roads and power supply."
    )
    assert_statements(body, [
        ("Tran Minh Hoa", "indirect",
         "At the meeting, Hoa introduced Varnath's officials strengths of Lorvan province with a convenient "
         "transport system."),
        ("Tran Minh Hoa", "indirect", "He said the province has a plan to prioritise investment in roads and power supply."),
    ])


def test_introduced_strengths_with_no_article_stays_narrative():
    # guard: "introduced strengths-based budgeting" is a measure taken, no account; only the report after it speaks
    body = (
        "Mayor Olek Prasny of Varnath met Party Secretary Tran Minh Hoa of Lorvan province on July 17.\n\n"
        "Last year, Hoa introduced strengths-based budgeting in Lorvan province.\n\n"
        "Prasny said the city has a plan to prioritise investment in roads and power supply."
    )
    assert_statements(body, [
        ("Olek Prasny", "indirect", "Prasny said the city has a plan to prioritise investment in roads and power supply."),
    ])


_SIGNING = (
    "A visiting Lorvan delegation signed an agreement on Friendship Cities with the Varnath city administration on "
    "Monday.\n\n"
    "Tomo Releck, vice governor of Lorvan province, said during the signing ceremony that the agreement points out "
    "the direction of cooperation.\n\n"
    "{sentence}"
)


def test_expected_the_two_sides_named_between_commas_to_act():
    body = _SIGNING.format(sentence="He expected the two sides, Lorvan and Varnath, to jointly boost cooperation in "
                                    "trade and culture.")
    assert_statements(body, [
        ("Tomo Releck", "indirect", "Tomo Releck, vice governor of Lorvan province, said during the signing ceremony "
                                    "that the agreement points out the direction of cooperation."),
        ("Tomo Releck", "indirect", "He expected the two sides, Lorvan and Varnath, to jointly boost cooperation in "
                                    "trade and culture."),
    ])


def test_the_two_sides_named_between_commas_are_expected_in_the_passive():
    # guard: the sides as the subject of a passive "are expected to" is no one's wish
    body = _SIGNING.format(sentence="The two sides, Lorvan and Varnath, are expected to jointly boost cooperation in "
                                    "trade and culture.")
    assert_statements(body, [
        ("Tomo Releck", "indirect", "Tomo Releck, vice governor of Lorvan province, said during the signing ceremony "
                                    "that the agreement points out the direction of cooperation."),
    ])

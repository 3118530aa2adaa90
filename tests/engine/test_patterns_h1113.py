"""Helper h1113 (eighthundredfortyseventh, the Chief Minister of BARMM as the Philippine press prints him): the
Philippine styles "Atty." (Attorney) and "Sec.", "Usec.", "Asec." (Secretary, Undersecretary, Assistant Secretary)
before a name end no sentence; a name's apposition that is a place's one capitalised word and an office in lower case
("X, Zorland interior minister, said …") is the name's office, not a person called "Zorland"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_attorney_style_before_a_name_ends_no_sentence():
    body = (
        "VALDARA – Ambassador Lena Varro of Ostrava visited the regional parliament on Monday.\n\n"
        "Regional Parliament Speaker Atty. Tomas Harl highlighted the parliament’s accomplishments and the coming "
        "elections."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect",
         "Regional Parliament Speaker Atty. Tomas Harl highlighted the parliament’s accomplishments and the coming "
         "elections."),
    ])


def test_secretary_shortened_before_a_name_ends_no_sentence():
    body = (
        "VALDARA – Regional leaders met defense officials in the capital.\n\n"
        "Minister Tomas Harl said the meeting was cordial, adding that Sec. Ivo Pell would visit the region in May."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect",
         "Minister Tomas Harl said the meeting was cordial, adding that Sec. Ivo Pell would visit the region in May."),
    ])


def test_place_then_lower_case_office_in_apposition_is_the_names():
    body = (
        "VALDARA – Regional leaders met defense officials in the capital.\n\n"
        "In his Facebook post, Tomas Harl, Zorland interior minister, said the meeting was cordial.\n\n"
        "With the chief minister were Education Minister Ivo Pell and Public Works Minister Dan Rusk."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect",
         "In his Facebook post, Tomas Harl, Zorland interior minister, said the meeting was cordial."),
    ])


def test_place_then_capitalised_office_in_apposition_unchanged():
    # guard: the office in capitals after the place was read as the name's before the rule and still is
    body = (
        "VALDARA – Regional leaders met defense officials in the capital.\n\n"
        "Tomas Harl, Zorland Interior Minister, said the meeting was cordial.\n\n"
        "With the chief minister was Education Minister Ivo Pell."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect", "Tomas Harl, Zorland Interior Minister, said the meeting was cordial."),
    ])


def test_known_nationality_before_a_lower_case_office_unchanged():
    # guard: a nationality's adjective before the office was read right before the rule and still is
    body = (
        "VALDARA – Regional leaders met defense officials in the capital.\n\n"
        "Tomas Harl, British interior minister, said the meeting was cordial.\n\n"
        "With the chief minister was Education Minister Ivo Pell."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect", "Tomas Harl, British interior minister, said the meeting was cordial."),
    ])


def test_gloss_of_an_initialism_spelled_out_in_the_report_is_no_ones():
    body = (
        "VALDARA, March 8 — The leaders of the autonomous region are keen to learn from Ostrava, Prime Minister Lena "
        "Varro said here today.\n\n"
        "She said the leaders of the region, created through the ratification of the Valdara Organic Law (VOL), also "
        "want to attract foreign investors to the region. The VOL provides for the establishment of the autonomous "
        "region.\n\n"
        "“They have many combatants who now have to switch to developing the area,” she told journalists."
    )
    assert_statements(body, [
        ("Lena Varro", "indirect",
         "The leaders of the autonomous region are keen to learn from Ostrava, Prime Minister Lena Varro said here "
         "today."),
        ("Lena Varro", "indirect",
         "She said the leaders of the region, created through the ratification of the Valdara Organic Law (VOL), also "
         "want to attract foreign investors to the region."),
        ("Lena Varro", "direct", "They have many combatants who now have to switch to developing the area,"),
    ])


def test_initialism_not_spelled_out_before_goes_on_with_the_report():
    # guard: with no bracketed spelling before it, the sentence about the initialism is still her report carried on
    body = (
        "VALDARA, March 8 — The leaders of the autonomous region are keen to learn from Ostrava, Prime Minister Lena "
        "Varro said here today.\n\n"
        "She said the leaders of the region, created through the ratification of the organic law, also want to "
        "attract foreign investors to the region. The VOL provides for the establishment of the autonomous region.\n\n"
        "“They have many combatants who now have to switch to developing the area,” she told journalists."
    )
    assert_statements(body, [
        ("Lena Varro", "indirect",
         "The leaders of the autonomous region are keen to learn from Ostrava, Prime Minister Lena Varro said here "
         "today."),
        ("Lena Varro", "indirect",
         "She said the leaders of the region, created through the ratification of the organic law, also want to "
         "attract foreign investors to the region."),
        ("Lena Varro", "indirect", "The VOL provides for the establishment of the autonomous region."),
        ("Lena Varro", "direct", "They have many combatants who now have to switch to developing the area,"),
    ])

"""Rules from the nine-hundred-thirty-second held-out set (the Mayor of Taguig City, Philippines, and the parties of the
Makati dispute, 2023-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_outgoing_before_a_second_title_is_no_participle():
    """"Makati City mayor-elect and outgoing Senator X said she is ready to reach out …" (Manila Bulletin 2025-05-22):
    two titles of one holder joined by "and", the second ranked in time by "outgoing"; "outgoing" is an adjective of
    the office, not a participle whose doer is "mayor-elect" ("The economists briefing the President underscored …").
    Before, the subject was read as the bare "mayor-elect", no one, and the sentence was no one's."""
    body = ("Korvia City mayor-elect and outgoing Senator Ana Rell said she is ready to reach out to the mayor of "
            "Ostrel.")
    assert_statements(body, [
        ("Ana Rell", "indirect", body),
    ])


def test_acting_before_a_second_title_is_no_participle():
    """The same with "acting": "Deputy Minister and acting Secretary X said …", one holder of both."""
    body = "Vimar Province governor-elect and acting Mayor Tomas Berel said the city would open its port."
    assert_statements(body, [
        ("Tomas Berel", "indirect", body),
    ])


def test_a_participle_before_a_title_still_names_its_doer():
    """The guard: a true participle with the office as its object ("The economists briefing Minister X underscored
    …"): the economists speak, a group, not the minister; no one's statement, as before."""
    body = ("Minister Ana Rell of Korvia met the delegation on Monday. "
            "The economists briefing Minister Ana Rell underscored the need for reform.")
    assert_statements(body, [])


def test_a_quotation_tagged_it_said_is_a_bodys():
    """"For its part, the Department of Health (DOH) said “…”" then "“The DOH will therefore accept any application
    …,” it said in a statement." (ABS-CBN 2024-01-04): "it" is a body or a text, never a person, so the quotation is
    no one's. Before, the untagged long quotation fell to the last person who spoke (the Secretary)."""
    body = ("In an interview, Interior Secretary Teo Marn said he respects each city’s decision but appeals for calm.\n\n"
            "For its part, the Ministry of Health (MOH) said “every citizen should get the care they need.”\n\n"
            "“The MOH will therefore accept any application for a licence to operate a clinic from any owner and "
            "operator of the same,” it said in a statement.")
    assert_statements(body, [
        ("Teo Marn", "indirect", "In an interview, Interior Secretary Teo Marn said he respects each city’s decision "
         "but appeals for calm."),
    ])


def test_a_quotation_tagged_he_said_stays_the_persons():
    """The guard: the same quotation tagged "he said in a statement" is the Secretary's own words, direct."""
    body = ("In an interview, Interior Secretary Teo Marn said he respects each city’s decision but appeals for calm.\n\n"
            "“The ministry will therefore accept any application for a licence to operate a clinic from any owner and "
            "operator of the same,” he said in a statement.")
    assert_statements(body, [
        ("Teo Marn", "indirect", "In an interview, Interior Secretary Teo Marn said he respects each city’s decision "
         "but appeals for calm."),
        ("Teo Marn", "direct", "The ministry will therefore accept any application for a licence to operate a clinic "
         "from any owner and operator of the same,"),
    ])

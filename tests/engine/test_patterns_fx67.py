"""Mends of the review hr58's findings on the rules of stop 67 (h1135, h1137, h1139, h1140): invented readouts,
invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_after_with_and_a_time_is_no_apposition_of_the_name():
    """(h1139's `_LONE_LOWER_OFFICE_WITH_REMIT_BEFORE`) "During his meeting with the ambassador on Monday, Ilan Brok,
    the governor of Tarsk, said …": "the ambassador" is the object of "with", "on Monday" a time, not a remit; the
    name after it is not the ambassador, so the later "The ambassador said …" stays Oren Balt's. Before the mend it
    went to Ilan Brok."""
    body = ("Zarnian Ambassador Oren Balt arrived in Tarsk on Sunday. During his meeting with the ambassador on "
            "Monday, Ilan Brok, the governor of Tarsk, said the camps were full. The ambassador said that Zarnia "
            "would send more aid.")
    assert_statements(body, [
        ("Ilan Brok", "indirect", "During his meeting with the ambassador on Monday, Ilan Brok, the governor of "
                                  "Tarsk, said the camps were full."),
        ("Oren Balt", "indirect", "The ambassador said that Zarnia would send more aid."),
    ])


def test_the_consul_is_the_plain_consul_before_a_consul_general():
    """(h1135's `_consul_general_called_consul`) "… the Velorian Consul General to Kastravia Ilse Marr and the Nordian
    Consul in Tarvik, Pavel Orm. … According to the Consul, …": one who holds a consul's office itself is "the
    Consul", not the consul general. Before the mend it went to Ilse Marr."""
    body = ("Mayor of Tarvik Oren Dask met with the Velorian Consul General to Kastravia Ilse Marr and the Nordian "
            "Consul in Tarvik, Pavel Orm. Ms. Marr spoke about trade. According to the Consul, Nordia will open a "
            "visa centre in the city.")
    assert_statements(body, [
        ("Ilse Marr", "indirect", "Ms. Marr spoke about trade."),
        ("Pavel Orm", "indirect", "According to the Consul, Nordia will open a visa centre in the city."),
    ])


def test_the_consul_is_the_consul_general_when_no_plain_consul_is_named():
    """The guard (h1135's own case): with only a consul general named, "the Consul" is still hers."""
    body = ("Mayor of Tarvik Oren Dask met with the Velorian Consul General to Kastravia Ilse Marr. Ms. Marr spoke "
            "about trade. According to the Consul, Veloria will open a visa centre in the city.")
    assert_statements(body, [
        ("Ilse Marr", "indirect", "Ms. Marr spoke about trade."),
        ("Ilse Marr", "indirect", "According to the Consul, Veloria will open a visa centre in the city."),
    ])


def test_said_this_day_then_an_occasion_and_a_that_clause_is_a_statement():
    """(h1137's day word in `reported_speech._WHERE_ONLY`) "Lomari said this Tuesday during a press briefing that the
    council would be dissolved in June.": "this Tuesday" is a time, the "that"-clause what he said; no back-reference
    to the sentence before (an act, "received the outgoing members"). Before the mend the statement was lost and the
    act before it made his."""
    body = ("Governor Ade Lomari received the outgoing members of the Varo State Executive Council. Lomari said this "
            "Tuesday during a press briefing that the council would be dissolved in June.")
    assert_statements(body, [
        ("Ade Lomari", "indirect", "Lomari said this Tuesday during a press briefing that the council would be "
                                   "dissolved in June."),
    ])


def test_stated_this_yesterday_during_an_occasion_still_points_back():
    """The guard (h1137's own case, no "that"-clause): "stated this yesterday during …" still gives the sentence before
    to him, and itself no statement."""
    body = ("The council has served the state with honour and will be remembered for its work. "
            "Governor Ade Lomari stated this yesterday during his valedictory meeting with the council.")
    assert_statements(body, [
        ("Ade Lomari", "indirect", "The council has served the state with honour and will be remembered for its "
                                   "work."),
    ])


def test_a_definite_remark_on_a_place_does_not_end_the_report():
    """(h1139's `sentence_patterns.describes_a_place`) "Tarsk is the only city in the province with a hospital for the
    camps.": a definite, comparative remark, no encyclopaedia's description; the report goes on after it, "The camps
    need water …" the governor's as before h1139. Before the mend that sentence was no one's."""
    body = ("Governor Ilan Brok briefed the delegation on the situation of the refugees, saying that the camps were "
            "full. Tarsk is the only city in the province with a hospital for the camps. The camps need water and "
            "medicine before the winter.")
    assert_statements(body, [
        ("Ilan Brok", "indirect", "Governor Ilan Brok briefed the delegation on the situation of the refugees, saying "
                                  "that the camps were full."),
        ("Ilan Brok", "indirect", "The camps need water and medicine before the winter."),
    ])


def test_a_capital_described_still_ends_the_report():
    """The guard: "Tarsk is the capital of Zarnia's northern province." is the encyclopaedia's, as "is a city in …"
    (h1139's own case): the writer's background, and what follows it no report."""
    body = ("Governor Ilan Brok discussed construction issues with a visiting delegation. "
            "Tarsk is the capital of Zarnia’s northern province. "
            "It has about 300,000 inhabitants, mostly farmers.")
    assert_statements(body, [
        ("Ilan Brok", "indirect", "Governor Ilan Brok discussed construction issues with a visiting delegation."),
    ])


def test_tackled_a_names_possessive_topic_is_discussed():
    """(h1139's "tackled|tackles" in `lexicon._COMPLEMENTS`) "tackled Zarnia’s programme for …": a capitalised name's
    possessive before the topic, as "the firm’s programme"; both are his words. Before the mend the `[A-Z]` branch, read
    under IGNORECASE, matched only a one-letter word, and the first sentence was no one's."""
    body = "Governor Ilan Brok tackled Zarnia’s programme for the construction of schools."
    assert_statements(body, [
        ("Ilan Brok", "indirect", "Governor Ilan Brok tackled Zarnia’s programme for the construction of schools."),
    ])
    body = "Governor Ilan Brok tackled the firm’s programme for the construction of schools."
    assert_statements(body, [
        ("Ilan Brok", "indirect", "Governor Ilan Brok tackled the firm’s programme for the construction of schools."),
    ])


def test_tackled_a_names_trouble_stays_an_act():
    """The guard: "tackled Zarnia’s problems with drought" is a trouble dealt with, no words, the name's possessive
    aside; nor is a lower-case word with no article a topic ("tackled drought")."""
    body = ("Governor Ilan Brok tackled Zarnia’s problems with drought last year. "
            "Governor Ilan Brok tackled drought in the north.")
    assert_statements(body, [])

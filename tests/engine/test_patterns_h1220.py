"""Rules from the nine-hundred-thirty-third held-out set (the Aqaba Special Economic Zone Authority's chief and
commissioners, Jordan, 2013-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_given_name_alone_does_not_take_another_mans_full_name():
    """"Crown Prince Al Hussein was briefed by CEO Hussein Safadi on …", then "Safadi said …" (Ammon News
    2023-06-12): a man known by his given name alone ("President Karim") is not "Karim Safadi", whose surname is none
    of his names. Before, Safadi's words went to the President."""
    body = ("President Karim bin Saleh of Velmora said the new port will open next year. "
            "At the port, President Karim was briefed by CEO Karim Safadi on the new cargo lines. "
            "Safadi said the company has prepared a study of the southern docks.")
    assert_statements(body, [
        ("Karim bin Saleh", "indirect", "President Karim bin Saleh of Velmora said the new port will open next year."),
        ("Karim Safadi", "indirect",
         "At the port, President Karim was briefed by CEO Karim Safadi on the new cargo lines."),
        ("Karim Safadi", "indirect", "Safadi said the company has prepared a study of the southern docks."),
    ])


def test_longer_form_of_the_same_arabic_name_still_joins_him():
    """The guard: "Sheikh Tamim bin Hadi Al Varan" after "Sheikh Tamim bin Hadi" and "Sheikh Tamim" is the same man,
    joined by his fuller name form, though "Varan" is no word of his first full name."""
    body = ("Sheikh Tamim bin Hadi of Velmora received the envoy. Sheikh Tamim welcomed the guests. "
            "Sheikh Tamim bin Hadi Al Varan said the talks were fruitful.")
    assert_statements(body, [
        ("Tamim bin Hadi Al Varan", "indirect", "Sheikh Tamim welcomed the guests."),
        ("Tamim bin Hadi Al Varan", "indirect", "Sheikh Tamim bin Hadi Al Varan said the talks were fruitful."),
    ])


def test_discussed_with_after_a_weekday_speaks_of_a_topic():
    """"Head of the … Authority (ASEZA), Nayef Fayez, on Thursday discussed with the European Union Ambassador …, the
    ASEZA's plans to achieve green growth …" (MENAFN 2023-09-14): one man's talk of a topic, as "discussed with Y
    the plans" with no day. Before, narrative."""
    body = ("Minister of Ports, Talen Varo, on Thursday discussed with the Ambassador of Norlandia, Ivo Brandt, the "
            "plans of the authority to build a harbour.")
    assert_statements(body, [
        ("Talen Varo", "indirect", body),
    ])


def test_discussed_with_after_a_weekday_then_ways_to_is_narrative():
    """The guard (the 509th's Petra page): "Minister of Transport, X, on Tuesday discussed with Yemeni Ambassador …, ways
    to enhance …": the meeting's purpose, narrative."""
    body = ("Minister of Roads, Oren Kaal, on Tuesday discussed with the Ambassador of Norlandia, Dr. Ivo Brandt, and "
            "his delegation, ways to enhance cooperation in transport.")
    assert_statements(body, [])


def test_valued_anothers_support_speaks():
    """"Fayez valued EU's support provided to ASEZA, …" (MENAFN 2023-09-14): another's support praised, as "lauded".
    Before, no one's."""
    body = ("Minister Talen Varo met the Ambassador of Norlandia. "
            "Varo valued Norlandia's support provided to the ministry.")
    assert_statements(body, [
        ("Talen Varo", "indirect", "Varo valued Norlandia's support provided to the ministry."),
    ])


def test_valued_at_a_price_is_no_statement():
    """The guard: "valued at $3 billion", "valued the company at …": a price, no statement."""
    body = ("Minister Talen Varo met the Ambassador of Norlandia. The port company was valued at $3 billion. "
            "Varo valued the company at $3 billion last year.")
    assert_statements(body, [])


def test_office_name_and_body_office_name_is_a_pair():
    """"Royal Court chief, Yousef Issawi, and Aqaba Special Economic Zone Authority Chief Commissioner Nasser
    Shraideh, on Monday discussed works …" (The Jordan Times 2018-09-04): two people, the second's office after its
    body's name; the two together. Before, the second's."""
    body = ("Court chief, Oren Kaal, and Port Authority Chief Commissioner Talen Varo, on Monday discussed works under "
            "the initiative to rebuild the old house. Varo said that the area will be rebuilt.")
    assert_statements(body, [
        ("Talen Varo", "indirect", "Varo said that the area will be rebuilt."),
    ])


def test_and_opening_a_second_clause_before_a_body_office_keeps_the_speaker():
    """The guard: "X met the Ambassador, and Port Authority Chief Commissioner Y said …": "and" joins two clauses, the
    one before it an object; Y speaks."""
    body = "Minister Oren Kaal met the Ambassador, and Port Authority Chief Commissioner Talen Varo said the port will grow."
    assert_statements(body, [
        ("Talen Varo", "indirect", body),
    ])

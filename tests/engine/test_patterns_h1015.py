"""Helper h1015 (sevenhundredseventieth, the Presidency of Guinea-Bissau as outlets print it): a name the subject of a
passive honour ("Tao Linfeng was awarded the Order of …", "was decorated with …") is a person, whom a later "He said …"
means (`name_registry._honoured_after`)."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_one_awarded_an_order_is_the_he_who_speaks_next():
    body = (
        "On Monday, the President of Kestria, Aldo Verrand, decorated the outgoing envoy of Marnek.\n\n"
        "Tao Linfeng was awarded the Order of the Star, and was considered to have served with distinction.\n\n"
        "He said that he had received the constant support of the Head of State, and for this he expressed his "
        "gratitude."
    )
    assert_statements(body, [
        ("Tao Linfeng", "indirect", "He said that he had received the constant support of the Head of State, and for "
                                    "this he expressed his gratitude."),
    ])


def test_one_decorated_with_a_medal_too():
    body = (
        "President Aldo Verrand of Kestria received the envoy of Marnek on Monday.\n\n"
        "Tao Linfeng was decorated with the Medal of Cooperation.\n\n"
        "He thanked the President for the honour."
    )
    assert_statements(body, [
        ("Tao Linfeng", "indirect", "He thanked the President for the honour."),
    ])


def test_an_order_awarded_to_someone_leaves_he_the_president():
    body = (
        "President Aldo Verrand of Kestria opened the new port of Dorvel on Monday.\n\n"
        "The Order of the Star was awarded to the port's builders.\n\n"
        "He said that the port would serve the whole region."
    )
    assert_statements(body, [
        ("Aldo Verrand", "indirect", "He said that the port would serve the whole region."),
    ])


def test_an_ordinal_before_the_office_leaves_the_office_the_names():
    # (`name_offices._THE_BEFORE`: "the 13th Ambassador … to Kestria, X": the office X's, an ordinal of its holders
    # between "the" and the office)
    body = (
        "On Monday, President Aldo Verrand of Kestria received the 13th Ambassador of Marnek to Kestria, Tao Linfeng.\n\n"
        "Tao Linfeng's mission ends in May.\n\n"
        "The Ambassador said that trade between the two countries had doubled."
    )
    assert_statements(body, [
        ("Tao Linfeng", "indirect", "The Ambassador said that trade between the two countries had doubled."),
    ])


def test_an_ordinal_anniversary_is_no_office():
    body = (
        "President Aldo Verrand of Kestria marked the 13th Anniversary of the Republic, Tao Linfeng Day, on Monday.\n\n"
        "He said that the republic had grown stronger."
    )
    assert_statements(body, [
        ("Aldo Verrand", "indirect", "He said that the republic had grown stronger."),
    ])

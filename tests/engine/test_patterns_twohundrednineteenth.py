"""Rules from the two-hundred-nineteenth held-out set (en.kremlin.ru, May 2002): invented readouts, invented people and
countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_thought_inverted_after_the_words_is_a_statement():
    """"Ukraine’s entry into the EurAsEC would increase its GDP by about 1.5%, thought Mr Putin." (two-hundred-nineteenth
    27067): a view inverted after its words, as ", said X." is. Before, nothing."""
    body = ("President Arvel Dunmore met with the President of Normia.\n\n"
            "Normia’s entry into the customs union would increase its GDP by about 2%, thought Mr Dunmore.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Normia’s entry into the customs union would increase its GDP by about 2%, thought Mr Dunmore."),
    ])


def test_thought_as_a_noun_after_a_comma_is_no_statement():
    """The guard: "thought" after a comma with no person after it ("…, thought and effort went into it") says nothing."""
    body = ("President Arvel Dunmore visited the new library.\n\n"
            "The building took ten years, thought and effort from many architects.")
    assert_statements(body, [])


def test_was_not_content_with_is_a_statement():
    """"The President was not content with the pace of economic growth in the country." (two-hundred-nineteenth 27061):
    one person's judgement stated, as "expressed dissatisfaction with"; "was satisfied with" likewise. Before, nothing."""
    body = ("President Arvel Dunmore took part in a meeting of regional legislators.\n\n"
            "The President was not content with the pace of economic growth in the country. "
            "Mr Dunmore was satisfied with the work of the regional commissions.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "The President was not content with the pace of economic growth in the country."),
        ("Arvel Dunmore", "indirect", "Mr Dunmore was satisfied with the work of the regional commissions."),
    ])


def test_content_of_a_document_is_no_statement():
    """The guard: "content" the noun ("the content of the treaty was satisfactory") and a group "satisfied with" say
    nothing; only one person "was (not) content/satisfied with …"."""
    body = ("President Arvel Dunmore met with the President of Normia.\n\n"
            "The content of the treaty was published on Monday. The two leaders were satisfied with the talks. "
            "The farmers are unhappy with the prices.")
    assert_statements(body, [])


def test_content_the_noun_does_not_stop_a_carried_on_report():
    """The guard (twenty-sixth 30173): "The content of radio and television programmes leaves much to be desired." after
    "… Mr Putin stressed." stays his carried-on statement: "content" is a belief word only before "with"."""
    body = ("President Arvel Dunmore met with cultural figures.\n\n"
            "Children do not receive sufficient attention, Mr Dunmore stressed.\n\n"
            "The content of radio and television programmes leaves much to be desired. "
            "There are problems with book publishing and cinema.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "Children do not receive sufficient attention, Mr Dunmore stressed."),
        ("Arvel Dunmore", "indirect", "The content of radio and television programmes leaves much to be desired."),
        ("Arvel Dunmore", "indirect", "There are problems with book publishing and cinema."),
    ])

"""Helper h871 (sixhundredfiftyfifth, the Presidency of Namibia): good wishes written as the compound "well-wishes"
after "extended", "sent" and "passed on", a wish conveyed as "extended best wishes" is (lexicon._COMPLEMENTS:
its extend, send and pass entries)."""

from .test_patterns import assert_statements


def test_extended_well_wishes_after_a_dateline_and_a_long_style():
    assert_statements(
        "Tarvik Jan 29 – The President of the Republic of Lusovia, His Excellency Dr. Aron B. Velk extended "
        "well-wishes to His Excellency Oren Balt, President of Veloria on the beginning of the New Year.",
        [("Aron B. Velk", "indirect",
          "Tarvik Jan 29 – The President of the Republic of Lusovia, His Excellency Dr. Aron B. Velk extended "
          "well-wishes to His Excellency Oren Balt, President of Veloria on the beginning of the New Year.")],
    )


def test_sent_and_passed_on_well_wishes():
    assert_statements(
        "President Aron Velk sent well-wishes to Marta Selin on her birthday.\n\n"
        "Minister Ilsa Dorn passed on well-wishes from the King to the delegation.",
        [("Aron Velk", "indirect", "President Aron Velk sent well-wishes to Marta Selin on her birthday."),
         ("Ilsa Dorn", "indirect", "Minister Ilsa Dorn passed on well-wishes from the King to the delegation.")],
    )


def test_well_wishers_are_people_not_wishes():
    """Guard: "extended his hand to the well-wishers" greets a crowd, no words conveyed."""
    assert_statements(
        "President Aron Velk extended his hand to the well-wishers who lined the road to the airport.",
        [],
    )

"""Statements found by helper h815's mends on the sixhundredeleventh set (the Saeima's English releases): a letter sent
to a long addressee (two offices' full styles, no comma) and named by what it says after it ("sent a letter to the Speaker
of … and the Speaker of … expressing condolences on …"), and a weekday's comma before its date inside an aside between a
subject and its verb ("X, Deputy Speaker of …, while addressing … on Monday, 11 July, thanked …"), and "confirmed" inverted after
an unquoted report as "said X" is ("The session was …, confirmed Ms. X, Ambassador of …, when meeting …").

Each test is a small invented readout (invented people and places); each fails without its rule.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_letter_to_a_long_addressee_named_by_what_it_says_is_a_statement():
    """"sent a letter to <two offices' styles, 25 words> expressing condolences on …": the sender's indirect statement
    (before, the addressee longer than ten words hid the participle, and the sentence was no one's)."""
    sentence = ("On behalf of the Assembly, Speaker Ilze Varna sent a letter to the Speaker of the Upper House and the "
                "Speaker of the Lower House of the United Kingdom of Northern Varsk and the Eastern Isles of Tamor "
                "expressing condolences on the passing of a former leader.")
    assert_statements("Condolences\n\n" + sentence, [
        ("Ilze Varna", "indirect", sentence),
    ])


def test_a_weekdays_comma_before_its_date_stays_inside_the_aside_before_the_verb():
    """"X, Deputy Speaker of …, while addressing … on Monday, 11 July, thanked …": the comma after "Monday" parts the day
    from its date, not the aside from the verb (before, the sentence was no one's)."""
    sentence = ("Marta Ozola, Deputy Speaker of the Assembly, while addressing the honorary consuls in the Parliament on "
                "Monday, 11 July, thanked them for their commitment to the state.")
    assert_statements("Consuls at the Assembly\n\n" + sentence, [
        ("Marta Ozola", "indirect", sentence),
    ])


def test_confirmed_x_after_an_unquoted_report_is_an_inverted_cue():
    """"The session was a high-level event …, confirmed Ms. X, Ambassador of …, when meeting Mr. Y …": X's indirect
    statement, the whole sentence, as "…, said X" (before, "confirmed" did not invert, and the sentence was no one's)."""
    sentence = ("The session of the Assembly was a high-level event in every respect, confirmed Ms. Anna Lind, Ambassador "
                "of Tamor to Varsk, when meeting Mr. Ivo Tarn, Chairman of the Assembly, on Tuesday, 8 June.")
    assert_statements("The Chairman and the Ambassador look back\n\n" + sentence, [
        ("Anna Lind", "indirect", sentence),
    ])

"""Helper h983 (stop 58, sevenhundredfortyfourth: the Presidency of Niger as English outlets print it): a news
disclosed and worded in one breath ("X, special adviser to the President, disclosed this saying …"), not a news only
told ("disclosed this in a statement")."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_disclosed_this_saying_is_a_statement():
    body = ("Visit put off\n\n"
            "Kerem Dalvan, special adviser to the President on media and publicity, disclosed this saying the change "
            "was at the request of the guest.\n\n"
            "He said all arrangements had been made to receive the visitor in Torvale.")
    assert_statements(body, [
        ("Kerem Dalvan", "indirect",
         "Kerem Dalvan, special adviser to the President on media and publicity, disclosed this saying the change "
         "was at the request of the guest."),
        ("Kerem Dalvan", "indirect", "He said all arrangements had been made to receive the visitor in Torvale."),
    ])


def test_disclosed_this_in_a_statement_stays_narrative():
    body = ("Visit put off\n\n"
            "Kerem Dalvan disclosed this in a statement on Sunday in Torvale.")
    assert_statements(body, [])

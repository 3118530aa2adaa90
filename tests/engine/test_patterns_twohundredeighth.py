"""Rules from the two-hundred-eighth held-out set (en.kremlin.ru, March-April 2013): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_TITLE = "President Arvan Tolmen held a videoconference with company heads in Dornsk"


def test_the_company_the_reporter_heads_carries_his_account_on():
    """"According to Igor Sechin, Rosneft has discussed the construction of a shipbuilding facility … . Rosneft needs
    394 units of such equipment, …" (two-hundred-eighth 17878, after "Rosneft CEO Igor Sechin told Vladimir Putin
    about …"): the company his office names is what his account speaks of, not a body that acts in the readout.
    Before, the sentence with no speech verb was no one's."""
    body = ("Velcorp CEO Idor Sanin told President Arvan Tolmen about the company’s plans in the east.\n\n"
            "According to Idor Sanin, Velcorp has discussed the construction of a shipyard with Marex. Velcorp needs "
            "394 units of such equipment, including 15 platforms and 16 ships. Marex CEO Dun Kaval spoke about the "
            "joint projects with Velcorp.")
    assert_statements(body, [
        ("Idor Sanin", "indirect", "Velcorp CEO Idor Sanin told President Arvan Tolmen about the company’s plans in "
                                   "the east."),
        ("Idor Sanin", "indirect", "According to Idor Sanin, Velcorp has discussed the construction of a shipyard "
                                   "with Marex."),
        ("Idor Sanin", "indirect", "Velcorp needs 394 units of such equipment, including 15 platforms and 16 ships."),
        ("Dun Kaval", "indirect", "Marex CEO Dun Kaval spoke about the joint projects with Velcorp."),
    ], title=_TITLE)


def test_another_company_does_not_carry_his_account_on():
    """Guard: a company his office does not name ("Marex", headed by someone else) as the subject still ends his
    account: what that body does is the readout's."""
    body = ("Velcorp CEO Idor Sanin told President Arvan Tolmen about the company’s plans in the east.\n\n"
            "According to Idor Sanin, Velcorp has discussed the construction of a shipyard with Marex. Marex needs "
            "394 units of such equipment, including 15 platforms and 16 ships. Marex CEO Dun Kaval spoke about the "
            "joint projects with Velcorp.")
    assert_statements(body, [
        ("Idor Sanin", "indirect", "Velcorp CEO Idor Sanin told President Arvan Tolmen about the company’s plans in "
                                   "the east."),
        ("Idor Sanin", "indirect", "According to Idor Sanin, Velcorp has discussed the construction of a shipyard "
                                   "with Marex."),
        ("Dun Kaval", "indirect", "Marex CEO Dun Kaval spoke about the joint projects with Velcorp."),
    ], title=_TITLE)

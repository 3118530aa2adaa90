"""Readings of real Kremlin text of stop 31: "supported" with a country's declared readiness to act, and
"supported further increasing" a named cooperation.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Arvel Dunmore held a telephone conversation with the President of Kestria, Oren Falk"


def test_supported_a_countrys_declared_readiness_to_act_is_a_statement():
    """"The President of Russia supported Syria's declared readiness to increase cooperation with the International
    Commission …" (two-hundred-fifty-third 34323): a stance taken on another side's stated intention, as "supported
    President X's initiative". Before, nothing."""
    body = ("The President supported Kestria's declared readiness to increase cooperation with the "
            "International Commission on the border incident. "
            "The conversation took place at the initiative of the Kestrian side.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "The President supported Kestria's declared readiness to increase "
         "cooperation with the International Commission on the border incident."),
    ], title=TITLE)


def test_supported_a_regions_readiness_centres_is_no_statement():
    """Guard: "readiness" not followed by "to" is a thing funded, not an intention backed."""
    body = ("The Dravian Fund supported Kestria's new readiness centres in the north. "
            "The conversation took place at the initiative of the Kestrian side.")
    assert_statements(body, [], title=TITLE)


def test_supported_further_increasing_a_named_cooperation_is_a_statement():
    """"The President of Russia supported further increasing Iranian cooperation with the Agency, including in the
    interests of renewing the negotiation process." (two-hundred-fifty-third 34324): a course of action backed, a
    gerund after "further" with a national adjective opening its object, as "supported stepping up the work".
    Before, nothing."""
    body = ("The President supported further increasing Kestrian cooperation with the Agency, including "
            "in the interests of renewing the negotiation process. "
            "The conversation took place at the initiative of the Kestrian side.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "The President supported further increasing Kestrian cooperation "
         "with the Agency, including in the interests of renewing the negotiation process."),
    ], title=TITLE)


def test_supported_housing_with_no_object_is_no_statement():
    """Guard: a gerund-looking noun with no object ("supported housing construction") stays narrative."""
    body = ("The Dravian Fund supported housing construction in the north. "
            "The conversation took place at the initiative of the Kestrian side.")
    assert_statements(body, [], title=TITLE)

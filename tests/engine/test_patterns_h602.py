"""Rules from the thirtieth styles set (heads and secretariats of international organisations): invented
readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("feeling", ["saddened by", "dismayed at", "alarmed by", "appalled by", "outraged by",
                                     "heartened by", "shocked by", "concerned at", "worried at"])
def test_a_feeling_stated_of_one_person_is_said(feeling):
    """"Secretary-General X is saddened by the loss of life …", as a statement attributable to a spokesperson
    opens: sorrow, dismay, alarm, outrage or heart taken at a thing, stated of one person, is a feeling voiced
    ("expressed sorrow"), as "X is deeply concerned by …" already was. Before, the sentence was given to no one."""
    sentence = f"Secretary-General Orla Venmark is deeply {feeling} the reports of fighting near Tessel."
    body = "On Monday, fighting broke out near Tessel. " + sentence
    assert_statements(body, [("Orla Venmark", "indirect", sentence)])


def test_a_feeling_of_a_crowd_stays_narrative():
    """The guard: the same feelings of a group ("Residents were saddened by …") or a feeling stated with no
    "by / at / over / that" after it ("the saddened families") voice no one's words."""
    body = ("Residents of Tessel were saddened by the closure of the old market. "
            "Minister Orla Venmark met the saddened families at the town hall.")
    assert_statements(body, [])

"""Patterns found by helper h660's set fourhundredninetythird (the ECOWAS Commission's releases):

- a title's short topic and colon before the host's name ("Westmark-Corvana Cooperation: Dr. X, President of the
  Regional Commission plays host to …"): the name opens its clause, so the office after its comma is his though no
  comma closes it, and the body's "The President of the Regional Commission also expressed …" is his;
- the idiom "plays host to the Ambassador of Y, Z": its lower-case "host to" is no office, so the Ambassador's office
  stays with the name after the comma, and the body's "The Westmark Ambassador also reaffirmed …" is his;
- an office in apposition with its portfolios listed in brackets ("Hon. X, the Deputy Secretary General (Trade,
  Transport and Energy) of the Union, stressed that …"): the commas in the brackets close no aside.

Each test is a small invented readout (invented people and bodies); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_HOSTS_THE_AMBASSADOR = (
    "On Thursday, the President of the Commission of the Regional Community of Southern States granted audience to "
    "the Westmark Ambassador in Corvana.\n\n"
    "Addressing the Westmark diplomat, H.E. Dr. Ilse Varnholt welcomed the good results of the cooperation. The "
    "President of the Regional Commission also expressed the gratitude of her institution for Westmark’s support.\n\n"
    "H.E. Tarek Ollendahl commended the Community for its efforts to maintain peace. The Westmark Ambassador also "
    "reaffirmed his country’s commitment to always support the Community."
)
_HOSTS_THE_AMBASSADOR_SAID = [
    ("Ilse Varnholt", "indirect", "Addressing the Westmark diplomat, H.E. Dr. Ilse Varnholt welcomed the good results "
                                  "of the cooperation."),
    ("Ilse Varnholt", "indirect", "The President of the Regional Commission also expressed the gratitude of her "
                                  "institution for Westmark’s support."),
    ("Tarek Ollendahl", "indirect", "H.E. Tarek Ollendahl commended the Community for its efforts to maintain peace."),
    ("Tarek Ollendahl", "indirect", "The Westmark Ambassador also reaffirmed his country’s commitment to always "
                                    "support the Community."),
]


def test_a_titles_topic_and_colon_before_the_host_and_his_office():
    """"Westmark-Community Cooperation: H.E. Dr. X, President of the Regional Commission receives …": the office after
    the name is hers though a topic and a colon come first (before, "The President of the Regional Commission also
    expressed …" found no one)."""
    assert_statements(_HOSTS_THE_AMBASSADOR, _HOSTS_THE_AMBASSADOR_SAID, title=(
        "Westmark-Community Cooperation: H.E. Dr. Ilse Varnholt, President of the Regional Commission receives the "
        "Ambassador of Westmark to Corvana, H.E. Tarek Ollendahl"))


def test_plays_host_to_the_ambassador_then_his_name():
    """"X, President of the Regional Commission plays host to the Ambassador of Westmark to Corvana, H.E. Y": the
    Ambassador's office is Y's (before, "host to the Ambassador of Westmark" was read as one office, and "The Westmark
    Ambassador also reaffirmed …" found no one)."""
    assert_statements(_HOSTS_THE_AMBASSADOR, _HOSTS_THE_AMBASSADOR_SAID, title=(
        "H.E. Dr. Ilse Varnholt, President of the Regional Commission plays host to the Ambassador of Westmark to "
        "Corvana, H.E. Tarek Ollendahl"))


def test_both_title_patterns_together():
    """The topic, the colon and the idiom in one title, as the Commission writes them."""
    assert_statements(_HOSTS_THE_AMBASSADOR, _HOSTS_THE_AMBASSADOR_SAID, title=(
        "Westmark-Community Cooperation: H.E. Dr. Ilse Varnholt, President of the Regional Commission plays host to "
        "the Ambassador of Westmark to Corvana, H.E. Tarek Ollendahl"))


def test_an_office_with_its_portfolios_in_brackets_before_the_verb():
    """"…, Hon. X, the Deputy Secretary General (Trade, Transport and Energy) of the Eastern Union, stressed that …":
    X's (before, the bracketed list's last comma was read as the aside's, and no one stressed)."""
    body = (
        "Dr. Ilse Varnholt, the President of the Regional Commission, received a delegation from the Eastern Union "
        "in Corvana.\n\n"
        "While thanking the Commission for the reception they got, Hon. Tarek Ollendahl, the Deputy Secretary "
        "General (Trade, Transport and Energy) of the Eastern Union, stressed that he was glad to visit the "
        "Commission."
    )
    assert_statements(body, [
        ("Tarek Ollendahl", "indirect", "While thanking the Commission for the reception they got, Hon. Tarek "
                                        "Ollendahl, the Deputy Secretary General (Trade, Transport and Energy) of "
                                        "the Eastern Union, stressed that he was glad to visit the Commission."),
    ])


def test_a_bracket_without_a_comma_in_an_aside_is_unchanged():
    """Guard: a bracket with no comma ("the Deputy Secretary General (Trade) of the Eastern Union") was read before
    and still is."""
    body = (
        "Dr. Ilse Varnholt, the President of the Regional Commission, received a delegation in Corvana.\n\n"
        "Hon. Tarek Ollendahl, the Deputy Secretary General (Trade) of the Eastern Union, stressed that he was glad "
        "to visit the Commission."
    )
    assert_statements(body, [
        ("Tarek Ollendahl", "indirect", "Hon. Tarek Ollendahl, the Deputy Secretary General (Trade) of the Eastern "
                                        "Union, stressed that he was glad to visit the Commission."),
    ])

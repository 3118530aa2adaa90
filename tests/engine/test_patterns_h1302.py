"""Rules from the seventy-third styles set (railways, ports' rail links and civil aviation authorities): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_aviation_regulators_chief_is_the_authoritys_head():
    """"Speaking at a press briefing attended by the Chief Executive Officer of Mbelosia Air, Mr. X, …, the aviation
    regulator's chief said …" (styles73): "regulator" calls the Civil Aviation Authority by what it does, "aviation"
    standing in its name, so the chief is its Director-General named before, not the airline's Chief Executive Officer,
    whose office holds the word "chief". Before, the airline's head took the statement."""
    body = ("The Director-General of the Ostrian Civil Aviation Authority (OCAA), Dr. Mira Tolvane, on Monday toured "
            "the runways at two airports.\n\n"
            "Speaking at a briefing attended by the Chief Executive Officer of Ostrian Air, Mr. Paul Dremmer, "
            "the aviation regulator's chief said the audit would be finished within sixty days.")
    assert_statements(body, [
        ("Mira Tolvane", "indirect", "Speaking at a briefing attended by the Chief Executive Officer of Ostrian Air, "
         "Mr. Paul Dremmer, the aviation regulator's chief said the audit would be finished within sixty days."),
    ])


def test_the_energy_watchdogs_head_is_the_commissions_chairman():
    """The same reading of "watchdog": "the energy watchdog's head" is the Chairman of the Energy Regulatory
    Commission named before, not the company's Chief Executive named last."""
    body = ("The Chairman of the Ostrian Energy Regulatory Commission, Mr. Tomas Hralde, met the Chief Executive of "
            "Velmar Power, Mrs. Ana Sturek, on Tuesday.\n\n"
            "The energy watchdog's head said tariffs would not rise this year.")
    assert_statements(body, [
        ("Tomas Hralde", "indirect", "The energy watchdog's head said tariffs would not rise this year."),
    ])


def test_a_regulators_chief_of_another_field_is_not_the_authoritys_head():
    """The guard: the field's word must stand in the body's name; "the banking regulator's chief" is not the head of
    the Civil Aviation Authority named before (whichever the engine reads otherwise, not her)."""
    body = ("The Director-General of the Ostrian Civil Aviation Authority (OCAA), Dr. Mira Tolvane, met the Chief "
            "Executive Officer of Ostrian Air, Mr. Paul Dremmer, on Monday.\n\n"
            "The banking regulator's chief said loans to airlines would be reviewed.")
    said = [s for s in run(body).statements if s.text.startswith("The banking regulator's chief said")]
    assert said and all(s.speaker != "Mira Tolvane" for s in said), [(s.speaker, s.text) for s in said]


def test_a_quotation_tagged_the_aviation_regulators_chief_said_is_hers():
    """"“…,” the aviation regulator's chief said." (styles73): the phrase reader reads "the aviation" as a thing, so
    the tag was no speaker's: the quotation went to the one who spoke before it and the tag was printed as a statement
    of its own. Now the office after the possessive is read back from the verb, and its body from the office: the
    Authority's Director-General, and the tag no statement."""
    body = ("The Director-General of the Ostrian Civil Aviation Authority (OCAA), Dr. Mira Tolvane, met the Chief "
            "Executive Officer of Ostrian Air, Mr. Paul Dremmer, on Monday.\n\n"
            "Mr. Dremmer said the airline would repaint its runway signs.\n\n"
            "\u201cThe public has a right to know what we find,\u201d the aviation regulator's chief said.")
    assert_statements(body, [
        ("Paul Dremmer", "indirect", "Mr. Dremmer said the airline would repaint its runway signs."),
        ("Mira Tolvane", "direct", "The public has a right to know what we find,"),
    ])


def test_a_quotation_tagged_the_airlines_chief_said_stays_the_ceos():
    """The guard: a one-word possessor ("the airline's chief", hard83's "the firm's chief") is read as before, the
    whole description back from the verb: the airline's Chief Executive Officer, not the Authority's head."""
    body = ("The Director-General of the Ostrian Civil Aviation Authority (OCAA), Dr. Mira Tolvane, met the Chief "
            "Executive Officer of Ostrian Air, Mr. Paul Dremmer, on Monday.\n\n"
            "Dr. Tolvane said the audit would take sixty days.\n\n"
            "\u201cWe will repaint every sign,\u201d the airline's chief said.")
    assert_statements(body, [
        ("Mira Tolvane", "indirect", "Dr. Tolvane said the audit would take sixty days."),
        ("Paul Dremmer", "direct", "We will repaint every sign,"),
    ])

"""Rules from the seventy-third styles set (railways, ports' rail links and civil aviation authorities): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_aviation_regulators_chief_is_the_authoritys_head():
    """"Speaking at a press briefing attended by the Chief Executive Officer of Mbelosia Air, Mr. X, …, the aviation
    regulator's chief said …" (styles73): "regulator" calls the Civil Aviation Authority by what it does, "aviation"
    standing in its name, so the chief is its Director-General named before, not the airline's Chief Executive Officer,
    whose office holds the word "chief". Before, the airline's head took the statement."""
    body = ("The Director-General of the Ostrian Civil Aviation Authority (OCAA), Dr. Mira Tolvane, on Monday ordered "
            "an audit of the runways at two airports.\n\n"
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

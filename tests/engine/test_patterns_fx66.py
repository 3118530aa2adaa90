"""Helper fx66 (mends of review hr57's findings on this stop's merged rules): a host "welcomed" a delegation "who
said …" still speaks; "The State President" is no guest Governor of another country; the writer's "Let us recall that"
after a dash resumes no quotation; "Provincial governor" opening a sentence is no province's governor; a name's closing
vowel swapped i/o or e/o is another name. Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_host_welcoming_a_delegation_who_said_keeps_his_statement():
    """"The delegation was welcomed by the Governor of Kell, Oren Tavik, who said that …": the who-clause speaks, so
    the sentence is the host's statement, not a mere reception (hr57's finding on h1123). Before the mend, none."""
    said = ("The delegation was welcomed by the Governor of Kell, Oren Tavik, who said that Kell is ready to expand "
            "trade with Merrow.")
    body = "On 28 September, a delegation from Merrow region visited the Republic of Kell.\n\n" + said
    result = assert_statements(body, [("Oren Tavik", "indirect", said)])
    assert len(result.statements) == 1


def test_the_state_president_is_no_foreign_governor():
    """"Kaldorian Governor Ilan Brok paid a courtesy call on the leadership of Velchia … The State President said …":
    the Governor is a guest of another country, not the page's State President (hr57's finding on h1125)."""
    body = ("Kaldorian Governor Ilan Brok paid a courtesy call on the leadership of Velchia in Mora.\n\n"
            "The State President said that Velchia welcomes investors from the states of Kaldoria.")
    result = assert_statements(body, [])
    assert all(s.speaker != "Ilan Brok" for s in result.statements)

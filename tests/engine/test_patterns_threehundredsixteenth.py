"""Readings of real New Zealand and Australian government text of stop 34 (three-hundred-sixteenth): New Zealand
Government releases (beehive.govt.nz and exact re-publications) and an Australian Foreign Minister's release.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_future_passive_welcome_is_a_plan():
    """"Party Secretary … Li Xi, who is travelling here as a Guest of the New Zealand Government, will be welcomed by
    Prime Minister Jacinda Ardern on Monday." (three-hundred-sixteenth nz_government ardern_li_xi): a welcome to
    come, a plan; the agent of a future passive has said nothing yet."""
    body = (
        "Governor Tam Orrel of Vestra Province, who is travelling here as a Guest of the Government, will be "
        "welcomed by Prime Minister Ana Kestrel on Monday.\n\n"
        "“Our relationship with Vestra has grown rapidly,” says Ana Kestrel."
    )
    assert_statements(body, [
        ("Ana Kestrel", "direct", "Our relationship with Vestra has grown rapidly"),
    ], title="Prime Minister welcomes Governor Orrel")


def test_a_past_passive_welcome_of_a_decision_still_speaks():
    """Guard: "The decision was welcomed by Prime Minister X." (a past passive, a thing welcomed) stays X's
    statement; only "will be"/"shall be" before the participle makes it a plan."""
    body = (
        "The Government of Kaldoria decided to reopen the border crossing.\n\n"
        "The decision was welcomed by Prime Minister Ana Kestrel."
    )
    assert_statements(body, [
        ("Ana Kestrel", "indirect", "The decision was welcomed by Prime Minister Ana Kestrel."),
    ], title="Border crossing to reopen")


def test_a_report_ends_at_a_sentence_not_its_own_after_a_quotation():
    """"Foreign Affairs Minister Winston Peters today announced that … . “…,” Mr Peters says. The RNZN Inshore Patrol
    Vessel will be deployed … . This will build on the successful deployment …" (three-hundred-sixteenth nz_government
    peters_fiji_maritime, the release stored as one paragraph): after the minister's own quoted words, the sentence
    that is not his ends his report; "This will build on …" is the release's."""
    body = (
        "Foreign Minister Tane Ruru today announced that Kaldoria will send a patrol vessel to Vestra for three "
        "months. “We are proud to be partnering with Vestra,” Mr Ruru says. The RKN Patrol Vessel Arrow will be "
        "deployed to Vestra between May and August. This will build on the successful deployment of the Hawk in 2017."
    )
    assert_statements(body, [
        ("Tane Ruru", "indirect", "Foreign Minister Tane Ruru today announced that Kaldoria will send a patrol vessel to "
                                  "Vestra for three months."),
        ("Tane Ruru", "direct", "We are proud to be partnering with Vestra"),
    ], title="Kaldoria and Vestra to cooperate on maritime surveillance")


def test_a_report_resumes_when_its_speaker_reports_again():
    """Guard: the sentence not the minister's holds his report only until he reports again: after "Mr Ruru noted
    that …", "Its crews have trained …" carries on his new report as before."""
    body = (
        "Foreign Minister Tane Ruru today announced that Kaldoria will send a patrol vessel to Vestra. “We are proud "
        "to be partnering with Vestra,” Mr Ruru says. The RKN Patrol Vessel Arrow will be deployed to Vestra between "
        "May and August. Mr Ruru noted that the fleet is ready for the task. Its crews have trained for two years."
    )
    assert_statements(body, [
        ("Tane Ruru", "indirect", "Foreign Minister Tane Ruru today announced that Kaldoria will send a patrol vessel "
                                  "to Vestra."),
        ("Tane Ruru", "direct", "We are proud to be partnering with Vestra"),
        ("Tane Ruru", "indirect", "Mr Ruru noted that the fleet is ready for the task."),
        ("Tane Ruru", "indirect", "Its crews have trained for two years."),
    ], title="Kaldoria and Vestra to cooperate on maritime surveillance")

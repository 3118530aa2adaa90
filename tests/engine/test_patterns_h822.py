"""Rules from the six-hundred-seventeenth held-out set (Palau: the Office of the President on palaugov.pw and as the
Island Times carries it): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_branch_of_taiwans_government_named_yuan_is_a_body():
    """"members of Taiwan Legislative Yuan visited their counterparts in Palau" (islandtimes, the Japan and Taiwan
    legislators' visit): "Legislative Yuan" (as "Executive Yuan", "Control Yuan") is a branch of Taiwan's government, a
    body, not a person whose surname is Yuan. Before, a Mr "Legislative Yuan" of Taiwan was taken for the readout's
    president and every bare "the President" and its quotations went to him."""
    body = ("A historic event occurred last week when members of the Norvane-Kastravia Friendship League and members of "
            "Taiwan Legislative Yuan visited their counterparts in Kastravia.\n\n"
            "President Ilona M. Brenn, Jr. met the Honorable Mei-Ling Ko of the Legislative Yuan of ROC (Taiwan) and "
            "delegation in Kastravia.\n\n"
            "“This is one of the largest delegations to ever visit Kastravia,” the President said.\n\n"
            "The President also thanked the ROC-Taiwan for their continued support.")
    assert_statements(body, [
        ("Ilona M. Brenn Jr.", "direct", "This is one of the largest delegations to ever visit Kastravia"),
        ("Ilona M. Brenn Jr.", "indirect", "The President also thanked the ROC-Taiwan for their continued support."),
    ], title="Members of Norvane and Taiwan legislatures visit Kastravia")


def test_a_credit_in_parentheses_after_a_report_is_no_ones():
    """"He closed by encouraging the people … to work closely with the incoming administration …. (Contributed Story)"
    (islandtimes, the President's address to a state legislature): the paper's credit for the Office's text, a short
    run of capitalised words in parentheses, carries on no one's report. Before, it was given to the President."""
    body = ("On March 3, President Tomas Veld addressed the Orvik State Legislature, thanking the members for the "
            "invitation.\n\n"
            "He closed by encouraging the people of Orvik State to work closely with the new administration. "
            "(Contributed Story)")
    assert_statements(body, [
        ("Tomas Veld", "indirect", "On March 3, President Tomas Veld addressed the Orvik State Legislature, thanking "
                                   "the members for the invitation."),
        ("Tomas Veld", "indirect", "He closed by encouraging the people of Orvik State to work closely with the new "
                                   "administration."),
    ])


def test_a_paragraph_opening_with_a_subjectless_speech_participle_goes_on():
    """"“We do have established relations with the government of Vietnam,” he added." / "Adding that he does not see
    anything wrong with other branches of government promoting Palau …" (islandtimes 2017-04-26): a paragraph that is
    only a speech participle's clause with no subject, right after one person's words, goes on with them. Before, the
    fragment was no one's. A sentence with its own subject after the participle keeps its own statement."""
    body = ("“We do have good relations with Norvane,” President Tomas Veld added.\n\n"
            "Adding that he does not see anything wrong with the Senate promoting Kastravia abroad.")
    assert_statements(body, [
        ("Tomas Veld", "direct", "We do have good relations with Norvane"),
        ("Tomas Veld", "indirect", "Adding that he does not see anything wrong with the Senate promoting Kastravia "
                                   "abroad."),
    ])
    body = ("“We do have good relations with Norvane,” President Tomas Veld added.\n\n"
            "Noting that the Senate had promoted Kastravia abroad, Speaker Ida Morn said she saw nothing wrong in it.")
    assert_statements(body, [
        ("Tomas Veld", "direct", "We do have good relations with Norvane"),
        ("Ida Morn", "indirect", "Noting that the Senate had promoted Kastravia abroad, Speaker Ida Morn said she saw "
                                 "nothing wrong in it."),
    ])


def test_an_occasion_taken_to_speak_on_a_topic_is_a_statement():
    """"The President took the opportunity to speak on a more personal note congratulating the legislature …"
    (islandtimes 2021-01-11): an occasion used to speak about or on something is a report of what was said, as "took
    the opportunity to thank" was; "took the opportunity to speak with the ministers", a conversation, stays narrative."""
    body = ("President Tomas Veld arrived in Orvik on Monday. The President took the opportunity to speak on a more "
            "personal note congratulating the legislature as they begin a new term.")
    assert_statements(body, [
        ("Tomas Veld", "indirect", "The President took the opportunity to speak on a more personal note congratulating "
                                   "the legislature as they begin a new term."),
    ])
    assert_statements("President Tomas Veld arrived in Orvik on Monday. The President took the opportunity to speak "
                      "with the ministers of the new cabinet.", [])

"""Rules from the eight-hundred-eighty-seventh held-out set (Zambia's Copperbelt Province Minister and those who speak
at or of the Minister's meetings, 2017-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "On March 3, Ambassador Tomas Pell of Orsa met with Governor Ardo Venn of Kastravia's Eastern Province.\n\n"


def test_a_paragraph_broken_after_said_that_runs_on():
    """"Elisha Matambo said that" / "Copperbelt Province is willing to …" (MENAFN 2024-02-20, the embassy's release
    as APO prints it): a paragraph that ends on "said that" with no stop is a sentence the page broke; the next
    paragraph is the rest of it, his too. Before, the governor got only the four words before the break."""
    body = (_MEETING + "Ambassador Pell said that mining cooperation is an essential part of Orsa-Kastravia cooperation."
            "\n\nGovernor Venn said that\n\nEastern Province is willing to strengthen cooperation with Orsa.")
    assert_statements(body, [
        ("Tomas Pell", "indirect",
         "Ambassador Pell said that mining cooperation is an essential part of Orsa-Kastravia cooperation."),
        # (read as one sentence, given as one statement a printed paragraph: statements never cross a paragraph)
        ("Ardo Venn", "indirect", "Governor Venn said that"),
        ("Ardo Venn", "indirect", "Eastern Province is willing to strengthen cooperation with Orsa."),
    ])


def test_a_lone_that_and_a_preposition_at_a_break_run_on():
    """"Ambassador Du said" / "that" / "Southern Province is … cooperation with" / "Southern Province following …"
    (MENAFN 2024-01-30): a reporting verb, a lone "that" and a preposition ending paragraphs with no stop, all one
    sentence, given to its speaker one piece a printed paragraph. Before, the ambassador was given nothing."""
    body = (_MEETING + "Ambassador Pell said\n\nthat\n\nEastern Province is an important province of Kastravia, and "
            "Orsa is willing to strengthen cooperation with\n\nEastern Province for the welfare of the two peoples.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Ambassador Pell said"),
        ("Tomas Pell", "indirect", "that"),
        ("Tomas Pell", "indirect",
         "Eastern Province is an important province of Kastravia, and Orsa is willing to strengthen cooperation with"),
        ("Tomas Pell", "indirect", "Eastern Province for the welfare of the two peoples."),
    ])


def test_a_tag_after_a_quotation_with_its_stop_lost_stays_its_own_paragraph():
    """The guard: '"…," Governor Venn said' with no stop ends a quotation's paragraph, not a broken sentence; the next
    paragraph is read on its own (here a group's, no one's), not joined to the quotation's tag."""
    body = (_MEETING + "“We are open for business,” Governor Venn said\n\n"
            "The two sides agreed to meet again in May.")
    assert_statements(body, [
        ("Ardo Venn", "direct", "We are open for business,"),
    ])


def test_a_plural_group_from_a_place_is_no_speaker():
    """"15 Chiefs from Lamba Land have commended Copperbelt Minister Bowman Lusambo …" (Lusaka Times 2017-01-10): a
    group's plural before "from" and a place is the subject; the place's name is no person. Before, the sentence was
    given to "Lamba Land"."""
    body = (_MEETING + "15 Chiefs from Oster Vale have commended Governor Venn for his efforts in developing the "
            "province.\n\nSpeaking on behalf of other chiefs, Senior Chief Marno Dell said the chiefs are happy.")
    assert_statements(body, [
        ("Marno Dell", "indirect",
         "Speaking on behalf of other chiefs, Senior Chief Marno Dell said the chiefs are happy."),
    ])


def test_a_person_from_a_place_still_speaks():
    """The guard: one person's office and name before "from" and a place still speaks ("Mr Cole Varga from Oster
    Vale"), and "envoys" after a person's name is not read back as his group."""
    body = (_MEETING + "Governor Venn said the province was open to investments from Orsa.\n\n"
            "And trade mission leader Cole Varga said the delegation had come to partner with Kastravia.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "Governor Venn said the province was open to investments from Orsa."),
        ("Cole Varga", "indirect",
         "And trade mission leader Cole Varga said the delegation had come to partner with Kastravia."),
    ])

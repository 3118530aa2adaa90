"""Patterns found by the twentieth hard set (benchmarks/hard20/: twelve dev situations rewritten in the voice
of an Asian foreign ministry writing in English, with wording no set had used): each test an invented readout
and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "Prime Minister Ravi Anand held talks with H.E. Mr Otto Berglund, Prime Minister of Varnland.\n\n"


def test_light_verbs_of_emphasis_record_expression_and_making_known():
    """Verbs that report speech with their complement (hard20 missed them all): "laid emphasis on", "put stress
    on", "placed on record his appreciation", "gave expression to", "made it known that", "made known … decision",
    "committed <a country> to", "evinced great pleasure at", "availed himself of the occasion to felicitate",
    "termed … "…"", "sought … understanding and cooperation", "spoke appreciatively of"; not "laid a wreath",
    "placed flowers", "committed crimes", "sought refuge", "spoke briefly with"."""
    body = (_TALKS + "Mr Berglund laid emphasis on the fact that the port was open. The Prime Minister put stress on "
            "trade. Mr Berglund placed on record his appreciation of the rescuers. The Prime Minister gave expression "
            "to his country's interest in the project. Mr Berglund made it known that he would visit in May. The "
            "Prime Minister made known his government's decision to reopen the consulate. Mr Berglund committed "
            "Varnland to the supply of grain. The Prime Minister evinced great pleasure at the visit. Mr Berglund "
            "availed himself of the occasion to felicitate the Prime Minister on the election. The Prime Minister "
            "termed the agreement \"a new chapter\". Mr Berglund sought the Prime Minister's understanding and "
            "cooperation regarding the fisheries. The Prime Minister spoke appreciatively of Varnland's help."
            "\n\nThe delegation laid a wreath. The guards placed flowers at the gate. The militias committed crimes. "
            "The refugees sought refuge in the hills.")
    assert_statements(body, [
        ("Otto Berglund", "indirect", "Mr Berglund laid emphasis on the fact that the port was open."),
        ("Ravi Anand", "indirect", "The Prime Minister put stress on trade."),
        ("Otto Berglund", "indirect", "Mr Berglund placed on record his appreciation of the rescuers."),
        ("Ravi Anand", "indirect", "The Prime Minister gave expression to his country's interest in the project."),
        ("Otto Berglund", "indirect", "Mr Berglund made it known that he would visit in May."),
        ("Ravi Anand", "indirect", "The Prime Minister made known his government's decision to reopen the consulate."),
        ("Otto Berglund", "indirect", "Mr Berglund committed Varnland to the supply of grain."),
        ("Ravi Anand", "indirect", "The Prime Minister evinced great pleasure at the visit."),
        ("Otto Berglund", "indirect", "Mr Berglund availed himself of the occasion to felicitate the Prime Minister on "
                                      "the election."),
        ("Ravi Anand", "indirect", "The Prime Minister termed the agreement \"a new chapter\"."),
        ("Otto Berglund", "indirect", "Mr Berglund sought the Prime Minister's understanding and cooperation "
                                      "regarding the fisheries."),
        ("Ravi Anand", "indirect", "The Prime Minister spoke appreciatively of Varnland's help."),
    ])


def test_apprised_felicitated_advocated():
    """"apprised … of" (informed), "felicitated … on" (congratulated), "advocated" (called for)."""
    body = (_TALKS + "Mr Berglund apprised the Prime Minister of the talks in Osna. The Prime Minister felicitated "
            "Varnland on its election. Mr Berglund advocated closer links in science.")
    assert_statements(body, [
        ("Otto Berglund", "indirect", "Mr Berglund apprised the Prime Minister of the talks in Osna."),
        ("Ravi Anand", "indirect", "The Prime Minister felicitated Varnland on its election."),
        ("Otto Berglund", "indirect", "Mr Berglund advocated closer links in science."),
    ])


def test_perfect_passive_with_its_agent_and_an_office_after_to():
    """A perfect passive whose complement is its subject ("A message of greetings had been sent by X to Y"),
    and an agent followed by "to" and another office ("were conveyed by Prime Minister X to PM Y": X's, the
    phrase ending at X's name; hard20 gave it to Y)."""
    body = (_TALKS + "A message of greetings had been sent by Prime Minister Anand to Mr Berglund earlier in the day. "
            "Congratulations on the election were conveyed by Prime Minister Anand to PM Berglund and to the "
            "people of Varnland.")
    assert_statements(body, [
        ("Ravi Anand", "indirect", "A message of greetings had been sent by Prime Minister Anand to Mr Berglund "
                                   "earlier in the day."),
        ("Ravi Anand", "indirect", "Congratulations on the election were conveyed by Prime Minister Anand to PM "
                                   "Berglund and to the people of Varnland."),
    ])


def test_views_framed_it_was_the_assessment_of_as_x_saw_it_to_his_mind():
    """One person's view framed: "It was the assessment of X that …", "As X saw it, …", "…, to his mind, …"
    (as "in the opinion of X", "in his view"); not "As it turned out", "bear in mind"."""
    body = (_TALKS + "It was the assessment of Mr Berglund that dialogue alone could end the dispute. As the Prime "
            "Minister saw it, a shared commitment to democracy underpins the partnership. Mr Berglund thanked him. "
            "The \"northern corridor\", to his mind, had become a pillar of the relationship.\n\n"
            "The ministers will bear in mind the weather.")
    assert_statements(body, [
        ("Otto Berglund", "indirect", "It was the assessment of Mr Berglund that dialogue alone could end the dispute."),
        ("Ravi Anand", "indirect", "As the Prime Minister saw it, a shared commitment to democracy underpins the "
                                   "partnership."),
        ("Otto Berglund", "indirect", "Mr Berglund thanked him."),
        ("Otto Berglund", "indirect", "The \"northern corridor\", to his mind, had become a pillar of the relationship."),
    ])


def test_subject_after_a_fronted_clause_and_before_an_aside():
    """An office as the subject between a fronted clause and a describing aside ("Reciprocating the sentiments,
    the Zhanarian President, who …, spoke of …", "In response, the Marovian Prime Minister, whose country …,
    expressed …"), a present participle's aside ("Mr X, attending the Summit as an observer, affirmed"), and "the
    Premier" for the Prime Minister."""
    body = ("President Kenta Mizorogi held a telephone conversation with H.E. Mr Temir Oskonbay, President of the "
            "Republic of Zhanaria, and conveyed his felicitations. Reciprocating the sentiments, the Zhanarian "
            "President, who marks a decade in office this year, spoke of his high regard for the President. In "
            "response, the Zhanarian President, whose country holds the chair of the Forum this year, expressed his "
            "appreciation for the briefing. Mr Oskonbay, attending the Forum as an observer, affirmed his "
            "readiness to help.\n\n" + _TALKS + "The Premier also made known his decision to visit Varnland.")
    assert_statements(body, [
        ("Kenta Mizorogi", "indirect", "President Kenta Mizorogi held a telephone conversation with H.E. Mr Temir "
                                       "Oskonbay, President of the Republic of Zhanaria, and conveyed his felicitations."),
        ("Temir Oskonbay", "indirect", "Reciprocating the sentiments, the Zhanarian President, who marks a decade in "
                                       "office this year, spoke of his high regard for the President."),
        ("Temir Oskonbay", "indirect", "In response, the Zhanarian President, whose country holds the chair of the "
                                       "Forum this year, expressed his appreciation for the briefing."),
        ("Temir Oskonbay", "indirect", "Mr Oskonbay, attending the Forum as an observer, affirmed his readiness to help."),
        ("Ravi Anand", "indirect", "The Premier also made known his decision to visit Varnland."),
    ])


def test_a_message_lead_in_and_an_agentless_shared():
    """"The message reads, in part:" ends the sender's paragraph but is no statement (it introduces the text);
    "The concerns of the X side … were also shared." is an agentless passive, not carried on."""
    body = (_TALKS + "A message of greetings was sent by Mr Berglund to the Prime Minister. The message reads, in "
            "part:\n\n\"You enjoy the respect of your people.\"\n\nThe Prime Minister spoke of the harbour. The "
            "concerns of the Varnish side regarding the fisheries were also shared.")
    assert_statements(body, [
        ("Otto Berglund", "indirect", "A message of greetings was sent by Mr Berglund to the Prime Minister."),
        ("Otto Berglund", "direct", "You enjoy the respect of your people."),
        ("Ravi Anand", "indirect", "The Prime Minister spoke of the harbour."),
    ])


def test_a_report_carried_on_after_a_sentence_split_between_two_people():
    """A paragraph whose first sentence is split between two people ("Concern … having been raised by Mrs X, the
    Prime Minister explained …"): its report is the second one's, carried on to the sentences after it."""
    body = (_TALKS + "Concern about the dam having been raised by Mr Berglund, the Prime Minister explained the "
            "repairs under way. Engineers, together with the army, continue to watch the dam. Water levels remain "
            "normal.")
    assert_statements(body, [
        ("Otto Berglund", "indirect", "Concern about the dam having been raised by Mr Berglund"),
        ("Ravi Anand", "indirect", "the Prime Minister explained the repairs under way."),
        ("Ravi Anand", "indirect", "Water levels remain normal."),
    ])


def test_in_full_agreement_with():
    """"X was in full agreement with her" is X's agreement stated (dev's "fully agreed with him"); a group's is
    not a statement."""
    body = (_TALKS + "Mr Berglund was in full agreement with the Prime Minister. The two delegations were in full "
            "agreement with the plan.")
    assert_statements(body, [
        ("Otto Berglund", "indirect", "Mr Berglund was in full agreement with the Prime Minister."),
    ])


def test_speech_in_a_relative_clause_after_a_noun_set_off():
    """", an initiative for which X thanked its authors" (dev kremlin_26876's "—an initiative for which Mr Putin
    thanked its authors", hard20's "placed on record his appreciation"): the relative clause is X's statement,
    from the noun on; the clause before it is no one's; not "…, which the Prime Minister signed" (no noun set off)."""
    body = (_TALKS + "The letter urged support for the bid, an initiative for which the Prime Minister placed on record "
            "his appreciation of its authors. The petition backed the canal—a project for which Mr Berglund thanked "
            "its authors. The treaty was ready, which the Prime Minister signed.")
    assert_statements(body, [
        ("Ravi Anand", "indirect", "an initiative for which the Prime Minister placed on record his appreciation of "
                                   "its authors."),
        ("Otto Berglund", "indirect", "a project for which Mr Berglund thanked its authors."),
    ])


def test_the_senates_majority_leader_is_the_senator():
    """"Senate Majority Leader Mr X … The senior Senator availed himself …": the Senate's leader is a senator
    (hard20 gave the second sentence no one)."""
    body = ("Prime Minister Ravi Anand met the leaders of the Congress of Varnland. Senate Majority Leader Mr Nils "
            "Ekdahl thanked him for the visit. The senior Senator spoke of the trade talks.")
    assert_statements(body, [
        ("Nils Ekdahl", "indirect", "Senate Majority Leader Mr Nils Ekdahl thanked him for the visit."),
        ("Nils Ekdahl", "indirect", "The senior Senator spoke of the trade talks."),
    ])

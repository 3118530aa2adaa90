"""Patterns found by the nineteenth hard set (benchmarks/hard19/: twelve dev situations rewritten in the
voice of a Commonwealth government's press office, with wording no set had used): each test an invented
readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "Prime Minister Niamh Corrigan met Senator Bram Kettel of Osterhay.\n\n"


def test_light_verbs_of_telling_asking_and_pledging():
    """Light verbs and idioms that report speech only with their complement (hard19 missed them all):
    "gave <addressee> a frank appraisal/readout of", "gave short shrift to", "paid … the compliment of",
    "drew on … to argue", "made representations on", "made much of", "made no bones about", "made a
    commitment to", "made a point of mentioning", "put it to … that", "put <the figure> at <number>",
    "talked up", "sounded out … on"; not "gave the children a tour of", "drew on reserves to pay", "made
    much progress", "put the books on the shelf", "sounded the horn"."""
    body = (_TALKS + "Ms Corrigan gave the senators a frank appraisal of the border. Senator Kettel gave his host a "
            "readout of his talks in Lissen. Ms Corrigan gave short shrift to any suggestion of a delay. Senator "
            "Kettel paid his host the compliment of calling her a friend. Ms Corrigan drew on her years in the navy "
            "to argue that the straits must stay open. Senator Kettel made representations on the food crisis. Ms "
            "Corrigan made much of the new rail link. Senator Kettel made no bones about his anger. Ms Corrigan "
            "made a commitment to report back. Senator Kettel made a point of mentioning the fishermen. Ms "
            "Corrigan put it to the senator that sanctions were needed. Senator Kettel put the cost at more than "
            "$5 million. Ms Corrigan talked up the partnership. Senator Kettel sounded out his host on a visit."
            "\n\nThe guide gave the children a tour of the port. The port drew on reserves to pay for the dredging. "
            "The builders made much progress. The clerk put the books on the shelf. The ferry sounded the horn.")
    assert_statements(body, [
        ("Niamh Corrigan", "indirect", "Ms Corrigan gave the senators a frank appraisal of the border."),
        ("Bram Kettel", "indirect", "Senator Kettel gave his host a readout of his talks in Lissen."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan gave short shrift to any suggestion of a delay."),
        ("Bram Kettel", "indirect", "Senator Kettel paid his host the compliment of calling her a friend."),
        ("Niamh Corrigan", "indirect",
         "Ms Corrigan drew on her years in the navy to argue that the straits must stay open."),
        ("Bram Kettel", "indirect", "Senator Kettel made representations on the food crisis."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan made much of the new rail link."),
        ("Bram Kettel", "indirect", "Senator Kettel made no bones about his anger."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan made a commitment to report back."),
        ("Bram Kettel", "indirect", "Senator Kettel made a point of mentioning the fishermen."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan put it to the senator that sanctions were needed."),
        ("Bram Kettel", "indirect", "Senator Kettel put the cost at more than $5 million."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan talked up the partnership."),
        ("Bram Kettel", "indirect", "Senator Kettel sounded out his host on a visit."),
    ])


def test_verbs_of_thanks_support_and_proposal_with_their_complements():
    """"recorded her thanks", "recorded the Government's appreciation", "painted a sombre picture of",
    "canvassed his support for", "alluded to", "mooted", "lent his support to", "recommitted … to",
    "fielded questions", "pleaded the cause of", "returned thanks" and its passive with an agent
    ("Thanks … were returned by X"); not "recorded a rise in exports", "painted the fence", "lent money
    to", "returned home"."""
    body = (_TALKS + "Ms Corrigan recorded her thanks for the visit. Senator Kettel recorded the Senate's "
            "appreciation for the welcome. Ms Corrigan painted a sombre picture of the border. Senator Kettel "
            "canvassed her support for the plan. Ms Corrigan alluded to the passports. Senator Kettel mooted "
            "closer ties. Ms Corrigan lent her support to the plan. Senator Kettel recommitted Osterhay to the "
            "treaty. Ms Corrigan fielded questions from the floor. Senator Kettel pleaded the cause of free trade. "
            "Thanks for the dinner were returned by Senator Kettel."
            "\n\nThe port recorded a rise in exports. The workers painted the fence. The bank lent money to the "
            "farmers. The fishermen returned home.")
    assert_statements(body, [
        ("Niamh Corrigan", "indirect", "Ms Corrigan recorded her thanks for the visit."),
        ("Bram Kettel", "indirect", "Senator Kettel recorded the Senate's appreciation for the welcome."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan painted a sombre picture of the border."),
        ("Bram Kettel", "indirect", "Senator Kettel canvassed her support for the plan."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan alluded to the passports."),
        ("Bram Kettel", "indirect", "Senator Kettel mooted closer ties."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan lent her support to the plan."),
        ("Bram Kettel", "indirect", "Senator Kettel recommitted Osterhay to the treaty."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan fielded questions from the floor."),
        ("Bram Kettel", "indirect", "Senator Kettel pleaded the cause of free trade."),
        ("Bram Kettel", "indirect", "Thanks for the dinner were returned by Senator Kettel."),
    ])


def test_plain_spoken_adjectives_and_glad_to_report():
    """"was firm that", "was candid about", "was frank about", "was blunt in his assessment", "was explicit
    that" (a position stated plainly, as "adamant"), and "was proud to report", "was pleased to announce"
    (a feeling before a verb of telling); not "The ground was firm", "was pleased to welcome X to …"."""
    body = (_TALKS + "Ms Corrigan was firm that the treaty would stand. Senator Kettel was candid about the "
            "obstacles. Ms Corrigan was frank about the risks. Senator Kettel was blunt in his assessment of the "
            "talks. Ms Corrigan was explicit that no troops would be sent. Senator Kettel was proud to report the "
            "Senate's vote. Ms Corrigan was pleased to announce a new grant."
            "\n\nThe ground was firm after the frost. Ms Corrigan was pleased to welcome the senator to the "
            "capital.")
    assert_statements(body, [
        ("Niamh Corrigan", "indirect", "Ms Corrigan was firm that the treaty would stand."),
        ("Bram Kettel", "indirect", "Senator Kettel was candid about the obstacles."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan was frank about the risks."),
        ("Bram Kettel", "indirect", "Senator Kettel was blunt in his assessment of the talks."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan was explicit that no troops would be sent."),
        ("Bram Kettel", "indirect", "Senator Kettel was proud to report the Senate's vote."),
        ("Niamh Corrigan", "indirect", "Ms Corrigan was pleased to announce a new grant."),
    ])


def test_nationality_nouns_in_ese_ot_and_ite():
    """"The Velanese", "The Sandriot", "The Keshite": a person named by the nationality alone (as "the
    Tavrenian"); not "The Patriot", "the elite"."""
    body = ("Prime Minister Graham Loftus spoke with Prime Minister Arman Devlet of Keshtar, President Lio "
            "Tavarro of Sandria and President Ana Vel of Velan.\n\nThe Keshite stressed that the obstacles "
            "remained. The Sandriot stressed that the talks must go on. The Velanese stressed that the port "
            "would reopen.\n\nThe Patriot stressed the air defences. The elite stressed their loyalty.")
    assert_statements(body, [
        ("Arman Devlet", "indirect", "The Keshite stressed that the obstacles remained."),
        ("Lio Tavarro", "indirect", "The Sandriot stressed that the talks must go on."),
        ("Ana Vel", "indirect", "The Velanese stressed that the port would reopen."),
    ])


def test_attribution_pronoun_fronted_apposition_and_topics():
    """A pronoun in an attribution set off inside its sentence is the sentence's opener ("Mr X nailed his
    colours to the mast: the Government, he promised, would …", not the last man named before); a
    describing phrase before the office and the name ("A former Chief Constable, the Home Secretary, Dame
    X, was clear that …"); "The pair" is two people; a topic that "also featured" or "also came up" ends a
    carried report; "welcomed X, of Y, to her official residence" is hosting."""
    body = ("The Prime Minister, Gareth Penhallow, and leaders of the sector met today. The Deputy Chief of "
            "Staff, Alun Bryce, also attended.\n\nMr Penhallow nailed his colours to the mast: the Government, "
            "he promised, would stand behind the sector. A former Chief Constable of the capital, the Home "
            "Secretary, Dame Ruth Halloran, was clear that the inquiry would go on. The Prime Minister talked up "
            "the new courts. The situation in the ports also featured.\n\nThe Prime Minister welcomed the "
            "Governor of Tessaly, Dame Ana Vel, to her official residence. Dame Ana made no bones about the "
            "floods. The pair laid wreaths at the memorial.")
    assert_statements(body, [
        ("Gareth Penhallow", "indirect",
         "Mr Penhallow nailed his colours to the mast: the Government, he promised, would stand behind the sector."),
        ("Ruth Halloran", "indirect", "A former Chief Constable of the capital, the Home Secretary, Dame Ruth "
         "Halloran, was clear that the inquiry would go on."),
        ("Gareth Penhallow", "indirect", "The Prime Minister talked up the new courts."),
        ("Ana Vel", "indirect", "Dame Ana made no bones about the floods."),
    ])


def test_quotation_resumed_after_a_telling_verb_and_its_listener():
    """"“…,” the Prime Minister told his guest, “…”": the second part of the quotation is his too, as after
    "the Prime Minister said," (hard19 lost it when a listener followed the verb)."""
    body = ("The Prime Minister, Alasdair Fenwick, met President Lio Tavarro of Sandria.\n\n“Your presence "
            "here,” the Prime Minister told his guest, “says two things to us: that we remember the war in the "
            "same way, and that our partnership is a real one.”")
    assert_statements(body, [
        ("Alasdair Fenwick", "direct", "Your presence here,"),
        ("Alasdair Fenwick", "direct", "says two things to us: that we remember the war in the same way, and that "
         "our partnership is a real one."),
    ])


def test_second_clause_subject_before_an_aside_and_word_given_by():
    """"Ms X welcomed …, and the Vice President, a former professor of law, stressed …" and "…, and Mr Y, who
    taught law for years, stressed …": the new clause's own subject, set off by a describing aside, not
    the first clause's (also after "was proud to report"); "Word was given by X that …" is X's (a passive
    with its agent)."""
    body = ("The Deputy Prime Minister, Isobel Fane, met Vice President Emeka Oduya of Marundi in Carrick "
            "today.\n\nMs Fane welcomed the commitment to free elections, and the Vice President, a former "
            "professor of law, stressed that the vote would be fair. Ms Fane thanked Marundi for its help, and "
            "Mr Oduya, who taught law for years, was proud to report the commission's progress. Word was given "
            "by the Deputy Prime Minister that a further grant would follow.")
    assert_statements(body, [
        ("Isobel Fane", "indirect", "Ms Fane welcomed the commitment to free elections"),
        ("Emeka Oduya", "indirect",
         "the Vice President, a former professor of law, stressed that the vote would be fair."),
        ("Isobel Fane", "indirect", "Ms Fane thanked Marundi for its help"),
        ("Emeka Oduya", "indirect", "Mr Oduya, who taught law for years, was proud to report the commission's "
         "progress."),
        ("Isobel Fane", "indirect",
         "Word was given by the Deputy Prime Minister that a further grant would follow."),
    ])


def test_words_that_came_from_a_person():
    """A noun of speech and "from" before its source, with no speech verb: "The call started with birthday
    wishes from Mr X to Mr Y.", "A written birthday message from the Prime Minister had gone to …" are the
    source's; before a colon, "A warning came first, from the Prime Minister: “…”", the quotation is hers and
    the lead-in no statement; not "Mr X passed on greetings from President Y" (the conveyor's)."""
    body = ("Prime Minister Graham Loftus spoke with Prime Minister Arman Devlet of Keshtar.\n\nThe call started "
            "with birthday wishes from Mr Loftus to Mr Devlet. Mr Devlet passed on greetings from President Ana "
            "Vel. A written birthday message from the Prime Minister had gone to Mr Devlet earlier in the day. "
            "\n\nA warning came first, from Mr Devlet: “We must "
            "leave nothing to chance this winter.”")
    assert_statements(body, [
        ("Graham Loftus", "indirect", "The call started with birthday wishes from Mr Loftus to Mr Devlet."),
        ("Arman Devlet", "indirect", "Mr Devlet passed on greetings from President Ana Vel."),
        ("Graham Loftus", "indirect",
         "A written birthday message from the Prime Minister had gone to Mr Devlet earlier in the day."),
        ("Arman Devlet", "direct", "We must leave nothing to chance this winter."),
    ])


def test_a_possessed_question_and_its_topic():
    """"The Prime Minister's last question concerned …", "the Senator's first query was about …": a question
    one person put, as "asked about" (hard19 missed it)."""
    body = (_TALKS + "The Prime Minister's last question concerned the take-up of online services. Senator Kettel's "
            "first query was about the ferry timetable.")
    assert_statements(body, [
        ("Niamh Corrigan", "indirect",
         "The Prime Minister's last question concerned the take-up of online services."),
        ("Bram Kettel", "indirect", "Senator Kettel's first query was about the ferry timetable."),
    ])

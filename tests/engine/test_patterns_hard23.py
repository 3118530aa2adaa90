"""Patterns found by the twenty-third hard set (benchmarks/hard23/: twelve dev situations rewritten in
the voice of an African or Latin American presidency writing in English): each test an invented
readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Kofi Maranga met with Prime Minister of Ostlund Greta Lind.\n\n"


def test_formal_speech_verbs_of_a_presidency():
    """The formal verbs of an African or Commonwealth presidency's English: "exhorted", "extolled",
    "decried … as", "commiserated with", "averred", "felicitated", "apprised … of", "implored",
    "bemoaned" (hard23 missed them): said, urged, praised, deplored, congratulated, informed."""
    body = (_TALKS + "The President exhorted the bishops to support the campaign. Ms Lind extolled the courage of the "
            "nurses. The President decried land grabbing as a crime. Ms Lind commiserated with the families of the "
            "victims. \"We will rebuild,\" she averred. The President felicitated Ms Lind on her birthday. Ms Lind "
            "apprised the President of the situation at the front. The President implored the donors to act. Ms "
            "Lind bemoaned the delays.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "The President exhorted the bishops to support the campaign."),
        ("Greta Lind", "indirect", "Ms Lind extolled the courage of the nurses."),
        ("Kofi Maranga", "indirect", "The President decried land grabbing as a crime."),
        ("Greta Lind", "indirect", "Ms Lind commiserated with the families of the victims."),
        ("Greta Lind", "direct", "We will rebuild,"),
        ("Kofi Maranga", "indirect", "The President felicitated Ms Lind on her birthday."),
        ("Greta Lind", "indirect", "Ms Lind apprised the President of the situation at the front."),
        ("Kofi Maranga", "indirect", "The President implored the donors to act."),
        ("Greta Lind", "indirect", "Ms Lind bemoaned the delays."),
    ])


def test_light_verbs_of_telling_stressing_and_blame():
    """Light verbs whose complement makes them speech (hard23): "gave … a rundown of / an insight into /
    an unequivocal reassurance of / fresh expression to", "laid emphasis on", "placed on record", "put …
    in the picture", "took up the matter of", "pinned responsibility for … on", "drove home the need",
    "pronounced himself open to", "came down firmly on the side of", "showed understanding for", "let …
    know that", "made bold to say", "made a point of stressing", "went further to underline", "saluted …
    as"; not "gave a lift", "laid a wreath", "put the dishes in the cupboard", "took up office", "drove
    home after the talks", "saluted the troops", "made a point of visiting"."""
    body = (_TALKS + "The President gave his guest a rundown of his meetings. Ms Lind gave her host an insight into the "
            "plan. The President gave an unequivocal reassurance of his support. Ms Lind gave fresh expression to "
            "her commitment. The President laid emphasis on the need for calm. Ms Lind placed on record her "
            "gratitude to the donors. The President put his guest in the picture regarding the floods. Ms Lind "
            "took up the matter of transit permits. The President pinned responsibility for the collapse on the "
            "rebels. Ms Lind drove home the need for sanctions. The President pronounced himself open to a review. "
            "Ms Lind came down firmly on the side of the reformers. The President showed understanding for her "
            "concerns. Ms Lind let the President know that she had asked for aid. The President made bold to say "
            "that the war was over. Ms Lind made a point of stressing the value of dialogue. The President went "
            "further to underline the need for reform. Ms Lind saluted the talks as a turning point.\n\n"
            "The President gave the minister a lift. Ms Lind laid a wreath. The President took up office in May. "
            "Ms Lind drove home after the talks. The President saluted the troops. Ms Lind made a point of "
            "visiting the port.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "The President gave his guest a rundown of his meetings."),
        ("Greta Lind", "indirect", "Ms Lind gave her host an insight into the plan."),
        ("Kofi Maranga", "indirect", "The President gave an unequivocal reassurance of his support."),
        ("Greta Lind", "indirect", "Ms Lind gave fresh expression to her commitment."),
        ("Kofi Maranga", "indirect", "The President laid emphasis on the need for calm."),
        ("Greta Lind", "indirect", "Ms Lind placed on record her gratitude to the donors."),
        ("Kofi Maranga", "indirect", "The President put his guest in the picture regarding the floods."),
        ("Greta Lind", "indirect", "Ms Lind took up the matter of transit permits."),
        ("Kofi Maranga", "indirect", "The President pinned responsibility for the collapse on the rebels."),
        ("Greta Lind", "indirect", "Ms Lind drove home the need for sanctions."),
        ("Kofi Maranga", "indirect", "The President pronounced himself open to a review."),
        ("Greta Lind", "indirect", "Ms Lind came down firmly on the side of the reformers."),
        ("Kofi Maranga", "indirect", "The President showed understanding for her concerns."),
        ("Greta Lind", "indirect", "Ms Lind let the President know that she had asked for aid."),
        ("Kofi Maranga", "indirect", "The President made bold to say that the war was over."),
        ("Greta Lind", "indirect", "Ms Lind made a point of stressing the value of dialogue."),
        ("Kofi Maranga", "indirect", "The President went further to underline the need for reform."),
        ("Greta Lind", "indirect", "Ms Lind saluted the talks as a turning point."),
    ])


def test_manner_phrases_generous_in_his_recognition_no_less_forceful_on():
    """"was generous in his recognition of …", "was no less forceful on …", "was candid about …": how
    one person spoke (hard23); not "The talks were frank about …" (no person)."""
    body = (_TALKS + "The President was generous in his recognition of Ostlund's diplomacy. Ms Lind was no less forceful "
            "on the investigation of the crimes. The President was candid about the delays.\n\n"
            "The talks were frank about trade.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "The President was generous in his recognition of Ostlund's diplomacy."),
        ("Greta Lind", "indirect", "Ms Lind was no less forceful on the investigation of the crimes."),
        ("Kofi Maranga", "indirect", "The President was candid about the delays."),
    ])


def test_in_turn_without_commas_and_quoted_as_any_speech_verb():
    """"The Ndoran Prime Minister in turn gave …", "X in reply assured …" (no commas round the filler),
    and "The statement quoted X as underlining …" (any speech verb's -ing after "quoted X as")."""
    body = (_TALKS + "The President stressed the need for calm. The Ostlundian Prime Minister in turn gave her host an "
            "account of the floods. The President in reply assured her of his support. The statement quoted the "
            "Prime Minister as underlining the importance of trade.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "The President stressed the need for calm."),
        ("Greta Lind", "indirect", "The Ostlundian Prime Minister in turn gave her host an account of the floods."),
        ("Kofi Maranga", "indirect", "The President in reply assured her of his support."),
        ("Greta Lind", "indirect", "The statement quoted the Prime Minister as underlining the importance of trade."),
    ])


def test_passive_with_a_listener_before_its_agent():
    """A passive whose listener comes before its agent (hard23): "a congratulatory message had been sent
    to the Prime Minister by the President" (after a fronted adverbial), "The plan was presented to the
    envoys by X"; not "Aid was sent to the region by the Government" (no speech)."""
    body = (_TALKS + "Earlier in the day, a congratulatory message had been sent to the Prime Minister by the President. "
            "The reconstruction plan was presented to the envoys by Ms Lind. Aid was sent to the region by the "
            "Government.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect",
         "Earlier in the day, a congratulatory message had been sent to the Prime Minister by the President."),
        ("Greta Lind", "indirect", "The reconstruction plan was presented to the envoys by Ms Lind."),
    ])


def test_nationality_noun_in_ese_professor_and_vp():
    """"The Tolanese, who …, pronounced himself open to …": a nationality noun in "-ese" names one person
    (not a known one, "the Chinese"); "Professor X" is the Vice President X named before (an academic
    title, no other office); "VP X" in a headline is Vice President X."""
    body = ("Vice President Babatunde Ode held talks with President Faustin Ndayo of Tolan. The Tolanese, who chairs "
            "the Lakes Community, pronounced himself open to a review. Professor Ode stressed the need for calm.")
    assert_statements(body, [
        ("Faustin Ndayo", "indirect",
         "The Tolanese, who chairs the Lakes Community, pronounced himself open to a review."),
        ("Babatunde Ode", "indirect", "Professor Ode stressed the need for calm."),
    ], title="VP Ode hosts President Ndayo of Tolan")


def test_capitalised_office_before_a_titled_name():
    """"led by the Primate, Archbishop X", "the Chief of Staff in the Office of the President, Ambassador
    Dr Y, hosted …": the office before the titled name is hers too, so "The Primate thanked …", "The Chief
    of Staff made a plea …" are theirs (hard23 gave them nothing); "the President" of "the Office of the
    President" is no office of hers."""
    body = ("President Kofi Maranga received delegates led by the Primate, Archbishop Elias Ofori. The Primate "
            "thanked the President.\n\nOn Monday, the Chief of Staff in the Office of the President, Ambassador Dr "
            "Ama Serame, hosted the envoys. The Chief of Staff made a plea for sanctions. The President stressed "
            "the need for calm.")
    assert_statements(body, [
        ("Elias Ofori", "indirect", "The Primate thanked the President."),
        ("Ama Serame", "indirect", "The Chief of Staff made a plea for sanctions."),
        ("Kofi Maranga", "indirect", "The President stressed the need for calm."),
    ])


def test_hearsay_aside_and_a_subject_brought_up():
    """"Mr X, it was learnt, asked that …" (a hearsay aside between subject and verb, as "the press
    service reported afterwards"), "brought up the spate of …" (a subject raised); not "brought up the
    rear"."""
    body = (_TALKS + "Ms Lind, it was learnt, asked that her thanks be conveyed. The President, who lost a nephew in "
            "the attacks, brought up the spate of harassment of his citizens abroad.\n\nThe guard of honour "
            "brought up the rear.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Ms Lind, it was learnt, asked that her thanks be conveyed."),
        ("Kofi Maranga", "indirect",
         "The President, who lost a nephew in the attacks, brought up the spate of harassment of his citizens abroad."),
    ])


def test_a_quoted_title_after_its_noun_and_to_her_mind():
    """"Touching on the national programme “A Home for Every Family”, President X exhorted …": the quotation
    names the programme (no words of anyone's), the sentence is his report (hard23 gave the title to him as
    his words and lost the sentence); "To the President's mind, …" is her view, as "In her view, …"."""
    body = ("President Amadi Tandoh received Prime Minister Greta Lind.\n\nTouching on the national programme "
            "“A Home for Every Family”, President Tandoh exhorted the bishops to support the campaign. “We are "
            "partners,” the President said. To the Prime Minister's mind, the agenda is humanitarian.\n\n"
            "The guests kept the risks in mind.")
    assert_statements(body, [
        ("Amadi Tandoh", "indirect", "Touching on the national programme “A Home for Every Family”, President "
         "Tandoh exhorted the bishops to support the campaign."),
        ("Amadi Tandoh", "direct", "We are partners,"),
        ("Greta Lind", "indirect", "To the Prime Minister's mind, the agenda is humanitarian."),
    ])


def test_his_counterpart_may_be_a_woman():
    """"his Norvellian counterpart" is no man for "his": the possessive is the owner's gender, not the
    counterpart's (hard23 gave "… welcomed by his Norvellian counterpart" to a man named in between)."""
    body = ("Vice President Babatope Ode held talks with his Norvellian counterpart, Vice President Eleanor Rhee. "
            "This was disclosed by his spokesman, Mr Ifeanyi Marsh.\n\nMrs Rhee announced new funds. Mr Ode "
            "stressed Ndoro's commitment to free elections, a commitment which was warmly welcomed by his "
            "Norvellian counterpart.")
    assert_statements(body, [
        ("Eleanor Rhee", "indirect", "Mrs Rhee announced new funds."),
        ("Babatope Ode", "indirect", "Mr Ode stressed Ndoro's commitment to free elections,"),
        ("Eleanor Rhee", "indirect", "a commitment which was warmly welcomed by his Norvellian counterpart."),
    ])

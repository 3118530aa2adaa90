"""Patterns found by the twelfth styles set (benchmarks/styles12/: invented readouts in the house styles of
offices no set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_after_the_declaration_report_ends_the_press_conference_transcript():
    """"President Sosa Aguirre: We support it, with conditions. … / After the declaration, the Secretary of the
    Presidency, Álvaro Delgado Piñeyro, said in a statement that …" (styles12 uruguana_presidency): the narrator
    reports someone in the third person after the turns; the paragraph is his, not the last label's."""
    body = ("Joint declaration\n\nPresident Tomas Ruelle received President Ana Kovar of Dessia. The presidents "
            "answered questions.\n\nPresident Ruelle: Good afternoon. We have signed four agreements today.\n\n"
            "President Kovar: Thank you, Tomas. Dessia will not forget your support.\n\n"
            "After the declaration, the Minister of Trade, Paul Mercer, said in a statement that the customs "
            "union would enter into force in June.")
    assert_statements(body, [
        ("Tomas Ruelle", "direct", "Good afternoon. We have signed four agreements today."),
        ("Ana Kovar", "direct", "Thank you, Tomas. Dessia will not forget your support."),
        ("Paul Mercer", "indirect", "After the declaration, the Minister of Trade, Paul Mercer, said in a statement "
                                    "that the customs union would enter into force in June."),
    ])


def test_an_after_the_meeting_opening_in_a_speakers_own_words_stays_in_the_turn():
    """Guard: "After the meeting, we told the ministers …" in a turn speaks in the first person: still the
    speaker's."""
    body = ("Press conference\n\nPresident Tomas Ruelle received President Ana Kovar of Dessia.\n\n"
            "President Ruelle: Good afternoon. We have signed four agreements today.\n\n"
            "After the meeting, we told the ministers that the customs union must enter into force in June.")
    assert_statements(body, [
        ("Tomas Ruelle", "direct", "Good afternoon. We have signed four agreements today."),
        ("Tomas Ruelle", "direct", "After the meeting, we told the ministers that the customs union must enter "
                                   "into force in June."),
    ])


def test_the_chief_executive_is_the_one_styled_so_not_the_premier_he_met():
    """"The Chief Executive, Mr Fung Ka-lok, met the Premier of Tarnholm, Mr Oliver Brandt … Chief Executive: We
    agreed that …" (styles12 kestria_chief_executive): the label is the one who bears the title, not the Premier
    (a head of government "the Chief Executive" may also mean), the title naming only the Premier."""
    body = ("The Chief Executive, Mr Lam Chi-wai, met the Premier of Ostmark, Mr Karl Feder, today (May 4).\n\n"
            "Mr Lam welcomed Mr Feder and said that Kestria would remain a gateway for Ostmark firms.\n\n"
            "Mr Feder said that Ostmark hoped to strengthen exchanges in innovation.\n\n"
            "Following is the transcript of remarks by the Chief Executive at a media session:\n\n"
            "Reporter: What did you agree on today?\n\n"
            "Chief Executive: We agreed to sign an agreement on professional qualifications.")
    assert_statements(body, [
        ("Lam Chi-wai", "indirect", "Mr Lam welcomed Mr Feder and said that Kestria would remain a gateway for "
                                    "Ostmark firms."),
        ("Karl Feder", "indirect", "Mr Feder said that Ostmark hoped to strengthen exchanges in innovation."),
        ("Lam Chi-wai", "direct", "We agreed to sign an agreement on professional qualifications."),
    ], title="CE meets Premier of Ostmark and speaks to media")


def test_the_chief_executive_is_still_a_presidents_style_when_no_one_bears_it():
    """Guard: "President X … the Prime Minister of Y, Z … The Chief Executive added …", no one styled Chief
    Executive: still the President (the style of a president, as in Manila)."""
    body = ("President Ramon Ilagan received Prime Minister Karl Feder of Ostmark at the Palace on Monday.\n\n"
            "The Chief Executive added that the two countries would sign a labour agreement within the year.")
    assert_statements(body, [
        ("Ramon Ilagan", "indirect", "The Chief Executive added that the two countries would sign a labour agreement "
                                     "within the year."),
    ])


def test_a_releases_end_mark_ends_the_transcript():
    """"Chief Executive: We keep every measure under review. … / Ends/Wednesday, March 18, 2026" (styles12
    kestria_chief_executive): the release's end mark is no one's words."""
    body = ("The Chief Executive, Mr Lam Chi-wai, spoke to the media today (May 4).\n\n"
            "Following is the transcript of remarks by the Chief Executive at a media session:\n\n"
            "Reporter: Will the Government review the measures?\n\n"
            "Chief Executive: We keep every measure under review.\n\n"
            "Ends/Monday, May 4, 2026\nIssued at HKT 18:42")
    assert_statements(body, [
        ("Lam Chi-wai", "direct", "We keep every measure under review."),
    ])


def test_a_question_from_an_outlet_is_nobodys_and_a_later_visit_ends_the_transcript():
    """"Prime Minister Brannagh: Thank you, Hrefna. … / Question from Ríkisútvarpið: Prime Minister Valgeirsdóttir,
    will …? / … / Prime Minister Brannagh later visited the Hellisfell geothermal power plant together with the
    Minister …, who briefed the guest on …" (styles12 islandia_government): an outlet's journalist asks, unnamed;
    the narrator's "X later visited …" after the turns is no one's words."""
    body = ("Prime Minister Edda Sigurdottir received Prime Minister Conal Dunne of Eirlund on Monday.\n\n"
            "Prime Minister Sigurdottir: Welcome, Conal. Today we have agreed to work together.\n\n"
            "Prime Minister Dunne: Thank you, Edda. I hope our companies will soon work side by side.\n\n"
            "Question from Nordic Radio: Prime Minister Sigurdottir, will you join the initiative?\n\n"
            "Prime Minister Sigurdottir: Yes. The Government decided on Friday to take part.\n\n"
            "Prime Minister Dunne later visited a geothermal power plant together with the Minister of Energy, "
            "Gunnar Olafsson, who briefed the guest on the district heating system.")
    assert_statements(body, [
        ("Edda Sigurdottir", "direct", "Welcome, Conal. Today we have agreed to work together."),
        ("Conal Dunne", "direct", "Thank you, Edda. I hope our companies will soon work side by side."),
        ("Edda Sigurdottir", "direct", "Yes. The Government decided on Friday to take part."),
    ])


def test_a_turn_that_says_what_someone_later_did_in_the_first_person_stays_in_the_turn():
    """Guard: "The minister later told me …" in a turn speaks in the first person: still the speaker's."""
    body = ("Prime Minister Edda Sigurdottir received Prime Minister Conal Dunne of Eirlund on Monday.\n\n"
            "Prime Minister Dunne: Thank you, Edda. I hope our companies will soon work side by side.\n\n"
            "The minister later told me that the plant would be ready by the spring.")
    assert_statements(body, [
        ("Conal Dunne", "direct", "Thank you, Edda. I hope our companies will soon work side by side."),
        ("Conal Dunne", "direct", "The minister later told me that the plant would be ready by the spring."),
    ])


def test_two_offices_and_a_rank_before_a_name_are_one_holders():
    """"The Prime Minister, Head of Government, Major General Abdoulaye Sissako Diarra, received … / He affirmed
    that …" (styles12 malinka_primature): one man holds both offices and bears the rank; "he" and "the Prime
    Minister" are his, no unnamed Prime Minister beside him."""
    body = ("The Prime Minister, Head of Government, Major General Issa Konaté Dembélé, received on Monday a "
            "delegation of the Sahel Bank led by its President, Mr. Amadou Traoré.\n\n"
            "He affirmed that security had improved in the centre of the country.\n\n"
            "Mr. Traoré announced that the Bank had approved a loan for the solar plant.\n\n"
            "The Prime Minister thanked the Bank for its support.")
    assert_statements(body, [
        ("Issa Konaté Dembélé", "indirect", "He affirmed that security had improved in the centre of the country."),
        ("Amadou Traoré", "indirect", "Mr. Traoré announced that the Bank had approved a loan for the solar plant."),
        ("Issa Konaté Dembélé", "indirect", "The Prime Minister thanked the Bank for its support."),
    ])


def test_the_chief_minister_is_no_portfolio_minister():
    """"… received the Chief Minister of the neighbouring state of Sikhara, Shri Prem Kumar Rai … The Chief Minister
    conveyed … / The Chief Minister was accompanied by the Minister for Tourism, Smt. Anita Gurung" (styles12
    bhutara_pmo): a state's head of government, an office of its own, as a Prime Minister is; not the Minister for
    Tourism. (The office before "of the neighbouring state of" is read as his since h610, so the statement is his.)"""
    body = ("Lyonchhen Dasho Karma Dorji received the Chief Minister of the neighbouring state of Sikhara, Shri Prem "
            "Kumar Rai, in Thimbu.\n\nThe Chief Minister conveyed the greetings of the people of Sikhara.\n\n"
            "The Chief Minister was accompanied by the Minister for Tourism, Smt. Anita Gurung.")
    result = assert_statements(body, [
        ("Prem Kumar Rai", "indirect", "The Chief Minister conveyed the greetings of the people of Sikhara."),
    ])
    assert not any(s.speaker == "Anita Gurung" for s in result.statements)


def test_a_portfolio_minister_is_still_the_minister():
    """Guard: "the Minister for Tourism, Ms X … The Minister said …": still hers."""
    body = ("The Prime Minister received the Minister for Tourism of Sikhara, Ms Anita Gurung, in Thimbu.\n\n"
            "The Minister said that the new road would bring more visitors.")
    assert_statements(body, [
        ("Anita Gurung", "indirect", "The Minister said that the new road would bring more visitors."),
    ])


def test_his_royal_highness_is_the_one_named_with_that_style():
    """"H.S.H. the Sovereign Prince Albéric II welcomed His Royal Highness Grand Duke Henri-Louis … "…," the Prince
    declared. … "Monseigneur, …," His Royal Highness added." (styles12 monavel_palace): the Grand Duke, the one
    named with the style, not the Sovereign Prince (a highness too)."""
    body = ("H.S.H. the Sovereign Prince Albéric II welcomed His Royal Highness Grand Duke Henri-Louis of Lorvane to the "
            "Prince's Palace on Tuesday, on the first official visit of a Lorvanian Head of State in twenty years.\n\n"
            "During the State dinner, the Sovereign Prince recalled the ties between the two families. \"Our two "
            "States are small, but our voice carries,\" the Prince declared.\n\n"
            "In his reply, the Grand Duke paid tribute to the commitment of Prince Albéric to the oceans. "
            "\"Monseigneur, your Principality has shown that a small State can lead,\" His Royal Highness added.")
    assert_statements(body, [
        ("Albéric II", "indirect", "During the State dinner, the Sovereign Prince recalled the ties between the two "
                                   "families."),
        ("Albéric II", "direct", "Our two States are small, but our voice carries,"),
        ("Henri-Louis", "indirect", "In his reply, the Grand Duke paid tribute to the commitment of Prince Albéric to "
                                    "the oceans."),
        ("Henri-Louis", "direct", "Monseigneur, your Principality has shown that a small State can lead,"),
    ], title="Official visit of H.R.H. the Grand Duke of Lorvane to the Principality")

"""Patterns found by the twenty-fifth hard set (benchmarks/hard25/: twelve dev situations rewritten in
the voice of a Gulf news agency writing in English): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_style_initials_hh_hm_hrh_in_a_headline():
    """A Gulf agency's headline names its principal by the initials of his style ("HM the King Receives …",
    "HH the Amir …", "HRH the Crown Prince …"): a style, as "His Majesty", not a person called "HM"."""
    body = ("AL MANSURA, 18th January (SNA) -- His Majesty King Adil bin Saad Al Varsi received at Al Rawdah "
            "Palace today a delegation of the Calverian Congress.\n\n"
            "The Monarch thanked the Congress for its solidarity. His Majesty briefed the senators on the "
            "security situation.")
    assert_statements(body, [
        ("Adil bin Saad Al Varsi", "indirect", "The Monarch thanked the Congress for its solidarity."),
        ("Adil bin Saad Al Varsi", "indirect", "His Majesty briefed the senators on the security situation."),
    ], title="HM the King Receives Delegation of the Calverian Congress")
    body = ("SABKHA CITY, 14th May (SBNA) -- His Highness the Amir Sheikh Salem Al-Mubarak Al-Varsi received a "
            "delegation of the Norland Senate.\n\n"
            "His Highness the Amir welcomed the delegation, stressing that their visit was a signal of support.")
    assert_statements(body, [
        ("Salem Al-Mubarak Al-Varsi", "indirect",
         "His Highness the Amir welcomed the delegation, stressing that their visit was a signal of support."),
    ], title="HH the Amir Receives Delegation of the Norland Senate")


def test_headline_verbs_telephones_and_congratulates():
    """"His Highness the Emir Telephones President of X", "… Congratulates …": a headline's verb, which
    parts its subject from its object (as "Meets", "Receives"), so that the Emir of the title is not read as
    one phrase with the President and is not taken for a second Highness named later."""
    body = ("AL SAFRA, 11th July (ZNA) -- His Highness Sheikh Jassem bin Hamad Al Dhafrani, Emir of the State of "
            "Zarqan, made a telephone call today to His Excellency President Aurel Vintanu of the Republic of "
            "Ostravia.\n\n"
            "During the call, His Highness the Emir relayed his sincere congratulations to President Vintanu.\n\n"
            "Similar cables were sent to President Vintanu by His Highness Sheikh Fahad bin Hamad Al Dhafrani, the "
            "Deputy Emir.")
    assert_statements(body, [
        ("Jassem bin Hamad Al Dhafrani", "indirect",
         "During the call, His Highness the Emir relayed his sincere congratulations to President Vintanu."),
    ], title="His Highness the Emir Telephones President of Ostravia")


def test_a_state_named_in_two_words_and_sheikh_sultan():
    """"Crown Prince of the Emirate of Ras Halim", "HH Crown Prince of Ras Halim Meets …": a state whose name
    is two capitalised words, not a person called "Ras Halim"; "Sheikh Sultan bin Obaid …": "Sultan" his first
    name after "Sheikh", and "King Badr bin Sultan …" his father's name after "bin", not a second office."""
    body = ("LUNDMARK, 15th December (RNA) -- On the sidelines of the summit, His Highness Sheikh Sultan bin Obaid "
            "Al Marzan, Crown Prince of the Emirate of Ras Halim, met with Federal Chancellor of Aldoria Jorik "
            "Vandermeer.\n\n"
            "His Highness offered his congratulations to the Chancellor on assuming his post. Sheikh Sultan "
            "expressed confidence that the new government would back the bid.")
    assert_statements(body, [
        ("Sultan bin Obaid Al Marzan", "indirect",
         "His Highness offered his congratulations to the Chancellor on assuming his post."),
        ("Sultan bin Obaid Al Marzan", "indirect",
         "Sheikh Sultan expressed confidence that the new government would back the bid."),
    ], title="HH Crown Prince of Ras Halim Meets Federal Chancellor of Aldoria")
    body = ("QASR AL NOOR, 10th December (BNA) -- His Majesty King Badr bin Sultan Al Qasmani, King of the Kingdom "
            "of Barzah, received a telephone call today from Prime Minister of Velsland Tomas Hallberg.\n\n"
            "His Majesty the King availed himself of the occasion to renew the Kingdom's keenness to cooperate.")
    assert_statements(body, [
        ("Badr bin Sultan Al Qasmani", "indirect",
         "His Majesty the King availed himself of the occasion to renew the Kingdom's keenness to cooperate."),
    ], title="HM the King Receives Phone Call from Prime Minister of Velsland")


def test_light_verbs_of_a_gulf_agency():
    """Light verbs and idioms whose complement makes them speech (hard25): "placed high hopes in", "sought to
    know how", "asked to be informed of", "availed himself of the occasion to renew", "shared with X his
    government's reading of", "brought to the attention of his host", "dispatched a cable of congratulations",
    "expounded on"; not "placed a wreath", "sought refuge", "dispatched troops", "shared a
    meal"."""
    body = ("His Majesty King Talal Varsen met with Prime Minister of Ostlund Greta Lind.\n\n"
            "His Majesty placed high hopes in an intensification of cooperation. Ms Lind sought to know how the "
            "vaccination campaign was progressing. His Majesty asked to be informed of the mood of citizens. Ms "
            "Lind availed herself of the occasion to renew her country's keenness to cooperate. His Majesty shared "
            "with Ms Lind his government's reading of the war. Ms Lind brought to the attention of her host a "
            "donation of locomotives. His Majesty had earlier dispatched a cable of congratulations to Ms Lind. "
            "Ms Lind expounded on her country's interest in the partnership.\n\n"
            "His Majesty placed a wreath at the memorial. Ms Lind sought refuge from the rain. His Majesty "
            "dispatched troops to the border. His Majesty shared a meal with "
            "the delegation.")
    assert_statements(body, [
        ("Talal Varsen", "indirect", "His Majesty placed high hopes in an intensification of cooperation."),
        ("Greta Lind", "indirect", "Ms Lind sought to know how the vaccination campaign was progressing."),
        ("Talal Varsen", "indirect", "His Majesty asked to be informed of the mood of citizens."),
        ("Greta Lind", "indirect",
         "Ms Lind availed herself of the occasion to renew her country's keenness to cooperate."),
        ("Talal Varsen", "indirect", "His Majesty shared with Ms Lind his government's reading of the war."),
        ("Greta Lind", "indirect", "Ms Lind brought to the attention of her host a donation of locomotives."),
        ("Talal Varsen", "indirect", "His Majesty had earlier dispatched a cable of congratulations to Ms Lind."),
        ("Greta Lind", "indirect", "Ms Lind expounded on her country's interest in the partnership."),
    ])

"""Statements found by helper h859's mends of hard69 (one person written many ways in one readout: nicknames in
quotation marks, hyphenated surnames cut short, surname-first names, Mongolian initials, a possessive before an office,
titles in other languages, a person later named by office and country only).

Each test is a small invented readout (invented people and countries); each rule's test fails without it, and guard
tests keep what the rule must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run

_WIRE = ("TORVIK, May 2 -- Foreign Minister Halla Brenn met her Ostrian counterpart, Ivo Marek, in Torvik on Friday.\n\n"
         "Brenn asked Marek to reopen the ferry line between the two ports.\n\n")


def test_a_wire_closing_mark_after_a_report_ends_the_readout():
    """A news agency's closing "(END)", a paragraph of no sentence, after an indirect statement: the readout is read
    (before, `_prescription_goes_on` looked at the paragraph's first sentence and the engine failed on the readout)."""
    assert_statements(_WIRE + "Marek invited Brenn to visit Ostria in the autumn.\n\n(END)\n", [
        ("Halla Brenn", "indirect", "Brenn asked Marek to reopen the ferry line between the two ports."),
        ("Ivo Marek", "indirect", "Marek invited Brenn to visit Ostria in the autumn."),
    ])


def test_a_report_of_what_should_be_done_still_goes_on_into_the_next_paragraph():
    """Guard: paragraphs that say what a group should do, after a report holding "should", are still carried on as
    the reporter's (`_prescription_goes_on` as before), with the wire's "(END)" after them."""
    assert_statements(
        "The delegation of Ostria held a plenary meeting in Tarn on May 21.\n\n"
        "Hao Lindan, Party secretary of Ostria, has been elected as the head of the delegation.\n\n"
        "Hao emphasized that all delegates should enhance their sense of responsibility.\n\n"
        "Delegates should seriously consider the reports of the session.\n\n(END)\n", [
            ("Hao Lindan", "indirect", "Hao emphasized that all delegates should enhance their sense of responsibility."),
            ("Hao Lindan", "indirect", "Delegates should seriously consider the reports of the session."),
        ])


_COURTESY_CALL = ("Minister of Tourism Toma Ristel received a courtesy call from Sheikh Faisal bin Nasser Al Kuwairi, "
                  "Minister of Municipal Affairs and Agriculture of the State of Qarnel, at the Ministry.\n\n")


def test_a_municipal_portfolio_joined_by_and_is_the_named_persons_office():
    """"…, Minister of Municipal Affairs and Agriculture of the State of Qarnel, …" after the name is his office
    ("municipal" a portfolio's word, `lexicon.NON_PERSON_WORDS`), so "The Qarnel minister" later is he (before, the
    host, who had taken the country)."""
    assert_statements(_COURTESY_CALL + "The Qarnel minister, for his part, invited Minister Ristel to visit Qarnel.", [
        ("Faisal bin Nasser Al Kuwairi", "indirect",
         "The Qarnel minister, for his part, invited Minister Ristel to visit Qarnel."),
    ])


def test_the_host_keeps_his_own_words_beside_the_municipal_minister():
    """Guard: the host's own sentence stays his."""
    assert_statements(_COURTESY_CALL + "Minister Ristel thanked the Sheikh for the visit.", [
        ("Toma Ristel", "indirect", "Minister Ristel thanked the Sheikh for the visit."),
    ])


def test_a_presidents_possessive_before_an_office_is_no_country():
    """"President Kettan's national security adviser, Dana Wirral," is an office held under a person: the holder's
    country is not "kettan", so "The Brellish national security adviser" later is she (before, no one's)."""
    assert_statements(
        "Defence Minister Avi Sorek met today in Ramat Tal with President Kettan's national security adviser, Dana "
        "Wirral. The Ambassador of Brellia, Colin Hurst, also took part.\n\n"
        "The Brellish national security adviser told the Minister that she would raise the matter at home.", [
            ("Dana Wirral", "indirect",
             "The Brellish national security adviser told the Minister that she would raise the matter at home."),
        ])


def test_a_countrys_possessive_before_an_office_still_gives_the_country():
    """Guard: "Ostralda's foreign minister, Tamasz Vasker," (no office before the possessor): the office of that
    country, so "Ostralda's foreign minister" later is he (hard52's reading, unchanged)."""
    assert_statements(
        "Prime Minister Lena Dorf received Ostralda's foreign minister, Tamasz Vasker, in Berlov on Monday.\n\n"
        "Ostralda's foreign minister said the border talks would resume in May.", [
            ("Tamasz Vasker", "indirect", "Ostralda's foreign minister said the border talks would resume in May."),
        ])


def _speakers(body: str) -> list[str]:
    return sorted({s.speaker for s in run(body).statements if s.speaker})


def test_a_surname_first_name_turned_round_is_one_person():
    """"Minister … Várkonyi Edit received …" then "Edit Várkonyi said …" and "“…,” Várkonyi said.": one person (before,
    two, one statement each)."""
    body = ("Várdomb, 6 May 2026 – Minister of Foreign Affairs Várkonyi Edit received the State Secretary of Pelmark, "
            "Jonas Rask, on Wednesday.\n\n"
            "Edit Várkonyi said the two countries had to link their power grids before the end of the decade.\n\n"
            "“Energy security is decided by the wires we lay today,” Várkonyi said.")
    assert _speakers(body) == ["Várkonyi Edit"]


def test_two_names_sharing_a_word_in_other_places_stay_two_people():
    """Guard: "Edit Várkonyi" and "Várkonyi Ádám" (not the same two words turned round) are two people."""
    body = ("Várdomb, 6 May 2026 – Minister of Foreign Affairs Edit Várkonyi received the Mayor of Dombvár, Várkonyi "
            "Ádám, on Wednesday.\n\n"
            "Edit Várkonyi said the two towns had to link their power grids.\n\n"
            "Várkonyi Ádám said the town would build the line.")
    assert len(_speakers(body)) == 2


_BRUNEI = ("Bandar Seri Kembang, Monday, 8 June 2026 - Yang Berhormat Pehin Orang Kaya Laila Wijaya Dato Seri Setia "
           "Awang Haji Rustamzaman bin Haji Ismadi, Minister of Primary Resources, received a courtesy call from the "
           "Ambassador of Qarnel, Lina Dorsk, at the Ministry.\n\n")


def test_a_brunei_title_then_pehin_and_the_given_name_is_one_person():
    """"Yang Berhormat Pehin Orang Kaya … Dato Seri Setia Awang Haji X bin Haji Y, Minister of …," then "Pehin X
    welcomed …" and "The Minister of … thanked …": one person, X bin Haji Y (before, "Pehin X" and the unnamed
    Minister were two: the Pehin's title read as a name, "bin Haji Y" cut at the pilgrim's style)."""
    body = _BRUNEI + ("Pehin Rustamzaman welcomed the Ambassador and highlighted the plan to double poultry output.\n\n"
                      "The Minister of Primary Resources thanked the Ambassador for the visit.")
    assert _speakers(body) == ["Rustamzaman bin Haji Ismadi"]


def test_a_pilgrims_style_after_bin_is_the_fathers():
    """"Rosli bin Haji Kassim": the father's style after "bin", part of the name (before, the name cut there); a guard
    that "Haji" opening a name is still a style ("Haji Omar Tajuddin …, said": Omar Tajuddin)."""
    body = ("Rosli bin Haji Kassim, the Permanent Secretary, said the ministry would publish the plan in May.\n\n"
            "Haji Omar Tajuddin, the Deputy Minister, said the plan would be funded in full.")
    assert _speakers(body) == ["Omar Tajuddin", "Rosli bin Haji Kassim"]

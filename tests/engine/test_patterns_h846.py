"""Rules from the six-hundred-thirty-third held-out set (helper h846; the Senate of the Philippines' photo releases on
the Senate President's meetings): a photo's or writer's credit in parentheses closing a caption, a host's "welcomes
<guests>" with nothing after them but the date or the visit, and "the Senate chief" for the one who presides over the
Senate. Invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_photo_credit_in_parentheses_after_a_report_is_no_ones():
    """"Senate President Sotto thanked the Ambassador for … . (Photo by Louie Millang/ Office of the Senate President)",
    "(Bibo Nueva España/Senate PRIB)", "(Photos by Joseph Vidal, PRIB)": a photographer's or writer's credit, opened by
    "Photo(s) by" or with names and offices joined by a slash, carries on no one's report. Before, each was given to the
    last speaker."""
    body = ("Speaker Lena Marvik receives Ambassador Odo Keller of Ravenna on 3 March 2023. Speaker Marvik thanked the "
            "Ambassador for Ravenna's aid during the floods. (Photo by Ivo Brant/ Office of the Speaker)\n\n"
            "Ambassador Keller assured the Speaker of his country's support. (Mara Solt/Assembly PRB)\n\n"
            "Speaker Marvik said the visit opened a new chapter. (Photos by Ivo Brant, PRB)")
    assert_statements(body, [
        ("Lena Marvik", "indirect", "Speaker Marvik thanked the Ambassador for Ravenna's aid during the floods."),
        ("Odo Keller", "indirect", "Ambassador Keller assured the Speaker of his country's support."),
        ("Lena Marvik", "indirect", "Speaker Marvik said the visit opened a new chapter."),
    ])


def test_words_in_parentheses_that_are_no_credit_still_carry_on():
    """Guard: a sentence in parentheses of lower-case words, no slash and no "Photo by", is read as before (the
    carried-on report of the speaker before it)."""
    body = ("Speaker Lena Marvik receives Ambassador Odo Keller of Ravenna on 3 March 2023.\n\n"
            "Speaker Marvik stressed that the floods had hurt both countries. (The damage is still being counted in the "
            "south.)")
    assert_statements(body, [
        ("Lena Marvik", "indirect", "Speaker Marvik stressed that the floods had hurt both countries."),
        ("Lena Marvik", "indirect", "(The damage is still being counted in the south.)"),
    ])


def test_welcoming_guests_with_only_the_date_or_the_visit_after_them_is_a_hosts_act():
    """"Senate President X welcomes H.E. Y (center), the new U.S. Ambassador to the Philippines, on 8 September 2022.",
    "X welcomes French legislators and the French Ambassador to the Philippines Y during their visit to the Philippine
    Senate in Pasay City Wednesday, February 21, 2024.": a host receiving visitors, nothing welcomed in words. Before,
    each was given to the host as a statement."""
    body = ("Speaker Lena Marvik welcomes H.E. Odo Keller (center), the new Ambassador of Ravenna to Norvane, on 3 March "
            "2023. Speaker Marvik thanked Ravenna for its aid.\n\n"
            "Speaker Lena Marvik welcomes Ravennese legislators and the Ravennese Ambassador to Norvane Ida Holm during "
            "their visit to the Assembly in Port Elm Friday, March 10, 2023.")
    assert_statements(body, [
        ("Lena Marvik", "indirect", "Speaker Marvik thanked Ravenna for its aid."),
    ])


def test_welcoming_a_thing_on_a_date_is_still_a_statement():
    """Guard: "welcomed the decision of the Council on 8 May", "welcomed President Y's decision on 8 May": a thing
    welcomed, still the speaker's statement."""
    body = ("Speaker Lena Marvik welcomed the decision of the Council on 8 May 2023.\n\n"
            "Speaker Lena Marvik welcomed President Odo Keller's offer on 9 May 2023.")
    assert_statements(body, [
        ("Lena Marvik", "indirect", "Speaker Lena Marvik welcomed the decision of the Council on 8 May 2023."),
        ("Lena Marvik", "indirect", "Speaker Lena Marvik welcomed President Odo Keller's offer on 9 May 2023."),
    ])


def test_the_senate_chief_is_the_senate_president():
    """"Senate President Francis “Chiz” Escudero receives a token from … Escudero thanked … The Senate chief also
    expressed his gratitude to the Czech government …": a house named before "chief" is its presiding officer. Before,
    the description was resolved to no one and the statement lost."""
    body = ("Senate President Lena Marvik receives a token from Odo Keller, Ambassador of Ravenna, on 3 March 2023. "
            "Marvik thanked the ambassador for his support.\n\n"
            "The Senate chief also expressed her gratitude to the Ravennese government for its aid.")
    assert_statements(body, [
        ("Lena Marvik", "indirect", "Marvik thanked the ambassador for his support."),
        ("Lena Marvik", "indirect", "The Senate chief also expressed her gratitude to the Ravennese government for its "
                                    "aid."),
    ])


def test_the_senate_chief_is_not_its_majority_leader():
    """Guard: with only the Senate's Majority Leader named, "the Senate chief" is not he (he does not preside)."""
    body = ("Senate Majority Leader Odo Keller receives Ambassador Ida Holm of Ravenna on 3 March 2023.\n\n"
            "The Senate chief also expressed his gratitude to the Ravennese government for its aid.")
    assert_statements(body, [])

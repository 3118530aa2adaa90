"""Rules from the nine-hundred-eighth held-out set (the Governor of Anbar and, widened, the Governor of Nineveh,
2015-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Governor Omar Tarkan of Kesh province met Vedian officials in Velka on Monday. "


def test_quotation_tagged_by_a_name_and_a_lower_case_office_of_a_body_speaks():
    """"“…,” Saido Shingali, head of the Brotherhood and Coexistence Faction in the Nineveh provincial council, told
    Rudaw Wednesday." (Rudaw 2015-10-14): the name, its office in lower case of a body named after it with no article,
    then the verb; the name speaks. Before, the quotation went to no one (or to a name inside it)."""
    body = _MEETING + ("“To launch a decisive assault in Kesh, we will meet the President,” Saido Vrani, head of the "
                       "Brotherhood and Unity Faction in the Kesh provincial council, told reporters on Wednesday.")
    assert_statements(body, [
        ("Saido Vrani", "direct", "To launch a decisive assault in Kesh, we will meet the President"),
    ])


def test_quotation_tagged_by_a_name_and_a_short_lower_case_office_speaks():
    """The same with a short office, "head of the Brotherhood Faction", and "said"."""
    body = _MEETING + ("“The time frame for the campaign will be decided soon,” Saido Vrani, head of the Brotherhood "
                       "Faction, said.")
    assert_statements(body, [
        ("Saido Vrani", "direct", "The time frame for the campaign will be decided soon"),
    ])


def test_quotation_tagged_by_a_name_and_a_lower_case_aside_that_is_no_office_is_unchanged():
    """The guard: an aside that is no office ("visibly moved") was read before and is read the same."""
    body = _MEETING + "“We will coordinate with you,” Saido Vrani, visibly moved, said."
    assert_statements(body, [
        ("Saido Vrani", "direct", "We will coordinate with you"),
    ])


def test_a_statements_account_of_what_the_pair_did_is_no_ones():
    """"“During the meeting, they discussed …,” the statement said." and "The statement added that " the two sides
    stressed …"" (Shafaq 2019-09-02, the statement of Barzani's office): the release tells what the pair did, in the
    third person: no one's words, not its principal's. Before, both went to the principal."""
    body = ("The leader of the Vedian Party, Dalo Pemin expressed on Monday his full support for the administration "
            "of Kesh province.\n\n"
            "This came during his meeting with Omar Tarkan, governor of Kesh, according to a statement issued by "
            "Pemin's office today.\n\n"
            "\"During the meeting, they discussed the conditions of the residents of Kesh,” the statement said.\n\n"
            "The statement added that \" the two sides stressed the need for permanent coordination between Vedia and "
            "Kesh.\"")
    assert_statements(body, [
        ("Dalo Pemin", "indirect", "The leader of the Vedian Party, Dalo Pemin expressed on Monday his full support "
         "for the administration of Kesh province."),
    ])


def test_a_persons_own_quoted_account_of_the_pair_still_speaks():
    """The guard: the same words tagged by a person ("the Minister said", "Pemin added") are the person's own."""
    body = ("Minister Dalo Pemin met Omar Tarkan, governor of Kesh, on Monday.\n\n"
            "“During the meeting, they discussed the conditions of the residents of Kesh,” the Minister said.\n\n"
            "“The two sides stressed the need for coordination,” Pemin added.")
    assert_statements(body, [
        ("Dalo Pemin", "direct", "During the meeting, they discussed the conditions of the residents of Kesh"),
        ("Dalo Pemin", "direct", "The two sides stressed the need for coordination"),
    ])

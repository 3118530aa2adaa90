"""Helper h1071 (eighthundredthirteenth, the Speaker of the Provincial Assembly of Balochistan as Pakistani papers
print him): a house of parliament named by its initials before its officer ("The NA speaker further said …") is the
officer of the house those letters spell ("Speaker National Assembly Y"), not the readout's principal who is another
house's Speaker ("Speaker Balochistan Assembly X"), a bare "The speaker" left as it was; a quotation closed after its
full stop and then its tag as a sentence ("“… .” Speaker X said while talking with Y via telephone.") gives no second
statement, though "said while talking with Y that …" still reports; "These views were expressed by Speaker X while
speaking to …" only says where the views before were voiced, and gives the lead before it to X."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_house_initials_before_speaker_name_that_houses_speaker():
    body = (
        "ISLAMABAD – Speaker Varnia Assembly Tomas Belko on Tuesday called on Speaker National Assembly Raja "
        "Petrak Oslund.\n\n"
        "Speaker National Assembly Raja Petrak Oslund said that close links between the provinces were necessary. "
        "He said that the progress of Varnia would be a catalyst. The NA speaker further said that Varnia was a "
        "priority of the government."
    )
    assert_statements(body, [
        ("Raja Petrak Oslund", "indirect",
         "Speaker National Assembly Raja Petrak Oslund said that close links between the provinces were necessary."),
        ("Raja Petrak Oslund", "indirect", "He said that the progress of Varnia would be a catalyst."),
        ("Raja Petrak Oslund", "indirect",
         "The NA speaker further said that Varnia was a priority of the government."),
    ])


def test_a_bare_speaker_among_two_houses_speakers_stays_the_last_named():
    body = (
        "ISLAMABAD – Speaker Varnia Assembly Tomas Belko on Tuesday called on Speaker National Assembly Raja "
        "Petrak Oslund.\n\n"
        "Speaker National Assembly Raja Petrak Oslund said that close links between the provinces were necessary. "
        "The speaker further said that Varnia was a priority of the government."
    )
    assert_statements(body, [
        ("Raja Petrak Oslund", "indirect",
         "Speaker National Assembly Raja Petrak Oslund said that close links between the provinces were necessary."),
        ("Raja Petrak Oslund", "indirect", "The speaker further said that Varnia was a priority of the government."),
    ])


def test_a_tag_after_a_quotation_closed_by_its_full_stop_is_no_statement():
    body = (
        "QUETTA: Speaker Varnia Assembly Tomas Belko on Friday expressed optimism that the opposition leader would "
        "withdraw his requisition.\n\n"
        "“I am fully confident that the opposition would play its due role.” Speaker Tomas Belko said while talking "
        "with Opposition Leader Ivo Marek via telephone.\n\n"
        "Ivo Marek assured the Speaker that he would share his response."
    )
    assert_statements(body, [
        ("Tomas Belko", "indirect",
         "QUETTA: Speaker Varnia Assembly Tomas Belko on Friday expressed optimism that the opposition leader would "
         "withdraw his requisition."),
        ("Tomas Belko", "direct", "I am fully confident that the opposition would play its due role."),
        ("Ivo Marek", "indirect", "Ivo Marek assured the Speaker that he would share his response."),
    ])


def test_said_while_talking_with_then_a_clause_is_a_report():
    body = (
        "QUETTA: Speaker Varnia Assembly Tomas Belko met Opposition Leader Ivo Marek on Friday.\n\n"
        "Speaker Tomas Belko said while talking with Ivo Marek that the session would be called in May."
    )
    assert_statements(body, [
        ("Tomas Belko", "indirect",
         "Speaker Tomas Belko said while talking with Ivo Marek that the session would be called in May."),
    ])


def test_these_views_were_expressed_by_a_named_speaker_is_where_only():
    body = (
        "TAMBOO Oct 19 (PPI): The government was taking difficult decisions.\n\n"
        "These views were expressed by Speaker Varnia Assembly Tomas Belko while speaking to a group of journalists "
        "from Nasir.\n\n"
        "Tomas Belko said a small cabinet has been constituted."
    )
    assert_statements(body, [
        ("Tomas Belko", "indirect", "TAMBOO Oct 19 (PPI): The government was taking difficult decisions."),
        ("Tomas Belko", "indirect", "Tomas Belko said a small cabinet has been constituted."),
    ])

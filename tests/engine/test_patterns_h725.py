"""Statements found by helper h725's mend of fivehundredfortyfourth's (IGAD's English news) errors:

- the Engineer's style of East African and Arab releases, "Eng. X", "(Eng)" / "(Eng.)" in brackets after "Amb" or
  "Amb." ("H.E. Amb (Eng) X", "Amb.(Eng) X", "HE Amb. (Eng.) X"): one word with its full stop, no sentence's end
  (phrases._ABBREVIATIONS, lexicon.ABBREVIATIONS, lexicon.HONORIFICS), its brackets read as spaces after an
  abbreviated style as after a capitalised word (`__init__._after_a_capitalised_word`);
- "H.E" with no last full stop is "H.E." (lexicon.HONORIFICS), and "HE" before "Amb." no pronoun
  (phrases._his_excellency_before_a_name);
- an office, a comma, then a name that opens with an office-holder's style, "H.E.", "Amb.", "Eng." (no personal one,
  "Mr", "Dr"), is that person's office (name_registry, `name_runs.opens_with_an_office_holders_style`), so that "The
  Executive Secretary thanked …" is his;
- an office after "to the" that follows a lower-case word of no office ("presented his credential letters to the
  Executive Secretary of the Authority on Trade (AT), Dr. X, at …", "granted an audience to the Prime Minister of …,
  His Excellency Mr. Y,") is the name's after it, no complement of another's office
  (name_offices._addressed_to_the_office); "the Special Adviser to the President on Media, Mr. Z" still the adviser's;
- two adverbs joined by "and" between a subject and its verb ("The Executive Secretary successively and separately
  welcomed … and thanked …": sentence_patterns.looks_like_verb; "successively" in lexicon.SUBJECT_VERB_FILLERS);
- a report's paragraph with no mark at its end, then bare items of a few words each, a list whose bullets and colon the
  page lost ("X emphasized the need to carry on study on three main areas" / "Minimum integration" / …): the items
  are his, as after a colon (carrying_on._bare_item_follows).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_THANKED = "The Executive Secretary thanked Ambassador Pell Arno for the support of Varnia to the regional body."


@pytest.mark.parametrize("style", ["H.E. Amb (Eng)", "H.E Amb (Eng)", "Amb.(Eng)", "HE Amb. (Eng.)", "H.E.", "Eng."])
def test_an_office_before_a_name_with_an_office_holders_style_is_his(style):
    """"The Executive Secretary of the Authority on Trade, H.E. Amb (Eng) Tomas Okello, this morning received …": the
    office his, "The Executive Secretary thanked …" his statement."""
    assert_statements(
        f"The Executive Secretary of the Authority on Trade, {style} Tomas Okello, this morning received the "
        "Ambassador of Varnia, Pell Arno.\n\n" + _THANKED,
        [("Tomas Okello", "indirect", _THANKED)],
    )


def test_eng_before_a_name_ends_no_sentence():
    """"“…,” said Eng. Tomas Okello.": the quotation his, not a word "Eng" and another sentence."""
    assert_statements(
        "The Executive Secretary, Eng. Tomas Okello, met the delegates of the partners' forum in Tolsk.\n\n"
        "“This is a valuable opportunity for the region,” said Eng. Tomas Okello.",
        [("Tomas Okello", "direct", "This is a valuable opportunity for the region,")],
    )


def test_a_bracketed_title_after_a_sentences_last_word_is_still_not_read():
    """"… in Tolsk. (Dr.) …" after a full stop that is no style's: the bracket left as written (guard)."""
    from readout_tui.engine import _bracketed_honorifics_read

    text = "The minister spoke in Tolsk. (Dr.) Okello said the plan was sound."
    assert _bracketed_honorifics_read(text) == text
    assert _bracketed_honorifics_read("Minister (Dr.) Okello said so.") == "Minister  Dr.  Okello said so."


def test_a_long_office_after_a_dateline_before_a_styled_name_is_his():
    """"17-10-2016, Tolsk: The Executive Secretary of the Intergovernmental Authority on Development (IGAD), HE Amb.
    (Eng.) X, received …": the "The" 87 characters back of the name still opens his office."""
    reminded = "The Executive Secretary reminded his counterpart that the Union was a major partner of the Authority."
    assert_statements(
        "17-10-2016, Tolsk: The Executive Secretary of the Intergovernmental Authority on Development (IGAD), "
        "HE Amb. (Eng.) Tomas Okello, received credential letters from the new Head of the Delegation of the Union "
        "to Varnia, HE Amb. Pell Arno, at the Secretariat yesterday.\n\n" + reminded,
        [("Tomas Okello", "indirect", reminded)],
    )


_RECEIVED = "The Executive Secretary of the Authority, Dr. Tomas Okello, received the Ambassadors of Varnia and Ostra."


def test_an_office_after_to_the_following_a_word_of_no_office_is_the_names():
    """"… presented his credential letters to the Executive Secretary of the Authority on Trade (AT), Dr. X, at …":
    the office his, "The Executive Secretary thanked …" his statement."""
    thanked = "The Executive Secretary thanked him for the support of Varnia."
    assert_statements(
        "The Ambassador of Varnia, Pell Arno, presented his credential letters to the Executive Secretary of the "
        "Authority on Trade (AT), Dr. Tomas Okello, at the Secretariat in Tolsk.\n\n" + thanked,
        [("Tomas Okello", "indirect", thanked)],
    )


def test_an_advisers_office_to_the_president_stays_the_advisers():
    """"… by the Special Adviser to the President on Media and Publicity, Mr. X. … The Special Adviser noted that …":
    he is the adviser, not the President (guard, styles29)."""
    noted = "The Special Adviser noted that the call was the third between the two presidents this year."
    assert_statements(
        "President Ida Morn on Sunday held a telephone conversation with President Oren Vask of Ostra.\n\n"
        "This was made known in a statement issued by the Special Adviser to the President on Media and Publicity, "
        "Mr. Tomas Okello.\n\n" + noted,
        [("Tomas Okello", "indirect", noted)],
    )


def test_two_adverbs_joined_by_and_before_the_verb_leave_the_subject_his():
    """"The Executive Secretary successively and separately welcomed the Ambassadors to his office and thanked …"."""
    welcomed = ("The Executive Secretary successively and separately welcomed the Ambassadors to his office and "
                "thanked them for the support of their countries.")
    assert_statements(_RECEIVED + "\n\n" + welcomed, [("Tomas Okello", "indirect", welcomed)])


_MET_PARTNERS = "Eng. Tomas Okello met the partners of the Authority in Tolsk."
_EMPHASIZED = "Eng. Okello emphasized the need to carry on study on three main areas"
_HIGHLIGHTED = "Ambassador Pell Arno highlighted the need for a mechanism to work practically."


def test_bare_items_after_a_report_with_no_closing_mark_are_his():
    """The list's colon and bullets lost: each bare item his, the next paragraph with a name of its own not."""
    items = ("Minimum integration", "The Structure of the Authority", "Capacity building")
    assert_statements(
        "\n\n".join((_MET_PARTNERS, _EMPHASIZED, *items, _HIGHLIGHTED)),
        [("Tomas Okello", "indirect", _EMPHASIZED), ("Tomas Okello", "indirect", "Minimum integration"),
         ("Tomas Okello", "indirect", "The Structure of the Authority"),
         ("Tomas Okello", "indirect", "Capacity building"), ("Pell Arno", "indirect", _HIGHLIGHTED)],
    )


def test_a_sentence_after_a_report_with_no_closing_mark_is_no_item():
    """A whole sentence after the report with no full stop (a slip) is the readout's narrative, no item (guard)."""
    emphasized = _EMPHASIZED.replace("Eng.", "Dr.")
    narrative = "The meeting took place at the residence of the Ambassador of Varnia in Tolsk and was chaired by him."
    assert_statements(
        "\n\n".join((_MET_PARTNERS.replace("Eng.", "Dr."), emphasized, narrative)),
        [("Tomas Okello", "indirect", emphasized)],
    )

"""Rules from the two-hundred-sixth held-out set (en.kremlin.ru, September-November 2003): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_telegram_sent_by_the_head_of_state_reads_in_part_is_the_senders():
    """"The telegram sent by the head of state reads, in part:" over three quoted paragraphs (29557, under the title
    "President Putin congratulated His Holiness Pope John Paul II on …"): the sender named after "sent by" writes the
    quoted text. Before, the lead-in's "by" kept it from the title's sender and the quotations had no speaker."""
    body = ("The telegram sent by the head of state reads, in part:\n\n"
            "“Your work for the cause of peace is greatly appreciated by the international community.\n\n"
            "“Your Majesty, I wish you good health and success in your noble mission.”")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "Your work for the cause of peace is greatly appreciated by the international community."),
        ("Arvel Dunmore", "direct", "Your Majesty, I wish you good health and success in your noble mission."),
    ], title="President Arvel Dunmore congratulated Queen Marta of Normia on the 25th anniversary of her reign")


def test_letter_sent_by_another_person_reads_is_that_persons():
    """The guard: the sender after "sent by" is the one named there, not the title's host: "The letter sent by Foreign
    Minister Ilse Varga reads, in part:" quotes Varga."""
    body = ("President Arvel Dunmore received the Normian delegation.\n\n"
            "The letter sent by Foreign Minister Ilse Varga reads, in part:\n\n"
            "“Our countries have every reason to deepen their cooperation.”")
    assert_statements(body, [
        ("Ilse Varga", "direct", "Our countries have every reason to deepen their cooperation."),
    ])


def test_approved_the_candidatures_proposed_by_x_but_said_is_the_subjects():
    """"The Russian President approved the candidatures of scientists, cultural and business figures proposed by the
    Moscow Mayor, but said further consultations on the issue must be held with the Japanese colleagues." (29737): "but
    said" shares the sentence's subject, as "and said" does, and the participle "proposed by the Moscow Mayor" after the
    object is no clause of "the candidatures". Before, "said" took "the candidatures" for its subject: nothing."""
    body = ("President Arvel Dunmore met with Mayor Ivo Marek.\n\n"
            "The President approved the candidatures of scientists and business figures proposed by the Mayor, but said "
            "further consultations on the issue must be held with the partners.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "The President approved the candidatures of scientists and business figures proposed by the Mayor, but said "
         "further consultations on the issue must be held with the partners."),
    ])


def test_but_with_a_subject_of_its_own_is_that_persons():
    """The guard: after "but" a clause with its own subject is that person's ("…, but the Mayor said …"), and the
    participle rule leaves a sentence with no speech verb of the subject's alone ("approved the plans announced by the
    Mayor." says nothing)."""
    body = ("President Arvel Dunmore met with Mayor Ivo Marek.\n\n"
            "The President approved the plans announced by the Mayor. "
            "The President approved the candidatures proposed by the Mayor, but Mr Marek said further consultations must "
            "be held.")
    assert_statements(body, [
        ("Ivo Marek", "indirect", "but Mr Marek said further consultations must be held."),
    ])


def test_the_text_sent_by_x_says_colon_introduces_the_quotation_only():
    """The set's left-alone case, "The telegram sent by the head of state says:" (29557 reads "reads, in part:"): the
    lead-in's subject is the written text, its sender after "by"; as "The telegram says:", it only introduces the
    quotation, which is the sender's. Before, "says" took the sender for its subject and the lead-in was a statement."""
    body = ("President Arvel Dunmore sent condolences to the President of Norvia.\n\n"
            "The telegram sent by the head of state says:\n\n"
            "“We share your grief.”")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "President Arvel Dunmore sent condolences to the President of Norvia."),
        ("Arvel Dunmore", "direct", "We share your grief."),
    ])


def test_the_text_sent_by_x_says_that_is_a_statement():
    """The guard: with its content after it ("says that …"), the same subject reports what the text says: the
    sender's indirect statement, as before."""
    body = ("President Arvel Dunmore sent a message to the President of Norvia.\n\n"
            "The message sent by the President says that relations between the two countries are strong.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "The message sent by the President says that relations between the two countries are strong."),
    ])

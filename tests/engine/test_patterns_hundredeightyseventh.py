"""Rules from the hundred-eighty-seventh held-out set (en.kremlin.ru, March 2000 and February 2003): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quoted_messages_salutation_alone_keeps_the_sender():
    """"The message read: / “Mr President, / Russia learned with deep sorrow …”" (28093): the salutation, two words alone
    in its paragraph, opens the message printed whole; it is the sender's, and so are the paragraphs after it. Before,
    the salutation was dropped and the three paragraphs after it were given to no one."""
    body = ("The message read:\n\n"
            "“Mr President,\n\n"
            "Kestria learned with deep sorrow of the ferry disaster and the death of its passengers.\n\n"
            "We share the grief of the families of those who died. We will always remember them.\n\n"
            "I would like to convey my condolences and support to the people of Borlandia.”")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "Mr President,"),
        ("Arvel Dunmore", "direct", "Kestria learned with deep sorrow of the ferry disaster and the death of its "
         "passengers."),
        ("Arvel Dunmore", "direct", "We share the grief of the families of those who died. We will always remember them."),
        ("Arvel Dunmore", "direct", "I would like to convey my condolences and support to the people of Borlandia."),
    ], title="President Arvel Dunmore sent a message of condolences to Borlandian President Oren Falk over the ferry disaster")


def test_a_short_title_quoted_alone_is_no_salutation():
    """The guard: a short quotation alone in its paragraph that closes there ("“Northern Lights”", a name) is still no
    speech: only a salutation that goes on into the next paragraph is."""
    body = ("President Arvel Dunmore visited the exhibition.\n\n"
            "“Northern Lights”\n\n"
            "The exhibition shows paintings of the northern coast.")
    assert_statements(body, [])


def test_supported_a_gerund_with_its_object_is_a_statement():
    """"Mr Putin supported stepping up the work on pardoning imprisoned women with infants." (28084): a course of
    action backed, as "supported the proposal". Before, nothing."""
    body = ("President Arvel Dunmore met with his adviser Oren Falk.\n\n"
            "Mr Dunmore supported stepping up the work on housing for young teachers.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "Mr Dunmore supported stepping up the work on housing for young teachers."),
    ])


def test_rated_highly_is_a_statement():
    """"In his message Mr Putin rated highly the developing bilateral contacts, spotlighted the need …" (38744): a
    judgement voiced, as "highly assessed". Before, nothing."""
    body = ("President Arvel Dunmore sent a message to Kestrian President Oren Falk.\n\n"
            "In his message Mr Dunmore rated highly the developing bilateral contacts and the growth of trade.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "In his message Mr Dunmore rated highly the developing bilateral contacts and the "
         "growth of trade."),
    ])


def test_sent_messages_in_which_he_expressed_is_a_statement():
    """"Mr Putin also sent response messages to the presidents of Kazakhstan and Tajikistan in which he expressed his
    opinion on organising a Shanghai Five summit." (38834): the message named by what its sender says in it. Before,
    nothing."""
    body = ("President Arvel Dunmore met with Foreign Minister Oren Falk.\n\n"
            "Mr Dunmore also sent response messages to the presidents of Kestria and Borlandia in which he expressed "
            "his opinion on holding the summit in spring.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "Mr Dunmore also sent response messages to the presidents of Kestria and Borlandia "
         "in which he expressed his opinion on holding the summit in spring."),
    ])


def test_a_bare_sent_message_stays_narrative():
    """The guard: "sent a message to X" with no "in which he …" says nothing of what it says."""
    body = ("President Arvel Dunmore met with Foreign Minister Oren Falk.\n\n"
            "Mr Dunmore also sent response messages to the presidents of Kestria and Borlandia.")
    assert_statements(body, [])

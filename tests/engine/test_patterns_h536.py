"""Quotations whose speaker is given away from them (hard44): a paragraph that is one quotation whole, with no tag of
its own, then a paragraph that opens by saying only where, when or how one person said "this" ("X said this in reply
to …", "X wrote this on his Telegram channel following …", "This was how X answered …"): the quotation is that
person's, not the last speaker's it would be carried on to, and the tag sentence is no statement.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

LEAD = "Anton Velsk held talks with Prime Minister of Dornia Mira Castel, who is in Kovaria on an official visit."
HOST = "Our trade grew by a quarter last year, and this is not the limit"
GUEST = "We have come with a concrete agenda: ports, grain and the new rail line. I am sure we will sign most of it."


def test_quotation_told_in_the_next_paragraph_as_a_reply():
    """"“…”" / "The Prime Minister of Dornia said this in reply to the President’s words of welcome.": her words, not
    the host's who spoke just before; the reply sentence only says when (hard44 perevalia talks)."""
    body = (f"{LEAD}\n\n“{HOST},” Anton Velsk said.\n\n“{GUEST}”\n\n"
            "The Prime Minister of Dornia said this in reply to the President’s words of welcome.\n")
    assert_statements(body, [("Anton Velsk", "direct", HOST), ("Mira Castel", "direct", GUEST)])


def test_quotation_told_in_the_next_paragraph_as_written_on_a_channel():
    """"“…”" / "The Head of State wrote this on his Telegram channel following the conversation.": the Head of State's
    words, not the guest's who spoke in the paragraph before (hard44 vintrevia call)."""
    assured = "The President of Dornia assured that Dornia's support would continue as long as necessary."
    grateful = "We are grateful to Dornia for standing with us not only in words. Such steps save lives."
    body = ("President of Kovaria Anton Velsk had a phone conversation with President of Dornia Pavel Castel.\n\n"
            f"{assured}\n\n\"{grateful}\"\n\n"
            "The Head of State wrote this on his Telegram channel following the conversation.\n")
    assert_statements(body, [("Pavel Castel", "indirect", assured), ("Anton Velsk", "direct", grateful)])


def test_quotation_told_in_the_next_paragraph_as_how_one_answered():
    """"“…”" / "This was how the President of Kovaria answered a journalist’s question about …": his words (hard44
    perevalia_nerrisca_press_statements)."""
    said = "I have often heard our critics say that we have nothing to talk about"
    answer = "The question is not whether we agree on everything. We do not. The question is whether we keep talking."
    body = ("Following the talks, President of Kovaria Anton Velsk and President of Dornia Pavel Castel made statements "
            f"for the press.\n\n“{said},” Pavel Castel said.\n\n“{answer}”\n\n"
            "This was how the President of Kovaria answered a journalist’s question about the fishing zones.\n")
    assert_statements(body, [("Pavel Castel", "direct", said), ("Anton Velsk", "direct", answer)])


def test_quotation_over_two_paragraphs_told_in_the_next_one():
    """The quotation runs over two paragraphs (an opening mark on each, the closing one on the last): both are the
    person's the paragraph after names."""
    first = "The ports are full, and the grain waits on the quays"
    second = "We need the new rail line before the harvest, not after it."
    body = (f"{LEAD}\n\n“{HOST},” Anton Velsk said.\n\n“{first}.\n\n“{second}”\n\n"
            "Mira Castel said this during the joint news conference.\n")
    assert_statements(body, [("Anton Velsk", "direct", HOST), ("Mira Castel", "direct", first + "."),
                             ("Mira Castel", "direct", second)])


def test_tagged_quotation_keeps_its_tag_before_a_this_sentence():
    """The guard: a quotation paragraph with its own tag stays its speaker's, whatever the paragraph after says."""
    body = (f"{LEAD}\n\n“{GUEST},” Anton Velsk said.\n\n"
            "The Prime Minister of Dornia said this during the joint news conference.\n")
    assert_statements(body, [("Anton Velsk", "direct", GUEST)])


def test_quotation_after_a_lead_in_keeps_its_speaker():
    """The guard: a quotation after another person's colon lead-in ("Anton Velsk went on:") stays that person's."""
    body = (f"{LEAD}\n\nAnton Velsk went on:\n\n“{GUEST}”\n\n"
            "Mira Castel said this during the joint news conference.\n")
    assert_statements(body, [("Anton Velsk", "direct", GUEST)])


# A quotation broken by its tag where the tag names the moment it spoke, or sits between two dashes (hard44
# perevalia_president_talks_sallowmere_prime_minister): both halves are the speaker's.

FIRST = "Dornia has always been a reliable partner for us"
SECOND = "and we value the fact that our contacts were never interrupted."


def test_quotation_broken_by_a_tag_with_the_moment_it_spoke():
    """"“…,” X said at the start of the talks, “…”": the second half goes on with X's words."""
    body = (f"President Anton Velsk held talks with Prime Minister Mira Castel.\n\n“{FIRST},” Anton Velsk said at the "
            f"start of the talks, “{SECOND}”\n")
    assert_statements(body, [("Anton Velsk", "direct", FIRST), ("Anton Velsk", "direct", SECOND)])


def test_quotation_broken_by_a_tag_between_dashes():
    """"“…” – the President noted – “…”": a tag set off by two dashes, no comma; both halves his."""
    body = (f"President Anton Velsk held talks with Prime Minister Mira Castel.\n\n“{FIRST}” – the President noted – "
            f"“{SECOND}”\n")
    assert_statements(body, [("Anton Velsk", "direct", FIRST), ("Anton Velsk", "direct", SECOND)])


def test_quotation_after_a_dash_and_a_noun_stays_no_ones():
    """The guard: "“…” – the text of the joint statement – “…”": no verb of speech between the dashes, so the second
    quotation is not carried on as the first one's speaker's (the joint statement is no person's)."""
    body = (f"President Anton Velsk held talks with Prime Minister Mira Castel.\n\n“{FIRST},” Anton Velsk said.\n\n"
            f"The two leaders then signed a joint statement – its title reads – “Partners for the Coast”.\n")
    assert_statements(body, [("Anton Velsk", "direct", FIRST)])


def test_lead_in_with_the_following_words_is_no_statement():
    """"For her part, X addressed the President with the following words:" then a quoted paragraph (hard44 quorvania
    foreign minister): the lead-in only introduces her words (GOLD-FORMAT), the quotation after it is hers."""
    words = "Yesterday I was in Tarvik. Dornia will pay for a new school building there."
    body = ("President of Kovaria Anton Velsk met with Minister of Foreign Affairs of Dornia Mira Castel.\n\n"
            f"For her part, Mira Castel addressed the President with the following words:\n\n\"{words}\"\n")
    assert_statements(body, [("Mira Castel", "direct", words)])


def test_lead_in_that_says_what_it_addressed_stays_a_statement():
    """The guard: "X addressed the President on the reconstruction of the school:" names what was spoken of; it stays
    her indirect statement."""
    lead = "For her part, Mira Castel addressed the President on the reconstruction of the school in Tarvik:"
    words = "Dornia will pay for a new school building there."
    body = ("President of Kovaria Anton Velsk met with Minister of Foreign Affairs of Dornia Mira Castel.\n\n"
            f"{lead}\n\n\"{words}\"\n")
    assert_statements(body, [("Mira Castel", "indirect", lead[:-1]), ("Mira Castel", "direct", words)])

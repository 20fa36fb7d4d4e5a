"""The nouns that name an agreement, and the kind each one names.

"memorandum of understanding" and "MoU" are an MoU, "work plan" a work plan, "Patent
Prosecution Highway pilot programme" a PPH; the kind is the exchange format's, so the order
of the list matters where two nouns overlap (a PPH "programme" before a cooperation one).
"""

from __future__ import annotations

import re

from store.text import lexicon

#: Words that may follow "the PPH" when the highway itself is the agreement ("the PPH with
#: KIPO was extended"): function words, never a noun that the highway would modify.
BARE_HIGHWAY_FOLLOWERS = (
    r"with|between|and|was|were|is|are|has|have|had|to|on|in|for|from|by|at|that|which|"
    r"signed|renewed|extended|concluded|adopted"
)

#: "joint media statement", "joint ministerial communiqué": a word between "joint" and the
#: statement that says who speaks or to whom, not another kind of document.
_JOINT_MODIFIERS = "|".join(
    re.escape(w).replace("'", "['’]").replace(r"\ ", " ")
    for w in lexicon.words("en_agreements.txt", "joint_statement_modifiers")
)

#: A capitalised word (of up to 16 letters) and a space right before: fixed-width look-behinds.
_CAPITALISED_BEFORE = "|".join(rf"(?<=\b[A-Z][\w’']{{{n}}} )" for n in range(1, 16))
#: "Press Statement", "Opening Statement": one body's or one speaker's words, no instrument.
_ONE_VOICE = "".join(
    rf"(?<!\b{re.escape(w)} )" for w in lexicon.words("en_agreements.txt", "one_voice_statements")
)

_HIGHWAY = r"(?<![(\w-])(?:Patent Prosecution Highway|PPH)"
_ACRONYM = r"(?:[ \t]*\(PPH\))?"

_NOUNS: list[tuple[str, str]] = [
    (
        # "PPH Plus arrangement", "PPH 2.0 programme": a variant's name between highway and noun
        r"(?:(?<=Highway )|(?<=PPH )|(?<=PPH\) )|(?<=PPH Plus )|(?<=PPH 2\.0 )|(?<=PPH-Plus ))"
        r"(?:(?:pilot )?(?:programmes?|programs?|arrangements?)|pilot(?: projects?)?)",
        "pph",
    ),
    # "a pilot project for the Patent Prosecution Highway": the pilot named before the
    # highway it tries out
    (
        r"pilot (?:projects?|programmes?|programs?) (?:for|on) the "
        r"(?:Patent Prosecution Highway(?: \(PPH\))?|PPH)",
        "pph",
    ),
    # the highway itself, when no noun of its own follows ("the PPH with X was extended"):
    # punctuation, the end of the line or a function word comes next
    (
        _HIGHWAY
        + r"(?="
        + _ACRONYM
        + r"(?:[ \t]*(?:[^\w\s(-]|\n|$)|[ \t]+(?:"
        + BARE_HIGHWAY_FOLLOWERS
        + r")\b))",
        "pph",
    ),
    # "a memorandum of understanding agreement", "an MoU agreement": one instrument, the
    # second noun naming again what the first is
    (
        r"memorand(?:ums?|a)(?: of (?:understanding|cooperation|co-operation))?"
        r"(?: agreements?)?",
        "mou",
    ),
    # "MoC", a memorandum of cooperation in short; "MOC" names ministries (of Commerce, of
    # Culture) too, so only after an indefinite article ("signed an MOC"), which no ministry
    # takes, or in the plural ("the MOCs were signed"), which no ministry's name is
    (
        r"(?:MoUs?|MOUs?)(?: agreements?)?|(?-i:MoCs?|MOCs)|(?-i:(?<=\b[Aa]n )MOC|(?<=\b[Aa] )MOC)",
        "mou",
    ),
    (r"letters? of intent", "letter_of_intent"),
    (r"records? of (?:the )?discussions?", "record_of_discussion"),
    (
        r"minutes of (?:the )?(?:meeting|talks|discussions?)|(?:meeting|talks) minutes"
        # the signed summary of a meeting, as Chinese releases render 会议纪要/会谈纪要 ("signed
        # the meeting summary", "the summary of the talks"), never a summary of a report
        r"|(?:meeting|conference|talks) summary|summary of (?:the )?(?:meeting|talks|conference)",
        "record_of_discussion",
    ),
    (rf"joint (?:(?:{_JOINT_MODIFIERS}) )?(?:statements?|communiqu[eé]s?)", "joint_statement"),
    (r"(?:joint )?declarations?", "declaration"),
    # a statement named as a title is ("the Tokyo IP Statement", "the Bali Statement on X"):
    # capitalised after a capitalised word, one document; never one body's "Press Statement"
    # or an account's "Financial Statements" ([one_voice_statements]); the look-ahead first,
    # so that the look-behinds are tried only where a "Statement" starts
    (rf"(?-i:(?=Statement){_ONE_VOICE}(?:{_CAPITALISED_BEFORE})Statement)(?!s)", "joint_statement"),
    (
        r"work ?plans?|action plans?|co-?operati(?:on|ve) plans?|work ?programmes?|work ?programs?"
        r"|road ?maps?"
        # "a Joint Programme of Activities for 2026-2027": a work plan named by what it lists
        r"|(?:joint )?programm?e?s? of (?:joint |cooperation )?activities",
        "work_plan",
    ),
    (
        r"(?<=[Cc]ooperation )programmes?|(?<=[Cc]ooperation )programs?"
        r"|(?<=[Ee]xecutive )programmes?|(?<=[Ee]xecutive )programs?"
        # "a Programme of Cooperation for 2025-2027": the same instrument, its noun first
        r"|programm?e?s? of (?:co-?operation|collaboration)",
        "programme",
    ),
    (r"agreements?|accords?", "agreement"),
    (r"(?:co-?operation |collaboration )arrangements?", "other"),
    # a protocol named by what it governs ("a data-exchange protocol", "the cooperation
    # protocol"), never a treaty named by its city ("the Madrid Protocol")
    (r"(?<=[Ee]xchange )protocols?|(?<=[Cc]ooperation )protocols?", "other"),
    # an arrangement named by how it works ("Funds-in-Trust Arrangement", "implementing
    # arrangement", "working arrangement"), never a treaty named by its city; the word that
    # says how is part of the noun, so a lower-case title keeps it ("an implementing
    # arrangement on PPH" is titled so, not "arrangement on PPH")
    (r"(?<=[Tt]rust )arrangements?", "other"),
    (r"(?:implementing|administrative|working) arrangements?", "other"),
    # a partnership signed as an instrument has a title ("an Advanced Strategic
    # Partnership", "the Strategic Enhanced Partnership"); a lower-case "strategic
    # partnership" is the relation between two sides
    (r"(?-i:(?<=Strategic )(?:[A-Z][a-z]+ )?Partnerships?)", "other"),
    (r"(?<=cooperation )documents?|project documents?", "other"),
    # a vision adopted as a document, capitalised as a title is and named by what it is for
    # ("the 2030 Vision for Regional Seed Cooperation"), never "the vision of cooperation"
    (r"(?-i:Vision)(?= for [A-Z\d])", "other"),
    # an instrument that adds to another: named by its subject, capitalised as a title is
    # ("the Annex on Classification Cooperation", "the annex on staff exchanges", not "the
    # annex on page 4"), or by what it adds to ("an addendum to their MoU", "a protocol
    # amending the agreement")
    (
        r"(?-i:Annex|Addendum)(?= (?:on|of) )|(?-i:annex)(?= on (?!pages?\b|p\.|\d)[a-z])"
        r"|(?:annex|addendum|protocol)(?= (?:to|amending) )",
        "other",
    ),
]


#: The letters a noun above may start with (case ignored), and the words right before the
#: one noun that may start with any capital ("Strategic Enhanced Partnership"). Tried before
#: the nouns, they let the re module leave most words at once instead of trying every noun
#: and its look-behinds there: half the time of the scan, which every sentence of an English
#: text goes through (a tenth of reading a short text). tests/extract/en/
#: test_agreement_nouns.py reads each noun's possible first letters and fails on a missing one.
NOUN_FIRST_LETTERS = "acdijlmprstvw"
NOUN_AFTER_WORDS = ("Strategic ",)

NOUN_RE = re.compile(
    rf"\b(?:(?=[{NOUN_FIRST_LETTERS}])"
    + "".join(f"|(?<={re.escape(w)})" for w in NOUN_AFTER_WORDS)
    + ")(?:"
    + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_NOUNS))
    + r")\b",
    re.IGNORECASE,
)


def bare_highway(m: re.Match[str]) -> bool:
    """Whether the noun is the highway itself ("the PPH"), which many sentences name without
    any agreement ("requests under the PPH rose"): only a verb right before it or a passive
    after it signs it."""
    return m.group().endswith(("Highway", "PPH")) and not m.group().lower().startswith("pilot")


def kind_of(m: re.Match[str]) -> str:
    for i, (_, kind) in enumerate(_NOUNS):
        if m.group(f"k{i}"):
            return kind
    return "other"


def singular(noun: str) -> str:
    """'memoranda of understanding' -> 'memorandum of understanding', 'MoUs' -> 'MoU'."""
    first, _, rest = noun.partition(" ")
    if first.casefold() == "memoranda":
        first = first[:-1] + "um"
    elif first.endswith("s") and first.casefold() != "minutes":
        first = first[:-1]
    return f"{first} {rest}".strip()

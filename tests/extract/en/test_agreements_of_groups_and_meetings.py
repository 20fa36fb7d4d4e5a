"""Statements adopted at a meeting of a group of offices (IP5, TM5, ID5): the parties are the
member offices the text names, the date the meeting day the text points to; and a headline's
bare "agreement" is the story's agreement, whatever kind the story calls it."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

FIVE = frozenset(
    {
        "European Union Intellectual Property Office",
        "Japan Patent Office",
        "Korean Intellectual Property Office",
        "China National Intellectual Property Administration",
        "United States Patent and Trademark Office",
    }
)

TM5_MEETING = """TM5 ANNUAL MEETING 2024
Tokyo, 20-21 November 2024
Hosted by the Japan Patent Office (JPO)

Opening statements
   Delegate, European Union Intellectual Property Office (EUIPO)
   Delegate, Korean Intellectual Property Office (KIPO)
   Delegate, China National Intellectual Property Administration (CNIPA)
   Delegate, United States Patent and Trademark Office (USPTO)

Observer: World Intellectual Property Organization (WIPO)

POSTSCRIPT: On 21 November the heads of the offices adopted the TM5 Tokyo Joint Statement
on bad-faith filings.
"""


def test_a_statement_a_named_group_adopts_binds_its_member_offices() -> None:
    f = facts_text(TM5_MEETING, date="2024-11-22")
    assert [(k, d, p) for _, k, d, p in agreements_of(f)] == [
        ("joint_statement", "2024-11-21", FIVE)
    ]


def test_the_heads_stand_for_the_one_group_the_text_names() -> None:
    text = (
        "The Korean Intellectual Property Office (KIPO) hosted the meeting of the ID5 partners "
        "in Seoul on May 7 and 8. Delegations came from the Japan Patent Office (JPO), the "
        "United States Patent and Trademark Office (USPTO), the China National Intellectual "
        "Property Administration (CNIPA) and the European Union Intellectual Property Office "
        "(EUIPO); the World Intellectual Property Organization (WIPO) attended as an observer.\n\n"
        "On the second day, the heads adopted a joint statement on virtual designs."
    )
    f = facts_text(text, date="2025-05-09")
    assert [(k, d, p) for _, k, d, p in agreements_of(f)] == [
        ("joint_statement", "2025-05-08", FIVE)
    ]


def test_a_group_whose_members_the_text_does_not_all_name_is_left_as_stated() -> None:
    text = (
        "The Japan Patent Office (JPO) and the Korean Intellectual Property Office (KIPO) met "
        "on the sidelines of the IP5 heads meeting in June.\n\n"
        "On the first day, the JPO and KIPO issued a joint statement on examiner exchange."
    )
    f = facts_text(text, date="2024-06-20")
    parties = [p for _, _, _, p in agreements_of(f)]
    assert parties == [frozenset({"Japan Patent Office", "Korean Intellectual Property Office"})]


def test_a_headlines_bare_agreement_is_the_storys_highway() -> None:
    text = (
        "IMPI and ILPO Sign Agreement to Launch Patent Prosecution Highway\n\n"
        "12 June 2023\n\n"
        "The Mexican Institute of Industrial Property (IMPI) and the Israel Patent Office "
        "(ILPO) signed an agreement on 9 June to start a Patent Prosecution Highway (PPH) pilot "
        "programme between the two offices. The programme will start on 1 August."
    )
    f = facts_text(text, date="2023-06-12")
    assert [(k, d) for _, k, d, _ in agreements_of(f)] == [("pph", "2023-06-09")]

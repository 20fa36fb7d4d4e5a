"""Meeting reports of regional groups and leaders' communiqués: a meeting's edition is no
body, a group named with and without its grouping's acronym is one body, a post's field
stays in the title, a body "represented by" someone is where that person serves, heads of
government sit in the government the text names, a communiqué heading the text is no
agreement, and a renewal the leaders welcome is the instrument listed before
(importers/en/orgs/meetings.py, acronyms.py, short.py, not_bodies.py; roles/scenes.py,
anchors.py, portfolio.py; importers/en/states.py; agreements/signings.py, titles.py,
dedup.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, roles

GROUP_REPORT = """Chair's Summary to the Third Council on Digital Trade Meeting 2024

ASEM Digital Skills Experts' Group

1. The 14th meeting of the Digital Skills Experts' Group (DSEG 14) took place in Jakarta on \
2 May 2024. IP Australia presented a study on training. DSEG members agreed to share data, \
and DSEG will report to the council in October.

2. Ms Ana Ruiz, Director of Designs and Digital Technologies, IP Australia, led the study.

3. The European Patent Office was represented by Ms Ines Vogel, Senior Adviser, Division for \
Latin America and the Caribbean.
"""


def test_a_meeting_of_a_council_named_with_its_year_is_no_body() -> None:
    f = facts_text(GROUP_REPORT, "2024-05-10")
    assert not any("Meeting" in n for n in org_set(f))


def test_a_group_named_with_its_groupings_acronym_and_without_it_is_one_body() -> None:
    f = facts_text(GROUP_REPORT, "2024-05-10")
    group = [o for o in f.orgs if "Digital Skills Experts' Group" in {o.name, *o.aliases}]
    assert len(group) == 1
    assert {"ASEM Digital Skills Experts' Group", "DSEG"} <= {group[0].name, *group[0].aliases}


def test_a_directors_field_that_ends_in_a_company_word_stays_in_the_title() -> None:
    f = facts_text(GROUP_REPORT, "2024-05-10")
    assert ("Ana Ruiz", "Director of Designs and Digital Technologies", "IP Australia") in roles(f)
    assert "Designs and Digital Technologies" not in org_set(f)


def test_a_body_represented_by_a_named_official_is_where_the_official_serves() -> None:
    f = facts_text(GROUP_REPORT, "2024-05-10")
    assert (
        "Ines Vogel",
        "Senior Adviser, Division for Latin America and the Caribbean",
        "European Patent Office",
    ) in roles(f)


COMMUNIQUE = """JOINT PRESS STATEMENT: THAILAND AND KOREA LEADERS MEET IN SEOUL

1. Prime Minister of the Kingdom of Thailand Anan Sukprasert was in Seoul on 3 and 4 June \
2025 as the guest of Prime Minister of the Republic of Korea Park Min-ho.

2. In the presence of both Prime Ministers, these instruments were signed:

(a) Memorandum of Understanding on Port Safety between the Offshore Energy Authority of \
Thailand and the Korea Maritime Institute, signed by Mr Somchai Rattana, Director \
General, Offshore Energy Authority, and Dr Kim Ha-eun, President of the Korea Maritime \
Institute;

(b) Memorandum of Understanding on Export Promotion between Enterprise Singapore and the \
Korea Trade-Investment Promotion Agency (KOTRA), signed by Ms Claire Morel, Chief \
Executive of Enterprise Singapore, and Mr Lee Joon, President of KOTRA.

3. Both leaders also welcomed the renewal of the Enterprise Singapore–KOTRA memorandum \
and noted the plan of the two port bodies to conclude an arrangement on training before \
2027.

4. Prime Minister Anan Sukprasert invited Prime Minister Park Min-ho to Bangkok and praised \
the Government of the Republic of Korea; the Government of the Kingdom of Thailand will \
host the next round.
"""


def test_a_prime_ministers_title_with_the_states_name_is_held_at_that_government() -> None:
    f = facts_text(COMMUNIQUE, "2025-06-05")
    got = roles(f)
    assert ("Park Min-ho", "Prime Minister", "Government of the Republic of Korea") in got
    assert ("Anan Sukprasert", "Prime Minister", "Government of the Kingdom of Thailand") in got
    assert ("Anan Sukprasert", "Prime Minister", "Government of the Republic of Korea") not in got


def test_a_prime_ministers_title_stays_whole_when_the_text_names_no_government() -> None:
    f = facts_text(
        "Prime Minister of the Kingdom of Thailand Anan Sukprasert received the Director "
        "General of IP Australia in Bangkok on 3 June 2025."
    )
    held = {(r.title, r.org) for r in f.roles}
    assert ("Prime Minister of the Kingdom of Thailand", None) in held


def test_a_joint_statement_that_heads_the_text_is_the_text_not_an_agreement() -> None:
    f = facts_text(COMMUNIQUE, "2025-06-05")
    assert all(kind != "joint_statement" for _, kind, _, _ in agreements_of(f))


def test_a_renewal_the_leaders_welcome_by_its_two_parties_is_the_instrument_listed() -> None:
    f = facts_text(COMMUNIQUE, "2025-06-05")
    trade = [a for a in agreements_of(f) if "Korea Trade-Investment Promotion Agency" in a[3]]
    assert len(trade) == 1
    assert trade[0][3] == {"Enterprise Singapore", "Korea Trade-Investment Promotion Agency"}


def test_a_body_named_with_its_country_and_then_without_it_is_one_body() -> None:
    f = facts_text(COMMUNIQUE, "2025-06-05")
    authority = [o for o in f.orgs if "Offshore Energy Authority" in {o.name, *o.aliases}]
    assert len(authority) == 1
    assert "Offshore Energy Authority of Thailand" in {authority[0].name, *authority[0].aliases}

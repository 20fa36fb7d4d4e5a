"""Portfolio titles, honorifics and the countries that qualify a body: "Minister of State" is
a title, never a "Ministry of State"; "Datuk" opens a name, it never ends a ministry's; a
body named with its country in any form ("Viet Nam's Ministry of ...", "the Cambodian
Ministry of ...", "... of Lao PDR") is that country's, however the text writes it."""

from __future__ import annotations

from importers.en.places import country_prefix
from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, roles


def _unplaced(f: DocumentFacts) -> set[tuple[str, str]]:
    """(person, title) of every role the text states without an organisation."""
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_minister_of_state_and_secretary_of_state_are_titles_not_ministries() -> None:
    f = facts_text(
        "The delegation called on Mr Arun Pillai, Minister of State for Trade, and on "
        "Ms Lydia Okoro, Senior Minister of State (Finance), before the signing. "
        "Mr Hem Vannak, Secretary of State, Ministry of Planning of Cambodia, also attended."
    )
    names = org_set(f)
    assert not any("of State" in n for n in names)
    assert ("Hem Vannak", "Secretary of State", "Ministry of Planning of Cambodia") in roles(f)
    unplaced = _unplaced(f)
    assert ("Arun Pillai", "Minister of State for Trade") in unplaced
    assert ("Lydia Okoro", "Senior Minister of State") in unplaced


def test_an_honorific_opens_the_name_and_ends_the_portfolio() -> None:
    f = facts_text(
        "The Director General met the Minister of Rural Enterprise and Cooperatives "
        "Dato' Sri Kamal Hamid, and then the Minister of Finance, Tan Sri Rahim Osman."
    )
    assert {"Kamal Hamid", "Rahim Osman"} <= {p.name for p in f.people}
    assert not any("Dato" in n or "Tan Sri" in n or "Ministry" in n for n in org_set(f))
    assert ("Kamal Hamid", "Minister of Rural Enterprise and Cooperatives") in _unplaced(f)


def test_a_ministry_only_in_a_title_without_a_country_is_no_organisation() -> None:
    f = facts_text(
        "The office hosted Ms Noor Aziz, Minister of Digital Economy, for talks on data."
    )
    assert not any("Ministry" in n for n in org_set(f))
    assert ("Noor Aziz", "Minister of Digital Economy") in _unplaced(f)


def test_a_possessive_country_of_two_words_qualifies_the_body() -> None:
    f = facts_text(
        "Officials of Viet Nam’s Ministry of Planning and Investment and of Sri Lanka's "
        "Ministry of Industries visited the office."
    )
    names = org_set(f)
    assert "Ministry of Planning and Investment of Viet Nam" in names
    assert "Ministry of Planning and Investment (Viet Nam)" in names
    assert "Ministry of Industries of Sri Lanka" in names
    assert not any(
        n.startswith(("Viet", "Sri")) and "’s" not in n and "'s" not in n
        for n in names
        if "Ministry" in n and " of Viet" not in n and " of Sri" not in n and "(" not in n
    )


def test_a_body_written_with_of_country_has_its_bracketed_form_too() -> None:
    f = facts_text("The Ministry of Commerce of Cambodia sent a delegation to the office.")
    (ministry,) = [o for o in f.orgs if "Commerce" in o.name]
    assert ministry.country == "KH"
    assert "Ministry of Commerce (Cambodia)" in ministry.aliases


def test_a_ministry_listing_its_portfolios_keeps_its_country() -> None:
    f = facts_text(
        "Mr Sok Dara, Under Secretary of State of the Ministry of Post, Science, "
        "Telecommunications and Innovation of Cambodia, spoke at the forum."
    )
    names = org_set(f)
    assert "Ministry of Post, Science, Telecommunications and Innovation of Cambodia" in names
    assert "Ministry of Post" not in names


def test_a_minister_heads_the_ministry_of_the_portfolio_the_text_names() -> None:
    f = facts_text(
        "Delegations from the Philippines’ Department of Trade and Viet Nam’s Ministry of "
        "Science and Technology met in Hanoi. H.E. Mr Le Van Minh, Viet Nam’s Minister for "
        "Science and Technology, opened the meeting."
    )
    assert (
        "Le Van Minh",
        "Minister for Science and Technology",
        "Ministry of Science and Technology of Viet Nam",
    ) in roles(f)
    assert not any(n.startswith("Government") for n in org_set(f))
    person = next(p for p in f.people if p.name == "Le Van Minh")
    assert "Mr Le" not in person.aliases


def test_a_department_named_with_its_ministry_is_that_countrys() -> None:
    f = facts_text(
        "Mr Bounmy Sithong, Director General of the Department of Intellectual Property, "
        "Ministry of Industry and Commerce of Lao PDR, chaired the session."
    )
    (dept,) = [o for o in f.orgs if o.name.startswith("Department of Intellectual Property")]
    assert dept.country == "LA"
    assert "Department of Intellectual Property (Lao PDR)" in [dept.name, *dept.aliases]
    assert ("Bounmy Sithong", "Director General", dept.name) in roles(f)


def test_a_second_title_after_an_organisation_and_its_acronym() -> None:
    f = facts_text(
        "Ms Maya Tan, Rotating Chair of the ASEAN Working Group on Intellectual Property "
        "Cooperation (AWGIPC) and Director General of the Brunei Intellectual Property "
        "Office, welcomed the guests."
    )
    got = {(p, t) for p, t, _ in roles(f)}
    assert {("Maya Tan", "Rotating Chair"), ("Maya Tan", "Director General")} <= got


def test_a_unit_of_a_unit_is_held_at_the_body_they_sit_under() -> None:
    f = facts_text(
        "Mr Pham Quoc Bao, Deputy Commissioner of the CNIPA, Ms Lan Thi Hoa, Director of "
        "the Trade Facilitation Division of ASEAN Economic Integration Department under the "
        "ASEAN Secretariat, and others attended."
    )
    assert "Lan Thi Hoa" in {p.name for p in f.people}
    assert not any("Economic" in p.name for p in f.people)
    (role,) = [r for r in roles(f) if r[0] == "Lan Thi Hoa"]
    assert role[2] == "ASEAN Secretariat"
    assert role[1].startswith("Director of the Trade Facilitation Division")


def test_a_bare_ministry_in_a_text_about_one_country_is_that_countrys() -> None:
    f = facts_text(
        "The Kenya Industrial Property Institute (KIPI) and the Ministry of Investments "
        "opened a service desk in Nairobi. Kenya's inventors and Kenyan firms welcomed it, "
        "and KIPI will report to the Ministry of Investments every year."
    )
    (ministry,) = [o for o in f.orgs if "Investments" in o.name]
    assert ministry.country == "KE"
    assert {"Ministry of Investments", "Ministry of Investments (Kenya)"} <= {
        ministry.name,
        *ministry.aliases,
    }


def test_a_bare_ministry_in_a_text_about_two_countries_stays_bare() -> None:
    f = facts_text(
        "Japan and Kenya held talks in Nairobi. The Ministry of Investments hosted officials "
        "from Japan and from Kenya."
    )
    (ministry,) = [o for o in f.orgs if "Investments" in o.name]
    assert ministry.country is None and ministry.name == "Ministry of Investments"


def test_two_ministers_each_with_their_country_and_portfolio_are_two_people() -> None:
    f = facts_text(
        "The exchange took place before Kenya's Minister of Trade Jane Wambui Otieno and "
        "Ghana's Minister of Health Kofi Asante, and then before the Minister of Energy "
        "Ana Lima and the Minister of Culture Rui Costa."
    )
    got = roles(f)
    assert ("Jane Wambui Otieno", "Minister of Trade", "Ministry of Trade of Kenya") in got
    assert ("Kofi Asante", "Minister of Health", "Ministry of Health of Ghana") in got
    unplaced = _unplaced(f)
    assert {("Ana Lima", "Minister of Energy"), ("Rui Costa", "Minister of Culture")} <= unplaced
    assert not any("Otieno" in n or "Lima" in n for n in org_set(f))


def test_a_minister_heads_the_department_named_by_its_portfolio_and_its_country() -> None:
    f = facts_text(
        "Innovation, Science and Economic Development Canada (ISED) released a study of clean "
        "technology patents on Thursday. Anne Tremont, Minister of Innovation, Science and "
        "Industry, presented it in Toronto."
    )
    assert (
        "Anne Tremont",
        "Minister of Innovation, Science and Industry",
        "Innovation, Science and Economic Development Canada",
    ) in roles(f)


def test_a_portfolio_opening_with_another_word_than_the_departments_stays_unplaced() -> None:
    f = facts_text(
        "Innovation, Science and Economic Development Canada (ISED) released a study of clean "
        "technology patents on Thursday. Anne Tremont, Minister of Industry, Science and "
        "Technology, presented it in Toronto."
    )
    assert ("Anne Tremont", "Minister of Industry, Science and Technology") in _unplaced(f)


def test_the_longest_country_name_the_words_open_with() -> None:
    assert country_prefix(["Costa", "Rica", "and", "Panama"]) == "Costa Rica"
    assert country_prefix(["Panama"]) == "Panama"
    assert country_prefix(["Patent", "Office", "of", "Panama"]) is None


def test_a_ministry_written_after_its_field_and_country_is_the_ministry_of_that_field() -> None:
    f = facts_text(
        "Officials from the patent office later toured the Indonesia Agriculture and "
        "Fisheries Ministry in Jakarta. They also passed by the Japan Foreign Ministry."
    )
    ministry = next(o for o in f.orgs if "Agriculture" in o.name)
    forms = {ministry.name, *ministry.aliases}
    assert "Ministry of Agriculture and Fisheries (Indonesia)" in forms
    assert "Indonesia Agriculture and Fisheries Ministry" in forms
    assert not any("Ministry of Foreign" in n for n in org_set(f))


def test_an_under_secretary_for_a_portfolio_of_a_country_names_no_ministry() -> None:
    f = facts_text(
        "In Lima the visitors were received by Ms Rosa Quispe, Under-secretary for Trade "
        "Promotion of Peru, who spoke about exports."
    )
    assert not any("Ministry" in n for n in org_set(f))
    assert ("Rosa Quispe", "Under-secretary for Trade Promotion") in _unplaced(f)


def test_a_minister_heads_the_one_ministry_whose_portfolio_opens_with_his() -> None:
    f = facts_text(
        "The accord was signed between Kenya's Ministry of Trade and Investment and the "
        'Japan Patent Office. "It opens a new chapter," said Minister of Trade Joseph '
        "Mwangi Kariuki."
    )
    held = {(p, t) for p, t, o in roles(f) if o.startswith("Ministry of Trade and Investment")}
    assert ("Joseph Mwangi Kariuki", "Minister of Trade") in held


def test_a_states_style_that_ends_in_a_body_head_is_a_country_not_a_body() -> None:
    f = facts_text(
        "Representatives of the Republic of Chile, Russian Federation and Mongolia attended, "
        "with delegates from the Kyrgyz Republic and Russian Federation. The Government of "
        "the Russian Federation sent its regards, and the Government of the Russian Federation "
        "will host the next meeting."
    )
    names = org_set(f)
    assert "Russian Federation" not in names
    assert not any(n.endswith("and Russian Federation") for n in names)
    assert "Government of the Russian Federation" in names

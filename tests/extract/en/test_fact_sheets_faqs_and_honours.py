"""Honours and styles before a name, a post stated beside contact details, a department of a
body known by its short name, and accelerators named for their field (store/text/words/
en_people.txt and en_orgs.txt; importers/en/names.py, chrome.py; importers/en/orgs/chunks.py,
units.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_malaysian_style_before_an_honour_is_no_part_of_the_name() -> None:
    f = facts_text(
        "The mission to Hanoi was headed by YB Datuk Rahim Hassan Omar, Minister of Science "
        "of Malaysia, who met officials from several agencies."
    )
    assert "Rahim Hassan Omar" in people_names(f)
    assert not any("Datuk" in n or n.startswith("YB") for n in people_names(f))


def test_the_malay_mister_after_a_style_is_dropped_but_a_given_name_tuan_is_kept() -> None:
    f = facts_text(
        "YB Tuan Lee Kah Wing, Deputy Minister of Trade of Malaysia, toured the hall with "
        "Tuan Pham, Director of the Intellectual Property Corporation of Malaysia."
    )
    assert {"Lee Kah Wing", "Tuan Pham"} <= people_names(f)


def test_a_style_written_out_in_full_is_dropped_from_the_name() -> None:
    f = facts_text(
        "Yang Berhormat Tuan Ahmad Faizal, Chairman of the Intellectual Property Corporation of "
        "Malaysia (MyIPO), opened the clinic. YBhg. Dato' Noraini Yusof, Director of MyIPO, "
        "closed it."
    )
    row = ("Noraini Yusof", "Director", "Intellectual Property Corporation of Malaysia")
    assert row in roles(f)


def test_an_honour_of_three_words_read_back_from_a_title_is_dropped() -> None:
    f = facts_text(
        "Among the guests were Datuk Seri Utama Kamal Ariffin, Chairman of the Intellectual "
        "Property Corporation of Malaysia (MyIPO), and Dato' Wira Salleh Jamil, Director of MyIPO."
    )
    assert {"Kamal Ariffin", "Salleh Jamil"} <= people_names(f)


def test_a_post_stated_in_a_sentence_before_an_email_address_is_read() -> None:
    f = facts_text(
        "The Intellectual Property Office of Singapore (IPOS) answers questions on filing.\n\n"
        "Who answers my question?\n"
        "Mr Chan Wei Jie, Deputy Director (Designs), handles these requests. "
        "Email: designs_help@ipos.example.sg\n"
    )
    assert (
        "Chan Wei Jie",
        "Deputy Director (Designs)",
        "Intellectual Property Office of Singapore",
    ) in roles(f)


def test_a_contact_block_with_only_a_name_and_an_address_stays_page_furniture() -> None:
    f = facts_text(
        "The Intellectual Property Office of Singapore (IPOS) renewed its programme today.\n\n"
        "Press enquiries\n"
        "Tan Mei Ling\n"
        "Email: press@ipos.example.sg\n"
    )
    assert "Tan Mei Ling" not in people_names(f)


def test_a_department_of_a_body_known_by_a_bracketed_short_name_stays_in_the_title() -> None:
    f = facts_text(
        "Farrukh Nazarov, Head of the Legal Affairs Department of Tajikpatent, opened the "
        "seminar of the National Centre for Patents and Information of Tajikistan (Tajikpatent)."
    )
    assert "Legal Affairs Department of Tajikpatent" not in org_set(f)
    assert any(
        p == "Farrukh Nazarov" and t == "Head of the Legal Affairs Department"
        for p, t, _ in roles(f)
    )


def test_a_one_word_short_name_in_brackets_is_used_later_like_an_acronym() -> None:
    f = facts_text(
        "The Patent Centre of the Republic of Norvania (Norpatent) hosted the seminar. "
        "Ilya Petrov, Head of the Examination Department of Norpatent, gave a talk."
    )
    assert (
        "Ilya Petrov",
        "Head of the Examination Department",
        "Patent Centre of the Republic of Norvania",
    ) in roles(f)


def test_an_accelerator_named_for_its_field_is_a_body_and_ends_before_and() -> None:
    f = facts_text(
        "A letter of intent was exchanged between the Thai Research Accelerator for Digital "
        "Industries (TRADI) and Japan's National Venture Centre (NVC) on 3 March."
    )
    names = org_set(f)
    assert "Thai Research Accelerator for Digital Industries" in names
    assert not any("and Japan" in n for n in names)


def test_an_accelerator_without_a_field_is_no_body() -> None:
    f = facts_text("Start-ups joined the Accelerator last spring to learn about patents.")
    assert not any("Accelerator" in n for n in org_set(f))

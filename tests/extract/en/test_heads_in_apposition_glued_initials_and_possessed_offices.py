"""A body's head named in apposition to "the head of" it, and a successor named by surname
before an apposition; given names written as initials run together ("RK Fuentes"); a
country's IP office named by the country's possessive (the country also in capitals, "the
UK's") or by a headline's demonym without its article, and named again bare."""

from __future__ import annotations

from tests.extract.en.helpers import extract, org_set, people_names, roles

HEADED = (
    "The head of the Patent Office of Ruritania, Anan Wong, will retire in May after six "
    "years in the post."
)


def test_the_name_set_off_after_the_head_of_a_body_heads_it() -> None:
    f = extract(HEADED)
    assert ("Anan Wong", "head", "Patent Office of Ruritania") in roles(f)


def test_a_name_that_opens_a_list_after_the_body_is_no_apposition() -> None:
    f = extract(HEADED.replace("Anan Wong, will", "Anan Wong and two deputies will"))
    assert not any(r[1] == "head" for r in roles(f))


def test_initials_run_together_open_a_name_and_the_surname_names_him_again() -> None:
    f = extract(HEADED.replace("Anan Wong", "RK Fuentes") + " Fuentes thanked his staff.")
    assert people_names(f) == {"RK Fuentes"}
    assert ("RK Fuentes", "head", "Patent Office of Ruritania") in roles(f)
    assert "Fuentes" in next(p for p in f.people if p.name == "RK Fuentes").aliases


def test_a_title_in_capitals_is_no_initials() -> None:
    f = extract("The agency's DG Tang opened the session.")
    assert "DG Tang" not in people_names(f)


def test_a_surname_without_a_vowel_is_no_initials() -> None:
    f = extract("The Director General, Mister NG Wing, opened the session.")
    assert "NG Wing" in people_names(f)
    p = next(p for p in f.people if p.name == "NG Wing")
    assert "Wing" not in p.aliases


POSSESSED = (
    "Chilean patent office opens a new branch\n\n"
    "Staff of Chile’s IP Office moved into the building on Monday. The IP Office said the "
    "branch would serve applicants from the north."
)


def test_a_countrys_possessive_before_a_generic_office_names_its_ip_office() -> None:
    f = extract(POSSESSED)
    office = next(o for o in f.orgs if "Chile’s IP Office" in {o.name, *o.aliases})
    assert "National Institute of Industrial Property (Chile)" in {office.name, *office.aliases}


def test_a_headlines_demonym_office_and_the_bare_office_are_the_same_body() -> None:
    f = extract(POSSESSED)
    office = next(o for o in f.orgs if "Chile’s IP Office" in {o.name, *o.aliases})
    assert {"Chilean patent office", "IP Office"} <= {office.name, *office.aliases}
    assert len(f.orgs) == 1


def test_a_country_written_in_capitals_possesses_its_full_named_office_as_one_body() -> None:
    f = extract(
        "Last spring the Japan Patent Office and the UK’s Intellectual Property Office "
        "(IPO) signed a memorandum of understanding on search tools."
    )
    office = next(o for o in f.orgs if "IPO" in {o.name, *o.aliases})
    assert office.ref == "ukipo"
    assert len(f.agreements) == 1 and len(f.agreements[0].parties) == 2


def test_a_capitalised_office_after_the_demonym_without_a_possessive_is_its_own_name() -> None:
    f = extract("The Ruritanian Patent Office and the Chilean office met in May.")
    assert "Ruritanian Patent Office" in org_set(f)


SUCCESSION = (
    "The head of the Patent Office of Ruritania, Anan Wong, will retire and will be succeeded "
    "by Lena Marsh\n\n"
    "Marsh, a lawyer in the Ministry of Trade, will take over as Director General on March 12."
)


def test_a_surname_before_an_apposition_takes_the_post_after_as() -> None:
    f = extract(SUCCESSION)
    assert ("Lena Marsh", "Director General", "Patent Office of Ruritania") in roles(f)


def test_a_surname_the_text_never_wrote_in_full_takes_no_post() -> None:
    f = extract(SUCCESSION.replace("by Lena Marsh", "by a colleague"))
    assert not any(r[1] == "Director General" for r in roles(f))

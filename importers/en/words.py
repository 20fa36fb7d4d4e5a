"""Word lists the English extractor is built from, bound to the names the rules use.

The words themselves are data in `store/text/words/` (en_orgs.txt, en_titles.txt,
en_people.txt, en_agreements.txt, en_chrome.txt, countries.tsv, dates.txt), so that widening
coverage (a new head noun, a new title, a new country) is a one-line edit to a data file that
needs no new code. This module only reads them and builds the patterns made of them (how a
listed phrase or form of address becomes a pattern is word_patterns.py). Every list is
general English or general geography: nothing names a particular organisation or person.
"""

from __future__ import annotations

import re

from importers.en.word_patterns import (
    SPACE_GAP,
    address_form,
    alternation,
    honorific_alternation,
    key_values,
    phrase,
    phrase_alternation,
)
from importers.guarded import guarded
from store.text import dates, lexicon
from store.text.titles import title_abbreviations

_ORGS = "en_orgs.txt"
_TITLES = "en_titles.txt"
_PEOPLE = "en_people.txt"
_AGREEMENTS = "en_agreements.txt"
_CHROME = "en_chrome.txt"
_WS = r"\s+"  # a gap inside the name of a governing body, line breaks included


# Organisation names (en_orgs.txt).
ORG_HEADS = lexicon.wordset(_ORGS, "org_heads")
HEADLINE_WORDS = lexicon.wordset(_ORGS, "caps_breakers") | lexicon.wordset(_ORGS, "headline_words")
FOR_ONLY_HEADS = lexicon.wordset(_ORGS, "for_only_heads")
INSTITUTION_CITY_MODIFIERS = lexicon.wordset(_ORGS, "institution_city_modifiers")
ACRONYM_ONLY_HEADS = lexicon.wordset(_ORGS, "acronym_only_heads")
DOCUMENT_NOUNS = lexicon.wordset(_ORGS, "document_nouns")
COMPANY_HEADS = lexicon.wordset(_ORGS, "company_heads")
#: Plural nouns before examples of organisations, to the kind of organisation they are.
EXAMPLE_NOUNS = key_values(_ORGS, "example_nouns")
ORG_DESCRIPTION_HEADS = lexicon.wordset(_ORGS, "org_description_heads")
ROMANCE_CONNECTORS = lexicon.wordset(_ORGS, "romance_connectors")
UNIT_HEADS = lexicon.wordset(_ORGS, "unit_heads")
UNIT_FUNCTION_WORDS = lexicon.wordset(_ORGS, "unit_function_words")
UNDER_PARENTS = lexicon.wordset(_ORGS, "under_parents")
PORTFOLIO_HEADS = lexicon.wordset(_ORGS, "portfolio_heads")
ORGAN_HEADS = lexicon.wordset(_ORGS, "organ_heads")
ORGAN_MODIFIERS = lexicon.wordset(_ORGS, "organ_modifiers")
ON_HEADS = lexicon.wordset(_ORGS, "on_heads")
LEADING_FUNCTION_WORDS = lexicon.wordset(_ORGS, "leading_function_words")
NAME_CONNECTORS = lexicon.wordset(_ORGS, "name_connectors")
NAME_POSSESSIVES = lexicon.wordset(_ORGS, "name_possessives")
NON_ORG_ACRONYMS = lexicon.wordset(_ORGS, "non_org_acronyms")
COUNTRY_QUALIFIED_HEADS = lexicon.wordset(_ORGS, "country_qualified_heads")
NATIONAL_GENERIC_HEADS = lexicon.wordset(_ORGS, "national_generic_heads")
HEAD_LAST_HEADS = lexicon.wordset(_ORGS, "head_last_heads")
HEAD_LAST_ADJECTIVES = lexicon.wordset(_ORGS, "head_last_adjectives")
DIPLOMATIC_HEADS = lexicon.wordset(_ORGS, "diplomatic_heads")
DESCRIBED_BODY_NOUNS = lexicon.wordset(_ORGS, "described_body_nouns")
#: Country prefixes written as abbreviations ("U.S."), to the country's name.
COUNTRY_ABBREVIATIONS = key_values(_ORGS, "country_abbreviations")
#: Nouns of events: a body's name that runs on into one names the event.
EVENT_NOUNS = lexicon.wordset(_ORGS, "event_nouns")
#: The last words of bodies that are meetings of their members ("Working Group").
MEETING_BODY_HEADS = lexicon.wordset(_ORGS, "meeting_body_heads")
#: Words that make a committee "on" a subject one of member states' meetings ("Standing").
MEMBER_COMMITTEE_MODIFIERS = lexicon.wordset(_ORGS, "member_committee_modifiers")
#: Heads of names a text may call a project ("the Academy project"), and those nouns.
PROJECT_LIKE_HEADS = lexicon.wordset(_ORGS, "project_like_heads")
PROJECT_NOUNS = lexicon.wordset(_ORGS, "project_nouns")
#: Nouns after a union's name that make it a modifier of its members ("EU Member States").
MEMBER_NOUNS = lexicon.wordset(_ORGS, "member_nouns")
#: Plural titles that name a standing body with an acronym ("ASEAN Economic Ministers (AEM)").
TITLE_GROUPS = lexicon.wordset(_ORGS, "title_groups")
#: Words after "X, a company" that make X the organisation described.
DESCRIPTION_FOLLOWERS = lexicon.wordset(_ORGS, "description_followers")

# Months and weekdays (dates.txt, through the one date module).
#: Month names and abbreviations, lower case, to the month's number ("sept" -> 9).
MONTHS = dates.MONTHS
#: Month names as text writes them, full names first, abbreviations with an optional stop.
MONTH_RE = dates.MONTH_RE
#: Weekday names, lower case, Monday first.
WEEKDAYS = dates.WEEKDAYS

# Countries (countries.tsv).
_COUNTRY_ROWS = lexicon.table("countries.tsv")
#: Country names, demonyms and ISO codes, for counterparts such as "the Mexican side".
COUNTRIES: dict[str, tuple[str, ...]] = {r["code"]: r["en"] for r in _COUNTRY_ROWS if r["en"]}
#: Countries whose English name takes "the" ("Embassy of the Philippines").
COUNTRIES_WITH_THE = frozenset(r["code"] for r in _COUNTRY_ROWS if r["the"])
#: Official long forms of states, for "Government of ..." names.
STATE_LONG_NAMES = {r["code"]: r["long"] for r in _COUNTRY_ROWS if r["long"]}
COUNTRY_OF: dict[str, str] = {n.casefold(): code for code, ns in COUNTRIES.items() for n in ns}

# Titles of office (en_titles.txt).
TITLE_MODIFIER_WORDS = lexicon.wordset(_TITLES, "title_modifier_words")
TITLE_UNIT_WORDS = lexicon.wordset(_TITLES, "title_unit_words")
PORTFOLIO_WORDS = lexicon.wordset(_TITLES, "portfolio_words")
GOVERNMENT_TITLES = lexicon.wordset(_TITLES, "government_titles")
CITY_TITLES = lexicon.wordset(_TITLES, "city_titles")
PROVINCE_TITLES = lexicon.wordset(_TITLES, "province_titles")
PROXY_WORDS = lexicon.words(_TITLES, "proxy_words")
#: Officers' titles of leadership pages ("Chief Operating Officer", "Non-Executive Director").
OFFICER_TITLES = lexicon.words("en_leadership.txt", "officer_titles")
#: Headings over the members of a delegation ("Accompanying delegation:").
DELEGATION_HEADINGS = lexicon.words("en_leadership.txt", "delegation_headings")
OFFICE_TITLES = lexicon.wordset(_TITLES, "office_titles") | {t.casefold() for t in OFFICER_TITLES}
#: What a body's own board or committee does ("Audit and Risk Committee").
ORGAN_FUNCTION_WORDS = lexicon.wordset("en_leadership.txt", "organ_function_words")
_ENVOY_BASES = lexicon.words("en_roles.txt", "envoy_title_bases")
_ENVOY_TITLES = {b.casefold() for b in _ENVOY_BASES}
DIPLOMATIC_TITLES = lexicon.wordset(_TITLES, "diplomatic_titles") | _ENVOY_TITLES
_TITLE_MODS = rf"(?:(?:{alternation(lexicon.words(_TITLES, 'title_modifiers'))})[- ]+)*"
_TITLE_BASES = [*OFFICER_TITLES, *_ENVOY_BASES, *lexicon.words(_TITLES, "title_bases")]
_FRENCH = rf"(?-i:(?=[A-ZÀ-Þ]))(?i:{alternation(lexicon.words(_TITLES, 'french_title_bases'))})"
#: Titles' short forms (titles.tsv: "CE", "DDG"), titles only as written, in capitals.
_SHORT_TITLES = rf"(?-i:{'|'.join(sorted(title_abbreviations(), key=len, reverse=True))})(?![\w-])"
#: A title: modifiers and a base title (first listed first), a short form in capitals ("CE
#: NAME"), or a capitalised French one.
TITLE_CORE = rf"(?:{_TITLE_MODS}(?:{alternation(_TITLE_BASES)}|{_SHORT_TITLES})|{_FRENCH})"
#: A ministerial title carries its portfolio: "Minister of Industry and Handicraft".
PORTFOLIO = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*)*)"
#: Governing bodies of an organisation, kept in a title: "Chairman of the X Board of Directors".
GOVERNING_BODIES = f"(?:{alternation(lexicon.words(_TITLES, 'governing_bodies'), _WS)})"

# Personal names (en_people.txt).
NOT_NAME_WORDS = lexicon.wordset(_PEOPLE, "not_name_words")
#: Words of NOT_NAME_WORDS that are names when written in Title case ("Ip", not "IP").
TITLE_CASE_NAMES = lexicon.wordset("en_name_words.txt", "title_case_names")
#: Months that are family names too ("Theresa May"): after a given name, with no date after.
MONTH_SURNAMES = lexicon.wordset("en_name_words.txt", "month_surnames")
PROFESSION_NOUNS = lexicon.wordset(_PEOPLE, "profession_nouns")
#: Letters after a name: "NAME MP", "NAME QC".
POST_NOMINALS = lexicon.wordset(_PEOPLE, "post_nominals")
#: THE English honorifics, in the order written ("Mr", "Dr", "H.E", ...).
HONORIFIC_WORDS = lexicon.words(_PEOPLE, "honorifics")
#: An English honorific with its optional full stop: "Mr.", "Dr", "H. E.".
HONORIFICS = honorific_alternation(HONORIFIC_WORDS) + r"\.?"
_OTHER_HONORIFICS = lexicon.words(_PEOPLE, "other_honorifics")
#: Malay, Myanmar and Arabic honorifics and "Atty", lower case: dropped from the front of a
#: name read backwards ("Datuk Nor Azlina binti Ismail", "Daw Khin Thandar Aung").
NAME_HONORIFIC_WORDS = frozenset(f.casefold() for f in _OTHER_HONORIFICS)


def _stripped(forms: tuple[str, ...], kept: str) -> tuple[str, ...]:
    keep = lexicon.wordset(_PEOPLE, kept)
    return tuple(f for f in forms if f not in keep)


_STYLES = honorific_alternation(lexicon.words(_PEOPLE, "styles"))
#: Forms of address stripped from the front of a name: "Hon. NAME", "the Hon NAME", "H.E. NAME".
NAME_PREFIXES = (
    rf"(?:(?:the{SPACE_GAP})?(?:Rt\.?{SPACE_GAP})?{_STYLES}\.?|"
    + "|".join(
        address_form(f, dot_gap=r"[ \t]?")
        for f in (
            *lexicon.words(_PEOPLE, "excellencies"),
            *_stripped(HONORIFIC_WORDS, "honorifics_kept_in_names"),
            *_stripped(_OTHER_HONORIFICS, "other_honorifics_kept_in_names"),
            *lexicon.words(_PEOPLE, "military_ranks"),
        )
    )
    + rf")\.?{SPACE_GAP}"
)

# Agreements (en_agreements.txt).
#: Verbs that say an agreement came into being (not "entered into force": it took effect).
SIGN_VERBS = guarded(
    rf"\b({alternation(lexicon.words(_AGREEMENTS, 'sign_verbs'))})\b(?!\s+force\b)", re.I
)
#: Verbs that bring a statement into being ("issued a joint communiqué"), not an agreement.
ISSUE_VERBS = guarded(rf"\b({alternation(lexicon.words(_AGREEMENTS, 'issue_verbs'))})\b", re.I)
#: Phrases that put a signing before the event the story leads with ("had signed").
EARLIER_RE = guarded(
    rf"\b({alternation(lexicon.words(_AGREEMENTS, 'earlier_markers'))})\b", re.IGNORECASE
)
#: "on the sidelines of", "on the margins of": the meeting beside which a signing took place.
MARGIN_RE = re.compile(
    rf"\b(?:{phrase_alternation(lexicon.words(_AGREEMENTS, 'margin_phrases'))})\b", re.IGNORECASE
)
#: Nouns by which a sentence names again an agreement named before ("The plan was ...").
GENERIC_AGREEMENT_NOUNS = lexicon.words(_AGREEMENTS, "generic_nouns")
#: Verbs that make their subject a witness rather than a signatory.
WITNESS_RE = re.compile(
    rf"\b({alternation(lexicon.words(_AGREEMENTS, 'witness_phrases'))})\b", re.IGNORECASE
)
#: Contexts in which an agreement is only being negotiated or talked about.
NOT_SIGNED_RE = guarded(
    rf"\b({alternation(lexicon.words(_AGREEMENTS, 'not_signed_phrases'))})\b", re.IGNORECASE
)
NUMBER_WORDS = lexicon.wordset(_AGREEMENTS, "number_words")
#: Words before a generic agreement noun that say nothing of it ("relevant").
VAGUE = lexicon.wordset("en_rules.txt", "vague_modifiers")
#: Generic words of agreement titles: what is left is the agreement's topic.
GENERIC_TITLE_WORDS = lexicon.wordset(_AGREEMENTS, "generic_title_words")

# Page furniture (en_chrome.txt); an opener ending in ":" ("Related: X signs") ends there.
_TEASER_OPENERS = (phrase(p) + r"(?:\b|(?<=:))" for p in lexicon.words(_CHROME, "teaser_openers"))
_TEASER_LINES = (
    phrase(p.removesuffix(":")) + (r"\s*:?\s*$" if p.endswith(":") else r"\s*$")
    for p in lexicon.words(_CHROME, "teaser_lines")
)
#: Lines that start a teaser list or other page furniture: the rest of the page is chrome.
TEASER_HEADINGS = re.compile(
    rf"^\s*({'|'.join([*_TEASER_OPENERS, *_TEASER_LINES])})", re.IGNORECASE
)

#: A line that opens with a contact label ("Media enquiries:"): a contact credit, chrome.
CONTACT_LABEL = re.compile(
    rf"^\s*(?:{alternation(lexicon.words(_CHROME, 'contact_labels'))})\s*:", re.IGNORECASE
)

#: A "Source:" line naming a public body ("Source: Ministry of X"): the issuer of a press
#: release, one of its subjects; the group holds where the name starts.
ISSUER_CREDIT = re.compile(
    rf"^[ \t]*source[ \t]*[:：][ \t]*(?=(?:the[ \t]+)?"
    rf"(?:{alternation(lexicon.words(_CHROME, 'issuer_heads'))})\b)",
    re.IGNORECASE,
)

# Roles (en_roles.txt).
#: Words that make "International Cooperation Department" an office's internal unit.
UNIT_FUNCTION_NOUNS = lexicon.wordset("en_roles.txt", "unit_function_words")
#: The head nouns of such units.
INTERNAL_UNIT_HEADS = lexicon.wordset("en_roles.txt", "unit_head_words")
#: The reference kinds of bodies whose units come before "of" and them ("... of WIPO").
OWNING_KINDS = lexicon.wordset("en_roles.txt", "unit_owner_kinds")
#: "current", "newly appointed" in "NAME, the current Registrar of X": when the post is held.
_NEW = lexicon.words(_TITLES, "new_holder_modifiers")
TENURE_WORDS = phrase_alternation(
    [*lexicon.words("en_roles.txt", "tenure_words"), *_NEW], r"[ \t]+"
)
#: "the first Commissioner": lower-case ordinals that count a title's holders (en_titles.txt).
ORDINAL_MODIFIERS = "|".join(lexicon.words("en_titles.txt", "ordinal_modifiers"))
#: Words that open a noun phrase ("the", "its"): no unit's name starts with one.
DETERMINERS = lexicon.wordset("en_rules.txt", "determiners")
#: "met", "received": verbs of meeting someone, whose subject may be a titled name.
MEETING_VERBS = lexicon.wordset("en_roles.txt", "meeting_verbs")
#: "head": a post described loosely, the same post as the title a person holds at one body.
LOOSE_POSTS = lexicon.wordset("en_roles.txt", "loose_posts")
#: "acting", "interim": the same post held for a while (output.py)
PROVISIONAL_MODIFIERS = lexicon.wordset("en_roles.txt", "provisional_modifiers")

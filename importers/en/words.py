"""Word lists the English extractor is built from.

Kept apart from the rules so that widening coverage (a new head noun, a new title, a new
country) is a one-line change that needs no new code. Every list is general English or
general geography: nothing here names a particular organisation or person.
"""

from __future__ import annotations

import re

from store.text import lexicon

#: Nouns an organisation name ends in (singular; "Offices" is a plural, not a name).
ORG_HEADS = frozenset(
    [
        "office",
        "administration",
        "ministry",
        "agency",
        "bureau",
        "court",
        "university",
        "college",
        "institute",
        "institution",
        "association",
        "council",
        "commission",
        "foundation",
        "federation",
        "committee",
        "centre",
        "center",
        "service",
        "authority",
        "group",
        "organization",
        "organisation",
        "union",
        "government",
        "chamber",
        "department",
        "secretariat",
        "tribunal",
        "academy",
        "school",
        "society",
        "league",
        "board",
        "network",
        "corporation",
        "company",
        "firm",
        "bank",
        "fund",
        "alliance",
        "confederation",
        "directorate",
        "directorate-general",
        "superintendence",
        "superintendency",
        "mission",
        "embassy",
        "consulate",
        "instituto",
        "institut",
        "oficina",
        "agencia",
        "agence",
        "organización",
        "organização",
        "ltd",
        "ltd.",
        "limited",
        "llc",
        "llp",
        "inc",
        "inc.",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "pte",
        "co",
        "co.",
        "corp",
        "corp.",
    ]
)

#: Heads that make an institution's name only before "for" and a capitalised complement:
#: "King Abdulaziz City for Science and Technology", not "the City of Riyadh".
FOR_ONLY_HEADS = frozenset({"city"})

#: Heads that make a name only with an inline acronym after them: "Asia-Pacific Innovation
#: Forum (APIF)" is a body, "the Global IP Forum 2024" is an event.
ACRONYM_ONLY_HEADS = frozenset({"forum"})

#: Nouns of signed documents: a name never runs on into one ("UAE Ministry of Economy
#: Memorandum of understanding" is a table row's two columns).
DOCUMENT_NOUNS = frozenset(
    {"memorandum", "memoranda", "mou", "mous", "agreement", "agreements", "declaration"}
)

#: Company words that end a company's name ("Hyundai Motor", "Samsung Electronics"): heads
#: only as the last word of a name.
COMPANY_HEADS = frozenset(
    {
        "motor",
        "motors",
        "electronics",
        "holdings",
        "industries",
        "technologies",
        "pharmaceuticals",
        "pharma",
        "telecom",
        "airlines",
        "chemicals",
        "steel",
        "biotech",
        "semiconductor",
        "semiconductors",
    }
)

#: Plural nouns a list of examples of organisations follows: "companies such as A and B".
EXAMPLE_NOUNS = {
    "companies": "company",
    "firms": "company",
    "businesses": "company",
    "corporations": "company",
    "manufacturers": "company",
    "carmakers": "company",
    "brands": "company",
    "groups": "company",
    "universities": "university",
    "associations": "association",
    "federations": "association",
    "banks": "company",
}

#: Descriptions that make a one-word name an organisation: "BusinessEurope, the European
#: business federation".
ORG_DESCRIPTION_HEADS = frozenset(
    {
        "federation",
        "confederation",
        "association",
        "company",
        "group",
        "organisation",
        "organization",
        "body",
        "firm",
        "lobby",
        "council",
        "network",
        "alliance",
        "union",
        "chamber",
        "bank",
        "manufacturer",
        "maker",
        "carmaker",
        "giant",
    }
)

#: Lower-case words inside French, Spanish and Portuguese names ("Organisation Africaine de
#: la Propriété Intellectuelle", "Oficina Española de Patentes y Marcas") and Arabic
#: patronymics inside institution names ("Mohammed bin Rashid University").
ROMANCE_CONNECTORS = frozenset(
    {"de", "la", "le", "les", "des", "du", "da", "do", "das", "dos", "del", "y", "e", "et"}
    | {"bin", "bint", "ibn"}
)

#: Heads of units inside a body ("Design Examination Department of the Japan Patent Office").
UNIT_HEADS = frozenset({"department", "division", "section", "unit", "branch", "team"})

#: Functions whose "... Office" or "... Unit" is a unit of the body that publishes a text, not
#: an organisation: "Communications Office", "Press Office".
UNIT_FUNCTION_WORDS = frozenset(
    {"communications", "communication", "press", "media", "public", "information", "records"}
)

#: Bodies another body may sit "under": "Agency under the Ministry of Justice".
UNDER_PARENTS = frozenset({"ministry", "government", "cabinet", "presidency", "council"})

#: Heads of the organs of a body, named apart from it: "Administrative Council of X".
ORGAN_HEADS = frozenset({"council", "board", "assembly", "committee"})

#: Heads that may take an "on ..." complement inside the name ("Committee on Development").
ON_HEADS = frozenset({"committee", "commission", "council", "conference", "group"})

#: Capitalised function words that open a sentence before a name ("In 2017 the State ...").
LEADING_FUNCTION_WORDS = frozenset(
    {
        "in",
        "on",
        "at",
        "by",
        "during",
        "since",
        "from",
        "with",
        "after",
        "before",
        "under",
        "within",
        "among",
        "amongst",
        "through",
        "throughout",
        "across",
        "via",
        "following",
        "alongside",
        "beyond",
        "besides",
        "including",
        "also",
        "meanwhile",
        "moreover",
        "furthermore",
        "additionally",
        "today",
        "yesterday",
        "recently",
        "together",
        "thanks",
    }
)

#: Lower-case words that may join the capitalised words of one name.
NAME_CONNECTORS = frozenset({"of", "and", "for", "the", "on", "&", "de", "du", "des", "la", "le"})

#: Possessives that belong to a name rather than qualifying it ("People's Government").
NAME_POSSESSIVES = frozenset({"people's", "peoples'", "women's", "children's", "workers'"})

#: Acronyms and capitalised abbreviations that are not organisations.
NON_ORG_ACRONYMS = frozenset(
    [
        "IP",
        "IPR",
        "IPRS",
        "PCT",
        "PPH",
        "MOU",
        "MOUS",
        "FTA",
        "FTAS",
        "RCEP",
        "US",
        "USA",
        "UK",
        "EU-US",
        "AI",
        "SEP",
        "SEPS",
        "FRAND",
        "DEI",
        "GDP",
        "CEO",
        "CFO",
        "CTO",
        "R&D",
        "TV",
        "PDF",
        "HTML",
        "URL",
        "FAQ",
        "PM",
        "AM",
        "GMT",
        "UTC",
        "ICT",
        "IT",
        "SME",
        "SMES",
        "NGO",
        "NGOS",
        "PhD",
        "LLM",
        "JD",
        "NO",
        "VII",
        "VI",
        "IV",
        "III",
        "II",
        "XI",
        "XII",
        "IX",
        "XX",
        "COVID",
        "FY",
        "ID",
        "TM",
        "BEIJING",
    ]
)

#: Lines that start a teaser list or other page furniture: the rest of the page is chrome.
TEASER_HEADINGS = re.compile(
    r"^\s*(more from\b|more (news|stories|articles)\b|related( articles| stories| news| content|"
    r" posts| reading| links)?\s*:?\s*$|read more\b|you may also like|recommended( for you)?\s*$|"
    r"most (read|popular|viewed)\b|latest (news|articles)\s*$|special reports\s*$|"
    r"also read\b|further reading\b|see also\s*$|share this\b|gift this article)",
    re.IGNORECASE,
)

MONTHS = {
    m: i + 1
    for i, ms in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in ms
}
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)

#: Country names, demonyms and ISO codes, for counterparts such as "the Mexican side".
COUNTRIES: dict[str, tuple[str, ...]] = {
    row["code"]: row["en"] for row in lexicon.table("countries.tsv") if row["en"]
}

#: Countries whose English name takes "the" ("Embassy of the Philippines").
COUNTRIES_WITH_THE = frozenset(r["code"] for r in lexicon.table("countries.tsv") if r["the"])

#: Heads of generic bodies that name an organisation only together with their country:
#: "Thailand's Ministry of Commerce" is the "Ministry of Commerce of Thailand".
COUNTRY_QUALIFIED_HEADS = frozenset({"ministry", "department", "embassy", "consulate", "mission"})
#: "National Institute of ...": generic national bodies, named apart only by their country.
NATIONAL_GENERIC_HEADS = frozenset(
    {"institute", "office", "agency", "service", "centre", "center", "authority", "registry"}
)

#: Heads of diplomatic missions, whose names go on with "to ..." and "in ..."
#: ("Permanent Mission of Brazil to the United Nations Office at Geneva").
DIPLOMATIC_HEADS = frozenset({"mission", "embassy", "consulate", "delegation"})

#: Head nouns of a body referred to by its country: "the Uzbek agency", "the Czech office".
DESCRIBED_BODY_NOUNS = frozenset(
    {
        "agency",
        "office",
        "institute",
        "ministry",
        "administration",
        "authority",
        "service",
        "bureau",
    }
)

#: Titles of envoys, which name a mission rather than a government.
DIPLOMATIC_TITLES = frozenset(
    {"ambassador", "consul", "consul general", "consul-general", "envoy", "chargé d'affaires"}
)

#: Country prefixes written as abbreviations before a name ("U.S. Department of State").
COUNTRY_ABBREVIATIONS = {"U.S.": "United States", "U.K.": "United Kingdom"}

#: Words that name a function or unit inside a long title ("Vice-President Patent Granting
#: Process Steve Rowan"): a personal name never ends a title with one of them.
TITLE_UNIT_WORDS = frozenset(
    {
        "affairs",
        "process",
        "operations",
        "services",
        "service",
        "quality",
        "management",
        "policy",
        "legal",
        "granting",
        "examination",
        "administration",
        "finance",
        "enforcement",
        "cooperation",
        "relations",
        "innovation",
        "strategy",
        "planning",
        "development",
        "resources",
        "communications",
        "technology",
        "information",
        "patents",
        "trademarks",
        "designs",
        "sector",
        "division",
        "unit",
        "programmes",
        "programs",
    }
)

#: Words of ministerial portfolios ("Minister for Industry and Science"): never a name.
PORTFOLIO_WORDS = frozenset(
    [
        "industry",
        "industries",
        "trade",
        "science",
        "sciences",
        "commerce",
        "justice",
        "finance",
        "health",
        "education",
        "affairs",
        "development",
        "economy",
        "economic",
        "technology",
        "technological",
        "innovation",
        "energy",
        "agriculture",
        "defence",
        "defense",
        "labour",
        "labor",
        "tourism",
        "culture",
        "transport",
        "environment",
        "interior",
        "resources",
        "investment",
        "planning",
        "communications",
        "information",
        "sport",
        "sports",
        "youth",
        "employment",
        "welfare",
        "housing",
        "mines",
        "mining",
        "works",
        "fisheries",
        "forestry",
        "water",
        "land",
        "lands",
        "security",
        "digital",
        "enterprise",
        "enterprises",
        "business",
        "services",
        "infrastructure",
        "relations",
        "parliamentary",
        "legal",
        "foreign",
        "home",
        "state",
        "treasury",
        "customs",
        "revenue",
        "trademarks",
        "patents",
        "property",
        "intellectual",
        "research",
        "higher",
        "skills",
        "training",
        "women",
        "family",
        "social",
        "public",
        "climate",
    ]
)

#: Modifiers before a base title: a "Deputy Director" is still an office's director-level
#: officer when the document names no organisation.
TITLE_MODIFIER_WORDS = frozenset(
    {
        "acting",
        "deputy",
        "vice",
        "assistant",
        "senior",
        "associate",
        "executive",
        "principal",
        "first",
        "second",
        "interim",
        "national",
    }
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Official long forms of states, for "Government of ..." names.
STATE_LONG_NAMES = {r["code"]: r["long"] for r in lexicon.table("countries.tsv") if r["long"]}

COUNTRY_OF: dict[str, str] = {n.casefold(): code for code, ns in COUNTRIES.items() for n in ns}

#: Titles whose holder, when no organisation is named, belongs to a national government.
GOVERNMENT_TITLES = frozenset(
    {
        "premier",
        "vice-premier",
        "vice premier",
        "state councilor",
        "state councillor",
        "prime minister",
        "deputy prime minister",
        "vice president",
        "vice-president",
        "president",
    }
)
#: Titles whose holder belongs to a city government.
CITY_TITLES = frozenset(
    {"mayor", "vice mayor", "vice-mayor", "deputy mayor", "executive vice mayor"}
)
#: Titles that, said bare in a document by or about an office, mean that office's officer.
OFFICE_TITLES = frozenset(
    {
        "commissioner",
        "director general",
        "director-general",
        "chief executive",
        "chief executive officer",
        "executive director",
        "registrar",
        "comptroller general",
        "controller general",
        "secretary general",
        "secretary-general",
        "director",
        "president",
        "chairman",
        "chairperson",
        "chair",
        "head",
        "ceo",
    }
)

#: Base title words, longest first so that "Director General" wins over "Director".
_TITLE_BASES = [
    "Chief Executive Officer",
    "Chief Executive",
    "Director[- ]General",
    "Secretary[- ]General",
    "Comptroller[- ]General",
    "Controller[- ]General",
    "Registrar[- ]General",
    "Executive Director",
    "Managing Director",
    "General Manager",
    "General Counsel",
    "Counsell?or",
    "Consul[- ]General",
    "Consul",
    "Attach[eé]",
    "Envoy",
    "State Councill?or",
    "Prime Minister",
    "Premier",
    "Commissioner",
    "Under[- ]?Secretary[- ]General",
    "Under[- ]?Secretary",
    "Superintendent",
    "Director",
    "President",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "Secretary",
    "Minister",
    "Mayor",
    "Governor",
    "Head",
    "Registrar",
    "Ambassador",
    "Chief Judge",
    "Chief Justice",
    "Judge",
    "Dean",
    "Rector",
    "Chancellor",
    "Professor",
    "Spokes(?:person|man|woman)",
    "Partner",
    "Founder",
    "CEO",
    "Counsel",
    "Examiner",
]
_TITLE_MODS = (
    r"(?:(?:Acting|Deputy|Vice|Assistant|Senior|Associate|Executive|Permanent|First|Second|"
    r"Honorary|Interim|Principal|Managing|Founding|Co|Chief|Former|IP|Patent|Trademark)[- ]+)*"
)
TITLE_CORE = rf"{_TITLE_MODS}(?:{'|'.join(_TITLE_BASES)})"
#: A ministerial title carries its portfolio: "Minister of Industry and Handicraft".
PORTFOLIO = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*)*)"

#: Words never part of a person's name.
NOT_NAME_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "and",
        "for",
        "with",
        "by",
        "to",
        "from",
        "as",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "she",
        "they",
        "we",
        "our",
        "his",
        "her",
        "their",
        "mr",
        "mister",
        "delegate",
        "madam",
        "mrs",
        "ms",
        "dr",
        "prof",
        "hon",
        "honourable",
        "honorable",
        "excellency",
        "office",
        "ministry",
        "agency",
        "bureau",
        "court",
        "university",
        "college",
        "institute",
        "association",
        "council",
        "commission",
        "committee",
        "centre",
        "center",
        "service",
        "authority",
        "group",
        "organization",
        "organisation",
        "union",
        "government",
        "chamber",
        "department",
        "commissioner",
        "director",
        "president",
        "chairman",
        "minister",
        "mayor",
        "governor",
        "head",
        "premier",
        "secretary",
        "deputy",
        "vice",
        "assistant",
        "acting",
        "senior",
        "chief",
        "executive",
        "general",
        "state",
        "councilor",
        "councillor",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "ip",
        "patent",
        "trademark",
        "intellectual",
        "property",
        "international",
        "national",
        "federal",
        "republic",
        "people's",
        "china",
        "chinese",
        "news",
        "press",
        "according",
        "meanwhile",
        "however",
        "also",
        "said",
        "says",
        "told",
        "noted",
        "added",
        "visited",
        "signed",
        "met",
        "during",
        "after",
        "before",
        "under",
        "since",
        "until",
        "while",
        "when",
        "where",
        "which",
        "who",
        "whose",
        "what",
        "memorandum",
        "agreement",
        "instrument",
        "date",
        "status",
        "remarks",
        "mou",
        "declaration",
        "statement",
        "plan",
        "programme",
        "program",
    ]
)

HONORIFICS = r"(?:Mister|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Madam|Eng|Engr|H\.\s?E|HE)\.?"

#: Malay, Myanmar and Arabic honorifics written before a name; not part of it ("Datuk Nor
#: Azlina binti Ismail", "Daw Khin Thandar Aung", "Hajah Rosmawati ...", "Atty. Ramon ...").
NAME_HONORIFIC_WORDS = frozenset(
    {
        "datuk",
        "dato",
        "dato'",
        "dato’",
        "datin",
        "datuk seri",
        "tun",
        "tan sri",
        "puan",
        "encik",
        "daw",
        "haji",
        "hajah",
        "hajjah",
        "atty",
        "atty.",
        "sheikh",
    }
)

#: Forms of address before a name: "Hon. NAME", "the Hon NAME", "H.E. NAME".
NAME_PREFIXES = (
    r"(?:(?:the[ \t]+)?(?:Rt\.?[ \t]+)?(?:Hon|Honourable|Honorable)\.?|H\.[ \t]?E\.|"
    r"His[ \t]+Excellency|Her[ \t]+Excellency|"
    r"Mister|Madam|Mr|Mrs|Ms|Miss|Dr|Prof|Eng|Engr|Atty|"
    r"Datuk(?:[ \t]+Seri)?|Dato['’]?(?:[ \t]+Sri)?|Datin|Tan[ \t]+Sri|"
    r"Daw|Hajah|Hajjah|Haji)\.?[ \t]+"
)
#: Nouns of a function without an organisation: "NAME, an independent consultant".
PROFESSION_NOUNS = frozenset(
    {
        "consultant",
        "specialist",
        "expert",
        "researcher",
        "lawyer",
        "attorney",
        "economist",
        "analyst",
        "engineer",
        "scholar",
        "academic",
        "practitioner",
        "entrepreneur",
        "inventor",
        "designer",
        "adviser",
        "advisor",
        "agent",
        "examiner",
    }
)
#: Governing bodies of an organisation, kept in a title: "Chairman of the X Board of Directors".
GOVERNING_BODIES = (
    r"(?:Board\s+of\s+(?:Directors|Governors|Trustees)|Supervisory\s+Board|Executive\s+Board|"
    r"Governing\s+(?:Board|Council)|Board)"
)
#: Letters after a name: "NAME MP", "NAME QC".
POST_NOMINALS = frozenset({"MP", "MEP", "MLA", "MPP", "QC", "KC", "SC", "OBE", "CBE", "MBE", "KBE"})

#: Verbs that say an agreement came into being.
SIGN_VERBS = re.compile(
    r"\b(sign(?:s|ed|ing)?|signature|inked|inks|ink|conclud(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|"
    r"renew(?:s|ed|ing)?|extend(?:s|ed|ing)?|entered into|enter into|initial(?:l)?ed|reached|"
    r"struck)\b",
    re.IGNORECASE,
)
#: Verbs that make their subject a witness rather than a signatory.
WITNESS_RE = re.compile(r"\b(witness(?:es|ed|ing)?|in the presence of|presided over)\b", re.I)
#: Contexts in which an agreement is only being negotiated or talked about.
NOT_SIGNED_RE = re.compile(
    r"\b(negotiat\w*|talks on|discuss(?:ed|ing|ion)? (?:on|about)|under discussion|"
    r"will sign|to be signed|plan(?:s|ned)? to sign|expected to|would sign|proposed|"
    r"no (?:\w+ )?(?:agreement|arrangement|memorandum|mou|deal)|(?:has|have) yet to|not yet|"
    r"explor(?:e|es|ed|ing)|(?:will|to) be considered|in discussions?|hope to|later today)\b",
    re.IGNORECASE,
)

NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "dozen",
        "dozens",
        "several",
        "many",
        "numerous",
        "multiple",
        "hundreds",
        "scores",
        "some",
    ]
)

#: Generic words of agreement titles: what is left is the agreement's topic.
GENERIC_TITLE_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "on",
        "in",
        "for",
        "to",
        "and",
        "between",
        "with",
        "relevant",
        "new",
        "upgraded",
        "annual",
        "bilateral",
        "multilateral",
        "trilateral",
        "tripartite",
        "cooperation",
        "co-operation",
        "cooperative",
        "agreement",
        "agreements",
        "mou",
        "mous",
        "memorandum",
        "memoranda",
        "understanding",
        "work",
        "plan",
        "plans",
        "workplan",
        "action",
        "letter",
        "letters",
        "intent",
        "record",
        "records",
        "discussion",
        "discussions",
        "minutes",
        "joint",
        "statement",
        "statements",
        "declaration",
        "declarations",
        "programme",
        "program",
        "programmes",
        "programs",
        "arrangement",
        "arrangements",
        "document",
        "documents",
        "framework",
        "ip",
        "intellectual",
        "property",
        "field",
        "strategic",
        "two",
        "offices",
        "sides",
        "parties",
        "both",
        "this",
        "that",
    ]
)

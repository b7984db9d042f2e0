"""The fixed vocabularies of the data contract (docs/data-format.md), as plain Python.

Kept free of pydantic and Rich so that every module, including the fast paths, can use them.
"""

from __future__ import annotations

PROVISION_CATEGORIES: dict[str, str] = {
    "cross-border-data-flows": "data",
    "data-localisation": "data",
    "financial-data": "data",
    "financial-localisation": "data",
    "personal-information": "data",
    "open-government-data": "data",
    "customs-duties": "digital-products",
    "non-discrimination": "digital-products",
    "source-code": "digital-products",
    "ict-cryptography": "digital-products",
    "interactive-computer-services": "digital-products",
    "consumer-protection": "trust",
    "unsolicited-messages": "trust",
    "cybersecurity": "trust",
    "internet-access": "trust",
    "electronic-authentication": "facilitation",
    "paperless-trading": "facilitation",
    "electronic-transactions": "facilitation",
    "e-invoicing": "facilitation",
    "e-payments": "facilitation",
    "digital-identity": "emerging",
    "artificial-intelligence": "emerging",
    "fintech": "emerging",
}
PROVISION_KEYS: tuple[str, ...] = tuple(PROVISION_CATEGORIES)
CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(PROVISION_CATEGORIES.values()))

STATUSES: tuple[str, ...] = ("binding", "best-endeavour", "absent")
# Each exception kind with the words `diff` uses for it; the kinds are this table's keys.
EXCEPTION_WORDS: dict[str, str] = {
    "public-policy": "public-policy exception",
    "public-policy-self-judging": "self-judging public-policy exception",
    "security-self-judging": "self-judging security exception",
    "general-exceptions": "general exceptions",
    "prudential": "prudential exception",
    "personal-data": "personal-data exception",
    "indigenous-peoples": "indigenous-peoples clause",
}
EXCEPTION_KINDS: tuple[str, ...] = tuple(EXCEPTION_WORDS)
CHECKED: tuple[str, ...] = ("text", "secondary", "unchecked")
AGREEMENT_STATUSES: tuple[str, ...] = ("in-force", "signed", "not-in-force")
# Carve-out scopes with the words tables use for them.
CARVE_OUT_WORDS: dict[str, str] = {
    "government-procurement": "government procurement",
    "government-information": "information held by or for a government",
    "financial-services": "financial services",
    "non-conforming-measures": "non-conforming measures (reservations)",
    "wto-moratorium": "follows the WTO moratorium on customs duties",
    "subsidies": "subsidies and grants",
    "broadcasting": "broadcasting",
    "taxation": "taxation",
    "cultural-industries": "cultural industries",
    "intellectual-property": "intellectual property",
    "other": "other (see its note)",
}
CARVE_OUT_SCOPES: tuple[str, ...] = tuple(CARVE_OUT_WORDS)
# obligation: the paragraph's obligation is deferred for the party; dispute-settlement: the obligation binds, but
# dispute settlement cannot be invoked against the party's (existing) measures for the period.
TRANSITION_KINDS: tuple[str, ...] = ("obligation", "dispute-settlement")

# How `compose` chooses each provision of a draft (analysis.compose): what every pair already has in force, or
# the strongest commitment any member has accepted.
COMPOSE_STRATEGIES: tuple[str, ...] = ("common", "strongest")

EU = "EU"
# EU member states with the date each joined and, for the United Kingdom, the first day the EU's agreements no longer
# bound it: it left the EU on 2020-01-31, but during the transition period to 2020-12-31 it remained bound by the
# EU's international agreements (Withdrawal Agreement, Article 129(1)).
EU_MEMBERSHIP: dict[str, tuple[str, str | None]] = {
    "BEL": ("1958-01-01", None), "DEU": ("1958-01-01", None), "FRA": ("1958-01-01", None),
    "ITA": ("1958-01-01", None), "LUX": ("1958-01-01", None), "NLD": ("1958-01-01", None),
    "DNK": ("1973-01-01", None), "IRL": ("1973-01-01", None), "GBR": ("1973-01-01", "2021-01-01"),
    "GRC": ("1981-01-01", None), "ESP": ("1986-01-01", None), "PRT": ("1986-01-01", None),
    "AUT": ("1995-01-01", None), "FIN": ("1995-01-01", None), "SWE": ("1995-01-01", None),
    "CYP": ("2004-05-01", None), "CZE": ("2004-05-01", None), "EST": ("2004-05-01", None),
    "HUN": ("2004-05-01", None), "LVA": ("2004-05-01", None), "LTU": ("2004-05-01", None),
    "MLT": ("2004-05-01", None), "POL": ("2004-05-01", None), "SVK": ("2004-05-01", None),
    "SVN": ("2004-05-01", None), "BGR": ("2007-01-01", None), "ROU": ("2007-01-01", None),
    "HRV": ("2013-07-01", None),
}

# ISO 3166-1 alpha-3 codes of countries and territories.
ISO3 = frozenset(
    """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS
    BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV
    CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM
    GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN
    IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE
    LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS
    MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK
    PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR
    SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY
    USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
    """.split()
)


def is_party_code(code: str) -> bool:
    return code == EU or code in ISO3


# Names and two-letter codes people type, for suggesting the ISO3 code (`Korea` -> KOR). Not exhaustive.
COUNTRY_NAMES: dict[str, str] = {
    "US": "USA", "UNITED STATES": "USA", "AMERICA": "USA", "KR": "KOR", "KOREA": "KOR", "SOUTH KOREA": "KOR",
    "JP": "JPN", "JAPAN": "JPN", "CN": "CHN", "CHINA": "CHN", "UK": "GBR", "GB": "GBR", "UNITED KINGDOM": "GBR",
    "BRITAIN": "GBR", "AU": "AUS", "AUSTRALIA": "AUS", "NZ": "NZL", "NEW ZEALAND": "NZL", "SG": "SGP",
    "SINGAPORE": "SGP", "CA": "CAN", "CANADA": "CAN", "MX": "MEX", "MEXICO": "MEX", "VN": "VNM", "VIETNAM": "VNM",
    "VIET NAM": "VNM", "CL": "CHL", "CHILE": "CHL", "PE": "PER", "PERU": "PER", "CO": "COL", "COLOMBIA": "COL",
    "MY": "MYS", "MALAYSIA": "MYS", "TH": "THA", "THAILAND": "THA", "ID": "IDN", "INDONESIA": "IDN",
    "PH": "PHL", "PHILIPPINES": "PHL", "IN": "IND", "INDIA": "IND", "DE": "DEU", "GERMANY": "DEU", "FR": "FRA",
    "FRANCE": "FRA", "EUROPEAN UNION": "EU", "EUROPE": "EU", "UA": "UKR", "UKRAINE": "UKR", "TW": "TWN",
    "TAIWAN": "TWN", "HK": "HKG", "HONG KONG": "HKG", "CH": "CHE", "SWITZERLAND": "CHE", "BN": "BRN",
    "BRUNEI": "BRN", "KH": "KHM", "CAMBODIA": "KHM", "LA": "LAO", "LAOS": "LAO", "MM": "MMR", "MYANMAR": "MMR",
    "JO": "JOR", "JORDAN": "JOR", "PA": "PAN", "PANAMA": "PAN", "IL": "ISR", "ISRAEL": "ISR",
}

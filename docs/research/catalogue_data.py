"""The facts of each catalogue entry and their sources (see catalogue_entries.py). Public sources only."""

MT = "GitHub globalgov/manytreaties"
RECON = f"{MT}, data-raw/agreements/GGO/HUGGO_trd_reconciled.csv"
ADDIT = f"{MT}, data-raw/agreements/GGO/HUGGO_trd_additional.csv"
CLEAN = f"{MT}, data-raw/agreements/GGO/HUGGO_clean.csv"
DESTA = f"{MT}, data-raw/agreements/DESTA/DESTA.csv"
RAW = f"{MT}, data-raw/agreements/GGO/treaty texts/Raw/"
TOTA = "ToTA corpus (Texts of Trade Agreements), https://github.com/mappingtreaties/tota, xml/"

NOT_ENCODED = "Catalogue entry: the agreement's name, parties and dates are recorded; its provisions are not encoded."
KNOWLEDGE = "dates from knowledge"

ENTRIES: list[dict] = []


def add(**e):
    ENTRIES.append(e)


# ---------------------------------------------------------------- Korea (issue 20, step 1)

add(id="KOR-CHL", name="Free Trade Agreement between the Government of the Republic of Korea and the Government of the Republic of Chile",
    aliases=["KOREA-CHILE-FTA"], signed="2003-02-15", in_force="2004-04-01", checked="secondary",
    source=(f"{RECON} (row CHL-KOR[KOR]_2003O) for the dates; {RAW}CHL-KOR[KOR]_2003O.txt for the title and the signature "
            "clause; official text: http://www.sice.oas.org/Trade/Chi-SKorea_e/CHL_KOR_FullText_e/CHL_KOR_FullText_e.pdf"),
    note=(f"{NOT_ENCODED} Signature read in the text: 'DONE in Seoul, on the fifteenth day of February of 2003'. Entry into force "
          "(1 April 2004) from the HUGGO list; the ToTA corpus metadata (xml/pta_47.xml) gives the same entry into force but "
          "2003-02-01 as the signature date, which the text contradicts."),
    parties={"KOR": {}, "CHL": {}})

add(id="EFTA-KOR", name="Free Trade Agreement between the EFTA States and the Republic of Korea", aliases=["EFTA-KOREA-FTA"],
    signed="2005-12-15", in_force="2006-09-01", checked="secondary",
    source=(f"{RECON} (row EFTKOR_2005O) for the dates; {RAW}EFTKOR_2005O.txt for the title, parties and signature clause; "
            "official text: https://www.efta.int/free-trade/free-trade-agreements/korea"),
    note=(f"{NOT_ENCODED} Signature read in the text: 'Done at Hong Kong, this 15th day of December 2005'. Entry into force "
          "(1 September 2006) from the HUGGO list and the ToTA corpus metadata (xml/pta_19.xml), which give one date for the "
          "Agreement; whether it entered into force for every EFTA State on that day was not checked."),
    parties={"ISL": {}, "LIE": {}, "NOR": {}, "CHE": {}, "KOR": {}})

_akfta_party = {"note": "The Agreement on Trade in Goods entered into force on 1 June 2007 (HUGGO list); it applied to each ASEAN "
                        "Member State as it completed its procedures, and the per-party dates were not checked."}
add(id="AKFTA", name=("Framework Agreement on Comprehensive Economic Cooperation among the Governments of the Member Countries "
                      "of the Association of Southeast Asian Nations and the Republic of Korea, and the agreements under it "
                      "(ASEAN-Korea Free Trade Area)"),
    aliases=["ASEAN-KOREA-FTA", "ASEAN-KOR"], signed="2005-12-13", in_force="2007-06-01", checked="unchecked",
    source=(f"{ADDIT} (row ASENKR_2005O: Framework Agreement) and {RECON} (rows ASEANK_2006O: Agreement on Trade in Goods; "
            "AS04KS_2007O: Agreement on Trade in Services); ToTA corpus metadata, https://github.com/mappingtreaties/tota, "
            "xml/pta_147.xml; official texts: https://cil.nus.edu.sg/wp-content/uploads/2019/02/2005-FA-on-Comprehensive-Econ-Coop-among-ASEAN-and-ROK-2.pdf"),
    note=(f"{NOT_ENCODED} The Framework Agreement was signed on 13 December 2005 and entered into force on 1 July 2006 (HUGGO "
          "list); it holds no tariff commitments. in_force holds the entry into force of the Agreement on Trade in Goods "
          "(signed 24 August 2006, in force 1 June 2007, HUGGO list); the Agreement on Trade in Services (signed 21 November "
          "2007) entered into force on 1 May 2009 (HUGGO list). The ToTA metadata gives 2006-08-24 and 2010-01-01 for the "
          "Agreement on Trade in Goods. Thailand's dates are from knowledge (see its note)."),
    parties={"KOR": {}, "BRN": _akfta_party, "KHM": _akfta_party, "IDN": _akfta_party, "LAO": _akfta_party,
             "MYS": _akfta_party, "MMR": _akfta_party, "PHL": _akfta_party, "SGP": _akfta_party, "VNM": _akfta_party,
             "THA": {"in_force": "2010-01-01", "accession": True,
                     "note": ("Thailand did not sign the Agreement on Trade in Goods in 2006; it acceded by a protocol signed in "
                              "2009. The date 1 January 2010 is from knowledge, not read (it is the date the ToTA metadata gives "
                              "for the Agreement as a whole).")}})

add(id="IND-KOR", name="Comprehensive Economic Partnership Agreement between the Republic of India and the Republic of Korea",
    aliases=["INDIA-KOREA-CEPA", "KOREA-INDIA-CEPA"], signed="2009-08-07", in_force="2010-01-01", checked="secondary",
    source=(f"{RECON} (row IND-KOR[KOR]_2009O) for the dates; {RAW}IND-KOR[KOR]_2009O.txt for the signature clause; official "
            "text: http://www.commerce.nic.in/trade/INDIA%20KOREA%20CEPA%202009.pdf"),
    note=(f"{NOT_ENCODED} Signature read in the text: 'DONE at Seoul, on the 7 th August 2009'. Entry into force (1 January "
          "2010) from the HUGGO list and the ToTA corpus metadata (xml/pta_404.xml). The copy read has no title page; the name "
          "follows the order of the Parties in its preamble."),
    parties={"IND": {}, "KOR": {}})

add(id="KOR-TUR", name="Framework Agreement establishing a Free Trade Area between the Republic of Korea and the Republic of Turkey",
    aliases=["KOREA-TURKEY-FTA"], signed="2012-08-01", in_force="2013-05-01", checked="secondary",
    source=(f"{RECON} (row KOR-TUR[KOR]_2012O) for the dates; {RAW}KOR-TUR[KRT]_2012O.txt for the title; official text: "
            "https://www.fta.go.kr//webmodule/_PSD_FTA/tr/1/02_tr_Hyeopjeongmun_eg.pdf"),
    note=(f"{NOT_ENCODED} Dates from the HUGGO list and the ToTA corpus metadata (xml/pta_399.xml), which agree; the copy read "
          "leaves the place and date of signature blank. The Framework Agreement came with an Agreement on Trade in Goods; "
          "from knowledge, not read, agreements on trade in services and on investment were signed in 2015 and entered into "
          "force in 2018."),
    parties={"KOR": {}, "TUR": {}})

_kca = "Per-party date from knowledge, not read."
add(id="KOR-CENTRAL-AMERICA", name="Free Trade Agreement between the Republic of Korea and the Republics of Central America",
    aliases=["KOREA-CENTRAL-AMERICA-FTA"], signed="2018-02-21", in_force="2019-10-01", checked="unchecked",
    source=(f"{ADDIT} (row CNTRAK_2018O) for the signature and first entry into force; {DESTA} (row 931 'Central America "
            "Korea') for the parties; official page: https://sde.gob.hn/2017/08/17/tlc-korea/"),
    note=(f"{NOT_ENCODED} Signature (21 February 2018) and first entry into force (1 October 2019) from the HUGGO list; the "
          "parties (Korea, Costa Rica, El Salvador, Honduras, Nicaragua, Panama) from the DESTA list. The Agreement entered "
          "into force party by party: the later dates for Costa Rica, El Salvador and Panama are from knowledge, not read. "
          "Guatemala, which took part in the negotiations, is not recorded as a party."),
    parties={"KOR": {}, "HND": {"note": _kca}, "NIC": {"note": _kca}, "CRI": {"in_force": "2019-11-01", "note": _kca},
             "SLV": {"in_force": "2020-01-01", "note": _kca}, "PAN": {"in_force": "2021-03-01", "note": _kca}})

add(id="KOR-ISR", name="Free Trade Agreement between the Government of the Republic of Korea and the Government of the State of Israel",
    aliases=["KOREA-ISRAEL-FTA"], signed="2021-05-12", in_force="2022-12-01", checked="unchecked",
    source="Korea's FTA portal (Ministry of Trade, Industry and Energy), https://www.fta.go.kr/main/situation/kfta/lov5/il/ (not read)",
    note=(f"{NOT_ENCODED} Name, signature and entry into force {KNOWLEDGE}; not confirmed in a list or text. The Agreement is "
          "not in the DESTA or HUGGO lists, which end before it."),
    parties={"KOR": {}, "ISR": {}})

add(id="KOR-KHM", name="Free Trade Agreement between the Government of the Republic of Korea and the Government of the Kingdom of Cambodia",
    aliases=["KOREA-CAMBODIA-FTA"], signed="2021-10-26", in_force="2022-12-01", checked="unchecked",
    source="Korea's FTA portal (Ministry of Trade, Industry and Energy), https://www.fta.go.kr/ (not read)",
    note=(f"{NOT_ENCODED} Name, signature and entry into force {KNOWLEDGE}; not confirmed in a list or text. The Agreement is "
          "not in the DESTA or HUGGO lists, which end before it."),
    parties={"KOR": {}, "KHM": {}})

add(id="IDN-KOR", name="Comprehensive Economic Partnership Agreement between the Republic of Indonesia and the Republic of Korea",
    aliases=["IK-CEPA", "KOREA-INDONESIA-CEPA"], signed="2020-12-18", in_force="2023-01-01", checked="secondary",
    source=(f"{ADDIT} (row IDN-KOR[KOR]_6176O); text: https://edit.wti.org/document/show/392df7ea-76c3-48bb-8c49-7014328a7a8f"),
    note=(f"{NOT_ENCODED} Signature (18 December 2020) and entry into force (1 January 2023) from the HUGGO list. The full name "
          "is from knowledge, not read; the order of the Parties in it was not checked."),
    parties={"IDN": {}, "KOR": {}})

add(id="KOR-PHL", name="Free Trade Agreement between the Government of the Republic of Korea and the Government of the Republic of the Philippines",
    aliases=["KOREA-PHILIPPINES-FTA"], signed="2023-09-07", in_force="2024-12-31", checked="unchecked",
    source="Korea's FTA portal (Ministry of Trade, Industry and Energy), https://www.fta.go.kr/ (not read)",
    note=(f"{NOT_ENCODED} Name, signature and entry into force {KNOWLEDGE}; not confirmed in a list or text. The Agreement is "
          "not in the DESTA or HUGGO lists, which end before it."),
    parties={"KOR": {}, "PHL": {}})

# ---------------------------------------------------------------- UK continuity agreements carrying an encoded EU agreement

_unread = ("No copy of the Agreement's text was read, so the incorporation is unchecked; from knowledge, the UK's continuity "
           "agreements reproduce the EU agreement's provisions, mutatis mutandis, either by incorporating them by reference "
           "or by restating them with modifications, and which of the two this Agreement does was not confirmed.")

add(id="GBR-KOR", name="Free Trade Agreement between the United Kingdom of Great Britain and Northern Ireland and the Republic of Korea",
    aliases=["UK-KOREA-FTA"], signed="2019-08-22", in_force="2021-01-01", checked="secondary",
    source=(f"{ADDIT} (row GBR-KOR[KOR]_2019O) and {CLEAN} (row 'Korea UK') for the dates; official text: "
            "https://www.gov.uk/government/publications/ukkorea-free-trade-agreement-with-exchange-of-notes-cs-korea-no12019"),
    incorporates="EU-KOR", incorporation_checked="unchecked",
    incorporation=("Not read: the Agreement carries the provisions of the EU-Korea FTA (EU-KOR) between the United Kingdom "
                   "and Korea, mutatis mutandis; the article that does so and its words were not read."),
    note=("A continuity agreement: it keeps the EU-Korea FTA's terms between the United Kingdom and Korea after the EU "
          "agreement ceased to apply to the United Kingdom (31 December 2020). Its cells are EU-KOR's, by reference, as they "
          f"stood when it was signed. Signature and entry into force from the HUGGO lists. {_unread} Any modification the "
          "Agreement makes to the EU-Korea e-commerce, financial-services or exceptions provisions was not checked."),
    parties={"GBR": {}, "KOR": {}})

add(id="GBR-CAN", name="Agreement on Trade Continuity between the United Kingdom of Great Britain and Northern Ireland and Canada",
    aliases=["UK-CANADA-TCA"], signed="2020-12-09", in_force="2021-04-01", checked="secondary",
    source=(f"{RAW}CAN-GBR[NA]_2020O.txt (a copy of the command paper Canada No. 1 (2020), CP 351, gov.uk) for the "
            f"incorporating article, Annex A and the signature clause; {CLEAN} (row 'Canada UK') for entry into force; "
            "official page: https://www.gov.uk/government/publications/ukcanada-agreement-on-trade-continuity-cs-canada-no12020"),
    incorporates="CETA", incorporation_checked="text",
    incorporation=("Article I.1 (Incorporation of CETA): 'The provisions of CETA are incorporated by reference into and made "
                   "part of this Agreement, mutatis mutandis, subject to the provisions of this Agreement, including the "
                   "modifications provided for in Annexes A and B.'"),
    note=("A continuity agreement: Article I incorporates CETA by reference. Signature read in the text: 'DONE in Duplicate at "
          "Ottawa this 9th day of December 2020'. Entry into force on 1 April 2021 from the HUGGO list (Article VII, read, "
          "allows provisional application from the day CETA ceased to apply to the United Kingdom; whether it was applied "
          "before 1 April 2021 was not checked). Annex A, read, modifies no article of CETA Chapter Sixteen (Electronic "
          "commerce) and none of the articles cited in the cells or their exceptions (6.8, 13.15, 13.16, 16.3, 16.4, 28.3.2, "
          "28.6): in Chapter Six it amends 6.13.3 and 6.13.4 and replaces 6.14; in Chapter Thirteen it deletes "
          "13.10.1(a)(i) and 13.10.2(a)(i) and adds a sentence to 13.18.1 and to 13.19.2; in Chapter Twenty-Eight it amends "
          "28.2, a cross-reference in 28.3.1, and 28.5 and 28.7.7(d), and deletes 28.4. Annex B (schedules) was not read. The "
          "cells are CETA's as they stood on signature; CETA's own in_force is its provisional application, and the same "
          "provisions apply here."),
    parties={"GBR": {}, "CAN": {}})

add(id="GBR-CHL", name="Agreement establishing an Association between the United Kingdom of Great Britain and Northern Ireland and the Republic of Chile",
    aliases=["UK-CHILE-AA"], signed="2019-01-30", in_force="2021-01-01", checked="secondary",
    source=(f"{CLEAN} (row 'Chile UK') for the dates; text: https://edit.wti.org/app.php/document/show/pdf/28bb4a96-b8c4-4507-9d21-60206627175d"),
    incorporates="EU-CHL", incorporation_checked="unchecked",
    incorporation=("Not read: the Agreement carries the provisions of the EU-Chile Association Agreement (EU-CHL) between the "
                   "United Kingdom and Chile, mutatis mutandis; the article that does so and its words were not read."),
    note=("A continuity agreement for the EU-Chile Association Agreement. Signature and entry into force from the HUGGO list. "
          f"{_unread}"),
    parties={"GBR": {}, "CHL": {}})

_andean = "One date for the Agreement in the HUGGO list; the per-party date was not checked."
add(id="GBR-COL-ECU-PER", name=("Trade Agreement between the United Kingdom of Great Britain and Northern Ireland, of the one part, "
                                "and the Republic of Colombia, the Republic of Ecuador and the Republic of Peru, of the other part"),
    aliases=["UK-ANDEAN-FTA"], signed="2019-05-15", in_force="2020-12-31", checked="unchecked",
    source=(f"{CLEAN} (row 'Andean Countries UK') and {ADDIT} (row ANDNCU_2019O) for the dates; official text: "
            "https://assets.publishing.service.gov.uk/media/5d025a8240f0b609aa67427e/MS_22.2019_Andean_Trade.pdf"),
    incorporates="EU-COL-PER", incorporation_checked="unchecked",
    incorporation=("Not read: the Agreement carries the provisions of the EU-Colombia/Peru/Ecuador Trade Agreement (EU-COL-PER) "
                   "between the United Kingdom and the three Andean countries, mutatis mutandis; the article that does so and "
                   "its words were not read."),
    note=("A continuity agreement for the EU Trade Agreement with Colombia, Peru and Ecuador. Signature (15 May 2019) and entry "
          "into force (31 December 2020, as the lists give it: the day the EU agreement ceased to apply to the United Kingdom) "
          f"from the HUGGO lists; the parties are from knowledge. {_unread}"),
    parties={"GBR": {}, "COL": {"note": _andean}, "ECU": {"note": _andean}, "PER": {"note": _andean}})

_uca = "One date for the Agreement in the HUGGO list; the per-party date was not checked."
add(id="GBR-CENTRAL-AMERICA", name=("Agreement establishing an Association between the United Kingdom of Great Britain and Northern "
                                    "Ireland, of the one part, and Central America, of the other part"),
    aliases=["UK-CENTRAL-AMERICA-AA"], signed="2019-07-18", in_force="2021-01-01", checked="unchecked",
    source=(f"{CLEAN} (row 'Central America UK') and {RECON} (row CNTRAU_2019O) for the dates; text: "
            "https://edit.wti.org/app.php/document/show/pdf/3aabb19a-d636-44d6-8086-a3297a8694be"),
    incorporates="EU-CENTRAL-AMERICA", incorporation_checked="unchecked",
    incorporation=("Not read: the Agreement carries the provisions of the EU-Central America Association Agreement "
                   "(EU-CENTRAL-AMERICA) between the United Kingdom and the Central American parties, mutatis mutandis; the "
                   "article that does so and its words were not read."),
    note=("A continuity agreement for the EU-Central America Association Agreement. Signature (18 July 2019) and entry into force "
          "(1 January 2021) from the HUGGO lists; the parties are from knowledge: Costa Rica, El Salvador, Honduras, Nicaragua "
          "and Panama. Guatemala is not recorded: whether and from when the Agreement applies to it was not confirmed. "
          f"{_unread}"),
    parties={"GBR": {}, "CRI": {"note": _uca}, "SLV": {"note": _uca}, "HND": {"note": _uca}, "NIC": {"note": _uca},
             "PAN": {"note": _uca}})

_car = "One date for the Agreement in the HUGGO list; the per-party date was not checked."
add(id="GBR-CARIFORUM", name=("Economic Partnership Agreement between the CARIFORUM States, of the one part, and the United Kingdom "
                              "of Great Britain and Northern Ireland, of the other part"),
    aliases=["UK-CARIFORUM-EPA"], signed="2019-03-22", in_force="2021-01-01", checked="unchecked",
    source=(f"{CLEAN} (row 'CARIFORUM UK') for the dates; official page: https://www.gov.uk/government/publications/"
            "ms-no182019-economic-partnership-agreement-between-the-cariforum-states-of-the-one-part-and-the-united-kingdom-of-gre"),
    incorporates="EU-CARIFORUM", incorporation_checked="unchecked",
    incorporation=("Not read: the Agreement carries the provisions of the EU-CARIFORUM Economic Partnership Agreement "
                   "(EU-CARIFORUM) between the United Kingdom and the CARIFORUM States, mutatis mutandis; the article that does "
                   "so and its words were not read."),
    note=("A continuity agreement for the EU-CARIFORUM Economic Partnership Agreement. Signature (22 March 2019) and entry into "
          "force (1 January 2021) from the HUGGO list (its other table gives no entry into force); the parties are from "
          "knowledge: the fourteen CARIFORUM States that apply the EU agreement (Haiti, which does not, is left out). Some "
          "states signed after 22 March 2019 (from knowledge, the Bahamas and Suriname among them); per-party dates were not "
          f"checked. {_unread}"),
    parties={"GBR": {}, **{c: {"note": _car} for c in ("ATG", "BHS", "BLZ", "BRB", "DMA", "DOM", "GRD", "GUY", "JAM", "KNA",
                                                        "LCA", "SUR", "TTO", "VCT")}})

add(id="GBR-GEO", name="Strategic Partnership and Cooperation Agreement between the United Kingdom of Great Britain and Northern Ireland and Georgia",
    aliases=["UK-GEORGIA-SPCA"], signed="2019-10-21", in_force="2020-12-31", checked="secondary",
    source=(f"{CLEAN} (row 'Georgia UK') and {ADDIT} (row GBR-GEO[NA]_2019O) for the dates; official page: "
            "https://www.economy.ge/?page=ecopolitic&s=12&lang=en"),
    incorporates="EU-GEO", incorporation_checked="unchecked",
    incorporation=("Not read: the Agreement carries the trade provisions of the EU-Georgia Association Agreement (EU-GEO) between "
                   "the United Kingdom and Georgia, mutatis mutandis; the article that does so and its words were not read."),
    note=("A continuity agreement for the EU-Georgia Association Agreement. Signature (21 October 2019) and entry into force "
          "(31 December 2020, as the lists give it: the day the EU agreement ceased to apply to the United Kingdom) from the "
          f"HUGGO lists. {_unread}"),
    parties={"GBR": {}, "GEO": {}})

# ---------------------------------------------------------------- UK agreements whose EU counterpart is not encoded

def uk(id, name, signed, in_force, row, url, rollover, parties, aliases=(), text=None, read=None, checked="secondary",
       extra="", dates="Signature and entry into force", **more):
    """A UK agreement known by name, parties and dates (HUGGO_clean.csv row `row`)."""
    source = f"{CLEAN} (row '{row}') for the dates"
    if text:
        source += f"; {RAW}{text} (a copy of the command paper) for {read}"
    source += f"; official page: {url}"
    note = f"{NOT_ENCODED} {rollover} {dates} from the HUGGO list"
    note += "." if not text else f"; {read} read in the text."
    add(id=id, name=name, aliases=list(aliases), signed=signed, in_force=in_force, checked=checked, source=source,
        note=(note + (" " + extra if extra else "")).strip(), parties=parties, **more)


_pa = "One date for the Agreement in the HUGGO list; the per-party date was not checked."

uk("GBR-MEX", "Trade Continuity Agreement between the United Kingdom of Great Britain and Northern Ireland and the United Mexican States",
   "2020-12-15", "2021-06-01", "Mexico UK", "https://www.gov.uk/government/publications/ukmexico-trade-continuity-agreement-cs-mexico-no12021",
   ("A continuity agreement: Article 3.1 (read) incorporates 'The trade-related provisions of the EU-Mexico EPPCCA in effect "
    "immediately before they cease to apply to the United Kingdom'; the EU-Mexico Economic Partnership, Political "
    "Coordination and Cooperation Agreement (1997) and its Joint Council decisions are not encoded, so this Agreement's "
    "provisions are not either."),
   {"GBR": {}, "MEX": {}}, aliases=["UK-MEXICO-TCA"], text="GBR-MEX[NA]_2020O.txt",
   read="the title, the place and date of signature ('Mexico City, 15 December 2020') and Article 3")

uk("GBR-CMR", ("Interim Agreement establishing an Economic Partnership Agreement between the United Kingdom of Great Britain and "
               "Northern Ireland, of the one part and the Republic of Cameroon, of the other part"),
   "2021-03-09", "2021-07-09", "Cameroon UK", "https://www.gov.uk/government/publications/ukcameroon-interim-agreement-establishing-an-economic-partnership-ms-no22021",
   ("It rolls over the EU-Central Africa interim Economic Partnership Agreement (encoded as EU-CMR, every cell absent); the "
    "copy read restates the text in full rather than incorporating the EU agreement by reference, and its provisions were "
    "not read for this catalogue."),
   {"GBR": {}, "CMR": {}}, aliases=["UK-CAMEROON-EPA"], text="CMR-GBR[NA]_2021O.txt",
   read="the title and the place and date of signature ('London, 9 March 2021')",
   extra="Whether the Agreement was applied before 9 July 2021 was not checked.")

uk("GBR-CIV", ("Stepping Stone Economic Partnership Agreement between the United Kingdom of Great Britain and Northern Ireland, "
               "of the one part, and Côte d'Ivoire, of the other part"),
   "2020-10-15", "2020-12-31", "Cote DIvoire UK", "https://www.gov.uk/government/publications/ukcote-divoire-stepping-stone-economic-partnership-agreement-cs-cote-divoire-no12020",
   ("It rolls over the EU-Côte d'Ivoire stepping stone Economic Partnership Agreement, restating its text in full (the copy "
    "read has its own articles, not an incorporation by reference)."),
   {"GBR": {}, "CIV": {}}, aliases=["UK-COTE-DIVOIRE-EPA"], text="CIV-GBR[CTD]_2020O.txt",
   read="the title and the place and date of signature ('London, 15 October 2020')")

uk("GBR-GHA", ("Interim Trade Partnership Agreement between the United Kingdom of Great Britain and Northern Ireland, of the one "
               "part and the Republic of Ghana, of the other part"),
   "2021-03-02", "2021-03-05", "Ghana UK", "https://www.gov.uk/government/publications/ukghana-interim-trade-partnership-agreement-cs-ghana-no12021",
   "It rolls over the EU-Ghana stepping stone Economic Partnership Agreement, restating its text in full.",
   {"GBR": {}, "GHA": {}}, aliases=["UK-GHANA-TPA"], text="GBR-GHA[NA]_2021O.txt",
   read="the title and the place and date of signature ('London, 2 March 2021')")

uk("GBR-KEN", ("Economic Partnership Agreement between the United Kingdom of Great Britain and Northern Ireland, of the one part, "
               "and the Republic of Kenya, a Member of the East African Community, of the other part"),
   "2020-12-08", "2021-03-22", "Kenya UK", "https://www.gov.uk/government/publications/economic-partnership-agreement-between-the-united-kingdom-of-great-britain-and-northern-ireland-of-the-one-part-and-t",
   ("It takes over the text of the EU-East African Community Economic Partnership Agreement (concluded but not in force), "
    "restated in full."),
   {"GBR": {}, "KEN": {}}, aliases=["UK-KENYA-EPA"], text="GBR-KEN[NA]_2020O.txt",
   read="the title and the place and date of signature ('London, 8 December 2020')",
   extra="Whether the Agreement was applied before 22 March 2021 was not checked.")

uk("GBR-TUR", "Free Trade Agreement between the United Kingdom of Great Britain and Northern Ireland and the Republic of Turkey",
   "2020-12-29", "2021-01-01", "Turkey UK", "https://www.gov.uk/government/publications/ukturkey-free-trade-agreement-cs-turkey-no12021",
   ("A free trade agreement with its own full text, continuing the preferential trade the United Kingdom had with Turkey "
    "through the EU-Turkey customs union arrangements (not encoded)."),
   {"GBR": {}, "TUR": {}}, aliases=["UK-TURKEY-FTA"], text="GBR-TUR[TRK]_2020O.txt",
   read="the title and the place and date of signature ('Ankara, 29 December 2020')")

uk("GBR-EGY", "Agreement establishing an Association between the United Kingdom of Great Britain and Northern Ireland and the Arab Republic of Egypt",
   "2020-12-05", "2021-01-01", "Egypt UK", "https://www.gov.uk/government/publications/ukegypt-agreement-establishing-an-association-cs-egypt-no12020",
   ("A continuity agreement: Article 3.1 (read) incorporates 'The provisions of the EU-Egypt Agreement in effect immediately "
    "before it ceases to apply to the United Kingdom'; the EU-Egypt Association Agreement is not encoded."),
   {"GBR": {}, "EGY": {}}, aliases=["UK-EGYPT-AA"], text="EGY-GBR[NA]_2020O.txt", read="the title and Article 3")

uk("GBR-ALB", "Partnership, Trade and Cooperation Agreement between the United Kingdom of Great Britain and Northern Ireland and the Republic of Albania",
   "2021-02-05", "2021-05-03", "Albania UK", "https://www.gov.uk/government/publications/ukalbania-partnership-trade-and-cooperation-agreement-cs-albania-no12021",
   ("A continuity agreement: Article 3.1 (read) incorporates 'The provisions of the EU-Albania Agreement in effect immediately "
    "before they cease to apply to the United Kingdom'; the EU-Albania Stabilisation and Association Agreement is not encoded."),
   {"GBR": {}, "ALB": {}}, aliases=["UK-ALBANIA-PTCA"], text="ALB-GBR[NA]_2021O.txt",
   read="the title, the place and date of signature ('Tirana, 5 February 2021') and Article 3")

uk("GBR-SRB", ("Partnership, Trade and Cooperation Agreement between the Government of the United Kingdom of Great Britain and "
               "Northern Ireland and the Government of the Republic of Serbia"),
   "2021-04-16", "2021-05-20", "Serbia UK", "https://www.gov.uk/government/publications/ukserbia-partnership-trade-and-cooperation-agreement-cs-serbia-no12021",
   ("A continuity agreement: Article 3.1 (read) incorporates 'The provisions of the EU-Serbia Agreement in effect immediately "
    "before they ceased to apply to the United Kingdom'; the EU-Serbia Stabilisation and Association Agreement is not encoded."),
   {"GBR": {}, "SRB": {}}, aliases=["UK-SERBIA-PTCA"], text="GBR-SRB[NA]_2021O.txt",
   read="the title, the place and date of signature ('Belgrade, 16 April 2021') and Article 3")

uk("GBR-MKD", "Partnership, Trade and Cooperation Agreement between the United Kingdom of Great Britain and Northern Ireland and the Republic of North Macedonia",
   "2020-12-03", "2021-01-01", "North Macedonia UK", "https://www.gov.uk/government/publications/uknorth-macedonia-partnership-trade-and-cooperation-agreement-cs-north-macedonia-no12020",
   ("A continuity agreement: Article 3.1 (read) incorporates 'The provisions of the EU-North Macedonia Agreement in effect "
    "immediately before they cease to apply to the United Kingdom'; the EU-North Macedonia Stabilisation and Association "
    "Agreement is not encoded."),
   {"GBR": {}, "MKD": {}}, aliases=["UK-NORTH-MACEDONIA-PTCA"], text="BR-MKD[NA]_2020O.txt",
   read="the title, the signature clause ('DONE in Duplicate at Skopje this third day of December 2020') and Article 3",
   checked="unchecked", dates="Signature",
   extra=("The HUGGO list gives no entry into force: 1 January 2021 (the day the EU agreement ceased to apply to the United "
          "Kingdom) is from knowledge, not read."))

uk("GBR-PSE", ("Interim Political, Trade and Partnership Agreement between the United Kingdom of Great Britain and Northern "
               "Ireland, of the one part, and the Palestine Liberation Organization (PLO) for the benefit of the Palestinian "
               "Authority of the West Bank and the Gaza Strip, of the other part"),
   "2019-02-18", "2021-01-01", "Palestinian Authority UK", "https://www.gov.uk/government/publications/ms-no142019-interim-political-trade-and-partnership-agreement-between-uk-and-plo-for-the-benefit-of-the-palestinian-a",
   ("A continuity agreement for the EU-Palestinian Authority interim Association Agreement (not encoded), whose provisions "
    "it incorporates."),
   {"GBR": {}, "PSE": {}}, aliases=["UK-PALESTINIAN-AUTHORITY-AGREEMENT"], text="GBR-PSE[PLA]_2019O.txt",
   read="the title and the place and date of signature ('Ramallah, 18 February 2019')")

uk("GBR-ISR", "Trade and Partnership Agreement between the United Kingdom of Great Britain and Northern Ireland and the State of Israel",
   "2019-02-18", "2021-01-01", "Israel UK", "https://edit.wti.org/app.php/document/show/pdf/3c5b93ad-9f45-4b57-baec-4d8b368f2db5",
   "A continuity agreement for the EU-Israel Association Agreement (not encoded). Its full name is from knowledge, not read.",
   {"GBR": {}, "ISR": {}}, aliases=["UK-ISRAEL-TPA"])

uk("GBR-JOR", "Association Agreement between the United Kingdom of Great Britain and Northern Ireland and the Hashemite Kingdom of Jordan",
   "2019-11-05", "2021-05-01", "Jordan UK", "https://edit.wti.org/app.php/document/show/pdf/2eaeee44-ce16-4ddb-ab16-430a59d03e63",
   "A continuity agreement for the EU-Jordan Association Agreement (not encoded). Its full name is from knowledge, not read.",
   {"GBR": {}, "JOR": {}}, aliases=["UK-JORDAN-AA"],
   extra="Whether the Agreement was applied before 1 May 2021 was not checked.")

uk("GBR-LBN", "Association Agreement between the United Kingdom of Great Britain and Northern Ireland and the Lebanese Republic",
   "2019-09-19", "2021-01-01", "Lebanon UK", "https://edit.wti.org/app.php/document/show/pdf/13700abe-555f-4763-bb5a-c469a775958c",
   "A continuity agreement for the EU-Lebanon Association Agreement (not encoded). Its full name is from knowledge, not read.",
   {"GBR": {}, "LBN": {}}, aliases=["UK-LEBANON-AA"])

uk("GBR-MAR", "Agreement establishing an Association between the United Kingdom of Great Britain and Northern Ireland and the Kingdom of Morocco",
   "2019-10-26", "2021-01-01", "Morocco UK", "https://edit.wti.org/app.php/document/show/pdf/e1684865-4919-4877-959b-163514c44ddb",
   "A continuity agreement for the EU-Morocco Association Agreement (not encoded). Its full name is from knowledge, not read.",
   {"GBR": {}, "MAR": {}}, aliases=["UK-MOROCCO-AA"])

uk("GBR-TUN", "Agreement establishing an Association between the United Kingdom of Great Britain and Northern Ireland and the Republic of Tunisia",
   "2019-10-04", "2021-01-01", "Tunisia UK", "https://edit.wti.org/app.php/document/show/pdf/97bdcbb1-e96c-4311-8126-25c5e24d9d87",
   "A continuity agreement for the EU-Tunisia Association Agreement (not encoded). Its full name is from knowledge, not read.",
   {"GBR": {}, "TUN": {}}, aliases=["UK-TUNISIA-AA"])

uk("GBR-CHE", "Trade Agreement between the United Kingdom of Great Britain and Northern Ireland and the Swiss Confederation",
   "2019-02-11", "2021-01-01", "Switzerland UK", "https://www.fedlex.admin.ch/eli/cc/2020/1071/de",
   ("A continuity agreement for the trade agreements between the EU and Switzerland (not encoded). Its full name is from "
    "knowledge, not read. Liechtenstein: an additional agreement signed on the same day extends certain provisions to it "
    "(HUGGO row 'Liechtenstein UK', same dates); it is recorded here as a party."),
   {"GBR": {}, "CHE": {}, "LIE": {"note": "By the additional agreement extending certain provisions of this Agreement to Liechtenstein (HUGGO row 'Liechtenstein UK': signed 2019-02-11, in force 2021-01-01)."}},
   aliases=["UK-SWITZERLAND-TA"])

uk("GBR-FRO", "Free Trade Agreement between the United Kingdom of Great Britain and Northern Ireland and the Kingdom of Denmark in respect of the Faroe Islands",
   "2019-01-31", "2021-01-01", "Faroe Islands UK", "https://www.gov.uk/government/publications/cs-denmark-no12019-ukdenmark-free-trade-agreement-in-respect-of-the-faroe-islands",
   "A continuity agreement for the EU-Faroe Islands agreement (not encoded). The Faroe Islands are recorded as the party (FRO).",
   {"GBR": {}, "FRO": {}}, aliases=["UK-FAROE-ISLANDS-FTA"])

uk("GBR-ESA", ("Interim Economic Partnership Agreement between the Eastern and Southern Africa States, on the one part, and the "
               "United Kingdom of Great Britain and Northern Ireland, on the other part"),
   "2019-01-31", "2021-01-01", "Eastern And Southern African States UK", "https://www.gov.uk/government/collections/esa-uk-economic-partnership-agreement-epa--2",
   ("A continuity agreement for the EU-Eastern and Southern Africa interim Economic Partnership Agreement (not encoded). "
    "Full name and parties (Madagascar, Mauritius, Seychelles, Zimbabwe) from knowledge, not read."),
   {"GBR": {}, **{c: {"note": _pa} for c in ("MDG", "MUS", "SYC", "ZWE")}}, aliases=["UK-ESA-EPA"], checked="unchecked")

uk("GBR-SACUM", ("Economic Partnership Agreement between the Southern African Customs Union Member States and Mozambique, of the "
                 "one part, and the United Kingdom of Great Britain and Northern Ireland, of the other part"),
   "2019-10-09", "2020-12-31", "Southern African Customs Union Mozambique (SACUM) UK",
   "https://www.gov.uk/government/publications/uksacu-and-mozambique-economic-partnership-agreement-ms-no342019",
   ("A continuity agreement for the EU-SADC Economic Partnership Agreement (not encoded; EU-ZAF in the data is the older EU-South "
    "Africa Trade, Development and Cooperation Agreement). Full name and parties (Botswana, Eswatini, Lesotho, Mozambique, "
    "Namibia, South Africa) from knowledge, not read. The HUGGO list gives 31 December 2020 as entry into force."),
   {"GBR": {}, **{c: {"note": _pa} for c in ("BWA", "SWZ", "LSO", "MOZ", "NAM", "ZAF")}}, aliases=["UK-SACUM-EPA"],
   checked="unchecked")

add(id="GBR-PACIFIC", name=("Interim Partnership Agreement between the Pacific States, of the one part, and the United Kingdom of "
                            "Great Britain and Northern Ireland, of the other part"),
    aliases=["UK-PACIFIC-EPA"], signed="2019-03-14", in_force="2021-01-01", checked="unchecked",
    source=(f"{CLEAN} (row 'Pacific States UK') and {ADDIT} (row PCFCSU_2019O); official page: https://www.gov.uk/government/"
            "publications/ms-no152019-interim-economic-partnership-agreement-between-the-united-kingdom-of-great-britain-and-northern-ireland-a"),
    note=(f"{NOT_ENCODED} A continuity agreement for the EU-Pacific States interim Partnership Agreement (not encoded). "
          "Signature (14 March 2019) from the HUGGO lists. The HUGGO lists give the year of entry into force only (2021); "
          "the day is not known. Full name and parties (Fiji, Papua New Guinea) from knowledge, not read; states that "
          "joined later are not recorded."),
    parties={"GBR": {}, "FJI": {}, "PNG": {}})

add(id="ISL-NOR-GBR", name="Agreement on Trade in Goods between Iceland, Norway and the United Kingdom of Great Britain and Northern Ireland",
    aliases=["UK-ICELAND-NORWAY-GOODS"], signed="2020-12-08", in_force="2021-01-01", checked="unchecked",
    ended="2022-09-01", ended_by="replaced by ISL-LIE-NOR-GBR",
    source=(f"{CLEAN} (row 'Iceland Norway UK') and {ADDIT} (row ICLNNU_2019O) for signature and entry into force; official "
            "page: https://www.government.is/topics/foreign-affairs/iceland-in-europe/brexit/contingency-trade-agreement/"),
    note=(f"{NOT_ENCODED} An interim goods agreement. Signature and entry into force from the HUGGO lists; its end, when the "
          "free trade agreement between Iceland, Liechtenstein, Norway and the United Kingdom entered into force, and its "
          "full name are from knowledge, not read."),
    parties={"ISL": {}, "NOR": {}, "GBR": {}})

add(id="ISL-LIE-NOR-GBR", name=("Free Trade Agreement between Iceland, the Principality of Liechtenstein and the Kingdom of Norway "
                                "and the United Kingdom of Great Britain and Northern Ireland"),
    aliases=["UK-EEA-EFTA-FTA"], signed="2021-07-08", in_force="2022-09-01", checked="unchecked",
    source=(f"{CLEAN} (row 'Iceland Liechtenstein Norway UK') and {ADDIT} for the signature; official page: "
            "https://www.gov.uk/government/publications/free-trade-agreement-between-iceland-the-principality-of-liechtenstein-and-the-kingdom-of-norway-and-the-united-kingd"),
    note=(f"{NOT_ENCODED} Signature (8 July 2021) from the HUGGO lists, which give no entry into force; 1 September 2022 is "
          "from knowledge, not read. The Agreement has, from knowledge, a digital trade chapter; it is not encoded."),
    parties={"ISL": {}, "LIE": {}, "NOR": {}, "GBR": {}})

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

# ---------------------------------------------------------------- Other agreements of RCEP, CPTPP, DEPA and USMCA
# parties and of the EU (step 3). Sources: ("tota", N) = ToTA corpus metadata xml/pta_N.xml; ("huggo", title) = a row of
# HUGGO_clean.csv; ("desta", N) = a row of DESTA.csv; ("knowledge", "") = the encoder's knowledge, not read.

ASEAN10 = ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM")
EFTA4 = ("ISL", "LIE", "NOR", "CHE")


def _src(kind, ref):
    if kind == "tota":
        return f"{TOTA}pta_{ref}.xml (metadata)"
    if kind == "huggo":
        return f"{CLEAN} (row '{ref}')"
    if kind == "desta":
        return f"{DESTA} (row {ref})"
    return ref


def _said(kind, ref):
    return {"tota": f"the ToTA corpus metadata (xml/pta_{ref}.xml)", "huggo": f"the HUGGO list (row '{ref}')",
            "desta": f"the DESTA list (row {ref})"}.get(kind, "knowledge")


def fta(id, name, parties, signed, in_force, sources, extra="", checked="secondary", aliases=(), url=None,
        party_notes=None, ended=None, ended_by=None, name_read=False):
    """A catalogue entry from the lists. `sources`: the lists the dates and parties come from, first the one used."""
    source = "; ".join(_src(k, r) for k, r in sources) + (f"; official text: {url}" if url else "")
    lists = " and ".join(_said(k, r) for k, r in sources if k != "knowledge")
    note = (f"{NOT_ENCODED} Dates and parties from {lists}." if lists
            else f"{NOT_ENCODED} Dates from knowledge, as are the parties; not read in a list or text.")
    if not name_read:
        note += " The name is the agreement's usual name; its full title was not read."
    if extra:
        note += " " + extra
    plurilateral = len(parties) > 2
    ps = {}
    for code in parties:
        p = dict((party_notes or {}).get(code, {}))
        if plurilateral and "note" not in p and "in_force" not in p and code != "EU":
            p["note"] = "One date for the Agreement in the lists; the per-party date was not checked."
        ps[code] = p
    e = dict(id=id, name=name, aliases=list(aliases), signed=signed, in_force=in_force, checked=checked, source=source,
             note=note, parties=ps)
    if ended:
        e.update(ended=ended, ended_by=ended_by)
    add(**e)


# --- ASEAN and its partners
fta("ACFTA", ("Agreement on Trade in Goods of the Framework Agreement on Comprehensive Economic Co-operation between the "
              "Association of Southeast Asian Nations and the People's Republic of China (ASEAN-China Free Trade Area)"),
    ASEAN10 + ("CHN",), "2004-11-29", "2005-01-01", [("tota", 38), ("desta", 67)], aliases=["ASEAN-CHINA-FTA"],
    extra=("The Framework Agreement itself was signed in 2002 (from knowledge); the dates here are the Agreement on Trade "
           "in Goods'. Its 2015 upgrading protocol is not recorded."))

_ajcep = "Per-party date from knowledge, not read."
fta("AJCEP", ("Agreement on Comprehensive Economic Partnership among Member States of the Association of Southeast Asian "
              "Nations and Japan"),
    ASEAN10 + ("JPN",), "2008-03-26", "2008-12-01", [("tota", 152), ("desta", 71)], checked="unchecked",
    aliases=["ASEAN-JAPAN-CEPA"],
    extra=("The Agreement entered into force on 1 December 2008 for Japan and the first ASEAN Member States to ratify; the "
           "later per-party dates are from knowledge, not read."),
    party_notes={"JPN": {}, "SGP": {"note": _ajcep}, "LAO": {"note": _ajcep}, "VNM": {"note": _ajcep},
                 "MMR": {"note": _ajcep}, "BRN": {"in_force": "2009-01-01", "note": _ajcep},
                 "MYS": {"in_force": "2009-02-01", "note": _ajcep}, "THA": {"in_force": "2009-06-01", "note": _ajcep},
                 "KHM": {"in_force": "2009-12-01", "note": _ajcep}, "PHL": {"in_force": "2010-07-01", "note": _ajcep},
                 "IDN": {"in_force": "2018-03-01", "note": _ajcep}})

fta("AIFTA", ("Agreement on Trade in Goods under the Framework Agreement on Comprehensive Economic Cooperation between the "
              "Association of Southeast Asian Nations and the Republic of India"),
    ASEAN10 + ("IND",), "2009-08-13", "2010-01-01", [("tota", 328), ("desta", 70)], aliases=["ASEAN-INDIA-FTA"],
    extra="From knowledge, several ASEAN Member States applied it later than 1 January 2010; per-party dates were not checked.")

_afta_acc = {"VNM": "1995", "LAO": "1997", "MMR": "1997", "KHM": "1999"}
fta("AFTA", ("ASEAN Free Trade Area: Agreement on the Common Effective Preferential Tariff Scheme for the ASEAN Free Trade "
             "Area (1992), superseded by the ASEAN Trade in Goods Agreement (2009)"),
    ASEAN10, "1992-01-28", "1993-01-01", [("tota", 115), ("desta", 64)], checked="unchecked", aliases=["ATIGA", "ASEAN-FTA"],
    extra=("The original parties were Brunei, Indonesia, Malaysia, the Philippines, Singapore and Thailand. From knowledge, "
           "not read: the ASEAN Trade in Goods Agreement (ATIGA), signed on 26 February 2009, replaced the 1992 Agreement on "
           "its entry into force on 17 May 2010; both are recorded under this entry."),
    party_notes={c: {"in_force": f"{y}-01-01", "accession": True,
                     "note": f"DESTA gives the year of accession only ({y}); the day is not known."} for c, y in _afta_acc.items()})

fta("APTA", "Asia-Pacific Trade Agreement (First Agreement on Trade Negotiations among Developing Member Countries of ESCAP, the Bangkok Agreement, as amended in 2005)",
    ("BGD", "CHN", "IND", "KOR", "LAO", "LKA"), "2005-11-02", "2006-09-01",
    [("huggo", "Asia Pacific Trade Agreement (Bangkok Agreement Amended)"), ("tota", 127), ("desta", 62)],
    aliases=["BANGKOK-AGREEMENT"],
    url="https://www.unescap.org/sites/default/files/2-1-First-Amendment-to-Bangkok-Agreement.pdf",
    extra=("A preferential (partial-scope) agreement. The dates are those of the amended Agreement; the Bangkok Agreement "
           "itself dates from 1975 (signed 1975-07-31, in force 1976-06-17, ToTA). Mongolia's accession (DESTA: 2013; "
           "from knowledge later) is not recorded."))

# --- Australia and New Zealand
add(id="ANZCERTA", name="Australia New Zealand Closer Economic Relations Trade Agreement", aliases=["CER"],
    in_force="1983-01-01", checked="secondary",
    source=(f"{CLEAN} (row 'Australia New Zealand (ANZCERTA)'); {TOTA}pta_122.xml (metadata); official text: "
            "https://www.dfat.gov.au/sites/default/files/anzcerta1.pdf"),
    note=(f"{NOT_ENCODED} Entry into force (1 January 1983) from the HUGGO list and the ToTA corpus metadata. The Agreement "
          "was signed after the date from which it took effect: the HUGGO list gives 28 March 1983, the ToTA metadata "
          "14 December 1982; no signature date is recorded for that reason."),
    parties={"AUS": {}, "NZL": {}})

fta("AUS-NZL-1965", "New Zealand-Australia Free Trade Agreement (1965)", ("AUS", "NZL"), "1965-08-31", "1966-01-01",
    [("huggo", "Australia New Zealand Free Trade Agreement"), ("desta", 79)],
    ended="1983-01-01", ended_by="replaced by ANZCERTA",
    extra="Its end (1 January 1983) is the date the HUGGO list gives, the entry into force of ANZCERTA.")

fta("SPARTECA", "South Pacific Regional Trade and Economic Co-operation Agreement",
    ("AUS", "NZL", "COK", "FJI", "FSM", "KIR", "MHL", "NIU", "NRU", "PNG", "SLB", "TON", "TUV", "VUT", "WSM"),
    "1980-07-14", "1981-01-01", [("huggo", "South Pacific Regional Trade And Economic Cooperation Agreement (SPARTECA)"),
                                 ("tota", 124)],
    extra=("A non-reciprocal agreement: Australia and New Zealand grant duty-free access to the Forum Island Countries. The "
           "date each island country joined was not checked."))

fta("AUS-IDN", "Indonesia-Australia Comprehensive Economic Partnership Agreement", ("AUS", "IDN"), "2019-03-04", "2020-07-05",
    [("huggo", "Australia Indonesia")], aliases=["IA-CEPA"],
    url="https://www.dfat.gov.au/trade/agreements/in-force/iacepa/iacepa-text/default")

fta("AUS-HKG", "Free Trade Agreement between Australia and Hong Kong, China", ("AUS", "HKG"), "2019-03-26", "2020-01-17",
    [("huggo", "Australia Hong Kong"), ("desta", 1015)], aliases=["A-HKFTA"])

fta("NZL-MYS", "Malaysia-New Zealand Free Trade Agreement", ("NZL", "MYS"), "2009-10-26", "2010-08-01",
    [("tota", 334), ("huggo", "New Zealand Malaysia")], aliases=["MNZFTA"])

# --- China
fta("CHN-HKG", "Mainland and Hong Kong Closer Economic Partnership Arrangement", ("CHN", "HKG"), "2003-06-29", "2003-06-29",
    [("tota", 51), ("desta", 220)], aliases=["CEPA-HK"],
    extra="From knowledge, not read: its tariff preferences applied from 1 January 2004; later supplements are not recorded.")

fta("CHN-MAC", "Mainland and Macao Closer Economic Partnership Arrangement", ("CHN", "MAC"), "2003-10-17", "2003-10-17",
    [("tota", 50), ("huggo", "China Macao China")], aliases=["CEPA-MACAO"],
    extra="The HUGGO list gives 1 January 2004 as the entry into force; the ToTA metadata's date is used.")

fta("CHN-PAK", "Free Trade Agreement between the Government of the People's Republic of China and the Government of the Islamic Republic of Pakistan",
    ("CHN", "PAK"), "2006-11-24", "2007-07-01", [("tota", 139), ("huggo", "Pakistan China")],
    extra="The 2003 early-harvest agreement and the 2019 second-phase protocol are not recorded.")

fta("CHN-SGP", "Free Trade Agreement between the Government of the People's Republic of China and the Government of the Republic of Singapore",
    ("CHN", "SGP"), "2008-10-23", "2009-01-01", [("tota", 336), ("huggo", "China Singapore")], aliases=["CSFTA"],
    extra="Its upgrade protocols (2018, 2023) are not recorded.")

fta("CHN-CRI", "Free Trade Agreement between the Government of the People's Republic of China and the Government of the Republic of Costa Rica",
    ("CHN", "CRI"), "2010-04-08", "2011-08-01", [("tota", 389), ("huggo", "China Costa Rica")])

fta("CHE-CHN", "Free Trade Agreement between the Swiss Confederation and the People's Republic of China", ("CHE", "CHN"),
    "2013-07-06", "2014-07-01", [("tota", 376), ("huggo", "Switzerland China")])

fta("CHL-CHN", "Free Trade Agreement between the Government of the People's Republic of China and the Government of the Republic of Chile",
    ("CHL", "CHN"), "2005-11-18", "2006-10-01", [("tota", 7), ("huggo", "Chile China")],
    extra="Its supplementary agreements (services 2008, investment 2012) and 2017 upgrade protocol are not recorded.")

# --- Japan
fta("JPN-VNM", "Agreement between Japan and the Socialist Republic of Viet Nam for an Economic Partnership", ("JPN", "VNM"),
    "2008-12-25", "2009-10-01", [("tota", 148), ("huggo", "Japan Viet Nam")], aliases=["JVEPA"],
    url="https://www.mofa.go.jp/region/asia-paci/vietnam/epa0812/agreement.pdf")
fta("JPN-IDN", "Agreement between Japan and the Republic of Indonesia for an Economic Partnership", ("JPN", "IDN"),
    "2007-08-20", "2008-07-01", [("tota", 149), ("huggo", "Japan Indonesia")], aliases=["JIEPA"],
    url="https://www.mofa.go.jp/region/asia-paci/indonesia/epa0708/agreement.pdf")
fta("IND-JPN", "Comprehensive Economic Partnership Agreement between the Republic of India and Japan", ("IND", "JPN"),
    "2011-02-16", "2011-08-01", [("tota", 150), ("huggo", "India Japan 2")], aliases=["IJCEPA"])
fta("JPN-MYS", "Agreement between the Government of Japan and the Government of Malaysia for an Economic Partnership",
    ("JPN", "MYS"), "2005-12-13", "2006-07-13", [("tota", 20), ("huggo", "Japan Malaysia")], aliases=["JMEPA"])
fta("JPN-MEX", "Agreement between Japan and the United Mexican States for the Strengthening of the Economic Partnership",
    ("JPN", "MEX"), "2004-09-17", "2005-04-01", [("tota", 34), ("huggo", "Japan Mexico")])
fta("BRN-JPN", "Agreement between Japan and Brunei Darussalam for an Economic Partnership", ("BRN", "JPN"),
    "2007-06-18", "2008-07-31", [("tota", 351), ("huggo", "Brunei Japan")])
fta("JPN-PER", "Agreement between Japan and the Republic of Peru for an Economic Partnership", ("JPN", "PER"),
    "2011-05-31", "2012-03-01", [("tota", 412), ("huggo", "Japan Peru")])
fta("CHL-JPN", "Agreement between Japan and the Republic of Chile for a Strategic Economic Partnership", ("CHL", "JPN"),
    "2007-03-27", "2007-09-03", [("tota", 3), ("huggo", "Chile Japan")])

# --- South and Southeast Asia, others
fta("IND-MYS", "Comprehensive Economic Cooperation Agreement between the Government of Malaysia and the Government of the Republic of India",
    ("IND", "MYS"), "2011-02-18", "2011-07-01", [("tota", 345), ("huggo", "India Malaysia")], aliases=["MICECA"])
fta("PAK-MYS", "Agreement between the Government of Malaysia and the Government of the Islamic Republic of Pakistan for a Closer Economic Partnership",
    ("PAK", "MYS"), "2007-11-08", "2008-01-01", [("tota", 161), ("huggo", "Pakistan Malaysia")])
fta("IDN-PAK", "Preferential Trade Agreement between the Government of the Republic of Indonesia and the Government of the Islamic Republic of Pakistan",
    ("IDN", "PAK"), "2012-02-03", "2013-09-01", [("huggo", "Indonesia Pakistan"), ("desta", 971)])
fta("SGP-TUR", "Free Trade Agreement between the Republic of Singapore and the Republic of Turkey", ("SGP", "TUR"),
    "2015-11-14", "2017-10-01", [("huggo", "Singapore Turkey"), ("desta", 962)])
fta("SGP-LKA", "Free Trade Agreement between the Government of the Republic of Singapore and the Government of the Democratic Socialist Republic of Sri Lanka",
    ("SGP", "LKA"), "2018-01-23", "2018-05-01", [("huggo", "Singapore Sri Lanka")], aliases=["SLSFTA"])
fta("EFTA-SGP", "Agreement between the EFTA States and Singapore", EFTA4 + ("SGP",), "2002-06-26", "2003-01-01",
    [("tota", 58), ("desta", 396)])
fta("EFTA-IDN", "Comprehensive Economic Partnership Agreement between the EFTA States and Indonesia", EFTA4 + ("IDN",),
    "2018-12-16", "2021-11-01", [("huggo", "EFTA Indonesia")], aliases=["IE-CEPA"])
fta("EFTA-PHL", "Free Trade Agreement between the EFTA States and the Philippines", EFTA4 + ("PHL",), "2016-04-28",
    "2018-06-01", [("huggo", "EFTA Philippines"), ("desta", 965)],
    extra="From knowledge, it entered into force for the EFTA States on different dates between 2018 and 2020; per-party dates were not checked.")

# --- Chile
fta("CHL-THA", "Free Trade Agreement between the Government of the Republic of Chile and the Government of the Kingdom of Thailand",
    ("CHL", "THA"), "2013-10-04", "2015-11-05", [("huggo", "Chile Thailand"), ("desta", 801)],
    url="http://www.sice.oas.org/Trade/CHL_THA_Final/CHL_THA_Index_e.asp")
fta("CHL-MYS", "Free Trade Agreement between the Government of Malaysia and the Government of the Republic of Chile",
    ("CHL", "MYS"), "2010-11-13", "2012-02-25", [("tota", 329), ("huggo", "Chile Malaysia")])
fta("CHL-IND", "Preferential Trade Agreement between the Republic of India and the Republic of Chile", ("CHL", "IND"),
    "2006-03-08", "2007-08-17", [("tota", 374), ("huggo", "Chile India")],
    extra="Its 2016 expansion protocol is not recorded.")
fta("TUR-CHL", "Free Trade Agreement between the Republic of Turkey and the Republic of Chile", ("TUR", "CHL"),
    "2009-07-14", "2011-03-01", [("tota", 344), ("huggo", "Turkey Chile")])
fta("CAN-CHL", "Canada-Chile Free Trade Agreement", ("CAN", "CHL"), "1996-12-05", "1997-07-05",
    [("tota", 101), ("huggo", "Canada Chile")], aliases=["CCFTA"],
    extra="Its later modernising amendments are not recorded.")
fta("EFTA-CHL", "Free Trade Agreement between the EFTA States and the Republic of Chile", EFTA4 + ("CHL",), "2003-06-26",
    "2004-12-01", [("tota", 39), ("huggo", "Chile EFTA")])
fta("CHL-MEX", "Free Trade Agreement between the Republic of Chile and the United Mexican States", ("CHL", "MEX"),
    "1998-04-17", "1999-08-01", [("tota", 71), ("huggo", "Chile Mexico")])
fta("PAN-CHL", "Free Trade Agreement between the Republic of Chile and the Republic of Panama", ("PAN", "CHL"),
    "2006-06-27", "2008-03-07", [("tota", 163), ("huggo", "Panama Chile")])
fta("CHL-PER", "Free Trade Agreement between the Republic of Chile and the Republic of Peru", ("CHL", "PER"),
    "2006-08-22", "2009-03-01", [("tota", 339), ("huggo", "Peru Chile")], aliases=["PERU-CHILE-FTA"])
fta("CHL-PER-1998", "Economic Complementation Agreement No. 38 between Chile and Peru", ("CHL", "PER"), "1998-06-22",
    "1998-07-01", [("huggo", "Chile Peru"), ("desta", 215)], aliases=["ACE-38"], ended="2009-02-28",
    ended_by="replaced by CHL-PER", extra="Its end (28 February 2009) is the date the HUGGO list gives.")
fta("CHL-CUB", "Economic Complementation Agreement No. 42 between Chile and Cuba", ("CHL", "CUB"), "1999-12-20",
    "2008-06-27", [("huggo", "Chile Cuba"), ("desta", 715)], aliases=["ACE-42"])
fta("CHL-MERCOSUR", "Economic Complementation Agreement No. 35 between the MERCOSUR States and Chile",
    ("CHL", "ARG", "BRA", "PRY", "URY"), "1996-06-25", "1996-10-01", [("huggo", "Chile MERCOSUR"), ("desta", 209)],
    aliases=["ACE-35"], url="http://www.sice.oas.org/Trade/msch/mschind.asp")
fta("CHL-ECU", "Economic Complementation Agreement No. 65 between Chile and Ecuador", ("CHL", "ECU"), "2008-03-10",
    "2010-01-25", [("huggo", "Chile Ecuador"), ("desta", 204)], aliases=["ACE-65"], ended="2022-05-16",
    ended_by="end date in the HUGGO list (reason not checked)",
    extra="Its end (16 May 2022) is the date the HUGGO list gives; what replaced it was not checked.")
_cca = "Per-party date from knowledge, not read (the Agreement applied bilaterally, by protocols, party by party)."
fta("CHL-CENTRAL-AMERICA", "Free Trade Agreement between Chile and Central America", ("CHL", "CRI", "SLV", "GTM", "HND", "NIC"),
    "1999-10-18", "2002-02-15", [("huggo", "Central America Chile"), ("tota", 49), ("desta", 183)], checked="unchecked",
    extra=("The HUGGO list gives 15 February 2002 and the ToTA metadata 1 June 2002 as entry into force; from knowledge, "
           "those are the dates for Costa Rica and El Salvador, and the other per-party dates are from knowledge too."),
    party_notes={"CHL": {}, "CRI": {"note": _cca}, "SLV": {"in_force": "2002-06-01", "note": _cca},
                 "HND": {"in_force": "2008-07-19", "note": _cca}, "GTM": {"in_force": "2010-03-23", "note": _cca},
                 "NIC": {"in_force": "2012-10-19", "note": _cca}})
fta("CHL-IDN", "Indonesia-Chile Comprehensive Economic Partnership Agreement", ("CHL", "IDN"), "2017-12-14", "2019-08-10",
    [("knowledge", f"{DESTA} (row 920, years only)")], checked="unchecked", aliases=["IC-CEPA"],
    extra="The exact dates are from knowledge; the DESTA list (row 920) gives only the years (2017, 2019).")

# --- Canada, Mexico, Peru, United States
fta("CAN-CRI", "Free Trade Agreement between the Government of Canada and the Government of the Republic of Costa Rica",
    ("CAN", "CRI"), "2001-04-23", "2002-11-01", [("tota", 59), ("huggo", "Canada Costa Rica Trade Agreement")])
fta("CAN-ISR", "Canada-Israel Free Trade Agreement", ("CAN", "ISR"), "1996-07-31", "1997-01-01",
    [("tota", 104), ("huggo", "Canada Israel")], aliases=["CIFTA"], extra="Its 2019 modernisation is not recorded.")
fta("EFTA-CAN", "Free Trade Agreement between Canada and the States of the European Free Trade Association", EFTA4 + ("CAN",),
    "2008-01-26", "2009-07-01", [("tota", 143), ("huggo", "Canada EFTA")],
    extra="The HUGGO list gives 2 July 2009 as entry into force; the ToTA metadata's 1 July 2009 is used.")
fta("EFTA-MEX", "Free Trade Agreement between the EFTA States and the United Mexican States", EFTA4 + ("MEX",), "2000-11-27",
    "2001-07-01", [("tota", 70), ("huggo", "EFTA Mexico")])
fta("MEX-URY", "Free Trade Agreement between the United Mexican States and the Eastern Republic of Uruguay", ("MEX", "URY"),
    "2003-11-15", "2004-07-15", [("tota", 382)])
fta("PER-MEX", "Trade Integration Agreement between the Republic of Peru and the United Mexican States", ("PER", "MEX"),
    "2011-04-06", "2012-02-01", [("tota", 383), ("huggo", "Peru Mexico")])
fta("BRA-MEX", "Economic Complementation Agreement No. 53 between Brazil and Mexico", ("BRA", "MEX"), "2002-07-03",
    "2003-05-02", [("huggo", "Brazil Mexico"), ("desta", 141)], aliases=["ACE-53"],
    url="http://www.sice.oas.org/Trade/MexBraACE53/SPA/acuerdo_s.asp", extra="A partial-scope agreement.")
fta("COL-MEX", "Free Trade Agreement between the United Mexican States and the Republic of Colombia (Group of Three)",
    ("COL", "MEX"), "1994-06-13", "1995-01-01", [("tota", 381), ("desta", 908)], aliases=["G3"],
    extra="Venezuela, an original party, withdrew in 2006 (from knowledge, not read) and is not recorded.")
fta("CRI-PER", "Free Trade Agreement between the Republic of Costa Rica and the Republic of Peru", ("CRI", "PER"),
    "2011-05-26", "2013-06-01", [("tota", 406), ("huggo", "Costa Rica Peru")])
fta("PAN-PER", "Free Trade Agreement between the Republic of Panama and the Republic of Peru", ("PAN", "PER"),
    "2011-05-25", "2012-05-01", [("tota", 407), ("huggo", "Panama Peru")])
fta("HND-PER", "Free Trade Agreement between the Republic of Honduras and the Republic of Peru", ("HND", "PER"),
    "2015-05-29", "2017-01-01", [("huggo", "Honduras Peru"), ("desta", 919)],
    url="http://www.sice.oas.org/Trade/CACM_PER/HND_PER/HND_PER_Index_s.asp")
fta("MERCOSUR-PER", "Economic Complementation Agreement No. 58 between the MERCOSUR States and Peru",
    ("PER", "ARG", "BRA", "PRY", "URY"), "2005-11-30", "2006-02-06", [("huggo", "MERCOSUR Peru"), ("desta", 606)],
    aliases=["ACE-58"], url="http://www.sice.oas.org/Trade/MRCSRPerACE58/ACE.asp",
    extra="From knowledge, it applied bilaterally between Peru and each MERCOSUR State from different dates; per-party dates were not checked.")
fta("USA-ISR", "Agreement on the Establishment of a Free Trade Area between the Government of Israel and the Government of the United States of America",
    ("USA", "ISR"), "1985-04-22", "1985-08-19", [("tota", 121), ("huggo", "US Israel")])
fta("CRI-MEX", "Free Trade Agreement between the United Mexican States and the Republic of Costa Rica", ("CRI", "MEX"),
    "1994-04-05", "1995-01-01", [("tota", 18)], ended="2013-07-01",
    ended_by="replaced by the Mexico-Central America Free Trade Agreement",
    extra="The ToTA metadata marks it inactive from 1 July 2013, when the Mexico-Central America agreement replaced it.")
fta("MEX-NORTHERN-TRIANGLE", "Free Trade Agreement between the United Mexican States and the Republics of El Salvador, Guatemala and Honduras",
    ("MEX", "SLV", "GTM", "HND"), "2000-06-29", "2001-03-15", [("tota", 22)], ended="2013-09-01",
    ended_by="replaced by the Mexico-Central America Free Trade Agreement",
    extra="The ToTA metadata marks it inactive from 1 September 2013 (per-party ends not checked).")
fta("MEX-NIC", "Free Trade Agreement between the United Mexican States and the Republic of Nicaragua", ("MEX", "NIC"),
    "1997-12-18", "1998-07-01", [("tota", 28)], ended="2012-09-01",
    ended_by="replaced by the Mexico-Central America Free Trade Agreement",
    extra="The ToTA metadata marks it inactive from 1 September 2012.")

# --- European Union
def eu(id, name, partners, signed, in_force, sources, **kw):
    fta(id, name, ("EU",) + tuple(partners), signed, in_force, sources, **kw)


_interim = ("in_force holds the date the ToTA metadata gives, from which the trade provisions applied (an interim agreement or "
            "provisional application)")
eu("EU-DZA", "Euro-Mediterranean Agreement establishing an Association between the European Community and its Member States, of the one part, and the People's Democratic Republic of Algeria, of the other part",
   ["DZA"], "2002-04-22", "2005-09-01", [("tota", 16), ("huggo", "Algeria EC Euro-Med Association Agreement")], aliases=["EU-ALGERIA-AA"])
eu("EU-EGY", "Euro-Mediterranean Agreement establishing an Association between the European Communities and their Member States, of the one part, and the Arab Republic of Egypt, of the other part",
   ["EGY"], "2001-06-25", "2004-06-01", [("tota", 40), ("huggo", "EC Egypt Euro-Med Association Agreement")], aliases=["EU-EGYPT-AA"])
eu("EU-LBN", "Euro-Mediterranean Agreement establishing an Association between the European Community and its Member States, of the one part, and the Republic of Lebanon, of the other part",
   ["LBN"], "2002-06-17", "2003-03-01", [("tota", 57), ("huggo", "EC Lebanon Euro-Med Association Agreement")], aliases=["EU-LEBANON-AA"],
   extra=f"{_interim}; the HUGGO list gives 1 April 2006, the Agreement's full entry into force.")
eu("EU-JOR", "Euro-Mediterranean Agreement establishing an Association between the European Communities and their Member States, of the one part, and the Hashemite Kingdom of Jordan, of the other part",
   ["JOR"], "1997-11-24", "2002-05-01", [("tota", 61), ("huggo", "EC Jordan Euro-Med Association Agreement")], aliases=["EU-JORDAN-AA"])
eu("EU-MAR", "Euro-Mediterranean Agreement establishing an Association between the European Communities and their Member States, of the one part, and the Kingdom of Morocco, of the other part",
   ["MAR"], "1996-02-26", "2000-03-01", [("tota", 83), ("huggo", "EC Morocco Euro-Med Association Agreement")], aliases=["EU-MOROCCO-AA"])
eu("EU-ISR", "Euro-Mediterranean Agreement establishing an Association between the European Communities and their Member States, of the one part, and the State of Israel, of the other part",
   ["ISR"], "1995-11-20", "2000-06-01", [("tota", 84), ("huggo", "EC Israel Euro-Med Association Agreement")], aliases=["EU-ISRAEL-AA"])
eu("EU-TUN", "Euro-Mediterranean Agreement establishing an Association between the European Communities and their Member States, of the one part, and the Republic of Tunisia, of the other part",
   ["TUN"], None, "1998-03-01", [("tota", 98), ("huggo", "EC Tunisia Euro-Med Association Agreement")], aliases=["EU-TUNISIA-AA"],
   extra="The two lists disagree on the signature (ToTA 1995-07-07, HUGGO 1995-07-19), so none is recorded; both give 1 March 1998 for entry into force.")
eu("EU-PSE", "Euro-Mediterranean Interim Association Agreement on Trade and Cooperation between the European Community, of the one part, and the Palestine Liberation Organization (PLO) for the benefit of the Palestinian Authority of the West Bank and the Gaza Strip, of the other part",
   ["PSE"], "1997-02-24", "1997-07-01", [("tota", 102)], aliases=["EU-PALESTINIAN-AUTHORITY-IAA"])
eu("EU-MEX", "Economic Partnership, Political Coordination and Cooperation Agreement between the European Community and its Member States, of the one part, and the United Mexican States, of the other part",
   ["MEX"], "1997-12-08", "2000-07-01", [("tota", 65), ("huggo", "EC Mexico")], aliases=["EU-MEXICO-GLOBAL-AGREEMENT"],
   extra=("The free trade in goods it provides for was set by Decision No 2/2000 of the EU-Mexico Joint Council (the HUGGO "
          "list's row dates that decision, 23 March 2000), applied from 1 July 2000. Its modernisation (agreed 2018, "
          "signed later) is not recorded."))
eu("EU-TUR", "Decision No 1/95 of the EC-Turkey Association Council on implementing the final phase of the Customs Union",
   ["TUR"], "1995-03-06", "1996-01-01", [("tota", 109), ("huggo", "EC Turkey")], aliases=["EU-TURKEY-CU"],
   extra="A customs union for industrial goods under the 1963 Ankara Agreement. The HUGGO list gives 1995-12-22 and 1995-12-31; the ToTA metadata's dates are used.")
eu("EEA", "Agreement on the European Economic Area", ["ISL", "LIE", "NOR"], "1992-05-02", "1994-01-01",
   [("tota", 105), ("huggo", "European Economic Area (EEA)")], checked="unchecked",
   party_notes={"ISL": {}, "NOR": {}, "LIE": {"in_force": "1995-05-01", "note": "Date from knowledge, not read."}},
   extra="The HUGGO list dates the signature 1993-03-17 (the adjusting protocol); the ToTA metadata's 1992-05-02 is used. Liechtenstein's later date is from knowledge.")
eu("EU-CHE", "Agreement between the European Economic Community and the Swiss Confederation (1972)", ["CHE", "LIE"],
   "1972-07-22", "1973-01-01", [("tota", 131)], aliases=["EU-SWITZERLAND-FTA"],
   extra="The 1972 free trade agreement on industrial goods, which the ToTA metadata lists with Liechtenstein as a party; the later bilateral agreements are not recorded.")
eu("EU-SMR", "Agreement on Cooperation and Customs Union between the European Economic Community and the Republic of San Marino",
   ["SMR"], "1991-12-16", "2002-04-01", [("tota", 322), ("huggo", "EC San Marino")])
eu("EU-MKD", "Stabilisation and Association Agreement between the European Communities and their Member States, of the one part, and the former Yugoslav Republic of Macedonia, of the other part",
   ["MKD"], "2001-04-09", "2001-06-01", [("tota", 68), ("huggo", "EC Macedonia Stabilisation And Association Agreement")],
   aliases=["EU-NORTH-MACEDONIA-SAA"], extra=f"{_interim}; the HUGGO list gives 1 April 2004, the Agreement's full entry into force.")
eu("EU-ALB", "Stabilisation and Association Agreement between the European Communities and their Member States, of the one part, and the Republic of Albania, of the other part",
   ["ALB"], "2006-06-12", "2006-12-01", [("tota", 11), ("huggo", "EC Albania")], aliases=["EU-ALBANIA-SAA"],
   extra=f"{_interim}; the HUGGO list gives 1 April 2009, the Agreement's full entry into force (and 6 December 2006 as its date).")
eu("EU-MNE", "Stabilisation and Association Agreement between the European Communities and their Member States, of the one part, and the Republic of Montenegro, of the other part",
   ["MNE"], "2007-10-15", "2008-01-01", [("tota", 140), ("huggo", "EC Montenegro Stabilisation And Association Agreement")],
   aliases=["EU-MONTENEGRO-SAA"], extra=f"{_interim}; the HUGGO list gives 1 May 2010, the Agreement's full entry into force.")
eu("EU-SRB", "Stabilisation and Association Agreement between the European Communities and their Member States, of the one part, and the Republic of Serbia, of the other part",
   ["SRB"], "2008-04-29", "2010-02-01", [("tota", 402), ("huggo", "EC Serbia Stabilisation And Association Agreement")],
   aliases=["EU-SERBIA-SAA"], extra=f"{_interim}; the HUGGO list gives 1 September 2013, the Agreement's full entry into force.")
eu("EU-BIH", "Stabilisation and Association Agreement between the European Communities and their Member States, of the one part, and Bosnia and Herzegovina, of the other part",
   ["BIH"], "2008-06-16", "2008-07-01", [("huggo", "EC Bosnia Herzegovina"), ("desta", 130)], checked="unchecked",
   aliases=["EU-BOSNIA-SAA"],
   extra=("The HUGGO row is the Interim Agreement on trade (applied from 1 July 2008, ended 31 May 2015); from knowledge, not "
          "read, the Stabilisation and Association Agreement itself entered into force on 1 June 2015 and took it over."))
eu("EU-ESA", "Interim Agreement establishing a framework for an Economic Partnership Agreement between the Eastern and Southern Africa States, on the one part, and the European Community and its Member States, on the other part",
   ["MDG", "MUS", "SYC", "ZWE"], "2009-08-29", "2012-05-14", [("tota", 332)], aliases=["EU-ESA-IEPA"],
   extra="Comoros, which joined later, is not recorded.")
eu("EU-SADC", "Economic Partnership Agreement between the European Union and its Member States, of the one part, and the SADC EPA States, of the other part",
   ["BWA", "LSO", "MOZ", "NAM", "ZAF", "SWZ"], "2016-06-10", "2016-10-10",
   [("huggo", "EC South African Development Community (SADC) EPA"), ("desta", 978)], aliases=["EU-SADC-EPA"],
   extra="From knowledge, Mozambique applied it later (2018); per-party dates were not checked.")
eu("EU-ARM", "Comprehensive and Enhanced Partnership Agreement between the European Union and the European Atomic Energy Community and their Member States, of the one part, and the Republic of Armenia, of the other part",
   ["ARM"], "2017-11-24", "2021-03-01", [("huggo", "Armenia EC"), ("desta", 867)], aliases=["EU-ARMENIA-CEPA"],
   url="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:22018A0126(01)",
   extra="Not a free trade agreement (no tariff preferences), but with trade and services titles.")
eu("EU-FRO", "Agreement between the European Community, of the one part, and the Government of Denmark and the Home Government of the Faroe Islands, of the other part",
   ["FRO"], "1996-06-12", "1997-01-01", [("huggo", "EC Faroe Islands"), ("desta", 307)], aliases=["EU-FAROE-ISLANDS"])
eu("EU-VNM", "Free Trade Agreement between the European Union and the Socialist Republic of Viet Nam", ["VNM"], "2019-06-30",
   "2020-08-01", [("huggo", "EC Viet Nam"), ("desta", 877)], checked="unchecked", aliases=["EVFTA"],
   url="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:22020A0612(01)",
   extra=("The HUGGO list gives 2020-01-08 as entry into force, apparently with day and month swapped: 1 August 2020 is "
          "used, from knowledge. The Agreement has an e-commerce chapter; it is not encoded."))
_pac = "Date from knowledge, not read."
eu("EU-PACIFIC", "Interim Partnership Agreement between the European Community, of the one part, and the Pacific States, of the other part",
   ["PNG", "FJI"], "2009-07-30", "2009-12-20", [("desta", 979)], checked="unchecked", aliases=["EU-PACIFIC-IEPA"],
   extra=("DESTA gives the years only (2009); the signature and the per-party dates are from knowledge. Samoa, the Solomon "
          "Islands and Tonga, which joined later, are not recorded."),
   party_notes={"PNG": {"note": _pac}, "FJI": {"in_force": "2014-07-28", "note": _pac + " Fiji signed on 11 December 2009."}})
eu("EU-NZL", "Free Trade Agreement between the European Union and New Zealand", ["NZL"], "2023-07-09", "2024-05-01",
   [("knowledge", "European Commission, https://policy.trade.ec.europa.eu/eu-trade-relationships-country-and-region/countries-and-regions/new-zealand_en (not read)")],
   checked="unchecked", aliases=["EU-NZ-FTA"],
   extra="Not in the DESTA or HUGGO lists. The Agreement has a digital trade chapter; it is not encoded.")
eu("EU-KEN", "Economic Partnership Agreement between the Republic of Kenya, Member of the East African Community, of the one part, and the European Union, of the other part",
   ["KEN"], "2023-12-18", "2024-07-01",
   [("knowledge", "European Commission, https://policy.trade.ec.europa.eu/eu-trade-relationships-country-and-region/countries-and-regions/kenya_en (not read)")],
   checked="unchecked", aliases=["EU-KENYA-EPA"], extra="Not in the DESTA or HUGGO lists.")

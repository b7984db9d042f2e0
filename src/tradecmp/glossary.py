"""Words for people reading the data outside tradecmp: a title and a description of each provision key (as
docs/data-format.md gives them), for the lookup tables of the SQLite export."""

from __future__ import annotations

# key: (title, what it covers)
PROVISIONS: dict[str, tuple[str, str]] = {
    "cross-border-data-flows": ("Cross-border data flows", "cross-border transfer of information by electronic means"),
    "data-localisation": ("Data localisation", "location of computing facilities as a condition of doing business"),
    "financial-data": ("Financial data", "transfer and processing of financial information by financial-services suppliers (CPTPP Annex 11-B Section B)"),
    "financial-localisation": ("Financial localisation", "location of financial-services computing facilities as a condition of doing business (USMCA 17.18, USJDTA 13)"),
    "personal-information": ("Personal information", "a legal framework protecting personal information of e-commerce users"),
    "open-government-data": ("Open government data", "making government information available as open data"),
    "customs-duties": ("Customs duties", "customs duties on electronic transmissions"),
    "non-discrimination": ("Non-discrimination", "non-discriminatory treatment of digital products"),
    "source-code": ("Source code", "no forced transfer of, or access to, software source code (algorithms says whether algorithms are covered)"),
    "ict-cryptography": ("ICT products using cryptography", "no forced disclosure of cryptography in ICT goods"),
    "interactive-computer-services": ("Interactive computer services", "limits on liability of online intermediaries for third-party content"),
    "consumer-protection": ("Consumer protection", "online consumer protection laws"),
    "unsolicited-messages": ("Unsolicited messages", "unsolicited commercial electronic messages (spam)"),
    "cybersecurity": ("Cybersecurity", "cybersecurity capacity and cooperation"),
    "internet-access": ("Internet access", "principles on access to and use of the internet"),
    "electronic-authentication": ("Electronic authentication", "legal validity of electronic signatures and authentication"),
    "paperless-trading": ("Paperless trading", "accepting trade administration documents in electronic form"),
    "electronic-transactions": ("Electronic transactions", "a domestic legal framework for electronic transactions (UNCITRAL model law)"),
    "e-invoicing": ("E-invoicing", "interoperable electronic invoicing"),
    "e-payments": ("E-payments", "electronic payments"),
    "digital-identity": ("Digital identity", "digital identities"),
    "artificial-intelligence": ("Artificial intelligence", "AI governance frameworks"),
    "fintech": ("Fintech", "financial technology cooperation"),
}

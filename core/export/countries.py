"""Country codes ACLED's columns need: ISO alpha-3 for event ids, ISO numeric for `iso`, region.

Only the countries Marsad's gazetteer and lexicons cover, and their neighbours; an unknown
country gets empty codes rather than a guess.
"""

from __future__ import annotations

# English name as ACLED writes it -> (ISO 3166-1 alpha-3, numeric, ACLED region)
COUNTRIES: dict[str, tuple[str, int, str]] = {
    "Yemen": ("YEM", 887, "Middle East"), "Saudi Arabia": ("SAU", 682, "Middle East"),
    "Syria": ("SYR", 760, "Middle East"), "Iraq": ("IRQ", 368, "Middle East"),
    "Lebanon": ("LBN", 422, "Middle East"), "Palestine": ("PSE", 275, "Middle East"),
    "Israel": ("ISR", 376, "Middle East"), "Jordan": ("JOR", 400, "Middle East"),
    "Iran": ("IRN", 364, "Middle East"), "Oman": ("OMN", 512, "Middle East"),
    "United Arab Emirates": ("ARE", 784, "Middle East"), "Kuwait": ("KWT", 414, "Middle East"),
    "Bahrain": ("BHR", 48, "Middle East"), "Qatar": ("QAT", 634, "Middle East"),
    "Turkey": ("TUR", 792, "Middle East"), "Egypt": ("EGY", 818, "Northern Africa"),
    "Libya": ("LBY", 434, "Northern Africa"), "Tunisia": ("TUN", 788, "Northern Africa"),
    "Algeria": ("DZA", 12, "Northern Africa"), "Morocco": ("MAR", 504, "Northern Africa"),
    "Sudan": ("SDN", 729, "Northern Africa"), "South Sudan": ("SSD", 728, "Eastern Africa"),
    "Somalia": ("SOM", 706, "Eastern Africa"), "Djibouti": ("DJI", 262, "Eastern Africa"),
    "Eritrea": ("ERI", 232, "Eastern Africa"), "Ethiopia": ("ETH", 231, "Eastern Africa"),
    "Mauritania": ("MRT", 478, "Western Africa"),
}  # fmt: skip
REGIONS: dict[str, str] = {name: region for name, (_, _, region) in COUNTRIES.items()}


def country_codes(country: str) -> tuple[str, int | None]:
    """(alpha-3, numeric) for an ACLED country name; ("", None) when unknown."""
    entry = COUNTRIES.get(country)
    return (entry[0], entry[1]) if entry else ("", None)


def region_of(country: str) -> str:
    return REGIONS.get(country, "")

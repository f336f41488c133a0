"""Countries, their adjectives and their capitals, for telling where a speaker is from.

"South Korea's", "South Korean", "Seoul's" and "Korean" all say South Korea; a capital used
as a metonym ("Seoul's finance ministry", "Beijing said") is how news names governments.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from onrecord.db.extract.wordlist import word_pattern

# country: (adjectives and other names, capital and seat-of-government cities)
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "South Korea": (("South Korean", "Korean", "Korea", "ROK", "Republic of Korea"), ("Seoul", "Sejong")),
    "North Korea": (("North Korean", "DPRK"), ("Pyongyang",)),
    "China": (("Chinese", "PRC"), ("Beijing",)),
    "Japan": (("Japanese",), ("Tokyo",)),
    "United States": (("U.S.", "US", "American", "United States of America", "America"), ("Washington",)),
    "United Kingdom": (("UK", "U.K.", "British", "Britain"), ("London",)),
    "Taiwan": (("Taiwanese",), ("Taipei",)),
    "India": (("Indian",), ("New Delhi", "Delhi")),
    "Russia": (("Russian",), ("Moscow",)),
    "Germany": (("German",), ("Berlin",)),
    "France": (("French",), ("Paris",)),
    "Italy": (("Italian",), ("Rome",)),
    "Spain": (("Spanish",), ("Madrid",)),
    "Canada": (("Canadian",), ("Ottawa",)),
    "Australia": (("Australian",), ("Canberra",)),
    "New Zealand": (("New Zealander",), ("Wellington",)),
    "Vietnam": (("Vietnamese", "Viet Nam"), ("Hanoi",)),
    "Indonesia": (("Indonesian",), ("Jakarta",)),
    "Singapore": (("Singaporean",), ()),
    "Malaysia": (("Malaysian",), ("Kuala Lumpur",)),
    "Thailand": (("Thai",), ("Bangkok",)),
    "Philippines": (("Philippine", "Filipino"), ("Manila",)),
    "Mongolia": (("Mongolian",), ("Ulaanbaatar",)),
    "Kazakhstan": (("Kazakh",), ("Astana",)),
    "Uzbekistan": (("Uzbek",), ("Tashkent",)),
    "Saudi Arabia": (("Saudi",), ("Riyadh",)),
    "United Arab Emirates": (("UAE", "Emirati"), ("Abu Dhabi",)),
    "Qatar": (("Qatari",), ("Doha",)),
    "Turkey": (("Turkish", "Turkiye", "Türkiye"), ("Ankara",)),
    "Israel": (("Israeli",), ("Jerusalem",)),
    "Egypt": (("Egyptian",), ("Cairo",)),
    "South Africa": (("South African",), ("Pretoria",)),
    "Nigeria": (("Nigerian",), ("Abuja",)),
    "Kenya": (("Kenyan",), ("Nairobi",)),
    "Brazil": (("Brazilian",), ("Brasilia",)),
    "Mexico": (("Mexican",), ("Mexico City",)),
    "Argentina": (("Argentine", "Argentinian"), ("Buenos Aires",)),
    "Chile": (("Chilean",), ("Santiago",)),
    "Poland": (("Polish",), ("Warsaw",)),
    "Ukraine": (("Ukrainian",), ("Kyiv", "Kiev")),
    "Netherlands": (("Dutch",), ("The Hague", "Amsterdam")),
    "Sweden": (("Swedish",), ("Stockholm",)),
    "Norway": (("Norwegian",), ("Oslo",)),
    "Pakistan": (("Pakistani",), ("Islamabad",)),
    "Bangladesh": (("Bangladeshi",), ("Dhaka",)),
    "European Union": (("EU", "E.U.", "European"), ("Brussels",)),
    "Morocco": (("Moroccan",), ("Rabat",)),
    "Algeria": (("Algerian",), ("Algiers",)),
    "Tunisia": (("Tunisian",), ("Tunis",)),
    "Ethiopia": (("Ethiopian",), ("Addis Ababa",)),
    "Ghana": (("Ghanaian",), ("Accra",)),
    "Senegal": (("Senegalese",), ("Dakar",)),
    "Tanzania": (("Tanzanian",), ("Dodoma", "Dar es Salaam")),
    "Uganda": (("Ugandan",), ("Kampala",)),
    "Rwanda": (("Rwandan",), ("Kigali",)),
    "Angola": (("Angolan",), ("Luanda",)),
    "Mozambique": (("Mozambican",), ("Maputo",)),
    "Zambia": (("Zambian",), ("Lusaka",)),
    "Zimbabwe": (("Zimbabwean",), ("Harare",)),
    "Cote d'Ivoire": (("Ivorian", "Ivory Coast"), ("Abidjan", "Yamoussoukro")),
    "Laos": (("Lao", "Laotian"), ("Vientiane",)),
    "Cambodia": (("Cambodian",), ("Phnom Penh",)),
    "Myanmar": (("Myanmarese", "Burmese"), ("Naypyitaw",)),
    "Brunei": (("Bruneian",), ("Bandar Seri Begawan",)),
    "Timor-Leste": (("Timorese", "East Timor"), ("Dili",)),
    "Sri Lanka": (("Sri Lankan", "Lankan"), ("Colombo",)),
    "Nepal": (("Nepali", "Nepalese"), ("Kathmandu",)),
    "Maldives": (("Maldivian",), ("Male",)),
    "Afghanistan": (("Afghan",), ("Kabul",)),
    "Iran": (("Iranian",), ("Tehran",)),
    "Iraq": (("Iraqi",), ("Baghdad",)),
    "Jordan": (("Jordanian",), ("Amman",)),
    "Lebanon": (("Lebanese",), ("Beirut",)),
    "Syria": (("Syrian",), ("Damascus",)),
    "Kuwait": (("Kuwaiti",), ()),
    "Oman": (("Omani",), ("Muscat",)),
    "Bahrain": (("Bahraini",), ("Manama",)),
    "Azerbaijan": (("Azerbaijani",), ("Baku",)),
    "Georgia": (("Georgian",), ("Tbilisi",)),
    "Armenia": (("Armenian",), ("Yerevan",)),
    "Kyrgyzstan": (("Kyrgyz",), ("Bishkek",)),
    "Tajikistan": (("Tajik",), ("Dushanbe",)),
    "Turkmenistan": (("Turkmen",), ("Ashgabat",)),
    "Belgium": (("Belgian",), ()),
    "Switzerland": (("Swiss",), ("Bern",)),
    "Austria": (("Austrian",), ("Vienna",)),
    "Portugal": (("Portuguese",), ("Lisbon",)),
    "Ireland": (("Irish",), ("Dublin",)),
    "Denmark": (("Danish",), ("Copenhagen",)),
    "Finland": (("Finnish",), ("Helsinki",)),
    "Greece": (("Greek",), ("Athens",)),
    "Czech Republic": (("Czech", "Czechia"), ("Prague",)),
    "Hungary": (("Hungarian",), ("Budapest",)),
    "Romania": (("Romanian",), ("Bucharest",)),
    "Bulgaria": (("Bulgarian",), ("Sofia",)),
    "Serbia": (("Serbian",), ("Belgrade",)),
    "Croatia": (("Croatian",), ("Zagreb",)),
    "Slovakia": (("Slovak",), ("Bratislava",)),
    "Slovenia": (("Slovenian",), ("Ljubljana",)),
    "Estonia": (("Estonian",), ("Tallinn",)),
    "Latvia": (("Latvian",), ("Riga",)),
    "Lithuania": (("Lithuanian",), ("Vilnius",)),
    "Belarus": (("Belarusian",), ("Minsk",)),
    "Iceland": (("Icelandic",), ("Reykjavik",)),
    "Luxembourg": (("Luxembourgish",), ()),
    "Peru": (("Peruvian",), ("Lima",)),
    "Colombia": (("Colombian",), ("Bogota", "Bogotá")),
    "Venezuela": (("Venezuelan",), ("Caracas",)),
    "Ecuador": (("Ecuadorian",), ("Quito",)),
    "Bolivia": (("Bolivian",), ("La Paz", "Sucre")),
    "Paraguay": (("Paraguayan",), ("Asuncion", "Asunción")),
    "Uruguay": (("Uruguayan",), ("Montevideo",)),
    "Cuba": (("Cuban",), ("Havana",)),
    "Panama": (("Panamanian",), ()),
    "Costa Rica": (("Costa Rican",), ("San Jose", "San José")),
    "Guatemala": (("Guatemalan",), ()),
    "Jamaica": (("Jamaican",), ("Kingston",)),
    "Papua New Guinea": (("Papua New Guinean",), ("Port Moresby",)),
    "Fiji": (("Fijian",), ("Suva",)),
    "Bhutan": (("Bhutanese",), ("Thimphu",)),
    "Cyprus": (("Cypriot",), ("Nicosia",)),
    "Malta": (("Maltese",), ("Valletta",)),
    "Libya": (("Libyan",), ("Tripoli",)),
    "Sudan": (("Sudanese",), ("Khartoum",)),
    "South Sudan": (("South Sudanese",), ("Juba",)),
    "Yemen": (("Yemeni",), ("Sanaa",)),
    "Palestine": (("Palestinian",), ("Ramallah",)),
    "Cameroon": (("Cameroonian",), ("Yaounde", "Yaoundé")),
    "Namibia": (("Namibian",), ("Windhoek",)),
    "Botswana": (("Botswanan",), ("Gaborone",)),
    "Democratic Republic of the Congo": (("DR Congo", "DRC", "Congolese"), ("Kinshasa",)),
    "Somalia": (("Somali",), ("Mogadishu",)),
    "Djibouti": (("Djiboutian",), ()),
    "Eritrea": (("Eritrean",), ("Asmara",)),
    "Mali": (("Malian",), ("Bamako",)),
    "Niger": (("Nigerien",), ("Niamey",)),
    "Burkina Faso": (("Burkinabe",), ("Ouagadougou",)),
    "Sierra Leone": (("Sierra Leonean",), ("Freetown",)),
    "Liberia": (("Liberian",), ("Monrovia",)),
    "Madagascar": (("Malagasy",), ("Antananarivo",)),
    "Mauritius": (("Mauritian",), ("Port Louis",)),
    "Malawi": (("Malawian",), ("Lilongwe",)),
    "Moldova": (("Moldovan",), ("Chisinau",)),
    "Albania": (("Albanian",), ("Tirana",)),
    "North Macedonia": (("Macedonian",), ("Skopje",)),
    "Montenegro": (("Montenegrin",), ("Podgorica",)),
    "Bosnia and Herzegovina": (("Bosnian", "Bosnia"), ("Sarajevo",)),
    "Dominican Republic": (("Dominican",), ("Santo Domingo",)),
    "Haiti": (("Haitian",), ("Port-au-Prince",)),
    "Honduras": (("Honduran",), ("Tegucigalpa",)),
    "El Salvador": (("Salvadoran",), ("San Salvador",)),
    "Nicaragua": (("Nicaraguan",), ("Managua",)),
    "Trinidad and Tobago": (("Trinidadian",), ("Port of Spain",)),
    "Solomon Islands": (("Solomon Islander",), ("Honiara",)),
    "Samoa": (("Samoan",), ("Apia",)),
    "Tonga": (("Tongan",), ()),
    "Vanuatu": (("Vanuatuan",), ()),
    "Vatican": (("Holy See",), ()),
    "Andorra": (("Andorran",), ("Andorra la Vella",)),
    "Bahamas": (("Bahamian", "The Bahamas"), ("Nassau",)),
    "Barbados": (("Barbadian",), ("Bridgetown",)),
    "Belize": (("Belizean",), ("Belmopan",)),
    "Benin": (("Beninese",), ("Porto-Novo", "Cotonou")),
    "Burundi": (("Burundian",), ("Gitega", "Bujumbura")),
    "Comoros": (("Comorian",), ()),
    "Republic of the Congo": (("Congo-Brazzaville",), ("Brazzaville",)),
    "Eswatini": (("Swazi", "Swaziland"), ("Mbabane",)),
    "Gabon": (("Gabonese",), ("Libreville",)),
    "Gambia": (("Gambian", "The Gambia"), ("Banjul",)),
    "Grenada": (("Grenadian",), ()),
    "Guinea": (("Guinean",), ("Conakry",)),
    "Guinea-Bissau": (("Bissau-Guinean",), ("Bissau",)),
    "Equatorial Guinea": (("Equatoguinean",), ("Malabo",)),
    "Guyana": (("Guyanese",), ("Georgetown",)),
    "Kiribati": (("I-Kiribati",), ("Tarawa",)),
    "Kosovo": (("Kosovar",), ("Pristina",)),
    "Lesotho": (("Basotho",), ("Maseru",)),
    "Liechtenstein": (("Liechtensteiner",), ("Vaduz",)),
    "Mauritania": (("Mauritanian",), ("Nouakchott",)),
    "Micronesia": (("Micronesian",), ("Palikir",)),
    "Monaco": (("Monegasque",), ()),
    "Nauru": (("Nauruan",), ()),
    "Palau": (("Palauan",), ()),
    "Seychelles": (("Seychellois",), ()),  # not "Victoria": a first name too
    "Suriname": (("Surinamese",), ("Paramaribo",)),
    "Togo": (("Togolese",), ("Lome", "Lomé")),
    "Tuvalu": (("Tuvaluan",), ("Funafuti",)),
    "Cape Verde": (("Cape Verdean", "Cabo Verde"), ("Praia",)),
    "San Marino": (("Sammarinese",), ()),
    "Marshall Islands": (("Marshallese",), ("Majuro",)),
    "Cook Islands": (("Cook Islander",), ("Avarua",)),
    "Antigua and Barbuda": (("Antiguan",), ("St John's",)),
    "Saint Lucia": (("Saint Lucian", "St Lucia"), ("Castries",)),
    "Central African Republic": (("Central African", "CAR"), ("Bangui",)),
    "Sao Tome and Principe": (("Sao Tome", "São Tomé"), ()),
}

# Surface form -> country, longest forms first so "South Korean" wins over "Korean".
_FORMS: dict[str, str] = {}
for _country, (_names, _capitals) in COUNTRIES.items():
    for _form in (_country, *_names, *_capitals):
        _FORMS.setdefault(_form, _country)
_FORM_PATTERN = re.compile(r"(?<![\w.])(" + word_pattern(_FORMS) + r")(?![\w])")
CITIES = {city for _names, capitals in COUNTRIES.values() for city in capitals} | {
    "Busan", "Incheon", "Shanghai", "Osaka", "Geneva", "New York", "Davos", "Hong Kong",
    "Singapore", "Jeju", "Hiroshima", "Kyoto", "Nagoya", "Guangzhou", "Shenzhen", "Chengdu",
    "Vienna", "Bali", "Lima", "San Francisco", "Los Angeles", "Chicago", "Paris", "Tianjin",
}


# The same few names are looked up many times per report: remember the answers.
@lru_cache(maxsize=8192)
def country_of(form: str) -> str | None:
    """The country a name, adjective or capital stands for ("Seoul's" -> "South Korea")."""
    form = re.sub(r"['’]s?$", "", form.strip())
    found = _FORMS.get(form)
    if found is None and not form.isascii():
        found = _FORMS.get(anyascii(form))  # "Việt Nam" as Vietnam's own press writes it
    return found


@lru_cache(maxsize=8192)
def is_country_word(word: str) -> bool:
    """A country's name or adjective ("Korean"); capitals are not, since Sofia and
    Santiago are also people's first names."""
    country = country_of(word)
    return bool(country) and re.sub(r"['’]s?$", "", word.strip()) not in COUNTRIES[country][1]


@lru_cache(maxsize=8192)
def first_country_in(text: str) -> str | None:
    match = _FORM_PATTERN.search(text)
    return _FORMS[match.group(1)] if match else None


def adjective_of(country: str) -> str:
    """The adjective news uses for a country's government: "South Korean", "Japanese"."""
    names = COUNTRIES.get(country, ((), ()))[0]
    if country == "United States":
        return country  # "the US government": "American" names two continents too
    return next((n for n in names if n[:1].isupper() and not n.isupper() and " of " not in n
                 and n.endswith(("an", "ese", "ish", "i", "ch", "ian", "ic"))), None) \
        or next((n for n in names if n.isalpha() and n[:1].isupper() and not n.isupper()
                 # ("Kazakh", "Swiss", "Greek"; "New Zealander" names a person, not the adjective)
                 and not n.endswith("er")), country)

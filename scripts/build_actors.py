"""Build checker/data/actors.json, the gazetteer of actors: every country and territory, its capital, seats of
government and demonyms, in French and English, and the main international organisations.

Country names come from the CLDR data that `babel` ships (babel.Locale.parse('fr'|'en').territories); capitals,
demonyms, metonyms, organisations and institution nouns are general knowledge written below. Nothing here is about
one story. Run once after editing the tables: .venv/bin/python scripts/build_actors.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import babel

OUT = Path(__file__).resolve().parent.parent / "checker" / "data" / "actors.json"

# Codes babel lists that are not ISO 3166-1 countries or territories: groupings, pseudo-locales, and the codes
# ISO only reserves (Ascension, Clipperton, Sark, Diego Garcia, Ceuta and Melilla, Canaries, Tristan da Cunha).
NOT_TERRITORIES = {"EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}

# Territories that are not UN member states (dependencies, observers, partly recognised states). The other 193
# codes are the member states; the script checks the count.
NOT_UN_MEMBERS = set(
    "AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF "
    "NU PF PM PN PR PS RE SH SJ SX TC TF TK TW UM VA VG VI WF XK YT".split()
)

# Capitals (and, after the first name, other seats of government), French | English. Every UN member state, plus
# the observers and partly recognised states most in the news. Variants separated by commas.
CAPITALS = {
    "AD": "Andorre-la-Vieille | Andorra la Vella",
    "AE": "Abou Dhabi, Abu Dhabi | Abu Dhabi",
    "AF": "Kaboul | Kabul",
    "AG": "Saint John's | Saint John's, St. John's",
    "AL": "Tirana | Tirana",
    "AM": "Erevan, Yerevan | Yerevan",
    "AO": "Luanda | Luanda",
    "AR": "Buenos Aires | Buenos Aires",
    "AT": "Vienne | Vienna",
    "AU": "Canberra | Canberra",
    "AZ": "Bakou | Baku",
    "BA": "Sarajevo | Sarajevo",
    "BB": "Bridgetown | Bridgetown",
    "BD": "Dacca, Dhaka | Dhaka",
    "BE": "Bruxelles | Brussels",
    "BF": "Ouagadougou | Ouagadougou",
    "BG": "Sofia | Sofia",
    "BH": "Manama | Manama",
    "BI": "Gitega, Bujumbura | Gitega, Bujumbura",
    "BJ": "Porto-Novo, Cotonou | Porto-Novo, Cotonou",
    "BN": "Bandar Seri Begawan | Bandar Seri Begawan",
    "BO": "Sucre, La Paz | Sucre, La Paz",
    "BR": "Brasilia, Brasília | Brasília, Brasilia",
    "BS": "Nassau | Nassau",
    "BT": "Thimphou | Thimphu",
    "BW": "Gaborone | Gaborone",
    "BY": "Minsk | Minsk",
    "BZ": "Belmopan | Belmopan",
    "CA": "Ottawa | Ottawa",
    "CD": "Kinshasa | Kinshasa",
    "CF": "Bangui | Bangui",
    "CG": "Brazzaville | Brazzaville",
    "CH": "Berne | Bern, Berne",
    "CI": "Yamoussoukro, Abidjan | Yamoussoukro, Abidjan",
    "CL": "Santiago, Santiago du Chili | Santiago",
    "CM": "Yaoundé | Yaoundé",
    "CN": "Pékin, Beijing | Beijing",
    "CO": "Bogota | Bogotá",
    "CR": "San José | San José",
    "CU": "La Havane, Havane | Havana",
    "CV": "Praia | Praia",
    "CY": "Nicosie | Nicosia",
    "CZ": "Prague | Prague",
    "DE": "Berlin | Berlin",
    "DJ": "Djibouti | Djibouti",
    "DK": "Copenhague | Copenhagen",
    "DM": "Roseau | Roseau",
    "DO": "Saint-Domingue | Santo Domingo",
    "DZ": "Alger | Algiers",
    "EC": "Quito | Quito",
    "EE": "Tallinn | Tallinn",
    "EG": "Le Caire, Caire | Cairo",
    "ER": "Asmara | Asmara",
    "ES": "Madrid | Madrid",
    "ET": "Addis-Abeba | Addis Ababa",
    "FI": "Helsinki | Helsinki",
    "FJ": "Suva | Suva",
    "FM": "Palikir | Palikir",
    "FR": "Paris | Paris",
    "GA": "Libreville | Libreville",
    "GB": "Londres | London",
    "GD": "Saint-Georges | St. George's",
    "GE": "Tbilissi | Tbilisi",
    "GH": "Accra | Accra",
    "GM": "Banjul | Banjul",
    "GN": "Conakry | Conakry",
    "GQ": "Malabo | Malabo",
    "GR": "Athènes | Athens",
    "GT": "Guatemala | Guatemala City",
    "GW": "Bissau | Bissau",
    "GY": "Georgetown | Georgetown",
    "HN": "Tegucigalpa | Tegucigalpa",
    "HR": "Zagreb | Zagreb",
    "HT": "Port-au-Prince | Port-au-Prince",
    "HU": "Budapest | Budapest",
    "ID": "Jakarta | Jakarta",
    "IE": "Dublin | Dublin",
    "IL": "Jérusalem | Jerusalem",
    "IN": "New Delhi, Nouvelle-Delhi | New Delhi",
    "IQ": "Bagdad | Baghdad",
    "IR": "Téhéran | Tehran",
    "IS": "Reykjavik | Reykjavik",
    "IT": "Rome | Rome",
    "JM": "Kingston | Kingston",
    "JO": "Amman | Amman",
    "JP": "Tokyo | Tokyo",
    "KE": "Nairobi | Nairobi",
    "KG": "Bichkek | Bishkek",
    "KH": "Phnom Penh | Phnom Penh",
    "KI": "Tarawa | Tarawa, South Tarawa",
    "KM": "Moroni | Moroni",
    "KN": "Basseterre | Basseterre",
    "KP": "Pyongyang | Pyongyang",
    "KR": "Séoul | Seoul",
    "KW": "Koweït City, Koweït | Kuwait City",
    "KZ": "Astana | Astana",
    "LA": "Vientiane | Vientiane",
    "LB": "Beyrouth | Beirut",
    "LC": "Castries | Castries",
    "LI": "Vaduz | Vaduz",
    "LK": "Sri Jayawardenepura Kotte, Colombo | Sri Jayawardenepura Kotte, Colombo",
    "LR": "Monrovia | Monrovia",
    "LS": "Maseru | Maseru",
    "LT": "Vilnius | Vilnius",
    "LU": "Luxembourg | Luxembourg",
    "LV": "Riga | Riga",
    "LY": "Tripoli | Tripoli",
    "MA": "Rabat | Rabat",
    "MC": "Monaco | Monaco",
    "MD": "Chisinau, Chișinău | Chisinau, Chișinău",
    "ME": "Podgorica | Podgorica",
    "MG": "Antananarivo, Tananarive | Antananarivo",
    "MH": "Majuro | Majuro",
    "MK": "Skopje | Skopje",
    "ML": "Bamako | Bamako",
    "MM": "Naypyidaw, Naypyitaw | Naypyidaw, Nay Pyi Taw",
    "MN": "Oulan-Bator | Ulaanbaatar, Ulan Bator",
    "MR": "Nouakchott | Nouakchott",
    "MT": "La Valette | Valletta",
    "MU": "Port-Louis | Port Louis",
    "MV": "Malé | Malé",
    "MW": "Lilongwe | Lilongwe",
    "MX": "Mexico | Mexico City",
    "MY": "Kuala Lumpur, Putrajaya | Kuala Lumpur, Putrajaya",
    "MZ": "Maputo | Maputo",
    "NA": "Windhoek | Windhoek",
    "NE": "Niamey | Niamey",
    "NG": "Abuja | Abuja",
    "NI": "Managua | Managua",
    "NL": "Amsterdam, La Haye | Amsterdam, The Hague",
    "NO": "Oslo | Oslo",
    "NP": "Katmandou | Kathmandu",
    "NR": "Yaren | Yaren",
    "NZ": "Wellington | Wellington",
    "OM": "Mascate | Muscat",
    "PA": "Panama | Panama City",
    "PE": "Lima | Lima",
    "PG": "Port Moresby | Port Moresby",
    "PH": "Manille | Manila",
    "PK": "Islamabad | Islamabad",
    "PL": "Varsovie | Warsaw",
    "PT": "Lisbonne | Lisbon",
    "PW": "Ngerulmud | Ngerulmud",
    "PY": "Asuncion | Asunción",
    "QA": "Doha | Doha",
    "RO": "Bucarest | Bucharest",
    "RS": "Belgrade | Belgrade",
    "RU": "Moscou | Moscow",
    "RW": "Kigali | Kigali",
    "SA": "Riyad, Riyadh | Riyadh",
    "SB": "Honiara | Honiara",
    "SC": "Victoria | Victoria",
    "SD": "Khartoum | Khartoum",
    "SE": "Stockholm | Stockholm",
    "SG": "Singapour | Singapore",
    "SI": "Ljubljana | Ljubljana",
    "SK": "Bratislava | Bratislava",
    "SL": "Freetown | Freetown",
    "SM": "Saint-Marin | San Marino",
    "SN": "Dakar | Dakar",
    "SO": "Mogadiscio | Mogadishu",
    "SR": "Paramaribo | Paramaribo",
    "SS": "Djouba, Juba | Juba",
    "ST": "Sao Tomé | São Tomé",
    "SV": "San Salvador | San Salvador",
    "SY": "Damas | Damascus",
    "SZ": "Mbabane, Lobamba | Mbabane, Lobamba",
    "TD": "N'Djamena, Ndjamena | N'Djamena, Ndjamena",
    "TG": "Lomé | Lomé",
    "TH": "Bangkok | Bangkok",
    "TJ": "Douchanbé | Dushanbe",
    "TL": "Dili | Dili",
    "TM": "Achgabat | Ashgabat",
    "TN": "Tunis | Tunis",
    "TO": "Nuku'alofa | Nuku'alofa",
    "TR": "Ankara | Ankara",
    "TT": "Port-d'Espagne | Port of Spain",
    "TV": "Funafuti | Funafuti",
    "TZ": "Dodoma | Dodoma",
    "UA": "Kiev, Kyiv | Kyiv, Kiev",
    "UG": "Kampala | Kampala",
    "US": "Washington, Washington DC, Washington D.C. | Washington, Washington DC, Washington D.C.",
    "UY": "Montevideo | Montevideo",
    "UZ": "Tachkent | Tashkent",
    "VC": "Kingstown | Kingstown",
    "VE": "Caracas | Caracas",
    "VN": "Hanoï | Hanoi",
    "VU": "Port-Vila | Port Vila",
    "WS": "Apia | Apia",
    "YE": "Sanaa | Sanaa, Sana'a",
    "ZA": "Pretoria | Pretoria",
    "ZM": "Lusaka | Lusaka",
    "ZW": "Harare | Harare",
    # observers and partly recognised states
    "PS": "Ramallah | Ramallah",
    "TW": "Taipei, Taïpei | Taipei",
    "VA": "Cité du Vatican | Vatican City",
    "XK": "Pristina | Pristina",
}

# Names worth adding to babel's, French | English ("" for none).
EXTRA_NAMES = {
    "AE": "Émirats, EAU | Emirates, UAE",
    "BA": "Bosnie | Bosnia",
    "BF": "Burkina | Burkina",
    "BY": "Bélarus | Belarus",
    "CD": "RDC, RD Congo, République démocratique du Congo, Congo-Kinshasa | DRC, DR Congo, "
    "Democratic Republic of the Congo, Democratic Republic of Congo",
    "CF": "RCA, Centrafrique | CAR",
    "CG": "République du Congo, Congo-Brazzaville | Republic of the Congo, Republic of Congo",
    "CI": "Côte-d'Ivoire | Ivory Coast",
    "CN": "République populaire de Chine | People's Republic of China, PRC",
    "CV": "Cabo Verde | Cabo Verde",
    "CZ": "République tchèque | Czech Republic",
    "FR": "République française | French Republic",
    "GB": "Grande-Bretagne, Irlande du Nord | UK, U.K., Britain, Great Britain, Northern Ireland",
    "GN": "Guinée-Conakry | Guinea-Conakry",
    "IQ": "Iraq | ",
    "KG": "Kirghizistan | Kirghizia",
    "KP": "Corée du Nord | DPRK",
    "MD": "Moldova | ",
    "MK": "Macédoine | Macedonia",
    "MM": "Birmanie | Burma",
    "MU": "île Maurice | ",
    "NL": " | Holland",
    "PS": "Palestine, État de Palestine, territoires palestiniens | Palestine, State of Palestine",
    "RU": "Fédération de Russie | Russian Federation",
    "SA": " | KSA",
    "SZ": "Swaziland | Swaziland",
    "TL": "Timor-Leste | East Timor",
    "TR": " | Turkey",
    "US": "Etats-Unis, États-Unis d'Amérique, Amérique | US, U.S., USA, U.S.A., United States of America, America",
    "VA": "Vatican, Saint-Siège | Vatican, Holy See",
    "VN": "Vietnam, Viet Nam | Viet Nam",
    "HK": "Hong Kong | Hong Kong",
    "MO": "Macao, Macau | Macao, Macau",
}

# Territories whose babel labels are not names (« R.A.S. chinoise de Hong Kong »): only EXTRA_NAMES are used.
LABELS_ONLY = {"HK", "MO"}

# Display names where babel's is a list label rather than the name a reader expects, French | English.
DISPLAY = {
    "CD": "RD Congo | DR Congo",
    "CG": "Congo-Brazzaville | Republic of the Congo",
    "HK": "Hong Kong | Hong Kong",
    "MO": "Macao | Macao",
    "MM": "Birmanie | Myanmar",
    "PS": "Palestine | Palestine",
    "SX": "Saint-Martin (partie néerlandaise) | Sint Maarten",
}

# Forms that would mostly be something else in news text; kept out of matching (the capital stays as data).
UNMATCHED = {
    "Maurice": "a French first name; « île Maurice » is matched",
    "Dominique": "a French first name",
    "Grenade": "also the Spanish city (Granada) and the weapon",
    "Salvador": "a first name and Brazil's Salvador de Bahia; « San Salvador » and 'El Salvador' are matched",
    "Victoria": "a first name, an Australian state, Lake Victoria",
    "Malé": "'Male' once accents are dropped",
    "Saint-Georges": "a common French place name",
    "La Haye": "mostly the seat of the ICC and the ICJ in news",
    "The Hague": "mostly the seat of the ICC and the ICJ in news",
    "Saint-Martin": "a common French place and family name",
    "Myanmar (Birmanie)": "list label; 'Myanmar' and « Birmanie » are matched",
}

# Phrases that contain an actor's name but are not that actor: consumed, never reported.
NOT_ACTORS = [
    # media, companies, sport, parties
    "Radio France", "Radio France Internationale", "France Télévisions", "France Inter", "France Info",
    "franceinfo", "France 24", "France 2", "France 3", "Air France", "Banque de France", "Tour de France",
    "Coupe de France", "Miss France", "France insoumise", "Île-de-France", "Washington Post", "Washington Times",
    "Paris Saint-Germain", "Paris Match", "Russia Today", "Voice of America", "Bank of America",
    "Captain America", "Times of India", "China Daily",
    # « d'État » phrases that are no state actor
    "coup d'État", "Conseil d'État", "homme d'État", "femme d'État", "affaire d'État", "raison d'État",
    # places and regions named like a country
    "New Jersey", "New Mexico", "Nouveau-Mexique", "Nouvelle-Guinée", "New Guinea", "British Columbia",
    "Colombie-Britannique", "océan Indien", "Indian Ocean", "Amérique latine", "Amérique du Sud",
    "Amérique du Nord", "Amérique centrale", "Latin America", "South America", "North America",
    "Central America", "Latin American", "South American", "North American", "Central American",
    "Native American", "African American", "latino-américain", "latino-américaine", "latino-américains",
    "latino-américaines", "nord-américain", "nord-américaine", "nord-américains", "nord-américaines",
    "sud-américain", "sud-américaine", "sud-américains", "sud-américaines", "Guinea pig",
]

# Demonyms: French masculine singulars (the other forms derived; "a/b/c/d" gives them all) | English adjective
# (plural noun derived; extra nouns after a comma). All of Africa and the Middle East, Europe, the main countries
# of the Americas and Asia.
DEMONYMS = {
    # Africa
    "DZ": "algérien | Algerian", "AO": "angolais | Angolan", "BJ": "béninois | Beninese",
    "BW": "botswanais | Botswanan", "BI": "burundais | Burundian",
    "BF": "burkinabè/burkinabè/burkinabè/burkinabè, burkinabé | Burkinabe, Burkinabè",
    "CV": "cap-verdien | Cape Verdean", "CM": "camerounais | Cameroonian", "CF": "centrafricain | Central African",
    "TD": "tchadien | Chadian", "KM": "comorien | Comorian", "CI": "ivoirien | Ivorian",
    "DJ": "djiboutien | Djiboutian", "EG": "égyptien | Egyptian",
    "GQ": "équato-guinéen | Equatorial Guinean, Equatoguinean", "ER": "érythréen | Eritrean",
    "SZ": "swazi/swazie/swazis/swazies, eswatinien | Swazi", "ET": "éthiopien | Ethiopian",
    "GA": "gabonais | Gabonese", "GM": "gambien | Gambian", "GH": "ghanéen | Ghanaian", "GN": "guinéen | Guinean",
    "GW": "bissau-guinéen | Bissau-Guinean", "KE": "kényan, kenyan | Kenyan", "LS": " | Basotho",
    "LR": "libérien | Liberian", "LY": "libyen | Libyan", "MG": "malgache | Malagasy",
    "MW": "malawite, malawien | Malawian", "ML": "malien | Malian", "MR": "mauritanien | Mauritanian",
    "MU": "mauricien | Mauritian", "MA": "marocain | Moroccan", "MZ": "mozambicain | Mozambican",
    "NA": "namibien | Namibian", "NE": "nigérien | Nigerien", "NG": "nigérian | Nigerian",
    "RW": "rwandais | Rwandan", "ST": "santoméen | Santomean", "SN": "sénégalais | Senegalese",
    "SC": "seychellois | Seychellois", "SL": "sierra-léonais | Sierra Leonean", "SO": "somalien | Somali, Somalian",
    "ZA": "sud-africain | South African", "SS": "sud-soudanais | South Sudanese", "SD": "soudanais | Sudanese",
    "TZ": "tanzanien | Tanzanian", "TG": "togolais | Togolese", "TN": "tunisien | Tunisian",
    "UG": "ougandais | Ugandan", "ZM": "zambien | Zambian", "ZW": "zimbabwéen | Zimbabwean",
    "EH": "sahraoui | Sahrawi, Saharawi",
    # Middle East and Central Asia
    "TR": "turc/turque/turcs/turques | Turkish, Turk", "CY": "chypriote | Cypriot", "IL": "israélien | Israeli",
    "PS": "palestinien | Palestinian", "LB": "libanais | Lebanese", "SY": "syrien | Syrian",
    "JO": "jordanien | Jordanian", "IQ": "irakien | Iraqi", "IR": "iranien | Iranian", "SA": "saoudien | Saudi",
    "YE": "yéménite | Yemeni", "OM": "omanais | Omani", "AE": "émirati, émirien | Emirati",
    "QA": "qatari, qatarien | Qatari", "BH": "bahreïni, bahreïnien | Bahraini", "KW": "koweïtien | Kuwaiti",
    "AF": "afghan | Afghan", "PK": "pakistanais | Pakistani", "KZ": "kazakh, kazakhstanais | Kazakh, Kazakhstani",
    "UZ": "ouzbek/ouzbèke/ouzbeks/ouzbèkes | Uzbek", "KG": "kirghiz/kirghize/kirghiz/kirghizes | Kyrgyz",
    "TJ": "tadjik | Tajik", "TM": "turkmène | Turkmen",
    # Europe
    "FR": "français | French", "DE": "allemand | German", "GB": "britannique, anglais | British, Briton",
    "IE": "irlandais | Irish", "ES": "espagnol | Spanish, Spaniard", "PT": "portugais | Portuguese",
    "IT": "italien | Italian", "BE": "belge | Belgian", "NL": "néerlandais, hollandais | Dutch",
    "LU": "luxembourgeois | Luxembourgish, Luxembourger", "CH": "suisse | Swiss", "AT": "autrichien | Austrian",
    "PL": "polonais | Polish, Poles", "CZ": "tchèque | Czech", "SK": "slovaque | Slovak",
    "HU": "hongrois | Hungarian", "RO": "roumain | Romanian", "BG": "bulgare | Bulgarian",
    "GR": "grec/grecque/grecs/grecques | Greek", "RS": "serbe | Serbian, Serb", "HR": "croate | Croatian, Croat",
    "SI": "slovène | Slovenian, Slovene", "BA": "bosnien | Bosnian", "ME": "monténégrin | Montenegrin",
    "AL": "albanais | Albanian", "MK": "macédonien, nord-macédonien | Macedonian, North Macedonian",
    "XK": "kosovar | Kosovar, Kosovan", "MD": "moldave | Moldovan", "UA": "ukrainien | Ukrainian",
    "BY": "biélorusse, bélarusse | Belarusian", "RU": "russe | Russian", "LT": "lituanien | Lithuanian",
    "LV": "letton | Latvian", "EE": "estonien | Estonian", "FI": "finlandais | Finnish, Finn",
    "SE": "suédois | Swedish, Swede", "NO": "norvégien | Norwegian", "DK": "danois | Danish, Dane",
    "IS": "islandais | Icelandic, Icelander", "MT": "maltais | Maltese", "GE": "géorgien | Georgian",
    "AM": "arménien | Armenian", "AZ": "azerbaïdjanais, azéri | Azerbaijani, Azeri",
    "MC": "monégasque | Monegasque",
    "AD": "andorran | Andorran", "VA": "vatican/vaticane/vaticans/vaticanes | Vatican",
    # Asia and Oceania
    "CN": "chinois | Chinese", "JP": "japonais | Japanese", "KR": "sud-coréen | South Korean",
    "KP": "nord-coréen | North Korean", "IN": "indien | Indian", "BD": "bangladais | Bangladeshi",
    "LK": "sri-lankais | Sri Lankan", "NP": "népalais | Nepali, Nepalese", "MM": "birman | Burmese",
    "TH": "thaïlandais | Thai", "VN": "vietnamien | Vietnamese", "KH": "cambodgien | Cambodian",
    "LA": "laotien | Laotian", "MY": "malaisien | Malaysian", "ID": "indonésien | Indonesian",
    "PH": "philippin | Filipino, Philippine", "SG": "singapourien | Singaporean", "TW": "taïwanais | Taiwanese",
    "MN": "mongol | Mongolian", "AU": "australien | Australian", "NZ": "néo-zélandais | New Zealander",
    "PG": "papouan-néo-guinéen | Papua New Guinean", "FJ": "fidjien | Fijian",
    # Americas
    "US": "américain, états-unien | American", "CA": "canadien | Canadian", "MX": "mexicain | Mexican",
    "CU": "cubain | Cuban", "HT": "haïtien | Haitian", "DO": "dominicain | Dominican",
    "GT": "guatémaltèque | Guatemalan", "HN": "hondurien | Honduran", "SV": "salvadorien | Salvadoran, Salvadorean",
    "NI": "nicaraguayen | Nicaraguan", "CR": "costaricien, costaricain | Costa Rican", "PA": "panaméen | Panamanian",
    "CO": "colombien | Colombian", "VE": "vénézuélien | Venezuelan", "EC": "équatorien | Ecuadorian",
    "PE": "péruvien | Peruvian", "BO": "bolivien | Bolivian", "CL": "chilien | Chilean",
    "AR": "argentin | Argentine, Argentinian", "UY": "uruguayen | Uruguayan", "PY": "paraguayen | Paraguayan",
    "BR": "brésilien | Brazilian", "JM": "jamaïcain | Jamaican", "GY": "guyanien | Guyanese",
    "SR": "surinamais | Surinamese", "TT": "trinidadien | Trinidadian",
}

# Well-known seats of government and periphrases: role, French forms | English forms. role "" is the country itself.
METONYMS = {
    "US": [
        ("president", "Maison Blanche | White House"),
        ("defence-ministry", "Pentagone | Pentagon"),
        ("foreign-ministry", "département d'État | State Department, Department of State"),
        ("parliament", " | Capitol Hill"),
        ("intelligence", "CIA | CIA"),
        ("police", "FBI | FBI"),
    ],
    "RU": [("president", "Kremlin | Kremlin"), ("parliament", "Douma | Duma"), ("intelligence", "FSB | FSB")],
    "FR": [
        ("president", "Élysée | Élysée, Elysee Palace, Élysée Palace"),
        ("prime-minister", "Matignon | Matignon"),
        ("foreign-ministry", "Quai d'Orsay | Quai d'Orsay"),
        ("finance-ministry", "Bercy | "),
        ("interior-ministry", "place Beauvau, Beauvau | "),
        ("parliament", "Palais-Bourbon | "),
        ("intelligence", "DGSE | DGSE"),
        ("", "Hexagone | "),
    ],
    "GB": [
        ("prime-minister", "Downing Street, 10 Downing Street | Downing Street, Number 10"),
        ("foreign-ministry", "Foreign Office | Foreign Office"),
        ("government", "Whitehall | Whitehall"),
        ("parliament", "Westminster | Westminster"),
        ("intelligence", "MI6 | MI6"),
        ("police", "Scotland Yard | Scotland Yard"),
    ],
    "DE": [("parliament", "Bundestag | Bundestag"), ("army", "Bundeswehr | Bundeswehr")],
    "CN": [
        ("government", "Zhongnanhai | Zhongnanhai"),
        ("army", "Armée populaire de libération, APL | People's Liberation Army, PLA"),
        ("", "Empire du Milieu | "),
    ],
    "IL": [
        ("army", "Tsahal | IDF, Israel Defense Forces"),
        ("parliament", "Knesset | Knesset"),
        ("intelligence", "Mossad, Shin Bet | Mossad, Shin Bet"),
        ("", "État hébreu | "),
    ],
    "IR": [("army", "Gardiens de la révolution, pasdaran | Revolutionary Guards, IRGC")],
    "ML": [("president", "Koulouba | Koulouba"), ("army", "FAMa | FAMa")],
    "BF": [("president", "Kosyam | Kosyam")],
    "DZ": [("president", "El Mouradia | El Mouradia")],
    "CD": [("army", "FARDC | FARDC")],
    "MA": [("", "royaume chérifien | "), ("government", "Makhzen | Makhzen")],
    "VA": [("government", "Saint-Siège | Holy See")],
}

# National agencies news quotes by their acronym or name, added to the seats above: disaster, electoral, health
# and seismology bodies of any country whose name is its own (a shared acronym such as CENI is an institution noun).
AGENCIES = {
    "TR": [("civil-protection", "AFAD | AFAD")],
    "US": [("civil-protection", "FEMA | FEMA"),
           ("health-ministry", "Centres pour le contrôle et la prévention des maladies | Centers for Disease Control "
            "and Prevention, US CDC"),
           ("seismology", "USGS, Institut d'études géologiques des États-Unis | USGS, US Geological Survey, "
            "United States Geological Survey")],
    "ID": [("civil-protection", "BNPB | BNPB")],
    "PH": [("civil-protection", "NDRRMC | NDRRMC")],
    "IT": [("civil-protection", "Protezione civile | Protezione civile")],
    "IN": [("civil-aviation", "DGCA | DGCA"), ("civil-protection", "NDRF | NDRF")],
    "CM": [("electoral-commission", "Elecam, ELECAM | Elecam, ELECAM")],
    "NG": [("electoral-commission", "INEC | INEC")],
    "KE": [("electoral-commission", "IEBC | IEBC")],
    "DZ": [("electoral-commission", "ANIE | ANIE")],
    "TN": [("electoral-commission", "ISIE | ISIE")],
    "LY": [("electoral-commission", "HNEC | HNEC")],
    "ZW": [("electoral-commission", "ZEC | ZEC")],
    "GB": [("health-ministry", "NHS | NHS")],
}
for _code, _agencies in AGENCIES.items():
    METONYMS.setdefault(_code, []).extend(_agencies)

# International organisations: key, French display | English display, French names | English names, demonyms
# (French adjective | English), metonyms as for countries.
ORGANISATIONS = [
    ("org:UN", "ONU | UN", "ONU, Onu, Nations unies, Organisation des Nations unies | UN, U.N., United Nations",
     "onusien | ", [("security-council", "Conseil de sécurité | Security Council, UN Security Council"),
                    ("general-assembly", "Assemblée générale des Nations unies | UN General Assembly")]),
    ("org:NATO", "OTAN | NATO", "OTAN, Otan, Alliance atlantique, Organisation du traité de l'Atlantique nord | "
     "NATO, Nato, North Atlantic Treaty Organization, Atlantic Alliance", "", []),
    ("org:EU", "UE | EU", "UE, Union européenne | EU, European Union", "",
     [("commission", "Commission européenne | European Commission"),
      ("parliament", "Parlement européen | European Parliament"),
      ("council", "Conseil européen | European Council")]),
    ("org:AU", "UA | AU", "UA, Union africaine | AU, African Union", "", []),
    ("org:ECOWAS", "Cedeao | Ecowas", "CEDEAO, Cedeao, Communauté économique des États de l'Afrique de l'Ouest | "
     "ECOWAS, Ecowas, Economic Community of West African States", "", []),
    ("org:AES", "AES | AES", "AES, Alliance des États du Sahel, Confédération des États du Sahel | AES, "
     "Alliance of Sahel States, Confederation of Sahel States", "", []),
    ("org:ECCAS", "CEEAC | ECCAS", "CEEAC, Communauté économique des États de l'Afrique centrale | ECCAS, "
     "Economic Community of Central African States", "", []),
    ("org:UEMOA", "UEMOA | WAEMU", "UEMOA, Union économique et monétaire ouest-africaine | WAEMU, "
     "West African Economic and Monetary Union", "", []),
    ("org:SADC", "SADC | SADC", "SADC | SADC, Southern African Development Community", "", []),
    ("org:IGAD", "Igad | IGAD", "IGAD, Igad | IGAD, Intergovernmental Authority on Development", "", []),
    ("org:G5Sahel", "G5 Sahel | G5 Sahel", "G5 Sahel | G5 Sahel", "", []),
    ("org:ArabLeague", "Ligue arabe | Arab League", "Ligue arabe, Ligue des États arabes | Arab League, "
     "League of Arab States", "", []),
    ("org:OIC", "OCI | OIC", "OCI, Organisation de la coopération islamique | OIC, "
     "Organisation of Islamic Cooperation, Organization of Islamic Cooperation", "", []),
    ("org:OIF", "OIF | OIF", "OIF, Organisation internationale de la francophonie, Francophonie | OIF, "
     "International Organisation of La Francophonie", "", []),
    ("org:ASEAN", "Asean | ASEAN", "ASEAN, Asean, Association des nations de l'Asie du Sud-Est | ASEAN, Asean, "
     "Association of Southeast Asian Nations", "", []),
    ("org:OSCE", "OSCE | OSCE", "OSCE, Organisation pour la sécurité et la coopération en Europe | OSCE, "
     "Organization for Security and Co-operation in Europe", "", []),
    ("org:CoE", "Conseil de l'Europe | Council of Europe", "Conseil de l'Europe | Council of Europe", "", []),
    ("org:WHO", "OMS | WHO", "OMS, Organisation mondiale de la santé | WHO, World Health Organization, "
     "World Health Organisation", "", []),
    ("org:ICRC", "CICR | ICRC", "CICR, Comité international de la Croix-Rouge | ICRC, "
     "International Committee of the Red Cross", "", []),
    ("org:IFRC", "FICR | IFRC", "FICR, Fédération internationale des sociétés de la Croix-Rouge et du "
     "Croissant-Rouge | IFRC, International Federation of Red Cross and Red Crescent Societies", "", []),
    ("org:UNHCR", "HCR | UNHCR", "HCR, Haut-Commissariat des Nations unies pour les réfugiés, Haut-Commissariat "
     "aux réfugiés, Haut-Commissariat pour les réfugiés | UNHCR, UN Refugee Agency, UN refugee agency, "
     "United Nations High Commissioner for Refugees", "", []),
    ("org:OHCHR", "HCDH | OHCHR", "HCDH, Haut-Commissariat des Nations unies aux droits de l'homme, "
     "Haut-Commissariat aux droits de l'homme | OHCHR, UN Human Rights Office, UN human rights office, "
     "Office of the High Commissioner for Human Rights", "", []),
    ("org:UNICEF", "Unicef | Unicef", "UNICEF, Unicef, Fonds des Nations unies pour l'enfance | UNICEF, Unicef, "
     "United Nations Children's Fund, UN children's agency", "", []),
    ("org:WFP", "PAM | WFP", "PAM, Programme alimentaire mondial | WFP, World Food Programme, World Food Program",
     "", []),
    ("org:OCHA", "OCHA | OCHA", "OCHA, Ocha, Bureau de la coordination des affaires humanitaires, Bureau de "
     "coordination des affaires humanitaires, Bureau des affaires humanitaires, Bureau des Nations unies pour la "
     "coordination des affaires humanitaires | OCHA, Ocha, Office for the Coordination of Humanitarian Affairs, "
     "UN Office for the Coordination of Humanitarian Affairs, UN humanitarian office, UN humanitarian agency, "
     "UN humanitarian affairs office, UN aid agency", "", []),
    ("org:UNDP", "PNUD | UNDP", "PNUD, Programme des Nations unies pour le développement | UNDP, "
     "United Nations Development Programme", "", []),
    ("org:IOM", "OIM | IOM", "OIM, Organisation internationale pour les migrations | IOM, "
     "International Organization for Migration", "", []),
    ("org:UNESCO", "Unesco | Unesco", "UNESCO, Unesco | UNESCO, Unesco", "", []),
    ("org:FAO", "FAO | FAO", "FAO, Organisation des Nations unies pour l'alimentation et l'agriculture | FAO, "
     "Food and Agriculture Organization", "", []),
    ("org:UNRWA", "UNRWA | UNRWA", "UNRWA, Unrwa | UNRWA, Unrwa, United Nations Relief and Works Agency", "", []),
    ("org:IAEA", "AIEA | IAEA", "AIEA, Agence internationale de l'énergie atomique | IAEA, "
     "International Atomic Energy Agency", "", []),
    ("org:ICC", "CPI | ICC", "CPI, Cour pénale internationale | ICC, International Criminal Court", "", []),
    ("org:ICJ", "CIJ | ICJ", "CIJ, Cour internationale de justice | ICJ, International Court of Justice", "", []),
    ("org:WTO", "OMC | WTO", "OMC, Organisation mondiale du commerce | WTO, World Trade Organization", "", []),
    ("org:IMF", "FMI | IMF", "FMI, Fonds monétaire international | IMF, International Monetary Fund", "", []),
    ("org:WorldBank", "Banque mondiale | World Bank", "Banque mondiale | World Bank", "", []),
    ("org:AfDB", "BAD | AfDB", "BAD, Banque africaine de développement | AfDB, African Development Bank", "", []),
    ("org:ECB", "BCE | ECB", "BCE, Banque centrale européenne | ECB, European Central Bank", "", []),
    ("org:OECD", "OCDE | OECD", "OCDE, Organisation de coopération et de développement économiques | OECD, "
     "Organisation for Economic Co-operation and Development", "", []),
    ("org:OPEC", "Opep | Opec", "OPEP, Opep, Organisation des pays exportateurs de pétrole | OPEC, Opec, "
     "Organization of the Petroleum Exporting Countries", "", []),
    ("org:G7", "G7 | G7", "G7 | G7", "", []),
    ("org:G20", "G20 | G20", "G20 | G20", "", []),
    ("org:BRICS", "Brics | BRICS", "BRICS, Brics | BRICS, Brics", "", []),
    ("org:Interpol", "Interpol | Interpol", "Interpol | Interpol", "", []),
    ("org:Frontex", "Frontex | Frontex", "Frontex | Frontex", "", []),
    ("org:Amnesty", "Amnesty International | Amnesty International", "Amnesty International, Amnesty | "
     "Amnesty International, Amnesty", "", []),
    ("org:HRW", "Human Rights Watch | Human Rights Watch", "Human Rights Watch, HRW | Human Rights Watch, HRW",
     "", []),
    ("org:MSF", "MSF | MSF", "MSF, Médecins sans frontières | MSF, Doctors Without Borders", "", []),
    ("org:RSF", "RSF | RSF", "RSF, Reporters sans frontières | RSF, Reporters Without Borders", "", []),
    ("org:Oxfam", "Oxfam | Oxfam", "Oxfam | Oxfam", "", []),
    ("org:SaveTheChildren", "Save the Children | Save the Children", "Save the Children | Save the Children",
     "", []),
    ("org:NRC", "NRC | NRC", "NRC, Conseil norvégien pour les réfugiés | NRC, Norwegian Refugee Council", "", []),
    ("org:CrisisGroup", "International Crisis Group | International Crisis Group", "International Crisis Group, "
     "Crisis Group | International Crisis Group, Crisis Group", "", []),
    # agencies, funds, programmes and missions of the UN system (their parent below is the UN)
    ("org:WMO", "OMM | WMO", "OMM, Organisation météorologique mondiale | WMO, World Meteorological Organization",
     "", []),
    ("org:ILO", "OIT | ILO", "OIT, Organisation internationale du travail | ILO, International Labour "
     "Organization, International Labor Organization", "", []),
    ("org:UNFPA", "UNFPA | UNFPA", "UNFPA, Fonds des Nations unies pour la population | UNFPA, United Nations "
     "Population Fund, UN Population Fund", "", []),
    ("org:UNWomen", "ONU Femmes | UN Women", "ONU Femmes, ONU-Femmes | UN Women", "", []),
    ("org:UNAIDS", "Onusida | UNAIDS", "ONUSIDA, Onusida | UNAIDS", "", []),
    ("org:UNEP", "PNUE | UNEP", "PNUE, Programme des Nations unies pour l'environnement | UNEP, United Nations "
     "Environment Programme, UN Environment Programme", "", []),
    ("org:ICAO", "OACI | ICAO", "OACI, Organisation de l'aviation civile internationale | ICAO, International "
     "Civil Aviation Organization", "", []),
    ("org:UNOSAT", "Unosat | UNOSAT", "UNOSAT, Unosat | UNOSAT, Unosat", "", []),
    ("org:MONUSCO", "Monusco | MONUSCO", "MONUSCO, Monusco, Mission de l'ONU en RDC | MONUSCO, Monusco, UN "
     "mission in Congo, UN mission in DR Congo", "", []),
    ("org:MINUSMA", "Minusma | MINUSMA", "MINUSMA, Minusma | MINUSMA, Minusma", "", []),
    ("org:MINUSCA", "Minusca | MINUSCA", "MINUSCA, Minusca | MINUSCA, Minusca", "", []),
    ("org:UNIFIL", "Finul | UNIFIL", "FINUL, Finul | UNIFIL, Unifil", "", []),
    ("org:UNMISS", "Minuss | UNMISS", "MINUSS, Minuss | UNMISS, Unmiss", "", []),
    ("org:UNAMA", "Manua | UNAMA", "MANUA, Manua, UNAMA | UNAMA, Unama", "", []),
    # regional health agencies
    ("org:AfricaCDC", "Africa CDC | Africa CDC", "Africa CDC, CDC Afrique, Centres africains de contrôle et de "
     "prévention des maladies, CDC africain | Africa CDC, Africa Centres for Disease Control and Prevention, "
     "Africa Centers for Disease Control and Prevention", "", []),
    ("org:ECDC", "ECDC | ECDC", "ECDC, Centre européen de prévention et de contrôle des maladies | ECDC, European "
     "Centre for Disease Prevention and Control", "", []),
    ("org:PAHO", "OPS | PAHO", "OPS, Organisation panaméricaine de la santé | PAHO, Pan American Health "
     "Organization", "", []),
    # other bodies news quotes for figures: NGOs, monitors, sports federations, seismology centres
    ("org:IRC", "IRC | IRC", "Comité international de secours | International Rescue Committee", "", []),
    ("org:MdM", "Médecins du monde | Doctors of the World", "Médecins du monde | Doctors of the World, Médecins du "
     "Monde", "", []),
    ("org:ACF", "Action contre la faim | Action Against Hunger", "Action contre la faim | Action Against Hunger",
     "", []),
    ("org:HI", "Handicap International | Humanity & Inclusion", "Handicap International | Handicap "
     "International, Humanity and Inclusion", "", []),
    ("org:Caritas", "Caritas | Caritas", "Caritas | Caritas", "", []),
    ("org:CARE", "CARE | CARE", "CARE | CARE", "", []),
    ("org:WorldVision", "World Vision | World Vision", "World Vision | World Vision", "", []),
    ("org:IslamicRelief", "Secours islamique | Islamic Relief", "Secours islamique | Islamic Relief", "", []),
    ("org:MercyCorps", "Mercy Corps | Mercy Corps", "Mercy Corps | Mercy Corps", "", []),
    ("org:ALIMA", "Alima | ALIMA", "ALIMA, Alima | ALIMA, Alima", "", []),
    ("org:FIDH", "FIDH | FIDH", "FIDH, Fédération internationale pour les droits humains, Fédération "
     "internationale des ligues des droits de l'homme | FIDH, International Federation for Human Rights", "", []),
    ("org:CPJ", "CPJ | CPJ", "CPJ, Comité pour la protection des journalistes | CPJ, Committee to Protect "
     "Journalists", "", []),
    ("org:TI", "Transparency International | Transparency International", "Transparency International | "
     "Transparency International", "", []),
    ("org:Greenpeace", "Greenpeace | Greenpeace", "Greenpeace | Greenpeace", "", []),
    ("org:WWF", "WWF | WWF", "WWF | WWF", "", []),
    ("org:ACLED", "Acled | ACLED", "ACLED, Acled | ACLED, Acled, Armed Conflict Location and Event Data", "", []),
    ("org:Airwars", "Airwars | Airwars", "Airwars | Airwars", "", []),
    ("org:SOHR", "OSDH | SOHR", "OSDH, Observatoire syrien des droits de l'homme | SOHR, Syrian Observatory for "
     "Human Rights", "", []),
    ("org:WhiteHelmets", "Casques blancs | White Helmets", "Casques blancs, Défense civile syrienne | White "
     "Helmets, Syria Civil Defence, Syrian Civil Defence, Syria Civil Defense, Syrian Civil Defense", "", []),
    ("org:EMSC", "CSEM | EMSC", "CSEM, Centre sismologique euro-méditerranéen | EMSC, European-Mediterranean "
     "Seismological Centre", "", []),
    ("org:FIFA", "FIFA | FIFA", "FIFA, Fifa | FIFA, Fifa", "", []),
    ("org:UEFA", "UEFA | UEFA", "UEFA, Uefa | UEFA, Uefa", "", []),
    ("org:IOC", "CIO | IOC", "CIO, Comité international olympique | IOC, International Olympic Committee", "", []),
]

# One body inside another: a claim of an agency or mission of the UN is a claim of the UN (« l'ONU » in one outlet is
# often « l'Ocha » or « le HCR » in another), of Africa CDC one of the African Union; two agencies stay apart.
PARENTS = {
    **{key: "org:UN" for key in ("org:WHO", "org:UNHCR", "org:OHCHR", "org:UNICEF", "org:WFP", "org:OCHA",
                                 "org:UNDP", "org:IOM", "org:UNESCO", "org:FAO", "org:UNRWA", "org:IAEA",
                                 "org:WMO", "org:ILO", "org:UNFPA", "org:UNWomen", "org:UNAIDS", "org:UNEP",
                                 "org:ICAO", "org:UNOSAT", "org:MONUSCO", "org:MINUSMA", "org:MINUSCA",
                                 "org:UNIFIL", "org:UNMISS", "org:UNAMA")},
    "org:AfricaCDC": "org:AU",
    "org:ECDC": "org:EU",
    "org:PAHO": "org:WHO",
}
# Organisations that are one of the roles below: the ICRC and the IFRC are the Red Cross of « la Croix-Rouge ».
ORG_ROLES = {"org:ICRC": "red-cross", "org:IFRC": "red-cross", "org:WhiteHelmets": "civil-protection"}

# Generic nouns that name a part of a state when a demonym or « de X » / "of X" goes with them, and its role.
INSTITUTIONS = {
    "fr": {
        "government": "gouvernement, gouvernements, administration, autorités, autorité, exécutif, junte, régime, "
        "pouvoir, dirigeants, responsables, officiels, État, Etat, chancellerie, source gouvernementale, "
        "sources gouvernementales, conseil militaire, conseil militaire au pouvoir, gouvernement militaire, "
        "chiffres officiels, données officielles, bilan officiel, bilans officiels",
        "president": "président, présidente, présidence, président de la République, chef de l'État, "
        "cheffe de l'État, chef d'État, chef de la junte, palais présidentiel",
        "prime-minister": "premier ministre, première ministre, chef du gouvernement, cheffe du gouvernement",
        "foreign-ministry": "diplomatie, diplomates, diplomate, chef de la diplomatie, cheffe de la diplomatie, "
        "ministère des Affaires étrangères, ministre des Affaires étrangères, secrétaire d'État, "
        "source diplomatique, sources diplomatiques",
        "defence-ministry": "ministère de la Défense, ministre de la Défense, ministère des Armées, "
        "ministre des Armées",
        "interior-ministry": "ministère de l'Intérieur, ministre de l'Intérieur, ministère de la Sécurité, "
        "ministre de la Sécurité",
        "health-ministry": "ministère de la Santé, ministre de la Santé, ministère de la Santé publique, "
        "ministre de la Santé publique, autorités sanitaires, autorité sanitaire, responsables sanitaires, "
        "services de santé, direction de la santé, direction régionale de la santé, agence régionale de santé",
        "finance-ministry": "ministère des Finances, ministre des Finances, ministère de l'Économie, "
        "ministre de l'Économie",
        "justice": "justice, ministère de la Justice, ministre de la Justice, parquet, parquet général, procureur, "
                   "procureure, procureur général, procureure générale, procureur de la République, ministère public",
        "ministry": "ministère, ministre, ministères, ministres, ministre d'État",
        "army": "armée, armées, forces armées, armée de l'air, militaires, état-major, chef d'état-major, "
        "chef de l'armée, soldats, soldat, troupes, forces, forces spéciales, forces de sécurité, "
        "forces de défense et de sécurité, aviation, marine, source sécuritaire, sources sécuritaires, "
        "source militaire, sources militaires, source de sécurité, sources de sécurité",
        "police": "police, policiers, gendarmerie, gendarmes, forces de l'ordre, commissaire de police, "
        "commissaires de police, commissariat, commissariat de police, préfecture de police, préfet de police, "
        "source policière, sources policières, source proche de la police, sources proches de la police, "
        "source au sein de la police, sources au sein de la police",
        "prefecture": "préfecture, préfectures, préfet, préfète, préfets",
        "civil-protection": "protection civile, sécurité civile, défense civile, sapeurs-pompiers, pompiers, secours, "
        "services de secours, équipes de secours, secouristes, sauveteurs, gestion des catastrophes, "
        "agence de gestion des catastrophes, agence nationale de gestion des catastrophes, gestion des urgences, "
        "gestion des situations d'urgence, direction de la protection civile, atténuation des catastrophes, "
        "gestion et d'atténuation des catastrophes, centre des opérations d'urgence, centre opérationnel d'urgence",
        "coast-guard": "garde-côtes, gardes-côtes, garde-côte, garde côtière, garde côtière nationale",
        "electoral-commission": "commission électorale, commission électorale nationale, commission électorale "
        "nationale indépendante, commission électorale indépendante, commissions électorales, autorité électorale, "
        "organe électoral, organe de gestion des élections, CENI, CENA",
        "constitutional-court": "conseil constitutionnel, cour constitutionnelle",
        "civil-aviation": "aviation civile, direction générale de l'aviation civile, autorité de l'aviation civile, "
        "autorités de l'aviation civile, ministère de l'aviation civile, ministre de l'aviation civile",
        "red-cross": "croix-rouge, croissant-rouge, société de la croix-rouge, société du croissant-rouge",
        "hospitals": "hôpital, hôpitaux, médecins, source médicale, sources médicales, source hospitalière, "
        "sources hospitalières, responsables hospitaliers, personnel médical, urgentistes",
        "local-government": "maire, maires, mairie, municipalité, conseil municipal, gouverneur, gouverneure, "
        "gouvernorat",
        "seismology": "institut de géophysique, institut sismologique, centre sismologique, observatoire "
        "sismologique, sismologues",
        "embassy": "ambassade, ambassades, ambassadeur, ambassadrice, consulat",
        "intelligence": "renseignement, renseignements, services de renseignement, services secrets",
        "parliament": "parlement, parlementaires, députés, assemblée nationale, sénat, sénateurs, Congrès, "
        "conseil national de transition",
        "state-media": "médias d'État, média d'État, télévision d'État, télévision publique, télévision nationale, "
        "médias officiels, médias publics, agence de presse officielle",
    },
    "en": {
        "government": "government, governments, administration, authorities, officials, official, junta, regime, "
        "leadership, cabinet, government source, government sources, military council, ruling military council, "
        "military government, official figures, official data, official toll, official tally",
        "president": "president, presidency, head of state, incumbent, leader, junta leader, junta chief, presidential palace",
        "prime-minister": "prime minister, premier",
        "foreign-ministry": "foreign ministry, foreign minister, foreign affairs ministry, "
        "ministry of foreign affairs, minister of foreign affairs, diplomats, diplomat, top diplomat, diplomacy, "
        "secretary of state, envoy, diplomatic source, diplomatic sources",
        "defence-ministry": "defence ministry, defense ministry, defence minister, defense minister, "
        "defence secretary, defense secretary, ministry of defence, ministry of defense, "
        "minister of defence, minister of defense, defense department, department of defense",
        "interior-ministry": "interior ministry, interior minister, ministry of interior, ministry of the interior, "
        "minister of the interior",
        "health-ministry": "health ministry, health minister, ministry of health, minister of health, "
        "health authorities, health authority, health officials, health department, department of health, "
        "health services, ministry of public health, public health ministry",
        "finance-ministry": "finance ministry, finance minister, ministry of finance, treasury",
        "justice": "justice ministry, justice minister, ministry of justice, prosecutors, judiciary, courts, "
                   "prosecutor, public prosecutor, prosecutor's office, prosecutor general, attorney general",
        "ministry": "ministry, minister, ministries, ministers",
        "army": "army, military, forces, armed forces, troops, soldiers, soldier, navy, air force, marines, "
        "security forces, special forces, security source, security sources, military source, "
        "military sources",
        "police": "police, police force, gendarmerie, gendarmes, police commissioner, police chief, police chiefs, "
        "police official, police officials, police source, police sources, police department, police spokesman, "
        "police spokesperson, constabulary, commissioner of police, deputy commissioner of police",
        "prefecture": "prefecture, prefect",
        "civil-protection": "civil defence, civil defense, civil protection, civil protection agency, fire service, "
        "fire department, fire brigade, firefighters, rescuers, rescue teams, rescue workers, rescue services, "
        "emergency services, disaster management agency, disaster management authority, disaster and emergency "
        "management authority, emergency management agency, emergency management authority, disaster agency, "
        "national disaster management authority, disaster relief agency, disaster mitigation agency, "
        "national disaster mitigation agency, emergency operation center, emergency operations center, "
        "emergency operation centre, emergency operations centre",
        "coast-guard": "coast guard, coast guards, coastguard, coastguards",
        "electoral-commission": "electoral commission, election commission, electoral body, electoral authority, "
        "election authority, elections body, elections commission, independent electoral commission, "
        "national electoral commission, CENI, CENA",
        "constitutional-court": "constitutional council, constitutional court",
        "civil-aviation": "civil aviation authority, civil aviation authorities, aviation authority, aviation "
        "authorities, aviation regulator, civil aviation ministry, aviation ministry, civil aviation minister, "
        "aviation minister, directorate general of civil aviation, ministry of civil aviation",
        "red-cross": "red cross, red crescent, red cross society, red crescent society",
        "hospitals": "hospital, hospitals, doctors, medics, hospital officials, hospital sources, medical sources, "
        "medical officials, hospital staff",
        "local-government": "mayor, city hall, municipality, city council, governor, governorate, municipal "
        "authorities",
        "seismology": "geological survey, seismological institute, seismological centre, seismological center, "
        "seismologists",
        "embassy": "embassy, embassies, ambassador, consulate",
        "intelligence": "intelligence, intelligence services, intelligence agencies, spy agency",
        "parliament": "parliament, lawmakers, legislators, congress, senate, senators, national assembly",
        "state-media": "state media, state television, state TV, state news agency, state broadcaster, "
        "state-run media",
    },
}

# A bare « ministère »/« ministre » followed, after the demonym, by one of these (« le ministre malien de la
# Défense »).
MINISTRY_COMPLEMENTS = {
    "foreign-ministry": "des Affaires étrangères",
    "defence-ministry": "de la Défense, des Armées",
    "interior-ministry": "de l'Intérieur, de la Sécurité",
    "health-ministry": "de la Santé, de la Santé publique",
    "finance-ministry": "des Finances, de l'Économie",
    "justice": "de la Justice",
}

# Words that may stand between an institution noun and its demonym (« les autorités de transition maliennes »,
# "Malian transitional authorities").
FILLERS = {
    "fr": "de transition, fédéral, fédérale, fédéraux, fédérales, central, centrale, centraux, centrales, "
    "intérimaire, intérimaires",
    "en": "transitional, interim, federal, central",
}


def split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def halves(text: str) -> tuple[list[str], list[str]]:
    fr, _, en = text.partition("|")
    return split(fr), split(en)


def inflect_fr(masculine: str) -> list[str]:
    """The four forms of a French demonym adjective from its masculine singular."""
    if "/" in masculine:
        return masculine.split("/")
    m = masculine
    if m.endswith("e"):
        return [m, m + "s"]
    if m.endswith("en"):
        return [m, m + "ne", m + "s", m + "nes"]
    if m.endswith("s"):
        return [m, m + "e", m + "es"]
    return [m, m + "e", m + "s", m + "es"]


def plural_en(demonym: str) -> list[str]:
    """An English demonym and, where it is one, its plural noun (Malian, Malians; not Chinese, Swiss, Poles)."""
    if demonym.endswith(("ese", "ish", "ss", "ch", "sy", "tho", "yz", "ic", "ois", "s")):
        return [demonym]
    return [demonym, demonym + "s"]


def clean_babel(name: str) -> list[str]:
    """Matchable names from a CLDR label: no parentheses, '&' spelled out, 'St.' as Saint."""
    name = name.replace("’", "'")
    forms = []
    inner = re.findall(r"\(([^)]*)\)", name)
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    base = re.sub(r"\s+-\s+", "-", base)
    forms.append(base)
    forms.extend(i for i in inner if len(i) > 3 and not i.startswith("partie"))
    more = []
    for form in forms:
        if "&" in form:
            more.append(form.replace("&", "and"))
        if form.startswith("St. "):
            more.append("Saint " + form[4:])
            more.append("St " + form[4:])
    out = [f for f in forms + more if "&" not in f]
    return list(dict.fromkeys(out))


def display_name(name: str) -> str:
    name = name.replace("’", "'").replace(" & ", " and ")
    return "Saint " + name[4:] if name.startswith("St. ") else name


def tokens(form: str) -> tuple[str, ...]:
    """The matcher's tokens (checker.claims.gazetteer), to find forms that two actors share."""
    base = "".join(c for c in unicodedata.normalize("NFD", form.replace("’", "'")) if not unicodedata.combining(c))
    return tuple(re.findall(r"\w+|[^\w\s-]", base.lower()))


def unique(forms: list[str]) -> list[str]:
    unmatched = {tokens(u) for u in UNMATCHED}
    return list(dict.fromkeys(f for f in forms if f and tokens(f) not in unmatched))


def build() -> dict:
    fr_loc, en_loc = babel.Locale.parse("fr"), babel.Locale.parse("en")
    codes = sorted(c for c in fr_loc.territories if len(c) == 2 and c.isalpha() and c not in NOT_TERRITORIES)
    members = [c for c in codes if c not in NOT_UN_MEMBERS]
    if len(members) != 193:
        sys.exit(f"expected 193 UN member states, got {len(members)}")
    missing = [c for c in members if c not in CAPITALS]
    if missing:
        sys.exit(f"no capital for {missing}")
    actors: dict[str, dict] = {}
    for code in codes:
        fr_label, en_label = fr_loc.territories[code], en_loc.territories[code]
        fr_names, en_names = clean_babel(fr_label), clean_babel(en_label)
        if code in LABELS_ONLY:
            fr_names, en_names = [], []
        extra_fr, extra_en = halves(EXTRA_NAMES.get(code, "|"))
        if code in DISPLAY:
            shown = halves(DISPLAY[code])
            fr_display, en_display = shown[0][0], shown[1][0]
        else:
            fr_display, en_display = display_name(clean_babel(fr_label)[0]), display_name(clean_babel(en_label)[0])
        entry: dict = {
            "kind": "country",
            "un_member": code not in NOT_UN_MEMBERS,
            "fr": fr_display,
            "en": en_display,
            "names": {"fr": unique(fr_names + extra_fr), "en": unique(en_names + extra_en)},
        }
        if code in CAPITALS:
            cap_fr, cap_en = halves(CAPITALS[code])
            entry["capital"] = {"fr": cap_fr[0], "en": cap_en[0]}
            entry["capitals"] = {"fr": unique(cap_fr), "en": unique(cap_en)}
        if code in DEMONYMS:
            dem_fr, dem_en = halves(DEMONYMS[code])
            fr_forms = [f for m in dem_fr for f in inflect_fr(m)]
            en_forms = [f for a in dem_en for f in plural_en(a)]
            entry["demonyms"] = {"fr": unique(fr_forms), "en": unique(en_forms)}
        if code in METONYMS:
            entry["metonyms"] = [
                {"role": role or None, "fr": unique(halves(forms)[0]), "en": unique(halves(forms)[1])}
                for role, forms in METONYMS[code]
            ]
        actors[code] = entry
    for key, shown, names, demonyms, metonyms in ORGANISATIONS:
        (fr_display,), (en_display,) = halves(shown)
        fr_names, en_names = halves(names)
        entry = {"kind": "organisation", "fr": fr_display, "en": en_display,
                 "names": {"fr": unique(fr_names), "en": unique(en_names)}}
        dem_fr, dem_en = halves(demonyms) if demonyms else ([], [])
        if dem_fr or dem_en:
            entry["demonyms"] = {"fr": [f for m in dem_fr for f in inflect_fr(m)], "en": dem_en}
        if metonyms:
            entry["metonyms"] = [{"role": role or None, "fr": halves(forms)[0], "en": halves(forms)[1]}
                                 for role, forms in metonyms]
        if key in PARENTS:
            entry["parent"] = PARENTS[key]
        if key in ORG_ROLES:
            entry["role"] = ORG_ROLES[key]
        actors[key] = entry
    drop_shared_forms(actors)
    return {
        "about": "Actors under their names: countries (ISO 3166-1 alpha-2 keys), capitals, seats of government, "
        "demonyms, international organisations (org: keys). Built by scripts/build_actors.py; sources and "
        "licences in ACTORS-SOURCE.txt.",
        "actors": actors,
        "institutions": {lang: {form: role for role, forms in table.items() for form in split(forms)}
                         for lang, table in INSTITUTIONS.items()},
        "ministry_complements": {form: role for role, forms in MINISTRY_COMPLEMENTS.items() for form in split(forms)},
        "fillers": {lang: split(forms) for lang, forms in FILLERS.items()},
        "not_actors": NOT_ACTORS,
        "unmatched": UNMATCHED,
    }


def drop_shared_forms(actors: dict[str, dict]) -> None:
    """A form that names two actors (babel's « Saint-Martin » for MF and SX) names neither."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for key, entry in actors.items():
        for field in ("names", "capitals", "demonyms"):
            for forms in entry.get(field, {}).values():
                for form in forms:
                    owners.setdefault(tokens(form), set()).add(key)
    shared = {t for t, keys in owners.items() if len(keys) > 1}
    for t in sorted(shared):
        print("dropped, shared by", sorted(owners[t]), ":", " ".join(t), file=sys.stderr)
    for entry in actors.values():
        for field in ("names", "capitals", "demonyms"):
            for lang, forms in entry.get(field, {}).items():
                entry[field][lang] = [f for f in forms if tokens(f) not in shared]


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    actors = data["actors"]
    countries = [a for a in actors.values() if a["kind"] == "country"]
    print(f"babel {babel.__version__}: {len(countries)} countries and territories "
          f"({sum(a['un_member'] for a in countries)} UN members), "
          f"{sum('capital' in a for a in countries)} capitals, {sum('demonyms' in a for a in countries)} demonym sets, "
          f"{len(actors) - len(countries)} organisations, "
          f"{sum(len(a.get('metonyms', [])) for a in actors.values())} metonym groups -> {OUT}")


if __name__ == "__main__":
    main()

namespace Monitor.Analysis;

/// <summary>
/// The world's countries: canonical name, other names, demonyms and the capital that stands for the
/// government in news prose ("Washington said"). One line a country: name|aliases|demonyms|capital.
/// </summary>
internal static class CountryTable
{
    public const string Data = """
        Afghanistan||Afghan,Afghans|Kabul
        Albania||Albanian,Albanians|Tirana
        Algeria||Algerian,Algerians|Algiers
        Angola||Angolan,Angolans|Luanda
        Argentina||Argentine,Argentinian,Argentines,Argentinians|
        Armenia||Armenian,Armenians|Yerevan
        Australia||Australian,Australians|Canberra
        Austria||Austrian,Austrians|Vienna
        Azerbaijan||Azerbaijani,Azerbaijanis|Baku
        Bahrain||Bahraini,Bahrainis|Manama
        Bangladesh||Bangladeshi,Bangladeshis|Dhaka
        Belarus||Belarusian,Belarusians|Minsk
        Belgium||Belgian,Belgians|
        Bolivia||Bolivian,Bolivians|
        Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians|Sarajevo
        Brazil||Brazilian,Brazilians|Brasilia
        Bulgaria||Bulgarian,Bulgarians|Sofia
        Burkina Faso||Burkinabe|Ouagadougou
        Cambodia||Cambodian,Cambodians|Phnom Penh
        Cameroon||Cameroonian,Cameroonians|Yaounde
        Canada||Canadian,Canadians|Ottawa
        Chad||Chadian,Chadians|N'Djamena
        Chile||Chilean,Chileans|Santiago
        China|People's Republic of China,PRC|Chinese|Beijing
        Colombia||Colombian,Colombians|Bogota
        Congo|Democratic Republic of the Congo,DRC|Congolese|Kinshasa
        Costa Rica||Costa Rican,Costa Ricans|San Jose
        Croatia||Croatian,Croatians,Croat,Croats|Zagreb
        Cuba||Cuban,Cubans|Havana
        Cyprus||Cypriot,Cypriots|Nicosia
        Czech Republic|Czechia|Czech,Czechs|Prague
        Denmark||Danish,Dane,Danes|Copenhagen
        Dominican Republic||Dominican,Dominicans|Santo Domingo
        Ecuador||Ecuadorian,Ecuadorians|Quito
        Egypt||Egyptian,Egyptians|Cairo
        El Salvador|Salvador|Salvadoran,Salvadorans,Salvadorean,Salvadoreans|San Salvador
        Eritrea||Eritrean,Eritreans|Asmara
        Estonia||Estonian,Estonians|Tallinn
        Ethiopia||Ethiopian,Ethiopians|Addis Ababa
        Finland||Finnish,Finn,Finns|Helsinki
        France||French|Paris
        Georgia||Georgian,Georgians|Tbilisi
        Germany||German,Germans|Berlin
        Ghana||Ghanaian,Ghanaians|Accra
        Greece||Greek,Greeks|Athens
        Guatemala||Guatemalan,Guatemalans|Guatemala City
        Haiti||Haitian,Haitians|Port-au-Prince
        Honduras||Honduran,Hondurans|Tegucigalpa
        Hungary||Hungarian,Hungarians|Budapest
        Iceland||Icelandic,Icelander,Icelanders|Reykjavik
        India||Indian,Indians|New Delhi
        Indonesia||Indonesian,Indonesians|Jakarta
        Iran||Iranian,Iranians|Tehran
        Iraq||Iraqi,Iraqis|Baghdad
        Ireland||Irish|Dublin
        Israel||Israeli,Israelis|Jerusalem
        Italy||Italian,Italians|Rome
        Ivory Coast|Cote d'Ivoire|Ivorian,Ivorians|
        Jamaica||Jamaican,Jamaicans|Kingston
        Japan||Japanese|Tokyo
        Jordan||Jordanian,Jordanians|Amman
        Kazakhstan||Kazakh,Kazakhs|Astana
        Kenya||Kenyan,Kenyans|Nairobi
        Kosovo||Kosovar,Kosovars|Pristina
        Kuwait||Kuwaiti,Kuwaitis|
        Kyrgyzstan||Kyrgyz|Bishkek
        Laos||Laotian,Laotians|Vientiane
        Latvia||Latvian,Latvians|Riga
        Lebanon||Lebanese|Beirut
        Libya||Libyan,Libyans|Tripoli
        Lithuania||Lithuanian,Lithuanians|Vilnius
        Malaysia||Malaysian,Malaysians|Kuala Lumpur
        Mali||Malian,Malians|Bamako
        Mexico||Mexican,Mexicans|Mexico City
        Moldova||Moldovan,Moldovans|Chisinau
        Mongolia||Mongolian,Mongolians|Ulaanbaatar
        Montenegro||Montenegrin,Montenegrins|Podgorica
        Morocco||Moroccan,Moroccans|Rabat
        Mozambique||Mozambican,Mozambicans|Maputo
        Myanmar|Burma|Burmese|Naypyidaw
        Nepal||Nepali,Nepalese|Kathmandu
        Netherlands|Holland|Dutch|Amsterdam
        New Zealand||New Zealander,New Zealanders|Wellington
        Nicaragua||Nicaraguan,Nicaraguans|Managua
        Niger||Nigerien,Nigeriens|Niamey
        Nigeria||Nigerian,Nigerians|Abuja
        North Korea|DPRK|North Korean,North Koreans|Pyongyang
        North Macedonia|Macedonia|Macedonian,Macedonians|Skopje
        Norway||Norwegian,Norwegians|Oslo
        Oman||Omani,Omanis|Muscat
        Pakistan||Pakistani,Pakistanis|Islamabad
        Palestine|Palestinian territories|Palestinian,Palestinians|Ramallah
        Panama||Panamanian,Panamanians|Panama City
        Paraguay||Paraguayan,Paraguayans|Asuncion
        Peru||Peruvian,Peruvians|Lima
        Philippines||Filipino,Filipinos,Philippine|Manila
        Poland||Polish,Pole,Poles|Warsaw
        Portugal||Portuguese|Lisbon
        Qatar||Qatari,Qataris|Doha
        Romania||Romanian,Romanians|Bucharest
        Russia|Russian Federation|Russian,Russians|Moscow
        Rwanda||Rwandan,Rwandans|Kigali
        Saudi Arabia||Saudi,Saudis|Riyadh
        Senegal||Senegalese|Dakar
        Serbia||Serbian,Serbians,Serb,Serbs|Belgrade
        Singapore||Singaporean,Singaporeans|
        Slovakia||Slovak,Slovaks|Bratislava
        Slovenia||Slovenian,Slovenians,Slovene,Slovenes|Ljubljana
        Somalia||Somali,Somalis|Mogadishu
        South Africa||South African,South Africans|Pretoria
        South Korea|Republic of Korea|South Korean,South Koreans|Seoul
        South Sudan||South Sudanese|Juba
        Spain||Spanish,Spaniard,Spaniards|Madrid
        Sri Lanka||Sri Lankan,Sri Lankans|Colombo
        Sudan||Sudanese|Khartoum
        Sweden||Swedish,Swede,Swedes|Stockholm
        Switzerland||Swiss|Bern
        Syria||Syrian,Syrians|Damascus
        Taiwan||Taiwanese|Taipei
        Tajikistan||Tajik,Tajiks|Dushanbe
        Tanzania||Tanzanian,Tanzanians|Dodoma
        Thailand||Thai,Thais|Bangkok
        Tunisia||Tunisian,Tunisians|Tunis
        Turkey|Turkiye|Turkish,Turk,Turks|Ankara
        Turkmenistan||Turkmen|Ashgabat
        Uganda||Ugandan,Ugandans|Kampala
        Ukraine||Ukrainian,Ukrainians|Kyiv,Kiev
        United Arab Emirates|UAE|Emirati,Emiratis|Abu Dhabi
        United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons|London
        United States|US,U.S.,USA,U.S.A.,America,United States of America|American,Americans|Washington
        Uruguay||Uruguayan,Uruguayans|Montevideo
        Uzbekistan||Uzbek,Uzbeks|Tashkent
        Venezuela||Venezuelan,Venezuelans|Caracas
        Vietnam||Vietnamese|Hanoi
        Yemen||Yemeni,Yemenis|Sanaa
        Zambia||Zambian,Zambians|Lusaka
        Zimbabwe||Zimbabwean,Zimbabweans|Harare
        """;
}

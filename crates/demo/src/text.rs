//! Description building blocks per language: sentence templates by organisation kind and, per sector,
//! parallel sentences (the same variant index means the same thing in every language), keywords and
//! words used to coin company names. `{year}` and `{field}` are filled in by the generator.

use crate::Sector;

pub(crate) struct SectorText {
    pub sector: Sector,
    /// What the organisation does (two variants, parallel across languages).
    pub intro: [&'static str; 2],
    /// What it offers.
    pub offer: [&'static str; 2],
    /// What it is looking for.
    pub seek: [&'static str; 2],
    /// The domain, shaped to fit the language's `{field}` slot.
    pub field: &'static str,
    /// The domain as used in names of institutes and departments.
    pub inst: &'static str,
    /// Words used in company names.
    pub words: &'static [&'static str],
    pub keywords: &'static [&'static str],
}

pub(crate) struct LangText {
    pub code: &'static str,
    /// Company opener by size class (micro, small, medium, large), with `{year}`.
    pub opener: [&'static str; 4],
    pub cluster: &'static str,
    pub university: &'static str,
    pub research: &'static str,
    pub public: &'static str,
    pub support: &'static str,
    pub sectors: &'static [SectorText],
}

impl LangText {
    pub fn sector(&self, s: Sector) -> Option<&SectorText> {
        self.sectors.iter().find(|t| t.sector == s)
    }
}

pub(crate) fn lang(code: &str) -> &'static LangText {
    LANGS
        .iter()
        .find(|l| l.code == code)
        .unwrap_or_else(|| panic!("no demo texts for language {code}"))
}

pub(crate) static LANGS: &[LangText] = &[EN, PL, BG, CS, SK, ES, DE, HU, RO, IT, SL, NL];

const EN: LangText = LangText {
    code: "en",
    opener: [
        "We are a micro-enterprise founded in {year}.",
        "We are a small company founded in {year}.",
        "We are a medium-sized company operating since {year}.",
        "We are a large company with several sites, operating since {year}.",
    ],
    cluster: "The cluster brings together companies, universities, research institutes and local authorities working in {field}. Its management team organises joint projects, trade missions, training and brokerage meetings for members. We are looking for partner clusters abroad for joint EU projects and exchanges of good practice.",
    university: "Our faculty educates engineers and carries out applied research in {field}. We offer contract research, laboratory testing, student internships and joint applications to Horizon Europe and Interreg. We are looking for companies that want to put our results into practice.",
    research: "The institute carries out research and development in {field}, from laboratory studies to pilot installations. We offer measurements, feasibility studies and technology transfer to small and medium-sized enterprises. We seek industrial partners for joint R&D projects and for testing prototypes.",
    public: "As a local public authority we support investment and innovation in {field} in our area. We offer land for investors, help with permits and cooperation with schools. We are looking for companies and clusters to join pilot projects and public-private partnerships.",
    support: "We support entrepreneurs in {field} with advice, training and access to finance. We offer business matchmaking, export consulting and a technology transfer desk. We are looking for foreign chambers, clusters and agencies to organise trade missions and B2B meetings together.",
    sectors: &[
        SectorText {
            sector: Sector::Energy,
            intro: [
                "We design and install photovoltaic systems and heat pumps for households, farms and businesses.",
                "We build biomass boilers, produce wood pellets and carry out energy audits of buildings.",
            ],
            offer: [
                "We offer turnkey installations with monitoring, maintenance and help with grant applications.",
                "We offer energy-efficiency retrofits, thermal modernisation and on-site measurement of energy use.",
            ],
            seek: [
                "We are looking for suppliers of inverters and energy storage, and for installers in neighbouring regions.",
                "We seek research partners for hybrid photovoltaic and heat-pump systems, and distributors abroad.",
            ],
            field: "renewable energy and energy efficiency",
            inst: "Renewable Energy",
            words: &["Energy", "Solar", "Heat Pumps", "Bioenergy"],
            keywords: &["photovoltaics", "heat pumps", "biomass", "energy efficiency", "energy audit", "energy storage"],
        },
        SectorText {
            sector: Sector::Green,
            intro: [
                "We collect and recycle plastics, paper and electronic waste and turn them into secondary raw materials.",
                "We provide environmental consulting, water treatment solutions and green building certification.",
            ],
            offer: [
                "We offer waste management contracts for municipalities and industry, and recycled granulate for manufacturers.",
                "We offer environmental impact assessments, carbon footprint calculations and training on the circular economy.",
            ],
            seek: [
                "We are looking for buyers of recycled materials and for technology partners in composting and biogas.",
                "We seek partners for joint circular-economy projects and for pilot installations in municipalities.",
            ],
            field: "the green and circular economy",
            inst: "Circular Economy",
            words: &["Recycling", "Eco", "Environment", "Green"],
            keywords: &["recycling", "circular economy", "waste management", "water treatment", "carbon footprint", "green building"],
        },
        SectorText {
            sector: Sector::Aviation,
            intro: [
                "We machine precision parts and assemblies for aircraft engines and airframes.",
                "We develop composite structures and test equipment for light aircraft and drones.",
            ],
            offer: [
                "We offer five-axis CNC machining, heat treatment and inspection under AS9100 quality rules.",
                "We offer design, prototyping and non-destructive testing of composite components.",
            ],
            seek: [
                "We are looking for customers among tier-1 aerospace suppliers and for partners for joint bids.",
                "We seek research partners in lightweight materials and the certification of unmanned aircraft.",
            ],
            field: "aviation and aerospace",
            inst: "Aerospace Technology",
            words: &["Aero", "Avia", "Composites", "Precision"],
            keywords: &["aerospace", "CNC machining", "composites", "drones", "non-destructive testing", "AS9100"],
        },
        SectorText {
            sector: Sector::Health,
            intro: [
                "We develop diagnostic tests and laboratory services for haematology and transplant medicine.",
                "We manufacture medical devices and single-use equipment for hospitals and clinics.",
            ],
            offer: [
                "We offer HLA typing, support in cell processing and validated laboratory procedures for clinics.",
                "We offer contract manufacturing, sterilisation and support with the CE marking of medical devices.",
            ],
            seek: [
                "We are looking for hospitals and biobanks for clinical studies, and for distributors of our tests.",
                "We seek partners in biotechnology and IT for telemedicine and patient-data projects.",
            ],
            field: "health, biotechnology and transplant medicine",
            inst: "Regenerative Medicine",
            words: &["Med", "Diagnostics", "Bio", "Medica"],
            keywords: &["bone marrow transplantation", "diagnostics", "medical devices", "biotechnology", "clinical trials", "telemedicine"],
        },
        SectorText {
            sector: Sector::Tourism,
            intro: [
                "We run a mountain guesthouse and organise hiking, cycling and ski trips for families and groups.",
                "We are a tour operator offering cultural routes, active holidays and incentive trips for companies.",
            ],
            offer: [
                "We offer accommodation, regional cuisine and packages that combine sport, culture and wellness.",
                "We offer cross-border tourist packages, local guides and conference services for up to 200 guests.",
            ],
            seek: [
                "We are looking for tour operators and travel agencies abroad to sell our packages.",
                "We seek partners to develop joint tourist routes and to promote the region at trade fairs.",
            ],
            field: "tourism and leisure",
            inst: "Tourism and Leisure",
            words: &["Tours", "Travel", "Holidays", "Mountain Trails"],
            keywords: &["mountain tourism", "active holidays", "agritourism", "cultural routes", "wellness", "conference tourism"],
        },
        SectorText {
            sector: Sector::Child,
            intro: [
                "We design and produce wooden educational toys and furniture for kindergartens.",
                "We make safe clothing, car seats and accessories for babies and young children.",
            ],
            offer: [
                "We offer products tested to the EN 71 toy safety standard and short series made to order for schools.",
                "We offer certified products, private-label production and workshops for parents and teachers.",
            ],
            seek: [
                "We are looking for distributors, online shops and kindergartens that want to test new products.",
                "We seek designers, psychologists and research partners to develop child-friendly solutions.",
            ],
            field: "products and services for children",
            inst: "Child Development",
            words: &["Toys", "Kids", "Little Ones", "Education"],
            keywords: &["educational toys", "kindergarten furniture", "child safety", "children's clothing", "early education", "EN 71"],
        },
        SectorText {
            sector: Sector::Ict,
            intro: [
                "We build custom web and mobile applications and cloud systems for industry and the public sector.",
                "We develop data analytics, internet-of-things and cybersecurity solutions for manufacturing companies.",
            ],
            offer: [
                "We offer software development, system integration and maintenance with agile teams.",
                "We offer sensor-data platforms, predictive maintenance and security audits of industrial networks.",
            ],
            seek: [
                "We are looking for industrial partners to pilot our software and for subcontracting projects abroad.",
                "We seek partners for joint Horizon Europe and Digital Europe projects in artificial intelligence.",
            ],
            field: "information and communication technologies",
            inst: "Information Systems",
            words: &["Soft", "IT", "Systems", "Data"],
            keywords: &["software development", "cloud", "internet of things", "cybersecurity", "data analytics", "artificial intelligence"],
        },
        SectorText {
            sector: Sector::Food,
            intro: [
                "We grow and process fruit and vegetables into juices, purées and frozen products.",
                "We run a dairy and a bakery that make regional and organic food.",
            ],
            offer: [
                "We offer private-label production, cold storage and certified organic raw materials.",
                "We offer traditional regional products, supplies for catering and tasting events.",
            ],
            seek: [
                "We are looking for retail chains and importers abroad, and for packaging suppliers.",
                "We seek research partners to extend shelf life and reduce food waste.",
            ],
            field: "agriculture and food processing",
            inst: "Food Technology",
            words: &["Orchards", "Agro", "Foods", "Dairy"],
            keywords: &["fruit processing", "organic food", "dairy", "regional products", "cold storage", "food safety"],
        },
        SectorText {
            sector: Sector::Automotive,
            intro: [
                "We manufacture plastic and metal components for car seats, interiors and wiring harnesses.",
                "We produce forged and machined parts for powertrains and electric vehicle drives.",
            ],
            offer: [
                "We offer injection moulding, stamping and assembly in plants certified to IATF 16949.",
                "We offer series production, prototype parts and testing for electric and hybrid vehicles.",
            ],
            seek: [
                "We are looking for new customers among carmakers and tier-1 suppliers, and for tooling partners.",
                "We seek partners in battery technology, lightweight materials and automation.",
            ],
            field: "the automotive industry and electromobility",
            inst: "Automotive Engineering",
            words: &["Auto", "Components", "Motor Parts", "Drive"],
            keywords: &["automotive parts", "injection moulding", "electromobility", "IATF 16949", "metal stamping", "powertrain"],
        },
        SectorText {
            sector: Sector::Machinery,
            intro: [
                "We design and build agricultural machinery and equipment for livestock farms.",
                "We manufacture special-purpose machines, production lines and steel structures.",
            ],
            offer: [
                "We offer machines made to order, spare parts and after-sales service across Europe.",
                "We offer CNC machining, welding, automation and the commissioning of complete lines.",
            ],
            seek: [
                "We are looking for dealers abroad and for partners in precision-farming electronics.",
                "We seek suppliers of hydraulics and drives, and research partners in robotics.",
            ],
            field: "machinery and mechanical engineering",
            inst: "Mechanical Engineering",
            words: &["Machines", "Engineering", "Metal", "Works"],
            keywords: &["agricultural machinery", "special-purpose machines", "automation", "CNC machining", "welding", "spare parts"],
        },
    ],
};

const PL: LangText = LangText {
    code: "pl",
    opener: [
        "Jesteśmy mikroprzedsiębiorstwem założonym w {year} roku.",
        "Jesteśmy małą firmą działającą od {year} roku.",
        "Jesteśmy średnim przedsiębiorstwem obecnym na rynku od {year} roku.",
        "Jesteśmy dużym przedsiębiorstwem z kilkoma oddziałami, działającym od {year} roku.",
    ],
    cluster: "Klaster zrzesza firmy, uczelnie, instytuty badawcze i samorządy działające w dziedzinie {field}. Biuro klastra organizuje wspólne projekty, misje gospodarcze, szkolenia i spotkania kooperacyjne dla członków. Szukamy zagranicznych klastrów partnerskich do wspólnych projektów unijnych i wymiany dobrych praktyk.",
    university: "Nasz wydział kształci inżynierów i prowadzi badania stosowane w dziedzinie {field}. Oferujemy badania na zlecenie, testy laboratoryjne, praktyki studenckie i wspólne wnioski do programów Horyzont Europa i Interreg. Szukamy firm, które chcą wdrożyć nasze wyniki w praktyce.",
    research: "Instytut prowadzi prace badawczo-rozwojowe w dziedzinie {field}, od badań laboratoryjnych po instalacje pilotażowe. Oferujemy pomiary, studia wykonalności i transfer technologii do małych i średnich przedsiębiorstw. Poszukujemy partnerów przemysłowych do wspólnych projektów B+R i testowania prototypów.",
    public: "Jako samorząd lokalny wspieramy inwestycje i innowacje w dziedzinie {field} na naszym terenie. Oferujemy tereny inwestycyjne, pomoc w uzyskaniu pozwoleń i współpracę ze szkołami. Szukamy firm i klastrów do projektów pilotażowych i partnerstw publiczno-prywatnych.",
    support: "Wspieramy przedsiębiorców w dziedzinie {field} doradztwem, szkoleniami i dostępem do finansowania. Oferujemy kojarzenie partnerów biznesowych, doradztwo eksportowe i punkt transferu technologii. Szukamy zagranicznych izb, klastrów i agencji do wspólnej organizacji misji gospodarczych i spotkań B2B.",
    sectors: &[
        SectorText {
            sector: Sector::Energy,
            intro: [
                "Projektujemy i montujemy instalacje fotowoltaiczne oraz pompy ciepła dla domów, gospodarstw rolnych i firm.",
                "Produkujemy kotły na biomasę i pellet drzewny, a także wykonujemy audyty energetyczne budynków.",
            ],
            offer: [
                "Oferujemy instalacje pod klucz z monitoringiem, serwisem i pomocą w pozyskaniu dotacji.",
                "Oferujemy termomodernizację, poprawę efektywności energetycznej i pomiary zużycia energii na miejscu.",
            ],
            seek: [
                "Szukamy dostawców falowników i magazynów energii oraz instalatorów w sąsiednich regionach.",
                "Poszukujemy partnerów naukowych do badań nad hybrydowymi układami fotowoltaiki i pomp ciepła oraz dystrybutorów za granicą.",
            ],
            field: "odnawialnych źródeł energii i efektywności energetycznej",
            inst: "Energetyki Odnawialnej",
            words: &["Energia", "Fotowoltaika", "Pompy Ciepła", "Biomasa", "Instalacje OZE", "Termo"],
            keywords: &["fotowoltaika", "pompy ciepła", "biomasa", "efektywność energetyczna", "audyt energetyczny", "magazyny energii"],
        },
        SectorText {
            sector: Sector::Green,
            intro: [
                "Zbieramy i przetwarzamy odpady z tworzyw sztucznych, papieru i elektroniki na surowce wtórne.",
                "Świadczymy doradztwo środowiskowe, dostarczamy rozwiązania do oczyszczania wody i certyfikujemy zielone budynki.",
            ],
            offer: [
                "Oferujemy gminom i przemysłowi kompleksowe zagospodarowanie odpadów, a producentom regranulat z recyklingu.",
                "Oferujemy oceny oddziaływania na środowisko, obliczanie śladu węglowego i szkolenia z gospodarki obiegu zamkniętego.",
            ],
            seek: [
                "Szukamy odbiorców surowców wtórnych oraz partnerów technologicznych w kompostowaniu i produkcji biogazu.",
                "Poszukujemy partnerów do wspólnych projektów gospodarki obiegu zamkniętego i instalacji pilotażowych w gminach.",
            ],
            field: "zielonej gospodarki i gospodarki obiegu zamkniętego",
            inst: "Gospodarki Obiegu Zamkniętego",
            words: &["Recykling", "Eko", "Środowisko", "Zielona Energia"],
            keywords: &["recykling", "gospodarka obiegu zamkniętego", "gospodarka odpadami", "oczyszczanie wody", "ślad węglowy", "zielone budownictwo"],
        },
        SectorText {
            sector: Sector::Aviation,
            intro: [
                "Wykonujemy precyzyjne części i podzespoły do silników lotniczych i płatowców.",
                "Opracowujemy konstrukcje kompozytowe i urządzenia testowe dla lekkich samolotów i dronów.",
            ],
            offer: [
                "Oferujemy pięcioosiową obróbkę CNC, obróbkę cieplną i kontrolę jakości zgodną z AS9100.",
                "Oferujemy projektowanie, prototypowanie i badania nieniszczące elementów kompozytowych.",
            ],
            seek: [
                "Szukamy klientów wśród dostawców pierwszego rzędu branży lotniczej i partnerów do wspólnych ofert.",
                "Poszukujemy partnerów badawczych w dziedzinie lekkich materiałów i certyfikacji bezzałogowych statków powietrznych.",
            ],
            field: "lotnictwa i przemysłu kosmicznego",
            inst: "Technologii Lotniczych",
            words: &["Aero", "Avia", "Kompozyty", "Precyzja"],
            keywords: &["lotnictwo", "obróbka CNC", "kompozyty", "drony", "badania nieniszczące", "AS9100"],
        },
        SectorText {
            sector: Sector::Health,
            intro: [
                "Opracowujemy testy diagnostyczne i usługi laboratoryjne dla hematologii i transplantologii.",
                "Produkujemy wyroby medyczne i sprzęt jednorazowy dla szpitali i klinik.",
            ],
            offer: [
                "Oferujemy typowanie HLA, wsparcie w preparatyce komórek i zwalidowane procedury laboratoryjne dla klinik.",
                "Oferujemy produkcję kontraktową, sterylizację i wsparcie w oznakowaniu CE wyrobów medycznych.",
            ],
            seek: [
                "Szukamy szpitali i biobanków do badań klinicznych oraz dystrybutorów naszych testów.",
                "Poszukujemy partnerów z branży biotechnologii i IT do projektów telemedycznych i analizy danych pacjentów.",
            ],
            field: "ochrony zdrowia, biotechnologii i transplantologii",
            inst: "Medycyny Regeneracyjnej",
            words: &["Med", "Diagnostyka", "Bio", "Medica"],
            keywords: &["przeszczepianie szpiku", "diagnostyka", "wyroby medyczne", "biotechnologia", "badania kliniczne", "telemedycyna"],
        },
        SectorText {
            sector: Sector::Tourism,
            intro: [
                "Prowadzimy górski pensjonat i organizujemy wycieczki piesze, rowerowe i narciarskie dla rodzin i grup.",
                "Jesteśmy touroperatorem oferującym szlaki kulturowe, wypoczynek aktywny i wyjazdy motywacyjne dla firm.",
            ],
            offer: [
                "Oferujemy noclegi, kuchnię regionalną i pakiety łączące sport, kulturę i wellness.",
                "Oferujemy transgraniczne pakiety turystyczne, lokalnych przewodników i obsługę konferencji do 200 osób.",
            ],
            seek: [
                "Szukamy biur podróży i touroperatorów za granicą, którzy włączą nasze pakiety do sprzedaży.",
                "Poszukujemy partnerów do tworzenia wspólnych szlaków turystycznych i promocji regionu na targach.",
            ],
            field: "turystyki i rekreacji",
            inst: "Turystyki i Rekreacji",
            words: &["Tour", "Travel", "Wypoczynek", "Górskie Szlaki"],
            keywords: &["turystyka górska", "wypoczynek aktywny", "agroturystyka", "szlaki kulturowe", "wellness", "turystyka konferencyjna"],
        },
        SectorText {
            sector: Sector::Child,
            intro: [
                "Projektujemy i produkujemy drewniane zabawki edukacyjne oraz meble do przedszkoli.",
                "Tworzymy bezpieczną odzież, foteliki samochodowe i akcesoria dla niemowląt i małych dzieci.",
            ],
            offer: [
                "Oferujemy produkty badane zgodnie z normą EN 71 oraz krótkie serie na zamówienie szkół.",
                "Oferujemy certyfikowane produkty, produkcję pod marką klienta i warsztaty dla rodziców i nauczycieli.",
            ],
            seek: [
                "Szukamy dystrybutorów, sklepów internetowych i przedszkoli, które chcą testować nowe produkty.",
                "Poszukujemy projektantów, psychologów i partnerów naukowych do tworzenia rozwiązań przyjaznych dzieciom.",
            ],
            field: "produktów i usług dla dzieci",
            inst: "Rozwoju Dziecka",
            words: &["Zabawki", "Kids", "Maluch", "Edukacja"],
            keywords: &["zabawki edukacyjne", "meble przedszkolne", "bezpieczeństwo dzieci", "odzież dziecięca", "edukacja wczesnoszkolna", "EN 71"],
        },
        SectorText {
            sector: Sector::Ict,
            intro: [
                "Tworzymy dedykowane aplikacje internetowe i mobilne oraz systemy chmurowe dla przemysłu i administracji.",
                "Rozwijamy rozwiązania analityki danych, internetu rzeczy i cyberbezpieczeństwa dla firm produkcyjnych.",
            ],
            offer: [
                "Oferujemy wytwarzanie oprogramowania, integrację systemów i utrzymanie w zwinnych zespołach.",
                "Oferujemy platformy danych z czujników, predykcyjne utrzymanie ruchu i audyty bezpieczeństwa sieci przemysłowych.",
            ],
            seek: [
                "Szukamy partnerów przemysłowych do pilotażu naszego oprogramowania i projektów podwykonawczych za granicą.",
                "Poszukujemy partnerów do wspólnych projektów Horyzont Europa i Cyfrowa Europa w dziedzinie sztucznej inteligencji.",
            ],
            field: "technologii informacyjno-komunikacyjnych",
            inst: "Systemów Informatycznych",
            words: &["Soft", "IT", "Systemy", "Data", "Cyfra"],
            keywords: &["oprogramowanie", "chmura obliczeniowa", "internet rzeczy", "cyberbezpieczeństwo", "analityka danych", "sztuczna inteligencja"],
        },
        SectorText {
            sector: Sector::Food,
            intro: [
                "Uprawiamy i przetwarzamy owoce i warzywa na soki, przeciery i mrożonki.",
                "Prowadzimy mleczarnię i piekarnię wytwarzające żywność regionalną i ekologiczną.",
            ],
            offer: [
                "Oferujemy produkcję pod marką klienta, przechowywanie w chłodniach i certyfikowane surowce ekologiczne.",
                "Oferujemy tradycyjne produkty regionalne, dostawy dla gastronomii i degustacje.",
            ],
            seek: [
                "Szukamy sieci handlowych i importerów za granicą oraz dostawców opakowań.",
                "Poszukujemy partnerów naukowych do wydłużenia trwałości produktów i ograniczenia marnowania żywności.",
            ],
            field: "rolnictwa i przetwórstwa spożywczego",
            inst: "Technologii Żywności",
            words: &["Sady", "Agro", "Smaki", "Mleczarnia", "Owoc"],
            keywords: &["przetwórstwo owoców", "żywność ekologiczna", "mleczarstwo", "produkty regionalne", "chłodnictwo", "bezpieczeństwo żywności"],
        },
        SectorText {
            sector: Sector::Automotive,
            intro: [
                "Produkujemy elementy z tworzyw sztucznych i metalu do foteli, wnętrz samochodów i wiązek elektrycznych.",
                "Wytwarzamy odkuwki i części obrabiane do układów napędowych oraz napędów pojazdów elektrycznych.",
            ],
            offer: [
                "Oferujemy wtrysk tworzyw, tłoczenie i montaż w zakładach certyfikowanych zgodnie z IATF 16949.",
                "Oferujemy produkcję seryjną, części prototypowe i badania dla pojazdów elektrycznych i hybrydowych.",
            ],
            seek: [
                "Szukamy nowych klientów wśród producentów samochodów i dostawców pierwszego rzędu oraz partnerów narzędziowych.",
                "Poszukujemy partnerów w technologiach baterii, materiałach lekkich i automatyzacji.",
            ],
            field: "motoryzacji i elektromobilności",
            inst: "Techniki Motoryzacyjnej",
            words: &["Auto", "Moto", "Komponenty", "Motoparts"],
            keywords: &["części samochodowe", "wtrysk tworzyw", "elektromobilność", "IATF 16949", "tłoczenie", "układy napędowe"],
        },
        SectorText {
            sector: Sector::Machinery,
            intro: [
                "Projektujemy i budujemy maszyny rolnicze oraz wyposażenie ferm hodowlanych.",
                "Produkujemy maszyny specjalne, linie produkcyjne i konstrukcje stalowe.",
            ],
            offer: [
                "Oferujemy maszyny na zamówienie, części zamienne i serwis posprzedażny w całej Europie.",
                "Oferujemy obróbkę CNC, spawanie, automatyzację i uruchamianie kompletnych linii.",
            ],
            seek: [
                "Szukamy dealerów za granicą i partnerów w elektronice dla rolnictwa precyzyjnego.",
                "Poszukujemy dostawców hydrauliki i napędów oraz partnerów naukowych w robotyce.",
            ],
            field: "budowy maszyn i inżynierii mechanicznej",
            inst: "Budowy Maszyn",
            words: &["Maszyny", "Mechanika", "Metal", "Agromasz", "Konstrukcje"],
            keywords: &["maszyny rolnicze", "maszyny specjalne", "automatyzacja", "obróbka CNC", "spawanie", "części zamienne"],
        },
    ],
};

const BG: LangText = LangText {
    code: "bg",
    opener: [
        "Ние сме микропредприятие, основано през {year} г.",
        "Ние сме малка фирма, която работи от {year} г.",
        "Ние сме средно предприятие, което е на пазара от {year} г.",
        "Ние сме голямо предприятие с няколко обекта, което работи от {year} г.",
    ],
    cluster: "Клъстерът обединява фирми, университети, научни институти и местни власти, които работят в областта на {field}. Екипът на клъстера организира съвместни проекти, търговски мисии, обучения и срещи за партньорство между членовете. Търсим партньорски клъстери в чужбина за съвместни европейски проекти и обмен на добри практики.",
    university: "Нашият факултет обучава инженери и провежда приложни изследвания в областта на {field}. Предлагаме изследвания по поръчка, лабораторни изпитвания, студентски стажове и съвместни кандидатури по програмите Хоризонт Европа и Интеррег. Търсим фирми, които искат да приложат нашите резултати в практиката.",
    research: "Институтът извършва научноизследователска и развойна дейност в областта на {field} – от лабораторни изследвания до пилотни инсталации. Предлагаме измервания, предпроектни проучвания и трансфер на технологии към малки и средни предприятия. Търсим индустриални партньори за съвместни научни проекти и изпитване на прототипи.",
    public: "Като местна власт подкрепяме инвестициите и иновациите в областта на {field} на нашата територия. Предлагаме терени за инвестиции, съдействие при разрешителни и сътрудничество с училищата. Търсим фирми и клъстери за пилотни проекти и публично-частни партньорства.",
    support: "Подкрепяме предприемачите в областта на {field} с консултации, обучения и достъп до финансиране. Предлагаме търсене на бизнес партньори, експортни консултации и офис за трансфер на технологии. Търсим чуждестранни камари, клъстери и агенции за съвместна организация на търговски мисии и B2B срещи.",
    sectors: &[
        SectorText {
            sector: Sector::Green,
            intro: [
                "Събираме и рециклираме отпадъци от пластмаса, хартия и електроника и ги превръщаме във вторични суровини.",
                "Предоставяме екологични консултации, решения за пречистване на води и сертифициране на зелени сгради.",
            ],
            offer: [
                "Предлагаме на общините и индустрията управление на отпадъците, а на производителите – рециклирани гранули.",
                "Предлагаме оценки на въздействието върху околната среда, изчисляване на въглеродния отпечатък и обучения по кръгова икономика.",
            ],
            seek: [
                "Търсим купувачи на рециклирани материали и технологични партньори в компостирането и производството на биогаз.",
                "Търсим партньори за съвместни проекти в кръговата икономика и за пилотни инсталации в общините.",
            ],
            field: "зелената и кръговата икономика",
            inst: "кръгова икономика",
            words: &["Еко", "Рециклинг", "Грийн", "Екосистеми"],
            keywords: &["рециклиране", "кръгова икономика", "управление на отпадъците", "пречистване на води", "въглероден отпечатък", "зелено строителство"],
        },
        SectorText {
            sector: Sector::Energy,
            intro: [
                "Проектираме и монтираме фотоволтаични системи и термопомпи за домакинства, ферми и предприятия.",
                "Произвеждаме котли на биомаса и дървесни пелети и извършваме енергийни обследвания на сгради.",
            ],
            offer: [
                "Предлагаме инсталации до ключ с мониторинг, поддръжка и помощ при кандидатстване за субсидии.",
                "Предлагаме мерки за енергийна ефективност, саниране на сгради и измерване на енергопотреблението на място.",
            ],
            seek: [
                "Търсим доставчици на инвертори и системи за съхранение на енергия, както и монтажници в съседни региони.",
                "Търсим научни партньори за хибридни системи с фотоволтаици и термопомпи и дистрибутори в чужбина.",
            ],
            field: "възобновяемата енергия и енергийната ефективност",
            inst: "възобновяеми енергийни източници",
            words: &["Солар", "Енерджи", "Термо", "Енергия"],
            keywords: &["фотоволтаици", "термопомпи", "биомаса", "енергийна ефективност", "енергийно обследване", "съхранение на енергия"],
        },
        SectorText {
            sector: Sector::Ict,
            intro: [
                "Разработваме уеб и мобилни приложения и облачни системи по поръчка за индустрията и публичния сектор.",
                "Разработваме решения за анализ на данни, интернет на нещата и киберсигурност за производствени фирми.",
            ],
            offer: [
                "Предлагаме разработка на софтуер, системна интеграция и поддръжка с гъвкави екипи.",
                "Предлагаме платформи за данни от сензори, предсказуема поддръжка и одити на сигурността на индустриални мрежи.",
            ],
            seek: [
                "Търсим индустриални партньори за пилотно внедряване на нашия софтуер и за подизпълнителски проекти в чужбина.",
                "Търсим партньори за съвместни проекти по Хоризонт Европа и Цифрова Европа в областта на изкуствения интелект.",
            ],
            field: "информационните и комуникационните технологии",
            inst: "информационни технологии",
            words: &["Софт", "Дигитал", "Системс", "Дата"],
            keywords: &["разработка на софтуер", "облачни услуги", "интернет на нещата", "киберсигурност", "анализ на данни", "изкуствен интелект"],
        },
        SectorText {
            sector: Sector::Food,
            intro: [
                "Отглеждаме и преработваме плодове и зеленчуци в сокове, пюрета и замразени продукти.",
                "Имаме мандра и пекарна, които произвеждат регионални и биологични храни.",
            ],
            offer: [
                "Предлагаме производство под марката на клиента, хладилно съхранение и сертифицирани биологични суровини.",
                "Предлагаме традиционни регионални продукти, доставки за ресторанти и дегустации.",
            ],
            seek: [
                "Търсим търговски вериги и вносители в чужбина, както и доставчици на опаковки.",
                "Търсим научни партньори за удължаване на трайността на продуктите и намаляване на хранителните отпадъци.",
            ],
            field: "земеделието и хранително-вкусовата промишленост",
            inst: "хранителни технологии",
            words: &["Агро", "Фууд", "Млечни продукти", "Био"],
            keywords: &["преработка на плодове", "биологични храни", "млекопреработване", "регионални продукти", "хладилно съхранение", "безопасност на храните"],
        },
        SectorText {
            sector: Sector::Tourism,
            intro: [
                "Стопанисваме планинска къща за гости и организираме пешеходни, велосипедни и ски турове за семейства и групи.",
                "Ние сме туроператор с културни маршрути, активен отдих и поощрителни пътувания за фирми.",
            ],
            offer: [
                "Предлагаме нощувки, местна кухня и пакети, които съчетават спорт, култура и уелнес.",
                "Предлагаме трансгранични туристически пакети, местни екскурзоводи и конферентно обслужване за до 200 души.",
            ],
            seek: [
                "Търсим туроператори и туристически агенции в чужбина, които да продават нашите пакети.",
                "Търсим партньори за разработване на съвместни туристически маршрути и за представяне на региона на изложения.",
            ],
            field: "туризма и отдиха",
            inst: "туризъм",
            words: &["Травел", "Тур", "Планина", "Ваканция"],
            keywords: &["планински туризъм", "активен отдих", "селски туризъм", "културни маршрути", "уелнес", "конферентен туризъм"],
        },
    ],
};

const CS: LangText = LangText {
    code: "cs",
    opener: [
        "Jsme mikropodnik založený v roce {year}.",
        "Jsme malá firma působící od roku {year}.",
        "Jsme středně velký podnik působící na trhu od roku {year}.",
        "Jsme velký podnik s několika pobočkami, působící od roku {year}.",
    ],
    cluster: "Klastr sdružuje firmy, univerzity, výzkumné ústavy a samosprávy působící v oblasti {field}. Management klastru organizuje společné projekty, obchodní mise, školení a kooperační setkání pro členy. Hledáme partnerské klastry v zahraničí pro společné evropské projekty a výměnu dobré praxe.",
    university: "Naše fakulta vzdělává inženýry a provádí aplikovaný výzkum v oblasti {field}. Nabízíme smluvní výzkum, laboratorní zkoušky, studentské stáže a společné žádosti do programů Horizont Evropa a Interreg. Hledáme firmy, které chtějí naše výsledky uplatnit v praxi.",
    research: "Ústav se věnuje výzkumu a vývoji v oblasti {field}, od laboratorních studií po pilotní zařízení. Nabízíme měření, studie proveditelnosti a transfer technologií malým a středním podnikům. Hledáme průmyslové partnery pro společné projekty výzkumu a vývoje a pro testování prototypů.",
    public: "Jako místní samospráva podporujeme investice a inovace v oblasti {field} na našem území. Nabízíme pozemky pro investory, pomoc s povoleními a spolupráci se školami. Hledáme firmy a klastry pro pilotní projekty a partnerství veřejného a soukromého sektoru.",
    support: "Podporujeme podnikatele v oblasti {field} poradenstvím, školeními a přístupem k financování. Nabízíme vyhledávání obchodních partnerů, exportní poradenství a kancelář transferu technologií. Hledáme zahraniční komory, klastry a agentury pro společné obchodní mise a B2B setkání.",
    sectors: &[
        SectorText {
            sector: Sector::Energy,
            intro: [
                "Navrhujeme a instalujeme fotovoltaické systémy a tepelná čerpadla pro domácnosti, farmy a firmy.",
                "Vyrábíme kotle na biomasu a dřevěné pelety a provádíme energetické audity budov.",
            ],
            offer: [
                "Nabízíme instalace na klíč s monitoringem, servisem a pomocí při žádostech o dotace.",
                "Nabízíme energeticky úsporné renovace, zateplení budov a měření spotřeby energie na místě.",
            ],
            seek: [
                "Hledáme dodavatele střídačů a bateriových úložišť a montážní firmy v sousedních regionech.",
                "Hledáme výzkumné partnery pro hybridní systémy fotovoltaiky a tepelných čerpadel a distributory v zahraničí.",
            ],
            field: "obnovitelných zdrojů energie a energetické účinnosti",
            inst: "obnovitelné energetiky",
            words: &["Energie", "Solar", "Therm", "Bioenergie"],
            keywords: &["fotovoltaika", "tepelná čerpadla", "biomasa", "energetická účinnost", "energetický audit", "ukládání energie"],
        },
        SectorText {
            sector: Sector::Green,
            intro: [
                "Sbíráme a recyklujeme plasty, papír a elektroodpad a vyrábíme z nich druhotné suroviny.",
                "Poskytujeme environmentální poradenství, řešení pro úpravu vody a certifikaci zelených budov.",
            ],
            offer: [
                "Nabízíme obcím a průmyslu nakládání s odpady a výrobcům recyklované granuláty.",
                "Nabízíme posouzení vlivů na životní prostředí, výpočet uhlíkové stopy a školení o oběhovém hospodářství.",
            ],
            seek: [
                "Hledáme odběratele recyklátů a technologické partnery v kompostování a výrobě bioplynu.",
                "Hledáme partnery pro společné projekty oběhového hospodářství a pilotní zařízení v obcích.",
            ],
            field: "zelené ekonomiky a oběhového hospodářství",
            inst: "oběhového hospodářství",
            words: &["Eko", "Recyklace", "Envi", "Zelená energie"],
            keywords: &["recyklace", "oběhové hospodářství", "odpadové hospodářství", "úprava vody", "uhlíková stopa", "zelené stavby"],
        },
        SectorText {
            sector: Sector::Tourism,
            intro: [
                "Provozujeme horský penzion a pořádáme pěší, cyklistické a lyžařské výlety pro rodiny a skupiny.",
                "Jsme cestovní kancelář nabízející kulturní trasy, aktivní dovolenou a incentivní zájezdy pro firmy.",
            ],
            offer: [
                "Nabízíme ubytování, regionální kuchyni a balíčky spojující sport, kulturu a wellness.",
                "Nabízíme přeshraniční turistické balíčky, místní průvodce a konferenční služby až pro 200 hostů.",
            ],
            seek: [
                "Hledáme cestovní kanceláře a touroperátory v zahraničí, kteří zařadí naše balíčky do nabídky.",
                "Hledáme partnery pro tvorbu společných turistických tras a propagaci regionu na veletrzích.",
            ],
            field: "cestovního ruchu a volného času",
            inst: "cestovního ruchu",
            words: &["Tour", "Travel", "Hory", "Rekreace"],
            keywords: &["horská turistika", "aktivní dovolená", "agroturistika", "kulturní trasy", "wellness", "kongresová turistika"],
        },
        SectorText {
            sector: Sector::Ict,
            intro: [
                "Vyvíjíme webové a mobilní aplikace a cloudové systémy na míru pro průmysl a veřejnou správu.",
                "Vyvíjíme řešení datové analytiky, internetu věcí a kybernetické bezpečnosti pro výrobní firmy.",
            ],
            offer: [
                "Nabízíme vývoj softwaru, systémovou integraci a údržbu s agilními týmy.",
                "Nabízíme platformy pro data ze senzorů, prediktivní údržbu a bezpečnostní audity průmyslových sítí.",
            ],
            seek: [
                "Hledáme průmyslové partnery pro pilotní nasazení našeho softwaru a subdodávky v zahraničí.",
                "Hledáme partnery pro společné projekty Horizont Evropa a Digitální Evropa v oblasti umělé inteligence.",
            ],
            field: "informačních a komunikačních technologií",
            inst: "informatiky",
            words: &["Soft", "Data", "Systems", "IT"],
            keywords: &["vývoj softwaru", "cloud", "internet věcí", "kybernetická bezpečnost", "datová analytika", "umělá inteligence"],
        },
        SectorText {
            sector: Sector::Machinery,
            intro: [
                "Navrhujeme a vyrábíme zemědělské stroje a vybavení pro živočišnou výrobu.",
                "Vyrábíme jednoúčelové stroje, výrobní linky a ocelové konstrukce.",
            ],
            offer: [
                "Nabízíme stroje na zakázku, náhradní díly a servis po celé Evropě.",
                "Nabízíme CNC obrábění, svařování, automatizaci a uvádění kompletních linek do provozu.",
            ],
            seek: [
                "Hledáme prodejce v zahraničí a partnery pro elektroniku precizního zemědělství.",
                "Hledáme dodavatele hydrauliky a pohonů a výzkumné partnery v robotice.",
            ],
            field: "strojírenství",
            inst: "strojírenské technologie",
            words: &["Strojírny", "Stroje", "Metal", "Technik"],
            keywords: &["zemědělské stroje", "jednoúčelové stroje", "automatizace", "CNC obrábění", "svařování", "náhradní díly"],
        },
        SectorText {
            sector: Sector::Automotive,
            intro: [
                "Vyrábíme plastové a kovové díly pro autosedačky, interiéry a kabelové svazky.",
                "Vyrábíme výkovky a obráběné díly pro hnací ústrojí a pohony elektromobilů.",
            ],
            offer: [
                "Nabízíme vstřikování plastů, lisování a montáž v závodech certifikovaných podle IATF 16949.",
                "Nabízíme sériovou výrobu, prototypové díly a zkoušky pro elektrická a hybridní vozidla.",
            ],
            seek: [
                "Hledáme nové zákazníky mezi automobilkami a dodavateli první úrovně a partnery pro výrobu nástrojů.",
                "Hledáme partnery v bateriových technologiích, lehkých materiálech a automatizaci.",
            ],
            field: "automobilového průmyslu a elektromobility",
            inst: "automobilové techniky",
            words: &["Auto", "Komponenty", "Automotive", "Moto"],
            keywords: &["autodíly", "vstřikování plastů", "elektromobilita", "IATF 16949", "lisování", "hnací ústrojí"],
        },
    ],
};

const SK: LangText = LangText {
    code: "sk",
    opener: [
        "Sme mikropodnik založený v roku {year}.",
        "Sme malá firma pôsobiaca od roku {year}.",
        "Sme stredne veľký podnik pôsobiaci na trhu od roku {year}.",
        "Sme veľký podnik s niekoľkými pobočkami, pôsobiaci od roku {year}.",
    ],
    cluster: "Klaster združuje firmy, univerzity, výskumné ústavy a samosprávy pôsobiace v oblasti {field}. Manažment klastra organizuje spoločné projekty, obchodné misie, školenia a kooperačné stretnutia pre členov. Hľadáme partnerské klastre v zahraničí pre spoločné európske projekty a výmenu dobrej praxe.",
    university: "Naša fakulta vzdeláva inžinierov a realizuje aplikovaný výskum v oblasti {field}. Ponúkame zmluvný výskum, laboratórne skúšky, študentské stáže a spoločné žiadosti do programov Horizont Európa a Interreg. Hľadáme firmy, ktoré chcú naše výsledky uplatniť v praxi.",
    research: "Ústav sa venuje výskumu a vývoju v oblasti {field}, od laboratórnych štúdií po pilotné zariadenia. Ponúkame merania, štúdie uskutočniteľnosti a transfer technológií malým a stredným podnikom. Hľadáme priemyselných partnerov pre spoločné výskumné projekty a testovanie prototypov.",
    public: "Ako miestna samospráva podporujeme investície a inovácie v oblasti {field} na našom území. Ponúkame pozemky pre investorov, pomoc s povoleniami a spoluprácu so školami. Hľadáme firmy a klastre pre pilotné projekty a partnerstvá verejného a súkromného sektora.",
    support: "Podporujeme podnikateľov v oblasti {field} poradenstvom, školeniami a prístupom k financovaniu. Ponúkame vyhľadávanie obchodných partnerov, exportné poradenstvo a kanceláriu transferu technológií. Hľadáme zahraničné komory, klastre a agentúry pre spoločné obchodné misie a B2B stretnutia.",
    sectors: &[
        SectorText {
            sector: Sector::Automotive,
            intro: [
                "Vyrábame plastové a kovové diely pre autosedačky, interiéry a káblové zväzky.",
                "Vyrábame výkovky a obrábané diely pre hnacie ústrojenstvá a pohony elektromobilov.",
            ],
            offer: [
                "Ponúkame vstrekovanie plastov, lisovanie a montáž v závodoch certifikovaných podľa IATF 16949.",
                "Ponúkame sériovú výrobu, prototypové diely a skúšky pre elektrické a hybridné vozidlá.",
            ],
            seek: [
                "Hľadáme nových zákazníkov medzi automobilkami a dodávateľmi prvej úrovne a partnerov na výrobu nástrojov.",
                "Hľadáme partnerov v batériových technológiách, ľahkých materiáloch a automatizácii.",
            ],
            field: "automobilového priemyslu a elektromobility",
            inst: "automobilovej techniky",
            words: &["Auto", "Komponenty", "Automotive", "Diely"],
            keywords: &["autodiely", "vstrekovanie plastov", "elektromobilita", "IATF 16949", "lisovanie", "hnacie ústrojenstvo"],
        },
        SectorText {
            sector: Sector::Tourism,
            intro: [
                "Prevádzkujeme horský penzión a organizujeme pešie, cyklistické a lyžiarske výlety pre rodiny a skupiny.",
                "Sme cestovná kancelária s kultúrnymi trasami, aktívnou dovolenkou a incentívnymi zájazdmi pre firmy.",
            ],
            offer: [
                "Ponúkame ubytovanie, regionálnu kuchyňu a balíky spájajúce šport, kultúru a wellness.",
                "Ponúkame cezhraničné turistické balíky, miestnych sprievodcov a konferenčné služby až pre 200 hostí.",
            ],
            seek: [
                "Hľadáme cestovné kancelárie a touroperátorov v zahraničí, ktorí zaradia naše balíky do ponuky.",
                "Hľadáme partnerov na tvorbu spoločných turistických trás a propagáciu regiónu na veľtrhoch.",
            ],
            field: "cestovného ruchu a voľného času",
            inst: "cestovného ruchu",
            words: &["Tour", "Travel", "Hory", "Rekreácia"],
            keywords: &["horská turistika", "aktívna dovolenka", "agroturistika", "kultúrne trasy", "wellness", "kongresový cestovný ruch"],
        },
        SectorText {
            sector: Sector::Ict,
            intro: [
                "Vyvíjame webové a mobilné aplikácie a cloudové systémy na mieru pre priemysel a verejnú správu.",
                "Vyvíjame riešenia dátovej analytiky, internetu vecí a kybernetickej bezpečnosti pre výrobné firmy.",
            ],
            offer: [
                "Ponúkame vývoj softvéru, systémovú integráciu a údržbu s agilnými tímami.",
                "Ponúkame platformy pre dáta zo senzorov, prediktívnu údržbu a bezpečnostné audity priemyselných sietí.",
            ],
            seek: [
                "Hľadáme priemyselných partnerov na pilotné nasadenie nášho softvéru a subdodávky v zahraničí.",
                "Hľadáme partnerov pre spoločné projekty Horizont Európa a Digitálna Európa v oblasti umelej inteligencie.",
            ],
            field: "informačných a komunikačných technológií",
            inst: "informatiky",
            words: &["Soft", "Data", "Systems", "IT"],
            keywords: &["vývoj softvéru", "cloud", "internet vecí", "kybernetická bezpečnosť", "dátová analytika", "umelá inteligencia"],
        },
        SectorText {
            sector: Sector::Machinery,
            intro: [
                "Navrhujeme a vyrábame poľnohospodárske stroje a vybavenie pre živočíšnu výrobu.",
                "Vyrábame jednoúčelové stroje, výrobné linky a oceľové konštrukcie.",
            ],
            offer: [
                "Ponúkame stroje na zákazku, náhradné diely a servis po celej Európe.",
                "Ponúkame CNC obrábanie, zváranie, automatizáciu a uvádzanie kompletných liniek do prevádzky.",
            ],
            seek: [
                "Hľadáme predajcov v zahraničí a partnerov pre elektroniku precízneho poľnohospodárstva.",
                "Hľadáme dodávateľov hydrauliky a pohonov a výskumných partnerov v robotike.",
            ],
            field: "strojárstva",
            inst: "strojárskych technológií",
            words: &["Strojárne", "Stroje", "Metal", "Technik"],
            keywords: &["poľnohospodárske stroje", "jednoúčelové stroje", "automatizácia", "CNC obrábanie", "zváranie", "náhradné diely"],
        },
    ],
};

const ES: LangText = LangText {
    code: "es",
    opener: [
        "Somos una microempresa fundada en {year}.",
        "Somos una pequeña empresa en activo desde {year}.",
        "Somos una mediana empresa presente en el mercado desde {year}.",
        "Somos una gran empresa con varios centros, en activo desde {year}.",
    ],
    cluster: "El clúster reúne a empresas, universidades, centros de investigación y administraciones locales que trabajan en el ámbito de {field}. Su equipo de gestión organiza proyectos conjuntos, misiones comerciales, formación y encuentros de cooperación para los socios. Buscamos clústeres socios en el extranjero para proyectos europeos conjuntos e intercambio de buenas prácticas.",
    university: "Nuestra facultad forma ingenieros y realiza investigación aplicada en el ámbito de {field}. Ofrecemos investigación bajo contrato, ensayos de laboratorio, prácticas para estudiantes y candidaturas conjuntas a Horizonte Europa e Interreg. Buscamos empresas que quieran llevar nuestros resultados a la práctica.",
    research: "El centro realiza investigación y desarrollo en el ámbito de {field}, desde estudios de laboratorio hasta instalaciones piloto. Ofrecemos mediciones, estudios de viabilidad y transferencia de tecnología a pymes. Buscamos socios industriales para proyectos de I+D conjuntos y para probar prototipos.",
    public: "Como administración local apoyamos la inversión y la innovación en el ámbito de {field} en nuestro territorio. Ofrecemos suelo industrial, ayuda con las licencias y colaboración con los centros educativos. Buscamos empresas y clústeres para proyectos piloto y colaboraciones público-privadas.",
    support: "Apoyamos a los emprendedores en el ámbito de {field} con asesoramiento, formación y acceso a financiación. Ofrecemos búsqueda de socios comerciales, asesoramiento para la exportación y una oficina de transferencia de tecnología. Buscamos cámaras, clústeres y agencias extranjeras para organizar juntos misiones comerciales y encuentros B2B.",
    sectors: &[
        SectorText {
            sector: Sector::Machinery,
            intro: [
                "Diseñamos y fabricamos maquinaria agrícola y equipos para explotaciones ganaderas.",
                "Fabricamos máquinas especiales, líneas de producción y estructuras de acero.",
            ],
            offer: [
                "Ofrecemos máquinas a medida, recambios y servicio posventa en toda Europa.",
                "Ofrecemos mecanizado CNC, soldadura, automatización y puesta en marcha de líneas completas.",
            ],
            seek: [
                "Buscamos distribuidores en el extranjero y socios en electrónica para la agricultura de precisión.",
                "Buscamos proveedores de hidráulica y accionamientos y socios de investigación en robótica.",
            ],
            field: "la maquinaria y la ingeniería mecánica",
            inst: "Ingeniería Mecánica",
            words: &["Maquinaria", "Talleres", "Metalúrgica", "Agromáquinas"],
            keywords: &["maquinaria agrícola", "máquinas especiales", "automatización", "mecanizado CNC", "soldadura", "recambios"],
        },
        SectorText {
            sector: Sector::Food,
            intro: [
                "Cultivamos y transformamos frutas y hortalizas en zumos, purés y productos congelados.",
                "Tenemos una quesería y un obrador que elaboran alimentos regionales y ecológicos.",
            ],
            offer: [
                "Ofrecemos fabricación con la marca del cliente, almacenamiento frigorífico y materias primas ecológicas certificadas.",
                "Ofrecemos productos tradicionales de la región, suministro a la restauración y catas.",
            ],
            seek: [
                "Buscamos cadenas de distribución e importadores en el extranjero, así como proveedores de envases.",
                "Buscamos socios de investigación para alargar la vida útil de los productos y reducir el desperdicio alimentario.",
            ],
            field: "la agricultura y la industria alimentaria",
            inst: "Tecnología de los Alimentos",
            words: &["Alimentos", "Frutas", "Conservas", "Huerta"],
            keywords: &["transformación de fruta", "alimentos ecológicos", "lácteos", "productos regionales", "frío industrial", "seguridad alimentaria"],
        },
        SectorText {
            sector: Sector::Energy,
            intro: [
                "Diseñamos e instalamos sistemas fotovoltaicos y bombas de calor para viviendas, granjas y empresas.",
                "Fabricamos calderas de biomasa y pellets de madera y realizamos auditorías energéticas de edificios.",
            ],
            offer: [
                "Ofrecemos instalaciones llave en mano con monitorización, mantenimiento y ayuda para solicitar subvenciones.",
                "Ofrecemos rehabilitación energética de edificios, medidas de eficiencia y medición del consumo de energía in situ.",
            ],
            seek: [
                "Buscamos proveedores de inversores y almacenamiento de energía, e instaladores en regiones vecinas.",
                "Buscamos socios de investigación para sistemas híbridos de fotovoltaica y bomba de calor, y distribuidores en el extranjero.",
            ],
            field: "las energías renovables y la eficiencia energética",
            inst: "Energías Renovables",
            words: &["Energía", "Solar", "Renovables", "Térmica"],
            keywords: &["fotovoltaica", "bombas de calor", "biomasa", "eficiencia energética", "auditoría energética", "almacenamiento de energía"],
        },
        SectorText {
            sector: Sector::Green,
            intro: [
                "Recogemos y reciclamos plásticos, papel y residuos electrónicos y los convertimos en materias primas secundarias.",
                "Prestamos consultoría ambiental, soluciones de tratamiento de agua y certificación de edificios sostenibles.",
            ],
            offer: [
                "Ofrecemos gestión de residuos para ayuntamientos e industria y granza reciclada para fabricantes.",
                "Ofrecemos evaluaciones de impacto ambiental, cálculo de la huella de carbono y formación en economía circular.",
            ],
            seek: [
                "Buscamos compradores de materiales reciclados y socios tecnológicos en compostaje y biogás.",
                "Buscamos socios para proyectos conjuntos de economía circular y para instalaciones piloto en municipios.",
            ],
            field: "la economía verde y circular",
            inst: "Economía Circular",
            words: &["Reciclajes", "Medio Ambiente", "Eco", "Verde"],
            keywords: &["reciclaje", "economía circular", "gestión de residuos", "tratamiento de agua", "huella de carbono", "edificación sostenible"],
        },
        SectorText {
            sector: Sector::Ict,
            intro: [
                "Desarrollamos aplicaciones web y móviles a medida y sistemas en la nube para la industria y el sector público.",
                "Desarrollamos soluciones de análisis de datos, internet de las cosas y ciberseguridad para empresas industriales.",
            ],
            offer: [
                "Ofrecemos desarrollo de software, integración de sistemas y mantenimiento con equipos ágiles.",
                "Ofrecemos plataformas de datos de sensores, mantenimiento predictivo y auditorías de seguridad de redes industriales.",
            ],
            seek: [
                "Buscamos socios industriales para pilotar nuestro software y proyectos de subcontratación en el extranjero.",
                "Buscamos socios para proyectos conjuntos de Horizonte Europa y Europa Digital en inteligencia artificial.",
            ],
            field: "las tecnologías de la información y la comunicación",
            inst: "Tecnologías de la Información",
            words: &["Software", "Sistemas", "Datos", "Digital"],
            keywords: &["desarrollo de software", "nube", "internet de las cosas", "ciberseguridad", "análisis de datos", "inteligencia artificial"],
        },
    ],
};

const DE: LangText = LangText {
    code: "de",
    opener: [
        "Wir sind ein Kleinstunternehmen, gegründet {year}.",
        "Wir sind ein kleines Unternehmen und seit {year} am Markt.",
        "Wir sind ein mittelständisches Unternehmen und seit {year} am Markt tätig.",
        "Wir sind ein großes Unternehmen mit mehreren Standorten und seit {year} tätig.",
    ],
    cluster: "Der Cluster vereint Unternehmen, Hochschulen, Forschungseinrichtungen und Kommunen aus dem Bereich {field}. Das Clustermanagement organisiert gemeinsame Projekte, Unternehmerreisen, Schulungen und Kooperationsbörsen für die Mitglieder. Wir suchen Partnercluster im Ausland für gemeinsame EU-Projekte und den Austausch guter Praxis.",
    university: "Unsere Fakultät bildet Ingenieurinnen und Ingenieure aus und forscht anwendungsnah im Bereich {field}. Wir bieten Auftragsforschung, Laborprüfungen, Praktika für Studierende und gemeinsame Anträge für Horizont Europa und Interreg. Wir suchen Unternehmen, die unsere Ergebnisse in die Praxis umsetzen wollen.",
    research: "Das Institut forscht und entwickelt im Bereich {field}, von Laborstudien bis zu Pilotanlagen. Wir bieten Messungen, Machbarkeitsstudien und Technologietransfer für kleine und mittlere Unternehmen. Wir suchen Industriepartner für gemeinsame FuE-Projekte und für die Erprobung von Prototypen.",
    public: "Als Kommune fördern wir Investitionen und Innovationen im Bereich {field} in unserer Region. Wir bieten Gewerbeflächen, Unterstützung bei Genehmigungen und die Zusammenarbeit mit Schulen. Wir suchen Unternehmen und Cluster für Pilotprojekte und öffentlich-private Partnerschaften.",
    support: "Wir unterstützen Unternehmen im Bereich {field} mit Beratung, Weiterbildung und Zugang zu Fördermitteln. Wir bieten Partnervermittlung, Exportberatung und eine Anlaufstelle für Technologietransfer. Wir suchen ausländische Kammern, Cluster und Agenturen, um gemeinsam Unternehmerreisen und B2B-Treffen zu organisieren.",
    sectors: &[
        SectorText {
            sector: Sector::Automotive,
            intro: [
                "Wir fertigen Kunststoff- und Metallteile für Autositze, Innenräume und Kabelsätze.",
                "Wir stellen Schmiede- und Drehteile für Antriebsstränge und elektrische Fahrzeugantriebe her.",
            ],
            offer: [
                "Wir bieten Spritzguss, Stanzen und Montage in nach IATF 16949 zertifizierten Werken.",
                "Wir bieten Serienfertigung, Prototypenteile und Prüfungen für Elektro- und Hybridfahrzeuge.",
            ],
            seek: [
                "Wir suchen neue Kunden bei Fahrzeugherstellern und Tier-1-Zulieferern sowie Partner im Werkzeugbau.",
                "Wir suchen Partner für Batterietechnik, Leichtbauwerkstoffe und Automatisierung.",
            ],
            field: "Automobilindustrie und Elektromobilität",
            inst: "Fahrzeugtechnik",
            words: &["Automotive", "Fahrzeugteile", "Formteile", "Antriebstechnik"],
            keywords: &["Automobilzulieferer", "Spritzguss", "Elektromobilität", "IATF 16949", "Stanztechnik", "Antriebsstrang"],
        },
        SectorText {
            sector: Sector::Machinery,
            intro: [
                "Wir konstruieren und bauen Landmaschinen und Stalltechnik für Tierhaltungsbetriebe.",
                "Wir fertigen Sondermaschinen, Produktionsanlagen und Stahlkonstruktionen.",
            ],
            offer: [
                "Wir bieten Maschinen nach Kundenwunsch, Ersatzteile und Kundendienst in ganz Europa.",
                "Wir bieten CNC-Bearbeitung, Schweißtechnik, Automatisierung und die Inbetriebnahme kompletter Linien.",
            ],
            seek: [
                "Wir suchen Händler im Ausland und Partner für Elektronik in der Präzisionslandwirtschaft.",
                "Wir suchen Lieferanten für Hydraulik und Antriebe sowie Forschungspartner in der Robotik.",
            ],
            field: "Maschinen- und Anlagenbau",
            inst: "Maschinenbau",
            words: &["Maschinenbau", "Anlagenbau", "Metalltechnik", "Sondermaschinen"],
            keywords: &["Landmaschinen", "Sondermaschinen", "Automatisierung", "CNC-Bearbeitung", "Schweißtechnik", "Ersatzteile"],
        },
        SectorText {
            sector: Sector::Health,
            intro: [
                "Wir entwickeln diagnostische Tests und Laborleistungen für Hämatologie und Transplantationsmedizin.",
                "Wir stellen Medizinprodukte und Einwegartikel für Krankenhäuser und Praxen her.",
            ],
            offer: [
                "Wir bieten HLA-Typisierung, Unterstützung bei der Zellaufbereitung und validierte Laborverfahren für Kliniken.",
                "Wir bieten Auftragsfertigung, Sterilisation und Unterstützung bei der CE-Kennzeichnung von Medizinprodukten.",
            ],
            seek: [
                "Wir suchen Kliniken und Biobanken für klinische Studien sowie Vertriebspartner für unsere Tests.",
                "Wir suchen Partner aus Biotechnologie und IT für Telemedizin- und Patientendatenprojekte.",
            ],
            field: "Gesundheitswirtschaft und Medizintechnik",
            inst: "Medizintechnik",
            words: &["Medizintechnik", "Diagnostik", "Medical", "Biotech"],
            keywords: &["Stammzelltransplantation", "Diagnostik", "Medizinprodukte", "Biotechnologie", "klinische Studien", "Telemedizin"],
        },
        SectorText {
            sector: Sector::Ict,
            intro: [
                "Wir entwickeln individuelle Web- und Mobilanwendungen sowie Cloud-Systeme für Industrie und Verwaltung.",
                "Wir entwickeln Lösungen für Datenanalyse, Internet der Dinge und Cybersicherheit für Produktionsbetriebe.",
            ],
            offer: [
                "Wir bieten Softwareentwicklung, Systemintegration und Wartung mit agilen Teams.",
                "Wir bieten Plattformen für Sensordaten, vorausschauende Wartung und Sicherheitsaudits industrieller Netze.",
            ],
            seek: [
                "Wir suchen Industriepartner für Pilotprojekte mit unserer Software und Unterauftragsprojekte im Ausland.",
                "Wir suchen Partner für gemeinsame Projekte in Horizont Europa und Digitales Europa zur künstlichen Intelligenz.",
            ],
            field: "Informations- und Kommunikationstechnik",
            inst: "Informatik",
            words: &["Software", "Systemhaus", "Data", "Digital"],
            keywords: &["Softwareentwicklung", "Cloud", "Internet der Dinge", "Cybersicherheit", "Datenanalyse", "künstliche Intelligenz"],
        },
        SectorText {
            sector: Sector::Energy,
            intro: [
                "Wir planen und installieren Photovoltaikanlagen und Wärmepumpen für Haushalte, Landwirtschaft und Gewerbe.",
                "Wir bauen Biomassekessel, produzieren Holzpellets und führen Energieaudits von Gebäuden durch.",
            ],
            offer: [
                "Wir bieten schlüsselfertige Anlagen mit Monitoring, Wartung und Hilfe bei Förderanträgen.",
                "Wir bieten energetische Sanierung, Effizienzmaßnahmen und Messungen des Energieverbrauchs vor Ort.",
            ],
            seek: [
                "Wir suchen Lieferanten von Wechselrichtern und Energiespeichern sowie Installateure in Nachbarregionen.",
                "Wir suchen Forschungspartner für hybride Systeme aus Photovoltaik und Wärmepumpe sowie Vertriebspartner im Ausland.",
            ],
            field: "erneuerbare Energien und Energieeffizienz",
            inst: "Erneuerbare Energien",
            words: &["Energietechnik", "Solar", "Haustechnik", "Bioenergie"],
            keywords: &["Photovoltaik", "Wärmepumpen", "Biomasse", "Energieeffizienz", "Energieaudit", "Energiespeicher"],
        },
        SectorText {
            sector: Sector::Tourism,
            intro: [
                "Wir betreiben ein Berggasthaus und organisieren Wander-, Rad- und Skitouren für Familien und Gruppen.",
                "Wir sind ein Reiseveranstalter für Kulturrouten, Aktivurlaub und Incentive-Reisen für Unternehmen.",
            ],
            offer: [
                "Wir bieten Übernachtungen, regionale Küche und Pakete aus Sport, Kultur und Wellness.",
                "Wir bieten grenzüberschreitende Reisepakete, örtliche Gästeführer und Tagungsservice für bis zu 200 Gäste.",
            ],
            seek: [
                "Wir suchen Reiseveranstalter und Reisebüros im Ausland, die unsere Pakete verkaufen.",
                "Wir suchen Partner für gemeinsame Touristenrouten und für die Präsentation der Region auf Messen.",
            ],
            field: "Tourismus und Freizeit",
            inst: "Tourismus",
            words: &["Reisen", "Alpin", "Touristik", "Ferien"],
            keywords: &["Bergtourismus", "Aktivurlaub", "Urlaub auf dem Bauernhof", "Kulturrouten", "Wellness", "Tagungstourismus"],
        },
    ],
};

const HU: LangText = LangText {
    code: "hu",
    opener: [
        "Mikrovállalkozás vagyunk, {year} óta működünk.",
        "Kisvállalkozás vagyunk, {year} óta vagyunk jelen a piacon.",
        "Középvállalkozás vagyunk, {year} óta működünk.",
        "Több telephellyel rendelkező nagyvállalat vagyunk, {year} óta működünk.",
    ],
    cluster: "A klaszter {field} területén működő vállalkozásokat, egyetemeket, kutatóintézeteket és önkormányzatokat fog össze. A klasztermenedzsment közös projekteket, üzleti delegációkat, képzéseket és partnerkereső találkozókat szervez a tagoknak. Külföldi partnerklasztereket keresünk közös uniós projektekhez és jó gyakorlatok cseréjéhez.",
    university: "Tanszékünk mérnököket képez, és alkalmazott kutatásokat végez {field} területén. Megbízásos kutatást, laborvizsgálatokat, hallgatói gyakorlatokat és közös pályázatokat kínálunk a Horizont Európa és az Interreg programokba. Olyan vállalatokat keresünk, amelyek a gyakorlatban hasznosítanák eredményeinket.",
    research: "Az intézet kutatás-fejlesztést végez {field} területén, a laboratóriumi vizsgálatoktól a kísérleti üzemekig. Méréseket, megvalósíthatósági tanulmányokat és technológiatranszfert kínálunk kis- és középvállalkozásoknak. Ipari partnereket keresünk közös K+F projektekhez és prototípusok teszteléséhez.",
    public: "Önkormányzatként támogatjuk a beruházásokat és az innovációt {field} területén. Ipari területeket, engedélyezési segítséget és együttműködést kínálunk az iskolákkal. Vállalatokat és klasztereket keresünk kísérleti projektekhez és köz- és magánszféra közötti partnerségekhez.",
    support: "Tanácsadással, képzéssel és finanszírozáshoz való hozzáféréssel támogatjuk a vállalkozókat {field} területén. Üzleti partnerkeresést, exporttanácsadást és technológiatranszfer-irodát kínálunk. Külföldi kamarákat, klasztereket és ügynökségeket keresünk közös üzleti delegációk és B2B találkozók szervezéséhez.",
    sectors: &[
        SectorText {
            sector: Sector::Automotive,
            intro: [
                "Műanyag és fém alkatrészeket gyártunk autóülésekhez, utasterekhez és kábelkötegekhez.",
                "Kovácsolt és forgácsolt alkatrészeket gyártunk hajtásláncokhoz és elektromos járművek hajtásaihoz.",
            ],
            offer: [
                "Fröccsöntést, préselést és szerelést kínálunk IATF 16949 szerint tanúsított üzemeinkben.",
                "Sorozatgyártást, prototípus-alkatrészeket és vizsgálatokat kínálunk elektromos és hibrid járművekhez.",
            ],
            seek: [
                "Új vevőket keresünk az autógyártók és az első szintű beszállítók körében, valamint szerszámgyártó partnereket.",
                "Partnereket keresünk akkumulátor-technológia, könnyűszerkezetes anyagok és automatizálás területén.",
            ],
            field: "a járműipar és az elektromobilitás",
            inst: "Járműtechnikai",
            words: &["Autóalkatrész", "Járműtechnika", "Műanyagipari", "Fémtechnika"],
            keywords: &["autóipari alkatrészek", "fröccsöntés", "elektromobilitás", "IATF 16949", "préselés", "hajtáslánc"],
        },
        SectorText {
            sector: Sector::Ict,
            intro: [
                "Egyedi web- és mobilalkalmazásokat, valamint felhőalapú rendszereket fejlesztünk az ipar és a közszféra számára.",
                "Adatelemzési, dolgok internete és kiberbiztonsági megoldásokat fejlesztünk gyártó vállalatoknak.",
            ],
            offer: [
                "Szoftverfejlesztést, rendszerintegrációt és üzemeltetést kínálunk agilis csapatokkal.",
                "Szenzoradat-platformokat, prediktív karbantartást és ipari hálózatok biztonsági auditját kínáljuk.",
            ],
            seek: [
                "Ipari partnereket keresünk szoftverünk kísérleti bevezetéséhez és külföldi alvállalkozói projektekhez.",
                "Partnereket keresünk közös Horizont Európa és Digitális Európa projektekhez a mesterséges intelligencia területén.",
            ],
            field: "az információs és kommunikációs technológiák",
            inst: "Informatikai",
            words: &["Szoftver", "Informatika", "Adat", "Digitál"],
            keywords: &["szoftverfejlesztés", "felhő", "dolgok internete", "kiberbiztonság", "adatelemzés", "mesterséges intelligencia"],
        },
        SectorText {
            sector: Sector::Machinery,
            intro: [
                "Mezőgazdasági gépeket és állattartó telepek berendezéseit tervezzük és gyártjuk.",
                "Célgépeket, gyártósorokat és acélszerkezeteket gyártunk.",
            ],
            offer: [
                "Egyedi gépeket, alkatrészeket és szervizt kínálunk egész Európában.",
                "CNC megmunkálást, hegesztést, automatizálást és komplett gyártósorok üzembe helyezését kínáljuk.",
            ],
            seek: [
                "Külföldi kereskedőket és precíziós mezőgazdasági elektronikával foglalkozó partnereket keresünk.",
                "Hidraulika- és hajtásbeszállítókat, valamint robotikai kutatópartnereket keresünk.",
            ],
            field: "a gépgyártás",
            inst: "Gépészeti",
            words: &["Gépgyártó", "Gépészet", "Fémipari", "Agrogép"],
            keywords: &["mezőgazdasági gépek", "célgépek", "automatizálás", "CNC megmunkálás", "hegesztés", "alkatrészek"],
        },
    ],
};

const RO: LangText = LangText {
    code: "ro",
    opener: [
        "Suntem o microîntreprindere înființată în {year}.",
        "Suntem o firmă mică, activă din {year}.",
        "Suntem o întreprindere mijlocie, prezentă pe piață din {year}.",
        "Suntem o întreprindere mare cu mai multe sedii, activă din {year}.",
    ],
    cluster: "Clusterul reunește firme, universități, institute de cercetare și autorități locale care activează în domeniul {field}. Echipa de management organizează proiecte comune, misiuni economice, instruiri și întâlniri de cooperare pentru membri. Căutăm clustere partenere din străinătate pentru proiecte europene comune și schimb de bune practici.",
    university: "Facultatea noastră formează ingineri și desfășoară cercetare aplicată în domeniul {field}. Oferim cercetare contractuală, testări de laborator, stagii pentru studenți și candidaturi comune în Orizont Europa și Interreg. Căutăm firme care vor să aplice rezultatele noastre în practică.",
    research: "Institutul desfășoară activități de cercetare-dezvoltare în domeniul {field}, de la studii de laborator la instalații pilot. Oferim măsurători, studii de fezabilitate și transfer tehnologic către IMM-uri. Căutăm parteneri industriali pentru proiecte comune de cercetare și pentru testarea prototipurilor.",
    public: "Ca autoritate locală sprijinim investițiile și inovarea în domeniul {field} pe teritoriul nostru. Oferim terenuri pentru investiții, sprijin pentru autorizații și cooperare cu școlile. Căutăm firme și clustere pentru proiecte pilot și parteneriate public-private.",
    support: "Sprijinim antreprenorii din domeniul {field} prin consultanță, instruire și acces la finanțare. Oferim identificarea de parteneri de afaceri, consultanță pentru export și un birou de transfer tehnologic. Căutăm camere de comerț, clustere și agenții din străinătate pentru a organiza împreună misiuni economice și întâlniri B2B.",
    sectors: &[
        SectorText {
            sector: Sector::Ict,
            intro: [
                "Dezvoltăm aplicații web și mobile la comandă și sisteme în cloud pentru industrie și sectorul public.",
                "Dezvoltăm soluții de analiză a datelor, internetul lucrurilor și securitate cibernetică pentru firme de producție.",
            ],
            offer: [
                "Oferim dezvoltare software, integrare de sisteme și mentenanță cu echipe agile.",
                "Oferim platforme pentru datele de la senzori, mentenanță predictivă și audituri de securitate pentru rețele industriale.",
            ],
            seek: [
                "Căutăm parteneri industriali pentru pilotarea software-ului nostru și proiecte de subcontractare în străinătate.",
                "Căutăm parteneri pentru proiecte comune Orizont Europa și Europa Digitală în inteligența artificială.",
            ],
            field: "tehnologiei informației și comunicațiilor",
            inst: "Tehnologia Informației",
            words: &["Soft", "Data", "Sisteme", "Digital"],
            keywords: &["dezvoltare software", "cloud", "internetul lucrurilor", "securitate cibernetică", "analiza datelor", "inteligență artificială"],
        },
        SectorText {
            sector: Sector::Energy,
            intro: [
                "Proiectăm și montăm sisteme fotovoltaice și pompe de căldură pentru locuințe, ferme și firme.",
                "Producem cazane pe biomasă și peleți din lemn și realizăm audituri energetice pentru clădiri.",
            ],
            offer: [
                "Oferim instalații la cheie cu monitorizare, mentenanță și sprijin pentru obținerea de granturi.",
                "Oferim reabilitare termică, măsuri de eficiență energetică și măsurarea consumului de energie la fața locului.",
            ],
            seek: [
                "Căutăm furnizori de invertoare și sisteme de stocare a energiei, precum și instalatori în regiunile vecine.",
                "Căutăm parteneri de cercetare pentru sisteme hibride cu panouri fotovoltaice și pompe de căldură și distribuitori în străinătate.",
            ],
            field: "energiei regenerabile și eficienței energetice",
            inst: "Energie Regenerabilă",
            words: &["Energie", "Solar", "Termo", "Green Power"],
            keywords: &["panouri fotovoltaice", "pompe de căldură", "biomasă", "eficiență energetică", "audit energetic", "stocarea energiei"],
        },
    ],
};

const IT: LangText = LangText {
    code: "it",
    opener: [
        "Siamo una microimpresa fondata nel {year}.",
        "Siamo una piccola impresa attiva dal {year}.",
        "Siamo una media impresa presente sul mercato dal {year}.",
        "Siamo una grande impresa con diverse sedi, attiva dal {year}.",
    ],
    cluster: "Il cluster riunisce imprese, università, centri di ricerca ed enti locali attivi nel settore {field}. La direzione del cluster organizza progetti comuni, missioni commerciali, formazione e incontri di cooperazione per i soci. Cerchiamo cluster partner all'estero per progetti europei comuni e per lo scambio di buone pratiche.",
    university: "Il nostro dipartimento forma ingegneri e svolge ricerca applicata nel settore {field}. Offriamo ricerca su commessa, prove di laboratorio, tirocini per studenti e candidature congiunte a Orizzonte Europa e Interreg. Cerchiamo imprese che vogliano tradurre i nostri risultati in pratica.",
    research: "L'istituto svolge attività di ricerca e sviluppo nel settore {field}, dagli studi di laboratorio agli impianti pilota. Offriamo misure, studi di fattibilità e trasferimento tecnologico alle PMI. Cerchiamo partner industriali per progetti comuni di R&S e per la sperimentazione di prototipi.",
    public: "Come ente locale sosteniamo gli investimenti e l'innovazione nel settore {field} sul nostro territorio. Offriamo aree industriali, supporto per le autorizzazioni e collaborazione con le scuole. Cerchiamo imprese e cluster per progetti pilota e partenariati pubblico-privati.",
    support: "Sosteniamo gli imprenditori attivi nel settore {field} con consulenza, formazione e accesso ai finanziamenti. Offriamo ricerca di partner commerciali, consulenza per l'export e uno sportello di trasferimento tecnologico. Cerchiamo camere di commercio, cluster e agenzie estere per organizzare insieme missioni commerciali e incontri B2B.",
    sectors: &[
        SectorText {
            sector: Sector::Food,
            intro: [
                "Coltiviamo e trasformiamo frutta e verdura in succhi, purea e surgelati.",
                "Gestiamo un caseificio e un forno che producono alimenti tipici e biologici.",
            ],
            offer: [
                "Offriamo produzione con il marchio del cliente, celle frigorifere e materie prime biologiche certificate.",
                "Offriamo prodotti tradizionali del territorio, forniture per la ristorazione e degustazioni.",
            ],
            seek: [
                "Cerchiamo catene della grande distribuzione e importatori all'estero, oltre a fornitori di imballaggi.",
                "Cerchiamo partner di ricerca per allungare la durata dei prodotti e ridurre lo spreco alimentare.",
            ],
            field: "agroalimentare",
            inst: "Tecnologie Alimentari",
            words: &["Alimentari", "Conserve", "Sapori", "Caseificio"],
            keywords: &["trasformazione della frutta", "alimenti biologici", "lattiero-caseario", "prodotti tipici", "catena del freddo", "sicurezza alimentare"],
        },
        SectorText {
            sector: Sector::Aviation,
            intro: [
                "Lavoriamo parti e sottoassiemi di precisione per motori aeronautici e strutture di velivoli.",
                "Sviluppiamo strutture in composito e apparecchiature di prova per velivoli leggeri e droni.",
            ],
            offer: [
                "Offriamo lavorazioni CNC a cinque assi, trattamenti termici e controlli secondo la norma AS9100.",
                "Offriamo progettazione, prototipazione e controlli non distruttivi di componenti in composito.",
            ],
            seek: [
                "Cerchiamo clienti tra i fornitori di primo livello del settore aerospaziale e partner per offerte congiunte.",
                "Cerchiamo partner di ricerca su materiali leggeri e sulla certificazione di aeromobili a pilotaggio remoto.",
            ],
            field: "aerospaziale",
            inst: "Tecnologie Aerospaziali",
            words: &["Aero", "Avio", "Compositi", "Meccanica di Precisione"],
            keywords: &["aerospazio", "lavorazioni CNC", "compositi", "droni", "controlli non distruttivi", "AS9100"],
        },
        SectorText {
            sector: Sector::Machinery,
            intro: [
                "Progettiamo e costruiamo macchine agricole e attrezzature per allevamenti.",
                "Costruiamo macchine speciali, linee di produzione e carpenteria metallica.",
            ],
            offer: [
                "Offriamo macchine su misura, ricambi e assistenza post-vendita in tutta Europa.",
                "Offriamo lavorazioni CNC, saldatura, automazione e avviamento di linee complete.",
            ],
            seek: [
                "Cerchiamo rivenditori all'estero e partner nell'elettronica per l'agricoltura di precisione.",
                "Cerchiamo fornitori di oleodinamica e azionamenti e partner di ricerca nella robotica.",
            ],
            field: "meccanico",
            inst: "Ingegneria Meccanica",
            words: &["Meccanica", "Macchine", "Costruzioni Meccaniche", "Officine"],
            keywords: &["macchine agricole", "macchine speciali", "automazione", "lavorazioni CNC", "saldatura", "ricambi"],
        },
    ],
};

const SL: LangText = LangText {
    code: "sl",
    opener: [
        "Smo mikro podjetje, ustanovljeno leta {year}.",
        "Smo malo podjetje, ki deluje od leta {year}.",
        "Smo srednje veliko podjetje, prisotno na trgu od leta {year}.",
        "Smo veliko podjetje z več poslovnimi enotami, ki deluje od leta {year}.",
    ],
    cluster: "Grozd povezuje podjetja, univerze, raziskovalne inštitute in občine, ki delujejo na področju {field}. Vodstvo grozda organizira skupne projekte, gospodarske delegacije, usposabljanja in srečanja za povezovanje članov. Iščemo partnerske grozde v tujini za skupne evropske projekte in izmenjavo dobrih praks.",
    university: "Naša fakulteta izobražuje inženirje in izvaja aplikativne raziskave na področju {field}. Ponujamo pogodbene raziskave, laboratorijske preizkuse, študentsko prakso in skupne prijave na programa Obzorje Evropa in Interreg. Iščemo podjetja, ki želijo naše rezultate prenesti v prakso.",
    research: "Inštitut izvaja raziskave in razvoj na področju {field}, od laboratorijskih študij do pilotnih naprav. Ponujamo meritve, študije izvedljivosti in prenos tehnologij v mala in srednja podjetja. Iščemo industrijske partnerje za skupne razvojne projekte in preizkušanje prototipov.",
    public: "Kot lokalna skupnost podpiramo naložbe in inovacije na področju {field} na našem območju. Ponujamo zemljišča za naložbe, pomoč pri dovoljenjih in sodelovanje s šolami. Iščemo podjetja in grozde za pilotne projekte in javno-zasebna partnerstva.",
    support: "Podjetnikom na področju {field} pomagamo s svetovanjem, usposabljanjem in dostopom do financiranja. Ponujamo iskanje poslovnih partnerjev, izvozno svetovanje in pisarno za prenos tehnologij. Iščemo tuje zbornice, grozde in agencije za skupno organizacijo gospodarskih delegacij in srečanj B2B.",
    sectors: &[
        SectorText {
            sector: Sector::Green,
            intro: [
                "Zbiramo in recikliramo plastiko, papir in elektronske odpadke ter iz njih pridobivamo sekundarne surovine.",
                "Nudimo okoljsko svetovanje, rešitve za čiščenje vode in certificiranje zelenih stavb.",
            ],
            offer: [
                "Občinam in industriji ponujamo ravnanje z odpadki, proizvajalcem pa reciklirane granulate.",
                "Ponujamo presoje vplivov na okolje, izračun ogljičnega odtisa in usposabljanja o krožnem gospodarstvu.",
            ],
            seek: [
                "Iščemo kupce recikliranih materialov in tehnološke partnerje za kompostiranje in bioplin.",
                "Iščemo partnerje za skupne projekte krožnega gospodarstva in pilotne naprave v občinah.",
            ],
            field: "zelenega in krožnega gospodarstva",
            inst: "krožno gospodarstvo",
            words: &["Eko", "Reciklaža", "Okolje", "Zeleni"],
            keywords: &["recikliranje", "krožno gospodarstvo", "ravnanje z odpadki", "čiščenje vode", "ogljični odtis", "zelena gradnja"],
        },
        SectorText {
            sector: Sector::Energy,
            intro: [
                "Načrtujemo in vgrajujemo sončne elektrarne in toplotne črpalke za gospodinjstva, kmetije in podjetja.",
                "Izdelujemo kotle na biomaso in lesne pelete ter izvajamo energetske preglede stavb.",
            ],
            offer: [
                "Ponujamo izvedbe na ključ z nadzorom, vzdrževanjem in pomočjo pri prijavah za subvencije.",
                "Ponujamo energetske prenove, ukrepe za učinkovito rabo energije in meritve porabe na kraju samem.",
            ],
            seek: [
                "Iščemo dobavitelje razsmernikov in hranilnikov energije ter monterje v sosednjih regijah.",
                "Iščemo raziskovalne partnerje za hibridne sisteme sončnih elektrarn in toplotnih črpalk ter distributerje v tujini.",
            ],
            field: "obnovljivih virov energije in energetske učinkovitosti",
            inst: "obnovljive vire energije",
            words: &["Energija", "Solar", "Term", "Bioenergija"],
            keywords: &["sončne elektrarne", "toplotne črpalke", "biomasa", "energetska učinkovitost", "energetski pregled", "shranjevanje energije"],
        },
        SectorText {
            sector: Sector::Tourism,
            intro: [
                "Upravljamo planinski penzion in organiziramo pohodniške, kolesarske in smučarske izlete za družine in skupine.",
                "Smo organizator potovanj s kulturnimi potmi, aktivnimi počitnicami in nagradnimi potovanji za podjetja.",
            ],
            offer: [
                "Ponujamo nastanitve, lokalno kulinariko in pakete, ki združujejo šport, kulturo in wellness.",
                "Ponujamo čezmejne turistične pakete, lokalne vodnike in kongresne storitve za do 200 gostov.",
            ],
            seek: [
                "Iščemo organizatorje potovanj in turistične agencije v tujini, ki bi prodajali naše pakete.",
                "Iščemo partnerje za razvoj skupnih turističnih poti in predstavitve regije na sejmih.",
            ],
            field: "turizma in prostega časa",
            inst: "turizem",
            words: &["Turizem", "Travel", "Alpe", "Počitnice"],
            keywords: &["gorski turizem", "aktivne počitnice", "turizem na kmetiji", "kulturne poti", "wellness", "kongresni turizem"],
        },
    ],
};

const NL: LangText = LangText {
    code: "nl",
    opener: [
        "Wij zijn een micro-onderneming, opgericht in {year}.",
        "Wij zijn een klein bedrijf, actief sinds {year}.",
        "Wij zijn een middelgroot bedrijf dat sinds {year} op de markt is.",
        "Wij zijn een grote onderneming met meerdere vestigingen, actief sinds {year}.",
    ],
    cluster: "De cluster brengt bedrijven, universiteiten, onderzoeksinstellingen en lokale overheden samen die actief zijn op het gebied van {field}. Het clustermanagement organiseert gezamenlijke projecten, handelsmissies, opleidingen en matchmakingbijeenkomsten voor de leden. Wij zoeken partnerclusters in het buitenland voor gezamenlijke Europese projecten en de uitwisseling van goede praktijken.",
    university: "Onze faculteit leidt ingenieurs op en doet toegepast onderzoek op het gebied van {field}. Wij bieden contractonderzoek, laboratoriumtests, stages voor studenten en gezamenlijke aanvragen voor Horizon Europa en Interreg. Wij zoeken bedrijven die onze resultaten in de praktijk willen brengen.",
    research: "Het instituut doet onderzoek en ontwikkeling op het gebied van {field}, van laboratoriumstudies tot proefinstallaties. Wij bieden metingen, haalbaarheidsstudies en technologieoverdracht aan kmo's. Wij zoeken industriële partners voor gezamenlijke O&O-projecten en het testen van prototypes.",
    public: "Als lokale overheid ondersteunen wij investeringen en innovatie op het gebied van {field} in onze regio. Wij bieden bedrijventerreinen, hulp bij vergunningen en samenwerking met scholen. Wij zoeken bedrijven en clusters voor proefprojecten en publiek-private samenwerking.",
    support: "Wij ondersteunen ondernemers op het gebied van {field} met advies, opleiding en toegang tot financiering. Wij bieden partnerbemiddeling, exportadvies en een loket voor technologieoverdracht. Wij zoeken buitenlandse kamers, clusters en agentschappen om samen handelsmissies en B2B-ontmoetingen te organiseren.",
    sectors: &[
        SectorText {
            sector: Sector::Health,
            intro: [
                "Wij ontwikkelen diagnostische tests en laboratoriumdiensten voor hematologie en transplantatiegeneeskunde.",
                "Wij produceren medische hulpmiddelen en wegwerpmateriaal voor ziekenhuizen en klinieken.",
            ],
            offer: [
                "Wij bieden HLA-typering, ondersteuning bij celbewerking en gevalideerde laboratoriumprocedures voor klinieken.",
                "Wij bieden contractproductie, sterilisatie en ondersteuning bij de CE-markering van medische hulpmiddelen.",
            ],
            seek: [
                "Wij zoeken ziekenhuizen en biobanken voor klinische studies en distributeurs voor onze tests.",
                "Wij zoeken partners in biotechnologie en IT voor telegeneeskunde en projecten met patiëntgegevens.",
            ],
            field: "gezondheidszorg en biotechnologie",
            inst: "Biomedische Technologie",
            words: &["Medical", "Diagnostics", "Biotech", "Zorgtechniek"],
            keywords: &["stamceltransplantatie", "diagnostiek", "medische hulpmiddelen", "biotechnologie", "klinische studies", "telegeneeskunde"],
        },
        SectorText {
            sector: Sector::Ict,
            intro: [
                "Wij bouwen web- en mobiele toepassingen op maat en cloudsystemen voor de industrie en de overheid.",
                "Wij ontwikkelen oplossingen voor data-analyse, het internet der dingen en cyberbeveiliging voor productiebedrijven.",
            ],
            offer: [
                "Wij bieden softwareontwikkeling, systeemintegratie en onderhoud met agile teams.",
                "Wij bieden platforms voor sensordata, voorspellend onderhoud en beveiligingsaudits van industriële netwerken.",
            ],
            seek: [
                "Wij zoeken industriële partners om onze software uit te testen en onderaannemingsprojecten in het buitenland.",
                "Wij zoeken partners voor gezamenlijke projecten in Horizon Europa en Digitaal Europa rond artificiële intelligentie.",
            ],
            field: "informatie- en communicatietechnologie",
            inst: "Informatica",
            words: &["Software", "Data", "Systems", "Digital"],
            keywords: &["softwareontwikkeling", "cloud", "internet der dingen", "cyberbeveiliging", "data-analyse", "artificiële intelligentie"],
        },
        SectorText {
            sector: Sector::Food,
            intro: [
                "Wij telen en verwerken groenten en fruit tot sappen, puree en diepvriesproducten.",
                "Wij hebben een zuivelbedrijf en een bakkerij die streekproducten en biologische voeding maken.",
            ],
            offer: [
                "Wij bieden productie onder de merknaam van de klant, koelopslag en gecertificeerde biologische grondstoffen.",
                "Wij bieden traditionele streekproducten, leveringen aan de horeca en proeverijen.",
            ],
            seek: [
                "Wij zoeken winkelketens en importeurs in het buitenland en leveranciers van verpakkingen.",
                "Wij zoeken onderzoekspartners om de houdbaarheid te verlengen en voedselverspilling te beperken.",
            ],
            field: "landbouw en voeding",
            inst: "Voedingstechnologie",
            words: &["Food", "Groenten", "Zuivel", "Fruit"],
            keywords: &["fruitverwerking", "biologische voeding", "zuivel", "streekproducten", "koelopslag", "voedselveiligheid"],
        },
    ],
};

//! The demo marketplace: cooperation profiles (offers, requests and partner searches) of demo
//! organisations, with a few follows, comments and expressions of interest.
//!
//! The sectors and places come from the reports: eco-energy in the Lublin region (CLUSTERS3), the
//! Bulgarian Green Synergy cluster and the green economy, the Clusters-Cord meta-clusters in energy
//! and environment, tourism and ICT (Ústí nad Labem, Bielsko-Biała, the Beskidy), and the food and
//! health-and-science sectors named there. The profiles themselves are demo data: every company,
//! institute and offer in them is fictional, written natively in the language its owner would use.
//!
//! Organisations are named by their exact demo name and people by their demo e-mail address; the
//! loader (`klaster::demo`) resolves them and fails on an unknown one. Dates are fixed, so the demo
//! is the same on every load: profiles published in 2026 stay published for a year.

use klaster_domain::marketplace::{ProfileKind, ProfileStatus, SoughtRole};
use klaster_domain::OrgKind;

/// One cooperation profile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoProfile {
    /// A stable handle, unique among the demo profiles (follows, comments and interests use it).
    pub key: &'static str,
    /// Exact name of the owning demo organisation.
    pub org: &'static str,
    /// E-mail of the demo user who wrote it, when the demo has one for that organisation.
    pub author: Option<&'static str>,
    pub kind: ProfileKind,
    pub status: ProfileStatus,
    /// (language, title, summary, description)
    pub texts: &'static [(&'static str, &'static str, &'static str, &'static str)],
    /// NACE Rev. 2 classes.
    pub nace: &'static [&'static str],
    pub keywords: &'static [&'static str],
    /// ISO 3166 alpha-2.
    pub target_countries: &'static [&'static str],
    /// NUTS 2021 codes.
    pub target_regions: &'static [&'static str],
    pub partner_kinds: &'static [OrgKind],
    pub partner_roles: &'static [SoughtRole],
    /// YYYY-MM-DD.
    pub deadline: Option<&'static str>,
    /// YYYY-MM-DD; none for drafts.
    pub submitted_on: Option<&'static str>,
    /// YYYY-MM-DD; published, expired and withdrawn profiles were published once. A profile
    /// expires a year after it was published.
    pub published_on: Option<&'static str>,
}

/// A demo user follows a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoFollow {
    pub profile: &'static str,
    pub user: &'static str,
}

/// A demo user's comment on a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoComment {
    pub profile: &'static str,
    pub user: &'static str,
    pub body: &'static str,
}

/// "I am interested", by a demo user, for their organisation (exact demo name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoInterest {
    pub profile: &'static str,
    pub user: &'static str,
    pub org: Option<&'static str>,
    pub message: &'static str,
}

/// The profiles, in the order they are loaded.
pub fn profiles() -> &'static [DemoProfile] {
    PROFILES
}

pub fn follows() -> &'static [DemoFollow] {
    FOLLOWS
}

/// Oldest first.
pub fn comments() -> &'static [DemoComment] {
    COMMENTS
}

pub fn interests() -> &'static [DemoInterest] {
    INTERESTS
}

/// The profile story of issue 5: a Polish eco-energy SME's technology offer and a Bulgarian
/// green-economy cluster's request for exactly that technology, in their own languages.
pub const STORY_OFFER: &str = "pl-pv-storage";
pub const STORY_REQUEST: &str = "bg-green-tech";

use OrgKind as K;
use ProfileKind as P;
use ProfileStatus as S;
use SoughtRole as R;

const GS_ADMIN: &str = "green-synergy.admin@klaster.example";
const GS_MEMBER: &str = "green-synergy.member@klaster.example";
const LKE_ADMIN: &str = "lke.admin@klaster.example";
const LKE_MEMBER: &str = "lke.member@klaster.example";

const PROFILES: &[DemoProfile] = &[
    // ------------------------------------------------------------------ energy: the story pair
    DemoProfile {
        key: STORY_OFFER,
        org: "Sokół Energia sp. z o.o.",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Published,
        texts: &[(
            "pl",
            "Hybrydowe systemy fotowoltaika + pompa ciepła + magazyn energii dla firm i gmin",
            "Lubelska firma instalacyjna oferuje sprawdzone zestawy PV z pompami ciepła i bateryjnymi magazynami energii, z własnym sterownikiem, i szuka partnerów za granicą.",
            "Sokół Energia z Lublina od dziesięciu lat projektuje i montuje instalacje odnawialnych źródeł energii. Nasz system łączy fotowoltaikę (od 10 do 500 kWp), pompy ciepła powietrze–woda i grunt–woda oraz magazyny energii LFP, a własny sterownik przesuwa zużycie tak, aby jak najwięcej wyprodukowanej energii zostało na miejscu. Zrealizowaliśmy ponad 120 instalacji w przetwórniach owoców, gospodarstwach, szkołach i budynkach gminnych województwa lubelskiego; typowa autokonsumpcja wzrasta z ok. 35% do ponad 70%.\n\nOferujemy: projekt i dobór systemu, dostawę sprawdzonych komponentów, szkolenie lokalnych instalatorów, zdalny monitoring i serwis. Szukamy partnerów w Bułgarii, Rumunii, Czechach i na Słowacji: klastrów i firm instalacyjnych, które chcą wdrażać takie systemy u siebie (umowa licencyjna lub dystrybucyjna), a także odbiorców – gmin i przedsiębiorstw rolno-spożywczych. Chętnie przystąpimy do wspólnego projektu (Interreg, LIFE) jako partner technologiczny.",
        )],
        nace: &["43.21", "35.11", "27.20", "28.25"],
        keywords: &["fotowoltaika", "pompy ciepła", "magazyny energii", "autokonsumpcja", "zarządzanie energią", "OZE dla gmin", "LFP"],
        target_countries: &["BG", "RO", "CZ", "SK"],
        target_regions: &[],
        partner_kinds: &[K::Company, K::Cluster, K::PublicAuthority],
        partner_roles: &[R::Distributor, R::Customer, R::ProjectPartner],
        deadline: Some("2027-06-30"),
        submitted_on: Some("2026-03-09"),
        published_on: Some("2026-03-12"),
    },
    DemoProfile {
        key: STORY_REQUEST,
        org: "Клъстер Зелена синергия",
        author: Some(GS_ADMIN),
        kind: P::TechnologyRequest,
        status: S::Published,
        texts: &[(
            "bg",
            "Търсим технология: фотоволтаици с термопомпи и съхранение на енергия за общини и земеделски стопанства",
            "Клъстер „Зелена синергия“ търси доставчик на изпитана технология, която съчетава фотоволтаици, термопомпи и батерийно съхранение, за пилотни обекти на свои членове в Югозападна България.",
            "Членовете на клъстера – общини, преработватели на мляко и плодове и земеделски стопанства в Благоевградска и Перничка област – искат да намалят разходите си за енергия и да използват повече собствена слънчева енергия. Затова търсим европейски партньор с готово решение: фотоволтаична инсталация, термопомпа за отопление и топла вода и батерийно съхранение с управление, което увеличава собственото потребление.\n\nОчакваме: референции от подобни обекти, обучение на местни монтажници, дистанционен мониторинг и гаранционно обслужване. Предвиждаме 3–5 пилотни обекта (училище, общинска сграда, мандра, хладилен склад за плодове) през 2027 г. и съвместно кандидатстване по програма Interreg или LIFE. Предпочитаме партньор от клъстер с опит в енергийната ефективност, например от Полша, Чехия или Австрия.",
        )],
        nace: &["35.11", "43.21", "27.20", "28.25"],
        keywords: &["фотоволтаици", "термопомпи", "съхранение на енергия", "енергийна ефективност", "зелена икономика", "общини", "пилотни обекти"],
        target_countries: &["PL", "CZ", "AT"],
        target_regions: &[],
        partner_kinds: &[K::Company, K::Cluster],
        partner_roles: &[R::Supplier, R::ProjectPartner],
        deadline: Some("2027-03-31"),
        submitted_on: Some("2026-04-02"),
        published_on: Some("2026-04-03"),
    },
    DemoProfile {
        key: "lke-partnership",
        org: "Lubelski Klaster Ekoenergetyczny",
        author: Some(LKE_ADMIN),
        kind: P::ClusterPartnership,
        status: S::Published,
        texts: &[
            (
                "pl",
                "Partnerstwo klastrów energetycznych z Europy Środkowo-Wschodniej i Bałkanów",
                "Lubelski Klaster Ekoenergetyczny szuka klastrów partnerskich do wymiany doświadczeń i wspólnych projektów w energetyce rozproszonej.",
                "Nasz klaster zrzesza ponad 25 członków: instalatorów OZE, producentów kotłów i pomp ciepła, uczelnie, instytuty badawcze i gminy Lubelszczyzny. Chcemy zawiązać stałe partnerstwo z dwoma–trzema klastrami z Bułgarii, Rumunii lub Słowacji, które pracują nad transformacją energetyczną w regionach rolniczych. Proponujemy wizyty studyjne, wspólne szkolenia instalatorów, misje gospodarcze naszych firm oraz przygotowanie wniosku do programu Interreg Europa lub Single Market Programme (Euroclusters).",
            ),
            (
                "en",
                "Energy cluster partnership with Central-Eastern Europe and the Balkans",
                "The Lublin Eco-Energy Cluster is looking for partner clusters to exchange experience and run joint projects in distributed energy.",
                "Our cluster has more than 25 members: renewable-energy installers, makers of boilers and heat pumps, universities, research institutes and municipalities of the Lublin region. We want a lasting partnership with two or three clusters from Bulgaria, Romania or Slovakia working on the energy transition of rural regions. We propose study visits, joint training for installers, business missions of our companies and a joint application to Interreg Europe or the Single Market Programme (Euroclusters).",
            ),
        ],
        nace: &["94.11", "35.11", "43.21"],
        keywords: &["energetyka rozproszona", "transformacja energetyczna", "Euroclusters", "wizyty studyjne", "distributed energy"],
        target_countries: &["BG", "RO", "SK"],
        target_regions: &[],
        partner_kinds: &[K::Cluster],
        partner_roles: &[R::ProjectPartner],
        deadline: Some("2027-09-30"),
        submitted_on: Some("2026-02-16"),
        published_on: Some("2026-02-16"),
    },
    // ------------------------------------------------------------------ energy: submitted by LKE members
    DemoProfile {
        key: "pl-farm-pv",
        org: "Wróbel Fotowoltaika s.c.",
        author: None,
        kind: P::BusinessOffer,
        status: S::Submitted,
        texts: &[(
            "pl",
            "Montaż farm fotowoltaicznych na gruntach rolnych – podwykonawstwo za granicą",
            "Doświadczona ekipa montażowa z Chełma przyjmie zlecenia na budowę farm PV do 2 MW w Czechach, na Słowacji i w Rumunii.",
            "Wróbel Fotowoltaika to rodzinna firma z Chełma z trzema brygadami montażowymi i własnym sprzętem do wbijania konstrukcji. Od 2019 roku zbudowaliśmy ponad 40 farm fotowoltaicznych o mocy od 0,5 do 2 MW. Szukamy generalnych wykonawców i inwestorów za granicą, dla których możemy realizować montaż konstrukcji, modułów i okablowania DC jako podwykonawca. Zapewniamy dokumentację powykonawczą i pomiary.",
        )],
        nace: &["43.21", "35.11"],
        keywords: &["farmy fotowoltaiczne", "montaż PV", "podwykonawstwo", "agrofotowoltaika"],
        target_countries: &["CZ", "SK", "RO"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer],
        deadline: Some("2027-05-31"),
        submitted_on: Some("2026-11-17"),
        published_on: None,
    },
    DemoProfile {
        key: "pl-heat-pump-drying",
        org: "Granit Pompy Ciepła sp. z o.o.",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Submitted,
        texts: &[(
            "pl",
            "Wysokotemperaturowe pompy ciepła do suszarni owoców i ziół",
            "Pompa ciepła na czynniku naturalnym (R290) dostarcza powietrze do 80 °C i odzyskuje ciepło z wilgotnego powietrza suszarni.",
            "Opracowaliśmy moduł pompy ciepła do suszarni komorowych i taśmowych, który zastępuje kotły gazowe i olejowe. Odzysk ciepła z powietrza wylotowego obniża zużycie energii nawet o 60%. Pilotaż w suszarni jabłek w powiecie lubelskim działa od 2025 roku. Szukamy przetwórni owoców, warzyw i ziół w Bułgarii, Rumunii i we Włoszech, które chcą przetestować rozwiązanie, oraz dystrybutorów urządzeń dla przemysłu spożywczego.",
        )],
        nace: &["28.25", "28.93", "43.22"],
        keywords: &["pompy ciepła", "suszenie owoców", "odzysk ciepła", "R290", "przemysł spożywczy"],
        target_countries: &["BG", "RO", "IT"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer, R::Distributor],
        deadline: Some("2027-04-30"),
        submitted_on: Some("2026-11-19"),
        published_on: None,
    },
    DemoProfile {
        key: "pl-ems-software",
        org: "Vistula IT sp. z o.o.",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Submitted,
        texts: &[(
            "pl",
            "System zarządzania energią w chmurze dla budynków z OZE",
            "Oprogramowanie zbiera dane z falowników, liczników i pomp ciepła i steruje nimi według prognozy pogody i taryf.",
            "Vistula IT tworzy platformę EMS integrującą falowniki różnych producentów, magazyny energii, pompy ciepła i ładowarki samochodów elektrycznych. Prognoza produkcji PV na podstawie danych pogodowych i harmonogram taryf pozwalają przesuwać zużycie i obniżać rachunki. Platforma działa w języku polskim i angielskim; szukamy firm instalacyjnych za granicą, które chcą oferować ją klientom pod własną marką, oraz partnera do wersji bułgarskiej.",
        )],
        nace: &["62.01", "63.11"],
        keywords: &["EMS", "zarządzanie energią", "IoT", "prognoza produkcji PV", "white label"],
        target_countries: &["BG", "CZ", "SK", "HU"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Distributor, R::Customer],
        deadline: Some("2027-06-30"),
        submitted_on: Some("2026-11-20"),
        published_on: None,
    },
    DemoProfile {
        key: "pl-biomass-draft",
        org: "Instytut Energetyki Odnawialnej w Lublinie",
        author: None,
        kind: P::RndPartnerSearch,
        status: S::Draft,
        texts: &[(
            "pl",
            "Toryfikacja biomasy z odpadów sadowniczych – partnerzy do projektu Horyzont Europa",
            "Szkic: szukamy partnerów badawczych i przemysłowych do projektu o paliwach z odpadów sadowniczych.",
            "Instytut przygotowuje wniosek o toryfikacji zrębki z wycinki sadów i jej współspalaniu w lokalnych ciepłowniach. Potrzebujemy partnera z doświadczeniem w badaniach emisji oraz producenta kotłów. Opis uzupełnimy po spotkaniu konsorcjum.",
        )],
        nace: &["72.19", "35.30"],
        keywords: &["biomasa", "toryfikacja", "odpady sadownicze", "Horyzont Europa"],
        target_countries: &[],
        target_regions: &[],
        partner_kinds: &[K::Research, K::University, K::Company],
        partner_roles: &[R::ResearchPartner],
        deadline: Some("2027-02-15"),
        submitted_on: None,
        published_on: None,
    },
    // ------------------------------------------------------------------ hydrogen: Ústí ↔ Lublin
    DemoProfile {
        key: "cz-hydrogen-rnd",
        org: "Centrum obnovitelné energetiky Chomutov",
        author: None,
        kind: P::RndPartnerSearch,
        status: S::Published,
        texts: &[(
            "cs",
            "Hledáme výzkumné partnery: zelený vodík z fotovoltaiky pro uhelný region Severozápad",
            "Výzkumné centrum z Ústeckého kraje připravuje projekt Horizont Evropa o výrobě a skladování zeleného vodíku z přebytků solární energie a hledá univerzity a výzkumné ústavy.",
            "Ústecký kraj opouští těžbu hnědého uhlí a hledá nové využití pro průmyslové areály a rekultivované plochy. Centrum obnovitelné energetiky Chomutov provozuje zkušební fotovoltaickou elektrárnu 1 MWp a připravuje pilotní elektrolyzér PEM. Do projektu Horizont Evropa (Clean Hydrogen Partnership) hledáme partnery pro:\n- řízení elektrolýzy podle kolísavé výroby z fotovoltaiky,\n- skladování vodíku v kovových hydridech nebo pod nízkým tlakem,\n- hodnocení životního cyklu a ekonomiky pro malé obce a průmyslové zóny.\n\nVítáme zejména univerzity a výzkumné ústavy z Polska, Německa a Slovenska se zkušenostmi s elektrolýzou a skladováním energie. Předpokládaný začátek projektu: jaro 2027.",
        )],
        nace: &["72.19", "20.11", "35.11"],
        keywords: &["zelený vodík", "elektrolýza", "fotovoltaika", "skladování energie", "spravedlivá transformace", "Horizont Evropa"],
        target_countries: &["PL", "DE", "SK"],
        target_regions: &[],
        partner_kinds: &[K::University, K::Research],
        partner_roles: &[R::ResearchPartner, R::ProjectPartner],
        deadline: Some("2027-01-31"),
        submitted_on: Some("2026-05-11"),
        published_on: Some("2026-05-12"),
    },
    DemoProfile {
        key: "pl-hydrogen-research",
        org: "Wydział Energetyki Odnawialnej, Akademia Techniczno-Przyrodnicza Wschód",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Published,
        texts: &[
            (
                "pl",
                "Oferta badawcza: elektroliza zasilana z fotowoltaiki i magazynowanie wodoru",
                "Laboratorium wodorowe wydziału oferuje badania i wspólne projekty nad elektrolizerami pracującymi ze zmienną mocą z instalacji PV.",
                "Zespół Laboratorium Technologii Wodorowych od 2021 roku bada pracę elektrolizerów PEM i alkalicznych zasilanych bezpośrednio z instalacji fotowoltaicznych: sterowanie przy zmiennej mocy, degradację stosów i sprawność całego łańcucha. Dysponujemy stanowiskiem 50 kW, magazynem wodoru w wodorkach metali i modelem techniczno-ekonomicznym dla gmin. Oferujemy udział w projektach Horyzont Europa i Interreg jako partner badawczy, badania zlecone oraz staże dla doktorantów. Szczególnie interesują nas regiony pogórnicze i rolnicze.",
            ),
            (
                "en",
                "Research offer: PV-powered electrolysis and hydrogen storage",
                "The faculty's hydrogen laboratory offers research and joint projects on electrolysers running on the variable output of PV plants.",
                "Since 2021 our Hydrogen Technologies Laboratory has studied PEM and alkaline electrolysers fed directly by photovoltaic plants: control under variable power, stack degradation and the efficiency of the whole chain. We run a 50 kW test bench, metal-hydride hydrogen storage and a techno-economic model for municipalities. We offer to join Horizon Europe and Interreg projects as a research partner, contract research and placements for PhD students. Former mining regions and rural regions interest us most.",
            ),
        ],
        nace: &["72.19", "85.42", "20.11"],
        keywords: &["wodór", "elektroliza", "hydrogen", "electrolysis", "fotowoltaika", "magazynowanie energii", "metal hydrides"],
        target_countries: &["CZ", "DE", "SK", "BG"],
        target_regions: &[],
        partner_kinds: &[K::Research, K::University, K::Company],
        partner_roles: &[R::ResearchPartner, R::ProjectPartner],
        deadline: Some("2027-06-30"),
        submitted_on: Some("2026-05-25"),
        published_on: Some("2026-05-27"),
    },
    DemoProfile {
        key: "cz-usti-energy-meta",
        org: "Regionální rozvojová agentura Ústeckého kraje, a.s.",
        author: Some("rra-usti.admin@klaster.example"),
        kind: P::ClusterPartnership,
        status: S::Published,
        texts: &[
            (
                "cs",
                "Meta-klastr Energetika a životní prostředí hledá nové členy",
                "Meta-klastr vzniklý v projektu Clusters-Cord přijímá klastry z oblasti obnovitelných zdrojů, vodíku a recyklace.",
                "Regionální rozvojová agentura Ústeckého kraje koordinuje meta-klastr Energetika a životní prostředí, který vznikl v projektu Clusters-Cord. Společně pořádáme výměnné pobyty, sdílíme tržní informace a připravujeme projekty pro transformaci uhelných regionů. Hledáme klastry z Polska, Slovenska, Rakouska a Bulharska, které chtějí v letech 2027–2028 spolupracovat na vodíkových technologiích, recyklaci a energetické účinnosti.",
            ),
            (
                "de",
                "Meta-Cluster Energie und Umwelt sucht neue Mitglieder",
                "Der im Projekt Clusters-Cord entstandene Meta-Cluster nimmt Cluster aus erneuerbaren Energien, Wasserstoff und Recycling auf.",
                "Die Regionale Entwicklungsagentur der Region Ústí koordiniert den Meta-Cluster Energie und Umwelt aus dem Projekt Clusters-Cord. Wir organisieren Austauschbesuche, teilen Marktinformationen und bereiten Projekte für den Strukturwandel der Kohleregionen vor. Gesucht sind Cluster aus Polen, der Slowakei, Österreich und Bulgarien, die 2027–2028 zu Wasserstoff, Recycling und Energieeffizienz zusammenarbeiten möchten.",
            ),
        ],
        nace: &["94.11", "70.22"],
        keywords: &["meta-klastr", "Clusters-Cord", "vodík", "Wasserstoff", "transformace uhelných regionů", "Strukturwandel"],
        target_countries: &["PL", "SK", "AT", "BG"],
        target_regions: &[],
        partner_kinds: &[K::Cluster],
        partner_roles: &[R::ProjectPartner],
        deadline: Some("2027-12-31"),
        submitted_on: Some("2026-01-26"),
        published_on: Some("2026-01-27"),
    },
    DemoProfile {
        key: "cz-pv-recycling",
        org: "Labe Zelená energie s.r.o.",
        author: None,
        kind: P::TechnologyRequest,
        status: S::Published,
        texts: &[(
            "cs",
            "Poptáváme technologii recyklace vysloužilých fotovoltaických panelů",
            "Zpracovatel odpadů z Ústí nad Labem hledá ověřenou linku na oddělení skla, hliníku a křemíku z fotovoltaických modulů.",
            "Do roku 2030 v Česku doslouží první velké fotovoltaické elektrárny z let 2009–2010. Chceme v našem areálu v Ústí nad Labem zřídit linku na recyklaci modulů s kapacitou 3 000 tun ročně. Hledáme dodavatele technologie (mechanické nebo termické oddělení vrstev) s referencemi, případně výzkumné pracoviště pro pilotní zkoušky. Možná je i licence nebo společný podnik.",
        )],
        nace: &["38.32", "38.21"],
        keywords: &["recyklace fotovoltaiky", "oběhové hospodářství", "sklo", "křemík", "odpady"],
        target_countries: &["DE", "AT", "SI", "IT"],
        target_regions: &[],
        partner_kinds: &[K::Company, K::Research],
        partner_roles: &[R::Supplier, R::ResearchPartner],
        deadline: Some("2027-03-31"),
        submitted_on: Some("2026-06-15"),
        published_on: Some("2026-06-17"),
    },
    DemoProfile {
        key: "si-pv-recycling",
        org: "Inštitut za krožno gospodarstvo Koper",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Published,
        texts: &[(
            "sl",
            "Termično ločevanje plasti fotonapetostnih modulov – pilotna naprava in licenca",
            "Inštitut ponuja preizkušen postopek, ki iz odsluženih sončnih modulov pridobi čisto steklo, aluminij, baker in silicij.",
            "Na Inštitutu za krožno gospodarstvo smo razvili postopek termičnega ločevanja plasti EVA, ki omogoča ponovno uporabo več kot 90 % mase fotonapetostnega modula. Pilotna naprava v Kopru obdela 200 kg modulov na uro. Iščemo podjetja za ravnanje z odpadki, ki bi postopek licencirala ali z nami zgradila demonstracijsko linijo, in partnerje za projekte programa LIFE.",
        )],
        nace: &["72.19", "38.32"],
        keywords: &["recikliranje sončnih modulov", "krožno gospodarstvo", "licenca", "LIFE"],
        target_countries: &["CZ", "AT", "HR", "IT"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer, R::ProjectPartner],
        deadline: Some("2027-05-31"),
        submitted_on: Some("2026-07-01"),
        published_on: Some("2026-07-03"),
    },
    DemoProfile {
        key: "at-hybrid-heat-rnd",
        org: "Kompetenzzentrum Erneuerbare Energien Wels",
        author: None,
        kind: P::RndPartnerSearch,
        status: S::Published,
        texts: &[(
            "de",
            "Forschungspartner gesucht: Biomasse-Kraft-Wärme-Kopplung mit Wärmepumpe für Nahwärmenetze",
            "Für ein Horizon-Europe-Vorhaben sucht das Kompetenzzentrum Partner, die Hybridanlagen aus Holzvergaser-BHKW und Großwärmepumpe in ländlichen Netzen erproben.",
            "Kleine Nahwärmenetze in Gemeinden mit 1 000 bis 5 000 Einwohnern laufen heute meist mit Hackschnitzelkesseln. Wir wollen zeigen, dass ein Holzvergaser-BHKW zusammen mit einer Großwärmepumpe und einem Pufferspeicher Strom und Wärme günstiger und mit weniger Emissionen liefert. Gesucht werden Forschungseinrichtungen mit Erfahrung in Regelung und Emissionsmessung sowie Gemeinden oder Betreiber in Polen, Tschechien und Slowenien, die ein Demonstrationsnetz einbringen.",
        )],
        nace: &["72.19", "35.30"],
        keywords: &["Kraft-Wärme-Kopplung", "Wärmepumpe", "Nahwärme", "Biomasse", "Horizon Europe"],
        target_countries: &["PL", "CZ", "SI"],
        target_regions: &[],
        partner_kinds: &[K::Research, K::University, K::PublicAuthority],
        partner_roles: &[R::ResearchPartner, R::ProjectPartner],
        deadline: Some("2027-02-28"),
        submitted_on: Some("2026-08-24"),
        published_on: Some("2026-08-26"),
    },
    DemoProfile {
        key: "es-pv-withdrawn",
        org: "Solar Martínez S.L.",
        author: None,
        kind: P::BusinessOffer,
        status: S::Withdrawn,
        texts: &[(
            "es",
            "Distribución de módulos fotovoltaicos y estructuras para cubiertas industriales",
            "Distribuidor valenciano de módulos y estructuras busca instaladores en Europa Central.",
            "Solar Martínez distribuye módulos fotovoltaicos de alta eficiencia y estructuras coplanares para cubiertas industriales, con almacén propio en Paterna. Buscamos empresas instaladoras en Polonia, Chequia y Eslovaquia para suministro directo con entrega en 72 horas. (Oferta retirada: hemos cerrado acuerdos en los tres países.)",
        )],
        nace: &["46.69", "43.21"],
        keywords: &["módulos fotovoltaicos", "distribución", "estructuras", "cubiertas industriales"],
        target_countries: &["PL", "CZ", "SK"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer],
        deadline: Some("2027-01-31"),
        submitted_on: Some("2026-02-02"),
        published_on: Some("2026-02-04"),
    },
    // ------------------------------------------------------------------ tourism
    DemoProfile {
        key: "bg-tourism-partnership",
        org: "Клъстер Тракийски храни",
        author: None,
        kind: P::ClusterPartnership,
        status: S::Published,
        texts: &[(
            "bg",
            "Търсим клъстер-партньор за кулинарен и винен туризъм",
            "Клъстер „Тракийски храни“ търси туристически клъстер от Централна Европа за съвместни маршрути, обмен на опит и проект по Interreg или Еразъм+.",
            "Членовете ни – производители на млечни продукти, плодове и вино, семейни хотели и туристически агенции от Пловдивска област – развиват маршрути „от фермата до трапезата“ в Родопите и Тракийската низина. Искаме да работим с туристически клъстер, който вече свързва местни производители на храни с настаняване и активен туризъм, например в планински или трансграничен регион. Предлагаме: взаимни посещения, общи пакетни продукти за туроператори, съвместно участие в туристически изложения и подготовка на проект за 2027 г. Търсим партньори от Полша, Чехия, Словакия и Австрия.",
        )],
        nace: &["94.11", "79.12", "55.20", "11.02"],
        keywords: &["кулинарен туризъм", "винен туризъм", "местни храни", "Родопи", "клъстерно сътрудничество", "Interreg"],
        target_countries: &["PL", "CZ", "SK", "AT"],
        target_regions: &[],
        partner_kinds: &[K::Cluster],
        partner_roles: &[R::ProjectPartner],
        deadline: Some("2027-04-30"),
        submitted_on: Some("2026-06-01"),
        published_on: Some("2026-06-02"),
    },
    DemoProfile {
        key: "pl-beskidy-partnership",
        org: "Klaster Euroregion Beskidy",
        author: Some("keb.admin@klaster.example"),
        kind: P::ClusterPartnership,
        status: S::Published,
        texts: &[(
            "pl",
            "Turystyka górska i smaki regionu: klaster z Beskidów zaprasza do współpracy klastry turystyczne",
            "Klaster Euroregion Beskidy, członek meta-klastra turystycznego z projektu Clusters-Cord, szuka nowych klastrów partnerskich, także spoza Europy Środkowej.",
            "Od lat łączymy pensjonaty, biura podróży i lokalnych producentów żywności z polskiej, czeskiej i słowackiej strony Beskidów w transgraniczne produkty turystyczne. Chcemy poszerzyć meta-klaster turystyczny o klastry z regionów, które podobnie łączą turystykę aktywną z lokalną kuchnią – szczególnie z Bułgarii, Rumunii i Słowenii. Oferujemy wymianę grup studyjnych, wspólne pakiety dla touroperatorów, udział w targach w Katowicach i Brnie oraz doświadczenie w projektach Interreg.",
        )],
        nace: &["94.11", "79.90", "55.20"],
        keywords: &["turystyka górska", "kuchnia regionalna", "meta-klaster", "Beskidy", "turystyka kulinarna", "Interreg"],
        target_countries: &["BG", "RO", "SI"],
        target_regions: &[],
        partner_kinds: &[K::Cluster],
        partner_roles: &[R::ProjectPartner],
        deadline: Some("2027-06-30"),
        submitted_on: Some("2026-03-23"),
        published_on: Some("2026-03-24"),
    },
    DemoProfile {
        key: "sk-cycling-partnership",
        org: "Klaster cestovného ruchu Horné Považie",
        author: None,
        kind: P::ClusterPartnership,
        status: S::Published,
        texts: &[(
            "sk",
            "Hľadáme partnerské klastre pre cezhraničné cyklotrasy Beskydy – Kysuce – Orava",
            "Klaster cestovného ruchu zo Žiliny hľadá partnerov na spoločný produkt cykloturistiky a projekt Interreg.",
            "Naši členovia – penzióny, cestovné kancelárie a mesto Žilina – budujú sieť cyklotrás s požičovňami elektrobicyklov a ubytovaním prívetivým pre cyklistov. Chceme trasy prepojiť s poľskými a českými Beskydami a predávať ich ako jeden balík. Hľadáme klastre a združenia cestovného ruchu z Poľska a Česka na spoločnú značku, mapy a propagáciu.",
        )],
        nace: &["94.11", "79.12"],
        keywords: &["cykloturistika", "elektrobicykle", "cezhraničná spolupráca", "Beskydy"],
        target_countries: &["PL", "CZ"],
        target_regions: &["PL22", "CZ08"],
        partner_kinds: &[K::Cluster, K::BusinessSupport],
        partner_roles: &[R::ProjectPartner],
        deadline: Some("2027-03-31"),
        submitted_on: Some("2026-04-20"),
        published_on: Some("2026-04-21"),
    },
    DemoProfile {
        key: "cz-elbe-cycling",
        org: "Klastr cestovního ruchu Labská brána",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[
            (
                "cs",
                "Cyklistické a vodácké pobyty na Labské stezce pro cestovní kanceláře",
                "Klastr nabízí touroperátorům hotové balíčky na Labské stezce z Litoměřic do Drážďan s ubytováním, přepravou zavazadel a průvodcem.",
                "Členové klastru připravili týdenní a víkendové balíčky po Labské stezce: ubytování v penzionech, přeprava zavazadel, půjčovna kol a elektrokol, plavba lodí a degustace místních vín a piv. Hledáme cestovní kanceláře a touroperátory z Německa, Polska a Nizozemska, kteří chtějí balíčky prodávat; nabízíme provizní i smluvní ceny.",
            ),
            (
                "de",
                "Rad- und Bootsreisen am Elberadweg für Reiseveranstalter",
                "Fertige Pakete von Litoměřice bis Dresden mit Unterkunft, Gepäcktransport und Reiseleitung.",
                "Unsere Mitglieder bieten Wochen- und Wochenendpakete am Elberadweg an: Pensionen, Gepäcktransport, Verleih von Rädern und E-Bikes, Schifffahrt und Verkostungen regionaler Weine und Biere. Wir suchen Reiseveranstalter aus Deutschland, Polen und den Niederlanden, die die Pakete verkaufen möchten.",
            ),
        ],
        nace: &["79.12", "55.20"],
        keywords: &["Labská stezka", "Elberadweg", "cykloturistika", "pakety", "Reiseveranstalter"],
        target_countries: &["DE", "PL", "NL"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Distributor, R::Customer],
        deadline: Some("2027-02-28"),
        submitted_on: Some("2026-09-07"),
        published_on: Some("2026-09-08"),
    },
    DemoProfile {
        key: "pl-beskidy-packages",
        org: "Orion Travel sp. z o.o.",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "pl",
            "Pakiety turystyki aktywnej w Beskidach dla grup zagranicznych",
            "Biuro z Bielska-Białej oferuje touroperatorom pakiety trekkingowe, narciarskie i kulinarne w Beskidach.",
            "Orion Travel przygotowuje programy dla grup od 10 do 60 osób: trekking szlakami Beskidu Śląskiego i Żywieckiego, narciarstwo biegowe, warsztaty serowarskie u bacy i kolacje z kuchnią góralską. Zapewniamy noclegi w pensjonatach członków Klastra Euroregion Beskidy, transport i przewodników mówiących po angielsku, niemiecku i czesku. Szukamy touroperatorów i biur podróży z Niemiec, Austrii, Bułgarii i Węgier.",
        )],
        nace: &["79.12", "55.20"],
        keywords: &["turystyka aktywna", "Beskidy", "trekking", "turystyka kulinarna", "grupy zorganizowane"],
        target_countries: &["DE", "AT", "BG", "HU"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Distributor],
        deadline: Some("2027-05-31"),
        submitted_on: Some("2026-10-05"),
        published_on: Some("2026-10-06"),
    },
    DemoProfile {
        key: "bg-wine-tours",
        org: "Нова Травел ЕООД",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "bg",
            "Винени и кулинарни турове в Тракия и Родопите за групи от Централна Европа",
            "Туристическа агенция от Пловдив предлага готови програми с дегустации, посещения на мандри и настаняване в семейни хотели.",
            "„Нова Травел“ организира 4- до 8-дневни програми: дегустации в изби около Асеновград и Перущица, посещения на мандри и фермери, готварски уроци с местна кухня, разходки в Родопите и Стария град на Пловдив. Работим с групи от 8 до 40 души и осигуряваме екскурзоводи на английски и немски език. Търсим туроператори и туристически агенции от Полша, Чехия, Словакия и Германия.",
        )],
        nace: &["79.12", "79.90"],
        keywords: &["винен туризъм", "кулинарен туризъм", "Пловдив", "Родопи", "групови пътувания"],
        target_countries: &["PL", "CZ", "SK", "DE"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Distributor],
        deadline: Some("2027-03-31"),
        submitted_on: Some("2026-10-12"),
        published_on: Some("2026-10-13"),
    },
    DemoProfile {
        key: "at-incoming-request",
        org: "Alpen Touristik AG",
        author: None,
        kind: P::BusinessRequest,
        status: S::Published,
        texts: &[(
            "de",
            "Incoming-Partner in Polen, Tschechien und Bulgarien für Aktivreisen gesucht",
            "Tiroler Reiseveranstalter sucht Incoming-Agenturen, die Wander- und Genussreisen für Gruppen organisieren.",
            "Alpen Touristik bringt jedes Jahr rund 4 000 Gäste zu Wander-, Rad- und Genussreisen. Für das Programm 2027/28 suchen wir verlässliche Incoming-Agenturen in den Beskiden, im Riesengebirge und in den Rhodopen, die Unterkunft, Transfers, Reiseleitung und kulinarische Erlebnisse aus einer Hand anbieten. Wichtig sind uns deutschsprachige Reiseleitung und nachhaltige Unterkünfte.",
        )],
        nace: &["79.12", "79.11"],
        keywords: &["Incoming", "Aktivreisen", "Wandern", "Genussreisen", "Gruppenreisen"],
        target_countries: &["PL", "CZ", "BG"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Supplier],
        deadline: Some("2027-01-31"),
        submitted_on: Some("2026-09-28"),
        published_on: Some("2026-09-29"),
    },
    // ------------------------------------------------------------------ food
    DemoProfile {
        key: "bg-fruit-drying",
        org: "Витоша Био ЕООД",
        author: None,
        kind: P::TechnologyRequest,
        status: S::Published,
        texts: &[(
            "bg",
            "Търсим енергийно ефективна технология за сушене на био плодове и билки",
            "Производител на биологични плодове от Пловдивско търси сушилня с нискотемпературно сушене и възстановяване на топлина, която запазва цвета и витамините.",
            "Отглеждаме биологични ябълки, кайсии, вишни и билки на 60 ха и преработваме част от реколтата в сокове. Искаме да добавим сушени плодове и билкови чайове, но сегашната газова сушилня е скъпа и влошава качеството. Търсим доставчик на сушилня (камерна или лентова, 300–500 кг сурови плодове на час) с нискотемпературно сушене, термопомпа или друго възстановяване на топлина, както и научна организация, която да помогне с режимите на сушене за всеки продукт. Възможно е съвместно кандидатстване по програмата за развитие на селските райони.",
        )],
        nace: &["10.39", "28.93", "01.24"],
        keywords: &["сушене на плодове", "био продукти", "термопомпа", "възстановяване на топлина", "билки", "преработка на плодове"],
        target_countries: &["PL", "IT", "AT"],
        target_regions: &[],
        partner_kinds: &[K::Company, K::Research],
        partner_roles: &[R::Supplier, R::ResearchPartner],
        deadline: Some("2027-02-28"),
        submitted_on: Some("2026-07-20"),
        published_on: Some("2026-07-21"),
    },
    DemoProfile {
        key: "pl-low-temp-drying",
        org: "Instytut Technologii Żywności w Puławach",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Published,
        texts: &[
            (
                "pl",
                "Niskotemperaturowe suszenie owoców i warzyw z pompą ciepła – technologia i wsparcie wdrożenia",
                "Instytut oferuje opracowane i sprawdzone w przemyśle parametry suszenia z pompą ciepła, które zachowują barwę, aromat i witaminy.",
                "Od 2018 roku badamy suszenie jabłek, wiśni, aronii, marchwi i ziół w temperaturze 40–60 °C z osuszaniem powietrza pompą ciepła. W porównaniu z suszarniami gazowymi zużycie energii spada o 40–60%, a zawartość witaminy C i polifenoli jest wyraźnie wyższa. Oferujemy: dobór technologii i urządzeń, opracowanie receptur suszenia dla konkretnych surowców, badania jakości w naszym laboratorium i szkolenia. Szukamy przetwórców owoców i warzyw oraz producentów suszarni w Polsce i za granicą.",
            ),
            (
                "en",
                "Low-temperature heat-pump drying of fruit and vegetables – technology and implementation support",
                "The institute offers drying parameters developed and proven in industry that keep the colour, aroma and vitamins of dried fruit.",
                "Since 2018 we have studied drying apples, sour cherries, aronia, carrots and herbs at 40–60 °C with heat-pump dehumidification. Compared with gas-fired dryers, energy use falls by 40–60% and the content of vitamin C and polyphenols is clearly higher. We offer the choice of technology and equipment, drying recipes for each raw material, quality testing in our laboratory and training. We are looking for fruit and vegetable processors and dryer manufacturers in Poland and abroad.",
            ),
        ],
        nace: &["72.19", "10.39"],
        keywords: &["suszenie owoców", "pompa ciepła", "heat-pump drying", "przetwórstwo owoców", "fruit processing", "polifenole"],
        target_countries: &["BG", "RO", "IT", "ES"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer, R::ProjectPartner],
        deadline: Some("2027-06-30"),
        submitted_on: Some("2026-04-13"),
        published_on: Some("2026-04-15"),
    },
    DemoProfile {
        key: "it-hpp-shelf-life",
        org: "Centro Ricerche Tecnologie Alimentari di Modena",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Published,
        texts: &[(
            "it",
            "Alte pressioni (HPP) per succhi, latticini freschi e piatti pronti: prove pilota e trasferimento tecnologico",
            "Il centro mette a disposizione un impianto HPP pilota da 55 litri e competenze per allungare la shelf life senza trattamenti termici.",
            "Il trattamento ad alte pressioni (fino a 6 000 bar) inattiva i microrganismi mantenendo sapore, colore e vitamine di succhi, salse, formaggi freschi e piatti pronti. Offriamo prove pilota su campioni dei clienti, studi di shelf life, supporto nella scelta dell'impianto industriale e nella documentazione per le autorità sanitarie. Cerchiamo aziende alimentari in Europa centrale e orientale interessate a nuovi prodotti refrigerati e partner per progetti Horizon Europe.",
        )],
        nace: &["72.19", "10.32", "10.51"],
        keywords: &["alte pressioni", "HPP", "shelf life", "succhi", "latticini", "trasferimento tecnologico"],
        target_countries: &["PL", "BG", "RO", "HU"],
        target_regions: &[],
        partner_kinds: &[K::Company, K::Research],
        partner_roles: &[R::Customer, R::ResearchPartner],
        deadline: Some("2027-04-30"),
        submitted_on: Some("2026-05-04"),
        published_on: Some("2026-05-06"),
    },
    DemoProfile {
        key: "pl-frozen-fruit",
        org: "Mazur Sady sp. z o.o.",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "pl",
            "Mrożone wiśnie, aronia i jabłka z Lubelszczyzny – dostawy dla przetwórni",
            "Grupa sadownicza spod Opola Lubelskiego oferuje mrożone owoce IQF i koncentraty dla producentów dżemów, jogurtów i napojów.",
            "Mazur Sady uprawia 180 ha sadów i skupuje owoce od 60 okolicznych gospodarstw. Nasza mroźnia produkuje rocznie około 4 000 ton wiśni drylowanych, aronii, malin i kostki jabłkowej IQF, a także przecier i zagęszczony sok jabłkowy. Posiadamy certyfikaty IFS Food i BRCGS, część produkcji jest ekologiczna. Szukamy stałych odbiorców – przetwórni owoców, mleczarni i producentów napojów – w Hiszpanii, Włoszech, Niemczech i Bułgarii.",
        )],
        nace: &["10.39", "01.24", "46.31"],
        keywords: &["mrożone owoce", "wiśnie", "aronia", "IQF", "sok jabłkowy", "eksport"],
        target_countries: &["ES", "IT", "DE", "BG"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer, R::Distributor],
        deadline: Some("2027-08-31"),
        submitted_on: Some("2026-06-22"),
        published_on: Some("2026-06-23"),
    },
    DemoProfile {
        key: "es-fruit-suppliers",
        org: "Alimentos Montsec S.L.",
        author: None,
        kind: P::BusinessRequest,
        status: S::Published,
        texts: &[(
            "es",
            "Buscamos proveedores de guinda, frutos rojos y manzana congelados de Europa Central",
            "Fabricante catalán de mermeladas y rellenos para pastelería busca proveedores estables de fruta congelada IQF con certificación IFS o BRCGS.",
            "Alimentos Montsec elabora mermeladas, compotas y rellenos de fruta para obradores y la industria láctea. Necesitamos unas 1 500 toneladas anuales de guinda deshuesada, frambuesa, aronia y dados de manzana congelados, con trazabilidad por lote y parte de la oferta ecológica. Buscamos productores y cooperativas de Polonia, Serbia, Bulgaria o Hungría para contratos anuales a partir de la campaña 2027.",
        )],
        nace: &["10.39", "10.89"],
        keywords: &["fruta congelada", "guinda", "frutos rojos", "IQF", "proveedores", "mermeladas"],
        target_countries: &["PL", "BG", "HU", "RS"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Supplier],
        deadline: Some("2027-03-31"),
        submitted_on: Some("2026-08-03"),
        published_on: Some("2026-08-04"),
    },
    DemoProfile {
        key: "bg-dairy-distributors",
        org: "Делта Млечни продукти ООД",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "bg",
            "Българско кисело мляко и бяло саламурено сирене – търсим дистрибутори",
            "Мандра от Пловдивска област предлага традиционно кисело мляко, бяло сирене и кашкавал за търговски вериги и специализирани магазини в Централна Европа.",
            "Работим с мляко от собствени и партньорски ферми в Родопите и използваме традиционната българска закваска. Капацитетът ни е 30 тона мляко на ден; продуктите са с европейски сертификати за качество и могат да се произвеждат под марката на клиента. Търсим вносители и дистрибутори в Полша, Чехия и Германия, както и търговски вериги със собствени марки.",
        )],
        nace: &["10.51"],
        keywords: &["кисело мляко", "бяло сирене", "кашкавал", "млечни продукти", "износ", "собствена марка"],
        target_countries: &["PL", "CZ", "DE"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Distributor, R::Customer],
        deadline: Some("2027-06-30"),
        submitted_on: Some("2026-09-14"),
        published_on: Some("2026-09-15"),
    },
    DemoProfile {
        key: "pl-fruit-cluster-expired",
        org: "Nadwiślański Klaster Przetwórstwa Owoców",
        author: None,
        kind: P::ClusterPartnership,
        status: S::Expired,
        texts: &[(
            "pl",
            "Klastry owocowe z Europy – wspólna promocja na targach Fruit Logistica",
            "Klaster z Puław szukał klastrów partnerskich do wspólnego stoiska i misji handlowej na targach w Berlinie.",
            "Nadwiślański Klaster Przetwórstwa Owoców zrzesza sadowników, przetwórnie i producentów maszyn z doliny Wisły. Szukaliśmy dwóch–trzech klastrów owocowych z innych krajów UE do wspólnego stoiska, programu spotkań B2B i misji handlowej na targach Fruit Logistica 2026.",
        )],
        nace: &["94.11", "10.39"],
        keywords: &["sadownictwo", "przetwórstwo owoców", "Fruit Logistica", "wspólne stoisko"],
        target_countries: &["IT", "ES", "BG"],
        target_regions: &[],
        partner_kinds: &[K::Cluster],
        partner_roles: &[R::ProjectPartner],
        deadline: Some("2025-12-15"),
        submitted_on: Some("2025-09-29"),
        published_on: Some("2025-10-01"),
    },
    DemoProfile {
        key: "pl-orchard-machines",
        org: "Sokół Agromasz s.c.",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "pl",
            "Linie do sortowania i mycia jabłek oraz wiśni – producent szuka dystrybutorów",
            "Producent maszyn sadowniczych oferuje kompaktowe linie sortujące z optyczną kontrolą jakości dla małych przetwórni.",
            "Sokół Agromasz produkuje linie do przyjęcia, mycia, sortowania i kalibrowania owoców o wydajności od 1 do 8 ton na godzinę, z kamerami wykrywającymi uszkodzenia. Nasze maszyny pracują w ponad 200 gospodarstwach i przetwórniach w Polsce i na Ukrainie. Szukamy dystrybutorów z serwisem w Rumunii, Bułgarii i Serbii.",
        )],
        nace: &["28.93", "28.30"],
        keywords: &["maszyny sadownicze", "sortowanie owoców", "wizja maszynowa", "dystrybucja"],
        target_countries: &["RO", "BG", "RS"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Distributor],
        deadline: Some("2027-04-30"),
        submitted_on: Some("2026-03-02"),
        published_on: Some("2026-03-03"),
    },
    // ------------------------------------------------------------------ ICT and digitalisation
    DemoProfile {
        key: "ro-iot-energy",
        org: "Digital Ionescu S.R.L.",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Published,
        texts: &[(
            "ro",
            "Platformă IoT pentru monitorizarea energiei și a utilajelor în IMM-uri industriale",
            "Companie software din Cluj-Napoca oferă o platformă IoT cu senzori wireless și tablouri de bord pentru reducerea consumului de energie în fabrici.",
            "Platforma noastră colectează date de la contoare, compresoare, cuptoare și linii de producție prin senzori LoRaWAN și le analizează în cloud: consum pe produs, pierderi la mers în gol, alerte de mentenanță predictivă. Implementarea durează 2–4 săptămâni și nu necesită oprirea producției. Avem peste 30 de clienți în industria alimentară, prelucrarea metalelor și materiale plastice. Căutăm integratori și clustere industriale în Polonia, Bulgaria, Ungaria și Slovacia care să ofere platforma membrilor lor.",
        )],
        nace: &["62.01", "63.11"],
        keywords: &["IoT", "monitorizarea energiei", "mentenanță predictivă", "LoRaWAN", "digitalizare", "Industria 4.0"],
        target_countries: &["PL", "BG", "HU", "SK"],
        target_regions: &[],
        partner_kinds: &[K::Company, K::Cluster],
        partner_roles: &[R::Distributor, R::Customer],
        deadline: Some("2027-05-31"),
        submitted_on: Some("2026-05-18"),
        published_on: Some("2026-05-19"),
    },
    DemoProfile {
        key: "bg-food-traceability",
        org: "Иванов Софт ЕООД",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "bg",
            "Софтуер за проследимост и управление на производството за хранителни предприятия",
            "Софийска софтуерна компания предлага облачна система за проследимост от суровина до партида, HACCP дневници и етикетиране за малки и средни производители на храни.",
            "Системата ни води партидите от приемането на млякото, плодовете или месото до готовия продукт, генерира етикети с алергени и проследява температурата в складовете чрез сензори. Използва се от над 40 мандри, месопреработватели и производители на сокове в България. Интерфейсът е на български, английски и румънски. Търсим партньори за внедряване в Полша, Румъния и Гърция и хранителни клъстери, които искат да дигитализират членовете си.",
        )],
        nace: &["62.01", "62.02"],
        keywords: &["проследимост", "HACCP", "хранителна промишленост", "облачен софтуер", "дигитализация"],
        target_countries: &["PL", "RO", "GR"],
        target_regions: &[],
        partner_kinds: &[K::Company, K::Cluster],
        partner_roles: &[R::Distributor, R::Customer],
        deadline: Some("2027-03-31"),
        submitted_on: Some("2026-06-08"),
        published_on: Some("2026-06-09"),
    },
    DemoProfile {
        key: "cz-vision-qc",
        org: "Delta Systems s.r.o.",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Published,
        texts: &[(
            "cs",
            "Strojové vidění pro kontrolu kvality ve výrobě – nasazení za čtyři týdny",
            "Brněnská softwarová firma nabízí systém kamerové kontroly vad na lisovaných, obráběných a plastových dílech.",
            "Náš systém kombinuje průmyslové kamery s neuronovými sítěmi trénovanými na vzorcích zákazníka. Odhalí praskliny, otřepy, chybějící díry i vady povrchu a data posílá do systému MES. Pilotní provoz na jedné lince připravíme za čtyři týdny. Hledáme výrobce automobilových a strojírenských dílů na Slovensku, v Maďarsku a v Německu a integrátory, kteří chtějí systém nabízet.",
        )],
        nace: &["62.01", "26.51"],
        keywords: &["strojové vidění", "kontrola kvality", "umělá inteligence", "MES", "automotive"],
        target_countries: &["SK", "HU", "DE"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer, R::Distributor],
        deadline: Some("2027-04-30"),
        submitted_on: Some("2026-07-13"),
        published_on: Some("2026-07-14"),
    },
    DemoProfile {
        key: "sk-predictive-maintenance",
        org: "Delta Automotive s.r.o.",
        author: None,
        kind: P::TechnologyRequest,
        status: S::Published,
        texts: &[(
            "sk",
            "Hľadáme riešenie prediktívnej údržby a kontroly kvality pre lisovňu",
            "Dodávateľ automobilových dielov z Trnavského kraja hľadá dodávateľa softvéru pre prediktívnu údržbu lisov a kamerovú kontrolu výliskov.",
            "Prevádzkujeme 14 lisov s lisovacou silou 250 až 1 200 ton. Neplánované odstávky a reklamácie vád povrchu nás stoja čoraz viac. Hľadáme dodávateľa, ktorý zbiera údaje o vibráciách, teplote a sile lisovania, predpovedá poruchy nástrojov a prepojí ich s kamerovou kontrolou hotových dielov. Požadujeme referencie z automobilového priemyslu a podporu v slovenčine, češtine alebo angličtine.",
        )],
        nace: &["25.50", "29.32", "62.01"],
        keywords: &["prediktívna údržba", "lisovanie", "strojové videnie", "Priemysel 4.0", "automotive"],
        target_countries: &["CZ", "PL", "HU", "RO"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Supplier],
        deadline: Some("2027-02-28"),
        submitted_on: Some("2026-08-17"),
        published_on: Some("2026-08-18"),
    },
    DemoProfile {
        key: "de-nearshoring",
        org: "Richter Systemhaus GmbH & Co. KG",
        author: None,
        kind: P::BusinessRequest,
        status: S::Published,
        texts: &[(
            "de",
            "Nearshoring-Partner für Softwareentwicklung im Gesundheitswesen gesucht",
            "Sächsisches Systemhaus sucht Entwicklungspartner in Polen, Tschechien oder Rumänien für Anwendungen in Kliniken und Arztpraxen.",
            "Wir entwickeln und betreiben Software für Kliniken, Labore und Arztpraxen, unter anderem Schnittstellen nach HL7 FHIR und Apps für die Telemedizin. Für wachsende Projekte suchen wir ein Team von 5 bis 10 Entwickelnden (Java, TypeScript, Rust) mit Erfahrung in Datenschutz und Medizinprodukte-Software. Wichtig sind gute Deutsch- oder Englischkenntnisse und die Bereitschaft, regelmäßig nach Chemnitz zu reisen.",
        )],
        nace: &["62.01", "62.02"],
        keywords: &["Nearshoring", "Softwareentwicklung", "HL7 FHIR", "Telemedizin", "Gesundheitswesen"],
        target_countries: &["PL", "CZ", "RO"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Supplier],
        deadline: Some("2027-01-31"),
        submitted_on: Some("2026-10-19"),
        published_on: Some("2026-10-20"),
    },
    DemoProfile {
        key: "hu-ict-meta",
        org: "Rábaközi Digitális Klaszter",
        author: None,
        kind: P::ClusterPartnership,
        status: S::Published,
        texts: &[
            (
                "hu",
                "Partnerklasztereket keresünk a kkv-k digitalizációjához",
                "A győri digitális klaszter a Clusters-Cord ICT meta-klaszter tagjaként új partnereket keres közös képzésekhez és Digitális Európa pályázathoz.",
                "Tagjaink szoftverfejlesztők, informatikai szolgáltatók és képzőhelyek, akik a térség ipari kkv-inak digitalizációján dolgoznak. Olyan klasztereket keresünk Lengyelországból, Csehországból, Romániából és Bulgáriából, amelyekkel közösen szervezhetünk digitális képzéseket, tapasztalatcseréket és európai digitális innovációs központokhoz kapcsolódó projekteket.",
            ),
            (
                "en",
                "Partner clusters wanted for the digitalisation of SMEs",
                "The Győr digital cluster, a member of the Clusters-Cord ICT meta-cluster, is looking for new partners for joint training and a Digital Europe application.",
                "Our members are software developers, IT service companies and training providers who work on the digitalisation of the region's industrial SMEs. We are looking for clusters from Poland, Czechia, Romania and Bulgaria to organise digital skills training, exchange visits and projects linked to European Digital Innovation Hubs.",
            ),
        ],
        nace: &["94.11", "62.01"],
        keywords: &["digitalizáció", "digitalisation", "meta-klaszter", "EDIH", "Digital Europe", "képzés"],
        target_countries: &["PL", "CZ", "RO", "BG"],
        target_regions: &[],
        partner_kinds: &[K::Cluster],
        partner_roles: &[R::ProjectPartner],
        deadline: Some("2027-03-31"),
        submitted_on: Some("2026-02-23"),
        published_on: Some("2026-02-24"),
    },
    DemoProfile {
        key: "pl-kpd-digital-toys",
        org: "Klaster Przyjazny Dziecku",
        author: Some("kpd.admin@klaster.example"),
        kind: P::TechnologyRequest,
        status: S::Published,
        texts: &[
            (
                "pl",
                "Szukamy technologii rozszerzonej rzeczywistości do bezpiecznych zabawek edukacyjnych",
                "Klaster Przyjazny Dziecku szuka firm informatycznych, które pomogą producentom zabawek połączyć zabawki z aplikacjami AR bez zbierania danych dzieci.",
                "Nasi członkowie produkują drewniane zabawki, gry i książki dla dzieci. Chcemy wzbogacić je o aplikacje z rozszerzoną rzeczywistością, które działają bez konta i bez reklam, zgodnie z RODO i zasadami projektowania dla dzieci. Szukamy studiów programistycznych z doświadczeniem w AR i aplikacjach edukacyjnych oraz uczelni, które pomogą ocenić wartość edukacyjną rozwiązań.",
            ),
            (
                "en",
                "Augmented-reality technology wanted for safe educational toys",
                "The Child-Friendly Cluster is looking for software companies that help toy makers link toys with AR apps without collecting children's data.",
                "Our members make wooden toys, games and books for children. We want to add augmented-reality apps that work without accounts or advertising, in line with the GDPR and child-centred design. We are looking for software studios experienced in AR and educational apps, and universities to assess the educational value.",
            ),
        ],
        nace: &["32.40", "62.01"],
        keywords: &["rozszerzona rzeczywistość", "augmented reality", "zabawki edukacyjne", "RODO", "privacy by design"],
        target_countries: &["CZ", "HU", "RO", "DE"],
        target_regions: &[],
        partner_kinds: &[K::Company, K::University],
        partner_roles: &[R::Supplier, R::ResearchPartner],
        deadline: Some("2027-05-31"),
        submitted_on: Some("2026-09-21"),
        published_on: Some("2026-09-22"),
    },
    DemoProfile {
        key: "pl-it-draft",
        org: "Kowalczyk IT sp. z o.o.",
        author: None,
        kind: P::BusinessOffer,
        status: S::Draft,
        texts: &[(
            "pl",
            "Wdrożenia systemów ERP dla małych firm produkcyjnych",
            "",
            "Wersja robocza. Wdrażamy i utrzymujemy systemy ERP open source dla firm produkcyjnych do 250 pracowników; opis oferty i referencje uzupełnimy.",
        )],
        nace: &["62.02"],
        keywords: &["ERP", "wdrożenia", "open source"],
        target_countries: &["CZ", "SK"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer],
        deadline: None,
        submitted_on: None,
        published_on: None,
    },
    // ------------------------------------------------------------------ health and medical devices
    DemoProfile {
        key: "pl-sktsz-cell-logistics",
        org: "Śląski Klaster Transplantologii Szpiku",
        author: Some("sktsz.admin@klaster.example"),
        kind: P::RndPartnerSearch,
        status: S::Published,
        texts: &[
            (
                "pl",
                "Partnerzy do projektu o bezpiecznym transporcie i kriokonserwacji komórek macierzystych",
                "Klaster szuka ośrodków klinicznych, laboratoriów i producentów urządzeń do projektu Horyzont Europa o łańcuchu chłodniczym przeszczepów szpiku.",
                "Przeszczep szpiku często wymaga przewiezienia komórek macierzystych setki kilometrów, czasem przez granice. Chcemy zbadać i poprawić cały łańcuch: pobranie, kriokonserwację, transport z ciągłym zapisem temperatury i dokumentację zgodną z wymogami UE. Szukamy ośrodków transplantacyjnych, banków komórek, producentów pojemników transportowych i firm informatycznych z Niemiec, Czech, Słowacji i Belgii. Koordynatorem wniosku będzie uczelnia medyczna z naszego klastra.",
            ),
            (
                "en",
                "Partners wanted: safe transport and cryopreservation of stem cells",
                "The cluster is looking for clinical centres, laboratories and device makers for a Horizon Europe project on the cold chain of bone marrow transplants.",
                "A bone marrow transplant often means moving stem cells hundreds of kilometres, sometimes across borders. We want to study and improve the whole chain: collection, cryopreservation, transport with continuous temperature logging and documentation meeting EU requirements. We are looking for transplant centres, cell banks, makers of transport containers and IT companies from Germany, Czechia, Slovakia and Belgium.",
            ),
        ],
        nace: &["72.11", "86.10", "32.50"],
        keywords: &["przeszczepianie szpiku", "kriokonserwacja", "stem cells", "cold chain", "Horizon Europe", "łańcuch chłodniczy"],
        target_countries: &["DE", "CZ", "SK", "BE"],
        target_regions: &[],
        partner_kinds: &[K::Research, K::University, K::Company],
        partner_roles: &[R::ResearchPartner, R::ProjectPartner],
        deadline: Some("2027-04-15"),
        submitted_on: Some("2026-06-29"),
        published_on: Some("2026-06-30"),
    },
    DemoProfile {
        key: "de-cryo-shipper",
        org: "Schmidt Medical GmbH & Co. KG",
        author: None,
        kind: P::TechnologyOffer,
        status: S::Published,
        texts: &[(
            "de",
            "Kryo-Transportbehälter mit lückenloser Temperaturaufzeichnung für Zell- und Gewebetransporte",
            "Medizintechnik-Hersteller aus Mittelfranken bietet validierte Trockeneis- und Flüssigstickstoff-Behälter mit Datenlogger und Cloud-Anbindung.",
            "Unsere Behälter halten bis zu 10 Tage Temperaturen unter −150 °C und zeichnen Temperatur, Lage und Erschütterungen lückenlos auf; die Daten sind während des Transports online abrufbar. Sie werden von Stammzellbanken und Transplantationszentren in Deutschland und Österreich eingesetzt. Wir suchen klinische Partner für Anwendungsstudien in Mittel- und Osteuropa, Vertriebspartner sowie Konsortien für Forschungsprojekte zur Kühlkette von Zelltherapien.",
        )],
        nace: &["32.50", "26.51"],
        keywords: &["Kryotransport", "Kühlkette", "Stammzellen", "Datenlogger", "Medizintechnik"],
        target_countries: &["PL", "CZ", "SK", "HU"],
        target_regions: &[],
        partner_kinds: &[K::Research, K::Company, K::Cluster],
        partner_roles: &[R::Customer, R::ResearchPartner, R::Distributor],
        deadline: Some("2027-06-30"),
        submitted_on: Some("2026-07-27"),
        published_on: Some("2026-07-28"),
    },
    DemoProfile {
        key: "be-remote-monitoring",
        org: "Peeters Zorgtechniek BV",
        author: None,
        kind: P::TechnologyRequest,
        status: S::Published,
        texts: &[(
            "en",
            "Clinical partners wanted to validate a remote monitoring patch for haematology patients",
            "A Flemish medtech company is looking for hospitals and clinical research units to run a validation study of a wearable patch that monitors temperature and heart rate after chemotherapy or transplantation.",
            "Patients with low immunity after chemotherapy or stem-cell transplantation must react quickly to fever. Our CE-marked wearable patch measures temperature and heart rate continuously and alerts the care team through a secure app. We now need clinical partners in Central Europe for a multicentre validation study (about 200 patients, 2027–2028), and ideally a partner to adapt the app to Polish, Czech and Slovak. We cover the devices and the study coordination.",
        )],
        nace: &["32.50", "86.10", "72.11"],
        keywords: &["remote patient monitoring", "wearable", "haematology", "clinical validation", "medical devices"],
        target_countries: &["PL", "CZ", "SK"],
        target_regions: &[],
        partner_kinds: &[K::Research, K::University, K::Other],
        partner_roles: &[R::ResearchPartner],
        deadline: Some("2027-03-15"),
        submitted_on: Some("2026-08-31"),
        published_on: Some("2026-09-01"),
    },
    DemoProfile {
        key: "pl-diagnostics-distributors",
        org: "Jantar Diagnostyka sp. z o.o.",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "pl",
            "Zestawy do typowania HLA metodą PCR – szukamy dystrybutorów w Europie Środkowej",
            "Producent odczynników diagnostycznych ze Śląska oferuje zestawy do typowania tkankowego dla pracowni transplantacyjnych.",
            "Nasze zestawy do typowania HLA metodą PCR-SSP i real-time PCR są oznaczone CE IVD i używane w 14 pracowniach immunogenetyki w Polsce. Oferujemy szkolenia, oprogramowanie do interpretacji wyników i wsparcie walidacji. Szukamy dystrybutorów z doświadczeniem w diagnostyce laboratoryjnej w Czechach, na Słowacji, Węgrzech i w Rumunii.",
        )],
        nace: &["32.50", "21.20"],
        keywords: &["typowanie HLA", "diagnostyka", "PCR", "transplantologia", "dystrybucja", "IVD"],
        target_countries: &["CZ", "SK", "HU", "RO"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Distributor],
        deadline: Some("2027-05-31"),
        submitted_on: Some("2026-05-26"),
        published_on: Some("2026-05-27"),
    },
    DemoProfile {
        key: "de-medtech-mdr",
        org: "Medizintechnik-Netzwerk Mittelfranken",
        author: None,
        kind: P::ClusterPartnership,
        status: S::Published,
        texts: &[(
            "de",
            "Clusterpartnerschaft: gemeinsam durch die MDR – Medizintechnik-Netzwerke in Mittel- und Osteuropa gesucht",
            "Das Netzwerk sucht Partnercluster, um kleinen Herstellern gemeinsam bei Zulassung, klinischer Bewertung und Markteintritt unter der EU-Medizinprodukteverordnung zu helfen.",
            "Viele kleine Medizintechnik-Hersteller scheitern an den Anforderungen der MDR. Wir bieten unseren Mitgliedern Sprechstunden mit Regulatory-Fachleuten, gemeinsame Schulungen und Kontakte zu Kliniken. Mit Partnerclustern aus Polen, Tschechien und Belgien möchten wir diese Angebote teilen, Testkliniken grenzüberschreitend vermitteln und gemeinsam Euroclusters-Mittel beantragen.",
        )],
        nace: &["94.11", "32.50"],
        keywords: &["MDR", "Medizinprodukte", "Zulassung", "Euroclusters", "klinische Bewertung"],
        target_countries: &["PL", "CZ", "BE"],
        target_regions: &[],
        partner_kinds: &[K::Cluster],
        partner_roles: &[R::ProjectPartner],
        deadline: Some("2027-06-30"),
        submitted_on: Some("2026-03-16"),
        published_on: Some("2026-03-17"),
    },
    // ------------------------------------------------------------------ other sectors (for suggestions to rank)
    DemoProfile {
        key: "pl-skl-machining",
        org: "Śląski Klaster Lotniczy",
        author: Some("skl.admin@klaster.example"),
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "pl",
            "Obróbka precyzyjna i konstrukcje kompozytowe dla przemysłu lotniczego – wolne moce w klastrze",
            "Firmy Śląskiego Klastra Lotniczego oferują obróbkę CNC 5-osiową stopów tytanu i aluminium oraz elementy kompozytowe z certyfikatem AS9100.",
            "Członkowie klastra dysponują ponad 60 centrami obróbczymi 5-osiowymi, autoklawami do kompozytów i laboratorium badań nieniszczących. Wykonujemy elementy struktur, wsporniki, obudowy i oprzyrządowanie dla producentów samolotów i śmigłowców. Szukamy odbiorców z Włoch, Francji i Niemiec; klaster koordynuje oferty kilku firm jednocześnie.",
        )],
        nace: &["30.30", "25.62"],
        keywords: &["lotnictwo", "obróbka CNC", "kompozyty", "AS9100", "łańcuch dostaw"],
        target_countries: &["IT", "FR", "DE"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer],
        deadline: Some("2027-09-30"),
        submitted_on: Some("2026-04-27"),
        published_on: Some("2026-04-28"),
    },
    DemoProfile {
        key: "it-titanium-suppliers",
        org: "Aero Sannio S.p.A.",
        author: None,
        kind: P::BusinessRequest,
        status: S::Published,
        texts: &[(
            "it",
            "Cerchiamo fornitori qualificati per lavorazioni meccaniche di titanio e alluminio aeronautico",
            "Produttore campano di componenti per aerostrutture cerca officine certificate EN 9100 per lavorazioni a 5 assi.",
            "Per nuovi programmi di aerostrutture cerchiamo fornitori in grado di lavorare particolari in titanio Ti-6Al-4V e alluminio 7075 su centri a 5 assi, con controllo dimensionale e documentazione FAI. I volumi previsti sono 8 000 pezzi all'anno dal 2027. Valutiamo fornitori in Polonia, Repubblica Ceca e Romania.",
        )],
        nace: &["30.30", "25.62"],
        keywords: &["aerostrutture", "titanio", "lavorazioni a 5 assi", "EN 9100", "fornitori"],
        target_countries: &["PL", "CZ", "RO"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Supplier],
        deadline: Some("2027-02-28"),
        submitted_on: Some("2026-09-02"),
        published_on: Some("2026-09-03"),
    },
    DemoProfile {
        key: "es-femac-partnership",
        org: "Clúster FEMAC",
        author: Some("femac.admin@klaster.example"),
        kind: P::ClusterPartnership,
        status: S::Published,
        texts: &[
            (
                "es",
                "Buscamos clústeres agroalimentarios y de maquinaria agrícola en Europa Central y Oriental",
                "FEMAC busca clústeres socios para misiones comerciales y proyectos de agricultura de precisión.",
                "Los socios de FEMAC fabrican maquinaria para la agricultura y la ganadería y quieren entrar en mercados de Europa Central y Oriental. Buscamos clústeres de Polonia, Bulgaria y Rumanía con empresas agrícolas y de transformación de alimentos para organizar misiones comerciales, demostraciones en campo y un proyecto europeo sobre agricultura de precisión y ahorro de energía en explotaciones.",
            ),
            (
                "en",
                "Agrifood and farm-machinery clusters wanted in Central and Eastern Europe",
                "FEMAC is looking for partner clusters for trade missions and precision-farming projects.",
                "FEMAC members make machinery for farming and livestock and want to enter Central and Eastern European markets. We are looking for clusters in Poland, Bulgaria and Romania with farming and food-processing members to organise trade missions, field demonstrations and a European project on precision farming and energy savings on farms.",
            ),
        ],
        nace: &["94.11", "28.30"],
        keywords: &["maquinaria agrícola", "agricultura de precisión", "farm machinery", "misiones comerciales", "precision farming"],
        target_countries: &["PL", "BG", "RO"],
        target_regions: &[],
        partner_kinds: &[K::Cluster],
        partner_roles: &[R::ProjectPartner],
        deadline: Some("2027-06-30"),
        submitted_on: Some("2026-01-19"),
        published_on: Some("2026-01-20"),
    },
    DemoProfile {
        key: "hu-steel-structures",
        org: "Bakony Gépészet Kft.",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "hu",
            "Hegesztett acélszerkezetek és gépvázak bérgyártása",
            "Győr környéki gépipari cég szabad kapacitást kínál hegesztett gépvázak, keretek és acélszerkezetek gyártására.",
            "Robotos és kézi hegesztéssel, CNC lézervágással és élhajlítással gyártunk gépvázakat, kereteket és tartályokat 5 tonnáig, felületkezeléssel együtt. Az ISO 3834 szerinti minősítéssel rendelkezünk. Megrendelőket keresünk Ausztriában, Németországban és Szlovákiában, elsősorban mezőgazdasági és élelmiszeripari gépgyártókat.",
        )],
        nace: &["25.11", "28.99"],
        keywords: &["acélszerkezetek", "hegesztés", "bérgyártás", "gépvázak", "lézervágás"],
        target_countries: &["AT", "DE", "SK"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Customer],
        deadline: Some("2027-03-31"),
        submitted_on: Some("2026-10-26"),
        published_on: Some("2026-10-27"),
    },
    DemoProfile {
        key: "sk-battery-housing-rnd",
        org: "Katedra automobilovej techniky, Vysoká škola technická Trenčín",
        author: None,
        kind: P::RndPartnerSearch,
        status: S::Published,
        texts: &[(
            "sk",
            "Hľadáme partnerov do výskumu ľahkých krytov batérií pre elektromobily",
            "Katedra pripravuje projekt o hliníkových a kompozitných krytoch batérií a hľadá výrobcov dielov a výskumné pracoviská.",
            "Kryt batérie musí byť ľahký, tuhý, odolný proti nárazu a požiaru a zároveň lacný na výrobu vo veľkých sériách. Máme skúšobňu nárazov a simulačné modely; hľadáme výrobcov lisovaných a odlievaných dielov a výskumné ústavy z Česka, Nemecka a Maďarska pre spoločný projekt programu Horizont Európa alebo Interreg.",
        )],
        nace: &["72.19", "29.32"],
        keywords: &["elektromobilita", "kryty batérií", "ľahké konštrukcie", "kompozity", "Horizont Európa"],
        target_countries: &["CZ", "DE", "HU"],
        target_regions: &[],
        partner_kinds: &[K::Company, K::Research],
        partner_roles: &[R::ResearchPartner, R::ProjectPartner],
        deadline: Some("2027-01-31"),
        submitted_on: Some("2026-10-01"),
        published_on: Some("2026-10-02"),
    },
    DemoProfile {
        key: "bg-circular-agri-rnd",
        org: "Факултет по кръгова икономика, Университет за приложни науки – Благоевград",
        author: None,
        kind: P::RndPartnerSearch,
        status: S::Published,
        texts: &[(
            "bg",
            "Партньори за изследване: биогаз и компост от отпадъци на мандри и плодопреработватели",
            "Факултетът търси изследователски и индустриални партньори за проект по програма „Хоризонт Европа“ за кръгова икономика в хранително-вкусовата промишленост.",
            "Суроватката, утайките и плодовите остатъци от малките преработватели в Югозападна България често се изхвърлят. Искаме да изпитаме малки биогазови инсталации и компостиране в рамките на клъстер „Зелена синергия“ и да оценим ползите за енергийните разходи и почвите. Търсим университети и научни институти с опит в анаеробното разграждане, както и производители на малки биогазови инсталации от Полша, Чехия, Австрия и Словения.",
        )],
        nace: &["72.19", "35.21", "38.21"],
        keywords: &["кръгова икономика", "биогаз", "суроватка", "компост", "Хоризонт Европа"],
        target_countries: &["PL", "CZ", "AT", "SI"],
        target_regions: &[],
        partner_kinds: &[K::University, K::Research, K::Company],
        partner_roles: &[R::ResearchPartner, R::ProjectPartner],
        deadline: Some("2027-02-15"),
        submitted_on: Some("2026-09-08"),
        published_on: Some("2026-09-09"),
    },
    DemoProfile {
        key: "pl-wooden-toys",
        org: "Sokół Zabawki s.c.",
        author: None,
        kind: P::BusinessOffer,
        status: S::Published,
        texts: &[(
            "pl",
            "Drewniane zabawki edukacyjne z certyfikatem EN 71 – szukamy dystrybutorów",
            "Rodzinna manufaktura z Zamościa oferuje drewniane układanki, sortery i gry logiczne dla dzieci od 1 do 6 lat.",
            "Produkujemy zabawki z polskiego drewna bukowego i brzozowego, malowane farbami wodnymi, z badaniami EN 71 i certyfikatem FSC. Oferujemy krótkie serie pod marką klienta i opakowania bez plastiku. Szukamy dystrybutorów i sklepów z zabawkami w Niemczech, Austrii, Czechach i krajach skandynawskich.",
        )],
        nace: &["32.40"],
        keywords: &["zabawki drewniane", "zabawki edukacyjne", "EN 71", "FSC", "private label"],
        target_countries: &["DE", "AT", "CZ", "SE"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Distributor],
        deadline: Some("2027-08-31"),
        submitted_on: Some("2026-10-21"),
        published_on: Some("2026-10-22"),
    },
    DemoProfile {
        key: "at-biomass-boilers",
        org: "Pichler Bioenergie GmbH",
        author: None,
        kind: P::BusinessRequest,
        status: S::Published,
        texts: &[(
            "de",
            "Installationspartner für Pelletkessel und Hybridheizungen in Tschechien, Polen und Slowenien gesucht",
            "Oberösterreichischer Hersteller von Biomassekesseln sucht Installationsbetriebe, die Pelletkessel mit Wärmepumpen und Photovoltaik kombinieren.",
            "Unsere Pellet- und Hackgutkessel von 15 bis 150 kW laufen in über 9 000 Anlagen. Immer mehr Kundinnen und Kunden wollen sie mit Wärmepumpe und Photovoltaik kombinieren. Wir suchen Installationsbetriebe mit eigener Servicemannschaft, die unsere Kessel und die Hybridregelung vertreiben, montieren und warten; Schulung im Werk in Wels inklusive.",
        )],
        nace: &["25.21", "43.22"],
        keywords: &["Pelletkessel", "Hybridheizung", "Wärmepumpe", "Installationspartner", "Biomasse"],
        target_countries: &["CZ", "PL", "SI"],
        target_regions: &[],
        partner_kinds: &[K::Company],
        partner_roles: &[R::Distributor],
        deadline: Some("2027-04-30"),
        submitted_on: Some("2026-07-06"),
        published_on: Some("2026-07-07"),
    },
];

const FOLLOWS: &[DemoFollow] = &[
    DemoFollow {
        profile: STORY_OFFER,
        user: GS_ADMIN,
    },
    DemoFollow {
        profile: STORY_OFFER,
        user: GS_MEMBER,
    },
    DemoFollow {
        profile: STORY_OFFER,
        user: LKE_ADMIN,
    },
    DemoFollow {
        profile: STORY_REQUEST,
        user: LKE_ADMIN,
    },
    DemoFollow {
        profile: STORY_REQUEST,
        user: LKE_MEMBER,
    },
    DemoFollow {
        profile: "lke-partnership",
        user: GS_ADMIN,
    },
    DemoFollow {
        profile: "pl-hydrogen-research",
        user: "rra-usti.member@klaster.example",
    },
    DemoFollow {
        profile: "cz-hydrogen-rnd",
        user: LKE_MEMBER,
    },
    DemoFollow {
        profile: "bg-tourism-partnership",
        user: "keb.admin@klaster.example",
    },
];

const COMMENTS: &[DemoComment] = &[
    DemoComment {
        profile: STORY_OFFER,
        user: GS_MEMBER,
        body: "Do your heat pumps and the controller work with the Bulgarian grid operators' net-metering rules? Several of our municipalities would want to feed surplus into the grid in summer.",
    },
    DemoComment {
        profile: STORY_REQUEST,
        user: LKE_ADMIN,
        body: "Dzień dobry! One of our members, Sokół Energia from Lublin, installs exactly this combination (PV, heat pumps, LFP storage with its own controller) and has published a technology offer on Klaster. We would be glad to organise a study visit to their installations in fruit processing plants in spring 2027.",
    },
    DemoComment {
        profile: STORY_REQUEST,
        user: GS_ADMIN,
        body: "Благодарим! A study visit in April or May 2027 would suit us well; we would bring two mayors and the dairy from Blagoevgrad.",
    },
];

const INTERESTS: &[DemoInterest] = &[
    DemoInterest {
        profile: STORY_OFFER,
        user: GS_ADMIN,
        org: Some("Клъстер Зелена синергия"),
        message: "This matches our technology request for pilot sites in South-West Bulgaria (a school, a municipal building, a dairy and a fruit cold store). Could we talk about a licence for a Bulgarian installer and a joint Interreg application?",
    },
    DemoInterest {
        profile: STORY_REQUEST,
        user: LKE_ADMIN,
        org: Some("Lubelski Klaster Ekoenergetyczny"),
        message: "Our cluster has several members with proven PV + heat pump + storage systems. We would like to propose one of them as the technology supplier and join the Interreg application as a partner.",
    },
    DemoInterest {
        profile: STORY_REQUEST,
        user: LKE_MEMBER,
        org: Some("Lubelski Klaster Ekoenergetyczny"),
        message: "I coordinate the installers' working group in our cluster and can share the results of 120 installations in the Lublin region.",
    },
    DemoInterest {
        profile: "lke-partnership",
        user: GS_MEMBER,
        org: Some("Клъстер Зелена синергия"),
        message: "Green Synergy would be glad to be one of your partner clusters; we run similar projects on energy efficiency in rural municipalities.",
    },
    DemoInterest {
        profile: "pl-hydrogen-research",
        user: "rra-usti.member@klaster.example",
        org: Some("Regionální rozvojová agentura Ústeckého kraje, a.s."),
        message: "The renewable-energy centre in Chomutov from our region is looking for exactly this expertise for a Clean Hydrogen Partnership proposal; may we put you in touch?",
    },
    DemoInterest {
        profile: "bg-tourism-partnership",
        user: "keb.admin@klaster.example",
        org: Some("Klaster Euroregion Beskidy"),
        message: "Our cluster links mountain tourism with regional food producers on three sides of the border and would welcome a partner cluster from Bulgaria.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use klaster_domain::marketplace::ProfileSide;
    use klaster_domain::{iso_date, CountryCode, LanguageTag, NaceCode, NutsCode};
    use std::collections::{BTreeSet, HashSet};

    /// The codes of a built-in vocabulary file of `klaster-vocab` (first column, no comments or header).
    fn vocab_codes(tsv: &str) -> HashSet<&str> {
        tsv.lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split('\t').next())
            .collect()
    }

    fn profile(key: &str) -> &'static DemoProfile {
        PROFILES
            .iter()
            .find(|p| p.key == key)
            .unwrap_or_else(|| panic!("no demo profile {key}"))
    }

    #[test]
    fn every_organisation_and_author_exists() {
        let eco = crate::ecosystem();
        for p in PROFILES {
            let orgs: Vec<_> = eco
                .organisations
                .iter()
                .filter(|o| o.input.name == p.org)
                .collect();
            assert_eq!(
                orgs.len(),
                1,
                "{}: organisation {:?} must exist exactly once",
                p.key,
                p.org
            );
            if let Some(author) = p.author {
                let user = eco.users.iter().find(|u| u.email == author);
                assert!(
                    user.is_some_and(|u| u.organisation.as_deref() == Some(orgs[0].key.as_str())),
                    "{}: {author} is not a demo user of {}",
                    p.key,
                    p.org
                );
            } else {
                assert!(
                    !eco.users
                        .iter()
                        .any(|u| u.organisation.as_deref() == Some(orgs[0].key.as_str())),
                    "{}: {} has a demo user who should be the author",
                    p.key,
                    p.org
                );
            }
        }
    }

    #[test]
    fn codes_are_in_the_vocabularies() {
        let divisions = vocab_codes(include_str!("../../vocab/data/nace2.tsv"));
        let regions = vocab_codes(include_str!("../../vocab/data/nuts2021.tsv"));
        for p in PROFILES {
            assert!(!p.nace.is_empty(), "{}: no NACE code", p.key);
            for code in p.nace {
                let c = NaceCode::parse(code).unwrap_or_else(|e| panic!("{}: {e}", p.key));
                assert_eq!(c.level(), 4, "{}: {code} is not a NACE class", p.key);
                assert!(
                    divisions.contains(&code[..2]),
                    "{}: division of {code} is not in the NACE vocabulary",
                    p.key
                );
            }
            for c in p.target_countries {
                CountryCode::parse(c).unwrap_or_else(|e| panic!("{}: {e}", p.key));
            }
            for r in p.target_regions {
                NutsCode::parse(r).unwrap_or_else(|e| panic!("{}: {e}", p.key));
                assert!(
                    regions.contains(r),
                    "{}: {r} is not a NUTS 2021 region",
                    p.key
                );
            }
        }
    }

    #[test]
    fn texts_fit_the_profile_rules() {
        let mut keys = HashSet::new();
        for p in PROFILES {
            assert!(keys.insert(p.key), "{} twice", p.key);
            assert!(!p.texts.is_empty(), "{}: no text", p.key);
            let mut langs = HashSet::new();
            for (lang, title, summary, description) in p.texts {
                LanguageTag::parse(lang).unwrap_or_else(|e| panic!("{}: {e}", p.key));
                assert!(langs.insert(lang), "{}: {lang} twice", p.key);
                assert!(
                    (1..=200).contains(&title.chars().count()),
                    "{}: title",
                    p.key
                );
                assert!(summary.chars().count() <= 500, "{}: summary", p.key);
                assert!(
                    (1..=10_000).contains(&description.chars().count()),
                    "{}: description",
                    p.key
                );
                assert!(
                    !title.contains('\n') && !summary.contains('\n'),
                    "{}: one line",
                    p.key
                );
            }
            assert!(p.keywords.len() <= 20, "{}: keywords", p.key);
            for k in p.keywords {
                assert!(
                    (1..=60).contains(&k.chars().count()),
                    "{}: keyword {k}",
                    p.key
                );
            }
            assert!(
                !p.partner_roles.is_empty() && !p.partner_kinds.is_empty(),
                "{}: partners",
                p.key
            );
        }
    }

    #[test]
    fn statuses_and_dates_are_consistent() {
        let eco = crate::ecosystem();
        let count = |s: ProfileStatus| PROFILES.iter().filter(|p| p.status == s).count();
        assert_eq!(count(S::Submitted), 3);
        assert_eq!(count(S::Draft), 2);
        assert_eq!(count(S::Expired), 1);
        assert_eq!(count(S::Withdrawn), 1);
        assert!(
            (40..=50).contains(&PROFILES.len()),
            "{} profiles",
            PROFILES.len()
        );
        assert!(count(S::Published) >= 35);
        for p in PROFILES {
            let day = |s: Option<&str>| {
                s.map(|s| iso_date(s).unwrap_or_else(|| panic!("{}: date {s}", p.key)))
            };
            let (submitted, published, deadline) =
                (day(p.submitted_on), day(p.published_on), day(p.deadline));
            match p.status {
                S::Draft => assert!(submitted.is_none() && published.is_none(), "{}", p.key),
                S::Submitted => assert!(submitted.is_some() && published.is_none(), "{}", p.key),
                S::Published | S::Withdrawn => {
                    let (s, d) = (submitted.unwrap(), published.unwrap());
                    assert!(
                        s <= d && d.year() == 2026,
                        "{}: published in 2026 after submission",
                        p.key
                    );
                    assert!(
                        deadline.is_some_and(|x| x.year() == 2027),
                        "{}: deadline in 2027",
                        p.key
                    );
                }
                S::Expired => {
                    let d = published.unwrap();
                    assert!(
                        submitted.unwrap() <= d && d.year() == 2025,
                        "{}: expired a year after publication",
                        p.key
                    );
                }
            }
            if p.status == S::Submitted {
                // The Lubelskie cluster's administrator has them in the review queue.
                let key = &eco
                    .organisations
                    .iter()
                    .find(|o| o.input.name == p.org)
                    .unwrap()
                    .key;
                assert!(
                    eco.members_of("lke")
                        .any(|m| &m.member == key && m.committed),
                    "{}: submitted profiles are by committed members of the Lubelskie cluster",
                    p.key
                );
            }
        }
    }

    #[test]
    fn the_marketplace_is_varied_and_has_the_story_pair() {
        let kinds: BTreeSet<&str> = PROFILES.iter().map(|p| p.kind.code()).collect();
        assert_eq!(kinds.len(), 6, "every kind appears: {kinds:?}");
        let langs: BTreeSet<&str> = PROFILES
            .iter()
            .flat_map(|p| p.texts.iter().map(|t| t.0))
            .collect();
        assert!(langs.len() >= 5, "{langs:?}");
        let bilingual = PROFILES.iter().filter(|p| p.texts.len() > 1).count();
        assert!(
            bilingual >= 5 && bilingual * 3 < PROFILES.len(),
            "most in one language, some in two"
        );

        let eco = crate::ecosystem();
        let org = |p: &DemoProfile| {
            eco.organisations
                .iter()
                .find(|o| o.input.name == p.org)
                .unwrap()
        };
        let (offer, request) = (profile(STORY_OFFER), profile(STORY_REQUEST));
        assert_eq!(
            (offer.kind, offer.status),
            (P::TechnologyOffer, S::Published)
        );
        assert_eq!(
            (request.kind, request.status),
            (P::TechnologyRequest, S::Published)
        );
        assert_eq!(
            (org(offer).input.kind, org(offer).input.country.as_str()),
            (K::Company, "PL")
        );
        assert_eq!(
            (org(request).input.kind, org(request).input.country.as_str()),
            (K::Cluster, "BG")
        );
        assert_eq!(offer.texts.iter().map(|t| t.0).collect::<Vec<_>>(), ["pl"]);
        assert_eq!(
            request.texts.iter().map(|t| t.0).collect::<Vec<_>>(),
            ["bg"]
        );
        assert!(
            offer.nace.iter().all(|c| request.nace.contains(c)),
            "same technology, same classes"
        );
        assert!(offer.target_countries.contains(&"BG") && request.target_countries.contains(&"PL"));

        // Further complementary pairs across languages: each side has a published counterpart
        // of the other side sharing a NACE class, with different languages.
        for (a, b) in [
            ("cz-hydrogen-rnd", "pl-hydrogen-research"),
            ("bg-tourism-partnership", "pl-beskidy-partnership"),
            ("bg-fruit-drying", "pl-low-temp-drying"),
            ("es-fruit-suppliers", "pl-frozen-fruit"),
            ("sk-predictive-maintenance", "cz-vision-qc"),
            ("cz-pv-recycling", "si-pv-recycling"),
            ("pl-sktsz-cell-logistics", "de-cryo-shipper"),
            ("it-titanium-suppliers", "pl-skl-machining"),
        ] {
            let (a, b) = (profile(a), profile(b));
            assert!(
                a.nace.iter().any(|c| b.nace.contains(c)),
                "{} ↔ {}: a shared class",
                a.key,
                b.key
            );
            assert!(
                a.texts[0].0 != b.texts[0].0,
                "{} ↔ {}: across languages",
                a.key,
                b.key
            );
            assert!(a.status == S::Published && b.status == S::Published);
            let sides = (a.kind.side(), b.kind.side());
            assert!(
                sides == (ProfileSide::Search, ProfileSide::Search)
                    || sides == (ProfileSide::Search, ProfileSide::Offer)
                    || sides == (ProfileSide::Request, ProfileSide::Offer),
                "{} ↔ {}: complementary kinds",
                a.key,
                b.key
            );
        }
    }

    #[test]
    fn engagement_refers_to_published_profiles_and_demo_users() {
        let eco = crate::ecosystem();
        let user = |email: &str| {
            eco.users
                .iter()
                .find(|u| u.email == email)
                .unwrap_or_else(|| panic!("no demo user {email}"))
        };
        let published = |key: &str| assert_eq!(profile(key).status, S::Published, "{key}");
        let mut seen = HashSet::new();
        for f in FOLLOWS {
            published(f.profile);
            user(f.user);
            assert!(
                seen.insert((f.profile, f.user)),
                "{} follows {} twice",
                f.user,
                f.profile
            );
        }
        for c in COMMENTS {
            published(c.profile);
            user(c.user);
            assert!(!c.body.trim().is_empty());
        }
        let mut seen = HashSet::new();
        for i in INTERESTS {
            published(i.profile);
            let u = user(i.user);
            assert!(
                seen.insert((i.profile, i.user)),
                "{} twice on {}",
                i.user,
                i.profile
            );
            if let Some(name) = i.org {
                let o = eco
                    .organisations
                    .iter()
                    .find(|o| o.input.name == name)
                    .expect("org");
                assert_eq!(
                    u.organisation.as_deref(),
                    Some(o.key.as_str()),
                    "{} speaks for {name}",
                    i.user
                );
            }
            assert_ne!(
                profile(i.profile).author,
                Some(i.user),
                "no interest in one's own profile"
            );
        }
        assert!(INTERESTS.iter().any(|i| i.profile == STORY_OFFER));
        assert!(INTERESTS.iter().any(|i| i.profile == STORY_REQUEST));
        assert!(COMMENTS.iter().any(|c| c.profile == STORY_REQUEST));
    }
}

//! A brokerage event for the demo: two days of B2B meetings on the green-energy transition, held
//! in Lublin by the Lublin Eco-energy Cluster with the Bulgarian Green Synergy cluster (partners
//! in the reports' world, though this event itself is demo data). About forty people of the
//! ecosystem take part — cluster managers, companies, researchers and regional bodies from
//! Poland, Bulgaria, Czechia, Romania and Spain — with offers and searches in their own
//! languages, and about 120 meeting requests between them. Deterministic, like the rest of the
//! demo.

use crate::rng::Rng;
use crate::{DemoEcosystem, DemoUser};
use klaster_domain::brokerage::{Priority, RequestStatus};
use klaster_domain::brokerage_setup::{RawB2bSessionInput, RawSettingsInput};
use klaster_domain::events::{EventKind, RawEventInput, RawText};
use klaster_domain::{OrgKind, OrgRole};
use std::collections::HashSet;

/// The event's title: how the application finds the demo brokerage event.
pub const TITLE: &str = "Green Energy Matchmaking Days Lublin 2027";

const SEED: u64 = 0x4232_4220_4441_5953; // "B2B DAYS"
/// Requests the demo makes between the participants.
const REQUESTS: usize = 120;
/// The demo's cap on meetings per participant (also its setting).
const MAX_MEETINGS: usize = 8;

#[derive(Debug, Clone)]
pub struct DemoBrokerage {
    pub key: &'static str,
    /// Everything but the organisers, resolved from `organisers` when loading.
    pub input: RawEventInput,
    pub organisers: Vec<&'static str>,
    pub settings: RawSettingsInput,
    pub sessions: Vec<RawB2bSessionInput>,
    /// Accounts for the people of member organisations who take part (the named people of the
    /// ecosystem have theirs already).
    pub people: Vec<DemoUser>,
    pub participants: Vec<DemoParticipant>,
    pub requests: Vec<DemoRequest>,
}

#[derive(Debug, Clone)]
pub struct DemoParticipant {
    pub email: String,
    /// Key of the organisation they take part for.
    pub org: String,
    /// One of the settings' participant types.
    pub kind: &'static str,
    /// The language of their texts.
    pub lang: &'static str,
    pub offer: &'static str,
    pub seek: &'static str,
    pub online: bool,
    pub booth: Option<&'static str>,
    /// Slots they cannot attend, by position in time order over all sessions.
    pub unavailable: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct DemoRequest {
    /// Positions in `participants`.
    pub requester: usize,
    pub recipient: usize,
    pub message: &'static str,
    pub priority: Priority,
    pub status: RequestStatus,
    /// Hours after the opening of booking: requests are spread over the booking weeks.
    pub hours_after_opening: i64,
}

/// Who takes part: a named person of the ecosystem, or the next person at a member organisation
/// of `cluster` from `country` of one of `kinds`.
enum Who {
    Named(&'static str),
    Member {
        cluster: &'static str,
        country: &'static str,
        kinds: &'static [OrgKind],
    },
}

const SME: &[OrgKind] = &[OrgKind::Company];
const LAB: &[OrgKind] = &[OrgKind::University, OrgKind::Research];

struct Row {
    who: Who,
    kind: &'static str,
    lang: &'static str,
    offer: &'static str,
    seek: &'static str,
    online: bool,
    booth: Option<&'static str>,
    unavailable: std::ops::Range<usize>,
}

const fn named(
    email: &'static str,
    kind: &'static str,
    lang: &'static str,
    offer: &'static str,
    seek: &'static str,
) -> Row {
    Row {
        who: Who::Named(email),
        kind,
        lang,
        offer,
        seek,
        online: false,
        booth: None,
        unavailable: 0..0,
    }
}

const fn member(
    cluster: &'static str,
    country: &'static str,
    kinds: &'static [OrgKind],
    lang: &'static str,
    offer: &'static str,
    seek: &'static str,
) -> Row {
    Row {
        who: Who::Member {
            cluster,
            country,
            kinds,
        },
        // Companies take part as SMEs, universities and institutes as research.
        kind: if kinds.len() == 1 { "SME" } else { "research" },
        lang,
        offer,
        seek,
        online: false,
        booth: None,
        unavailable: 0..0,
    }
}

/// People coined for member organisations, by country, used in turn.
const NAMES: &[(&str, &[&str])] = &[
    (
        "PL",
        &[
            "Piotr Nowak",
            "Aleksandra Zielińska",
            "Marcin Wiśniewski",
            "Ewelina Kowalczyk",
            "Grzegorz Mazur",
            "Monika Krawczyk",
            "Łukasz Piotrowski",
            "Natalia Pawłowska",
            "Rafał Michalak",
            "Dorota Król",
            "Adam Wieczorek",
            "Karolina Jabłońska",
            "Bartosz Nowicki",
            "Izabela Majewska",
            "Sebastian Olszewski",
            "Justyna Dudek",
        ],
    ),
    (
        "BG",
        &[
            "Иван Стоянов",
            "Елена Николова",
            "Стефан Георгиев",
            "Десислава Иванова",
            "Николай Тодоров",
            "Радослава Петкова",
            "Борислав Ангелов",
            "Цветелина Христова",
        ],
    ),
    ("RO", &["Andrei Popescu"]),
    ("ES", &["Lucía Fernández Gil", "Núria Vila Roca"]),
];

fn rows() -> Vec<Row> {
    let mut rows = vec![
        named(
            "lke.member",
            "cluster",
            "pl",
            "Lubelski Klaster Ekoenergetyczny zrzesza firmy, uczelnie i gminy z branży odnawialnych źródeł energii. Pomagamy partnerom zagranicznym wejść na rynek lubelski: kontakty z instalatorami, wizyty u członków, wspólne stoiska na targach.",
            "Szukamy klastrów z Bułgarii i Rumunii do wspólnego projektu Interreg o magazynowaniu energii oraz firm, które przyjmą naszych członków na staże technologiczne.",
        ),
        named(
            "green-synergy.admin",
            "cluster",
            "bg",
            "Клъстер „Зелена синергия“ обединява фирми, изследователи и общини в зелената икономика: рециклиране, енергийна ефективност и възобновяеми източници. Предлагаме партньорство в проекти по Еразъм+ и Интеррег и обучения за членове.",
            "Търсим полски клъстери за съвместни обучения по енергийна ефективност и партньори за проект за кръгова икономика в строителството.",
        ),
        named(
            "green-synergy.member",
            "cluster",
            "bg",
            "Организираме посещения при членовете на клъстера и срещи с български производители на пелети, компост и биогаз.",
            "Търсим купувачи на дървесни пелети и компост и дистрибутори в Централна Европа.",
        ),
        named(
            "keb.admin",
            "cluster",
            "pl",
            "Klaster Euroregion Beskidy łączy pensjonaty, gospodarstwa agroturystyczne i gminy Beskidów. Oferujemy pakiety turystyki zrównoważonej i promocję produktów regionalnych.",
            "Szukamy dostawców instalacji fotowoltaicznych i pomp ciepła dla pensjonatów górskich oraz doradców, którzy pomogą obiektom obniżyć rachunki za energię.",
        ),
        named(
            "keb.member",
            "cluster",
            "pl",
            "Prowadzimy wspólny zakup energii dla obiektów noclegowych klastra i szkolenia z oszczędzania energii dla właścicieli.",
            "Szukamy firm wykonujących audyty energetyczne i termomodernizację starszych budynków drewnianych.",
        ),
        named(
            "skl.admin",
            "cluster",
            "pl",
            "Śląski Klaster Lotniczy daje dostęp do łańcucha dostaw przemysłu lotniczego, wspólnych stoisk targowych i doświadczenia w certyfikacji AS9100.",
            "Szukamy dostawców lekkich magazynów energii i ogniw wodorowych do dronów oraz partnerów do elektryfikacji infrastruktury lotniskowej.",
        ),
        named(
            "klastry-polskie.admin",
            "cluster",
            "pl",
            "Związek Pracodawców Klastry Polskie reprezentuje kilkadziesiąt klastrów: pomagamy znaleźć partnera w każdej branży i każdym regionie Polski.",
            "Szukamy organizacji klastrowych z Bułgarii, Czech i Hiszpanii do wymiany dobrych praktyk w zarządzaniu klastrem.",
        ),
        named(
            "rra-usti.admin",
            "public or support body",
            "en",
            "The Ústí Region Development Agency supports the coal region's transition: we offer contacts to municipalities planning solar parks and district heating, and help with Just Transition Fund applications.",
            "We look for companies experienced in converting coal-fired district heating to biomass and heat pumps, and for partners in energy-community pilots.",
        ),
        named(
            "rra-usti.member",
            "public or support body",
            "en",
            "We run the region's investor desk: sites for manufacturing, help with permits and contacts to local suppliers of steel structures.",
            "We are looking for manufacturers of photovoltaic mounting systems and battery storage interested in a production site in northern Bohemia.",
        ),
        named(
            "femac.admin",
            "cluster",
            "en",
            "FEMAC brings together agricultural machinery makers in Lleida: balers, chippers and harvesting equipment for energy crops and forest biomass.",
            "We seek distributors of biomass harvesting machinery in Poland and Bulgaria, and pellet producers who want to test our chippers.",
        ),
        named(
            "femac.member",
            "cluster",
            "en",
            "We coordinate joint export missions of Catalan machinery makers and offer field tests on demonstration farms.",
            "We look for research partners in precision farming and for clusters interested in a joint Horizon Europe proposal on agri-energy.",
        ),
        named(
            "umwl.admin",
            "public or support body",
            "pl",
            "Urząd Marszałkowski Województwa Lubelskiego przedstawi nabory regionalnego programu na odnawialne źródła energii i magazyny energii oraz regionalną strategię inteligentnych specjalizacji.",
            "Szukamy firm i klastrów, które przygotują projekty partnerskie w dziedzinie energetyki rozproszonej i klastrów energii na Lubelszczyźnie.",
        ),
        named(
            "arr-bb.admin",
            "public or support body",
            "pl",
            "Agencja Rozwoju Regionalnego w Bielsku-Białej oferuje pożyczki na termomodernizację i odnawialne źródła energii dla małych firm oraz doradztwo eksportowe.",
            "Szukamy instalatorów i producentów urządzeń OZE, którzy chcą skorzystać z preferencyjnych pożyczek i wejść na rynki zagraniczne.",
        ),
        member("lke", "PL", SME, "pl",
            "Projektujemy i montujemy instalacje fotowoltaiczne dla gospodarstw rolnych i firm, z monitoringiem i serwisem.",
            "Szukamy dostawców falowników i magazynów energii oraz partnerów instalacyjnych w Bułgarii i Rumunii."),
        member("lke", "PL", SME, "pl",
            "Produkujemy i instalujemy pompy ciepła powietrze-woda dla domów i pensjonatów.",
            "Szukamy dystrybutorów pomp ciepła za granicą i partnera badawczego do testów w niskich temperaturach."),
        member("lke", "PL", SME, "pl",
            "Produkujemy pelety z łusek zbożowych i trocin, do 20 tysięcy ton rocznie.",
            "Szukamy odbiorców peletów w Czechach i na Słowacji oraz dostawcy rozdrabniaczy do biomasy."),
        member("lke", "PL", SME, "pl",
            "Budujemy biogazownie rolnicze pod klucz, od projektu po rozruch.",
            "Szukamy gospodarstw i przetwórni żywności z odpadami organicznymi oraz inwestorów do wspólnych projektów biogazowych."),
        member("lke", "PL", SME, "pl",
            "Wykonujemy audyty energetyczne budynków i termomodernizację obiektów użyteczności publicznej.",
            "Szukamy gmin i pensjonatów planujących termomodernizację oraz dostawców izolacji z materiałów z recyklingu."),
        member("lke", "PL", SME, "pl",
            "Tworzymy oprogramowanie do monitoringu zużycia energii i zarządzania mikrosiecią dla gmin i zakładów.",
            "Szukamy instalatorów OZE, którzy chcą oferować klientom monitoring, i partnerów do pilotażu społeczności energetycznej."),
        member("lke", "PL", SME, "pl",
            "Produkujemy konstrukcje wsporcze do farm fotowoltaicznych ze stali ocynkowanej.",
            "Szukamy wykonawców farm fotowoltaicznych w Bułgarii i Czechach oraz dostawcy stali z certyfikatem niskoemisyjnym."),
        member("lke", "PL", SME, "pl",
            "Serwisujemy małe elektrownie wiatrowe i wodne na Lubelszczyźnie.",
            "Szukamy dostawców części do turbin i partnerów do modernizacji starych małych elektrowni wodnych."),
        member("lke", "PL", SME, "pl",
            "Dostarczamy magazyny energii dla firm: projekt, baterie litowo-żelazowo-fosforanowe i integracja z fotowoltaiką.",
            "Szukamy producentów ogniw w Europie i klientów przemysłowych z wysokim zużyciem energii w szczycie."),
        member("lke", "PL", SME, "pl",
            "Doradzamy gminom w tworzeniu klastrów energii i spółdzielni energetycznych.",
            "Szukamy partnerów z doświadczeniem w społecznościach energetycznych w innych krajach UE do wymiany doświadczeń."),
        member("lke", "PL", SME, "pl",
            "Produkujemy kolektory słoneczne i zasobniki ciepłej wody użytkowej.",
            "Szukamy hurtowni instalacyjnych w Bułgarii i Rumunii oraz partnera do certyfikacji Solar Keymark."),
        member("lke", "PL", LAB, "pl",
            "Laboratorium odnawialnych źródeł energii: badamy sprawność paneli, testujemy pompy ciepła i mierzymy jakość peletów.",
            "Szukamy firm do wspólnych projektów badawczo-rozwojowych i zleceń badań, również z zagranicy."),
        member("lke", "PL", LAB, "pl",
            "Zajmujemy się biogazem i fermentacją odpadów rolniczych: analizy substratów i instalacja pilotażowa.",
            "Szukamy biogazowni i przetwórni, które chcą usprawnić proces, oraz partnerów do projektu w programie Horyzont Europa."),
        member("green-synergy", "BG", SME, "bg",
            "Внасяме и дистрибутираме инвертори и литиеви батерии за фотоволтаични системи в България.",
            "Търсим монтажници на фотоволтаици от Полша за съвместни проекти и производители на стоманени конструкции."),
        member("green-synergy", "BG", SME, "bg",
            "Рециклираме пластмасови отпадъци и произвеждаме гранули за строителни изолации.",
            "Търсим фирми за енергийно обновяване на сгради, които използват рециклирани изолационни материали."),
        member("green-synergy", "BG", SME, "bg",
            "Произвеждаме компост и почвени подобрители от зелените отпадъци на общините.",
            "Търсим биогазови инсталации и земеделски стопанства, които купуват компост, и партньор за анализ на качеството."),
        member("green-synergy", "BG", SME, "bg",
            "Изграждаме фотоволтаични паркове на земя и на покриви за индустриални клиенти.",
            "Търсим доставчици на монтажни конструкции и на системи за наблюдение на производството."),
        member("green-synergy", "BG", SME, "bg",
            "Консултираме общини за енергийна ефективност и кандидатстване по европейски програми.",
            "Търсим технологични фирми с решения за интелигентно улично осветление и енергийни общности."),
        member("green-synergy", "BG", SME, "bg",
            "Произвеждаме дървесни пелети от отпадъците на дървообработването.",
            "Търсим купувачи на пелети в Полша и Чехия и доставчик на машини за раздробяване."),
        member("green-synergy", "RO", SME, "en",
            "We install solar water heating and heat pumps for hotels on the Black Sea coast.",
            "We seek manufacturers of solar collectors and heat pumps ready to supply Romania and Bulgaria."),
        member("green-synergy", "ES", SME, "en",
            "We make drying systems for biomass and agricultural residues, powered by solar heat.",
            "We look for pellet producers and farms that need efficient drying of biomass."),
        member("green-synergy", "BG", LAB, "bg",
            "Университетска лаборатория по енергийна ефективност: термография, измервания и симулации на сгради.",
            "Търсим фирми и общини за съвместни проекти за енергийно обновяване и стажове за студенти."),
        member("green-synergy", "BG", LAB, "bg",
            "Изследваме производството на биогаз и биоводород от отпадъци.",
            "Търсим промишлени партньори за пилотна инсталация и съвместно кандидатстване по „Хоризонт Европа“."),
        member("keb", "PL", SME, "pl",
            "Prowadzimy pensjonat w Beskidach i przetwórnię owoców z własnych sadów.",
            "Szukamy instalatora pompy ciepła i fotowoltaiki oraz doradcy, który pomoże uzyskać dofinansowanie."),
        member("keb", "PL", SME, "pl",
            "Organizujemy wycieczki rowerowe i prowadzimy wypożyczalnię rowerów elektrycznych.",
            "Szukamy dostawcy stacji ładowania zasilanych energią słoneczną i partnerów z Czech do wspólnych tras."),
        member("skl", "PL", SME, "pl",
            "Produkujemy elementy kompozytowe dla lotnictwa i obudowy baterii.",
            "Szukamy producentów magazynów energii, którzy potrzebują lekkich obudów, i partnera badawczego w recyklingu kompozytów."),
        member("femac", "ES", SME, "en",
            "We build forestry chippers and balers for energy wood.",
            "We seek dealers in Central and Eastern Europe and biomass suppliers who want to mechanise harvesting."),
    ];
    // Online: the association, FEMAC's people and two companies far away.
    for i in [6, 9, 10, 32, 39] {
        rows[i].online = true;
    }
    // Exhibitors with a booth: the PV installer and the Bulgarian partner cluster.
    rows[13].booth = Some("A1");
    rows[1].booth = Some("A2");
    // Slots some cannot attend (day 1 has slots 0–15, day 2 slots 16–24).
    rows[5].unavailable = 0..4;
    rows[11].unavailable = 16..25;
    rows[20].unavailable = 8..11;
    rows[27].unavailable = 12..16;
    rows[30].unavailable = 20..25;
    rows[36].unavailable = 0..3;
    rows
}

const MESSAGES: &[(&str, [&str; 3])] = &[
    (
        "pl",
        [
            "Dzień dobry, chętnie porozmawiam o możliwej współpracy – Państwa oferta dobrze pasuje do naszych planów.",
            "Szukamy partnera właśnie w tym obszarze. Czy znajdą Państwo 20 minut na rozmowę?",
            "Chcielibyśmy przedstawić naszą ofertę i porozmawiać o wspólnym projekcie.",
        ],
    ),
    (
        "bg",
        [
            "Здравейте, бихме искали да обсъдим възможно сътрудничество – предложението ви отговаря на нашите планове.",
            "Търсим партньор точно в тази област. Ще намерите ли 20 минути за разговор?",
            "Бихме искали да представим нашата оферта и да обсъдим съвместен проект.",
        ],
    ),
    (
        "en",
        [
            "Hello, we would like to discuss possible cooperation – your offer fits our plans well.",
            "We are looking for a partner in exactly this field. Could we meet for a short talk?",
            "We would like to present our offer and discuss a joint project.",
        ],
    ),
];

fn event_input() -> RawEventInput {
    RawEventInput {
        kind: EventKind::Brokerage.code().into(),
        title: TITLE.into(),
        descriptions: [
            ("en", "Two days of pre-scheduled one-to-one meetings on the green-energy transition, organised by the Lublin Eco-energy Cluster with the Bulgarian Green Synergy cluster. Companies, researchers, clusters and regional bodies from Poland, Bulgaria, Czechia, Romania and Spain meet to find partners for installations, biomass, energy storage, energy efficiency and joint EU projects."),
            ("pl", "Dwa dni zaplanowanych spotkań jeden na jeden o zielonej transformacji energetycznej, organizowanych przez Lubelski Klaster Ekoenergetyczny wraz z bułgarskim klastrem Zielona Synergia. Firmy, naukowcy, klastry i instytucje regionalne z Polski, Bułgarii, Czech, Rumunii i Hiszpanii szukają partnerów w dziedzinie instalacji OZE, biomasy, magazynowania energii, efektywności energetycznej i wspólnych projektów unijnych."),
            ("bg", "Два дни предварително насрочени срещи един на един за зеления енергиен преход, организирани от Люблинския еко-енергиен клъстер заедно с българския клъстер „Зелена синергия“. Фирми, изследователи, клъстери и регионални институции от Полша, България, Чехия, Румъния и Испания търсят партньори за инсталации, биомаса, съхранение на енергия, енергийна ефективност и съвместни европейски проекти."),
        ]
        .iter()
        .map(|(lang, text)| RawText {
            lang: lang.to_string(),
            text: text.to_string(),
        })
        .collect(),
        venue: Some("Centrum Spotkań i Konferencji Politechniki Lubelskiej".into()),
        city: Some("Lublin".into()),
        country: Some("PL".into()),
        nuts: Some("PL814".into()),
        starts: "2027-04-20T09:00".into(),
        ends: "2027-04-21T13:00".into(),
        timezone: "Europe/Warsaw".into(),
        languages: vec!["pl".into(), "bg".into(), "en".into()],
        visibility: "public".into(),
        capacity: Some("120".into()),
        registration_open: Some(true),
        ..Default::default()
    }
}

/// The demo brokerage event, its participants (resolved in `eco`) and their requests.
pub fn brokerage(eco: &DemoEcosystem) -> DemoBrokerage {
    let mut taken: HashSet<String> = HashSet::new();
    let mut used_names: Vec<(&str, usize)> = Vec::new();
    let mut people = Vec::new();
    let mut participants = Vec::new();
    for row in rows() {
        let (email, org) = match row.who {
            Who::Named(local) => {
                let email = format!("{local}@klaster.example");
                let user = eco
                    .users
                    .iter()
                    .find(|u| u.email == email)
                    .unwrap_or_else(|| panic!("no demo user {email}"));
                (email, user.organisation.clone().expect("an organisation"))
            }
            Who::Member {
                cluster,
                country,
                kinds,
            } => {
                let org = eco
                    .members_of(cluster)
                    .filter_map(|m| eco.org(&m.member))
                    .find(|o| {
                        o.input.country.as_str() == country
                            && kinds.contains(&o.input.kind)
                            && !taken.contains(&o.key)
                    })
                    .unwrap_or_else(|| {
                        panic!("no free {kinds:?} member of {cluster} in {country}")
                    });
                let names = NAMES
                    .iter()
                    .find(|(c, _)| *c == country)
                    .map(|(_, n)| *n)
                    .unwrap_or_else(|| panic!("no demo names for {country}"));
                let n = match used_names.iter_mut().find(|(c, _)| *c == country) {
                    Some((_, n)) => {
                        *n += 1;
                        *n
                    }
                    None => {
                        used_names.push((country, 0));
                        0
                    }
                };
                let email = format!("{}.member@klaster.example", org.key);
                people.push(DemoUser {
                    email: email.clone(),
                    display_name: names[n].to_string(),
                    organisation: Some(org.key.clone()),
                    role: OrgRole::Member,
                    platform_admin: false,
                });
                (email, org.key.clone())
            }
        };
        taken.insert(org.clone());
        participants.push(DemoParticipant {
            email,
            org,
            kind: row.kind,
            lang: row.lang,
            offer: row.offer,
            seek: row.seek,
            online: row.online,
            booth: row.booth,
            unavailable: row.unavailable.collect(),
        });
    }
    let requests = requests(&participants);
    DemoBrokerage {
        key: "green-energy-b2b-2027",
        input: event_input(),
        organisers: vec!["lke", "green-synergy"],
        settings: RawSettingsInput {
            tables: Some("10".into()),
            max_meetings: Some(MAX_MEETINGS.to_string()),
            booking_opens: Some("2026-09-01T09:00".into()),
            booking_closes: Some("2027-04-16T18:00".into()),
            request_mode: "needs_acceptance".into(),
            participant_types: ["cluster", "SME", "research", "public or support body"]
                .iter()
                .map(|t| t.to_string())
                .collect(),
            only_across_types: false,
        },
        sessions: vec![
            RawB2bSessionInput {
                starts: "2027-04-20T09:30".into(),
                ends: "2027-04-20T16:00".into(),
                slot_minutes: Some("20".into()),
                breaks: vec!["12:30-13:30".into()],
            },
            RawB2bSessionInput {
                starts: "2027-04-21T09:00".into(),
                ends: "2027-04-21T12:20".into(),
                slot_minutes: Some("20".into()),
                breaks: vec!["10:40-11:00".into()],
            },
        ],
        people,
        participants,
        requests,
    }
}

/// About 120 requests between distinct pairs: mostly accepted, some pending or declined, a third
/// must-meet; nobody gets more accepted meetings than the cap. Companies and researchers ask more
/// often than cluster managers and public bodies.
fn requests(people: &[DemoParticipant]) -> Vec<DemoRequest> {
    let mut rng = Rng::new(SEED);
    let mut pairs: HashSet<(usize, usize)> = HashSet::new();
    let mut accepted = vec![0usize; people.len()];
    let mut out = Vec::new();
    while out.len() < REQUESTS {
        let requester = rng.below(people.len());
        let recipient = rng.below(people.len());
        let key = (requester.min(recipient), requester.max(recipient));
        if requester == recipient || pairs.contains(&key) {
            continue;
        }
        // Managers and public bodies are asked more than they ask.
        if matches!(people[requester].kind, "cluster" | "public or support body") && rng.chance(0.5)
        {
            continue;
        }
        pairs.insert(key);
        let roll = rng.below(100);
        let full = accepted[requester] >= MAX_MEETINGS || accepted[recipient] >= MAX_MEETINGS;
        let status = match roll {
            _ if full => RequestStatus::Pending,
            0..=71 => RequestStatus::Accepted,
            72..=87 => RequestStatus::Pending,
            _ => RequestStatus::Declined,
        };
        if status == RequestStatus::Accepted {
            accepted[requester] += 1;
            accepted[recipient] += 1;
        }
        let messages = MESSAGES
            .iter()
            .find(|(l, _)| *l == people[requester].lang)
            .map(|(_, m)| m)
            .unwrap_or(&MESSAGES[2].1);
        out.push(DemoRequest {
            requester,
            recipient,
            message: messages[rng.below(messages.len())],
            priority: if rng.chance(0.3) {
                Priority::MustMeet
            } else {
                Priority::NiceToMeet
            },
            status,
            hours_after_opening: 24 * 30 + out.len() as i64 * 7,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forty_participants_in_three_languages_and_their_requests() {
        let eco = crate::ecosystem();
        let b = brokerage(&eco);
        assert_eq!(b.participants.len(), 40);
        let emails: HashSet<&str> = b.participants.iter().map(|p| p.email.as_str()).collect();
        assert_eq!(emails.len(), 40, "someone takes part twice");
        for lang in ["pl", "bg", "en"] {
            assert!(
                b.participants.iter().filter(|p| p.lang == lang).count() >= 7,
                "{lang}"
            );
        }
        for p in &b.people {
            assert!(eco.org(p.organisation.as_deref().unwrap()).is_some());
            assert!(!eco.users.iter().any(|u| u.email == p.email), "{}", p.email);
        }
        for p in &b.participants {
            assert!(b.settings.participant_types.iter().any(|t| t == p.kind));
            assert!(p.unavailable.iter().all(|s| *s < 25));
        }
        assert_eq!(b.requests.len(), REQUESTS);
        let mut accepted = vec![0; b.participants.len()];
        let mut pairs = HashSet::new();
        for r in &b.requests {
            assert!(pairs.insert((r.requester.min(r.recipient), r.requester.max(r.recipient))));
            if r.status == RequestStatus::Accepted {
                accepted[r.requester] += 1;
                accepted[r.recipient] += 1;
            }
        }
        assert!(accepted.iter().all(|n| *n <= MAX_MEETINGS));
        let count = |s: RequestStatus| b.requests.iter().filter(|r| r.status == s).count();
        assert!(count(RequestStatus::Accepted) >= 70, "mostly accepted");
        assert!(count(RequestStatus::Pending) >= 10);
        assert!(count(RequestStatus::Declined) >= 5);
        assert!(b.requests.iter().any(|r| r.priority == Priority::MustMeet));
        // Deterministic: the same every time.
        let again = brokerage(&eco);
        assert_eq!(format!("{:?}", again.requests), format!("{:?}", b.requests));
    }
}

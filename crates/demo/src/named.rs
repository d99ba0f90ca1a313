//! The organisations the reports name, with profiles written for the demo. Facts (events, dates, projects,
//! roles) come from the reports and are retold; everything else (keywords, sizes of membership) is demo data.

use crate::generate::Plan;
use crate::{DemoOrg, DemoUser, Sector};
use klaster_domain::{
    CountryCode, Ecosystem as E, LanguageTag, LocalizedText, NaceCode, NutsCode, OrgKind, OrgRole,
    OrganisationInput, VerificationStatus as V, Website,
};

struct Named {
    key: &'static str,
    kind: OrgKind,
    name: &'static str,
    short: Option<&'static str>,
    country: &'static str,
    nuts: Option<&'static str>,
    nace: &'static [&'static str],
    ecosystems: &'static [E],
    keywords: &'static [&'static str],
    year: Option<i32>,
    languages: &'static [&'static str],
    descriptions: &'static [(&'static str, &'static str)],
    fte: Option<f64>,
    status: V,
}

impl Named {
    fn build(&self) -> DemoOrg {
        DemoOrg {
            key: self.key.to_string(),
            input: OrganisationInput {
                kind: self.kind,
                size_class: None,
                name: self.name.to_string(),
                short_name: self.short.map(str::to_string),
                country: CountryCode::parse(self.country).expect("country"),
                nuts: self.nuts.map(|n| NutsCode::parse(n).expect("nuts")),
                nace: self
                    .nace
                    .iter()
                    .map(|c| NaceCode::parse(c).expect("nace"))
                    .collect(),
                ecosystems: self.ecosystems.to_vec(),
                keywords: self.keywords.iter().map(|k| k.to_string()).collect(),
                website: Some(
                    Website::parse(&format!("https://{}.klaster.example", self.key))
                        .expect("website"),
                ),
                year_founded: self.year,
                languages: self
                    .languages
                    .iter()
                    .map(|l| LanguageTag::parse(l).expect("lang"))
                    .collect(),
                descriptions: self
                    .descriptions
                    .iter()
                    .map(|(l, t)| LocalizedText {
                        lang: LanguageTag::parse(l).expect("lang"),
                        text: t.to_string(),
                    })
                    .collect(),
                management_fte: self.fte,
                is_demo: true,
            },
            verification: self.status,
            verification_note: None,
        }
    }
}

pub(crate) fn organisations() -> Vec<DemoOrg> {
    NAMED.iter().map(Named::build).collect()
}

/// Membership plans of the named clusters: how many members of which kind, from where.
/// `mix` = companies, universities, research institutes, public authorities, business-support organisations.
pub(crate) const PLANS: &[Plan] = &[
    Plan {
        key: "lke",
        country: "PL",
        region: "PL81",
        sector: Sector::Energy,
        side: &[Sector::Green, Sector::Machinery, Sector::Ict],
        mix: [20, 2, 2, 2, 1],
        foreign: &[],
        uncommitted: 2,
        extra: &[],
    },
    Plan {
        key: "green-synergy",
        country: "BG",
        region: "BG",
        sector: Sector::Green,
        side: &[Sector::Energy, Sector::Food, Sector::Tourism],
        mix: [17, 2, 1, 2, 1],
        foreign: &[("RO", 1), ("ES", 1)],
        uncommitted: 2,
        extra: &[],
    },
    Plan {
        key: "skl",
        country: "PL",
        region: "PL22",
        sector: Sector::Aviation,
        side: &[Sector::Machinery, Sector::Ict],
        mix: [16, 2, 2, 0, 1],
        foreign: &[],
        uncommitted: 1,
        extra: &[],
    },
    Plan {
        key: "keb",
        country: "PL",
        region: "PL225",
        sector: Sector::Tourism,
        side: &[Sector::Food],
        mix: [13, 0, 1, 3, 1],
        foreign: &[("CZ", 2), ("SK", 2)],
        uncommitted: 1,
        extra: &["arr-bb"],
    },
    Plan {
        key: "sktsz",
        country: "PL",
        region: "PL22",
        sector: Sector::Health,
        side: &[Sector::Ict],
        mix: [11, 2, 2, 1, 1],
        foreign: &[],
        uncommitted: 1,
        extra: &[],
    },
    Plan {
        key: "kpd",
        country: "PL",
        region: "PL",
        sector: Sector::Child,
        side: &[Sector::Ict, Sector::Food],
        mix: [15, 1, 1, 1, 1],
        foreign: &[],
        uncommitted: 2,
        extra: &[],
    },
    Plan {
        key: "femac",
        country: "ES",
        region: "ES51",
        sector: Sector::Machinery,
        side: &[Sector::Food, Sector::Ict],
        mix: [15, 1, 2, 0, 1],
        foreign: &[],
        uncommitted: 1,
        extra: &[],
    },
];

pub(crate) fn users() -> Vec<DemoUser> {
    let mut out = vec![DemoUser {
        email: "admin@klaster.example".into(),
        display_name: "Platform Administrator".into(),
        organisation: None,
        role: OrgRole::Member,
        platform_admin: true,
    }];
    let people: &[(&str, &str, &str)] = &[
        ("lke", "admin", "Anna Lewandowska"),
        ("lke", "member", "Tomasz Wójcik"),
        ("green-synergy", "admin", "Мария Петрова"),
        ("green-synergy", "member", "Георги Димитров"),
        ("skl", "admin", "Michał Kamiński"),
        ("skl", "member", "Katarzyna Dąbrowska"),
        ("keb", "admin", "Magdalena Szymańska"),
        ("keb", "member", "Paweł Jankowski"),
        ("sktsz", "admin", "Agnieszka Wojciechowska"),
        ("kpd", "admin", "Joanna Grabowska"),
        ("umwl", "admin", "Krzysztof Kaczmarek"),
        ("arr-bb", "admin", "Barbara Pawlak"),
        ("rra-usti", "admin", "Petra Nováková"),
        ("rra-usti", "member", "Jan Dvořák"),
        ("klastry-polskie", "admin", "Marek Zawadzki"),
        ("umwd", "admin", "Ewa Michalska"),
        ("femac", "admin", "Laura Martínez Soler"),
        ("femac", "member", "Jordi Puig Vidal"),
        ("dg-entr", "admin", "Sophie Laurent"),
        ("dg-entr", "member", "Pieter Janssens"),
    ];
    for (org, role, name) in people {
        out.push(DemoUser {
            email: format!("{org}.{role}@klaster.example"),
            display_name: name.to_string(),
            organisation: Some(org.to_string()),
            role: if *role == "admin" {
                OrgRole::Admin
            } else {
                OrgRole::Member
            },
            platform_admin: false,
        });
    }
    out
}

const NAMED: &[Named] = &[
    Named {
        key: "lke",
        kind: OrgKind::Cluster,
        name: "Lubelski Klaster Ekoenergetyczny",
        short: Some("LKE"),
        country: "PL",
        nuts: Some("PL814"),
        nace: &["94.11", "70.22", "35.11"],
        ecosystems: &[E::RenewableEnergy, E::Construction],
        keywords: &["odnawialne źródła energii", "fotowoltaika", "biomasa", "pompy ciepła", "efektywność energetyczna", "energetyka rozproszona"],
        year: None,
        languages: &["pl", "en"],
        descriptions: &[
            ("pl", "Lubelski Klaster Ekoenergetyczny łączy firmy, jednostki naukowe i samorządy z Lubelszczyzny, które rozwijają odnawialne źródła energii: fotowoltaikę, biomasę, pompy ciepła i poprawę efektywności energetycznej. Klaster wspiera członków we wspólnych projektach, doradztwie i wejściu na rynki zagraniczne; w marcu 2017 roku przedstawiał swoją ofertę na stoisku podczas międzynarodowej konferencji projektu CLUSTERS3 w Lublinie. Szukamy partnerów zagranicznych do wspólnych inwestycji w energetykę rozproszoną i projektów badawczych."),
            ("en", "The Lublin Eco-Energy Cluster connects companies, research units and local governments of the Lublin region that develop renewable energy: photovoltaics, biomass, heat pumps and energy efficiency. It supports its members with joint projects, advice and entry into foreign markets; in March 2017 it showed its offer at a stand during the international CLUSTERS3 conference in Lublin. We are looking for foreign partners for joint investments in distributed energy and for research projects."),
        ],
        fte: Some(2.0),
        status: V::Verified,
    },
    Named {
        key: "green-synergy",
        kind: OrgKind::Cluster,
        name: "Клъстер Зелена синергия",
        short: Some("Зелена синергия"),
        country: "BG",
        nuts: Some("BG411"),
        nace: &["94.11", "70.22", "38.32"],
        ecosystems: &[E::RenewableEnergy, E::Proximity, E::Agrifood],
        keywords: &["зелена икономика", "рециклиране", "енергийна ефективност", "възобновяеми източници", "устойчиво земеделие", "управление на клъстери"],
        year: None,
        languages: &["bg", "en", "es"],
        descriptions: &[
            ("bg", "Клъстер „Зелена синергия“ събира фирми, научни организации и общини, които развиват зелената икономика: рециклиране, енергийна ефективност, възобновяеми източници и устойчиво земеделие. Клъстерът е партньор в проекта TRACE-KEI, един от петте консорциума по европейската програма за клъстерни върхови постижения, а в края на 2017 г. започна и нов проект по Еразъм+ – ETV 4 Innovation. През ноември 2017 г. участва в конференцията Grow your Region във Валенсия и посрещна испанския клъстер FEMAC, който дойде да се запознае с начина, по който се управлява клъстерът. Търсим партньорски клъстери за съвместни проекти и обучения."),
            ("en", "The Green Synergy cluster brings together companies, research organisations and municipalities working on the green economy: recycling, energy efficiency, renewable sources and sustainable farming. It is a partner in TRACE-KEI, one of the five consortia of the EU Cluster Excellence programme, and at the end of 2017 started a new Erasmus+ project, ETV 4 Innovation. In November 2017 it took part in the Grow your Region conference in Valencia and hosted the Spanish cluster FEMAC, which came to learn how the cluster is managed. We are looking for partner clusters for joint projects and training."),
            ("es", "El clúster búlgaro Green Synergy reúne a empresas, organismos de investigación y municipios que trabajan en la economía verde. Es socio del proyecto TRACE-KEI del programa europeo Cluster Excellence y en noviembre de 2017 recibió la visita del clúster FEMAC, interesado en su modelo de gestión. Busca clústeres socios para proyectos y formación conjuntos."),
        ],
        fte: Some(1.5),
        status: V::Verified,
    },
    Named {
        key: "skl",
        kind: OrgKind::Cluster,
        name: "Śląski Klaster Lotniczy",
        short: Some("ŚKL"),
        country: "PL",
        nuts: Some("PL22A"),
        nace: &["94.11", "30.30"],
        ecosystems: &[E::Aerospace],
        keywords: &["lotnictwo", "łańcuch dostaw", "obróbka precyzyjna", "kompozyty", "transfer technologii", "internacjonalizacja"],
        year: None,
        languages: &["pl", "en"],
        descriptions: &[
            ("pl", "Śląski Klaster Lotniczy skupia firmy produkcyjne, biura konstrukcyjne i uczelnie z województwa śląskiego, które działają w łańcuchu dostaw przemysłu lotniczego. Członkowie oferują obróbkę precyzyjną, konstrukcje kompozytowe, badania oraz szkolenie kadr. Klaster rozwija narzędzia transferu wiedzy i technologii oraz umiędzynarodowienia firm, współpracując ze Związkiem Pracodawców Klastry Polskie. Szukamy zagranicznych odbiorców i partnerów do projektów badawczych w lotnictwie."),
            ("en", "The Silesian Aviation Cluster gathers manufacturers, design offices and universities of the Silesian Voivodeship that work in the aerospace supply chain. Members offer precision machining, composite structures, testing and staff training. The cluster develops tools for knowledge and technology transfer and for the internationalisation of firms, working together with the Polish Clusters employers' association. We are looking for foreign customers and for partners in aviation research projects."),
        ],
        fte: Some(1.0),
        status: V::Verified,
    },
    Named {
        key: "keb",
        kind: OrgKind::Cluster,
        name: "Klaster Euroregion Beskidy",
        short: Some("KEB"),
        country: "PL",
        nuts: Some("PL225"),
        nace: &["94.11", "79.90"],
        ecosystems: &[E::Tourism, E::Agrifood],
        keywords: &["turystyka górska", "Beskidy", "współpraca transgraniczna", "produkty regionalne", "wypoczynek aktywny", "meta-klaster"],
        year: None,
        languages: &["pl", "en", "cs", "sk"],
        descriptions: &[
            ("pl", "Klaster Euroregion Beskidy zrzesza pensjonaty, hotele, biura podróży, producentów żywności regionalnej i samorządy z Beskidów po polskiej, czeskiej i słowackiej stronie granicy. Razem tworzymy transgraniczne produkty turystyczne, szlaki i pakiety wypoczynku aktywnego. Klaster uczestniczył w projekcie Clusters-Cord, który w Polsce prowadziła Agencja Rozwoju Regionalnego w Bielsku-Białej, i współtworzy międzynarodowy meta-klaster turystyczny. Szukamy touroperatorów i klastrów turystycznych do wspólnej promocji regionu."),
            ("en", "The Euroregion Beskidy Cluster unites guesthouses, hotels, travel agencies, regional food producers and local governments of the Beskidy mountains on the Polish, Czech and Slovak sides of the border. Together we create cross-border tourist products, trails and active-holiday packages. The cluster took part in the Clusters-Cord project, run in Poland by the Regional Development Agency in Bielsko-Biała, and is a founding member of an international tourism meta-cluster. We are looking for tour operators and tourism clusters to promote the region together."),
            ("cs", "Klastr Euroregion Beskydy sdružuje ubytovací zařízení, cestovní kanceláře, výrobce regionálních potravin a obce z polské, české i slovenské části Beskyd. Společně vytváříme přeshraniční turistické produkty a balíčky aktivní dovolené. Hledáme touroperátory a turistické klastry pro společnou propagaci regionu."),
            ("sk", "Klaster Euroregión Beskydy združuje ubytovacie zariadenia, cestovné kancelárie, výrobcov regionálnych potravín a obce z poľskej, českej a slovenskej strany Beskýd. Spoločne tvoríme cezhraničné turistické produkty a balíky aktívnej dovolenky. Hľadáme touroperátorov a turistické klastre na spoločnú propagáciu regiónu."),
        ],
        fte: Some(0.8),
        status: V::Verified,
    },
    Named {
        key: "sktsz",
        kind: OrgKind::Cluster,
        name: "Śląski Klaster Transplantologii Szpiku",
        short: Some("ŚKTS"),
        country: "PL",
        nuts: Some("PL22A"),
        nace: &["94.11", "86.10", "72.11"],
        ecosystems: &[E::Health],
        keywords: &["przeszczepianie szpiku", "hematologia", "typowanie tkankowe", "bankowanie komórek", "biotechnologia", "opieka nad pacjentem"],
        year: None,
        languages: &["pl", "en"],
        descriptions: &[
            ("pl", "Śląski Klaster Transplantologii Szpiku łączy ośrodki kliniczne, laboratoria, uczelnie medyczne i firmy biotechnologiczne zaangażowane w przeszczepianie szpiku i leczenie chorób krwi. Członkowie rozwijają diagnostykę, typowanie tkankowe, bankowanie komórek i opiekę nad pacjentami po przeszczepie. Klaster brał udział w projekcie Clusters-Cord i pracuje nad utworzeniem międzynarodowego meta-klastra Zdrowie i Nauka. Szukamy partnerów klinicznych i technologicznych w Europie Środkowej."),
            ("en", "The Silesian Bone Marrow Transplantology Cluster connects clinical centres, laboratories, medical universities and biotech companies involved in bone marrow transplantation and the treatment of blood diseases. Members develop diagnostics, tissue typing, cell banking and care for patients after transplantation. The cluster took part in the Clusters-Cord project and works towards an international Health and Science meta-cluster. We are looking for clinical and technology partners in Central Europe."),
        ],
        fte: Some(0.5),
        status: V::Pending,
    },
    Named {
        key: "kpd",
        kind: OrgKind::Cluster,
        name: "Klaster Przyjazny Dziecku",
        short: Some("KPD"),
        country: "PL",
        nuts: Some("PL22A"),
        nace: &["94.11", "32.40"],
        ecosystems: &[E::Proximity, E::Textile, E::Retail],
        keywords: &["produkty dla dzieci", "zabawki", "bezpieczeństwo", "edukacja", "wzornictwo", "współpraca międzynarodowa"],
        year: None,
        languages: &["pl", "en"],
        descriptions: &[
            ("pl", "Klaster Przyjazny Dziecku zrzesza producentów zabawek, mebli i odzieży dziecięcej, wydawców, placówki edukacyjne i projektantów, którym zależy na bezpiecznych i mądrych produktach dla dzieci. Wspieramy członków w badaniach bezpieczeństwa, wzornictwie i wspólnej promocji na targach. W październiku 2014 roku klaster wziął udział w Europejskiej Konferencji Klastrów w Brukseli i nawiązał tam współpracę z innymi klastrami europejskimi. Szukamy partnerów za granicą do wspólnych projektów edukacyjnych i nowych kanałów sprzedaży."),
            ("en", "The Child-Friendly Cluster brings together makers of toys, furniture and children's clothing, publishers, educational institutions and designers who care about safe and smart products for children. We support members with safety testing, design and joint promotion at trade fairs. In October 2014 the cluster attended the European Cluster Conference in Brussels and started cooperation with other European clusters there. We are looking for partners abroad for joint educational projects and new sales channels."),
        ],
        fte: Some(1.0),
        status: V::Verified,
    },
    Named {
        key: "umwl",
        kind: OrgKind::PublicAuthority,
        name: "Urząd Marszałkowski Województwa Lubelskiego",
        short: Some("UMWL"),
        country: "PL",
        nuts: Some("PL814"),
        nace: &["84.11", "84.13"],
        ecosystems: &[],
        keywords: &["polityka klastrowa", "inteligentne specjalizacje", "RIS3", "Interreg Europa", "Plan Działania", "rozwój regionalny"],
        year: Some(1999),
        languages: &["pl", "en"],
        descriptions: &[
            ("pl", "Urząd Marszałkowski Województwa Lubelskiego obsługuje samorząd województwa, który kształtuje politykę rozwoju regionu, w tym politykę klastrową i regionalną strategię inteligentnych specjalizacji. Jako partner projektu CLUSTERS3 w programie Interreg Europa wymienia doświadczenia z partnerami z siedmiu regionów UE, a w marcu 2017 roku zorganizował w Lublinie międzynarodową konferencję projektu. Na podstawie ankiet, spotkań z interesariuszami i wizyt studyjnych przygotowuje Plan Działania na rzecz polityki bardziej przyjaznej klastrom."),
            ("en", "The Marshal's Office of the Lubelskie Voivodeship serves the regional self-government, which shapes the region's development policy, including cluster policy and the regional smart specialisation strategy. As a partner in the CLUSTERS3 project of Interreg Europe it exchanges experience with partners from seven EU regions, and in March 2017 it hosted the project's international conference in Lublin. Drawing on surveys, stakeholder meetings and study visits, it is preparing an Action Plan for a more cluster-friendly regional policy."),
        ],
        fte: None,
        status: V::Verified,
    },
    Named {
        key: "arr-bb",
        kind: OrgKind::BusinessSupport,
        name: "Agencja Rozwoju Regionalnego S.A. w Bielsku-Białej",
        short: Some("ARR S.A."),
        country: "PL",
        nuts: Some("PL225"),
        nace: &["70.22", "64.92"],
        ecosystems: &[E::Tourism, E::Health],
        keywords: &["rozwój regionalny", "projekty międzynarodowe", "meta-klastry", "finansowanie przedsiębiorstw", "Clusters-Cord", "Podbeskidzie"],
        year: None,
        languages: &["pl", "en", "cs"],
        descriptions: &[
            ("pl", "Agencja Rozwoju Regionalnego S.A. w Bielsku-Białej wspiera przedsiębiorców i samorządy Podbeskidzia doradztwem, finansowaniem i projektami międzynarodowymi. Przez trzy lata prowadziła polską część projektu Clusters-Cord programu Europa Środkowa i włączyła do niego Klaster Euroregion Beskidy oraz Śląski Klaster Transplantologii Szpiku. Pomaga klastrom nawiązywać współpracę zagraniczną i tworzyć meta-klastry."),
            ("en", "The Regional Development Agency in Bielsko-Biała supports entrepreneurs and local governments of the Podbeskidzie area with advice, finance and international projects. For three years it ran the Polish part of the Clusters-Cord project of the Central Europe programme and brought the Euroregion Beskidy Cluster and the Silesian Bone Marrow Transplantology Cluster into it. It helps clusters build cooperation abroad and form meta-clusters."),
        ],
        fte: None,
        status: V::Verified,
    },
    Named {
        key: "rra-usti",
        kind: OrgKind::BusinessSupport,
        name: "Regionální rozvojová agentura Ústeckého kraje, a.s.",
        short: Some("RRA ÚK"),
        country: "CZ",
        nuts: Some("CZ04"),
        nace: &["70.22", "82.99"],
        ecosystems: &[E::RenewableEnergy, E::Tourism, E::Digital],
        keywords: &["regionální rozvoj", "Clusters-Cord", "meta-klastry", "přeshraniční spolupráce", "podpora klastrů", "Ústecký kraj"],
        year: None,
        languages: &["cs", "en", "de"],
        descriptions: &[
            ("cs", "Regionální rozvojová agentura Ústeckého kraje podporuje rozvoj podnikání, inovací a spolupráce v kraji. Jako vedoucí partner projektu Clusters-Cord spolupracovala s klastry a agenturami ze střední Evropy a uspořádala jeho závěrečnou konferenci, na které se představily nové meta-klastry v oblastech energetika a životní prostředí, cestovní ruch a ICT. Hledáme partnery pro přeshraniční projekty a podporu klastrů."),
            ("en", "The Regional Development Agency of the Ústí Region supports business development, innovation and cooperation in the region. As lead partner of the Clusters-Cord project it worked with clusters and agencies across Central Europe and organised the project's final conference, where new meta-clusters in energy and environment, tourism and ICT were presented. We are looking for partners for cross-border projects and cluster support."),
            ("de", "Die Regionale Entwicklungsagentur der Region Ústí fördert Unternehmen, Innovation und Zusammenarbeit im Nordwesten Tschechiens. Als Leadpartner des Projekts Clusters-Cord richtete sie die Abschlusskonferenz aus, auf der neue Meta-Cluster für Energie und Umwelt, Tourismus sowie IKT vorgestellt wurden."),
        ],
        fte: None,
        status: V::Verified,
    },
    Named {
        key: "klastry-polskie",
        kind: OrgKind::BusinessSupport,
        name: "Związek Pracodawców Klastry Polskie",
        short: Some("Klastry Polskie"),
        country: "PL",
        nuts: None,
        nace: &["94.11"],
        ecosystems: &[],
        keywords: &["inicjatywy klastrowe", "polityka klastrowa", "transfer wiedzy", "internacjonalizacja", "organizacja pracodawców", "dobre praktyki"],
        year: None,
        languages: &["pl", "en"],
        descriptions: &[
            ("pl", "Związek Pracodawców Klastry Polskie reprezentuje inicjatywy klastrowe z całej Polski wobec administracji publicznej i partnerów zagranicznych. Promuje narzędzia transferu wiedzy i technologii oraz umiędzynarodowienia klastrów, dzieli się dobrymi praktykami na spotkaniach regionalnych i doradza przy tworzeniu polityki klastrowej. Szukamy zagranicznych stowarzyszeń klastrów do wymiany doświadczeń."),
            ("en", "The Polish Clusters Employers' Association represents cluster initiatives from all over Poland towards public administration and foreign partners. It promotes instruments for knowledge and technology transfer and for the internationalisation of clusters, shares good practice at regional meetings and advises on cluster policy. We are looking for foreign cluster associations to exchange experience."),
        ],
        fte: None,
        status: V::Verified,
    },
    Named {
        key: "umwd",
        kind: OrgKind::PublicAuthority,
        name: "Urząd Marszałkowski Województwa Dolnośląskiego – Wydział Gospodarki",
        short: Some("UMWD"),
        country: "PL",
        nuts: Some("PL514"),
        nace: &["84.11", "84.13"],
        ecosystems: &[E::Mobility, E::RenewableEnergy],
        keywords: &["polityka klastrowa", "CluStrat", "współpraca międzysektorowa", "zielona gospodarka", "zrównoważony transport", "srebrna gospodarka"],
        year: Some(1999),
        languages: &["pl", "en", "de"],
        descriptions: &[
            ("pl", "Wydział Gospodarki Urzędu Marszałkowskiego Województwa Dolnośląskiego koordynuje działania samorządu wspierające dolnośląskie klastry. W projekcie CluStrat programu Europa Środkowa pracuje nad nowymi koncepcjami klastrów dla sektorów wschodzących i tematów międzysektorowych: zrównoważonego transportu, zielonej gospodarki, aktywności osób starszych oraz transferu wiedzy i technologii. W lipcu 2013 roku zorganizował we Wrocławiu spotkanie z inicjatywami klastrowymi, które zgłosiły tematy akcji pilotażowych i wskazały zagraniczne regiony do wizyt studyjnych i warsztatów."),
            ("en", "The Economy Department of the Lower Silesian Marshal's Office coordinates the regional government's support for clusters in Lower Silesia. In the CluStrat project of the Central Europe programme it develops new cluster concepts for emerging sectors and cross-sectoral themes: sustainable transport, the green economy, active ageing, and knowledge and technology transfer. In July 2013 it held a meeting in Wrocław where local cluster initiatives proposed topics for pilot actions and chose foreign regions for study visits and workshops."),
        ],
        fte: None,
        status: V::Verified,
    },
    Named {
        key: "femac",
        kind: OrgKind::Cluster,
        name: "Clúster FEMAC",
        short: Some("FEMAC"),
        country: "ES",
        nuts: Some("ES51"),
        nace: &["94.11", "28.30"],
        ecosystems: &[E::Agrifood, E::EnergyIntensive],
        keywords: &["maquinaria agrícola", "ganadería", "internacionalización", "innovación", "gestión de clústeres", "cooperación europea"],
        year: None,
        languages: &["es", "ca", "en"],
        descriptions: &[
            ("es", "FEMAC es un clúster con sede en Cataluña que agrupa a fabricantes de maquinaria y equipos para la agricultura y la ganadería, junto con centros tecnológicos y de formación. Apoya a sus socios en innovación, internacionalización y cooperación con otros clústeres europeos; en noviembre de 2017 visitó el clúster búlgaro Green Synergy para conocer su experiencia en la gestión de clústeres. Buscamos clústeres socios en Europa Central y Oriental."),
            ("ca", "FEMAC és un clúster amb seu a Catalunya que agrupa fabricants de maquinària i equips per a l'agricultura i la ramaderia. El novembre de 2017 va visitar el clúster búlgar Green Synergy per conèixer de prop com el gestionen."),
            ("en", "FEMAC is a cluster based in Catalonia that groups makers of machinery and equipment for farming and livestock, together with technology and training centres. It supports its members in innovation, internationalisation and cooperation with other European clusters; in November 2017 it visited the Bulgarian Green Synergy cluster to learn from its experience in cluster management. We are looking for partner clusters in Central and Eastern Europe."),
        ],
        fte: Some(2.0),
        status: V::Verified,
    },
    Named {
        key: "dg-entr",
        kind: OrgKind::PublicAuthority,
        name: "European Commission – Directorate-General for Enterprise and Industry",
        short: Some("DG ENTR"),
        country: "BE",
        nuts: Some("BE10"),
        nace: &["99.00"],
        ecosystems: &[],
        keywords: &["cluster policy", "SMEs", "industrial modernisation", "European Cluster Conference", "internationalisation", "cross-sectoral cooperation"],
        year: None,
        languages: &["en", "fr", "de"],
        descriptions: &[
            ("en", "The European Commission's Directorate-General for Enterprise and Industry shaped EU policy for industry, SMEs and clusters. In October 2014 it organised the 4th European Cluster Conference in Brussels, after earlier editions in Stockholm, Brussels and Vienna, for about 300 policy makers, experts and speakers from academia and industry. Participants voted on statements about a dynamic European cluster policy and discussed 19 topics in working groups, from the financing of cluster organisations and SME internationalisation to cross-border, cross-sectoral and business–academia cooperation."),
            ("fr", "La Direction générale Entreprises et industrie de la Commission européenne a organisé en octobre 2014 à Bruxelles la quatrième Conférence européenne des clusters, qui a réuni environ 300 décideurs, experts et intervenants. Les participants ont voté sur des déclarations consacrées à la politique européenne des clusters et ont débattu de 19 thèmes en groupes de travail, dont le financement des organisations de clusters et l'internationalisation des PME."),
            ("pl", "Dyrekcja Generalna Komisji Europejskiej ds. Przedsiębiorstw i Przemysłu zorganizowała w październiku 2014 roku w Brukseli IV Europejską Konferencję Klastrów z udziałem około 300 przedstawicieli władz, ekspertów i praktyków klastrowych."),
        ],
        fte: None,
        status: V::Verified,
    },
    // Fictional demo clusters, named in no report: they give the Clusters-Cord meta-clusters in
    // Tourism and ICT (projects.rs) members that existed in 2014, which no generated cluster of those
    // sectors in Central Europe did. Their descriptions say they are fictional.
    Named {
        key: "cz-tourism-decin",
        kind: OrgKind::Cluster,
        name: "Klastr cestovního ruchu Labská brána",
        short: Some("KCR LB"),
        country: "CZ",
        nuts: Some("CZ04"),
        nace: &["94.11", "79.90"],
        ecosystems: &[E::Tourism, E::Cultural],
        keywords: &["cestovní ruch", "Labská stezka", "cykloturistika", "přeshraniční spolupráce", "regionální produkty", "meta-klastr"],
        year: Some(2009),
        languages: &["cs", "en", "de"],
        descriptions: &[
            ("cs", "Klastr cestovního ruchu Labská brána sdružuje penziony, hotely, cestovní kanceláře, průvodce a obce z údolí Labe v Ústeckém kraji. Společně nabízíme cyklistické a vodní trasy, balíčky aktivní dovolené a regionální produkty. Klastr koordinuje meta-klastr Cestovní ruch, který vznikl v projektu Clusters-Cord. Jde o smyšlený profil ukázkových dat Klasteru."),
            ("en", "The Elbe Gate Tourism Cluster brings together guesthouses, hotels, travel agencies, guides and municipalities of the Elbe valley in the Ústí Region. Together we offer cycling and river routes, active-holiday packages and regional products. The cluster coordinates the Tourism meta-cluster formed in the Clusters-Cord project. This is a fictional profile of the Klaster demo."),
        ],
        fte: Some(0.8),
        status: V::Unverified,
    },
    Named {
        key: "hu-ict-gyor",
        kind: OrgKind::Cluster,
        name: "Rábaközi Digitális Klaszter",
        short: Some("RDK"),
        country: "HU",
        nuts: Some("HU22"),
        nace: &["94.11", "62.01"],
        ecosystems: &[E::Digital],
        keywords: &["szoftverfejlesztés", "digitalizáció", "ipar 4.0", "informatikai képzés", "nemzetközi együttműködés", "meta-klaszter"],
        year: Some(2011),
        languages: &["hu", "en"],
        descriptions: &[
            ("hu", "A Rábaközi Digitális Klaszter Győr környéki szoftverfejlesztő és informatikai szolgáltató cégeket, képzőhelyeket és kutatóhelyeket fog össze. Tagjaink közösen dolgoznak a térség iparának digitalizációján, és együtt lépnek ki a nemzetközi piacokra. A klaszter a Clusters-Cord projektben létrejött ICT meta-klaszter tagja. Ez a Klaster bemutató adatainak kitalált profilja."),
            ("en", "The Rábaköz Digital Cluster connects software developers, IT service companies, training providers and research units around Győr. Our members work together on the digitalisation of the region's industry and enter international markets together. The cluster is a member of the ICT meta-cluster formed in the Clusters-Cord project. This is a fictional profile of the Klaster demo."),
        ],
        fte: Some(0.5),
        status: V::Unverified,
    },
];

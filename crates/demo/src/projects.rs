//! The projects, meta-clusters and news of the reports, retold for the demo.
//!
//! What the reports say is kept: project names and programmes, who took part in which role, what the
//! projects set out to do (surveys, stakeholder meetings, study visits, an Action Plan, pilot actions,
//! meta-clusters), the events, dates and places. What they leave out is either left out here too
//! (budgets, delivery dates, call topics) or, where the shape needs a value, approximated and marked
//! so in a comment: the start and end dates of every project and of its work packages, the
//! Clusters-Cord year (as in `events.rs`) and the day its meta-cluster agreements were signed.
//!
//! Real organisations are only given the roles the reports give them. The other members and the
//! coordinators of the meta-clusters are fictional demo clusters (generated ones, or the two
//! fictional profiles at the end of `named.rs`).
//!
//! Organisations are named by their exact demo name, events by their exact demo title, projects by
//! acronym, meta-clusters by name: the loader resolves them after creating organisations and events.

/// An EU or national project.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoProject {
    pub acronym: &'static str,
    pub title: &'static str,
    /// `interreg_europe`, `interreg_central_europe`, `cosme`, `erasmus_plus`, `horizon_2020`,
    /// `horizon_europe`, `national` or `other`.
    pub programme: &'static str,
    pub call_topic: Option<&'static str>,
    /// YYYY-MM-DD. The reports give no project periods: all are approximations (see each project).
    pub starts_on: &'static str,
    pub ends_on: &'static str,
    /// `planned`, `ongoing`, `closed` or `terminated`.
    pub status: &'static str,
    /// A plain amount in euros, e.g. "2450000.00".
    pub total_budget: Option<&'static str>,
    pub eu_contribution: Option<&'static str>,
    /// (language, text)
    pub objectives: &'static [(&'static str, &'static str)],
    pub website: Option<&'static str>,
    pub nace: &'static [&'static str],
    /// Codes of `klaster_domain::Ecosystem`.
    pub ecosystems: &'static [&'static str],
    /// The consortium, lead first.
    pub partners: &'static [DemoPartner],
    pub work_packages: &'static [DemoWorkPackage],
    pub results: &'static [DemoResult],
    /// Exact titles of demo events (see `events.rs`).
    pub events: &'static [&'static str],
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoPartner {
    /// Exact name of a demo organisation.
    pub org: &'static str,
    /// `lead`, `partner`, `associated` or `third_party`.
    pub role: &'static str,
    pub nuts: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoWorkPackage {
    pub code: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub starts_on: &'static str,
    pub ends_on: &'static str,
    /// Exact name of the demo organisation leading the work package.
    pub lead: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoResult {
    /// `deliverable`, `report`, `action_plan`, `tool`, `publication` or `other`.
    pub kind: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub url: Option<&'static str>,
    pub delivered_on: Option<&'static str>,
    /// Code of one of the project's work packages.
    pub work_package: Option<&'static str>,
}

/// A meta-cluster: a cross-border partnership of clusters in one sector.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoMetaCluster {
    pub name: &'static str,
    /// (language, text)
    pub descriptions: &'static [(&'static str, &'static str)],
    pub sectors: &'static [&'static str],
    pub nace: &'static [&'static str],
    pub ecosystems: &'static [&'static str],
    /// Exact name of the coordinating cluster (also listed among the members).
    pub coordinator: &'static str,
    /// `forming`, `active` or `ended`.
    pub status: &'static str,
    /// Acronym of the project the partnership came out of.
    pub project: Option<&'static str>,
    /// (cluster name, joined on YYYY-MM-DD)
    pub members: &'static [(&'static str, &'static str)],
    /// Clusters with an open invitation.
    pub invited: &'static [&'static str],
    pub agreement: Option<DemoAgreement>,
    pub actions: &'static [DemoAction],
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoAgreement {
    pub signed_on: &'static str,
    pub place: &'static str,
    /// (person, organisation name)
    pub signatories: &'static [(&'static str, &'static str)],
    pub summary: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoAction {
    /// `event`, `project`, `study_visit` or `other`.
    pub kind: &'static str,
    pub title: &'static str,
    pub happened_on: Option<&'static str>,
    /// Exact title of a demo event.
    pub event: Option<&'static str>,
    /// Acronym of a demo project.
    pub project: Option<&'static str>,
    pub note: &'static str,
}

/// Who a news post is by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoAuthor {
    /// Exact name of a demo organisation.
    Organisation(&'static str),
    /// Acronym of a demo project.
    Project(&'static str),
    /// Name of a demo meta-cluster.
    MetaCluster(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoNews {
    pub author: DemoAuthor,
    /// RFC 3339.
    pub published_at: &'static str,
    /// (language, title, body); paragraphs of the body are separated by a blank line.
    pub texts: &'static [(&'static str, &'static str, &'static str)],
    /// (label, URL)
    pub links: &'static [(&'static str, &'static str)],
}

// Names used more than once below.
const LKE: &str = "Lubelski Klaster Ekoenergetyczny";
const UMWL: &str = "Urząd Marszałkowski Województwa Lubelskiego";
const UMWD: &str = "Urząd Marszałkowski Województwa Dolnośląskiego – Wydział Gospodarki";
const GREEN_SYNERGY: &str = "Клъстер Зелена синергия";
const ARR_BB: &str = "Agencja Rozwoju Regionalnego S.A. w Bielsku-Białej";
const RRA_USTI: &str = "Regionální rozvojová agentura Ústeckého kraje, a.s.";
const KEB: &str = "Klaster Euroregion Beskidy";
const SKTSZ: &str = "Śląski Klaster Transplantologii Szpiku";
const KPD: &str = "Klaster Przyjazny Dziecku";
// Fictional demo clusters (generated in generate.rs or fictional profiles in named.rs).
const CZ_ENERGY: &str = "Klastr Energie a životní prostředí Severozápad";
const AT_ENERGY: &str = "Netzwerk Erneuerbare Energie Traunviertel";
const CZ_TOURISM: &str = "Klastr cestovního ruchu Labská brána";
const SK_TOURISM: &str = "Klaster cestovného ruchu Horné Považie";
const CZ_ICT: &str = "Jihomoravský klastr digitálních technologií";
const HU_ICT: &str = "Rábaközi Digitális Klaszter";
const RO_ICT: &str = "Clusterul Digital Transilvania de Nord";
const IT_FOOD: &str = "Cluster Agroalimentare della Via Emilia";
const PL_FOOD: &str = "Nadwiślański Klaster Przetwórstwa Owoców";
const DE_HEALTH: &str = "Medizintechnik-Netzwerk Mittelfranken";
const BE_HEALTH: &str = "Biomedisch Netwerk Dijlevallei";

// Event titles, exactly as in events.rs.
const EV_CLUSTRAT: &str = "Cross-sectoral issues in Lower Silesian cluster policy (CluStrat)";
const EV_CORD_MEETING: &str = "Meeting of the Clusters-Cord cluster representatives";
const EV_CORD_CONFERENCE: &str = "Clusters-Cord final conference";
const EV_CLUSTERS3: &str =
    "Leveraging Cluster Policies for successful implementation of RIS3 (CLUSTERS3 conference)";
const EV_GROW: &str = "Grow your Region";

// Meta-cluster names.
const MC_ENERGY: &str = "Clusters-Cord meta-cluster Energy & Environment";
const MC_TOURISM: &str = "Clusters-Cord meta-cluster Tourism";
const MC_ICT: &str = "Clusters-Cord meta-cluster ICT";
const MC_FOOD: &str = "Clusters-Cord meta-cluster Food";
const MC_HEALTH: &str = "Clusters-Cord meta-cluster Health & Science";

/// The demo's projects, oldest first.
pub fn projects() -> &'static [DemoProject] {
    PROJECTS
}

/// The meta-clusters that came out of Clusters-Cord.
pub fn meta_clusters() -> &'static [DemoMetaCluster] {
    META_CLUSTERS
}

/// The demo's news posts, oldest first.
pub fn news() -> &'static [DemoNews] {
    NEWS
}

const PROJECTS: &[DemoProject] = &[
    DemoProject {
        acronym: "Clusters-Cord",
        title: "Clusters and Cooperation for Regional Development in Central Europe",
        programme: "interreg_central_europe",
        call_topic: None,
        // Approximate: the report says the project ran for three years and closed with the final
        // conference on 5–6 February; the year follows events.rs (2014, itself approximate).
        starts_on: "2011-02-01",
        ends_on: "2014-03-31",
        status: "closed",
        total_budget: None,
        eu_contribution: None,
        objectives: &[
            ("en", "Clusters-Cord (Central Europe programme) helped clusters of the participating regions to cooperate across borders. Its main aim was to form meta-clusters: lasting international partnerships of clusters in one sector. After three years, meta-clusters in Energy & Environment, Tourism and ICT were presented at the final conference, and meta-clusters in Food and in Health & Science were being prepared. The lead partner was the Regional Development Agency of the Ústí Region; in Poland the project was run by the Regional Development Agency in Bielsko-Biała, which brought in the Euroregion Beskidy Cluster and the Silesian Bone Marrow Transplantology Cluster."),
            ("pl", "Clusters-Cord (program Europa Środkowa) wspierał współpracę ponadgraniczną klastrów z regionów partnerskich. Głównym celem było zawiązanie meta-klastrów, czyli trwałych międzynarodowych partnerstw klastrów z jednej branży. Po trzech latach na konferencji finałowej zaprezentowano meta-klastry Energia i Środowisko, Turystyka oraz ICT, a meta-klastry Żywność oraz Zdrowie i Nauka były w przygotowaniu. Liderem projektu była Agencja Rozwoju Regionalnego z Usti nad Łabą; w Polsce projekt prowadziła Agencja Rozwoju Regionalnego w Bielsku-Białej, która zaangażowała Klaster Euroregion Beskidy i Śląski Klaster Transplantologii Szpiku."),
            ("bg", "Проектът Clusters-Cord (програма „Централна Европа“) подпомагаше трансграничното сътрудничество между клъстерите от участващите региони. Основната му цел беше създаването на мета-клъстери – трайни международни партньорства на клъстери от един сектор. След три години на заключителната конференция бяха представени мета-клъстерите „Енергия и околна среда“, „Туризъм“ и „ИКТ“, а мета-клъстерите „Храни“ и „Здраве и наука“ бяха в процес на подготовка. Водещ партньор беше Агенцията за регионално развитие на Устецкия край, а в Полша проектът се изпълняваше от Агенцията за регионално развитие в Белско-Бяла, която привлече Клъстер „Еврорегион Бескиди“ и Силезийския клъстер за трансплантация на костен мозък."),
        ],
        website: None,
        nace: &["94.11", "70.22"],
        ecosystems: &["renewable_energy", "tourism", "digital", "agri_food", "health"],
        partners: &[
            DemoPartner { org: RRA_USTI, role: "lead", nuts: Some("CZ04") },
            DemoPartner { org: ARR_BB, role: "partner", nuts: Some("PL225") },
        ],
        work_packages: &[
            DemoWorkPackage {
                code: "WP1",
                title: "Support for the participating clusters",
                description: "Working with the clusters each partner brought into the project: presenting their organisations to one another and planning international cooperation. In Poland, ARR Bielsko-Biała engaged the Euroregion Beskidy Cluster and the Silesian Bone Marrow Transplantology Cluster.",
                starts_on: "2011-02-01",
                ends_on: "2014-02-28",
                lead: None,
            },
            DemoWorkPackage {
                code: "WP2",
                title: "Meta-clusters",
                description: "Forming meta-clusters, the project's main aim: the rules and principles of each partnership, and a mutual agreement of its members on lasting cooperation in international markets.",
                starts_on: "2012-01-01",
                ends_on: "2014-02-28",
                lead: None,
            },
            DemoWorkPackage {
                code: "WP3",
                title: "Final meeting and conference",
                description: "A meeting of the cluster representatives and the final conference organised by the lead partner for more than 50 participants from the project's countries, clusters and partners.",
                starts_on: "2013-10-01",
                ends_on: "2014-03-31",
                lead: Some(RRA_USTI),
            },
        ],
        results: &[
            DemoResult {
                kind: "other",
                title: "Meta-clusters in Energy & Environment, Tourism and ICT",
                description: "Three international meta-clusters, presented at the final conference.",
                url: None,
                delivered_on: None,
                work_package: Some("WP2"),
            },
            DemoResult {
                kind: "other",
                title: "Preparations for meta-clusters in Food and in Health & Science",
                description: "The options for two further meta-clusters, presented at the final conference.",
                url: None,
                delivered_on: None,
                work_package: Some("WP2"),
            },
            DemoResult {
                kind: "report",
                title: "Final conference: project activities and results",
                description: "The summary of the project presented at the final conference: activities and results, the new meta-clusters, the internationalisation of clusters and the next EU programming period, cluster competences in EU projects, problems of cluster development in the Czech Republic with example solutions, and the international cooperation of the regions' clusters.",
                url: None,
                delivered_on: None,
                work_package: Some("WP3"),
            },
        ],
        events: &[EV_CORD_MEETING, EV_CORD_CONFERENCE],
    },
    DemoProject {
        acronym: "CluStrat",
        title: "Boosting innovation through new cluster concepts in support of emerging issues and cross-sectoral themes",
        programme: "interreg_central_europe",
        call_topic: None,
        // Approximate: the report (July 2013) shows the project under way within the 2007–2013
        // Central Europe programme; start and end are plausible dates in that period.
        starts_on: "2012-01-01",
        ends_on: "2014-12-31",
        status: "closed",
        total_budget: None,
        eu_contribution: None,
        objectives: &[
            ("en", "CluStrat (Central Europe programme) works out a common strategy on new cluster concepts that answer the problems of emerging sectors through cross-sectoral cooperation, in fields such as sustainable transport, the green economy, active ageing, and knowledge and technology transfer. In Lower Silesia the regional government's Economy Department brings the region's cluster initiatives into the project: they exchange experience in pilot actions, and their proposals shape the study visits and interregional workshops for cluster coordinators."),
            ("pl", "CluStrat (program Europa Środkowa) wypracowuje wspólną strategię dotyczącą nowych koncepcji klastrów, które odpowiadają na problemy sektorów wschodzących przez współpracę międzysektorową, m.in. w zrównoważonym transporcie, zielonej gospodarce, aktywności osób starszych oraz transferze wiedzy i technologii. Na Dolnym Śląsku Wydział Gospodarki Urzędu Marszałkowskiego włącza do projektu regionalne inicjatywy klastrowe: wymieniają one doświadczenia w akcjach pilotażowych, a ich propozycje kształtują wizyty studyjne i międzyregionalne warsztaty dla koordynatorów klastrów."),
            ("bg", "CluStrat (програма „Централна Европа“) разработва обща стратегия за нови клъстерни концепции, които отговарят на проблемите на нововъзникващите сектори чрез междусекторно сътрудничество – в области като устойчивия транспорт, зелената икономика, активния живот на възрастните хора и трансфера на знания и технологии. В Долна Силезия отдел „Икономика“ на регионалната администрация включва в проекта клъстерните инициативи на региона: те обменят опит в пилотни действия, а техните предложения определят учебните посещения и междурегионалните семинари за координатори на клъстери."),
        ],
        website: None,
        nace: &["94.11", "84.13"],
        ecosystems: &["mobility_transport_automotive", "renewable_energy", "health"],
        partners: &[DemoPartner { org: UMWD, role: "partner", nuts: Some("PL514") }],
        work_packages: &[
            DemoWorkPackage {
                code: "WP1",
                title: "New cluster concepts for emerging issues and cross-sectoral themes",
                description: "A common strategy on new cluster concepts for sustainable transport, the green economy, active ageing, and knowledge and technology transfer.",
                starts_on: "2012-01-01",
                ends_on: "2014-12-31",
                lead: None,
            },
            DemoWorkPackage {
                code: "WP2",
                title: "Regional stakeholder meetings",
                description: "Meetings of the regional governments with their cluster initiatives; in Lower Silesia, a summary of the Economy Department's support for clusters and a discussion of cross-sectoral issues in cluster policy.",
                starts_on: "2012-06-01",
                ends_on: "2014-06-30",
                lead: None,
            },
            DemoWorkPackage {
                code: "WP3",
                title: "Pilot actions, study visits and interregional workshops",
                description: "Clusters exchange experience in pilot actions; study visits and interregional workshops for cluster coordinators follow a scenario built from the topics and partner regions the clusters propose.",
                starts_on: "2013-07-01",
                ends_on: "2014-12-31",
                lead: None,
            },
        ],
        results: &[
            DemoResult {
                kind: "other",
                title: "Lower Silesian proposals for pilot actions and partner regions",
                description: "Topics for cooperation in pilot actions, and the foreign regions whose practice the Lower Silesian clusters want to learn from, collected at the Wrocław meeting.",
                url: None,
                delivered_on: Some("2013-07-03"),
                work_package: Some("WP2"),
            },
            DemoResult {
                kind: "other",
                title: "Scenario of study visits and interregional workshops for cluster coordinators",
                description: "The plan of study visits and workshops, built on the proposals of the Lower Silesian clusters.",
                url: None,
                delivered_on: None,
                work_package: Some("WP3"),
            },
        ],
        events: &[EV_CLUSTRAT],
    },
    DemoProject {
        acronym: "CLUSTERS3",
        title: "Leveraging Cluster Policies for successful implementation of RIS3",
        programme: "interreg_europe",
        call_topic: None,
        // Approximate: the report (March 2017) shows the project under way in Interreg Europe
        // 2014–2020; start and end are plausible dates for a project of that programme.
        starts_on: "2016-04-01",
        ends_on: "2021-03-31",
        status: "closed",
        total_budget: None,
        eu_contribution: None,
        objectives: &[
            ("en", "CLUSTERS3 (Interreg Europe) improves cluster policy by exchanging knowledge and experience with EU regions that run proven models of cooperation in clusters and, at the same time, face Europe's shared challenge of implementing regional smart specialisation strategies. The Marshal's Office of the Lubelskie Voivodeship takes part with 9 foreign partners from 7 EU regions (the demo lists only the partner the report names). Meetings in each partner region show how cluster networks work there and let regions exchange good practice with local clusters; surveys, regional stakeholder meetings and study visits diagnose the clusters' problems and needs. From this work the regional government prepares an Action Plan for a more cluster-friendly regional policy."),
            ("pl", "CLUSTERS3 (Interreg Europa) usprawnia politykę klastrową przez wymianę wiedzy i doświadczeń z regionami UE, które stosują sprawdzone modele współpracy w klastrach i zarazem mierzą się ze wspólnym europejskim wyzwaniem – wdrażaniem regionalnych strategii inteligentnych specjalizacji. Urząd Marszałkowski Województwa Lubelskiego realizuje projekt z 9 partnerami zagranicznymi z 7 regionów UE (w demo pokazano tylko partnera wymienionego w relacji). Spotkania w każdym z regionów partnerskich pozwalają poznać działające tam sieci i wymienić dobre praktyki z lokalnymi klastrami, a ankiety, regionalne spotkania z interesariuszami i wizyty studyjne pomagają rozpoznać problemy i potrzeby klastrów. Na tej podstawie samorząd województwa przygotowuje Plan Działania na rzecz polityki bardziej przyjaznej klastrom."),
            ("bg", "CLUSTERS3 (Interreg Европа) подобрява клъстерната политика чрез обмен на знания и опит с региони от ЕС, които прилагат доказани модели на сътрудничество в клъстери и същевременно решават общото европейско предизвикателство – изпълнението на регионалните стратегии за интелигентна специализация. Маршалската служба на Люблинско войводство участва заедно с 9 чуждестранни партньори от 7 региона на ЕС (в демото е показан само партньорът, посочен в отчета). Срещи във всеки партньорски регион показват как работят местните мрежи и позволяват обмен на добри практики, а анкети, регионални срещи със заинтересованите страни и учебни посещения помагат да се установят проблемите и нуждите на клъстерите. Въз основа на тях регионалната власт подготвя План за действие за по-благоприятна за клъстерите политика."),
        ],
        website: None,
        nace: &["94.11", "84.13"],
        ecosystems: &[],
        partners: &[DemoPartner { org: UMWL, role: "partner", nuts: Some("PL814") }],
        work_packages: &[
            DemoWorkPackage {
                code: "WP1",
                title: "Interregional exchange of experience",
                description: "Meetings in each partner region to learn how the cluster networks there cooperate and to exchange good practice with local clusters.",
                starts_on: "2016-04-01",
                ends_on: "2019-03-31",
                lead: None,
            },
            DemoWorkPackage {
                code: "WP2",
                title: "Diagnosis of the clusters' problems and needs",
                description: "Surveys, regional stakeholder meetings and study visits to the partner regions. In Lubelskie this includes the international conference in Lublin on developing clusters and innovation ecosystems, national cluster policy, support for clusters' international cooperation, cluster management and the design of cluster policy.",
                starts_on: "2016-04-01",
                ends_on: "2019-03-31",
                lead: None,
            },
            DemoWorkPackage {
                code: "WP3",
                title: "Regional Action Plan",
                description: "The regional government prepares an Action Plan that sets out a future, more cluster-friendly regional policy.",
                starts_on: "2018-01-01",
                ends_on: "2021-03-31",
                lead: None,
            },
        ],
        results: &[
            DemoResult {
                kind: "report",
                title: "Survey of the clusters' problems and needs",
                description: "Questionnaire surveys among the clusters of the partner regions, one of the sources of the Action Plan.",
                url: None,
                delivered_on: None,
                work_package: Some("WP2"),
            },
            DemoResult {
                kind: "other",
                title: "Regional stakeholder meetings and study visits",
                description: "Meetings with the region's stakeholders and study visits to the partner regions.",
                url: None,
                delivered_on: None,
                work_package: Some("WP2"),
            },
            DemoResult {
                kind: "action_plan",
                title: "Action Plan for a more cluster-friendly policy of the Lubelskie Voivodeship",
                description: "The plan the regional government prepares from the surveys, stakeholder meetings and study visits.",
                url: None,
                delivered_on: None,
                work_package: Some("WP3"),
            },
        ],
        events: &[EV_CLUSTERS3],
    },
    DemoProject {
        acronym: "TRACE-KEI",
        title: "TRACE-KEI",
        programme: "cosme",
        call_topic: Some("Cluster Excellence Programme"),
        // Approximate: the report shows the project presenting its first results in November
        // 2017; start and end are plausible dates for a COSME Cluster Excellence project.
        starts_on: "2017-03-01",
        ends_on: "2019-02-28",
        status: "closed",
        total_budget: None,
        eu_contribution: None,
        objectives: &[
            ("en", "TRACE-KEI is one of the five consortia formed under the EU Cluster Excellence programme (COSME). The Green Synergy cluster is among its partners. In November 2017, at the invitation of the European Commission, the partners of all five projects presented their work, the results achieved so far and their next steps at a meeting held during the Grow your Region conference in Valencia. The report names no other partners and does not describe the project's work in detail."),
            ("pl", "TRACE-KEI to jedno z pięciu konsorcjów utworzonych w ramach unijnego programu Cluster Excellence (COSME). Wśród partnerów jest bułgarski klaster Green Synergy (Зелена синергия). W listopadzie 2017 r., na zaproszenie Komisji Europejskiej, partnerzy wszystkich pięciu projektów przedstawili swoją pracę, dotychczasowe rezultaty i dalsze plany na spotkaniu podczas konferencji Grow your Region w Walencji. Relacja nie wymienia innych partnerów ani szczegółów prac projektu."),
            ("bg", "TRACE-KEI е един от петте консорциума, сформирани по европейската програма Cluster Excellence (COSME). Клъстер „Зелена синергия“ е сред партньорите. През ноември 2017 г., по покана на Европейската комисия, партньорите по петте проекта представиха работата си, постигнатите до момента резултати и следващите стъпки на среща по време на конференцията Grow your Region във Валенсия. Отчетът не назовава други партньори и не описва подробно дейностите по проекта."),
        ],
        website: None,
        nace: &["94.11"],
        ecosystems: &[],
        partners: &[DemoPartner { org: GREEN_SYNERGY, role: "partner", nuts: Some("BG411") }],
        work_packages: &[],
        results: &[DemoResult {
            kind: "other",
            title: "Presentation at the meeting of the Cluster Excellence consortia",
            description: "The project, its results so far and its next steps, presented to the European Commission and the other four consortia in Valencia.",
            url: None,
            delivered_on: Some("2017-11-08"),
            work_package: None,
        }],
        events: &[EV_GROW],
    },
    DemoProject {
        acronym: "ETV 4 Innovation",
        title: "ETV 4 Innovation",
        programme: "erasmus_plus",
        call_topic: None,
        // Approximate: the report only announces the new project in December 2017; start and end
        // are plausible dates for a two-year Erasmus+ project.
        starts_on: "2017-12-01",
        ends_on: "2019-11-30",
        status: "closed",
        total_budget: None,
        eu_contribution: None,
        objectives: &[
            ("en", "A new Erasmus+ project of the Green Synergy cluster, announced in December 2017. The report gives only the project's name; its consortium and work are not described here."),
            ("pl", "Nowy projekt klastra Green Synergy w programie Erasmus+, ogłoszony w grudniu 2017 r. Relacja podaje tylko nazwę projektu; jego konsorcjum i działań tu nie opisujemy."),
            ("bg", "Нов проект на Клъстер „Зелена синергия“ по програма Еразъм+, обявен през декември 2017 г. Отчетът съобщава само името на проекта; консорциумът и дейностите му не са описани тук."),
        ],
        website: None,
        nace: &[],
        ecosystems: &[],
        partners: &[DemoPartner { org: GREEN_SYNERGY, role: "partner", nuts: Some("BG411") }],
        work_packages: &[],
        results: &[],
        events: &[],
    },
];

// Founding members joined at the final conference (its date is approximate, as in events.rs).
const CORD_DAY: &str = "2014-02-06";
const CORD_PLACE: &str = "Ústí nad Labem";

const META_CLUSTERS: &[DemoMetaCluster] = &[
    DemoMetaCluster {
        name: MC_ENERGY,
        descriptions: &[
            ("en", "A meta-cluster of energy and environment clusters formed in the Clusters-Cord project and presented at its final conference. Its members agreed to cooperate for lasting growth in international markets: joint offers of renewable-energy and environmental technologies, shared events and project applications. (Its members are fictional demo clusters.)"),
            ("pl", "Meta-klaster klastrów energetycznych i środowiskowych zawiązany w projekcie Clusters-Cord i zaprezentowany na jego konferencji finałowej. Członkowie umówili się na trwałą współpracę na rynkach międzynarodowych: wspólne oferty technologii odnawialnych źródeł energii i ochrony środowiska, wspólne wydarzenia i wnioski projektowe. (Członkowie są fikcyjnymi klastrami demo.)"),
            ("bg", "Мета-клъстер на клъстери в областта на енергетиката и околната среда, създаден по проекта Clusters-Cord и представен на заключителната му конференция. Членовете му се договориха за трайно сътрудничество на международните пазари: общи предложения за технологии за възобновяема енергия и опазване на околната среда, съвместни събития и проектни предложения. (Членовете са измислени демо клъстери.)"),
        ],
        sectors: &["Energy & Environment"],
        nace: &["35.11", "38.32", "71.12"],
        ecosystems: &["renewable_energy", "energy_intensive"],
        coordinator: CZ_ENERGY,
        status: "active",
        project: Some("Clusters-Cord"),
        members: &[(CZ_ENERGY, CORD_DAY), (AT_ENERGY, CORD_DAY)],
        invited: &[],
        agreement: Some(DemoAgreement {
            // Approximate: the report says the conference was the basis for a mutual agreement;
            // the demo dates the signature to the conference day.
            signed_on: CORD_DAY,
            place: CORD_PLACE,
            signatories: &[
                ("Tomáš Horák", CZ_ENERGY),
                ("Martina Gruber", AT_ENERGY),
            ],
            summary: "The members formalise lasting cooperation for further growth in international markets: joint offers, shared events and project applications, and a yearly meeting of the members.",
        }),
        actions: &[
            DemoAction {
                kind: "project",
                title: "Formed in the Clusters-Cord project",
                happened_on: None,
                event: None,
                project: Some("Clusters-Cord"),
                note: "Forming meta-clusters was the project's main aim.",
            },
            DemoAction {
                kind: "event",
                title: "Presented at the Clusters-Cord final conference",
                happened_on: Some(CORD_DAY),
                event: Some(EV_CORD_CONFERENCE),
                project: Some("Clusters-Cord"),
                note: "The new meta-cluster presented itself to more than 50 participants.",
            },
        ],
    },
    DemoMetaCluster {
        name: MC_TOURISM,
        descriptions: &[
            ("en", "A meta-cluster of tourism clusters formed in the Clusters-Cord project and presented at its final conference, among them the Euroregion Beskidy Cluster. Its members promote their mountain and river regions together and build cross-border tourist products. (The coordinator is a fictional demo cluster.)"),
            ("pl", "Meta-klaster klastrów turystycznych zawiązany w projekcie Clusters-Cord i zaprezentowany na jego konferencji finałowej; należy do niego m.in. Klaster Euroregion Beskidy. Członkowie wspólnie promują swoje regiony górskie i nadrzeczne oraz tworzą transgraniczne produkty turystyczne. (Koordynator to fikcyjny klaster demo.)"),
            ("bg", "Мета-клъстер на туристически клъстери, създаден по проекта Clusters-Cord и представен на заключителната му конференция; сред членовете му е и Клъстер „Еврорегион Бескиди“. Членовете заедно популяризират своите планински и крайречни региони и създават трансгранични туристически продукти. (Координаторът е измислен демо клъстер.)"),
        ],
        sectors: &["Tourism"],
        nace: &["55.10", "79.90"],
        ecosystems: &["tourism"],
        coordinator: CZ_TOURISM,
        status: "active",
        project: Some("Clusters-Cord"),
        members: &[(CZ_TOURISM, CORD_DAY), (KEB, CORD_DAY)],
        invited: &[SK_TOURISM],
        agreement: Some(DemoAgreement {
            // Approximate, as for the energy meta-cluster.
            signed_on: CORD_DAY,
            place: CORD_PLACE,
            // KEB's signatory is its demo administrator, not a person from the report.
            signatories: &[
                ("Lucie Procházková", CZ_TOURISM),
                ("Magdalena Szymańska", KEB),
            ],
            summary: "The members formalise lasting cooperation in international markets: joint promotion at fairs, cross-border packages and an exchange of staff between the cluster offices.",
        }),
        actions: &[
            DemoAction {
                kind: "project",
                title: "Formed in the Clusters-Cord project",
                happened_on: None,
                event: None,
                project: Some("Clusters-Cord"),
                note: "Forming meta-clusters was the project's main aim.",
            },
            DemoAction {
                kind: "event",
                title: "Presented at the Clusters-Cord final conference",
                happened_on: Some(CORD_DAY),
                event: Some(EV_CORD_CONFERENCE),
                project: Some("Clusters-Cord"),
                note: "The new meta-cluster presented itself to more than 50 participants.",
            },
        ],
    },
    DemoMetaCluster {
        name: MC_ICT,
        descriptions: &[
            ("en", "A meta-cluster of ICT clusters formed in the Clusters-Cord project and presented at its final conference. Its members connect software and digital-service companies across borders for joint projects and shared access to new markets. (Members are fictional demo clusters.)"),
            ("pl", "Meta-klaster klastrów ICT zawiązany w projekcie Clusters-Cord i zaprezentowany na jego konferencji finałowej. Członkowie łączą firmy programistyczne i usług cyfrowych ponad granicami we wspólnych projektach i przy wejściu na nowe rynki. (Członkowie są fikcyjnymi klastrami demo.)"),
            ("bg", "Мета-клъстер на ИКТ клъстери, създаден по проекта Clusters-Cord и представен на заключителната му конференция. Членовете му свързват софтуерни фирми и фирми за цифрови услуги от различни страни в съвместни проекти и при навлизане на нови пазари. (Членовете са измислени демо клъстери.)"),
        ],
        sectors: &["ICT"],
        nace: &["62.01", "62.02", "63.11"],
        ecosystems: &["digital"],
        coordinator: CZ_ICT,
        status: "active",
        project: Some("Clusters-Cord"),
        members: &[(CZ_ICT, CORD_DAY), (HU_ICT, CORD_DAY)],
        invited: &[RO_ICT],
        agreement: Some(DemoAgreement {
            // Approximate, as for the energy meta-cluster.
            signed_on: CORD_DAY,
            place: CORD_PLACE,
            signatories: &[("Ondřej Kučera", CZ_ICT), ("Nagy Eszter", HU_ICT)],
            summary: "The members formalise lasting cooperation in international markets: a shared catalogue of their members' services, joint project applications and matchmaking days.",
        }),
        actions: &[
            DemoAction {
                kind: "project",
                title: "Formed in the Clusters-Cord project",
                happened_on: None,
                event: None,
                project: Some("Clusters-Cord"),
                note: "Forming meta-clusters was the project's main aim.",
            },
            DemoAction {
                kind: "event",
                title: "Presented at the Clusters-Cord final conference",
                happened_on: Some(CORD_DAY),
                event: Some(EV_CORD_CONFERENCE),
                project: Some("Clusters-Cord"),
                note: "The new meta-cluster presented itself to more than 50 participants.",
            },
        ],
    },
    DemoMetaCluster {
        name: MC_FOOD,
        descriptions: &[
            ("en", "A meta-cluster of food clusters being prepared: its possible forming was presented at the Clusters-Cord final conference. (The coordinator and the invited clusters are fictional demo clusters.)"),
            ("pl", "Meta-klaster klastrów spożywczych w przygotowaniu: możliwość jego utworzenia przedstawiono na konferencji finałowej projektu Clusters-Cord. (Koordynator i zaproszone klastry są fikcyjnymi klastrami demo.)"),
            ("bg", "Мета-клъстер на клъстери в хранителния сектор, който е в процес на подготовка: възможността за създаването му беше представена на заключителната конференция на Clusters-Cord. (Координаторът и поканените клъстери са измислени демо клъстери.)"),
        ],
        sectors: &["Food"],
        nace: &["10.39", "10.89"],
        ecosystems: &["agri_food"],
        coordinator: IT_FOOD,
        status: "forming",
        project: Some("Clusters-Cord"),
        members: &[(IT_FOOD, CORD_DAY)],
        invited: &[PL_FOOD],
        agreement: None,
        actions: &[DemoAction {
            kind: "event",
            title: "Possible meta-cluster presented at the Clusters-Cord final conference",
            happened_on: Some(CORD_DAY),
            event: Some(EV_CORD_CONFERENCE),
            project: Some("Clusters-Cord"),
            note: "The conference discussed the options for a food meta-cluster.",
        }],
    },
    DemoMetaCluster {
        name: MC_HEALTH,
        descriptions: &[
            ("en", "A meta-cluster of health and science clusters being prepared: its possible forming was presented at the Clusters-Cord final conference. The Silesian Bone Marrow Transplantology Cluster, which took part in the project, works towards it. (The coordinator and the invited cluster are fictional demo clusters.)"),
            ("pl", "Meta-klaster Zdrowie i Nauka w przygotowaniu: możliwość jego utworzenia przedstawiono na konferencji finałowej projektu Clusters-Cord. Pracuje nad nim Śląski Klaster Transplantologii Szpiku, uczestnik projektu. (Koordynator i zaproszony klaster są fikcyjnymi klastrami demo.)"),
            ("bg", "Мета-клъстер „Здраве и наука“, който е в процес на подготовка: възможността за създаването му беше представена на заключителната конференция на Clusters-Cord. Силезийският клъстер за трансплантация на костен мозък, участник в проекта, работи за създаването му. (Координаторът и поканеният клъстер са измислени демо клъстери.)"),
        ],
        sectors: &["Health & Science"],
        nace: &["72.11", "86.10"],
        ecosystems: &["health"],
        coordinator: DE_HEALTH,
        status: "forming",
        project: Some("Clusters-Cord"),
        members: &[(DE_HEALTH, CORD_DAY), (SKTSZ, CORD_DAY)],
        invited: &[BE_HEALTH],
        agreement: None,
        actions: &[DemoAction {
            kind: "event",
            title: "Possible meta-cluster presented at the Clusters-Cord final conference",
            happened_on: Some(CORD_DAY),
            event: Some(EV_CORD_CONFERENCE),
            project: Some("Clusters-Cord"),
            note: "The conference discussed the options for a health and science meta-cluster.",
        }],
    },
];

// Publication times: the day of the report where it gives one, otherwise the day after the event it
// reports. The Clusters-Cord posts follow the approximate year of events.rs.
const NEWS: &[DemoNews] = &[
    DemoNews {
        author: DemoAuthor::Organisation(UMWD),
        published_at: "2013-07-04T14:32:00+02:00",
        texts: &[
            (
                "pl",
                "O przyszłości dolnośląskich klastrów – spotkanie CluStrat we Wrocławiu",
                "Wczoraj we Wrocławiu rozmawialiśmy z przedstawicielami inicjatyw klastrowych z naszego regionu o zagadnieniach międzysektorowych w polityce rozwoju klastrów na Dolnym Śląsku. Spotkanie odbyło się w ramach projektu CluStrat programu Europa Środkowa i było okazją do podsumowania działań, którymi Wydział Gospodarki wspiera dolnośląskie klastry.\n\nCluStrat ma wypracować wspólną strategię dla nowych koncepcji klastrów, które pomogą sektorom wschodzącym przez współpracę ponad granicami branż – w zrównoważonym transporcie, zielonej gospodarce, aktywności osób starszych oraz transferze wiedzy i technologii. Jarosław Bulanda, reprezentujący Związek Pracodawców Klastry Polskie i Śląski Klaster Lotniczy, mówił o instrumentach, które zwiększają transfer wiedzy i technologii oraz umiędzynarodowienie inicjatyw klastrowych. Globalizacja i integracja europejska sprawiają, że klastry muszą otwierać się na partnerów zagranicznych. Łukasz Urbanek z Wydziału Koordynacji Polityki Regionalnej przedstawił, jak przedsiębiorcy będą mogli korzystać ze wsparcia w latach 2014–2020.\n\nDolnośląskie klastry wymienią się doświadczeniami w akcjach pilotażowych projektu. Zgłoszone na spotkaniu tematy współpracy i wskazane regiony zagraniczne, od których chcemy się uczyć, posłużą do przygotowania scenariusza wizyt studyjnych i międzyregionalnych warsztatów dla koordynatorów klastrów.",
            ),
            (
                "en",
                "The future of Lower Silesia's clusters: CluStrat meeting in Wrocław",
                "Yesterday in Wrocław we met representatives of our region's cluster initiatives to talk about cross-sectoral issues in Lower Silesia's cluster policy. The meeting, part of the CluStrat project of the Central Europe programme, was also a chance to look back on how the Economy Department has supported the region's clusters.\n\nCluStrat is working out a common strategy for new cluster concepts that help emerging sectors by bringing industries together, in sustainable transport, the green economy, active ageing, and knowledge and technology transfer. Jarosław Bulanda, speaking for the Polish Clusters Employers' Association and the Silesian Aviation Cluster, presented instruments that increase knowledge and technology transfer and the internationalisation of cluster initiatives: with a globalising economy and European integration, clusters have to open up to foreign partners. Łukasz Urbanek of the Regional Policy Coordination Department explained how businesses will be able to draw on support in 2014–2020.\n\nLower Silesian clusters will exchange experience in the project's pilot actions. The topics for cooperation proposed at the meeting, and the foreign regions we want to learn from, will be the basis for a scenario of study visits and interregional workshops for cluster coordinators.",
            ),
            (
                "bg",
                "Бъдещето на клъстерите в Долна Силезия – среща по проекта CluStrat във Вроцлав",
                "Вчера във Вроцлав се срещнахме с представители на клъстерните инициативи от нашия регион, за да обсъдим междусекторните въпроси в политиката за развитие на клъстерите в Долна Силезия. Срещата се проведе по проекта CluStrat на програма „Централна Европа“ и беше повод да се обобщят дейностите, с които отдел „Икономика“ подкрепя клъстерите в региона.\n\nCluStrat разработва обща стратегия за нови клъстерни концепции, които да помогнат на нововъзникващите сектори чрез сътрудничество между отраслите – в устойчивия транспорт, зелената икономика, активния живот на възрастните хора и трансфера на знания и технологии. Ярослав Буланда, представител на Съюза на работодателите „Полски клъстери“ и на Силезийския авиационен клъстер, говори за инструментите, които засилват трансфера на знания и технологии и интернационализацията на клъстерните инициативи. Глобализацията и европейската интеграция изискват от клъстерите да се отварят към чуждестранни партньори. Лукаш Урбанек от отдела за координация на регионалната политика представи възможностите за подкрепа на предприемачите през периода 2014–2020 г.\n\nКлъстерите от Долна Силезия ще обменят опит в пилотните действия по проекта. Предложените на срещата теми за сътрудничество и чуждестранните региони, от които искаме да се учим, ще послужат за основа на програмата за учебни посещения и междурегионални семинари за координатори на клъстери.",
            ),
        ],
        links: &[],
    },
    DemoNews {
        author: DemoAuthor::Organisation(ARR_BB),
        published_at: "2014-02-07T12:00:00+01:00",
        texts: &[
            (
                "pl",
                "Clusters-Cord: konferencja finałowa i spotkanie klastrów",
                "5 i 6 lutego zakończyliśmy trzyletni międzynarodowy projekt Clusters-Cord (Clusters and Cooperation for Regional Development in Central Europe). Po polskiej stronie projekt realizowała nasza Agencja, a wzięły w nim udział Klaster Euroregion Beskidy, reprezentowany przez Marcina Filipa, oraz Śląski Klaster Transplantologii Szpiku, reprezentowany przez Kingę Skałacką.\n\nPierwszego dnia spotkali się przedstawiciele wszystkich klastrów objętych wsparciem. Zaprezentowali swoje instytucje i zaplanowali dalszą współpracę międzynarodową, przede wszystkim w meta-klastrach, których zawiązanie było głównym celem projektu.\n\nDrugiego dnia Lider Projektu, Agencja Rozwoju Regionalnego z Usti nad Łabą (Czechy), zorganizował konferencję finałową dla ponad 50 przedstawicieli krajów, klastrów i partnerów projektu. Mówiliśmy o działaniach i rezultatach projektu, o nowych meta-klastrach w sektorach Energia i Środowisko, Turystyka oraz ICT, o możliwych meta-klastrach Żywność oraz Zdrowie i Nauka, a także o internacjonalizacji klastrów, kolejnym okresie programowania UE, kompetencjach klastrów w projektach międzynarodowych, problemach klastrów w Czechach i współpracy klastrów z regionów partnerskich. Konferencja dała podstawę do sformalizowania trwałej współpracy członków meta-klastrów we wzajemnej umowie.",
            ),
            (
                "en",
                "Clusters-Cord: final conference and cluster meeting",
                "On 5 and 6 February we closed Clusters-Cord (Clusters and Cooperation for Regional Development in Central Europe), an international project that ran for three years. Our agency ran the project on the Polish side, with the Euroregion Beskidy Cluster, represented by Marcin Filip, and the Silesian Bone Marrow Transplantology Cluster, represented by Kinga Skałacka.\n\nOn the first day the representatives of all supported clusters met in person. They presented their organisations and planned further international cooperation, above all in meta-clusters, the project's main aim.\n\nOn the second day the lead partner, the Regional Development Agency of the Ústí Region, held the final conference for more than 50 representatives of the participating countries, clusters and partners. The programme covered the project's activities and results, the new meta-clusters in Energy & Environment, Tourism and ICT, possible meta-clusters in Food and in Health & Science, the internationalisation of clusters and the next EU programming period, cluster competences in EU projects, cluster development in the Czech Republic, and cooperation between the regions' clusters. The conference laid the ground for the meta-cluster members to formalise lasting cooperation in a mutual agreement.",
            ),
            (
                "bg",
                "Clusters-Cord: заключителна конференция и среща на клъстерите",
                "На 5 и 6 февруари приключихме тригодишния международен проект Clusters-Cord (Clusters and Cooperation for Regional Development in Central Europe). В Полша проектът се изпълняваше от нашата агенция, а в него участваха Клъстер „Еврорегион Бескиди“, представляван от Марчин Филип, и Силезийският клъстер за трансплантация на костен мозък, представляван от Кинга Скалацка.\n\nПрез първия ден се срещнаха представителите на всички подкрепени клъстери. Те представиха своите организации и планираха по-нататъшното международно сътрудничество – преди всичко в мета-клъстери, чието създаване беше основната цел на проекта.\n\nПрез втория ден водещият партньор, Агенцията за регионално развитие на Устецкия край, организира заключителна конференция за над 50 представители на участващите страни, клъстери и партньори. Обсъдени бяха дейностите и резултатите по проекта, новите мета-клъстери в секторите „Енергия и околна среда“, „Туризъм“ и „ИКТ“, възможните мета-клъстери „Храни“ и „Здраве и наука“, интернационализацията на клъстерите и следващият програмен период на ЕС, компетенциите на клъстерите в международни проекти, проблемите на клъстерите в Чехия и сътрудничеството между клъстерите от партньорските региони. Конференцията постави основата членовете на мета-клъстерите да оформят трайното си сътрудничество във взаимно споразумение.",
            ),
        ],
        links: &[],
    },
    DemoNews {
        author: DemoAuthor::Project("Clusters-Cord"),
        published_at: "2014-02-10T10:00:00+01:00",
        texts: &[
            (
                "pl",
                "Trzy meta-klastry działają, dwa kolejne w przygotowaniu",
                "Najważniejszym celem Clusters-Cord było zawiązanie meta-klastrów – trwałych partnerstw klastrów z różnych krajów, działających w tej samej branży. Na konferencji finałowej zaprezentowały się trzy nowe meta-klastry: Energia i Środowisko, Turystyka oraz ICT.\n\nPrzedstawiliśmy też możliwości utworzenia dwóch kolejnych meta-klastrów, w sektorach Żywność oraz Zdrowie i Nauka. Członkowie meta-klastrów potwierdzają chęć dalszej współpracy na rynku międzynarodowym wzajemną umową. Zapraszamy klastry z tych branż do kontaktu z koordynatorami.",
            ),
            (
                "en",
                "Three meta-clusters at work, two more in preparation",
                "The main aim of Clusters-Cord was to form meta-clusters: lasting partnerships of clusters from different countries working in the same sector. Three new meta-clusters presented themselves at the final conference: Energy & Environment, Tourism, and ICT.\n\nWe also presented the options for two further meta-clusters, in Food and in Health & Science. The members of each meta-cluster confirm in a mutual agreement that they will keep working together in international markets. Clusters from these sectors are welcome to contact the coordinators.",
            ),
            (
                "bg",
                "Три мета-клъстера вече работят, още два се подготвят",
                "Основната цел на Clusters-Cord беше създаването на мета-клъстери – трайни партньорства между клъстери от различни страни, които работят в един и същи сектор. На заключителната конференция се представиха три нови мета-клъстера: „Енергия и околна среда“, „Туризъм“ и „ИКТ“.\n\nПредставихме и възможностите за още два мета-клъстера – в секторите „Храни“ и „Здраве и наука“. Членовете на всеки мета-клъстер потвърждават с взаимно споразумение, че ще продължат да си сътрудничат на международния пазар. Каним клъстерите от тези сектори да се свържат с координаторите.",
            ),
        ],
        links: &[],
    },
    DemoNews {
        author: DemoAuthor::MetaCluster(MC_TOURISM),
        published_at: "2014-02-12T09:00:00+01:00",
        texts: &[
            (
                "pl",
                "Meta-klaster Turystyka rozpoczyna działalność",
                "Nasz meta-klaster powstał w projekcie Clusters-Cord i zaprezentował się na jego konferencji finałowej. Łączy klastry turystyczne z Czech i Polski, w tym Klaster Euroregion Beskidy.\n\nZasady współpracy członkowie spisali we wzajemnej umowie: wspólnie chcemy rozwijać się na rynku międzynarodowym. Zapraszamy kolejne klastry turystyczne do przyłączenia się.",
            ),
            (
                "en",
                "The Tourism meta-cluster starts work",
                "Our meta-cluster was formed in the Clusters-Cord project and presented itself at the project's final conference. It brings together tourism clusters from Czechia and Poland, among them the Euroregion Beskidy Cluster.\n\nThe members have set out the rules of their cooperation in a mutual agreement: we want to grow in international markets together. Other tourism clusters are welcome to join.",
            ),
            (
                "bg",
                "Мета-клъстерът „Туризъм“ започва работа",
                "Нашият мета-клъстер беше създаден по проекта Clusters-Cord и се представи на заключителната му конференция. Той обединява туристически клъстери от Чехия и Полша, сред които и Клъстер „Еврорегион Бескиди“.\n\nЧленовете описаха правилата на сътрудничеството си във взаимно споразумение: искаме да се развиваме заедно на международния пазар. Каним и други туристически клъстери да се присъединят.",
            ),
        ],
        links: &[],
    },
    DemoNews {
        author: DemoAuthor::Organisation(KPD),
        published_at: "2014-10-22T10:00:00+02:00",
        texts: &[
            (
                "pl",
                "Byliśmy na IV Europejskiej Konferencji Klastrów w Brukseli",
                "20 i 21 października 2014 r. w Brukseli odbyła się czwarta Europejska Konferencja Klastrów, kontynuacja wcześniejszych spotkań w Sztokholmie, Brukseli i Wiedniu. Zorganizowała ją Dyrekcja Generalna Komisji Europejskiej ds. Przedsiębiorstw i Przemysłu, a wzięło w niej udział około 300 osób: decydenci z władz krajowych i regionalnych, eksperci oraz prelegenci ze świata nauki i przemysłu.\n\nRozmawiano o roli klastrów we wspieraniu MŚP, odnowie przemysłu, zmianach strukturalnych w regionach i konkurencyjności, a także o tym, jak klastry mogą pobudzać współpracę międzysektorową, aby małe i średnie firmy trafiały do nowych łańcuchów wartości i znajdowały partnerów za granicą. Uczestnicy głosowali nad oświadczeniami o budowaniu dynamicznej europejskiej polityki klastrowej, a w grupach roboczych omówili 19 zagadnień – od finansowania organizacji klastrowych i internacjonalizacji MŚP po współpracę z nauką i szanse regionów słabiej rozwiniętych.\n\nKlaster Przyjazny Dziecku miał zaszczyt uczestniczyć w konferencji. Wracamy z wiedzą, która pomoże nam budować skuteczny klaster, i z nowymi kontaktami z klastrami z całej Europy. Zapraszamy do obejrzenia nagrania z konferencji.",
            ),
            (
                "en",
                "We attended the 4th European Cluster Conference in Brussels",
                "On 20 and 21 October 2014 Brussels hosted the fourth European Cluster Conference, following earlier editions in Stockholm, Brussels and Vienna. It was organised by the European Commission's Directorate-General for Enterprise and Industry and brought together about 300 people: national and regional policy makers, experts and speakers from academia and industry.\n\nThe conference looked at how clusters support SMEs, industrial renewal, structural change in the regions and competitiveness, and how they can spark cross-sectoral cooperation so that small firms reach new value chains and find partners abroad. Participants voted on statements about building a dynamic European cluster policy and discussed 19 topics in working groups, from the financing of cluster organisations and SME internationalisation to links with academia and the opportunities of less developed regions.\n\nThe Child-Friendly Cluster was honoured to take part. We come back with knowledge that will help us build an effective cluster, and with new contacts among clusters from all over Europe. The conference video is online.",
            ),
            (
                "bg",
                "Участвахме в Четвъртата европейска клъстерна конференция в Брюксел",
                "На 20 и 21 октомври 2014 г. в Брюксел се проведе Четвъртата европейска клъстерна конференция – продължение на предишните издания в Стокхолм, Брюксел и Виена. Тя беше организирана от Генерална дирекция „Предприятия и промишленост“ на Европейската комисия и събра около 300 участници: представители на националните и регионалните власти, експерти и лектори от академичните среди и индустрията.\n\nОбсъждаше се ролята на клъстерите за подкрепа на малките и средните предприятия, за обновяването на индустрията, структурните промени в регионите и конкурентоспособността, както и как клъстерите могат да насърчават междусекторното сътрудничество, за да навлизат малките фирми в нови вериги на стойността и да намират партньори в чужбина. Участниците гласуваха по изявления за изграждането на динамична европейска клъстерна политика и обсъдиха 19 теми в работни групи – от финансирането на клъстерните организации и интернационализацията на МСП до връзките с науката и възможностите за по-слабо развитите региони.\n\nНие от Klaster Przyjazny Dziecku имахме честта да бъдем сред участниците. Връщаме се със знания, които ще ни помогнат да изградим успешен клъстер, и с нови контакти с клъстери от цяла Европа. Видеозапис от конференцията е достъпен онлайн.",
            ),
        ],
        links: &[("Conference video (Vimeo)", "https://vimeo.com/109710630")],
    },
    DemoNews {
        author: DemoAuthor::Organisation(LKE),
        published_at: "2017-03-07T18:00:00+01:00",
        texts: &[
            (
                "pl",
                "Nasze stoisko na konferencji CLUSTERS3 w Lublinie",
                "7 marca 2017 r. wzięliśmy udział w międzynarodowej konferencji projektu CLUSTERS3 „Leveraging Cluster Policies for successful implementation of RIS3”, którą zorganizował w Lublinie Urząd Marszałkowski Województwa Lubelskiego, partner projektu w programie Interreg Europa. Projekt, realizowany z 9 partnerami zagranicznymi z 7 regionów UE, ma usprawnić politykę klastrową dzięki wymianie doświadczeń z regionami, które mają sprawdzone modele współpracy w klastrach i wdrażają strategie inteligentnych specjalizacji.\n\nW programie znalazły się rozwój klastrów i budowa ekosystemu innowacji, krajowa polityka klastrowa, instrumenty wsparcia współpracy międzynarodowej klastrów, zarządzanie klastrami oraz założenia polityki klastrowej. Nie zabrakło dobrych praktyk: jak tworzyć strategię rozwoju, budować kapitał społeczny i łańcuch kooperacyjny oraz wchodzić na rynki zagraniczne.\n\nNa naszym stoisku przedstawialiśmy ofertę Lubelskiego Klastra Ekoenergetycznego. Dziękujemy wszystkim za rozmowy!",
            ),
            (
                "en",
                "Our stand at the CLUSTERS3 conference in Lublin",
                "On 7 March 2017 we took part in the international conference of the CLUSTERS3 project, “Leveraging Cluster Policies for successful implementation of RIS3”, hosted in Lublin by the Marshal's Office of the Lubelskie Voivodeship, a partner in the Interreg Europe project. Run with 9 foreign partners from 7 EU regions, the project improves cluster policy by learning from regions that have proven models of cluster cooperation and are implementing smart specialisation strategies.\n\nThe programme covered developing clusters and building an innovation ecosystem, national cluster policy, instruments supporting clusters' international cooperation, cluster management and the principles of cluster policy, with good practice in writing a development strategy, building social capital and cooperation chains, and entering foreign markets.\n\nAt our stand we presented what the Lublin Eco-Energy Cluster offers. Thank you to everyone who stopped by!",
            ),
            (
                "bg",
                "Нашият щанд на конференцията CLUSTERS3 в Люблин",
                "На 7 март 2017 г. участвахме в международната конференция по проекта CLUSTERS3 „Leveraging Cluster Policies for successful implementation of RIS3“, организирана в Люблин от Маршалската служба на Люблинско войводство – партньор по проекта в програма Interreg Европа. Проектът, в който участват 9 чуждестранни партньори от 7 региона на ЕС, подобрява клъстерната политика чрез обмен на опит с региони, които имат доказани модели на сътрудничество в клъстери и изпълняват стратегии за интелигентна специализация.\n\nПрограмата включваше развитието на клъстерите и изграждането на иновационна екосистема, националната клъстерна политика, инструментите за подкрепа на международното сътрудничество на клъстерите, управлението на клъстери и принципите на клъстерната политика, както и добри практики за разработване на стратегия за развитие, изграждане на социален капитал и коопериращи вериги и навлизане на чужди пазари.\n\nНа нашия щанд представихме какво предлага Люблинският екоенергиен клъстер. Благодарим на всички, които се спряха при нас!",
            ),
        ],
        links: &[],
    },
    DemoNews {
        author: DemoAuthor::Project("CLUSTERS3"),
        published_at: "2017-03-08T10:00:00+01:00",
        texts: &[
            (
                "pl",
                "CLUSTERS3: od ankiet do Planu Działania",
                "Po konferencji w Lublinie przypominamy, jak będzie przebiegać praca w projekcie. W każdym z regionów partnerskich zaplanowano spotkania, na których poznajemy specyfikę działających tam sieci współpracy i wymieniamy dobre praktyki z lokalnymi klastrami.\n\nProblemy i potrzeby klastrów pomogą rozpoznać badania ankietowe, regionalne spotkania z interesariuszami oraz wizyty studyjne w regionach partnerskich. Na ich podstawie samorząd województwa przygotuje Plan Działania – dokument, który wyznaczy przyszłą, bardziej przyjazną klastrom politykę regionu.",
            ),
            (
                "en",
                "CLUSTERS3: from surveys to an Action Plan",
                "After the Lublin conference, here is how the project's work goes on. Meetings are planned in each partner region to learn how the cooperation networks there work and to exchange good practice with local clusters.\n\nSurveys, regional stakeholder meetings and study visits to the partner regions will help to diagnose the clusters' problems and needs. From them the regional government will prepare an Action Plan: the document that sets out the region's future, more cluster-friendly policy.",
            ),
            (
                "bg",
                "CLUSTERS3: от анкетите до Плана за действие",
                "След конференцията в Люблин припомняме как ще продължи работата по проекта. Във всеки партньорски регион са планирани срещи, на които се запознаваме с действащите там мрежи за сътрудничество и обменяме добри практики с местните клъстери.\n\nАнкетни проучвания, регионални срещи със заинтересованите страни и учебни посещения в партньорските региони ще помогнат да се установят проблемите и нуждите на клъстерите. Въз основа на тях регионалната власт ще подготви План за действие – документ, който ще очертае бъдещата, по-благоприятна за клъстерите политика на региона.",
            ),
        ],
        links: &[],
    },
    DemoNews {
        author: DemoAuthor::Organisation(GREEN_SYNERGY),
        published_at: "2017-11-10T10:00:00+02:00",
        texts: &[
            (
                "bg",
                "Клъстер „Зелена синергия“ на конференцията Grow your Region във Валенсия",
                "На 8 и 9 ноември 2017 г. участвахме във второто издание на конференцията Grow your Region във Валенсия, Испания. Над 300 участници от повече от 25 европейски страни споделиха опит и идеи как да се подкрепи междурегионалното сътрудничество между клъстерите. Сред лекторите имаше ключови фигури от Европейската комисия, които работят по индустриалната, регионалната и иновационната политика, представители на Европейския парламент, на Европейския институт за иновации и технологии, на регионалните власти и експерти от други европейски организации.\n\nИзводите от дискусиите: междурегионалното сътрудничество между клъстерите е ключов инструмент за иновации, индустриална модернизация и развитие на регионите; клъстерните организации са от съществено значение за стратегиите за интелигентна специализация; важни са правилните партньорства, в които активно участват регионалните власти, бизнесът и индустрията; нужни са целенасочена подкрепа, нови инициативи и устойчиви партньорства.\n\nПо време на конференцията Европейската комисия събра петте консорциума по програма Cluster Excellence, сред които и нашият проект TRACE-KEI. Партньорите представиха проектите си, постигнатите до момента резултати и следващите си стъпки.",
            ),
            (
                "pl",
                "Klaster Green Synergy na konferencji Grow your Region w Walencji",
                "8 i 9 listopada 2017 r. wzięliśmy udział w drugiej edycji konferencji Grow your Region w Walencji. Ponad 300 uczestników z ponad 25 krajów Europy dzieliło się doświadczeniami i pomysłami, jak wspierać międzyregionalną współpracę klastrów. Wśród prelegentów byli kluczowi przedstawiciele Komisji Europejskiej odpowiedzialni za politykę przemysłową, regionalną i innowacyjną, posłowie do Parlamentu Europejskiego, przedstawiciele Europejskiego Instytutu Innowacji i Technologii, władz regionalnych oraz eksperci innych organizacji europejskich.\n\nWnioski z dyskusji: współpraca międzyregionalna klastrów jest kluczowym narzędziem wspierania innowacji, modernizacji przemysłu i rozwoju regionów; organizacje klastrowe są niezbędne do realizacji strategii inteligentnych specjalizacji; liczą się właściwe partnerstwa z aktywnym udziałem władz regionalnych, biznesu i przemysłu; potrzebne są ukierunkowane wsparcie, nowe inicjatywy i trwałe partnerstwa.\n\nPodczas konferencji Komisja Europejska zorganizowała spotkanie pięciu konsorcjów programu Cluster Excellence, w tym naszego projektu TRACE-KEI. Partnerzy przedstawili swoje projekty, dotychczasowe rezultaty i plany na przyszłość.",
            ),
            (
                "en",
                "Green Synergy at the Grow your Region conference in Valencia",
                "On 8 and 9 November 2017 we took part in the second Grow your Region conference in Valencia, Spain. More than 300 participants from over 25 European countries shared experience and ideas on supporting interregional cooperation between clusters. Speakers included key people of the European Commission working on industrial, regional and innovation policy, Members of the European Parliament, the European Institute of Innovation and Technology, regional authorities and experts from other European organisations.\n\nThe conclusions: interregional cooperation between clusters is a key instrument for innovation, industrial modernisation and regional development; cluster organisations are essential to smart specialisation strategies; the right partnerships, with regional authorities, business and industry actively involved, matter; targeted support, new initiatives and lasting partnerships are needed.\n\nDuring the conference the European Commission brought together the five consortia of the Cluster Excellence programme, among them our project TRACE-KEI. The partners presented their projects, the results so far and their next steps.",
            ),
        ],
        links: &[],
    },
    DemoNews {
        author: DemoAuthor::Organisation(GREEN_SYNERGY),
        published_at: "2017-11-14T16:00:00+02:00",
        texts: &[
            (
                "bg",
                "Клъстер FEMAC ни посети, за да се учи как да подобри управлението си",
                "Днес бяхме домакини на испанския клъстер FEMAC. Гостите дойдоха, за да се запознаят отблизо с начина, по който управляваме клъстера, и да използват опита ни за подобряване на собственото си управление.\n\nРадваме се, че нашите практики са полезни и за партньори от други страни, и очакваме да продължим сътрудничеството.",
            ),
            (
                "pl",
                "Odwiedził nas klaster FEMAC, by uczyć się lepszego zarządzania",
                "Dziś gościliśmy hiszpański klaster FEMAC. Goście przyjechali, aby z bliska poznać sposób, w jaki zarządzamy klastrem, i wykorzystać nasze doświadczenia do usprawnienia własnego zarządzania.\n\nCieszymy się, że nasze praktyki przydają się partnerom z innych krajów, i liczymy na dalszą współpracę.",
            ),
            (
                "en",
                "FEMAC visited us to learn about cluster management",
                "Today we hosted the Spanish cluster FEMAC. Our guests came to see at first hand how we manage our cluster and to use our experience to improve their own management.\n\nWe are glad our practice is useful to partners from other countries, and we look forward to working together further.",
            ),
        ],
        links: &[],
    },
    DemoNews {
        author: DemoAuthor::Organisation(GREEN_SYNERGY),
        published_at: "2017-12-18T10:00:00+02:00",
        texts: &[
            (
                "bg",
                "Нов проект по програма Еразъм+ – ETV 4 Innovation",
                "Клъстер „Зелена синергия“ започва работа по нов проект по програма Еразъм+ – ETV 4 Innovation.\n\nСкоро ще разкажем повече за партньорите и дейностите по проекта.",
            ),
            (
                "pl",
                "Nowy projekt w programie Erasmus+: ETV 4 Innovation",
                "Klaster Green Synergy rozpoczyna nowy projekt w programie Erasmus+ – ETV 4 Innovation.\n\nWkrótce napiszemy więcej o partnerach i działaniach projektu.",
            ),
            (
                "en",
                "A new Erasmus+ project: ETV 4 Innovation",
                "The Green Synergy cluster is starting a new Erasmus+ project, ETV 4 Innovation.\n\nWe will tell you more about the partners and the project's activities soon.",
            ),
        ],
        links: &[],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::events;
    use klaster_domain::meta_clusters::{ActionKind, MetaClusterStatus};
    use klaster_domain::projects::{PartnerRole, Programme, ProjectStatus, ResultKind};
    use klaster_domain::{Ecosystem, NaceCode, NutsCode, OrgKind};
    use std::collections::HashSet;

    /// A real calendar date written YYYY-MM-DD.
    fn is_date(s: &str) -> bool {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return false;
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return false;
        };
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        (1900..=2100).contains(&y) && (1..=days).contains(&d)
    }

    /// RFC 3339 with seconds and an explicit offset: 2017-03-07T18:00:00+01:00 or ...Z.
    fn is_rfc3339(s: &str) -> bool {
        let (Some(date), Some(rest)) = (s.get(..10), s.get(10..)) else {
            return false;
        };
        let b = rest.as_bytes();
        let two = |r: std::ops::Range<usize>, max: u32| {
            rest.get(r)
                .and_then(|x| x.parse::<u32>().ok())
                .is_some_and(|v| v <= max)
        };
        let time_ok = b.len() >= 9
            && b[0] == b'T'
            && b[3] == b':'
            && b[6] == b':'
            && two(1..3, 23)
            && two(4..6, 59)
            && two(7..9, 59);
        let offset = &rest[9.min(rest.len())..];
        let offset_ok = offset == "Z"
            || (offset.len() == 6
                && (offset.starts_with('+') || offset.starts_with('-'))
                && offset.as_bytes()[3] == b':'
                && offset[1..3].parse::<u32>().is_ok_and(|h| h <= 14)
                && offset[4..6].parse::<u32>().is_ok_and(|m| m <= 59));
        is_date(date) && time_ok && offset_ok
    }

    fn org_names() -> Vec<(String, OrgKind, String, Option<i32>)> {
        crate::ecosystem()
            .organisations
            .into_iter()
            .map(|o| {
                (
                    o.input.name,
                    o.input.kind,
                    o.input.country.to_string(),
                    o.input.year_founded,
                )
            })
            .collect()
    }

    fn assert_org(name: &str) {
        assert!(
            org_names().iter().any(|(n, ..)| n == name),
            "no demo organisation named {name:?}"
        );
    }

    fn assert_cluster(name: &str) -> (String, Option<i32>) {
        let all = org_names();
        let (_, kind, country, year) = all
            .iter()
            .find(|(n, ..)| n == name)
            .unwrap_or_else(|| panic!("no demo organisation named {name:?}"));
        assert_eq!(*kind, OrgKind::Cluster, "{name} is not a cluster");
        (country.clone(), *year)
    }

    fn event_titles() -> Vec<(String, String)> {
        events()
            .into_iter()
            .map(|e| (e.input.title, e.input.starts))
            .collect()
    }

    fn assert_event(title: &str) {
        assert!(
            event_titles().iter().any(|(t, _)| t == title),
            "no demo event titled {title:?}"
        );
    }

    fn assert_project(acronym: &str) {
        assert!(
            projects().iter().any(|p| p.acronym == acronym),
            "no demo project {acronym:?}"
        );
    }

    fn assert_codes(nace: &[&str], ecosystems: &[&str], what: &str) {
        for c in nace {
            assert!(NaceCode::parse(c).is_ok(), "{what}: NACE {c}");
        }
        for c in ecosystems {
            assert!(Ecosystem::parse(c).is_ok(), "{what}: ecosystem {c}");
        }
    }

    fn assert_languages<T>(texts: &[T], lang: impl Fn(&T) -> &str, what: &str) {
        let langs: Vec<&str> = texts.iter().map(&lang).collect();
        for l in ["en", "pl", "bg"] {
            assert!(langs.contains(&l), "{what} has no {l} text");
        }
        let uniq: HashSet<&str> = langs.iter().copied().collect();
        assert_eq!(uniq.len(), langs.len(), "{what}: a language twice");
    }

    #[test]
    fn the_five_projects_of_the_reports() {
        let acronyms: Vec<&str> = projects().iter().map(|p| p.acronym).collect();
        assert_eq!(
            acronyms,
            [
                "Clusters-Cord",
                "CluStrat",
                "CLUSTERS3",
                "TRACE-KEI",
                "ETV 4 Innovation"
            ]
        );
        let programme = |a: &str| {
            projects()
                .iter()
                .find(|p| p.acronym == a)
                .unwrap()
                .programme
        };
        assert_eq!(programme("CLUSTERS3"), "interreg_europe");
        assert_eq!(programme("CluStrat"), "interreg_central_europe");
        assert_eq!(programme("Clusters-Cord"), "interreg_central_europe");
        assert_eq!(programme("TRACE-KEI"), "cosme");
        assert_eq!(programme("ETV 4 Innovation"), "erasmus_plus");
        let cord = &projects()[0];
        assert_eq!(cord.partners[0].org, RRA_USTI);
        assert_eq!(cord.partners[0].role, "lead");
        assert!(cord
            .partners
            .iter()
            .any(|p| p.org == ARR_BB && p.role == "partner"));
        let clusters3 = projects()
            .iter()
            .find(|p| p.acronym == "CLUSTERS3")
            .unwrap();
        let en = clusters3
            .objectives
            .iter()
            .find(|(l, _)| *l == "en")
            .unwrap()
            .1;
        assert!(en.contains("9 foreign partners from 7 EU regions"), "{en}");
        assert!(clusters3.results.iter().any(|r| r.kind == "action_plan"));
    }

    #[test]
    fn projects_use_valid_codes_dates_names_and_events() {
        let mut seen = HashSet::new();
        for p in projects() {
            let what = p.acronym;
            assert!(seen.insert(p.acronym), "{what} twice");
            assert!(Programme::parse(p.programme).is_ok(), "{what}: programme");
            assert!(ProjectStatus::parse(p.status).is_ok(), "{what}: status");
            assert!(is_date(p.starts_on) && is_date(p.ends_on), "{what}: dates");
            assert!(p.starts_on <= p.ends_on, "{what}: ends before it starts");
            for amount in [p.total_budget, p.eu_contribution].into_iter().flatten() {
                assert!(klaster_domain::projects::Money::parse_amount(amount).is_ok());
            }
            assert_languages(p.objectives, |(l, _)| l, what);
            assert_codes(p.nace, p.ecosystems, what);
            assert!(!p.partners.is_empty(), "{what} has no partners");
            let leads = p.partners.iter().filter(|x| x.role == "lead").count();
            assert!(leads <= 1, "{what}: {leads} leads");
            if leads == 1 {
                assert_eq!(p.partners[0].role, "lead", "{what}: lead not first");
            }
            let mut partner_names = HashSet::new();
            for x in p.partners {
                assert_org(x.org);
                assert!(partner_names.insert(x.org), "{what}: {} twice", x.org);
                assert!(
                    PartnerRole::parse(x.role).is_ok(),
                    "{what}: role {}",
                    x.role
                );
                if let Some(n) = x.nuts {
                    let nuts = NutsCode::parse(n).unwrap_or_else(|e| panic!("{what}: {e}"));
                    let country = org_names()
                        .into_iter()
                        .find(|(name, ..)| name == x.org)
                        .unwrap()
                        .2;
                    assert_eq!(nuts.country(), country, "{what}: {n} for {}", x.org);
                }
            }
            let mut codes = HashSet::new();
            for wp in p.work_packages {
                assert!(codes.insert(wp.code), "{what}: {} twice", wp.code);
                assert!(
                    is_date(wp.starts_on) && is_date(wp.ends_on),
                    "{what} {}",
                    wp.code
                );
                assert!(
                    p.starts_on <= wp.starts_on
                        && wp.starts_on <= wp.ends_on
                        && wp.ends_on <= p.ends_on,
                    "{what} {}: outside the project",
                    wp.code
                );
                if let Some(lead) = wp.lead {
                    assert!(
                        partner_names.contains(lead),
                        "{what} {}: lead {lead} is no partner",
                        wp.code
                    );
                }
            }
            for r in p.results {
                assert!(
                    ResultKind::parse(r.kind).is_ok(),
                    "{what}: result kind {}",
                    r.kind
                );
                assert!(!r.title.is_empty() && !r.description.is_empty());
                if let Some(d) = r.delivered_on {
                    assert!(is_date(d), "{what}: {d}");
                    assert!(
                        p.starts_on <= d && d <= p.ends_on,
                        "{what}: {} delivered outside the project",
                        r.title
                    );
                }
                if let Some(wp) = r.work_package {
                    assert!(codes.contains(wp), "{what}: no work package {wp}");
                }
            }
            for e in p.events {
                assert_event(e);
                let starts = event_titles().into_iter().find(|(t, _)| t == e).unwrap().1;
                assert!(
                    p.starts_on <= &starts[..10] && &starts[..10] <= p.ends_on,
                    "{what}: event {e} outside the project"
                );
            }
        }
    }

    #[test]
    fn meta_clusters_of_clusters_cord() {
        let status = |n: &str| meta_clusters().iter().find(|m| m.name == n).unwrap().status;
        assert_eq!(status(MC_ENERGY), "active");
        assert_eq!(status(MC_TOURISM), "active");
        assert_eq!(status(MC_ICT), "active");
        assert_eq!(status(MC_FOOD), "forming");
        assert_eq!(status(MC_HEALTH), "forming");
        let member = |n: &str, org: &str| {
            meta_clusters()
                .iter()
                .find(|m| m.name == n)
                .unwrap()
                .members
                .iter()
                .any(|(o, _)| *o == org)
        };
        assert!(member(MC_TOURISM, KEB));
        assert!(member(MC_HEALTH, SKTSZ));
    }

    #[test]
    fn meta_clusters_use_valid_codes_dates_names_and_events() {
        let mut names = HashSet::new();
        for m in meta_clusters() {
            let what = m.name;
            assert!(names.insert(m.name), "{what} twice");
            assert!(MetaClusterStatus::parse(m.status).is_ok(), "{what}: status");
            assert_languages(m.descriptions, |(l, _)| l, what);
            assert!(!m.sectors.is_empty(), "{what}: no sector");
            assert_codes(m.nace, m.ecosystems, what);
            if let Some(p) = m.project {
                assert_project(p);
            }
            assert_cluster(m.coordinator);
            assert!(
                m.members.iter().any(|(o, _)| *o == m.coordinator),
                "{what}: the coordinator is not a member"
            );
            let mut orgs = HashSet::new();
            let mut countries = HashSet::new();
            for (org, joined) in m.members {
                let (country, founded) = assert_cluster(org);
                countries.insert(country);
                assert!(orgs.insert(*org), "{what}: {org} twice");
                assert!(is_date(joined), "{what}: {joined}");
                if let Some(y) = founded {
                    assert!(
                        y.to_string().as_str() <= &joined[..4],
                        "{what}: {org} joined before it was founded"
                    );
                }
            }
            for org in m.invited {
                assert_cluster(org);
                assert!(orgs.insert(*org), "{what}: {org} both member and invited");
            }
            if m.status == "active" {
                assert!(countries.len() >= 2, "{what}: not cross-border");
                let a = m
                    .agreement
                    .unwrap_or_else(|| panic!("{what}: no agreement"));
                assert!(is_date(a.signed_on) && !a.place.is_empty() && !a.summary.is_empty());
                for (person, org) in a.signatories {
                    assert!(!person.trim().is_empty());
                    assert!(
                        m.members.iter().any(|(o, _)| o == org),
                        "{what}: {org} signs but is no member"
                    );
                }
            }
            assert!(!m.actions.is_empty(), "{what}: no joint action");
            for a in m.actions {
                assert!(
                    ActionKind::parse(a.kind).is_ok(),
                    "{what}: action kind {}",
                    a.kind
                );
                if let Some(d) = a.happened_on {
                    assert!(is_date(d), "{what}: {d}");
                }
                if let Some(e) = a.event {
                    assert_event(e);
                    let starts = event_titles().into_iter().find(|(t, _)| t == e).unwrap().1;
                    assert_eq!(
                        a.happened_on,
                        Some(&starts[..10]),
                        "{what}: {} not on the event's day",
                        a.title
                    );
                }
                if let Some(p) = a.project {
                    assert_project(p);
                }
            }
        }
    }

    #[test]
    fn news_in_polish_bulgarian_and_english_by_known_authors() {
        let n = news().len();
        assert!((8..=12).contains(&n), "{n} posts");
        let mut previous = "";
        for post in news() {
            let what = post.published_at;
            assert!(is_rfc3339(post.published_at), "{what} is not RFC 3339");
            assert!(
                previous <= &post.published_at[..10],
                "{what}: not oldest first"
            );
            previous = &post.published_at[..10];
            match post.author {
                DemoAuthor::Organisation(o) => assert_org(o),
                DemoAuthor::Project(p) => assert_project(p),
                DemoAuthor::MetaCluster(m) => assert!(
                    meta_clusters().iter().any(|x| x.name == m),
                    "no meta-cluster {m}"
                ),
            }
            assert_languages(post.texts, |(l, ..)| l, what);
            for (lang, title, body) in post.texts {
                assert!(!title.trim().is_empty(), "{what} {lang}: no title");
                assert!(!title.contains('\n'), "{what} {lang}: title on two lines");
                for para in body.split("\n\n") {
                    assert!(!para.trim().is_empty(), "{what} {lang}: empty paragraph");
                    assert!(
                        !para.contains('\n'),
                        "{what} {lang}: a paragraph broken by a single newline"
                    );
                    assert_eq!(para, para.trim(), "{what} {lang}: stray spaces");
                }
            }
            for (label, url) in post.links {
                assert!(!label.is_empty());
                assert!(url.starts_with("https://"), "{what}: {url}");
            }
        }
        let kpd = news()
            .iter()
            .find(|p| p.author == DemoAuthor::Organisation(KPD))
            .expect("a post by Klaster Przyjazny Dziecku");
        assert!(kpd
            .links
            .iter()
            .any(|(_, u)| *u == "https://vimeo.com/109710630"));
        let by_green_synergy = news()
            .iter()
            .filter(|p| p.author == DemoAuthor::Organisation(GREEN_SYNERGY))
            .count();
        assert_eq!(by_green_synergy, 3);
    }

    #[test]
    fn date_checks_reject_what_they_should() {
        assert!(is_date("2016-02-29") && !is_date("2017-02-29") && !is_date("2017-13-01"));
        assert!(!is_date("2017-3-07"));
        assert!(is_rfc3339("2017-03-07T18:00:00+01:00") && is_rfc3339("2017-03-07T18:00:00Z"));
        assert!(!is_rfc3339("2017-03-07 18:00:00") && !is_rfc3339("2017-03-07T18:00+01:00"));
    }
}

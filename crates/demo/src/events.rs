//! The events of the reports, with their real dates and places, retold for the demo. What the reports
//! say (dates, places, organisers, topics, the 19 working-group themes, the video) is kept; what they
//! leave out (session times, the wording of the voting statements, proposals, delegates) is demo data
//! written to match.

use klaster_domain::events::{EventKind, RawEventInput, RawText};

/// One demo event; organisations are named by their demo keys, people by their demo e-mail.
#[derive(Debug, Clone)]
pub struct DemoEvent {
    pub key: &'static str,
    /// Everything but the organisers, which are resolved from `organisers` when loading.
    pub input: RawEventInput,
    pub organisers: Vec<&'static str>,
    pub sessions: Vec<DemoSession>,
    /// (organisation key, stand label, offer)
    pub stands: Vec<(&'static str, &'static str, &'static str)>,
    /// Confirmed participants: demo users' e-mail addresses.
    pub participants: Vec<String>,
    pub statements: Vec<DemoStatement>,
    pub groups: Vec<DemoGroup>,
    pub proposals: Vec<DemoProposal>,
    /// The visiting delegation of a study visit: (organisation key, person's name).
    pub delegates: Vec<(Option<&'static str>, &'static str)>,
    pub outcome_note: Option<&'static str>,
    pub report: Option<DemoReport>,
}

#[derive(Debug, Clone)]
pub struct DemoSession {
    pub title: &'static str,
    pub room: Option<&'static str>,
    /// Local times in the event's time zone.
    pub starts: &'static str,
    pub ends: &'static str,
    /// (name, role, organisation key)
    pub speakers: Vec<(&'static str, &'static str, Option<&'static str>)>,
}

#[derive(Debug, Clone)]
pub struct DemoStatement {
    pub text: &'static str,
    /// `agree` (agree/disagree/abstain) or `scale5`.
    pub scale: &'static str,
    /// How each participant voted, in the order of the event's participants (agree scale:
    /// 1 agree, 2 disagree, 3 abstain).
    pub votes: Vec<i64>,
}

#[derive(Debug, Clone)]
pub struct DemoGroup {
    pub title: &'static str,
    pub topic: &'static str,
    pub moderator: Option<&'static str>,
    pub conclusions: &'static str,
}

#[derive(Debug, Clone)]
pub struct DemoProposal {
    /// `pilot_action` or `partner_region`.
    pub kind: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    pub region: Option<&'static str>,
    pub author: &'static str,
    pub supporters: Vec<&'static str>,
}

#[derive(Debug, Clone)]
pub struct DemoReport {
    /// (language, text)
    pub bodies: Vec<(&'static str, &'static str)>,
    pub video_links: Vec<&'static str>,
}

fn raw(
    kind: EventKind,
    title: &str,
    place: (&str, &str, &str, &str),
    times: (&str, &str, &str),
    languages: &[&str],
    descriptions: &[(&str, &str)],
) -> RawEventInput {
    let (venue, city, country, nuts) = place;
    let (starts, ends, timezone) = times;
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    RawEventInput {
        kind: kind.code().into(),
        title: title.into(),
        descriptions: descriptions
            .iter()
            .map(|(lang, text)| RawText {
                lang: lang.to_string(),
                text: text.to_string(),
            })
            .collect(),
        venue: some(venue),
        city: some(city),
        country: some(country),
        nuts: some(nuts),
        starts: starts.into(),
        ends: ends.into(),
        timezone: timezone.into(),
        languages: languages.iter().map(|l| l.to_string()).collect(),
        visibility: "public".into(),
        registration_open: Some(false),
        ..Default::default()
    }
}

fn session(
    title: &'static str,
    room: Option<&'static str>,
    starts: &'static str,
    ends: &'static str,
    speakers: Vec<(&'static str, &'static str, Option<&'static str>)>,
) -> DemoSession {
    DemoSession {
        title,
        room,
        starts,
        ends,
        speakers,
    }
}

fn people(keys: &[&str]) -> Vec<String> {
    keys.iter()
        .map(|k| format!("{k}@klaster.example"))
        .collect()
}

fn empty(key: &'static str, input: RawEventInput, organisers: Vec<&'static str>) -> DemoEvent {
    DemoEvent {
        key,
        input,
        organisers,
        sessions: vec![],
        stands: vec![],
        participants: vec![],
        statements: vec![],
        groups: vec![],
        proposals: vec![],
        delegates: vec![],
        outcome_note: None,
        report: None,
    }
}

/// The demo's events, oldest first.
pub fn events() -> Vec<DemoEvent> {
    vec![
        clustrat_wroclaw(),
        clusters_cord_meeting(),
        clusters_cord_conference(),
        european_cluster_conference(),
        clusters3_lublin(),
        grow_your_region(),
        femac_study_visit(),
        internationalisation_webinar(),
    ]
}

fn clustrat_wroclaw() -> DemoEvent {
    let mut input = raw(
        EventKind::StakeholderMeeting,
        "Cross-sectoral issues in Lower Silesian cluster policy (CluStrat)",
        ("Urząd Marszałkowski Województwa Dolnośląskiego", "Wrocław", "PL", "PL514"),
        ("2013-07-03T10:00", "2013-07-03T14:00", "Europe/Warsaw"),
        &["pl"],
        &[
            ("pl", "Spotkanie z przedstawicielami inicjatyw klastrowych Dolnego Śląska w ramach projektu CluStrat „Boosting innovation through new cluster concepts in support of emerging issues and cross-sectoral themes”. Podsumowanie działań Wydziału Gospodarki wspierających dolnośląskie klastry, nowe koncepcje klastrów dla zrównoważonego transportu, zielonej gospodarki, aktywności osób starszych oraz transferu wiedzy i technologii. Uczestnicy zgłaszają tematy akcji pilotażowych i wskazują zagraniczne regiony, od których chcą czerpać wzorce – na tej podstawie powstanie scenariusz wizyt studyjnych i międzyregionalnych warsztatów dla koordynatorów klastrów."),
            ("en", "A meeting with the cluster initiatives of Lower Silesia in the CluStrat project (Central Europe programme): a summary of the regional government's support for clusters, and new cluster concepts for sustainable transport, the green economy, active ageing and knowledge and technology transfer. Participants propose topics for pilot actions and name the foreign regions they want to learn from; the study visits and interregional workshops for cluster coordinators will be planned from these proposals."),
        ],
    );
    input.project = Some("CluStrat".into());
    let mut ev = empty("clustrat-wroclaw", input, vec!["umwd"]);
    ev.sessions = vec![
        session("Support for Lower Silesian clusters: what the Economy Department coordinated", None, "2013-07-03T10:00", "2013-07-03T10:45", vec![("Ewa Michalska", "Economy Department", Some("umwd"))]),
        session("Instruments for more knowledge and technology transfer and internationalisation in cluster initiatives", None, "2013-07-03T10:45", "2013-07-03T11:30", vec![("Jarosław Bulanda", "Polish Clusters Employers' Association; Silesian Aviation Cluster", Some("klastry-polskie"))]),
        session("Support for entrepreneurs in the 2014–2020 programming period", None, "2013-07-03T11:45", "2013-07-03T12:30", vec![("Łukasz Urbanek", "Regional Policy Coordination Department", Some("umwd"))]),
        session("Pilot actions and partner regions: proposals from the clusters", None, "2013-07-03T12:30", "2013-07-03T14:00", vec![]),
    ];
    ev.participants = people(&[
        "umwd.admin",
        "klastry-polskie.admin",
        "skl.admin",
        "skl.member",
        "keb.admin",
        "kpd.admin",
    ]);
    ev.proposals = vec![
        DemoProposal { kind: "pilot_action", title: "Knowledge and technology transfer between clusters and universities", body: "A pilot action in which cluster coordinators test joint services with university technology transfer offices.", region: None, author: "skl.admin@klaster.example", supporters: vec!["skl.admin", "keb.admin", "klastry-polskie.admin"] },
        DemoProposal { kind: "pilot_action", title: "Clusters for active ageing (silver economy)", body: "Products and services for older people built across the health, tourism and ICT clusters.", region: None, author: "kpd.admin@klaster.example", supporters: vec!["kpd.admin", "keb.admin"] },
        DemoProposal { kind: "pilot_action", title: "Sustainable transport: a cross-sectoral cluster concept", body: "Bringing the automotive, energy and logistics clusters together around low-emission transport.", region: None, author: "skl.member@klaster.example", supporters: vec!["skl.member"] },
        DemoProposal { kind: "partner_region", title: "Learn from Upper Austria's cluster management", body: "A region with long experience of cross-sectoral cluster programmes.", region: Some("AT31"), author: "klastry-polskie.admin@klaster.example", supporters: vec!["klastry-polskie.admin", "skl.admin", "umwd.admin"] },
        DemoProposal { kind: "partner_region", title: "Learn from Emilia-Romagna's green-economy clusters", body: "Clusters working on the green economy with regional authorities and universities.", region: Some("ITH5"), author: "keb.admin@klaster.example", supporters: vec!["keb.admin"] },
    ];
    ev
}

fn clusters_cord_meeting() -> DemoEvent {
    let mut input = raw(
        EventKind::StakeholderMeeting,
        "Meeting of the Clusters-Cord cluster representatives",
        ("", "Ústí nad Labem", "CZ", "CZ04"),
        ("2014-02-05T10:00", "2014-02-05T17:00", "Europe/Prague"),
        &["en", "cs", "pl"],
        &[
            ("en", "The first of two days closing the three-year Clusters-Cord project (Clusters and Cooperation for Regional Development in Central Europe): representatives of the supported clusters meet in person, present their organisations and plan the next steps of their international cooperation, above all the forming of meta-clusters, the project's main aim. The report gives the days (5–6 February) but neither the year nor the place; the year and the lead partner's city are shown as approximate."),
            ("pl", "Pierwszy z dwóch dni podsumowujących trzyletni projekt Clusters-Cord: spotkanie przedstawicieli klastrów objętych wsparciem, prezentacje ich instytucji i planowanie dalszej współpracy międzynarodowej oraz zawiązywania meta-klastrów."),
        ],
    );
    input.project = Some("Clusters-Cord".into());
    input.date_approximate = true;
    let mut ev = empty("clusters-cord-meeting", input, vec!["rra-usti", "arr-bb"]);
    ev.participants = people(&[
        "rra-usti.admin",
        "rra-usti.member",
        "arr-bb.admin",
        "keb.admin",
        "sktsz.admin",
    ]);
    ev.sessions = vec![
        session(
            "Presentations of the participating clusters",
            None,
            "2014-02-05T10:00",
            "2014-02-05T13:00",
            vec![
                ("Marcin Filip", "Euroregion Beskidy Cluster", Some("keb")),
                (
                    "Kinga Skałacka",
                    "Silesian Bone Marrow Transplantology Cluster",
                    Some("sktsz"),
                ),
            ],
        ),
        session(
            "Planning the meta-clusters' cooperation",
            None,
            "2014-02-05T14:00",
            "2014-02-05T17:00",
            vec![],
        ),
    ];
    ev
}

fn clusters_cord_conference() -> DemoEvent {
    let mut input = raw(
        EventKind::Conference,
        "Clusters-Cord final conference",
        ("", "Ústí nad Labem", "CZ", "CZ04"),
        ("2014-02-06T09:30", "2014-02-06T16:00", "Europe/Prague"),
        &["en", "cs", "pl"],
        &[
            ("en", "The final conference of Clusters-Cord, organised by the lead partner, the Regional Development Agency of the Ústí Region, for more than 50 representatives of the participating countries, clusters and project partners. New meta-clusters in energy and environment, tourism and ICT are presented, as well as the prospects of meta-clusters in food and in health and science. The report gives the days but not the year; the date is approximate."),
            ("pl", "Konferencja finałowa projektu Clusters-Cord zorganizowana przez Lidera Projektu, Agencję Rozwoju Regionalnego z Usti, z udziałem ponad 50 przedstawicieli krajów, klastrów i partnerów projektu."),
            ("cs", "Závěrečná konference projektu Clusters-Cord, kterou uspořádal vedoucí partner, Regionální rozvojová agentura Ústeckého kraje, pro více než 50 zástupců zúčastněných zemí, klastrů a partnerů projektu."),
        ],
    );
    input.project = Some("Clusters-Cord".into());
    input.date_approximate = true;
    let mut ev = empty("clusters-cord-conference", input, vec!["rra-usti"]);
    ev.participants = people(&[
        "rra-usti.admin",
        "rra-usti.member",
        "arr-bb.admin",
        "keb.admin",
        "sktsz.admin",
    ]);
    ev.sessions = vec![
        session(
            "Project activities and results",
            Some("Main hall"),
            "2014-02-06T09:30",
            "2014-02-06T10:30",
            vec![("Petra Nováková", "Lead partner", Some("rra-usti"))],
        ),
        session(
            "The new meta-clusters: Energy and Environment, Tourism, ICT",
            Some("Main hall"),
            "2014-02-06T10:45",
            "2014-02-06T12:00",
            vec![],
        ),
        session(
            "Possible meta-clusters in Food and in Health and Science",
            Some("Main hall"),
            "2014-02-06T12:00",
            "2014-02-06T12:45",
            vec![],
        ),
        session(
            "Internationalising clusters beyond borders; the next EU programming period",
            Some("Main hall"),
            "2014-02-06T13:45",
            "2014-02-06T14:30",
            vec![],
        ),
        session(
            "Building cluster competences in EU-funded international projects",
            Some("Room B"),
            "2014-02-06T14:30",
            "2014-02-06T15:15",
            vec![(
                "Barbara Pawlak",
                "Agencja Rozwoju Regionalnego S.A. w Bielsku-Białej",
                Some("arr-bb"),
            )],
        ),
        session(
            "Problems of cluster development in the Czech Republic, with example solutions",
            Some("Main hall"),
            "2014-02-06T14:30",
            "2014-02-06T15:15",
            vec![("Jan Dvořák", "", Some("rra-usti"))],
        ),
        session(
            "International cooperation of the partner regions' clusters",
            Some("Main hall"),
            "2014-02-06T15:15",
            "2014-02-06T16:00",
            vec![],
        ),
    ];
    ev
}

fn european_cluster_conference() -> DemoEvent {
    let mut input = raw(
        EventKind::Conference,
        "4th European Cluster Conference",
        ("", "Brussels", "BE", "BE10"),
        ("2014-10-20T09:00", "2014-10-21T17:00", "Europe/Brussels"),
        &["en", "fr"],
        &[
            ("en", "The fourth European Cluster Conference, after Stockholm, Brussels and Vienna, organised by the European Commission's Directorate-General for Enterprise and Industry for about 300 stakeholders: national and regional policy makers, experts and top speakers from academia and industry. The role of clusters in supporting SMEs, industrial renewal, regional structural change and competitiveness; how clusters can stimulate cross-sectoral cooperation and innovation so that SMEs reach new industrial value chains and find complementary international partners. Participants vote on statements about building a dynamic European cluster policy and discuss 19 topics in working groups."),
            ("pl", "Czwarta Europejska Konferencja Klastrów, po Sztokholmie, Brukseli i Wiedniu, zorganizowana przez Dyrekcję Generalną Komisji Europejskiej ds. Przedsiębiorstw i Przemysłu dla około 300 uczestników. Uczestnicy głosują nad oświadczeniami dotyczącymi budowania dynamicznej europejskiej polityki klastrowej i dyskutują w grupach roboczych nad 19 zagadnieniami."),
            ("fr", "La quatrième Conférence européenne des clusters, organisée par la DG Entreprises et industrie pour environ 300 participants, avec des votes sur des déclarations et 19 thèmes en groupes de travail."),
        ],
    );
    input.capacity = Some("300".into());
    let mut ev = empty("ecc-2014", input, vec!["dg-entr"]);
    ev.participants = people(&[
        "dg-entr.admin",
        "dg-entr.member",
        "kpd.admin",
        "lke.admin",
        "green-synergy.admin",
        "skl.admin",
        "keb.admin",
        "femac.admin",
        "klastry-polskie.admin",
        "rra-usti.admin",
        "umwl.admin",
        "arr-bb.admin",
    ]);
    ev.sessions = vec![
        session(
            "Opening: clusters for SMEs, industrial renewal and competitiveness",
            Some("Plenary"),
            "2014-10-20T09:00",
            "2014-10-20T10:30",
            vec![(
                "Sophie Laurent",
                "Directorate-General for Enterprise and Industry",
                Some("dg-entr"),
            )],
        ),
        session(
            "Voting on statements: towards a dynamic European cluster policy",
            Some("Plenary"),
            "2014-10-20T11:00",
            "2014-10-20T12:30",
            vec![("Pieter Janssens", "Moderator", Some("dg-entr"))],
        ),
        session(
            "Working groups, round 1",
            Some("Rooms 1–10"),
            "2014-10-20T14:00",
            "2014-10-20T17:30",
            vec![],
        ),
        session(
            "Working groups, round 2",
            Some("Rooms 1–9"),
            "2014-10-21T09:00",
            "2014-10-21T12:00",
            vec![],
        ),
        session(
            "Conclusions of the working groups",
            Some("Plenary"),
            "2014-10-21T14:00",
            "2014-10-21T17:00",
            vec![(
                "Sophie Laurent",
                "Directorate-General for Enterprise and Industry",
                Some("dg-entr"),
            )],
        ),
    ];
    // Twelve participants vote; 1 agree, 2 disagree, 3 abstain.
    ev.statements = vec![
        DemoStatement { text: "Cluster organisations should be funded for the services they give SMEs, not only for projects.", scale: "agree", votes: vec![1, 1, 1, 1, 1, 2, 1, 3, 1, 1, 2, 1] },
        DemoStatement { text: "European cluster policy should help SMEs reach new industrial value chains across sectors.", scale: "agree", votes: vec![1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1] },
        DemoStatement { text: "Cross-border cooperation between clusters needs its own EU support instrument.", scale: "agree", votes: vec![1, 3, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2] },
        DemoStatement { text: "How well do today's programmes reach clusters in less developed regions? (1 = not at all, 5 = fully)", scale: "scale5", votes: vec![2, 3, 2, 1, 2, 3, 2, 4, 2, 3, 2, 1] },
    ];
    let themes: [(&str, &[&str]); 8] = [
        (
            "Financing and the role of cluster organisations",
            &[
                "Sustainable financing of cluster organisations",
                "Services cluster organisations give their members",
                "Cluster management excellence and labelling",
            ],
        ),
        (
            "Supporting the internationalisation of SMEs",
            &[
                "Clusters as a gateway to markets outside Europe",
                "Joint international missions of clusters",
                "Cluster partnerships for SME internationalisation",
            ],
        ),
        (
            "Cross-border and inter-cluster cooperation",
            &[
                "Cross-border cooperation between clusters",
                "Meta-clusters and European strategic cluster partnerships",
                "Cluster cooperation along macro-regions",
            ],
        ),
        (
            "Cross-sectoral cooperation",
            &[
                "Clusters and emerging industries",
                "Bringing sectors together for new value chains",
            ],
        ),
        (
            "Business–academia links",
            &[
                "Universities and research institutes in clusters",
                "Skills and talent for cluster members",
            ],
        ),
        (
            "Mutual exchange of knowledge between clusters",
            &[
                "Peer learning between cluster managers",
                "Cluster observatories and shared data",
            ],
        ),
        (
            "The role of public support",
            &[
                "State aid rules and cluster funding",
                "Public support for cluster organisations after the start-up phase",
            ],
        ),
        (
            "Opportunities for less developed regions",
            &[
                "Clusters and smart specialisation in less developed regions",
                "Linking clusters of less and more developed regions",
            ],
        ),
    ];
    let moderators = [
        "dg-entr.member@klaster.example",
        "dg-entr.admin@klaster.example",
    ];
    let mut i = 0;
    for (theme, topics) in themes {
        for topic in topics {
            ev.groups.push(DemoGroup {
                title: topic,
                topic: theme,
                moderator: Some(moderators[i % 2]),
                conclusions: if i < 3 {
                    "The group agreed that cluster organisations need stable core funding linked to the quality of their services, with public support tapering as member fees grow. Labelling should reward management quality, not size."
                } else {
                    ""
                },
            });
            i += 1;
        }
    }
    ev.report = Some(DemoReport {
        bodies: vec![
            ("en", "About 300 stakeholders met in Brussels on 20–21 October 2014 for the fourth European Cluster Conference. Participants voted on statements about a dynamic European cluster policy: strong support for funding cluster organisations for their services and for helping SMEs reach new value chains across sectors. Nineteen working groups discussed the financing and role of cluster organisations, SME internationalisation, cross-border and inter-cluster cooperation, cross-sectoral cooperation, business–academia links, knowledge exchange between clusters, the role of public support and the opportunities for less developed regions. The conference video is online."),
            ("pl", "Około 300 uczestników spotkało się 20–21 października 2014 r. w Brukseli na IV Europejskiej Konferencji Klastrów. Uczestnicy głosowali nad oświadczeniami o dynamicznej europejskiej polityce klastrowej, a 19 grup roboczych dyskutowało m.in. o finansowaniu organizacji klastrowych, internacjonalizacji MŚP, współpracy transgranicznej i międzysektorowej oraz powiązaniach biznesu z nauką. Klaster Przyjazny Dziecku zdobył wiedzę potrzebną do budowania skutecznego klastra i nawiązał współpracę z innymi klastrami europejskimi."),
        ],
        video_links: vec!["https://vimeo.com/109710630"],
    });
    ev
}

fn clusters3_lublin() -> DemoEvent {
    let mut input = raw(
        EventKind::Conference,
        "Leveraging Cluster Policies for successful implementation of RIS3 (CLUSTERS3 conference)",
        ("Urząd Marszałkowski Województwa Lubelskiego", "Lublin", "PL", "PL814"),
        ("2017-03-07T09:30", "2017-03-07T16:00", "Europe/Warsaw"),
        &["pl", "en"],
        &[
            ("pl", "Międzynarodowa konferencja projektu CLUSTERS3 (Interreg Europa), którego celem – z udziałem 9 zagranicznych partnerów z 7 regionów UE – jest usprawnienie polityki klastrowej przez wymianę doświadczeń z regionami realizującymi sprawdzone modele współpracy w klastrach. Rozwijanie klastrów i budowanie ekosystemu innowacji, krajowa polityka klastrowa, instrumenty wsparcia współpracy międzynarodowej klastrów, zarządzanie klastrami i założenia polityki klastrowej; dobre praktyki w tworzeniu strategii, budowie kapitału społecznego i łańcucha kooperacyjnego oraz wchodzeniu na rynki międzynarodowe. Klastry prezentują swoją ofertę na stoiskach."),
            ("en", "The international conference of the CLUSTERS3 project (Interreg Europe), in which 9 foreign partners from 7 EU regions improve cluster policy by exchanging experience with regions that run proven models of cluster cooperation. Topics: developing clusters and building an innovation ecosystem, national cluster policy, instruments supporting clusters' international cooperation, cluster management and the design of cluster policy; good practice in strategy, social capital, cooperation chains and entering international markets. Clusters present their offer at stands."),
        ],
    );
    input.project = Some("CLUSTERS3".into());
    let mut ev = empty("clusters3-lublin", input, vec!["umwl"]);
    ev.participants = people(&[
        "umwl.admin",
        "lke.admin",
        "lke.member",
        "klastry-polskie.admin",
    ]);
    ev.sessions = vec![
        session(
            "Developing clusters and building an innovation ecosystem",
            Some("Sala Kolumnowa"),
            "2017-03-07T09:30",
            "2017-03-07T10:30",
            vec![(
                "Krzysztof Kaczmarek",
                "Marshal's Office of the Lubelskie Voivodeship",
                Some("umwl"),
            )],
        ),
        session(
            "National cluster policy",
            Some("Sala Kolumnowa"),
            "2017-03-07T10:30",
            "2017-03-07T11:15",
            vec![(
                "Marek Zawadzki",
                "Związek Pracodawców Klastry Polskie",
                Some("klastry-polskie"),
            )],
        ),
        session(
            "Instruments supporting the international cooperation of clusters",
            Some("Sala Kolumnowa"),
            "2017-03-07T11:30",
            "2017-03-07T12:30",
            vec![],
        ),
        session(
            "Cluster management and the design of cluster policy",
            Some("Sala Kolumnowa"),
            "2017-03-07T13:30",
            "2017-03-07T14:30",
            vec![],
        ),
        session(
            "Good practice: strategy, social capital, cooperation chains, international markets",
            Some("Sala Kolumnowa"),
            "2017-03-07T14:30",
            "2017-03-07T16:00",
            vec![(
                "Anna Lewandowska",
                "Lubelski Klaster Ekoenergetyczny",
                Some("lke"),
            )],
        ),
    ];
    ev.stands = vec![("lke", "Stand 1", "The Lublin Eco-energy Cluster presents its offer: renewable-energy projects, energy audits and partnering for municipalities and companies of the Lubelskie region.")];
    ev
}

fn grow_your_region() -> DemoEvent {
    let mut input = raw(
        EventKind::Conference,
        "Grow your Region",
        ("", "Valencia", "ES", "ES52"),
        ("2017-11-08T09:00", "2017-11-09T14:00", "Europe/Madrid"),
        &["en", "es"],
        &[
            ("en", "The second edition of Grow your Region: more than 300 participants from over 25 European countries share their experience and ideas for future action in support of interregional cluster cooperation. Speakers include key figures of the European Commission working on industrial, regional and innovation policy, Members of the European Parliament, the European Institute of Innovation and Technology, regional authorities and experts. Within the event the European Commission holds a meeting of the five consortia of the Cluster Excellence programme, among them TRACE-KEI, who present their projects, results and next steps."),
            ("bg", "Второто издание на конференцията Grow your Region във Валенсия: повече от 300 участника от над 25 европейски страни споделят опит и идеи за бъдещи действия в подкрепа на междурегионалното клъстерно сътрудничество. В рамките на събитието Европейската комисия организира среща на петте консорциума по програма Cluster Excellence, в т.ч. TRACE-KEI."),
        ],
    );
    input.capacity = Some("320".into());
    let mut ev = empty("grow-your-region-2017", input, vec!["dg-entr"]);
    ev.participants = people(&[
        "green-synergy.admin",
        "green-synergy.member",
        "femac.admin",
        "dg-entr.member",
    ]);
    ev.sessions = vec![
        session("Interregional cluster cooperation: lessons learnt and the next generation of EU initiatives", Some("Auditorium"), "2017-11-08T09:30", "2017-11-08T12:30", vec![]),
        session("Meeting of the five Cluster Excellence consortia (by invitation of the European Commission)", Some("Room 2"), "2017-11-08T14:00", "2017-11-08T16:00", vec![("Мария Петрова", "TRACE-KEI partner", Some("green-synergy"))]),
        session("Good and failed practice in European initiatives", Some("Auditorium"), "2017-11-08T14:00", "2017-11-08T16:00", vec![]),
        session("Partnerships of regional authorities, business and industry", Some("Auditorium"), "2017-11-09T09:00", "2017-11-09T12:00", vec![]),
    ];
    ev.report = Some(DemoReport {
        bodies: vec![
            ("bg", "Основните изводи от дискусиите: междурегионалното сътрудничество между клъстери е ключов инструмент за подпомагане на иновациите, индустриалната модернизация и развитието на регионите; клъстерните организации са от изключително значение за изпълнение на стратегиите за интелигентна специализация; правилните партньорства са от изключително значение – регионалните власти, бизнесът и индустрията трябва да бъдат включени активно; необходими са специална подкрепа, нови инициативи и устойчиви партньорства за подобряване на сътрудничеството в специфичните области."),
            ("en", "The main conclusions: interregional cooperation between clusters is a key instrument for innovation, industrial modernisation and regional development; cluster organisations are essential to implementing smart specialisation strategies; the right partnerships matter — regional authorities, business and industry must take an active part; targeted support, new initiatives and lasting partnerships are needed to improve cooperation in specific fields."),
        ],
        video_links: vec![],
    });
    ev
}

fn femac_study_visit() -> DemoEvent {
    let mut input = raw(
        EventKind::StudyVisit,
        "FEMAC study visit to the Green Synergy cluster: cluster management",
        ("", "Sofia", "BG", "BG411"),
        ("2017-11-14T09:30", "2017-11-14T17:00", "Europe/Sofia"),
        &["en", "bg", "es"],
        &[
            ("en", "The Catalan cluster FEMAC visits the Green Synergy cluster in Sofia to learn how it is managed and to improve its own cluster management."),
            ("bg", "Клъстер FEMAC посещава Клъстер Зелена синергия с цел обучение за подобрение на управлението."),
        ],
    );
    input.capacity = Some("15".into());
    let mut ev = empty("femac-visit-2017", input, vec!["green-synergy"]);
    ev.participants = people(&[
        "green-synergy.admin",
        "green-synergy.member",
        "femac.admin",
        "femac.member",
    ]);
    ev.sessions = vec![
        session(
            "How Green Synergy is run: governance, services and members",
            None,
            "2017-11-14T09:30",
            "2017-11-14T12:00",
            vec![("Мария Петрова", "Cluster manager", Some("green-synergy"))],
        ),
        session(
            "Visits to member companies",
            None,
            "2017-11-14T13:30",
            "2017-11-14T17:00",
            vec![("Георги Димитров", "", Some("green-synergy"))],
        ),
    ];
    ev.delegates = vec![
        (Some("femac"), "Laura Martínez Soler"),
        (Some("femac"), "Jordi Puig Vidal"),
    ];
    ev.outcome_note = Some("FEMAC takes home Green Synergy's practice of member working groups and its service catalogue; the two clusters agreed to look for a joint training project.");
    ev
}

fn internationalisation_webinar() -> DemoEvent {
    let mut input = raw(
        EventKind::Webinar,
        "Internationalising cluster initiatives: instruments and good practice",
        ("", "", "", ""),
        ("2027-01-21T10:00", "2027-01-21T11:30", "Europe/Warsaw"),
        &["pl", "en"],
        &[
            ("pl", "Webinarium Związku Pracodawców Klastry Polskie dla koordynatorów klastrów: instrumenty transferu wiedzy i umiędzynarodowienia, doświadczenia z projektów CluStrat, Clusters-Cord i CLUSTERS3."),
            ("en", "A webinar of the Polish Clusters Employers' Association for cluster coordinators: instruments for knowledge transfer and internationalisation, with experience from the CluStrat, Clusters-Cord and CLUSTERS3 projects."),
        ],
    );
    input.online_url = Some("https://meet.klaster.example/internationalisation".into());
    input.capacity = Some("100".into());
    input.registration_open = Some(true);
    let mut ev = empty(
        "internationalisation-webinar",
        input,
        vec!["klastry-polskie"],
    );
    ev.participants = people(&["lke.admin", "skl.admin"]);
    ev
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_parses_once_organisers_are_given() {
        for ev in events() {
            let mut input = ev.input.clone();
            input.organisers = vec![1];
            let parsed = input.parse();
            assert!(parsed.is_ok(), "{}: {:?}", ev.key, parsed.err());
            for s in &ev.statements {
                assert_eq!(s.votes.len(), ev.participants.len(), "{}", s.text);
            }
        }
    }

    #[test]
    fn the_reports_dates_are_kept() {
        let all = events();
        let ecc = all.iter().find(|e| e.key == "ecc-2014").unwrap();
        assert_eq!(ecc.groups.len(), 19);
        assert!(ecc.input.starts.starts_with("2014-10-20"));
        let lublin = all.iter().find(|e| e.key == "clusters3-lublin").unwrap();
        assert!(lublin.input.starts.starts_with("2017-03-07"));
        let cord = all
            .iter()
            .find(|e| e.key == "clusters-cord-conference")
            .unwrap();
        assert!(cord.input.date_approximate);
    }
}

//! The CLUSTERS3 policy-learning loop of the demo: good practices exchanged between partner
//! regions and the Lubelskie Action Plan that takes them up, with indicators and progress reports.
//!
//! The report (000, Polish) tells that the Marshal's Office of Lubelskie, a CLUSTERS3 partner with
//! 9 foreign partners from 7 EU regions, exchanges good practice in strategy, social capital,
//! cooperation chains and entering international markets, and prepares an Action Plan for a more
//! cluster-friendly regional policy. It names neither the partner regions nor the plan's actions:
//! the practices below come from demo organisations of other regions and, like the actions,
//! indicators and figures, are invented for the demo (marked as demo data).

/// A good practice; `org` is a demo organisation's exact name, `events` demo event titles.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoPractice {
    pub key: &'static str,
    pub title: &'static str,
    pub nuts: &'static str,
    pub org: &'static str,
    pub theme: &'static str,
    pub description: &'static str,
    pub results: &'static str,
    pub contacts: &'static str,
    /// (label, URL)
    pub links: &'static [(&'static str, &'static str)],
    pub events: &'static [&'static str],
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoPlan {
    pub title: &'static str,
    /// The owning organisation's exact name.
    pub owner: &'static str,
    /// The e-mail of the owner's administrator who writes the plan.
    pub author: &'static str,
    pub nuts: &'static str,
    pub context: &'static str,
    pub objectives: &'static str,
    pub actions: &'static [DemoAction],
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoAction {
    pub title: &'static str,
    pub description: &'static str,
    pub responsible: &'static str,
    pub partners: &'static [&'static str],
    pub starts_on: &'static str,
    pub ends_on: &'static str,
    pub budget: &'static str,
    pub currency: &'static str,
    pub funding: &'static str,
    /// Key of the good practice it is learnt from.
    pub practice: Option<&'static str>,
    /// Title of the event it came out of.
    pub event: Option<&'static str>,
    pub status: &'static str,
    pub indicators: &'static [DemoIndicator],
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoIndicator {
    pub name: &'static str,
    pub unit: &'static str,
    pub baseline: &'static str,
    pub target: &'static str,
    pub target_on: &'static str,
    /// (date, value, comment), oldest first.
    pub reports: &'static [(&'static str, &'static str, &'static str)],
}

pub const EV_CLUSTERS3: &str =
    "Leveraging Cluster Policies for successful implementation of RIS3 (CLUSTERS3 conference)";
pub const EV_FEMAC_VISIT: &str =
    "FEMAC study visit to the Green Synergy cluster: cluster management";
pub const EV_GROW: &str = "Grow your Region";

const UMWL: &str = "Urząd Marszałkowski Województwa Lubelskiego";
const LKE: &str = "Lubelski Klaster Ekoenergetyczny";
const KLASTRY_POLSKIE: &str = "Związek Pracodawców Klastry Polskie";

pub fn practices() -> &'static [DemoPractice] {
    PRACTICES
}

pub fn plan() -> &'static DemoPlan {
    &PLAN
}

const PRACTICES: &[DemoPractice] = &[
    DemoPractice {
        key: "upper-austria-strategy",
        title: "A five-year cluster strategy agreed with members and the region",
        nuts: "AT31",
        org: "Netzwerk Erneuerbare Energie Traunviertel",
        theme: "cluster_strategy",
        description: "The network writes its strategy every five years together with its members and the regional government: a member survey, two strategy workshops and a steering group of companies, a university and the regional agency. The strategy names three fields of action, yearly goals and the services the cluster management offers, and it is checked against the regional smart specialisation strategy.\n\nShown to the CLUSTERS3 partners as an example of how a cluster strategy and regional policy can be aligned.",
        results: "Members rate the strategy's services every year; the regional funding of the cluster management is tied to the strategy's goals.",
        contacts: "Cluster management, Steyr (demo contact: office@neet.klaster.example)",
        links: &[("Strategy summary (demo)", "https://neet.klaster.example/strategy")],
        events: &[EV_CLUSTERS3],
    },
    DemoPractice {
        key: "green-synergy-working-groups",
        title: "Member working groups and a catalogue of cluster services",
        nuts: "BG41",
        org: "Клъстер Зелена синергия",
        theme: "social_capital",
        description: "Members of the Green Synergy cluster meet in small thematic working groups (energy efficiency, waste, green tourism) led by a member company. The cluster management keeps a short catalogue of services — matchmaking, joint applications, training — that every member can use. Trust grows in the groups, and joint projects start there.",
        results: "The Catalan cluster FEMAC took this practice home after its study visit in November 2017; the two clusters agreed to look for a joint training project.",
        contacts: "Мария Петрова, cluster manager (demo contact: green-synergy.admin@klaster.example)",
        links: &[],
        events: &[EV_FEMAC_VISIT],
    },
    DemoPractice {
        key: "femac-trade-missions",
        title: "Joint trade missions with a shared stand",
        nuts: "ES51",
        org: "Clúster FEMAC",
        theme: "internationalisation",
        description: "FEMAC organises two joint trade missions a year for makers of agricultural and livestock machinery: the cluster books one shared stand at a foreign fair, prepares B2B meetings in advance and shares the costs among the companies. Small firms that would not exhibit alone reach new markets.",
        results: "Members take part in the missions every year; several of them found their first distributor abroad this way.",
        contacts: "Laura Martínez Soler (demo contact: femac.admin@klaster.example)",
        links: &[("Mission calendar (demo)", "https://femac.klaster.example/missions")],
        events: &[EV_GROW],
    },
    DemoPractice {
        key: "via-emilia-chain",
        title: "From field to shelf: a supplier chain built by the cluster",
        nuts: "ITH5",
        org: "Cluster Agroalimentare della Via Emilia",
        theme: "cooperation_chain",
        description: "The cluster maps the links between farms, processors, packaging makers and retailers of its region and fills the gaps with brokered contracts between members. Local governments join as buyers for public catering.",
        results: "Members buy more from each other; public canteens of the region serve regional products.",
        contacts: "Cluster secretariat, Parma (demo contact: info@via-emilia.klaster.example)",
        links: &[],
        events: &[EV_CLUSTERS3],
    },
    DemoPractice {
        key: "usti-meta-clusters",
        title: "Cross-border meta-clusters prepared by a regional agency",
        nuts: "CZ04",
        org: "Regionální rozvojová agentura Ústeckého kraje, a.s.",
        theme: "cross_sectoral",
        description: "As lead partner of Clusters-Cord, the regional development agency brought clusters of several Central European regions together by sector and helped them sign cooperation agreements as meta-clusters (energy and environment, tourism, ICT, food, health and science).",
        results: "Five meta-clusters signed agreements at the project's final conference and plan joint actions.",
        contacts: "Petra Nováková (demo contact: rra-usti.admin@klaster.example)",
        links: &[],
        events: &["Clusters-Cord final conference"],
    },
    DemoPractice {
        key: "lke-stands",
        title: "Cluster offer at the stands of policy conferences",
        nuts: "PL81",
        org: LKE,
        theme: "internationalisation",
        description: "The Lublin Eco-Energy Cluster presents its members' offer at a stand whenever the region hosts an international conference, as at the CLUSTERS3 conference in Lublin in March 2017. Foreign guests meet the companies on the spot.",
        results: "Contacts with foreign partners for distributed-energy projects.",
        contacts: "Cluster office, Lublin (demo contact: lke.admin@klaster.example)",
        links: &[],
        events: &[EV_CLUSTERS3],
    },
    DemoPractice {
        key: "gyor-digital-vouchers",
        title: "Digital vouchers for cross-sectoral projects",
        nuts: "HU22",
        org: "Rábaközi Digitális Klaszter",
        theme: "cross_sectoral",
        description: "Small vouchers let a company from a traditional sector (food, machinery, tourism) buy a first digital project from an ICT member of the cluster. The cluster matches the two and follows the project.",
        results: "Pairs of companies from different sectors that continue working together after the voucher.",
        contacts: "Cluster management, Győr (demo contact: hu-ict-gyor.admin@klaster.example)",
        links: &[],
        events: &[],
    },
];

const PLAN: DemoPlan = DemoPlan {
    title: "Action Plan for a more cluster-friendly policy of the Lubelskie Voivodeship",
    owner: UMWL,
    author: "umwl.admin@klaster.example",
    nuts: "PL81",
    context: "In the CLUSTERS3 project (Interreg Europe) the Marshal's Office of the Lubelskie Voivodeship exchanges experience with 9 foreign partners from 7 EU regions that run proven models of cooperation in clusters and implement regional smart specialisation strategies. Surveys among the clusters, regional stakeholder meetings and study visits to the partner regions diagnosed the problems and needs of the Lubelskie clusters; good practice was shared on cluster strategies, social capital, cooperation chains and entering international markets, among others at the international conference in Lublin on 7 March 2017.\n\nThe actions, budgets and figures of this plan are demo data.",
    objectives: "A regional policy that is friendlier to clusters: clusters with their own development strategies, stronger cooperation and trust among members, cooperation chains with local governments, and more cluster companies on foreign markets.",
    actions: &[
        DemoAction {
            title: "Strategy coaching for cluster coordinators",
            description: "Workshops and one-to-one coaching help the coordinators of Lubelskie clusters write five-year development strategies with their members, aligned with the regional smart specialisation strategy.",
            responsible: UMWL,
            partners: &[LKE, KLASTRY_POLSKIE],
            starts_on: "2019-01-15",
            ends_on: "2020-12-31",
            budget: "450 000,00",
            currency: "PLN",
            funding: "Regional Operational Programme of the Lubelskie Voivodeship 2014–2020 (technical assistance)",
            practice: Some("upper-austria-strategy"),
            event: Some(EV_CLUSTERS3),
            status: "done",
            indicators: &[DemoIndicator {
                name: "Clusters with an adopted development strategy",
                unit: "clusters",
                baseline: "2",
                target: "8",
                target_on: "2020-12-31",
                reports: &[
                    ("2019-06-30", "4", "First two strategies adopted after the spring workshops."),
                    ("2020-01-31", "6", "Two more clusters adopted their strategies."),
                    ("2020-12-15", "8", "Target reached."),
                ],
            }],
        },
        DemoAction {
            title: "Member working groups in Lubelskie clusters",
            description: "Following the Green Synergy practice, clusters set up thematic working groups led by member companies and publish a catalogue of their services.",
            responsible: LKE,
            partners: &[UMWL],
            starts_on: "2019-09-01",
            ends_on: "2021-06-30",
            budget: "120 000,00",
            currency: "PLN",
            funding: "Own funds of the clusters and a regional grant for cluster animation",
            practice: Some("green-synergy-working-groups"),
            event: Some(EV_FEMAC_VISIT),
            status: "in_progress",
            indicators: &[
                DemoIndicator {
                    name: "Working groups meeting at least once a quarter",
                    unit: "groups",
                    baseline: "0",
                    target: "10",
                    target_on: "2021-06-30",
                    reports: &[
                        ("2020-03-31", "3", "Energy efficiency, biomass and heat pumps groups started."),
                        ("2020-12-31", "6", "Meetings moved online during the pandemic."),
                    ],
                },
                DemoIndicator {
                    name: "Member organisations taking part in working groups",
                    unit: "organisations",
                    baseline: "15",
                    target: "60",
                    target_on: "2021-06-30",
                    reports: &[
                        ("2020-03-31", "28", ""),
                        ("2020-12-31", "41", "New members joined through the groups."),
                    ],
                },
            ],
        },
        DemoAction {
            title: "Joint foreign trade missions of Lubelskie clusters",
            description: "Clusters take their members to foreign fairs with a shared stand and prepared B2B meetings, as FEMAC does in Catalonia.",
            responsible: UMWL,
            partners: &[LKE],
            starts_on: "2020-01-01",
            ends_on: "2022-12-31",
            budget: "300 000,00",
            currency: "EUR",
            funding: "Regional Operational Programme of the Lubelskie Voivodeship 2014–2020 (internationalisation of SMEs)",
            practice: Some("femac-trade-missions"),
            event: None,
            status: "in_progress",
            indicators: &[DemoIndicator {
                name: "Cluster companies taking part in foreign fairs and missions",
                unit: "companies",
                baseline: "12",
                target: "60",
                target_on: "2022-12-31",
                reports: &[
                    ("2020-06-30", "15", "Missions postponed; online B2B meetings instead."),
                    ("2021-06-30", "27", ""),
                ],
            }],
        },
        DemoAction {
            title: "Cooperation-chain pilot between energy cluster members and local governments",
            description: "A pilot, learnt from the Via Emilia cluster, in which members of the eco-energy cluster and municipalities of the region prepare joint renewable-energy investments.",
            responsible: LKE,
            partners: &[UMWL],
            starts_on: "2021-03-01",
            ends_on: "2022-12-31",
            budget: "80 000,00",
            currency: "PLN",
            funding: "Regional budget for pilot actions",
            practice: Some("via-emilia-chain"),
            event: None,
            status: "planned",
            indicators: &[DemoIndicator {
                name: "Joint projects of cluster members and municipalities",
                unit: "projects",
                baseline: "0",
                target: "5",
                target_on: "2022-12-31",
                reports: &[
                    ("2021-06-30", "1", "First municipality signed a letter of intent."),
                    ("2021-12-31", "2", ""),
                ],
            }],
        },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_refer_to_known_practices() {
        for a in plan().actions {
            if let Some(k) = a.practice {
                assert!(practices().iter().any(|p| p.key == k), "{k}");
            }
            assert!(!a.indicators.is_empty(), "{}", a.title);
        }
        assert!((6..=8).contains(&practices().len()));
    }
}

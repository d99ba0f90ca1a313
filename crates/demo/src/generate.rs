//! Builds the ecosystem: the named organisations, ~20 generated clusters, and the member organisations
//! each cluster's plan asks for, coined from per-country name parts and per-language sentence templates.

use std::collections::HashSet;

use crate::places::{self, City, CountryData};
use crate::rng::Rng;
use crate::text::{self, LangText, SectorText};
use crate::{named, DemoClusterMember, DemoEcosystem, DemoOrg, Sector};
use klaster_domain::{
    CountryCode, Ecosystem as E, LanguageTag, LocalizedText, NaceCode, NutsCode, OrgKind,
    OrganisationInput, SizeClass, VerificationStatus as V, Website,
};

const SEED: u64 = 0x4B4C_4153_5445_5221; // "KLASTER!"
/// Chance that a company slot of a cluster is filled by an existing company of the same country and sector.
const REUSE: f64 = 0.4;
const MEMBER_KINDS: [OrgKind; 5] = [
    OrgKind::Company,
    OrgKind::University,
    OrgKind::Research,
    OrgKind::PublicAuthority,
    OrgKind::BusinessSupport,
];

/// Who a cluster's members are.
pub(crate) struct Plan {
    pub key: &'static str,
    pub country: &'static str,
    /// NUTS prefix where home members are located.
    pub region: &'static str,
    pub sector: Sector,
    /// Neighbouring sectors some member companies come from.
    pub side: &'static [Sector],
    /// Companies, universities, research institutes, public authorities, business-support organisations.
    pub mix: [usize; 5],
    /// Member companies from other countries.
    pub foreign: &'static [(&'static str, usize)],
    /// How many of the generated members have not (yet) signed the membership declaration.
    pub uncommitted: usize,
    /// Keys of named organisations that are also members.
    pub extra: &'static [&'static str],
}

struct GenCluster {
    plan: Plan,
    name: &'static str,
    short: Option<&'static str>,
    city: &'static str,
    fte: f64,
    year: i32,
    status: V,
}

// A positional constructor keeps the cluster table below readable, one line per plan.
#[allow(clippy::too_many_arguments)]
const fn plan(
    key: &'static str,
    country: &'static str,
    region: &'static str,
    sector: Sector,
    side: &'static [Sector],
    mix: [usize; 5],
    foreign: &'static [(&'static str, usize)],
    uncommitted: usize,
) -> Plan {
    Plan {
        key,
        country,
        region,
        sector,
        side,
        mix,
        foreign,
        uncommitted,
        extra: &[],
    }
}

/// Further clusters, so that the directory has peers in every country. Some deliberately miss the
/// verification checklist (too few committed members, a single member type, too little management).
const GENERATED: &[GenCluster] = &[
    GenCluster {
        plan: plan(
            "pl-ict-wroclaw",
            "PL",
            "PL51",
            Sector::Ict,
            &[Sector::Automotive, Sector::Green],
            [12, 1, 1, 0, 1],
            &[],
            1,
        ),
        name: "Dolnośląski Klaster Technologii Informatycznych",
        short: Some("DKTI"),
        city: "Wrocław",
        fte: 1.0,
        year: 2011,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "pl-food-pulawy",
            "PL",
            "PL81",
            Sector::Food,
            &[Sector::Machinery],
            [12, 1, 1, 1, 0],
            &[],
            0,
        ),
        name: "Nadwiślański Klaster Przetwórstwa Owoców",
        short: Some("NKPO"),
        city: "Puławy",
        fte: 0.3,
        year: 2014,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "bg-ict-sofia",
            "BG",
            "BG41",
            Sector::Ict,
            &[Sector::Energy],
            [13, 1, 1, 0, 1],
            &[("RO", 1)],
            1,
        ),
        name: "Клъстер Дигитална София",
        short: Some("Дигитална София"),
        city: "София",
        fte: 1.0,
        year: 2012,
        status: V::Verified,
    },
    GenCluster {
        plan: plan(
            "bg-food-plovdiv",
            "BG",
            "BG42",
            Sector::Food,
            &[Sector::Tourism],
            [11, 1, 1, 1, 0],
            &[],
            2,
        ),
        name: "Клъстер Тракийски храни",
        short: None,
        city: "Пловдив",
        fte: 0.5,
        year: 2015,
        status: V::Unverified,
    },
    GenCluster {
        plan: Plan {
            key: "cz-energy-usti",
            country: "CZ",
            region: "CZ04",
            sector: Sector::Energy,
            side: &[Sector::Green],
            mix: [13, 1, 1, 1, 0],
            foreign: &[("SK", 1)],
            uncommitted: 1,
            extra: &["rra-usti"],
        },
        name: "Klastr Energie a životní prostředí Severozápad",
        short: Some("KEŽP"),
        city: "Ústí nad Labem",
        fte: 1.2,
        year: 2010,
        status: V::Verified,
    },
    GenCluster {
        plan: plan(
            "cz-ict-brno",
            "CZ",
            "CZ06",
            Sector::Ict,
            &[Sector::Machinery],
            [11, 1, 1, 0, 1],
            &[],
            1,
        ),
        name: "Jihomoravský klastr digitálních technologií",
        short: Some("JKDT"),
        city: "Brno",
        fte: 0.8,
        year: 2013,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "cz-machinery-ostrava",
            "CZ",
            "CZ08",
            Sector::Machinery,
            &[Sector::Automotive],
            [11, 1, 1, 0, 1],
            &[],
            0,
        ),
        name: "Moravskoslezský strojírenský klastr",
        short: Some("MSSK"),
        city: "Ostrava",
        fte: 0.6,
        year: 2016,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "sk-auto-trnava",
            "SK",
            "SK02",
            Sector::Automotive,
            &[Sector::Machinery, Sector::Ict],
            [14, 1, 1, 0, 1],
            &[("CZ", 1)],
            1,
        ),
        name: "Západoslovenský automobilový klaster",
        short: Some("ZAK"),
        city: "Trnava",
        fte: 1.5,
        year: 2008,
        status: V::Verified,
    },
    GenCluster {
        plan: plan(
            "sk-tourism-zilina",
            "SK",
            "SK03",
            Sector::Tourism,
            &[],
            [8, 0, 0, 1, 0],
            &[],
            0,
        ),
        name: "Klaster cestovného ruchu Horné Považie",
        short: Some("KCR HP"),
        city: "Žilina",
        fte: 0.5,
        year: 2017,
        status: V::Rejected,
    },
    GenCluster {
        plan: plan(
            "es-energy-valencia",
            "ES",
            "ES52",
            Sector::Energy,
            &[Sector::Green, Sector::Ict],
            [12, 1, 1, 0, 1],
            &[],
            1,
        ),
        name: "Clúster de Energías Renovables del Turia",
        short: Some("CERT"),
        city: "València",
        fte: 1.0,
        year: 2009,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "de-auto-chemnitz",
            "DE",
            "DED",
            Sector::Automotive,
            &[Sector::Machinery, Sector::Ict],
            [14, 1, 2, 0, 1],
            &[("CZ", 1)],
            1,
        ),
        name: "Automobilzuliefernetzwerk Südwestsachsen",
        short: Some("AZS"),
        city: "Chemnitz",
        fte: 2.5,
        year: 2006,
        status: V::Verified,
    },
    GenCluster {
        plan: plan(
            "de-health-nuernberg",
            "DE",
            "DE25",
            Sector::Health,
            &[Sector::Ict],
            [11, 1, 1, 0, 1],
            &[],
            2,
        ),
        name: "Medizintechnik-Netzwerk Mittelfranken",
        short: Some("MTN"),
        city: "Nürnberg",
        fte: 1.0,
        year: 2012,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "at-energy-linz",
            "AT",
            "AT31",
            Sector::Energy,
            &[Sector::Machinery],
            [12, 1, 1, 1, 1],
            &[("DE", 1)],
            1,
        ),
        name: "Netzwerk Erneuerbare Energie Traunviertel",
        short: Some("NEET"),
        city: "Steyr",
        fte: 1.0,
        year: 2010,
        status: V::Verified,
    },
    GenCluster {
        plan: plan(
            "at-tourism-tirol",
            "AT",
            "AT33",
            Sector::Tourism,
            &[],
            [10, 0, 0, 0, 0],
            &[],
            0,
        ),
        name: "Tourismusnetzwerk Tiroler Oberland",
        short: None,
        city: "Landeck",
        fte: 0.4,
        year: 2018,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "hu-auto-gyor",
            "HU",
            "HU22",
            Sector::Automotive,
            &[Sector::Machinery, Sector::Ict],
            [13, 1, 1, 0, 1],
            &[("SK", 1)],
            1,
        ),
        name: "Kisalföldi Járműipari Klaszter",
        short: Some("KJK"),
        city: "Győr",
        fte: 1.0,
        year: 2007,
        status: V::Verified,
    },
    GenCluster {
        plan: plan(
            "ro-ict-cluj",
            "RO",
            "RO11",
            Sector::Ict,
            &[Sector::Energy],
            [13, 1, 1, 0, 1],
            &[],
            1,
        ),
        name: "Clusterul Digital Transilvania de Nord",
        short: Some("CDTN"),
        city: "Cluj-Napoca",
        fte: 1.0,
        year: 2013,
        status: V::Verified,
    },
    GenCluster {
        plan: plan(
            "it-food-emilia",
            "IT",
            "ITH5",
            Sector::Food,
            &[Sector::Machinery],
            [11, 1, 1, 0, 1],
            &[],
            1,
        ),
        name: "Cluster Agroalimentare della Via Emilia",
        short: None,
        city: "Parma",
        fte: 1.0,
        year: 2014,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "it-aero-campania",
            "IT",
            "ITF3",
            Sector::Aviation,
            &[],
            [9, 1, 1, 0, 0],
            &[],
            0,
        ),
        name: "Rete Aerospaziale Vesuviana",
        short: Some("RAV"),
        city: "Pomigliano d'Arco",
        fte: 0.5,
        year: 2016,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "si-green-ljubljana",
            "SI",
            "SI04",
            Sector::Green,
            &[Sector::Energy, Sector::Tourism],
            [11, 0, 1, 0, 1],
            &[],
            0,
        ),
        name: "Grozd zelenega gospodarstva Zahodna Slovenija",
        short: Some("GZG"),
        city: "Ljubljana",
        fte: 0.3,
        year: 2015,
        status: V::Unverified,
    },
    GenCluster {
        plan: plan(
            "be-health-leuven",
            "BE",
            "BE2",
            Sector::Health,
            &[Sector::Ict, Sector::Food],
            [13, 1, 1, 0, 0],
            &[],
            1,
        ),
        name: "Biomedisch Netwerk Dijlevallei",
        short: None,
        city: "Leuven",
        fte: 1.0,
        year: 2011,
        status: V::Unverified,
    },
];

impl Sector {
    /// NACE Rev. 2 classes for the two activity variants of a sector (matching the `intro` sentences).
    fn nace(self, variant: usize) -> &'static [&'static str] {
        let v: [&'static [&'static str]; 2] = match self {
            Sector::Energy => [&["43.21", "35.11", "43.22"], &["25.21", "16.29", "71.12"]],
            Sector::Green => [&["38.11", "38.32", "38.21"], &["74.90", "71.12", "36.00"]],
            Sector::Aviation => [&["30.30", "25.62", "33.16"], &["30.30", "22.29", "71.20"]],
            Sector::Health => [&["72.11", "86.90", "71.20"], &["32.50", "22.29", "46.46"]],
            Sector::Tourism => [&["55.20", "55.10", "56.10"], &["79.12", "79.11", "82.30"]],
            Sector::Child => [&["32.40", "31.09", "16.29"], &["14.19", "30.92", "47.71"]],
            Sector::Ict => [&["62.01", "62.02", "63.11"], &["62.01", "62.09", "63.11"]],
            Sector::Food => [&["10.32", "10.39", "01.24"], &["10.51", "10.71", "10.89"]],
            Sector::Automotive => [&["29.32", "22.29", "29.31"], &["25.50", "29.32", "25.62"]],
            Sector::Machinery => [&["28.30", "33.12", "25.62"], &["28.99", "28.41", "25.11"]],
        };
        v[variant]
    }

    fn ecosystems(self, variant: usize) -> [E; 2] {
        match (self, variant) {
            (Sector::Energy, _) => [E::RenewableEnergy, E::Construction],
            (Sector::Green, 0) => [E::EnergyIntensive, E::Proximity],
            (Sector::Green, _) => [E::Construction, E::Proximity],
            (Sector::Aviation, _) => [E::Aerospace, E::Mobility],
            (Sector::Health, _) => [E::Health, E::Digital],
            (Sector::Tourism, _) => [E::Tourism, E::Cultural],
            (Sector::Child, 0) => [E::Proximity, E::Retail],
            (Sector::Child, _) => [E::Textile, E::Retail],
            (Sector::Ict, _) => [E::Digital, E::Electronics],
            (Sector::Food, _) => [E::Agrifood, E::Retail],
            (Sector::Automotive, _) => [E::Mobility, E::EnergyIntensive],
            (Sector::Machinery, 0) => [E::EnergyIntensive, E::Agrifood],
            (Sector::Machinery, _) => [E::EnergyIntensive, E::Electronics],
        }
    }

    fn research_nace(self) -> &'static str {
        match self {
            Sector::Health => "72.11",
            Sector::Tourism | Sector::Child => "72.20",
            _ => "72.19",
        }
    }
}

struct PoolEntry {
    key: String,
    country: &'static str,
    sector: Sector,
}

struct Gen {
    rng: Rng,
    orgs: Vec<DemoOrg>,
    members: Vec<DemoClusterMember>,
    names: HashSet<(String, String)>,
    seq: Vec<(&'static str, usize)>,
    /// Generated companies that may join a further cluster.
    pool: Vec<PoolEntry>,
}

pub(crate) fn build() -> DemoEcosystem {
    let mut g = Gen {
        rng: Rng::new(SEED),
        orgs: Vec::new(),
        members: Vec::new(),
        names: HashSet::new(),
        seq: Vec::new(),
        pool: Vec::new(),
    };
    for org in named::organisations() {
        g.names
            .insert((org.input.country.to_string(), org.input.name.clone()));
        g.orgs.push(org);
    }
    for gc in GENERATED {
        let org = g.cluster_org(gc);
        g.orgs.push(org);
    }
    for p in named::PLANS
        .iter()
        .chain(GENERATED.iter().map(|gc| &gc.plan))
    {
        g.fill(p);
    }
    for gc in GENERATED.iter().filter(|gc| gc.status == V::Rejected) {
        let c = crate::checklist_of(&g.orgs, &g.members, gc.plan.key);
        let note = format!(
            "Fewer than {} committed members ({} committed); please add members and apply again.",
            crate::MIN_COMMITTED_MEMBERS,
            c.committed_members
        );
        if let Some(o) = g.orgs.iter_mut().find(|o| o.key == gc.plan.key) {
            o.verification_note = Some(note);
        }
    }
    DemoEcosystem {
        organisations: g.orgs,
        cluster_members: g.members,
        users: named::users(),
    }
}

fn descriptions(pairs: Vec<(&str, String)>) -> Vec<LocalizedText> {
    pairs
        .into_iter()
        .map(|(l, t)| LocalizedText {
            lang: LanguageTag::parse(l).expect("language tag"),
            text: t,
        })
        .collect()
}

fn langs(codes: &[&str]) -> Vec<LanguageTag> {
    let mut out: Vec<LanguageTag> = Vec::new();
    for c in codes {
        let t = LanguageTag::parse(c).expect("language tag");
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

fn sector_text(lt: &'static LangText, s: Sector) -> &'static SectorText {
    lt.sector(s)
        .unwrap_or_else(|| panic!("no {:?} texts in {}", s, lt.code))
}

impl Gen {
    fn cluster_org(&mut self, gc: &GenCluster) -> DemoOrg {
        let cd = places::country(gc.plan.country);
        let city = cd
            .cities
            .iter()
            .find(|c| c.name == gc.city)
            .unwrap_or_else(|| panic!("no city {}", gc.city));
        let lt = text::lang(cd.lang);
        let st = sector_text(lt, gc.plan.sector);
        let en = sector_text(text::lang("en"), gc.plan.sector);
        let mut kw = self.keywords(st);
        kw.truncate(4);
        assert!(
            self.names
                .insert((cd.code.to_string(), gc.name.to_string())),
            "duplicate name {}",
            gc.name
        );
        DemoOrg {
            key: gc.plan.key.to_string(),
            input: OrganisationInput {
                kind: OrgKind::Cluster,
                size_class: None,
                name: gc.name.to_string(),
                short_name: gc.short.map(str::to_string),
                country: CountryCode::parse(cd.code).expect("country"),
                nuts: Some(NutsCode::parse(city.nuts).expect("nuts")),
                nace: ["94.11", "70.22"]
                    .iter()
                    .map(|c| NaceCode::parse(c).expect("nace"))
                    .collect(),
                ecosystems: vec![gc.plan.sector.ecosystems(0)[0]],
                keywords: kw,
                website: Some(
                    Website::parse(&format!("https://{}.klaster.example", gc.plan.key))
                        .expect("website"),
                ),
                year_founded: Some(gc.year),
                languages: langs(&[cd.lang, "en"]),
                descriptions: descriptions(vec![
                    (cd.lang, lt.cluster.replace("{field}", st.field)),
                    ("en", text::lang("en").cluster.replace("{field}", en.field)),
                ]),
                management_fte: Some(gc.fte),
                is_demo: true,
            },
            verification: gc.status,
            verification_note: None,
        }
    }

    /// Adds the members a plan asks for, generating organisations or reusing fitting ones.
    fn fill(&mut self, p: &Plan) {
        let start = self.members.len();
        let cd = places::country(p.country);
        for (kind, &n) in MEMBER_KINDS.iter().zip(p.mix.iter()) {
            for _ in 0..n {
                if *kind == OrgKind::Company && self.rng.chance(REUSE) {
                    if let Some(key) = self.reusable(p) {
                        self.join(p.key, key);
                        continue;
                    }
                }
                let wanted =
                    if *kind == OrgKind::Company && !p.side.is_empty() && self.rng.chance(0.25) {
                        *self.rng.pick(p.side)
                    } else {
                        p.sector
                    };
                let sector = available(cd, wanted, p);
                let key = self.new_org(cd, *kind, sector, p.region);
                self.join(p.key, key);
            }
        }
        for (cc, n) in p.foreign {
            let fc = places::country(cc);
            for _ in 0..*n {
                let sector = available(fc, p.sector, p);
                let key = self.new_org(fc, OrgKind::Company, sector, fc.code);
                self.join(p.key, key);
            }
        }
        let generated = self.members.len() - start;
        for i in self.rng.sample(generated, p.uncommitted) {
            self.members[start + i].committed = false;
        }
        for key in p.extra {
            self.join(p.key, key.to_string());
        }
    }

    fn join(&mut self, cluster: &str, member: String) {
        self.members.push(DemoClusterMember {
            cluster: cluster.to_string(),
            member,
            committed: true,
        });
    }

    fn reusable(&mut self, p: &Plan) -> Option<String> {
        let taken: HashSet<&str> = self
            .members
            .iter()
            .filter(|m| m.cluster == p.key)
            .map(|m| m.member.as_str())
            .collect();
        let candidates: Vec<&PoolEntry> = self
            .pool
            .iter()
            .filter(|e| {
                e.country == p.country && (e.sector == p.sector || p.side.contains(&e.sector))
            })
            .filter(|e| !taken.contains(e.key.as_str()))
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let i = self.rng.below(candidates.len());
        Some(candidates[i].key.clone())
    }

    fn next_key(&mut self, country: &'static str) -> String {
        let n = match self.seq.iter_mut().find(|(c, _)| *c == country) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                self.seq.push((country, 1));
                1
            }
        };
        format!("{}-{:03}", country.to_lowercase(), n)
    }

    fn keywords(&mut self, st: &SectorText) -> Vec<String> {
        let n = 3 + self.rng.below(3);
        self.rng
            .sample(st.keywords.len(), n)
            .into_iter()
            .map(|i| st.keywords[i].to_string())
            .collect()
    }

    /// A name not yet used in the country, and the town it was coined for.
    fn name_for(
        &mut self,
        cd: &'static CountryData,
        kind: OrgKind,
        size: Option<SizeClass>,
        st: &SectorText,
        region: &str,
    ) -> (String, &'static City) {
        let local: Vec<&'static City> = cd
            .cities
            .iter()
            .filter(|c| c.nuts.starts_with(region))
            .collect();
        assert!(!local.is_empty(), "no towns in {region}");
        for attempt in 0..80 {
            let city = if attempt < 40 {
                *self.rng.pick(&local)
            } else {
                self.rng.pick(cd.cities)
            };
            let name = match kind {
                OrgKind::Company => {
                    let stem = *self.rng.pick(cd.stems);
                    let word = *self.rng.pick(st.words);
                    let legal = if size == Some(SizeClass::Large) {
                        *self.rng.pick(cd.legal_large)
                    } else {
                        *self.rng.pick(cd.legal_small)
                    };
                    if cd.word_first {
                        format!("{word} {stem} {legal}")
                    } else {
                        format!("{stem} {word} {legal}")
                    }
                }
                _ => {
                    let patterns = match kind {
                        OrgKind::University => cd.university,
                        OrgKind::Research => cd.research,
                        OrgKind::PublicAuthority => cd.public,
                        _ => cd.support,
                    };
                    self.rng
                        .pick(patterns)
                        .replace("{inst}", st.inst)
                        .replace("{city}", city.name)
                        .replace("{alt}", city.alt)
                }
            };
            if self.names.insert((cd.code.to_string(), name.clone())) {
                return (name, city);
            }
        }
        panic!("could not coin a unique {kind} name in {}", cd.code);
    }

    fn new_org(
        &mut self,
        cd: &'static CountryData,
        kind: OrgKind,
        sector: Sector,
        region: &str,
    ) -> String {
        let lt = text::lang(cd.lang);
        let en = text::lang("en");
        let st = sector_text(lt, sector);
        let st_en = sector_text(en, sector);
        let key = self.next_key(cd.code);
        let company = kind == OrgKind::Company;
        let size = company.then(|| match self.rng.below(100) {
            0..=34 => SizeClass::Micro,
            35..=69 => SizeClass::Small,
            70..=91 => SizeClass::Medium,
            _ => SizeClass::Large,
        });
        let (name, city) = self.name_for(cd, kind, size, st, region);
        let year = match kind {
            OrgKind::Company => Some(self.rng.range(1991, 2021)),
            OrgKind::University => Some(self.rng.range(1950, 2005)),
            OrgKind::Research => Some(self.rng.range(1952, 2012)),
            OrgKind::BusinessSupport => Some(self.rng.range(1992, 2016)),
            _ => None,
        };
        // The offer usually belongs to the same line of business as the activity; the need is free.
        let activity = self.rng.below(2);
        let offer = if self.rng.chance(0.8) {
            activity
        } else {
            1 - activity
        };
        let variant = [activity, offer, self.rng.below(2)];
        let english_only = company && self.rng.chance(0.04);
        let with_english = !english_only && self.rng.chance(0.5);
        let render = |lt: &LangText, st: &SectorText| -> String {
            match kind {
                OrgKind::Company => {
                    let size_idx = match size {
                        Some(SizeClass::Micro) => 0,
                        Some(SizeClass::Small) => 1,
                        Some(SizeClass::Medium) => 2,
                        _ => 3,
                    };
                    let opener =
                        lt.opener[size_idx].replace("{year}", &year.unwrap_or(2000).to_string());
                    format!(
                        "{opener} {} {} {}",
                        st.intro[variant[0]], st.offer[variant[1]], st.seek[variant[2]]
                    )
                }
                OrgKind::University => lt.university.replace("{field}", st.field),
                OrgKind::Research => lt.research.replace("{field}", st.field),
                OrgKind::PublicAuthority => lt.public.replace("{field}", st.field),
                _ => lt.support.replace("{field}", st.field),
            }
        };
        let mut texts = Vec::new();
        if !english_only {
            texts.push((cd.lang, render(lt, st)));
        }
        if english_only || with_english {
            texts.push(("en", render(en, st_en)));
        }
        let keywords = if english_only {
            self.keywords(st_en)
        } else {
            self.keywords(st)
        };
        let nace: Vec<&str> = match kind {
            OrgKind::Company => {
                let list = sector.nace(variant[0]);
                let mut v = vec![list[0]];
                if self.rng.chance(0.5) {
                    v.push(list[1 + self.rng.below(list.len() - 1)]);
                }
                v
            }
            OrgKind::University => vec!["85.42", sector.research_nace()],
            OrgKind::Research => vec![sector.research_nace()],
            OrgKind::PublicAuthority => vec![if self.rng.chance(0.5) {
                "84.11"
            } else {
                "84.13"
            }],
            _ => vec![
                "70.22",
                if self.rng.chance(0.5) {
                    "94.11"
                } else {
                    "82.30"
                },
            ],
        };
        let eco = sector.ecosystems(variant[0]);
        let mut ecosystems = vec![eco[0]];
        if self.rng.chance(0.4) {
            ecosystems.push(eco[1]);
        }
        let mut spoken = vec![cd.lang];
        if english_only || with_english || self.rng.chance(0.5) {
            spoken.push("en");
        }
        if self.rng.chance(0.2) {
            spoken.push(*self.rng.pick(cd.extra_langs));
        }
        let website = self
            .rng
            .chance(0.6)
            .then(|| format!("https://{key}.klaster.example"));
        let roll = self.rng.below(100);
        let verification = match kind {
            OrgKind::Company if roll < 8 => V::Verified,
            OrgKind::Company if roll < 11 => V::Pending,
            OrgKind::University | OrgKind::Research if roll < 35 => V::Verified,
            OrgKind::PublicAuthority | OrgKind::BusinessSupport if roll < 25 => V::Verified,
            _ => V::Unverified,
        };
        self.orgs.push(DemoOrg {
            key: key.clone(),
            input: OrganisationInput {
                kind,
                size_class: size,
                name,
                short_name: None,
                country: CountryCode::parse(cd.code).expect("country"),
                nuts: Some(NutsCode::parse(city.nuts).expect("nuts")),
                nace: nace
                    .iter()
                    .map(|c| NaceCode::parse(c).expect("nace"))
                    .collect(),
                ecosystems,
                keywords,
                website: website.map(|w| Website::parse(&w).expect("website")),
                year_founded: year,
                languages: langs(&spoken),
                descriptions: descriptions(texts),
                management_fte: None,
                is_demo: true,
            },
            verification,
            verification_note: None,
        });
        if company {
            self.pool.push(PoolEntry {
                key: key.clone(),
                country: cd.code,
                sector,
            });
        }
        key
    }
}

/// The sector to give a member from `cd`: the wanted one when its language has texts for it, else the
/// first of the plan's sectors it has, else the language's first sector.
fn available(cd: &CountryData, wanted: Sector, p: &Plan) -> Sector {
    let lt = text::lang(cd.lang);
    std::iter::once(wanted)
        .chain(std::iter::once(p.sector))
        .chain(p.side.iter().copied())
        .find(|s| lt.sector(*s).is_some())
        .unwrap_or(lt.sectors[0].sector)
}

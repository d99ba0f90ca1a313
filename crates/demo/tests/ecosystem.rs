//! Properties of the demo ecosystem that the platform and the demo rely on.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::PathBuf;

use klaster_demo::{ecosystem, DemoEcosystem, DEMO_PASSWORD};
use klaster_domain::{
    Email, NaceCode, NewPassword, NutsCode, OrgKind, OrgRole, VerificationStatus,
};

/// `../shared/data` next to the repository, or `KLASTER_SHARED_DATA`.
fn shared_data() -> PathBuf {
    std::env::var_os("KLASTER_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// First column of a CSV file (unquoted), without the header; None when the file is absent.
fn first_column(rel: &str) -> Option<HashSet<String>> {
    let path = shared_data().join(rel);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(_) => {
            eprintln!("skipped, shared data absent: {}", path.display());
            return None;
        }
    };
    Some(
        text.lines()
            .skip(1)
            .filter_map(|l| l.split(',').next())
            .map(|c| c.trim().trim_matches('"').to_string())
            .filter(|c| !c.is_empty())
            .collect(),
    )
}

fn eco() -> DemoEcosystem {
    ecosystem()
}

#[test]
fn is_deterministic() {
    assert_eq!(ecosystem(), ecosystem());
}

#[test]
fn has_a_few_hundred_organisations_in_at_least_ten_countries() {
    let e = eco();
    let n = e.organisations.len();
    assert!((300..=450).contains(&n), "{n} organisations");
    let countries: BTreeSet<&str> = e
        .organisations
        .iter()
        .map(|o| o.input.country.as_str())
        .collect();
    assert!(countries.len() >= 10, "countries: {countries:?}");
    for cc in ["PL", "BG", "CZ", "SK", "ES", "BE", "DE", "AT", "HU", "RO"] {
        assert!(countries.contains(cc), "no organisation in {cc}");
    }
    let kinds: BTreeSet<OrgKind> = e.organisations.iter().map(|o| o.input.kind).collect();
    for k in [
        OrgKind::Cluster,
        OrgKind::Company,
        OrgKind::University,
        OrgKind::Research,
        OrgKind::PublicAuthority,
        OrgKind::BusinessSupport,
    ] {
        assert!(kinds.contains(&k), "no {k}");
    }
}

#[test]
fn names_the_organisations_of_the_reports() {
    let e = eco();
    let expect = [
        (
            "lke",
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL81",
        ),
        (
            "green-synergy",
            "Клъстер Зелена синергия",
            OrgKind::Cluster,
            "BG",
        ),
        ("skl", "Śląski Klaster Lotniczy", OrgKind::Cluster, "PL22"),
        (
            "keb",
            "Klaster Euroregion Beskidy",
            OrgKind::Cluster,
            "PL225",
        ),
        (
            "sktsz",
            "Śląski Klaster Transplantologii Szpiku",
            OrgKind::Cluster,
            "PL22",
        ),
        ("kpd", "Klaster Przyjazny Dziecku", OrgKind::Cluster, "PL"),
        (
            "umwl",
            "Urząd Marszałkowski Województwa Lubelskiego",
            OrgKind::PublicAuthority,
            "PL81",
        ),
        (
            "arr-bb",
            "Agencja Rozwoju Regionalnego S.A. w Bielsku-Białej",
            OrgKind::BusinessSupport,
            "PL225",
        ),
        (
            "rra-usti",
            "Regionální rozvojová agentura Ústeckého kraje, a.s.",
            OrgKind::BusinessSupport,
            "CZ04",
        ),
        (
            "klastry-polskie",
            "Związek Pracodawców Klastry Polskie",
            OrgKind::BusinessSupport,
            "PL",
        ),
        (
            "umwd",
            "Urząd Marszałkowski Województwa Dolnośląskiego – Wydział Gospodarki",
            OrgKind::PublicAuthority,
            "PL51",
        ),
        ("femac", "Clúster FEMAC", OrgKind::Cluster, "ES"),
        (
            "dg-entr",
            "European Commission – Directorate-General for Enterprise and Industry",
            OrgKind::PublicAuthority,
            "BE10",
        ),
    ];
    for (key, name, kind, region) in expect {
        let o = e.org(key).unwrap_or_else(|| panic!("{key} missing"));
        assert_eq!(o.input.name, name);
        assert_eq!(o.input.kind, kind, "{key}");
        let place = o
            .input
            .nuts
            .as_ref()
            .map(|n| n.as_str().to_string())
            .unwrap_or(o.input.country.to_string());
        assert!(
            place.starts_with(region),
            "{key} is in {place}, expected {region}"
        );
        assert!(
            o.input.descriptions.iter().any(|d| d.lang.as_str() == "en"),
            "{key} has no English text"
        );
    }
}

#[test]
fn descriptions_cover_polish_bulgarian_english_and_other_languages() {
    let e = eco();
    let mut by_lang: BTreeMap<String, usize> = BTreeMap::new();
    for o in &e.organisations {
        assert!(
            !o.input.descriptions.is_empty(),
            "{} has no description",
            o.key
        );
        for d in &o.input.descriptions {
            *by_lang.entry(d.lang.to_string()).or_default() += 1;
            let t = &d.text;
            assert!(
                !t.contains('{') && !t.contains('}'),
                "{}: unfilled template: {t}",
                o.key
            );
            assert!(
                (60..=1500).contains(&t.chars().count()),
                "{}: odd length: {t}",
                o.key
            );
            assert!(t.ends_with('.'), "{}: not a sentence: {t}", o.key);
        }
    }
    for l in ["pl", "bg", "en"] {
        assert!(
            by_lang.get(l).copied().unwrap_or(0) >= 10,
            "few {l} descriptions: {by_lang:?}"
        );
    }
    let others = by_lang
        .keys()
        .filter(|l| !["pl", "bg", "en"].contains(&l.as_str()))
        .count();
    assert!(others >= 3, "other languages: {by_lang:?}");
    for l in ["cs", "es", "de"] {
        assert!(by_lang.contains_key(l), "no {l} descriptions: {by_lang:?}");
    }
}

#[test]
fn descriptions_are_national_with_english_for_about_half() {
    let e = eco();
    let national = |cc: &str| match cc {
        "PL" => "pl",
        "BG" => "bg",
        "CZ" => "cs",
        "SK" => "sk",
        "ES" => "es",
        "DE" | "AT" => "de",
        "HU" => "hu",
        "RO" => "ro",
        "IT" => "it",
        "SI" => "sl",
        "BE" => "nl",
        other => panic!("unexpected country {other}"),
    };
    let generated: Vec<_> = e
        .organisations
        .iter()
        .filter(|o| o.key.len() == 6 && o.key.as_bytes()[2] == b'-')
        .collect();
    assert!(
        generated.len() >= 250,
        "{} generated members",
        generated.len()
    );
    let (mut with_national, mut with_en, mut en_only) = (0, 0, 0);
    for o in &generated {
        let langs: Vec<&str> = o
            .input
            .descriptions
            .iter()
            .map(|d| d.lang.as_str())
            .collect();
        let nat = langs.contains(&national(o.input.country.as_str()));
        with_national += nat as usize;
        with_en += langs.contains(&"en") as usize;
        en_only += (!nat && langs == ["en"]) as usize;
        assert!(
            nat || langs == ["en"],
            "{}: descriptions in {langs:?}",
            o.key
        );
        // keywords follow the language of the first description
        assert!(!o.input.keywords.is_empty(), "{} has no keywords", o.key);
    }
    let n = generated.len() as f64;
    assert!(
        with_national as f64 / n > 0.9,
        "{with_national} of {n} in the national language"
    );
    assert!(
        (0.35..0.7).contains(&(with_en as f64 / n)),
        "{with_en} of {n} in English"
    );
    assert!(en_only >= 1, "no English-only profile");
}

#[test]
fn keys_are_unique_and_references_resolve() {
    let e = eco();
    let mut keys = HashSet::new();
    for o in &e.organisations {
        assert!(keys.insert(o.key.as_str()), "duplicate key {}", o.key);
        assert!(
            o.key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "key {}",
            o.key
        );
    }
    let mut pairs = HashSet::new();
    for m in &e.cluster_members {
        let c = e
            .org(&m.cluster)
            .unwrap_or_else(|| panic!("unknown cluster {}", m.cluster));
        assert_eq!(
            c.input.kind,
            OrgKind::Cluster,
            "{} is not a cluster",
            m.cluster
        );
        assert!(
            keys.contains(m.member.as_str()),
            "unknown member {}",
            m.member
        );
        assert_ne!(m.cluster, m.member);
        assert!(
            pairs.insert((m.cluster.as_str(), m.member.as_str())),
            "{} listed twice in {}",
            m.member,
            m.cluster
        );
    }
    for u in &e.users {
        if let Some(k) = &u.organisation {
            assert!(
                keys.contains(k.as_str()),
                "user {} of unknown organisation {k}",
                u.email
            );
        }
    }
    // every non-cluster organisation that was generated belongs to some cluster
    let members: HashSet<&str> = e
        .cluster_members
        .iter()
        .map(|m| m.member.as_str())
        .collect();
    for o in e
        .organisations
        .iter()
        .filter(|o| o.key.len() == 6 && o.input.kind != OrgKind::Cluster)
    {
        assert!(
            members.contains(o.key.as_str()),
            "{} belongs to no cluster",
            o.key
        );
    }
    assert!(
        e.organisations.iter().any(|o| e
            .cluster_members
            .iter()
            .filter(|m| m.member == o.key)
            .count()
            >= 2),
        "no organisation is a member of two clusters"
    );
}

#[test]
fn nace_codes_are_real_classes() {
    let e = eco();
    let table = first_column("nace-rev2/nace2_en.csv");
    for o in &e.organisations {
        assert!(!o.input.nace.is_empty(), "{} has no NACE code", o.key);
        for c in &o.input.nace {
            let parsed =
                NaceCode::parse(c.as_str()).unwrap_or_else(|err| panic!("{}: {err}", o.key));
            assert_eq!(parsed.level(), 4, "{}: {c} is not a class", o.key);
            if let Some(t) = &table {
                assert!(
                    t.contains(c.as_str()),
                    "{}: {c} is not in NACE Rev. 2",
                    o.key
                );
            }
        }
    }
}

#[test]
fn nuts_codes_are_real_and_in_the_right_country() {
    let e = eco();
    let table = first_column("nuts2021/nuts2021_codes_names.csv");
    for o in &e.organisations {
        let Some(n) = &o.input.nuts else { continue };
        let parsed = NutsCode::parse(n.as_str()).unwrap_or_else(|err| panic!("{}: {err}", o.key));
        let expected = match o.input.country.as_str() {
            "GR" => "EL",
            "GB" => "UK",
            cc => cc,
        };
        assert_eq!(
            parsed.country(),
            expected,
            "{}: {n} outside {}",
            o.key,
            o.input.country
        );
        let allowed: &[u8] = if ["PL", "BG"].contains(&expected) {
            &[2, 3]
        } else {
            &[2]
        };
        assert!(
            allowed.contains(&parsed.level()),
            "{}: {n} has level {}",
            o.key,
            parsed.level()
        );
        if let Some(t) = &table {
            assert!(
                t.contains(n.as_str()),
                "{}: {n} is not a NUTS 2021 code",
                o.key
            );
        }
    }
    let without = e
        .organisations
        .iter()
        .filter(|o| o.input.nuts.is_none())
        .count();
    assert!(without <= 2, "{without} organisations without a region");
}

#[test]
fn verification_follows_the_checklist() {
    let e = eco();
    let clusters: Vec<_> = e.clusters().collect();
    assert!(clusters.len() >= 20, "{} clusters", clusters.len());
    let passing: Vec<&str> = clusters
        .iter()
        .filter(|c| e.checklist(&c.key).passes())
        .map(|c| c.key.as_str())
        .collect();
    assert!(passing.len() >= 5, "passing: {passing:?}");
    assert!(
        passing.len() < clusters.len(),
        "every cluster passes; the demo needs some that do not"
    );
    for c in &clusters {
        let fte = c
            .input
            .management_fte
            .unwrap_or_else(|| panic!("{} has no management FTE", c.key));
        assert!(fte > 0.0);
        let check = e.checklist(&c.key);
        match c.verification {
            VerificationStatus::Verified => {
                assert!(check.passes(), "{} verified but {check:?}", c.key)
            }
            VerificationStatus::Rejected => {
                assert!(!check.passes(), "{} rejected but passes", c.key);
                let note = c
                    .verification_note
                    .as_deref()
                    .unwrap_or_else(|| panic!("{} rejected without a note", c.key));
                assert!(
                    note.contains(&check.committed_members.to_string()),
                    "note {note:?} vs {check:?}"
                );
            }
            _ => {}
        }
    }
    for key in ["lke", "green-synergy", "skl", "keb", "kpd", "femac"] {
        assert_eq!(
            e.org(key).unwrap().verification,
            VerificationStatus::Verified,
            "{key}"
        );
    }
    let count = |s| clusters.iter().filter(|c| c.verification == s).count();
    assert_eq!(count(VerificationStatus::Pending), 1);
    assert_eq!(count(VerificationStatus::Rejected), 1);
    // the failing clusters fail for different reasons
    let fails = |f: &dyn Fn(&klaster_demo::ClusterChecklist) -> bool| {
        clusters.iter().any(|c| {
            let k = e.checklist(&c.key);
            !k.passes() && f(&k)
        })
    };
    assert!(fails(&|k| k.committed_members < 15));
    assert!(fails(&|k| k.member_kinds < 2));
    assert!(fails(
        &|k| k.management_fte < 0.5 && k.committed_members >= 15
    ));
    let companies: Vec<_> = e
        .organisations
        .iter()
        .filter(|o| o.input.kind == OrgKind::Company)
        .collect();
    let verified = companies
        .iter()
        .filter(|o| o.verification == VerificationStatus::Verified)
        .count();
    assert!(
        verified > 0 && verified * 4 < companies.len(),
        "{verified} of {} companies verified",
        companies.len()
    );
}

#[test]
fn profiles_are_complete_and_marked_as_demo() {
    let e = eco();
    for o in &e.organisations {
        let i = &o.input;
        assert!(i.is_demo, "{} is not marked as demo", o.key);
        assert_eq!(
            i.size_class.is_some(),
            i.kind == OrgKind::Company,
            "{}: size class vs kind {}",
            o.key,
            i.kind
        );
        assert_eq!(
            i.management_fte.is_some(),
            i.kind == OrgKind::Cluster,
            "{}: management FTE",
            o.key
        );
        assert!(!i.languages.is_empty(), "{} speaks no language", o.key);
        if let Some(w) = &i.website {
            assert!(
                w.as_str().ends_with(".klaster.example"),
                "{}: website {w}",
                o.key
            );
        }
        if let Some(y) = i.year_founded {
            assert!((1900..=2024).contains(&y), "{}: founded {y}", o.key);
        }
        assert!(i.keywords.iter().all(|k| !k.trim().is_empty()));
        let uniq: HashSet<&String> = i.keywords.iter().collect();
        assert_eq!(uniq.len(), i.keywords.len(), "{}: repeated keywords", o.key);
    }
    let sizes: BTreeSet<_> = e
        .organisations
        .iter()
        .filter_map(|o| o.input.size_class)
        .collect();
    assert_eq!(sizes.len(), 4, "size classes: {sizes:?}");
}

#[test]
fn names_are_not_repeated_within_a_country() {
    let e = eco();
    let mut seen = HashSet::new();
    for o in &e.organisations {
        assert!(
            seen.insert((o.input.country.as_str(), o.input.name.as_str())),
            "{} {} appears twice",
            o.input.country,
            o.input.name
        );
    }
}

#[test]
fn users_can_log_in_and_administer_the_named_organisations() {
    let e = eco();
    assert!(NewPassword::parse(DEMO_PASSWORD).is_ok());
    let mut emails = HashSet::new();
    for u in &e.users {
        let parsed = Email::parse(&u.email).unwrap_or_else(|err| panic!("{}: {err}", u.email));
        assert_eq!(parsed.as_str(), u.email, "e-mail not normalised");
        assert!(u.email.ends_with("@klaster.example"));
        assert!(emails.insert(u.email.as_str()), "{} twice", u.email);
        assert!(!u.display_name.trim().is_empty());
    }
    let admins: Vec<_> = e.users.iter().filter(|u| u.platform_admin).collect();
    assert_eq!(admins.len(), 1);
    assert_eq!(admins[0].email, "admin@klaster.example");
    for key in [
        "lke",
        "green-synergy",
        "skl",
        "keb",
        "sktsz",
        "kpd",
        "umwl",
        "arr-bb",
        "rra-usti",
        "klastry-polskie",
        "umwd",
        "femac",
        "dg-entr",
    ] {
        let email = format!("{key}.admin@klaster.example");
        let u = e
            .users
            .iter()
            .find(|u| u.email == email)
            .unwrap_or_else(|| panic!("no {email}"));
        assert_eq!(u.role, OrgRole::Admin);
        assert_eq!(u.organisation.as_deref(), Some(key));
    }
    assert!(
        e.users
            .iter()
            .filter(|u| u.role == OrgRole::Member && u.organisation.is_some())
            .count()
            >= 3
    );
}

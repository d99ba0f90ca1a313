//! The index through the `DirectoryIndex` contract, on a small known directory.

use std::sync::Arc;

use klaster_domain::model::{Id, LocalizedText};
use klaster_domain::search::{DirectoryIndex, DirectoryQuery, FacetCount, OrgDoc};
use klaster_domain::types::{LanguageTag, NaceCode, NutsCode, OrgKind};
use klaster_search::TantivyIndex;

struct Org<'a> {
    id: Id,
    name: &'a str,
    short: Option<&'a str>,
    kind: OrgKind,
    country: &'a str,
    nuts: Option<&'a str>,
    nace: &'a [&'a str],
    keywords: &'a [&'a str],
    descriptions: &'a [(&'a str, &'a str)],
    verified: bool,
}

fn doc(o: Org) -> OrgDoc {
    OrgDoc {
        id: o.id,
        name: o.name.into(),
        short_name: o.short.map(String::from),
        kind: o.kind,
        country: o.country.into(),
        nuts: o.nuts.map(|n| NutsCode::parse(n).unwrap()),
        nace: o.nace.iter().map(|n| NaceCode::parse(n).unwrap()).collect(),
        ecosystems: vec![],
        keywords: o.keywords.iter().map(|k| k.to_string()).collect(),
        descriptions: o
            .descriptions
            .iter()
            .map(|(l, t)| LocalizedText {
                lang: LanguageTag::parse(l).unwrap(),
                text: t.to_string(),
            })
            .collect(),
        verified: o.verified,
    }
}

fn directory() -> Vec<OrgDoc> {
    vec![
        doc(Org {
            id: 1,
            name: "Lubelski Klaster Ekoenergetyczny",
            short: Some("LKE"),
            kind: OrgKind::Cluster,
            country: "PL",
            nuts: Some("PL814"),
            nace: &["35.11", "71.12"],
            keywords: &["biomasa", "fotowoltaika"],
            descriptions: &[
                (
                    "pl",
                    "Klaster energetyczny skupiający firmy z sektora energetyki odnawialnej.",
                ),
                ("en", "Renewable energy cluster of the Lublin region."),
            ],
            verified: true,
        }),
        doc(Org {
            id: 2,
            name: "Клъстер Зелена синергия",
            short: None,
            kind: OrgKind::Cluster,
            country: "BG",
            nuts: Some("BG311"),
            nace: &["35.11"],
            keywords: &[],
            descriptions: &[(
                "bg",
                "Клъстерът обединява компании за зелена енергия и кръгова икономика.",
            )],
            verified: true,
        }),
        doc(Org {
            id: 3,
            name: "Śląski Klaster Lotniczy",
            short: None,
            kind: OrgKind::Cluster,
            country: "PL",
            nuts: Some("PL22A"),
            nace: &["30.30"],
            keywords: &[],
            descriptions: &[("pl", "Zrzesza producentów części do samolotów i szybowców.")],
            verified: false,
        }),
        doc(Org {
            id: 4,
            name: "Bielsko-Biała Regional Development Agency",
            short: None,
            kind: OrgKind::BusinessSupport,
            country: "PL",
            nuts: Some("PL225"),
            nace: &["84.13"],
            keywords: &[],
            descriptions: &[(
                "en",
                "Supports small businesses and start-ups in the Beskidy mountains.",
            )],
            verified: false,
        }),
        doc(Org {
            id: 5,
            name: "Ústí Region Development Agency",
            short: None,
            kind: OrgKind::BusinessSupport,
            country: "CZ",
            nuts: Some("CZ042"),
            nace: &["84.13"],
            keywords: &[],
            descriptions: &[
                ("cs", "Regionální rozvojová agentura podporuje podniky."),
                ("en", "Regional agency supporting companies and clusters."),
            ],
            verified: true,
        }),
        doc(Org {
            id: 6,
            name: "SofiaTech Batteries OOD",
            short: None,
            kind: OrgKind::Company,
            country: "BG",
            nuts: Some("BG411"),
            nace: &["27.20", "26.11"],
            keywords: &["energy storage"],
            descriptions: &[("en", "Manufacturer of battery packs for electric buses.")],
            verified: false,
        }),
        doc(Org {
            id: 7,
            name: "aeroParts sp. z o.o.",
            short: None,
            kind: OrgKind::Company,
            country: "PL",
            nuts: Some("PL213"),
            nace: &["30.30"],
            keywords: &[],
            descriptions: &[(
                "pl",
                "Producent części lotniczych dla klastrów przemysłowych.",
            )],
            verified: false,
        }),
        doc(Org {
            id: 8,
            name: "Cluster Alliance Europe",
            short: None,
            kind: OrgKind::Other,
            country: "BE",
            nuts: None,
            nace: &[],
            keywords: &[],
            descriptions: &[("en", "A network of European clusters.")],
            verified: true,
        }),
    ]
}

fn index() -> TantivyIndex {
    let index = TantivyIndex::in_memory().unwrap();
    index.rebuild(directory()).unwrap();
    index
}

fn all() -> DirectoryQuery {
    DirectoryQuery {
        limit: 100,
        ..Default::default()
    }
}

fn text(t: &str) -> DirectoryQuery {
    DirectoryQuery {
        text: Some(t.into()),
        ..all()
    }
}

fn ids(index: &TantivyIndex, q: &DirectoryQuery) -> Vec<Id> {
    index.search(q).unwrap().ids
}

fn sorted_ids(index: &TantivyIndex, q: &DirectoryQuery) -> Vec<Id> {
    let mut v = ids(index, q);
    v.sort();
    v
}

fn counts(f: &[FacetCount]) -> Vec<(&str, usize)> {
    f.iter().map(|c| (c.value.as_str(), c.count)).collect()
}

#[test]
fn polish_inflected_query_finds_base_forms() {
    let idx = index();
    assert_eq!(ids(&idx, &text("klastrów energetycznych")), vec![1]);
    assert_eq!(ids(&idx, &text("energetyka odnawialna")), vec![1]);
    // "samolot" meets "samolotów"; "części" typed without diacritics still meets it.
    assert_eq!(ids(&idx, &text("samolot")), vec![3]);
    assert_eq!(sorted_ids(&idx, &text("czesci")), vec![3, 7]);
    // Typed without Polish letters, the genitive plural still meets klaster/klastrów.
    assert_eq!(sorted_ids(&idx, &text("klastrow")), vec![1, 3, 7]);
    assert_eq!(ids(&idx, &text("klastrow przemyslowych")), vec![7]);
}

#[test]
fn bulgarian_inflected_query_finds_base_forms() {
    let idx = index();
    assert_eq!(ids(&idx, &text("клъстери")), vec![2]);
    assert_eq!(ids(&idx, &text("зелената енергия")), vec![2]);
    assert_eq!(ids(&idx, &text("КОМПАНИЯ")), vec![2]);
    assert_eq!(ids(&idx, &text("клъстерите за икономиката")), vec![2]);
}

#[test]
fn english_plural_and_singular_meet() {
    let idx = index();
    assert_eq!(ids(&idx, &text("batteries")), vec![6]);
    assert_eq!(ids(&idx, &text("battery")), vec![6]);
    assert_eq!(sorted_ids(&idx, &text("clusters")), vec![1, 5, 8]);
    assert_eq!(sorted_ids(&idx, &text("agencies")), vec![4, 5]);
}

#[test]
fn names_match_without_diacritics_and_case() {
    let idx = index();
    assert_eq!(ids(&idx, &text("slaski")), vec![3]);
    assert_eq!(ids(&idx, &text("ŚLĄSKI")), vec![3]);
    assert_eq!(ids(&idx, &text("usti")), vec![5]);
    assert_eq!(ids(&idx, &text("bielsko biala")), vec![4]);
    assert_eq!(ids(&idx, &text("lke")), vec![1]);
    assert_eq!(ids(&idx, &text("fotowoltaika")), vec![1]);
}

#[test]
fn names_weigh_more_than_descriptions() {
    let idx = index();
    // Klaster is in the names of 1 and 3 and only in the description of 7.
    let hits = ids(&idx, &text("klaster"));
    assert_eq!(hits.len(), 3, "{hits:?}");
    assert_eq!(hits[2], 7, "{hits:?}");
}

#[test]
fn every_word_must_match() {
    let idx = index();
    assert_eq!(ids(&idx, &text("lotniczy śląski")), vec![3]);
    assert_eq!(ids(&idx, &text("energy batteries")), vec![6]);
    assert_eq!(ids(&idx, &text("energy lotniczy")), Vec::<Id>::new());
    assert_eq!(idx.search(&text("energy lotniczy")).unwrap().total, 0);
}

#[test]
fn each_filter_on_its_own() {
    let idx = index();
    let q = |f: &dyn Fn(&mut DirectoryQuery)| {
        let mut q = all();
        f(&mut q);
        sorted_ids(&idx, &q)
    };
    assert_eq!(q(&|q| q.country = Some("PL".into())), vec![1, 3, 4, 7]);
    assert_eq!(q(&|q| q.country = Some("pl ".into())), vec![1, 3, 4, 7]);
    assert_eq!(q(&|q| q.country = Some("DE".into())), Vec::<Id>::new());
    assert_eq!(q(&|q| q.kind = Some(OrgKind::Company)), vec![6, 7]);
    assert_eq!(q(&|q| q.verified = Some(true)), vec![1, 2, 5, 8]);
    assert_eq!(q(&|q| q.verified = Some(false)), vec![3, 4, 6, 7]);
}

#[test]
fn region_filter_matches_every_level_inside_it() {
    let idx = index();
    let region = |r: &str| {
        sorted_ids(
            &idx,
            &DirectoryQuery {
                region: Some(r.into()),
                ..all()
            },
        )
    };
    assert_eq!(region("PL"), vec![1, 3, 4, 7]);
    assert_eq!(region("PL2"), vec![3, 4, 7]);
    assert_eq!(region("PL22"), vec![3, 4]);
    assert_eq!(region("pl22a"), vec![3]);
    assert_eq!(region("PL814"), vec![1]);
    assert_eq!(region("BG"), vec![2, 6]);
    assert_eq!(region("PL9"), Vec::<Id>::new());
}

#[test]
fn nace_filter_matches_the_code_and_everything_below() {
    let idx = index();
    let nace = |n: &str| {
        sorted_ids(
            &idx,
            &DirectoryQuery {
                nace: Some(n.into()),
                ..all()
            },
        )
    };
    assert_eq!(nace("C"), vec![3, 6, 7]);
    assert_eq!(nace("c"), vec![3, 6, 7]);
    assert_eq!(nace("30"), vec![3, 7]);
    assert_eq!(nace("30.3"), vec![3, 7]);
    assert_eq!(nace("30.30"), vec![3, 7]);
    assert_eq!(nace("26.11"), vec![6]);
    assert_eq!(nace("D"), vec![1, 2]);
    assert_eq!(nace("35.1"), vec![1, 2]);
    assert_eq!(nace("M"), vec![1]);
    assert_eq!(nace("not a code"), Vec::<Id>::new());
}

#[test]
fn filters_combine_with_each_other_and_with_text() {
    let idx = index();
    let q = DirectoryQuery {
        country: Some("PL".into()),
        verified: Some(false),
        ..all()
    };
    assert_eq!(sorted_ids(&idx, &q), vec![3, 4, 7]);
    let q = DirectoryQuery {
        region: Some("PL22".into()),
        nace: Some("C".into()),
        ..all()
    };
    assert_eq!(sorted_ids(&idx, &q), vec![3]);
    let q = DirectoryQuery {
        kind: Some(OrgKind::Cluster),
        country: Some("PL".into()),
        ..text("klaster")
    };
    assert_eq!(sorted_ids(&idx, &q), vec![1, 3]);
    let q = DirectoryQuery {
        verified: Some(true),
        ..text("clusters")
    };
    assert_eq!(sorted_ids(&idx, &q), vec![1, 5, 8]);
    let q = DirectoryQuery {
        country: Some("CZ".into()),
        ..text("clusters")
    };
    assert_eq!(sorted_ids(&idx, &q), vec![5]);
}

#[test]
fn facets_count_the_whole_result_set() {
    let idx = index();
    let hits = idx.search(&DirectoryQuery { limit: 1, ..all() }).unwrap();
    assert_eq!(hits.ids.len(), 1);
    assert_eq!(hits.total, 8);
    let f = hits.facets;
    assert_eq!(
        counts(&f.country),
        vec![("PL", 4), ("BG", 2), ("BE", 1), ("CZ", 1)]
    );
    // NUTS 2 without a region filter; the organisation without a region is not counted.
    assert_eq!(
        counts(&f.region),
        vec![
            ("PL22", 2),
            ("BG31", 1),
            ("BG41", 1),
            ("CZ04", 1),
            ("PL21", 1),
            ("PL81", 1)
        ]
    );
    assert_eq!(
        counts(&f.nace_section),
        vec![("C", 3), ("D", 2), ("O", 2), ("M", 1)]
    );
    assert_eq!(
        counts(&f.nace_division),
        vec![
            ("30", 2),
            ("35", 2),
            ("84", 2),
            ("26", 1),
            ("27", 1),
            ("71", 1)
        ]
    );
    assert_eq!(
        counts(&f.kind),
        vec![
            ("cluster", 3),
            ("business_support", 2),
            ("company", 2),
            ("other", 1)
        ]
    );
    assert_eq!(counts(&f.verified), vec![("false", 4), ("true", 4)]);
}

#[test]
fn facets_follow_the_filters() {
    let idx = index();
    let f = idx
        .search(&DirectoryQuery {
            region: Some("PL2".into()),
            ..all()
        })
        .unwrap()
        .facets;
    assert_eq!(counts(&f.region), vec![("PL22", 2), ("PL21", 1)]);
    assert_eq!(counts(&f.country), vec![("PL", 3)]);
    let f = idx
        .search(&DirectoryQuery {
            region: Some("PL22".into()),
            ..all()
        })
        .unwrap()
        .facets;
    assert_eq!(counts(&f.region), vec![("PL225", 1), ("PL22A", 1)]);
    let f = idx
        .search(&DirectoryQuery {
            region: Some("PL22A".into()),
            ..all()
        })
        .unwrap()
        .facets;
    assert_eq!(counts(&f.region), vec![]);
    // Divisions stay within the NACE filter's section: 71 (section M) of organisation 1 is left out.
    let f = idx
        .search(&DirectoryQuery {
            nace: Some("35".into()),
            ..all()
        })
        .unwrap()
        .facets;
    assert_eq!(counts(&f.nace_division), vec![("35", 2)]);
    assert_eq!(counts(&f.nace_section), vec![("D", 2), ("M", 1)]);
    let f = idx
        .search(&DirectoryQuery {
            nace: Some("C".into()),
            ..all()
        })
        .unwrap()
        .facets;
    assert_eq!(
        counts(&f.nace_division),
        vec![("30", 2), ("26", 1), ("27", 1)]
    );
    let f = idx.search(&text("clusters")).unwrap().facets;
    assert_eq!(counts(&f.verified), vec![("true", 3)]);
    assert_eq!(
        counts(&f.kind),
        vec![("business_support", 1), ("cluster", 1), ("other", 1)]
    );
}

#[test]
fn without_text_results_sort_by_name_ignoring_case_and_diacritics() {
    let idx = index();
    // aeroParts, Bielsko, Cluster, Lubelski, Śląski (as "slaski"), SofiaTech, Ústí, then Cyrillic.
    assert_eq!(ids(&idx, &all()), vec![7, 4, 8, 1, 3, 6, 5, 2]);
    let blank = DirectoryQuery {
        text: Some("  ".into()),
        ..all()
    };
    assert_eq!(ids(&idx, &blank), vec![7, 4, 8, 1, 3, 6, 5, 2]);
}

#[test]
fn equal_names_sort_by_id() {
    let idx = TantivyIndex::in_memory().unwrap();
    let mut docs = directory();
    for d in &mut docs {
        d.name = "Same Name".into();
    }
    docs.reverse();
    idx.rebuild(docs).unwrap();
    assert_eq!(ids(&idx, &all()), vec![1, 2, 3, 4, 5, 6, 7, 8]);
}

#[test]
fn pagination_pages_through_all_matches() {
    let idx = index();
    let page = |offset, limit| {
        idx.search(&DirectoryQuery {
            offset,
            limit,
            ..all()
        })
        .unwrap()
    };
    let first = page(0, 3);
    assert_eq!((first.ids.clone(), first.total), (vec![7, 4, 8], 8));
    assert_eq!(page(3, 3).ids, vec![1, 3, 6]);
    let last = page(6, 3);
    assert_eq!((last.ids.clone(), last.total), (vec![5, 2], 8));
    assert_eq!(page(8, 3).ids, Vec::<Id>::new());
    assert_eq!(page(100, 3).total, 8);
    // Pages of a text search keep the relevance order.
    let q = |offset| {
        idx.search(&DirectoryQuery {
            offset,
            limit: 1,
            ..text("klaster")
        })
        .unwrap()
    };
    let whole = ids(&idx, &text("klaster"));
    let paged: Vec<Id> = (0..3).flat_map(|o| q(o).ids).collect();
    assert_eq!(paged, whole);
    assert_eq!(q(0).total, 3);
}

#[test]
fn upsert_and_remove_are_visible_at_once() {
    let idx = index();
    let mut new = directory()[0].clone();
    new.id = 42;
    new.name = "Podkarpacki Klaster Wodorowy".into();
    new.short_name = None;
    new.keywords = vec!["wodór".into()];
    idx.upsert(new.clone()).unwrap();
    assert_eq!(ids(&idx, &text("wodorowy")), vec![42]);
    assert_eq!(ids(&idx, &text("wodor")), vec![42]);
    assert_eq!(idx.search(&all()).unwrap().total, 9);

    // Replacing keeps one document per id and forgets the old words.
    new.name = "Podkarpackie Hydrogen Valley".into();
    new.country = "SK".into();
    idx.upsert(new.clone()).unwrap();
    assert_eq!(ids(&idx, &text("wodorowy")), Vec::<Id>::new());
    assert_eq!(ids(&idx, &text("hydrogen valley")), vec![42]);
    let hits = idx.search(&all()).unwrap();
    assert_eq!(hits.total, 9);
    assert!(counts(&hits.facets.country).contains(&("SK", 1)));

    idx.remove(42).unwrap();
    assert_eq!(ids(&idx, &text("hydrogen")), Vec::<Id>::new());
    assert_eq!(idx.search(&all()).unwrap().total, 8);
    idx.remove(12345).unwrap();
    assert_eq!(idx.search(&all()).unwrap().total, 8);
}

#[test]
fn rebuild_replaces_everything() {
    let idx = index();
    idx.rebuild(
        directory()
            .into_iter()
            .filter(|d| d.country == "BG")
            .collect(),
    )
    .unwrap();
    assert_eq!(sorted_ids(&idx, &all()), vec![2, 6]);
    assert_eq!(ids(&idx, &text("klaster")), Vec::<Id>::new());
    idx.rebuild(vec![]).unwrap();
    let hits = idx.search(&all()).unwrap();
    assert_eq!((hits.total, hits.facets.country.len()), (0, 0));
}

#[test]
fn hostile_input_never_errors() {
    let idx = index();
    let long = "klaster ".repeat(5000);
    let long_word = "x".repeat(10_000);
    let inputs = [
        "",
        "\"",
        "\"klaster",
        "name:klaster",
        "klaster:",
        "(klaster",
        "[a TO z]",
        "{}",
        "AND OR NOT",
        "klaster AND",
        "NOT klaster",
        "-klaster +energy",
        "kla*",
        "~2 ^3 \\ / ! ? &&",
        "'; DROP TABLE organisations; --",
        "\u{0000}\u{FEFF}\u{200B}",
        "🦀🚀",
        long.as_str(),
        long_word.as_str(),
    ];
    for input in inputs {
        let q = DirectoryQuery {
            text: Some(input.into()),
            limit: 10,
            ..Default::default()
        };
        assert!(idx.search(&q).is_ok(), "{input:.40}");
    }
    // Query syntax is not interpreted: a colon or quote is just a separator between words.
    assert_eq!(ids(&idx, &text("name:klaster lotniczy")), Vec::<Id>::new());
    assert_eq!(ids(&idx, &text("\"lotniczy\" (śląski)")), vec![3]);
    assert_eq!(ids(&idx, &text(&long)), ids(&idx, &text("klaster")));
    assert_eq!(ids(&idx, &text(&long_word)), Vec::<Id>::new());
}

#[test]
fn shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<TantivyIndex>();
    let idx = Arc::new(index());
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let idx = Arc::clone(&idx);
            std::thread::spawn(move || {
                for _ in 0..20 {
                    assert_eq!(idx.search(&text("slaski")).unwrap().ids, vec![3]);
                }
                let mut d = directory()[1].clone();
                d.id = 100 + i;
                idx.upsert(d).unwrap();
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(idx.search(&all()).unwrap().total, 12);
}

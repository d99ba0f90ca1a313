//! Indexes 10,000 synthetic organisations and times rebuild, queries and writes.
//! `cargo run -p klaster-search --example bench [-- N]`; figures go to stdout.

use std::time::{Duration, Instant};

use klaster_domain::model::LocalizedText;
use klaster_domain::search::{DirectoryIndex, DirectoryQuery, OrgDoc};
use klaster_domain::types::{LanguageTag, NaceCode, NutsCode, OrgKind};
use klaster_search::TantivyIndex;

/// A small deterministic generator (xorshift), so every run indexes the same directory.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
    fn words(&mut self, pool: &[&str], n: usize) -> String {
        (0..n)
            .map(|_| *self.pick(pool))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

const PL: &[&str] = &[
    "klaster",
    "klastra",
    "klastrów",
    "energetyczny",
    "energetyki",
    "odnawialnej",
    "firmy",
    "przedsiębiorstw",
    "innowacyjnych",
    "technologii",
    "lotniczy",
    "części",
    "samolotów",
    "regionu",
    "współpraca",
    "badania",
    "medycznych",
    "cyfrowych",
    "usług",
    "produkcji",
    "rozwoju",
    "wodór",
    "biomasa",
    "transport",
];
const EN: &[&str] = &[
    "cluster",
    "clusters",
    "energy",
    "renewable",
    "companies",
    "innovation",
    "technologies",
    "aerospace",
    "parts",
    "aircraft",
    "region",
    "cooperation",
    "research",
    "medical",
    "digital",
    "services",
    "manufacturing",
    "batteries",
    "hydrogen",
    "biomass",
    "transport",
    "startups",
    "software",
    "agriculture",
];
const BG: &[&str] = &[
    "клъстер",
    "клъстери",
    "клъстерът",
    "енергия",
    "зелена",
    "компании",
    "иновации",
    "технологии",
    "регион",
    "сътрудничество",
    "изследвания",
    "медицински",
    "цифрови",
    "услуги",
    "производство",
    "развитие",
    "водород",
    "транспорт",
    "общината",
    "земеделие",
];
const NAME_WORDS: &[&str] = &[
    "Śląski",
    "Lubelski",
    "Podkarpacki",
    "Mazowiecki",
    "Green",
    "Synergy",
    "Tech",
    "Energy",
    "Klaster",
    "Cluster",
    "Зелена",
    "Синергия",
    "Innovations",
    "Agency",
    "Ústí",
    "Morava",
    "Baltic",
    "Dolina",
    "Lotnicza",
    "Med",
];
const NUTS: &[&str] = &[
    "PL814", "PL225", "PL22A", "PL213", "PL911", "PL633", "BG311", "BG411", "BG341", "CZ042",
    "CZ080", "SK010", "RO321", "DE300", "LT011", "HU110",
];
const NACE: &[&str] = &[
    "35.11", "71.12", "30.30", "26.11", "27.20", "62.01", "72.19", "84.13", "01.11", "86.10",
    "49.41",
];

fn synthetic(n: usize) -> Vec<OrgDoc> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n as i64)
        .map(|id| {
            let nuts = NutsCode::parse(rng.pick::<&str>(NUTS)).unwrap();
            let country = nuts.country().to_string();
            let (lang, pool) = *rng.pick(&[("pl", PL), ("en", EN), ("bg", BG), ("cs", EN)]);
            let mut descriptions = vec![LocalizedText {
                lang: LanguageTag::parse(lang).unwrap(),
                text: rng.words(pool, 25),
            }];
            if rng.next().is_multiple_of(2) {
                descriptions.push(LocalizedText {
                    lang: LanguageTag::parse("en").unwrap(),
                    text: rng.words(EN, 20),
                });
            }
            OrgDoc {
                id,
                name: format!("{} {}", rng.words(NAME_WORDS, 3), id),
                short_name: None,
                kind: *rng.pick(OrgKind::ALL),
                country,
                nuts: Some(nuts),
                nace: (0..1 + rng.next() % 3)
                    .map(|_| NaceCode::parse(rng.pick::<&str>(NACE)).unwrap())
                    .collect(),
                ecosystems: vec![],
                keywords: vec![rng.words(EN, 1), rng.words(PL, 1)],
                descriptions,
                verified: rng.next().is_multiple_of(3),
            }
        })
        .collect()
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let docs = synthetic(n);
    let index = TantivyIndex::in_memory().unwrap();
    let ((), rebuild) = time(|| index.rebuild(docs.clone()).unwrap());
    println!("rebuild of {n} docs: {:.0} ms", rebuild.as_secs_f64() * 1e3);

    let q = |text: Option<&str>| DirectoryQuery {
        text: text.map(String::from),
        limit: 20,
        ..Default::default()
    };
    let queries: Vec<(&str, DirectoryQuery)> = vec![
        ("no text, no filter (sort by name)", q(None)),
        (
            "text 'klastrów energetycznych'",
            q(Some("klastrów energetycznych")),
        ),
        ("text 'clusters'", q(Some("clusters"))),
        ("text 'клъстери'", q(Some("клъстери"))),
        ("text 'slaski'", q(Some("slaski"))),
        (
            "region PL2 + nace C",
            DirectoryQuery {
                region: Some("PL2".into()),
                nace: Some("C".into()),
                ..q(None)
            },
        ),
        (
            "text 'energy' + country PL + verified",
            DirectoryQuery {
                country: Some("PL".into()),
                verified: Some(true),
                ..q(Some("energy"))
            },
        ),
    ];
    const RUNS: u32 = 50;
    for (label, query) in &queries {
        let hits = index.search(query).unwrap();
        let ((), took) = time(|| {
            for _ in 0..RUNS {
                index.search(query).unwrap();
            }
        });
        println!(
            "{label}: {} matches, {:.2} ms per query (with facets)",
            hits.total,
            took.as_secs_f64() * 1e3 / RUNS as f64
        );
    }

    let mut doc = docs[0].clone();
    let ((), upserts) = time(|| {
        for i in 0..20 {
            doc.name = format!("Renamed organisation {i}");
            index.upsert(doc.clone()).unwrap();
        }
    });
    println!(
        "upsert (commit + reload): {:.1} ms each",
        upserts.as_secs_f64() * 1e3 / 20.0
    );
    assert_eq!(
        index.search(&q(Some("renamed"))).unwrap().ids,
        vec![docs[0].id]
    );
}

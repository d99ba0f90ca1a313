//! The match-nace benchmark: file discovery, the report's JSON shape, and (when the shared data
//! are present) the real Eurostat files.

mod common;

use klaster_matching::{bench_match_nace, parse_pairs, MatchNaceReport, PairReport};
use std::path::{Path, PathBuf};

fn write_clean(dir: &Path, lang: &str, rows: &[(&str, &str, &str, &str)]) {
    let mut s =
        String::from("\"nace2\",\"NAME\",\"Parent\",\"Include\",\"Include_Also\",\"Exclude\"\n");
    for (code, name, parent, include) in rows {
        s.push_str(&format!(
            "\"{code}\",\"{name}\",\"{parent}\",\"{include}\",\"NA\",\"NA\"\n"
        ));
    }
    std::fs::write(dir.join(format!("nace2_{lang}.csv")), s).unwrap();
}

fn tiny_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klaster-matching-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    write_clean(
        &dir,
        "en",
        &[
            ("A", "Agriculture", "NA", "NA"),
            ("01", "Crop and animal production", "A", "NA"),
            ("01.1", "Growing of non-perennial crops", "01", "NA"),
            (
                "01.11",
                "Growing of cereals",
                "01.1",
                "wheat, maize, rice and other cereals",
            ),
            (
                "01.13",
                "Growing of vegetables",
                "01.1",
                "potatoes, tomatoes, melons and mushrooms",
            ),
            ("01.19", "Growing of other crops", "01.1", "NA"),
        ],
    );
    write_clean(
        &dir,
        "pl",
        &[
            ("A", "Rolnictwo", "NA", "NA"),
            ("01", "Uprawy rolne i chów zwierząt", "A", "NA"),
            ("01.1", "Uprawy rolne inne niż wieloletnie", "01", "NA"),
            (
                "01.11",
                "Uprawa zbóż",
                "01.1",
                "pszenica, kukurydza (maize), ryż i inne zboża",
            ),
            (
                "01.13",
                "Uprawa warzyw",
                "01.1",
                "ziemniaki, pomidory (tomatoes), melony i grzyby",
            ),
            ("01.19", "Pozostałe uprawy", "01.1", "kwiaty"),
        ],
    );
    dir
}

#[test]
fn report_has_the_json_shape_scripts_rely_on() {
    let dir = tiny_dir("shape");
    let pairs = parse_pairs("en:pl,pl:en").unwrap();
    let mut log = Vec::new();
    let r = bench_match_nace(&dir, &pairs, &common::TrigramEmbedder, &mut |m| {
        log.push(m.to_string())
    })
    .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(!log.is_empty(), "progress is reported");
    assert_eq!(r.pairs.len(), 2);
    assert_eq!(
        r.pairs[0].queries, 2,
        "classes with an empty note are skipped"
    );
    assert_eq!(r.pairs[1].queries, 3);
    for p in &r.pairs {
        assert!((0.0..=1.0).contains(&p.mrr) && p.recall_at_1 <= p.recall_at_10);
    }
    let v: serde_json::Value = serde_json::to_value(&r).unwrap();
    let obj = v.as_object().unwrap();
    let mut keys: Vec<&String> = obj.keys().collect();
    keys.sort();
    assert_eq!(keys, ["pairs", "seconds"]);
    let p = v["pairs"][0].as_object().unwrap();
    let mut pk: Vec<&String> = p.keys().collect();
    pk.sort();
    assert_eq!(
        pk,
        [
            "from",
            "mrr",
            "queries",
            "recall_at_1",
            "recall_at_10",
            "to"
        ]
    );
    assert_eq!(v["pairs"][0]["from"], "en");
    assert_eq!(v["pairs"][0]["to"], "pl");
    assert!(v["pairs"][0]["queries"].is_u64() && v["seconds"].is_f64());
    let table = r.to_string();
    assert!(table.contains("en:pl") && table.contains("MRR"), "{table}");
}

#[test]
fn exact_serialisation() {
    let r = MatchNaceReport {
        pairs: vec![PairReport {
            from: "pl".into(),
            to: "bg".into(),
            queries: 3,
            recall_at_1: 0.5,
            recall_at_10: 1.0,
            mrr: 0.75,
        }],
        seconds: 2.5,
    };
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        r#"{"pairs":[{"from":"pl","to":"bg","queries":3,"recall_at_1":0.5,"recall_at_10":1.0,"mrr":0.75}],"seconds":2.5}"#
    );
}

#[test]
fn bad_pairs_and_missing_languages_are_refused() {
    assert!(parse_pairs("en-pl").is_err());
    assert_eq!(parse_pairs("en:pl, bg:en").unwrap().len(), 2);
    let dir = tiny_dir("refused");
    let err = bench_match_nace(
        &dir,
        &parse_pairs("en:bg").unwrap(),
        &common::TrigramEmbedder,
        &mut |_| {},
    );
    std::fs::remove_dir_all(&dir).ok();
    assert!(err.unwrap_err().to_string().contains("nace2_bg.csv"));
}

#[test]
fn shared_eurostat_files_give_615_classes_per_language() {
    let dir = Path::new("/work/shared/data/nace-rev2");
    if !dir.is_dir() {
        eprintln!(
            "SKIPPED: {} is absent (the shared NACE data)",
            dir.display()
        );
        return;
    }
    let files = klaster_matching::nace::nace_files(dir).unwrap();
    for l in ["en", "pl", "bg"] {
        let c = klaster_matching::nace::load_nace_classes(&files[l], l).unwrap();
        assert_eq!(c.len(), 615, "{l}");
    }
    assert!(
        files["en"].ends_with("nace2_en.csv"),
        "the clean layout is preferred"
    );
    assert!(files["pl"].ends_with("ramon_NACE_REV2_pl.csv"));
}

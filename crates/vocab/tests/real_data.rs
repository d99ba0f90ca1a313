//! The parsers on the official Eurostat files in ../shared/data (beside the repository), when present.
//! `KLASTER_SHARED_DATA` may point elsewhere.

use klaster_domain::{NaceEntry, NutsRegion};
use klaster_vocab::{builtin_nace, builtin_nuts, load_cached_nace, parse_nace_csv, parse_nuts_csv};
use std::collections::HashMap;
use std::fs::File;
use std::path::PathBuf;

fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("KLASTER_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    if dir.join("nuts2021").is_dir() && dir.join("nace-rev2").is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} absent", dir.display());
        None
    }
}

#[test]
fn official_nuts_2021_table() {
    let Some(dir) = data_dir() else { return };
    let regions =
        parse_nuts_csv(File::open(dir.join("nuts2021/nuts2021_codes_names.csv")).unwrap()).unwrap();
    assert_eq!(regions.len(), 2121);
    let mut by_level = [0usize; 4];
    for r in &regions {
        by_level[r.level as usize] += 1;
    }
    assert_eq!(by_level, [37, 162, 371, 1551]);
    let name = |code: &str| {
        regions
            .iter()
            .find(|r| r.code == code)
            .map(|r| r.name.as_str())
    };
    assert_eq!(name("PL81"), Some("Lubelskie"));
    assert_eq!(name("BG311"), Some("Видин"));
    assert_eq!(name("CZ04"), Some("Severozápad"));
    let el30 = regions.iter().find(|r| r.code == "EL30").unwrap();
    assert_eq!(
        el30.country, "GR",
        "EL is stored with the ISO code of Greece"
    );
    assert!(regions
        .iter()
        .any(|r| r.code == "UKC1" && r.country == "GB"));
}

fn check_full_nace(entries: &[NaceEntry], lang: &str) {
    assert_eq!(entries.len(), 996, "{lang}");
    let mut by_level = [0usize; 5];
    for e in entries {
        by_level[e.level as usize] += 1;
        assert_eq!(e.lang, lang);
    }
    assert_eq!(&by_level[1..], &[21, 88, 272, 615], "{lang}");
}

fn labels(entries: &[NaceEntry]) -> HashMap<&str, &NaceEntry> {
    entries.iter().map(|e| (e.code.as_str(), e)).collect()
}

#[test]
fn official_nace_tables_in_both_layouts() {
    let Some(dir) = data_dir() else { return };
    let nace = |file: &str, lang: &str| {
        parse_nace_csv(File::open(dir.join("nace-rev2").join(file)).unwrap(), lang)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
    };
    let clean_en = nace("nace2_en.csv", "en");
    let clean_bg = nace("nace2_bg.csv", "bg");
    let ramon_en = nace("ramon_NACE_REV2_en.csv", "en");
    let ramon_pl = nace("ramon_NACE_REV2_pl.csv", "pl");
    let ramon_bg = nace("ramon_NACE_REV2_bg.csv", "bg");
    for (e, lang) in [
        (&clean_en, "en"),
        (&clean_bg, "bg"),
        (&ramon_en, "en"),
        (&ramon_pl, "pl"),
        (&ramon_bg, "bg"),
    ] {
        check_full_nace(e, lang);
    }

    let pl = labels(&ramon_pl);
    assert_eq!(pl["C"].label, "PRZETWÓRSTWO PRZEMYSŁOWE");
    assert_eq!(pl["26.11"].label, "Produkcja elementów elektronicznych");
    assert_eq!(pl["26.11"].parent.as_deref(), Some("26.1"));
    assert!(pl["62"]
        .label
        .starts_with("Działalność związana z oprogramowaniem"));
    assert!(
        pl["01"].includes.starts_with("Dział ten obejmuje"),
        "Polish note, not the English one"
    );
    let bg = labels(&ramon_bg);
    assert_eq!(bg["C"].label, "ПРЕРАБОТВАЩА ПРОМИШЛЕНОСТ");
    assert_eq!(bg["26.11"].label, "Производство на електронни елементи");
    assert!(bg["01"].includes.starts_with("Този раздел включва"));
    let cbg = labels(&clean_bg);
    assert_eq!(
        cbg["62"].label, bg["62"].label,
        "both Bulgarian layouts agree"
    );
    let en = labels(&ramon_en);
    assert_eq!(en["26.11"].label, "Manufacture of electronic components");
    assert!(
        en["01"].includes.starts_with("This division includes"),
        "English note, not the ruling"
    );
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        words(&labels(&clean_en)["01"].includes),
        words(&en["01"].includes),
        "same note in both layouts"
    );
}

#[test]
fn cached_nace_directory_reads_whichever_files_exist() {
    let Some(dir) = data_dir() else { return };
    let cache = std::env::temp_dir().join(format!("klaster-vocab-cache-{}", std::process::id()));
    std::fs::create_dir_all(&cache).unwrap();
    assert!(load_cached_nace(&cache).unwrap().is_empty());
    std::fs::copy(
        dir.join("nace-rev2/ramon_NACE_REV2_pl.csv"),
        cache.join("NACE_REV2_pl.csv"),
    )
    .unwrap();
    let one = load_cached_nace(&cache).unwrap();
    assert_eq!(one.len(), 996);
    assert!(one.iter().all(|e| e.lang == "pl"));
    std::fs::copy(
        dir.join("nace-rev2/ramon_NACE_REV2_bg.csv"),
        cache.join("NACE_REV2_bg.csv"),
    )
    .unwrap();
    std::fs::copy(
        dir.join("nace-rev2/ramon_NACE_REV2_en.csv"),
        cache.join("NACE_REV2_en.csv"),
    )
    .unwrap();
    assert_eq!(load_cached_nace(&cache).unwrap().len(), 3 * 996);
    std::fs::remove_dir_all(&cache).unwrap();
}

#[test]
fn built_in_set_agrees_with_the_official_tables() {
    let Some(dir) = data_dir() else { return };
    let official =
        parse_nuts_csv(File::open(dir.join("nuts2021/nuts2021_codes_names.csv")).unwrap()).unwrap();
    let reduced: Vec<_> = official
        .into_iter()
        .map(|r| NutsRegion {
            name: r.name.split_whitespace().collect::<Vec<_>>().join(" "),
            ..r
        })
        .collect();
    assert_eq!(
        builtin_nuts(),
        reduced,
        "regenerate with crates/vocab/tools/gen_builtin.py"
    );

    let mut official_labels = HashMap::new();
    for lang in ["en", "pl", "bg"] {
        let file = dir.join(format!("nace-rev2/ramon_NACE_REV2_{lang}.csv"));
        for e in parse_nace_csv(File::open(file).unwrap(), lang).unwrap() {
            if e.level <= 2 {
                let label = e.label.split_whitespace().collect::<Vec<_>>().join(" ");
                official_labels.insert((e.code, e.lang), label);
            }
        }
    }
    let builtin = builtin_nace();
    assert_eq!(builtin.len(), official_labels.len());
    let mut corrected = 0;
    for e in &builtin {
        let official = &official_labels[&(e.code.clone(), e.lang.clone())];
        if *official != e.label {
            // Only the two typing errors the generator corrects (see ERRATA in gen_builtin.py).
            assert_eq!(
                e.code, "T",
                "{} {}: {} vs {official}",
                e.code, e.lang, e.label
            );
            corrected += 1;
        }
    }
    assert_eq!(corrected, 2);
}

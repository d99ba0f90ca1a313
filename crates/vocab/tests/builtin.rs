//! The compact built-in set is complete and consistent; the cache loader names bad files.

use klaster_domain::{section_of_division, NaceCode};
use klaster_vocab::{
    builtin_countries, builtin_nace, builtin_nuts, iso_country_for_nuts, load_cached_nace,
    nuts_prefix_for_country,
};
use std::collections::{HashMap, HashSet};

const EU27: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const OTHERS: [&str; 15] = [
    "IS", "LI", "NO", "CH", "GB", "AL", "ME", "MK", "RS", "TR", "UA", "MD", "BA", "XK", "GE",
];

#[test]
fn countries_cover_eu_efta_uk_and_neighbours_in_three_languages() {
    let countries = builtin_countries();
    assert_eq!(countries.len(), 42);
    let by_code: HashMap<&str, _> = countries.iter().map(|c| (c.code.as_str(), c)).collect();
    assert_eq!(by_code.len(), 42, "no duplicates");
    for code in EU27.iter().chain(&OTHERS) {
        let c = by_code
            .get(code)
            .unwrap_or_else(|| panic!("{code} missing"));
        assert!(
            !c.name_en.is_empty() && !c.name_pl.is_empty() && !c.name_bg.is_empty(),
            "{code}"
        );
        assert!(
            c.name_bg.chars().any(|ch| ('А'..='я').contains(&ch)),
            "{code}: Bulgarian name in Cyrillic"
        );
    }
    assert!(
        !by_code.contains_key("EL") && !by_code.contains_key("UK"),
        "ISO codes only"
    );
    let de = by_code["DE"];
    assert_eq!(
        (
            de.name_en.as_str(),
            de.name_pl.as_str(),
            de.name_bg.as_str()
        ),
        ("Germany", "Niemcy", "Германия")
    );
    assert_eq!(by_code["BG"].name("pl"), "Bułgaria");
    assert_eq!(by_code["PL"].name("bg"), "Полша");
    assert_eq!(by_code["GR"].name("bg"), "Гърция");
}

#[test]
fn nuts_levels_0_to_3_everywhere() {
    let nuts = builtin_nuts();
    let codes: HashSet<&str> = nuts.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes.len(), nuts.len(), "no duplicates");
    let mut by_level = [0usize; 4];
    for r in &nuts {
        by_level[r.level as usize] += 1;
        assert!(!r.name.is_empty(), "{}", r.code);
        assert_eq!(r.level as usize, r.code.len() - 2);
        if r.level > 0 {
            let parent = &r.code[..r.code.len() - 1];
            assert!(
                codes.contains(parent),
                "parent {parent} of {} missing",
                r.code
            );
        }
        assert_eq!(r.country, iso_country_for_nuts(&r.code[..2]));
    }
    // The NUTS 2021 classification's totals per level (Extra-Regio and statistical regions included).
    assert_eq!(by_level, [37, 162, 371, 1551]);
    let name = |code: &str| {
        nuts.iter()
            .find(|r| r.code == code)
            .map(|r| r.name.as_str())
    };
    assert_eq!(name("PL81"), Some("Lubelskie"));
    assert_eq!(name("PL22"), Some("Śląskie"));
    assert_eq!(name("PL51"), Some("Dolnośląskie"));
    assert_eq!(name("BG"), Some("България"));
    assert_eq!(name("CZ04"), Some("Severozápad"));
    assert_eq!(name("ES52"), Some("Comunitat Valenciana"));
    assert!(name("BE10")
        .unwrap()
        .starts_with("Région de Bruxelles-Capitale"));
    assert_eq!(name("PL814"), Some("Lubelski"));
    assert_eq!(name("BG411"), Some("София (столица)"));
    assert!(name("EL30").is_some() && name("UKC1").is_some());

    // Every built-in country that has NUTS regions is reachable through its NUTS prefix.
    let countries = builtin_countries();
    let nuts0: Vec<&str> = nuts
        .iter()
        .filter(|r| r.level == 0)
        .map(|r| r.code.as_str())
        .collect();
    for c in &nuts0 {
        assert!(
            countries
                .iter()
                .any(|k| nuts_prefix_for_country(&k.code) == *c),
            "country for NUTS {c}"
        );
    }
    for c in EU27 {
        assert!(
            nuts0.contains(&nuts_prefix_for_country(c)),
            "NUTS 0 for {c}"
        );
    }
}

#[test]
fn nace_sections_and_divisions_with_three_labels() {
    let nace = builtin_nace();
    assert_eq!(nace.len(), (21 + 88) * 3);
    let mut labels: HashMap<&str, HashMap<&str, &str>> = HashMap::new();
    for e in &nace {
        assert!(e.level == 1 || e.level == 2, "{}", e.code);
        assert!(!e.label.is_empty(), "{} {}", e.code, e.lang);
        assert_eq!(e.parent, NaceCode::parse(&e.code).unwrap().parent());
        assert!(labels
            .entry(e.code.as_str())
            .or_default()
            .insert(e.lang.as_str(), e.label.as_str())
            .is_none());
    }
    let sections: Vec<&str> = labels.keys().filter(|c| c.len() == 1).copied().collect();
    let divisions: Vec<&str> = labels.keys().filter(|c| c.len() == 2).copied().collect();
    assert_eq!(sections.len(), 21);
    assert_eq!(divisions.len(), 88);
    for d in 1..=99u8 {
        let code = format!("{d:02}");
        assert_eq!(
            labels.contains_key(code.as_str()),
            section_of_division(d).is_some(),
            "division {code}"
        );
    }
    for (code, by_lang) in &labels {
        let langs: HashSet<&str> = by_lang.keys().copied().collect();
        assert_eq!(langs, HashSet::from(["en", "pl", "bg"]), "{code}");
    }
    assert_eq!(labels["C"]["pl"], "PRZETWÓRSTWO PRZEMYSŁOWE");
    assert_eq!(
        labels["62"]["en"],
        "Computer programming, consultancy and related activities"
    );
    assert_eq!(
        labels["62"]["bg"],
        "Дейности в областта на информационните технологии"
    );
    assert_eq!(labels["35"]["pl"], "Wytwarzanie i zaopatrywanie w energię elektryczną, gaz, parę wodną i powietrze do układów klimatyzacyjnych");
    assert!(
        labels["T"]["en"].contains("UNDIFFERENTIATED"),
        "RAMON typo corrected"
    );
    assert!(
        labels["T"]["pl"].contains("NA WŁASNE POTRZEBY"),
        "RAMON typo corrected"
    );
}

#[test]
fn cache_loader_names_the_bad_file_and_line() {
    let dir = std::env::temp_dir().join(format!("klaster-vocab-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("NACE_REV2_bg.csv");
    std::fs::write(
        &path,
        "\"Level\",\"Code\",\"Description\",\"Rulings\",\"ISIC\",\"a\",\"b\",\"c\"\n\
         \"1\",\"J\",\"ИНФОРМАЦИЯ И СЪОБЩЕНИЯ\",\"\",\"\",\"\",\"\",\"J\",\"\",\"\",\"\"\n\
         \"3\",\"62\",\"Дейности в областта на информационните технологии\",\"\",\"\",\"\",\"\",\"62\",\"\",\"\",\"\"\n",
    )
    .unwrap();
    let err = load_cached_nace(&dir).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(err.line, Some(3));
    assert_eq!(err.file.as_deref(), Some(path.as_path()));
    let shown = err.to_string();
    assert!(shown.starts_with(&path.display().to_string()), "{shown}");
    assert!(shown.contains("line 3, field Level"), "{shown}");
}

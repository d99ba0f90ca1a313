//! The right partner comes first across four languages (real model), and every suggestion
//! explains itself.

mod common;

use klaster_embed::E5Model;
use klaster_matching::{DocText, Document, MatcherOptions, Query, TextMatcher};

fn doc(id: &str, lang: &str, title: &str, body: &str, codes: &[&str]) -> Document {
    Document {
        id: id.into(),
        texts: vec![DocText {
            lang: Some(lang.into()),
            parts: vec![title.into(), body.into()],
        }],
        codes: codes.iter().map(|c| c.to_string()).collect(),
    }
}

/// Partner profiles in Bulgarian, German, English and Polish, on unrelated subjects.
fn partners() -> Vec<Document> {
    vec![
        doc("solar-bg", "bg", "Търсим доставчик на фотоволтаични панели",
            "Български клъстер за зелена икономика търси производител на соларни панели и инвертори за покривни инсталации.", &["27.11"]),
        doc("dairy-de", "de", "Molkerei sucht Vertriebspartner",
            "Eine bayerische Molkerei sucht Händler für Käse und Joghurt in Mittel- und Osteuropa.", &["10.51"]),
        doc("software-en", "en", "Software house offers ERP integration",
            "We build and integrate ERP and accounting software for manufacturing SMEs, including cloud hosting.", &["62.01"]),
        doc("furniture-pl", "pl", "Producent mebli szuka dostawcy drewna",
            "Fabryka mebli z Wielkopolski poszukuje dostawcy drewna dębowego i sklejki z certyfikatem FSC.", &["31.09"]),
        doc("tourism-bg", "bg", "Туристическа агенция предлага партньорство",
            "Агенция за планински и селски туризъм търси партньори за пакети с пешеходни маршрути.", &["79.11"]),
        doc("textile-de", "de", "Textilhersteller bietet technische Gewebe",
            "Wir weben technische Textilien für Filter und Schutzkleidung und suchen Forschungspartner.", &["13.96"]),
    ]
}

/// (query language, text, expected partner).
const QUERIES: &[(&str, &str, &str)] = &[
    (
        "pl",
        "Produkujemy panele fotowoltaiczne i falowniki, szukamy odbiorców w Bułgarii.",
        "solar-bg",
    ),
    (
        "en",
        "We distribute dairy products such as cheese and yoghurt and look for a producer.",
        "dairy-de",
    ),
    (
        "bg",
        "Търсим фирма за внедряване на ERP система и счетоводен софтуер.",
        "software-en",
    ),
    (
        "de",
        "Sägewerk liefert Eichenholz und Sperrholz mit FSC-Zertifikat an Möbelhersteller.",
        "furniture-pl",
    ),
    (
        "pl",
        "Biuro podróży szuka partnerów do organizacji wycieczek pieszych w górach.",
        "tourism-bg",
    ),
    (
        "en",
        "Research institute seeks a manufacturer of technical textiles for protective clothing.",
        "textile-de",
    ),
];

#[test]
fn right_partner_first_in_four_languages_with_the_real_model() {
    let model = match E5Model::try_default() {
        Ok(Some(m)) => m,
        Ok(None) => {
            eprintln!(
                "SKIPPED: no model file ({}); run scripts/fetch-model.sh",
                klaster_embed::locate_model().reason()
            );
            return;
        }
        Err(e) => panic!("the model file exists but cannot be loaded: {e}"),
    };
    for options in [MatcherOptions::plain(), MatcherOptions::default()] {
        let m = TextMatcher::build(Some(&model), partners(), &[], options.clone()).unwrap();
        assert!(m.semantic_enabled());
        let qs: Vec<Query> = QUERIES
            .iter()
            .map(|(l, t, _)| Query::text(*t, Some(l)))
            .collect();
        let ranked = m.search_many(&qs, 3).unwrap();
        for ((lang, text, want), cands) in QUERIES.iter().zip(&ranked) {
            assert_eq!(
                cands[0].id,
                *want,
                "{options:?}\n{lang}: {text}\nranked: {:?}",
                cands.iter().map(|c| (&c.id, c.score)).collect::<Vec<_>>()
            );
            let sem = cands[0].signal("semantic").expect("a semantic signal");
            assert!(
                sem.detail.contains('→'),
                "language pair in {:?}",
                sem.detail
            );
            assert!(!cands[0].explain().is_empty());
        }
    }
}

#[test]
fn explanations_list_the_signals_and_the_evidence() {
    let e = common::TrigramEmbedder;
    let m = TextMatcher::build(Some(&e), partners(), &[], MatcherOptions::default()).unwrap();
    let q = Query {
        text: "Certyfikat FSC dla drewna dębowego".into(),
        lang: Some("pl".into()),
        codes: vec!["31.01".into()],
    };
    let c = m.search(&q, 6).unwrap();
    let top = c.iter().find(|c| c.id == "furniture-pl").unwrap();
    let lex = top.signal("lexical").expect("lexical signal");
    assert!(lex.value > 0.0 && lex.detail.contains("fsc"), "{lex:?}");
    let tax = top.signal("taxonomy").expect("taxonomy signal");
    assert_eq!(tax.value, 0.75, "31.01 and 31.09 share the group 31.0");
    assert!(top.signal("semantic").is_some());
    let text = top.explain();
    assert!(
        text.contains("semantic") && text.contains("lexical") && text.contains("taxonomy"),
        "{text}"
    );
    let sum: f32 = top.signals.iter().map(|s| s.contribution()).sum();
    assert!((sum - top.score).abs() < 1e-5);
    // JSON for the API.
    let v = serde_json::to_value(top).unwrap();
    assert!(v["signals"][0]["name"].is_string() && v["signals"][0]["weight"].is_number());
}

#[test]
fn without_a_model_suggestions_use_shared_terms_only() {
    let m = TextMatcher::build(None, partners(), &[], MatcherOptions::default()).unwrap();
    assert!(!m.semantic_enabled());
    let c = m
        .search(
            &Query::text("ERP integration for accounting", Some("en")),
            2,
        )
        .unwrap();
    assert_eq!(c[0].id, "software-en");
    assert!(c[0].signal("semantic").is_none());
    assert!(c[0].signal("lexical").unwrap().detail.contains("erp"));
}

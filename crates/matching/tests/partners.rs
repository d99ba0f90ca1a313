//! The partner engine with the real model: the right partner comes first for queries in four
//! languages (pl, en, bg, de), by the semantic signal alone, with the language pair explained.

use klaster_embed::{E5Model, Embedder, InputKind};
use klaster_matching::partners::{PartnerDoc, PartnerEngine, PartnerOptions, PartnerQuery, Side};

const PARTNERS: &[(&str, &str, &str)] = &[
    ("solar-bg", "bg", "Търсим доставчик на фотоволтаични панели. Български клъстер за зелена икономика търси производител на соларни панели и инвертори."),
    ("dairy-de", "de", "Molkerei sucht Vertriebspartner. Eine bayerische Molkerei sucht Händler für Käse und Joghurt in Mittel- und Osteuropa."),
    ("software-en", "en", "Software house offers ERP integration for manufacturing SMEs, including accounting software and cloud hosting."),
    ("furniture-pl", "pl", "Producent mebli szuka dostawcy drewna dębowego i sklejki z certyfikatem FSC."),
];

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
    let texts: Vec<&str> = PARTNERS
        .iter()
        .map(|p| p.2)
        .chain(QUERIES.iter().map(|q| q.1))
        .collect();
    let vs = model.embed(&texts, InputKind::Query).unwrap();
    let mut engine = PartnerEngine::new(model.dim(), PartnerOptions::default());
    for (i, (id, lang, _)) in PARTNERS.iter().enumerate() {
        let mut d = PartnerDoc::new(*id, 100 + i as i64, Side::Search, "rnd_partner_search");
        d.vectors = vec![(lang.to_string(), vs[i].clone())];
        engine.upsert(d);
    }
    for (j, (lang, text, want)) in QUERIES.iter().enumerate() {
        let mut s = PartnerDoc::new("profile:q", 1, Side::Search, "rnd_partner_search");
        s.vectors = vec![(lang.to_string(), vs[PARTNERS.len() + j].clone())];
        let r = engine.suggest(
            &s,
            &PartnerQuery {
                k: 4,
                ..Default::default()
            },
        );
        assert_eq!(r[0].id, *want, "{lang}: {text}\n{r:?}");
        let sem = r[0].signal("semantic").expect("a semantic signal");
        let partner_lang = PARTNERS.iter().find(|p| p.0 == *want).unwrap().1;
        assert_eq!(sem.detail, format!("{lang} → {partner_lang}"));
    }
}

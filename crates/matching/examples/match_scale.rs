//! `cargo run --release -p klaster-matching --example match_scale -- [PROFILES] [QUERIES]
//! [--nlist=N] [--nprobe=N] [--topics=N] [--exact-below=N] [--json]`

use klaster_matching::scale::{bench_match_scale_with, ScaleOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pos: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let n: usize = pos.first().map_or(Ok(100_000), |s| s.parse())?;
    let q: usize = pos.get(1).map_or(Ok(1000), |s| s.parse())?;
    let mut o = ScaleOptions::default();
    for a in &args {
        if let Some((k, v)) = a.trim_start_matches("--").split_once('=') {
            match k {
                "nlist" => o.nlist = Some(v.parse()?),
                "nprobe" => o.nprobe = Some(v.parse()?),
                "topics" => o.topics = Some(v.parse()?),
                "exact-below" => o.exact_below = v.parse()?,
                "spread" => o.spread = v.parse()?,
                _ => return Err(format!("unknown option {a}").into()),
            }
        }
    }
    let report = bench_match_scale_with(n, q, &o, &mut |m| eprintln!("{m}"));
    if args.iter().any(|a| a == "--json") {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        println!("{report}");
    }
    Ok(())
}

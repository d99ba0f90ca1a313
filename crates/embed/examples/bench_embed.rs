//! Embedding throughput on profile-length texts:
//! `cargo run --release -p klaster-embed --example bench_embed -- [N_TEXTS] [BATCH] [auto|f32|int8] [TOKENS_PER_PASS]`
//!
//! `... --example bench_embed -- --dump FILE N` writes the benchmark's texts, one per line, so
//! other engines can be timed on the same input.

use klaster_embed::{bench_throughput, locate_model, E5Model, E5Options, Kernel};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--dump") {
        let (Some(file), Some(n)) = (args.get(1), args.get(2)) else {
            return Err("usage: --dump FILE N".into());
        };
        std::fs::write(
            file,
            klaster_embed::bench::profile_texts(n.parse()?).join("\n") + "\n",
        )?;
        return Ok(());
    }
    let n_texts = args.first().map(|s| s.parse()).transpose()?.unwrap_or(256);
    let batch = args.get(1).map(|s| s.parse()).transpose()?.unwrap_or(64);
    let kernel = match args.get(2).map(String::as_str).unwrap_or("auto") {
        "auto" => Kernel::Auto,
        "f32" => Kernel::F32,
        "int8" => Kernel::Int8,
        k => return Err(format!("unknown kernel {k}").into()),
    };
    let mut options = E5Options {
        kernel,
        ..E5Options::default()
    };
    if let Some(t) = args.get(3) {
        options.tokens_per_pass = t.parse()?;
    }
    let Some(path) = locate_model().path().map(|p| p.to_path_buf()) else {
        eprintln!("{}", locate_model().reason());
        std::process::exit(2);
    };
    let t = std::time::Instant::now();
    let model = E5Model::load_with(&path, options)?;
    println!(
        "loaded {} in {:.3} s (kernel {:?})",
        path.display(),
        t.elapsed().as_secs_f64(),
        kernel.resolve()
    );
    let report = bench_throughput(&model, n_texts, batch)?;
    println!("{report}");
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(l) = status.lines().find(|l| l.starts_with("VmHWM")) {
            println!("peak RSS: {}", l.trim_start_matches("VmHWM:").trim());
        }
    }
    Ok(())
}

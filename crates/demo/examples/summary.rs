//! Prints what the demo ecosystem contains: `cargo run -p klaster-demo --example summary [-- --samples]`.

use std::collections::BTreeMap;

fn main() {
    let e = klaster_demo::ecosystem();
    let samples = std::env::args().any(|a| a == "--samples");
    println!(
        "{} organisations, {} memberships, {} users",
        e.organisations.len(),
        e.cluster_members.len(),
        e.users.len()
    );

    let mut by_country: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut by_lang: BTreeMap<String, usize> = BTreeMap::new();
    for o in &e.organisations {
        *by_country
            .entry(o.input.country.to_string())
            .or_default()
            .entry(o.input.kind.to_string())
            .or_default() += 1;
        for d in &o.input.descriptions {
            *by_lang.entry(d.lang.to_string()).or_default() += 1;
        }
    }
    println!("\nby country and kind:");
    for (cc, kinds) in &by_country {
        let total: usize = kinds.values().sum();
        let detail: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        println!("  {cc}: {total} ({})", detail.join(", "));
    }
    println!("\ndescriptions by language: {by_lang:?}");

    println!("\nclusters (committed members / member kinds / FTE → checklist, status):");
    for c in e.clusters() {
        let k = e.checklist(&c.key);
        println!(
            "  {:<22} {:>3} / {} / {:.1} → {:<4} {:<10} {}",
            c.key,
            k.committed_members,
            k.member_kinds,
            k.management_fte,
            if k.passes() { "pass" } else { "fail" },
            c.verification.to_string(),
            c.verification_note.as_deref().unwrap_or("")
        );
    }
    if samples {
        for o in e.organisations.iter().step_by(37) {
            println!(
                "\n[{}] {} ({}, {}, {:?})",
                o.key,
                o.input.name,
                o.input.kind,
                o.input.country,
                o.input.nuts.as_ref().map(|n| n.as_str())
            );
            println!(
                "  nace {:?}  keywords {:?}",
                o.input.nace.iter().map(|n| n.as_str()).collect::<Vec<_>>(),
                o.input.keywords
            );
            for d in &o.input.descriptions {
                println!("  {}: {}", d.lang, d.text);
            }
        }
    }
}

//! Reference vocabularies: countries (ISO 3166), NUTS 2021 regions and NACE Rev. 2 activities.
//!
//! * Parsers of the official Eurostat formats: [`parse_nuts_csv`], [`parse_nace_csv`] (clean and
//!   RAMON layouts), [`load_cached_nace`] for the tables that `scripts/fetch-vocab.sh` fetches.
//! * A compact built-in set compiled into the binary: [`builtin_countries`], [`builtin_nuts`],
//!   [`builtin_nace`].
//!
//! Country codes: Klaster stores ISO 3166-1 alpha-2 codes (`GR`, `GB`). Eurostat's NUTS codes
//! start with `EL` for Greece and `UK` for the United Kingdom; [`iso_country_for_nuts`] and
//! [`nuts_prefix_for_country`] translate between the two, and `NutsRegion::country` is always the
//! ISO code while `NutsRegion::code` keeps Eurostat's spelling (`EL30`, `UKC1`).

mod builtin;
mod error;
mod nace;
mod nuts;
mod table;

pub use builtin::{builtin_countries, builtin_nace, builtin_nuts, BUILTIN_NACE_LANGS};
pub use error::VocabError;
pub use nace::parse_nace_csv;
pub use nuts::parse_nuts_csv;

use klaster_domain::NaceEntry;
use std::path::Path;

/// The ISO 3166 code of the country a NUTS prefix belongs to: `EL` → `GR`, `UK` → `GB`, others unchanged.
pub fn iso_country_for_nuts(nuts_prefix: &str) -> &str {
    match nuts_prefix {
        "EL" => "GR",
        "UK" => "GB",
        other => other,
    }
}

/// The NUTS prefix of a country's regions: `GR` → `EL`, `GB` → `UK`, others unchanged.
pub fn nuts_prefix_for_country(iso: &str) -> &str {
    match iso {
        "GR" => "EL",
        "GB" => "UK",
        other => other,
    }
}

/// The languages `scripts/fetch-vocab.sh` fetches, as `NACE_REV2_{lang}.csv`.
pub const CACHED_NACE_LANGS: [&str; 3] = ["en", "pl", "bg"];

/// Reads the full NACE Rev. 2 (four levels, with notes) from the RAMON tables that
/// `scripts/fetch-vocab.sh` puts in `dir` (`NACE_REV2_en.csv`, `NACE_REV2_pl.csv`,
/// `NACE_REV2_bg.csv`), whichever of them exist. Returns an empty list when none does (the
/// caller then keeps the built-in set); a file that exists but does not parse is an error that
/// names the file and the line.
pub fn load_cached_nace(dir: &Path) -> Result<Vec<NaceEntry>, VocabError> {
    let mut out = Vec::new();
    for lang in CACHED_NACE_LANGS {
        let path = dir.join(format!("NACE_REV2_{lang}.csv"));
        if !path.is_file() {
            continue;
        }
        let file = std::fs::File::open(&path)
            .map_err(|e| VocabError::new(format!("cannot open: {e}")).in_file(&path))?;
        out.extend(
            parse_nace_csv(std::io::BufReader::new(file), lang).map_err(|e| e.in_file(&path))?,
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greece_and_the_uk_are_translated_both_ways() {
        assert_eq!(iso_country_for_nuts("EL"), "GR");
        assert_eq!(iso_country_for_nuts("UK"), "GB");
        assert_eq!(iso_country_for_nuts("PL"), "PL");
        assert_eq!(nuts_prefix_for_country("GR"), "EL");
        assert_eq!(nuts_prefix_for_country("GB"), "UK");
        assert_eq!(nuts_prefix_for_country("BG"), "BG");
    }
}

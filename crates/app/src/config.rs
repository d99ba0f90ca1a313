//! Configuration: defaults, then a TOML file (`--config FILE` or `./klaster.toml`), then
//! `KLASTER_*` environment variables, then command-line flags.

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    /// Address the server listens on.
    pub bind: String,
    /// Directory of the embedded SQLite database (and other local state).
    pub data_dir: PathBuf,
    /// `postgres://…` to use PostgreSQL instead of the embedded SQLite file.
    pub database_url: Option<String>,
    /// Load the demo ecosystem into an empty database.
    pub demo: bool,
    /// Mark cookies Secure (set when Klaster is served over HTTPS).
    pub secure_cookies: bool,
    /// Where the setup left the official vocabulary tables (default `.cache/vocab`).
    pub vocab_dir: Option<PathBuf>,
    /// Log filter, e.g. `info` or `klaster=debug`.
    pub log: String,
    /// The address Klaster is reached at (e.g. `https://klaster.example.eu`), for absolute links
    /// in Atom feeds; without it they are built from the request's Host header.
    pub public_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("data"),
            database_url: None,
            demo: false,
            secure_cookies: false,
            vocab_dir: None,
            log: "info,tower_http=warn,sqlx=warn,tantivy=warn".into(),
            public_url: None,
        }
    }
}

/// Values given on the command line; `None` leaves the lower layers' value.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demo: Option<bool>,
}

impl Config {
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Config> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(f) => {
                anyhow::ensure!(
                    f.is_file(),
                    "the configuration file {} does not exist",
                    f.display()
                );
                fig = fig.merge(Toml::file(f));
            }
            None => fig = fig.merge(Toml::file("klaster.toml")),
        }
        let env = Env::prefixed("KLASTER_").only(&[
            "bind",
            "data_dir",
            "database_url",
            "demo",
            "secure_cookies",
            "vocab_dir",
            "log",
            "public_url",
        ]);
        let config: Config = fig
            .merge(env)
            .merge(Serialized::defaults(overrides))
            .extract()?;
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_override_the_file() {
        let dir = std::env::temp_dir().join(format!("klaster-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("klaster.toml");
        std::fs::write(
            &file,
            "bind = \"0.0.0.0:9000\"\ndata_dir = \"/srv/klaster\"\n",
        )
        .unwrap();
        let c = Config::load(Some(&file), &Overrides::default()).unwrap();
        assert_eq!(c.bind, "0.0.0.0:9000");
        assert_eq!(c.data_dir, PathBuf::from("/srv/klaster"));
        let c = Config::load(
            Some(&file),
            &Overrides {
                bind: Some("127.0.0.1:1".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(c.bind, "127.0.0.1:1");
        assert!(Config::load(Some(&dir.join("missing.toml")), &Overrides::default()).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}

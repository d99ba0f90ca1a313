//! Three interface languages from Fluent files (`locales/LL/*.ftl`), with CLDR plural rules,
//! and locale-aware numbers and dates. Another language is one more folder and one more variant.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};
use std::borrow::{Borrow, Cow};
use std::collections::HashMap;
use time::OffsetDateTime;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks would end up inside attributes and CSV; all three scripts are LTR.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Pl,
    Bg,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Pl, Lang::Bg];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Bg => "bg",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Pl => "Polski",
            Lang::Bg => "Български",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().split(['-', '_']).next()? {
            "en" => Some(Lang::En),
            "pl" => Some(Lang::Pl),
            "bg" => Some(Lang::Bg),
            _ => None,
        }
    }

    /// The best supported language of an `Accept-Language` header, by q-value.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Lang::from_code(tag) {
                if best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, lang));
                }
            }
        }
        best.map(|(_, l)| l)
    }

    fn langid(self) -> LanguageIdentifier {
        self.code().parse().expect("valid language identifier")
    }
}

/// The translator handed to every template.
#[derive(Debug, Clone)]
pub struct Tr {
    pub lang: Lang,
    id: LanguageIdentifier,
}

impl Tr {
    pub fn new(lang: Lang) -> Self {
        Tr {
            lang,
            id: lang.langid(),
        }
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// The message `key`; a missing key shows itself, so gaps are visible and tests catch them.
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.id, key)
            .unwrap_or_else(|| key.to_string())
    }

    /// A validation message from the domain (written in English) in the page's language when a
    /// translation exists: fixed messages by their slug (`v-must-not-be-empty`), messages with a
    /// value in them by their pattern (`v-not-nace` with `$code`); else as it is.
    pub fn msg(&self, english: &str) -> String {
        if let Some((key, args)) = message_pattern(english) {
            let map: HashMap<Cow<'static, str>, FluentValue> = args
                .into_iter()
                .map(|(k, v)| {
                    // Numbers go in as numbers, so that plural forms follow them.
                    let value = match v.parse::<i64>() {
                        Ok(n) => FluentValue::from(n),
                        Err(_) => FluentValue::from(v),
                    };
                    (Cow::Borrowed(k), value)
                })
                .collect();
            if let Some(t) = LOCALES.try_lookup_with_args(&self.id, key, &map) {
                return t;
            }
        }
        let slug: String = english
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        LOCALES
            .try_lookup(&self.id, &format!("v-{slug}"))
            .unwrap_or_else(|| english.to_string())
    }

    /// The name of a role inside an organisation.
    pub fn role(&self, role: impl Borrow<klaster_domain::OrgRole>) -> String {
        self.t(&format!("role-{}", role.borrow().code()))
    }

    /// A language's name in the page's language, or its code when the name is not translated.
    pub fn language(&self, code: &str) -> String {
        LOCALES
            .try_lookup(&self.id, &format!("language-{code}"))
            .unwrap_or_else(|| code.to_uppercase())
    }

    /// The message with string arguments.
    pub fn ta<'a>(&self, key: &str, args: impl AsRef<[(&'a str, &'a str)]>) -> String {
        let args = args.as_ref();
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.to_string())))
            .collect();
        LOCALES
            .try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| key.to_string())
    }

    /// A message that depends on a count: `$count` selects the plural form, `$n` is the count
    /// formatted for the locale.
    pub fn tn(&self, key: &str, count: impl Borrow<i64>) -> String {
        let count = *count.borrow();
        let mut map: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        map.insert(Cow::Borrowed("count"), FluentValue::from(count));
        map.insert(Cow::Borrowed("n"), FluentValue::from(self.num(count)));
        LOCALES
            .try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| key.to_string())
    }

    /// Like `tn` with one more string argument.
    pub fn tna(&self, key: &str, count: i64, name: &str, value: &str) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        map.insert(Cow::Borrowed("count"), FluentValue::from(count));
        map.insert(Cow::Borrowed("n"), FluentValue::from(self.num(count)));
        map.insert(
            Cow::Owned(name.to_string()),
            FluentValue::from(value.to_string()),
        );
        LOCALES
            .try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| key.to_string())
    }

    /// An integer with the locale's grouping: 12,345 / 12 345 (Polish and Bulgarian leave
    /// four-digit numbers ungrouped, as CLDR's minimum grouping digits say).
    pub fn num(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let (sep, min_group) = match self.lang {
            Lang::En => (',', 4),
            Lang::Pl | Lang::Bg => ('\u{a0}', 5),
        };
        let grouped = if digits.len() < min_group {
            digits
        } else {
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push(sep);
                }
                out.push(c);
            }
            out
        };
        if n < 0 {
            format!("-{grouped}")
        } else {
            grouped
        }
    }

    /// A decimal with `places` digits after the locale's decimal mark.
    pub fn dec(&self, x: f64, places: usize) -> String {
        let s = format!("{:.*}", places, x.abs());
        let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
        let mut out = self.num(int.parse::<i64>().unwrap_or(0));
        if x < 0.0 {
            out.insert(0, '-');
        }
        if !frac.is_empty() {
            out.push(if self.lang == Lang::En { '.' } else { ',' });
            out.push_str(frac);
        }
        out
    }

    /// A calendar date: "7 March 2017", "7 marca 2017", "7 март 2017 г.".
    pub fn date(&self, dt: impl Borrow<OffsetDateTime>) -> String {
        let dt = *dt.borrow();
        let m = dt.month() as usize - 1;
        let (d, y) = (dt.day(), dt.year());
        match self.lang {
            Lang::En => format!("{d} {} {y}", MONTHS_EN[m]),
            Lang::Pl => format!("{d} {} {y}", MONTHS_PL_GENITIVE[m]),
            Lang::Bg => format!("{d} {} {y} г.", MONTHS_BG[m]),
        }
    }

    /// A calendar date without a time (project dates, join dates).
    pub fn day(&self, d: impl Borrow<time::Date>) -> String {
        self.date(d.borrow().midnight().assume_utc())
    }

    /// Money with the locale's grouping and decimal mark: "2,450,000.00 EUR", "2 450 000,00 EUR".
    pub fn money(&self, minor: i64, currency: &str) -> String {
        let whole = self.num(minor / 100);
        let mark = if self.lang == Lang::En { '.' } else { ',' };
        format!("{whole}{mark}{:02}\u{a0}{currency}", (minor % 100).abs())
    }

    /// A date and time in UTC.
    pub fn datetime(&self, dt: impl Borrow<OffsetDateTime>) -> String {
        let dt = dt.borrow().to_offset(time::UtcOffset::UTC);
        format!("{} {:02}:{:02} UTC", self.date(dt), dt.hour(), dt.minute())
    }
}

/// The domain's messages that carry a value: (Fluent key, arguments).
fn message_pattern(m: &str) -> Option<(&'static str, Vec<(&'static str, String)>)> {
    let quoted = |rest: &str| -> Option<(String, String)> {
        let rest = rest.strip_prefix('\'')?;
        let (value, tail) = rest.split_once('\'')?;
        Some((value.to_string(), tail.trim().to_string()))
    };
    if let Some((value, tail)) = quoted(m) {
        let key = match tail.as_str() {
            t if t.starts_with("is not a NACE Rev. 2 code") => "v-not-nace-shape",
            t if t.starts_with("is not a NUTS code") => "v-not-nuts-shape",
            "is not a two-letter country code" => "v-not-country-shape",
            t if t.starts_with("is not a language tag") => "v-not-language",
            t if t.starts_with("is not a date and time like") => "v-not-datetime",
            "is not a time zone" => "v-not-timezone",
            t if t.starts_with("is not a currency code") => "v-not-currency",
            t if t.starts_with("is not one of:") => {
                let list = t.trim_start_matches("is not one of:").trim().to_string();
                return Some(("v-not-one-of", vec![("value", value), ("list", list)]));
            }
            _ => return None,
        };
        return Some((key, vec![("value", value)]));
    }
    for (prefix, key) in [
        ("must be at least ", "v-min-chars"),
        ("must be at most ", "v-max-chars"),
    ] {
        if let Some(n) = m
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(" characters long"))
        {
            return Some((key, vec![("n", n.to_string())]));
        }
    }
    if let Some((min, max)) = m
        .strip_prefix("must be a whole number from ")
        .and_then(|range| range.split_once(" to "))
    {
        return Some((
            "v-whole-number-range",
            vec![("min", min.to_string()), ("max", max.to_string())],
        ));
    }
    if let Some(id) = m
        .strip_prefix("organisation ")
        .and_then(|rest| rest.strip_suffix(" does not exist"))
    {
        return Some(("v-no-organisation", vec![("value", id.to_string())]));
    }
    if let Some(lang) = m.strip_suffix(" is given twice") {
        return Some(("v-given-twice", vec![("value", lang.to_string())]));
    }
    if let Some(max) = m.strip_prefix("must be between 1800 and ") {
        return Some(("v-year-range", vec![("max", max.to_string())]));
    }
    let (value, tail) = m.split_once(' ')?;
    if let Some(country) = tail.strip_prefix("is not a region of ") {
        return Some((
            "v-not-region-of",
            vec![
                ("value", value.to_string()),
                ("country", country.to_string()),
            ],
        ));
    }
    let key = match tail {
        "is not a NUTS 2021 region" | "is not a known NUTS region" => "v-not-nuts",
        "is not a NACE Rev. 2 code" => "v-not-nace",
        "is not a known country code" => "v-not-country",
        _ => return None,
    };
    Some((key, vec![("value", value.to_string())]))
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_PL_GENITIVE: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];
const MONTHS_BG: [&str; 12] = [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
];

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn numbers_follow_the_locale() {
        let (en, pl, bg) = (Tr::new(Lang::En), Tr::new(Lang::Pl), Tr::new(Lang::Bg));
        assert_eq!(en.num(1234), "1,234");
        assert_eq!(pl.num(1234), "1234");
        assert_eq!(pl.num(12345), "12\u{a0}345");
        assert_eq!(bg.num(1234567), "1\u{a0}234\u{a0}567");
        assert_eq!(en.dec(0.5, 1), "0.5");
        assert_eq!(pl.dec(1234.25, 2), "1234,25");
        assert_eq!(en.num(-1000), "-1,000");
    }

    #[test]
    fn dates_follow_the_locale() {
        let d = datetime!(2017-03-07 10:00 UTC);
        assert_eq!(Tr::new(Lang::En).date(d), "7 March 2017");
        assert_eq!(Tr::new(Lang::Pl).date(d), "7 marca 2017");
        assert_eq!(Tr::new(Lang::Bg).date(d), "7 март 2017 г.");
    }

    #[test]
    fn plurals_follow_the_locale() {
        let pl = Tr::new(Lang::Pl);
        assert_eq!(pl.tn("orgs-count", 1), "1 organizacja");
        assert_eq!(pl.tn("orgs-count", 3), "3 organizacje");
        assert_eq!(pl.tn("orgs-count", 5), "5 organizacji");
        assert_eq!(pl.tn("orgs-count", 22), "22 organizacje");
        let bg = Tr::new(Lang::Bg);
        assert_eq!(bg.tn("orgs-count", 1), "1 организация");
        assert_eq!(bg.tn("orgs-count", 5), "5 организации");
        assert_eq!(Tr::new(Lang::En).tn("orgs-count", 1), "1 organisation");
        assert_eq!(
            Tr::new(Lang::En).tn("orgs-count", 1200),
            "1,200 organisations"
        );
    }

    #[test]
    fn messages_with_values_are_translated() {
        let pl = Tr::new(Lang::Pl);
        assert_eq!(
            pl.msg("BG31 is not a region of PL"),
            "BG31 nie jest regionem kraju PL"
        );
        assert_eq!(
            pl.msg("99.99 is not a NACE Rev. 2 code"),
            "99.99 nie jest kodem NACE Rev. 2"
        );
        let bg = Tr::new(Lang::Bg);
        assert_eq!(
            bg.msg("must be between 1800 and 2026"),
            "трябва да е между 1800 и 2026"
        );
        assert_eq!(
            bg.msg("'XX1' is not a two-letter country code"),
            "„XX1“ не е двубуквен код на държава"
        );
        assert_eq!(
            bg.msg("'EURO' is not a currency code like EUR"),
            "„EURO“ не е код на валута, напр. EUR"
        );
        // English stays as the domain wrote it; unknown messages pass through.
        assert_eq!(
            Tr::new(Lang::En).msg("BG31 is not a region of PL"),
            "BG31 is not a region of PL"
        );
        assert_eq!(pl.msg("something new"), "something new");
        // Lengths and ranges with any number, in the right plural form.
        assert_eq!(
            pl.msg("must be at least 3 characters long"),
            "musi mieć co najmniej 3 znaki"
        );
        assert_eq!(
            pl.msg("must be at most 2000 characters long"),
            "może mieć najwyżej 2000 znaków"
        );
        assert_eq!(
            bg.msg("must be at least 1 characters long"),
            "трябва да съдържа поне 1 знак"
        );
        assert_eq!(
            bg.msg("must be a whole number from 1 to 100000"),
            "трябва да е цяло число от 1 до 100000"
        );
        assert_eq!(
            pl.msg("'2026-13-01T10:00' is not a date and time like 2014-10-20T09:00"),
            "„2026-13-01T10:00” to nie jest data i godzina w formacie 2014-10-20T09:00"
        );
    }

    #[test]
    fn accept_language_picks_the_best_supported() {
        assert_eq!(
            Lang::from_accept_language("de-DE,de;q=0.9,pl;q=0.8,en;q=0.5"),
            Some(Lang::Pl)
        );
        assert_eq!(Lang::from_accept_language("bg-BG"), Some(Lang::Bg));
        assert_eq!(Lang::from_accept_language("fr"), None);
    }

    /// Every key of the English file exists in the other languages.
    #[test]
    fn all_languages_have_every_key() {
        let keys = |lang: &str| -> Vec<String> {
            // Every file of the language's folder (main.ftl, events.ftl, ...), as the loader reads.
            let dir = format!("{}/locales/{lang}", env!("CARGO_MANIFEST_DIR"));
            let mut text = String::new();
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "ftl") {
                    text.push_str(&std::fs::read_to_string(path).unwrap());
                    text.push('\n');
                }
            }
            text.lines()
                .filter_map(|l| {
                    let (k, _) = l.split_once(" =")?;
                    (!k.starts_with([' ', '#', '-', '*', '[']) && !k.is_empty())
                        .then(|| k.trim().to_string())
                })
                .collect()
        };
        let en = keys("en");
        assert!(en.len() > 50);
        for lang in ["pl", "bg"] {
            let other = keys(lang);
            let missing: Vec<&String> = en.iter().filter(|k| !other.contains(k)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        }
    }
}

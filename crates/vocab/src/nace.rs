//! NACE Rev. 2 in the two layouts Eurostat publishes: the clean one-row-per-code table and the raw
//! RAMON export.

use crate::table::{read_rows, Row};
use crate::VocabError;
use klaster_domain::{LanguageTag, NaceCode, NaceEntry};
use std::collections::HashMap;
use std::io::Read;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// `nace2, NAME, Parent, Include, Include_Also, Exclude` (Eurostat correspondence tables).
    Clean,
    /// RAMON download: `Level, Code, Description, ...`; the header does not match the data columns.
    Ramon,
}

const CLEAN_COLUMNS: [&str; 6] = [
    "nace2",
    "NAME",
    "Parent",
    "Include",
    "Include_Also",
    "Exclude",
];

/// Parses a NACE Rev. 2 table in either official layout, detected from the header:
///
/// * clean layout (`nace2, NAME, Parent, Include, Include_Also, Exclude`): the label is `NAME`,
///   the note is `Include` (`NA` means empty) and `Parent` must agree with the code;
/// * RAMON export (`"Level","Code",...`, header misaligned with the data): read by position.
///   Column 0 is the level (1-4), 1 the code, 2 the description in the file's language. The
///   "includes" note is column 3 in the 11-column national exports (pl, bg, ...: national notes
///   first, then rulings, ISIC reference and the English notes) and column 5 in the 8-column
///   English export (its column 3 holds the rulings, column 4 the ISIC reference).
///
/// `lang` is the language of the labels (neither layout says it); it is stored in every entry.
/// Levels and parents are computed from the code (1 section `C`, 2 division `26`, 3 group `26.1`,
/// 4 class `26.11`). A file with a bad code, a level that does not match the code, a missing
/// label, a duplicate code or a code whose parent is absent is refused with its line.
pub fn parse_nace_csv<R: Read>(reader: R, lang: &str) -> Result<Vec<NaceEntry>, VocabError> {
    let lang = LanguageTag::parse(lang).map_err(|m| VocabError {
        field: Some("lang".into()),
        ..VocabError::new(m)
    })?;
    let rows = read_rows(reader)?;
    let Some(header) = rows.first() else {
        return Err(VocabError::new(
            "the file is empty; expected a NACE Rev. 2 table",
        ));
    };
    let layout = detect(header)?;
    let mut out: Vec<NaceEntry> = Vec::new();
    let mut lines = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for row in &rows[1..] {
        let (entry, code_field) = match layout {
            Layout::Clean => (clean_row(row, lang.as_str())?, CLEAN_COLUMNS[0]),
            Layout::Ramon => (ramon_row(row, lang.as_str())?, "Code"),
        };
        if let Some(first) = seen.insert(entry.code.clone(), row.line) {
            return Err(VocabError::at_field(
                row.line,
                code_field,
                format!("code {} already appears on line {first}", entry.code),
            ));
        }
        out.push(entry);
        lines.push((row.line, code_field));
    }
    if out.is_empty() {
        return Err(VocabError::new("the file has a header but no NACE codes"));
    }
    for (entry, (line, field)) in out.iter().zip(&lines) {
        if let Some(parent) = &entry.parent {
            if !seen.contains_key(parent) {
                return Err(VocabError::at_field(
                    *line,
                    field,
                    format!(
                        "the parent {parent} of {} is not in the file (truncated export?)",
                        entry.code
                    ),
                ));
            }
        }
    }
    Ok(out)
}

fn detect(header: &Row) -> Result<Layout, VocabError> {
    let h0 = header.get(0).to_lowercase();
    match h0.as_str() {
        "nace2" => Ok(Layout::Clean),
        "level" if header.get(1).eq_ignore_ascii_case("code") => Ok(Layout::Ramon),
        "nace21" => Err(VocabError::at_line(
            header.line,
            "this is NACE Rev. 2.1; Klaster's vocabulary is NACE Rev. 2 (a file with the column nace2)",
        )),
        _ => Err(VocabError::at_line(
            header.line,
            format!(
                "not a NACE Rev. 2 table: expected the columns {} or a RAMON export starting \"Level\",\"Code\"; found {}",
                CLEAN_COLUMNS.join(", "),
                header.fields.join(", ")
            ),
        )),
    }
}

fn na(s: &str) -> &str {
    if s == "NA" {
        ""
    } else {
        s
    }
}

/// Column names of the code and the label, for error messages.
type Fields = (&'static str, &'static str);

fn entry(
    row: &Row,
    fields: Fields,
    raw_code: &str,
    label: &str,
    includes: &str,
    lang: &str,
) -> Result<NaceEntry, VocabError> {
    let code =
        NaceCode::parse(raw_code).map_err(|m| VocabError::at_field(row.line, fields.0, m))?;
    if label.is_empty() {
        return Err(VocabError::at_field(
            row.line,
            fields.1,
            format!("code {code} has no label"),
        ));
    }
    Ok(NaceEntry {
        level: code.level(),
        parent: code.parent(),
        code: code.as_str().to_string(),
        lang: lang.to_string(),
        label: label.to_string(),
        includes: includes.to_string(),
    })
}

fn clean_row(row: &Row, lang: &str) -> Result<NaceEntry, VocabError> {
    if row.fields.len() != CLEAN_COLUMNS.len() {
        return Err(VocabError::at_line(
            row.line,
            format!(
                "expected {} columns ({}), found {}",
                CLEAN_COLUMNS.len(),
                CLEAN_COLUMNS.join(", "),
                row.fields.len()
            ),
        ));
    }
    let e = entry(
        row,
        (CLEAN_COLUMNS[0], CLEAN_COLUMNS[1]),
        row.get(0),
        row.get(1),
        na(row.get(3)),
        lang,
    )?;
    let stated = na(row.get(2));
    let computed = e.parent.as_deref().unwrap_or("");
    if stated != computed {
        return Err(VocabError::at_field(
            row.line,
            CLEAN_COLUMNS[2],
            format!(
                "'{stated}' is not the parent of {}; expected '{}'",
                e.code,
                if computed.is_empty() { "NA" } else { computed }
            ),
        ));
    }
    Ok(e)
}

fn ramon_row(row: &Row, lang: &str) -> Result<NaceEntry, VocabError> {
    let includes_col = match row.fields.len() {
        11 => 3,
        8 => 5,
        n => {
            return Err(VocabError::at_line(
                row.line,
                format!("expected 11 columns (national RAMON export) or 8 (English RAMON export), found {n}"),
            ))
        }
    };
    let e = entry(
        row,
        ("Code", "Description"),
        row.get(1),
        row.get(2),
        row.get(includes_col),
        lang,
    )?;
    let level = row.get(0);
    if level != e.level.to_string() {
        return Err(VocabError::at_field(
            row.line,
            "Level",
            format!(
                "'{level}' does not match code {}, which is at level {}",
                e.code, e.level
            ),
        ));
    }
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLEAN: &str = "\"nace2\",\"NAME\",\"Parent\",\"Include\",\"Include_Also\",\"Exclude\"\n\
        \"C\",\"MANUFACTURING\",\"NA\",\"This section includes the physical or chemical\ntransformation of materials.\",\"NA\",\"NA\"\n\
        \"26\",\"Manufacture of computer, electronic and optical products\",\"C\",\"NA\",\"NA\",\"NA\"\n\
        \"26.1\",\"Manufacture of electronic components and boards\",\"26\",\"NA\",\"NA\",\"NA\"\n\
        \"26.11\",\"Manufacture of electronic components\",\"26.1\",\"This class includes the manufacture of semiconductors.\",\"NA\",\"NA\"\n";

    // 8-name header over 11-column rows, as in the Polish and Bulgarian RAMON exports.
    const RAMON_PL: &str = "\"Level\",\"Code\",\"Description\",\"Rulings\",\"Reference to ISIC Rev. 4\",\"This item includes\",\"This item also includes\",\"This item excludes\"\n\
        \"1\",\"J\",\"INFORMACJA I KOMUNIKACJA\",\"Sekcja ta obejmuje:\n- działalność wydawniczą\",\"\",\"\",\"\",\"J\",\"This section includes\",\"\",\"\"\n\
        \"2\",\"62\",\"Działalność związana z oprogramowaniem\",\"Dział ten obejmuje\",\"\",\"\",\"\",\"62\",\"This division\",\"\",\"\"\n\
        \"3\",\"62.0\",\"Działalność związana z oprogramowaniem i doradztwem\",\"\",\"\",\"\",\"\",\"620\",\"\",\"\",\"\"\n\
        \"4\",\"62.01\",\"Działalność związana z oprogramowaniem\",\"Podklasa ta obejmuje pisanie programów\",\"\",\"\",\"\",\"6201\",\"This class includes\",\"\",\"\"\n";

    // 11-name header over 8-column rows, as in the English RAMON export.
    const RAMON_EN: &str = "\"Level\",\"Code\",\"Description\",\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\"\n\
        \"1\",\"J\",\"INFORMATION AND COMMUNICATION\",\"\",\"J\",\"This section includes\",\"\",\"\"\n\
        \"2\",\"62\",\"Computer programming, consultancy and related activities\",\"Software (ruling)\",\"62\",\"This division includes\",\"\",\"\"\n";

    #[test]
    fn parses_the_clean_layout() {
        let e = parse_nace_csv(CLEAN.as_bytes(), "en").unwrap();
        assert_eq!(e.len(), 4);
        assert_eq!(
            (e[0].code.as_str(), e[0].level, e[0].parent.as_deref()),
            ("C", 1, None)
        );
        assert!(e[0].includes.contains("chemical\ntransformation"));
        assert_eq!(
            (e[3].code.as_str(), e[3].level, e[3].parent.as_deref()),
            ("26.11", 4, Some("26.1"))
        );
        assert_eq!(e[1].parent.as_deref(), Some("C"));
        assert_eq!(e[1].includes, "", "NA is empty");
        assert!(e.iter().all(|x| x.lang == "en"));
    }

    #[test]
    fn parses_both_ramon_shapes_by_position() {
        let pl = parse_nace_csv(RAMON_PL.as_bytes(), "pl-PL").unwrap();
        assert_eq!(pl.len(), 4);
        assert_eq!(pl[0].label, "INFORMACJA I KOMUNIKACJA");
        assert_eq!(
            pl[0].includes,
            "Sekcja ta obejmuje:\n- działalność wydawniczą"
        );
        assert_eq!(pl[3].includes, "Podklasa ta obejmuje pisanie programów");
        assert_eq!(pl[2].parent.as_deref(), Some("62"));
        assert_eq!(pl[0].lang, "pl");
        let en = parse_nace_csv(RAMON_EN.as_bytes(), "en").unwrap();
        assert_eq!(
            en[1].label,
            "Computer programming, consultancy and related activities"
        );
        assert_eq!(
            en[1].includes, "This division includes",
            "not the ruling in column 3"
        );
    }

    fn err(text: &str) -> VocabError {
        parse_nace_csv(text.as_bytes(), "pl").expect_err("must be rejected")
    }

    #[test]
    fn rejects_a_wrong_level() {
        let bad = RAMON_PL.replace("\"3\",\"62.0\"", "\"4\",\"62.0\"");
        let e = err(&bad);
        // Line 1 header, record J spans lines 2-3, 62 is line 4, 62.0 line 5.
        assert_eq!((e.line, e.field.as_deref()), (Some(5), Some("Level")));
        assert_eq!(
            e.to_string(),
            "line 5, field Level: '4' does not match code 62.0, which is at level 3"
        );
    }

    #[test]
    fn rejects_bad_codes() {
        let e = err(&RAMON_PL.replace("\"62.01\"", "\"62.011\""));
        assert_eq!((e.line, e.field.as_deref()), (Some(6), Some("Code")));
        let e = err(&CLEAN.replace("\"26\",\"Manu", "\"04\",\"Manu"));
        assert_eq!((e.line, e.field.as_deref()), (Some(4), Some("nace2")));
        assert!(e.message.contains("division"), "{e}");
    }

    #[test]
    fn rejects_missing_columns_labels_and_wrong_parents() {
        let e = err(&CLEAN.replace(",\"NA\",\"NA\",\"NA\"\n\"26.1\"", ",\"NA\"\n\"26.1\""));
        assert_eq!((e.line, e.field.as_deref()), (Some(4), None));
        assert!(e.message.contains("found 4"), "{e}");
        let e = err(&RAMON_PL.replace(",\"6201\",\"This class includes\",\"\",\"\"", ""));
        assert_eq!(e.line, Some(6));
        assert!(e.message.contains("found 7"), "{e}");
        let e = err(&CLEAN.replace("\"Manufacture of electronic components\"", "\"\""));
        assert_eq!((e.line, e.field.as_deref()), (Some(6), Some("NAME")));
        let e = err(&RAMON_PL.replace("\"INFORMACJA I KOMUNIKACJA\"", "\"\""));
        assert_eq!((e.line, e.field.as_deref()), (Some(2), Some("Description")));
        let e = err(&CLEAN.replace(
            "\"26.1\",\"Manufacture of electronic components and boards\",\"26\"",
            "\"26.1\",\"Manufacture of electronic components and boards\",\"C\"",
        ));
        assert_eq!((e.line, e.field.as_deref()), (Some(5), Some("Parent")));
        let e = err(&CLEAN.replace("\"26.1\",\"Manufacture of electronic components and boards\",\"26\",\"NA\",\"NA\",\"NA\"\n", ""));
        assert_eq!((e.line, e.field.as_deref()), (Some(5), Some("nace2")));
        assert!(e.message.contains("parent 26.1"), "{e}");
    }

    #[test]
    fn rejects_a_broken_quote_duplicates_and_foreign_files() {
        let e = err(&CLEAN.replace("\"26.1\",\"Manufacture", "\"26.1\",\"Manufacture \"of"));
        assert_eq!(e.line, Some(5), "{e}");
        assert!(e.message.contains("closing quote"), "{e}");
        let e = err("\"nace2\",\"NAME\",\"Parent\",\"Include\",\"Include_Also\",\"Exclude\"\n\"C\",\"MANUFACTURING,\"NA\",\"NA\",\"NA\",\"NA\"\n");
        assert_eq!(e.line, Some(2));
        let dup = format!("{CLEAN}\"26\",\"Again\",\"C\",\"NA\",\"NA\",\"NA\"\n");
        let e = err(&dup);
        assert_eq!(e.line, Some(7));
        assert!(e.message.contains("line 4"), "{e}");
        let e = err("nace21,NAME,Parent,Include,Include_Also,Exclude\nA,X,NA,NA,NA,NA\n");
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("2.1"));
        assert_eq!(err("code_2021,country\nPL,Polska\n").line, Some(1));
        assert_eq!(
            parse_nace_csv(CLEAN.as_bytes(), "Polish!")
                .unwrap_err()
                .field
                .as_deref(),
            Some("lang")
        );
    }
}

//! NUTS 2021: the CSV export of Eurostat's classification sheet "NUTS & SR 2021".

use crate::table::{read_rows, Row};
use crate::{iso_country_for_nuts, VocabError};
use klaster_domain::{NutsCode, NutsRegion};
use std::collections::HashMap;
use std::io::Read;

const COLUMNS: [&str; 6] = [
    "code_2021",
    "country",
    "nuts_level_1",
    "nuts_level_2",
    "nuts_level_3",
    "nuts_level",
];

/// Parses the CSV export of the NUTS 2021 classification sheet.
///
/// Layout (by position; further columns such as `country_order`, `region_order` are ignored):
/// `code_2021, country, nuts_level_1, nuts_level_2, nuts_level_3, nuts_level`. The name is in the
/// column of the row's own level (`country` for level 0). Rows with an empty `nuts_level` and no
/// names (the sheet's "Statistical regions (EFTA countries, ...)" separator) are skipped.
///
/// Every row is checked: the code is a NUTS code, the level is 0-3 and matches the code's length,
/// the name is present, no code appears twice and every region's parent is in the file.
/// `NutsRegion::country` is the ISO 3166 code (`GR` for `EL…`, `GB` for `UK…`); `code` keeps
/// Eurostat's prefix.
pub fn parse_nuts_csv<R: Read>(reader: R) -> Result<Vec<NutsRegion>, VocabError> {
    let rows = read_rows(reader)?;
    let Some(header) = rows.first() else {
        return Err(VocabError::new(
            "the file is empty; expected the NUTS 2021 classification CSV",
        ));
    };
    check_header(header)?;
    let mut out: Vec<NutsRegion> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut lines = Vec::new();
    for row in &rows[1..] {
        if let Some(region) = parse_row(row)? {
            if let Some(first) = seen.insert(region.code.clone(), row.line) {
                return Err(VocabError::at_field(
                    row.line,
                    COLUMNS[0],
                    format!("code {} already appears on line {first}", region.code),
                ));
            }
            out.push(region);
            lines.push(row.line);
        }
    }
    if out.is_empty() {
        return Err(VocabError::new("the file has a header but no NUTS regions"));
    }
    for (region, line) in out.iter().zip(&lines) {
        let code = NutsCode::parse(&region.code).expect("checked while parsing");
        if let Some(parent) = code.parent() {
            if !seen.contains_key(parent.as_str()) {
                return Err(VocabError::at_field(
                    *line,
                    COLUMNS[0],
                    format!(
                        "the parent region {parent} of {} is not in the file (truncated export?)",
                        region.code
                    ),
                ));
            }
        }
    }
    Ok(out)
}

fn check_header(header: &Row) -> Result<(), VocabError> {
    let norm = |i: usize| header.get(i).to_lowercase().replace([' ', '-'], "_");
    let ok = header.fields.len() >= COLUMNS.len()
        && norm(0).starts_with("code")
        && norm(5).contains("level");
    if ok {
        Ok(())
    } else {
        Err(VocabError::at_line(
            header.line,
            format!(
                "this is not the NUTS 2021 classification layout: expected the columns {}, found {}",
                COLUMNS.join(", "),
                header.fields.join(", ")
            ),
        ))
    }
}

fn parse_row(row: &Row) -> Result<Option<NutsRegion>, VocabError> {
    if row.fields.len() < COLUMNS.len() {
        return Err(VocabError::at_line(
            row.line,
            format!(
                "expected at least {} columns ({}), found {}",
                COLUMNS.len(),
                COLUMNS.join(", "),
                row.fields.len()
            ),
        ));
    }
    let raw_level = row.get(5);
    if raw_level.is_empty() {
        if (1..=4).all(|i| row.get(i).is_empty()) && NutsCode::parse(row.get(0)).is_err() {
            return Ok(None); // the separator row before the statistical regions
        }
        return Err(VocabError::at_field(
            row.line,
            COLUMNS[5],
            "is empty; expected 0, 1, 2 or 3",
        ));
    }
    let level: u8 = match raw_level {
        "0" => 0,
        "1" => 1,
        "2" => 2,
        "3" => 3,
        other => {
            return Err(VocabError::at_field(
                row.line,
                COLUMNS[5],
                format!("'{other}' is not a NUTS level (0-3)"),
            ))
        }
    };
    let code =
        NutsCode::parse(row.get(0)).map_err(|m| VocabError::at_field(row.line, COLUMNS[0], m))?;
    if code.level() != level {
        return Err(VocabError::at_field(
            row.line,
            COLUMNS[5],
            format!(
                "level {level} does not match code {code}, which is a level-{} code",
                code.level()
            ),
        ));
    }
    let name_col = 1 + level as usize;
    let name = row.get(name_col);
    if name.is_empty() {
        return Err(VocabError::at_field(
            row.line,
            COLUMNS[name_col],
            format!(
                "the name of level-{level} region {code} belongs in this column, which is empty"
            ),
        ));
    }
    Ok(Some(NutsRegion {
        country: iso_country_for_nuts(code.country()).to_string(),
        code: code.as_str().to_string(),
        level,
        name: name.to_string(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "code_2021,country,nuts_level_1,nuts_level_2,nuts_level_3,nuts_level,country_order,region_order\n";

    fn parse(body: &str) -> Result<Vec<NutsRegion>, VocabError> {
        parse_nuts_csv(format!("{HEADER}{body}").as_bytes())
    }

    #[test]
    fn parses_the_hierarchical_layout() {
        let regions = parse(
            "EL,Ελλάδα,,,,0,8,637\n\
             EL3,,Αττική,,,1,8,638\n\
             EL30,,,Aττική,,2,8,639\n\
             EL301,,,,Βόρειος Τομέας Αθηνών,3,8,640\n\
             \"Statistical regions (EFTA countries, candidate countries):\",,,,,,,\n\
             BG,България,,,,0,2,62\n\
             BG3,,Северна и Югоизточна България,,,1,2,64\n\
             BG31,,,Северозападен,,2,2,65\n\
             BG311,,,,\"Видин, град\",3,2,66\n",
        )
        .unwrap();
        assert_eq!(regions.len(), 8);
        assert_eq!(
            regions[0],
            NutsRegion {
                code: "EL".into(),
                country: "GR".into(),
                level: 0,
                name: "Ελλάδα".into()
            }
        );
        assert_eq!(regions[3].name, "Βόρειος Τομέας Αθηνών");
        assert_eq!(regions[7].name, "Видин, град");
        assert_eq!(regions[7].country, "BG");
        assert_eq!(regions[6].level, 2);
    }

    fn err(body: &str) -> VocabError {
        parse(body).expect_err("must be rejected")
    }

    #[test]
    fn reads_a_spreadsheet_export_with_the_sheet_header_and_semicolons() {
        let text = "Code 2021;Country;NUTS level 1;NUTS level 2;NUTS level 3;NUTS level;Country order;Region order\n\
                    PL;Polska;;;;0;21;1309\nPL8;;Makroregion wschodni;;;1;21;1340\nPL81;;;Lubelskie;;2;21;1341\n";
        let regions = parse_nuts_csv(text.as_bytes()).unwrap();
        assert_eq!(
            regions.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            vec!["PL", "PL8", "PL81"]
        );
        assert_eq!(regions[2].name, "Lubelskie");
    }

    #[test]
    fn rejects_a_level_that_does_not_match_the_code() {
        let e = err("PL,Polska,,,,0,21,1\nPL8,,Makroregion wschodni,,,2,21,2\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(3), Some("nuts_level")));
        assert!(e.message.contains("level-1 code"), "{e}");
        let e = err("PL,Polska,,,,0,21,1\nPL8,,Makroregion wschodni,,,4,21,2\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(3), Some("nuts_level")));
        assert_eq!(
            e.to_string(),
            "line 3, field nuts_level: '4' is not a NUTS level (0-3)"
        );
    }

    #[test]
    fn rejects_a_bad_code() {
        let e = err("PL,Polska,,,,0,21,1\n8PL,,Makroregion,,,1,21,2\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(3), Some("code_2021")));
    }

    #[test]
    fn rejects_missing_columns_and_names() {
        let e = err("PL,Polska,,,,0,21,1\nPL8,,Makroregion wschodni\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(3), None));
        assert!(e.message.contains("found 3"), "{e}");
        let e = err("PL,Polska,,,,0,21,1\nPL8,,,Makroregion wschodni,,1,21,2\n");
        assert_eq!(
            (e.line, e.field.as_deref()),
            (Some(3), Some("nuts_level_1"))
        );
        let e = err("PL,Polska,,,,0,21,1\nPL8,,Makroregion wschodni,,,,21,2\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(3), Some("nuts_level")));
    }

    #[test]
    fn a_record_spanning_lines_is_reported_where_it_starts() {
        let e = err("PL,\"Pol\nska\",,,,0,21,1\nPL9,,Makroregion,,,2,21,2\n");
        assert_eq!(e.line, Some(4));
    }

    #[test]
    fn rejects_a_broken_quote() {
        let e = err(
            "PL,Polska,,,,0,21,1\nPL8,,\"Makroregion wschodni,,,1,21,2\nPL81,,,Lubelskie,,2,21,3\n",
        );
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("never closed"), "{e}");
    }

    #[test]
    fn rejects_duplicates_orphans_wrong_headers_and_empty_input() {
        let e = err("PL,Polska,,,,0,21,1\nPL,Polska,,,,0,21,1\n");
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("line 2"), "{e}");
        let e = err("PL,Polska,,,,0,21,1\nPL81,,,Lubelskie,,2,21,3\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(3), Some("code_2021")));
        assert!(e.message.contains("PL8 "), "{e}");
        let e = parse_nuts_csv("nace2,NAME,Parent\n01,x,A\n".as_bytes()).unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(parse_nuts_csv("".as_bytes()).is_err());
        assert!(parse("").unwrap_err().message.contains("no NUTS regions"));
    }
}

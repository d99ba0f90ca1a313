//! Reading a CSV export into records that remember the line they start on.
//!
//! The `csv` crate does the RFC 4180 work (quoted fields with commas, doubled quotes and embedded
//! newlines). Two things it does not do are done here: it accepts a quoted field that is never
//! closed (the field silently swallows the rest of the file), and it reports invalid UTF-8 by
//! byte offset. Both become errors naming a line. The delimiter is `,`, or `;` when the header
//! line has more semicolons than commas (spreadsheets in Polish, Bulgarian and most continental
//! locales save "CSV" with semicolons).

use crate::VocabError;
use std::io::Read;

/// One CSV record, trimmed fields, and the 1-based line where it starts.
pub(crate) struct Row {
    pub line: u64,
    pub fields: Vec<String>,
}

impl Row {
    pub fn get(&self, i: usize) -> &str {
        self.fields.get(i).map(String::as_str).unwrap_or("")
    }
}

/// Reads the whole input and splits it into records (the header is the first one).
pub(crate) fn read_rows<R: Read>(mut reader: R) -> Result<Vec<Row>, VocabError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| VocabError::new(format!("cannot read the input: {e}")))?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(body).map_err(|e| {
        let line = 1 + body[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u64;
        VocabError::at_line(
            line,
            "the file is not valid UTF-8 (save the export as CSV UTF-8)",
        )
    })?;
    let delimiter = detect_delimiter(text);
    check_quotes(text, delimiter)?;
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map(|p| p.line()).unwrap_or(0);
                let fields = record.iter().map(|f| f.trim().to_string()).collect();
                rows.push(Row { line, fields });
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                return Err(VocabError::at_line(line, format!("malformed CSV: {e}")));
            }
        }
    }
    Ok(rows)
}

fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.chars().filter(|x| *x == c).count();
    if count(';') > count(',') {
        b';'
    } else {
        b','
    }
}

/// Refuses the two quoting mistakes that RFC 4180 readers silently accept: a quoted field that is
/// still open at the end of the input (reported on the line where it opens), and text between a
/// closing quote and the next comma (`"Manufacture "of boards"`). Only a quote at the start of a
/// field opens a quoted field; inside one, `""` is a literal quote and a lone `"` closes it; a
/// quote inside an unquoted field is literal. The header record is only checked for the first
/// mistake (its names are not data).
fn check_quotes(text: &str, delimiter: u8) -> Result<(), VocabError> {
    #[derive(Clone, Copy)]
    enum S {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = S::FieldStart;
    let mut line = 1u64;
    let mut opened_on = 0u64;
    let mut in_header = true;
    for b in text.bytes() {
        let separator = b == delimiter || b == b'\n' || b == b'\r';
        state = match (state, b) {
            (S::FieldStart, b'"') => {
                opened_on = line;
                S::Quoted
            }
            (S::FieldStart | S::Unquoted, _) if separator => S::FieldStart,
            (S::FieldStart | S::Unquoted, _) => S::Unquoted,
            (S::Quoted, b'"') => S::QuoteInQuoted,
            (S::Quoted, _) => S::Quoted,
            (S::QuoteInQuoted, b'"') => S::Quoted,
            (S::QuoteInQuoted, _) if separator => S::FieldStart,
            // Tolerated in the header: the English RAMON export's header has `"... ("rulings")"`.
            (S::QuoteInQuoted, _) if in_header => S::Unquoted,
            (S::QuoteInQuoted, _) => {
                return Err(VocabError::at_line(
                    line,
                    "text follows the closing quote of a field (a quote inside a quoted field must be doubled: \"\")",
                ))
            }
        };
        if b == b'\n' {
            line += 1;
            if matches!(state, S::FieldStart) {
                in_header = false;
            }
        }
    }
    if matches!(state, S::Quoted) {
        return Err(VocabError::at_line(
            opened_on,
            "a quoted field opened on this line is never closed (unbalanced \")",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_keep_their_start_line_across_embedded_newlines() {
        let rows = read_rows("a,b\n\"x\ny\",2\nz,3\n".as_bytes()).unwrap();
        assert_eq!(
            rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            vec![1, 2, 4]
        );
        assert_eq!(rows[1].get(0), "x\ny");
        assert_eq!(rows[1].get(9), "");
    }

    #[test]
    fn strips_bom_and_handles_crlf() {
        let rows = read_rows("\u{FEFF}a,b\r\n1,\"say \"\"hi\"\"\"\r\n".as_bytes()).unwrap();
        assert_eq!(rows[0].get(0), "a");
        assert_eq!(rows[1].get(1), "say \"hi\"");
    }

    #[test]
    fn unclosed_quote_is_reported_where_it_opens() {
        let err = read_rows("a,b\n1,2\n3,\"oops\n4,5\n".as_bytes())
            .err()
            .unwrap();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("never closed"), "{err}");
        // A quote inside an unquoted field is literal, as csv readers treat it.
        assert!(read_rows("a,b\n1,2\"x\n".as_bytes()).is_ok());
        let err = read_rows("a,b\n1,2\n3,\"x\ny\" z\"\n".as_bytes())
            .err()
            .unwrap();
        assert_eq!(err.line, Some(4));
        assert!(err.message.contains("closing quote"), "{err}");
        let rows = read_rows("\"Level\",\"Rulings (\"x\")\"\n\"1\",\"A\"\n".as_bytes()).unwrap();
        assert_eq!(rows[1].get(1), "A", "header quirk tolerated");
    }

    #[test]
    fn semicolon_exports_are_read_too() {
        let rows = read_rows("code;name\nPL81;\"Lubelskie, region\"\n".as_bytes()).unwrap();
        assert_eq!(rows[1].fields, vec!["PL81", "Lubelskie, region"]);
        let err = read_rows("code;name\nPL81;\"Lubelskie\n".as_bytes())
            .err()
            .unwrap();
        assert_eq!(err.line, Some(2));
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let err = read_rows(&b"a,b\n1,2\n3,\xff\n"[..]).err().unwrap();
        assert_eq!(err.line, Some(3));
    }
}

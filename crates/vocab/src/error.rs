//! The one error type of this crate: where in the input, which field, and what is wrong.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why a vocabulary file was refused.
///
/// `Display` gives one line for the CLI, e.g.
/// `nuts.csv: line 7, field nuts_level: '4' is not a NUTS level (0-3)`.
/// Line numbers are 1-based physical lines of the file (the header is line 1); a record whose
/// quoted fields contain newlines is reported at the line where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VocabError {
    /// The file, when the error came from reading one by path.
    pub file: Option<PathBuf>,
    /// 1-based line where the offending record starts; `None` for errors about the whole input.
    pub line: Option<u64>,
    /// The column (by its name in the official layout) or argument at fault.
    pub field: Option<String>,
    pub message: String,
}

impl VocabError {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            file: None,
            line: None,
            field: None,
            message: message.into(),
        }
    }
    pub fn at_line(line: u64, message: impl Into<String>) -> Self {
        Self {
            line: Some(line),
            ..Self::new(message)
        }
    }
    pub fn at_field(line: u64, field: &str, message: impl Into<String>) -> Self {
        Self {
            line: Some(line),
            field: Some(field.to_string()),
            ..Self::new(message)
        }
    }
    pub fn in_file(mut self, path: &Path) -> Self {
        self.file = Some(path.to_path_buf());
        self
    }
}

impl fmt::Display for VocabError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{}: ", file.display())?;
        }
        match (self.line, &self.field) {
            (Some(line), Some(field)) => write!(f, "line {line}, field {field}: ")?,
            (Some(line), None) => write!(f, "line {line}: ")?,
            (None, Some(field)) => write!(f, "{field}: ")?,
            (None, None) => {}
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for VocabError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_line_and_field() {
        let e = VocabError::at_field(7, "nuts_level", "'4' is not a NUTS level (0-3)")
            .in_file(Path::new("n.csv"));
        assert_eq!(
            e.to_string(),
            "n.csv: line 7, field nuts_level: '4' is not a NUTS level (0-3)"
        );
        assert_eq!(VocabError::at_line(3, "x").to_string(), "line 3: x");
        assert_eq!(VocabError::new("empty").to_string(), "empty");
    }
}

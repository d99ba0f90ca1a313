//! Parser for the MiniZinc data files (`.dzn`) of the B2B benchmark of Bofill et al. (JAIR 2022).
//!
//! Quirks of the benchmark handled here (see the data set's README): the meetings are the rows of
//! `requested` (`meetingsxBusiness` is redundant and its ids are shifted, so it is ignored);
//! `forbidden` sets contain a dummy `0`; `precedences[m]` lists the meetings held BEFORE `m`;
//! `fixed[m] = 0` means "free". The lunch boundary is not a gap: all slots are one day.

use std::collections::HashMap;

use crate::model::{Instance, Meeting};
use crate::Error;

/// A parsed value of the dzn subset used by the benchmark.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(i64),
    Set(Vec<i64>),
    Array(Vec<Value>),
    /// `[| a, b, c | d, e, f |]`
    Matrix(Vec<Vec<i64>>),
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Int(i64),
    Sym(&'static str),
}

fn tokenize(text: &str) -> Result<Vec<(Token, usize)>, Error> {
    let mut tokens = Vec::new();
    for (index, raw_line) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw_line.split('%').next().unwrap_or("");
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c.is_whitespace() {
                i += 1;
            } else if c.is_ascii_digit()
                || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
            {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let literal: String = chars[start..i].iter().collect();
                let value = literal.parse().map_err(|_| {
                    Error::parse(line_no, format!("integer `{literal}` out of range"))
                })?;
                tokens.push((Token::Int(value), line_no));
            } else if c.is_ascii_alphabetic() || c == '_' {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                tokens.push((Token::Ident(chars[start..i].iter().collect()), line_no));
            } else if c == '.' && chars.get(i + 1) == Some(&'.') {
                tokens.push((Token::Sym(".."), line_no));
                i += 2;
            } else {
                let sym = match c {
                    '=' => "=",
                    ';' => ";",
                    '[' => "[",
                    ']' => "]",
                    '{' => "{",
                    '}' => "}",
                    '|' => "|",
                    ',' => ",",
                    other => {
                        return Err(Error::parse(
                            line_no,
                            format!("unexpected character `{other}`"),
                        ))
                    }
                };
                tokens.push((Token::Sym(sym), line_no));
                i += 1;
            }
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<(Token, usize)>,
    pos: usize,
    last_line: usize,
}

impl Parser {
    fn line(&self) -> usize {
        self.tokens
            .get(self.pos)
            .map(|t| t.1)
            .unwrap_or(self.last_line)
    }

    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|t| &t.0)
    }

    fn next(&mut self) -> Result<Token, Error> {
        let token = self
            .tokens
            .get(self.pos)
            .map(|t| t.0.clone())
            .ok_or_else(|| Error::parse(self.last_line, "unexpected end of file"))?;
        self.pos += 1;
        Ok(token)
    }

    fn expect(&mut self, sym: &'static str) -> Result<(), Error> {
        let line = self.line();
        match self.next()? {
            Token::Sym(s) if s == sym => Ok(()),
            other => Err(Error::parse(
                line,
                format!("expected `{sym}`, found {}", describe(&other)),
            )),
        }
    }

    fn eat(&mut self, sym: &'static str) -> bool {
        if self.peek() == Some(&Token::Sym(sym)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn int(&mut self) -> Result<i64, Error> {
        let line = self.line();
        match self.next()? {
            Token::Int(v) => Ok(v),
            other => Err(Error::parse(
                line,
                format!("expected an integer, found {}", describe(&other)),
            )),
        }
    }

    fn set(&mut self) -> Result<Vec<i64>, Error> {
        self.expect("{")?;
        let mut items = Vec::new();
        if self.eat("}") {
            return Ok(items);
        }
        loop {
            let first = self.int()?;
            if self.eat("..") {
                let last = self.int()?;
                items.extend(first..=last);
            } else {
                items.push(first);
            }
            if self.eat("}") {
                return Ok(items);
            }
            self.expect(",")?;
        }
    }

    fn value(&mut self) -> Result<Value, Error> {
        let line = self.line();
        match self.peek() {
            Some(Token::Int(_)) => Ok(Value::Int(self.int()?)),
            Some(Token::Sym("{")) => Ok(Value::Set(self.set()?)),
            Some(Token::Sym("[")) => {
                self.pos += 1;
                if self.eat("|") {
                    return self.matrix_rows();
                }
                let mut items = Vec::new();
                if self.eat("]") {
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value()?);
                    if self.eat("]") {
                        return Ok(Value::Array(items));
                    }
                    self.expect(",")?;
                    // MiniZinc allows a trailing comma.
                    if self.eat("]") {
                        return Ok(Value::Array(items));
                    }
                }
            }
            Some(other) => Err(Error::parse(
                line,
                format!("expected a value, found {}", describe(other)),
            )),
            None => Err(Error::parse(line, "unexpected end of file")),
        }
    }

    /// After `[|`: rows separated by `|`, closed by `|]`.
    fn matrix_rows(&mut self) -> Result<Value, Error> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        loop {
            let line = self.line();
            match self.next()? {
                Token::Int(v) => {
                    row.push(v);
                    let line = self.line();
                    match self.next()? {
                        Token::Sym(",") => {}
                        Token::Sym("|") => {
                            rows.push(std::mem::take(&mut row));
                            if self.eat("]") {
                                return Ok(Value::Matrix(rows));
                            }
                        }
                        other => {
                            return Err(Error::parse(
                                line,
                                format!(
                                    "expected `,` or `|` in matrix, found {}",
                                    describe(&other)
                                ),
                            ))
                        }
                    }
                }
                // A row ending in a trailing comma: `1, 2, 3, |`.
                Token::Sym("|") if !row.is_empty() => {
                    rows.push(std::mem::take(&mut row));
                    if self.eat("]") {
                        return Ok(Value::Matrix(rows));
                    }
                }
                Token::Sym("]") if row.is_empty() => return Ok(Value::Matrix(rows)),
                other => {
                    return Err(Error::parse(
                        line,
                        format!("expected a matrix entry, found {}", describe(&other)),
                    ))
                }
            }
        }
    }
}

fn describe(token: &Token) -> String {
    match token {
        Token::Ident(name) => format!("`{name}`"),
        Token::Int(v) => format!("`{v}`"),
        Token::Sym(s) => format!("`{s}`"),
    }
}

/// Parses `name = value;` assignments; returns each value with the line where it starts.
pub fn parse_assignments(text: &str) -> Result<HashMap<String, (Value, usize)>, Error> {
    let tokens = tokenize(text)?;
    let last_line = tokens.last().map(|t| t.1).unwrap_or(1);
    let mut parser = Parser {
        tokens,
        pos: 0,
        last_line,
    };
    let mut values = HashMap::new();
    while parser.peek().is_some() {
        let line = parser.line();
        let name = match parser.next()? {
            Token::Ident(name) => name,
            other => {
                return Err(Error::parse(
                    line,
                    format!("expected a parameter name, found {}", describe(&other)),
                ))
            }
        };
        parser.expect("=")?;
        let value = parser.value()?;
        parser.expect(";")?;
        if values.insert(name.clone(), (value, line)).is_some() {
            return Err(Error::parse(line, format!("`{name}` assigned twice")));
        }
    }
    Ok(values)
}

/// A benchmark instance as read, before conversion to the format-independent model.
#[derive(Debug, Clone)]
pub struct DznInstance {
    pub participants: usize,
    pub tables: usize,
    pub slots: usize,
    pub morning_slots: usize,
    /// Per meeting: participants (0-based) and session (1 = morning, 2 = afternoon, 3 = any).
    pub requested: Vec<(usize, usize, u8)>,
    /// Per participant: forbidden slots (0-based), dummy 0 removed.
    pub forbidden: Vec<Vec<usize>>,
    /// Per meeting: fixed slot (0-based).
    pub fixed: Vec<Option<usize>>,
    /// `(before, after)` pairs, 0-based meeting ids.
    pub precedences: Vec<(usize, usize)>,
}

struct Fields {
    values: HashMap<String, (Value, usize)>,
}

impl Fields {
    fn get(&self, name: &str) -> Result<&(Value, usize), Error> {
        self.values
            .get(name)
            .ok_or_else(|| Error::Invalid(format!("missing parameter `{name}`")))
    }

    fn count(&self, name: &str) -> Result<usize, Error> {
        match self.get(name)? {
            (Value::Int(v), _) if *v >= 0 => Ok(*v as usize),
            (_, line) => Err(Error::parse(
                *line,
                format!("`{name}` must be a non-negative integer"),
            )),
        }
    }

    fn array(&self, name: &str, expected_len: usize) -> Result<(&[Value], usize), Error> {
        match self.get(name)? {
            (Value::Array(items), line) if items.len() == expected_len => Ok((items, *line)),
            (Value::Array(items), line) => Err(Error::parse(
                *line,
                format!(
                    "`{name}` has {} entries, expected {expected_len}",
                    items.len()
                ),
            )),
            (_, line) => Err(Error::parse(*line, format!("`{name}` must be an array"))),
        }
    }
}

pub fn parse(text: &str) -> Result<DznInstance, Error> {
    let fields = Fields {
        values: parse_assignments(text)?,
    };
    let participants = fields.count("nBusiness")?;
    let meeting_count = fields.count("nMeetings")?;
    let tables = fields.count("nTables")?;
    let slots = fields.count("nTotalSlots")?;
    let morning_slots = fields.count("nMorningSlots")?;
    if morning_slots > slots {
        let line = fields.get("nMorningSlots")?.1;
        return Err(Error::parse(
            line,
            format!("nMorningSlots = {morning_slots} exceeds nTotalSlots = {slots}"),
        ));
    }

    let (requested_value, requested_line) = fields.get("requested")?;
    let Value::Matrix(rows) = requested_value else {
        return Err(Error::parse(
            *requested_line,
            "`requested` must be a matrix `[| p1, p2, session | ... |]`",
        ));
    };
    if rows.len() != meeting_count {
        return Err(Error::parse(
            *requested_line,
            format!(
                "`requested` has {} rows but nMeetings = {meeting_count}",
                rows.len()
            ),
        ));
    }
    let mut requested = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let context = |msg: String| {
            Error::parse(
                *requested_line,
                format!("`requested` row {}: {msg}", index + 1),
            )
        };
        let [a, b, session] = row[..] else {
            return Err(context(format!("expected 3 columns, found {}", row.len())));
        };
        let in_range = |p: i64| p >= 1 && p as usize <= participants;
        if !in_range(a) || !in_range(b) {
            return Err(context(format!("participant out of 1..{participants}")));
        }
        if a == b {
            return Err(context("a participant cannot meet itself".into()));
        }
        if !(1..=3).contains(&session) {
            return Err(context(format!("session {session} is not 1, 2 or 3")));
        }
        requested.push((a as usize - 1, b as usize - 1, session as u8));
    }

    let (forbidden_values, forbidden_line) = fields.array("forbidden", participants)?;
    let mut forbidden = Vec::with_capacity(participants);
    for (index, value) in forbidden_values.iter().enumerate() {
        let Value::Set(set) = value else {
            return Err(Error::parse(
                forbidden_line,
                format!("`forbidden` entry {} must be a set", index + 1),
            ));
        };
        let mut slots_of = Vec::new();
        for &s in set {
            if s == 0 {
                continue; // the benchmark's dummy element
            }
            if s < 0 || s as usize > slots {
                return Err(Error::parse(
                    forbidden_line,
                    format!("`forbidden` entry {}: slot {s} out of range", index + 1),
                ));
            }
            slots_of.push(s as usize - 1);
        }
        forbidden.push(slots_of);
    }

    let (fixed_values, fixed_line) = fields.array("fixed", meeting_count)?;
    let mut fixed = Vec::with_capacity(meeting_count);
    for (index, value) in fixed_values.iter().enumerate() {
        match value {
            Value::Int(0) => fixed.push(None),
            Value::Int(s) if *s >= 1 && *s as usize <= slots => fixed.push(Some(*s as usize - 1)),
            _ => {
                return Err(Error::parse(
                    fixed_line,
                    format!("`fixed` entry {} must be 0 or a slot 1..{slots}", index + 1),
                ))
            }
        }
    }

    let (precedence_values, precedence_line) = fields.array("precedences", meeting_count)?;
    let mut precedences = Vec::new();
    for (after, value) in precedence_values.iter().enumerate() {
        let Value::Set(set) = value else {
            return Err(Error::parse(
                precedence_line,
                format!("`precedences` entry {} must be a set", after + 1),
            ));
        };
        for &before in set {
            if before < 1 || before as usize > meeting_count || before as usize - 1 == after {
                return Err(Error::parse(
                    precedence_line,
                    format!(
                        "`precedences` entry {}: meeting {before} is not another meeting",
                        after + 1
                    ),
                ));
            }
            precedences.push((before as usize - 1, after));
        }
    }

    Ok(DznInstance {
        participants,
        tables,
        slots,
        morning_slots,
        requested,
        forbidden,
        fixed,
        precedences,
    })
}

impl DznInstance {
    /// The format-independent model: one day, the same tables in every slot, unit weights.
    pub fn to_instance(&self) -> Instance {
        let mut instance = Instance::single_day(self.participants, self.slots, self.tables);
        let mut available = vec![vec![true; self.slots]; self.participants];
        for (who, slots) in self.forbidden.iter().enumerate() {
            for &s in slots {
                available[who][s] = false;
            }
        }
        for (id, &(a, b, session)) in self.requested.iter().enumerate() {
            let session_slots = match session {
                1 => 0..self.morning_slots,
                2 => self.morning_slots..self.slots,
                _ => 0..self.slots,
            };
            let eligible = session_slots
                .filter(|&s| available[a][s] && available[b][s])
                .collect();
            instance.meetings.push(Meeting {
                first: a,
                second: b,
                weight: 1,
                eligible_slots: eligible,
                fixed_slot: self.fixed[id],
                locked: None,
                uses_table: true,
            });
        }
        instance.precedences = self.precedences.clone();
        instance
    }
}

pub fn read_instance(path: &std::path::Path) -> Result<Instance, Error> {
    let text =
        std::fs::read_to_string(path).map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
    let parsed = parse(&text).map_err(|e| e.in_file(path))?;
    Ok(parsed.to_instance())
}

//! SQL reduced to a dialect-neutral token list: keywords upper-cased,
//! placeholders unnumbered, and each backend's known spellings of the same
//! meaning (`GREATEST`/`MAX`, quoting, `FOR UPDATE`, …) mapped together.

use super::Backend;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Tok {
    /// A keyword or an identifier, upper-cased: SQL keywords and these
    /// schemas' names compare without case on every backend.
    Word(String),
    /// A string literal, as written.
    Str(String),
    Num(String),
    /// `?` (positional, `None`), `?N` or `$N`, or `:name` (taken as positional).
    Param(Option<u32>),
    Punct(String),
}

impl Tok {
    pub(super) fn text(&self) -> String {
        match self {
            Self::Word(w) | Self::Num(w) | Self::Punct(w) => w.clone(),
            Self::Str(s) => format!("'{}'", s.replace('\'', "''")),
            Self::Param(_) => "?".to_owned(),
        }
    }

    fn is(&self, text: &str) -> bool {
        !matches!(self, Self::Str(_) | Self::Param(_)) && self.text() == text
    }
}

pub(super) fn tokenize(sql: &str) -> Vec<Tok> {
    let chars: Vec<char> = sql.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let take_while = |i: &mut usize, ok: &dyn Fn(char) -> bool| {
        let start = *i;
        while *i < chars.len() && ok(chars[*i]) {
            *i += 1;
        }
        chars[start..*i].iter().collect::<String>()
    };
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            c if c.is_whitespace() => i += 1,
            '\'' => {
                let mut text = String::new();
                i += 1;
                while i < chars.len() {
                    if chars[i] == '\'' {
                        if chars.get(i + 1) == Some(&'\'') {
                            text.push('\'');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    text.push(chars[i]);
                    i += 1;
                }
                assert!(i < chars.len(), "unterminated string literal in {sql:?}");
                i += 1;
                tokens.push(Tok::Str(text));
            }
            // Quoted identifiers: backticks on MySQL, double quotes elsewhere.
            '`' | '"' => {
                i += 1;
                let name = take_while(&mut i, &|ch| ch != c);
                assert!(i < chars.len(), "unterminated identifier in {sql:?}");
                i += 1;
                tokens.push(Tok::Word(name.to_ascii_uppercase()));
            }
            '?' | '$' if next.is_some_and(|n| n.is_ascii_digit()) => {
                i += 1;
                let n = take_while(&mut i, &|ch| ch.is_ascii_digit());
                tokens.push(Tok::Param(n.parse().ok()));
            }
            '?' => {
                i += 1;
                tokens.push(Tok::Param(None));
            }
            ':' if next.is_some_and(|n| n.is_ascii_alphabetic()) => {
                i += 1;
                take_while(&mut i, &word);
                tokens.push(Tok::Param(None));
            }
            c if c.is_ascii_digit() => tokens.push(Tok::Num(take_while(&mut i, &word))),
            c if word(c) => tokens.push(Tok::Word(take_while(&mut i, &word).to_ascii_uppercase())),
            _ => {
                let pair: String = [c].into_iter().chain(next).collect();
                if ["::", "<=", ">=", "<>", "!=", "||"].contains(&pair.as_str()) {
                    i += 2;
                    tokens.push(Tok::Punct(pair));
                } else {
                    i += 1;
                    tokens.push(Tok::Punct(c.to_string()));
                }
            }
        }
    }
    tokens
}

/// Index of the `)` closing the `(` at `open`.
fn closing(tokens: &[Tok], open: usize) -> usize {
    let mut depth = 0;
    for (i, tok) in tokens.iter().enumerate().skip(open) {
        if tok.is("(") {
            depth += 1;
        } else if tok.is(")") {
            depth -= 1;
            if depth == 0 {
                return i;
            }
        }
    }
    panic!("unbalanced parentheses in {tokens:?}");
}

/// Indexes of the top-level tokens equal to `text` strictly between `open`
/// and `close`.
fn top_level(tokens: &[Tok], open: usize, close: usize, text: &str) -> Vec<usize> {
    let mut depth = 0;
    let mut found = Vec::new();
    for (i, tok) in tokens.iter().enumerate().take(close).skip(open + 1) {
        if tok.is("(") {
            depth += 1;
        } else if tok.is(")") {
            depth -= 1;
        } else if depth == 0 && tok.is(text) {
            found.push(i);
        }
    }
    found
}

fn starts_with(tokens: &[Tok], at: usize, pattern: &[&str]) -> bool {
    pattern.len() <= tokens.len().saturating_sub(at)
        && pattern.iter().zip(&tokens[at..]).all(|(p, t)| t.is(p))
}

/// Replaces every occurrence of `pattern` by `with`.
fn replace(tokens: &mut Vec<Tok>, pattern: &[&str], with: &[&str]) {
    let mut i = 0;
    while i < tokens.len() {
        if starts_with(tokens, i, pattern) {
            let new: Vec<Tok> = with.iter().map(|w| Tok::Punct((*w).to_owned())).collect();
            tokens.splice(i..i + pattern.len(), new);
            i += with.len();
        } else {
            i += 1;
        }
    }
}

/// Words that may follow a derived table's closing parenthesis without
/// being its alias.
const NOT_ALIASES: &[&str] = &[
    "UNION", "WHERE", "ORDER", "LIMIT", "GROUP", "JOIN", "ON", "FOR", "OFFSET", "HAVING",
];

/// Dialect spellings of one meaning, reduced to one spelling.
pub(super) fn normalise(sql: &str, backend: Backend) -> Vec<Tok> {
    let mut t = tokenize(sql);

    // Casts only steer the driver's decoding (PostgreSQL's untyped NULLs,
    // MySQL's unsigned results): `x::type` and `CAST(x AS type)` are `x`.
    while let Some(i) = t.iter().position(|tok| tok.is("::")) {
        t.drain(i..(i + 2).min(t.len()));
    }
    while let Some(i) = (0..t.len()).find(|&i| starts_with(&t, i, &["CAST", "("])) {
        let close = closing(&t, i + 1);
        let Some(&as_at) = top_level(&t, i + 1, close, "AS").last() else {
            panic!("CAST without AS in {sql:?}");
        };
        t.drain(as_at..=close);
        t.drain(i..i + 2);
    }

    // SQLite's scalar MAX(a, b) is GREATEST; one-argument MAX is the aggregate.
    if backend == Backend::Sqlite {
        for i in 0..t.len() {
            if starts_with(&t, i, &["MAX", "("])
                && !top_level(&t, i + 1, closing(&t, i + 1), ",").is_empty()
            {
                t[i] = Tok::Word("GREATEST".to_owned());
            }
        }
    }

    // The database clock as Unix seconds.
    replace(&mut t, &["UNIXEPOCH", "(", ")"], &["<EPOCH>"]);
    replace(&mut t, &["UNIX_TIMESTAMP", "(", ")"], &["<EPOCH>"]);
    replace(
        &mut t,
        &["EXTRACT", "(", "EPOCH", "FROM", "NOW", "(", ")", ")"],
        &["<EPOCH>"],
    );

    // Upserts: MySQL's conflict is on any unique key and names none, so the
    // others' conflict target is dropped; MySQL's new row is VALUES(col).
    // INSERT IGNORE is taken as MySQL's DO NOTHING, though it also turns
    // some other errors into warnings.
    if starts_with(&t, 0, &["INSERT", "IGNORE", "INTO"]) {
        t.remove(1);
        t.extend(tokenize("ON CONFLICT DO NOTHING"));
    }
    if let Some(i) =
        (0..t.len()).find(|&i| starts_with(&t, i, &["ON", "DUPLICATE", "KEY", "UPDATE"]))
    {
        t.splice(i..i + 4, tokenize("ON CONFLICT DO UPDATE SET"));
        let mut j = i;
        while j + 3 < t.len() {
            if t[j].is("VALUES")
                && t[j + 1].is("(")
                && matches!(t[j + 2], Tok::Word(_))
                && t[j + 3].is(")")
            {
                let column = t[j + 2].clone();
                t.splice(
                    j..j + 4,
                    [
                        Tok::Word("EXCLUDED".to_owned()),
                        Tok::Punct(".".to_owned()),
                        column,
                    ],
                );
            }
            j += 1;
        }
    }
    if let Some(i) = (0..t.len()).find(|&i| starts_with(&t, i, &["ON", "CONFLICT", "("])) {
        let close = closing(&t, i + 2);
        t.drain(i + 2..=close);
    }

    // A bounded DELETE: MySQL takes `DELETE ... WHERE c LIMIT n`; SQLite
    // (unless built with SQLITE_ENABLE_UPDATE_DELETE_LIMIT, which sqlx's
    // bundled one is not) and PostgreSQL need the keys from a subquery,
    // `DELETE FROM t WHERE k IN (SELECT k FROM t WHERE c LIMIT n)`.
    if starts_with(&t, 0, &["DELETE", "FROM"])
        && t.len() > 4
        && t[3].is("WHERE")
        && t.last().is_some_and(|l| l.is(")"))
    {
        let table = t[2].clone();
        let open = (4..t.len()).find(|&i| starts_with(&t, i, &["IN", "(", "SELECT"]));
        if let Some(in_at) = open
            && closing(&t, in_at + 1) == t.len() - 1
        {
            let key = &t[4..in_at];
            let bare: &[Tok] = if key.len() > 2 && key[0].is("(") {
                &key[1..key.len() - 1]
            } else {
                key
            };
            let select = in_at + 3;
            let after = select + bare.len();
            if t.get(select..after) == Some(bare)
                && t.get(after).is_some_and(|k| k.is("FROM"))
                && t.get(after + 1) == Some(&table)
                && t.get(after + 2).is_some_and(|k| k.is("WHERE"))
            {
                let condition: Vec<Tok> = t[after + 3..t.len() - 1].to_vec();
                t.truncate(4);
                t.extend(condition);
            }
        }
    }

    // Derived tables: MySQL and PostgreSQL require an alias, SQLite does not.
    let mut i = 0;
    while i + 1 < t.len() {
        if t[i].is("FROM") && t[i + 1].is("(") {
            let close = closing(&t, i + 1);
            if t.get(close + 1).is_some_and(|w| w.is("AS")) {
                t.drain(close + 1..(close + 3).min(t.len()));
            } else if let Some(Tok::Word(w)) = t.get(close + 1)
                && !NOT_ALIASES.contains(&w.as_str())
            {
                t.remove(close + 1);
            }
        }
        i += 1;
    }

    // SQLite cannot parenthesise a member of a compound SELECT (needed for
    // its own ORDER BY and LIMIT); it wraps it in `SELECT * FROM (...)`.
    if backend == Backend::Sqlite {
        replace(
            &mut t,
            &["UNION", "ALL", "SELECT", "*", "FROM", "("],
            &["UNION", "ALL", "("],
        );
    }
    t
}

/// The form compared across all three: SQLite reads under BEGIN IMMEDIATE's
/// write lock, so the servers' `FOR UPDATE` has no counterpart there.
pub(super) fn without_locking(mut tokens: Vec<Tok>) -> Vec<Tok> {
    while let Some(i) = (0..tokens.len()).find(|&i| starts_with(&tokens, i, &["FOR", "UPDATE"])) {
        tokens.drain(i..i + 2);
    }
    tokens
}

pub(super) fn text(tokens: &[Tok]) -> String {
    tokens.iter().map(Tok::text).collect::<Vec<_>>().join(" ")
}

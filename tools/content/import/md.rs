//! Writing Markdown that reads back as exactly the text it was given: the content tool parses
//! CommonMark, so every character that could start a construct is escaped, and nothing in a
//! WordPress post can become a link, an image, HTML or a heading by accident.

/// Text escaped for a paragraph: ASCII punctuation that means something to CommonMark (or to
/// the pipe tables) gets a backslash; `&` only where it would start an entity.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '&' if chars.peek().is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') => {
                out.push_str("\\&")
            }
            _ => out.push(c),
        }
    }
    out
}

/// A line's start escaped where CommonMark would read a block (`# `, `- `, `1. `, `> `, `=`).
pub fn escape_line_start(line: &str) -> String {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let after_digits = line.get(digits..).and_then(|rest| rest.chars().next());
    if digits > 0 && matches!(after_digits, Some('.' | ')')) {
        let (number, rest) = line.split_at(digits);
        return format!("{number}\\{rest}");
    }
    match line.chars().next() {
        Some('#' | '-' | '+' | '=' | '>' | '~' | '*') => format!("\\{line}"),
        _ => line.to_owned(),
    }
}

/// `` `code` `` with enough backticks around it.
pub fn code_span(text: &str) -> String {
    let fence = "`".repeat(longest_run(text, '`') + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') || text.starts_with(' ') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A fenced code block whose fence is longer than any backtick run inside.
pub fn code_block(text: &str, language: Option<&str>) -> String {
    let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
    let body = text.strip_suffix('\n').unwrap_or(text);
    format!("{fence}{}\n{body}\n{fence}", language.unwrap_or(""))
}

/// A link or image destination: characters that would end it or break it are encoded.
pub fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A link or image title in double quotes (an image's caption).
pub fn title(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A TOML basic string, escaped by the toml crate itself.
pub fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn longest_run(text: &str, of: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for c in text.chars() {
        run = if c == of { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// HTML's white space (not every Unicode space: a no-break space is text).
pub fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// Runs of HTML white space as one space, as a browser shows them (a run at either end too:
/// the text around decides whether it shows).
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if is_html_space(c) {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    if space {
        out.push(' ');
    }
    out
}

//! A small, forgiving HTML tokenizer for the sanitiser: text, start tags with attributes, end
//! tags. Comments, doctypes and the contents of raw-text and embedding elements (script,
//! style, iframe, svg, …) are dropped here, so no later stage ever sees them.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token {
    Text(String),
    Start { name: String, attributes: Vec<(String, String)> },
    End { name: String },
}

/// Elements whose whole content is dropped, not just the tags.
const DROP_WITH_CONTENT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "template",
    "object",
    "embed",
    "svg",
    "math",
    "select",
    "frameset",
    "applet",
];

pub fn tokenize(html: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut text = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        text.push_str(rest.get(..at).unwrap_or_default());
        let tail = rest.get(at..).unwrap_or_default();
        match read_markup(tail) {
            Some((markup, used)) => {
                if !text.is_empty() {
                    tokens.push(Token::Text(std::mem::take(&mut text)));
                }
                rest = tail.get(used..).unwrap_or_default();
                if let Markup::Token(Token::Start { name, .. }) = &markup {
                    if DROP_WITH_CONTENT.contains(&name.as_str()) {
                        rest = skip_past_end_tag(rest, name);
                        continue;
                    }
                }
                if let Markup::Token(token) = markup {
                    tokens.push(token);
                }
            }
            None => {
                // A `<` that starts no tag ("a < b") is text.
                text.push('<');
                rest = tail.get(1..).unwrap_or_default();
            }
        }
    }
    text.push_str(rest);
    if !text.is_empty() {
        tokens.push(Token::Text(text));
    }
    tokens
}

enum Markup {
    Token(Token),
    Ignored,
}

/// Reads the markup at the start of `tail` (which begins with `<`); `None` if it is not markup.
fn read_markup(tail: &str) -> Option<(Markup, usize)> {
    let after = tail.get(1..)?;
    if let Some(comment) = after.strip_prefix("!--") {
        let end = comment.find("-->").map_or(tail.len(), |i| 4 + i + 3);
        return Some((Markup::Ignored, end));
    }
    if after.starts_with(['!', '?']) {
        let end = after.find('>').map_or(tail.len(), |i| i + 2);
        return Some((Markup::Ignored, end));
    }
    let (closing, body) = match after.strip_prefix('/') {
        Some(body) => (true, body),
        None => (false, after),
    };
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name_len = body.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(body.len());
    let name = body.get(..name_len)?.to_ascii_lowercase();
    let (attributes, attr_len) = read_attributes(body.get(name_len..)?);
    let used = 1 + usize::from(closing) + name_len + attr_len;
    let token = if closing { Token::End { name } } else { Token::Start { name, attributes } };
    Some((Markup::Token(token), used))
}

/// Attributes up to and including the closing `>` (or the end of input), and the bytes used.
fn read_attributes(input: &str) -> (Vec<(String, String)>, usize) {
    let mut attributes = Vec::new();
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i) {
            Some(b'>') => return (attributes, i + 1),
            Some(b) if b.is_ascii_whitespace() || *b == b'/' => i += 1,
            Some(_) => {
                let start = i;
                while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace() && !b"/>=".contains(b)) {
                    i += 1;
                }
                let name = input.get(start..i).unwrap_or_default().to_ascii_lowercase();
                while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                let mut value = String::new();
                if bytes.get(i) == Some(&b'=') {
                    i += 1;
                    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                        i += 1;
                    }
                    let (read, used) = read_value(input.get(i..).unwrap_or_default());
                    value = read;
                    i += used;
                }
                if !name.is_empty() {
                    attributes.push((name, value));
                }
            }
            None => break,
        }
    }
    (attributes, input.len())
}

fn read_value(input: &str) -> (String, usize) {
    match input.chars().next() {
        Some(quote @ ('"' | '\'')) => {
            let body = input.get(1..).unwrap_or_default();
            match body.find(quote) {
                Some(end) => (body.get(..end).unwrap_or_default().to_owned(), end + 2),
                None => (body.to_owned(), input.len()),
            }
        }
        _ => {
            let end = input.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(input.len());
            (input.get(..end).unwrap_or_default().to_owned(), end)
        }
    }
}

/// The input after the end tag `</name ...>`, compared without case; all of it when missing.
fn skip_past_end_tag<'a>(input: &'a str, name: &str) -> &'a str {
    let lower = input.to_ascii_lowercase();
    let needle = format!("</{name}");
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|tail| tail.find(&needle)) {
        let at = from + found + needle.len();
        // `</scripts>` is not `</script>`: the name must end there.
        let next = lower.as_bytes().get(at).copied();
        if next.is_none_or(|b| b.is_ascii_whitespace() || b == b'>' || b == b'/') {
            let close = lower.get(at..).and_then(|tail| tail.find('>')).map_or(input.len(), |i| at + i + 1);
            return input.get(close..).unwrap_or_default();
        }
        from = at;
    }
    ""
}

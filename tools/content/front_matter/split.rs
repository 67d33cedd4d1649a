//! A file's `+++` front matter apart from its Markdown body, with the lines each starts on.

#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub front: &'a str,
    /// File line of the first front-matter line (the one after the opening `+++`).
    pub front_line: usize,
    pub body: &'a str,
    pub body_line: usize,
}

pub fn split(text: &str) -> Result<Split<'_>, (usize, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let opening_ok = lines.next().is_some_and(|line| line.trim_end() == "+++");
    if !opening_ok {
        return Err((1, "the file must start with a `+++` line, then TOML front matter, then `+++`".into()));
    }
    let front_start = text.find('\n').map_or(text.len(), |n| n + 1);
    let mut at = front_start;
    for (index, line) in lines.enumerate() {
        if line.trim_end() == "+++" {
            let closing_line = index + 2;
            return Ok(Split {
                front: &text[front_start..at],
                front_line: 2,
                body: &text[at + line.len()..],
                body_line: closing_line + 1,
            });
        }
        at += line.len();
    }
    Err((1, "no closing `+++` line after the front matter".into()))
}

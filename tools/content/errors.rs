//! Validation problems. Every problem names the file and the front-matter field (or `body`),
//! so a publisher can fix all of them in one pass instead of re-running the build per error.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based line in the file, when the problem has a place.
    pub line: Option<usize>,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}: {}", self.file, self.field, self.message),
            None => write!(f, "{}: {}: {}", self.file, self.field, self.message),
        }
    }
}

/// The problems found in one file: the file name is given once, not at every call site.
#[derive(Debug)]
pub struct Report {
    file: String,
    problems: Vec<Problem>,
}

impl Report {
    pub fn new(file: impl Into<String>) -> Self {
        Report { file: file.into(), problems: Vec::new() }
    }

    pub fn file(&self) -> &str {
        &self.file
    }

    pub fn error(&mut self, line: Option<usize>, field: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.clone(),
            line,
            field: field.to_owned(),
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// In file order (problems without a line first), whatever order the checks ran in.
    pub fn into_problems(mut self) -> Vec<Problem> {
        self.problems.sort_by_key(|p| p.line.unwrap_or(0));
        self.problems
    }
}

/// Quoted list of choices for messages like `unknown section "sport" (known: world, …)`.
pub fn known_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_name_file_line_and_field() {
        let mut report = Report::new("content/articles/a.md");
        report.error(Some(12), "body", "raw HTML is not allowed");
        report.error(None, "section", "unknown section \"sport\"");
        let lines: Vec<String> = report.into_problems().iter().map(ToString::to_string).collect();
        assert_eq!(lines[1], "content/articles/a.md:12: body: raw HTML is not allowed");
        assert_eq!(lines[0], "content/articles/a.md: section: unknown section \"sport\"");
    }
}

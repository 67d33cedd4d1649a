//! The structured blocks of a post: lists (nested ones flattened), quotes and pull quotes with
//! their citation, code, tables.

use scraper::ElementRef;

use super::html_blocks::Convert;
use super::html_inline::{Inlines, Pulled};
use super::md;

impl Convert<'_> {
    /// Gazette lists are flat: a nested list's items follow their parent item, in order, as
    /// items of the same list (the depth is lost, the words and their order are kept).
    pub(super) fn list(&mut self, element: ElementRef<'_>) {
        let ordered = element.value().name() == "ol";
        let mut items = Vec::new();
        let mut pulled = Vec::new();
        self.list_items(element, &mut items, &mut pulled);
        let lines: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let marker = if ordered { format!("{}.", index + 1) } else { "-".to_owned() };
                let indent = " ".repeat(marker.len() + 1);
                format!("{marker} {}", item.replace('\n', &format!("\n{indent}")))
            })
            .collect();
        if !lines.is_empty() {
            self.push_block(lines.join("\n"));
        }
        self.pulled(pulled);
    }

    fn list_items(&mut self, list: ElementRef<'_>, items: &mut Vec<String>, pulled: &mut Vec<Pulled>) {
        for li in list.child_elements().filter(|e| e.value().name() == "li") {
            let own = li
                .children()
                .filter(|n| ElementRef::wrap(*n).is_none_or(|e| !matches!(e.value().name(), "ul" | "ol")));
            let inlines = self.inline_run(own);
            let text = inlines.trimmed().to_owned();
            if !text.is_empty() {
                items.push(text);
            }
            pulled.extend(inlines.pulled);
            for nested in li.child_elements().filter(|e| matches!(e.value().name(), "ul" | "ol")) {
                self.list_items(nested, items, pulled);
            }
        }
    }

    /// `> paragraph` lines; the citation (`<cite>`, a pull quote's too) becomes `> — Name`.
    pub(super) fn quote(&mut self, element: ElementRef<'_>) {
        let mut paragraphs = Vec::new();
        let mut pulled = Vec::new();
        let mut attribution = None;
        let mut loose = Vec::new();
        for child in element.children() {
            let Some(inner) = ElementRef::wrap(child) else {
                loose.push(child);
                continue;
            };
            match inner.value().name() {
                // `<cite>`, `<footer>`, or the block editor's `<p><cite>…</cite></p>`.
                _ if is_citation(inner) => {
                    let text = md::collapse(&super::text::visible(inner));
                    let text = text.trim().trim_start_matches(['—', '–', '-']).trim();
                    if !text.is_empty() {
                        attribution = Some(md::escape(text));
                    }
                }
                name if super::html_blocks::is_block_name(name) => {
                    let run = self.inline_run(loose.drain(..));
                    take(run, &mut paragraphs, &mut pulled);
                    // Lists and headings in a quote are refused by the content tool: their
                    // text becomes the quote's paragraphs.
                    for part in inner.child_elements().filter(|e| e.value().name() == "li") {
                        let run = self.inlines(*part);
                        take(run, &mut paragraphs, &mut pulled);
                    }
                    if !matches!(name, "ul" | "ol") {
                        let run = self.inlines(*inner);
                        take(run, &mut paragraphs, &mut pulled);
                    }
                }
                _ => loose.push(child),
            }
        }
        let run = self.inline_run(loose.into_iter());
        take(run, &mut paragraphs, &mut pulled);
        if let Some(name) = attribution {
            paragraphs.push(format!("— {name}"));
        }
        let quoted: Vec<String> = paragraphs
            .iter()
            .map(|p| p.lines().map(|line| format!("> {line}")).collect::<Vec<_>>().join("\n"))
            .collect();
        if !quoted.is_empty() {
            self.push_block(quoted.join("\n>\n"));
        }
        self.pulled(pulled);
    }

    pub(super) fn code(&mut self, element: ElementRef<'_>) {
        let text: String = element.text().collect();
        if text.trim().is_empty() {
            return;
        }
        let inner = element.child_elements().find(|e| e.value().name() == "code");
        let language = [Some(element), inner].into_iter().flatten().find_map(|e| language_of(&classes_of(e)));
        self.push_block(md::code_block(&text, language.as_deref()));
    }

    /// A pipe table: the first row is the header when it is one in the HTML (`thead`, or all
    /// `th`); otherwise an empty header row, which the content tool reads as "no header".
    pub(super) fn table(&mut self, element: ElementRef<'_>) {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut header = false;
        let mut pulled = Vec::new();
        for row in element.descendent_elements().filter(|e| e.value().name() == "tr") {
            // Only this table's rows, not those of a table inside a cell.
            let owner = row.ancestors().filter_map(ElementRef::wrap).find(|a| a.value().name() == "table");
            if owner.map(|o| o.id()) != Some(element.id()) {
                continue;
            }
            let cells: Vec<ElementRef<'_>> =
                row.child_elements().filter(|c| matches!(c.value().name(), "td" | "th")).collect();
            if rows.is_empty() {
                let in_head =
                    row.parent().and_then(ElementRef::wrap).is_some_and(|p| p.value().name() == "thead");
                header = in_head || (!cells.is_empty() && cells.iter().all(|c| c.value().name() == "th"));
            }
            let mut texts = Vec::new();
            for cell in cells {
                let run = self.inlines(*cell);
                texts.push(run.trimmed().replace("\\\n", " "));
                pulled.extend(run.pulled);
            }
            rows.push(texts);
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        if width == 0 {
            return;
        }
        if !header {
            rows.insert(0, Vec::new());
        }
        let line = |cells: &[String]| {
            let padded = (0..width).map(|i| cells.get(i).map_or("", String::as_str)).collect::<Vec<_>>();
            format!("| {} |", padded.join(" | "))
        };
        let mut lines = Vec::new();
        for (index, row) in rows.iter().enumerate() {
            lines.push(line(row));
            if index == 0 {
                lines.push(format!("|{}", " --- |".repeat(width)));
            }
        }
        self.push_block(lines.join("\n"));
        self.pulled(pulled);
    }
}

/// A quote's citation: `<cite>`, `<footer>`, or a paragraph holding only a `<cite>`.
fn is_citation(element: ElementRef<'_>) -> bool {
    match element.value().name() {
        "cite" | "footer" => true,
        "p" => {
            let mut elements = element.child_elements();
            let only_cite =
                elements.next().is_some_and(|e| e.value().name() == "cite") && elements.next().is_none();
            let loose_text =
                element.children().any(|n| n.value().as_text().is_some_and(|t| !t.trim().is_empty()));
            only_cite && !loose_text
        }
        _ => false,
    }
}

fn take(run: Inlines, paragraphs: &mut Vec<String>, pulled: &mut Vec<Pulled>) {
    let text = run.trimmed().to_owned();
    if !text.is_empty() {
        paragraphs.push(text);
    }
    pulled.extend(run.pulled);
}

pub(super) fn classes_of(element: ElementRef<'_>) -> String {
    element.value().attr("class").unwrap_or("").to_ascii_lowercase()
}

/// `language-rust` / `lang-js` in a class list.
fn language_of(class: &str) -> Option<String> {
    class.split_whitespace().find_map(|c| {
        let name = c.strip_prefix("language-").or_else(|| c.strip_prefix("lang-"))?;
        let ok = !name.is_empty()
            && name.chars().all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '-' | '+' | '#' | '_'));
        ok.then(|| name.to_owned())
    })
}

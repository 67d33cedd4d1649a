//! GitHub-style pipe tables. The first row is the header row (none when all its cells are
//! empty); cells hold the usual inlines. Column alignment is not kept: the app sets every
//! column the same way. A row shorter than the header is padded with empty cells (GitHub's
//! rule); a longer one is an error, since GitHub would drop the cells past the header's.

use std::ops::Range;

use gazette::model::article::{Block, Inline};
use pulldown_cmark::{Event, Tag, TagEnd};

use super::Converter;

impl Converter<'_, '_> {
    /// After `Start(Table)`, whose source is `table`; consumes the table's events.
    pub(super) fn table(&mut self, table: Range<usize>) -> Option<Block> {
        let errors_before = self.errors.len();
        let mut head = Vec::new();
        let mut rows = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::End(TagEnd::Table) => break,
                Event::Start(Tag::TableHead) => head = self.cells(range).0,
                Event::Start(Tag::TableRow) => {
                    let (row, excess) = self.cells(range);
                    if let Some(at) = excess {
                        let message = format!("this row has more cells than the header row's {}", head.len());
                        self.error(at, message);
                    }
                    rows.push(row);
                }
                _ => {
                    self.refuse(range.start, "unexpected content in a table");
                }
            }
        }
        if head.iter().all(Vec::is_empty) {
            head.clear();
        }
        if rows.is_empty() && head.is_empty() {
            self.error(table.start, "a table needs some cells");
        }
        (self.errors.len() == errors_before).then_some(Block::Table { head, rows })
    }

    /// The cells of a row whose source is `row`, up to its `End`; and where text past the last
    /// cell starts, when the row had more cells than the table has columns.
    fn cells(&mut self, row: Range<usize>) -> (Vec<Vec<Inline>>, Option<usize>) {
        let mut cells = Vec::new();
        let mut last_end = row.start;
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::Start(Tag::TableCell) => {
                    cells.push(self.inline_only("tables"));
                    self.skip_rest();
                    last_end = range.end;
                }
                Event::End(_) => break,
                _ => {
                    self.refuse(range.start, "unexpected content in a table row");
                }
            }
        }
        let rest = self.source.get(last_end..row.end).unwrap_or_default();
        let excess = rest.find(|c: char| !c.is_whitespace() && c != '|').map(|offset| last_end + offset);
        (cells, excess)
    }
}

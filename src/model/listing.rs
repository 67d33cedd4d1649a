//! The home page and the paginated archives (section, tag, author) as the app fetches them.

use serde::{Deserialize, Serialize};

use super::article::{Ref, Summary};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionBlock {
    pub section: Ref,
    pub articles: Vec<Summary>,
}

/// `content/home.json`: bounded whatever the archive size (a few summaries per section).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Home {
    pub format: u32,
    pub lead: Summary,
    #[serde(default)]
    pub latest: Vec<Summary>,
    pub sections: Vec<SectionBlock>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ArchiveKind {
    Section,
    Tag,
    Author,
}

impl ArchiveKind {
    /// The folder under `content/` and the first segment of the page URL.
    pub fn segment(self) -> &'static str {
        match self {
            ArchiveKind::Section => "section",
            ArchiveKind::Tag => "tag",
            ArchiveKind::Author => "author",
        }
    }
}

/// One page of an archive: `content/<kind>/<slug>/<page>.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArchivePage {
    pub format: u32,
    pub kind: ArchiveKind,
    pub subject: Ref,
    /// 1-based.
    pub page: u32,
    pub total_pages: u32,
    pub total_articles: u32,
    pub articles: Vec<Summary>,
}

impl ArchivePage {
    /// The heading a reader sees: "World", "Tagged: climate", "Mara Lindqvist".
    pub fn heading(&self) -> String {
        match self.kind {
            ArchiveKind::Section | ArchiveKind::Author => self.subject.name.clone(),
            ArchiveKind::Tag => format!("Tagged: {}", self.subject.name),
        }
    }

    /// The page's meta description: "12 stories: World, from The Harbour Gazette."
    /// The page's title: its heading, and which page of it after the first.
    pub fn title(&self) -> String {
        if self.page > 1 {
            format!("{} — page {}", self.heading(), self.page)
        } else {
            self.heading()
        }
    }

    pub fn description(&self, site_name: &str) -> String {
        format!("{} stories: {}, from {site_name}.", self.total_articles, self.heading())
    }
}

/// "1 story", "12 stories".
pub fn story_count(total: u32) -> String {
    match total {
        1 => "1 story".to_owned(),
        n => format!("{n} stories"),
    }
}

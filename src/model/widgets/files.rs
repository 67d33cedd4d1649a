//! Where the widget documents are, under the content folder. The content tool writes them and
//! the app reads them, so both take the names from here.

/// Every site-wide widget's document sits in one file, each under its [`WidgetPart`] key: a
/// page asks once for all of them (as six files they were six requests on a first visit, the
/// most of any page's). Each part keeps its own `format`, and the app decodes each part on its
/// own, so one bad part leaves the other widgets standing.
pub const SITE_WIDGETS_FILE: &str = "widgets/all.json";

/// The parts of [`SITE_WIDGETS_FILE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetPart {
    /// HeadlineList: "Most Popular".
    MostPopular,
    /// HeadlineList: "Popular News".
    PopularNews,
    /// HeadlineList: "Read Now".
    ReadNow,
    /// HeadlineList: the "Trending Now" ticker.
    Trending,
    /// SectionCounts: the "Sections" list.
    Sections,
    /// HouseAds: every house ad.
    Ads,
}

impl WidgetPart {
    pub const ALL: [WidgetPart; 6] = [
        WidgetPart::MostPopular,
        WidgetPart::PopularNews,
        WidgetPart::ReadNow,
        WidgetPart::Trending,
        WidgetPart::Sections,
        WidgetPart::Ads,
    ];

    pub fn key(self) -> &'static str {
        match self {
            WidgetPart::MostPopular => "mostPopular",
            WidgetPart::PopularNews => "popularNews",
            WidgetPart::ReadNow => "readNow",
            WidgetPart::Trending => "trending",
            WidgetPart::Sections => "sections",
            WidgetPart::Ads => "ads",
        }
    }
}

/// Related articles and the previous / next links of one article.
pub fn article_links_file(slug: &str) -> String {
    format!("widgets/related/{slug}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_paths_match_the_documented_layout() {
        assert_eq!(article_links_file("a-b"), "widgets/related/a-b.json");
        assert_eq!(SITE_WIDGETS_FILE, "widgets/all.json");
        let keys: std::collections::BTreeSet<&str> = WidgetPart::ALL.iter().map(|p| p.key()).collect();
        assert_eq!(keys.len(), WidgetPart::ALL.len(), "one key per part");
    }
}

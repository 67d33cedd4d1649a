//! Pictures: what the content says about one (`Image`), and the `srcset`/`sizes` the app and
//! the static copies give it, so a phone downloads a copy of the width it shows rather than
//! the newsroom's largest.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    /// Site-relative path (`images/…`, resolved against the site's base) or an https URL.
    pub src: String,
    pub alt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// Intrinsic size, so the browser reserves the space before the image arrives. `src` is
    /// also the `srcset` candidate of this width.
    pub width: u32,
    pub height: u32,
    /// The same picture at other widths (the content tool writes them narrowest first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<ImageVariant>,
}

/// One more file of the same picture, `width` pixels wide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageVariant {
    pub src: String,
    pub width: u32,
}

/// Where a picture is laid out, which decides how wide it is drawn (`sizes`). Kept in step
/// with `style/main.css`: an estimate a little over the real width only costs a few bytes,
/// one under it a blurry picture.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ImageSlot {
    /// The article's featured image and pictures in its body: the text column (`--measure`).
    #[default]
    Column,
    /// One picture of a gallery in the article's body: a grid of columns at least 12rem wide
    /// in the text column (`style/blocks.css`), so three across on a wide screen, one or two
    /// on a phone.
    GalleryItem,
    /// The front page's lead story: three fifths of the main column beside the sidebar.
    Lead,
    /// A card's thumbnail in the grids and lists of stories.
    Thumbnail,
    /// The small square beside a headline in the Most Popular widget.
    WidgetThumbnail,
}

impl ImageSlot {
    pub fn sizes(self) -> &'static str {
        match self {
            ImageSlot::Column => "(min-width: 46rem) 44rem, calc(100vw - 2rem)",
            ImageSlot::GalleryItem => "(min-width: 46rem) 14rem, (min-width: 27rem) 50vw, calc(100vw - 2rem)",
            ImageSlot::Lead => "(min-width: 1000px) 30rem, (min-width: 800px) 60vw, calc(100vw - 2rem)",
            ImageSlot::Thumbnail => "(min-width: 700px) 24rem, calc(100vw - 2rem)",
            ImageSlot::WidgetThumbnail => "5.5rem",
        }
    }
}

impl Image {
    /// `url 640w, url 1200w` over `src` and the variants, narrowest first, each URL made by
    /// `resolve` (the site's base). `None` when there is nothing to choose from. A URL with
    /// whitespace or a comma would split the list in the wrong place, so such a candidate is
    /// left out, as is a second candidate of the same width.
    pub fn srcset(&self, resolve: impl Fn(&str) -> String) -> Option<String> {
        if self.variants.is_empty() {
            return None;
        }
        let mut candidates: Vec<(u32, String)> = std::iter::once((self.width, resolve(&self.src)))
            .chain(self.variants.iter().map(|variant| (variant.width, resolve(&variant.src))))
            .filter(|(width, url)| {
                *width > 0 && !url.is_empty() && !url.contains(|c: char| c == ',' || c.is_whitespace())
            })
            .collect();
        candidates.sort_by_key(|(width, _)| *width);
        candidates.dedup_by_key(|(width, _)| *width);
        if candidates.len() < 2 {
            return None;
        }
        let list: Vec<String> =
            candidates.into_iter().map(|(width, url)| format!("{url} {width}w")).collect();
        Some(list.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo(variants: &[(&str, u32)]) -> Image {
        Image {
            src: "images/port.jpg".into(),
            alt: "The port".into(),
            caption: None,
            credit: None,
            width: 1200,
            height: 675,
            variants: variants
                .iter()
                .map(|(src, width)| ImageVariant { src: (*src).into(), width: *width })
                .collect(),
        }
    }

    fn under_base(src: &str) -> String {
        format!("/news/{src}")
    }

    #[test]
    fn no_variants_no_srcset() {
        assert_eq!(photo(&[]).srcset(under_base), None);
    }

    #[test]
    fn candidates_are_listed_narrowest_first_under_the_base() {
        let image = photo(&[("images/port-1600.jpg", 1600), ("images/port-640.jpg", 640)]);
        assert_eq!(
            image.srcset(under_base).as_deref(),
            Some("/news/images/port-640.jpg 640w, /news/images/port.jpg 1200w, /news/images/port-1600.jpg 1600w")
        );
    }

    #[test]
    fn candidates_that_would_break_the_list_are_left_out() {
        let image = photo(&[
            ("images/a,b.jpg", 640),
            ("images/a b.jpg", 800),
            ("images/zero.jpg", 0),
            ("images/again.jpg", 1200),
        ]);
        assert_eq!(image.srcset(under_base), None, "only src is left");
        let image = photo(&[("images/a,b.jpg", 640), ("images/port-480.jpg", 480)]);
        assert_eq!(
            image.srcset(under_base).as_deref(),
            Some("/news/images/port-480.jpg 480w, /news/images/port.jpg 1200w")
        );
    }

    #[test]
    fn variants_are_optional_in_json() {
        let json = r#"{"src":"images/a.svg","alt":"A","width":1200,"height":675}"#;
        let image: Image = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
        assert!(image.variants.is_empty());
        assert_eq!(serde_json::to_string(&image).unwrap_or_default(), json, "no empty list is written");
    }
}

//! Pictures are downloaded into `public/images/wordpress/`, so the Gazette site never sends a
//! reader to WordPress (which then serves only the import and the comment API), `http://`
//! sites work (the content tool wants remote pictures on `https://`), and the content tool
//! reads each file's true size. A file already there is not fetched again: a re-run downloads
//! only the new pictures.

use std::path::{Path, PathBuf};

use super::client::Client;
use super::wp::Media;
use super::write::write_atomic;
use crate::images;

/// Under the public folder: the site's pictures keep their WordPress upload paths below it.
pub const FOLDER: &str = "images/wordpress";

pub struct Pictures {
    public: PathBuf,
    pub downloaded: u64,
    pub bytes: u64,
}

/// The featured image as the front matter's `[image]` table gets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Featured {
    pub src: String,
    pub alt: String,
    pub caption: Option<String>,
    pub credit: Option<String>,
    /// Written only when the content tool cannot read the file's size itself.
    pub size: Option<(u32, u32)>,
    /// `(src, width)`; the width written only for such files too.
    pub variants: Vec<(String, Option<u32>)>,
}

impl Pictures {
    pub fn new(public: &Path) -> Pictures {
        Pictures { public: public.to_owned(), downloaded: 0, bytes: 0 }
    }

    /// The local path (under the public folder) of the picture at `url`, downloaded unless it
    /// is already there. Only pictures whose size the content tool can read (SVG, PNG, JPEG)
    /// can stand in a body.
    pub fn body_picture(&mut self, client: &mut Client<'_>, url: &str) -> Result<String, String> {
        let local = local_path(url)?;
        if !readable(&local) {
            return Err("the content tool reads the size of SVG, PNG and JPEG files only".into());
        }
        self.fetch(client, url, &local)?;
        Ok(local)
    }

    pub fn fetch(&mut self, client: &mut Client<'_>, url: &str, local: &str) -> Result<(), String> {
        let path = self.public.join(local);
        if path.is_file() {
            return Ok(());
        }
        let bytes = client.download(url)?;
        if readable(local) && images::intrinsic_size_of(local, &bytes).is_none() {
            return Err(format!("{url}: not a picture of its type"));
        }
        self.bytes += bytes.len() as u64;
        self.downloaded += 1;
        write_atomic(&path, &bytes)
    }

    /// The featured image: the full size, and as `variants` the other sizes WordPress made of
    /// the same shape (cropped thumbnails are another picture, not a variant).
    pub fn featured(
        &mut self,
        client: &mut Client<'_>,
        media: &Media,
        fallback_alt: &str,
    ) -> Result<Featured, String> {
        let details = &media.media_details;
        let full = details.sizes.get("full");
        let url = full.map(|f| f.source_url.as_str()).filter(|u| !u.is_empty()).unwrap_or(&media.source_url);
        if url.is_empty() || media.media_type.as_str() == "file" {
            return Err("the featured media has no picture".into());
        }
        let (width, height) = full.map_or((details.width, details.height), |f| (f.width, f.height));
        let src = local_path(url)?;
        self.fetch(client, url, &src)?;
        let readable_file = readable(&src);
        let mut widths = vec![width];
        let mut variants = Vec::new();
        let mut sizes: Vec<_> = details.sizes.values().collect();
        sizes.sort_by_key(|s| s.width);
        for size in sizes {
            let same_shape = width > 0
                && height > 0
                && size.width > 0
                && size.height > 0
                && images::aspect_matches((size.width, size.height), (width, height));
            if !same_shape || widths.contains(&size.width) || size.source_url.is_empty() {
                continue;
            }
            let local = local_path(&size.source_url)?;
            self.fetch(client, &size.source_url, &local)?;
            widths.push(size.width);
            variants.push((local, (!readable(&size.source_url)).then_some(size.width)));
        }
        let alt = super::text::plain(&media.alt_text);
        let caption = super::text::plain_html(&media.caption.rendered);
        Ok(Featured {
            src,
            alt: if alt.is_empty() {
                caption.clone().filter(|c| !c.is_empty()).unwrap_or_else(|| fallback_alt.to_owned())
            } else {
                alt
            },
            caption: caption.filter(|c| !c.is_empty()),
            credit: details.credit().map(str::to_owned),
            size: (!readable_file && width > 0 && height > 0).then_some((width, height)),
            variants,
        })
    }
}

fn readable(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".svg", ".png", ".jpg", ".jpeg"].iter().any(|ext| lower.ends_with(ext))
}

/// `https://wp.example/wp-content/uploads/2026/11/a.jpg` → `images/wordpress/2026/11/a.jpg`;
/// a picture elsewhere keeps its host as the first folder. Every segment is reduced to
/// letters, digits, `.`, `-` and `_`, as the content tool wants local paths plain.
pub fn local_path(url: &str) -> Result<String, String> {
    let rest =
        url.split_once("://").map(|(_, rest)| rest).ok_or_else(|| format!("{url:?} is not absolute"))?;
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let below = match path.split_once("wp-content/uploads/") {
        Some((_, below)) => below.to_owned(),
        None => format!("{host}/{path}"),
    };
    let segments: Vec<String> = below
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|segment| {
            let decoded = super::slugs::percent_decode(segment);
            let plain: String = deunicode::deunicode(&decoded)
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '-' })
                .collect();
            plain.trim_matches('.').to_owned()
        })
        .filter(|s| !s.is_empty())
        .collect();
    if segments.is_empty() {
        return Err(format!("{url:?} names no file"));
    }
    Ok(format!("{FOLDER}/{}", segments.join("/")))
}

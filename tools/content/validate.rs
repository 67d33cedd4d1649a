//! One article file → a checked record: front matter and body validated against the site
//! config and the public folder, with every problem collected.

use std::path::Path;

use gazette::model::article::{Article, Block, Ref};
use gazette::model::site::SiteConfig;
use gazette::model::slug::{is_valid_slug, slugify};
use gazette::model::text::{excerpt, inline_text, reading_minutes, word_count};
use gazette::model::FORMAT_VERSION;

use crate::date::{parse_rfc3339, Instant};
use crate::errors::{known_list, Problem, Report};
use crate::front_matter::{self, Located};
use crate::images;
use crate::{featured, markdown, media};

pub const MAX_TITLE_CHARS: usize = 200;
pub const EXCERPT_CHARS: usize = 200;

/// A valid article plus what ordering and widgets need but the JSON does not carry.
#[derive(Clone, Debug)]
pub struct Record {
    pub article: Article,
    pub excerpt: String,
    pub instant: Instant,
    pub lead: bool,
    /// An editor's pick: listed in "Read Now".
    pub pick: bool,
    /// Views in the last 7 days: ranks "Most Popular", "Popular News" and "Trending Now".
    pub popularity: u64,
    pub file: String,
}

pub struct Context<'a> {
    pub site: &'a SiteConfig,
    pub public: &'a Path,
}

impl Context<'_> {
    /// Size of a local image under the public folder, for in-body images.
    pub fn local_size(&self, src: &str) -> Result<(u32, u32), String> {
        match self.read_size(src)? {
            Some(size) => Ok(size),
            None => Err(format!("cannot tell the size of {src:?}; use an SVG, PNG or JPEG file")),
        }
    }

    pub fn read_size(&self, src: &str) -> Result<Option<(u32, u32)>, String> {
        let path = self.public.join(src);
        if !path.is_file() {
            return Err(format!("{src:?} not found in {}", self.public.display()));
        }
        images::intrinsic_size(&path)
    }
}

pub fn article(file: &str, slug: &str, text: &str, cx: &Context<'_>) -> Result<Record, Vec<Problem>> {
    let mut report = Report::new(file);
    if !is_valid_slug(slug) {
        report.error(
            None,
            "slug",
            format!("file name {slug:?} is not a valid slug (lowercase a-z, 0-9, single hyphens)"),
        );
    }
    let split = match front_matter::split(text) {
        Ok(split) => split,
        Err((line, message)) => {
            report.error(Some(line), "front matter", message);
            return Err(report.into_problems());
        }
    };
    let Some(fm) = front_matter::parse(&split, &mut report) else {
        return Err(report.into_problems());
    };
    let media = media::check(&mut report, fm.media, cx);
    let pictures = markdown::Pictures { local_size: &|src| cx.local_size(src), media: &media };
    let converted = markdown::convert(split.body, split.body_line, &pictures);
    let body = converted.blocks;
    // A body whose pictures all named a wrong `media` entry is not empty: the entry is the fault.
    if body.is_empty() && converted.errors.is_empty() && converted.media_used.is_empty() {
        report.error(None, "body", "the article has no text");
    }
    for (line, message) in converted.errors {
        report.error(Some(line), "body", message);
    }
    media::report_unused(&mut report, &media, &converted.media_used);

    let title = required(&mut report, "title", fm.title);
    if let Some(t) = title.as_ref().filter(|t| t.value.chars().count() > MAX_TITLE_CHARS) {
        report.error(Some(t.line), "title", format!("longer than {MAX_TITLE_CHARS} characters"));
    }
    let standfirst = required(&mut report, "standfirst", fm.standfirst);
    let section = required(&mut report, "section", fm.section).and_then(|s| {
        let found = cx.site.section(&s.value).cloned();
        if found.is_none() {
            let known = known_list(cx.site.sections.iter().map(|s| s.slug.as_str()));
            report.error(Some(s.line), "section", format!("unknown section {:?} (known: {known})", s.value));
        }
        found
    });
    let author = required(&mut report, "author", fm.author).and_then(|a| named_ref(&mut report, "author", a));
    let published =
        required(&mut report, "published", fm.published).and_then(|p| date(&mut report, "published", p));
    let updated = fm.updated.and_then(|u| date(&mut report, "updated", u));
    if let (Some(p), Some(u)) = (&published, &updated) {
        if u < p {
            report.error(
                None,
                "updated",
                format!("{} is before published {}", u.to_rfc3339(), p.to_rfc3339()),
            );
        }
    }
    let mut tags: Vec<Ref> = Vec::new();
    for tag in fm.tags.map(|t| t.value).unwrap_or_default() {
        let line = tag.line;
        let Some(tag) = named_ref(&mut report, "tags", tag) else { continue };
        if tags.iter().any(|t| t.slug == tag.slug) {
            report.error(Some(line), "tags", format!("{:?} is listed twice", tag.name));
        } else {
            tags.push(tag);
        }
    }
    let image = fm.image.and_then(|i| featured::image(&mut report, i, cx));
    let custom_excerpt = fm.excerpt.and_then(|e| nonempty(&mut report, "excerpt", e));
    let origin = fm.wordpress.and_then(|w| front_matter::wordpress::check(&mut report, w));

    let (Some(title), Some(standfirst), Some(section), Some(author), Some(published), true) =
        (title, standfirst, section, author, published, report.is_empty())
    else {
        return Err(report.into_problems());
    };
    let (title, standfirst) = (title.value, standfirst.value);
    let first_paragraph = body.iter().find_map(|b| match b {
        Block::Paragraph { content } => Some(inline_text(content)),
        _ => None,
    });
    let excerpt = custom_excerpt
        .unwrap_or_else(|| excerpt(first_paragraph.as_deref().unwrap_or(&standfirst), EXCERPT_CHARS));
    let article = Article {
        format: FORMAT_VERSION,
        slug: slug.to_owned(),
        title,
        standfirst,
        section,
        author,
        published: published.to_rfc3339(),
        updated: updated.map(|u| u.to_rfc3339()),
        tags,
        image,
        reading_minutes: reading_minutes(word_count(&body)),
        body,
        wordpress_id: origin.map(|o| o.id),
    };
    Ok(Record {
        article,
        excerpt,
        instant: published,
        lead: fm.lead.is_some_and(|l| l.value),
        pick: fm.pick.is_some_and(|p| p.value),
        popularity: fm.popularity.map_or(0, |p| p.value),
        file: report.file().to_owned(),
    })
}

fn required(report: &mut Report, field: &str, value: Option<Located<String>>) -> Option<Located<String>> {
    match value {
        None => {
            report.error(None, field, "missing (required)");
            None
        }
        Some(v) => {
            let line = v.line;
            nonempty(report, field, v).map(|text| Located { value: text, line })
        }
    }
}

/// Trimmed text, or an error when nothing is left.
pub(crate) fn nonempty(report: &mut Report, field: &str, value: Located<String>) -> Option<String> {
    let trimmed = value.value.trim();
    if trimmed.is_empty() {
        report.error(Some(value.line), field, "must not be empty");
        return None;
    }
    Some(trimmed.to_owned())
}

/// A name as written plus its slug; the slug names archive files, so it must not be empty.
fn named_ref(report: &mut Report, field: &str, value: Located<String>) -> Option<Ref> {
    let line = value.line;
    let name = nonempty(report, field, value)?;
    let slug = slugify(&name);
    if slug.is_empty() || !is_valid_slug(&slug) {
        report.error(Some(line), field, format!("{name:?} has no usable slug (use Latin letters or digits)"));
        return None;
    }
    Some(Ref { slug, name })
}

fn date(report: &mut Report, field: &str, value: Located<String>) -> Option<Instant> {
    parse_rfc3339(value.value.trim()).map_err(|message| report.error(Some(value.line), field, message)).ok()
}

/// Reports a problem and gives up on the value being built.
pub(crate) fn fail<T>(
    report: &mut Report,
    line: usize,
    field: &str,
    message: impl Into<String>,
) -> Option<T> {
    report.error(Some(line), field, message);
    None
}

#[cfg(test)]
#[path = "tests/validate.rs"]
mod tests;

#[cfg(test)]
#[path = "tests/validate_media.rs"]
mod media_tests;

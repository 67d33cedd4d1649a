//! One WordPress post → one article file in the authoring format (docs/content-format.md):
//! TOML front matter, then the Markdown body.

use gazette::model::text::excerpt;

use super::html_blocks::{self, Body};
use super::links::Resolver;
use super::md::toml_string;
use super::pictures::Featured;
use super::text;
use super::wp::Post;

/// The title's limit in the content tool (`validate::MAX_TITLE_CHARS`).
use crate::validate::MAX_TITLE_CHARS;

/// What the rest of the import looked up for the post.
pub struct Facts {
    pub section: String,
    pub author: String,
    pub tags: Vec<String>,
    pub image: Option<Featured>,
}

pub struct Converted {
    pub text: String,
    pub body: Body,
}

/// Why a post cannot be imported: the field and the reason, for the report.
pub type Failure = (&'static str, String);

/// `date_gmt`-style `2026-11-27T08:30:00` → `2026-11-27T08:30:00Z`, checked by the content
/// tool's own parser.
pub fn utc(field: &'static str, wordpress: &str) -> Result<String, Failure> {
    let text = format!("{}Z", wordpress.trim().trim_end_matches('Z'));
    match crate::date::parse_rfc3339(&text) {
        Ok(instant) if !wordpress.starts_with("0000") => Ok(instant.to_rfc3339()),
        Ok(_) => Err((field, "no date (0000-00-00)".into())),
        Err(message) => Err((field, message)),
    }
}

pub fn convert(post: &Post, facts: &Facts, resolver: &mut Resolver<'_, '_>) -> Result<Converted, Failure> {
    let published = utc("date_gmt", post.date_gmt())?;
    let modified = utc("modified_gmt", post.modified_gmt())?;
    if post.link.trim().is_empty() {
        return Err(("link", "missing".into()));
    }
    let body = html_blocks::convert(&post.content.rendered, resolver);
    if body.markdown.trim().is_empty() {
        return Err(("content", "nothing to show once converted (no text, picture or embed)".into()));
    }
    let mut title = text::plain(&post.title.rendered);
    if title.chars().count() > MAX_TITLE_CHARS {
        title = excerpt(&title, MAX_TITLE_CHARS);
    }
    let first = body.first_paragraph.as_deref();
    let mut standfirst = text::standfirst(&post.excerpt.rendered, first)
        .unwrap_or_else(|| first.map(text::first_sentences).unwrap_or_default());
    if title.is_empty() {
        title = excerpt(if standfirst.is_empty() { &post.slug } else { &standfirst }, 80);
    }
    if standfirst.is_empty() {
        standfirst = title.clone();
    }
    let mut out = String::from("+++\n");
    let mut line = |key: &str, value: String| out.push_str(&format!("{key} = {value}\n"));
    line("title", toml_string(&title));
    line("standfirst", toml_string(&standfirst));
    line("section", toml_string(&facts.section));
    line("author", toml_string(&facts.author));
    line("published", toml_string(&published));
    if modified > published {
        line("updated", toml_string(&modified));
    }
    if !facts.tags.is_empty() {
        let tags: Vec<String> = facts.tags.iter().map(|t| toml_string(t)).collect();
        line("tags", format!("[{}]", tags.join(", ")));
    }
    if post.sticky {
        line("lead", "true".into());
    }
    if let Some(image) = &facts.image {
        out.push_str(&image_table(image));
    }
    out.push_str("\n[wordpress]\n");
    out.push_str(&format!("id = {}\n", post.id));
    out.push_str(&format!("modified = {}\n", toml_string(&modified)));
    out.push_str(&format!("link = {}\n", toml_string(post.link.trim())));
    out.push_str("+++\n\n");
    out.push_str(&body.markdown);
    out.push('\n');
    Ok(Converted { text: out, body })
}

fn image_table(image: &Featured) -> String {
    let mut out = String::from("\n[image]\n");
    out.push_str(&format!("src = {}\n", toml_string(&image.src)));
    out.push_str(&format!("alt = {}\n", toml_string(&image.alt)));
    if let Some(caption) = &image.caption {
        out.push_str(&format!("caption = {}\n", toml_string(caption)));
    }
    if let Some(credit) = &image.credit {
        out.push_str(&format!("credit = {}\n", toml_string(credit)));
    }
    if let Some((width, height)) = image.size {
        out.push_str(&format!("width = {width}\nheight = {height}\n"));
    }
    if !image.variants.is_empty() {
        let variants: Vec<String> = image
            .variants
            .iter()
            .map(|(src, width)| match width {
                Some(width) => format!("{{ src = {}, width = {width} }}", toml_string(src)),
                None => format!("{{ src = {} }}", toml_string(src)),
            })
            .collect();
        out.push_str(&format!("variants = [{}]\n", variants.join(", ")));
    }
    out
}

//! Categories, tags and authors, read whole each run (a handful of requests: 100 a page) and
//! turned into Gazette's names: a category is a section (its slug, or a readable one), a tag
//! and an author are written by name, one spelling per slug (the content tool refuses two),
//! the lowest WordPress id's spelling winning so that every run picks the same.

use std::collections::{BTreeMap, BTreeSet};

use gazette::model::article::Ref;
use gazette::model::slug::slugify;

use super::client::Client;
use super::slugs;
use super::text::plain;
use super::wp::{Term, User};

pub struct Taxonomy {
    /// Category id → section, and the category's published post count and archive address.
    pub sections: BTreeMap<u64, (Ref, u64, String)>,
    /// Tag id → the tag as written in the front matter, and its archive address.
    pub tags: BTreeMap<u64, (String, String)>,
    /// User id → the byline, and the author archive's address.
    pub authors: BTreeMap<u64, (String, String)>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Category {
    #[serde(flatten)]
    term: Term,
    count: u64,
}

pub fn load(client: &mut Client<'_>, notes: &mut Vec<String>) -> Result<Taxonomy, String> {
    let fields = |f: &str| vec![("_fields", f.to_owned())];
    let categories: Vec<Category> = client
        .all("categories", &fields("id,name,slug,link,count"))?
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    let tags: Vec<Term> =
        client.all("tags", &fields("id,name,slug,link"))?.into_iter().filter_map(Result::ok).collect();
    let users: Vec<User> =
        client.all("users", &fields("id,name,slug,link"))?.into_iter().filter_map(Result::ok).collect();

    let mut taken = BTreeSet::new();
    let mut sections = BTreeMap::new();
    let mut sorted: Vec<&Category> = categories.iter().collect();
    sorted.sort_by_key(|c| c.term.id);
    for category in sorted {
        let name = plain(&category.term.name);
        let fallback = format!("section-{}", category.term.id);
        let slug = slugs::unique(&slugs::gazette_slug(&category.term.slug, &name, &fallback), &taken);
        taken.insert(slug.clone());
        let name = if name.is_empty() { slug.clone() } else { name };
        sections.insert(category.term.id, (Ref { slug, name }, category.count, category.term.link.clone()));
    }
    let tags = one_spelling(
        tags.iter().map(|t| (t.id, plain(&t.name), t.slug.as_str(), t.link.as_str())),
        "tag",
        notes,
    );
    let authors = one_spelling(
        users.iter().map(|u| (u.id, plain(&u.name), u.slug.as_str(), u.link.as_str())),
        "author",
        notes,
    );
    Ok(Taxonomy { sections, tags, authors })
}

/// Names whose slugs collide are written the first way (by id); a name with no Latin letters
/// is transliterated, since the content tool makes its page's address from it.
fn one_spelling<'a>(
    items: impl Iterator<Item = (u64, String, &'a str, &'a str)>,
    what: &str,
    notes: &mut Vec<String>,
) -> BTreeMap<u64, (String, String)> {
    let mut items: Vec<_> = items.collect();
    items.sort_by_key(|(id, ..)| *id);
    let mut spelling: BTreeMap<String, String> = BTreeMap::new();
    let mut out = BTreeMap::new();
    for (id, name, slug, link) in items {
        let mut written = if name.is_empty() { slug.to_owned() } else { name };
        if slugify(&written).is_empty() {
            let latin = deunicode::deunicode(&written);
            notes.push(format!(
                "{what} {written:?} is written {latin:?} (its page's address needs Latin letters)"
            ));
            written = latin;
        }
        let key = slugify(&written);
        if key.is_empty() {
            continue;
        }
        let chosen = spelling.entry(key).or_insert_with(|| written.clone()).clone();
        out.insert(id, (chosen, link.to_owned()));
    }
    out
}

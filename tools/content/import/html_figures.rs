//! Figures: pictures, galleries (each picture with its caption), embeds (a link to the source:
//! a video, a social post), and the tables and pull quotes the block editor wraps in one.

use scraper::ElementRef;

use super::html_blocks::{is_social, Convert};
use super::html_inline::{Picture, Pulled};
use super::html_structures::classes_of;
use super::md;

impl Convert<'_> {
    /// `<figure>`: a picture, a gallery, an embed, a table or a pull quote, with its caption.
    pub(super) fn figure(&mut self, element: ElementRef<'_>, class: &str) {
        let caption_of = |e: ElementRef<'_>| {
            e.child_elements()
                .find(|c| c.value().name() == "figcaption" || classes_of(*c).contains("wp-caption-text"))
                .map(|c| md::collapse(&c.text().collect::<String>()).trim().to_owned())
                .filter(|c| !c.is_empty())
        };
        let has = |name: &str| element.descendent_elements().any(|e| e.value().name() == name);
        if class.contains("wp-block-embed") || class.contains("is-type-video") || has("iframe") {
            let embed = self.embed_of(element);
            if has("iframe") {
                self.dropped("iframe");
            }
            self.pulled(embed.into_iter().collect());
        } else if has("table") {
            for table in element.descendent_elements().filter(|e| e.value().name() == "table").take(1) {
                self.table(table);
            }
            self.caption_paragraph(caption_of(element));
        } else if has("blockquote") || class.contains("pullquote") {
            for quote in element.descendent_elements().filter(|e| e.value().name() == "blockquote").take(1) {
                self.quote(quote);
            }
        } else if class.contains("gallery") {
            // Each picture with its own caption: inner figures (the block editor's), else
            // every picture (older galleries: `dl.gallery-item`, with a `dd` caption).
            let items: Vec<ElementRef<'_>> = element
                .descendent_elements()
                .filter(|e| e.id() != element.id())
                .filter(|e| e.value().name() == "figure" || classes_of(*e).contains("gallery-item"))
                .collect();
            let mut pictures = Vec::new();
            let sources = if items.is_empty() { vec![element] } else { items };
            for item in sources {
                let caption = caption_of(item).or_else(|| {
                    item.descendent_elements()
                        .find(|d| d.value().name() == "dd")
                        .map(|d| md::collapse(&d.text().collect::<String>()).trim().to_owned())
                        .filter(|c| !c.is_empty())
                });
                for img in item.descendent_elements().filter(|e| e.value().name() == "img") {
                    pictures.extend(self.picture(img, caption.clone()).map(Pulled::Picture));
                }
            }
            self.pulled(pictures);
            self.caption_paragraph(caption_of(element));
        } else if has("img") {
            let caption = caption_of(element);
            let mut pictures = Vec::new();
            for img in element.descendent_elements().filter(|e| e.value().name() == "img") {
                pictures.extend(self.picture(img, caption.clone()).map(Pulled::Picture));
            }
            self.pulled(pictures);
        } else if has("video") || has("audio") {
            let embed = self.embed_of(element);
            self.dropped("media player");
            self.pulled(embed.into_iter().collect());
        } else {
            let run = self.inlines(*element);
            let text = run.trimmed().to_owned();
            self.push_block(text);
            self.pulled(run.pulled);
        }
    }

    fn caption_paragraph(&mut self, caption: Option<String>) {
        if let Some(caption) = caption {
            self.push_block(format!("*{}*", md::escape(&caption)));
        }
    }

    /// The source an embed links to, with words for the link.
    pub(super) fn embed_of(&mut self, element: ElementRef<'_>) -> Option<Pulled> {
        let wrapper = element
            .descendent_elements()
            .find(|e| classes_of(*e).contains("wp-block-embed__wrapper"))
            .map(|w| w.text().collect::<String>().trim().to_owned())
            .filter(|t| t.starts_with("http"));
        let attribute = |names: &[&str]| {
            [element].into_iter().chain(element.descendent_elements()).find_map(|e| {
                let name = e.value().name();
                let wanted = names.contains(&name);
                wanted
                    .then(|| e.value().attr("src").or_else(|| e.value().attr("href")))
                    .flatten()
                    .map(str::to_owned)
            })
        };
        // A social post pasted as its markup: its own address is its last link (the date).
        let social =
            [element].into_iter().chain(element.descendent_elements()).find(|e| is_social(&classes_of(*e)));
        let last_link = |e: ElementRef<'_>| {
            e.descendent_elements()
                .filter(|a| a.value().name() == "a")
                .filter_map(|a| a.value().attr("href"))
                .last()
                .map(str::to_owned)
        };
        let url = match social {
            Some(post) => last_link(post),
            None => wrapper
                .or_else(|| attribute(&["iframe", "video", "audio", "source", "embed", "object"]))
                .or_else(|| last_link(element)),
        }?;
        let url = self.resolve_link(&url).filter(|u| u.starts_with("http"))?;
        let caption = element
            .descendent_elements()
            .find(|c| c.value().name() == "figcaption")
            .map(|c| md::collapse(&c.text().collect::<String>()).trim().to_owned())
            .filter(|c| !c.is_empty());
        let said = social.map(|post| md::collapse(&super::text::visible(post)).trim().to_owned());
        let label =
            caption.or(said.filter(|s| !s.is_empty())).unwrap_or_else(|| format!("Embedded content: {url}"));
        Some(Pulled::Embed { url, label })
    }

    /// An `<img>` made a picture of the body: its source resolved (downloaded), alt text
    /// (else the caption, else the file's name, since the content tool requires one).
    pub(super) fn picture(&mut self, img: ElementRef<'_>, caption: Option<String>) -> Option<Picture> {
        let raw = img.value().attr("src").map(str::trim).filter(|s| !s.is_empty())?;
        let absolute = self.resolve_link(raw).filter(|u| u.starts_with("http"))?;
        let src = match self.resolver_picture(&absolute) {
            Ok(src) => src,
            Err(why) => {
                self.notes.push(format!("picture {absolute} left out: {why}"));
                self.dropped("img");
                return None;
            }
        };
        let alt =
            img.value().attr("alt").map(|a| md::collapse(a).trim().to_owned()).filter(|a| !a.is_empty());
        let alt = alt.or_else(|| caption.clone()).unwrap_or_else(|| file_words(&absolute));
        Some(Picture { src, alt, caption })
    }
}

/// `Iceland-test-1024x620.jpg` → `Iceland test`: an alt text of last resort.
fn file_words(url: &str) -> String {
    let file = url.rsplit('/').next().unwrap_or(url);
    let stem = file.split('.').next().unwrap_or(file);
    let size = |w: &str| w.split('x').all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    let words: Vec<&str> = stem.split(['-', '_']).filter(|w| !w.is_empty() && !size(w)).collect();
    if words.is_empty() {
        "Picture".to_owned()
    } else {
        words.join(" ")
    }
}

use leptos::prelude::*;

use super::WidgetBox;
use crate::components::site_context::use_site;
use crate::model::listing::ArchiveKind;
use crate::model::widgets::SectionCount;

/// Every section with its number of articles. A region rather than a second "Sections"
/// navigation landmark: the header already is that.
#[component]
pub fn SectionList(sections: Vec<SectionCount>) -> impl IntoView {
    let links = use_site().links;
    (!sections.is_empty()).then(move || {
        let items = sections
            .into_iter()
            .map(|entry| {
                let href = links.archive(ArchiveKind::Section, &entry.section.slug, 1);
                let noun = if entry.count == 1 { " article" } else { " articles" };
                view! {
                    <li>
                        <a href=href>{entry.section.name}</a>
                        <span class="count">
                            {entry.count}
                            <span class="visually-hidden">{noun}</span>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <WidgetBox id="sections-heading" title="Sections" class="section-counts">
                <ul class="count-list">{items}</ul>
            </WidgetBox>
        }
    })
}

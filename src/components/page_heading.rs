use leptos::html;
use leptos::prelude::*;

/// Set by the layout once the reader has navigated inside the app (not on first load).
#[derive(Clone, Copy)]
pub struct HasNavigated(pub RwSignal<bool>);

/// The text of the layout's polite live region: the new page's heading after an in-app
/// navigation, so that screen readers say where the reader has arrived.
#[derive(Clone, Copy)]
pub struct PageAnnouncement(pub RwSignal<String>);

/// The page's one `h1`. After an in-app navigation it takes focus when it appears, so keyboard
/// users continue from its top, and its text is announced through the layout's live region.
#[component]
pub fn PageHeading(
    children: Children,
    #[prop(optional)] class: &'static str,
    /// Announced instead of the heading's text, when the page has more to say on arrival (a
    /// search says how many results it found).
    #[prop(optional_no_strip)]
    announce: Option<String>,
) -> impl IntoView {
    let heading = NodeRef::<html::H1>::new();
    let navigated = use_context::<HasNavigated>();
    let announcement = use_context::<PageAnnouncement>();
    Effect::new(move |_| {
        let element = heading.get();
        if element.is_some() {
            // The app's page is drawn: it takes the place of the build's static copy, if any.
            crate::handoff::reveal_app();
        }
        let after_navigation = navigated.is_some_and(|flag| flag.0.get_untracked());
        if let (true, Some(element)) = (after_navigation, element) {
            // Emptied first, so that a page with the same heading as the last is announced too.
            if let Some(announcement) = announcement {
                announcement.0.try_set(String::new());
            }
            // The heading may be built before a transition attaches it: focus on the next
            // frame, when it is in the document.
            let announce = announce.clone();
            request_animation_frame(move || {
                let _ = element.focus();
                if let Some(announcement) = announcement {
                    let text = announce.unwrap_or_else(|| element.text_content().unwrap_or_default());
                    announcement.0.try_set(text.trim().to_owned());
                }
            });
        }
    });
    view! {
        <h1 class=class tabindex="-1" node_ref=heading>
            {children()}
        </h1>
    }
}

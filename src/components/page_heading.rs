use leptos::html;
use leptos::prelude::*;

/// Set by the layout once the reader has navigated inside the app (not on first load).
#[derive(Clone, Copy)]
pub struct HasNavigated(pub RwSignal<bool>);

/// The page's one `h1`. After an in-app navigation it takes focus when it appears, so screen
/// readers announce the new page and keyboard users continue from its top.
#[component]
pub fn PageHeading(children: Children, #[prop(optional)] class: &'static str) -> impl IntoView {
    let heading = NodeRef::<html::H1>::new();
    let navigated = use_context::<HasNavigated>();
    Effect::new(move |_| {
        let after_navigation = navigated.is_some_and(|flag| flag.0.get_untracked());
        if let (true, Some(element)) = (after_navigation, heading.get()) {
            // The heading may be built before a transition attaches it: focus on the next
            // frame, when it is in the document.
            request_animation_frame(move || {
                let _ = element.focus();
            });
        }
    });
    view! {
        <h1 class=class tabindex="-1" node_ref=heading>
            {children()}
        </h1>
    }
}

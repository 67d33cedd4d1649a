//! Reading a context a component cannot work without, with an error that says where it must
//! come from. Leptos's `expect_context` names only the type; a component drawn outside its
//! provider is a mistake in the view tree, found by the first test that draws it.

use leptos::prelude::use_context;

/// The context `T`, which `provider` puts in place for every view below it.
#[allow(clippy::panic)] // a programming error in the view tree, not data: no reader can cause it
pub fn required_context<T: Clone + 'static>(provider: &str) -> T {
    use_context::<T>().unwrap_or_else(|| {
        panic!("{} is missing: this component must be drawn inside {provider}", std::any::type_name::<T>())
    })
}

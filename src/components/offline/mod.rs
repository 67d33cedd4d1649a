//! Reading without a network: the service worker's side in the app (registration, updates,
//! switching it off), the connection's state and the offline notices, and saved stories.
//! Every browser API here runs in effects and event handlers: the build's native render of
//! the same components draws none of it.

pub mod connection;
pub mod saved;
pub mod worker;

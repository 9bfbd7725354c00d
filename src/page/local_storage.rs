//! The browser's localStorage behind `store::KeyValue`. Every call goes through `web_sys` and
//! its `Result`s: reading `window.localStorage` throws in a sandboxed or storage-blocked iframe,
//! and `setItem` throws when the quota is full; none of it may panic.

use crate::storage_policy::{Fault, KeyValue};
use web_sys::Storage;

pub struct Local(Storage);

/// The page's localStorage, or `None` where the browser has none or refuses it.
pub fn local() -> Option<Local> {
    web_sys::window()?.local_storage().ok().flatten().map(Local)
}

impl KeyValue for Local {
    fn get(&self, key: &str) -> Result<Option<String>, Fault> {
        self.0.get_item(key).map_err(|_| Fault)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Fault> {
        self.0.set_item(key, value).map_err(|_| Fault)
    }
}

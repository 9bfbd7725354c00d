//! The page's wasm: hydrates the prerendered programme (see `journee::hydrate`).

fn main() {
    journee::hydrate();
}

// A smaller allocator than the default dlmalloc; the page runs on one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

use super::header::{Footer, Header, Nav, Notes};
use super::mine::MyAteliers;
use super::programme::Programme;
use super::state::{focus_route, AppState};
use crate::route::{Route, View};
use crate::strings::FR;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);

    // Runs once, after the first render: the page first shows the programme with nothing
    // chosen, then storage and the fragment are applied.
    Effect::new(move |_| state.start());
    // Focus follows navigation, but not the first render (nothing was asked yet).
    Effect::new(move |prev: Option<Route>| {
        let route = state.route.get();
        if prev.is_some_and(|p| p != route) {
            focus_route(&route);
        }
        route
    });

    view! {
        <a class="skip" href="#contenu">{FR.skip_link}</a>
        <Header/>
        <Nav/>
        <Notes/>
        <main id="contenu" tabindex="-1">
            {move || match state.route.with(|r| r.view) {
                View::Programme => view! { <Programme/> }.into_any(),
                View::MyAteliers => view! { <MyAteliers/> }.into_any(),
            }}
        </main>
        <Footer/>
    }
}

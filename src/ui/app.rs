use super::header::{Footer, Header, Nav, Notes};
use super::mine::MyAteliers;
use super::programme::Programme;
use super::state::{focus_route, AppState};
use crate::route::{Route, View};
use crate::strings::FR;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();

    // Runs once, after the first render: the page first shows the programme with nothing
    // chosen, then storage and the fragment are applied.
    Effect::new(move |_| state.start());
    // Focus follows navigation, including a deep link applied by `start`, but stays where the
    // browser put it on a plain visit (the route is then still the home one).
    Effect::new(move |prev: Option<Route>| {
        let route = state.route.get();
        if prev.unwrap_or(Route::HOME) != route {
            focus_route(&route);
        }
        route
    });

    view! {
        <a class="skip" href="#contenu">{FR.skip_link}</a>
        <Header/>
        <Nav state/>
        <Notes state/>
        <main id="contenu" tabindex="-1">
            {move || match state.route.with(|r| r.view) {
                View::Programme => Either::Left(view! { <Programme state/> }),
                View::MyAteliers => Either::Right(view! { <MyAteliers state/> }),
            }}
        </main>
        <Footer/>
    }
}

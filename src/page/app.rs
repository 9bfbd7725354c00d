use super::header::{Header, Nav, Notes};
use super::programme::{MyAteliersHead, Programme};
use super::state::{focus_route, AppState};
use crate::lang::Lang;
use crate::route::Route;
use leptos::prelude::*;

/// One document for both views: « Mes ateliers » is a class on `main`, and the style sheet
/// hides what was not chosen. The markup is the same whatever the view, so it is prerendered
/// once and only a few attributes and texts change afterwards: each reactive binding costs
/// wasm, so there are as few as the page needs.
///
/// `lang`: the page's language, from `<html lang>` in the browser, given by the prerenderer.
#[component]
pub fn App(lang: Lang) -> impl IntoView {
    let state = AppState::new(lang);

    // Runs once, after the first render: the page first shows the programme with nothing
    // chosen, then storage and the fragment are applied.
    Effect::new(move |_| state.start());
    // Focus follows navigation, including a deep link applied by `start`, but stays where the
    // browser put it on a plain visit (the route is then still the home one).
    Effect::new(move |prev: Option<Route>| {
        let route = state.route.get();
        if prev.unwrap_or(Route::HOME) != route {
            // After this change is drawn: on a first load with #mes-ateliers, the heading
            // would otherwise still be hidden and refuse the focus.
            let event = state.event();
            let target = route.clone();
            request_animation_frame(move || focus_route(event, &target));
        }
        route
    });

    view! {
        <Header state/>
        <Nav state/>
        <Notes state/>
        <main
            id="contenu"
            tabindex="-1"
            class:mine-view=move || state.mine()
            class:overlap=move || state.overlap()
        >
            <MyAteliersHead state/>
            <Programme state/>
        </main>
    }
}

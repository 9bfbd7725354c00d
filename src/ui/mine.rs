//! « Mes ateliers »: only the chosen ateliers, in programme order.

use super::session::SessionCard;
use super::state::AppState;
use crate::content::EVENT;
use crate::route::{MY_ATELIERS_HEADING, PROGRAMME};
use crate::strings::FR;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn MyAteliers(state: AppState) -> impl IntoView {
    let chosen = move || {
        EVENT
            .sessions
            .iter()
            .filter(|s| s.is_atelier() && state.is_chosen(s.id))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="mine" aria-labelledby=MY_ATELIERS_HEADING>
            <h2 id=MY_ATELIERS_HEADING tabindex="-1">{FR.mine_title}</h2>
            {move || {
                let list = chosen();
                if list.is_empty() {
                    Either::Left(view! {
                        <div class="empty">
                            <p>{FR.mine_empty}</p>
                            <p>{FR.mine_empty_how}</p>
                        </div>
                    })
                } else {
                    Either::Right(view! {
                        <p class="summary">{FR.chosen(list.len())}</p>
                        {list
                            .into_iter()
                            .map(|session| view! { <SessionCard state session show_time=true/> })
                            .collect_view()}
                    })
                }
            }}
            <p class="back">
                <a href=PROGRAMME>{FR.back_to_programme}</a>
            </p>
        </section>
    }
}

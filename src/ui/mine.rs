//! « Mes ateliers »: only the chosen ateliers, in programme order.

use super::session::SessionCard;
use super::state::AppState;
use crate::content::EVENT;
use crate::route::PROGRAMME;
use crate::strings::FR;
use leptos::prelude::*;

#[component]
pub fn MyAteliers() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = move || {
        EVENT
            .sessions
            .iter()
            .filter(|s| s.is_atelier() && state.is_chosen(s.id))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="mine" aria-labelledby="mes-ateliers-titre">
            <h2 id="mes-ateliers-titre" tabindex="-1">{FR.mine_title}</h2>
            {move || {
                let list = chosen();
                if list.is_empty() {
                    view! {
                        <div class="empty">
                            <p>{FR.mine_empty}</p>
                            <p>{FR.mine_empty_how}</p>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <p class="summary">{FR.chosen(list.len())}</p>
                        {list
                            .into_iter()
                            .map(|s| view! { <SessionCard session=s show_time=true/> })
                            .collect_view()}
                    }
                    .into_any()
                }
            }}
            <p class="back">
                <a href=format!("#{PROGRAMME}")>{FR.back_to_programme}</a>
            </p>
        </section>
    }
}

//! Which view the URL fragment asks for. Fragments, not paths: they work on any static host,
//! from any sub-folder, with no rewrite rule, and the back button walks through them.

/// Link to the « Mes ateliers » view.
pub const MY_ATELIERS: &str = "#mes-ateliers";
/// Link to the whole programme (also the id of its element).
pub const PROGRAMME: &str = "#programme";
/// Ids of the headings that receive the focus when a view opens.
pub const PROGRAMME_HEADING: &str = "programme-titre";
pub const MY_ATELIERS_HEADING: &str = "mes-ateliers-titre";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Programme,
    MyAteliers,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub view: View,
    /// A session to bring into view (`#atelier-2`).
    pub session: Option<String>,
}

impl Route {
    pub const HOME: Route = Route {
        view: View::Programme,
        session: None,
    };

    /// The route for `location.hash`, or `None` when the fragment is not a route (the skip
    /// link's `#contenu`, or an id the content does not have) and the view stays.
    pub fn from_hash(hash: &str, is_session: impl Fn(&str) -> bool) -> Option<Route> {
        match hash {
            "" | "#" | PROGRAMME => Some(Route::HOME),
            MY_ATELIERS => Some(Route {
                view: View::MyAteliers,
                session: None,
            }),
            _ => {
                let id = hash.strip_prefix('#')?;
                is_session(id).then(|| Route {
                    view: View::Programme,
                    session: Some(id.to_string()),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(id: &str) -> bool {
        ["atelier-2", "pleniere"].contains(&id)
    }

    #[test]
    fn fragments_to_views() {
        assert_eq!(Route::from_hash("", known), Some(Route::HOME));
        assert_eq!(Route::from_hash("#", known), Some(Route::HOME));
        assert_eq!(Route::from_hash("#programme", known), Some(Route::HOME));
        let mine = Route::from_hash("#mes-ateliers", known).unwrap();
        assert_eq!((mine.view, mine.session), (View::MyAteliers, None));
        let a2 = Route::from_hash("#atelier-2", known).unwrap();
        assert_eq!(
            (a2.view, a2.session.as_deref()),
            (View::Programme, Some("atelier-2"))
        );
        let plenary = Route::from_hash("#pleniere", known).unwrap();
        assert_eq!(plenary.session.as_deref(), Some("pleniere"));
        // location.hash always starts with `#`: a bare id is not a route.
        assert_eq!(Route::from_hash("pleniere", known), None);
    }

    #[test]
    fn other_fragments_leave_the_view_alone() {
        assert_eq!(Route::from_hash("#contenu", known), None);
        assert_eq!(Route::from_hash("#atelier-9", known), None);
        assert_eq!(Route::from_hash("#<script>", known), None);
    }
}

//! What a session offers for access, from a fixed list so that the page can word it in both
//! languages: read from the content file's codes at build time, shown by the page.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    SignLanguage,
    HearingLoop,
    StepFree,
    Captions,
    AudioDescription,
    EasyRead,
}

//! Dates and times of the day, formatted the French way by hand: browsers' `Intl` gives
//! « 10:30 » and breakable spaces, and this runs at build time too (build.rs reads the content with it).

use crate::lang::Lang;
use crate::typo::NBSP;

/// A calendar date (proleptic Gregorian). Ordered by year, month, day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A time of day, in minutes since midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time(pub u16);

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// `YYYY-MM-DD`, a real calendar date: the one reading of dates, for the content file and
    /// for the tools.
    pub fn parse(raw: &str) -> Option<Date> {
        let mut parts = raw.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        // The year read as u16, then widened: one integer parser fewer in the tools' wasm.
        let year: u16 = y.parse().ok()?;
        Date::new(i32::from(year), m.parse().ok()?, d.parse().ok()?)
    }

    /// Checks the ranges; `None` for 31 April and the like.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// 0 = Monday … 6 = Sunday, from the day count since 1970-01-01 (a Thursday).
    pub fn weekday(self) -> usize {
        (self.days() + 3).rem_euclid(7) as usize
    }

    /// The date `days` after 1970-01-01 (civil from days, after Howard Hinnant's algorithm).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// « jeudi 6 juin 2024 », lower case, with no-break spaces so the date never splits.
    pub fn fr_long(self) -> String {
        format!(
            "{} {}{NBSP}{}",
            WEEKDAYS[self.weekday()],
            self.fr_day_month(),
            self.year
        )
    }

    /// « 6 juin ».
    pub fn fr_day_month(self) -> String {
        format!("{}{NBSP}{}", self.day, MONTHS[usize::from(self.month) - 1])
    }

    /// « Thursday 6 June 2024 » (day before month, as in British English), no-break spaces.
    pub fn en_long(self) -> String {
        format!(
            "{} {}{NBSP}{}{NBSP}{}",
            WEEKDAYS_EN[self.weekday()],
            self.day,
            MONTHS_EN[usize::from(self.month) - 1],
            self.year
        )
    }

    /// The long date in `lang`.
    pub fn long(self, lang: Lang) -> String {
        match lang {
            Lang::Fr => self.fr_long(),
            Lang::En => self.en_long(),
        }
    }

    /// The weekday, day and month, for a day's heading: « jeudi 13 mars », « Thursday 13 March ».
    pub fn weekday_day_month(self, lang: Lang) -> String {
        match lang {
            Lang::Fr => format!("{} {}", WEEKDAYS[self.weekday()], self.fr_day_month()),
            Lang::En => format!(
                "{} {}{NBSP}{}",
                WEEKDAYS_EN[self.weekday()],
                self.day,
                MONTHS_EN[usize::from(self.month) - 1]
            ),
        }
    }

    /// The days from `self` to `last`, for an event's header: the long date for one day,
    /// « 13 et 14 mars 2025 » for two in a month, else « du 30 mars au 2 avril 2025 ».
    pub fn span(self, last: Date, lang: Lang) -> String {
        if last <= self {
            return self.long(lang);
        }
        let month = |d: Date| match lang {
            Lang::Fr => MONTHS[usize::from(d.month) - 1],
            Lang::En => MONTHS_EN[usize::from(d.month) - 1],
        };
        let (first, last_day, year) = (self.day, last.day, last.year);
        let two_in_a_month = Date::from_days(self.days() + 1) == last && self.month == last.month;
        match (lang, two_in_a_month) {
            (Lang::Fr, true) => format!("{first} et {last_day}{NBSP}{}{NBSP}{year}", month(last)),
            (Lang::En, true) => format!("{first} and {last_day}{NBSP}{}{NBSP}{year}", month(last)),
            (Lang::Fr, false) => format!(
                "du {first}{NBSP}{} au {last_day}{NBSP}{}{NBSP}{year}",
                month(self),
                month(last)
            ),
            (Lang::En, false) => format!(
                "{first}{NBSP}{} to {last_day}{NBSP}{}{NBSP}{year}",
                month(self),
                month(last)
            ),
        }
    }

    /// Days since 1970-01-01 (days from civil, after Howard Hinnant's published algorithm).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// `2024-06-06`, for `<time datetime>`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Time {
    /// `HH:MM` (or `H:MM`), 24-hour clock: the one reading of times.
    pub fn parse(raw: &str) -> Option<Time> {
        let (h, m) = raw.split_once(':')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        Time::new(h.parse().ok()?, m.parse().ok()?)
    }

    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time(u16::from(hour) * 60 + u16::from(minute)))
    }

    pub fn hour(self) -> u16 {
        self.0 / 60
    }

    pub fn minute(self) -> u16 {
        self.0 % 60
    }

    /// « 10 h 30 », « 14 h ».
    pub fn fr(self) -> String {
        match self.minute() {
            0 => format!("{}{NBSP}h", self.hour()),
            m => format!("{}{NBSP}h{NBSP}{m:02}", self.hour()),
        }
    }

    /// In `lang`: « 10 h 30 » in French, « 10:30 » (24-hour clock) in English.
    pub fn text(self, lang: Lang) -> String {
        match lang {
            Lang::Fr => self.fr(),
            Lang::En => self.iso(),
        }
    }

    /// `10:30`, for `<time datetime>`.
    pub fn iso(self) -> String {
        format!("{:02}:{:02}", self.hour(), self.minute())
    }
}

/// A range in `lang`: « 10 h 30 – 12 h 30 », « 10:30 – 12:30 »; no break before the dash, a
/// possible break after it.
pub fn range(lang: Lang, start: Time, end: Time) -> String {
    format!("{}{NBSP}– {}", start.text(lang), end.text(lang))
}

#[cfg(test)]
mod tests {

    #[test]
    fn spans_of_days() {
        let d = |m, day| Date::new(2025, m, day).unwrap();
        assert_eq!(d(3, 13).span(d(3, 13), Lang::Fr), d(3, 13).fr_long());
        assert_eq!(
            d(3, 13).span(d(3, 14), Lang::Fr),
            "13 et 14\u{a0}mars\u{a0}2025"
        );
        assert_eq!(
            d(3, 13).span(d(3, 14), Lang::En),
            "13 and 14\u{a0}March\u{a0}2025"
        );
        assert_eq!(
            d(3, 31).span(d(4, 1), Lang::Fr),
            "du 31\u{a0}mars au 1\u{a0}avril\u{a0}2025"
        );
        assert_eq!(
            d(3, 13).span(d(3, 15), Lang::En),
            "13\u{a0}March to 15\u{a0}March\u{a0}2025"
        );
        assert_eq!(d(3, 13).weekday_day_month(Lang::Fr), "jeudi 13\u{a0}mars");
        assert_eq!(d(3, 14).days() - d(3, 13).days(), 1);
    }

    use super::*;

    #[test]
    fn the_event_date_is_a_thursday_in_french() {
        let d = Date::new(2024, 6, 6).unwrap();
        assert_eq!(d.fr_long(), "jeudi 6\u{A0}juin\u{A0}2024");
        assert_eq!(d.iso(), "2024-06-06");
        assert_eq!(d.fr_day_month(), "6\u{A0}juin");
    }

    #[test]
    fn weekdays_across_eras_and_leap_days() {
        let cases = [
            ((1970, 1, 1), "jeudi"),
            ((2000, 2, 29), "mardi"),
            ((2024, 2, 29), "jeudi"),
            ((2023, 12, 31), "dimanche"),
            ((1900, 3, 1), "jeudi"),
            ((2100, 1, 1), "vendredi"),
        ];
        for ((y, m, d), want) in cases {
            let date = Date::new(y, m, d).unwrap();
            assert_eq!(WEEKDAYS[date.weekday()], want, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn days_since_1970_give_back_the_date() {
        assert_eq!(Date::from_days(0), Date::new(1970, 1, 1).unwrap());
        assert_eq!(Date::from_days(19_880), Date::new(2024, 6, 6).unwrap());
        assert_eq!(Date::from_days(11_016), Date::new(2000, 2, 29).unwrap());
        assert_eq!(Date::from_days(-1), Date::new(1969, 12, 31).unwrap());
        // Round trip through the weekday formula's own day count, over years.
        for days in (-800_000..800_000).step_by(997) {
            let d = Date::from_days(days);
            assert_eq!(d.weekday() as i64, (days + 3).rem_euclid(7), "{d:?}");
            assert!(Date::new(d.year, d.month, d.day).is_some());
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2024, 4, 31).is_none());
        assert!(Date::new(2024, 13, 1).is_none());
        assert!(Date::new(2024, 1, 0).is_none());
    }

    #[test]
    fn times_in_french() {
        assert_eq!(Time::new(10, 30).unwrap().fr(), "10\u{A0}h\u{A0}30");
        assert_eq!(Time::new(14, 0).unwrap().fr(), "14\u{A0}h");
        assert_eq!(Time::new(9, 5).unwrap().fr(), "9\u{A0}h\u{A0}05");
        assert_eq!(Time::new(9, 5).unwrap().iso(), "09:05");
        assert!(Time::new(24, 0).is_none());
        assert!(Time::new(12, 60).is_none());
    }

    #[test]
    fn dates_and_times_in_english() {
        let d = Date::new(2024, 6, 6).unwrap();
        assert_eq!(d.en_long(), "Thursday 6\u{A0}June\u{A0}2024");
        assert_eq!(d.long(Lang::Fr), d.fr_long());
        let (a, b) = (Time::new(10, 30).unwrap(), Time::new(14, 0).unwrap());
        assert_eq!(a.text(Lang::En), "10:30");
        assert_eq!(b.text(Lang::En), "14:00");
        assert_eq!(range(Lang::En, a, b), "10:30\u{A0}– 14:00");
    }

    #[test]
    fn ranges_in_french() {
        let r = range(
            Lang::Fr,
            Time::new(10, 30).unwrap(),
            Time::new(12, 30).unwrap(),
        );
        assert_eq!(r, "10\u{A0}h\u{A0}30\u{A0}– 12\u{A0}h\u{A0}30");
        let r = range(
            Lang::Fr,
            Time::new(14, 0).unwrap(),
            Time::new(16, 0).unwrap(),
        );
        assert_eq!(r, "14\u{A0}h\u{A0}– 16\u{A0}h");
    }
}

// Package timex finds date expressions in English news text and normalises
// them, TimeML style, against the article's publication date.
//
// Find recognises absolute dates ("28 November 2022", "Nov. 28, 2022",
// "August 2021", "2007", "2022-11-28"), dates relative to publication ("last
// month", "on Monday", "November 28", "November last year", "two years ago",
// "last summer", "this week"), days counted from the day the text told last
// ("Talks opened on 3 October; three days later …", "a day later", "the
// next day", "the previous day", "the following day", "the same day",
// "that same day", "later that day", "that night"), modified dates ("in late 2021", "mid-2020",
// "early this year", "the start of this month"), decades and centuries ("the
// 1990s", "the 20th century"), quarters and halves ("the first quarter of
// 2023") and the vague references TimeML gives a token value ("now" is
// PRESENT_REF, "recently" and "in the past" are PAST_REF, "in the future" is
// FUTURE_REF).
//
// Resolution follows TimeML and the TempEval-3 gold annotations:
//
//   - A month or day without a year ("November 28", "late November", "on
//     Monday") is the latest one not after publication, unless the clause
//     speaks of the future ("will", "due", "scheduled", "next" ...), then it is
//     the first one not before publication. A day and month within a month
//     after publication are the nearest such day, this year's ("found on 8
//     May" in an article of 30 April), not one eleven months before, unless
//     it follows "since" or names an event that happened ("the October 7
//     attack" in an article of 14 September is last year's).
//   - A day and month in figures are read day first: "28/06/2023",
//     "28.06.2023", and without a year "on 28/06" after a preposition of
//     time (never "9/11" or "24/7" alone). Two days in a row before a
//     month's name ("the night of 14/15 March") are one night, dated by
//     its first day, and so are two days in a row after "the night of"
//     ("the night of 14 and 15 March", "the night of March 14-15").
//   - "The day before yesterday" is two days before publication, "the
//     day after tomorrow" two days after.
//   - An ordinal day alone after "on" ("scheduled on 25th") is of the
//     publication's month, or in a future clause of the next month when that
//     day has passed.
//   - Two days joined by "and" are two dates ("on 17 and 21 June", "June 17
//     and 21"); a range ("between 11 and 13 April", "19-21 July", "July 19
//     to 21") is given by its first and its last day, two mentions, so that
//     what lasted from one day to another is found on both (a brief's dates
//     are single days, months or years; a span has no date form of its own).
//   - A weekday in an article published that weekday is the publication day;
//     "last Monday" is strictly before publication, "next Monday" after it.
//   - "Today" is the publication day (TimeML sometimes prefers PRESENT_REF
//     for a generic "today"; a date is more useful to a brief), or the day
//     the document gives as its own in its first lines when that is up to a
//     month before publication: a transcript's title "Department Press
//     Briefing – June 4, 2024" republished on the 6th, a statement's date
//     line (DocumentDate). Every relative date is resolved against it.
//   - "The first week of March" is the ISO week that holds March 4, the week
//     with most of its days in the month, as ISO week 1 holds January 4.
//   - Modifiers (early, mid, late, the start of, the end of) keep the value of
//     what they modify: "in late 2021" is 2021 at year precision.
//   - An expression that needs a finer publication date than is known gives
//     no mention: with a month-only anchor "on Saturday" and "yesterday" are
//     dropped, but "last month" resolves, and "last week" and "this week"
//     resolve to the anchor's month at month precision. With no anchor only
//     absolute dates are returned.
//   - Durations ("a 5-month-long ceasefire", "four-day visit", "the past
//     five years") and counts ("506 attacks", "2,000 people", "$10 million")
//     are not dates. A bare four-digit number is a year only in 1900–2099, or
//     in 1000–2099 after a word such as "in" or "since", and not when it
//     counts something ("2000 people") or follows a quantity word.
//
// Precision is a Granularity: day, week, month, season, quarter, half,
// year, decade or century, or "" for the token values PRESENT_REF,
// PAST_REF and FUTURE_REF.
// Mention.Date maps these to the model's five precisions.
//
// Find tokenises the text once and matches a small hand-written grammar over
// the tokens; it uses no regular expressions and allocates little, so it runs
// at well over 50 MB/s.
package timex

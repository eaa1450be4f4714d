package timex

// Lexical classes of words.
const (
	clsNone      uint8 = iota
	clsMonth           // n: 1–12, plus abbrev for "Nov", "Sept"
	clsWeekday         // n: time.Weekday
	clsSeason          // n: season index (see seasons)
	clsUnit            // n: a unit, plus plural for "years"
	clsRel             // n: rLast, rThis ...
	clsMod             // n: a modifier: early, mid, late ...
	clsNumWord         // n: the number's value ("a" is 1)
	clsOrd             // n: first is 1
	clsDeictic         // n: the offset in days from publication
	clsPresent         // now, currently
	clsFuture          // a word that puts a clause in the future
	clsQty             // a word that qualifies a count: about, nearly
	clsUnitAfter       // a word that makes the number before it a quantity: million, percent
	clsCount           // a noun that is counted: people, troops
	clsLabel           // a word a number labels: No., Resolution, Flight
	clsPaper           // a newspaper name's word after a weekday: Times
	clsHoliday         // a word that makes a weekday a holiday: Black Friday
	clsVague           // few, several, many
	clsDayPart         // n: morning, afternoon, evening, night (dMorning ...)
	clsFunc            // n: one of the function words below
)

const abbrev = 100 // added to a month's n for its abbreviation
const plural = 100 // added to a unit's n for its plural

// Units.
const (
	uDay = iota + 1
	uWeek
	uWeekend
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
)

// Relative words.
const (
	rLast = iota + 1
	rThis
	rNext
	rComing
	rPast
	rPrevious
	rCurrent
	rRecent
	rFollowing
)

// Modifiers.
const (
	mEarly = iota + 1
	mMid
	mLate
	mEarlier
	mLater
	mMiddle
	mStart
	mEnd
)

// Future words: some only with what follows them.
const (
	fAlways = iota // will, shall, scheduled
	fDue           // due, but not "due to" meaning "because of"
	fPlan          // plans, planned: only with "to" or "for" after
	fSched         // expected, scheduled: only with a preposition after, not "the long-expected talks"
)

// Function words.
const (
	wThe = iota + 1
	wOf
	wIn
	wOn
	wAt
	wSince
	wUntil
	wBy
	wBefore
	wAfter
	wDuring
	wFrom
	wThrough
	wTo
	wAnd
	wOr
	wBetween
	wCirca
	wAgo
	wFiscal
	wThat
	wTime
	wFuture
	wPresent
	wRecently
	wThese
	wDays
	wQ
	wFor
	wAs
	wLong
	wOld
	wSame
)

// Day parts.
const (
	dMorning = iota + 1
	dAfternoon
	dEvening
	dNight
)

// Word sets: what some words are besides their class, for the tests that
// look for particular words around a date. A word may be in several
// ("set" is in sBeSet, sSetting and sAhead); parser.inSet asks.
const (
	// sWillStop ends the clause in which willAfter looks for sModal.
	sWillStop uint32 = 1 << iota
	// sModal after a date that opens a sentence puts the clause in the
	// future: "On Friday we will vote".
	sModal
	// sHours is a unit of hours or minutes ("two hours after"): a span
	// counted within a day or two.
	sHours
	// sNaming before "for" or "after" takes a name from what follows:
	// "named for".
	sNaming
	// sBe before "to" and a verb puts a clause in the future: "are to
	// hold", "is to visit".
	sBe
	// sBeSet between sBe and "to" keeps the clause in the future: "the
	// Council is set to vote Thursday".
	sBeSet
	// sSetting before "for" and a date sets the date of what is still to
	// come: "has set the vote for August 30".
	sSetting
	// sDueVerb is a verb of "due to" in its future sense ("due to begin on
	// Sunday"); before anything else "due to" gives a cause ("due to fog").
	sDueVerb
	// sAhead may look ahead from the past of a report ("said they would
	// meet on October 25", "is expected on"), or name the future from
	// further back than the future words.
	sAhead
	// sPastEvent after a day named without a year names an event that has
	// happened: "the October 7 attack".
	sPastEvent
	// sPlacing places an event already told against another: "came a day
	// after", "comes two days before".
	sPlacing
	// sPartOfDay before "of" makes a numeric day/month after it a date:
	// "the night of 27/06".
	sPartOfDay
	// sMonthDet, with "the", makes a month's name before a noun the month
	// of what the noun names: "their February seizure of weapons".
	sMonthDet
	// sForward, after sLook: what one looks forward to is still to come.
	// What one "looked forward to" may be past.
	sForward
	sLook
	// sVerb is a season's name that is a verb unless "the" stands before
	// it: "prices fall", "the fall".
	sVerb
	// sSudden before "overnight" makes it "all at once", no night: "will
	// not end overnight", "premiums doubled overnight", "the toll rose
	// overnight".
	sSudden
	// sNightStay after "overnight" makes it a kind of stay or rule, no
	// date: "an overnight curfew", "an overnight shift".
	sNightStay
)

type lexEntry struct {
	cls  uint8
	n    int32
	sets uint32 // the word sets it is in
}

var lexicon = map[string]lexEntry{}

func init() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, names := range months {
		lexicon[names[0]] = lexEntry{cls: clsMonth, n: int32(i + 1)}
		for _, a := range names[1:] {
			lexicon[a] = lexEntry{cls: clsMonth, n: int32(i + 1 + abbrev)}
		}
	}
	for i, d := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		lexicon[d] = lexEntry{cls: clsWeekday, n: int32(i)}
	}
	for w, s := range map[string]int32{"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3} {
		lexicon[w] = lexEntry{cls: clsSeason, n: s}
	}
	units := map[string]int32{"day": uDay, "week": uWeek, "weekend": uWeekend, "month": uMonth,
		"quarter": uQuarter, "half": uHalf, "year": uYear, "decade": uDecade, "century": uCentury}
	for w, u := range units {
		lexicon[w] = lexEntry{cls: clsUnit, n: u}
	}
	for w, u := range map[string]int32{"days": uDay, "weeks": uWeek, "weekends": uWeekend, "months": uMonth,
		"quarters": uQuarter, "years": uYear, "decades": uDecade, "centuries": uCentury} {
		lexicon[w] = lexEntry{cls: clsUnit, n: u + plural}
	}
	add := func(cls uint8, n int32, words ...string) {
		for _, w := range words {
			lexicon[w] = lexEntry{cls: cls, n: n}
		}
	}
	add(clsRel, rLast, "last")
	add(clsRel, rThis, "this")
	add(clsRel, rNext, "next")
	add(clsRel, rComing, "coming", "upcoming")
	add(clsRel, rPast, "past")
	add(clsRel, rPrevious, "previous", "preceding")
	add(clsRel, rCurrent, "current")
	add(clsRel, rRecent, "recent")
	add(clsRel, rFollowing, "following")
	add(clsMod, mEarly, "early")
	add(clsMod, mMid, "mid")
	add(clsMod, mLate, "late")
	add(clsMod, mEarlier, "earlier")
	add(clsMod, mLater, "later")
	add(clsMod, mMiddle, "middle")
	add(clsMod, mStart, "start", "beginning", "dawn")
	add(clsMod, mEnd, "end", "close")
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		add(clsNumWord, int32(i), w)
	}
	add(clsNumWord, 1, "a", "an")
	add(clsNumWord, 30, "thirty")
	add(clsNumWord, 40, "forty")
	add(clsNumWord, 50, "fifty")
	for i, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth", "twenty-first"} {
		add(clsOrd, int32(i+1), w)
	}
	add(clsDeictic, 0, "today")
	add(clsDeictic, -1, "yesterday")
	add(clsDeictic, 1, "tomorrow")
	add(clsDeictic, 0, "tonight")
	add(clsDeictic, 0, "overnight") // the night before the article's day: its day (see deictic)
	add(clsDayPart, dMorning, "morning")
	add(clsDayPart, dAfternoon, "afternoon")
	add(clsDayPart, dEvening, "evening")
	add(clsDayPart, dNight, "night")
	add(clsPresent, 0, "now", "currently", "nowadays", "presently")
	add(clsFuture, fAlways, "will", "ll", "shall", "upcoming", "forthcoming", "intends")
	add(clsFuture, fSched, "expected", "scheduled", "slated")
	add(clsFuture, fDue, "due")
	add(clsFuture, fPlan, "plans", "planned", "planning", "preparations", "preparing", "prepares", "prepare")
	add(clsQty, 0, "about", "around", "nearly", "over", "than", "some", "least", "approximately", "almost",
		"roughly", "estimated", "up", "only", "just", "more", "fewer", "less", "additional", "another", "extra",
		"total", "all", "those", "these", "other", "killing", "killed", "with", "including", "per", "every", "each")
	add(clsUnitAfter, 0, "million", "billion", "trillion", "thousand", "hundred", "percent", "bn", "mn", "crore",
		"lakh", "hours", "hrs", "hr", "gmt", "utc", "pm", "am", "km", "kg", "miles", "metres", "meters", "feet",
		"times", "dollars", "rupees", "euros", "pounds", "yuan", "yen", "afghanis", "tons", "tonnes", "acres")
	add(clsCount, 0, "people", "persons", "men", "women", "children", "troops", "police", "personnel", "staff",
		"militants", "fighters", "soldiers", "civilians", "families", "refugees", "members", "students", "cases",
		"deaths", "attacks", "incidents", "votes", "units", "cars", "homes", "houses", "jobs", "workers", "pages",
		"applicants", "participants", "delegates", "officers", "prisoners", "detainees", "victims", "residents")
	add(clsLabel, 0, "no", "nos", "number", "resolution", "flight", "route", "page", "pages", "article", "chapter",
		"section", "model", "version", "room", "highway", "bus", "code", "item", "rule", "paragraph", "act", "bill",
		"order", "ordinance", "decree", "law", "unit", "squadron", "brigade", "regiment", "division", "battalion",
		"corps", "volume", "issue", "vol", "seat", "seats", "channel", "platform", "rs", "usd", "pkr", "inr", "eur",
		"gbp", "afn", "ksh")
	add(clsPaper, 0, "times", "telegraph", "express", "mirror", "herald", "post", "mail", "tribune", "star",
		"independent", "observer", "sun", "news", "guardian", "journal")
	add(clsHoliday, 0, "black", "good", "ash", "super", "bloody", "cyber", "holy", "easter", "palm", "maundy",
		"shrove", "giving", "small", "plough", "mothering")
	add(clsVague, 0, "few", "several", "many", "some", "couple")
	fn := map[string]int32{"the": wThe, "of": wOf, "in": wIn, "on": wOn, "at": wAt, "since": wSince,
		"until": wUntil, "till": wUntil, "by": wBy, "before": wBefore, "after": wAfter, "during": wDuring,
		"from": wFrom, "through": wThrough, "throughout": wThrough, "to": wTo, "and": wAnd, "or": wOr,
		"between": wBetween, "circa": wCirca, "ago": wAgo, "fiscal": wFiscal, "financial": wFiscal,
		"calendar": wFiscal, "academic": wFiscal, "school": wFiscal, "that": wThat, "time": wTime,
		"future": wFuture, "present": wPresent, "recently": wRecently, "these": wThese, "q": wQ, "for": wFor,
		"as": wAs, "long": wLong, "old": wOld, "into": wIn, "within": wIn, "same": wSame,
	}
	for w, n := range fn {
		lexicon[w] = lexEntry{cls: clsFunc, n: n}
	}
	// The word sets, after the classes, which would clear them.
	addSet := func(set uint32, words ...string) {
		for _, w := range words {
			e := lexicon[w]
			e.sets |= set
			lexicon[w] = e
		}
	}
	addSet(sWillStop, "and", "but", "that", "which", "who", "said", "says", "after", "when", "since")
	addSet(sModal, "will", "shall", "ll")
	addSet(sHours, "hour", "hours", "minute", "minutes")
	addSet(sNaming, "named", "called", "dubbed", "christened", "renamed")
	addSet(sBe, "is", "are", "am")
	addSet(sBeSet, "set", "poised", "going", "likely", "about")
	addSet(sSetting, "set", "fixed", "rescheduled", "pencilled", "penciled", "earmarked", "slated", "scheduled")
	addSet(sDueVerb, "be", "begin", "start", "resume", "meet", "hold", "take", "open", "reopen", "close", "end",
		"expire", "arrive", "visit", "return", "vote", "sign", "convene", "travel", "leave", "launch", "conclude",
		"attend", "host", "appear", "hear", "rule", "decide", "come", "go", "release")
	addSet(sAhead, "would", "will", "shall", "expected", "scheduled", "set", "due", "planned", "next")
	addSet(sPastEvent, "attack", "attacks", "massacre", "massacres", "raid", "raids", "assault", "bombing",
		"bombings", "killings", "invasion", "coup", "uprising", "incursion", "ambush")
	addSet(sPlacing, "came", "comes", "come", "occurred", "happened")
	addSet(sPartOfDay, "night", "morning", "evening", "afternoon", "day", "dawn", "eve")
	addSet(sMonthDet, "their", "its", "his", "her", "our")
	addSet(sForward, "forward")
	addSet(sLook, "look", "looks", "looking")
	addSet(sVerb, "fall")
	addSet(sSudden, "happen", "happens", "happened", "change", "changes", "changed", "end", "ends", "ended",
		"disappear", "disappeared", "vanish", "vanished", "doubled", "tripled", "rose", "risen", "fell",
		"fallen", "jumped", "soared", "climbed", "surged", "dropped", "shifted", "transformed", "solved",
		"fixed", "built", "overturned", "reversed")
	addSet(sNightStay, "curfew", "curfews", "stay", "stays", "shift", "shifts", "train", "trains", "bus",
		"buses", "flight", "flights", "guests", "camp", "bag")
}

// maxWord is the length of the longest word the lexicon could hold.
const maxWord = 16

// shapes marks the (first letter, length) pairs of the lexicon's words, so
// that most words of a text are rejected without hashing them.
var shapes [26][maxWord + 1]bool

func init() {
	for w := range lexicon {
		if len(w) <= maxWord && w[0] >= 'a' && w[0] <= 'z' {
			shapes[w[0]-'a'][len(w)] = true
		}
	}
}

// lookup returns the lexicon's entry for a word, in any case.
func lookup(word string) (lexEntry, bool) {
	if len(word) > maxWord || !shapes[(word[0]|0x20)-'a'][len(word)] {
		return lexEntry{}, false
	}
	var buf [maxWord]byte
	for i := 0; i < len(word); i++ {
		buf[i] = word[i] | 0x20 // ASCII letters only
	}
	e, ok := lexicon[string(buf[:len(word)])]
	return e, ok
}

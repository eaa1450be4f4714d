package assemble

import "brief/report"

// SameEvent reports whether two event summaries pass the test by which
// mergeEvents makes two reports one event, leaving out the date and
// precision, which the caller compares if it knows them: the same
// numbers, in order; names (capitalised words) of one all names of the
// other; and at least half their content words shared. It is the rule a
// review follows when an event's id changes (report/review): a summary
// that would not have merged with the event is not the event.
func SameEvent(a, b string) bool {
	if string(eventBucket(nil, report.Event{Summary: a})) != string(eventBucket(nil, report.Event{Summary: b})) {
		return false
	}
	var (
		arena idArena
		words wordIDs
	)
	ga, gb := eventGist{summary: a}, eventGist{summary: b}
	return sameEvent([]int32{0}, []eventGist{ga}, &gb, &arena, &words) == 0
}

// SameCreditWords reports whether two credits read the same as a figure's
// id reads them (SplitFigureID): the same words, lower-cased, without
// "the" and the "s" of a possessive. It is stricter than SameCredit:
// "the ministry" and "the Defence Ministry" are not.
func SameCreditWords(a, b string) bool { return normalCredit(a) == normalCredit(b) }

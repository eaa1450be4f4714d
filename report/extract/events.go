package extract

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"brief/report"
	"brief/report/extract/lexicon"
	"brief/report/timex"
)

// eventsIn returns the events sentence i reports: one for each date
// expression that resolves to a calendar date, unless the date is part of
// a name ("the Munich Security Conference 2023") or the line is nothing
// but a date (a dateline); or, without a date, a visit or meeting under
// way as the article is published, dated spoken (the day the article
// gives as its own: timex.DocumentDate). The citation quotes the whole
// sentence.
func (a *article) eventsIn(i int, sourceID string, ms []actorMention, published, spoken report.Date) []report.Event {
	s := a.sents[i]
	var out []report.Event
	var buf [4]timex.Mention
	dates := buf[:0]
	times := a.timesIn(s)
	if len(times) > 0 && isDateline(s.Text) {
		times = nil
	}
	if question(s.Text) {
		times = nil // "Will the rebels sign before winter?"
	}
	var whens []int // the dates kept only for the clause of "when" after them
	for _, m := range times {
		if _, _, ok := m.Date(); !ok || a.inName(m) || a.namesPlace(m) || inDateline(s.Text, m.Start-s.Start) {
			continue
		}
		if !a.keptDate(i, m, published) {
			if a.whenClause(i, m) && !inQuotation(s, m.Start) {
				// "the deadliest since Oct. 10, when the ceasefire took
				// effect": whatever the date bounds, it dates the clause after it.
				whens = append(whens, len(dates))
				dates = append(dates, m)
			}
			continue
		}
		dates = append(dates, m)
	}
	for k, m := range dates {
		date, precision, _ := m.Date()
		if nightNamed(dates, m) || nightEnd(s, dates, m) {
			continue // "hit overnight, leaving three dead on Friday": the night is Friday's
		}
		if sameDayBefore(dates[:k], date) {
			continue // "May 15, 2024 … on Wednesday imposed": one day, one event
		}
		at, typ := m.Start, a.eventType(i, m.Start, m.End)
		if slices.Contains(whens, k) {
			w := a.whenAt(i, m)
			at, typ = a.toks[w].Start, a.eventType(i, a.toks[w].Start, a.toks[min(w+6, a.sentToks[i][1]-1)].End) // the clause the date dates
		}
		if len(dates) > 1 && a.datesSpeech(i, m) {
			// "Officials said Wednesday that Tuesday's strikes killed 46":
			// Wednesday is the statement's day, Tuesday the strikes'.
			typ = report.Statement
		}
		actors := actorNames(ms)
		if len(actors) == 0 && a.speeches[i].Speaker != "" {
			actors = []string{a.speeches[i].Speaker}
		}
		if actors == nil {
			actors = []string{}
		}
		out = append(out, report.Event{
			Date: date, Precision: precision,
			Summary:   summarize(s.Text, at-s.Start),
			Type:      typ,
			Actors:    actors,
			Citations: []report.Citation{{Source: sourceID, Quote: s.Text}},
		})
	}
	if len(out) == 0 && !published.IsZero() && len(ms) > 0 {
		if at := a.ongoing(i); at >= 0 {
			out = append(out, report.Event{
				Date: spoken.String(), Precision: spoken.Precision(), // a transcript's own day
				Summary:   summarize(s.Text, at),
				Type:      a.eventType(i, s.Start+at, s.Start+at),
				Actors:    actorNames(ms),
				Citations: []report.Citation{{Source: sourceID, Quote: s.Text}},
			})
		}
	}
	return out
}

// keptDate reports whether the date m of sentence i dates something the
// timeline lists: one that spans, bounds, sets, ranks or only states is
// none.
func (a *article) keptDate(i int, m timex.Mention, published report.Date) bool {
	s := a.sents[i]
	switch {
	case a.spanStart(i, m) || a.spanBound(i, m) || !a.reportsSomething(i, m):
		return false
	case titleDate(s, m):
		return false // a headline's date: "Sudan: Press Briefing – May 23, 2023"
	case inQuotation(s, m.Start) && !a.quotedAct(i, m):
		return false // a speaker's own words: "“The 7 February date is not negotiable”"
	}
	return !(a.datesSetting(i, m) || a.deadline(i, m, published) || a.comparisonBase(m) || a.sinceNothing(i, m) || a.yearOfName(m) || a.marksAnniversary(m) || a.onlyState(i, m) || a.rankedPeriod(i, m) || a.tallySpan(i, m) || a.toldBefore(i, m) || a.calledOff(i, m) || a.notListed(i, m))
}

// quotedAct reports whether a quotation in sentence i tells an act done
// on the date m: a verb in the past and no word of a modal, a condition
// or a wish in the quoted words up to a relative clause after the date
// ("“On Sunday they shelled the market,” he said", not "“You cannot sign
// on Thursday and …”" or "“We are ready for a ceasefire tomorrow if …”").
// The reporter's words around the quotation and a relative clause on
// those the act befell ("…, who must be freed") change nothing.
func (a *article) quotedAct(i int, m timex.Mention) bool {
	s := a.sents[i]
	past := false
	for k := a.sentToks[i][0]; k < a.sentToks[i][1]; k++ {
		t := a.toks[k]
		if t.Start >= m.End && a.relativeBreak(k) {
			break // "…, who must be freed": the clause of whom the act befell
		}
		if !inQuotation(s, t.Start) {
			continue // the reporter's words: "…,” he said, adding that they must go"
		}
		if quoteModals.in(t.wid) {
			return false
		}
		past = past || t.Word && !t.Title && (strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 && !speechVerbWords.in(t.wid) || whenVerbs.in(t.wid))
	}
	return past
}

// quoteModals in a quotation make its dates no act's: "cannot", "would",
// "if", "ready". speechVerbWords are past verbs of saying, which tell no
// act in the quotation. (events.go)
var (
	quoteModals     = wordSetOf("eventQuoteModals")
	speechVerbWords = wordSetOf("eventQuoteSpeechVerbs")
)

// whenClause reports whether the date m of sentence i is followed by a
// clause with "when" that tells what happened then: "since Oct. 7, when
// militants attacked the south", "the deadliest since Jan. 19 when the
// truce took effect". The clause needs a verb of its own, and the date a
// day.
func (a *article) whenClause(i int, m timex.Mention) bool {
	return a.whenAt(i, m) >= 0
}

// whenAt returns the token of the "when" that opens such a clause after
// the date m of sentence i, or -1.
func (a *article) whenAt(i int, m timex.Mention) int {
	if m.Precision != "day" {
		return -1 // "almost 16 months ago when …" guesses at its month
	}
	k := a.tokenAfter(m.End)
	if k < 0 {
		return -1
	}
	if a.toks[k].Lower == "," {
		k++
	}
	to := a.sentToks[i][1]
	if k >= to || a.toks[k].Lower != "when" {
		return -1
	}
	for j := k + 1; j < to && j < k+8; j++ {
		if t := a.toks[j]; t.Word && !t.Title && (strings.HasSuffix(t.Lower, "ed") || whenVerbs.in(t.wid)) {
			return k
		}
	}
	return -1
}

// whenVerbs are past verbs without "-ed" that tell what happened in a
// clause with "when": "took effect", "began", "fell". (events.go)
var whenVerbs = wordSetOf("eventWhenVerbs")

// sameDayBefore reports whether one of the dates earlier in a sentence
// resolves to date: the sentence tells one event of that day.
func sameDayBefore(earlier []timex.Mention, date string) bool {
	for _, o := range earlier {
		if d, _, _ := o.Date(); d == date {
			return true
		}
	}
	return false
}

// nightNamed reports whether the date m is a bare "overnight" and another
// date of the same sentence, of a day or a week, comes before the article's
// night ("hit overnight, leaving three dead on Friday", "Last week, drones
// struck Odesa overnight"): the night is that date's, and the other date
// dates the event.
func nightNamed(dates []timex.Mention, m timex.Mention) bool {
	if !strings.EqualFold(m.Text, "overnight") {
		return false
	}
	night, err := time.Parse(time.DateOnly, m.Value)
	if err != nil {
		return false
	}
	for _, o := range dates {
		if o.Start == m.Start || o.Precision != timex.Day && o.Precision != timex.Week {
			continue
		}
		v, _, ok := o.Date()
		if d, err := time.Parse(time.DateOnly, v); ok && err == nil && d.Before(night) {
			return true
		}
	}
	return false
}

// nightEnd reports whether the date m is the second day of a night named
// after "overnight" ("overnight Friday into Saturday"): the night is one
// event, dated by its first day. ("The night of 4 to 5 May" keeps both
// days, as timex gives them.)
func nightEnd(s Sentence, dates []timex.Mention, m timex.Mention) bool {
	for _, o := range dates {
		if o.End >= m.Start || o.End < s.Start || m.Start > s.Start+len(s.Text) {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(s.Text[o.End-s.Start : m.Start-s.Start]))
		if gap != "into" && gap != "to" {
			continue
		}
		before := strings.ToLower(strings.TrimRight(s.Text[:max(0, o.Start-s.Start)], " "))
		if strings.HasSuffix(before, "overnight") || strings.HasSuffix(before, "overnight from") {
			return true
		}
	}
	return false
}

// titleDate reports whether the date m ends a line that has no sentence's
// end, set off by a dash or a bar: a headline's or a page's date, no event.
func titleDate(s Sentence, m timex.Mention) bool {
	line := strings.TrimRight(s.Text, " \t")
	if line == "" || strings.ContainsRune(".!?\"”’'", rune(line[len(line)-1])) || m.End-s.Start < len(line) {
		return false
	}
	before := strings.TrimRight(s.Text[:max(0, m.Start-s.Start)], " ")
	return strings.HasSuffix(before, "–") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, "-") || strings.HasSuffix(before, "|")
}

// question reports whether a sentence asks: what it dates has not
// happened.
func question(s string) bool {
	s = strings.TrimRight(s, " \"”’'")
	return strings.HasSuffix(s, "?")
}

// inQuotation reports whether the byte at offset at of the article lies
// inside a quotation of sentence s: between an opening and a closing mark,
// after an opening mark the sentence leaves open (the quotation goes on
// into the next sentence), or before a closing mark the sentence does not
// open (it goes on from the sentence before). A date a speaker names in
// his own words ("“The 7 February date is not negotiable”") is no event the
// article reports. A quotation left open before its speaker is named ("“…
// threat to the region, the minister said on Monday") ends at the speaker.
func inQuotation(s Sentence, at int) bool {
	at -= s.Start
	if at < 0 || at > len(s.Text) {
		return false
	}
	open := -1 // the opening mark of the quotation open at the date
	for k, r := range s.Text[:at] {
		switch {
		case r == '“' || r == '"' && opensQuote(s.Text, k):
			open = k
		case r == '”' || r == '"':
			open = -1
		}
	}
	if open >= 0 {
		return !attributedWithin(s.Text[open:at])
	}
	o, c := quoteMarks(s.Text[:at])
	if o > 0 || c > 0 {
		return false
	}
	o, c = quoteMarks(s.Text[at:])
	return c > o
}

// opensQuote reports whether the straight quotation mark at byte k of s
// opens a quotation: it starts a word.
func opensQuote(s string, k int) bool {
	return k+1 < len(s) && s[k+1] != ' ' && (k == 0 || s[k-1] == ' ' || s[k-1] == '\n' || s[k-1] == '(')
}

// attributedWithin reports whether a stretch of quoted text names its
// speaker after a comma (", the minister said"): the quotation ended
// there without its closing mark.
func attributedWithin(q string) bool {
	toks := numTokenize(q, numLowerASCII(q))
	for k := 1; k < len(toks); k++ {
		if reportingVerbs.in(toks[k].wid) && !toks[k].isCap() {
			for j := k - 1; j >= 0 && j >= k-6; j-- {
				if toks[j].is(",") {
					return true
				}
			}
		}
	}
	return false
}

// namesPlace reports whether a date is part of a place's name: "the July
// 7 neighbourhood", "the 26 July square".
func (a *article) namesPlace(m timex.Mention) bool {
	k := a.tokenAfter(m.End)
	if k < 0 || !a.toks[k].Word {
		return false
	}
	if a.toks[k].Title {
		// "the March 23 Movement", "July 26 Square": a capitalised place
		// noun goes on the name, unless it opens a speaker ("on May 5
		// Hospital officials said").
		return placeNouns.in(a.toks[k].wid) && !(k+1 < len(a.toks) && speakerNouns.in(a.toks[k+1].wid))
	}
	return placeNouns.in(a.toks[k].wid) || mediaNouns.in(a.toks[k].wid)
}

// mediaNouns, after a date, make it the date of a newspaper's edition or
// a broadcast, no event: "in its Wednesday edition".
var mediaNouns = wordSetOf("eventMediaNouns")

// placeNouns, after a date, make it a place's name, capitalised or not.
var placeNouns = wordSetOf("placeNouns")

// datesSpeech reports whether a date of sentence i only dates its speech
// verb: "said Wednesday that …", "on Wednesday told reporters".
func (a *article) datesSpeech(i int, m timex.Mention) bool {
	v := a.speeches[i].Verb
	if v < 0 {
		v = a.speeches[i].AnyVerb
	}
	if v < 0 {
		return false
	}
	start, end := a.toks[v].Start, a.toks[v].End
	after := m.Start >= end && m.Start-end <= 4 && !strings.ContainsAny(a.text[end:m.Start], ",;") // "said Wednesday", "said on Wednesday"
	before := m.End <= start && start-m.End <= 3 && !strings.ContainsAny(a.text[m.End:start], ",;")
	return after || before
}

// ongoingVerbs, after "is" or "are", report something happening as the
// article is written: "the minister is on a three-day trip", "the envoy is
// visiting Kabul".
var ongoingVerbs = wordSetOf("ongoingVerbs")

// ongoing returns the offset in sentence i of an undated visit or meeting
// under way at publication, or -1.
func (a *article) ongoing(i int) int {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	for k := from; k+1 < to; k++ {
		if w := a.toks[k].Lower; w != "is" && w != "are" {
			continue
		}
		next := a.toks[k+1].Lower
		if ongoingVerbs.has(next) && !a.holdsCount(k+2, to) {
			return a.toks[k].Start - a.sents[i].Start
		}
		if next == "on" { // "is on a three-day trip to Oslo"
			for j := k + 2; j < to && j < k+8; j++ {
				if w := a.toks[j].Lower; w == "visit" || w == "tour" || w == "trip" {
					return a.toks[k].Start - a.sents[i].Start
				}
			}
		}
	}
	return -1
}

// holdsCount reports whether a count of people follows token k, before
// token to: "are holding 40 aid workers", "is holding more than 300
// prisoners" is a state, not a visit or meeting under way.
func (a *article) holdsCount(k, to int) bool {
	for ; k < to && countQualifiers.in(a.toks[k].wid); k++ {
	}
	return k < to && isNumberToken(a.toks[k])
}

// countQualifiers may stand before a count: "more than 8,000".
var countQualifiers = wordSetOf("eventCountQualifiers")

// timesIn returns the date expressions inside sentence s.
func (a *article) timesIn(s Sentence) []timex.Mention {
	i, _ := slices.BinarySearchFunc(a.times, s.Start, func(m timex.Mention, k int) int { return cmp.Compare(m.Start, k) })
	j := i
	for j < len(a.times) && a.times[j].End <= s.End {
		j++
	}
	return a.times[i:j]
}

// inName reports whether a date is the tail of a name: a bare year right
// after a capitalised word ("Conference 2023", "Vision 2030").
func (a *article) inName(m timex.Mention) bool {
	if strings.ContainsFunc(m.Text, unicode.IsLetter) {
		return false
	}
	k := a.tokenBefore(m.Start)
	if k < 0 {
		return false
	}
	t := a.toks[k]
	n := a.tokenAfter(m.End)
	nameAfter := n >= 0 && a.toks[n].Word && a.toks[n].Title && !eventMonths.in(a.toks[n].wid)
	if t.Lower == "the" || t.Lower == "a" || t.Lower == "and" || t.Lower == "or" || t.Lower == "," {
		// "the 2022 Sudan Humanitarian Response Plan", "and 1998 Nobel
		// laureate X": the year is part of a title; "in 2021 Russia …" is
		// a date.
		return nameAfter
	}
	// A possessive owns the dated act: "Rwanda's 1994 genocide".
	return t.Word && t.Title && !t.Poss && !eventMonths.in(t.wid) && !isSentenceStart(a.toks, 0, k)
}

// tokenAfter returns the index of the first token at or after byte offset
// at, or -1.
func (a *article) tokenAfter(at int) int {
	k, _ := slices.BinarySearchFunc(a.toks, at, func(t token, at int) int { return cmp.Compare(t.Start, at) })
	if k >= len(a.toks) {
		return -1
	}
	return k
}

// spanStart reports whether a date opens the span of a count in sentence
// i ("172 residents have been slain since May", "250,000 driven out since
// the year began"): the count grew from then, it did not happen
// then. A war fought "since 2007" did begin then, and so did a flight or
// a fight counted "since Monday": a day is when it began.
func (a *article) spanStart(i int, m timex.Mention) bool {
	k := a.tokenBefore(m.Start)
	if k < 0 || a.toks[k].Lower != "since" || m.Precision == "day" {
		return false
	}
	return a.countsInClause(i, m)
}

// countsInClause reports whether the clause of sentence i that holds the
// date m holds a number besides it: not "the militia taxes 300 trucks a
// day at the bridge, which it has held since May", whose count is the
// main clause's. The clause starts after a comma or semicolon that a
// relative word follows, and ends at the next comma or semicolon; a date
// in no such clause looks at the whole sentence ("Since May, 300 have
// crossed").
func (a *article) countsInClause(i int, m timex.Mention) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	first, last := a.tokenAfter(m.Start), a.tokenBefore(m.End)
	if first < 0 || last < 0 {
		return a.counts(i, m)
	}
	start, end := -1, to
	for k := first - 1; k > from; k-- {
		if a.relativeBreak(k) {
			start = k + 1
			break
		}
	}
	if start < 0 {
		return a.counts(i, m) // not in a relative clause: the whole sentence
	}
	for k := last + 1; k+1 < to; k++ {
		if w := a.toks[k].Lower; w == "," || w == ";" {
			end = k
			break
		}
	}
	for j := start; j < end; j++ {
		t := a.toks[j]
		if (t.End <= m.Start || t.Start >= m.End) && (numberWords[t.Lower] || strings.ContainsAny(t.Lower, "0123456789")) {
			return true
		}
	}
	return false
}

// relativeBreak reports whether token k is a comma or semicolon that
// opens a relative clause: ", which", ", whose", ", who".
func (a *article) relativeBreak(k int) bool {
	if w := a.toks[k].Lower; w != "," && w != ";" || k+1 >= len(a.toks) {
		return false
	}
	w := a.toks[k+1].Lower
	return w == "which" || w == "who" || w == "whose" || w == "where"
}

// spanBound reports whether a date only bounds a span ("fought alongside
// them until 2021") or is the span a count covers ("1,000 attacks this
// year", "19.5 million people need aid this year"): nothing happened on it.
func (a *article) spanBound(i int, m timex.Mention) bool {
	if k := a.tokenBefore(m.Start); k >= 0 && (a.toks[k].Lower == "until" || a.toks[k].Lower == "till") {
		return true
	}
	if k := a.tokenBefore(m.Start); k > 0 && a.toks[k].Lower == "of" && a.toks[k-1].Lower == "as" && a.counts(i, m) {
		return true // "as of Friday, 52,000 had returned": a tally's cut-off
	}
	if k := a.tokenBefore(m.Start); k >= 0 && spanEnds.in(a.toks[k].wid) && a.counts(i, m) && !a.namesAct(m) {
		return true // "$60 million by June", "$9 million to feed them through May"
	}
	if a.nightsMorning(i, m) {
		return true // "between Saturday night and Sunday morning": one night, the first day's
	}
	if a.betweenDates(i, m) && a.counts(i, m) && !a.fewDaysBetween(i, m) {
		return true // "1,247 people were killed between October and December"
	}
	if m.Precision == "year" && a.moneyBefore(i, m) {
		return true // "trade worth $1.6 billion last year": the sum's year
	}
	if k := a.tokenBefore(m.Start); m.Precision == "year" && k > 0 && a.toks[k].Lower == "in" && isNumberToken(a.toks[k-1]) {
		return true // "rose from 573 in 2021 to 1,210 in 2023": the years of a statistic
	}
	if k := a.tokenBefore(m.Start); m.Precision != timex.Day && k > 0 && a.toks[k].Lower == "of" && spanParts.in(a.toks[k-1].wid) && a.counts(i, m) {
		return true // "900 were hurt in the last two months of 2022": the tally's span
	}
	if (m.Precision == timex.Half || m.Precision == timex.Quarter) && a.counts(i, m) {
		return true // "attacks killed 90 people in the first half of 2024"
	}
	if m.Precision != timex.Day && a.fromToRange(i, m) && a.counts(i, m) {
		return true // "1,520 people were killed from April to the end of June"
	}
	text := strings.ToLower(m.Text)
	return (text == "this year" || text == "this month") && a.counts(i, m) && !a.pastActCount(i, m)
}

// nightsMorning reports whether the day m of sentence i is the morning
// that ends a night named just before it: "between Saturday night and
// Sunday morning", "from Friday evening to Saturday": one night, dated by
// its first day.
func (a *article) nightsMorning(i int, m timex.Mention) bool {
	if m.Precision != timex.Day {
		return false
	}
	ts := a.timesIn(a.sents[i])
	k := slices.IndexFunc(ts, func(o timex.Mention) bool { return o.Start == m.Start })
	if k < 1 || ts[k-1].Precision != timex.Day {
		return false
	}
	o := ts[k-1]
	b, l := a.tokenBefore(o.Start), a.tokenBefore(m.Start)
	if b < 0 || l < 0 || (a.toks[b].Lower != "between" || a.toks[l].Lower != "and") && (a.toks[b].Lower != "from" || !rangeLinks.in(a.toks[l].wid)) {
		return false
	}
	night := false
	for _, w := range strings.Fields(strings.ToLower(a.text[o.Start:a.toks[l].Start])) {
		night = night || nightWords.has(strings.Trim(w, ".,"))
	}
	d1, err1 := time.Parse(time.DateOnly, o.Value)
	d2, err2 := time.Parse(time.DateOnly, m.Value)
	return night && err1 == nil && err2 == nil && d2.Sub(d1) == 24*time.Hour
}

// fromToRange reports whether the date m of sentence i opens or closes a
// range "from X to Y" ("until", "through" for "to").
func (a *article) fromToRange(i int, m timex.Mention) bool {
	ts := a.timesIn(a.sents[i])
	k := slices.IndexFunc(ts, func(o timex.Mention) bool { return o.Start == m.Start })
	linked := func(o, p timex.Mention) bool { // o from, p to
		b := a.tokenBefore(o.Start)
		if b < 0 || a.toks[b].Lower != "from" {
			return false
		}
		from, to := a.tokenAfter(o.End), a.tokenBefore(p.Start)
		if from < 0 || to < from || to-from > 3 {
			return false
		}
		return slices.ContainsFunc(a.toks[from:to+1], func(t token) bool { return rangeLinks.in(t.wid) })
	}
	return k >= 0 && (k+1 < len(ts) && linked(m, ts[k+1]) || k > 0 && linked(ts[k-1], m))
}

// pastActCount reports whether sentence i counts, in the past simple or
// past perfect, those an act befell: "the rebels had abducted 40 men in
// the town this month" tells one act of the month; "have killed 300 this
// year" and "1,000 attacks this year" are totals.
func (a *article) pastActCount(i int, m timex.Mention) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	for k := from + 1; k < to; k++ {
		t := a.toks[k]
		if !isNumberToken(t) || t.Start >= m.Start && t.End <= m.End {
			continue
		}
		j := k - 1
		for j > from && countQualifiers.in(a.toks[j].wid) {
			j-- // "abducted at least 40"
		}
		w := a.toks[j].Lower
		if triggers[w] == "" || !strings.HasSuffix(w, "ed") {
			continue
		}
		if j > from && (a.toks[j-1].Lower == "have" || a.toks[j-1].Lower == "has") {
			continue
		}
		return true
	}
	return false
}

// spanEnds before a date make it the end of the span a count covers:
// "$60 million by June".
var spanEnds = wordSetOf("eventSpanEnds")

// spanParts before "of" and a month or year name a part of it that a
// count covers ("the first three months of 2023"); rangeLinks join the
// two ends of "from April to June".
var (
	spanParts  = wordSetOf("eventSpanParts")
	rangeLinks = wordSetOf("eventRangeLinks")
)

// namesAct reports whether the date m names the day of an act: it is
// possessive or an act's noun follows it ("killed by Sunday's airstrike",
// "destroyed by the August 12 shelling"). After "by" such a date is the
// agent's, no span's end.
func (a *article) namesAct(m timex.Mention) bool {
	last := a.tokenBefore(m.End)
	if last >= 0 && a.toks[last].Poss {
		return true
	}
	n := a.tokenAfter(m.End)
	return n >= 0 && n < len(a.toks) && datedActNouns.in(a.toks[n].wid)
}

// datedActNouns after a date make it the day of an act: "the August 12
// shelling". (events.go)
var datedActNouns = wordSetOf("eventDatedActNouns")

// betweenDates reports whether the date m is an end of "between <date>
// and <date>" in sentence i.
func (a *article) betweenDates(i int, m timex.Mention) bool {
	k := a.tokenBefore(m.Start)
	if k >= 0 && a.toks[k].Lower == "between" {
		if m.Precision == "day" && (strings.HasPrefix(a.text[m.End:], "-") || strings.HasPrefix(a.text[m.End:], "–")) {
			return false // "between 24-26 June": a range of days, as "on 24-26 June"
		}
		// "on the night between Friday and Saturday": one night, dated by
		// its first day; its second day only bounds it.
		return !(k > 0 && nightWords.in(a.toks[k-1].wid))
	}
	if k < 0 || a.toks[k].Lower != "and" {
		return false
	}
	for _, o := range a.timesIn(a.sents[i]) {
		if o.End <= a.toks[k].Start && a.text[o.End:a.toks[k].Start] == " " {
			j := a.tokenBefore(o.Start)
			return j >= 0 && a.toks[j].Lower == "between"
		}
	}
	return false
}

// fewDaysBetween reports whether the day m of sentence i and the other
// end of its "between … and …" are a few days apart: "400,000 fled
// between 11 and 13 April" tells one short flight, dated by both its
// days, as "on 11-13 April" is; "killed between 1 and 30 September" is a
// month's tally.
func (a *article) fewDaysBetween(i int, m timex.Mention) bool {
	if m.Precision != timex.Day {
		return false
	}
	d, err := time.Parse(time.DateOnly, m.Value)
	if err != nil {
		return false
	}
	ts := a.timesIn(a.sents[i])
	k := slices.IndexFunc(ts, func(o timex.Mention) bool { return o.Start == m.Start })
	for _, j := range []int{k - 1, k + 1} {
		if k < 0 || j < 0 || j >= len(ts) || ts[j].Precision != timex.Day {
			continue
		}
		lo, hi := min(ts[j].End, m.End), max(ts[j].Start, m.Start)
		from, to := a.tokenAfter(lo), a.tokenAfter(hi)
		if hi < lo || from < 0 || to < from || !slices.ContainsFunc(a.toks[from:to], func(t token) bool { return t.Lower == "and" }) {
			continue
		}
		if b := a.tokenBefore(min(ts[j].Start, m.Start)); b > 0 && nightWords.in(a.toks[b-1].wid) {
			return false // "the night between Friday and Saturday" is the first day's
		}
		if o, err := time.Parse(time.DateOnly, ts[j].Value); err == nil && max(o.Sub(d), d.Sub(o)) <= 7*24*time.Hour {
			return true
		}
	}
	return false
}

// nightWords before "between" two days make them one night's: "the night
// between Friday and Saturday". (events.go)
var nightWords = wordSetOf("eventNightWords")

// moneyBefore reports whether a sum of money stands before the date m in
// its clause of sentence i, with no comma between: the date is the sum's
// period ("sold about $40 billion of gas last year").
func (a *article) moneyBefore(i int, m timex.Mention) bool {
	to := a.tokenBefore(m.Start)
	for k := to; k >= a.sentToks[i][0] && k > to-10; k-- {
		t := a.toks[k].Lower
		if t == "," || t == ";" {
			return false
		}
		if strings.ContainsAny(t, "$€£¥₹") || currencyNames[t] != "" || currencySigns[t] != "" && k+1 < a.sentToks[i][1] && isNumberToken(a.toks[k+1]) {
			return true
		}
	}
	return false
}

// isNumberToken reports whether t is a number in digits or words.
func isNumberToken(t token) bool {
	return numberWords[t.Lower] || t.Lower != "" && isDigit(t.Lower[0])
}

// counts reports whether sentence i holds a number besides the date m
// and any other date that names its month ("since May 10, 2024 … since
// April 2023" counts nothing; a bare year may be a name's, "the 1991
// laureate", and counts).
func (a *article) counts(i int, m timex.Mention) bool {
	for j := a.sentToks[i][0]; j < a.sentToks[i][1]; j++ {
		t := a.toks[j]
		if (t.End <= m.Start || t.Start >= m.End) && (numberWords[t.Lower] || strings.ContainsAny(t.Lower, "0123456789")) && !a.inSpelledDate(j) {
			return true
		}
	}
	return false
}

// reportsSomething reports whether the sentence around a date says more
// than the date: at least four words besides it.
func (a *article) reportsSomething(i int, m timex.Mention) bool {
	words := 0
	for k := a.sentToks[i][0]; k < a.sentToks[i][1]; k++ {
		t := a.toks[k]
		if t.Word && (t.End <= m.Start || t.Start >= m.End) && !strings.ContainsAny(t.Lower, "0123456789") {
			words++
		}
	}
	return words >= 4
}

// isDateline reports whether a line is a page's date stamp ("Updated on:
// 06 June, 2023", "Published 12:30 PM"), a byline ("By Ahmed Khan |
// Published June 5, 2024") or a photo's caption ("Photo: …", "This
// picture taken on April 28 shows …"): none reports an event.
func isDateline(line string) bool {
	l := strings.ToLower(strings.TrimLeft(line, " ([“\"'"))
	for _, p := range datelineWords {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if strings.HasPrefix(l, "by ") && strings.ContainsAny(l, "|•·") {
		return true // "By Ahmed Khan | Published …"
	}
	for _, p := range captionMarks {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// datelineWords open a page's date stamp or a caption; captionMarks
// anywhere in a line make it a caption.
var (
	datelineWords = wordList("datelineWords")
	captionMarks  = wordList("captionMarks")
)

// inDateline reports whether the date at offset at of a sentence sits in
// a wire story's opening dateline: "KHARTOUM, May 21 (Reuters) - …".
func inDateline(sentence string, at int) bool {
	end := datelineEnd(sentence)
	return end > 0 && at < end
}

// datelineEnd returns where the text after a story's opening dateline
// ("KHARTOUM, May 21 (Reuters) - ", "ISLAMABAD: ") starts, or 0 when
// there is none.
func datelineEnd(sentence string) int {
	if end := datedPlaceEnd(sentence); end > 0 {
		return end
	}
	if i := strings.Index(sentence, ": "); i >= 3 && i <= 30 && strings.ToUpper(sentence[:i]) == sentence[:i] &&
		strings.ContainsFunc(sentence[:i], unicode.IsLetter) {
		return i + 2 // "ISLAMABAD: …"
	}
	if i := strings.Index(sentence, "): "); i > 0 && i <= 60 {
		// "OSTBY, May 3 (NNA): …", "Ostby [Norland], May 3
		// (NNA): …": a place, a date and an agency in capitals
		if o := strings.LastIndexByte(sentence[:i], '('); o >= 0 && i-o >= 3 && i-o <= 9 && strings.ToUpper(sentence[o:i]) == sentence[o:i] &&
			strings.ContainsAny(sentence[:o], "0123456789") {
			return i + 3
		}
	}
	if i := strings.IndexByte(sentence, ')'); i > 0 && i <= 60 && agencyDateline(sentence[:i+1]) {
		// "Ostby, Oct 22 (NNA).- The army …", "Ostby, Dec 31 (NNA) At
		// least four …": the agency's bracket ends the dateline, with or
		// without a dash after it
		j := len(sentence) - len(strings.TrimLeft(sentence[i+1:], ".-:–— "))
		if j < len(sentence) && j > i+1 && isUpperByte(sentence[j]) {
			return j
		}
	}
	dash, width := -1, 0
	for _, d := range []string{" - ", " — ", " – ", " -- ", " –– ", " —— "} {
		if i := strings.Index(sentence, d); i >= 0 && (dash < 0 || i < dash) {
			dash, width = i, len(d)
		}
	}
	if i := strings.Index(sentence, ") -"); i > 0 && i+3 < len(sentence) && isUpperByte(sentence[i+3]) && (dash < 0 || i+1 < dash) {
		dash, width = i+1, 2 // "KINSHASA (Reuters) -The army …": the dash glued to the story
	}
	if dash < 0 || dash > 60 {
		return 0
	}
	words := strings.FieldsFunc(sentence[:dash], func(r rune) bool { return r == ',' || r == ' ' || r == '(' })
	if len(words) == 0 {
		return 0
	}
	if len(words[0]) >= 3 && strings.ToUpper(words[0]) == words[0] || agencyDateline(sentence[:dash]) {
		return dash + width
	}
	return 0
}

// agencyDateline reports whether the text before a dash is a dateline
// whose place is in title case: a place, a month and a day, and an
// agency in brackets at its end ("Ostby, Apr. 12, (NNA/Wire)", "Ostby,
// April 12 (Wire)").
func agencyDateline(head string) bool {
	head = strings.TrimSpace(head)
	o := strings.LastIndexByte(head, '(')
	if o <= 0 || !strings.HasSuffix(head, ")") || wordCount(head[o:]) > 2 || len(head)-o > 24 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) || !strings.ContainsAny(head[:o], "0123456789") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(head[:o])) {
		if eventMonths.has(strings.Trim(w, ",.")) {
			return true
		}
	}
	return false
}

// datedPlaceEnd returns where the text starts after an opening dateline
// that gives the date first and the place in capitals after it: "May 15,
// 2024 (WASHINGTON) The Treasury …". It returns 0 when there is none.
func datedPlaceEnd(sentence string) int {
	open := strings.Index(sentence, " (")
	if open < 0 || open > 24 || !strings.ContainsAny(sentence[:open], "0123456789") {
		return 0
	}
	close := strings.IndexByte(sentence[open:], ')')
	if close < 0 {
		return 0
	}
	place := sentence[open+2 : open+close]
	if len(place) < 3 || strings.ToUpper(place) != place || !strings.ContainsFunc(place, unicode.IsLetter) {
		return 0
	}
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(sentence[:open], " ,."))) {
		if !eventMonths.has(strings.Trim(w, ",.")) && strings.Trim(w, ",.0123456789") != "" {
			return 0 // only a month, a day and a year
		}
	}
	return open + close + 1
}

// tokenBefore returns the last token ending at or before byte offset at.
func (a *article) tokenBefore(at int) int {
	lo, hi := 0, len(a.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if a.toks[mid].End <= at {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

var eventMonths = wordSetOf("eventMonths")

// statementDate dates a stance read at token at of sentence i: the date
// right after (or just before) its speech verb or its cue ("said on
// Monday", "on Wednesday accused", "agreed on Saturday to"), else a date
// of the cue's clause with no comma between ("proposed talks … when he
// visited Islamabad last month"), else the date of a fronted clause
// ("When the Taliban retook control in August 2021, Pakistan asked …"),
// else the article's publication date.
func (a *article) statementDate(i, at int, published report.Date) (string, string) {
	sp := a.speeches[i]
	verb := sp.Verb
	if verb < 0 {
		verb = sp.AnyVerb
	}
	times := a.timesIn(a.sents[i])
	for _, k := range []int{verb, at} {
		if k < 0 {
			continue
		}
		start, end := a.toks[k].Start, a.toks[k].End
		for _, m := range times {
			after := m.Start >= end && m.Start-end <= 30 // "said on Monday"
			before := m.End <= start && start-m.End <= 3 // "on Wednesday accused"
			if !after && !before {
				continue
			}
			if d, p, ok := m.Date(); ok {
				return d, string(p)
			}
		}
	}
	for _, m := range times {
		if d, p, ok := m.Date(); ok && (a.sameClause(m, at) || a.fronted(i, m)) {
			return d, string(p)
		}
	}
	return published.String(), string(published.Precision())
}

// sameClause reports whether nothing that ends a clause, not even a comma,
// stands between a date and token at, nor a "that" that opens what is
// claimed ("denied that Russian forces had bombarded the facility in August
// 2022" is a denial of today).
func (a *article) sameClause(m timex.Mention, at int) bool {
	lo, hi := at, a.tokenBefore(m.Start)+1
	if m.Start < a.toks[at].Start {
		lo, hi = a.tokenBefore(m.End)+1, at
	}
	for k := lo; k < hi && k < len(a.toks); k++ {
		if w := a.toks[k].Lower; w == "," || clauseBreaks.has(w) || w == "." || w == "that" {
			return false
		}
	}
	return true
}

// fronted reports whether a date sits in the adverbial clause that opens
// sentence i: "When …, ", "In August 2021, ", "Last year, ".
func (a *article) fronted(i int, m timex.Mention) bool {
	s := a.sents[i]
	comma := strings.IndexByte(s.Text, ',')
	if comma < 0 || m.End-s.Start > comma {
		return false
	}
	return frontedOpeners.has(strings.ToLower(firstWord(s.Text)))
}

var frontedOpeners = wordSetOf("frontedOpeners")

// summarize returns a short readable account of sentence around the date
// that starts at start: the sentence itself when it is short, else the clause
// that holds the date, taken back to its subject when it opens with a
// preposition or a participle ("During meetings …, in Kabul from July 19
// to 21"), or the reported clause when the date only dates who reported
// it ("…, a press bulletin stated on Tuesday"); widened to a few words, cut at
// about twenty-five, without a leading conjunction.
func summarize(sentence string, start int) string {
	if cut := datelineEnd(sentence); cut > 0 && start >= cut {
		sentence, start = sentence[cut:], start-cut
	}
	s := sentence
	if wordCount(sentence) > 12 {
		cs := clauses(sentence)
		c := 0
		for c+1 < len(cs) && cs[c+1][0] <= start {
			c++
		}
		dated := -1
		for c > 0 && afterQuoteMark(sentence, cs[c][0]) && continuesClause(sentence[cs[c][0]:cs[c][1]]) && !closedWithComma(sentence, cs[c][0]) {
			// `The militia "attacked the village" 40 km north of the
			// town on Friday`: a quotation inside the clause, not a new one
			dated = max(dated, c)
			c--
		}
		if last := sentence[cs[c][0]:cs[c][1]]; c > 0 && (isAttribution(last) || c == len(cs)-1 && (onlySpeaks(last) && wordCount(last) <= 14 || toldOutlet(last) || invertedSpeech(last) && wordCount(last) <= 14 || accordingTo(last))) {
			c = 0 // the date dates the report of clause 0
		}
		to := c
		if dated > to {
			to = dated // the clause the date is in, with the quotation before it
		}
		for to+1 < len(cs) && (wordCount(sentence[cs[c][0]:cs[to][1]]) < 6 || onlySpeaks(sentence[cs[c][0]:cs[to][1]]) ||
			to == 0 && frontedPhrase(sentence[cs[0][0]:cs[0][1]]) || opensWithSpeech(sentence[cs[to+1][0]:cs[to+1][1]]) ||
			onlyMarksBefore(sentence, cs[c][0]) && allFronted(sentence, cs[c:to+1])) {
			// "X said on the sidelines of Y last week": and what X said;
			// "On Monday, X, the mayor of Y, said …": and the verb.
			to++
		}
		s = sentence[cs[c][0]:quotationEnd(sentence, cs[to][1])]
		if c > 0 && opensWithoutSubject(s) {
			// The subject is in the first clause; what stands between is
			// an appositive: "Amir Khan Muttaqi, the Taliban's Foreign
			// Minister, proposed talks … last month".
			first := 0
			for first+1 < c && isOpener(sentence[cs[first][0]:cs[first][1]]) {
				first++ // "Since then, Pakistan has witnessed …": past the opener
			}
			if first+1 < c && accordingTo(sentence[cs[first][0]:cs[first][1]]) {
				// "According to X, a watchdog, the militia attacked …, on
				// Saturday, leaving 14 dead": past the source and its
				// apposition to what it reports
				first++
				if w := strings.ToLower(firstWord(strings.TrimSpace(sentence[cs[first][0]:cs[first][1]]))); first+1 < c && (w == "a" || w == "an") {
					first++
				}
			}
			subject := strings.TrimSpace(sentence[cs[first][0]:cs[first][1]])
			if e := first; strings.HasSuffix(lastField(subject), "ed") {
				// "the militia committed “a massacre” targeting civilians":
				// the verb's object is quoted, a clause of its own in cs
				for e+1 < c && afterQuoteMark(sentence, cs[e+1][0]) {
					e++
				}
				subject = strings.TrimSpace(sentence[cs[first][0]:cs[e][1]])
			}
			if x := reportedSubject(sentence, cs[first+1:c]); x != "" {
				// "X, a director, posted that nine staff, including a
				// doctor, had been killed": the staff, not X.
				subject = x
			}
			if n := wordCount(subject); n >= 2 && n+wordCount(s) > 25 {
				// "…, leaving two dead in Kherson on Thursday while debris
				// injured seven": the clause up to what opens another
				if short := beforeClauseOpener(s, start-cs[c][0]); n+wordCount(short) <= 25 {
					s = short
				}
			}
			if n := wordCount(subject); n >= 2 && n+wordCount(s) <= 25 {
				join := " "
				if w := firstWord(strings.TrimSpace(s)); c == first+1 && strings.HasSuffix(w, "ing") && !prepositions.has(w) {
					join = ", " // "…overnight, leaving three dead": a participle's clause
				}
				s = subject + join + strings.TrimSpace(s)
			} else {
				s = pastSpeechVerb(s)
			}
		}
	}
	if k := strings.Index(sentence, s); k >= 0 {
		s = dropTrailingCredit(s, start-k)
	}
	s = strings.TrimSpace(s)
	s = strings.Trim(s, ` "'“”‘’,;:.`)
	s = trimLeadingWord(s)
	s = oneSentence(s)
	s = closeQuotation(s)
	if words := strings.Fields(s); len(words) > 25 {
		s = cutAtClause(words)
	}
	if r, n := utf8.DecodeRuneInString(s); n > 0 {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

// quotationEnd returns where a summary that would end at byte end of
// sentence ends: past a short quotation that opens there and the rest of
// its clause when the clause goes on after it (`he was "appalled" by the
// raid`, `had been "looted and burned,"`), else at end.
func quotationEnd(sentence string, end int) int {
	r, n := utf8.DecodeRuneInString(sentence[end:])
	if r != '“' && !(r == '"' && opensQuote(sentence, end)) {
		return end
	}
	from := end + n
	k := strings.IndexAny(sentence[from:], "\"”“")
	if k < 0 || wordCount(sentence[from:from+k]) > maxQuotedWords {
		return end
	}
	close := from + k
	if c, _ := utf8.DecodeRuneInString(sentence[close:]); c == '“' {
		return end
	}
	_, m := utf8.DecodeRuneInString(sentence[close:])
	end = close + m
	if strings.HasSuffix(strings.TrimSpace(sentence[from:close]), ",") {
		return end // the clause ends inside the quotation
	}
	rest := sentence[end:]
	stop := len(rest)
	for _, c := range clauses(rest)[:1] {
		stop = c[1]
	}
	if stop > 0 && continuesClause(rest[:stop]) && strings.HasPrefix(rest, " ") {
		end += stop
	}
	return end
}

// maxQuotedWords is the longest quotation a summary reads through.
const maxQuotedWords = 8

// closeQuotation closes a quotation a summary opens and does not close:
// the closing mark was trimmed off its end.
func closeQuotation(s string) string {
	if strings.Count(s, "“") > strings.Count(s, "”") {
		return s + "”"
	}
	if k := strings.LastIndexByte(s, '"'); k >= 0 && strings.Count(s, `"`)%2 == 1 && opensQuote(s, k) {
		return s + `"`
	}
	return s
}

// reportedSubject returns the subject of a reported clause ("posted on
// Facebook that nine medical staff") among the clauses cs between a
// sentence's first clause and a clause that opens without its subject,
// reading back over asides that open with "including"; "" when the
// nearest clause reports nothing.
func reportedSubject(sentence string, cs [][2]int) string {
	for k := len(cs) - 1; k >= 0; k-- {
		c := strings.TrimSpace(sentence[cs[k][0]:cs[k][1]])
		if partOpeners.has(strings.ToLower(firstWord(c))) {
			continue // "including a doctor"
		}
		if i := strings.LastIndex(c, " that "); i >= 0 && wordCount(c[i+6:]) >= 2 {
			return c[i+6:]
		}
		return ""
	}
	return ""
}

// partOpeners open an aside that lists a part of what the clause before
// counts: "including a doctor". (events.go)
var partOpeners = wordSetOf("eventPartOpeners")

// cutAtClause shortens a summary of more than 25 words: to the last
// clause that ends within them ("… were not possible" before "unless the
// group …"), else to 25 words that do not end on a function word, with an
// ellipsis.
func cutAtClause(words []string) string {
	for k := min(25, len(words)-1); k >= 8; k-- {
		w := strings.ToLower(words[k])
		if clauseOpeners.has(w) || strings.HasSuffix(words[k-1], ",") {
			return strings.TrimRight(strings.Join(words[:k], " "), ",;:")
		}
	}
	k := 25
	for k > 8 && summaryStop.has(strings.ToLower(strings.Trim(words[k-1], ",;:"))) {
		k--
	}
	return strings.TrimRight(strings.Join(words[:k], " "), ",;:") + " …"
}

// clauseOpeners open a clause a summary may leave out; summaryStop are
// words a cut summary may not end on.
var (
	clauseOpeners = wordSetOf("clauseOpeners")
	summaryStop   = wordSetOf("summaryStop")
)

// dropTrailingCredit drops a closing clause that only says who reported
// the rest ("…, according to officials", "…, police said"), unless the
// date at byte at of s is in it.
func dropTrailingCredit(s string, at int) string {
	i := strings.LastIndexByte(s, ',')
	if i <= 0 || at >= i {
		return s
	}
	tail := strings.TrimSpace(s[i+1:])
	if w, _, _ := strings.Cut(strings.ToLower(tail), " "); finiteSpeech[w] && wordCount(tail) > 6 && !invertedSpeech(tail) {
		return s // "…, the mayor of Norvik, said the shelling had destroyed the market": what was said
	}
	if strings.HasPrefix(strings.ToLower(tail), "according to ") || isAttribution(tail) && !strings.Contains(tail, "that") && !saysWhat(tail) {
		return s[:i]
	}
	return s
}

// beforeClauseOpener cuts a clause before the first word of clauseOpeners
// that stands at least three words in and after byte at (the date), or
// returns it whole.
func beforeClauseOpener(clause string, at int) string {
	n := 0
	for i := 0; i < len(clause); {
		for i < len(clause) && clause[i] == ' ' {
			i++
		}
		j := i
		for j < len(clause) && clause[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		n++
		if n > 3 && i > at && clauseOpeners.has(strings.ToLower(clause[i:j])) {
			return strings.TrimSpace(clause[:i])
		}
		i = j
	}
	return clause
}

// pastSpeechVerb drops the verb of saying (and a "that" after it) a
// clause opens with when its subject cannot be given back: "says at least
// 14 children were among the dead …" is what was said.
func pastSpeechVerb(clause string) string {
	c := strings.TrimSpace(clause)
	w, rest, ok := strings.Cut(c, " ")
	if !ok || !speechVerbs.has(strings.ToLower(w)) || invertedSpeech(c) || wordCount(rest) < 6 {
		return clause
	}
	if t, r, ok := strings.Cut(rest, " "); ok && strings.EqualFold(t, "that") {
		rest = r
	}
	return rest
}

// accordingTo reports whether a clause only credits the rest: "according
// to the army on Friday".
func accordingTo(clause string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(clause)), "according to ")
}

// saysWhat reports whether a clause goes on after its verb of saying with
// what was said: "officials said three soldiers had died", not "police
// said on Monday" or "the army told reporters".
func saysWhat(clause string) bool {
	if onlySpeaks(clause) || toldOutlet(clause) || invertedSpeech(clause) {
		return false
	}
	ws := strings.Fields(clause)
	for i, w := range ws {
		if speechVerbs.has(strings.ToLower(strings.Trim(w, ".,"))) {
			return len(ws)-i-1 > 2
		}
	}
	return false
}

// frontedPhrase reports whether a sentence's first clause is an adverbial
// phrase that opens it ("In a different episode on Monday, attackers …"),
// so that what happened is in the clause after it.
func frontedPhrase(clause string) bool {
	n := wordCount(clause)
	return n <= 8 && (frontedOpeners.has(strings.ToLower(firstWord(strings.TrimSpace(clause)))) || spanBefore(clause)) && !hasSpeechVerb(clause)
}

// onlyMarksBefore reports whether nothing but quotation marks and
// spaces stand before byte at of sentence: the date's clause opens it.
func onlyMarksBefore(sentence string, at int) bool {
	return strings.Trim(sentence[:at], " \"“‘'") == ""
}

// allFronted reports whether every clause of cs is a phrase fronted
// before the sentence's subject: "On Feb. 15, at about 4:30 p.m., a
// missile was launched …" has its act after two of them.
func allFronted(sentence string, cs [][2]int) bool {
	for _, c := range cs {
		if !frontedPhrase(sentence[c[0]:c[1]]) {
			return false
		}
	}
	return true
}

// spanBefore reports whether a clause opens with a span of time before or
// after something: "Two days after the attack on Sunday", "Hours before
// the talks".
func spanBefore(clause string) bool {
	ws := strings.Fields(strings.ToLower(clause))
	for i := 0; i+1 < len(ws) && i < 3; i++ {
		if frontedSpanUnits.has(ws[i]) && frontedSpanLinks.has(ws[i+1]) {
			return true
		}
	}
	return false
}

// frontedSpanUnits and frontedSpanLinks open a fronted span of time: "two
// days after", "hours before". (events.go)
var frontedSpanUnits, frontedSpanLinks = wordSetOf("eventFrontedSpanUnits"), wordSetOf("eventFrontedSpanLinks")

// hasSpeechVerb reports whether a clause holds a speech verb.
func hasSpeechVerb(clause string) bool {
	for _, w := range strings.Fields(strings.ToLower(clause)) {
		if speechVerbs.has(strings.Trim(w, ".,")) {
			return true
		}
	}
	return false
}

// finiteSpeech are the verbs of speech that open what a subject named
// before them said: "…, the mayor of Norvik, said the shelling …".
var finiteSpeech = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "stated": true}

// opensWithSpeech reports whether a clause opens with a verb of speech:
// "said at least nine people were killed", the verb of a subject the
// clauses before named.
func opensWithSpeech(clause string) bool {
	ws := strings.Fields(strings.ToLower(clause))
	return len(ws) > 0 && speechVerbs.has(strings.Trim(ws[0], ".,"))
}

// onlySpeaks reports whether a clause only says that someone spoke, and
// where or when: "Khawaja Asif stated on the margins of the meeting last
// week" — nothing of what was said.
func onlySpeaks(clause string) bool {
	ws := strings.Fields(strings.ToLower(clause))
	for i, w := range ws {
		if !speechVerbs.has(strings.Trim(w, ".,")) {
			continue
		}
		if i+1 == len(ws) {
			return true
		}
		n := ws[i+1]
		if prepositions.has(n) || n == "last" || n == "this" || n == "yesterday" || n == "today" {
			return true
		}
		if (speechTimeOpeners.has(n) || weekdays.has(strings.Trim(n, ".,"))) && onlyTimeWords(ws[i+1:]) {
			return true // "…, the army said late on Sunday", "…, officials said Tuesday": the clause ends there
		}
		break
	}
	// "Norland Radio reported that a day earlier": what was reported follows.
	for i, w := range ws {
		if w == "that" && i > 0 && len(ws)-i-1 <= 4 {
			for _, v := range ws[:i] {
				if speechVerbs.has(strings.Trim(v, ".,")) {
					return true
				}
			}
		}
	}
	return false
}

// onlyTimeWords reports whether words only say when: "late on sunday",
// "tuesday", "early on friday morning".
func onlyTimeWords(ws []string) bool {
	for _, w := range ws {
		w = strings.Trim(w, ".,")
		if !speechTimeOpeners.has(w) && !weekdays.has(w) && !timeWords.has(w) && !creditTimeUnits.has(w) && w != "on" && w != "the" {
			return false
		}
	}
	return true
}

// speechTimeOpeners may open the time phrase after a verb of saying: "said
// late on Sunday".
var speechTimeOpeners = wordSetOf("eventSpeechTimeOpeners")

// invertedSpeech reports whether a clause opens with a verb of saying
// whose subject follows it: "said a Monday statement from the council",
// "said the army".
func invertedSpeech(clause string) bool {
	ws := strings.Fields(strings.TrimSpace(clause))
	if len(ws) < 2 || !speechVerbs.has(strings.ToLower(ws[0])) || strings.HasSuffix(strings.ToLower(ws[0]), "ing") {
		return false // not "accusing the security forces of …": a participle's object
	}
	r, _ := utf8.DecodeRuneInString(ws[1])
	n := strings.ToLower(ws[1])
	if !(n == "a" || n == "an" || n == "the" || unicode.IsUpper(r)) {
		return false
	}
	for _, w := range ws[2:] {
		w = strings.ToLower(strings.Trim(w, ".,"))
		if w == "that" || auxiliaries.has(w) || auxOfActs.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false // "said the shelling had destroyed the market": what was said
		}
	}
	return true
}

// afterQuoteMark reports whether the clause that starts at byte at of s
// follows a quotation mark.
func afterQuoteMark(s string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return r == '"' || r == '“' || r == '”'
}

// closedWithComma reports whether the quotation mark that ends at byte at
// of s closes a quotation with a comma inside it (`…,” he said`): what
// follows says who spoke, it does not go on with the quoted clause.
func closedWithComma(s string, at int) bool {
	_, n := utf8.DecodeLastRuneInString(s[:at])
	return strings.HasSuffix(strings.TrimRight(s[:at-n], " "), ",")
}

// continuesClause reports whether a clause opens in lower case or with a
// digit: it goes on with the clause before, not a sentence of its own.
func continuesClause(clause string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(clause))
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// toldOutlet reports whether a closing clause only says who told whom:
// "an official from a women's group told Radio Norland on Friday" — a
// verb of saying followed by nothing but capitalised names, prepositions,
// articles and the date.
func toldOutlet(clause string) bool {
	ws := strings.Fields(clause)
	for i, w := range ws {
		if !speechVerbs.has(strings.ToLower(strings.Trim(w, ".,"))) {
			continue
		}
		if i == 0 || i+1 == len(ws) {
			return false
		}
		for _, x := range ws[i+1:] {
			x = strings.Trim(x, ".,")
			r, _ := utf8.DecodeRuneInString(x)
			if !unicode.IsUpper(r) && !prepositions.has(strings.ToLower(x)) && !summaryStop.has(strings.ToLower(x)) {
				return false
			}
		}
		return true
	}
	return false
}

// oneSentence keeps, of a summary that runs two sentences together
// ("Residents gather at the site on Monday. — Reuters"), the first.
func oneSentence(s string) string {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && i > 0 && s[i-1] != '.' && !isUpperByte(s[i-1]) && !titleAbbrevs.has(strings.ToLower(lastField(s[:i]))) && !clockMark(lastField(s[:i])) {
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) || r == '—' || r == '–' || r == '(' {
				return strings.TrimSpace(s[:i])
			}
		}
	}
	return s
}

// clockMark reports whether w is "a.m" or "p.m", whose full stop ends no
// sentence: "at 11:30 p.m. Sunday".
func clockMark(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "a.m") || strings.HasSuffix(w, "p.m")
}

func isUpperByte(b byte) bool { return 'A' <= b && b <= 'Z' }

// lastField returns the last word of s.
func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// clauses cuts a sentence at commas, semicolons, dashes and quotation
// marks into byte ranges that cover it.
func clauses(s string) [][2]int {
	var out [][2]int
	from := 0
	for i, r := range s {
		if r == ',' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			continue // "2,000": a thousands separator
		}
		if r == ',' && dateModifierComma(s, i) {
			continue // "since the July 7, 2021, assassination of …": a date inside its noun phrase
		}
		switch r {
		case ',', ';', '—', '–', '“', '”', '"':
			out = append(out, [2]int{from, i})
			from = i + utf8.RuneLen(r)
		}
	}
	return append(out, [2]int{from, len(s)})
}

// dateModifierComma reports whether the comma at byte i of s is one of
// the two a full date takes when it modifies a noun after "the": "the
// July 7, 2021, assassination".
func dateModifierComma(s string, i int) bool {
	j := strings.LastIndex(s[:i], "the ")
	if j < 0 || i-j > 24 {
		return false
	}
	ws := strings.Fields(strings.ReplaceAll(s[j:], ",", " , "))
	// the Month D , YYYY , noun
	if len(ws) < 7 || !eventMonths.has(strings.ToLower(strings.TrimSuffix(ws[1], "."))) || !allDigits(ws[2]) || ws[3] != "," ||
		len(ws[4]) != 4 || !allDigits(ws[4]) || ws[5] != "," {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[6])
	return unicode.IsLower(r)
}

// allDigits reports whether w is a run of ASCII digits.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// isAttribution reports whether a clause only says who reported something:
// "a press bulletin stated on Tuesday", "authorities informed Reuters".
func isAttribution(clause string) bool {
	for _, w := range strings.Fields(strings.ToLower(clause)) {
		if speechVerbs.has(strings.Trim(w, ".")) {
			return wordCount(clause) <= 8
		}
	}
	return false
}

// isOpener reports whether a clause is a short adverbial that opens a
// sentence ("Since then", "However", "On Monday"), not its subject.
func isOpener(clause string) bool {
	w := strings.ToLower(firstWord(strings.TrimSpace(clause)))
	return wordCount(clause) < 4 && (prepositions.has(w) || openers.has(w))
}

var openers = wordSetOf("openers")

// opensWithoutSubject reports whether a clause starts with a preposition,
// a participle or an auxiliary, so that its subject is in the clause
// before: "in Kabul from July 26 to 28", "arranged by the rebels at the end of
// 2018", "is set to take force on Monday".
func opensWithoutSubject(clause string) bool {
	w := firstWord(strings.TrimSpace(clause))
	if w == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		return false
	}
	return prepositions.has(w) || auxiliaries.has(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") ||
		strings.HasSuffix(w, "ly") || speechVerbs.has(w) && !invertedSpeech(clause) || auxOfActs.has(w) && !speechVerbs.has(w)
}

var auxiliaries = wordSetOf("auxiliaries")

func wordCount(s string) int {
	// len(strings.Fields(s)), counted without making the fields
	n, inWord := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		space := false
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// trimLeadingWord drops a conjunction or connective that opens a clause
// ("When", "and", "Since then"), in any case but "Later" and "Though",
// which only open one capitalised.
func trimLeadingWord(s string) string {
	for _, w := range summaryOpeners {
		if len(s) > len(w) && s[len(w)] == ' ' && strings.EqualFold(s[:len(w)], w) && (s[0] == w[0] || !isUpperByte(w[0])) {
			return strings.TrimSpace(s[len(w):])
		}
	}
	return s
}

// summaryOpeners are the conjunctions and connectives trimLeadingWord
// drops; one written with a capital is dropped only so written.
var summaryOpeners = wordList("summaryOpeners")

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// eventTyper finds the words that say what kind of event a sentence
// reports (the lexicon's event verbs, matched by stem) and their types.
type eventTyper struct {
	verbs *phraseSet
	types []report.EventType // by the phrase's value
}

func newEventTyper(verbs []lexicon.EventVerb) *eventTyper {
	t := &eventTyper{verbs: newPhraseSet(true)}
	for _, v := range verbs {
		typ := report.EventType(v.Type)
		if !slices.Contains(report.EventTypes, typ) {
			continue // no type, or one the model does not know
		}
		t.verbs.add(v.Phrase, len(t.types))
		t.types = append(t.types, typ)
	}
	return t
}

// eventType returns the type of the event of sentence i whose date spans
// bytes start..end: the type of the event word nearest the date, or ""
// when the sentence has none. The type may be refined once the figures
// reported for the event are known (linkFigures).
func (a *article) eventType(i, start, end int) report.EventType {
	et := a.typer
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	s := a.sents[i]
	comma := strings.IndexByte(s.Text, ',')
	fronted := comma > 0 && end-s.Start <= comma && frontedPhrase(s.Text[:comma])
	var best, fallback report.EventType
	dist, bestAt := -1, 0
	explosion := false // an explosion word in the date's own clause
	headline := a.titleCase(from, to)
	for _, m := range et.verbs.findAll(a.toks, from, to) {
		if a.inDate(m.From) || !headline && m.From > from && a.toks[m.From].Title && !a.acronymWord(m.From) || a.inAside(i, m.From) {
			continue // a month or a name: "in March", "the United States"; an aside (events_types.go)
		}
		if et.types[m.Value] == report.Agreement && a.endedBefore(m.From) {
			continue // "the TTP ended a ceasefire": no agreement
		}
		if m.To-m.From == 1 && droneWords.in(a.toks[m.From].wid) && !a.attackNear(from, to, m.From) {
			continue // "a drone operator was arrested", "a drone factory": no strike
		}
		d := 0
		switch s, e := a.toks[m.From].Start, a.toks[m.To-1].End; {
		case e <= start:
			d = start - e
			if a.clauseBetween(m.To, a.tokenAfter(start)) {
				d += len(a.text) // another clause's word yields to the date's own
			}
		case s >= end:
			d = s - end
			if a.clauseBetween(a.tokenAfter(end), m.From) && !(fronted && a.oneCommaBetween(a.tokenAfter(end), m.From)) {
				d += len(a.text) // but a fronted date's clause is the main one
			}
		}
		if et.types[m.Value] == report.Explosion && d < len(a.text) && !a.meansBefore(from, m.From) {
			explosion = true
		}
		if et.types[m.Value] == report.OtherEvent {
			fallback = report.OtherEvent // only when no word of a known kind stands
			continue
		}
		if dist < 0 || d < dist {
			best, dist, bestAt = et.types[m.Value], d, m.From
		}
	}
	if best == "" {
		return fallback // "held the first phase of an election on Sunday"
	}
	if explosion && violent[best] {
		return report.Explosion // "A drone strike on Sunday killed five": the strike's kind, not the killing's
	}
	return a.refineType(i, bestAt, best) // who acts on whom (events_types.go)
}

// droneWords type an explosion alone only with a word of attack
// (droneAttackWords) within six words: "drones struck Odesa", "launched
// seven drones". (events.go)
var droneWords, droneAttackWords = wordSetOf("eventDroneWords"), wordSetOf("eventDroneAttackWords")

// attackNear reports whether a word of droneAttackWords stands within six
// tokens of token k in the sentence from..to.
func (a *article) attackNear(from, to, k int) bool {
	for j := max(from, k-6); j < min(to, k+7); j++ {
		if droneAttackWords.in(a.toks[j].wid) {
			return true
		}
	}
	return false
}

// titleCase reports whether most words of tokens from..to are
// capitalised, as in a headline ("Pakistan Says 450,000 Afghans Returned
// Home"): there a capital does not mark a name.
func (a *article) titleCase(from, to int) bool {
	words, titles := 0, 0
	for k := from; k < to; k++ {
		if t := a.toks[k]; t.Word && unicode.IsLetter(rune(t.Lower[0])) {
			words++
			if t.Title {
				titles++
			}
		}
	}
	return words > 0 && titles*3 >= words*2
}

// violent are the event types of armed violence; of these, an explosion
// names how the violence was done, so it wins over a verb of fighting or
// killing in the same clause.
var violent = map[report.EventType]bool{report.Battle: true, report.Explosion: true, report.ViolenceAgainstCivilians: true}

// contentType returns the type of the first event word of sentence i that
// is no statement's ("ambushed", "shot dead"), an explosion's before any
// ("airstrikes"), or "".
func (a *article) contentType(i int) report.EventType {
	et := a.typer
	var first report.EventType
	for _, m := range et.verbs.findAll(a.toks, a.sentToks[i][0], a.sentToks[i][1]) {
		switch t := et.types[m.Value]; {
		case t == report.Explosion:
			return t // "… were killed in Pakistani airstrikes"
		case t != report.Statement && first == "":
			first = t
		}
	}
	return first
}

// hasCasualties reports whether figures count dead or wounded.
func hasCasualties(figs []report.Figure) bool {
	for _, f := range figs {
		if f.What == report.Killed || f.What == report.Injured {
			return true
		}
	}
	return false
}

// nextInParagraph returns the text of the sentence after the one whose
// text is q (index: each sentence's text to its index), when a blank line
// does not part them; "" otherwise.
func (a *article) nextInParagraph(q string, index map[string]int) string {
	i, ok := index[q]
	if !ok || i+1 >= len(a.sents) || newParagraph(a.text, a.sents[i], a.sents[i+1]) {
		return ""
	}
	return a.sents[i+1].Text
}

// endedBefore reports whether a verb that ends something stands within
// three words before token k: "ended a ceasefire", "broke the truce".
func (a *article) endedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if w := a.toks[j].Lower; enders.has(w) || deedCues.has(w) {
			return true
		}
	}
	return false
}

// oneCommaBetween reports whether tokens from..to-1 hold exactly one
// clause break, a comma: the one that closes a fronted phrase.
func (a *article) oneCommaBetween(from, to int) bool {
	commas := 0
	for k := max(from, 0); k < to && k < len(a.toks); k++ {
		switch w := a.toks[k].Lower; {
		case w == ",":
			commas++
		case w == ";" || w == "as" || w == "that" || clauseBreaks.has(w) || subordinators.has(w):
			return false
		}
	}
	return commas == 1
}

// clauseBetween reports whether a word that opens or ends a clause stands
// in tokens from..to-1: "fled Bajaur on Sunday as the fighting spread".
func (a *article) clauseBetween(from, to int) bool {
	for k := max(from, 0); k < to && k < len(a.toks); k++ {
		if w := a.toks[k].Lower; w == "," || w == ";" || w == "as" || w == "that" || clauseBreaks.has(w) || subordinators.has(w) {
			return true
		}
	}
	return false
}

// linkFigures links each event of an article to the figures reported for
// it (deaths, injuries, arrests, people displaced, abducted or released;
// not a count over a period): those of its own sentence, and those of the
// next sentence of its paragraph when that one dates no event of its own
// ("A drone strike hit a house on Tuesday. The Taliban said 46 people were
// killed."). Figures are linked by the id they will have in the brief. An
// event with casualties but no type becomes a battle, and a battle whose
// casualties are all civilians violence against civilians.
func (a *article) linkFigures(f *Facts) {
	bySentence := map[string][]report.Figure{}
	for _, fig := range f.Figures {
		if eventKinds[fig.What] && fig.Period == "" && len(fig.Citations) > 0 && !a.grievance(fig) {
			q := fig.Citations[0].Quote
			bySentence[q] = append(bySentence[q], fig)
		}
	}
	index := make(map[string]int, len(a.sents))
	for i, st := range a.sents {
		if _, ok := index[st.Text]; !ok {
			index[st.Text] = i
		}
	}
	dated := map[string]bool{} // sentences that date an event
	perSentence := map[string]int{}
	violentIn := map[string]bool{} // sentences that date a violent event
	for _, e := range f.Events {
		if len(e.Citations) > 0 {
			dated[e.Citations[0].Quote] = true
			perSentence[e.Citations[0].Quote]++
			violentIn[e.Citations[0].Quote] = violentIn[e.Citations[0].Quote] || violent[e.Type]
		}
	}
	for k := range f.Events {
		e := &f.Events[k]
		if len(e.Citations) == 0 {
			continue
		}
		q := e.Citations[0].Quote
		if e.Type == report.Statement && (perSentence[q] > 1 || !hasCasualties(bySentence[q])) {
			continue // the figures are what was said, not what happened then
		}
		if e.Type == report.Statement {
			// "Security forces killed 54 …, the ISPR said on Sunday": the
			// killing's report, typed by what the sentence tells.
			e.Type = a.contentType(index[q])
		}
		if (e.Type == "" || e.Type == report.Agreement) && violentIn[q] {
			// "Tuesday's strikes killed 104, the deadliest day since the
			// truce took effect three weeks ago": the dead are the strikes'.
			continue
		}
		figs := bySentence[q]
		if next := a.nextInParagraph(q, index); next != "" && !dated[next] && e.Type != report.Agreement {
			figs = append(figs, bySentence[next]...)
		}
		casualties, civilians := 0, 0
		for _, fig := range figs {
			e.Figures = append(e.Figures, report.FigureID(fig))
			if fig.What == report.Killed || fig.What == report.Injured {
				casualties++
				if headNouns[lastWord(fig.Who)] == report.People {
					civilians++
				}
			}
		}
		if e.Type == "" && casualties > 0 {
			e.Type = report.Battle
		}
		if e.Type == report.Battle && casualties > 0 && civilians == casualties && !a.armedSides(index[q]) {
			e.Type = report.ViolenceAgainstCivilians
		}
	}
}

// grieve records that fig's sentence tells it as what an event is about
// ("protested against the killing of two leaders"): an earlier happening,
// whose dead no event of the sentence is linked to.
func (a *article) grieve(fig report.Figure) {
	if a.grieved == nil {
		a.grieved = map[string]bool{}
	}
	a.grieved[grievanceKey(fig)] = true
}

// grievance reports whether fig's sentence tells it as a grievance (grieve).
func (a *article) grievance(fig report.Figure) bool {
	return a.grieved[grievanceKey(fig)]
}

// grievanceKey is a figure's sentence and id.
func grievanceKey(fig report.Figure) string {
	q := ""
	if len(fig.Citations) > 0 {
		q = fig.Citations[0].Quote
	}
	return q + "\x00" + report.FigureID(fig)
}

// wordList returns a named word set of the embedded lexicon as a list,
// for rules that match its words as prefixes or phrases. It panics on an
// unknown name, as words does.
func wordList(name string) []string {
	l, ok := lexicon.Default().Sets[name]
	if !ok {
		panic("lexicon: no set " + name)
	}
	return l
}

// deicticDates are the dates that point at the day the speaker speaks:
// "today", "this afternoon", "yesterday".
var deicticDates = wordSetOf("eventDeicticDates")

// datesSetting reports whether a date of sentence i points at the room the
// speaker speaks in rather than at something that happened: the meeting
// or briefing itself ("we thank the envoy for her update today", "participating
// in today's meeting", "it's good to have you with us this afternoon"),
// the speaker's own act of speaking ("Today, I want to reiterate …", "as
// we heard today"), or the present as opposed to the past ("Yemen is the
// world's worst humanitarian crisis today"). None is an event an analyst
// lists.
func (a *article) datesSetting(i int, m timex.Mention) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	first, last := a.tokenAfter(m.Start), a.tokenBefore(m.End)
	if first < 0 || last < 0 {
		return false
	}
	// A briefing of the body the speaker sits in, on any day: "last
	// October's briefing", "when we were briefed last December".
	if k := last + 1; k < to && a.toks[last].Poss && briefingWords.in(a.toks[k].wid) || first-1 >= from && briefingWords.in(a.toks[first-1].wid) {
		return true
	}
	// The body's own last meeting: "since the Council last considered the
	// matter in December", "since we last met in March".
	for k := first - 1; k > from && k >= first-8; k-- {
		if w := a.toks[k].Lower; w == "," || w == ";" || w == "since" {
			break
		} else if bodyMeetingVerbs.has(w) && a.toks[k-1].Lower == "last" {
			return true
		}
	}
	if !deicticDates.has(strings.ToLower(m.Text)) {
		return false
	}
	// The briefing's own ground rules or its order of business: "Today's
	// call is on background", "tonight's call is on the record", "a few
	// things to cover at the top today".
	if a.groundRules(from, to) {
		return true
	}
	// Thanks for joining the call: "Thanks so much for joining today's
	// call", "appreciate everyone joining today".
	courtesy, joining := false, false
	for k := from; k < to; k++ {
		courtesy = courtesy || settingCourtesies.in(a.toks[k].wid)
		joining = joining || joinCourtesies.in(a.toks[k].wid)
	}
	if courtesy && joining {
		return true
	}
	// A courtesy before the date in its sentence: an apology, or thanks
	// to the listener ("we thank the envoy for her update today"; thanks to a
	// third party may be for what it did that day).
	listener := false
	for k := from; k < to; k++ {
		listener = listener || a.toks[k].Lower == "you" || a.toks[k].Lower == "your"
	}
	for k := from; k < first; k++ {
		if w := a.toks[k].Lower; apologies.has(w) || listener && settingCourtesies.has(w) {
			return true
		}
	}
	// The meeting named next to the date: "your briefing today",
	// "today's meeting", "here today", "with us this afternoon".
	if k := first - 1; k >= from && (settingNouns.in(a.toks[k].wid) || a.toks[k].Lower == "us" && k > from && settingJoins.in(a.toks[k-1].wid)) {
		return true
	}
	if k := last + 1; k < to && settingNouns.in(a.toks[k].wid) && (a.toks[last].Poss || a.toks[k].Lower == "here") {
		return true
	}
	for k := first - 1; k >= from && k >= first-6; k-- {
		if w := a.toks[k].Lower; w == "," || w == ";" {
			break
		} else if w == "here" {
			return true // "more of you than were here for the Minister yesterday"
		}
	}
	// The speaker's own speaking: "I want to", "we heard".
	for k := from; k+1 < to && k < first+6; k++ {
		if w := a.toks[k].Lower; w != "i" && w != "we" {
			continue
		}
		j := k + 1
		for j+1 < to && settingAdverbs.in(a.toks[j].wid) {
			j++ // "I also want to"
		}
		if settingActs.in(a.toks[j].wid) || settingStances.in(a.toks[j].wid) && !a.toks[last].Poss {
			return true // "we welcome that progress again today", not "we welcome today's accord"
		}
	}
	// The present: "X is the worst crisis today", "the reality today is";
	// not a passive turned round, whose subject comes after its verb: "Also
	// sanctioned today is the militia's financier" is that day's act.
	if strings.ToLower(m.Text) == "today" {
		if k := last + 1; k < to && (a.toks[k].Lower == "is" || a.toks[k].Lower == "are") && !a.invertedPassive(from, first) {
			return true
		}
		for k := first - 1; k >= from && k >= first-3; k-- {
			if a.toks[k].Lower == "still" {
				return true // "those who still struggle today"
			}
		}
		for k := first - 1; k > from && k >= first-12; k-- {
			w := a.toks[k].Lower
			if w == "," || w == ";" || relativeOpeners.has(w) {
				break // "the talks that opened today"
			}
			if (w == "is" || w == "are" || w == "remains" || w == "remain") && presentStates.in(a.toks[k+1].wid) {
				return true
			}
		}
	}
	return false
}

// groundRules reports whether the tokens from..to state a briefing's
// ground rules ("on background", "on the record", "embargoed until its
// conclusion", "not for your reporting", "for your awareness") or speak
// of its opening items ("at the top").
func (a *article) groundRules(from, to int) bool {
	onOff := func(k int) bool { return k >= from && (a.toks[k].Lower == "on" || a.toks[k].Lower == "off") }
	for k := from; k < to; k++ {
		w := a.toks[k].Lower
		if groundRuleNouns.in(a.toks[k].wid) && k-2 >= from && a.toks[k-2].Lower == "for" && a.toks[k-1].Lower == "your" {
			return true // "not for your reporting", "for your awareness"
		}
		if groundRuleWords.in(a.toks[k].wid) && (onOff(k-1) || k-1 > from && a.toks[k-1].Lower == "the" && onOff(k-2)) {
			return true // "on background", "off the record"; not "broke the record"
		}
		if groundRuleTerms.in(a.toks[k].wid) {
			return true // "embargoed until its conclusion"
		}
		if w == "top" && k >= from+2 && a.toks[k-1].Lower == "the" && a.toks[k-2].Lower == "at" && (k+1 >= to || a.toks[k+1].Lower != "of") {
			return true // "at the top", not "at the top of the agenda"
		}
	}
	return false
}

// invertedPassive reports whether the tokens from..before of a sentence
// are a participle that opens it, after at most words of
// inversionOpeners: "Also designated", "Additionally sanctioned".
func (a *article) invertedPassive(from, before int) bool {
	k := from
	for k < before && inversionOpeners.in(a.toks[k].wid) {
		k++
	}
	t := a.toks[k]
	return k == before-1 && t.Word && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "en") || irregularParticiples.has(t.Lower))
}

// settingCourtesies, settingNouns, settingJoins, settingActs and
// presentStates are the words of datesSetting.
var (
	settingCourtesies = wordSetOf("eventSettingCourtesies")
	apologies         = wordSetOf("eventSettingApologies")
	settingAdverbs    = wordSetOf("eventSettingAdverbs")
	settingStances    = wordSetOf("eventSettingStances")
	briefingWords     = wordSetOf("eventBriefingWords")
	bodyMeetingVerbs  = wordSetOf("eventMeetingVerbs")
	settingNouns      = wordSetOf("eventSettingNouns")
	settingJoins      = wordSetOf("eventSettingJoins")
	settingActs       = wordSetOf("eventSettingActs")
	presentStates     = wordSetOf("eventPresentStates")
	relativeOpeners   = wordSetOf("eventRelativeOpeners")
	inversionOpeners  = wordSetOf("eventInversionOpeners")
	groundRuleWords   = wordSetOf("eventGroundRuleWords")
	groundRuleTerms   = wordSetOf("eventGroundRuleTerms")
	groundRuleNouns   = wordSetOf("eventGroundRuleNouns")
	joinCourtesies    = wordSetOf("eventJoinCourtesies")
)

// deadline reports whether a date is a time limit set for what has not
// happened yet: "the militias must leave the capital by April 30", "to
// give power to a civilian government by June 2026". The limit is no
// event.
func (a *article) deadline(i int, m timex.Mention, published report.Date) bool {
	k := a.tokenBefore(m.Start)
	if k < 0 || a.toks[k].Lower != "by" {
		return false
	}
	if d, err := report.ParseDate(m.Value); err == nil && !published.IsZero() && d.First().After(published.Last()) {
		return true // "a ceasefire by next Monday": a limit still to come
	}
	for j := k - 1; j >= a.sentToks[i][0] && j >= k-12; j-- {
		if w := a.toks[j].Lower; w == ";" || w == "." {
			return false
		} else if deadlineWords.has(w) {
			return true
		}
	}
	return false
}

// deadlineWords before "by <date>" make the date a time limit.
var deadlineWords = wordSetOf("eventDeadlineWords")

// comparisonBase reports whether a date is only the point a comparison
// reaches back to: "a level not seen since 2012", "the heaviest fighting
// since March", "for the first time since 2019".
func (a *article) comparisonBase(m timex.Mention) bool {
	k := a.tokenBefore(m.Start)
	if k < 0 || a.toks[k].Lower != "since" {
		return false
	}
	return a.wordInClauseBefore(k, 6, sinceComparisons.m)
}

// wordInClauseBefore reports whether a word of set stands within reach
// tokens before token k, with no comma, semicolon or full stop between.
func (a *article) wordInClauseBefore(k, reach int, set map[string]bool) bool {
	for j := k - 1; j >= 0 && j >= k-reach; j-- {
		w := a.toks[j].Lower
		if w == "," || w == ";" || w == "." {
			return false
		}
		if set[w] {
			return true
		}
	}
	return false
}

// sinceComparisons before "since <date>" make the date a comparison's
// base ("not seen since", "the first time since").
var sinceComparisons = wordSetOf("eventSinceComparisons")

// yearOfName reports whether a year in parentheses follows a name or a
// number: "resolution 2423 (2018)", "the Treaty of Paris (1951)". The
// year is the document's, cited as part of its name.
func (a *article) yearOfName(m timex.Mention) bool {
	if m.Precision != "year" {
		return false
	}
	k, n := a.tokenBefore(m.Start), a.tokenAfter(m.End)
	if k < 1 || n < 0 || a.toks[k].Lower != "(" || a.toks[n].Lower != ")" {
		return false
	}
	p := a.toks[k-1]
	return isNumberToken(p) || p.Word && p.Title
}

// sinceNothing reports whether a date after "since" opens a span in which
// nothing happened: "Since 2019, no group has claimed an attack", "has not
// met since March". The date is no event.
func (a *article) sinceNothing(i int, m timex.Mention) bool {
	k := a.tokenBefore(m.Start)
	if k < 0 || a.toks[k].Lower != "since" {
		return false
	}
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	breaks := func(w string) bool { return w == "," || w == ";" }
	if k == from || breaks(a.toks[k-1].Lower) {
		// Fronted: "Since 2019, no group has …": the clause after it.
		j := a.tokenAfter(m.End)
		if j >= 0 && j < to && a.toks[j].Lower == "," {
			j++
		}
		for ; j >= 0 && j < to && !breaks(a.toks[j].Lower); j++ {
			if negations.in(a.toks[j].wid) {
				return true
			}
		}
		return false
	}
	for j := k - 1; j >= from && !breaks(a.toks[j].Lower); j-- {
		if negations.in(a.toks[j].wid) {
			return true // "has not met since March"
		}
	}
	return false
}

// negations make a clause say that something did not happen.
var negations = wordSetOf("eventNegations")

// marksAnniversary reports whether a date is the day that marks another:
// "Sunday marks ten years since the fall of the city", "This week marks
// the anniversary of the war". The day marks; what it marks happened
// before.
func (a *article) marksAnniversary(m timex.Mention) bool {
	k := a.tokenAfter(m.End)
	// Past a date that restates it: "This weekend, on August 10th, marks".
	for n := 0; k >= 0 && k < len(a.toks) && n < 8 && !anniversaryVerbs.in(a.toks[k].wid); n++ {
		w := a.toks[k].Lower
		if w != "," && w != "on" && !a.inDate(k) {
			return false
		}
		k++
	}
	return k >= 0 && k < len(a.toks) && anniversaryVerbs.in(a.toks[k].wid) && a.marksSpan(k)
}

// marksSpan reports whether the verb of marking at token k marks a span
// or an anniversary ("marks ten years since", "marks the anniversary of",
// "marking 100 days"), not a first or a turn ("…on Monday, marking the
// first release under the truce", "marking a major escalation").
func (a *article) marksSpan(k int) bool {
	for j := k + 1; j < len(a.toks) && j <= k+6; j++ {
		w := a.toks[j].Lower
		if w == "," || w == ";" || w == "." {
			return false
		}
		if anniversaryNouns.in(a.toks[j].wid) || spanUnits.in(a.toks[j].wid) && j > k+1 && isCount(a.toks[j-1].Lower) {
			return true
		}
	}
	return false
}

// anniversaryNouns, or a count before one of spanUnits, after a verb of
// marking make what it marks an anniversary or a span.
var (
	anniversaryNouns = wordSetOf("eventAnniversaryNouns")
	spanUnits        = wordSetOf("eventSpanUnits")
)

// isCount reports whether w counts a span: digits, a number word below a
// hundred ("ten", "forty"), or "a"/"an" ("a year since").
func isCount(w string) bool {
	if w == "a" || w == "an" {
		return true
	}
	if _, ok := numUnits[w]; ok {
		return true
	}
	if _, ok := numTens[w]; ok {
		return true
	}
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// inSpelledDate reports whether token k lies inside a date expression
// that spells a word, such as a month's name: "May 10, 2024", not "1991".
func (a *article) inSpelledDate(k int) bool {
	t := a.toks[k]
	i, _ := slices.BinarySearchFunc(a.times, t.Start+1, func(m timex.Mention, at int) int { return cmp.Compare(m.Start, at) })
	if i == 0 {
		return false
	}
	m := a.times[i-1]
	return m.Start <= t.Start && t.End <= m.End && strings.ContainsFunc(m.Text, unicode.IsLetter)
}

// inDate reports whether token k lies inside a date expression.
func (a *article) inDate(k int) bool {
	t := a.toks[k]
	i, _ := slices.BinarySearchFunc(a.times, t.Start+1, func(m timex.Mention, at int) int { return cmp.Compare(m.Start, at) })
	return i > 0 && a.times[i-1].Start <= t.Start && t.End <= a.times[i-1].End
}

// anniversaryVerbs after a date make it the day of an anniversary.
var anniversaryVerbs = wordSetOf("eventAnniversaryVerbs")

// onlyState reports whether sentence i only says how something was or is
// on the date m, with no act in it: "Just three years ago, the country was
// in a very different place." Its one verb is a form of "be"; no word of
// an event, no participle and no count stands in it.
func (a *article) onlyState(i int, m timex.Mention) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	be := false
	for k := from; k < to; k++ {
		t := a.toks[k]
		if !t.Word || t.Start >= m.Start && t.End <= m.End || a.inDate(k) {
			continue
		}
		w := t.Lower
		switch {
		case stateVerbs.has(w):
			be = true
		case isNumberToken(t), !t.Title && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")),
			auxOfActs.has(w), triggers[w] != "":
			return false
		}
	}
	if !be {
		return false
	}
	for range a.typer.verbs.findAll(a.toks, from, to) {
		return false
	}
	return true
}

// stateVerbs say how something is; auxOfActs are verbs and auxiliaries
// that put an act in a sentence.
var (
	stateVerbs = wordSetOf("eventStateVerbs")
	auxOfActs  = wordSetOf("eventActWords")
)

// rankedPeriod reports whether a date that opens sentence i is ranked
// among others, no event: "Last year was the worst on record for the
// police", "2019 was the worst year for the army"; not "The bombing on
// Sunday was the deadliest in the city", whose date is the bombing's.
func (a *article) rankedPeriod(i int, m timex.Mention) bool {
	if b := a.tokenBefore(m.Start); b >= a.sentToks[i][0] && a.toks[b].Word {
		return false
	}
	k := a.tokenAfter(m.End)
	if k >= 0 && k+3 < len(a.toks) && (a.toks[k].Lower == "turned" || a.toks[k].Lower == "turns") && a.toks[k+1].Lower == "out" && a.toks[k+2].Lower == "to" && a.toks[k+3].Lower == "be" {
		k += 3 // "2024 turned out to be the deadliest year"
	} else if k < 0 || k >= len(a.toks) || !stateVerbs.in(a.toks[k].wid) && a.toks[k].Lower != "became" && a.toks[k].Lower != "proved" {
		return false
	}
	for j := k + 1; j < len(a.toks) && j <= k+3; j++ {
		if w := a.toks[j].Lower; sinceComparisons.has(w) || w == "most" {
			return true
		}
	}
	return false
}

// tallySpan reports whether a week, month or year of sentence i is the
// span of a tally of repeated acts ("carried out more than 300 attacks in
// 2023", "entered the country's airspace at least 12 times last week"): no
// one event happened on it.
func (a *article) tallySpan(i int, m timex.Mention) bool {
	if m.Precision == "day" {
		return false
	}
	change := false
	for k := a.sentToks[i][0]; k+1 < a.sentToks[i][1]; k++ {
		change = change || changeVerbs.in(a.toks[k].wid) && a.toks[k+1].Lower == "by" && !a.sinceBefore(i, m)
		if t := a.toks[k]; !isNumberToken(t) || t.Start >= m.Start && t.End <= m.End {
			continue
		}
		if w := a.toks[k+1].Lower; w == "times" || attackNouns.has(w) && strings.HasSuffix(w, "s") {
			return true
		}
		if w := a.toks[k+1].Lower; change && (w == "%" || w == "percent" || w == "per") {
			return true // "attacks in January surged by 42%": a statistic of the month
		}
	}
	return false
}

// sinceBefore reports whether "since" stands before the date m in sentence
// i: "raids grew by a third since the militia came back in May 2022"
// dates the militia's coming back, not the growth.
func (a *article) sinceBefore(i int, m timex.Mention) bool {
	for k := a.sentToks[i][0]; k < a.sentToks[i][1] && a.toks[k].End <= m.Start; k++ {
		if a.toks[k].Lower == "since" {
			return true
		}
	}
	return false
}

// toldBefore reports whether a date of sentence i names again, as the
// possessive of an event noun, the day of an event an earlier sentence
// dated: "Local groups say as many as 80 people may have died in
// Tuesday's attack" after the attack was told on its Tuesday. The event is
// the earlier sentence's.
func (a *article) toldBefore(i int, m timex.Mention) bool {
	last := a.tokenBefore(m.End)
	if last < 0 || !a.toks[last].Poss || m.Precision != "day" {
		return false
	}
	if n := a.tokenAfter(m.End); n < 0 || n >= len(a.toks) || !attackNouns.in(a.toks[n].wid) {
		return false
	}
	start := a.sents[i].Start
	for _, o := range a.times {
		if o.Start >= start {
			break
		}
		if o.Value == m.Value {
			return true
		}
	}
	return false
}

// calledOff reports whether a date of sentence i was set for something
// that did not happen on it: "the election originally scheduled for
// February 25", "polls set for December 2011 have been postponed".
func (a *article) calledOff(i int, m timex.Mention) bool {
	k := a.tokenBefore(m.Start)
	if k < 1 || a.toks[k].Lower != "for" && a.toks[k].Lower != "on" || !scheduleWords.in(a.toks[k-1].wid) {
		return false
	}
	if k >= 2 && (a.toks[k-2].Lower == "originally" || a.toks[k-2].Lower == "initially" || a.toks[k-2].Lower == "previously") {
		return true
	}
	for j := a.sentToks[i][0]; j < a.sentToks[i][1]; j++ {
		if postponeWords.in(a.toks[j].wid) {
			return true
		}
	}
	return false
}

// scheduleWords before "for" and a date set it; postponeWords in the
// sentence call it off. (events.go)
var (
	scheduleWords = wordSetOf("eventScheduleWords")
	postponeWords = wordSetOf("eventPostponeWords")
)

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/report/timex"
)

// This file holds the rules that keep out of the timeline the dates that
// real remarks, transcripts and republished statements carry but that
// date no act an analyst lists: an editor's note about the document
// itself, a photo's caption written in the present, a statement dated as
// it was made ("the claims made this afternoon"), what did not happen
// on a day, the speaker's own body meeting, and a restatement of the day's
// act ("Today's action underscores …").

// notListed reports whether the date m of sentence i is one of the dates
// this file's rules keep out of the timeline.
func (a *article) notListed(i int, m timex.Mention) bool {
	return a.aloneOnLine(i, m) || a.describesDocument(i) || a.editorsNote(i) || a.presentCaption(i, m) || a.datesRemark(m) && !a.counts(i, m) ||
		a.negatedOn(i, m) || a.ownDeliberation(i, m) || a.restatesAct(i, m) || a.ordinalSpan(m) || a.runningTotal(i, m) || a.rankingSpan(i, m) || a.comparedOthers(i, m) || a.zoneConversion(i, m) ||
		a.approximateAgo(m) || a.framing(i, m) || a.unplannedFuture(i, m) || a.earlierTally(i, m) || a.conditional(i, m) ||
		a.congratulation(i, m) || a.recallsSaying(i, m) || a.weMark(m) || a.dutyNow(i, m) || a.postSignature(i, m)
}

// postSignature reports whether the date m signs an embedded social-media
// post: on the post's last line, after the author's handle in brackets
// ("— Port Authority (@port_auth) March 3, 2031"). The day is the post's,
// and the post's own words are told in the article where they matter.
func (a *article) postSignature(i int, m timex.Mention) bool {
	s := a.sents[i]
	at := m.Start - s.Start
	if at <= 0 || at > len(s.Text) {
		return false
	}
	line := s.Text[strings.LastIndexByte(s.Text[:at], '\n')+1 : at]
	k := strings.LastIndex(line, "(@")
	return k >= 0 && strings.Contains(line[k:], ")") && strings.TrimSpace(line[strings.Index(line[k:], ")")+k+1:]) == ""
}

// dutyNow reports whether a date of the present dates a duty in its
// clause, not an act: "The Council must act today", "Today, the Security
// Council has a responsibility to act".
func (a *article) dutyNow(i int, m timex.Mention) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	duty := false
	for k := from; k < to && !duty; k++ {
		duty = obligationWords.in(a.toks[k].wid)
	}
	if !duty || !presentDates.has(strings.ToLower(m.Text)) {
		return false
	}
	first, last := a.tokenAfter(m.Start), a.tokenBefore(m.End)
	if first < 0 || last < 0 {
		return false
	}
	for k := first - 1; k >= from && !dutyClauseStops.has(a.toks[k].Lower); k-- {
		if obligationWords.in(a.toks[k].wid) {
			return true
		}
	}
	k := last + 1
	if k < to && a.toks[k].Lower == "," {
		k++ // "Today, the Council has a responsibility to act"
	}
	for ; k < to && !dutyClauseStops.has(a.toks[k].Lower); k++ {
		if obligationWords.in(a.toks[k].wid) {
			return true
		}
	}
	return false
}

// congratulation reports whether a date of the present ("today", "this
// month") dates a courtesy offered before it in its sentence: "let me
// congratulate Norland on its presidency of the Council this month". A
// past date, or a courtesy after the date, leaves the act its day:
// "Rebels shelled the port today, and the army congratulated its troops".
func (a *article) congratulation(i int, m timex.Mention) bool {
	if !presentDates.has(strings.ToLower(m.Text)) {
		return false
	}
	for k := a.sentToks[i][0]; k < a.sentToks[i][1] && a.toks[k].Start < m.Start; k++ {
		if congratulations.in(a.toks[k].wid) {
			return true
		}
	}
	return false
}

// recallsSaying reports whether the date m dates what a speaker said
// before, recalled in an opening "As … said": "As I said last week, the
// United States will not stand by", "As the Secretary noted yesterday, …".
// A count told so keeps its date, as in datesRemark ("As the army said on
// Monday, 40 were killed").
func (a *article) recallsSaying(i int, m timex.Mention) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	first, after := a.tokenAfter(m.Start), a.tokenAfter(m.End)
	if first < 0 || after < 0 || after >= to || a.toks[from].Lower != "as" || a.toks[after].Lower != "," {
		return false
	}
	if k := first - 1; k > from && (a.toks[k].Lower == "on" || a.toks[k].Lower == "in") {
		first = k
	}
	if first-from > 7 {
		return false
	}
	for k := from + 1; k < first; k++ {
		if w := a.toks[k].Lower; w == "," || w == ";" {
			return false
		}
	}
	return first-1 > from && selfSpeechVerbs.in(a.toks[first-1].wid) && !a.counts(i, m)
}

// weMark reports whether a day marks an anniversary with its subject
// between them: "Today we mark two years since the war began".
func (a *article) weMark(m timex.Mention) bool {
	k := a.tokenAfter(m.End)
	if k >= 0 && k < len(a.toks) && a.toks[k].Lower == "," {
		k++
	}
	for n := 0; n < 3 && k >= 0 && k < len(a.toks); n++ {
		if anniversaryVerbs.in(a.toks[k].wid) {
			return n > 0 && a.marksSpan(k)
		}
		if !markSubjects.in(a.toks[k].wid) && a.toks[k].Lower != "the" {
			return false
		}
		k++
	}
	return false
}

// The words of the rules above, from en.toml: congratulation,
// recallsSaying, weMark and dutyNow.
var (
	congratulations = wordSetOf("eventCongratulations")
	selfSpeechVerbs = wordSetOf("eventSelfSpeechVerbs")
	markSubjects    = wordSetOf("eventMarkSubjects")
	obligationWords = wordSetOf("eventObligationWords")
	presentDates    = wordSetOf("eventPresentDates")
	dutyClauseStops = wordSetOf("eventDutyClauseStops")
)

// conditional reports whether the date m of sentence i stands between a
// modal of an unreal or conditional act and the "if" or "unless" of its
// condition, in one clause: "This war would end today if the troops
// left", "the council would step down on 7 February only if …". What the
// date dates has not happened. A date of the reporting outside that
// stretch ("He said on Monday the army would leave if …") stays.
func (a *article) conditional(i int, m timex.Mention) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	modal := false
	for k := a.tokenBefore(m.Start); k >= from && k >= a.tokenBefore(m.Start)-8; k-- {
		w := a.toks[k].Lower
		if w == "," || w == ";" || w == "that" || subordinators.has(w) {
			break
		}
		if conditionalModals.in(a.toks[k].wid) {
			modal = true
			break
		}
	}
	if !modal {
		return false
	}
	for k := a.tokenAfter(m.End); k >= 0 && k < to && k <= a.tokenAfter(m.End)+6; k++ {
		if w := a.toks[k].Lower; w == ";" || w == "." {
			return false
		}
		if conditionalWords.in(a.toks[k].wid) {
			return true
		}
	}
	return false
}

// conditionalModals and conditionalWords frame an unreal or conditional
// act. (events_remarks.go)
var (
	conditionalModals = wordSetOf("eventConditionalModals")
	conditionalWords  = wordSetOf("eventConditionalWords")
)

// unplannedFuture reports whether m names a time to come ("next year",
// "next month") in a sentence that has no word of plan or future before
// it: "a road to elections next year" hopes, it schedules
// nothing. "Elections will be held next year" stays an event.
func (a *article) unplannedFuture(i int, m timex.Mention) bool {
	if !strings.HasPrefix(strings.ToLower(m.Text), "next ") {
		return false
	}
	from := a.sentToks[i][0]
	for k := a.tokenBefore(m.Start); k >= from; k-- {
		if plannedWords.in(a.toks[k].wid) {
			return false
		}
	}
	return true
}

// plannedWords put what a sentence says later in the future as a plan:
// "will", "is expected to", "plans". (events_remarks.go)
var plannedWords = wordSetOf("eventPlannedWords")

// approximateAgo reports whether m counts back from today by a span the
// word before it only guesses at: "almost 14 months ago", "more than two
// years ago". Its month or year may be off by one, and the writer means
// no day.
func (a *article) approximateAgo(m timex.Mention) bool {
	if !strings.HasSuffix(strings.ToLower(m.Text), " ago") {
		return false
	}
	k := a.tokenBefore(m.Start)
	return k >= 0 && approximateWords.in(a.toks[k].wid)
}

// approximateWords guess at the span before "ago". (events_remarks.go)
var approximateWords = wordSetOf("eventApproximateWords")

// framing reports whether the date m opens its sentence after a framing
// preposition and before a comma, as a frame of what the speaker goes on
// to say: "And for this week, our focus is …". Only a conjunction may
// stand before the preposition.
func (a *article) framing(i int, m timex.Mention) bool {
	k := a.tokenBefore(m.Start)
	n := a.tokenAfter(m.End)
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	if k < from || n < 0 || n >= to || !framingWords.in(a.toks[k].wid) || a.toks[n].Lower != "," {
		return false
	}
	return k == from || k == from+1 && framingConjunctions.in(a.toks[from].wid)
}

// framingWords open a frame of a speaker's remarks, and only
// framingConjunctions may stand before them. (events_remarks.go)
var (
	framingWords        = wordSetOf("eventFramingWords")
	framingConjunctions = wordSetOf("eventFramingConjunctions")
)

// zoneConversion reports whether the date m stands in parentheses that
// give the same moment in another time zone: "at 5.30 a.m. local (11:30
// p.m. Sunday EDT) on Monday". The moment is the sentence's other date.
func (a *article) zoneConversion(i int, m timex.Mention) bool {
	s := a.sents[i]
	at, end := m.Start-s.Start, m.End-s.Start
	if at < 0 || end > len(s.Text) {
		return false
	}
	open := strings.LastIndexByte(s.Text[:at], '(')
	shut := strings.IndexByte(s.Text[end:], ')')
	if open < 0 || shut < 0 || strings.ContainsRune(s.Text[open:at], ')') {
		return false
	}
	for _, w := range strings.Fields(strings.ToUpper(s.Text[open+1 : end+shut])) {
		if timeZones[strings.Trim(w, ".,;:")] {
			return true
		}
	}
	return false
}

// comparedOthers reports whether the date m ends a clause that compares
// with others by an auxiliary alone: "the talks may collapse, as did two
// earlier rounds last month". The date is the others',
// many and untold; the sentence's own act is not on it.
func (a *article) comparedOthers(i int, m timex.Mention) bool {
	from := a.sentToks[i][0]
	k := a.tokenBefore(m.Start)
	for j := k; j > from && j > k-6; j-- {
		w := a.toks[j].Lower
		if w == "," || w == ";" {
			return false
		}
		if w == "as" && j+1 <= k && comparedAux.in(a.toks[j+1].wid) {
			return true
		}
		if w == "as" && j+2 == k && subjectPronouns.in(a.toks[j+1].wid) && comparedAux.in(a.toks[k].wid) {
			return true // "as it did last year": the act is only named again
		}
	}
	return false
}

// earlierTally reports whether the date m is the day of an earlier count a
// new one is compared with: "274 were killed — up from 210 it reported on
// Saturday", "down from 40 on Monday". The day is the old tally's, no act's.
func (a *article) earlierTally(i int, m timex.Mention) bool {
	from := a.sentToks[i][0]
	k := a.tokenBefore(m.Start)
	for j := k; j > from+1 && j > k-7; j-- {
		w := a.toks[j].Lower
		if w == "," || w == ";" || w == "—" || w == "–" || w == "(" {
			return false
		}
		if isNumberToken(a.toks[j]) && a.toks[j-1].Lower == "from" && tallyChanges.in(a.toks[j-2].wid) {
			return true
		}
	}
	return false
}

// tallyChanges before "from" and a number compare a count with an
// earlier one: "up from 210", "down from 40". (events_remarks.go)
var tallyChanges = wordSetOf("eventTallyChanges")

// rankingSpan reports whether a week, month or year of sentence i is the
// span a superlative ranks in: "the bloodiest raid on a market anywhere
// in Norland this year", "its heaviest losses this month". The ranking's
// period is no event; the act ranked is dated elsewhere or not at all.
func (a *article) rankingSpan(i int, m timex.Mention) bool {
	if m.Precision != "week" && m.Precision != "month" && m.Precision != "year" || strings.EqualFold(firstWord(m.Text), "last") {
		return false // "launched one of its deadliest strikes last week": the strike's week
	}
	from := a.sentToks[i][0]
	k := a.tokenBefore(m.Start)
	for j := k; j >= from && j > k-10; j-- {
		w := a.toks[j].Lower
		if w == "," || w == ";" || w == "since" || subordinators.has(w) || relativeOpeners.has(w) {
			return false
		}
		if superlatives.has(w) && j > from && (a.toks[j-1].Lower == "the" || a.toks[j-1].Lower == "its" || a.toks[j-1].Lower == "their") {
			return true
		}
	}
	return false
}

// runningTotal reports whether the date m is the week, month or year
// still running ("this year", "so far this month") over which a clause in
// the present perfect adds things up: "the attacks have cost hundreds of
// lives this year alone", "the violence has killed more than 1,000 people
// so far this year". The total grows; no one event happened on it.
func (a *article) runningTotal(i int, m timex.Mention) bool {
	if m.Precision != "week" && m.Precision != "month" && m.Precision != "year" || !runningPeriods.has(strings.ToLower(firstWord(m.Text))) {
		return false
	}
	from := a.sentToks[i][0]
	k := a.tokenBefore(m.Start)
	for j := k; j >= from && j > k-20; j-- {
		w := a.toks[j].Lower
		if w == ";" || w == "since" || w == "that" || subordinators.has(w) {
			return false
		}
		if (w == "has" || w == "have") && j+1 < len(a.toks) && perfectParticiple(a.toks[j+1]) {
			return true
		}
	}
	return false
}

// perfectParticiple reports whether t can be the participle of a present
// perfect: "killed", "been", "resulted", "taken", "fled".
func perfectParticiple(t token) bool {
	w := t.Lower
	return t.Word && !t.Title && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularParticiples.has(w))
}

// aloneOnLine reports whether the date m stands on a line of its own
// inside sentence i, with at most "on" and a weekday beside it: a page's
// date stamp ("on Monday 13 May, 2024") run into the sentence before it
// because that line has no full stop.
func (a *article) aloneOnLine(i int, m timex.Mention) bool {
	s := a.sents[i]
	at, end := m.Start-s.Start, m.End-s.Start
	if at < 0 || end > len(s.Text) {
		return false
	}
	lineStart := strings.LastIndexByte(s.Text[:at], '\n') + 1
	lineEnd := len(s.Text)
	if k := strings.IndexByte(s.Text[end:], '\n'); k >= 0 {
		lineEnd = end + k
	}
	if lineStart == 0 && lineEnd == len(s.Text) {
		return false // the whole sentence: the other rules judge it
	}
	rest := s.Text[lineStart:at] + " " + s.Text[end:lineEnd]
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stampWords.has(w) {
			return false
		}
	}
	return true
}

// describesDocument reports whether sentence i is an editor's note on the
// document that follows: "The following is a transcript of remarks made
// March 5 by …", "Below is an edited text of the briefing given in
// Norvik on Monday". The remarks are the document; their day is no event.
func (a *article) describesDocument(i int) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	k := from
	for n := 0; n < 3 && k < to; n++ { // "The following is", "Below is", "Following are"
		if w := a.toks[k].Lower; documentPointers.has(w) {
			k++
			if k < to && (a.toks[k].Lower == "is" || a.toks[k].Lower == "are") {
				return a.namesDocument(k+1, to)
			}
			return false
		}
		if w := a.toks[k].Lower; w != "the" && w != "what" {
			return false
		}
		k++
	}
	return false
}

// editorsNote reports whether sentence i speaks of the article itself
// rather than of the news: "Editor's note: This article was first
// published on March 3", "This story was updated on Monday", "An
// earlier version of this story misstated …". "This" and a noun of the
// article stand in it with a verb of editing.
func (a *article) editorsNote(i int) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	own, edited := false, false
	for k := from; k < to; k++ {
		w := a.toks[k].Lower
		if w == "this" && k+1 < to && articleNouns.in(a.toks[k+1].wid) {
			own = true
		}
		edited = edited || editingVerbs.has(w)
	}
	return own && edited
}

// namesDocument reports whether a noun of a document (a transcript, an
// excerpt, a text) stands within the first words from token k.
func (a *article) namesDocument(k, to int) bool {
	for j := k; j < to && j < k+5; j++ {
		if noteDocuments.in(a.toks[j].wid) {
			return true
		}
	}
	return false
}

// presentCaption reports whether sentence i is a photo's caption written
// in the present, with no "Photo:" before it: "Ambassador Okafor speaks at a
// Council meeting in New York, March 5, 2024." Its verb is one
// of a caption's, and a full date with its year ends it.
func (a *article) presentCaption(i int, m timex.Mention) bool {
	if a.creditedCaption(i) {
		return true
	}
	if m.Precision != "day" || !hasYear(m.Text) {
		return false
	}
	s := a.sents[i]
	if rest := strings.TrimLeft(s.Text[m.End-s.Start:], " .,"); rest != "" && rest[0] != '(' {
		return false // only a credit may follow: "(Photo: …)", "(credit: …)"
	}
	if a.placeThenDate(i, m) {
		return true
	}
	return a.hasCaptionVerb(i, m.Start)
}

// hasCaptionVerb reports whether a caption's verb in the present stands in
// sentence i before byte offset at: "Ambassador Okafor speaks at …".
func (a *article) hasCaptionVerb(i, at int) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	for k := from; k < to && a.toks[k].Start < at; k++ {
		if captionVerbs.in(a.toks[k].wid) && k > from && !a.toks[k].Title {
			return true
		}
	}
	return false
}

// placeThenDate reports whether sentence i is a line of its own that ends
// in a place and a full date set off by a comma, the way a photo's caption
// ends and a reported sentence does not: "Displaced families flee the
// fighting near Goma, November 22, 2012." A sentence that reports speech
// is no caption.
func (a *article) placeThenDate(i int, m timex.Mention) bool {
	if !a.ownLine(i) || hasSpeechVerb(a.sents[i].Text) {
		return false
	}
	k := a.tokenBefore(m.Start)
	return k >= a.sentToks[i][0]+1 && a.toks[k].Lower == "," && a.toks[k-1].Word && a.toks[k-1].Title && !a.inDate(k-1)
}

// ownLine reports whether sentence i fills a line of the article alone.
func (a *article) ownLine(i int) bool {
	s := a.sents[i]
	if strings.ContainsRune(s.Text, '\n') {
		return false
	}
	before := strings.TrimRight(a.text[:s.Start], " \t")
	after := strings.TrimLeft(a.text[s.End:], " \t")
	return (before == "" || strings.HasSuffix(before, "\n")) && (after == "" || after[0] == '\n' || after[0] == '\r')
}

// creditedCaption reports whether sentence i is a photo's caption that
// ends its line with the photo's credit: a credit that says so ("(AP
// Photo/Jane Doe)", "REUTERS/Jane Doe"), or one in brackets after a verb
// in the present ("The army chief speaks at a rally in the capital.
// [NTV]"). The line holds this one sentence and the credit.
func (a *article) creditedCaption(i int) bool {
	s := a.sents[i]
	if strings.ContainsRune(s.Text, '\n') {
		return false
	}
	before := strings.TrimRight(a.text[:s.Start], " \t")
	if before != "" && !strings.HasSuffix(before, "\n") {
		return false
	}
	line := a.text[s.End:]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	if strings.TrimSpace(line) == "" {
		// the sentence ends its line: a credit, if any, is inside it
		k := strings.LastIndex(s.Text, " / ")
		return k > 0 && slashCredit(strings.TrimSpace(s.Text[k+1:]))
	}
	if len(line) > maxCreditLength {
		return false // more sentences of a paragraph, not a photo's credit
	}
	tail := strings.ToLower(line)
	for _, p := range captionMarks {
		if strings.Contains(tail, p) {
			return true // "… in Norvik on March 5, 2024. (AP Photo/Jane Doe)"
		}
	}
	whole := strings.TrimSpace(s.Text + line)
	if k := strings.LastIndex(whole, " / "); k > 0 && slashCredit(whole[k+1:]) {
		return true // "Ruins of a village on Wednesday after an airstrike. / Norvik PDF"
	}
	if !photoCredit(strings.TrimSpace(line)) {
		return false
	}
	return a.hasCaptionVerb(i, s.End)
}

// maxCreditLength is the longest a photo's credit after its caption runs
// ("(AP Photo/Jane Doe, File)").
const maxCreditLength = 80

// slashCredit reports whether text is a photo's credit set off by a
// slash, of one to four capitalised words: "/ Bawlakhe PDF", "/ AFP".
func slashCredit(text string) bool {
	rest, ok := strings.CutPrefix(text, "/")
	if !ok {
		return false
	}
	return fewCapitalised(strings.Fields(rest))
}

// fewCapitalised reports whether ws are one to four words, each opening
// with a capital: a credit's name ("Norvik PDF", "AP Photo").
func fewCapitalised(ws []string) bool {
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// photoCredit reports whether text is a credit in square brackets, or in
// parentheses, of one to four capitalised words: "[VOA]", "(AP Photo)".
func photoCredit(text string) bool {
	if len(text) < 3 {
		return false
	}
	open, shut := text[0], text[len(text)-1]
	if !(open == '[' && shut == ']' || open == '(' && shut == ')') {
		return false
	}
	return fewCapitalised(strings.FieldsFunc(text[1:len(text)-1], func(r rune) bool { return r == ' ' || r == '/' }))
}

// hasYear reports whether a date expression spells its year: four digits.
func hasYear(text string) bool {
	run := 0
	for _, r := range text {
		if unicode.IsDigit(r) {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// datesRemark reports whether a date dates a remark, not an act: "the
// claims made this afternoon by the delegation", "comments delivered
// yesterday", "a statement that we released earlier this week". What was
// said is a statement about a statement (unless it gives a count: "a
// statement issued on Monday said 40 were killed" dates the killing), but
// another's statement published on a day is that day's news.
func (a *article) datesRemark(m timex.Mention) bool {
	k := a.tokenBefore(m.Start)
	if k >= 1 && (a.toks[k].Lower == "on" || a.toks[k].Lower == "in") {
		k-- // "an interview given on Monday"
	}
	if k < 1 || !remarkParticiples.in(a.toks[k].wid) {
		return false
	}
	// The remark right before its verb, or before a relative clause's
	// subject: "a statement that we released earlier this week". Another's
	// statement published on a day is news of that day ("the ministry
	// condemned the raid in a statement published on Friday"); the
	// speaker's own is not.
	own := false
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := a.toks[j].Lower
		own = own || ownRemarkWords.has(w)
		if remarkNouns.has(w) {
			return own || !publishParticiples.in(a.toks[k].wid)
		}
		if j < k-1 && !relativeLinks.has(w) {
			return false
		}
	}
	return false
}

// negatedOn reports whether the date's clause says that something did not
// happen on it: "we did not hear a word about it yesterday", "the
// convoy was not allowed through on Monday". A negation stands before the date in its
// clause, after an auxiliary, and no word that names another event
// ("since", "after", "of") stands between them.
func (a *article) negatedOn(i int, m timex.Mention) bool {
	from := a.sentToks[i][0]
	k := a.tokenBefore(m.Start)
	if k >= from && a.toks[k].Lower == "before" {
		k-- // "the photographs had not been seen before Monday": nor before it
	}
	for j := k; j >= from && j > k-8; j-- {
		w := a.toks[j].Lower
		if w == "," || w == ";" || w == "–" || w == "—" || w == "that" || subordinators.has(w) || negationBreaks.has(w) {
			return false // "had not eased since the failure of last month's round"
		}
		if (w == "not" || w == "n't" || w == "never") && j > from && negatedAux.in(a.toks[j-1].wid) {
			return true
		}
		if negatedContraction(w) {
			return true // "we didn't hear a word about it yesterday"
		}
	}
	return false
}

// negatedContraction reports whether w, a token in lower case (where
// "’" is already "'"), is an auxiliary of eventNegatedAux contracted with
// "n't": "didn't", "wasn't", and the irregular "can't", "won't", "shan't"
// (eventNegatedStems).
func negatedContraction(w string) bool {
	base, ok := strings.CutSuffix(w, "n't")
	return ok && base != "" && (negatedAux.has(base) || negatedStems.has(base))
}

// ordinalSpan reports whether a date is the span an ordinal counts in:
// "forced the port to close for the second time this year", "his fifth
// trip to the region since October". The count's span is no event; the
// act it counts is dated elsewhere or not at all.
func (a *article) ordinalSpan(m timex.Mention) bool {
	k := a.tokenBefore(m.Start)
	if k >= 1 && a.toks[k].Lower == "since" {
		// "his fifth trip to the region since October": the span the
		// ordinal counts in, no event of October.
		return a.wordInClauseBefore(k, 8, ordinalWords.m)
	}
	if k < 1 || a.toks[k].Lower != "time" && a.toks[k].Lower != "times" {
		return false
	}
	return ordinalWords.in(a.toks[k-1].wid)
}

// ownDeliberation reports whether a date of sentence i dates the
// speaker's own body at its work: "Only yesterday, this Council discussed
// the siege", "a story which we discussed and refuted last Friday". The body
// is "we" or "this Council"; its verb one of deliberation. The body's
// decisions ("this Council adopted …") stay.
func (a *article) ownDeliberation(i int, m timex.Mention) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	first, last := a.tokenAfter(m.Start), a.tokenBefore(m.End)
	if first < 0 || last < 0 {
		return false
	}
	clauseStart, clauseEnd := from, to
	for k := first - 1; k >= from; k-- {
		if w := a.toks[k].Lower; w == ";" || w == "which" || w == "that" || w == "when" || w == "but" {
			clauseStart = k
			break
		}
	}
	for k := last + 1; k < to; k++ {
		if w := a.toks[k].Lower; w == ";" || w == "which" || w == "that" || w == "when" || w == "but" {
			clauseEnd = k
			break
		}
	}
	own := false
	for k := clauseStart; k < clauseEnd; k++ {
		w := a.toks[k].Lower
		switch {
		case w == "we" || w == "this" && k+1 < clauseEnd && ownBodies.in(a.toks[k+1].wid):
			own = true
		case own && deliberationVerbs.has(w):
			return true
		}
	}
	return false
}

// restatesAct reports whether a date is the possessive of a noun that
// names again the act the statement announced, in a sentence that only
// comments on it or gives its legal basis: "Today's action underscores our
// resolve", "This week's designations build on earlier steps", "taking
// today's action pursuant to the order". The act was told already.
func (a *article) restatesAct(i int, m timex.Mention) bool {
	last := a.tokenBefore(m.End)
	if last < 0 || !a.toks[last].Poss {
		return false
	}
	n := a.tokenAfter(m.End)
	to := a.sentToks[i][1]
	if n < 0 || n >= to || !restatedActs.in(a.toks[n].wid) {
		return false
	}
	for k := n + 1; k < to && k <= n+4; k++ {
		if commentVerbs.in(a.toks[k].wid) || legalBasisWords.in(a.toks[k].wid) {
			return true // "… underscores our resolve", "… pursuant to the order"
		}
	}
	return false
}

// upperWords is words with each word in capitals.
func upperWords(name string) map[string]bool {
	out := map[string]bool{}
	for w := range words(name) {
		out[strings.ToUpper(w)] = true
	}
	return out
}

// The words of this file's rules, from figures.toml. (events_remarks.go)
var (
	stampWords           = wordSetOf("eventStampWords")
	documentPointers     = wordSetOf("eventDocumentPointers")
	noteDocuments        = wordSetOf("eventDocumentNouns")
	captionVerbs         = wordSetOf("eventCaptionVerbs")
	remarkNouns          = wordSetOf("eventRemarkNouns")
	remarkParticiples    = wordSetOf("eventRemarkParticiples")
	relativeLinks        = wordSetOf("eventRelativeLinks")
	negatedAux           = wordSetOf("eventNegatedAux")
	negatedStems         = wordSetOf("eventNegatedStems")
	negationBreaks       = wordSetOf("eventNegationBreaks")
	ordinalWords         = wordSetOf("eventOrdinals")
	ownBodies            = wordSetOf("eventOwnBodies")
	deliberationVerbs    = wordSetOf("eventDeliberationVerbs")
	restatedActs         = wordSetOf("eventRestatedActs")
	commentVerbs         = wordSetOf("eventCommentVerbs")
	legalBasisWords      = wordSetOf("eventLegalBasisWords")
	publishParticiples   = wordSetOf("eventPublishParticiples")
	ownRemarkWords       = wordSetOf("eventOwnRemarkWords")
	runningPeriods       = wordSetOf("eventRunningPeriods")
	irregularParticiples = wordSetOf("eventIrregularParticiples")
	articleNouns         = wordSetOf("eventArticleNouns")
	superlatives         = wordSetOf("eventSuperlatives")
	comparedAux          = wordSetOf("eventComparedAux")
	timeZones            = upperWords("eventTimeZones")
	editingVerbs         = wordSetOf("eventEditingVerbs")
)

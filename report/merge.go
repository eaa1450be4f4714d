package report

import (
	"fmt"
	"strings"
	"unicode"
)

// mergeFigures joins the articles' figures that report the same count
// (same kind, value, who and period) into one fact citing each article.
func mergeFigures(arts []Article) []Figure {
	var out []Figure
	index := map[string]int{}
	for _, a := range arts {
		for _, f := range a.Facts.Figures {
			key := strings.Join([]string{f.What, fmt.Sprint(f.Low), fmt.Sprint(f.High), f.Qualifier,
				normalise(f.Who), normalise(f.Period)}, "|")
			f.Date = laterDate(f.Date, a.Source.Published)
			if i, ok := index[key]; ok {
				out[i].Citations = addCitations(out[i].Citations, f.Citations)
				out[i].Date = laterDate(out[i].Date, f.Date)
				if out[i].AttributedTo == "" {
					out[i].AttributedTo = f.AttributedTo
				}
				continue
			}
			f.ID = FactID("f", key)
			index[key] = len(out)
			out = append(out, f)
		}
	}
	return out
}

// mergeStances joins statements of one position by one actor on one
// issue into one fact, dated by its latest statement.
func mergeStances(arts []Article) []Stance {
	var out []Stance
	index := map[string]int{}
	for _, a := range arts {
		for _, s := range a.Facts.Stances {
			if s.Date == "" {
				s.Date, s.Precision = a.Source.Published, precisionOf(a.Source.Published)
			}
			key := s.Actor + "|" + s.Issue + "|" + s.Position
			if i, ok := index[key]; ok {
				out[i].Citations = addCitations(out[i].Citations, s.Citations)
				if CompareDates(s.Date, out[i].Date) > 0 {
					out[i].Date, out[i].Precision = s.Date, s.Precision
				}
				continue
			}
			s.ID = FactID("t", key)
			index[key] = len(out)
			out = append(out, s)
		}
	}
	return out
}

// mergeEvents joins reports of one event — same date and precision and
// mostly the same words — into one fact citing each article.
func mergeEvents(arts []Article) []Event {
	var out []Event
	for _, a := range arts {
		for _, e := range a.Facts.Events {
			if i := sameEvent(out, e); i >= 0 {
				out[i].Citations = addCitations(out[i].Citations, e.Citations)
				out[i].Actors = union(out[i].Actors, e.Actors)
				continue
			}
			e.ID = FactID("e", e.Date, e.Precision, normalise(e.Summary))
			out = append(out, e)
		}
	}
	return out
}

// sameEvent returns the index of an event in list that e reports again, or -1.
func sameEvent(list []Event, e Event) int {
	words := contentWords(e.Summary)
	for i, x := range list {
		if x.Date == e.Date && x.Precision == e.Precision && jaccard(words, contentWords(x.Summary)) >= 0.5 {
			return i
		}
	}
	return -1
}

// addCitations appends the citations of sources not yet cited: a fact has
// one citation per source.
func addCitations(have, more []Citation) []Citation {
	for _, c := range more {
		dup := false
		for _, h := range have {
			dup = dup || h.Source == c.Source
		}
		if !dup {
			have = append(have, c)
		}
	}
	return have
}

func union(a, b []string) []string {
	for _, s := range b {
		found := false
		for _, x := range a {
			found = found || x == s
		}
		if !found {
			a = append(a, s)
		}
	}
	return a
}

// laterDate returns the later of two model dates, either possibly empty.
func laterDate(a, b string) string {
	if a == "" || CompareDates(b, a) > 0 {
		return b
	}
	return a
}

func precisionOf(date string) string {
	d, err := ParseDate(date)
	if err != nil {
		return ""
	}
	return d.Precision()
}

// normalise folds case, punctuation and spacing so that small differences
// in wording do not split one fact in two.
func normalise(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

var stopWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "in": true, "on": true,
	"and": true, "to": true, "was": true, "were": true, "is": true, "by": true, "for": true, "with": true,
	"its": true, "it": true, "that": true, "at": true, "as": true, "from": true, "has": true, "had": true}

func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(normalise(s)) {
		if !stopWords[w] {
			out[w] = true
		}
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both := 0
	for w := range a {
		if b[w] {
			both++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// maxListed is how many items a key point names before "and N more".
const maxListed = 4

// keyPoints writes the brief's opening lines from its facts: what it
// covers, what changed in the period, and which figures conflict.
// news are the sources published in the period; the others are context.
func keyPoints(b *Brief, news []Source) []string {
	if len(news) == 0 {
		return []string{fmt.Sprintf("No new reporting in this period (%s).", periodText(b.Meta.Period))}
	}
	points := []string{coverage(news, len(b.Sources)-len(news))}
	for _, p := range []string{positionsPoint(b), figuresPoint(b), conflictsPoint(b), eventsPoint(b)} {
		if p != "" {
			points = append(points, p)
		}
	}
	return points
}

// newsOf returns the sources of b published in its period.
func newsOf(b *Brief) []Source {
	var news []Source
	for _, s := range b.Sources {
		if periodOf(s, b.Meta.Period) == during {
			news = append(news, s)
		}
	}
	return news
}

func periodText(p Period) string {
	var span string
	switch {
	case p.Start == "" && p.End == "":
		return "whole corpus"
	case p.Start == "":
		span = "up to " + FormatDate(p.End, "day")
	case p.End == "":
		span = "from " + FormatDate(p.Start, "day")
	default:
		span = FormatDate(p.Start, "day") + " to " + FormatDate(p.End, "day")
	}
	if p.Label == "" || strings.Contains(p.Label, " to ") || strings.HasPrefix(p.Label, "until") || strings.HasPrefix(p.Label, "since") {
		return span
	}
	return p.Label + ", " + span
}

// coverage says how many articles and outlets the brief rests on, over
// which dates, and how many earlier articles are context.
func coverage(news []Source, context int) string {
	outlets := map[string]bool{}
	var dates []string
	copies := 0
	for _, s := range news {
		if s.Outlet != "" {
			outlets[s.Outlet] = true
		}
		if s.Published != "" {
			dates = append(dates, s.Published)
		}
		if s.SyndicatedFrom != "" {
			copies++
		}
	}
	slices.SortFunc(dates, CompareDates)
	s := fmt.Sprintf("This brief rests on %s from %s", plural(len(news), "article"), plural(len(outlets), "named outlet"))
	if len(dates) > 0 {
		first, last := dates[0], dates[len(dates)-1]
		if first == last {
			s += ", published " + FormatDate(first, "")
		} else {
			s += fmt.Sprintf(", published %s to %s", FormatDate(first, ""), FormatDate(last, ""))
		}
	}
	if n := len(news) - len(dates); n > 0 {
		s += fmt.Sprintf(" (%d undated)", n)
	}
	switch {
	case copies == 1:
		s += "; 1 article is a syndicated copy of another's story and is not counted as independent"
	case copies > 1:
		s += fmt.Sprintf("; %d articles are syndicated copies of others' stories and are not counted as independent", copies)
	}
	if context > 0 {
		verb := "give"
		if context == 1 {
			verb = "gives"
		}
		s += fmt.Sprintf("; %s %s the positions held before the period", plural(context, "earlier article"), verb)
	}
	return s + "."
}

// positionsPoint names the positions that are new or changed in the
// period, or, for the whole corpus, how many positions were found.
func positionsPoint(b *Brief) string {
	var changed []string
	for _, c := range b.Matrix {
		if !c.Changed {
			continue
		}
		is := IssueByID(b.Issues, c.Issue)
		item := fmt.Sprintf("%s: %s on %s", c.Actor, PositionWord(is, c.Position), IssueLabel(b.Issues, c.Issue))
		if c.Previous != "" {
			item = fmt.Sprintf("%s: %s → %s on %s", c.Actor, PositionWord(is, c.Previous), PositionWord(is, c.Position), IssueLabel(b.Issues, c.Issue))
		}
		changed = append(changed, item)
	}
	if len(changed) > 0 {
		return "New or changed positions: " + listed(changed) + "."
	}
	if len(b.Matrix) == 0 {
		return ""
	}
	actors := map[string]bool{}
	for _, c := range b.Matrix {
		actors[c.Actor] = true
	}
	return fmt.Sprintf("%s held by %s on the configured issues.",
		capitalise(plural(len(b.Matrix), "position")), plural(len(actors), "actor"))
}

// figuresPoint names the largest casualty figures.
func figuresPoint(b *Brief) string {
	if len(b.Figures) == 0 {
		return ""
	}
	var killed []string
	for _, f := range b.Figures {
		if f.What == "killed" {
			item := FormatValue(f) + " killed"
			if f.Period != "" {
				item += " (" + f.Period + ")"
			}
			killed = append(killed, item)
		}
	}
	s := fmt.Sprintf("%s reported", capitalise(plural(len(b.Figures), "figure")))
	if len(killed) > 0 {
		s += ", among them " + listed(killed)
	}
	return s + "."
}

// conflictsPoint names the groups of figures whose numbers disagree.
func conflictsPoint(b *Brief) string {
	byID := map[string]Figure{}
	for _, f := range b.Figures {
		byID[f.ID] = f
	}
	var items []string
	for _, g := range b.FigureGroups {
		if !g.Conflict {
			continue
		}
		var values []string
		for _, id := range g.Figures {
			values = append(values, FormatValue(byID[id]))
		}
		if len(values) > maxListed {
			values = append(values[:maxListed], fmt.Sprintf("%d more", len(values)-maxListed))
		}
		items = append(items, fmt.Sprintf("%s %s: %s", g.What, g.Who, strings.Join(values, " vs ")))
	}
	if len(items) == 0 {
		return ""
	}
	return "Figures in conflict: " + listed(items) + "."
}

// eventsPoint says how many dated events the brief has and which is latest.
func eventsPoint(b *Brief) string {
	if len(b.Events) == 0 {
		return ""
	}
	last := b.Events[0]
	for _, e := range b.Events {
		if CompareDates(e.Date, last.Date) > 0 {
			last = e
		}
	}
	return fmt.Sprintf("%s dated; the latest, %s: %s", capitalise(plural(len(b.Events), "event")),
		FormatDate(last.Date, last.Precision), strings.TrimSuffix(last.Summary, ".")+".")
}

// FormatValue renders a figure's value with its qualifier and unit:
// "nearly 2,000", "8,000–12,000", "$10 million".
func FormatValue(f Figure) string {
	v := formatNumber(f.Low, f.What)
	if f.High != f.Low {
		v += "–" + formatNumber(f.High, f.What)
	}
	if f.What == "money" && f.Currency != "" {
		v = f.Currency + " " + v
	}
	if f.Qualifier != "" {
		v = f.Qualifier + " " + v
	}
	return v
}

func formatNumber(n float64, what string) string {
	var s string
	switch {
	case n >= 1e9 && n == float64(int64(n/1e8))*1e8:
		s = strconv.FormatFloat(n/1e9, 'f', -1, 64) + " billion"
	case n >= 1e6 && n == float64(int64(n/1e5))*1e5:
		s = strconv.FormatFloat(n/1e6, 'f', -1, 64) + " million"
	default:
		s = thousands(n)
	}
	switch what {
	case "money_usd":
		return "$" + s
	case "money_pkr":
		return "Rs " + s
	}
	return s
}

// thousands writes n with comma separators and no needless decimals.
func thousands(n float64) string {
	s := strconv.FormatFloat(n, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var out []byte
	for i := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, intPart[i])
	}
	r := string(out)
	if frac != "" {
		r += "." + frac
	}
	if neg {
		r = "-" + r
	}
	return r
}

// IssueLabel returns an issue's display label, or its id when it has none.
func IssueLabel(issues []Issue, id string) string {
	for _, is := range issues {
		if is.ID == id && is.Label != "" {
			return is.Label
		}
	}
	return id
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// listed joins up to maxListed items and says how many more there are.
func listed(items []string) string {
	if len(items) <= maxListed {
		return strings.Join(items, "; ")
	}
	return strings.Join(items[:maxListed], "; ") + fmt.Sprintf("; and %d more", len(items)-maxListed)
}

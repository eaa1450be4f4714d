package pdf

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"brief/report"
)

// timeline draws the events: a strip with a mark per event (when the
// section asks for a chart), then a chronological table.
func (p *printer) timeline(s report.Section) {
	events := make([]*report.Event, 0, len(p.b.Events))
	for i := range p.b.Events {
		events = append(events, &p.b.Events[i])
	}
	if len(events) == 0 {
		p.paragraph(p.left, p.width(), lineHeight(fBody), plain("No dated events were found for this period.", fBody, colMuted))
		return
	}
	dates := make([]string, len(events))
	for i, e := range events {
		dates[i] = e.Date
	}
	ranks := dateRanks(dates)
	slices.SortStableFunc(events, func(a, b *report.Event) int { return cmp.Compare(ranks[a.Date], ranks[b.Date]) })
	// Undated events sort first; list them last.
	undated := 0
	for undated < len(events) && !parses(events[undated].Date) {
		undated++
	}
	events = append(events[undated:], events[:undated]...)
	if s.Chart {
		p.strip(events[:len(events)-undated])
	}
	all := len(events)
	if limit := rowLimit(s); capped(all, limit) {
		events = p.significantEvents(events, limit)
		chart := ""
		if s.Chart {
			chart = " The strip above marks every one."
		}
		p.capNote("The " + strconv.Itoa(len(events)) + " most significant of " + count(all, "event", "events") +
			", in date order: first those with casualty figures, then those reported by the most sources, then the newest." + chart)
	}
	cols := []column{{"Date", 29, "L"}, {"Event", 84, "L"}, {"Actors", 35, "L"}, {"Sources", p.width() - 148, "L"}}
	t := p.newTable(cols, fTable)
	t.begin(12)
	for _, e := range events {
		date := "undated"
		if parses(e.Date) {
			date = report.FormatDate(e.Date, e.Precision)
		}
		t.row([]cell{
			{spans: plain(date, fTableB, colInk)},
			{spans: p.eventSpans(e)},
			{spans: plain(strings.Join(e.Actors, ", "), fTable, colMuted)},
			{spans: p.refs(e.Citations, fTable)},
		})
	}
	t.end()
	if more := all - len(events); more > 0 {
		p.moreLine(more, "event", "events", sheetTimeline)
	}
}

func parses(d string) bool {
	_, err := report.ParseDate(d)
	return err == nil && d != ""
}

// strip draws a time axis with a mark for each dated event: a tick for a
// day, a bar across the month or year for an event known only that far.
func (p *printer) strip(events []*report.Event) {
	if len(events) == 0 {
		return
	}
	t0, t1 := p.stripWindow(events)
	var earlier []*report.Event
	for len(events) > 0 {
		d := p.date(events[0].Date)
		if !d.Last().Before(t0) {
			break
		}
		earlier, events = append(earlier, events[0]), events[1:]
	}
	if days := t1.Sub(t0).Hours() / 24; days < 28 {
		t0, t1 = t0.AddDate(0, 0, -3), t1.AddDate(0, 0, 3)
	}
	const lanes, laneH = 6, 2.4
	h := lanes*laneH + 16
	p.need(h + 20)
	x0, x1 := p.left+2, p.pageW-p.right-2
	top := p.y + 4
	axis := top + lanes*laneH + 2
	if len(earlier) > 0 {
		x0 = p.earlierZone(earlier, x0, top, axis, laneH)
	}
	span := t1.Sub(t0).Seconds()
	pos := func(t time.Time) float64 { return x0 + (x1-x0)*min(max(t.Sub(t0).Seconds(), 0), span)/span }
	p.clusterLabels(events, pos, top-3.5)

	// Marks, each in the first lane where it does not touch another.
	end := make([]float64, lanes)
	for i := range end {
		end[i] = -1
	}
	for _, e := range events {
		d := p.date(e.Date)
		a, b := pos(d.First()), pos(d.Last().AddDate(0, 0, 1))
		if d.Precision() == report.Day || b-a < 0.7 {
			a, b = a-0.3, a+0.3
		}
		lane := lanes - 1
		for i := range end {
			if a > end[i]+0.4 {
				lane = i
				break
			}
		}
		end[lane] = max(end[lane], b)
		y := axis - 2 - float64(lane+1)*laneH + 0.4
		if d.Precision() == report.Day {
			p.pdf.SetFillColor(colAccent.r, colAccent.g, colAccent.b)
		} else {
			p.pdf.SetFillColor(150, 170, 195)
		}
		p.pdf.Rect(a, y, b-a, laneH-0.8, "F")
	}
	// The axis, its ticks and labels.
	p.pdf.SetDrawColor(colInk.r, colInk.g, colInk.b)
	p.pdf.SetLineWidth(0.3)
	p.pdf.Line(x0, axis, x1, axis)
	p.pdf.SetLineWidth(0.2)
	lastEnd := p.left - 1
	for _, tk := range ticks(t0, t1) {
		x := pos(tk.at)
		p.pdf.Line(x, axis, x, axis+1.2)
		if tk.label == "" {
			continue
		}
		// Centre the label on its tick, inside the margins, never on
		// top of the one before.
		w := textWidth(tk.label, fRef)
		lx := min(max(x-w/2, p.left), p.pageW-p.right-w)
		if lx < lastEnd+1.5 {
			continue
		}
		p.line1(lx, axis+1.6, w+0.5, tk.label, fRef, colMuted, "L")
		lastEnd = lx + w
	}
	p.y = axis + 6
	lh := lineHeight(fRef)
	p.pdf.SetFillColor(colAccent.r, colAccent.g, colAccent.b)
	p.pdf.Rect(p.left, p.y+0.8, 0.6, lh-1.6, "F")
	p.pdf.SetFillColor(150, 170, 195)
	p.pdf.Rect(p.left+30, p.y+0.8, 5, lh-1.6, "F")
	p.line1(p.left+2, p.y, 27, "event on a known day", fRef, colMuted, "L")
	p.line1(p.left+37, p.y, 80, "event known only to the month or year (the bar spans it)", fRef, colMuted, "L")
	p.y += lh + 4
}

// date is report.ParseDate's reading of a model date, or the zero Date.
// A date that does not parse is read once for the whole document (the
// strip places tens of thousands of events): ParseDate builds its reason.
func (p *printer) date(s string) report.Date {
	if d, ok := report.ParseDateOK(s); ok {
		return d
	}
	if d, ok := p.dates[s]; ok {
		return d
	}
	if p.dates == nil {
		p.dates = make(map[string]report.Date)
	}
	d, _ := report.ParseDate(s)
	p.dates[s] = d
	return d
}

// stripWindow is the span the strip's scale covers: the period, when the
// brief has one; else, for the whole corpus, from the first quarter of
// the events on, when the earlier ones are spread over a span more than
// twice as long (their dates are compressed behind a break).
func (p *printer) stripWindow(events []*report.Event) (t0, t1 time.Time) {
	first, _ := report.ParseDate(events[0].Date)
	t0 = first.First()
	for _, e := range events {
		d := p.date(e.Date)
		t1 = maxTime(t1, d.Last())
	}
	t1 = t1.AddDate(0, 0, 1)
	per := p.b.Meta.Period
	if start, err := report.ParseDate(per.Start); err == nil && !start.IsZero() {
		t0 = start.First()
		if end, err := report.ParseDate(per.End); err == nil && !end.IsZero() {
			t1 = end.Last().AddDate(0, 0, 1)
		}
		return t0, t1
	}
	q, _ := report.ParseDate(events[len(events)/4].Date)
	if w := t1.Sub(q.First()); len(events) >= 8 && t1.Sub(t0) > 2*w && q.First().After(t0) {
		t0 = q.First()
	}
	return t0, t1
}

// earlierZone draws the events before the strip's window at the left,
// evenly spaced rather than to scale, behind a visible break, with their
// span and count under the axis; it returns where the scale starts.
func (p *printer) earlierZone(earlier []*report.Event, x0, top, axis, laneH float64) float64 {
	w := min(26.0, p.width()*0.16)
	step := (w - 6) / float64(len(earlier))
	p.pdf.SetFillColor(150, 170, 195)
	for i := range earlier {
		x := x0 + 1 + float64(i)*step
		p.pdf.Rect(x, axis-2-laneH+0.4, max(step-0.4, 0.5), laneH-0.8, "F")
	}
	p.pdf.SetDrawColor(colInk.r, colInk.g, colInk.b)
	p.pdf.SetLineWidth(0.3)
	p.pdf.Line(x0, axis, x0+w-4, axis)
	// The break: two slanted strokes across the axis.
	for _, dx := range []float64{-3.2, -2} {
		p.pdf.Line(x0+w+dx, axis+1.4, x0+w+dx+1, axis-1.4)
	}
	a, _ := report.ParseDate(earlier[0].Date)
	b, _ := report.ParseDate(earlier[len(earlier)-1].Date)
	label := "earlier"
	if span := yearSpan(a.First(), b.Last()); span != "" {
		label = span
	}
	p.line1(x0, axis+1.6, w, label, fRef, colMuted, "L")
	p.line1(x0, top-3.5, w, strconv.Itoa(len(earlier))+" earlier, not to scale", fRef, colMuted, "L")
	return x0 + w
}

func yearSpan(a, b time.Time) string {
	if a.Year() == b.Year() {
		return strconv.Itoa(a.Year())
	}
	return strconv.Itoa(a.Year()) + "–" + strconv.Itoa(b.Year())
}

// clusterLabels writes above the strip how many events fall close
// together, where three or more do, so that a dense stretch reads as
// such rather than as one mark.
func (p *printer) clusterLabels(events []*report.Event, pos func(time.Time) float64, y float64) {
	const near = 4.0 // mm
	var xs []float64
	for _, e := range events {
		d := p.date(e.Date)
		xs = append(xs, (pos(d.First())+pos(d.Last()))/2)
	}
	slices.Sort(xs)
	lastEnd := -1.0
	for i := 0; i < len(xs); {
		j := i
		for j+1 < len(xs) && xs[j+1]-xs[i] < near {
			j++
		}
		if n := j - i + 1; n >= 3 {
			label := strconv.Itoa(n) + " events"
			w := textWidth(label, fRef)
			x := min(max((xs[i]+xs[j])/2-w/2, p.left), p.pageW-p.right-w)
			if x > lastEnd+1 {
				p.line1(x, y, w+0.5, label, fRef, colAccent, "L")
				lastEnd = x + w
			}
		}
		i = j + 1
	}
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

type tick struct {
	at    time.Time
	label string
}

// ticks chooses axis ticks between t0 and t1: years, months or days, with
// at most about a dozen labels.
func ticks(t0, t1 time.Time) []tick {
	days := t1.Sub(t0).Hours() / 24
	var out []tick
	switch {
	case days > 3*365:
		step := max(1, int(days/365/12)+1)
		for y := t0.Year() + 1; y <= t1.Year(); y++ {
			label := ""
			if (y-t0.Year()-1)%step == 0 {
				label = strconv.Itoa(y)
			}
			out = append(out, tick{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), label})
		}
	case days > 45:
		months := int(days/30) + 1
		step := max(1, months/12+1)
		m := time.Date(t0.Year(), t0.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
		for i := 0; !m.After(t1); i, m = i+1, m.AddDate(0, 1, 0) {
			label := ""
			if i%step == 0 {
				label = m.Format("Jan 2006")
			}
			out = append(out, tick{m, label})
		}
	default:
		step := max(1, int(days/12)+1)
		d := time.Date(t0.Year(), t0.Month(), t0.Day(), 0, 0, 0, 0, time.UTC)
		for i := 0; !d.After(t1); i, d = i+1, d.AddDate(0, 0, 1) {
			if i%step == 0 {
				out = append(out, tick{d, d.Format("2 Jan")})
			}
		}
	}
	return out
}

// eventSpans is an event's cell: its summary, the figures reported for
// it with who reported them ("— 46 killed (Pakistani officials)"), and
// its type.
func (p *printer) eventSpans(e *report.Event) []span {
	sp := plain(e.Summary, fTable, colInk)
	var figs []string
	for _, id := range e.Figures {
		if f := p.figureByID[id]; f != nil {
			figs = append(figs, report.FigureLine(*f))
		}
	}
	if len(figs) > 0 {
		sp = append(sp, span{text: " — " + strings.Join(figs, "; "), face: fTableB, color: colInk})
	}
	if e.Type != "" {
		sp = append(sp, span{text: eventTypeLabel(e.Type), face: fTableI, color: colMuted, br: true})
	}
	return sp
}

// eventTypeLabel is how an event type reads: "violence_against_civilians"
// as "Violence against civilians".
func eventTypeLabel(t report.EventType) string {
	return capitalise(strings.ReplaceAll(string(t), "_", " "))
}

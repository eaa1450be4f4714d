package pdf

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"brief/report"
)

// figureGroup is a group of figures as drawn: the model's group, or the
// figures no group holds.
type figureGroup struct {
	g       *report.FigureGroup // nil for the figures in no group
	figures []*report.Figure
	total   int // the group's figures in all, when a capped table draws some
}

// figures draws the reported figures: a chart of ranges for the groups
// where several sources counted the same thing (when the section asks for
// a chart), then a table grouped so that such numbers sit side by side.
func (p *printer) figures(s report.Section) {
	if len(p.b.Figures) == 0 {
		p.paragraph(p.left, p.width(), lineHeight(fBody), plain("No figures were reported in this period.", fBody, colMuted))
		return
	}
	groups := p.figureGroups()
	if s.Chart {
		p.rangeCharts(groups)
	}
	all := len(p.b.Figures)
	shown := all
	if limit := rowLimit(s); capped(all, limit) {
		groups = p.significantFigures(groups, limit)
		shown = 0
		for _, g := range groups {
			shown += len(g.figures)
		}
		chart := ""
		if s.Chart {
			chart = " The chart above draws from them all."
		}
		p.capNote("The " + strconv.Itoa(shown) + " most significant of " + count(all, "figure", "figures") +
			": first those whose sources conflict (the lowest and highest of each such group first), then the killed and injured, then those in the groups most sources counted, then those cited by the most sources, then the latest reported." + chart)
	}
	// The date reported is shown when the model has it.
	dated := slices.ContainsFunc(p.b.Figures, func(f report.Figure) bool { return f.Date != "" })
	cols := []column{{"Value", 30, "R"}, {"Counted", 34, "L"}, {"Period", 24, "L"}, {"Credited to", 42, "L"}}
	if dated {
		cols[3].width = 34
		cols = append(cols, column{"Reported", 18, "L"})
	}
	used := 0.0
	for _, c := range cols {
		used += c.width
	}
	cols = append(cols, column{"Sources", p.width() - used, "L"})
	t := p.newTable(cols, fTable)
	t.begin(16)
	for _, g := range groups {
		if len(groups) > 1 || g.g != nil {
			c := p.groupCell(g)
			c.span = len(cols)
			t.row([]cell{c})
		}
		for _, f := range g.figures {
			t.row(p.figureRow(f, dated))
		}
	}
	t.end()
	if more := all - shown; more > 0 {
		p.moreLine(more, "figure", "figures", sheetFigures)
	}
}

// figureGroups lists the model's groups of several figures in order, then
// the figures reported once (alone in a group or in none), in model order.
func (p *printer) figureGroups() []figureGroup {
	var out []figureGroup
	inGroup := make(map[string]bool)
	for i := range p.b.FigureGroups {
		g := &p.b.FigureGroups[i]
		fg := figureGroup{g: g}
		for _, id := range g.Figures {
			if f := p.figureByID[id]; f != nil {
				fg.figures = append(fg.figures, f)
				inGroup[id] = true
			}
		}
		if len(fg.figures) > 1 {
			out = append(out, fg)
		} else {
			for _, f := range fg.figures {
				inGroup[f.ID] = false
			}
		}
	}
	rest := figureGroup{}
	for i := range p.b.Figures {
		if f := &p.b.Figures[i]; !inGroup[f.ID] {
			rest.figures = append(rest.figures, f)
		}
	}
	if len(rest.figures) > 0 {
		out = append(out, rest)
	}
	return out
}

// groupCell is the full-width row that opens a group.
func (p *printer) groupCell(g figureGroup) cell {
	fill := rgb{238, 241, 245}
	shown := ""
	if g.total > len(g.figures) {
		shown = ", " + formatNumber(float64(len(g.figures))) + " shown"
	}
	if g.g == nil {
		sp := []span{
			{text: "Figures reported once", face: fTableB, color: colInk},
			{text: "  ·  no other source counted the same thing", face: fTable, color: colMuted}}
		if shown != "" {
			sp = append(sp, span{text: "  ·  " + count(g.total, "figure", "figures") + shown, face: fTable, color: colMuted})
		}
		return cell{span: 6, fill: &fill, align: "L", spans: sp}
	}
	sp := []span{{text: groupTitle(g.g), face: fTableB, color: colInk}}
	n := max(len(g.figures), g.total)
	sp = append(sp, span{text: "  ·  " + count(n, "report", "reports") + shown, face: fTable, color: colMuted})
	if agreed := givenBySeveral(g.figures); agreed != "" {
		sp = append(sp, span{text: "  ·  " + agreed, face: fTable, color: colInk})
	}
	if g.g.Conflict {
		sp = append(sp, span{text: "  ·  CONFLICTING: the reported ranges do not overlap", face: fTableB, color: colConflict})
		fill = rgb{250, 232, 229}
	}
	return cell{span: 6, fill: &fill, align: "L", spans: sp}
}

// givenBySeveral names the values of a group's figures that several
// named sources give, "20 given by 2 sources", so that one article's two
// credits of one number read as corroboration, not as a figure listed
// twice. A figure with no credit names none: the same number on the
// story's own authority may count another thing.
func givenBySeveral(figs []*report.Figure) string {
	var values []string
	sources := map[string][]string{}
	for _, f := range figs {
		v := figureValue(f)
		if !slices.Contains(values, v) {
			values = append(values, v)
		}
		credit := report.Normalise(f.AttributedTo)
		if credit != "" && !slices.Contains(sources[v], credit) {
			sources[v] = append(sources[v], credit)
		}
	}
	var out []string
	for _, v := range values {
		if n := len(sources[v]); n > 1 {
			out = append(out, v+" given by "+count(n, "source", "sources"))
		}
	}
	return strings.Join(out, "; ")
}

func groupTitle(g *report.FigureGroup) string {
	parts := []string{kindLabel(g.What)}
	if g.Who != "" {
		parts = append(parts, g.Who)
	}
	if g.Period != "" {
		parts = append(parts, g.Period)
	}
	return strings.Join(parts, " · ")
}

// figureRow is one figure's row; dated adds the date it was reported.
func (p *printer) figureRow(f *report.Figure, dated bool) []cell {
	counted := kindLabel(f.What)
	if f.Who != "" {
		counted += ": " + f.Who
	}
	credited := f.AttributedTo
	credFace := fTable
	if credited == "" {
		credited = "the outlet itself"
		credFace = fTableI
	}
	reported := ""
	if f.Date != "" {
		reported = report.FormatDate(f.Date, "")
	}
	value := plain(figureValue(f), fTableB, colInk)
	if corrected(f.Review) {
		value = append(value, span{text: "corrected in review", face: fTableI, color: colMuted, br: true})
	}
	row := []cell{
		{spans: value},
		{spans: plain(counted, fTable, colInk)},
		{spans: plain(f.Period, fTable, colInk)},
		{spans: plain(credited, credFace, colInk)},
	}
	if dated {
		row = append(row, cell{spans: plain(reported, fTable, colInk)})
	}
	return append(row, cell{spans: p.refs(f.Citations, fTable)})
}

// corrected reports whether an analyst corrected a fact in review.
func corrected(r *report.Review) bool {
	return r != nil && r.Decision == report.DecisionCorrect
}

// figureValue prints a figure as reported: "about 1,200", "8,000–12,000",
// "US$ 5,000,000".
func figureValue(f *report.Figure) string {
	v := formatNumber(f.Low)
	if f.High != f.Low {
		v += "–" + formatNumber(f.High)
	}
	switch f.What {
	case report.MoneyUSD:
		v = "US$ " + v
	case report.MoneyPKR:
		v = "Rs " + v
	case report.Money:
		if f.Currency != "" {
			v = f.Currency + " " + v
		}
	}
	if f.Qualifier != "" {
		v = f.Qualifier + " " + v
	}
	return v
}

// formatNumber prints n with thousands separators and at most two decimals.
func formatNumber(n float64) string {
	neg := n < 0
	n = math.Abs(n)
	whole := math.Floor(n)
	frac := n - whole
	s := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String()
	if frac > 0.005 {
		out += strings.TrimRight(strconv.FormatFloat(frac, 'f', 2, 64)[1:], "0")
	}
	if neg {
		out = "−" + out
	}
	return out
}

var kindLabels = map[report.FigureKind]string{
	report.Killed: "Killed", report.Injured: "Injured", report.Attacks: "Attacks", report.Fighters: "Fighters",
	report.People: "People", report.Displaced: "Displaced", report.Arrested: "Arrested", report.Abducted: "Abducted",
	report.Released: "Released", report.Troops: "Troops", report.Money: "Money",
	report.MoneyUSD: "Money (US$)", report.MoneyPKR: "Money (Rs)", report.OtherFigure: "Other",
}

func kindLabel(what report.FigureKind) string {
	if l, ok := kindLabels[what]; ok {
		return l
	}
	return string(what)
}

// Range charts: at most this many groups and bars per group.
const (
	maxCharts   = 6
	maxBars     = 8
	chartLabelW = 62.0
	chartValueW = 30.0
)

// rangeCharts draws, for the groups with several figures, conflicting
// groups first, each figure's range on a common scale.
func (p *printer) rangeCharts(groups []figureGroup) {
	var chosen []figureGroup
	for _, g := range groups {
		if g.g != nil && len(g.figures) > 1 {
			chosen = append(chosen, g)
		}
	}
	if len(chosen) == 0 {
		p.kindChart()
		return
	}
	slices.SortStableFunc(chosen, func(a, b figureGroup) int {
		if a.g.Conflict != b.g.Conflict {
			if a.g.Conflict {
				return -1
			}
			return 1
		}
		return len(b.figures) - len(a.figures)
	})
	more := len(chosen) - maxCharts
	chosen = chosen[:min(len(chosen), maxCharts)]
	p.subheading("Where sources counted the same thing", 30)
	for _, g := range chosen {
		p.rangeChart(g)
	}
	if more > 0 {
		p.paragraph(p.left, p.width(), lineHeight(fSmallI),
			plain(strconv.Itoa(more)+" further groups are in the table below.", fSmallI, colMuted))
	}
	p.y += 3
}

func (p *printer) rangeChart(g figureGroup) {
	figs := g.figures[:min(len(g.figures), maxBars)]
	barH, gap := 3.2, 1.3
	lh := lineHeight(fSmallB)
	h := lh + float64(len(figs))*(barH+gap) + 5
	p.need(h)
	title := []span{{text: groupTitle(g.g), face: fSmallB, color: colInk}}
	if g.g.Conflict {
		title = append(title, span{text: "  conflicting", face: fSmallB, color: colConflict})
	}
	if len(g.figures) > len(figs) {
		title = append(title, span{text: "  (first " + strconv.Itoa(len(figs)) + " of " + formatNumber(float64(len(g.figures))) + ")", face: fSmall, color: colMuted})
	}
	p.paragraph(p.left, p.width(), lh, title)
	top := chartTop(figs)
	x0 := p.left + chartLabelW
	x1 := p.pageW - p.right - chartValueW
	scale := func(v float64) float64 { return x0 + (x1-x0)*math.Max(v, 0)/top }
	y := p.y + 0.5
	p.pdf.SetDrawColor(colRule.r, colRule.g, colRule.b)
	p.pdf.SetLineWidth(0.15)
	p.pdf.Line(x0, y, x0, y+float64(len(figs))*(barH+gap))
	for _, f := range figs {
		label := f.AttributedTo
		if label == "" && len(f.Citations) > 0 {
			if n, ok := p.notes[f.Citations[0].Source]; ok {
				label = report.SourceOutlet(p.b.Sources[n-1])
			}
		}
		sp := p.refs(f.Citations[:min(1, len(f.Citations))], fRef)
		sp = append([]span{{text: label + " ", face: fRef, color: colInk}}, sp...)
		if lines := layout(sp, chartLabelW-3); len(lines) > 0 {
			ln := lines[0]
			if len(lines) > 1 {
				ln = ellipsize(layout(sp[:1], chartLabelW-3)[0], chartLabelW-3)
			}
			p.drawLine(p.left, y, barH, ln, "L", chartLabelW-3)
		}
		a, b := scale(f.Low), scale(f.High)
		if b-a < 1 {
			a, b = a-0.5, a+0.5
		}
		c := colAccent
		if g.g.Conflict {
			c = colConflict
		}
		p.pdf.SetFillColor(c.r, c.g, c.b)
		p.pdf.Rect(a, y+0.5, b-a, barH-1, "F")
		p.line1(x1+2, y, chartValueW-2, figureValue(f), fRef, colInk, "L")
		y += barH + gap
	}
	p.line1(x0-10, y, 20, "0", fRef, colMuted, "C")
	p.line1(x1-20, y, 20, formatNumber(top), fRef, colMuted, "R")
	p.y = y + lineHeight(fRef) + 2
}

// chartTop returns the top of the scale for figs: their highest value,
// at least 1.
func chartTop(figs []*report.Figure) float64 {
	top := 1.0
	for _, f := range figs {
		top = math.Max(top, math.Max(f.Low, f.High))
	}
	return top
}

// kindChart draws, when no two sources counted the same thing, the
// figures of the kind reported most often side by side — each from its
// own report, not added up — or says why there is no chart.
func (p *printer) kindChart() {
	byKind := map[report.FigureKind][]*report.Figure{}
	var best report.FigureKind
	for i := range p.b.Figures {
		f := &p.b.Figures[i]
		if f.What == report.OtherFigure || f.What == "" {
			continue
		}
		byKind[f.What] = append(byKind[f.What], f)
		if n := len(byKind[f.What]); n > len(byKind[best]) || (n == len(byKind[best]) && f.What < best) {
			best = f.What
		}
	}
	if len(byKind[best]) < 2 {
		p.paragraph(p.left, p.width(), lineHeight(fSmallI), plain("No chart: no two figures count the same kind of thing, so there is nothing to set side by side. Each figure is in the table below.", fSmallI, colMuted))
		p.y += 3
		return
	}
	figs := byKind[best]
	slices.SortStableFunc(figs, func(a, b *report.Figure) int { return cmp.Compare(b.High, a.High) })
	p.subheading("Reported figures: "+strings.ToLower(kindLabel(best)), 30)
	p.paragraph(p.left, p.width(), lineHeight(fSmallI), plain("Each bar is one report, for whom and when it says; they count different things and are not added up.", fSmallI, colMuted))
	p.rangeChart(figureGroup{g: &report.FigureGroup{What: best}, figures: figs})
	p.y += 3
}

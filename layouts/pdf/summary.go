package pdf

import (
	"slices"
	"strconv"
	"strings"

	"brief/report"
)

// summary draws the key points: a row of counts saying what the brief
// covers, then the model's key points as bullets.
func (p *printer) summary() {
	p.assessment()
	p.tiles()
	lh := lineHeight(fBody)
	if len(p.b.KeyPoints) == 0 {
		p.paragraph(p.left, p.width(), lh, plain("No key points were derived for this period.", fBody, colMuted))
		return
	}
	indent := 5.0
	for _, kp := range p.b.KeyPoints {
		lines := layout(plain(kp, fBody, colInk), p.width()-indent)
		p.need(lh * float64(min(len(lines), 2)))
		p.setFace(fBody)
		p.pdf.SetFillColor(colAccent.r, colAccent.g, colAccent.b)
		p.pdf.Rect(p.left+0.8, p.y+lh/2-0.8, 1.6, 1.6, "F")
		for _, ln := range lines {
			p.need(lh)
			p.drawLine(p.left+indent, p.y, lh, ln, "L", p.width()-indent)
			p.y += lh
		}
		p.y += 1.6
	}
}

// assessment draws the analyst's own assessment, when the brief has one,
// in a ruled box marked as the analyst's, apart from what the sources say.
func (p *printer) assessment() {
	text := p.b.Meta.Assessment
	if text == "" {
		return
	}
	lh := lineHeight(fBody)
	p.need(3 * lh)
	p.line1(p.left, p.y, p.width(), "Analyst's assessment", fH2, colAccent, "L")
	p.y += lineHeight(fH2)
	by := "The analyst's judgement, written by hand for this brief; not extracted from the sources."
	if o := p.b.Meta.Organisation; o != "" {
		by = "The judgement of " + o + "'s analyst, written by hand for this brief; not extracted from the sources."
	}
	p.paragraph(p.left, p.width(), lineHeight(fSmallI), plain(by, fSmallI, colMuted))
	p.y += 1
	top := p.y
	for _, para := range strings.Split(text, "\n\n") {
		p.paragraph(p.left+4, p.width()-4, lh, plain(strings.Join(strings.Fields(para), " "), fBody, colInk))
		p.y += 1.5
	}
	p.pdf.SetDrawColor(colAccent.r, colAccent.g, colAccent.b)
	p.pdf.SetLineWidth(0.8)
	p.pdf.Line(p.left+1, max(top, p.top), p.left+1, p.y-1.5)
	p.y += 3
}

// tiles draws the counts of the period's own reporting, as a row of
// boxes; articles before the period are background and are counted apart.
func (p *printer) tiles() {
	b := p.b
	news := report.PeriodSources(b)
	inPeriod := make(map[string]bool, len(news))
	outlets := make(map[string]bool)
	for _, s := range news {
		inPeriod[s.ID] = true
		if o := report.SourceOutlet(s); o != "" {
			outlets[o] = true
		}
	}
	cited := func(cs []report.Citation) bool {
		return slices.ContainsFunc(cs, func(c report.Citation) bool { return inPeriod[c.Source] })
	}
	count := func(n int, f func(i int) []report.Citation) int {
		k := 0
		for i := range n {
			if cited(f(i)) {
				k++
			}
		}
		return k
	}
	articles := "articles"
	if bg := len(b.Sources) - len(news); bg > 0 {
		articles += ", " + strconv.Itoa(bg) + " earlier"
	}
	items := []struct {
		n     int
		label string
	}{
		{len(news), articles},
		{len(outlets), "outlets"},
		{count(len(b.Events), func(i int) []report.Citation { return b.Events[i].Citations }), "events reported"},
		{count(len(b.Figures), func(i int) []report.Citation { return b.Figures[i].Citations }), "figures reported"},
		{count(len(b.Stances), func(i int) []report.Citation { return b.Stances[i].Citations }), "statements"},
	}
	gap := 3.0
	w := (p.width() - gap*float64(len(items)-1)) / float64(len(items))
	h := 14.0
	p.need(h + 10)
	x := p.left
	for _, it := range items {
		p.pdf.SetFillColor(colBandFill.r, colBandFill.g, colBandFill.b)
		p.pdf.SetDrawColor(colRule.r, colRule.g, colRule.b)
		p.pdf.SetLineWidth(0.15)
		p.pdf.Rect(x, p.y, w, h, "FD")
		p.pdf.SetFillColor(colAccent.r, colAccent.g, colAccent.b)
		p.pdf.Rect(x, p.y, 0.9, h, "F")
		p.line1(x+3.5, p.y+1.6, w-5, formatNumber(float64(it.n)), fTileNum, colAccent, "L")
		p.line1(x+3.5, p.y+8.6, w-5, it.label, fTileText, colMuted, "L")
		x += w + gap
	}
	p.y += h + 5
}

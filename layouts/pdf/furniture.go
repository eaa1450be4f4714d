package pdf

import (
	"brief/report"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// titleBlock draws the brief's title, issuer, period and generation date
// at the top of the first page.
func (p *printer) titleBlock() {
	m := p.b.Meta
	w := p.width()
	if m.Organisation != "" {
		p.paragraph(p.left, w, lineHeight(fSmallB), plain(strings.ToUpper(m.Organisation), fSmallB, colMuted))
		p.y += 1
	}
	title := m.Title
	if strings.TrimSpace(title) == "" {
		title = report.DefaultTitle
	}
	p.paragraph(p.left, w, lineHeight(fTitle)*0.95, plain(title, fTitle, colAccent))
	p.y += 1.5
	var facts []span
	add := func(label, value string) {
		if value == "" {
			return
		}
		if len(facts) > 0 {
			facts = append(facts, span{text: "   ·   ", face: fSmall, color: colRule})
		}
		facts = append(facts, span{text: label + " ", face: fSmall, color: colMuted},
			span{text: value, face: fSmallB, color: colInk})
	}
	period := report.DescribePeriod(m.Period)
	if period == "" {
		period = "all sources"
	}
	add("Period covered", period)
	add("Generated", generatedText(m.Generated))
	p.paragraph(p.left, w, lineHeight(fSmall), facts)
	p.y += 2.5
	p.pdf.SetDrawColor(colAccent.r, colAccent.g, colAccent.b)
	p.pdf.SetLineWidth(0.8)
	p.pdf.Line(p.left, p.y, p.left+w, p.y)
	p.y += 6
}

// generatedText formats the generation time for readers.
func generatedText(rfc string) string {
	t, err := time.Parse(time.RFC3339, rfc)
	if err != nil {
		return rfc
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// heading starts section n: it keeps the heading with keep mm of what
// follows, adds an outline entry and draws a rule under it.
func (p *printer) heading(n int, title string, keep float64) {
	if strings.TrimSpace(title) == "" {
		title = "Section " + strconv.Itoa(n)
	}
	if p.y > p.top {
		p.y += 5
	}
	p.need(lineHeight(fH1) + 6 + keep)
	p.setFace(fH1)
	p.pdf.Bookmark(viewerText(title), 0, p.y)
	lh := lineHeight(fH1)
	p.paragraph(p.left, p.width(), lh, []span{
		{text: strconv.Itoa(n) + "   ", face: fH1, color: colMuted},
		{text: title, face: fH1, color: colAccent},
	})
	p.y += 1
	p.rule(colRule, 0.3)
	p.y += 4
}

// subheading titles a part of a section, kept with what follows.
func (p *printer) subheading(title string, keep float64) {
	p.y += 3
	p.need(lineHeight(fH2) + keep)
	p.paragraph(p.left, p.width(), lineHeight(fH2), plain(title, fH2, colInk))
	p.y += 1.5
}

// rule draws a horizontal line across the text block at the current y.
func (p *printer) rule(c rgb, width float64) {
	p.pdf.SetDrawColor(c.r, c.g, c.b)
	p.pdf.SetLineWidth(width)
	p.pdf.Line(p.left, p.y, p.pageW-p.right, p.y)
}

// furnish draws the header and footer of every page once the page count
// is known: the handling marking at top and bottom, the title and period,
// the issuer, the generation date and "Page X of Y".
func (p *printer) furnish() {
	total := p.pdf.PageCount()
	m := p.b.Meta
	w := p.width()
	title := m.Title
	period := report.DescribePeriod(m.Period)
	left := m.Organisation
	if g := generatedText(m.Generated); g != "" {
		if left != "" {
			left += " · "
		}
		left += "Generated " + g
	}
	for n := 1; n <= total; n++ {
		p.pdf.SetPage(n)
		// A page revisited keeps the state it ended with: set everything.
		p.cur, p.colorOK = face{}, false
		p.pdf.SetFillColor(colWhite.r, colWhite.g, colWhite.b)
		if m.Marking != "" {
			p.line1(p.left, 9, w, m.Marking, fFurnB, colMarking, "C")
			p.line1(p.left, p.pageH-9-lineHeight(fFurnB), w, m.Marking, fFurnB, colMarking, "C")
		}
		if n > 1 {
			p.line1(p.left, 14.5, w*0.68, title, fFurn, colMuted, "L")
			p.line1(p.left+w*0.7, 14.5, w*0.3, period, fFurn, colMuted, "R")
			p.pdf.SetDrawColor(colRule.r, colRule.g, colRule.b)
			p.pdf.SetLineWidth(0.2)
			p.pdf.Line(p.left, 18.5, p.left+w, 18.5)
		}
		fy := p.pageH - marginBottom + 6
		p.pdf.SetDrawColor(colRule.r, colRule.g, colRule.b)
		p.pdf.SetLineWidth(0.2)
		p.pdf.Line(p.left, fy-1.5, p.left+w, fy-1.5)
		p.line1(p.left, fy, w*0.75, left, fFurn, colMuted, "L")
		p.line1(p.left+w*0.75, fy, w*0.25, fmt.Sprintf("Page %d of %d", n, total), fFurn, colInk, "R")
	}
	p.pdf.SetPage(total)
}

// line1 draws text on one line at (x, y) within width w, shortening it
// with an ellipsis if it does not fit.
func (p *printer) line1(x, y, w float64, text string, f face, c rgb, align string) {
	lines := layout(plain(text, f, c), w)
	if len(lines) == 0 {
		return
	}
	ln := lines[0]
	if len(lines) > 1 {
		ln = ellipsize(ln, w)
	}
	p.drawLine(x, y, lineHeight(f), ln, align, w)
}

// ellipsize shortens a line so that it and "…" fit in w.
func ellipsize(ln line, w float64) line {
	t := ln.toks[len(ln.toks)-1]
	ell := textWidth("…", t.face)
	for ln.w+ell > w && len(t.text) > 0 {
		r := []rune(t.text)
		cut := r[len(r)-1]
		t.text = string(r[:len(r)-1])
		cw := textWidth(string(cut), t.face)
		t.w -= cw
		ln.w -= cw
	}
	t.text = strings.TrimRight(t.text, " ") + "…"
	t.w = textWidth(t.text, t.face)
	ln.toks = append(ln.toks[:len(ln.toks)-1:len(ln.toks)-1], t)
	ln.w = 0
	for _, tk := range ln.toks {
		ln.w += tk.w
	}
	return ln
}

package pdf

// summary draws the key points: a row of counts saying what the brief
// covers, then the model's key points as bullets.
func (p *printer) summary() {
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

// tiles draws the counts of what the model holds, as a row of boxes.
func (p *printer) tiles() {
	b := p.b
	outlets := make(map[string]bool)
	for _, s := range b.Sources {
		if s.Outlet != "" {
			outlets[s.Outlet] = true
		}
	}
	items := []struct {
		n     int
		label string
	}{
		{len(b.Sources), "sources"},
		{len(outlets), "outlets"},
		{len(b.Events), "events"},
		{len(b.Figures), "figures"},
		{len(b.Stances), "statements"},
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

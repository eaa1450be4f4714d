package pdf

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// TestCompressPagesAsFpdf renders the demo brief twice, once compressed
// by fpdf itself and once by compressPages, and wants the same bytes.
func TestCompressPagesAsFpdf(t *testing.T) {
	if err := loadMetrics(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct {
		name   string
		events int
	}{{"demo", 0}, {"large", 400}} {
		t.Run(m.name, func(t *testing.T) {
			b := demoModel(t)
			if m.events > 0 {
				b = largeModel(t, 50, m.events, 100, 30)
			}
			draw := func() *printer {
				p, err := newPrinter(b)
				if err != nil {
					t.Fatal(err)
				}
				if err := p.render(); err != nil {
					t.Fatal(err)
				}
				return p
			}
			byFpdf := draw()
			byFpdf.pdf.SetCompression(true)
			var want bytes.Buffer
			if err := byFpdf.pdf.Output(&want); err != nil {
				t.Fatal(err)
			}
			var raw, got bytes.Buffer
			if err := draw().pdf.Output(&raw); err != nil {
				t.Fatal(err)
			}
			if err := compressPages(&got, raw.Bytes(), byFpdf.pdf.PageCount()); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("compressPages wrote %d bytes, fpdf %d; they differ", got.Len(), want.Len())
			}
			if got.Len() >= raw.Len() {
				t.Errorf("compressed %d bytes into %d", raw.Len(), got.Len())
			}
		})
	}
}

func TestCompressPagesRefusesOtherLayouts(t *testing.T) {
	for _, raw := range []string{
		"",
		"%PDF-1.4\nno table\n",
		"%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000099 00000 n \ntrailer\n<<>>\nstartxref\n33\n%%EOF\n",
		"%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<<>>\nstartxref\n999\n%%EOF\n",
	} {
		var out bytes.Buffer
		if err := compressPages(&out, []byte(raw), 0); !errors.Is(err, errLayout) {
			t.Errorf("compressPages(%q) = %v, want errLayout", raw, err)
		}
	}
}

// TestPageCompressorPieces writes a document to a pageCompressor whole
// and in pieces: the same bytes either way.
func TestPageCompressorPieces(t *testing.T) {
	p, err := newPrinter(demoModel(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.render(); err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	if err := p.pdf.Output(&raw); err != nil {
		t.Fatal(err)
	}
	var whole, pieces bytes.Buffer
	c := &pageCompressor{w: &whole, pages: p.pdf.PageCount()}
	if _, err := c.Write(raw.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	c = &pageCompressor{w: &pieces, pages: p.pdf.PageCount()}
	for data := raw.Bytes(); len(data) > 0; {
		n := min(len(data), 1000)
		if _, err := c.Write(data[:n]); err != nil {
			t.Fatal(err)
		}
		data = data[n:]
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if whole.Len() == 0 || !bytes.Equal(whole.Bytes(), pieces.Bytes()) {
		t.Errorf("whole: %d bytes, in pieces: %d bytes, not the same", whole.Len(), pieces.Len())
	}
	if _, err := c.Write([]byte("more")); err == nil {
		t.Error("a Write after Close succeeded")
	}
}

// TestCompressPagesCountsPages: a page whose stream is not where fpdf
// puts it is an error, not a page left uncompressed.
func TestCompressPagesCountsPages(t *testing.T) {
	p, err := newPrinter(demoModel(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.render(); err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	if err := p.pdf.Output(&raw); err != nil {
		t.Fatal(err)
	}
	pages := p.pdf.PageCount()
	if err := compressPages(io.Discard, raw.Bytes(), pages+1); !errors.Is(err, errLayout) {
		t.Errorf("one page too many: %v, want errLayout", err)
	}
	// A page object in another form than fpdf's (of the same length, so
	// that the cross-reference table still holds).
	odd := bytes.Replace(raw.Bytes(), []byte("<</Type /Page\n"), []byte("<</Type /PAGE\n"), 1)
	if err := compressPages(io.Discard, odd, pages); !errors.Is(err, errLayout) {
		t.Errorf("a page in another form: %v, want errLayout", err)
	}
}

// TestFontsEmbeddedWhenUsed: a brief without Arabic script embeds no
// Arabic font; one with an Arabic title embeds it.
func TestFontsEmbeddedWhenUsed(t *testing.T) {
	b := demoModel(t)
	latin := render(t, b, "fonts-latin")
	if !bytes.Contains(latin, []byte("/BaseFont /utf8sans")) {
		t.Error("the sans font is not embedded")
	}
	if bytes.Contains(latin, []byte("/BaseFont /utf8arabic")) {
		t.Error("a brief without Arabic script embeds an Arabic font")
	}
	b.Sources[0].Title = "پاکستان اور طالبان"
	arabic := render(t, b, "fonts-arabic")
	if !bytes.Contains(arabic, []byte("/BaseFont /utf8arabic")) {
		t.Error("a brief with an Arabic title does not embed the Arabic font")
	}
}

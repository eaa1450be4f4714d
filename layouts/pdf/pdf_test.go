package pdf

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"brief/internal/golden"
	"brief/report"
)

// text extracts the text of a PDF with pdftotext, in reading order.
func text(t *testing.T, pdf []byte) string {
	t.Helper()
	return string(runTool(t, pdf, "pdftotext", "-enc", "UTF-8", "{}", "-"))
}

// fold collapses white space so that text wrapped across lines matches.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestGoldenText(t *testing.T) {
	got := text(t, render(t, demoModel(t), "demo"))
	golden.Check(t, filepath.Join("testdata", "demo.golden"), []byte(got))
}

func TestValidPDF(t *testing.T) {
	out := runTool(t, render(t, demoModel(t), "demo"), "qpdf", "--check")
	if !bytes.Contains(out, []byte("No syntax or stream encoding errors")) {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

func TestFontsEmbedded(t *testing.T) {
	out := string(runTool(t, render(t, demoModel(t), "demo"), "pdffonts"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 { // header, rule, and at least regular, bold and italic
		t.Fatalf("pdffonts lists too few fonts:\n%s", out)
	}
	styles := map[string]bool{}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// name type... encoding emb sub uni object ID: emb is 5th from the end.
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
		styles[strings.TrimLeftFunc(strings.TrimPrefix(f[0], "utf8"), unicode.IsLower)] = true
	}
	for _, s := range []string{"", "B", "I"} {
		if !styles[s] {
			t.Errorf("no font in style %q among:\n%s", s, out)
		}
	}
}

func TestOutline(t *testing.T) {
	b := demoModel(t)
	out := runTool(t, render(t, b, "demo"), "qpdf", "--json", "--json-key=outlines")
	var doc struct {
		Outlines []struct {
			Title string `json:"title"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	if len(doc.Outlines) != len(b.Sections) {
		t.Fatalf("outline has %d entries, want one per section (%d)", len(doc.Outlines), len(b.Sections))
	}
	for i, o := range doc.Outlines {
		if o.Title != b.Sections[i].Title {
			t.Errorf("outline entry %d = %q, want %q", i+1, o.Title, b.Sections[i].Title)
		}
	}
}

func TestHeadingsAndEndnotes(t *testing.T) {
	b := demoModel(t)
	got := fold(text(t, render(t, b, "demo")))
	for i, s := range b.Sections {
		if h := strconv.Itoa(i+1) + " " + s.Title; !strings.Contains(got, h) {
			t.Errorf("section heading %q missing", h)
		}
	}
	endnotes := got[strings.LastIndex(got, "Sources"):]
	for i, s := range b.Sources {
		if !strings.Contains(endnotes, fold(s.Title)) {
			t.Errorf("endnote %d: title %q missing", i+1, s.Title)
		}
	}
	for _, want := range []string{b.Meta.Marking, "Page 1 of ", "2023-W23 (5 Jun 2023 – 11 Jun 2023)", "Generated 12 Jun 2023 06:00 UTC"} {
		if !strings.Contains(got, want) {
			t.Errorf("page furniture %q missing", want)
		}
	}
}

// annotation is what the tests read of a link annotation.
type annotation struct {
	page     int
	destPage int // the page an internal link goes to, from 1
	uri      string
}

// links lists the link annotations of every page, with qpdf --json.
func links(t *testing.T, pdf []byte) []annotation {
	t.Helper()
	out := runTool(t, pdf, "qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf")
	var doc struct {
		Pages []struct {
			Object string `json:"object"`
		} `json:"pages"`
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(out, &doc); err != nil || len(doc.QPDF) < 2 {
		t.Fatalf("qpdf --json: %v", err)
	}
	type annot struct {
		Subtype string `json:"/Subtype"`
		Dest    []any  `json:"/Dest"`
		A       struct {
			URI string `json:"/URI"`
		} `json:"/A"`
	}
	var objects map[string]struct {
		Value struct {
			Annots []json.RawMessage `json:"/Annots"`
		} `json:"value"`
	}
	if err := json.Unmarshal(doc.QPDF[1], &objects); err != nil {
		t.Fatalf("qpdf --json objects: %v", err)
	}
	pageNo := map[string]int{}
	for i, pg := range doc.Pages {
		pageNo[pg.Object] = i + 1
	}
	var annots []annotation
	for i, pg := range doc.Pages {
		for _, raw := range objects["obj:"+pg.Object].Value.Annots {
			var a annot
			if err := json.Unmarshal(raw, &a); err != nil {
				t.Fatalf("page %d: annotation %s: %v", i+1, raw, err)
			}
			if a.Subtype != "/Link" {
				continue
			}
			an := annotation{page: i + 1, uri: strings.TrimPrefix(a.A.URI, "u:")}
			if len(a.Dest) > 0 {
				ref, _ := a.Dest[0].(string)
				an.destPage = pageNo[ref]
				if an.destPage == 0 {
					t.Errorf("page %d: link to %q, which is not a page", i+1, ref)
				}
			}
			annots = append(annots, an)
		}
	}
	return annots
}

func TestEndnoteLinks(t *testing.T) {
	b := demoModel(t)
	pdf := render(t, b, "demo")
	annots := links(t, pdf)
	// The endnotes begin on the page where the sources section's outline
	// entry points.
	out := runTool(t, pdf, "qpdf", "--json=2", "--json-key=outlines")
	var doc struct {
		Outlines []struct {
			Title         string `json:"title"`
			DestPageFrom1 int    `json:"destpageposfrom1"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	first := 0
	for _, o := range doc.Outlines {
		if o.Title == "Sources" {
			first = o.DestPageFrom1
		}
	}
	if first == 0 {
		t.Fatalf("no outline entry for the sources section: %s", out)
	}
	internal, uris := 0, map[string]bool{}
	for _, a := range annots {
		switch {
		case a.destPage != 0:
			internal++
			if a.destPage < first {
				t.Errorf("link on page %d goes to page %d, before the endnotes (page %d on)", a.page, a.destPage, first)
			}
		case a.uri != "":
			uris[a.uri] = true
		}
	}
	refs := 0
	for _, e := range b.Events {
		refs += len(e.Citations)
	}
	if internal < refs {
		t.Errorf("%d internal links, want at least one per event citation (%d)", internal, refs)
	}
	for _, s := range b.Sources {
		if s.URL != "" && !uris[s.URL] {
			t.Errorf("source %s: no link to its address %s", s.ID, s.URL)
		}
	}
}

func TestPageCount(t *testing.T) {
	tests := []struct {
		name     string
		b        *report.Brief
		min, max int
	}{
		{"demo", demoModel(t), 5, 12},
		{"empty", emptyModel(), 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := pages(t, render(t, tt.b, tt.name))
			if n < tt.min || n > tt.max {
				t.Errorf("%d pages, want %d to %d", n, tt.min, tt.max)
			}
		})
	}
}

// pages returns a PDF's page count, from pdfinfo.
func pages(t *testing.T, pdf []byte) int {
	t.Helper()
	out := string(runTool(t, pdf, "pdfinfo"))
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func contains(b []byte, s string) bool { return bytes.Contains(b, []byte(s)) }

func TestPageSize(t *testing.T) {
	for size, want := range map[string]string{"A4": "595.28 x 841.89", "Letter": "612 x 792"} {
		b := emptyModel()
		b.Meta.PageSize = size
		out := string(runTool(t, render(t, b, "size-"+size), "pdfinfo"))
		if !strings.Contains(out, want) {
			t.Errorf("page size %s: pdfinfo says\n%s\nwant %s pts", size, out, want)
		}
	}
	b := emptyModel()
	b.Meta.PageSize = "A5"
	if err := Write(new(bytes.Buffer), b); err == nil || !strings.Contains(err.Error(), "A4 or Letter") {
		t.Errorf("page size A5: error %v, want one naming the sizes allowed", err)
	}
}

func TestDeterministic(t *testing.T) {
	models := map[string]func() *report.Brief{
		"demo": func() *report.Brief { return demoModel(t) },
		"odd": func() *report.Brief {
			b := oddModel()
			b.Sources[1].Title = "No\u00a0break, soft\u00adhyphen, ‘quotes’ – dashes — and ellipses…"
			return b
		},
	}
	for name, model := range models {
		first := render(t, model(), name)
		for range 3 {
			if again := render(t, model(), name); !bytes.Equal(first, again) {
				t.Fatalf("%s: two renders of the same model differ", name)
			}
		}
	}
	first := render(t, demoModel(t), "demo")
	b := demoModel(t)
	b.Meta.Generated = "2024-01-01T00:00:00Z"
	if bytes.Equal(first, render(t, b, "demo-later")) {
		t.Error("a different generation time gives the same bytes: is the date written?")
	}
}

func TestMetadata(t *testing.T) {
	out := string(runTool(t, render(t, demoModel(t), "demo"), "pdfinfo"))
	for _, want := range []string{
		"Title:           Pakistan, the Afghan Taliban and the TTP",
		"Author:          Brief demo desk",
		"Subject:         Analytic brief, 2023-W23",
		"Keywords:        Pakistan, Afghan Taliban",
		"CreationDate:    Mon Jun 12 06:00:00 2023",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
}

// emptyModel is a brief with nothing found.
func emptyModel() *report.Brief {
	return &report.Brief{
		Meta: report.Meta{Title: "Nothing new", Marking: "UNCLASSIFIED", Generated: "2023-06-12T06:00:00Z"},
		Sections: []report.Section{
			{Kind: report.SectionSummary, Title: "Key points"},
			{Kind: report.SectionStances, Title: "Positions"},
			{Kind: report.SectionTimeline, Title: "Timeline", Chart: true},
			{Kind: report.SectionFigures, Title: "Figures", Chart: true},
			{Kind: report.SectionSources, Title: "Sources"},
		},
	}
}

func TestEmptyModel(t *testing.T) {
	got := fold(text(t, render(t, emptyModel(), "empty")))
	for _, want := range []string{"No key points were derived", "No positions were recorded",
		"No dated events", "No figures were reported", "No sources were read"} {
		if !strings.Contains(got, want) {
			t.Errorf("empty brief lacks %q:\n%s", want, got)
		}
	}
}

// TestHeaderRepeats checks that a table broken across pages repeats its
// header row: every page between the timeline's first and the figures'
// heading starts the events table's header again.
func TestHeaderRepeats(t *testing.T) {
	b := largeModel(t, 60, 200, 60, 30)
	for i := range b.Sections {
		b.Sections[i].MaxRows = new(0)
	}
	pageTexts := strings.Split(text(t, render(t, b, "repeat")), "\f")
	header := "Date Event Actors Sources"
	inTimeline, spanned := false, 0
	for i, pg := range pageTexts {
		pg = fold(pg)
		switch {
		case strings.Contains(pg, "3 Timeline"):
			inTimeline = true
		case strings.Contains(pg, "4 Reported figures"):
			inTimeline = false
		case inTimeline:
			spanned++
			if !strings.Contains(pg, header) {
				t.Errorf("page %d continues the timeline without its header row", i+1)
			}
		}
	}
	if spanned < 2 {
		t.Fatalf("the timeline spans %d continuation pages; the test needs at least 2", spanned)
	}
}

func TestDrawingErrorIsReported(t *testing.T) {
	p, err := newPrinter(emptyModel())
	if err != nil {
		t.Fatal(err)
	}
	p.pdf.SetErrorf("simulated failure")
	err = p.check(`section 2 "Positions"`)
	if err == nil || !strings.Contains(err.Error(), `section 2 "Positions"`) || !strings.Contains(err.Error(), "simulated failure") {
		t.Errorf("check = %v, want an error naming the section and fpdf's error", err)
	}
}

func TestOnlyWebAddressesAreLinks(t *testing.T) {
	b := demoModel(t)
	b.Sources[0].URL = "javascript:alert(1)"
	b.Sources[1].URL = "file:///etc/passwd"
	var buf bytes.Buffer
	if err := Write(&buf, b); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"/URI (javascript:", "/URI (file:"} {
		if bytes.Contains(buf.Bytes(), []byte(bad)) {
			t.Errorf("the PDF links %s…: only http and https addresses may be links", bad)
		}
	}
	if !bytes.Contains(buf.Bytes(), []byte("/URI (http")) {
		t.Error("the PDF has no web link at all; the check above proves nothing")
	}
}

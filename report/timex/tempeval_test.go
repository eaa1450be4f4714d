package timex

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/report"
)

// tempevalDir holds the TempEval-3 platinum files, outside the repository.
const tempevalDir = "../../../shared/bench/tempeval3"

// goldTimex is a TIMEX3 of a TempEval document, with offsets in its plain text.
type goldTimex struct {
	Start, End  int
	Type, Value string
	Text        string
}

// tmlDoc is a TempEval document: its creation date, plain text and gold timexes.
type tmlDoc struct {
	Name    string
	DCT     report.Date
	Text    string
	Timexes []goldTimex
}

// readTML parses a TimeML file, stripping the tags of its TEXT element and
// keeping the offsets of its TIMEX3 elements in the stripped text.
func readTML(path string) (tmlDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return tmlDoc{}, err
	}
	defer f.Close()
	doc := tmlDoc{Name: filepath.Base(path)}
	var (
		text            strings.Builder
		inDCT, inText   bool
		open            *goldTimex
		dctValue, where string
	)
	dec := xml.NewDecoder(f)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return tmlDoc{}, fmt.Errorf("%s: %w", path, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "DCT":
				inDCT = true
			case "TEXT":
				inText = true
			case "TIMEX3":
				g := goldTimex{Start: text.Len()}
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						g.Type = a.Value
					case "value":
						g.Value = a.Value
					}
				}
				if inDCT {
					dctValue = g.Value
				}
				open = &g
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "DCT":
				inDCT = false
			case "TEXT":
				inText = false
			case "TIMEX3":
				if inText && open != nil {
					open.End = text.Len()
					open.Text = text.String()[open.Start:open.End]
					doc.Timexes = append(doc.Timexes, *open)
				}
				open = nil
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	where = dctValue
	if len(where) > 10 {
		where = where[:10]
	}
	dct, err := report.ParseDate(where)
	if err != nil {
		return tmlDoc{}, fmt.Errorf("%s: creation date: %w", path, err)
	}
	doc.DCT, doc.Text = dct, text.String()
	return doc, nil
}

// TestTempEval3 scores Find on the DATE timexes of the TempEval-3 platinum
// set: the share found (any overlap) and, of those, the share with the gold value.
func TestTempEval3(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(tempevalDir, "*.tml"))
	if len(paths) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no TempEval-3 files in %s: the benchmark data must be there in CI", tempevalDir)
		}
		t.Skipf("no TempEval-3 files in %s; skipping", tempevalDir)
	}
	var gold, found, right, spurious int
	for _, path := range paths {
		doc, err := readTML(path)
		if err != nil {
			t.Fatal(err)
		}
		ms := Find(doc.Text, doc.DCT)
		for _, m := range ms {
			if m.Text != doc.Text[m.Start:m.End] {
				t.Errorf("%s: mention %q does not match its offsets", doc.Name, m.Text)
			}
			if !overlapsAny(m, doc.Timexes) {
				spurious++
				t.Logf("%s: extra %q = %s", doc.Name, m.Text, m.Value)
			}
		}
		for _, g := range doc.Timexes {
			if g.Type != "DATE" {
				continue
			}
			gold++
			m, ok := overlapping(g, ms)
			switch {
			case !ok:
				t.Logf("%s: missed %q = %s", doc.Name, g.Text, g.Value)
			case m.Value == g.Value:
				found++
				right++
			default:
				found++
				t.Logf("%s: %q = %s, want %q = %s", doc.Name, m.Text, m.Value, g.Text, g.Value)
			}
		}
	}
	recall, accuracy := share(found, gold), share(right, found)
	t.Logf("TempEval-3 platinum DATE timexes: found %d/%d = %.3f; right value %d/%d = %.3f; %d mentions overlap no gold timex",
		found, gold, recall, right, found, accuracy, spurious)
	if recall < 0.85 || accuracy < 0.85 {
		t.Errorf("found %.3f and right %.3f, want both ≥ 0.85", recall, accuracy)
	}
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

func overlapping(g goldTimex, ms []Mention) (Mention, bool) {
	for _, m := range ms {
		if m.Start < g.End && g.Start < m.End {
			return m, true
		}
	}
	return Mention{}, false
}

func overlapsAny(m Mention, gs []goldTimex) bool {
	for _, g := range gs {
		if m.Start < g.End && g.Start < m.End {
			return true
		}
	}
	return false
}

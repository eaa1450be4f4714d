package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad decodes any bytes as a configuration: it is a Config that
// validation accepted, or problems (one *Error, or Errors) each on one line
// naming the file; never a panic. Seeds are the test configurations and
// the demo's.
func FuzzLoad(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.toml"))
	files = append(files, filepath.Join("..", "..", "config.toml"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	path := filepath.Join(f.TempDir(), "brief.toml")
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := parse(path, data)
		if err != nil {
			problems := Errors{}
			var ce *Error
			switch {
			case errors.As(err, &problems):
			case errors.As(err, &ce):
				problems = Errors{ce}
			default:
				t.Fatalf("error %v (%T) is not a *config.Error or config.Errors", err, err)
			}
			if len(problems) == 0 {
				t.Fatalf("error %q lists no problem", err)
			}
			for _, p := range problems {
				if p.File != path || strings.Contains(p.Error(), "\n") {
					t.Errorf("problem %q does not name the file on one line", p)
				}
			}
			return
		}
		if c.PageSize != "A4" && c.PageSize != "Letter" || len(c.Sections) == 0 || len(c.Actors) == 0 || c.Location() == nil {
			t.Errorf("accepted a configuration that is not valid: %+v", c)
		}
		if _, err := c.CorpusOptions().Cleaner(); err != nil {
			t.Errorf("accepted options the loader refuses: %v", err)
		}
	})
}

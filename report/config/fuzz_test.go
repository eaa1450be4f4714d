package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad decodes any bytes as a configuration: it is a Config that
// validation accepted, or one *Error on one line naming the file; never a
// panic. Seeds are the test configurations and the demo's.
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
			var ce *Error
			if !errors.As(err, &ce) || ce.File != path {
				t.Fatalf("error %v (%T) is not a *config.Error naming the file", err, err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
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

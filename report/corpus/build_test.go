package corpus_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"brief/layouts/pdf"
	"brief/layouts/xlsx"
	"brief/report/config"
	"brief/report/pipeline"
)

// marker is a word of a file outside the sources folder. The file reads as
// an article the brief would use: if it were read, the word would be in a
// source title, a figure's quote and an event.
const marker = "Zqxwvoutside"

const outsideArticle = "+++\ntitle = \"Pakistan rejects " + marker + " talks\"\npublished = 2023-06-06\n+++\n" +
	"Pakistan rejected the " + marker + " talks offer on Tuesday, officials said.\n\n" +
	"At least 14 soldiers were killed in the " + marker + " attack in Khyber on Monday, officials said.\n"

const insideArticle = "+++\ntitle = \"Talks stall\"\npublished = 2023-06-07\n+++\n" +
	"Pakistan rejected talks with the TTP on Wednesday, the foreign office said.\n\n" +
	"At least 12 soldiers were killed in an attack in Bannu on Tuesday, police said.\n"

const buildConfig = `title = "Boundary"
sources = "sources"

[[actor]]
name = "Pakistan"

[[actor]]
name = "TTP"

[[issue]]
id = "talks"
terms = ["talks"]
`

// TestOutsideLinkNeverReachesOutputs builds a brief, model, PDF and
// workbook, from a sources folder whose links lead to an article outside
// it: no byte of that article is in any of them. The same article copied
// into the folder is, so the test would see a leak.
func TestOutsideLinkNeverReachesOutputs(t *testing.T) {
	base := t.TempDir()
	private := filepath.Join(base, "private")
	for path, content := range map[string]string{
		"brief.toml":        buildConfig,
		"sources/inside.md": insideArticle,
		"private/secret.md": outsideArticle,
	} {
		path = filepath.Join(base, path)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, target := range map[string]string{
		"absolute.md": filepath.Join(private, "secret.md"),
		"relative.md": "../private/secret.md",
		"folder":      private,
	} {
		if err := os.Symlink(target, filepath.Join(base, "sources", name)); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	cfg, err := config.Load(filepath.Join(base, "brief.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if outputs := build(t, cfg); strings.Contains(outputs, marker) {
		t.Errorf("the outside article reached the outputs")
	}
	if err := os.WriteFile(filepath.Join(base, "sources", "copied.md"), []byte(outsideArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if outputs := build(t, cfg); !strings.Contains(outputs, marker) {
		t.Errorf("the article copied into the folder is not in the outputs: the test cannot see a leak")
	}
}

// build runs the pipeline and renders every output, and returns all they
// hold as text: the model's JSON, the problems, the workbook's unzipped
// parts, and the PDF's text when pdftotext is installed.
func build(t *testing.T, cfg *config.Config) string {
	t.Helper()
	res, err := pipeline.Run(context.Background(), cfg, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	model, err := json.Marshal(res.Brief)
	if err != nil {
		t.Fatal(err)
	}
	all.Write(model)
	for _, p := range res.Problems {
		all.WriteString(p.Error() + "\n")
	}
	var book bytes.Buffer
	if err := xlsx.Write(&book, res.Brief); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(book.Bytes()), int64(book.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(&all, rc)
		rc.Close()
	}
	var doc bytes.Buffer
	if err := pdf.Write(&doc, res.Brief); err != nil {
		t.Fatal(err)
	}
	all.Write(doc.Bytes())
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext (poppler-utils) is needed to read the PDF's text")
		}
		t.Log("pdftotext not installed: the PDF's text is not searched, only the model it is drawn from")
		return all.String()
	}
	file := filepath.Join(t.TempDir(), "brief.pdf")
	if err := os.WriteFile(file, doc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command("pdftotext", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	all.Write(text)
	return all.String()
}

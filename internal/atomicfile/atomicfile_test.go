package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"
)

func TestWriteReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Write(path, 0o644, func(w io.Writer) error {
		io.WriteString(w, "half")
		return errors.New("renderer failed")
	})
	if err == nil {
		t.Fatal("Write returned nil for a failed write")
	}
	assertFile(t, path, "old")
	assertOnly(t, dir, "brief.json")

	// 0644, not the 0600 a temporary file is made with, so that the
	// check sees the mode asked for was set.
	if err := Write(path, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	assertFile(t, path, "new")
	assertOnly(t, dir, "brief.json")
	if info, _ := os.Stat(path); runtime.GOOS != "windows" && info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", info.Mode().Perm())
	}
}

func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	finals := []string{"brief-all.pdf", "brief-latest.json"}
	for _, name := range []string{
		".brief-all.pdf.tmp-123", ".brief-latest.json.tmp-9", "brief-all.pdf", ".brief.lock", "x.tmp-1",
		// Other programs' temporary files in a shared folder, and
		// temporary files of outputs this run does not write.
		".report.docx.tmp-42", ".brief-2023-W22.pdf.tmp-7", ".brief-all.pdf.tmp-abc", ".brief-all.pdf.tmp-",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(filepath.Join(dir, ".brief-all.pdf.tmp-123"), old, old)

	removed, err := RemoveStale(dir, finals, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) != 1 || filepath.Base(removed[0]) != ".brief-all.pdf.tmp-123" {
		t.Errorf("RemoveStale(1h) removed %q, want only the old temporary file", removed)
	}
	if _, err := RemoveStale(dir, finals, 0); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, ".brief-2023-W22.pdf.tmp-7", ".brief-all.pdf.tmp-", ".brief-all.pdf.tmp-abc", ".brief.lock", ".report.docx.tmp-42", "brief-all.pdf", "x.tmp-1")
	if removed, err := RemoveStale(filepath.Join(dir, "missing"), finals, 0); err != nil || removed != nil {
		t.Errorf("RemoveStale(missing folder) = %v, %v; want nothing", removed, err)
	}
}

// TestIsTempMatchesPrepare: the temporary file Prepare makes is one
// IsTemp recognises for its final name, and only for it.
func TestIsTempMatchesPrepare(t *testing.T) {
	dir := t.TempDir()
	p, err := Prepare(filepath.Join(dir, "brief-all.pdf"), 0o644, func(io.Writer) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	defer p.Abort()
	tmp := filepath.Base(p.tmp)
	if !IsTemp(tmp, "brief-all.pdf") {
		t.Errorf("IsTemp(%q, brief-all.pdf) = false, want true", tmp)
	}
	if IsTemp(tmp, "brief-all") || IsTemp(tmp, "all.pdf") {
		t.Errorf("IsTemp(%q) matches another final name", tmp)
	}
}

func assertFile(t *testing.T, path, want string) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil || string(got) != want {
		t.Errorf("%s = %q, %v; want %q", path, got, err, want)
	}
}

func assertOnly(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s holds %q, want %q", dir, got, want)
	}
}

func TestPrepareCommitAbort(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	os.WriteFile(a, []byte("old a"), 0o644)
	write := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	pa, err := Prepare(a, 0o644, write("new a"))
	if err != nil {
		t.Fatal(err)
	}
	pb, err := Prepare(b, 0o644, write("new b"))
	if err != nil {
		t.Fatal(err)
	}
	// Until committed, the final names hold what they held.
	assertFile(t, a, "old a")
	if _, err := os.Stat(b); !os.IsNotExist(err) {
		t.Errorf("%s exists before Commit", b)
	}
	pa.Abort()
	if err := pb.Commit(); err != nil {
		t.Fatal(err)
	}
	assertFile(t, a, "old a")
	assertFile(t, b, "new b")
	assertOnly(t, dir, "a.json", "b.json")
}

func TestRemoveStaleByPattern(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{".brief-2023-W22.pdf.tmp-7", ".brief-all.xlsx.tmp-8", ".report.docx.tmp-42", ".brief-2023-W22.pdf"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := RemoveStale(dir, []string{"brief-*.pdf", "brief-*.xlsx"}, 0); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, ".brief-2023-W22.pdf", ".report.docx.tmp-42")
}

// TestCommitNew: CommitNew puts a file where none is, and never replaces
// one: the error says the file exists, the old file stays, and no
// temporary file is left either way.
func TestCommitNew(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "article.md")
	write := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	p, err := Prepare(path, 0o644, write("first"))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.CommitNew(); err != nil {
		t.Fatal(err)
	}
	assertFile(t, path, "first")
	p, err = Prepare(path, 0o644, write("second"))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.CommitNew(); !errors.Is(err, fs.ErrExist) {
		t.Errorf("CommitNew over an existing file = %v, want an error matching fs.ErrExist", err)
	}
	assertFile(t, path, "first")
	assertOnly(t, dir, "article.md")
}

// TestCommitNewWithoutLinks: on a file system that refuses hard links
// CommitNew still puts a new file in place, still never replaces one, and
// leaves no temporary file.
func TestCommitNewWithoutLinks(t *testing.T) {
	link = func(string, string) error { return &os.LinkError{Op: "link", Err: syscall.EPERM} }
	defer func() { link = os.Link }()
	dir := t.TempDir()
	path := filepath.Join(dir, "article.md")
	for _, text := range []string{"first", "second"} {
		p, err := Prepare(path, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, text); return err })
		if err != nil {
			t.Fatal(err)
		}
		err = p.CommitNew()
		if text == "first" && err != nil {
			t.Fatalf("CommitNew without links: %v", err)
		}
		if text == "second" && !errors.Is(err, fs.ErrExist) {
			t.Errorf("CommitNew without links over an existing file = %v, want an error matching fs.ErrExist", err)
		}
	}
	assertFile(t, path, "first")
	assertOnly(t, dir, "article.md")
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "new" {
		t.Fatalf("read %q, %v; want %q", got, err, "new")
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", info.Mode().Perm())
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("%d files in the folder, want 1 (no temporary file left)", len(es))
	}
}

// TestWriteFailsKeepsOld checks that a write that cannot finish leaves
// the old file as it was: here the target is a folder, which a file
// cannot replace.
func TestWriteFailsKeepsOld(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "keep"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(target, []byte("new"), 0o644); err == nil {
		t.Fatal("wrote a file over a folder")
	}
	if _, err := os.Stat(filepath.Join(target, "keep")); err != nil {
		t.Errorf("the folder's file is gone: %v", err)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("%d entries in the folder, want 1 (no temporary file left)", len(es))
	}
}

// TestTempNameIsTemp: a name TempName gives is one IsTemp and RemoveStale
// take for its final name, and only for it.
func TestTempNameIsTemp(t *testing.T) {
	name := filepath.Base(TempName(filepath.Join("out", "brief-latest.set")))
	if !IsTemp(name, "brief-latest.set") || IsTemp(name, "brief-latest") {
		t.Errorf("TempName gave %q, which IsTemp does not match to brief-latest.set alone", name)
	}
	if a, b := TempName("x"), TempName("x"); a == b {
		t.Errorf("two calls gave the same name %q", a)
	}
}

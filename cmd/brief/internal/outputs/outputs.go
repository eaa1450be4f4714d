// Package outputs writes a brief's renderings (the PDF, the workbook, the
// JSON …) into an output folder as one set, under the period's name and
// under the stable latest name.
//
// The files of a run are written whole into a generation folder of their
// own (.generations/ID/), which is then made current by one atomic rename
// of a symbolic link per name: .brief-latest.set points to the
// generation, and brief-latest.pdf, brief-latest.xlsx and
// brief-latest.json are fixed links through it (.brief-latest.set/
// brief-latest.pdf). A reader, or a run killed at any moment, therefore
// finds every file under one name from one run: the whole previous set or
// the whole new one, never a new PDF beside an old workbook. A folder
// whose file system has no symbolic links gets each file renamed into
// place instead, which keeps each file whole but not the set.
//
// Plan.RemoveStale, called under the folder's lock before a run writes,
// removes what a killed run left (temporary files, unfinished
// generations) and generations no name points to any more.
package outputs

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"brief/internal/atomicfile"
	"brief/report"
)

// Format is one rendering of the model: its file extension (".pdf") and
// its renderer.
type Format struct {
	Ext    string
	Render func(io.Writer, *report.Brief) error
}

// Plan says where a run's outputs go.
type Plan struct {
	Dir     string   // the output folder
	Name    string   // file name without extension, {period} already replaced
	Pattern string   // the name before {period} was replaced
	Latest  string   // stable name without extension, or ""
	Only    []string // the formats to write, by extension without the dot; empty for all
	Formats []Format // every format, in the order their paths are returned
	// AllowEmpty lets an empty brief (report.Brief.Empty) replace one
	// with something to report under the latest name.
	AllowEmpty bool
	// Inputs, when set, is a fingerprint of everything the outputs were
	// made from; a generation that renders every format keeps it, with
	// the outputs' hashes, for Unchanged.
	Inputs string
}

// NewPlan resolves the output folder and names for a period label.
func NewPlan(formats []Format, dir, pattern, latest, periodLabel string) Plan {
	slug := PeriodSlug(periodLabel)
	return Plan{Dir: dir, Name: strings.ReplaceAll(pattern, "{period}", slug), Pattern: pattern, Latest: latest, Formats: formats}
}

// MaxSlug is the longest period slug, in bytes: file systems refuse
// names over 255 bytes, and the slug shares the name with the pattern,
// the extension and the temporary suffix.
const MaxSlug = 64

// PeriodSlug makes a period label safe as part of a file name. A label
// longer than MaxSlug (a render model may carry any label) is cut, and a
// short hash of the whole label keeps different labels apart; the same
// label always gives the same slug.
func PeriodSlug(label string) string {
	if label == "" || label == "whole corpus" {
		return "all"
	}
	slug := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, label)
	if len(slug) <= MaxSlug {
		return slug
	}
	sum := sha256.Sum256([]byte(label))
	hash := hex.EncodeToString(sum[:4])
	return slug[:MaxSlug-len(hash)-1] + "-" + hash // slug is ASCII: any cut is safe
}

// Write renders b into every format the plan wants and returns the paths
// of the files under the period's name. It renders every output straight
// into a new generation folder (on a file system without symbolic links,
// into memory first), and only then makes that generation current for
// the period's name and then for the latest name, each by one atomic
// rename (see the package comment). Until then,
// ending ctx leaves every name as it was and removes what was written; a
// killed process leaves an unfinished generation, which RemoveStale
// removes.
//
// A format the plan does not want this time (Only) keeps, under each
// name, the file that name had.
func (p Plan) Write(ctx context.Context, b *report.Brief) ([]string, error) {
	if err := MakeDir(p.Dir); err != nil {
		return nil, err
	}
	if p.LatestKept(b) != "" {
		p.Latest = ""
	}
	if !p.symlinksWork() {
		rendered, err := p.renderAll(ctx, b)
		if err != nil {
			return nil, err
		}
		return p.writeFiles(ctx, rendered)
	}
	return p.writeSet(ctx, b)
}

// SwitchPause, when a test sets it, is slept after each rename that puts
// outputs in place, so that a kill the test sends can land between two of
// them. The command leaves it zero.
var SwitchPause time.Duration

// generations is the folder, inside the output folder, that holds each
// run's set of files.
const generations = ".generations"

// pointerName is the name of the link that points to the generation
// current for an output name: ".brief-latest.set".
func pointerName(name string) string { return "." + name + ".set" }

// writeSet renders the outputs into a new generation and switches each
// name to it.
func (p Plan) writeSet(ctx context.Context, b *report.Brief) ([]string, error) {
	names := p.names()
	gen, rendered, err := p.prepareGeneration(ctx, b, names)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		os.RemoveAll(filepath.Join(p.Dir, generations, gen))
		return nil, err
	}
	for i, name := range names {
		if err := p.switchSet(name, gen); err != nil {
			if i == 0 {
				return nil, err // nothing switched: the previous outputs stand
			}
			return nil, &MixedError{err: err, Committed: p.setPaths(names[:i], rendered), Kept: p.setPaths(names[i:], rendered)}
		}
	}
	return p.setPaths(names[:1], rendered), nil
}

// setPaths lists the files under the names of the formats rendered.
func (p Plan) setPaths(names []string, rendered []bool) []string {
	var paths []string
	for _, name := range names {
		for i, o := range p.Formats {
			if rendered[i] {
				paths = append(paths, filepath.Join(p.Dir, name+o.Ext))
			}
		}
	}
	return paths
}

// prepareGeneration writes a generation folder holding, for each name,
// every output the plan wants, rendered straight into the first name's
// file (the second name's a hard link to it where the file system
// allows), and for formats not rendered the file the name has now; each
// file and the folder synced. It returns the generation's id and which
// formats it rendered. It stops, removing what it wrote, when ctx ends.
func (p Plan) prepareGeneration(ctx context.Context, b *report.Brief, names []string) (id string, rendered []bool, err error) {
	root := filepath.Join(p.Dir, generations)
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", nil, fmt.Errorf("create %s: %w", root, err)
	}
	id = newID()
	tmp := filepath.Join(root, id+".tmp")
	if err := os.Mkdir(tmp, 0o755); err != nil {
		return "", nil, fmt.Errorf("create %s: %w", tmp, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if rendered, err = p.renderInto(ctx, b, tmp, names[0]); err != nil {
		return "", nil, err
	}
	if p.Inputs != "" && !slices.Contains(rendered, false) {
		if err := p.writeFingerprint(tmp, names[0]); err != nil {
			return "", nil, err
		}
	}
	for i, o := range p.Formats {
		first := filepath.Join(tmp, names[0]+o.Ext)
		for j, name := range names {
			if err := ctx.Err(); err != nil {
				return "", nil, err
			}
			dst := filepath.Join(tmp, name+o.Ext)
			switch {
			case !rendered[i]:
				err = keepCurrent(filepath.Join(p.Dir, name+o.Ext), dst)
			case j == 0 || os.Link(first, dst) == nil:
			default:
				err = copySynced(first, dst)
			}
			if err != nil {
				return "", nil, err
			}
		}
	}
	if err := atomicfile.SyncDir(tmp); err != nil {
		return "", nil, err
	}
	if err := os.Rename(tmp, filepath.Join(root, id)); err != nil {
		return "", nil, fmt.Errorf("write %s: %w", filepath.Join(root, id), err)
	}
	return id, rendered, atomicfile.SyncDir(root)
}

// fingerprintName is the file in a generation folder that holds the
// plan's Inputs and the SHA-256 of each output (see Unchanged).
const fingerprintName = ".fingerprint"

// fingerprintHeader starts a fingerprint file.
const fingerprintHeader = "brief outputs 1\n"

// writeFingerprint writes the fingerprint file into the generation folder
// dir: the plan's Inputs, then each output of name with its SHA-256, one
// a line.
func (p Plan) writeFingerprint(dir, name string) error {
	var b strings.Builder
	b.WriteString(fingerprintHeader)
	b.WriteString("inputs " + p.Inputs + "\n")
	for _, o := range p.Formats {
		sum, err := fileHash(filepath.Join(dir, name+o.Ext))
		if err != nil {
			return fmt.Errorf("write %s: %w", filepath.Join(dir, fingerprintName), err)
		}
		b.WriteString(sum + " " + name + o.Ext + "\n")
	}
	return writeSynced(filepath.Join(dir, fingerprintName), []byte(b.String()))
}

// fileHash returns the SHA-256 of a file's content, in hex.
func fileHash(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Unchanged reports whether the outputs under the plan's names are, whole
// and unaltered, those a run with the same Inputs wrote: every name's
// pointer leads to one generation whose fingerprint file holds these
// Inputs, every output is there with the content it had when written (its
// SHA-256), and every name's fixed links are in place. It then returns the
// paths Write would have returned. Anything missing, different or
// unreadable is false: when in doubt, render. The folder's lock must be
// held.
func (p Plan) Unchanged(inputs string) (paths []string, ok bool) {
	if inputs == "" || len(p.Only) > 0 {
		return nil, false
	}
	names := p.names()
	gen := ""
	for _, name := range names {
		t, err := os.Readlink(filepath.Join(p.Dir, pointerName(name)))
		g, found := strings.CutPrefix(t, generations+string(filepath.Separator))
		if err != nil || !found || g == "" || strings.ContainsRune(g, filepath.Separator) || (gen != "" && g != gen) {
			return nil, false
		}
		gen = g
	}
	dir := filepath.Join(p.Dir, generations, gen)
	data, err := os.ReadFile(filepath.Join(dir, fingerprintName))
	if err != nil {
		return nil, false
	}
	want := fingerprintHeader + "inputs " + inputs + "\n"
	sums := map[string]string{}
	rest, found := strings.CutPrefix(string(data), want)
	if !found {
		return nil, false
	}
	for _, line := range strings.Split(strings.TrimSuffix(rest, "\n"), "\n") {
		sum, file, found := strings.Cut(line, " ")
		if !found {
			return nil, false
		}
		sums[file] = sum
	}
	for _, o := range p.Formats {
		sum, found := sums[names[0]+o.Ext]
		if !found {
			return nil, false
		}
		var checked os.FileInfo
		for _, name := range names {
			link := filepath.Join(p.Dir, name+o.Ext)
			if t, err := os.Readlink(link); err != nil || t != filepath.Join(pointerName(name), name+o.Ext) {
				return nil, false
			}
			file := filepath.Join(dir, name+o.Ext)
			info, err := os.Lstat(file)
			if err != nil || !info.Mode().IsRegular() {
				return nil, false
			}
			if checked != nil && os.SameFile(checked, info) {
				continue // a hard link to the file checked
			}
			if got, err := fileHash(file); err != nil || got != sum {
				return nil, false
			}
			checked = info
		}
	}
	return p.setPaths(names[:1], slices.Repeat([]bool{true}, len(p.Formats))), true
}

// renderInto renders every format the plan wants, at once, each straight
// into its file name+Ext in dir (so that no rendering is held in memory
// whole: the JSON of a corpus of 10,000 articles is 70 MB), synced. It
// reports which formats it rendered; the error reported is the first
// format's, in Formats' order. Every file is made before any rendering
// starts, so that when ctx ends, which it returns at once for, removing
// dir removes them all while the renderers finish unseen.
func (p Plan) renderInto(ctx context.Context, b *report.Brief, dir, name string) ([]bool, error) {
	rendered := make([]bool, len(p.Formats))
	files := make([]*os.File, len(p.Formats))
	for i, o := range p.Formats {
		if !p.wants(o.Ext) {
			continue
		}
		path := filepath.Join(dir, name+o.Ext)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			for _, f := range files {
				if f != nil {
					f.Close()
				}
			}
			return nil, fmt.Errorf("write %s: %w", path, err)
		}
		files[i], rendered[i] = f, true
	}
	errs := make([]error, len(p.Formats))
	done := make(chan struct{})
	go func() {
		defer close(done)
		var wg sync.WaitGroup
		for i, o := range p.Formats {
			if files[i] != nil {
				wg.Go(func() { errs[i] = renderFile(files[i], o, b) })
			}
		}
		wg.Wait()
	}()
	select {
	case <-done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return rendered, nil
}

// renderFile renders b in format o into f, then syncs and closes f.
func renderFile(f *os.File, o Format, b *report.Brief) error {
	w := bufio.NewWriterSize(f, 256<<10)
	if err := o.Render(w, b); err != nil {
		f.Close()
		return fmt.Errorf("render %s: %w", strings.TrimPrefix(o.Ext, "."), err)
	}
	err := w.Flush()
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", f.Name(), err)
	}
	return nil
}

// copySynced copies the file src to a new file dst and syncs it, where
// the file system has no hard links.
func copySynced(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("write %s: %w", dst, err)
	}
	return writeSynced(dst, data)
}

// keepCurrent links into a new generation the file an output name has
// now (through its links), when it has one.
func keepCurrent(current, dst string) error {
	real, err := filepath.EvalSymlinks(current)
	if err != nil {
		return nil // no such output yet
	}
	if os.Link(real, dst) == nil {
		return nil
	}
	data, err := os.ReadFile(real)
	if err != nil {
		return nil
	}
	return writeSynced(dst, data)
}

// switchSet makes generation gen current for an output name: one atomic
// rename of the name's pointer, then, where missing (a first run, or
// files an earlier version wrote), the fixed links of the name's files
// through the pointer.
func (p Plan) switchSet(name, gen string) error {
	if err := replaceSymlink(filepath.Join(p.Dir, pointerName(name)), filepath.Join(generations, gen)); err != nil {
		return err
	}
	time.Sleep(SwitchPause)
	for _, o := range p.Formats {
		if _, err := os.Lstat(filepath.Join(p.Dir, generations, gen, name+o.Ext)); err != nil {
			continue // no such output in this set
		}
		link := filepath.Join(p.Dir, name+o.Ext)
		target := filepath.Join(pointerName(name), name+o.Ext)
		if t, err := os.Readlink(link); err == nil && t == target {
			continue
		}
		if err := replaceSymlink(link, target); err != nil {
			return err
		}
		time.Sleep(SwitchPause)
	}
	return atomicfile.SyncDir(p.Dir)
}

// replaceSymlink points path to target in one atomic rename.
func replaceSymlink(path, target string) error {
	tmp := atomicfile.TempName(path)
	if err := os.Symlink(target, tmp); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// newID names a generation: sortable by when it was written, and unique
// in a folder one run at a time writes.
func newID() string {
	return fmt.Sprintf("%016x-%d", time.Now().UnixNano(), os.Getpid())
}

// writeSynced writes a new file and syncs it.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// symlinksWork reports whether the output folder's file system takes
// symbolic links. The probe is named as a temporary pointer of the plan,
// so that RemoveStale removes one a killed run left.
func (p Plan) symlinksWork() bool {
	probe := atomicfile.TempName(filepath.Join(p.Dir, pointerName(p.Name)))
	if err := os.Symlink(".", probe); err != nil {
		return false
	}
	os.Remove(probe)
	return true
}

// writeFiles is Write for a file system without symbolic links: each
// output is written to a synced temporary file beside its final name and
// all are then renamed into place. Each file is whole at any moment; a
// run killed among the renames leaves a mixed set.
func (p Plan) writeFiles(ctx context.Context, rendered [][]byte) ([]string, error) {
	var pending []*atomicfile.Pending
	abort := func() {
		for _, q := range pending {
			q.Abort()
		}
	}
	var paths []string
	for i, o := range p.Formats {
		if rendered[i] == nil {
			continue
		}
		for j, name := range p.names() {
			if err := ctx.Err(); err != nil {
				abort()
				return nil, err
			}
			data := rendered[i]
			q, err := atomicfile.Prepare(filepath.Join(p.Dir, name+o.Ext), 0o644, func(w io.Writer) error {
				_, err := w.Write(data)
				return err
			})
			if err != nil {
				abort()
				return nil, err
			}
			pending = append(pending, q)
			if j == 0 {
				paths = append(paths, q.Path())
			}
		}
	}
	if err := ctx.Err(); err != nil {
		abort()
		return nil, err
	}
	for i, q := range pending {
		time.Sleep(SwitchPause)
		if err := q.Commit(); err != nil {
			for _, r := range pending[i+1:] {
				r.Abort()
			}
			if i == 0 {
				return nil, err // nothing replaced: the previous outputs stand
			}
			return nil, &MixedError{err: err, Committed: pathsOf(pending[:i]), Kept: pathsOf(pending[i:])}
		}
	}
	return paths, nil
}

// LatestKept says why writing b leaves the latest name as it is, or ""
// when b replaces what it holds. The latest name keeps its brief when
// that brief is of a period that ends after b's (an earlier week built
// again), and when b is empty but that brief is not, unless AllowEmpty:
// an empty run never replaces the latest brief with less. Without a JSON
// under the latest name, b replaces it.
func (p Plan) LatestKept(b *report.Brief) string {
	if p.Latest == "" {
		return ""
	}
	// A brief with figures or events is not empty (Brief.Empty), and then
	// only the latest brief's meta is wanted, not its sources.
	mayBeEmpty := len(b.Figures) == 0 && len(b.Events) == 0 && !p.AllowEmpty
	latest, err := readLatest(filepath.Join(p.Dir, p.Latest+".json"), mayBeEmpty)
	if err != nil {
		return ""
	}
	end := latest.Meta.Period.End
	if end != "" && b.Meta.Period.End != "" && report.CompareDates(end, b.Meta.Period.End) > 0 {
		return fmt.Sprintf("%s holds the brief of a later period (%s)", p.Latest, latest.Meta.Period.Label)
	}
	if mayBeEmpty && b.Empty() && !latest.Empty() {
		return fmt.Sprintf("this brief has nothing to report and %s holds one that has (%s); --allow-empty replaces it", p.Latest, latest.Meta.Period.Label)
	}
	return ""
}

// readLatest reads of the brief in a JSON file what LatestKept needs:
// its meta and, with emptiness, its sources and whether it has figures or
// events. It reads the file as a stream and stops once the brief has a
// fact and its meta is read, or, without emptiness, once its meta is: the
// facts are neither built nor, mostly, read (the JSON of a whole corpus
// of 10,000 articles is 70 MB, and every run asks).
func readLatest(path string, emptiness bool) (*report.Brief, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("%s: not a JSON object", path)
	}
	b := new(report.Brief)
	var haveMeta, haveFact bool
	for dec.More() && !(haveMeta && (haveFact || !emptiness)) {
		key, err := dec.Token()
		if err != nil {
			return nil, err
		}
		switch key {
		case "meta":
			err, haveMeta = dec.Decode(&b.Meta), true
		case "sources":
			err = dec.Decode(&b.Sources)
		case "figures", "events":
			var some bool
			some, err = nonEmptyArray(dec, !haveMeta)
			haveFact = haveFact || some
		default:
			err = dec.Decode(new(json.RawMessage))
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	if haveFact {
		// Brief.Empty counts figures and events: one stands for all.
		b.Figures = make([]report.Figure, 1)
	}
	return b, nil
}

// nonEmptyArray reads a JSON array from dec and reports whether it has an
// element. Unless whole is set, it stops before a first element: the
// rest is left unread, for readLatest then needs nothing more of the
// file.
func nonEmptyArray(dec *json.Decoder, whole bool) (bool, error) {
	tok, err := dec.Token()
	if err != nil {
		return false, err
	}
	if tok == nil {
		return false, nil // null
	}
	if tok != json.Delim('[') {
		return false, errors.New("facts are not a list")
	}
	some := dec.More()
	if some && !whole {
		return true, nil
	}
	for dec.More() {
		if err := dec.Decode(new(json.RawMessage)); err != nil {
			return false, err
		}
	}
	_, err = dec.Token() // ]
	return some, err
}

// MixedError is a commit that failed after some outputs were replaced:
// the output folder holds a mixed set, and the message says which files
// are new (Committed) and which still hold the previous run's outputs, or
// none (Kept).
type MixedError struct {
	err             error
	Committed, Kept []string
}

func (e *MixedError) Error() string {
	return fmt.Sprintf("%v; the output folder now holds a mixed set: replaced %s; not replaced (still the previous run's, if any) %s; run again to write them all",
		e.err, strings.Join(e.Committed, ", "), strings.Join(e.Kept, ", "))
}

func (e *MixedError) Unwrap() error { return e.err }

func pathsOf(pending []*atomicfile.Pending) []string {
	paths := make([]string, len(pending))
	for i, p := range pending {
		paths[i] = p.Path()
	}
	return paths
}

// MakeDir creates the output folder, saying what to do when it cannot.
func MakeDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create the output folder: %w; fix the path or its permissions, or pass --out DIR", err)
	}
	return nil
}

// NotWritable adds what to do to an error that comes from the output
// folder's permissions (or a read-only file system).
func NotWritable(err error) error {
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return fmt.Errorf("%w; the output folder is not writable: fix its permissions or pass --out DIR", err)
	}
	return err
}

// RemoveStale removes what an earlier, killed run left in the output
// folder for the files the plan writes, for any period under its name
// pattern: temporary files and links, unfinished generations, and the
// generations no name's pointer leads to any more (the one before the
// current, which a reader may still have been opening when the last run
// switched, stays until this run). Other programs' files in a shared
// folder are left alone. Call it only while holding the folder's lock,
// before writing.
func (p Plan) RemoveStale() (removed []string, err error) {
	removed, err = atomicfile.RemoveStale(p.Dir, p.staleGlobs(), 0)
	if err != nil {
		return removed, err
	}
	entries, err := os.ReadDir(p.Dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return removed, nil
		}
		return removed, fmt.Errorf("clean %s: %w", p.Dir, err)
	}
	finals := append(p.staleGlobs(), p.pointerGlobs()...)
	inUse := map[string]bool{}
	for _, e := range entries {
		if e.Type()&fs.ModeSymlink == 0 {
			continue
		}
		path := filepath.Join(p.Dir, e.Name())
		if slices.ContainsFunc(finals, func(f string) bool { return atomicfile.IsTemp(e.Name(), f) }) {
			if err := os.Remove(path); err == nil {
				removed = append(removed, path)
			}
			continue
		}
		if strings.HasPrefix(e.Name(), ".") && strings.HasSuffix(e.Name(), ".set") {
			if t, err := os.Readlink(path); err == nil {
				if gen, ok := strings.CutPrefix(t, generations+string(filepath.Separator)); ok {
					inUse[gen] = true
				}
			}
		}
	}
	gens, err := os.ReadDir(filepath.Join(p.Dir, generations))
	if err != nil {
		return removed, nil // no generations yet
	}
	for _, g := range gens {
		if inUse[g.Name()] {
			continue
		}
		path := filepath.Join(p.Dir, generations, g.Name())
		if err := os.RemoveAll(path); err != nil {
			return removed, fmt.Errorf("remove an old generation of outputs: %w", err)
		}
		removed = append(removed, path)
	}
	return removed, nil
}

// pointerGlobs matches the pointers of the plan's names, for every period.
func (p Plan) pointerGlobs() []string {
	var globs []string
	for _, name := range p.names() {
		globs = append(globs, pointerName(name))
	}
	if p.Pattern != "" {
		globs = append(globs, pointerName(strings.ReplaceAll(globEscape(p.Pattern), "{period}", "*")))
	}
	return globs
}

// files returns the base names of every file the plan may write, whatever
// Only says: the names whose leftover temporary files are its own.
func (p Plan) files() []string {
	var files []string
	for _, o := range p.Formats {
		for _, name := range p.names() {
			files = append(files, name+o.Ext)
		}
	}
	return files
}

// staleGlobs matches the outputs of every period under the plan's name
// pattern, and the latest names, so that a killed run's temporary files
// are removed whichever period it was writing.
func (p Plan) staleGlobs() []string {
	globs := p.files()
	if p.Pattern != "" {
		every := globEscape(p.Pattern)
		every = strings.ReplaceAll(every, "{period}", "*")
		for _, o := range p.Formats {
			globs = append(globs, every+o.Ext)
		}
	}
	return globs
}

// globEscape quotes path.Match's special characters in a name.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

// names returns the file names, without extension, each output is written
// under: the period's, then the latest one.
func (p Plan) names() []string {
	if p.Latest != "" && p.Latest != p.Name {
		return []string{p.Name, p.Latest}
	}
	return []string{p.Name}
}

// renderAll renders every format the plan wants into memory, in Formats'
// order; nil for one not wanted. The formats render at the same time (a
// renderer only reads the model); the error reported is the first
// format's, in Formats' order. It returns as soon as ctx ends: nothing
// has been written yet.
func (p Plan) renderAll(ctx context.Context, b *report.Brief) ([][]byte, error) {
	type result struct {
		data [][]byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		rendered := make([][]byte, len(p.Formats))
		errs := make([]error, len(p.Formats))
		var wg sync.WaitGroup
		for i, o := range p.Formats {
			if !p.wants(o.Ext) {
				continue
			}
			wg.Go(func() {
				var buf bytes.Buffer
				if err := o.Render(&buf, b); err != nil {
					errs[i] = fmt.Errorf("render %s: %w", strings.TrimPrefix(o.Ext, "."), err)
					return
				}
				rendered[i] = buf.Bytes()
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				done <- result{err: err}
				return
			}
		}
		done <- result{data: rendered}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// wants reports whether the plan writes the format with the extension.
func (p Plan) wants(ext string) bool {
	if len(p.Only) == 0 {
		return true
	}
	for _, o := range p.Only {
		if "."+o == ext {
			return true
		}
	}
	return false
}

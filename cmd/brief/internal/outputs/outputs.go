// Package outputs writes a brief's renderings (the PDF, the workbook, the
// JSON …) into an output folder as one set: under the period's name and
// under the stable latest name, each file whole, the previous outputs left
// as they were when a run fails or is stopped before it commits.
//
// A Plan says where the files go and which formats to write; Plan.Write
// renders every format in memory, writes each to a synced temporary file
// and only then renames them all into place. Plan.RemoveStale removes the
// temporary files a killed run left behind.
package outputs

import (
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
	"strings"
	"sync"
	"syscall"

	"brief/cmd/brief/internal/atomicfile"
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
// written under the period's name. It renders every output in memory,
// then writes each, under the period's name and the latest name, to a
// synced temporary file, and only then renames them all into place. Until
// the renames, ending ctx leaves every final name as it was and removes
// the temporary files; a killed process leaves only temporary files,
// which RemoveStale removes.
func (p Plan) Write(ctx context.Context, b *report.Brief) ([]string, error) {
	if err := MakeDir(p.Dir); err != nil {
		return nil, err
	}
	rendered, err := p.renderAll(ctx, b)
	if err != nil {
		return nil, err
	}
	if p.latestIsNewer(b) {
		p.Latest = "" // re-running an earlier period leaves the newest brief under latest
	}
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

// latestIsNewer reports whether the outputs under the latest name are of a
// period that ends after b's, as when an earlier week is built again: then
// the latest name keeps the newest brief. It reads the latest JSON's
// meta.period.end; without one (no JSON yet, or a whole-corpus brief) the
// latest name is replaced.
func (p Plan) latestIsNewer(b *report.Brief) bool {
	if p.Latest == "" || b.Meta.Period.End == "" {
		return false
	}
	data, err := os.ReadFile(filepath.Join(p.Dir, p.Latest+".json"))
	if err != nil {
		return false
	}
	var latest struct {
		Meta struct {
			Period struct {
				End string `json:"end"`
			} `json:"period"`
		} `json:"meta"`
	}
	if json.Unmarshal(data, &latest) != nil || latest.Meta.Period.End == "" {
		return false
	}
	return report.CompareDates(latest.Meta.Period.End, b.Meta.Period.End) > 0
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

// RemoveStale removes the temporary files an earlier, killed run left in
// the output folder for the files the plan writes, for any period under
// its name pattern; other programs' files in a shared folder are left
// alone. Call it only while holding the folder's lock.
func (p Plan) RemoveStale() (removed []string, err error) {
	return atomicfile.RemoveStale(p.Dir, p.staleGlobs(), 0)
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

package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// The sources folder is a boundary: a symbolic link in it that resolves to
// a file outside it (a link to /etc/passwd, to a home folder, to another
// project's files) is not read unless the configuration allows it, so that
// whoever can drop a file into the folder cannot pull any other file the
// run can read into a brief.

// List returns the files in dir that Parse reads or reports, as Files
// does, and a skipped Problem for each symbolic link that resolves outside
// dir, unless opts.Limits.OutsideLinks allows it. A link that resolves
// inside dir is listed under its own name.
func List(dir string, opts Options) ([]string, []Problem, error) {
	names, err := entries(dir)
	if err != nil {
		return nil, nil, err
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("sources folder %s: %w", dir, unwrapPath(err))
	}
	if root, err = filepath.Abs(root); err != nil {
		return nil, nil, fmt.Errorf("sources folder %s: %w", dir, err)
	}
	var (
		files []string
		probs []Problem
	)
	for _, e := range names {
		path := filepath.Join(dir, e.Name())
		if e.Type()&os.ModeSymlink == 0 || opts.Limits.OutsideLinks {
			files = append(files, path)
			continue
		}
		target, err := filepath.EvalSymlinks(path)
		if err != nil || within(root, target) {
			// A broken link is listed, so that reading it reports it.
			files = append(files, path)
			continue
		}
		probs = append(probs, outsideLink(DisplayPath(path, opts.RelativeTo), target))
	}
	return files, probs, nil
}

// within reports whether path lies inside the folder root (both resolved).
func within(root, path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return false
	}
	return rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func outsideLink(file, target string) Problem {
	return Problem{File: file, Skipped: true, Msg: fmt.Sprintf(
		"a symbolic link to %s, outside the sources folder, is not read; copy the article into the folder, or set outside_links = true under [limits] in the configuration",
		target)}
}

// insideLink reports whether a symbolic link at path resolves inside the
// sources folder dir, or is broken (reading it will report that).
func insideLink(dir, path string) bool {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return false
	}
	if root, err = filepath.Abs(root); err != nil {
		return false
	}
	target, err := filepath.EvalSymlinks(path)
	return err != nil || within(root, target)
}

// openInside opens the article at path, a file of the sources folder
// dir, through root (dir opened as an os.Root), so that whatever changes
// in the folder after List checked it (a link swapped for one that leads
// out), the file opened lies inside it. A link is opened as the file it
// resolves to, since a Root does not follow an absolute link.
func openInside(root *os.Root, dir, path string) (*os.File, error) {
	name := filepath.Base(path)
	if info, err := os.Lstat(path); err == nil && info.Mode()&os.ModeSymlink != 0 {
		resolvedDir, err1 := filepath.EvalSymlinks(dir)
		target, err2 := filepath.EvalSymlinks(path)
		if err1 == nil && err2 == nil {
			absDir, err1 := filepath.Abs(resolvedDir)
			absTarget, err2 := filepath.Abs(target)
			if rel, err := filepath.Rel(absDir, absTarget); err1 == nil && err2 == nil && err == nil {
				name = rel
			}
		}
	}
	return root.Open(name)
}

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"brief/cmd/brief/internal/atomicfile"
	"brief/layouts/pdf"
	"brief/layouts/xlsx"
	"brief/report"
)

// output is one rendering of the model: its file extension and writer.
type output struct {
	ext   string
	write func(io.Writer, *report.Brief) error
}

// outputs lists every rendering, in the order their paths are printed.
var outputs = []output{
	{".pdf", pdf.Write},
	{".xlsx", xlsx.Write},
	{".json", writeJSON},
}

// outputPlan says where a run's outputs go.
type outputPlan struct {
	dir    string // the output folder
	name   string // file name without extension, {period} already replaced
	latest string // stable name without extension, or ""
	only   []string
}

// planOutputs resolves the output folder and names for a period label.
func planOutputs(dir, pattern, latest, periodLabel string) outputPlan {
	slug := periodSlug(periodLabel)
	return outputPlan{dir: dir, name: strings.ReplaceAll(pattern, "{period}", slug), latest: latest}
}

// periodSlug makes a period label safe as part of a file name.
func periodSlug(label string) string {
	if label == "" || label == "whole corpus" {
		return "all"
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, label)
}

// writeOutputs renders b into every output and returns the paths written.
// Each file is rendered in memory first and then written atomically, so a
// failed or killed run leaves the previous outputs whole.
func writeOutputs(plan outputPlan, b *report.Brief) ([]string, error) {
	if err := os.MkdirAll(plan.dir, 0o755); err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	rendered := make([][]byte, len(outputs))
	for i, o := range outputs {
		if !plan.wants(o.ext) {
			continue
		}
		var buf bytes.Buffer
		if err := o.write(&buf, b); err != nil {
			return nil, fmt.Errorf("render %s: %w", strings.TrimPrefix(o.ext, "."), err)
		}
		rendered[i] = buf.Bytes()
	}
	var paths []string
	for i, o := range outputs {
		if rendered[i] == nil {
			continue
		}
		names := []string{plan.name}
		if plan.latest != "" && plan.latest != plan.name {
			names = append(names, plan.latest)
		}
		for j, name := range names {
			path := filepath.Join(plan.dir, name+o.ext)
			data := rendered[i]
			if err := atomicfile.Write(path, 0o644, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
				return paths, err
			}
			if j == 0 {
				paths = append(paths, path)
			}
		}
	}
	return paths, nil
}

func (p outputPlan) wants(ext string) bool {
	if len(p.only) == 0 {
		return true
	}
	for _, o := range p.only {
		if "."+o == ext {
			return true
		}
	}
	return false
}

// writeJSON writes the model's JSON form.
func writeJSON(w io.Writer, b *report.Brief) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

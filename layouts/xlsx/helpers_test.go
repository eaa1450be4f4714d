package xlsx

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"brief/report"
	"brief/report/assemble"

	"github.com/xuri/excelize/v2"
)

// generated is the generation time of the test briefs.
const generated = "2024-05-06T07:08:09Z"

// loadModel reads a model that genmodel.py wrote (it lacks meta, sections
// and what is derived), gives it a meta and derives the rest.
func loadModel(t testing.TB, path string) *report.Brief {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b report.Brief
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b.Meta = report.Meta{
		Title:        "Pakistan, the Afghan Taliban and the TTP",
		Organisation: "Brief test desk",
		Marking:      "UNCLASSIFIED // FOR RESEARCH USE",
		Period:       report.Period{Label: "all"},
		Generated:    generated,
		Config:       "config.toml",
	}
	assemble.Derive(&b)
	return &b
}

// write renders b and returns the workbook's bytes.
func write(t testing.TB, b *report.Brief) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, b); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// open reads a workbook back with excelize.
func open(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("excelize cannot read the workbook back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// value returns a cell's value as displayed (number formats applied).
func value(t testing.TB, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return v
}

// raw returns a cell's stored value.
func raw(t testing.TB, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return v
}

// cellType returns a cell's type; a number cell has none written.
func cellType(t testing.TB, f *excelize.File, sheet, cell string) excelize.CellType {
	t.Helper()
	ct, err := f.GetCellType(sheet, cell)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return ct
}

// headerIndex maps a sheet's header names in row to their column names.
func headerIndex(t testing.TB, f *excelize.File, sheet string, row int) map[string]string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < row {
		t.Fatalf("%s has %d rows, want a header in row %d", sheet, len(rows), row)
	}
	out := map[string]string{}
	for i, h := range rows[row-1] {
		col, _ := excelize.ColumnNumberToName(i + 1)
		out[h] = col
	}
	return out
}

package report

import (
	"encoding/json"
	"io"
)

// WriteJSON writes b's JSON form, indented, with a final newline, naming
// the version of the form this build writes (SchemaVersion); b itself is
// not changed. Validate reads it back.
func WriteJSON(w io.Writer, b *Brief) error {
	c := *b
	c.SchemaVersion = SchemaVersion
	data, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

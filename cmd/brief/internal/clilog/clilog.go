// Package clilog makes the command's logger: one line per step on stderr,
// either for people ("brief: loaded 5 articles", "brief: warning: …") or
// as one JSON object a line for log collectors.
//
// A record's message is complete on its own; its attributes are extra
// fields for machines. The text form prints the message only, the JSON
// form prints both.
package clilog

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"

	"brief/internal/escape"
)

// Formats lists the values of --log-format.
var Formats = []string{"text", "json"}

// New returns a logger writing to w in format ("text" or "json"). With
// quiet only errors are written.
func New(w io.Writer, format string, quiet bool) (*slog.Logger, error) {
	level := slog.LevelInfo
	if quiet {
		level = slog.LevelError
	}
	switch format {
	case "text", "":
		return slog.New(&textHandler{w: w, level: level, mu: new(sync.Mutex)}), nil
	case "json":
		return slog.New(slog.NewJSONHandler(&lockedWriter{w: w}, &slog.HandlerOptions{Level: level})), nil
	}
	return nil, fmt.Errorf("--log-format %q: want %s", format, strings.Join(Formats, " or "))
}

// textHandler writes "brief: message", "brief: warning: message" and
// "brief: error: message", one a line. A control character in a message
// (a newline or an escape sequence in a file name, say) is written as an
// escape, so that no message can forge a line or act on a terminal.
type textHandler struct {
	w     io.Writer
	level slog.Level
	mu    *sync.Mutex
}

func (h *textHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *textHandler) Handle(_ context.Context, r slog.Record) error {
	var prefix string
	switch {
	case r.Level >= slog.LevelError:
		prefix = "error: "
	case r.Level >= slog.LevelWarn:
		prefix = "warning: "
	case r.Level < slog.LevelInfo:
		prefix = "debug: "
	}
	line := "brief: " + prefix + escape.Visible(r.Message) + "\n"
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := io.WriteString(h.w, line)
	return err
}

func (h *textHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *textHandler) WithGroup(string) slog.Handler      { return h }

// lockedWriter serialises writes, so that lines from several goroutines
// and from a progress display never interleave.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

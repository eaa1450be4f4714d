package config

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

// The files a configuration names besides the articles: the analyst's
// assessment and the fetcher's list of links.

// maxAssessment is the largest assessment file read: a page or two of
// prose, not a document.
const maxAssessment = 64 << 10

// ReadAssessment reads the analyst's assessment the configuration names,
// if any: its text, trimmed. A missing or oversized file is an *Error.
func (c *Config) ReadAssessment() (string, error) {
	if c.Assessment == "" {
		return "", nil
	}
	path := c.Resolve(c.Assessment)
	data, err := os.ReadFile(path)
	if err != nil {
		return "", &Error{File: c.Path, Msg: fmt.Sprintf("assessment: cannot read %s: %v; write the analyst's assessment there or remove the key", path, errors.Unwrap(err))}
	}
	if len(data) > maxAssessment {
		return "", &Error{File: c.Path, Msg: fmt.Sprintf("assessment: %s is over %d KiB; keep it to a page or two", path, maxAssessment>>10)}
	}
	return strings.TrimSpace(string(data)), nil
}

// ReadLinks reads the configuration's links file, if any: one address a
// line, blank lines and lines starting with '#' left out. A file that
// cannot be opened is an *Error.
func (c *Config) ReadLinks() ([]string, error) {
	if c.Fetch.Links == "" {
		return nil, nil
	}
	path := c.Resolve(c.Fetch.Links)
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{File: c.Path, Msg: fmt.Sprintf("[fetch] links file %s: %v", path, err)}
	}
	defer f.Close()
	var links []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		links = append(links, line)
	}
	return links, sc.Err()
}

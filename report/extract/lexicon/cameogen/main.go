// Command cameogen rebuilds the lexicon's cameo.toml (stance cues and
// event verbs) and roles.toml (role nouns) from PETRARCH2's CAMEO verb
// dictionary and Phoenix agents dictionary. See README.md.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	cameoPath := flag.String("cameo", "", "PETRARCH2 verb dictionary (petrarch2/data/dictionaries/CAMEO.2.0.txt)")
	agentsPath := flag.String("agents", "", "PETRARCH2 agents dictionary (petrarch2/data/dictionaries/Phoenix.agents.txt)")
	outDir := flag.String("out", "report/extract/lexicon", "folder to write cameo.toml and roles.toml to")
	verbose := flag.Bool("v", false, "report counts of what was kept and dropped")
	flag.Parse()
	if *cameoPath == "" || *agentsPath == "" {
		fmt.Fprintln(os.Stderr, "cameogen: -cameo and -agents are required (the files of github.com/openeventdata/petrarch2, petrarch2/data/dictionaries)")
		flag.Usage()
		os.Exit(2)
	}
	var log io.Writer = io.Discard
	if *verbose {
		log = os.Stderr
	}
	if err := run(*cameoPath, *agentsPath, *outDir, log); err != nil {
		fmt.Fprintln(os.Stderr, "cameogen:", err)
		os.Exit(1)
	}
}

// run converts the two dictionaries and writes both files to outDir.
func run(cameoPath, agentsPath, outDir string, log io.Writer) error {
	cameo, agents, err := generate(cameoPath, agentsPath, log)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(outDir, "cameo.toml"), cameo); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(outDir, "roles.toml"), agents)
}

// generate returns the contents of cameo.toml and roles.toml; it
// reports counts to log, if not nil.
func generate(cameoPath, agentsPath string, log io.Writer) ([]byte, []byte, error) {
	if log == nil {
		log = io.Discard
	}
	f, err := os.Open(cameoPath)
	if err != nil {
		return nil, nil, err
	}
	d, err := parseVerbs(f, cameoPath)
	f.Close()
	if err != nil {
		return nil, nil, err
	}
	cues, events, dropped := convert(d)
	for _, k := range keys(dropped) {
		fmt.Fprintf(log, "dropped %5d: %s\n", dropped[k], k)
	}
	fmt.Fprintf(log, "kept %d cues, %d event verbs\n", len(cues), len(events))
	var cb bytes.Buffer
	if err := writeCameo(&cb, cues, events); err != nil {
		return nil, nil, err
	}

	f, err = os.Open(agentsPath)
	if err != nil {
		return nil, nil, err
	}
	as, skipped, err := parseAgents(f, agentsPath)
	f.Close()
	if err != nil {
		return nil, nil, err
	}
	for _, s := range skipped {
		fmt.Fprintln(log, s)
	}
	rs := roles(as)
	fmt.Fprintf(log, "kept %d roles of %d agents\n", len(rs), len(as))
	var rb bytes.Buffer
	if err := writeRoles(&rb, rs); err != nil {
		return nil, nil, err
	}
	return cb.Bytes(), rb.Bytes(), nil
}

// writeFileAtomic writes data to a temporary file beside path and
// renames it over path, so path is either the old file or the new one.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

package main

import (
	"context"
	"fmt"
	"os"

	"brief/internal/atomicfile"
	"brief/report/suggest"
)

const suggestUsage = `Usage: brief suggest [options]

Read the configuration and the articles, run the extraction, and list what
the configuration likely lacks, ranked by how many articles show it, each
with one example sentence and its file and line:

  - issue terms: phrases after a cue ("called for", "rejected") in
    sentences where a party and the cue were found but no issue term,
    grouped by lemma ("withdrawal of troops", "troops withdrawn"), each
    given to the configured issue it most likely belongs to and how sure
    that is;
  - actors: names, demonyms ("Qatari") and offices ("head of Hamas")
    standing where a party speaks or acts that match no actor, alias,
    person or demonym: proposed as an existing actor's alias or person
    when its office is named beside them, else as a new actor.

Nothing is changed unless asked. --toml prints, and --write writes, the
whole configuration with the suggestions marked * added in place (each
line commented with its evidence; the others listed as comments at the
end): terms shown by --min-articles articles or more (a term only when
it shares a word with its issue's label or terms and its issue is at
least likely; a single word only when sure, which needs two articles),
aliases shown by as many (or by one in a corpus of a few articles),
people named beside an actor's office in two articles.
New actors are never added by default.

Options:
    --config FILE        the configuration (default config.toml)
    --sources DIR        read articles from DIR instead of the configuration's folder
    --min-articles N     list and accept only what N articles or more show (default 2;
                         1 on a corpus of a few articles lists everything)
    --toml               print the configuration with the accepted suggestions on stdout
    --write FILE         write the configuration with the accepted suggestions to FILE
    --log-format FORMAT  text (default) or json: one JSON object a line on stderr
    --quiet              write only errors to stderr
`

func suggestCommand() command {
	return command{name: "suggest", usage: suggestUsage, run: runSuggest}
}

func runSuggest(ctx context.Context, e *env, args []string) error {
	var opts commonOptions
	var asTOML bool
	var write string
	sopts := suggest.DefaultOptions
	fs := newFlags(e, command{name: "suggest", usage: suggestUsage})
	opts.registerInputs(fs)
	fs.BoolVar(&asTOML, "toml", false, "print the configuration with the accepted suggestions")
	fs.StringVar(&write, "write", "", "write the configuration with the accepted suggestions to `FILE`")
	fs.IntVar(&sopts.MinArticles, "min-articles", sopts.MinArticles, "list and accept only what `N` articles or more show")
	registerLogFlags(fs)
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	cfg, dir, err := opts.loadInputs(fs)
	if err != nil {
		return err
	}
	if sopts.MinArticles < 1 {
		return usageError{"suggest: --min-articles must be 1 or more"}
	}
	sopts.AcceptArticles = sopts.MinArticles
	res, err := suggest.Run(ctx, cfg, dir, sopts)
	if err != nil {
		return err
	}
	if !asTOML && write == "" {
		return suggest.Write(e.stdout, res)
	}
	src, err := os.ReadFile(cfg.Path)
	if err != nil {
		return err
	}
	out, err := suggest.Apply(string(src), res)
	if err != nil {
		return err
	}
	if write != "" {
		if err := atomicfile.WriteFile(write, []byte(out), 0o644); err != nil {
			return err
		}
		e.logger().Info(fmt.Sprintf("wrote %s", write))
	}
	if asTOML {
		_, err = fmt.Fprint(e.stdout, out)
	}
	return err
}

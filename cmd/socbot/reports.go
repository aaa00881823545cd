package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/socbot/socbot/internal/inventory"
)

// envReportsFile names the report inventory when --reports is not given.
const envReportsFile = "SOC_REPORTS_FILE"

// loadReports loads the report inventory named by the --reports flag value or,
// when that is empty, by SOC_REPORTS_FILE. It returns nil, "", nil when neither
// is set: socbot then works without coverage. The error is one line that names
// the file, the entry and the field.
func loadReports(flagValue string) (inv *inventory.Inventory, path string, err error) {
	path = flagValue
	if path == "" {
		var c ReportsConfig
		if _, err := loadEnv(&c); err != nil {
			return nil, "", err
		}
		path = c.File
	}
	if path == "" {
		return nil, "", nil
	}
	inv, err = inventory.Load(path)
	return inv, path, err
}

func runReports(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("reports", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("reports", "", "report inventory YAML file (default $"+envReportsFile+")")
	asOf := fs.String("as-of", "", "judge freshness as of this date, YYYY-MM-DD (default today)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: socbot reports [--reports FILE] [--as-of YYYY-MM-DD]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "socbot reports: unexpected argument %q (give the file with --reports FILE)\n", fs.Arg(0))
		return 2
	}
	now := time.Now()
	if *asOf != "" {
		t, err := time.Parse("2006-01-02", *asOf)
		if err != nil {
			fmt.Fprintf(stderr, "socbot reports: --as-of %q is not a date (want YYYY-MM-DD)\n", *asOf)
			return 2
		}
		now = t
	}
	inv, _, err := loadReports(*file)
	if err != nil {
		fmt.Fprintf(stderr, "socbot reports: %v\n", err)
		return 2
	}
	if inv == nil {
		fmt.Fprintf(stdout, "No report inventory is configured. Set %s=FILE or pass --reports FILE;\n"+
			"deploy/reports.example.yaml shows the format.\n", envReportsFile)
		return 0
	}
	if err := inv.WriteText(stdout, now); err != nil {
		fmt.Fprintf(stderr, "socbot reports: write: %v\n", err)
		return 1
	}
	return 0
}

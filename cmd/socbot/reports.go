package main

import (
	"context"
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
// the file, the entry and the field; rows of control matrices that were left
// out are told on warn, a line each.
func loadReports(flagValue string, warn io.Writer) (inv *inventory.Inventory, path string, err error) {
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
	if inv, err = inventory.Load(path); err != nil {
		return nil, path, err
	}
	for _, w := range inv.Warnings {
		fmt.Fprintf(warn, "socbot: warning: %s\n", w)
	}
	return inv, path, nil
}

func runReports(_ context.Context, s streams, args []string) error {
	fs := newFlags("reports")
	file := fs.String("reports", "", "report inventory YAML file (default $"+envReportsFile+")")
	asOf := fs.String("as-of", "", "judge freshness as of this date, YYYY-MM-DD (default today)")
	if err := parseFlags(fs, args, s); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErrorf("unexpected argument %q (give the file with --reports FILE)", fs.Arg(0))
	}
	now := time.Now()
	if *asOf != "" {
		t, err := time.Parse("2006-01-02", *asOf)
		if err != nil {
			return usageErrorf("--as-of %q is not a date (want YYYY-MM-DD)", *asOf)
		}
		now = t
	}
	inv, _, err := loadReports(*file, s.err)
	if err != nil {
		return usageError(err)
	}
	if inv == nil {
		fmt.Fprintf(s.out, "No report inventory is configured. Set %s=FILE or pass --reports FILE;\n"+
			"deploy/reports.example.yaml shows the format.\n", envReportsFile)
		return nil
	}
	if err := inv.WriteText(s.out, now); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

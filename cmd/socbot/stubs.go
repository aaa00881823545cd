package main

import (
	"context"
	"fmt"
	"io"
)

func notYet(name string) func(context.Context, []string, io.Reader, io.Writer, io.Writer) int {
	return func(_ context.Context, _ []string, _ io.Reader, _, stderr io.Writer) int {
		fmt.Fprintf(stderr, "socbot %s: not available in this build\n", name)
		return 2
	}
}

var (
)

package loop_test

import (
	"os"
	"testing"
)

func callgraphSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("callgraph_test.go")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

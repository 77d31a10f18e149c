package stdlib_bindings

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/traefik/yaegi/extract"
)

// TestGenerated checks that the symbol tables are what `go generate` makes
// from the current sources: the same extraction, in process, compared with the
// files on disk. It fails when the loop package's API changed without a
// regeneration, or when a generated file was edited by hand.
func TestGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the packages from source")
	}
	for _, pkg := range []string{"github.com/asyncrepl/asyncrepl/loop", "github.com/sirupsen/logrus"} {
		ext := extract.Extractor{Dest: "stdlib_bindings"}
		var buf bytes.Buffer
		importPath, err := ext.Extract(pkg, "", &buf)
		if err != nil {
			t.Fatalf("stdlib_bindings: extract %s: %v", pkg, err)
		}
		file := strings.NewReplacer("/", "-", ".", "_", "~", "_").Replace(importPath) + ".go"
		have, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("stdlib_bindings: %v (run go generate ./stdlib_bindings/)", err)
		}
		if !bytes.Equal(have, buf.Bytes()) {
			t.Errorf("stdlib_bindings: %s is stale or was edited: run go generate ./stdlib_bindings/", file)
		}
	}
}

package loopvet_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/asyncrepl/asyncrepl/loopvet"
)

// TestAwaitErr checks the analyzer against the // want comments of
// testdata/src/awaiterr, with a stand-in loop package of the same API.
func TestAwaitErr(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), loopvet.AwaitErr, "awaiterr")
}

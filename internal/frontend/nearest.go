package frontend

import (
	"go/token"
	"go/types"
	"strings"
)

// Nearest returns the name among names closest to name, if one is within
// two edits of it (a typo), else "".
func Nearest(name string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := editDistance(strings.ToLower(name), strings.ToLower(n)); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// ExportedNames returns the exported names of pkg's scope, in order: the
// names Nearest picks a package member from.
func ExportedNames(pkg *types.Package) []string {
	var names []string
	for _, n := range pkg.Scope().Names() {
		if token.IsExported(n) {
			names = append(names, n)
		}
	}
	return names
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

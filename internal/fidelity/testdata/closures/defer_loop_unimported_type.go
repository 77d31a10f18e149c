// A closure deferred in a loop keeps each pass's variable, also where the
// variable's type is from a package the file does not import (fnv.New32a
// returns a hash.Hash32).
package main

import (
	"fmt"
	"hash/fnv"
	"strings"
)

func checksums(words []string) {
	for _, w := range words {
		h := fnv.New32a()
		h.Write([]byte(strings.ToLower(w)))
		defer func() { fmt.Printf("%-5s %08x\n", w, h.Sum32()) }()
	}
}

func main() {
	checksums([]string{"Alpha", "beta", "GAMMA"})
}

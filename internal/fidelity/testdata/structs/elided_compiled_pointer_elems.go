// Literals of slices and maps of pointers to standard-library struct
// types, each element's &T left out (testing/fstest's MapFS, as "Learn Go
// with Tests" writes it).
package main

import (
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"hello.md":    {Data: []byte("# hi")},
		"notes/a.txt": {Data: []byte("a"), Mode: 0o600},
	}
	names, err := fs.Glob(fsys, "*.md")
	fmt.Println(names, err)
	data, err := fs.ReadFile(fsys, "notes/a.txt")
	fmt.Println(string(data), err, fsys["notes/a.txt"].Mode)
	urls := []*url.URL{{Scheme: "https", Host: "go.dev"}, {Scheme: "http", Host: "example.com", Path: "/x"}}
	for _, u := range urls {
		fmt.Println(u.String())
	}
	byName := map[string]*url.URL{"go": {Host: "go.dev"}}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, byName["go"].Host)
}

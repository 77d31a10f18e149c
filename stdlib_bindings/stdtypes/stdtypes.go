// Package stdtypes gives the type checker the API of every package the
// interpreter offers: the installed toolchain's standard library, the loop
// package and logrus. The data is gc export data (types only, no function
// bodies) for each package, generated from the toolchain asyncrepl was built
// with, so type checking needs no Go installation at run time and agrees with
// what the interpreter can call; and the documentation of each exported
// member (Doc), so that it reads offline too.
//
// The data is generated; never edit it. Regenerate with
//
//	go generate ./stdlib_bindings/...
//
// after changing the loop package's exported API or the Go toolchain.
package stdtypes

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
)

//go:generate go run gen.go

//go:embed stdtypes.data
var data []byte

//go:embed docs.data
var docsData []byte

var (
	docsOnce sync.Once
	docs     map[string]string
	docsErr  error
)

// Doc returns the documentation of the package with import path path
// (member ""), of one of its exported members ("Println", "Reader"), or of
// a method ("Reader.Read"): the declaration, without a function's body, and
// its doc comment. It is safe to call from any goroutine.
func Doc(path, member string) (string, bool) {
	docsOnce.Do(func() {
		m, err := readArchive(docsData)
		docs, docsErr = map[string]string{}, err
		for k, v := range m {
			docs[k] = string(v)
		}
	})
	if docsErr != nil {
		return "", false
	}
	key := path
	if member != "" {
		key += "." + member
	}
	text, ok := docs[key]
	return text, ok
}

var (
	indexOnce sync.Once
	index     map[string][]byte // import path -> export data
	indexErr  error

	mu       sync.Mutex
	fset     = token.NewFileSet()
	packages = map[string]*types.Package{}
)

func load() { index, indexErr = readRecords(bufio.NewReader(bytes.NewReader(data))) }

// readArchive reads what gen.go's write wrote: gzipped records (see
// readRecords).
func readArchive(data []byte) (map[string][]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("stdtypes: %v", err)
	}
	return readRecords(bufio.NewReader(zr))
}

// readRecords reads records of a key line, a length line and that many
// bytes.
func readRecords(r *bufio.Reader) (map[string][]byte, error) {
	m := map[string][]byte{}
	for {
		key, err := r.ReadString('\n')
		if err == io.EOF && key == "" {
			return m, nil
		}
		size, err2 := r.ReadString('\n')
		n, err3 := strconv.Atoi(strings.TrimSuffix(size, "\n"))
		if err != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("stdtypes: corrupt data after %q", key)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, fmt.Errorf("stdtypes: corrupt data for %q", key)
		}
		m[strings.TrimSuffix(key, "\n")] = b
	}
}

// Paths returns the import paths of the packages described, sorted.
// It is safe to call from any goroutine.
func Paths() []string {
	indexOnce.Do(load)
	return slices.Sorted(maps.Keys(index))
}

// Import returns the package with the given import path. Packages are
// decoded once and shared: the returned package must not be modified. It is
// safe to call from any goroutine.
func Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	indexOnce.Do(load)
	if indexErr != nil {
		return nil, indexErr
	}
	mu.Lock()
	defer mu.Unlock()
	if p := packages[path]; p != nil && p.Complete() {
		return p, nil
	}
	b, ok := index[path]
	if !ok {
		return nil, fmt.Errorf("stdtypes: package %q is not offered by the interpreter", path)
	}
	p, err := gcexportdata.Read(bytes.NewReader(b), fset, packages, path)
	if err != nil {
		return nil, fmt.Errorf("stdtypes: reading %q: %v", path, err)
	}
	return p, nil
}

// Importer is a types.Importer over Import.
type Importer struct{}

// Import implements types.Importer. It is safe to call from any goroutine.
func (Importer) Import(path string) (*types.Package, error) { return Import(path) }

package std

import (
	"bufio"
	"encoding"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"reflect"
	"strings"
)

//go:generate go run gen_print.go

// MapTypes tells the interpreter, for compiled functions that take any but
// treat some interfaces specially, which interfaces to look for in an
// interpreted value passed to them: the value is passed wrapped in the
// first of them (most methods first) whose methods it has. So fmt sees an
// interpreted Stringer, json an interpreted Marshaler, io.Copy an
// interpreted WriterTo. The interpreter reads it from Symbols["."].
var MapTypes = map[reflect.Value][]reflect.Type{}

func init() {
	Symbols["."] = map[string]reflect.Value{"MapTypes": reflect.ValueOf(MapTypes)}

	printing := []reflect.Type{reflect.TypeFor[fmt.Formatter](), reflect.TypeFor[fmt.Stringer]()}
	for _, f := range []any{
		fmt.Errorf, fmt.Fprint, fmt.Fprintf, fmt.Fprintln, fmt.Print, fmt.Printf, fmt.Println,
		fmt.Sprint, fmt.Sprintf, fmt.Sprintln, fmt.Append, fmt.Appendf, fmt.Appendln,
		log.Fatal, log.Fatalf, log.Fatalln, log.Panic, log.Panicf, log.Panicln,
		log.Print, log.Printf, log.Println,
	} {
		MapTypes[reflect.ValueOf(f)] = printing
	}
	scanning := []reflect.Type{reflect.TypeFor[fmt.Scanner]()}
	for _, f := range []any{fmt.Scan, fmt.Scanf, fmt.Scanln, fmt.Fscan, fmt.Fscanf, fmt.Fscanln, fmt.Sscan, fmt.Sscanf, fmt.Sscanln} {
		MapTypes[reflect.ValueOf(f)] = scanning
	}
	MapTypes[reflect.ValueOf(json.Marshal)] = []reflect.Type{reflect.TypeFor[json.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()}
	MapTypes[reflect.ValueOf(json.MarshalIndent)] = MapTypes[reflect.ValueOf(json.Marshal)]
	MapTypes[reflect.ValueOf(json.Unmarshal)] = []reflect.Type{reflect.TypeFor[json.Unmarshaler](), reflect.TypeFor[encoding.TextUnmarshaler]()}
	MapTypes[reflect.ValueOf(xml.Marshal)] = []reflect.Type{reflect.TypeFor[xml.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()}
	MapTypes[reflect.ValueOf(xml.MarshalIndent)] = MapTypes[reflect.ValueOf(xml.Marshal)]
	MapTypes[reflect.ValueOf(xml.Unmarshal)] = []reflect.Type{reflect.TypeFor[xml.Unmarshaler](), reflect.TypeFor[encoding.TextUnmarshaler]()}

	// An interpreted value passed where a compiled interface is expected
	// comes wrapped in the interface's generated wrapper (_io_Reader for
	// io.Reader): these composed wrappers also carry the optional methods
	// the standard library looks for.
	MapTypes[reflect.ValueOf((*_net_http_ResponseWriter)(nil))] = []reflect.Type{reflect.TypeFor[responseWriterHijacker]()}
	MapTypes[reflect.ValueOf((*_io_Reader)(nil))] = []reflect.Type{reflect.TypeFor[readerWriterTo]()}
	MapTypes[reflect.ValueOf((*_io_Writer)(nil))] = []reflect.Type{
		reflect.TypeFor[writerReaderFromStringWriter](), reflect.TypeFor[writerStringWriter](),
		reflect.TypeFor[writerReaderFrom](),
	}
	// A value held as fmt.Stringer (or another compiled interface with
	// String) keeps the methods fmt calls before String, and a flag.Value
	// its IsBoolFlag: see maptypes_print.go.
}

// The composed wrappers: fields as the generated wrappers have them
// (IValue, then W and the method's name), the optional method last.

// responseWriterHijacker is an http.ResponseWriter that is an
// http.Hijacker too.
type responseWriterHijacker struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(b []byte) (int, error)
	WWriteHeader func(statusCode int)
	WHijack      func() (net.Conn, *bufio.ReadWriter, error)
}

func (w responseWriterHijacker) Header() http.Header         { return w.WHeader() }
func (w responseWriterHijacker) Write(b []byte) (int, error) { return w.WWrite(b) }
func (w responseWriterHijacker) WriteHeader(statusCode int)  { w.WWriteHeader(statusCode) }
func (w responseWriterHijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return w.WHijack()
}

// readerWriterTo is an io.Reader that is an io.WriterTo too (io.Copy
// looks for it).
type readerWriterTo struct {
	IValue   any
	WRead    func(p []byte) (int, error)
	WWriteTo func(w io.Writer) (int64, error)
}

func (w readerWriterTo) Read(p []byte) (int, error)           { return w.WRead(p) }
func (w readerWriterTo) WriteTo(dst io.Writer) (int64, error) { return w.WWriteTo(dst) }

// writerReaderFrom is an io.Writer that is an io.ReaderFrom too (io.Copy
// looks for it).
type writerReaderFrom struct {
	IValue    any
	WWrite    func(p []byte) (int, error)
	WReadFrom func(r io.Reader) (int64, error)
}

func (w writerReaderFrom) Write(p []byte) (int, error)           { return w.WWrite(p) }
func (w writerReaderFrom) ReadFrom(src io.Reader) (int64, error) { return w.WReadFrom(src) }

// writerStringWriter is an io.Writer that is an io.StringWriter too
// (io.WriteString, strings.Replacer and io.MultiWriter look for it). The
// interpreter picks it by the method's name alone: WWriteString holds the
// value's method, which is io.StringWriter's only where its signature is
// (a WriteString(s string) of another signature: the string is written
// with Write, as Go's io.WriteString does for such a type).
type writerStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WWriteString any
}

func (w writerStringWriter) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w writerStringWriter) WriteString(s string) (int, error) {
	return writeString(w.WWriteString, w.WWrite, s)
}

// writerReaderFromStringWriter is a writerStringWriter that is an
// io.ReaderFrom too.
type writerReaderFromStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WReadFrom    func(r io.Reader) (int64, error)
	WWriteString any
}

func (w writerReaderFromStringWriter) Write(p []byte) (int, error)           { return w.WWrite(p) }
func (w writerReaderFromStringWriter) ReadFrom(src io.Reader) (int64, error) { return w.WReadFrom(src) }
func (w writerReaderFromStringWriter) WriteString(s string) (int, error) {
	return writeString(w.WWriteString, w.WWrite, s)
}

// writeString writes s with method, a value's WriteString where it is
// io.StringWriter's, else with write.
func writeString(method any, write func([]byte) (int, error), s string) (int, error) {
	if fn, ok := method.(func(string) (int, error)); ok && fn != nil {
		return fn(s)
	}
	return write([]byte(s))
}

// printHeld prints the value a composed wrapper holds as fmt's
// handleMethods would, by the methods the value has (each nil, or not of
// fmt's signature, where it has none): Format, then GoString for %#v, then
// Error and String for the verbs that call them, else the value itself.
func printHeld(f fmt.State, verb rune, value, format, goString, errorFn, str any) {
	if fn, ok := format.(func(fmt.State, rune)); ok && fn != nil {
		fn(f, verb)
		return
	}
	if verb == 'v' && f.Flag('#') {
		io.WriteString(f, goStringHeld(value, goString))
		return
	}
	if strings.ContainsRune("vsxXq", verb) {
		for _, m := range []any{errorFn, str} {
			if fn, ok := m.(func() string); ok && fn != nil {
				fmt.Fprintf(f, fmt.FormatString(f, verb), fn())
				return
			}
		}
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), value)
}

// goStringHeld is the GoString of a composed wrapper: the value's method
// where it is fmt's, else the value as %#v prints it.
func goStringHeld(value, goString any) string {
	if fn, ok := goString.(func() string); ok && fn != nil {
		return fn()
	}
	return fmt.Sprintf("%#v", value)
}

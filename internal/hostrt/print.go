package hostrt

import (
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unsafe"
)

// A printIface is an operand of print or println of interface type (see
// lower_print.go): it prints as the pair of the interface's words.
type printIface struct{ v any }

// runtimePrint writes the operands of print (println adds the spaces and
// the newline) as Go's runtime formats them.
func runtimePrint(out io.Writer, args []any, ln bool) {
	var b strings.Builder
	for i, a := range args {
		if ln && i > 0 {
			b.WriteByte(' ')
		}
		printOperand(&b, a)
	}
	if ln {
		b.WriteByte('\n')
	}
	io.WriteString(out, b.String())
}

// print writes the operands of print or println to h.Stderr, and waits
// until they have been passed on.
func (h *Helpers) print(args []any, ln bool) {
	runtimePrint(h.Stderr, args, ln)
	if h.SyncStderr != nil {
		h.SyncStderr()
	}
}

func printOperand(b *strings.Builder, a any) {
	if p, ok := a.(printIface); ok {
		if p.v == nil {
			b.WriteString("(0x0,0x0)")
			return
		}
		words := (*[2]uintptr)(unsafe.Pointer(&p.v))
		b.WriteString("(" + printHex(uint64(words[0])) + "," + printHex(uint64(words[1])) + ")")
		return
	}
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Invalid:
		b.WriteString("0x0") // a nil pointer, map, channel or function
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 32))
	case reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Complex64, reflect.Complex128:
		bits := 64 // of each part
		if v.Kind() == reflect.Complex64 {
			bits = 32
		}
		c := v.Complex()
		b.WriteString("(" + strconv.FormatFloat(real(c), 'g', -1, bits) + signed(strconv.FormatFloat(imag(c), 'g', -1, bits)) + "i)")
	case reflect.String:
		b.WriteString(v.String())
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		b.WriteString(printHex(uint64(v.Pointer())))
	case reflect.Slice:
		b.WriteString("[" + strconv.Itoa(v.Len()) + "/" + strconv.Itoa(v.Cap()) + "]" + printHex(uint64(v.Pointer())))
	default: // a struct or array, which Go refuses to print
		fmt.Fprint(b, a)
	}
}

// signed gives a formatted number a sign, as the imaginary part of a
// complex number has.
func signed(s string) string {
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		return s
	}
	return "+" + s
}

func printHex(u uint64) string { return "0x" + strconv.FormatUint(u, 16) }

package std

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

// The composed wrappers of the compiled interfaces with a String method
// (fmt.Stringer, flag.Value, flag.Getter, expvar.Var, os.Signal,
// net.Addr): a value held as one keeps the methods fmt calls
// before String (Format; Error; GoString for %#v), which fmt checks on
// the dynamic value, where the plain wrapper has String only (a
// flag.Value whose type has Error printed by String). See MapTypes.
//
// The interpreter picks a composed wrapper by the methods' names alone:
// the optional ones are fields of type any, which hold the method where
// its signature is fmt's, and the wrapper prints as fmt prints a value
// without it otherwise (a Format(layout string) string method).

func init() {
	MapTypes[reflect.ValueOf((*_fmt_Stringer)(nil))] = []reflect.Type{
		reflect.TypeFor[stringerFormatErrorGoString](),
		reflect.TypeFor[stringerFormatError](),
		reflect.TypeFor[stringerFormatGoString](),
		reflect.TypeFor[stringerErrorGoString](),
		reflect.TypeFor[stringerFormat](),
		reflect.TypeFor[stringerError](),
		reflect.TypeFor[stringerGoString](),
	}
	MapTypes[reflect.ValueOf((*_flag_Value)(nil))] = []reflect.Type{
		reflect.TypeFor[flagValueFormatErrorGoString](),
		reflect.TypeFor[flagValueFormatError](),
		reflect.TypeFor[flagValueFormatGoString](),
		reflect.TypeFor[flagValueErrorGoString](),
		reflect.TypeFor[flagValueFormat](),
		reflect.TypeFor[flagValueError](),
		reflect.TypeFor[flagValueGoString](),
	}
	MapTypes[reflect.ValueOf((*_flag_Getter)(nil))] = []reflect.Type{
		reflect.TypeFor[flagGetterFormatErrorGoString](),
		reflect.TypeFor[flagGetterFormatError](),
		reflect.TypeFor[flagGetterFormatGoString](),
		reflect.TypeFor[flagGetterErrorGoString](),
		reflect.TypeFor[flagGetterFormat](),
		reflect.TypeFor[flagGetterError](),
		reflect.TypeFor[flagGetterGoString](),
	}
	MapTypes[reflect.ValueOf((*_expvar_Var)(nil))] = []reflect.Type{
		reflect.TypeFor[expvarVarFormatErrorGoString](),
		reflect.TypeFor[expvarVarFormatError](),
		reflect.TypeFor[expvarVarFormatGoString](),
		reflect.TypeFor[expvarVarErrorGoString](),
		reflect.TypeFor[expvarVarFormat](),
		reflect.TypeFor[expvarVarError](),
		reflect.TypeFor[expvarVarGoString](),
	}
	MapTypes[reflect.ValueOf((*_os_Signal)(nil))] = []reflect.Type{
		reflect.TypeFor[osSignalFormatErrorGoString](),
		reflect.TypeFor[osSignalFormatError](),
		reflect.TypeFor[osSignalFormatGoString](),
		reflect.TypeFor[osSignalErrorGoString](),
		reflect.TypeFor[osSignalFormat](),
		reflect.TypeFor[osSignalError](),
		reflect.TypeFor[osSignalGoString](),
	}
	MapTypes[reflect.ValueOf((*_net_Addr)(nil))] = []reflect.Type{
		reflect.TypeFor[netAddrFormatErrorGoString](),
		reflect.TypeFor[netAddrFormatError](),
		reflect.TypeFor[netAddrFormatGoString](),
		reflect.TypeFor[netAddrErrorGoString](),
		reflect.TypeFor[netAddrFormat](),
		reflect.TypeFor[netAddrError](),
		reflect.TypeFor[netAddrGoString](),
	}
}

// ErrorWrappers are the composed wrappers of error, for the interpreter's
// own wrapper of it (which the session finds among the interpreter's
// symbols): a value of the program's held as error keeps its Format and
// GoString methods, which fmt calls before Error.
func ErrorWrappers() []reflect.Type {
	return []reflect.Type{
		reflect.TypeFor[errorFormatGoString](),
		reflect.TypeFor[errorFormat](),
		reflect.TypeFor[errorGoString](),
	}
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

// stringerFormatErrorGoString is a fmt.Stringer that is a fmt.Formatter, an error and a fmt.GoStringer too.
type stringerFormatErrorGoString struct {
	IValue    any
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w stringerFormatErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w stringerFormatErrorGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, w.WError, w.WString)
}

func (w stringerFormatErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w stringerFormatErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// stringerFormatError is a fmt.Stringer that is a fmt.Formatter and an error too.
type stringerFormatError struct {
	IValue  any
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError  any // func() string where the value's method is fmt's
}

func (w stringerFormatError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w stringerFormatError) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, w.WError, w.WString)
}

func (w stringerFormatError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// stringerFormatGoString is a fmt.Stringer that is a fmt.Formatter and a fmt.GoStringer too.
type stringerFormatGoString struct {
	IValue    any
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w stringerFormatGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w stringerFormatGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, nil, w.WString)
}

func (w stringerFormatGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// stringerErrorGoString is a fmt.Stringer that is an error and a fmt.GoStringer too.
type stringerErrorGoString struct {
	IValue    any
	WString   func() string
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w stringerErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w stringerErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w stringerErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// stringerFormat is a fmt.Stringer that is a fmt.Formatter too.
type stringerFormat struct {
	IValue  any
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
}

func (w stringerFormat) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w stringerFormat) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, nil, w.WString)
}

// stringerError is a fmt.Stringer that is an error too.
type stringerError struct {
	IValue  any
	WString func() string
	WError  any // func() string where the value's method is fmt's
}

func (w stringerError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w stringerError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// stringerGoString is a fmt.Stringer that is a fmt.GoStringer too.
type stringerGoString struct {
	IValue    any
	WString   func() string
	WGoString any // func() string where the value's method is fmt's
}

func (w stringerGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w stringerGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// flagValueFormatErrorGoString is a flag.Value that is a fmt.Formatter, an error and a fmt.GoStringer too.
type flagValueFormatErrorGoString struct {
	IValue    any
	WSet      func(a0 string) error
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w flagValueFormatErrorGoString) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagValueFormatErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagValueFormatErrorGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, w.WError, w.WString)
}

func (w flagValueFormatErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w flagValueFormatErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// flagValueFormatError is a flag.Value that is a fmt.Formatter and an error too.
type flagValueFormatError struct {
	IValue  any
	WSet    func(a0 string) error
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError  any // func() string where the value's method is fmt's
}

func (w flagValueFormatError) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagValueFormatError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagValueFormatError) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, w.WError, w.WString)
}

func (w flagValueFormatError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// flagValueFormatGoString is a flag.Value that is a fmt.Formatter and a fmt.GoStringer too.
type flagValueFormatGoString struct {
	IValue    any
	WSet      func(a0 string) error
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w flagValueFormatGoString) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagValueFormatGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagValueFormatGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, nil, w.WString)
}

func (w flagValueFormatGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// flagValueErrorGoString is a flag.Value that is an error and a fmt.GoStringer too.
type flagValueErrorGoString struct {
	IValue    any
	WSet      func(a0 string) error
	WString   func() string
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w flagValueErrorGoString) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagValueErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagValueErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w flagValueErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// flagValueFormat is a flag.Value that is a fmt.Formatter too.
type flagValueFormat struct {
	IValue  any
	WSet    func(a0 string) error
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
}

func (w flagValueFormat) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagValueFormat) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagValueFormat) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, nil, w.WString)
}

// flagValueError is a flag.Value that is an error too.
type flagValueError struct {
	IValue  any
	WSet    func(a0 string) error
	WString func() string
	WError  any // func() string where the value's method is fmt's
}

func (w flagValueError) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagValueError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagValueError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// flagValueGoString is a flag.Value that is a fmt.GoStringer too.
type flagValueGoString struct {
	IValue    any
	WSet      func(a0 string) error
	WString   func() string
	WGoString any // func() string where the value's method is fmt's
}

func (w flagValueGoString) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagValueGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagValueGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// flagGetterFormatErrorGoString is a flag.Getter that is a fmt.Formatter, an error and a fmt.GoStringer too.
type flagGetterFormatErrorGoString struct {
	IValue    any
	WGet      func() any
	WSet      func(a0 string) error
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w flagGetterFormatErrorGoString) Get() any {
	return w.WGet()
}

func (w flagGetterFormatErrorGoString) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagGetterFormatErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagGetterFormatErrorGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, w.WError, w.WString)
}

func (w flagGetterFormatErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w flagGetterFormatErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// flagGetterFormatError is a flag.Getter that is a fmt.Formatter and an error too.
type flagGetterFormatError struct {
	IValue  any
	WGet    func() any
	WSet    func(a0 string) error
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError  any // func() string where the value's method is fmt's
}

func (w flagGetterFormatError) Get() any {
	return w.WGet()
}

func (w flagGetterFormatError) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagGetterFormatError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagGetterFormatError) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, w.WError, w.WString)
}

func (w flagGetterFormatError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// flagGetterFormatGoString is a flag.Getter that is a fmt.Formatter and a fmt.GoStringer too.
type flagGetterFormatGoString struct {
	IValue    any
	WGet      func() any
	WSet      func(a0 string) error
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w flagGetterFormatGoString) Get() any {
	return w.WGet()
}

func (w flagGetterFormatGoString) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagGetterFormatGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagGetterFormatGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, nil, w.WString)
}

func (w flagGetterFormatGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// flagGetterErrorGoString is a flag.Getter that is an error and a fmt.GoStringer too.
type flagGetterErrorGoString struct {
	IValue    any
	WGet      func() any
	WSet      func(a0 string) error
	WString   func() string
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w flagGetterErrorGoString) Get() any {
	return w.WGet()
}

func (w flagGetterErrorGoString) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagGetterErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagGetterErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w flagGetterErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// flagGetterFormat is a flag.Getter that is a fmt.Formatter too.
type flagGetterFormat struct {
	IValue  any
	WGet    func() any
	WSet    func(a0 string) error
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
}

func (w flagGetterFormat) Get() any {
	return w.WGet()
}

func (w flagGetterFormat) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagGetterFormat) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagGetterFormat) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, nil, w.WString)
}

// flagGetterError is a flag.Getter that is an error too.
type flagGetterError struct {
	IValue  any
	WGet    func() any
	WSet    func(a0 string) error
	WString func() string
	WError  any // func() string where the value's method is fmt's
}

func (w flagGetterError) Get() any {
	return w.WGet()
}

func (w flagGetterError) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagGetterError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagGetterError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// flagGetterGoString is a flag.Getter that is a fmt.GoStringer too.
type flagGetterGoString struct {
	IValue    any
	WGet      func() any
	WSet      func(a0 string) error
	WString   func() string
	WGoString any // func() string where the value's method is fmt's
}

func (w flagGetterGoString) Get() any {
	return w.WGet()
}

func (w flagGetterGoString) Set(a0 string) error {
	return w.WSet(a0)
}

func (w flagGetterGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w flagGetterGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// expvarVarFormatErrorGoString is a expvar.Var that is a fmt.Formatter, an error and a fmt.GoStringer too.
type expvarVarFormatErrorGoString struct {
	IValue    any
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w expvarVarFormatErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarFormatErrorGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, w.WError, w.WString)
}

func (w expvarVarFormatErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w expvarVarFormatErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// expvarVarFormatError is a expvar.Var that is a fmt.Formatter and an error too.
type expvarVarFormatError struct {
	IValue  any
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError  any // func() string where the value's method is fmt's
}

func (w expvarVarFormatError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarFormatError) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, w.WError, w.WString)
}

func (w expvarVarFormatError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// expvarVarFormatGoString is a expvar.Var that is a fmt.Formatter and a fmt.GoStringer too.
type expvarVarFormatGoString struct {
	IValue    any
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w expvarVarFormatGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarFormatGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, nil, w.WString)
}

func (w expvarVarFormatGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// expvarVarErrorGoString is a expvar.Var that is an error and a fmt.GoStringer too.
type expvarVarErrorGoString struct {
	IValue    any
	WString   func() string
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w expvarVarErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w expvarVarErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// expvarVarFormat is a expvar.Var that is a fmt.Formatter too.
type expvarVarFormat struct {
	IValue  any
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
}

func (w expvarVarFormat) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarFormat) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, nil, w.WString)
}

// expvarVarError is a expvar.Var that is an error too.
type expvarVarError struct {
	IValue  any
	WString func() string
	WError  any // func() string where the value's method is fmt's
}

func (w expvarVarError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// expvarVarGoString is a expvar.Var that is a fmt.GoStringer too.
type expvarVarGoString struct {
	IValue    any
	WString   func() string
	WGoString any // func() string where the value's method is fmt's
}

func (w expvarVarGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// osSignalFormatErrorGoString is a os.Signal that is a fmt.Formatter, an error and a fmt.GoStringer too.
type osSignalFormatErrorGoString struct {
	IValue    any
	WSignal   func()
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w osSignalFormatErrorGoString) Signal() {
	w.WSignal()
}

func (w osSignalFormatErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w osSignalFormatErrorGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, w.WError, w.WString)
}

func (w osSignalFormatErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w osSignalFormatErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// osSignalFormatError is a os.Signal that is a fmt.Formatter and an error too.
type osSignalFormatError struct {
	IValue  any
	WSignal func()
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError  any // func() string where the value's method is fmt's
}

func (w osSignalFormatError) Signal() {
	w.WSignal()
}

func (w osSignalFormatError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w osSignalFormatError) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, w.WError, w.WString)
}

func (w osSignalFormatError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// osSignalFormatGoString is a os.Signal that is a fmt.Formatter and a fmt.GoStringer too.
type osSignalFormatGoString struct {
	IValue    any
	WSignal   func()
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w osSignalFormatGoString) Signal() {
	w.WSignal()
}

func (w osSignalFormatGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w osSignalFormatGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, nil, w.WString)
}

func (w osSignalFormatGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// osSignalErrorGoString is a os.Signal that is an error and a fmt.GoStringer too.
type osSignalErrorGoString struct {
	IValue    any
	WSignal   func()
	WString   func() string
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w osSignalErrorGoString) Signal() {
	w.WSignal()
}

func (w osSignalErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w osSignalErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w osSignalErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// osSignalFormat is a os.Signal that is a fmt.Formatter too.
type osSignalFormat struct {
	IValue  any
	WSignal func()
	WString func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
}

func (w osSignalFormat) Signal() {
	w.WSignal()
}

func (w osSignalFormat) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w osSignalFormat) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, nil, w.WString)
}

// osSignalError is a os.Signal that is an error too.
type osSignalError struct {
	IValue  any
	WSignal func()
	WString func() string
	WError  any // func() string where the value's method is fmt's
}

func (w osSignalError) Signal() {
	w.WSignal()
}

func (w osSignalError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w osSignalError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// osSignalGoString is a os.Signal that is a fmt.GoStringer too.
type osSignalGoString struct {
	IValue    any
	WSignal   func()
	WString   func() string
	WGoString any // func() string where the value's method is fmt's
}

func (w osSignalGoString) Signal() {
	w.WSignal()
}

func (w osSignalGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w osSignalGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// netAddrFormatErrorGoString is a net.Addr that is a fmt.Formatter, an error and a fmt.GoStringer too.
type netAddrFormatErrorGoString struct {
	IValue    any
	WNetwork  func() string
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w netAddrFormatErrorGoString) Network() string {
	return w.WNetwork()
}

func (w netAddrFormatErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w netAddrFormatErrorGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, w.WError, w.WString)
}

func (w netAddrFormatErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w netAddrFormatErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// netAddrFormatError is a net.Addr that is a fmt.Formatter and an error too.
type netAddrFormatError struct {
	IValue   any
	WNetwork func() string
	WString  func() string
	WFormat  any // func(f fmt.State, verb rune) where the value's method is fmt's
	WError   any // func() string where the value's method is fmt's
}

func (w netAddrFormatError) Network() string {
	return w.WNetwork()
}

func (w netAddrFormatError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w netAddrFormatError) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, w.WError, w.WString)
}

func (w netAddrFormatError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// netAddrFormatGoString is a net.Addr that is a fmt.Formatter and a fmt.GoStringer too.
type netAddrFormatGoString struct {
	IValue    any
	WNetwork  func() string
	WString   func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w netAddrFormatGoString) Network() string {
	return w.WNetwork()
}

func (w netAddrFormatGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w netAddrFormatGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, nil, w.WString)
}

func (w netAddrFormatGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// netAddrErrorGoString is a net.Addr that is an error and a fmt.GoStringer too.
type netAddrErrorGoString struct {
	IValue    any
	WNetwork  func() string
	WString   func() string
	WError    any // func() string where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w netAddrErrorGoString) Network() string {
	return w.WNetwork()
}

func (w netAddrErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w netAddrErrorGoString) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

func (w netAddrErrorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// netAddrFormat is a net.Addr that is a fmt.Formatter too.
type netAddrFormat struct {
	IValue   any
	WNetwork func() string
	WString  func() string
	WFormat  any // func(f fmt.State, verb rune) where the value's method is fmt's
}

func (w netAddrFormat) Network() string {
	return w.WNetwork()
}

func (w netAddrFormat) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w netAddrFormat) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, nil, w.WString)
}

// netAddrError is a net.Addr that is an error too.
type netAddrError struct {
	IValue   any
	WNetwork func() string
	WString  func() string
	WError   any // func() string where the value's method is fmt's
}

func (w netAddrError) Network() string {
	return w.WNetwork()
}

func (w netAddrError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w netAddrError) Error() string {
	if fn, ok := w.WError.(func() string); ok {
		return fn()
	}
	return w.String()
}

// netAddrGoString is a net.Addr that is a fmt.GoStringer too.
type netAddrGoString struct {
	IValue    any
	WNetwork  func() string
	WString   func() string
	WGoString any // func() string where the value's method is fmt's
}

func (w netAddrGoString) Network() string {
	return w.WNetwork()
}

func (w netAddrGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w netAddrGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// errorFormatGoString is an error that is a fmt.Formatter and a fmt.GoStringer too.
type errorFormatGoString struct {
	IValue    any
	WError    func() string
	WFormat   any // func(f fmt.State, verb rune) where the value's method is fmt's
	WGoString any // func() string where the value's method is fmt's
}

func (w errorFormatGoString) Error() string {
	return w.WError()
}

func (w errorFormatGoString) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, w.WGoString, w.WError, nil)
}

func (w errorFormatGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

// errorFormat is an error that is a fmt.Formatter too.
type errorFormat struct {
	IValue  any
	WError  func() string
	WFormat any // func(f fmt.State, verb rune) where the value's method is fmt's
}

func (w errorFormat) Error() string {
	return w.WError()
}

func (w errorFormat) Format(f fmt.State, verb rune) {
	printHeld(f, verb, w.IValue, w.WFormat, nil, w.WError, nil)
}

// errorGoString is an error that is a fmt.GoStringer too.
type errorGoString struct {
	IValue    any
	WError    func() string
	WGoString any // func() string where the value's method is fmt's
}

func (w errorGoString) Error() string {
	return w.WError()
}

func (w errorGoString) GoString() string {
	return goStringHeld(w.IValue, w.WGoString)
}

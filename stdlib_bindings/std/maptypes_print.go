package std

import (
	"fmt"
	"reflect"
)

// The composed wrappers of the compiled interfaces with a String method
// other than fmt.Stringer (flag.Value, flag.Getter, expvar.Var,
// os.Signal, net.Addr): a value held as one keeps the methods fmt calls
// before String (Format; Error; GoString for %#v), which fmt checks on
// the dynamic value, where the plain wrapper has String only (a
// flag.Value whose type has Error printed by String). See MapTypes.

func init() {
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

// flagValueFormatErrorGoString is a flag.Value that is a fmt.Formatter, an error and a fmt.GoStringer too.
type flagValueFormatErrorGoString struct {
	IValue    any
	WSet      func(a0 string) error
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WError    func() string
	WGoString func() string
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
	w.WFormat(f, verb)
}

func (w flagValueFormatErrorGoString) Error() string {
	return w.WError()
}

func (w flagValueFormatErrorGoString) GoString() string {
	return w.WGoString()
}

// flagValueFormatError is a flag.Value that is a fmt.Formatter and an error too.
type flagValueFormatError struct {
	IValue  any
	WSet    func(a0 string) error
	WString func() string
	WFormat func(f fmt.State, verb rune)
	WError  func() string
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
	w.WFormat(f, verb)
}

func (w flagValueFormatError) Error() string {
	return w.WError()
}

// flagValueFormatGoString is a flag.Value that is a fmt.Formatter and a fmt.GoStringer too.
type flagValueFormatGoString struct {
	IValue    any
	WSet      func(a0 string) error
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WGoString func() string
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
	w.WFormat(f, verb)
}

func (w flagValueFormatGoString) GoString() string {
	return w.WGoString()
}

// flagValueErrorGoString is a flag.Value that is an error and a fmt.GoStringer too.
type flagValueErrorGoString struct {
	IValue    any
	WSet      func(a0 string) error
	WString   func() string
	WError    func() string
	WGoString func() string
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
	return w.WError()
}

func (w flagValueErrorGoString) GoString() string {
	return w.WGoString()
}

// flagValueFormat is a flag.Value that is a fmt.Formatter too.
type flagValueFormat struct {
	IValue  any
	WSet    func(a0 string) error
	WString func() string
	WFormat func(f fmt.State, verb rune)
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
	w.WFormat(f, verb)
}

// flagValueError is a flag.Value that is an error too.
type flagValueError struct {
	IValue  any
	WSet    func(a0 string) error
	WString func() string
	WError  func() string
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
	return w.WError()
}

// flagValueGoString is a flag.Value that is a fmt.GoStringer too.
type flagValueGoString struct {
	IValue    any
	WSet      func(a0 string) error
	WString   func() string
	WGoString func() string
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
	return w.WGoString()
}

// flagGetterFormatErrorGoString is a flag.Getter that is a fmt.Formatter, an error and a fmt.GoStringer too.
type flagGetterFormatErrorGoString struct {
	IValue    any
	WGet      func() any
	WSet      func(a0 string) error
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WError    func() string
	WGoString func() string
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
	w.WFormat(f, verb)
}

func (w flagGetterFormatErrorGoString) Error() string {
	return w.WError()
}

func (w flagGetterFormatErrorGoString) GoString() string {
	return w.WGoString()
}

// flagGetterFormatError is a flag.Getter that is a fmt.Formatter and an error too.
type flagGetterFormatError struct {
	IValue  any
	WGet    func() any
	WSet    func(a0 string) error
	WString func() string
	WFormat func(f fmt.State, verb rune)
	WError  func() string
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
	w.WFormat(f, verb)
}

func (w flagGetterFormatError) Error() string {
	return w.WError()
}

// flagGetterFormatGoString is a flag.Getter that is a fmt.Formatter and a fmt.GoStringer too.
type flagGetterFormatGoString struct {
	IValue    any
	WGet      func() any
	WSet      func(a0 string) error
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WGoString func() string
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
	w.WFormat(f, verb)
}

func (w flagGetterFormatGoString) GoString() string {
	return w.WGoString()
}

// flagGetterErrorGoString is a flag.Getter that is an error and a fmt.GoStringer too.
type flagGetterErrorGoString struct {
	IValue    any
	WGet      func() any
	WSet      func(a0 string) error
	WString   func() string
	WError    func() string
	WGoString func() string
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
	return w.WError()
}

func (w flagGetterErrorGoString) GoString() string {
	return w.WGoString()
}

// flagGetterFormat is a flag.Getter that is a fmt.Formatter too.
type flagGetterFormat struct {
	IValue  any
	WGet    func() any
	WSet    func(a0 string) error
	WString func() string
	WFormat func(f fmt.State, verb rune)
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
	w.WFormat(f, verb)
}

// flagGetterError is a flag.Getter that is an error too.
type flagGetterError struct {
	IValue  any
	WGet    func() any
	WSet    func(a0 string) error
	WString func() string
	WError  func() string
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
	return w.WError()
}

// flagGetterGoString is a flag.Getter that is a fmt.GoStringer too.
type flagGetterGoString struct {
	IValue    any
	WGet      func() any
	WSet      func(a0 string) error
	WString   func() string
	WGoString func() string
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
	return w.WGoString()
}

// expvarVarFormatErrorGoString is a expvar.Var that is a fmt.Formatter, an error and a fmt.GoStringer too.
type expvarVarFormatErrorGoString struct {
	IValue    any
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WError    func() string
	WGoString func() string
}

func (w expvarVarFormatErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarFormatErrorGoString) Format(f fmt.State, verb rune) {
	w.WFormat(f, verb)
}

func (w expvarVarFormatErrorGoString) Error() string {
	return w.WError()
}

func (w expvarVarFormatErrorGoString) GoString() string {
	return w.WGoString()
}

// expvarVarFormatError is a expvar.Var that is a fmt.Formatter and an error too.
type expvarVarFormatError struct {
	IValue  any
	WString func() string
	WFormat func(f fmt.State, verb rune)
	WError  func() string
}

func (w expvarVarFormatError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarFormatError) Format(f fmt.State, verb rune) {
	w.WFormat(f, verb)
}

func (w expvarVarFormatError) Error() string {
	return w.WError()
}

// expvarVarFormatGoString is a expvar.Var that is a fmt.Formatter and a fmt.GoStringer too.
type expvarVarFormatGoString struct {
	IValue    any
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WGoString func() string
}

func (w expvarVarFormatGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarFormatGoString) Format(f fmt.State, verb rune) {
	w.WFormat(f, verb)
}

func (w expvarVarFormatGoString) GoString() string {
	return w.WGoString()
}

// expvarVarErrorGoString is a expvar.Var that is an error and a fmt.GoStringer too.
type expvarVarErrorGoString struct {
	IValue    any
	WString   func() string
	WError    func() string
	WGoString func() string
}

func (w expvarVarErrorGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarErrorGoString) Error() string {
	return w.WError()
}

func (w expvarVarErrorGoString) GoString() string {
	return w.WGoString()
}

// expvarVarFormat is a expvar.Var that is a fmt.Formatter too.
type expvarVarFormat struct {
	IValue  any
	WString func() string
	WFormat func(f fmt.State, verb rune)
}

func (w expvarVarFormat) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarFormat) Format(f fmt.State, verb rune) {
	w.WFormat(f, verb)
}

// expvarVarError is a expvar.Var that is an error too.
type expvarVarError struct {
	IValue  any
	WString func() string
	WError  func() string
}

func (w expvarVarError) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarError) Error() string {
	return w.WError()
}

// expvarVarGoString is a expvar.Var that is a fmt.GoStringer too.
type expvarVarGoString struct {
	IValue    any
	WString   func() string
	WGoString func() string
}

func (w expvarVarGoString) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w expvarVarGoString) GoString() string {
	return w.WGoString()
}

// osSignalFormatErrorGoString is a os.Signal that is a fmt.Formatter, an error and a fmt.GoStringer too.
type osSignalFormatErrorGoString struct {
	IValue    any
	WSignal   func()
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WError    func() string
	WGoString func() string
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
	w.WFormat(f, verb)
}

func (w osSignalFormatErrorGoString) Error() string {
	return w.WError()
}

func (w osSignalFormatErrorGoString) GoString() string {
	return w.WGoString()
}

// osSignalFormatError is a os.Signal that is a fmt.Formatter and an error too.
type osSignalFormatError struct {
	IValue  any
	WSignal func()
	WString func() string
	WFormat func(f fmt.State, verb rune)
	WError  func() string
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
	w.WFormat(f, verb)
}

func (w osSignalFormatError) Error() string {
	return w.WError()
}

// osSignalFormatGoString is a os.Signal that is a fmt.Formatter and a fmt.GoStringer too.
type osSignalFormatGoString struct {
	IValue    any
	WSignal   func()
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WGoString func() string
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
	w.WFormat(f, verb)
}

func (w osSignalFormatGoString) GoString() string {
	return w.WGoString()
}

// osSignalErrorGoString is a os.Signal that is an error and a fmt.GoStringer too.
type osSignalErrorGoString struct {
	IValue    any
	WSignal   func()
	WString   func() string
	WError    func() string
	WGoString func() string
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
	return w.WError()
}

func (w osSignalErrorGoString) GoString() string {
	return w.WGoString()
}

// osSignalFormat is a os.Signal that is a fmt.Formatter too.
type osSignalFormat struct {
	IValue  any
	WSignal func()
	WString func() string
	WFormat func(f fmt.State, verb rune)
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
	w.WFormat(f, verb)
}

// osSignalError is a os.Signal that is an error too.
type osSignalError struct {
	IValue  any
	WSignal func()
	WString func() string
	WError  func() string
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
	return w.WError()
}

// osSignalGoString is a os.Signal that is a fmt.GoStringer too.
type osSignalGoString struct {
	IValue    any
	WSignal   func()
	WString   func() string
	WGoString func() string
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
	return w.WGoString()
}

// netAddrFormatErrorGoString is a net.Addr that is a fmt.Formatter, an error and a fmt.GoStringer too.
type netAddrFormatErrorGoString struct {
	IValue    any
	WNetwork  func() string
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WError    func() string
	WGoString func() string
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
	w.WFormat(f, verb)
}

func (w netAddrFormatErrorGoString) Error() string {
	return w.WError()
}

func (w netAddrFormatErrorGoString) GoString() string {
	return w.WGoString()
}

// netAddrFormatError is a net.Addr that is a fmt.Formatter and an error too.
type netAddrFormatError struct {
	IValue   any
	WNetwork func() string
	WString  func() string
	WFormat  func(f fmt.State, verb rune)
	WError   func() string
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
	w.WFormat(f, verb)
}

func (w netAddrFormatError) Error() string {
	return w.WError()
}

// netAddrFormatGoString is a net.Addr that is a fmt.Formatter and a fmt.GoStringer too.
type netAddrFormatGoString struct {
	IValue    any
	WNetwork  func() string
	WString   func() string
	WFormat   func(f fmt.State, verb rune)
	WGoString func() string
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
	w.WFormat(f, verb)
}

func (w netAddrFormatGoString) GoString() string {
	return w.WGoString()
}

// netAddrErrorGoString is a net.Addr that is an error and a fmt.GoStringer too.
type netAddrErrorGoString struct {
	IValue    any
	WNetwork  func() string
	WString   func() string
	WError    func() string
	WGoString func() string
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
	return w.WError()
}

func (w netAddrErrorGoString) GoString() string {
	return w.WGoString()
}

// netAddrFormat is a net.Addr that is a fmt.Formatter too.
type netAddrFormat struct {
	IValue   any
	WNetwork func() string
	WString  func() string
	WFormat  func(f fmt.State, verb rune)
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
	w.WFormat(f, verb)
}

// netAddrError is a net.Addr that is an error too.
type netAddrError struct {
	IValue   any
	WNetwork func() string
	WString  func() string
	WError   func() string
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
	return w.WError()
}

// netAddrGoString is a net.Addr that is a fmt.GoStringer too.
type netAddrGoString struct {
	IValue    any
	WNetwork  func() string
	WString   func() string
	WGoString func() string
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
	return w.WGoString()
}

// errorFormatGoString is an error that is a fmt.Formatter and a fmt.GoStringer too.
type errorFormatGoString struct {
	IValue    any
	WError    func() string
	WFormat   func(f fmt.State, verb rune)
	WGoString func() string
}

func (w errorFormatGoString) Error() string {
	return w.WError()
}

func (w errorFormatGoString) Format(f fmt.State, verb rune) {
	w.WFormat(f, verb)
}

func (w errorFormatGoString) GoString() string {
	return w.WGoString()
}

// errorFormat is an error that is a fmt.Formatter too.
type errorFormat struct {
	IValue  any
	WError  func() string
	WFormat func(f fmt.State, verb rune)
}

func (w errorFormat) Error() string {
	return w.WError()
}

func (w errorFormat) Format(f fmt.State, verb rune) {
	w.WFormat(f, verb)
}

// errorGoString is an error that is a fmt.GoStringer too.
type errorGoString struct {
	IValue    any
	WError    func() string
	WGoString func() string
}

func (w errorGoString) Error() string {
	return w.WError()
}

func (w errorGoString) GoString() string {
	return w.WGoString()
}

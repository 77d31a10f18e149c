package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// The lowering passes: with the type check's findings in hand (plan.checked),
// each rewrites one construct of Go 1.26 that yaegi v0.16.1 lacks or gets
// wrong into code of the subset it runs correctly, in a file of its own
// (lower_*.go; each says what yaegi gets wrong and what it emits, and
// testdata/lower/<pass>/ holds programs, with their output under go run
// and the code lowered from them). A pass does nothing when the type check
// could not run (checked is nil): the rewriter's older, syntactic,
// rewrites then stand alone.
//
//	lower_shadowed.go    variables and constants of functions named as the universe's (len, nil,
//	                     int), renamed, so that the code the passes write means the universe's
//	lower_compiledbase.go  type T pkg.U of a compiled non-struct U, as its underlying type (no methods)
//	lower_infer.go       type arguments go/types inferred, written out; generic
//	                     function values and var initial values made safe
//	lower_paraminfer.go  f[T](x) in a generic function left to the interpreter's inference
//	                     (lower_paramname.go refuses T(x) and f[T]() it cannot run)
//	lower_constraint.go  type-set constraints become any for the interpreter
//	lower_stdgeneric.go  the generic standard library, through the prelude
//	lower_range.go       range over functions
//	lower_rangedefer.go  defer in the body of a range over a function
//	lower_minmax.go      min and max with the call's type
//	lower_newexpr.go     new with a value (Go 1.26)
//	lower_builtintuple.go  built-in functions called with the results of a call
//	lower_returnbuiltin.go a built-in call as a later value of a return, in parentheses
//	lower_unaryiface.go  -x, !b, ^x assigned or returned as an interface, in parentheses
//	lower_nilvariadic.go f(nil...), the slice's type written out
//	lower_appendvalues.go  values appended together, evaluated before any is stored
//	lower_appendfunc.go    a declared function appended by its name, converted first
//	lower_unsafe.go      unsafe's sizes as constants, its functions the host's
//	lower_print.go       print and println in the runtime's format
//	lower_mapassign.go   map elements assigned from a value of several results
//	lower_pkgvar.go      assignments to the variables of compiled packages
//	lower_arrayptr.go    &p[i] and range p of a pointer to an array
//	lower_params.go      unnamed parameters named _
//	lower_genrecv.go     unnamed receivers of generic types' methods named _
//	lower_methodorder.go the methods of a generic type, after the methods they call
//	lower_selectcases.go selects, as a compiled choice made afresh at each run and a
//	                     switch, the operands evaluated in Go's order
//	lower_initorder.go   package-level variables initialized in Go's order
//	lower_stringrange.go the byte offsets of a range over a string
//	lower_deferparen.go  defer (f)() and defer (func() { ... })() without the parentheses
//	lower_rangeassign.go for k, v = range x, leaving k and v set
//	lower_mapcommaok.go  v, ok := m[k] in a loop, v zero when k is missing
//	lower_loopcommaok.go  v, ok := m[k] and := <-ch in a loop's body, declared first (a place per iteration)
//	lower_blankcommaok.go  _, _ = m[k] and _, _ = <-ch, as _ = m[k] and _ = <-ch; comma-ok into interface variables, through its own
//	lower_switch.go      case lists of a switch without a tag, as ||
//	lower_switchtag.go   switches comparing with nil, interfaces or channels, with case lists
//	                     of any expressions or an init statement, without a tag
//	lower_return.go      return b, a with named results, values first
//	lower_returnfunc.go  a function value returned from a call or a selection, and a call's
//	                     results converted to the function's, through variables
//	lower_tupleassign.go a, b = x, y with every value evaluated first
//	lower_genzerolit.go  Pair[K, V]{...} of a generic struct type in generic code, as [1]Pair[K, V]{{...}}[0]
//	lower_redefine.go    s, n := 2, 3 declaring n and assigning an s of the same scope
//	lower_assignop.go    x[k] op= f(), the call made before the place is read
//	lower_vartuple.go    var a, b any = f(), declared, then assigned; package var a, b = f() through a struct
//	lower_cmpbool.go     comparisons given the type bool, converted
//	lower_cmpconv.go     a defined type compared with its underlying type literal, converted
//	lower_select.go      break inside a select left to the interpreter, as a goto
//	lower_constval.go    constant declarations, as the values go/types computed; typed float constants given to generic functions
//	lower_divzero.go     floats and complex numbers divided by a constant zero
//	lower_typeparamlit.go  nil conversions and literals of type parameters
//	lower_assertparam.go x.(T) to a type parameter from an interface with methods, through any
//	lower_instassert.go  v, ok := x.(Box[T]) and case Box[T], as type switches
//	lower_genconv.go     conversions to generic types with type parameters, as assignments
//	lower_blankfields.go the blank fields of a struct type of several, named apart
//	lower_blankvalues.go the values literals without keys give blank fields, dropped
//	lower_blankvardecl.go  var _ T in a function given its zero value; package variables named _, named apart
//	lower_negzero.go     parameters that may hold a float, as any (a negative zero kept)
//	lower_namedresults.go  named results zeroed at the function's entry
//	lower_shift.go       the type of an untyped constant shifted by a variable
//	lower_methodexpr.go  method expressions, as function literals
//	lower_deferloop.go   function literals deferred in a loop, over pointers
//	lower_deferframe.go  function values made in a function that defers,
//	                     in a frame of their own (run from the rewriter's walk)
//	lower_ifacecmp.go    == between interfaces with methods, and of an any with a
//	                     value the interpreter holds in a wrapper
//	lower_twinheld.go    the twin refusals narrowed to the types put in interfaces
//	lower_chanrange.go   ranges over slices and maps of channels, over their indices
//	lower_keys.go        keys of the program's types given to compiled code that compares them, with their types' names
//	lower_reflectnames.go  the names of unexported fields, as reflection says them
//	lower_reflectmethods.go  the method sets of the program's types, as reflection gives them
//	lower_bounds.go      bounds checks with Go's messages (runs last)
//	lower_iface.go       type assertions to the program's interfaces
//	lower_localassert.go  at the prompt, an earlier input's local type with methods by
//	                     embedding asserted to a compiled interface: panics where it missed
//	lower_errors.go      errors.Is/As/Unwrap/Join with the program's types
//	lower_typednil.go    a nil pointer of the program's held as error, fmt.Stringer or another
//	                     compiled interface, in generic code and asserted out of an any too
//	lower_panicvalue.go  panic with a value of the program's error types, as error; each panic
//	                     call noting its position and its value's type, for Go's text of it,
//	                     and its value with its type for recover
//	lower_deferpanic.go  a deferred function literal's panic, raised after the calls deferred
//	                     before it, or recovered by one
//	lower_nilderef.go    *p and p.M() of a nil pointer, with Go's run-time error
//	lower_methodvalpath.go  x.M promoted through embedded pointers, checked when the
//	                     method value is made (called from lowerMethodValue, lower_fmt.go)
//	lower_nilrecv.go     i.M() of a nil interface (a variable, fields, any operand), of a nil *T
//	                     with M on T, or promoted through nil embedded fields, with Go's run-time error
//	lower_promoted.go    promoted methods a shallower one hides, through Go's path of fields
//	lower_promotedfields.go  promoted fields the interpreter would look for in other fields, through Go's path
//	lower_forwardmethods.go  methods promoted from embedded compiled types, written out
//	lower_funcrecv.go    methods of function types, on operands converted to the type
//	lower_funcvalue.go   the program's functions put in interfaces or returned, through a variable
//	lower_goview.go      unnamed struct types with unexported fields, held in interfaces, as Go builds them
//	lower_mapkeyhash.go  a key that cannot be hashed stored in a map keyed by an interface, with Go's run-time error
//	lower_strindex.go    a string's byte where a package-level variable is declared, converted to byte
//	lower_genericfuncresult.go  a generic function's result of a function type at the prompt, through a typed variable
//	lower_makeslice.go   make of a slice too long to allocate, with Go's run-time error
//	lower_makechan.go    make of a send-only or receive-only channel, made both ways and converted
//	lower_recvassign.go  v := <-ch in parentheses, v assignable after
//	lower_refuse.go      runtime.NumGoroutine as the program's count, without the shell's goroutines
//	lower_reflectembed.go embedded fields of the program's struct types, to reflection (Anonymous, FieldByName, VisibleFields)
//	lower_elidedptr.go   &T elided before an element of a literal, T a compiled package's type, written out
//	lower_tuplecall.go   f(g()) with f taking an interface of the program's and another type, through variables
//	lower_tuplelits.go   a composite literal (or a call, with =) among several values, in parentheses
//	lower_emptyassert.go x.(any) and case any, as a test of nil
//	lower_assertmsg.go   a failed x.(T) of a type of the program's, with Go's run-time error
//	lower_typecopy.go    generic types with methods named as other generic code's, written
//	                     out for each instantiation (before the check; see Analyse)
//	lower_specialise.go  generic functions that assert to their type parameters, or
//	                     instantiate generic code with them, written out for each
//	                     instantiation (before the check; see Analyse)
//	lower_tuplenil.go    nil among the values of an assignment of several, typed
//	lower_selectvars.go  a select case's variables captured by a closure, copied
//	lower_embediface.go  methods promoted from an embedded interface, through the field
//	lower_shiftcount.go  a negative shift count, a run-time panic as in Go
//	lower_ifacecopy.go   a value with methods converted to an interface, copied
//	lower_ifaceupcast.go a value of the program's interface converted to a compiled one, by its type
//	lower_ifaceconv.go   an explicit conversion to an interface with methods, as a slice's element
//	lower_genericalias.go instances of generic type aliases, as the types they name
//	lower_geninstance.go instances of generic types of several type parameters, and
//	                     of one converted to or given as a type argument, as aliases
//	lower_genlitkeys.go  the elements of a literal holding a call of generic code of
//	                     several type parameters, keyed
//	lower_localalias.go  type aliases declared in functions, moved to the package level
//	lower_rangelabel.go  a labeled range over an integer, without a block (called by rangeStmt)
//	lower_labelreturn.go a label on a bare return, on an empty statement of its own
//	lower_litassign.go   a struct literal assigned to a variable, in parentheses
//	lower_topblocks.go   at the prompt, a block of top-level code that declares variables, in a function literal
//	lower_buildorder.go  struct types that point to each other, one to itself, built from that one first
//	lower_nilne.go       x != nil of an empty interface, as !(x == nil); a call's nil interface passed on
//	lower_redeclconst.go a session's constant read by an input declaring it again (called by analyse)
//
// The calls of fmt, log, errors, encoding/json and log/slog are lowered by
// the rewriter's walk (lower_fmt.go, lower_slog.go), with values holding
// the program's types converted for fmt (lower_fmtvalue.go) and json
// (lower_json.go, lower_json_decode.go). Type parameters spelled as other
// names of their declaration are renamed in the tree handed to the
// interpreter (typeparamnames.go).
//
// Refused before they run, with the construct and its position:
//   - a use of a type that refers to itself with no struct between
//     (type S []S), which the interpreter cannot build
//     (refuse_recursivetype.go);
//   - an instance of generic code the interpreter names as another one
//     (methods Push of Stack[int] and Queue[int]) where it is not written
//     out (refuse_instancename.go, lower_typecopy.go);
//   - an instance of a generic type of several type parameters written
//     with type parameters as a type argument of a generic function, in a
//     method of a generic type or at the prompt (refuse_instancetypeargs.go);
//   - a selection of a field that hides a method of the same name of a
//     type it embeds (refuse_fieldmethod.go);
//   - a dot import (import . "strings"), whose unqualified names neither
//     the interpreter nor the lowerings see (refuse_dotimport.go);
//   - a deferred call that calls recover in the body of a range over a
//     function (called from the list the pass keeps of such calls, recover
//     would not stop the panic; lower_rangedefer.go);
//   - goto out of the body of a range over a function (to a label in the body it runs);
//   - an instance of a generic type of several type parameters written out
//     at the prompt or in a :load, but in an alias declaration
//     (lower_geninstance.go);
//   - a type alias declared inside a function, but in a script where it
//     can move to the package level (lower_localalias.go);
//   - at the prompt, an input declaring a session's function again as a
//     variable and using the function (lower_redeclconst.go);
//   - a map type keyed by an interface with methods, or by a struct or
//     array holding an interface where the program has types with methods
//     (lower_ifacecmp.go);
//   - a struct type holding, in a slice, array, map, channel or pointer,
//     functions that take the struct (refuse_recursivetype.go);
//   - in a session, an instance with a type but a predeclared one of
//     generic code passing its type parameter on to generic code
//     (refuse_genericchain.go);
//   - return g() and f(g()) where one of g's results needs the shell's
//     conversion to the interface it goes to (lower_returnfunc.go,
//     lower_tuplecall.go);
//   - a range with a value variable over a map of channels that is not
//     a variable, or that the loop assigns, and such a range over a slice
//     of channels with = (lower_chanrange.go);
//   - runtime.Caller, Callers, CallersFrames, FuncForPC, Stack and
//     runtime/debug.Stack, PrintStack, which would describe the
//     interpreter's stack, and runtime.ReadMemStats and
//     testing.AllocsPerRun, which would measure its memory (lower_refuse.go);
//   - a type assertion or type switch case to a type parameter, in generic
//     code instantiated with an interface for it, where the code is not
//     written out for its type arguments (lower_typeparamassert.go,
//     lower_specialise.go);
//   - Name and PkgPath of a reflect.Type, where the program declares types
//     whose names the interpreter loses (lower_reflectnames.go);
//   - the Type of json's errors as a value but for its methods, fmt and
//     nil (lower_jsonerrnames.go);
//   - a value of a type with methods converted to an interface where a
//     local type hides the type's name (lower_ifacecopy.go);
//   - unsafe.Pointer to memory the interpreter lays out differently from
//     Go (an interface, a func, a type parameter, a blank field), and a
//     string's header read as other memory (lower_unsafe.go);
//   - errors.As with a target of a type parameter's type, in generic code
//     not written out for each type argument (lower_errors.go,
//     lower_specialise.go);
//   - an instance of generic code that hands values made of its type
//     parameters to fmt or encoding/json, with the program's types, where
//     it is not written out (refuse_genericcomposite.go);
//   - fmt and encoding/json calls the lowerings cannot make right (see
//     lower_fmtvalue.go, lower_json.go and lower_json_decode.go).
//
// Known gaps, which fail in the interpreter's words rather than run wrongly:
// at the prompt, or in a method of a generic type, generic code calling
// other generic code with its type parameters (Keys[key2[K, V]](m) in a
// method; yaegi crashes; in a script's functions it is written out per
// instantiation, lower_specialise.go); a type argument that cannot be named where the call
// is (an unexported type of a package) leaves the call to yaegi's
// inference; a type holding atomic.Pointer written out as an inferred type
// argument.

// lower runs the lowering passes over the segment.
func (w *rewriter) lower() error {
	c := w.plan.Checked
	if c == nil {
		return nil
	}
	if w.refusal != nil {
		return w.refusal // found by the rewriter's walk (see lower_json.go)
	}
	if es, ok := w.resultStmt.(*ast.ExprStmt); ok {
		// The input's value, 1e300 * 1e300, shown as a float64: Go's
		// message for its printing, where the interpreter wrote the
		// constant's 601 digits.
		if tv := c.Info.Types[es.X]; tv.Value != nil && !representsDefault(tv) {
			b := tv.Type.Underlying().(*types.Basic)
			return &Error{Pos: w.src.Position(w.offset(es.X.Pos())), Msg: fmt.Sprintf("cannot use %s (%s constant %s) as %s value (overflows)", w.text(es.X), b.Name(), tv.Value, types.Default(b))}
		}
	}
	in := inspector.New([]*ast.File{w.file})
	if err := w.refuseInterpreterStack(in); err != nil {
		return err
	}
	// These refusals: the first that applies.
	for _, refuse := range []func() error{
		w.refuseRecursiveTypes,
		w.refuseFuncContainerFields,
		w.refuseGenericTypeCycles,
		w.refuseTagInstances,
		w.refuseBasicGenericMethods,
		w.refuseEmbedCycleMethods,
		w.refuseRecoverValues,
		w.refuseBinaryBlankFields,
		w.refuseEncodings,
		w.refuseFileDirectives,
	} {
		if err := refuse(); err != nil {
			return err
		}
	}
	w.markParamPassing()
	if err := w.refuseParamPassing(); err != nil {
		return err
	}
	if err := w.refuseInstanceNames(); err != nil {
		return err
	}
	if err := w.refuseFieldMethodSelections(); err != nil {
		return err
	}
	if err := w.refuseSessionShadows(); err != nil {
		return err
	}
	w.lowerShadowedNames(in)
	w.lowerCompiledBases(in)
	w.lowerSpecialUses(in)
	w.lowerVariadicSlices(in)
	w.lowerTypeCopies(in)
	if err := w.refuseGenericIfaceAssert(in); err != nil {
		return err
	}
	if err := w.lowerUnsafe(in); err != nil {
		return err
	}
	w.warmGenericResults()
	if err := w.lowerGenericInstances(in); err != nil {
		return err
	}
	w.lowerGenericAliases(in)
	w.lowerGenericLitKeys(in)
	if err := w.lowerLocalAliases(in); err != nil {
		return err
	}
	if err := w.refuseTypeParamAsserts(); err != nil {
		return err
	}
	if err := w.lowerReflectNames(in); err != nil {
		return err
	}
	if err := w.lowerReflectMethods(in); err != nil {
		return err
	}
	if err := w.refuseJSONErrTypes(in); err != nil {
		return err
	}
	if err := w.refuseParamNames(in); err != nil {
		return err
	}
	if err := w.refuseInstanceTypeArgs(); err != nil {
		return err
	}
	if err := w.refuseGenericComposites(); err != nil {
		return err
	}
	w.lowerInstances(in)
	w.lowerConstraints(in)
	w.lowerVarInits(in)
	w.lowerMinMax(in)
	w.lowerNewExpr(in)
	w.lowerBuiltinTuple(in)
	w.lowerReturnBuiltins(in)
	w.lowerUnaryIfaces(in)
	w.lowerNilVariadics(in)
	w.lowerNilAppended(in)
	w.lowerAppendValues(in)
	w.lowerAppendFuncs(in)
	w.lowerPrint(in)
	w.lowerPkgVars(in)
	w.lowerArrayPtr(in)
	w.lowerUnnamedParams(in)
	w.lowerGenericRecvs(in)
	w.lowerMethodOrder()
	w.lowerConstValues(in)
	w.lowerConstExprs(in)
	w.lowerGenericConstArgs(in)
	if err := w.lowerDivZero(in); err != nil {
		return err
	}
	w.lowerTypeParamLits(in)
	w.lowerGenericLits(in)
	w.lowerParamAsserts(in)
	w.lowerGenericConversions(in)
	w.lowerBlankFields()
	w.lowerPromotedFields(in)
	w.lowerStructTags(in)
	w.lowerReflectEmbedded(in)
	w.lowerReflectFields(in)
	w.lowerBlankValues(in)
	w.lowerBlankVarDecls(in)
	w.lowerFloatConversions(in)
	w.lowerEmptySwitches(in)
	if err := w.lowerNegZeroParams(in); err != nil {
		return err
	}
	w.lowerNamedResults(in)
	w.lowerSelectCases(in)
	w.lowerStringRange(in)
	w.lowerDeferParens(in)
	w.lowerStackedLabels(in)
	w.lowerXMLNames(in)
	w.lowerErrNames(in)
	w.lowerLoopCompositeLits()
	w.lowerCaseLabels(in)
	w.lowerRangeAssign(in)
	w.lowerLoopCommaOK(in)
	w.lowerRedeclaredIfaces(in)
	w.lowerIfaceCommaOK(in)
	w.lowerMapCommaOK(in)
	w.lowerLoopCommaOKHeaders(in)
	w.lowerBlankCommaOK(in)
	w.lowerBlankRecvValue(in)
	w.lowerTaglessCases(in)
	w.lowerSwitchTags(in)
	w.lowerNamedReturns(in)
	w.lowerFuncReturns(in)
	w.lowerTupleCalls(in)
	w.lowerElidedPtrs(in)
	w.lowerNumGoroutine(in)
	w.lowerTupleAssign(in)
	w.lowerRedefines(in)
	w.lowerAssignOpCalls(in)
	w.lowerVarTuples(in)
	w.lowerInputVarTuples(in)
	w.lowerIfaceVarSpecs(in)
	w.lowerTypedComparisons(in)
	w.lowerNilNotEqual(in)
	w.lowerIfaceCallArgs(in)
	w.lowerComparisonConversions(in)
	w.lowerInitOrder()
	w.lowerPkgVarTuples()
	w.lowerPkgBlankVars()
	w.lowerBuildOrder()
	if err := w.lowerMapAssign(in); err != nil {
		return err
	}
	w.lowerTypedNil(in)
	w.lowerPanicValues(in)
	w.lowerDeferPanics(in)
	w.lowerNilDerefs(in)
	w.lowerNilReceivers(in)
	w.lowerAssertLost(in)
	w.lowerChanDir(in)
	w.lowerChanCompare(in)
	w.lowerMapKeyHash(in)
	w.lowerStringIndexInits(in)
	w.lowerGenericFuncResults(in)
	w.lowerMapAnyKeys(in)
	w.lowerFuncValues(in)
	w.lowerPromotedMethods(in)
	w.lowerForwardMethods(in)
	w.lowerFuncRecvs(in)
	w.lowerMakeSlices(in)
	w.lowerMakeChans(in)
	w.lowerRecvAssigns(in)
	w.lowerTupleLits(in)
	w.lowerTupleNils(in)
	w.lowerSelectVars(in)
	w.lowerEmbeddedIfaceMethods(in)
	w.lowerShiftCounts(in)
	w.lowerFmtCycleValues(in)
	w.lowerHeldNames(in)
	w.lowerCompiledKeys(in)
	if err := w.lowerIfaceCopies(in); err != nil {
		return err
	}
	w.lowerIfaceUpcasts(in)
	w.lowerIfaceConversions(in)
	w.lowerSelectBreaks()
	w.lowerLabeledReturns(in)
	w.lowerLiteralAssigns(in)
	w.lowerTopBlocks()
	if err := w.lowerRangeFunc(in); err != nil {
		return err
	}
	if err := w.refuseIfaceKeys(in); err != nil {
		return err
	}
	if err := w.refuseEmbeddedCompiledIfaces(in); err != nil {
		return err
	}
	if err := w.refuseSoleEmbeds(in); err != nil {
		return err
	}
	if err := w.refuseEmbeddedInstances(in); err != nil {
		return err
	}
	if err := w.refuseLoopResultTexts(in); err != nil {
		return err
	}
	if err := w.refuseShadowedMethods(in); err != nil {
		return err
	}
	if err := w.refusePkgShadows(in); err != nil {
		return err
	}
	if err := w.lowerChanRanges(in); err != nil {
		return err
	}
	w.lowerBounds(in)
	if w.refusal != nil {
		return w.refusal // found by a pass (see lower_switchtag.go)
	}
	w.registerFmtLater()
	w.registerNamedReprs()
	w.registerInstanceNames()
	w.registerJSONBare()
	w.registerXFields()
	w.dropLoweredImports()
	switch w.mode {
	case ModeScript:
		w.genericFuncsFirst(w.scriptPrelude())
	case ModeLoad:
		w.genericFuncsFirst("") // the session declares the stand-ins
	}
	w.preludeText += w.methodRegs
	if w.mode == ModeInput && w.plan.Seg.Kind == gosrc.SegStmt {
		w.plan.IfaceCopyDecls = w.IfaceCopyDecls // declared before it runs
	} else {
		w.preludeText += w.IfaceCopyDecls
	}
	return nil
}

// info returns the type check's findings (nil when it could not run).
func (w *rewriter) info() *types.Info {
	if w.plan.Checked == nil {
		return nil
	}
	return w.plan.Checked.Info
}

// pkgNames returns the names the segment's code can use for packages, by
// path: its imports, and at the prompt the session's and those imported
// for it.
func (w *rewriter) pkgNames() map[string]string {
	names := map[string]string{}
	if w.src.Interactive() {
		for name, path := range w.fe.Imports {
			names[path] = name
		}
		for name, path := range w.plan.AutoImports {
			names[path] = name
		}
	}
	for _, is := range w.file.Imports {
		name, path := importSpecName(is)
		if name != "_" {
			names[path] = name
		}
	}
	for path, name := range w.extraImports {
		if names[path] == "" {
			names[path] = name
		}
	}
	return names
}

// typeSource writes t as source text that means t at pos in the segment's
// code, and reports whether it can: every package t names is imported, and
// every named type in it is exported or the segment's or session's own and
// visible at pos.
func (w *rewriter) typeSource(t types.Type, pos token.Pos) (string, bool) {
	t = lowerType(t)
	names := w.pkgNames()
	ok := true
	var scope *types.Scope
	if c := w.plan.Checked; c != nil && c.pkg != nil {
		scope = c.pkg.Scope().Innermost(pos)
	}
	var check func(t types.Type)
	seen := map[types.Type]bool{}
	check = func(t types.Type) {
		if !ok || t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named, *types.Alias:
			var obj *types.TypeName
			var args *types.TypeList
			if n, isNamed := t.(*types.Named); isNamed {
				obj, args = n.Obj(), n.TypeArgs()
			} else {
				a := t.(*types.Alias)
				obj, args = a.Obj(), a.TypeArgs()
			}
			switch {
			case obj.Pkg() == nil: // error, comparable
			case obj.Pkg().Path() == "main":
				if scope == nil {
					ok = false
				} else if _, found := scope.LookupParent(obj.Name(), pos); found != obj {
					ok = false
				}
			case !obj.Exported() || names[obj.Pkg().Path()] == "":
				ok = false
			case scope != nil:
				// The package's name, not hidden where the text goes
				// (for _, url := range urls: *url.URL is not written).
				if _, found := scope.LookupParent(names[obj.Pkg().Path()], pos); found != nil {
					if _, isPkg := found.(*types.PkgName); !isPkg {
						ok = false
					}
				}
			}
			for a := range args.Types() {
				check(a)
			}
		case *types.Pointer:
			check(t.Elem())
		case *types.Slice:
			check(t.Elem())
		case *types.Array:
			check(t.Elem())
		case *types.Map:
			check(t.Key())
			check(t.Elem())
		case *types.Chan:
			check(t.Elem())
		case *types.Signature:
			check(t.Params())
			check(t.Results())
		case *types.Tuple:
			for v := range t.Variables() {
				check(v.Type())
			}
		case *types.Struct:
			for f := range t.Fields() {
				check(f.Type())
			}
		case *types.Interface:
			for m := range t.ExplicitMethods() {
				check(m.Type())
			}
			for e := range t.EmbeddedTypes() {
				check(e)
			}
		case *types.TypeParam:
			if scope == nil {
				ok = false
			} else if _, found := scope.LookupParent(t.Obj().Name(), pos); found != t.Obj() {
				ok = false
			}
		}
	}
	check(t)
	if !ok {
		return "", false
	}
	if w.copies != nil {
		// The copies are named by their instances' type arguments
		// without aliases (see unaliasedInstance).
		t = unaliasedInstances(t)
	}
	return w.copyNames(types.TypeString(t, func(p *types.Package) string {
		if p.Path() == "main" || names[p.Path()] == "." {
			return ""
		}
		return names[p.Path()]
	})), true
}

// typeArgs writes the type arguments of inst as source text at pos,
// instances of the program's generic types through their aliases (see
// lower_geninstance.go).
func (w *rewriter) typeArgs(inst types.Instance, pos token.Pos) ([]string, bool) {
	out, ok := w.typeArgTexts(inst, pos)
	if !ok {
		return nil, false
	}
	for i, t := range slices.Collect(inst.TypeArgs.Types()) {
		out[i] = w.typeArgAlias(t, out[i])
	}
	return out, true
}

// typeArgTexts writes the type arguments of inst as source text at pos,
// as typeSource writes them.
func (w *rewriter) typeArgTexts(inst types.Instance, pos token.Pos) ([]string, bool) {
	var out []string
	for t := range inst.TypeArgs.Types() {
		s, ok := w.typeSource(t, pos)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// lowerType returns t with the types of iter (iter.Seq[V], iter.Seq2[K, V])
// replaced by their underlying function types, as the code is lowered (see
// lower_stdgeneric.go).
func lowerType(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Named, *types.Alias:
		var obj *types.TypeName
		var args *types.TypeList
		if n, ok := t.(*types.Named); ok {
			obj, args = n.Obj(), n.TypeArgs()
		} else {
			obj, args = t.(*types.Alias).Obj(), t.(*types.Alias).TypeArgs()
		}
		if obj.Pkg() != nil && lowerOnlyPkgs[obj.Pkg().Path()] {
			return lowerType(t.Underlying())
		}
		if a, ok := t.(*types.Alias); ok && args.Len() > 0 {
			// An instance of a generic alias is the type it names, which
			// the interpreter takes where it takes no instance of the
			// alias (see lower_genericalias.go).
			return lowerType(types.Unalias(a))
		}
		if n, ok := t.(*types.Named); ok && args.Len() > 0 {
			var targs []types.Type
			changed := false
			for a := range args.Types() {
				la := lowerType(a)
				changed = changed || la != a
				targs = append(targs, la)
			}
			if changed {
				if inst, err := types.Instantiate(nil, n.Origin(), targs, false); err == nil {
					return inst
				}
			}
		}
		return t
	case *types.Pointer:
		if e := lowerType(t.Elem()); e != t.Elem() {
			return types.NewPointer(e)
		}
	case *types.Slice:
		if e := lowerType(t.Elem()); e != t.Elem() {
			return types.NewSlice(e)
		}
	case *types.Array:
		if e := lowerType(t.Elem()); e != t.Elem() {
			return types.NewArray(e, t.Len())
		}
	case *types.Chan:
		if e := lowerType(t.Elem()); e != t.Elem() {
			return types.NewChan(t.Dir(), e)
		}
	case *types.Map:
		k, e := lowerType(t.Key()), lowerType(t.Elem())
		if k != t.Key() || e != t.Elem() {
			return types.NewMap(k, e)
		}
	case *types.Tuple:
		if t == nil {
			return t
		}
		var vars []*types.Var
		changed := false
		for v := range t.Variables() {
			lt := lowerType(v.Type())
			changed = changed || lt != v.Type()
			vars = append(vars, types.NewParam(v.Pos(), v.Pkg(), v.Name(), lt))
		}
		if changed {
			return types.NewTuple(vars...)
		}
	case *types.Signature:
		p, r := lowerType(t.Params()), lowerType(t.Results())
		if p != types.Type(t.Params()) || r != types.Type(t.Results()) {
			return types.NewSignatureType(nil, nil, nil, p.(*types.Tuple), r.(*types.Tuple), t.Variadic())
		}
	}
	return t
}

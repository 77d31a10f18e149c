// Package frontend compiles one input of a session, type-checked Go 1.26,
// to the subset of Go that the interpreter (yaegi v0.16.1) runs with Go's
// semantics, or refuses it before anything runs.
//
// [FrontEnd.Check] takes one segment of a source (see package gosrc) and
// returns its [Plan], checked; [FrontEnd.Lower] completes the plan: the
// code to compile with what the session needs to run it and describe its
// results ([FrontEnd.Analyse] makes both calls). In passes:
//
//   - parse, and check the names it uses and declares against the
//     session's (what is declared again, what is imported automatically);
//   - type-check with go/types, Go 1.26, in the context of the session's
//     declarations (check.go): a compile error is the type checker's, in
//     its words, at a position in the user's own text;
//   - rewrite (frontend.go) and lower (lower.go lists the passes, one file
//     each, with what yaegi gets wrong and the code it gets instead): the
//     rewritten code calls the host runtime (package hostrt) as __repl;
//   - render, with line directives, so that every position the compiler,
//     the interpreter or a panic reports is one in the user's text.
//
// The front end keeps what the session has declared (names, their types,
// imports: the session's facts); [FrontEnd.Record], their one writer,
// records a plan once the session compiled it, and [FrontEnd.DryRun]
// analyses an input's segments without recording anything. Nothing here
// runs the user's code.
//
// What the front end refuses before anything runs, each with the construct,
// its position and, where there is one, the way around:
//
//   - whatever go/types refuses (at the prompt, but for a top-level variable
//     left unused, an import left unused, and the final expression, which is
//     the input's result);
//   - return and defer at the top level of an input;
//   - a variable named main or init at the top level of an input (it is
//     the session's, at package level, where Go refuses those names);
//   - a //go:embed directive (the go command fills such a variable, not
//     the compiler: it would be empty);
//   - a type declared again differently (the interpreter cannot change one),
//     or with the same text but without the methods the session has for
//     it (the type checker would take it for a new type without them);
//   - an import of a package the interpreter does not offer;
//   - a conversion to a type parameter (T(x)) in a method of a generic
//     type, or a generic function of one type parameter instantiated with
//     one (Zero[T]()) that the interpreter cannot infer, where the program
//     gives the type parameter a type that is not predeclared (the
//     interpreter does not find it by the name it gives it), see
//     lower_paramname.go (a script's generic function that converts runs
//     as copies written out for its type arguments, lower_specialise.go);
//     at the prompt and in a :load, an instance of a generic function
//     whose code (or generic code it hands the type parameter to) converts
//     to it, made with such a type, where it is made (see
//     lower_typeparamassert.go);
//   - at the prompt and in a :load, a call of a generic function, one of
//     whose parameters may hold a float as any or as a type made of a type
//     parameter (x T with T any, p Pair[T]), that passes a call's several
//     results (Both(two())) or an argument that may hold a float of a type
//     that cannot be written where the call is: a negative zero in it would
//     arrive as +0 (assign the results to variables; pass the value in a
//     variable of a type that can be written there), see lower_negzero.go;
//   - generic types that refer to each other (type E[T any] struct{ l *L[T] };
//     type L[T any] struct{ root E[T] }), whose instantiation overflowed
//     the interpreter's stack, and a generic type of several type
//     parameters that refers to itself (next *node[K, V]), at the prompt
//     and where a script cannot write them out per instance
//     (lower_typecopy.go), see refuse_gencycle.go;
//   - an instance of a generic type of several type parameters written
//     with type parameters (pair[K, V]) as a type argument of a generic
//     function, at the prompt or in a method of a generic type a script
//     cannot write out per instance (lower_typecopy.go), which the
//     interpreter cannot compile (move the code into a generic function of
//     a script), see refuse_instancetypeargs.go;
//   - two instances of a generic type or function whose type arguments
//     differ only in struct tags, which the interpreter takes for one, see
//     refuse_taginstances.go;
//   - a method of a generic type whose underlying type is a basic type
//     (type Num[T any] int), which the interpreter gives to every value of
//     the basic type (hold the value in a struct), see
//     refuse_basicgeneric.go;
//   - a method of a struct type that reaches, through embedded fields, a
//     struct type that embeds itself (type Node struct{ *Node; v int }),
//     whose lookup overflowed the interpreter's stack (name the field),
//     see refuse_embedcycle.go;
//   - a value of an unnamed struct type with methods promoted from an
//     embedded type of the program's put in an empty or compiled
//     interface (or in one of the program's, at the prompt or in a script
//     with a type assertion), which the interpreter gives the type
//     without those methods (declare a named type), see
//     promotesOwnMethods in lower_twinheld.go;
//   - an instance of generic code the interpreter names as another (the
//     methods Push of Stack[int] and of Queue[int]; a function g and a
//     method g of a generic type), where the generic types are not written
//     out per instance (at the prompt, in a :load, a type instantiated by
//     generic code other than generic functions), see
//     refuse_instancename.go and lower_typecopy.go;
//   - a type assertion or type switch case to an interface whose methods
//     mention a type parameter (case interface{ foo() T } in a generic
//     function), which the interpreter checks as written, not per instance,
//     where the function is not written out for its type arguments (at the
//     prompt; a function that passes its type parameters on to another
//     generic function; an instance of a generic interface), see
//     lower_refuse.go and lower_specialise.go;
//   - at the prompt and in :load (and in a script where it is not written
//     out: a type argument declared in a function), an instance of
//     generic code that hands a value made of its type parameters ([]T,
//     *Tree[T], &v of a var v T) to fmt, log, encoding/json or another
//     interface, with a type argument made of a type of the program's they
//     would show otherwise than as its representation (its methods, or its
//     name where the code shows names: %T, %#v, reflect), and a method
//     added later to a generic type instantiated so before, see
//     refuse_genericcomposite.go;
//   - a value printed by fmt in a generic function that a method of a
//     generic type calls, where the value may be an instance of that type
//     (func Join[T any] printing with fmt.Sprint, called by
//     Set[T].String) and the program calls the function with a named type
//     of its own before it instantiates the type with it, which the
//     interpreter would instantiate from inside the function's own
//     instance, dropping its body (format the value in the method), see
//     refuse_fmtcycle.go;
//   - a type assertion or type switch case to an instance of a generic
//     interface of the program's whose methods mention its type
//     parameters (x.(Getter[int]) with type Getter[T any] interface{
//     Get() T }), which the interpreter checks without the type
//     arguments, see lower_refuse.go;
//   - a type assertion or type switch case to an instance of a compiled
//     generic type (x.(iter.Seq[int])), which the interpreter builds as
//     its underlying func type, see lower_refuse.go and
//     testdata/script/refuse_compiledinstance.txtar;
//   - a type assertion, type switch case or errors.As target of a type the
//     interpreter holds alike with another type of the program (type W int
//     and int; Pair[string, W] and Pair[string, int], instances of one
//     generic type; two struct types without fields: struct types with fields,
//     type W Point too, each have a representation of their own,
//     lower_structtag.go) that the program puts
//     in an interface (lower_twinheld.go), see lower_assert.go, but for an
//     error type's value taken out of an error, which is boxed with its
//     type's name (lower_errbox.go); and an assertion or case of a
//     compiled interface (fmt.Stringer) that one of two such types
//     implements and the other not (lower_iface.go writes those out);
//   - where an interface may hold such twins, both put in interfaces: ==
//     and != and switch cases on it, with a constant, a value or another
//     interface (w == 3 with w an any holding a W would be true), indexing,
//     assigning to, deleting from and literals of a map keyed by it; the
//     same of a struct or array with a field or element of such an
//     interface (P{W(1)} == P{1}, with P struct{ V any }); and, wherever
//     the program has twins, %T (in a literal format; in a script, and
//     at the prompt in an input's statements outside function literals,
//     which run once, only where both are put in interfaces, or where
//     the interface may hold a type without a name made of one that is
//     not a struct, []W or map[SKU]Stock, held as its representation),
//     reflect.TypeOf and reflect.ValueOf(x).Type() of it, and == and != of two reflect.Types,
//     reflect.Type's AssignableTo and ConvertibleTo and reflect.Value's
//     CanConvert, but where one is the type of a value of a type without
//     twins, see lower_twineq.go;
//   - a map key of interface type that may hold a type of the program
//     with methods, not a struct, or a pointer, which the interpreter holds
//     as a wrapper of its own, see lower_twineq.go; in a map keyed by any,
//     such a key of its own type too (seen[Red] = true with a Color with
//     a String method: stored as a bare int), but keys of the program's
//     struct types, or pointers to them, which go as the bare values
//     (lower_mapanykeys.go);
//   - compiled code that compares what it is given, where an interface
//     may hold such twins: reflect.DeepEqual (of values holding such
//     interfaces too: a []any, a map[string]any, a struct with a field of
//     type any), slices.Contains, Index, Equal and Compact, and
//     maps.Equal; and a key of context.WithValue, Context.Value or
//     sync.Map's methods of an interface type or a type parameter that
//     may hold a value of the program's types (such a key of its own type
//     goes with its type's name, see lower_keys.go);
//   - at the prompt, an input that puts in an interface the twin an earlier
//     input's assertion, case, comparison or map key was let through for
//     want of, see lower_twinheld.go;
//   - errors.As(err, &t) with t of a type parameter's type, or
//     errors.AsType[T](err) with T one, where the
//     generic code is not written out for each type argument (a function
//     declared at the prompt or by :load, a method of a generic type, a
//     type argument declared in a function), which the interpreter cannot
//     compile (call it where the target's type is concrete), see
//     lower_errors.go and lower_specialise.go;
//   - errors.Is, errors.As or errors.Unwrap where a type of the program with
//     an Is, Unwrap or As method is held alike with another type of the
//     program with other such methods, see lower_errors.go;
//   - a function literal or an address (&i) in a three-clause for loop's
//     condition or post statement that keeps a variable the loop declares
//     (each iteration's own in Go; the body works on a copy, see loopVars
//     in frontend.go), but a literal called where it is made;
//   - goto out of the body of a range over a function, and a deferred call
//     there that calls recover (the body runs as a function literal), see
//     lower_range.go and lower_rangedefer.go;
//   - a map type keyed by an interface with methods (the interpreter keys
//     it by wrappers of its own; key it by any or the concrete type), see
//     lower_ifacecmp.go;
//   - a value of a struct type declared in a function that embeds a
//     compiled interface and promotes its methods (type Err struct{ error })
//     held as an interface (the interpreter cannot hand those methods to
//     compiled code, and a type in a function cannot have them written
//     out as lower_forwardmethods.go does; name the field and write the
//     methods out), see refuse_embedcompiled.go;
//   - at the prompt, a method declared on a struct type whose promoted
//     method of that name an earlier input wrote out (the interpreter
//     cannot change a method; declare it before handing a value to
//     compiled code as an interface), see lower_forwardmethods.go;
//   - a value of a struct type held as an interface where the interpreter
//     would call, through the interface, a deeper method of the program's
//     than the one Go promotes (the Buffer's String of struct{ deep;
//     *bytes.Buffer } where deep embeds a type with a String method; write
//     the method out on the type), see refuse_shadowedmethod.go;
//   - at the prompt, an input declaring a session variable named as a
//     built-in it also uses (len := len(xs); give the variable another
//     name), see lower_shadowed.go;
//   - a range with a value variable over a map of channels that is not a
//     variable, or that the loop assigns, or over a slice of channels with =
//     (range over the indices or keys), see lower_chanrange.go;
//   - fmt's printing of a value holding the program's types that
//     lower_fmtvalue.go cannot convert (a blank field, a slice of the
//     program's byte type);
//   - json.Marshal, json.Unmarshal or (*json.Decoder).Decode of a value of
//     the program's types with json's methods or embedded fields whose
//     conversion cannot be written (a type not in scope at the call,
//     ,string on a pointer field or on a field of such a type),
//     see lower_json.go and lower_json_decode.go;
//   - a //go:debug line, and in a file whose //go:build line sets a Go
//     version before 1.22, a loop whose variable a function literal uses
//     or whose address is taken, see refuse_filedirectives.go;
//   - binary.Read or binary.Decode into a value holding a struct with a
//     blank field, which the interpreter fills and == compares, see
//     refuse_binaryblank.go;
//   - encoding/xml's and encoding/gob's encoding and decoding calls with a
//     value reaching a type of the program's with a method they call
//     (MarshalText, MarshalBinary, GobEncode, ...), a struct embedding a
//     struct (xml) or with an unexported field (gob, encoding) or none
//     exported (gob),
//     which they would see as the interpreter built it, see
//     refuse_encodings.go;
//   - (*json.Decoder).Decode into a value holding a map whose keys and
//     values the interpreter holds alike (map[Key]Level, both ints), whose
//     errors it could not name (decode into a json.RawMessage, then
//     json.Unmarshal it), and the Type of json's errors used as a value
//     but for its methods, fmt and nil (call its methods or print it),
//     see lower_jsonerrnames.go;
//   - a dot import (import the package and qualify its names), see
//     refuse_dotimport.go;
//   - in a script whose types have a String, Error, Format or GoString
//     method, a loop.Future or loop.Task printed by fmt or log, or its
//     String called, whose text would show its result without those
//     methods (print the result), see refuse_loopresult.go;
//   - a use of a type that refers to itself with no struct or interface
//     between (type S []S, type P *P, type F func() F), which the
//     interpreter cannot build (put a struct in the cycle), see
//     refuse_recursivetype.go;
//   - struct types that point to each other where more than one of them
//     points to itself (Dept with parent *Dept and head *Person, Person
//     with boss *Person and dept *Dept), which the interpreter builds
//     wrongly whichever it builds first (hold one of the pointers between
//     them as an interface or an index), see lower_buildorder.go;
//   - a type alias declared inside a function (declare it at the package
//     level), see lower_localalias.go;
//   - the functions that read the stack (runtime.Caller, Callers,
//     FuncForPC, Stack, debug.Stack, ...), which would show the
//     interpreter's frames, as the log flags Lshortfile and Llongfile and
//     slog.HandlerOptions.AddSource (but AddSource: false) would, and runtime.ReadMemStats and
//     testing.AllocsPerRun, which would measure the interpreter's memory,
//     see lower_refuse.go;
//   - reflect.Type's Name, PkgPath and String, and a reflect.Type printed
//     by fmt, where the program declares a type that is neither an
//     interface nor a struct inside a function, or a generic one (whose
//     reflect types no input registers for the host runtime's names), and
//     a reflect.Type printed with %T or a format that is not a constant
//     (but the type of a value of a compiled type, reflect.TypeOf(3)),
//     reflect.TypeOf and reflect.ValueOf of a compiled interface with
//     methods (error, io.Reader) that a type of the program's implements
//     (reflection would describe the interpreter's wrapper), and
//     reflect.StructField's IsExported taken as a value, and, at the
//     prompt, a reflect.Type shown as a result or as a variable the input
//     declares, as Name (but one of a value of a compiled type); a value holding a
//     reflect.Type (a reflect.StructField, a []reflect.Type) printed by fmt
//     or shown, but a field of a struct of compiled field types; and, where
//     the program puts a reflect.Type in an interface, a value printed by
//     fmt or shown at the prompt that may hold one where the host
//     runtime's names do not reach it (a struct's field of type any, a
//     fmt.Stringer; an any or a []any is named), and String, Name and
//     PkgPath of an interface that may hold one (call them on the
//     reflect.Type); at the prompt, where an earlier input did, see
//     lower_reflectnames.go;
//   - %T of a compiled interface other than error that may hold a struct
//     of the program's, which the interpreter's wrapper holds as its last
//     field, and %v of one without String or Error (io.Reader) that may
//     hold a type of the program's with methods fmt calls, see lower_fmt.go
//     and lower_fmtvalue.go; == and != of such an interface with a value of
//     a struct type of the program's with methods, or with another
//     interface, where it may hold one, see lower_ifacecmp.go;
//   - in a script, %#v of an interface, or of a type parameter's value,
//     that may hold a named slice, map or array type of the program's that
//     the interpreter holds as its representation (without methods, or an
//     error type), see lower_twineq.go;
//   - where the program reads method sets by reflection (NumMethod,
//     Method, MethodByName, Implements, ...), a type handed to reflection
//     that the interpreter holds alike with another of other exported
//     methods (type M int with methods, and int), or whose methods it
//     cannot register (a generic type, a type declared in a function),
//     and such a method of reflect taken as a method value; and
//     text/template's or html/template's Execute with a value of the
//     program's types with methods, or with data holding an interface
//     (any, map[string]any, []any) where the program puts such a type in
//     an interface, or a FuncMap whose functions return such values, and
//     a method set read in a package
//     variable's initializer of a segment that declares methods (before
//     they are registered), see lower_reflectmethods.go;
//   - an argument of log/slog's functions and methods passed as any, of
//     the program's type with a MarshalText, MarshalJSON or Format method,
//     or with a String method and fields the interpreter's encoding/json
//     encodes wrongly (an embedded or unexported field), and one of an
//     interface type (any, a []any spread as args...) where the program
//     puts such a type, or one with String or LogValue, in an interface,
//     see lower_slog.go; at the prompt, where a function of an earlier
//     input hands slog an any, or executes a template with data holding
//     interfaces, the input that puts a value of such a type in an
//     interface, see earlierHeldMethods;
//   - a type assertion to an interface of the program's that an instance
//     of a generic type implements through a promoted method, which the
//     interpreter misses, see lower_iface.go;
//   - generic code that asserts to a type parameter (x.(T), case T)
//     instantiated with an interface for it, where it is not written out
//     for its type arguments (as above), see lower_typeparamassert.go and
//     lower_specialise.go;
//   - a fallthrough into or out of a default clause that is not the
//     switch's last (move the default clause to the end), see
//     lower_switchtag.go;
//   - a division by a constant zero of a type that cannot be named there
//     (divide by a variable holding zero), see lower_divzero.go;
//   - fmt's printing, with a verb that calls no method, of a value held in
//     a compiled interface other than error (fmt.Stringer) that may hold a
//     struct of the program's, which the interpreter's wrapper holds as
//     its last field (print the value before the conversion), see
//     lower_fmtvalue.go and testdata/script/fmt_type_verb.txtar;
//   - when it runs, %T in a format that is not a constant, of a value of
//     the program's types whose type the shell cannot name there (held in
//     a compiled interface's wrapper), which would name the shell's type
//     (write the format as a constant), see lower_fmt.go and
//     testdata/script/fmt_type_verb.txtar; so is, through fmt's functions
//     taken as values or given a spread slice, %T or %#v of a value made
//     of the program's struct types the shell did not convert, and %T or a
//     bad verb of a value of the representation of a named basic type
//     without methods the program puts in interfaces (helpers_fmtcycle.go's
//     unnamedTypeVerbs and ambiguousBasicVerbs); no recover of the
//     program's stops a refusal at run time, and one that compiled code
//     recovers ends the input or the program (hostrt.TakeRefusal);
//   - a value of the program's types printed with %T and another verb
//     through explicit argument indexes (%[1]T %[1]v), see lower_fmt.go;
//   - an argument of fmt's printing functions printed through explicit
//     argument indexes with verbs fmt treats differently (%d and %[1]v of
//     a value with a String method, %v and %#[1]v), which the front end
//     would convert for one of them only (pass the value once for each
//     verb), see lower_fmt.go;
//   - an argument of fmt's printing functions that a constant format
//     leaves over (fmt.Printf("%d\n", n, err)), of an interface type or a
//     type mentioning the program's: fmt prints it as %!(EXTRA type=value)
//     with the type as the interpreter holds it (interp._error); give it a
//     verb or drop it, see lower_fmt.go;
//   - an argument of fmt's printing functions of an interface type, or
//     holding one ([]any), printed with a verb that is bad for a named basic
//     type without methods the program puts in interfaces (%d of a []any
//     holding a type Celsius float64): the interpreter holds that value as
//     its representation, and fmt's %!d(float64=3) would name it where Go
//     writes %!d(main.Celsius=3) (print it with a verb for its kind, or
//     before it is put in the interface), or with a format that is not a
//     constant (write it as a constant); and, at the prompt, an input that
//     first puts such a type in an interface where a function or function
//     literal of an earlier input prints an interface with a verb that is
//     bad for it (convert the value to its representation, or declare the
//     function again), see lower_fmt.go;
//   - a struct type whose only field embeds a compiled type whose method
//     table holds unexported methods (struct{ *log.Logger }), which the interpreter
//     cannot build (give it another field, or name the field), and one
//     whose only field embeds a struct type of the program's whose only
//     field embeds a compiled type with methods (struct{ D } of a
//     type D struct{ time.Duration }), on which the process ended, see
//     refuse_soleembed.go;
//   - a comma-ok map index whose left side calls a function, or in a for
//     statement's header where the loop's condition is not its found
//     result of variables the init declares (the interpreter keeps the
//     old value for a missing key), see lower_mapcommaok.go;
//   - _, ok = <-ch in a header or on a channel of a type declared in a
//     function (the interpreter stores the value where ok is), see
//     lower_blankcommaok.go;
//   - a call of a variadic function value with several values, or a
//     deferred one with a spread, of a type the shell cannot name there
//     (declared in another function), see lower_variadicslice.go;
//   - a struct type declared as another of the program's (type V P) where
//     a type of P's fields cannot be written (its name is shadowed there):
//     V's fields are written out (lower_structtag.go), see
//     testdata/script/defined_struct.txtar;
//   - a package-level variable (a script's, or the prompt's top level)
//     named nil, iota, true, false, bool, int, int32, float64, complex128
//     or string (and rune at the prompt) or as its own value's type, a
//     constant named true, false, bool, int or string or as its value's
//     type, and at the prompt one named as any name of the universe (max,
//     int), which the
//     interpreter takes for Go's own (name it otherwise: inside a function
//     the name works), see frontend.go's
//     universeValue, repl/session_test.go and
//     testdata/script/universe_names.txtar;
//   - a package-level variable, constant, function or type named len, cap,
//     make, new, panic or any (or a variable named byte), which the shell's
//     rewriting calls (frontend.go's shellBuiltins, same tests);
//   - an embedded field whose type is an instance of a generic type of
//     several type parameters (struct{ Pair[string, int] }), which the
//     interpreter names X (name the field), see refuse_embedinstance.go
//     and testdata/script/embedded_instance.txtar;
//   - an input of several parts, whole, when any part is refused.
package frontend

// RaceBuild reports whether the program was built with the race detector.
const RaceBuild = raceBuild

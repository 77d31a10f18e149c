package frontend

import (
	"go/types"
	"maps"
	"slices"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// The session's facts are the FrontEnd's: its names and what each is
// (Names), the methods it declared and which of its functions call which
// (for the warnings of a declaration made again), whether it declared main,
// its imports (Imports, and those of each file loaded), the instances of
// generic types it wrote out, the interpreter's names of the instances of
// generic code it made (see refuse_instancename.go), and the objects the type check keeps (Types).
// Record is their one writer, once the session has compiled an input: the
// front end's passes and the session read them. (A dry run, DryRun, writes
// copies it throws away.) What the session has not compiled is not its: a
// segment refused, or refused whole with the input it is part of, leaves
// nothing behind.

// Record records what the interpreter now has of p, a checked and lowered
// segment: the imports the session made for it (imported, name -> path)
// and, when its code compiled (compiled), what it declares. The Recorded
// it returns completes the record once the code has run.
func (fe *FrontEnd) Record(p *Plan, imported map[string]string, compiled bool) *Recorded {
	maps.Copy(fe.Imports, imported)
	if len(p.fileImports) > 0 {
		// The interpreter keeps the imports of a file whose code failed
		// to compile, too.
		if fe.fileImports[p.Src.File] == nil {
			fe.fileImports[p.Src.File] = map[string]bool{}
		}
		for _, key := range p.fileImports {
			fe.fileImports[p.Src.File][key] = true
		}
	}
	r := &Recorded{fe: fe, names: map[string]*NameInfo{}, types: fe.Types.snapshot(p.Prev)}
	if !compiled {
		return r
	}
	for _, name := range p.Prev {
		r.names[name] = fe.Names[name]
	}
	r.forget = failedNames(p, fe.Names)
	for _, d := range p.Decls {
		if d.Name != "" { // a method's is ""
			info := d.Info
			fe.Names[d.Name] = &info
		}
		if d.Info.Kind == kindFunc && !slices.Contains(r.funcs, d.Name) {
			r.funcs = append(r.funcs, d.Name)
		}
	}
	for m, text := range p.methods {
		fe.methods[m] = text
	}
	maps.Copy(fe.docs, p.docs)
	if p.LeadDoc != "" && p.leadKey != "" {
		fe.docs[p.leadKey] = p.LeadDoc
	}
	// A variable given a new value no longer holds the literals it held,
	// a function declared again no longer calls what it called.
	for _, d := range p.Decls {
		if d.Info.Kind == KindVar || d.Info.Kind == kindFunc {
			for callee, callers := range fe.callers {
				fe.callers[callee] = slices.DeleteFunc(callers, func(c string) bool { return c == d.Name })
			}
		}
	}
	for caller, callees := range p.calls {
		for _, callee := range callees {
			if !slices.Contains(fe.callers[callee], caller) {
				fe.callers[callee] = append(fe.callers[callee], caller)
			}
		}
	}
	if p.DeclsMain {
		fe.hasMain = true
	}
	for _, m := range p.forwardedMethods {
		fe.forwardedMethods[m] = true
	}
	for _, d := range p.Decls {
		if d.Info.Kind == KindType {
			delete(fe.forwarded, d.Name)
		}
	}
	for name := range p.forwarded {
		fe.forwarded[name] = true
	}
	if fe.typeHeld == nil {
		fe.typeHeld = p.typeHeld
	}
	for key, calls := range p.recoverDecls {
		switch {
		case calls:
			fe.recoverFuncs[key] = true
		case key[0] != '.':
			delete(fe.recoverFuncs, key) // a function declared again
		}
	}
	if info := p.Checked.infoOrNil(); info != nil {
		maps.Copy(fe.instTypes, segmentInstances(info))
	}
	maps.Copy(fe.instanceNames, p.instanceNames)
	maps.Copy(fe.madeTemplates, p.madeTemplates)
	maps.Copy(fe.composites, p.composites)
	maps.Copy(fe.instances, p.instances)
	fe.Types.commit(p.Checked)
	return r
}

// A Recorded is what Record recorded of one segment, for what the session
// learns of it when its code has run.
type Recorded struct {
	fe *FrontEnd
	// names and types are the session's variables the segment declares
	// again (Plan.Prev) as they were before it.
	names map[string]*NameInfo
	types map[string]types.Object
	// forget are the names the session forgets if the segment fails (see
	// failedNames).
	forget []string
	// funcs are the functions the segment declares, which the session
	// forgets too where the interpreter failed to set its code up.
	funcs []string
}

// Failed takes back what the segment declared again of the session's
// variables: its code failed to run, and the session put back their values.
func (r *Recorded) Failed() {
	maps.Copy(r.fe.Names, r.names)
	r.fe.Types.restore(r.types)
}

// Forget forgets the names the segment declared first, its code having
// failed to run (see failedNames), and returns them. Where the interpreter
// failed to set the code up (setup), its functions are forgotten too,
// also those it declared again: the interpreter has them, but a call of
// one runs nothing of what failed and returns zero values.
func (r *Recorded) Forget(setup bool) []string {
	if setup {
		for _, name := range r.funcs {
			if !slices.Contains(r.forget, name) {
				r.forget = append(r.forget, name)
			}
		}
	}
	for _, name := range r.forget {
		delete(r.fe.Names, name)
		r.fe.Types.restore(map[string]types.Object{name: nil})
	}
	return r.forget
}

// failedNames returns the names that p declares and that the session
// forgets if p fails when it runs, rather than leave them holding zero
// values (x := f() with f panicking left x 0): a statement segment's new
// names (the ones it declares again get their old values back), and a
// file's new variables, whose initialisation may not have run (its
// functions and types stay: they were declared whole; the session's
// variables it declares again get their old values back, as a
// statement's). names are the session's before p.
func failedNames(p *Plan, names map[string]*NameInfo) []string {
	var forget []string
	for _, d := range p.Decls {
		if d.Name == "" || slices.Contains(forget, d.Name) {
			continue
		}
		if p.Seg.Kind == gosrc.SegStmt && names[d.Name] == nil ||
			p.Seg.Kind == gosrc.SegFile && d.Info.Kind == KindVar && !slices.Contains(p.Prev, d.Name) {
			forget = append(forget, d.Name)
		}
	}
	return forget
}

// Shown records the dynamic type of the value of a variable the segment
// declared, as the session showed it ("*loop.Future").
func (r *Recorded) Shown(name, typ string) {
	if n := r.fe.Names[name]; n != nil {
		n.Dyn = typ
	}
}

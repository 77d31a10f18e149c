// Package lookalike has functions and methods named as the loop package's,
// which the analyzer leaves alone.
package lookalike

func Await(x any) (any, error) { return x, nil }

type Future struct{}

func (f *Future) Result() (any, error) { return nil, nil }

type Loop struct{}

func (l *Loop) RunUntilComplete(x any) (any, error) { return nil, nil }

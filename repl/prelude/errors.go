package prelude

// errors.Join, interpreted: the compiled one's result holds the program's
// errors behind the interpreter's wrappers, and its Unwrap() []error
// method cannot be asserted to by the program (an interface the program
// writes matches no compiled value in the interpreter). The front end
// rewrites errors.Join into __errors_Join, and lets errors.Is, As and
// Unwrap find the Unwrap method of __errors_joinError (see
// repl/lower_errors.go).

func __errors_Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &__errors_joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type __errors_joinError struct {
	errs []error
}

func (e *__errors_joinError) Error() string {
	// As errors.joinError: the messages, one a line.
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *__errors_joinError) Unwrap() []error {
	return e.errs
}

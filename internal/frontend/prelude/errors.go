package prelude

// errors.Join, interpreted: the compiled one's result holds the program's
// errors behind the interpreter's wrappers, and its Unwrap() []error
// method cannot be asserted to by the program (an interface the program
// writes matches no compiled value in the interpreter). The front end
// rewrites errors.Join into __errors_Join, and lets errors.Is, As and
// Unwrap find the Unwrap method of __errors_joinError (see
// internal/frontend/lower_errors.go).

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
	e := &__errors_joinError{__errors_joined: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.__errors_joined = append(e.__errors_joined, err)
		}
	}
	return e
}

type __errors_joinError struct {
	__errors_joined []error // a name of its own: %T of a value of this type is *errors.joinError
}

func (e *__errors_joinError) Error() string {
	// As errors.joinError: the messages, one a line.
	if len(e.__errors_joined) == 1 {
		return e.__errors_joined[0].Error()
	}
	b := []byte(e.__errors_joined[0].Error())
	for _, err := range e.__errors_joined[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *__errors_joinError) Unwrap() []error {
	return e.__errors_joined
}

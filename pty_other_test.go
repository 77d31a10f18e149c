//go:build unix && !linux

package main

import (
	"errors"
	"os"
)

func openTerminal(*os.File) (*os.File, error) { return nil, errors.ErrUnsupported }

func rawMode(*os.File) (bool, error) { return false, errors.ErrUnsupported }
